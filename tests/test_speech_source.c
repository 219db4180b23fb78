/*
 * test_speech_source.c — workers/extract/speech_source.c: sources that
 * are no verb's subject: according to, documents and polls, a
 * passive's agent, quoted as saying.
 */
#include "speech_check.h"

TestSuite(speech_source, .fini = sp_fini);

Test(speech_source, a_document_speaks_without_that)
{
	/* a poll, records, a survey: the object or clause after "shows",
	 * "found"; a participle's to its clause's end; not a document
	 * ("Police found the car"), not a preposition after the verb */
	const char *b = "A new national poll shows Clinton with her largest "
	    "lead to date. The polls show he remains the second choice of "
	    "most voters. Aides released a CNN poll showing Trump ahead by "
	    "two points, "
	    "which surprised her. Police found the car near the river. The "
	    "survey found in March a small shift.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "Clinton with her largest lead to date", NULL,
	    "A new national poll", "shows");
	sp_indirect(b, "he remains the second choice of most voters", NULL,
	    "The polls", "show");
	sp_indirect(b, "Trump ahead by two points", NULL, "a CNN poll",
	    "showing");
}

/*
 * A statement, a speech, a letter or an ad that someone issues speaks for
 * its maker: the subject of the clause that holds it, not the noun right
 * before the participle.
 */
Test(speech_source, the_maker_of_a_statement_speaks_through_it)
{
	const char *b = "On Saturday, Trump issued a statement saying that "
	    "Scalia was a remarkable person.";
	const char *c = "Clinton delivered the speech outlining her foreign "
	    "policy vision on July 15.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Scalia was a remarkable person", "Trump", "Trump",
	    "saying");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "her foreign policy vision", "Clinton", "Clinton",
	    "outlining");
}

Test(speech_source, according_to_a_long_source)
{
	const char *b = "According to early results of exit polls conducted "
	    "for The Associated Press and television networks, nearly half "
	    "of the voters were black.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "nearly half of the voters were black", NULL,
	    "early results of exit polls conducted", "According to");
}

Test(speech_source, passive_quoted_as_saying)
{
	const char *b = "Smith was quoted as saying the bill would never "
	    "pass the Senate.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the bill would never pass the Senate", "Smith",
	    "Smith", "quoted as saying");
}

Test(speech_source, according_to_first)
{
	const char *b = "According to the Pentagon, the strike killed three "
	    "militants.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the strike killed three militants", "Pentagon",
	    "the Pentagon", "According to");
}

/* A dash that closes a pair before "according to": the clause runs from
 * the sentence's start with its aside; a dash alone is no clause's end. */
Test(speech_source, according_to_after_a_pair_of_dashes)
{
	const char *b = "Ferguson had 115 violent crimes \xe2\x80\x94 "
	    "including murder and robbery \xe2\x80\x94 according to FBI "
	    "data.\nThe bill passed \xe2\x80\x94 according to the clerk.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Ferguson had 115 violent crimes \xe2\x80\x94 "
	    "including murder and robbery \xe2\x80\x94", "FBI", "FBI",
	    "according to");
}

Test(speech_source, according_to_last)
{
	const char *b = "The strike killed three militants, according to "
	    "state media.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "The strike killed three militants", NULL,
	    "state media", "according to");
}

Test(speech_source, statement_of_a_source_said)
{
	const char *b = "Vladimir Putin sent a message. Putin's message said "
	    "relations would grow stronger.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "relations would grow stronger", "Vladimir Putin",
	    "Putin's message", "said");
}

Test(speech_source, quoted_as_saying_clause)
{
	const char *b = "KCNA quoted Kim Jong Un as saying the two countries "
	    "would remain friends.";

	cr_assert_eq(sp_run(b), 1);
	/* Y speaks, not X */
	sp_indirect(b, "the two countries would remain friends",
	    "Kim Jong Un", "Kim Jong Un", "quoted Kim Jong Un as saying");
}

