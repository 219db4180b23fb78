/*
 * test_dates_times.c — workers/extract/dates/times.c: clock times with
 * their zone and day, noon and midnight, parts of the day (the shared
 * checks: dates_check.h).
 */
#include "dates_check.h"

TestSuite(dates_times, .fini = dt_fini);

Test(dates_times, clock_times)
{
	dt_one("The blast came at 3 p.m. near the port.", "3 p.m.",
	    TIMEX_TIME, "2016-08-17T15:00");
	dt_one("The blast came at 15:00 GMT near the port.", "15:00 GMT",
	    TIMEX_TIME, "2016-08-17T15:00Z");
	dt_one("The blast came at 10:35 a.m. near the port.", "10:35 a.m.",
	    TIMEX_TIME, "2016-08-17T10:35");
	dt_one("Talks broke off at noon Monday, police said.",
	    "noon Monday", TIMEX_TIME, "2016-08-15T12:00");
	dt_one("It starts at 9 a.m. tomorrow in Ohio.", "9 a.m. tomorrow",
	    TIMEX_TIME, "2016-08-18T09:00");
	dt_one("They left at 12 a.m. sharp.", "12 a.m.", TIMEX_TIME,
	    "2016-08-17T00:00");
}

/*
 * A clock time with no day of its own is on the day its paragraph last
 * named (HeidelTime's UNDEF-REF-day), else on the publication day (a
 * live blog's "9:40 p.m." opens an entry of the day of writing); a day
 * in an aside that restates the time is the time's.
 */
Test(dates_times, clock_time_on_the_day_its_paragraph_named)
{
	const char *b = "On a rainy Thursday afternoon, after their 6 a.m. "
	    "shift, they met.";

	dt_run(b);
	dt_expect(b, "6 a.m.", TIMEX_TIME, "2016-08-11T06:00");
	b = "The vote was on Tuesday, March 1.\n\n9:40 p.m.\n\nClinton "
	    "spoke at 10 p.m. in Nevada.";
	dt_run(b);
	dt_expect(b, "9:40 p.m.", TIMEX_TIME, "2016-08-17T21:40");
	dt_expect(b, "10 p.m.", TIMEX_TIME, "2016-08-17T22:00");
	b = "The father will leave at 4 in the morning (4 a.m. EDT "
	    "Thursday), Castro said.";
	dt_run(b);
	dt_expect(b, "4 in the morning", TIMEX_TIME, "2016-08-18T04:00");
	dt_expect(b, "4 a.m. EDT Thursday", TIMEX_TIME,
	    "2016-08-18T04:00-04:00");
}

Test(dates_times, clock_time_tense_read_at_its_start)
{
	/* the "." of "a.m." must not cut the search for "until" short */
	dt_one("The agency extended its deadline until 9 a.m. EST Thursday.",
	    "9 a.m. EST Thursday", TIMEX_TIME, "2016-08-18T09:00-05:00");
	dt_one("Protesters were planning to drive around the airport on "
	    "Monday.", "Monday", TIMEX_DATE, "2016-08-22");
}

Test(dates_times, middle_of_a_part_of_the_day)
{
	dt_one("Trading halted in mid-afternoon yesterday.",
	    "mid-afternoon yesterday", TIMEX_TIME, "2016-08-16TAF");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_MID);
	dt_one("The fire broke out in mid afternoon.", "mid afternoon",
	    TIMEX_TIME, "2016-08-17TAF");
	dt_one("Police arrived midmorning Friday.", "midmorning Friday",
	    TIMEX_TIME, "2016-08-12TMO");
}

/*
 * A zone goes into the value as ISO 8601 writes it (Z for UTC and GMT,
 * else the offset), the time stays as written and on its day; a clock
 * time that names no day does not move the reference date.
 */
