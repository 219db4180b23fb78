/*
 * anchor.c — what the date rules share beyond the token tests: TIMEX3
 * values at a granularity, shifting dates by units, anchoring a weekday
 * or a month to the publication date, the tense around a token that says
 * which way, the reference date anaphora count from, and the number
 * tests (a day of the month, a year token, a number that is part of a
 * bigger one).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dates_private.h"

/*
 * A number token that is really a piece of a larger number, an amount,
 * a score, a ratio, a version or a phone number: something glued to it
 * on either side by punctuation and more digits, or money before it.
 */
int
dt_num_embedded_before(struct ctx *c, long i)
{
	const struct tok *p = tk(c, i - 1), *pp = tk(c, i - 2);

	if (is_currency(p) || (adj(tk(c, i)) && p->kind == TK_WORD))
		return 1;
	return adj(tk(c, i)) && (P(p, '.') || P(p, ',') || P(p, '/') ||
	    P(p, ':') || P(p, '-') || P(p, '+')) && pp->kind == TK_NUM &&
	    adj(p);
}

int
dt_num_embedded(struct ctx *c, long i)
{
	const struct tok *n = tk(c, i + 1), *nn = tk(c, i + 2);

	if (dt_num_embedded_before(c, i))
		return 1;
	if (adj(n) && (P(n, '.') || P(n, ',') || P(n, '/') || P(n, ':') ||
	    P(n, '-')) && nn->kind == TK_NUM && adj(nn))
		return 1;
	if ((adj(n) && P(n, '%')) || W(n, percent) || W(n, pct))
		return 1;
	return 0;
}

/*
 * Is token k, beside token i, a capitalized word of i's paragraph with
 * a space between them: the next word of a name written in Title Case
 * ("the Daily Beast", "Breitbart News Daily", "Liberty Now PAC")?
 */
int
dt_cap_neighbour(struct ctx *c, long i, long k)
{
	const struct tok *u = tk(c, k), *t = tk(c, i);

	return u->kind == TK_WORD && u->cap && u->para == t->para &&
	    (k < i ? t->sp : u->sp);
}

/* Append byte b to buf[0..len) at *k, as snprintf() would: what does
 * not fit before the terminating NUL is dropped. */
static inline void
fmt_put(char *buf, size_t len, size_t *k, char b)
{
	if (*k + 1 < len)
		buf[*k] = b;
	(*k)++;
}

/*
 * vsnprintf() for TIMEX3 values, with the same output: every hit
 * formats its value, and glibc's vsnprintf() took a tenth of the whole
 * run (docs/extraction.md, dates speed); this takes a few instructions
 * a character.
 * It formats the conversions %d, %s and %c, each with an optional 0
 * flag and a width, and %%; a format with any other goes to vsnprintf()
 * whole, from a copy of the arguments taken before the first.
 */
void
dt_vfmt(char *buf, size_t len, const char *fmt, va_list ap)
{
	static const unsigned pow10[] = { 1, 10, 100, 1000, 10000, 100000,
	    1000000, 10000000, 100000000, 1000000000 };
	char digits[16];
	const char *f, *s;
	size_t k = 0, n, width;
	unsigned u;
	int v, zero;
	va_list ap0;

	va_copy(ap0, ap);
	for (f = fmt; *f != '\0'; f++) {
		if (*f != '%') {
			fmt_put(buf, len, &k, *f);
			continue;
		}
		f++;
		if (*f == '%') {
			fmt_put(buf, len, &k, '%');
			continue;
		}
		zero = *f == '0';
		f += zero;
		for (width = 0; *f >= '0' && *f <= '9'; f++)
			width = width * 10 + (size_t)(*f - '0');
		if (*f != 'd' && *f != 's' && *f != 'c') {
			vsnprintf(buf, len, fmt, ap0);
			va_end(ap0);
			return;
		}
		if (*f == 'd') {
			v = va_arg(ap, int);
			/* the commonest, a day, month or year zero-padded to
			 * its width ("%02d", "%04d"): written in place from its
			 * last digit, when it fits */
			if (zero && v >= 0 && width >= 1 &&
			    width < sizeof(pow10) / sizeof(pow10[0]) &&
			    (unsigned)v < pow10[width] && k + width < len) {
				for (n = width, u = (unsigned)v; n-- > 0; u /= 10)
					buf[k + n] = (char)('0' + u % 10);
				k += width;
				continue;
			}
			u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
			n = 0;
			do {
				digits[n++] = (char)('0' + u % 10);
				u /= 10;
			} while (u != 0);
			if (v < 0)
				width = width > 0 ? width - 1 : 0;
			if (v < 0 && zero)
				fmt_put(buf, len, &k, '-');
			for (; width > n; width--)
				fmt_put(buf, len, &k, zero ? '0' : ' ');
			if (v < 0 && !zero)
				fmt_put(buf, len, &k, '-');
			while (n > 0)
				fmt_put(buf, len, &k, digits[--n]);
		} else if (*f == 's') {
			if ((s = va_arg(ap, const char *)) == NULL)
				s = "(null)";
			for (n = strlen(s); width > n; width--)
				fmt_put(buf, len, &k, ' ');
			for (; *s != '\0'; s++)
				fmt_put(buf, len, &k, *s);
		} else {
			for (; width > 1; width--)
				fmt_put(buf, len, &k, ' ');
			fmt_put(buf, len, &k, (char)va_arg(ap, int));
		}
	}
	if (len > 0)
		buf[k < len ? k : len - 1] = '\0';
	va_end(ap0);
}

void
dt_fmt(char *buf, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	dt_vfmt(buf, len, fmt, ap);
	va_end(ap);
}

void
dt_hit_set(struct hit *h, enum timex_type type, const char *fmt, ...)
{
	va_list ap;

	h->type = type;
	va_start(ap, fmt);
	dt_vfmt(h->value, sizeof(h->value), fmt, ap);
	va_end(ap);
}

