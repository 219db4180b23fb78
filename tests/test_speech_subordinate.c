/*
 * test_speech_subordinate.c — workers/extract/speech_subordinate.c: a
 * content inside a subordinate clause ends at the clause's comma, run
 * through the whole quote extractor.  speech_check.h holds the checks.
 */
#include "speech_check.h"

TestSuite(speech_subordinate, .fini = sp_fini);

Test(speech_subordinate, subordinate_clause_ends_the_content)
{
	const char *b = "After he said the plan would fail, the senators "
	    "left the room.";
	const char *c = "As he said, the plan will fail in the Senate.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the plan would fail", NULL, "he", "said");
	/* "as" opens no clause the content ends: it is after the comma */
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the plan will fail in the Senate", NULL, "he",
	    "said");
}
