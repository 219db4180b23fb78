/*
 * speech_ask.c — speech put to someone or drawn from them: the question
 * after "asked" ("Asked whether ..., X said", "asked by host Y [if
 * ...]"), "wondered"/"led X to say" and the object that speaks after
 * them, and the addressee of "told" and "asked" that ends before the
 * content ("told reporters [the vote ...]", "asked her [why ...]").
 * speech_form.c reads the content of "X said (that) CLAUSE" and asks
 * these where a cue has an addressee or opens a question.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/* Bytes of the closing quotation mark at pos, or 0. */
static size_t
closing_mark_len(const char *s, size_t pos)
{
	if (s[pos] == '"')
		return 1;
	if (text_range_eq(s, pos, pos + 3, "\xe2\x80\x9d") ||
	    text_range_eq(s, pos, pos + 3, "\xe2\x80\x99"))
		return 3;
	return 0;
}

static int
is_closing_mark(const char *s, size_t pos)
{
	return closing_mark_len(s, pos) != 0;
}


/*
 * The asker named by "by" right after "asked" at word i ("asked by host
 * John Dickerson [whether ...]", "Asked by a reporter [if ...]"), before
 * the question's first word q: the mention after "by" (past lower-case
 * descriptors: "host John Dickerson"), or the words up to
 * q (NOMINAL_MAX at most) when no mention is read there.  a is cleared
 * first; a->found is 0 when no "by" follows.
 */
static void
asker_by(const struct qx *x, struct sent *t, size_t i, size_t q,
    struct attr *a)
{
	struct text_word last;
	size_t m;

	memset(a, 0, sizeof(*a));
	if (i + 2 >= q || !is_word(x, &t->w[i + 1], "by"))
		return;
	if ((!speaker_mention_fwd(x->s, t->se, t->w[i + 1].end, a, &last) &&
	    !speaker_mention_described_fwd(x->s, t->se, t->w[i + 1].end, a)) ||
	    a->me > t->w[q].start) {
		memset(a, 0, sizeof(*a));
		a->ms = t->w[i + 2].start;
		for (m = i + 2; m < q && m < i + 2 + NOMINAL_MAX; m++)
			a->me = t->w[m].end;
	}
	a->found = 1;
}

/*
 * "Asked whether X, ...", "When asked whether X, ...": the question put
 * to the clause's subject is content with no source named (the asker).
 * From the word after "asked" ("about" left out) to the comma.  Past
 * whom it was put by or when and where ("Asked by Matt Lauer [whether
 * she had practiced her speech], ...", "Asked on Monday [whether ...]",
 * "Asked during a January debate [why ...]": the first "if", "whether"
 * or wh-word within ADDRESSEE_WORDS_MAX words, no comma, "to", "that" or
 * cue before it); the asker after "by" is the source.
 */
static __attribute__((noinline)) int asked_question_at(struct qx *x,
    struct sent *t, size_t k);

int
speech_ask_question(struct qx *x, struct sent *t)
{
	/* "When asked whether ...", "If asked about ..." */
	if (t->n >= 4 && (t->w[0].flags & TEXT_W_CAP) &&
	    (is_word(x, &t->w[0], "when") || is_word(x, &t->w[0], "if") ||
	    is_word(x, &t->w[0], "once")) && is_word(x, &t->w[1], "asked"))
		return asked_question_at(x, t, 1);
	if (t->n < 3 || !is_word(x, &t->w[0], "asked") ||
	    !(t->w[0].flags & TEXT_W_CAP))
		return 0;
	return asked_question_at(x, t, 0);
}

/* speech_ask_question's question after "asked" at word k (out of
 * line: the test above runs for every sentence) */
static int
asked_question_at(struct qx *x, struct sent *t, size_t k)
{
	const char *s = x->s;
	const struct text_word *w;
	const char *comma_p;
	size_t cs, q;
	struct attr a;

	w = &t->w[k + 1];
	memset(&a, 0, sizeof(a));
	if (is_word(x, w, "about"))
		w = &t->w[k + 2];
	else if (!is_word(x, w, "whether") && !is_word(x, w, "if") &&
	    !is_word(x, w, "what") && !is_word(x, w, "how") &&
	    !is_word(x, w, "why") && !is_word(x, w, "who") &&
	    !is_word(x, w, "when") && !is_word(x, w, "which") &&
	    !is_word(x, w, "specifically")) {
		if ((q = speech_ask_after_addressee(x, t, k)) == 0)
			return 0;
		w = &t->w[q];
		asker_by(x, t, k, q, &a);
	}
	cs = w->start;
	comma_p = speech_form_clause_comma(s, cs, t->se);
	/* the comma may sit inside the question's closing mark */
	if (comma_p == NULL)
		return 0;
	a.cue = str_make(s + t->w[k].start, t->w[k].end - t->w[k].start);
	return speech_emit(x, t, cs, (size_t)(comma_p - s) + (comma_p + 1 < s +
	    t->se && is_closing_mark(s, (size_t)(comma_p - s) + 1) ?
	    closing_mark_len(s, (size_t)(comma_p - s) + 1) + 1 : 0), &a) ==
	    -1 ? -1 : 1;
}

