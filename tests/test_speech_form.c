/*
 * test_speech_form.c — workers/extract/speech_form.c: the clause
 * constructions of reported speech (X said (that) CLAUSE; as-clauses;
 * short answers; the questions and addressees of asked and told are
 * test_speech_ask.c's) and where their content ends (a new act of the
 * source, a later attribution), run through the whole quote extractor
 * (CLAUSE, X said and A, X said, B: test_speech_closer.c; a subordinate
 * clause's end: test_speech_subordinate.c).  Two tests here read speech_object.c's
 * constructions where a content ends (a noun of place after "and", a
 * quoted label after "as").  speech_check.h holds the checks.
 */
#include "speech_check.h"

TestSuite(speech_form, .fini = sp_fini);

Test(speech_form, said_that_clause)
{
	const char *b = "Kim Jong-un also said that the current relations "
	    "are developing well.";

	cr_assert_eq(sp_run(b), 1);
	/* the content, without "that" and the final period */
	sp_indirect(b, "the current relations are developing well",
	    "Kim Jong-un", "Kim Jong-un", "said");
}

Test(speech_form, a_clause_after_the_sayings_medium_without_that)
{
	/* "said in a statement [...]": past the medium of the saying,
	 * a subject opens the clause; "said some of the criticism" has
	 * no medium (the object's "of" is no medium's preposition) */
	const char *b = "Fjordlink said in a statement it regretted the "
	    "disruption.";
	const char *c = "Analysts at Nordbank said in a note on Monday the "
	    "results beat their forecasts.";
	const char *d = "Obama said some of the criticism he takes is due to "
	    "his race.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "it regretted the disruption", "Fjordlink",
	    "Fjordlink", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the results beat their forecasts", "Nordbank",
	    "Nordbank", "said");
	cr_assert_eq(sp_run(d), 1);
	sp_said(d, "some of the criticism he takes is due to his race");
}

Test(speech_form, a_quotes_subject_with_its_role_takes_no_content_after)
{
	/* "\"...,\" shopkeeper Julia Quispe told Reuters by telephone":
	 * the cue attributes the quote before its subject's role; the
	 * words after it are no content */
	const char *b = "\"We ran into the street with the children,\" "
	    "shopkeeper Julia Quispe told Reuters by telephone from Lima.";
	const char *c = "Julia Quispe told Reuters she ran into the street.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_run(c), 1);
}

Test(speech_form, said_clause_without_that)
{
	const char *b = "Smith said the plan would fail in the Senate.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the plan would fail in the Senate", "Smith",
	    "Smith", "said");
}

/*
 * A preposition that modifies a number after the cue opens the content,
 * not a phrase of the saying: "said about 12,000 customers were" (was no
 * item: "said about" read as the topic).  The quantity must be a
 * clause's subject, an auxiliary after its noun; "said in 2019 that",
 * "retweeted over 25,000 times" are no such content.
 */
Test(speech_form, a_quantity_after_the_cue_opens_the_content)
{
	const char *b = "Con Edison said about 12,000 customers were without "
	    "power on Tuesday night.";
	const char *c = "Hospital officials said at least 30 people were "
	    "killed in the attack.";
	const char *d = "Officials said up to 40 homes in the valley were "
	    "destroyed.";
	const char *e = "The post was retweeted over 25,000 times by Monday.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "about 12,000 customers were without power on Tuesday "
	    "night", "Con Edison", "Con Edison", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "at least 30 people were killed in the attack", NULL,
	    "Hospital officials", "said");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "up to 40 homes in the valley were destroyed",
	    "Officials", "Officials", "said");
	cr_assert_eq(sp_run(e), 0);
}

