/*
 * test_dates_numbers.c — workers/extract/dates/numbers.c: numeric dates,
 * years and their ranges, split years of accounts and seasons, years
 * spelled out, decades and centuries (the shared checks: dates_check.h).
 */
#include "dates_check.h"

TestSuite(dates_numbers, .fini = dt_fini);

Test(dates_numbers, decades_and_centuries)
{
	dt_one("Rates were high in the 1990s, he said.", "the 1990s",
	    TIMEX_DATE, "199");
	dt_one("Rates were high in the '90s, he said.", "the '90s",
	    TIMEX_DATE, "199");
	dt_one("Rates were high in the early 1980s, he said.",
	    "the early 1980s", TIMEX_DATE, "198");
	dt_one("It was built in the 19th century, he said.",
	    "the 19th century", TIMEX_DATE, "18");
	/* "the 1800s" is the century; "the 2000s" the decade */
	dt_one("The town was founded in the 1800s.", "the 1800s",
	    TIMEX_DATE, "18");
	dt_one("The firm was founded in the early 2000s.",
	    "the early 2000s", TIMEX_DATE, "200");
}

Test(dates_numbers, ranges_and_short_years)
{
	const char *b = "Output grew from May to July 2009, he said.";

	dt_run(b);
	dt_expect(b, "May", TIMEX_DATE, "2009-05");
	dt_expect(b, "July 2009", TIMEX_DATE, "2009-07");
	b = "Output grew in 2009-2010 and in 1850-58.";
	dt_run(b);
	dt_expect(b, "2009", TIMEX_DATE, "2009");
	dt_expect(b, "2010", TIMEX_DATE, "2010");
	dt_expect(b, "1850", TIMEX_DATE, "1850");
	dt_expect(b, "58", TIMEX_DATE, "1858");
	cr_assert_eq(dt_out.dates.n, 4);
	dt_one("He graduated in '58 from Yale.", "'58", TIMEX_DATE, "1958");
	dt_one("The class of '29 will be large.", "'29", TIMEX_DATE, "2029");
	dt_none("Call 555-1234 or 2016-9999 for details.");
	dt_none("He won 2009-2001 on points.");
	/* a range of days: each end its own timex */
	dt_run("The fair will be held Aug. 20-22, 2017, in Busan.");
	dt_expect("The fair will be held Aug. 20-22, 2017, in Busan.",
	    "Aug. 20", TIMEX_DATE, "2017-08-20");
	dt_expect("The fair will be held Aug. 20-22, 2017, in Busan.",
	    "22, 2017", TIMEX_DATE, "2017-08-22");
	cr_assert_eq(dt_out.dates.n, 2);
	dt_run("The fair runs May 30-June 2 in Busan.");
	dt_expect("The fair runs May 30-June 2 in Busan.", "May 30",
	    TIMEX_DATE, "2016-05-30");
	dt_expect("The fair runs May 30-June 2 in Busan.", "June 2",
	    TIMEX_DATE, "2016-06-02");
	dt_none("The score was 3-2 in overtime.");
	/* days coordinated or spanned by a word, the second ending its
	 * clause: each its own timex */
	dt_run("The summit is in Washington on April 24 and 25.");
	dt_expect("The summit is in Washington on April 24 and 25.",
	    "April 24", TIMEX_DATE, "2016-04-24");
	dt_expect("The summit is in Washington on April 24 and 25.", "25",
	    TIMEX_DATE, "2016-04-25");
	dt_run("The poll was conducted from Sept. 19 to 22, 2016, by phone.");
	dt_expect("The poll was conducted from Sept. 19 to 22, 2016, by "
	    "phone.", "22, 2016", TIMEX_DATE, "2016-09-22");
	/* not a count after the day */
	dt_one("On May 3 and 25 people died.", "May 3", TIMEX_DATE,
	    "2016-05-03");
}

/* A decade written without its apostrophe after "the" (or "the
 * mid-"), unless its sentence is about temperatures, polls or rates. */
