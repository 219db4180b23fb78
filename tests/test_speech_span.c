/*
 * test_speech_span.c — workers/extract/speech_span.c: the spans of
 * reported speech, run through the whole quote extractor: the trims of
 * an item's ends (a writer's gloss or clause after the content, a
 * connective before it, a wire dateline, a parenthesis the content does
 * not open or close, a currency sign, the time and place of the
 * saying after its cue, bytes of a letter past ASCII), a quoted fragment
 * that closes the content, a clause closed inside a fragment's closing
 * mark.  Where a stance's object ends: test_speech_stance.c.
 * speech_check.h holds the checks.
 */
#include "speech_check.h"

TestSuite(speech_span, .fini = sp_fini);

Test(speech_span, writer_gloss_after_the_content_is_left_out)
{
	/* the last comma's noun phrase, a/an/the to the sentence's end,
	 * is the writer's gloss; not a list or a clause after the comma */
	const char *b = "Sanders said the state is wrong to ban hydraulic "
	    "fracturing, an oil-and-gas extraction method. Warren vowed to "
	    "repeal the Hyde Amendment, a longstanding federal provision. "
	    "Kerry said he and Trump differ on Israel, the nuclear deal and "
	    "the court. Jones said the vote was close, the margin was "
	    "small.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the state is wrong to ban hydraulic fracturing",
	    "Sanders", "Sanders", "said");
	sp_indirect(b, "to repeal the Hyde Amendment", "Warren", "Warren",
	    "vowed");
	sp_indirect(b, "he and Trump differ on Israel, the nuclear deal and "
	    "the court", "Kerry", "Kerry", "said");
	sp_indirect(b, "the vote was close, the margin was small", "Jones",
	    "Jones", "said");
}

Test(speech_span, writer_gloss_with_a_relative_clause_is_left_out)
{
	/* ", a charge that ...": the writer's noun phrase after the
	 * content keeps its own relative clause and stays out; a list's
	 * last item with "and" before any "that" stays in */
	const char *b = "The front-runner complained that the contest had "
	    "been rigged against him, a charge that party leaders had "
	    "strongly denied.";
	const char *c = "Lee said the plan would cut taxes, the deficit and "
	    "the debt that worries voters.";

	cr_assert_eq(sp_run(b), 1);
	sp_check(b, "the contest had been rigged against him",
	    QUOTE_INDIRECT, NULL, "The front-runner", "complained");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the plan would cut taxes, the deficit and the debt "
	    "that worries voters", "Lee", "Lee", "said");
}

Test(speech_span, clause_of_its_own_after_but_and_which_ends_the_content)
{
	/* ", but" + a pronoun, a name or an -s verb; ", and" + a past verb
	 * or he/she; ", which" + he/she/they or a past verb to the end:
	 * the writer's clause, not the speech.  A list's ", and", a
	 * relative clause before another comma, ", but it will" after a
	 * clause of the speech's own stay in */
	const char *b = "Hart said Carter stopped the practice, but Cook "
	    "did not say when. Kerr said the warning was wrong, and accused "
	    "the staff of lying. Smith said the server was open, which he "
	    "described as an orchid. Lee said the plan would bring jobs, "
	    "new schools, and repaired roads. Kim said she called Sanders "
	    "after the primaries, which secured her the nomination, to "
	    "congratulate him.";

	cr_assert_eq(sp_run(b), 8);
	sp_indirect(b, "Carter stopped the practice", "Hart", "Hart", "said");
	sp_indirect(b, "the warning was wrong", "Kerr", "Kerr", "said");
	/* the coordinated verb's object is an item of its own */
	sp_indirect(b, "the staff of lying", "Kerr", "Kerr", "accused");
	sp_indirect(b, "the server was open", "Smith", "Smith", "said");
	/* the relative clause is the writer's, but what "he" described
	 * the object as is his (speech_object.c's relative_described_as) */
	th_quote_check(&sp_out, b, "as an orchid", 0, QUOTE_INDIRECT,
	    "Smith", "he", 5, "described");
	/* and so is the pronoun, the object described
	 * (speech_object_relative_naming) */
	th_quote_check(&sp_out, b, "which", 0, QUOTE_INDIRECT, "Smith", "he",
	    5, "described");
	sp_indirect(b, "the plan would bring jobs, new schools, and repaired "
	    "roads", "Lee", "Lee", "said");
	sp_indirect(b, "she called Sanders after the primaries, which "
	    "secured her the nomination, to congratulate him", "Kim", "Kim",
	    "said");
}