Test(speech_form, as_clause_with_time_reports_main_clause)
{
	/* "As X said ADJUNCT, CLAUSE": the words after the cue before the
	 * as-clause's comma are the saying's time, place or medium; the
	 * main clause is the content (it used to be no item: "in an op-ed"
	 * after the cue read as "said in", no clause) */
	const char *b = "But as Smith noted in an op-ed Thursday, the "
	    "leading candidate \"has earned himself a few fans.\" Of "
	    "course, as Joel Pollak of Breitbart observed, the biggest "
	    "victor was the stage.";
	/* the time of an event, and a verb with an object of its own, are
	 * no as-clause of saying */
	const char *c = "As the race began, Cruz was a litigator in a "
	    "Houston law firm. And as Clinton echoed the criticism, the "
	    "crowd cheered for a long time.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the leading candidate \"has earned himself a few "
	    "fans.\"", "Smith", "Smith", "noted");
	sp_indirect(b, "the biggest victor was the stage", "Joel Pollak",
	    "Joel Pollak of Breitbart", "observed");
	sp_run(c);
	cr_assert(!sp_item_in(c, "Cruz was a litigator"));
	cr_assert(!sp_item_in(c, "the crowd cheered"));
}

Test(speech_form, an_as_clause_closing_the_sentence_reports_the_clause_before)
{
	/* "CLAUSE, as X noted ADJUNCT.": the as-clause of saying after the
	 * main clause reports it, as one before it does (it was no item:
	 * no comma before the subject, and "noted in" read as no clause) */
	const char *b = "The tactic is a classic scare, as David Dayen noted "
	    "in The Intercept. Mr. Trump's defeat won't derail his "
	    "campaign, as some have speculated.";
	/* a verb with its preposition's object, an infinitive's verb and
	 * "as if" are no as-clause of saying */
	const char *c = "The pope spoke in the city, as he called for "
	    "greater ethics in business. The senator kept talking, as Bush "
	    "continued to interject. Mr. Biden interrupted himself, as if "
	    "bantering with his own notes.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "The tactic is a classic scare", "David Dayen",
	    "David Dayen", "noted");
	sp_indirect(b, "Mr. Trump's defeat won't derail his campaign", NULL,
	    "some", "speculated");
	sp_run(c);
	cr_assert(!sp_item_in(c, "The pope spoke"));
	cr_assert(!sp_item_in(c, "The senator kept"));
	cr_assert(!sp_item_in(c, "Mr. Biden interrupted"));
}

Test(speech_form, put_it_in_an_as_clause_is_a_cue_of_saying)
{
	/* "as X put it": the speaker's wording (FrameNet's Encoding); the
	 * main clause after or before the as-clause is the content */
	const char *b = "As Ruth Marcus puts it, Obama is trying to make "
	    "Republicans an offer. The requirement is a lawful source of "
	    "income, as a Homeland Security memo put it.";
	/* elsewhere "put it" is no saying */
	const char *c = "He put it on the table and left the room.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Obama is trying to make Republicans an offer",
	    "Ruth Marcus", "Ruth Marcus", "puts it");
	sp_indirect(b, "The requirement is a lawful source of income", NULL,
	    "a Homeland Security memo", "put it");
	cr_assert_eq(sp_run(c), 0);
}

/*
 * An as-clause of saying between a clause's subject and its verb splits
 * the content in two, both with its source (PolNeAR annotates both
 * parts); not after an adjunct, a time or the writer's connective, nor
 * before a subject of the clause's own.
 */
Test(speech_form, an_as_clause_between_subject_and_verb_splits_the_content)
{
	const char *b = "But the last part, as Paul Krugman points out, is "
	    "that it has always been awkward for Republicans.";
	const char *c = "Crime, as the mayor has noted, fell sharply last "
	    "year.";
	const char *d = "However, as Politico has reported, cases that led "
	    "to charges were different. Last week, as Smith noted, voters "
	    "went to the polls. In 2015, as the mayor noted, crime fell "
	    "sharply.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the last part", "Paul Krugman", "Paul Krugman",
	    "points out");
	sp_indirect(b, "is that it has always been awkward for Republicans",
	    "Paul Krugman", "Paul Krugman", "points out");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "Crime", NULL, "the mayor", "noted");
	sp_indirect(c, "fell sharply last year", NULL, "the mayor", "noted");
	cr_assert_eq(sp_run(d), 3);
	cr_assert(!sp_item_in(d, "However"));
	cr_assert(!sp_item_in(d, "Last week"));
	cr_assert(!sp_item_in(d, "In 2015"));
}