/*
 * "Rubio was asked by Fox Business moderator Gerard Baker [whether his
 * proposed expansion ... would ...]": a passive of "asked" with its agent
 * at word i; the question after the agent is the asker's, not the
 * subject's (the subject is whom it was put to: PolNeAR names the asker).
 * From the question's first word to the sentence's end.  1 when it took
 * the item.
 */
int
speech_ask_by(struct qx *x, struct sent *t, size_t i)
{
	struct attr a;
	size_t q, ce;

	if (i == 0 || i + 3 >= t->n || !is_word(x, &t->w[i], "asked") ||
	    !is_word(x, &t->w[i + 1], "by") ||
	    !speech_span_is_be(x, &t->w[i - 1]) ||
	    (q = speech_ask_after_addressee(x, t, i)) == 0)
		return 0;
	asker_by(x, t, i, q, &a);
	ce = speech_span_trim_end(x->s, t->w[q].start, t->se);
	if (!a.found || speech_span_direct_at(x, t, t->w[q].start) != NULL ||
	    speech_span_mostly_direct(x, t, t->w[q].start, ce))
		return 0;
	a.cue = str_make(x->s + t->w[i].start, t->w[i].end - t->w[i].start);
	return speech_emit(x, t, t->w[q].start, ce, &a) == -1 ? -1 : 1;
}

/* Is w a verb that makes its object the subject of the infinitive after
 * it ("leaving some to question", "caused many to wonder", "leading
 * law enforcement authorities to question")? */
static int
is_object_control(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit l[] = {
		SPEECH_LIT("leave"), SPEECH_LIT("leaves"),
		SPEECH_LIT("leaving"), SPEECH_LIT("left"),
		SPEECH_LIT("cause"), SPEECH_LIT("causes"),
		SPEECH_LIT("causing"), SPEECH_LIT("caused"),
		SPEECH_LIT("lead"), SPEECH_LIT("leads"),
		SPEECH_LIT("leading"), SPEECH_LIT("led"),
		SPEECH_LIT("prompt"), SPEECH_LIT("prompts"),
		SPEECH_LIT("prompting"), SPEECH_LIT("prompted"),
	};

	return speech_range_in(x->s, w->start, w->end, l,
	    sizeof(l) / sizeof(l[0]));
}

/*
 * "..., leaving some to question [whether she or her replacement deserved
 * credit]", "has caused many to wonder [if a more conservative candidate
 * should run]": "wonder" or "question" at word i, an infinitive after a
 * verb of object control (is_object_control) and its object, before an
 * indirect question.  The object is the infinitive's subject and so the
 * source (PolNeAR annotates 5 of 5 on the dev set); the question runs to
 * the sentence's end.  speech_ask_wonder_object: the object's first
 * word, or 0 when word i is no such infinitive (speech_cue.c keeps it as
 * a cue then, as it keeps "continued to say").  speech_ask_wonder_to: 1
 * when it took the item.
 */
size_t
speech_ask_wonder_object(const struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	size_t j, len = t->w[i].end - t->w[i].start;

	/* "wonder", "question" */
	if ((len != 6 && len != 8) || i < 3 || i + 2 >= t->n ||
	    !is_word(x, &t->w[i - 1], "to") ||
	    !(is_word(x, &t->w[i], "wonder") ||
	    is_word(x, &t->w[i], "question")) ||
	    !speech_ask_opens_question(x, &t->w[i + 1]) ||
	    !text_gap_is_blank(s, t->w[i].end, t->w[i + 1].start))
		return 0;
	/* back over the object, a short noun phrase with no comma, to the
	 * verb */
	for (j = i - 2;; j--) {
		if (!text_gap_is_blank(s, t->w[j].end, t->w[j + 1].start) ||
		    j == 0 || i - 1 - j > NOMINAL_MAX)
			return 0;
		if (is_object_control(x, &t->w[j - 1]) &&
		    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start))
			return j;
	}
}

/* Is w, a cue, in its base form (no -s, -ed, -ing; "discuss" keeps its
 * -ss), the form an infinitive takes? */
