/*
 * weekdays.c — rules on the days of the week: weekdays as dates
 * (Monday, last Tuesday, Friday morning, Tues.), with their dates
 * (Tuesday, Aug. 16), lists after "every", weeks counted from one ("a
 * week on Friday"), the day a present copula schedules ("the vote is
 * Tuesday"), and the weekend's value.  Months, days of the month and
 * seasons are names.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_private.h"

/* A weekday as a date: anchored by tense, or by dir if given. */
/*
 * Is the day at token i (a weekday, or the clock time before one) the
 * complement of a present copula or of "set for": "The vote is
 * Tuesday", "the rally is on Saturday", "is at 1 p.m. Saturday", "the
 * hearing is set for Monday", "The store is open Tuesday", "is closed
 * on Monday"?  Or a verb's, with a clock time and "at"
 * between (its own tense cue: "Voting ends at 11:59 p.m. PT on
 * Tuesday")?  1 if so, -1 if that verb is a past ("said at 10:30 a.m.
 * EDT on Tuesday that": no later cue decides), else 0.  A schedule:
 * the day to come, whatever
 * tense the reporting verb has ("said the vote is Tuesday"); HeidelTime
 * reads a present tense the same way (its PRESENTFUTURE).  Not "is
 * Tuesday's ruling", a day's event named.
 */
/* The tokens of a clock time and its zone stepped back over between a
 * copula and "on" and its day, with the wire's other zone in brackets
 * ("is at 10:30 a.m. EDT (1430 GMT) on Tuesday": 10, :, 30, a, ., m, .,
 * EDT, (, 1430, GMT, )). */
#define SCHEDULE_CLOCK_TOKENS	12
_Static_assert(2 + SCHEDULE_CLOCK_TOKENS + 1 + CUE_BACK <= LOOKBEHIND_MAX,
    "a verb past a clock and its cue's own reading stay in the ring");

/* Is token k part of a clock time: a number, its ":" or ".", a.m./p.m.
 * ("a", "m", "pm"), a zone, noon or midnight, the wire's "hours" or
 * "hrs", the brackets of its other zone ("2pm (1400 GMT)")? */
static int
clock_part(const struct tok *t)
{
	return t->kind == TK_NUM || P(t, ':') || P(t, '.') || P(t, '(') ||
	    P(t, ')') ||
	    L(t, C_TZ) != NULL || W(t, noon) || W(t, midnight) ||
	    W(t, hours) || W(t, hrs) ||
	    W(t, midday) || (t->kind == TK_WORD && !t->cap &&
	    (t->low[1] == '\0' || (t->low[2] == '\0' && t->low[1] == 'm')));
}

/* Verbs of a state that lasts, in the present. */
static const union wkey lasting[] = { { "is" }, { "are" }, { "remains" },
	{ "remain" }, { "runs" }, { "run" }, { "continues" }, { "continue" },
	{ "lasts" }, { "stays" }, { "stay" }, { "extends" }, { "" } };
/* The copulas among them, and the states after one that last ("is in
 * effect", "are open", "is closed"; "is through Sunday" itself): a
 * copula before anything else is the sentence's, as often of figures
 * reported ("Sales are up 5% in the week through Sunday": the week
 * past). */
static const union wkey copula[] = { { "is" }, { "are" }, { "" } };
static const union wkey state[] = { { "in" }, { "open" }, { "closed" },
	{ "shut" }, { "valid" }, { "underway" }, { "active" },
	{ "suspended" }, { "effective" }, { "available" }, { "on" },
	{ "" } };
/* A period before "through" is counted to its last day, a span of
 * figures or of time already run ("the week through Sunday", "the
 * seven days through Sunday"): the tense's own reading. */
static const union wkey period[] = { { "week" }, { "weeks" }, { "days" },
	{ "period" }, { "weekend" }, { "month" }, { "months" }, { "" } };

