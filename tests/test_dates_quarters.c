/*
 * test_dates_quarters.c — workers/extract/dates/quarters.c: calendar
 * and fiscal quarters and halves (Q3'23, the June quarter, the latest
 * period), fiscal years, the year's end, and quarters and halves that
 * are no calendar's (the shared checks: dates_check.h).
 */
#include "dates_check.h"

TestSuite(dates_quarters, .fini = dt_fini);

/* A quarter or half of a game ("a touchdown pass in the third quarter",
 * "the fourth quarter of the game", "at halftime ... the second half")
 * is no calendar period: TimeML's DATE names calendar periods, so no
 * timex.  Without a game's word the calendar's stands, and a year named
 * makes it the calendar's whatever the sentence. */
Test(dates_quarters, a_game_quarter_is_no_calendar_quarter)
{
	dt_none("He threw a touchdown pass in the third quarter.");
	dt_none("The Bears rallied in the fourth quarter of the game.");
	dt_none("They led at halftime but fell apart in the second half.");
	dt_none("She had 11 rebounds in the first half, the coach said.");
	dt_one("Profit rose in the third quarter, the company said.",
	    "the third quarter", TIMEX_DATE, "2016-Q3");
	dt_one("Sales grew in the second half, the company said.",
	    "the second half", TIMEX_DATE, "2016-H2");
	dt_one("Ad sales rose in the fourth quarter of 2015 on touchdown "
	    "replays.", "the fourth quarter of 2015", TIMEX_DATE, "2015-Q4");
}

/* A quarter or half after a year's possessive is that year's, one
 * timex ("2023's first quarter" as "the first quarter of 2023"); the
 * analysts' shorthand writes the number before its letter ("3Q24",
 * "1H 2024"), a half only with its year. */
Test(dates_quarters, a_year_s_quarter_and_the_analysts_shorthand)
{
	dt_one("Sales in 2015's first quarter rose.", "2015's first quarter",
	    TIMEX_DATE, "2015-Q1");
	dt_one("Profit in 2017's second half will rise.",
	    "2017's second half", TIMEX_DATE, "2017-H2");
	dt_one("Results for 2Q16 beat forecasts.", "2Q16", TIMEX_DATE,
	    "2016-Q2");
	dt_one("Results for 3Q 2015 were weak.", "3Q 2015", TIMEX_DATE,
	    "2015-Q3");
	dt_one("Sales in 1H15 grew.", "1H15", TIMEX_DATE, "2015-H1");
	dt_one("The 4Q results beat.", "4Q", TIMEX_DATE, "2016-Q4");
	dt_none("He drew it with a 2H pencil.");
	dt_one("In 2015's election, he won.", "2015", TIMEX_DATE, "2015");
}

/* The games' words of today's recaps: "scored" (a company posts or
 * earns), "overtime", "yards", a dunk, a three-pointer, a goalkeeper,
 * an equalizer; "points" stays out (a poll's and an index's). */
Test(dates_quarters, sports_recaps_quarters_and_halves)
{
	dt_none("He scored 30 points in the fourth quarter.");
	dt_none("The Chiefs gained 80 yards in the third quarter.");
	dt_none("His three-pointer in the second half sealed it.");
	dt_none("Kane's equalizer came in the second half.");
	dt_none("The goalkeeper was busy in the first half.");
	dt_one("Her lead was up 2 points in the first quarter, the poll said.",
	    "the first quarter", TIMEX_DATE, "2016-Q1");
}

/* A half of the decade, the century or the year named with "the" or
 * "this": one timex, the decade's or century's start or end ("the
 * second half of the decade" 201, END), the year's half ("the first
 * half of the year" 2016-H1, as "the first half of next year" is);
 * not a game's ("the second half of the game"). */
Test(dates_quarters, halves_of_the_decade_century_and_year)
{
	dt_one("The second half of the decade will be hard.",
	    "The second half of the decade", TIMEX_DATE, "201");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
	dt_one("In the first half of this century, wars raged.",
	    "the first half of this century", TIMEX_DATE, "20");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_START);
	dt_one("Sales rose in the first half of the year.",
	    "the first half of the year", TIMEX_DATE, "2016-H1");
	dt_none("The second half of the game was dull.");
}

/* A quarter or half code before its fiscal year: "Q3 FY26", "H1 fiscal
 * 2025", one timex in the year's label, as "Q3 of FY2025" is. */
Test(dates_quarters, a_quarter_code_before_its_fiscal_year)
{
	dt_one("Sales rose in Q3 FY26 at last.", "Q3 FY26", TIMEX_DATE,
	    "2026-Q3");
	dt_one("Costs fell in H1 fiscal 2025 again.", "H1 fiscal 2025",
	    TIMEX_DATE, "2025-H1");
	/* glued, as Indian papers and brokers write it */
	dt_one("Profit in Q2FY27 rose.", "Q2FY27", TIMEX_DATE, "2027-Q2");
	dt_one("H1FY27 revenue rose.", "H1FY27", TIMEX_DATE, "2027-H1");
}