Test(speech_span, connective_adverb_before_the_content_is_left_out)
{
	/* "In fact," "Still," opening a sentence whose content runs from
	 * its start are the writer's; "But" stays (as often as not in the
	 * gold) */
	const char *b = "In fact, neither plan would change the taxes of "
	    "the middle class, experts say. Still, most voters view him "
	    "favorably, the poll found. But the rollout was bad, she said.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "neither plan would change the taxes of the middle "
	    "class", NULL, "experts", "say");
	sp_indirect(b, "most voters view him favorably", NULL, "the poll",
	    "found");
	sp_indirect(b, "But the rollout was bad", NULL, "she", "said");
}

Test(speech_span, connective_alone_before_a_split_attribution_is_no_item)
{
	/* "Still, he said, B": the connective is the writer's, no head
	 * item; B is the speech.  A lone other word stays ("Instead") */
	const char *b = "Still, Mr. Devine acknowledged, the campaign will "
	    "have to work hard.";
	const char *c = "Instead, Mr. Devine said, the campaign will work "
	    "hard.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the campaign will have to work hard", "Devine",
	    "Mr. Devine", "acknowledged");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "Instead", "Devine", "Mr. Devine", "said");
}

Test(speech_span, time_between_cue_and_clause_or_that)
{
	const char *b = "Sheldon Adelson said on Friday he met the "
	    "candidate. John Allen said on ABC's \"This Week\" on Sunday "
	    "that the attacks endangered troops. Harry Reid would not say "
	    "Tuesday how the party would vote.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "he met the candidate", "Sheldon Adelson",
	    "Sheldon Adelson", "said");
	sp_indirect(b, "the attacks endangered troops", "John Allen",
	    "John Allen", "said");
	/* before a question too */
	sp_indirect(b, "how the party would vote", "Harry Reid",
	    "Harry Reid", "say");
}

Test(speech_span, content_ending_in_a_letter_past_ascii_keeps_it)
{
	/* "à" is C3 A0: its last byte is no space (fuzz_quotes: the
	 * sentence's end was cut inside the letter) */
	const char *b = "The plan works, he said, and she said it works "
	    "\xc3\xa0";

	sp_run(b);
	sp_indirect(b, "it works \xc3\xa0", NULL, "she", "said");
}

Test(speech_span, wire_dateline_is_not_content)
{
	const char *b = "Headline\nSEOUL, Aug. 15 (UPI) -- The leaders "
	    "exchanged messages, according to state media.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "The leaders exchanged messages", NULL, "state media",
	    "according to");
}

/*
 * A dateline in capitals and a dash with no wire named opens the
 * paragraph, not the content: "[TALLAHASSEE — Donald Trump's views
 * ...], according to a poll" had the place in the content.  Capitals
 * that are a sentence's words are no dateline ("US - China talks" needs
 * the dash's spaces; "AN ADVISER said" has none).
 */
Test(speech_span, a_dateline_with_a_dash_is_not_content)
{
	const char *b = "Headline\nTALLAHASSEE \xe2\x80\x94 Trump's views "
	    "have taken their toll, according to a new poll.";
	const char *c = "Headline\nJERUSALEM - Netanyahu will meet Trump "
	    "later this month, according to his office.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Trump's views have taken their toll", NULL,
	    "a new poll", "according to");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Netanyahu will meet Trump later this month", NULL,
	    "his office", "according to");
}

/*
 * Content that is only a wire dateline is none: "NEW YORK (AP) — Mayor
 * Eric Adams said Tuesday." opens the body and names no content before
 * its subject (the dateline was an item), and a press release closes
 * its dateline with the wire's name in slashes ("/PRNewswire/ --").
 */
Test(speech_span, a_dateline_alone_is_no_content)
{
	const char *b = "NEW YORK (AP) \xe2\x80\x94 Mayor Eric Adams said "
	    "Tuesday.\n\n\"We will not back down.\"";
	const char *c = "NEW YORK, March 3, 2024 /PRNewswire/ -- Acme "
	    "Holdings Inc. reported record results.";

	sp_run(b);
	cr_assert(!sp_item_in(b, "NEW YORK"), "[%s]", b);
	sp_run(c);
	cr_assert(!sp_item_in(c, "NEW YORK"), "[%s]", c);
}

/*
 * A sentence's end is trimmed by characters: 0x85 and 0xA0 are spaces only
 * as C2 85 and C2 A0, not as the last byte of Å (C3 85) or à (C3 A0)
 * (fuzz_quotes: an item ending inside a character).
 */
Test(speech_span, a_letter_ending_in_0x85_is_not_trimmed)
{
	const char *b = "Kim said that the winner was \xc3\x85";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the winner was \xc3\x85", "Kim", "Kim", "said");
}

Test(speech_span, an_attribution_after_a_semicolon_ends_the_content)
{
	const char *b = "Most voters said they are paying attention to the "
	    "campaign; 26 percent of Democrats say they have not been "
	    "paying attention.";

	/* the semicolon joins two clauses, each with its attribution */
	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "they are paying attention to the campaign", NULL,
	    "Most voters", "said");
	sp_indirect(b, "they have not been paying attention", "Democrats",
	    "Democrats", "say");
}