Test(dates_times, times_with_a_zone)
{
	dt_run_on("The meeting starts at 18:00 UTC.", 2009, 12, 15);
	dt_expect("The meeting starts at 18:00 UTC.", "18:00 UTC",
	    TIMEX_TIME, "2009-12-15T18:00Z");
	dt_run_on("Polls close at 11 p.m. GMT.", 2009, 12, 15);
	dt_expect("Polls close at 11 p.m. GMT.", "11 p.m. GMT", TIMEX_TIME,
	    "2009-12-15T23:00Z");
	dt_one("Trading halted at 3 p.m. EDT on the exchange.", "3 p.m. EDT",
	    TIMEX_TIME, "2016-08-17T15:00-04:00");
	dt_one("Trading halted at 3 p.m. PST on the exchange.", "3 p.m. PST",
	    TIMEX_TIME, "2016-08-17T15:00-08:00");
	dt_one("The launch was set for 9:30 a.m. KST in Seoul.",
	    "9:30 a.m. KST", TIMEX_TIME, "2016-08-17T09:30+09:00");
	dt_one("The bells rang at 23:30 CET in Paris.", "23:30 CET",
	    TIMEX_TIME, "2016-08-17T23:30+01:00");
	/* a time with no day of its own leaves the reference alone */
	dt_run("It was signed on March 3, 2001. Talks ended at 3 p.m. "
	    "The next day, they left.");
	dt_expect("It was signed on March 3, 2001. Talks ended at 3 p.m. "
	    "The next day, they left.", "The next day", TIMEX_DATE,
	    "2001-03-04");
	/* the day after an aside in parentheses is the clock's */
	dt_run("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.");
	dt_expect("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
	    "10:35 a.m.", TIMEX_TIME, "2016-08-12T10:35");
	dt_expect("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
	    "0735 GMT", TIMEX_TIME, "2016-08-12T07:35Z");
	/* a US zone without its season takes the day's: daylight time
	 * from the second Sunday of March to the first of November */
	dt_one("Polls close at 8 p.m. ET in the state.", "8 p.m. ET",
	    TIMEX_TIME, "2016-08-17T20:00-04:00");
	dt_run_on("Polls will close at 8 p.m. ET Tuesday.", 2024, 11, 4);
	dt_expect("Polls will close at 8 p.m. ET Tuesday.", "8 p.m. ET Tuesday",
	    TIMEX_TIME, "2024-11-05T20:00-05:00");
	dt_run_on("He spoke at 9 a.m. PT on the call.", 2024, 3, 10);
	dt_expect("He spoke at 9 a.m. PT on the call.", "9 a.m. PT",
	    TIMEX_TIME, "2024-03-10T09:00-07:00");
	dt_run_on("He spoke at 9 a.m. PT on the call.", 2024, 3, 9);
	dt_expect("He spoke at 9 a.m. PT on the call.", "9 a.m. PT",
	    TIMEX_TIME, "2024-03-09T09:00-08:00");
	/* the rule of 1987-2006: the first Sunday of April */
	dt_run_on("He spoke at 9 a.m. CT on the call.", 2000, 4, 1);
	dt_expect("He spoke at 9 a.m. CT on the call.", "9 a.m. CT",
	    TIMEX_TIME, "2000-04-01T09:00-06:00");
}

/*
 * An offset glued to GMT or UTC is the zone's ("GMT+2", "UTC-5",
 * "UTC+05:30", "GMT+0530"), as ISO 8601 writes it in the value; "GMT+0"
 * is UTC; an offset wider than any zone's is not read.
 */
Test(dates_times, offsets_glued_to_gmt_and_utc)
{
	dt_one("The talks start at 18:00 GMT+2 in Geneva.", "18:00 GMT+2",
	    TIMEX_TIME, "2016-08-17T18:00+02:00");
	dt_one("The talks start at 18:00 UTC-5 in Lima.", "18:00 UTC-5",
	    TIMEX_TIME, "2016-08-17T18:00-05:00");
	dt_one("The launch is at 09:30 UTC+05:30 in Delhi.",
	    "09:30 UTC+05:30", TIMEX_TIME, "2016-08-17T09:30+05:30");
	dt_one("The launch is at 09:30 GMT+0530 in Delhi.",
	    "09:30 GMT+0530", TIMEX_TIME, "2016-08-17T09:30+05:30");
	dt_one("The talks start at 18:00 GMT+0 in London.", "18:00 GMT+0",
	    TIMEX_TIME, "2016-08-17T18:00Z");
	dt_one("The talks start at 18:00 GMT-25 in London.", "18:00 GMT",
	    TIMEX_TIME, "2016-08-17T18:00Z");
}

/*
 * "8 p.m. EDT on Monday", "at noon on Monday", "at 9 a.m. on Aug. 15":
 * the day after "on" is the clock time's, and a timex of its own; a
 * set ("on Mondays") names no day.
 */
