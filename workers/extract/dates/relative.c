/*
 * relative.c — relative, deictic and anaphoric rules: today,
 * yesterday, now, recently, the future; this/last/next with a unit (last
 * week, this year, next month); counted offsets (three years ago, two
 * days later); anaphora against the reference date (that same year, the
 * following day, later that month); unit phrases (the year, the fiscal
 * year, the week).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_private.h"

/*
 * The current period named with "the" after a modifier: "the end of the
 * year", "late in the month" (only there: a bare "the year" is as often
 * a duration as a date).
 */
long
dt_the_unit(struct ctx *c, long i, struct hit *h)
{
	const struct lex *lx;

	if (!W(tk(c, i), the) || (lx = L(tk(c, i + 1), C_UNIT)) == NULL ||
	    (lx->flags & F_PLURAL))
		return 0;
	switch (lx->val) {
	case U_WEEK:
	case U_MONTH:
	case U_QUARTER:
	case U_YEAR:
	case U_DECADE:		/* "by the end of the decade" */
	case U_CENTURY:
		break;
	default:
		return 0;
	}
	if (P(tk(c, i + 2), '-') && adj(tk(c, i + 2)))
		return 0;
	dt_span(h, c, i, i + 2);
	/* "In the 1930s, the economy collapsed. By the end of the decade,
	 * war had come": the decade its paragraph named (HeidelTime's
	 * reference decade), unless a future tense makes it the present
	 * one ("by the end of the decade it will") */
	if (lx->val == U_DECADE && c->decade_val >= 0 &&
	    c->decade_para == dt_at_para(c) && dt_tense(c, i) <= 0) {
		dt_hit_set(h, TIMEX_DATE, "%03d", c->decade_val);
		return h->ntok;
	}
	/* a history's paragraph, or a narrative anywhere: the month or
	 * year of its last date, counted ones too ("22 June 1941 ... By
	 * the end of the month": 1941-06; "The wall fell in 1989, and the
	 * following year Germany was reunified. By the end of the year":
	 * 1990) */
	if ((lx->val == U_MONTH || lx->val == U_YEAR) && c->has_ref &&
	    c->ref_gran <= (int)dt_unit_gran(lx->val) &&
	    (dt_story_year(c) == c->ref.year || c->narrative)) {
		dt_hit_gran(h, c, c->ref, dt_unit_gran(lx->val));
		return h->ntok;
	}
	dt_hit_gran(h, c, c->pub, dt_unit_gran(lx->val));
	return h->ntok;
}

/*
 * last / this / next (this coming, this past) + week, month, year,
 * quarter, weekend, decade, century, a month, a weekday, a season, a
 * part of the day ("last night", "this morning").
 */
/*
 * "the year", "the full year", "the fiscal year", "the week" standing
 * alone: in news, the one the story is in ("a high for the year").  "The
 * year ended March 31" (British: "the year to March") names a fiscal
 * year by its last day: what the phrase itself says is its length, P1Y.  Not "the year before" or "the
 * year-earlier", which count from another date, nor "the year 2000".
 */
/* The words dt_unit_phrase() reads after "the": the (full, fiscal)
 * year, the week, the month (before last). */
int
dt_unit_phrase_after_the(const struct tok *n)
{
	return W(n, full) || W(n, fiscal) || W(n, year) || W(n, week) ||
	    W(n, month);
}

/* Does "last" before token t open a period of its own: t a unit, a
 * month, a weekday, a season, a part of the day or a sports season
 * ("last year's", "last Tuesday's", "last summer's", "last night's",
 * "last season's")? */
static int
last_names_next(const struct tok *t)
{
	return L(t, C_UNIT) != NULL || L(t, C_MONTH) != NULL ||
	    L(t, C_WDAY) != NULL || L(t, C_SEASON) != NULL ||
	    L(t, C_PART) != NULL || W(t, season);
}

long
dt_unit_phrase(struct ctx *c, long i, struct hit *h)
{
	const struct lex *lx;
	const struct tok *n;
	struct cal_date fy;
	long j = i + 1;
	int qual = 0, year;	/* qual: 1 "full", 2 "fiscal" */

	if (!W(tk(c, i), the))
		return 0;
	if (W(tk(c, j), full) || W(tk(c, j), fiscal)) {
		qual = W(tk(c, j), fiscal) ? 2 : 1;
		j++;
	}
	/* "Person of the Year", "Album of the Year": a title's, no year */
	if (W(tk(c, j), year) && tk(c, j)->cap && W(tk(c, i - 1), of) &&
	    !is_sentence_end(tk(c, i - 2)))
		return 0;
	n = tk(c, j + 1);
	/* "the week before last", "the month before last", "the year
	 * before last" (British): the unit two before the writing's, one
	 * timex; not when "last" opens a date of its own ("the week before
	 * last year's election", "the month before last Tuesday's vote":
	 * the week before that event, and "last year" its own timex) */
	if (!qual && W(n, before) && W(tk(c, j + 2), last) && c->has_pub &&
	    !last_names_next(tk(c, j + 3)) &&
	    c->pub_gran == G_DAY && (lx = L(tk(c, j), C_UNIT)) != NULL &&
	    !(lx->flags & F_PLURAL) && (lx->val == U_WEEK ||
	    lx->val == U_MONTH || lx->val == U_YEAR)) {
		dt_span(h, c, i, j + 3);
		dt_hit_gran(h, c, dt_shift(c->pub, (enum unit)lx->val, -2),
		    lx->val == U_WEEK ? G_WEEK : lx->val == U_MONTH ?
		    G_MONTH : G_YEAR);
		return h->ntok;
	}
	if (W(tk(c, j), year))
		year = 1;
	else if (W(tk(c, j), week) && !qual)
		year = 0;
	else
		return 0;
	/* "the week of March 6": the ISO week of that day */
	if (!year && W(n, of) && L(tk(c, j + 2), C_MONTH) != NULL) {
		struct hit mh;
		struct cal_date d;
		long k;
		int g;

		memset(&mh, 0, sizeof(mh));
		if ((k = dt_month(c, j + 2, &mh, 1)) > 0 &&
		    dt_value_date(mh.value, &d, &g) && g == G_DAY) {
			dt_span(h, c, i, j + 2 + k);
			dt_hit_gran(h, c, d, G_WEEK);
			return h->ntok;
		}
		return 0;
	}
	if ((adj(n) && P(n, '-')) || W(n, before) || W(n, after) ||
	    W(n, earlier) || W(n, ago) || W(n, later) ||
	    n->kind == TK_NUM || L(n, C_NUM) != NULL ||
	    (W(n, of) && (dt_year_tok(c, j + 2) ||
	    L(tk(c, j + 2), C_MONTH) != NULL)))
		return 0;
	dt_span(h, c, i, j + 1);
	/* and the British "the year to March", "the year to 31 March
	 * 2026" (the US "the year through September"), a year of accounts
	 * or of a statistic named by its last month or day, as "the 12
	 * months to October" is P12M; not "the year to date" */
	if (year && (W(n, ended) || W(n, ending) || W(n, ends) ||
	    ((W(n, to) || W(n, through)) && ((L(tk(c, j + 2), C_MONTH) !=
	    NULL && tk(c, j + 2)->cap) || (is_num(tk(c, j + 2), 1, 2) &&
	    L(tk(c, j + 3), C_MONTH) != NULL))))) {
		dt_hit_set(h, TIMEX_DURATION, "P1Y");
		return h->ntok;
	}
	/* and a week of a statistic named by its last day, as British
	 * weekly figures write it ("in the week to Saturday", "the week
	 * ended Friday", "the week to 5 December"): P1W, the day its own
	 * timex */
	if (!year && (W(n, ended) || W(n, ending) || W(n, to)) &&
	    ((L(tk(c, j + 2), C_WDAY) != NULL && tk(c, j + 2)->cap) ||
	    (L(tk(c, j + 2), C_MONTH) != NULL && tk(c, j + 2)->cap) ||
	    (is_num(tk(c, j + 2), 1, 2) &&
	    L(tk(c, j + 3), C_MONTH) != NULL))) {
		dt_hit_set(h, TIMEX_DURATION, "P1W");
		return h->ntok;
	}
	/* "the fiscal year": the one that holds the publication date, by
	 * its label (dt_fiscal_label()) */
	fy = c->pub;
	if (qual == 2 && c->has_pub)
		fy.year = dt_fiscal_label(c, c->pub, 0);
	dt_hit_gran(h, c, fy, year ? G_YEAR : G_WEEK);
	return h->ntok;
}