/*
 * "The warning remains in effect through 8 p.m. Tuesday", "The
 * advisory runs through Sunday": a state the present says lasts through
 * a day ends on it, after now (1); a past verb met first keeps its past
 * (-1: "Sales fell through Sunday"); else 0, the tense's own reading
 * ("a survey taken from May 13 through Sunday": a participle's).  Token
 * j is "through"; the search reads back as the tense search does.
 */
static int
lasts_through(struct ctx *c, long j)
{
	long k;
	int v;

	if (tok_among(tk(c, j - 1), period))
		return 0;
	for (k = 1; k <= TENSE_BACK; k++) {
		if (tk(c, j - k)->kind != TK_WORD) {
			if (dt_tense_stop(c, j - k))
				break;
			continue;
		}
		if ((v = dt_cue_at(c, j - k)) != 0)
			return v < 0 ? -1 : 1;
		if (tok_among(tk(c, j - k), lasting) &&
		    (k == 1 || !tok_among(tk(c, j - k), copula) ||
		    tok_among(tk(c, j - k + 1), state)))
			return 1;
	}
	return 0;
}

static int
scheduled_day(struct ctx *c, long i)
{
	const struct tok *p = tk(c, i - 1);
	long k, q = i - 1;

	if (W(p, for))
		return W(tk(c, i - 2), set);
	if (W(p, through))
		return lasts_through(c, i - 1);
	if (W(p, on) || W(p, at)) {
		p = tk(c, --q);
		/* "Kick-off is at 15:00 BST on Saturday", "The deadline
		 * is 5pm on Friday": the clock time between */
		if (W(tk(c, i - 1), on) && clock_part(p)) {
			for (k = i - 2; k > i - 2 - SCHEDULE_CLOCK_TOKENS &&
			    clock_part(tk(c, k)); k--)
				;
			p = tk(c, k);
			/* "Voting ends at 11:59 p.m. PT on Tuesday": past
			 * the clock, any verb's tense is the day's, as it
			 * is with a shorter clock within the tense search */
			if (W(p, at)) {
				p = tk(c, k - 1);
				if (!W(p, is) && !W(p, are))
					return dt_cue_at(c, k - 1);
			}
		}
	}
	/* "The store is open Tuesday", "The office is closed on Monday":
	 * the state a copula schedules (not "was open", the past's) */
	if (W(p, open) || W(p, closed) || W(p, shut))
		p = tk(c, q - 1);
	if (!W(p, is) && !W(p, are))
		return 0;
	return !(P(tk(c, i + 1), '\'') && W(tk(c, i + 2), s));
}

/* The most tokens back from a range's second end to its "from": a
 * clock with minutes, a.m. and a zone (8 tokens: "10 : 30 a . m . EDT"),
 * a part of the day ("this evening", 2), "to" and "from". */
#define RANGE_FROM_MAX	12
_Static_assert(RANGE_FROM_MAX <= LOOKBEHIND_MAX, "the ring holds it");

/*
 * Does the day at token i end a range "from ... to|until|through" whose
 * first end named a day of its paragraph, the reference?
 */
static const uint8_t range_to[DW_COUNT] = {
	IN(to), IN(until), IN(till), IN(through)
};

static int
ends_range_from(struct ctx *c, long i)
{
	long k;

	if (!WL(tk(c, i - 1), range_to) || c->ref_gran != G_DAY ||
	    c->ref_para != tk(c, i)->para)
		return 0;
	for (k = 2; k <= RANGE_FROM_MAX; k++) {
		if (W(tk(c, i - k), from))
			return 1;
		if (tk(c, i - k)->kind != TK_WORD && dt_tense_stop(c, i - k))
			return 0;
	}
	return 0;
}

