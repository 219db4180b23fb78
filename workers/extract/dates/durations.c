/*
 * durations.c — rules on durations and sets: counts before a unit
 * (35 years, three months, a decade, 5 1/2 hours, the past two months,
 * recent years), their modifiers (more than, at least, nearly), and sets
 * (annually, daily, every morning, each Thursday, $1 million a year).
 */
#include <stdio.h>
#include <string.h>

#include "dates_private.h"

/* The most years a counted decade or century is written as (P9990Y):
 * four digits, as a year has; a larger count keeps its unit (P1000DE)
 * and the multiplication cannot overflow. */
#define DUR_YEARS_MAX	9999

/* "-and-a-half" glued to a number word at j ("seven-and-a-half
 * years"): six tokens. */
static int
hyphenated_half(struct ctx *c, long j)
{
	return P(tk(c, j), '-') && adj(tk(c, j)) && W(tk(c, j + 1), and) &&
	    adj(tk(c, j + 1)) && P(tk(c, j + 2), '-') && adj(tk(c, j + 2)) &&
	    W(tk(c, j + 3), a) && adj(tk(c, j + 3)) &&
	    P(tk(c, j + 4), '-') && adj(tk(c, j + 4)) &&
	    W(tk(c, j + 5), half) && adj(tk(c, j + 5));
}

/* count()'s *half for a decimal count other than a half ("2.3"): its
 * digits after the point are the count's last token. */
#define HALF_DECIMAL	2

/*
 * A count before a unit: 35, 2,000, three, twenty-five, twenty four,
 * a/an/one, a couple of, a dozen, a hundred, several, a few, 5 1/2,
 * 1.5, seven-and-a-half, half a/an, a half.  *val is -1 for a vague
 * count, 0 with *half for half of one unit ("half an hour", "a half
 * hour"); *art tells "a"/"an"; *half a trailing "1/2", ".5" or "and a
 * half".  Tokens used, 0 if none.  (A new first word here must be added
 * to dt_duration_opens().)
 */
static long
count(struct ctx *c, long i, int *val, int *art, int *half)
{
	const struct tok *t = tk(c, i), *n;
	const struct lex *lx, *lx2;
	long j = i;

	*art = *half = 0;
	if (t->kind == TK_NUM) {
		if (t->num < 0 || is_currency(tk(c, i - 1)) ||
		    (adj(t) && tk(c, i - 1)->kind != TK_PUNCT &&
		    tk(c, i - 1)->kind != TK_NONE))
			return 0;
		/* the decimals of "2.3 years" are no count of their own */
		if (adj(t) && P(tk(c, i - 1), '.') && adj(tk(c, i - 1)) &&
		    tk(c, i - 2)->kind == TK_NUM)
			return 0;
		*val = t->num;
		j++;
		/* thousands: 2,000 */
		while (P(tk(c, j), ',') && adj(tk(c, j)) &&
		    is_num(tk(c, j + 1), 3, 3) && adj(tk(c, j + 1)) &&
		    *val < 1000000) {
			*val = *val * 1000 + tk(c, j + 1)->num;
			j += 2;
		}
		n = tk(c, j);
		/* "1.5 years": a half, as "one and a half years"; "2.3
		 * years", "9.58 seconds": a decimal count, which
		 * dt_duration() writes as ISO 8601's fraction of the last
		 * unit (P2.3Y) */
		if (adj(n) && P(n, '.') && is_num(tk(c, j + 1), 1, 2) &&
		    adj(tk(c, j + 1)) && !(adj(tk(c, j + 2)) &&
		    (tk(c, j + 2)->kind == TK_NUM || P(tk(c, j + 2), '.')))) {
			*half = tk(c, j + 1)->ndig == 1 &&
			    tk(c, j + 1)->num == 5 ? 1 : HALF_DECIMAL;
			return j + 2 - i;
		}
		if (adj(n) && (P(n, '.') || P(n, ',') || P(n, '/') ||
		    P(n, ':')) && tk(c, j + 1)->kind == TK_NUM)
			return 0;
		if (adj(n) && (P(n, '%') || n->kind == TK_WORD))
			return 0;
		if (is_num(n, 1, 1) && n->num == 1 && P(tk(c, j + 1), '/') &&
		    adj(tk(c, j + 1)) && is_num(tk(c, j + 2), 1, 1) &&
		    tk(c, j + 2)->num == 2 && adj(tk(c, j + 2))) {
			*half = 1;
			j += 3;
		}
		return j - i;
	}
	if ((lx = L(t, C_NUM)) != NULL) {
		*val = lx->val;
		j++;
		if (lx->val >= 20 && lx->val < 100 && lx->val % 10 == 0) {
			n = tk(c, j);
			if (P(n, '-') && adj(n) &&
			    (lx2 = L(tk(c, j + 1), C_NUM)) != NULL &&
			    lx2->val < 10) {
				*val += lx2->val;
				j += 2;
			} else if ((lx2 = L(n, C_NUM)) != NULL &&
			    lx2->val < 10) {
				*val += lx2->val;
				j++;
			}
		}
		if (lx->val == 1 && W(tk(c, j), hundred)) {
			*val = 100;
			j++;
		}
		if (W(tk(c, j), and) && W(tk(c, j + 1), a) &&
		    W(tk(c, j + 2), half)) {
			*half = 1;
			j += 3;
		} else if (hyphenated_half(c, j)) {
			*half = 1;
			j += 6;
		}
		return j - i;
	}
	/* "half an hour", "half a century": half of one unit */
	if (W(t, half) && (W(tk(c, i + 1), a) || W(tk(c, i + 1), an))) {
		*val = 0;
		*half = 1;
		return 2;
	}
	if (W(t, a) || W(t, an)) {
		n = tk(c, i + 1);
		/* "a half hour", "a half-hour", "a half-century" */
		if (W(n, half) && (L(tk(c, i + 2), C_UNIT) != NULL ||
		    (P(tk(c, i + 2), '-') && adj(tk(c, i + 2)) &&
		    L(tk(c, i + 3), C_UNIT) != NULL && adj(tk(c, i + 3))))) {
			*val = 0;
			*half = 1;
			return P(tk(c, i + 2), '-') ? 3 : 2;
		}
		if (W(n, couple) && W(tk(c, i + 2), of)) {
			*val = 2;
			return 3;
		}
		if (W(n, few)) {
			*val = -1;
			return 2;
		}
		if (W(n, dozen)) {
			*val = 12;
			return 2;
		}
		if (W(n, hundred)) {
			*val = 100;
			return 2;
		}
		*val = 1;
		*art = 1;
		return 1;
	}
	if (W(t, several) || W(t, few) || W(t, many)) {
		*val = -1;
		return 1;
	}
	/* "the next couple of years": the article is "the"'s */
	if (W(t, couple) && W(tk(c, i + 1), of)) {
		*val = 2;
		return 2;
	}
	return 0;
}

