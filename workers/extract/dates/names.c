/*
 * names.c — rules on calendar names: months with or without a day and
 * year (August 15, 1948; Aug. 15; June last year), days before months
 * (15 August 1948), ordinal days (on the 13th), nth weekdays of a month
 * (the first Monday in May) and seasons (this summer, the spring of
 * 1990).  Weekdays and weekends are weekdays.c's, holidays holidays.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_private.h"

/*
 * "on the 13th": a day of the month the text is in: the month of a day
 * or a month its paragraph named, when the day is not before that day
 * ("Results day is Thursday 15th August, with GCSE results following on
 * the 22nd": August 22) and the date so read is not after the
 * publication unless the story or the tense is ahead; else the
 * publication month, or the one before when the day is still to come
 * and the tense is not future.  Only after "on" and before punctuation,
 * which leaves "the 13th floor" and "the 5th century" alone.
 */
/* What dt_ordinal_day() reads after "the": a day's number. */
int
dt_ordinal_day_after_the(const struct tok *n)
{
	return n->kind == TK_NUM;
}

/* The words before "on the 3rd" that say its day follows the one
 * named: "the next one on", "following on", "later on". */
#define FOLLOWS_BACK	3

static int
follows_named(struct ctx *c, long i)
{
	long k;

	for (k = 2; k <= 1 + FOLLOWS_BACK; k++)
		if (W(tk(c, i - k), next) || W(tk(c, i - k), following) ||
		    W(tk(c, i - k), later))
			return 1;
	return 0;
}

long
dt_ordinal_day(struct ctx *c, long i, struct hit *h)
{
	const struct tok *n;
	struct cal_date d;
	long k;
	int day;

	if (!W(tk(c, i), the) || !W(tk(c, i - 1), on))
		return 0;
	if ((k = dt_day_num(c, i + 1, &day)) != 2)
		return 0;
	n = tk(c, i + 1 + k);
	if (n->kind != TK_NONE && n->kind != TK_PUNCT)
		return 0;
	dt_span(h, c, i, i + 1 + k);
	if (!c->has_pub) {
		dt_hit_set(h, TIMEX_DATE, "XXXX-XX-%02d", day);
		return h->ntok;
	}
	/* "The vote is on 28 August, with results on the 3rd", "The
	 * meeting was on 30 June, and the next one on the 2nd": a smaller
	 * day that follows the day named, ahead of the writing or said
	 * to follow, is the next month's (review T5); "campaigning began
	 * on the 3rd" after it keeps the reading below */
	if (c->has_ref && c->ref_para == dt_at_para(c) &&
	    c->ref_gran == G_DAY && day < c->ref.day &&
	    (cal_diff_days(c->pub, c->ref) > 0 || follows_named(c, i) ||
	    dt_future_tense(c, i))) {
		d = cal_add_months((struct cal_date){ c->ref.year,
		    c->ref.month, 1 }, 1);
		if (!cal_valid(d.year, d.month, day))
			return 0;
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", d.year, d.month,
		    day);
		return h->ntok;
	}
	if (c->has_ref && c->ref_para == dt_at_para(c) &&
	    (c->ref_gran == G_DAY || c->ref_gran == G_MONTH) &&
	    (c->ref_gran == G_MONTH || day >= c->ref.day) &&
	    cal_valid(c->ref.year, c->ref.month, day)) {
		d = (struct cal_date){ c->ref.year, c->ref.month, day };
		if (cal_diff_days(c->pub, d) <= 0 ||
		    cal_diff_days(c->pub, c->ref) > 0 ||
		    dt_future_tense(c, i)) {
			dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", d.year,
			    d.month, day);
			return h->ntok;
		}
	}
	d = c->pub;
	if (day > d.day && !dt_future_tense(c, i))
		d = cal_add_months(d, -1);
	else if (day < d.day && dt_future_tense(c, i))
		d = cal_add_months(d, 1);
	if (!cal_valid(d.year, d.month, day))
		return 0;
	dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", d.year, d.month, day);
	return h->ntok;
}

/*
 * "the first Monday of May", "the second Tuesday in November 2020",
 * "the last Sunday of September": the nth weekday of a month (HeidelTime
 * computes its moving holidays so), in the year given, else the year a
 * bare month takes (the tense, else within six months).
 */
/* What dt_nth_weekday() reads after "the": an ordinal or "last". */
int
dt_nth_weekday_after_the(const struct tok *n)
{
	return L(n, C_ORD) != NULL || W(n, last);
}

long
dt_nth_weekday(struct ctx *c, long i, struct hit *h)
{
	const struct tok *o = tk(c, i + 1), *w = tk(c, i + 2);
	const struct lex *lo = L(o, C_ORD), *lw = L(w, C_WDAY), *lm;
	long j = i + 4;
	int n, y, m, d, last;

	if (!W(tk(c, i), the) || (lo == NULL && !W(o, last)) || lw == NULL ||
	    !w->cap || (lw->flags & (F_PLURAL | F_ABBR)) ||
	    !(W(tk(c, i + 3), of) || W(tk(c, i + 3), in)) ||
	    (lm = L(tk(c, j), C_MONTH)) == NULL || !tk(c, j)->cap ||
	    (lm->flags & F_ABBR))
		return 0;
	n = lo != NULL ? lo->val : -1;
	if (n > 5)
		return 0;
	m = lm->val;
	j++;
	if (P(tk(c, j), ',') && dt_year_tok(c, j + 1))
		j++;
	if (dt_year_tok(c, j))
		y = tk(c, j++)->num;
	else if (c->has_pub)
		y = dt_month_year_tense(c, m, dt_tense_around(c, i, j));
	else {
		dt_span(h, c, i, j);
		dt_hit_set(h, TIMEX_DATE, "XXXX-%02d", m);
		return h->ntok;
	}
	if (n > 0)
		d = 1 + (lw->val - cal_weekday(y, m, 1) + 7) % 7 + 7 * (n - 1);
	else {
		last = cal_days_in_month(y, m);
		d = last - (cal_weekday(y, m, last) - lw->val + 7) % 7;
	}
	if (!cal_valid(y, m, d))	/* no fifth Monday that month */
		return 0;
	dt_span(h, c, i, j);
	dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
	return h->ntok;
}

