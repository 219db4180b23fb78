/*
 * test_dates_weekdays.c — workers/extract/dates/weekdays.c: the days of
 * the week: weekdays (written short too, with their dates, ranges of
 * weekdays, weekday nights as a set, lists after "every", weeks counted
 * from a weekday, the day a present copula schedules, newspapers' and
 * kinds' names that are no day) and weekends (months, days of the
 * month and seasons: test_dates_names.c; the shared checks:
 * dates_check.h).
 */
#include "dates_check.h"

TestSuite(dates_weekdays, .fini = dt_fini);

Test(dates_weekdays, weekday_abbreviations_where_a_day_is_expected)
{
	const char *b;

	dt_one("The vote is set for Tues., Aug. 23.", "Tues., Aug. 23",
	    TIMEX_DATE, "2016-08-23");
	dt_one("The rally was Mon. Aug. 15 in Erie.", "Mon. Aug. 15",
	    TIMEX_DATE, "2016-08-15");
	dt_one("The hearing resumes on Thurs. in Ohio.", "Thurs.",
	    TIMEX_DATE, "2016-08-18");
	dt_one("It snowed Thurs. night.", "Thurs. night", TIMEX_TIME,
	    "2016-08-11TNI");
	dt_one("Last Wed. the court ruled.", "Last Wed.", TIMEX_DATE,
	    "2016-08-10");
	dt_one("The shooting happened early Sun. in Queens.", "early Sun.",
	    TIMEX_DATE, "2016-08-14");
	b = "Stores reopen on Weds. at noon.";
	dt_run(b);
	dt_expect(b, "Weds.", TIMEX_DATE, "2016-08-17");
	/* the same values as the names written out */
	b = "The hearing resumes on Thursday in Ohio.";
	dt_one(b, "Thursday", TIMEX_DATE, "2016-08-18");
	/* words and names, not days */
	dt_none("He told the Baltimore Sun. It was fine.");
	dt_none("The couple will wed. Then they leave.");
	dt_none("They met at the Sat. Prep center.");
	/* no period: no abbreviation */
	dt_none("The hearing resumes on Thurs in Ohio.");
}

Test(dates_weekdays, the_weekend_of_a_day)
{
	const char *b = "The fair is the weekend of Aug. 20 in Erie.";

	dt_run(b);
	dt_expect(b, "the weekend", TIMEX_DATE, "2016-W33-WE");
	dt_expect(b, "Aug. 20", TIMEX_DATE, "2016-08-20");
	b = "He spent the weekend of July 4 at home.";
	dt_run(b);
	dt_expect(b, "the weekend", TIMEX_DATE, "2016-W26-WE");
	dt_one("He spent the weekend at home.", "the weekend", TIMEX_DATE,
	    "2016-W32-WE");
}

Test(dates_weekdays, the_weekend_of_a_day_written_day_first)
{
	const char *b = "The summit will be held over the weekend of 9-10 "
	    "January.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the weekend", TIMEX_DATE, "2027-W01-WE");
	dt_expect(b, "10 January", TIMEX_DATE, "2027-01-10");
	b = "The festival takes place on the weekend of 16 and 17 January.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the weekend", TIMEX_DATE, "2027-W02-WE");
	b = "Fans gathered on the weekend of 5 December in Leeds.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the weekend", TIMEX_DATE, "2026-W49-WE");
	dt_expect(b, "5 December", TIMEX_DATE, "2026-12-05");
}

Test(dates_weekdays, weekday_abbreviation_with_no_period_before_its_date)
{
	const char *b = "Wed Aug 17 2016 10:02 GMT";

	dt_run(b);
	dt_expect(b, "Wed Aug 17 2016", TIMEX_DATE, "2016-08-17");
	dt_one("Updated Tue August 16, 2016 in Ohio.", "Tue August 16, 2016",
	    TIMEX_DATE, "2016-08-16");
	dt_one("Sat, Aug 13, 2016 | Erie", "Sat, Aug 13, 2016", TIMEX_DATE,
	    "2016-08-13");
	/* on another day than the date's: no weekday */
	dt_one("The Sun August 16, 2016 edition sold out.", "August 16, 2016",
	    TIMEX_DATE, "2016-08-16");
	/* alone: no weekday */
	dt_none("The hearing resumes on Thurs in Ohio.");
	dt_one("August 16, 2016: Clinton leads in Ohio.", "August 16, 2016",
	    TIMEX_DATE, "2016-08-16");
}

