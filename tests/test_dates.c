/*
 * test_dates.c — workers/extract/dates/: the run (dates.c) and what the
 * rule families share: each form of date the calendar names and the
 * relative, deictic and anaphoric ones cover, with its exact byte span,
 * type and TIMEX3 value against a fixed publication date (Wednesday,
 * 2016-08-17); the false friends it must leave alone; X-values without a
 * publication date; narratives; the five samples; byte offsets after
 * multi-byte text; the character classes shared with text.c; hostile
 * input.  The rule families of times.c, durations.c, numbers.c and
 * anchor.c (the tense) have their own files, test_dates_<module>.c; the
 * checks are dates_check.h.  (A word a rule names but words.def lacks
 * does not compile, so no test reads the source for it.)
 */
#include "dates_check.h"

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
	/* day first: a first number over 12, or the dotted European form
	 * with two-digit day and month */
	dt_one("It was filed on 15/08/2016 in London.", "15/08/2016",
	    TIMEX_DATE, "2016-08-15");
	dt_one("The deadline was 15.08.2016 in Berlin.", "15.08.2016",
	    TIMEX_DATE, "2016-08-15");
	dt_none("Version 1.2.2016 shipped.");
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
	/* a plan in the past perfect is over: the past Friday */
	dt_one("The offer had been due to expire Friday evening.",
	    "Friday evening", TIMEX_TIME, "2016-08-12TEV");
	dt_one("The offer is due to expire Friday.", "Friday", TIMEX_DATE,
	    "2016-08-19");
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

Test(dates, anaphora_against_the_last_date_named)
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

Test(dates, later_with_a_date_in_apposition)
{
	const char *b = "Governments were established three years later, on "
	    "August 15, 1948, in Seoul.";

	dt_run(b);
	dt_expect(b, "three years later", TIMEX_DATE, "1948");
	dt_expect(b, "August 15, 1948", TIMEX_DATE, "1948-08-15");
}

Test(dates, ordinal_day_of_the_month)
{
	const char *b = "Agency reported that Putin sent a message to Kim on "
	    "the 13th, stating his respects.";

	/* the 13th of the publication month, already past */
	dt_run_on(b, 2024, 8, 15);
	dt_expect(b, "the 13th", TIMEX_DATE, "2024-08-13");
	/* a day still to come in a past-tense sentence: last month's */
	dt_run_on("The talks ended on the 20th.", 2024, 8, 15);
	dt_expect("The talks ended on the 20th.", "the 20th", TIMEX_DATE,
	    "2024-07-20");
	/* a future one stays in the month, or moves to the next */
	dt_run_on("The talks will resume on the 2nd.", 2024, 8, 15);
	dt_expect("The talks will resume on the 2nd.", "the 2nd",
	    TIMEX_DATE, "2024-09-02");
	dt_none("He lives on the 13th floor of the tower.");
	dt_none("He sat on the 3rd step.");
}

Test(dates, the_weekend)
{
	/* 2016-08-17 is a Wednesday: the past weekend is ISO week 32's */
	dt_one("Protesters marched over the weekend in Rome.", "the weekend",
	    TIMEX_DATE, "2016-W32-WE");
	dt_one("Protesters will march over the weekend in Rome.",
	    "the weekend", TIMEX_DATE, "2016-W33-WE");
}

/* --- the samples in examples/articles.jsonl --- */

#define DT_SAMPLES		"examples/articles.jsonl"
/* A sample line is a few kilobytes of body plus metadata. */
#define DT_SAMPLE_LINE_MAX	65536

static char *dt_sample_body;

/* Run the extractor over the sample with this id, with its published
 * date; the body stays in dt_sample_body until the next call. */
static const char *
dt_sample(const char *id)
{
	static char line[DT_SAMPLE_LINE_MAX];
	FILE *f = fopen(DT_SAMPLES, "r");
	json_error_t jerr;
	int y, m, d;

	cr_assert_not_null(f, "%s (run from the repository root)",
	    DT_SAMPLES);
	while (fgets(line, sizeof(line), f) != NULL) {
		json_t *o = json_loads(line, 0, &jerr);

		cr_assert_not_null(o, "%s: %s", DT_SAMPLES, jerr.text);
		if (strcmp(json_string_value(json_object_get(o, "id")),
		    id) != 0) {
			json_decref(o);
			continue;
		}
		cr_assert_eq(sscanf(json_string_value(json_object_get(o,
		    "published")), "%d-%d-%d", &y, &m, &d), 3);
		free(dt_sample_body);
		dt_sample_body = strdup(json_string_value(json_object_get(o,
		    "body")));
		cr_assert_not_null(dt_sample_body);
		json_decref(o);
		fclose(f);
		dt_run_on(dt_sample_body, y, m, d);
		return dt_sample_body;
	}
	fclose(f);
	cr_assert_fail("no sample %s", id);
	return NULL;
}

static void
dt_sample_fini(void)
{
	free(dt_sample_body);
	dt_sample_body = NULL;
	dt_fini();
}

/* The sample's dates, each right; nothing else (no "Popular Now"). */
static void
dt_sample_exactly(size_t n)
{
	cr_assert_eq(dt_out.dates.n, n, "%zu timexes, want %zu",
	    dt_out.dates.n, n);
}