Test(speech_source, a_head_before_according_to_is_content)
{
	/* "HEAD, according to X, REST": the head set off by the
	 * attribution is content as well as the rest; not a connective
	 * ("But") nor a dateline with a comma of its own; "That's
	 * according to X": the pronoun is the content */
	const char *b1 = "Fundraising, according to the campaign, has surged "
	    "in the same period.";
	const char *b2 = "But, according to the poll, most voters want a "
	    "change.";
	const char *b3 = "The campaign raised $21 million. That's according "
	    "to fundraising reports filed Saturday.";

	cr_assert_eq(sp_run(b1), 2);
	sp_indirect(b1, "Fundraising", NULL, "the campaign", "according to");
	sp_indirect(b1, "has surged in the same period", NULL, "the campaign",
	    "according to");
	cr_assert_eq(sp_run(b2), 1);
	sp_indirect(b2, "most voters want a change", NULL, "the poll",
	    "according to");
	cr_assert_eq(sp_run(b3), 1);
	sp_indirect(b3, "That", NULL, "fundraising reports filed Saturday",
	    "according to");
}

Test(speech_source, according_to_after_a_word_that_opens_a_clause)
{
	/* "..., and, according to X, CLAUSE", "after, according to X,
	 * CLAUSE", "But according to X, CLAUSE": the clause after the
	 * source is X's, the words before it are not; with a cue before
	 * it, read after the cue's own item; a list's last members stay in
	 * the source; not after a quoted fragment ("or “D,” according to") */
	const char *b1 = "He crossed the border 30 years ago after, according "
	    "to him, the network censured his first report.";
	const char *b2 = "Clinton praised his record, and according to exit "
	    "polls, won most of the black vote.";
	const char *b3 = "But according to interviews with his friends, aides "
	    "and allies, he wants to campaign this fall.";
	const char *b4 = "They pull the lever for \xe2\x80\x9c" "R,"
	    "\xe2\x80\x9d or \xe2\x80\x9c" "D,\xe2\x80\x9d according to "
	    "their instinctive preference.";

	cr_assert_eq(sp_run(b1), 1);
	sp_indirect(b1, "the network censured his first report", NULL,
	    "him", "according to");
	cr_assert_eq(sp_run(b2), 2);
	sp_indirect(b2, "his record", "Clinton", "Clinton", "praised");
	sp_indirect(b2, "won most of the black vote", NULL, "exit polls",
	    "according to");
	cr_assert_eq(sp_run(b3), 1);
	sp_indirect(b3, "he wants to campaign this fall", NULL,
	    "interviews with his friends", "according to");
	sp_run(b4);
	for (size_t k = 0; k < sp_out.quotes.n; k++)
		cr_assert(sp_out.quotes.v[k].kind != QUOTE_INDIRECT ||
		    sp_out.quotes.v[k].start < (uint32_t)(strstr(b4,
		    "according") - b4), "no item after the fragment's "
		    "\"according to\"");
}

Test(speech_source, a_dateline_before_according_to_is_no_content)
{
	/* "DATELINE, according to X's reports, CLAUSE": the source's
	 * phrase runs past the name to its comma, and the clause after it
	 * is the content, not the dateline before */
	const char *b = "Overseas Network, August 15, according to KCNA "
	    "reports, on August 15, Putin and Kim exchanged messages.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "on August 15, Putin and Kim exchanged messages",
	    "KCNA", "KCNA", "according to");
}

Test(speech_source, a_poll_named_by_in_speaks)
{
	/* "In a CNN poll released Monday, CLAUSE": the poll speaks (past
	 * a participle's phrase); not a clause inside the phrase ("where
	 * exit polls were conducted"), nor a clause with a cue of its own
	 * ("38 percent of voters said ...": that cue reports it) */
	const char *b1 = "In a CNN poll released Monday, 50 percent of "
	    "respondents chose Clinton. In the new Morning Consult poll, "
	    "conducted March 11-13, 40 percent of Democrats back Sanders.";
	const char *b2 = "In eight states where exit polls were conducted, "
	    "black voters were a quarter of the electorate.";
	const char *b3 = "In a CBS poll, 38 percent of voters said the "
	    "foundation should close.";

	cr_assert_eq(sp_run(b1), 2);
	sp_indirect(b1, "50 percent of respondents chose Clinton", NULL,
	    "a CNN poll released Monday", "In");
	sp_indirect(b1, "40 percent of Democrats back Sanders", NULL,
	    "the new Morning Consult poll", "In");
	cr_assert_eq(sp_run(b2), 0);
	cr_assert_eq(sp_run(b3), 1);
	sp_indirect(b3, "the foundation should close", NULL,
	    "38 percent of voters", "said");
}