/* Format a date at a granularity; without an anchor, X-ed out. */
void
dt_fmt_gran(char *buf, size_t len, int has, struct cal_date d, enum gran g)
{
	int wy, w;

	/* the commonest values, a day, a month or a year of four digits,
	 * written digit by digit: what "%04d-%02d-%02d" gives, without
	 * dt_vfmt() reading the format (a fifth of its calls) */
	if (has && (g == G_DAY || g == G_MONTH || g == G_YEAR) &&
	    d.year >= 0 && d.year <= 9999 && d.month >= 1 && d.month <= 12 &&
	    d.day >= 1 && d.day <= 31 && len >= sizeof("YYYY-MM-DD")) {
		buf[0] = (char)('0' + d.year / 1000);
		buf[1] = (char)('0' + d.year / 100 % 10);
		buf[2] = (char)('0' + d.year / 10 % 10);
		buf[3] = (char)('0' + d.year % 10);
		buf[4] = '\0';
		if (g == G_YEAR)
			return;
		buf[4] = '-';
		buf[5] = (char)('0' + d.month / 10);
		buf[6] = (char)('0' + d.month % 10);
		buf[7] = '\0';
		if (g == G_MONTH)
			return;
		buf[7] = '-';
		buf[8] = (char)('0' + d.day / 10);
		buf[9] = (char)('0' + d.day % 10);
		buf[10] = '\0';
		return;
	}
	switch (g) {
	case G_DAY:
		if (has)
			dt_fmt(buf, len, "%04d-%02d-%02d", d.year, d.month,
			    d.day);
		else
			dt_fmt(buf, len, "XXXX-XX-XX");
		break;
	case G_WEEK:
		if (has) {
			cal_iso_week(d.year, d.month, d.day, &wy, &w);
			dt_fmt(buf, len, "%04d-W%02d", wy, w);
		} else
			dt_fmt(buf, len, "XXXX-WXX");
		break;
	case G_MONTH:
		if (has)
			dt_fmt(buf, len, "%04d-%02d", d.year, d.month);
		else
			dt_fmt(buf, len, "XXXX-XX");
		break;
	case G_QUARTER:
		if (has)
			dt_fmt(buf, len, "%04d-Q%d", d.year,
			    cal_quarter(d.month));
		else
			dt_fmt(buf, len, "XXXX-QX");
		break;
	case G_YEAR:
		if (has)
			dt_fmt(buf, len, "%04d", d.year);
		else
			dt_fmt(buf, len, "XXXX");
		break;
	case G_DECADE:
		if (has)
			dt_fmt(buf, len, "%03d", d.year / 10);
		else
			dt_fmt(buf, len, "XXX");
		break;
	case G_CENTURY:
		if (has)
			dt_fmt(buf, len, "%02d", d.year / 100);
		else
			dt_fmt(buf, len, "XX");
		break;
	}
}

/*
 * A date at granularity g when only the parts down to granularity known
 * are known (a year: 1998-XX-XX, 1998-XX, 1998-WXX; a month:
 * 1998-10-XX).
 */
static void
fmt_known(char *buf, size_t len, struct cal_date d, enum gran g, int known)
{
	if ((int)g >= known)
		dt_fmt_gran(buf, len, 1, d, g);
	else if (g == G_WEEK)
		dt_fmt(buf, len, "%04d-WXX", d.year);
	else if (known == G_MONTH)
		dt_fmt(buf, len, "%04d-%02d-XX", d.year, d.month);
	else if (g == G_MONTH)
		dt_fmt(buf, len, "%04d-XX", d.year);
	else
		dt_fmt(buf, len, "%04d-XX-XX", d.year);
}

/* A deictic date: counted from the anchor, known as far as it is. */
void
dt_hit_gran(struct hit *h, struct ctx *c, struct cal_date d, enum gran g)
{
	h->type = TIMEX_DATE;
	if (c->has_pub && (int)g < c->pub_gran)	/* the story's year */
		fmt_known(h->value, sizeof(h->value), c->pub, g, c->pub_gran);
	else if (c->has_pub)
		dt_fmt_gran(h->value, sizeof(h->value), 1, d, g);
	else
		dt_fmt_gran(h->value, sizeof(h->value), 0, d, g);
}

/* A day with a part of it: 2016-08-15TMO (a TIMEX3 TIME). */
void
dt_hit_day_part(struct hit *h, struct ctx *c, struct cal_date d,
    const char *part)
{
	char day[TIMEX_VALUE_MAX];

	dt_fmt_gran(day, sizeof(day), c->has_pub, d, G_DAY);
	dt_hit_set(h, TIMEX_TIME, "%sT%s", day, part);
}

/*
 * The calendar date a TIMEX3 value names, to its granularity: YYYY,
 * YYYY-MM, YYYY-MM-DD (and a time after it); any other value after the
 * year (a week, quarter, season) counts as the year.  0 if the value is
 * not a calendar date (a duration, PRESENT_REF, X-values).
 */
int
dt_value_date(const char *v, struct cal_date *d, int *gran)
{
	int k;

	for (k = 0; k < 4; k++)
		if (v[k] < '0' || v[k] > '9')
			return 0;
	if (v[4] != '\0' && v[4] != '-')
		return 0;
	d->year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 +
	    (v[2] - '0') * 10 + (v[3] - '0');
	d->month = d->day = 1;
	*gran = G_YEAR;
	if (v[4] != '-' || v[5] < '0' || v[5] > '9' || v[6] < '0' ||
	    v[6] > '9')
		return 1;
	d->month = (v[5] - '0') * 10 + (v[6] - '0');
	*gran = G_MONTH;
	if (v[7] == '-' && v[8] >= '0' && v[8] <= '9' && v[9] >= '0' &&
	    v[9] <= '9') {
		d->day = (v[8] - '0') * 10 + (v[9] - '0');
		*gran = G_DAY;
	}
	if (!cal_valid(d->year, d->month, d->day)) {
		d->month = d->day = 1;
		*gran = G_YEAR;
	}
	return 1;
}

/*
 * An anaphoric date: the reference date shifted by n units, at the
 * unit's granularity; the parts the reference does not give are X
 * ("1998 ... that same day" is 1998-XX-XX).  Without a reference, the
 * publication date.
 */
void
dt_hit_anaphoric(struct hit *h, struct ctx *c, enum unit u, int n)
{
	struct cal_date d;
	enum gran g = dt_unit_gran(u);

	if (!c->has_ref) {
		dt_hit_gran(h, c, dt_shift(c->pub, u, n), g);
		return;
	}
	d = dt_shift(c->ref, u, n);
	h->type = TIMEX_DATE;
	if ((int)g >= c->ref_gran) {
		dt_fmt_gran(h->value, sizeof(h->value), 1, d, g);
		return;
	}
	/* finer than a reference from an earlier paragraph: the last date
	 * named that fine (in the reference's own paragraph the anaphor
	 * is about the reference's event, whose day is not known) */
	if (g <= G_YEAR && (c->has_fine & (1u << g)) != 0 &&
	    c->ref_para != dt_at_para(c)) {
		dt_fmt_gran(h->value, sizeof(h->value), 1,
		    dt_shift(c->fine[g], u, n), g);
		return;
	}
	/* finer than the reference: the parts it does not give are X, and
	 * a shift within them is unknown ("1998 ... the previous day" is
	 * still 1998-XX-XX) */
	fmt_known(h->value, sizeof(h->value), c->ref, g, c->ref_gran);
}

