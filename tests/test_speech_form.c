/*
 * test_speech_form.c — workers/extract/speech_form.c: the clause
 * constructions of reported speech (X said (that) CLAUSE; CLAUSE, X
 * said; A, X said, B; asked questions and their answers; the addressee
 * of told and asked) and where their content ends (a new act of the
 * source, a later attribution, a subordinate clause), run through the
 * whole quote extractor.  Two tests here read speech_object.c's
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

Test(speech_form, said_clause_without_that)
{
	const char *b = "Smith said the plan would fail in the Senate.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the plan would fail in the Senate", "Smith",
	    "Smith", "said");
}

Test(speech_form, told_object_that_clause)
{
	const char *b = "Trump told reporters on Monday that the wall "
	    "would be built.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the wall would be built", "Trump", "Trump", "told");
}

Test(speech_form, an_inverted_subject_runs_as_long_as_its_mention)
{
	/* ", said DESCRIPTOR NAME.": the inverted subject, six words after
	 * the cue, is the speaker; the clause before the comma is what was
	 * said (it was an item "[Ohio State University professor Paul
	 * Beck]" with Clinton, a subject far back, as its speaker) */
	const char *b = "Clinton \"drew quite well from white, working-class "
	    "Democrats\" in the 2008 primary, said Ohio State University "
	    "professor Paul Beck.";
	const char *c = "Turnout fell sharply in the city, said Oklahoma City "
	    "police chief Bill Citty.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Clinton \"drew quite well from white, working-class "
	    "Democrats\" in the 2008 primary", "Paul Beck",
	    "Ohio State University professor Paul Beck", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Turnout fell sharply in the city", "Bill Citty",
	    "Oklahoma City police chief Bill Citty", "said");
}

Test(speech_form, a_role_in_lower_case_before_a_name_closing_the_sentence)
{
	/* "CLAUSE, former congressman Dan Maffei said." and "CLAUSE, said
	 * former congressman Dan Maffei.": the role's words are the
	 * mention's, as a title's are (there was no item: the comma stood
	 * before the role, not before the name, and no name followed the
	 * inverted cue) */
	const char *b = "The plan will fail in the Senate, former congressman "
	    "Dan Maffei said. Or maybe Jeb Bush, digital consultant Phil "
	    "Musser says. Turnout fell sharply in the city, said retired "
	    "police chief Bill Citty.";
	/* a common noun or a clause's word before the subject is no
	 * role */
	const char *c = "Clinton leads Sanders by 13 points in the state, "
	    "where both candidates claim ties. The rally drew a big crowd, "
	    "sparking nationwide fear and panic.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "The plan will fail in the Senate", "Dan Maffei",
	    "former congressman Dan Maffei", "said");
	sp_indirect(b, "Or maybe Jeb Bush", "Phil Musser",
	    "digital consultant Phil Musser", "says");
	sp_indirect(b, "Turnout fell sharply in the city", "Bill Citty",
	    "retired police chief Bill Citty", "said");
	/* nor a list's "including": the outlets speak, not CNN */
	const char *d = "He will resign, multiple outlets including CNN "
	    "reported.";

	sp_run(c);
	cr_assert(!sp_item_in(c, "Clinton leads"));
	cr_assert(!sp_item_in(c, "The rally"));
	sp_run(d);
	cr_assert(!sp_item_in(d, "He will resign"));
}

Test(speech_form, clause_comma_subject_said)
{
	const char *b = "The plan will fail in the Senate, Smith said "
	    "Tuesday.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "The plan will fail in the Senate", "Smith", "Smith",
	    "said");
}

Test(speech_form, clause_comma_said_subject)
{
	const char *b = "The plan will fail in the Senate, said John Smith.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "The plan will fail in the Senate", "John Smith",
	    "John Smith", "said");
}

Test(speech_form, clause_before_who_said_is_not_speech)
{
	const char *b = "One such politician was President Barack Obama, "
	    "who claimed.";

	cr_assert_eq(sp_run(b), 0);
}

Test(speech_form, mixed_clause_closed_inside_the_mark)
{
	const char *b = "Voters \"think this guy is not going to be worried "
	    "about breaking eggs,\" he said.";

	cr_assert_eq(sp_run(b), 1);
	/* the comma sits inside the closing mark: the content keeps it */
	sp_indirect(b, "Voters \"think this guy is not going to be worried "
	    "about breaking eggs,\"", NULL, "he", "said");
}

