/*
 * test_speech_passive.c — workers/extract/speech_passive.c: a passive of
 * perception or naming with no agent ("is seen as [...]", "was known as
 * [...]") reports a view held by people left unnamed.
 */
#include "speech_check.h"

TestSuite(speech_passive, .fini = sp_fini);

/*
 * The object of "as" (or of "for" after "known") is the content, no
 * source named, the cue the participle and its preposition; not the
 * active verb ("I have seen the video"), not "seen for the first time",
 * and a relative clause set off by commas ends at its comma.
 */
Test(speech_passive, a_passive_view_reports_its_object)
{
	const char *b = "Mr. Sanders is widely seen as a threat to the "
	    "party.";
	const char *c = "She was best known for her work on trade.";
	const char *d = "Trump, who is seen as a stronger leader, hopes to "
	    "win.";
	const char *e = "I have seen the video. It was seen for the first "
	    "time in May.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "a threat to the party", NULL, NULL, "seen as");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "her work on trade", NULL, NULL, "known for");
	sp_run(d);
	sp_indirect(d, "a stronger leader", NULL, NULL, "seen as");
	cr_assert_eq(sp_run(e), 0);
}

/*
 * A verb of considering or naming in a passive with no "as": its
 * predicate right after the participle is the content, no source named,
 * the cue the participle; not a particle, a preposition or a time after
 * it ("was called off", "was called Tuesday"), nor "named", an
 * appointment as often.
 */
Test(speech_passive, a_passive_judgement_reports_its_reason)
{
	/* "criticized for", "blamed for": the reason of a judgement the
	 * passive leaves unnamed; not "criticized" before anything else */
	const char *b = "Sanders has been criticized for offering vague "
	    "responses.";
	const char *c = "Peacekeepers were blamed for introducing cholera "
	    "to Haiti.";
	const char *d = "The plan was criticized in May.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "offering vague responses", NULL, NULL,
	    "criticized for");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "introducing cholera to Haiti", NULL, NULL,
	    "blamed for");
	cr_assert_eq(sp_run(d), 0);
}

Test(speech_passive, a_passive_of_considering_or_naming_reports_its_predicate)
{
	const char *b = "The walk-off is considered one of the largest in "
	    "company history. Several emails were deemed classified. Pence "
	    "was also dubbed the debate winner.";
	const char *c = "The game was called off. The race was called "
	    "Tuesday. He was named the executive director.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "one of the largest in company history", NULL, NULL,
	    "considered");
	sp_indirect(b, "classified", NULL, NULL, "deemed");
	sp_indirect(b, "the debate winner", NULL, NULL, "dubbed");
	cr_assert_eq(sp_run(c), 0);
}

/*
 * The agent after "by" that ends the content is the viewer or namer:
 * the source, no part of the content (review S2 and R7: "[a threat by
 * the party]" with no source).  Not a measure, a means or a time ("by
 * far", "by a landslide", "by cutting taxes", "by 2030"), nor the "by"
 * of a participle inside the content ("a policy backed by the party").
 */
Test(speech_passive, the_agent_of_a_passive_view_is_its_source)
{
	const char *b = "Sanders is seen as a threat by the party. He was "
	    "called a liar by Trump on Monday. She was described as "
	    "brilliant by colleagues who worked with her.";
	const char *c = "He is considered the best by far. It is seen as a "
	    "policy backed by the party. It was seen as a way to win by "
	    "cutting taxes.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "a threat", NULL, "the party", "seen as");
	sp_indirect(b, "a liar", "Trump", "Trump", "called");
	sp_indirect(b, "brilliant", NULL, "colleagues", "described as");
	cr_assert_eq(sp_run(c), 3);
	sp_indirect(c, "the best by far", NULL, NULL, "considered");
	sp_indirect(c, "a policy backed by the party", NULL, NULL,
	    "seen as");
	sp_indirect(c, "a way to win by cutting taxes", NULL, NULL,
	    "seen as");
}

/*
 * "called" convenes and summons as often as it names: a counted time or
 * an adverb of place after the participle is no predicate (review S2).
 */
Test(speech_passive, a_time_or_a_place_after_called_is_no_predicate)
{
	const char *b = "The race was called hours after polls closed. A "
	    "snap election was called two weeks ago. The vote was called 10 "
	    "minutes later. The police were called home. A general strike "
	    "was called nationwide.";

	cr_assert_eq(sp_run(b), 0);
}

/* "for" and a length of time after a verb of judging is how long the
 * judging went on, not its reason ("He was mocked for years", "was
 * criticized for weeks over the plan"); a possessive's unit is a reason
 * ("praised for [his years of service]"; review T9). */
Test(speech_passive, a_length_of_time_is_no_judgement_s_reason)
{
	const char *b = "He was mocked for years.";
	const char *c = "She was criticized for two weeks over the plan.";
	const char *d = "He was praised for his years of service.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_run(c), 0);
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "his years of service", NULL, NULL, "praised for");
}

Test(speech_passive, a_charge_after_accused_of_is_the_content)
{
	/* "accused of", "suspected of": the charge, no source named; no
	 * object after "of" makes no item */
	const char *b = "Dylann Roof is accused of killing nine people "
	    "inside the church.";
	const char *c = "He was suspected of plotting murder.";
	const char *d = "How many assaults is he accused of?";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "killing nine people inside the church", NULL, NULL,
	    "accused of");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "plotting murder", NULL, NULL, "suspected of");
	cr_assert_eq(sp_run(d), 0);
}