Test(speech_form, an_attribution_coordinated_after_a_comma_ends_the_content)
{
	const char *b = "Six in 10 voters said Clinton is honest and "
	    "trustworthy, and three-quarters said the same of Sanders. "
	    "Among Trump voters, 74 percent said they are set on voting for "
	    "him, while 22 percent said they might change their mind.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "Clinton is honest and trustworthy", NULL,
	    "10 voters", "said");
	sp_indirect(b, "the same of Sanders", NULL, "three-quarters",
	    "said");
	sp_indirect(b, "they are set on voting for him", NULL, "74 percent",
	    "said");
	sp_indirect(b, "they might change their mind", NULL, "22 percent",
	    "said");
}

Test(speech_form, a_cue_past_an_items_content_is_a_new_attribution)
{
	/* after an item, a later cue of the sentence with a nominal or
	 * bare subject is read when it stands past the item's content
	 * ("While 7 percent said [...], 27 percent of the others said
	 * [...]"); inside the content it would be nested speech, which
	 * needs a name or a pronoun ("Smith said [the voters said
	 * nothing]" is one item) */
	const char *b = "While only 7 percent said they are undecided, 27 "
	    "percent of those who named a candidate said they could be "
	    "persuaded. Smith said the voters said nothing.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "they are undecided", NULL, "only 7 percent", "said");
	sp_indirect(b, "they could be persuaded", NULL, "a candidate",
	    "said");
	sp_indirect(b, "the voters said nothing", "Smith", "Smith", "said");
}

Test(speech_form, a_short_answer_is_what_was_said)
{
	/* "said yes", "said the same", "They said she could": shorter than
	 * a clause, still the content (PolNeAR annotates 28 of 33); the
	 * answer ends before "and" or a comma; "said no one would" is a
	 * clause */
	const char *b = "Sanders said yes and took the opportunity to speak. "
	    "Last month, 26 percent said the same. They said she could. He "
	    "said no one would come.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "yes", "Sanders", "Sanders", "said");
	sp_indirect(b, "the same", NULL, "26 percent", "said");
	sp_indirect(b, "she could", NULL, "They", "said");
	/* he: the last who spoke, named or not (speaker_note_person) */
	sp_indirect(b, "no one would come", "Sanders", "He", "said");
}

Test(speech_form, a_subject_and_its_finite_verb_are_a_clause)
{
	/* two words, a subject and a finite verb by its form, are a whole
	 * clause (review U9); a name before a plural noun in -s and a noun
	 * phrase of two words are not */
	const char *b = "Smith said sales fell. Officials said cases rose. "
	    "Jones said they resigned. Lee said Clinton won. Park said it "
	    "works. Obama asked Republican politicians. Kim said good "
	    "things.";

	cr_assert_eq(sp_run(b), 5);
	sp_indirect(b, "sales fell", "Smith", "Smith", "said");
	sp_indirect(b, "cases rose", "Officials", "Officials", "said");
	sp_indirect(b, "they resigned", "Jones", "Jones", "said");
	sp_indirect(b, "Clinton won", "Lee", "Lee", "said");
	sp_indirect(b, "it works", "Park", "Park", "said");
}