Test(dates, sample_viewus_on_the_13th_and_yesterday,
    .fini = dt_sample_fini)
{
	const char *b = dt_sample("viewus-2024-liberation-day");

	dt_expect(b, "the 13th", TIMEX_DATE, "2024-08-13");
	dt_expect(b, "today", TIMEX_DATE, "2024-08-15");
	dt_expect(b, "yesterday", TIMEX_DATE, "2024-08-14");
	dt_expect(b, "this day", TIMEX_DATE, "2024-08-15");
	dt_expect(b, "2024", TIMEX_DATE, "2024");
	dt_expect(b, "2025", TIMEX_DATE, "2025");
	/* the holiday named with its country; "on Liberation Day" alone
	 * names none (other countries keep theirs on other days) */
	dt_expect(b, "National Liberation Day of Korea", TIMEX_DATE,
	    "2024-08-15");
	dt_sample_exactly(7);
}

Test(dates, sample_rbc_three_years_later, .fini = dt_sample_fini)
{
	const char *b = dt_sample("rbc-2023-liberation-day");

	dt_expect(b, "three years later", TIMEX_DATE, "1948");
	dt_expect(b, "August 15, 1948", TIMEX_DATE, "1948-08-15");
	dt_expect(b, "35 years", TIMEX_DURATION, "P35Y");
	dt_expect(b, "annually", TIMEX_SET, "P1Y");
	dt_expect_after(b, "annually on", "August 15", TIMEX_DATE,
	    "XXXX-08-15");
	dt_expect(b, "Korea's Liberation Day", TIMEX_DATE, "2023-08-15");
	dt_expect(b, "Korean Liberation Day", TIMEX_DATE, "2023-08-15");
	dt_sample_exactly(7);
}

Test(dates, sample_breitbart_january_and_that_same_year,
    .fini = dt_sample_fini)
{
	const char *b = dt_sample("breitbart-2018-sincere-congratulations");

	dt_expect(b, "Thursday", TIMEX_DATE, "2018-08-16");
	dt_expect(b, "this year", TIMEX_DATE, "2018");
	dt_expect(b, "January", TIMEX_DATE, "2018-01");
	dt_expect(b, "2015", TIMEX_DATE, "2015");
	dt_expect(b, "That same year", TIMEX_DATE, "2015");
	dt_sample_exactly(5);
}

Test(dates, sample_upi_and_overseas, .fini = dt_sample_fini)
{
	const char *b = dt_sample("upi-2016-putin-kim");

	dt_expect(b, "Aug. 15", TIMEX_DATE, "2016-08-15");
	dt_expect(b, "Monday", TIMEX_DATE, "2016-08-15");
	dt_expect_after(b, "observes", "Aug. 15", TIMEX_DATE, "XXXX-08-15");
	dt_expect(b, "today", TIMEX_DATE, "2016-08-15");
	dt_expect(b, "more than 70 years", TIMEX_DURATION, "P70Y");
	cr_assert_eq(dt_out.dates.v[dt_out.dates.n - 1].mod,
	    TIMEX_MOD_MORE_THAN);
	dt_sample_exactly(5);
	b = dt_sample("overseas-2019-74th-anniversary");
	dt_expect(b, "August 15", TIMEX_DATE, "2019-08-15");
	dt_expect_after(b, "reports, on", "August 15", TIMEX_DATE,
	    "2019-08-15");
	dt_expect(b, "this day", TIMEX_DATE, "PRESENT_REF");
	dt_expect(b, "April this year", TIMEX_DATE, "2019-04");
	dt_expect(b, "the same day", TIMEX_DATE, "2019-08-15");
	dt_expect(b, "25 April", TIMEX_DATE, "2019-04-25");
	dt_expect(b, "April 24", TIMEX_DATE, "2019-04-24");
	dt_expect(b, "2011", TIMEX_DATE, "2011");
	dt_sample_exactly(8);
}

/* --- the lexicon and the character classes --- */

Test(dates, no_lexicon_is_an_error_not_a_crash)
{
	struct article a;
	struct extract_out out;

	memset(&a, 0, sizeof(a));
	memset(&out, 0, sizeof(out));
	a.id = STR_LIT("t");
	a.body = STR_LIT("on August 15, 1948");
	errno = 0;
	cr_assert_eq(dates_extract(&a, &out), -1);
	cr_assert_eq(errno, EINVAL);
	cr_assert_eq(out.dates.n, 0);
}

/*
 * Spaces and letters past ASCII are text.c's: U+2028 and U+2029 are
 * line breaks, so spaces; an emoji is a symbol, not a letter, so the
 * word before it stands alone; U+200B, which text.c reads as neither
 * space nor letter, separates tokens here on purpose.
 */
Test(dates, character_classes_shared_with_text)
{
	dt_one("It opened on August\xe2\x80\xa8" "15, 1948.",
	    "August\xe2\x80\xa8" "15, 1948", TIMEX_DATE, "1948-08-15");
	dt_one("It opened on August\xe2\x80\xa9" "15, 1948.",
	    "August\xe2\x80\xa9" "15, 1948", TIMEX_DATE, "1948-08-15");
	dt_one("It opened on August\xe2\x80\x8b" "15, 1948.",
	    "August\xe2\x80\x8b" "15, 1948", TIMEX_DATE, "1948-08-15");
	dt_one("He will arrive Friday\xf0\x9f\x98\x80 for the game.", "Friday",
	    TIMEX_DATE, "2016-08-19");
	/* a letter of another script glued on makes another word */
	dt_none("He will arrive Friday\xc3\xa9 for the game.");
}

Test(dates, bare_seasons)
{
	/* published 2016-08-17: summer; spring already past this year */
	dt_one("Prices fell in the summer, he said.", "the summer",
	    TIMEX_DATE, "2016-SU");
	dt_one("Prices fell during spring, he said.", "spring", TIMEX_DATE,
	    "2016-SP");
	/* a winter in a past-tense sentence is the last one */
	dt_one("Prices fell in the winter, he said.", "the winter",
	    TIMEX_DATE, "2015-WI");
	dt_one("Talks will resume in the fall.", "the fall", TIMEX_DATE,
	    "2016-FA");
	dt_one("It opened in the spring of 1990.", "the spring of 1990",
	    TIMEX_DATE, "1990-SP");
	dt_none("Donna Summer sang in Rome.");
	dt_none("They drank from a hot spring.");
	dt_none("It was the fall of Rome.");
}

