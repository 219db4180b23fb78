/*
 * quarters.c — rules on quarters and fiscal periods: the third
 * quarter, third-quarter, the fiscal first quarter, the year-ago quarter,
 * the first half, a year ago in an earnings story (against the quarter
 * just named), and the year's end (by year-end).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_private.h"

/* "year-ago", "year-earlier", "year ago": tokens used. */
static long
year_ago(struct ctx *c, long j)
{
	if (W(tk(c, j), year) && P(tk(c, j + 1), '-') &&
	    (W(tk(c, j + 2), ago) || W(tk(c, j + 2), earlier)))
		return 3;
	return 0;
}

/*
 * The words dt_quarter() can open on, tested first: it is tried at most
 * tokens that reach the rules, and its full walk costs some 300
 * instructions to refuse one.
 */
static int
quarter_opener(const struct tok *t)
{
	const struct lex *lx;

	if (t->kind == TK_NUM)		/* "3rd quarter", "3Q24", */
		return t->ndig == 1 || t->ndig == 4; /* "2023's first half" */
	if ((lx = tok_lex(t)) == NULL)
		return 0;
	if (lx->cls == C_ORD)
		return 1;
	return W(t, the) || W(t, this) || W(t, last) ||
	    W(t, next) || W(t, comparable) || W(t, same) ||
	    W(t, corresponding) || W(t, year) || W(t, fiscal) ||
	    W(t, latest) || W(t, previous) || W(t, recent) ||
	    W(t, current);
}

/* "fiscal 2024", "fiscal year 2024", "FY2024", "FY24" at token j: its
 * tokens, the year in *y; 0 if none.  A fiscal quarter keeps its
 * label: "the first quarter of fiscal 2024" is 2024-Q1. */
static long
fiscal_year(struct ctx *c, long j, int *y)
{
	struct hit yh;
	long k;

	if (!W(tk(c, j), fiscal) && !W(tk(c, j), fy))
		return 0;
	memset(&yh, 0, sizeof(yh));
	if ((k = dt_year(c, j, &yh)) <= 0 || strlen(yh.value) != 4)
		return 0;
	*y = atoi(yh.value);
	return k;
}

/*
 * "Q2", "Q3 2024", "H1 2025", "Q4 of 2023", "Q3'23", "Q3 '23": a
 * quarter or half in the business shorthand, a capital letter and its
 * number with nothing between; without a year, the publication year's
 * (TIMEX3 "2024-Q2").
 */
static long
quarter_code(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 1);
	int half = W(t, h), ord, y;
	long j = i + 2, k;

	if (!t->cap || n->kind != TK_NUM || !adj(n) || n->ndig != 1 ||
	    n->num < 1 || n->num > (half ? 2 : 4))
		return 0;
	/* nothing glued after it but a fiscal year's label, as Indian
	 * papers and brokers write the code ("Q2FY27", "H1FY27") */
	if (tk(c, j)->kind != TK_NONE && adj(tk(c, j)) &&
	    tk(c, j)->kind != TK_PUNCT &&
	    !(W(tk(c, j), fy) && fiscal_year(c, j, &y) > 0))
		return 0;
	ord = n->num;
	if (dt_year_tok(c, j) && tk(c, j)->sp)
		y = tk(c, j++)->num;
	else if (P(tk(c, j), '\'') && is_num(tk(c, j + 1), 2, 2) &&
	    adj(tk(c, j + 1)) && !(adj(tk(c, j + 2)) &&
	    tk(c, j + 2)->kind != TK_PUNCT)) {
		y = dt_century_of(c, tk(c, j + 1)->num);
		j += 2;
	}
	else if (W(tk(c, j), of) && dt_year_tok(c, j + 1))
		y = tk(c, j + 1)->num, j += 2;
	else if (W(tk(c, j), of) && (k = fiscal_year(c, j + 1, &y)) > 0)
		j += 1 + k;
	else if ((k = fiscal_year(c, j, &y)) > 0)
		j += k;		/* "Q3 FY26", "H1 fiscal 2025" */
	else if (c->has_pub)
		y = c->pub.year;
	else
		y = 0;
	dt_span(h, c, i, j);
	if (y == 0) {
		dt_hit_set(h, TIMEX_DATE, half ? "XXXX-H%d" : "XXXX-Q%d", ord);
		return h->ntok;
	}
	dt_hit_set(h, TIMEX_DATE, half ? "%04d-H%d" : "%04d-Q%d", y, ord);
	if (!half) {
		c->q_year = y;
		c->q_num = ord;
		c->q_tok = i;
	}
	return h->ntok;
}

