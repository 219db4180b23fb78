/*
 * holidays.c — rules on holidays, fixed and moving: Christmas, the
 * Fourth of July, Thanksgiving, Election Day, Easter by the computus,
 * and the holidays named by a word before a weekday ("Good Friday",
 * "Cyber Monday"), with or without a year ("Christmas 2015", "last
 * Thanksgiving").  The other calendar names are names.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_private.h"

/* Holidays named by a word before a weekday ("Good Friday", "Cyber
 * Monday"): a capitalized weekday after a capitalized name is no plain
 * weekday. */
static const struct {
	uint16_t	 w, wday;
	enum holiday	 h;
} holiday_wday_words[] = {
	{ DW_good, DW_friday, H_GOOD_FRIDAY },
	{ DW_black, DW_friday, H_BLACK_FRIDAY },
	{ DW_cyber, DW_monday, H_CYBER_MONDAY },
	{ DW_super, DW_tuesday, H_SUPER_TUESDAY },
	{ DW_ash, DW_wednesday, H_ASH_WEDNESDAY },
	{ DW_palm, DW_sunday, H_PALM_SUNDAY },
	{ DW_maundy, DW_thursday, H_MAUNDY_THURSDAY },
	{ DW_remembrance, DW_sunday, H_REMEMBRANCE_SUNDAY },
	{ DW_whit, DW_sunday, H_PENTECOST },
	{ DW_ascension, DW_thursday, H_ASCENSION },
};

/* Past events named by a word before a weekday: the crashes' "Black
 * Monday" (1987), "Black Tuesday" (1929), "Black Thursday", "Black
 * Wednesday" (1992), and "Bloody Sunday" (1972, 1905): names whose
 * day the name alone does not date, and no weekday of the story. */
static const struct {
	uint16_t	 w, wday;
} event_wday_words[] = {
	{ DW_black, DW_monday },
	{ DW_black, DW_tuesday },
	{ DW_black, DW_wednesday },
	{ DW_black, DW_thursday },
	{ DW_bloody, DW_sunday },
};

/* Is the weekday at token i the second word of a holiday's name
 * ("Good Friday", "Black Friday") or an event's ("Black Monday")?
 * Asked by weekdays.c's weekday rule. */
int
dt_holiday_wday_named(struct ctx *c, long i)
{
	size_t k;

	for (k = 0; k < sizeof(event_wday_words) /
	    sizeof(event_wday_words[0]); k++)
		if (event_wday_words[k].w == tk(c, i - 1)->wid &&
		    event_wday_words[k].wday == tk(c, i)->wid)
			return 1;

	for (k = 0; k < sizeof(holiday_wday_words) /
	    sizeof(holiday_wday_words[0]); k++)
		if (holiday_wday_words[k].w == tk(c, i - 1)->wid &&
		    holiday_wday_words[k].wday == tk(c, i)->wid)
			return 1;
	return 0;
}

/*
 * Holidays.  Fixed ones by their month and day; moving ones as the nth
 * weekday of a month (n < 0: the last), shifted by some days (US
 * Election Day is the Tuesday after the first Monday of November); and
 * Easter's by the Gregorian computus.
 */