Test(dates, the_period_after_a_modifier)
{
	const char *b = "It will end at the end of the year, he said.";

	dt_one(b, "the end of the year", TIMEX_DATE, "2016");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
	dt_one("Sales for the current year rose.", "the current year",
	    TIMEX_DATE, "2016");
	b = "Output will double by the end of the decade.";
	dt_one(b, "the end of the decade", TIMEX_DATE, "201");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
	dt_none("It was called the deal of the century.");
	/* "the week of March 6": the ISO week of that day */
	dt_one("The fire broke out in the week of Aug. 1.",
	    "the week of Aug. 1", TIMEX_DATE, "2016-W31");
}

Test(dates, weekday_with_its_date)
{
	/* the date beside a weekday says which week, colon or not */
	dt_one("The Times said in an editorial on Monday, Aug. 22:",
	    "Monday, Aug. 22", TIMEX_DATE, "2016-08-22");
	dt_one("Funds lost $14 million Friday Aug. 12 alone.",
	    "Friday Aug. 12", TIMEX_DATE, "2016-08-12");
	dt_none("The race was won in 26:30 flat.");
}

Test(dates, bare_month_after_an_article_or_for)
{
	dt_one("The job figures for July extended a surge.", "July",
	    TIMEX_DATE, "2016-07");
	dt_one("It is trying to sell itself under a June agreement.", "June",
	    TIMEX_DATE, "2016-06");
	dt_none("He shops at the May Company store.");
}

Test(dates, the_year_and_the_week_alone)
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

Test(dates, the_latest_period)
{
	/* an earnings story reports the quarter before publication */
	dt_one("Sales in the latest period were $1.76 billion.",
	    "the latest period", TIMEX_DATE, "2016-Q2");
}

Test(dates, month_with_its_year_phrase)
{
	dt_one("It rained in January of last year.", "January of last year",
	    TIMEX_DATE, "2015-01");
	dt_one("It will open in March of next year.", "March of next year",
	    TIMEX_DATE, "2017-03");
	dt_one("In June last year, the rebels fled.", "June last year",
	    TIMEX_DATE, "2015-06");
	dt_one("In January this year, police raided it.",
	    "January this year", TIMEX_DATE, "2016-01");
	dt_one("He was shot last Oct. 23 at his home.", "last Oct. 23",
	    TIMEX_DATE, "2015-10-23");
}

/* "by year-end" is "by the end of the year": the year, mod END, however
 * it is spelled; "since year-end" counts from the year's last day. */
Test(dates, year_end_after_a_preposition)
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

Test(dates, now_as_a_discourse_marker)
{
	dt_none("Talks stalled. Now, he says, the deal is dead.");
	dt_one("Right now my evidence is scant.", "now", TIMEX_DATE,
	    "PRESENT_REF");
	dt_one("Kopp is now a fugitive.", "now", TIMEX_DATE, "PRESENT_REF");
}

Test(dates, each_month_and_the_year_spelled)
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

Test(dates, holidays_fixed_and_moving)
{
	/* Korea's Liberation Day, only with its country named */
	dt_one("Seoul marked Korea's Liberation Day with a speech.",
	    "Korea's Liberation Day", TIMEX_DATE, "2016-08-15");
	dt_one("Kim spoke on National Liberation Day of Korea.",
	    "National Liberation Day of Korea", TIMEX_DATE, "2016-08-15");
	dt_none("The Dutch marked Liberation Day with concerts.");
	/* published Wednesday 2016-08-17: the nearest of each */
	dt_one("Voters go to the polls on Election Day.", "Election Day",
	    TIMEX_DATE, "2016-11-08");
	dt_one("The strike may end by Labor Day, he said.", "Labor Day",
	    TIMEX_DATE, "2016-09-05");
	dt_one("Crowds gathered on Memorial Day.", "Memorial Day",
	    TIMEX_DATE, "2016-05-30");
	dt_one("Fireworks lit the sky on the Fourth of July.",
	    "Fourth of July", TIMEX_DATE, "2016-07-04");
	dt_one("Sales slumped after Presidents' Day.", "Presidents' Day",
	    TIMEX_DATE, "2016-02-15");
	dt_one("They married on Valentine's Day 2015.",
	    "Valentine's Day 2015", TIMEX_DATE, "2015-02-14");
	dt_one("Pilgrims came for Easter, he said.", "Easter",
	    TIMEX_DATE, "2016-03-27");
	dt_one("He returned on Easter Sunday 1998.", "Easter Sunday 1998",
	    TIMEX_DATE, "1998-04-12");
	dt_one("Prices rose after last Thanksgiving.", "last Thanksgiving",
	    TIMEX_DATE, "2015-11-26");
	dt_run_on("Pilgrims filled the city during Easter week.", 2000, 4,
	    17);
	dt_expect("Pilgrims filled the city during Easter week.",
	    "Easter week", TIMEX_DATE, "2000-W16");
	dt_none("Tourists flew to Easter Island.");
	dt_none("Labor leaders met in Columbus, Ohio.");
}

/*
 * The holidays of other outlets' calendars (HeidelTime's English lists):
 * the church's around Easter, the UK's, Canada's, France's, Australia's,
 * the US's by the nth weekday of a month; a weekday in a holiday's name
 * is no plain weekday (not even in "the Good Friday Agreement").
 * Published Wednesday 2016-08-17: the nearest of each (in a sentence
 * with no tense: a past one moves a holiday more than a season ahead
 * to the year before, test_dates_names.c).
 */
