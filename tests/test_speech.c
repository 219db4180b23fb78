/*
 * test_speech.c — workers/extract/speech.c: the sentence reader and the
 * rules' order, the output (fragments and their speaker, direct quotes
 * kept apart, the speaker handed on to wire-style quotes), and the
 * samples' reported speech, read by the extractor and by a human.
 * Headlines with a colon or "Says" and transcript turns are in
 * test_speech_headline.c, the attribution the quote pass hands over in
 * test_speech_handed.c, the clause constructions in test_speech_form.c
 * (the closers in test_speech_closer.c, subordinate clauses in
 * test_speech_subordinate.c), the spans and trims in
 * test_speech_span.c, the cue search and the lexicon's classes in
 * test_speech_cue.c, the object constructions in test_speech_object.c,
 * subjects in test_speech_subject.c and test_speech_participle.c,
 * sources that are no verb's subject in test_speech_source.c;
 * speech_check.h holds what they share.  Offsets are asserted exactly,
 * as byte offsets found in the body itself.
 */
#include "speech_check.h"

TestSuite(speech, .fini = sp_fini);

/* --- the sentence reader and the rules' order --- */

/* analyse asks speech_quoting_verb before attribution_quoted_as: the
 * call must answer 0 for every word the test refuses.  Every word of
 * random text made of the quoting verbs in all cases, near misses, names
 * and "as saying" is tried both ways; fails if attribution.c reads on
 * from a verb the test does not know. */
Test(speech, quoting_verb_test_covers_quoted_as)
{
	static const char *const pieces[] = {
		"quoted", "QUOTED", "Quoted", "cited", "Cited", "quoting",
		"citing", "CITING", "quote", "quotes", "cite", "cites",
		"recited", "misquoted", "said", "told", "reported", "as",
		"saying", "telling", "Kim", "Jong", "Putin", "the", "agency",
		"KCNA", "the", "message", "from", ",", ".", " ", " ", " ",
	};
	char s[400];
	uint32_t seed = 99;
	size_t tx, n, p, calls = 0, found = 0;
	struct qx x;
	struct text_word w;

	memset(&x, 0, sizeof(x));
	for (tx = 0; tx < 2000; tx++) {
		n = 0;
		for (;;) {
			const char *pc;

			seed = seed * 1103515245u + 12345u;
			pc = pieces[(seed >> 16) % (sizeof(pieces) /
			    sizeof(pieces[0]))];
			if (n + strlen(pc) + 1 >= sizeof(s))
				break;
			memcpy(s + n, pc, strlen(pc));
			n += strlen(pc);
			s[n++] = ' ';
		}
		x.s = s;
		x.len = n;
		for (p = 0; text_word_next(s, n, &p, &w);) {
			struct attr a;
			int r;

			memset(&a, 0, sizeof(a));
			r = attribution_quoted_as(s, n, &w, &a);
			if (!speech_quoting_verb(&x, &w))
				cr_assert_eq(r, 0, "text %zu word at %zu",
				    tx, (size_t)w.start);
			else
				calls++;
			found += r;
		}
	}
	cr_assert_gt(calls, 1000);
	cr_assert_gt(found, 100);
}

Test(speech, sentence_end_inside_a_quote_ends_no_sentence)
{
	const char *b = "Smith said the motto \"Never again. Not here.\" "
	    "still holds for the party.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the motto \"Never again. Not here.\" still holds for "
	    "the party", "Smith", "Smith", "said");
}

/*
 * A letter whose UTF-8 ends in the byte 0x85 (Å is C3 85) is no line
 * break (NEL is C2 85): taken for one, the sentence search stopped at the
 * start of its own sentence and never moved on.
 */
Test(speech, a_letter_ending_in_0x85_breaks_no_sentence, .timeout = 10)
{
	const char *b = "Zoë Ångström said that the ÅSA vote was a "
	    "mistake.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the ÅSA vote was a mistake", "Zoë Ångström",
	    "Zoë Ångström", "said");
	/* a real NEL before the sentence still separates */
	cr_assert_eq(sp_run("\xc2\x85" "Kim said that the talks failed."),
	    1);
}

Test(speech, stop_before_a_lower_case_word_ends_no_sentence)
{
	const char *b = "Sen. Bernie Sanders (I-Vt.) said he will make his "
	    "medical records available to the press.";

	/* "(I-Vt.) said": the period of the state's abbreviation is no
	 * sentence end, so the cue keeps its subject */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "he will make his medical records available to the "
	    "press", "Bernie Sanders", "Sen. Bernie Sanders", "said");
}

Test(speech, a_cue_right_after_a_short_quote)
{
	/* the cue search reads 16 bytes at a time; a quote that starts
	 * and ends inside one block must not hide the narrator's words
	 * after it in that block ("said" at byte 14 and 12 here) */
	const char *b1 = "On \"Today\" Lee said the deal is done.";
	const char *b2 = "A \"no\": Lee says the deal is done.";

	cr_assert_eq(sp_run(b1), 1);
	sp_indirect(b1, "the deal is done", "Lee", "Lee", "said");
	cr_assert_eq(sp_run(b2), 1);
	sp_indirect(b2, "the deal is done", "Lee", "Lee", "says");
}