Test(dates_weekdays, a_weekday_in_a_programmes_title)
{
	dt_none("He hosted Saturday Night Live with a grin.");
	dt_none("The network aired Monday Night Football there.");
	dt_none("Issa spoke on Fox News channel's Sunday Morning Futures.");
	dt_one("They met on Saturday night in Erie.", "Saturday night",
	    TIMEX_TIME, "2016-08-13TNI");
	dt_one("They met on Saturday Night in Erie.", "Saturday Night",
	    TIMEX_TIME, "2016-08-13TNI");
	/* a quoted title of capitalized words ending in the weekday */
	dt_none("She said in an interview with \xe2\x80\x9c" "Fox News "
	    "Sunday.\xe2\x80\x9d It was fine.");
	dt_none("He said on ''Fox News Sunday'' that it was.");
	dt_one("\xe2\x80\x9cSee you Sunday,\xe2\x80\x9d he said.",
	    "Sunday", TIMEX_DATE, "2016-08-14");
}

Test(dates_weekdays, a_day_a_present_copula_schedules)
{
	dt_one("The vote is Tuesday, officials said.", "Tuesday", TIMEX_DATE,
	    "2016-08-23");
	dt_one("The rally is on Saturday.", "Saturday", TIMEX_DATE,
	    "2016-08-20");
	dt_one("The hearing is set for Monday.", "Monday", TIMEX_DATE,
	    "2016-08-22");
	dt_one("The rally is at 1 p.m. Saturday.", "1 p.m. Saturday",
	    TIMEX_TIME, "2016-08-20T13:00");
	dt_one("The news was Tuesday's ruling.", "Tuesday", TIMEX_DATE,
	    "2016-08-16");
	dt_one("The talks ended Monday, officials said.", "Monday",
	    TIMEX_DATE, "2016-08-15");
}

Test(dates_weekdays, a_day_a_present_copula_schedules_after_its_time)
{
	const char *b = "Kick-off is at 15:00 BST on Saturday.";

	dt_run(b);
	dt_expect(b, "15:00 BST", TIMEX_TIME, "2016-08-20T15:00+01:00");
	dt_expect(b, "Saturday", TIMEX_DATE, "2016-08-20");
	b = "The deadline is 5pm on Friday.";
	dt_run(b);
	dt_expect(b, "5pm", TIMEX_TIME, "2016-08-19T17:00");
	dt_expect(b, "Friday", TIMEX_DATE, "2016-08-19");
	b = "The rally is at 10:30 a.m. EDT on Saturday, they said.";
	dt_run(b);
	dt_expect(b, "Saturday", TIMEX_DATE, "2016-08-20");
	b = "Kick-off was at 3pm on Saturday.";
	dt_run(b);
	dt_expect(b, "Saturday", TIMEX_DATE, "2016-08-13");
}

Test(dates_weekdays, a_weekday_of_the_week_named)
{
	const char *b = "He released video on Monday of last week's shooting.";

	dt_one("The talks on Wednesday of next week were cancelled.",
	    "Wednesday of next week", TIMEX_DATE, "2016-08-24");
	dt_one("He resigned on Tuesday of last week.",
	    "Tuesday of last week", TIMEX_DATE, "2016-08-09");
	dt_run(b);
	dt_expect(b, "Monday", TIMEX_DATE, "2016-08-15");
	dt_expect(b, "last week", TIMEX_DATE, "2016-W32");
}

Test(dates_weekdays, weeks_counted_from_a_weekday)
{
	const char *b = "He spent a week on Friday's film set.";

	dt_one("The final is a week on Friday, the club said.",
	    "a week on Friday", TIMEX_DATE, "2016-08-26");
	dt_one("The vote will be held Tuesday week.", "Tuesday week",
	    TIMEX_DATE, "2016-08-30");
	dt_one("The trial opens Monday fortnight.", "Monday fortnight",
	    TIMEX_DATE, "2016-09-05");
	dt_one("The hearing resumes a fortnight on Saturday.",
	    "a fortnight on Saturday", TIMEX_DATE, "2016-09-03");
	dt_one("The fire broke out a week last Friday.",
	    "a week last Friday", TIMEX_DATE, "2016-08-05");
	dt_run(b);
	dt_expect(b, "a week", TIMEX_DURATION, "P1W");
	dt_expect(b, "Friday", TIMEX_DATE, "2016-08-12");
	b = "He worked a week on Mondays.";
	dt_run(b);
	dt_expect(b, "a week", TIMEX_DURATION, "P1W");
	dt_one("The league resumes on Sunday Week 3 of the season.",
	    "Sunday", TIMEX_DATE, "2016-08-21");
	b = "The talks start on Monday week-long celebrations aside.";
	dt_run(b);
	dt_expect(b, "Monday", TIMEX_DATE, "2016-08-22");
	dt_one("We met on Wednesday week of the festival.", "Wednesday",
	    TIMEX_DATE, "2016-08-17");
}