Test(dates, holidays_of_other_calendars)
{
	static const struct {
		const char	*name, *value;
	} h[] = {
		{ "Good Friday", "2016-03-25" },
		{ "Ash Wednesday", "2016-02-10" },
		{ "Palm Sunday", "2016-03-20" },
		{ "Maundy Thursday", "2016-03-24" },
		{ "Pentecost", "2016-05-15" },
		{ "Boxing Day", "2016-12-26" },
		{ "St. Patrick's Day", "2016-03-17" },
		{ "Saint Patrick's Day", "2016-03-17" },
		{ "All Saints' Day", "2016-11-01" },
		{ "Groundhog Day", "2017-02-02" },
		{ "Juneteenth", "2016-06-19" },
		{ "Remembrance Day", "2016-11-11" },
		{ "Armistice Day", "2016-11-11" },
		{ "Canada Day", "2016-07-01" },
		{ "Bastille Day", "2016-07-14" },
		{ "Australia Day", "2017-01-26" },
		{ "Anzac Day", "2016-04-25" },
		{ "Earth Day", "2016-04-22" },
		{ "Flag Day", "2016-06-14" },
		{ "Martin Luther King Jr. Day", "2017-01-16" },
		{ "Martin Luther King Day", "2017-01-16" },
		{ "MLK Day", "2017-01-16" },
		{ "Mother's Day", "2016-05-08" },
		{ "Father's Day", "2016-06-19" },
		{ "Black Friday", "2016-11-25" },
		{ "Cyber Monday", "2016-11-28" },
	};
	char body[128];
	size_t k;

	for (k = 0; k < sizeof(h) / sizeof(h[0]); k++) {
		snprintf(body, sizeof(body), "Crowds gather on %s in town.",
		    h[k].name);
		dt_one(body, h[k].name, TIMEX_DATE, h[k].value);
	}
	dt_one("The Good Friday Agreement was signed in 1998.", "1998",
	    TIMEX_DATE, "1998");
	dt_one("He did a good job on Friday.", "Friday", TIMEX_DATE,
	    "2016-08-12");
	dt_none("Saints' Day parades and a Canada goose.");
}

/* "the first Monday of May": the nth weekday of a month, in the year
 * given, else the year a bare month takes (the tense, read around the
 * whole phrase: its "last" cues nothing). */
Test(dates, nth_weekday_of_a_month)
{
	dt_one("The council meets on the first Monday of May.",
	    "the first Monday of May", TIMEX_DATE, "2016-05-02");
	dt_one("It was held on the second Tuesday of November 2012.",
	    "the second Tuesday of November 2012", TIMEX_DATE, "2012-11-13");
	dt_one("The race will be run on the last Sunday in September.",
	    "the last Sunday in September", TIMEX_DATE, "2016-09-25");
	dt_one("The race was run on the last Sunday in September.",
	    "the last Sunday in September", TIMEX_DATE, "2015-09-27");
	/* no fifth Monday in February 2015: no such day */
	dt_run("On the fifth Monday of February 2015, nothing happened.");
	cr_assert_eq(dt_out.dates.n, 2);
}

/* "the following Tuesday", "the preceding Monday", "the next Sunday":
 * after or before the day the text is at (a narrative's), not today. */
Test(dates, the_following_weekday_after_the_day_named)
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

/* A weekday before a date in British and European order ("Tuesday 3
 * March", "Tuesday, 3rd March 2020") is one timex: the date's. */
Test(dates, weekday_before_a_day_first_date)
{
	dt_one("It happened on Tuesday 3 March.", "Tuesday 3 March",
	    TIMEX_DATE, "2016-03-03");
	dt_one("It happened on Tuesday, 3rd March 2020.",
	    "Tuesday, 3rd March 2020", TIMEX_DATE, "2020-03-03");
	dt_one("He won on Tuesday 52 to 48.", "Tuesday", TIMEX_DATE,
	    "2016-08-16");
	dt_one("On Monday, 14 people died.", "Monday", TIMEX_DATE,
	    "2016-08-15");
}

/* "overnight" before a preposition is the night before the writing (the
 * night of the day its paragraph named; tonight's in a future clause);
 * the adjective and the idiom for "suddenly" name no night. */
Test(dates, overnight_as_a_night)
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

/* Fiscal years by their label, as TimeBank values "fiscal 1989": the
 * business shorthand FY2024, FY24; a fiscal quarter or half keeps it. */
Test(dates, fiscal_years_and_their_quarters)
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

/*
 * The styles of other outlets the development set (US wires of the
 * 1990s) rarely shows, each form with its value: British and European
 * date orders, decades and their parts, parts of months and years,
 * deictic weeks, weekends and parts of today, clocks with a point
 * ("9.30am") and European zones.  Published Wednesday 2016-08-17.
 */
