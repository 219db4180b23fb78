/*
 * speech_far.c — the subject of a verb of speech far back in its clause,
 * for a cue the readers of speech_subject.c found none for: a finite
 * cue after a long subject ("Debbie Walsh, director of the Center ...,
 * said"), a verb coordinated in its clause, an infinitive of purpose or
 * of the verb before it ("stood at a Bush event here to say"), a gerund
 * of saying; or no source named when the clause has none.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/*
 * Does a finite auxiliary, a form of be or have or a modal, follow pos
 * (blank between)?  An inverted subject is followed by the sentence's end,
 * a comma or an adjunct, never by a verb of its own.
 */
static int
finite_follows(const struct qx *x, size_t end, size_t pos)
{
	struct text_word nw;
	size_t q = pos;

	return text_word_next(x->s, end, &q, &nw) &&
	    text_gap_is_blank(x->s, pos, nw.start) &&
	    !(nw.flags & TEXT_W_CAP) && speech_is_finite_aux(x, &nw);
}

/*
 * Does a finite verb follow the noun phrase that a determiner opens at
 * word k, within NP_WORDS_MAX + 1 words, none a function word but "of"
 * ("..., said the United States should refuse", "..., say the bulk of
 * ground troops should be")?  Then the determiner opens the content's
 * subject, not an inverted one ("..., said the man who ...").
 */
static int
det_np_finite(const struct qx *x, struct sent *t, size_t k)
{
	size_t j;

	for (j = k + 1; j < t->n && j - k <= NP_WORDS_MAX + 1; j++) {
		if (!text_gap_is_blank(x->s, t->w[j - 1].end, t->w[j].start))
			return 0;
		if (finite_follows(x, t->se, t->w[j].end))
			return 1;
		if ((speech_wlx(x, t, j) & (LX_FUNC | SPEECH_CUES)) &&
		    !is_word(x, &t->w[j], "of"))
			return 0;
	}
	return 0;
}

/*
 * Is the cue at word i a verb of saying in the infinitive, "to" right
 * before it, whose subject is its clause's: an infinitive of purpose
 * ("stood at a Bush event here to say [...]") or of the verb before it
 * ("went out of his way to say", "are more likely to say")?  Verbs of
 * thought, of showing and of speech with a preposition as well ("came
 * on the program to talk about [...]", "is trying to show that [...]",
 * "struggling to understand why [...]"): PolNeAR annotates beliefs,
 * knowledge and evidence as it does statements.  Not after
 * an adjective that takes the infinitive with no subject of its own
 * ("hard to say", "too soon to say", "fair to say", "hard not to
 * wonder": the writer's hedge), nor after an object pronoun, the
 * infinitive's own subject ("allowed them to say": a right, no act of
 * theirs; "led her to declare" is speech_ask_caused_object's).
 */
int
speech_far_purpose_infinitive(const struct qx *x, struct sent *t,
    size_t i)
{
	static const struct speech_lit hedge[] =
	    SPEECH_WORDS(SPEECH_WORDS_HEDGE_ADJ);
	static const struct speech_lit object_pronouns[] =
	    SPEECH_WORDS(SPEECH_WORDS_OBJECT_PRONOUN);
	const struct text_word *to, *pw;

	if (i < 2)
		return 0;
	to = &t->w[i - 1];
	pw = &t->w[i - 2];
	if (to->end - to->start != 2 || !is_word(x, to, "to") ||
	    !text_gap_is_blank(x->s, to->end, t->w[i].start) ||
	    !(speech_wlx(x, t, i) & (LX_CUE | LX_STANCE | LX_PREPCUE |
	    LX_THATCUE | LX_REPORT)) ||
	    speech_ends_with(x, &t->w[i], "ed") ||
	    speech_ends_with(x, &t->w[i], "ing"))
		return 0;
	if (is_word(x, pw, "not") && i >= 3)
		pw = &t->w[i - 3];
	return !speech_range_in(x->s, pw->start, pw->end, hedge,
	    sizeof(hedge) / sizeof(hedge[0])) &&
	    !speech_range_in(x->s, pw->start, pw->end, object_pronouns,
	    sizeof(object_pronouns) / sizeof(object_pronouns[0]));
}

/*
 * The source found for a cue at CUE far back in its clause (read back at
 * most CLAUSE_BYTES_MAX): the clause's subject, or with FIRST its first
 * name or pronoun (an infinitive's clause); no source named when none is
 * found, but found all the same.
 */
