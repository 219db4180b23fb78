/*
 * speech_object.c — the constructions of reported speech whose content
 * is what a verb takes after it rather than a clause it introduces, each
 * read from one sentence whose words speech_cue.c has read:
 *
 *   X criticized / urged / declined OBJECT
 *                                 speech_object_stance
 *   X seems / is expected COMPLEMENT
 *                                 speech_object_raising
 *   which X said was ...          speech_object_relative
 *   X talked about OBJECT         speech_object_prep
 *
 * A Title Case headline's object ("X Endorses OBJECT") is
 * speech_title.c's.
 *
 * The clause constructions (X said (that) CLAUSE, CLAUSE, X said, asked
 * questions) are in speech_form.c, which also owns the clause ends both
 * use; speech.c's analyse() decides which to try, in which order.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/*
 * Is the naming verb at i, after a lower-case noun, the verb of its
 * sentence and not a participle naming ("a company called Cambridge
 * Analytica")?  Yes when its object is a pronoun ("his surrogates
 * called him a genius", "Weaver called that preposterous") or the
 * noun phrase before it opens the sentence ("The surrogates called the
 * plan a failure"): read back at most NOUN_WORDS_MAX words.
 */
static int
naming_verb(const struct qx *x, struct sent *t, size_t i)
{
	const struct text_word *o;
	size_t k, n;

	if (i + 1 < t->n) {
		o = &t->w[i + 1];
		if (is_word(x, o, "him") || is_word(x, o, "her") ||
		    is_word(x, o, "them") || is_word(x, o, "it") ||
		    is_word(x, o, "that") || is_word(x, o, "this") ||
		    is_word(x, o, "himself") || is_word(x, o, "herself") ||
		    is_word(x, o, "themselves") || is_word(x, o, "me") ||
		    is_word(x, o, "us"))
			return 1;
	}
	for (k = i, n = 0; k > 0 && n < NOUN_WORDS_MAX; k--, n++) {
		uint32_t c = speech_wlx(x, t, k - 1);

		if (!text_gap_is_blank(x->s, t->w[k - 1].end, t->w[k].start))
			return 0;
		if (c & LX_DET)
			return k == 1;
		if ((c & (SPEECH_CUES | LX_FUNC | LX_PRON)) ||
		    (t->w[k - 1].flags & TEXT_W_DIGIT))
			return 0;
	}
	return 0;
}

/*
 * Where the object of the stance verb at word i starts: after a particle
 * ("called out", "shouted out", "cried out for"), and after a noun of
 * stance and its preposition when the verb is one of expressing
 * ("expressed concern that", "voiced doubts about", "raised fears
 * over"), the noun with up to STANCE_NOUN_MODS_MAX lower-case words of
 * its own before it ("expressed his firm belief that", "raised serious
 * doubts about": the support verb and its noun phrase are the cue, as
 * PolNeAR marks them).  i + 1 when neither.
 */
/* A determiner and an adjective ("his firm", "deep"): more is a longer
 * noun phrase that the noun list cannot vouch for. */
#define STANCE_NOUN_MODS_MAX	2

static size_t
stance_object_start(const struct qx *x, struct sent *t, size_t i)
{
	static const struct speech_lit nouns[] = {
		SPEECH_LIT("concern"), SPEECH_LIT("concerns"),
		SPEECH_LIT("worry"), SPEECH_LIT("worries"),
		SPEECH_LIT("fear"), SPEECH_LIT("fears"),
		SPEECH_LIT("doubt"), SPEECH_LIT("doubts"),
		SPEECH_LIT("skepticism"), SPEECH_LIT("frustration"),
		SPEECH_LIT("optimism"), SPEECH_LIT("confidence"),
		SPEECH_LIT("hope"), SPEECH_LIT("alarm"),
		SPEECH_LIT("belief"),
	};
	const struct text_word *v = &t->w[i];
	size_t k = i + 1, m, n;

	if (k + 1 < t->n && is_word(x, &t->w[k], "out") &&
	    text_gap_is_blank(x->s, v->end, t->w[k].start)) {
		k++;
		if (k + 1 < t->n && (is_word(x, &t->w[k], "for") ||
		    is_word(x, &t->w[k], "against")))
			k++;
		return k;
	}
	if (k + 2 >= t->n || !(is_word(x, v, "expressed") ||
	    is_word(x, v, "voiced") || is_word(x, v, "raised") ||
	    is_word(x, v, "expressing") || is_word(x, v, "voicing")))
		return k;
	for (m = 0, n = k; m <= STANCE_NOUN_MODS_MAX && n + 2 < t->n;
	    m++, n++) {
		if (speech_range_in(x->s, t->w[n].start, t->w[n].end, nouns,
		    sizeof(nouns) / sizeof(nouns[0])) &&
		    (is_word(x, &t->w[n + 1], "that") ||
		    is_word(x, &t->w[n + 1], "about") ||
		    is_word(x, &t->w[n + 1], "over")) &&
		    text_gap_is_blank(x->s, t->w[n].end, t->w[n + 1].start))
			return n + 2;
		/* a modifier: lower-case, no mark after it */
		if ((t->w[n].flags & (TEXT_W_CAP | TEXT_W_ALLCAP |
		    TEXT_W_DIGIT)) ||
		    !text_gap_is_blank(x->s, t->w[n].end, t->w[n + 1].start))
			break;
	}
	return k;
}

/*
 * Is the verb at i a form of "describe" whose object is a relative
 * pronoun before its subject a ("Christie, whom [he] described as
 * [having a prosecutor's bearing]", "Florida, which [he] describes as
 * [his second home]", "what [Zimmerman] described as [a piece of
 * history]")?  The object has moved; what the subject said of it is the
 * phrase of "as" after the verb (FrameNet's Communicate_categorization:
 * the speaker, the item, the category), which PolNeAR annotates with
 * "as" (6 of the 8 on the dev set).
 */
static int
relative_described_as(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a)
{
	static const struct speech_lit rel[] = {
		SPEECH_LIT("which"), SPEECH_LIT("whom"), SPEECH_LIT("what"),
	};
	const struct text_word *v = &t->w[i];
	size_t k;

	if (i + 1 >= t->n || !is_word(x, &t->w[i + 1], "as") || !a->found ||
	    !(is_word(x, v, "described") || is_word(x, v, "describes") ||
	    is_word(x, v, "describe")))
		return 0;
	for (k = i; k-- > 1 && t->w[k].start >= a->ms;)
		if (t->w[k].start == a->ms)
			return speech_range_in(x->s, t->w[k - 1].start,
			    t->w[k - 1].end, rel, sizeof(rel) / sizeof(rel[0]));
	return 0;
}

/*
 * Is the naming verb at i active though a lower-case word stands before
 * it ("a company called Cambridge Analytica" is a participle naming)?
 * The naming participle is passive and takes one thing, the name; the
 * verb is active
 *   as a phrasal verb, "called for", "calls on" ("a group of rabbis
 *     called for [a boycott]": nothing is named "for");
 *   with an object after "described" other than "as" ("female donors
 *     described [cascading changes]": the passive is "described as");
 *   in its -ing form, always its subject's voice, after a comma or a
 *     noun ("..., calling [the behavior a "fireable offense."]", "a
 *     statement calling [the test a violation]", "a petition calling on
 *     [candidates to ...]": PolNeAR dev, 8 of 10 such items gold);
 *   after an appositive closed by a comma, the subject found before it
 *     ("Beruff, a Scott ally, called [Florida's standards "strong."]");
 *   after a relative pronoun, its subject ("Obama, who called [the
 *     nominee "unfit to serve"]": no participle follows "who").
 */
static int
finite_naming(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a, int subj)
{
	const struct text_word *v = &t->w[i], *o = &t->w[i + 1];
	uint32_t olx = speech_wlx(x, t, i + 1);
	size_t at;

	if (subj == SUBJ_RELATIVE || relative_described_as(x, t, i, a))
		return 1;
	if (subj != SUBJ_MENTION && subj != SUBJ_BARE && subj != SUBJ_FAR &&
	    subj != SUBJ_PARTICIPLE)
		return 0;
	if (speech_ends_with(x, v, "ing"))
		return 1;
	if ((is_word(x, v, "called") || is_word(x, v, "calls")) &&
	    (is_word(x, o, "for") || is_word(x, o, "on")))
		return 1;
	if (is_word(x, v, "described") && !is_word(x, o, "as") &&
	    !((olx & LX_FUNC) && !(olx & (LX_DET | LX_PRON))))
		return 1;
	/* the mention ends before the comma that opens the appositive */
	return a->found && a->me > a->ms && speech_char_before(x->s, t->ss,
	    v->start, &at) == ',' && a->me + 1 < at;
}

/*
 * The quoted fragment (no direct quote: one of those is an item of its
 * own) that opens right after word i, blanks between, or NULL.
 */
