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
 *   which X called NAME           speech_object_relative_naming
 *
 * X talked about OBJECT, X made clear OBJECT are speech_prep.c's; both
 * files read an object that opens with a quoted fragment here
 * (speech_object_fragment).
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
const struct speech_quote *
speech_object_fragment_after(const struct qx *x, struct sent *t, size_t i)
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
int
speech_object_fragment(struct qx *x, struct sent *t, size_t i, size_t last,
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
 * Does the infinitive or gerund at word i hang from a noun phrase that
 * opens its clause, the clause's subject ("The move to endorse Smith
 * surprised many", "Her refusal to support the bill angered ...",
 * "Efforts to criticize the law have failed", "Mr. Ban's record on
 * promoting ...")?  Its object then runs on into the main verb, which
 * the object reader does not know for one: no item.  The noun before
 * "to" or the preposition is the phrase's head; before it, lower-case
 * modifiers after a determiner or a possessor (a name's words before
 * its 's), or nothing, back to the sentence's start, a comma, a
 * semicolon, a colon or a subordinator.  A verb before the phrase
 * makes it an object ("used the speech to attack [Obama]").
 */
static int
in_subject_np(const struct qx *x, struct sent *t, size_t i)
{
	static const struct speech_lit subordinators[] = {
		SPEECH_LIT("because"), SPEECH_LIT("although"),
		SPEECH_LIT("though"), SPEECH_LIT("while"), SPEECH_LIT("if"),
		SPEECH_LIT("unless"), SPEECH_LIT("whether"),
		SPEECH_LIT("when"),
	};
	static const struct speech_lit clitic[] = {
		SPEECH_LIT("it's"), SPEECH_LIT("that's"),
		SPEECH_LIT("there's"), SPEECH_LIT("here's"),
		SPEECH_LIT("what's"), SPEECH_LIT("who's"),
		SPEECH_LIT("he's"), SPEECH_LIT("she's"), SPEECH_LIT("let's"),
	};
	const char *s = x->s;
	size_t h, j;
	int det = 0, plural;	/* det: 1 a determiner, 2 a possessor */

	/* "to" or a preposition before the form; or "to" and a verb of
	 * aspect before a gerund ("The decision to stop praising") */
	if (i >= 3 && !(speech_wlx(x, t, i - 1) & LX_FUNC) &&
	    is_word(x, &t->w[i - 2], "to"))
		i--;
	if (i < 2 || !(speech_wlx(x, t, i - 1) & LX_FUNC) ||
	    !text_gap_is_blank(s, t->w[h = i - 2].end, t->w[i - 1].start))
		return 0;
	if ((t->w[h].flags & (TEXT_W_POSS | TEXT_W_DIGIT)) ||
	    (speech_wlx(x, t, h) & (LX_FUNC | LX_PRON | LX_DET | LX_ADV)) ||
	    speech_ends_with(x, &t->w[h], "ed") ||
	    speech_ends_with(x, &t->w[h], "ing") ||
	    speech_span_is_be(x, &t->w[h]))
		return 0;
	/* a head in -s right after its determiner ("her plans to"): after
	 * a noun it is as often the verb ("Pew's research focuses on") */
	plural = s[t->w[h].end - 1] == 's';
	for (j = h; j > 0; j--) {
		const struct text_word *p = &t->w[j - 1];
		uint32_t c = speech_wlx(x, t, j - 1);

		if (!text_gap_is_blank(s, p->end, t->w[j].start) ||
		    speech_range_in(s, p->start, p->end, subordinators,
		    sizeof(subordinators) / sizeof(subordinators[0])))
			return det;
		/* the determiner or the possessor, then the possessor's
		 * name ("Mr. Ban's record on") */
		if (((p->flags & TEXT_W_POSS) &&
		    !speech_range_in(s, p->start, p->end, clitic,
		    sizeof(clitic) / sizeof(clitic[0]))) || (c & LX_DET)) {
			if (plural && j < h)
				return 0;
			det = (p->flags & TEXT_W_POSS) ? 2 : 1;
			continue;
		}
		if (det ? det != 2 || !(p->flags & TEXT_W_CAP) ||
		    (c & LX_FUNC) ||
		    speech_ends_with(x, p, "ing") :
		    (p->flags & (TEXT_W_CAP | TEXT_W_DIGIT)) ||
		    (c & (LX_FUNC | LX_PRON | LX_ADV | SPEECH_CUES)) ||
		    x->s[p->end - 1] == 's' || speech_ends_with(x, p, "ed") ||
		    speech_ends_with(x, p, "ing") || speech_span_is_be(x, p))
			return 0;
	}
	/* at the sentence's start: a determiner, or a plural head itself
	 * ("Efforts to criticize", "Calls to reject") */
	return det || (h == 0 && plural);
}

/*
 * "spoke on condition of anonymity to discuss the meeting", "were not
 * authorized to discuss the investigation": the news writer's account of
 * why a source goes unnamed, not a view of the source's on the topic.
 */
static int
sourcing_formula(const struct qx *x, const struct sent *t, size_t i)
{
	return i >= 2 && is_word(x, &t->w[i - 1], "to") &&
	    (is_word(x, &t->w[i - 2], "anonymity") ||
	    is_word(x, &t->w[i - 2], "authorized"));
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

/*
 * Is the subject a's mention right after a relative pronoun that a
 * comma sets off ("The dog, which Smith called [Rex], ran away",
 * "Bannon, whom Beck called [a bigot], left"): the pronoun is the
 * verb's object, and the clause ends at its comma as a relative
 * subject's does.
 */
static int
relative_object_set_off(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a)
{
	size_t r;
	const struct text_word *rel;

	if (!a->found || a->ms >= t->w[i].start)
		return 0;
	/* back from the verb to its subject's first word */
	for (r = i; r > 0 && t->w[r].start > a->ms; r--)
		;
	if (r == 0 || t->w[r].start != a->ms)
		return 0;
	rel = &t->w[r - 1];
	return text_gap_is_blank(x->s, rel->end, a->ms) &&
	    (is_word(x, rel, "which") || is_word(x, rel, "who") ||
	    is_word(x, rel, "whom")) &&
	    speech_char_before(x->s, t->ss, rel->start, NULL) == ',';
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
 * Is "that" at word k a demonstrative, the object or its determiner,
 * not the complementizer the clause rules read: the clause ends right
 * after it ("Sanders rejected [that], too", "he said [that].") or after
 * one lower-case noun ("Priebus rejected [that idea].", "legislators
 * have questioned [that determination], waging ...")?  A clause after a
 * complementizer has its verb before any stop.  The object's end, or 0.
 * A time word or a particle after it is no noun of its: "announced
 * [that] today", "denied [that] yesterday", not [that today]; "backed
 * that up" is no stance (review T8).
 */
static size_t
demonstrative_that(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit not_nouns[] = {
		SPEECH_LIT("today"), SPEECH_LIT("yesterday"),
		SPEECH_LIT("tonight"), SPEECH_LIT("tomorrow"),
		SPEECH_LIT("now"), SPEECH_LIT("soon"), SPEECH_LIT("later"),
		SPEECH_LIT("earlier"), SPEECH_LIT("again"),
		SPEECH_LIT("too"), SPEECH_LIT("either"),
	};
	static const struct speech_lit particles[] = {
		SPEECH_LIT("up"), SPEECH_LIT("down"), SPEECH_LIT("out"),
		SPEECH_LIT("off"), SPEECH_LIT("back"),
	};
	const struct text_word *n;
	uint32_t c = speech_char_after(x->s, t->se, t->w[k].end);

	if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' ||
	    c == '?')
		return t->w[k].end;
	if (k + 1 >= t->n)
		return 0;
	n = &t->w[k + 1];
	if ((n->flags & (TEXT_W_CAP | TEXT_W_DIGIT)) ||
	    !text_gap_is_blank(x->s, t->w[k].end, n->start) ||
	    (speech_wlx(x, t, k + 1) & (LX_FUNC | LX_DET | LX_PRON |
	    LX_ADV)) || speech_is_adverb(x, t, k + 1) ||
	    speech_range_in(x->s, n->start, n->end, particles,
	    sizeof(particles) / sizeof(particles[0])))
		return 0;
	c = speech_char_after(x->s, t->se, n->end);
	if (!(c == ',' || c == '.' || c == ';' || c == ':' || c == '!' ||
	    c == '?'))
		return 0;
	return speech_range_in(x->s, n->start, n->end, not_nouns,
	    sizeof(not_nouns) / sizeof(not_nouns[0])) ? t->w[k].end : n->end;
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
	size_t dem;

	/* (analyse asks this before the call) */
	if (!(lx & (LX_STANCE | LX_INTENT)))
		return 0;
	/* "denounce [“self-deportation,”]", "portray [“illegal” immigrants
	 * as criminals]": a fragment in the gap after the verb opens its
	 * object (the sentence's words leave quotes out) */
	fq = (lx & LX_STANCE) ? speech_object_fragment_after(x, t, i) : NULL;
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
	 * ("Her plans to", "his oft-stated promise to"); an infinitive or
	 * a gerund after a preposition (speech_far_subject) is a verb, its
	 * object a view of its clause's subject's ("tried to portray [X as
	 * Y]", "without mentioning [Sanders]"), but for "see", whose noun
	 * phrase is seen, no view ("came to see Romney accept"), and but
	 * for a sourcing formula's */
	if (!speech_ends_with(x, &t->w[i], "ed") &&
	    !is_word(x, &t->w[i], "sought") && subj != SUBJ_PARTICIPLE &&
	    subj != SUBJ_COORD && !(subj == SUBJ_FAR &&
	    !is_word(x, &t->w[i], "see") &&
	    !is_word(x, &t->w[i], "seeing") &&
	    !sourcing_formula(x, t, i) && !in_subject_np(x, t, i)) &&
	    !(subj == SUBJ_RELATIVE && (a->ns < a->ne ||
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
		return speech_object_fragment(x, t, i, i, t->w[i].end, fq, a);
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
		if ((fq = speech_object_fragment_after(x, t, k)) != NULL)
			return speech_object_fragment(x, t, i, k, t->w[i].end, fq,
			    a);
		if (++k >= t->n)
			return 0;
		w = &t->w[k];
		nx = speech_wlx(x, t, k);
	/* "called that "beyond preposterous."": a naming verb takes an
	 * object and its name, no clause, so "that" is the demonstrative */
	} else if (lx & LX_NAMING && (nx & LX_FUNC) && !(nx & (LX_DET |
	    LX_PRON)) && !is_word(x, w, "that") &&
	    !(as_object = relative_described_as(x, t, i, a)))
		return 0;
	if (lx & LX_INTENT && !(lx & LX_STANCE) && !is_word(x, w, "to"))
		return 0;
	/* "as" opens the content after a relative object: "whom he
	 * described [as "volatile"]" */
	if (!as_object && k == i + 1)
		as_object = relative_described_as(x, t, i, a);
	dem = is_word(x, w, "that") ? demonstrative_that(x, t, k) : 0;
	if (((nx & LX_FUNC) && !(nx & (LX_DET | LX_PRON)) &&
	    !is_word(x, w, "to") && !as_object && !dem && !((lx & LX_NAMING) &&
	    is_word(x, w, "that"))) || (nx & LX_CAL) ||
	    (is_word(x, w, "that") && !dem &&
	    !(lx & LX_NAMING)) ||
	    ((w->flags & TEXT_W_CAP) && (nx & LX_CAPSTOP) && !(nx & LX_DET)))
		return 0;
	cs = w->start;
	if (speech_span_direct_at(x, t, t->w[i].end) != NULL)
		return 0;
	ce = speech_subordinate_end(x, t, i, cs,
	    speech_span_tail_gloss(x, t, cs,
	    speech_stance_end(x, t, k)), 1);
	/* the demonstrative object is "that" or "that" and its noun */
	if (dem != 0 && dem < ce)
		ce = dem;
	/* "Hoff, who declined [to comment], left": a relative clause set
	 * off by a comma ends at its comma */
	if ((subj == SUBJ_RELATIVE ? speech_char_before(s, t->ss, a->ms,
	    NULL) == ',' : relative_object_set_off(x, t, i, a)) &&
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
 * speech_ask_by's); the subject, which PolNeAR annotates as a
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
		ce = speech_break_end(x, t, cs);
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce))
		return 0;
	a->cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	if (speech_emit(x, t, rel->start, rel->end, a) == -1 ||
	    speech_emit(x, t, cs, ce, a) == -1)
		return -1;
	return 1;
}

/*
 * "which Mr. Trump called ''a disgrace,''", "in what officials called a
 * hate crime", "Bannon, who Beck on Wednesday called "a horrible,
 * despicable human being."": a naming verb at i whose object is the
 * relative pronoun right before its subject.  PolNeAR annotates two
 * contents, as for speech_object_relative: the pronoun (the guidelines'
 * "the man who the judge accused ...": the pronoun, not its antecedent)
 * and the name given after the verb: a quote whole here (1: taken);
 * a noun phrase is the naming verb's object as read for any naming verb
 * (2: the pronoun only, the caller reads on).  Not "what" after a verb
 * of the lexicon ("criticized what she called ..."), whose content the
 * phrase is.
 */
int
speech_object_relative_naming(struct qx *x, struct sent *t, size_t i,
    struct attr *a)
{
	const char *s = x->s;
	const struct text_word *rel;
	size_t r, k, cs, ce, from;

	if (!a->found || (t->w[i].flags & TEXT_W_CAP))
		return 0;
	for (r = i; r > 0 && t->w[r].start > a->ms; r--)
		;
	if (r == 0 || t->w[r].start != a->ms)
		return 0;
	rel = &t->w[r - 1];
	if ((rel->flags & TEXT_W_CAP) || !text_gap_is_blank(s, rel->end,
	    a->ms) || !(is_word(x, rel, "which") || is_word(x, rel, "who") ||
	    is_word(x, rel, "whom") || is_word(x, rel, "what") ||
	    is_word(x, rel, "that")))
		return 0;
	if ((is_word(x, rel, "what") || is_word(x, rel, "that")) && r >= 2 &&
	    (speech_wlx(x, t, r - 2) & SPEECH_KEPT))
		return 0;
	/* "described as "peaceful,"": the name with its "as" */
	cs = from = t->w[i].end;
	if (i + 1 < t->n && is_word(x, &t->w[i + 1], "as")) {
		cs = t->w[i + 1].start;
		from = t->w[i + 1].end;
	}
	ce = 0;
	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = speech_sq_at(x, t, k);

		if (q->start >= from && text_gap_is_blank(s, from, q->start)) {
			if (cs == t->w[i].end)
				cs = q->start;
			ce = q->end;
			break;
		}
	}
	/* "the fact that Trump called Cruz a liar": "that" opens a
	 * clause unless a quote, the name given, follows the verb */
	if (ce == 0 && is_word(x, rel, "that"))
		return 0;
	/* "called for", "called on", "called it ...": no name given; an
	 * "as" phrase is read as any describing verb's (2) */
	if (ce == 0 && (i + 1 >= t->n || (from == t->w[i].end &&
	    (speech_wlx(x, t, i + 1) & (LX_FUNC | LX_PRON)))))
		return 0;
	a->cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	if (speech_emit(x, t, rel->start, rel->end, a) == -1)
		return -1;
	if (ce == 0)
		return 2;
	return speech_emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}

/* Words from a relative pronoun's cue back to the cue's subject: "which
 * the former Mrs. Trump recently has denied" reads back six; a longer
 * run is no subject right after a pronoun. */
#define REL_SUBJECT_WORDS_MAX	8

/*
 * "a wall, [which] he said [Mexico should pay for]", "taxes on income
 * ([which] Clinton also supports)", "That was [what] Sanders wanted to
 * hear": the relative pronoun right before the subject of the cue at i
 * stands for a part of what was said or held (its object, or the
 * subject of the clause said), and PolNeAR annotates it as a content of
 * its own beside the clause the cue takes (the guidelines' "Relative
 * pronouns": the pronoun, not its antecedent).  The pronoun's word + 1,
 * or 0: which, whom or what, in lower case, not after a function word
 * ("in which he said", "to whom she wrote", "for what he saw": the
 * preposition's object is a circumstance of the saying, no part of it)
 * nor after a cue ("said what he thought": the outer verb's content).
 * Not "that" (a complementizer as often: "so clear that he said") nor
 * "who" (the subject of its own clause as often).
 */
size_t
speech_object_relative_pronoun(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a)
{
	const struct text_word *rel;
	size_t r;

	if (!a->found || a->ms <= t->ss)
		return 0;
	for (r = i; r > 0 && i - r < REL_SUBJECT_WORDS_MAX &&
	    t->w[r].start > a->ms; r--)
		;
	if (r == 0 || r == i || t->w[r].start != a->ms)
		return 0;
	rel = &t->w[r - 1];
	if ((rel->flags & TEXT_W_CAP) ||
	    !text_gap_is_blank(x->s, rel->end, a->ms) ||
	    (!is_word(x, rel, "which") && !is_word(x, rel, "whom") &&
	    !is_word(x, rel, "what")))
		return 0;
	if (r >= 2 && (speech_wlx(x, t, r - 2) & (LX_FUNC | SPEECH_KEPT)))
		return 0;
	/* one lower-case word no pronoun is no subject of the cue but a
	 * verb or an adverb of the pronoun's own ("which helps explain",
	 * "which left little doubt", "which together vowed") */
	if (r + 1 == i && !a->pronoun && !(t->w[r].flags & TEXT_W_CAP))
		return 0;
	return r;
}