static int
base_form(const struct qx *x, const struct text_word *w)
{
	return !speech_ends_with(x, w, "ed") &&
	    !speech_ends_with(x, w, "ing") &&
	    (!speech_ends_with(x, w, "s") || speech_ends_with(x, w, "ss"));
}

/* Is w a verb of causation that makes its object the subject of a verb
 * of speech or thought in the infinitive after it (FrameNet's Causation:
 * "led her to declare", "prompted Anderson Cooper to accuse", "drives
 * candidate to say")?  Not "leave", whose object with any verb is as
 * often a thing left ("left it to the voters to decide"); not the verbs
 * of permission and force ("allow", "force", "push"), whose infinitive
 * is a duty or a right, no act of the object's own. */
static int
is_causer(const struct qx *x, const struct text_word *w)
{
	/* their first letters: one byte test before twenty compares
	 * (each cue after "to" reads back over up to seven words) */
	const char c = x->s[w->start];
	static const struct speech_lit l[] = {
		SPEECH_LIT("cause"), SPEECH_LIT("causes"),
		SPEECH_LIT("causing"), SPEECH_LIT("caused"),
		SPEECH_LIT("lead"), SPEECH_LIT("leads"),
		SPEECH_LIT("leading"), SPEECH_LIT("led"),
		SPEECH_LIT("prompt"), SPEECH_LIT("prompts"),
		SPEECH_LIT("prompting"), SPEECH_LIT("prompted"),
		SPEECH_LIT("drive"), SPEECH_LIT("drives"),
		SPEECH_LIT("driving"), SPEECH_LIT("drove"),
		SPEECH_LIT("spur"), SPEECH_LIT("spurs"),
		SPEECH_LIT("spurred"), SPEECH_LIT("spurring"),
	};

	if (c != 'l' && c != 'p' && c != 'c' && c != 'd' && c != 's')
		return 0;
	return speech_range_in(x->s, w->start, w->end, l,
	    sizeof(l) / sizeof(l[0]));
}

/*
 * "The decisive victory led [Republican National Committee Chairman
 * Reince Priebus] to declare [him the presumptive nominee]", "This leads
 * many cyber experts to suspect that [...]": the cue at word i, a base
 * form right after "to", after a verb of causation (is_causer) and its
 * object, a noun phrase of at most NOMINAL_MAX words with no comma.  The
 * object is the infinitive's subject and so the source (PolNeAR dev: 10
 * of 13 such uses annotated so, the object the source).  The object's
 * first word, or 0 when word i is no such infinitive.
 */
size_t
speech_ask_caused_object(const struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	size_t j, k;

	if (i < 3 || t->w[i - 1].end - t->w[i - 1].start != 2 ||
	    !is_word(x, &t->w[i - 1], "to") ||
	    !text_gap_is_blank(s, t->w[i - 1].end, t->w[i].start) ||
	    !base_form(x, &t->w[i]))
		return 0;
	/* back over the object to the verb (its words' classes asked
	 * only once a verb is found: few infinitives have one) */
	for (j = i - 2;; j--) {
		if (!text_gap_is_blank(s, t->w[j].end, t->w[j + 1].start) ||
		    j == 0 || i - 1 - j > NOMINAL_MAX)
			return 0;
		if (is_causer(x, &t->w[j - 1]) &&
		    !(t->w[j - 1].flags & TEXT_W_CAP) &&
		    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start))
			break;
	}
	/* no function word in the object but a determiner ("some
	 * allies", "the Latvian journalist"; not "led to calls to
	 * say") */
	for (k = j; k + 1 < i; k++)
		if ((speech_wlx(x, t, k) & (LX_FUNC | LX_DET)) == LX_FUNC)
			return 0;
	return j;
}

/* The source of the cue at i that speech_ask_caused_object found: the
 * mention in the object [w[j], "to"), else the object's words. */
void
speech_ask_caused_source(const struct qx *x, struct sent *t, size_t i,
    size_t j, struct attr *a)
{
	struct text_word last;

	memset(a, 0, sizeof(*a));
	if (!speaker_mention_fwd(x->s, t->w[i - 1].start, t->w[j].start, a,
	    &last) || a->me > t->w[i - 1].start) {
		memset(a, 0, sizeof(*a));
		a->ms = t->w[j].start;
		a->me = t->w[i - 2].end;
	}
	a->found = 1;
}

