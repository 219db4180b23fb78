/*
 * test_speech_participle.c — workers/extract/speech_participle.c: the
 * subject of a participle cue (the clause it hangs from, past an adverb
 * or "before"; a gerund after "before"/"after" or another preposition;
 * the noun phrase of an absolute "with" phrase).  The maker of a
 * statement a participle follows is tested with the sources
 * (test_speech_source.c).
 */
#include "speech_check.h"

TestSuite(speech_participle, .fini = sp_fini);

Test(speech_participle, participle_cue_takes_the_clause_subject)
{
	const char *b = "Donald Trump defended New York values, saying the "
	    "city embodied the heart of America. Sanders won Minnesota, "
	    "adding Democratic strongholds.";

	/* "adding" with no "that" adds states, not words; "defended"
	 * is a stance verb with its own object */
	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "New York values", "Donald Trump", "Donald Trump",
	    "defended");
	sp_indirect(b, "the city embodied the heart of America",
	    "Donald Trump", "Donald Trump", "saying");
}

/*
 * A participle's subject is that of the main clause it hangs from: the
 * mention that opens the sentence's clause with a verb after it, past a
 * fronted phrase, not a name inside the clause's object; a clause after
 * "and" with a subject of its own takes over; after "A, X said," the
 * attribution's subject.
 */
Test(speech_participle, a_participle_hangs_from_the_main_clause_subject)
{
	const char *b = "Menendez also rejected the notion that Democrats "
	    "could walk away from the bill, arguing that the waivers were "
	    "fine.";
	const char *c = "In May, a federal judge sided with the Democrats, "
	    "saying the law was unfair to voters.";
	const char *d = "The rally went on for hours, and Clinton smiled, "
	    "saying she was ready for the fight.";
	const char *e = "The address will come this month, Mr. Manafort said, "
	    "adding that he would also hold rallies.";

	sp_run(b);
	sp_indirect(b, "the waivers were fine", "Menendez", "Menendez",
	    "arguing");
	sp_run(c);
	sp_indirect(c, "the law was unfair to voters", NULL,
	    "a federal judge", "saying");
	sp_run(d);
	sp_indirect(d, "she was ready for the fight", "Clinton", "Clinton",
	    "saying");
	sp_run(e);
	sp_indirect(e, "he would also hold rallies", "Manafort", "Mr. Manafort",
	    "adding");
}

/*
 * An adverb, a negation or "before"/"after" between a participle's comma
 * and the participle leave it hanging from the same clause: ", likely
 * referring to", ", not even suggesting", ", before insisting".
 */
Test(speech_participle, an_adverb_or_before_ahead_of_a_participle_keeps_its_subject)
{
	const char *b = "\u201cThis ad is horrific,\u201d Mary Kay Henry said, "
	    "likely referring to the first TV ad of the campaign.";
	const char *c = "There will be other voices, Mr. Ryan said, not even "
	    "suggesting the nominee could speak for the party.";
	const char *d = "\u201cThere\u2019s great danger,\u201d Trump told "
	    "reporters, before insisting he had a great relationship with "
	    "Latinos.";
	const char *e = "Trump has promised to build a wall, while also "
	    "suggesting that birthright citizenship should be abolished.";

	sp_run(b);
	sp_indirect(b, "the first TV ad of the campaign", "Mary Kay Henry",
	    "Mary Kay Henry", "referring to");
	sp_run(c);
	sp_indirect(c, "the nominee could speak for the party", "Ryan",
	    "Mr. Ryan", "suggesting");
	sp_run(d);
	sp_indirect(d, "he had a great relationship with Latinos", "Trump",
	    "Trump", "insisting");
	sp_run(e);
	sp_indirect(e, "birthright citizenship should be abolished", "Trump",
	    "Trump", "suggesting");
}

/*
 * A gerund after "before" or "after" with no comma has the subject of
 * the clause it ends, as a participle after a comma has; the gerund of a
 * cue right after a finite cue shares that cue's subject; a phrase that
 * opens the sentence after a measure of time has the subject after its
 * comma.
 */
