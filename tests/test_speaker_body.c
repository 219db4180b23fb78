/*
 * test_speaker_body.c — workers/extract/speaker_body.c: the bodies that
 * spoke, kept for "the company" after them (a lone word that spoke, a
 * name its content calls "it"), and the cues and "it"s that keep none,
 * through the quote pass.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "quotes_int.h"
#include "quotes_check.h"

TestSuite(speaker_body, .fini = qt_fini);

/*
 * A noun of business ("the company", "the airline", "the bank") with no
 * company named after it nearer stands for the last organisation that
 * spoke: a lone name that shows itself a name (written where no
 * sentence starts) and stands for no full name before it ("Boeing said
 * ... The company said" was none).  Not a common word the sentence
 * capitalised ("Police said"), nor a person's surname.
 */
Test(speaker_body, the_company_is_the_last_one_word_body_that_spoke)
{
	const char *b = "SEATTLE (AP) \xe2\x80\x94 Boeing said Wednesday it "
	    "would cut 10 percent of its workforce.\n\nThe company said the "
	    "cuts would fall mostly on managers.";
	const char *c = "Shares of EgyptAir fell. EgyptAir said the plane was "
	    "lost over the sea. He had no known political affiliations, the "
	    "airline said.";
	const char *d = "Police said the driver had been drinking. The "
	    "company said it was cooperating with the police.";
	const char *e = "Lee Wang ran the firm for a decade. Wang said the "
	    "deal was done. The company said the deal was done too.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "the cuts would fall mostly on managers", 0,
	    QUOTE_INDIRECT, "Boeing", "The company", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "He had no known political affiliations", 0,
	    QUOTE_INDIRECT, "EgyptAir", "the airline", 0, "said");
	cr_assert_eq(qt(d), 0);
	qt_check(d, "it was cooperating with the police", 0, QUOTE_INDIRECT,
	    NULL, "The company", 0, "said");
	cr_assert_eq(qt(e), 0);
	qt_check(e, "the deal was done too", 0, QUOTE_INDIRECT, NULL,
	    "The company", 0, "said");
}

/*
 * A news outlet that reports the story ("Reuters reported", "citing",
 * "according to Bloomberg") is no company in it: "The company said"
 * after it stays none (review F11: was Reuters, Bloomberg), while a
 * one-word company that said something is still taken.
 */
Test(speaker_body, an_outlet_that_reports_is_no_company)
{
	const char *b = "Tesla shares fell. Reuters reported the recall was "
	    "voluntary, citing a memo seen by Reuters. The company said it "
	    "would fix the cars.";
	const char *c = "Shares of Wipro fell. Wipro said margins would "
	    "narrow. The company said hiring would slow.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "it would fix the cars", 0, QUOTE_INDIRECT, NULL,
	    "The company", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "hiring would slow", 0, QUOTE_INDIRECT, "Wipro",
	    "The company", 0, "said");
}

/*
 * A name of two words that spoke content calling it "it" with a modal,
 * or "its", is a body's (English calls a person "he" or "she"): "Rio
 * Tinto said on Wednesday it would cut 1,500 jobs. ... the company said"
 * -> Rio Tinto (was none: only one-word names were kept).  "it was time"
 * has no agent, and a person's name stays one.
 */
Test(speaker_body, a_two_word_name_its_content_calls_it_is_a_body)
{
	const char *b = "LONDON (Reuters) - Rio Tinto said on Wednesday it "
	    "would cut 1,500 jobs.\n\n\"These are difficult decisions,\" "
	    "the company said in a statement.";
	const char *c = "Shaktikanta Das said it was time to act. The "
	    "company said it would comply.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"These are difficult decisions,\"", 0, QUOTE_DIRECT,
	    "Rio Tinto", "the company", 0, "said");
	qt(c);
	qt_check(c, "it would comply", 0, QUOTE_INDIRECT, NULL,
	    "The company", 0, "said");
}

/*
 * The "it" of duration, "it would take years", "it could take a few
 * months", is no one's either (review F3, still open after its mend): a
 * person whose given name the lists lack is no body for "the company"
 * (was Sundar Pichai).  "it would take legal action" keeps its agent.
 */
Test(speaker_body, an_it_of_duration_makes_no_body)
{
	const char *b = "Sundar Pichai said it would take years to recover. "
	    "Alphabet shares fell. \"We are cutting costs,\" the company "
	    "said.";
	const char *c = "Rio Tinto said it would take legal action. \"We are "
	    "cutting costs,\" the company said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We are cutting costs,\"", 0, QUOTE_DIRECT, NULL,
	    "the company", 0, "said");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"We are cutting costs,\"", 0, QUOTE_DIRECT,
	    "Rio Tinto", "the company", 0, "said");
}

/*
 * The "it" of "it will be a difficult year", "it could be months" (a
 * modal and "be" before no -ing word) is no one's: it does not make the
 * name that said it a body for "the company" after it (review F3).  "it
 * will be closing stores" has an agent.
 */
Test(speaker_body, an_expletive_it_makes_no_body)
{
	const char *b = "Sundar Pichai said it will be a difficult year. "
	    "Alphabet shares fell.\n\n\"We are cutting costs,\" the company "
	    "said.";
	const char *c = "Kwik Mart said it will be closing 20 stores.\n\n"
	    "\"These are difficult decisions,\" the company said.";

	qt(b);
	qt_check(b, "\"We are cutting costs,\"", 0, QUOTE_DIRECT, NULL,
	    "the company", 0, "said");
	qt(c);
	qt_check(c, "\"These are difficult decisions,\"", 0, QUOTE_DIRECT,
	    "Kwik Mart", "the company", 0, "said");
}