Test(dates, other_outlets_styles)
{
	static const struct {
		const char	*body, *text, *value;
		enum timex_type	 type;
	} f[] = {
		{ "The talks opened on 3 March 2020 in Brussels.",
		    "3 March 2020", "2020-03-03", TIMEX_DATE },
		{ "The vote was on the 3rd of March 2015.",
		    "3rd of March 2015", "2015-03-03", TIMEX_DATE },
		{ "It opened on 3 Mar 2015 in Leeds.", "3 Mar 2015",
		    "2015-03-03", TIMEX_DATE },
		{ "He was born on 14/07/1989 in Lyon.", "14/07/1989",
		    "1989-07-14", TIMEX_DATE },
		{ "Sales grew through the 1990s, it said.", "the 1990s",
		    "199", TIMEX_DATE },
		{ "Growth stalled in mid-2020, it said.", "mid-2020", "2020",
		    TIMEX_DATE },
		{ "Shares fell in late March, it said.", "late March",
		    "2016-03", TIMEX_DATE },
		{ "He resigned earlier this month, it said.",
		    "earlier this month", "2016-08", TIMEX_DATE },
		{ "They met at the weekend, it said.", "the weekend",
		    "2016-W32-WE", TIMEX_DATE },
		{ "He spoke this morning, it said.", "this morning",
		    "2016-08-17TMO", TIMEX_TIME },
		{ "He arrived at 9.30am, it said.", "9.30am",
		    "2016-08-17T09:30", TIMEX_TIME },
		{ "The polls closed at 10.45 pm, it said.", "10.45 pm",
		    "2016-08-17T22:45", TIMEX_TIME },
		{ "The bell rang at 14:30 BST, it said.", "14:30 BST",
		    "2016-08-17T14:30+01:00", TIMEX_TIME },
		{ "The summit opened at 09:00 CEST, it said.", "09:00 CEST",
		    "2016-08-17T09:00+02:00", TIMEX_TIME },
	};
	size_t k;

	for (k = 0; k < sizeof(f) / sizeof(f[0]); k++)
		dt_one(f[k].body, f[k].text, f[k].type, f[k].value);
	/* a decimal is no clock without its a.m. or p.m. */
	dt_none("Shares rose 9.30 percent to 2.50 a share.");
}

/* A weekday with a part of the day in the plural is every one of them:
 * a SET ("our Friday nights", "on Saturday evenings"). */
Test(dates, weekday_nights_as_a_set)
{
	dt_one("We spend our Friday nights at home.", "Friday nights",
	    TIMEX_SET, "XXXX-WXX-5TNI");
	dt_one("They hold events on Saturday evenings.", "Saturday evenings",
	    TIMEX_SET, "XXXX-WXX-6TEV");
	dt_one("He left Friday night.", "Friday night", TIMEX_TIME,
	    "2016-08-12TNI");
}

/* "the past" before a count is an adjective of the things counted ("the
 * past two Republican contests"), not the past; "the past three
 * summers" is each of them (TimeBank's SET); "the past two years" a
 * duration; "in the past" the past. */
Test(dates, the_past_before_a_count)
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

/* A day glued to the abbreviation's period ("Sept.11, 2001") is the
 * month's; "Person of the Year" is a title, not the year. */
Test(dates, glued_day_and_titles_of_the_year)
{
	dt_one("The attacks of Sept.11, 2001 changed it.", "Sept.11, 2001",
	    TIMEX_DATE, "2001-09-11");
	dt_one("Hitler was Time's Person of the Year in 1938.", "1938",
	    TIMEX_DATE, "1938");
	dt_one("The year was bad for the firm.", "The year", TIMEX_DATE,
	    "2016");
}

Test(dates, future_ref_phrases)
{
	dt_one("Rates should stay low in the near term.", "the near term",
	    TIMEX_DATE, "FUTURE_REF");
	dt_one("Stocks win over the long term, he said.", "the long term",
	    TIMEX_DATE, "FUTURE_REF");
	dt_one("The vote was put off to a later date.", "a later date",
	    TIMEX_DATE, "FUTURE_REF");
	dt_none("The near-term outlook is weak.");
}

Test(dates, next_morning_after_the_last_date)
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

Test(dates, the_last_half)
{
	dt_one("Earnings will fall in the last half of 1989.",
	    "the last half of 1989", TIMEX_DATE, "1989-H2");
	dt_one("It was built in the last half of the '80s.",
	    "the last half of the '80s", TIMEX_DATE, "198");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
}

/* --- issue 17: zones, yearly dates, anaphora, this day, furniture --- */

/*
 * "the same day" is the last day named when the month or year the text
 * last named is from an earlier paragraph; in the same paragraph it is
 * that event's, unknown, day.  "the previous year", "three days later"
 * count from the last date named.
 */
Test(dates, anaphora_counts_from_the_last_date_named)
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
Test(dates, the_previous_weekday_before_the_day_named)
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

Test(dates, to_this_day_and_on_this_day)
{
	dt_one("The friendship continues to this day, he said.", "this day",
	    TIMEX_DATE, "PRESENT_REF");
	dt_one("It was the first visit to the tower on this day.",
	    "this day", TIMEX_DATE, "2016-08-17");
	dt_none("It is a this-day-only offer.");
}

/* A menu heading or button is not the present time. */
Test(dates, page_furniture_is_not_present_ref)
{
	dt_none("LIFESTYLE\n\nPopular Now\n\n  \xe2\x80\xa2 1\n    Sweet and Salty");
	dt_none("Trending Now\nThe best stories of our readers");
	dt_none("Read more.\nSign Up Now\n");
	dt_one("The company is now\nbankrupt, he said.", "now", TIMEX_DATE,
	    "PRESENT_REF");
	dt_one("Act Now Or Lose It All, Says Expert\n", "Now",
	    TIMEX_DATE, "PRESENT_REF");
}

/*
 * Narrative mode: a history whose absolute dates are all far from the
 * publication anchors relative dates on the last absolute date it named;
 * chosen per article, or forced by the article's timeline.
 */
static const char dt_history[] = "The Korean War began in June 1950. By "
    "1951, the front had settled. In March 1953, Stalin died. Last year "
    "had been the bloodiest. In May the delegates met in Geneva. On "
    "Monday they failed. In 1958 the last troops left. The following "
    "month was calm.";