static const struct {
	int	 m, d;		/* a fixed day; m 0: Easter's */
	int	 wd, n;		/* else the nth (ISO) weekday wd of month m */
	int	 off;		/* days after that */
} holiday_rule[] = {
	[H_CHRISTMAS] = { 12, 25, 0, 0, 0 },
	[H_CHRISTMAS_EVE] = { 12, 24, 0, 0, 0 },
	[H_NEW_YEAR] = { 1, 1, 0, 0, 0 },
	[H_NEW_YEAR_EVE] = { 12, 31, 0, 0, 0 },
	[H_THANKSGIVING] = { 11, 0, 4, 4, 0 },
	[H_ELECTION] = { 11, 0, 1, 1, 1 },
	[H_MEMORIAL] = { 5, 0, 1, -1, 0 },
	[H_LABOR] = { 9, 0, 1, 1, 0 },
	[H_COLUMBUS] = { 10, 0, 1, 2, 0 },
	[H_PRESIDENTS] = { 2, 0, 1, 3, 0 },
	[H_INDEPENDENCE] = { 7, 4, 0, 0, 0 },
	[H_VETERANS] = { 11, 11, 0, 0, 0 },
	[H_VALENTINE] = { 2, 14, 0, 0, 0 },
	[H_HALLOWEEN] = { 10, 31, 0, 0, 0 },
	[H_EASTER] = { 0, 0, 0, 0, 0 },
	[H_EASTER_MONDAY] = { 0, 0, 0, 0, 1 },
	[H_EASTER_WEEK] = { 0, 0, 0, 0, 0 },
	[H_KOREA_LIBERATION] = { 8, 15, 0, 0, 0 },
	[H_GOOD_FRIDAY] = { 0, 0, 0, 0, -2 },
	[H_ASH_WEDNESDAY] = { 0, 0, 0, 0, -46 },
	[H_PALM_SUNDAY] = { 0, 0, 0, 0, -7 },
	[H_MAUNDY_THURSDAY] = { 0, 0, 0, 0, -3 },
	[H_PENTECOST] = { 0, 0, 0, 0, 49 },
	[H_BOXING] = { 12, 26, 0, 0, 0 },
	[H_ST_PATRICK] = { 3, 17, 0, 0, 0 },
	[H_ALL_SAINTS] = { 11, 1, 0, 0, 0 },
	[H_GROUNDHOG] = { 2, 2, 0, 0, 0 },
	[H_JUNETEENTH] = { 6, 19, 0, 0, 0 },
	[H_REMEMBRANCE] = { 11, 11, 0, 0, 0 },
	[H_CANADA] = { 7, 1, 0, 0, 0 },
	[H_BASTILLE] = { 7, 14, 0, 0, 0 },
	[H_AUSTRALIA] = { 1, 26, 0, 0, 0 },
	[H_ANZAC] = { 4, 25, 0, 0, 0 },
	[H_EARTH] = { 4, 22, 0, 0, 0 },
	[H_FLAG] = { 6, 14, 0, 0, 0 },
	[H_MLK] = { 1, 0, 1, 3, 0 },
	[H_MOTHERS] = { 5, 0, 7, 2, 0 },
	[H_FATHERS] = { 6, 0, 7, 3, 0 },
	[H_BLACK_FRIDAY] = { 11, 0, 4, 4, 1 },
	[H_CYBER_MONDAY] = { 11, 0, 4, 4, 4 },
	[H_SUPER_TUESDAY] = { 3, 0, 2, 1, 0 },
	[H_REMEMBRANCE_SUNDAY] = { 11, 0, 7, 2, 0 },
	[H_INDIA_INDEPENDENCE] = { 8, 15, 0, 0, 0 },
	[H_INDIA_REPUBLIC] = { 1, 26, 0, 0, 0 },
	[H_ST_ANDREW] = { 11, 30, 0, 0, 0 },
	[H_MAY_DAY] = { 5, 1, 0, 0, 0 },
	[H_ASCENSION] = { 0, 0, 0, 0, 39 },
	[H_WAITANGI] = { 2, 6, 0, 0, 0 },
	/* the Monday before May 25: a week before May's last Monday */
	[H_VICTORIA] = { 5, 0, 1, -1, -7 },
	[H_CANADA_THANKSGIVING] = { 10, 0, 1, 2, 0 },
	[H_MADARAKA] = { 6, 1, 0, 0, 0 },
	[H_MASHUJAA] = { 10, 20, 0, 0, 0 },
	[H_JAMHURI] = { 12, 12, 0, 0, 0 },
	[H_PAKISTAN_INDEPENDENCE] = { 8, 14, 0, 0, 0 },
};

/*
 * Is the article from an Indian site: its source or its URL's host
 * ends in ".in" ("indiatoday.in") or names India
 * ("timesofindia.indiatimes.com", "indianexpress.com")?  The loops are
 * bounded by the name's length.
 */
static int
india_host(struct str s)
{
	size_t k, n = s.len, start = 0, end;

	if (s.p == NULL)
		return 0;
	/* the host of a URL: after "//", to the next '/' */
	for (k = 0; k + 1 < n; k++)
		if (s.p[k] == '/' && s.p[k + 1] == '/') {
			start = k + 2;
			break;
		}
	for (end = start; end < n && s.p[end] != '/' && s.p[end] != ':';
	    end++)
		;
	if (end - start >= 3 && s.p[end - 3] == '.' &&
	    (s.p[end - 2] | 0x20) == 'i' && (s.p[end - 1] | 0x20) == 'n')
		return 1;
	for (k = start; k + 5 <= end; k++)
		if (strncasecmp(s.p + k, "india", 5) == 0)
			return 1;
	return 0;
}

