/*
 * test_speech_break.c — workers/extract/speech_break.c: where a content
 * ends before a new act of its source ("and defended Cruz", "and says
 * he", ", saying ...") or an attribution coordinated with it ("and the
 * company said it would not"), run through the whole quote extractor.
 * speech_check.h holds the checks.
 */
#include "speech_check.h"

TestSuite(speech_break, .fini = sp_fini);

Test(speech_break, an_attribution_coordinated_without_a_comma_ends_the_content)
{
	const char *b = "Several delegates said they will not attend the "
	    "convention and others have said they are not interested in "
	    "speaking.";
	const char *c = "Smith said the plan would fail and the company said "
	    "it would not.";

	/* "and", a subject of its own and "said": two attributions, as
	 * after ", and" (speech_form::an_attribution_coordinated_after_a_
	 * comma_ends_the_content), once the content before it holds
	 * CONTENT_WORDS_MIN words */
	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "they will not attend the convention", NULL,
	    "Several delegates", "said");
	sp_indirect(b, "they are not interested in speaking", NULL, "others",
	    "said");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "the plan would fail", "Smith", "Smith", "said");
	sp_indirect(c, "it would not", NULL, "the company", "said");
}

Test(speech_break, a_cue_of_the_same_form_after_and_ends_a_noun_phrase_object)
{
	/* "and defended Cruz": the source's next act, a cue in the form
	 * of the first, after a noun-phrase object (it ran on to the
	 * sentence's end) */
	const char *b = "Harry Reid blasted Rubio and defended Cruz.";
	const char *c = "The Clinton campaign denies any wrongdoing and "
	    "insists that Sanders signed the same agreement.";
	/* a present clause after a past cue: the past verb after "and"
	 * cannot be the clause's */
	const char *d = "She said she admires his determination and "
	    "highlighted their shared commitment.";
	/* a clause with a past of its own may take the second verb: left
	 * whole; so is an adjective's object ("Clinton's supposed") */
	const char *e = "Smith said the plan failed badly and criticized "
	    "the mayor.";

	sp_run(b);
	sp_indirect(b, "Rubio", "Harry Reid", "Harry Reid", "blasted");
	sp_indirect(b, "Cruz", "Harry Reid", "Harry Reid", "defended");
	sp_run(c);
	sp_check(c, "any wrongdoing", QUOTE_INDIRECT, NULL,
	    "The Clinton campaign", "denies");
	sp_run(d);
	sp_check(d, "she admires his determination", QUOTE_INDIRECT, NULL,
	    "She", "said");
	sp_run(e);
	sp_indirect(e, "the plan failed badly and criticized the mayor",
	    "Smith", "Smith", "said");
}

/*
 * After a noun-phrase object, "and"/"but" + a cue in the base or the -s
 * form is the source's next act: with no verb in the content, the cue
 * has no subject of its own to go on (review S7: the outermost pass
 * dropped the second act the first content ran over).  Not after an
 * -s cue the base form cannot agree with, not after "that" (a clause),
 * not a cue that is as often a noun ("and fear of").
 */
Test(speech_break, a_cue_after_a_noun_phrase_object_and_and_is_a_new_act)
{
	const char *b = "Retailers reported record sales over Thanksgiving "
	    "weekend and expect more before Christmas Eve.";
	const char *c = "Retailers reported record sales over the holiday "
	    "weekend but warn that costs will rise.";
	const char *d = "The chain reports record sales and expect more "
	    "before Christmas Eve.";
	const char *e = "Officials reported that sales rose sharply this "
	    "weekend and expect more.";
	const char *f = "Retailers reported long lines at the call centers "
	    "and fear of shortages.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "record sales over Thanksgiving weekend", "Retailers",
	    "Retailers", "reported");
	sp_indirect(b, "more before Christmas Eve", "Retailers", "Retailers",
	    "expect");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "record sales over the holiday weekend", "Retailers",
	    "Retailers", "reported");
	sp_indirect(c, "costs will rise", "Retailers", "Retailers", "warn");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "record sales and expect more before Christmas Eve",
	    NULL, "The chain", "reports");
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "sales rose sharply this weekend and expect more",
	    "Officials", "Officials", "reported");
	cr_assert_eq(sp_run(f), 1);
	sp_indirect(f, "long lines at the call centers and fear of shortages",
	    "Retailers", "Retailers", "reported");
}

/*
 * "and"/"but" + the -s form of a verb of saying proper is a new act of
 * the source's, as a past one is: the content ends before it.  Not a
 * plural noun ("and claims of"), not a verb of stance or thought, not
 * the verbs of a relative clause ("who speaks and tweets"); a fragment
 * after a possessive's apostrophe still closes the first content.
 */
Test(speech_break, an_s_form_verb_of_saying_after_and_is_a_new_act)
{
	const char *b = "Clinton says she respects Sanders\xe2\x80\x99 "
	    "\xe2\x80\x9cpassion and commitment\xe2\x80\x9d but argues that "
	    "he can\xe2\x80\x99t deliver on his promises.";
	const char *c = "Cruz says the obvious response was to break up "
	    "fraudulent operators and says he introduced legislation to "
	    "accomplish that.";
	const char *d = "Smith says Donald is a man who speaks and tweets his "
	    "mind freely.";
	const char *e = "Smith said the group has not changed despite their "
	    "conference call and claims of momentum.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "she respects Sanders\xe2\x80\x99 \xe2\x80\x9cpassion "
	    "and commitment\xe2\x80\x9d", "Clinton", "Clinton", "says");
	sp_indirect(b, "he can\xe2\x80\x99t deliver on his promises",
	    "Clinton", "Clinton", "argues");
	sp_check(b, "\xe2\x80\x9cpassion and commitment\xe2\x80\x9d",
	    QUOTE_PARTIAL, "Clinton", "Clinton", "says");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "the obvious response was to break up fraudulent "
	    "operators", "Cruz", "Cruz", "says");
	sp_indirect(c, "he introduced legislation to accomplish that", "Cruz",
	    "Cruz", "says");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "Donald is a man who speaks and tweets his mind "
	    "freely", "Smith", "Smith", "says");
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "the group has not changed despite their conference "
	    "call and claims of momentum", "Smith", "Smith", "said");
}