static const uint8_t month_cues[DW_COUNT] = {
	IN(in), IN(on), IN(since), IN(until), IN(till), IN(by), IN(from),
	IN(through), IN(during), IN(before), IN(after), IN(between), IN(early),
	IN(late), IN(mid), IN(of), IN(last), IN(next), IN(this), IN(that),
	IN(each), IN(every), IN(to), IN(and), IN(or), IN(around), IN(for),
	IN(the), IN(a)
};

/* Possessive determiners before a bare month ("at its December
 * meeting", "their February reports", "her March comment"). */
static const uint8_t month_possessive[DW_COUNT] = {
	IN(its), IN(their), IN(his), IN(her), IN(our)
};

/* Words whose "'s" is "is" ("there's November", "it's March"), not a
 * possessive. */
static const union wkey is_hosts[] = { { "there" }, { "it" }, { "that" },
	{ "here" }, { "what" }, { "who" }, { "he" }, { "she" }, { "where" },
	{ "" } };

/*
 * The owner's event an owned "March" or "May" names after a possessive
 * "'s" ("Florida's March primary", "Trump's May rally"): after "'s"
 * the two are a name or a noun as often as months ("Britain's May
 * says", wire style for Theresa May; "the Women's March drew
 * millions", "Sherman's March to the Sea"), so the noun after them
 * must be an event's.
 */
static const union wkey owned_events[] = { { "primary" },
	{ "primaries" }, { "election" }, { "elections" }, { "vote" },
	{ "referendum" }, { "meeting" }, { "summit" }, { "conference" },
	{ "convention" }, { "session" }, { "rally" }, { "speech" },
	{ "visit" }, { "trip" }, { "tour" }, { "deadline" }, { "report" },
	{ "figures" }, { "data" }, { "sales" }, { "budget" },
	{ "decision" }, { "increase" }, { "hike" }, { "cut" },
	{ "comment" }, { "comments" }, { "statement" }, { "poll" },
	{ "survey" }, { "issue" }, { "edition" }, { "launch" },
	{ "release" }, { "debut" }, { "wedding" }, { "auction" },
	{ "results" }, { "earnings" }, { "payrolls" }, { "jobs" },
	{ "minutes" }, { "announcement" }, { "" } };

/* Lower-case words after an owned March or May searched for its event:
 * the noun or one modifier and the noun ("Florida's March presidential
 * primary"). */
#define OWNED_EVENT_WORDS	2

/*
 * Is the month at token i (value m) owned: after a possessive
 * determiner or a possessive "'s" ("the Fed's December increase",
 * "Florida's March primary"; not "there's November", whose "'s" is
 * "is": is_hosts)?  The owner makes the month a date (the month of an
 * event: TimeML tags "December" in "the Fed's December meeting").  Not
 * "March" or "May" before "on", a march's ("their March on
 * Washington"), and after "'s" only before an event's noun
 * (owned_events).
 */
static int
month_owned(struct ctx *c, long i, int m)
{
	const struct tok *p = tk(c, i - 1), *n;
	long k;

	if ((m == 3 || m == 5) && W(tk(c, i + 1), on))
		return 0;
	if (WL(p, month_possessive))
		return 1;
	if (!(W(p, s) && adj(p) && P(tk(c, i - 2), '\'') &&
	    adj(tk(c, i - 2)) && tk(c, i - 3)->kind == TK_WORD &&
	    !tok_among(tk(c, i - 3), is_hosts)))
		return 0;
	if (m != 3 && m != 5)
		return 1;
	for (k = 1; k <= OWNED_EVENT_WORDS; k++) {
		n = tk(c, i + k);
		if (n->kind != TK_WORD || n->cap)
			return 0;
		if (tok_among(n, owned_events))
			return 1;
	}
	return 0;
}

/* Nouns a leader's name makes a government of ("the May government",
 * "the May cabinet"): no month dates a government or its era. */
static const union wkey leader_nouns[] = { { "government" },
	{ "administration" }, { "cabinet" }, { "ministry" },
	{ "premiership" }, { "regime" }, { "era" }, { "" } };

/* Given names and titles that make "May" the person ("Theresa May",
 * "Mrs May", "Mrs. May", "Prime Minister May"). */
static const union wkey may_titles[] = { { "theresa" }, { "mrs" },
	{ "ms" }, { "minister" }, { "premier" }, { "" } };

/* Words before "for" or "to" that make a bare month a time ("set for
 * May", "due to May", "back to May", "up to May", "from March to
 * May"). */
static const union wkey month_before_for[] = { { "set" }, { "due" },
	{ "slated" }, { "back" }, { "up" }, { "from" }, { "until" },
	{ "" } };

