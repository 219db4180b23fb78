/*
 * numbers.c — rules on numbers and years: numeric dates (2016-08-15,
 * 8/15/98), years (1998, fiscal 1989, mid-1990), ranges of years
 * (2009-2010, 1850-58) and the year ending a range of months, two-digit
 * years ('58), spelled years (nineteen ninety-four, the year two
 * thousand), decades and centuries (the 1990s, the '80s, the sixties,
 * the 20th century).
 */
#include <stdio.h>
#include <string.h>

#include "dates_private.h"

/*
 * After a month at token i - 1: "to July 2009", "- July, 2009", "and
 * July of 2009", "through July 2009": the year that ends the range, or 0.
 */
int
dt_range_year(struct ctx *c, long i)
{
	const struct lex *lx;
	long j = i + 1;

	if (!(W(tk(c, i), to) || W(tk(c, i), through) ||
	    W(tk(c, i), and) || W(tk(c, i), or) || P(tk(c, i), '-')))
		return 0;
	if ((lx = L(tk(c, j), C_MONTH)) == NULL || !tk(c, j)->cap)
		return 0;
	j++;
	if (P(tk(c, j), '.') && (lx->flags & F_ABBR))
		j++;
	if (P(tk(c, j), ',') || W(tk(c, j), of))
		j++;
	return dt_year_tok(c, j) ? tk(c, j)->num : 0;
}

/*
 * '58, '99: a year with its century left out, after an apostrophe that
 * opens it (not a closing quote glued to a word); the century that puts
 * it at most YEAR_AHEAD_MAX years after the publication (or 20xx up to
 * 2029 without a date).  "the '80s" is r_decade's.
 */
/* The year of a two-digit year yy: the century that puts it at most
 * YEAR_AHEAD_MAX years after publication. */
int
dt_century_of(struct ctx *c, int yy)
{
	int cur = c->has_pub ? c->pub.year : 2000 + YEAR_AHEAD_MAX;
	int y = (cur / 100) * 100 + yy;

	return y > cur + YEAR_AHEAD_MAX ? y - 100 : y;
}

long
dt_short_year(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 1);
	int y;

	if (!P(t, '\'') || !t->sp || !is_num(n, 2, 2) || !adj(n))
		return 0;
	if (adj(tk(c, i + 2)) && (tk(c, i + 2)->kind == TK_WORD ||
	    tk(c, i + 2)->kind == TK_NUM || P(tk(c, i + 2), '\'') ||
	    P(tk(c, i + 2), '-')))
		return 0;
	y = dt_century_of(c, n->num);
	dt_span(h, c, i, i + 2);
	dt_hit_set(h, TIMEX_DATE, "%04d", y);
	return h->ntok;
}

/*
 * 2009-2010, 1850-58: a range of years; the first end here, the second
 * marked so r_year takes it though a dash glues it to the first.
 */
/*
 * The next year glued after year y at token j as a split year's second
 * half ("2023-24", "1999-00", "2015-2016", "2023/24"): its tokens (2),
 * else 0.
 */
static long
split_year_end(struct ctx *c, long j, int y)
{
	const struct tok *d = tk(c, j), *n = tk(c, j + 1), *a = tk(c, j + 2);

	if (!(P(d, '-') || P(d, '/')) || !adj(d) || !adj(n) || (adj(a) &&
	    (a->kind == TK_NUM || a->kind == TK_WORD || P(a, '-'))))
		return 0;
	if (is_num(n, 2, 2) && n->num == (y + 1) % 100)
		return 2;
	if (is_num(n, 4, 4) && n->num == y + 1)
		return 2;
	return 0;
}

/* The sports pages' word for a season, compared as a key: listed in
 * words.def it would cost the scanner at each of the many campaigns of
 * politics (the split year that asks is rare). */
static const union wkey campaign[] = { { "campaign" }, { "" } };

/* Words after a split year that make it one year of accounts, of school
 * or of sport ("the 2023-24 financial year", "the 2015-16 season", the
 * sports pages' "2025/26 campaign"):
 * their tokens, else 0. */
static long
split_year_noun(struct ctx *c, long j)
{
	const struct tok *t = tk(c, j);

	if (W(t, season) || tok_among(t, campaign))
		return 1;
	if ((W(t, fiscal) || W(t, financial) || W(t, school) ||
	    W(t, academic) || W(t, tax) || W(t, budget)) &&
	    W(tk(c, j + 1), year))
		return 2;
	return 0;
}

/*
 * Is the noun split_year_noun() read at token j one of accounts ("the
 * 2026-27 financial year", "the 2026/27 tax year")?  A year of accounts
 * is named by the year it ends in: India's FY2026-27 is "FY27", a UK
 * or Australian company's 2026/27 year is its "FY27", as the US
 * "fiscal 2027" ends in 2027 (TimeBank values "fiscal 1990" by that
 * label).  A season or a school year keeps the year it starts in.
 */
static int
split_year_accounts(struct ctx *c, long j)
{
	const struct tok *t = tk(c, j);

	return W(t, fiscal) || W(t, financial) || W(t, tax) || W(t, budget);
}

/* The most capitalized words of a league's or a cup's name between a
 * split year and its season ("the 2023-24 Premier League season", "the
 * 2022-23 UEFA Champions League season"). */
#define LEAGUE_NAME_MAX	3

/*
 * A sport's season after a split year across a league's name: "the
 * 2023-24 Premier League season", "the 2022-23 Champions League
 * campaign".  Does one follow token j?  The year alone is the timex:
 * the name stands between it and its noun.
 */
static int
split_year_season(struct ctx *c, long j)
{
	long k;

	for (k = 0; k < LEAGUE_NAME_MAX && tk(c, j + k)->kind == TK_WORD &&
	    tk(c, j + k)->cap; k++)
		;
	return k > 0 && (W(tk(c, j + k), season) ||
	    tok_among(tk(c, j + k), campaign));
}

/* The words after "fiscal" that make it the noun, Indian news's name of
 * the year of accounts ("in the 2026-27 fiscal, revenue", "the 2025-26
 * fiscal and the next", "the 2026-27 fiscal ended"); before another
 * word it is the adjective ("the 2026-27 fiscal deficit"). */
