/*
 * speech.c — reported speech: what a source said, wrote or holds without
 * quotation marks, as `indirect` items with the fields of a quote (the
 * content's span, the speaker, the mention and the cue), and the speaker
 * of the quoted fragments inside it.
 *
 * The constructions of news copy, each read from one sentence:
 *
 *   X said (that) CLAUSE          X told Y (that) CLAUSE
 *   CLAUSE, X said.               CLAUSE, said X.
 *   According to X, CLAUSE.       CLAUSE, according to X.
 *   X believes (that) CLAUSE      a poll found that CLAUSE
 *   X quoted Y as saying CLAUSE   X said: CLAUSE (to the paragraph's end)
 *
 * The subject X is a name, a pronoun or a nominal, or failing those a
 * bare noun phrase ("Most voters said"), a relative pronoun ("Smith,
 * who said CLAUSE, ..."), or the sentence's subject for a cue
 * coordinated with its first verb ("X did Y and said CLAUSE").
 *
 * The scanner runs behind the quote pass in quotes.c: a sentence is read
 * once every quote in it has been classified, so a sentence end inside a
 * quote does not end the sentence, content that is a direct quote is left
 * to the quote, and content that holds quoted fragments is one item whose
 * speaker the fragments take.  Every byte is read by one sentence search
 * and one word scan; a sentence's words are kept in a bounded array.
 *
 * This file owns the sentence reader (speech_note_quote, speech_scan_to),
 * the order in which the rules try one sentence (analyse), the headline
 * rule ("SOURCE: CONTENT", a paragraph's own), the output of an item with
 * its fragments' speaker (speech_emit), the index of the items out that
 * tells whether a content is taken (speech_taken), and the speaker handed
 * on to the quotes after it (speech_last_speaker).  The cue-word scan is in
 * speech_cue.c, the spans in speech_span.c, the subject of a cue in
 * speech_subject.c (a participle's in speech_participle.c) and the
 * constructions in speech_form.c; speech_int.h is what they share.
 */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/* --- output --- */

/*
 * The items out are read newest first, and only as far back as one may
 * still end after cs: taken_max says when none of the older ones can.
 * The items go out nearly in text order, each sentence's after those of
 * the sentences before it (a quote goes out before the speech of its own
 * sentence, which is read once the quote is classified), so a question
 * reads the items of its own sentence and stops.  A scan of every item
 * made a body of noun cues or headlines, each asking, quadratic.
 */
int
speech_taken(struct qx *x, size_t cs, size_t ce)
{
	const struct quote *v = x->out->v;
	size_t k, n = x->out->n;

	/* the index brought up to the items out */
	for (k = x->taken_n; k < n && k < PROTO_QUOTES_MAX; k++) {
		uint32_t e = v[k].kind == QUOTE_PARTIAL ? 0 : v[k].end;

		x->taken_max[k] = k > 0 && x->taken_max[k - 1] > e ?
		    x->taken_max[k - 1] : e;
	}
	x->taken_n = k;
	for (k = n; k > 0; k--) {
		const struct quote *q = &v[k - 1];

		if (k <= x->taken_n && x->taken_max[k - 1] <= cs)
			return 0;
		if (q->kind != QUOTE_PARTIAL && q->start < ce && cs < q->end)
			return 1;
	}
	return 0;
}

void
speech_out_set_n(struct qx *x, size_t n)
{
	x->out->n = n;
	if (x->taken_n > n)
		x->taken_n = n;
}

void
speech_out_set_end(struct qx *x, size_t k, size_t end)
{
	x->out->v[k].end = (uint32_t)end;
	if (x->taken_n > k)
		x->taken_n = k;
}

/*
 * Append the item [cs, ce) with the attribution a, and give its speaker to
 * the quoted fragments inside it that have none.
 */
int
speech_emit(struct qx *x, struct sent *t, size_t cs, size_t ce,
    const struct attr *a)
{
	struct quote q;
	struct str speaker;
	size_t i;
	const char *nl;

	cs = speech_span_skip_dateline(x->s, cs, ce);
	cs = speech_span_trim_start(x->s, cs, ce);
	cs = speech_span_saying_time(x, t, a->cue, cs);
	/* reported speech keeps to the paragraph of its attribution,
	 * whatever a quote left open made of the sentence ("said [X is
	 * “amorphous]." before a paragraph of quotes; a paragraph before
	 * "[“...]," Kelly charged") */
	if (ce > cs && (nl = memchr(x->s + cs, '\n', ce - cs)) != NULL) {
		if (a->found && a->ms >= ce)
			cs = (size_t)((const char *)memrchr(x->s + cs, '\n',
			    ce - cs) - x->s) + 1;
		else
			ce = (size_t)(nl - x->s);
		cs = speech_span_trim_start(x->s, cs, ce);
	}
	ce = speech_span_trim_end(x->s, cs, ce);
	if (ce > cs)
		ce = speech_span_fragment_close(x, t, ce);
	if (ce <= cs || x->out->n >= PROTO_QUOTES_MAX)
		return 0;
	speaker = speaker_of(x, a);
	memset(&q, 0, sizeof(q));
	q.start = (uint32_t)cs;
	q.end = (uint32_t)ce;
	q.kind = QUOTE_INDIRECT;
	q.speaker_start = (uint32_t)a->ms;
	q.speaker_end = (uint32_t)a->me;
	q.cue = a->cue;
	q.speaker = speaker;
	for (i = 0; i < t->nq; i++) {
		struct speech_quote *sq = (struct speech_quote *)
		    speech_sq_at(x, t, i);
		struct quote *fq = &x->out->v[sq->idx];

		/* a fragment takes the innermost speech's speaker: the
		 * items of a sentence come outer first */
		if (sq->start >= cs && sq->end <= ce + 3 && !sq->direct &&
		    (fq->speaker_start == fq->speaker_end || sq->given)) {
			sq->given = 1;
			fq->speaker_start = q.speaker_start;
			fq->speaker_end = q.speaker_end;
			fq->cue = q.cue;
			fq->speaker = speaker;
		}
	}
	speech_hand_on(x, ce, a, speaker);
	/* the person who spoke last, for a he or a she after: "Smith, 45,
	 * said he would appeal. "...," he said." (one word is no full name
	 * for the names scan to remember) */
	speaker_note_person(x, a, speaker);
	return quote_list_push(x->out, &q);
}

void
speech_hand_on(struct qx *x, size_t end, const struct attr *a,
    struct str speaker)
{
	if (speaker.p != NULL) {
		x->speech.have_last = 1;
		x->speech.last_end = end;
		x->speech.last = *a;
		x->speech.last_speaker = speaker;
	}
}

int
speech_last_speaker(struct qx *x, size_t start, struct attr *a,
    struct str *speaker)
{
	struct speech_state *st = &x->speech;
	size_t p, breaks = 0;

	if (!st->have_last || st->last_end > start ||
	    start - st->last_end > INHERIT_BYTES_MAX)
		return 0;
	/* at most one paragraph break between: the next paragraph */
	for (p = st->last_end; p < start; p++) {
		if (x->s[p] == '\n' && (p == st->last_end ||
		    x->s[p - 1] != '\n'))
			breaks++;
	}
	if (breaks > 1)
		return 0;
	*a = st->last;
	a->found = 1;
	*speaker = st->last_speaker;
	return 1;
}