/*
 * "In Ash's view, CLAUSE", "In the eyes of most Americans, CLAUSE": a
 * prepositional phrase of a view held is the cue (PolNeAR's guidelines,
 * "Prepositions and prepositional phrases as cues"), its possessor or
 * the noun phrase after "of" the source; not the writer's ("In my
 * view"), nor a phrase whose noun is no view ("In Ash's house").
 */
Test(speech_source, a_view_held_named_by_in_speaks)
{
	const char *b = "In Ash's view, the change would hurt insiders. "
	    "In the eyes of most Americans, the bailouts are unjust. "
	    "In my view, we must act. In Ash's house, the lights were on.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the change would hurt insiders", "Ash", "Ash",
	    "In Ash's view");
	sp_indirect(b, "the bailouts are unjust", NULL,
	    "most Americans", "In the eyes of most Americans");
	cr_assert(!sp_item_in(b, "we must act"));
	cr_assert(!sp_item_in(b, "the lights were on"));
}

/* "In the eyes of the law", "of God" is an idiom of standing, no view
 * anyone holds; a lower-case holder is a mention with no speaker, as
 * "the company" is (review T7). */
Test(speech_source, the_eyes_of_the_law_hold_no_view)
{
	const char *b = "In the eyes of the law, the marriage never existed. "
	    "In the eyes of God, all are equal. In the minds of many "
	    "voters, Trump is a strongman.";

	cr_assert_eq(sp_run(b), 1);
	cr_assert(!sp_item_in(b, "the marriage never existed"));
	cr_assert(!sp_item_in(b, "all are equal"));
	sp_indirect(b, "Trump is a strongman", NULL, "many voters",
	    "In the minds of many voters");
}

Test(speech_source, a_document_before_a_phrase_of_by_speaks)
{
	/* "A study by X found CLAUSE": the document's noun before a phrase
	 * of "by", "from" or "of" speaks through its verb, the phrase part
	 * of the source; not across a pronoun ("after it announced") */
	const char *b1 = "A study by the watchdog group Media Matters found "
	    "the nominee garnered twice as much airtime.";
	const char *b2 = "A new survey of those 18 to 35 years old shows a "
	    "62-32 divide on the issue.";

	cr_assert_eq(sp_run(b1), 1);
	sp_indirect(b1, "the nominee garnered twice as much airtime",
	    "Media Matters", "Media Matters", "found");
	cr_assert_eq(sp_run(b2), 1);
	sp_indirect(b2, "a 62-32 divide on the issue", NULL,
	    "A new survey of those 18 to 35 years old", "shows");
}

Test(speech_source, a_document_before_a_participle_speaks)
{
	/* "New polls released Sunday showed CLAUSE": a participle of
	 * publication post-modifies the document's noun, the phrase part of
	 * the source; "that" may follow, and a clause after it opens with
	 * any word ("about") */
	const char *b1 = "He lost. New polls released Sunday showed Clinton "
	    "taking a lead in the race.";
	const char *b2 = "He lost. A study published in Nature found that "
	    "about half of the voters were undecided.";

	cr_assert_eq(sp_run(b1), 1);
	sp_indirect(b1, "Clinton taking a lead in the race", NULL,
	    "New polls released Sunday", "showed");
	cr_assert_eq(sp_run(b2), 1);
	sp_indirect(b2, "about half of the voters were undecided", NULL,
	    "A study published in Nature", "found");
}