/* Asked only at an "Independence Day" or "Republic Day" that names no
 * country: read at every article, the names cost more than the whole
 * rule. */
static int
india_source(struct ctx *c)
{
	if (c->india_pub < 0)
		c->india_pub = india_host(c->source) || india_host(c->url);
	return c->india_pub;
}

/* Does token t name India ("India", "Indian", "Indians", "Delhi")? */
static int
india_word(const struct tok *t)
{
	return t->cap && (W(t, india) || W(t, indian) || W(t, indians) ||
	    W(t, delhi));
}

/* Words for the US, whose Independence Day (July 4) Indian sites cover
 * too: "Americans celebrated Independence Day", "Indian Americans
 * marked Independence Day". */
static const union wkey us_words[] = { { "america" }, { "american" },
	{ "americans" }, { "" } };
/* and "the United States", "the White House" (review F3) */
static const union wkey united_white[] = { { "united" }, { "white" },
	{ "" } };
static const union wkey states_house[] = { { "states" }, { "house" },
	{ "" } };

/* Does token k name the US: a capitalized word of us_words, "United
 * States", "White House", "July 4" (the US day itself: "marked
 * Independence Day on July 4"; the month alone is not, "rehearsals
 * through July" prepare India's), "U.S." or "US" written in capitals
 * (the pronoun "us" is not)? */
static int
us_word(struct ctx *c, long k)
{
	const struct tok *t = tk(c, k);

	if (!t->cap || t->kind != TK_WORD)
		return 0;
	if (tok_among(t, us_words))
		return 1;
	if (W(t, july))
		return is_num(tk(c, k + 1), 1, 1) && tk(c, k + 1)->num == 4;
	if (tok_among(t, united_white) && tk(c, k + 1)->cap &&
	    tok_among(tk(c, k + 1), states_house))
		return 1;
	return t->low[0] == 'u' && ((t->low[1] == '\0' &&
	    P(tk(c, k + 1), '.') && W(tk(c, k + 2), s)) ||
	    (t->low[1] == 's' && t->low[2] == '\0' &&
	    t->end - t->start == 2 && c->sc.s[t->start + 1] == 'S'));
}

/* No country named: a distance past any within the window. */
#define COUNTRY_NONE	(INDIA_BACK + INDIA_AHEAD + 1)

/* How many tokens from the day at tokens [i, i + 2) to the nearest word
 * of its sentence naming India (india_word()) or, with !india, the US
 * (us_word()), within INDIA_BACK tokens before or INDIA_AHEAD after;
 * COUNTRY_NONE when there is none. */
static long
country_near(struct ctx *c, long i, int india)
{
	long k, best = COUNTRY_NONE;

	for (k = i - 1; k >= i - INDIA_BACK && !is_sentence_end(tk(c, k));
	    k--)
		if (india ? india_word(tk(c, k)) : us_word(c, k)) {
			best = i - k;
			break;
		}
	for (k = i + 2; k < i + 2 + INDIA_AHEAD && k - (i + 1) < best &&
	    !is_sentence_end(tk(c, k)); k++)
		if (india ? india_word(tk(c, k)) : us_word(c, k))
			return k - (i + 1);
	return best;
}

/*
 * Is the "Independence Day" or "Republic Day" at tokens [i, i + 2)
 * India's: named with its country right before it ("India's", "India's
 * 79th", "Indian": *start, the first token of the name) or after it
 * ("of India": *end past it), or in a sentence that names India within
 * INDIA_BACK tokens before or INDIA_AHEAD after ("India celebrated its
 * 77th Republic Day", "Independence Day celebrations in New Delhi"), or
 * in an article from an Indian site when the sentence names no US
 * (country_near(): "Americans celebrated Independence Day" on an
 * Indian site is July 4)?  The US Independence Day is July 4,
 * and Republic Day is Turkey's Oct. 29 and Italy's June 2 too: with
 * no sign of India the one is the US day and the other none.
 */
