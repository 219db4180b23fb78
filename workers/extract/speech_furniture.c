/*
 * speech_furniture.c — page furniture: the lines of a scraped page that
 * are not sentences of the story, so nothing in them is reported speech.
 *
 * A scraped article carries, besides the story, what the page put around
 * it: links to other stories ("RELATED Athletes of North, South Korea
 * show friendlier side during Rio Olympics"), lists of headlines under
 * "Popular Now", section headings, and calls to the reader ("Please let
 * us know if you're having issues with commenting.").  Their verbs are
 * words of speech as often as a story's, but no one in the story says
 * them: a headline of another story reports that story's speech, and a
 * call to the reader asks the reader to speak.  The principles:
 *
 *   - a line below the title that opens with a link label (RELATED,
 *     READ MORE, SEE ALSO, "Related:") points to another story;
 *   - once the story has begun (a sentence past the title line has
 *     ended with a stop), a short line of its own with no end
 *     punctuation is a heading, a link or a menu entry, not a sentence
 *     (news sentences end with a stop; the title and the deck above
 *     the story, which PolNeAR annotates as the story's speech, come
 *     before any);
 *   - an imperative addressed to the reader ("Let us know ...", "Tell
 *     us ...", "Sign up ...") is the page's call to action.
 *
 * speech.c asks speech_furniture_line of every sentence before its rules
 * (its test in speech_int.h passes over a sentence inside a paragraph
 * once the story has begun, most of them), and analyse asks
 * speech_furniture_call of each sentence that holds a cue, once its
 * words are read.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/*
 * Does the sentence end with a stop, which ends a story's sentences
 * (past closing marks and brackets: "...,” he said.", "(AP).")?
 */
static int
ends_with_stop(const char *s, size_t ss, size_t se)
{
	while (se > ss && (s[se - 1] == ')' || s[se - 1] == ']' ||
	    s[se - 1] == '"' || s[se - 1] == '\''))
		se--;
	/* a closing curly mark: U+201D, U+2019 */
	while (se >= ss + 3 && (unsigned char)s[se - 3] == 0xE2 &&
	    (unsigned char)s[se - 2] == 0x80 &&
	    ((unsigned char)s[se - 1] == 0x9D ||
	    (unsigned char)s[se - 1] == 0x99))
		se -= 3;
	return se > ss && (s[se - 1] == '.' || s[se - 1] == '!' ||
	    s[se - 1] == '?');
}

/* The words of link labels: "RELATED", "READ MORE", "SEE ALSO", "ALSO
 * READ", "MORE ON THIS". */
static const struct speech_lit link_words[] = {
	SPEECH_LIT("related"), SPEECH_LIT("read"), SPEECH_LIT("more"),
	SPEECH_LIT("see"), SPEECH_LIT("also"),
};

/*
 * Does the line at ss open with a link label: "RELATED", "READ MORE" in
 * capitals, or "Related:", "Read more:", "See also:" before a colon?
 * One or two of link_words.
 */
static int
link_label(const struct qx *x, size_t ss, size_t le)
{
	const char *s = x->s;
	struct text_word w[2];
	size_t p = ss, n, k;

	for (n = 0; n < 2 && text_word_next(s, le, &p, &w[n]) &&
	    speech_range_in(s, w[n].start, w[n].end, link_words,
	    sizeof(link_words) / sizeof(link_words[0])); n++)
		if (n > 0 && !text_gap_is_blank(s, w[0].end, w[1].start))
			break;
	/* one word is a label only as "RELATED" ("More than 6 in 10
	 * voters said", "See the video" are sentences) */
	if (n == 0 || (n == 1 && !is_word(x, &w[0], "related")))
		return 0;
	/* in capitals: every word of the label */
	for (k = 0; k < n && (w[k].flags & TEXT_W_ALLCAP); k++)
		;
	if (k == n)
		return 1;
	/* "Related:", "Read more:", "See also:" */
	return w[n - 1].end < le && s[w[n - 1].end] == ':';
}

/* Blanks before a line's first word: a list's indent ("  • BMW's
 * Next-Gen EV"). */
#define INDENT_BYTES_MAX	8

/* Does the sentence at ss open its line, past an indent of blanks? */
static int
opens_line(const char *s, size_t ss)
{
	size_t p = ss;

	while (p > 0 && ss - p < INDENT_BYTES_MAX &&
	    (s[p - 1] == ' ' || s[p - 1] == '\t'))
		p--;
	return p == 0 || s[p - 1] == '\n';
}

