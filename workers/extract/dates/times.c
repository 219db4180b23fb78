/*
 * times.c — rules on clock times and parts of the day: 3 p.m.,
 * 15:00 GMT Saturday, 10:35 a.m. Tuesday, noon, midnight, mid-afternoon
 * yesterday; and the part of the day after a day (Friday morning).
 */
#include <stdio.h>
#include <string.h>

#include "dates_private.h"

/* Morning, afternoon, evening, night after a day: tokens used. */
long
dt_part_of_day(struct ctx *c, long j, int *part)
{
	const struct lex *lx = L(tk(c, j), C_PART);

	if (lx == NULL)
		return 0;
	*part = lx->val;
	return 1;
}

/* a.m. / p.m. / am / pm after a clock time: tokens used; *pm set. */
static long
meridiem(struct ctx *c, long j, int *pm)
{
	const struct tok *t = tk(c, j);

	if (W(t, am) || W(t, pm)) {
		*pm = t->low[0] == 'p';
		return 1;
	}
	if ((W(t, a) || W(t, p)) && P(tk(c, j + 1), '.') &&
	    adj(tk(c, j + 1)) && W(tk(c, j + 2), m) && adj(tk(c, j + 2))) {
		*pm = t->low[0] == 'p';
		if (P(tk(c, j + 3), '.') && adj(tk(c, j + 3)))
			return 4;
		return 3;
	}
	return 0;
}

/*
 * The day a weekday, a month and day, a day and month or a holiday at
 * token j names, as its own rule values it (dt_weekday(), dt_month(),
 * dt_day_month(), dt_holiday(): "at midnight on Christmas Eve", "at
 * 19:30 AEDT on Boxing Day"), into buf: 1, or 0 when
 * none names a whole day there ("on Tuesday night" does; "on Tuesdays",
 * "on March" do not).
 */
static int
day_on(struct ctx *c, long j, char *buf, size_t len)
{
	const struct tok *t = tk(c, j);
	struct cal_date d;
	struct hit mh;
	int g;

	memset(&mh, 0, sizeof(mh));
	/* a day before its month too, as British outlets write it ("at
	 * midnight on 31 December", "at 9am on 5 March") */
	if ((L(t, C_WDAY) != NULL ? dt_weekday(c, j, &mh, -1) :
	    L(t, C_MONTH) != NULL ? dt_month(c, j, &mh, 1) :
	    is_num(t, 1, 2) ? dt_day_month(c, j, &mh) :
	    t->kind == TK_WORD && t->cap ? dt_holiday(c, j, &mh) : 0) <= 0 ||
	    mh.type == TIMEX_SET || !dt_value_date(mh.value, &d, &g) ||
	    g != G_DAY)
		return 0;
	dt_fmt_gran(buf, len, 1, d, G_DAY);
	return 1;
}

/*
 * Is the clock time at tokens [at, j) in a past clause while the day
 * its paragraph last named is ahead of the writing ("The Senate will
 * vote at 5:30 p.m. Tuesday. Earlier, at 11 a.m., the leader met the
 * president")?  A past event is on or before the day of writing: the
 * clock is the publication day's (news only: a narrative's "pub" is
 * its story time).
 */
static int
past_before(struct ctx *c, long at, long j)
{
	return c->has_pub && !c->narrative &&
	    cal_diff_days(c->pub, c->ref) > 0 && dt_tense_around(c, at, j) < 0;
}

/*
 * The date a clock time belongs to, from the words after it: tokens
 * used, or -1 when none names the day (the publication day is taken).
 */