/* A unit word at j: tokens used (0 if none), *u and *plural set.
 * "second" is an ordinal unless a count came before it (and after "a"
 * an ordinal still when a noun follows: dt_duration()). */
static long
unit_at(struct ctx *c, long j, int counted, enum unit *u, int *plural)
{
	const struct tok *t = tk(c, j);
	const struct lex *lx = L(t, C_UNIT);

	if (lx != NULL) {
		*u = (enum unit)lx->val;
		*plural = (lx->flags & F_PLURAL) != 0;
		return 1;
	}
	if (counted && W(t, second)) {
		*u = U_SEC;
		*plural = 0;
		return 1;
	}
	return 0;
}

/* A decimal count of a unit as ISO 8601 writes it, the fraction on
 * the last unit: "2.3 years" P2.3Y, "9.58 seconds" PT9.58S, "0.25
 * hours" PT0.25H (d: the digits after the point).  0 for a unit
 * TimeML has no letter for (a fortnight). */
static int
fmt_decimal(char *buf, size_t len, enum unit u, int val,
    const struct tok *d)
{
	static const char *const letter[] = {
		[U_SEC] = "S", [U_MIN] = "M", [U_HOUR] = "H", [U_DAY] = "D",
		[U_WEEK] = "W", [U_MONTH] = "M", [U_QUARTER] = "Q",
		[U_YEAR] = "Y", [U_DECADE] = "DE", [U_CENTURY] = "CE",
	};

	if ((size_t)u >= sizeof(letter) / sizeof(letter[0]) ||
	    letter[u] == NULL)
		return 0;
	snprintf(buf, len, "P%s%d.%0*d%s", u == U_SEC || u == U_MIN ||
	    u == U_HOUR ? "T" : "", val, (int)d->ndig, d->num, letter[u]);
	return 1;
}

/* P3Y, PT5H30M, P1DE, PXY. */
static void
fmt_duration(char *buf, size_t len, enum unit u, int val, int half)
{
	char n[16];
	int v = val;

	if (u == U_FORTNIGHT) {
		u = U_WEEK;
		if (v > 0)
			v *= 2;
	}
	if (v < 0)
		dt_fmt(n, sizeof(n), "X");
	else
		dt_fmt(n, sizeof(n), "%d", v);
	switch (u) {
	case U_SEC:
		dt_fmt(buf, len, "PT%sS", n);
		break;
	case U_MIN:
		dt_fmt(buf, len, half && v >= 0 ? "PT%sM30S" : "PT%sM", n);
		break;
	case U_HOUR:
		dt_fmt(buf, len, half && v >= 0 ? "PT%sH30M" : "PT%sH", n);
		break;
	case U_DAY:
		dt_fmt(buf, len, half && v >= 0 ? "P%sDT12H" : "P%sD", n);
		break;
	case U_WEEK:
		dt_fmt(buf, len, half && v >= 0 ? "P%s.5W" : "P%sW", n);
		break;
	case U_MONTH:
		dt_fmt(buf, len, half && v >= 0 ? "P%s.5M" : "P%sM", n);
		break;
	case U_QUARTER:
		dt_fmt(buf, len, half && v >= 0 ? "P%s.5Q" : "P%sQ", n);
		break;
	case U_YEAR:
		dt_fmt(buf, len, half && v >= 0 ? "P%sY6M" : "P%sY", n);
		break;
	/* ISO 8601 has no decade or century: a counted one is years
	 * ("two decades" P20Y, as TimeBank writes it); an uncounted one
	 * ("decades") keeps TimeML's DE and CE, "PXY" would say less */
	case U_DECADE:
		if (v >= 0 && v <= DUR_YEARS_MAX / 10)
			dt_fmt(buf, len, "P%dY", v * 10);
		else
			dt_fmt(buf, len, "P%sDE", n);
		break;
	case U_CENTURY:
		if (v >= 0 && v <= DUR_YEARS_MAX / 100)
			dt_fmt(buf, len, "P%dY", v * 100);
		else
			dt_fmt(buf, len, "P%sCE", n);
		break;
	default:
		dt_fmt(buf, len, "P%sD", n);
		break;
	}
}

static const uint8_t dur_rel[DW_COUNT] = {
	IN(past), IN(last), IN(next), IN(coming), IN(first), IN(latest),
	IN(previous), IN(final), IN(following), IN(recent), IN(initial),
	IN(preceding), IN(ensuing), IN(same)
};

/* A war's name after its count and unit, compared as keys. */
static const union wkey war_words[] = { { "war" }, { "wars" }, { "" } };

/* Is "War" at token k, after an apostrophe or a possessive's "'s"
 * ("Years' War", "Years War")? */
static int
war_after(struct ctx *c, long k)
{
	if (P(tk(c, k), '\''))
		k++;
	if (W(tk(c, k), s) && adj(tk(c, k)))
		k++;
	return tk(c, k)->cap && tok_among(tk(c, k), war_words);
}

/* Determiners after "a quarter of" that make it a fraction. */
static const uint8_t fraction_of[DW_COUNT] = {
	IN(the), IN(a), IN(an), IN(its), IN(their), IN(his), IN(her), IN(our),
	IN(this), IN(that), IN(these), IN(those), IN(all)
};

/*
 * Nouns of a company's results or an economy's course: after "quarters
 * of" they make the quarters fiscal periods ("two quarters of losses",
 * "three quarters of negative growth"), where after any other noun the
 * quarters are a share of it ("three quarters of voters").
 */
static const uint8_t results_nouns[DW_COUNT] = {
	IN(losses), IN(gains), IN(growth), IN(decline), IN(declines),
	IN(profit), IN(profits), IN(earnings), IN(sales), IN(revenue),
	IN(contraction), IN(expansion), IN(deficits), IN(increases)
};

/*
 * Is "quarter(s) of" before token k a share of what follows ("a quarter
 * of Americans", "three quarters of voters", "a quarter of 1 percent",
 * "a quarter of the market") rather than quarters of a year?  The
 * quarters are periods before a year ("two quarters of 1990"), "fiscal"
 * and a noun of results, straight after "of" or after one modifier.
 */
static int
quarter_share_of(struct ctx *c, long k)
{
	const struct tok *t = tk(c, k);

	if (WL(t, fraction_of))
		return 1;
	if (t->kind == TK_NUM)
		return !dt_year_tok(c, k);
	if (t->kind != TK_WORD || W(t, fiscal) || WL(t, results_nouns) ||
	    WL(tk(c, k + 1), results_nouns))
		return 0;
	return 1;
}

/*
 * A quarter of a unit ("a quarter of an hour", "three quarters of a
 * century"): the finer unit and count it comes to (PT15M, P75Y), 1;
 * 0 for a unit whose quarter is no whole number of a finer one.
 */