/*
 * Is the "May" at token i Theresa May, not the month: before a noun of
 * government ("the May government", "the May era"); or, once the text
 * has named her (c->may_named, set here when a title or her given name
 * comes before: "Theresa May", "Mrs May"), after "for", "to", "and",
 * "or", as British politics writes her ("a spokesman for May", "a blow
 * to May", "Corbyn and May"), one sense in one text; a time's words
 * keep the month: a participle or "set", "due", "from"... before "for"
 * or "to" ("postponed to May", "set for May"), a month or a number
 * across "and" or "or" ("April and May"), a day or a year after ("runs
 * to May 5").
 */
static int
may_person(struct ctx *c, long i)
{
	const struct tok *p = tk(c, i - 1), *b = tk(c, i - 2);
	size_t n;

	if (W(p, the) && tok_among(tk(c, i + 1), leader_nouns))
		return 1;
	if (tok_among(p, may_titles) ||
	    (P(p, '.') && adj(p) && tok_among(b, may_titles))) {
		c->may_named = 1;
		return 1;
	}
	/* "to May 5", "for May 2027": a date's day or year */
	if (!c->may_named || tk(c, i + 1)->kind == TK_NUM)
		return 0;
	if (W(p, and) || W(p, or))
		return b->kind != TK_NUM && L(b, C_MONTH) == NULL &&
		    L(tk(c, i + 2), C_MONTH) == NULL &&
		    tk(c, i + 2)->kind != TK_NUM;
	if (!W(p, for) && !W(p, to))
		return 0;
	if (b->kind != TK_WORD || L(b, C_MONTH) != NULL ||
	    tok_among(b, month_before_for))
		return 0;
	n = strlen(b->low);
	return !(n >= 4 && b->low[n - 2] == 'e' && b->low[n - 1] == 'd');
}

/* A lower-case adjective in -est ("warmest", "busiest"; not "best"
 * or "west": four letters at least before it). */
static int
superlative(const struct tok *t)
{
	size_t n = strlen(t->low);

	return t->kind == TK_WORD && !t->cap && n >= 7 &&
	    memcmp(t->low + n - 3, "est", 3) == 0;
}

/* "compared with" and "in comparison with": a bare month after them is
 * the period compared, as after "compared to" ("fell 0.1% in November
 * compared with October"); "with" alone takes people ("talks with
 * May"), so only after the comparison's word; and "May" once Theresa
 * May is named only with another month before it. */
static const union wkey with_cmp[] = { { "with" }, { "" } };
static const union wkey cmp_words[] = { { "compared" },
	{ "comparison" }, { "" } };

/* How far back a month compared may stand ("Sales in April were up
 * compared with May": six words). */
#define COMPARED_BACK	8
_Static_assert(COMPARED_BACK <= LOOKBEHIND_MAX,
    "a month compared is read back within the ring");

static int
compared_with(struct ctx *c, long i, int m)
{
	const struct tok *t;
	long k;

	if (!tok_among(tk(c, i - 1), with_cmp) ||
	    !tok_among(tk(c, i - 2), cmp_words))
		return 0;
	/* once the text names Theresa May, "compared with May" is her,
	 * unless another month is compared (review V1) */
	if (m != 5 || !c->may_named)
		return 1;
	for (k = i - 3; k >= i - COMPARED_BACK; k--) {
		t = tk(c, k);
		if (is_sentence_end(t))
			break;
		if (t->cap && L(t, C_MONTH) != NULL)
			return 1;
	}
	return 0;
}

/* A year spelled out at token i ("nineteen ninety-four"): its tokens,
 * the year in *y; 0 if none. */
static long
spelled_year_at(struct ctx *c, long i, int *y)
{
	struct hit yh;
	long k;

	if (W(tk(c, i), the))
		return 0;
	memset(&yh, 0, sizeof(yh));
	if ((k = dt_spelled_year(c, i, &yh)) <= 0 || strlen(yh.value) != 4)
		return 0;
	*y = atoi(yh.value);
	return k;
}

/*
 * The first end of a range of days in month m (year y, 0 when none is
 * known): the timex of tokens [from, to) for day d1, and what
 * dt_range_end() needs to give day d2 at token range_tok its own, the
 * token after the range k.  0 when either day is no day of the
 * month.
 */
static long
range_first_end(struct ctx *c, struct hit *h, long from, long to,
    long range_tok, int y, int m, int d1, int d2, long k)
{
	if (!cal_valid(y != 0 ? y : LEAP_YEAR_ANY, m, d1) ||
	    !cal_valid(y != 0 ? y : LEAP_YEAR_ANY, m, d2))
		return 0;
	dt_span(h, c, from, to);
	if (y != 0)
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d1);
	else
		dt_hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d", m, d1);
	c->range_tok = range_tok;
	c->range_year = y;
	c->range_month = m;
	c->range_day = d2;
	c->range_end = k;
	return h->ntok;
}

/*
 * "Aug. 20-22", "Aug. 20-22, 2024", "May 30-June 2" after the month at
 * token i (its day at j): a range of days, each end its own timex, the
 * first here and the second by dt_range_end() (as "2009-2010") or as a
 * date of its own.  Tokens of the first end, 0 if there is no range.
 */