/*
 * The end of the paragraph holding pos: the first line break after it.
 * The answer stays good for every later pos before it, so each byte is
 * searched once however many sentences ask.
 */
size_t
speech_para_end(struct qx *x, size_t pos)
{
	struct speech_state *st = &x->speech;
	const char *nl;

	if (st->para_end > pos)
		return st->para_end;
	nl = memchr(x->s + pos, '\n', x->len - pos);
	st->para_end = nl == NULL ? x->len : (size_t)(nl - x->s);
	return st->para_end;
}

/*
 * Is the cue at word i a verb coordinated with the one before it: "and"
 * or "but" right before it (a comma may stand before those), itself
 * lower case and not a participle ("and saying" is an act of its own
 * that the participle rule reads) unless the item taken before, p, has
 * a participle's cue too: participles coordinated with each other share
 * their subject ("criticizing the pipeline and calling for [a ban on
 * drilling]", "calling him a "stiff" and accusing [him of ...]").
 */
static int
coordinated(const struct qx *x, struct sent *t, size_t i, const struct attr *p)
{
	const struct text_word *w = &t->w[i];
	const char *sp;
	size_t n = p->cue.len;

	/* the cue's verb: "talking" of "talking about" */
	if (n > 0 && (sp = memchr(p->cue.p, ' ', n)) != NULL)
		n = (size_t)(sp - p->cue.p);
	if (speech_ends_with(x, w, "ing") && !(n > 3 &&
	    memcmp(p->cue.p + n - 3, "ing", 3) == 0))
		return 0;
	return i > 0 && !(w->flags & TEXT_W_CAP) &&
	    (is_word(x, &t->w[i - 1], "and") ||
	    is_word(x, &t->w[i - 1], "but")) &&
	    text_gap_is_blank(x->s, t->w[i - 1].end, w->start);
}

/*
 * Does the participle cue at word i take its content with no "that"
 * (", arguing [he didn't want to tip the scales]", ", noting [limited
 * gains so far]", ", recalling [a visit to his church]")?  A verb of
 * speech or thought right before its content, as a finite one does; not
 * one whose next noun is its addressee (telling, asking take theirs
 * past it), nor a verb of stance, whose object the stance rule ends.
 * PolNeAR annotates 70 such contents that need no "that" for some 25
 * uses it does not in the dev set.
 */
static int
participle_takes_clause(const struct qx *x, struct sent *t, size_t i)
{
	return i + 2 < t->n && (speech_wlx(x, t, i) & (LX_CUE | LX_REPORT)) &&
	    !(speech_wlx(x, t, i) & (LX_OBJCUE | LX_STANCE)) &&
	    text_gap_is_blank(x->s, t->w[i].end, t->w[i + 1].start);
}

/*
 * Is the subject of the attribution closing the sentence at word i right
 * before the cue, or after it (", reported the Examiner.")?  Not a
 * clause's subject with an auxiliary or a modal between ("if Iran were a
 * stock, [he would advise] buying it", "when he speaks, [he is often
 * asked] ...").
 */
static int
closer_adjacent(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a)
{
	return i > 0 && (!a->found || (a->me >= t->w[i - 1].start &&
	    a->me <= t->w[i - 1].end &&
	    text_gap_is_blank(x->s, t->w[i - 1].end, t->w[i].start)));
}

/*
 * Does the attribution that closes the sentence at word i (a its
 * subject: ", The Post reported.") stand inside the content of every item
 * the sentence took before it (from first on)?  Then that speech is
 * nested in the closing attribution's content, which runs from the
 * sentence's start: "[He said at a conference that he was ''very
 * comfortable,''] The Post reported."  PolNeAR gives each token one
 * attribution, the outer one (PolNeAR dev: 27 pairs made exact, 2 lost),
 * and the item taken had run on over the closing attribution ("he was
 * ''very comfortable,'' The Post reported").
 */
static int
closer_holds_items(const struct qx *x, struct sent *t, size_t first,
    size_t i, const struct attr *a)
{
	size_t n, at = a->found && a->ms < t->w[i].start ? a->ms :
	    t->w[i].start;

	if (x->out->n <= first || !closer_adjacent(x, t, i, a))
		return 0;
	for (n = first; n < x->out->n; n++)
		if (x->out->v[n].kind != QUOTE_INDIRECT ||
		    x->out->v[n].end <= at)
			return 0;
	return 1;
}

/*
 * The closing attribution at word i takes the sentence's content in
 * place of the items taken before it (closer_holds_items).  The quoted
 * fragments keep the speaker those items gave them, the innermost
 * speech's; if the closing attribution takes nothing, the items stay.
 */
static int
closer_replaces(struct qx *x, struct sent *t, size_t first, size_t i,
    struct attr *a)
{
	size_t n = x->out->n, k;
	int r;

	for (k = 0; k < t->nq; k++)
		((struct speech_quote *)speech_sq_at(x, t, k))->given = 0;
	speech_out_set_n(x, first);
	r = speech_form_cue_backward(x, t, i, a);
	if (r == 0 || x->out->n == first)
		speech_out_set_n(x, n);
	return r;
}

/*
 * Does "according" at word i follow a comma inside a closing mark
 * ("“...,” according to")?
 */
static int
after_closing_mark(const struct qx *x, struct sent *t, size_t i)
{
	size_t at;
	uint32_t c = speech_char_before(x->s, t->ss, t->w[i].start, &at);

	return c != ',' && !text_is_dash(c) &&
	    speech_span_clause_closed(x, t, t->w[i].start, &at);
}

/*
 * After a rule took an item: what the sentence's items took ends no
 * sooner than the last item (cues inside it are nested in it).  A rule
 * that answers 1 may have emitted nothing (speech_emit drops an empty
 * span, and any item once the list is full), so the list may be empty.
 */
static void
took_to_last(const struct qx *x, size_t *took_end)
{
	if (x->out->n > 0 && x->out->v[x->out->n - 1].end > *took_end)
		*took_end = x->out->v[x->out->n - 1].end;
}

/*
 * "according to" at word i after a fragment's closing mark: its item
 * replaces the items of the sentence that run over it (all of them, or
 * none is taken), as a closing attribution's does (closer_replaces).
 */
static int
according_replaces(struct qx *x, struct sent *t, size_t first, size_t i)
{
	size_t n = x->out->n, k;
	int r;

	for (k = first; k < n; k++)
		if (x->out->v[k].kind != QUOTE_INDIRECT ||
		    x->out->v[k].end <= t->w[i].start)
			return 0;
	for (k = 0; k < t->nq; k++)
		((struct speech_quote *)speech_sq_at(x, t, k))->given = 0;
	speech_out_set_n(x, first);
	r = speech_source_according(x, t, i);
	if (r == 0 || x->out->n == first)
		speech_out_set_n(x, n);
	return r;
}