static const struct speech_quote *
fragment_after(const struct qx *x, struct sent *t, size_t i)
{
	size_t p = t->w[i].end, k;

	while (p < t->se && (x->s[p] == ' ' || x->s[p] == '\t'))
		p++;
	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = speech_sq_at(x, t, k);

		if (q->start == p)
			return q->direct ? NULL : q;
		if (q->start > p)
			break;
	}
	return NULL;
}

/*
 * A stance verb's object that opens with a quoted fragment: "Trump would
 * denounce [“self-deportation,”] which ...", "Trump cited ["Obama-Clinton"
 * policies], which ...", "continued to portray [“illegal” immigrants as
 * violent criminals]", "called for ["boots on the ground."]" (the verb
 * at i, the object after word last, the cue's text to cue_end: "called",
 * "talked about").  The quote is the object's
 * head or all of it; a
 * comma inside or right after its closing mark, or a stop inside it,
 * ends the object there, else the object runs as any stance's does.
 * PolNeAR annotates the object with its marks (a mixed or a direct
 * item).
 */
static int
fragment_object(struct qx *x, struct sent *t, size_t i, size_t last,
    size_t cue_end, const struct speech_quote *fq, struct attr *a)
{
	const char *s = x->s;
	size_t cs = fq->start, ce = fq->end, p = fq->end, at = fq->end;
	size_t k = speech_word_starting_at(t, fq->end);
	uint32_t c;

	while (p < t->se && (s[p] == ' ' || s[p] == '\t'))
		p++;
	/* back over the closing mark, both quotes of a wire-style '' */
	if (utf8_prev(s, &at) == '\'' && at > cs && s[at - 1] == '\'')
		at--;
	c = text_char_before(s, at);
	/* a time right after it is the verb's ("talked about "X" on
	 * Tuesday"), as after any object */
	if (!fq->strong_end && c != ',' && p < t->se && s[p] != ',' &&
	    speech_span_time_after(x, t, k) == 0)
		ce = speech_subordinate_end(x, t, i, cs,
		    speech_span_tail_gloss(x, t, cs,
		    speech_stance_end(x, t, last)), 1);
	if (ce < fq->end)
		ce = fq->end;
	a->cue = str_make(s + t->w[i].start, cue_end - t->w[i].start);
	return speech_emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}

/* The apostrophe, straight or typographic, before a clitic. */
#define RSQUO	"\xe2\x80\x99"

/* A plural noun's shape: -s, not a possessive's 's. */
static int
plural_shape(const struct qx *x, const struct text_word *w)
{
	return speech_ends_with(x, w, "s") && !speech_ends_with(x, w, "'s") &&
	    !speech_ends_with(x, w, RSQUO "s");
}

/*
 * Is the stance word at i a noun though a subject was read before it?
 * A verb in its base form ("support", "favor", "oppose") is a plural
 * present, and a plural present agrees with a plural subject: a
 * pronoun, a relative, a plural noun ("Two-thirds support",
 * "Republicans oppose"), a quantity ("57 percent favor"), coordinates
 * ("Sanders and Clinton see"), or a plural noun with a prepositional
 * phrase after it ("Majorities across the political spectrum favor");
 * an auxiliary, an adverb or "to" may stand between ("would support",
 * "strongly support", "you'll see").  After any other word the base
 * form heads a noun phrase ("his Republican support remains",
 * "much-needed local support", "Trump's support").  Not before "to":
 * the nouns of commitment with an infinitive are the stance's content
 * ("Obama's plan [to close Guantanamo]"); not after "and"/"but"/"or",
 * a verb coordinated with its subject's first verb.  The irregular
 * pasts among the stance verbs ("sought", "swore") are no base forms.
 */
static int
stance_base_noun(const struct qx *x, struct sent *t, size_t i)
{
	static const struct speech_lit past[] = {
		SPEECH_LIT("sought"), SPEECH_LIT("swore"), SPEECH_LIT("sworn"),
	};
	static const struct speech_lit plural[] = {
		SPEECH_LIT("who"), SPEECH_LIT("that"), SPEECH_LIT("which"),
		SPEECH_LIT("percent"), SPEECH_LIT("most"), SPEECH_LIT("many"),
		SPEECH_LIT("few"), SPEECH_LIT("all"), SPEECH_LIT("both"),
		SPEECH_LIT("majority"), SPEECH_LIT("others"),
		SPEECH_LIT("and"), SPEECH_LIT("but"), SPEECH_LIT("or"),
	};
	const struct text_word *w = &t->w[i], *p;
	size_t k, n;

	if (i == 0 || speech_ends_with(x, w, "s") ||
	    speech_ends_with(x, w, "ed") || speech_ends_with(x, w, "ing") ||
	    speech_range_in(x->s, w->start, w->end, past,
	    sizeof(past) / sizeof(past[0])) ||
	    (i + 1 < t->n && is_word(x, &t->w[i + 1], "to")))
		return 0;
	p = &t->w[i - 1];
	if (!text_gap_is_blank(x->s, p->end, w->start) || plural_shape(x, p) ||
	    (speech_wlx(x, t, i - 1) & LX_PRON) ||
	    speech_is_adverb(x, t, i - 1) || speech_span_is_aux(x, p) ||
	    speech_is_neg_aux(x, p) ||
	    speech_ends_with(x, p, "'ll") || speech_ends_with(x, p, "'d") ||
	    speech_ends_with(x, p, RSQUO "ll") ||
	    speech_ends_with(x, p, RSQUO "d") ||
	    speech_range_in(x->s, p->start, p->end, plural,
	    sizeof(plural) / sizeof(plural[0])))
		return 0;
	/* the subject further back, over the phrase before the verb */
	for (k = i - 1, n = 0; k > 0 && n < NOUN_WORDS_MAX; k--, n++) {
		const struct text_word *b = &t->w[k - 1];

		if (!text_gap_is_blank(x->s, b->end, t->w[k].start))
			break;
		if (is_word(x, b, "and") || ((speech_wlx(x, t, k - 1) &
		    LX_FUNC) && k > 1 && plural_shape(x, &t->w[k - 2])))
			return 0;
	}
	return 1;
}

/* Words of a categorized object before its "as": "cast [her victory in
 * Nevada's Democratic caucuses as a sign ...]" has 6. */
#define AS_OBJECT_WORDS_MAX	8

/* Verbs of categorizing that report only with "as" after their object
 * ("Clinton cast [her rival as offering a narrow message]": FrameNet's
 * Categorization and Labeling); without it "cast" is voting or throwing
 * ("cast their ballots", "cast a shadow"). */
static int
as_verb(const struct qx *x, const struct text_word *v)
{
	static const struct speech_lit verbs[] = {
		SPEECH_LIT("cast"), SPEECH_LIT("casts"), SPEECH_LIT("casting"),
		SPEECH_LIT("identify"), SPEECH_LIT("identifies"),
		SPEECH_LIT("identified"), SPEECH_LIT("identifying"),
	};

	return speech_range_in(x->s, v->start, v->end, verbs,
	    sizeof(verbs) / sizeof(verbs[0]));
}

/* Is the verb at i one of those, and the "as" missing from its object
 * from word k to ce? */
static int
as_missing(const struct qx *x, struct sent *t, size_t i, size_t k,
    size_t ce)
{
	size_t j;

	if (!as_verb(x, &t->w[i]))
		return 0;
	for (j = k + 1; j < t->n && j <= k + AS_OBJECT_WORDS_MAX &&
	    t->w[j].start < ce; j++)
		if (is_word(x, &t->w[j], "as"))
			return 0;
	return 1;
}

/* Is the relative subject a "who" with no name before a comma
 * ("voters who support"): a verb follows it, never a noun. */
static int
relative_who(const struct qx *x, const struct attr *a)
{
	return a->me - a->ms == 3 && speech_lit_eq(x->s, a->ms, a->me, "who");
}

/*
 * The end of an object in a relative clause with no comma, from word k
 * to ce: before the verb of the clause the relative clause is in, a
 * finite auxiliary, a form of be or a cue ("respondents who support
 * [Sanders] are in college", "those who want [to ban abortion] said"),
 * before another relative pronoun, or at a comma.
 */
static size_t
restrictive_end(const struct qx *x, struct sent *t, size_t k, size_t ce)
{
	for (k++; k < t->n && t->w[k].end <= ce; k++) {
		if (speech_is_finite_aux(x, &t->w[k]) ||
		    is_word(x, &t->w[k], "who") || (t->cue[k] == CUE_YES &&
		    !(t->w[k].flags & TEXT_W_CAP) &&
		    !(speech_wlx(x, t, k - 1) & (LX_FUNC | LX_DET | LX_PRON |
		    LX_ADV | SPEECH_CUES)) && !(t->w[k - 1].flags &
		    TEXT_W_POSS) && !is_word(x, &t->w[k - 1], "having")))
			return speech_span_trim_end(x->s, t->w[k - 1].start,
			    t->w[k].start);
		if (speech_char_before(x->s, t->w[k - 1].end, t->w[k].start,
		    NULL) == ',')
			return t->w[k - 1].end;
	}
	return ce;
}

