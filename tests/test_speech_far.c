/*
 * test_speech_far.c — workers/extract/speech_far.c: the subject of a
 * verb of speech far back in its clause (past a long subject, for a
 * verb coordinated in its clause, for an infinitive of saying, thought
 * or showing and not after a hedging adjective), run through the whole
 * quote extractor.  speech_check.h holds the checks.
 */
#include "speech_check.h"

TestSuite(speech_far, .fini = sp_fini);

Test(speech_far, say_after_a_subject_far_back_reports)
{
	const char *b = "Democrats trying to regain control of the Senate in "
	    "November say they have a powerful new weapon.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "they have a powerful new weapon", "Democrats",
	    "Democrats", "say");
}

Test(speech_far, coordinated_verb_takes_the_sentence_subject)
{
	const char *b = "Graham called both candidates crazy and said the "
	    "party is bound to lose in November. Some in the crowd booed, "
	    "and when the senator waved and said it was great to be home, "
	    "the band played.";

	/* "called X Y" is Graham's too (a stance verb's object); the cue
	 * past a comma takes its clause's subject (far back, none named
	 * here) and its content ends at the comma closing the "when"
	 * clause */
	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the party is bound to lose in November", "Graham",
	    "Graham", "said");
	sp_indirect(b, "it was great to be home", NULL, NULL, "said");
}

Test(speech_far, subject_far_back_in_its_clause)
{
	const char *b = "Debbie Walsh, director of the Center for American "
	    "Women and Politics at Rutgers University in New Brunswick, New "
	    "Jersey, said Clinton is poised to benefit.";
	const char *c = "Clinton celebrated in Florida with supporters, "
	    "declaring it a super Tuesday, and said it was another step "
	    "closer to winning.";
	const char *d = "\"That's Hillary Clinton,\" said the man who built his "
	    "career on his blue collar credentials.";
	const char *e = "I laughed and laughed for the first time in days.";

	/* an appositive too long for the mention readers */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Clinton is poised to benefit", "Debbie Walsh",
	    "Debbie Walsh", "said");
	/* a coordinated cue past commas (the participle before it takes
	 * its own clause) */
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "it a super Tuesday", "Clinton", "Clinton",
	    "declaring");
	sp_indirect(c, "it was another step closer to winning", "Clinton",
	    "Clinton", "said");
	/* an inverted subject after a closing mark is no clause */
	cr_assert_eq(sp_run(d), 0);
	/* a verb of speech before no clause */
	cr_assert_eq(sp_run(e), 0);
}

Test(speech_far, a_verb_of_saying_in_an_infinitive_has_its_clauses_subject)
{
	/* an infinitive of purpose or of the verb before it: the clause's
	 * first name or pronoun that no preposition or determiner governs
	 * is the source (not "a Bush event", not "with CNN") */
	const char *b = "Recently, Tom Emanuel of Laconia, N.H., stood at "
	    "a Bush event here to say he was leaning toward Mr. Trump. In "
	    "an interview with CNN, Hillary Clinton took to Twitter to say "
	    "she was pleased with the results.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "he was leaning toward Mr. Trump", "Tom Emanuel",
	    "Tom Emanuel", "say");
	sp_indirect(b, "she was pleased with the results", "Hillary Clinton",
	    "Hillary Clinton", "say");
}

Test(speech_far, a_verb_of_thought_or_showing_in_an_infinitive_too)
{
	/* a verb of speech with its preposition, of showing, of thought:
	 * the clause's subject holds the content as with "to say"; after
	 * the writer's hedge no one does */
	const char *b = "Brandon Darby will come on the program to talk "
	    "about the Southern border.";
	const char *c = "Cruz is increasingly trying to show that he is the "
	    "best alternative to Trump.";
	const char *d = "It is hard to know where donors will put their "
	    "money.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the Southern border", "Brandon Darby", "Brandon Darby",
	    "talk about");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "he is the best alternative to Trump", "Cruz", "Cruz",
	    "show");
	cr_assert_eq(sp_run(d), 0);
}

Test(speech_far, a_hedging_adjective_before_an_infinitive_of_saying)
{
	/* "too soon to say", "hard to say": the writer's hedge, no one
	 * reports */
	const char *b = "It is too soon to say whether her policies will "
	    "prove successful. How the race ends is hard to say now that "
	    "the polls have tightened.";

	cr_assert_eq(sp_run(b), 0);
}
