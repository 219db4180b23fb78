/*
 * test_dates.c — workers/extract/dates/dates.c, the run: the forms of
 * date across the rule families, with exact byte span, type and TIMEX3
 * value against a fixed publication date (Wednesday, 2016-08-17), and
 * other outlets' styles; the false friends it must leave alone; X-values
 * without a publication date; byte offsets after multi-byte text;
 * hostile input; the modifiers that open a date; the five samples; no
 * lexicon and the character classes shared with text.c; news and
 * narrative mode.  Each rule family (names.c, weekdays.c, relative.c,
 * numbers.c, quarters.c, times.c, durations.c, tense.c, anchor.c,
 * scan.c, the rule filters) has its own file, test_dates_<module>.c;
 * the checks are dates_check.h.  (A word a rule names but words.def
 * lacks does not compile, so no test reads the source for it.)
 */
#include "dates_check.h"

TestSuite(dates, .fini = dt_fini);

/* --- forms of date, false friends, no publication date, hostile input --- */

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

/* --- the modifiers that open a date (dates.c) --- */

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

/* --- news and narrative mode: what relative dates count from --- */

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

/* A relative date the news reading puts near the publication ends the
 * paragraph's history, as an absolute date near it does: an obituary
 * back at the writer's time after the birth ("Born on 4 July 1935 in
 * Cork ... He celebrated his 60th wedding anniversary last June. He
 * died on 2 January", written on 2025-01-06: 2025-01-02, was
 * 1936-01-02). */
Test(dates, a_date_near_the_writing_ends_a_paragraph_s_history)
{
	const char *b = "Born on 4 July 1935 in Cork, he emigrated to Boston. "
	    "He celebrated his 60th wedding anniversary last June. He died "
	    "on 2 January.";

	dt_run_on(b, 2025, 1, 6);
	dt_expect(b, "last June", TIMEX_DATE, "2024-06");
	dt_expect(b, "2 January", TIMEX_DATE, "2025-01-02");
}

/* A history told in bare years opens on "In" + the year, fronted: its
 * months, days and seasons that open their sentence take the story's
 * year, and a count from them follows ("Three years later").  News
 * that gives a bare year at the end of its sentence, or goes on to its
 * own time in mid-sentence, keeps this year's. */
Test(dates, a_history_in_bare_years)
{
	const char *b = "In 1950 the war began. In June the North invaded. "
	    "By September the UN had landed. Three years later an armistice "
	    "was signed.";

	dt_run(b);
	dt_expect(b, "June", TIMEX_DATE, "1950-06");
	dt_expect(b, "September", TIMEX_DATE, "1950-09");
	dt_expect(b, "Three years later", TIMEX_DATE, "1953");
	b = "In 1860, Lincoln was elected. In December, South Carolina "
	    "seceded. By February, six states had followed. On March 4 he "
	    "took office.";
	dt_run(b);
	dt_expect(b, "December", TIMEX_DATE, "1860-12");
	dt_expect(b, "February", TIMEX_DATE, "1861-02");
	dt_expect(b, "March 4", TIMEX_DATE, "1861-03-04");
	/* the date in mid-sentence: news going on to its own time */
	b = "In 2009 the server was set up. The release began in May and "
	    "concluded Monday.";
	dt_run(b);
	dt_expect(b, "May", TIMEX_DATE, "2016-05");
	/* not fronted: background */
	b = "The war began in 1950. In June the North invaded.";
	dt_run(b);
	dt_expect(b, "June", TIMEX_DATE, "2016-06");
	/* a year near the publication ends it */
	b = "In 2010 the firm grew. In 2014 it was sold. In March, it cut "
	    "jobs.";
	dt_run(b);
	dt_expect(b, "March", TIMEX_DATE, "2016-03");
	/* the sentence goes on to the day of writing: news's own month */
	b = "In 2005 he moved to Ohio. In April he said on Tuesday that he "
	    "was happy.";
	dt_run(b);
	dt_expect(b, "April", TIMEX_DATE, "2016-04");
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
/* One weekday standing alone after a story time coarser than a month
 * tells news: a history has no week of a year to put it in ("in 1970
 * she won the Booker. She died on Friday": an obituary whose death
 * comes last; after "In May", narrative_mode_chosen_for_a_history). */
Test(dates, news_mode_kept_for_a_weekday_after_a_year)
{
	const char *b = "Born in Leeds on 3 June 1941, she moved to London "
	    "in 1962. Three years later she published her first novel, and "
	    "in 1970 she won the Booker. She died on Friday aged 85.";

	dt_run(b);
	dt_expect(b, "Friday", TIMEX_DATE, "2016-08-12");
	dt_expect(b, "Three years later", TIMEX_DATE, "1965");
}

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

/* A part named before "of" and a month's name is the month's
 * (dates_private.h's dt_of_month(), read by the durations, the
 * quarters and the relative rules): no length ("the first week of
 * March" was P1W), no half-year ("the first half of March" was H1), no
 * week before the publication ("the last week of October" was that
 * week); the month is the timex.  Alone, "the first week" and "the last
 * week" keep theirs. */
Test(dates, a_part_of_a_month_is_the_months)
{
	dt_one("Polls were taken in the first week of March.", "March",
	    TIMEX_DATE, "2016-03");
	dt_one("Her peak came the last week of October.", "October",
	    TIMEX_DATE, "2015-10");
	dt_one("The conventions fall in the second half of July.", "July",
	    TIMEX_DATE, "2016-07");
	dt_one("Prices fell in the final days of June.", "June", TIMEX_DATE,
	    "2016-06");
	dt_one("Prices fell the last week.", "the last week", TIMEX_DATE,
	    "2016-W32");
}

/* A date in an aside that describes a noun opens no history: the
 * obituary's "who was born on" is the person's background, and the day
 * the news names after it without its year is the nearest (review S1's
 * rest: was 1970-02-14, the birth year's). */
Test(dates, a_date_in_an_aside_opens_no_history)
{
	const char *b = "Smith, who was born on Jan. 3, 1970, died on Feb. 14 "
	    "at his home in Ohio.";
	const char *p = "Police said the suspect, who had been convicted on "
	    "12 January 2019, was arrested on 1 March.";

	dt_run_on(b, 2026, 3, 10);
	dt_expect(b, "Feb. 14", TIMEX_DATE, "2026-02-14");
	dt_run_on(p, 2026, 3, 10);
	dt_expect(p, "1 March", TIMEX_DATE, "2026-03-01");
}
