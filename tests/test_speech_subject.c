/*
 * test_speech_subject.c — workers/extract/speech_subject.c: the subject
 * of a cue (bare nouns, relative pronouns, appositives, quantifiers,
 * coordinated verbs) and the speaker it resolves to.  A subject far back
 * in its clause is in test_speech_far.c, a participle's in
 * test_speech_participle.c.
 */
#include "speech_check.h"

TestSuite(speech_subject, .fini = sp_fini);

Test(speech_subject, bare_noun_subject_said)
{
	const char *b = "Twenty-four percent of Democratic voters said they "
	    "were more likely to vote for him. Sanders' aides say their "
	    "campaign has no desire to fight.";

	cr_assert_eq(sp_run(b), 2);
	/* the noun phrase is the mention, back to its first word */
	sp_indirect(b, "they were more likely to vote for him", NULL,
	    "Twenty-four percent of Democratic voters", "said");
	sp_indirect(b, "their campaign has no desire to fight", NULL,
	    "Sanders' aides", "say");
}

Test(speech_subject, bare_noun_before_a_noun_cue_is_no_subject)
{
	/* "states", "pledged": nouns and participles after a noun */
	const char *b = "Democrats from coal states dug in against the "
	    "bill. There are 4,051 pledged delegates allocated based on "
	    "results.";

	cr_assert_eq(sp_run(b), 0);
}

Test(speech_subject, relative_pronoun_subject_speaks_for_its_name)
{
	const char *b = "Charles Barkley, who said he typically votes "
	    "Democratic, likes one candidate.";

	cr_assert_eq(sp_run(b), 1);
	/* the mention is "who", the speaker the name it stands for */
	sp_indirect(b, "he typically votes Democratic", "Charles Barkley",
	    "who", "said");
}

Test(speech_subject, fronted_adverbial_before_the_subject_is_no_content)
{
	/* "Hours later, X said CLAUSE": the comma closes an adverbial, the
	 * clause after the cue is what was said; a closer after the cue
	 * ("a day later", "told the crowd") still makes "CLAUSE, X said" */
	const char *b = "Hours later, Intel said the event was canceled. "
	    "On Monday, Smith told reporters they would win the race. The "
	    "plan will fail in the Senate, Jones said a day later. The vote "
	    "was never close, Brown told the crowd.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the event was canceled", "Intel", "Intel", "said");
	sp_indirect(b, "they would win the race", "Smith", "Smith", "told");
	sp_indirect(b, "The plan will fail in the Senate", "Jones", "Jones",
	    "said");
	sp_indirect(b, "The vote was never close", "Brown", "Brown", "told");
}

Test(speech_subject, a_name_in_apposition_to_a_nominal_subject_speaks)
{
	/* "NOMINAL, NAME, said": the name is the appositive; the mention
	 * is the whole subject, and a clause before it ends at its comma */
	const char *b = "A Twitter spokesman, Christopher Abboud, said on "
	    "Saturday that there were a million tweets. Sanders remains "
	    "committed to the race, his top aide, Tad Devine, told "
	    "reporters.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "there were a million tweets", "Christopher Abboud",
	    "A Twitter spokesman, Christopher Abboud", "said");
	sp_indirect(b, "Sanders remains committed to the race", "Tad Devine",
	    "his top aide, Tad Devine", "told");
}

Test(speech_subject, relative_pronoun_before_the_subject_and_the_predicate)
{
	/* "which she said was a mistake": the pronoun and the predicate
	 * after the cue are two contents; a relative clause set off by a
	 * comma ends at its comma */
	const char *b = "The Iraq war vote, which Clinton has repeatedly said "
	    "was a mistake, hurt her in 2008. Tehran freed them, displaying "
	    "what many analysts said was a sign of better relations.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "which", "Clinton", "Clinton", "said");
	sp_indirect(b, "was a mistake", "Clinton", "Clinton", "said");
	sp_indirect(b, "what", NULL, "many analysts", "said");
	sp_indirect(b, "was a sign of better relations", NULL,
	    "many analysts", "said");
}

