/*
 * dates.c — the temporal expression extractor: finds dates, times,
 * durations and sets in an article's body and normalizes them to TIMEX3
 * values (TimeML, TempEval-3 conventions).  Deictic expressions
 * ("yesterday", "Monday", "last week") are anchored to the publication
 * date, anaphoric ones ("three years later", "that same day", "the
 * following month") to the last calendar date the text named.
 *
 * This file owns the run: the rule table and the order rules are tried
 * in, the modifiers that open a date, and the reference date.  The rest
 * of workers/extract/dates/ is the scanner and lexicon (scan.c, words.def),
 * the values and anchors the rules share (anchor.c), the tense that
 * says which way one points (tense.c), and the rule families: numbers
 * and years (numbers.c), calendar names (names.c), holidays (holidays.c),
 * clock times and parts of the day (times.c),
 * relative, deictic and anaphoric expressions (relative.c), durations
 * and sets (durations.c), quarters and fiscal periods (quarters.c).
 *
 * Two stages, both single passes: the scanner cuts the body into tokens
 * into a small ring, looking every word up in the lexicon as it goes; and
 * the rules look at a bounded window of tokens around the current one.
 * The rules are tried only at a token that can start one (a number, an
 * apostrophe, a word the lexicon lists), which the lexicon lookup
 * already decided.  Each rule reads at most LOOKAHEAD_MAX tokens ahead
 * and LOOKBEHIND_MAX behind, so the whole run is linear in the body and
 * allocates nothing but the output list.
 */
#include <errno.h>
#include <string.h>

#include "dates_private.h"

/*
 * Modifiers that open a date: early/late/mid(-), earlier/later, the
 * end/beginning/start/middle of, end- (Reuters' "by end-March", "at
 * end-2024").  Tokens used; *mod set.
 */
static long
prefix(struct ctx *c, long i, enum timex_mod *mod)
{
	const struct tok *t = tk(c, i);
	long j = i;

	if (W(t, end) && P(tk(c, i + 1), '-') && adj(tk(c, i + 1)) &&
	    adj(tk(c, i + 2))) {
		*mod = TIMEX_MOD_END;
		return 2;
	}

	if (W(t, the) && (W(tk(c, i + 1), end) ||
	    W(tk(c, i + 1), beginning) || W(tk(c, i + 1), start) ||
	    W(tk(c, i + 1), middle)) && W(tk(c, i + 2), of)) {
		t = tk(c, i + 1);
		*mod = W(t, end) ? TIMEX_MOD_END : W(t, middle) ?
		    TIMEX_MOD_MID : TIMEX_MOD_START;
		return 3;
	}
	if (W(t, the))
		j++;
	t = tk(c, j);
	if (W(t, early) || W(t, late) || W(t, mid) ||
	    W(t, earlier) || W(t, later)) {
		*mod = W(t, early) ? TIMEX_MOD_START : W(t, late) ?
		    TIMEX_MOD_END : W(t, mid) ? TIMEX_MOD_MID :
		    TIMEX_MOD_NONE;
		j++;
		if (P(tk(c, j), '-') && adj(tk(c, j)))
			j++;
		return j - i;
	}
	return 0;
}

/* Rules that can follow a prefix ("early next year", "late Friday"). */
static long
after_prefix(struct ctx *c, long i, struct hit *h)
{
	long n;

	if ((n = dt_anaphora(c, i, h)) > 0 ||
	    (n = dt_relative(c, i, h)) > 0 || (n = dt_decade(c, i, h)) > 0 ||
	    (n = dt_month(c, i, h, 1)) > 0 || (n = dt_weekday(c, i, h, -1)) > 0)
		return n;
	if ((n = dt_quarter(c, i, h)) > 0 || (n = dt_season(c, i, h)) > 0 ||
	    (n = dt_the_unit(c, i, h)) > 0)
		return n;
	if ((W(tk(c, i), yesterday) || W(tk(c, i), today) ||
	    W(tk(c, i), tomorrow)) && (n = dt_deixis(c, i, h)) > 0)
		return n;
	if (dt_year_tok(c, i) && (n = dt_year(c, i, h)) > 0)
		return n;
	return 0;
}

/* "Monday", "last Friday": the weekday rule with its direction free. */
static long
r_weekday(struct ctx *c, long i, struct hit *h)
{
	return dt_weekday(c, i, h, -1);
}