void
dt_weekday_value(struct ctx *c, long i, int wd, int dir, char *buf,
    size_t len)
{
	struct cal_date d;
	int s;

	if (!c->has_pub) {
		snprintf(buf, len, "XXXX-WXX-%d", wd);
		return;
	}
	if (c->pub_gran > G_DAY) {	/* a story's month or year */
		snprintf(buf, len, "%04d-WXX-%d", c->pub.year, wd);
		return;
	}
	if (dir < 0) {
		s = scheduled_day(c, i);
		dir = s > 0 || (s == 0 && dt_future_tense(c, i)) ?
		    DIR_FUTURE : DIR_PAST;
	}
	d = dt_anchor_weekday(c->pub, wd, (enum dir)dir);
	/* a range's second end is not before its first ("a warning in
	 * effect from 6 p.m. this evening to noon Wednesday", issued:
	 * the coming Wednesday, was the one past) */
	if (c->has_ref && ends_range_from(c, i) &&
	    cal_diff_days(c->ref, d) < 0)
		d = dt_anchor_weekday(c->ref, wd, DIR_FUTURE);
	dt_fmt_gran(buf, len, 1, d, G_DAY);
}

/* A part of the day in the plural at token j ("nights", "mornings",
 * "afternoons", "evenings"): 1 and its part, else 0. */
static int
adj_plural_part(struct ctx *c, long j, int *part)
{
	static const union wkey parts[] = { { "mornings" },
		{ "afternoons" }, { "evenings" }, { "nights" } };
	const struct tok *t = tk(c, j);
	int k;

	for (k = 0; k < 4; k++)
		if (t->key[0] == parts[k].key[0] &&
		    t->key[1] == parts[k].key[1]) {
			*part = k == 0 ? P_MO : k == 1 ? P_AF : k == 2 ? P_EV :
			    P_NI;
			return 1;
		}
	return 0;
}

/*
 * Is the weekday at token i the second end of a range of weekdays,
 * "Monday to Friday", "Tuesday through Thursday", "Monday-Friday", or of
 * two joined by "or" or "and" ("late Friday or early Saturday", "Friday
 * night and Saturday"), whose first end is the day last named (the
 * reference, to the day)?  Two days joined so with no tense cue of
 * the second's own within the search's reach are one stretch of the
 * calendar: the second follows the first, on its side of the writing
 * ("is expected to pass ... late Friday or early Saturday", the verb
 * twelve tokens back); a cue reached keeps its reading ("He met them on
 * Monday and Wednesday" written on a Monday: the Wednesday before).
 */
static int
range_second_end(struct ctx *c, long i)
{
	const struct tok *w, *f;
	const struct lex *lx;
	long k = i - 1;

	if (W(tk(c, k), early) || W(tk(c, k), late))
		k--;
	w = tk(c, k);
	if (!(W(w, to) || W(w, through) || W(w, until) || W(w, till) ||
	    W(w, or) || W(w, and) ||
	    (P(w, '-') && k == i - 1 && adj(w) && adj(tk(c, i)))))
		return 0;
	f = tk(c, k - 1);
	if (L(f, C_PART) != NULL && (W(w, or) || W(w, and)))
		f = tk(c, k - 2);
	lx = L(f, C_WDAY);
	return lx != NULL && f->cap && !(lx->flags & (F_PLURAL | F_ABBR)) &&
	    c->has_ref && c->ref_gran == G_DAY &&
	    c->ref_para == tk(c, i)->para &&
	    (!(W(w, or) || W(w, and)) || dt_tense(c, i) == 0);
}

/* Words before a day that make an abbreviation there a weekday ("on
 * Tues.", "last Wed.", "until Thurs."). */
static const uint8_t wday_abbr_before[DW_COUNT] = {
	IN(on), IN(by), IN(until), IN(till), IN(since), IN(from), IN(through),
	IN(before), IN(after), IN(early), IN(late), IN(last), IN(next),
	IN(this), IN(coming)
};