/* The words dt_relative() opens on: the ("the current year"), last,
 * previous, past, this, current, next, coming, following and preceding
 * (after "the", before a weekday).
 * The rule tests it first, and dates_lexicon_new() leaves the rule out
 * of the rule set of every listed word it refuses (dt_rules_opened_by()),
 * so a word it lets through is the only way in: a new first word of the
 * rule goes here. */
int
dt_relative_opens(const struct tok *t)
{
	return W(t, the) || W(t, last) || W(t, previous) || W(t, past) ||
	    W(t, this) || W(t, current) || W(t, next) || W(t, coming) ||
	    W(t, following) || W(t, preceding);
}

/*
 * "this time last year", "this time next week", "this time a year
 * ago": the day a unit before or after publication, APPROX beyond a
 * week (the season is meant, not the day).  Tokens, else 0.
 */
static long
this_time(struct ctx *c, long i, struct hit *h)
{
	const struct lex *lx;
	long j = i + 2, k;
	int sign;

	if (!W(tk(c, i), this) || !W(tk(c, i + 1), time))
		return 0;
	if (W(tk(c, j), last) || W(tk(c, j), next)) {
		sign = W(tk(c, j), last) ? -1 : 1;
		k = 2;
	} else if (W(tk(c, j), a) && W(tk(c, j + 2), ago)) {
		sign = -1;
		k = 3;
	} else
		return 0;
	if ((lx = L(tk(c, j + 1), C_UNIT)) == NULL || (lx->flags & F_PLURAL) ||
	    (lx->val != U_WEEK && lx->val != U_MONTH && lx->val != U_YEAR))
		return 0;
	dt_span(h, c, i, j + k);
	dt_hit_gran(h, c, dt_shift(c->pub, (enum unit)lx->val, sign), G_DAY);
	if (lx->val != U_WEEK)
		h->mod = TIMEX_MOD_APPROX;
	return h->ntok;
}

/*
 * "the turn of the century", "the turn of the 20th century", "the turn
 * of the millennium": the year a century (millennium) began, APPROX.
 * Unnumbered, the latest turn not after the reference year, or the next
 * in a future clause ("by the turn of the century" in 1998).
 */
static long
turn_of(struct ctx *c, long i, struct hit *h)
{
	const struct lex *lx;
	long j = i + 4;
	int n = 0, span, y;

	if (!W(tk(c, i), the) || !W(tk(c, i + 1), turn) ||
	    !W(tk(c, i + 2), of) || !W(tk(c, i + 3), the))
		return 0;
	if ((lx = L(tk(c, j), C_ORD)) != NULL)
		n = lx->val, j++;
	else if (W(tk(c, j), nineteenth) || W(tk(c, j), twentieth))
		n = W(tk(c, j), nineteenth) ? 19 : 20, j++;
	else if (W(tk(c, j), twenty) && P(tk(c, j + 1), '-') &&
	    W(tk(c, j + 2), first))
		n = 21, j += 3;
	else if (is_num(tk(c, j), 1, 2) && dt_ord_suffix(c, j + 1))
		n = tk(c, j)->num, j += 2;
	if (W(tk(c, j), century))
		span = 100;
	else if (W(tk(c, j), millennium) && n == 0)
		span = 1000;
	else
		return 0;
	if (n > 0)
		y = (n - 1) * span;
	else if (!c->has_pub)
		return 0;
	else {
		y = c->pub.year / span * span;
		if (dt_tense_around(c, i, j + 1) > 0)
			y += span;
	}
	if (y < 1 || y > YEAR_MAX)
		return 0;
	dt_span(h, c, i, j + 1);
	h->mod = TIMEX_MOD_APPROX;
	dt_hit_set(h, TIMEX_DATE, "%04d", y);
	return h->ntok;
}

/* What dt_anaphora() reads after "that": that weekend, that same
 * day, that day (a unit). */
int
dt_anaphora_after_that(const struct tok *n)
{
	return W(n, weekend) || W(n, same) || L(n, C_UNIT) != NULL ||
	    L(n, C_MONTH) != NULL || L(n, C_SEASON) != NULL ||
	    L(n, C_PART) != NULL;
}

/* The words dt_relative() reads after "the": turn_of() and "the
 * current year", "the previous Friday". */
int
dt_relative_after_the(const struct tok *n)
{
	return W(n, turn) || W(n, current) || W(n, previous) ||
	    W(n, preceding) || W(n, following) || W(n, next);
}

/* The tokens searched ahead of "last <season>" for "this" and the same
 * season (to the scanner's window), and behind it (within the ring). */
#define CONTRAST_BACK	24
_Static_assert(CONTRAST_BACK + 1 <= LOOKBEHIND_MAX,
    "season_contrasted() reads back within the ring");

/*
 * Does the paragraph set "last <season>" (season s, its word at token
 * j, "last" at i) against "this" and the same season, before or after
 * it ("Last summer was the hottest on record, and this summer came
 * close")?  Then the two are not the same season.
 */
