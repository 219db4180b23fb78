/*
 * test_dates_names.c — workers/extract/dates/names.c: calendar names:
 * months with or without a day and year, days before months (ranges of
 * days too), ordinal days, nth weekdays of a month and seasons, with a
 * vote's month and "May" the prime minister (weekdays and weekends:
 * test_dates_weekdays.c; holidays: test_dates_holidays.c; the shared
 * checks: dates_check.h).
 */
#include "dates_check.h"

TestSuite(dates_names, .fini = dt_fini);

/* "Tues.", "Wed.", "Thurs.": a weekday abbreviated, its period in the
 * span, valued as the name written out is; only where a day is expected
 * (a date or a part of the day after it, "on", "last", "early"... before
 * it), since "Sun.", "Sat.", "Wed." and "Mon." are also words and
 * names. */

/* "the weekend of Aug. 20" is that day's weekend (a Monday's: the one
 * just before, "the weekend of July 4" in 2016); the day stays its own
 * timex.  A bare "the weekend" keeps the tense's. */

/* Day first, as British and Indian news writes it: "the weekend of 9-10
 * January", "of 16 and 17 January", "of 9 January" is the first day's
 * weekend (was the weekend of the publication's week); the days stay
 * their own timexes. */

/* A weekday abbreviated with no period ("Tue August 16, 2016", "Wed Aug
 * 17 2016": a page's time stamp) is read as one only before a date that
 * falls on it, as part of that date's timex; "Sun", "Sat", "Wed", "Mon"
 * before a date on another day are words or names ("The Sun August 16,
 * 2016": a Tuesday).  A year after a date keeps to it before a colon
 * ("August 16, 2016: Clinton leads"). */

/* A weekday and a part of the day both capitalized before another
 * capitalized word are a programme's title ("Saturday Night Live",
 * "Monday Night Football", "Sunday Morning Futures"): no time.  In
 * running text the part is lower case, and a capitalized one before a
 * lower-case word is still the time. */

/* A season with a year after it is that year's season, whatever stands
 * before it and capitalized as a label may be ("fall 2025", "Summer
 * 2023", "Glam's Spring 2015 issue"); after "of" a short year too ("the
 * summer of '69").  Without the year "fall" still needs "the" and a
 * capitalized season is a name.  "The Spring 2026 collection": the
 * article is the collection's, not in the timex. */
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
	/* the article before the label is the noun's after it */
	dt_one("The Spring 2026 collection sold out.", "Spring 2026",
	    TIMEX_DATE, "2026-SP");
	dt_one("She enrolled for the fall 2025 semester.", "fall 2025",
	    TIMEX_DATE, "2025-FA");
	dt_none("Prices fall 2 percent, he said.");
	dt_none("Donna Summer sang in Rome.");
}

/* A day a present copula or "set for" schedules is the one to come
 * ("The vote is Tuesday" on Wednesday, 2016-08-17: the 23rd), whatever
 * tense the reporting verb has; "is Tuesday's ruling" names an event,
 * and the tense decides. */

/* So is a day after the copula, a clock time and "on", as British
 * fixtures and notices write it ("Kick-off is at 15:00 BST on
 * Saturday", "The deadline is 5pm on Friday": the coming day and that
 * day's time; both were the day just past); a past copula keeps it
 * past. */

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

/* The British count of weeks from a weekday: "a week on Friday",
 * "Tuesday week", "a fortnight on Saturday" (after the coming one), "a
 * week last Friday" (before the last one); one timex, the date.  Not a
 * possessive, a plural, a numbered or capitalized week, a compound. */

Test(dates_names, months_and_years)
{
	dt_one("Sales fell in August 2016 again.", "August 2016",
	    TIMEX_DATE, "2016-08");
	dt_one("The war ended in 1998 after talks.", "1998", TIMEX_DATE,
	    "1998");
	dt_one("The 2016 budget passed.", "2016", TIMEX_DATE, "2016");
	dt_one("Profits doubled in fiscal 1989, it said.", "fiscal 1989",
	    TIMEX_DATE, "1989");
	dt_one("He left in December and came back.", "December",
	    TIMEX_DATE, "2015-12");
	dt_one("The vote is set for next March.", "next March", TIMEX_DATE,
	    "2017-03");
	dt_one("They signed it last May.", "last May", TIMEX_DATE,
	    "2016-05");
}

