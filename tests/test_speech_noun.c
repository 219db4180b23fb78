/*
 * test_speech_noun.c — workers/extract/speech_noun.c: the nouns of speech
 * acts and attitudes with the preposition of their content ("attacks on
 * [Curiel]", "his call for [a ban]"), their source, and the pair test the
 * cue scan asks of each noun it meets.
 */
#include "speech_check.h"

TestSuite(speech_noun, .fini = sp_fini);

/*
 * A noun of a speech act or an attitude with its preposition
 * (speech_noun.c: criticism of, attack on, call for, questions about,
 * concerns about...): the object is the content, to a finite verb after
 * it or its first comma; the subject of the verb that takes the noun
 * phrase speaks, or failing one the noun's possessor, or no one.  Not a
 * noun of taking sides, nor one that is no speech act ("the attack on
 * the embassy" is a noun of the table, "the support for" is not).
 */
Test(speech_noun, a_noun_of_a_speech_act_takes_the_object_of_its_preposition)
{
	const char *b = "Christie made a bizarre attack on Rubio. "
	    "Donald Trump's attacks on Curiel were sharp. "
	    "Sanders renewed his call for a ban on fracking. "
	    "Amid questions about his taxes, Trump left. "
	    "The support for Smith grew.";
	const struct quote *q;

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "Rubio", "Christie", "Christie", "attack on");
	sp_indirect(b, "Curiel", "Donald Trump", "Donald Trump",
	    "attacks on");
	sp_indirect(b, "a ban on fracking", "Sanders", "Sanders", "call for");
	q = sp_at(th_off(b, "his taxes", 0), QUOTE_INDIRECT);
	cr_assert_eq(q->end, th_off(b, "his taxes", 0) + strlen("his taxes"));
	cr_assert(th_str_is(q->cue, "questions about"));
	cr_assert_eq(q->speaker_start, q->speaker_end, "no source named");
}

/*
 * Judgment_communication names a verbal attack by its figure, aimed at
 * or against its target: "took swipes at", "traded barbs about", "his
 * tirade against", "criticism on" (speech_noun.c's table).  A time
 * after the preposition is no content, capitalised or not ("criticism
 * on Tuesday"), and shots fired are no speech.
 */
Test(speech_noun, a_noun_of_a_verbal_attack_takes_its_target)
{
	const char *b = "Trump also took multiple swipes at Jeb Bush. "
	    "Cruz and Rubio traded barbs about immigration. "
	    "His tirade against the press was long. "
	    "She escalated her criticism on Tuesday. "
	    "They fired shots at the police.";
	const struct quote *q;

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "Jeb Bush", "Trump", "Trump", "swipes at");
	q = sp_at(th_off(b, "immigration", 0), QUOTE_INDIRECT);
	cr_assert(th_str_is(q->cue, "barbs about"));
	q = sp_at(th_off(b, "the press", 0), QUOTE_INDIRECT);
	cr_assert_eq(q->end, th_off(b, "the press", 0) + strlen("the press"));
	cr_assert(th_str_is(q->cue, "tirade against"));
}

/*
 * An armed attack is no speech (FrameNet's Attack, not
 * Judgment_communication): a modifier of violence or a year right
 * before the noun, or a building or place as its target, makes the
 * attack on it an event; a verbal attack on a person is still read.
 */
Test(speech_noun, an_armed_attack_on_a_place_is_no_speech)
{
	const char *b = "Officials named the men behind the deadly attack "
	    "on a nightclub. The 2012 attack on the compound was "
	    "investigated. Gunmen carried out an attack on the embassy "
	    "in Kabul. Trump's attack on Curiel was sharp.";

	cr_assert_eq(sp_run(b), 1);
	cr_assert(!sp_item_in(b, "a nightclub"));
	cr_assert(!sp_item_in(b, "the compound"));
	cr_assert(!sp_item_in(b, "the embassy"));
	sp_indirect(b, "Curiel", "Trump", "Trump", "attack on");
}

/*
 * Praise heaped "on" its object, plaudits "for" it, an apology "for"
 * what is regretted (FrameNet's Judgment_communication and Apology):
 * the object is the content, the subject of the verb that takes the
 * noun its source.
 */
