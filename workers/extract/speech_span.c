/*
 * speech_span.c — the spans and word tests the reported-speech rules
 * share: quotes inside a span (a direct quote at a position, a quote
 * between two, a span mostly quoted), the content words of a span, the
 * trims of an item's ends (spaces, final stops, a wire dateline, a
 * parenthesis the content does not open or close, a currency sign
 * before its amount, a quoted fragment that closes it), where a clause
 * is closed before a cue, a time after a word, and the word tests
 * (auxiliaries, forms of "be", time words).  Where a stance's object
 * ends is speech_stance.c's; where a content breaks for a new act of its
 * source, speech_break.c's.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/* The direct quote that starts at or just after pos (past spaces and a
 * comma or colon), or NULL. */
const struct speech_quote *
speech_span_direct_at(const struct qx *x, struct sent *t, size_t pos)
{
	size_t i;

	while (pos < t->se && (x->s[pos] == ' ' || x->s[pos] == ',' ||
	    x->s[pos] == ':' || x->s[pos] == '\t'))
		pos++;
	for (i = 0; i < t->nq; i++) {
		const struct speech_quote *q = speech_sq_at(x, t, i);

		if (q->start == pos && q->direct)
			return q;
		if (q->start > pos)
			break;
	}
	return NULL;
}

/* Does a quote start or end inside [a, b)? */
int
speech_span_quote_between(const struct qx *x, struct sent *t, size_t a,
    size_t b)
{
	size_t i;

	for (i = 0; i < t->nq; i++) {
		const struct speech_quote *q = speech_sq_at(x, t, i);

		if ((q->start >= a && q->start < b) ||
		    (q->end > a && q->end <= b))
			return 1;
	}
	return 0;
}

/* Is [a, b) mostly inside direct quotes? Then the quotes carry it. */
int
speech_span_mostly_direct(const struct qx *x, struct sent *t, size_t a,
    size_t b)
{
	size_t i, in = 0;

	for (i = 0; i < t->nq; i++) {
		const struct speech_quote *q = speech_sq_at(x, t, i);
		size_t lo = q->start > a ? q->start : a;
		size_t hi = q->end < b ? q->end : b;

		if (q->direct && hi > lo)
			in += hi - lo;
	}
	return b > a && 2 * in >= b - a;
}

/* Words of [a, b) outside quotes, and whether a quote is in it. */
size_t
speech_span_content_words(const struct qx *x, struct sent *t, size_t a,
    size_t b, int *quoted)
{
	size_t i, n, lo, hi;

	*quoted = 0;
	/* the words that start at or after a, up to the first that ends
	 * past b */
	lo = speech_word_starting_at(t, a);
	hi = speech_word_ending_after(t, b);
	n = hi > lo ? hi - lo : 0;
	/* the words not read are in [a, b) too */
	if (t->truncated && b > t->w[t->n - 1].end && n < CONTENT_WORDS_MIN)
		n = CONTENT_WORDS_MIN;
	for (i = 0; i < t->nq; i++) {
		const struct speech_quote *q = speech_sq_at(x, t, i);

		if (q->start >= a && q->end <= b)
			*quoted = 1;
	}
	return n;
}

/* Trim spaces, then a final . ! ? (outside marks), then spaces again. */
static inline size_t
trim_end_stop(const char *s, size_t a, size_t b)
{
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' ||
	    s[b - 1] == '\n' || s[b - 1] == '\r'))
		b--;
	if (b > a && (s[b - 1] == '.' || s[b - 1] == '!' || s[b - 1] == '?' ||
	    s[b - 1] == ',' || s[b - 1] == ';' || s[b - 1] == ':'))
		b--;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	return b;
}

/*
 * [a, b) ends with a closing parenthesis: without it when the content
 * did not open it, and without the stop and spaces before it then (one
 * mark: "...)))" keeps the rest).  (Out of line: asked of few ends.)
 */
static size_t __attribute__((noinline))
trim_end_parenthesis(const char *s, size_t a, size_t b)
{
	if (s[b - 1] == '(' || memchr(s + a, '(', b - 1 - a) == NULL)
		return trim_end_stop(s, a, b - 1);
	return b;
}

/*
 * The end of [a, b) without spaces and a final stop (trim_end_stop), and
 * without a closing parenthesis the content did not open: content that
 * starts inside the writer's parenthesis ("(Cruz has proposed
 * [accepting 10,000 Syrians])") ends before its mark, as before a final
 * stop.  PolNeAR leaves the mark out; a parenthesis inside the content
 * ("the trade pact (TPP)") keeps its close.
 */
size_t
speech_span_trim_end(const char *s, size_t a, size_t b)
{
	b = trim_end_stop(s, a, b);
	if (b > a && (s[b - 1] == ')' || s[b - 1] == '('))
		return trim_end_parenthesis(s, a, b);
	return b;
}

/*
 * A quoted fragment that opens right where content stops (blanks
 * between) is the content's close: "called [her "weak"] and said",
 * "described [Rubio as “a bright, charismatic leader”] but".  The ends
 * that cut before ", but" or "and said" read the sentence's words, and
 * a fragment's words are not among them, so the cut fell before its
 * opening mark; PolNeAR's mixed content runs through the fragment.  A
 * direct quote there is an item of its own.  The end past the closing
 * mark, or ce.
 */