Test(speech_source, a_document_before_a_time_or_a_place_speaks)
{
	/* "A CNN/ORC poll last month showed OBJECT", "a poll out this week
	 * shows", "Polls in New Hampshire show", "Polls there show": a time
	 * or a place post-modifies the document's noun, the phrase part of
	 * the source */
	const char *b = "He lost. A CNN poll last month showed Trump leading "
	    "Cruz nationally. A Monmouth poll out this week shows Clinton with "
	    "a lead. Polls in New Hampshire show the top two candidates are "
	    "the same. Polls there show Trump is trailing Cruz.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "Trump leading Cruz nationally", NULL,
	    "A CNN poll last month", "showed");
	sp_indirect(b, "Clinton with a lead", NULL,
	    "A Monmouth poll out this week", "shows");
	sp_indirect(b, "the top two candidates are the same", NULL,
	    "Polls in New Hampshire", "show");
	sp_indirect(b, "Trump is trailing Cruz", NULL, "Polls there", "show");
}

Test(speech_source, a_document_before_a_phrase_set_off_by_commas_speaks)
{
	/* "The survey, conducted by X, finds OBJECT", "Exit polls ...,
	 * which Trump won, showed that CLAUSE": a participle's phrase or a
	 * relative clause set off by commas leaves the document the verb's
	 * subject, and the source (not the maker after "by"); an
	 * appositive that is a name is no such phrase */
	const char *b = "He lost. The survey, conducted by the Public Policy "
	    "Institute of California, finds Clinton with a small lead. Exit "
	    "polls from the primary, which Trump won, showed that 65 percent "
	    "backed the ban. A Fox News poll, conducted jointly with Shaw & "
	    "Company Research (R), shows Sanders with 47 percent. The poll, "
	    "Smith said, shows nothing.";

	sp_run(b);
	sp_indirect(b, "Clinton with a small lead", NULL, "The survey",
	    "finds");
	sp_indirect(b, "65 percent backed the ban", NULL,
	    "Exit polls from the primary", "showed");
	sp_indirect(b, "Sanders with 47 percent", NULL, "A Fox News poll",
	    "shows");
	cr_assert(!sp_item_in(b, "nothing"));
}

Test(speech_source, a_participle_clause_opening_the_sentence_has_the_next_subject)
{
	/* "Noting that CLAUSE, Tester added ...", "Citing OBJECT, Will
	 * said ...": the object runs to the clause's comma, the mention
	 * after it speaks, the sentence's own cue is read after; not
	 * "Speaking to reporters," (a preposition's verb) nor a gerund
	 * that is the subject */
	const char *b = "He lost. Noting that only Kirk voted with Democrats, "
	    "Tester added that the vote would fail. Citing last week's attack "
	    "as a wake-up call, Will said the city must act. Speaking to "
	    "reporters on Monday, Rubio smiled. Criticizing police tactics "
	    "will alienate many voters.";

	sp_run(b);
	sp_indirect(b, "only Kirk voted with Democrats", "Tester", "Tester",
	    "Noting");
	sp_indirect(b, "the vote would fail", "Tester", "Tester", "added");
	sp_indirect(b, "last week's attack as a wake-up call", "Will", "Will",
	    "Citing");
	sp_indirect(b, "the city must act", "Will", "Will", "said");
	cr_assert(!sp_item_in(b, "reporters on Monday"));
	cr_assert(!sp_item_in(b, "police tactics"));
}

Test(speech_source, a_document_before_a_participle_at_the_start_speaks)
{
	/* the noun as the sentence's first word: its maker after "by"
	 * speaks */
	const char *b = "Polls conducted by Gallup show Trump ahead in Ohio.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Trump ahead in Ohio", "Gallup", "Gallup", "show");
}

