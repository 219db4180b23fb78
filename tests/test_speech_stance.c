/*
 * test_speech_stance.c — workers/extract/speech_stance.c: where a
 * stance's object ends, run through the whole quote extractor: the
 * occasion, medium or means of the act, a past verb and its object after
 * a comma, and the marks that do not end it (a hyphen after an
 * abbreviation's stop, a label in parentheses).  speech_check.h holds
 * the checks.
 */
#include "speech_check.h"

TestSuite(speech_stance, .fini = sp_fini);

Test(speech_stance, the_occasion_of_the_act_ends_a_stance_object)
{
	const char *b = "Trump attacked Clinton during a rally in Ohio.";
	const char *c = "Warren criticized the plan during the first "
	    "presidential debate.";
	const char *d = "Trump mocked his problems during Monday's debate.";

	/* "during" a debate, a rally, a speech: the act's occasion, not
	 * the object's */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Clinton", "Trump", "Trump", "attacked");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the plan", "Warren", "Warren", "criticized");
	/* not without an article or a possessive pronoun first */
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "his problems during Monday's debate", "Trump", "Trump",
	    "mocked");
}

Test(speech_stance, the_occasion_or_medium_after_in_or_at_ends_a_stance_object)
{
	const char *b = "Darroch praised Obama's presidency in an interview "
	    "published Sunday.";
	const char *c = "Trump praised the reporter at a press conference "
	    "in Hanahan.";
	const char *d = "Democrats support the nominee at the convention.";
	const char *e = "Clinton said Trump would be easy to defeat in a "
	    "debate.";

	/* "in" or "at" an interview, a speech, a news conference: the
	 * act's occasion or medium, as after "during" */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Obama's presidency", "Darroch", "Darroch", "praised");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the reporter", "Trump", "Trump", "praised");
	/* "at the ..." is as often the place the object tells */
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "the nominee at the convention", "Democrats",
	    "Democrats", "support");
	/* a clause's own occasion: a verb inside the content */
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "Trump would be easy to defeat in a debate", "Clinton",
	    "Clinton", "said");
}

Test(speech_stance, the_means_of_the_act_ends_a_stance_object)
{
	const char *b = "Sanders attacked Fiorina by reminding voters of the "
	    "layoffs.";
	const char *c = "Trump dismissed the charges by pointing out that she "
	    "had changed her mind.";
	const char *d = "Smith accused her of making racist remarks by using "
	    "the term.";
	const char *e = "Jones explained the headline by saying it was a joke.";

	/* "by" and a gerund after the object: the act's means (FrameNet's
	 * Means), not the object's; the content after the gerund is the
	 * gerund's own item */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Fiorina", "Sanders", "Sanders", "attacked");
	cr_assert_eq(sp_run(c), 2);
	sp_indirect(c, "the charges", "Trump", "Trump", "dismissed");
	/* not after a verb inside the object, whose means it is */
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "her of making racist remarks by using the term",
	    "Smith", "Smith", "accused");
	/* "by saying" frames the saying: the object stays as it was, and
	 * the saying's own content is nested in it, no item */
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "the headline by saying it was a joke", "Jones", "Jones",
	    "explained");
}

Test(speech_stance, a_hyphen_after_an_abbreviation_does_not_end_a_stance_object)
{
	const char *b = "Trump promised to build a wall along the "
	    "U.S.-Mexico border and deport millions. Warren criticized the "
	    "U.N.-backed plan - and the wall.";

	/* "U.S.-Mexico": the hyphen joins a compound across the
	 * abbreviation's stop; a dash set apart still ends the object */
	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "to build a wall along the U.S.-Mexico border and "
	    "deport millions", "Trump", "Trump", "promised");
	sp_indirect(b, "the U.N.-backed plan", "Warren", "Warren",
	    "criticized");
}

Test(speech_stance, a_past_verb_and_object_after_a_comma_end_a_stance_object)
{
	/* ", mocked the Republican Party": the subject's next act, a past
	 * verb that is a cue with its object, ends the stance's noun
	 * phrase (it ran on to the sentence's end) */
	const char *b = "Biden complained about the tone but defended Bernie "
	    "Sanders as a mainstream candidate, mocked the Republican Party "
	    "and its leading contenders.";
	const char *c = "On Monday the board of elections rejected both "
	    "objections, ruled Cruz eligible.";
	/* a participle with a preposition modifies the noun; a naming
	 * verb before a name is left to the reader of its own item */
	const char *d = "Palestinians criticized the plan for East Jerusalem, "
	    "captured by Israel in 1967.";

	sp_run(b);
	sp_indirect(b, "Bernie Sanders as a mainstream candidate", "Biden",
	    "Biden", "defended");
	sp_run(c);
	sp_check(c, "both objections", QUOTE_INDIRECT, NULL,
	    "the board of elections", "rejected");
	sp_run(d);
	sp_indirect(d, "the plan for East Jerusalem, captured by Israel in "
	    "1967", "Palestinians", "Palestinians", "criticized");
}