static long
time_day(struct ctx *c, long at, long j, char *buf, size_t len)
{
	const struct tok *t = tk(c, j);
	const struct lex *lx;
	struct hit mh;
	long k = 0, a;

	if (P(t, ',')) {
		k = 1;
		t = tk(c, j + 1);
	}
	/* "10:35 a.m. (0735 GMT) Friday": the day after an aside in
	 * parentheses (or after the aside's own closing mark) is the
	 * clock's, but stays a timex of its own */
	if (P(t, '(') || P(t, ')')) {
		/* (a period glued to a word is an abbreviation's: "a.m.") */
		for (a = 0; a <= TIME_ASIDE_MAX && !P(tk(c, j + a), ')') &&
		    (!is_sentence_end(tk(c, j + a)) ||
		    (P(tk(c, j + a), '.') && adj(tk(c, j + a)))); a++)
			;
		/* "at 4 in the morning (4 a.m. EDT Thursday)": the aside
		 * restates the clock time in another zone, with its day */
		if (P(t, '(') && P(tk(c, j + a), ')') &&
		    (lx = L(tk(c, j + a - 1), C_WDAY)) != NULL &&
		    tk(c, j + a - 1)->cap &&
		    !(lx->flags & (F_PLURAL | F_ABBR))) {
			dt_weekday_value(c, at, lx->val, -1, buf, len);
			return 0;
		}
		t = tk(c, j + a + 1);
		if (P(tk(c, j + a), ')') && (lx = L(t, C_WDAY)) != NULL &&
		    t->cap && !(lx->flags & (F_PLURAL | F_ABBR))) {
			dt_weekday_value(c, at, lx->val, -1, buf, len);
			return 0;
		}
		/* and after "on": "at 09:00 CEST (08:00 BST) on Tuesday" */
		if (P(tk(c, j + a), ')') && W(t, on) &&
		    day_on(c, j + a + 2, buf, len))
			return 0;
		t = tk(c, j + k);
	}
	if ((lx = L(t, C_WDAY)) != NULL && t->cap && !(lx->flags & F_PLURAL)) {
		/* "7 p.m. Thursday, Aug. 18": the weekday's date says
		 * which Thursday, as it does after the weekday alone; the
		 * date stays its own timex.  An abbreviation ("2:31 PM ET,
		 * Tue August 16, 2016", "Tues. Aug. 16") counts only before
		 * its date, and takes its period */
		long w = j + k + 1;
		int bare = 0;

		if ((lx->flags & F_ABBR) && P(tk(c, w), '.') &&
		    adj(tk(c, w)))
			w++;
		else
			bare = (lx->flags & F_ABBR) != 0;
		a = w + (P(tk(c, w), ',') ? 1 : 0);
		if (L(tk(c, a), C_MONTH) != NULL && tk(c, a)->cap &&
		    day_on(c, a, buf, len) &&
		    (!bare || dt_wday_names_date(lx->val, buf)))
			return w - j;
		if (!(lx->flags & F_ABBR)) {
			dt_weekday_value(c, at, lx->val, -1, buf, len);
			return k + 1;
		}
	}
	if (c->has_pub && (W(t, yesterday) || W(t, today) ||
	    W(t, tomorrow))) {
		int off = W(t, yesterday) ? -1 : W(t, today) ? 0 : 1;

		dt_fmt_gran(buf, len, 1, cal_add_days(c->pub, off), G_DAY);
		return k + 1;
	}
	memset(&mh, 0, sizeof(mh));
	/* "15:00 GMT Aug. 16", and day first as British and European
	 * outlets write it, "23:59 CET, 15 Dec 2026": the date is the
	 * time's, in its span */
	if (((L(t, C_MONTH) != NULL && dt_month(c, j + k, &mh, 1) > 0) ||
	    (is_num(t, 1, 2) && L(tk(c, j + k + 1), C_MONTH) != NULL &&
	    dt_day_month(c, j + k, &mh) > 0)) && strlen(mh.value) == 10) {
		snprintf(buf, len, "%s", mh.value);
		return k + mh.ntok;
	}
	/* "8 p.m. ET on Tuesday", "at noon on Thursday", "at 9 a.m. on
	 * March 5": the day after "on" is the clock's (as the weekday or
	 * date rule values it there), and stays a timex of its own, as
	 * TimeML tags a preposition's object: no token is used */
	if (k == 0 && W(t, on) && day_on(c, j + 1, buf, len))
		return 0;
	/* a clock time alone is on the day the text is about: the day
	 * its paragraph last named (HeidelTime's UNDEF-REF-day-PLUS-0,
	 * within a paragraph: a live blog's "9:40 p.m." opens an entry
	 * of the day of writing), else the publication day */
	if (c->has_ref && c->ref_gran == G_DAY &&
	    c->ref_para == dt_at_para(c) && !past_before(c, at, j))
		dt_fmt_gran(buf, len, 1, c->ref, G_DAY);
	else
		dt_fmt_gran(buf, len, c->has_pub, c->pub, G_DAY);
	return -1;
}

/*
 * The zone of a clock time as TIMEX3 (ISO 8601) writes it: "Z" for UTC
 * and GMT, else the offset ("-05:00" for EST, "+02:00" for GMT+2).  The
 * time stays as written and on its day: a zone is not converted.
 */
static void
zone_value(char *buf, size_t len, const struct tok *t, int minutes)
{
	int a = minutes < 0 ? -minutes : minutes;

	if ((W(t, utc) || W(t, gmt)) && minutes == 0)
		snprintf(buf, len, "Z");
	else
		snprintf(buf, len, "%c%02d:%02d", minutes < 0 ? '-' : '+',
		    a / 60 % 100, a % 60);
}

/* The Sunday that is the nth of month m (n < 0: the last). */
static int
nth_sunday(int y, int m, int n)
{
	int first = 1 + (7 - cal_weekday(y, m, 1)) % 7;
	int last = cal_days_in_month(y, m);

	if (n > 0)
		return first + 7 * (n - 1);
	return first + 7 * ((last - first) / 7);
}

/*
 * Is day y-m-d in US daylight saving time (the rule of its year: since
 * 2007 the second Sunday of March to the first of November; 1987-2006
 * the first Sunday of April to the last of October; before, the last of
 * April to the last of October)?  The switch days count as the half
 * they mostly are: the start day in, the end day out.
 */
static int
us_dst(int y, int m, int d)
{
	int sm, sd, em, ed;

	if (y >= 2007) {
		sm = 3, sd = nth_sunday(y, 3, 2);
		em = 11, ed = nth_sunday(y, 11, 1);
	} else if (y >= 1987) {
		sm = 4, sd = nth_sunday(y, 4, 1);
		em = 10, ed = nth_sunday(y, 10, -1);
	} else {
		sm = 4, sd = nth_sunday(y, 4, -1);
		em = 10, ed = nth_sunday(y, 10, -1);
	}
	if (m != sm && m != em)
		return m > sm && m < em;
	return m == sm ? d >= sd : d < ed;
}

/*
 * The offset of a zone word on a day ("YYYY-MM-DD..."; else the
 * publication date): a US zone named without its season ("ET", "PT")
 * is daylight time (an hour ahead of standard) when that day is in it.
 */
