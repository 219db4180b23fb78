/*
 * test_speech_object.c — workers/extract/speech_object.c: contents that
 * are a verb's object or complement: stance objects, naming verbs,
 * raising and hedging verbs.  A verb's preposition object and a light
 * verb's are in test_speech_prep.c, a noun's preposition object in
 * test_speech_noun.c, a quoted label after "as" in test_speech_label.c.
 */
#include "speech_check.h"

TestSuite(speech_object, .fini = sp_fini);

Test(speech_object, stance_verb_noun_phrase_object)
{
	const char *b = "Hillary Clinton criticized the angry rhetoric of "
	    "her rival, saying it divides the country. Warren praised the "
	    "plan and said nothing more.";

	cr_assert_eq(sp_run(b), 3);
	/* to the comma before the participle; "and" + a verb ends it */
	sp_indirect(b, "it divides the country", "Hillary Clinton",
	    "Hillary Clinton", "saying");
	sp_indirect(b, "the angry rhetoric of her rival", "Hillary Clinton",
	    "Hillary Clinton", "criticized");
	sp_indirect(b, "the plan", "Warren", "Warren", "praised");
}

Test(speech_object, a_demonstrative_that_is_a_stance_verbs_object)
{
	/* "that" before a stop, or before one noun and a stop, is the
	 * object or its determiner; before a clause it is the
	 * complementizer (no stance object) */
	const char *b = "Priebus rejected that idea.";
	const char *c = "Legislators have questioned that determination, "
	    "waging a campaign.";
	const char *d = "Trump rejected that claims were false.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "that idea", "Priebus", "Priebus", "rejected");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "that determination", "Legislators", "Legislators",
	    "questioned");
	cr_assert_eq(sp_run(d), 0);
}

Test(speech_object, stance_verb_infinitive_and_object_infinitive)
{
	const char *b = "The senator declined to say whether the plan was "
	    "legal. The administration also urged the industry to do more.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "to say whether the plan was legal", NULL,
	    "The senator", "declined");
	sp_indirect(b, "the industry to do more", NULL, "The administration",
	    "urged");
}

Test(speech_object, called_for_takes_what_follows_for)
{
	const char *b = "Donald Trump has called for a temporary ban on "
	    "Muslims entering the country.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "a temporary ban on Muslims entering the country",
	    "Donald Trump", "Donald Trump", "called");
}

Test(speech_object, a_fragment_opens_a_stance_or_preposition_object)
{
	/* the words the rules read leave quotes out: the fragment right
	 * after the verb (or its preposition) is the object's start; a
	 * comma inside its closing mark ends the object there */
	const char *b = "Trump continued to portray \"illegal\" immigrants "
	    "as violent criminals. It is strange that Romney would denounce "
	    "\"self-deportation,\" which is mild. Ohio Gov. John Kasich has "
	    "called for \"boots on the ground.\" Obama talked about "
	    "\"a politics of hope\" on Tuesday.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "\"illegal\" immigrants as violent criminals", "Trump",
	    "Trump", "portray");
	sp_indirect(b, "\"self-deportation,\"", "Romney", "Romney",
	    "denounce");
	sp_indirect(b, "\"boots on the ground.\"", "John Kasich",
	    "Ohio Gov. John Kasich", "called");
	sp_indirect(b, "\"a politics of hope\"", "Obama", "Obama",
	    "talked about");
	/* the fragment takes the object's speaker */
	sp_check(b, "\"illegal\"", QUOTE_PARTIAL, "Trump", "Trump", "portray");
}

Test(speech_object, stance_object_leaves_out_its_time)
{
	const char *b = "Senator Lindsey Graham endorsed Jeb Bush on "
	    "Tuesday.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Jeb Bush", "Lindsey Graham", "Senator Lindsey Graham",
	    "endorsed");
}

Test(speech_object, time_inside_the_object_or_infinitive_stays)
{
	/* a time after a preposition is the object's ("since January",
	 * "for October"); "earlier this year" whole; in an infinitive's
	 * clause the time is the clause's */
	const char *b = "The woman has reportedly been chatting with him "
	    "online since January 2015. Roberts welcomed the plans for "
	    "October. Kalanick appeared to capitulate in his battle with "
	    "Uber earlier this year. Growth is expected to rise to 2.9 "
	    "percent this year.";

	sp_run(b);
	sp_indirect(b, "been chatting with him online since January 2015",
	    NULL, NULL, "reportedly");
	sp_indirect(b, "the plans for October", "Roberts", "Roberts",
	    "welcomed");
	sp_indirect(b, "to capitulate in his battle with Uber earlier this "
	    "year", NULL, NULL, "appeared");
	sp_indirect(b, "to rise to 2.9 percent this year", NULL, NULL,
	    "expected");
}

