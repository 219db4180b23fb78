/*
 * test_dates_durations.c — workers/extract/dates/durations.c: counts
 * before a unit, their modifiers and ranges, and sets (the shared checks:
 * dates_check.h).
 */
#include "dates_check.h"

TestSuite(dates_durations, .fini = dt_fini);

Test(dates_durations, durations)
{
	dt_one("He served three years in prison.", "three years",
	    TIMEX_DURATION, "P3Y");
	dt_one("He served 35 years in prison.", "35 years", TIMEX_DURATION,
	    "P35Y");
	dt_one("The talks lasted two weeks, aides said.", "two weeks",
	    TIMEX_DURATION, "P2W");
	dt_one("The talks lasted six months, aides said.", "six months",
	    TIMEX_DURATION, "P6M");
	/* ISO 8601 has no decade or century unit: counted ones are years */
	dt_one("The talks lasted a decade, aides said.", "a decade",
	    TIMEX_DURATION, "P10Y");
	dt_one("The feud lasted almost two decades.", "almost two decades",
	    TIMEX_DURATION, "P20Y");
	dt_one("The church stood for two centuries.", "two centuries",
	    TIMEX_DURATION, "P200Y");
	/* "the past year": the calendar year before (TimeBank, HeidelTime);
	 * counted, or a decade, a length */
	dt_one("Prices rose 5% over the past year.", "the past year",
	    TIMEX_DATE, "2015");
	dt_one("Prices rose 5% in the last month.", "the last month",
	    TIMEX_DATE, "2016-07");
	dt_one("Prices rose 5% over the past two years.",
	    "the past two years", TIMEX_DURATION, "P2Y");
	dt_one("Wages stagnated over the past decade.", "the past decade",
	    TIMEX_DURATION, "P10Y");
	/* an uncounted plural before "ago": some time in the past */
	dt_one("Troops withdrew decades ago.", "decades ago", TIMEX_DATE,
	    "PAST_REF");
	/* "and a half" belongs to the duration */
	dt_one("The speech lasted a minute and a half.",
	    "a minute and a half", TIMEX_DURATION, "PT1M30S");
	dt_one("He served a year and a half in jail.", "a year and a half",
	    TIMEX_DURATION, "P1Y6M");
	/* "a second" before a noun is the ordinal */
	dt_none("It would be a second betrayal, she said.");
	dt_none("A second group of directors sued.");
	dt_one("It took twenty-five years to build.", "twenty-five years",
	    TIMEX_DURATION, "P25Y");
	dt_one("It took forty years to build.", "forty years",
	    TIMEX_DURATION, "P40Y");
	dt_one("Sales rose in the past three years, it said.",
	    "the past three years", TIMEX_DURATION, "P3Y");
	dt_one("Profit rose 5% in the first nine months, it said.",
	    "the first nine months", TIMEX_DURATION, "P9M");
	dt_one("After a 16-hour flight she landed.", "16-hour",
	    TIMEX_DURATION, "PT16H");
	dt_one("She spent 5 1/2 hours in Nairobi.", "5 1/2 hours",
	    TIMEX_DURATION, "PT5H30M");
	dt_one("They waited one minute, no more.", "one minute",
	    TIMEX_DURATION, "PT1M");
	dt_one("They have argued for years about it.", "years",
	    TIMEX_DURATION, "PXY");
}

Test(dates_durations, sets)
{
	dt_one("The paper prints daily in Havana.", "daily", TIMEX_SET,
	    "P1D");
	dt_one("They rally every day in Havana.", "every day", TIMEX_SET,
	    "P1D");
	dt_one("It flies each Thursday from Bombay.", "each Thursday",
	    TIMEX_SET, "XXXX-WXX-4");
	dt_one("It pays $1 million a year to them.", "a year", TIMEX_SET,
	    "P1Y");
	dt_one("The festival takes place each summer.", "each summer",
	    TIMEX_SET, "XXXX-SU");
}

/*
 * An offset within a day ("an hour later") from an event whose clock
 * time the text does not give: no date says it, so the offset's
 * DURATION (TimeBank's); "two hours ago" counts from the writing.
 */