Test(speech, reported_speech_keeps_to_its_attributions_paragraph)
{
	/* a quote left open at a paragraph's end runs on into the next
	 * paragraph's quote, and the sentence with it: the content still
	 * ends with the cue's paragraph, or, when the cue follows it,
	 * starts with the cue's */
	const char *b = "Grayson said Murphy's support of the idea is "
	    "\xe2\x80\x9creally an amorphous position to have.\n\n"
	    "\xe2\x80\x9cWhat we do here is, we legislate,\xe2\x80\x9d "
	    "Grayson said.";
	const char *c = "The blonde unloaded on him with a \xe2\x80\x9c"
	    "question\xe2\x80\x99\xe2\x80\x99 that amounted to a spanking."
	    "\n\n\xe2\x80\x9cYou called women you don't like fat pigs,"
	    "\xe2\x80\x9d Kelly charged.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Murphy's support of the idea is \xe2\x80\x9creally "
	    "an amorphous position to have", "Grayson", "Grayson", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "\xe2\x80\x9cYou called women you don't like fat "
	    "pigs,\xe2\x80\x9d", "Kelly", "Kelly", "charged");
}

/* An item that ends before the attribution closing the sentence, with
 * only the closer's comma between, lies in the closer's content, which
 * runs from the sentence's start: the closer is the outer attribution
 * (PolNeAR: one attribution a token, the outermost).  A second comma
 * may open a clause the closer's content starts after: the items
 * stay. */
Test(speech, a_closer_takes_an_item_that_ends_at_its_comma)
{
	const char *b = "Clinton had told police officials that she "
	    "didn\xe2\x80\x99t want the escort at all, but the NYPD "
	    "overruled that request, the source added.";
	const char *c = "A witness interviewed by congressional staff said "
	    "the head of its technology division instructed employees not "
	    "to disclose information about the hack, the report said.";
	const char *d = "Other Republican candidates said they support "
	    "charter schools and vouchers, but they wouldn\xe2\x80\x99t "
	    "advocate for them on the federal level, they said.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Clinton had told police officials that she "
	    "didn\xe2\x80\x99t want the escort at all, but the NYPD "
	    "overruled that request", NULL, "the source", "added");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "A witness interviewed by congressional staff said "
	    "the head of its technology division instructed employees not "
	    "to disclose information about the hack", NULL, "the report",
	    "said");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "they support charter schools and vouchers", NULL,
	    "Other Republican candidates", "said");
}

/* A comma before "which" or "who" is the noun's, no clause the closer's
 * content starts after: the item before it is the closer's too. */
Test(speech, a_closer_takes_an_item_past_a_relative_clause)
{
	const char *c = "He promised to defeat Randolph thanks to the Grayson "
	    "name, which is well known in the district, Frankel said.";

	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "He promised to defeat Randolph thanks to the Grayson "
	    "name, which is well known in the district", "Frankel", "Frankel",
	    "said");
}

/* --- a headline's bare subject (headlines with a colon or "Says":
 * test_speech_headline.c) --- */

Test(speech, a_headline_drops_its_articles)
{
	/* the title (the body's first line) and a line no stop closes
	 * above the story (a deck: below it, such a line is page
	 * furniture, speech_furniture.c): a bare singular noun before an
	 * -s verb is its subject; inside a paragraph it is not */
	const char *b = "Indiana governor endorses Cruz.\n\nBritish diplomat "
	    "praises Obama's presidency\n\nThe move came late. Former "
	    "governor endorses Cruz.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Cruz", NULL, "Indiana governor", "endorses");
	sp_indirect(b, "Obama's presidency", NULL, "British diplomat",
	    "praises");
}

/* --- the output: fragments, direct quotes, the speaker handed on --- */

Test(speech, mixed_speech_is_one_item_and_fragments_take_its_speaker)
{
	const char *b = "Kim also stated that he is \"convinced\" of the "
	    "\"strengthening development\" of relations.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "he is \"convinced\" of the \"strengthening "
	    "development\" of relations", "Kim", "Kim", "stated");
	sp_check(b, "\"convinced\"", QUOTE_PARTIAL, "Kim", "Kim", "stated");
	sp_check(b, "\"strengthening development\"", QUOTE_PARTIAL, "Kim",
	    "Kim", "stated");
}

/*
 * The speech nested in another's content is no item of its own (PolNeAR
 * annotates the outermost attribution alone), but its fragments still
 * take its speaker: Kim's words, though KCNA reports them.
 */
Test(speech, nested_speech_gives_fragments_the_inner_speaker)
{
	const char *b = "KCNA reported Kim told Putin that he \"sends a "
	    "friendly greeting to your country.\"";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Kim told Putin that he \"sends a friendly greeting "
	    "to your country.\"", "KCNA", "KCNA", "reported");
	sp_check(b, "\"sends a friendly greeting to your country.\"",
	    QUOTE_PARTIAL, "Kim", "Kim", "told");
}