static int
analyse(struct qx *x, struct sent *t)
{
	size_t i, from, took_end = 0, ci = 0, first = x->out->n, lq, lend, cj;
	int r, subj, took = 0, coord, own, linked, bare;
	struct attr took_a;

	memset(&took_a, 0, sizeof(took_a));
	speech_cue_read_words(x, t);
	/* "Please let us know ...": the page's call to the reader */
	if (speech_furniture_may_call(t) && speech_furniture_call(x, t))
		return 0;
	/* "Asked whether X, Smith said Y": the question, then the rest
	 * (past "asked", word 0 or 1; a capitalised first word of two,
	 * four or five letters first, "If", "When", "Once", "Asked": a
	 * call for every sentence costs more than the rule) */
	r = 0;
	if (t->n >= 3 && (t->w[0].flags & TEXT_W_CAP) &&
	    (t->w[0].end - t->w[0].start == 2 ||
	    t->w[0].end - t->w[0].start == 4 ||
	    t->w[0].end - t->w[0].start == 5) &&
	    (r = speech_form_asked_question(x, t)) == -1)
		return -1;
	from = r == 1 ? 2 : 0;
	/* "Noting that CLAUSE, Tester added ...": the participle clause
	 * that opens the sentence, then its cues (a capitalised word
	 * ending in "ing" first: the call costs more than the test) */
	if (t->n > 3 && (t->w[0].flags & TEXT_W_CAP) &&
	    speech_ends_with(x, &t->w[0], "ing") &&
	    speech_source_fronted_participle(x, t) == -1)
		return -1;
	/* "In a CNN poll released Monday, CLAUSE": the poll speaks; the
	 * sentence's cues are read after it */
	if (t->ss + 3 < t->se && x->s[t->ss] == 'I' &&
	    speech_source_in_doc(x, t) == -1)
		return -1;
	/* "according to X" names the source of the whole sentence; after
	 * a fragment's closing mark it is read after the cues (below) */
	for (i = 0; t->according && i + 1 < t->n; i++)
		if (is_word(x, &t->w[i], "according") &&
		    !after_closing_mark(x, t, i) &&
		    is_word(x, &t->w[i + 1], "to") &&
		    (r = speech_source_according(x, t, i)) != 0)
			return r;
	for (i = from; i < t->n; i++) {
		struct attr a;

		/* without an overflow only the cues kept are cues: the
		 * words between are passed over unasked */
		if (!t->cues_overflow) {
			while (ci < t->nyes && t->yes[ci] < i)
				ci++;
			if (ci == t->nyes)
				break;
			i = t->yes[ci];
		}
		if (!speech_cue_is(x, t, i))
			continue;
		/* "said in a Facebook post that [...]": the medium of a
		 * saying whose content was taken after it is no saying */
		if (took && x->out->n > first &&
		    x->out->v[x->out->n - 1].start >= t->w[i].end &&
		    speech_form_medium_noun(x, t, 0, i))
			continue;
		/* "X is said to be furious": a hedge, as "X is expected
		 * to" (PolNeAR annotates 4 of 4: the subject and the
		 * infinitive, no source named) */
		if ((speech_wlx(x, t, i) & LX_RAISE) || (i > 0 &&
		    i + 1 < t->n && is_word(x, &t->w[i], "said") &&
		    speech_span_is_be(x, &t->w[i - 1]) &&
		    is_word(x, &t->w[i + 1], "to"))) {
			if (!took &&
			    (r = speech_object_raising(x, t, i)) != 0) {
				if (r == -1)
					return -1;
				took = 1;
			}
			continue;
		}
		/* "As reported by Politico, [CLAUSE]": the agent speaks, as
		 * after "According to X," (a cue at word 1 or 2 after a
		 * two-letter word 0 opening with "A" only: a call for each
		 * cue costs more than the rule) */
		if (i <= 2 && x->s[t->w[0].start] == 'A' &&
		    t->w[0].end - t->w[0].start == 2 &&
		    (r = speech_source_as_passive(x, t, i)) != 0)
			return r;
		/* "[The meeting] was first reported by Politico" (a cue
		 * before "by" only: asked of every cue, the call costs more
		 * than the test) */
		if (i > 0 && i + 2 < t->n && is_word(x, &t->w[i + 1], "by") &&
		    (r = speech_source_passive_by(x, t, i)) != 0) {
			if (r == -1)
				return -1;
			continue;
		}
		/* "quoted Smith as saying" (a cue after "as" only) */
		if (i >= 2 && is_word(x, &t->w[i - 1], "as") &&
		    (r = speech_source_quoted_as_saying(x, t, i)) != 0)
			return r;
		/* "X quoted Y as saying": the speech comes after "saying" */
		memset(&a, 0, sizeof(a));
		if (speech_quoting_verb(x, &t->w[i]) &&
		    attribution_quoted_as(x->s, t->se, &t->w[i], &a))
			continue;
		/* "Rubio was asked by the moderator [whether ...]": the
		 * asker speaks (a five-letter word opening with "a" first:
		 * a call for each cue costs more than the rule) */
		if (!took && t->w[i].end - t->w[i].start == 5 &&
		    (x->s[t->w[i].start] | 0x20) == 'a' &&
		    (r = speech_form_asked_by(x, t, i)) != 0) {
			if (r == -1)
				return -1;
			took = 1;
			took_to_last(x, &took_end);
			continue;
		}
		/* "leaving some to question [whether ...]": the object of
		 * the verb before the infinitive asks (a six- or eight-letter
		 * cue after a two-letter word only: a call for each cue
		 * costs more than the rule) */
		if (!took && i > 0 && t->w[i - 1].end - t->w[i - 1].start ==
		    2 && (t->w[i].end - t->w[i].start == 6 ||
		    t->w[i].end - t->w[i].start == 8) &&
		    (r = speech_form_wonder_to(x, t, i)) != 0) {
			if (r == -1)
				return -1;
			took = 1;
			took_to_last(x, &took_end);
			continue;
		}
		memset(&a, 0, sizeof(a));
		/* "led her to declare [...]": the object of a verb of
		 * causation speaks (a cue after "to" only: one byte test
		 * first) */
		if (i > 2 && x->s[t->w[i - 1].start] == 't' &&
		    (cj = speech_form_caused_object(x, t, i)) != 0) {
			speech_form_caused_source(x, t, i, cj, &a);
			subj = SUBJ_MENTION;
		} else if ((subj = speech_subject_before(x, t, i, &a)) ==
		    SUBJ_NONE && speech_participle_subject(x, t, i, &a))
			subj = SUBJ_PARTICIPLE;
		/* "a new poll shows CLAUSE": a document speaks */
		if (!took && (speech_wlx(x, t, i) & (LX_THATCUE |
		    LX_REPORT)) &&
		    (r = speech_source_document(x, t, i, &a)) != 0) {
			if (r == -1)
				return -1;
			took = 1;
			/* cues inside its content are nested in it, as
			 * after the clause rules' items ("a poll found that
			 * [70 percent said ...]") */
			took_to_last(x, &took_end);
			continue;
		}
		/* "which he said was a mistake": the pronoun and the
		 * predicate (a lower-case cue before a finite auxiliary
		 * only, the rule's first test: the call costs more) */
		if (!took && subj != SUBJ_NONE && (speech_wlx(x, t, i) &
		    (LX_CUE | LX_REPORT)) && a.found && i + 1 < t->n &&
		    !(t->w[i].flags & TEXT_W_CAP) &&
		    speech_is_finite_aux(x, &t->w[i + 1]) &&
		    (r = speech_object_relative(x, t, i, &a)) != 0) {
			if (r == -1)
				return -1;
			took = 1;
			continue;
		}
		/* "CLAUSE, who said": the clause is not what was said */
		if (subj == SUBJ_BARE && a.me - a.ms <= 5 &&
		    (is_word(x, &t->w[i - 1], "who") ||
		    is_word(x, &t->w[i - 1], "which")))
			subj = SUBJ_RELATIVE;
		if (subj != SUBJ_RELATIVE && subj != SUBJ_COORD &&
		    (speech_wlx(x, t, i) & (LX_CUE |
		    LX_REPORT | LX_THATCUE)) &&
		    speech_form_closes_sentence(x, t, i, &a)) {
			if (took)
				return closer_holds_items(x, t, first, i, &a) ?
				    closer_replaces(x, t, first, i, &a) : 0;
			return speech_form_cue_backward(x, t, i, &a);
		}
		/* a subject far back in the clause, or none named */
		if (!a.found && !took && speech_subject_far(x, t, i, &a))
			subj = SUBJ_FAR;
		/* "X said A, and suggested that B", "refused to answer
		 * but said B": a verb coordinated with an item's cue has
		 * its source, unless it found a name of its own (the
		 * sentence's opening subject) */
		coord = took_a.found && coordinated(x, t, i, &took_a);
		if (coord && !(a.found && a.ns < a.ne)) {
			a = took_a;
			subj = SUBJ_MENTION;
		}
		/* after an item, a participle's object is still its own
		 * (", citing X") */
		/* a cue past the content taken is a new attribution ("While
		 * 7 percent said [...], 27 percent of the others said
		 * [...]"): a verb form no noun takes after any subject, any
		 * form after a name or a pronoun of its own ("..., but
		 * Jones fears [it will pass]") or before "that" after a
		 * noun phrase of its own ("..., security experts affirm
		 * that [...]": a verb with its clause); inside it, nested
		 * speech needs a name or a pronoun */
		/* inside it, a clause with a subject of its own that a
		 * comma, a semicolon or a dash sets off (", but the campaign
		 * refused [...]", "; 46 percent said [...]") is a new
		 * attribution, which ends the content */
		linked = took && a.found && t->w[i].start < took_end &&
		    subj != SUBJ_PARTICIPLE && !coord &&
		    speech_span_linked(x, t, first, i, &a, &lq, &lend,
		    &bare) && !bare && a.ms > x->out->v[lq].start;
		if (!a.found || (took && subj != SUBJ_PARTICIPLE && !coord &&
		    !linked && (t->w[i].start < took_end ||
		    (!speech_subject_bare_cue(x, &t->w[i]) &&
		    !(a.pronoun || a.ns < a.ne) && !(i + 1 < t->n &&
		    a.ms >= took_end && is_word(x, &t->w[i + 1], "that")))) &&
		    ((a.ns == a.ne && !a.pronoun) ||
		    !(speech_wlx(x, t, i) & LX_CUE))))
			continue;
		/* "Trump issued a statement saying": Trump speaks (an -ing
		 * cue after a bare noun only: the call costs more than the
		 * test) */
		if (i > 0 && a.ns == a.ne && !a.pronoun &&
		    speech_ends_with(x, &t->w[i], "ing"))
			speech_participle_maker(x, t, i, &a);
		/* "A, X said, B": a subject after the sentence's start and a
		 * comma right after the cue, or a cue that takes an object
		 * (the rule's first tests: the call costs more) */
		if (!took && a.found && a.ms > t->ss && t->n >= 2 &&
		    (speech_char_after(x->s, t->se, t->w[i].end) == ',' ||
		    (speech_wlx(x, t, i) & LX_OBJCUE)) &&
		    (r = speech_form_parenthetical_head(x, t, i, &a)) != 0) {
			if (r == -1)
				return -1;
			took = 1;
		}
		/* a cue inside reported content reports speech nested in
		 * it ("KCNA reported Kim told Putin that he ...") */
		r = 0;
		if (speech_wlx(x, t, i) & (LX_CUE | LX_REPORT | LX_THATCUE) &&
		    (r = speech_form_cue_forward(x, t, i, &a,
		    (speech_wlx(x, t, i) & LX_THATCUE) != 0 ||
		    (subj == SUBJ_PARTICIPLE && !is_word(x, &t->w[i],
		    "saying") && !is_word(x, &t->w[i], "telling") &&
		    !participle_takes_clause(x, t, i)), subj)) ==
		    -1)
			return -1;
		/* no clause after it: the object of a stance verb, or of
		 * the preposition a verb takes ("talked about X"); after an
		 * item, only for a participle, a coordinated verb, or a
		 * verb whose subject, a name or a pronoun, stands past the
		 * content taken ("While Trump has railed against [X], he
		 * has sought [to protect Y]": a clause of its own; not
		 * "McConnell, who has endorsed [X], offered Y", the
		 * subject before it); a noun phrase as that subject when
		 * the cue's form is one no noun takes ("..., while enlisted
		 * personnel favored [him by 37 points]", "but his critics
		 * denounced [the plan]"), as the test above admits one before a
		 * clause; or a clause linked inside the content (linked) */
		own = (took && a.ms >= took_end && (a.pronoun ||
		    a.ns < a.ne || speech_subject_bare_cue(x, &t->w[i]))) ||
		    linked;
		/* (each for its classes only: the calls cost more than the
		 * test) */
		if (r == 0 && (speech_wlx(x, t, i) & (LX_STANCE | LX_INTENT)) &&
		    (!took || subj == SUBJ_PARTICIPLE ||
		    subj == SUBJ_COORD || coord || own) &&
		    (r = speech_object_stance(x, t, i, &a, subj)) == -1)
			return -1;
		if (r == 0 && (speech_wlx(x, t, i) & (LX_LIGHT | LX_PREPCUE)) &&
		    (!took || subj == SUBJ_PARTICIPLE ||
		    subj == SUBJ_COORD || coord || own) &&
		    (r = speech_object_prep(x, t, i, &a)) == -1)
			return -1;
		if (r == 1 && !took_a.found && subj != SUBJ_FAR &&
		    subj != SUBJ_RELATIVE)
			took_a = a;
		took |= r;
		/* an earlier content that runs over this attribution ends
		 * before it */
		if (r == 1 && x->out->n > first + 1)
			speech_span_end_at_attribution(x, t, first, i, &a);
		if (r == 1)
			took_to_last(x, &took_end);
		if (x->speech.pos > t->se)
			return 0;	/* it took the paragraph */
	}
	/* "[A said B “...,”] according to X": the attribution after the
	 * closing mark takes the clause, in place of the items that ran
	 * over it; their fragments keep the inner speaker.  "A praised
	 * [B], and according to X, [CLAUSE]": the clause after a word that
	 * opens one is X's */
	for (i = 0; t->according && i + 1 < t->n; i++) {
		if (!is_word(x, &t->w[i], "according") ||
		    !is_word(x, &t->w[i + 1], "to"))
			continue;
		if (after_closing_mark(x, t, i))
			return according_replaces(x, t, first, i);
		if ((r = speech_source_according_joined(x, t, first, i)) != 0)
			return r;
	}
	return 0;
}