/*
 * Is the abbreviation of a weekday at token i, its period at i + 1, one
 * by its context?  "Sun.", "Sat.", "Wed." and "Mon." are also words and
 * names ("the Baltimore Sun."), so an abbreviation is read as a day only
 * where a day is expected: a date after it ("Tues., March 15", "Wed. Jan.
 * 6", "Thurs. 12"), a part of the day ("Thurs. night"), or a word that
 * takes a day before it ("on Tues.", "last Wed.").
 */
static int
wday_abbr_context(struct ctx *c, long i)
{
	long k = i + 2;
	int part;

	if (WL(tk(c, i - 1), wday_abbr_before))
		return 1;
	if (P(tk(c, k), ','))
		k++;
	if (L(tk(c, k), C_MONTH) != NULL && tk(c, k)->cap)
		return 1;
	if (is_num(tk(c, k), 1, 2) && tk(c, k)->num >= 1 &&
	    tk(c, k)->num <= 31)
		return 1;
	return k == i + 2 && dt_part_of_day(c, k, &part) > 0;
}

/* The most capitalized words a quoted title before a weekday may have
 * ("Fox News Sunday": two). */
#define TITLE_WORDS_MAX	3

/*
 * Does the weekday at token i (its span ending before j) close a quoted
 * title of capitalized words ("Fox News Sunday", NBC's ''Meet the
 * Press''-style names): a closing quote mark right after it (or after
 * a period or comma glued to it), and before it one to TITLE_WORDS_MAX
 * capitalized words back to an opening quote mark?  In a quotation a
 * weekday ends a sentence after a lower-case word ("See you Sunday.").
 */
static int
quoted_title_end(struct ctx *c, long i, long j)
{
	long k = j;

	if ((P(tk(c, k), '.') || P(tk(c, k), ',')) && adj(tk(c, k)))
		k++;
	if (!quote_mark(tk(c, k)) || !adj(tk(c, k)))
		return 0;
	for (k = i - 1; k >= i - TITLE_WORDS_MAX; k--) {
		if (quote_mark(tk(c, k)))
			return k < i - 1 && adj(tk(c, k + 1));
		if (tk(c, k)->kind != TK_WORD || !tk(c, k)->cap)
			return 0;
	}
	return 0;
}

/* The words of a newspaper's name after "the" and a weekday ("the
 * Sunday Times", "the Sunday Telegraph", "the Sunday Herald"), compared
 * as keys: the lexicon need not grow by words this rare test reads. */
static const union wkey paper_words[] = { { "times" }, { "telegraph" },
	{ "herald" }, { "express" }, { "mirror" }, { "post" },
	{ "independent" }, { "tribune" }, { "mail" }, { "observer" },
	{ "" } };
static const union wkey paper_on[] = { { "mail" }, { "independent" },
	{ "" } };

/* Nouns a weekday before them makes a kind of thing, not a day
 * ("Sunday school", "a Sunday roast"), compared as keys. */
static const union wkey weekday_kinds[] = { { "school" }, { "roast" },
	{ "best" }, { "trading" }, { "" } };
static const uint8_t day_preps[DW_COUNT] = {
	IN(on), IN(by), IN(until), IN(since), IN(from), IN(before),
	IN(after), IN(last), IN(next), IN(this), IN(every)
};

/*
 * Is the weekday [i, j) part of a newspaper's name: "the Sunday Times",
 * "The Sunday Telegraph" (after "the", before a capitalized word of a
 * paper's name), "the Mail on Sunday", "the Independent on Sunday"?  A
 * paper's name is no time; a day in running text is not written after
 * "the" before a capitalized noun.
 */
static int
paper_name(struct ctx *c, long i, long j)
{
	const struct tok *n = tk(c, j);

	if (W(tk(c, i - 1), the) && n->cap && n->sp &&
	    tok_among(n, paper_words))
		return 1;
	return W(tk(c, i - 1), on) && tk(c, i - 2)->cap &&
	    tok_among(tk(c, i - 2), paper_on) && W(tk(c, i - 3), the);
}

