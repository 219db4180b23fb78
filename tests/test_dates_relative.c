/*
 * test_dates_relative.c — workers/extract/dates/relative.c: deictic
 * words (today, now, current, overnight, this day, and as parts of
 * names), counted offsets (two days ago), anaphora against the last date
 * named (the following Tuesday, the next morning), unit phrases (the
 * year, the week), the future and the past as phrases, and page
 * furniture that is no present (the shared checks: dates_check.h).
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

/* "the week before last", "the month before last", "the year before
 * last" (British): the unit two before the writing's, one timex. */
Test(dates_relative, the_unit_before_last)
{
	const char *b = "He was sacked the month before last Tuesday's "
	    "match.";

	dt_one("The week before last, he was in Paris.",
	    "The week before last", TIMEX_DATE, "2016-W31");
	dt_one("Prices rose the month before last.", "the month before last",
	    TIMEX_DATE, "2016-06");
	dt_one("The year before last was dry.", "The year before last",
	    TIMEX_DATE, "2014");
	dt_none("The week before the election, he was in Paris.");
	/* "last" that opens a date of its own: that date, no "before
	 * last" (review F4) */
	dt_one("Turnout fell the week before last year's election.",
	    "last year", TIMEX_DATE, "2015");
	dt_run(b);
	cr_assert_eq(dt_out.dates.n, 1);
	cr_assert_eq(dt_out.dates.v[0].start,
	    (uint32_t)(strstr(b, "last Tuesday") - b));
	dt_none("Prices rose the year before last season's final.");
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

/* A week of a statistic named by its last day, as British weekly
 * figures write it ("in the week to Saturday", "the week ended
 * Friday", "the week to 5 December"), is its length, P1W, as "the year
 * to March" is P1Y; the day is its own timex.  "The week to come" is
 * none of them. */
Test(dates_relative, the_week_to_a_day)
{
	const char *b = "Sales rose 4% in the week to Saturday.";

	dt_run(b);
	dt_expect(b, "the week", TIMEX_DURATION, "P1W");
	dt_expect(b, "Saturday", TIMEX_DATE, "2016-08-13");
	b = "Prices fell in the week ended Friday.";
	dt_run(b);
	dt_expect(b, "the week", TIMEX_DURATION, "P1W");
	b = "Applications rose in the week to 5 August.";
	dt_run(b);
	dt_expect(b, "the week", TIMEX_DURATION, "P1W");
	dt_one("The week to come will be busy.", "The week", TIMEX_DATE,
	    "2016-W33");
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

/* "That decade", "the following decade", "the previous decade": the
 * decade the text last named, or the last date's (HeidelTime's
 * UNDEF-REF-decade); a length after "over" and a decade nothing
 * anchors stay the duration. */
Test(dates_relative, a_decade_of_the_story)
{
	const char *b = "In the 1930s the town grew fast. That decade also "
	    "saw the mill close. The following decade brought war.";

	dt_run(b);
	dt_expect(b, "That decade", TIMEX_DATE, "193");
	dt_expect(b, "The following decade", TIMEX_DATE, "194");
	b = "The mill closed in the 1970s. In the previous decade it had "
	    "employed 4,000 people.";
	dt_run(b);
	dt_expect(b, "the previous decade", TIMEX_DATE, "196");
	/* counted from a year, the ten years before it: a length */
	b = "A 2014 study found the city spent $500 million in the "
	    "previous decade.";
	dt_run(b);
	dt_expect(b, "the previous decade", TIMEX_DURATION, "P10Y");
	b = "In the 1990s, the economy grew. In 2005, it slowed. That "
	    "decade was worse.";
	dt_run(b);
	dt_expect(b, "That decade", TIMEX_DATE, "200");
	b = "The company was founded in 1962. Later that decade it moved.";
	dt_run(b);
	dt_expect(b, "Later that decade", TIMEX_DATE, "196");
	b = "The plan, signed on Aug. 2, would cut emissions over the "
	    "following decade.";
	dt_run(b);
	dt_expect(b, "the following decade", TIMEX_DURATION, "P10Y");
	dt_one("The same decade saw the rise of the internet.",
	    "The same decade", TIMEX_DURATION, "P10Y");
}

Test(dates_relative, deictic_words)
{
	dt_one("The rebels attacked yesterday, police said.", "yesterday",
	    TIMEX_DATE, "2016-08-16");
	dt_one("Markets rose today in Tokyo.", "today", TIMEX_DATE,
	    "2016-08-17");
	dt_one("The vote is tomorrow in Ohio.", "tomorrow", TIMEX_DATE,
	    "2016-08-18");
	dt_one("He is now in Rome.", "now", TIMEX_DATE, "PRESENT_REF");
	dt_one("She is currently abroad.", "currently", TIMEX_DATE,
	    "PRESENT_REF");
	dt_one("He speaks tonight in Ohio.", "tonight", TIMEX_TIME,
	    "2016-08-17TNI");
	dt_one("He spoke this morning in Ohio.", "this morning", TIMEX_TIME,
	    "2016-08-17TMO");
	dt_one("He spoke this afternoon in Ohio.", "this afternoon",
	    TIMEX_TIME, "2016-08-17TAF");
	dt_one("He speaks this evening in Ohio.", "this evening",
	    TIMEX_TIME, "2016-08-17TEV");
	dt_one("He spoke last night in Ohio.", "last night", TIMEX_TIME,
	    "2016-08-16TNI");
	dt_one("Prices rose last week, it said.", "last week", TIMEX_DATE,
	    "2016-W32");
	dt_one("Prices rise next week, it said.", "next week", TIMEX_DATE,
	    "2016-W34");
	dt_one("Prices rose this week, it said.", "this week", TIMEX_DATE,
	    "2016-W33");
	dt_one("Prices rose last month, it said.", "last month",
	    TIMEX_DATE, "2016-07");
	dt_one("Prices rose this month, it said.", "this month",
	    TIMEX_DATE, "2016-08");
	dt_one("Prices rise next month, it said.", "next month",
	    TIMEX_DATE, "2016-09");
	dt_one("Prices rose last year, it said.", "last year", TIMEX_DATE,
	    "2015");
	dt_one("Prices rose this year, it said.", "this year", TIMEX_DATE,
	    "2016");
	dt_one("Prices rise next year, it said.", "next year", TIMEX_DATE,
	    "2017");
	dt_one("Prices rose earlier this year, it said.",
	    "earlier this year", TIMEX_DATE, "2016");
	dt_one("Prices were lower in the past, it said.", "the past",
	    TIMEX_DATE, "PAST_REF");
	dt_one("Prices have fallen recently, it said.", "recently",
	    TIMEX_DATE, "PAST_REF");
	dt_one("Prices may rise in the future, it said.", "the future",
	    TIMEX_DATE, "FUTURE_REF");
}

Test(dates_relative, relative_offsets)
{
	dt_one("The rebels struck two days ago, police said.",
	    "two days ago", TIMEX_DATE, "2016-08-15");
	dt_one("The plant opened a year ago, it said.", "a year ago",
	    TIMEX_DATE, "2015");
	dt_one("The plant opened three months ago, it said.",
	    "three months ago", TIMEX_DATE, "2016-05");
	dt_one("The plant opened a decade ago, it said.", "a decade ago",
	    TIMEX_DATE, "200");
}

Test(dates_relative, anaphora_against_the_last_date_named)
{
	const char *b;

	b = "In 2015, the two sides signed a pact. That same year, Kim "
	    "visited Moscow.";
	dt_run(b);
	dt_expect(b, "That same year", TIMEX_DATE, "2015");
	b = "The plant opened on June 3, 2001, and closed the following "
	    "day.";
	dt_run(b);
	dt_expect(b, "the following day", TIMEX_DATE, "2001-06-04");
	b = "The firm was founded in March 1990. Three years later it "
	    "went public.";
	dt_run(b);
	dt_expect(b, "Three years later", TIMEX_DATE, "1993");
	/* finer than the reference: X for what it does not say */
	b = "The war began in 1998. On that same day, talks ended.";
	dt_run(b);
	dt_expect(b, "that same day", TIMEX_DATE, "1998-XX-XX");
	b = "The talks began in May 1998. Later that month, they ended.";
	dt_run(b);
	dt_expect(b, "Later that month", TIMEX_DATE, "1998-05");
	/* the finer of two nested mentions stays the reference */
	b = "They met in April this year. On the same day, a letter came.";
	dt_run(b);
	dt_expect(b, "the same day", TIMEX_DATE, "2016-04-XX");
	/* "ago" and "earlier" still count from the publication date */
	b = "In 1990 the plant opened; it closed three years ago.";
	dt_run(b);
	dt_expect(b, "three years ago", TIMEX_DATE, "2013");
	/* without any date named, the publication date */
	dt_one("Two days later, the rebels left.", "Two days later",
	    TIMEX_DATE, "2016-08-19");
}

Test(dates_relative, later_with_a_date_in_apposition)
{
	const char *b = "Governments were established three years later, on "
	    "August 15, 1948, in Seoul.";

	dt_run(b);
	dt_expect(b, "three years later", TIMEX_DATE, "1948");
	dt_expect(b, "August 15, 1948", TIMEX_DATE, "1948-08-15");
}

Test(dates_relative, the_year_and_the_week_alone)
{
	dt_one("Sales for the full year were $6.6 billion.", "the full year",
	    TIMEX_DATE, "2016");
	dt_one("It reached a high for the year of $42 a share.", "the year",
	    TIMEX_DATE, "2016");
	dt_run("Revenue was $76 million for the year ended March 31.");
	dt_expect("Revenue was $76 million for the year ended March 31.",
	    "the year", TIMEX_DURATION, "P1Y");
	dt_one("For the week, the index dropped 3.8%.", "the week",
	    TIMEX_DATE, "2016-W33");
	dt_none("He earned $450 million the year before.");
	dt_run_on("Sales for the full year were $6.6 billion.", 0, 0, 0);
	dt_expect("Sales for the full year were $6.6 billion.",
	    "the full year", TIMEX_DATE, "XXXX");
}

Test(dates_relative, now_as_a_discourse_marker)
{
	dt_none("Talks stalled. Now, he says, the deal is dead.");
	dt_one("Right now my evidence is scant.", "now", TIMEX_DATE,
	    "PRESENT_REF");
	dt_one("Kopp is now a fugitive.", "now", TIMEX_DATE, "PRESENT_REF");
}

/* "the following Tuesday", "the preceding Monday", "the next Sunday":
 * after or before the day the text is at (a narrative's), not today. */
Test(dates_relative, the_following_weekday_after_the_day_named)
{
	const char *b = "He arrived on Friday, March 6, 2020. The following "
	    "Tuesday, he left. The preceding Monday was quiet. The next "
	    "Sunday, he came back.";

	dt_run(b);
	dt_expect(b, "Friday, March 6, 2020", TIMEX_DATE, "2020-03-06");
	dt_expect(b, "The following Tuesday", TIMEX_DATE, "2020-03-10");
	dt_expect(b, "The preceding Monday", TIMEX_DATE, "2020-03-09");
	dt_expect(b, "The next Sunday", TIMEX_DATE, "2020-03-15");
	/* with no day named: after the publication */
	dt_one("The following Tuesday, he left.", "The following Tuesday",
	    TIMEX_DATE, "2016-08-23");
	dt_one("He will come next Tuesday.", "next Tuesday", TIMEX_DATE,
	    "2016-08-23");
}

/* "overnight" before a preposition is the night before the writing (the
 * night of the day its paragraph named; tonight's in a future clause);
 * the adjective and the idiom for "suddenly" name no night. */
Test(dates_relative, overnight_as_a_night)
{
	dt_one("Prices rose overnight in Asia.", "overnight", TIMEX_TIME,
	    "2016-08-16TNI");
	dt_one("Rain will fall overnight in the hills.", "overnight",
	    TIMEX_TIME, "2016-08-17TNI");
	dt_run("The ship docked on March 3, 2001, and sailed overnight to "
	    "Oslo.");
	dt_expect("The ship docked on March 3, 2001, and sailed overnight to "
	    "Oslo.", "overnight", TIMEX_TIME, "2001-03-03TNI");
	dt_none("The overnight rate rose; an overnight stay cost more.");
	dt_none("It is not going to happen overnight.");
	dt_none("She became a star overnight, he said.");
}

/* "the past" before a count is an adjective of the things counted ("the
 * past two Republican contests"), not the past; "the past three
 * summers" is each of them (TimeBank's SET); "the past two years" a
 * duration; "in the past" the past. */
Test(dates_relative, the_past_before_a_count)
{
	dt_none("Iowa was less than predictive in the past two Republican "
	    "contests.");
	dt_one("It rained in the past three summers.",
	    "the past three summers", TIMEX_SET, "XXXX-SU");
	dt_one("In the past two years, it grew.", "the past two years",
	    TIMEX_DURATION, "P2Y");
	dt_one("In the past, few cared.", "the past", TIMEX_DATE,
	    "PAST_REF");
}

Test(dates_relative, future_ref_phrases)
{
	dt_one("Rates should stay low in the near term.", "the near term",
	    TIMEX_DATE, "FUTURE_REF");
	dt_one("Stocks win over the long term, he said.", "the long term",
	    TIMEX_DATE, "FUTURE_REF");
	dt_one("The vote was put off to a later date.", "a later date",
	    TIMEX_DATE, "FUTURE_REF");
	dt_none("The near-term outlook is weak.");
}

Test(dates_relative, next_morning_after_the_last_date)
{
	const char *b = "He landed on March 3, 2015. The next morning he "
	    "left.";
	const char *b2 = "He landed on March 3, 2015, and the following "
	    "night he was home.";

	dt_run(b);
	dt_expect(b, "March 3, 2015", TIMEX_DATE, "2015-03-03");
	dt_expect(b, "The next morning", TIMEX_TIME, "2015-03-04TMO");
	dt_run(b2);
	dt_expect(b2, "the following night", TIMEX_TIME, "2015-03-04TNI");
}

/*
 * "the same day" is the last day named when the month or year the text
 * last named is from an earlier paragraph; in the same paragraph it is
 * that event's, unknown, day.  "the previous year", "three days later"
 * count from the last date named.
 */
Test(dates_relative, anaphora_counts_from_the_last_date_named)
{
	const char *b = "On August 15, Putin sent a message. Kim said ties "
	    "grew since the meeting in April this year.\n\nOn the same day, "
	    "Putin also wrote.";

	dt_run_on(b, 2019, 8, 15);
	dt_expect(b, "the same day", TIMEX_DATE, "2019-08-15");
	b = "Three doctors were killed, most recently last October when he "
	    "was shot. His name was crossed out that same day.";
	dt_run(b);
	dt_expect(b, "that same day", TIMEX_DATE, "2015-10-XX");
	b = "The party was founded on August 15, 1948. The same month he "
	    "left. Three days later the army came. The previous year had "
	    "been hard.";
	dt_run(b);
	dt_expect(b, "The same month", TIMEX_DATE, "1948-08");
	dt_expect(b, "Three days later", TIMEX_DATE, "1948-08-18");
	dt_expect(b, "The previous year", TIMEX_DATE, "1947");
	b = "The treaty was signed on May 2, 1990. The previous night, "
	    "talks had nearly failed.";
	dt_run(b);
	dt_expect(b, "The previous night", TIMEX_TIME, "1990-05-01TNI");
}

/* "to this day": up to now; "on this day": the day the text is at. */
Test(dates_relative, the_previous_weekday_before_the_day_named)
{
	/* 2016-08-12 is a Friday: the previous Friday is the one before
	 * it, not the one before publication */
	const char *b = "Shares fell on Aug. 12. They were down 4% from the "
	    "previous Friday.";

	dt_run(b);
	dt_expect(b, "the previous Friday", TIMEX_DATE, "2016-08-05");
	/* "last Friday" still counts from today */
	dt_one("Shares fell last Friday.", "last Friday", TIMEX_DATE,
	    "2016-08-12");
}

Test(dates_relative, to_this_day_and_on_this_day)
{
	dt_one("The friendship continues to this day, he said.", "this day",
	    TIMEX_DATE, "PRESENT_REF");
	dt_one("It was the first visit to the tower on this day.",
	    "this day", TIMEX_DATE, "2016-08-17");
	dt_none("It is a this-day-only offer.");
}

/* A menu heading or button is not the present time. */
Test(dates_relative, page_furniture_is_not_present_ref)
{
	dt_none("LIFESTYLE\n\nPopular Now\n\n  \xe2\x80\xa2 1\n    Sweet and Salty");
	dt_none("Trending Now\nThe best stories of our readers");
	dt_none("Read more.\nSign Up Now\n");
	dt_one("The company is now\nbankrupt, he said.", "now", TIMEX_DATE,
	    "PRESENT_REF");
	dt_one("Act Now Or Lose It All, Says Expert\n", "Now",
	    TIMEX_DATE, "PRESENT_REF");
}

/* A Title Case "This Week" inside a sentence names a programme; "Now,"
 * opening a sentence after a closing quote is a discourse marker. */
Test(dates_relative, this_week_as_a_title_and_now_after_a_quote)
{
	dt_none("Baker, speaking on ABC News' \"This Week,\" said so.");
	dt_none("\"Iraq was ready.\" Now, he says, it is too late.");
	dt_one("This Week the talks resume.", "This Week", TIMEX_DATE,
	    "2016-W33");
	dt_one("He said the talks resume this week.", "this week",
	    TIMEX_DATE, "2016-W33");
}

Test(dates_relative, current_as_the_present)
{
	dt_one("Castro said he would travel with his current wife.",
	    "current", TIMEX_DATE, "PRESENT_REF");
	dt_one("It buys at 50% of the then current market price.",
	    "then current", TIMEX_DATE, "PAST_REF");
	/* a unit after it: the period itself */
	dt_one("Sales rose in the current fiscal year.",
	    "the current fiscal year", TIMEX_DATE, "2016");
	/* not the accounting term, nor the noun */
	dt_none("The current account deficit widened.");
	dt_none("He swam against the current.");
}

/* "This time last year" is the day a year before publication; "the
 * turn of the century" the year a century began. */
Test(dates_relative, this_time_last_year_and_the_turn_of_the_century)
{
	dt_one("This time last year, the company was losing money.",
	    "This time last year", TIMEX_DATE, "2015-08-17");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_APPROX);
	dt_one("Hopefully this time next year, nobody will care.",
	    "this time next year", TIMEX_DATE, "2017-08-17");
	dt_one("This time a year ago, it was cheap.", "This time a year ago",
	    TIMEX_DATE, "2015-08-17");
	dt_one("This time last week he was here.", "This time last week",
	    TIMEX_DATE, "2016-08-10");
	dt_none("This time, he won.");
	dt_one("Job losses since the turn of the century hurt.",
	    "the turn of the century", TIMEX_DATE, "2000");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_APPROX);
	dt_one("It was built at the turn of the 20th century.",
	    "the turn of the 20th century", TIMEX_DATE, "1900");
	dt_one("By the turn of the millennium, it grew.",
	    "the turn of the millennium", TIMEX_DATE, "2000");
	dt_run_on("At the turn of the century, the city was small.", 1998, 3,
	    1);
	dt_expect("At the turn of the century, the city was small.",
	    "the turn of the century", TIMEX_DATE, "1900");
	dt_run_on("It will be done by the turn of the century.", 1998, 3, 1);
	dt_expect("It will be done by the turn of the century.",
	    "the turn of the century", TIMEX_DATE, "2000");
	/* "time" is a listed word now, and still a noun after "a second" */
	dt_one("He tried a second time Thursday.", "Thursday", TIMEX_DATE,
	    "2016-08-11");
}