/* Shift the publication date by n units. */
struct cal_date
dt_shift(struct cal_date d, enum unit u, int n)
{
	/* n comes from text (nine digits): times 100 it would overflow */
	if (n > SHIFT_MAX)
		n = SHIFT_MAX;
	else if (n < -SHIFT_MAX)
		n = -SHIFT_MAX;
	switch (u) {
	case U_DAY:
		return cal_add_days(d, n);
	case U_WEEK:
		return cal_add_days(d, (int64_t)n * 7);
	case U_FORTNIGHT:
		return cal_add_days(d, (int64_t)n * 14);
	case U_MONTH:
		return cal_add_months(d, n);
	case U_QUARTER:
		return cal_add_months(d, n * QUARTER_MONTHS);
	case U_YEAR:
		return cal_add_years(d, n);
	case U_DECADE:
		return cal_add_years(d, n * 10);
	case U_CENTURY:
		return cal_add_years(d, n * 100);
	default:
		return d;
	}
}

/* The granularity of a date counted in units u: a fortnight is two
 * weeks, and "a fortnight ago" is a week as "two weeks ago" is. */
enum gran
dt_unit_gran(enum unit u)
{
	switch (u) {
	case U_WEEK:
	case U_FORTNIGHT:
		return G_WEEK;
	case U_MONTH:
		return G_MONTH;
	case U_QUARTER:
		return G_QUARTER;
	case U_YEAR:
		return G_YEAR;
	case U_DECADE:
		return G_DECADE;
	case U_CENTURY:
		return G_CENTURY;
	default:
		return G_DAY;
	}
}

struct cal_date
dt_anchor_weekday(struct cal_date pub, int wd, enum dir dir)
{
	int delta = wd - cal_weekday(pub.year, pub.month, pub.day);

	switch (dir) {
	case DIR_PAST:
		if (delta > 0)
			delta -= 7;
		break;
	case DIR_FUTURE:
		if (delta < 0)
			delta += 7;
		break;
	case DIR_PREV:
		if (delta >= 0)
			delta -= 7;
		break;
	case DIR_NEXT:
		if (delta <= 0)
			delta += 7;
		break;
	}
	return cal_add_days(pub, delta);
}

int
dt_anchor_month_year(struct cal_date pub, int m, enum dir dir)
{
	switch (dir) {
	case DIR_PAST:
		return m <= pub.month ? pub.year : pub.year - 1;
	case DIR_FUTURE:
		return m >= pub.month ? pub.year : pub.year + 1;
	case DIR_PREV:
		return m < pub.month ? pub.year : pub.year - 1;
	case DIR_NEXT:
		return m > pub.month ? pub.year : pub.year + 1;
	}
	return pub.year;
}

/*
 * Of a day's dates in the years around publication (cand[k] in year
 * pub.year - 1 + k; a year of 0 for none), the year of the nearest.
 */
int
dt_nearest_of(struct cal_date pub, const struct cal_date cand[3])
{
	int64_t best = INT64_MAX, dist;
	int k, by = pub.year;

	for (k = 0; k < 3; k++) {
		if (cand[k].year == 0)
			continue;
		dist = cal_diff_days(pub, cand[k]);
		if (dist < 0)
			dist = -dist;
		if (dist < best) {
			best = dist;
			by = pub.year - 1 + k;
		}
	}
	return by;
}

/* The year that puts month m, day d nearest the publication date. */
static int
nearest_year(struct cal_date pub, int m, int d)
{
	struct cal_date cand[3];
	int k, y;

	for (k = 0; k < 3; k++) {
		y = pub.year - 1 + k;
		cand[k] = cal_valid(y, m, d) ? (struct cal_date){ y, m, d } :
		    (struct cal_date){ 0, 0, 0 };
	}
	return dt_nearest_of(pub, cand);
}

int
dt_season_of(struct cal_date d, int *year)
{
	*year = d.year;
	if (d.month >= 3 && d.month <= 5)
		return S_SP;
	if (d.month >= 6 && d.month <= 8)
		return S_SU;
	if (d.month >= 9 && d.month <= 11)
		return S_FA;
	if (d.month <= 2)
		(*year)--;
	return S_WI;
}

/* The tense a word cues (words.def's F_FUTURE, F_PAST), or 0. */
static inline int
cue(const struct tok *t)
{
	return tok_flags(t) & (F_FUTURE | F_PAST);
}

/* Words in -ed that are no past tense: verbs in -eed ("succeed",
 * "need"; "agreed" is one), nouns and numbers ("hundred", "shed"). */
static const union wkey not_past_ed[] = { { "need" }, { "feed" },
	{ "speed" }, { "breed" }, { "bleed" }, { "heed" }, { "seed" },
	{ "weed" }, { "indeed" }, { "hundred" }, { "shed" }, { "sled" },
	{ "embed" }, { "naked" }, { "wicked" }, { "sacred" } };

/* The length of a token's lowered word, from its zero-padded key (the
 * last non-zero byte; little-endian keys hold the first letter lowest),
 * without strlen()'s call: the tense cues ask it of every word around a
 * date. */
static inline size_t
low_len(const struct tok *t)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (t->key[1] != 0)
		return 16 - (size_t)__builtin_clzll(t->key[1]) / 8;
	if (t->key[0] != 0)
		return 8 - (size_t)__builtin_clzll(t->key[0]) / 8;
	return 0;
#else
	return strlen(t->low);
#endif
}

/* A verb in -ed ("described", "charged").  Capitalized words are
 * names ("United", "Red"), not verbs. */
static int
past_participle(const struct tok *t)
{
	size_t n, k;

	if (t->kind != TK_WORD || t->cap)
		return 0;
	n = low_len(t);
	if (n < 4 || t->low[n - 2] != 'e' || t->low[n - 1] != 'd')
		return 0;
	if (n >= 5 && memcmp(t->low + n - 4, "ceed", 4) == 0)
		return 0;
	for (k = 0; k < sizeof(not_past_ed) / sizeof(not_past_ed[0]); k++)
		if (t->key[0] == not_past_ed[k].key[0] &&
		    t->key[1] == not_past_ed[k].key[1])
			return 0;
	return 1;
}

/* A determiner: a word in -ed after one is an adjective. */
static const uint8_t determiners[DW_COUNT] = {
	IN(a), IN(an), IN(the), IN(its), IN(their), IN(his), IN(her), IN(our),
	IN(this), IN(these), IN(those)
};

/* An adverb between a determiner and an adjective ("a still
 * unspecified date", "the newly elected"). */
static int
adverb(const struct tok *t)
{
	size_t n;

	if (W(t, still))
		return 1;
	if (t->kind != TK_WORD)
		return 0;
	n = low_len(t);
	return n >= 4 && t->low[n - 2] == 'l' && t->low[n - 1] == 'y';
}

/*
 * The tense a participle at token j cues: a participle after "be" is a
 * passive, future after "to be" ("to be published in November") and
 * otherwise what the auxiliary before it says (so no cue here; after
 * "is" or "are" a present: "when the case is heard in May"); after a
 * determiner it is an adjective ("a still unspecified date", "the
 * revised plan") and cues nothing; else it is a past tense.
 */
