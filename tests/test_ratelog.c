/*
 * test_ratelog.c — the rate limit of repeating log lines: once per
 * period, or once per stretch of events, and the count of the events
 * held back in between.
 */
#include <stddef.h>

#include <criterion/criterion.h>

#include "ratelog.h"

#define EVERY	1000	/* the period, in the tests' microseconds */

Test(ratelog, the_first_event_is_said)
{
	struct ratelog rl;
	uint64_t held = 99;

	ratelog_init(&rl, EVERY, RATELOG_PERIOD);
	cr_assert_eq(ratelog_due(&rl, 5, &held), 1);
	cr_assert_eq(held, 0);
}

Test(ratelog, a_period_says_one_line_and_counts_the_rest)
{
	struct ratelog rl;
	uint64_t held = 99;

	ratelog_init(&rl, EVERY, RATELOG_PERIOD);
	cr_assert_eq(ratelog_due(&rl, 100, &held), 1);
	cr_assert_eq(ratelog_due(&rl, 101, &held), 0);
	cr_assert_eq(ratelog_due(&rl, 600, &held), 0);
	cr_assert_eq(ratelog_due(&rl, 100 + EVERY - 1, &held), 0);
	cr_assert_eq(held, 0, "held is only written when a line is due");
	/* Events held back do not move the period's start. */
	cr_assert_eq(ratelog_due(&rl, 100 + EVERY, &held), 1);
	cr_assert_eq(held, 3);
	/* The count starts again after a line. */
	cr_assert_eq(ratelog_due(&rl, 100 + EVERY + 1, NULL), 0);
	cr_assert_eq(ratelog_due(&rl, 100 + 2 * EVERY, &held), 1);
	cr_assert_eq(held, 1);
	cr_assert_eq(ratelog_due(&rl, 100 + 5 * EVERY, &held), 1);
	cr_assert_eq(held, 0);
}

Test(ratelog, a_stretch_is_said_once_until_a_quiet_period)
{
	struct ratelog rl;
	uint64_t held = 99, t;

	ratelog_init(&rl, EVERY, RATELOG_STRETCH);
	cr_assert_eq(ratelog_due(&rl, 100, &held), 1);
	cr_assert_eq(held, 0);
	/* An event every half period, for ten periods: one stretch. */
	for (t = 100 + EVERY / 2; t <= 100 + 10 * EVERY; t += EVERY / 2)
		cr_assert_eq(ratelog_due(&rl, t, &held), 0, "at %llu",
		    (unsigned long long)t);
	/* A whole period of quiet after the last one: a new line. */
	cr_assert_eq(ratelog_due(&rl, 100 + 10 * EVERY + EVERY - 1, &held),
	    0);
	cr_assert_eq(ratelog_due(&rl, 100 + 12 * EVERY - 1, &held), 1);
	cr_assert_eq(held, 21);
}

Test(ratelog, held_may_be_null)
{
	struct ratelog rl;

	ratelog_init(&rl, EVERY, RATELOG_PERIOD);
	cr_assert_eq(ratelog_due(&rl, 1, NULL), 1);
	cr_assert_eq(ratelog_due(&rl, 2, NULL), 0);
	cr_assert_eq(rl.held, 1);
	cr_assert_eq(ratelog_due(&rl, 1 + EVERY, NULL), 1);
	cr_assert_eq(rl.held, 0);
}