/* "today's" + a general noun is the present (TimeML's PRESENT_REF);
 * before a day's own event or paper it is the day. */
Test(dates_relative, todays_world_is_the_present)
{
	dt_one("Facts are losing their value in today's world.", "today",
	    TIMEX_DATE, "PRESENT_REF");
	dt_one("They want to avoid condemning today's refugees.", "today",
	    TIMEX_DATE, "PRESENT_REF");
	dt_one("Today's speech shows the gap.", "Today", TIMEX_DATE,
	    "2016-08-17");
	dt_one("It is time for today's geography quiz.", "today", TIMEX_DATE,
	    "2016-08-17");
	dt_one("The deal closed today.", "today", TIMEX_DATE, "2016-08-17");
}

/* "this" before a month or a season the year has passed, in a future
 * clause, is the next year's ("will start this spring" written in
 * December); in January and February a spring, summer or autumn is the
 * calendar year's, no longer the winter's season-year. */
Test(dates_relative, this_season_or_month_ahead)
{
	const char *b = "Construction will start this spring.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "this spring", TIMEX_DATE, "2027-SP");
	b = "Sales rose this spring.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "this spring", TIMEX_DATE, "2026-SP");
	b = "The law will take effect this March.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "this March", TIMEX_DATE, "2027-03");
	b = "The convention is this summer.";
	dt_run_on(b, 2016, 1, 20);
	dt_expect(b, "this summer", TIMEX_DATE, "2016-SU");
	b = "It snowed this winter.";
	dt_run_on(b, 2016, 2, 19);
	dt_expect(b, "this winter", TIMEX_DATE, "2015-WI");
}

