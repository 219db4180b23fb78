/*
 * test_speech_fragment.c — workers/extract/speech_fragment.c: the clause
 * a quoted fragment opens after the verb of speech the quote pass
 * attributed it to, with words between them, run through the whole quote
 * extractor.  speech_check.h holds the checks.
 */
#include "speech_check.h"

TestSuite(speech_fragment, .fini = sp_fini);

/* An adjunct between the cue and the fragment that opens the clause, or
 * "that" after one: one item through the fragment to the clause's end,
 * the fragment's speaker. */
Test(speech_fragment, the_clause_a_fragment_opens_after_an_adjunct)
{
	const char *b = "Sanders acknowledged in an MSNBC forum Monday night "
	    "\"it will be very hard for us to win\" if he continues to lose "
	    "ground.\nSexton testified in one of the suits that \"none of "
	    "the professors at the live events\" were handpicked by Trump.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "\"it will be very hard for us to win\" if he "
	    "continues to lose ground", "Sanders", "Sanders", "acknowledged");
	sp_check(b, "\"it will be very hard for us to win\"", QUOTE_PARTIAL,
	    "Sanders", "Sanders", "acknowledged");
	sp_indirect(b, "\"none of the professors at the live events\" were "
	    "handpicked by Trump", "Sexton", "Sexton", "testified");
}

/* Not a fragment inside the object's noun phrase, not a title or a
 * label: no item opens at its mark (the rules' own items stay). */
Test(speech_fragment, not_a_noun_phrase_a_title_or_a_label)
{
	static const char *const bodies[] = {
	    "The activist warned in March of a \"ferocious\" battle ahead "
	    "that could split the party.",
	    "Officials said in a filing \"Christian\" was their religion.",
	    "The aides said at the rally \"Peace Now\" was the slogan.",
	};
	size_t k, i;

	for (k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++) {
		uint32_t at = th_off(bodies[k], "\"", 0);

		sp_run(bodies[k]);
		for (i = 0; i < sp_out.quotes.n; i++)
			cr_assert(sp_out.quotes.v[i].kind != QUOTE_INDIRECT ||
			    sp_out.quotes.v[i].start != at, "[%s]",
			    bodies[k]);
	}
}

/* A fragment quoted from a sentence's start, then "and"/"but" and a
 * verb with no subject: the speaker's next act, no part of what was
 * said; the fragment is the whole of it, the quote pass's partial with
 * its speaker (review F6). */
Test(speech_fragment, the_speaker_s_next_act_after_a_whole_sentence)
{
	static const char *const bodies[] = {
	    "Johnson said during a visit to Kent \"It's a great day for "
	    "Britain\" and shook hands.",
	    "Johnson said during a visit to Kent \"It's a great day for "
	    "Britain\" and then left.",
	};
	size_t k;

	for (k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++) {
		cr_assert_eq(sp_run(bodies[k]), 0, "[%s]", bodies[k]);
		sp_check(bodies[k], "\"It's a great day for Britain\"",
		    QUOTE_PARTIAL, "Johnson", "Johnson", "said");
	}
}

/* A fragment that closes its clause, given by the quote pass to the
 * closer right after it, when the closer runs on past what the rules'
 * closer reads (a participle, a relative clause) or past the sentence's
 * other item: the closer reports the whole clause, one item from the
 * sentence's start with the quote pass's speaker and cue. */
Test(speech_fragment, a_closer_reports_the_clause_its_fragment_ends)
{
	const char *a = "Oz is \u201csmart as hell,\u201d Steve Mosko wrote "
	    "in an email to the network.";
	const char *b = "But \"it will not be carpets and candles,\" said "
	    "Erik Flannigan, the head of music, referring to the scenery "
	    "that marked the concerts.";
	const char *c = "As for complexity, \"broadening the base inevitably "
	    "involves some administration,\" said Mr. Kamin, who emphasized "
	    "that her proposals would simplify returns.";

	cr_assert_eq(sp_run(a), 1);
	sp_indirect(a, "Oz is \u201csmart as hell,\u201d", "Steve Mosko",
	    "Steve Mosko", "wrote");
	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "But \"it will not be carpets and candles,\"",
	    "Erik Flannigan", "Erik Flannigan", "said");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "As for complexity, \"broadening the base inevitably "
	    "involves some administration,\"", "Kamin", "Mr. Kamin", "said");
}

/* Not when the words before the fragment hold an act of their own (a
 * participle that opens the sentence), nor when the cue after it
 * reports what follows it, nor for a title, nor for a pronoun that
 * opens a clause after the cue. */
Test(speech_fragment, no_closer_clause_after_an_act_a_forward_cue_a_title)
{
	static const char *const bodies[] = {
	    "Remarking upon Clinton's \"genuine empathy,\" Starr said, "
	    "\"Leave aside the unpleasantness.\"",
	    "To a question on the \"privatization of public sector jobs,\" "
	    "Sanders said private contractors can be more expensive.",
	    "Joe Scarborough, host of MSNBC's \"Morning Joe,\" suggested "
	    "in an interview that Trump had erred.",
	    "Pollster Ann Selzer is happy to be Iowa's \"silver standard,\" "
	    "says she warned about surprises.",
	};
	size_t k, i;

	for (k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++) {
		sp_run(bodies[k]);
		for (i = 0; i < sp_out.quotes.n; i++)
			cr_assert(sp_out.quotes.v[i].kind != QUOTE_INDIRECT ||
			    sp_out.quotes.v[i].start != 0, "[%s]",
			    bodies[k]);
	}
}

/* The closer's subject a description with no name ("said one former
 * executive who requested anonymity"): the quote pass names no speaker
 * but holds the mention; the item is the clause the fragment ends, with
 * that mention and no speaker.  A cue in -ing after the fragment is a
 * participle, no closer. */
Test(speech_fragment, a_closer_with_a_nameless_subject_reports_the_clause)
{
	const char *b = "Fiorina was not one for \"engaging her team in a "
	    "lot of decisions,\" said one former executive who requested "
	    "anonymity.";
	const char *c = "Trump delivered a defense of \"New York values,\" "
	    "saying the city embodied the bravery of America.";
	size_t i;

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Fiorina was not one for \"engaging her team in a lot "
	    "of decisions,\"", NULL, "one former executive who requested "
	    "anonymity", "said");
	sp_run(c);
	for (i = 0; i < sp_out.quotes.n; i++)
		cr_assert(sp_out.quotes.v[i].kind != QUOTE_INDIRECT ||
		    sp_out.quotes.v[i].start != 0);
}

/* After a past cue the speaker's next act is a past too; an -s word
 * after "and" is a plural noun, the subject of the content's own next
 * clause, which the item keeps (review R2: each lost its item). */
Test(speech_fragment, a_plural_noun_after_the_fragment_is_no_next_act)
{
	static const char *const bodies[] = {
	    "Johnson said during a visit to Kent \"Unemployment is "
	    "falling\" and wages are rising.",
	    "Johnson said during a visit to Kent \"Unemployment is "
	    "falling\" and shares rallied.",
	};
	size_t k;

	for (k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++)
		cr_assert_eq(sp_run(bodies[k]), 1, "[%s]", bodies[k]);
	sp_run(bodies[0]);
	sp_indirect(bodies[0], "\"Unemployment is falling\" and wages are "
	    "rising", "Johnson", "Johnson", "said");
}
