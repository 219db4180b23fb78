/*
 * test_calendar.c — workers/extract/calendar.c: leap years, month
 * lengths, day numbers both ways, day of week, shifting across month and
 * year ends, ISO 8601 weeks at the year boundaries, quarters.
 */
#include <criterion/criterion.h>

#include "calendar.h"

static void
assert_date(struct cal_date d, int y, int m, int day)
{
	cr_assert(d.year == y && d.month == m && d.day == day,
	    "got %04d-%02d-%02d, want %04d-%02d-%02d", d.year, d.month, d.day,
	    y, m, day);
}

static void
assert_week(int y, int m, int d, int wy, int w)
{
	int gy, gw;

	cal_iso_week(y, m, d, &gy, &gw);
	cr_assert(gy == wy && gw == w, "%04d-%02d-%02d: got %d-W%02d, want "
	    "%d-W%02d", y, m, d, gy, gw, wy, w);
}

Test(calendar, leap_years)
{
	cr_assert(!cal_is_leap(1900));
	cr_assert(cal_is_leap(2000));
	cr_assert(cal_is_leap(2016));
	cr_assert(!cal_is_leap(2100));
	cr_assert(!cal_is_leap(2015));
	cr_assert(cal_is_leap(2400));
}

Test(calendar, month_lengths)
{
	static const int y2015[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	int m;

	for (m = 1; m <= 12; m++)
		cr_assert_eq(cal_days_in_month(2015, m), y2015[m - 1],
		    "month %d", m);
	cr_assert_eq(cal_days_in_month(2016, 2), 29);
	cr_assert_eq(cal_days_in_month(1900, 2), 28);
	cr_assert_eq(cal_days_in_month(2000, 2), 29);
	cr_assert_eq(cal_days_in_month(2016, 0), 0);
	cr_assert_eq(cal_days_in_month(2016, 13), 0);
	cr_assert(cal_valid(2016, 2, 29));
	cr_assert(!cal_valid(2015, 2, 29));
	cr_assert(!cal_valid(2016, 4, 31));
	cr_assert(!cal_valid(2016, 1, 0));
}

Test(calendar, day_numbers)
{
	int64_t n;

	cr_assert_eq(cal_days_from_civil(1970, 1, 1), 0);
	cr_assert_eq(cal_days_from_civil(1970, 1, 2), 1);
	cr_assert_eq(cal_days_from_civil(1969, 12, 31), -1);
	cr_assert_eq(cal_days_from_civil(2000, 3, 1), 11017);
	cr_assert_eq(cal_days_from_civil(2016, 8, 15), 17028);
	/* every day of four centuries round-trips and is consecutive */
	for (n = cal_days_from_civil(1800, 1, 1);
	    n <= cal_days_from_civil(2200, 12, 31); n++) {
		struct cal_date d = cal_civil_from_days(n);

		cr_assert(cal_valid(d.year, d.month, d.day));
		cr_assert_eq(cal_days_from_civil(d.year, d.month, d.day), n);
	}
}

Test(calendar, weekdays)
{
	cr_assert_eq(cal_weekday(1970, 1, 1), 4);	/* Thursday */
	cr_assert_eq(cal_weekday(2016, 8, 15), 1);	/* Monday */
	cr_assert_eq(cal_weekday(2000, 1, 1), 6);	/* Saturday */
	cr_assert_eq(cal_weekday(1998, 8, 7), 5);	/* Friday */
	cr_assert_eq(cal_weekday(1900, 1, 1), 1);	/* Monday */
	cr_assert_eq(cal_weekday(2016, 2, 29), 1);
	cr_assert_eq(cal_weekday(1969, 12, 28), 7);	/* Sunday */
}

Test(calendar, add_days)
{
	struct cal_date d = { 2016, 2, 28 };

	assert_date(cal_add_days(d, 1), 2016, 2, 29);
	assert_date(cal_add_days(d, 2), 2016, 3, 1);
	assert_date(cal_add_days((struct cal_date){ 2015, 2, 28 }, 1),
	    2015, 3, 1);
	assert_date(cal_add_days((struct cal_date){ 2015, 12, 31 }, 1),
	    2016, 1, 1);
	assert_date(cal_add_days((struct cal_date){ 2016, 1, 1 }, -1),
	    2015, 12, 31);
	assert_date(cal_add_days((struct cal_date){ 2016, 8, 15 }, 366),
	    2017, 8, 16);
	cr_assert_eq(cal_diff_days((struct cal_date){ 2016, 1, 1 },
	    (struct cal_date){ 2017, 1, 1 }), 366);
}

Test(calendar, add_months_and_years)
{
	assert_date(cal_add_months((struct cal_date){ 2016, 1, 31 }, 1),
	    2016, 2, 29);
	assert_date(cal_add_months((struct cal_date){ 2015, 1, 31 }, 1),
	    2015, 2, 28);
	assert_date(cal_add_months((struct cal_date){ 2016, 3, 31 }, -1),
	    2016, 2, 29);
	assert_date(cal_add_months((struct cal_date){ 2016, 12, 15 }, 1),
	    2017, 1, 15);
	assert_date(cal_add_months((struct cal_date){ 2016, 1, 15 }, -1),
	    2015, 12, 15);
	assert_date(cal_add_months((struct cal_date){ 2016, 8, 15 }, -20),
	    2014, 12, 15);
	assert_date(cal_add_years((struct cal_date){ 2016, 2, 29 }, 1),
	    2017, 2, 28);
	assert_date(cal_add_years((struct cal_date){ 2016, 2, 29 }, 4),
	    2020, 2, 29);
	assert_date(cal_add_years((struct cal_date){ 2016, 8, 15 }, -10),
	    2006, 8, 15);
}

Test(calendar, iso_weeks)
{
	assert_week(2015, 12, 31, 2015, 53);
	assert_week(2016, 1, 3, 2015, 53);
	assert_week(2016, 1, 4, 2016, 1);
	assert_week(2018, 12, 31, 2019, 1);
	assert_week(2016, 8, 15, 2016, 33);
	assert_week(2008, 12, 29, 2009, 1);
	assert_week(2010, 1, 3, 2009, 53);
	assert_week(2005, 1, 1, 2004, 53);
	cr_assert_eq(cal_iso_weeks_in_year(2015), 53);
	cr_assert_eq(cal_iso_weeks_in_year(2016), 52);
	cr_assert_eq(cal_iso_weeks_in_year(2020), 53);
	assert_date(cal_iso_week_monday(2016, 33), 2016, 8, 15);
	assert_date(cal_iso_week_monday(2015, 53), 2015, 12, 28);
	assert_date(cal_iso_week_monday(2019, 1), 2018, 12, 31);
}

Test(calendar, iso_weeks_agree_with_weekdays)
{
	int64_t n;
	int wy, w, pwy = 0, pw = 0;

	/* Weeks advance exactly on Mondays, by one, wrapping to week 1. */
	for (n = cal_days_from_civil(1999, 1, 1);
	    n <= cal_days_from_civil(2030, 12, 31); n++) {
		struct cal_date d = cal_civil_from_days(n);

		cal_iso_week(d.year, d.month, d.day, &wy, &w);
		cr_assert(w >= 1 && w <= cal_iso_weeks_in_year(wy));
		if (pw != 0 && cal_weekday(d.year, d.month, d.day) != 1)
			cr_assert(wy == pwy && w == pw);
		else if (pw != 0)
			cr_assert((wy == pwy && w == pw + 1) ||
			    (wy == pwy + 1 && w == 1));
		pwy = wy;
		pw = w;
	}
}

Test(calendar, quarters)
{
	cr_assert_eq(cal_quarter(1), 1);
	cr_assert_eq(cal_quarter(3), 1);
	cr_assert_eq(cal_quarter(4), 2);
	cr_assert_eq(cal_quarter(9), 3);
	cr_assert_eq(cal_quarter(10), 4);
	cr_assert_eq(cal_quarter(12), 4);
}