/* A month name with no modifier before it. */
static long
r_month(struct ctx *c, long i, struct hit *h)
{
	return dt_month(c, i, h, 0);
}

/* What kind of token a rule can open on. */
#define OPENS_WORD	0x1
#define OPENS_NUM	0x2
#define OPENS_APOS	0x4	/* the apostrophe of '58 and '80s */
#define OPENS_WDAY	0x8	/* only a weekday name */
#define OPENS_MONTH	0x10	/* only a month name */

/* The only words some rules open on (the rest of the rule reads on). */
static const uint16_t first_the[] = { DW_the, DW_NONE };
static const uint16_t first_the_that[] = { DW_the, DW_that, DW_NONE };
static const uint16_t first_year[] = { DW_year, DW_NONE };
static const uint16_t first_mid[] = { DW_midafternoon, DW_midmorning,
	DW_mid, DW_NONE };
static const uint16_t first_clock[] = { DW_noon, DW_midday, DW_midnight,
	DW_NONE };
static const uint16_t first_fiscal[] = { DW_fiscal, DW_calendar, DW_mid,
	DW_fy, DW_financial, DW_NONE };

/*
 * Every rule, most specific first: at a token, the first that matches
 * wins.  opens_on says on which tokens a rule can match at all, and
 * first, when set, the only words it opens on, so numbers (news text is
 * full of ones that are not dates: money, counts, scores), the
 * apostrophe and most words try only the few rules that can open on
 * them; of punctuation nothing else opens a date.  opens, when set, is
 * the test of its first token the rule itself makes first, run here on
 * every listed word.  dates_lexicon_new() turns the table into a set of
 * rules per word (dt_rules_opened_by()), so match() calls only those, in
 * the table's order (what the calls of rules that refuse cost:
 * docs/extraction.md, speed notes).  The AFTER()s, for a rule that
 * opens on "the", "a"/"an", "that", "at" or a number, are the tests of
 * the token after it the rule makes first (the words, numbers and marks
 * it reads there); at those match() tries only the rules whose test the
 * next token passes (dt_rules_before()).
 *
 * One list, RULES(R): R(fn, opens_on, first, opens, AFTER()s) for each
 * rule in order, expanded into the table below, an enum of the rules'
 * bits and match()'s tries, which call each rule directly (an indirect
 * call through the table was mispredicted at almost every rule tried:
 * the rule changes from one try to the next).  It is written as four
 * groups in order, RULES_0() to RULES_3(), so that match() can pass
 * over a group none of whose rules is in the set (rules_group[]).
 */
#define RULES(R)	RULES_0(R) RULES_1(R) RULES_2(R) RULES_3(R)
#define RULES_0(R) \
	R(dt_range_end, OPENS_NUM, NULL, NULL, NO_AFTER) \
	R(dt_anaphora, OPENS_WORD, first_the_that, NULL, \
	    AFTER(THE, dt_anaphora_after_the) \
	    AFTER(THAT, dt_anaphora_after_that)) \
	R(dt_nth_weekday, OPENS_WORD, first_the, NULL, \
	    AFTER(THE, dt_nth_weekday_after_the)) \
	R(dt_numeric, OPENS_NUM, NULL, NULL, \
	    AFTER(NUM, dt_numeric_after_num)) \
	R(dt_year_range, OPENS_NUM, NULL, NULL, \
	    AFTER(NUM, dt_year_range_after_num)) \
	R(dt_short_year, OPENS_APOS, NULL, NULL, NO_AFTER)
#define RULES_1(R) \
	R(dt_quarter, OPENS_WORD | OPENS_NUM, NULL, dt_quarter_opens, \
	    AFTER(THE, dt_quarter_after_the) \
	    AFTER(NUM, dt_quarter_after_num)) \
	R(dt_year_ago, OPENS_WORD, first_year, NULL, NO_AFTER) \
	R(dt_year_end, OPENS_WORD, first_year, NULL, NO_AFTER) \
	R(dt_time, OPENS_WORD | OPENS_NUM, first_clock, NULL, \
	    AFTER(NUM, dt_time_after_num)) \
	R(dt_mid_part, OPENS_WORD, first_mid, NULL, NO_AFTER) \
	R(dt_decade, OPENS_WORD | OPENS_NUM | OPENS_APOS, NULL, \
	    dt_decade_opens, AFTER(THE, dt_decade_after_the) \
	    AFTER(NUM, dt_decade_after_num))
