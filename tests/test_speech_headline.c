/*
 * test_speech_headline.c — workers/extract/speech_headline.c: a
 * paragraph that names its source before a colon (a headline, the
 * title line, a transcript's turns; not a dateline in capitals) and
 * "X Says" headlines, run through the whole quote extractor.
 * speech_check.h holds the checks.
 */
#include "speech_check.h"

TestSuite(speech_headline, .fini = sp_fini);

Test(speech_headline, headline_source_before_a_colon)
{
	const char *b = "Graham: Trump's Hateful Rhetoric Destroying GOP's "
	    "Chance to Win.\n\nRevealed: What The Videos Actually Contain.\n"
	    "\nUPDATE: Polls Close At Eight.\n\nIn the text: the rest.";

	/* a label ("Revealed", "UPDATE") and body copy are no source */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Trump's Hateful Rhetoric Destroying GOP's Chance to "
	    "Win", "Graham", "Graham", ":");
}

/*
 * An interjection's label opens a headline but is no source: the
 * headline after it is read alone ("Wow: Drake Says He Is Done With
 * Feuds" -> Drake), else its item has no speaker ("Look: ..."); were
 * the speakers "Wow" and "Look" (review U1).
 */
Test(speech_headline, an_interjection_label_is_no_source)
{
	const char *b = "Wow: Drake Says He Is Done With Feuds\n\nHe spoke "
	    "in Toronto.";
	const char *c = "Look: Trump Campaign Launches New Attack On Clinton "
	    "Foundation\n\nThe ad runs on Monday.";

	sp_run(b);
	sp_indirect(b, "He Is Done With Feuds", "Drake", "Drake", "Says");
	sp_run(c);
	sp_indirect(c, "Trump Campaign Launches New Attack On Clinton "
	    "Foundation", NULL, NULL, ":");
}

Test(speech_headline, the_kind_of_article_before_a_colon_is_no_source)
{
	/* "Analysis:", "Opinion:", "Explainer:" name the kind of article,
	 * as "UPDATE:" labels a paragraph: no one speaks the title (it
	 * was an item with the speaker "Analysis": held-out probe 2) */
	const char *b = "Analysis: Is New Zealand ready for a four-day "
	    "week?\n\nSupporters say the idea would lift productivity.";
	const char *c = "Opinion: The Council Has Lost Its Way On Housing."
	    "\n\nExplainer: How The New Rent Rules Work In Practice.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the idea would lift productivity", "Supporters",
	    "Supporters", "say");
	cr_assert_eq(sp_run(c), 0);
}

Test(speech_headline, title_line_in_sentence_case_names_its_source)
{
	/* the body's first line may be in sentence case; a line further
	 * on, or a title opening with a determiner, is no headline */
	const char *b = "Sanders: Clinton needs to get away from all of this "
	    "personality stuff.\n\nThe Latest: Cruz to give away a shotgun."
	    "\n\nRubio: Finish second.";
	const char *c = "The Latest: Cruz to give away a shotgun.\n\nText.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Clinton needs to get away from all of this "
	    "personality stuff", "Sanders", "Sanders", ":");
	cr_assert_eq(sp_run(c), 0);
}

/*
 * "NEW DELHI: Union home minister Amit Shah on Monday said ...": a
 * dateline in capitals that opens a story sent without its headline is
 * a place, no source before a colon; the sentence after it reports.
 */
Test(speech_headline, a_dateline_in_capitals_before_a_colon_is_no_source)
{
	const char *b = "NEW DELHI: Union home minister Amit Shah on Monday "
	    "said the government would bring a new law to curb cyber fraud.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the government would bring a new law to curb cyber "
	    "fraud", "Amit Shah", "Amit Shah", "said");
}