Test(dates, narrative_mode_chosen_for_a_history)
{
	dt_run(dt_history);
	dt_expect(dt_history, "June 1950", TIMEX_DATE, "1950-06");
	dt_expect(dt_history, "Last year", TIMEX_DATE, "1952");
	/* a story moves on through its year, whatever the tense */
	dt_expect(dt_history, "May", TIMEX_DATE, "1953-05");
	dt_expect(dt_history, "Monday", TIMEX_DATE, "1953-WXX-1");
	dt_expect(dt_history, "The following month", TIMEX_DATE, "1958-XX");
}

/* A history told in a news story's paragraph, with one or two years:
 * its months, days, seasons and holidays that are a preposition's
 * object take its year, moving on past its last month; a clause in the
 * past perfect looks back.  A paragraph's break ends it, and so does a
 * story that counted from the day of writing first. */
Test(dates, a_history_in_a_paragraph)
{
	const char *b = "The Battle of Stalingrad began in August 1942. "
	    "During the autumn, the Germans fought into the city. On 19 "
	    "November, the Soviets struck. By Christmas, relief had failed. "
	    "On 2 February 1943, the Germans surrendered.";

	dt_run(b);
	dt_expect(b, "the autumn", TIMEX_DATE, "1942-FA");
	dt_expect(b, "19 November", TIMEX_DATE, "1942-11-19");
	dt_expect(b, "Christmas", TIMEX_DATE, "1942-12-25");
	b = "Lincoln was elected in November 1860. In December, South "
	    "Carolina seceded. By February, six states had followed. On 4 "
	    "March, he was sworn in.";
	dt_run(b);
	dt_expect(b, "December", TIMEX_DATE, "1860-12");
	dt_expect(b, "February", TIMEX_DATE, "1861-02");
	dt_expect(b, "4 March", TIMEX_DATE, "1861-03-04");
	b = "The treaty was signed in June 1919. In January, the "
	    "conference had opened.";
	dt_run(b);
	dt_expect(b, "January", TIMEX_DATE, "1919-01");
	b = "Germany invaded on 22 June 1941. By the end of the month, "
	    "Minsk had fallen.";
	dt_run(b);
	dt_expect(b, "the end of the month", TIMEX_DATE, "1941-06");
	b = "The museum opened in 1990.\n\nIn March, it will close.";
	dt_run(b);
	dt_expect(b, "March", TIMEX_DATE, "2017-03");
	b = "It said on Tuesday it was founded in 1998. In March, it cut "
	    "jobs.";
	dt_run(b);
	dt_expect(b, "March", TIMEX_DATE, "2016-03");
	b = "Korea was freed on August 15, 1945. Korean Liberation Day "
	    "drew crowds.";
	dt_run(b);
	dt_expect(b, "Korean Liberation Day", TIMEX_DATE, "2016-08-15");
	/* a bare year is news's background, no history told */
	b = "The company was founded in 1998. In March, it cut jobs.";
	dt_run(b);
	dt_expect(b, "March", TIMEX_DATE, "2016-03");
}

/* A history closing on the writer's present, bare months and days and
 * seasons after a date in the story. */
static const char dt_history2[] = "The war began on 25 June 1950. In "
    "early July, the first units arrived. On 15 September, troops landed "
    "at Inchon. In October Napoleon's heirs were not consulted. Seoul "
    "fell on 4 January 1951. The front stabilized in the spring. The "
    "armistice was signed on 27 July 1953. The next year, talks failed. "
    "Today, the two Koreas remain at war.";

Test(dates, narrative_story_year_and_the_writers_today)
{
	dt_run(dt_history2);
	dt_expect(dt_history2, "early July", TIMEX_DATE, "1950-07");
	dt_expect(dt_history2, "15 September", TIMEX_DATE, "1950-09-15");
	dt_expect(dt_history2, "October", TIMEX_DATE, "1950-10");
	dt_expect(dt_history2, "the spring", TIMEX_DATE, "1951-SP");
	dt_expect(dt_history2, "The next year", TIMEX_DATE, "1954");
	/* "Today" after the story has named its time is the writer's */
	dt_expect(dt_history2, "Today", TIMEX_DATE, "2016-08-17");
}

Test(dates, news_mode_kept_for_news_that_looks_back)
{
	/* the lead names the news day before any year */
	const char *b = "Seoul said Friday that talks would resume. The war "
	    "began in 1950, stalled in 1951 and ended in 1953. Last year "
	    "trade grew.";

	dt_run(b);
	dt_expect(b, "Friday", TIMEX_DATE, "2016-08-12");
	dt_expect(b, "Last year", TIMEX_DATE, "2015");
	/* "today" in the lead is the news day (and "today" anywhere the
	 * day of writing: narrative_story_year_and_the_writers_today) */
	b = "Today the memorial opened. The war began in 1950, stalled in "
	    "1951 and ended in 1953. Last year trade grew.";
	dt_run(b);
	dt_expect(b, "Today", TIMEX_DATE, "2016-08-17");
	dt_expect(b, "Last year", TIMEX_DATE, "2015");
	/* "yesterday" anywhere counts from the day of writing */
	b = "The war began in 1950, stalled in 1951 and ended in 1953. "
	    "Yesterday trade grew. Last year it fell.";
	dt_run(b);
	dt_expect(b, "Last year", TIMEX_DATE, "2015");
	/* two years are not a story */
	b = "The war began in 1950 and ended in 1953. Last year trade grew.";
	dt_run(b);
	dt_expect(b, "Last year", TIMEX_DATE, "2015");
}

/* News that names old years before its day still dates what it reports
 * by the weekday from the day of writing, twice or more anywhere ("said
 * Tuesday", "on Monday night"): news; a history's one "On Monday" is
 * its own time (narrative_mode_chosen_for_a_history). */