Test(speech_object, a_time_after_a_possessive_stays_in_the_object)
{
	/* the possessive is the determiner of the noun the time modifies:
	 * no adjunct of the verb ("the party's July convention") */
	const char *b = "Sherman cited Clinton's September 2011 visit to the "
	    "United Nations. Trump agreed, referring to the party's July "
	    "convention.";

	sp_run(b);
	sp_indirect(b, "Clinton's September 2011 visit to the United "
	    "Nations", "Sherman", "Sherman", "cited");
	sp_indirect(b, "the party's July convention", "Trump", "Trump",
	    "referring to");
}

Test(speech_object, a_stance_in_a_subordinate_clause_ends_at_its_comma)
{
	const char *b = "Though she never mentioned Sanders by name, Clinton "
	    "cast her rival as a man of one issue. When Trump launched his "
	    "campaign by talking about the wall, his critics denounced him. "
	    "When they sought to counter his appeal to young, liberal and "
	    "black voters, they lost. Cruz, appearing after Clinton at the "
	    "forum, cited problems in the Middle East, China and elsewhere.";

	cr_assert_eq(sp_run(b), 5);
	sp_indirect(b, "Sanders by name", NULL, "she", "mentioned");
	sp_indirect(b, "the wall", "Trump", "Trump", "talking about");
	/* past the content, a subject of its own: a clause of its own */
	sp_indirect(b, "him", NULL, "his critics", "denounced");
	/* a list's commas are the object's, the clause's comma ends it */
	sp_indirect(b, "to counter his appeal to young, liberal and black "
	    "voters", NULL, "they", "sought");
	/* no subordinate clause: the comma before the cue closes the
	 * subject's participle */
	sp_indirect(b, "problems in the Middle East, China and elsewhere",
	    "Cruz", "Cruz", "cited");
}

Test(speech_object, a_hedge_a_clause_or_as_in_a_subordinate_clause_ends_at_its_comma)
{
	const char *b = "While the topic is not expected to surface in the "
	    "talks, China has become an issue. Paradis, who has been active "
	    "since the age of 25, says she identifies as an independent, "
	    "although she is registered as a Democrat. As Cruz attacked "
	    "Clinton, the crowd chanted.";

	cr_assert_eq(sp_run(b), 4);
	/* "as" opening the clause */
	sp_indirect(b, "Clinton", "Cruz", "Cruz", "attacked");
	sp_indirect(b, "the topic", NULL, NULL, "expected");
	sp_indirect(b, "to surface in the talks", NULL, NULL, "expected");
	/* the subordinator stands in the subject's relative clause, the
	 * comma before the cue closes it: the content runs on */
	sp_indirect(b, "she identifies as an independent, although she is "
	    "registered as a Democrat", "Paradis", "Paradis", "says");
}

Test(speech_object, particle_and_noun_of_stance_are_the_cues)
{
	/* "called out", "cried out for"; "expressed concern that/about" */
	const char *b = "Bush called out his rival Donald Trump for "
	    "alienating Hispanics. Voters cried out for a true outsider. Warren "
	    "expressed concern that the businessman was encouraging "
	    "violence. Smith voiced doubts about the closed primary.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "his rival Donald Trump for alienating Hispanics",
	    "Bush", "Bush", "called");
	sp_indirect(b, "a true outsider", "Voters", "Voters", "cried");
	sp_indirect(b, "the businessman was encouraging violence", "Warren",
	    "Warren", "expressed");
	sp_indirect(b, "the closed primary", "Smith", "Smith", "voiced");
}

Test(speech_object, noun_of_stance_keeps_its_modifiers_in_the_cue)
{
	/* a determiner and an adjective before the noun are the cue's
	 * ("expressed his firm belief that"); three words are a noun
	 * phrase the noun list does not vouch for */
	const char *b = "Putin expressed his firm belief that the treaty will "
	    "hold. Kim expressed confidence that talks would go on. Lee "
	    "expressed her very deep lasting concern that it fails.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the treaty will hold", "Putin", "Putin", "expressed");
	sp_indirect(b, "talks would go on", "Kim", "Kim", "expressed");
	sp_indirect(b, "her very deep lasting concern that it fails", "Lee",
	    "Lee", "expressed");
}

Test(speech_object, stance_object_keeps_its_including_list)
{
	/* ", including" lists the object's members; ", citing" is a
	 * participle of its own */
	const char *b = "Sanders criticized the trade deals, including NAFTA "
	    "and the TPP. Warren endorsed the bill, citing its savings.";

	sp_run(b);
	sp_indirect(b, "the trade deals, including NAFTA and the TPP",
	    "Sanders", "Sanders", "criticized");
	sp_indirect(b, "the bill", "Warren", "Warren", "endorsed");
}