Test(dates_weekdays, weekdays)
{
	/* 2016-08-17 is a Wednesday: the past Monday is the 15th */
	dt_one("The minister resigned Monday, aides said.", "Monday",
	    TIMEX_DATE, "2016-08-15");
	dt_one("The board will meet Monday to vote.", "Monday", TIMEX_DATE,
	    "2016-08-22");
	dt_one("They meet next Monday in Paris.", "next Monday", TIMEX_DATE,
	    "2016-08-22");
	dt_one("They met last Monday in Paris.", "last Monday", TIMEX_DATE,
	    "2016-08-15");
	dt_one("They meet this coming Monday in Paris.",
	    "this coming Monday", TIMEX_DATE, "2016-08-22");
	dt_one("He spoke Wednesday, aides said.", "Wednesday", TIMEX_DATE,
	    "2016-08-17");
	dt_one("Rain fell Friday morning, officials said.", "Friday morning",
	    TIMEX_TIME, "2016-08-12TMO");
	dt_one("Markets close on Sundays here.", "Sundays", TIMEX_SET,
	    "XXXX-WXX-7");
	/* a plan in the past perfect is over: the past Friday */
	dt_one("The offer had been due to expire Friday evening.",
	    "Friday evening", TIMEX_TIME, "2016-08-12TEV");
	dt_one("The offer is due to expire Friday.", "Friday", TIMEX_DATE,
	    "2016-08-19");
}

Test(dates_weekdays, the_weekend)
{
	/* 2016-08-17 is a Wednesday: the past weekend is ISO week 32's */
	dt_one("Protesters marched over the weekend in Rome.", "the weekend",
	    TIMEX_DATE, "2016-W32-WE");
	dt_one("Protesters will march over the weekend in Rome.",
	    "the weekend", TIMEX_DATE, "2016-W33-WE");
}

Test(dates_weekdays, weekday_with_its_date)
{
	/* the date beside a weekday says which week, colon or not */
	dt_one("The Times said in an editorial on Monday, Aug. 22:",
	    "Monday, Aug. 22", TIMEX_DATE, "2016-08-22");
	dt_one("Funds lost $14 million Friday Aug. 12 alone.",
	    "Friday Aug. 12", TIMEX_DATE, "2016-08-12");
	dt_none("The race was won in 26:30 flat.");
}

Test(dates_weekdays, weekday_before_a_day_first_date)
{
	dt_one("It happened on Tuesday 3 March.", "Tuesday 3 March",
	    TIMEX_DATE, "2016-03-03");
	dt_one("It happened on Tuesday, 3rd March 2020.",
	    "Tuesday, 3rd March 2020", TIMEX_DATE, "2020-03-03");
	dt_one("He won on Tuesday 52 to 48.", "Tuesday", TIMEX_DATE,
	    "2016-08-16");
	dt_one("On Monday, 14 people died.", "Monday", TIMEX_DATE,
	    "2016-08-15");
}

Test(dates_weekdays, weekday_nights_as_a_set)
{
	dt_one("We spend our Friday nights at home.", "Friday nights",
	    TIMEX_SET, "XXXX-WXX-5TNI");
	dt_one("They hold events on Saturday evenings.", "Saturday evenings",
	    TIMEX_SET, "XXXX-WXX-6TEV");
	dt_one("He left Friday night.", "Friday night", TIMEX_TIME,
	    "2016-08-12TNI");
}

Test(dates_weekdays, a_range_of_weekdays_ends_after_it_starts)
{
	const char *b = "The strike ran from Monday to Friday, they said.";

	dt_run(b);
	dt_expect(b, "Monday", TIMEX_DATE, "2016-08-15");
	dt_expect(b, "Friday", TIMEX_DATE, "2016-08-19");
	b = "Stores were shut Thursday through Tuesday, they said.";
	dt_run(b);
	dt_expect(b, "Thursday", TIMEX_DATE, "2016-08-11");
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-16");
	b = "Stores were shut Monday-Friday, they said.";
	dt_run(b);
	dt_expect(b, "Friday", TIMEX_DATE, "2016-08-19");
}

/* Two weekdays joined by "or" or "and" whose second has no tense cue
 * of its own in reach are one stretch: the second follows the first
 * ("is expected to pass ... late Friday or early Saturday", written on
 * Friday 2023-09-01: 2023-09-02, was the Saturday before, the verb
 * beyond the search); a cue reached keeps its reading ("He met them on
 * Monday and Wednesday" written on Monday 2023-09-04: the Wednesday
 * before, not the one after the Monday). */
