/*
 * speech_form.c — the constructions of reported speech, each read from
 * one sentence whose words speech_cue.c has read:
 *
 *   X said (that) CLAUSE          speech_form_cue_forward
 *   As X noted, CLAUSE            speech_form_cue_forward (as_clause_end)
 *   CLAUSE, as X noted.           speech_form_as_closer
 *
 * and the clause ends the object constructions share with them.  The
 * questions and addressees (Asked whether ..., told Y CLAUSE, led X to
 * say CLAUSE) are in speech_ask.c.  The attribution after what it
 * reports (CLAUSE, X said; A, X said, B) is in speech_closer.c, the end
 * of a content inside a subordinate clause in speech_subordinate.c;
 * those whose content is a verb's object or complement (X criticized
 * OBJECT, X seems COMPLEMENT) are in speech_object.c; those whose source
 * is not the subject of a speech verb (according to X, a poll, a
 * passive's agent, X quoted Y as saying) in speech_source.c.  speech.c's
 * analyse() decides which to try, in which order.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/*
 * The first comma of s[cs, se) within CLAUSE_BYTES_MAX that can end a
 * clause, or NULL: a comma between digits groups a number ("more than
 * 2,400 billionaires"), it ends nothing.
 */
const char *
speech_form_clause_comma(const char *s, size_t cs, size_t se)
{
	size_t lim = se - cs < CLAUSE_BYTES_MAX ? se : cs + CLAUSE_BYTES_MAX;
	const char *c;

	while ((c = memchr(s + cs, ',', lim - cs)) != NULL) {
		size_t at = (size_t)(c - s);

		if (!(at > 0 && at + 1 < se &&
		    s[at - 1] >= '0' && s[at - 1] <= '9' &&
		    s[at + 1] >= '0' && s[at + 1] <= '9'))
			return c;
		cs = at + 1;
	}
	return NULL;
}
/*
 * Does the cue at word i introduce a direct quote: the quote follows a
 * comma or colon within a few words of it ("told reporters on Monday:
 * "..."", "chanted back, "...")?  Then the quote is what was said.
 */
int
speech_form_introduces_direct(const struct qx *x, struct sent *t, size_t i)
{
	size_t k, words = 0;
	uint32_t c;

	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = speech_sq_at(x, t, k);

		if (q->start < t->w[i].end)
			continue;
		if (!q->direct)
			return 0;
		for (words = 0; i + 1 + words < t->n &&
		    t->w[i + 1 + words].end <= q->start; words++)
			;
		c = speech_char_before(x->s, t->w[i].start, q->start, NULL);
		return words <= THAT_WORDS_MAX && (c == ':' || c == ',' ||
		    words == 0);
	}
	return 0;
}

/* Words before a number that make it approximate or a bound: "about
 * 12,000", "at least 30", "up to 40", "over 200". */
#define QUANTITY_WORDS_MAX	2
/* Words of the noun after the number, before the clause's auxiliary:
 * "12,000 customers were", "30 people in the city were" reads 4. */
#define QUANTITY_NOUN_WORDS	4

/*
 * Does word k, a preposition after a cue, open a quantity rather than a
 * phrase of the saying: "said [about 12,000 customers were without
 * power]", "said [at least 30 people were killed]", "said [up to 40
 * homes]", "said [over 200 flights]"?  Before a number these are the
 * number's modifiers, and the noun phrase they open is the content's
 * subject (PolNeAR: the content runs from it; the source is the cue's
 * subject).  Not "said in 2019", "said on 12 May": a time.
 */
static int
quantity_opens(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit mods[] = {
		SPEECH_LIT("about"), SPEECH_LIT("around"), SPEECH_LIT("over"),
		SPEECH_LIT("under"), SPEECH_LIT("nearly"),
		SPEECH_LIT("almost"), SPEECH_LIT("roughly"),
		SPEECH_LIT("approximately"),
	};
	const struct text_word *w = &t->w[k];
	size_t n = 1, e;

	if (k + 1 < t->n && ((is_word(x, w, "at") &&
	    (is_word(x, &t->w[k + 1], "least") ||
	    is_word(x, &t->w[k + 1], "most"))) || (is_word(x, w, "up") &&
	    is_word(x, &t->w[k + 1], "to"))))
		n = QUANTITY_WORDS_MAX;
	else if (!speech_range_in(x->s, w->start, w->end, mods,
	    sizeof(mods) / sizeof(mods[0])))
		return 0;
	if (!(k + n < t->n && text_gap_is_blank(x->s, t->w[k + n - 1].end,
	    t->w[k + n].start) && ((t->w[k + n].flags & TEXT_W_DIGIT) ||
	    x->s[t->w[k + n].start] == '$')))
		return 0;
	/* the quantity is a clause's subject: a finite auxiliary after
	 * its noun ("customers were", "people have"), not "retweeted
	 * over 25,000 times" */
	for (e = k + n + 1 + QUANTITY_NOUN_WORDS, k += n + 1; k < t->n &&
	    k < e; k++)
		if (speech_is_finite_aux(x, &t->w[k]))
			return 1;
	return 0;
}

/*
 * Does word k open an adjunct of the cue before it: a parenthetical
 * after a comma, a preposition, a particle ("pointed out that"), a time
 * ("Monday", "last week", "earlier this year") or an adverb
 * ("repeatedly", "privately", "again", "however")?
 */