static int
india_day(struct ctx *c, long i, long *start, long *end)
{
	long k = i - 1, india, us;

	*start = i;
	*end = i + 2;
	/* "India's 79th": the ordinal's number and suffix */
	if (dt_ord_suffix(c, k) > 0 && is_num(tk(c, k - 1), 1, 3))
		k -= 2;
	if (india_word(tk(c, k)) && W(tk(c, k), indian)) {
		*start = k;
		return 1;
	}
	if (W(tk(c, k), s) && adj(tk(c, k)) && P(tk(c, k - 1), '\'') &&
	    adj(tk(c, k - 1)) && W(tk(c, k - 2), india) &&
	    tk(c, k - 2)->cap) {
		*start = k - 2;
		return 1;
	}
	if (W(tk(c, i + 2), of) && W(tk(c, i + 3), india) &&
	    tk(c, i + 3)->cap) {
		*end = i + 4;
		return 1;
	}
	/* The sentence's country nearest the day decides ("The White House
	 * wished India a happy Independence Day" is India's; "Indian
	 * Americans marked Independence Day" the US's); a sentence naming
	 * only the US is about its day on an Indian site too (review F11) */
	india = country_near(c, i, 1);
	us = country_near(c, i, 0);
	if (india < us)
		return 1;
	return us == COUNTRY_NONE && india_source(c);
}

/*
 * The words that place a sentence in Pakistan or in Canada, whose
 * Independence Day (Aug. 14) and Thanksgiving (October's second Monday)
 * are not the US days: the country, its people, its capital and its
 * biggest cities, as datelines and leads name them ("ISLAMABAD: The
 * federal government has announced a public holiday ... to mark
 * Independence Day", "TORONTO - Grocery prices for Thanksgiving
 * dinner").  Compared as keys, only at those two days.
 */
static const union wkey pakistan_words[] = { { "pakistan" },
	{ "pakistani" }, { "pakistanis" }, { "islamabad" }, { "karachi" },
	{ "lahore" }, { "peshawar" }, { "rawalpindi" }, { "quetta" },
	{ "" } };
static const union wkey canada_words[] = { { "canadian" },
	{ "canadians" }, { "ottawa" }, { "toronto" }, { "montreal" },
	{ "vancouver" }, { "ontario" }, { "quebec" }, { "alberta" },
	{ "calgary" }, { "edmonton" }, { "winnipeg" }, { "halifax" },
	{ "" } };

/* How far back in its sentence a place's word is looked for: a
 * dateline and a lead of two dozen words before the day. */
#define PLACE_BACK	24
_Static_assert(PLACE_BACK <= LOOKBEHIND_MAX,
    "a place's word is read back within the ring");

/* Does the sentence of the day at tokens [i, i + 2) name a place of
 * ws (or, for Canada, the lexicon's "Canada"), within PLACE_BACK
 * tokens before or INDIA_AHEAD after? */
static int
place_near(struct ctx *c, long i, const union wkey *ws)
{
	const struct tok *t;
	long k;

	for (k = i - 1; k >= i - PLACE_BACK && !is_sentence_end(tk(c, k));
	    k--) {
		t = tk(c, k);
		if (t->cap && (tok_among(t, ws) || (ws == canada_words &&
		    W(t, canada))))
			return 1;
	}
	for (k = i + 2; k < i + 2 + INDIA_AHEAD &&
	    !is_sentence_end(tk(c, k)); k++) {
		t = tk(c, k);
		if (t->cap && (tok_among(t, ws) || (ws == canada_words &&
		    W(t, canada))))
			return 1;
	}
	return 0;
}

/* Tokens of a name of Korea's Liberation Day at token i, else 0. */
static size_t
korea_liberation(struct ctx *c, long i)
{
	long j = i;

	if (W(tk(c, j), korea) && P(tk(c, j + 1), '\'') &&
	    adj(tk(c, j + 1)) && W(tk(c, j + 2), s) && adj(tk(c, j + 2)))
		j += 3;
	else if (W(tk(c, j), korean))
		j++;
	if (W(tk(c, j), national) && tk(c, j)->cap)
		j++;
	if (!W(tk(c, j), liberation) || !tk(c, j)->cap ||
	    !W(tk(c, j + 1), day) || !tk(c, j + 1)->cap)
		return 0;
	j += 2;
	if (j - i > 2 && !W(tk(c, i), national))
		return (size_t)(j - i);
	if (W(tk(c, j), of) && W(tk(c, j + 1), korea))
		return (size_t)(j + 2 - i);
	return 0;
}

/* Holidays named by one word before "Day" ("Labor Day", "Veterans'
 * Day", "Valentine's Day"). */