size_t
speech_span_fragment_close(const struct qx *x, struct sent *t, size_t ce)
{
	size_t p = ce, i, b;

	/* a possessive's apostrophe the words leave out ("respects
	 * [Sanders' "passion and commitment"] but argues") */
	if (p < t->se && x->s[p] == '\'')
		p++;
	else if (p + 3 <= t->se && memcmp(x->s + p, "\xe2\x80\x99", 3) == 0)
		p += 3;
	b = p;
	while (p < t->se && (x->s[p] == ' ' || x->s[p] == '\t'))
		p++;
	if (p == b || p >= t->se)
		return ce;
	for (i = 0; i < t->nq; i++) {
		const struct speech_quote *q = speech_sq_at(x, t, i);

		if (q->start == p)
			return q->direct ? ce : q->end;
		if (q->start > p)
			break;
	}
	return ce;
}

/*
 * The start of [a, b) at a bracket or a number (trim_start): past an
 * opening parenthesis the content does not close ("[(The French, it
 * turns out, are big fans of ''Prison Break,''] M. Bensaid said."), the
 * writer's mark as its close is; back over a currency sign right before
 * a number, the amount's ("calls for [$1 trillion]": the words start at
 * the digit).  (Out of line: asked of few starts.)
 */
static size_t __attribute__((noinline))
trim_start_mark(const char *s, size_t a, size_t b)
{
	if (s[a] == '(')
		return memchr(s + a, ')', b - a) == NULL ? a + 1 : a;
	if (a >= 1 && s[a - 1] == '$')
		return a - 1;
	if (a >= 2 && (unsigned char)s[a - 2] == 0xc2 &&
	    (unsigned char)s[a - 1] == 0xa3)
		return a - 2;		/* £ */
	if (a >= 3 && (unsigned char)s[a - 3] == 0xe2 &&
	    (unsigned char)s[a - 2] == 0x82 &&
	    (unsigned char)s[a - 1] == 0xac)
		return a - 3;		/* € */
	return a;
}

/* The start of [a, b) past spaces, a comma, a colon or a semicolon and
 * a no-break space, at a bracket or a number trim_start_mark's. */
size_t
speech_span_trim_start(const char *s, size_t a, size_t b)
{
	while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == ',' ||
	    s[a] == ':' || s[a] == ';'))
		a++;
	if (b - a >= 2 && (unsigned char)s[a] == 0xc2 &&
	    (unsigned char)s[a + 1] == 0xa0)
		a += 2;
	if (a < b && (s[a] == '(' || (unsigned)(s[a] - '0') < 10))
		return trim_start_mark(s, a, b);
	return a;
}

/*
 * A wire dateline at the start of content, "SEOUL, Aug. 15 (UPI) -- ",
 * is the story's, not the speech's: start after it (content that is
 * only a dateline is none).  So are a dateline in capitals and a dash
 * with no wire named ("TALLAHASSEE — Donald Trump's views ..."), a dateline
 * or a transcript's label in capitals and a colon that open the
 * paragraph ("NEW DELHI: The government said ...", "ROTT: Del Bosque
 * says ..."): the paragraph's furniture, read past when its sentence is
 * narration.
 */
/* The bytes of a dash at p: an em or en dash, "--" or "-"; or 0. */
static size_t
dash_len(const char *s, size_t p, size_t lim)
{
	if (p + 3 <= lim && (text_range_eq(s, p, p + 3, "\xe2\x80\x94") ||
	    text_range_eq(s, p, p + 3, "\xe2\x80\x93")))
		return 3;
	if (p < lim && s[p] == '-')
		return p + 1 < lim && s[p + 1] == '-' ? 2 : 1;
	return 0;
}

size_t
speech_span_skip_dateline(const char *s, size_t cs, size_t ce)
{
	size_t p, d, lim = ce - cs > DATELINE_BYTES_MAX ? cs +
	    DATELINE_BYTES_MAX : ce;

	if ((cs == 0 || s[cs - 1] == '\n') && cs + 1 < ce &&
	    (unsigned)(s[cs] - 'A') < 26 && (unsigned)(s[cs + 1] - 'A') < 26) {
		for (p = cs; p < lim && ((unsigned)(s[p] - 'A') < 26 ||
		    s[p] == ' ' || s[p] == '.' || s[p] == '-'); p++)
			;
		if (p + 1 < lim && s[p] == ':' && s[p + 1] == ' ')
			return p + 2;
		/* capitals and a dash, no wire named: "TALLAHASSEE — ",
		 * "JERUSALEM - " */
		for (p = cs; p < lim && ((unsigned)(s[p] - 'A') < 26 ||
		    s[p] == ' ' || s[p] == '.'); p++)
			;
		if (p > cs + 2 && s[p - 1] == ' ' && (d = dash_len(s, p,
		    lim)) != 0 && p + d < lim && s[p + d] == ' ')
			return p + d + 1;
	}
	if (cs > 0 && s[cs - 1] != '\n')
		return cs;
	/* the wire's name closes it, in brackets or in slashes as a
	 * press release's ("NEW YORK, March 3, 2024 /PRNewswire/ --"),
	 * then a dash, which may end the content: "NEW YORK (AP) — Mayor
	 * Eric Adams said Tuesday." has none before its subject */
	for (p = cs; p + 3 < lim; p++) {
		if ((s[p] == ')' || (s[p] == '/' && p > cs &&
		    text_is_letter((unsigned char)s[p - 1]))) &&
		    s[p + 1] == ' ' && (s[p + 2] == '-' ||
		    ((unsigned char)s[p + 2] == 0xe2 && p + 5 <= ce))) {
			p += 2;
			while (p < ce && (s[p] == '-' || s[p] == ' ' ||
			    (unsigned char)s[p] >= 0x80) && !text_is_letter(
			    text_char_at(s, ce, p)))
				p++;
			return p;
		}
	}
	return cs;
}