Test(speech_object, passive_or_naming_stance_is_no_speech)
{
	/* the target of a passive is no source: it is the content, the
	 * agent after "by" the source (speech_source_passive_by); "a company
	 * called X" names; "declined" needs "to"; "his promise to" is a
	 * noun */
	const char *b = "Trump was criticized by his rivals. They paid a "
	    "company called Cambridge Analytica. Shares declined sharply. "
	    "He kept his oft-stated promise to build a wall.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Trump", NULL, "his rivals", "criticized");
}

Test(speech_object, naming_verb_after_a_noun_is_a_verb_with_a_pronoun_or_first)
{
	/* after a lower-case noun "called" is the sentence's verb when
	 * its object is a pronoun or the noun phrase opens the sentence;
	 * "a group called the Foundation" names */
	const char *b = "His surrogates called him a genius for his "
	    "strategies. The officials called the charges unsubstantiated. "
	    "They funded a group called the People Foundation.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "him a genius for his strategies", NULL,
	    "His surrogates", "called");
	sp_indirect(b, "the charges unsubstantiated", NULL, "The officials",
	    "called");
}

Test(speech_object, stance_participle_takes_the_clause_subject)
{
	/* ", citing X", ", calling X Y": the object of a stance verb's
	 * participle, spoken by the subject of the clause it hangs from */
	const char *b = "Warren endorsed the bill on Monday, citing its "
	    "savings for families. Trump attacked the judge, calling him a "
	    "hater of the campaign.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "its savings for families", "Warren", "Warren",
	    "citing");
	sp_indirect(b, "him a hater of the campaign", "Trump", "Trump",
	    "calling");
}

Test(speech_object, hedging_verb_attributes_subject_and_complement)
{
	const char *b = "In the past few days, the politician with the "
	    "outsized personality seemed to be shrinking in stature. Trump "
	    "is expected to deliver a victory speech tonight. Washington "
	    "appears weak before the offensive, which worries allies.";

	cr_assert_eq(sp_run(b), 6);
	/* two items each, no source named */
	sp_indirect(b, "the politician with the outsized personality", NULL,
	    NULL, "seemed");
	sp_indirect(b, "to be shrinking in stature", NULL, NULL, "seemed");
	sp_indirect(b, "Trump", NULL, NULL, "expected");
	sp_indirect(b, "to deliver a victory speech tonight", NULL, NULL,
	    "expected");
	sp_indirect(b, "Washington", NULL, NULL, "appears");
	/* "before the offensive" is the time of the hedge, not the
	 * complement's (speech_stance_end's time clause; PolNeAR's gold
	 * for the sentence this is cut from is "weak") */
	sp_indirect(b, "weak", NULL, NULL, "appears");
}

Test(speech_object, hedging_verb_in_its_plural_form_and_after_a_negation)
{
	/* "seem" and "appear" are the same hedges as "seems", "appears";
	 * a contracted negation is an auxiliary, no part of the subject */
	const char *b = "He lost. Investors seem to agree with the analysts. "
	    "The donors appear to have ties to the movement. Republicans "
	    "don't seem to take the argument seriously.";

	cr_assert_eq(sp_run(b), 6);
	sp_indirect(b, "Investors", NULL, NULL, "seem");
	sp_indirect(b, "to agree with the analysts", NULL, NULL, "seem");
	sp_indirect(b, "The donors", NULL, NULL, "appear");
	sp_indirect(b, "to have ties to the movement", NULL, NULL, "appear");
	sp_indirect(b, "Republicans", NULL, NULL, "seem");
	sp_indirect(b, "to take the argument seriously", NULL, NULL, "seem");
}

Test(speech_object, described_as_after_a_relative_object_takes_the_as_phrase)
{
	/* "which he describes as X": the object moved before the subject;
	 * the content is the phrase of "as" */
	const char *b = "He won in Florida, which Trump describes as his "
	    "second home. The sale was set for what Zimmerman described as "
	    "a piece of history.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "as his second home", "Trump", "Trump", "describes");
	sp_indirect(b, "as a piece of history", "Zimmerman", "Zimmerman",
	    "described");
	/* and the pronoun, the object described
	 * (speech_object_relative_naming) */
	sp_indirect(b, "which", "Trump", "Trump", "describes");
	sp_indirect(b, "what", "Zimmerman", "Zimmerman", "described");
}