Test(dates_times, a_clock_time_on_the_day_named_after_on)
{
	const char *b = "Polls closed at 8 p.m. EDT on Monday in Ohio.";

	dt_run(b);
	dt_expect(b, "8 p.m. EDT", TIMEX_TIME, "2016-08-15T20:00-04:00");
	dt_expect(b, "Monday", TIMEX_DATE, "2016-08-15");
	b = "Talks broke off at noon on Monday, police said.";
	dt_run(b);
	dt_expect(b, "noon", TIMEX_TIME, "2016-08-15T12:00");
	b = "Voting ended at 9 a.m. on Aug. 15 in Ohio.";
	dt_run(b);
	dt_expect(b, "9 a.m.", TIMEX_TIME, "2016-08-15T09:00");
	dt_expect(b, "Aug. 15", TIMEX_DATE, "2016-08-15");
	b = "The game is at 7 p.m. on Mondays in Ohio.";
	dt_run(b);
	dt_expect(b, "7 p.m.", TIMEX_TIME, "2016-08-17T19:00");
	dt_expect(b, "Mondays", TIMEX_SET, "XXXX-WXX-1");
}

/* A clock time before a weekday and its date ("7 p.m. Thursday, Aug.
 * 18") takes the date, as the weekday alone before its date does (the
 * tense would have given the Thursday before: "is" cues nothing); the
 * date stays its own timex. */
Test(dates_times, a_clock_time_before_a_weekday_and_its_date)
{
	const char *b = "The meeting is at 7 p.m. Thursday, Aug. 18.";

	dt_run(b);
	dt_expect(b, "7 p.m. Thursday", TIMEX_TIME, "2016-08-18T19:00");
	dt_expect(b, "Aug. 18", TIMEX_DATE, "2016-08-18");
	b = "The vote was at 9 a.m. Friday, May 6, he said.";
	dt_run(b);
	dt_expect(b, "9 a.m. Friday", TIMEX_TIME, "2016-05-06T09:00");
	dt_one("The vote was at 9 a.m. Friday in Ohio.", "9 a.m. Friday",
	    TIMEX_TIME, "2016-08-12T09:00");
}

/* A clock time before an abbreviated weekday and its date ("2:31 PM ET,
 * Tue August 16, 2016", a page's time stamp; "9 a.m. Tues., Aug. 16")
 * takes the date, the weekday and its period in its span; the date
 * stays its own timex.  With no date after it, or a date on another day
 * after a bare "Sun", the clock keeps the day of publication. */
Test(dates_times, a_clock_time_before_an_abbreviated_weekday_and_its_date)
{
	const char *b = "Posted: 2:31 PM ET, Tue August 16, 2016";

	dt_run(b);
	dt_expect(b, "2:31 PM ET, Tue", TIMEX_TIME, "2016-08-16T14:31-04:00");
	dt_expect(b, "August 16, 2016", TIMEX_DATE, "2016-08-16");
	b = "They met at 9 a.m. Tues., Aug. 16, in Erie.";
	dt_run(b);
	dt_expect(b, "9 a.m. Tues.", TIMEX_TIME, "2016-08-16T09:00");
	dt_expect(b, "Aug. 16", TIMEX_DATE, "2016-08-16");
	b = "They met at 9 a.m. Sun August 16 in the park.";
	dt_run(b);
	dt_expect(b, "9 a.m.", TIMEX_TIME, "2016-08-17T09:00");
	dt_expect(b, "August 16", TIMEX_DATE, "2016-08-16");
}

/* A US zone named in words after a clock time, as US news writes it
 * ("8 p.m. Eastern", "10 a.m. Pacific time"): the zone of ET or PT, its
 * season by the day; "Standard Time" and "Daylight Time" say it.  Not a
 * name that goes on ("Central Park", "Mountain View"). */
Test(dates_times, a_us_zone_named_in_words)
{
	dt_one("The debate starts at 9 p.m. Eastern.", "9 p.m. Eastern",
	    TIMEX_TIME, "2016-08-17T21:00-04:00");
	dt_one("It streams at 10 a.m. Pacific time.", "10 a.m. Pacific time",
	    TIMEX_TIME, "2016-08-17T10:00-07:00");
	dt_one("It starts at 7 p.m. Central Standard Time.",
	    "7 p.m. Central Standard Time", TIMEX_TIME,
	    "2016-08-17T19:00-06:00");
	dt_one("They met at 5 p.m. Central Park time.", "5 p.m.", TIMEX_TIME,
	    "2016-08-17T17:00");
	dt_one("It opens at 9 a.m. Mountain View.", "9 a.m.", TIMEX_TIME,
	    "2016-08-17T09:00");
}