Test(dates, news_mode_kept_for_weekdays_after_old_years)
{
	const char *b = "The server was set up in 2009. It ran through 2011 "
	    "and 2013. The release began in May and concluded Monday. On "
	    "Tuesday, the FBI director said he was confident.";

	dt_run(b);
	dt_expect(b, "Monday", TIMEX_DATE, "2016-08-15");
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-16");
	dt_expect(b, "May", TIMEX_DATE, "2016-05");
}

/* A count back from the moment of writing ("Eight years ago"), or a
 * year after the publication (a plan: "by 2030"), is news's: a history
 * dates its events by one another and tells of the past. */
Test(dates, news_mode_kept_for_ago_and_years_ahead)
{
	const char *b = "The plant opened in 1977. Output peaked in 2003 "
	    "and fell in 2008. Eight years ago, the town had 4,000 jobs. In "
	    "May the council met.";

	dt_run(b);
	dt_expect(b, "Eight years ago", TIMEX_DATE, "2008");
	dt_expect(b, "May", TIMEX_DATE, "2016-05");
	b = "The mine opened in 1977, grew in 1988 and in 1999. It must close "
	    "by 2030. In May the council met.";
	dt_run(b);
	dt_expect(b, "May", TIMEX_DATE, "2016-05");
}

Test(dates, timeline_forces_either_mode)
{
	const char *b = "The war began in 1950 and ended in 1953. Last year "
	    "trade grew.";

	dt_timeline = TIMELINE_NARRATIVE;
	dt_run(b);
	dt_expect(b, "Last year", TIMEX_DATE, "1952");
	dt_timeline = TIMELINE_NEWS;
	dt_run(dt_history);
	dt_expect(dt_history, "Last year", TIMEX_DATE, "2015");
	dt_expect(dt_history, "Monday", TIMEX_DATE, "2016-08-15");
}

/* A Title Case "This Week" inside a sentence names a programme; "Now,"
 * opening a sentence after a closing quote is a discourse marker. */
Test(dates, this_week_as_a_title_and_now_after_a_quote)
{
	dt_none("Baker, speaking on ABC News' \"This Week,\" said so.");
	dt_none("\"Iraq was ready.\" Now, he says, it is too late.");
	dt_one("This Week the talks resume.", "This Week", TIMEX_DATE,
	    "2016-W33");
	dt_one("He said the talks resume this week.", "this week",
	    TIMEX_DATE, "2016-W33");
}

Test(dates, current_as_the_present)
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

Test(dates, names_and_idioms_that_are_no_time)
{
	dt_none("USA Today reported the deal.");
	dt_none("This is VOA Today.");
	dt_one("Today, the deal closed.", "Today", TIMEX_DATE, "2016-08-17");
	dt_none("It matters to the future of our peoples.");
	dt_none("The poster showed Gary Cooper from High Noon.");
	dt_one("The vote is at noon, aides said.", "noon", TIMEX_TIME,
	    "2016-08-17T12:00");
	dt_one("Talks may resume in the future.", "the future", TIMEX_DATE,
	    "FUTURE_REF");
	dt_one("It will sell the unit as soon as possible.",
	    "as soon as possible", TIMEX_DATE, "FUTURE_REF");
}

/* "The fourth quarter" early in the year is the one just ended; a
 * compound or a fraction names no quarter, but "quarter-to-quarter"
 * in an earnings story still sets the quarter reported as the frame. */
Test(dates, quarters_just_ended_compounds_and_fractions)
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

/* A split year of accounts, school or sport is one timex, the year it
 * starts in; a bare split year stays a range of two. */
Test(dates, split_years_of_accounts_and_seasons)
{
	dt_one("Profit rose in the 2023-24 financial year.",
	    "2023-24 financial year", TIMEX_DATE, "2023");
	dt_one("He sold the shares in fiscal 2015-16.", "fiscal 2015-16",
	    TIMEX_DATE, "2015");
	dt_one("Sales fell in financial year 2023-24.",
	    "financial year 2023-24", TIMEX_DATE, "2023");
	dt_one("Profit rose in FY2023-24.", "FY2023-24", TIMEX_DATE, "2023");
	dt_one("It was the best of the 2015-16 season.", "2015-16 season",
	    TIMEX_DATE, "2015");
	dt_one("From the 1999-00 season on, it grew.", "1999-00 season",
	    TIMEX_DATE, "1999");
	dt_run("The 2008-09 recession hurt.");
	dt_expect("The 2008-09 recession hurt.", "2008", TIMEX_DATE, "2008");
	dt_expect("The 2008-09 recession hurt.", "09", TIMEX_DATE, "2009");
	cr_assert_eq(dt_out.dates.n, 2);
}

/* "This time last year" is the day a year before publication; "the
 * turn of the century" the year a century began. */
Test(dates, this_time_last_year_and_the_turn_of_the_century)
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
Test(dates, todays_world_is_the_present)
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

/* Years in names ("the 1951 Convention") date documents, not the story:
 * an op-ed citing three of them stays news. */
Test(dates, years_in_names_make_no_narrative)
{
	static const char body[] = "Refoulement is banned by the 1951 "
	    "Convention Relating to the Status of Refugees, the 1967 "
	    "Protocol and the 1984 Convention against Torture. The Council "
	    "will meet on March 17.";

	dt_run_on(body, 2016, 3, 10);
	dt_expect(body, "1951", TIMEX_DATE, "1951");
	dt_expect(body, "1984", TIMEX_DATE, "1984");
	dt_expect(body, "March 17", TIMEX_DATE, "2016-03-17");
	/* a story's own years still make one */
	dt_run(dt_history);
	dt_expect(dt_history, "Last year", TIMEX_DATE, "1952");
}