Test(dates_numbers, bare_two_digit_decades_and_their_false_friends)
{
	dt_one("Clinton: 'I come from the 60s, a long time ago.'", "the 60s",
	    TIMEX_DATE, "196");
	dt_one("Music from the 90s is back.", "the 90s", TIMEX_DATE, "199");
	dt_one("It was built in the 20s.", "the 20s", TIMEX_DATE, "192");
	dt_one("In the early 80s, Lynch worked in Durham.", "the early 80s",
	    TIMEX_DATE, "198");
	dt_none("Temperatures in the 90s are common here.");
	dt_none("Highs will be in the 90s across the valley.");
	dt_none("Bush's approval rating dipped into the mid-20s.");
	dt_none("Her figure has improved to the low 40s since the end of the "
	    "Democratic convention, however, while Trump's remains in the "
	    "30s.");
	dt_none("He was in his 30s.");
}

/* ISO 8601's date and time, glued by its "T": one TIME, with its
 * seconds and its zone ("Z" or an offset); a fraction of the second is
 * left out of the value.  A time after a space is not the date's. */
Test(dates_numbers, iso_date_and_time)
{
	dt_one("Posted 2016-08-15T14:30:00Z by staff.",
	    "2016-08-15T14:30:00Z", TIMEX_TIME, "2016-08-15T14:30:00Z");
	dt_one("Posted 2016-08-15T14:30+05:30 by staff.",
	    "2016-08-15T14:30+05:30", TIMEX_TIME, "2016-08-15T14:30+05:30");
	dt_one("Posted 2016-08-15T14:30:00.123-04:00 by staff.",
	    "2016-08-15T14:30:00.123-04:00", TIMEX_TIME,
	    "2016-08-15T14:30:00-04:00");
	dt_one("Posted 2016-08-15T09:05 by staff.", "2016-08-15T09:05",
	    TIMEX_TIME, "2016-08-15T09:05");
	dt_one("Posted 2016-08-15 14:30 by staff.", "2016-08-15",
	    TIMEX_DATE, "2016-08-15");
}

/* A split year with a slash, "the 2023/24 season", "fiscal 2015/16",
 * as with a hyphen (a season by the year it starts in, a year of
 * accounts by the year it ends in); "2023/24" alone is no year. */
Test(dates_numbers, split_years_with_a_slash)
{
	dt_one("The club won the 2015/16 season, it said.", "2015/16 season",
	    TIMEX_DATE, "2015");
	dt_one("Revenue for fiscal 2015/16 fell, it said.",
	    "fiscal 2015/16", TIMEX_DATE, "2016");
	dt_one("Profit in the 2015/16 financial year rose.",
	    "2015/16 financial year", TIMEX_DATE, "2016");
	dt_none("The ratio was 2015/16 in the test.");
}

/* An ambiguous numeric date (both numbers 12 or under) is month first,
 * the US order, unless only day first it reads as the publication day
 * (a British or European site's "Last updated: 07/03/2024" on March 7)
 * or near it (a_numeric_date_near_the_publication): "5/3/2024" on March
 * 7 is March 5, two days before, not May 3 to come; far from both
 * readings it stays May 3. */
Test(dates_numbers, a_numeric_date_that_is_the_day_of_publication)
{
	dt_run_on("Last updated: 07/03/2024 14:32 GMT", 2024, 3, 7);
	dt_expect("Last updated: 07/03/2024 14:32 GMT", "07/03/2024",
	    TIMEX_DATE, "2024-03-07");
	dt_run_on("The meeting was held on 5/3/2024.", 2024, 3, 7);
	dt_expect("The meeting was held on 5/3/2024.", "5/3/2024",
	    TIMEX_DATE, "2024-03-05");
	dt_run_on("The meeting was held on 5/3/2024.", 2024, 8, 17);
	dt_expect("The meeting was held on 5/3/2024.", "5/3/2024",
	    TIMEX_DATE, "2024-05-03");
	dt_run_on("It was posted on 3/7/2024.", 2024, 3, 7);
	dt_expect("It was posted on 3/7/2024.", "3/7/2024", TIMEX_DATE,
	    "2024-03-07");
}

/* An ambiguous numeric date that only day first reads within a week of
 * the publication is day first ("the vote on 12/08/2016" on Aug. 17;
 * "16/08/2016" and "08/16/2016" are no ambiguity: no 16th month); one
 * near either way, or near neither, keeps the US order.  Dashes with
 * two-digit days and months and a four-digit year are read as slashes
 * ("dated 15-08-2016"), not a bare digit's ("3-1-2016" may be a
 * shootout's score). */