Test(speech_form, that_after_an_object_is_the_contents_own)
{
	/* the "that" after the cue is looked for past an adjunct only
	 * (a time, a preposition, a particle, an adverb, a parenthetical);
	 * an object or a subject right after the cue opens the content */
	const char *b = "Sanders says the truth is that the country is not "
	    "divided. Rubio cited accusations that Cruz lied. Warren said "
	    "he would ensure that women can work. Smith pointed out that "
	    "the judge was a member. Jones said, without evidence, that the "
	    "vote was rigged. Lee said on Monday that taxes would rise.";

	cr_assert_eq(sp_run(b), 6);
	sp_indirect(b, "the truth is that the country is not divided",
	    "Sanders", "Sanders", "says");
	sp_indirect(b, "accusations that Cruz lied", "Rubio", "Rubio",
	    "cited");
	sp_indirect(b, "he would ensure that women can work", "Warren",
	    "Warren", "said");
	sp_indirect(b, "the judge was a member", "Smith", "Smith", "pointed");
	sp_indirect(b, "the vote was rigged", "Jones", "Jones", "said");
	sp_indirect(b, "taxes would rise", "Lee", "Lee", "said");
}

Test(speech_form, a_name_after_said_with_a_verb_of_its_own_opens_the_content)
{
	/* after an appositive's comma "said Clinton" is no inverted
	 * attribution when a finite verb follows the name */
	const char *b = "Debbie Walsh, director of the Center at Rutgers "
	    "University, said Clinton is poised to benefit. The plan will "
	    "fail, said John Smith, a senator.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Clinton is poised to benefit", "Debbie Walsh",
	    "Debbie Walsh", "said");
	sp_indirect(b, "The plan will fail", "John Smith", "John Smith",
	    "said");
}

Test(speech_form, a_determiner_after_said_with_a_verb_after_its_noun_opens_the_content)
{
	/* ", said the NP + finite verb": the determiner opens the
	 * content's subject; ", said the senator." stays inverted */
	const char *b = "Several candidates, including Trump, said the United "
	    "States should refuse to take more refugees. The plan will fail, "
	    "said the senator.";

	cr_assert_eq(sp_run(b), 2);
	sp_said(b, "the United States should refuse to take more refugees");
	sp_indirect(b, "The plan will fail", NULL, "the senator", "said");
}

/*
 * A wire lead, "LONDON (Reuters) - British Airways said on Monday it had
 * cancelled dozens of flights in Britain.": the clause after the cue and
 * its time runs past the words the rules read after a cue; a long
 * clause is no closer's adjunct, and the dateline no content.
 */
Test(speech_form, a_wire_lead_s_long_clause_is_what_was_said)
{
	const char *b = "LONDON (Reuters) - British Airways said on Monday it "
	    "had cancelled dozens of flights in Britain.\n\nNEW YORK "
	    "(Reuters) - Exxon Mobil Corp said on Tuesday it would cut 1,900 "
	    "jobs in the United States.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "it had cancelled dozens of flights in Britain",
	    "British Airways", "British Airways", "said");
	sp_indirect(b, "it would cut 1,900 jobs in the United States",
	    "Exxon Mobil Corp", "Exxon Mobil Corp", "said");
}

Test(speech_form, a_cue_past_the_content_with_a_named_subject_is_a_new_attribution)
{
	/* past the content taken, a cue whose subject is a name or a
	 * pronoun of its own reports, whatever its class */
	const char *b = "Smith said the plan would fail, but Jones fears it "
	    "will pass.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the plan would fail", "Smith", "Smith", "said");
	sp_indirect(b, "it will pass", "Jones", "Jones", "fears");
}

Test(speech_form, a_cue_past_the_content_with_a_noun_phrase_and_that_is_a_new_attribution)
{
	/* past the content taken, a cue whose subject is a noun phrase of
	 * its own and that "that" follows is a verb with its clause, even
	 * in a form a noun could take ("affirm") */
	const char *b = "While Clinton claimed that the tapes exist, security "
	    "experts affirm that no such tapes were ever made.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the tapes exist", "Clinton", "Clinton", "claimed");
	sp_indirect(b, "no such tapes were ever made", NULL,
	    "security experts", "affirm");
}

Test(speech_form, colon_without_marks_runs_to_paragraph_end)
{
	const char *b = "In his message, Kim Jong-un said: The friendship "
	    "continues. The people will never forget.\nPutin replied later.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "The friendship continues. The people will never "
	    "forget", "Kim Jong-un", "Kim Jong-un", "said");
}