Test(speech_stance, a_label_in_parentheses_does_not_end_a_stance_object)
{
	/* a party and state or an acronym in parentheses belongs to the
	 * name before it, and a time after it still ends the object past
	 * its closing mark; a parenthesis of words is the writer's aside */
	const char *b = "Carly Fiorina threw her support behind Sen. Ted Cruz "
	    "(R-Texas) Wednesday.";
	const char *c = "Clinton opposed congressional approval of the "
	    "Trans-Pacific Partnership (TPP).";
	const char *d = "Warren criticized the plan (which she called a "
	    "giveaway) on Tuesday.";

	sp_run(b);
	sp_indirect(b, "Sen. Ted Cruz (R-Texas)", "Carly Fiorina",
	    "Carly Fiorina", "threw her support behind");
	sp_run(c);
	sp_indirect(c, "congressional approval of the Trans-Pacific "
	    "Partnership (TPP)", "Clinton", "Clinton", "opposed");
	sp_run(d);
	sp_indirect(d, "the plan", "Warren", "Warren", "criticized");
}

Test(speech_stance, a_time_clause_after_the_object_is_the_acts)
{
	const char *b = "Trump congratulated Cruz after he won the primary.";
	const char *c = "Rubio supported the bill when it came to the Senate.";
	const char *d = "Trump assailed elites as he accepted the nomination.";
	const char *e = "Sanders criticized the accord adopted after two weeks "
	    "of talks.";
	const char *f = "Cruz favored exceptions, such as when a pregnancy "
	    "results from rape.";
	const char *g = "Christie described Clinton as a disgrace.";

	/* when, after, before, since, until; "as" before a pronoun: the
	 * time of the act, as "on Tuesday" is */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Cruz", "Trump", "Trump", "congratulated");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the bill", "Rubio", "Rubio", "supported");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "elites", "Trump", "Trump", "assailed");
	/* a participle inside the object takes it */
	cr_assert_eq(sp_run(e), 1);
	sp_indirect(e, "the accord adopted after two weeks of talks",
	    "Sanders", "Sanders", "criticized");
	/* an example inside the object */
	cr_assert_eq(sp_run(f), 1);
	sp_indirect(f, "exceptions, such as when a pregnancy results from "
	    "rape", "Cruz", "Cruz", "favored");
	/* "as" before a noun is the naming verb's complement */
	cr_assert_eq(sp_run(g), 1);
	sp_indirect(g, "Clinton as a disgrace", "Christie", "Christie",
	    "described");
}

/*
 * ", then" and a verb of its own after a stance's object is the
 * subject's next act, no part of what it said: "called [it unfair],
 * then walked out" (review F9: the content ran over "then walked out").
 * Not in an infinitive's clause, whose own verbs they are ("urged him
 * [to wait, then vote]"), nor before a determiner ("then the plan").
 */
Test(speech_stance, then_and_a_verb_of_its_own_end_a_stance_object)
{
	const char *b = "Senator Maria Lopez called the ruling unfair, then "
	    "walked out of the hearing.";
	const char *c = "Opposition Leader Peter Dutton called it reckless, "
	    "then left the chamber.";
	const char *d = "Smith urged voters to wait a week, then vote.";

	sp_run(b);
	sp_indirect(b, "the ruling unfair", "Maria Lopez",
	    "Senator Maria Lopez", "called");
	sp_run(c);
	sp_indirect(c, "it reckless", "Peter Dutton",
	    "Opposition Leader Peter Dutton", "called");
	sp_run(d);
	sp_indirect(d, "voters to wait a week, then vote", "Smith", "Smith",
	    "urged");
}

Test(speech_stance, the_medium_of_the_act_after_on_ends_a_stance_object)
{
	const char *b = "Alwaleed mocked Trump on Twitter.";
	const char *c = "Clinton touted his endorsement on her Facebook page.";
	const char *d = "Schilling describes himself on his Facebook account "
	    "as a conservative.";

	/* "on" a network, a social medium, a page or a show: the act's
	 * medium, as "in a tweet" is */
	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "Trump", "Alwaleed", "Alwaleed", "mocked");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "his endorsement", "Clinton", "Clinton", "touted");
	/* a naming verb's "as" after it: the complement is the object's */
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "himself on his Facebook account as a conservative",
	    "Schilling", "Schilling", "describes");
}

