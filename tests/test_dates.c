/*
 * test_dates.c — workers/extract/dates.c: each form of date, time,
 * duration and set the extractor covers, with its exact byte span, type
 * and TIMEX3 value against a fixed publication date (Wednesday,
 * 2016-08-17); the false friends it must leave alone; X-values without a
 * publication date; byte offsets after multi-byte text; hostile input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "extract.h"
#include "message.h"

/* The fixed publication date of these tests: a Wednesday. */
#define DT_YEAR		2016
#define DT_MONTH	8
#define DT_DAY		17

static struct extract_out dt_out;

static void
dt_fini(void)
{
	free(dt_out.dates.v);
	free(dt_out.quotes.v);
	memset(&dt_out, 0, sizeof(dt_out));
}

/* Run the extractor over body, published y-m-d (y 0: no date). */
static void
dt_run_on(const char *body, int y, int m, int d)
{
	struct article a;

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("t");
	a.body = str_make(body, strlen(body));
	a.pub.year = y;
	a.pub.month = m;
	a.pub.day = d;
	dt_out.dates.n = 0;
	cr_assert_eq(dates_extract(&a, &dt_out), 0);
}

static void
dt_run(const char *body)
{
	dt_run_on(body, DT_YEAR, DT_MONTH, DT_DAY);
}

static const char *const dt_types[] = { "DATE", "TIME", "DURATION",
	"SET" };

/*
 * The body must hold a timex spanning exactly the first occurrence of
 * text, with this type and value.
 */
static void
dt_expect(const char *body, const char *text, enum timex_type type,
    const char *value)
{
	const char *at = strstr(body, text);
	uint32_t start, end;
	size_t i;

	cr_assert_not_null(at, "test bug: %s not in %s", text, body);
	start = (uint32_t)(at - body);
	end = start + (uint32_t)strlen(text);
	for (i = 0; i < dt_out.dates.n; i++) {
		const struct timex3 *t = &dt_out.dates.v[i];

		if (t->start != start || t->end != end)
			continue;
		cr_assert_eq(t->type, type, "%s: type %s, want %s", text,
		    dt_types[t->type], dt_types[type]);
		cr_assert_str_eq(t->value, value, "%s: value", text);
		return;
	}
	for (i = 0; i < dt_out.dates.n; i++) {
		const struct timex3 *t = &dt_out.dates.v[i];

		cr_log_error("found [%u,%u) \"%.*s\" %s", t->start, t->end,
		    (int)(t->end - t->start), body + t->start, t->value);
	}
	cr_assert_fail("no timex [%u,%u) \"%s\" in \"%s\"", start, end, text,
	    body);
}

/* One sentence, one expected timex, nothing else. */
static void
dt_one(const char *body, const char *text, enum timex_type type,
    const char *value)
{
	dt_run(body);
	dt_expect(body, text, type, value);
	cr_assert_eq(dt_out.dates.n, 1, "%s: %zu timexes", body,
	    dt_out.dates.n);
}

static void
dt_none(const char *body)
{
	size_t i;

	dt_run(body);
	for (i = 0; i < dt_out.dates.n; i++) {
		const struct timex3 *t = &dt_out.dates.v[i];

		cr_log_error("found \"%.*s\" %s", (int)(t->end - t->start),
		    body + t->start, t->value);
	}
	cr_assert_eq(dt_out.dates.n, 0, "%s", body);
}

TestSuite(dates, .fini = dt_fini);

Test(dates, full_dates)
{
	dt_one("It opened on August 15, 2016 in Rome.", "August 15, 2016",
	    TIMEX_DATE, "2016-08-15");
	dt_one("It opened on 15 August 2016 in Rome.", "15 August 2016",
	    TIMEX_DATE, "2016-08-15");
	dt_one("It opened Aug. 15, 2016, in Rome.", "Aug. 15, 2016",
	    TIMEX_DATE, "2016-08-15");
	dt_one("Filed 2016-08-15 in Rome.", "2016-08-15", TIMEX_DATE,
	    "2016-08-15");
	dt_one("Filed 8/15/2016 in Rome.", "8/15/2016", TIMEX_DATE,
	    "2016-08-15");
	dt_one("Born Sept. 3, 1946, in Ohio.", "Sept. 3, 1946", TIMEX_DATE,
	    "1946-09-03");
	dt_one("It closed on Monday, Aug. 15, as planned.",
	    "Monday, Aug. 15", TIMEX_DATE, "2016-08-15");
}

Test(dates, months_and_years)
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

Test(dates, month_day_without_year)
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