Test(dates_numbers, a_numeric_date_near_the_publication)
{
	dt_one("Published: 16/08/2016", "16/08/2016", TIMEX_DATE,
	    "2016-08-16");
	dt_one("Published: 08/16/2016", "08/16/2016", TIMEX_DATE,
	    "2016-08-16");
	dt_one("The vote was held on 12/08/2016.", "12/08/2016",
	    TIMEX_DATE, "2016-08-12");
	dt_one("The vote was held on 08/12/2016.", "08/12/2016",
	    TIMEX_DATE, "2016-08-12");
	dt_one("The vote was held on 03/05/2016.", "03/05/2016",
	    TIMEX_DATE, "2016-03-05");
	dt_one("The order dated 15-08-2016 was challenged.", "15-08-2016",
	    TIMEX_DATE, "2016-08-15");
	dt_one("The order dated 11-08-2016 was challenged.", "11-08-2016",
	    TIMEX_DATE, "2016-08-11");
	dt_none("The shootout ended 3-1-2016 style.");
}

/* A dotted date with one-digit parts, as European outlets write it,
 * after a preposition of time ("apply from 1.1.2019", "born on
 * 3.10.1990": day first, were none); elsewhere the figures stay a
 * version ("Firmware version 3.2.2019", "Upgrade to 1.2.2016"). */
Test(dates_numbers, a_dotted_date_with_one_digit_parts_after_a_preposition)
{
	dt_one("The rules apply from 1.1.2019 in Austria.", "1.1.2019",
	    TIMEX_DATE, "2019-01-01");
	dt_one("He was born on 3.10.1990 in Graz.", "3.10.1990",
	    TIMEX_DATE, "1990-10-03");
	dt_none("Firmware version 3.2.2019 fixes the bug.");
	dt_none("Upgrade to 1.2.2016, the firm said.");
}

/* The near reading is that date's alone: the page's later ambiguous
 * dates are day first only after an exact publication-day match or a
 * number over 12 (a US page of Dec. 7 that writes "6/12/2016", read as
 * the day before, still writes "5/3/2016" for May 3). */
Test(dates_numbers, a_near_date_leaves_the_page_month_first)
{
	const char *b = "The Orlando shooting on 6/12/2016 killed 49. "
	    "The vote on 5/3/2016 was close.";

	dt_run_on(b, 2016, 12, 7);
	dt_expect(b, "6/12/2016", TIMEX_DATE, "2016-12-06");
	dt_expect(b, "5/3/2016", TIMEX_DATE, "2016-05-03");
	b = "Published: 06/12/2026 Last updated 07/12/2026";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "06/12/2026", TIMEX_DATE, "2026-12-06");
	dt_expect(b, "07/12/2026", TIMEX_DATE, "2026-12-07");
	/* the exact day still tells the page's order */
	b = "Last updated 07/12/2026. The vote on 5/3/2026 was close.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "5/3/2026", TIMEX_DATE, "2026-03-05");
}

/* A bare "2025/26" after a word that takes a time is a year of
 * accounts (UK outlets), valued by the year it starts in; not a law's
 * or a case's number ("Directive 2013/14/EU"). */
Test(dates_numbers, a_bare_split_year_of_accounts)
{
	dt_one("Profit for 2025/26 rose 8%.", "2025/26", TIMEX_DATE,
	    "2025");
	dt_none("It breaches Directive 2013/14/EU entirely.");
}

/* A text that wrote a numeric date day first (its "Last updated" line
 * on the publication day, "15/08/2016") writes its later ambiguous
 * ones so too; alone, an ambiguous one keeps the US order. */
Test(dates_numbers, day_first_for_the_whole_text)
{
	const char *b = "Last updated 17/08/2016. He resigned on 04/08/2016.";

	dt_run(b);
	dt_expect(b, "04/08/2016", TIMEX_DATE, "2016-08-04");
	dt_one("He resigned on 04/08/2016.", "04/08/2016", TIMEX_DATE,
	    "2016-04-08");
}