/*
 * "which Mr. Trump called "a disgrace."": a naming verb whose object is
 * the relative pronoun before its subject; PolNeAR annotates the pronoun
 * (not its antecedent: guidelines, "Relative pronouns") and the name
 * given, here a quote, which the subject speaks (no second item over
 * it).  Not "what" after a verb of the lexicon: its content the phrase.
 */
Test(speech_object, a_naming_verb_after_a_relative_pronoun_reports_both)
{
	const char *b = "Bloomberg pegged him at $2.9 billion, which Mr. "
	    "Trump called \"a disgrace.\"";
	const char *c = "He took swipes at Rubio, who Trump dubbed \"the "
	    "little senator.\"";
	const char *d = "She criticized what she called a divisive message.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "which", "Trump", "Mr. Trump", "called");
	sp_check(b, "\"a disgrace.\"", QUOTE_DIRECT, "Trump", "Mr. Trump",
	    "called");
	(void)sp_run(c);
	sp_indirect(c, "who", "Trump", "Trump", "dubbed");
	sp_check(c, "\"the little senator.\"", QUOTE_DIRECT, "Trump",
	    "Trump", "dubbed");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "what she called a divisive message", NULL, "She",
	    "criticized");
}

/* "that" as the pronoun only with the quote the verb names: else it
 * opens a clause ("the fact that Trump called Cruz a liar"), and not
 * after a verb of the lexicon ("said that Trump called ...") */
Test(speech_object, a_naming_verb_after_a_relative_that_reports_both)
{
	const char *b = "He courted Russia, a country that Mitt Romney "
	    "called ''our No. 1 geopolitical foe.'' It was new.";
	const char *c = "It is a fact that Trump called Cruz a liar.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "that", "Mitt Romney", "Mitt Romney", "called");
	sp_check(b, "''our No. 1 geopolitical foe.''", QUOTE_DIRECT,
	    "Mitt Romney", "Mitt Romney", "called");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Cruz a liar", "Trump", "Trump", "called");
}

/* the relative pronoun before a cue's subject is a content of its own
 * (the guidelines' "Relative pronouns"), beside the clause the cue
 * takes or as its object; not a preposition's object, a circumstance
 * of the saying, nor "what" after a cue, the outer verb's content */
Test(speech_object, a_relative_pronoun_before_a_cue_subject_is_content)
{
	const char *b = "Clinton wants a tax on banks, which she said "
	    "Congress should pass.";
	const char *c = "Obama raised taxes on investment income, which "
	    "Clinton also supports.";
	const char *d = "That was what Sanders wanted to hear.";
	const char *e = "Clinton gave a speech in which she said the plan "
	    "would fail.";
	const char *f = "She said what she thought.";

	(void)sp_run(b);
	sp_indirect(b, "which", "Clinton", "she", "said");
	sp_indirect(b, "Congress should pass", "Clinton", "she", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "which", "Clinton", "Clinton", "supports");
	cr_assert_eq(sp_run(d), 2);
	sp_indirect(d, "what", "Sanders", "Sanders", "wanted");
	sp_indirect(d, "to hear", "Sanders", "Sanders", "wanted");
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "the plan would fail", "Clinton", "she", "said");
	cr_assert_eq(sp_run(f), 1);
	sp_indirect(f, "what she thought", NULL, "She", "said");
}

Test(speech_object, every_inflection_of_a_stance_verb_takes_its_object)
{
	/* "prefers", "proposing", "expressing" as "preferred", "proposed",
	 * "expressed" */
	const char *b = "Sanders prefers a single-payer system. The "
	    "administration scared the industry by proposing to scale back "
	    "the requirement.";

	sp_run(b);
	sp_indirect(b, "a single-payer system", "Sanders", "Sanders",
	    "prefers");
	sp_indirect(b, "to scale back the requirement", NULL,
	    "The administration", "proposing");
}

Test(speech_object, reportedly_hedges_subject_and_predicate)
{
	/* the adverb hedges as a raising verb does: the subject and the
	 * verb phrase after it, "-ing" and "been" included; a cue after it
	 * is the cue's ("reportedly said") */
	const char *b = "The FBI is reportedly making arrangements to "
	    "interview her. The woman has reportedly been chatting with him "
	    "for months. Smith reportedly said the plan would fail.";

	cr_assert_eq(sp_run(b), 5);
	sp_indirect(b, "The FBI", NULL, NULL, "reportedly");
	sp_indirect(b, "making arrangements to interview her", NULL, NULL,
	    "reportedly");
	sp_indirect(b, "The woman", NULL, NULL, "reportedly");
	sp_indirect(b, "been chatting with him for months", NULL, NULL,
	    "reportedly");
	sp_indirect(b, "the plan would fail", "Smith", "Smith", "said");
}