/*
 * Only the outermost attribution is an item: reported speech inside
 * another item's content (a relative clause's, a subordinate clause's,
 * a coordinated verb's) goes, direct quotes and fragments inside it stay.
 */
Test(speech, speech_inside_another_items_content_is_no_item)
{
	const char *b = "Obama said the mass shootings that Clinton mentioned "
	    "when she announced the steps would go on.";
	const char *c = "Smith said the plan, which Jones said was weak, "
	    "would pass.";
	const char *d = "Smith said the plan would fail and questioned why "
	    "it was proposed.";
	const char *e = "Smith said the deal \"is dead,\" and Jones agreed "
	    "the talks had failed.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the mass shootings that Clinton mentioned when she "
	    "announced the steps would go on", "Obama", "Obama", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the plan, which Jones said was weak, would pass",
	    "Smith", "Smith", "said");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "the plan would fail and questioned why it was "
	    "proposed", "Smith", "Smith", "said");
	/* items side by side stay, and a fragment inside one */
	cr_assert_eq(sp_run(e), 2);
	sp_check(e, "\"is dead,\"", QUOTE_PARTIAL, "Smith", "Smith", "said");
}

Test(speech, a_direct_quote_is_not_also_reported_speech)
{
	const char *b = "Clinton said, \"We must lead this fight.\"\n"
	    "Trump told reporters on Monday: \"We will build it.\"\n"
	    "\"We will win,\" Smith said.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_out.quotes.n, 3);
}

/*
 * A rule whose content is exactly a direct quote, marks and all (a
 * headline's colon before a quoted line), makes no second item of it:
 * one attribution, one item, the direct quote, with the speaker.
 */
Test(speech, content_that_is_a_direct_quote_is_that_quote_alone)
{
	const char *b = "Trump: 'I'm the Worst Thing That Ever Happened to "
	    "the Establishment.'\n\nThe rally went on.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_out.quotes.n, 1);
	sp_check(b, "'I'm the Worst Thing That Ever Happened to the "
	    "Establishment.'", QUOTE_DIRECT, "Trump", "Trump", NULL);
}

Test(speech, wire_style_quote_takes_the_speaker_of_the_speech_before)
{
	const char *b = "Senate Majority Leader Mitch McConnell said Tuesday "
	    "that the bill would pass this week.\n\n"
	    "\"We have the votes and we will move forward on it.\"";

	cr_assert_eq(sp_run(b), 1);
	sp_check(b, "\"We have the votes and we will move forward on it.\"",
	    QUOTE_DIRECT, "Mitch McConnell",
	    "Senate Majority Leader Mitch McConnell", "said");
}

/* Wire style reaches two paragraphs back (quotes.c wire_speaker), not
 * three. */
Test(speech, wire_style_reaches_two_paragraphs_only)
{
	const char *b = "Mitch McConnell said Tuesday that the bill would "
	    "pass this week.\n\nThe vote is set for Friday.\n\n"
	    "The bill has 52 sponsors in the Senate.\n\n"
	    "\"We have the votes and we will move forward on it.\"";

	sp_run(b);
	sp_check(b, "\"We have the votes and we will move forward on it.\"",
	    QUOTE_DIRECT, NULL, NULL, NULL);
}

Test(speech, descriptor_before_a_name_after_a_quote)
{
	const char *b = "\"Cruz and Rubio are moving up,\" former presidential "
	    "candidate Herman Cain said.";

	cr_assert_eq(sp_run(b), 0);
	sp_check(b, "\"Cruz and Rubio are moving up,\"", QUOTE_DIRECT,
	    "Herman Cain", "former presidential candidate Herman Cain",
	    "said");
}

/*
 * speech_taken's index of the items out, against the scan of every item
 * it replaced: random sequences of items added (mostly in text order, as
 * the passes add them, some anywhere and some long), undone (cut back
 * to a sentence's first item, items added after, and the count set
 * back as speech.c's closer_replaces does, which may bring back the
 * hidden items or drop the ones added), ends moved (a content cut
 * short, and for the index's sake made longer too) and questions.
 * Each seed's sequence is its own; a failure names the seed and the
 * step.
 */
#define TAKEN_SEEDS		300
#define TAKEN_STEPS		600
/* Offsets the items lie in: small, so that questions overlap often. */
#define TAKEN_TEXT		2000

static uint32_t
taken_rand(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 8;
}

static int
taken_scan(const struct quote_list *l, size_t cs, size_t ce)
{
	size_t k;

	for (k = 0; k < l->n; k++)
		if (l->v[k].kind != QUOTE_PARTIAL && l->v[k].start < ce &&
		    cs < l->v[k].end)
			return 1;
	return 0;
}