static int
season_contrasted(struct ctx *c, long i, long j, int s)
{
	const struct lex *lx;
	const struct tok *t;
	uint16_t para = tk(c, j)->para;
	long k, end = c->at_tok + LOOKAHEAD_MAX - 1;

	for (k = j + 1; k < end; k++) {
		t = tk(c, k);
		if (t->kind == TK_NONE || t->para != para)
			break;
		if (W(t, this) && (lx = L(tk(c, k + 1), C_SEASON)) != NULL &&
		    lx->val == s)
			return 1;
	}
	for (k = i - 1; k > i - CONTRAST_BACK; k--) {
		t = tk(c, k);
		if (t->kind == TK_NONE || t->para != para)
			break;
		if (W(t, this) && (lx = L(tk(c, k + 1), C_SEASON)) != NULL &&
		    lx->val == s)
			return 1;
	}
	return 0;
}

/*
 * "last summer" is the summer just ended (HeidelTime's reading: h's
 * value), but set against "this summer" in its paragraph the one before
 * it (in September 2023 "Last summer was the hottest on record, and
 * this summer came close": 2022-SU, was 2023-SU).  News only; not a
 * winter, whose year is the one it begins in.
 */
static __attribute__((noinline, cold)) void
last_season_contrasted(struct ctx *c, long i, long j, int s, struct hit *h)
{
	int y0, s0;

	if (!c->has_pub || c->narrative || s == S_WI)
		return;
	s0 = dt_season_of(c->pub, &y0);
	if (s0 != s && atoi(h->value) == y0 && season_contrasted(c, i, j, s))
		snprintf(h->value, sizeof(h->value), "%04d-%s", y0 - 1,
		    season_code[s]);
}

/*
 * "this" before a month or a season the year has already passed (pos
 * before now) in a future clause: the next year's ("Construction will
 * start this spring", "The law will take effect this March", written
 * in December: the coming ones), 1; else 0, the publication year's.
 * Not the other way: a past clause often reports a plan for a month or
 * a season still to come ("promised to push for a contested convention
 * this summer", written in May).  News only: a narrative's "this" is
 * its story's.
 */
static int
this_next_year(struct ctx *c, long i, long j, int pos, int now)
{
	if (pos >= now || c->narrative || !c->has_pub)
		return 0;
	return dt_tense_around(c, i, j + 1) > 0;
}