Test(speech_object, hedging_verb_needs_a_complement)
{
	/* a place after "appeared"; "expected" active; a pronoun subject
	 * is the actor, not hedged: only the complement */
	const char *b = "He appeared on Fox News. She expected a draw. "
	    "Later he seemed to indicate a change.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "to indicate a change", NULL, NULL, "seemed");
}

/*
 * A cue inside a phrase that a preposition opens at the sentence's start
 * ends its content at the phrase's comma, as one in a subordinate clause
 * does; a cue whose content follows that comma keeps it.
 */
Test(speech_object, a_stance_in_a_fronted_phrase_ends_at_its_comma)
{
	const char *b = "With Trump attacking the judge, Republicans were in "
	    "a bind.";
	const char *c = "In a letter that Quill wrote, Lazar is a devoted "
	    "father who was frustrated by his inability to find work.";

	sp_run(b);
	sp_indirect(b, "the judge", "Trump", "Trump", "attacking");
	sp_run(c);
	sp_indirect(c, "Lazar is a devoted father who was frustrated by his "
	    "inability to find work", "Quill", "Quill", "wrote");
}

Test(speech_object, a_naming_verb_after_and_is_coordinated_not_naming)
{
	/* "and called" is the clause's second verb; "a group called"
	 * still names */
	const char *b = "Carson took the stage in Baltimore and called the "
	    "political system rotten to the core. They funded a group "
	    "called the People Foundation.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the political system rotten to the core", "Carson",
	    "Carson", "called");
}

Test(speech_object, a_naming_verb_with_what_no_participle_takes_is_active)
{
	/* the naming participle is passive and takes the name only:
	 * "called for", "described" + an object, "calling" after a
	 * comma and "called" after an appositive are the subject's acts;
	 * "a group called", "described in" still name */
	const char *b = "In December, a group of rabbis called for a boycott "
	    "of his speech. In interviews, female donors described cascading "
	    "cultural changes. Trump defended the law, calling the seizure "
	    "of property a necessity. Beruff, a Scott ally, called Florida's "
	    "standards strong. They funded a group called the People "
	    "Foundation. The plan described in the report was dropped. "
	    "The reaction came from Obama, who called the nominee unfit to "
	    "serve.";

	cr_assert_eq(sp_run(b), 6);
	sp_indirect(b, "a boycott of his speech", NULL, "a group of rabbis",
	    "called");
	sp_indirect(b, "cascading cultural changes", NULL, "female donors",
	    "described");
	sp_indirect(b, "the seizure of property a necessity", "Trump", "Trump",
	    "calling");
	sp_indirect(b, "Florida's standards strong", "Beruff", "Beruff",
	    "called");
	sp_indirect(b, "the nominee unfit to serve", "Obama", "who",
	    "called");
}

/*
 * The -ing form of a naming verb is always active, after a noun too: the
 * naming participle is the passive "called" ("a company called X"), so
 * "a statement calling [the test a violation]", "a petition calling on
 * [candidates to ...]" and "are calling for [...]" are acts of speech.
 */
Test(speech_object, the_verbs_of_naming_take_an_object_and_its_name)
{
	/* labeled, branded, dubbed, termed, nicknamed report as called
	 * does; after a noun the participle names and is none */
	const char *b = "Meg Whitman labeled Mr. Trump \"unfit to be "
	    "president.\" Japan branded North Korea an outlaw nation. They "
	    "funded a group dubbed the People Foundation.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Mr. Trump \"unfit to be president.\"",
	    "Meg Whitman", "Meg Whitman", "labeled");
	sp_indirect(b, "North Korea an outlaw nation", "Japan", "Japan",
	    "branded");
}

Test(speech_object, a_naming_verbs_that_is_its_demonstrative_object)
{
	/* a verb of naming takes an object and its name, no clause:
	 * "that" after it is the demonstrative */
	const char *b = "Jeff Weaver called that \"beyond preposterous.\" "
	    "Many experts would call that wishful thinking.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "that \"beyond preposterous.\"", "Jeff Weaver",
	    "Jeff Weaver", "called");
	sp_indirect(b, "that wishful thinking", NULL, "Many experts", "call");
}

Test(speech_object, a_naming_verb_in_its_ing_form_after_a_noun_is_active)
{
	const char *b = "The Security Council issued a statement calling the "
	    "test a clear violation. Sanders started a petition this week "
	    "calling on Democratic candidates to support the wage. They "
	    "funded a group called the People Foundation.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the test a clear violation", NULL,
	    "The Security Council", "calling");
	sp_indirect(b, "Democratic candidates to support the wage", NULL,
	    "a petition", "calling");
}