Test(speech_form, new_act_of_the_source_ends_the_content)
{
	const char *b = "Mayor John Smith said the plan would fail and added "
	    "that the council had not voted.";
	const char *c = "John Smith said the bill was dead, but he also noted "
	    "that talks would go on.";
	const char *d = "Mary Jones said the economy was weak, saying wages had "
	    "not grown in a decade.";
	const char *e = "Sixty percent of voters said they backed the plan, "
	    "compared with 30 percent a year ago.";
	const char *f = "Mary Jones said she was tired of the status quo and "
	    "wanted a new candidate.";

	/* "and"/"but" + a past verb of speech is a second act: two items */
	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the plan would fail", "John Smith", "Mayor John Smith",
	    "said");
	sp_indirect(b, "the council had not voted", "John Smith",
	    "Mayor John Smith", "added");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "the bill was dead", "John Smith", "John Smith",
	    "said");
	/* a participle of speech after a comma */
	cr_assert_eq(sp_run(d), 2);
	sp_indirect(d, "the economy was weak", "Mary Jones", "Mary Jones",
	    "said");
	/* a comparison after a comma is the writer's */
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "they backed the plan", NULL, "Sixty percent of voters",
	    "said");
	/* a verb of stance after "and" goes on the content's subject; its
	 * object is nested in the content, as after any stance verb there
	 * ("and criticized the candidate"), and no item of its own */
	cr_assert_eq(sp_run(f), 1);
	sp_indirect(f, "she was tired of the status quo and wanted a new "
	    "candidate", "Mary Jones", "Mary Jones", "said");
}

Test(speech_form, participle_after_a_fragments_closing_mark_is_a_new_act)
{
	/* the comma inside the fragment's closing mark closes the clause
	 * as a bare comma would: the participle is an act of its own */
	const char *b = "Mary Jones said the plan was \xe2\x80\x9c"
	    "a disaster,\xe2\x80\x9d adding that she would vote no. Bob Smith said the system was "
	    "\"corrupt,\" noting that the banks paid fines.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the plan was \xe2\x80\x9c"
	    "a disaster,\xe2\x80\x9d", "Mary Jones",
	    "Mary Jones", "said");
	sp_indirect(b, "she would vote no", "Mary Jones", "Mary Jones",
	    "adding");
	sp_indirect(b, "the system was \"corrupt,\"", "Bob Smith", "Bob Smith",
	    "said");
	sp_indirect(b, "the banks paid fines", "Bob Smith", "Bob Smith",
	    "noting");
}

Test(speech_form, what_x_said_has_no_content_after_it)
{
	/* "what Lee said": "what" is the object, the next clause is not
	 * Lee's speech (the pronoun is a content of its own: the
	 * guidelines' "Relative pronouns"); a what-clause that is the
	 * subject ("What we know is that ...") still reports */
	const char *b = "So \"no\" is what Lee said, and Kim said the plan "
	    "would fail. That was what Liz Wahl said when she resigned from "
	    "the network.";
	const char *c = "What we know is that the plan failed badly.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the plan would fail", "Kim", "Kim", "said");
	sp_indirect(b, "what", "Lee", "Lee", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the plan failed badly", NULL, "we", "know");
}

Test(speech_form, cue_of_a_quote_before_it_has_no_content_after_it)
{
	/* the cue attributes the direct quote before its subject: what
	 * follows it is an addressee or an adjunct, no content, and the
	 * next quote with no cue is still its speaker's; "that" still
	 * opens content, and a participle of stance has its own object,
	 * whose subject is the quote's speaker, not told's addressee */
	const char *b = "\"We will win,\" Trump told Fox News host Greta Van "
	    "Susteren in March. \"They want to see the certificate.\"";
	const char *c = "\"It was fine,\" Smith told reporters that the plan "
	    "would fail.";
	const char *d = "\"We need steady hands,\" Clinton told AIPAC, "
	    "referring to the business mogul.";

	cr_assert_eq(sp_run(b), 0);
	sp_check(b, "\"They want to see the certificate.\"", QUOTE_DIRECT,
	    "Trump", "Trump", "told");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the plan would fail", "Smith", "Smith", "told");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "the business mogul", "Clinton", "Clinton",
	    "referring to");
}