static long
day_range(struct ctx *c, long i, long j, int m, struct hit *h)
{
	const struct tok *a = tk(c, j), *b = tk(c, j + 2), *e, *s;
	long k = j + 3;
	int y = 0, word;

	s = tk(c, j + 1);
	/* "April 24 and 25", "May 3 or 4", "June 1 through 5": the days
	 * coordinated or spanned by a word (HeidelTime's reAndOrTo) */
	word = (W(s, and) || W(s, or) || W(s, to) || W(s, through)) &&
	    b->sp;
	if (!is_num(a, 1, 2) || !a->sp || a->num < 1 || a->num > 31 ||
	    !((P(s, '-') && adj(s)) || word))
		return 0;
	if (word && (!is_num(b, 1, 2) || dt_ord_suffix(c, j + 3) ||
	    !(tk(c, k)->kind == TK_NONE || (tk(c, k)->kind == TK_PUNCT &&
	    !P(tk(c, k), '-') && !P(tk(c, k), '/') && !P(tk(c, k), '%') &&
	    !P(tk(c, k), ':') && !P(tk(c, k), '.')) || dt_year_tok(c, k) ||
	    (P(tk(c, k), '.') && is_sentence_end(tk(c, k)) &&
	    !adj(tk(c, k + 1))))))
		return 0;
	/* "May 30-June 2": the first end here, the second is a date of
	 * its own */
	if (!word && L(b, C_MONTH) != NULL && b->cap && adj(b)) {
		if (!cal_valid(LEAP_YEAR_ANY, m, a->num))
			return 0;
		dt_span(h, c, i, j + 1);
		if (c->has_pub && !dt_recurring(c, i, j + 1))
			dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d",
			    dt_month_day_year(c, i, m, a->num), m, a->num);
		else
			dt_hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d", m, a->num);
		return h->ntok;
	}
	if (!is_num(b, 1, 2) || (!adj(b) && !word) || b->num <= a->num ||
	    b->num > 31)
		return 0;
	e = tk(c, k);
	if (adj(e) && (e->kind == TK_NUM || e->kind == TK_WORD ||
	    P(e, '-') || P(e, '/') || P(e, ':') || P(e, '%')))
		return 0;
	if (P(e, ',') && dt_year_tok(c, k + 1)) {
		y = tk(c, k + 1)->num;
		k += 2;
	} else if (dt_year_tok(c, k)) {
		y = e->num;
		k++;
	} else if (c->has_pub && !dt_recurring(c, i, j + 1))
		y = dt_month_day_year(c, i, m, a->num);
	return range_first_end(c, h, i, j + 1, j + 2, y, m, a->num, b->num, k);
}

/* Prepositions after which a bare month may precede a name: a time
 * phrase opening the sentence ("In October Napoleon ordered..."). */
static const uint8_t month_before_name[DW_COUNT] = {
	IN(in), IN(since), IN(until), IN(by), IN(during), IN(before), IN(after)
};

/* Votes a month names ("the November election", "November's general
 * election", "the June primary"). */
static const union wkey election_words[] = { { "election" }, { "elections" },
	{ "general" }, { "midterm" }, { "midterms" }, { "primary" },
	{ "primaries" }, { "caucus" }, { "caucuses" }, { "ballot" },
	{ "runoff" }, { "referendum" }, { "" } };

/*
 * Does a vote follow the month ending before token j?  A vote is set
 * ahead and news speaks of the coming one: with no past tense, "the
 * November election" in January is this year's, not the last (which the
 * nearest-month rule would take).
 */
static int
election_after(struct ctx *c, long j)
{
	const struct tok *t = tk(c, j);

	if (P(t, '\'') && adj(t) && W(tk(c, j + 1), s))
		t = tk(c, j + 2);
	if (t->kind != TK_WORD)
		return 0;
	return tok_among(t, election_words);
}

/*
 * "April-June", "July-September", "Jan-Mar": a range of months as
 * business news writes a period ("the April-September period", "in
 * April-May 2027"; India's financial year runs from April).  The first
 * month at token i, its period before j.  TimeML values each end: the
 * first here, in the second's year (the year written after it, else the
 * one the second's own timex takes, asked from its token), the year
 * before if it is a later month ("November-February"); the second is a
 * timex of its own.  The three months of a calendar quarter before
 * "quarter" are that quarter, one timex, as "the June quarter" is ("the
 * April-June quarter": 2026-Q2).
 */
static long
month_range(struct ctx *c, long i, long j, int m, struct hit *h)
{
	const struct tok *s = tk(c, j + 1);
	const struct lex *lx = L(s, C_MONTH);
	long e = j + 2, at;
	int m2, y;

	if (lx == NULL || !s->cap || !adj(s) || lx->val == m)
		return 0;
	m2 = lx->val;
	if (P(tk(c, e), '.') && adj(tk(c, e)) && (lx->flags & F_ABBR))
		e++;
	if ((y = dt_range_year(c, j)) == 0 && c->has_pub) {
		at = c->at_tok;
		c->at_tok = j + 1;
		y = dt_bare_month_year(c, j + 1, m2);
		c->at_tok = at;
	}
	if (W(tk(c, e), quarter) && m % QUARTER_MONTHS == 1 &&
	    m2 == m + QUARTER_MONTHS - 1) {
		dt_span(h, c, i, e + 1);
		if (y != 0)
			dt_hit_set(h, TIMEX_DATE, "%04d-Q%d", y,
			    m2 / QUARTER_MONTHS);
		else
			dt_hit_set(h, TIMEX_DATE, "XXXX-Q%d",
			    m2 / QUARTER_MONTHS);
		return h->ntok;
	}
	dt_span(h, c, i, j);
	if (y != 0)
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d", m < m2 ? y : y - 1, m);
	else
		dt_hit_set(h, TIMEX_DATE, "XXXX-%02d", m);
	return h->ntok;
}

