/*
 * test_dates_tense.c — workers/extract/dates/tense.c: the tense that
 * places a date before or after the publication (the shared checks:
 * dates_check.h).
 */
#include "dates_check.h"

TestSuite(dates_tense, .fini = dt_fini);

Test(dates_tense, tense_cues_that_are_names)
{
	/* "United" is a name, not a verb in -ed: the future stands */
	const char *b = "The father would be traveling to the United States "
	    "Thursday with his wife.";

	dt_run(b);
	dt_expect(b, "Thursday", TIMEX_DATE, "2016-08-18");
	/* an -ed verb after the date is a past cue too */
	dt_run_on("In January, Putin described Kim as shrewd.", 2018, 8, 16);
	dt_expect("In January, Putin described Kim as shrewd.", "January",
	    TIMEX_DATE, "2018-01");
}

/* A date opening its sentence reads the tense of the clause's verb
 * after the subject, a dozen words on. */
Test(dates_tense, fronted_date_reads_its_clause_verb)
{
	dt_one("On Tuesday, the National Abortion and Reproductive Rights "
	    "Action League plans to hold a news conference.", "Tuesday",
	    TIMEX_DATE, "2016-08-23");
	dt_one("On Tuesday, the National Abortion and Reproductive Rights "
	    "Action League held a news conference.", "Tuesday", TIMEX_DATE,
	    "2016-08-16");
}

Test(dates_tense, tense_of_irregular_verbs_passives_and_adjectives)
{
	/* a past tense not in -ed: the January before */
	dt_one("They bought the plant in January.", "January", TIMEX_DATE,
	    "2016-01");
	dt_one("Stocks fell sharply in January.", "January", TIMEX_DATE,
	    "2016-01");
	dt_one("Police have searched since the Nov. 23 slaying.", "Nov. 23",
	    TIMEX_DATE, "2015-11-23");
	/* a participle after "to be" is to come, after "is" a present */
	dt_run("Guidelines to be published in early November will decide.");
	dt_expect("Guidelines to be published in early November will decide.",
	    "early November", TIMEX_DATE, "2016-11");
	dt_one("The family will be held in custody until the case is heard "
	    "in January.", "January", TIMEX_DATE, "2017-01");
	/* after a determiner an -ed word is an adjective, not a past */
	dt_one("The split would be paid on a still unspecified date in "
	    "January.", "January", TIMEX_DATE, "2017-01");
	/* "succeed" is no past; the period of an initial ends no sentence */
	dt_one("Smith will succeed Daniel P. Davison Friday.", "Friday",
	    TIMEX_DATE, "2016-08-19");
	/* "set to", "as early as" look ahead */
	dt_one("The talks, set to resume Monday in Belfast, were delayed.",
	    "Monday", TIMEX_DATE, "2016-08-22");
	dt_one("His father could arrive in the U.S. as early as Tuesday.",
	    "Tuesday", TIMEX_DATE, "2016-08-23");
}

/* The noun "plans" cues no future ("plans to", "plans a vote", "plans
 * for" do); a plan dated by "previously" says when it was made; a
 * fronted "Until Thursday," takes its main clause's tense. */
Test(dates_tense, plans_as_a_noun_a_plan_made_before_and_a_fronted_until)
{
	dt_one("She revised her travel plans on Monday.", "Monday",
	    TIMEX_DATE, "2016-08-15");
	dt_one("The company plans to open the store on Monday.", "Monday",
	    TIMEX_DATE, "2016-08-22");
	dt_one("The offensive began as previously planned Saturday night.",
	    "Saturday night", TIMEX_TIME, "2016-08-13TNI");
	dt_one("The offensive will begin as planned Saturday night.",
	    "Saturday night", TIMEX_TIME, "2016-08-20TNI");
	dt_one("Until Friday, they had not called him a suspect.", "Friday",
	    TIMEX_DATE, "2016-08-12");
	dt_one("Until Friday, the office stays open.", "Friday", TIMEX_DATE,
	    "2016-08-19");
	dt_one("He will stay until Friday, aides said.", "Friday",
	    TIMEX_DATE, "2016-08-19");
}

/* "ahead of" puts the event to come; a lead in the polls is no time. */
Test(dates_tense, ahead_of_an_event_to_come)
{
	dt_one("Candidates sit atop the polls ahead of Monday's caucuses.",
	    "Monday", TIMEX_DATE, "2016-08-22");
	dt_one("Traders squared positions ahead of the weekend.",
	    "the weekend", TIMEX_DATE, "2016-W33-WE");
	dt_one("She was 40 points ahead of him in polls taken in December.",
	    "December", TIMEX_DATE, "2015-12");
}