static int
participle_tense(struct ctx *c, long j)
{
	const struct tok *b = tk(c, j - 1);

	if (W(b, be))
		return W(tk(c, j - 2), to) ? 1 : 0;
	/* "when the case is heard in May": a present passive */
	if (W(b, is) || W(b, are))
		return 0;
	if (WL(b, determiners) ||
	    (adverb(b) && WL(tk(c, j - 2), determiners)))
		return 0;
	return -1;
}

/* What follows "plans" or "plan" as the verb or a plan for a date. */
static const uint8_t plan_objects[DW_COUNT] = {
	IN(to), IN(for), IN(a), IN(an)
};

/* Adverbs that date a plan's making ("as originally scheduled"). */
static const uint8_t plan_made[DW_COUNT] = {
	IN(previously), IN(originally), IN(initially)
};

/* Is token j the lower-case word w (one the lexicon need not list)? */
static int
word_is(struct ctx *c, long j, const char *w)
{
	const struct tok *t = tk(c, j);

	return t->kind == TK_WORD && strcmp(t->low, w) == 0;
}

/* Participles not in -ed the lexicon does not list as past tenses. */
static const char *const participles[] = { "been", "done", "gone",
	"seen", "taken", "given", "known", "shown", "grown", "fallen",
	"risen", "chosen", "spoken", "written", "begun", "become", "come",
	"run", "won", "had", NULL };

/* Does token k follow "have" as a perfect's participle ("could have
 * played", "would have been"), or is the verb left out before a date
 * ("the spoiler he could have Tuesday")?  "would have trouble", "could
 * have big consequences" are "have" the verb. */
static int
perfect_after(struct ctx *c, long k)
{
	const struct tok *t = tk(c, k);
	int e;

	if (L(t, C_WDAY) != NULL || L(t, C_MONTH) != NULL)
		return t->cap;
	if (t->kind != TK_WORD)
		return 0;
	if (past_participle(t) || (tok_flags(t) & F_PAST))
		return 1;
	for (e = 0; participles[e] != NULL; e++)
		if (strcmp(t->low, participles[e]) == 0)
			return 1;
	return 0;
}

/* Verbs of saying a refusal is reported with ("would not say"). */
static const char *const refusal_verbs[] = { "say", "comment",
	"discuss", "elaborate", "confirm", "answer", "specify", "disclose",
	"reveal", "identify", "name", "speculate", "provide", "give", NULL };

/*
 * A modal at token j that speaks of the past: the perfect ("could have
 * played the spoiler Tuesday", "would have been"), "could not" ("could
 * not be reached for comment Saturday": the past of "can"), "would not"
 * with a verb of saying ("wouldn't say Tuesday how": a refusal
 * reported).  -1, else 0.
 */
static int
modal_past(struct ctx *c, long j)
{
	long k = j + 1;
	int e;

	if (word_is(c, k, "not"))
		k++;
	else if (P(tk(c, k), '\'') && adj(tk(c, k)) && word_is(c, k + 1, "t"))
		k += 2;		/* "couldn't", "wouldn't": "couldn", "'", "t" */
	if (word_is(c, k, "have") && perfect_after(c, k + 1))
		return -1;
	if (k == j + 1)
		return 0;
	if (W(tk(c, j), could) || word_is(c, j, "couldn"))
		return -1;
	if (!W(tk(c, j), would) && !word_is(c, j, "wouldn"))
		return 0;
	for (e = 0; refusal_verbs[e] != NULL; e++)
		if (word_is(c, k, refusal_verbs[e]))
			return -1;
	return 0;
}

/* A schedule's verb in its plural present ("Polls open Tuesday",
 * "Talks resume Monday"), whose singular ("opens", "resumes") words.def
 * marks as a future. */
static const uint8_t schedule_plural[DW_COUNT] = {
	IN(begin), IN(convene), IN(open), IN(reopen), IN(resume), IN(start),
	IN(close), IN(end), IN(expire), IN(host), IN(face), IN(meet),
	IN(play), IN(travel), IN(visit), IN(welcome)
};

/* Of those, a fixture's: British news makes a team or a country a
 * plural ("Arsenal host Chelsea on Saturday", "England face Australia
 * on Sunday", "India play ..."), so a capitalized name before their
 * plural present is its subject too (a singular subject would take
 * "hosts"; a result is told in the past, "hosted", "faced"). */
static const uint8_t fixture_plural[DW_COUNT] = {
	IN(host), IN(face), IN(meet), IN(play), IN(travel), IN(visit),
	IN(welcome)
};

/* The words of a team's or a country's name before a fixture's verb
 * ("Arsenal", "Manchester United", "Paris Saint Germain"). */
#define FIXTURE_NAME_WORDS	3

/*
 * Is the token j the end of a capitalized name no rule lists
 * ("Arsenal", "Manchester United", "Yasser Arafat") that is the
 * fixture's subject?  Not after "do", "does", "did", where it is a
 * question's ("Did England face Australia on Sunday?"), nor after a
 * past verb other than a report's, where it is the verb's object ("We
 * watched England face Australia", "saw"): both tell the day past.  A
 * report's verb keeps its clause ("said England face ..."), and so
 * does a coordinate ("He and Palestinian leader Yasser Arafat meet
 * separately Monday").
 */
static int
name_subject(struct ctx *c, long j)
{
	const struct tok *t;
	size_t n;
	long k;

	for (k = j; k > j - FIXTURE_NAME_WORDS; k--) {
		t = tk(c, k);
		if (t->kind != TK_WORD || !t->cap || t->wid != DW_NONE)
			break;
	}
	if (k == j)
		return 0;
	t = tk(c, k);
	if (t->kind != TK_WORD || W(t, said) || W(t, says) || W(t, told))
		return 1;
	if (word_is(c, k, "do") || word_is(c, k, "does") ||
	    word_is(c, k, "did") || (tok_flags(t) & F_PAST))
		return 0;
	/* a past tense the lexicon does not list ("watched", "helped") */
	n = low_len(t);
	return t->cap || n < 4 || t->low[n - 1] != 'd' ||
	    t->low[n - 2] != 'e';
}

/* Of those, the ones a market report writes in its present of the day
 * past ("Stocks close higher", "Shares end the day down"), or that are
 * nouns after a plural ("talks end"): a schedule only right before its
 * time ("Polls close Thursday", "Talks end on Friday", "Contracts expire
 * at midnight"). */
static const uint8_t schedule_plural_near[DW_COUNT] = {
	IN(close), IN(end), IN(expire)
};

/* What a schedule's verb of schedule_plural_near[] is followed by when
 * it dates it: the time itself or its preposition. */
static int
schedule_time_next(const struct tok *n)
{
	return W(n, on) || W(n, at) || W(n, tonight) || W(n, tomorrow) ||
	    W(n, next) || W(n, this) || n->kind == TK_NUM ||
	    (n->cap && (L(n, C_WDAY) != NULL || L(n, C_MONTH) != NULL));
}

/* The present verbs of a coming start's idioms: "take effect", "go
 * into effect", "come into force" (their singulars: "takes" is listed,
 * words.def). */