/* A decade's word after a prefix ("the early nineties", "the
 * mid-eighties"), and the 2000s' names ("the noughties", "the aughts"). */
Test(dates_numbers, decades_in_words)
{
	dt_one("In the early nineties, the city grew.", "the early nineties",
	    TIMEX_DATE, "199");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_START);
	dt_one("In the mid-eighties, he left.", "the mid-eighties",
	    TIMEX_DATE, "198");
	dt_one("In the early noughties, prices soared.",
	    "the early noughties", TIMEX_DATE, "200");
	dt_one("He worked there in the aughts.", "the aughts", TIMEX_DATE,
	    "200");
	dt_none("He is in his nineties.");
}

/* A sport's season: the sports pages' "2025/26 campaign", and the split
 * year alone before a league's name and its season ("the 2023-24
 * Premier League season"), not two years. */
Test(dates_numbers, a_season_named_by_its_league)
{
	dt_one("The 2023-24 Premier League season was his last.", "2023-24",
	    TIMEX_DATE, "2023");
	dt_one("The club's 2025/26 campaign started badly.",
	    "2025/26 campaign", TIMEX_DATE, "2025");
}

Test(dates_numbers, each_month_and_the_year_spelled)
{
	/* a month or season of a year spelled out: one timex */
	dt_one("It snowed in the winter of nineteen ninety-four.",
	    "the winter of nineteen ninety-four", TIMEX_DATE, "1994-WI");
	dt_one("In January nineteen ninety-seven, he left.",
	    "January nineteen ninety-seven", TIMEX_DATE, "1997-01");
	dt_one("Orangemen march each July from their farms.", "each July",
	    TIMEX_SET, "XXXX-07");
	dt_one("He promised jobs by the year two thousand.",
	    "the year two thousand", TIMEX_DATE, "2000");
	dt_one("The approach of the year 2000 worries them.", "the year 2000",
	    TIMEX_DATE, "2000");
	dt_one("Rules should be in place by year's end.", "year's end",
	    TIMEX_DATE, "2016");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
}

/* A split year of accounts, school or sport is one timex: a year of
 * accounts is the year it ends in, the year its label names (FY24), a
 * season or a school year the year it starts in; a bare split year
 * stays a range of two. */
Test(dates_numbers, split_years_of_accounts_and_seasons)
{
	dt_one("Profit rose in the 2023-24 financial year.",
	    "2023-24 financial year", TIMEX_DATE, "2024");
	dt_one("He sold the shares in fiscal 2015-16.", "fiscal 2015-16",
	    TIMEX_DATE, "2016");
	dt_one("Sales fell in financial year 2023-24.",
	    "financial year 2023-24", TIMEX_DATE, "2024");
	dt_one("Profit rose in FY2023-24.", "FY2023-24", TIMEX_DATE, "2024");
	dt_one("Fees rose for the 2023-24 academic year.",
	    "2023-24 academic year", TIMEX_DATE, "2023");
	dt_one("It was the best of the 2015-16 season.", "2015-16 season",
	    TIMEX_DATE, "2015");
	dt_one("From the 1999-00 season on, it grew.", "1999-00 season",
	    TIMEX_DATE, "1999");
	dt_run("The 2008-09 recession hurt.");
	dt_expect("The 2008-09 recession hurt.", "2008", TIMEX_DATE, "2008");
	dt_expect("The 2008-09 recession hurt.", "09", TIMEX_DATE, "2009");
	cr_assert_eq(dt_out.dates.n, 2);
}

/* Indian news names the year of accounts "the 2026-27 fiscal" (the
 * noun): one timex, the year it ends in, as "fiscal 2026-27" is; before
 * another noun "fiscal" is the adjective and the split year alone is
 * the timex ("the 2026-27 fiscal deficit"). */