/* Blank, or a possessive's apostrophe and blanks ("Sanders' aides"). */
int
speech_span_blank_or_poss(const char *s, size_t a, size_t b)
{
	if (b > a && s[a] == '\'')
		a++;
	else if (b >= a + 3 && text_range_eq(s, a, a + 3, "\xe2\x80\x99"))
		a += 3;
	return text_gap_is_blank(s, a, b);
}

/* Verbs and modals that are no subject but were not skipped as
 * auxiliaries: "can say", "been told", "are asked". */
int
speech_span_is_aux(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit aux[] = {
		SPEECH_LIT("am"), SPEECH_LIT("are"), SPEECH_LIT("be"),
		SPEECH_LIT("been"), SPEECH_LIT("being"), SPEECH_LIT("can"),
		SPEECH_LIT("may"), SPEECH_LIT("might"), SPEECH_LIT("must"),
		SPEECH_LIT("never"), SPEECH_LIT("now"), SPEECH_LIT("shall"),
		SPEECH_LIT("should"), SPEECH_LIT("were"), SPEECH_LIT("to"),
		SPEECH_LIT("not"), SPEECH_LIT("let"), SPEECH_LIT("me"),
		SPEECH_LIT("also"),
	};

	return speech_range_in(x->s, w->start, w->end, aux,
	    sizeof(aux) / sizeof(aux[0]));
}

/*
 * Does a comma or a dash close the clause before pos (", he said", "—
 * he said"), or a comma inside a closing mark (",\" he said", ",”",
 * ",''")?  *at is where the clause ends: after the comma, or after the
 * closing mark, which the mixed content keeps.
 */
int
speech_span_clause_closed(const struct qx *x, struct sent *t, size_t pos,
    size_t *at)
{
	const char *s = x->s;
	size_t p, k, lo = t->ss;
	uint32_t c;

	/* the article of a name's noun phrase is the subject's: ", the
	 * Guardian reported" (the mention is the name alone) */
	if (pos >= lo + 5 && (text_range_eq(s, pos - 4, pos, "the ") ||
	    text_range_eq(s, pos - 4, pos, "The ")) && !text_is_letter(
	    (unsigned char)s[pos - 5]))
		pos -= 4;
	c = speech_char_before(s, lo, pos, &p);

	*at = p;
	if (c == ',' || text_is_dash(c))
		return 1;
	if (!text_is_closing_mark(c))
		return 0;
	/* a direct quote closing there is the quote's ("and "A," Jones
	 * said"); a fragment is the mixed speech's */
	for (k = 0; k < t->nq; k++)
		if (speech_sq_at(x, t, k)->end == p &&
		    speech_sq_at(x, t, k)->direct)
			return 0;
	p -= c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
	if (c == '\'' && p > lo && s[p - 1] == '\'')
		p--;		/* '' */
	return p > lo && s[p - 1] == ',';
}

/* Is the capitalised word w a time word ("Tuesday", "March")?  The
 * sentence's capitalised words are not looked up when read. */
int
speech_span_is_cal(const struct qx *x, const struct text_word *w)
{
	return (lexicon_of(x->s, w) & LX_CAL) != 0;
}

/*
 * Words of a time right at word k: "Tuesday", "Friday night", "on
 * Friday", "last week", "this month", "earlier this year"; 0 if none.
 */
size_t
speech_span_time_after(const struct qx *x, struct sent *t, size_t k)
{
	size_t n = 0;

	if (k < t->n && is_word(x, &t->w[k], "earlier"))
		n++;
	if (k + n + 1 < t->n && (is_word(x, &t->w[k + n], "on") ||
	    is_word(x, &t->w[k + n], "last") ||
	    is_word(x, &t->w[k + n], "this")) &&
	    (((t->w[k + n + 1].flags & TEXT_W_CAP) && speech_span_is_cal(x,
	    &t->w[k + n + 1])) || is_word(x, &t->w[k + n + 1], "week") ||
	    is_word(x, &t->w[k + n + 1], "month") ||
	    is_word(x, &t->w[k + n + 1], "year")))
		n += 2;
	else if (k + n < t->n && (t->w[k + n].flags & TEXT_W_CAP) &&
	    speech_span_is_cal(x, &t->w[k + n]))
		n++;
	else
		return 0;
	if (k + n < t->n && (is_word(x, &t->w[k + n], "night") ||
	    is_word(x, &t->w[k + n], "morning") ||
	    is_word(x, &t->w[k + n], "afternoon") ||
	    is_word(x, &t->w[k + n], "evening")))
		n++;
	return n;
}