static const struct {
	uint16_t	 w;
	enum holiday	 h;
} holiday_day_words[] = {
	{ DW_election, H_ELECTION },
	{ DW_memorial, H_MEMORIAL },
	{ DW_labor, H_LABOR },
	{ DW_columbus, H_COLUMBUS },
	{ DW_presidents, H_PRESIDENTS },
	{ DW_independence, H_INDEPENDENCE },
	{ DW_veterans, H_VETERANS },
	{ DW_valentine, H_VALENTINE },
	{ DW_thanksgiving, H_THANKSGIVING },
	{ DW_christmas, H_CHRISTMAS },
	{ DW_boxing, H_BOXING },
	{ DW_groundhog, H_GROUNDHOG },
	{ DW_remembrance, H_REMEMBRANCE },
	{ DW_armistice, H_REMEMBRANCE },
	{ DW_canada, H_CANADA },
	{ DW_bastille, H_BASTILLE },
	{ DW_australia, H_AUSTRALIA },
	{ DW_anzac, H_ANZAC },
	{ DW_earth, H_EARTH },
	{ DW_flag, H_FLAG },
	{ DW_mother, H_MOTHERS },
	{ DW_father, H_FATHERS },
	{ DW_patrick, H_ST_PATRICK },
	{ DW_saints, H_ALL_SAINTS },
	{ DW_andrew, H_ST_ANDREW },
	{ DW_ascension, H_ASCENSION },
	{ DW_may, H_MAY_DAY },
	{ DW_waitangi, H_WAITANGI },
	{ DW_victoria, H_VICTORIA },
	{ DW_madaraka, H_MADARAKA },
	{ DW_mashujaa, H_MASHUJAA },
	{ DW_jamhuri, H_JAMHURI },
};


/* "Martin Luther King Jr. Day", "Martin Luther King Day", "MLK Day":
 * tokens to the end of "Day" at token i, else 0. */
static long
mlk_day(struct ctx *c, long i)
{
	long j = i;

	if (W(tk(c, j), mlk))
		j++;
	else if (W(tk(c, j), martin) && W(tk(c, j + 1), luther) &&
	    W(tk(c, j + 2), king) && tk(c, j + 2)->cap) {
		j += 3;
		if (W(tk(c, j), jr)) {
			j++;
			if (P(tk(c, j), '.') && adj(tk(c, j)))
				j++;
		}
	} else
		return 0;
	if (!W(tk(c, j), day) || !tk(c, j)->cap)
		return 0;
	return j + 1 - i;
}

/*
 * The words a holiday's name opens on, tested first: dates_lexicon_new()
 * leaves dt_holiday() out of the rule set of every other word (so a new
 * first word of a holiday goes here).
 */
int
dt_holiday_opens(const struct tok *t)
{
	size_t k;

	if (W(t, new) || W(t, korea) || W(t, korean) || W(t, national) ||
	    W(t, republic) ||
	    W(t, liberation) || W(t, christmas) || W(t, halloween) ||
	    W(t, fourth) || W(t, easter) || W(t, st) || W(t, saint) ||
	    W(t, juneteenth) || W(t, pentecost) || W(t, whitsun) ||
	    W(t, hogmanay) ||
	    W(t, martin) || W(t, mlk))
		return 1;
	for (k = 0; k < sizeof(holiday_day_words) /
	    sizeof(holiday_day_words[0]); k++)
		if (holiday_day_words[k].w == t->wid)
			return 1;
	for (k = 0; k < sizeof(holiday_wday_words) /
	    sizeof(holiday_wday_words[0]); k++)
		if (holiday_wday_words[k].w == t->wid)
			return 1;
	return 0;
}

/* Easter Sunday of year y (Gregorian; the anonymous algorithm). */
static struct cal_date
easter_sunday(int y)
{
	int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3;
	int hh = (19 * a + b - d - g + 15) % 30, ii = cc / 4, k = cc % 4;
	int l = (32 + 2 * e + 2 * ii - hh - k) % 7;
	int m = (a + 11 * hh + 22 * l) / 451;

	return (struct cal_date){ y, (hh + l - 7 * m + 114) / 31,
	    (hh + l - 7 * m + 114) % 31 + 1 };
}