static const uint8_t fiscal_noun_next[DW_COUNT] = {
	IN(and), IN(or), IN(to), IN(in), IN(is), IN(was), IN(will), IN(as),
	IN(on), IN(at), IN(for), IN(from), IN(by), IN(ended), IN(ending),
	IN(that), IN(so), IN(had), IN(would)
};

/* Is "fiscal" before token n the noun (fiscal_noun_next[])?  Asked by
 * relative.c for "this fiscal", "the current fiscal" too. */
int
dt_fiscal_noun(const struct tok *n)
{
	return n->kind != TK_WORD || WL(n, fiscal_noun_next);
}

/* The label of the year of accounts that holds date d, moved by rel
 * years: the year it ends in (dates_private.h, FISCAL_END_CALENDAR),
 * as "FY27" and "fiscal 2027" name it. */
int
dt_fiscal_label(struct ctx *c, struct cal_date d, int rel)
{
	return d.year + (d.month > c->fiscal_end) + rel;
}

/* The words a bare "2025/26" follows as a year of accounts. */
static const uint8_t split_year_before[DW_COUNT] = {
	IN(in), IN(for), IN(of), IN(the), IN(during), IN(since), IN(from),
	IN(to), IN(by), IN(over), IN(until), IN(through), IN(and)
};

/* What dt_year_range() reads after a number: the mark of 2009-2010,
 * 2023/24. */
int
dt_year_range_after_num(const struct tok *n)
{
	return P(n, '-') || P(n, '/');
}

long
dt_year_range(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *d = tk(c, i + 1), *n = tk(c, i + 2);
	long k;
	int y2;

	if (!is_num(t, 4, 4) || t->num < YEAR_LIKELY_MIN ||
	    t->num > YEAR_MAX || !(P(d, '-') || P(d, '/')) || !adj(d) ||
	    !adj(n) || dt_num_embedded_before(c, i))
		return 0;
	/* "the 2023-24 financial year", "the 2015-16 season", "the
	 * 2023/24 season": one year of accounts or of sport; a season is
	 * valued by the year it starts in (as a winter is), a year of
	 * accounts by the year it ends in, its label (FY24) */
	if (split_year_end(c, i + 1, t->num) > 0 &&
	    (k = split_year_noun(c, i + 3)) > 0) {
		dt_span(h, c, i, i + 3 + k);
		dt_hit_set(h, TIMEX_DATE, "%04d", t->num +
		    split_year_accounts(c, i + 3));
		if (split_year_accounts(c, i + 3))
			c->fiscal_end = FISCAL_END_SPLIT;
		return h->ntok;
	}
	/* "the 2026-27 fiscal" (Indian news's noun): the year of accounts,
	 * valued as above; before another noun ("the 2026-27 fiscal
	 * deficit") the split year alone is it */
	if (split_year_end(c, i + 1, t->num) > 0 && W(tk(c, i + 3), fiscal)) {
		n = tk(c, i + 4);
		dt_span(h, c, i, dt_fiscal_noun(n) ? i + 4 : i + 3);
		dt_hit_set(h, TIMEX_DATE, "%04d", t->num + 1);
		c->fiscal_end = FISCAL_END_SPLIT;
		return h->ntok;
	}
	/* the year alone when a league's name stands between it and its
	 * season */
	if (split_year_end(c, i + 1, t->num) > 0 &&
	    split_year_season(c, i + 3)) {
		dt_span(h, c, i, i + 3);
		dt_hit_set(h, TIMEX_DATE, "%04d", t->num);
		return h->ntok;
	}
	/* "profit for 2025/26", "in 2024/25": a year of accounts as UK
	 * outlets write it, one timex valued as above, after a word that
	 * takes a time; not a number of a law or a case ("Directive
	 * 2013/14/EU", "Case 2023/24") */
	if (P(d, '/')) {
		if (split_year_end(c, i + 1, t->num) == 0 ||
		    !WL(tk(c, i - 1), split_year_before) ||
		    (P(tk(c, i + 3), '/') && adj(tk(c, i + 3))))
			return 0;
		dt_span(h, c, i, i + 3);
		dt_hit_set(h, TIMEX_DATE, "%04d", t->num);
		return h->ntok;
	}
	if (is_num(n, 4, 4))
		y2 = n->num;
	else if (is_num(n, 2, 2))
		y2 = t->num / 100 * 100 + n->num;
	else
		return 0;
	if (y2 <= t->num || y2 - t->num > YEAR_RANGE_MAX ||
	    (adj(tk(c, i + 3)) && (tk(c, i + 3)->kind == TK_NUM ||
	    tk(c, i + 3)->kind == TK_WORD || P(tk(c, i + 3), '-'))))
		return 0;
	c->range_tok = i + 2;
	c->range_year = y2;
	c->range_month = c->range_day = 0;
	c->range_end = i + 3;
	dt_span(h, c, i, i + 1);
	dt_hit_set(h, TIMEX_DATE, "%04d", t->num);
	return h->ntok;
}

/* The second end of a range dt_year_range() or dt_month() found: a
 * year, or a day ("22" of "Aug. 20-22", with the year after it). */
long
dt_range_end(struct ctx *c, long i, struct hit *h)
{
	if (i != c->range_tok)
		return 0;
	dt_span(h, c, i, c->range_end);
	if (c->range_day == 0)
		dt_hit_set(h, TIMEX_DATE, "%04d", c->range_year);
	else if (c->range_year == 0)
		dt_hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d", c->range_month,
		    c->range_day);
	else
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", c->range_year,
		    c->range_month, c->range_day);
	return h->ntok;
}

/* Is token j the word w, glued to the token before it? */
static int
glued_word(struct ctx *c, long j, const char *w)
{
	const struct tok *t = tk(c, j);

	return t->kind == TK_WORD && adj(t) && strcmp(t->low, w) == 0;
}

/* Is token j a number of n digits below max, glued to the one before? */
static int
glued_num(struct ctx *c, long j, int n, int max)
{
	const struct tok *t = tk(c, j);

	return is_num(t, n, n) && adj(t) && t->num < max;
}