/* Canada's eastern zones named by their region before "time", as
 * Canadian news writes them: Atlantic time is four hours behind UTC,
 * Newfoundland's three and a half, an hour less in summer (the US rule);
 * "Atlantic City time" is no zone. */
Test(dates_times, canada_s_atlantic_and_newfoundland_time)
{
	dt_one("Polls close at 8 p.m. Atlantic time in Halifax.",
	    "8 p.m. Atlantic time", TIMEX_TIME, "2016-08-17T20:00-03:00");
	dt_one("Polls close at 8:30 p.m. Newfoundland time.",
	    "8:30 p.m. Newfoundland time", TIMEX_TIME,
	    "2016-08-17T20:30-02:30");
	dt_run_on("Fiona hit at 3 a.m. Atlantic time.", 2016, 12, 6);
	dt_expect("Fiona hit at 3 a.m. Atlantic time.",
	    "3 a.m. Atlantic time", TIMEX_TIME, "2016-12-06T03:00-04:00");
	dt_one("They met at 9 a.m. Atlantic City time.", "9 a.m.",
	    TIMEX_TIME, "2016-08-17T09:00");
}

/* A city's time after a clock time, as wire copy gives a market's or a
 * capital's hour ("4 p.m. New York time", "14:30 Hong Kong time"): the
 * offset of the zone the city keeps, summer time by its own rule (the
 * US's, the EU's, south-east Australia's; Moscow's years).  Not a bare
 * hour ("5 New York Times reporters"). */
Test(dates_times, a_city_time)
{
	dt_one("Trading resumes at 4 p.m. New York time.",
	    "4 p.m. New York time", TIMEX_TIME, "2016-08-17T16:00-04:00");
	dt_one("Trading halted at 14:30 Hong Kong time.",
	    "14:30 Hong Kong time", TIMEX_TIME, "2016-08-17T14:30+08:00");
	dt_one("The index closed at 3 p.m. Tokyo time.",
	    "3 p.m. Tokyo time", TIMEX_TIME, "2016-08-17T15:00+09:00");
	dt_one("The vote ended at 10 p.m. New Delhi time.",
	    "10 p.m. New Delhi time", TIMEX_TIME, "2016-08-17T22:00+05:30");
	dt_run_on("The talks open at 9 a.m. London time.", 2016, 12, 6);
	dt_expect("The talks open at 9 a.m. London time.",
	    "9 a.m. London time", TIMEX_TIME, "2016-12-06T09:00Z");
	dt_run_on("The talks open at 9 a.m. Brussels time.", 2016, 8, 17);
	dt_expect("The talks open at 9 a.m. Brussels time.",
	    "9 a.m. Brussels time", TIMEX_TIME, "2016-08-17T09:00+02:00");
	dt_run_on("Trading starts at 10 a.m. Sydney time.", 2016, 12, 6);
	dt_expect("Trading starts at 10 a.m. Sydney time.",
	    "10 a.m. Sydney time", TIMEX_TIME, "2016-12-06T10:00+11:00");
	dt_run_on("The launch is at 10:00 Moscow time.", 2012, 12, 6);
	dt_expect("The launch is at 10:00 Moscow time.",
	    "10:00 Moscow time", TIMEX_TIME, "2012-12-06T10:00+04:00");
	dt_none("He was interviewed by 5 New York Times reporters.");
}

/* The first end of a range of clock times shares what only the second
 * says: its zone ("9 a.m. to 5 p.m. ET"), its day ("from 2 a.m. to 6
 * a.m. UTC on Tuesday"; the day before when the range runs past
 * midnight), its a.m. or p.m. ("between 2 and 4 p.m.", "10-11 a.m.";
 * not "from 11 to 1 p.m."), as TimeML values each end.  "local time"
 * between a clock time and its day ("9 a.m. local time Friday"). */