/* The day of holiday hol in year y. */
static struct cal_date
holiday_date(enum holiday hol, int y)
{
	struct cal_date d;
	int m = holiday_rule[hol].m, wd = holiday_rule[hol].wd, last;

	if (m == 0)
		d = easter_sunday(y);
	else if (wd == 0)
		d = (struct cal_date){ y, m, holiday_rule[hol].d };
	else if (holiday_rule[hol].n > 0)
		d = (struct cal_date){ y, m, 1 + (wd - cal_weekday(y, m, 1) +
		    7) % 7 + 7 * (holiday_rule[hol].n - 1) };
	else {
		last = cal_days_in_month(y, m);
		d = (struct cal_date){ y, m, last -
		    (cal_weekday(y, m, last) - wd + 7) % 7 };
	}
	return cal_add_days(d, holiday_rule[hol].off);
}

/*
 * Which Thanksgiving is the one at token i (its name ending before
 * *end): Canada's, October's second Monday, when "Canadian" comes
 * before it, "Monday" after it (the US day is a Thursday: "Thanksgiving
 * Monday, Oct. 13", the span taking the weekday), or its sentence
 * places it in Canada (place_near()); else the US day.
 */
static enum holiday
thanksgiving(struct ctx *c, long i, long *end)
{
	static const union wkey canadian[] = { { "canadian" }, { "" } };

	if (W(tk(c, *end), monday) && tk(c, *end)->cap) {
		(*end)++;
		return H_CANADA_THANKSGIVING;
	}
	if ((tk(c, i - 1)->cap && tok_among(tk(c, i - 1), canadian)) ||
	    place_near(c, i, canada_words))
		return H_CANADA_THANKSGIVING;
	return H_THANKSGIVING;
}

/*
 * The holiday named at token i: Christmas (Day, Eve), New Year's Day
 * and Eve, Thanksgiving (Day), Election Day, Labor Day and the others of
 * holiday_day_words, Halloween, the Fourth of July, Easter (Sunday,
 * Monday, week), India's Independence Day and Republic Day.
 * Capitalized, as names are.  *start: its first token (before i for
 * "India's Independence Day", whose rule opens on "Independence"),
 * *end: the token after it.
 */