Test(speech_subject, a_verb_coordinated_with_an_items_cue_has_its_source)
{
	/* "X said A, and suggested that B", "refused to answer but said
	 * B", "criticized A and said B": the second verb's source is the
	 * first item's, a stance verb's object included */
	const char *b = "On Thursday, Paul Ryan said he was not ready to "
	    "support the nominee, and suggested that the nominee needs to "
	    "unify the party. The spokesman refused to answer questions but "
	    "said there was no meeting planned. Graham urged Republicans to "
	    "join him and criticized the party's lack of awareness.";

	cr_assert_eq(sp_run(b), 6);
	sp_indirect(b, "he was not ready to support the nominee", "Paul Ryan",
	    "Paul Ryan", "said");
	sp_indirect(b, "the nominee needs to unify the party", "Paul Ryan",
	    "Paul Ryan", "suggested");
	sp_indirect(b, "there was no meeting planned", NULL, "The spokesman",
	    "said");
	sp_indirect(b, "the party's lack of awareness", "Graham", "Graham",
	    "criticized");
}

Test(speech_subject, a_past_verb_after_the_comma_ending_an_item_has_its_source)
{
	/* ", mocked the Republican Party": a stance's object ended at the
	 * comma before the next act of the same subject, with no
	 * conjunction; the verb takes the first item's source */
	const char *b = "Biden defended Bernie Sanders as a mainstream "
	    "candidate, mocked the Republican Party and its leading "
	    "contenders.";
	/* a subject of its own still speaks: "he, once again, pledged" */
	const char *c = "Sanders pledged to enact judicial reform, fix our "
	    "system and he, once again, pledged a political revolution.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Bernie Sanders as a mainstream candidate", "Biden",
	    "Biden", "defended");
	sp_indirect(b, "the Republican Party and its leading contenders",
	    "Biden", "Biden", "mocked");
	sp_run(c);
	sp_indirect(c, "a political revolution", "Sanders", "he", "pledged");
}

Test(speech_subject, a_nominal_before_a_relative_clause_is_the_subject)
{
	/* "A White House official, who requested anonymity, said": the
	 * relative clause is an appositive of the nominal subject */
	const char *b = "A White House official, who requested anonymity to "
	    "discuss a private conversation, said the president has spoken "
	    "with the mayor.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the president has spoken with the mayor", NULL,
	    "A White House official", "said");
}

Test(speech_subject, a_quantifier_stands_for_people_as_subject)
{
	/* "Some said", "Many fear", "others argue": a quantifier before a
	 * verb's form is its subject (no source named); "some reports"
	 * is a noun phrase, no quantifier subject: the nominal is the
	 * mention, a document's noun its head) */
	const char *b = "In Iowa, some said they have cringed at the "
	    "comparison. Many fear the plan will feed insecurity in the "
	    "region. Some reports say the plan failed.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the plan failed", NULL, "Some reports", "say");
	sp_indirect(b, "they have cringed at the comparison", NULL, "some",
	    "said");
	sp_indirect(b, "the plan will feed insecurity in the region", NULL,
	    "Many", "fear");
}

/*
 * A time phrase between a subject and its verb is the verb's adjunct, no
 * subject: "at the time", "in the past", "in 2010", "on Tuesday".
 */
Test(speech_subject, a_time_between_subject_and_verb_is_no_subject)
{
	const char *b = "Trump at the time said he would look into the "
	    "matter.";
	const char *c = "Senator Ann Moss in 2010 said the plan would fail.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "he would look into the matter", "Trump", "Trump",
	    "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the plan would fail", "Ann Moss", "Senator Ann Moss",
	    "said");
}

Test(speech_subject, sentence_opener_is_no_subject)
{
	/* "After", "However", "In" open the sentence: a fronted
	 * participle's subject follows the clause's comma (past a relative
	 * clause); an adverb's comma leaves the clause's subject; a name
	 * run keeps no opener ("After John Smith said") */
	const char *b = "After thanking the raucous crowd, which chanted her "
	    "name, Clinton said it was a good night. However, she held her "
	    "fire on Ben Carson, calling him a nice man. In rejecting a similar "
	    "challenge, the commission cited the law. After John Smith said "
	    "the vote was fair, the count resumed.";

	sp_run(b);
	sp_indirect(b, "the raucous crowd", "Clinton", "Clinton", "thanking");
	sp_indirect(b, "him a nice man", "Clinton", "she", "calling");
	sp_indirect(b, "a similar challenge", NULL, "the commission",
	    "rejecting");
	sp_indirect(b, "the vote was fair", "John Smith", "John Smith",
	    "said");
}