Test(dates_durations, offsets_within_a_day_are_durations)
{
	const char *b = "The blast came on June 3, 2001. An hour later the "
	    "roof fell, and a minute and a half later it burned.";

	dt_run(b);
	dt_expect(b, "An hour later", TIMEX_DURATION, "PT1H");
	dt_expect(b, "a minute and a half later", TIMEX_DURATION, "PT1M30S");
	dt_one("Four hours earlier, Clinton spoke.", "Four hours earlier",
	    TIMEX_DURATION, "PT4H");
	dt_one("Less than 30 minutes later, he left.",
	    "Less than 30 minutes later", TIMEX_DURATION, "PT30M");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_LESS_THAN);
	dt_one("The storm hit two hours ago.", "two hours ago", TIMEX_DATE,
	    "2016-08-17");
	/* a duration names no day: "the following day" still counts
	 * from the date before it */
	b = "The attack began on Sept. 11, 2012. More than 40 minutes later "
	    "help came. The following day, they left.";
	dt_run(b);
	dt_expect(b, "The following day", TIMEX_DATE, "2012-09-12");
}

/* "will one day be": some day ahead (FUTURE_REF), not a day's length;
 * a capitalized unit after a number inside a sentence is a name (CBS's
 * "60 Minutes", the film "13 Hours"), not in a Title Case headline. */
Test(dates_durations, one_day_ahead_and_units_in_names)
{
	dt_one("Islam will one day be the second largest religion.",
	    "one day", TIMEX_DATE, "FUTURE_REF");
	dt_one("He hopes to one day become president.", "one day",
	    TIMEX_DATE, "FUTURE_REF");
	dt_one("It lasted one day and cost more.", "one day",
	    TIMEX_DURATION, "P1D");
	dt_one("He went to one day of the trial.", "one day",
	    TIMEX_DURATION, "P1D");
	dt_none("Gonzalez said on CBS's \"60 Minutes.\"");
	dt_none("He saw the film 13 Hours in Boston.");
	dt_one("Talks Collapse After 13 Hours", "13 Hours", TIMEX_DURATION,
	    "PT13H");
}

Test(dates_durations, durations_ahead_long_and_a_couple)
{
	dt_one("Prices will rise in the weeks ahead.", "the weeks ahead",
	    TIMEX_DURATION, "PXW");
	dt_one("Workers staged a day-long strike.", "day-long",
	    TIMEX_DURATION, "P1D");
	dt_one("The decades-long feud ended.", "decades-long",
	    TIMEX_DURATION, "PXDE");
	dt_one("It will grow over the next couple of years.",
	    "the next couple of years", TIMEX_DURATION, "P2Y");
	dt_one("It turned a profit after several quarters of losses.",
	    "several quarters", TIMEX_DURATION, "PXQ");
	dt_none("They own more than a quarter of the market.");
	dt_none("Iraq imports three quarters of its food.");
}

/* Counts of nine digits times a decade, century or quarter stay defined
 * (they once overflowed an int before the calendar saw them). */
Test(dates_durations, huge_counts_of_big_units)
{
	dt_run("It began 222221115 decades ago.");
	dt_run("It began 999999999 centuries ago.");
	dt_run("It ended 999999999 quarters later.");
	dt_run("It ended 999999999 fortnights later.");
	cr_assert_eq(dt_out.dates.n, 1);
}

/* A range of counts is one timex valued by its first count, joined by
 * "to", "or", "and" after "between", or a hyphen between numbers;
 * "20 and 50 years ago" are two times, ages no duration. */
Test(dates_durations, ranges_of_counts)
{
	dt_one("Shipments resume within two to three weeks.",
	    "two to three weeks", TIMEX_DURATION, "P2W");
	dt_one("It happened 40 or 50 years ago, he said.",
	    "40 or 50 years ago", TIMEX_DATE, "1976");
	dt_one("The plan takes between two and three years.",
	    "two and three years", TIMEX_DURATION, "P2Y");
	dt_one("Rules are due in 12-18 months.", "12-18 months",
	    TIMEX_DURATION, "P12M");
	dt_one("It took 2-3 hours.", "2-3 hours", TIMEX_DURATION, "PT2H");
	dt_one("He recalled incidents 20 and 50 years ago.", "50 years ago",
	    TIMEX_DATE, "1966");
	dt_none("Among those 18 to 25 years old, most agree.");
}