Test(dates_weekdays, a_weekday_joined_to_the_one_before_follows_it)
{
	const char *b = "Typhoon Saola is expected to pass within 100km of "
	    "Hong Kong late Friday or early Saturday.";
	const char *d = "He met them on Monday and Wednesday.";

	dt_run_on(b, 2023, 9, 1);
	dt_expect(b, "late Friday", TIMEX_DATE, "2023-09-01");
	dt_expect(b, "early Saturday", TIMEX_DATE, "2023-09-02");
	dt_run_on(d, 2023, 9, 4);
	dt_expect(d, "Wednesday", TIMEX_DATE, "2023-08-30");
}

Test(dates_weekdays, this_weekday_and_the_weekday_of_a_week_named)
{
	dt_one("They hope to win Michigan this Tuesday.", "this Tuesday",
	    TIMEX_DATE, "2016-08-23");
	dt_one("The vote is this Friday in Ohio.", "this Friday",
	    TIMEX_DATE, "2016-08-19");
	dt_one("The vote was this Monday in Ohio.", "this Monday",
	    TIMEX_DATE, "2016-08-15");
	dt_one("The vote is on Friday next week.", "Friday next week",
	    TIMEX_DATE, "2016-08-26");
	dt_one("The vote was on Friday last week.", "Friday last week",
	    TIMEX_DATE, "2016-08-12");
	dt_one("The vote is Tuesday this week, he said.",
	    "Tuesday this week", TIMEX_DATE, "2016-08-16");
}

Test(dates_weekdays, weekdays_listed_after_every)
{
	const char *b = "Services run every Monday and Thursday.";

	dt_run(b);
	dt_expect(b, "every Monday", TIMEX_SET, "XXXX-WXX-1");
	dt_expect(b, "Thursday", TIMEX_SET, "XXXX-WXX-4");
	b = "It meets each Monday, Wednesday and Friday.";
	dt_run(b);
	dt_expect(b, "Wednesday", TIMEX_SET, "XXXX-WXX-3");
	dt_expect(b, "Friday", TIMEX_SET, "XXXX-WXX-5");
	b = "It meets every Monday, Wednesday, and Friday.";
	dt_run(b);
	dt_expect(b, "Wednesday", TIMEX_SET, "XXXX-WXX-3");
	dt_expect(b, "Friday", TIMEX_SET, "XXXX-WXX-5");
	/* the longest list every_listed() reads (WEEKDAY_LIST_MAX) */
	b = "It runs every Monday, Tuesday, Wednesday, Thursday, Friday, "
	    "Saturday, and Sunday.";
	dt_run(b);
	dt_expect(b, "Saturday", TIMEX_SET, "XXXX-WXX-6");
	dt_expect(b, "Sunday", TIMEX_SET, "XXXX-WXX-7");
	b = "They met on Monday and Thursday.";
	dt_run(b);
	dt_expect(b, "Thursday", TIMEX_DATE, "2016-08-11");
}

Test(dates_weekdays, a_verb_before_a_clock_and_its_day)
{
	const char *b = "Voting ends at 11:59 p.m. PT on Tuesday.";

	dt_run(b);
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-23");
	b = "Voting ended at 11:59 p.m. PT on Tuesday.";
	dt_run(b);
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-16");
	b = "He said at 10:30 a.m. EDT on Tuesday that he would go.";
	dt_run(b);
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-16");
}

Test(dates_weekdays, a_state_the_copula_schedules)
{
	dt_one("The store is open Tuesday.", "Tuesday", TIMEX_DATE,
	    "2016-08-23");
	dt_one("The office is closed on Thursday.", "Thursday", TIMEX_DATE,
	    "2016-08-18");
	dt_one("The store was open Tuesday.", "Tuesday", TIMEX_DATE,
	    "2016-08-16");
	dt_one("The company closed Tuesday.", "Tuesday", TIMEX_DATE,
	    "2016-08-16");
}

Test(dates_weekdays, a_papers_name_is_no_day)
{
	dt_none("The Sunday Times reported that the deal collapsed.");
	dt_none("She wrote in the Sunday Telegraph that it was over.");
	dt_none("He told the Mail on Sunday that he was innocent.");
	dt_none("The Independent on Sunday said so.");
	dt_one("The Sunday before, Post Office staff struck.", "Sunday",
	    TIMEX_DATE, "2016-08-14");
}

Test(dates_weekdays, a_weekday_that_names_a_kind)
{
	dt_none("She taught Sunday school in Leeds.");
	dt_none("They shared a Sunday roast.");
	dt_none("He wore his Sunday best.");
	dt_none("Sunday trading laws were eased.");
	dt_one("On Sunday school leaders met.", "Sunday", TIMEX_DATE,
	    "2016-08-14");
}