/* Modals that speak of the past: the perfect, "could not", "would not
 * say"; "have" the verb stays a modal's future. */
Test(dates_tense, modals_of_the_past)
{
	dt_one("He could not be reached for comment Saturday.", "Saturday",
	    TIMEX_DATE, "2016-08-13");
	dt_one("Schumer wouldn't say Tuesday how the party would act.",
	    "Tuesday", TIMEX_DATE, "2016-08-16");
	dt_one("He did not play the spoiler he could have Tuesday.",
	    "Tuesday", TIMEX_DATE, "2016-08-16");
	dt_one("It could have big consequences in November.", "November",
	    TIMEX_DATE, "2016-11");
	dt_one("He could win Tuesday.", "Tuesday", TIMEX_DATE, "2016-08-23");
	dt_one("It would not happen until Tuesday.", "Tuesday", TIMEX_DATE,
	    "2016-08-23");
	/* "must", "should" are modals of what is to come (HeidelTime
	 * reads every modal so); their perfect is past */
	dt_one("The party must support her in March.", "March", TIMEX_DATE,
	    "2017-03");
	dt_one("He should have known in March.", "March", TIMEX_DATE,
	    "2016-03");
}

/*
 * The present of a schedule is its future (HeidelTime reads a present
 * tense so): "the trial begins Monday", "voting starts Friday", "the
 * session resumes", "the offer expires", "the fiscal year ends"; the
 * past tense keeps the day before.
 */
Test(dates_tense, the_present_of_a_schedule_is_the_future)
{
	dt_one("The trial begins Monday in Boston.", "Monday", TIMEX_DATE,
	    "2016-08-22");
	dt_one("Early voting starts Friday in Ohio.", "Friday", TIMEX_DATE,
	    "2016-08-19");
	dt_one("The session resumes Tuesday after a break.", "Tuesday",
	    TIMEX_DATE, "2016-08-23");
	dt_one("The offer expires Monday at the close.", "Monday",
	    TIMEX_DATE, "2016-08-22");
	dt_one("The festival opens Saturday in Rome.", "Saturday",
	    TIMEX_DATE, "2016-08-20");
	dt_one("The trial began Monday in Boston.", "Monday", TIMEX_DATE,
	    "2016-08-15");
}

/* A past tense that is also a participle ("announced", "reported",
 * "told", "made", "won"...) is a passive after "be" and cues no past
 * there ("will be announced on Sunday" is the coming Sunday), as a verb
 * in -ed is; "takes place" is the present of a schedule. */