long
dt_relative(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *u;
	const struct lex *lx;
	struct cal_date d = c->pub;
	enum holiday hol;
	long j = i + 1, hstart, hend, n;
	int rel, part;

	if (!dt_relative_opens(t))
		return 0;
	if (W(t, this) && (n = this_time(c, i, h)) > 0)
		return n;
	if (W(t, the) && (n = turn_of(c, i, h)) > 0)
		return n;
	/* "the current year", "the previous Friday": the article belongs
	 * to it */
	if (W(t, the) && (W(tk(c, j), current) || ((W(tk(c, j), previous) ||
	    W(tk(c, j), preceding) || W(tk(c, j), following) ||
	    W(tk(c, j), next)) && L(tk(c, j + 1), C_WDAY) != NULL))) {
		if (dt_relative(c, j, h) <= 0)
			return 0;
		h->start = t->start;
		return ++h->ntok;
	}
	if (W(t, last) || W(t, previous) || W(t, past))
		rel = -1;
	else if (W(t, this) || W(t, current))
		rel = 0;
	else if (W(t, next) || W(t, coming))
		rel = 1;
	else if ((W(t, following) || W(t, preceding)) &&
	    W(tk(c, i - 1), the) && L(tk(c, j), C_WDAY) != NULL)
		rel = W(t, following) ? 1 : -1;  /* "the following Tuesday" */
	else
		return 0;
	if (rel == 0 && (W(tk(c, j), coming) || W(tk(c, j), past))) {
		rel = W(tk(c, j), coming) ? 1 : -1;
		j++;
	}
	/* "past" and "coming" + unit are durations ("the past week"). */
	if (W(t, past) || W(t, coming)) {
		if (!W(tk(c, i - 1), this))
			return 0;
	}
	/* "the current fiscal year", "last fiscal year": the year of
	 * accounts that holds the publication date (or the one before,
	 * after), by its label, the year it ends in (dt_fiscal_label()) */
	if (W(tk(c, j), fiscal) && W(tk(c, j + 1), year) && c->has_pub) {
		dt_span(h, c, i, j + 2);
		d.year = dt_fiscal_label(c, c->pub, rel);
		dt_hit_gran(h, c, d, G_YEAR);
		return h->ntok;
	}
	if (W(tk(c, j), fiscal) && W(tk(c, j + 1), year))
		j++;		/* no date: the year's, XXXX */
	/* Indian news's noun, "this fiscal", "last fiscal", "the current
	 * fiscal": India's year of accounts, April to March, valued as
	 * "this fiscal year" is */
	if (W(tk(c, j), fiscal) && c->has_pub &&
	    dt_fiscal_noun(tk(c, j + 1))) {
		c->fiscal_end = FISCAL_END_SPLIT;
		dt_span(h, c, i, j + 1);
		d.year = dt_fiscal_label(c, c->pub, rel);
		dt_hit_gran(h, c, d, G_YEAR);
		return h->ntok;
	}
	u = tk(c, j);
	/* "This Week" in Title Case inside a sentence is a name (ABC's
	 * "This Week"), not the current week */
	if (rel == 0 && t->cap && u->cap && u->kind == TK_WORD &&
	    !is_sentence_end(tk(c, i - 1)) && !(quote_mark(tk(c, i - 1)) &&
	    is_sentence_end(tk(c, i - 2))))
		return 0;
	/* "on this day" is the day the text is at; "to this day", up to
	 * now */
	/* "On this day in 1941", "on this date in 1941": an anniversary
	 * column's day, the publication's month and day in that year */
	if (rel == 0 && W(t, this) && (W(u, day) || W(u, date)) &&
	    W(tk(c, j + 1), in) && dt_year_tok(c, j + 2) && c->has_dct &&
	    cal_valid(tk(c, j + 2)->num, c->dct.month, c->dct.day) &&
	    !W(tk(c, i - 1), to) && !W(tk(c, i - 1), until)) {
		dt_span(h, c, i, j + 3);
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", tk(c, j + 2)->num,
		    c->dct.month, c->dct.day);
		return h->ntok;
	}
	if (rel == 0 && W(t, this) && W(u, day) &&
	    !(P(tk(c, j + 1), '-') && adj(tk(c, j + 1)))) {
		dt_span(h, c, i, j + 1);
		if (W(tk(c, i - 1), to) || W(tk(c, i - 1), until) ||
		    W(tk(c, i - 1), till))
			dt_hit_set(h, TIMEX_DATE, "PRESENT_REF");
		else
			dt_hit_gran(h, c, d, G_DAY);
		return h->ntok;
	}
	/* "the last week of March": the month's, not the week before
	 * publication */
	if (L(u, C_UNIT) != NULL && dt_of_month(c, j + 1))
		return 0;
	if ((lx = L(u, C_UNIT)) != NULL && !(lx->flags & F_PLURAL)) {
		switch (lx->val) {
		case U_WEEK:
		case U_MONTH:
		case U_QUARTER:
		case U_YEAR:
			dt_span(h, c, i, j + 1);
			dt_hit_gran(h, c, dt_shift(d, lx->val, rel),
			    dt_unit_gran(lx->val));
			return h->ntok;
		case U_DECADE:
		case U_CENTURY:
			if (rel != 0)
				return 0;
			dt_span(h, c, i, j + 1);
			dt_hit_gran(h, c, d, dt_unit_gran(lx->val));
			return h->ntok;
		default:
			return 0;
		}
	}
	if (W(u, weekend)) {
		dt_span(h, c, i, j + 1);
		h->type = TIMEX_DATE;
		if (c->has_pub && rel < 0)
			d = cal_add_days(d, -cal_weekday(d.year, d.month,
			    d.day));
		else if (c->has_pub && rel > 0)
			d = cal_add_days(d, 7);
		dt_weekend_value(h->value, sizeof(h->value), c->has_pub, d);
		return h->ntok;
	}
	if ((lx = L(u, C_MONTH)) != NULL && u->cap &&
	    (!(lx->flags & F_ABBR) || P(tk(c, j + 1), '.'))) {
		long k = j + 1 + ((lx->flags & F_ABBR) != 0), kd;
		int y, dd;

		y = !c->has_pub ? 0 : rel == 0 ? d.year +
		    (W(t, this) ? this_next_year(c, i, j, lx->val,
		    d.month) : 0) : dt_anchor_month_year(d, lx->val,
		    rel < 0 ? DIR_PREV : DIR_NEXT);
		/* "last Oct. 23": the day belongs to the month */
		if ((kd = dt_day_num(c, k, &dd)) > 0 &&
		    cal_valid(c->has_pub ? y : LEAP_YEAR_ANY, lx->val, dd)) {
			dt_span(h, c, i, k + kd);
			if (c->has_pub)
				dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y,
				    lx->val, dd);
			else
				dt_hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d",
				    lx->val, dd);
			return h->ntok;
		}
		dt_span(h, c, i, k);
		if (c->has_pub)
			dt_hit_set(h, TIMEX_DATE, "%04d-%02d", y, lx->val);
		else
			dt_hit_set(h, TIMEX_DATE, "XXXX-%02d", lx->val);
		return h->ntok;
	}
	if ((lx = L(u, C_WDAY)) != NULL && u->cap &&
	    !(lx->flags & F_PLURAL)) {
		struct cal_date pub = c->pub;
		long k;

		/* "the previous Friday", "the preceding Monday", "the
		 * following Tuesday", "the next Tuesday": before or after
		 * the day the text is at (a day it named; a narrative's
		 * "the following Tuesday"), not today */
		if ((W(t, previous) || W(t, preceding) || W(t, following) ||
		    (W(t, next) && W(tk(c, i - 1), the))) && c->has_ref &&
		    c->ref_gran == G_DAY && c->pub_gran == G_DAY)
			c->pub = c->ref;
		/* "this Tuesday" is the coming one ("hoping to win
		 * Michigan this Tuesday", written on a Friday), the one
		 * just past only in a past tense */
		k = dt_weekday(c, j, h, rel < 0 ? DIR_PREV : rel > 0 ?
		    DIR_NEXT : !W(t, this) ? -1 :
		    dt_tense_around(c, i, j + 1) < 0 ? DIR_PAST : DIR_FUTURE);
		c->pub = pub;
		if (k == 0)
			return 0;
		dt_span(h, c, i, j + k);
		return h->ntok;
	}
	if ((lx = L(u, C_SEASON)) != NULL) {
		int y0, s0 = dt_season_of(c->pub, &y0);

		dt_span(h, c, i, j + 1);
		h->type = TIMEX_DATE;
		/* in January and February, a season's year (the winter's,
		 * the one before) is no calendar's: "this summer" is the
		 * coming one */
		if (rel == 0 && W(t, this) && c->has_pub && !c->narrative &&
		    s0 == S_WI && c->pub.month <= 2 && lx->val != S_WI)
			rel = 1;
		else if (rel == 0 && W(t, this))
			rel = this_next_year(c, i, j, lx->val, s0);
		dt_season_value(c, h->value, sizeof(h->value), lx->val, rel);
		if (rel < 0)
			last_season_contrasted(c, i, j, lx->val, h);
		return h->ntok;
	}
	/* "last Thanksgiving": the one before publication */
	if ((hol = dt_holiday_at(c, j, &hstart, &hend)) != H_NONE &&
	    hstart == j) {
		dt_span(h, c, i, hend);
		dt_holiday_value(h, hol, c->has_pub ?
		    dt_holiday_rel_year(c, hol, rel) : 0);
		return h->ntok;
	}
	if (dt_part_of_day(c, j, &part) && rel <= 0 && (rel == 0 ||
	    part == P_NI || part == P_EV)) {
		dt_span(h, c, i, j + 1);
		dt_hit_day_part(h, c, cal_add_days(d, rel), part_code[part]);
		return h->ntok;
	}
	return 0;
}

/*
 * Is token i on a line of page furniture: a menu heading or a button
 * such as "Popular Now", "Trending Now", "Watch Now" (a line of at most
 * FURNITURE_WORDS capitalized words and nothing else)?  Such a "Now"
 * names no time.
 */
static int
furniture(struct ctx *c, long i)
{
	const struct tok *t = tk(c, i), *u;
	long a, b;

	for (a = i; a > i - FURNITURE_WORDS; a--) {
		u = tk(c, a - 1);
		if (u->kind == TK_NONE || u->para != t->para)
			break;
	}
	for (b = i + 1; b < a + FURNITURE_WORDS + 1; b++) {
		u = tk(c, b);
		if (u->kind == TK_NONE || u->para != t->para)
			break;
	}
	if (b - a > FURNITURE_WORDS || (tk(c, a - 1)->kind != TK_NONE &&
	    tk(c, a - 1)->para == t->para) || (tk(c, b)->kind != TK_NONE &&
	    tk(c, b)->para == t->para))
		return 0;
	for (; a < b; a++)
		if (tk(c, a)->kind != TK_WORD || !tk(c, a)->cap)
			return 0;
	return 1;
}

/* Accounting nouns after "current" that make it no time. */
static const union wkey current_terms[] = { { "account" }, { "accounts" },
	{ "assets" }, { "liabilities" }, { "ratio" }, { "yield" },
	{ "yields" }, { "dollars" }, { "prices" }, { "" } };