static const union wkey take_word[] = { { "take" }, { "" } };
static const union wkey into_word[] = { { "into" }, { "" } };
static const union wkey go_come[] = { { "go" }, { "goes" }, { "come" },
	{ "comes" }, { "" } };

/* Is "effect" or "force" at token j the end of such an idiom in the
 * present ("takes effect", "take effect", "goes into effect", "comes
 * into force")?  "took effect", "went into force" are the past's. */
static int
into_effect(struct ctx *c, long j)
{
	const struct tok *p = tk(c, j - 1);

	if (W(tk(c, j), effect) && (W(p, takes) || tok_among(p, take_word)))
		return 1;
	return tok_among(p, into_word) && tok_among(tk(c, j - 2), go_come);
}

/*
 * A schedule's verb in its singular present, the present English and
 * news use for what is fixed to come ("The committee meets Tuesday",
 * "Arsenal hosts Chelsea on Saturday", "The prime minister visits
 * Delhi on Friday", "The flight lands at 6:45 pm on Tuesday"; a result
 * or a report is told in the past: "met", "hosted").  "opens",
 * "begins", "resumes" words.def marks as a future everywhere; these are
 * also plural nouns ("the hosts", "his visits", "track meets"), so they
 * are a verb only after a singular subject (singular_subject()).
 */
static const uint8_t schedule_singular[DW_COUNT] = {
	IN(meets), IN(hosts), IN(faces), IN(plays), IN(visits), IN(travels),
	IN(welcomes), IN(lands), IN(arrives), IN(departs), IN(premieres),
	IN(airs)
};

/*
 * What follows a verb of schedule_singular[] when it names a fixture or
 * a timetable: the opponent, the place or the day by its name ("faces
 * Chelsea", "visits Delhi", "meets Tuesday"), the time or a preposition
 * of place or time ("lands at 6:45 pm", "travels to Brussels", "arrives
 * on Friday").  Not a lower-case object ("faces a fine after a leak on
 * Wednesday", "faces trial over the attack on Saturday", "plays its home
 * games on Sunday"): the verb's other sense, whose weekday is another
 * event's.
 */
static int
schedule_singular_next(const struct tok *n)
{
	return (n->kind == TK_WORD && n->cap) || schedule_time_next(n) ||
	    W(n, in) || W(n, to) || W(n, for) || W(n, from);
}

/* The words of a subject's noun phrase read back for its determiner
 * ("the committee", "the prime minister"). */
#define SUBJECT_NOUN_WORDS	2

/*
 * Is token j the end of a singular subject a verb of
 * schedule_singular[] agrees with: "he", "she", "it"; a capitalized name
 * (name_subject(): "Arsenal", "Mr Sunak", "The Senate"); or a lower-case
 * noun after a determiner ("the committee", "the prime minister")?  The
 * determiner is what tells "the committee meets" from "the hosts" and
 * "two state visits", whose -s word is the noun itself.
 */
/* A lower-case word that may be a subject's noun or its modifier: one
 * the lexicon does not list, or lists as a plain word ("flight"); not a
 * determiner, a tense cue, a function word or a date's own word (a
 * month, a unit, a number). */
static int
subject_noun(const struct tok *t)
{
	const struct lex *lx = tok_lex(t);

	return t->kind == TK_WORD && (lx == NULL || (lx->cls == C_OTHER &&
	    !(lx->flags & (F_FUTURE | F_PAST | F_CTX | F_LEAD)) &&
	    !WL(t, determiners)));
}

/* How far past a verb a photo caption's sentence may end ("meets
 * President Ram Nath Kovind at Rashtrapati Bhavan, in New Delhi on
 * Sunday.": 14, the tense search's 10 back and the date), and how
 * far its credit's word may be into the parenthesis ("(AP Photo/",
 * "(PTI Photo)", "(Photo: Reuters)"). */
#define CAPTION_AHEAD	14
#define CREDIT_WORDS	3
_Static_assert(CAPTION_AHEAD + 2 + CREDIT_WORDS <= LOOKAHEAD_MAX,
    "a caption's credit is read from a verb behind the date, in the ring");

/* A photo credit's words, compared as keys. */
static const union wkey credit_words[] = { { "photo" }, { "photos" },
	{ "pic" }, { "" } };

/*
 * Is the sentence of the verb at token j a photo caption: does a
 * credit in parentheses follow its end ("... on Sunday. (PTI Photo)",
 * "(AP Photo/Evan Vucci)")?  Captions tell what the picture shows in
 * the present, of a day past ("Prime Minister Narendra Modi meets
 * President Kovind in New Delhi on Sunday. (PTI Photo)"): no schedule,
 * in the singular or the plural ("England face Australia on Sunday.
 * (PTI Photo)").
 */
static int
caption(struct ctx *c, long j)
{
	long k, e;

	for (k = j + 1; k <= j + CAPTION_AHEAD; k++)
		if (is_sentence_end(tk(c, k)) || tk(c, k)->kind == TK_NONE)
			break;
	if (!P(tk(c, k + 1), '('))
		return 0;
	for (e = k + 2; e < k + 2 + CREDIT_WORDS; e++)
		if (tok_among(tk(c, e), credit_words))
			return 1;
	return 0;
}

static int
singular_subject(struct ctx *c, long j)
{
	const struct tok *t = tk(c, j);
	long k;

	if (t->kind != TK_WORD)
		return 0;
	if (word_is(c, j, "he") || word_is(c, j, "she") || word_is(c, j, "it"))
		return 1;
	if (t->cap)
		return name_subject(c, j);
	if (!subject_noun(t))
		return 0;
	for (k = j - 1; k >= j - SUBJECT_NOUN_WORDS; k--) {
		t = tk(c, k);
		if (WL(t, determiners))
			return 1;
		if (t->kind != TK_WORD || t->cap || !subject_noun(t))
			return 0;
	}
	return 0;
}

/* Words in -s that are no plural noun: verbs and adverbs. */
static const union wkey not_plural[] = { { "does" }, { "always" },
	{ "perhaps" }, { "sometimes" }, { "whereas" }, { "towards" },
	{ "afterwards" }, { "" } };

/*
 * Is token j a plural subject a present verb can follow: "they", "we",
 * or a noun in -s ("polls", "talks", "schools"; not in -ss, -us, -is:
 * "class", "bus", "crisis", "this"; nor a verb or adverb in -s: "was",
 * "does", "always")?  Without a tagger, a word in -s before the verb
 * is the plural noun a plural verb agrees with.
 */
static int
plural_subject(const struct tok *t)
{
	size_t n;

	if (W(t, they) || W(t, we))
		return 1;
	if (t->kind != TK_WORD || (tok_flags(t) & (F_FUTURE | F_PAST)))
		return 0;
	n = low_len(t);
	return n >= 4 && t->low[n - 1] == 's' && t->low[n - 2] != 's' &&
	    t->low[n - 2] != 'u' && t->low[n - 2] != 'i' &&
	    !tok_among(t, not_plural);
}