/*
 * "X criticized the plan", "X urged him to resign", "X declined to
 * comment", "X called for a ban": the object of a verb of stance is what
 * X holds or said, to the end of its clause (PolNeAR annotates it as
 * the content).  The subject must be found, the verb active ("was
 * criticized" names its target, not its source), and the object start
 * right after it: not a preposition ("criticized in a statement"), a
 * time word, a quote or "that" (the clause rules' cases).
 */
int
speech_object_stance(struct qx *x, struct sent *t, size_t i,
    struct attr *a, int subj)
{
	static const struct speech_lit particles[] = {
		SPEECH_LIT("away"), SPEECH_LIT("off"), SPEECH_LIT("down"),
		SPEECH_LIT("up"), SPEECH_LIT("back"),
	};
	const char *s = x->s;
	size_t k, cs, ce, j;
	uint32_t lx = speech_wlx(x, t, i), nx;
	const struct text_word *w;
	const char *comma;
	const struct speech_quote *fq;
	int as_object = 0;

	/* (analyse asks this before the call) */
	if (!(lx & (LX_STANCE | LX_INTENT)))
		return 0;
	/* "denounce [“self-deportation,”]", "portray [“illegal” immigrants
	 * as criminals]": a fragment in the gap after the verb opens its
	 * object (the sentence's words leave quotes out) */
	fq = (lx & LX_STANCE) ? fragment_after(x, t, i) : NULL;
	if (fq == NULL && (i + 1 >= t->n ||
	    !text_gap_is_blank(s, t->w[i].end, t->w[i + 1].start)))
		return 0;
	/* "was criticized", "has been endorsed": a passive; "is calling
	 * for", "are hoping to": be + -ing is the progressive, active */
	for (k = i, j = 0; k > 0 && j < AUX_WORDS_MAX + 1 &&
	    !speech_ends_with(x, &t->w[i], "ing"); k--, j++) {
		const struct text_word *pw = &t->w[k - 1];

		if (speech_span_is_be(x, pw))
			return 0;
		if (!speech_is_adverb(x, t, k - 1) && !is_word(x, pw, "not") &&
		    !speech_span_is_aux(x, pw))
			break;
	}
	/* "promise", "demands", "calls": nouns as often as verbs; as verbs
	 * they follow their subject, a mention ("The group seeks [to ...]",
	 * "The former first lady calls [it ...]") or a bare noun phrase
	 * ("developers see [golf courses as wasted space]"); with none
	 * found, or after a participle that modifies them, they are nouns
	 * ("Her plans to", "his oft-stated promise to") */
	if (!speech_ends_with(x, &t->w[i], "ed") &&
	    !is_word(x, &t->w[i], "sought") && subj != SUBJ_PARTICIPLE &&
	    subj != SUBJ_COORD && !(subj == SUBJ_RELATIVE && (a->ns < a->ne ||
	    relative_who(x, a))) &&
	    (!(subj == SUBJ_BARE ||
	    subj == SUBJ_MENTION) || (a->ns == a->ne && !a->pronoun &&
	    i > 0 && !(t->w[i - 1].flags & TEXT_W_CAP) &&
	    speech_ends_with(x, &t->w[i - 1], "ed"))))
		return 0;
	if (stance_base_noun(x, t, i))
		return 0;
	/* "a company called Cambridge Analytica": a participle naming; not
	 * a verb coordinated after "and"/"but" with a subject found ("Carson
	 * took the stage and called [the system rotten]") */
	if ((lx & LX_NAMING) && i > 0 && !(t->w[i - 1].flags & TEXT_W_CAP) &&
	    !(speech_wlx(x, t, i - 1) & (LX_PRON | LX_ADV)) &&
	    !speech_is_adverb(x, t, i - 1) && !naming_verb(x, t, i) &&
	    !finite_naming(x, t, i, a, subj) &&
	    !((subj == SUBJ_MENTION || subj == SUBJ_COORD ||
	    subj == SUBJ_BARE) &&
	    (is_word(x, &t->w[i - 1], "and") || is_word(x, &t->w[i - 1],
	    "but"))))
		return 0;
	if (fq != NULL)
		return fragment_object(x, t, i, i, t->w[i].end, fq, a);
	/* the verb's particle, and a noun of stance with its
	 * preposition, are the cue's: "called out [Trump]", "cried out
	 * for [an outsider]", "expressed concern that [...]" */
	k = stance_object_start(x, t, i);
	if (k >= t->n)
		return 0;
	w = &t->w[k];
	if (w->flags & (TEXT_W_ALLCAP | TEXT_W_DIGIT))
		return 0;
	/* "backed down", "backing up their endorsements", "the party
	 * backed off.": an adverb particle makes another verb, of retreat
	 * or of help, not the stance ("called out" is read above); one
	 * with an object of its own is a stance retracted, which PolNeAR
	 * annotates ("backed off [some of his proposals]") */
	if (k == i + 1 && speech_range_in(s, w->start, w->end, particles,
	    sizeof(particles) / sizeof(particles[0])) &&
	    (is_word(x, w, "down") || is_word(x, w, "up") || k + 1 >= t->n ||
	    !text_gap_is_blank(s, w->end, t->w[k + 1].start) ||
	    (k + 2 >= t->n && is_word(x, &t->w[k + 1], "from"))))
		return 0;
	/* "$1.3 million, compared to Halvorson's $31,000": "compared to"
	 * and "compared with" right after the verb are a preposition of
	 * comparison, no speech; the verb has its object first ("compared
	 * [himself to Clinton]") */
	if ((is_word(x, &t->w[i], "compared") ||
	    is_word(x, &t->w[i], "comparing")) &&
	    (is_word(x, w, "to") || is_word(x, w, "with")))
		return 0;
	nx = speech_wlx(x, t, k);
	/* "called for a ban", "called on Congress to act" */
	if ((lx & LX_NAMING) && (is_word(x, w, "for") || is_word(x, w, "on"))) {
		if ((fq = fragment_after(x, t, k)) != NULL)
			return fragment_object(x, t, i, k, t->w[i].end, fq,
			    a);
		if (++k >= t->n)
			return 0;
		w = &t->w[k];
		nx = speech_wlx(x, t, k);
	} else if (lx & LX_NAMING && (nx & LX_FUNC) && !(nx & (LX_DET |
	    LX_PRON)) && !(as_object = relative_described_as(x, t, i, a)))
		return 0;
	if (lx & LX_INTENT && !(lx & LX_STANCE) && !is_word(x, w, "to"))
		return 0;
	/* "as" opens the content after a relative object: "whom he
	 * described [as "volatile"]" */
	if (!as_object && k == i + 1)
		as_object = relative_described_as(x, t, i, a);
	if (((nx & LX_FUNC) && !(nx & (LX_DET | LX_PRON)) &&
	    !is_word(x, w, "to") && !as_object) || (nx & LX_CAL) ||
	    (is_word(x, w, "that") &&
	    !(lx & LX_NAMING)) ||
	    ((w->flags & TEXT_W_CAP) && (nx & LX_CAPSTOP) && !(nx & LX_DET)))
		return 0;
	cs = w->start;
	if (speech_span_direct_at(x, t, t->w[i].end) != NULL)
		return 0;
	ce = speech_subordinate_end(x, t, i, cs,
	    speech_span_tail_gloss(x, t, cs,
	    speech_stance_end(x, t, k)), 1);
	/* "Hoff, who declined [to comment], left": a relative clause set
	 * off by a comma ends at its comma */
	if (subj == SUBJ_RELATIVE &&
	    speech_char_before(s, t->ss, a->ms, NULL) == ',' &&
	    (comma = speech_form_clause_comma(s, cs, ce)) != NULL &&
	    !speech_span_quote_between(x, t, cs, (size_t)(comma - s)))
		ce = (size_t)(comma - s);
	/* "voters who support [Sanders] are young": a relative clause with
	 * no comma ends before the finite verb of the clause it is in */
	else if (subj == SUBJ_RELATIVE &&
	    speech_char_before(s, t->ss, a->ms, NULL) != ',')
		ce = restrictive_end(x, t, k, ce);
	/* "casting [Trump as a "loose cannon"] for weeks": a quoted label
	 * after "as" is the category, the object's last part, as
	 * speech_label.c's rule ends its items, which took these verbs'
	 * labels before they were stance verbs.  Only for them: over
	 * every stance verb it was as many pairs made exact as lost (9
	 * and 9 on the dev set) */
	for (j = 0; as_verb(x, &t->w[i]) && j < t->nq; j++) {
		const struct speech_quote *q = speech_sq_at(x, t, j);

		if (q->after_as && !q->direct && q->start > cs &&
		    q->end < ce) {
			ce = q->end;
			break;
		}
	}
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce) ||
	    as_missing(x, t, i, k, ce))
		return 0;
	a->cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	return speech_emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}