static int
quarter_of_unit(enum unit u, int quarters, enum unit *fu, int *n)
{
	static const struct {
		enum unit	 u, fu;
		int		 n;	/* fu in a quarter of u */
	} q[] = {
		{ U_CENTURY, U_YEAR, 25 }, { U_YEAR, U_MONTH, 3 },
		{ U_DAY, U_HOUR, 6 }, { U_HOUR, U_MIN, 15 },
		{ U_MIN, U_SEC, 15 },
	};
	size_t k;

	for (k = 0; k < sizeof(q) / sizeof(q[0]); k++)
		if (q[k].u == u) {
			*fu = q[k].fu;
			*n = q[k].n * quarters;
			return 1;
		}
	return 0;
}

/* Half of a unit in a finer one, as quarter_of_unit() gives quarters:
 * half a decade is 5 years, half a fortnight a week. */
static int
half_of_unit(enum unit u, enum unit *fu, int *n)
{
	if (u == U_DECADE) {
		*fu = U_YEAR;
		*n = 5;
		return 1;
	}
	if (u == U_FORTNIGHT) {
		*fu = U_WEEK;
		*n = 1;
		return 1;
	}
	return quarter_of_unit(u, 2, fu, n);
}

static const uint8_t dur_adj[DW_COUNT] = {
	IN(more), IN(additional), IN(consecutive), IN(straight), IN(full),
	IN(long), IN(trading), IN(business), IN(calendar), IN(fiscal),
	IN(whole), IN(entire), IN(extra), IN(further)
};

/* The first words of a count (count()) and the adjectives that may
 * stand between a unit and the article before it (dur_adj): with a
 * number, a number word or a unit, the only tokens a duration's count
 * or, with none, its unit can start on. */
static const uint8_t dur_head[DW_COUNT] = {
	IN(a), IN(an), IN(several), IN(few), IN(many), IN(couple),
	IN(more), IN(additional), IN(consecutive), IN(straight), IN(full),
	IN(long), IN(trading), IN(business), IN(calendar), IN(fiscal),
	IN(whole), IN(entire), IN(extra), IN(further)
};

/* Approximation words before a count, and their TIMEX3 mod.  (A new
 * first word here must be added to dt_duration_opens().) */
static long
approx(struct ctx *c, long i, enum timex_mod *mod)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 1);

	if (W(t, roughly) || W(t, approximately) || W(t, almost) ||
	    W(t, nearly) || W(t, some)) {
		*mod = TIMEX_MOD_APPROX;
		return 1;
	}
	if ((W(t, more) || W(t, less) || W(t, fewer)) &&
	    W(n, than)) {
		*mod = W(t, more) ? TIMEX_MOD_MORE_THAN :
		    TIMEX_MOD_LESS_THAN;
		return 2;
	}
	if (W(t, at) && (W(n, least) || W(n, most))) {
		*mod = W(n, least) ? TIMEX_MOD_EQUAL_OR_MORE :
		    TIMEX_MOD_EQUAL_OR_LESS;
		return 2;
	}
	if (W(t, no) && (W(n, more) || W(n, less)) &&
	    W(tk(c, i + 2), than)) {
		*mod = W(n, more) ? TIMEX_MOD_EQUAL_OR_LESS :
		    TIMEX_MOD_EQUAL_OR_MORE;
		return 3;
	}
	if (W(t, up) && W(n, to)) {
		*mod = TIMEX_MOD_EQUAL_OR_LESS;
		return 2;
	}
	return 0;
}

static const uint8_t per_words[DW_COUNT] = {
	IN(million), IN(billion), IN(percent), IN(cents), IN(dollars),
	IN(times), IN(once), IN(twice), IN(thousand), IN(trillion)
};

/*
 * The tokens dt_duration() can open on, tested first, as for
 * dt_quarter(): a number or a number word, a unit ("for weeks",
 * "day-long"), an approximation (approx()), an article, a relative word
 * (dur_rel), a vague count (count()), or a frequency's "once" or
 * "twice" (frequency()).
 * The rule tests it first, and dates_lexicon_new() leaves the rule out
 * of the rule set of every listed word it refuses (dt_rules_opened_by()),
 * so a word it lets through is the only way in: a new first word of the
 * rule goes here.
 */
int
dt_duration_opens(const struct tok *t)
{
	const struct lex *lx;

	if (t->kind == TK_NUM)
		return 1;
	if ((lx = tok_lex(t)) == NULL)
		return 0;
	if (lx->cls == C_NUM || lx->cls == C_UNIT)
		return 1;
	return W(t, the) || W(t, a) || W(t, an) || W(t, several) ||
	    W(t, few) || W(t, many) || W(t, couple) || W(t, half) ||
	    W(t, once) || W(t, twice) ||
	    W(t, roughly) || W(t, approximately) || W(t, almost) ||
	    W(t, nearly) || W(t, some) || W(t, more) || W(t, less) ||
	    W(t, fewer) || W(t, at) || W(t, no) || W(t, up) ||
	    WL(t, dur_rel);
}

/* Words after which "one day" is a time ahead ("will one day"), and
 * words after it that make it a length or a point ("one day later"). */
static const uint8_t before_one_day[DW_COUNT] = {
	IN(will), IN(would), IN(could), IN(might), IN(shall), IN(to)
};
static const uint8_t after_one_day[DW_COUNT] = {
	IN(later), IN(earlier), IN(ago), IN(after), IN(before), IN(of), IN(in),
	IN(at), IN(on), IN(for), IN(and), IN(or)
};

/* Is "one day" at tokens [i, j) "some day ahead": after a modal or
 * "to", before the verb they govern (a lower-case word)? */
static int
one_day_ahead(struct ctx *c, long i, long j)
{
	const struct tok *p = tk(c, i - 1), *n = tk(c, j);

	if (strcmp(tk(c, i)->low, "one") != 0)
		return 0;
	if (!WL(p, before_one_day) && !(W(p, may) && !p->cap))
		return 0;
	return n->kind == TK_WORD && !n->cap && !WL(n, after_one_day);
}

/* Nouns the lexicon lists (for other rules) that "a second" can
 * number: "a second term", "a second time", "a second season". */
static const uint8_t listed_nouns[DW_COUNT] = {
	IN(term), IN(time), IN(season), IN(turn), IN(budget), IN(school),
	IN(tax)
};

/* Words after "a day" that make it a length or a point, not a rate
 * ("two men a day later", "three weeks and a day after"). */
static const uint8_t after_rate[DW_COUNT] = {
	IN(before), IN(after), IN(earlier), IN(later), IN(ago), IN(of), IN(or),
	IN(and)
};

/* How far back a counted noun's count may be: "hundreds of
 * interviews", "fifty thousand CDs". */
#define RATE_COUNT_BACK	3

/*
 * A plural noun counted just before "a day" at tokens [i, j) ("90
 * people a day", "hundreds of interviews a day", "four flights a
 * week"): the phrase is a rate, TimeML's SET.
 */