/*
 * The time or manner of the saying, right after its cue, is the
 * reporting clause's: PolNeAR's content leaves out the time and place
 * of the speech act, as it leaves out "that".  "promised Monday [to
 * begin ...]", "vowed last month [to take ...]", "said late Wednesday
 * [he would ...]", "said repeatedly [they don't ...]".  Only when the
 * word after it opens the content: "to", "that" (left out too) or a
 * subject pronoun; "calling Christmas [a sham]" keeps its time, the
 * object.  A time of the saying that ends the content, or is followed
 * by more of the act's circumstance (a place or occasion after in, on,
 * at, into, during; a clause after as, while) and no "that" in the
 * content, is all there is: the cue's content stands before it, in the
 * sentence or the quote before ("..., Hollande said Tuesday in Paris.",
 * "Rubio said Sunday in Virginia as the crowd roared."), and the item
 * is none (SPEECH_NO_CONTENT).  ce is the cue's end, cend the content's;
 * speech_span_saying_time (speech_int.h) has read the blanks to it and
 * the first letter.  The start past the adjunct, or cs.
 */
/* Words of the circumstance read for a "that" past the time: a place
 * and an occasion ("Thursday during a taping of a town hall meeting in
 * Buffalo, New York, that" has fifteen), with room to spare. */
#define CIRCUMSTANCE_WORDS_MAX	24

/* Does word j open more of the act's circumstance: a place or an
 * occasion, or a clause of its manner or time? */
static int
circumstance_opener(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit open[] = {
		SPEECH_LIT("in"), SPEECH_LIT("on"), SPEECH_LIT("at"),
		SPEECH_LIT("into"), SPEECH_LIT("during"), SPEECH_LIT("as"),
		SPEECH_LIT("while"),
	};

	return speech_range_in(x->s, w->start, w->end, open,
	    sizeof(open) / sizeof(open[0]));
}

/* Is [word j, cend) nothing but circumstance: no word left, or an
 * opener of circumstance and no "that" nor "to" (the content's own
 * openers: "promised Sunday at a rally to end [...]") within
 * CIRCUMSTANCE_WORDS_MAX words?  "as" opens a clause only before its
 * subject, a pronoun or "the" ("as he entered", "as the crowd roared"):
 * "identified last week as a backer" names a role, the content.  A
 * finite verb before such a clause is a clause of the content ("in Paris
 * the deal was dead"; review F10). */
static int
only_circumstance(const struct qx *x, struct sent *t, size_t j, size_t cend)
{
	static const struct speech_lit finite[] = {
		SPEECH_LIT("is"), SPEECH_LIT("was"), SPEECH_LIT("are"),
		SPEECH_LIT("were"), SPEECH_LIT("will"), SPEECH_LIT("would"),
		SPEECH_LIT("can"), SPEECH_LIT("could"), SPEECH_LIT("may"),
		SPEECH_LIT("might"), SPEECH_LIT("must"), SPEECH_LIT("should"),
		SPEECH_LIT("shall"), SPEECH_LIT("has"), SPEECH_LIT("had"),
		SPEECH_LIT("have"),
	};
	size_t k;

	if (j >= t->n || t->w[j].start >= cend)
		return 1;
	if (!circumstance_opener(x, &t->w[j]))
		return 0;
	if (is_word(x, &t->w[j], "as") && (j + 1 >= t->n ||
	    (!is_word(x, &t->w[j + 1], "the") &&
	    !(speech_wlx(x, t, j + 1) & LX_PRON))))
		return 0;
	for (k = j + 1; k < t->n && t->w[k].start < cend; k++) {
		if (k - j > CIRCUMSTANCE_WORDS_MAX || is_word(x, &t->w[k],
		    "that") || is_word(x, &t->w[k], "to"))
			return 0;
		/* a finite verb before any as/while clause is the
		 * content's, its "that" left out: "said Tuesday in Paris
		 * [the deal was dead]" */
		if (is_word(x, &t->w[k], "as") || is_word(x, &t->w[k],
		    "while"))
			break;
		if (speech_range_in(x->s, t->w[k].start, t->w[k].end,
		    finite, sizeof(finite) / sizeof(finite[0])))
			return 0;
	}
	return 1;
}

size_t
speech_span_skip_saying_time(const struct qx *x, struct sent *t, size_t ce,
    size_t cs, size_t cend)
{
	static const struct speech_lit manner[] = {
		SPEECH_LIT("repeatedly"), SPEECH_LIT("publicly"),
		SPEECH_LIT("privately"), SPEECH_LIT("openly"),
	};
	size_t k, j, n = 0;
	int timed = 0;

	k = speech_word_ending_after(t, cs);
	if (k == 0 || k >= t->n || t->w[k].start != cs ||
	    t->w[k - 1].end != ce)
		return cs;
	/* "late Wednesday", "later Saturday", "early Monday" */
	if (is_word(x, &t->w[k], "late") || is_word(x, &t->w[k], "later") ||
	    is_word(x, &t->w[k], "early"))
		n = 1;
	if ((j = speech_span_time_after(x, t, k + n)) > 0) {
		n += j;
		timed = 1;
	} else if (n == 0 && speech_range_in(x->s, t->w[k].start,
	    t->w[k].end, manner, sizeof(manner) / sizeof(manner[0])))
		n = 1;
	else
		return cs;
	j = k + n;
	/* a time (not a manner: "said repeatedly") and nothing after it
	 * but the act's circumstance */
	if (timed && only_circumstance(x, t, j, cend) && (j >= t->n ||
	    text_gap_is_blank(x->s, t->w[j - 1].end, t->w[j].start)))
		return SPEECH_NO_CONTENT;
	if (j >= t->n || !text_gap_is_blank(x->s, t->w[j - 1].end,
	    t->w[j].start))
		return cs;
	if (is_word(x, &t->w[j], "that") && j + 1 < t->n)
		return t->w[j + 1].start;
	if (is_word(x, &t->w[j], "to") || is_word(x, &t->w[j], "there") ||
	    ((speech_wlx(x, t, j) & LX_PRON) && !(t->w[j].flags &
	    TEXT_W_CAP)))
		return t->w[j].start;
	return cs;
}

