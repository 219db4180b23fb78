/*
 * speech_handed.c — the attribution the quote pass hands to the sentence
 * reader: a sentence that is only a direct quote and the attribution
 * read right after its closing mark (""...," Smith said.", ""...," said
 * Smith, a lawyer in Ohio.") is read here, without the rules, in the
 * shapes the rules read as the quote pass does; the speaker is handed on
 * to the quotes after it.
 *
 * This file owns that test (speech_handed_read, asked through
 * speech_handed_attribution of each sentence with a cue, before
 * analyse) and the byte tests of the mention and the words after the
 * cue it is written in.  What the quote pass hands over is kept by
 * speech_note_quote (speech.c).
 */
#include <stdint.h>
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/*
 * Is [a, b) a pronoun or a name: one word of ASCII letters ("he",
 * "Rubio"), or capitalised words of ASCII letters, each after one space,
 * an abbreviation's period allowed ("Mr. Rubio", "Sen. Jack Reed",
 * "Donald J. Trump"), no article ("A Spokesman": a nominal)?
 */
static int
plain_mention(const char *s, size_t a, size_t b)
{
	size_t len = 0;
	int words = 1, caps = 1, single = 0;

	if (a >= b)
		return 0;
	for (; a < b; a++) {
		unsigned char c = (unsigned char)s[a];

		if (c == ' ' && len > 0 && a + 1 < b) {
			single |= len == 1;
			words++;
			len = 0;
			continue;
		}
		if (c == '.' && len > 0 && (a + 1 == b || s[a + 1] == ' ')) {
			len = 2;	/* an initial */
			continue;
		}
		if ((unsigned)((c | 0x20) - 'a') >= 26)
			return 0;
		if (len++ == 0 && (unsigned)(c - 'A') >= 26)
			caps = 0;
	}
	return words == 1 || (caps && !single);
}

/*
 * Is [a, b) "the" and lower-case ASCII words, one space between ("the
 * official", "the company", "the letter")?  The rules read such a
 * mention right before a cue that ends the sentence as the quote pass
 * does; with words after the cue they may read a bare noun phrase or a
 * relative ("the people who") as they do not.
 */
static int
nominal_mention(const char *s, size_t a, size_t b)
{
	size_t p;

	if (b < a + 6 || memcmp(s + a, "the ", 4) != 0)
		return 0;
	for (p = a + 4; p < b; p++)
		if (!(s[p] == ' ' && s[p - 1] != ' ') &&
		    (unsigned)(s[p] - 'a') >= 26)
			return 0;
	return 1;
}

/*
 * Does the byte range [a, b) hold "cc" in any case?  "according" does:
 * a sentence without it is read by no "according to" rule.
 */
static int
holds_cc(const char *s, size_t a, size_t b)
{
	for (; a + 1 < b; a++)
		if ((s[a] | 0x20) == 'c' && (s[a + 1] | 0x20) == 'c')
			return 1;
	return 0;
}

/*
 * The sentence holds one direct quote, the one the quote pass read an
 * attribution after (st->handed), and nothing else of the narrator's
 * but that attribution: the quote opens the sentence, the
 * attribution's cue is the sentence's one cue (a verb of speech, not a
 * noun as often: "report", "state", speech_cue_is_known), and only
 * commas and spaces stand between the closing mark and the
 * attribution.  The quote, or NULL.
 */
static const struct speech_quote *
handed_quote(const struct qx *x, struct sent *t)
{
	const struct speech_state *st = &x->speech;
	const struct attr *h = &st->handed;
	const struct speech_quote *q;
	size_t p, cs, at;

	if (!st->have_handed || t->nq != 1 || t->ncues != 1 ||
	    t->cues_overflow || t->nnouns != 0 ||
	    !(t->cues[0].lx & LX_CUE) ||
	    (t->cues[0].lx & (LX_ORG | LX_TITLE)))
		return NULL;
	q = speech_sq_at(x, t, 0);
	cs = (size_t)(h->cue.p - x->s);
	if (q->start != st->handed_quote || q->start != t->ss ||
	    !q->direct || t->cues[0].start != cs ||
	    t->cues[0].end != cs + h->cue.len)
		return NULL;
	at = h->ms < cs ? h->ms : cs;
	if (at < q->end)
		return NULL;
	for (p = q->end; p < at; p++)
		if (x->s[p] != ' ' && x->s[p] != ',')
			return NULL;
	return q;
}

/* Is the word of wl bytes ending at e "that", in any case? */
static int
is_that(const char *s, size_t e, size_t wl)
{
	return wl == 4 && (s[e - 4] | 0x20) == 't' &&
	    (s[e - 3] | 0x20) == 'h' && (s[e - 2] | 0x20) == 'a' &&
	    (s[e - 1] | 0x20) == 't';
}

/*
 * After the sentence's one cue, words that take no content and read as
 * none of the rules' forms: ASCII letters, digits, apostrophes, hyphens
 * and periods inside abbreviations, one space between, and the stop ("said
 * Tuesday.", "said in a statement.").  Not after a cue whose object or
 * preposition the rules read as content (a stance, an intent, a light
 * verb: "urged Iraqis in a radio address"; a prepositional cue before
 * its preposition: "wrote about", not "wrote in a letter"), one that
 * reports only with "that", a report or a raising verb, nor a
 * participle; no "that" (the content's opening) and no "according"
 * among the words.
 */