Test(dates_quarters, quarters)
{
	dt_one("Profit rose in the third quarter, it said.",
	    "the third quarter", TIMEX_DATE, "2016-Q3");
	dt_one("Its first-quarter profit rose.", "first-quarter",
	    TIMEX_DATE, "2016-Q1");
	dt_one("The third-quarter loss widened.", "third-quarter",
	    TIMEX_DATE, "2016-Q3");
	dt_one("Profit fell in the year-ago quarter, it said.",
	    "the year-ago quarter", TIMEX_DATE, "2015-Q2");
	/* a year before a quarter just named is that quarter's year */
	dt_run("Profit rose in the third quarter from $5 a year earlier.");
	dt_expect("Profit rose in the third quarter from $5 a year earlier.",
	    "a year earlier", TIMEX_DATE, "2015-Q3");
	/* "the 1988 quarter", "the 1989 period": the quarter reported, in
	 * the year named; with no quarter named, the year */
	dt_run("Net rose in the third quarter. The 1988 quarter had a gain.");
	dt_expect("Net rose in the third quarter. The 1988 quarter had a gain.",
	    "The 1988 quarter", TIMEX_DATE, "1988-Q3");
	dt_one("Sales rose from the 1988 period.", "the 1988 period",
	    TIMEX_DATE, "1988");
	/* a year named by its distance from publication */
	dt_one("It expects growth in the first half of next year.",
	    "the first half of next year", TIMEX_DATE, "2017-H1");
	dt_one("Sales fell in the second quarter of last year.",
	    "the second quarter of last year", TIMEX_DATE, "2015-Q2");
	/* the business shorthand */
	dt_one("It reported results for Q2 2024 in a filing.", "Q2 2024",
	    TIMEX_DATE, "2024-Q2");
	dt_run("Revenue grew in Q3, and H1 2025 looks strong.");
	dt_expect("Revenue grew in Q3, and H1 2025 looks strong.", "Q3",
	    TIMEX_DATE, "2016-Q3");
	dt_expect("Revenue grew in Q3, and H1 2025 looks strong.", "H1 2025",
	    TIMEX_DATE, "2025-H1");
	dt_none("He drove a Q5 to the H2O plant.");
}

Test(dates_quarters, the_latest_period)
{
	/* an earnings story reports the quarter before publication */
	dt_one("Sales in the latest period were $1.76 billion.",
	    "the latest period", TIMEX_DATE, "2016-Q2");
}

/* "by year-end" is "by the end of the year": the year, mod END, however
 * it is spelled; "since year-end" counts from the year's last day. */
Test(dates_quarters, year_end_after_a_preposition)
{
	dt_one("The deal should close by year-end.", "year-end",
	    TIMEX_DATE, "2016");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
	dt_one("It is expected to close around year end.", "year end",
	    TIMEX_DATE, "2016");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
	dt_one("It should be done by the end of the year.",
	    "the end of the year", TIMEX_DATE, "2016");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
	dt_one("The index is up 9% since year-end.", "year-end",
	    TIMEX_DATE, "2015-12-31");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_NONE);
	dt_none("It posted year-end results and a loss.");
}

/* Fiscal years by their label, as TimeBank values "fiscal 1989": the
 * business shorthand FY2024, FY24; a fiscal quarter or half keeps it. */
Test(dates_quarters, fiscal_years_and_their_quarters)
{
	dt_one("Sales rose in FY2024, it said.", "FY2024", TIMEX_DATE, "2024");
	dt_one("Sales rose in FY 2025, it said.", "FY 2025", TIMEX_DATE,
	    "2025");
	dt_one("Sales rose in FY24, it said.", "FY24", TIMEX_DATE, "2024");
	dt_one("Spending grows in fiscal year 2023.", "fiscal year 2023",
	    TIMEX_DATE, "2023");
	dt_one("Profit rose in the first quarter of fiscal 2024.",
	    "the first quarter of fiscal 2024", TIMEX_DATE, "2024-Q1");
	dt_one("Profit rose in Q3 of FY2025.", "Q3 of FY2025", TIMEX_DATE,
	    "2025-Q3");
	dt_one("Costs fell in the second half of fiscal year 2021.",
	    "the second half of fiscal year 2021", TIMEX_DATE, "2021-H2");
	dt_none("The FYI column ran.");
}

Test(dates_quarters, the_last_half)
{
	dt_one("Earnings will fall in the last half of 1989.",
	    "the last half of 1989", TIMEX_DATE, "1989-H2");
	dt_one("It was built in the last half of the '80s.",
	    "the last half of the '80s", TIMEX_DATE, "198");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
}