Test(speech_noun, a_noun_of_praise_or_apology_takes_its_object)
{
	const char *b = "McDonough heaped praise on Kennedy. "
	    "Admiral Harris makes no apologies for his candor. "
	    "The three governors drew plaudits for their debates.";
	const struct quote *q;

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "Kennedy", "McDonough", "McDonough", "praise on");
	sp_indirect(b, "his candor", "Harris", "Admiral Harris",
	    "apologies for");
	q = sp_at(th_off(b, "their debates", 0), QUOTE_INDIRECT);
	cr_assert(th_str_is(q->cue, "plaudits for"));
}

Test(speech_noun, a_noun_of_a_statement_takes_its_that_clause_with_a_fragment)
{
	/* the Statement nouns' message as a that-clause, read when it
	 * holds a quoted fragment; the noun's possessor speaks; a list's
	 * next member ends the clause */
	const char *b = "Critics fanned controversy over Albright's remark "
	    "that \"there is a special place in hell for them.\" That was "
	    "before the 1999 admission that he was \"very pro-choice,\" "
	    "and his argument for single-payer care.";
	/* without a fragment, or before a relative clause's verb, none */
	const char *c = "She repeated her remark that there is a special "
	    "place in hell for them. He was fired over comments that "
	    "aired on \"Morning Joe\" last week.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "\"there is a special place in hell for them.\"",
	    "Albright", "Albright", "remark");
	sp_indirect(b, "he was \"very pro-choice,\"", NULL, NULL,
	    "admission");
	sp_run(c);
	cr_assert(!sp_item_in(c, "there is a special place"));
	cr_assert(!sp_item_in(c, "aired on"));
}

/*
 * The nouns of FrameNet's Statement frame that name a speech act with a
 * proposition as its message (allegations, complaints, warnings, claims,
 * suggestions...) take their that-clause without a quoted fragment; the
 * clause ends at its first stop (a semicolon, a comma that opens no
 * list, a lone dash, not a pair set off inside it).  A noun phrase that
 * opens the sentence is its subject: a clause with no stop would run
 * into the main verb, and is not taken.  "remark" keeps the fragment
 * test (its "that" opens a relative clause as often).
 */
Test(speech_noun, a_statement_noun_takes_its_plain_that_clause)
{
	const char *b = "The hearing came after allegations that Chinese "
	    "hackers broke in; it ended early. Despite complaints that "
	    "they distort democracy, the superdelegates stayed. After "
	    "warnings that Ukraine - and by extension its firms - would "
	    "default, bonds fell. Mr. Trump's assertion that Russia "
	    "should hack the emails drew fire. That was her remark "
	    "that there is a special place in hell for them.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "Chinese hackers broke in", NULL, NULL, "allegations");
	sp_indirect(b, "they distort democracy", NULL, NULL, "complaints");
	sp_indirect(b, "Ukraine - and by extension its firms - would default",
	    NULL, NULL, "warnings");
	cr_assert(!sp_item_in(b, "Russia should hack"));
	cr_assert(!sp_item_in(b, "there is a special place"));
}

/*
 * A sentence-opening conjunction or an -ed modifier after the
 * possessor leaves the noun phrase the sentence's subject: its clause
 * does not run on into the main verb (review U5's rest).
 */
Test(speech_noun, a_subject_noun_phrase_after_but_or_a_modifier_takes_none)
{
	const char *b = "But his stern warning that the bridge would fail "
	    "was ignored.";
	const char *c = "Her repeated warnings that the bridge would fail "
	    "went unheeded.";
	const char *d = "Engineers ignored her repeated warnings that the "
	    "bridge would fail.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_run(c), 0);
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "the bridge would fail", NULL, NULL, "warnings");
}

/*
 * A relative clause on a Statement noun leaves its verb's object out
 * (the noun is that object): no message.  A verb that takes a
 * statement or a charge with nothing after it but the clause's end, a
 * preposition or a time is the gap; a passive has none, and a verb with
 * its object keeps the clause (review T6).
 */
Test(speech_noun, a_relative_clause_on_a_statement_noun_is_no_message)
{
	const char *b = "The paper published the statement that the "
	    "campaign sent. The jury weighed the allegations that the "
	    "prosecution presented at trial. Officials stood by the "
	    "statement that they released on Friday. Despite warnings "
	    "that the bank issued in March, the stock rose. Despite "
	    "assurances that the aid would be delivered on time, they "
	    "left. After claims that the firm made illegal payments, "
	    "shares fell.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the aid would be delivered on time", NULL, NULL,
	    "assurances");
	sp_indirect(b, "the firm made illegal payments", NULL, NULL,
	    "claims");
	cr_assert(!sp_item_in(b, "the campaign sent"));
	cr_assert(!sp_item_in(b, "presented at trial"));
	cr_assert(!sp_item_in(b, "released on Friday"));
	cr_assert(!sp_item_in(b, "issued in March"));
}

