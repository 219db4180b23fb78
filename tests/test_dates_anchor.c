/*
 * test_dates_anchor.c — workers/extract/dates/anchor.c: yearly dates
 * and the day a past verb's "on" names (the shared checks:
 * dates_check.h); the tense is test_dates_tense.c's.
 */
#include "dates_check.h"

TestSuite(dates_anchor, .fini = dt_fini);

/* A month and day that recur every year are XXXX-MM-DD. */
Test(dates_anchor, recurring_calendar_dates)
{
	const char *b = "The holiday is celebrated annually on August 15 in "
	    "both Koreas.";

	dt_run(b);
	dt_expect(b, "August 15", TIMEX_DATE, "XXXX-08-15");
	dt_one("North Korea observes Aug. 15 with a national holiday.",
	    "Aug. 15", TIMEX_DATE, "XXXX-08-15");
	dt_one("The day is marked on 15 August by both states.",
	    "15 August", TIMEX_DATE, "XXXX-08-15");
	b = "They meet on August 15 every year.";
	dt_run(b);
	dt_expect(b, "August 15", TIMEX_DATE, "XXXX-08-15");
	/* one day, not a habit */
	dt_one("Korea celebrated on August 15 with parades.", "August 15",
	    TIMEX_DATE, "2016-08-15");
	dt_one("He observed that on August 15, prices fell.", "August 15",
	    TIMEX_DATE, "2016-08-15");
}

/* A day that "is a (national, public) holiday" is every year's. */
Test(dates_anchor, a_day_that_is_a_holiday_recurs)
{
	dt_one("Nov. 11 is a national holiday in France.", "Nov. 11",
	    TIMEX_DATE, "XXXX-11-11");
	dt_one("July 4 is a holiday.", "July 4", TIMEX_DATE, "XXXX-07-04");
	dt_one("Nov. 11 was busy in Paris.", "Nov. 11", TIMEX_DATE,
	    "2016-11-11");
}

/* A month-day that is the object of "on" right after a past verb is
 * the day the verb happened, however near the coming one is: "The law
 * took effect on Aug. 20", written on Aug. 17, is last year's.  Not
 * "extended to", and not a present. */
Test(dates_anchor, a_past_verb_on_a_day_just_ahead)
{
	dt_one("The law took effect on Aug. 20.", "Aug. 20", TIMEX_DATE,
	    "2015-08-20");
	dt_one("The vote took place on Aug. 19.", "Aug. 19", TIMEX_DATE,
	    "2015-08-19");
	dt_one("The tweet was posted on August 23.", "August 23", TIMEX_DATE,
	    "2015-08-23");
	dt_one("The law takes effect on Aug. 20.", "Aug. 20", TIMEX_DATE,
	    "2016-08-20");
	dt_one("The deadline was extended to Aug. 20.", "Aug. 20",
	    TIMEX_DATE, "2016-08-20");
	dt_one("He signed the law on Aug. 15.", "Aug. 15", TIMEX_DATE,
	    "2016-08-15");
}

/* A day of the month right after an opening bracket is one: "(23
 * August)", an aside as British and Indian copy writes a date; a list's
 * "(2) March on Parliament" is none (review F7). */
Test(dates_anchor, a_day_right_after_a_bracket)
{
	const char *b = "The summit opens (23 August) in Delhi.";
	const char *c = "The demands: (2) March on Parliament, (3) strike.";

	dt_run(b);
	dt_expect(b, "23 August", TIMEX_DATE, "2016-08-23");
	dt_none(c);
}

/* A past verb's "on" past a pronoun object ("met him on 3 October"), or
 * a part of the day's "on the evening of", still dates the verb: last
 * year's, however near the coming one is; a noun's object keeps the
 * nearest ("said the vote on 3 October would be close"). */
Test(dates_anchor, a_past_verb_on_a_day_ahead_past_its_object)
{
	dt_one("She met him on 3 October.", "3 October", TIMEX_DATE,
	    "2015-10-03");
	dt_one("She left on the evening of 3 October.", "3 October",
	    TIMEX_DATE, "2015-10-03");
	dt_one("He said the vote on 3 October would be close.", "3 October",
	    TIMEX_DATE, "2016-10-03");
	dt_one("He will meet them on the morning of 3 October.", "3 October",
	    TIMEX_DATE, "2016-10-03");
}

/* An absolute participle after "with", a determiner and its noun (an
 * adverb in -ly between or none) is no past verb before "on": its time
 * is the main clause's ("Roadworks will run overnight, with the road
 * fully closed on 11 May", written on 2016-05-01: 2016-05-11, was
 * 2015-05-11); "The road was closed on 11 May" keeps last year's. */
Test(dates_anchor, an_absolute_participle_is_no_past_before_on)
{
	const char *b = "Roadworks will run overnight, with the road fully "
	    "closed on 11 May.";

	dt_run_on(b, 2016, 5, 1);
	dt_expect(b, "11 May", TIMEX_DATE, "2016-05-11");
	dt_run_on("The road was closed on 11 May.", 2016, 5, 1);
	dt_expect("The road was closed on 11 May.", "11 May", TIMEX_DATE,
	    "2015-05-11");
}