static int
adjunct_opens(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit words[] = {
		SPEECH_LIT("out"), SPEECH_LIT("up"), SPEECH_LIT("back"),
		SPEECH_LIT("again"), SPEECH_LIT("also"), SPEECH_LIT("instead"),
		SPEECH_LIT("however"), SPEECH_LIT("last"),
		SPEECH_LIT("earlier"), SPEECH_LIT("later"), SPEECH_LIT("long"),
		SPEECH_LIT("soon"), SPEECH_LIT("too"), SPEECH_LIT("further"),
		SPEECH_LIT("without"), SPEECH_LIT("among"),
		SPEECH_LIT("through"),
	};
	const struct text_word *w = &t->w[k];
	uint32_t lx = speech_wlx(x, t, k);

	/* a parenthetical after the cue: "said, without evidence, that" */
	if (!text_gap_is_blank(x->s, t->w[k - 1].end, w->start))
		return 1;
	if ((lx & LX_FUNC) && !(lx & (LX_DET | LX_PRON)))
		return 1;
	if (speech_range_in(x->s, w->start, w->end, words,
	    sizeof(words) / sizeof(words[0])))
		return 1;
	if (((w->flags & TEXT_W_CAP) && (lx & LX_CAL)) ||
	    speech_span_time_after(x, t, k) > 0)
		return 1;
	return speech_is_adverb(x, t, k);
}

/*
 * Is the cue word k a noun naming the medium of a saying inside a
 * prepositional phrase that opens at word lo or after: "said in a tweet
 * that", "wrote in a Facebook post that", "said in a report that"?  A
 * preposition, a determiner and at most one modifier before it
 * (FrameNet's Medium of a Statement): no new saying, and no speaker of
 * its own (the platform of "a Facebook post" is not who wrote it).
 */
int
speech_form_medium_noun(const struct qx *x, struct sent *t, size_t lo,
    size_t k)
{
	/* the prepositions of a medium ("in a tweet", "on Facebook",
	 * "via a spokesman", "through a statement") and "of", "about" the
	 * topic ("stated of the email scandal that", "a story about his
	 * claim that"); LX_FUNC's and, or, that, which would make a new
	 * saying the first one's medium */
	static const struct speech_lit preps[] = {
		SPEECH_LIT("in"), SPEECH_LIT("on"), SPEECH_LIT("via"),
		SPEECH_LIT("through"), SPEECH_LIT("during"),
		SPEECH_LIT("with"), SPEECH_LIT("at"), SPEECH_LIT("over"),
		SPEECH_LIT("of"), SPEECH_LIT("about"),
	};
	size_t d = k - 1;

	if (k < lo + 2)
		return 0;
	if (!(speech_wlx(x, t, d) & LX_DET)) {
		/* a count is of things, not a medium: "to the 35
		 * states that" */
		if ((speech_wlx(x, t, d) & LX_FUNC) ||
		    text_is_digit(text_char_at(x->s, t->w[d].end,
		    t->w[d].start)))
			return 0;
		d--;
		if (d < lo + 1 || !(speech_wlx(x, t, d) & LX_DET))
			return 0;
	}
	if (!speech_range_in(x->s, t->w[d - 1].start, t->w[d - 1].end, preps,
	    sizeof(preps) / sizeof(preps[0])))
		return 0;
	for (d--; d < k; d++)
		if (!text_gap_is_blank(x->s, t->w[d].end, t->w[d + 1].start))
			return 0;
	return 1;
}

/* The word after the cue at i when it is a whole answer, "yes", "no" or
 * "so" before a comma, the sentence's end, "and" or "but" ("said yes,
 * compared with", "said yes and took"; not "said no one"); else 0. */
size_t
speech_form_answer_word(const struct qx *x, struct sent *t, size_t i)
{
	const struct text_word *w;
	char c;

	if (i + 1 >= t->n)
		return 0;
	w = &t->w[i + 1];
	if (!is_word(x, w, "yes") && !is_word(x, w, "no") &&
	    !is_word(x, w, "so"))
		return 0;
	c = speech_char_after(x->s, t->se, w->end);
	if (i + 2 >= t->n || c == ',' || c == 0 || c == '.' ||
	    is_word(x, &t->w[i + 2], "and") || is_word(x, &t->w[i + 2], "but"))
		return i + 1;
	return 0;
}

/*
 * Are words k and k + 1 a clause of a subject and its finite verb
 * ("said [sales fell]", "said [Clinton won]", "said [they resigned]";
 * review U9): a lower-case subject pronoun, a name, or a lower-case
 * plural noun the lexicon does not know, then a past by its form (-ed,
 * or an irregular past of the intransitive verbs of change, outcome and
 * speech that such a clause reports), or a present in -s after he, she
 * or it.  Two such words are a whole clause, which PolNeAR annotates
 * whatever its length; a noun phrase of two words is not ("said [the
 * winner]": an object, CONTENT_WORDS_MIN's case).
 */