static int
zone_offset(struct ctx *c, const struct lex *lx, const char *day)
{
	int y, m, d;

	if (!(lx->flags & F_DST))
		return lx->val;
	if (sscanf(day, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    !cal_valid(y, m, d)) {
		if (!c->has_pub)
			return lx->val;
		y = c->pub.year, m = c->pub.month, d = c->pub.day;
	}
	return us_dst(y, m, d) ? lx->val + 60 : lx->val;
}

/*
 * A US zone named in words after a clock time, as US news writes it:
 * "8 p.m. Eastern", "10 a.m. Pacific time", "7 p.m. Central Standard
 * Time", and the two states with a zone of their own, "7:48 a.m. Hawaii
 * time", "8 p.m. Alaska time" (Hawaii keeps no summer time).  Its
 * lexicon entry (the abbreviation's: "Eastern" is ET, its season by the
 * day; "Eastern Standard Time" EST), the tokens it takes in *k; NULL if
 * none.  Capitalized; alone, not before another capitalized word
 * ("Central Park", "Pacific Gas", "Mountain View"); a state's name only
 * before "time" ("9 a.m. Hawaii" may be the place).
 */
static const struct lex *
us_zone_name(struct ctx *c, long j, long *k)
{
	static const uint16_t zones[][3] = {	/* the word, std, daylight */
		{ DW_eastern, DW_est, DW_edt }, { DW_central, DW_cst, DW_cdt },
		{ DW_mountain, DW_mst, DW_mdt }, { DW_pacific, DW_pst, DW_pdt },
		{ DW_alaska, DW_akst, DW_akdt }, { DW_hawaii, DW_hst, DW_hst },
	};
	static const uint16_t unsure[] = { DW_et, DW_ct, DW_mt, DW_pt,
		DW_akt, DW_hst };
	/* zones[] from here on are states' names */
	enum { STATE_ZONES = 4 };
	const struct tok *t = tk(c, j), *n = tk(c, j + 1);
	size_t z;

	if (!t->cap)
		return NULL;
	for (z = 0; z < sizeof(zones) / sizeof(zones[0]); z++)
		if (t->wid == zones[z][0])
			break;
	if (z == sizeof(zones) / sizeof(zones[0]))
		return NULL;
	if ((W(n, standard) || W(n, daylight)) && W(tk(c, j + 2), time)) {
		*k = 3;
		return &dt_words[zones[z][W(n, standard) ? 1 : 2]];
	}
	if (W(n, time))
		*k = 2;
	else if ((n->kind == TK_WORD && n->cap) || z >= STATE_ZONES)
		return NULL;
	else
		*k = 1;
	return &dt_words[unsure[z]];
}

/*
 * A zone's name written out after a clock time, as British and European
 * news gives it ("5pm British Summer Time", "18:00 Central European
 * Time", "noon Greenwich Mean Time"): the lexicon entry of its
 * abbreviation, whose offset is the one the name says whatever the
 * season (a summer name in winter still names its summer offset, as
 * "BST" does), the tokens it takes in *k; NULL if none.  The words are
 * compared as keys: only a capitalized word after a clock time asks.
 */
/* The most words of a zone's name: "Central European Summer Time". */
#define ZONE_NAME_WORDS	4

static const struct zone_name {
	union wkey	 w[ZONE_NAME_WORDS];	/* the words, the last "time";
					 * a shorter name ends in "" */
	uint16_t	 abbr;		/* its abbreviation's word id */
} zone_names[] = {
	{ { { "british" }, { "summer" }, { "time" }, { "" } }, DW_bst },
	{ { { "greenwich" }, { "mean" }, { "time" }, { "" } }, DW_gmt },
	{ { { "central" }, { "european" }, { "summer" }, { "time" } },
	    DW_cest },
	{ { { "central" }, { "european" }, { "time" }, { "" } }, DW_cet },
	{ { { "eastern" }, { "european" }, { "summer" }, { "time" } },
	    DW_eest },
	{ { { "eastern" }, { "european" }, { "time" }, { "" } }, DW_eet },
	{ { { "indian" }, { "standard" }, { "time" }, { "" } }, DW_ist },
	{ { { "japan" }, { "standard" }, { "time" }, { "" } }, DW_jst },
};

/* Is the token the key w (a word of zone_names[] or city_zones[])? */
static int
key_is(const struct tok *t, const union wkey *w)
{
	return t->key[0] == w->key[0] && t->key[1] == w->key[1];
}

static const struct lex *
zone_name_at(struct ctx *c, long j, long *k)
{
	size_t z;
	long n;

	/* "time" first, as city_zone_at() asks: most capitalized words
	 * after a clock time are its day */
	if (!W(tk(c, j + 2), time) && !W(tk(c, j + 3), time))
		return NULL;
	for (z = 0; z < sizeof(zone_names) / sizeof(zone_names[0]); z++) {
		const struct zone_name *zn = &zone_names[z];

		for (n = 0; n < ZONE_NAME_WORDS && zn->w[n].low[0] != '\0';
		    n++)
			if (tk(c, j + n)->kind != TK_WORD ||
			    !key_is(tk(c, j + n), &zn->w[n]) ||
			    (!tk(c, j + n)->cap && n + 1 < ZONE_NAME_WORDS &&
			    zn->w[n + 1].low[0] != '\0'))
				break;
		if (n == ZONE_NAME_WORDS || zn->w[n].low[0] == '\0') {
			*k = n;
			return &dt_words[zn->abbr];
		}
	}
	return NULL;
}

/* The summer-time rules of the cities below. */
enum city_dst {
	CITY_FIXED,		/* none */
	CITY_US,		/* us_dst() */
	CITY_EU,		/* the EU's (and the UK's): last Sunday of
				 * March to the last of October, since 1996 */
	CITY_AU,		/* south-east Australia, since 2008: first
				 * Sunday of October to the first of April */
	CITY_NZ,		/* New Zealand, since 2007: last Sunday of
				 * September to the first of April */
	CITY_MOSCOW,		/* +03:00; +04:00 from 2011-03-27 to
				 * 2014-10-26; before, +03:00 with EU summers */
};

/*
 * A city's name before "time" after a clock time, as wire copy gives a
 * market's or a capital's hour ("4 p.m. New York time", "10:00 Moscow
 * time", "14:30 Hong Kong time"): the zone the city keeps (its standard
 * offset east of UTC in minutes and its summer rule), so the value
 * carries the offset as "18:00 UTC" and "3 p.m. ET" do.  The markets and
 * capitals news names most; a city whose rule changed often (Cairo,
 * Tehran, Mexico City) is left out rather than valued wrong.  Canada's
 * two eastern zones are named by their region the same way ("8 p.m.
 * Atlantic time", "8:30 p.m. Newfoundland time"), on the US summer rule
 * Canada keeps; "AT" and "NT" cannot be the zones' words, so the name
 * before "time" is their one form.
 */
static const struct city_zone {
	union wkey	 w1, w2;	/* the name, w2 empty for one word */
	int16_t		 std;
	uint8_t		 dst;		/* enum city_dst */
} city_zones[] = {
	{ { "new" }, { "york" }, -300, CITY_US },
	{ { "washington" }, { "" }, -300, CITY_US },
	{ { "toronto" }, { "" }, -300, CITY_US },
	{ { "atlantic" }, { "" }, -240, CITY_US },
	{ { "newfoundland" }, { "" }, -210, CITY_US },
	{ { "chicago" }, { "" }, -360, CITY_US },
	{ { "los" }, { "angeles" }, -480, CITY_US },
	{ { "san" }, { "francisco" }, -480, CITY_US },
	{ { "london" }, { "" }, 0, CITY_EU },
	{ { "uk" }, { "" }, 0, CITY_EU },
	{ { "dublin" }, { "" }, 0, CITY_EU },
	{ { "lisbon" }, { "" }, 0, CITY_EU },
	{ { "paris" }, { "" }, 60, CITY_EU },
	{ { "brussels" }, { "" }, 60, CITY_EU },
	{ { "berlin" }, { "" }, 60, CITY_EU },
	{ { "frankfurt" }, { "" }, 60, CITY_EU },
	{ { "madrid" }, { "" }, 60, CITY_EU },
	{ { "rome" }, { "" }, 60, CITY_EU },
	{ { "amsterdam" }, { "" }, 60, CITY_EU },
	{ { "geneva" }, { "" }, 60, CITY_EU },
	{ { "zurich" }, { "" }, 60, CITY_EU },
	{ { "vienna" }, { "" }, 60, CITY_EU },
	{ { "stockholm" }, { "" }, 60, CITY_EU },
	{ { "warsaw" }, { "" }, 60, CITY_EU },
	{ { "athens" }, { "" }, 120, CITY_EU },
	{ { "kyiv" }, { "" }, 120, CITY_EU },
	{ { "kiev" }, { "" }, 120, CITY_EU },
	{ { "moscow" }, { "" }, 180, CITY_MOSCOW },
	{ { "riyadh" }, { "" }, 180, CITY_FIXED },
	{ { "dubai" }, { "" }, 240, CITY_FIXED },
	{ { "abu" }, { "dhabi" }, 240, CITY_FIXED },
	{ { "new" }, { "delhi" }, 330, CITY_FIXED },
	{ { "delhi" }, { "" }, 330, CITY_FIXED },
	{ { "mumbai" }, { "" }, 330, CITY_FIXED },
	{ { "bangkok" }, { "" }, 420, CITY_FIXED },
	{ { "jakarta" }, { "" }, 420, CITY_FIXED },
	{ { "hanoi" }, { "" }, 420, CITY_FIXED },
	{ { "beijing" }, { "" }, 480, CITY_FIXED },
	{ { "shanghai" }, { "" }, 480, CITY_FIXED },
	{ { "hong" }, { "kong" }, 480, CITY_FIXED },
	{ { "taipei" }, { "" }, 480, CITY_FIXED },
	{ { "singapore" }, { "" }, 480, CITY_FIXED },
	{ { "manila" }, { "" }, 480, CITY_FIXED },
	{ { "perth" }, { "" }, 480, CITY_FIXED },
	{ { "seoul" }, { "" }, 540, CITY_FIXED },
	{ { "tokyo" }, { "" }, 540, CITY_FIXED },
	{ { "brisbane" }, { "" }, 600, CITY_FIXED },
	{ { "sydney" }, { "" }, 600, CITY_AU },
	{ { "melbourne" }, { "" }, 600, CITY_AU },
	{ { "canberra" }, { "" }, 600, CITY_AU },
	{ { "wellington" }, { "" }, 720, CITY_NZ },
	{ { "auckland" }, { "" }, 720, CITY_NZ },
};

/*
 * A city's name and "time" at token j ("New York time", "Hong Kong
 * time"; capitalized, "time" in either case but singular: not "New
 * York Times"): its zone, the tokens it takes in *k; NULL if none.
 */
static const struct city_zone *
city_zone_at(struct ctx *c, long j, long *k)
{
	const struct tok *t = tk(c, j), *n = tk(c, j + 1);
	size_t z;

	/* "time" first: most capitalized words after a clock time are
	 * its day ("3 p.m. Tuesday"), and the table is fifty names */
	if (t->kind != TK_WORD || !t->cap || !(W(n, time) ||
	    W(tk(c, j + 2), time)))
		return NULL;
	for (z = 0; z < sizeof(city_zones) / sizeof(city_zones[0]); z++) {
		const struct city_zone *cz = &city_zones[z];

		if (!key_is(t, &cz->w1))
			continue;
		if (cz->w2.low[0] == '\0' && W(n, time)) {
			*k = 2;
			return cz;
		}
		if (cz->w2.low[0] != '\0' && n->cap && key_is(n, &cz->w2) &&
		    W(tk(c, j + 2), time)) {
			*k = 3;
			return cz;
		}
	}
	return NULL;
}

/*
 * The tokens of a zone named in words at token j after a clock time
 * ("Central European Time", "Eastern", "New York time"), 0 if none: the
 * tense search steps over them as over the clock (tense.c).
 */
long
dt_zone_words(struct ctx *c, long j)
{
	long k = 0;

	if (tk(c, j)->kind != TK_WORD || !tk(c, j)->cap)
		return 0;
	if (us_zone_name(c, j, &k) != NULL || zone_name_at(c, j, &k) != NULL ||
	    city_zone_at(c, j, &k) != NULL)
		return k;
	return 0;
}

/* The day "YYYY-MM-DD..." a clock time is on, else the publication
 * date: 1, or 0 when there is neither. */
static int
day_ymd(struct ctx *c, const char *day, int *y, int *m, int *d)
{
	if (sscanf(day, "%4d-%2d-%2d", y, m, d) == 3 && cal_valid(*y, *m, *d))
		return 1;
	if (!c->has_pub)
		return 0;
	*y = c->pub.year, *m = c->pub.month, *d = c->pub.day;
	return 1;
}

/*
 * Is day y-m-d in summer time by the rule that starts on day sd of
 * month sm and ends on day ed of month em (sm > em: a southern summer
 * across the new year)?  The start day counts in, the end day out, as
 * in us_dst().
 */
static int
in_summer(int m, int d, int sm, int sd, int em, int ed)
{
	int on = m * 32 + d, start = sm * 32 + sd, end = em * 32 + ed;

	return sm < em ? on >= start && on < end : on >= start || on < end;
}

/* The offset east of UTC, in minutes, of a city's zone on the clock
 * time's day (or the publication day; standard time without either). */
static int
city_offset(struct ctx *c, const struct city_zone *cz, const char *day)
{
	int y, m, d, summer = 0;

	if (cz->dst == CITY_FIXED || !day_ymd(c, day, &y, &m, &d))
		return cz->std;
	switch (cz->dst) {
	case CITY_US:
		summer = us_dst(y, m, d);
		break;
	case CITY_EU:
		summer = in_summer(m, d, 3, nth_sunday(y, 3, -1), 10,
		    nth_sunday(y, 10, -1));
		break;
	case CITY_AU:
		summer = in_summer(m, d, 10, nth_sunday(y, 10, 1), 4,
		    nth_sunday(y, 4, 1));
		break;
	case CITY_NZ:
		summer = in_summer(m, d, 9, nth_sunday(y, 9, -1), 4,
		    nth_sunday(y, 4, 1));
		break;
	case CITY_MOSCOW:
		/* a year of summer time (2011-03-27 to 2014-10-26), then
		 * none; before 2011 the European summers */
		if (y * 10000 + m * 100 + d >= 20110327 &&
		    y * 10000 + m * 100 + d < 20141026)
			return cz->std + 60;
		if (y >= 2011)
			return cz->std;
		summer = in_summer(m, d, 3, nth_sunday(y, 3, -1), 10,
		    nth_sunday(y, 10, -1));
		break;
	default:
		break;
	}
	return summer ? cz->std + 60 : cz->std;
}

/* The widest offset from UTC a zone has: UTC+14 (the Line Islands);
 * the lowest is UTC-12. */
#define ZONE_HOURS_MAX	14

/*
 * An offset glued to "GMT" or "UTC" at token j: "GMT+2", "UTC-5",
 * "UTC+05:30", "GMT+0530" (the zone "as TIMEX3 allows": ISO 8601's
 * offset).  Tokens used (0: none), *minutes the offset.
 */
static long
zone_shift(struct ctx *c, long j, int *minutes)
{
	const struct tok *s = tk(c, j), *n = tk(c, j + 1);
	int hh, mm = 0;
	long k = 2;

	if (!(P(s, '+') || P(s, '-')) || !adj(s) || n->kind != TK_NUM ||
	    n->num < 0 || !adj(n))
		return 0;
	if (n->ndig <= 2) {
		hh = n->num;
		if (P(tk(c, j + 2), ':') && adj(tk(c, j + 2)) &&
		    is_num(tk(c, j + 3), 2, 2) && adj(tk(c, j + 3))) {
			mm = tk(c, j + 3)->num;
			k = 4;
		}
	} else if (n->ndig == 4) {
		hh = n->num / 100;
		mm = n->num % 100;
	} else
		return 0;
	if (hh > ZONE_HOURS_MAX || mm >= 60)
		return 0;
	*minutes = (hh * 60 + mm) * (P(s, '-') ? -1 : 1);
	return k;
}

static const uint8_t clock_cues[DW_COUNT] = {
	IN(at), IN(by), IN(until), IN(till), IN(around), IN(about), IN(before),
	IN(after), IN(from), IN(to), IN(since)
};

/* The words between the two ends of a range of clock times ("from 2
 * a.m. to 6 a.m. UTC", "between 2 and 4 p.m."; a dash: "10-11 a.m."). */
static const uint8_t clock_range[DW_COUNT] = {
	IN(to), IN(until), IN(till), IN(through), IN(and)
};

/* The longest first end of a range of clock times whose second end is
 * read ("11:30 p.m. Eastern Standard Time to"): the second end, a
 * dozen tokens with its day ("6 a.m. UTC on Tuesday, Aug. 16"), is
 * then still within LOOKAHEAD_MAX of the first's start. */
#define RANGE_FIRST_MAX	8
_Static_assert(RANGE_FIRST_MAX + 14 <= LOOKAHEAD_MAX,
    "a range's second clock time is read within the ring");

/* The hour before which a clock "last night" is past midnight, on the
 * day of writing: the small hours end at dawn, about six. */
#define LAST_NIGHT_DAWN	6

static long clock_time(struct ctx *c, long i, struct hit *h, int range);

/* Is token j "next" or "following" before "day" or a part of the day
 * ("the next morning", "the following day")? */
static int
next_day_after(struct ctx *c, long j)
{
	const struct tok *n = tk(c, j + 1);

	return (W(tk(c, j), next) || W(tk(c, j), following)) &&
	    (W(n, day) || L(n, C_PART) != NULL);
}

/* What the second end of a range of clock times says (its hit's value,
 * "YYYY-MM-DDTHH:MM" and a zone, read back). */
struct clock_end {
	int		 hh, mm;
	int		 has_day;	/* names its day ("on Tuesday") */
	struct cal_date	 day;
	char		 zone[8];
};

/*
 * The second end of a range of clock times after the first, which ends
 * before token j (a joint: to, until, till, through, and, a dash):
 * "from 2 a.m. to 6 a.m. UTC on Tuesday", "9 a.m. to 5 p.m. ET",
 * "between 2 and 4 p.m.".  What it says into *e, 1 if there is one: the
 * first end shares what it does not say itself, the day, the zone, a.m.
 * or p.m., as TimeML values each end of "from 9 to 11 a.m.".  Out of
 * line: few clock times are a range's first end, and its hit would
 * weigh on every clock time's frame.
 */
static __attribute__((noinline)) int
range_partner(struct ctx *c, long i, long j, struct clock_end *e)
{
	const struct tok *t = tk(c, j);
	struct hit h2;
	const char *tp;
	int g;

	if (j - i > RANGE_FIRST_MAX)
		return 0;
	/* "and" joins the ends of "between 2 and 4 p.m." only */
	if (W(t, and) && !W(tk(c, i - 1), between))
		return 0;
	if (tk(c, j + 1)->kind != TK_NUM && !W(tk(c, j + 1), noon) &&
	    !W(tk(c, j + 1), midnight))
		return 0;
	memset(&h2, 0, sizeof(h2));
	if (clock_time(c, j + 1, &h2, 0) <= 0 ||
	    (tp = strchr(h2.value, 'T')) == NULL || strlen(tp) < 6)
		return 0;
	e->hh = (tp[1] - '0') * 10 + (tp[2] - '0');
	e->mm = (tp[4] - '0') * 10 + (tp[5] - '0');
	e->has_day = !h2.keep_ref && dt_value_date(h2.value, &e->day, &g) &&
	    g == G_DAY;
	snprintf(e->zone, sizeof(e->zone), "%s", tp + 6);
	return 1;
}

/* 3 p.m. / 10:35 a.m. / 15:00 GMT / noon / midnight / 4 in the
 * morning, with the day that may follow ("3 p.m. Tuesday"). */
/* What dt_time() reads after a number: the colon of 10:30, the point
 * of 9.30am, a.m. or p.m. ("a", "p", "am", "pm"), o'clock, "in the
 * morning", a zone ("1500 GMT"), "local" and "hours" or "hrs" of the
 * wire's clock ("1800 local time", "2200 hours": wire_clock()). */
int
dt_time_after_num(const struct tok *n)
{
	return P(n, ':') || P(n, '.') || W(n, am) || W(n, pm) || W(n, a) ||
	    W(n, p) || W(n, o) || W(n, in) || L(n, C_TZ) != NULL ||
	    WL(n, clock_range) || P(n, '-') || W(n, local) || W(n, hours) ||
	    W(n, hrs);
}

long
dt_time(struct ctx *c, long i, struct hit *h)
{
	return clock_time(c, i, h, 1);
}


/*
 * Does a date that writes its day and year end right before token i (a
 * comma between): "Sunday 6 December 2026 14:30", "06.12.2026, 10:42",
 * a page's time stamp?  Then a 24-hour clock after it is its time, on
 * its day (time_day(): the reference the date just set).  The year must
 * be the reference's, named to the day in this paragraph.  Not with a
 * word glued to the clock's end (j): a page's "10:01PMDonald Trump"
 * lost the space after its p.m., and the hour would be read wrong.
 */
static int
after_day_year(struct ctx *c, long i, long j)
{
	const struct tok *p = tk(c, i - 1);

	if (P(p, ','))
		p = tk(c, i - 2);
	return is_num(p, 4, 4) && c->has_ref && c->ref_gran == G_DAY &&
	    p->num == c->ref.year && c->ref_para == dt_at_para(c) &&
	    !(tk(c, j)->kind == TK_WORD && adj(tk(c, j)));
}

/*
 * Do the words from token k on make "N hours" a count, not the wire's
 * clock: a rate ("billed at 2000 hours a year", "at 1800 hours per
 * year", "each week", "annually") or what the hours hold ("at 1500
 * hours of footage")?  A clock names a time of day; only a length is
 * had so many times a period or holds something.
 */
/* The most hours a period of each unit holds (a leap year's 366 days, a
 * month's 31, a quarter's 92): a count of hours had once a period is at
 * most that ("2000 hours a year"; "1500 hours daily" is a clock's). */
static const int hours_in[U_CENTURY + 1] = {
	[U_DAY] = 24, [U_WEEK] = 7 * 24, [U_FORTNIGHT] = 14 * 24,
	[U_MONTH] = 31 * 24, [U_QUARTER] = 92 * 24, [U_YEAR] = 366 * 24,
	[U_DECADE] = 3653 * 24, [U_CENTURY] = 36525 * 24
};

static int
hours_counted(struct ctx *c, long k)
{
	const struct tok *n = tk(c, k), *w = tk(c, k + 2);
	const struct lex *lx;
	int num = tk(c, k - 2)->num;

	/* a count has no leading zero: "at 0400 hours" is a clock */
	if (num < 1000)
		return 0;
	if (W(n, of))
		return 1;
	/* "at 2000 hours a day after the vote": a day counted from an
	 * event, no rate */
	if (W(w, after) || W(w, before) || W(w, later) || W(w, earlier))
		return 0;
	if ((lx = L(n, C_SETW)) == NULL && (W(n, a) || W(n, an) ||
	    W(n, per) || W(n, each) || W(n, every)))
		lx = L(tk(c, k + 1), C_UNIT);
	return lx != NULL && lx->val <= U_CENTURY && num <= hours_in[lx->val];
}

/*
 * A four-digit 24-hour clock at token i as wire copy writes it without a
 * zone: before "local time" ("at 1800 local time", "0600 local time
 * Sunday"), or after "at", "by", "until", "till", "from" and before
 * "local" and a mark ("at 1830 local (1530 GMT)") or "hours", "hrs" ("at
 * 2200 hours", "at 1500 hrs daily").  Not "1800 local residents", "about
 * 1500 hours of footage", "billed at 2000 hours a year", "in 1800": a
 * count or a year.  Its tokens: 1 (the number; "local
 * time" joins the span only before a day, as after "9 a.m."), 2 with
 * "hours"; else 0.
 */
static long
wire_clock(struct ctx *c, long i)
{
	const struct tok *p = tk(c, i - 1), *n = tk(c, i + 1);
	int cue = W(p, at) || W(p, by) || W(p, until) || W(p, till) ||
	    W(p, from);

	if (W(n, local))
		return W(tk(c, i + 2), time) || (cue &&
		    tk(c, i + 2)->kind != TK_WORD && tk(c, i + 2)->kind !=
		    TK_NUM) ? 1 : 0;
	return cue && (W(n, hours) || W(n, hrs)) && !hours_counted(c, i + 2) ?
	    2 : 0;
}

/* A clock time at token i; range: also read a range's second end for
 * what the first does not say (range_partner()). */
static long
clock_time(struct ctx *c, long i, struct hit *h, int range)
{
	const struct tok *t = tk(c, i);
	const struct lex *lx;
	const struct city_zone *cz = NULL;
	char day[TIMEX_VALUE_MAX], zone[8];
	struct clock_end e;
	long j = i + 1, k, zt;
	int hh, mm = 0, pm = 0, sure = 0, shift = 0, shifted = 0, mer = 0;
	int partner = 0, named = 0, next = 0;

	/* a number before the joint of a range opens one only before
	 * another number ("2 to 4 p.m.", "between 2 and 4 p.m.",
	 * "10-11 a.m."): not "10-year", "2 to 3 percent" (checked first:
	 * most numbers before a joint are none) */
	if (t->kind == TK_NUM && (WL(tk(c, j), clock_range) ||
	    P(tk(c, j), '-')) && (tk(c, j + 1)->kind != TK_NUM ||
	    (W(tk(c, j), and) && !W(tk(c, i - 1), between))))
		return 0;
	if (W(t, noon) || W(t, midday) || W(t, midnight)) {
		/* "High Noon", "high noon comes": the film, the hour of
		 * decision, not a clock time */
		if (W(t, noon) && tk(c, i - 1)->kind == TK_WORD &&
		    strcmp(tk(c, i - 1)->low, "high") == 0)
			return 0;
		hh = W(t, midnight) ? 24 : 12;
		sure = 1;
	} else if (t->kind != TK_NUM || (dt_num_embedded_before(c, i) &&
	    /* a range's second end glued to its dash: "10-11 a.m." */
	    !(P(tk(c, i - 1), '-') && meridiem(c, i + 1, &pm) > 0)) ||
	    (adj(tk(c, i + 1)) && P(tk(c, i + 1), '%')))
		return 0;
	else if (is_num(t, 1, 2) && t->num <= 24 && P(tk(c, j), ':') &&
	    adj(tk(c, j)) && is_num(tk(c, j + 1), 2, 2) &&
	    adj(tk(c, j + 1)) && tk(c, j + 1)->num < 60) {
		hh = t->num;
		mm = tk(c, j + 1)->num;
		j += 2;
		/* 1:23:45 is a race time or a verse, not a clock. */
		if (P(tk(c, j), ':') && adj(tk(c, j)))
			return 0;
		sure = WL(tk(c, i - 1), clock_cues) || after_day_year(c, i, j);
	} else if (is_num(t, 1, 2) && t->num >= 1 && t->num <= 12 &&
	    P(tk(c, j), '.') && adj(tk(c, j)) && is_num(tk(c, j + 1), 2, 2) &&
	    adj(tk(c, j + 1)) && tk(c, j + 1)->num < 60 &&
	    meridiem(c, j + 2, &pm) > 0) {
		/* "9.30am", "10.45 pm": the British clock, a point between
		 * hours and minutes (a decimal without its a.m. or p.m.) */
		hh = t->num;
		mm = tk(c, j + 1)->num;
		j += 2;
	} else if (is_num(t, 1, 2) && t->num <= 23 && P(tk(c, j), '.') &&
	    adj(tk(c, j)) && is_num(tk(c, j + 1), 2, 2) &&
	    adj(tk(c, j + 1)) && tk(c, j + 1)->num < 60 &&
	    L(tk(c, j + 2), C_TZ) != NULL) {
		/* "18.00 GMT", "Sat 5 Dec 2026 18.00 GMT": the British
		 * 24-hour clock with its point, sure with a zone after it
		 * (a decimal has none) */
		hh = t->num;
		mm = tk(c, j + 1)->num;
		j += 2;
	} else if (is_num(t, 1, 2) && t->num >= 1 && t->num <= 12)
		hh = t->num;
	else if (is_num(t, 4, 4) && t->num / 100 < 24 && t->num % 100 < 60 &&
	    L(tk(c, j), C_TZ) != NULL) {
		hh = t->num / 100;
		mm = t->num % 100;
	} else if (is_num(t, 4, 4) && t->num / 100 < 24 &&
	    t->num % 100 < 60 && (k = wire_clock(c, i)) > 0) {
		/* "at 1800 local time", "at 2200 hours": the wire's
		 * 24-hour clock without a zone (was the year 1800 and
		 * PT2200H) */
		hh = t->num / 100;
		mm = t->num % 100;
		j += k - 1;
		sure = 1;
	} else
		return 0;
	if (t->kind == TK_NUM) {
		if ((k = meridiem(c, j, &pm)) > 0) {
			if (hh < 1 || hh > 12)
				return 0;
			j += k;
			if (pm && hh < 12)
				hh += 12;
			else if (!pm && hh == 12)
				hh = 0;
			sure = 1;
			mer = 1;
		} else if (W(tk(c, j), o) && P(tk(c, j + 1), '\'') &&
		    W(tk(c, j + 2), clock)) {
			j += 3;
			sure = 1;
		} else if (W(tk(c, j), in) && W(tk(c, j + 1), the) &&
		    L(tk(c, j + 2), C_PART) != NULL && hh <= 12) {
			if (dt_words[tk(c, j + 2)->wid].val != P_MO && hh < 12)
				hh += 12;
			j += 3;
			sure = 1;
		}
	}
	zone[0] = '\0';
	zt = j;
	/* "3pm (BST)": the zone in parentheses */
	if (P(tk(c, j), '(') && L(tk(c, j + 1), C_TZ) != NULL &&
	    P(tk(c, j + 2), ')') && (sure || j > i + 1)) {
		lx = L(tk(c, j + 1), C_TZ);
		zt = j + 1;
		j += 3;
		sure = 1;
	} else if ((lx = L(tk(c, j), C_TZ)) != NULL) {
		j++;
		sure = 1;
		if ((W(tk(c, zt), utc) || W(tk(c, zt), gmt)) &&
		    (k = zone_shift(c, j, &shift)) > 0) {
			j += k;
			shifted = 1;
		}
	} else if (sure && (lx = us_zone_name(c, j, &k)) != NULL)
		j += k;
	else if ((sure || j > i + 1) && tk(c, j)->cap &&
	    (lx = zone_name_at(c, j, &k)) != NULL) {
		/* "5pm British Summer Time": the offset its name says;
		 * Greenwich Mean Time is "Z", as "GMT" is */
		zt = j;
		named = 1;
		j += k;
		sure = 1;
	} else if ((sure || j > i + 1) && tk(c, j)->cap &&
	    (cz = city_zone_at(c, j, &k)) != NULL) {
		/* "4 p.m. New York time", "at 14:30 Hong Kong time": a
		 * clock written out (not a bare hour: "5 London time" is
		 * too rare to tell from a count) */
		j += k;
		sure = 1;
	}
	/* the first end of a range says neither zone nor day, nor, as a
	 * bare hour ("between 2 and 4 p.m."), that it is a clock */
	if (range && lx == NULL && cz == NULL &&
	    (sure || t->kind == TK_NUM) &&
	    (WL(tk(c, j), clock_range) || P(tk(c, j), '-')))
		partner = range_partner(c, i, j, &e);
	if (!sure && !partner)
		return 0;
	/* The tense is read from the clock time's start: the "." of
	 * "a.m." would end the cue search at the weekday. */
	k = time_day(c, i, j, day, sizeof(day));
	/* "9 a.m. local time Friday", "3:12 a.m. local time (1812 GMT
	 * Friday)": the day after the words that say the time is the
	 * place's (they join the span only before the day) */
	if (k < 0 && W(tk(c, j), local) && W(tk(c, j + 1), time)) {
		char d2[TIMEX_VALUE_MAX];
		long k2 = time_day(c, i, j + 2, d2, sizeof(d2));

		if (k2 >= 0) {
			memcpy(day, d2, sizeof(day));
			k = k2 > 0 ? k2 + 2 : 0;
		}
	}
	/* "at 10pm last night": the night before the day of writing is
	 * the clock's day, and "last night" stays a timex of its own (as
	 * "this morning" does); an hour before dawn is already the day
	 * of writing ("at 2am last night") */
	if (k < 0 && c->has_pub && W(tk(c, j), last) &&
	    W(tk(c, j + 1), night)) {
		dt_fmt_gran(day, sizeof(day), 1, cal_add_days(c->pub,
		    hh < LAST_NIGHT_DAWN ? 0 : -1), G_DAY);
		k = 0;
	}
	/* "by 2.20am the next morning", "at 6am the following day": the
	 * day after the one last named is the clock's, and the anaphor
	 * stays a timex of its own (as "last night" does), counted from
	 * the same day: the clock leaves the reference alone */
	if (k < 0 && c->has_ref && c->ref_gran == G_DAY &&
	    W(tk(c, j), the) && next_day_after(c, j + 1)) {
		dt_fmt_gran(day, sizeof(day), 1, cal_add_days(c->ref, 1),
		    G_DAY);
		k = 0;
		next = 1;
	}
	if (partner) {
		/* "from 9 to 11 a.m.", "between 2 and 4 p.m.": the second
		 * end's half of the day, unless that would put the first
		 * after it ("from 11 to 1 p.m.") */
		if (!mer && t->kind == TK_NUM && hh < 12 && e.hh >= hh + 12)
			hh += 12;
		/* the day the second end names (as the first is read: not
		 * the day it falls back on), the day before when the
		 * range runs past midnight ("10 p.m. to 2 a.m. Tuesday") */
		if (k < 0 && e.has_day) {
			dt_fmt_gran(day, sizeof(day), 1, hh * 60 + mm >
			    e.hh * 60 + e.mm ? cal_add_days(e.day, -1) :
			    e.day, G_DAY);
			k = 0;
		}
	}
	if (k < 0 || next)
		h->keep_ref = 1;
	if (k > 0)
		j += k;
	if (lx != NULL && named && lx->val == 0)
		snprintf(zone, sizeof(zone), "Z");
	else if (lx != NULL)
		zone_value(zone, sizeof(zone), tk(c, zt), shifted ? shift :
		    zone_offset(c, lx, day));
	else if (cz != NULL) {
		/* London's winter is GMT's: "Z", as "9 a.m. GMT" */
		int off = city_offset(c, cz, day);

		if (off == 0)
			snprintf(zone, sizeof(zone), "Z");
		else
			zone_value(zone, sizeof(zone), tk(c, zt), off);
	}
	else if (partner)
		memcpy(zone, e.zone, sizeof(zone));
	else
		zone[0] = '\0';
	dt_span(h, c, i, j);
	dt_hit_set(h, TIMEX_TIME, "%sT%02d:%02d%s", day, hh, mm, zone);
	return h->ntok;
}

/*
 * "mid-afternoon", "mid afternoon yesterday", "midmorning Friday": the
 * middle of a part of the day (a TIMEX3 TIME, mod MID), on the day that
 * follows it or the publication day.
 */
long
dt_mid_part(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i);
	char day[TIMEX_VALUE_MAX];
	long j = i + 1, k;
	int part;

	if (W(t, midafternoon) || W(t, midmorning))
		part = W(t, midmorning) ? P_MO : P_AF;
	else if (W(t, mid)) {
		if (P(tk(c, j), '-') && adj(tk(c, j)))
			j++;
		if (dt_part_of_day(c, j, &part) == 0 || part == P_NI)
			return 0;
		j++;
	} else
		return 0;
	if ((k = time_day(c, i, j, day, sizeof(day))) < 0)
		h->keep_ref = 1;
	else
		j += k;
	dt_span(h, c, i, j);
	h->mod = TIMEX_MOD_MID;
	dt_hit_set(h, TIMEX_TIME, "%sT%s", day, part_code[part]);
	return h->ntok;
}