Test(dates_times, the_ends_of_a_range_of_clock_times)
{
	const char *b = "The museum is open 9 a.m. to 5 p.m. ET.";

	dt_run(b);
	dt_expect(b, "9 a.m.", TIMEX_TIME, "2016-08-17T09:00-04:00");
	dt_expect(b, "5 p.m. ET", TIMEX_TIME, "2016-08-17T17:00-04:00");
	b = "The outage lasted from 2 a.m. to 6 a.m. UTC on Tuesday.";
	dt_run(b);
	dt_expect(b, "2 a.m.", TIMEX_TIME, "2016-08-16T02:00Z");
	dt_expect(b, "6 a.m. UTC", TIMEX_TIME, "2016-08-16T06:00Z");
	b = "Roads close from 10 p.m. to 2 a.m. Tuesday.";
	dt_run(b);
	dt_expect(b, "10 p.m.", TIMEX_TIME, "2016-08-15T22:00");
	b = "Polls are open between 2 and 4 p.m. in Erie.";
	dt_run(b);
	dt_expect(b, "2", TIMEX_TIME, "2016-08-17T14:00");
	dt_expect(b, "4 p.m.", TIMEX_TIME, "2016-08-17T16:00");
	b = "He speaks from 11 to 1 p.m. and between 10-11 a.m. too.";
	dt_run(b);
	dt_expect(b, "11", TIMEX_TIME, "2016-08-17T11:00");
	dt_expect(b, "10", TIMEX_TIME, "2016-08-17T10:00");
	dt_expect(b, "11 a.m.", TIMEX_TIME, "2016-08-17T11:00");
	dt_one("The vote is at 9 a.m. local time Friday.",
	    "9 a.m. local time Friday", TIMEX_TIME, "2016-08-19T09:00");
	dt_one("Prices rose 2 to 3 percent, and 5 and 6 p.m. shows sold.",
	    "6 p.m.", TIMEX_TIME, "2016-08-17T18:00");
}

/* The British 24-hour clock with its point is a clock before a zone
 * ("Sat 5 Dec 2026 18.00 GMT", "19.45 GMT"), as "9.30am" is before its
 * a.m. or p.m.; a decimal has neither ("18.00 percent").  The point of
 * a number ends no sentence for the tense search ("kicks off at 19.45
 * GMT on Saturday": the coming Saturday). */
Test(dates_times, the_british_clock_before_a_zone)
{
	const char *b = "Updated Tue 16 Aug 2016 18.00 GMT";

	dt_run(b);
	dt_expect(b, "18.00 GMT", TIMEX_TIME, "2016-08-16T18:00Z");
	b = "The match kicks off at 19.45 GMT on Saturday.";
	dt_run(b);
	dt_expect(b, "19.45 GMT", TIMEX_TIME, "2016-08-20T19:45Z");
	dt_expect(b, "Saturday", TIMEX_DATE, "2016-08-20");
	dt_none("Shares rose 18.00 percent to 5.25 GBP.");
}

/* A clock time before "on" and a day written day first, as British
 * outlets write it: the day is the time's ("at midnight on 31
 * December"), and stays its own timex. */
Test(dates_times, a_clock_time_on_a_day_before_its_month)
{
	const char *b = "The ban takes effect at midnight on 31 December.";

	dt_run(b);
	dt_expect(b, "midnight", TIMEX_TIME, "2016-12-31T24:00");
	dt_expect(b, "31 December", TIMEX_DATE, "2016-12-31");
}

/* A clock time before a date written day first takes it, in its span,
 * as before a month and day ("23:59 CET, 15 Dec 2016"). */
Test(dates_times, a_clock_time_before_a_day_and_month)
{
	dt_one("The deadline is 23:59 CET, 15 Dec 2016, they said.",
	    "23:59 CET, 15 Dec 2016", TIMEX_TIME, "2016-12-15T23:59+01:00");
}

/* Zones of other outlets' news: India's IST (+05:30, the reading of
 * English-language news; Ireland's and Israel's IST are left out),
 * Pakistan's PKT, New Zealand's NZST and NZDT, Australia's AWST, ACST,
 * ACDT, South Africa's SAST.  A zone makes a clock sure, so the day
 * after "on" is its day. */
Test(dates_times, zones_of_india_and_the_south)
{
	const char *b = "Results will be announced at 11am IST on Monday.";

	dt_run(b);
	dt_expect(b, "11am IST", TIMEX_TIME, "2016-08-22T11:00+05:30");
	dt_one("Markets close at 3.30pm IST.", "3.30pm IST", TIMEX_TIME,
	    "2016-08-17T15:30+05:30");
	b = "Updated: Aug 16, 2016 10:42 IST";
	dt_run(b);
	dt_expect(b, "10:42 IST", TIMEX_TIME, "2016-08-16T10:42+05:30");
	dt_one("The vote closes at 7pm NZST.", "7pm NZST", TIMEX_TIME,
	    "2016-08-17T19:00+12:00");
	dt_one("Polls open at 7am SAST.", "7am SAST", TIMEX_TIME,
	    "2016-08-17T07:00+02:00");
	dt_one("The blast was at 9:15 PKT.", "9:15 PKT", TIMEX_TIME,
	    "2016-08-17T09:15+05:00");
}