static int
two_word_clause(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit past[] = {
		SPEECH_LIT("fell"), SPEECH_LIT("rose"), SPEECH_LIT("grew"),
		SPEECH_LIT("won"), SPEECH_LIT("lost"), SPEECH_LIT("left"),
		SPEECH_LIT("quit"), SPEECH_LIT("came"), SPEECH_LIT("went"),
		SPEECH_LIT("ran"), SPEECH_LIT("knew"), SPEECH_LIT("forgot"),
		SPEECH_LIT("lied"), SPEECH_LIT("died"), SPEECH_LIT("paid"),
		SPEECH_LIT("sank"), SPEECH_LIT("spoke"), SPEECH_LIT("fought"),
	};
	const struct text_word *s0 = &t->w[k], *v = &t->w[k + 1];
	const char *s = x->s;
	uint32_t l0 = speech_wlx(x, t, k), l1 = speech_wlx(x, t, k + 1);
	int sing;

	if (v->flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT) ||
	    (l1 & (LX_FUNC | LX_ADV | LX_DET | LX_PRON)) ||
	    !text_gap_is_blank(s, s0->end, v->start))
		return 0;
	if ((l0 & LX_PRON) && !(l0 & LX_DET) && !(s0->flags & TEXT_W_CAP))
		sing = is_word(x, s0, "he") || is_word(x, s0, "she") ||
		    is_word(x, s0, "it");
	/* a name, not "I", whose present in -s is a plural noun as often
	 * ("Republican politicians") */
	else if ((s0->flags & TEXT_W_CAP) && !(s0->flags & TEXT_W_ALLCAP) &&
	    s0->end - s0->start >= 2 &&
	    !(l0 & (LX_FUNC | LX_CAPSTOP | LX_DET | LX_PRON | LX_CAL)))
		sing = 0;
	else if (!(s0->flags & (TEXT_W_CAP | TEXT_W_DIGIT)) && l0 == 0 &&
	    s0->end - s0->start >= 4 && s[s0->end - 1] == 's' &&
	    s[s0->end - 2] != 's' && s[s0->end - 2] != '\'')
		sing = 0;
	else
		return 0;
	if ((v->end - v->start >= 4 && speech_ends_with(x, v, "ed")) ||
	    speech_range_in(s, v->start, v->end, past,
	    sizeof(past) / sizeof(past[0])))
		return 1;
	return sing && v->end - v->start >= 3 && s[v->end - 1] == 's' &&
	    s[v->end - 2] != 's' && s[v->end - 2] != '\'';
}

/*
 * Is [cs, ce) a short answer that PolNeAR annotates as what was said
 * though it is shorter than CONTENT_WORDS_MIN: "yes", "no", "so", "the
 * same", "as much" (28 of 33 uses after said/say/says in train+dev), or
 * a pronoun and an auxiliary that stand for a clause ("They said [she
 * could].")?
 */
static int
short_answer(const struct qx *x, struct sent *t, size_t cs, size_t ce)
{
	size_t k, n = 0, first = 0;

	for (k = 0; k < t->n && t->w[k].start < ce; k++) {
		if (t->w[k].start < cs)
			continue;
		if (t->w[k].end > ce)
			return 0;
		if (n++ == 0)
			first = k;
	}
	if (n == 1)
		return is_word(x, &t->w[first], "yes") ||
		    is_word(x, &t->w[first], "no") ||
		    is_word(x, &t->w[first], "so");
	if (n != 2)
		return 0;
	if ((is_word(x, &t->w[first], "the") &&
	    is_word(x, &t->w[first + 1], "same")) ||
	    (is_word(x, &t->w[first], "as") &&
	    is_word(x, &t->w[first + 1], "much")))
		return 1;
	if (two_word_clause(x, t, first))
		return 1;
	return !(t->w[first].flags & TEXT_W_CAP) &&
	    (speech_wlx(x, t, first) & LX_PRON) &&
	    !(speech_wlx(x, t, first) & LX_DET) &&
	    (speech_is_finite_aux(x, &t->w[first + 1]) ||
	    is_word(x, &t->w[first + 1], "did") ||
	    is_word(x, &t->w[first + 1], "does") ||
	    is_word(x, &t->w[first + 1], "do"));
}

/*
 * Does the cue at i attribute a direct quote that ends right before its
 * subject ("\"...,\" Trump told", "\"...,\" shopkeeper Julia Quispe
 * told": the role's words are the subject's) or before the cue itself
 * ("\"...,\" said Smith")?
 */
static int
quote_attributed(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a)
{
	size_t k, p = a->found && a->ms < t->w[i].start ?
	    speech_closer_descriptor_start(x, t, i, a) : t->w[i].start;

	while (p > t->ss && (x->s[p - 1] == ' ' || x->s[p - 1] == ','))
		p--;
	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = speech_sq_at(x, t, k);

		if (q->end == p || (q->end + 1 == p && x->s[p - 1] == ','))
			return q->direct;
		if (q->end > p)
			break;
	}
	return 0;
}

/* Is the word before byte pos "what" ("is what Lee said")? */
static int
what_before(const struct qx *x, struct sent *t, size_t pos)
{
	size_t k;

	k = speech_word_ending_after(t, pos);
	return k > 0 && is_word(x, &t->w[k - 1], "what") &&
	    text_gap_is_blank(x->s, t->w[k - 1].end, pos);
}

/*
 * The word after the "as" of an as-clause of saying that holds the cue
 * at word i, or 0: "as" at most AS_SUBJECT_WORDS words before the cue,
 * no comma between, that opens the sentence or follows a comma or a
 * sentence-opening But/And/Yet; the cue a saying, not the time of an
 * event ("As the race began,", "as Mr. Kerry continues to pursue
 * diplomacy,").  Inlined in its two callers, as it was in the one
 * before speech_form_as_closer: a call for each cue read forward costs more.
 */
static inline __attribute__((always_inline)) size_t
as_clause_start(const struct qx *x, struct sent *t, size_t i)
{
	static const struct speech_lit aspect[] = {
		SPEECH_LIT("begin"), SPEECH_LIT("began"), SPEECH_LIT("begins"),
		SPEECH_LIT("continue"), SPEECH_LIT("continues"),
		SPEECH_LIT("continued"), SPEECH_LIT("start"),
		SPEECH_LIT("started"), SPEECH_LIT("starts"),
	};
	size_t j;

	/* asked of every cue read forward: bytes first, the words'
	 * classes only for an "as" */
	for (j = i; ; j--) {
		const struct text_word *w;

		if (j == 0 || i - j >= AS_SUBJECT_WORDS)
			return 0;
		w = &t->w[j - 1];
		if (x->s[w->end] == ',')
			return 0;
		if (w->end - w->start != 2 || (x->s[w->start] | 0x20) != 'a' ||
		    x->s[w->start + 1] != 's')
			continue;
		/* "As to X's claims": a preposition, no clause; "as if
		 * ...", "as though ...": a manner, no saying */
		if (j == i || is_word(x, &t->w[j], "to") ||
		    is_word(x, &t->w[j], "if") ||
		    is_word(x, &t->w[j], "though"))
			return 0;
		if (j - 1 == 0 || speech_char_before(x->s, t->ss, w->start,
		    NULL) == ',' || (j - 1 == 1 && (is_word(x, &t->w[0],
		    "but") || is_word(x, &t->w[0], "and") ||
		    is_word(x, &t->w[0], "yet"))))
			break;
		return 0;
	}
	return speech_range_in(x->s, t->w[i].start, t->w[i].end, aspect,
	    sizeof(aspect) / sizeof(aspect[0])) ? 0 : j;
}

