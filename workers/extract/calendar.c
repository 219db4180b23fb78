/*
 * calendar.c — the proleptic Gregorian calendar: every piece of date
 * arithmetic the extractor needs lives here so dates.c only decides what
 * text means, never how many days February has.
 */
#include "calendar.h"

int
cal_is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
cal_days_in_month(int year, int month)
{
	static const int mdays[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && cal_is_leap(year))
		return 29;
	return mdays[month - 1];
}

int
cal_valid(int year, int month, int day)
{
	return month >= 1 && month <= 12 && day >= 1 &&
	    day <= cal_days_in_month(year, month);
}

/*
 * Eras of 400 years (146097 days) make the Gregorian cycle exact; the
 * year is shifted to start in March so the leap day is the era's last.
 */
int64_t
cal_days_from_civil(int year, int month, int day)
{
	int64_t y = (int64_t)year - (month <= 2);
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t mp = (month + 9) % 12;
	int64_t doy = (153 * mp + 2) / 5 + day - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct cal_date
cal_civil_from_days(int64_t days)
{
	struct cal_date d;
	int64_t z = days + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;

	d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.year = (int)(yoe + era * 400 + (d.month <= 2));
	return d;
}

int
cal_weekday(int year, int month, int day)
{
	int64_t n = cal_days_from_civil(year, month, day);
	/* 1970-01-01 was a Thursday (4). */
	int64_t w = (n + 3) % 7;

	if (w < 0)
		w += 7;
	return (int)w + 1;
}

struct cal_date
cal_add_days(struct cal_date d, int64_t n)
{
	return cal_civil_from_days(cal_days_from_civil(d.year, d.month,
	    d.day) + n);
}

struct cal_date
cal_add_months(struct cal_date d, int n)
{
	int64_t m = (int64_t)d.year * 12 + (d.month - 1) + n;
	int64_t y = m >= 0 ? m / 12 : (m - 11) / 12;
	int dim;

	if (y > CAL_YEAR_MAX || y < -CAL_YEAR_MAX) {
		/* Beyond any calendar text can mean: saturate. */
		d.year = y > 0 ? CAL_YEAR_MAX : -CAL_YEAR_MAX;
		return d;
	}

	d.year = (int)y;
	d.month = (int)(m - y * 12) + 1;
	dim = cal_days_in_month(d.year, d.month);
	if (d.day > dim)
		d.day = dim;
	return d;
}

struct cal_date
cal_add_years(struct cal_date d, int n)
{
	/*
	 * n is read from text ("222221115 years ago"): in months it would
	 * overflow an int.  Saturate the year instead; no such date is
	 * real, but it must not be undefined behaviour.
	 */
	int64_t y = (int64_t)d.year + n;
	int dim;

	if (y > CAL_YEAR_MAX)
		y = CAL_YEAR_MAX;
	if (y < -CAL_YEAR_MAX)
		y = -CAL_YEAR_MAX;
	d.year = (int)y;
	dim = cal_days_in_month(d.year, d.month);
	if (d.day > dim)
		d.day = dim;
	return d;
}

/*
 * ISO 8601: weeks start on Monday and week 1 is the one holding the
 * year's first Thursday, so a date belongs to the week-year of the
 * Thursday of its week.
 */
void
cal_iso_week(int year, int month, int day, int *week_year, int *week)
{
	int64_t n = cal_days_from_civil(year, month, day);
	int wd = cal_weekday(year, month, day);
	int64_t thu = n + (4 - wd);
	struct cal_date t = cal_civil_from_days(thu);
	int64_t jan1 = cal_days_from_civil(t.year, 1, 1);

	*week_year = t.year;
	*week = (int)((thu - jan1) / 7) + 1;
}

int
cal_iso_weeks_in_year(int week_year)
{
	int wy, w;

	/* Dec 28 is always in the week-year's last week. */
	cal_iso_week(week_year, 12, 28, &wy, &w);
	return w;
}

struct cal_date
cal_iso_week_monday(int week_year, int week)
{
	/* Jan 4 is always in week 1. */
	int64_t jan4 = cal_days_from_civil(week_year, 1, 4);
	int wd = cal_weekday(week_year, 1, 4);

	return cal_civil_from_days(jan4 - (wd - 1) + (int64_t)(week - 1) * 7);
}

int
cal_quarter(int month)
{
	return (month - 1) / 3 + 1;
}

int64_t
cal_diff_days(struct cal_date a, struct cal_date b)
{
	return cal_days_from_civil(b.year, b.month, b.day) -
	    cal_days_from_civil(a.year, a.month, a.day);
}