/*
 * Is "half" at token j, after the month at token i, the noun of a
 * half-year ("the June half")?  A determiner before the month makes
 * it the head; after a preposition "half" is
 * half of what follows ("In June half the workforce was laid off", "By
 * December half of the votes") (review F5).  Not "the June half-term",
 * a school holiday ("the June half-year" is one).
 */
static int
half_noun(struct ctx *c, long i, long j)
{
	const struct tok *d = tk(c, i - 1), *a = tk(c, j + 1);

	if (!W(d, the))
		return 0;
	return !(P(a, '-') && adj(a) && !W(tk(c, j + 2), year));
}

/* Is the month at token i the second end of a range of months
 * ("April-June"): a capitalized month and a hyphen glued before it? */
static int
month_range_second(struct ctx *c, long i)
{
	const struct tok *d = tk(c, i - 1), *f;

	if (!P(d, '-') || !adj(d) || !adj(tk(c, i)))
		return 0;
	f = tk(c, i - 2);
	if (P(f, '.'))
		f = tk(c, i - 3);
	return L(f, C_MONTH) != NULL && f->cap;
}

/* Is token k "early", "late" or "mid" (a month's modifier)? */
static int
month_modifier(const struct tok *t)
{
	return W(t, early) || W(t, late) || W(t, mid);
}

/*
 * The year of the month m at token i when it is the second end of a
 * range of months in words whose first end is the month last named (the
 * reference, to the month, in the paragraph): "from March to November",
 * "between March and November", "from November through March", "from
 * early June until late August".  TimeML values each end; the second
 * is the first such month on or after the first ("The works will run
 * from November to March" written in March 2024: 2024-11 and 2025-03,
 * was 2024-03, before the first).  0 if it is no such end.
 */
static int
month_range_word_year(struct ctx *c, long i, int m)
{
	const struct tok *w, *f;
	const struct lex *lx;
	long k = i - 1;

	if (!c->has_ref || c->ref_gran != G_MONTH ||
	    c->ref_para != dt_at_para(c))
		return 0;
	if (month_modifier(tk(c, k)))
		k--;
	w = tk(c, k);
	if (!(W(w, to) || W(w, through) || W(w, until) || W(w, till) ||
	    W(w, and)))
		return 0;
	f = tk(c, --k);
	lx = L(f, C_MONTH);
	if (lx == NULL || !f->cap || (lx->flags & F_ABBR) ||
	    lx->val != c->ref.month)
		return 0;
	if (month_modifier(tk(c, k - 1)))
		k--;
	if (W(w, and) ? !W(tk(c, k - 1), between) :
	    !W(tk(c, k - 1), from) && !W(tk(c, k - 1), between))
		return 0;
	return m >= c->ref.month ? c->ref.year : c->ref.year + 1;
}

/*
 * "last year", "this year", "next year", "of last year" at token j,
 * after a date that names no year ("January 20 last year", "3 March
 * this year", "Christmas last year"): the phrase names the date's year,
 * and TimeML tags the two whole, as HeidelTime tags "June last year".
 * Its tokens and the year (the publication's moved by the word) in *y;
 * 0 without a publication date or a phrase.
 */
long
dt_rel_year_after(struct ctx *c, long j, int *y)
{
	long k = W(tk(c, j), of) ? 1 : 0;
	const struct tok *n = tk(c, j + k);

	if (!c->has_pub || !W(tk(c, j + k + 1), year) ||
	    !(W(n, this) || W(n, last) || W(n, next)) ||
	    (P(tk(c, j + k + 2), '\'') && adj(tk(c, j + k + 2))))
		return 0;
	*y = c->pub.year + (W(n, last) ? -1 : W(n, next) ? 1 : 0);
	return k + 2;
}

/*
 * August 15, 2016 / Aug. 15 / August 2016 / August of 2016 / August.
 * Without a year the day is put nearest the publication date, unless it
 * recurs ("celebrated annually on August 15": XXXX-08-15); a bare
 * month follows the tense.  pfx: a modifier or preposition came first.
 */
/* Is a word of every year ("annually", "yearly", "every", "each")
 * within dt_recurring()'s reach of the month at tokens [i, j)?  A test
 * of ids before its call, which most bare months would pay for
 * nothing. */
static const uint8_t yearly_words[DW_COUNT] = {
	IN(annually), IN(yearly), IN(every), IN(each),
};

static inline int
yearly_near(struct ctx *c, long i, long j)
{
	long k;

	/* from the "every" of "every year" RECUR_BACK words back */
	for (k = i - RECUR_BACK - 1; k < j + RECUR_AHEAD; k++)
		if (WL(tk(c, k), yearly_words))
			return 1;
	return 0;
}

