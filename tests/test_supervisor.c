/*
 * test_supervisor.c — local workers are started, replaced when they die,
 * and stopped on shutdown.  The "worker" is a script that sleeps, so the
 * test exercises the process handling alone.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <event2/event.h>

#include <criterion/criterion.h>

#include "config.h"
#include "helpers.h"
#include "supervisor.h"
#include "util.h"

struct sup_test {
	struct event_base *base;
	int	 exits;
	pid_t	 last;
};

static void
sup_test_exit(void *arg, pid_t pid, int status)
{
	struct sup_test *t = arg;

	(void)status;
	t->exits++;
	t->last = pid;
}

/* Run the loop until cond holds; fail after TH_WAIT_MS. */
#define SUP_RUN_UNTIL(t, cond) do {					\
	int ticks_;							\
	struct timeval tick_ = { 0, 20000 };				\
	for (ticks_ = 0; !(cond); ticks_++) {				\
		cr_assert(ticks_ < TH_WAIT_MS / 20, "timed out: " #cond); \
		event_base_loopexit((t)->base, &tick_);			\
		event_base_dispatch((t)->base);				\
	}								\
} while (0)

Test(supervisor, restarts_a_killed_worker_and_stops_all, .timeout = 60)
{
	struct sup_test t = { NULL, 0, 0 };
	struct supervisor *sup;
	struct config cfg;
	char dir[] = "/tmp/quarry-sup-XXXXXX", script[TH_PATH_MAX];
	pid_t kids[16], victim;
	FILE *f;
	int n;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(script, sizeof(script), "%s/worker.sh", dir);
	f = fopen(script, "w");
	cr_assert_not_null(f);
	fputs("#!/bin/sh\nexec sleep 60\n", f);
	fclose(f);
	chmod(script, 0755);

	config_defaults(&cfg);
	cfg.workers = 2;
	cfg.worker_bin = xstrdup(script);
	cfg.workers_endpoint = xstrdup("ipc:///nonexistent/workers");
	t.base = event_base_new();
	sup = supervisor_new(t.base, &cfg, sup_test_exit, &t);
	supervisor_start(sup);
	cr_assert_eq(supervisor_running(sup), 2);

	n = th_children(getpid(), kids, 16);
	cr_assert_eq(n, 2);
	cr_assert(supervisor_owns(sup, kids[0]) && supervisor_owns(sup,
	    kids[1]));
	victim = kids[0];
	cr_assert_eq(kill(victim, SIGKILL), 0);
	SUP_RUN_UNTIL(&t, t.exits == 1);
	cr_assert_eq(t.last, victim);
	cr_assert(!supervisor_owns(sup, victim));
	SUP_RUN_UNTIL(&t, supervisor_running(sup) == 2);
	cr_assert_eq(supervisor_restarts(sup), 1);

	supervisor_stop(sup);
	SUP_RUN_UNTIL(&t, supervisor_running(sup) == 0);
	cr_assert_eq(t.exits, 3);
	/* No restarts once stopping. */
	cr_assert_eq(supervisor_restarts(sup), 1);
	supervisor_destroy(&sup);
	cr_assert_null(sup);
	event_base_free(t.base);
	config_free(&cfg);
	th_rmtree(dir);
}