static int
counted_noun_before(struct ctx *c, long i, long j)
{
	const struct tok *p = tk(c, i - 1), *b;
	size_t n;
	long k;

	if (p->kind != TK_WORD || WL(tk(c, j), after_rate) ||
	    (tk(c, j)->kind == TK_WORD && strcmp(tk(c, j)->low, "off") == 0))
		return 0;
	n = strlen(p->low);
	if (!(n >= 3 && p->low[n - 1] == 's' && p->low[n - 2] != 's') &&
	    !W(p, people) && !W(p, men) && !W(p, women) && !W(p, children))
		return 0;
	for (k = 2; k <= RATE_COUNT_BACK + 1; k++) {
		b = tk(c, i - k);
		if (b->kind == TK_NUM || L(b, C_NUM) != NULL ||
		    WL(b, per_words) || (b->kind == TK_WORD &&
		    (strcmp(b->low, "hundreds") == 0 ||
		    strcmp(b->low, "thousands") == 0 ||
		    strcmp(b->low, "dozens") == 0 ||
		    strcmp(b->low, "millions") == 0)))
			return 1;
		if (b->kind != TK_WORD)
			return 0;
	}
	return 0;
}

/*
 * The word joining the two counts of a range at token j (the first
 * count at jc, the phrase from i): "to", "or"; "and" after "between"
 * ("20 and 50 years ago" are two times, "in 1990 and five years later"
 * no range); a hyphen between two numbers ("12-18").
 */
static int
range_word(struct ctx *c, long i, long jc, long j)
{
	const struct tok *t = tk(c, j), *a = tk(c, jc);

	if (W(t, to) || W(t, or))
		return 1;
	if (W(t, and))
		return W(tk(c, i - 1), between) && !is_num(a, 4, 4);
	return P(t, '-') && adj(t) && a->kind == TK_NUM &&
	    tk(c, j + 1)->kind == TK_NUM && adj(tk(c, j + 1));
}

/*
 * "twice a year", "once a week", "three times a month", "40 times per
 * month": a frequency in a period, one SET whose span holds the count
 * (TimeML's freq, the guidelines' "twice a week"; HeidelTime's set
 * rules), valued by the period ("twice a decade ago" is no rate).
 * Tokens used, 0 if none.
 */
static __attribute__((noinline)) long
frequency(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i);
	enum unit u;
	long j = i + 1;
	int plural;

	if (!W(t, once) && !W(t, twice)) {
		if (!W(tk(c, i + 1), times) || (t->kind != TK_NUM &&
		    L(t, C_NUM) == NULL))
			return 0;
		j++;
	}
	if ((!W(tk(c, j), a) && !W(tk(c, j), an) && !W(tk(c, j), per)) ||
	    unit_at(c, j + 1, 0, &u, &plural) == 0 || plural)
		return 0;
	t = tk(c, j + 2);
	if (W(t, ago) || W(t, earlier) || W(t, later) || W(t, before) ||
	    W(t, after))
		return 0;
	dt_span(h, c, i, j + 2);
	h->type = TIMEX_SET;
	fmt_duration(h->value, sizeof(h->value), u, 1, 0);
	return h->ntok;
}

/*
 * Durations and what hangs on them: three years, 35 years, the past
 * two months, the first nine months, a decade, two-year, 16-hour,
 * 5 1/2 hours, recent years, for weeks; "ago"/"earlier"/"later" turn
 * one into a date; "a year" after an amount is a set.
 */
/* What dt_duration() reads after "the": a relative word (dur_rel),
 * or what a count or a unit opens on, as it tests below. */
int
dt_duration_after_the(const struct tok *n)
{
	return n->kind == TK_NUM || WL(n, dur_rel) || dur_head[n->wid] ||
	    dt_words[n->wid].cls == C_NUM || dt_words[n->wid].cls == C_UNIT;
}

/* What dt_duration() reads after a number (count(), then the test
 * after a count below): the comma of 2,000, the 1 of "5 1/2", the
 * point of "1.5", "times" of a frequency (frequency()), a unit,
 * "second", a hyphen, an adjective (dur_adj), a range's to/or/and. */
int
dt_duration_after_num(const struct tok *n)
{
	return n->kind == TK_NUM || P(n, ',') || P(n, '-') || P(n, '.') ||
	    W(n, times) || L(n, C_UNIT) != NULL || W(n, second) ||
	    WL(n, dur_adj) || W(n, to) || W(n, or) || W(n, and);
}

/* What dt_duration() reads after "a" or "an": a couple (of), a few,
 * a dozen, a hundred (count()), or after the count of one what the
 * test after a count below takes. */
int
dt_duration_after_a(const struct tok *n)
{
	return W(n, couple) || W(n, few) || W(n, dozen) || W(n, hundred) ||
	    W(n, half) || P(n, '-') || L(n, C_UNIT) != NULL || W(n, second) ||
	    WL(n, dur_adj) || W(n, to) || W(n, or) || W(n, and);
}

/* What dt_duration() reads after "at": at least, at most (approx()). */
int
dt_duration_after_at(const struct tok *n)
{
	return W(n, least) || W(n, most);
}

/* ISO 8601's weeks are at most this many a year from the nearest
 * week-year: a numbered week further from the publication's is the
 * year's before or after ("week 52" read in January). */
#define WEEK_NEAR_MAX	26

/*
 * "week 48", "in calendar week 47", "week 48 of 2026": ISO 8601's
 * numbered week (2026-W48), as European and Asian business news counts
 * them; in the publication's week-year, or the one before or after
 * that puts it nearest.  Lower case or after "calendar": a capitalized
 * "Week 3" is a sports season's; and not a week of something else
 * ("in week 3 of the trial").  Token i is "week".
 */
static __attribute__((noinline)) long
week_number(struct ctx *c, long i, struct hit *h)
{
	const struct tok *n = tk(c, i + 1);
	int wy, pw, y, w = n->num;
	long j = i + 2;

	if ((tk(c, i)->cap && !W(tk(c, i - 1), calendar)) ||
	    !is_num(n, 1, 2) || w < 1 || w > 53 || dt_num_embedded(c, i + 1))
		return 0;
	if (W(tk(c, j), of) && dt_year_tok(c, j + 1)) {
		y = tk(c, j + 1)->num;
		j += 2;
	} else if (W(tk(c, j), of) || !c->has_pub)
		return 0;
	else {
		cal_iso_week(c->pub.year, c->pub.month, c->pub.day, &wy, &pw);
		y = wy + (w - pw > WEEK_NEAR_MAX ? -1 :
		    pw - w > WEEK_NEAR_MAX ? 1 : 0);
	}
	if (w > cal_iso_weeks_in_year(y))
		return 0;
	dt_span(h, c, i, j);
	dt_hit_set(h, TIMEX_DATE, "%04d-W%02d", y, w);
	return h->ntok;
}