Test(speech_subject, subject_before_a_parenthesis_or_a_long_appositive)
{
	const char *b = "Sen. Elizabeth Warren (D-MA) said the candidate "
	    "was a failure in business. Marley Anderson, 21, a junior from "
	    "Las Vegas, said she turned out to support Sanders.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the candidate was a failure in business",
	    "Elizabeth Warren", "Sen. Elizabeth Warren", "said");
	sp_indirect(b, "she turned out to support Sanders", "Marley Anderson",
	    "Marley Anderson", "said");
}

Test(speech_subject, adverb_or_modal_between_subject_and_cue)
{
	const char *b = "Seventy-two percent now believe he could win the "
	    "election. Obama never said the deal was perfect.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "he could win the election", NULL,
	    "Seventy-two percent", "believe");
	sp_indirect(b, "the deal was perfect", "Obama", "Obama", "said");
}

Test(speech_subject, present_stance_verb_after_a_nominal_or_bare_subject)
{
	const char *b = "The group plans to run ads during the next debate. "
	    "In South Florida, developers see golf courses as wasted space. "
	    "Her plans to build a wall fell away.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "to run ads during the next debate", NULL,
	    "The group", "plans");
	sp_indirect(b, "golf courses as wasted space", NULL, "developers",
	    "see");
}

Test(speech_subject, past_stance_verb_has_its_subject_far_back_in_its_clause)
{
	/* an appositive or a time between the subject and the verb;
	 * "backed by" is a participle, no verb of the sentence */
	const char *b = "Minyon Moore, a senior adviser to the Clinton "
	    "campaign, criticized the remarks as a disgrace. Gov. Mike Pence "
	    "on Thursday blamed the media for the story. The bill, backed by "
	    "the unions, passed.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the remarks as a disgrace", "Minyon Moore",
	    "Minyon Moore", "criticized");
	sp_indirect(b, "the media for the story", "Mike Pence",
	    "Gov. Mike Pence", "blamed");
}

Test(speech_subject, a_present_verb_coordinated_in_its_clause_has_its_subject)
{
	/* "and dismisses" after a fronted adverbial: the clause's
	 * subject; "interviews and tweets," is a list of nouns */
	const char *b = "Publicly, Trump feuds with his party's "
	    "biggest stars and dismisses the standard strategic approaches. "
	    "In TV interviews and tweets, Cruz has argued the process is "
	    "rigged.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the standard strategic approaches", "Trump",
	    "Trump", "dismisses");
	sp_indirect(b, "the process is rigged", "Cruz", "Cruz", "argued");
}

Test(speech_subject, participles_coordinated_with_each_other_share_their_subject)
{
	/* "V-ing X and V-ing Y": the second participle is the first's
	 * subject's act too */
	const char *b = "She moved to the left, criticizing the Keystone XL "
	    "pipeline and calling for prohibitions on oil drilling. Biden "
	    "campaigned for Clinton, trashing Trump as unqualified and "
	    "accusing him of endangering the troops.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the Keystone XL pipeline", NULL, "She", "criticizing");
	sp_indirect(b, "prohibitions on oil drilling", NULL, "She", "calling");
	sp_indirect(b, "Trump as unqualified", "Biden", "Biden", "trashing");
	sp_indirect(b, "him of endangering the troops", "Biden", "Biden",
	    "accusing");
}

Test(speech_subject, a_verb_after_an_auxiliary_has_the_bare_noun_as_subject)
{
	/* no noun follows an auxiliary: "are expecting", "will seek" are
	 * verbs and the bare noun phrase before them their subject */
	const char *b = "Florida elections officials are expecting a record "
	    "turnout of more than 4 million voters. Big investors will seek "
	    "to get out ahead of this.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "a record turnout of more than 4 million voters", NULL,
	    "Florida elections officials", "expecting");
	sp_indirect(b, "to get out ahead of this", NULL, "Big investors",
	    "seek");
}

Test(speech_subject, a_base_verb_after_a_plural_noun_and_an_adverb_reports)
{
	/* an adverb stands before a verb, not inside a noun compound */
	const char *b = "Democratic politicians typically oppose taxing "
	    "consumption on fairness grounds.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "taxing consumption on fairness grounds", NULL,
	    "Democratic politicians", "oppose");
}