/* Function words after "current" that show it no attribute: a
 * predicate ("warnings are current for the coast", "current as of
 * Monday") or the noun ("this current of self-destruction"), where it
 * says nothing of the time.  Not "and", "or": "current and former
 * officials" is an attribute. */
static const union wkey current_function[] = { { "for" }, { "as" },
	{ "in" }, { "of" }, { "to" }, { "at" }, { "on" }, { "with" },
	{ "from" }, { "by" }, { "but" }, { "than" }, { "is" }, { "are" },
	{ "was" }, { "were" }, { "" } };

/* Does t, after "current", make it an adjective of time: a lower-case
 * word other than an accounting term or a function word? */
static int
current_adjective(const struct tok *t)
{
	if (t->kind != TK_WORD || t->cap)
		return 0;
	return !tok_among(t, current_terms) &&
	    !tok_among(t, current_function);
}

/* yesterday, today, tomorrow (+ morning...), tonight, now, recently... */
/* The words dt_deixis() opens on: today, yesterday, tomorrow, tonight,
 * now and its synonyms, current, recently, lately, soon (of "as soon as
 * possible"), and the, a, these before a word of time ("the future", "a
 * later date", "these days").
 * The rule tests it first, and dates_lexicon_new() leaves the rule out
 * of the rule set of every listed word it refuses (dt_rules_opened_by()),
 * so a word it lets through is the only way in: a new first word of the
 * rule goes here. */
int
dt_deixis_opens(const struct tok *t)
{
	return W(t, today) || W(t, yesterday) || W(t, tomorrow) ||
	    W(t, tonight) || W(t, now) || W(t, currently) || W(t, nowadays) ||
	    W(t, presently) || W(t, current) || W(t, recently) ||
	    W(t, lately) || W(t, soon) || W(t, the) || W(t, a) ||
	    W(t, these) || W(t, overnight);
}

/* Nouns of a day's own events and papers: "today's speech", "today's
 * vote", "today's editions" are the day, "today's world" is not. */
static const union wkey day_events[] = { { "speech" }, { "speeches" },
	{ "topic" }, { "quiz" }, { "edition" }, { "editions" }, { "paper" },
	{ "papers" }, { "issue" }, { "column" }, { "editorial" },
	{ "headlines" }, { "news" }, { "meeting" }, { "meetings" },
	{ "session" }, { "hearing" }, { "hearings" }, { "vote" }, { "votes" },
	{ "voting" }, { "game" }, { "games" }, { "match" }, { "race" },
	{ "final" }, { "event" }, { "events" }, { "show" }, { "episode" },
	{ "broadcast" }, { "program" }, { "programme" }, { "announcement" },
	{ "briefing" }, { "statement" }, { "decision" }, { "ruling" },
	{ "rally" }, { "debate" }, { "election" }, { "primary" },
	{ "primaries" }, { "caucus" }, { "caucuses" }, { "deadline" },
	{ "trading" }, { "close" }, { "attack" }, { "attacks" },
	{ "shooting" }, { "strike" }, { "storm" }, { "launch" }, { "summit" },
	{ "talks" }, { "visit" }, { "ceremony" }, { "service" }, { "parade" },
	{ "protest" }, { "march" }, { "interview" }, { "conference" },
	{ "agenda" }, { "schedule" }, { "date" }, { "report" }, { "release" },
	{ "announcements" }, { "" } };

/* Words of the noun phrase after "today's" read for its head: "today's
 * geography quiz", "today's earnings report". */
#define DAYS_NP_WORDS	3

static int
days_event(struct ctx *c, long j)
{
	const struct tok *t;
	long k;

	if (tk(c, j)->kind != TK_WORD)
		return 1;		/* "today's." : say the day */
	for (k = 0; k < DAYS_NP_WORDS; k++) {
		t = tk(c, j + k);
		if (t->kind != TK_WORD)
			break;
		if (tok_among(t, day_events))
			return 1;
	}
	return 0;
}

/* What follows "overnight" the night, not the idiom: a place or a
 * time, or a purpose ("fell overnight in Asia", "took to Twitter
 * overnight to accuse"). */
static const uint8_t after_overnight[DW_COUNT] = {
	IN(in), IN(on), IN(at), IN(to), IN(as), IN(after), IN(before), IN(from)
};

/* Is "overnight" at token i the adverb of a night: after no determiner
 * and before a preposition?  At a clause's end it is as often the idiom
 * for "suddenly" ("it won't happen overnight", "became a contender
 * overnight"), and before a noun the adjective ("overnight rates", "an
 * overnight stay"): neither names a night. */
static int
overnight_adverb(struct ctx *c, long i)
{
	const struct tok *p = tk(c, i - 1);

	if (W(p, a) || W(p, an) || W(p, the) || W(p, its) || W(p, their) ||
	    W(p, his) || W(p, her) || W(p, our) || W(p, this) || W(p, that))
		return 0;
	return WL(tk(c, i + 1), after_overnight);
}

/* How far back a name's sentence shows a lower-case word: "by the
 * Liberty Now PAC" (the name's own words and the one before it). */
#define NAME_LOWER_BACK	4

/* Is there a lower-case word among the NAME_LOWER_BACK tokens before
 * token i, in its paragraph? */
static int
lower_word_before(struct ctx *c, long i)
{
	const struct tok *u;
	long k;

	for (k = i - 1; k >= i - NAME_LOWER_BACK; k--) {
		u = tk(c, k);
		if (u->kind == TK_NONE || u->para != tk(c, i)->para)
			return 0;
		if (u->kind == TK_WORD && !u->cap)
			return 1;
	}
	return 0;
}

/* The words dt_deixis() reads after "the": the past, the future, the
 * present, the near future, the near, short or long term. */
int
dt_deixis_after_the(const struct tok *n)
{
	return W(n, past) || W(n, future) || W(n, present) || W(n, near) ||
	    W(n, short) || W(n, long);
}

/* What dt_deixis() reads after "a": a later date, a future time. */
int
dt_deixis_after_a(const struct tok *n)
{
	return W(n, later) || W(n, future);
}

/* A programme's nouns after its name ("Today programme", "Today show"),
 * compared as keys. */
static const union wkey programme_words[] = { { "programme" },
	{ "program" }, { "show" }, { "" } };