/*
 * "3Q24", "3Q 2024", "1H24", "2H 2023", "4Q": the analysts' shorthand,
 * the number before its letter, glued; the year glued after it as two
 * digits, or four after a space.  A half needs its year ("2H" is also a
 * pencil's lead); a quarter without one is the publication year's.
 */
static long
digit_quarter_code(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 1), *y = tk(c, i + 2);
	int half = W(n, h), year;
	long j = i + 2;

	if (t->ndig != 1 || t->num < 1 || t->num > (half ? 2 : 4) ||
	    !adj(n))
		return 0;
	if (is_num(y, 2, 2) && adj(y) && !adj(tk(c, i + 3))) {
		year = dt_century_of(c, y->num);
		j++;
	} else if (y->sp && dt_year_tok(c, i + 2)) {
		year = y->num;
		j++;
	} else if (!half && !(adj(y) && y->kind != TK_PUNCT) && c->has_pub)
		year = c->pub.year;
	else
		return 0;
	dt_span(h, c, i, j);
	dt_hit_set(h, TIMEX_DATE, half ? "%04d-H%d" : "%04d-Q%d", year,
	    t->num);
	if (!half) {
		c->q_year = year;
		c->q_num = t->num;
		c->q_tok = i;
	}
	return h->ntok;
}

/*
 * Quarters and halves: the third quarter, third-quarter, the fiscal
 * first quarter, the year-ago quarter, the latest quarter, the first
 * half, the third quarter of 1989.  A quarter without a number is the
 * last complete one, as financial reports use it.
 */
/* The tokens dt_quarter() opens on: Q and H of "Q2", "H1", and
 * quarter_opener()'s.
 * The rule tests it first, and dates_lexicon_new() leaves the rule out
 * of the rule set of every listed word it refuses (dt_rules_opened_by()),
 * so a word it lets through is the only way in: a new first word of the
 * rule goes here. */
int
dt_quarter_opens(const struct tok *t)
{
	return W(t, q) || W(t, h) || quarter_opener(t);
}

/* Words of a game's play: in their sentence a quarter or a half is the
 * game's, not the calendar's.  Not "points" (a poll's or an index's,
 * "up two points in the first quarter"), "goal" or "lead" (a company's
 * too); "scored", "scoring" are the games' verb (a company "posted" or
 * "earned"). */
static const uint8_t game_words[DW_COUNT] = {
	IN(touchdown), IN(touchdowns), IN(halftime), IN(rebounds),
	IN(quarterback), IN(interception), IN(interceptions), IN(buzzer),
	IN(fumble), IN(layup), IN(layups), IN(scored), IN(scoring),
	IN(overtime), IN(yards), IN(dunk), IN(dunks), IN(pointer),
	IN(pointers), IN(goalkeeper), IN(equalizer), IN(equaliser)
};

/*
 * Is the quarter or half [i, j) a period of a game ("a touchdown in the
 * third quarter", "the second half of the game", "the fourth quarter of
 * play")?  A game's word in its sentence, or "of the game", "of play"
 * after it.  TimeML's DATE values name calendar periods; a game's
 * quarter is none, so it gets no timex.
 */
static int
game_period(struct ctx *c, long i, long j)
{
	long k;

	if (W(tk(c, j), of) && (W(tk(c, j + 1), play) ||
	    (W(tk(c, j + 1), the) && W(tk(c, j + 2), game))))
		return 1;
	for (k = i - 1; k >= i - GAME_BACK && !is_sentence_end(tk(c, k));
	    k--)
		if (WL(tk(c, k), game_words))
			return 1;
	for (k = j; k < j + GAME_AHEAD && !is_sentence_end(tk(c, k)); k++)
		if (WL(tk(c, k), game_words))
			return 1;
	return 0;
}