/* A headline naming its source before a colon: the line is at most
 * this long ("Trump: Cruz Has 'To Come a Long Way' On Ethanol, He's For
 * Oil Because 'Oil Pays Him a Lot of Money.'" is 98), the source at most
 * this many bytes and words before the colon ("Wash Post Fact-Check",
 * "Dr. Ben Carson", "Bill Clinton"). */
#define HEADLINE_BYTES_MAX	200
#define HEADLINE_SOURCE_BYTES	40
#define HEADLINE_SOURCE_WORDS	5
/* Words of a speaker's label in a transcript: "KATE BOULDUAN:",
 * "Luciana Lopez:", "Q:". */
#define LABEL_WORDS_MAX		3
/* Blank bytes between two paragraphs read to find the next one's
 * label: a blank line, CR LF, some spaces. */
#define PARA_GAP_MAX		8

static inline size_t	skip_blank(const char *s, size_t len, size_t pos);

/*
 * The colon after the source that opens the paragraph at ps (pe its
 * end): one to HEADLINE_SOURCE_WORDS capitalised words within
 * HEADLINE_SOURCE_BYTES, no small word after the first, no possessive
 * ("Big Win For Bernie", "Monday's Morning Email" are titles).  *n is
 * the count of words, *w the last one.  0 when there is none.
 * source_colon_words reads the words before the colon at c that
 * source_colon (below) found.
 */