/* Is word k a form of "be" (a passive before a participle)? */
int
speech_span_is_be(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit be[] = SPEECH_WORDS(SPEECH_WORDS_BE);

	return speech_range_in(x->s, w->start, w->end, be,
	    sizeof(be) / sizeof(be[0]));
}

/* Is byte pos inside one of the sentence's quotes? */
static int
inside_quote(const struct qx *x, struct sent *t, size_t pos)
{
	size_t i;

	for (i = 0; i < t->nq; i++) {
		const struct speech_quote *q = speech_sq_at(x, t, i);

		if (q->start < pos && pos < q->end)
			return 1;
	}
	return 0;
}

/*
 * Does [a, b) hold a word that makes it a list or a clause rather than a
 * noun phrase: "and", "or", an auxiliary or a modal?
 */
static int
tail_is_clause_or_list(const char *s, size_t a, size_t b)
{
	static const struct speech_lit words[] = {
		SPEECH_LIT("and"), SPEECH_LIT("or"), SPEECH_LIT("is"),
		SPEECH_LIT("are"), SPEECH_LIT("was"), SPEECH_LIT("were"),
		SPEECH_LIT("will"), SPEECH_LIT("would"), SPEECH_LIT("has"),
		SPEECH_LIT("have"), SPEECH_LIT("had"), SPEECH_LIT("can"),
		SPEECH_LIT("could"), SPEECH_LIT("should"), SPEECH_LIT("may"),
		SPEECH_LIT("might"), SPEECH_LIT("must"), SPEECH_LIT("do"),
		SPEECH_LIT("does"), SPEECH_LIT("did"),
	};
	size_t p = a, e;

	while (p < b) {
		while (p < b && s[p] == ' ')
			p++;
		for (e = p; e < b && s[e] != ' '; e++)
			;
		if (speech_range_in(s, p, e, words,
		    sizeof(words) / sizeof(words[0])))
			return 1;
		p = e;
	}
	return 0;
}

/* Words of a gloss's noun phrase before its relative pronoun: the
 * article, up to two modifiers and the noun (", a proportion that", ", a
 * new requirement that", ", the only state which"). */
#define GLOSS_NOUN_WORDS_MAX	4

/*
 * Does the phrase at [a, b), opening with its article, hold a relative
 * clause right after its noun: that, which or who within
 * GLOSS_NOUN_WORDS_MAX words, no "and"/"or" before it?
 */
static int
gloss_relative(const char *s, size_t a, size_t b)
{
	size_t p = a, e, n;

	for (n = 0; n <= GLOSS_NOUN_WORDS_MAX && p < b; n++) {
		while (p < b && s[p] == ' ')
			p++;
		for (e = p; e < b && s[e] != ' '; e++)
			;
		if (n >= 2 && ((e - p == 4 && text_range_eq(s, p, e, "that")) ||
		    (e - p == 5 && text_range_eq(s, p, e, "which")) ||
		    (e - p == 3 && text_range_eq(s, p, e, "who"))))
			return 1;
		if ((e - p == 3 && text_range_eq(s, p, e, "and")) ||
		    (e - p == 2 && text_range_eq(s, p, e, "or")))
			return 0;
		p = e;
	}
	return 0;
}

/*
 * The end of content [cs, ce) without a noun phrase the writer sets
 * after it, the last comma's phrase when it opens with a/an/the and runs
 * to the end with no comma or quote: "said the state is wrong to ban
 * fracking[, an oil-and-gas extraction method]", "showed him ahead[, a
 * 16-point margin]".  PolNeAR leaves such appositions out of the
 * content: the writer's gloss, not the speaker's words.
 */
size_t
speech_span_tail_gloss(const struct qx *x, struct sent *t, size_t cs,
    size_t ce)
{
	const char *s = x->s;
	const char *comma, *e2;
	size_t p, q, n;

	/* the last comma (none: no gloss), and no quotation mark after it
	 * (memrchr: the content may run to the sentence's end) */
	if (ce <= cs || (comma = memrchr(s + cs, ',', ce - cs)) == NULL)
		return ce;
	p = (size_t)(comma - s) + 1;
	/* '"', or the third byte of a curly double quote (E2 80 9C/9D:
	 * 0x9C or 0x9D two bytes after an 0xE2, which may stand before
	 * p); the bytes are few, memchr finds the rare ones */
	if (memchr(s + p, '"', ce - p) != NULL)
		return ce;
	for (q = p >= 2 ? p - 2 : 0; q + 2 < ce && (e2 = memchr(s + q, 0xe2,
	    ce - 2 - q)) != NULL; q = (size_t)(e2 - s) + 1)
		if (((unsigned char)e2[2] == 0x9c ||
		    (unsigned char)e2[2] == 0x9d) && (size_t)(e2 - s) + 2 >= p)
			return ce;
	if (p <= cs + 1 || inside_quote(x, t, p - 1))
		return ce;
	q = p;
	while (q < ce && s[q] == ' ')
		q++;
	n = ce - q;
	if (!((n > 2 && s[q] == 'a' && s[q + 1] == ' ') ||
	    (n > 3 && s[q] == 'a' && s[q + 1] == 'n' && s[q + 2] == ' ') ||
	    (n > 4 && text_range_eq(s, q, q + 4, "the "))))
		return ce;
	/* a list ("on Israel, the Iranian deal and the court") or a clause
	 * ("when, or if, the Senate will vote") goes on the content, but
	 * for the gloss's own relative clause (", a move that could
	 * trigger ...", ", a charge that leaders denied") */
	if (!gloss_relative(s, q, ce) && tail_is_clause_or_list(s, q, ce))
		return ce;
	return speech_span_trim_end(s, cs, p - 1);
}