/* A page's time stamp: a 24-hour clock right after a date that writes
 * its day and year is that date's time ("Tuesday 16 August 2016
 * 14:30", "16.08.2016, 10:42"); not a clock glued to a word ("10:01PM
 * Donald" lost its space: the hour would be read wrong), nor after a
 * bare year. */
Test(dates_times, a_clock_after_a_date_with_its_year)
{
	const char *b = "Tuesday 16 August 2016 14:30, UK";

	dt_run(b);
	dt_expect(b, "14:30", TIMEX_TIME, "2016-08-16T14:30");
	b = "Published on 16.08.2016, 10:42";
	dt_run(b);
	dt_expect(b, "10:42", TIMEX_TIME, "2016-08-16T10:42");
	b = "Featured August 16, 2016 10:01PMDonald Trump spoke.";
	dt_run(b);
	cr_assert_eq(dt_out.dates.n, 1, "%s: %zu timexes", b,
	    dt_out.dates.n);
	b = "The score in 2016, 10:42 of the game.";
	dt_run(b);
	cr_assert_eq(dt_out.dates.n, 1, "%s: %zu timexes", b,
	    dt_out.dates.n);
}

/* A zone's own name gives its offset whatever the season: a summer
 * name written in winter ("15:00 BST", "10:00 CEST" in December, as
 * British and European pages often keep writing it) is valued with
 * the offset it names, +01:00 and +02:00, not converted to the day's
 * (BST in December is a writer's slip or a quote of a summer
 * schedule; the value says what the text says).  The name written out
 * ("5pm British Summer Time", "18:00 Central European Time"), the
 * abbreviation in parentheses ("3pm (BST)") and "UK time" (London's
 * rule: Z in winter) give theirs too; they were no zone, and "(BST)"
 * cut the time off its day. */
Test(dates_times, a_zone_by_its_name_in_any_season)
{
	const char *b = "Kick-off is at 15:00 BST; the vote closes at "
	    "10:00 CEST.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "15:00 BST", TIMEX_TIME, "2026-12-07T15:00+01:00");
	dt_expect(b, "10:00 CEST", TIMEX_TIME, "2026-12-07T10:00+02:00");
	b = "The results are due at 3pm (BST) on Thursday.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "3pm (BST)", TIMEX_TIME, "2026-12-10T15:00+01:00");
	b = "The deadline is 5pm British Summer Time, and 18:00 Central "
	    "European Time in Brussels.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "5pm British Summer Time", TIMEX_TIME,
	    "2026-12-07T17:00+01:00");
	dt_expect(b, "18:00 Central European Time", TIMEX_TIME,
	    "2026-12-07T18:00+01:00");
	b = "Voting closes at 10pm UK time; it opened at noon Greenwich "
	    "Mean Time.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "10pm UK time", TIMEX_TIME, "2026-12-07T22:00Z");
	dt_expect(b, "noon Greenwich Mean Time", TIMEX_TIME,
	    "2026-12-07T12:00Z");
	dt_run_on("Voting closes at 10pm UK time.", 2026, 7, 7);
	dt_expect("Voting closes at 10pm UK time.", "10pm UK time",
	    TIMEX_TIME, "2026-07-07T22:00+01:00");
}

/* A clock time before "on" and a holiday takes the holiday's day ("at
 * midnight on Christmas Eve", "at 19:30 AEDT on Boxing Day"), and so
 * does one before an aside in parentheses and "on" a day ("at 09:00
 * CEST (08:00 BST) on Tuesday"): both were the publication day. */