static size_t
source_colon_words(const struct qx *x, size_t ps, size_t c, size_t *n,
    struct text_word *w)
{
	const char *s = x->s;
	size_t p;

	*n = 0;
	for (p = ps; text_word_next(s, c, &p, w); (*n)++)
		if (!(w->flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_INITIAL |
		    TEXT_W_DIGIT)) || *n >= HEADLINE_SOURCE_WORDS ||
		    (*n > 0 && (lexicon_of(s, w) & LX_TSMALL)) ||
		    (w->flags & TEXT_W_POSS))
			return 0;
	return *n > 0 ? c : 0;
}

/* Bytes of the colon test that three SSE2 registers read at once. */
#define COLON_BLOCK	48
_Static_assert(HEADLINE_SOURCE_BYTES <= COLON_BLOCK,
    "a source's colon lies in one block");

/*
 * The first ':' in [p, p + n) of the text, n at most
 * HEADLINE_SOURCE_BYTES; SIZE_MAX if none.  Inline, the block compared at
 * once where the text holds it: asked of every paragraph, most of which
 * open with no colon, and a call to memchr cost more than the test.
 */
static inline size_t
colon_within(const char *s, size_t len, size_t p, size_t n)
{
	const char *c;

#ifdef __SSE2__
	if (len - p >= COLON_BLOCK) {
		const __m128i colon = _mm_set1_epi8(':');
		const __m128i *v = (const __m128i *)(const void *)(s + p);
		uint64_t m;

		m = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128(v), colon)) |
		    (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128(v + 1), colon)) << 16 |
		    (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128(v + 2), colon)) << 32;
		m &= ((uint64_t)1 << n) - 1;
		return m != 0 ? p + (size_t)__builtin_ctzll(m) : SIZE_MAX;
	}
#endif
	c = memchr(s + p, ':', n);
	return c == NULL ? SIZE_MAX : (size_t)(c - s);
}

/*
 * The colon after the source that opens the paragraph [ps, pe), as
 * above; the words are read only when the colon test finds one.
 */
static inline size_t
source_colon(const struct qx *x, size_t ps, size_t pe, size_t *n,
    struct text_word *w)
{
	size_t c = colon_within(x->s, x->len, ps, pe - ps <
	    HEADLINE_SOURCE_BYTES ? pe - ps : HEADLINE_SOURCE_BYTES);

	return c == SIZE_MAX ? 0 : source_colon_words(x, ps, c, n, w);
}

/* A word that labels a paragraph rather than naming a source:
 * "UPDATE:", "Correction:", "Video:". */
static int
is_label(const struct qx *x, const struct text_word *w)
{
	return is_word(x, w, "correction") || is_word(x, w, "video") ||
	    is_word(x, w, "update") || is_word(x, w, "photo") ||
	    is_word(x, w, "related") || is_word(x, w, "clarification") ||
	    is_word(x, w, "note") || is_word(x, w, "watch");
}

/*
 * Does the paragraph at ps open with a speaker's label, as the turns of
 * a transcript do ("TAPPER: And obviously…", "Q: Did the Immigration
 * service…", "A: No, no one did.")?  One to LABEL_WORDS_MAX capitalised
 * words, two or more not opening with a determiner ("The Latest:"),
 * one not a label ("UPDATE:"), then a colon and a blank.  colon, n and
 * w are source_colon's answers for the paragraph.
 */
static size_t
label_of(const struct qx *x, size_t ps, size_t pe, size_t colon, size_t n,
    const struct text_word *w)
{
	const char *s = x->s;
	struct text_word first;
	size_t p = ps;

	if (colon == 0 || n > LABEL_WORDS_MAX || colon + 1 >= pe ||
	    (n == 1 && is_label(x, w)) ||
	    (s[colon + 1] != ' ' && s[colon + 1] != '\t') ||
	    !text_word_next(s, colon, &p, &first) ||
	    (n > 1 && (lexicon_of(s, &first) & LX_DET)))
		return 0;
	return colon;
}

/* label_of the paragraph [ps, pe), its source_colon read here. */
static size_t
label_colon(const struct qx *x, size_t ps, size_t pe)
{
	struct text_word w;
	size_t n = 0, colon = source_colon(x, ps, pe, &n, &w);

	return label_of(x, ps, pe, colon, n, &w);
}

/* Does the paragraph after the one ending at pe open with a label?
 * Reads at most PARA_GAP_MAX + HEADLINE_SOURCE_BYTES bytes. */
static int
next_para_labelled(const struct qx *x, size_t pe)
{
	const char *s = x->s;
	const char *nl;
	size_t p = pe, lim;

	while (p < x->len && p - pe < PARA_GAP_MAX && (s[p] == '\n' ||
	    s[p] == '\r' || s[p] == ' ' || s[p] == '\t'))
		p++;
	if (p == pe || p >= x->len || s[p] == '\n')
		return 0;
	lim = x->len - p < HEADLINE_SOURCE_BYTES + 1 ? x->len :
	    p + HEADLINE_SOURCE_BYTES + 1;
	nl = memchr(s + p, '\n', lim - p);
	return label_colon(x, p, nl == NULL ? lim : (size_t)(nl - s)) != 0;
}

/* Does the content [cs, ce) read as speech: CONTENT_WORDS_MIN words or
 * more, one of them in lower case ("Clinton: 547.", "Iowa: Tim
 * Albrecht, Brad Anderson, …" are tallies and lists)? */