/* The word at p (letters, digits, apostrophes, hyphens) ends where? */
static size_t
word_end_at(const char *s, size_t p, size_t e)
{
	while (p < e && ((unsigned)(((unsigned char)s[p] | 0x20) - 'a') < 26 ||
	    (unsigned)((unsigned char)s[p] - '0') < 10 || s[p] == '\'' ||
	    s[p] == '-'))
		p++;
	return p;
}

static int
word_is(const char *s, size_t a, size_t b, const char *lit)
{
	return b - a == strlen(lit) && text_range_eq(s, a, b, lit);
}

/*
 * Does the word at [a, b) open a clause of its own after ", but", ",
 * and" or ", which" (conj 'b', 'a', 'w')?  After all three a past
 * verb ("and accused", "which drew") or he/she/they ("but he said");
 * after "but" also it, a capitalised word or an -s verb ("but Cook did
 * not say", "but insists"), PolNeAR's gold keeping these out of the
 * content three to five times out of four.
 */
static int
opens_own_clause(const char *s, size_t a, size_t b, char conj)
{
	size_t n = b - a;

	if (n == 0)
		return 0;
	if (word_is(s, a, b, "he") || word_is(s, a, b, "she") ||
	    word_is(s, a, b, "they"))
		return conj != 'a' || !word_is(s, a, b, "they");
	if (speech_ascii_lower((unsigned char)s[a]) && n > 4 &&
	    text_range_eq(s, b - 2, b, "ed") && !word_is(s, a, b, "indeed"))
		return 1;
	if (conj != 'b')
		return 0;
	if (word_is(s, a, b, "it") || ((unsigned)((unsigned char)s[a] - 'A') < 26 &&
	    !word_is(s, a, b, "I")))
		return 1;
	return speech_ascii_lower((unsigned char)s[a]) && n > 3 &&
	    s[b - 1] == 's' && s[b - 2] != 's' && s[b - 2] != 'u' &&
	    s[b - 2] != 'i' && !word_is(s, a, b, "sometimes") &&
	    !word_is(s, a, b, "always") && !word_is(s, a, b, "perhaps") &&
	    !word_is(s, a, b, "afterwards") && !word_is(s, a, b, "besides");
}

/*
 * The content [cs, ce) ends before ", but", ", and" or ", which" when
 * a clause of its own follows (opens_own_clause), outside quotes.
 */
size_t
speech_span_own_clause(const struct qx *x, struct sent *t, size_t cs,
    size_t ce)
{
	const char *s = x->s;
	const char *c;
	size_t p = cs, a, b;
	char conj;

	while (p < ce && (c = memchr(s + p, ',', ce - p)) != NULL) {
		p = (size_t)(c - s) + 1;
		a = p;
		while (a < ce && s[a] == ' ')
			a++;
		b = word_end_at(s, a, ce);
		if (word_is(s, a, b, "but"))
			conj = 'b';
		else if (word_is(s, a, b, "and"))
			conj = 'a';
		else if (word_is(s, a, b, "which"))
			conj = 'w';
		else
			continue;
		a = b;
		while (a < ce && s[a] == ' ')
			a++;
		b = word_end_at(s, a, ce);
		/* ", and" after an earlier comma may close a list
		 * ("better jobs, renovated schools, and repaired roads");
		 * ", which" before another comma is a relative clause inside
		 * the content ("primaries, which secured her the
		 * nomination, to congratulate him") */
		if ((conj == 'a' && memchr(s + cs, ',', p - 1 - cs) != NULL) ||
		    (conj == 'w' && memchr(s + b, ',', ce - b) != NULL))
			continue;
		if (opens_own_clause(s, a, b, conj) &&
		    !inside_quote(x, t, p - 1) &&
		    speech_span_trim_end(s, cs, p - 1) > cs)
			return speech_span_trim_end(s, cs, p - 1);
	}
	return ce;
}

/*
 * Content that opens its sentence starts after the writer's connective,
 * an adverb and its comma ("However,", "Still,", "In fact,", "In
 * contrast,", "Indeed,", "Meanwhile,").  "But", "And" and "So" are left:
 * PolNeAR's gold keeps them as often as not.
 */
/*
 * The end of the connective that opens the sentence at cs ("However",
 * "In fact"), or 0.
 */