Test(dates_times, a_clock_before_on_a_holiday_or_past_an_aside)
{
	const char *b = "The shop closes at midnight on Christmas Eve.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "midnight", TIMEX_TIME, "2026-12-24T24:00");
	dt_expect(b, "Christmas Eve", TIMEX_DATE, "2026-12-24");
	b = "The match starts at 19:30 AEDT on Boxing Day.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "19:30 AEDT", TIMEX_TIME, "2026-12-26T19:30+11:00");
	b = "The talks start at 09:00 CEST (08:00 BST) on Tuesday.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "09:00 CEST", TIMEX_TIME, "2026-12-08T09:00+02:00");
	dt_expect(b, "08:00 BST", TIMEX_TIME, "2026-12-08T08:00+01:00");
	dt_expect(b, "Tuesday", TIMEX_DATE, "2026-12-08");
}

/* The wire's 24-hour clock without a zone: "at 1800 local time", "at
 * 1830 local (1530 GMT)", "at 2200 hours" (were the year 1800 and the
 * duration PT2200H); not a count or a year ("1800 local residents",
 * "about 1500 hours of footage", "built in 1850"). */
Test(dates_times, the_wire_clock_without_a_zone)
{
	const char *b = "The curfew begins at 1830 local (1530 GMT).";

	dt_one("The curfew begins at 1800 local time.", "1800", TIMEX_TIME,
	    "2016-08-17T18:00");
	dt_run(b);
	dt_expect(b, "1830", TIMEX_TIME, "2016-08-17T18:30");
	dt_expect(b, "1530 GMT", TIMEX_TIME, "2016-08-17T15:30Z");
	dt_one("The attack started at 2200 hours.", "2200 hours",
	    TIMEX_TIME, "2016-08-17T22:00");
	dt_none("Some 1800 local residents fled.");
	dt_one("They shot about 1500 hours of footage.", "1500 hours",
	    TIMEX_DURATION, "PT1500H");
	dt_one("The house was built in 1850.", "1850", TIMEX_DATE, "1850");
}

/* South and Southeast Asia's and Iran's zones as their news writes
 * them: WIB and WITA (Indonesia), PHT (the Philippines), MYT
 * (Malaysia), NPT (Nepal, a quarter hour), IRST (Iran, a half hour).
 * Not GST or ICT, also a tax and a technology ("the 2017 GST rollout"
 * would be a clock). */
Test(dates_times, asian_zones)
{
	dt_one("The vote ended at 8pm WIB.", "8pm WIB", TIMEX_TIME,
	    "2016-08-17T20:00+07:00");
	dt_one("Flights landed at 1400 WITA.", "1400 WITA", TIMEX_TIME,
	    "2016-08-17T14:00+08:00");
	dt_one("The quake struck at 9:15 a.m. PHT.", "9:15 a.m. PHT",
	    TIMEX_TIME, "2016-08-17T09:15+08:00");
	dt_one("The rally began at 3pm MYT.", "3pm MYT", TIMEX_TIME,
	    "2016-08-17T15:00+08:00");
	dt_one("The blast occurred at 11 a.m. NPT.", "11 a.m. NPT",
	    TIMEX_TIME, "2016-08-17T11:00+05:45");
	dt_one("Talks opened at 10:30 IRST.", "10:30 IRST", TIMEX_TIME,
	    "2016-08-17T10:30+03:30");
}

/* "N hours" after "at" is a count, no clock, before a rate or "of"
 * ("billed at 2000 hours a year"; review F8); a leading zero or a day
 * counted from an event keeps the clock. */
Test(dates_times, hours_at_a_rate_are_a_count)
{
	const char *b = "Associates are billed at 2000 hours a year.";

	dt_run(b);
	dt_expect(b, "2000 hours", TIMEX_DURATION, "PT2000H");
	dt_one("The cap was set at 1800 hours of work.", "1800 hours",
	    TIMEX_DURATION, "PT1800H");
	b = "The attack began at 0400 hours a day after the vote.";
	dt_run(b);
	dt_expect(b, "0400 hours", TIMEX_TIME, "2016-08-17T04:00");
	b = "The attack began at 2000 hours a day after the vote.";
	dt_run(b);
	dt_expect(b, "2000 hours", TIMEX_TIME, "2016-08-17T20:00");
	/* more hours than the period holds: a clock each day */
	b = "The train leaves at 1500 hours daily.";
	dt_run(b);
	dt_expect(b, "1500 hours", TIMEX_TIME, "2016-08-17T15:00");
}

/* "hrs", as Indian and British wire copy abbreviates "hours", is the
 * wire's clock after "at" too ("at 1100 hrs IST"). */