Test(speech_subject, a_quantifier_with_a_verb_that_agrees_is_its_subject)
{
	/* "most oppose", "everyone knows": the verb agrees with the
	 * quantifier; "Some claims" is a determiner and its noun */
	const char *b = "Republicans are more divided, although most oppose "
	    "the plan. Everyone knows how Clinton caused this mess. Some "
	    "claims were false.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the plan", NULL, "most", "oppose");
	sp_indirect(b, "how Clinton caused this mess", NULL, "Everyone",
	    "knows");
}

Test(speech_subject, a_contracted_negation_is_an_auxiliary_and_not)
{
	/* "hasn't", "wouldn’t", "isn’t": the subject is read past them as
	 * past "has not", "would not", "is not" (the progressive's be) */
	const char *b = "Sanders hasn't said whether he will endorse her. "
	    "Spokesman Don Stewart wouldn\xe2\x80\x99t say whether the vote "
	    "would happen. Trump isn\xe2\x80\x99t saying what he would "
	    "support.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "whether he will endorse her", "Sanders", "Sanders",
	    "said");
	sp_indirect(b, "whether the vote would happen", "Don Stewart",
	    "Spokesman Don Stewart", "say");
	sp_indirect(b, "what he would support", "Trump", "Trump", "saying");
}

Test(speech_subject, pronoun_subject_resolves_to_the_person_named)
{
	const char *b = "Jane Holt spoke at noon. She said the plan would "
	    "pass easily.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the plan would pass easily", "Jane Holt", "She",
	    "said");
}

Test(speech_subject, lower_case_descriptor_before_the_name)
{
	const char *b = "Former congressman Dan Maffei said the district "
	    "would flip.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the district would flip", "Dan Maffei", "Dan Maffei",
	    "said");
}

Test(speech_subject, nominal_subject_stops_at_a_comma)
{
	const char *b = "About 270 people have been resettled under the "
	    "program, officials said.";

	/* "the program, officials" is no nominal: "officials" alone is the
	 * subject, after the comma that closes the clause */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "About 270 people have been resettled under the "
	    "program", NULL, "officials", "said");
}

Test(speech_subject, adjective_title_before_its_noun_is_no_subject)
{
	/* "Republican front-runner", "the Democratic debate": a party
	 * adjective before a lower-case noun is no subject a verb follows;
	 * the participle's subject and the pronoun's antecedent are the
	 * names that are */
	const char *b = "Hillary Clinton went on offense against Republican "
	    "front-runner Donald Trump on Monday, saying he is dangerous.";
	const char *c = "Ted Cruz spoke in Ohio. After the Democratic debate, "
	    "he said the plan was bad.";
	const char *d = "GOP rival Ted Cruz on Wednesday announced that he "
	    "was choosing Carly Fiorina.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "he is dangerous", "Hillary Clinton", "Hillary Clinton",
	    "saying");
	/* a clause subject with no verb right after it: the name, not
	 * the adjective before it */
	cr_assert_eq(sp_run(d), 1);
	sp_check(d, "he was choosing Carly Fiorina", QUOTE_INDIRECT,
	    "Ted Cruz", "Ted Cruz", "announced");
	cr_assert_eq(sp_run(c), 1);
	/* the mention is the second "he" (the first is in "the") */
	th_quote_check(&sp_out, c, "the plan was bad", 0, QUOTE_INDIRECT,
	    "Ted Cruz", "he", 1, "said");
}

Test(speech_subject, a_verb_coordinated_in_its_clause_has_the_clauses_subject)
{
	/* "X did Y and urged Z": with no item before it, a verb form no
	 * noun takes after "and"/"but" has the subject of its clause: the
	 * mention that opens it (past a fronted adverbial's comma and a
	 * subordinator), a relative pronoun (whose clause ends at its
	 * comma), or a participle's subject; "and" + a verb never closes
	 * the sentence as "CLAUSE, X said" does */
	const char *b = "But on Tuesday, he stood with other GOP leaders and "
	    "criticized the deal. Mr. McConnell, who has endorsed Mr. Trump "
	    "and criticized his campaign, offered an embrace. Cruz mocked "
	    "the rules, calling them a scam and vowing to sue the party.";

	cr_assert_eq(sp_run(b), 6);
	sp_indirect(b, "the deal", NULL, "he", "criticized");
	sp_indirect(b, "Mr. Trump", "McConnell", "who", "endorsed");
	sp_indirect(b, "his campaign", "McConnell", "who",
	    "criticized");
	sp_indirect(b, "them a scam", "Cruz", "Cruz", "calling");
	sp_indirect(b, "to sue the party", "Cruz", "Cruz", "vowing");
}