long
dt_deixis(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 1);
	int off, part;

	if (!dt_deixis_opens(t))
		return 0;

	/* "USA Today", "VOA Today": a Title Case "Today" after a name
	 * inside a sentence is the name's (a paper, a programme) */
	if (W(t, today) && t->cap && tk(c, i - 1)->kind == TK_WORD &&
	    tk(c, i - 1)->cap && tk(c, i - 1)->para == t->para)
		return 0;
	/* the same inside a name ("paid for by the Liberty Now PAC", "on
	 * The Tonight Show Starring"): between two capitalized words, in
	 * a sentence (a lower-case word shortly before; a headline in
	 * Title Case, "Donald Trump Is Now Being Held Up", has none); and
	 * a programme's one-word title in quotes (NBC's "Today"; not
	 * "Today's speech" opening a quote) */
	if (t->cap && (W(t, now) || W(t, tonight) || W(t, tomorrow)) &&
	    dt_cap_neighbour(c, i, i - 1) && dt_cap_neighbour(c, i, i + 1) &&
	    lower_word_before(c, i))
		return 0;
	/* a programme's name with its noun: "the BBC's Today
	 * programme", "NBC's Today show", "on the Tonight Show" */
	if (t->cap && (W(t, today) || W(t, tonight)) &&
	    tok_among(n, programme_words) && (W(tk(c, i - 1), the) ||
	    (W(tk(c, i - 1), s) && adj(tk(c, i - 1)))))
		return 0;
	if (t->cap && (W(t, today) || W(t, tonight)) &&
	    quote_mark(tk(c, i - 1)) && adj(t) && quote_mark(n) && adj(n) &&
	    !(W(tk(c, i + 2), s) && adj(tk(c, i + 2))))
		return 0;
	/* in a history "today" is the writer's day, not the story's */
	if (W(t, today) && c->narrative && !dt_part_of_day(c, i + 1, &part)) {
		dt_span(h, c, i, i + 1);
		if (c->has_dct)
			dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d",
			    c->dct.year, c->dct.month, c->dct.day);
		else
			dt_hit_set(h, TIMEX_DATE, "PRESENT_REF");
		return h->ntok;
	}
	/* "today's world", "in today's Washington", "today's refugees":
	 * the present generally (TimeML's PRESENT_REF); a day's own event
	 * or paper is the day ("today's speech", "today's editions") */
	if (W(t, today) && P(tk(c, i + 1), '\'') && adj(tk(c, i + 1)) &&
	    W(tk(c, i + 2), s) && adj(tk(c, i + 2)) &&
	    !days_event(c, i + 3)) {
		dt_span(h, c, i, i + 1);
		dt_hit_set(h, TIMEX_DATE, "PRESENT_REF");
		return h->ntok;
	}
	/* "the day after tomorrow", "the day before yesterday": two days
	 * from the writing, one timex (HeidelTime's); the rule is tried
	 * at its last word, so the span reaches back and the run goes on
	 * after it (ntok counts from here); the film "The Day After
	 * Tomorrow" is a title */
	if (((W(t, tomorrow) && W(tk(c, i - 1), after)) ||
	    (W(t, yesterday) && W(tk(c, i - 1), before))) &&
	    W(tk(c, i - 2), day) && W(tk(c, i - 3), the) &&
	    !tk(c, i - 1)->cap && !tk(c, i - 2)->cap) {
		dt_span(h, c, i - 3, i + 1);
		h->ntok = 1;
		dt_hit_gran(h, c, cal_add_days(c->pub, W(t, tomorrow) ? 2 : -2),
		    G_DAY);
		return h->ntok;
	}
	if (W(t, yesterday) || W(t, today) || W(t, tomorrow)) {
		off = W(t, yesterday) ? -1 : W(t, today) ? 0 : 1;
		if (dt_part_of_day(c, i + 1, &part)) {
			dt_span(h, c, i, i + 2);
			dt_hit_day_part(h, c, cal_add_days(c->pub, off),
			    part_code[part]);
			return h->ntok;
		}
		dt_span(h, c, i, i + 1);
		dt_hit_gran(h, c, cal_add_days(c->pub, off), G_DAY);
		return h->ntok;
	}
	if (W(t, tonight)) {
		dt_span(h, c, i, i + 1);
		dt_hit_day_part(h, c, c->pub, "NI");
		return h->ntok;
	}
	/* "Stocks fell overnight in Asia": the adverb is the night
	 * before the writing (TimeML TNI), tonight's in a future clause,
	 * the night of the day its paragraph named (as a clock time's);
	 * the adjective ("overnight rates", "an overnight stay") names
	 * no night */
	if (W(t, overnight)) {
		if (!overnight_adverb(c, i))
			return 0;
		dt_span(h, c, i, i + 1);
		h->keep_ref = 1;
		if (c->has_ref && c->ref_gran == G_DAY &&
		    c->ref_para == t->para)
			dt_hit_day_part(h, c, c->ref, "NI");
		else
			dt_hit_day_part(h, c, cal_add_days(c->pub,
			    dt_future_tense(c, i) ? 0 : -1), "NI");
		return h->ntok;
	}
	/* "Now, he says, ...": a discourse marker opening the sentence,
	 * not the present time.  ("Right now" is tagged from "now": the
	 * adverb before it expresses no TIMEX3 mod.) */
	if (W(t, now) && P(n, ',') && (is_sentence_end(tk(c, i - 1)) ||
	    (quote_mark(tk(c, i - 1)) && is_sentence_end(tk(c, i - 2)))))
		return 0;
	if (W(t, now) && furniture(c, i))
		return 0;
	if (W(t, now) || W(t, currently) || W(t, nowadays) ||
	    W(t, presently)) {
		dt_span(h, c, i, i + 1);
		dt_hit_set(h, TIMEX_DATE, "PRESENT_REF");
		return h->ntok;
	}
	/* "current" before a noun: the present ("his current wife",
	 * "current market conditions"; TimeML PRESENT_REF, as HeidelTime
	 * reads it), "then current" a present in the past (PAST_REF).  A
	 * unit after it is dt_relative's ("the current year"); not the
	 * accounting terms ("current account", "current assets") nor the
	 * noun ("the current.") */
	if (W(t, current) && current_adjective(n)) {
		if (tk(c, i - 1)->kind == TK_WORD &&
		    strcmp(tk(c, i - 1)->low, "then") == 0) {
			dt_span(h, c, i - 1, i + 1);
			dt_hit_set(h, TIMEX_DATE, "PAST_REF");
			return h->ntok;
		}
		dt_span(h, c, i, i + 1);
		dt_hit_set(h, TIMEX_DATE, "PRESENT_REF");
		return h->ntok;
	}
	/* "as soon as possible": the time ahead (HeidelTime's FUTURE_REF);
	 * a bare "soon" is tagged in too few of its uses */
	if (W(t, soon) && W(tk(c, i - 1), as) && W(n, as) &&
	    tk(c, i + 2)->kind == TK_WORD &&
	    strcmp(tk(c, i + 2)->low, "possible") == 0) {
		dt_span(h, c, i - 1, i + 3);
		dt_hit_set(h, TIMEX_DATE, "FUTURE_REF");
		return h->ntok;
	}
	if (W(t, recently) || W(t, lately)) {
		dt_span(h, c, i, i + 1);
		dt_hit_set(h, TIMEX_DATE, "PAST_REF");
		return h->ntok;
	}
	if (W(t, the) && (W(n, past) || W(n, future) ||
	    W(n, present))) {
		if (P(tk(c, i + 2), '-') && adj(tk(c, i + 2)))
			return 0;
		/* "the past two Republican contests", "the past few
		 * elections": an adjective before a count of things; "the
		 * past three summers", each of them (TimeBank's SET) */
		if (tk(c, i + 2)->kind == TK_NUM || L(tk(c, i + 2), C_NUM) ||
		    W(tk(c, i + 2), few) || W(tk(c, i + 2), several) ||
		    W(tk(c, i + 2), couple)) {
			static const char *const seasons[] = { "springs",
				"summers", "falls", "winters" };
			int k;

			for (k = 0; k < 4 && W(n, past); k++)
				if (strcmp(tk(c, i + 3)->low, seasons[k]) == 0) {
					dt_span(h, c, i, i + 4);
					dt_hit_set(h, TIMEX_SET, "XXXX-%s",
					    season_code[k]);
					return h->ntok;
				}
			return 0;
		}
		/* "the future of our peoples": what becomes of them, not
		 * a time; "Back to the Future", "the Party of the Future":
		 * capitalized, a title's */
		if (W(n, future) && (W(tk(c, i + 2), of) || n->cap))
			return 0;
		dt_span(h, c, i, i + 2);
		dt_hit_set(h, TIMEX_DATE, "%s", W(n, past) ? "PAST_REF" :
		    W(n, future) ? "FUTURE_REF" : "PRESENT_REF");
		return h->ntok;
	}
	if (W(t, the) && W(n, near) && W(tk(c, i + 2), future)) {
		dt_span(h, c, i, i + 3);
		dt_hit_set(h, TIMEX_DATE, "FUTURE_REF");
		return h->ntok;
	}
	/* "in the near term", "over the long term": the time ahead (TimeML
	 * FUTURE_REF); not the adjective "near-term" */
	if (W(t, the) && (W(n, near) || W(n, short) || W(n, long)) &&
	    W(tk(c, i + 2), term) && !(P(tk(c, i + 3), '-') &&
	    adj(tk(c, i + 3)))) {
		dt_span(h, c, i, i + 3);
		dt_hit_set(h, TIMEX_DATE, "FUTURE_REF");
		return h->ntok;
	}
	/* "at a later date", "a future date" */
	if (W(t, a) && (W(n, later) || W(n, future)) &&
	    W(tk(c, i + 2), date)) {
		dt_span(h, c, i, i + 3);
		dt_hit_set(h, TIMEX_DATE, "FUTURE_REF");
		return h->ntok;
	}
	if (W(t, these) && W(n, days)) {
		dt_span(h, c, i, i + 2);
		dt_hit_set(h, TIMEX_DATE, "PRESENT_REF");
		return h->ntok;
	}
	return 0;
}