/* "The fourth quarter" early in the year is the one just ended; a
 * compound or a fraction names no quarter, but "quarter-to-quarter"
 * in an earnings story still sets the quarter reported as the frame. */
Test(dates_quarters, quarters_just_ended_compounds_and_fractions)
{
	const char *body = "Profit fell in the fourth quarter, it said.";

	dt_run_on(body, 2016, 2, 3);
	dt_expect(body, "the fourth quarter", TIMEX_DATE, "2015-Q4");
	body = "Profit will rise in the fourth quarter.";
	dt_run_on(body, 2016, 2, 3);
	dt_expect(body, "the fourth quarter", TIMEX_DATE, "2016-Q4");
	dt_one("Profit fell in the fourth quarter, it said.",
	    "the fourth quarter", TIMEX_DATE, "2016-Q4");
	dt_none("The quarter-to-quarter comparison improved.");
	dt_none("He won the quarter of caucus voters who lean left.");
	dt_none("It is the quarter-century-old brigade.");
	body = "Net rose in the third quarter. After a flat second quarter, "
	    "sales grew. The quarter-to-quarter comparison was helped by "
	    "charges in the year-earlier period.";
	dt_run_on(body, 2016, 10, 26);
	dt_expect(body, "the third quarter", TIMEX_DATE, "2016-Q3");
	dt_expect(body, "second quarter", TIMEX_DATE, "2016-Q2");
	dt_expect(body, "the year-earlier period", TIMEX_DATE, "2015-Q3");
	cr_assert_eq(dt_out.dates.n, 3);
}

/* "the June quarter" (Australian, Indian and Japanese reports): the
 * quarter ending in that month, in the year the month takes; "the May
 * quarter" is no quarter's name. */
Test(dates_quarters, a_quarter_named_by_its_last_month)
{
	dt_one("Profit rose in the June quarter, it said.", "June quarter",
	    TIMEX_DATE, "2016-Q2");
	dt_one("Profit will rise in the December quarter.",
	    "December quarter", TIMEX_DATE, "2016-Q4");
	dt_one("Sales grew in the March quarter, it said.", "March quarter",
	    TIMEX_DATE, "2016-Q1");
	dt_one("Profit rose in the May quarter, it said.", "May",
	    TIMEX_DATE, "2016-05");
}

/* The business shorthand with a short year: "Q3'23", "Q3 '23". */
Test(dates_quarters, quarter_code_with_a_short_year)
{
	dt_one("Sales rose in Q3'15, it said.", "Q3'15", TIMEX_DATE,
	    "2015-Q3");
	dt_one("Sales rose in Q3 '15, it said.", "Q3 '15", TIMEX_DATE,
	    "2015-Q3");
	dt_one("Sales rose in Q3's final month.", "Q3", TIMEX_DATE,
	    "2016-Q3");
}

/* A quarter with no number named by the month it ends in is that
 * month's calendar quarter ("the quarter ending December 2026" is
 * 2026-Q4, was the quarter before publication, 2026-Q3): the year
 * written, else an ended quarter's is the last that month closed, an
 * ending one's the nearest.  A numbered quarter keeps its fiscal label
 * ("its fourth quarter ended June 30": Q4). */
Test(dates_quarters, a_quarter_named_by_the_month_it_ends_in)
{
	const char *b = "Revenue for the quarter ending December 2026 will "
	    "rise. The quarter ending March 31, 2027 will be weaker.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the quarter", TIMEX_DATE, "2026-Q4");
	dt_expect(b, "The quarter", TIMEX_DATE, "2027-Q1");
	b = "In the quarter ended Sept. 30, profit fell.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the quarter", TIMEX_DATE, "2026-Q3");
	b = "Sales in the quarter that ended in June rose.";
	dt_run_on(b, 2027, 1, 20);
	dt_expect(b, "the quarter", TIMEX_DATE, "2026-Q2");
	b = "The quarter ending in March will be weaker.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "The quarter", TIMEX_DATE, "2027-Q1");
	b = "It lost money in its fourth quarter ended June 30.";
	dt_run_on(b, 2026, 8, 7);
	dt_expect(b, "fourth quarter", TIMEX_DATE, "2026-Q4");
	/* a month that closes no calendar quarter (a retailer's quarter
	 * ended April 30, February to April) names none: the quarter is
	 * the last complete one, as with no month */
	b = "Walmart said sales rose in the quarter ended April 30.";
	dt_run_on(b, 2026, 5, 19);
	dt_expect(b, "the quarter", TIMEX_DATE, "2026-Q1");
}