/* Words that open a clause: a raising verb's subject starts after them. */
int
speech_object_opens_clause(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit words[] = {
		SPEECH_LIT("that"), SPEECH_LIT("which"), SPEECH_LIT("who"),
		SPEECH_LIT("because"), SPEECH_LIT("if"), SPEECH_LIT("when"),
		SPEECH_LIT("while"), SPEECH_LIT("as"), SPEECH_LIT("but"),
		SPEECH_LIT("and"), SPEECH_LIT("since"), SPEECH_LIT("although"),
		SPEECH_LIT("though"), SPEECH_LIT("where"),
		SPEECH_LIT("whether"), SPEECH_LIT("so"), SPEECH_LIT("or"),
		SPEECH_LIT("after"), SPEECH_LIT("before"), SPEECH_LIT("until"),
		SPEECH_LIT("than"),
	};

	return speech_range_in(x->s, w->start, w->end, words,
	    sizeof(words) / sizeof(words[0]));
}

/*
 * Is the cue at word i "asked" in a passive with no agent before "to" or
 * a question: "Marco Rubio was asked [to name an achievement]", "when
 * voters were asked [who would bring change]"?  The complement is what
 * was asked, with no source named (the asker is not; "asked by" is
 * speech_form_asked_by's); the subject, which PolNeAR annotates as a
 * raising verb's as often as not, is no item.
 */
int
speech_object_asked_passive(const struct qx *x, struct sent *t, size_t i)
{
	const struct text_word *n;

	if (i == 0 || i + 2 >= t->n || t->w[i].end - t->w[i].start != 5 ||
	    !is_word(x, &t->w[i], "asked") ||
	    !speech_span_is_be(x, &t->w[i - 1]))
		return 0;
	n = &t->w[i + 1];
	return !(n->flags & TEXT_W_CAP) && (is_word(x, n, "to") ||
	    is_word(x, n, "who") || is_word(x, n, "what") ||
	    is_word(x, n, "whether") || is_word(x, n, "why") ||
	    is_word(x, n, "how") || is_word(x, n, "if"));
}

/*
 * "[The music] seemed [to match the mood]", "[Trump] is expected [to
 * win]", "[Washington] appears [weak]": PolNeAR reads a hedging verb as
 * attributing both its subject and its complement, with no source named
 * (the writer's).  Two items, no speaker.  The complement is "to" + a
 * verb or a lower-case adjective (not "appeared on Fox News"); the
 * subject runs back to the clause's start ("In the past few days, [the
 * politician ...]"), and is left out when it is "it" or a relative
 * pronoun ("which seemed to carry ...").  "expected" only as a passive.
 */
int
speech_object_raising(struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	size_t j = i, k, n, cs, ce, ss;
	int be = 0, r, passive, asked;
	struct attr a;
	const struct text_word *w;
	static const struct speech_lit wh[] = {
		SPEECH_LIT("who"), SPEECH_LIT("what"), SPEECH_LIT("whether"),
		SPEECH_LIT("why"), SPEECH_LIT("how"), SPEECH_LIT("which"),
		SPEECH_LIT("if"), SPEECH_LIT("when"), SPEECH_LIT("where"),
	};
	/* "reportedly": its complement is the verb phrase after it */
	int adv = speech_ends_with(x, &t->w[i], "ly");

	if (i + 1 >= t->n || !text_gap_is_blank(s, t->w[i].end,
	    t->w[i + 1].start))
		return 0;
	/* back over the auxiliaries: "is", "has long been", "would" */
	while (j > 0 && i - j <= AUX_WORDS_MAX &&
	    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start) &&
	    !(t->w[j - 1].flags & TEXT_W_CAP) &&
	    (speech_is_adverb(x, t, j - 1) ||
	    speech_span_is_aux(x, &t->w[j - 1]) ||
	    speech_span_is_be(x, &t->w[j - 1]) ||
	    is_word(x, &t->w[j - 1], "not") ||
	    speech_is_neg_aux(x, &t->w[j - 1]))) {
		be |= speech_span_is_be(x, &t->w[j - 1]);
		j--;
	}
	/* "expected", "said": only as a passive ("is expected to");
	 * "asked" too, before "to" or a question ("was asked to name",
	 * "were asked who would") */
	asked = is_word(x, &t->w[i], "asked");
	passive = is_word(x, &t->w[i], "expected") ||
	    is_word(x, &t->w[i], "said") || asked;
	if (passive && !be)
		return 0;
	w = &t->w[i + 1];
	if (asked && speech_range_in(s, w->start, w->end, wh,
	    sizeof(wh) / sizeof(wh[0]))) {
		/* the question is the complement */
	} else if (is_word(x, w, "to")) {
		/* "to" + a verb: not "appeared to reporters" */
		if (i + 2 >= t->n || (t->w[i + 2].flags & TEXT_W_CAP) ||
		    (speech_wlx(x, t, i + 2) & (LX_DET | LX_PRON | LX_FUNC)))
			return 0;
	} else if (passive ||
	    (w->flags & (TEXT_W_CAP | TEXT_W_DIGIT)) ||
	    ((speech_wlx(x, t, i + 1) & (LX_FUNC | LX_DET | LX_PRON | LX_CAL |
	    SPEECH_CUES)) && !(adv && (speech_span_is_be(x, w) ||
	    speech_span_is_aux(x, w)))) || (speech_ends_with(x, w, "ing") &&
	    !adv))
		return 0;
	cs = w->start;
	ce = speech_subordinate_end(x, t, i, cs,
	    speech_span_tail_gloss(x, t, cs,
	    speech_stance_end(x, t, i + 1)), 1);
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce) ||
	    speech_span_direct_at(x, t, t->w[i].end) != NULL)
		return 0;
	memset(&a, 0, sizeof(a));
	a.cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	/* the subject: back to the clause's start */
	for (k = j, n = 0; k > 0 && n < RAISE_SUBJECT_WORDS_MAX; k--, n++) {
		const struct text_word *pw = &t->w[k - 1];

		if (!speech_span_blank_or_poss(s, pw->end, t->w[k].start) ||
		    speech_object_opens_clause(x, pw) ||
		    (speech_wlx(x, t, k - 1) & SPEECH_CUES))
			break;
	}
	/* not a sentence adverb or a time before it: "Later he seemed" */
	while (k + 1 < j && ((speech_wlx(x, t, k) & (LX_ADV | LX_CAL)) ||
	    speech_ends_with(x, &t->w[k], "ly") ||
	    speech_span_is_cal(x, &t->w[k])))
		k++;
	ss = k < j ? t->w[k].start : 0;
	/* not "it", "there", "what", nor a pronoun: "he seemed to
	 * indicate" is his act, not a hedge on him */
	if (k < j && !(k == 0 && t->w[k].start != t->ss) &&
	    n < RAISE_SUBJECT_WORDS_MAX && !asked && !(j - k == 1 &&
	    ((speech_wlx(x, t, k) & (LX_PRON | LX_FUNC)) ||
	    is_word(x, &t->w[k], "it") || is_word(x, &t->w[k], "there") ||
	    is_word(x, &t->w[k], "this") || is_word(x, &t->w[k], "what"))) &&
	    !speech_span_mostly_direct(x, t, ss, t->w[j - 1].end) &&
	    speech_emit(x, t, ss, t->w[j - 1].end, &a) == -1)
		return -1;
	r = speech_emit(x, t, cs, ce, &a);
	return r == -1 ? -1 : 1;
}


/*
 * "X's vote, which she has repeatedly said [was a mistake], ...",
 * "displaying what many analysts said [was a sign of ...]": a cue inside
 * a relative clause whose pronoun is the subject of what was said.
 * PolNeAR annotates two contents, the pronoun and the predicate after
 * the cue.  Only when the relative pronoun (which, that, what) stands
 * right before the cue's subject and a finite verb right after the
 * cue; the predicate ends at the comma that closes a relative clause
 * set off by one, else where a stance's content ends.  1 when taken.
 */
int
speech_object_relative(struct qx *x, struct sent *t, size_t i,
    struct attr *a)
{
	const char *s = x->s;
	const struct text_word *rel;
	const char *comma;
	size_t r, cs, ce;

