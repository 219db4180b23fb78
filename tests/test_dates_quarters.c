/*
 * test_dates_quarters.c — workers/extract/dates/quarters.c: quarters
 * and halves that are no calendar's (the shared checks: dates_check.h).
 * The calendar and fiscal quarters themselves are in test_dates.c.
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
}