/*
 * "As The Times reported on Saturday, [CLAUSE]", "Of course, as Joel
 * Pollak observed, [CLAUSE]": a cue in an "as" clause that opens the
 * sentence or follows a comma or a sentence-opening conjunction reports
 * the main clause after the as-clause's comma (PolNeAR annotates the
 * main clause as the content, the as-clause's subject as its source).
 * The time, place or medium of the saying may stand between the cue and
 * that comma ("reported just today", "noted in an op-ed Thursday"):
 * at most AS_TAIL_WORDS words, none a cue or "that".  The word whose
 * comma ends the as-clause, or 0 when the cue stands in none.
 */
static inline __attribute__((always_inline)) size_t
as_clause_end(const struct qx *x, struct sent *t, size_t i)
{
	size_t e, k;

	if (as_clause_start(x, t, i) == 0)
		return 0;
	/* no object after the cue ("as Mrs. Clinton echoed the
	 * criticism,": a clause of its own) */
	e = speech_form_as_cue_last(x, t, i);
	if (e + 1 >= t->n ||
	    (speech_char_after(x->s, t->se, t->w[e].end) != ',' &&
	    (!adjunct_opens(x, t, e + 1) || is_word(x, &t->w[e + 1], "to"))))
		return 0;
	for (k = e; k < t->n && k <= e + AS_TAIL_WORDS; k++) {
		if (k > e && ((speech_wlx(x, t, k) & (LX_CUE | LX_REPORT)) ||
		    is_word(x, &t->w[k], "that")))
			return 0;
		if (speech_char_after(x->s, t->se, t->w[k].end) == ',')
			return k + 1 < t->n ? k : 0;
	}
	return 0;
}

/* Words of a subject an as-clause splits from its verb ("But [the
 * last part], as Krugman points out, [is that ...]"): a noun phrase
 * with its modifiers, "the main reason for the drop in crime" is 8. */
#define AS_SPLIT_WORDS	8

/*
 * "[The policy], as Smith points out, [has failed]": an as-clause of
 * saying between a clause's subject and its verb splits the content in
 * two, and PolNeAR annotates both parts with the as-clause's source
 * (dev: "[the last part], as Paul Krugman ... points out, [is that
 * ...]", "[that], as Trump points out, [is quite a bit]").  The subject
 * is the sentence's words before the comma that opens the as-clause
 * (before word j, its "as"), past an opening "But", "And" or "Yet": at
 * most AS_SPLIT_WORDS, blanks between, no function word first but a
 * determiner or a pronoun ("In 2015, as he noted, ..." is an adjunct),
 * not a time ("Today", "Last week") nor the writer's connective
 * ("However"), no cue.  The clause after the as-clause's comma (its
 * first word f + 1) opens with a finite auxiliary or a lower-case word
 * that is no function word, determiner, pronoun or -ing form: a verb
 * ("Crime, as the mayor noted, [fell]"), or a lower-case noun, which the
 * test does not tell from one.  The subject item goes out before the
 * clause's; 1 if it went.  Out of line: asked only of an as-clause
 * found (inlined, it kept as_clause_end from being inlined in the
 * cue loop, which every sentence pays for).
 */
static __attribute__((noinline)) int
as_split_subject(struct qx *x, struct sent *t, size_t i, size_t f,
    struct attr *a)
{
	const char *s = x->s;
	size_t k, b = 0, v = f + 1, j = as_clause_start(x, t, i);
	uint32_t lx;

	if (j < 2 || v >= t->n || speech_char_before(s, t->ss,
	    t->w[j - 1].start, NULL) != ',')
		return 0;
	if ((t->w[0].flags & TEXT_W_CAP) && (is_word(x, &t->w[0], "but") ||
	    is_word(x, &t->w[0], "and") || is_word(x, &t->w[0], "yet")))
		b = 1;
	if (t->w[0].start != t->ss || j < b + 2 ||
	    j - 1 - b > AS_SPLIT_WORDS)
		return 0;
	lx = speech_wlx(x, t, b);
	if (((lx & LX_FUNC) && !(lx & (LX_DET | LX_PRON))) ||
	    b + speech_span_time_after(x, t, b) + 1 >= j ||
	    speech_span_is_cal(x, &t->w[b]))
		return 0;
	for (k = b; k + 1 < j; k++) {
		if (k > b && !text_gap_is_blank(s, t->w[k - 1].end,
		    t->w[k].start))
			return 0;
		if (speech_wlx(x, t, k) & (LX_CUE | LX_REPORT))
			return 0;
	}
	lx = speech_wlx(x, t, v);
	if (!speech_is_finite_aux(x, &t->w[v]) && ((t->w[v].flags &
	    (TEXT_W_CAP | TEXT_W_DIGIT)) || (lx & (LX_FUNC | LX_DET |
	    LX_PRON)) || speech_ends_with(x, &t->w[v], "ing")))
		return 0;
	if (speech_span_quote_between(x, t, t->w[b].start, t->w[j - 2].end) ||
	    speech_span_only_connective(x, t, t->w[b].start, t->w[j - 2].end))
		return 0;
	a->cue = str_make(s + t->w[i].start,
	    t->w[speech_form_as_cue_last(x, t, i)].end - t->w[i].start);
	return speech_emit(x, t, t->w[b].start, t->w[j - 2].end, a);
}

