/*
 * test_dates_relative.c — workers/extract/dates/relative.c: deictic
 * words the other suites do not cover, as parts of names (the shared
 * checks: dates_check.h).  The longer families of relative.c (deixis,
 * anaphora, relative units) are in test_dates.c.
 */
#include "dates_check.h"

TestSuite(dates_relative, .fini = dt_fini);

/* "Now", "Tonight", "Tomorrow" between two capitalized words inside a
 * sentence are a name's ("the Liberty Now PAC", "The Tonight Show
 * Starring Jimmy Fallon"); a headline in Title Case keeps its time
 * ("Donald Trump Is Now Being Held Up").  A one-word title in quotes is
 * a programme's (NBC's "Today"), not "Today's speech" opening a quote;
 * a capitalized "the Future" is a title's ("Back to the Future"). */
Test(dates_relative, deictic_words_in_names_and_titles)
{
	dt_none("It was paid for by the Liberty Now PAC in a rush.");
	dt_none("She taped an appearance on The Tonight Show Starring "
	    "Jimmy Fallon.");
	dt_one("Donald Trump Is Now Being Held Up As The Face Of It.", "Now",
	    TIMEX_DATE, "PRESENT_REF");
	dt_none("Sanders visited NBC's \xe2\x80\x9cToday\xe2\x80\x9d to "
	    "discuss it.");
	dt_one("\xe2\x80\x9cToday\xe2\x80\x99s speech shows it,\xe2\x80\x9d "
	    "she said.", "Today", TIMEX_DATE, "2016-08-17");
	dt_none("They added a clip from \"Back to the Future\" to it.");
	dt_one("They looked to the future with hope.", "the future",
	    TIMEX_DATE, "FUTURE_REF");
}

/* "the day after tomorrow", "the day before yesterday": two days from
 * the writing, one timex (HeidelTime's), not "tomorrow" alone. */
Test(dates_relative, two_days_from_the_writing)
{
	dt_one("The law takes effect the day after tomorrow.",
	    "the day after tomorrow", TIMEX_DATE, "2016-08-19");
	dt_one("The day before yesterday, police said, he fled.",
	    "The day before yesterday", TIMEX_DATE, "2016-08-15");
}

/* A story's month or season named against the last date it named:
 * "that summer", "that same March", "the following March", "the
 * previous winter", "The next spring," (opening its clause); a
 * relative pronoun before a verb ("prices that fall sharply") and a
 * month before a name or a day ("that March Rubio") are no such
 * anaphor. */
Test(dates_relative, anaphoric_months_and_seasons)
{
	const char *b = "She arrived in Paris in May 1940. That summer, she "
	    "fled south.";

	dt_run(b);
	dt_expect(b, "That summer", TIMEX_DATE, "1940-SU");
	b = "Troops crossed in late October 1950. That winter, they fell "
	    "back.";
	dt_run(b);
	dt_expect(b, "That winter", TIMEX_DATE, "1950-WI");
	b = "He abdicated in April 1814. He returned the following March.";
	dt_run(b);
	dt_expect(b, "the following March", TIMEX_DATE, "1815-03");
	b = "The talks failed in January 1951. The previous winter had been "
	    "bitter.";
	dt_run(b);
	dt_expect(b, "The previous winter", TIMEX_DATE, "1949-WI");
	b = "He was elected in 1860. The next spring, war broke out.";
	dt_run(b);
	dt_expect(b, "The next spring", TIMEX_DATE, "1861-SP");
	b = "Nixon won in 1968. Humphrey lost that November.";
	dt_run(b);
	dt_expect(b, "that November", TIMEX_DATE, "1968-11");
	dt_none("Prices that fall sharply hurt. Doubts that spring up stay.");
	dt_none("He said that March Rubio was weak.");
}

/* "On this day in 1941": an anniversary column's day, the day of
 * writing's month and day in that year, one timex. */
Test(dates_relative, this_day_in_a_year)
{
	dt_one("On this day in 1941, Japan attacked.", "this day in 1941",
	    TIMEX_DATE, "1941-08-17");
	dt_one("On this date in 1969, they landed.", "this date in 1969",
	    TIMEX_DATE, "1969-08-17");
}

/* A part of the reference day: "That night", "the same evening",
 * "Later that night" (HeidelTime's UNDEF-REF-day with its part), as
 * "the next morning" is of the day after. */
Test(dates_relative, a_part_of_the_reference_day)
{
	const char *b = "The invasion began on 6 June 1944. That night, "
	    "paratroopers landed. The same evening, Caen burned.";

	dt_run(b);
	dt_expect(b, "That night", TIMEX_TIME, "1944-06-06TNI");
	dt_expect(b, "The same evening", TIMEX_TIME, "1944-06-06TEV");
	b = "Clinton offered to debate April 14 in Brooklyn. He had a "
	    "rally later that night.";
	dt_run(b);
	dt_expect(b, "later that night", TIMEX_TIME, "2016-04-14TNI");
}

/* The British "the year to March" names a year of accounts or of a
 * statistic by its last month or day, as "the year ended March 31" and
 * "the 12 months to October" do: its length, P1Y.  Not "the year to
 * date". */
Test(dates_relative, the_year_to_a_month)
{
	const char *b = "Profit for the year to 31 March rose 5%.";

	dt_run(b);
	dt_expect(b, "the year", TIMEX_DURATION, "P1Y");
	dt_expect(b, "31 March", TIMEX_DATE, "2016-03-31");
	b = "Inflation in the year to November was 3.2%.";
	dt_run(b);
	dt_expect(b, "the year", TIMEX_DURATION, "P1Y");
	b = "Sales rose 4% in the year through September.";
	dt_run(b);
	dt_expect(b, "the year", TIMEX_DURATION, "P1Y");
	b = "Shares are down 10% for the year to date.";
	dt_run(b);
	dt_expect(b, "the year", TIMEX_DATE, "2016");
}

/* "the end of the decade" after a decade its paragraph named is that
 * decade's, unless the tense is future. */
Test(dates_relative, the_decade_its_paragraph_named)
{
	const char *b = "In the 1930s, the economy collapsed. By the end of "
	    "the decade, war had come.";

	dt_run(b);
	dt_expect(b, "the end of the decade", TIMEX_DATE, "193");
	b = "Sales fell in the 1990s. By the end of the decade, prices "
	    "will rise.";
	dt_run(b);
	dt_expect(b, "the end of the decade", TIMEX_DATE, "201");
	b = "In the 1930s, the economy collapsed.\n\nBy the end of the "
	    "decade, war had come.";
	dt_run(b);
	dt_expect(b, "the end of the decade", TIMEX_DATE, "201");
}
