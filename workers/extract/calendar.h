/*
 * calendar.h — proleptic Gregorian calendar arithmetic for the date
 * extractor: leap years, month lengths, day numbers, day of week, adding
 * days, months and years, ISO 8601 weeks and week-years, quarters.
 *
 * Pure functions on plain integers; no time zones, no locale, no libc time.
 * Day numbers count days from 1970-01-01 (day 0), negative before it, so
 * the difference of two day numbers is the number of days between them.
 */
#ifndef QUARRY_CALENDAR_H
#define QUARRY_CALENDAR_H

#include <stdint.h>

/*
 * Years beyond this (either way) are saturated by the adding functions:
 * counts come from text and can be anything, and a million years keeps
 * every day number well inside int64 and every value inside a TIMEX3
 * buffer.
 */
#define CAL_YEAR_MAX	999999

struct cal_date {
	int	 year;		/* astronomical: 0 = 1 BC */
	int	 month;		/* 1..12 */
	int	 day;		/* 1..cal_days_in_month() */
};

int	cal_is_leap(int year);
int	cal_days_in_month(int year, int month);	/* 0 if month not 1..12 */
int	cal_valid(int year, int month, int day);

/* Day number of a civil date, and back (H. Hinnant's algorithms). */
int64_t	cal_days_from_civil(int year, int month, int day);
struct cal_date cal_civil_from_days(int64_t days);

/* ISO day of week: 1 = Monday .. 7 = Sunday. */
int	cal_weekday(int year, int month, int day);

/* Shift a date; months and years clamp the day to the month's end
 * (Jan 31 + 1 month = Feb 28 or 29; Feb 29 + 1 year = Feb 28). */
struct cal_date cal_add_days(struct cal_date, int64_t n);
struct cal_date cal_add_months(struct cal_date, int n);
struct cal_date cal_add_years(struct cal_date, int n);

/* ISO 8601 week date: the week-year (which may differ from the calendar
 * year at its ends) and week 1..53; weeks in a week-year: 52 or 53. */
void	cal_iso_week(int year, int month, int day, int *week_year,
	    int *week);
int	cal_iso_weeks_in_year(int week_year);

/* The Monday of ISO week (week_year, week). */
struct cal_date cal_iso_week_monday(int week_year, int week);

/* Quarter 1..4 of a month. */
int	cal_quarter(int month);

/* Days from a to b (b - a). */
int64_t	cal_diff_days(struct cal_date a, struct cal_date b);

#endif