/*
 * What dt_quarter() reads after "the" before it refuses (its side
 * effect too, the frame of "the quarter-to-quarter" comparison, comes
 * later): the comparable/same/corresponding quarter, the year-ago
 * quarter, a year, fiscal, the latest/last/previous/recent/current
 * quarter, an ordinal, "the latter half", a number of "3rd", or the
 * quarter, half or period themselves.
 */
int
dt_quarter_after_the(const struct tok *n)
{
	return n->kind == TK_NUM || L(n, C_ORD) != NULL ||
	    W(n, comparable) || W(n, same) || W(n, corresponding) ||
	    W(n, year) || W(n, fiscal) || W(n, latest) || W(n, last) ||
	    W(n, previous) || W(n, recent) || W(n, current) ||
	    W(n, latter) || W(n, quarter) || W(n, half) || W(n, period);
}

/* What dt_quarter() reads after a number: the suffix of "3rd", the
 * letter of "3Q24", the possessive of "2023's first quarter". */
int
dt_quarter_after_num(const struct tok *n)
{
	return W(n, th) || W(n, st) || W(n, nd) || W(n, rd) || W(n, q) ||
	    W(n, h) || P(n, '\'');
}

/*
 * "the quarter ended Sept. 30", "the quarter ending December 2026",
 * "the quarter that ended in September", "the quarter to September": a
 * quarter with no number named by its last month, at token j after
 * "quarter" (a half, "the half-year ended 30 June", with months
 * HALF_MONTHS; a quarter's QUARTER_MONTHS).  A calendar quarter is
 * the three months that end in it (TIMEX3 values name calendar
 * periods: the December quarter is 2026-Q4 whoever's fiscal year it
 * closes; a numbered one, "its fourth quarter ended June 30", keeps its
 * fiscal label).  The year is the one written after the month; else the
 * one the month's own timex takes (its tense, else the nearest), so
 * that the quarter and its month agree.  Only a month that closes a
 * calendar quarter (half) names one.  1 and *y, *q (the quarter's or
 * the half's number) set; else 0.
 */
static const union wkey which[] = { { "which" }, { "" } };

/* Inline in both its callers: dt_quarter() asks it of every "the
 * quarter", and a call there cost more than the test. */
static inline __attribute__((always_inline)) int
period_ended_in(struct ctx *c, long j, int months, int *y, int *q)
{
	const struct lex *lx;
	long first, k, at;
	int m, d = 0;

	if (W(tk(c, j), that) || tok_among(tk(c, j), which))
		j++;
	/* and the British "to" ("the half year to 31 December", "the
	 * quarter to September"), right before its day or month */
	if (W(tk(c, j), to))
		j++;
	else if (W(tk(c, j), ended) || W(tk(c, j), ending) ||
	    W(tk(c, j), ends)) {
		j++;
		if (W(tk(c, j), on) || W(tk(c, j), in))
			j++;
	} else
		return 0;
	/* the day first, as British and Indian reports write it ("the
	 * quarter ended 30 September", "ended 31st March") */
	first = j;
	if ((k = dt_day_num(c, j, &d)) > 0)
		j += k;
	/* a month that closes a calendar quarter (March, June, September,
	 * December): a retailer's quarter ended April 30 (February to
	 * April) is no calendar quarter, and keeps the last complete one */
	if ((lx = L(tk(c, j), C_MONTH)) == NULL || !tk(c, j)->cap ||
	    lx->val % months != 0)
		return 0;
	m = lx->val;
	j++;
	if (P(tk(c, j), '.') && adj(tk(c, j)) && (lx->flags & F_ABBR))
		j++;
	if (d == 0 && is_num(tk(c, j), 1, 2) && tk(c, j)->num >= 1 &&
	    tk(c, j)->num <= 31) {
		d = tk(c, j)->num;
		j++;
	}
	if (P(tk(c, j), ','))
		j++;
	*q = (m - 1) / months + 1;
	if (dt_year_tok(c, j)) {
		*y = tk(c, j)->num;
		return 1;
	}
	if (!c->has_pub || (d != 0 && !cal_valid(LEAP_YEAR_ANY, m, d)))
		return 0;
	/* the year the month's own timex takes, asked as its rule asks
	 * it, from its first token: one decision for the two ("the
	 * quarter ending in March were strong", written in December:
	 * both the March past) */
	at = c->at_tok;
	c->at_tok = first;
	*y = d != 0 ? dt_month_day_year(c, first, m, d) :
	    dt_bare_month_year(c, first, m);
	c->at_tok = at;
	return 1;
}