	if (!a->found || i + 1 >= t->n || (t->w[i].flags & TEXT_W_CAP) ||
	    !speech_is_finite_aux(x, &t->w[i + 1]) ||
	    !text_gap_is_blank(s, t->w[i].end, t->w[i + 1].start))
		return 0;
	for (r = i; r > 0 && t->w[r].start > a->ms; r--)
		;
	if (r == 0 || t->w[r].start != a->ms)
		return 0;
	rel = &t->w[r - 1];
	if ((rel->flags & TEXT_W_CAP) || !text_gap_is_blank(s, rel->end,
	    a->ms) || !(is_word(x, rel, "which") || is_word(x, rel, "that") ||
	    is_word(x, rel, "what")))
		return 0;
	/* "not to suggest that Trump's comments are": a complementizer */
	if (r >= 2 && (speech_wlx(x, t, r - 2) & SPEECH_CUES))
		return 0;
	cs = t->w[i + 1].start;
	if (speech_char_before(s, t->ss, rel->start, NULL) == ',' &&
	    (comma = speech_form_clause_comma(s, cs, t->se)) != NULL &&
	    !speech_span_quote_between(x, t, cs, (size_t)(comma - s)))
		ce = (size_t)(comma - s);
	else
		ce = speech_span_clause_break(x, t, cs);
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce))
		return 0;
	a->cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	if (speech_emit(x, t, rel->start, rel->end, a) == -1 ||
	    speech_emit(x, t, cs, ce, a) == -1)
		return -1;
	return 1;
}

/*
 * Verbs of speech and thought whose content is the object of a fixed
 * preposition (LX_PREPCUE), each pair kept where PolNeAR's train and dev
 * articles annotate the object in three uses in four or more (outside
 * other content): "talked/talks/talking about" 58 of 70, "spoke
 * about/of" 15 of 17, "referring to" 38 of 51, "pointed to" 19 of 25,
 * "worried about" 9 of 11, "railed against" 10 of 10, "warned of" 5 of
 * 6; "focused on" (38 %) left out.  The other forms of a pair kept are
 * kept too ("talk about" 63 %, "has spoken about", "warns of"): on the
 * dev set 39 items more, 32 of them paired with gold.  Later pairs come
 * by class, each measured as a group (docs/extraction.md, "the lexicon
 * is built by class").
 */
/*
 * The pairs, kept by preposition: a verb is compared only with the verbs
 * of the preposition that follows it (most LX_PREPCUE words are
 * followed by one of the nine, but seldom by the one their pairs have:
 * "wrote in", "spoke to").  Each list is in the order of its classes:
 * - first: the pairs measured one by one (above);
 * - forms: the other inflections of those pairs (the lemma's class
 *   holds for all its forms);
 * - ask: asking about a topic (VerbNet's inquire-37.1.2, "asked about
 *   [his taxes]") and asking for what is wanted (FrameNet's
 *   Attempt_suasion with "for": ask, plead, beg, push, press, lobby,
 *   argue, advocate, appeal — "pushed for [a single-payer system]");
 *   arguing against what is opposed.  Lemmas as often nouns (press,
 *   lobby, advocate, appeal) in their -ed and -ing forms only;
 * - mention: mentioning through "to" (refer, allude, point): the forms
 *   of "referring to" and "pointed to" not yet kept (not the noun
 *   "points"), and allude's;
 * - attitude: adjectives of attitude with what the attitude is about:
 *   of emotion toward it (FrameNet's Emotion_directed: angry, upset,
 *   nervous... about), of certainty and trust (confident in, skeptical
 *   of, wary of, optimistic about), of judgment (critical, supportive,
 *   dismissive of) and awareness (aware of);
 * - topic: verbs of communication with its topic in "about" (VerbNet's
 *   talk-37.5, chit_chat-37.6, complain-37.8, manner_speaking-37.3,
 *   lecture-37.11: "wrote about [the war]", "testified about [the
 *   attack]"), and "comment on"; lemmas as often nouns (tweet, joke,
 *   rant, gripe, chat) in their -ed and -ing forms only;
 * - agree: verbs of agreement and opinion with their preposition: what
 *   is agreed or disagreed with (VerbNet's correspond-36.1: agree,
 *   disagree, concur, side with), believed in, insisted on, approved
 *   or disapproved of (admire-31.2), vouched or apologized for,
 *   objected to; "side" and "object", as often nouns, in their -ed and
 *   -ing forms only;
 * - react: verbs of reacting to a thing said or done, with "at": scorn
 *   and resistance (balk, scoff, bristle, sneer, jab: FrameNet's
 *   Judgment_communication and Emotion_directed), and hinting at it
 *   (hint: what is implied); boasting of it as of about.
 * A new pair goes into its preposition's list under its class (a new
 * preposition gets a list and a line in prep_cues).  The lists are
 * speech_lit's, so that speech_range_in compares a word only with the
 * verbs of its length, short ones as one key.
 */

