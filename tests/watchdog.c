/*
 * watchdog.c — a bound on every test's run time, so that a test that
 * spins fails, naming itself, instead of hanging `make check`.
 *
 * Why Criterion's own --timeout was not enough (Criterion 2.4.1):
 *   - it applies only to tests that name their own .timeout: the runner
 *     takes the test's (or its suite's) timeout and lowers it to
 *     --timeout, but a test with none keeps none (runner_coroutine.c:
 *     `if (criterion_options.timeout > 0 && timeout > criterion_options.
 *     timeout)` is false for 0), so `--timeout 240` never stopped
 *     extract/byte_offsets_after_multibyte_text when it spun;
 *   - BoxFort ends a test past its bound with SIGPROF, which a test (or
 *     the code under test) that blocks or catches it survives.
 *
 * So, before main: every test that names no .timeout gets
 * WATCHDOG_DEFAULT_S (Criterion's runner then ends it and reports it as
 * timed out, and --timeout still lowers it), and every test's .init is
 * wrapped to arm a timer of its own in the test's process, a little
 * after that bound: a timer thread (not a signal: nothing the test blocks
 * can stop it) that prints the test's name and SIGKILLs the process.
 * The daemons a test started die with it (PR_SET_PDEATHSIG, helpers.c).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <criterion/options.h>

/* A test that names no bound: the slowest such test
 * (extract/hostile_family_reads_each_byte_a_bounded_number_of_times)
 * took 12.8 s on the shared 2-core machine under a soak's load; about
 * ten times that is still short next to a CI job's budget. */
#define WATCHDOG_DEFAULT_S	120
/* The in-process timer fires this long after the test's bound, so that
 * Criterion's own timeout, when it works, reports first. */
#define WATCHDOG_GRACE_S	10
/* Tests in the binary (one binary holds every test file). */
#define WATCHDOG_TESTS_MAX	4096

/* The tests, from Criterion's section of test descriptions. */
extern struct criterion_test *__start_cr_tst[] __attribute__((weak));
extern struct criterion_test *__stop_cr_tst[] __attribute__((weak));

static struct watchdog_test {
	const struct criterion_test *test;
	void		(*init)(void);	/* the test's own, or NULL */
} watchdog_tests[WATCHDOG_TESTS_MAX];
static size_t watchdog_ntests;
static char watchdog_name[256];
static double watchdog_bound;

static void
watchdog_fire(union sigval v)
{
	char msg[512];
	int n;

	(void)v;
	n = snprintf(msg, sizeof(msg), "\nWATCHDOG: test %s still running "
	    "%.0f s past its bound of %.0f s: killed (a test must bound "
	    "every wait; see tests/watchdog.c)\n", watchdog_name,
	    (double)WATCHDOG_GRACE_S, watchdog_bound);
	if (n > 0)
		(void)!write(STDERR_FILENO, msg, (size_t)n);
	kill(getpid(), SIGKILL);
}

static void
watchdog_arm(double seconds)
{
	struct sigevent ev;
	struct itimerspec its;
	timer_t t;

	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_THREAD;
	ev.sigev_notify_function = watchdog_fire;
	memset(&its, 0, sizeof(its));
	its.it_value.tv_sec = (time_t)seconds + WATCHDOG_GRACE_S;
	if (timer_create(CLOCK_MONOTONIC, &ev, &t) == -1 ||
	    timer_settime(t, 0, &its, NULL) == -1) {
		fprintf(stderr, "watchdog: cannot arm a timer for %s\n",
		    watchdog_name);
		abort();
	}
}

/* Every test's .init: arm the timer, then the test's own .init. */
static void
watchdog_init(void)
{
	struct criterion_test t;
	struct criterion_test_extra_data d;
	void (*own)(void) = NULL;
	double bound;
	size_t i;

	/* The runner hands the test's process copies of these two structs
	 * from BoxFort's arena, which does not align them for their types
	 * (UBSan: misaligned load under `make asan`): read them by copy. */
	memcpy(&t, criterion_current_test, sizeof(t));
	memcpy(&d, t.data, sizeof(d));
	for (i = 0; i < watchdog_ntests; i++)
		if (strcmp(watchdog_tests[i].test->category, t.category) ==
		    0 && strcmp(watchdog_tests[i].test->name, t.name) == 0)
			own = watchdog_tests[i].init;
	bound = d.timeout > 0 ? d.timeout : WATCHDOG_DEFAULT_S;
	if (criterion_options.timeout > 0 && bound > criterion_options.timeout)
		bound = criterion_options.timeout;
	snprintf(watchdog_name, sizeof(watchdog_name), "%s/%s", t.category,
	    t.name);
	watchdog_bound = bound;
	watchdog_arm(bound);
	if (own != NULL)
		own();
}

__attribute__((constructor)) static void
watchdog_setup(void)
{
	struct criterion_test **p;

	if (__start_cr_tst == NULL)
		return;
	for (p = __start_cr_tst; p < __stop_cr_tst; p++) {
		struct criterion_test_extra_data *d;

		if (*p == NULL || (d = (*p)->data) == NULL ||
		    d->init == watchdog_init)
			continue;
		if (watchdog_ntests == WATCHDOG_TESTS_MAX) {
			fprintf(stderr, "watchdog: over %d tests: raise "
			    "WATCHDOG_TESTS_MAX\n", WATCHDOG_TESTS_MAX);
			abort();
		}
		if (d->timeout <= 0)
			d->timeout = WATCHDOG_DEFAULT_S;
		watchdog_tests[watchdog_ntests].test = *p;
		watchdog_tests[watchdog_ntests].init = d->init;
		watchdog_ntests++;
		d->init = watchdog_init;
	}
}
