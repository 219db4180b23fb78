/*
 * test_speech_ask.c — workers/extract/speech_ask.c: a question put to
 * someone ("Asked whether ...", "asked by X [if ...]", "caused many to
 * wonder [whether ...]") and the addressee of "told" and "asked", which
 * is no part of the content, run through the whole quote extractor.
 * speech_check.h holds the checks.
 */
#include "speech_check.h"

TestSuite(speech_ask, .fini = sp_fini);

Test(speech_ask, told_object_that_clause)
{
	const char *b = "Trump told reporters on Monday that the wall "
	    "would be built.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the wall would be built", "Trump", "Trump", "told");
}

Test(speech_ask, asked_question_is_content)
{
	const char *b = "Asked whether Clinton has the integrity to serve, "
	    "75 percent of Democrats said yes.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "whether Clinton has the integrity to serve", NULL,
	    NULL, "Asked");
	/* the answer is what was said */
	sp_indirect(b, "yes", "Democrats", "Democrats", "said");
}

Test(speech_ask, asked_question_then_the_answer)
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

Test(speech_ask, asked_by_or_when_before_the_question)
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

Test(speech_ask, the_object_before_to_wonder_asks)
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

Test(speech_ask, the_addressee_of_asked_is_no_part_of_the_question)
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

/*
 * A verb of telling names whom it tells before the question as a verb
 * of asking does ("told Breitbart News Daily host Alex Marlow on
 * Thursday [how surprised he is ...]": the addressee was content);
 * not past what is told ("tell you [much about whether ...]") or a
 * noun's "of" ("told the story of how ...").
 */
Test(speech_ask, the_addressee_of_told_is_no_part_of_the_question)
{
	const char *b = "Pat Caddell told Breitbart News Daily host Alex "
	    "Marlow on Thursday how surprised he is. "
	    "It doesn't tell you much about whether a person would be good.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "how surprised he is", "Pat Caddell", "Pat Caddell",
	    "told");
	sp_indirect(b, "much about whether a person would be good", NULL,
	    "It", "tell");
}

Test(speech_ask, a_clause_told_before_whether_or_not_is_the_content)
{
	/* a finite auxiliary after the addressee opens the clause told:
	 * the "whether" after it opens an adjunct, no question */
	const char *b = "John Thune told reporters the Senate would vote "
	    "Friday whether or not Democrats agreed.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the Senate would vote Friday whether or not "
	    "Democrats agreed", "John Thune", "John Thune", "told");
}

Test(speech_ask, addressee_of_told_is_no_content)
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

Test(speech_ask, an_infinitive_after_the_addressee_keeps_it_in_the_content)
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