static int
content_is_clause(const struct qx *x, size_t cs, size_t ce)
{
	struct text_word w;
	size_t n = 0, lower = 0, p = cs;

	while (text_word_next(x->s, ce, &p, &w)) {
		n++;
		if (!(w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT)))
			lower++;
		if (n >= CONTENT_WORDS_MIN && lower > 0)
			return 1;
	}
	return 0;
}

static inline size_t	skip_blank(const char *, size_t, size_t);

/* The end of [a, b) without its trailing spaces. */
static size_t
trim_blank_end(const char *s, size_t a, size_t b)
{
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	return b;
}

/* Is w "Says", "Say" or "Said", capitalised as a Title Case verb? */
static int
is_title_say(const struct qx *x, const struct text_word *w)
{
	return (w->flags & TEXT_W_CAP) && !(w->flags & TEXT_W_ALLCAP) &&
	    (is_word(x, w, "says") || is_word(x, w, "say") ||
	    is_word(x, w, "said"));
}

/* How far below a headline the story is read for its source's head noun
 * written in lower case: the lead and a paragraph or two (leads run 200
 * to 400 bytes; "the candidate's former doctor" is 150 bytes into the
 * lead under "..., Former White House Doctor Says."), so each headline
 * costs a bounded read. */
#define HEADLINE_NOUN_LOOKAHEAD	1500

/*
 * Is the last word of [ns, ne), a Title Case headline's source, a common
 * noun: does the story below (from `from`, HEADLINE_NOUN_LOOKAHEAD bytes)
 * write it in lower case as a word ("Doctor" -> "former doctor", "Clinton
 * Pollster" -> "pollster Douglas Schoen")?  A name is never written so.
 */
static int
headline_common_noun(const struct qx *x, size_t ns, size_t ne, size_t from)
{
	const char *s = x->s;
	char low[TEXT_LEX_WORD_MAX];
	size_t n, i, lim;
	const char *p;

	for (i = ne; i > ns && s[i - 1] != ' '; i--)
		;
	ns = i;
	n = ne - ns;
	if (n < 3 || n > sizeof(low) || (unsigned)((unsigned char)s[ns] -
	    'A') >= 26)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[ns + i];

		if (!((unsigned)((c | 0x20) - 'a') < 26))
			return 0;	/* one ASCII word */
		low[i] = (char)(c | 0x20);
	}
	lim = x->len - from < HEADLINE_NOUN_LOOKAHEAD ? x->len :
	    from + HEADLINE_NOUN_LOOKAHEAD;
	while (from + n <= lim && (p = memmem(s + from, lim - from, low,
	    n)) != NULL) {
		i = (size_t)(p - s);
		if (!text_is_letter(text_char_before(s, i)) && (i + n == x->len ||
		    !text_is_letter(text_char_at(s, x->len, i + n))))
			return 1;
		from = i + 1;
	}
	return 0;
}

/*
 * A headline in Title Case (a paragraph of one line, at most
 * HEADLINE_BYTES_MAX bytes) whose verb is "Says", "Say" or "Said":
 * "Trump Says He Never Pledged To Kill Family Members Of Terrorists",
 * "Former Clinton Pollster Says Clinton Is In Trouble": the source is
 * the one to HEADLINE_SOURCE_WORDS words that open the line, no comma
 * among them, and the rest is the content; or the line closes with the
 * verb, "Clinton Hid Past Health Problems From Public, Former White House
 * Doctor Says.": the content is the line up to the comma before the
 * source.
 */
static int
headline_says(struct qx *x, struct sent *t, size_t pe)
{
	const char *s = x->s;
	const char *c;
	size_t p = t->ss, n = 0, words = 0, caps = 0, small = 0, after = 0;
	size_t cs, ce;
	int sa = 0, say = 0;
	struct text_word w, cue, last;
	struct attr a;

	/* most lines hold no " Sa" and no "Say" or "Said" after their
	 * first byte, which the verb opens with: pass them over before
	 * reading words (a capital S is rare, memchr finds it fast; of
	 * the 12.7K lines of the dev bodies searched, 10.9K hold " Sa",
	 * mostly "San", "Saturday", "Sanders", 104 the verb) */
	for (c = s + t->ss; (c = memchr(c, 'S', (size_t)(s + pe - c))) !=
	    NULL && (sa == 0 || say == 0); c++) {
		if (c == s + t->ss)
			continue;
		if (c[-1] == ' ' && c + 1 < s + pe && c[1] == 'a')
			sa = 1;
		if (c + 2 < s + pe && (c[1] | 0x20) == 'a' &&
		    ((c[2] | 0x20) == 'y' || ((c[2] | 0x20) == 'i' &&
		    c + 3 < s + pe && (c[3] | 0x20) == 'd')))
			say = 1;
	}
	if (sa == 0 || say == 0)
		return 0;
	memset(&cue, 0, sizeof(cue));
	while (text_word_next(s, pe, &p, &w)) {
		words++;
		if (w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT))
			caps++;
		else if (lexicon_of(s, &w) & LX_TSMALL)
			small++;
		if (cue.end == 0 && words > 1 && is_title_say(x, &w)) {
			cue = w;
			n = words - 1;
		} else if (cue.end != 0)
			after++;
	}
	/* Title Case: four in five of the words that are not small */
	if (cue.end == 0 || words < 4 || caps * 5 < (words - small) * 4)
		return 0;
	memset(&a, 0, sizeof(a));
	a.found = 1;
	a.cue = str_make(s + cue.start, cue.end - cue.start);
	if (after >= 2 && n <= HEADLINE_SOURCE_WORDS &&
	    memchr(s + t->ss, ',', cue.start - t->ss) == NULL) {
		if (!speaker_mention_fwd(s, cue.start, t->ss, &a, &last) ||
		    a.ms != t->ss) {
			memset(&a, 0, sizeof(a));
			a.found = 1;
			a.cue = str_make(s + cue.start, cue.end - cue.start);
			a.ms = t->ss;
			a.me = trim_blank_end(s, t->ss, cue.start);
		} else if (a.ne > a.ns && headline_common_noun(x, a.ns, a.ne,
		    pe))
			a.ns = a.ne;
		cs = cue.end;
		ce = pe;
	} else if (after == 0 && (c = memrchr(s + t->ss, ',',
	    cue.start - t->ss)) != NULL && (size_t)(c - s) > t->ss) {
		if (!speaker_mention_fwd(s, cue.start, (size_t)(c - s) + 1, &a,
		    &last)) {
			a.ms = skip_blank(s, cue.start, (size_t)(c - s) + 1);
			a.me = trim_blank_end(s, a.ms, cue.start);
		}
		/* "Former White House Doctor": the titles' noun is no
		 * name, the mention is a nominal */
		if (a.ne > a.ns && headline_common_noun(x, a.ns, a.ne, pe))
			a.ns = a.ne;
		cs = t->ss;
		ce = (size_t)(c - s);
	} else
		return 0;
	x->speech.pos = pe;
	return speech_emit(x, t, cs, ce, &a) == -1 ? -1 : 1;
}

/* Is every word of [a, b) in capitals ("NEW DELHI", "LOS ANGELES")? */
static int
all_caps_words(const struct qx *x, size_t a, size_t b)
{
	struct text_word w;
	size_t p = a;
	int any = 0;

	while (text_word_next(x->s, b, &p, &w)) {
		if (!(w.flags & TEXT_W_ALLCAP))
			return 0;
		any = 1;
	}
	return any;
}