/* The tense cued by the word at token j, behind the date (1) or after
 * it (0): 1 future, -1 past, 0 none.  Inline in each of its callers: it
 * is asked of every word the tense search passes, and most leave at its
 * first test. */
static inline __attribute__((always_inline)) int
cue_in(struct ctx *c, long j, int behind)
{
	const struct tok *t = tk(c, j);
	int f = cue(t), k;

	/* "had been due to expire Friday": a plan in the past perfect is
	 * over */
	if (f == F_FUTURE) {
		/* the plural present of a schedule's verb, as "opens" and
		 * "begins" are its singular ("Polls open Tuesday",
		 * "Classes resume Monday": HeidelTime's PRESENTFUTURE, here
		 * for a schedule's verbs only; "Voters head to the polls"
		 * is no schedule); not the adjective or the noun ("was
		 * open Tuesday", "a fresh start Tuesday"); "Tickets go on
		 * sale Friday", "goes on sale" (words.def marks them
		 * F_FUTURE so that other words pay no test) */
		if (WL(t, schedule_plural))
			return (plural_subject(tk(c, j - 1)) ||
			    (WL(t, fixture_plural) &&
			    name_subject(c, j - 1))) &&
			    (!WL(t, schedule_plural_near) ||
			    schedule_time_next(tk(c, j + 1))) &&
			    !(behind && caption(c, j));
		if (WL(t, schedule_singular))
			return singular_subject(c, j - 1) &&
			    schedule_singular_next(tk(c, j + 1)) &&
			    !(behind && caption(c, j));
		if (W(t, sale))
			return W(tk(c, j - 1), on) && (word_is(c, j - 2, "go") ||
			    word_is(c, j - 2, "goes"));
		/* "set aside vacation plans", "announced a spending plan
		 * on Monday": the noun, no plan of the clause's; the verb
		 * ("plans to", "plans a vote") and a plan for a date are */
		if ((W(t, plans) || W(t, plan)) &&
		    !WL(tk(c, j + 1), plan_objects))
			return 0;
		/* "began as previously planned Saturday night": when the
		 * plan was made, not when it happens */
		if (WL(tk(c, j - 1), plan_made))
			return 0;
		if ((W(t, could) || W(t, would) || W(t, might) ||
		    W(t, must) || W(t, should)) &&
		    (k = modal_past(c, j)) != 0)
			return k;
		return W(tk(c, j - 1), had) || W(tk(c, j - 2), had) ? -1 : 1;
	}
	/* "The ceremony takes place on Friday": the present of a
	 * schedule, as "begins" and "opens" are; and so are a coming
	 * start's idioms ("the ban takes effect Friday", "goes into effect
	 * on Friday", "the rules come into force on Friday") */
	if (W(t, place) && W(tk(c, j - 1), takes))
		return 1;
	if ((W(t, effect) || W(t, force)) && into_effect(c, j))
		return 1;
	/* "set to resume Monday", "is to be held" */
	if (W(t, to) && (W(tk(c, j - 1), set) || W(tk(c, j - 1), is) ||
	    W(tk(c, j - 1), are)))
		return 1;
	/* "ahead of Tuesday's primary", "ahead of the Monday vote": an
	 * event to come; not a lead ("40 points ahead of Sanders in polls
	 * taken in December") */
	if (W(t, of) && W(tk(c, j - 1), ahead) &&
	    tk(c, j - 2)->kind != TK_NUM && !W(tk(c, j - 2), points))
		return 1;
	/* "as early as Tuesday" */
	if (W(t, early) && W(tk(c, j - 1), as) && W(tk(c, j + 1), as))
		return 1;
	if (f == F_PAST)
		return tok_flags(t) & F_VERB ? participle_tense(c, j) : -1;
	if (past_participle(t))
		return participle_tense(c, j);
	/* "couldn't", "wouldn't say": the lexicon lists no "couldn" */
	if (t->kind == TK_WORD && (t->low[0] == 'c' || t->low[0] == 'w') &&
	    t->low[5] == 'n' && t->low[6] == '\0' &&
	    (word_is(c, j, "couldn") || word_is(c, j, "wouldn")))
		return modal_past(c, j);
	return 0;
}

/* The tense cued by the word at token j behind the date. */
static int
cue_at(struct ctx *c, long j)
{
	return cue_in(c, j, 1);
}

/* A period that ends no sentence: after an initial or an abbreviation
 * with no space before it ("U.S.", "a.m.", "Dec. 21"). */
static int
tense_stop(struct ctx *c, long j)
{
	const struct tok *t = tk(c, j), *w;

	if (!is_sentence_end(t))
		return 0;
	if (!P(t, '.') || t->sp)
		return 1;
	w = tk(c, j - 1);
	/* nor the point of a number or a clock ("$4.5 billion", "19.45
	 * GMT"): digits on both sides */
	if (w->kind == TK_NUM && tk(c, j + 1)->kind == TK_NUM &&
	    adj(tk(c, j + 1)))
		return 0;
	/* nor the "s" of a decade ("the 1990s."), which ends one */
	if (W(w, s) && adj(w) && tk(c, j - 2)->kind == TK_NUM)
		return 1;
	return !(w->kind == TK_WORD && (w->low[1] == '\0' ||
	    (tok_flags(w) & F_ABBR)));
}

/*
 * One more than the tokens back from an aside's ")" to its "(": a
 * clock time with its zone ("(08:00 BST)": 5) or a few words ("(the
 * EU's capital)": 6).
 */
#define TENSE_ASIDE_MAX	8
_Static_assert(TENSE_BACK + TENSE_ASIDE_MAX + CUE_BACK <= LOOKBEHIND_MAX,
    "the tense search reads back over an aside within the ring");

/*
 * If the ")" at token j closes an aside opened within TENSE_ASIDE_MAX
 * tokens back, in the same sentence, the tokens from its "(" to it
 * less one (what the search steps over beyond the ")" itself); else 0.
 */
static long
aside_back(struct ctx *c, long j)
{
	const struct tok *t;
	long k;

	for (k = 1; k < TENSE_ASIDE_MAX; k++) {
		t = tk(c, j - k);
		if (P(t, '('))
			return k;
		if (t->kind == TK_NONE || P(t, ')') || tense_stop(c, j - k) ||
		    P(t, '"') || P(t, '`'))
			return 0;
	}
	return 0;
}

/* 1 if a word near token i points to the future, -1 to the past, 0
 * if none does.  The nearest cue wins: "said Friday it will" is about
 * the past Friday. */
int
dt_tense(struct ctx *c, long i)
{
	return dt_tense_around(c, i, i + 1);
}

/* The same around the tokens [i, j) of an expression, whose own words
 * ("the last Sunday of May") cue nothing. */