Test(speech_headline, transcript_turns_are_their_speakers_words)
{
	/* a label opens each of two paragraphs next to each other; a
	 * tally ("Clinton: 547.") or a lone label is no turn */
	const char *b = "The interview went on.\n\nTAPPER: Do you think he has "
	    "campaigned as a healer?\n\nFALLIN: I think he is trying. It has "
	    "been part of his message.\n\nQ: Did anyone help you?\n\nA: No, "
	    "no one did.\n\nClinton: 547.\nSanders: 46.\n\nUPDATE: the polls "
	    "close at eight.";
	const struct quote *q;

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "Do you think he has campaigned as a healer", "TAPPER",
	    "TAPPER", ":");
	sp_indirect(b, "I think he is trying. It has been part of his message",
	    "FALLIN", "FALLIN", ":");
	/* "Q" labels the interviewer's turn, and names no one */
	sp_indirect(b, "Did anyone help you", NULL, "Q", ":");
	q = sp_at(th_off(b, "No, no one did", 0), QUOTE_INDIRECT);
	cr_assert_not_null(q);
	cr_assert_eq(q->speaker_start, th_off(b, "A: No", 0));
	cr_assert_eq(q->speaker_end, th_off(b, "A: No", 0) + 1);
}

/*
 * A turn's label speaks the whole turn, and the speech the turn reports
 * is also its subject's, an item nested in the turn's (PolNeAR nests
 * them so): when the turn holds a verb of saying with a subject of the
 * third person, its sentences are read on as narration too ("ROTT: Del
 * Bosque says [...]" gave only ROTT's turn).  "I said", "I think" are
 * the label's own.  A dateline in capitals read as a label ("NEW DELHI:"
 * before "MUMBAI:") still speaks, but the sentence's own source now
 * speaks too.
 */
Test(speech_headline, speech_a_turn_reports_is_its_subject_s)
{
	const char *b = "CORNISH: The drought in the West is getting worse. "
	    "NPR's Nathan Rott reports from Fresno.\n\nROTT: Del Bosque says "
	    "the water district cut his allocation to zero.\n\nTAPPER: We "
	    "have seen the plan this week. The senator told me the bill is "
	    "dead.\n\nMURPHY: I said the votes are there, and I think we "
	    "will win.";
	const char *c = "NEW DELHI: The government on Monday said it would "
	    "cut fuel taxes.\n\nMUMBAI: Shares rose after the announcement.";

	cr_assert_eq(sp_run(b), 6);
	sp_indirect(b, "Del Bosque says the water district cut his allocation "
	    "to zero", "ROTT", "ROTT", ":");
	sp_indirect(b, "the water district cut his allocation to zero",
	    "Del Bosque", "Del Bosque", "says");
	sp_indirect(b, "We have seen the plan this week. The senator told me "
	    "the bill is dead", "TAPPER", "TAPPER", ":");
	sp_indirect(b, "the bill is dead", NULL, "The senator", "told");
	sp_indirect(b, "I said the votes are there, and I think we will win",
	    "MURPHY", "MURPHY", ":");
	cr_assert_eq(sp_run(c), 3);
	sp_indirect(c, "it would cut fuel taxes", NULL, "The government",
	    "said");
}

/*
 * A transcript writes its labels alike and a turn answers another
 * speaker: a dateline in capitals under a headline whose source comes
 * before a colon ("Budget 2024: ..." / "NEW DELHI: ..."), or a digest's
 * same dateline twice ("MUMBAI: ..." / "MUMBAI: ..."), is no turn: no
 * item with the place for its speaker (were NEW DELHI, MUMBAI).  Real
 * turns still pair, a letter with either case ("Q:" / "Cruz:").
 */