Test(dates_tense, participles_after_be_and_takes_place)
{
	dt_one("Results will be announced on Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
	dt_one("The winners will be told on Friday.", "Friday", TIMEX_DATE,
	    "2016-08-19");
	dt_one("A decision will be made on Monday.", "Monday", TIMEX_DATE,
	    "2016-08-22");
	dt_one("He was told on Monday to leave.", "Monday", TIMEX_DATE,
	    "2016-08-15");
	dt_one("The ceremony takes place on Friday.", "Friday", TIMEX_DATE,
	    "2016-08-19");
	dt_one("The vote took place on Friday.", "Friday", TIMEX_DATE,
	    "2016-08-12");
}

/* Any other simple present cues nothing: a bare weekday after it is the
 * one just past, as HeidelTime's weekday rule reads a present
 * (PRESENTFUTURE moves months, not weekdays; only "will" and "going to"
 * move a weekday ahead); a present verb is not told from a plural noun
 * ("votes", "heads") without a tagger.  The future keeps the day ahead. */
Test(dates_tense, any_other_simple_present_cues_nothing)
{
	dt_one("Voters head to the polls on Tuesday.", "Tuesday", TIMEX_DATE,
	    "2016-08-16");
	dt_one("The court hears the appeal on Tuesday.", "Tuesday",
	    TIMEX_DATE, "2016-08-16");
	dt_one("Voters will head to the polls on Tuesday.", "Tuesday",
	    TIMEX_DATE, "2016-08-23");
}

/* The singular present of a schedule's verb after a singular subject
 * (a name, a pronoun, a noun after its determiner) is its future, the
 * present news writes a fixture or a timetable in ("The committee meets
 * Tuesday", "Arsenal hosts Chelsea on Saturday", "The flight lands at
 * 6:45 pm on Tuesday"); the past tense keeps the day past, and so does
 * the plural noun ("the hosts", "His visits"). */
Test(dates_tense, the_singular_present_of_a_schedule)
{
	dt_one("The Senate meets Thursday.", "Thursday", TIMEX_DATE,
	    "2016-08-18");
	dt_one("The committee meets Tuesday to consider the bill.", "Tuesday",
	    TIMEX_DATE, "2016-08-23");
	dt_one("The committee met Tuesday to consider the bill.", "Tuesday",
	    TIMEX_DATE, "2016-08-16");
	dt_one("Arsenal hosts Chelsea on Saturday.", "Saturday", TIMEX_DATE,
	    "2016-08-20");
	dt_one("The prime minister visits Delhi on Friday, officials said.",
	    "Friday", TIMEX_DATE, "2016-08-19");
	dt_one("Mr Sunak travels to Brussels on Thursday.", "Thursday",
	    TIMEX_DATE, "2016-08-18");
	dt_one("It premieres Friday on Netflix.", "Friday", TIMEX_DATE,
	    "2016-08-19");
	dt_run("The flight lands at 6:45 pm on Tuesday.");
	dt_expect("The flight lands at 6:45 pm on Tuesday.", "Tuesday",
	    TIMEX_DATE, "2016-08-23");
	dt_one("The hosts scored twice on Saturday.", "Saturday", TIMEX_DATE,
	    "2016-08-13");
	dt_one("His visits on Saturday drew crowds.", "Saturday", TIMEX_DATE,
	    "2016-08-13");
	dt_one("Two state visits on Saturday drew crowds.", "Saturday",
	    TIMEX_DATE, "2016-08-13");
}

/* The verb's other sense, with a lower-case object ("faces a fine",
 * "faces trial", "plays its home games"), schedules nothing: the
 * weekday after it is another event's, the one just past. */
Test(dates_tense, a_schedule_verb_with_a_common_object_cues_nothing)
{
	dt_one("The company faces a fine after a chemical leak on "
	    "Thursday.", "Thursday", TIMEX_DATE, "2016-08-11");
	dt_one("She faces trial over the attack on Saturday that killed "
	    "three people.", "Saturday", TIMEX_DATE, "2016-08-13");
	dt_one("Kingson faces Colleen Deacon on Tuesday.", "Tuesday",
	    TIMEX_DATE, "2016-08-23");
}

/* A photo caption tells what the picture shows in the present, of a
 * day past (PTI's, AP's): a sentence with a credit in parentheses after
 * it is no schedule. */
Test(dates_tense, a_caption_present_is_no_schedule)
{
	const char *b = "Prime Minister Narendra Modi meets President Ram "
	    "Nath Kovind in New Delhi on Sunday. (PTI Photo)";

	dt_run(b);
	dt_expect(b, "Sunday", TIMEX_DATE, "2016-08-14");
	b = "President Obama arrives in Hanoi on Monday. (AP Photo/Evan "
	    "Vucci)";
	dt_run(b);
	dt_expect(b, "Monday", TIMEX_DATE, "2016-08-15");
	b = "The prime minister visits Delhi on Friday. (Reuters)";
	dt_run(b);
	dt_expect(b, "Friday", TIMEX_DATE, "2016-08-19");
	/* the plural fixture verbs' captions too */
	b = "England face Australia on Sunday. (PTI Photo)";
	dt_run(b);
	dt_expect(b, "Sunday", TIMEX_DATE, "2016-08-14");
	b = "The teams meet on Saturday. (AP Photo/Evan Vucci)";
	dt_run(b);
	dt_expect(b, "Saturday", TIMEX_DATE, "2016-08-13");
	dt_one("The teams meet on Saturday.", "Saturday", TIMEX_DATE,
	    "2016-08-20");
}

/* An aside in parentheses between the verb and the date is no part of
 * the date's clause: the tense search steps over it uncounted, so the
 * verb before it still decides ("start at 09:00 CEST (08:00 BST) on
 * Tuesday": 13 tokens back, past the search's 10). */
Test(dates_tense, the_tense_search_steps_over_an_aside)
{
	const char *b = "The talks start at 09:00 CEST (08:00 BST) on "
	    "Tuesday.";

	dt_run(b);
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-23");
	b = "The talks started at 09:00 CEST (08:00 BST) on Tuesday.";
	dt_run(b);
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-16");
	dt_one("The ministers will meet in Brussels (the EU's capital) on "
	    "Thursday.", "Thursday", TIMEX_DATE, "2016-08-18");
	dt_one("The ministers met in Brussels (the EU's capital) on "
	    "Thursday.", "Thursday", TIMEX_DATE, "2016-08-11");
}

/* "return" in the plural present is a sitting's or a journey's
 * schedule, as "returns" is ("The justices return from their winter
 * recess on Friday", "Lawmakers return to Washington on Monday",
 * written on Wednesday 2016-08-17: the coming days, were the ones
 * past); not after a singular, nor the past. */
Test(dates_tense, return_in_the_plural_present)
{
	dt_one("The justices return from their winter recess on Friday.",
	    "Friday", TIMEX_DATE, "2016-08-19");
	dt_one("Lawmakers return to Washington on Monday.", "Monday",
	    TIMEX_DATE, "2016-08-22");
	dt_one("Lawmakers returned to Washington on Monday.", "Monday",
	    TIMEX_DATE, "2016-08-15");
}

/* "go back" is "return": in the present after its subject a journey's
 * or a clock change's schedule ("The clocks go back on 30 October",
 * "They go back on 30 October", written on 2022-03-27: 2022-10-30, was
 * 2021-10-30, the nearer); "came back" keeps the past, and "go back"
 * with no subject before it cues nothing. */
Test(dates_tense, go_back_in_the_present)
{
	dt_run_on("The clocks go back on 30 October.", 2022, 3, 27);
	dt_expect("The clocks go back on 30 October.", "30 October",
	    TIMEX_DATE, "2022-10-30");
	dt_run_on("It goes back on 30 October.", 2022, 3, 27);
	dt_expect("It goes back on 30 October.", "30 October", TIMEX_DATE,
	    "2022-10-30");
	dt_run_on("He came back on 30 October.", 2022, 3, 27);
	dt_expect("He came back on 30 October.", "30 October", TIMEX_DATE,
	    "2021-10-30");
}

/* The plural present of a schedule's verb after a plural subject is
 * its future too ("Polls open Tuesday", "Talks resume Wednesday",
 * "They begin Monday", "Schools reopen Monday"), and so is "go on
 * sale"; not the adjective or the noun ("The store was open Tuesday",
 * "a fresh start Tuesday"), nor a past ("Tickets went on sale"). */
Test(dates_tense, the_plural_present_of_a_schedule)
{
	dt_one("Polls open Tuesday in Ohio.", "Tuesday", TIMEX_DATE,
	    "2016-08-23");
	dt_one("Talks resume Wednesday in Geneva.", "Wednesday", TIMEX_DATE,
	    "2016-08-17");
	dt_one("They begin work Monday.", "Monday", TIMEX_DATE,
	    "2016-08-22");
	dt_one("Schools reopen Monday, the ministry said.", "Monday",
	    TIMEX_DATE, "2016-08-22");
	dt_one("The market reopens on Monday.", "Monday", TIMEX_DATE,
	    "2016-08-22");
	dt_one("Tickets go on sale Friday.", "Friday", TIMEX_DATE,
	    "2016-08-19");
	dt_one("The store was open Tuesday, officials said.", "Tuesday",
	    TIMEX_DATE, "2016-08-16");
	dt_one("It got off to a fresh start Tuesday.", "Tuesday", TIMEX_DATE,
	    "2016-08-16");
	dt_one("Tickets went on sale Friday.", "Friday", TIMEX_DATE,
	    "2016-08-12");
}

/* "closes" is a schedule's present as "opens" is; the plural "close",
 * "end", "expire" only right before the time ("Stocks close higher
 * Friday" is a market report's present of the day past). */
Test(dates_tense, closing_and_ending_schedules)
{
	dt_one("Voting closes Thursday in Ohio.", "Thursday", TIMEX_DATE,
	    "2016-08-18");
	dt_one("Polls close Thursday in Ohio.", "Thursday", TIMEX_DATE,
	    "2016-08-18");
	dt_one("Talks end on Friday.", "Friday", TIMEX_DATE, "2016-08-19");
	dt_one("Contracts expire Monday.", "Monday", TIMEX_DATE,
	    "2016-08-22");
	dt_one("Stocks close higher on Friday.", "Friday", TIMEX_DATE,
	    "2016-08-12");
	dt_one("Officials close to the talks said Tuesday it was over.",
	    "Tuesday", TIMEX_DATE, "2016-08-16");
}

/* A fixture's verbs in their plural present are a schedule's too
 * ("The Patriots host the Jets on Sunday", "The two leaders meet on
 * Wednesday"), and British news makes a team or a country plural
 * ("Arsenal host Chelsea on Saturday", "England face Australia on
 * Sunday", "Leeds travel to Hull on Tuesday"): a capitalized name is
 * their subject.  A result is told in the past
 * ("Arsenal hosted"), and "beat" is no fixture's verb; a question's
 * subject after "did" and a verb's object are no fixture's subject
 * either ("Did England face ...", "We watched England face ..."). */
Test(dates_tense, a_fixture_in_the_plural_present)
{
	dt_one("Arsenal host Chelsea on Saturday.", "Saturday", TIMEX_DATE,
	    "2016-08-20");
	dt_one("England face Australia on Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
	dt_one("Leeds travel to Hull on Tuesday.", "Tuesday", TIMEX_DATE,
	    "2016-08-23");
	dt_one("The Patriots host the Jets on Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
	dt_one("The two leaders meet on Monday in Geneva.", "Monday",
	    TIMEX_DATE, "2016-08-22");
	dt_one("Arsenal hosted Chelsea on Saturday.", "Saturday", TIMEX_DATE,
	    "2016-08-13");
	dt_one("Arsenal beat Chelsea on Saturday.", "Saturday", TIMEX_DATE,
	    "2016-08-13");
	dt_one("Did England face Australia on Sunday?", "Sunday",
	    TIMEX_DATE, "2016-08-14");
	dt_one("We watched England face Australia on Sunday.", "Sunday",
	    TIMEX_DATE, "2016-08-14");
	dt_one("Manchester United host Chelsea on Saturday.", "Saturday",
	    TIMEX_DATE, "2016-08-20");
	dt_one("He and Palestinian leader Yasser Arafat meet on Monday.",
	    "Monday", TIMEX_DATE, "2016-08-22");
}

/* A coming start's idioms in the present are a schedule, as "takes
 * place" is: "takes effect", "take effect", "goes into effect", "comes
 * into force" (the coming weekday: Friday 2016-08-19 written on
 * Wednesday 2016-08-17); "airs" is a schedule's verb as "premieres"
 * is; "took effect" stays the past's. */
Test(dates_tense, a_coming_start_in_the_present)
{
	dt_one("The ban takes effect Friday.", "Friday", TIMEX_DATE,
	    "2016-08-19");
	dt_one("The new rules take effect Friday.", "Friday", TIMEX_DATE,
	    "2016-08-19");
	dt_one("The law goes into effect on Friday.", "Friday", TIMEX_DATE,
	    "2016-08-19");
	dt_one("The ceasefire comes into force on Friday.", "Friday",
	    TIMEX_DATE, "2016-08-19");
	dt_one("The show airs Friday on NBC.", "Friday", TIMEX_DATE,
	    "2016-08-19");
	dt_one("The ban took effect Friday.", "Friday", TIMEX_DATE,
	    "2016-08-12");
}

/* A journey's, a sitting's and a calendar's verbs in the singular
 * present are a schedule's too ("The team heads to Denver on Sunday",
 * "Parliament sits on Tuesday", "The deadline falls on Sunday"); the
 * nouns ("the heads of state", "department heads") and the past keep
 * the day before. */
Test(dates_tense, journeys_sittings_and_calendar_verbs_in_the_present)
{
	dt_one("The team heads to Denver on Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
	dt_one("He flies to Paris on Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
	dt_one("The case returns to court on Sunday.", "Sunday",
	    TIMEX_DATE, "2016-08-21");
	dt_one("Parliament sits on Tuesday.", "Tuesday", TIMEX_DATE,
	    "2016-08-23");
	dt_one("The deadline falls on Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
	dt_one("The team headed to Denver on Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-14");
	dt_one("The heads of state met on Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-14");
	dt_one("Two department heads on Sunday resigned.", "Sunday",
	    TIMEX_DATE, "2016-08-14");
}

/* "is forecast", "are forecast": a forecast's day is ahead of it ("Snow
 * is forecast on Saturday"); the past ("was forecast") and the verb's
 * past after a subject keep the day past. */
Test(dates_tense, a_forecast_is_ahead)
{
	dt_one("Snow is forecast on Saturday.", "Saturday", TIMEX_DATE,
	    "2016-08-20");
	dt_one("Temperatures are forecast to fall on Saturday.", "Saturday",
	    TIMEX_DATE, "2016-08-20");
	dt_one("Snow was forecast on Saturday.", "Saturday", TIMEX_DATE,
	    "2016-08-13");
}

/* "expect" in the present cues the future, as "expected" does: what is
 * expected lies ahead ("Forecasters expect it to move offshore by
 * Thursday morning", written on Wednesday 2016-08-17: the coming
 * Thursday, was the one before); the past perfect looks back. */
Test(dates_tense, expect_is_ahead)
{
	dt_one("Forecasters expect it to move offshore by Thursday morning.",
	    "Thursday morning", TIMEX_TIME, "2016-08-18TMO");
	dt_one("The company expects to close the deal on Friday.", "Friday",
	    TIMEX_DATE, "2016-08-19");
	dt_one("We are expecting rain on Saturday.", "Saturday", TIMEX_DATE,
	    "2016-08-20");
	dt_one("Analysts had expected the deal on Friday.", "Friday",
	    TIMEX_DATE, "2016-08-12");
}

/* "did" before a future cue's base form puts it in the past, as "had"
 * does ("Fans did not expect the loss on Sunday", written on Wednesday
 * 2016-08-17: the Sunday before, was the coming one; review T1); the
 * present keeps the future. */
Test(dates_tense, did_not_expect_is_past)
{
	dt_one("Fans did not expect the loss on Sunday.", "Sunday",
	    TIMEX_DATE, "2016-08-14");
	dt_one("She didn't expect Tuesday's vote to pass.", "Tuesday",
	    TIMEX_DATE, "2016-08-16");
	dt_one("She didn\xe2\x80\x99t expect Tuesday's vote to pass.",
	    "Tuesday", TIMEX_DATE, "2016-08-16");
	dt_one("Few expect the vote on Tuesday to pass.", "Tuesday",
	    TIMEX_DATE, "2016-08-23");
}

/* A verb of anticipation over the day it waits for: what is awaited
 * comes after the waiting, whatever the verb's tense ("awaited the
 * Fed's decision on Wednesday", "looked to Friday's jobs report"); a
 * bare day is the verb's own, and a day after "after" another event's
 * (written on Wednesday 2016-08-17). */
Test(dates_tense, a_verb_of_anticipation_waits_for_a_day_ahead)
{
	dt_one("US stocks rose as investors awaited the Federal Reserve's "
	    "decision on Wednesday.", "Wednesday", TIMEX_DATE, "2016-08-17");
	dt_one("Traders looked to Friday's jobs report.", "Friday",
	    TIMEX_DATE, "2016-08-19");
	dt_one("Investors are awaiting Friday's jobs report.", "Friday",
	    TIMEX_DATE, "2016-08-19");
	dt_one("Stocks braced for the Friday jobs report.", "Friday",
	    TIMEX_DATE, "2016-08-19");
	dt_one("Spain braced for a hung parliament Monday.", "Monday",
	    TIMEX_DATE, "2016-08-15");
	dt_one("He awaited trial after his arrest on Friday.", "Friday",
	    TIMEX_DATE, "2016-08-12");
	dt_one("The plan looked to be on track on Friday.", "Friday",
	    TIMEX_DATE, "2016-08-12");
}

/* A schedule's verb finds its subject past an aside in brackets after
 * it, a team's record or a member's party ("The Lakers (10-5) visit the
 * Celtics on Thursday", written on Wednesday 2016-08-17: the coming
 * Thursday, was the one before); a past verb keeps the day past. */
Test(dates_tense, a_schedule_verb_after_a_bracketed_aside)
{
	dt_one("The Lakers (10-5) visit the Celtics on Thursday.",
	    "Thursday", TIMEX_DATE, "2016-08-18");
	dt_one("Sen. Ted Cruz (R-Texas) visits Iowa on Thursday.",
	    "Thursday", TIMEX_DATE, "2016-08-18");
	dt_one("The Lakers (10-5) visited the Celtics on Thursday.",
	    "Thursday", TIMEX_DATE, "2016-08-11");
}

/* A schedule's verb finds its subject past a relative clause between
 * commas ("Arsenal, who beat Chelsea 2-1 at the weekend, travel to
 * Bayern on Wednesday night"): the clause's past is not the verb's; a
 * date inside the clause keeps the clause's tense. */
Test(dates_tense, a_schedule_verb_after_a_relative_clause)
{
	const char *b = "Arsenal, who beat Chelsea 2-1 at the weekend, travel "
	    "to Bayern on Thursday night.";

	dt_run(b);
	dt_expect(b, "Thursday night", TIMEX_TIME, "2016-08-18TNI");
	dt_expect(b, "the weekend", TIMEX_DATE, "2016-W32-WE");
	dt_one("The committee, which was formed by the mayor, meets on "
	    "Friday.", "Friday", TIMEX_DATE, "2016-08-19");
}

/* A forecast's present over a coming day, as a schedule's singular:
 * "a storm moves in Thursday night", "a cold front sweeps across the
 * state on Friday"; the past and the plural noun keep the day past. */
Test(dates_tense, a_forecast_front_moves_in_on_a_day_ahead)
{
	dt_one("A storm moves in Thursday night.", "Thursday night",
	    TIMEX_TIME, "2016-08-18TNI");
	dt_one("A cold front sweeps across the state on Friday.", "Friday",
	    TIMEX_DATE, "2016-08-19");
	dt_one("The storm moved in Thursday night.", "Thursday night",
	    TIMEX_TIME, "2016-08-11TNI");
	dt_one("His moves on Friday surprised rivals.", "Friday", TIMEX_DATE,
	    "2016-08-12");
}

/* A past anticipation in a paragraph that named an earlier day of the
 * week waits from that day: the weekday's first day after it, though
 * that is behind the writing (written on Friday 2016-08-19; review R3:
 * each was the Wednesday after the writing, 2016-08-24).  Written on the
 * day after, the Wednesday is still ahead. */
Test(dates_tense, a_past_waiting_waits_from_the_day_it_named)
{
	const char *b = "Stocks fell on Tuesday as investors awaited the "
	    "Fed's decision on Wednesday.";
	const char *d = "On Monday investors awaited Wednesday's Fed "
	    "decision.";

	dt_run_on(b, 2016, 8, 19);
	dt_expect(b, "Wednesday", TIMEX_DATE, "2016-08-17");
	dt_run_on(d, 2016, 8, 19);
	dt_expect(d, "Wednesday", TIMEX_DATE, "2016-08-17");
	dt_run_on(d, 2016, 8, 16);
	dt_expect(d, "Wednesday", TIMEX_DATE, "2016-08-17");
}

/* A clock time's figures, "pm", points and zone between a weekday and
 * its verb are stepped over uncounted, as an aside is, so two clocks no
 * longer hide the verb ("is expected to cross the coast between 6pm and
 * 9pm AWST on Wednesday", written on Tuesday 2024-02-13: the coming
 * day, was the Wednesday before, 2024-02-07, the search's ten tokens
 * spent on the clocks).  A past verb there keeps the day before. */
Test(dates_tense, a_verb_past_two_clocks_and_their_zone)
{
	const char *b = "The system is expected to cross the coast between "
	    "6pm and 9pm AWST on Wednesday.";
	const char *d = "The storm will hit the coast between 6 p.m. and 9 "
	    "p.m. ET on Wednesday.";
	const char *p = "The system crossed the coast between 6pm and 9pm "
	    "AWST on Wednesday.";

	dt_run_on(b, 2024, 2, 13);
	dt_expect(b, "Wednesday", TIMEX_DATE, "2024-02-14");
	dt_expect(b, "9pm AWST", TIMEX_TIME, "2024-02-14T21:00+08:00");
	dt_run_on(d, 2024, 2, 13);
	dt_expect(d, "Wednesday", TIMEX_DATE, "2024-02-14");
	dt_run_on(p, 2024, 2, 13);
	dt_expect(p, "Wednesday", TIMEX_DATE, "2024-02-07");
}

/* A zone named in words is the clock's too ("opens at 9:14 p.m.
 * Central European Time on Friday", written on Monday 2024-01-15: the
 * coming Friday, was the one before, the search's ten tokens spent on
 * the clock and its three words); a past verb keeps the day before. */
Test(dates_tense, a_verb_past_a_clock_and_its_zone_in_words)
{
	const char *b = "The launch window opens at 9:14 p.m. Central "
	    "European Time on Friday.";
	const char *d = "Trading resumes at 9:30 a.m. New York time on "
	    "Friday.";
	const char *p = "The launch window opened at 9:14 p.m. Central "
	    "European Time on Friday.";

	dt_run_on(b, 2024, 1, 15);
	dt_expect(b, "Friday", TIMEX_DATE, "2024-01-19");
	dt_expect(b, "9:14 p.m. Central European Time", TIMEX_TIME,
	    "2024-01-19T21:14+01:00");
	dt_run_on(d, 2024, 1, 15);
	dt_expect(d, "Friday", TIMEX_DATE, "2024-01-19");
	dt_run_on(p, 2024, 1, 15);
	dt_expect(p, "Friday", TIMEX_DATE, "2024-01-12");
}

/* A past waiting with no day named reads its weekday on the side
 * nearer the writing: up to ANTICIPATED_BACK_MAX days back it is the
 * day just past (the "on" as often the waiting's: review R3's rest,
 * were the days after the writing), further back the coming one.  A
 * present waits from the writing: ahead. */
Test(dates_tense, a_past_waiting_with_no_day_named_is_read_nearer)
{
	const char *r = "Relatives of the missing climbers awaited news on "
	    "Thursday.";
	const char *f = "The family awaited the verdict on Wednesday, but "
	    "the jury did not return.";
	const char *s = "Stocks fell as investors awaited the Fed's decision "
	    "on Wednesday.";
	const char *p = "Relatives of the missing climbers await news on "
	    "Thursday.";

	dt_run_on(r, 2016, 8, 19);
	dt_expect(r, "Thursday", TIMEX_DATE, "2016-08-18");
	dt_run_on(f, 2016, 8, 19);
	dt_expect(f, "Wednesday", TIMEX_DATE, "2016-08-17");
	dt_run_on(s, 2016, 8, 15);
	dt_expect(s, "Wednesday", TIMEX_DATE, "2016-08-17");
	dt_run_on(p, 2016, 8, 19);
	dt_expect(p, "Thursday", TIMEX_DATE, "2016-08-25");
}

/* A country the lexicon lists for its days (India, Australia, Canada,
 * Korea) is a fixture's subject as any name is (was the day past:
 * name_subject() took only words the lexicon lacks). */
Test(dates_tense, a_listed_country_is_a_fixture_s_subject)
{
	dt_one("India meet England in the first Test at Headingley on "
	    "Friday.", "Friday", TIMEX_DATE, "2016-08-19");
	dt_one("England host Australia on Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
	dt_one("Australia play India on Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
	dt_one("We watched India face England on Sunday.", "Sunday",
	    TIMEX_DATE, "2016-08-14");
}

/* A fixture's verb past the search's TENSE_BACK, up to FIXTURE_BACK,
 * dates a weekday when nothing nearer cues a tense (was the day past);
 * a past verb nearer keeps the past, and so does a day between. */
Test(dates_tense, a_fixture_s_verb_further_back)
{
	dt_one("England and India meet in the third Test at Lord's starting "
	    "on Thursday.", "Thursday", TIMEX_DATE, "2016-08-18");
	dt_one("England and India met in the third Test at Lord's starting "
	    "on Thursday.", "Thursday", TIMEX_DATE, "2016-08-11");
	dt_one("England and India meet in the third Test at Lord's which "
	    "started on Thursday.", "Thursday", TIMEX_DATE, "2016-08-11");
}

/* "beat" after a team's or a country's name is a result, the past
 * (was no cue: "February" the coming one); after "to" or as a noun it
 * cues nothing. */
Test(dates_tense, beat_after_a_name_is_a_result)
{
	dt_one("Philadelphia beat Kansas City in Super Bowl LIX in "
	    "February.", "February", TIMEX_DATE, "2016-02");
	dt_one("Arsenal beat Chelsea in November.", "November", TIMEX_DATE,
	    "2015-11");
	dt_one("England hope to beat India in November.", "November",
	    TIMEX_DATE, "2016-11");
}

/* Review V3: fixture_far() stops at another clause opened between the
 * verb and the day (a subordinator, a relative pronoun, an
 * infinitive's "to"), whose verb, a past the cue list may lack, is the
 * day's (were the coming days). */
Test(dates_tense, a_fixture_s_far_verb_stops_at_another_clause)
{
	dt_one("Residents face a long cleanup after floodwaters swept "
	    "through the town and nearby villages on Sunday.", "Sunday",
	    TIMEX_DATE, "2016-08-14");
	dt_one("Families welcome the decision by the court to release the "
	    "detained journalists in the capital on Friday.", "Friday",
	    TIMEX_DATE, "2016-08-12");
	dt_one("England and India meet in the third Test at Lord's starting "
	    "on Thursday.", "Thursday", TIMEX_DATE, "2016-08-18");
}

/* Review V5: after a name in a condition ("If Liverpool beat Everton
 * on Saturday"), "beat" is the plural present, no result: the day is
 * read as without it (was the day past). */
Test(dates_tense, beat_in_a_condition_is_no_result)
{
	dt_one("If Liverpool beat Everton on Saturday, they will win the "
	    "title.", "Saturday", TIMEX_DATE, "2016-08-20");
	dt_one("Arsenal beat Chelsea in November.", "November", TIMEX_DATE,
	    "2015-11");
}
