/*
 * test_speech_label.c — workers/extract/speech_label.c: a quoted label
 * after a verb's object and "as" ("identified [the judge as "Spanish,"]")
 * that no other rule's item holds.
 */
#include "speech_check.h"

TestSuite(speech_label, .fini = sp_fini);

/*
 * A quoted label after a verb's object and "as" (describe, denounce,
 * refer to X as "Y") is the object's label in someone's words: one item
 * from the object to the closing mark; the label alone after a passive
 * ("known as "Guccifer"") or "such as" is none.  The label and its
 * fragment are the words of the labelling verb's subject (read back
 * from the verb as for a cue, or the clause's subject in a sentence with
 * no cue); "during" is no verb's -ing.
 */
Test(speech_label, a_quoted_label_after_an_object_and_as_is_an_item)
{
	const char *b = "First, Trump identified the judge as \"Spanish,\" "
	    "which is wrong. The hacker known as \"Guccifer\" stayed silent.";
	const char *c = "Clinton has been casting Trump as a \"loose "
	    "cannon\" for weeks. The senator described the plan as "
	    "\"reckless.\"";
	const char *d = "The party met during the crisis as \"a remnant.\"";

	cr_assert_eq(sp_run(b), 1);
	sp_check(b, "the judge as \"Spanish,\"", QUOTE_INDIRECT, "Trump",
	    "Trump", "identified");
	sp_check(b, "\"Spanish,\"", QUOTE_PARTIAL, "Trump", "Trump",
	    "identified");
	cr_assert_eq(sp_run(c), 2);
	sp_check(c, "Trump as a \"loose cannon\"", QUOTE_INDIRECT, "Clinton",
	    "Clinton", "casting");
	sp_check(c, "the plan as \"reckless.\"", QUOTE_INDIRECT, NULL,
	    "The senator", "described");
	cr_assert_eq(sp_run(d), 0);
}

/*
 * Only a verb of labelling or judging takes the label: "such as" lists
 * examples, a verb of motion or being has no object to label, and a
 * label with no object before "as" is read by no rule here.
 */
Test(speech_label, no_label_without_a_labelling_verb_and_its_object)
{
	const char *b = "They sold fruit such as \"dragon fruit\" at the "
	    "market. He ran as \"the outsider\" in 2016. She served as "
	    "\"acting director\" for a year.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert(!sp_item_in(b, "dragon fruit"));
	cr_assert(!sp_item_in(b, "the outsider"));
	cr_assert(!sp_item_in(b, "acting director"));
}