Test(dates, weekdays)
{
	/* 2016-08-17 is a Wednesday: the past Monday is the 15th */
	dt_one("The minister resigned Monday, aides said.", "Monday",
	    TIMEX_DATE, "2016-08-15");
	dt_one("The board will meet Monday to vote.", "Monday", TIMEX_DATE,
	    "2016-08-22");
	dt_one("They meet next Monday in Paris.", "next Monday", TIMEX_DATE,
	    "2016-08-22");
	dt_one("They met last Monday in Paris.", "last Monday", TIMEX_DATE,
	    "2016-08-15");
	dt_one("They meet this coming Monday in Paris.",
	    "this coming Monday", TIMEX_DATE, "2016-08-22");
	dt_one("He spoke Wednesday, aides said.", "Wednesday", TIMEX_DATE,
	    "2016-08-17");
	dt_one("Rain fell Friday morning, officials said.", "Friday morning",
	    TIMEX_TIME, "2016-08-12TMO");
	dt_one("Markets close on Sundays here.", "Sundays", TIMEX_SET,
	    "XXXX-WXX-7");
}

Test(dates, deictic_words)
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

Test(dates, relative_offsets)
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

Test(dates, durations)
{
	dt_one("He served three years in prison.", "three years",
	    TIMEX_DURATION, "P3Y");
	dt_one("He served 35 years in prison.", "35 years", TIMEX_DURATION,
	    "P35Y");
	dt_one("The talks lasted two weeks, aides said.", "two weeks",
	    TIMEX_DURATION, "P2W");
	dt_one("The talks lasted six months, aides said.", "six months",
	    TIMEX_DURATION, "P6M");
	dt_one("The talks lasted a decade, aides said.", "a decade",
	    TIMEX_DURATION, "P1DE");
	dt_one("It took twenty-five years to build.", "twenty-five years",
	    TIMEX_DURATION, "P25Y");
	dt_one("It took forty years to build.", "forty years",
	    TIMEX_DURATION, "P40Y");
	dt_one("Sales rose in the past three years, it said.",
	    "the past three years", TIMEX_DURATION, "P3Y");
	dt_one("Profit rose 5% in the first nine months, it said.",
	    "the first nine months", TIMEX_DURATION, "P9M");
	dt_one("After a 16-hour flight she landed.", "16-hour",
	    TIMEX_DURATION, "PT16H");
	dt_one("She spent 5 1/2 hours in Nairobi.", "5 1/2 hours",
	    TIMEX_DURATION, "PT5H30M");
	dt_one("They waited one minute, no more.", "one minute",
	    TIMEX_DURATION, "PT1M");
	dt_one("They have argued for years about it.", "years",
	    TIMEX_DURATION, "PXY");
}

Test(dates, decades_and_centuries)
{
	dt_one("Rates were high in the 1990s, he said.", "the 1990s",
	    TIMEX_DATE, "199");
	dt_one("Rates were high in the '90s, he said.", "the '90s",
	    TIMEX_DATE, "199");
	dt_one("Rates were high in the early 1980s, he said.",
	    "the early 1980s", TIMEX_DATE, "198");
	dt_one("It was built in the 19th century, he said.",
	    "the 19th century", TIMEX_DATE, "18");
}

Test(dates, quarters)
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
}

Test(dates, clock_times)
{
	dt_one("The blast came at 3 p.m. near the port.", "3 p.m.",
	    TIMEX_TIME, "2016-08-17T15:00");
	dt_one("The blast came at 15:00 GMT near the port.", "15:00 GMT",
	    TIMEX_TIME, "2016-08-17T15:00");
	dt_one("The blast came at 10:35 a.m. near the port.", "10:35 a.m.",
	    TIMEX_TIME, "2016-08-17T10:35");
	dt_one("Talks broke off at noon Monday, police said.",
	    "noon Monday", TIMEX_TIME, "2016-08-15T12:00");
	dt_one("It starts at 9 a.m. tomorrow in Ohio.", "9 a.m. tomorrow",
	    TIMEX_TIME, "2016-08-18T09:00");
	dt_one("They left at 12 a.m. sharp.", "12 a.m.", TIMEX_TIME,
	    "2016-08-17T00:00");
}

Test(dates, sets)
{
	dt_one("The paper prints daily in Havana.", "daily", TIMEX_SET,
	    "P1D");
	dt_one("They rally every day in Havana.", "every day", TIMEX_SET,
	    "P1D");
	dt_one("It flies each Thursday from Bombay.", "each Thursday",
	    TIMEX_SET, "XXXX-WXX-4");
	dt_one("It pays $1 million a year to them.", "a year", TIMEX_SET,
	    "P1Y");
}