static const struct speech_lit prep_about[] = {
	/* first */
	SPEECH_LIT("talked"), SPEECH_LIT("talks"), SPEECH_LIT("talking"),
	SPEECH_LIT("spoke"), SPEECH_LIT("worried"),
	SPEECH_LIT("complained"), SPEECH_LIT("joked"),
	SPEECH_LIT("boasted"), SPEECH_LIT("bragged"),
	/* forms */
	SPEECH_LIT("talk"), SPEECH_LIT("speak"), SPEECH_LIT("speaks"),
	SPEECH_LIT("speaking"), SPEECH_LIT("spoken"),
	SPEECH_LIT("complains"), SPEECH_LIT("complaining"),
	SPEECH_LIT("joking"), SPEECH_LIT("boasts"), SPEECH_LIT("boasting"),
	SPEECH_LIT("bragging"), SPEECH_LIT("worries"),
	SPEECH_LIT("worrying"), SPEECH_LIT("worry"),
	/* ask */
	SPEECH_LIT("ask"), SPEECH_LIT("asked"), SPEECH_LIT("asks"),
	SPEECH_LIT("asking"),
	/* attitude */
	SPEECH_LIT("concerned"), SPEECH_LIT("optimistic"),
	SPEECH_LIT("pessimistic"), SPEECH_LIT("skeptical"),
	SPEECH_LIT("sceptical"), SPEECH_LIT("hopeful"),
	SPEECH_LIT("confident"), SPEECH_LIT("nervous"),
	SPEECH_LIT("anxious"), SPEECH_LIT("upset"), SPEECH_LIT("angry"),
	SPEECH_LIT("furious"), SPEECH_LIT("enthusiastic"),
	SPEECH_LIT("excited"), SPEECH_LIT("unhappy"),
	SPEECH_LIT("doubtful"), SPEECH_LIT("upbeat"),
	/* candid */
	SPEECH_LIT("vocal"), SPEECH_LIT("outspoken"), SPEECH_LIT("candid"),
	SPEECH_LIT("upfront"), SPEECH_LIT("forthright"),
	SPEECH_LIT("explicit"), SPEECH_LIT("vague"),
	SPEECH_LIT("coy"), SPEECH_LIT("cagey"), SPEECH_LIT("evasive"),
	SPEECH_LIT("noncommittal"), SPEECH_LIT("unapologetic"),
	/* topic */
	SPEECH_LIT("write"), SPEECH_LIT("wrote"), SPEECH_LIT("writes"),
	SPEECH_LIT("writing"), SPEECH_LIT("written"),
	SPEECH_LIT("tweeted"), SPEECH_LIT("tweeting"), SPEECH_LIT("boast"),
	SPEECH_LIT("complain"), SPEECH_LIT("brag"), SPEECH_LIT("brags"),
	SPEECH_LIT("muse"), SPEECH_LIT("mused"), SPEECH_LIT("muses"),
	SPEECH_LIT("musing"), SPEECH_LIT("gushed"), SPEECH_LIT("gushing"),
	SPEECH_LIT("testify"), SPEECH_LIT("testified"),
	SPEECH_LIT("testifies"), SPEECH_LIT("testifying"),
	SPEECH_LIT("chatted"), SPEECH_LIT("chatting"),
	SPEECH_LIT("ranted"), SPEECH_LIT("ranting"), SPEECH_LIT("raved"),
	SPEECH_LIT("raving"), SPEECH_LIT("grumble"),
	SPEECH_LIT("grumbled"), SPEECH_LIT("grumbles"),
	SPEECH_LIT("grumbling"), SPEECH_LIT("fret"), SPEECH_LIT("fretted"),
	SPEECH_LIT("frets"), SPEECH_LIT("fretting"), SPEECH_LIT("griped"),
	SPEECH_LIT("griping"), SPEECH_LIT("whine"), SPEECH_LIT("whined"),
	SPEECH_LIT("whines"), SPEECH_LIT("whining"), SPEECH_LIT("preach"),
	SPEECH_LIT("preached"), SPEECH_LIT("preaches"),
	SPEECH_LIT("preaching"), SPEECH_LIT("lectured"),
	SPEECH_LIT("lecturing"),
};
static const struct speech_lit prep_against[] = {
	/* first */
	SPEECH_LIT("warned"), SPEECH_LIT("cautioned"),
	SPEECH_LIT("railed"),
	/* forms */
	SPEECH_LIT("warns"), SPEECH_LIT("warning"),
	SPEECH_LIT("cautioning"), SPEECH_LIT("railing"),
	SPEECH_LIT("rails"), SPEECH_LIT("warn"), SPEECH_LIT("caution"),
	SPEECH_LIT("cautions"),
	/* ask */
	SPEECH_LIT("argue"), SPEECH_LIT("argued"), SPEECH_LIT("argues"),
	SPEECH_LIT("arguing"), SPEECH_LIT("lobbied"),
	SPEECH_LIT("lobbying"),
};
static const struct speech_lit prep_at[] = {
	/* react */
	SPEECH_LIT("balk"), SPEECH_LIT("balks"), SPEECH_LIT("balked"),
	SPEECH_LIT("balking"), SPEECH_LIT("scoff"), SPEECH_LIT("scoffs"),
	SPEECH_LIT("scoffed"), SPEECH_LIT("scoffing"),
	SPEECH_LIT("bristle"), SPEECH_LIT("bristles"),
	SPEECH_LIT("bristled"), SPEECH_LIT("bristling"),
	SPEECH_LIT("sneer"), SPEECH_LIT("sneers"), SPEECH_LIT("sneered"),
	SPEECH_LIT("sneering"), SPEECH_LIT("jab"), SPEECH_LIT("jabs"),
	SPEECH_LIT("jabbed"), SPEECH_LIT("jabbing"), SPEECH_LIT("hint"),
	SPEECH_LIT("hints"), SPEECH_LIT("hinted"), SPEECH_LIT("hinting"),
};
static const struct speech_lit prep_for[] = {
	/* ask */
	SPEECH_LIT("ask"), SPEECH_LIT("asked"), SPEECH_LIT("asks"),
	SPEECH_LIT("asking"), SPEECH_LIT("plead"), SPEECH_LIT("pleaded"),
	SPEECH_LIT("pleads"), SPEECH_LIT("pleading"), SPEECH_LIT("beg"),
	SPEECH_LIT("begged"), SPEECH_LIT("begs"), SPEECH_LIT("begging"),
	SPEECH_LIT("pushed"), SPEECH_LIT("pushing"), SPEECH_LIT("pressed"),
	SPEECH_LIT("pressing"), SPEECH_LIT("lobbied"),
	SPEECH_LIT("lobbying"), SPEECH_LIT("argue"), SPEECH_LIT("argued"),
	SPEECH_LIT("argues"), SPEECH_LIT("arguing"),
	SPEECH_LIT("advocated"), SPEECH_LIT("advocating"),
	SPEECH_LIT("appealed"), SPEECH_LIT("appealing"),
	/* agree */
	SPEECH_LIT("vouch"), SPEECH_LIT("vouched"), SPEECH_LIT("vouches"),
	SPEECH_LIT("vouching"), SPEECH_LIT("apologize"),
	SPEECH_LIT("apologized"), SPEECH_LIT("apologizes"),
	SPEECH_LIT("apologizing"), SPEECH_LIT("apologise"),
	SPEECH_LIT("apologised"), SPEECH_LIT("apologising"),
	SPEECH_LIT("apologises"),
};
static const struct speech_lit prep_in[] = {
	/* attitude */
	SPEECH_LIT("confident"),
	/* agree */
	SPEECH_LIT("believe"), SPEECH_LIT("believed"),
	SPEECH_LIT("believes"), SPEECH_LIT("believing"),
};
static const struct speech_lit prep_of[] = {
	/* first */
	SPEECH_LIT("spoke"), SPEECH_LIT("warned"),
	/* forms */
	SPEECH_LIT("speak"), SPEECH_LIT("speaks"), SPEECH_LIT("speaking"),
	SPEECH_LIT("spoken"), SPEECH_LIT("warns"), SPEECH_LIT("warning"),
	SPEECH_LIT("warn"),
	/* attitude */
	SPEECH_LIT("confident"), SPEECH_LIT("skeptical"),
	SPEECH_LIT("sceptical"), SPEECH_LIT("wary"), SPEECH_LIT("fearful"),
	SPEECH_LIT("proud"), SPEECH_LIT("critical"),
	SPEECH_LIT("supportive"), SPEECH_LIT("dismissive"),
	SPEECH_LIT("suspicious"),
	/* agree */
	SPEECH_LIT("approve"), SPEECH_LIT("approved"),
	SPEECH_LIT("approves"), SPEECH_LIT("approving"),
	SPEECH_LIT("disapprove"), SPEECH_LIT("disapproved"),
	SPEECH_LIT("disapproves"), SPEECH_LIT("disapproving"),
	/* react */
	SPEECH_LIT("boast"), SPEECH_LIT("boasts"), SPEECH_LIT("boasted"),
	SPEECH_LIT("boasting"),
};
static const struct speech_lit prep_on[] = {
	/* first */
	SPEECH_LIT("commented"),
	/* forms */
	SPEECH_LIT("comments"), SPEECH_LIT("commenting"),
	/* topic */
	SPEECH_LIT("comment"),
	/* agree */
	SPEECH_LIT("insist"), SPEECH_LIT("insisted"),
	SPEECH_LIT("insists"), SPEECH_LIT("insisting"),
};
static const struct speech_lit prep_to[] = {
	/* first */
	SPEECH_LIT("referring"), SPEECH_LIT("pointed"),
	/* forms */
	SPEECH_LIT("pointing"), SPEECH_LIT("points"),
	/* mention */
	SPEECH_LIT("refer"), SPEECH_LIT("referred"), SPEECH_LIT("refers"),
	SPEECH_LIT("allude"), SPEECH_LIT("alluded"), SPEECH_LIT("alludes"),
	SPEECH_LIT("alluding"), SPEECH_LIT("point"),
	/* agree */
	SPEECH_LIT("objected"), SPEECH_LIT("objecting"),
};
static const struct speech_lit prep_with[] = {
	/* agree */
	SPEECH_LIT("agree"), SPEECH_LIT("agreed"), SPEECH_LIT("agrees"),
	SPEECH_LIT("agreeing"), SPEECH_LIT("disagree"),
	SPEECH_LIT("disagreed"), SPEECH_LIT("disagrees"),
	SPEECH_LIT("disagreeing"), SPEECH_LIT("concur"),
	SPEECH_LIT("concurred"), SPEECH_LIT("concurs"),
	SPEECH_LIT("concurring"), SPEECH_LIT("sided"),
	SPEECH_LIT("siding"),
};
#define PREP_CUE(p, verbs)	\
	{ p, sizeof(p) - 1, verbs, sizeof(verbs) / sizeof(verbs[0]) }
static const struct {
	const char		*prep;
	size_t			 len;
	const struct speech_lit	*verbs;
	size_t			 nverbs;
} prep_cues[] = {
	PREP_CUE("about", prep_about), PREP_CUE("against", prep_against),
	PREP_CUE("at", prep_at), PREP_CUE("for", prep_for),
	PREP_CUE("in", prep_in), PREP_CUE("of", prep_of),
	PREP_CUE("on", prep_on), PREP_CUE("to", prep_to),
	PREP_CUE("with", prep_with),
};

/* Is the verb [vs, ve) one of prep_cues' with the preposition [ps, pe)? */
static int
prep_cue_is(const char *s, size_t vs, size_t ve, size_t ps, size_t pe)
{
	size_t p;

	for (p = 0; p < sizeof(prep_cues) / sizeof(prep_cues[0]); p++) {
		if (pe - ps != prep_cues[p].len ||
		    !text_range_eq(s, ps, pe, prep_cues[p].prep))
			continue;
		return speech_range_in(s, vs, ve, prep_cues[p].verbs,
		    prep_cues[p].nverbs);
	}
	return 0;
}


/*
 * Light verbs: a verb of little meaning (make, take, weigh, touch) whose
 * fixed phrase after it names the act of speech (FrameNet's support
 * verbs: "made clear" is to state, "made the case" to argue, "made no
 * mention of" not to mention, "took issue with" to dispute, "took aim
 * at" to attack, "weighed in on" and "touched on" to comment on).  Each
 * verb form is an LX_LIGHT word, which the cue scan keeps only before
 * one of its lemma's phrases and no other rule reads as a cue.  On
 * PolNeAR's dev set 65 of 83 places after the phrases where no item
 * stood were content (made (it) clear 25, the case / the point 6, took
 * aim / a shot / issue 9, weighed in on 3, touched on 3).
 *
 * The same for verbs whose particle makes them verbs of saying or of
 * judging aloud, their object the content: presenting (FrameNet's
 * Statement: "laid out [his plan]", "pointed out [another bill]",
 * "spelled out [its concerns]", "ticked off [a list of enterprises]",
 * "summed up [the divide]"), judging (Judgment_communication:
 * "singled out [Carson's manager]", "talked up [her strategy]",
 * "played down [the idea]", "brushed off [the findings]", "shrugged
 * off [his comments]", "waved off [the delay]"), taking back or
 * refusing (Respond_to_proposal: "walked back [his comments]", "ruled
 * out [a run]"), taking sides (Taking_sides: "threw her support behind
 * [Cruz]").  On the dev set 58 of 92 such places with a subject of
 * their own were content.
 */