/*
 * The time of an ISO 8601 date-time after its date, at token j:
 * "T14:30", "T14:30:05", a fraction of the second (left out of the
 * value), then "Z" or an offset "+05:30".  Tokens used (0: none), the
 * value's time ("T14:30:05Z") in buf.
 */
static long
iso_time(struct ctx *c, long j, char *buf, size_t len)
{
	long k = j;
	int hh, mm, ss = -1, n;
	char zone[8] = "";

	if (!glued_word(c, k, "t") || !glued_num(c, k + 1, 2, 24) ||
	    !P(tk(c, k + 2), ':') || !adj(tk(c, k + 2)) ||
	    !glued_num(c, k + 3, 2, 60))
		return 0;
	hh = tk(c, k + 1)->num;
	mm = tk(c, k + 3)->num;
	k += 4;
	if (P(tk(c, k), ':') && adj(tk(c, k)) && glued_num(c, k + 1, 2, 61)) {
		ss = tk(c, k + 1)->num;
		k += 2;
		if (P(tk(c, k), '.') && adj(tk(c, k)) &&
		    tk(c, k + 1)->kind == TK_NUM && adj(tk(c, k + 1)))
			k += 2;
	}
	if (glued_word(c, k, "z")) {
		snprintf(zone, sizeof(zone), "Z");
		k++;
	} else if ((P(tk(c, k), '+') || P(tk(c, k), '-')) && adj(tk(c, k)) &&
	    glued_num(c, k + 1, 2, 15) && P(tk(c, k + 2), ':') &&
	    adj(tk(c, k + 2)) && glued_num(c, k + 3, 2, 60)) {
		n = tk(c, k + 1)->num * 60 + tk(c, k + 3)->num;
		snprintf(zone, sizeof(zone), n == 0 ? "Z" : "%c%02d:%02d",
		    P(tk(c, k), '-') ? '-' : '+', tk(c, k + 1)->num,
		    tk(c, k + 3)->num);
		k += 4;
	}
	if (ss >= 0)
		dt_fmt(buf, len, "T%02d:%02d:%02d%s", hh, mm, ss, zone);
	else
		dt_fmt(buf, len, "T%02d:%02d%s", hh, mm, zone);
	return k - j;
}

/* 2016-08-15, 8/15/2016, 8/15/98, 15/08/2016, 15.08.2016; ISO 8601's
 * date and time, 2016-08-15T14:30:00Z. */
/* What dt_numeric() reads after a number: the mark of 2016-08-17,
 * 8/17/2016, 17.08.2016. */
int
dt_numeric_after_num(const struct tok *n)
{
	return P(n, '-') || P(n, '/') || P(n, '.');
}

/*
 * Is the ambiguous numeric date a/b/y (both under 13) near the
 * publication only read day first: b-a within NUMERIC_NEAR_DAYS of it,
 * a-b not?  A page's dateline or "Last updated" line, and news of the
 * days just past, are the dates a page writes most.
 */
static int
day_first_near(struct ctx *c, int y, int a, int b)
{
	int64_t df, mf;

	if (!c->has_dct || !cal_valid(y, b, a) || !cal_valid(y, a, b))
		return 0;
	df = cal_diff_days(c->dct, (struct cal_date){ y, b, a });
	mf = cal_diff_days(c->dct, (struct cal_date){ y, a, b });
	return df <= NUMERIC_NEAR_DAYS && df >= -NUMERIC_NEAR_DAYS &&
	    (mf > NUMERIC_NEAR_DAYS || mf < -NUMERIC_NEAR_DAYS);
}

/*
 * What after "on 1/4" makes the figures a quantity: a unit of measure,
 * alone or after "a" ("on 1/4 acre", "on 1/2 an acre"), or odds ("on
 * 5/2 odds", "on 7/4 favourite").
 */
static const uint8_t measure_after[DW_COUNT] = {
	IN(acre), IN(acres), IN(hectare), IN(hectares), IN(inch),
	IN(inches), IN(mile), IN(miles), IN(feet), IN(yards), IN(pound),
	IN(pounds), IN(ounce), IN(ounces), IN(odds), IN(favourite),
	IN(favorite)
};

/* Words of a cricket scorecard: in their sentence "on 3/12" is a
 * bowler's figures or a score, wickets for runs. */
static const uint8_t cricket_words[DW_COUNT] = {
	IN(overs), IN(wicket), IN(wickets), IN(innings), IN(bowled),
	IN(stumps)
};

/*
 * Are the figures [i, i + 3) of "on N/M" a quantity, no date: a unit
 * or odds after them, or a cricket word in their sentence (GAME_BACK
 * behind, GAME_AHEAD ahead, as a game's quarter is read)?
 */
static int
fraction_quantity(struct ctx *c, long i)
{
	const struct tok *n = tk(c, i + 3);
	long k;

	if (WL(n, measure_after) || ((W(n, a) || W(n, an)) &&
	    WL(tk(c, i + 4), measure_after)))
		return 1;
	for (k = i - 1; k >= i - GAME_BACK && !is_sentence_end(tk(c, k));
	    k--)
		if (WL(tk(c, k), cricket_words))
			return 1;
	for (k = i + 3; k < i + 3 + GAME_AHEAD &&
	    !is_sentence_end(tk(c, k)); k++)
		if (WL(tk(c, k), cricket_words))
			return 1;
	return 0;
}

/*
 * "on 5/12": a month and day with no year, as US local news and
 * updates write it, only after "on" (elsewhere the figures are a
 * fraction, a ratio or a score: "eased 1/8", "5/12 from the field",
 * "24/7"); not before what makes it a share ("on 1/3 of the votes",
 * "on 3/4 percent"), nor "9/11", the attacks' name (their day is
 * 2001-09-11; the name is no date of the story), nor London's "7/7"
 * and Mumbai's "26/11" (review F2), nor "24/7" ("on
 * 24/7", round the clock, not July 24), nor a quantity (a unit, odds,
 * a cricket score: fraction_quantity()).  Month first, the US
 * order, as a full numeric date is, unless the text wrote one day first
 * (c->day_first); in the year the month and day take (nearest the
 * publication, or the tense's).  HeidelTime's English rules read no
 * bare M/D; this reads the one reading TimeML leaves no doubt about.
 * Out of line: rare, and asked only after "on" before a slash.
 */