/*
 * "since" or "as" before a clause with a present or modal auxiliary is
 * a reason or a manner, not the act's time, and stays in the object as
 * "because" does ("since he took office" and "as he accepted" are times;
 * review F6).
 */
Test(speech_stance, a_reason_after_since_or_as_stays_in_the_object)
{
	const char *b = "Warren opposed the merger since it would raise "
	    "prices.";
	const char *c = "Paul criticized the budget as it is written.";
	const char *d = "Cruz has criticized the deal since he took office.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the merger since it would raise prices", "Warren",
	    "Warren", "opposed");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the budget as it is written", "Paul", "Paul",
	    "criticized");
	cr_assert_eq(sp_run(d), 1);
	sp_indirect(d, "the deal", "Cruz", "Cruz", "criticized");
}

/*
 * ", then" before an adjective is an aside inside the object, not the
 * subject's next act: the word after "then" must be a verb by its form
 * (review F10).
 */
Test(speech_stance, then_and_an_adjective_stay_in_the_object)
{
	const char *b = "Rubio praised the governor, then angry, for his "
	    "budget.";
	const char *c = "Lee praised the mayor, then takes it back.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the governor, then angry, for his budget", "Rubio",
	    "Rubio", "praised");
	sp_run(c);
	sp_indirect(c, "the mayor", "Lee", "Lee", "praised");
}

/*
 * A medium's name right after "on" that modifies a noun after it is no
 * medium of the act: "on" belongs to the noun before it (review F12).
 */
Test(speech_stance, a_medium_name_before_a_noun_stays_in_the_object)
{
	const char *b = "Sanders criticized her reliance on television "
	    "advertising.";
	const char *c = "Trump mocked Cruz on Twitter when the polls closed.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "her reliance on television advertising", "Sanders",
	    "Sanders", "criticized");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "Cruz", "Trump", "Trump", "mocked");
}

/*
 * An -ing word after a comma with a comma or "and"/"or" right after it is
 * an item of a list ("a kind, loving and admirable person"), not a
 * participle that opens a clause of its own (", saying it would help").
 */
Test(speech_stance, a_list_of_ing_words_stays_in_the_object)
{
	const char *b = "Clinton called him a kind, loving and admirable "
	    "person.";
	const char *c = "Smith praised the bill, saying it would help.";

	sp_run(b);
	sp_indirect(b, "him a kind, loving and admirable person", "Clinton",
	    "Clinton", "called");
	sp_run(c);
	sp_indirect(c, "the bill", "Smith", "Smith", "praised");
}

/*
 * A participle after a comma with an aside between commas right after
 * it opens its clause, no list: the list goes on after the comma with
 * "and"/"or" or another -ing word (review F2).
 */
Test(speech_stance, a_participle_before_an_aside_ends_the_object)
{
	const char *b = "The senator condemned the attack, calling, once "
	    "again, for calm.";
	const char *c = "Protesters accused Emanuel of covering up, "
	    "delaying, and withholding facts.";

	sp_run(b);
	sp_indirect(b, "the attack", NULL, "The senator", "condemned");
	sp_run(c);
	sp_indirect(c, "Emanuel of covering up, delaying, and withholding "
	    "facts", "Protesters", "Protesters", "accused");
}

/* A compound -ing word with a hyphen after a comma is an adjective of a
 * list before its noun, not a participle's clause: the object runs on
 * over it; a participle without a hyphen still ends it. */
Test(speech_stance, a_hyphened_ing_adjective_after_a_comma_stays)
{
	const char *b = "The mayor criticized the big, free-standing "
	    "government enterprises that provide services.";
	const char *c = "Sanders derided the plan as a favor-trading, "
	    "self-enriching deal.";
	const char *d = "The mayor criticized the agencies, standing by "
	    "her staff.";

	sp_run(b);
	sp_indirect(b, "the big, free-standing government enterprises that "
	    "provide services", NULL, "The mayor", "criticized");
	sp_run(c);
	sp_indirect(c, "the plan as a favor-trading, self-enriching deal",
	    "Sanders", "Sanders", "derided");
	sp_run(d);
	sp_indirect(d, "the agencies", NULL, "The mayor", "criticized");
}

/* A colon before a lower-case word on its line opens a list or an
 * apposition that spells the object out: the object runs on over it; a
 * capital or a quote mark after the colon still ends it. */
