/*
 * speech_fragment.c — the clause a quoted fragment opens after the verb
 * of speech the quote pass attributed it to: "Sanders acknowledged in an
 * MSNBC forum Monday night ["it will be very hard for us to win" if he
 * continues to lose ground]."  The quote pass found the fragment's
 * speaker and cue (quotes.c fragment_subject); the rules found no
 * clause after the cue, because words stand between the two (a place,
 * a time, an occasion, an addressee, "via email that,").  The fragment
 * is the evidence: it holds the speaker's words, and it opens the clause
 * that reports them, which is one mixed item (PolNeAR: the content runs
 * through the fragment to the end of its clause).
 *
 * This file owns that rule (speech_fragment_clause, asked by the
 * sentence reader in speech.c of each sentence the rules read that
 * holds a quote and took nothing from).
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/*
 * Words between the cue and the fragment: an adjunct or two ("in an
 * MSNBC forum Monday night", "as he introduced his wife in Hudson,");
 * more is a clause of its own, whose subject the fragment is not.
 */
#define FRAGMENT_GAP_WORDS_MAX	10
/* A clause has a subject and a verb, and most an object or a
 * complement: fewer words than this in a fragment that opens it with a
 * capital are a title or a label. */
#define FRAGMENT_CLAUSE_WORDS_MIN	3

/*
 * Does the fragment open with a clause's subject: a capital (a name, a
 * sentence quoted from its start), a subject pronoun, "there"?  Past the
 * mark and blanks.
 */
static int
fragment_opens_clause(const struct qx *x, const struct speech_quote *q)
{
	static const struct speech_lit subj[] = {
		SPEECH_LIT("i"), SPEECH_LIT("we"), SPEECH_LIT("you"),
		SPEECH_LIT("he"), SPEECH_LIT("she"), SPEECH_LIT("it"),
		SPEECH_LIT("they"), SPEECH_LIT("there"), SPEECH_LIT("this"),
		SPEECH_LIT("that"), SPEECH_LIT("these"), SPEECH_LIT("those"),
		SPEECH_LIT("the"), SPEECH_LIT("our"), SPEECH_LIT("my"),
	};
	const char *s = x->s;
	size_t p = q->start, e, n;

	while (p < q->end && (unsigned)((s[p] | 0x20) - 'a') >= 26)
		p++;
	for (e = p; e < q->end && (unsigned)((s[e] | 0x20) - 'a') < 26; e++)
		;
	if (e == p || !(((unsigned)(s[p] - 'A') < 26 || speech_range_in(s, p,
	    e, subj, sizeof(subj) / sizeof(subj[0])))))
		return 0;
	/* and words enough for a clause: a title or a label is shorter
	 * ("specified "Christian"", "the "Remain" side") */
	for (n = 1; e < q->end && n < FRAGMENT_CLAUSE_WORDS_MIN; e++)
		n += s[e] == ' ' && e + 1 < q->end && s[e + 1] != ' ';
	return n >= FRAGMENT_CLAUSE_WORDS_MIN;
}

/* Does w end as a present in -s ("says", "walks"; not "-ss")? */
static int
present_s(const struct qx *x, const struct text_word *w)
{
	return speech_ends_with(x, w, "s") && !speech_ends_with(x, w, "ss");
}

/*
 * Is the clause after the fragment's closing mark at qend the speaker's
 * next act: "and" or "but", an adverb ("then") maybe, and a verb with no
 * subject of its own, by its form ("said during a visit to Kent "It's a
 * great day for Britain" and shook hands")?  The fragment, quoted from a
 * sentence's start, is then the whole of what was said (review F6).
 * The act shares the tense of the cue at ci: after a past ("said") an -s
 * form is a plural noun, the subject of the content's own next clause
 * ("and wages are rising", "and prices rose"; review R2).
 */
static int
next_act_after(const struct qx *x, struct sent *t, size_t qend, size_t ce,
    size_t ci)
{
	size_t k = speech_word_starting_at(t, qend);

	if (k + 1 >= t->n || t->w[k].start >= ce ||
	    !text_gap_is_blank(x->s, qend, t->w[k].start) ||
	    !(is_word(x, &t->w[k], "and") || is_word(x, &t->w[k], "but")))
		return 0;
	if (speech_is_adverb(x, t, k + 1))
		k++;
	k++;
	if (k < t->n && present_s(x, &t->w[k]) && !present_s(x, &t->w[ci]))
		return 0;
	return k < t->n && t->w[k].start < ce &&
	    !(t->w[k].flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT)) &&
	    !(speech_wlx(x, t, k) & (LX_DET | LX_PRON | LX_PPRON | LX_FUNC |
	    LX_ADV)) && speech_stance_finite_form(x, t, k);
}