/* Participles that schedule a date after "for" or "until" ("set for
 * 4/2", "postponed until 4/9"). */
static const union wkey sched_for[] = { { "scheduled" }, { "slated" },
	{ "rescheduled" }, { "" } };
static const union wkey sched_until[] = { { "postponed" },
	{ "adjourned" }, { "delayed" }, { "continued" }, { "" } };

/*
 * Does the word before the number at token i take a day: "on", or a
 * court's or a calendar's "set for", "scheduled for", "postponed until"
 * (US local news: "a status hearing is set for 4/2")?  A fraction is
 * nothing a hearing is set for.
 */
static int
slash_day_cue(struct ctx *c, long i)
{
	const struct tok *p = tk(c, i - 1), *q = tk(c, i - 2);
	const struct tok *n = tk(c, i + 3);

	if (W(p, on))
		return 1;
	/* the figures end their phrase: a mark, the text's end, or the
	 * hour or place of the day ("set for 1/2 price" is a share) */
	if (!(n->kind == TK_PUNCT || n->kind == TK_NONE || W(n, at) ||
	    W(n, in)))
		return 0;
	if (W(p, for))
		return W(q, set) || tok_among(q, sched_for);
	if (W(p, until))
		return tok_among(q, sched_until);
	return 0;
}

static __attribute__((noinline)) long
month_slash_day(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 3);
	int m = t->num, d = tk(c, i + 2)->num, y;

	if (!slash_day_cue(c, i) || !is_num(t, 1, 2) ||
	    !P(tk(c, i + 1), '/') || !adj(tk(c, i + 1)) ||
	    !is_num(tk(c, i + 2), 1, 2) || !adj(tk(c, i + 2)) ||
	    (m == 9 && d == 11) || (m == 7 && d == 7) || (m == 26 &&
	    d == 11) || (m == 24 && d == 7) || W(n, of) ||
	    W(n, percent) ||
	    (adj(n) && n->kind != TK_PUNCT) || (adj(n) && (P(n, '/') ||
	    P(n, '-') || P(n, '%') || (P(n, '.') &&
	    tk(c, i + 4)->kind == TK_NUM))) || fraction_quantity(c, i))
		return 0;
	if ((m > 12 && d <= 12) || (c->day_first && m <= 12 && d <= 12)) {
		m = d;
		d = t->num;
	}
	if (m < 1 || m > 12 || !cal_valid(LEAP_YEAR_ANY, m, d))
		return 0;
	dt_span(h, c, i, i + 3);
	if (!c->has_pub) {
		dt_hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d", m, d);
		return h->ntok;
	}
	y = dt_month_day_year(c, i, m, d);
	if (!cal_valid(y, m, d))
		return 0;
	dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
	return h->ntok;
}

/* Prepositions of time before a dotted date that make one-digit parts
 * a date ("apply from 1.1.2019", "born on 3.10.1990"): a version follows
 * a name or "version", not these. */
static const uint8_t dotted_before[DW_COUNT] = {
	IN(on), IN(from), IN(since), IN(until), IN(till), IN(before),
	IN(after)
};