Test(dates_weekdays, a_copula_clock_with_its_zone_in_brackets)
{
	const char *b = "The vote is at 2pm (1400 GMT) on Tuesday.";

	dt_run(b);
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-23");
	b = "The vote was at 2pm (1400 GMT) on Tuesday.";
	dt_run(b);
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-16");
}

Test(dates_weekdays, a_weekday_with_its_date_in_brackets)
{
	const char *b = "The bench hears it on Tuesday (Aug. 23), the "
	    "registry said.";

	dt_run(b);
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-23");
	dt_expect(b, "Aug. 23", TIMEX_DATE, "2016-08-23");
	/* a date that does not fall on it says nothing */
	b = "The bench hears it on Tuesday (Aug. 24), the registry said.";
	dt_run(b);
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-16");
}

Test(dates_weekdays, a_weekday_with_its_day_first_date_in_brackets)
{
	const char *b = "The bench hears it on Tuesday (23 August), the "
	    "registry said.";

	dt_run(b);
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-23");
	dt_expect(b, "23 August", TIMEX_DATE, "2016-08-23");
}

/* A state the present says lasts through a day ends on it, after now
 * (were the days just past); a past verb keeps the past, and a
 * participle's clause the tense's own reading. */
Test(dates_weekdays, a_present_state_through_a_day)
{
	const char *s = "A survey of 1,704 adults taken from May 13 through "
	    "Sunday found him ahead.";

	dt_one("The advisory runs through Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
	dt_one("An extreme heat warning remains in effect through 8 p.m. "
	    "Tuesday.", "8 p.m. Tuesday", TIMEX_TIME, "2016-08-23T20:00");
	dt_one("Sales fell through Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-14");
	dt_run(s);
	dt_expect(s, "Sunday", TIMEX_DATE, "2016-08-14");
}

/* A copula is a verb of lasting only with a state after it ("is in
 * effect", "is open", "is through"): a sentence's copula reporting
 * figures keeps the tense's reading, and so does a period counted to
 * its last day ("the week through Sunday": the week past; review U3). */
Test(dates_weekdays, a_copula_of_figures_is_no_state_that_lasts)
{
	const char *b = "The figures are for the week through Sunday.";
	const char *c = "Sales are up 5% in the week through Sunday, the "
	    "firm said.";
	const char *d = "Cases are up in the seven days through Sunday.";

	dt_run(b);
	dt_expect(b, "Sunday", TIMEX_DATE, "2016-08-14");
	dt_run(c);
	dt_expect(c, "Sunday", TIMEX_DATE, "2016-08-14");
	dt_run(d);
	dt_expect(d, "Sunday", TIMEX_DATE, "2016-08-14");
	dt_one("The museum is open through Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
	dt_one("The sale is through Sunday.", "Sunday", TIMEX_DATE,
	    "2016-08-21");
}

/* A range's second end is not before its first: a weekday after "to",
 * "until", "till" or "through" in a range "from" a day of its
 * paragraph is the first such day on or after it when the tense would
 * put it before (the warning's Tuesday: was the one past); a second end
 * already after the first keeps its reading. */
Test(dates_weekdays, a_range_s_second_end_not_before_its_first)
{
	const char *b = "Forecasters issued a warning in effect from 6 p.m. "
	    "this evening to noon Tuesday.";
	const char *s = "The poll was taken from Aug. 3 through Sunday.";

	dt_run(b);
	dt_expect(b, "noon Tuesday", TIMEX_TIME, "2016-08-23T12:00");
	dt_run(s);
	dt_expect(s, "Sunday", TIMEX_DATE, "2016-08-14");
}

/* A month and day in figures after a weekday and its comma, as US
 * notices write it ("Tues., 3/12"), is the weekday's date when it
 * falls on it, in the year nearest the publication: one timex (was the
 * weekday alone, a week off, and the figures none); a date it does not
 * fall on leaves the weekday alone. */
Test(dates_weekdays, a_weekday_and_its_date_in_figures)
{
	const char *w = "The game is Monday, 5/3, a source said.";

	dt_one("The hearing, set for Tues., 8/23, was moved.", "Tues., 8/23",
	    TIMEX_DATE, "2016-08-23");
	dt_one("The game is Saturday, 9/3, at the stadium.", "Saturday, 9/3",
	    TIMEX_DATE, "2016-09-03");
	dt_run(w);
	dt_expect(w, "Monday", TIMEX_DATE, "2016-08-22");
}