Test(speech_object, a_stance_verb_past_the_content_with_a_subject_of_its_own_takes_its_object)
{
	/* after an item, a stance verb or a verb with its preposition
	 * past the content, whose subject is a name or a pronoun of its
	 * own, opens a clause of its own and takes its object; inside the
	 * content taken it does not */
	const char *b = "Rubio opposes same-sex marriage, but he urged "
	    "conservatives to obey the decision. While Clinton has railed "
	    "against the tax code, she has sought to protect breaks for "
	    "small firms.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "same-sex marriage", "Rubio", "Rubio", "opposes");
	sp_indirect(b, "conservatives to obey the decision", "Rubio", "he",
	    "urged");
	sp_indirect(b, "the tax code", "Clinton", "Clinton", "railed against");
	sp_indirect(b, "to protect breaks for small firms", "Clinton", "she",
	    "sought");
}

Test(speech_object, a_stance_verb_past_the_content_with_a_noun_phrase_of_its_own_takes_its_object)
{
	/* after an item, a stance verb past the content whose subject is a
	 * noun phrase of its own takes its object when its form is one no
	 * noun takes ("favored", "denounced": a verb, as for a cue with a
	 * clause) */
	const char *b = "Older voters favored Trump by 14 points, while "
	    "younger voters favored him by 37 points. Sanders praised the "
	    "ruling in March, but his critics denounced the plan as reckless.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "Trump by 14 points", NULL, "Older voters", "favored");
	sp_indirect(b, "him by 37 points", NULL, "younger voters", "favored");
	sp_indirect(b, "the ruling", "Sanders", "Sanders", "praised");
	sp_indirect(b, "the plan as reckless", NULL, "his critics",
	    "denounced");
}

Test(speech_object, a_present_stance_verb_after_a_relative_pronoun_set_off_by_a_comma_reports)
{
	/* "X, who wants [...]": the relative pronoun of a clause set off
	 * by a comma is a finite verb's subject and stands for the name;
	 * a restrictive relative's object ("economists who favor
	 * [consumption taxes]") ends before its main clause's verb, a cue
	 * here (a_restrictive_relative_clauses_who_and_its_object) */
	const char *b = "Trump, who wants to simplify the tax code, spoke on "
	    "Monday. So even economists who favor consumption taxes agree.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "to simplify the tax code", "Trump", "who", "wants");
	cr_assert(sp_item_in(b, "consumption taxes agree"));
	cr_assert_eq(sp_at(th_off(b, "consumption taxes", 0),
	    QUOTE_INDIRECT)->end, th_off(b, "consumption taxes", 0) +
	    strlen("consumption taxes"));
}

Test(speech_object, a_name_after_a_past_stance_verb_is_its_object)
{
	/* only verbs of saying invert their subject after the content
	 * ("..., said John Smith"): after "dismissed" a name is the
	 * object */
	const char *b = "Trump on Tuesday dismissed Walker as an ineffective "
	    "leader.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Walker as an ineffective leader", "Trump", "Trump",
	    "dismissed");
}

Test(speech_object, a_progressive_verb_of_stance_is_active)
{
	/* "is calling for", "are hoping to", "were criticizing": be before
	 * an -ing form is the progressive, no passive, and its subject
	 * stands before the auxiliary; the -ing forms of intent take an
	 * infinitive, also as a participle after a comma ("..., seeking
	 * to"); "was criticized" stays a passive: its subject is the
	 * content, the agent the source (speech_source_passive_by) */
	const char *b = "Clinton is calling for a no-fly zone in Syria. They "
	    "are hoping to win delegates in Michigan. Republicans were "
	    "criticizing the new rules. Bush went after Trump at the debate, "
	    "refusing to recant earlier remarks. The plan was criticized by "
	    "many.";

	cr_assert_eq(sp_run(b), 5);
	sp_indirect(b, "a no-fly zone in Syria", "Clinton", "Clinton",
	    "calling");
	sp_indirect(b, "to win delegates in Michigan", NULL, "They",
	    "hoping");
	sp_indirect(b, "the new rules", "Republicans", "Republicans",
	    "criticizing");
	sp_indirect(b, "to recant earlier remarks", "Bush", "Bush",
	    "refusing");
	sp_indirect(b, "The plan", NULL, "many", "criticized");
}

Test(speech_object, said_to_as_a_passive_hedges)
{
	/* "X is said to VP" hedges as "X is expected to": the subject and
	 * the infinitive, no source named; "He said to wait" is no
	 * passive */
	const char *b1 = "Some advisers are said to be urging the governor "
	    "to pay.";
	const char *b2 = "He said to wait for the vote.";

	cr_assert_eq(sp_run(b1), 2);
	sp_indirect(b1, "Some advisers", NULL, NULL, "said");
	sp_indirect(b1, "to be urging the governor to pay", NULL, NULL,
	    "said");
	cr_assert_eq(sp_run(b2), 0);
}