/*
 * ", on August 15, 1948" / ", in 1948" after token i - 1: the calendar
 * date it names, into *d.  1 if there is one.
 */
int
dt_apposition(struct ctx *c, long i, struct cal_date *d)
{
	struct hit ah;
	int g;

	if (!P(tk(c, i), ',') || !(W(tk(c, i + 1), on) ||
	    W(tk(c, i + 1), in)))
		return 0;
	memset(&ah, 0, sizeof(ah));
	if (dt_month(c, i + 2, &ah, 0) <= 0 &&
	    dt_day_month(c, i + 2, &ah) <= 0 &&
	    (!dt_year_tok(c, i + 2) || dt_year(c, i + 2, &ah) <= 0))
		return 0;
	return ah.type == TIMEX_DATE && dt_value_date(ah.value, d, &g);
}

/* Does a phrase after token p open its clause ("The next year, ...",
 * ", and the next month ...")?  Then "the next year" is a time the
 * story moves to, not the year ahead ("over the next year"). */
static int
clause_opening(const struct tok *p)
{
	return p->kind == TK_NONE || is_sentence_end(p) || P(p, ',') ||
	    W(p, and) || quote_mark(p);
}

/* After "that fall", "that spring" the season, not the verb ("prices
 * that fall sharply", "doubts that spring from"): what may follow the
 * season in a clause it dates ("in Gaza that fall and decided", "that
 * spring when Capellas left"). */
static const union wkey season_ends[] = { { "and" }, { "when" },
	{ "but" }, { "or" }, { "as" }, { "" } };

/*
 * The calendar month or season a story's anaphor names: "that summer",
 * "that same March", "the following spring", "the previous March", "The
 * next winter," (opening its clause, as "The next year,").  Against
 * the last date the text named (the reference; the publication date
 * before one), to its granularity: "that" is the reference's year, "the
 * following" the first such month or season after the reference's,
 * "the previous" the last before it (of a reference known to the year
 * only, the year after or before).  Token j is the month or season,
 * off the direction; 0 if it is none, or no month of ours ("that March
 * Rubio", "the following March 5": a name, a date).
 */
static long
anaphoric_period(struct ctx *c, long i, long j, int off, struct hit *h)
{
	const struct tok *t = tk(c, j), *n = tk(c, j + 1);
	const struct lex *lx;
	struct cal_date r = c->has_ref ? c->ref : c->pub;
	int g = c->has_ref ? c->ref_gran : G_DAY, y, k, s0, y0;
	long end = j + 1;

	if (!c->has_ref && !c->has_pub)
		return 0;
	if ((lx = L(t, C_MONTH)) != NULL) {
		if (!t->cap)
			return 0;
		if (lx->flags & F_ABBR) {
			if (!P(n, '.'))
				return 0;
			n = tk(c, ++end);
		}
		if ((n->kind == TK_WORD && n->cap) || n->kind == TK_NUM)
			return 0;
		y = r.year;
		if (off > 0)
			y += g == G_YEAR || lx->val <= r.month;
		else if (off < 0)
			y -= g == G_YEAR || lx->val >= r.month;
		dt_span(h, c, i, end);
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d", y, lx->val);
		return h->ntok;
	}
	if ((lx = L(t, C_SEASON)) == NULL || t->cap)
		return 0;
	/* "that" alone before "fall" or "spring" is more often a
	 * relative pronoun before a verb */
	if (off == 0 && W(tk(c, i), that) && j == i + 1 &&
	    (W(t, fall) || W(t, spring)) && n->kind != TK_PUNCT &&
	    !tok_among(n, season_ends))
		return 0;
	/* seasons counted as year * 4 + season, a winter in the year it
	 * begins (dt_season_of()) */
	if (g == G_YEAR) {
		k = r.year * 4 + lx->val;
		k += off * 4;
	} else {
		s0 = dt_season_of(r, &y0);
		k = (off == 0 && !(lx->val == S_WI && s0 == S_WI) ? r.year :
		    y0) * 4 + lx->val;
		if (off > 0 && k <= y0 * 4 + s0)
			k += 4;
		else if (off < 0 && k >= y0 * 4 + s0)
			k -= 4;
	}
	dt_span(h, c, i, end);
	dt_hit_set(h, TIMEX_DATE, "%04d-%s", k / 4, season_code[lx->val]);
	return h->ntok;
}

