/*
 * test_lifecycle.c — quarryd's life cycle with the spool: starts, stops
 * and crashes in sequences an operator walks, each checked against what
 * was acknowledged: every accepted id ends as a result after the next
 * start.  Bounded: every wait has a deadline (helpers.h).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "message.h"

/* Articles fed between the restarts: enough to span several acks
 * batches, few enough to stay quick. */
#define LC_ARTICLES	50

/* "lc-0042" -> 42, or -1. */
static int
lc_index(const char *id, int n)
{
	int i;

	if (sscanf(id, "lc-%d", &i) != 1 || i < 0 || i >= n)
		return -1;
	return i;
}

static void
lc_submit(void *prod, int i)
{
	char id[32], body[160];

	snprintf(id, sizeof(id), "lc-%04d", i);
	snprintf(body, sizeof(body), "Item %d. \"It held,\" the keeper said "
	    "on Monday, June 1, 2020.", i);
	th_submit(prod, id, body, "lc.example", "2020-06-03");
}

/*
 * start -> stop -> start -> feed -> (SIGKILL | SIGTERM with work left) ->
 * start: the second start found the spool as the first left it with no
 * article in between, which used to unlink the segment being written.
 */
static void
lc_restart_case(const char *fsync, int sigkill)
{
	char state[TH_PATH_MAX + 16], idbuf[PROTO_ID_MAX + 1];
	const char *extra[] = { "--state-dir", state, "--spool-fsync", fsync,
	    "--drain-timeout-ms", "100", "--heartbeat-ms", "200", NULL };
	unsigned char accepted[LC_ARTICLES] = { 0 };
	unsigned results[LC_ARTICLES] = { 0 };
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	void *ctx, *sub, *prod;
	int i, status, naccepted = 0, nended = 0;
	pid_t worker;

	th_daemon_prepare(&d);
	snprintf(state, sizeof(state), "%s/state", d.dir);
	ctx = th_ctx();
	/* Start, and stop once it serves, with nothing fed. */
	th_daemon_restart(&d, 0, extra);
	sub = th_subscriber(ctx, d.results, "");
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "first stop: %#x; log:\n%s", status, th_daemon_log(&d));
	/* Start again, and feed. */
	th_daemon_restart(&d, 0, extra);
	th_sub_sync(sub);
	prod = th_producer(ctx, d.ingest);
	for (i = 0; i < LC_ARTICLES; i++)
		lc_submit(prod, i);
	for (i = 0; i < LC_ARTICLES; i++) {
		int k;

		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
		    TH_WAIT_MS) == 0, "%d acks of %d; log:\n%s", i,
		    LC_ARTICLES, th_daemon_log(&d));
		k = lc_index(idbuf, LC_ARTICLES);
		cr_assert(k >= 0, "ack for %s", idbuf);
		cr_assert_eq(ack.status, ACK_ACCEPTED, "%s: %s", idbuf,
		    ack_status_name(ack.status));
		accepted[k] = 1;
		naccepted++;
	}
	/* End it with the work still queued (no workers). */
	if (sigkill) {
		kill(d.pid, SIGKILL);
		cr_assert(th_wait(d.pid, TH_WAIT_MS, &status) == 0);
		d.pid = 0;
	} else {
		status = th_daemon_stop(&d);
		cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		    "stop with work left: %#x", status);
		cr_assert(strstr(th_daemon_log(&d), "stay in the spool") !=
		    NULL, "log:\n%s", th_daemon_log(&d));
	}
	/* The next start: every accepted article comes back, and ends. */
	th_daemon_restart(&d, 0, extra);
	th_sub_sync(sub);
	worker = th_worker_start(&d);
	while (nended < naccepted) {
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "fsync %s, %s: %d of %d accepted articles ended; log:\n%s",
		    fsync, sigkill ? "SIGKILL" : "SIGTERM", nended, naccepted,
		    th_daemon_log(&d));
		i = lc_index(r.id, LC_ARTICLES);
		cr_assert(i >= 0 && accepted[i], "result for %s", r.id);
		cr_assert(!r.dead, "%s: dead letter: %s", r.id, r.error);
		cr_assert_eq(results[i]++, 0, "%s ended twice", r.id);
		nended++;
	}
	cr_assert(th_recv_result(sub, &r, 200) == -1, "extra result %s",
	    r.id);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	kill(worker, SIGTERM);
	th_wait(worker, TH_WAIT_MS, &status);
	th_rmtree(d.dir);
}

Test(lifecycle, idle_restart_then_kill9_fsync_always, .timeout = 60)
{
	lc_restart_case("always", 1);
}

Test(lifecycle, idle_restart_then_kill9_fsync_batch, .timeout = 60)
{
	lc_restart_case("batch", 1);
}

Test(lifecycle, idle_restart_then_kill9_fsync_off, .timeout = 60)
{
	lc_restart_case("off", 1);
}

Test(lifecycle, idle_restart_then_sigterm_fsync_always, .timeout = 60)
{
	lc_restart_case("always", 0);
}

Test(lifecycle, idle_restart_then_sigterm_fsync_batch, .timeout = 60)
{
	lc_restart_case("batch", 0);
}

Test(lifecycle, idle_restart_then_sigterm_fsync_off, .timeout = 60)
{
	lc_restart_case("off", 0);
}