Test(speech_object, verbs_of_taking_sides_in_every_inflection_take_their_object)
{
	/* FrameNet's Taking_sides: "support" and "back" in every form are
	 * stance verbs, as "endorse" and "oppose" are; a base form after a
	 * noun phrase that is no plural subject heads that phrase ("his
	 * Republican support remains"), and an adverb particle that ends
	 * the clause makes another verb ("backed down") */
	const char *b = "Two-thirds support reducing the sentences. Rep. "
	    "Peter Welch is backing Sen. Bernie Sanders for president. The "
	    "union backed Clinton in March. His Republican support remains "
	    "strong, and the party eventually backed down.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "reducing the sentences", "Two-thirds", "Two-thirds",
	    "support");
	sp_indirect(b, "Sen. Bernie Sanders for president", "Peter Welch",
	    "Rep. Peter Welch", "backing");
	sp_indirect(b, "Clinton", NULL, "The union", "backed");
}

Test(speech_object, the_base_forms_of_call_thank_warn_and_worry_report_as_their_other_forms)
{
	/* the lemma's class holds for all its forms: "call" as "calls"
	 * and "called" (stance, "call on"), "thank" as "thanked", "warn
	 * of" and "worry about" as "warns of" and "worries about" */
	const char *b = "Critics call it the enforcement of political "
	    "correctness. Top Democrats call on him to quit the race. "
	    "Economists worry about the deficit. Officials warn of a long "
	    "recovery. We thank the voters for their patience.";

	cr_assert_eq(sp_run(b), 5);
	sp_indirect(b, "it the enforcement of political correctness",
	    "Critics", "Critics", "call");
	sp_indirect(b, "him to quit the race", "Top Democrats",
	    "Top Democrats", "call");
	sp_indirect(b, "the deficit", "Economists", "Economists",
	    "worry about");
	sp_indirect(b, "a long recovery", "Officials", "Officials",
	    "warn of");
	sp_indirect(b, "the voters for their patience", NULL, "We", "thank");
}

Test(speech_object, verbs_of_expecting_and_predicting_take_a_noun_phrase_object)
{
	/* FrameNet's Expectation and Predicting: what a cognizer expects
	 * or predicts may be a noun phrase as well as a clause */
	const char *b = "Analysts are expecting a big deal this year. The "
	    "polls did predict the Democratic caucus. Many Democrats can "
	    "envision themselves running.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "a big deal this year", "Analysts", "Analysts",
	    "expecting");
	sp_indirect(b, "the Democratic caucus", NULL, "The polls", "predict");
	sp_indirect(b, "themselves running", "Democrats", "Many Democrats",
	    "envision");
}

Test(speech_object, cast_reports_only_with_as_after_its_object)
{
	/* FrameNet's Categorization: "cast X as Y" says what X is, as
	 * "portray" and "depict" do; without "as" after the object it is
	 * voting or throwing ("cast their ballots", "cast doubt on") */
	const char *b = "Sanders has cast the Clintons as part of the "
	    "establishment. Cruz spoke in Iowa, casting him as a false "
	    "conservative. Hundreds cast their ballots early.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the Clintons as part of the establishment", "Sanders",
	    "Sanders", "cast");
	sp_indirect(b, "him as a false conservative", "Cruz", "Cruz",
	    "casting");
}

Test(speech_object, identify_x_as_y_reports_as_cast_does)
{
	/* "identify X as Y" categorizes as "cast X as Y" does; without
	 * "as" after the object it names no category ("identified the
	 * specific platforms") */
	const char *b = "The Sanders camp has identified her Wall Street ties "
	    "as a weakness. Officials identified the specific platforms.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "her Wall Street ties as a weakness", NULL,
	    "The Sanders camp", "identified");
}

Test(speech_object, a_noun_of_place_after_and_goes_on_with_the_object)
{
	const char *b = "Warren criticized him for not helping candidates "
	    "for federal and state offices.";

	/* "state" is a cue only before "that" or after a pronoun */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "him for not helping candidates for federal and state "
	    "offices", "Warren", "Warren", "criticized");
}

Test(speech_object, a_restrictive_relative_clauses_who_and_its_object)
{
	/* "who" with no comma before it: a verb follows, never a noun
	 * ("support", "see", "want" are nouns as often after other
	 * subjects); the object ends before the verb of the clause the
	 * relative clause is in (a form of be, an auxiliary, a cue) or at
	 * a comma */
	const char *b = "More than half of the respondents who support "
	    "Sanders are in college.";
	const char *c = "Republicans are not the only ones who see a glass "
	    "half empty.";
	const char *d = "Those who want a new trial said the ruling was "
	    "unfair.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Sanders", NULL, "who", "support");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "a glass half empty", NULL, "who", "see");
	sp_run(d);
	sp_indirect(d, "a new trial", NULL, "who", "want");
}