long
dt_numeric(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *p = tk(c, i - 1);
	char tv[TIMEX_VALUE_MAX];
	long j, k;
	int y, m, d;

	if (t->kind != TK_NUM)
		return 0;
	if (adj(t) && (p->kind == TK_NUM || P(p, '-') || P(p, '/') ||
	    P(p, '.') || is_currency(p)))
		return 0;
	/* 2016-08-15, and the year first with slashes as Japanese,
	 * Chinese and South African outlets write it (2019/05/01; the
	 * same mark both times: "2015/16" is a split year) */
	if (is_num(t, 4, 4) && (P(tk(c, i + 1), '-') ||
	    P(tk(c, i + 1), '/')) && adj(tk(c, i + 1)) &&
	    is_num(tk(c, i + 2), 1, 2) && adj(tk(c, i + 2)) &&
	    P(tk(c, i + 3), tk(c, i + 1)->ch) && adj(tk(c, i + 3)) &&
	    is_num(tk(c, i + 4), 1, 2) && adj(tk(c, i + 4))) {
		y = t->num;
		m = tk(c, i + 2)->num;
		d = tk(c, i + 4)->num;
	} else if (is_num(t, 1, 2) && (P(tk(c, i + 1), '/') ||
	    P(tk(c, i + 1), '-')) && adj(tk(c, i + 1)) &&
	    is_num(tk(c, i + 2), 1, 2) && adj(tk(c, i + 2)) &&
	    P(tk(c, i + 3), tk(c, i + 1)->ch) && adj(tk(c, i + 3)) &&
	    (P(tk(c, i + 1), '/') ? is_num(tk(c, i + 4), 2, 2) ||
	    is_num(tk(c, i + 4), 4, 4) : is_num(t, 2, 2) &&
	    is_num(tk(c, i + 2), 2, 2) && is_num(tk(c, i + 4), 4, 4)) &&
	    adj(tk(c, i + 4))) {
		/* 8/15/2016, 15/08/2016, 8/15/98; with dashes, as Indian
		 * and European outlets also write it, only with two-digit
		 * days and months and a four-digit year (05-12-2026;
		 * "3-1-26" may be a score, "3-1-2026" a shootout's) */
		m = t->num;
		d = tk(c, i + 2)->num;
		y = tk(c, i + 4)->num;
		if (tk(c, i + 4)->ndig == 2)
			y += y < 50 ? 2000 : 1900;
		/* 15/08/2024: no thirteenth month, so the day came first;
		 * and 07/12/2026 on a page of 2026-12-07 (its dateline or
		 * "Last updated" line), which only day first reads as the
		 * publication day: the site writes dates as most of the
		 * world does; and so are the text's later ambiguous ones
		 * ("Last updated 07/12/2026 ... resigned on 04/11/2026":
		 * Nov. 4).  Else month first, the US order (5/3/2024 is
		 * May 3: the ambiguity is resolved for the US), but for a
		 * date that only day first reads within NUMERIC_NEAR_DAYS
		 * of the publication ("Published: 06/12/2026" on Dec. 7):
		 * that date alone, since one near date says little of the
		 * page ("The Orlando shooting on 6/12/2016" on a US page of
		 * Dec. 7 is read as Dec. 6; its "5/3/2016" is still May 3) */
		if ((m > 12 && d <= 12) || (m <= 12 && c->has_pub &&
		    c->pub.year == y && c->pub.month == d &&
		    c->pub.day == m && m != d) || (c->day_first && m <= 12 &&
		    d <= 12)) {
			d = m;
			m = tk(c, i + 2)->num;
			c->day_first = 1;
		} else if (m <= 12 && d <= 12 && m != d &&
		    day_first_near(c, y, m, d)) {
			d = m;
			m = tk(c, i + 2)->num;
		}
	} else if ((is_num(t, 2, 2) || (is_num(t, 1, 1) &&
	    WL(p, dotted_before))) && P(tk(c, i + 1), '.') &&
	    adj(tk(c, i + 1)) && (is_num(tk(c, i + 2), 2, 2) ||
	    (is_num(tk(c, i + 2), 1, 1) && WL(p, dotted_before))) &&
	    adj(tk(c, i + 2)) && P(tk(c, i + 3), '.') && adj(tk(c, i + 3)) &&
	    is_num(tk(c, i + 4), 4, 4) && adj(tk(c, i + 4))) {
		/* 15.08.2024: the European order, day first; with
		 * two-digit days and months and a four-digit year (2.0.1,
		 * 1.2.2024 are versions), or one-digit ones after a word
		 * of time ("apply from 1.1.2019") */
		d = t->num;
		m = tk(c, i + 2)->num;
		y = tk(c, i + 4)->num;
		c->day_first = 1;
	} else if ((W(p, on) || W(p, for) || W(p, until)) &&
	    P(tk(c, i + 1), '/'))
		return month_slash_day(c, i, h);
	else
		return 0;
	j = i + 5;
	t = tk(c, j);
	if (adj(t) && (t->kind == TK_NUM || ((P(t, '-') || P(t, '/') ||
	    P(t, '.') || P(t, ':')) && tk(c, j + 1)->kind == TK_NUM &&
	    adj(tk(c, j + 1)))))
		return 0;
	if (y < YEAR_MIN || y > YEAR_MAX || !cal_valid(y, m, d))
		return 0;
	dt_span(h, c, i, j);
	/* "2024-03-05T14:30:00Z": ISO 8601's date and time, one TIME */
	if (is_num(tk(c, i), 4, 4) && (k = iso_time(c, j, tv,
	    sizeof(tv))) > 0) {
		dt_span(h, c, i, j + k);
		dt_hit_set(h, TIMEX_TIME, "%04d-%02d-%02d%s", y, m, d, tv);
		return h->ntok;
	}
	dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
	return h->ntok;
}

/* The decades written as words, by their first year in the century. */
static const uint8_t decade_words[DW_COUNT] = {
	[DW_twenties] = 20, [DW_thirties] = 30, [DW_forties] = 40,
	[DW_fifties] = 50, [DW_sixties] = 60, [DW_seventies] = 70,
	[DW_eighties] = 80, [DW_nineties] = 90,
};

/* The 2000s' names, British and US ("the noughties", "the aughts"):
 * decade 0 of the century, which decade_words[] cannot hold (its 0 is
 * "none"); always the 2000s, which they were coined for. */
static int
noughties(const struct tok *t)
{
	return W(t, noughties) || W(t, aughts);
}

/* The century a two-digit decade falls in: the latest one not after
 * the publication year ('90s in 2016 are the 1990s). */
static int
decade_century(struct ctx *c, int yy)
{
	int cy = c->has_pub ? c->pub.year / 100 : 19;

	if (c->has_pub && yy > c->pub.year % 100)
		cy--;
	return cy;
}

/* A bare two-digit decade after a prefix that dates.c's prefix() read:
 * "the early 80s", "the mid-90s" (the rule is tried at the number). */
static int
decade_prefixed(struct ctx *c, long i)
{
	long k = P(tk(c, i - 1), '-') && adj(tk(c, i)) ? 2 : 1;
	const struct tok *p = tk(c, i - k);

	return (W(p, early) || W(p, late) || W(p, mid)) &&
	    W(tk(c, i - k - 1), the);
}

/*
 * Words of a sentence whose "the 90s", "the mid-40s" are numbers, not
 * decades: temperatures ("highs in the 90s"), polls and rates
 * ("Trump's approval remains in the 30s", "unemployment is in the
 * mid-30s"), scores and speeds.
 */
static const union wkey quantity_words[] = { { "high" }, { "highs" },
	{ "low" }, { "lows" }, { "temperature" }, { "temperatures" },
	{ "temps" }, { "degrees" }, { "heat" }, { "fahrenheit" },
	{ "celsius" }, { "mercury" }, { "weather" }, { "forecast" }, { "hot" },
	{ "warm" }, { "cool" }, { "cold" }, { "humid" }, { "percent" },
	{ "pct" }, { "poll" }, { "polls" }, { "polling" }, { "approval" },
	{ "rating" }, { "ratings" }, { "favorability" }, { "support" },
	{ "points" }, { "unemployment" }, { "rate" }, { "rates" }, { "score" },
	{ "scores" }, { "scored" }, { "mph" }, { "average" }, { "figure" },
	{ "figures" }, { "number" }, { "numbers" }, { "price" }, { "prices" },
	{ "odds" }, { "" } };

/* How far the sentence of a bare decade is read for them: a clause and
 * its neighbour ahead; behind, a long clause ("Clinton's figure has
 * improved to the low 40s since the end of the convention, while
 * Trump's remains in the 30s": 20 tokens) and a few words more, 24.
 * The furthest back any rule reads: LOOKBEHIND_MAX is derived from it.
 * It is read from the decade's number, at or after the rule's first
 * token ("the 30s"), so within LOOKBEHIND_MAX of that token. */
