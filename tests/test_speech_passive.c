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
