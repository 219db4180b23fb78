/*
 * anchor.c — what the date rules share beyond the token tests: TIMEX3
 * values at a granularity, shifting dates by units, anchoring a weekday
 * or a month to the publication date (the tense that says which way is
 * tense.c's), the reference date anaphora count from, and the number
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
		    !dt_tense_stop(c, k); k++)
			if (W(tk(c, k), had))
				return y;
	return y + 1;
}

static const union wkey object_pronouns[] = { { "him" }, { "her" },
	{ "it" }, { "them" }, { "us" }, { "me" }, { "" } };

/* Determiners before an absolute participle's noun. */
static const union wkey absolute_dets[] = { { "the" }, { "its" },
	{ "his" }, { "her" }, { "their" }, { "a" }, { "an" }, { "" } };

/* Is the participle at token j absolute, after "with", a determiner,
 * its noun and an adverb or none ("with the road (fully) closed on 11
 * May")?  Its time is the main clause's ("will run ... with the road
 * closed"): no verb's past before "on". */
static int
absolute_participle(struct ctx *c, long j)
{
	static const union wkey with[] = { { "with" }, { "" } };
	const struct tok *b = tk(c, j - 1);
	size_t n = b->kind == TK_WORD ? strlen(b->low) : 0;

	/* an adverb in -ly between ("fully", "partly") */
	if (n > 3 && b->low[n - 1] == 'y' && b->low[n - 2] == 'l')
		b = tk(c, --j - 1);
	return b->kind == TK_WORD && !b->cap &&
	    tok_among(tk(c, j - 2), absolute_dets) &&
	    tok_among(tk(c, j - 3), with);
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
	const struct tok *w;

	/* "on the evening of 3 March": the part of the day's "on" */
	if (W(tk(c, i - 1), of) && L(tk(c, i - 2), C_PART) != NULL &&
	    W(tk(c, i - 3), the))
		i -= 3;
	w = tk(c, i - 2);
	if (!W(tk(c, i - 1), on))
		return 0;
	if (W(w, effect) || W(w, place))
		return dt_cue_at(c, i - 3) < 0;
	if (w->kind == TK_WORD && dt_cue_at(c, i - 2) < 0 &&
	    !absolute_participle(c, i - 2))
		return 1;
	/* the verb's object between, a pronoun, which no "on" can
	 * modify ("met him on 3 March"); a noun's may be the noun's
	 * ("said the vote on 3 October would be close") */
	if (tok_among(w, object_pronouns))
		return dt_cue_at(c, i - 3) < 0;
	return 0;
}

/* Days after a story's day a later day it names without its year may
 * fall and still be read in that year: a season's, as MONTH_DAY_SURE
 * is for the publication; a day further on ("born on 3 June 1950 ...
 * died on 1 December") is as likely the news's. */
#define REF_FOLLOW_DAYS	MONTH_DAY_SURE

static int month_day_year(struct ctx *, long, int, int);

/*
 * Is the month and day at token i the second end of a range whose
 * first is the day the paragraph named last, right before the
 * connector ("runs Dec. 22 through Jan. 2", "from 22 December to 2
 * January")?  TimeML values each end; the second is not before the
 * first.
 */
static int
ends_day_range(struct ctx *c, long i)
{
	const struct tok *w = tk(c, i - 1), *p = tk(c, i - 2);

	return c->has_ref && c->ref_gran == G_DAY &&
	    c->ref_para == dt_at_para(c) &&
	    (W(w, through) || W(w, to) || W(w, until) || W(w, till)) &&
	    (p->kind == TK_NUM || (p->cap && L(p, C_MONTH) != NULL));
}

/*
 * The year of a month and day: the one nearest the publication date,
 * unless the tense says which side of it ("the year ended March 31");
 * a range's second end the first such day on or after its first
 * ("Winter break runs Dec. 22 through Jan. 2" written in August: the
 * January after, was the one before the publication's December).
 */
int
dt_month_day_year(struct ctx *c, long i, int m, int d)
{
	int y = month_day_year(c, i, m, d);

	/* not after a first end a past clause put ahead of the writing,
	 * itself the nearest year's ("The show ran from Nov. 3 to Jan.
	 * 10" written in August: the past January stays); the tense
	 * read from the first end's last token, before the connector */
	if (ends_day_range(c, i) && cal_valid(y, m, d) &&
	    cal_diff_days(c->ref, (struct cal_date){ y, m, d }) < 0 &&
	    !(cal_diff_days(c->pub, c->ref) > 0 && dt_tense(c, i - 2) < 0)) {
		y = c->ref.year;
		if (!cal_valid(y, m, d) ||
		    cal_diff_days(c->ref, (struct cal_date){ y, m, d }) < 0)
			y++;
		if (!cal_valid(y, m, d))
			y = month_day_year(c, i, m, d);
	}
	return y;
}

static int
month_day_year(struct ctx *c, long i, int m, int d)
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

	/* a year left out is the year in context: after a day of an
	 * earlier year its paragraph named, a past clause's day up to
	 * REF_FOLLOW_DAYS after it is that year's ("last seen on 14
	 * February 2012 ... arrested on 2 March": 2012; "lifted off on
	 * July 16, 1969 ... splashed down on July 24": 1969); not a
	 * day in an aside, a noun's background (dates.c's ref_aside) */
	if (t < 0 && c->has_ref && c->ref_gran == G_DAY && !c->ref_aside &&
	    c->ref.year < c->pub.year && c->ref_para == dt_at_para(c) &&
	    cal_valid(c->ref.year, m, d)) {
		int64_t on = cal_diff_days(c->ref,
		    (struct cal_date){ c->ref.year, m, d });

		if (on >= 0 && on <= REF_FOLLOW_DAYS)
			return c->ref.year;
	}
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

	/* after a space, or right after an opening bracket: "(2 April)",
	 * a date aside as British and Indian copy writes it */
	if (!is_num(t, 1, 2) || t->num < 1 || t->num > 31 ||
	    !(t->sp || P(tk(c, i - 1), '(')))
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