/* A unit after a counted plural noun is a rate, TimeML's SET. */
Test(dates_durations, rates_after_a_counted_noun)
{
	dt_one("Let's not forget that 90 people a day die.", "a day",
	    TIMEX_SET, "P1D");
	dt_one("We do hundreds of interviews a day, he said.", "a day",
	    TIMEX_SET, "P1D");
	dt_run("She works 40 hours a week.");
	dt_expect("She works 40 hours a week.", "40 hours", TIMEX_DURATION,
	    "PT40H");
	dt_expect("She works 40 hours a week.", "a week", TIMEX_SET, "P1W");
	dt_one("Workers earn 163 pesos a day.", "a day", TIMEX_SET, "P1D");
	dt_one("He stayed for a day.", "a day", TIMEX_DURATION, "P1D");
	dt_run("It came three weeks and a day after the vote.");
	dt_expect("It came three weeks and a day after the vote.", "a day",
	    TIMEX_DURATION, "P1D");
}

/* "a quarter point" of interest or of a poll is a fraction of a point,
 * not a quarter of a year. */
Test(dates_durations, a_quarter_point_is_no_quarter)
{
	dt_none("The Fed cut rates by a quarter point, as expected.");
	dt_none("Yields rose a quarter percentage point, traders said.");
	dt_none("She gained a quarter of a point in the poll.");
	dt_one("Sales rose for a quarter in a row.", "a quarter",
	    TIMEX_DURATION, "P1Q");
}

/* "quarter(s) of" a noun is a share of it ("three quarters of voters",
 * "a quarter of Americans", "a quarter of 1 percent"), no time; of a
 * year, "fiscal" or a noun of results the quarters are periods ("two
 * quarters of losses", "two straight quarters of growth"); of a unit,
 * that share of the unit, one duration ("a quarter of an hour" PT15M,
 * "a quarter of a century ago" 25 years before 2016). */
Test(dates_durations, quarters_of_a_noun_a_year_and_a_unit)
{
	dt_none("Three quarters of voters said no, the poll found.");
	dt_none("Only a quarter of Americans agree with him.");
	dt_none("About a quarter of students graduate with debt.");
	dt_none("Trade was a quarter of 1 percent of the total.");
	dt_one("The firm had two quarters of losses.", "two quarters",
	    TIMEX_DURATION, "P2Q");
	dt_one("The firm had two quarters of negative growth.",
	    "two quarters", TIMEX_DURATION, "P2Q");
	dt_one("After two straight quarters of decline, it rose.",
	    "two straight quarters", TIMEX_DURATION, "P2Q");
	dt_one("It took a quarter of an hour, he said.",
	    "a quarter of an hour", TIMEX_DURATION, "PT15M");
	dt_one("It took three quarters of an hour, he said.",
	    "three quarters of an hour", TIMEX_DURATION, "PT45M");
	dt_one("The war lasted a quarter of a century.",
	    "a quarter of a century", TIMEX_DURATION, "P25Y");
	dt_one("It began a quarter of a century ago, he said.",
	    "a quarter of a century ago", TIMEX_DATE, "1991");
}

/* "a week ago Tuesday", "two weeks ago Friday": that many weeks before
 * the last such weekday, one DATE (Wednesday 2016-08-17: the last
 * Tuesday is 08-16, the last Friday 08-12). */
Test(dates_durations, weeks_ago_a_weekday)
{
	dt_one("The bill passed a week ago Tuesday, he said.",
	    "a week ago Tuesday", TIMEX_DATE, "2016-08-09");
	dt_one("He arrived two weeks ago Friday, he said.",
	    "two weeks ago Friday", TIMEX_DATE, "2016-07-29");
	dt_one("It happened two weeks ago, he said.", "two weeks ago",
	    TIMEX_DATE, "2016-W31");
}

/* Days or weeks "earlier" after a day the paragraph named count from
 * that day; with none named, from the publication ("a day earlier" in
 * a lead is the day before the news). */
Test(dates_durations, days_earlier_than_the_day_named)
{
	const char *b = "He was arrested on Aug. 1. A day earlier, police "
	    "had searched his home.";

	dt_run(b);
	dt_expect(b, "A day earlier", TIMEX_DATE, "2016-07-31");
	b = "He was arrested on Aug. 1. Two weeks earlier, police "
	    "had searched his home.";
	dt_run(b);
	dt_expect(b, "Two weeks earlier", TIMEX_DATE, "2016-W29");
	dt_one("A day earlier, police had searched his home.",
	    "A day earlier", TIMEX_DATE, "2016-08-16");
	/* months or years after a month or a year (or a day) named in the
	 * paragraph, from it; a year earlier alone from now */
	b = "A poll in December 2013 found that, relative to two years "
	    "earlier, more voters cared.";
	dt_run(b);
	dt_expect(b, "two years earlier", TIMEX_DATE, "2011");
	b = "He spoke there on Nov. 14, to a chapter she addressed a month "
	    "earlier.";
	dt_run(b);
	dt_expect(b, "a month earlier", TIMEX_DATE, "2016-10");
	dt_one("Profit rose from $5 million a year earlier.", "a year earlier",
	    TIMEX_DATE, "2015");
}

