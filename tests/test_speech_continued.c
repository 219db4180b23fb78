/*
 * test_speech_continued.c — workers/extract/speech_continued.c: a
 * sentence with no cue that goes on in the speaker's quoted words after
 * speech in the sentence before it, run through the whole quote
 * extractor.  speech_check.h holds the checks.
 */
#include "speech_check.h"

TestSuite(speech_continued, .fini = sp_fini);

/* A sentence with no cue that goes on in the speaker's quoted words,
 * after a sentence of the same paragraph with a speaker: one item, that
 * speaker's, and the item made so may be the one before the next. */
Test(speech_continued, quoted_words_carry_on_the_speech_before)
{
	const char *b = "\"It's an enormous moment,\" said Steve Schmidt, a "
	    "strategist. Unless rivals quit the race, \"it's very difficult "
	    "to see how he is stopped.\" Instead, \"he just acts like a "
	    "defeated man.\"";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Unless rivals quit the race, \"it's very difficult "
	    "to see how he is stopped.\"", "Steve Schmidt", "Steve Schmidt",
	    "said");
	sp_check(b, "\"it's very difficult to see how he is stopped.\"",
	    QUOTE_PARTIAL, "Steve Schmidt", "Steve Schmidt", "said");
	sp_indirect(b, "Instead, \"he just acts like a defeated man.\"",
	    "Steve Schmidt", "Steve Schmidt", "said");
}

/* Not a scare quote or a title (fewer than four words), not a fragment
 * inside a clause of the narrator's (more than three words before it,
 * words after it), not across a paragraph break, not after a sentence
 * with no speech. */
Test(speech_continued, not_a_title_a_clause_a_new_paragraph)
{
	static const char *const bodies[] = {
	    "\"It's an enormous moment,\" said Steve Schmidt. The ad ran "
	    "on \"Saturday Night Live.\"",
	    "\"It's an enormous moment,\" said Steve Schmidt. The governor "
	    "and his aides met \"behind closed doors with the donors\" on "
	    "Friday.",
	    "\"It's an enormous moment,\" said Steve Schmidt.\nUnless "
	    "rivals quit, \"it's very difficult to see how he is stopped.\"",
	    "\"It's an enormous moment,\" said Steve Schmidt. The vote is "
	    "Friday. Unless rivals quit, \"it's very difficult to see how "
	    "he is stopped.\"",
	};
	size_t k;

	for (k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++)
		cr_assert_eq(sp_run(bodies[k]), 0, "[%s]", bodies[k]);
}

/* A fragment in Title Case names a thing (a film, a slogan, a group),
 * whatever its length: no one's speech carried on (review F1). */
Test(speech_continued, not_a_fragment_in_title_case)
{
	static const char *const bodies[] = {
	    "\"We will win,\" said Steve Schmidt. \"The Lord of the Rings\" "
	    "opened in cinemas on Friday.",
	    "\"We will win,\" said Steve Schmidt. The film \"The Lord of "
	    "the Rings\" opened on Friday.",
	    "\"It's an enormous moment,\" said Steve Schmidt. In fact, "
	    "Chatwal was the founder of \"Indian Americans for Hillary "
	    "2008.\"",
	};
	size_t k;

	for (k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++)
		cr_assert_eq(sp_run(bodies[k]), 0, "[%s]", bodies[k]);
}

/* Quoted words after a noun that names a text, a work or a sign are a
 * title or a label, whatever their case and the words before them: no
 * one's speech carried on (review F1, PolNeAR's guidelines: no title
 * quotes). */
Test(speech_continued, not_a_fragment_after_a_noun_naming_a_text)
{
	static const char *const bodies[] = {
	    "\"We will win,\" said Smith. The newspaper ran the headline "
	    "\"Smith to quit by Friday\".",
	    "\"We will win,\" said Smith. Protesters carried a banner "
	    "\u201cno more wars for oil anywhere\u201d.",
	    "\"We will win,\" said Smith. The slogan, \"we are the ones we "
	    "have waited for,\" was everywhere.",
	};
	size_t k;

	for (k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++)
		cr_assert_eq(sp_run(bodies[k]), 0, "[%s]", bodies[k]);
}