/* Is the line at p (past its indent) shaped as a heading: at most
 * HEADING_BYTES_MAX bytes to its break, a letter or a digit at its end,
 * not opening in lower case? */
static int
heading_shaped(const char *s, size_t len, size_t p)
{
	const char *nl;
	size_t e, lim;

	while (p < len && (s[p] == ' ' || s[p] == '\t'))
		p++;
	if (p >= len || speech_ascii_lower((unsigned char)s[p]))
		return 0;
	lim = len - p < HEADING_BYTES_MAX + 1 ? len : p + HEADING_BYTES_MAX +
	    1;
	nl = memchr(s + p, '\n', lim - p);
	if (nl == NULL && lim < len)
		return 0;
	e = nl == NULL ? len : (size_t)(nl - s);
	while (e > p && (s[e - 1] == ' ' || s[e - 1] == '\t' ||
	    s[e - 1] == '\r'))
		e--;
	return e > p && speech_ascii_alnum((unsigned char)s[e - 1]);
}

/*
 * Is the sentence t, which opens a line ending at le and is at most
 * HEADING_BYTES_MAX bytes with a letter or a digit at its end (no stop,
 * no mark: speech_furniture_line_read has checked), a heading: the whole
 * line, and a paragraph of its own (a blank line or the text's end after
 * it, the next paragraph not going on in lower case), or an entry of a
 * list (the next line shaped as a heading too: "Latest Headlines⏎Trump
 * says tariffs will stay⏎Biden says the economy is strong")?  A
 * hard-wrapped sentence breaks its line with no blank line, and its next
 * line goes on in lower case or ends with the stop ("Jones said the plan
 * would fail in the\nSenate next week.", "an act of terrorism and a
 * hate\ncrime, reiterated ...").
 */
static int
heading(const struct qx *x, const struct sent *t, size_t le)
{
	const char *s = x->s;
	size_t e = le, p, breaks = 0;

	while (e > t->ss && (s[e - 1] == ' ' || s[e - 1] == '\t' ||
	    s[e - 1] == '\r'))
		e--;
	if (t->se != e)
		return 0;
	for (p = le; p < x->len && (s[p] == '\n' || s[p] == '\r' ||
	    s[p] == ' ' || s[p] == '\t'); p++)
		breaks += s[p] == '\n';
	if (p >= x->len)
		return 1;
	if (speech_ascii_lower((unsigned char)s[p]))
		return 0;
	return breaks >= 2 || heading_shaped(s, x->len, p);
}

/* The end of the body's first line, its title (past leading blanks):
 * found once, a search of that line. */
static __attribute__((noinline)) size_t
title_end_find(struct qx *x)
{
	struct speech_state *st = &x->speech;
	const char *s = x->s, *nl;
	size_t p = 0;

	while (p < x->len && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' ||
	    s[p] == '\r'))
		p++;
	nl = memchr(s + p, '\n', x->len - p);
	st->title_end = (nl == NULL ? x->len : (size_t)(nl - s)) + 1;
	return st->title_end - 1;
}

static inline size_t
title_end(struct qx *x)
{
	return x->speech.title_end != 0 ? x->speech.title_end - 1 :
	    title_end_find(x);
}

/*
 * Is the sentence t furniture by its line?  speech_furniture_line (in
 * speech_int.h) has passed over the sentences inside a paragraph once
 * the story has begun.  Only a line below the title is furniture, and a
 * line's words are read only when its first bytes may be a link
 * label's, or when it may be a heading (short, a letter or a digit at
 * its end): most lines are neither.
 */
int
speech_furniture_line_read(struct qx *x, const struct sent *t)
{
	struct speech_state *st = &x->speech;
	const char *s = x->s;
	size_t le;
	int label, head;

	/* the story begins with its first sentence past the title that
	 * ends with a stop (a title may end with one) */
	if (!st->story && ends_with_stop(s, t->ss, t->se) &&
	    t->ss > title_end(x))
		st->story = 1;
	if (!opens_line(s, t->ss))
		return 0;
	label = speech_furniture_may_be_label(s, t->ss, x->len);
	head = st->story && t->se > t->ss &&
	    t->se - t->ss <= HEADING_BYTES_MAX &&
	    speech_ascii_alnum((unsigned char)s[t->se - 1]);
	if ((!label && !head) || t->ss <= title_end(x))
		return 0;
	le = speech_para_end(x, t->ss);
	return (label && link_label(x, t->ss, le)) || (head &&
	    heading(x, t, le));
}