Test(speech_object, a_passive_of_asking_reports_what_was_asked)
{
	/* "was asked to", "were asked who": what was asked, no source
	 * named; the subject is no item (PolNeAR marks it as often as
	 * not); "asked by" names the asker (speech_ask_by) */
	const char *b = "The debate ran long. Marco Rubio was asked to name "
	    "a single legislative achievement. When voters were asked who "
	    "would bring change to Washington, Trump won.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "to name a single legislative achievement", NULL,
	    NULL, "asked");
	sp_indirect(b, "who would bring change to Washington", NULL, NULL,
	    "asked");
}

/* A time word or a particle after a demonstrative "that" is no noun of
 * it: the object is "that" alone, as it is before a comma ("announced
 * [that] today", "rejected [that], too"); "backed that up" is no stance
 * (review T8). */
Test(speech_object, a_demonstrative_that_takes_no_time_word_or_particle)
{
	const char *b = "The company announced that today.";
	const char *c = "Sanders rejected that, too.";
	const char *d = "They backed that up.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "that", NULL, "The company", "announced");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "that", "Sanders", "Sanders", "rejected");
	cr_assert_eq(sp_run(d), 0);
}

/* A stance verb in an infinitive or a gerund after a preposition is a
 * verb, never the noun a bare base form can be: its noun-phrase object
 * is its content, its clause's subject the source (speech_far_subject);
 * "see" with a noun phrase is seeing, no view held, and the sourcing
 * formula's "anonymity/authorized to discuss" no view either. */
Test(speech_object, a_nonfinite_stance_verb_takes_its_object)
{
	const char *b = "Trump also attempted to portray a potential Clinton "
	    "presidency as an extension of the Obama administration.";
	const char *c = "Clinton has spent most of her time in California "
	    "without mentioning Sanders.";
	const char *d = "Voters came to see Mitt Romney accept the nomination.";
	const char *e = "Two officials spoke on condition of anonymity to "
	    "discuss the private meeting.";
	const char *f = "They were not authorized to discuss the inquiry.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "a potential Clinton presidency as an extension of the "
	    "Obama administration", "Trump", "Trump", "portray");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Sanders", "Clinton", "Clinton", "mentioning");
	cr_assert_eq(sp_run(d), 0);
	cr_assert_eq(sp_run(e), 0);
	cr_assert_eq(sp_run(f), 0);
}

/*
 * A non-finite stance verb that hangs from a noun phrase opening its
 * clause (the clause's subject: a determiner or a possessor before the
 * noun, or a plural noun opening the sentence) takes no object: it
 * would run on into the main verb (review U2: each was an item,
 * [Smith surprised many], [the law have failed] with speaker
 * "Efforts").  After a verb the noun phrase is an object and the
 * infinitive keeps its item.
 */
Test(speech_object, a_nonfinite_stance_verb_in_the_subject_takes_nothing)
{
	static const char *const bodies[] = {
	    "The move to endorse Smith surprised many.",
	    "Her refusal to support the bill angered party leaders.",
	    "Efforts to criticize the law have failed.",
	    "Mr. Ban's record on promoting women's leadership has been "
	    "mixed.",
	    "At noon, the plan to attack Iran was leaked to the press.",
	    "The decision to stop praising the king surprised many.",
	};
	const char *b = "He used the speech to attack Obama.";
	size_t k;

	for (k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++)
		cr_assert_eq(sp_run(bodies[k]), 0, "[%s]", bodies[k]);
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Obama", NULL, "He", "attack");
}

/*
 * A naming verb whose object is a relative pronoun set off by a comma
 * ends its name at the clause's comma, as a relative subject's clause
 * does ("Hoff, who declined [to comment], left"): "The dog, which Smith
 * called [Rex], ran away" (was [Rex, ran away]).
 */
Test(speech_object, a_relative_object_s_clause_ends_at_its_comma)
{
	const char *b = "The dog, which Smith called Rex, ran away.";
	const char *c = "The plan, which Trump described as a disaster, "
	    "failed.";

	sp_run(b);
	sp_indirect(b, "Rex", "Smith", "Smith", "called");
	cr_assert(!sp_item_in(b, "ran away"));
	sp_run(c);
	sp_indirect(c, "as a disaster", "Trump", "Trump", "described");
	cr_assert(!sp_item_in(c, "failed"));
}