Test(dates_times, the_wire_clock_in_hrs)
{
	const char *b = "The train departs at 1500 hrs daily.";

	dt_run(b);
	dt_expect(b, "1500 hrs", TIMEX_TIME, "2016-08-17T15:00");
	b = "The meeting is at 1100 hrs IST on Monday.";
	dt_run(b);
	dt_expect(b, "1100 hrs IST", TIMEX_TIME, "2016-08-22T11:00+05:30");
}

/* A clock time alone in a past clause is not on a day its paragraph
 * named ahead of the writing: a past event is on or before the day of
 * writing ("Earlier, at 11 a.m., the leader met"); in a future clause
 * it keeps that day. */
Test(dates_times, a_past_clock_is_not_on_a_day_ahead)
{
	const char *b = "The Senate will vote at 5:30 p.m. Thursday. "
	    "Earlier, at 11 a.m., the leader met the president.";
	const char *f = "The Senate will vote on Thursday. At 11 a.m. the "
	    "leader will meet the president.";

	dt_run(b);
	dt_expect(b, "11 a.m.", TIMEX_TIME, "2016-08-17T11:00");
	dt_expect(b, "5:30 p.m. Thursday", TIMEX_TIME, "2016-08-18T17:30");
	dt_run(f);
	dt_expect(f, "11 a.m.", TIMEX_TIME, "2016-08-18T11:00");
}

/* The two US states with a zone of their own, named in words before
 * "time" as US news writes them: "Hawaii time" HST (no summer time),
 * "Alaska time" AKST or AKDT by the day; "Hawaii Standard Time" too.
 * A clock time with one takes the date after "on" as others do
 * ("at 7:48 a.m. Hawaii time on Dec. 7, 1941": was the clock alone, on
 * the day of writing).  Without "time" the state is a place. */
Test(dates_times, a_state_s_own_zone_in_words)
{
	const char *b = "At 7:48 a.m. Hawaii time on Dec. 7, 1941, aircraft "
	    "attacked Pearl Harbor.";

	dt_run(b);
	dt_expect(b, "7:48 a.m. Hawaii time", TIMEX_TIME,
	    "1941-12-07T07:48-10:00");
	dt_one("Polls close at 8 p.m. Alaska time, officials said.",
	    "8 p.m. Alaska time", TIMEX_TIME, "2016-08-17T20:00-08:00");
	dt_one("It airs at 9 a.m. Hawaii Standard Time, he said.",
	    "9 a.m. Hawaii Standard Time", TIMEX_TIME,
	    "2016-08-17T09:00-10:00");
	dt_one("He landed at 9 a.m. Hawaii and left.", "9 a.m.", TIMEX_TIME,
	    "2016-08-17T09:00");
}

/* A clock time before "last night" is on the night before the day of
 * writing (was the day of writing); an hour before dawn is already
 * that day.  "last night" stays a timex of its own, as "this morning"
 * after a clock does. */
Test(dates_times, a_clock_time_last_night)
{
	const char *b = "Polls closed at 10pm last night, officials said.";
	const char *e = "The blast happened at 2am last night.";
	const char *z = "At 11 p.m. EDT last night the storm hit.";

	dt_run(b);
	dt_expect(b, "10pm", TIMEX_TIME, "2016-08-16T22:00");
	dt_expect(b, "last night", TIMEX_TIME, "2016-08-16TNI");
	dt_run(e);
	dt_expect(e, "2am", TIMEX_TIME, "2016-08-17T02:00");
	dt_run(z);
	dt_expect(z, "11 p.m. EDT", TIMEX_TIME, "2016-08-16T23:00-04:00");
}

/* A clock before "the next morning", "the following day" is on the
 * day after the one last named (was that day), and the anaphor after
 * it counts from the same day: the clock leaves the reference alone. */
Test(dates_times, a_clock_time_the_next_morning)
{
	const char *b = "The polls closed at 10pm on Thursday and results "
	    "came at 3am the next morning.";
	const char *e = "He was arrested on Friday and released at 6am the "
	    "following day.";

	dt_run(b);
	dt_expect(b, "3am", TIMEX_TIME, "2016-08-12T03:00");
	dt_expect(b, "the next morning", TIMEX_TIME, "2016-08-12TMO");
	dt_run(e);
	dt_expect(e, "6am", TIMEX_TIME, "2016-08-13T06:00");
	dt_expect(e, "the following day", TIMEX_DATE, "2016-08-13");
}