/* Is the "on" at token j the British "later" after a length ("Thirty-
 * seven years on, the city marks the date"): at a comma or a sentence's
 * end, after a date the text named (c->has_ref)? */
static int
on_later(struct ctx *c, long j)
{
	const struct tok *n = tk(c, j + 1);

	return W(tk(c, j), on) && c->has_ref &&
	    (P(n, ',') || is_sentence_end(n));
}

/* ISO 8601's letter for a unit a compound length may hold (years,
 * months, days; then after T hours, minutes, seconds), NULL for one it
 * may not (weeks mix with no other unit, quarters and decades have no
 * letter there). */
static const char *
compound_letter(enum unit u)
{
	switch (u) {
	case U_YEAR:
		return "Y";
	case U_MONTH:
	case U_MIN:
		return "M";
	case U_DAY:
		return "D";
	case U_HOUR:
		return "H";
	case U_SEC:
		return "S";
	default:
		return NULL;
	}
}

/*
 * A length in two units at token j, after the first's unit: "and", a
 * whole count and a finer unit ("four hours and 42 minutes", "two years
 * and three months", "a day and 12 hours": one TIMEX3 duration, PT4H42M,
 * P2Y3M, P1DT12H, as TimeML values "a minute and a half").  The tokens
 * it takes with its value in h, else 0.  Not after "between", whose
 * "and" joins a range's two ends ("sentenced to between one year and
 * six months": review S6), nor a day's or longer offset before
 * "earlier" or "later": a date counted from another is the first
 * unit's.  Before "ago" or "hence" a length of whole days or longer
 * counts from the writing, as one unit does ("a year and three months
 * ago" written in March 2024: 2022-12, the finer unit's granularity;
 * "four hours and 42 minutes ago" the day of writing).
 */
static long
compound_length(struct ctx *c, long i, long j, enum unit u, int val,
    struct hit *h)
{
	const char *l1 = compound_letter(u), *l2;
	enum unit u2;
	int v2, art2, half2, plural2, sign;
	long k;

	if (!W(tk(c, j), and) || l1 == NULL || W(tk(c, i - 1), between))
		return 0;
	k = count(c, j + 1, &v2, &art2, &half2);
	if (k == 0 || v2 <= 0 || half2 ||
	    unit_at(c, j + 1 + k, 1, &u2, &plural2) == 0 ||
	    u2 >= u || (l2 = compound_letter(u2)) == NULL)
		return 0;
	k += 2;
	if (W(tk(c, j + k), ago) || W(tk(c, j + k), hence)) {
		sign = W(tk(c, j + k), ago) ? -1 : 1;
		/* within a day, ago is the day of writing, as "two hours
		 * ago" is; a day and hours say no day */
		if (!c->has_pub || (u2 < U_DAY && (u > U_HOUR || sign > 0)))
			return 0;
		dt_span(h, c, i, j + k + 1);
		if (u <= U_HOUR)
			dt_hit_gran(h, c, c->pub, G_DAY);
		else
			dt_hit_gran(h, c, dt_shift(dt_shift(c->pub, u,
			    sign * val), u2, sign * v2), dt_unit_gran(u2));
		return k + 1;
	}
	/* within a day, an offset from an event with no clock given is
	 * its length, as dt_duration() values "an hour later" */
	if (W(tk(c, j + k), earlier) || W(tk(c, j + k), later)) {
		if (u > U_HOUR)
			return 0;
		k++;
	}
	dt_span(h, c, i, j + k);
	snprintf(h->value, sizeof(h->value), "P%s%d%s%s%d%s",
	    u <= U_HOUR ? "T" : "", val, l1,
	    u > U_HOUR && u2 <= U_HOUR ? "T" : "", v2, l2);
	return k;
}

/*
 * The granularity a deictic after "ago" gives its count, finer than
 * the unit counted u: "today" the day, "this week" the week, "this
 * month" the month; -1 when none follows.
 */
static int
ago_deictic(struct ctx *c, long j, enum unit u)
{
	const struct tok *t = tk(c, j);

	/* not a possessive's: "two years ago today's vote" */
	if (P(tk(c, j + (W(t, this) ? 2 : 1)), '\''))
		return -1;
	if (W(t, today))
		return G_DAY;
	if (!W(t, this))
		return -1;
	t = tk(c, j + 1);
	if (W(t, week) && u >= U_MONTH)
		return G_WEEK;
	if (W(t, month) && u > U_MONTH)
		return G_MONTH;
	return -1;
}