long
dt_month(struct ctx *c, long i, struct hit *h, int pfx)
{
	const struct tok *t = tk(c, i), *n;
	const struct lex *lx = L(t, C_MONTH);
	long j = i + 1, k;
	int m, d, y, has_dot = 0;

	if (lx == NULL || !t->cap)
		return 0;
	m = lx->val;
	if (m == 5 && may_person(c, i))
		return 0;
	if (P(tk(c, j), '.') && adj(tk(c, j)) && (lx->flags & F_ABBR)) {
		j++;
		has_dot = 1;
	}
	n = tk(c, j);
	if ((k = day_range(c, i, j, m, h)) > 0)
		return k;
	/* "Sept.11, 2001": the day glued to the abbreviation's period */
	k = dt_day_num(c, j, &d);
	if (k == 0 && has_dot && is_num(n, 1, 2) && !n->sp &&
	    n->num >= 1 && n->num <= 31 && !(adj(tk(c, j + 1)) &&
	    tk(c, j + 1)->kind != TK_PUNCT)) {
		d = n->num;
		k = 1;
	}
	if (k > 0) {
		j += k;
		if (P(tk(c, j), ',') && dt_year_tok(c, j + 1))
			j++;
		if (dt_year_tok(c, j)) {
			y = tk(c, j)->num;
			if (!cal_valid(y, m, d))
				return 0;
			dt_span(h, c, i, j + 1);
			dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
			return h->ntok;
		}
		if (!cal_valid(LEAP_YEAR_ANY, m, d))
			return 0;
		/* "January 20 last year": that year's */
		if ((k = dt_rel_year_after(c, j, &y)) > 0 &&
		    cal_valid(y, m, d)) {
			dt_span(h, c, i, j + k);
			dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
			return h->ntok;
		}
		dt_span(h, c, i, j);
		if (c->has_pub && !dt_recurring(c, i, j))
			dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d",
			    dt_month_day_year(c, i, m, d), m, d);
		else
			dt_hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d", m, d);
		return h->ntok;
	}
	if ((lx->flags & F_ABBR) && !has_dot)
		return 0;
	k = 0;
	if (P(n, ',') && dt_year_tok(c, j + 1))
		k = 1;
	else if (W(n, of) && dt_year_tok(c, j + 1))
		k = 1;
	if (dt_year_tok(c, j + k)) {
		dt_span(h, c, i, j + k + 1);
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d", tk(c, j + k)->num, m);
		return h->ntok;
	}
	/* "January nineteen ninety-seven": the year spelled out */
	if ((k = spelled_year_at(c, j, &y)) > 0) {
		dt_span(h, c, i, j + k);
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d", y, m);
		return h->ntok;
	}
	/* "June last year", "January this year": one expression, the
	 * year phrase naming the month's year (TimeML tags it whole). */
	if (c->has_pub && W(tk(c, j + 1), year) &&
	    (W(n, this) || W(n, last) || W(n, next))) {
		y = c->pub.year + (W(n, last) ? -1 : W(n, next) ? 1 : 0);
		dt_span(h, c, i, j + 2);
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d", y, m);
		return h->ntok;
	}
	/* "January of last year", "March of this year": the same */
	if (c->has_pub && W(n, of) && W(tk(c, j + 2), year) &&
	    (W(tk(c, j + 1), this) || W(tk(c, j + 1), last) ||
	    W(tk(c, j + 1), next))) {
		n = tk(c, j + 1);
		y = c->pub.year + (W(n, last) ? -1 : W(n, next) ? 1 : 0);
		dt_span(h, c, i, j + 3);
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d", y, m);
		return h->ntok;
	}
	/* "April-June", "the April-June quarter" */
	if (P(n, '-') && adj(n) && (k = month_range(c, i, j, m, h)) > 0)
		return k;
	/* A bare month: "may" and "march" are verbs, other months are
	 * names ("August Wilson"); ask for a cue either way.  A
	 * superlative after "the" is one ("the warmest November on
	 * record", "the busiest December"), and so is the first end of a
	 * range of months ("April-June"). */
	if (!pfx && !WL(tk(c, i - 1), month_cues) &&
	    !(W(tk(c, i - 2), the) && superlative(tk(c, i - 1))) &&
	    !month_range_second(c, i) && !month_owned(c, i, m) &&
	    !compared_with(c, i, m))
		return 0;
	/* "the May Company" is a name; "In October Napoleon ordered the
	 * retreat" a month before the sentence's subject */
	if (n->kind == TK_WORD && n->cap && L(n, C_MONTH) == NULL &&
	    !WL(tk(c, i - 1), month_before_name))
		return 0;
	/* "by March-end", "at June-end", as Indian business news writes
	 * Reuters' "end-March": the month, mod END */
	if (P(n, '-') && adj(n) && W(tk(c, j + 1), end) &&
	    adj(tk(c, j + 1)) && !(adj(tk(c, j + 2)) &&
	    tk(c, j + 2)->kind != TK_PUNCT) && !P(tk(c, j + 2), '-')) {
		j += 2;
		h->mod = TIMEX_MOD_END;
	} else if (P(n, '-') && adj(n))
		return 0;
	/* "the June quarter", "the September quarter" (Australian, Indian
	 * and Japanese reports): the quarter that ends in that month, in
	 * the year the month takes */
	if (m % QUARTER_MONTHS == 0 && W(n, quarter)) {
		dt_span(h, c, i, j + 1);
		if (c->has_pub)
			dt_hit_set(h, TIMEX_DATE, "%04d-Q%d",
			    dt_bare_month_year(c, i, m),
			    m / QUARTER_MONTHS);
		else
			dt_hit_set(h, TIMEX_DATE, "XXXX-Q%d",
			    m / QUARTER_MONTHS);
		return h->ntok;
	}
	/* and "the June half", "the December half" (Australian
	 * reports): the half-year that ends in it */
	if (m % HALF_MONTHS == 0 && W(n, half) && half_noun(c, i, j)) {
		dt_span(h, c, i, j + 1);
		if (c->has_pub)
			dt_hit_set(h, TIMEX_DATE, "%04d-H%d",
			    dt_bare_month_year(c, i, m),
			    m / HALF_MONTHS);
		else
			dt_hit_set(h, TIMEX_DATE, "XXXX-H%d",
			    m / HALF_MONTHS);
		return h->ntok;
	}
	dt_span(h, c, i, j);
	/* "from May to July 2009": the range's year is the first month's */
	if ((y = dt_range_year(c, i + 1 + has_dot)) > 0)
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d", y, m);
	/* "celebrated every year in October", "held in June each year":
	 * the month of every year, as a yearly day is (XXXX-MM); only
	 * asked where a yearly word is near, most months have none */
	else if (yearly_near(c, i, i + 1 + has_dot) &&
	    dt_recurring(c, i, i + 1 + has_dot))
		dt_hit_set(h, TIMEX_DATE, "XXXX-%02d", m);
	else if (c->has_pub && (y = month_range_word_year(c, i, m)) > 0)
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d", y, m);
	else if (c->has_pub && !c->narrative && c->pub_gran == G_DAY &&
	    election_after(c, i + 1 + has_dot))
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d", dt_month_year_tense(c, m,
		    dt_tense(c, i) < 0 ? -1 : 1), m);
	else if (c->has_pub)
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d",
		    dt_bare_month_year(c, i, m), m);
	else
		dt_hit_set(h, TIMEX_DATE, "XXXX-%02d", m);
	return h->ntok;
}