/*
 * Does the quote at pos stand in a line below the title that opens with
 * a link label ("RELATED Trump: "I will win""): a headline of another
 * story, whose quote is no speech of this one?  The line's start is
 * looked for at most HEADING_BYTES_MAX bytes back (a link line is a
 * headline); its first bytes are tested before its words are read.
 */
int
speech_furniture_link_at(struct qx *x, size_t pos)
{
	const char *s = x->s;
	size_t lo = pos > HEADING_BYTES_MAX ? pos - HEADING_BYTES_MAX : 0, ls;
	const char *nl;

	nl = memrchr(s + lo, '\n', pos - lo);
	if (nl == NULL)
		return 0;
	ls = (size_t)(nl - s) + 1;
	return ls < pos && speech_furniture_may_be_label(s, ls, x->len) &&
	    ls > title_end(x) && link_label(x, ls, pos);
}

/* The verbs of a call to the reader and the word after each: "Tell
 * us", "Email us", "Sign up", "Subscribe to", "Click here"; "Let us" and
 * "Let me" with "know" after them.  A pair, so that a sentence opening
 * with the verb in another sense ("Let me be clear", "Share prices fell",
 * "Follow the money") is not one. */
struct call {
	struct speech_lit verb, next;
};

static const struct call calls[] = {
	{ SPEECH_LIT("let"), SPEECH_LIT("us") },
	{ SPEECH_LIT("let"), SPEECH_LIT("me") },
	{ SPEECH_LIT("tell"), SPEECH_LIT("us") },
	{ SPEECH_LIT("email"), SPEECH_LIT("us") },
	{ SPEECH_LIT("e-mail"), SPEECH_LIT("us") },
	{ SPEECH_LIT("write"), SPEECH_LIT("us") },
	{ SPEECH_LIT("send"), SPEECH_LIT("us") },
	{ SPEECH_LIT("contact"), SPEECH_LIT("us") },
	{ SPEECH_LIT("join"), SPEECH_LIT("us") },
	{ SPEECH_LIT("follow"), SPEECH_LIT("us") },
	{ SPEECH_LIT("sign"), SPEECH_LIT("up") },
	{ SPEECH_LIT("subscribe"), SPEECH_LIT("to") },
	{ SPEECH_LIT("click"), SPEECH_LIT("here") },
	{ SPEECH_LIT("share"), SPEECH_LIT("your") },
};
/* The first two pairs, "let": a call only with "know" after. */
#define CALL_LET	2

/* The words after the verb of a call (the pairs' second words): the
 * word after a sentence's first is tested against these first, and
 * most sentences end the test there. */
static const struct speech_lit call_next[] = {
	SPEECH_LIT("us"), SPEECH_LIT("me"), SPEECH_LIT("up"),
	SPEECH_LIT("to"), SPEECH_LIT("here"), SPEECH_LIT("your"),
};

/*
 * Does the sentence open with a call to the reader, an imperative: the
 * verb and the word of a pair of calls, first or after "Please" ("Please
 * let us know if you're having issues with commenting.")?  An imperative
 * has no subject, so the pair opens the sentence.  The sentence's first
 * byte is its first word's: a quote's sentence ("“Let us know,” she
 * said") is no call.  Read from the sentence's words, after
 * speech_cue_read_words.
 */
int
speech_furniture_call(const struct qx *x, const struct sent *t)
{
	const char *s = x->s;
	const struct text_word *v, *n;
	size_t k, j;

	if (t->n < 3 || t->w[0].start != t->ss)
		return 0;
	j = is_word(x, &t->w[0], "please") ? 1 : 0;
	if (j + 2 >= t->n)
		return 0;
	v = &t->w[j];
	n = &t->w[j + 1];
	if (!speech_range_in(s, n->start, n->end, call_next,
	    sizeof(call_next) / sizeof(call_next[0])) ||
	    !(t->w[0].flags & TEXT_W_CAP) ||
	    !text_gap_is_blank(s, v->end, n->start))
		return 0;
	for (k = 0; k < sizeof(calls) / sizeof(calls[0]); k++)
		if (speech_range_in(s, v->start, v->end, &calls[k].verb, 1) &&
		    speech_range_in(s, n->start, n->end, &calls[k].next, 1))
			return k >= CALL_LET || is_word(x, &t->w[j + 2],
			    "know");
	return 0;
}