enum holiday
dt_holiday_at(struct ctx *c, long i, long *start, long *end)
{
	const struct tok *t = tk(c, i);
	long j = i + 1, s;
	size_t k;

	*start = i;

	if (!t->cap || t->kind != TK_WORD)
		return H_NONE;
	if (W(t, new) && W(tk(c, j), year) && P(tk(c, j + 1), '\'') &&
	    W(tk(c, j + 2), s) && (W(tk(c, j + 3), day) ||
	    W(tk(c, j + 3), eve))) {
		*end = j + 4;
		return W(tk(c, j + 3), day) ? H_NEW_YEAR : H_NEW_YEAR_EVE;
	}
	/* Korea's Liberation Day (Aug. 15), named with its country:
	 * "Korea's Liberation Day", "Korean Liberation Day", "(National)
	 * Liberation Day of Korea".  Other countries keep theirs on other
	 * days (the Netherlands May 5, Italy April 25), so a "Liberation
	 * Day" that names no country is left alone. */
	if ((k = korea_liberation(c, i)) > 0) {
		*end = i + (long)k;
		return H_KOREA_LIBERATION;
	}
	/* another country's ("Pakistan's Independence Day", Aug. 14; the
	 * span from the country's name): no day this list knows but
	 * Pakistan's; "America's" is the US July 4 (review F3) */
	if (W(t, independence) && W(tk(c, i - 1), s) && adj(tk(c, i - 1)) &&
	    P(tk(c, i - 2), '\'') && tk(c, i - 3)->cap &&
	    tk(c, i - 3)->kind == TK_WORD && !W(tk(c, i - 3), india) &&
	    !us_word(c, i - 3)) {
		if (!tok_among(tk(c, i - 3), pakistan_words) ||
		    !W(tk(c, j), day) || !tk(c, j)->cap)
			return H_NONE;
		*start = i - 3;
		*end = j + 1;
		return H_PAKISTAN_INDEPENDENCE;
	}
	/* India's Independence Day (Aug. 15) and Republic Day (Jan. 26),
	 * where the text says they are India's (india_day()); the span
	 * from the country's name when it is written with the day */
	if ((W(t, independence) || W(t, republic)) && W(tk(c, j), day) &&
	    tk(c, j)->cap && india_day(c, i, &s, end)) {
		*start = s;
		return W(t, independence) ? H_INDIA_INDEPENDENCE :
		    H_INDIA_REPUBLIC;
	}
	/* and Pakistan's, where its sentence names Pakistan and no US */
	if (W(t, independence) && W(tk(c, j), day) && tk(c, j)->cap &&
	    place_near(c, i, pakistan_words) &&
	    country_near(c, i, 0) == COUNTRY_NONE) {
		*end = j + 1;
		return H_PAKISTAN_INDEPENDENCE;
	}
	if (W(t, christmas) && W(tk(c, j), eve)) {
		*end = j + 1;
		return H_CHRISTMAS_EVE;
	}
	if (W(t, halloween)) {
		*end = j;
		return H_HALLOWEEN;
	}
	if (W(t, fourth) && W(tk(c, j), of) && W(tk(c, j + 1), july) &&
	    tk(c, j + 1)->cap) {
		*end = j + 2;
		return H_INDEPENDENCE;
	}
	for (k = 0; k < sizeof(holiday_wday_words) /
	    sizeof(holiday_wday_words[0]); k++)
		if (holiday_wday_words[k].w == t->wid &&
		    tk(c, j)->wid == holiday_wday_words[k].wday &&
		    tk(c, j)->cap) {
			/* the Good Friday Agreement is Belfast's of 1998 */
			if (W(tk(c, j + 1), agreement) ||
			    W(tk(c, j + 1), accord) || W(tk(c, j + 1), accords))
				return H_NONE;
			*end = j + 1;
			return holiday_wday_words[k].h;
		}
	if (W(t, juneteenth) || W(t, pentecost) || W(t, whitsun)) {
		*end = j;
		return W(t, juneteenth) ? H_JUNETEENTH : H_PENTECOST;
	}
	/* Scotland's and Britain's New Year's Eve */
	if (W(t, hogmanay)) {
		*end = j;
		return H_NEW_YEAR_EVE;
	}
	if ((k = (size_t)mlk_day(c, i)) > 0) {
		*end = i + (long)k;
		return H_MLK;
	}
	/* "St. Patrick's Day", "Saint Patrick's Day", "St Andrew's Day":
	 * the saint's title is the name's */
	if ((W(t, st) || W(t, saint)) && tk(c, j)->kind != TK_NONE) {
		if (W(t, st) && P(tk(c, j), '.') && adj(tk(c, j)))
			j++;
		if (!(W(tk(c, j), patrick) || W(tk(c, j), andrew)) ||
		    !tk(c, j)->cap)
			return H_NONE;
		t = tk(c, j++);
	}
	if (W(t, easter)) {
		/* not "Easter Island" */
		if (tk(c, j)->cap && !W(tk(c, j), sunday) &&
		    !W(tk(c, j), monday))
			return H_NONE;
		*end = j + 1;
		if (W(tk(c, j), monday))
			return H_EASTER_MONDAY;
		if (W(tk(c, j), week))
			return H_EASTER_WEEK;
		if (!W(tk(c, j), sunday))
			*end = j;
		return H_EASTER;
	}
	for (k = 0; k < sizeof(holiday_day_words) /
	    sizeof(holiday_day_words[0]); k++)
		if (holiday_day_words[k].w == t->wid)
			break;
	if (k == sizeof(holiday_day_words) / sizeof(holiday_day_words[0]))
		return H_NONE;
	/* "All Saints' Day": "All", a word the gate skips, is read back
	 * by dt_holiday() */
	if (holiday_day_words[k].h == H_ALL_SAINTS &&
	    !(W(tk(c, i - 1), all) && tk(c, i - 1)->cap))
		return H_NONE;
	/* Veterans' Day, Valentine's Day, Presidents' Day */
	if (P(tk(c, j), '\'') && adj(tk(c, j))) {
		j++;
		if (W(tk(c, j), s) && adj(tk(c, j)))
			j++;
	}
	/* "May Day" both capitalized: "May day by day" is the month; and
	 * Andrew's day only with its saint ("Prince Andrew's day in
	 * court") */
	if (holiday_day_words[k].h == H_ST_ANDREW && !W(tk(c, i), st) &&
	    !W(tk(c, i), saint))
		return H_NONE;
	if (W(tk(c, j), day) && (holiday_day_words[k].h != H_MAY_DAY ||
	    (j == i + 1 && tk(c, j)->cap))) {
		*end = j + 1;
		if (holiday_day_words[k].h == H_THANKSGIVING)
			return thanksgiving(c, i, end);
		return holiday_day_words[k].h;
	}
	/* Christmas and Thanksgiving need no "Day" */
	if (j == i + 1 && (holiday_day_words[k].h == H_CHRISTMAS ||
	    holiday_day_words[k].h == H_THANKSGIVING)) {
		*end = j;
		if (holiday_day_words[k].h == H_THANKSGIVING)
			return thanksgiving(c, i, end);
		return holiday_day_words[k].h;
	}
	return H_NONE;
}

