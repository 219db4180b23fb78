/*
 * test_speech_title.c — workers/extract/speech_title.c: reported speech
 * in a Title Case headline with a verb of the lexicon.
 */
#include "speech_check.h"

TestSuite(speech_title, .fini = sp_fini);

Test(speech_title, a_title_case_headline_verb_takes_what_follows_it)
{
	/* a headline in Title Case, a line of its own: the words after its
	 * verb (past a preposition of the cue's, "Calls for") to an
	 * adjunct's word ("after") are the content, the words before it
	 * the source, past its adverbs and auxiliaries ("May Not Have");
	 * a passive ("Skewered By") and a plural noun before its own verb
	 * ("Tax Plans Would") are none; a line of prose is none */
	const char *b = "Conservative Icon Morton Blackwell Endorses Ted "
	    "Cruz.\n\nMike Pence Calls for Special Prosecutor after Report "
	    "Reveals Clinton Meetings.\n\nTrump May Not Have Suggested A "
	    "Muslim Registry.\n\nClinton Acceptance Speech Skewered By Carly "
	    "Fiorina.\n\nRepublican Tax Plans Would Cost A Fortune.\n\nNew "
	    "Polls Show Double-Digit Gaps.\n\nThe senator praised the plan "
	    "on Tuesday.";

	cr_assert_eq(sp_run(b), 5);
	/* a base form after a plural subject */
	sp_indirect(b, "Double-Digit Gaps", NULL, "New Polls", "Show");
	sp_indirect(b, "Ted Cruz", "Conservative Icon Morton Blackwell",
	    "Conservative Icon Morton Blackwell", "Endorses");
	sp_indirect(b, "Special Prosecutor", "Mike Pence", "Mike Pence",
	    "Calls for");
	sp_indirect(b, "A Muslim Registry", "Trump", "Trump", "Suggested");
	sp_indirect(b, "the plan", NULL, "The senator", "praised");
}