/*
 * "A, X said, not even suggesting ...": a participle of speech after the
 * cue's comma, adverbs or "not" before it, is the speaker's next act
 * (the participle rule's item), no second part of the split speech.
 */
Test(speech_form, participle_past_adverbs_after_the_cues_comma_is_no_content)
{
	const char *b = "There will be other voices, Mr. Ryan said, not even "
	    "suggesting the nominee could speak for the party.";
	const char *c = "The deal is done, Smith said, referring to the "
	    "merger.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "There will be other voices", "Ryan", "Mr. Ryan",
	    "said");
	sp_indirect(b, "the nominee could speak for the party", "Ryan",
	    "Mr. Ryan", "suggesting");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "the merger", "Smith", "Smith", "referring to");
}

/*
 * "A, he said, and B" splits the speech, but "and" with a subject of its
 * own and a verb of saying right after opens the next attribution: no
 * second part of the first.
 */
Test(speech_form, next_attribution_after_the_cues_comma_is_no_second_part)
{
	const char *b = "The plan works, he said, and she said it works "
	    "well enough.";
	const char *c = "The plan works, he said, but Mary Jones said it "
	    "fails every time.";
	const char *d = "Mills got an immunity agreement, Jordan said, and "
	    "she still sat in on the interview.";

	cr_assert_eq(sp_run(b), 2);
	sp_said(b, "The plan works");
	sp_said(b, "it works well enough");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "it fails every time", "Mary Jones", "Mary Jones",
	    "said");
	/* a verb of its own that is no saying: B is still speech */
	cr_assert_eq(sp_run(d), 2);
	sp_indirect(d, "and she still sat in on the interview", "Jordan",
	    "Jordan", "said");
}

Test(speech_form, a_closing_attribution_takes_the_speech_nested_before_it)
{
	const char *b = "Welch also plans to vote for Sanders as a "
	    "superdelegate this summer, Smith said.";
	const char *c = "Jones said the plan was \xe2\x80\x9cvery good for "
	    "the state,\xe2\x80\x9d and would pass this year, Smith said.";
	const char *d = "Smith said that if Iran were a stock, he would "
	    "advise buying it.";

	/* the content the first cue took ran over ", Smith said": the
	 * closing attribution is the outer one, its content the clause
	 * from the sentence's start (PolNeAR dev: 27 pairs made exact, 2
	 * lost) */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Welch also plans to vote for Sanders as a "
	    "superdelegate this summer", "Smith", "Smith", "said");
	/* the fragment keeps the inner speech's speaker */
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Jones said the plan was \xe2\x80\x9cvery good for the "
	    "state,\xe2\x80\x9d and would pass this year", "Smith", "Smith",
	    "said");
	cr_assert(th_str_is(sp_at(th_off(c, "\xe2\x80\x9cvery", 0),
	    QUOTE_PARTIAL)->speaker, "Jones"));
	/* not a clause's own subject and a modal after a fronted clause:
	 * the content taken stays */
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "if Iran were a stock, he would advise buying it",
	    "Smith", "Smith", "said");
}

Test(speech_form, a_comma_inside_a_number_ends_no_clause)
{
	/* the content of a cue in a subordinate clause ends at the
	 * clause's comma, not at the comma grouping "2,400"'s digits */
	const char *b = "While one company says there are more than 2,400 "
	    "billionaires in the world, others count fewer.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "there are more than 2,400 billionaires in the world",
	    NULL, "one company", "says");
}