Test(speech_span, according_to_after_a_fragments_closing_mark_takes_the_clause)
{
	const char *b = "The witness said the order was to \xe2\x80\x9c" "avoid "
	    "effecting the outcome,\xe2\x80\x9d according to Reuters.";

	/* the comma inside the closing mark closes the clause: "according
	 * to" takes it in place of the nested "said" item (the fragments'
	 * speakers: speech::sample_upi_read_by_a_human) */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "The witness said the order was to \xe2\x80\x9c" "avoid "
	    "effecting the outcome,\xe2\x80\x9d", "Reuters", "Reuters",
	    "according to");
}

/*
 * A quoted fragment that closes the content, right before the "and" +
 * verb or ", but" that ends it, is the content's: the ends read the
 * sentence's words, which hold no fragment's words, and had cut before
 * its opening mark.  The fragment keeps its own partial item and takes
 * the content's speaker.  A direct quote there stays an item of its own.
 */
Test(speech_span, a_fragment_that_closes_the_content_is_the_contents)
{
	const char *b = "Trump called her \"weak\" and said she had no "
	    "stamina.";
	const char *c = "Bush referred to Rubio as “a bright, charismatic "
	    "leader” but described his skills as thin.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "her \"weak\"", "Trump", "Trump", "called");
	sp_check(b, "\"weak\"", QUOTE_PARTIAL, "Trump", "Trump", "called");
	sp_indirect(b, "she had no stamina", "Trump", "Trump", "said");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "Rubio as “a bright, charismatic leader”", "Bush",
	    "Bush", "referred to");
	sp_indirect(c, "his skills as thin", "Bush", "Bush", "described");
}

/*
 * A clause of two words before its closing fragment is speech: the
 * fragment counts among the content's words ("Rubio was" alone is
 * shorter than a clause).
 */
Test(speech_span, a_short_clause_with_its_closing_fragment_is_content)
{
	const char *b = "Paul suggested that Rubio was \"liberal on military "
	    "spending\" and argued that spending is too high.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Rubio was \"liberal on military spending\"", "Paul",
	    "Paul", "suggested");
	sp_indirect(b, "spending is too high", "Paul", "Paul", "argued");
}

Test(speech_span, the_time_of_the_saying_after_its_cue_is_no_content)
{
	const char *b = "Cruz vowed Tuesday to remain in the fight through "
	    "the California primary.";
	const char *c = "Netanyahu said late Wednesday that he would go "
	    "ahead with the meeting.";
	const char *d = "Trump promised last month to begin taking executive "
	    "action on immigration.";
	const char *e = "Voters said repeatedly they don't want another "
	    "career politician.";
	const char *f = "Smith called Christmas a sham.";

	/* PolNeAR leaves the time of the speech act out of its content */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "to remain in the fight through the California "
	    "primary", "Cruz", "Cruz", "vowed");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "he would go ahead with the meeting", "Netanyahu",
	    "Netanyahu", "said");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "to begin taking executive action on immigration",
	    "Trump", "Trump", "promised");
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "they don't want another career politician", "Voters",
	    "Voters", "said");
	/* a time that is the object is content */
	cr_assert_eq(sp_run(f), 1);
	sp_indirect(f, "Christmas a sham", "Smith", "Smith", "called");
}

/*
 * A time of the saying followed only by more of its circumstance (a
 * place or occasion after in/on/at/during, a clause after as/while) is
 * no content: the cue's content stands before it.  With "to" or
 * "that" past the circumstance the content is still read.
 */
Test(speech_span, a_time_and_place_of_the_saying_alone_is_no_content)
{
	const char *b = "Trump\u2019s \u201cexcesses\u201d are sickening, "
	    "Hollande said Tuesday in Paris, noting the Republican nominee "
	    "\u201cmakes you want to retch.\u201d";
	const char *c = "Clearly an intelligent person,\" Jeff Weaver said "
	    "Monday in an interview with MSNBC.";
	const char *d = "Sanders promised Sunday at a Las Vegas rally to end "
	    "the program.";

	sp_run(b);
	cr_assert(!sp_item_in(b, "Tuesday in Paris"));
	sp_indirect(b, "the Republican nominee \u201cmakes you want to "
	    "retch.\u201d", "Hollande", "Hollande", "noting");
	sp_run(c);
	cr_assert(!sp_item_in(c, "Monday in an interview"));
	cr_assert_eq(sp_run(d), 1);
	cr_assert(sp_item_in(d, "Sunday at a Las Vegas rally to end"));
}