Test(dates, false_friends)
{
	dt_none("You may go home, he said.");
	dt_none("May I help you, he asked.");
	dt_none("Thousands march on the capital.");
	dt_none("It was a long march to the sea.");
	dt_none("We sat down and talked.");
	dt_none("The Sun reported the story first.");
	dt_none("He paid $2016 for the car.");
	dt_none("He paid $1998.50 for the car.");
	dt_none("Turnout was 20% in the city.");
	dt_none("Milan won 3-2 in extra time.");
	dt_none("More than 2,000 people gathered.");
	dt_none("Some 2000 people gathered.");
	dt_none("They counted 1,998 ballots.");
	dt_none("Add 1/2 cup of flour.");
	dt_none("Version 2.0.1 fixes the bug.");
	dt_none("Call 555-1998 for details.");
	dt_none("Call (212) 555-2016 for details.");
	dt_none("They marked the 71st anniversary of the march.");
	dt_none("The 6-year-old boy was rescued.");
	dt_none("The ratio was 2016:1 at the end.");
	dt_none("It costs 12345678901234567890 dollars.");
}

Test(dates, no_published_date)
{
	static const struct {
		const char	*body, *text, *value;
		enum timex_type	 type;
	} cases[] = {
		{ "He resigned Monday, aides said.", "Monday",
		  "XXXX-WXX-1", TIMEX_DATE },
		{ "The deal closed Aug. 15 in Rome.", "Aug. 15",
		  "XXXX-08-15", TIMEX_DATE },
		{ "The rebels attacked yesterday.", "yesterday",
		  "XXXX-XX-XX", TIMEX_DATE },
		{ "Prices rose last year, it said.", "last year", "XXXX",
		  TIMEX_DATE },
		{ "Prices rose last week, it said.", "last week",
		  "XXXX-WXX", TIMEX_DATE },
		{ "He left in December and came back.", "December",
		  "XXXX-12", TIMEX_DATE },
		{ "Profit rose in the third quarter.", "the third quarter",
		  "XXXX-Q3", TIMEX_DATE },
		{ "The blast came at 3 p.m. near the port.", "3 p.m.",
		  "XXXX-XX-XXT15:00", TIMEX_TIME },
		{ "He is now in Rome.", "now", "PRESENT_REF", TIMEX_DATE },
		{ "It opened on August 15, 2016 in Rome.", "August 15, 2016",
		  "2016-08-15", TIMEX_DATE },
		{ "He served three years in prison.", "three years", "P3Y",
		  TIMEX_DURATION },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		dt_run_on(cases[i].body, 0, 0, 0);
		dt_expect(cases[i].body, cases[i].text, cases[i].type,
		    cases[i].value);
	}
}

Test(dates, every_month_and_weekday_name)
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

Test(dates, utf8_before_the_date)
{
	const char *body = "Caf\xc3\xa9 na\xc3\xafve \xe2\x80\x94 "
	    "\xe6\x9d\xb1\xe4\xba\xac \xf0\x9f\x98\x80 opened August 15, "
	    "2016 \xe2\x80\x9c" "today\xe2\x80\x9d.";

	dt_run(body);
	dt_expect(body, "August 15, 2016", TIMEX_DATE, "2016-08-15");
	dt_expect(body, "today", TIMEX_DATE, "2016-08-17");
	cr_assert_eq(dt_out.dates.n, 2);
}

Test(dates, empty_and_tiny_bodies)
{
	dt_none("");
	dt_none(" ");
	dt_none("May");
	dt_none("2016-13-45");
	dt_none("8/15/");
	dt_one("2016", "2016", TIMEX_DATE, "2016");
}

Test(dates, megabyte_of_digits_and_slashes)
{
	/* 1 MiB: a hostile body far above any real article. */
	const size_t len = 1u << 20;
	char *body = malloc(len + 1);
	uint32_t x = 12345, prev_end = 0;
	size_t i;

	cr_assert_not_null(body);
	for (i = 0; i < len; i++) {
		x = x * 1103515245u + 12345u;
		body[i] = (x >> 16) % 4 == 0 ? '/' : (char)('0' + (x >> 8) % 10);
	}
	body[len] = '\0';
	dt_run(body);
	cr_assert_lt(dt_out.dates.n, len / 4);
	for (i = 0; i < dt_out.dates.n; i++) {
		const struct timex3 *t = &dt_out.dates.v[i];

		cr_assert_lt(t->start, t->end);
		cr_assert_leq(t->end, len);
		cr_assert_geq(t->start, prev_end, "overlap at %zu", i);
		cr_assert_lt(strlen(t->value), TIMEX_VALUE_MAX);
		cr_assert_gt(strlen(t->value), 0);
		prev_end = t->end;
	}
	free(body);
}