/*
 * "the half-year ended 30 June", "the half year to 31 December" at
 * token i: a calendar half named by its last month, as "the quarter
 * ended Sept. 30" is a quarter (Australian and British results).  Out
 * of line: rare, and asked only after "the half" with no ordinal.
 */
static __attribute__((noinline)) long
half_year_ended(struct ctx *c, long i, struct hit *h)
{
	long k = i + 2;
	int y, ord;

	if (P(tk(c, k), '-') && adj(tk(c, k)) && adj(tk(c, k + 1)))
		k++;
	if (!W(tk(c, k), year) ||
	    !period_ended_in(c, k + 1, HALF_MONTHS, &y, &ord))
		return 0;
	dt_span(h, c, i, k + 1);
	dt_hit_set(h, TIMEX_DATE, "%04d-H%d", y, ord);
	return h->ntok;
}

long
dt_quarter(struct ctx *c, long i, struct hit *h)
{
	const struct lex *lx;
	struct cal_date d = c->pub;
	long j = i, k;
	int the = 0, ago = 0, ord = 0, half = 0, latest = 0, cur = 0, y;
	int yrel = 0, ylit = 0, hyph = 0, named, poss = 0;

	if (!dt_quarter_opens(tk(c, i)))
		return 0;
	if (W(tk(c, i), q) || W(tk(c, i), h))
		return quarter_code(c, i, h);
	if (tk(c, i)->kind == TK_NUM && (W(tk(c, i + 1), q) ||
	    W(tk(c, i + 1), h)))
		return digit_quarter_code(c, i, h);
	if (W(tk(c, j), the)) {
		the = 1;
		j++;
	} else if ((W(tk(c, j), this) || W(tk(c, j), last) ||
	    W(tk(c, j), next)) && W(tk(c, j + 1), year) &&
	    P(tk(c, j + 2), '\'') && W(tk(c, j + 3), s)) {
		/* this year's third quarter */
		yrel = W(tk(c, j), this) ? 0 : W(tk(c, j), last) ? -1 : 1;
		the = 1;
		j += 4;
		if (!c->has_pub)
			return 0;
		d = cal_add_years(d, yrel);
	} else if (tk(c, j)->kind == TK_NUM && P(tk(c, j + 1), '\'') &&
	    adj(tk(c, j + 1)) && W(tk(c, j + 2), s) && adj(tk(c, j + 2)) &&
	    dt_year_tok(c, j)) {
		/* "2023's first quarter", "2024's second half": the
		 * year's own, as "the first quarter of 2023" */
		ylit = tk(c, j)->num;
		poss = the = 1;
		j += 3;
	}
	if (W(tk(c, j), comparable) || W(tk(c, j), same) ||
	    W(tk(c, j), corresponding))
		j++;
	if ((k = year_ago(c, j)) > 0) {
		ago = 1;
		j += k;
	} else if (the && dt_year_tok(c, j)) {
		ylit = tk(c, j)->num;
		j++;
	}
	if (W(tk(c, j), fiscal)) {
		j++;
		if (P(tk(c, j), '-') && adj(tk(c, j)))
			j++;
	}
	if (W(tk(c, j), latest) || W(tk(c, j), last) ||
	    W(tk(c, j), previous) || W(tk(c, j), recent)) {
		latest = 1;
		j++;
	} else if (W(tk(c, j), current)) {
		cur = 1;
		j++;
	}
	if ((lx = L(tk(c, j), C_ORD)) != NULL && lx->val <= 4) {
		ord = lx->val;
		j++;
	} else if (the && (W(tk(c, j - 1), last) || W(tk(c, j), latter)) &&
	    W(tk(c, j + (W(tk(c, j), latter) ? 1 : 0)), half)) {
		/* "the last half of 1989", "the latter half": the second */
		j += W(tk(c, j), latter) ? 1 : 0;
		ord = 2;
		latest = 0;
	} else if (is_num(tk(c, j), 1, 1) && tk(c, j)->num >= 1 &&
	    tk(c, j)->num <= 4 && dt_ord_suffix(c, j + 1)) {
		ord = tk(c, j)->num;
		j += 2;
	}
	if (ord && P(tk(c, j), '-') && adj(tk(c, j))) {
		hyph = 1;
		j++;
	}
	if (W(tk(c, j), quarter))
		;
	else if (W(tk(c, j), half)) {
		if (ord < 1 || ord > 2)
			return the && j == i + 1 ? half_year_ended(c, i, h) : 0;
		half = 1;
	}
	else if (W(tk(c, j), period) && (ago || ylit || (latest && the)) &&
	    !ord) {
		/* the year-earlier period, the 1988 period; in an earnings
		 * story "the latest period" is the quarter reported */
	} else
		return 0;
	/* "the quarter-to-quarter comparison", "quarter-over-quarter
	 * growth", "a quarter-century": a compound, no timex;
	 * in an earnings story it still compares the quarter reported,
	 * which stays the frame of "the year-earlier period" after it */
	if (P(tk(c, j + 1), '-') && adj(tk(c, j + 1)) &&
	    tk(c, j + 2)->kind == TK_WORD && adj(tk(c, j + 2)) &&
	    P(tk(c, j + 3), '-') && adj(tk(c, j + 3))) {
		if (c->has_pub && W(tk(c, j + 4), quarter) && !half &&
		    !ord && the && !ago && !ylit && !yrel) {
			d = cur ? d : cal_add_months(d, -3);
			c->q_year = d.year;
			c->q_num = cal_quarter(d.month);
			c->q_tok = i;
		}
		return 0;
	}
	/* "the quarter of caucus voters who", "the quarter of a century":
	 * a fourth of something, unless of a year ("the latest quarter of
	 * 1989", "of fiscal 1990", "of this year") */
	if (!ord && !half && W(tk(c, j), quarter) && W(tk(c, j + 1), of) &&
	    !dt_year_tok(c, j + 2) && !W(tk(c, j + 2), fiscal) &&
	    !W(tk(c, j + 2), this) && !W(tk(c, j + 2), next) &&
	    !W(tk(c, j + 2), last))
		return 0;
	if ((!ord && !ago && !latest && !cur && !the) || (poss && !ord))
		return 0;
	if (!ord && latest && !the)
		return 0;		/* "last quarter" is r_relative's */
	j++;
	/* "the first half of March": the month's, no half-year */
	if (half && dt_of_month(c, j))
		return 0;
	/* "the last half of the '80s": the decade, its start or end */
	if (half && W(tk(c, j), of) && !dt_year_tok(c, j + 1) &&
	    (k = dt_decade(c, j + 1, h)) > 0) {
		dt_span(h, c, i, j + 1 + k);
		h->mod = ord == 1 ? TIMEX_MOD_START : TIMEX_MOD_END;
		return h->ntok;
	}
	/* "the second half of the decade", "the first half of this
	 * century": the publication's decade or century, its start or
	 * end (not "of the game", a game's) */
	if (half && W(tk(c, j), of) && (W(tk(c, j + 1), the) ||
	    W(tk(c, j + 1), this)) && (W(tk(c, j + 2), decade) ||
	    W(tk(c, j + 2), century))) {
		dt_span(h, c, i, j + 3);
		h->mod = ord == 1 ? TIMEX_MOD_START : TIMEX_MOD_END;
		dt_hit_gran(h, c, d, W(tk(c, j + 2), decade) ? G_DECADE :
		    G_CENTURY);
		return h->ntok;
	}
	if (!c->has_pub && !ord && !ylit)
		return 0;
	y = d.year;
	if (ylit)
		y = ylit;
	else if (W(tk(c, j), of) && dt_year_tok(c, j + 1)) {
		y = tk(c, j + 1)->num;
		ylit = y;
		j += 2;
	} else if (W(tk(c, j), of) && (k = fiscal_year(c, j + 1, &y)) > 0) {
		ylit = y;
		j += 1 + k;
	} else if (W(tk(c, j), of) && c->has_pub && W(tk(c, j + 2), year) &&
	    (W(tk(c, j + 1), next) || W(tk(c, j + 1), last) ||
	    W(tk(c, j + 1), this))) {
		/* "the first half of next year": the year named by its
		 * distance from publication */
		y = d.year + (W(tk(c, j + 1), next) ? 1 :
		    W(tk(c, j + 1), last) ? -1 : 0);
		ylit = y;
		j += 3;
	} else if (W(tk(c, j), of) && c->has_pub && half &&
	    W(tk(c, j + 1), the) && W(tk(c, j + 2), year) &&
	    !(P(tk(c, j + 3), '-') && adj(tk(c, j + 3)))) {
		/* "the second half of the year": one timex, the year's
		 * half (not "of the year-ago period") */
		ylit = y;
		j += 3;
	} else if (dt_year_tok(c, j) && tk(c, j)->sp) {
		y = tk(c, j)->num;
		ylit = y;
		j++;
	} else if (tk(c, j)->sp && (k = fiscal_year(c, j, &y)) > 0) {
		/* "first-half FY26", "the second quarter fiscal 2025", as
		 * Indian and Australian business news writes them: the
		 * fiscal year's, by its label, as "of FY26" */
		ylit = y;
		j += k;
	}
	/* a game's quarter or half, named by its number with no year */
	if (ord && !ylit && !yrel && !ago && game_period(c, i, j))
		return 0;
	/* "the third-quarter loss": the article is the noun's */
	if (hyph && the && !yrel && !ylit && !ago && !latest && !cur)
		i++;
	dt_span(h, c, i, j);
	if (!c->has_pub && !ylit) {
		dt_hit_set(h, TIMEX_DATE, half ? "XXXX-H%d" : "XXXX-Q%d", ord);
		return h->ntok;
	}
	if (!ord && ylit && !half) {
		/* "the 1988 period", "the 1989 quarter": in an earnings
		 * story the quarter reported, in the year named; else the
		 * year is all we know */
		if (dt_quarter_frame(c, i))
			dt_hit_set(h, TIMEX_DATE, "%04d-Q%d", y, c->q_num);
		else
			dt_hit_set(h, TIMEX_DATE, "%04d", y);
		return h->ntok;
	}
	named = ord;
	if (!ord && !half && !ago && !yrel && W(tk(c, j - 1), quarter) &&
	    period_ended_in(c, j, QUARTER_MONTHS, &y, &ord)) {
		/* "the quarter ended Sept. 30": the month's quarter */
	} else if (!ord) {
		d = cur ? d : cal_add_months(d, -3);
		y = d.year;
		ord = cal_quarter(d.month);
	}
	if (ago)
		y--;
	/* "the fourth quarter" from January to March is the one just
	 * ended, as a bare month is the nearest one (dt_month_year_tense):
	 * this year's starts over half a year ahead */
	else if (named && !half && !ylit && !yrel && c->has_pub &&
	    c->pub_gran == G_DAY && !c->narrative &&
	    (ord - 1) * QUARTER_MONTHS + 1 - c->pub.month > MONTH_NEAR_MAX &&
	    dt_tense_around(c, i, j) <= 0)
		y--;
	dt_hit_set(h, TIMEX_DATE, half ? "%04d-H%d" : "%04d-Q%d", y, ord);
	if (!half && !ago) {
		c->q_year = y;
		c->q_num = ord;
		c->q_tok = i;
	}
	return h->ntok;
}