static void
taken_add(struct quote_list *l, uint32_t *seed, size_t *cursor)
{
	struct quote q;
	uint32_t r = taken_rand(seed);

	memset(&q, 0, sizeof(q));
	q.kind = r % 3 == 0 ? QUOTE_PARTIAL : r % 3 == 1 ? QUOTE_DIRECT :
	    QUOTE_INDIRECT;
	if ((r >> 4) % 8 == 0)		/* anywhere */
		q.start = taken_rand(seed) % TAKEN_TEXT;
	else				/* after the last, in text order */
		q.start = (uint32_t)(*cursor + taken_rand(seed) % 40);
	q.end = q.start + ((r >> 8) % 16 == 0 ? taken_rand(seed) % 400 :
	    taken_rand(seed) % 60);
	*cursor = q.end % TAKEN_TEXT;
	cr_assert_eq(quote_list_push(l, &q), 0);
}

static void
taken_ask(struct qx *x, uint32_t *seed, uint32_t s0, size_t step)
{
	size_t cs = taken_rand(seed) % (TAKEN_TEXT + 400);
	size_t ce = cs + 1 + taken_rand(seed) % 80;

	cr_assert_eq(speech_taken(x, cs, ce), taken_scan(x->out, cs, ce),
	    "seed %u step %zu: [%zu, %zu) of %zu items", s0, step, cs, ce,
	    x->out->n);
}

Test(speech, taken_index_answers_as_a_scan_of_every_item)
{
	static struct qx x;
	struct quote_list l;
	uint32_t s0, seed;
	size_t step, cursor, n0, k;

	for (s0 = 1; s0 <= TAKEN_SEEDS; s0++) {
		memset(&x, 0, sizeof(x));
		memset(&l, 0, sizeof(l));
		x.out = &l;
		seed = s0;
		cursor = 0;
		for (step = 0; step < TAKEN_STEPS; step++) {
			switch (taken_rand(&seed) % 8) {
			case 0:
			case 1:
			case 2:
				taken_add(&l, &seed, &cursor);
				break;
			case 3:		/* an undo, and what may follow */
				n0 = l.n;
				speech_out_set_n(&x, l.n - taken_rand(&seed) %
				    (l.n < 6 ? l.n + 1 : 6));
				taken_ask(&x, &seed, s0, step);
				for (k = taken_rand(&seed) % 3; k > 0; k--)
					taken_add(&l, &seed, &cursor);
				taken_ask(&x, &seed, s0, step);
				if (taken_rand(&seed) % 2)
					speech_out_set_n(&x, n0);
				break;
			case 4:		/* an item's end moved */
				if (l.n > 0) {
					k = taken_rand(&seed) % l.n;
					speech_out_set_end(&x, k, l.v[k].start +
					    taken_rand(&seed) % 200);
				}
				break;
			default:
				taken_ask(&x, &seed, s0, step);
			}
		}
		free(l.v);
	}
}

/* Past PROTO_QUOTES_MAX items (which no pass adds) the answer holds. */
Test(speech, taken_index_holds_past_the_items_a_result_carries)
{
	static struct qx x;
	struct quote_list l;
	uint32_t seed = 7;
	size_t step, cursor = 0;

	memset(&x, 0, sizeof(x));
	memset(&l, 0, sizeof(l));
	x.out = &l;
	while (l.n < PROTO_QUOTES_MAX + 100)
		taken_add(&l, &seed, &cursor);
	for (step = 0; step < 300; step++)
		taken_ask(&x, &seed, 7, step);
	free(l.v);
}

/*
 * A full list with no quote waiting for the sentence reader is done
 * (speech_list_done): the reader reads no further; a full list
 * (speech_list_full) is not read by the quote pass, whatever waits,
 * since no rule edits an item without a push.  The items up to the cap
 * are still all there, the last one read with its speaker; a body with
 * no stop (one sentence never ended, its quotes left waiting) stops as
 * well.
 */
Test(speech, full_list_is_done)
{
	static struct qx x;
	static const char unit[] = "\xe2\x80\x9cWe will win,\xe2\x80\x9d "
	    "Smith said. Jones said that the vote would pass. ";
	struct quote_list l;
	const size_t reps = PROTO_QUOTES_MAX / 2 + 100, n = sizeof(unit) - 1;
	const struct quote *q;
	char *b;
	size_t i;

	memset(&x, 0, sizeof(x));
	memset(&l, 0, sizeof(l));
	x.out = &l;
	l.n = PROTO_QUOTES_MAX - 1;
	cr_assert_not(speech_list_done(&x));
	cr_assert_not(speech_list_full(&x));
	l.n = PROTO_QUOTES_MAX;
	x.speech.qn = 1;
	cr_assert_not(speech_list_done(&x));
	cr_assert(speech_list_full(&x));
	x.speech.qn = 0;
	cr_assert(speech_list_done(&x));
	/* two items a unit, past the cap: the last one kept is the
	 * reported speech of unit PROTO_QUOTES_MAX / 2 - 1 */
	b = malloc(reps * n + 1);
	cr_assert_not_null(b);
	for (i = 0; i < reps; i++)
		memcpy(b + i * n, unit, n);
	b[reps * n] = '\0';
	sp_run(b);
	cr_assert_eq(sp_out.quotes.n, PROTO_QUOTES_MAX);
	q = &sp_out.quotes.v[PROTO_QUOTES_MAX - 1];
	cr_assert_eq(q->kind, QUOTE_INDIRECT);
	cr_assert_eq(q->start, (PROTO_QUOTES_MAX / 2 - 1) * n +
	    th_off(unit, "the vote", 0));
	cr_assert(th_str_is(q->speaker, "Jones"));
	q = &sp_out.quotes.v[PROTO_QUOTES_MAX - 2];
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	cr_assert(th_str_is(q->speaker, "Smith"));
	/* no stop: one-word fragments, the last kept the cap's */
	for (i = 0; i + 9 <= reps * n; i += 9)
		memcpy(b + i, "\xe2\x80\x9cNo\xe2\x80\x9d ", 9);
	b[i] = '\0';
	sp_run(b);
	cr_assert_eq(sp_out.quotes.n, PROTO_QUOTES_MAX);
	q = &sp_out.quotes.v[PROTO_QUOTES_MAX - 1];
	cr_assert_eq(q->kind, QUOTE_PARTIAL);
	cr_assert_eq(q->start, (PROTO_QUOTES_MAX - 1) * 9);
	cr_assert_eq(q->end, (PROTO_QUOTES_MAX - 1) * 9 + 8);
	free(b);
}