/* Is [a, b) in Title Case, four in five of its words that are not small
 * capitalised (a headline's content after its source's colon)? */
static int
title_case_line(const struct qx *x, size_t a, size_t b)
{
	struct text_word w;
	size_t p = a, words = 0, caps = 0, small = 0;

	while (text_word_next(x->s, b, &p, &w)) {
		words++;
		if (w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT))
			caps++;
		else if (lexicon_of(x->s, &w) & LX_TSMALL)
			small++;
	}
	return words > 0 && caps * 5 >= (words - small) * 4;
}

/*
 * A paragraph that names its source before a colon, the rest of it
 * what the source said:
 *   a headline, "Graham: Trump's 'Hateful Rhetoric' Destroying GOP's
 *     Chance", "Poll: Sanders Leads": one short line in Title Case, or
 *     in sentence case when it is the body's first line, the title
 *     ("Sanders: Brexit's message could draw Trump support in US.");
 *     the source not a lone label in capitals ("UPDATE:", "WATCH:")
 *     nor a title opening with a determiner ("The Latest:");
 *   a turn of a transcript, "BOULDUAN: You guys, back in January…",
 *     "Q: Did the Immigration service take care of you?": a label of
 *     one to LABEL_WORDS_MAX capitalised words, in a paragraph next to
 *     another that opens with a label, and a clause after it.
 * Reads at most HEADLINE_BYTES_MAX bytes for a headline, and a turn's
 * words once.
 */
static int
headline(struct qx *x, struct sent *t)
{
	struct speech_state *st = &x->speech;
	const char *s = x->s;
	size_t pe, colon, sc, p, n = 0, words = 0, caps = 0, small = 0;
	struct text_word w, last;
	struct attr a;
	int turn = 0, title, first;

	if (t->ss > 0 && s[t->ss - 1] != '\n')
		return 0;
	pe = speech_para_end(x, t->ss);
	if (pe - t->ss < 8)
		return 0;
	/* the source before a colon, read once for both a turn's label
	 * and a headline's source */
	sc = source_colon(x, t->ss, pe, &n, &w);
	/* label_of answers 0 at once without a colon: most paragraphs */
	if (sc != 0 && (colon = label_of(x, t->ss, pe, sc, n, &w)) != 0) {
		/* a turn: the paragraph before or after has a label too */
		turn = (st->label_end != 0 && t->ss > st->label_end &&
		    t->ss - st->label_end <= PARA_GAP_MAX) ||
		    next_para_labelled(x, pe);
		st->label_end = pe;
		if (turn && !content_is_clause(x, colon + 1, pe))
			return 0;
	}
	if (!turn) {
		if (pe - t->ss > HEADLINE_BYTES_MAX)
			return 0;
		if ((colon = sc) == 0)
			return headline_says(x, t, pe);
		p = t->ss;
		(void)text_word_next(s, colon, &p, &last);
		first = t->ss == skip_blank(s, x->len, 0);
		/* not a dateline in capitals that opens the story
		 * ("NEW DELHI: Union home minister Amit Shah on Monday
		 * said ...", Indian and wire style): a place, no source
		 * (a turn of a transcript, "DONALD TRUMP:", has a
		 * labelled paragraph next to it and was read above) */
		if (n > 1 && !title_case_line(x, colon + 1, pe) &&
		    all_caps_words(x, t->ss, colon))
			return 0;
		/* not a label ("Revealed:", "Breaking:", "Q:", "BOOM:") */
		if ((n == 1 && ((w.flags & TEXT_W_ALLCAP) ||
		    w.end - w.start < 3 || speech_ends_with(x, &w, "ed") ||
		    speech_ends_with(x, &w, "ing") || is_label(x, &w))) ||
		    (first && (lexicon_of(s, &last) & LX_DET)))
			return 0;
		for (p = colon + 1; text_word_next(s, pe, &p, &w); words++) {
			if (w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP |
			    TEXT_W_DIGIT))
				caps++;
			else if (lexicon_of(s, &w) & LX_TSMALL)
				small++;
		}
		/* Title Case: four in five of the words that are not
		 * small; the title line may be in sentence case */
		title = caps * 5 >= (words - small) * 4;
		if (words < 3 || !(title || (first &&
		    content_is_clause(x, colon + 1, pe))))
			return 0;
	}
	memset(&a, 0, sizeof(a));
	if (!speaker_mention_fwd(s, colon, t->ss, &a, &last)) {
		a.ms = t->ss;
		a.me = colon;
	}
	a.found = 1;
	a.cue = str_make(s + colon, 1);
	x->speech.pos = pe;
	return speech_emit(x, t, colon + 1, pe, &a) == -1 ? -1 : 1;
}

/* Bytes before a fragment read for " as the" and the blanks around it:
 * 7 and some spaces. */
#define LABEL_AS_BYTES		16

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

/* Back over the blanks before pos, down to lo. */
static inline size_t
back_blank(const char *s, size_t lo, size_t pos)
{
	while (pos > lo && (s[pos - 1] == ' ' || s[pos - 1] == '\t'))
		pos--;
	return pos;
}

/*
 * A byte test before any word is read: is " as" (or " as a", " as an",
 * " as the") right before the mark at pos?  Most fragments have no such
 * thing before them, and this is asked of every one.
 */
static inline int
as_before(const char *s, size_t lo, size_t pos)
{
	size_t p = back_blank(s, lo, pos);

	if (p >= lo + 2 && s[p - 1] == 'a' && s[p - 2] == ' ')
		p = back_blank(s, lo, p - 1);
	else if (p >= lo + 3 && s[p - 1] == 'n' && s[p - 2] == 'a' &&
	    s[p - 3] == ' ')
		p = back_blank(s, lo, p - 2);
	else if (p >= lo + 4 && s[p - 1] == 'e' && s[p - 2] == 'h' &&
	    s[p - 3] == 't' && s[p - 4] == ' ')
		p = back_blank(s, lo, p - 3);
	return p >= lo + 3 && s[p - 1] == 's' && s[p - 2] == 'a' &&
	    s[p - 3] == ' ';
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
 * out: 34 items, 27 gold but 5 exact, exact F1 fell.  Items of this sentence start at out
 * index first.  Out of line: inlined into the sentence loop it cost
 * that loop more than the call (make prof).
 */
static __attribute__((noinline)) int
label_as(struct qx *x, struct sent *t, size_t first)
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

/* --- the sentence reader --- */

void
speech_note_quote(struct qx *x, size_t start, size_t end, size_t idx,
    int direct, int strong_end, int weak, const struct attr *said,
    struct str said_speaker)
{
	struct speech_state *st = &x->speech;
	struct speech_quote *q;

	if (said != NULL) {
		st->have_handed = 1;
		st->handed_quote = start;
		st->handed = *said;
		st->handed_speaker = said_speaker;
	}

	if (st->qn == SPEECH_QUOTES_MAX) {
		st->as_n -= st->q[st->qhead].after_as;
		st->qhead = (st->qhead + 1) % SPEECH_QUOTES_MAX;
		st->qn--;
		st->overflow = 1;
	}
	q = &st->q[(st->qhead + st->qn) % SPEECH_QUOTES_MAX];
	q->start = start;
	q->end = end;
	q->idx = idx;
	q->direct = direct;
	q->strong_end = strong_end;
	q->given = weak;
	q->after_as = !direct && as_before(x->s, start > LABEL_AS_BYTES ?
	    start - LABEL_AS_BYTES : 0, start);
	st->as_n += q->after_as;
	st->qn++;
}

/*
 * Does a lower-case ASCII word follow the stop that ends at e, past
 * closing brackets and spaces on the same line?  A news sentence opens
 * with a capital, a digit or a mark: "(D-Md.) said", "Vt. and" go on.
 */
static int
lower_follows(const char *s, size_t len, size_t e)
{
	size_t p = e;

	if (s[e - 1] != '.' && s[e - 1] != ')')
		return 0;
	while (p < len && (s[p] == ')' || s[p] == ']') && p - e < 2)
		p++;
	if (p >= len || s[p] != ' ')
		return 0;
	while (p < len && s[p] == ' ')
		p++;
	return p < len && speech_ascii_lower((unsigned char)s[p]);
}

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
	    speech_object_prep_pair_at(s, t->se, c->start, c->end)) ||
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
static int
handed_attribution(struct qx *x, struct sent *t)
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