/* The value of holiday hol in year y (0: unknown, X-ed out). */
void
dt_holiday_value(struct hit *h, enum holiday hol, int y)
{
	struct cal_date d;

	h->type = TIMEX_DATE;
	if (y == 0) {
		if (hol == H_EASTER_WEEK)
			dt_hit_set(h, TIMEX_DATE, "XXXX-WXX");
		else if (holiday_rule[hol].m == 0)
			/* a moving day is not known without its year */
			dt_hit_set(h, TIMEX_DATE, "XXXX");
		else if (holiday_rule[hol].wd != 0)
			dt_hit_set(h, TIMEX_DATE, "XXXX-%02d",
			    holiday_rule[hol].m);
		else
			dt_hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d",
			    holiday_rule[hol].m, holiday_rule[hol].d);
		return;
	}
	d = holiday_date(hol, y);
	dt_fmt_gran(h->value, sizeof(h->value), 1, d,
	    hol == H_EASTER_WEEK ? G_WEEK : G_DAY);
}

/* The year whose holiday hol (at token i) falls nearest the
 * publication date; the tense moves one further than a season away, as
 * it moves a month and day (dt_month_day_year(): "The church was full
 * on Easter Sunday", written in December, is the Easter past). */
static int
holiday_near_year(struct ctx *c, long i, enum holiday hol)
{
	struct cal_date cand[3];
	int64_t diff;
	int k, y;

	/* a history's paragraph: its year ("In the summer of 1914, war
	 * broke out. By Christmas"), when the holiday falls in it */
	if (dt_story_year(c) != 0 &&
	    holiday_date(hol, dt_story_year(c)).year != 0)
		return dt_story_year(c);
	for (k = 0; k < 3; k++)
		cand[k] = holiday_date(hol, c->pub.year - 1 + k);
	y = dt_nearest_of(c->pub, cand);
	if (c->narrative || c->pub_gran != G_DAY)
		return y;
	diff = cal_diff_days(c->pub, holiday_date(hol, y));
	if (diff > MONTH_DAY_SURE && holiday_date(hol, y - 1).year != 0 &&
	    dt_tense(c, i) < 0)
		return y - 1;
	if (diff < -MONTH_DAY_SURE && holiday_date(hol, y + 1).year != 0 &&
	    dt_tense(c, i) > 0)
		return y + 1;
	return y;
}

/* The year of "last Christmas" (rel < 0: the one before publication),
 * "this Christmas" (0), "next Christmas" (after). */
int
dt_holiday_rel_year(struct ctx *c, enum holiday hol, int rel)
{
	int y = c->pub.year;
	int64_t diff = cal_diff_days(c->pub, holiday_date(hol, y));

	if (rel < 0 && diff >= 0)
		y--;
	else if (rel > 0 && diff <= 0)
		y++;
	return y;
}

/* A holiday, with its year if one follows ("Christmas 1998"), else in
 * the year that puts it nearest the publication date. */
long
dt_holiday(struct ctx *c, long i, struct hit *h)
{
	enum holiday hol;
	long first, j, k;
	int y;

	if ((hol = dt_holiday_at(c, i, &first, &j)) == H_NONE)
		return 0;
	if (dt_year_tok(c, j)) {
		y = tk(c, j)->num;
		j++;
	} else if ((k = dt_rel_year_after(c, j, &y)) > 0)
		j += k;		/* "Christmas last year" */
	else if (dt_recurring(c, i, j))
		y = 0;		/* "..., celebrated annually": any year's */
	else
		y = c->has_pub ? holiday_near_year(c, i, hol) : 0;
	dt_span(h, c, i, j);
	if (hol == H_ALL_SAINTS)
		h->start = tk(c, i - 1)->start;
	else if (first < i)		/* "India's Independence Day" */
		h->start = tk(c, first)->start;
	dt_holiday_value(h, hol, y);
	return h->ntok;
}