long
dt_duration(struct ctx *c, long i, struct hit *h)
{
	enum timex_mod mod = TIMEX_MOD_NONE;
	const struct tok *t;
	enum unit u;
	struct cal_date d;
	long j = i, k, jc;
	int the = 0, rel = 0, val = 0, art = 0, half = 0, plural, hyph = 0;
	int counted, k2, art2, half2, lng = 0, ahead = 0, adjd = 0;
	long jdec;

	/* a number and a point: only the half of "1.5 years" or a
	 * decimal before a unit ("2.3 years": count()); a sentence's end
	 * or another decimal, most of them, stops here */
	if (P(tk(c, i + 1), '.') && tk(c, i)->kind == TK_NUM &&
	    (tk(c, i + 2)->kind != TK_NUM || (tk(c, i + 2)->num != 5 &&
	    L(tk(c, i + 3), C_UNIT) == NULL)))
		return 0;
	if (!dt_duration_opens(tk(c, i)))
		return 0;
	if (W(tk(c, i), week) && tk(c, i + 1)->kind == TK_NUM &&
	    (k = week_number(c, i, h)) > 0)
		return k;
	j += approx(c, j, &mod);
	if (j > i && W(tk(c, i), some) && count(c, j, &val, &art, &half) ==
	    0)
		return 0;
	if (W(tk(c, j), the)) {
		the = 1;
		j++;
	}
	if (WL(tk(c, j), dur_rel)) {
		rel = 1;
		j++;
	}
	jc = j;
	/* what a count opens on, or with no count a unit or an adjective
	 * before one: any other token here ("the end", "the same", "at
	 * least": some 8,000 tries over the dev sets) is refused before
	 * the reading below, which would find no count and no unit */
	t = tk(c, jc);
	if (t->kind != TK_NUM && !dur_head[t->wid] &&
	    !(W(t, half) && !the && !rel) &&
	    dt_words[t->wid].cls != C_NUM && dt_words[t->wid].cls != C_UNIT)
		return jc == i && (W(t, once) || W(t, twice)) ?
		    frequency(c, i, h) : 0;
	k = count(c, j, &val, &art, &half);
	counted = k > 0;
	j += k;
	jdec = j - 1;		/* a decimal's digits (HALF_DECIMAL) */
	/* after a count, a unit, or what may come between: a range's
	 * word or hyphen, an adjective ("three straight years"), the
	 * hyphen of "two-year" */
	if (counted) {
		t = tk(c, j);
		if (L(t, C_UNIT) == NULL && !W(t, second) && !P(t, '-') &&
		    !WL(t, dur_adj) && !W(t, to) && !W(t, or) && !W(t, and))
			return W(t, times) && jc == i ? frequency(c, i, h) : 0;
	}
	/* a range, "two to three weeks", "40 or 50 years ago", "between
	 * two and three years", "12-18 months": one timex valued by its
	 * first count (HeidelTime's value; the development set's gold
	 * keeps two of its three ranges whole, TimeML would tag each end) */
	if (counted && !art && range_word(c, i, jc, j) &&
	    count(c, j + 1, &k2, &art2, &half2) > 0 && !art2 &&
	    unit_at(c, j + 1 + count(c, j + 1, &k2, &art2, &half2), 1, &u,
	    &plural) > 0)
		j += 1 + count(c, j + 1, &k2, &art2, &half2);
	/* "the 1988 quarter" is a year, not 1988 quarters */
	if (counted && is_num(tk(c, jc), 4, 4) && dt_year_tok(c, jc) &&
	    !adj(tk(c, j)) && k == 1 && (the || rel))
		return 0;
	if (counted && P(tk(c, j), '-') && adj(tk(c, j)) &&
	    adj(tk(c, j + 1)) && !half) {
		hyph = 1;
		j++;
	} else if (WL(tk(c, j), dur_adj)) {
		j++;
		adjd = 1;
	}
	if (unit_at(c, j, counted, &u, &plural) == 0)
		return 0;
	if (hyph && plural)
		return 0;
	/* "the first week of March", "the final days of June": a part of
	 * the month, no length */
	if (rel && !counted && dt_of_month(c, j + 1))
		return 0;
	/* CBS's "60 Minutes", the film "13 Hours": a capitalized unit after
	 * a number inside a sentence (not a Title Case headline: the word
	 * before is lower case, a quote mark or a possessive) is a name */
	if (counted && plural && tk(c, j)->cap && tk(c, jc)->kind == TK_NUM &&
	    (quote_mark(tk(c, jc - 1)) || (tk(c, jc - 1)->kind == TK_WORD &&
	    !tk(c, jc - 1)->cap)))
		return 0;
	/* a war's name: "the Six-Day War", "the Hundred Years' War", "the
	 * Thirty Years War" (a capitalized count and unit before "War") */
	if (counted && tk(c, j)->cap && tk(c, jc)->cap && war_after(c, j + 1))
		return 0;
	/* "a quarter of the market", "three quarters of voters": a
	 * share, not a time ("two quarters of losses", "two straight
	 * quarters of growth" are times: quarter_share_of()) */
	if (u == U_QUARTER && counted && val >= 1 && val <= 3 &&
	    W(tk(c, j + 1), of) && !adjd && !hyph) {
		const struct lex *ul = L(tk(c, j + 3), C_UNIT);
		enum unit fu;
		int fn;

		/* "a quarter of an hour", "three quarters of a century":
		 * that share of the unit, one duration */
		if ((W(tk(c, j + 2), a) || W(tk(c, j + 2), an)) && ul != NULL &&
		    !(ul->flags & F_PLURAL) &&
		    quarter_of_unit((enum unit)ul->val, val, &fu, &fn)) {
			u = fu;
			val = fn;
			plural = 0;
			j += 3;
		} else if (quarter_share_of(c, j + 2))
			return 0;
	}
	/* "cut rates by a quarter point", "a quarter percentage point":
	 * a fraction of a point of interest or of a poll, not a quarter
	 * of a year ("a quarter-point cut" is an adjective below) */
	if (u == U_QUARTER && !plural && (W(tk(c, j + 1), point) ||
	    W(tk(c, j + 1), points) || W(tk(c, j + 1), percentage)))
		return 0;
	/* "a week on Friday", "a fortnight last Saturday": a date
	 * (weekdays.c), not "a week" */
	if (art && jc == i && j == i + 1 && (W(tk(c, j + 1), on) ||
	    W(tk(c, j + 1), last)) && W(tk(c, i), a) &&
	    (k2 = (int)dt_week_on_weekday(c, i, h)) > 0)
		return k2;
	/* "day-long", "decades-long": the unit alone as an adjective */
	if (!counted && j == i && P(tk(c, j + 1), '-') &&
	    adj(tk(c, j + 1)) && W(tk(c, j + 2), long) &&
	    adj(tk(c, j + 2)))
		lng = 1;
	/* "the weeks ahead", "the months ahead" */
	if (!counted && plural && the && !rel && W(tk(c, j + 1), ahead))
		ahead = 1;
	if (lng || ahead)
		val = plural ? -1 : 1;
	else if (!counted) {
		if (plural) {
			/* recent years, the coming weeks, for years; "months
			 * ago", "decades ago" (PAST_REF below) */
			if (!(!the && !rel && W(tk(c, j + 1), ago)) &&
			    !(rel && (W(tk(c, jc - 1), recent) ||
			    W(tk(c, jc - 1), coming) ||
			    W(tk(c, jc - 1), past))) &&
			    !(!the && !rel && j == i && (W(tk(c, i - 1), for) ||
			    W(tk(c, i - 1), within))))
				return 0;
			val = -1;
		} else {
			/* the past year, past decade; "last year" is a date */
			if (!rel || !(the || W(tk(c, jc - 1), past) ||
			    W(tk(c, jc - 1), coming)))
				return 0;
			/* "the past year", "the last week": the calendar
			 * unit before publication (TimeBank's and
			 * HeidelTime's DATE), not a year's length */
			if (the && c->has_pub && (W(tk(c, jc - 1), past) ||
			    W(tk(c, jc - 1), last) ||
			    W(tk(c, jc - 1), previous)) &&
			    u >= U_WEEK && u != U_FORTNIGHT && u <= U_YEAR &&
			    !(P(tk(c, j + 1), '-') && adj(tk(c, j + 1)))) {
				dt_span(h, c, i, j + 1);
				dt_hit_gran(h, c, dt_shift(c->pub, u, -1),
				    dt_unit_gran(u));
				return h->ntok;
			}
			val = 1;
		}
	} else if (val == 0 && half == 1) {
		/* half of one unit: that many of the finer unit ("half an
		 * hour" PT30M, "a half-century" P50Y), or a decimal where
		 * none is whole ("half a month" P0.5M: ISO 8601's fraction
		 * of its last unit) */
		if (plural)
			return 0;
		if (!half_of_unit(u, &u, &val)) {
			dt_span(h, c, i, j + 1);
			h->mod = mod;
			dt_hit_set(h, TIMEX_DURATION, "P0.5%c", u == U_WEEK ?
			    'W' : u == U_QUARTER ? 'Q' : 'M');
			return h->ntok;
		}
		half = 0;
	} else {
		if (art && plural)
			return 0;
		if (val == 0 && !plural)
			return 0;
		if (val < 0 && !plural)
			return 0;
		/* "the first nine months" yes; "the 35 years" yes; but a
		 * count right after a year-ish number is not ours */
	}
	j++;
	/* "a minute and a half", "two hours and a half": the half is the
	 * duration's (PT1M30S), as with "5 1/2 hours" */
	if (counted && !half && val >= 0 && W(tk(c, j), and) &&
	    W(tk(c, j + 1), a) && W(tk(c, j + 2), half) &&
	    (u == U_MIN || u == U_HOUR || u == U_DAY || u == U_YEAR)) {
		half = 1;
		j += 3;
	}
	/* ages are not durations in TimeML news ("6-year-old", "35 years
	 * old"); "a year-earlier loss" is r_year_ago's */
	if (W(tk(c, j), old) || (P(tk(c, j), '-') && adj(tk(c, j)) &&
	    (W(tk(c, j + 1), old) || W(tk(c, j + 1), olds) ||
	    (!hyph && !lng && tk(c, j + 1)->kind == TK_WORD &&
	    adj(tk(c, j + 1))))))
		return 0;
	/* "a second betrayal", "A second group": the ordinal before a
	 * noun, not a duration ("a second later" is one) */
	if (u == U_SEC && art && !plural && tk(c, j)->kind == TK_WORD &&
	    (tk(c, j)->wid == DW_NONE || WL(tk(c, j), listed_nouns)))
		return 0;
	if ((hyph || lng) && P(tk(c, j), '-') && adj(tk(c, j)) &&
	    W(tk(c, j + 1), long))
		j += 2;
	else if (ahead)
		j++;
	/* adjectival forms modify a noun; the article belongs to it */
	if (hyph && the && !rel && W(tk(c, i), the)) {
		i++;
		the = 0;
	}
	if (W(tk(c, j), or) && W(tk(c, j + 1), so))
		j += 2;
	/* ago / earlier / later: a point in time; and the British "on"
	 * of "later" (Collins: "Ten years on, ..."), only ending its
	 * phrase, at a comma or the sentence's end ("ten years on the
	 * project" is a length), and after a date it counts from */
	if (!the && !rel && !hyph && (W(tk(c, j), ago) ||
	    W(tk(c, j), earlier) || W(tk(c, j), later) ||
	    W(tk(c, j), hence) || on_later(c, j))) {
		int sign = W(tk(c, j), ago) || W(tk(c, j), earlier) ?
		    -1 : 1;
		const struct lex *wd = L(tk(c, j + 1), C_WDAY);
		int g;

		/* "2.3 years ago": the unit's date nearest the point
		 * (2 years back) */
		if (half == HALF_DECIMAL) {
			const struct tok *dd = tk(c, jdec);

			if (dd->num * 10 >= 5 * (dd->ndig == 1 ? 10 : 100))
				val++;
			half = 0;
		}

		/* "a week ago Tuesday", "two weeks ago Friday": that many
		 * weeks before the last such weekday, one date */
		if (W(tk(c, j), ago) && u == U_WEEK && val > 0 && !the &&
		    c->has_pub && c->pub_gran == G_DAY && wd != NULL &&
		    tk(c, j + 1)->cap && !(wd->flags & (F_PLURAL | F_ABBR))) {
			dt_span(h, c, i, j + 2);
			h->mod = mod;
			dt_hit_gran(h, c, dt_shift(dt_anchor_weekday(c->pub,
			    wd->val, DIR_PAST), U_WEEK, -val), G_DAY);
			return h->ntok;
		}
		/* "Eighty years ago today", "Ten years ago this week": the
		 * deictic after "ago" says the day or the week of the
		 * count, one date (an anniversary's; was the year, and
		 * "today" the day of writing, the anaphora's reference) */
		if (W(tk(c, j), ago) && val > 0 && c->has_pub &&
		    c->pub_gran == G_DAY && u >= U_MONTH &&
		    (g = ago_deictic(c, j + 1, u)) >= 0) {
			dt_span(h, c, i, j + (g == G_DAY ? 2 : 3));
			h->mod = mod;
			dt_hit_gran(h, c, dt_shift(c->pub, u, -val),
			    (enum gran)g);
			return h->ntok;
		}
		dt_span(h, c, i, j + 1);
		h->mod = mod;
		if (val < 0 || !c->has_pub) {
			dt_hit_set(h, TIMEX_DATE, "%s", sign < 0 ? "PAST_REF" :
			    "FUTURE_REF");
			return h->ntok;
		}
		/* "an hour later", "a minute and a half earlier": an
		 * offset within a day from an event whose clock time the
		 * text does not give; no date says it (the day would be
		 * the event's, not the hour's), so TimeBank's DURATION
		 * of the offset.  "two hours ago" counts from the writing:
		 * the day of publication */
		if (u == U_SEC || u == U_MIN || u == U_HOUR) {
			if (sign < 0 && W(tk(c, j), ago)) {
				dt_hit_gran(h, c, c->pub, G_DAY);
				return h->ntok;
			}
			h->type = TIMEX_DURATION;
			fmt_duration(h->value, sizeof(h->value), u, val,
			    half);
			return h->ntok;
		}
		if (u == U_YEAR && val == 1 && dt_quarter_frame(c, i)) {
			dt_hit_set(h, TIMEX_DATE, "%04d-Q%d", c->q_year + sign,
			    c->q_num);
			return h->ntok;
		}
		/* "three years later, on August 15, 1948": the date in
		 * apposition says which */
		if (dt_apposition(c, j + 1, &d)) {
			dt_hit_gran(h, c, d, dt_unit_gran(u));
			return h->ntok;
		}
		/* "later" counts from the time the text is talking
		 * about; "ago", and "earlier" in news ("a year earlier"
		 * in an earnings report), from now; but days or weeks
		 * "earlier" after a day the paragraph named count from
		 * that day ("arrested on March 1.  A day earlier,
		 * police had searched": Feb. 29), and months or years
		 * after a month or a year it named, or a day ("a poll in
		 * December found that, relative to two years earlier":
		 * two years before that December).  Only within the
		 * paragraph: a year earlier than a date of an earlier
		 * one is the earnings report's, from now (TimeBank) */
		if (W(tk(c, j), earlier) && c->has_ref &&
		    c->ref_para == dt_at_para(c) &&
		    (((u == U_DAY || u == U_WEEK) && c->ref_gran == G_DAY) ||
		    ((u == U_MONTH || u == U_YEAR) &&
		    c->ref_gran <= (int)dt_unit_gran(u)))) {
			dt_hit_anaphoric(h, c, u, -val);
			return h->ntok;
		}
		if (sign < 0 || W(tk(c, j), hence)) {
			d = dt_shift(c->pub, u, sign * val);
			dt_hit_gran(h, c, d, dt_unit_gran(u));
		} else
			dt_hit_anaphoric(h, c, u, sign * val);
		return h->ntok;
	}
	/* "will one day be", "to one day become": some day ahead, not a
	 * day's length (TimeML FUTURE_REF); only between a modal or "to"
	 * and the verb it governs */
	if (counted && !art && val == 1 && u == U_DAY && j == i + 2 &&
	    one_day_ahead(c, i, j)) {
		dt_span(h, c, i, j);
		dt_hit_set(h, TIMEX_DATE, "FUTURE_REF");
		return h->ntok;
	}
	/* $5 million a year, twice a day, "hundreds of interviews a day",
	 * "10 hours a day", "163 pesos a day": a frequency */
	if (art && !the && !rel && (tk(c, i - 1)->kind == TK_NUM ||
	    WL(tk(c, i - 1), per_words) || counted_noun_before(c, i, j))) {
		dt_span(h, c, i, j);
		fmt_duration(h->value, sizeof(h->value), u, 1, 0);
		h->type = TIMEX_SET;
		return h->ntok;
	}
	h->mod = mod;
	h->type = TIMEX_DURATION;
	if (counted && !half && val > 0 && !hyph && !lng &&
	    compound_length(c, i, j, u, val, h) > 0)
		return h->ntok;
	dt_span(h, c, i, j);
	if (half == HALF_DECIMAL)
		return fmt_decimal(h->value, sizeof(h->value), u, val,
		    tk(c, jdec)) ? h->ntok : 0;
	fmt_duration(h->value, sizeof(h->value), u, val, half);
	return h->ntok;
}