/* The words between the days of "10 to 20 December", "10 and 11
 * December". */
static const uint8_t day_range_words[DW_COUNT] = {
	IN(to), IN(and), IN(through), IN(until), IN(till)
};

/*
 * "20-22 August", "5-6 March 2024", "10 to 20 December", "10 and 11
 * December" (the British and European order):
 * a range of days before their month, each end its own timex as in
 * "Aug. 20-22", the first here and the second by dt_range_end().
 * Tokens of the first end, 0 if there is no such range.
 */
static long
day_first_range(struct ctx *c, long i, struct hit *h)
{
	const struct tok *a = tk(c, i), *s = tk(c, i + 1), *b = tk(c, i + 2);
	const struct tok *mt = tk(c, i + 3);
	const struct lex *lx = L(mt, C_MONTH);
	long k = i + 4;
	int m, y;

	if (lx == NULL || !is_num(a, 1, 2) || !a->sp || a->num < 1 ||
	    !(P(s, '-') ? adj(s) && adj(b) : WL(s, day_range_words) &&
	    b->sp) || !is_num(b, 1, 2) || b->num <= a->num ||
	    b->num > 31 || !mt->cap || !mt->sp || is_currency(tk(c, i - 1)))
		return 0;
	m = lx->val;
	if (P(tk(c, k), '.') && adj(tk(c, k)) && (lx->flags & F_ABBR))
		k++;
	/* "a 2-3 win March 5": the month has a day of its own */
	if (is_num(tk(c, k), 1, 2))
		return 0;
	if (P(tk(c, k), ',') && dt_year_tok(c, k + 1))
		k++;
	if (dt_year_tok(c, k))
		y = tk(c, k++)->num;
	else if (c->has_pub && !dt_recurring(c, i, k))
		y = dt_month_day_year(c, i, m, a->num);
	else
		y = 0;
	return range_first_end(c, h, i, i + 1, i + 2, y, m, a->num, b->num, k);
}

/* 15 August 2016, 15th of August, 15 Aug. */
/* What dt_day_month() reads after a number: the hyphen of a range
 * ("20-22 August"), a day's suffix, "of", or the month. */
int
dt_day_month_after_num(const struct tok *n)
{
	return P(n, '-') || W(n, th) || W(n, st) || W(n, nd) || W(n, rd) ||
	    W(n, of) || L(n, C_MONTH) != NULL || WL(n, day_range_words);
}

long
dt_day_month(struct ctx *c, long i, struct hit *h)
{
	const struct lex *lx;
	long j, k;
	int d, m, y;

	if ((k = day_first_range(c, i, h)) > 0)
		return k;
	if ((k = dt_day_num(c, i, &d)) == 0)
		return 0;
	j = i + k;
	if (W(tk(c, j), of))
		j++;
	if ((lx = L(tk(c, j), C_MONTH)) == NULL || !tk(c, j)->cap)
		return 0;
	m = lx->val;
	j++;
	if (P(tk(c, j), '.') && adj(tk(c, j)) && (lx->flags & F_ABBR))
		j++;
	if (!cal_valid(LEAP_YEAR_ANY, m, d))
		return 0;
	if (P(tk(c, j), ',') && dt_year_tok(c, j + 1))
		j++;
	if (dt_year_tok(c, j)) {
		y = tk(c, j)->num;
		if (!cal_valid(y, m, d))
			return 0;
		dt_span(h, c, i, j + 1);
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
		return h->ntok;
	}
	/* "3 March this year": that year's */
	if ((k = dt_rel_year_after(c, j, &y)) > 0 && cal_valid(y, m, d)) {
		dt_span(h, c, i, j + k);
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
		return h->ntok;
	}
	dt_span(h, c, i, j);
	if (c->has_pub && !dt_recurring(c, i, j))
		dt_hit_set(h, TIMEX_DATE, "%04d-%02d-%02d",
		    dt_month_day_year(c, i, m, d), m, d);
	else
		dt_hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d", m, d);
	return h->ntok;
}