int
speech_ask_wonder_to(struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	struct attr a;
	struct text_word last;
	size_t j, ce;

	if ((j = speech_ask_wonder_object(x, t, i)) == 0)
		return 0;
	ce = speech_span_trim_end(s, t->w[i + 1].start, t->se);
	if (speech_span_direct_at(x, t, t->w[i + 1].start) != NULL ||
	    speech_span_mostly_direct(x, t, t->w[i + 1].start, ce))
		return 0;
	memset(&a, 0, sizeof(a));
	if (!speaker_mention_fwd(s, t->w[i - 1].start, t->w[j].start, &a,
	    &last) || a.me > t->w[i - 1].start) {
		memset(&a, 0, sizeof(a));
		a.ms = t->w[j].start;
		a.me = t->w[i - 2].end;
	}
	a.found = 1;
	a.cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	return speech_emit(x, t, t->w[i + 1].start, ce, &a) == -1 ? -1 : 1;
}

/* Object pronouns: an addressee of one word ("told him she ..."). */
static int
is_object_pronoun(const struct qx *x, const struct text_word *w)
{
	return is_word(x, w, "him") || is_word(x, w, "her") ||
	    is_word(x, w, "them") || is_word(x, w, "me") ||
	    is_word(x, w, "us") || is_word(x, w, "you");
}

/*
 * Is word j the "to" of an infinitive: a lower-case word after it that
 * is no determiner, pronoun, function word or number ("to leave", "not
 * to drink"; not "to the crowd", "to her", "to 2020")?
 */
int
speech_ask_infinitive_at(const struct qx *x, struct sent *t, size_t j)
{
	const struct text_word *v;

	if (j + 1 >= t->n || !is_word(x, &t->w[j], "to"))
		return 0;
	v = &t->w[j + 1];
	return text_gap_is_blank(x->s, t->w[j].end, v->start) &&
	    !(v->flags & (TEXT_W_CAP | TEXT_W_DIGIT)) &&
	    !(speech_wlx(x, t, j + 1) & (LX_DET | LX_PRON | LX_FUNC));
}

/*
 * Is w a subject pronoun with a contracted verb ("he'll", "she’s",
 * "they're", "I'm")?  It opens a clause as the pronoun alone does.
 */
static int
contracted_subject(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit subj[] = {
		SPEECH_LIT("he"), SPEECH_LIT("she"), SPEECH_LIT("they"),
		SPEECH_LIT("we"), SPEECH_LIT("I"), SPEECH_LIT("it"),
		SPEECH_LIT("you"), SPEECH_LIT("He"), SPEECH_LIT("She"),
		SPEECH_LIT("They"), SPEECH_LIT("We"), SPEECH_LIT("It"),
		SPEECH_LIT("You"),
	};
	const char *s = x->s;
	size_t p;

	for (p = w->start; p < w->end && s[p] != '\'' &&
	    (unsigned char)s[p] != 0xe2; p++)
		;
	if (p == w->start || p >= w->end || (s[p] != '\'' &&
	    !(p + 3 <= w->end && text_range_eq(s, p, p + 3, "\xe2\x80\x99"))))
		return 0;
	return speech_range_in(s, w->start, p, subj,
	    sizeof(subj) / sizeof(subj[0]));
}

/*
 * A cue that takes an addressee (LX_OBJCUE: told, tells, telling) before
 * a clause without "that": "told reporters he would run", "told them
 * Clinton has ...", "told a crowd in Iowa the plan would fail", "told
 * ABC's "This Week" on Sunday the tone was cordial".  The clause opens
 * at the word after an object pronoun, or at the first subject pronoun
 * (he, she, they, we, I, it) or determiner after the addressee's first
 * word that no preposition stands before, within ADDRESSEE_WORDS_MAX
 * words and no comma.  The word where it opens, or 0.
 *
 * An infinitive before any such word makes the noun phrase no addressee
 * of a clause but the subject of the infinitive, and the two the verb's
 * content (object control: "urged [the party to ax its superdelegate
 * system]", "told [Flint residents not to drink the water]"), as
 * PolNeAR annotates them and as the stance rule reads "urged": the
 * content opens right after the cue (i + 1).  Reading on to the
 * determiner had cut the content inside the infinitive's object
 * ("urged the judge to give me [a fair sentence]").
 */