Test(speech_form, closing_cue_with_an_appositive_or_an_adjunct)
{
	const char *b = "Many factors drive the cost of college, said Mark "
	    "Kantrowitz, a national student aid expert. Outright victory "
	    "is vital, Smith said after meeting Thursday with campaign "
	    "aides.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Many factors drive the cost of college",
	    "Mark Kantrowitz", "Mark Kantrowitz", "said");
	sp_indirect(b, "Outright victory is vital", "Smith", "Smith", "said");
}

Test(speech_form, attribution_inside_the_speech_splits_it)
{
	const char *b = "In his state, Christie said, nonviolent offenders "
	    "go to treatment. Instead, he said, the law holds.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "In his state", "Christie", "Christie", "said");
	sp_indirect(b, "nonviolent offenders go to treatment", "Christie",
	    "Christie", "said");
	/* a lone word before it is the speech's too, as PolNeAR
	 * annotates it ("Instead, she said, ...", "Bob, they said, ..."),
	 * but for the writer's connectives ("Still, he said, ...") */
	sp_indirect(b, "Instead", "Christie", "he", "said");
	sp_indirect(b, "the law holds", "Christie", "he", "said");
}

Test(speech_form, attribution_inside_the_speech_with_a_nominal_or_an_addressee)
{
	const char *b = "The emails were on a variety of topics, the Times "
	    "said, including speeches and meetings. The plan, Trump told "
	    "CNN, would be to go after them. If it is at stake, Smith said, "
	    "they may not bother taking that step.";

	cr_assert_eq(sp_run(b), 6);
	/* the subject's determiner stands after the comma */
	sp_indirect(b, "The emails were on a variety of topics", "Times",
	    "Times", "said");
	sp_indirect(b, "including speeches and meetings", "Times", "Times",
	    "said");
	/* the comma after the addressee closes the attribution */
	sp_indirect(b, "The plan", "Trump", "Trump", "told");
	sp_indirect(b, "would be to go after them", "Trump", "Trump", "told");
	/* "that step": the clause opened at "they", its "that" is no
	 * complementizer of "said" */
	sp_indirect(b, "If it is at stake", "Smith", "Smith", "said");
	sp_indirect(b, "they may not bother taking that step", "Smith",
	    "Smith", "said");
}

Test(speech_form, attribution_inside_the_speech_after_a_fragments_mark)
{
	/* the head A ends in a quoted fragment, its comma inside the
	 * closing mark: A is still the speech's first part, as PolNeAR
	 * annotates it (the item used to be missing, the words after the
	 * subject's comma taken alone) */
	const char *b = "Mills \"got an immunity agreement,\" Jordan said, "
	    "and still sat in on the interview. The former secretary of "
	    "state will play the \"woman card,\" Fiorina said, adding that "
	    "the way to beat her is her record.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "Mills \"got an immunity agreement,\"", "Jordan",
	    "Jordan", "said");
	sp_indirect(b, "and still sat in on the interview", "Jordan",
	    "Jordan", "said");
	sp_indirect(b, "The former secretary of state will play the "
	    "\"woman card,\"", "Fiorina", "Fiorina", "said");
	sp_indirect(b, "the way to beat her is her record", "Fiorina",
	    "Fiorina", "adding");
	/* the fragment takes the attribution's speaker */
	sp_check(b, "\"woman card,\"", QUOTE_PARTIAL, "Fiorina", "Fiorina",
	    NULL);
}

Test(speech_form, attribution_inside_the_speech_after_a_guillemet)
{
	/* the same with the guillemets European outlets' English keeps: a
	 * mark one reader accepts as closing, every reader accepts (the
	 * head used to be dropped, its fragment left alone) */
	const char *b = "Mills \xc2\xabgot an immunity agreement,\xc2\xbb "
	    "Jordan said, and still sat in on the interview.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Mills \xc2\xabgot an immunity agreement,\xc2\xbb",
	    "Jordan", "Jordan", "said");
	sp_indirect(b, "and still sat in on the interview", "Jordan",
	    "Jordan", "said");
	sp_check(b, "\xc2\xabgot an immunity agreement,\xc2\xbb",
	    QUOTE_PARTIAL, "Jordan", "Jordan", NULL);
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

Test(speech_form, scene_before_a_quoted_sentence_is_no_speech)
{
	const char *b = "On CBS the day before, she stated, \"When we "
	    "win, we will govern.\"";

	cr_assert_eq(sp_run(b), 0);
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

Test(speech_form, asked_question_is_content)
{
	const char *b = "Asked whether Clinton has the integrity to serve, "
	    "75 percent of Democrats said yes.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "whether Clinton has the integrity to serve", NULL,
	    NULL, "Asked");
	/* the answer is what was said */
	sp_indirect(b, "yes", "Democrats", "Democrats", "said");
}