Test(speech_headline, a_dateline_next_to_a_headline_or_itself_is_no_turn)
{
	const char *b = "Budget 2024: Sitharaman cuts taxes for the middle "
	    "class\n\nNEW DELHI: Finance Minister Nirmala Sitharaman on "
	    "Thursday cut income taxes for the salaried middle class.";
	const char *c = "MUMBAI: The Sensex fell 2 per cent on Monday as banks "
	    "slid.\n\nMUMBAI: Gold prices rose on Monday as the rupee "
	    "weakened.";
	const char *d = "Q: Will you run again?\n\nCruz: I have not decided "
	    "that yet.";

	sp_run(b);
	cr_assert(!sp_item_in(b, "Finance Minister"), "[%s]", b);
	sp_run(c);
	cr_assert(!sp_item_in(c, "The Sensex"), "[%s]", c);
	cr_assert(!sp_item_in(c, "Gold prices"), "[%s]", c);
	cr_assert_eq(sp_run(d), 2);
	sp_indirect(d, "I have not decided that yet", "Cruz", "Cruz", ":");
}

/*
 * A broadcast transcript's label names the speaker, then a comma and the
 * role in capitals ("JAKE TAPPER, CNN HOST:", "SEN. JOE MANCHIN (D), WEST
 * VIRGINIA:"): a turn, its speaker the name (was no item).  A dateline
 * with a date after its comma ("NEW DELHI, DEC 7:") is no such label.
 */
Test(speech_headline, a_broadcast_label_with_its_role_is_a_turn)
{
	const char *b = "JAKE TAPPER, CNN HOST: Welcome back. Joining me now "
	    "is the senator.\n\nSEN. JOE MANCHIN (D), WEST VIRGINIA: Good to "
	    "be with you, Jake.\n\nTAPPER: Will you vote for the bill?";
	const char *c = "NEW DELHI, DEC 7: The government will sell its stake "
	    "in the airline.\n\nMUMBAI, DEC 7: Shares of the airline rose "
	    "on the news.";
	const struct quote *q;

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "Welcome back. Joining me now is the senator",
	    "JAKE TAPPER", "JAKE TAPPER", ":");
	sp_indirect(b, "Good to be with you, Jake", "JOE MANCHIN",
	    "SEN. JOE MANCHIN (D)", ":");
	q = sp_at(th_off(b, "Will you vote", 0), QUOTE_INDIRECT);
	cr_assert_not_null(q);
	cr_assert(th_str_is(q->speaker, "TAPPER"), "[%s]", b);
	sp_run(c);
	cr_assert(!sp_item_in(c, "The government"), "[%s]", c);
}

Test(speech_headline, headline_with_says)
{
	const char *b = "Trump Says He Never Pledged To Kill Family Members "
	    "Of Terrorists\n\nDonald Trump said on Wednesday night that he "
	    "did not.";
	const char *c = "Clinton Hid Past Health Problems From Public, Connie "
	    "Mariano Says.\n\nSecrecy is not a stranger.";
	const char *d = "17 Of The Most Powerful Things Latinos Said In 2015 "
	    "That Got Us Thinking\n\nLatinos gave us plenty to think about.";

	/* the source opens the line, the rest is the content */
	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "He Never Pledged To Kill Family Members Of Terrorists",
	    "Trump", "Trump", "Says");
	/* closed by the verb: the content is the line up to the comma */
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Clinton Hid Past Health Problems From Public",
	    "Connie Mariano", "Connie Mariano", "Says");
	/* more than five words before the verb: no source opens the line */
	cr_assert_eq(sp_run(d), 0);
}

/*
 * headline_says passes over a line before reading its words unless it
 * holds " Sa" and "Say" or "Said" after its first byte: a line whose
 * first " Sa" is another word finds its verb further on, one with no
 * verb stays no headline.
 */
Test(speech_headline, headline_says_search_finds_the_verb_past_other_words)
{
	const char *b = "San Diego Sanders Fans Say The Saturday Vote Will "
	    "Be Close\n\nThe vote is on Saturday.";
	const char *c = "Sanders Aide Said Saturday He Would Not Endorse Any "
	    "Rival\n\nThe aide spoke on Saturday.";
	const char *d = "San Diego Sanders Rally On Saturday Draws A Big "
	    "Crowd Of Fans\n\nThe rally was big.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "The Saturday Vote Will Be Close", NULL,
	    "San Diego Sanders Fans", "Say");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Saturday He Would Not Endorse Any Rival", NULL,
	    "Sanders Aide", "Said");
	cr_assert_eq(sp_run(d), 0);
}