static int
plain_tail(const struct qx *x, struct sent *t)
{
	const char *s = x->s;
	const struct sent_cue *c = &t->cues[0];
	size_t p = c->end, wl = 0;

	if ((c->lx & (LX_STANCE | LX_INTENT | LX_LIGHT | LX_THATCUE |
	    LX_REPORT | LX_RAISE)) || ((c->lx & LX_PREPCUE) &&
	    speech_prep_pair_at(s, t->se, c->start, c->end)) ||
	    (c->end - c->start > 3 && memcmp(s + c->end - 3, "ing", 3) == 0) ||
	    t->se < p + 3 || s[p] != ' ' || s[t->se - 1] != '.' ||
	    holds_cc(s, p, t->se))
		return 0;
	for (p++; p < t->se - 1; p++) {
		unsigned char b = (unsigned char)s[p];

		if (b == ' ') {
			/* one space, after a word that is not "that" */
			if (wl == 0 || is_that(s, p, wl))
				return 0;
			wl = 0;
			continue;
		}
		/* a period inside a word only ("U.S"): the rules read
		 * "that." as "that" */
		if ((unsigned)((b | 0x20) - 'a') >= 26 &&
		    (unsigned)(b - '0') >= 10 && b != '\'' && b != '-' &&
		    !(b == '.' && (unsigned)((s[p + 1] | 0x20) - 'a') < 26))
			return 0;
		wl++;
	}
	return wl > 0 && !is_that(s, p, wl);
}

/*
 * Is the sentence only a direct quote and the attribution the quote pass
 * read right after its closing mark (handed_quote), in one of two
 * shapes the rules read as the quote pass did?
 * - A name or a pronoun, the cue, the stop (""...," Smith said.",
 *   ""...," he added."): the rules would read those words again, find
 *   that the content is the quote, and only hand the speaker on to the
 *   quotes after it (speech_form_cue_forward's quote_attributed).  The
 *   quote pass's attribution is handed on instead.
 * - The cue first, then the mention and any words with no cue among
 *   them (""...," said Smith, a lawyer in Ohio."): the rules find no
 *   subject before the sentence's first word and take nothing; the
 *   quote pass gave the quote its speaker.  Nothing is done.
 * The rules are not run.  Each test below keeps to a shape the rules
 * read so (a check build that ran the rules as well and compared found
 * no difference: docs/extraction.md); a new rule that reads these
 * sentences must be excluded here.  1 when the sentence was read so.
 */
int
speech_handed_read(struct qx *x, struct sent *t)
{
	const struct speech_state *st = &x->speech;
	const struct attr *h = &st->handed;
	const struct speech_quote *q;
	const char *s = x->s;
	struct attr a;
	struct text_word w;
	size_t cs;
	int tail;

	if ((q = handed_quote(x, t)) == NULL)
		return 0;
	cs = t->cues[0].start;
	/* the cue first: not a participle (", saying X": its subject is
	 * the clause's, which the participle rule looks for), and no
	 * "according to" after it (its rule reads any sentence that holds
	 * one) */
	if (h->ms > cs)
		return !(h->cue.len > 3 &&
		    memcmp(h->cue.p + h->cue.len - 3, "ing", 3) == 0) &&
		    !holds_cc(s, t->cues[0].end, t->se);
	/* no comma after the closing mark ("\"...\", Smith said."): the
	 * rules read the clause closed there as a closer's content, which
	 * is the quote, and hand nothing on */
	if (memchr(s + q->end, ',', h->ms - q->end) != NULL)
		return 0;
	/* the stop right after the cue ends the sentence, or plain words
	 * do: "said Tuesday.", "said in a statement.", "told reporters." */
	tail = !(t->se == t->cues[0].end + 1 && s[t->se - 1] == '.');
	if (tail && !plain_tail(x, t))
		return 0;
	/* the mention one space before the cue, a name or a pronoun, or
	 * a noun phrase before a cue that ends the sentence; not a
	 * quantifier ("Few said": a bare subject to the rules) */
	w.start = h->ms;
	w.end = h->me;
	w.flags = 0;
	if (h->me + 1 != cs || s[h->me] != ' ' ||
	    !(plain_mention(s, h->ms, h->me) ||
	    (!tail && nominal_mention(s, h->ms, h->me))) ||
	    speech_is_quantifier(x, &w))
		return 0;
	/* "X is said to be": a hedge (speech_object_raising), when a
	 * word follows */
	for (w.start = h->me; w.start > h->ms && s[w.start - 1] != ' ';
	    w.start--)
		;
	if (tail && speech_span_is_be(x, &w))
		return 0;
	/* a cue that reports only with "that" ("continued", "posted")
	 * takes no content without it, and hands nothing on */
	if (t->cues[0].lx & LX_THATCUE)
		return 1;
	/* the mention as the subject reader gives it, and the speaker
	 * the quote pass found for it (speaker_of answers the same now:
	 * the check build compared them) */
	a = *h;
	a.found = 1;
	a.adjacent = 0;
	a.region_end = 0;
	speech_hand_on(x, speech_span_trim_end(s, t->cues[0].end, t->se), &a,
	    st->handed_speaker);
	return 1;
}