/*
 * "[The tactic is a classic scare], as David Dayen noted in The
 * Intercept.", "[...], as a Homeland Security memo put it.": an
 * as-clause of saying after a comma that closes the sentence reports
 * the main clause before that comma, as one that opens it reports the
 * clause after it (as_clause_end).  After the cue only the time, place
 * or medium of the saying, at most AS_TAIL_WORDS words, no cue, "that"
 * or comma among them; not the preposition the cue takes ("as he called
 * for greater ethics", a verb with its object), nor a question ("as he
 * explained how ..."), nor a quote.  Where the content ends (after the
 * comma, as speech_span_clause_closed gives it), or 0.
 */
size_t
speech_form_as_closer(const struct qx *x, struct sent *t, size_t i)
{
	size_t e = speech_form_as_cue_last(x, t, i), j, k, at;

	/* asked of the cues no comma sets off: the cue among the
	 * sentence's last words first; not an infinitive's verb ("as Bush
	 * continued to interject"), nor after an item the sentence took
	 * (its speech is nested in the main clause: "the digs at
	 * [Trump], as he has demonstrated") */
	if (e + 1 + AS_TAIL_WORDS < t->n || t->truncated ||
	    is_word(x, &t->w[i - 1], "to") ||
	    (x->out->n > 0 && x->out->v[x->out->n - 1].end > t->ss) ||
	    (t->nnouns > 0 && t->nouns[0] < t->w[i].start) ||
	    (j = as_clause_start(x, t, i)) < 2 ||
	    speech_char_before(x->s, t->ss, t->w[j - 1].start, &at) != ',')
		return 0;
	if (e + 1 < t->n) {
		const struct text_word *n = &t->w[e + 1];

		if (!text_gap_is_blank(x->s, t->w[e].end, n->start) ||
		    !adjunct_opens(x, t, e + 1) || is_word(x, n, "to") ||
		    speech_ask_opens_question(x, n) || (e == i &&
		    speech_prep_pair_at(x->s, t->se, t->w[i].start,
		    t->w[i].end)))
			return 0;
	}
	for (k = e + 1; k < t->n; k++)
		if ((speech_wlx(x, t, k) & (LX_CUE | LX_REPORT)) ||
		    is_word(x, &t->w[k], "that") ||
		    !text_gap_is_blank(x->s, t->w[k - 1].end, t->w[k].start))
			return 0;
	for (k = 0; k < t->nq; k++)
		if (speech_sq_at(x, t, k)->start > t->w[i].end)
			return 0;
	/* no text after the last word but the sentence's end */
	return t->w[t->n - 1].end + 2 >= t->se ||
	    text_all_space(x->s, t->w[t->n - 1].end, t->se) ? at : 0;
}

/* Words of a clause's subject before its verb that leave no room for
 * an object's cut ("the economy had", "Trump's plan was"). */
#define CLAUSE_SUBJECT_WORDS	3

/* Words after an object's cut read for "to": a time or an occasion of
 * up to five words ("at a Las Vegas rally") and the infinitive. */
#define INFINITIVE_AFTER_WORDS	6

/*
 * Where the content at cs of the cue at word i, a verb of saying that
 * is a stance verb too ("announced", "denied"; not a verb of thought,
 * "expecting [a big deal this year]", whose object's time is its own),
 * ends when it is the verb's object, a noun phrase, not a clause: where
 * a stance's object ends (speech_stance_end: the act's time, occasion,
 * medium, means, next act).  A clause runs to ce: a subject pronoun
 * first, or a finite auxiliary or a past in -ed after the first word
 * before the cut ("acknowledged [the problem] in an interview",
 * "acknowledged [the economy had improved in June]"); not one after a
 * comma or a function word, the verb of a relative clause or of the
 * subject's next act ("denied [the charges] and counter-accused her",
 * "[the audience], which is").
 */
static size_t
object_end(const struct qx *x, struct sent *t, size_t i, size_t cs,
    size_t ce)
{
	size_t k0, k, e, n;

	for (k0 = i + 1; k0 < t->n && t->w[k0].start < cs; k0++)
		;
	if (k0 >= t->n || t->w[k0].start >= ce ||
	    ((speech_wlx(x, t, k0) & LX_PRON) &&
	    !(speech_wlx(x, t, k0) & LX_DET)))
		return ce;
	/* the clause test first, on the words before ce: most contents
	 * here are clauses, and it is cheaper than the object's end */
	for (k = k0; k < t->n && t->w[k].end <= ce; k++)
		if ((speech_is_finite_aux(x, &t->w[k]) || (k > k0 &&
		    !(t->w[k].flags & TEXT_W_CAP) &&
		    speech_ends_with(x, &t->w[k], "ed"))) &&
		    !(k > k0 && (x->s[t->w[k - 1].end] == ',' ||
		    (speech_wlx(x, t, k - 1) & LX_FUNC))))
			break;
	/* a subject of one to three words and its verb: a clause ("the
	 * economy had improved") */
	if (k < t->n && k <= k0 + CLAUSE_SUBJECT_WORDS)
		return ce;
	/* a cut after the clause's verb leaves the clause whole */
	e = speech_stance_end_before(x, t, k0, k < t->n ? k + 1 : t->n);
	if (e >= ce || (k < t->n && t->w[k].end <= e))
		return ce;
	k = k0;
	while (k < t->n && t->w[k].end <= e)
		k++;
	/* "announced plans Tuesday [to expand ...]", "vowed Sunday at a
	 * rally [to end ...]": a time or an occasion (a cut with no mark
	 * or conjunction) between the cue and an infinitive is the
	 * saying's; the content is the infinitive, which the caller's
	 * reading keeps whole */
	if (k < t->n && text_gap_is_blank(x->s, e, t->w[k].start) &&
	    !is_word(x, &t->w[k], "and") && !is_word(x, &t->w[k], "but"))
		for (n = 0; k < t->n && n < INFINITIVE_AFTER_WORDS &&
		    x->s[t->w[k - 1].end] != ','; k++, n++)
			if (is_word(x, &t->w[k], "to"))
				return ce;
	return speech_span_trim_end(x->s, cs, e);
}

