/*
 * test_speech_handed.c — workers/extract/speech_handed.c: a sentence
 * that is only a direct quote and the attribution the quote pass read
 * after it hands its speaker on to the quotes after it (or takes
 * nothing), without the rules, run through the whole quote extractor.
 * speech_check.h holds the checks.
 */
#include "speech_check.h"

TestSuite(speech_handed, .fini = sp_fini);

/* A sentence that is only a direct quote and its attribution hands the
 * speaker on as reported speech does: the next paragraph's quote takes
 * it, where quotes.c's search back (wire_speaker) would stop at
 * "Nobody answered".  Read by the quote pass, not again by the rules. */
Test(speech_handed, quote_and_attribution_hand_the_speaker_on)
{
	const char *b = "\"We have pieces in place,\" Sen. Jack Reed added. "
	    "Nobody answered.\n\n"
	    "\"We need more of a coalition flying those missions.\"";

	cr_assert_eq(sp_run(b), 0);
	sp_check(b, "\"We need more of a coalition flying those missions.\"",
	    QUOTE_DIRECT, "Jack Reed", "Sen. Jack Reed", "added");
}

/* The same with plain words after the cue ("said Tuesday.", "said in a
 * statement."): the rules take nothing from them and hand the speaker
 * on. */
Test(speech_handed, quote_and_attribution_with_a_time_hand_the_speaker_on)
{
	const char *b = "\"We have pieces in place,\" Sen. Jack Reed said "
	    "in a statement on Tuesday. Nobody answered.\n\n"
	    "\"We need more of a coalition flying those missions.\"";

	cr_assert_eq(sp_run(b), 0);
	sp_check(b, "\"We need more of a coalition flying those missions.\"",
	    QUOTE_DIRECT, "Jack Reed", "Sen. Jack Reed", "said");
}

/* So with a cue that takes a preposition, when the words after it are
 * not its preposition ("tweeted about" is; "tweeted on Friday" is not):
 * the speaker the quote pass found is handed on. */
Test(speech_handed, quote_and_prepositional_cue_hand_the_speaker_on)
{
	const char *b = "\"We will build the wall,\" Donald Trump tweeted on "
	    "Friday. Nobody answered.\n\n\"Mexico will pay for it.\"";

	cr_assert_eq(sp_run(b), 0);
	sp_check(b, "\"Mexico will pay for it.\"", QUOTE_DIRECT,
	    "Donald Trump", "Donald Trump", "tweeted");
}

/* A direct quote and its attribution with the cue first: the rules take
 * nothing from the words after the name (an appositive, a relative
 * clause), and the quote keeps the speaker the quote pass gave it, as
 * does the next paragraph's.  Read by the quote pass, not again by the
 * rules. */
Test(speech_handed, quote_and_inverted_attribution_take_nothing)
{
	const char *b = "\"We will win this state,\" said Sen. Jack Reed, a "
	    "Democrat from Rhode Island who sits on the committee.\n\n"
	    "\"Nobody doubts it.\"";

	cr_assert_eq(sp_run(b), 0);
	sp_check(b, "\"We will win this state,\"", QUOTE_DIRECT, "Jack Reed",
	    "Sen. Jack Reed", "said");
	sp_check(b, "\"Nobody doubts it.\"", QUOTE_DIRECT, "Jack Reed",
	    "Sen. Jack Reed", "said");
}
