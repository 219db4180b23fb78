/*
 * test_speech_prep.c — workers/extract/speech_prep.c: contents that are
 * the object of a verb's fixed preposition ("talked about", "critical
 * of", "spoke out against") or of a light verb's phrase ("made clear",
 * "laid out", "points out").  A verb's own object is in
 * test_speech_object.c, a noun's preposition object in
 * test_speech_noun.c.
 */
#include "speech_check.h"

TestSuite(speech_prep, .fini = sp_fini);

Test(speech_prep, the_object_of_a_verbs_preposition_is_its_content)
{
	/* "talked about X", "railed against X", ", referring to X": the
	 * preposition's object (LX_PREPCUE pairs); "spoke to reporters"
	 * is no pair; after a direct quote "X said, referring to Y" the
	 * participle is no content of "said" */
	const char *b = "Obama talked about the economy at length. Trump "
	    "railed against the trade deal on Tuesday. She spoke to "
	    "reporters. \"The key was the timing,\" Mr. Hedge said, "
	    "referring to the two resorts. \"Is he running against the "
	    "party?\" asked Mr. Manafort, referring to the candidate's "
	    "assault on the process.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the economy at length", "Obama", "Obama",
	    "talked about");
	sp_indirect(b, "the trade deal", "Trump", "Trump", "railed against");
	sp_indirect(b, "the two resorts", "Hedge", "Mr. Hedge",
	    "referring to");
	sp_indirect(b, "the candidate's assault on the process", "Manafort",
	    "Mr. Manafort", "referring to");
}

Test(speech_prep, the_particle_out_may_stand_before_the_preposition)
{
	/* "spoke out against X", "lashed out at X": "out" (in public)
	 * between the verb and its preposition; "came out on top" is no
	 * pair */
	const char *b = "Davis lashed out at the GOP nominee. Sanders spoke "
	    "out against the trade deal. The team came out on top.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the GOP nominee", "Davis", "Davis", "lashed out at");
	sp_indirect(b, "the trade deal", "Sanders", "Sanders",
	    "spoke out against");
}

Test(speech_prep, a_verb_of_reacting_or_hinting_takes_the_object_of_at)
{
	/* scorn and resistance at a thing (bristle, balk, scoff, sneer,
	 * jab), hinting at it, and boasting of it as of about */
	const char *b = "Christie bristled at the suggestion that he was "
	    "responsible. Cruz hinted at a change of strategy. Trump has "
	    "boasted of his wealth.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the suggestion that he was responsible", "Christie",
	    "Christie", "bristled at");
	sp_indirect(b, "a change of strategy", "Cruz", "Cruz", "hinted at");
	sp_indirect(b, "his wealth", "Trump", "Trump", "boasted of");
}

Test(speech_prep, an_adjective_of_liking_takes_what_is_liked)
{
	/* happy, pleased, satisfied, impressed, frustrated... with or by,
	 * fond, tired, sick, leery... of: what the subject's liking or
	 * dislike is about; without its preposition the adjective is no
	 * cue ("a comfortable lead", "happy to help") */
	const char *b = "Clinton's camp was pleased with the outcome. Trump "
	    "was delighted by the resulting controversy. Some fans were not "
	    "fond of the casting. Sanders holds a comfortable lead in "
	    "Vermont. She was happy to help.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the outcome", "Clinton", "Clinton's camp",
	    "pleased with");
	sp_indirect(b, "the resulting controversy", "Trump", "Trump",
	    "delighted by");
	sp_indirect(b, "the casting", NULL, "Some fans", "fond of");
}

Test(speech_prep, a_graded_adjective_after_an_article_is_a_partitive)
{
	/* "The most critical of the reports": a comparative or a
	 * superlative after a determiner is a noun phrase, no attitude of
	 * a subject (review S3); after its copula it grades the attitude */
	const char *b = "The most critical of the reports came from the "
	    "Pentagon. A more skeptical of the two, Smith voted no. He is "
	    "most proud of the bill.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the bill", NULL, "He", "proud of");
}

Test(speech_prep, a_light_verb_takes_what_its_phrase_names)
{
	/* "made (it) clear", "took aim at", "weighed in on", "touched
	 * on": the verb's fixed phrase is the cue, the clause or object
	 * after it the content (a time before "that" is the verb's); not
	 * a passive ("were made clear"), not a phrase no speech names
	 * ("made a fortune", "took a walk") */
	const char *b = "Sanders made it clear Tuesday that he would stay "
	    "in the race. Cruz took aim at the front-runner on Tuesday. "
	    "Obama weighed in on the Supreme Court vacancy. The concerns "
	    "were made clear in the survey. Trump made a fortune in real "
	    "estate. Warren took a walk in the park. Kasich touched on the "
	    "budget.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "he would stay in the race", "Sanders", "Sanders",
	    "made it clear");
	sp_indirect(b, "the front-runner", "Cruz", "Cruz", "took aim at");
	sp_indirect(b, "the Supreme Court vacancy", "Obama", "Obama",
	    "weighed in on");
	sp_indirect(b, "the budget", "Kasich", "Kasich", "touched on");
}