Test(speech_participle, a_gerund_after_before_or_after_has_the_clause_subject)
{
	const char *b = "Sheppard presented a message about healing before "
	    "explaining why she stands behind Clinton.";
	const char *c = "\u201cYou don\u2019t win by states,\u201d Rubio "
	    "responded before adding that he will have to win some states "
	    "in March.";
	const char *d = "One month after announcing his support for Donald "
	    "Trump, Marco Rubio still believes it.";
	const char *e = "The senator left the room after the vote.";

	sp_run(b);
	sp_indirect(b, "why she stands behind Clinton", "Sheppard", "Sheppard",
	    "explaining");
	sp_run(c);
	sp_indirect(c, "he will have to win some states in March", "Rubio",
	    "Rubio", "adding");
	sp_run(d);
	sp_indirect(d, "his support for Donald Trump", "Marco Rubio",
	    "Marco Rubio", "announcing");
	cr_assert_eq(sp_run(e), 0);
}

/*
 * A gerund of saying, stance or intent after another preposition ("in",
 * "for", "of", ...) that no reader gave a subject has its clause's; not
 * a verb of thought alone, whose subject after a preposition is as
 * often anyone.
 */
Test(speech_participle, a_gerund_after_a_preposition_has_the_clause_subject)
{
	const char *b = "Rubio joined Democrats in writing an immigration "
	    "reform bill in 2013.";
	const char *c = "Smith made headlines for saying that the test was "
	    "rigged.";
	const char *d = "There is no way of knowing what he earns.";

	sp_run(b);
	sp_indirect(b, "an immigration reform bill in 2013", "Rubio", "Rubio",
	    "writing");
	sp_run(c);
	sp_indirect(c, "the test was rigged", "Smith", "Smith", "saying");
	cr_assert_eq(sp_run(d), 0);
}

/*
 * A gerund of saying, stance or intent after a verb of aspect ("began",
 * "stopped", "kept") is its clause's act, its subject the clause's.
 */
Test(speech_participle, a_gerund_after_a_verb_of_aspect_has_the_clause_subject)
{
	const char *b = "Senate Republicans have all but stopped confirming "
	    "his judicial picks.";
	const char *c = "Johnson kept asking her why the State Department "
	    "had tied the violence to protests.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "his judicial picks", "Republicans",
	    "Senate Republicans", "confirming");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "why the State Department had tied the violence to "
	    "protests", "Johnson", "Johnson", "asking");
}

Test(speech_participle, with_a_noun_phrase_and_a_participle_is_the_participles_subject)
{
	/* the absolute construction: "with" + a noun phrase + a
	 * participle */
	const char *b = "Many voters ignored the decision, with three in "
	    "10 saying a running mate would have no effect. The poll "
	    "improved his standing, with 30 percent of voters saying they "
	    "have a positive view of him.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "a running mate would have no effect", NULL,
	    "three in 10", "saying");
	sp_indirect(b, "they have a positive view of him", NULL,
	    "30 percent of voters", "saying");
}

/*
 * A participle after a direct quote whose cue comes before it, the
 * quote's comma inside its closing mark: the quote is the object of
 * that cue, and the participle hangs from the cue's clause as after
 * "said [X], adding".  A quote that opens the sentence has its
 * attribution after it and gives the participle no clause to hang from.
 */
Test(speech_participle, a_participle_after_a_quote_its_cue_opened)
{
	const char *b = "Smith said, \"We will win this race,\" adding that "
	    "the campaign had raised $2 million in May.";
	const char *c = "Mr. Trump told reporters, \u201cI don\u2019t like "
	    "it,\u201d noting that the bill would cut funding for schools.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the campaign had raised $2 million in May", "Smith",
	    "Smith", "adding");
	sp_run(c);
	sp_indirect(c, "the bill would cut funding for schools", "Trump",
	    "Mr. Trump", "noting");
}