#define QUANTITY_AHEAD	16
#define QUANTITY_BACK	24
_Static_assert(QUANTITY_BACK <= LOOKBEHIND_MAX,
    "quantity_sentence() must read back within the ring's window");

static int
quantity_sentence(struct ctx *c, long j)
{
	const struct tok *t;
	long k, d;

	for (d = -1; d <= 1; d += 2)
		for (k = 1; k <= (d < 0 ? QUANTITY_BACK : QUANTITY_AHEAD); k++) {
			t = tk(c, j + d * k);
			if (is_sentence_end(t) && !(P(t, '.') &&
			    tk(c, j + d * k - 1)->kind == TK_WORD &&
			    tk(c, j + d * k - 1)->low[1] == '\0'))
				break;
			if (P(t, '%'))
				return 1;
			if (t->kind != TK_WORD)
				continue;
			if (tok_among(t, quantity_words))
				return 1;
		}
	return 0;
}

/* the 1990s, the '90s, the nineties, the 20th century. */
/* The tokens dt_decade() opens on: a number ("1990s", "20th"), the
 * apostrophe of "'80s", the ("the eighties", "the 1990s"), an ordinal
 * or nineteenth, twentieth, twenty ("twenty-first century").
 * The rule tests it first, and dates_lexicon_new() leaves the rule out
 * of the rule set of every listed word it refuses (dt_rules_opened_by()),
 * so a word it lets through is the only way in: a new first word of the
 * rule goes here. */
int
dt_decade_opens(const struct tok *t)
{
	return t->kind == TK_NUM || P(t, '\'') || W(t, the) ||
	    L(t, C_ORD) != NULL || W(t, nineteenth) || W(t, twentieth) ||
	    W(t, twenty) || WL(t, decade_words) || noughties(t);
}

/* What dt_decade() reads after "the": a number, the apostrophe of
 * "the '80s", a decade's word, an ordinal or a century's. */
int
dt_decade_after_the(const struct tok *n)
{
	return n->kind == TK_NUM || P(n, '\'') || WL(n, decade_words) ||
	    noughties(n) || L(n, C_ORD) != NULL || W(n, nineteenth) || W(n, twentieth) ||
	    W(n, twenty);
}

/* What dt_decade() reads after a number: the "s" of "1990s", the
 * apostrophe of "1990's", the suffix of "20th century". */
int
dt_decade_after_num(const struct tok *n)
{
	return W(n, s) || P(n, '\'') || W(n, th) || W(n, st) || W(n, nd) || W(n, rd);
}

#define DECADES_IN_CENTURY	10

/*
 * "the 21st century", "the twentieth century", "this century", "the
 * century" (the publication's) at token j: its tokens, its number in
 * *n (21 for 2000-2099); 0 if none.
 */
static long
century_named(struct ctx *c, long j, int *n)
{
	const struct lex *lx;
	const struct tok *t;
	long k = j + 1;

	if (!W(tk(c, j), the) && !W(tk(c, j), this))
		return 0;
	t = tk(c, k);
	if (W(t, century)) {
		if (!c->has_pub)
			return 0;
		*n = c->pub.year / 100 + 1;
		return 2;
	}
	if (W(tk(c, j), this))
		return 0;
	if ((lx = L(t, C_ORD)) != NULL)
		*n = lx->val, k++;
	else if (W(t, nineteenth))
		*n = 19, k++;
	else if (W(t, twentieth))
		*n = 20, k++;
	else if (W(t, twenty) && P(tk(c, k + 1), '-') &&
	    W(tk(c, k + 2), first))
		*n = 21, k += 3;
	else if (is_num(t, 1, 2) && t->num >= 1 && dt_ord_suffix(c, k + 1))
		*n = t->num, k += 2;
	else
		return 0;
	if (*n < 1 || !W(tk(c, k), century))
		return 0;
	return k + 1 - j;
}

long
dt_decade(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t;
	const struct lex *lx;
	long j = i;
	int v = -1, n;

	if (!dt_decade_opens(tk(c, i)))
		return 0;
	if (W(tk(c, j), the))
		j++;
	t = tk(c, j);
	if (is_num(t, 4, 4) && t->num % 10 == 0 && !dt_num_embedded(c, j) &&
	    W(tk(c, j + 1), s) && adj(tk(c, j + 1))) {
		v = t->num / 10;
		j += 2;
	} else if (is_num(t, 4, 4) && t->num % 10 == 0 &&
	    P(tk(c, j + 1), '\'') && adj(tk(c, j + 1)) &&
	    W(tk(c, j + 2), s) && adj(tk(c, j + 2))) {
		v = t->num / 10;
		j += 3;
	} else if (P(t, '\'') && is_num(tk(c, j + 1), 2, 2) &&
	    adj(tk(c, j + 1)) && tk(c, j + 1)->num % 10 == 0 &&
	    W(tk(c, j + 2), s) && adj(tk(c, j + 2))) {
		n = tk(c, j + 1)->num;
		v = decade_century(c, n) * 10 + n / 10;
		j += 3;
	} else if (is_num(t, 2, 2) && t->num % 10 == 0 && W(tk(c, j + 1), s) &&
	    adj(tk(c, j + 1)) && !dt_num_embedded_before(c, j) &&
	    (j > i || decade_prefixed(c, i)) && !quantity_sentence(c, j)) {
		/* "I come from the 60s", "the mid-90s": no apostrophe */
		n = t->num;
		v = decade_century(c, n) * 10 + n / 10;
		j += 2;
	} else if (WL(t, decade_words) && (j > i || decade_prefixed(c, i))) {
		/* "the nineties", and after a prefix "the early nineties",
		 * "the mid-eighties" (the rule is tried at the word) */
		n = decade_words[t->wid];
		v = decade_century(c, n) * 10 + n / 10;
		j++;
	} else if (noughties(t) && (j > i || decade_prefixed(c, i))) {
		v = 200;
		j++;
	} else {
		/* the 20th century, the nineteenth century */
		if ((lx = L(t, C_ORD)) != NULL) {
			/* "the first decade of the century", "the second
			 * decade of the 21st century": that decade (TIMEX3
			 * "200", "201"), not a length */
			if (W(tk(c, j + 1), decade) && j > i &&
			    lx->val <= DECADES_IN_CENTURY &&
			    W(tk(c, j + 2), of) &&
			    (n = century_named(c, j + 3, &v)) > 0) {
				dt_span(h, c, i, j + 3 + n);
				dt_hit_set(h, TIMEX_DATE, "%02d%d", v - 1,
				    lx->val - 1);
				return h->ntok;
			}
			n = lx->val, j++;
		}
		else if (W(t, nineteenth))
			n = 19, j++;
		else if (W(t, twentieth))
			n = 20, j++;
		else if (W(t, twenty) && P(tk(c, j + 1), '-') &&
		    W(tk(c, j + 2), first))
			n = 21, j += 3;
		else if (is_num(t, 1, 2) && t->num >= 1 &&
		    dt_ord_suffix(c, j + 1))
			n = t->num, j += 2;
		else
			return 0;
		if (P(tk(c, j), '-') && adj(tk(c, j)))
			j++;
		if (!W(tk(c, j), century))
			return 0;
		dt_span(h, c, i, j + 1);
		dt_hit_set(h, TIMEX_DATE, "%02d", n - 1);
		return h->ntok;
	}
	dt_span(h, c, i, j);
	/* "the 1800s", "the 1900s": in English the century, not its
	 * first decade ("the 2000s" is read as the decade: the century's
	 * sense is too young to be the usual one) */
	if (v % 10 == 0 && v >= 100 && v < 200 && is_num(t, 4, 4)) {
		dt_hit_set(h, TIMEX_DATE, "%02d", v / 10);
		return h->ntok;
	}
	dt_hit_set(h, TIMEX_DATE, "%03d", v);
	c->decade_val = v;
	c->decade_para = tk(c, i)->para;
	c->decade_last = 1;
	return h->ntok;
}