/*
 * "That decade", "that same decade", "the following decade", "the
 * previous decade" (decade at j, off its shift): a decade of the story,
 * HeidelTime's UNDEF-REF-decade.  The reference is the decade the text
 * last named ("In the 1930s ... The following decade": 194) when no
 * date came after it; after a date, only that date's own decade ("in
 * 1962. Later that decade": 196): counted from a year, "the previous
 * decade" is mostly the ten years before it ("A 2014 study found the
 * city spent $500 million in the previous decade"), a length.  A length
 * is still the duration rule's: "over the following decade", "for the
 * previous decade" (P10Y), and so is a decade nothing before it
 * anchors.
 */
static long
anaphoric_decade(struct ctx *c, long i, long j, int off, struct hit *h)
{
	const struct tok *p = tk(c, i - 1);
	int v;

	if ((P(tk(c, j + 1), '-') && adj(tk(c, j + 1))) || W(p, over) ||
	    W(p, for) || W(p, within) || W(p, throughout))
		return 0;
	if (c->decade_val >= 0 && c->decade_last)
		v = c->decade_val + off;
	else if (c->has_ref && off == 0)
		v = c->ref.year / 10;
	else
		return 0;
	if (v < 0)
		return 0;
	dt_span(h, c, i, j + 1);
	dt_hit_set(h, TIMEX_DATE, "%03d", v);
	return h->ntok;
}

/*
 * Anaphoric and vague references with a unit: "that same year", "that
 * month", "the following day", "the next day", "the previous year"
 * against the last date the text named (HeidelTime's UNDEF-REF); "the
 * weekend".
 */
/* The words dt_anaphora() reads after "the" (the same day, the
 * following week, the weekend): its after_the test (dates.c). */
int
dt_anaphora_after_the(const struct tok *n)
{
	return W(n, weekend) || W(n, same) || W(n, following) ||
	    W(n, previous) || W(n, prior) || W(n, preceding) || W(n, next);
}

long
dt_anaphora(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i);
	const struct lex *lx;
	struct cal_date d;
	long j = i;
	int the = 0, off, part;

	if (W(t, the) || W(t, that)) {
		the = 1;
		j++;
	}
	t = tk(c, j);
	if (!the)
		return 0;
	if (W(t, weekend)) {
		struct hit mh;
		int g;

		dt_span(h, c, i, j + 1);
		h->type = TIMEX_DATE;
		d = c->pub;
		memset(&mh, 0, sizeof(mh));
		/* "the weekend of Aug. 20": that day's weekend, the one
		 * just before a Monday's (a long weekend: "the weekend of
		 * July 4" in 2016 is July 2-4); the day stays its own
		 * timex */
		/* and day first, as British and Indian news writes it:
		 * "the weekend of 9-10 January", "of 16 and 17 January",
		 * "of 9 January" (the first day's) */
		if (c->has_pub && W(tk(c, j + 1), of) &&
		    ((L(tk(c, j + 2), C_MONTH) != NULL && tk(c, j + 2)->cap &&
		    dt_month(c, j + 2, &mh, 1) > 0) ||
		    (tk(c, j + 2)->kind == TK_NUM &&
		    dt_day_month(c, j + 2, &mh) > 0)) &&
		    mh.type == TIMEX_DATE &&
		    dt_value_date(mh.value, &d, &g) && g == G_DAY) {
			if (cal_weekday(d.year, d.month, d.day) == 1)
				d = cal_add_days(d, -1);
			dt_weekend_value(h->value, sizeof(h->value), 1, d);
			return h->ntok;
		}
		d = c->pub;
		if (c->has_pub && !dt_future_tense(c, i))
			d = cal_add_days(d, -cal_weekday(d.year, d.month,
			    d.day));
		dt_weekend_value(h->value, sizeof(h->value), c->has_pub, d);
		return h->ntok;
	}
	if (W(t, same))
		off = 0;
	else if (W(t, following) && W(tk(c, i), the))
		off = 1;
	else if ((W(t, previous) || W(t, prior) || W(t, preceding)) &&
	    W(tk(c, i), the))
		off = -1;
	else if (W(t, next) && W(tk(c, i), the) &&
	    (W(tk(c, j + 1), day) || L(tk(c, j + 1), C_PART) != NULL ||
	    (clause_opening(tk(c, i - 1)) && (W(tk(c, j + 1), week) ||
	    W(tk(c, j + 1), month) || W(tk(c, j + 1), year) ||
	    L(tk(c, j + 1), C_MONTH) != NULL ||
	    L(tk(c, j + 1), C_SEASON) != NULL))))
		off = 1;
	else if (W(tk(c, i), that))
		off = 0, j--;
	else
		return 0;
	j++;
	/* "the next morning", "the previous night": a part of the day
	 * after (before) the reference day (a TIMEX3 TIME); "that night",
	 * "the same evening", "later that night": of the reference day,
	 * a story's (HeidelTime's UNDEF-REF-day with its part) */
	if (dt_part_of_day(c, j, &part)) {
		char day[TIMEX_VALUE_MAX];

		dt_span(h, c, i, j + 1);
		dt_hit_anaphoric(h, c, U_DAY, off);
		memcpy(day, h->value, sizeof(day));
		dt_hit_set(h, TIMEX_TIME, "%sT%s", day, part_code[part]);
		return h->ntok;
	}
	if (L(tk(c, j), C_MONTH) != NULL || L(tk(c, j), C_SEASON) != NULL)
		return anaphoric_period(c, i, j, off, h);
	if ((lx = L(tk(c, j), C_UNIT)) == NULL || (lx->flags & F_PLURAL))
		return 0;
	switch (lx->val) {
	case U_DAY:
	case U_WEEK:
	case U_MONTH:
	case U_YEAR:
		break;
	case U_DECADE:
		return anaphoric_decade(c, i, j, off, h);
	default:
		return 0;
	}
	/* "that day's", "the same day as": still the day; but "the same
	 * year-ago" and "that day-to-day" are not ours */
	if (P(tk(c, j + 1), '-') && adj(tk(c, j + 1)))
		return 0;
	dt_span(h, c, i, j + 1);
	dt_hit_anaphoric(h, c, lx->val, off);
	return h->ntok;
}