Test(speech_form, asked_question_then_the_answer)
{
	/* "When asked" too; the clause after the question is read for
	 * its own cue */
	const char *b = "When asked about the opioid crisis, Ted Cruz said "
	    "he knows the consequences firsthand.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the opioid crisis", NULL, NULL, "asked");
	sp_indirect(b, "he knows the consequences firsthand", "Ted Cruz",
	    "Ted Cruz", "said");
}

Test(speech_form, asked_by_or_when_before_the_question)
{
	/* "Asked by X whether ..., ...", "Asked on Monday whether ...":
	 * the question starts at its wh-word, the asker after "by" its
	 * source; "Y was asked by X whether ...": X asks, not Y */
	const char *b = "Asked by Matt Lauer whether she had practiced her "
	    "speech, Melania Trump said no.";
	const char *c = "Asked during a January debate why he trailed "
	    "Clinton, Sanders said the race was young.";
	const char *d = "Sanders was asked by host John Dickerson whether his "
	    "aim was similar to Kennedy's.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "whether she had practiced her speech", "Matt Lauer",
	    "Matt Lauer", "Asked");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "why he trailed Clinton", NULL, NULL, "Asked");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "whether his aim was similar to Kennedy's",
	    "John Dickerson", "host John Dickerson", "asked");
}

Test(speech_form, the_object_before_to_wonder_asks)
{
	/* "leaving some to question whether ...", "caused many to wonder
	 * if ...": the object of a verb of object control is the
	 * infinitive's subject, the source; the question runs to the
	 * sentence's end; not a plain infinitive ("to wonder" alone) */
	const char *b = "Fiorina left, leaving some to question whether she "
	    "deserved credit. The nominee has caused many to wonder if a "
	    "third-party candidate should run. It is hard not to wonder "
	    "whether they envy the Democrats.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "whether she deserved credit", NULL, "some",
	    "question");
	sp_indirect(b, "if a third-party candidate should run", NULL, "many",
	    "wonder");
}

Test(speech_form, the_addressee_of_asked_is_no_part_of_the_question)
{
	const char *b = "Earhardt then asked Rubio which states he could win. "
	    "Hannity asked Trump Wednesday if the wall was still planned. "
	    "Smith asked her to call the senator if possible.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "which states he could win", "Earhardt", "Earhardt",
	    "asked");
	/* past a time too */
	sp_indirect(b, "if the wall was still planned", "Hannity", "Hannity",
	    "asked");
	/* an infinitive is no question: its object stays */
	sp_indirect(b, "her to call the senator if possible", "Smith",
	    "Smith", "asked");
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

Test(speech_form, a_fronted_prepositional_phrase_is_no_clause_before_a_cue)
{
	/* "PP, X VERB words": the phrase is an adjunct, the cue reports
	 * forward; a clause before the comma is still what was said */
	const char *b = "In a changing economy, Millennials still believe in "
	    "the American dream. Shortly after my sentence, Eric Holder "
	    "announced his resignation. In Iowa, the race is tight, officials "
	    "said Tuesday.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the American dream", "Millennials", "Millennials",
	    "believe in");
	sp_indirect(b, "his resignation", "Eric Holder", "Eric Holder",
	    "announced");
	sp_indirect(b, "In Iowa, the race is tight", NULL, "officials",
	    "said");
}

/*
 * "Interviewed by the BBC, May said Brexit meant Brexit.": a participle
 * phrase that opens the sentence (an -ing or -ed form, a preposition, no
 * comma inside) hangs on the subject and is never what was said; the
 * cue reports forward, or nothing; a clause before the comma still is.
 */
Test(speech_form, a_fronted_participle_phrase_is_no_content)
{
	const char *b = "Interviewed by the BBC, May said Brexit meant "
	    "Brexit. Speaking to reporters on Monday, Smith said. Speaking "
	    "on Monday, the plan will fail, officials said.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Brexit meant Brexit", "May", "May", "said");
	sp_indirect(b, "Speaking on Monday, the plan will fail", NULL,
	    "officials", "said");
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