static size_t
connective_end(const struct qx *x, struct sent *t, size_t cs)
{
	static const char *const comma_words[] = {
		"however", "still", "indeed", "meanwhile", "moreover",
		"nonetheless", "nevertheless",
	};
	const char *s = x->s;
	const struct text_word *w;
	size_t k;

	if (t->n < 2 || cs != t->w[0].start || !(t->w[0].flags & TEXT_W_CAP))
		return 0;
	w = &t->w[0];
	if (is_word(x, w, "in") && t->n > 2 && (is_word(x, &t->w[1], "fact") ||
	    is_word(x, &t->w[1], "contrast")))
		return t->w[1].end;
	for (k = 0; k < sizeof(comma_words) / sizeof(comma_words[0]); k++)
		if (w->end - w->start == strlen(comma_words[k]) &&
		    text_range_eq(s, w->start, w->end, comma_words[k]))
			return w->end;
	return 0;
}

/* Is [cs, ce) the sentence's connective alone ("Still, he said, ...")? */
int
speech_span_only_connective(const struct qx *x, struct sent *t, size_t cs,
    size_t ce)
{
	return connective_end(x, t, cs) == ce && ce != 0;
}

size_t
speech_span_skip_connective(const struct qx *x, struct sent *t, size_t cs,
    size_t ce)
{
	const char *s = x->s;
	size_t p = connective_end(x, t, cs);

	if (p == 0 || p >= ce || s[p] != ',')
		return cs;
	p++;
	while (p < ce && s[p] == ' ')
		p++;
	return p < ce ? p : cs;
}

/* Is w a conjunction that joins a clause of its own to the content
 * before it ("and", "but", "while", "though", "although", "whereas",
 * "yet")? */
static int
is_clause_conj(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit conj[] =
	    SPEECH_WORDS(SPEECH_WORDS_CLAUSE_CONJ);

	return speech_range_in(x->s, w->start, w->end, conj,
	    sizeof(conj) / sizeof(conj[0]));
}

/*
 * Is word i a subordinator that opens a clause of its own when a subject
 * and a cue follow it: "because he worries [...]", "even as he
 * understands [...]"?  The reason or the concession is the writer's
 * link between two attitudes, each its own attribution, not part of the
 * first one's content.  "as" only after "even" (a bare "as" is the
 * writer's "as X reported", a source of the content before it).
 */
static int
subordinate_own(const struct qx *x, struct sent *t, size_t i)
{
	if (is_word(x, &t->w[i], "because"))
		return 1;
	return i > 0 && is_word(x, &t->w[i], "as") &&
	    is_word(x, &t->w[i - 1], "even") &&
	    text_gap_is_blank(x->s, t->w[i - 1].end, t->w[i].start);
}

/* Does a dash set off by blanks (" - ", " -- ", " — ", " – ") stand in
 * [a, b)? */
static int
dash_after(const char *s, size_t a, size_t b)
{
	size_t p;

	for (p = a; p + 2 < b; p++)
		if (s[p] == ' ' && (s[p + 1] == '-' || ((unsigned char)s[p + 1] ==
		    0xe2 && p + 3 < b && (unsigned char)s[p + 2] == 0x80 &&
		    ((unsigned char)s[p + 3] == 0x94 ||
		    (unsigned char)s[p + 3] == 0x93))))
			return 1;
	return 0;
}

/*
 * Does the comma before word j close a phrase that a subordinator or a
 * preposition opens at the start of the content's clause (lo, or the
 * comma before; past a "that"): "that [after the rape], Bill Clinton
 * called her", "[despite being a Stanford alumna], she plans"?  The
 * clause after it is the content's own main clause.
 */
static int
closes_fronted(const struct qx *x, struct sent *t, size_t j, size_t lo)
{
	static const struct speech_lit subs[] = {
		SPEECH_LIT("when"), SPEECH_LIT("after"), SPEECH_LIT("because"),
		SPEECH_LIT("if"), SPEECH_LIT("while"), SPEECH_LIT("although"),
		SPEECH_LIT("though"), SPEECH_LIT("since"), SPEECH_LIT("before"),
		SPEECH_LIT("until"), SPEECH_LIT("once"), SPEECH_LIT("whenever"),
		SPEECH_LIT("unless"), SPEECH_LIT("despite"), SPEECH_LIT("given"),
		SPEECH_LIT("during"), SPEECH_LIT("as"), SPEECH_LIT("even"),
	};
	size_t m = j - 1;

	while (m > 0 && t->w[m - 1].start >= lo &&
	    speech_char_before(x->s, t->w[m - 1].end, t->w[m].start, NULL) !=
	    ',')
		m--;
	if (is_word(x, &t->w[m], "that") && m + 1 < j)
		m++;
	return speech_range_in(x->s, t->w[m].start, t->w[m].end, subs,
	    sizeof(subs) / sizeof(subs[0]));
}

/*
 * Where content that opened at lo ends when another attribution's clause
 * opens at word j: before a comma, a semicolon or a dash and the
 * conjunction after it (", though she noted", "; 46 percent said", " —
 * asserting"), or before the bare conjunction when the clause has a
 * subject of its own (own 1: "and Trump says", "while Sanders suggests")
 * or is a participle coordinated with "and" or "but" (own 2: "but
 * warning"; "while talking" is the content's adverbial).  0 when
 * nothing links the two so; *bare says the link is the conjunction
 * alone.
 */