Test(speech_subject, a_plural_noun_before_a_verbs_base_form_is_its_subject)
{
	/* "officials deny", "supporters hope": a base form (no -s, -ed,
	 * -ing) agrees with the plural noun before it, which is its
	 * subject though the form is not one a bare noun takes alone;
	 * "the voters' hope" is a noun phrase */
	const char *b = "Saudi officials deny any links to terrorism groups. "
	    "But supporters hope her attacks might make her a contender. "
	    "The voters' hope is a better deal.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "any links to terrorism groups", NULL,
	    "Saudi officials", "deny");
	sp_indirect(b, "her attacks might make her a contender", NULL,
	    "supporters", "hope");
}

Test(speech_subject, a_cue_after_continued_to_or_went_on_to_reports)
{
	/* "continued to say", "went on to criticize": a cue after "to" is
	 * no finite verb, unless a verb of continuing, beginning or going
	 * on stands before the "to"; its subject is that verb's; in
	 * "plans to say" the infinitive is the content of "plans" */
	const char *b = "Even after the complaint was filed, Lewandowski "
	    "continued to say he had never touched Fields. Trump went on to "
	    "criticize the convention for its failure. Smith plans to say "
	    "more soon.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "he had never touched Fields", "Lewandowski",
	    "Lewandowski", "say");
	sp_indirect(b, "the convention for its failure", "Trump", "Trump",
	    "criticize");
	sp_indirect(b, "to say more soon", "Smith", "Smith", "plans");
}

Test(speech_subject, a_parenthetical_adverb_between_subject_and_verb)
{
	/* "X, however, said", "X, for instance, argue": the subject stands
	 * before the parenthetical's commas, a bare noun phrase too; a
	 * name after "however," is its own subject */
	const char *b = "Cement makers, for instance, argue that imports "
	    "from China grew sharply. The government, however, refused to "
	    "give him credit. At day's end, however, Clinton said the vote "
	    "was over.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "imports from China grew sharply", NULL,
	    "Cement makers", "argue");
	sp_indirect(b, "to give him credit", NULL, "The government",
	    "refused");
	sp_indirect(b, "the vote was over", "Clinton", "Clinton", "said");
}

Test(speech_subject, a_possessors_noun_before_a_name_in_apposition_speaks)
{
	/* "Clinton's attorney, David Kendall, said CLAUSE": the nominal
	 * and the name are one subject; the inverted ", said X" reading
	 * had the nominal for content and the clause for the source */
	const char *b = "Clinton's attorney, David Kendall, said the deal "
	    "was done.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the deal was done", "David Kendall",
	    "Clinton's attorney, David Kendall", "said");
}

/*
 * The times a cue's adjunct is read as ("last week", "this month", "on
 * Thursday evening", a bare weekday) are no subject either when they
 * stand between the subject and its verb; the bare-noun reader had taken
 * "this week" for the source.
 */
Test(speech_subject, a_time_of_the_week_between_subject_and_verb_is_no_subject)
{
	const char *b = "Wells Fargo just this month announced it would end "
	    "the incentives.";
	const char *c = "RNC spokesman Sean Spicer on Thursday evening said "
	    "the party was not in a crisis.";
	const char *d = "Rep. Brad Sherman (D-Calif.) last month joked "
	    "that God did not want rates to rise.";
	const char *e = "Gov. Mike Pence earlier this year said the bill was "
	    "fair.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "it would end the incentives", "Wells Fargo",
	    "Wells Fargo", "announced");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the party was not in a crisis", "Sean Spicer",
	    "Sean Spicer", "said");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "God did not want rates to rise", "Brad Sherman",
	    "Rep. Brad Sherman", "joked");
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "the bill was fair", "Mike Pence", "Gov. Mike Pence",
	    "said");
}

/*
 * A day named from today between the subject and its verb, the press
 * release's "X today announced": "today" is no part of the mention (it
 * was "Acme Holdings Inc. today", no speaker).
 */