static int
clause_source(const char *s, const struct sent *t, size_t cue, int first,
    struct attr *a)
{
	size_t lo = cue - t->ss > CLAUSE_BYTES_MAX ? cue - CLAUSE_BYTES_MAX :
	    t->ss;

	memset(a, 0, sizeof(*a));
	if (!(first ? speaker_mention_clause_first(s, lo, cue, a) :
	    speaker_mention_clause_subject(s, lo, cue, a)))
		memset(a, 0, sizeof(*a));
	a->found = 1;
	return 1;
}

/*
 * The subject of a verb of speech that the readers above did not find,
 * far back in its clause: "Debbie Walsh, director of the Center for
 * American Women and Politics at Rutgers University, said", "Six Gannett
 * newspapers in New Jersey, including the Asbury Park Press, said",
 * "Clinton celebrated in Florida, declaring it ..., and said": the
 * clause's subject (speaker_mention_clause_subject, read back at most
 * CLAUSE_BYTES_MAX), or no source named when none is found.  Only for a
 * finite quote cue after a word of its sentence, not before an inverted
 * subject ("said Mark Kantrowitz, an expert, ..."); or the past tense of
 * a verb of stance or intent, which then may take "to" too ("Minyon
 * Moore, a senior adviser to the campaign, criticized [the remarks]",
 * "Gov. Mike Pence on Thursday blamed [the media]").
 */
int
speech_far_subject(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i];
	struct attr o;
	struct text_word last;
	const struct text_word *n;
	uint32_t nlx, c;
	int stance;

	/* a finite verb, not a noun: "said", "told", "warned", "says"
	 * ("states", "reports", "comments" are nouns as often); or a
	 * verb of saying in the infinitive of purpose or of a verb
	 * before it, whose subject is the clause's ("stood at a Bush
	 * event here to say", "took to Twitter to say") */
	if (i >= 2 && i + 1 < t->n && x->s[t->w[i - 1].start] == 't' &&
	    !(w->flags & TEXT_W_CAP) &&
	    speech_far_purpose_infinitive(x, t, i))
		return clause_source(s, t, w->start, 1, a);
	/* "a history of blaming [others]", "after determining that": a
	 * gerund after a preposition, its clause's subject (a last byte
	 * "g" first: the call costs more than the test) */
	if (i + 1 < t->n && s[w->end - 1] == 'g' &&
	    speech_participle_gerund(x, t, i))
		return clause_source(s, t, w->start, 0, a);
	if (i == 0 || i + 1 >= t->n || (w->flags & TEXT_W_CAP) ||
	    (!((speech_wlx(x, t, i) & LX_CUE) && (speech_ends_with(x, w, "ed") ||
	    is_word(x, w, "said") || is_word(x, w, "told") ||
	    is_word(x, w, "wrote") || is_word(x, w, "says") ||
	    is_word(x, w, "say"))) &&
	    !((speech_wlx(x, t, i) & (LX_STANCE | LX_INTENT)) &&
	    speech_ends_with(x, w, "ed"))))
		return 0;
	stance = !(speech_wlx(x, t, i) & LX_CUE);
	/* a name after the cue is its inverted subject ("..., said Mark
	 * Kantrowitz"), unless a finite verb follows it: then it is the
	 * subject of the content ("..., said Clinton is poised to"); only
	 * verbs of saying invert, after one of stance a name is the object
	 * ("Trump on Tuesday dismissed [Walker as ...]") */
	if (!stance && (t->w[i + 1].flags & TEXT_W_CAP) &&
	    speaker_mention_fwd(s, t->se, w->end, &o, &last) && o.ns < o.ne &&
	    !finite_follows(x, t->se, last.end))
		return 0;
	/* a clause opens with "that", a pronoun, a name or a determiner
	 * ("laughed for the first time", "stressed out", "tweeted Sunday"
	 * are no speech); after a comma or a closing mark not with a
	 * determiner: "," said the man who ..." is an inverted subject */
	n = &t->w[i + 1];
	nlx = speech_wlx(x, t, i + 1);
	c = speech_char_before(s, t->ss, w->start, NULL);
	if (!is_word(x, n, "that") && !((nlx & LX_PRON) && !(nlx & LX_DET)) &&
	    !(stance && is_word(x, n, "to")) &&
	    !((n->flags & TEXT_W_CAP) && !(nlx & LX_CAL) &&
	    !(n->flags & TEXT_W_DIGIT)) && ((nlx & LX_DET) == 0 ||
	    ((c == ',' && !det_np_finite(x, t, i + 1)) ||
	    text_is_closing_mark(c))))
		return 0;
	return clause_source(s, t, w->start, 0, a);
}
