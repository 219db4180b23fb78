/*
 * test_dates_names.c — workers/extract/dates/names.c: calendar names
 * the other suites do not cover, weekdays written short (the shared
 * checks: dates_check.h).  The longer families of names.c (months,
 * days, holidays) are in test_dates.c.
 */
#include "dates_check.h"

TestSuite(dates_names, .fini = dt_fini);

/* "Tues.", "Wed.", "Thurs.": a weekday abbreviated, its period in the
 * span, valued as the name written out is; only where a day is expected
 * (a date or a part of the day after it, "on", "last", "early"... before
 * it), since "Sun.", "Sat.", "Wed." and "Mon." are also words and
 * names. */
Test(dates_names, weekday_abbreviations_where_a_day_is_expected)
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

/* "the weekend of Aug. 20" is that day's weekend (a Monday's: the one
 * just before, "the weekend of July 4" in 2016); the day stays its own
 * timex.  A bare "the weekend" keeps the tense's. */
Test(dates_names, the_weekend_of_a_day)
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

/* A weekday abbreviated with no period ("Tue August 16, 2016", "Wed Aug
 * 17 2016": a page's time stamp) is read as one only before a date that
 * falls on it, as part of that date's timex; "Sun", "Sat", "Wed", "Mon"
 * before a date on another day are words or names ("The Sun August 16,
 * 2016": a Tuesday).  A year after a date keeps to it before a colon
 * ("August 16, 2016: Clinton leads"). */
Test(dates_names, weekday_abbreviation_with_no_period_before_its_date)
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

/* A weekday and a part of the day both capitalized before another
 * capitalized word are a programme's title ("Saturday Night Live",
 * "Monday Night Football", "Sunday Morning Futures"): no time.  In
 * running text the part is lower case, and a capitalized one before a
 * lower-case word is still the time. */
Test(dates_names, a_weekday_in_a_programmes_title)
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

/* A season with a year after it is that year's season, whatever stands
 * before it and capitalized as a label may be ("fall 2025", "Summer
 * 2023", "Glam's Spring 2015 issue"); after "of" a short year too ("the
 * summer of '69").  Without the year "fall" still needs "the" and a
 * capitalized season is a name. */
Test(dates_names, a_season_with_its_year)
{
	dt_one("The sequel opens in fall 2025.", "fall 2025", TIMEX_DATE,
	    "2025-FA");
	dt_one("Summer 2023 was the hottest on record.", "Summer 2023",
	    TIMEX_DATE, "2023-SU");
	dt_one("It ran in the magazine's Spring 2015 issue.", "Spring 2015",
	    TIMEX_DATE, "2015-SP");
	dt_one("The economy of spring 2000 was strong.", "spring 2000",
	    TIMEX_DATE, "2000-SP");
	dt_one("It was the summer of '69.", "the summer of '69", TIMEX_DATE,
	    "1969-SU");
	dt_none("Prices fall 2 percent, he said.");
	dt_none("Donna Summer sang in Rome.");
}

/* A day a present copula or "set for" schedules is the one to come
 * ("The vote is Tuesday" on Wednesday, 2016-08-17: the 23rd), whatever
 * tense the reporting verb has; "is Tuesday's ruling" names an event,
 * and the tense decides. */
Test(dates_names, a_day_a_present_copula_schedules)
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

/* Days before their month joined by a word ("from 10 to 20 December",
 * "on 10 and 11 December"), each end its own timex, as "20-22 August"
 * is. */
Test(dates_names, days_before_their_month_joined_by_a_word)
{
	const char *b = "The tournament runs from 10 to 20 December.";

	dt_run(b);
	dt_expect(b, "10", TIMEX_DATE, "2016-12-10");
	dt_expect(b, "20 December", TIMEX_DATE, "2016-12-20");
	b = "Talks are set for 10 and 11 September 2017 in Rome.";
	dt_run(b);
	dt_expect(b, "10", TIMEX_DATE, "2017-09-10");
	dt_expect(b, "11 September 2017", TIMEX_DATE, "2017-09-11");
}

/* A holiday whose nearest date is more than a season away goes the
 * tense's way, as a month and day does: "filled the cathedral on
 * Christmas" written in August is the Christmas past, "will reopen at
 * Easter" the one to come. */
Test(dates_names, a_holiday_takes_the_tense_beyond_a_season)
{
	dt_one("Crowds filled the cathedral on Christmas.", "Christmas",
	    TIMEX_DATE, "2015-12-25");
	dt_one("The church will reopen at Easter.", "Easter", TIMEX_DATE,
	    "2017-04-16");
	dt_one("Stores close on Christmas.", "Christmas", TIMEX_DATE,
	    "2016-12-25");
}

/* A superlative after "the" cues a bare month ("the warmest November
 * on record"); "midsummer", "midwinter", "mid-winter" are a season's
 * middle. */
Test(dates_names, superlative_months_and_midseasons)
{
	dt_one("It was the warmest November on record.", "November",
	    TIMEX_DATE, "2015-11");
	dt_one("Prices peaked in midsummer.", "midsummer", TIMEX_DATE,
	    "2016-SU");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_MID);
	dt_one("Snow fell by mid-winter.", "mid-winter", TIMEX_DATE,
	    "2015-WI");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_MID);
}

/* "Wednesday of next week", "Tuesday of last week": that weekday of
 * the ISO week named, across the week's boundary; not a possessive's
 * "of" ("on Monday of last week's shooting"). */
Test(dates_names, a_weekday_of_the_week_named)
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