/*
 * "A year ago" in an earnings report means the same quarter a year
 * before, when a quarter was named shortly before.  Tokens within
 * which the last quarter still sets the frame: a few sentences.
 */
#define QUARTER_FRAME_TOKENS	120

int
dt_quarter_frame(struct ctx *c, long i)
{
	return c->has_pub && c->q_tok >= 0 && i - c->q_tok <=
	    QUARTER_FRAME_TOKENS;
}

/* Bare "year-earlier", "year-ago": the year before publication. */
long
dt_year_ago(struct ctx *c, long i, struct hit *h)
{
	long k = year_ago(c, i);

	if (k == 0 || !c->has_pub)
		return 0;
	dt_span(h, c, i, i + k);
	if (dt_quarter_frame(c, i))
		dt_hit_set(h, TIMEX_DATE, "%04d-Q%d", c->q_year - 1, c->q_num);
	else
		dt_hit_gran(h, c, cal_add_years(c->pub, -1), G_YEAR);
	return h->ntok;
}

static const uint8_t year_end_cues[DW_COUNT] = {
	IN(by), IN(around), IN(at), IN(since), IN(until), IN(till), IN(before),
	IN(after)
};

/*
 * "year to date", "year-to-date": the publication year.
 * "by year-end", "around year end", "at year's end": the end of the
 * publication year, as "by the end of the year" says it (the year, mod
 * END: TimeML's value of the period and its part); "since year-end"
 * counts from a point, the last day of the year before.  Only after a
 * preposition: "year-end results" is an adjective, not a timex.
 */