static const uint8_t year_cues[DW_COUNT] = {
	IN(in), IN(since), IN(of), IN(by), IN(from), IN(until), IN(till),
	IN(through), IN(to), IN(during), IN(before), IN(after), IN(between),
	IN(and), IN(or), IN(year), IN(early), IN(late), IN(mid), IN(fiscal),
	IN(calendar), IN(around), IN(circa), IN(spring), IN(summer), IN(fall),
	IN(autumn), IN(winter), IN(the), IN(end), IN(beginning), IN(start),
	IN(middle), IN(as), IN(for)
};

/* Words after a number that make it a count, not a year. */
static const uint8_t count_nouns[DW_COUNT] = {
	IN(people), IN(persons), IN(men), IN(women), IN(children), IN(troops),
	IN(soldiers), IN(students), IN(workers), IN(employees), IN(jobs),
	IN(feet), IN(meters), IN(metres), IN(miles), IN(kilometers),
	IN(kilometres), IN(km), IN(acres), IN(tons), IN(tonnes), IN(pounds),
	IN(dollars), IN(yen), IN(euros), IN(barrels), IN(shares), IN(units),
	IN(cars), IN(homes), IN(houses), IN(points), IN(votes), IN(members),
	IN(copies), IN(calories), IN(rooms), IN(beds), IN(cases), IN(deaths),
	IN(dead), IN(residents), IN(refugees), IN(delegates), IN(pages),
	IN(words), IN(lines), IN(times), IN(hours), IN(minutes), IN(days),
	IN(weeks), IN(months), IN(years), IN(degrees), IN(euro), IN(francs),
	IN(marks), IN(rupees), IN(visitors), IN(patients), IN(cattle),
	IN(animals), IN(planes), IN(aircraft), IN(ships), IN(tanks), IN(guns),
	IN(prisoners), IN(hostages), IN(others), IN(pupils), IN(teachers),
	IN(police), IN(officers), IN(families), IN(villages), IN(square),
	IN(cubic), IN(yards), IN(inches), IN(kg), IN(kilograms), IN(grams)
};

/* Words before a number that make it a count, not a year. */
static const uint8_t count_cues[DW_COUNT] = {
	IN(than), IN(about), IN(nearly), IN(some), IN(approximately), IN(over),
	IN(under), IN(least), IN(most), IN(only), IN(just), IN(total),
	IN(additional), IN(another), IN(extra), IN(almost), IN(roughly),
	IN(numbered), IN(number), IN(no), IN(all), IN(top), IN(page), IN(route),
	IN(flight), IN(room), IN(suite), IN(highway), IN(interstate),
	IN(channel), IN(section), IN(article), IN(model), IN(rule),
	IN(resolution), IN(chapter), IN(box), IN(apartment), IN(unit), IN(code),
	IN(building)
};

/* Words of time a year follows past "at least" or "about" ("since at
 * least 2015"); not "by" or "to", whose figure is as often a count
 * ("rose by about 2000", "fell to at least 1500"). */
static const uint8_t approx_year_preps[DW_COUNT] = {
	IN(since), IN(from), IN(until), IN(till), IN(through), IN(before),
	IN(after), IN(in)
};

/*
 * Is the number at token i, after a count's cue, a year all the same:
 * "at least", "about", "roughly", "approximately" after a word of time
 * ("from at least 2019 until March 2024", "since about 2010", "in
 * roughly 1990")?  A count after such a word is rare, and a count
 * noun after the figure still makes it one.
 */
static int
approx_year(struct ctx *c, long i)
{
	const struct tok *p = tk(c, i - 1);
	long k = i - 2;

	if (W(p, least)) {
		if (!W(tk(c, k), at))
			return 0;
		k--;
	} else if (!W(p, about) && !W(p, roughly) && !W(p, approximately))
		return 0;
	return WL(tk(c, k), approx_year_preps);
}