/* A capitalized frequency word beside another capitalized word is a
 * paper's or a programme's name ("the Daily Beast", "the Weekly
 * Standard", "Breitbart News Daily", "Washington Monthly", "NBC Nightly
 * News"): no SET.  Opening a sentence before a lower-case word it is
 * still the frequency. */
Test(dates_durations, frequency_words_in_names)
{
	dt_none("The Daily Beast ran the profile.");
	dt_none("He told Breitbart News Daily about it.");
	dt_none("Hayes of the Weekly Standard has waged a battle.");
	dt_none("She writes for Washington Monthly.");
	dt_none("He mocked the NBC Nightly News ratings.");
	dt_one("Daily rates rose sharply.", "Daily", TIMEX_SET, "P1D");
	dt_one("They meet weekly in Erie.", "weekly", TIMEX_SET, "P1W");
}

/* Half of one unit is that many of the finer unit ("half an hour",
 * "a half-hour" PT30M, "half a decade" P5Y), or ISO 8601's fraction
 * where none is whole ("half a month" P0.5M); "1.5 years" and
 * "seven-and-a-half years" are a count and a half, as "one and a half
 * years" is. */
Test(dates_durations, halves_of_units_and_decimal_halves)
{
	const char *b;

	dt_one("The meeting lasted half an hour.", "half an hour",
	    TIMEX_DURATION, "PT30M");
	dt_one("He waited a half hour.", "a half hour", TIMEX_DURATION,
	    "PT30M");
	dt_one("It came a half-hour before the speech.", "a half-hour",
	    TIMEX_DURATION, "PT30M");
	dt_one("It took half a day.", "half a day", TIMEX_DURATION,
	    "PT12H");
	dt_one("Prices rose in half a year.", "half a year", TIMEX_DURATION,
	    "P6M");
	dt_one("It took half a month.", "half a month", TIMEX_DURATION,
	    "P0.5M");
	b = "For more than half a century, he ran it.";
	dt_one(b, "more than half a century", TIMEX_DURATION, "P50Y");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_MORE_THAN);
	dt_one("Half a decade of work was lost.", "Half a decade",
	    TIMEX_DURATION, "P5Y");
	dt_one("It emerged a half-century ago.", "a half-century ago",
	    TIMEX_DATE, "1966");
	dt_one("The project took 1.5 years.", "1.5 years", TIMEX_DURATION,
	    "P1Y6M");
	dt_one("He spent seven-and-a-half years there.",
	    "seven-and-a-half years", TIMEX_DURATION, "P7Y6M");
	dt_none("Half a million people and half a dozen votes.");
}

/* A frequency in a period is one SET whose span holds the count
 * ("twice a week" in the TimeML guidelines, HeidelTime's set rules),
 * valued by the period; "every weekend" is every week's weekend. */
Test(dates_durations, a_frequency_in_a_period_and_every_weekend)
{
	dt_one("The board meets twice a year and rests.", "twice a year",
	    TIMEX_SET, "P1Y");
	dt_one("Once a month, they meet.", "Once a month", TIMEX_SET, "P1M");
	dt_one("He calls three times a week.", "three times a week",
	    TIMEX_SET, "P1W");
	dt_one("It ran 40 times per month.", "40 times per month", TIMEX_SET,
	    "P1M");
	dt_one("The market is open every weekend.", "every weekend",
	    TIMEX_SET, "XXXX-WXX-WE");
	/* a count of times before a date is no rate */
	dt_one("It happened twice a decade ago.", "a decade ago", TIMEX_DATE,
	    "200");
	dt_none("He was once a banker.");
	dt_none("He won three times in a row.");
}

/* A decimal count is ISO 8601's fraction of its unit ("2.3 years"
 * P2.3Y, "9.58 seconds" PT9.58S, "2.5 months" P2.5M: a half of a unit
 * with no finer whole one); "2.3 years ago" is the date of the nearest
 * whole count; a decimal before another word is none ("$4.5
 * billion"). */