Test(speech_prep, a_particle_verb_of_saying_or_judging_takes_its_object)
{
	/* the particle makes a verb of saying or judging aloud, its object
	 * the content (an object of one word too); the verb with another
	 * particle or none is no cue ("played a song"), and a verb of the
	 * kind with its own preposition still reads it ("talked about") */
	const char *b = "Trump laid out his plan for jobs. Clinton "
	    "brushed off the report's findings. Sanders talked about the "
	    "economy, and Warren talked up her record. Walker threw his "
	    "support behind Cruz. The band played a song and left.";

	cr_assert_eq(sp_run(b), 5);
	sp_indirect(b, "his plan for jobs", "Trump", "Trump",
	    "laid out");
	sp_indirect(b, "the report's findings", "Clinton", "Clinton",
	    "brushed off");
	sp_indirect(b, "the economy", "Sanders", "Sanders", "talked about");
	sp_indirect(b, "her record", "Warren", "Warren", "talked up");
	sp_indirect(b, "Cruz", "Walker", "Walker",
	    "threw his support behind");
}

Test(speech_prep, points_out_takes_a_that_clause)
{
	/* "points" is a cue only in its phrase, which a clause may follow
	 * ("pointed out that" is a cue's own) */
	const char *b = "The campaign points out that Sanders signed the "
	    "same agreement.";
	const char *c = "Clinton points out another bill.";

	cr_assert_eq(sp_run(b), 1);
	sp_check(b, "Sanders signed the same agreement", QUOTE_INDIRECT,
	    NULL, "The campaign", "points out");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "another bill", "Clinton", "Clinton", "points out");
}

/*
 * "point out" in an as-clause is a cue of saying, as "put it" is: the
 * clause after the as-clause's comma (or before it) is the content, not
 * the words after "out"; elsewhere it reads as before.
 */
Test(speech_prep, point_out_in_an_as_clause_is_a_cue_of_saying)
{
	const char *b = "As Smith points out, the plan failed to cut crime. "
	    "Taxes rose sharply last year, as the mayor pointed out.";
	const char *c = "Smith pointed out that the plan failed.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the plan failed to cut crime", "Smith", "Smith",
	    "points out");
	sp_indirect(b, "Taxes rose sharply last year", NULL, "the mayor",
	    "pointed out");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the plan failed", "Smith", "Smith", "pointed");
}

Test(speech_prep, a_topic_after_the_addressee_is_the_content)
{
	/* "talk to X about [Y]": the addressee in "to" stands between the
	 * verb and its topic's "about"; a time after "to" strands it (a
	 * relative's) and no item is taken */
	const char *b = "Trump talks to Megyn Kelly about bullying. Sanders is "
	    "talking to voters about health care. Tefft wrote to Mrs. "
	    "Clinton about a visit to Ukraine. The experts I spoke to this "
	    "week about the plans were wary.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "bullying", "Trump", "Trump", "talks");
	sp_indirect(b, "health care", "Sanders", "Sanders", "talking");
	sp_indirect(b, "a visit to Ukraine", "Tefft", "Tefft", "wrote");
}

Test(speech_prep, agree_and_disagree_on_take_what_is_settled)
{
	/* "agree on [X]", "disagree on [X]": correspond-36.1's "on" */
	const char *b = "The two camps agreed on creating a commission. Not "
	    "everyone agrees on who is a terrorist. Senator Smith disagrees "
	    "on the tax plan.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "creating a commission", NULL, "two camps",
	    "agreed on");
	sp_indirect(b, "who is a terrorist", NULL, "everyone", "agrees on");
	sp_indirect(b, "the tax plan", "Smith", "Senator Smith",
	    "disagrees on");
}

Test(speech_prep, verbs_of_desire_take_what_is_wanted_in_for)
{
	/* "hoping for [X]" (Desiring), "petitioned for [X]" (asking); the
	 * noun "hopes for" is no cue */
	const char *b = "Rubio is hoping for a shift in momentum. Many "
	    "voters yearn for an economic comeback. Delegates petitioned for "
	    "a rule change. The team's hopes for a title faded.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "a shift in momentum", "Rubio", "Rubio",
	    "hoping for");
	sp_indirect(b, "an economic comeback", NULL, "Many voters",
	    "yearn for");
	sp_indirect(b, "a rule change", "Delegates", "Delegates",
	    "petitioned for");
}

Test(speech_prep, about_before_a_measure_of_time_is_no_topic)
{
	/* "about" before a count of time or of times, a clock, "once a
	 * week" is the adverb of an approximation (review V4); "10 years
	 * of war", "once being poor" are topics */
	const char *b = "He talked to reporters about an hour after the "
	    "meeting. The president spoke to the nation about 9 p.m. on "
	    "Sunday. She spoke about 20 minutes after arriving. He wrote to "
	    "his mother about once a week.";
	const char *c = "He talked about 10 years of war in Afghanistan. "
	    "She talked about once being poor.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "10 years of war in Afghanistan", NULL, "He",
	    "talked about");
	sp_indirect(c, "once being poor", NULL, "She", "talked about");
}

Test(speech_prep, a_capitalised_time_after_the_preposition_is_no_object)
{
	/* "agreed on Tuesday to ...": the "on" is the time's, not the
	 * verb's preposition (review V6); a day's possessive is an object */
	const char *b = "The two sides agreed on Tuesday to a ceasefire.";
	const char *c = "He spoke of Tuesday's vote.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Tuesday's vote", NULL, "He", "spoke of");
}