/* Bytes of a light verb's fixed phrase: "their support behind" is 20. */
#define LIGHT_BYTES_MAX		24

enum light_lemma {
	LIGHT_MAKE, LIGHT_TAKE, LIGHT_WEIGH, LIGHT_TOUCH, LIGHT_LAY,
	LIGHT_POINT, LIGHT_SPELL, LIGHT_SINGLE, LIGHT_RULE, LIGHT_PLAY,
	LIGHT_TALK, LIGHT_WALK, LIGHT_OFF, LIGHT_SUM, LIGHT_THROW, LIGHT_PUT
};

/*
 * The lemma of the LX_LIGHT word that starts at p, by its first letters
 * (the lexicon's LX_LIGHT words, no others, every form: make, made;
 * take, took, taken; weigh; touch; lay, laid; point; spell, spelt;
 * single; rule; play; talk; walk; sum, summed; throw, threw, thrown;
 * put; and the verbs of "off": brush, shrug, wave, laugh, tick, rattle).
 */
static enum light_lemma
light_lemma_of(const char *s, size_t p)
{
	switch (s[p]) {
	case 'm':
		return LIGHT_MAKE;
	case 'w':
		return s[p + 1] == 'e' ? LIGHT_WEIGH : s[p + 2] == 'l' ?
		    LIGHT_WALK : LIGHT_OFF;
	case 't':
		if (s[p + 1] == 'a')
			return s[p + 2] == 'k' ? LIGHT_TAKE : LIGHT_TALK;
		if (s[p + 1] == 'o')
			return s[p + 2] == 'o' ? LIGHT_TAKE : LIGHT_TOUCH;
		return s[p + 1] == 'h' ? LIGHT_THROW : LIGHT_OFF;
	case 'l':
		return s[p + 2] == 'u' ? LIGHT_OFF : LIGHT_LAY;
	case 'p':
		return s[p + 1] == 'o' ? LIGHT_POINT : s[p + 1] == 'u' ?
		    LIGHT_PUT : LIGHT_PLAY;
	case 's':
		return s[p + 1] == 'p' ? LIGHT_SPELL : s[p + 1] == 'i' ?
		    LIGHT_SINGLE : s[p + 1] == 'h' ? LIGHT_OFF : LIGHT_SUM;
	case 'r':
		return s[p + 1] == 'u' ? LIGHT_RULE : LIGHT_OFF;
	default:
		return LIGHT_OFF;	/* brush */
	}
}

/* A phrase: its lemma, its words (one space between them), and whether
 * a clause may follow it (its "that", or "for" before an object, passed
 * over: "made clear [that] ...", "made the case for [...]"); else an
 * object follows. */
#define LIGHT(l, p, w, c)	{ l, p, sizeof(p) - 1, w, c }
#define LIGHT_PHRASES		31
static const struct {
	enum light_lemma	 lemma;
	const char		*phrase;
	size_t			 len, words;
	int			 clause;
} light_phrases[LIGHT_PHRASES] = {
	LIGHT(LIGHT_MAKE, "clear", 1, 1),
	LIGHT(LIGHT_MAKE, "it clear", 2, 1),
	LIGHT(LIGHT_MAKE, "the case", 2, 1),
	LIGHT(LIGHT_MAKE, "the point", 2, 1),
	LIGHT(LIGHT_MAKE, "no mention of", 3, 0),
	LIGHT(LIGHT_TAKE, "aim at", 2, 0),
	LIGHT(LIGHT_TAKE, "a shot at", 3, 0),
	LIGHT(LIGHT_TAKE, "a swipe at", 3, 0),
	LIGHT(LIGHT_TAKE, "issue with", 2, 0),
	LIGHT(LIGHT_WEIGH, "in on", 2, 0),
	LIGHT(LIGHT_TOUCH, "on", 1, 0),
	LIGHT(LIGHT_LAY, "out", 1, 0),
	LIGHT(LIGHT_POINT, "out", 1, 1),	/* "points out that [...]" */
	LIGHT(LIGHT_SPELL, "out", 1, 0),
	LIGHT(LIGHT_SINGLE, "out", 1, 0),
	LIGHT(LIGHT_RULE, "out", 1, 0),
	LIGHT(LIGHT_PLAY, "down", 1, 0),
	LIGHT(LIGHT_PLAY, "up", 1, 0),
	LIGHT(LIGHT_TALK, "up", 1, 0),
	LIGHT(LIGHT_WALK, "back", 1, 0),
	LIGHT(LIGHT_OFF, "off", 1, 0),
	LIGHT(LIGHT_SUM, "up", 1, 0),
	LIGHT(LIGHT_THROW, "his support behind", 3, 0),
	LIGHT(LIGHT_THROW, "her support behind", 3, 0),
	LIGHT(LIGHT_THROW, "their support behind", 3, 0),
	LIGHT(LIGHT_THROW, "its support behind", 3, 0),
	LIGHT(LIGHT_THROW, "his weight behind", 3, 0),
	LIGHT(LIGHT_THROW, "her weight behind", 3, 0),
	LIGHT(LIGHT_THROW, "their weight behind", 3, 0),
	LIGHT(LIGHT_THROW, "its weight behind", 3, 0),
	LIGHT(LIGHT_PUT, "it", 1, 0),
};
_Static_assert(sizeof("their support behind") - 1 <= LIGHT_BYTES_MAX,
    "the longest phrase");
/* Where each lemma's phrases start in light_phrases (they are in lemma
 * order), and the end. */
static const size_t light_first[LIGHT_PUT + 2] = { 0, 5, 9, 10, 11, 12,
	13, 14, 15, 16, 18, 19, 20, 21, 22, 30, LIGHT_PHRASES };

/*
 * The phrase of light_phrases of the light verb [p, end) that follows
 * it, one space before it and no letter after it, or -1.  Lower case
 * only, as the cue scan reads.
 */
static int
light_phrase_at(const char *s, size_t se, size_t p, size_t end)
{
	enum light_lemma lemma = light_lemma_of(s, p);
	size_t l, b = end + 1;

	if (b >= se || s[end] != ' ')
		return -1;
	for (l = light_first[lemma]; l < light_first[lemma + 1]; l++)
		if (s[b] == light_phrases[l].phrase[0] &&
		    se - b > light_phrases[l].len &&
		    memcmp(s + b, light_phrases[l].phrase,
		    light_phrases[l].len) == 0 &&
		    !speech_ascii_lower((unsigned char)(s[b +
		    light_phrases[l].len] | 0x20)))
			return (int)l;
	return -1;
}

/*
 * Does the word "as" (either case) stand at most AS_SUBJECT_WORDS words
 * before p, the start of a word in the sentence that opens at ss, no
 * comma between?  Words are read between blanks, bytes only: the test
 * is the cue scan's, as_clause_start (speech_form.c) reads the clause.
 */
int
speech_object_as_before(const char *s, size_t ss, size_t p)
{
	size_t words, e;

	for (words = 0; words < AS_SUBJECT_WORDS && p > ss; words++) {
		for (e = p; e > ss && s[e - 1] == ' '; e--)
			;
		if (e == p || e == ss || s[e - 1] == ',')
			return 0;
		for (p = e; p > ss && s[p - 1] != ' '; p--)
			;
		if (e - p == 2 && (s[p] | 0x20) == 'a' && s[p + 1] == 's')
			return 1;
	}
	return 0;
}

/*
 * Does a light verb's phrase follow the light verb [p, end) of the
 * sentence [ss, se)?  Asked by the cue scan of each LX_LIGHT word, which
 * keeps it only then.  "put it" is a phrase of saying only in an
 * as-clause ("as he puts it, [CLAUSE]", FrameNet's Encoding: the
 * speaker's wording of the message; "He put it on the table" is none):
 * LIGHT_AS_SAYING then, which the scan keeps as a cue of speech.
 */
int
speech_object_light_at(const char *s, size_t ss, size_t se, size_t p,
    size_t end)
{
	int l = light_phrase_at(s, se, p, end);

	if (l < 0)
		return 0;
	/* "as Krugman points out, [CLAUSE]": in an as-clause "point
	 * out" is a cue of saying as "put it" is, the clause after the
	 * as-clause's comma its content, not the words after "out" */
	if (light_phrases[l].lemma == LIGHT_POINT)
		return speech_object_as_before(s, ss, p) ? LIGHT_AS_SAYING : 1;
	if (light_phrases[l].lemma != LIGHT_PUT)
		return 1;
	return speech_object_as_before(s, ss, p) ? LIGHT_AS_SAYING : 0;
}