int
dt_tense_around(struct ctx *c, long i, long j)
{
	const struct tok *t;
	long k, a, aside = 0, ahead = TENSE_AHEAD, end;
	int v, until = 0;

	for (k = 1; k <= TENSE_BACK + aside; k++) {
		t = tk(c, i - k);
		/* a number or a mark cues no tense (cue_at() reads words);
		 * only a mark or the text's edge stops the search */
		if (t->kind != TK_WORD) {
			if (tense_stop(c, i - k) || P(t, '"') || P(t, '`'))
				break;
			/* an aside in parentheses is no part of the date's
			 * clause: its words are stepped over uncounted */
			if (aside == 0 && P(t, ')') &&
			    (a = aside_back(c, i - k)) > 0) {
				aside = a;
				k += a;
			}
			continue;
		}
		/* "Until Thursday, they had not called him a suspect": a
		 * fronted "until" ends a state whose tense is the main
		 * clause's; only a clause with no cue keeps its future */
		if (k == 1 && (W(t, until) || W(t, till)) &&
		    P(tk(c, j), ',') && (tense_stop(c, i - 2) ||
		    quote_mark(tk(c, i - 2)) || tk(c, i - 2)->kind == TK_NONE)) {
			until = 1;
			k++;
			break;
		}
		if ((v = cue_at(c, i - k)) != 0)
			return v;
	}
	/* a date opening its sentence ("On Tuesday, the National Abortion
	 * Rights League plans to"): the clause's verb comes after its
	 * subject */
	if (k <= 2 && P(tk(c, j), ','))
		ahead = TENSE_AHEAD_FRONTED;
	/* within what the scanner guarantees ahead of the token match()
	 * tries, the cue's own reading (CUE_AHEAD) included: a long date
	 * opening its sentence leaves its clause less room */
	end = c->at_tok + LOOKAHEAD_MAX - CUE_AHEAD;
	if (j + ahead > end)
		ahead = end - j;
	for (k = 0; k < ahead; k++) {
		if (tk(c, j + k)->kind != TK_WORD) {
			if (tense_stop(c, j + k))
				break;
			continue;
		}
		if ((v = cue_in(c, j + k, 0)) != 0)
			return v;
	}
	return until;
}

int
dt_future_tense(struct ctx *c, long i)
{
	return dt_tense(c, i) > 0;
}

/* The prepositions a date of a history's events is the object of
 * ("On 19 November", "During the autumn", "By Christmas"). */
static const uint8_t story_preps[DW_COUNT] = {
	IN(in), IN(on), IN(by), IN(during), IN(throughout), IN(until),
	IN(till), IN(before), IN(after), IN(since), IN(from), IN(through),
	IN(at), IN(over), IN(between)
};

/* Words between that preposition and the date ("during the autumn",
 * "by early February", "until late spring"). */
static const uint8_t story_dets[DW_COUNT] = {
	IN(the), IN(early), IN(late), IN(mid)
};

/* Words STORY_AHEAD tokens after a history's date are read for the
 * day of writing: a clause's length, within LOOKAHEAD_MAX. */
#define STORY_AHEAD	12
_Static_assert(STORY_AHEAD < LOOKAHEAD_MAX, "read within the ring");

/*
 * Does the sentence go on, from token j, to the day of writing: a
 * weekday standing alone, "yesterday", "today", "tomorrow" ("In April
 * he said on Tuesday that ...": news's own time, so this April)?
 */
static int
news_day_ahead(struct ctx *c, long j)
{
	const struct tok *t;
	const struct lex *lx;
	long k;

	for (k = j; k < j + STORY_AHEAD; k++) {
		t = tk(c, k);
		if (is_sentence_end(t) && !(P(t, '.') && adj(t)))
			return 0;
		if (W(t, yesterday) || W(t, today) || W(t, tomorrow))
			return 1;
		if ((lx = L(t, C_WDAY)) != NULL && t->cap &&
		    !(lx->flags & (F_PLURAL | F_ABBR)))
			return 1;
	}
	return 0;
}

/* Does token k open its sentence: after a sentence's end (or the
 * text's start) or a line break? */
int
dt_sentence_opens(struct ctx *c, long k)
{
	const struct tok *p = tk(c, k - 1);

	return is_sentence_end(p) || p->para != tk(c, k)->para;
}

/*
 * The year of a history the paragraph of the token match() tries tells
 * (struct ctx's story_year), for a date there that is a preposition's
 * object ("The Battle of Stalingrad began in August 1942. During the
 * autumn ... On 19 November ... By Christmas": the story's dates, as
 * HeidelTime's narrative mode reads them); else 0.  A date that is no
 * adjunct is a name's or a subject's ("Korean Liberation Day — a
 * holiday", "the Rockefeller Center Christmas tree") and keeps the
 * news reading.  After a bare year the adjunct must open its sentence:
 * a history moves its time in front ("The war began in 1950. In June
 * the North invaded"), where news that gave its background a year
 * goes on to its own time ("In 2009 the server was set up. The release
 * began in May and concluded Monday": this May).
 */
int
dt_story_year_at(struct ctx *c)
{
	long k = c->at_tok - 1;

	if (dt_at_para(c) != c->story_para)
		return 0;
	if (WL(tk(c, k), story_dets))
		k--;
	if (!WL(tk(c, k), story_preps))
		return 0;
	if (c->story_bare && (!dt_sentence_opens(c, k) ||
	    news_day_ahead(c, c->at_tok + 1)))
		return 0;
	return c->story_year;
}

/*
 * The year of month m in a history's paragraph (dt_story_year() not 0):
 * a story moves on, so a month before the last one it named is the
 * next year's ("elected in November 1860. In December ... By February":
 * 1861), unless the clause looks back in the past perfect ("signed in
 * June 1919. In January, the conference had opened": 1919; "By
 * February, six states had followed" still moves on).
 */
int
dt_story_month_year(struct ctx *c, int m)
{
	int y = dt_story_year(c);
	long k;

	if (c->story_month == 0 || m >= c->story_month)
		return y;
	if (!W(tk(c, c->at_tok - 1), by))
		for (k = c->at_tok; k < c->at_tok + TENSE_AHEAD_FRONTED &&
		    !tense_stop(c, k); k++)
			if (W(tk(c, k), had))
				return y;
	return y + 1;
}

/*
 * Is the date at token i the object of "on" right after a verb in the
 * past ("took effect on Dec. 10", "took place on", "signed on",
 * "died on")?  Then it is the day that verb happened: not ahead of the
 * writing, however near the coming one is.  Only "on": "extended to",
 * "postponed until", "was set for" name a day to come.
 */
static int
past_on(struct ctx *c, long i)
{
	const struct tok *w = tk(c, i - 2);

	if (!W(tk(c, i - 1), on))
		return 0;
	if (W(w, effect) || W(w, place))
		return cue_at(c, i - 3) < 0;
	return w->kind == TK_WORD && cue_at(c, i - 2) < 0;
}

/*
 * The year of a month and day: the one nearest the publication date,
 * unless the tense says which side of it ("the year ended March 31").
 */