Test(speech_headline, lower_case_headline_source_in_the_story_is_no_name)
{
	/* Title Case capitalises nouns too: "Doctor", "Pollster" are the
	 * nouns the story below writes "former doctor", "pollster": the
	 * mention is a nominal with no name.  "Sanders" is a name */
	const char *b = "Clinton Hid Past Health Problems From Public, Former "
	    "White House Doctor Says.\n\nSecrecy is not a stranger to her "
	    "health, her former doctor said.";
	const char *c = "Former Clinton Pollster Says Clinton Is In Trouble In "
	    "California\n\nFormer Bill Clinton pollster Douglas Schoen was a "
	    "guest.";
	const char *d = "Bernie Sanders Says He Has Started Writing His Address"
	    "\n\nSanders said it was true.";

	cr_assert_geq(sp_run(b), 1);
	sp_indirect(b, "Clinton Hid Past Health Problems From Public", NULL,
	    "Former White House Doctor", "Says");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Clinton Is In Trouble In California", NULL,
	    "Former Clinton Pollster", "Says");
	cr_assert_geq(sp_run(d), 1);
	sp_indirect(d, "He Has Started Writing His Address", "Bernie Sanders",
	    "Bernie Sanders", "Says");
}

/*
 * "I" in a transcript turn's nested report is the turn's speaker: "ROTT:
 * Del Bosque says [...]. I told him that [the cut was legal]." -> ROTT
 * (review F6: was none).  Outside a turn "I" stays none.
 */
Test(speech_headline, i_in_a_turn_s_nested_report_is_the_turn_s_speaker)
{
	const char *b = "CORNISH: The drought is getting worse.\n\nROTT: Del "
	    "Bosque says the district cut his water. I told him that the cut "
	    "was legal.\n\nCORNISH: Thanks for that report.";
	const char *c = "Del Bosque says the district cut his water. I told "
	    "him that the cut was legal.";

	const struct quote *q;

	sp_run(b);
	q = sp_at(th_off(b, "the cut was legal", 0), QUOTE_INDIRECT);
	cr_assert_not_null(q);
	cr_assert(th_str_is(q->speaker, "ROTT"), "speaker in [%s]", b);
	cr_assert_eq(q->speaker_start, th_off(b, "I told", 0));
	sp_run(c);
	sp_indirect(c, "the cut was legal", NULL, "I", "told");
}

/*
 * A Q&A's letter and a period at a paragraph's start label its turns as
 * "Q:" and "A:" do (New York Times style): the answers are the
 * interviewee's, the questions no one's (were no items, and "Q. Why" the
 * speaker of "write").
 */
Test(speech_headline, a_q_and_a_letter_and_period_label_turns)
{
	const char *b = "Jacinda Ardern spoke to The New York Times about her "
	    "memoir.\n\nQ. Why write a book now?\n\nA. I wanted to show "
	    "that you can be kind and still lead.\n\nQ. Do you miss "
	    "politics?\n\nA. Not the hours, but I miss the people.";

	sp_run(b);
	sp_indirect(b, "Why write a book now", NULL, "Q", ".");
	/* the mention "A": the first "A" is Ardern's */
	th_quote_check(&sp_out, b, "I wanted to show that you can be kind "
	    "and still lead", 0, QUOTE_INDIRECT, "Jacinda Ardern", "A", 1,
	    ".");
	th_quote_check(&sp_out, b, "Not the hours, but I miss the people", 0,
	    QUOTE_INDIRECT, "Jacinda Ardern", "A", 2, ".");
}