/* "Super Tuesday" is the primaries' day, not the Tuesday nearest. */
Test(dates, super_tuesday)
{
	const char *body = "Clinton hopes to do well on Super Tuesday.";

	dt_run_on(body, 2016, 2, 20);
	dt_expect(body, "Super Tuesday", TIMEX_DATE, "2016-03-01");
	cr_assert_eq(dt_out.dates.n, 1);
}

/* A month naming a vote is the coming one unless the tense is past. */
Test(dates, a_month_naming_a_vote_is_the_coming_one)
{
	const char *body = "He can win the nomination and the November "
	    "election.";

	dt_run_on(body, 2016, 1, 10);
	dt_expect(body, "November", TIMEX_DATE, "2016-11");
	body = "They hope to take him on in November's general election.";
	dt_run_on(body, 2016, 1, 22);
	dt_expect(body, "November", TIMEX_DATE, "2016-11");
	body = "She lost the November election, she said.";
	dt_run_on(body, 2016, 1, 22);
	dt_expect(body, "November", TIMEX_DATE, "2015-11");
	/* no vote: the nearest November */
	body = "Support jumped 12 points from November.";
	dt_run_on(body, 2016, 1, 19);
	dt_expect(body, "November", TIMEX_DATE, "2015-11");
}

/* "end-March", "at end-2017" (Reuters' style): the end of the month or
 * year, mod END; "end-of-year", "end-user" open nothing. */
Test(dates, end_dash_before_a_month_or_year)
{
	dt_one("Debt will peak at end-2017, the IMF said.", "end-2017",
	    TIMEX_DATE, "2017");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
	dt_one("Stocks had fallen by end-March, data showed.", "end-March",
	    TIMEX_DATE, "2016-03");
	cr_assert_eq(dt_out.dates.v[0].mod, TIMEX_MOD_END);
	dt_none("It was an end-of-year rally for the index.");
	dt_none("The end-user pays the fee, they said.");
}

/* "the June quarter" (Australian, Indian and Japanese reports): the
 * quarter ending in that month, in the year the month takes; "the May
 * quarter" is no quarter's name. */
Test(dates, a_quarter_named_by_its_last_month)
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
Test(dates, quarter_code_with_a_short_year)
{
	dt_one("Sales rose in Q3'15, it said.", "Q3'15", TIMEX_DATE,
	    "2015-Q3");
	dt_one("Sales rose in Q3 '15, it said.", "Q3 '15", TIMEX_DATE,
	    "2015-Q3");
	dt_one("Sales rose in Q3's final month.", "Q3", TIMEX_DATE,
	    "2016-Q3");
}

/* A range of weekdays: the second end is the first such day on or
 * after the first ("from Monday to Friday" in a week, not the Friday
 * before the Monday). */
Test(dates, a_range_of_weekdays_ends_after_it_starts)
{
	const char *b = "The strike ran from Monday to Friday, they said.";

	dt_run(b);
	dt_expect(b, "Monday", TIMEX_DATE, "2016-08-15");
	dt_expect(b, "Friday", TIMEX_DATE, "2016-08-19");
	b = "Stores were shut Thursday through Tuesday, they said.";
	dt_run(b);
	dt_expect(b, "Thursday", TIMEX_DATE, "2016-08-11");
	dt_expect(b, "Tuesday", TIMEX_DATE, "2016-08-16");
	b = "Stores were shut Monday-Friday, they said.";
	dt_run(b);
	dt_expect(b, "Friday", TIMEX_DATE, "2016-08-19");
}

/* A range of days before their month, "20-22 August", "5-6 March 2015"
 * (the British and European order): each end its own timex, as with
 * "Aug. 20-22"; not a score before a month with a day of its own. */
Test(dates, a_range_of_days_before_the_month)
{
	const char *b = "Talks were held on 5-6 March 2015 in Paris.";

	dt_run(b);
	dt_expect(b, "5", TIMEX_DATE, "2015-03-05");
	dt_expect(b, "6 March 2015", TIMEX_DATE, "2015-03-06");
	cr_assert_eq(dt_out.dates.n, 2);
	b = "Talks are planned for 20-22 August in Paris.";
	dt_run(b);
	dt_expect(b, "20", TIMEX_DATE, "2016-08-20");
	dt_expect(b, "22 August", TIMEX_DATE, "2016-08-22");
	dt_one("They won 2-3 March 5 in Paris.", "March 5", TIMEX_DATE,
	    "2016-03-05");
}

/* "this Tuesday" is the coming one, the one just past only in a past
 * tense ("hoping to win Michigan this Tuesday" on a Friday is next
 * week's); "Friday next week", "Monday last week", "Tuesday this week"
 * are that day of the week named, one date. */
Test(dates, this_weekday_and_the_weekday_of_a_week_named)
{
	dt_one("They hope to win Michigan this Tuesday.", "this Tuesday",
	    TIMEX_DATE, "2016-08-23");
	dt_one("The vote is this Friday in Ohio.", "this Friday",
	    TIMEX_DATE, "2016-08-19");
	dt_one("The vote was this Monday in Ohio.", "this Monday",
	    TIMEX_DATE, "2016-08-15");
	dt_one("The vote is on Friday next week.", "Friday next week",
	    TIMEX_DATE, "2016-08-26");
	dt_one("The vote was on Friday last week.", "Friday last week",
	    TIMEX_DATE, "2016-08-12");
	dt_one("The vote is Tuesday this week, he said.",
	    "Tuesday this week", TIMEX_DATE, "2016-08-16");
}