Test(dates_names, month_day_without_year)
{
	dt_one("The deal closed Aug. 15 in Rome.", "Aug. 15", TIMEX_DATE,
	    "2016-08-15");
	dt_one("The deal closed August 15 in Rome.", "August 15",
	    TIMEX_DATE, "2016-08-15");
	/* nearest the publication date, across the year end */
	dt_run_on("It happened on Dec. 20 in Rome.", 2016, 1, 10);
	dt_expect("It happened on Dec. 20 in Rome.", "Dec. 20", TIMEX_DATE,
	    "2015-12-20");
	dt_run_on("It is due on Jan. 5 in Rome.", 2016, 12, 20);
	dt_expect("It is due on Jan. 5 in Rome.", "Jan. 5", TIMEX_DATE,
	    "2017-01-05");
	dt_one("It ends 15 Aug., they said.", "15 Aug.", TIMEX_DATE,
	    "2016-08-15");
}

Test(dates_names, every_month_and_weekday_name)
{
	static const char *const months[] = { "January", "February",
		"March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December" };
	static const char *const days[] = { "Monday", "Tuesday",
		"Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
	char body[128], text[64], value[32];
	int i;

	for (i = 0; i < 12; i++) {
		snprintf(text, sizeof(text), "%s 3, 1999", months[i]);
		snprintf(body, sizeof(body), "It was %s here.", text);
		snprintf(value, sizeof(value), "1999-%02d-03", i + 1);
		dt_one(body, text, TIMEX_DATE, value);
	}
	/* 2016-08-17 is a Wednesday; past days fall on the 11th..17th */
	for (i = 0; i < 7; i++) {
		snprintf(body, sizeof(body), "It happened %s, he said.",
		    days[i]);
		snprintf(value, sizeof(value), "2016-08-%02d",
		    i < 3 ? 15 + i : 8 + i);
		dt_one(body, days[i], TIMEX_DATE, value);
	}
}

Test(dates_names, ordinal_day_of_the_month)
{
	const char *b = "Agency reported that Putin sent a message to Kim on "
	    "the 13th, stating his respects.";

	/* the 13th of the publication month, already past */
	dt_run_on(b, 2024, 8, 15);
	dt_expect(b, "the 13th", TIMEX_DATE, "2024-08-13");
	/* a day still to come in a past-tense sentence: last month's */
	dt_run_on("The talks ended on the 20th.", 2024, 8, 15);
	dt_expect("The talks ended on the 20th.", "the 20th", TIMEX_DATE,
	    "2024-07-20");
	/* a future one stays in the month, or moves to the next */
	dt_run_on("The talks will resume on the 2nd.", 2024, 8, 15);
	dt_expect("The talks will resume on the 2nd.", "the 2nd",
	    TIMEX_DATE, "2024-09-02");
	dt_none("He lives on the 13th floor of the tower.");
	dt_none("He sat on the 3rd step.");
}

/* "on the 22nd" after a day its paragraph named is a day of that
 * day's month ("Results day is Thursday 15th August, with GCSE results
 * following on the 22nd", written on 2024-08-01: August 22, was July
 * 22), unless that reading puts a past after the writing ("arrested
 * him on 15 August. He had fled on the 22nd", written on 2024-08-17:
 * July 22), or the day is before the day named. */
Test(dates_names, an_ordinal_day_takes_the_month_its_paragraph_named)
{
	const char *b = "Results day is Thursday 15th August, with GCSE "
	    "results following on the 22nd.";
	const char *d = "Police arrested him on 15 August. He had fled on "
	    "the 22nd.";

	dt_run_on(b, 2024, 8, 1);
	dt_expect(b, "the 22nd", TIMEX_DATE, "2024-08-22");
	dt_run_on(d, 2024, 8, 17);
	dt_expect(d, "the 22nd", TIMEX_DATE, "2024-07-22");
	dt_run_on("The trial opened on 3 August and ended on the 12th.",
	    2024, 8, 17);
	dt_expect("The trial opened on 3 August and ended on the 12th.",
	    "the 12th", TIMEX_DATE, "2024-08-12");
}

/* The second end of a range of months in words is the first such month
 * on or after the first end ("The works will run from November to
 * March" written on 2024-03-10: 2024-11 and 2025-03, was 2024-03;
 * "between March and November" 2024-03 and 2024-11, was 2023-11). */
Test(dates_names, a_range_of_months_in_words_ends_after_it_starts)
{
	const char *b = "The works will run from November to March.";
	const char *d = "Waste is collected between March and November.";

	dt_run_on(b, 2024, 3, 10);
	dt_expect(b, "November", TIMEX_DATE, "2024-11");
	dt_expect(b, "March", TIMEX_DATE, "2025-03");
	dt_run_on(d, 2024, 3, 10);
	dt_expect(d, "March", TIMEX_DATE, "2024-03");
	dt_expect(d, "November", TIMEX_DATE, "2024-11");
}

/* "by March-end", as Indian business news writes Reuters' "end-March":
 * the month, mod END, one timex (was none); "the June-end quarter"
 * too; not glued on ("March-end-2024"). */
Test(dates_names, a_month_with_end_after_it)
{
	dt_one("Banks must complete it by March-end, the RBI said.",
	    "March-end", TIMEX_DATE, "2017-03");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
	dt_one("Deposits rose by December-end, data showed.", "December-end",
	    TIMEX_DATE, "2015-12");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
}

Test(dates_names, bare_seasons)
{
	/* published 2016-08-17: summer; spring already past this year */
	dt_one("Prices fell in the summer, he said.", "the summer",
	    TIMEX_DATE, "2016-SU");
	dt_one("Prices fell during spring, he said.", "spring", TIMEX_DATE,
	    "2016-SP");
	/* a winter in a past-tense sentence is the last one */
	dt_one("Prices fell in the winter, he said.", "the winter",
	    TIMEX_DATE, "2015-WI");
	dt_one("Talks will resume in the fall.", "the fall", TIMEX_DATE,
	    "2016-FA");
	dt_one("It opened in the spring of 1990.", "the spring of 1990",
	    TIMEX_DATE, "1990-SP");
	dt_none("Donna Summer sang in Rome.");
	dt_none("They drank from a hot spring.");
	dt_none("It was the fall of Rome.");
}

Test(dates_names, bare_month_after_an_article_or_for)
{
	dt_one("The job figures for July extended a surge.", "July",
	    TIMEX_DATE, "2016-07");
	dt_one("It is trying to sell itself under a June agreement.", "June",
	    TIMEX_DATE, "2016-06");
	dt_none("He shops at the May Company store.");
}

Test(dates_names, month_with_its_year_phrase)
{
	dt_one("It rained in January of last year.", "January of last year",
	    TIMEX_DATE, "2015-01");
	dt_one("It will open in March of next year.", "March of next year",
	    TIMEX_DATE, "2017-03");
	dt_one("In June last year, the rebels fled.", "June last year",
	    TIMEX_DATE, "2015-06");
	dt_one("In January this year, police raided it.",
	    "January this year", TIMEX_DATE, "2016-01");
	dt_one("He was shot last Oct. 23 at his home.", "last Oct. 23",
	    TIMEX_DATE, "2015-10-23");
}

/* "the first Monday of May": the nth weekday of a month, in the year
 * given, else the year a bare month takes (the tense, read around the
 * whole phrase: its "last" cues nothing). */
Test(dates_names, nth_weekday_of_a_month)
{
	dt_one("The council met on the first Monday of May.",
	    "the first Monday of May", TIMEX_DATE, "2016-05-02");
	dt_one("The council meets on the first Monday of May.",
	    "the first Monday of May", TIMEX_DATE, "2017-05-01");
	dt_one("It was held on the second Tuesday of November 2012.",
	    "the second Tuesday of November 2012", TIMEX_DATE, "2012-11-13");
	dt_one("The race will be run on the last Sunday in September.",
	    "the last Sunday in September", TIMEX_DATE, "2016-09-25");
	dt_one("The race was run on the last Sunday in September.",
	    "the last Sunday in September", TIMEX_DATE, "2015-09-27");
	/* no fifth Monday in February 2015: no such day */
	dt_run("On the fifth Monday of February 2015, nothing happened.");
	cr_assert_eq(dt_out.dates.n, 2);
}

/* A weekday before a date in British and European order ("Tuesday 3
 * March", "Tuesday, 3rd March 2020") is one timex: the date's. */

/* A weekday with a part of the day in the plural is every one of them:
 * a SET ("our Friday nights", "on Saturday evenings"). */

/* A day glued to the abbreviation's period ("Sept.11, 2001") is the
 * month's; "Person of the Year" is a title, not the year. */
Test(dates_names, glued_day_and_titles_of_the_year)
{
	dt_one("The attacks of Sept.11, 2001 changed it.", "Sept.11, 2001",
	    TIMEX_DATE, "2001-09-11");
	dt_one("Hitler was Time's Person of the Year in 1938.", "1938",
	    TIMEX_DATE, "1938");
	dt_one("The year was bad for the firm.", "The year", TIMEX_DATE,
	    "2016");
}

/* A month naming a vote is the coming one unless the tense is past. */
Test(dates_names, a_month_naming_a_vote_is_the_coming_one)
{
	const char *body = "He can win the nomination and the November "
	    "election.";

	dt_run_on(body, 2016, 1, 10);
	dt_expect(body, "November", TIMEX_DATE, "2016-11");
	body = "They hope to take him on in November's general election.";
	dt_run_on(body, 2016, 1, 22);
	dt_expect(body, "November", TIMEX_DATE, "2016-11");
	body = "She lost the November election, she said.";
	dt_run_on(body, 2016, 1, 22);
	dt_expect(body, "November", TIMEX_DATE, "2015-11");
	/* no vote: the nearest November */
	body = "Support jumped 12 points from November.";
	dt_run_on(body, 2016, 1, 19);
	dt_expect(body, "November", TIMEX_DATE, "2015-11");
}

/* A range of weekdays: the second end is the first such day on or
 * after the first ("from Monday to Friday" in a week, not the Friday
 * before the Monday). */

/* A range of days before their month, "20-22 August", "5-6 March 2015"
 * (the British and European order): each end its own timex, as with
 * "Aug. 20-22"; not a score before a month with a day of its own. */
Test(dates_names, a_range_of_days_before_the_month)
{
	const char *b = "Talks were held on 5-6 March 2015 in Paris.";

	dt_run(b);
	dt_expect(b, "5", TIMEX_DATE, "2015-03-05");
	dt_expect(b, "6 March 2015", TIMEX_DATE, "2015-03-06");
	cr_assert_eq(dt_out.dates.n, 2);
	b = "Talks are planned for 20-22 August in Paris.";
	dt_run(b);
	dt_expect(b, "20", TIMEX_DATE, "2016-08-20");
	dt_expect(b, "22 August", TIMEX_DATE, "2016-08-22");
	dt_one("They won 2-3 March 5 in Paris.", "March 5", TIMEX_DATE,
	    "2016-03-05");
}

/* "this Tuesday" is the coming one, the one just past only in a past
 * tense ("hoping to win Michigan this Tuesday" on a Friday is next
 * week's); "Friday next week", "Monday last week", "Tuesday this week"
 * are that day of the week named, one date. */

/* "every Monday and Thursday", "each Monday, Wednesday and Friday",
 * "every Monday, Wednesday, and Friday" (the Oxford comma): the
 * quantifier is every listed day's, a SET each (as HeidelTime's set
 * rules read "Monday and Tuesday nights"); a weekday after a plain one
 * stays a date. */

/* A range of months, as business news writes a period ("the
 * April-September period", "in April-May 2027"): each end a timex, the
 * first in the second's year (the year before when it is a later
 * month); the three months of a calendar quarter before "quarter" are
 * that quarter, one timex ("the April-June quarter", as India's press
 * writes it). */
Test(dates_names, a_range_of_months)
{
	const char *b = "The polls will be held in April-May 2027.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "April", TIMEX_DATE, "2027-04");
	dt_expect(b, "May 2027", TIMEX_DATE, "2027-05");
	b = "Exports rose 5% in the April-September period.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "April", TIMEX_DATE, "2026-04");
	dt_expect(b, "September", TIMEX_DATE, "2026-09");
	b = "The season runs November-February.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "November", TIMEX_DATE, "2026-11");
	dt_expect(b, "February", TIMEX_DATE, "2027-02");
	b = "Profit rose in the April-June quarter.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "April-June quarter", TIMEX_DATE, "2026-Q2");
	cr_assert_eq(dt_out.dates.n, 1);
	b = "The festival runs May 30-June 2.";
	dt_run(b);
	dt_expect(b, "May 30", TIMEX_DATE, "2016-05-30");
	dt_expect(b, "June 2", TIMEX_DATE, "2016-06-02");
}

/* A month and day with "last year", "this year", "next year" after it
 * ("January 20 next year", "June 16th of last year", "3 March this
 * year", "Christmas last year"): one timex in the year the phrase
 * names, as "June last year" is; the day alone was put nearest the
 * publication, and "June 16th" in August 2016 was 2016's. */
Test(dates_names, a_day_with_its_year_phrase)
{
	dt_one("We started this journey on June 16th of last year.",
	    "June 16th of last year", TIMEX_DATE, "2015-06-16");
	dt_one("He takes office from January 20 next year.",
	    "January 20 next year", TIMEX_DATE, "2017-01-20");
	dt_one("The firm was fined on 3 March this year.",
	    "3 March this year", TIMEX_DATE, "2016-03-03");
	dt_one("Sales fell in the run-up to Christmas last year.",
	    "Christmas last year", TIMEX_DATE, "2015-12-25");
	/* a possessive year is its own phrase's */
	dt_run("On May 5 last year's winner withdrew.");
	dt_expect("On May 5 last year's winner withdrew.", "May 5",
	    TIMEX_DATE, "2016-05-05");
}

/* A bare month after a possessive ("at its December meeting", "the
 * Fed's December increase", "her March comment") is a date, as after
 * "in": the owner makes it a month's event; not after a contracted
 * "is" ("Then there's November": no cue) nor a march ("the Women's
 * March on Washington"). */
Test(dates_names, a_month_after_a_possessive)
{
	dt_one("The bank left rates on hold at its December meeting.",
	    "December", TIMEX_DATE, "2015-12");
	dt_one("Markets recovered after the Fed's December increase.",
	    "December", TIMEX_DATE, "2015-12");
	dt_one("She stood by her March comment.", "March", TIMEX_DATE,
	    "2016-03");
	dt_none("Then there's November to think about.");
	dt_none("Crowds joined the Women's March on Washington.");
	/* review F1: after "'s" May and March are a name and a noun */
	dt_none("Britain's May says the deal is close.");
	dt_none("The Women's March drew millions.");
	dt_none("Sherman's March to the Sea ended in Savannah.");
}

/* After a possessive "'s", "March" and "May" are a name or a noun as
 * often as months ("Britain's May says", wire style for Theresa May;
 * "the Women's March drew millions"): a month only before the noun of
 * the owner's event, or one modifier and the noun ("Florida's March
 * presidential primary"); other months and a possessive determiner
 * ("her March comment") as before. */
Test(dates_names, an_owned_march_or_may_names_its_event)
{
	dt_none("Britain's May says a Brexit deal is close.");
	dt_none("Germany's Merkel and Britain's May met in Berlin.");
	dt_none("The Women's March drew millions.");
	dt_none("Thousands joined the Women\u2019s March in London.");
	dt_none("Sherman's March to the Sea ended in Savannah.");
	dt_one("Florida's March presidential primary was close.", "March",
	    TIMEX_DATE, "2016-03");
	dt_one("Trump's May rally drew thousands.", "May", TIMEX_DATE,
	    "2016-05");
	dt_one("Markets recovered after the Fed's December increase.",
	    "December", TIMEX_DATE, "2015-12");
}

/* A verb with a clock time and "at" between it and "on" and the day
 * tells the day's tense however long the clock ("Voting ends at 11:59
 * p.m. PT on Tuesday": the coming one; "He said at 10:30 a.m. EDT on
 * Tuesday that he would go": the one past, whatever comes after). */

/* A present copula's state schedules its day as the copula alone does
 * ("The store is open Tuesday", "The office is closed on Wednesday");
 * the past keeps the day past ("The store was open Tuesday"). */

/* A newspaper's name is no time: "the Sunday Times", "the Sunday
 * Telegraph" (a weekday after "the" before a paper's word), "the Mail
 * on Sunday", "the Independent on Sunday"; "The Sunday before" is the
 * day. */

/* A weekday before a noun it makes a kind of thing is no day ("Sunday
 * school", "a Sunday roast", "his Sunday best", "Sunday trading"); a
 * preposition of time before it keeps the day ("On Sunday school
 * leaders met"). */

/* The copula's clock may carry the wire's other zone in brackets ("The
 * vote is at 2pm (1400 GMT) on Tuesday": the coming Tuesday). */

/* "on Tuesday (Aug. 23)", as Indian outlets write it: the weekday is
 * the bracketed date's when that date falls on it. */

/* Day first in the brackets, as British outlets write it: "on Tuesday
 * (23 August)" (review F7). */

/* "May" the person: before a noun of government ("the May government"),
 * and once the text has named her ("Theresa May", "Mrs. May") after
 * "for", "to", "and", "or"; a time's words, a day or a month across
 * "and" keep the month. */
Test(dates_names, may_the_prime_minister_is_no_month)
{
	const char *b = "Theresa May met Macron. A spokesman for May declined "
	    "to comment, and Corbyn and May spoke. The vote will be set for "
	    "May. The talks will run to May 5. Sales rose in April and May.";

	dt_none("Ministers in the May government said it failed.");
	dt_none("Mrs. May met Corbyn. It was a blow to May.");
	dt_run(b);
	dt_expect_after(b, "set for", "May", TIMEX_DATE, "2017-05");
	dt_expect(b, "May 5", TIMEX_DATE, "2017-05-05");
	dt_expect_after(b, "April and", "May", TIMEX_DATE, "2016-05");
	cr_assert_eq(dt_out.dates.n, 4, "%zu timexes", dt_out.dates.n);
	dt_one("A spokesman for May declined to comment.", "May", TIMEX_DATE,
	    "2016-05");
}

/* A bare month in a clause that says every year ("celebrated every
 * year in October or November", "held in June each year") is the month
 * of every year, XXXX-MM, as a yearly day is XXXX-MM-DD (were the year
 * nearest the publication); a cue in another clause leaves it alone. */
Test(dates_names, a_month_of_every_year)
{
	const char *b = "The festival is celebrated every year in October or "
	    "November.";

	dt_run(b);
	dt_expect(b, "October", TIMEX_DATE, "XXXX-10");
	dt_expect(b, "November", TIMEX_DATE, "XXXX-11");
	b = "The fair is held in June each year.";
	dt_run(b);
	dt_expect(b, "June", TIMEX_DATE, "XXXX-06");
	dt_one("Sales rose in June, the firm said.", "June", TIMEX_DATE,
	    "2016-06");
}

/* A day of the month smaller than the day its paragraph named, after
 * it, is the next month's when the named day is ahead of the writing
 * or the words say it follows (review T5: were the named day's month,
 * before it, and the month before). */
Test(dates_names, a_smaller_ordinal_after_a_named_day_is_next_month_s)
{
	const char *a = "The vote is on 28 August, with results on the 3rd.";
	const char *b = "The meeting was on 30 July, and the next one on the "
	    "2nd.";

	dt_run(a);
	dt_expect(a, "the 3rd", TIMEX_DATE, "2016-09-03");
	dt_run(b);
	dt_expect(b, "the 2nd", TIMEX_DATE, "2016-08-02");
}

/* A bare month after "compared with" is the period compared, as after
 * "compared to" (was none: "with" is no month's cue); "with" alone
 * stays none ("talks with May"). */
Test(dates_names, a_month_compared_with)
{
	const char *b = "Sales fell 0.1% in November compared with October, "
	    "the ONS said.";

	dt_run(b);
	dt_expect(b, "October", TIMEX_DATE, "2015-10");
	cr_assert_eq(dt_out.dates.n, 2, "%zu timexes", dt_out.dates.n);
	dt_one("Prices rose 2% in comparison with May.", "May", TIMEX_DATE,
	    "2016-05");
	dt_none("He held talks with May.");
}

/* Review V1: once the text names Theresa May, "compared with May" is
 * her (was the month), unless another month is compared. */
Test(dates_names, compared_with_may_once_she_is_named)
{
	const char *b = "Theresa May spoke. Sales in April were up compared "
	    "with May.";

	dt_none("Theresa May spoke. Voters rated Johnson highly compared "
	    "with May.");
	dt_run(b);
	dt_expect_after(b, "compared with", "May", TIMEX_DATE, "2016-05");
}