Test(speech_source, a_document_speaks_never_a_time_in_its_phrase)
{
	/* the source is the polls, not the time in the participle's phrase
	 * ("two weeks", "Saturday"); the cues in its content are nested in
	 * it (no item of its own for "said") */
	const char *b1 = "Polls taken over the past two weeks show Clinton "
	    "ahead by five points.";
	const char *b2 = "A poll conducted by voters in Saturday's primary "
	    "showed that 70 percent of them said they would vote again.";

	cr_assert_eq(sp_run(b1), 1);
	sp_indirect(b1, "Clinton ahead by five points", NULL,
	    "Polls taken over the past two weeks", "show");
	cr_assert_eq(sp_run(b2), 1);
	sp_indirect(b2, "70 percent of them said they would vote again", NULL,
	    "A poll conducted by voters in Saturday's primary", "showed");
}

Test(speech_source, a_passive_names_its_content_and_its_source)
{
	/* "SUBJECT was (first) reported by AGENT": the subject is the
	 * content, the agent after "by" the source; a relative pronoun is
	 * the subject alone; not "asked by", not "by now" */
	const char *b1 = "The meeting was first reported by Politico.";
	const char *b2 = "Ash wrote in the email, which was first reported "
	    "by Reuters, that the rules held.";
	const char *b3 = "Sanders was asked by host Bill Maher about it. If "
	    "anybody should have been confirmed by now, it is Crenshaw.";

	cr_assert_eq(sp_run(b1), 1);
	sp_indirect(b1, "The meeting", "Politico", "Politico", "reported");
	sp_run(b2);
	sp_indirect(b2, "which", "Reuters", "Reuters", "reported");
	cr_assert_eq(sp_run(b3), 0);
}

Test(speech_source, the_object_of_a_verb_of_causation_speaks)
{
	/* "led X to declare", "prompted X to accuse", "leads X to
	 * suspect": the object of a verb of causation is the subject of
	 * the cue in the infinitive after it, the source; the cue reads its
	 * content as a finite one does.  Not a plain infinitive ("hard to
	 * say"), not a verb of permission ("allowed them to say") */
	const char *b = "The decisive victory led Republican chairman Reince "
	    "Priebus to declare him the presumptive nominee. The tone "
	    "prompted Anderson Cooper to accuse Bondi of hypocrisy. This leads "
	    "many experts to suspect that the emails were faked.";
	const char *c = "It is hard to say that the race is over. The rules "
	    "allowed them to say that the vote was fair.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "him the presumptive nominee", "Reince Priebus",
	    "Republican chairman Reince Priebus", "declare");
	sp_indirect(b, "Bondi of hypocrisy", "Anderson Cooper",
	    "Anderson Cooper", "accuse");
	sp_indirect(b, "the emails were faked", NULL, "many experts",
	    "suspect");
	cr_assert_eq(sp_run(c), 0);
}

Test(speech_source, as_reported_by_names_the_source_of_the_clause)
{
	/* "As reported by X, CLAUSE": the passive of "As X reported,
	 * CLAUSE"; the agent is the source, the clause after its comma the
	 * content, to the sentence's end; not with no agent ("As reported,
	 * ..." keeps its old reading), not inside a sentence */
	const char *b = "As reported by Western Journalism, the secretary "
	    "was told of her duty. As first reported by Politico, "
	    "investigators found the emails on her server.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the secretary was told of her duty",
	    "Western Journalism", "Western Journalism", "reported by");
	sp_indirect(b, "investigators found the emails on her server",
	    "Politico", "Politico", "reported by");
}

Test(speech_source, a_document_noun_speaks_in_the_plural_too)
{
	/* the documents' class (LX_DOC) holds for both numbers, as a
	 * verb's class holds for all its inflections: "averages",
	 * "audits", "tallies" speak as "average", "audit", "tally" do */
	const char *b = "Polling averages show Clinton with a lead in the low "
	    "single digits. Internal audits found the plan had failed. Party "
	    "tallies show Sanders ahead by 20 delegates.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "Clinton with a lead in the low single digits", NULL,
	    "Polling averages", "show");
	sp_indirect(b, "the plan had failed", NULL, "Internal audits",
	    "found");
	sp_indirect(b, "Sanders ahead by 20 delegates", NULL, "Party tallies",
	    "show");
}
