/*
 * test_speech_furniture.c — workers/extract/speech_furniture.c: page
 * furniture on scraped pages (link lines, headings and lists between
 * and after the story's paragraphs, calls to the reader) reports no
 * speech, while the story's title, its deck and its hard-wrapped
 * sentences still do.
 */
#include "speech_check.h"

TestSuite(speech_furniture, .fini = sp_fini);

Test(speech_furniture, a_link_line_reports_no_speech)
{
	/* UPI's "RELATED" lines between paragraphs, and the labels
	 * "Related:" and "READ MORE:" of other outlets: links to other
	 * stories, whatever verb their headline has */
	const char *b = "Kim said the talks went well.\n\n"
	    "RELATED Athletes of North, South Korea show friendlier side "
	    "during Rio Olympics\n\n"
	    "Related: Trump says the wall will be built.\n\n"
	    "READ MORE: Pelosi says the House will vote\n\n"
	    "The talks will go on, Lee said.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the talks went well", "Kim", "Kim", "said");
	sp_indirect(b, "The talks will go on", "Lee", "Lee", "said");
	cr_assert(!sp_item_in(b, "RELATED Athletes"));
	cr_assert(!sp_item_in(b, "Related: Trump"));
	cr_assert(!sp_item_in(b, "READ MORE"));
}

Test(speech_furniture, a_heading_after_the_story_began_is_no_sentence)
{
	/* a line of its own with no stop, once a sentence has ended with
	 * one: a list of headlines under "Popular Now"; the title above
	 * the story still reports its speech (PolNeAR annotates titles) */
	const char *b = "Trump says tariffs will stay\n\n"
	    "WASHINGTON - The president spoke Monday. Smith said the bill "
	    "would pass.\n\nPopular Now\n\n"
	    "Biden says the economy is strong\n\n"
	    "Mayor vows to fix every pothole in the city\n\n";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "tariffs will stay", "Trump", "Trump", "says");
	sp_indirect(b, "the bill would pass", "Smith", "Smith", "said");
}

Test(speech_furniture, a_hard_wrapped_sentence_is_no_heading)
{
	/* a line broken inside a sentence has no blank line after it */
	const char *b = "Smith spoke on Monday.\nJones said the plan would "
	    "fail in the\nSenate next week.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the plan would fail in the", "Jones", "Jones",
	    "said");
}

Test(speech_furniture, a_call_to_the_reader_reports_no_speech)
{
	/* an imperative addressed to the reader: the page asks the reader
	 * to speak; no one has said anything */
	const char *b = "Smith said profits rose in the third quarter.\n\n"
	    "Please let us know if you're having issues with commenting.\n\n"
	    "Let us know what you think in the comments below.";
	/* a subject before the verb: no imperative */
	const char *c = "Voters tell us the economy matters most.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "profits rose in the third quarter", "Smith", "Smith",
	    "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the economy matters most", "Voters", "Voters", "tell");
}

Test(speech_furniture, a_list_of_headlines_reports_no_speech)
{
	/* entries on lines of their own with single breaks, indented
	 * bullets too: each line shaped as a heading, the next as well
	 * (the last one before the text's end) */
	const char *b = "Vote is close\n\nSmith said the vote was close. "
	    "The bill passed.\n\nLatest Headlines\n"
	    "Trump says tariffs will stay\n"
	    "Biden says the economy is strong\n\n"
	    "You May Also Like\n"
	    "  \xe2\x80\xa2 Pelosi vows to pass the bill this week\n"
	    "  \xe2\x80\xa2 Senator says the vote will be held on Friday\n";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the vote was close", "Smith", "Smith", "said");
}

Test(speech_furniture, a_quote_in_a_link_line_is_no_speech)
{
	/* another story's headline: its quote is no speech of this story
	 * (a partial, no speaker, as a subhead's); the same line in the
	 * title is the story's own headline */
	const char *b = "Vote is close\n\nSmith said the vote was close.\n\n"
	    "RELATED Trump: \"I will win the nomination easily this year\"\n\n"
	    "The bill passed.";
	const struct quote *q;

	cr_assert_eq(sp_run(b), 1);
	q = sp_at(th_off(b, "\"I will win", 0), QUOTE_PARTIAL);
	cr_assert_null(q->speaker.p);
}