size_t
speech_ask_addressee_end(const struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	size_t k = i + 1, j;
	uint32_t lx, plx;

	if (k + 1 >= t->n || !text_gap_is_blank(s, t->w[i].end,
	    t->w[k].start))
		return 0;
	if (is_object_pronoun(x, &t->w[k]))
		return text_gap_is_blank(s, t->w[k].end, t->w[k + 1].start) &&
		    !(speech_wlx(x, t, k + 1) & SPEECH_CUES) ? k + 1 : 0;
	if (speech_wlx(x, t, k) & (SPEECH_CUES | LX_PRON) &&
	    !(speech_wlx(x, t, k) & LX_DET))
		return 0;
	for (j = k + 1; j < t->n && j - i <= ADDRESSEE_WORDS_MAX; j++) {
		const struct text_word *w = &t->w[j];

		/* a quote between words may be a show's name ("ABC's
		 * "Good Morning America" on Monday") */
		if (!text_gap_is_blank(s, t->w[j - 1].end, w->start) &&
		    !speech_span_quote_between(x, t, t->w[j - 1].end, w->start))
			return 0;
		if (contracted_subject(x, w))
			return j;
		if (speech_ask_infinitive_at(x, t, j))
			return i + 1;
		lx = speech_wlx(x, t, j);
		if (lx & SPEECH_CUES && !(w->flags & TEXT_W_CAP))
			return 0;
		plx = speech_wlx(x, t, j - 1);
		if ((plx & LX_FUNC) && !(plx & LX_DET))
			continue;	/* "in Iowa", "at a hotel" */
		if (!(w->flags & TEXT_W_ALLCAP) && (((lx & LX_PRON) &&
		    !(lx & LX_DET)) ||
		    ((lx & LX_DET) && !(w->flags & TEXT_W_CAP))))
			return j;
	}
	return 0;
}

/* Is w a form of "ask"? */
static int
is_ask(const struct qx *x, const struct text_word *w)
{
	return is_word(x, w, "asked") || is_word(x, w, "ask") ||
	    is_word(x, w, "asks") || is_word(x, w, "asking");
}

/* Is w a form of "tell"? */
static int
is_tell(const struct qx *x, const struct text_word *w)
{
	return is_word(x, w, "told") || is_word(x, w, "tell") ||
	    is_word(x, w, "tells") || is_word(x, w, "telling");
}

/* Is w what is told rather than whom ("doesn't tell [much about
 * whether ...]")? */
static int
told_thing(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit things[] = {
		SPEECH_LIT("much"), SPEECH_LIT("little"),
		SPEECH_LIT("anything"), SPEECH_LIT("nothing"),
		SPEECH_LIT("something"), SPEECH_LIT("everything"),
		SPEECH_LIT("more"), SPEECH_LIT("less"),
	};

	return speech_range_in(x->s, w->start, w->end, things,
	    sizeof(things) / sizeof(things[0]));
}

/* Does w open an indirect question: "if", "whether" or a wh-word? */
int
speech_ask_opens_question(const struct qx *x, const struct text_word *w)
{
	return !(w->flags & TEXT_W_CAP) && (is_word(x, w, "if") ||
	    is_word(x, w, "whether") || is_word(x, w, "how") ||
	    is_word(x, w, "what") || is_word(x, w, "why") ||
	    is_word(x, w, "when") || is_word(x, w, "where") ||
	    is_word(x, w, "who") || is_word(x, w, "which"));
}

/*
 * A verb of asking names whom it asks before the question ("asked
 * Sanders [how he's feeling]", "asked Clinton Friday [whether she would
 * release transcripts]", "asked several times [whether ...]"): the
 * question opens at the first "if", "whether" or wh-word within
 * ADDRESSEE_WORDS_MAX words, past words that are no clause (no "to",
 * "that", cue, comma or mark between them: "asked her [to call him]" is
 * an infinitive, its object no addressee; nor a finite auxiliary: "told
 * reporters [the Senate would vote Friday] whether or not ..." is a
 * clause told with an adjunct after it).  The word where it opens, or
 * 0 when the question follows the cue at once or there is none.
 */
size_t
speech_ask_after_addressee(const struct qx *x, struct sent *t, size_t i)
{
	size_t k;
	int tell;

	tell = is_tell(x, &t->w[i]);
	if (!is_ask(x, &t->w[i]) && !tell)
		return 0;
	for (k = i + 1; k < t->n && k - i <= ADDRESSEE_WORDS_MAX; k++) {
		const struct text_word *w = &t->w[k];

		if (!text_gap_is_blank(x->s, t->w[k - 1].end, w->start))
			return 0;
		if (speech_ask_opens_question(x, w))
			return k > i + 1 && !(tell && is_word(x,
			    &t->w[k - 1], "of")) ? k : 0;
		if (tell && told_thing(x, w))
			return 0;
		if (is_word(x, w, "to") || is_word(x, w, "that") ||
		    speech_is_finite_aux(x, w) ||
		    (speech_wlx(x, t, k) & SPEECH_CUES))
			return 0;
	}
	return 0;
}
