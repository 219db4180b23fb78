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