/* 1998, fiscal 1989, mid-1990. */
long
dt_year(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *p = tk(c, i - 1), *n;
	long s = i, j;

	/* "fiscal 1989", "fiscal year 2023", "calendar 1990": the fiscal
	 * year by its label, as TimeBank values it */
	if (W(t, fiscal) || W(t, calendar) || (W(t, financial) &&
	    W(tk(c, i + 1), year))) {
		j = i + 1;
		if (W(tk(c, j), year) || (P(tk(c, j), '-') && adj(tk(c, j)) &&
		    W(tk(c, j + 1), year)))
			j += W(tk(c, j), year) ? 1 : 2;
		/* "fiscal 2015-16", "financial year 2023-24": the year it
		 * ends in, its label (FY16, FY24), as dt_year_range()
		 * values "2023-24 financial year" */
		if (is_num(tk(c, j), 4, 4) && tk(c, j)->num >= YEAR_LIKELY_MIN &&
		    tk(c, j)->num <= YEAR_MAX && !W(t, calendar) &&
		    split_year_end(c, j + 1, tk(c, j)->num) > 0) {
			dt_span(h, c, i, j + 3);
			dt_hit_set(h, TIMEX_DATE, "%04d", tk(c, j)->num + 1);
			c->fiscal_end = FISCAL_END_SPLIT;
			return h->ntok;
		}
		if (!dt_year_tok(c, j))
			return 0;
		dt_span(h, c, i, j + 1);
		dt_hit_set(h, TIMEX_DATE, "%04d", tk(c, j)->num);
		return h->ntok;
	}
	/* "FY2023-24", "FY2026/27": the same in the business shorthand,
	 * the year "FY24", "FY27" name */
	if (W(t, fy) && t->cap && is_num(tk(c, i + 1), 4, 4) &&
	    tk(c, i + 1)->num >= YEAR_LIKELY_MIN &&
	    tk(c, i + 1)->num <= YEAR_MAX &&
	    split_year_end(c, i + 2, tk(c, i + 1)->num) > 0) {
		dt_span(h, c, i, i + 4);
		dt_hit_set(h, TIMEX_DATE, "%04d", tk(c, i + 1)->num + 1);
		c->fiscal_end = FISCAL_END_SPLIT;
		return h->ntok;
	}
	/* "FY2024", "FY 2024", "FY24": the business shorthand of the
	 * same */
	if (W(t, fy) && t->cap && tk(c, i + 1)->kind == TK_NUM &&
	    !(adj(tk(c, i + 2)) && (tk(c, i + 2)->kind != TK_PUNCT ||
	    P(tk(c, i + 2), '-') || P(tk(c, i + 2), '/')))) {
		n = tk(c, i + 1);
		dt_span(h, c, i, i + 2);
		if (is_num(n, 4, 4) && n->num >= YEAR_MIN && n->num <= YEAR_MAX)
			dt_hit_set(h, TIMEX_DATE, "%04d", n->num);
		else if (is_num(n, 2, 2) && adj(n))
			dt_hit_set(h, TIMEX_DATE, "%04d", dt_century_of(c,
			    n->num));
		else
			return 0;
		return h->ntok;
	}
	if (W(t, mid) && P(tk(c, i + 1), '-') && adj(tk(c, i + 1)) &&
	    dt_year_tok(c, i + 2) && adj(tk(c, i + 2))) {
		dt_span(h, c, i, i + 3);
		h->mod = TIMEX_MOD_MID;
		dt_hit_set(h, TIMEX_DATE, "%04d", tk(c, i + 2)->num);
		return h->ntok;
	}
	if (!dt_year_tok(c, i))
		return 0;
	n = tk(c, i + 1);
	if ((WL(p, count_cues) && !approx_year(c, i)) ||
	    WL(n, count_nouns))
		return 0;
	if (t->num < YEAR_LIKELY_MIN && !WL(p, year_cues))
		return 0;
	j = i + 1;
	dt_span(h, c, s, j);
	dt_hit_set(h, TIMEX_DATE, "%04d", t->num);
	return h->ntok;
}

/* nineteen ninety-six: spoken years in transcripts. */
/* The words dt_spelled_year() opens on: the ("the year 2000"), a
 * number word ("nineteen eighty-four").
 * The rule tests it first, and dates_lexicon_new() leaves the rule out
 * of the rule set of every listed word it refuses (dt_rules_opened_by()),
 * so a word it lets through is the only way in: a new first word of the
 * rule goes here. */
int
dt_spelled_year_opens(const struct tok *t)
{
	return W(t, the) || L(t, C_NUM) != NULL;
}

/* What dt_spelled_year() reads after "the": "the year 2000". */
int
dt_spelled_year_after_the(const struct tok *n)
{
	return W(n, year);
}

long
dt_spelled_year(struct ctx *c, long i, struct hit *h)
{
	const struct lex *a = L(tk(c, i), C_NUM), *b, *o;
	long j = i + 1;
	int y;

	if (!dt_spelled_year_opens(tk(c, i)))
		return 0;
	/* "the year 2000", "the year two thousand": the noun is part of
	 * the expression */
	if (W(tk(c, i), the) && W(tk(c, j), year)) {
		if (dt_year_tok(c, j + 1))
			y = tk(c, j + 1)->num;
		else if ((b = L(tk(c, j + 1), C_NUM)) != NULL &&
		    b->val >= 1 && b->val <= 9 &&
		    W(tk(c, j + 2), thousand) &&
		    L(tk(c, j + 3), C_NUM) == NULL)
			y = b->val * 1000;
		else
			return 0;
		dt_span(h, c, i, j + 2 + (dt_year_tok(c, j + 1) ? 0 : 1));
		dt_hit_set(h, TIMEX_DATE, "%04d", y);
		return h->ntok;
	}
	if (a == NULL || a->val < 11 || a->val > 20)
		return 0;
	if ((b = L(tk(c, j), C_NUM)) == NULL || b->val < 20 ||
	    b->val % 10 != 0 || b->val > 90)
		return 0;
	y = a->val * 100 + b->val;
	j++;
	if (P(tk(c, j), '-') && adj(tk(c, j)) &&
	    (o = L(tk(c, j + 1), C_NUM)) != NULL && o->val < 10) {
		y += o->val;
		j += 2;
	}
	if (L(tk(c, j), C_UNIT) != NULL)
		return 0;
	dt_span(h, c, i, j);
	dt_hit_set(h, TIMEX_DATE, "%04d", y);
	return h->ntok;
}