/* Objects after "date" the verb ("no year to date it by"). */
static const union wkey date_objects[] = { { "it" }, { "them" },
	{ "him" }, { "her" }, { "" } };

/* The shortest superlative in -est read as one ("driest", "latest"):
 * shorter words in -est are others ("best" is listed, "west", "rest"). */
#define SUPERLATIVE_MIN	6

/* Superlatives not in -est, and the words of one in two ("the most
 * profitable"). */
static const union wkey superlatives[] = { { "best" }, { "worst" },
	{ "record" }, { "" } };
static const union wkey superlative_adverbs[] = { { "most" },
	{ "least" }, { "" } };

/*
 * Is the word before "year" at token i a superlative ("the warmest year
 * to date", "its best year to date", "the most profitable year to
 * date")?  Then "to date" ranks the year among all years so far: the
 * year is the one the sentence names ("Last year was the warmest year to
 * date"), not the publication's.
 */
static int
superlative_before(struct ctx *c, long i)
{
	const struct tok *t = tk(c, i - 1);
	size_t n;

	if (t->kind != TK_WORD || t->cap)
		return 0;
	if (tok_among(t, superlatives) ||
	    tok_among(tk(c, i - 2), superlative_adverbs))
		return 1;
	n = strnlen(t->low, TOK_LOW_MAX);
	return n >= SUPERLATIVE_MIN && t->low[n - 3] == 'e' &&
	    t->low[n - 2] == 's' && t->low[n - 1] == 't';
}