/*
 * [cs, ce) as an item spoken as the fragment q's (speech_emit_as: its
 * mention, cue and the quote pass's speaker), that speaker given to
 * every fragment of the sentence with the same mention: 1 when an item
 * was written, 0 when not, -1 on error.
 */
static int
emit_fragment_item(struct qx *x, struct sent *t, size_t cs, size_t ce,
    const struct speech_quote *q)
{
	struct attr a;
	struct str sp;
	size_t i, n;

	if (speech_emit_as(x, t, cs, ce, q->idx, &a, &n) == -1)
		return -1;
	if (n == SPEECH_NO_ITEM)
		return 0;
	sp = x->out->v[n].speaker;
	for (i = 0; i < t->nq; i++) {
		struct quote *f = &x->out->v[speech_sq_at(x, t, i)->idx];

		if (f->speaker_start == a.ms && f->speaker_end == a.me)
			f->speaker = sp;
	}
	return 1;
}

/*
 * The content that the quote at ring index k of the sentence opens, if
 * the quote pass attributed it to a cue of the sentence before it: 1
 * when an item was written, 0 when not, -1 on error.
 */
static int
fragment_clause(struct qx *x, struct sent *t, size_t k)
{
	const char *s = x->s;
	const struct speech_quote *q = speech_sq_at(x, t, k);
	const struct quote *fq = &x->out->v[q->idx];
	size_t cue_s, ci, qi, i, cs, ce;

	if (q->direct || fq->speaker.p == NULL || fq->cue.p == NULL ||
	    fq->cue.p < s + t->ss || fq->cue.p >= s + q->start)
		return 0;
	cue_s = (size_t)(fq->cue.p - s);
	ci = speech_word_starting_at(t, cue_s);
	qi = speech_word_starting_at(t, q->start);
	/* words between the two (right after the cue, the rules read the
	 * fragment as they read any object), not too many */
	if (ci >= t->n || t->w[ci].start != cue_s || qi <= ci + 1 ||
	    qi - ci - 1 > FRAGMENT_GAP_WORDS_MAX)
		return 0;
	/* no other cue among them; "that" opens the content, else the
	 * fragment does, as a clause: a subject first, and the adjunct
	 * before it closed (no determiner, preposition or possessive
	 * right before the mark: "warned of a "ferocious" battle" is an
	 * object's noun phrase) */
	cs = SIZE_MAX;
	for (i = ci + 1; i < qi; i++) {
		if (t->cue[i] == CUE_YES)
			return 0;
		if (is_word(x, &t->w[i], "that"))
			cs = t->w[i].end;
	}
	if (cs == SIZE_MAX) {
		if ((t->w[qi - 1].flags & TEXT_W_POSS) ||
		    (speech_wlx(x, t, qi - 1) & (LX_DET | LX_FUNC)) ||
		    !fragment_opens_clause(x, q))
			return 0;
		cs = q->start;
	}
	/* a verb of speech that takes a clause, not one of naming or
	 * intent, whose object or infinitive the fragment is ("called him
	 * a "liar"", "vowed to "fight"") */
	if (!speech_cue_is(x, t, ci) ||
	    !(speech_wlx(x, t, ci) & (LX_CUE | LX_REPORT | LX_THATCUE)) ||
	    (speech_wlx(x, t, ci) & (LX_NAMING | LX_INTENT)))
		return 0;
	cs = speech_span_trim_start(s, cs, t->se);
	if (speech_taken(x, cs, cs + 1))
		return 0;
	ce = speech_span_tail_gloss(x, t, cs, speech_span_own_clause(x, t, cs,
	    speech_break_end(x, t, cs)));
	/* the clause must go on past the fragment: a fragment that is the
	 * whole of it is the quote pass's item, and so is one that opens
	 * the clause with the speaker's next act after it */
	if (ce <= q->end || speech_taken(x, cs, ce) ||
	    (cs == q->start && next_act_after(x, t, q->end, ce, ci)))
		return 0;
	return emit_fragment_item(x, t, cs, ce, q);
}

/*
 * Is the last character inside the closing mark of [qs, qe) a comma
 * (""...," X said")?  Past the closing mark's bytes: ASCII marks and
 * the right single and double curly marks.
 */
static int
comma_closed(const char *s, size_t qs, size_t qe)
{
	size_t p = qe;
	uint32_t c;

	while (p > qs) {
		size_t r = p;

		c = utf8_prev(s, &r);
		if (c != '"' && c != '\'' && c != 0x2019 && c != 0x201d)
			return c == ',';
		p = r;
	}
	return 0;
}

/*
 * Does the cue at ci end what its subject said, as a closer's does: the
 * sentence ends after it (past a time, and the addressee of a verb of
 * telling: "he told Chris Cuomo of CNN after the debate,"), or a comma
 * follows, or an adjunct opens ("wrote in his memo")?  A clause or an
 * object after it ("Sanders said private contractors can be", "said
 * yes", "urged voters to") is what it reports, and the quote before it
 * no part of that.
 */