/* --- the samples in examples/articles.jsonl --- */

static const char *
sp_sample(const char *id)
{
	free(sp_body);
	sp_body = th_sample_body(id);
	sp_run(sp_body);
	return sp_body;
}

/* The item of this kind starting with prefix, with its speaker. */
static void
sp_starts(const char *b, const char *prefix, enum quote_kind kind,
    const char *speaker, const char *cue)
{
	const struct quote *q = sp_at(th_off(b, prefix, 0), kind);

	cr_assert(th_str_is(q->speaker, speaker), "speaker of [%s]: %.*s",
	    prefix, (int)q->speaker.len, q->speaker.p ? q->speaker.p : "");
	if (cue != NULL)
		cr_assert(th_str_is(q->cue, cue), "cue of [%s]", prefix);
}

Test(speech, sample_overseas_is_statements_by_kim_and_putin)
{
	const char *b = sp_sample("overseas-2019-74th-anniversary");

	const struct quote *q;
	uint32_t s;

	/* "Kim Jong-un said: The friendship..." to its paragraph's end */
	s = th_off(b, "The friendship established", 0);
	q = sp_at(s, QUOTE_INDIRECT);
	cr_assert_eq(q->end, th_off(b, "liberating North Korea.", 0) +
	    strlen("liberating North Korea"));
	cr_assert(th_str_is(q->speaker, "Kim Jong-un"));
	cr_assert(th_str_is(q->cue, "said"));
	cr_assert_eq(q->speaker_start, th_off(b, "Kim Jong-un said:", 0));
	sp_starts(b, "the current DPRK-Russian relations are benignly",
	    QUOTE_INDIRECT, "Kim Jong-un", "said");
	sp_starts(b, "in order to liberate Korea from Japanese colonial",
	    QUOTE_INDIRECT, "Putin", "said");
	sp_starts(b, "he hoped to maintain a beneficial", QUOTE_INDIRECT,
	    "Kim Jong-un", "said");
}

Test(speech, sample_upi_fragments_have_speakers)
{
	const char *b = sp_sample("upi-2016-putin-kim");

	/* the dateline is not part of what state media said; the
	 * possessor speaks through "North Korea's state media" */
	sp_starts(b, "Russian President Vladimir Putin and North Korean "
	    "leader", QUOTE_INDIRECT, "North Korea", "according to");
	/* "KCNA reported Kim told Putin that he "sends ..."": Kim's
	 * speech is nested in KCNA's report, no item of its own, but its
	 * fragment is Kim's */
	sp_starts(b, "\"sends a friendly greeting", QUOTE_PARTIAL,
	    "Kim Jong Un", "told");
	sp_starts(b, "he is \"convinced\"", QUOTE_INDIRECT, "Kim Jong Un",
	    "stated");
	sp_starts(b, "\"convinced\"", QUOTE_PARTIAL, "Kim Jong Un", "stated");
	sp_starts(b, "\"strengthening development\"", QUOTE_PARTIAL,
	    "Kim Jong Un", "stated");
	sp_starts(b, "he hopes \"beneficial cooperation\"", QUOTE_INDIRECT,
	    "Vladimir Putin", "stated");
	sp_starts(b, "\"beneficial cooperation\"", QUOTE_PARTIAL,
	    "Vladimir Putin", "stated");
}

Test(speech, sample_breitbart_according_to_carries_fragments)
{
	const char *b = sp_sample("breitbart-2018-sincere-congratulations");

	/* "According to North Korea state newspaper Rodong Sinmun": the
	 * newspaper speaks, in apposition to its descriptor */
	sp_starts(b, "Putin \xe2\x80\x9c" "extended sincere congratulations",
	    QUOTE_INDIRECT, "Rodong Sinmun", "According to");
	sp_starts(b, "\xe2\x80\x9c" "extended sincere congratulations",
	    QUOTE_PARTIAL, "Rodong Sinmun", "According to");
}

/* --- the five samples, read by a human --- */