/*
 * A noun of a speech act or an attitude as the subject of a copula whose
 * predicate is a that-clause (PolNeAR's guidelines, "Nouns as cues":
 * "His concern is that they will eliminate the position"): the clause is
 * the content, the noun and the copula the cue, the possessor the
 * source, none when the noun has none.  "that of" is a demonstrative.
 */
Test(speech_noun, a_noun_before_a_copula_takes_its_that_clause)
{
	const char *b = "His concern is that they will eliminate the "
	    "position. Rubio's response was that the tax code is unfair. "
	    "The assumption has been that employers would respond. "
	    "The view was that of a minority.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "they will eliminate the position", NULL, "His",
	    "concern is");
	sp_indirect(b, "the tax code is unfair", "Rubio", "Rubio",
	    "response was");
	sp_indirect(b, "employers would respond", NULL, NULL,
	    "assumption has been");
	cr_assert(!sp_item_in(b, "of a minority"));
}

/*
 * The pair test the cue scan asks of a noun [p, q): one space, then a
 * preposition of the noun's own row as a whole word; "that" only with a
 * double mark after it in the sentence, where the sentence's last
 * double mark ends read once into *mark_end and kept for its next pair.
 */
Test(speech_noun, a_pair_is_the_noun_its_own_preposition_and_a_whole_word)
{
	static const struct {
		const char *s;
		int want;
	} cases[] = {
		{ "attacks on Curiel", 1 },
		{ "call for a ban", 1 },
		{ "questions about taxes", 1 },
		{ "attacks of Curiel", 0 },	/* not the noun's preposition */
		{ "attacks onto Curiel", 0 },	/* no whole word */
		{ "attacks  on Curiel", 0 },	/* one space only */
		{ "attack on Curiel", 1 },
		{ "remark that \"we lost\"", 1 },
		{ "remark that we lost", 0 },	/* "that" wants a mark after */
		{ "trousers on fire", 0 },	/* no noun of the table */
		{ "concern is that they", 1 },	/* a copula and "that" */
		{ "assumption has been that we", 1 },
		{ "concern is thatched", 0 },	/* no whole word */
		{ "concern is what we", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *s = cases[i].s;
		size_t len = strlen(s), q = strcspn(s, " ");
		size_t mark_end = SPEECH_MARK_UNREAD;

		cr_assert_eq(speech_noun_pair_at(s, 0, len, 0, q, &mark_end),
		    cases[i].want, "%s", s);
	}
}

/*
 * *mark_end is read once a sentence: the first noun + "that" reads it,
 * and a pair past the sentence's last mark is told at once that no mark
 * follows it.
 */
Test(speech_noun, a_sentence_s_last_mark_is_read_once_for_its_pairs)
{
	const char *s = "His remark that \"we lost\" and her comment that "
	    "we won";
	size_t len = strlen(s), p1 = th_off(s, "remark", 0),
	    p2 = th_off(s, "comment", 0), mark_end = SPEECH_MARK_UNREAD;

	cr_assert_eq(speech_noun_pair_at(s, 0, len, p1, p1 + 6, &mark_end),
	    1);
	cr_assert_eq(mark_end, th_off(s, "\" and", 0) + 1);
	cr_assert_eq(speech_noun_pair_at(s, 0, len, p2, p2 + 7, &mark_end),
	    0);
	cr_assert_eq(mark_end, th_off(s, "\" and", 0) + 1,
	    "kept, not read again");
}

/* "that" after a noun and its copula that opens no clause: "that which"
 * (a demonstrative's relative), a degree adverb before one word and a
 * mark ("The mantra is that simple:"), and a noun a preposition other
 * than "of" takes, whose copula is another noun's ("The reason for the
 * idea was that ..."); review T4. */
Test(speech_noun, a_copula_that_opens_no_clause_takes_nothing)
{
	const char *b = "The mantra is that simple: work hard. The concern "
	    "was that which we feared. The reason for the idea was that "
	    "costs rose. His concern is that they will leave.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "they will leave", NULL, "His", "concern is");
}