int
dt_month_day_year(struct ctx *c, long i, int m, int d)
{
	/* a story's year; and in a narrative the story moves on through
	 * its year ("On 25 June 1950 ... On 15 September": 1950), as
	 * HeidelTime's narrative mode reads it, whatever the tense */
	if (c->pub_gran >= G_YEAR || c->narrative)
		return c->pub.year;
	/* and a history's paragraph ("The battle began in August 1942.
	 * ... On 19 November"): its year */
	if (dt_story_year(c) != 0)
		return dt_story_month_year(c, m);
	int t = dt_tense(c, i), y = nearest_year(c->pub, m, d);
	int64_t diff = cal_diff_days(c->pub, (struct cal_date){ y, m, d });

	if (t < 0 && diff > MONTH_DAY_SURE && cal_valid(y - 1, m, d))
		return y - 1;
	/* "The law took effect on Dec. 10", written on Dec. 6: the
	 * verb's own past, however near the coming Dec. 10 is */
	if (diff > 0 && past_on(c, i) && cal_valid(y - 1, m, d))
		return y - 1;
	if (t > 0 && diff < -MONTH_DAY_SURE && cal_valid(y + 1, m, d))
		return y + 1;
	return y;
}

/* The year of a bare month: as the tense says, else the nearest; in a
 * narrative the story's year. */
int
dt_bare_month_year(struct ctx *c, long i, int m)
{
	return dt_month_year_tense(c, m, c->pub_gran >= G_YEAR ||
	    c->narrative || dt_story_year(c) != 0 ? 0 : dt_tense(c, i));
}

/* The same for a month whose tense t is known. */
int
dt_month_year_tense(struct ctx *c, int m, int t)
{
	int dm;

	if (c->pub_gran >= G_YEAR || c->narrative)
		return c->pub.year;
	if (dt_story_year(c) != 0)
		return dt_story_month_year(c, m);
	if (t > 0)
		return dt_anchor_month_year(c->pub, m, DIR_FUTURE);
	if (t < 0)
		return dt_anchor_month_year(c->pub, m, DIR_PAST);
	dm = m - c->pub.month;
	if (dm > MONTH_NEAR_MAX)
		return c->pub.year - 1;
	if (dm < -MONTH_NEAR_MAX)
		return c->pub.year + 1;
	return c->pub.year;
}

void
dt_span(struct hit *h, struct ctx *c, long i, long j)
{
	h->ntok = j - i;
	h->start = tk(c, i)->start;
	h->end = tk(c, j - 1)->end;
}

/* A four-digit year token, free of surrounding number punctuation. */
int
dt_year_tok(struct ctx *c, long i)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 1);

	if (!is_num(t, 4, 4) || t->num < YEAR_MIN || t->num > YEAR_MAX)
		return 0;
	if (adj(n) && n->kind == TK_WORD && !W(n, s))
		return 0;
	return !dt_num_embedded(c, i);
}

/* "th", "st", "nd", "rd" glued to a number: tokens consumed (0 or 1). */
long
dt_ord_suffix(struct ctx *c, long i)
{
	const struct tok *t = tk(c, i);

	if (adj(t) && (W(t, th) || W(t, st) || W(t, nd) ||
	    W(t, rd)))
		return 1;
	return 0;
}

/* A day of the month: 1..31, one or two digits, not part of a bigger
 * number.  Returns tokens used (with an ordinal suffix), 0 if none. */
long
dt_day_num(struct ctx *c, long i, int *day)
{
	const struct tok *t = tk(c, i), *n;
	long k;

	if (!is_num(t, 1, 2) || t->num < 1 || t->num > 31 || !t->sp)
		return 0;
	k = 1 + dt_ord_suffix(c, i + 1);
	n = tk(c, i + k);
	/* "26:30" is a clock, "Oct. 26:" a dateline before a colon. */
	if (adj(n) && (P(n, '%') || P(n, '/') || P(n, '-') ||
	    ((P(n, '.') || P(n, ',') || P(n, ':')) &&
	    tk(c, i + k + 1)->kind == TK_NUM && adj(tk(c, i + k + 1)))))
		return 0;
	if (adj(n) && n->kind == TK_WORD && k == 1)
		return 0;
	if (W(n, percent) || is_currency(tk(c, i - 1)))
		return 0;
	*day = t->num;
	return k;
}

/* Verbs of a yearly observance in the present ("North Korea observes
 * Aug. 15"): a habit, not one day. */
static const uint8_t observe_verbs[DW_COUNT] = {
	IN(observes), IN(observe), IN(celebrates), IN(celebrate),
	IN(commemorates), IN(commemorate)
};

static const uint8_t observed_verbs[DW_COUNT] = {
	IN(observed), IN(celebrated), IN(commemorated), IN(marked)
};

/* "every year", "each year", "annually", "yearly" at token j: tokens
 * used, or 0. */
static long
yearly_at(struct ctx *c, long j)
{
	const struct tok *t = tk(c, j);

	if (W(t, annually) || W(t, yearly))
		return 1;
	if ((W(t, every) || W(t, each)) && W(tk(c, j + 1), year))
		return 2;
	return 0;
}

/*
 * Is the month and day at tokens [i, j) a date that recurs every year,
 * which TIMEX3 writes XXXX-MM-DD: "celebrated annually on August 15",
 * "observes Aug. 15 with a national holiday", "is marked on 15 August",
 * "on August 15 every year", "Nov. 11 is a national holiday"?  The cue
 * is in the same clause, at most RECUR_BACK tokens before or
 * RECUR_AHEAD after, or the day is the subject of "is a ... holiday".
 */
int
dt_recurring(struct ctx *c, long i, long j)
{
	const struct tok *t;
	long k;

	for (k = 1; k <= RECUR_BACK; k++) {
		t = tk(c, i - k);
		if (is_sentence_end(t) || P(t, ','))
			break;
		if (WL(t, observe_verbs) || yearly_at(c, i - k) > 0 ||
		    (W(t, year) && yearly_at(c, i - k - 1) == 2))
			return 1;
		if (WL(t, observed_verbs) && (W(tk(c, i - k - 1), is) ||
		    W(tk(c, i - k - 1), are)))
			return 1;
	}
	for (k = 0; k < RECUR_AHEAD; k++) {
		t = tk(c, j + k);
		if (is_sentence_end(t) || P(t, ','))
			break;
		if (yearly_at(c, j + k) > 0)
			return 1;
	}
	/* "Nov. 11 is a national holiday", "is a public holiday": the
	 * day the holiday falls on every year */
	t = tk(c, j);
	return (W(t, is) || W(t, are)) && (W(tk(c, j + 1), a) ||
	    W(tk(c, j + 1), an)) && (W(tk(c, j + 2), holiday) ||
	    (tk(c, j + 2)->kind == TK_WORD && W(tk(c, j + 3), holiday)));
}