/* skip_blank past a byte beyond ASCII: each character decoded. */
static __attribute__((noinline)) size_t
skip_blank_wide(const char *s, size_t len, size_t pos)
{
	while (pos < len) {
		uint32_t c = text_char_at(s, len, pos);

		if (!text_is_space(c))
			break;
		pos += c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
	}
	return pos;
}

/* Skip spaces and line breaks from pos.  Inline, the ASCII bytes read
 * without decoding: the sentence reader asks it after every stop, and
 * most stops have one space after them, so a call would cost more than
 * the work. */
static inline size_t
skip_blank(const char *s, size_t len, size_t pos)
{
	while (pos < len && (unsigned char)s[pos] < 0x80) {
		if (!text_is_space((unsigned char)s[pos]))
			return pos;
		pos++;
	}
	return pos < len ? skip_blank_wide(s, len, pos) : pos;
}


int
speech_scan_to(struct qx *x, size_t limit)
{
	struct speech_state *st = &x->speech;
	const char *s = x->s;
	size_t len = x->len;
	struct sent t;
	int r;
	size_t first;

	for (;;) {
		size_t ss = skip_blank(s, len, st->pos), p, e, k;
		const struct speech_quote *in;

		/* quotes before the sentence belong to no sentence read */
		while (st->qn > 0 && st->q[st->qhead].end <= ss) {
			st->as_n -= st->q[st->qhead].after_as;
			st->qhead = (st->qhead + 1) % SPEECH_QUOTES_MAX;
			st->qn--;
		}
		if (ss >= len || (ss >= limit && limit < len)) {
			st->pos = ss;
			return 0;
		}
		p = st->scan > ss ? st->scan : ss;
		for (;;) {
			/*
			 * Not past limit: the quotes there are not known yet,
			 * and a search that went on would read ahead and come
			 * back at every quote.  The search stops at limit
			 * either at a stop just before it or for want of one.
			 */
			e = attribution_sentence_end(s, len, p, limit);
			if (e == limit && limit < len && !(limit > p &&
			    (s[limit - 1] == '.' || s[limit - 1] == '!' ||
			    s[limit - 1] == '?') &&
			    text_word_is_sentence_end(s, len, limit - 1))) {
				st->pos = ss;
				st->scan = limit;
				return 0;
			}
			/* a sentence end inside a quote ends no sentence,
			 * unless the quote ends the sentence with it */
			in = NULL;
			for (k = 0; k < st->qn; k++) {
				const struct speech_quote *q = &st->q[
				    (st->qhead + k) % SPEECH_QUOTES_MAX];

				if (q->start < e && e < q->end) {
					in = q;
					break;
				}
				if (q->start >= e)
					break;
			}
			if (in == NULL) {
				/* "Sen. Jack Reed (D-Md.) said": a stop
				 * before a lower-case word ends no
				 * sentence */
				if (e > p && e < len &&
				    lower_follows(s, len, e)) {
					p = e;
					continue;
				}
				break;
			}
			p = in->end;
			if (in->strong_end) {
				uint32_t c = text_char_at(s, len,
				    skip_blank(s, len, p));

				if (c == 0 || text_is_upper(c) ||
				    text_is_newline(text_char_at(s, len, p))) {
					e = p;
					break;
				}
			}
		}
		/* Every turn reads at least one character: a stop at the
		 * sentence's own start (a line break there) would otherwise
		 * be found again and again. */
		if (e <= ss) {
			e = ss + 1;
			while (e < len && ((unsigned char)s[e] & 0xC0) == 0x80)
				e++;
		}
		t.n = 0;
		t.ss = ss;
		t.se = e;
		/* Back over whole characters: a byte is not a character
		 * (0xa0 ends an NBSP and "à", 0x85 an "Å", and such a byte
		 * alone reads as a space: the span ended inside the
		 * character); an NBSP or U+2028 at the end goes whole. */
		while (t.se > ss) {
			size_t at = t.se;
			unsigned char b = (unsigned char)s[t.se - 1];

			/* an ASCII byte is its own character (utf8_prev's
			 * answer, without the call: most sentences end in
			 * a stop) */
			if (b < 0x80) {
				if (!text_is_space(b))
					break;
				t.se--;
				continue;
			}
			if (!text_is_space(utf8_prev(s, &at)) || at < ss)
				break;
			t.se = at;
		}
		t.first = 0;
		t.nq = 0;
		while (t.nq < st->qn && st->q[(st->qhead + t.nq) %
		    SPEECH_QUOTES_MAX].start < e)
			t.nq++;
		st->pos = e;
		st->scan = e;
		first = x->out->n;
		if (!st->overflow && speech_furniture_line(x, &t)) {
			/* a heading or a link: no sentence of the story */
			continue;
		}
		if (!st->overflow && (r = headline(x, &t)) != 0) {
			if (r == -1)
				return -1;
		} else if (!st->overflow &&
		    (t.cue_end = speech_cue_last(x, &t)) == 0) {
			/* no cue in lower case: a Title Case headline's verb
			 * is capitalised ("Pence Endorses Ryan") */
			if (speech_title_headline(x, &t) == -1)
				return -1;
		} else if (!st->overflow && handed_attribution(x, &t)) {
			/* read by the quote pass */
		} else if (!st->overflow && (analyse(x, &t) == -1 ||
		    (t.nnouns > 0 && st->pos <= e &&
		    speech_noun_objects(x, &t) == -1)))
			return -1;
		/* a label after "as": few sentences hold one */
		if (!st->overflow && st->as_n > 0 && t.nq > 0 &&
		    label_as(x, &t, first) == -1)
			return -1;
		st->overflow = 0;
		/* the colon rule may have moved pos to the paragraph's end */
		if (st->pos < e)
			st->pos = e;
	}
}