Test(speech_subject, today_between_subject_and_verb_is_no_subject)
{
	const char *b = "Acme Holdings Inc. today said it would cut 500 jobs.";
	const char *c = "Senator Ann Moss yesterday warned that the bill "
	    "would fail.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "it would cut 500 jobs", "Acme Holdings Inc",
	    "Acme Holdings Inc", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the bill would fail", "Ann Moss", "Senator Ann Moss",
	    "warned");
}

/*
 * An appositive, a relative clause, a participle or prepositional phrase
 * stands between a subject and its verb only set off by commas on both
 * sides: the noun phrase that opens the clause before the opening comma
 * is the verb's subject (a mention or a bare noun phrase); the verb's
 * forms are then read as after any subject.  An inverted subject after
 * said keeps the "CLAUSE, said X" reading.
 */
Test(speech_subject, a_subject_before_a_parenthesis_set_off_by_commas)
{
	const char *b = "Rep. Gregory W. Meeks (D-N.Y.), chairman of the "
	    "Congressional Black Caucus PAC, said members will help him "
	    "raise cash.";
	const char *c = "Democratic economists, like their Republican "
	    "counterparts, say taxing consumption encourages savings.";
	const char *d = "The Future45 group, funded by major GOP donors, is "
	    "planning to plaster New Hampshire with ads.";
	const char *e = "The program is hardly formal, but it has attracted "
	    "a loyal following, said Ms. Gil, with games and classes.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "members will help him raise cash", "Gregory W. Meeks",
	    "Rep. Gregory W. Meeks", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "taxing consumption encourages savings", NULL,
	    "Democratic economists", "say");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "to plaster New Hampshire with ads", NULL,
	    "The Future45 group", "planning");
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "The program is hardly formal, but it has attracted "
	    "a loyal following", "Gil", "Ms. Gil", "said");
}

/*
 * "both" and "each" stand for people before a verb as the other
 * quantifiers do ("Both think", "each recognized"): the cue after them
 * is a verb, the quantifier its subject.
 */
Test(speech_subject, both_and_each_before_a_verb_are_its_subject)
{
	const char *b = "Both think Obama advanced this agenda.";
	const char *c = "The governors drew plaudits, but each recognized "
	    "the precariousness of their candidacies.";
	const char *d = "And both vowed to be tougher as president.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Obama advanced this agenda", NULL, "Both", "think");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the precariousness of their candidacies", NULL,
	    "each", "recognized");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "to be tougher as president", NULL, "both", "vowed");
}

/*
 * A name in a relative clause is its object; the subject is the noun the
 * clause modifies ("officials who spoke with The Huffington Post said").
 * A clause set off by commas after a name is an appositive: the name.
 */
Test(speech_subject, a_relative_clause_object_is_no_subject)
{
	const char *b = "Current and former officials who spoke with The "
	    "Huffington Post said the group had become a shell.";
	const char *c = "Smith, who met with Trump, said the talks went well.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the group had become a shell", NULL, "officials",
	    "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the talks went well", "Smith", "Smith", "said");
}

Test(speech_subject, a_name_set_off_after_a_description_names_its_holder)
{
	/* news style names the holder of an office after the office:
	 * "The mayor of Chicago, Rahm Emanuel, said" is Emanuel, not
	 * Chicago; a capitalised title heads it in British style ("The
	 * Chancellor, Rishi Sunak"); the mention is both */
	const char *b;

	b = "The mayor of Chicago, Rahm Emanuel, said the city "
	    "was safe. The Chancellor, Rishi Sunak, said taxes would rise. "
	    "The Governor of the Bank of England, Andrew Bailey, said "
	    "rates would rise. The president of the European Commission, "
	    "Ursula von der Leyen, said the deal was fair.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the city was safe", "Rahm Emanuel",
	    "The mayor of Chicago, Rahm Emanuel", "said");
	sp_indirect(b, "taxes would rise", "Rishi Sunak",
	    "The Chancellor, Rishi Sunak", "said");
	sp_indirect(b, "rates would rise", "Andrew Bailey",
	    "The Governor of the Bank of England, Andrew Bailey", "said");
	sp_indirect(b, "the deal was fair", "Ursula von der Leyen",
	    "The president of the European Commission, Ursula von der "
	    "Leyen", "said");
	/* a description with a relative clause: the content had been
	 * the description and the name, the source "she" */
	b = "The candidate who won, Jane Smith, said she was thrilled.";
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "she was thrilled", "Jane Smith",
	    "The candidate who won, Jane Smith", "said");
}