#define RULES_2(R) \
	R(dt_duration, OPENS_WORD | OPENS_NUM, NULL, dt_duration_opens, \
	    AFTER(THE, dt_duration_after_the) \
	    AFTER(NUM, dt_duration_after_num) \
	    AFTER(A, dt_duration_after_a) AFTER(AT, dt_duration_after_at)) \
	R(dt_relative, OPENS_WORD, NULL, dt_relative_opens, \
	    AFTER(THE, dt_relative_after_the)) \
	R(r_weekday, OPENS_WDAY, NULL, NULL, NO_AFTER) \
	R(r_month, OPENS_MONTH, NULL, NULL, NO_AFTER) \
	R(dt_day_month, OPENS_NUM, NULL, NULL, \
	    AFTER(NUM, dt_day_month_after_num)) \
	R(dt_ordinal_day, OPENS_WORD, first_the, NULL, \
	    AFTER(THE, dt_ordinal_day_after_the))
#define RULES_3(R) \
	R(dt_deixis, OPENS_WORD, NULL, dt_deixis_opens, \
	    AFTER(THE, dt_deixis_after_the) AFTER(A, dt_deixis_after_a)) \
	R(dt_set, OPENS_WORD, NULL, dt_set_opens, NO_AFTER) \
	R(dt_holiday, OPENS_WORD, NULL, dt_holiday_opens, NO_AFTER) \
	R(dt_season, OPENS_WORD, NULL, dt_season_opens, \
	    AFTER(THE, dt_season_after_the)) \
	R(dt_unit_phrase, OPENS_WORD, first_the, NULL, \
	    AFTER(THE, dt_unit_phrase_after_the)) \
	R(dt_year, OPENS_WORD | OPENS_NUM, first_fiscal, NULL, NO_AFTER) \
	R(dt_spelled_year, OPENS_WORD, NULL, dt_spelled_year_opens, \
	    AFTER(THE, dt_spelled_year_after_the))

/* A rule's tests of the token after a lead word or a number it opens
 * on: AFTER(THE, f) is f for "the" (NEXT_OF_THE). */
#define AFTER(of, f)	[NEXT_OF_##of] = f,
#define NO_AFTER

/* Each rule's bit in a rule set: RULE_<fn>, in the table's order. */
enum {
#define R(fn, on, first, opens, ...)	RULE_##fn,
	RULES(R)
#undef R
	RULE_COUNT
};

static const struct {
	unsigned	 opens_on;
	const uint16_t	*first;
	/* the test of its first token the rule makes before anything
	 * else: the words it refuses are left out of their rule sets */
	int		(*opens)(const struct tok *);
	/* for a rule that opens on "the" (after[NEXT_OF_THE]), a number
	 * (after[NEXT_OF_NUM]), "a" or "an", "that", "at": the test of the
	 * token after it the rule makes before anything else
	 * (dt_rules_before()) */
	int		(*after[NEXT_OF_COUNT])(const struct tok *);
} rules[RULE_COUNT] = {
#define R(fn, on, f, o, ...)	[RULE_##fn] = { on, f, o, { __VA_ARGS__ } },
	RULES(R)
#undef R
};

/* The rules of each group of the list (RULES_0() ...), so that match()
 * passes over a group none of whose rules is in the set with one test
 * instead of one a rule. */
#define R(fn, on, first, opens, ...)	| UINT32_C(1) << RULE_##fn
static const uint32_t rules_group[] = { 0 RULES_0(R), 0 RULES_1(R),
	0 RULES_2(R) };
#undef R

/* A word's rule set also says whether prefix() can open on it. */
#define OPENS_PREFIX_BIT	(UINT32_C(1) << 31)
_Static_assert(RULE_COUNT <= 31,
    "a rule set is a uint32_t: one bit per rule and the prefix bit");

/* The rules that can open on tokens of a kind (OPENS_NUM, OPENS_APOS),
 * as constants from the table's list: no loop over the table in each
 * run. */