/* Capitalised words a subject's name may take after "and" ("and Sen.
 * Mary Jones said"): a title, a given name and a surname. */
#define SPLIT_NAME_WORDS_MAX	3

/*
 * "The plan works, he said, and she said [it works]": after the cue's
 * comma, "and" or "but" with a subject of its own (a pronoun or a name)
 * and a verb of saying right after is the next attribution, not the
 * second part of the split speech ("A, he said, and B", whose B is
 * speech: "..., Anthony says, and [she felt free to contradict his
 * conclusions]", a state of mind, stays).
 */
static int
split_by_next_attribution(const struct qx *x, struct sent *t, size_t i)
{
	size_t k = i + 2, n;

	if (k + 1 >= t->n || x->s[t->w[i].end] != ',' ||
	    (!is_word(x, &t->w[i + 1], "and") &&
	    !is_word(x, &t->w[i + 1], "but")))
		return 0;
	if ((speech_wlx(x, t, k) & LX_PRON) &&
	    !(speech_wlx(x, t, k) & LX_DET))
		k++;
	else
		for (n = 0; k < t->n && n < SPLIT_NAME_WORDS_MAX &&
		    (t->w[k].flags & TEXT_W_CAP) &&
		    text_gap_is_blank(x->s, t->w[k - 1].end, t->w[k].start);
		    k++, n++)
			;
	return k > i + 2 && k < t->n &&
	    text_gap_is_blank(x->s, t->w[k - 1].end, t->w[k].start) &&
	    !(t->w[k].flags & TEXT_W_CAP) && (speech_wlx(x, t, k) & LX_CUE);
}

/*
 * The word that opens the clause after the medium of a saying right
 * after the cue at i, with no "that" ("said in a statement [it regretted
 * the disruption]", "said in a note on Monday [the results beat ...]"):
 * "in", "on", "via" or "through", a determiner, at most one modifier and
 * a noun of a statement or a document (speech_form_medium_noun), a time,
 * then a subject: a pronoun, a determiner, a capital or "there".  0 when
 * none.
 */
static size_t
medium_clause_start(const struct qx *x, struct sent *t, size_t i)
{
	static const struct speech_lit media[] = {
		SPEECH_LIT("interview"), SPEECH_LIT("letter"),
		SPEECH_LIT("speech"), SPEECH_LIT("message"),
		SPEECH_LIT("release"),
	};
	size_t k, f;
	uint32_t lx;

	/* the medium's own preposition right after the cue (not "said
	 * some of the criticism he takes": the object's "of") */
	if (i + 1 >= t->n || (!is_word(x, &t->w[i + 1], "in") &&
	    !is_word(x, &t->w[i + 1], "on") &&
	    !is_word(x, &t->w[i + 1], "via") &&
	    !is_word(x, &t->w[i + 1], "through")))
		return 0;
	for (k = i + 3; k <= i + 4 && k < t->n; k++) {
		if (!(speech_wlx(x, t, k) & (LX_CUE | LX_NOUNCUE | LX_DOC)) &&
		    !speech_range_in(x->s, t->w[k].start, t->w[k].end, media,
		    sizeof(media) / sizeof(media[0])))
			continue;
		if (!speech_form_medium_noun(x, t, i + 1, k))
			continue;
		f = k + 1 + speech_span_time_after(x, t, k + 1);
		if (f >= t->n || !text_gap_is_blank(x->s, t->w[f - 1].end,
		    t->w[f].start))
			return 0;
		lx = speech_wlx(x, t, f);
		return (t->w[f].flags & TEXT_W_CAP) || (lx & (LX_DET |
		    LX_PRON)) || is_word(x, &t->w[f], "there") ? f : 0;
	}
	return 0;
}

/*
 * "X said (that) CLAUSE": the cue at word i with its subject in a.
 * Returns 1 when it took the sentence.
 */