Test(speech_subject, a_description_set_off_after_a_name_keeps_the_name)
{
	/* the other order, and a list: the name before the description
	 * speaks ("Marley Anderson, 21, a junior from Las Vegas, said") */
	const char *b = "Sadiq Khan, the mayor of London, said the tube "
	    "would run. In the end, the senator, a Democrat, said no deal "
	    "was near.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the tube would run", "Sadiq Khan", "Sadiq Khan",
	    "said");
	sp_indirect(b, "no deal was near", NULL, "the senator", "said");
}

Test(speech_subject, a_degree_word_before_an_adjective_cue_is_passed)
{
	/* "most", "far more", "so" grade an adjective of attitude and
	 * stand between it and its copula, as adverbs do */
	const char *b = "He is most proud of the bill. Republicans were far "
	    "more leery of the deal. The guards had been so dismissive of "
	    "Bob.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the bill", NULL, "He", "proud of");
	sp_indirect(b, "the deal", "Republicans", "Republicans", "leery of");
	sp_indirect(b, "Bob", NULL, "The guards", "dismissive of");
}

Test(speech_subject, a_restrictive_relative_that_before_its_verb_is_the_subject)
{
	/* "that" right before the verb, after a lower-case noun: the
	 * relative pronoun is the source (PolNeAR marks it, unresolved);
	 * after a verb or a subordinator it is a complementizer or a
	 * determiner ("said that support ...", "when that question was
	 * posed") */
	const char *b = "They face a number of cities that support the new "
	    "rules.";
	const char *c = "The party adopted planks that oppose federal "
	    "intervention.";
	const char *d = "But when that question was posed to him, he "
	    "left the room.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the new rules", NULL, "that", "support");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "federal intervention", NULL, "that", "oppose");
	cr_assert_eq(sp_run(d), 0);
}

Test(speech_subject, a_polls_share_before_its_verb_is_the_subject)
{
	/* "42% say", "64 percent call": the share stands for the people
	 * in it; not the noun after a share ("27 percent support among
	 * women") */
	const char *b = "They lean left: 42% say they are liberal.";
	const char *c = "And 64 percent call him competent.";
	const char *d = "Her 27 percent support among women is low.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "they are liberal", NULL, "42%", "say");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "him competent", NULL, "64 percent", "call");
	cr_assert_eq(sp_run(d), 0);
}

/*
 * A share after a verb of measure or a form of "be" is the verb's
 * amount, not a subject: "say economists" is an inverted cue whose
 * subject follows it (review R8: each was an item with the mention
 * "7%", "was 64 percent", "5%").
 */
Test(speech_subject, a_share_after_a_verb_is_no_subject)
{
	static const char *const bodies[] = {
	    "Inflation hit 7% say economists at the bank.",
	    "Turnout was 64 percent call it a record.",
	    "Sales fell 5% say analysts at Barclays.",
	};
	const char *b = "Turnout was high; 64 percent call it a record.";
	size_t k;

	for (k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++)
		cr_assert_eq(sp_run(bodies[k]), 0, "[%s]", bodies[k]);
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "it a record", NULL, "64 percent", "call");
}

/*
 * A verb is followed by no auxiliary; a noun that opens a clause is:
 * after "concerns that", "signs that" the cue's word is then a noun
 * ("demand"), the "that" opens the noun's clause and no one speaks
 * (review R4: each gave an item "that" -> "demand").
 */
Test(speech_subject, no_relative_that_before_a_noun_and_its_auxiliary)
{
	static const char *const bodies[] = {
	    "Oil fell on concerns that demand is slowing in China.",
	    "Shares rose on signs that demand is recovering.",
	    "Prices rose on expectations that demand will rebound next "
	    "year.",
	};
	const char *b = "They face a number of cities that support the new "
	    "rules.";
	size_t k;

	for (k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++)
		cr_assert_eq(sp_run(bodies[k]), 0, "[%s]", bodies[k]);
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the new rules", NULL, "that", "support");
}