/* Season value: the season's year (winter: the year it starts in). */
void
dt_season_value(struct ctx *c, char *buf, size_t len, int s, int rel)
{
	int y0, s0, k, idx;

	if (!c->has_pub) {
		snprintf(buf, len, "XXXX-%s", season_code[s]);
		return;
	}
	s0 = dt_season_of(c->pub, &y0);
	k = y0 * 4 + s0;
	idx = y0 * 4 + s;
	/* in a narrative a bare season is the story year's ("4 January
	 * 1951 ... in the spring": 1951-SP, not the winter's 1950) */
	if (c->narrative && rel == 0)
		idx = c->pub.year * 4 + s;
	else if (dt_story_year(c) != 0 && rel == 0)
		idx = dt_story_year(c) * 4 + s;
	if (rel < 0) {
		idx = k - 1;
		while ((idx % 4 + 4) % 4 != s)
			idx--;
	} else if (rel > 0) {
		idx = k + 1;
		while ((idx % 4 + 4) % 4 != s)
			idx++;
	}
	snprintf(buf, len, "%04d-%s", idx / 4, season_code[s]);
}

/*
 * A season without "last", "this" or "next": "in the summer", "during
 * winter", "the spring of 1990".  Lower-case only ("Summer" is a name),
 * after a preposition or "the" ("a hot spring" is water), and not "the
 * fall of Rome".  Its year: the publication season's, or the one before
 * or after it as the tense says.
 */
/* The words dt_season() opens on: the, a season.
 * The rule tests it first, and dates_lexicon_new() leaves the rule out
 * of the rule set of every listed word it refuses (dt_rules_opened_by()),
 * so a word it lets through is the only way in: a new first word of the
 * rule goes here. */
int
dt_season_opens(const struct tok *t)
{
	return W(t, the) || L(t, C_SEASON) != NULL;
}

/* What dt_season() reads after "the": a season. */
int
dt_season_after_the(const struct tok *n)
{
	return L(n, C_SEASON) != NULL;
}

long
dt_season(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *p = tk(c, i - 1);
	const struct lex *lx;
	long j = i;
	int s0, y0, rel = 0, tn;

	if (!dt_season_opens(t))
		return 0;
	if (W(t, the)) {
		p = t;
		j++;
	}
	t = tk(c, j);
	if ((lx = L(t, C_SEASON)) == NULL)
		return 0;
	/* "fall 2025", "in Summer 2023", "spring 2024's lineup": a season
	 * with a year after it is that year's (TIMEX3 2025-FA), whatever
	 * stands before it and capitalized as a label may be; the year
	 * says it is no verb ("prices fall"), name or water */
	if (dt_year_tok(c, j + 1)) {
		dt_span(h, c, i, j + 2);
		/* "the Spring 2026 collection", "the fall 2025 semester":
		 * the article is the noun's after the label, not the
		 * season's (as it is in "the spring of 1990") */
		h->start = t->start;
		dt_hit_set(h, TIMEX_DATE, "%04d-%s", tk(c, j + 1)->num,
		    season_code[lx->val]);
		return h->ntok;
	}
	if (t->cap)
		return 0;
	/* "mid-winter", "late-summer": the hyphen of prefix()'s word */
	if (P(p, '-') && adj(t) && adj(p) && (W(tk(c, j - 2), mid) ||
	    W(tk(c, j - 2), early) || W(tk(c, j - 2), late)))
		p = tk(c, j - 2);
	if (!(W(p, the) || W(p, in) || W(p, during) ||
	    W(p, since) || W(p, until) || W(p, by) || W(p, early) ||
	    W(p, late) || W(p, mid) || W(p, through)))
		return 0;
	if (W(tk(c, j + 1), of)) {
		long k;
		int y;

		/* "the winter of nineteen ninety-four" */
		if (!dt_year_tok(c, j + 2) &&
		    (k = spelled_year_at(c, j + 2, &y)) > 0) {
			dt_span(h, c, i, j + 2 + k);
			dt_hit_set(h, TIMEX_DATE, "%04d-%s", y,
			    season_code[lx->val]);
			return h->ntok;
		}
		/* "the summer of '69": the short year's century as
		 * dt_short_year() puts it */
		if (P(tk(c, j + 2), '\'') && is_num(tk(c, j + 3), 2, 2) &&
		    adj(tk(c, j + 3)) && !(adj(tk(c, j + 4)) &&
		    tk(c, j + 4)->kind != TK_PUNCT)) {
			dt_span(h, c, i, j + 4);
			dt_hit_set(h, TIMEX_DATE, "%04d-%s", dt_century_of(c,
			    tk(c, j + 3)->num), season_code[lx->val]);
			return h->ntok;
		}
		if (!dt_year_tok(c, j + 2))
			return 0;
		dt_span(h, c, i, j + 3);
		dt_hit_set(h, TIMEX_DATE, "%04d-%s", tk(c, j + 2)->num,
		    season_code[lx->val]);
		return h->ntok;
	}
	if (lx->val == S_FA && !W(p, the))
		return 0;
	dt_span(h, c, i, j + 1);
	h->type = TIMEX_DATE;
	/* "midsummer", "midwinter": the season's middle */
	if (W(t, midsummer) || W(t, midwinter))
		h->mod = TIMEX_MOD_MID;
	/* in a narrative the story's year's season, whatever the tense */
	if (c->has_pub && !c->narrative && dt_story_year(c) == 0) {
		s0 = dt_season_of(c->pub, &y0);
		tn = dt_tense(c, i);
		if (lx->val != s0 && tn != 0)
			rel = tn;
	}
	dt_season_value(c, h->value, sizeof(h->value), lx->val, rel);
	return h->ntok;
}