/* In a narrative "the end of the year" is the year of its last date,
 * one counted from another ("the following year") too. */
Test(dates_relative, the_year_of_a_narrative_is_its_last)
{
	const char *b = "The Berlin Wall was built in August 1961. In June "
	    "1987 Reagan called on Gorbachev to tear it down. The wall fell "
	    "on 9 November 1989, and the following year Germany was "
	    "reunified. By the end of the year the two states were one.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the following year", TIMEX_DATE, "1990");
	dt_expect(b, "the end of the year", TIMEX_DATE, "1990");
}

/* A programme's name with its noun is no day: "the BBC's Today
 * programme", "NBC's Today show", "the Tonight Show"; "Today show
 * business is booming" opening a sentence is the day. */
Test(dates_relative, a_programmes_name_with_its_noun)
{
	const char *b = "He told the BBC's Today programme on Monday.";

	dt_run(b);
	dt_expect(b, "Monday", TIMEX_DATE, "2016-08-15");
	cr_assert_eq(dt_out.dates.n, 1);
	dt_none("Trump told NBC's Today show when asked.");
	dt_none("She was a guest on the Tonight Show.");
	dt_one("Today show business is booming.", "Today", TIMEX_DATE,
	    "2016-08-17");
}

/* "current" before a preposition or a verb is a predicate or the noun,
 * no attribute of time ("Cyclone warnings are current for the Pilbara
 * coast", "a global current of discontent": were PRESENT_REF); before
 * "and" it is still an attribute ("current and former officials"). */
