/*
 * speech_continued.c — speech carried on past its cue's sentence: a
 * sentence with no cue of its own that goes on, in the speaker's quoted
 * words, with the speech of the sentence before it in the same
 * paragraph is one item, that speech's speaker's.
 *
 * This file owns that rule (speech_continued_fragment, asked by the
 * sentence reader in speech.c of each sentence with one quote, no cue
 * and no item of the rules).  Plain sentences with no quote marks that
 * go on with the speech before them are not taken (docs/extraction.md,
 * Known limits).
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/*
 * Words in [a, b), up to max: runs of bytes that are neither ASCII
 * blanks nor ASCII quote marks (a mark beyond ASCII counts with its
 * word).  The rule asks only whether a count passes a bound.
 */
static size_t
words_in(const char *s, size_t a, size_t b, size_t max)
{
	size_t n = 0;
	int in = 0;

	for (; a < b && n <= max; a++) {
		int blank = s[a] == ' ' || s[a] == '\t' || s[a] == '\n' ||
		    s[a] == '"' || s[a] == '\'';

		n += !blank && !in;
		in = !blank;
	}
	return n;
}

/*
 * Is [a, b) written in Title Case: every word capitalised, a number or a
 * small word of titles ("of", "the", "for")?  Such a fragment names a
 * thing, a film, a slogan, a group ("The Lord of the Rings", "Make
 * America Great Again", "Indian Americans for Hillary 2008"): it is no
 * one's speech, whatever its length, while the speech a sentence carries
 * on is a clause in lower case.  The scan stops at the first word that
 * is not so.
 */
int
speech_continued_title_case(const char *s, size_t a, size_t b)
{
	struct text_word w;
	size_t p = a;

	while (text_word_next(s, b, &p, &w))
		if (!(w.flags & (TEXT_W_CAP | TEXT_W_DIGIT)) &&
		    !lexicon_is(s, &w, LX_TSMALL))
			return 0;
	return 1;
}

/*
 * Does a noun that names a text, a work or a sign stand right before the
 * opening mark at `open` (a comma or a colon between): "The newspaper ran
 * the headline "Smith to quit by Friday"", "a banner reading"?  Its
 * quoted words are a title or a label, no one's speech (PolNeAR's
 * guidelines: no title quotes), whatever their case.
 */
static int
names_a_text(const char *s, size_t ss, size_t open)
{
	static const struct speech_lit noun[] =
	    SPEECH_WORDS(SPEECH_WORDS_TEXT_NOUN);
	struct text_word w;
	size_t q = open;

	return text_word_prev(s, ss, &q, &w) &&
	    speech_range_in(s, w.start, w.end, noun,
	    sizeof(noun) / sizeof(noun[0]));
}

/*
 * A sentence that carries on the speech of the sentence before it in
 * the speaker's own quoted words: no cue of the narrator's, one quoted
 * fragment of CONTINUED_WORDS_MIN words or more that opens it (after at
 * most CONTINUED_LEAD_MAX words: "But", "Instead,", "Unless rivals quit
 * the race,") or closes it, not in Title Case
 * (speech_continued_title_case) nor after a noun that names a text
 * (names_a_text), no speaker for that fragment, and in the sentence
 * before, in the same paragraph, an item with a speaker (a direct quote
 * or reported speech): ""It's an enormous moment," said Steve Schmidt.
 * [Unless rivals quit the race, "it's very difficult to see how he is
 * stopped."]".  The whole sentence is one item, the
 * speaker the item's before it, as PolNeAR annotates a content that goes
 * on past its cue's sentence (PARC's guidelines, which it follows: the
 * source of a content with no cue of its own is the attribution it
 * continues); the quote marks make the words someone's, and the
 * paragraph names no one else.  Plain sentences with no marks are not
 * taken: PolNeAR annotates few of those (docs/extraction.md).  The
 * sentence before starts at speech.prev_ss; items after the sentence's
 * start are this sentence's or later ones, passed over.
 */
#define CONTINUED_WORDS_MIN	4	/* a scare quote is shorter:
					 * "kitchen sink" (a title of any
					 * length is title_case's) */
#define CONTINUED_LEAD_MAX	3	/* a connective and a short phrase;
					 * past that, a clause of its own */
#define CONTINUED_ITEMS_BACK	SPEECH_QUOTES_MAX	/* the quotes of
					 * one sentence, read back over */

int
speech_continued_fragment(struct qx *x, struct sent *t)
{
	const char *s = x->s;
	const struct quote *p = NULL;
	const struct speech_quote *f;
	size_t k, e, pk = 0;
	struct attr a;

	if (t->nq != 1 || t->ncues != 0 || t->cues_overflow)
		return 0;
	f = speech_sq_at(x, t, 0);
	if (f->direct || f->start < t->ss ||
	    x->out->v[f->idx].speaker.p != NULL)
		return 0;
	/* the item before the sentence: not a fragment */
	for (k = x->out->n; k > 0 && x->out->n - k < CONTINUED_ITEMS_BACK;
	    k--) {
		const struct quote *q = &x->out->v[k - 1];

		if (q->start >= t->ss || q->kind == QUOTE_PARTIAL)
			continue;
		p = q;
		pk = k - 1;
		break;
	}
	if (p == NULL || p->speaker.p == NULL || p->end > t->ss ||
	    p->end <= x->speech.prev_ss ||
	    memchr(s + p->end, '\n', t->ss - p->end) != NULL)
		return 0;
	/* the fragment opens the sentence, or closes it (stops and blanks
	 * after it) */
	for (e = f->end; e < t->se && (s[e] == '.' || s[e] == '!' ||
	    s[e] == '?' || s[e] == ' '); e++)
		;
	if ((e < t->se && words_in(s, t->ss, f->start, CONTINUED_LEAD_MAX) >
	    CONTINUED_LEAD_MAX) || words_in(s, f->start, f->end,
	    CONTINUED_WORDS_MIN) < CONTINUED_WORDS_MIN ||
	    speech_continued_title_case(s, f->start, f->end) ||
	    names_a_text(s, t->ss, f->start))
		return 0;
	/* the speaker is the item's before, so for the fragment and the
	 * speech after */
	if (speech_emit_as(x, t, t->ss, t->se, pk, &a, &k) == -1)
		return -1;
	if (k != SPEECH_NO_ITEM) {
		x->out->v[f->idx].speaker = x->out->v[k].speaker;
		speech_hand_on(x, x->out->v[k].end, &a, x->out->v[k].speaker);
	}
	return 0;
}