/*
 * Is the day value v (YYYY-MM-DD) a weekday wd (ISO, 1 Monday)?  An
 * abbreviation with no period ("Tue August 16, 2016", "Wed Aug 17
 * 2016": page time stamps) is read as a weekday only before a date
 * that falls on it: "Sun", "Sat", "Wed" and "Mon" are also words and
 * names ("The Sun August 16"), which name no day the date falls on but
 * by chance, one date in seven.
 */
int
dt_wday_names_date(int wd, const char *v)
{
	struct cal_date d;
	int g;

	return dt_value_date(v, &d, &g) && g == G_DAY &&
	    cal_weekday(d.year, d.month, d.day) == wd;
}

/* The years around the publication tried for a month and day in
 * figures after a weekday: the one before, its own, the one after. */
#define SLASH_YEARS	3

/*
 * "3/12" at token j (month first, day first once the text wrote one
 * so), with nothing glued after it, a date that falls on weekday wd in
 * the year nearest the publication: 1 and *d, else 0.
 */
static int
slash_date_on(struct ctx *c, long j, int wd, struct cal_date *d)
{
	const struct tok *a = tk(c, j), *b = tk(c, j + 2), *n = tk(c, j + 3);
	int m, dd, k, best = -1;
	int64_t dist, bestd = 0;

	if (!is_num(a, 1, 2) || !P(tk(c, j + 1), '/') ||
	    !adj(tk(c, j + 1)) || !is_num(b, 1, 2) || !adj(b) ||
	    (adj(n) && n->kind != TK_PUNCT) || (adj(n) && (P(n, '/') ||
	    P(n, '-'))))
		return 0;
	m = c->day_first ? b->num : a->num;
	dd = c->day_first ? a->num : b->num;
	for (k = 0; k < SLASH_YEARS; k++) {
		int y = c->pub.year - 1 + k;

		if (!cal_valid(y, m, dd) || cal_weekday(y, m, dd) != wd)
			continue;
		dist = cal_diff_days(c->pub, (struct cal_date){ y, m, dd });
		if (dist < 0)
			dist = -dist;
		if (best < 0 || dist < bestd) {
			best = y;
			bestd = dist;
		}
	}
	if (best < 0)
		return 0;
	*d = (struct cal_date){ best, m, dd };
	return 1;
}

/*
 * The British count of weeks from a weekday ("Friday week", "a week on
 * Friday", "a fortnight on Saturday": a week or a fortnight after the
 * coming Friday or Saturday; "a week last Friday": a week before the
 * last one), a date the dictionaries give (Collins, Cambridge) and
 * TIMEX3 values as the day it names.  wd: the weekday, n: the days
 * counted (negative back from the last one).
 */
static void
weeks_from_weekday(struct ctx *c, int wd, int n, struct hit *h)
{
	struct cal_date d = dt_anchor_weekday(c->pub, wd, n > 0 ? DIR_NEXT :
	    DIR_PREV);

	dt_hit_gran(h, c, cal_add_days(d, n), G_DAY);
}

/* The weekday (ISO, 1 Monday) at token i if a British count of weeks
 * reads it, else 0: a full name (not "Fri."), one day (not "Fridays"),
 * no possessive after it ("a week on Friday's set"), in news with a day
 * of writing. */
static int
counted_weekday(struct ctx *c, long i)
{
	const struct lex *lx = L(tk(c, i), C_WDAY);

	if (lx == NULL || !tk(c, i)->cap ||
	    (lx->flags & (F_PLURAL | F_ABBR)) || !c->has_pub ||
	    c->pub_gran != G_DAY || (P(tk(c, i + 1), '\'') &&
	    adj(tk(c, i + 1))))
		return 0;
	return lx->val;
}

/* "a week on Friday", "a fortnight on Saturday", "a week last Friday"
 * (token i is "a"): one date, the whole phrase its span. */