/* daily, weekly, fortnightly, annually; every day, each Thursday, per
 * year; weekends, weekdays. */
/* The words dt_set() opens on: a set word ("daily"), every, each, per.
 * The rule tests it first, and dates_lexicon_new() leaves the rule out
 * of the rule set of every listed word it refuses (dt_rules_opened_by()),
 * so a word it lets through is the only way in: a new first word of the
 * rule goes here. */
int
dt_set_opens(const struct tok *t)
{
	return L(t, C_SETW) != NULL || W(t, every) || W(t, each) ||
	    W(t, per) || W(t, weekends) || W(t, weekdays);
}

/* What before "weekends" makes them a count or some of them ("two
 * weekends", "the weekends of July", "several weekends", "a couple of
 * weekends"), not every one. */
static const uint8_t weekends_counted[DW_COUNT] = {
	IN(the), IN(these), IN(those), IN(several), IN(few),
	IN(consecutive), IN(past), IN(last), IN(next), IN(recent),
	IN(coming), IN(straight), IN(of), IN(many)
};

/* The singular, read only after "every" and "each", compared as a
 * key: listed in words.def it took a slot of the lexicon's hash that a
 * frequent unlisted word hashes to, and each of those then probed on. */
static const union wkey weekday[] = { { "weekday" }, { "" } };