/* A finite verb in the circumstance, before any as/while clause, is a
 * clause of the content whose "that" is left out: the item stays
 * (review F10). */
Test(speech_span, a_clause_after_the_time_and_place_is_content)
{
	const char *b = "Hollande said Tuesday in Paris the deal was dead.";

	cr_assert_eq(sp_run(b), 1);
}

Test(speech_span, a_long_time_and_place_of_the_saying_before_that_is_no_content)
{
	const char *b = "Cruz said Thursday during a taping of a town hall "
	    "meeting in Buffalo that states can pass such laws.";
	const char *c = "Adelson said earlier on Friday during a news "
	    "conference that he may wait until February.";

	/* the complementizer and the adjuncts before it are the
	 * reporting clause's, past THAT_WORDS_MAX words too */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "states can pass such laws", "Cruz", "Cruz", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "he may wait until February", "Adelson", "Adelson",
	    "said");
}

Test(speech_span, a_bracket_the_content_does_not_open_is_left_out)
{
	/* content that starts inside the writer's parenthesis ends before
	 * its closing mark; content that the parenthesis opens starts past
	 * its opening mark; a parenthesis inside the content stays */
	const char *b = "Cruz has a plan on refugees (he has said he favored "
	    "accepting 10,000 Syrians).";
	const char *c = "(The French, it turns out, are big fans of the "
	    "show, Mr. Bensaid said.)";
	const char *d = "Kim said the trade pact (TPP) would fail.";

	cr_assert_eq(sp_run(b), 1);
	sp_check(b, "he favored accepting 10,000 Syrians", QUOTE_INDIRECT,
	    "Cruz", "he", "said");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "The French, it turns out, are big fans of the show",
	    "Bensaid", "Mr. Bensaid", "said");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "the trade pact (TPP) would fail", "Kim", "Kim",
	    "said");
}

Test(speech_span, a_currency_sign_before_the_amount_is_content)
{
	/* the word reader starts "$1" at its digit; the sign is the
	 * amount's */
	const char *b = "Sanders calls for $1 trillion in new spending. "
	    "Clinton calls for \xc2\xa3" "275 billion. Lee calls for "
	    "\xe2\x82\xac" "9 million.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "$1 trillion in new spending", "Sanders", "Sanders",
	    "calls");
	sp_indirect(b, "\xc2\xa3" "275 billion", "Clinton", "Clinton",
	    "calls");
	sp_indirect(b, "\xe2\x82\xac" "9 million", "Lee", "Lee", "calls");
}

Test(speech_span, subordinate_or_adverb_before_a_new_attribution_ends_content)
{
	/* "even as" and "because" with a subject and a cue of their own
	 * open the writer's link to another attitude, and a sentence
	 * adverb after "but" belongs to the new clause: each content ends
	 * before it */
	const char *b = "Bivens said Democrats will not make the same "
	    "mistake this time, even as Warren understands how hard it is to "
	    "sell deficits. The group warned the Fed against buying bonds, "
	    "because Jones thought it risks higher inflation. Smith said the "
	    "plan would fail, but ultimately Prager thinks their logic is "
	    "flawed.";

	cr_assert_eq(sp_run(b), 6);
	sp_indirect(b, "Democrats will not make the same mistake this time",
	    "Bivens", "Bivens", "said");
	sp_indirect(b, "how hard it is to sell deficits", "Warren", "Warren",
	    "understands");
	sp_indirect(b, "the Fed against buying bonds", NULL, "The group",
	    "warned");
	sp_indirect(b, "it risks higher inflation", "Jones", "Jones",
	    "thought");
	sp_indirect(b, "the plan would fail", "Smith", "Smith", "said");
	sp_indirect(b, "their logic is flawed", "Prager", "Prager", "thinks");
}

Test(speech_span, focus_adverb_after_a_comma_opens_a_new_attribution)
{
	/* ", even some allies questioned": the adverb after the comma is
	 * the new clause's, as after a conjunction; the content before it
	 * ends at the comma */
	const char *b = "Many voters say they do not trust the plan, even "
	    "some allies questioned why it had not been changed.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "they do not trust the plan", NULL, "Many voters",
	    "say");
	sp_indirect(b, "why it had not been changed", NULL, "some allies",
	    "questioned");
}

Test(speech_span, comma_inside_a_closing_mark_links_a_new_attribution)
{
	/* American copy sets the comma inside the fragment's closing mark:
	 * the content ends with the mark, and the clause with a subject of
	 * its own after it is a new attribution */
	const char *b = "Trump says China is \"a great country,\" he also "
	    "accuses it of stealing American jobs.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "China is \"a great country,\"", "Trump", "Trump",
	    "says");
	sp_indirect(b, "it of stealing American jobs", "Trump", "he",
	    "accuses");
}