/*
 * The item of this kind that starts at the first occurrence of text
 * and, when whole is set, ends where it ends; its speaker (NULL = nil).
 */
static void
sp_human(const char *b, const char *text, int whole, enum quote_kind kind,
    const char *speaker)
{
	uint32_t s = th_off(b, text, 0);
	const struct quote *q = sp_at(s, kind);

	if (whole)
		cr_assert_eq(q->end, s + strlen(text), "end of [%.40s]: %u, "
		    "not %zu", text, q->end, s + strlen(text));
	cr_assert(th_str_is(q->speaker, speaker), "speaker of [%.40s]: %.*s",
	    text, (int)q->speaker.len, q->speaker.p ? q->speaker.p : "");
}

/* How many items of this kind the sample holds. */
static size_t
sp_count(enum quote_kind kind)
{
	size_t i, n = 0;

	for (i = 0; i < sp_out.quotes.n; i++)
		n += sp_out.quotes.v[i].kind == kind;
	return n;
}

/*
 * The expectations below are what a reader finds in each article: the
 * reported speech and who it is attributed to, and every quoted fragment
 * with its speaker.  Each sample's comment lists what a reader finds that
 * the extractor does not yet (issue 15), so the test asserts only what it
 * gets right and says what it misses.
 */

/*
 * UPI.  Not yet: "Kim also stated that ..., News 1 reported" is also
 * News 1's report (an outer item), and the inner item runs over ", News 1
 * reported"; Putin's "Russia "remembers ..."" (through the statement) is
 * no item.  Kim's "he "sends a friendly greeting ..."" is inside KCNA's
 * report, and only the outermost attribution is an item (PolNeAR's
 * rule): its fragment keeps Kim.
 */
Test(speech, sample_upi_read_by_a_human)
{
	const char *b = sp_sample("upi-2016-putin-kim");

	sp_human(b, "Russian President Vladimir Putin and North Korean leader "
	    "Kim Jong Un exchanged congratulatory messages on the 71st "
	    "anniversary of Japan's surrender", 1, QUOTE_INDIRECT,
	    "North Korea");
	sp_human(b, "Kim told Putin that he \"sends a friendly greeting to "
	    "your country and your people on the occasion of the 71st "
	    "anniversary of Korean liberation.\"", 1, QUOTE_INDIRECT, "KCNA");
	sp_human(b, "he is \"convinced\"", 0, QUOTE_INDIRECT, "Kim Jong Un");
	sp_human(b, "he hopes \"beneficial cooperation\" between Russia and "
	    "North Korea in the area of science and technology, "
	    "\"humanitarian fields,\" would be pursued and be conducive to "
	    "peace and stability in the Korean peninsula and Northeast Asia",
	    1, QUOTE_INDIRECT, "Vladimir Putin");
	/* "according to the Workers' Party newspaper Rodong Sinmun" */
	sp_human(b, "North Korea observes Aug. 15 with a national holiday, but "
	    "the mood was less than festive", 1, QUOTE_INDIRECT,
	    "Rodong Sinmun");
	/* "The article also urged readers to ...": a nominal source */
	sp_human(b, "readers to defend Pyongyang's Kumsusan Palace of the Sun "
	    "with their lives", 1, QUOTE_INDIRECT, NULL);
	/* every fragment and its speaker */
	cr_assert_eq(sp_count(QUOTE_PARTIAL), 9);
	sp_human(b, "\"sends a friendly greeting", 0, QUOTE_PARTIAL,
	    "Kim Jong Un");
	sp_human(b, "\"convinced\"", 1, QUOTE_PARTIAL, "Kim Jong Un");
	sp_human(b, "\"strengthening development\"", 1, QUOTE_PARTIAL,
	    "Kim Jong Un");
	sp_human(b, "\"difficult struggles\"", 1, QUOTE_PARTIAL, "Kim Jong Un");
	sp_human(b, "\"common enemy,\"", 1, QUOTE_PARTIAL, "Kim Jong Un");
	/* "Putin congratulated Kim on the "...," and that Russia "...,"" */
	sp_human(b, "\"occasion of Liberation Day,\"", 1, QUOTE_PARTIAL,
	    "Vladimir Putin");
	sp_human(b, "\"remembers the Red Army soldiers", 0, QUOTE_PARTIAL,
	    "Vladimir Putin");
	sp_human(b, "\"beneficial cooperation\"", 1, QUOTE_PARTIAL,
	    "Vladimir Putin");
	sp_human(b, "\"humanitarian fields,\"", 1, QUOTE_PARTIAL,
	    "Vladimir Putin");
	/* the links between paragraphs are no speech (speech_furniture) */
	cr_assert(!sp_item_in(b, "RELATED South Korea President Park"));
	cr_assert(!sp_item_in(b, "RELATED Rio Recap"));
	cr_assert(!sp_item_in(b, "RELATED Athletes of North"));
}