Test(dates_relative, current_as_a_predicate_or_a_noun_is_no_time)
{
	dt_none("Cyclone warnings are current for the Pilbara coast.");
	dt_none("It reflects a global current of discontent.");
	dt_none("The prices shown are current as listed.");
	dt_one("Current and former officials said so.", "Current",
	    TIMEX_DATE, "PRESENT_REF");
	dt_one("Castro said he would travel with his current wife.",
	    "current", TIMEX_DATE, "PRESENT_REF");
}


/* "last summer" is the summer just ended (HeidelTime's reading), but
 * set against "this summer" in its paragraph, before or after it, the
 * one before ("Last summer was the hottest on record, and this summer
 * came close", written on 2023-09-20: 2022-SU, was 2023-SU, the same
 * summer twice). */
Test(dates_relative, last_season_set_against_this_season)
{
	const char *b = "Last summer was the hottest on record, and this "
	    "summer came close.";
	const char *d = "This summer was hot, but last summer was hotter.";

	dt_run_on(b, 2023, 9, 20);
	dt_expect(b, "Last summer", TIMEX_DATE, "2022-SU");
	dt_expect(b, "this summer", TIMEX_DATE, "2023-SU");
	dt_run_on(d, 2023, 9, 20);
	dt_expect(d, "last summer", TIMEX_DATE, "2022-SU");
	dt_run_on("Last summer was the hottest on record.", 2023, 9, 20);
	dt_expect("Last summer was the hottest on record.", "Last summer",
	    TIMEX_DATE, "2023-SU");
}