/* With no year written, the quarter takes the year its month's own
 * timex takes, so the two agree (review F3b: "the quarter ending in
 * March were strong", written in December, was 2027-Q1 beside March
 * 2026); and the day may come first, as British and Indian reports
 * write it ("the quarter ended 30 June", which kept the last complete
 * quarter). */
Test(dates_quarters, a_quarter_ending_agrees_with_its_month)
{
	const char *b = "Results for the quarter ending in March were "
	    "strong.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the quarter", TIMEX_DATE, "2026-Q1");
	dt_expect(b, "March", TIMEX_DATE, "2026-03");
	b = "Results for the quarter ending March 31 were strong.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the quarter", TIMEX_DATE, "2026-Q1");
	dt_expect(b, "March 31", TIMEX_DATE, "2026-03-31");
	b = "Results for the quarter ending in March will be strong.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the quarter", TIMEX_DATE, "2027-Q1");
	dt_expect(b, "March", TIMEX_DATE, "2027-03");
	b = "Net profit for the quarter ended 30 June rose 12 per cent.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the quarter", TIMEX_DATE, "2026-Q2");
	dt_expect(b, "30 June", TIMEX_DATE, "2026-06-30");
	b = "Profit for the quarter ended 31st March 2026 rose.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the quarter", TIMEX_DATE, "2026-Q1");
}

/* "year to date", "year-to-date" (markets' and accounts' "up 12 per
 * cent year to date") is this year so far: the publication year, as
 * "so far this year" names it; not the verb "to date it". */
Test(dates_quarters, year_to_date)
{
	const char *b = "Shares have risen 12 per cent year to date. "
	    "Year-to-date sales are up 4%.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "year to date", TIMEX_DATE, "2026");
	dt_expect(b, "Year-to-date", TIMEX_DATE, "2026");
	cr_assert_eq(dt_out.dates.n, 2);
	dt_none("They had no year to date it by.");
	/* after a superlative, "to date" ranks a year among all so far:
	 * not the publication year */
	b = "Last year was the warmest year to date. 2023 was the "
	    "company's best year to date.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "Last year", TIMEX_DATE, "2025");
	dt_expect(b, "2023", TIMEX_DATE, "2023");
	cr_assert_eq(dt_out.dates.n, 2);
}

/* A calendar half named by its last month, as a quarter is:
 * Australian and British results' "the half-year ended 30 June", "the
 * half year to 31 December", "the June half", "the December half";
 * and the British "the quarter to September". */
Test(dates_quarters, a_half_named_by_its_last_month)
{
	const char *b = "The bank's results for the half-year ended 30 June "
	    "were strong.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the half-year", TIMEX_DATE, "2026-H1");
	dt_expect(b, "30 June", TIMEX_DATE, "2026-06-30");
	b = "Profit for the half year to 31 December will rise.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the half year", TIMEX_DATE, "2026-H2");
	b = "Profit for the half-year to December 2025 rose.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the half-year", TIMEX_DATE, "2025-H2");
	dt_one("Profit rose in the June half, it said.", "June half",
	    TIMEX_DATE, "2016-H1");
	b = "Net profit for the quarter to September rose.";
	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "the quarter", TIMEX_DATE, "2026-Q3");
	dt_none("The half-year was tough.");
	/* "half" of what follows after a preposition, and a school's
	 * half-term: no half-year (review F5) */
	dt_one("In June half the workforce was laid off.", "June",
	    TIMEX_DATE, "2016-06");
	dt_one("By December half of the votes had been counted.",
	    "December", TIMEX_DATE, "2015-12");
	dt_run("Schools close for the June half-term.");
	cr_assert_eq(dt_out.dates.n, 1);
	cr_assert_null(strchr(dt_out.dates.v[0].value, 'H'));
}

/* "scoring", as "scored", is a game's word: its sentence's half is the
 * game's ("Saka scoring twice in the second half"); a half with its
 * year stays the calendar's ("Credit scoring rules change in the first
 * half of 2017"). */
Test(dates_quarters, scoring_is_a_games_word)
{
	dt_none("Saka scoring twice in the second half sealed it.");
	dt_one("Credit scoring rules change in the first half of 2017.",
	    "the first half of 2017", TIMEX_DATE, "2017-H1");
}

/* A quarter or half before a fiscal year's label, as Indian and
 * Australian business news writes it ("first-half FY26"): that year's,
 * by its label, as "of FY26" (was the ordinal alone, the publication
 * year's half, and the label a timex of its own). */
Test(dates_quarters, a_half_before_a_fiscal_label)
{
	dt_one("It expects first-half FY26 sales growth of 3 per cent.",
	    "first-half FY26", TIMEX_DATE, "2026-H1");
	dt_one("Apple reported first-quarter fiscal 2025 revenue.",
	    "first-quarter fiscal 2025", TIMEX_DATE, "2025-Q1");
}