/* A year left out is the year in context: a past clause's day, up to
 * REF_FOLLOW_DAYS after a day of an earlier year the paragraph named,
 * is that year's, though the text counted from the day of writing or is
 * within NARRATIVE_GAP of it (was the publication's nearest: 2013-03-02,
 * 2019-07-24).  Not after a month alone ("the August 1988 cease-fire
 * ... the invasion on Aug. 2"), nor a day before the story's ("on Dec.
 * 28, 2020 ... on Jan. 2": the next year's, the nearest). */
Test(dates_anchor, a_day_without_its_year_follows_the_story_s_day)
{
	const char *b = "The victim was last seen on 14 February 2012. Three "
	    "days later her car was found. He was arrested on 2 March.";
	const char *a = "Fifty years ago today, Apollo 11 lifted off on July "
	    "16, 1969. The crew splashed down on July 24.";
	const char *m = "He rejected the treaty after the August 1988 "
	    "cease-fire. Iran condemned the invasion of Kuwait on Aug. 2.";
	const char *n = "The attack happened on Dec. 28, 2020. Police "
	    "arrested him on Jan. 2.";

	dt_run_on(b, 2013, 5, 10);
	dt_expect(b, "2 March", TIMEX_DATE, "2012-03-02");
	dt_run_on(a, 2019, 7, 16);
	dt_expect(a, "July 24", TIMEX_DATE, "1969-07-24");
	dt_run_on(m, 1990, 8, 15);
	dt_expect(m, "Aug. 2", TIMEX_DATE, "1990-08-02");
	dt_run_on(n, 2021, 1, 10);
	dt_expect(n, "Jan. 2", TIMEX_DATE, "2021-01-02");
}

/* A day in a relative clause or a participle set off after a noun is
 * the noun's background, not the story's line: a day named after it
 * without its year is the news's, the nearest (review S1; was the
 * background day's year, 2025-02-03, 2024-02-25, 2025-03-02).  A main
 * clause's day still leads (the test above). */
Test(dates_anchor, a_day_in_an_aside_is_no_year_in_context)
{
	const char *b = "Smith, who was elected on Jan. 10, 2025, said on "
	    "Feb. 3 that he would run again.";
	const char *f = "The firm, which listed on January 15, 2024, "
	    "reported on February 25 that sales fell.";
	const char *j = "Jones, appointed on Jan. 20, 2025, signed the "
	    "order on March 2.";

	dt_run_on(b, 2026, 3, 10);
	dt_expect(b, "Feb. 3", TIMEX_DATE, "2026-02-03");
	dt_run_on(f, 2026, 3, 10);
	dt_expect(f, "February 25", TIMEX_DATE, "2026-02-25");
	dt_run_on(j, 2026, 3, 10);
	dt_expect(j, "March 2", TIMEX_DATE, "2026-03-02");
}

/* A participle set off after a determiner's noun is an aside too ("The
 * company, founded on ..."); after a fronted time it is the clause's
 * verb ("Last year, prices jumped on Jan. 5, 2019, and fell on Feb. 3":
 * the story's day still leads). */
Test(dates_anchor, a_participle_after_a_determiners_noun_is_an_aside)
{
	const char *b = "The company, founded on January 5, 2010, said on "
	    "February 20 that profits fell.";
	const char *l = "Last year, prices jumped on Jan. 5, 2019, and fell "
	    "on Feb. 3.";

	dt_run_on(b, 2026, 3, 10);
	dt_expect(b, "February 20", TIMEX_DATE, "2026-02-20");
	dt_run_on(l, 2026, 3, 10);
	dt_expect(l, "Feb. 3", TIMEX_DATE, "2019-02-03");
}

/* A month and day after "to", "through", "until" or "till" right after
 * the day its paragraph named last is not before it: the first such
 * day on or after the first end (was the nearest year's); a past
 * clause's first end ahead of the writing leaves the second alone. */
Test(dates_anchor, a_day_range_s_second_end_follows_its_first)
{
	const char *b = "Winter break runs Dec. 22 through Jan. 2, and the "
	    "last day of school is June 4.";
	const char *e = "The festival runs from 22 December to 2 January.";

	dt_run_on(b, 2025, 8, 11);
	dt_expect(b, "Dec. 22", TIMEX_DATE, "2025-12-22");
	dt_expect(b, "Jan. 2", TIMEX_DATE, "2026-01-02");
	dt_run_on(e, 2025, 8, 11);
	dt_expect(e, "2 January", TIMEX_DATE, "2026-01-02");
	e = "The exhibition ran from Nov. 3 to Jan. 10.";
	dt_run_on(e, 2025, 8, 11);
	dt_expect(e, "Jan. 10", TIMEX_DATE, "2025-01-10");
}