long
dt_week_on_weekday(struct ctx *c, long i, struct hit *h)
{
	const struct lex *u = L(tk(c, i + 1), C_UNIT);
	int n, wd;

	if (u == NULL || (u->val != U_WEEK && u->val != U_FORTNIGHT) ||
	    (u->flags & F_PLURAL) || !(W(tk(c, i + 2), on) ||
	    W(tk(c, i + 2), last)) || (wd = counted_weekday(c, i + 3)) == 0)
		return 0;
	n = u->val == U_WEEK ? 7 : 14;
	if (W(tk(c, i + 2), last))
		n = -n;
	dt_span(h, c, i, i + 4);
	weeks_from_weekday(c, wd, n, h);
	return h->ntok;
}

/* Weekdays in one list after "every" or "each" (WEEKDAY_LIST_MAX of
 * them: the days of a week less one).  every_listed() reads back from
 * the last day a separator and a day for each (one more token for an
 * Oxford comma) and the quantifier before the first: no further back
 * than a rule may read. */
#define WEEKDAY_LIST_MAX	6
_Static_assert(2 * WEEKDAY_LIST_MAX + 2 <= LOOKBEHIND_MAX,
    "every_listed() must read its list within LOOKBEHIND_MAX");

/*
 * Is the weekday at token i listed after another that "every" or "each"
 * opens ("every Monday and Thursday", "each Monday, Wednesday and
 * Friday", with the Oxford comma "every Monday, Wednesday, and
 * Friday")?  The quantifier is every one's: a set each, as HeidelTime's
 * set rules read "Monday and Tuesday nights".
 */
static int
every_listed(struct ctx *c, long i)
{
	const struct lex *lx;
	long k = i - 1;
	int n;

	for (n = 0; n < WEEKDAY_LIST_MAX; n++) {
		/* the Oxford comma comes only before the list's last day */
		if (n == 0 && (W(tk(c, k), and) || W(tk(c, k), or)) &&
		    P(tk(c, k - 1), ','))
			k--;
		if (!W(tk(c, k), and) && !W(tk(c, k), or) &&
		    !P(tk(c, k), ','))
			return 0;
		lx = L(tk(c, k - 1), C_WDAY);
		if (lx == NULL || !tk(c, k - 1)->cap ||
		    (lx->flags & (F_PLURAL | F_ABBR)))
			return 0;
		if (W(tk(c, k - 2), every) || W(tk(c, k - 2), each))
			return 1;
		k -= 2;
	}
	return 0;
}

/*
 * Monday / Monday, Aug. 15 / Monday morning / Mondays; "Tues.", "Wed."
 * and the other abbreviations where a day is expected.  dir: -1 to
 * follow the tense, else a forced direction ("last Monday").
 */