#define R(fn, on, first, opens, ...) \
	| (((on) & OPENS_NUM) != 0 ? UINT32_C(1) << RULE_##fn : 0)
static const uint32_t num_rules = 0 RULES(R);
#undef R
#define R(fn, on, first, opens, ...) \
	| (((on) & OPENS_APOS) != 0 ? UINT32_C(1) << RULE_##fn : 0)
static const uint32_t apos_rules = 0 RULES(R);
#undef R

/* The rules that can open on the word w: its kind (any word, a weekday,
 * a month) and, for rules that name them, their first words. */
uint32_t
dt_rules_opened_by(const struct lex *w)
{
	unsigned kind = OPENS_WORD | (w->cls == C_WDAY ? OPENS_WDAY :
	    w->cls == C_MONTH ? OPENS_MONTH : 0);
	uint32_t m = 0;
	const uint16_t *f;
	struct tok t;		/* the word as the rules' opens see it */
	size_t r;

	memset(&t, 0, sizeof(t));
	t.kind = TK_WORD;
	t.wid = w->id;
	memcpy(t.low, w->w.low, sizeof(t.low));
	for (r = 0; r < sizeof(rules) / sizeof(rules[0]); r++) {
		if ((rules[r].opens_on & kind) == 0)
			continue;
		if (rules[r].opens != NULL && !rules[r].opens(&t))
			continue;
		if ((f = rules[r].first) != NULL) {
			while (*f != DW_NONE && *f != w->id)
				f++;
			if (*f == DW_NONE)
				continue;
		}
		m |= UINT32_C(1) << r;
	}
	/* and the modifiers of prefix(): the, early, late, mid, earlier,
	 * later, end */
	switch (w->id) {
	case DW_the: case DW_early: case DW_late: case DW_mid:
	case DW_earlier: case DW_later: case DW_end:
		m |= OPENS_PREFIX_BIT;
		break;
	default:
		break;
	}
	return m;
}

/* The modifiers prefix() reads after "the": "the end of", "the early
 * 1990s". */
static int
prefix_after_the(const struct tok *n)
{
	return W(n, end) || W(n, beginning) || W(n, start) ||
	    W(n, middle) || W(n, early) || W(n, late) || W(n, mid) ||
	    W(n, earlier) || W(n, later);
}

/*
 * The rules that can open on "the" (of: NEXT_OF_THE), a number
 * (NEXT_OF_NUM), "a" or "an", "that" or "at" before the token n, by
 * each rule's test of n (a rule with none is kept whatever follows),
 * and the prefix bit unless at "the" prefix() cannot read n.  "the"
 * opens eleven rules and prefix(), a number nine, and before most words
 * the lexicon lists ("the most", "the new", "5 million", "10 percent",
 * "a new", "at the") none of them can match; dates_lexicon_new() turns
 * this into a set per next token (NEXT_SLOTS), so match() tries only
 * these (the tests check the sets against the unfiltered path:
 * dt_lexicon_unfiltered()).
 */
uint32_t
dt_rules_before(enum next_of of, const struct tok *n)
{
	uint32_t m = 0;
	size_t r;

	for (r = 0; r < sizeof(rules) / sizeof(rules[0]); r++)
		if (rules[r].after[of] == NULL || rules[r].after[of](n))
			m |= UINT32_C(1) << r;
	if (of != NEXT_OF_THE || prefix_after_the(n))
		m |= OPENS_PREFIX_BIT;
	return m;
}

/* The words whose rules are tried by the token after them: their
 * NEXT_OF_ + 1, 0 for every other word. */
static const uint8_t lead_of[DW_COUNT] = {
	[DW_the] = NEXT_OF_THE + 1, [DW_a] = NEXT_OF_A + 1,
	[DW_an] = NEXT_OF_A + 1, [DW_that] = NEXT_OF_THAT + 1,
	[DW_at] = NEXT_OF_AT + 1
};

/* The slot of the sets above (dt_lexicon_next()) for token n. */
static inline size_t
next_slot(const struct tok *n)
{
	switch (n->kind) {
	case TK_WORD:
		return n->wid;
	case TK_NUM:
		return NEXT_NUM;
	case TK_PUNCT:
		return n->ch < 128 ? NEXT_MARK + n->ch : NEXT_OTHER;
	default:
		return NEXT_OTHER;
	}
}

/* Try every rule that can open on token i, in the table's order. */
static long
match(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i);
	enum timex_mod mod = TIMEX_MOD_NONE;
	uint32_t set;
	long k, n;

	memset(h, 0, sizeof(*h));
	c->at_tok = i;
	if (t->kind == TK_NUM)
		set = num_rules &
		    c->next[NEXT_OF_NUM][next_slot(tk(c, i + 1))];
	else if (t->kind == TK_PUNCT) {
		if (!P(t, '\''))
			return 0;
		set = apos_rules;
	} else {
		set = c->word_rules[t->wid];
		if (lead_of[t->wid] != 0)
			set &= c->next[lead_of[t->wid] - 1][next_slot(tk(c,
			    i + 1))];
		if ((set & OPENS_PREFIX_BIT) != 0 &&
		    (k = prefix(c, i, &mod)) > 0) {
			if ((n = after_prefix(c, i + k, h)) > 0) {
				h->start = tk(c, i)->start;
				h->ntok = n + k;
				if (h->mod == TIMEX_MOD_NONE)
					h->mod = mod;
				return h->ntok;
			}
			/* the rules after the prefix wrote into h */
			memset(h, 0, sizeof(*h));
		}
	}
	/* in the table's order, each rule of the set called directly,
	 * until none is left (the sets have a few rules each) */
	if ((set &= ~OPENS_PREFIX_BIT) == 0)
		return 0;
#define R(fn, on, first, opens, ...) \
	if ((set & UINT32_C(1) << RULE_##fn) != 0) { \
		if ((n = fn(c, i, h)) > 0) \
			return n; \
		if ((set &= ~(UINT32_C(1) << RULE_##fn)) == 0) \
			return 0; \
	}
	if ((set & rules_group[0]) != 0) {
		RULES_0(R)
	}
	if ((set & rules_group[1]) != 0) {
		RULES_1(R)
	}
	if ((set & rules_group[2]) != 0) {
		RULES_2(R)
	}
	RULES_3(R)
#undef R
	return 0;
}

/*
 * Is the reference date already inside the period (d, g)?  Then it is
 * the finer of the two and stays ("in April this year": April).
 */
static int
ref_within(const struct ctx *c, struct cal_date d, int g)
{
	if (!c->has_ref || c->ref_gran >= g || c->ref.year != d.year)
		return 0;
	return g == G_YEAR || c->ref.month == d.month;
}

/* Can an F_LEAD word before t open a match? */
static int
leads_on(const struct tok *t)
{
	return t->kind == TK_NUM || t->wid != DW_NONE ||
	    P(t, '\'') || P(t, '-');
}

/*
 * Is the timex [start, end) absolute: does its text write the year of
 * its value ("August 15, 1948", "in 1948"), four digits on their own?
 */
static int
absolute(const char *s, uint32_t start, uint32_t end, int year)
{
	uint32_t p = start, q;
	int v;

	/* run by run of digits: a byte that is none costs one test */
	while (p + 4 <= end) {
		if ((unsigned)(s[p] - '0') > 9) {
			p++;
			continue;
		}
		/* the digits [p, q), to the timex's end: exactly four */
		for (q = p, v = 0; q < end && (unsigned)(s[q] - '0') <= 9; q++)
			if (q - p < 4)
				v = v * 10 + (s[q] - '0');
		if (q - p == 4 && v == year)
			return 1;
		p = q;
	}
	return 0;
}

/* What a pass learns for choosing the mode: absolute dates, how many of
 * them fall near the publication year, and expressions only news uses. */
struct story {
	int	 nabs;
	int	 nnear;
	int	 nnews;
	int	 nwday;		/* bare weekdays (bare_weekday()) */
};

/*
 * Is the timex at tokens [i, i + n) a weekday standing alone, valued
 * from the day of writing by the tense: "Tuesday", "on Monday night",
 * "late Friday", "last Thursday"?  Not with a date ("Monday, June 25,
 * 1950" names its own day), nor a weekday read from the text's last
 * date ("the following Monday", "that Sunday").
 */
static int
bare_weekday(struct ctx *c, long i, long n)
{
	const struct tok *t, *p = tk(c, i - 1);
	const struct lex *lx;
	long k;
	int wd = 0;

	if (W(p, the) || W(p, that) || W(p, following) || W(p, same))
		return 0;
	for (k = i; k < i + n; k++) {
		t = tk(c, k);
		if (t->kind == TK_NUM || L(t, C_MONTH) != NULL ||
		    W(t, the) || W(t, that) || W(t, following))
			return 0;
		if ((lx = L(t, C_WDAY)) != NULL && t->cap &&
		    !(lx->flags & (F_PLURAL | F_ABBR)))
			wd = 1;
	}
	return wd;
}

/*
 * Does the timex at tokens [i, i + n) count from the day of writing, as
 * only news does: yesterday, tomorrow, this week, month or year; and in
 * the lead, before the text names a year, today, tonight, a weekday or
 * last or next week, month or year (news opens on its day: "said
 * Friday"; a story tells of "Monday" and "the next year" once it has
 * named its time, and may close on the writer's "Today")?
 */
static int
news_deixis(struct ctx *c, long i, long n, int lead)
{
	const struct tok *t, *u;
	const struct lex *lx;
	long k;

	for (k = i; k < i + n; k++) {
		t = tk(c, k);
		u = tk(c, k + 1);
		if (W(t, yesterday) || W(t, tomorrow))
			return 1;
		/* a history may end in the writer's present ("Today,
		 * the two Koreas remain at war"): only news opens on it */
		if (lead && (W(t, today) || W(t, tonight)))
			return 1;
		if (W(t, this) && (W(u, week) || W(u, month) ||
		    W(u, year) || W(u, weekend)))
			return 1;
		/* before the story names a year, the news day's words */
		if (lead && (((lx = L(t, C_WDAY)) != NULL && t->cap &&
		    !(lx->flags & F_PLURAL)) || ((W(t, last) ||
		    W(t, next)) && (W(u, week) || W(u, month) ||
		    W(u, year) || W(u, weekend)))))
			return 1;
	}
	return 0;
}

/*
 * A year that is part of a name: after an article and before a
 * capitalized word ("the 1951 Convention Relating to the Status of
 * Refugees", "the 1984 Convention against Torture", "a 2012 Honda"): it
 * dates a document or a thing, not the story, so it neither counts
 * toward a narrative nor moves one ("In 1950 North Korea invaded" is
 * the story's).
 */
static int
name_year(struct ctx *c, long i, long n)
{
	const struct tok *p = tk(c, i - 1), *w = tk(c, i + 1);

	return n == 1 && is_num(tk(c, i), 4, 4) && (W(p, the) || W(p, a) ||
	    W(p, an)) && w->kind == TK_WORD && w->cap && w->sp;
}

/*
 * Is the DATE at tokens [i, i + n), valued v, a count back from the
 * moment of writing ("eight years ago", "a year ago"), at most
 * NEWS_AGO_YEARS before the publication?
 */
static int
ago_of_writing(struct ctx *c, long i, long n, const char *v)
{
	struct cal_date d;
	long k;
	int g;

	/* the word first: most dates have none, and reading the value
	 * back costs more */
	for (k = i; k < i + n; k++)
		if (W(tk(c, k), ago))
			break;
	if (k == i + n)
		return 0;
	return c->has_pub && dt_value_date(v, &d, &g) &&
	    c->pub.year - d.year <= NEWS_AGO_YEARS;
}

/*
 * After an absolute date d, valued v, at tokens from i in news mode's
 * pass: the paragraph's history year (struct ctx's story_year) when d is
 * more than NARRATIVE_GAP years before the publication, and the story so
 * far names no date near it (st->nnear, counting d) and never counted
 * from the day of writing (st->nnews, st->nwday); else none.  A date
 * that names more than its year ("August 1942", "22 June 1941", "the
 * fall of 2007") opens a story told in detail, unless it stands in an
 * aside that describes a noun ("Smith, who was born on Jan. 3, 1970,
 * died on Feb. 14": the person's background, dt_in_aside()).  A bare
 * year opens one only fronted, "In" opening its sentence ("In 1950 the
 * war began": a history sets its time first; news gives its background
 * a bare year at the end, "was founded in 1998", and "since 2009", "by
 * 2005" rarely start a story), and the story's dates then open their
 * sentence too (story_bare, dt_story_year_at()).
 */
static void
story_mark(struct ctx *c, const struct story *st, const char *v,
    struct cal_date d, long i)
{
	int bare = v[4] != '-';

	if (c->has_pub && (!bare || (W(tk(c, i - 1), in) &&
	    dt_sentence_opens(c, i - 1))) &&
	    c->pub.year - d.year > NARRATIVE_GAP && st->nnear == 0 &&
	    st->nnews == 0 && st->nwday == 0 && !dt_in_aside(c, i)) {
		c->story_year = d.year;
		c->story_para = tk(c, i)->para;
		c->story_month = 0;
		c->story_bare = bare;
	} else
		c->story_year = 0;
}

/*
 * After any date valued v (d, to granularity g) while a paragraph tells
 * a history: the month it has reached (a season by its first month:
 * "In the fall of 2007 ... By Jan. 18" is 2008), and the year it has
 * moved on to ("In December ... By February": 1861); or its end.
 */
static void
story_follow(struct ctx *c, const char *v, struct cal_date d, int g)
{
	static const int season_month[] = { 3, 6, 9, 12 };
	int s;

	/* a date the news reading put near the publication ("He
	 * celebrated his anniversary last June"): the text is back at the
	 * writer's time, and the paragraph's history is over, as at an
	 * absolute date near it */
	if (d.year > c->story_year + 1 && c->has_pub &&
	    c->pub.year - d.year <= NARRATIVE_GAP) {
		c->story_year = 0;
		return;
	}
	if (d.year < c->story_year || d.year > c->story_year + 1)
		return;
	c->story_year = d.year;
	if (g <= G_MONTH)
		c->story_month = d.month;
	else if (v[4] == '-')
		for (s = 0; s < 4; s++)
			if (strcmp(v + 5, season_code[s]) == 0)
				c->story_month = season_month[s];
}

/*
 * The run loop's next token to visit, the first at or after i that can
 * open a rule, or -1 past the last.  *pend holds the opens bits of the
 * tokens from *base on that were scanned when it was taken (bit k:
 * token *base + k), less those the loop has passed: while one is left,
 * the next visit is a count of trailing zeros, with no rotate of the
 * ring's bits at every visit; a token's bit does not change while it
 * is in the ring.  Only when none is left does dt_tk_opens_next() look
 * at the tokens scanned since (and scan on), and its bits from the
 * next such token on become *pend.
 */
static inline long
next_visit(struct ctx *c, long i, long *base, uint64_t *pend)
{
	long d = i - *base;
	uint64_t m = d < OPENS_BITS ? *pend & (~UINT64_C(0) << d) : 0;

	if (m != 0) {
		*pend = m;
		return *base + __builtin_ctzll(m);
	}
	if ((*pend = dt_tk_opens_next(&c->sc, i, base)) == 0)
		return -1;
	return *base;
}

/* One pass over the body, in news or narrative mode. */
static int
run(struct ctx *c, const struct article *a, struct extract_out *out,
    int narrative, struct story *st)
{
	struct hit h;
	struct timex3 t;
	const struct tok *tok;
	struct cal_date ref;
	long i = 0, n, base = 0;
	uint64_t pend = 0;
	int g, abs, k;

	memset(&c->sc, 0, sizeof(c->sc));
	c->sc.lex = out->dates_lex;
	c->word_rules = dt_lexicon_rules(out->dates_lex);
	for (k = 0; k < NEXT_OF_COUNT; k++)
		c->next[k] = dt_lexicon_next(out->dates_lex, (enum next_of)k);
	c->sc.s = a->body.p;
	c->sc.len = a->body.p != NULL ? a->body.len : 0;
	c->has_pub = a->pub.year != 0 && cal_valid(a->pub.year,
	    a->pub.month, a->pub.day);
	c->pub.year = c->has_pub ? a->pub.year : 0;
	c->pub.month = c->has_pub ? a->pub.month : 1;
	c->pub.day = c->has_pub ? a->pub.day : 1;
	c->pub_gran = G_DAY;
	c->has_dct = c->has_pub;
	c->dct = c->pub;
	c->narrative = narrative;
	c->q_tok = -1;
	c->range_tok = -1;
	c->has_ref = 0;
	c->has_fine = 0;
	c->day_first = 0;
	c->fiscal_end = FISCAL_END_CALENDAR;
	c->source = a->source;
	c->url = a->url;
	c->india_pub = -1;
	c->story_year = 0;
	c->may_named = 0;
	c->decade_val = -1;
	c->decade_last = 0;
	/* only the tokens that can open a rule: a number, an apostrophe,
	 * a listed word with a rule set (the scanner marks them) */
	while ((i = next_visit(c, i, &base, &pend)) >= 0) {
		tok = tk(c, i);
		/* the gate: an F_LEAD word before a token no rule reads on,
		 * and the apostrophe of "'s" and "don't": only a number
		 * after it makes "'58" or "'80s" (dt_short_year(),
		 * dt_decade(), the apostrophe's only rules) */
		if (((tok_flags(tok) & F_LEAD) &&
		    !leads_on(tk(c, i + 1))) || (tok->kind == TK_PUNCT &&
		    tk(c, i + 1)->kind != TK_NUM) ||
		    (n = match(c, i, &h)) <= 0) {
			i++;
			continue;
		}
		memset(&t, 0, sizeof(t));
		t.start = h.start;
		t.end = h.end;
		t.type = h.type;
		t.mod = h.mod;
		memcpy(t.value, h.value, sizeof(t.value));
		if (timex_list_push(&out->dates, &t) == -1)
			return -1;
		if (st != NULL && news_deixis(c, i, n, st->nabs == 0))
			st->nnews++;
		/* a weekday after a story time coarser than a month ("in
		 * 1970 she won the Booker. She died on Friday"): a history
		 * has no week of a year to put it in (a month's, "In May
		 * the delegates met. On Monday they failed", it has), news
		 * has the day of writing: it alone tells news */
		if (st != NULL && t.type != TIMEX_SET && bare_weekday(c, i, n))
			st->nwday += c->has_ref && c->ref_gran > G_MONTH ?
			    NEWS_WEEKDAYS_MIN : 1;
		if (st != NULL && t.type == TIMEX_DATE && ago_of_writing(c, i,
		    n, t.value))
			st->nnews++;
		/* a story that counts from the day of writing is news:
		 * its paragraph tells no history (story_mark()) */
		if (c->story_year != 0 && (st->nnews > 0 || st->nwday > 0))
			c->story_year = 0;
		if ((t.type == TIMEX_DATE || t.type == TIMEX_TIME) &&
		    !h.keep_ref && dt_value_date(t.value, &ref, &g)) {
			abs = absolute(c->sc.s, t.start, t.end, ref.year) &&
			    !name_year(c, i, n);
			if (abs && st != NULL) {
				st->nabs++;
				/* near the publication; or after it: a plan or
				 * a forecast ("by 2020"), which only news makes
				 * (a history tells of the past) */
				if (ref.year - c->pub.year > 0 ||
				    c->pub.year - ref.year <= NARRATIVE_GAP)
					st->nnear++;
			}
			/* a history told in a news story's paragraph: an
			 * absolute date far before the publication while the
			 * story has named none near it and not counted from
			 * the day of writing; any other absolute date ends it */
			if (abs && st != NULL)
				story_mark(c, st, t.value, ref, i);
			if (c->story_year != 0)
				story_follow(c, t.value, ref, g);
			/* the story's time: the last absolute date */
			if (abs && narrative) {
				c->has_pub = 1;
				c->pub = ref;
				c->pub_gran = g;
			}
			if (!ref_within(c, ref, g)) {
				c->has_ref = 1;
				c->ref = ref;
				c->ref_gran = g;
				c->ref_para = tk(c, i)->para;
				/* asked only of what anchor.c's rule reads:
				 * a day of an earlier year */
				c->ref_aside = g == G_DAY && c->has_pub &&
				    ref.year < c->pub.year &&
				    dt_in_aside(c, i);
				c->decade_last = 0;
				for (; g <= G_YEAR; g++) {
					c->fine[g] = ref;
					c->has_fine |= 1u << g;
				}
			}
		}
		i += n;
	}
	return 0;
}

/*
 * News mode anchors deictic expressions ("yesterday", "last year",
 * "Monday") on the publication date; narrative mode (HeidelTime's, for
 * histories) on the last absolute date the story named.  An article may
 * say which (its "timeline"); else a first pass in news mode counts the
 * absolute dates, and a story that names at least NARRATIVE_MIN of them,
 * none within NARRATIVE_GAP years of the publication, and never counts
 * from the day of writing (news_deixis()), is read again as a narrative.
 */
int
dates_extract(const struct article *a, struct extract_out *out)
{
	struct ctx c;
	struct story st = { 0, 0, 0, 0 };
	size_t n0 = out->dates.n;

	if (out->dates_lex == NULL) {
		errno = EINVAL;
		return -1;
	}
	if (a->tl != TIMELINE_AUTO)
		return run(&c, a, out, a->tl == TIMELINE_NARRATIVE,
		    NULL);
	if (run(&c, a, out, 0, &st) == -1)
		return -1;
	if (!c.has_pub || st.nabs < NARRATIVE_MIN || st.nnear > 0 ||
	    st.nnews > 0 || st.nwday >= NEWS_WEEKDAYS_MIN)
		return 0;
	out->dates.n = n0;
	return run(&c, a, out, 1, NULL);
}