/*
 * RBC.  Not yet: "the leader
 * of the DPRK ... pointed out that [since the peninsula ... "has been
 * steadily developing ..."]" is no item, so its fragment has no speaker
 * (Kim Jong-un); the letter's unclosed ""On the occasion of Liberation
 * Day ..." is Putin's by the letter the article names two paragraphs up,
 * no attribution near it.
 */
Test(speech, sample_rbc_read_by_a_human)
{
	const char *b = sp_sample("rbc-2023-liberation-day");

	/* "The President of Russia expressed confidence that [...]": the
	 * office's holder, named before as "Russian President Vladimir
	 * Putin" */
	sp_human(b, "the two countries would continue to expand all-round "
	    "cooperation", 1, QUOTE_INDIRECT, "Vladimir Putin");
	cr_assert_eq(sp_count(QUOTE_PARTIAL), 3);
	/* "Kim Jong-un in response wished Putin good health and great
	 * results in his work "..."" */
	sp_human(b, "\xe2\x80\x9cto protect the sovereignty and interests of "
	    "the country and people\xe2\x80\x9d", 1, QUOTE_PARTIAL,
	    "Kim Jong-un");
}

/*
 * Overseas Network.  Not yet: "We firmly believe that [...]" is Kim
 * Jong-un's (the message goes on), not a speaker-less item.
 */
Test(speech, sample_overseas_read_by_a_human)
{
	const char *b = sp_sample("overseas-2019-74th-anniversary");

	/* "Overseas Network, August 15, according to KCNA reports, [on
	 * August 15, ...]": the dateline is no content */
	sp_human(b, "on August 15, Russian President Putin and North Korean "
	    "Supreme Leader Kim Jong-un exchanged congratulatory messages", 0,
	    QUOTE_INDIRECT, "KCNA");

	cr_assert_eq(sp_count(QUOTE_PARTIAL), 0);
	sp_human(b, "The friendship established by the Korean and Russian "
	    "people", 0, QUOTE_INDIRECT, "Kim Jong-un");
	sp_human(b, "the current DPRK-Russian relations are benignly "
	    "developing in line with the consensus and agreement reached at "
	    "the first meeting in April this year", 1, QUOTE_INDIRECT,
	    "Kim Jong-un");
	sp_human(b, "in order to liberate Korea from Japanese colonial rule, "
	    "Soviet Red Army soldiers and Korean patriots fought side by side, "
	    "and the Russian and Korean people still cherish this "
	    "unforgettable memory", 1, QUOTE_INDIRECT, "Putin");
	/* "..., according to an earlier report from overseas website" */
	sp_human(b, "Kim Jong-un arrived in Vladivostok on April 24 for a "
	    "visit to Russia at the invitation of Putin", 1, QUOTE_INDIRECT,
	    NULL);
	sp_human(b, "he hoped to maintain a beneficial and constructive "
	    "dialogue with Putin", 1, QUOTE_INDIRECT, "Kim Jong-un");
	sp_human(b, "Russia insists on a peaceful solution to the nuclear issue "
	    "on the Korean Peninsula", 0, QUOTE_INDIRECT, "Putin");
	/* "Putin expressed his belief that [...]" */
	sp_human(b, "the implementation of the agreements reached between "
	    "Russia and DPRK will contribute to further strengthening "
	    "bilateral cooperation in various fields and ensuring stability "
	    "and security on the Korean Peninsula", 1, QUOTE_INDIRECT, "Putin");
}

/*
 * Breitbart.  Not yet: "Russian President Vladimir Putin sent ... Kim
 * Jong-un "greetings" and "sincere congratulations" ..., state media
 * reported" is no item, so its two fragments have no speaker (Putin's
 * words, as state media report them).
 */
Test(speech, sample_breitbart_read_by_a_human)
{
	const char *b = sp_sample("breitbart-2018-sincere-congratulations");

	/* "According to North Korea state newspaper Rodong Sinmun, Putin
	 * "extended ..." before "noting ..."" */
	sp_human(b, "Putin \xe2\x80\x9c" "extended sincere congratulations", 0,
	    QUOTE_INDIRECT, "Rodong Sinmun");
	/* "where he promised to "..."": he is Putin, who invited Kim */
	sp_human(b, "to \xe2\x80\x9cmake all necessary efforts to establish "
	    "ties\xe2\x80\x9d such as economic cooperation with the communist "
	    "dictatorship", 1, QUOTE_INDIRECT, "Vladimir Putin");
	sp_human(b, "Kim as a \xe2\x80\x9cshrewd and mature\xe2\x80\x9d "
	    "politician", 0, QUOTE_INDIRECT, "Vladimir Putin");
	/* "the two countries declared a "Year of Friendship" ...": a
	 * nominal source */
	sp_human(b, "a \xe2\x80\x9cYear of Friendship\xe2\x80\x9d through a "
	    "number of political, economic and cultural exchanges", 1,
	    QUOTE_INDIRECT, NULL);
	cr_assert_eq(sp_count(QUOTE_PARTIAL), 10);
	sp_human(b, "\xe2\x80\x9c" "extended sincere congratulations", 0,
	    QUOTE_PARTIAL, "Rodong Sinmun");
	sp_human(b, "\xe2\x80\x9cnoting that Russia appreciates", 0,
	    QUOTE_PARTIAL, "Rodong Sinmun");
	/* ""...," he continued, while also wishing "..."" */
	sp_human(b, "\xe2\x80\x9cKim Jong Un good health and success", 0,
	    QUOTE_PARTIAL, "Vladimir Putin");
	sp_human(b, "\xe2\x80\x9cmake all necessary efforts to establish "
	    "ties\xe2\x80\x9d", 1, QUOTE_PARTIAL, "Vladimir Putin");
	sp_human(b, "\xe2\x80\x9cshrewd and mature\xe2\x80\x9d", 1,
	    QUOTE_PARTIAL, "Vladimir Putin");
	sp_human(b, "\xe2\x80\x9cobviously won this round\xe2\x80\x9d", 1,
	    QUOTE_PARTIAL, "Vladimir Putin");
	sp_human(b, "\xe2\x80\x9cYear of Friendship\xe2\x80\x9d", 1,
	    QUOTE_PARTIAL, NULL);
	/* "canceled because of pressing "internal affairs."": nobody's */
	sp_human(b, "\xe2\x80\x9cinternal affairs.\xe2\x80\x9d", 1,
	    QUOTE_PARTIAL, NULL);
	/* no speech: the pair's visits, and the page's call to the
	 * reader under COMMENTS (speech_furniture) */
	cr_assert(!sp_item_in(b, "holding state visits"));
	cr_assert(!sp_item_in(b, "Please let us know"));
}