Test(dates_durations, decimal_counts)
{
	dt_one("The drug extended survival by 2.3 years.", "2.3 years",
	    TIMEX_DURATION, "P2.3Y");
	dt_one("Bolt ran the race in 9.58 seconds.", "9.58 seconds",
	    TIMEX_DURATION, "PT9.58S");
	dt_one("Prices rose for more than 2.5 months.",
	    "more than 2.5 months", TIMEX_DURATION, "P2.5M");
	dt_one("It happened 2.7 years ago.", "2.7 years ago", TIMEX_DATE,
	    "2013");
	dt_none("The deal is worth $4.5 billion and 2.3 percent.");
}

/* "week 48", "calendar week 47", "week 2 of 2015": ISO 8601's numbered
 * week, in the publication's week-year or the nearest; not a sports
 * season's "Week 3" nor a week of something else ("in week 3 of the
 * trial"). */
Test(dates_durations, numbered_weeks)
{
	dt_one("Production in week 48 fell.", "week 48", TIMEX_DATE,
	    "2016-W48");
	dt_one("Shipments rose in calendar week 47.", "week 47",
	    TIMEX_DATE, "2016-W47");
	dt_one("Sales fell in week 2 of 2015.", "week 2 of 2015",
	    TIMEX_DATE, "2015-W02");
	dt_none("He testified in week 3 of the trial.");
	dt_none("The Jets lost in Week 3 to Dallas.");
}

/* "fortnightly" is every two weeks (British), P2W, as "weekly" is P1W;
 * "weekends" with nothing counting them is every weekend, as "on
 * Sundays" is every Sunday: a SET.  Counted or some of them ("two
 * weekends", "the weekends of July", "a couple of weekends") they are
 * not; nor a show's name ("Weekends With Alex"). */
Test(dates_durations, fortnightly_and_weekends)
{
	dt_one("Bins are collected fortnightly.", "fortnightly", TIMEX_SET,
	    "P2W");
	dt_one("The gym is open on weekends only.", "weekends", TIMEX_SET,
	    "XXXX-WXX-WE");
	dt_one("He works weekends and some evenings.", "weekends",
	    TIMEX_SET, "XXXX-WXX-WE");
	dt_none("He spent two weekends and the weekends there.");
	dt_none("It took a couple of weekends.");
	dt_none("She hosts Weekends With Alex on cable.");
}

/* "weekdays" with nothing counting them is the five working days of
 * every week, a SET as "weekends" is: TIMEX3 writes the weekend WE in
 * a week's day place and has no token for the rest, so WD stands for
 * them (as TIMEX libraries read "every weekday"); counted or some of
 * them they are not, nor the adjective "Weekday services". */
Test(dates_durations, weekdays)
{
	dt_one("The service runs on weekdays only.", "weekdays", TIMEX_SET,
	    "XXXX-WXX-WD");
	dt_one("The museum is open weekdays all year round.", "weekdays",
	    TIMEX_SET, "XXXX-WXX-WD");
	dt_one("You can receive it every weekday by email.", "every weekday",
	    TIMEX_SET, "XXXX-WXX-WD");
	dt_none("It took three weekdays and several weekdays more.");
	dt_none("Weekday services will be cut.");
}

/* A fortnight counted from now or from the story's date is a week, as
 * two weeks are ("a fortnight ago", "two weeks ago": 2016-W31 written
 * on Wednesday 2016-08-17), not the day fourteen days off. */
Test(dates_durations, a_fortnight_ago_is_a_week)
{
	dt_one("The talks collapsed a fortnight ago.", "a fortnight ago",
	    TIMEX_DATE, "2016-W31");
	dt_one("The talks collapsed two weeks ago.", "two weeks ago",
	    TIMEX_DATE, "2016-W31");
	dt_one("The festival lasts a fortnight.", "a fortnight",
	    TIMEX_DURATION, "P2W");
}

/* A war's name is no length: a capitalized count and unit before
 * "War" ("the Six-Day War", "the Hundred Years' War", "the Thirty
 * Years War"); "Six days of war followed" is one. */
Test(dates_durations, a_wars_name_is_no_length)
{
	dt_none("Israel won the Six-Day War.");
	dt_none("He studies the Hundred Years' War.");
	dt_none("He studies the Thirty Years War.");
	dt_one("Six days of war followed.", "Six days", TIMEX_DURATION,
	    "P6D");
}

