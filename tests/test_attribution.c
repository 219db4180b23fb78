/*
 * test_attribution.c — workers/extract/attribution.c: who a quote is
 * attributed to, read from the text around its marks (the cue and its
 * subject after the closing mark or before the opening one, "according
 * to X"), and the sentence bounds those windows stop at, whose SSE2
 * block searches are checked against a byte-at-a-time model.
 */
#include "quotes_check.h"
#include "text.h"

TestSuite(attribution, .fini = qt_fini);

Test(attribution, cue_then_name_with_appositive)
{
	const char *b = "\"Good news is bad news for them,\" said Geoff "
	    "Garin, a Democratic pollster. \"It helps,\" Mr. Garin added.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"Good news is bad news for them,\"", 0, QUOTE_DIRECT,
	    "Geoff Garin", "Geoff Garin", 0, "said");
	qt_check(b, "\"It helps,\"", 0, QUOTE_DIRECT, "Geoff Garin",
	    "Mr. Garin", 0, "added");
}

Test(attribution, name_appositive_then_cue)
{
	const char *b = "\"We need him,\" his wife, Gabriela Lazar, wrote "
	    "in a letter.";

	cr_assert_eq(qt(b), 1);
	/* the name in apposition speaks (test_speaker.c) */
	qt_check(b, "\"We need him,\"", 0, QUOTE_DIRECT, "Gabriela Lazar",
	    "his wife, Gabriela Lazar", 0, "wrote");
}

Test(attribution, cue_before_with_comma_and_colon)
{
	const char *b = "Clinton said, \"We must lead this fight.\"\n"
	    "Trump told reporters on Monday: \"We will build it.\"";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"We must lead this fight.\"", 0, QUOTE_DIRECT,
	    "Clinton", "Clinton", 0, "said");
	qt_check(b, "\"We will build it.\"", 0, QUOTE_DIRECT, "Trump",
	    "Trump", 0, "told");
}

Test(attribution, according_to)
{
	const char *b = "\"The talks failed,\" according to Sen. Ted Cruz.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"The talks failed,\"", 0, QUOTE_DIRECT, "Ted Cruz",
	    "Sen. Ted Cruz", 0, "according to");
}

Test(attribution, told_reporters_and_the_pronoun)
{
	const char *b = "Hillary Clinton spoke in Iowa. \"It was very nice,"
	    "\" she told reporters.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"It was very nice,\"", 0, QUOTE_DIRECT,
	    "Hillary Clinton", "she", 0, "told");
}

/*
 * After a quote, a verb that takes an object has it there: "demanded an
 * apology from the mayor" is no inverted subject, and the quote has no
 * source there (review F10: the mention was "an apology from the
 * mayor").  A title in the noun phrase keeps it ("urged the senator"),
 * as does a verb of saying ("said a spokesman").
 */
Test(attribution, a_verb_s_object_after_a_quote_is_no_source)
{
	const char *b = "\"It was a racist remark,\" demanded an apology "
	    "from the mayor.";
	const char *c = "\"Vote no,\" urged the senator.";
	const char *d = "\"We will win,\" said a spokesman.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"It was a racist remark,\"", 0, QUOTE_DIRECT, NULL,
	    NULL, 0, NULL);
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"Vote no,\"", 0, QUOTE_DIRECT, NULL, "the senator", 0,
	    "urged");
	cr_assert_eq(qt(d), 1);
	qt_check(d, "\"We will win,\"", 0, QUOTE_DIRECT, NULL, "a spokesman",
	    0, "said");
}

/*
 * Before a quote, too, a verb that takes an object has it there: in
 * "X demanded an apology: \"...\"" the colon closes the verb's clause
 * and its subject speaks, read as before "said," (an appositive passed
 * over), not the object (the mention was "an apology", no source).
 * "said a spokesman:" keeps its inverted subject.
 */
Test(attribution, a_verb_s_object_before_a_colon_is_no_source)
{
	const char *b = "Cllr Jane Hughes, leader of Cardiff council, "
	    "demanded a meeting: \"We need answers now.\"";
	const char *c = "Shri Ram Prasad demanded an apology: \"The remarks "
	    "insult every Bengali.\"";
	const char *d = "Then said a spokesman: \"We will win.\"";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We need answers now.\"", 0, QUOTE_DIRECT,
	    "Jane Hughes", "Cllr Jane Hughes", 0, "demanded");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"The remarks insult every Bengali.\"", 0, QUOTE_DIRECT,
	    "Ram Prasad", "Shri Ram Prasad", 0, "demanded");
	cr_assert_eq(qt(d), 1);
	qt_check(d, "\"We will win.\"", 0, QUOTE_DIRECT, NULL,
	    "a spokesman", 0, "said");
}

/*
 * A stance verb after a quote with "the" and a noun phrase is the
 * quote's inverted subject, as news writes it ("vowed the lawyers for
 * the family", "demanded the families of the victims"): a direct quote
 * with that source, not a partial and an indirect item whose verb took
 * the quote for its object (object_not_source reads only "a"/"an").
 */