Test(speech_form, a_participle_of_speech_takes_its_clause_without_that)
{
	/* ", arguing [CLAUSE]", ", noting [NP]", ", explaining [why ...]":
	 * a participle of speech or thought takes what follows it as a
	 * finite verb does; not telling/asking (their addressee first) */
	const char *b = "Obama has stayed on the sidelines, arguing he did "
	    "not want to tip the scales. Democrats held back on the "
	    "vote, noting limited gains in pay. \"I have two brothers,\" Acosta "
	    "said, explaining why she disagrees with Mr. Trump.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "he did not want to tip the scales", "Obama", "Obama",
	    "arguing");
	sp_indirect(b, "limited gains in pay", "Democrats", "Democrats",
	    "noting");
	sp_indirect(b, "why she disagrees with Mr. Trump", "Acosta", "Acosta",
	    "explaining");
}

Test(speech_form, a_later_attribution_of_its_own_ends_the_content)
{
	const char *a = "Figueroa said the campaign planned to bus in "
	    "supporters, though she acknowledged it was unlikely to work.";
	const char *b = "He says he would release his information on "
	    "Friday, calling them very boring tax returns.";
	const char *c = "Hillary Clinton accuses Bernie Sanders of a smear "
	    "while Jeff Weaver suggests she is too close to Wall Street.";
	const char *d = "Most voters said they were not looking forward to "
	    "the campaign; 46 percent said they were unenthusiastic about "
	    "it.";
	const char *e = "Reporters asked whether Cruz disavowed the "
	    "endorsement, but the campaign refused to answer.";
	/* no clause of its own: a parenthesis, a dash that another
	 * closes, a verb coordinated with no mark before it */
	const char *f = "Mr. Trump lamented the good old days when, he "
	    "said, protesters were treated more harshly.";
	const char *g = "Mr. Obama argued emphatically - rebuking Mr. Trump "
	    "by name - that the nominee had played on fears.";
	const char *h = "Smith said the plan would fail and questioned why "
	    "it was proposed.";

	cr_assert_eq(sp_run(a), 2);
	sp_indirect(a, "the campaign planned to bus in supporters",
	    "Figueroa", "Figueroa", "said");
	sp_indirect(a, "it was unlikely to work", "Figueroa", "she",
	    "acknowledged");
	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "he would release his information on Friday", NULL,
	    "He", "says");
	sp_indirect(b, "them very boring tax returns", NULL, "He",
	    "calling");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "Bernie Sanders of a smear", "Hillary Clinton",
	    "Hillary Clinton", "accuses");
	sp_indirect(c, "she is too close to Wall Street", "Jeff Weaver",
	    "Jeff Weaver", "suggests");
	cr_assert_eq(sp_run(d), 2);
	sp_indirect(d, "they were not looking forward to the campaign", NULL,
	    "Most voters", "said");
	sp_indirect(d, "they were unenthusiastic about it", NULL,
	    "46 percent", "said");
	cr_assert_eq(sp_run(e), 2);
	sp_indirect(e, "whether Cruz disavowed the endorsement",
	    "Reporters", "Reporters", "asked");
	sp_indirect(e, "to answer", NULL, "the campaign", "refused");
	/* the attribution inside each content is nested in it, no item of
	 * its own (PolNeAR's outermost attribution) */
	cr_assert_eq(sp_run(f), 1);
	sp_indirect(f, "the good old days when, he said, protesters were "
	    "treated more harshly", "Trump", "Mr. Trump", "lamented");
	cr_assert_eq(sp_run(g), 1);
	sp_indirect(g, "emphatically - rebuking Mr. Trump by name - that the "
	    "nominee had played on fears", "Obama", "Mr. Obama", "argued");
	cr_assert_eq(sp_run(h), 1);
	sp_indirect(h, "the plan would fail and questioned why it was "
	    "proposed", "Smith", "Smith", "said");
}

/*
 * A noun of speech inside the phrase that names the medium of a saying,
 * "said in a tweet that", "said in a Facebook post that", is no saying
 * of its own: the verb's clause is what was said, by the verb's subject,
 * and the platform that modifies the noun never speaks.
 */