int
speech_form_cue_forward(struct qx *x, struct sent *t, size_t i, struct attr *a,
    int need_that, int subj)
{
	const char *s = x->s;
	size_t k, f, cs = t->w[i].end, ce = t->se, nw, pe, span;
	int quoted, that = 0, bare = subj == SUBJ_BARE || subj == SUBJ_FAR ||
	    subj == SUBJ_COORD;
	const char *comma;

	/* "Smith said, referring to the plan", "Ryan said, not even
	 * suggesting ...": a participle after the cue's comma, adverbs or
	 * a negation before it, is an act of its own, no content of the
	 * cue's */
	if (i + 1 < t->n && speech_char_after(s, t->se, t->w[i].end) == ',' &&
	    speech_participle_opens(x, t, i + 1))
		return 0;
	if (split_by_next_attribution(x, t, i))
		return 0;
	/* "So \"no\" is what Lee said, and Kim said ...": the object of
	 * "what X said" is "what"; what follows is the next clause (not
	 * after a split attribution, "A, he said, and B", whose B is
	 * speech), unless the what-clause is the subject ("What we know
	 * is that ...") */
	if (subj != SUBJ_PARTICIPLE && a->found && a->ms > t->ss &&
	    what_before(x, t, a->ms) && !(i + 1 < t->n &&
	    speech_span_is_be(x, &t->w[i + 1])))
		return 0;
	/* "As The Times reported on Saturday, [CLAUSE]"; "put it" is a
	 * cue in such a clause only (speech_prep_light_at) */
	if ((f = as_clause_end(x, t, i)) != 0) {
		if (as_split_subject(x, t, i, f, a) == -1)
			return -1;
		cs = t->w[f].end + 1;
		goto clause;
	}
	/* "put it" is a cue in an as-clause only; "point out" outside
	 * one is read as before ("pointed out [that ...]") */
	if (speech_form_as_cue_last(x, t, i) != i &&
	    !is_word(x, &t->w[i + 1], "out"))
		return 0;
	/* "that" within a few words: "told reporters on Monday that" */
	/* an addressee may be longer: "told a crowded banquet hall at a
	 * hotel in downtown Baltimore that" */
	span = speech_wlx(x, t, i) & LX_OBJCUE ? ADDRESSEE_WORDS_MAX :
	    THAT_WORDS_MAX;
	/* past an adjunct only ("said in a statement on Tuesday that",
	 * "said Monday that", "said repeatedly that"); an object or a
	 * subject right after the cue opens the content, and a "that"
	 * after it is the content's own ("says [the truth is that ...]",
	 * "cited [accusations that ...]", "said [he would ensure that
	 * ...]") */
	if (!(speech_wlx(x, t, i) & LX_OBJCUE) && i + 1 < t->n &&
	    !is_word(x, &t->w[i + 1], "that") && !adjunct_opens(x, t, i + 1))
		span = 0;
	/* a longer time and place of the saying ("said Thursday during
	 * a taping of a town hall in Buffalo, New York, that"), read as far
	 * as an addressee; a "that" past THAT_WORDS_MAX opens the content
	 * only before a subject, not before a relative's verb ("ships
	 * that could") */
	else if (!(speech_wlx(x, t, i) & LX_OBJCUE))
		span = ADDRESSEE_WORDS_MAX;
	for (k = i + 1; k < t->n && k <= i + span; k++) {
		/* "urged people to seek shelter that way": a "that" past
		 * the addressee's infinitive is the infinitive's own */
		if ((speech_wlx(x, t, i) & LX_OBJCUE) && k > i + 1 &&
		    speech_ask_infinitive_at(x, t, k))
			break;
		/* "The only problem, she said, is that ...": a finite verb
		 * after the cue's comma is no adjunct but the verb of the
		 * subject the attribution interrupts; the "that" after it is
		 * the copula's complement, in the content ("[is that her
		 * pay is lower]", "[is to forge a cease-fire that would
		 * ...]") */
		if (k == i + 1 && s[t->w[i].end] == ',' &&
		    speech_is_finite_aux(x, &t->w[k]))
			break;
		if (is_word(x, &t->w[k], "that")) {
			if (!(speech_wlx(x, t, i) & LX_OBJCUE) &&
			    k > i + THAT_WORDS_MAX && (k + 1 >= t->n ||
			    speech_is_finite_aux(x, &t->w[k + 1])))
				break;
			if (k == i + 1 || !(speech_wlx(x, t, k - 1) & LX_DET)) {
				cs = t->w[k].end;
				that = 1;
			}
			break;
		}
		if ((speech_wlx(x, t, k) & (LX_CUE | LX_REPORT)) &&
		    !speech_form_medium_noun(x, t, i + 1, k))
			break;
		/* "said, they may not bother taking that step": a subject
		 * opens the clause; a "that" after it is the clause's own
		 * (not one inside an adjunct: "told the Post before he
		 * spoke that") */
		if ((speech_wlx(x, t, k) & LX_PRON) &&
		    !(speech_wlx(x, t, k) & LX_DET) &&
		    !(speech_wlx(x, t, k - 1) & LX_FUNC))
			break;
		/* a comma, or a quote the words jump ("said on ABC's ''This
		 * Week'' on Sunday that") */
		if (!text_gap_is_blank(s, t->w[k - 1].end, t->w[k].start) &&
		    s[t->w[k - 1].end] != ',' &&
		    !speech_span_quote_between(x, t, t->w[k - 1].end,
		    t->w[k].start))
			break;
	}
	if (!that) {
		/* a verb that reports only with "that" takes a question
		 * as it takes a that-clause ("learned [how they think]",
		 * "has not decided [which vision they prefer]"); not "if",
		 * "when", "where", as often a condition or a time */
		if (need_that && i + 1 < t->n && speech_ask_opens_question(x,
		    &t->w[i + 1]) && !is_word(x, &t->w[i + 1], "if") &&
		    !is_word(x, &t->w[i + 1], "when") &&
		    !is_word(x, &t->w[i + 1], "where") &&
		    text_gap_is_blank(s, t->w[i].end, t->w[i + 1].start))
			goto clause;
		if (need_that)
			return 0;
		/* "\"...,\" Trump told Fox News's Greta Van Susteren in
		 * March", "\"...,\" he said, echoing ...": the cue attributes
		 * the quote before it; the words after it are no content */
		if (subj != SUBJ_PARTICIPLE && subj != SUBJ_FAR &&
		    quote_attributed(x, t, i, a)) {
			/* the quotes after it with no cue are still its
			 * speaker's */
			a->cue = str_make(s + t->w[i].start, t->w[i].end -
			    t->w[i].start);
			speech_hand_on(x, speech_span_trim_end(s, t->w[i].end,
			    t->se), a, speaker_of(x, a));
			return 0;
		}
		/* after a bare subject, no participle: "voters said they",
		 * not "pledged delegates allocated" */
		if (bare && i + 1 < t->n && !(t->w[i + 1].flags & TEXT_W_CAP) &&
		    (speech_ends_with(x, &t->w[i + 1], "ed") ||
		    speech_ends_with(x, &t->w[i + 1], "ing")))
			return 0;
		/* "pointed out, [X]", "cried out for [X]": the particle
		 * is the cue's */
		if (i + 2 < t->n && is_word(x, &t->w[i + 1], "out") &&
		    text_gap_is_blank(s, t->w[i].end, t->w[i + 1].start)) {
			f = i + 2;
			if (f + 1 < t->n && (is_word(x, &t->w[f], "for") ||
			    is_word(x, &t->w[f], "against")))
				f++;
			cs = t->w[f - 1].end;
			goto clause;
		}
		/* "asked Sanders [how he's feeling]": past the addressee */
		if ((f = speech_ask_after_addressee(x, t, i)) != 0) {
			cs = t->w[f - 1].end;
			goto clause;
		}
		/* "told reporters he would run": past the addressee */
		if ((speech_wlx(x, t, i) & LX_OBJCUE) &&
		    (f = speech_ask_addressee_end(x, t, i)) != 0) {
			cs = t->w[f - 1].end;
			goto clause;
		}
		/* "said in a statement [it regretted ...]": past the
		 * saying's medium */
		if ((f = medium_clause_start(x, t, i)) != 0) {
			cs = t->w[f - 1].end;
			goto clause;
		}
		f = i + 1 + speech_span_time_after(x, t, i + 1);
		/* "said on Friday he met ...": the time is the saying's;
		 * so before a question ("wouldn't say Tuesday [how ...]") */
		if (f > i + 1 && f < t->n && text_gap_is_blank(s,
		    t->w[f - 1].end, t->w[f].start) && (t->w[f].flags &
		    TEXT_W_CAP || speech_wlx(x, t, f) & (LX_DET | LX_PRON) ||
		    speech_ask_opens_question(x, &t->w[f])))
			cs = t->w[f - 1].end;
		else
			f = i + 1;
		if (f < t->n && text_all_space(s, t->w[f - 1].end,
		    t->w[f].start)) {
			const struct text_word *nx = &t->w[f];

			/* "said in", "said to", "said of": not a clause
			 * (but "said about 12,000 customers were": a
			 * number's modifier) */
			if ((speech_wlx(x, t, f) & LX_FUNC) &&
			    !(speech_wlx(x, t, f) & (LX_DET | LX_PRON)) &&
			    !is_word(x, nx, "there") &&
			    !is_word(x, nx, "it") && !is_word(x, nx, "this") &&
			    !quantity_opens(x, t, f))
				return 0;
			/* "told Reuters the plan": skip the object */
			if (speech_wlx(x, t, i) & LX_OBJCUE) {
				struct attr o;
				struct text_word last;

				if (speaker_mention_fwd(s, t->se, t->w[i].end,
				    &o, &last))
					cs = last.end;
			}
		}
	}
clause:
	if (speech_form_introduces_direct(x, t, i))
		return 0;
	/* "said: The friendship..." ends at the paragraph's end */
	if (!that && speech_char_before(s, t->ss,
	    speech_span_trim_start(s, cs, t->se), NULL) == ':' &&
	    !speech_span_direct_at(x, t, cs)) {
		a->cue = str_make(s + t->w[i].start, t->w[i].end -
		    t->w[i].start);
		pe = speech_para_end(x, t->ss);
		x->speech.pos = pe;
		return speech_emit(x, t, cs, pe, a) == -1 ? -1 : 1;
	}
	/* "Barkley, who said he votes Democratic, likes him": the
	 * relative clause ends at its comma */
	if (subj == SUBJ_RELATIVE &&
	    (comma = speech_form_clause_comma(s, cs, t->se)) != NULL &&
	    speech_char_before(s, t->ss, a->ms, NULL) == ',' &&
	    !speech_span_quote_between(x, t, cs, (size_t)(comma - s)))
		ce = (size_t)(comma - s);
	else
		ce = speech_subordinate_end(x, t, i, cs,
		    speech_span_tail_gloss(x, t, cs, speech_span_own_clause(x,
		    t, cs, speech_break_end(x, t, cs))), 0);
	if (!that && (speech_wlx(x, t, i) & LX_STANCE) &&
	    (speech_wlx(x, t, i) & LX_CUE))
		ce = object_end(x, t, i, cs, ce);
	if (speech_span_direct_at(x, t, cs) != NULL ||
	    speech_span_mostly_direct(x, t, cs, ce))
		return 0;
	/* "Sanders said [yes] and took the opportunity to ..." */
	if ((k = speech_form_answer_word(x, t, i)) != 0)
		ce = t->w[k].end;
	/* a fragment that closes the content is in it ("suggested that
	 * [Rubio was "liberal on military spending"] and argued"): the cut
	 * before "and argued" fell before its mark, speech_emit takes it */
	nw = speech_span_content_words(x, t, cs,
	    speech_span_fragment_close(x, t, ce), &quoted);
	if (nw < CONTENT_WORDS_MIN && !quoted && !short_answer(x, t, cs, ce))
		return 0;
	a->cue = str_make(s + t->w[i].start,
	    t->w[speech_form_as_cue_last(x, t, i)].end - t->w[i].start);
	return speech_emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}