static int
cue_closes(const struct qx *x, struct sent *t, size_t ci)
{
	size_t k = ci + 1, f;
	uint32_t lx;

	k += speech_span_time_after(x, t, k);
	if ((speech_wlx(x, t, ci) & LX_OBJCUE) &&
	    (f = speech_ask_addressee_end(x, t, ci)) != 0)
		k = f;
	if (k >= t->n)
		return 1;
	if (speech_char_after(x->s, t->se, t->w[k - 1].end) == ',')
		return 1;
	lx = speech_wlx(x, t, k);
	return (lx & LX_FUNC) && !(lx & (LX_DET | LX_PRON)) &&
	    !is_word(x, &t->w[k], "that") && !is_word(x, &t->w[k], "to");
}

/*
 * Is w a word in -ing, by its form?  One that opens the sentence
 * ("Remarking upon ...,", "Citing ...,") opens a participle phrase or
 * a gerund subject, an act of its own; a cue in -ing after a quote
 * ("..., saying the city ...") is a participle, no closer.
 */
static int
ing_word(const struct qx *x, const struct text_word *w)
{
	return w->end - w->start > 4 && x->s[w->end - 3] == 'i' &&
	    x->s[w->end - 2] == 'n' && x->s[w->end - 1] == 'g';
}

/*
 * The sentence a quoted fragment closes, when the quote pass attributed
 * it to the closer right after its closing mark: "But ''it will not be
 * carpets and candles,'' said Erik Flannigan, the channel's head of
 * music programming, referring to ...", "Oz is "smart as hell," Steve
 * Mosko wrote in an email".  The rules took nothing from the sentence:
 * the closer runs on past the few words their closer reads (an
 * appositive, a relative clause, a participle, a second quote).  The
 * closer reports the whole clause the fragment ends, from the sentence's
 * start (PolNeAR: the content is all the source is said to have said):
 * one mixed item with the quote pass's speaker and cue.  Not when words
 * before the fragment hold a cue of their own ("Remarking upon Clinton's
 * "genuine empathy," Starr said") or the cue reports forward what comes
 * after it ("on ABC's "This Week," Rubio said that ..."); the closing
 * mark holds a comma, as a closer's quote does.  1 when an item was
 * written, 0 when not, -1 on error.
 */
int
speech_fragment_closer_at(struct qx *x, struct sent *t, size_t k)
{
	const char *s = x->s;
	const struct speech_quote *q = speech_sq_at(x, t, k);
	const struct quote *fq = &x->out->v[q->idx];
	size_t cue_s, first, ci, qi, i, cs;

	if (fq->speaker_end <= fq->speaker_start || fq->cue.p == NULL ||
	    fq->cue.p < s + q->end || fq->cue.p >= s + t->se ||
	    q->start <= t->ss || !comma_closed(s, q->start, q->end))
		return 0;
	cue_s = (size_t)(fq->cue.p - s);
	/* the closer right after the closing mark: its cue or its
	 * subject first, only blanks between */
	first = fq->speaker_start < cue_s ? fq->speaker_start : cue_s;
	if (first < q->end || !text_all_space(s, q->end, first))
		return 0;
	ci = speech_word_starting_at(t, cue_s);
	qi = speech_word_starting_at(t, q->start);
	if (ci >= t->n || t->w[ci].start != cue_s || qi == 0 ||
	    ing_word(x, &t->w[ci]))
		return 0;
	for (i = 0; i < qi; i++)
		if (t->cue[i] != CUE_NO)
			return 0;
	/* a title names a thing ("host of MSNBC's "Morning Joe,"
	 * suggested ..."); a participle phrase that opens the sentence is
	 * an act of the subject's, its quote that act's object
	 * ("Remarking upon Clinton's "genuine empathy," Starr said") */
	if (speech_continued_title_case(s, q->start, q->end) ||
	    ing_word(x, &t->w[0]))
		return 0;
	/* "said Erik Flannigan, ...": an inverted subject closes, not a
	 * pronoun that opens a clause ("says she warned"); "X said"
	 * closes unless words it reports follow */
	if (fq->speaker_start < cue_s ? !cue_closes(x, t, ci) :
	    ci + 1 < t->n && (speech_wlx(x, t, ci + 1) & LX_PRON))
		return 0;
	cs = speech_span_trim_start(s, t->ss, q->start);
	if (speech_taken(x, cs, q->end))
		return 0;
	return emit_fragment_item(x, t, cs, q->end, q);
}

int
speech_fragment_clause(struct qx *x, struct sent *t)
{
	size_t k;
	int r;

	for (k = 0; k < t->nq; k++)
		if ((r = fragment_clause(x, t, k)) != 0)
			return r;
	return 0;
}