long
dt_year_end(struct ctx *c, long i, struct hit *h)
{
	long k;

	if (!W(tk(c, i), year))
		return 0;
	/* "up 12 per cent year to date", "year-to-date sales": this year
	 * so far, the year "so far this year" names (TimeBank's "this
	 * year" there is the year: no TIMEX3 value names part of one up to
	 * now) */
	if ((W(tk(c, i + 1), to) && W(tk(c, i + 2), date) && (k = 3)) ||
	    (P(tk(c, i + 1), '-') && adj(tk(c, i + 1)) &&
	    W(tk(c, i + 2), to) && adj(tk(c, i + 2)) &&
	    P(tk(c, i + 3), '-') && adj(tk(c, i + 3)) &&
	    W(tk(c, i + 4), date) && adj(tk(c, i + 4)) && (k = 5))) {
		/* "no year to date it": the verb and its object; "the
		 * warmest year to date": a year ranked so far */
		if (tok_among(tk(c, i + k), date_objects) ||
		    superlative_before(c, i))
			return 0;
		dt_span(h, c, i, i + k);
		dt_hit_gran(h, c, c->pub, G_YEAR);
		return h->ntok;
	}
	if (!WL(tk(c, i - 1), year_end_cues))
		return 0;
	if (P(tk(c, i + 1), '-') && adj(tk(c, i + 1)) &&
	    W(tk(c, i + 2), end) && adj(tk(c, i + 2)))
		k = 3;
	else if (W(tk(c, i + 1), end))
		k = 2;
	else if (P(tk(c, i + 1), '\'') && adj(tk(c, i + 1)) &&
	    W(tk(c, i + 2), s) && W(tk(c, i + 3), end))
		k = 4;		/* "by year's end" */
	else
		return 0;
	dt_span(h, c, i, i + k);
	if (!W(tk(c, i - 1), since)) {
		h->mod = TIMEX_MOD_END;
		dt_hit_gran(h, c, c->pub, G_YEAR);
	} else if (c->has_pub)
		dt_hit_set(h, TIMEX_DATE, "%04d-12-31", c->pub.year - 1);
	else
		dt_hit_set(h, TIMEX_DATE, "XXXX-12-31");
	return h->ntok;
}