Test(speech_form, closing_cue_at_the_body_end_reads_no_further)
{
	/* the body ends on the inverted subject: the appositive test read
	 * the byte after it (fuzz_quotes, heap overflow under ASan) */
	const char *b = "The plan will fail in the Senate, said Smith";
	size_t i, n = 0, len = strlen(b);
	/* no terminator after the body: ASan sees a read past it */
	char *exact = malloc(len);

	cr_assert_not_null(exact);
	memcpy(exact, b, len);
	th_quotes_run(&sp_out, exact, len);
	for (i = 0; i < sp_out.quotes.n; i++)
		if (sp_out.quotes.v[i].kind == QUOTE_INDIRECT) {
			n++;
			cr_expect_eq(sp_out.quotes.v[i].start, 0);
			cr_expect_eq(sp_out.quotes.v[i].end,
			    strlen("The plan will fail in the Senate"));
		}
	free(exact);
	cr_assert_eq(n, 1);
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
	 * object is an item nested in the content, as after any stance
	 * verb there ("and criticized the candidate") */
	cr_assert_eq(sp_run(f), 2);
	sp_indirect(f, "she was tired of the status quo and wanted a new "
	    "candidate", "Mary Jones", "Mary Jones", "said");
	sp_indirect(f, "a new candidate", "Mary Jones", "Mary Jones",
	    "wanted");
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
	 * Lee's speech; a what-clause that is the subject ("What we know
	 * is that ...") still reports */
	const char *b = "So \"no\" is what Lee said, and Kim said the plan "
	    "would fail. That was what Liz Wahl said when she resigned from "
	    "the network.";
	const char *c = "What we know is that the plan failed badly.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the plan would fail", "Kim", "Kim", "said");
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

Test(speech_form, addressee_of_told_is_no_content)
{
	const char *b = "John Smith told reporters he would run again.";
	const char *c = "John Smith told them the plan would fail.";
	const char *d = "John Smith told a crowd in Iowa the plan would fail.";
	const char *e = "John Smith told CNN on Sunday the plan would fail.";

	/* the clause opens at a subject pronoun or a determiner after the
	 * addressee's first word, or after an object pronoun */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "he would run again", "John Smith", "John Smith",
	    "told");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the plan would fail", "John Smith", "John Smith",
	    "told");
	/* not after a preposition: "in Iowa" is the addressee's */
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "the plan would fail", "John Smith", "John Smith",
	    "told");
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "the plan would fail", "John Smith", "John Smith",
	    "told");
}

Test(speech_form, an_infinitive_after_the_addressee_keeps_it_in_the_content)
{
	const char *b = "Officials told Flint residents not to drink the "
	    "brown water.";
	const char *c = "Sanders urged the party to ax its superdelegate "
	    "system.";
	const char *d = "Jones urged the judge to give him a fair sentence.";
	const char *e = "Smith urged people to seek shelter that way.";
	const char *f = "Humphrey told POLITICO he'll work to help the "
	    "delegates.";

	/* object control: the noun phrase is the infinitive's subject,
	 * no addressee of a clause (PolNeAR dev: 21 pairs made exact, 1
	 * lost) */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Flint residents not to drink the brown water",
	    "Officials", "Officials", "told");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the party to ax its superdelegate system", "Sanders",
	    "Sanders", "urged");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "the judge to give him a fair sentence", "Jones",
	    "Jones", "urged");
	/* a "that" past the infinitive is its own */
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "people to seek shelter that way", "Smith", "Smith",
	    "urged");
	/* a contracted subject pronoun opens the clause */
	cr_assert_eq(sp_run(f), 1);
	sp_indirect(f, "he'll work to help the delegates", "Humphrey",
	    "Humphrey", "told");
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

Test(speech_form, the_article_of_a_closing_source_is_the_subjects)
{
	const char *b = "The plan will fail in the Senate, the Guardian "
	    "reported.";
	const char *c = "In one email, Carter discussed how he had placed a "
	    "card in a \xe2\x80\x9c" "burn bag,\xe2\x80\x9d the Times reported.";

	/* the mention is the name; "the" before it closes no clause of
	 * its own */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "The plan will fail in the Senate", "Guardian",
	    "Guardian", "reported");
	/* and it takes the speech nested before it */
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "In one email, Carter discussed how he had placed a "
	    "card in a \xe2\x80\x9c" "burn bag,\xe2\x80\x9d", "Times", "Times",
	    "reported");
}

Test(speech_form, subordinate_clause_ends_the_content)
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
	cr_assert_eq(sp_run(f), 2);
	sp_indirect(f, "the good old days when, he said, protesters were "
	    "treated more harshly", "Trump", "Mr. Trump", "lamented");
	cr_assert_eq(sp_run(g), 2);
	sp_indirect(g, "emphatically - rebuking Mr. Trump by name - that the "
	    "nominee had played on fears", "Obama", "Mr. Obama", "argued");
	cr_assert_eq(sp_run(h), 2);
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