/*
 * View US.  Not yet: "KCNA, reported that [Putin sent a message to Kim
 * on the 13th, stating, "..."]" is KCNA's report around Putin's quote.
 */
Test(speech, sample_viewus_read_by_a_human)
{
	const char *b = sp_sample("viewus-2024-liberation-day");

	/* "He added that ...": he is Putin, quoted just before */
	sp_human(b, "the thorough implementation of the \xe2\x80\x9cTreaty on "
	    "the Comprehensive Strategic Partnership\xe2\x80\x9d will surely "
	    "drive the expansion of mutually beneficial cooperation", 0,
	    QUOTE_INDIRECT, "Vladimir Putin");
	/* "He further expressed his firm belief that [...]": he is Kim,
	 * whose reply the paragraph before quotes */
	sp_human(b, "the Russian people will surely achieve victory in their "
	    "crusade for regional peace and international justice", 1,
	    QUOTE_INDIRECT, "Kim Jong Un");
	cr_assert_eq(sp_count(QUOTE_PARTIAL), 1);
	sp_human(b, "\xe2\x80\x9cTreaty on the Comprehensive Strategic "
	    "Partnership\xe2\x80\x9d", 1, QUOTE_PARTIAL, "Vladimir Putin");
}

/* A subordinator within a few words of the sentence's start, with no
 * comma between it and the items, opens a fronted adverbial clause that
 * holds them: the closer's comma ends that clause, not a content the
 * closer takes ("Soon after Trump mocked [the reporter], the newspaper
 * responded"; review T2).  A comma after the subordinator's clause
 * leaves the main clause the closer's. */
Test(speech, a_closer_takes_no_fronted_clause_after_a_measure)
{
	const char *b = "Soon after Trump mocked the reporter, the newspaper "
	    "responded.";
	const char *c = "A day after Obama endorsed Clinton, Sanders "
	    "tweeted.";
	const char *d = "Trump criticized the deal, the Post reported.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the reporter", "Trump", "Trump", "mocked");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Clinton", "Obama", "Obama", "endorsed");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "Trump criticized the deal", "Post", "Post",
	    "reported");
}

Test(speech, a_stance_verbs_that_clause_is_its_content)
{
	/* a verb of stance takes a that-clause as a verb of saying does,
	 * "that" before the clause's subject (a determiner, a pronoun, a
	 * name); a demonstrative before a noun is no complementizer */
	const char *b = "The judge ordered that the banks pay the fine. "
	    "Protesters are demanding that the city release the video. "
	    "Obama likes to brag that the economy has grown. The campaign "
	    "sees that Trump is improving. Priebus rejected that argument "
	    "in a ruling.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the banks pay the fine", NULL, "The judge",
	    "ordered");
	sp_indirect(b, "the city release the video", "Protesters", "Protesters",
	    "demanding");
	sp_indirect(b, "the economy has grown", "Obama", "Obama", "brag");
	sp_indirect(b, "Trump is improving", NULL, "The campaign", "sees");
}

Test(speech, an_attitude_adjectives_that_clause_is_its_content)
{
	/* an adjective of attitude after its copula takes a that-clause as
	 * a stance verb does; not after a noun it modifies, nor after a
	 * degree word (a result clause) */
	const char *b = "Progressives were deeply upset that Smith was "
	    "undermining the rules. Clinton is nervous that he is damaging "
	    "her. The rules are so vague that they could apply to anyone.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Smith was undermining the rules", "Progressives",
	    "Progressives", "upset");
	sp_indirect(b, "he is damaging her", "Clinton", "Clinton",
	    "nervous");
}