long
dt_weekday(struct ctx *c, long i, struct hit *h, int dir)
{
	const struct tok *t = tk(c, i);
	const struct lex *lx = L(t, C_WDAY);
	struct hit mh;
	char v[TIMEX_VALUE_MAX];
	long j = i + 1;
	int part, bare = 0;

	if (lx == NULL || !t->cap)
		return 0;
	/* an abbreviation takes its period into the span; with none
	 * ("Tue August 16, 2016", a page's time stamp) it is a weekday
	 * only before the date it names (dt_wday_names_date()) */
	if (lx->flags & F_ABBR) {
		if (P(tk(c, j), '.') && adj(tk(c, j))) {
			if (!wday_abbr_context(c, i))
				return 0;
			j++;
		} else if (dir >= 0)
			return 0;
		else
			bare = 1;
	}
	/* "Good Friday" is a holiday's name, and so is it in "the Good
	 * Friday Agreement": no plain weekday */
	if (tk(c, i - 1)->cap && dt_holiday_wday_named(c, i))
		return 0;
	/* "Saturday Night Live", "Monday Night Football", "Sunday Morning
	 * Futures": a weekday and a part of the day both capitalized, a
	 * capitalized word after them, are a programme's title, no time
	 * (a day and its part in running text are written "Saturday
	 * night") */
	if (dt_part_of_day(c, j, &part) && tk(c, j)->cap &&
	    tk(c, j + 1)->kind == TK_WORD && tk(c, j + 1)->cap &&
	    tk(c, j + 1)->sp)
		return 0;
	/* "Fox News Sunday" in quotes: a quoted title of capitalized
	 * words ending in the weekday */
	if (quoted_title_end(c, i, j))
		return 0;
	if (paper_name(c, i, j))
		return 0;
	/* "Sunday school", "a Sunday roast", "his Sunday best", "Sunday
	 * trading": a weekday naming a kind of thing, no day; not after a
	 * preposition of time, whose object it is ("On Sunday school
	 * leaders met") */
	if (!WL(tk(c, i - 1), day_preps) && !tk(c, j)->cap &&
	    tk(c, j)->kind == TK_WORD && tok_among(tk(c, j), weekday_kinds))
		return 0;
	if ((lx->flags & F_PLURAL) || every_listed(c, i)) {
		dt_span(h, c, i, j);
		dt_hit_set(h, TIMEX_SET, "XXXX-WXX-%d", lx->val);
		return h->ntok;
	}
	/* "Monday, Oct. 26" and "Friday Oct. 13", and day first as
	 * British and European outlets write it, "Tuesday 3 March",
	 * "Tuesday, 3rd March 2020": the date says which. */
	if (dir < 0 && (P(tk(c, j), ',') || L(tk(c, j), C_MONTH) != NULL ||
	    tk(c, j)->kind == TK_NUM)) {
		long k = P(tk(c, j), ',') ? 1 : 0;
		struct cal_date sd;

		memset(&mh, 0, sizeof(mh));
		if ((L(tk(c, j + k), C_MONTH) != NULL ?
		    dt_month(c, j + k, &mh, 1) :
		    dt_day_month(c, j + k, &mh)) > 0 &&
		    strlen(mh.value) == 10 &&
		    (!bare || dt_wday_names_date(lx->val, mh.value))) {
			dt_span(h, c, i, j + k + mh.ntok);
			dt_hit_set(h, TIMEX_DATE, "%s", mh.value);
			return h->ntok;
		}
		/* "Tues., 3/12", as US notices write it: a month and day
		 * in figures after the weekday is its date when it falls
		 * on it, in the year nearest the publication that makes
		 * it so (one timex, as "Tues., March 12") */
		if (k == 1 && c->has_pub && slash_date_on(c, j + 1, lx->val,
		    &sd)) {
			dt_span(h, c, i, j + 4);
			dt_hit_gran(h, c, sd, G_DAY);
			return h->ntok;
		}
	}
	/* "on Monday (December 7)", as Indian outlets write it, and day
	 * first, "on Thursday (2 April)", as British ones do: the weekday
	 * is the bracketed date's when that date falls on it; each keeps
	 * its own timex */
	if (dir < 0 && !bare && P(tk(c, j), '(') &&
	    (L(tk(c, j + 1), C_MONTH) != NULL ||
	    tk(c, j + 1)->kind == TK_NUM)) {
		memset(&mh, 0, sizeof(mh));
		if ((L(tk(c, j + 1), C_MONTH) != NULL ?
		    dt_month(c, j + 1, &mh, 1) :
		    dt_day_month(c, j + 1, &mh)) > 0 &&
		    strlen(mh.value) == 10 && P(tk(c, j + 1 + mh.ntok), ')') &&
		    dt_wday_names_date(lx->val, mh.value)) {
			dt_span(h, c, i, j);
			dt_hit_set(h, TIMEX_DATE, "%s", mh.value);
			return h->ntok;
		}
	}
	if (bare)
		return 0;
	/* "our Friday nights", "on Saturday mornings": every one */
	if (dir < 0 && tk(c, j)->kind == TK_WORD && adj_plural_part(c, j,
	    &part)) {
		dt_span(h, c, i, j + 1);
		dt_hit_set(h, TIMEX_SET, "XXXX-WXX-%dT%s", lx->val,
		    part_code[part]);
		return h->ntok;
	}
	/* "Friday week", "Tuesday week", "Saturday fortnight" (British):
	 * a week (a fortnight) after the coming one; not a numbered week
	 * ("Sunday week 3"), a compound ("Monday week-long"), a
	 * possessive or "of" after it, nor a capitalized "Week" (a
	 * name's) */
	if (dir < 0 && (W(tk(c, j), week) || W(tk(c, j), fortnight)) &&
	    !tk(c, j)->cap && counted_weekday(c, i) &&
	    tk(c, j + 1)->kind != TK_NUM &&
	    !((P(tk(c, j + 1), '-') || P(tk(c, j + 1), '\'')) &&
	    adj(tk(c, j + 1))) && !W(tk(c, j + 1), of)) {
		dt_span(h, c, i, j + 1);
		weeks_from_weekday(c, lx->val, W(tk(c, j), week) ? 7 : 14, h);
		return h->ntok;
	}
	/* "Friday next week", "Monday last week", "Tuesday this week",
	 * "Wednesday of next week": that weekday of the week named, one
	 * date (across the week's boundary: "Wednesday of next week",
	 * written on a Monday, is not the Wednesday two days on); not a
	 * possessive's "of" ("released video on Monday of last week's
	 * shooting") */
	if (W(tk(c, j), of) && W(tk(c, j + 2), week) && dir < 0 &&
	    c->has_pub && c->pub_gran == G_DAY && (W(tk(c, j + 1), next) || W(tk(c, j + 1), last) ||
	    W(tk(c, j + 1), this)) && !(P(tk(c, j + 3), '\'') &&
	    adj(tk(c, j + 3))))
		j++;
	if (dir < 0 && c->has_pub && c->pub_gran == G_DAY &&
	    W(tk(c, j + 1), week) && (W(tk(c, j), next) ||
	    W(tk(c, j), last) || W(tk(c, j), this))) {
		int shift = W(tk(c, j), next) ? 7 : W(tk(c, j), last) ? -7 : 0;

		dt_span(h, c, i, j + 2);
		dt_hit_gran(h, c, cal_add_days(c->pub, lx->val -
		    cal_weekday(c->pub.year, c->pub.month, c->pub.day) +
		    shift), G_DAY);
		return h->ntok;
	}
	dt_weekday_value(c, i, lx->val, dir, v, sizeof(v));
	/* "from Monday to Friday", "Tuesday through Thursday": the
	 * second end is the first such day on or after the first end,
	 * the day last named */
	if (dir < 0 && range_second_end(c, i) && c->pub_gran == G_DAY)
		dt_fmt_gran(v, sizeof(v), 1, dt_anchor_weekday(c->ref, lx->val,
		    DIR_FUTURE), G_DAY);
	if (dt_part_of_day(c, j, &part)) {
		dt_span(h, c, i, j + 1);
		dt_hit_set(h, TIMEX_TIME, "%sT%s", v, part_code[part]);
		return h->ntok;
	}
	dt_span(h, c, i, j);
	dt_hit_set(h, TIMEX_DATE, "%s", v);
	return h->ntok;
}

/* The Monday-based ISO week of the weekend on or after d's week. */
void
dt_weekend_value(char *buf, size_t len, int has, struct cal_date d)
{
	int wy, w;

	if (!has) {
		snprintf(buf, len, "XXXX-WXX-WE");
		return;
	}
	cal_iso_week(d.year, d.month, d.day, &wy, &w);
	snprintf(buf, len, "%04d-W%02d-WE", wy, w);
}
