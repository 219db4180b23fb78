/*
 * speech_label.c — a quoted label after a verb's object and "as" that no
 * item holds: "Trump identified [the judge as "Spanish,"]", "Hollande
 * denounced [Trump's remarks as "hurtful and humiliating"]" (FrameNet's
 * Labeling and Categorization frames).
 *
 * This file owns the label rule (speech_label_as), asked after the other
 * rules of a sentence that holds a fragment after "as"; the byte test
 * that marks such a fragment as the quote pass notes it
 * (speech_label_as_before) is inline in speech_int.h.
 */
#include <stdint.h>
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/* Words read back from "as" for the verb whose object it completes
 * ("portrayed [Donald Trump's candidacy as a "working-class"
 * rebellion]": the object's noun phrase; longer ones are clauses). */
#define LABEL_OBJECT_WORDS_MAX	6

/* Is w the lower-case literal lit? */
static int
word_is_lit(const char *s, const struct text_word *w, const char *lit)
{
	size_t n = strlen(lit);

	return (size_t)(w->end - w->start) == n && !(w->flags & TEXT_W_CAP) &&
	    memcmp(s + w->start, lit, n) == 0;
}

/*
 * Is w a verb form that can take an object and an "as" predicate: a cue
 * or stance word of the lexicon, or a lower-case -ed/-en/-ing form
 * ("billed", "known", "presenting") that is no function word?
 */
static int
label_verb(const char *s, const struct text_word *w)
{
	size_t n = (size_t)(w->end - w->start);
	const char *e = s + w->end;
	uint32_t lx;

	if (w->flags & (TEXT_W_CAP | TEXT_W_DIGIT))
		return 0;
	lx = lexicon_of(s, w);
	if (lx & (SPEECH_CUES | LX_NAMING | LX_STANCE))
		return 1;
	/* "during" is a preposition, no verb's -ing */
	return !(lx & LX_FUNC) && n > 4 && ((e[-2] == 'e' &&
	    (e[-1] == 'd' || e[-1] == 'n')) || (e[-1] == 'n' &&
	    e[-2] == 'w') || (n > 5 && e[-3] == 'i' &&
	    e[-2] == 'n' && e[-1] == 'g'));
}

/*
 * A quoted label after a verb's object and "as" that no item holds:
 * "Trump identified [the judge as "Spanish,"]", "Hollande denounced
 * [Trump's remarks as "hurtful and humiliating"]" (FrameNet's Labeling
 * and Categorization frames: describe, portray, identify, denounce X as
 * Y).  The marks make the label someone's words, and PolNeAR annotates
 * it with the verb's object.  The item runs from the object (the words
 * back to the verb, at most LABEL_OBJECT_WORDS_MAX, no function word
 * but a determiner, a possessive or an object pronoun) to the closing
 * mark; its source is the fragment's (the subject of a verb of speech
 * before it), else the verb's subject, or none.  With no object ("known
 * as", "described as", "such as") the label alone was measured and left
 * out: 34 items, 27 gold but 5 exact, exact F1 fell.  Items of this
 * sentence start at out index first.
 */
int
speech_label_as(struct qx *x, struct sent *t, size_t first)
{
	const char *s = x->s;
	size_t k, j, p, cs, n0 = x->out->n;
	struct text_word w;
	struct attr a;

	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = speech_sq_at(x, t, k);
		const struct quote *fq;
		int covered = 0, ok = 0, words;

		if (!q->after_as || q->start < t->ss)
			continue;
		for (j = first; j < x->out->n; j++) {
			const struct quote *o = &x->out->v[j];

			if (o->kind != QUOTE_PARTIAL && o->start <= q->start &&
			    q->end <= o->end + 3)
				covered = 1;
		}
		if (covered)
			continue;
		/* "as", or "as" and a determiner, right before the mark */
		p = q->start;
		if (!text_word_prev(s, t->ss, &p, &w) ||
		    !text_gap_is_blank(s, w.end, q->start))
			continue;
		if (word_is_lit(s, &w, "a") || word_is_lit(s, &w, "an") ||
		    word_is_lit(s, &w, "the")) {
			size_t we = w.start;

			if (!text_word_prev(s, t->ss, &p, &w) ||
			    !text_gap_is_blank(s, w.end, we))
				continue;
		}
		if (!word_is_lit(s, &w, "as"))
			continue;
		cs = w.start;
		/* back to the verb over the object's words */
		for (words = 0; words <= LABEL_OBJECT_WORDS_MAX; words++) {
			size_t next = w.start;
			uint32_t lx;

			if (!text_word_prev(s, t->ss, &p, &w) ||
			    !text_gap_is_blank(s, w.end, next))
				break;
			if (label_verb(s, &w)) {
				ok = 1;
				break;
			}
			lx = lexicon_of(s, &w);
			if ((lx & LX_FUNC) && !(lx & (LX_DET | LX_PRON)) &&
			    !word_is_lit(s, &w, "of"))
				break;
			cs = w.start;	/* the object, "as" and the label */
		}
		if (!ok || words == 0)
			continue;
		/* the labeller is the verb's subject ("Cruz identified
		 * the judge as ...": Cruz): read back from the verb as
		 * for a cue when the sentence's words hold it (a sentence
		 * with cues), else the mention right before the verb or
		 * the clause's subject, as for a fragment after a verb of
		 * speech (fragment_subject) */
		memset(&a, 0, sizeof(a));
		j = speech_word_ending_after(t, w.start);
		if (j < t->n && t->w[j].start == w.start) {
			if (speech_subject_before(x, t, j, &a) == SUBJ_NONE)
				memset(&a, 0, sizeof(a));
		} else if (speaker_mention_back(s, t->ss, w.start, &a) ||
		    speaker_mention_clause_subject(s, t->ss, w.start, &a))
			a.found = 1;
		a.cue = str_make(s + w.start, w.end - w.start);
		if (speech_emit(x, t, cs, q->end, &a) == -1)
			return -1;
		/* the fragment's source is the label's (looked up after
		 * the push, which may move the list) */
		fq = &x->out->v[q->idx];
		if (x->out->n > n0 && fq->speaker_start != fq->speaker_end) {
			struct quote *o = &x->out->v[x->out->n - 1];

			o->speaker = fq->speaker;
			o->speaker_start = fq->speaker_start;
			o->speaker_end = fq->speaker_end;
			o->cue = fq->cue;
		}
		n0 = x->out->n;
	}
	return 0;
}