/*
 * "Trump made clear [he would not back down]", "Cruz took aim at [the
 * front-runner]", "Obama weighed in on [the race]": the light verb at i
 * (an LX_LIGHT word), its phrase, and the object or clause after it, to
 * the end of its clause.  1 when taken.
 */
static int
light_verb(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i];
	size_t k, cs, ce, pe;
	int that = 0, ph;
	uint32_t nx;

	/* "as he put it" is a cue of speech, no light verb's object
	 * (speech_object_light_at) */
	if ((ph = light_phrase_at(s, t->se, w->start, w->end)) < 0 ||
	    light_phrases[ph].lemma == LIGHT_PUT)
		return 0;
	/* "were made clear", "was taken": a passive, no speech of the
	 * subject's (be + -ing is the progressive: "is making clear") */
	for (k = i; k > 0 && i - k < AUX_WORDS_MAX &&
	    !speech_ends_with(x, w, "ing"); k--) {
		if (speech_span_is_be(x, &t->w[k - 1]))
			return 0;
		if (!speech_is_adverb(x, t, k - 1))
			break;
	}
	/* k: the word after the phrase */
	k = i + 1 + light_phrases[ph].words;
	pe = w->end + 1 + light_phrases[ph].len;
	/* an object of one word is one ("threw her support behind
	 * [Cruz]") */
	if (k >= t->n || t->w[k - 1].end != pe ||
	    !text_all_space(s, pe, t->w[k].start))
		return 0;
	/* "made clear Tuesday night that": the time is the verb's */
	if (light_phrases[ph].clause)
		k += speech_span_time_after(x, t, k);
	if (k >= t->n)
		return 0;
	if (light_phrases[ph].clause && (is_word(x, &t->w[k], "that") ||
	    is_word(x, &t->w[k], "for"))) {
		that = is_word(x, &t->w[k], "that");
		if (++k >= t->n)
			return 0;
	}
	nx = speech_wlx(x, t, k);
	if (((nx & LX_FUNC) && !(nx & (LX_DET | LX_PRON))) ||
	    ((nx & LX_CAL) && !(t->w[k].flags & TEXT_W_POSS)))
		return 0;
	cs = t->w[k].start;
	if (speech_span_direct_at(x, t, t->w[k - 1].end) != NULL)
		return 0;
	ce = that ? speech_span_own_clause(x, t, cs,
	    speech_span_clause_break(x, t, cs)) :
	    speech_stance_end(x, t, k);
	ce = speech_subordinate_end(x, t, i, cs,
	    speech_span_tail_gloss(x, t, cs, ce), !that);
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce))
		return 0;
	a->cue = str_make(s + w->start, pe - w->start);
	return speech_emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}

/*
 * Verbs with the particle "out" (in public, openly) before their
 * preposition: speaking out about, against or for a thing, lashing out
 * at one (FrameNet's Statement and Judgment_communication; "come out
 * against" is left out: "come out on top", "came out for a breakfast"
 * are no stance).  PolNeAR dev: 12 of 19 such uses outside other items
 * are content.
 */
static const struct {
	const char	*verb, *prep;
} out_cues[] = {
	{ "speak", "about" }, { "speaks", "about" }, { "speaking", "about" },
	{ "spoke", "about" }, { "spoken", "about" },
	{ "speak", "against" }, { "speaks", "against" },
	{ "speaking", "against" }, { "spoke", "against" },
	{ "spoken", "against" },
	{ "speak", "for" }, { "speaks", "for" }, { "speaking", "for" },
	{ "spoke", "for" }, { "spoken", "for" },
	{ "lash", "at" }, { "lashes", "at" }, { "lashed", "at" },
	{ "lashing", "at" },
};

/* Is the verb at i followed by "out" and a preposition of out_cues
 * that goes with it? */
static int
out_cue(const struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	size_t k;

	if (i + 3 >= t->n || !is_word(x, &t->w[i + 1], "out") ||
	    !text_gap_is_blank(s, t->w[i + 1].end, t->w[i + 2].start))
		return 0;
	for (k = 0; k < sizeof(out_cues) / sizeof(out_cues[0]); k++)
		if (text_range_eq(s, t->w[i].start, t->w[i].end,
		    out_cues[k].verb) && text_range_eq(s, t->w[i + 2].start,
		    t->w[i + 2].end, out_cues[k].prep))
			return 1;
	return 0;
}

/* The lower-case word that starts at p (a space before it) in s, the
 * sentence ending at se: its end, or p when none is there.  A letter
 * after it, ASCII or not, makes it part of a longer word; a no-break
 * space (U+00A0) or a mark of the General Punctuation block (U+2000 to
 * U+206F: quotes, dashes) ends it ("speaking of\u00a0Clinton"). */
static size_t
lower_word_end(const char *s, size_t se, size_t p)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t e = p;

	while (e < se && (unsigned)(s[e] - 'a') < 26)
		e++;
	if (e < se && ((unsigned)((u[e] | 0x20) - 'a') < 26 ||
	    (u[e] >= 0x80 && !(e + 1 < se && ((u[e] == 0xc2 &&
	    u[e + 1] == 0xa0) || (u[e] == 0xe2 && u[e + 1] == 0x80))))))
		return p;
	return e;
}

/*
 * Is the lower-case word [p, q) of s (the sentence ending at se)
 * followed by one space and a preposition it takes in prep_cues, or by
 * "out" and one of out_cues' ("critical of", "vocal about", "spoke out
 * against")?  Asked by the cue scan of each word whose only cue class
 * is LX_PREPCUE, which keeps it only then: without its preposition such
 * a word is no cue (speech_object_prep reads none), and as a cue it
 * would end the content of another ("public records indicate", "leads
 * by five points in").
 */
int
speech_object_prep_pair_at(const char *s, size_t se, size_t p, size_t q)
{
	size_t e, e2, k;

	if (q + 2 >= se || s[q] != ' ' ||
	    (e = lower_word_end(s, se, q + 1)) == q + 1)
		return 0;
	if (e - q - 1 == 3 && memcmp(s + q + 1, "out", 3) == 0 &&
	    e + 1 < se && s[e] == ' ' &&
	    (e2 = lower_word_end(s, se, e + 1)) > e + 1) {
		for (k = 0; k < sizeof(out_cues) / sizeof(out_cues[0]); k++)
			if (text_range_eq(s, p, q, out_cues[k].verb) &&
			    text_range_eq(s, e + 1, e2, out_cues[k].prep))
				return 1;
	}
	return prep_cue_is(s, p, q, q + 1, e);
}

/*
 * "Obama talked about [the economy]", "Trump railed against [the trade
 * deal]", ", referring to [the senator]", "Davis lashed out at [the
 * nominee]": the object of the verb's preposition, to the end of its
 * clause.  1 when taken.
 */
int
speech_object_prep(struct qx *x, struct sent *t, size_t i,
    struct attr *a)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i];
	size_t cs, ce, p = i + 1;	/* p: the preposition */
	uint32_t nx;
	const struct speech_quote *fq;
	int out;

	/* (analyse asks for one of the two classes before the call) */
	if (speech_wlx(x, t, i) & LX_LIGHT)
		return light_verb(x, t, i, a);
	if (!(speech_wlx(x, t, i) & LX_PREPCUE) || i + 1 >= t->n ||
	    (w->flags & TEXT_W_CAP) ||
	    !text_gap_is_blank(s, w->end, t->w[i + 1].start))
		return 0;
	/* "spoke out against [X]": the particle between */
	if ((out = out_cue(x, t, i)) != 0)
		p = i + 2;
	/* "talked about ["Make America Great Again"]" */
	fq = fragment_after(x, t, p);
	if (fq == NULL && (p + 1 >= t->n ||
	    !text_gap_is_blank(s, t->w[p].end, t->w[p + 1].start)))
		return 0;
	if (!out && !prep_cue_is(s, w->start, w->end, t->w[p].start,
	    t->w[p].end))
		return 0;
	if (fq != NULL)
		return fragment_object(x, t, i, p, t->w[p].end, fq, a);
	/* "talked about it on Tuesday" is content; a time right after the
	 * preposition is not ("spoke of Tuesday's vote" is) */
	nx = speech_wlx(x, t, p + 1);
	if ((nx & LX_CAL) && !(t->w[p + 1].flags & TEXT_W_POSS))
		return 0;
	cs = t->w[p + 1].start;
	if (speech_span_direct_at(x, t, t->w[p].end) != NULL)
		return 0;
	ce = speech_subordinate_end(x, t, i, cs,
	    speech_span_tail_gloss(x, t, cs,
	    speech_stance_end(x, t, p + 1)), 1);
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce))
		return 0;
	a->cue = str_make(s + w->start, t->w[p].end - w->start);
	return speech_emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}