/* The British "on" of "later" after a length: a date counted from the
 * one the text named ("Thirty-seven years on, the city marks the
 * date"); not a length on something ("ten years on the project"), nor
 * with no date to count from. */
Test(dates_durations, a_length_on_is_later)
{
	const char *b = "The wall fell in 1989. Thirty-seven years on, the "
	    "city marks the date.";
	const char *m = "The flood hit in March 2016. Six months on, the town "
	    "is rebuilding.";

	dt_run(b);
	dt_expect(b, "Thirty-seven years on", TIMEX_DATE, "2026");
	dt_run(m);
	dt_expect(m, "Six months on", TIMEX_DATE, "2016-09");
	dt_one("He has spent ten years on the project.", "ten years",
	    TIMEX_DURATION, "P10Y");
	dt_one("Six months on, the town is rebuilding.", "Six months",
	    TIMEX_DURATION, "P6M");
}

/* A length in two units joined by "and" is one duration, as TimeML
 * values "a minute and a half": "four hours and 42 minutes" PT4H42M,
 * "two years and three months" P2Y3M, "a day and 12 hours" P1DT12H
 * (was the first unit's length, the second's left out or alone).  Not
 * with a count of something else after "and", nor a week (ISO 8601
 * mixes weeks with no other unit), nor a date counted from another
 * ("Two years and three months later" stays the year's offset). */
Test(dates_durations, a_length_in_two_units)
{
	const char *b = "The talks took three weeks and two days.";

	dt_one("He won in four hours and 42 minutes on Centre Court.",
	    "four hours and 42 minutes", TIMEX_DURATION, "PT4H42M");
	dt_one("She served two years and three months in jail.",
	    "two years and three months", TIMEX_DURATION, "P2Y3M");
	dt_one("The siege lasted a day and 12 hours.", "a day and 12 hours",
	    TIMEX_DURATION, "P1DT12H");
	dt_one("Two hours and 20 minutes later, police arrived.",
	    "Two hours and 20 minutes later", TIMEX_DURATION, "PT2H20M");
	dt_one("It took three years and 200 workers.", "three years",
	    TIMEX_DURATION, "P3Y");
	dt_run(b);
	dt_expect(b, "three weeks", TIMEX_DURATION, "P3W");
	dt_expect(b, "two days", TIMEX_DURATION, "P2D");
}

/* Two units after "between" are a range's two ends, two durations (review
 * S6: "between one year and six months" was one length, P1Y6M); a
 * length in two units before "ago" counts from the writing, as one unit
 * does (written on 2016-08-17: "a year and three months ago" 2015-05,
 * was "a year" P1Y and "three months ago"; within a day the day of
 * writing). */
Test(dates_durations, two_units_in_a_range_and_before_ago)
{
	const char *b = "He could be sentenced to between one year and six "
	    "months in prison.";

	dt_run(b);
	dt_expect(b, "one year", TIMEX_DURATION, "P1Y");
	dt_expect(b, "six months", TIMEX_DURATION, "P6M");
	dt_one("The bridge was closed a year and three months ago.",
	    "a year and three months ago", TIMEX_DATE, "2015-05");
	dt_one("It opens two years and six months hence.",
	    "two years and six months hence", TIMEX_DATE, "2019-02");
	dt_one("It ended four hours and 42 minutes ago.",
	    "four hours and 42 minutes ago", TIMEX_DATE, "2016-08-17");
}

/* A deictic after "ago" says the day, week or month of the count: one
 * date, an anniversary's ("Eighty years ago today": the day eighty
 * years back, was the year and "today" the day of writing, which then
 * anchored what followed); not a possessive's "today's". */
Test(dates_durations, ago_with_the_deictic_of_its_day)
{
	const char *b = "Eighty years ago today, crowds filled the square. "
	    "That summer, Labour won.";
	const char *p = "Two years ago today's vote was held.";

	dt_run(b);
	dt_expect(b, "Eighty years ago today", TIMEX_DATE, "1936-08-17");
	dt_expect(b, "That summer", TIMEX_DATE, "1936-SU");
	dt_one("It fell ten years ago this week.", "ten years ago this week",
	    TIMEX_DATE, "2006-W33");
	dt_one("Prices rose a year ago this month.", "a year ago this month",
	    TIMEX_DATE, "2015-08");
	dt_run(p);
	dt_expect(p, "Two years ago", TIMEX_DATE, "2014");
}