Test(speech_stance, a_list_after_a_colon_stays_in_the_object)
{
	const char *b = "Heller talked about issues affecting all Nevadans: "
	    "the economy and national security.";
	const char *c = "The INS offered three options: that the father "
	    "come to pick up his son, or that a third party escort him.";
	const char *d = "Jones criticized the plan: It is a disaster.";

	sp_run(b);
	sp_indirect(b, "issues affecting all Nevadans: the economy and "
	    "national security", "Heller", "Heller", "talked about");
	sp_run(c);
	sp_indirect(c, "three options: that the father come to pick up his "
	    "son, or that a third party escort him", "INS", "The INS",
	    "offered");
	sp_run(d);
	sp_indirect(d, "the plan", "Jones", "Jones", "criticized");
}

/* A clause after the colon, a pronoun or a word and an auxiliary first,
 * is no list or apposition of the object: the object ends at the colon
 * (review R10: each ran on over the clause). */
Test(speech_stance, a_clause_after_a_colon_ends_the_object)
{
	const char *b = "Jones criticized the plan: it was, she said, too "
	    "costly.";
	const char *c = "Jones warned of risks: inflation could rise.";

	sp_run(b);
	sp_indirect(b, "the plan", "Jones", "Jones", "criticized");
	sp_run(c);
	sp_indirect(c, "risks", "Jones", "Jones", "warned of");
}

/* After a gerund in the object, an -ing word after "and" is another
 * gerund of the object, not the source's next act (that would be a
 * finite verb, "and vowed"); after a cue in -ing, "and" + -ing is the
 * source's next act as before. */
Test(speech_stance, and_a_gerund_after_a_gerund_stays_in_the_object)
{
	const char *b = "Sanders criticized Clinton for accepting campaign "
	    "donations and speaking fees from Wall Street firms.";
	const char *c = "Sanders criticized Clinton for her speeches and "
	    "vowed to fight.";
	const char *d = "He spoke for an hour, noting questions about "
	    "breaking up big banks and saying he could not answer.";

	sp_run(b);
	sp_indirect(b, "Clinton for accepting campaign donations and "
	    "speaking fees from Wall Street firms", "Sanders", "Sanders",
	    "criticized");
	sp_run(c);
	sp_indirect(c, "Clinton for her speeches", "Sanders", "Sanders",
	    "criticized");
	sp_run(d);
	sp_indirect(d, "questions about breaking up big banks", NULL, "He",
	    "noting");
}

/*
 * After "during" with an article or a possessive, a period of the
 * campaign (a campaign, the primaries, a hearing, a visit, talks, the
 * course of ...) is the act's time, as a debate or a rally is its
 * occasion; not a noun that modifies another ("the campaign cycle").
 */
Test(speech_stance, a_period_after_during_ends_a_stance_object)
{
	const char *b = "Carson attacked Clinton and Rubio during the course "
	    "of the rant.";
	const char *c = "Sanders cast the Clintons as part of the "
	    "establishment during the primaries.";
	const char *d = "Jones decried portrayals of Muslims during the "
	    "campaign cycle.";

	sp_run(b);
	sp_indirect(b, "Clinton and Rubio", "Carson", "Carson", "attacked");
	sp_run(c);
	sp_indirect(c, "the Clintons as part of the establishment",
	    "Sanders", "Sanders", "cast");
	sp_run(d);
	sp_indirect(d, "portrayals of Muslims during the campaign cycle",
	    "Jones", "Jones", "decried");
}

/* A comma inside a fragment's closing mark ends a stance's object as a
 * comma does, before a participle or a word that opens another clause;
 * the content keeps the mark. */
Test(speech_stance, a_comma_inside_a_closing_mark_ends_the_object)
{
	const char *b = "Harris called China ''provocative and "
	    "expansionist,'' accusing it of building a wall.";
	const char *c = "Obama called inversions \"unpatriotic,\" and his "
	    "aides made an effort to stop them.";

	sp_run(b);
	sp_indirect(b, "China ''provocative and expansionist,''", "Harris",
	    "Harris", "called");
	sp_run(c);
	sp_indirect(c, "inversions \"unpatriotic,\"", "Obama", "Obama",
	    "called");
}

/* A cut before a time after the object keeps the figure's percent sign,
 * and makes no cut after a preposition of a period the lexicon lacks
 * ("through June" is the preposition's object; review S5). */
Test(speech_stance, a_cut_after_a_figure_keeps_its_sign_and_preposition)
{
	const char *b = "Jones was wary of rates at 5% until June.";
	const char *c = "Jones criticized rates at 5% through June.";

	sp_run(b);
	sp_indirect(b, "rates at 5%", "Jones", "Jones", "wary of");
	sp_run(c);
	sp_indirect(c, "rates at 5% through June", "Jones", "Jones",
	    "criticized");
}