long
dt_set(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i);
	const struct lex *lx;
	enum unit u;
	long j = i + 1, k;
	int val = 1, art, half, plural, part;

	if (!dt_set_opens(t))
		return 0;
	if ((lx = L(t, C_SETW)) != NULL) {
		/* "the Daily Beast", "the Weekly Standard", "Breitbart
		 * News Daily": a capitalized frequency word beside another
		 * capitalized word is a paper's or a programme's name */
		if (t->cap && (dt_cap_neighbour(c, i, i - 1) ||
		    dt_cap_neighbour(c, i, i + 1)))
			return 0;
		dt_span(h, c, i, j);
		h->type = TIMEX_SET;
		fmt_duration(h->value, sizeof(h->value), lx->val, 1, 0);
		return h->ntok;
	}
	/* "works weekends", "open on weekends", "at weekends" (British):
	 * the weekend of every week, as "on Sundays" is every Sunday (a
	 * plural of a day names a set, TimeML's SET) */
	/* and "weekdays" ("airs weekdays from 6 a.m.", "open on
	 * weekdays"), the five working days of every week: TIMEX3 names
	 * the weekend WE in a week's day place and has no token for the
	 * rest, so WD stands for them, as the TIMEX libraries that read
	 * "every weekday" write it (Microsoft's Recognizers-Text) */
	if (W(t, weekends) || W(t, weekdays)) {
		const struct tok *p = tk(c, i - 1);

		if (p->kind == TK_NUM || L(p, C_NUM) != NULL ||
		    WL(p, weekends_counted) || (t->cap &&
		    (dt_cap_neighbour(c, i, i - 1) ||
		    dt_cap_neighbour(c, i, i + 1))))
			return 0;
		dt_span(h, c, i, j);
		dt_hit_set(h, TIMEX_SET, W(t, weekends) ? "XXXX-WXX-WE" :
		    "XXXX-WXX-WD");
		return h->ntok;
	}
	if (!W(t, every) && !W(t, each) && !W(t, per))
		return 0;
	if (W(tk(c, j), other)) {
		val = 2;
		j++;
	}
	if ((lx = L(tk(c, j), C_WDAY)) != NULL &&
	    !(lx->flags & (F_PLURAL | F_ABBR))) {
		dt_span(h, c, i, j + 1);
		dt_hit_set(h, TIMEX_SET, "XXXX-WXX-%d", lx->val);
		return h->ntok;
	}
	/* "every weekend": the weekend of every week; "every weekday" */
	if ((W(tk(c, j), weekend) || tok_among(tk(c, j), weekday)) &&
	    val == 1) {
		dt_span(h, c, i, j + 1);
		dt_hit_set(h, TIMEX_SET, W(tk(c, j), weekend) ?
		    "XXXX-WXX-WE" : "XXXX-WXX-WD");
		return h->ntok;
	}
	/* "each July": the month of every year */
	if ((lx = L(tk(c, j), C_MONTH)) != NULL && tk(c, j)->cap &&
	    !(lx->flags & F_ABBR) && val == 1) {
		dt_span(h, c, i, j + 1);
		dt_hit_set(h, TIMEX_SET, "XXXX-%02d", lx->val);
		return h->ntok;
	}
	if (dt_part_of_day(c, j, &part)) {
		dt_span(h, c, i, j + 1);
		dt_hit_set(h, TIMEX_SET, "XXXX-XX-XXT%s", part_code[part]);
		return h->ntok;
	}
	/* "each summer", "every winter": the season of every year */
	if ((lx = L(tk(c, j), C_SEASON)) != NULL && val == 1) {
		dt_span(h, c, i, j + 1);
		dt_hit_set(h, TIMEX_SET, "XXXX-%s", season_code[lx->val]);
		return h->ntok;
	}
	if ((k = count(c, j, &val, &art, &half)) > 0 && !art && val > 0)
		j += k;
	if (unit_at(c, j, k > 0, &u, &plural) == 0)
		return 0;
	dt_span(h, c, i, j + 1);
	h->type = TIMEX_SET;
	fmt_duration(h->value, sizeof(h->value), u, val, 0);
	return h->ntok;
}