Test(speech_form, a_medium_noun_after_the_cue_is_no_saying)
{
	const char *b = "The Springfield Police Department said in a "
	    "Facebook post that the road would reopen Wednesday. The mayor "
	    "said in a tweet that the bridge was safe. Smith wrote in a "
	    "report that costs had doubled. Sanders vowed to fight on in "
	    "the 35 states that have not yet voted.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the road would reopen Wednesday",
	    "Springfield Police Department",
	    "The Springfield Police Department", "said");
	sp_indirect(b, "the bridge was safe", NULL, "The mayor", "said");
	sp_indirect(b, "costs had doubled", "Smith", "Smith", "wrote");
	/* a count is of things: no medium */
	sp_indirect(b, "to fight on in the 35 states that have not yet voted",
	    "Sanders", "Sanders", "vowed");
}

/*
 * Only a preposition opens the medium's phrase: after "and" (or "but",
 * "that", "which"), the noun of speech with its determiner opens a
 * saying of its own, whose content is not the first cue's.
 */
Test(speech_form, a_medium_noun_follows_a_preposition)
{
	const char *b = "Smith told reporters on Monday and a statement "
	    "from his office said that the plan had failed.";

	sp_run(b);
	sp_indirect(b, "the plan had failed", NULL, "his office", "said");
}

Test(speech_form, a_finite_verb_after_the_cues_comma_opens_the_content)
{
	/* "A, X said, is that B": the verb after the cue's comma is the
	 * interrupted subject's, no adjunct before a "that" of the cue's;
	 * the content runs from it, its "that" and all ("that would halt"
	 * was read as the cue's) */
	const char *b = "The only problem, Ms. Bigbee said, is that her "
	    "daughter's pay is lower.";
	const char *c = "The goal, Kerry said, is to forge a cease-fire that "
	    "would halt the bombings.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "The only problem", "Bigbee", "Ms. Bigbee", "said");
	sp_indirect(b, "is that her daughter's pay is lower", "Bigbee",
	    "Ms. Bigbee", "said");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "is to forge a cease-fire that would halt the "
	    "bombings", "Kerry", "Kerry", "said");
}

/*
 * A cue of saying that is a stance verb too, read as "X said CLAUSE", ends its
 * content where a stance's object ends when the content is the verb's
 * object, a noun phrase: the act's time, occasion, medium or next act
 * are no part of it.  A clause (a finite verb in it) runs on as before;
 * a time between the cue and an infinitive is the saying's; "not to"
 * opens an infinitive as "to" does.
 */
Test(speech_form, a_stance_cues_object_ends_where_a_stances_does)
{
	const char *b = "Bush announced his candidacy in June 2015.";
	const char *c = "Smith acknowledged the problem in an interview.";
	const char *d = "Jones denied the charges and counter-accused her "
	    "of battery.";
	const char *e = "Smith acknowledged the economy had improved in "
	    "June.";
	const char *f = "Clinton announced plans Tuesday to expand the "
	    "programs.";
	const char *g = "Swanson praised Franklin Graham, who has publicly "
	    "vowed not to buy Girl Scout cookies this year because of the "
	    "policy.";

	sp_run(b);
	sp_indirect(b, "his candidacy", "Bush", "Bush", "announced");
	sp_run(c);
	sp_indirect(c, "the problem", "Smith", "Smith", "acknowledged");
	sp_run(d);
	sp_indirect(d, "the charges", "Jones", "Jones", "denied");
	/* a clause: the time is its own */
	sp_run(e);
	sp_indirect(e, "the economy had improved in June", "Smith", "Smith",
	    "acknowledged");
	sp_run(f);
	sp_indirect(f, "plans Tuesday to expand the programs", "Clinton",
	    "Clinton", "announced");
	sp_run(g);
	sp_indirect(g, "not to buy Girl Scout cookies this year because of "
	    "the policy", "Franklin Graham", "who", "vowed");
}