Test(dates_numbers, the_fiscal_as_a_noun)
{
	const char *b = "In the 2026-27 fiscal, revenue will rise.";

	dt_run(b);
	dt_expect(b, "2026-27 fiscal", TIMEX_DATE, "2027");
	cr_assert_eq(dt_out.dates.n, 1);
	dt_one("Growth in the 2025-26 fiscal was 7 per cent.",
	    "2025-26 fiscal", TIMEX_DATE, "2026");
	b = "The 2026-27 fiscal deficit target is 4.4 per cent.";
	dt_run(b);
	dt_expect(b, "2026-27", TIMEX_DATE, "2027");
	cr_assert_eq(dt_out.dates.n, 1);
	/* and after "this", "last", "next", "the current": India's year
	 * of accounts (April to March) that holds the publication date,
	 * 2016-08-17, by the year it ends in, FY17 */
	dt_one("Growth will slow this fiscal.", "this fiscal", TIMEX_DATE,
	    "2017");
	dt_one("Growth slowed last fiscal, it said.", "last fiscal",
	    TIMEX_DATE, "2016");
	dt_one("Growth will slow in the current fiscal.",
	    "the current fiscal", TIMEX_DATE, "2017");
}

/* One rule for every fiscal year: it is named by the year it ends in,
 * its label ("FY27", "fiscal 2027", "the 2026-27 fiscal" are 2027), and
 * so is one named by its place ("this fiscal year", "last fiscal", "the
 * fiscal year"): the one that holds the publication date.  It ends in
 * December unless the text shows otherwise, as TimeBank values "the
 * current fiscal year" by the publication year; a year of accounts that
 * straddles two, or India's noun, ends it in March. */
Test(dates_numbers, a_fiscal_year_is_named_by_the_year_it_ends_in)
{
	const char *b = "Revenue rose in the 2025-26 fiscal and will rise "
	    "again this fiscal year.";

	dt_run_on("Revenue will rise this fiscal year.", 2026, 12, 7);
	dt_expect("Revenue will rise this fiscal year.", "this fiscal year",
	    TIMEX_DATE, "2026");
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "2025-26 fiscal", TIMEX_DATE, "2026");
	dt_expect(b, "this fiscal year", TIMEX_DATE, "2027");
	b = "Profits rose in FY2025-26 and will rise in the fiscal year.";
	dt_run_on(b, 2026, 5, 15);
	dt_expect(b, "the fiscal year", TIMEX_DATE, "2027");
	b = "Sales fell in fiscal 2024-25 and last fiscal year.";
	dt_run_on(b, 2026, 5, 15);
	dt_expect(b, "last fiscal year", TIMEX_DATE, "2026");
	/* India's noun: April to March; from January to March the year
	 * that ends in it */
	dt_run_on("Growth will slow this fiscal.", 2026, 3, 15);
	dt_expect("Growth will slow this fiscal.", "this fiscal",
	    TIMEX_DATE, "2026");
	dt_run_on("Growth will slow this fiscal.", 2026, 4, 1);
	dt_expect("Growth will slow this fiscal.", "this fiscal",
	    TIMEX_DATE, "2027");
}

/* India's business press names a fiscal year (April to March) by the
 * year it ends in, FY27 for 2026-27, and writes it both ways in one
 * story: both are 2027, as the US "fiscal 2027" is. */
Test(dates_numbers, a_fiscal_year_short_and_split_is_one_year)
{
	const char *b = "Infosys raised its FY27 revenue guidance and said "
	    "FY2026/27 margins would hold. The FY2026-27 budget and the "
	    "fiscal 2026-27 deficit target were tabled.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "FY27", TIMEX_DATE, "2027");
	dt_expect(b, "FY2026/27", TIMEX_DATE, "2027");
	dt_expect(b, "FY2026-27", TIMEX_DATE, "2027");
	dt_expect(b, "fiscal 2026-27", TIMEX_DATE, "2027");
	cr_assert_eq(dt_out.dates.n, 4);
}

/* A month and day with no year ("on 5/12"): only after "on", month
 * first as a full numeric date is (day first once the text wrote one
 * so), in the year nearest the publication; elsewhere, before "of" or
 * "percent", and "9/11" and "24/7" are no date. */