static size_t
attribution_link(const struct qx *x, struct sent *t, size_t j, size_t lo,
    size_t hi, int own, int *bare)
{
	const char *s = x->s;
	size_t at;
	uint32_t c;
	int conj = 0;

	*bare = 0;
	/* a sentence adverb between the conjunction or the comma and the
	 * clause's own subject is the new clause's ("but ultimately Prager
	 * thinks", ", even some allies questioned") */
	if (own == 1 && j > 1 && speech_is_adverb(x, t, j - 1) &&
	    ((is_clause_conj(x, &t->w[j - 2]) && text_gap_is_blank(s,
	    t->w[j - 2].end, t->w[j - 1].start)) || speech_char_before(s,
	    t->w[j - 2].end, t->w[j - 1].start, NULL) == ',') &&
	    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start))
		j--;
	if (j > 0 && (is_clause_conj(x, &t->w[j - 1]) ||
	    (own == 1 && subordinate_own(x, t, j - 1))) &&
	    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start)) {
		j--;
		conj = 1;
		/* "even as", "even though" */
		if (j > 0 && is_word(x, &t->w[j - 1], "even") &&
		    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start))
			j--;
	}
	if (j == 0 || t->w[j - 1].end <= lo)
		return 0;
	c = speech_char_before(s, t->w[j - 1].end, t->w[j].start, &at);
	/* a comma set inside the closing mark of a quoted fragment, as
	 * American copy sets it ("[he \"loves China,\"] he also accuses") */
	if (own == 1 && (c == '"' || c == 0x201D) && at > lo + 4 &&
	    s[at - (c == '"' ? 2 : 4)] == ',')
		return speech_span_trim_end(s, lo, at);
	if (c == ',' && closes_fronted(x, t, j, lo))
		return 0;
	if (c == ',' || c == ';')
		return speech_span_trim_end(s, lo, at - 1);
	if (text_is_dash(c)) {
		/* a dash that another closes is a parenthesis ("argued
		 * emphatically - rebuking Mr. Trump by name - that ...") */
		if (dash_after(s, t->w[j].start, hi))
			return 0;
		(void)utf8_prev(s, &at);
		while (at > lo && s[at - 1] == '-')
			at--;		/* "--" */
		return speech_span_trim_end(s, lo, at);
	}
	if (!conj || !own || (own == 2 && !is_word(x, &t->w[j], "and") &&
	    !is_word(x, &t->w[j], "but")))
		return 0;
	*bare = 1;
	return speech_span_trim_end(s, lo, t->w[j].start);
}

/*
 * Does the attribution of the cue at word k, a its subject, open a clause
 * linked to the content of one of the sentence's items (from `first` on)
 * that runs over it (attribution_link)?  Its clause opens at its own
 * subject when one stands inside that content, else at the cue.  The
 * item's index goes to *qi, where its content ends to *end, and whether
 * a bare conjunction links them to *bare.  "when,
 * he said, protesters would" is a parenthesis inside the content, no
 * clause of its own.
 */
int
speech_span_linked(const struct qx *x, struct sent *t, size_t first,
    size_t k, const struct attr *a, size_t *qi, size_t *end, int *bare)
{
	size_t cue = t->w[k].start, j, n;
	int own;

	for (n = first; n < x->out->n; n++) {
		const struct quote *q = &x->out->v[n];

		if (q->kind != QUOTE_INDIRECT || q->start >= cue ||
		    q->end <= cue)
			continue;
		/* speech after a colon is the speaker's to its end ("Kim
		 * said: The friendship ..., and the Korean people will never
		 * forget ...") */
		if (speech_char_before(x->s, t->ss, q->start, NULL) == ':')
			return 0;
		/* the clause's own subject, inside the content */
		j = k;
		own = 0;
		if (a->found && a->me > a->ms && a->ms > q->start &&
		    a->ms < cue) {
			while (j > 0 && t->w[j].start > a->ms)
				j--;
			own = t->w[j].start == a->ms;
			if (!own)
				j = k;
		}
		if (own && speech_char_before(x->s, t->w[k].end,
		    k + 1 < t->n ? t->w[k + 1].start : t->w[k].end, NULL) ==
		    ',')
			return 0;
		*end = attribution_link(x, t, j, q->start, q->end, own ? 1 :
		    speech_ends_with(x, &t->w[k], "ing") ? 2 : 0, bare);
		*qi = n;
		return *end >= q->start + CONTENT_CUT_MIN;
	}
	return 0;
}

/*
 * An attribution the sentence takes after an item whose content runs
 * over it ends that content: "[she respects Sanders' "passion and
 * commitment"] but argues that ...", "[he would release his information
 * on Friday], calling them ...", "[there appeared to be a lack of
 * willfulness], whereas Petraeus acknowledged ...".  The later item is
 * the last of x->out, taken for the cue at word k with the attribution
 * a; the earlier one is cut where speech_span_linked says, if its
 * content does not end before the later one's starts.  PolNeAR splits
 * the two contents; a verb coordinated with no subject of its own and
 * no mark before it ("and questioned") is left, gold joining and
 * splitting those alike.
 */
void
speech_span_end_at_attribution(struct qx *x, struct sent *t, size_t first,
    size_t k, const struct attr *a)
{
	const struct quote *b = &x->out->v[x->out->n - 1];
	size_t qi, end;
	int bare;

	if (b->kind != QUOTE_INDIRECT || x->out->n < first + 2 ||
	    !speech_span_linked(x, t, first, k, a, &qi, &end, &bare) ||
	    qi + 1 >= x->out->n || b->start >= x->out->v[qi].end)
		return;
	speech_out_set_end(x, qi, end);
}
