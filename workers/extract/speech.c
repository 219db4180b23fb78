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
 * the order in which the rules try one sentence (analyse), the output of
 * an item with its fragments' speaker (speech_emit), the index of the
 * items out that tells whether a content is taken (speech_taken), and the
 * speaker handed on to the quotes after it (speech_last_speaker).  The
 * headline rule ("SOURCE: CONTENT", a paragraph's own) is in
 * speech_headline.c, the attribution the quote pass hands over in
 * speech_handed.c, a sentence that goes on in quoted words with the
 * speech before it in speech_continued.c, the clause a fragment opens
 * after its cue's adjunct in speech_fragment.c, the quoted label after
 * "as" in speech_label.c, the
 * cue-word scan in speech_cue.c, the spans in speech_span.c, the subject
 * of a cue in speech_subject.c (a participle's in speech_participle.c)
 * and the constructions in speech_form.c, speech_closer.c and
 * speech_object.c and speech_prep.c; speech_int.h is what they share.
 */
#include <stdint.h>
#include <string.h>

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
	cs = speech_span_saying_time(x, t, a->cue, cs, ce);
	if (cs == SPEECH_NO_CONTENT) {
		/* no content after the cue, but its speaker spoke: the
		 * paragraph after and a he or a she still take them */
		speaker = speaker_of(x, a);
		speech_hand_on(x, ce, a, speaker);
		speaker_note_person(x, a, speaker);
		return 0;
	}
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
	/* "Rio Tinto said it would ...": a body (asked only of content
	 * that opens on "it", as little does) */
	if (x->s[cs] == 'i' && cs + 1 < ce && x->s[cs + 1] == 't')
		speaker_note_body_it(x, a, cs);
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

		/* content that is a direct quote, marks and all ("Trump:
		 * 'I'm the Worst Thing ...'"), is that quote's item: one
		 * attribution, one item; the quote takes the speaker when
		 * it has none */
		if (sq->direct && sq->start == cs && sq->end == ce) {
			if (fq->speaker_start == fq->speaker_end) {
				fq->speaker_start = q.speaker_start;
				fq->speaker_end = q.speaker_end;
				fq->cue = q.cue;
				fq->speaker = speaker;
			}
			speech_hand_on(x, ce, a, speaker);
			speaker_note_person(x, a, speaker);
			return 0;
		}
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

/*
 * Append the item [cs, ce) spoken as item `from` is: its mention, its
 * cue and its speaker, not speaker_of's reading of the mention from here
 * (a pronoun would find another antecedent, a subject far back in its
 * clause none).  from is an index: the push may move the items.
 */
int
speech_emit_as(struct qx *x, struct sent *t, size_t cs, size_t ce,
    size_t from, struct attr *a, size_t *k)
{
	const struct str sp = x->out->v[from].speaker;
	size_t n = x->out->n;

	memset(a, 0, sizeof(*a));
	a->found = 1;
	a->ms = x->out->v[from].speaker_start;
	a->me = x->out->v[from].speaker_end;
	a->cue = x->out->v[from].cue;
	*k = SPEECH_NO_ITEM;
	if (speech_emit(x, t, cs, ce, a) == -1)
		return -1;
	if (x->out->n > n) {
		*k = n;
		x->out->v[n].speaker = sp;
	}
	return 0;
}

/*
 * Does item q hold the items inside its content: speech of a sentence,
 * quoted or reported, not a fragment (the marks inside speech) and not a
 * label's turn or headline ("ROTT: Del Bosque says [...]", "NEW DELHI:
 * The government said [...]"), whose colon is the page's layout and
 * whose reported subject speaks as well (speech_headline.c)?
 */
static int
holds_inner(const struct quote *q)
{
	return q->kind != QUOTE_PARTIAL && !(q->cue.len == 1 &&
	    q->cue.p[0] == ':');
}

/*
 * Sort the items, then drop the reported speech that lies inside another
 * item's content.  PolNeAR annotates the outermost attribution alone
 * ("we only annotate the outermost attribution ... and ignore the nested
 * attribution"): in "Obama said the shootings that Clinton mentioned
 * when she announced [the steps] would go on" the inner "announced" is
 * part of what Obama said, not an item.  The rules read one cue at a time
 * and write such inner items wherever their own construction holds;
 * whether an outer content holds them is known only once every item is
 * out.  Quotes and fragments stay: a quote is the quote pass's whole, a
 * fragment keeps the speaker of the speech it is in.
 *
 * One pass: the items before an item start no later, so it is inside one
 * of them when the furthest end among them reaches its end; the items
 * after it with its own start end no earlier, and their furthest end is
 * read once for each start.
 */
void
speech_keep_outermost(struct quote_list *l)
{
	struct quote *v;
	size_t i, j, k, n, far = 0, group = 0, group_end = 0;
	int have_far = 0, have_group = 0;

	quote_list_sort(l);
	v = l->v;
	n = l->n;
	for (i = k = 0; i < n; i++) {
		const struct quote *q = &v[i];

		if (q->kind == QUOTE_INDIRECT) {
			if (have_far && far >= q->end)
				continue;
			if (!have_group || q->start != group) {
				/* the furthest end of this start's items */
				group = q->start;
				group_end = 0;
				have_group = 1;
				for (j = i + 1; j < n && v[j].start == group; j++)
					if (holds_inner(&v[j]) &&
					    v[j].end > group_end)
						group_end = v[j].end;
			}
			if (group_end > q->end)
				continue;
		}
		if (holds_inner(q) && (!have_far || q->end > far)) {
			far = q->end;
			have_far = 1;
		}
		if (k != i)
			v[k] = *q;
		k++;
	}
	l->n = k;
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
 * Is the cue at word i a past verb right after the comma that ends the
 * item taken before (at took_end), whose cue is a past verb too: the
 * source's next act, coordinated without a conjunction ("defended
 * [Sanders as a mainstream candidate], mocked [the Republican Party]")?
 * A stance's object ends there (speech_stance_end).  Out of line:
 * asked only at the word after an item's end (the caller tests that
 * first), inlined it grew the cue loop every cue runs through.
 */
static __attribute__((noinline)) int
comma_coordinated(const struct qx *x, struct sent *t, size_t i,
    const struct attr *p, size_t took_end)
{
	const struct text_word *w = &t->w[i];
	const char *sp;
	size_t n = p->cue.len, at;

	if (i == 0 || (w->flags & TEXT_W_CAP) || t->w[i - 1].end != took_end ||
	    !speech_ends_with(x, w, "ed") ||
	    speech_char_before(x->s, took_end, w->start, &at) != ',')
		return 0;
	if (n > 0 && (sp = memchr(p->cue.p, ' ', n)) != NULL)
		n = (size_t)(sp - p->cue.p);
	return n > 3 && memcmp(p->cue.p + n - 2, "ed", 2) == 0;
}

/*
 * Is word i a verb of stance (LX_STANCE, LX_PREPCUE), no verb of
 * saying, right before the complementizer "that" and the subject of its
 * clause: a determiner, a pronoun or a name ("ordered that [his name be
 * certified]", "are demanding that [the flag be removed]", "likes to
 * brag that [the rate has fallen]")?  Such a verb takes a noun phrase
 * or a preposition's object, and a that-clause as well, which PolNeAR
 * annotates as a verb of saying's (the content is the clause the cue
 * governs).  A demonstrative "that" before a noun ("rejected that
 * argument") is the stance rule's; a determiner, a pronoun or a name
 * after "that" opens a clause's subject instead.  So does an adjective
 * of the class after its copula ("is frustrated that [...]"), which the
 * cue scan keeps before "that" as before its preposition.
 */
static __attribute__((noinline)) int
stance_that_clause(const struct qx *x, struct sent *t, size_t i)
{
	const struct text_word *n;
	uint32_t lx = speech_wlx(x, t, i);

	if (!(lx & (LX_STANCE | LX_PREPCUE)) ||
	    (lx & (LX_CUE | LX_REPORT | LX_THATCUE)) || i + 2 >= t->n ||
	    !is_word(x, &t->w[i + 1], "that") ||
	    !text_gap_is_blank(x->s, t->w[i].end, t->w[i + 1].start))
		return 0;
	n = &t->w[i + 2];
	if (!text_gap_is_blank(x->s, t->w[i + 1].end, n->start) ||
	    is_word(x, n, "that"))
		return 0;
	/* an adjective is the attitude of its copula's subject ("is
	 * frustrated that [...]", adverbs between: "were still angry");
	 * after a noun it modifies the noun ("people still angry that",
	 * whose subject reader would take a figure's last group), and a
	 * degree word before it makes the clause its result ("so vague
	 * that [...]") */
	if (lx & LX_ADJ) {
		size_t j = i;

		while (j > 0 && !speech_span_is_be(x, &t->w[j - 1]) &&
		    speech_is_adverb(x, t, j - 1) &&
		    !is_word(x, &t->w[j - 1], "so") &&
		    !is_word(x, &t->w[j - 1], "too"))
			j--;
		if (j == 0 || !speech_span_is_be(x, &t->w[j - 1]))
			return 0;
	}
	lx = speech_wlx(x, t, i + 2);
	return (lx & (LX_DET | LX_PRON)) || ((n->flags & TEXT_W_CAP) &&
	    !(lx & (LX_CAPSTOP | LX_FUNC)));
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
 * Does only the closing attribution's comma stand between an item that
 * ends at e and the closer's subject at `at` ("Clinton had told police
 * officials that [she didn't want the escort at all, but the NYPD
 * overruled that request], the source added")?  Then the item lies in
 * the content the closer takes from the sentence's start, as one that
 * runs over the closer does.  A second comma, a semicolon or a colon
 * ends a clause the closer's content may start after ("[they support
 * charter schools], but they wouldn't advocate for them, they said",
 * "boast of [stronger participation], there is no correlation ...,
 * political scientists say"): such items stay.  A comma before a
 * relative clause is the noun's (relative_after).
 */
/* Does a relative clause open at p, past a space ("..., which is well
 * known in the district, Frankel said")?  Its commas are the noun's. */
static int
relative_after(const char *s, size_t p, size_t at)
{
	if (p < at && s[p] == ' ')
		p++;
	return (at - p > 6 && memcmp(s + p, "which ", 6) == 0) ||
	    (at - p > 4 && memcmp(s + p, "who ", 4) == 0);
}

static int
closer_comma_only(const char *s, size_t e, size_t at)
{
	size_t p, n = 0;

	for (p = e; p < at; p++)
		if ((s[p] == ',' && !relative_after(s, p + 1, at) &&
		    n++ > 0) || s[p] == ';' || s[p] == ':')
			return 0;
	return 1;
}

/* Words before a fronted clause's subordinator: a measure of time and
 * a preposition ("Less than an hour after", "In the days after") are
 * four. */
#define FRONT_WORDS_MAX	4

/*
 * Does a subordinator open the sentence's clause that holds the items,
 * the earliest starting at byte st ("As Cruz attacked [Clinton], the
 * crowd chanted", "Soon after Trump mocked [the reporter], the newspaper
 * responded", "A day after Obama endorsed [Clinton], Sanders tweeted")?
 * Then the clause is an adverbial one fronted before the closer's comma,
 * no content of its.  The subordinator stands within FRONT_WORDS_MAX
 * words of the sentence's start, and no comma between it and the items
 * closes its clause first ("But as people continue to cross ..., the
 * administration is planning [to expand ...], officials announced" is
 * the closer's; review T2).
 */
static int
fronted_subordinate(const struct qx *x, struct sent *t, size_t st)
{
	static const struct speech_lit sub[] = {
		SPEECH_LIT("as"), SPEECH_LIT("when"), SPEECH_LIT("while"),
		SPEECH_LIT("after"), SPEECH_LIT("before"), SPEECH_LIT("since"),
		SPEECH_LIT("because"), SPEECH_LIT("although"),
		SPEECH_LIT("though"), SPEECH_LIT("if"), SPEECH_LIT("until"),
		SPEECH_LIT("once"), SPEECH_LIT("whereas"),
	};
	size_t k, p;

	for (k = 0; k <= FRONT_WORDS_MAX && k < t->n && t->w[k].start < st;
	    k++) {
		if (!speech_range_in(x->s, t->w[k].start, t->w[k].end, sub,
		    sizeof(sub) / sizeof(sub[0])))
			continue;
		for (p = t->w[k].end; p < st && x->s[p] != ','; p++)
			;
		return p >= st;
	}
	return 0;
}

/*
 * Does the attribution that closes the sentence at word i (a its
 * subject: ", The Post reported.") stand inside the content of every item
 * the sentence took before it (from first on), or right after them past
 * its comma only (closer_comma_only)?  Then that speech is
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
	    t->w[i].start, e = at, st = at;

	if (x->out->n <= first || !closer_adjacent(x, t, i, a))
		return 0;
	for (n = first; n < x->out->n; n++) {
		if (x->out->v[n].kind != QUOTE_INDIRECT)
			return 0;
		if (x->out->v[n].end < e)
			e = x->out->v[n].end;
		if (x->out->v[n].start < st)
			st = x->out->v[n].start;
	}
	/* the earliest end answers for the others: the bytes read once;
	 * a subordinator before the items opens an adverbial clause
	 * before the closer's comma, no content ("As Cruz attacked
	 * [Clinton], the crowd chanted") */
	return e == at || (closer_comma_only(x->s, e, at) &&
	    !fronted_subordinate(x, t, st));
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
	r = speech_closer_cue_backward(x, t, i, a);
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

/*
 * "a wall, [which] he said [Mexico should pay for]", "[which] Clinton
 * supports": the relative pronoun before the subject a of the cue at i
 * is a content of its own (speech_object_relative_pronoun), whether the
 * cue took its clause (r 1) or the pronoun is its object (r 0).  -1 on
 * error.
 */
static __attribute__((noinline)) int
relative_pronoun_item(struct qx *x, struct sent *t, size_t i,
    struct attr *a, int r)
{
	size_t k;

	if ((r != 1 && (r != 0 || !(speech_wlx(x, t, i) & SPEECH_CUES))) ||
	    (k = speech_object_relative_pronoun(x, t, i, a)) == 0)
		return 0;
	if (a->cue.len == 0)
		a->cue = str_make(x->s + t->w[i].start,
		    t->w[i].end - t->w[i].start);
	return speech_emit(x, t, t->w[k - 1].start, t->w[k - 1].end, a);
}

static int
analyse(struct qx *x, struct sent *t)
{
	size_t i, from, took_end = 0, ci = 0, first = x->out->n, lq, lend, cj;
	size_t sub, part_at = SIZE_MAX;
	int r, subj, took = 0, coord, own, linked, bare, cl;
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
	    (r = speech_ask_question(x, t)) == -1)
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
		/* "Sanders is seen as [empowering voters]", "was known as
		 * [the rainmaker]": a passive view, no source; "seen",
		 * "known" are cues only there (a participle's last byte, "n"
		 * or "d", and "as", "for" or "of" after it first: the calls
		 * cost more than the tests) */
		if (x->s[t->w[i].end - 1] == 'n' ||
		    x->s[t->w[i].end - 1] == 'd') {
			if (i + 2 < t->n && (is_word(x, &t->w[i + 1], "as") ||
			    is_word(x, &t->w[i + 1], "for") ||
			    is_word(x, &t->w[i + 1], "of")) &&
			    speech_passive_is(x, t, i)) {
				if (!took &&
				    (r = speech_passive_as(x, t, i)) != 0) {
					if (r == -1)
						return -1;
					took = 1;
					took_to_last(x, &took_end);
				}
				continue;
			}
			/* "is considered [a threat]", "was dubbed [the
			 * winner]": the passive's predicate, no source (a
			 * word of six bytes or more in "-ed" whose first
			 * letter is one of the verbs', after a word that
			 * is no name, first: the call costs more than the
			 * test) */
			if (t->w[i].end - t->w[i].start >= 6 &&
			    x->s[t->w[i].end - 2] == 'e' && i > 0 &&
			    speech_passive_np_first(x->s[t->w[i].start]) &&
			    !(t->w[i - 1].flags & TEXT_W_CAP) &&
			    speech_passive_np_is(x, t, i)) {
				if (!took &&
				    (r = speech_passive_np(x, t, i)) != 0) {
					if (r == -1)
						return -1;
					took = 1;
					took_to_last(x, &took_end);
				}
				continue;
			}
			if ((speech_wlx(x, t, i) & SPEECH_KEPT) == LX_PASSIVE)
				continue;
		}
		/* "X is said to be furious": a hedge, as "X is expected
		 * to" (PolNeAR annotates 4 of 4: the subject and the
		 * infinitive, no source named); "X was asked to" (a
		 * five-letter word opening with "a" first: the call costs
		 * more than the test) */
		if ((speech_wlx(x, t, i) & LX_RAISE) || (i > 0 &&
		    i + 1 < t->n && is_word(x, &t->w[i], "said") &&
		    speech_span_is_be(x, &t->w[i - 1]) &&
		    is_word(x, &t->w[i + 1], "to")) ||
		    (t->w[i].end - t->w[i].start == 5 &&
		    x->s[t->w[i].start] == 'a' &&
		    speech_object_asked_passive(x, t, i))) {
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
		    (r = speech_ask_by(x, t, i)) != 0) {
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
		    (r = speech_ask_wonder_to(x, t, i)) != 0) {
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
		    (cj = speech_ask_caused_object(x, t, i)) != 0) {
			speech_ask_caused_source(x, t, i, cj, &a);
			subj = SUBJ_MENTION;
		} else if (i == part_at) {
			a = took_a;	/* the closer's next act */
			subj = SUBJ_PARTICIPLE;
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
		/* "which Mr. Trump called ''a disgrace,''": the pronoun
		 * and the name given (a lower-case naming verb or a form
		 * of "describe" past any content taken only; the first
		 * byte before the words: the calls cost more) */
		if ((!took || t->w[i].start >= took_end) &&
		    subj != SUBJ_NONE && a.found &&
		    ((speech_wlx(x, t, i) & LX_NAMING) ||
		    (x->s[t->w[i].start] == 'd' &&
		    (is_word(x, &t->w[i], "describes") ||
		    is_word(x, &t->w[i], "describe")))) &&
		    (r = speech_object_relative_naming(x, t, i, &a)) != 0) {
			if (r == -1)
				return -1;
			if (r == 1) {
				took = 1;
				took_to_last(x, &took_end);
				continue;
			}
		}
		/* "CLAUSE, who said": the clause is not what was said */
		if (subj == SUBJ_BARE && a.me - a.ms <= 5 &&
		    (is_word(x, &t->w[i - 1], "who") ||
		    is_word(x, &t->w[i - 1], "which")))
			subj = SUBJ_RELATIVE;
		if (subj != SUBJ_RELATIVE && subj != SUBJ_COORD &&
		    (speech_wlx(x, t, i) & (LX_CUE |
		    LX_REPORT | LX_THATCUE)) &&
		    (cl = speech_closer_closes_sentence(x, t, i, &a, &sub)) !=
		    0) {
			if (took)
				return closer_holds_items(x, t, first, i, &a) ?
				    closer_replaces(x, t, first, i, &a) : 0;
			if (sub == 0)
				return speech_closer_cue_backward(x, t, i, &a);
			if ((r = speech_closer_cue_backward(x, t, i, &a)) != 1)
				return r;
			/* ", organisers said as they announced [a
			 * line-up]": the adverbial clause after the closer
			 * is read on for its own cues; ", the utility said
			 * in a statement, adding that [...]": so is the
			 * participle, the closer's source its own */
			took = 1;
			took_to_last(x, &took_end);
			if (cl == 2) {
				took_a = a;
				part_at = sub;
				i = sub - 1;
			} else
				i = sub;
			continue;
		}
		/* a subject far back in the clause, or none named */
		if (!a.found && !took && speech_far_subject(x, t, i, &a))
			subj = SUBJ_FAR;
		/* "X said A, and suggested that B", "refused to answer
		 * but said B", "defended A, mocked B" (no subject found):
		 * a verb coordinated with an item's cue has its source,
		 * unless it found a name of its own (the sentence's
		 * opening subject) */
		coord = took_a.found && (coordinated(x, t, i, &took_a) ||
		    (!a.found && i > 0 && t->w[i - 1].end == took_end &&
		    comma_coordinated(x, t, i, &took_a, took_end)));
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
		    (r = speech_closer_parenthetical_head(x, t, i, &a)) != 0) {
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
		/* "ordered that [CLAUSE]": a stance verb's that-clause (a
		 * byte test first: the call costs more) */
		if (r == 0 && i + 2 < t->n &&
		    t->w[i + 1].end - t->w[i + 1].start == 4 &&
		    (x->s[t->w[i + 1].start] | 0x20) == 't' &&
		    (!took || subj == SUBJ_PARTICIPLE ||
		    subj == SUBJ_COORD || coord || own) &&
		    stance_that_clause(x, t, i) &&
		    (r = speech_form_cue_forward(x, t, i, &a, 1, subj)) == -1)
			return -1;
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
		    (r = speech_prep_object(x, t, i, &a)) == -1)
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
		/* "a wall, [which] he said [Mexico should pay for]", "[which]
		 * Clinton supports": the relative pronoun before the cue's
		 * subject (its bytes first: the call costs more) */
		if (a.found && speech_object_relative_before(x->s, t->ss,
		    a.ms) && relative_pronoun_item(x, t, i, &a, r) == -1)
			return -1;
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
		st->closed_n -= st->q[st->qhead].closed;
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
	q->after_as = !direct && speech_label_as_before(x->s,
	    start > LABEL_AS_BYTES ? start - LABEL_AS_BYTES : 0, start);
	st->as_n += q->after_as;
	q->closed = !direct && x->out->v[idx].cue.p >= x->s + end;
	st->closed_n += q->closed;
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

/* speech_skip_blank (speech_int.h) past a byte beyond ASCII: each
 * character decoded. */
__attribute__((noinline)) size_t
speech_skip_blank_wide(const char *s, size_t len, size_t pos)
{
	while (pos < len) {
		uint32_t c = text_char_at(s, len, pos);

		if (!text_is_space(c))
			break;
		pos += c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
	}
	return pos;
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
		size_t ss = speech_skip_blank(s, len, st->pos), p, e, k;
		const struct speech_quote *in;

		/* quotes before the sentence belong to no sentence read */
		while (st->qn > 0 && st->q[st->qhead].end <= ss) {
			st->as_n -= st->q[st->qhead].after_as;
			st->closed_n -= st->q[st->qhead].closed;
			st->qhead = (st->qhead + 1) % SPEECH_QUOTES_MAX;
			st->qn--;
		}
		/* a full list takes no item more, and only the items of a
		 * sentence's own quotes are edited after their push: with
		 * no quote waiting to be read, nothing read from here on
		 * can change the list (speech_list_done) */
		if (speech_list_done(x))
			return 1;
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
				    speech_skip_blank(s, len, p));

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
		if (!st->overflow && (r = speech_headline_read(x, &t)) != 0) {
			if (r == -1)
				return -1;
		} else if (!st->overflow &&
		    (t.cue_end = speech_cue_last(x, &t)) == 0) {
			/* no cue in lower case: a Title Case headline's verb
			 * is capitalised ("Pence Endorses Ryan") */
			if (speech_title_headline(x, &t) == -1)
				return -1;
		} else if (!st->overflow && speech_handed_attribution(x, &t)) {
			/* read by the quote pass */
		} else if (!st->overflow && (analyse(x, &t) == -1 ||
		    (t.nnouns > 0 && st->pos <= e &&
		    speech_noun_objects(x, &t) == -1) ||
		    (t.nq > 0 && x->out->n == first && st->pos <= e &&
		    speech_fragment_clause(x, &t) == -1)))
			return -1;
		/* a fragment the quote pass gave to the closer after it,
		 * held by no item (other items may be the sentence's): few
		 * sentences hold one */
		if (!st->overflow && st->closed_n > 0 && t.nq > 0 &&
		    st->pos <= e) {
			size_t qk;
			int qr = 0;

			for (qk = 0; qk < t.nq && qr == 0; qk++)
				if (speech_sq_at(x, &t, qk)->closed)
					qr = speech_fragment_closer_at(x, &t,
					    qk);
			if (qr == -1)
				return -1;
		}
		/* a label after "as": few sentences hold one */
		if (!st->overflow && st->as_n > 0 && t.nq > 0 &&
		    speech_label_as(x, &t, first) == -1)
			return -1;
		/* speech carried on in quoted words, with no cue (a
		 * sentence the headline rule read wrote an item) */
		if (t.nq == 1 && t.ncues == 0 && !st->overflow &&
		    x->out->n == first && st->pos <= e &&
		    speech_continued_fragment(x, &t) == -1)
			return -1;
		st->prev_ss = t.ss;
		st->overflow = 0;
		/* the colon rule may have moved pos to the paragraph's end */
		if (st->pos < e)
			st->pos = e;
	}
}