Test(attribution, a_stance_verb_inverted_with_its_subject_after_a_quote)
{
	const char *b = "\"We will appeal,\" vowed the lawyers for the "
	    "family.";
	const char *c = "\"We want answers,\" demanded the families of the "
	    "victims.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We will appeal,\"", 0, QUOTE_DIRECT, NULL,
	    "the lawyers for the family", 0, "vowed");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"We want answers,\"", 0, QUOTE_DIRECT, NULL,
	    "the families of the victims", 0, "demanded");
}

/* --- sentence bounds against a model --- */

/* Pieces of random bodies: every stop the searches know, the bytes a
 * stop must not be taken for (Å is C3 85; NEL is C2 85), abbreviations
 * and initials whose periods end no sentence, and closing marks. */
static const char *const at_pieces[] = {
	"word", " ", "  ", ".", ". ", "!", "?", "\n", "\r\n", "\xc2\x85",
	"\xc3\x85", "Mr. ", "U.S. ", "H. ", "\"", "\xe2\x80\x9d",
	"\xe2\x80\xa6", "\xe2\x80\xa6 ", "said", "Smith", ",", "a.m.",
};

/* The model of attribution_stop_back: the last line break (or, with
 * sentence, '.', '!' or '?') in [lo, p), one past it; or lo. */
static size_t
model_stop_back(const unsigned char *u, size_t lo, size_t p, int sentence)
{
	for (; p > lo; p--)
		if (u[p - 1] == '\n' || u[p - 1] == '\r' || (sentence &&
		    (u[p - 1] == '.' || u[p - 1] == '!' || u[p - 1] == '?')))
			return p;
	return lo;
}

/* The model of attribution_sentence_end: every byte tried in order.  Its
 * stops are the bytes of a line break and '.', '!' and '?': "…" ends no
 * sentence here, though text_word_is_sentence_end takes it. */
static size_t
model_sentence_end(const char *s, size_t len, size_t pos, size_t end)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t q;

	for (q = pos; q < end; q++) {
		if (u[q] == '\n' || u[q] == '\r')
			return q;
		if (u[q] == 0x85) {
			if (q > pos && u[q - 1] == 0xC2)
				return q - 1;
			continue;
		}
		if ((u[q] == '.' || u[q] == '!' || u[q] == '?') &&
		    text_word_is_sentence_end(s, len, q))
			return q + 1;
	}
	return end;
}

/*
 * The block searches give what a byte-at-a-time search gives, for every
 * window of random bodies: windows shorter than a block, ending inside
 * one, and a body whose first block is short (the search reads the
 * bytes of the block before lo and must drop them).
 */
Test(attribution, sentence_bounds_match_a_byte_model)
{
	char s[200];
	uint32_t seed = 1207;
	size_t tx, n, lo, p, pos, end;
	int sent;

	for (tx = 0; tx < 400; tx++) {
		n = th_random_text(s, sizeof(s), at_pieces,
		    sizeof(at_pieces) / sizeof(at_pieces[0]), &seed);
		for (lo = 0; lo <= n; lo += 1 + lo % 7)
			for (p = lo; p <= n; p++)
				for (sent = 0; sent <= 1; sent++)
					cr_assert_eq(attribution_stop_back(
					    (const unsigned char *)s, lo, p,
					    sent), model_stop_back(
					    (const unsigned char *)s, lo, p,
					    sent), "seed 1207 text %zu lo %zu "
					    "p %zu sentence %d", tx, lo, p,
					    sent);
		for (pos = 0; pos <= n; pos++)
			for (end = pos; end <= n; end += 1 + end % 5)
				cr_assert_eq(attribution_sentence_end(s, n,
				    pos, end), model_sentence_end(s, n, pos,
				    end), "seed 1207 text %zu pos %zu end %zu",
				    tx, pos, end);
	}
}

/*
 * A sentence starts just past the last stop that ends one (at the space
 * after a period, at the first byte after a line break): not past the
 * period of "Mr." or of an initial, and never before lo.
 */
Test(attribution, sentence_start_skips_abbreviations)
{
	const char *s = "He left. Then Mr. H. Smith said no.\nNext line";
	size_t len = strlen(s);

	cr_assert_eq(attribution_sentence_start(s, len, 0,
	    th_off(s, "said", 0)), th_off(s, " Then", 0));
	cr_assert_eq(attribution_sentence_start(s, len, 0,
	    th_off(s, "line", 0)), th_off(s, "Next", 0));
	cr_assert_eq(attribution_sentence_start(s, len, 0, 3), 0);
	cr_assert_eq(attribution_sentence_start(s, len, th_off(s, "Smith", 0),
	    th_off(s, "said", 0)), th_off(s, "Smith", 0));
	cr_assert_eq(attribution_sentence_end(s, len, 0, len),
	    th_off(s, " Then", 0));
	cr_assert_eq(attribution_sentence_end(s, len, th_off(s, "Then", 0),
	    len), th_off(s, "\nNext", 0));
}