Test(dates_numbers, a_month_and_day_after_on)
{
	const char *b = "Posted 15/08/2016. The vote on 3/8 was close.";

	dt_one("The vote on 5/12 was close.", "5/12", TIMEX_DATE,
	    "2016-05-12");
	dt_one("The council meets on 8/22 to vote.", "8/22", TIMEX_DATE,
	    "2016-08-22");
	dt_run(b);
	dt_expect(b, "3/8", TIMEX_DATE, "2016-08-03");
	cr_assert_eq(dt_out.dates.n, 2);
	dt_none("The stock eased 1/8 in heavy trading.");
	dt_none("He scored 5/12 from the field.");
	dt_none("He was on 3/4 of the ballots.");
	dt_none("We lost 3,000 people on 9/11.");
	/* review F2: London's and Mumbai's attacks by their days */
	dt_none("The attack on 7/7 killed 52 people.");
	dt_none("India will never forget what happened on 26/11.");
	dt_none("Shops stay open on 24/7 schedules.");
}

/* "on N/M" before a unit of measure or odds, or in a cricket
 * scorecard's sentence, is a quantity: a plot's size, a price, a
 * bowler's figures (review F2). */
Test(dates_numbers, an_on_fraction_that_is_a_quantity)
{
	dt_none("The home sits on 1/4 acre near the lake.");
	dt_none("The home sits on 1/2 an acre near the lake.");
	dt_none("Golden Arrow, sent off on 5/2 odds, won at Ascot.");
	dt_none("Bumrah, on 3/12 after four overs, was unplayable.");
	dt_none("Australia were bowled out on 3/12 in the second innings.");
	/* still the day */
	dt_one("The vote on 5/12 was close.", "5/12", TIMEX_DATE,
	    "2016-05-12");
	dt_one("The home sold on 5/12 for $450,000.", "5/12", TIMEX_DATE,
	    "2016-05-12");
}

/* A year after "at least" or "about" that follows a word of time is a
 * year, not a count ("from at least 2019 until March 2024", "since at
 * least 1980"); after "by" or with a count noun it stays a count. */
Test(dates_numbers, a_year_after_at_least_since)
{
	dt_one("The turnout was the highest since at least 1980.", "1980",
	    TIMEX_DATE, "1980");
	dt_one("It has run from about 2009.", "2009", TIMEX_DATE, "2009");
	dt_none("Sales rose by about 2000 units.");
	dt_none("Prices rose by at least 2015 points.");
}

/* The year first with slashes, as Japanese, Chinese and South African
 * outlets write a date ("2019/05/01"), read as the ISO order with
 * dashes is; the same mark both times, so a split year ("2019/20
 * season") stays one year and no thirteenth month is a date. */
Test(dates_numbers, a_year_first_date_with_slashes)
{
	dt_one("Reiwa begins on 2019/05/01 in Tokyo.", "2019/05/01",
	    TIMEX_DATE, "2019-05-01");
	dt_one("The court filed it on 2016/8/9, it said.", "2016/8/9",
	    TIMEX_DATE, "2016-08-09");
	dt_one("The club won the 2015/16 season, it said.", "2015/16 season",
	    TIMEX_DATE, "2015");
	dt_none("Case 2019/13/01 was filed.");
	dt_none("Case 2019/05-01 was filed.");
}

/* An ordinal decade of a century is that decade, one timex ("the first
 * decade of the century": the publication's century, 2000-2009, "200";
 * was "the first decade" P10Y, a length); with no century after it
 * the length stays. */
Test(dates_numbers, an_ordinal_decade_of_a_century)
{
	dt_one("Growth was fast in the first decade of the century.",
	    "the first decade of the century", TIMEX_DATE, "200");
	dt_one("Prices fell in the third decade of the twentieth century.",
	    "the third decade of the twentieth century", TIMEX_DATE, "192");
	dt_one("The first decade was hard.", "The first decade",
	    TIMEX_DURATION, "P10Y");
}

/* A month and day with no year after a court's or a calendar's "set
 * for", "scheduled for", "postponed until", as after "on" (were none);
 * the figures must end their phrase ("set for 1/2 price" is a share). */
Test(dates_numbers, a_month_slash_day_a_hearing_is_set_for)
{
	dt_one("A status hearing is set for 9/2.", "9/2", TIMEX_DATE,
	    "2016-09-02");
	dt_one("The hearing was postponed until 9/14, the clerk said.",
	    "9/14", TIMEX_DATE, "2016-09-14");
	dt_none("It is set for 1/2 price.");
}
