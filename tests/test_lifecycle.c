/*
 * test_lifecycle.c — quarryd's life cycle with the spool: starts, stops
 * and crashes in sequences an operator walks, each checked against what
 * was acknowledged: every accepted id ends as a result after the next
 * start.  Bounded: every wait has a deadline (helpers.h).
 */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "message.h"

/* Articles fed between the restarts: enough to span several acks
 * batches, few enough to stay quick. */
#define LC_ARTICLES	50

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
		k = th_index(idbuf, "lc-", LC_ARTICLES);
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
		i = th_index(r.id, "lc-", LC_ARTICLES);
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

/* How many times text occurs in the daemon's whole log. */
static int
lc_log_count(const struct th_daemon *d, const char *text)
{
	char line[2048];
	FILE *f = fopen(d->log, "r");
	int n = 0;

	if (f == NULL)
		return 0;
	while (fgets(line, sizeof(line), f) != NULL)
		if (strstr(line, text) != NULL)
			n++;
	fclose(f);
	return n;
}

/*
 * Item 7: attempts survive restarts.  A poison article crashes its worker
 * twice, quarryd is stopped, and started again with --max-attempts 2: it
 * must be a dead letter at once, not get two more tries.
 */
Test(lifecycle, attempts_survive_a_restart, .timeout = 90)
{
	char state[TH_PATH_MAX + 16], bin[TH_PATH_MAX], idbuf[PROTO_ID_MAX + 1];
	const char *run1[] = { "--state-dir", state, "--worker-bin", bin,
	    "--max-attempts", "9", "--drain-timeout-ms", "100", NULL };
	const char *run2[] = { "--state-dir", state, "--worker-bin", bin,
	    "--max-attempts", "2", NULL };
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	void *ctx, *sub, *prod;
	int status, crashes;

	th_bin(bin, sizeof(bin), "faults/quarry-worker");
	cr_assert(access(bin, X_OK) == 0, "%s not built", bin);
	th_daemon_prepare(&d);
	snprintf(state, sizeof(state), "%s/state", d.dir);
	th_daemon_restart(&d, 1, run1);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	th_submit(prod, "poison-1", "It said \"no\" on Monday. "
	    "QUARRY-FAULT:crash", "lc.example", "2020-06-03");
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
	    TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED);
	/* Two crashes settled by the broker (the supervisor logs each
	 * too, so count the broker's line). */
	th_wait_log(&d, "process killed by signal", 2);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	crashes = lc_log_count(&d, "process killed by signal");
	/* Again, allowed two attempts in all: it has had them. */
	th_daemon_restart(&d, 1, run2);
	th_sub_sync(sub);
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "log:\n%s",
	    th_daemon_log(&d));
	cr_assert_str_eq(r.id, "poison-1");
	cr_assert(r.dead, "a result for the poison article");
	cr_assert_geq(r.attempts, 2, "attempts %u", r.attempts);
	cr_assert(strstr(r.error, "before quarryd restarted") != NULL,
	    "dead letter after more tries: %s", r.error);
	cr_assert_eq(lc_log_count(&d, "process killed by signal"), crashes,
	    "the poison article was tried again after the restart");
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_rmtree(d.dir);
}

/* The bytes of the spool's segments under state (0 if none yet). */
static long long
lc_spool_bytes(const char *state)
{
	char dir[TH_PATH_MAX + 32], path[TH_PATH_MAX + 320];
	struct dirent *e;
	struct stat st;
	long long n = 0;
	DIR *dp;

	snprintf(dir, sizeof(dir), "%s/spool", state);
	if ((dp = opendir(dir)) == NULL)
		return 0;
	while ((e = readdir(dp)) != NULL) {
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (e->d_name[0] != '.' && stat(path, &st) == 0)
			n += st.st_size;
	}
	closedir(dp);
	return n;
}

/*
 * A crash of quarryd charges the attempt it interrupted, not the jobs
 * waiting at a worker behind it, which never began: with --max-attempts
 * 1 the one behind used to be a dead letter after the restart ("1
 * attempt made before quarryd restarted") though it never ran.
 */
Test(lifecycle, a_crash_charges_no_job_waiting_at_a_worker, .timeout = 90)
{
	char state[TH_PATH_MAX + 16], bin[TH_PATH_MAX], idbuf[PROTO_ID_MAX + 1];
	const char *extra[] = { "--state-dir", state, "--worker-bin", bin,
	    "--max-attempts", "1", NULL };
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	void *ctx, *sub, *prod;
	uint64_t deadline;
	long long acked;
	int i, status, ended = 0;

	th_bin(bin, sizeof(bin), "faults/quarry-worker");
	cr_assert(access(bin, X_OK) == 0, "%s not built", bin);
	th_daemon_prepare(&d);
	snprintf(state, sizeof(state), "%s/state", d.dir);
	th_daemon_restart(&d, 1, extra);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	th_wait_log(&d, "ready (pid", 1);
	/* The first runs through the crash; the second waits behind it. */
	th_submit(prod, "crash-0", "QUARRY-FAULT:sleep=3000 \"Soon,\" she "
	    "said.", "lc.example", "2020-06-03");
	th_submit(prod, "crash-1", "\"Later,\" he said.", "lc.example",
	    "2020-06-03");
	for (i = 0; i < 2; i++) {
		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL,
		    0, TH_WAIT_MS) == 0);
		cr_assert_eq(ack.status, ACK_ACCEPTED);
	}
	/* Both went out as the articles were read, before the acks; the
	 * attempts they were charged reach the disk at the next tick. */
	acked = lc_spool_bytes(state);
	deadline = th_now_ms() + TH_WAIT_MS;
	while (lc_spool_bytes(state) == acked) {
		struct timespec pause = { 0, 10 * 1000000 };

		cr_assert(th_now_ms() < deadline, "no attempt written");
		nanosleep(&pause, NULL);
	}
	kill(d.pid, SIGKILL);
	cr_assert(th_wait(d.pid, TH_WAIT_MS, &status) == 0);
	th_daemon_restart(&d, 1, extra);
	th_sub_sync(sub);
	while (ended < 2) {
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "%d ended; log:\n%s", ended, th_daemon_log(&d));
		if (strncmp(r.topic, "quarry.hello", 12) == 0)
			continue;
		ended++;
		if (strcmp(r.id, "crash-1") == 0)
			cr_assert(!r.dead, "crash-1: dead letter: %s; log:\n%s",
			    r.error, th_daemon_log(&d));
		else	/* the crash interrupted it: charged */
			cr_assert(r.dead, "crash-0 ran again");
	}
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_rmtree(d.dir);
}

/*
 * Item 8: a spool larger than the queue is replayed by leaving the rest
 * on disk and reading it in as the queue drains; ids still on disk are
 * duplicates meanwhile.
 */
Test(lifecycle, spool_larger_than_the_queue_is_read_in_as_it_drains,
    .timeout = 90)
{
	enum { N = 300 };
	char state[TH_PATH_MAX + 16], idbuf[PROTO_ID_MAX + 1];
	const char *run1[] = { "--state-dir", state, "--heartbeat-ms", "200",
	    NULL };
	const char *run2[] = { "--state-dir", state, "--heartbeat-ms", "200",
	    "--queue-max", "10", NULL };
	unsigned results[N] = { 0 };
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	void *ctx, *sub, *prod;
	int i, status, ended = 0;
	pid_t worker;

	th_daemon_prepare(&d);
	snprintf(state, sizeof(state), "%s/state", d.dir);
	th_daemon_restart(&d, 0, run1);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	for (i = 0; i < N; i++)
		lc_submit(prod, i);
	for (i = 0; i < N; i++) {
		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
		    TH_WAIT_MS) == 0);
		cr_assert_eq(ack.status, ACK_ACCEPTED, "%s", idbuf);
	}
	kill(d.pid, SIGKILL);
	cr_assert(th_wait(d.pid, TH_WAIT_MS, &status) == 0);
	/* Ten fit in the queue; the other 290 wait on disk. */
	th_daemon_restart(&d, 0, run2);
	th_sub_sync(sub);
	lc_submit(prod, N - 1);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
	    TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_DUPLICATE, "%s still on disk: %s", idbuf,
	    ack_status_name(ack.status));
	worker = th_worker_start(&d);
	while (ended < N) {
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "%d of %d ended; log:\n%s", ended, N, th_daemon_log(&d));
		i = th_index(r.id, "lc-", N);
		cr_assert(i >= 0 && !r.dead, "%s %s", r.id, r.error);
		cr_assert_eq(results[i]++, 0, "%s twice", r.id);
		ended++;
	}
	cr_assert(th_recv_result(sub, &r, 200) == -1, "extra %s", r.id);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	kill(worker, SIGTERM);
	th_wait(worker, TH_WAIT_MS, &status);
	th_rmtree(d.dir);
}

/*
 * Item 9: after a restart, replayed articles wait for a subscriber to
 * sync before they are dispatched (else their results are published to
 * nobody); with none, they go after --replay-hold-ms.
 */
Test(lifecycle, replayed_articles_wait_for_a_subscriber, .timeout = 90)
{
	enum { N = 5 };
	char state[TH_PATH_MAX + 16], idbuf[PROTO_ID_MAX + 1];
	const char *run1[] = { "--state-dir", state, NULL };
	const char *run2[] = { "--state-dir", state, "--replay-hold-ms",
	    "60000", NULL };
	const char *run3[] = { "--state-dir", state, "--replay-hold-ms",
	    "100", NULL };
	unsigned results[N] = { 0 };
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	void *ctx, *sub, *prod;
	int i, status;

	th_daemon_prepare(&d);
	snprintf(state, sizeof(state), "%s/state", d.dir);
	th_daemon_restart(&d, 0, run1);
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	for (i = 0; i < N; i++) {
		lc_submit(prod, i);
		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
		    TH_WAIT_MS) == 0);
		cr_assert_eq(ack.status, ACK_ACCEPTED);
	}
	kill(d.pid, SIGKILL);
	cr_assert(th_wait(d.pid, TH_WAIT_MS, &status) == 0);
	/* Restart with a worker, and subscribe only once it is ready. */
	th_daemon_restart(&d, 1, run2);
	th_wait_log(&d, "ready (pid", 1);
	sub = th_subscriber(ctx, d.results, "");
	for (i = 0; i < N; i++) {
		int k;

		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "%d of %d results; log:\n%s", i, N, th_daemon_log(&d));
		k = th_index(r.id, "lc-", N);
		cr_assert(k >= 0 && !r.dead);
		cr_assert_eq(results[k]++, 0);
	}
	cr_assert(strstr(th_daemon_log(&d), "a subscriber synced") != NULL);
	zmq_close(sub);
	/* No subscriber at all: the hold ends by itself. */
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_daemon_restart(&d, 0, run1);
	lc_submit(prod, N);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
	    TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED);
	status = th_daemon_stop(&d);
	th_daemon_restart(&d, 1, run3);
	th_wait_log(&d, "no subscriber synced within 100 ms", 1);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_rmtree(d.dir);
}

/* Start a second quarryd with extra flags; it must exit 1 naming the
 * first one's pid in its log. */
static void
lc_second_refused(const struct th_daemon *first, const char **extra,
    const char *what)
{
	char want[128];
	struct th_daemon d2;
	int status;

	th_daemon_prepare(&d2);
	th_daemon_restart(&d2, 0, extra);
	cr_assert(th_wait(d2.pid, TH_WAIT_MS, &status) == 0, "a second "
	    "quarryd on the same %s still runs", what);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 1,
	    "second quarryd on the same %s: status %#x; log:\n%s", what,
	    status, th_daemon_log(&d2));
	cr_assert(strstr(th_daemon_log(&d2), what) != NULL, "log:\n%s",
	    th_daemon_log(&d2));
	snprintf(want, sizeof(want), "is in use by quarryd pid %ld",
	    (long)first->pid);
	cr_assert(strstr(th_daemon_log(&d2), want) != NULL, "no \"%s\" in "
	    "log:\n%s", want, th_daemon_log(&d2));
	th_rmtree(d2.dir);
}

/* Item 3: one quarryd per runtime directory and per state directory. */
Test(lifecycle, second_daemon_on_the_same_dirs_refuses, .timeout = 60)
{
	char state[TH_PATH_MAX + 16], other[TH_PATH_MAX + 16];
	char ingest[TH_PATH_MAX + 32], results[TH_PATH_MAX + 32];
	char workers[TH_PATH_MAX + 32], idbuf[PROTO_ID_MAX + 1];
	const char *run[] = { "--state-dir", state, NULL };
	/* Its own endpoints and state, the first one's runtime dir. */
	const char *same_runtime[] = { "--runtime-dir", NULL, "--state-dir",
	    other, "--ingest", ingest, "--results", results,
	    "--workers-endpoint", workers, NULL };
	/* Its own runtime dir (th_daemon_prepare's), the first's state. */
	const char *same_state[] = { "--state-dir", state, NULL };
	struct th_daemon d;
	struct ack ack;
	void *ctx, *sub, *prod;
	int status;

	th_daemon_prepare(&d);
	snprintf(state, sizeof(state), "%s/state", d.dir);
	snprintf(other, sizeof(other), "%s/other-state", d.dir);
	snprintf(ingest, sizeof(ingest), "ipc://%s/b-ingest", d.dir);
	snprintf(results, sizeof(results), "ipc://%s/b-results", d.dir);
	snprintf(workers, sizeof(workers), "ipc://%s/b-workers", d.dir);
	same_runtime[1] = d.dir;
	th_daemon_restart(&d, 0, run);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");	/* it serves */
	lc_second_refused(&d, same_runtime, "runtime directory");
	lc_second_refused(&d, same_state, "state directory");
	/* The first still serves, on its own sockets. */
	prod = th_producer(ctx, d.ingest);
	lc_submit(prod, 1);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
	    TH_WAIT_MS) == 0, "log:\n%s", th_daemon_log(&d));
	cr_assert_eq(ack.status, ACK_ACCEPTED);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	/* Once it has gone, the directories are free again. */
	th_daemon_restart(&d, 0, run);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	zmq_close(sub);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_rmtree(d.dir);
}

/* --- a full disk (item 5) --- */

static char lc_mnt[TH_PATH_MAX + 16];

/* .fini: the tmpfs goes even when an assertion failed. */
static void
lc_umount(void)
{
	if (lc_mnt[0] != '\0')
		th_tmpfs_umount(lc_mnt);
	lc_mnt[0] = '\0';
}

/* The port quarryd logged for --http 127.0.0.1:0. */
static unsigned
lc_http_port(const struct th_daemon *d)
{
	const char *key = "/stats on 127.0.0.1:", *p;

	th_wait_log(d, key, 1);
	p = strstr(th_daemon_log(d), key);
	cr_assert_not_null(p);
	return (unsigned)atoi(p + strlen(key));
}

/* GET path: the status code, and the body into buf. */
static int
lc_http_get(unsigned port, const char *path, char *buf, size_t len)
{
	struct sockaddr_in sa;
	char req[256];
	size_t got = 0;
	ssize_t n;
	int fd, code = -1;

	fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	cr_assert_geq(fd, 0);
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cr_assert_eq(connect(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	n = snprintf(req, sizeof(req), "GET %s HTTP/1.0\r\n\r\n", path);
	cr_assert_eq(write(fd, req, (size_t)n), n);
	while (got < len - 1 && (n = read(fd, buf + got, len - 1 - got)) > 0)
		got += (size_t)n;
	buf[got] = '\0';
	close(fd);
	sscanf(buf, "HTTP/1.%*d %d", &code);
	return code;
}

/* Poll until path answers code with text in its body (bounded). */
static void
lc_wait_http(unsigned port, const char *path, int code, const char *text)
{
	static char buf[65536];
	struct timespec pause = { 0, 20 * 1000000 };
	int i;

	for (i = 0; i < TH_WAIT_MS / 20; i++) {
		if (lc_http_get(port, path, buf, sizeof(buf)) == code &&
		    strstr(buf, text) != NULL)
			return;
		nanosleep(&pause, NULL);
	}
	cr_assert_fail("%s never answered %d with \"%s\"; last:\n%s", path,
	    code, text, buf);
}

/*
 * Item 5: the state directory fills up (a 1 MiB tmpfs).  Intake answers
 * busy and nothing acked is lost; /healthz says degraded and /metrics
 * shows it; once the queue drains, the spool gives back what finished
 * articles hold and accepts again, with no restart; a restart then
 * redelivers nothing.
 */
Test(lifecycle, full_disk_recovers_by_itself, .timeout = 120,
    .fini = lc_umount)
{
	enum { BODY = 60000, MAX = 200 };
	char idbuf[PROTO_ID_MAX + 1], err[256], id[32];
	const char *run[] = { "--state-dir", lc_mnt, "--http", "127.0.0.1:0",
	    "--heartbeat-ms", "200", NULL };
	unsigned char accepted[MAX + 1] = { 0 };
	unsigned results[MAX + 1] = { 0 };
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	void *ctx, *sub, *prod;
	char *body;
	int i, n = 0, ended = 0, busy = 0, status;
	unsigned port;
	pid_t worker;

	th_daemon_prepare(&d);
	snprintf(lc_mnt, sizeof(lc_mnt), "%s/state", d.dir);
	cr_assert_eq(mkdir(lc_mnt, 0700), 0);
	if (th_tmpfs_mount(lc_mnt, "1m") == -1) {
		lc_mnt[0] = '\0';
		cr_skip_test("cannot mount a tmpfs (%s): run as root",
		    strerror(errno));
	}
	body = malloc(BODY + 1);
	cr_assert_not_null(body);
	for (i = 0; i < BODY; i++)
		body[i] = "Quoth the clerk on Monday. "[i % 27];
	body[BODY] = '\0';
	th_daemon_restart(&d, 0, run);
	port = lc_http_port(&d);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	/* Fill it: ~16 articles of 60 KB fit in 1 MiB. */
	for (i = 0; i < MAX && !busy; i++) {
		snprintf(id, sizeof(id), "lc-%04d", i);
		th_submit(prod, id, body, "lc.example", "2020-06-03");
		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
		    sizeof(err), TH_WAIT_MS) == 0);
		if (ack.status == ACK_ACCEPTED) {
			accepted[i] = 1;
			n++;
		} else {
			cr_assert_eq(ack.status, ACK_BUSY, "%s: %s", idbuf,
			    ack_status_name(ack.status));
			cr_assert(strstr(err, "spool") != NULL &&
			    strstr(err, "space") != NULL, "busy: %s", err);
			busy = 1;
		}
	}
	cr_assert(busy && n > 0, "%d accepted, busy %d", n, busy);
	lc_wait_http(port, "/healthz", 503, "degraded");
	lc_wait_http(port, "/metrics", 200, "quarry_spool_writable 0");
	lc_wait_http(port, "/metrics", 200, "quarry_spool_enospc_total ");
	/* Workers drain the queue: every accepted article ends once. */
	worker = th_worker_start(&d);
	while (ended < n) {
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "%d of %d ended; log:\n%s", ended, n, th_daemon_log(&d));
		i = th_index(r.id, "lc-", MAX);
		cr_assert(i >= 0 && accepted[i] && !r.dead, "%s", r.id);
		cr_assert_eq(results[i]++, 0, "%s twice", r.id);
		ended++;
	}
	/* It recovers by itself (once the completions are in the spool:
	 * half a second after the results), and accepts again. */
	lc_wait_http(port, "/metrics", 200, "quarry_spool_unfinished 0");
	lc_wait_http(port, "/healthz", 200, "serving");
	lc_wait_http(port, "/metrics", 200, "quarry_spool_writable 1");
	th_submit(prod, "lc-0200", body, "lc.example", "2020-06-03");
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED, "after the drain: %s %s",
	    ack_status_name(ack.status), err);
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0);
	cr_assert_str_eq(r.id, "lc-0200");
	/* Nothing finished comes back after a restart. */
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_daemon_restart(&d, 0, run);
	th_sub_sync(sub);
	cr_assert_eq(lc_log_count(&d, " 0 unfinished articles to replay"), 2,
	    "finished articles replayed after the disk filled; log:\n%s",
	    th_daemon_log(&d));
	free(body);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	kill(worker, SIGTERM);
	th_wait(worker, TH_WAIT_MS, &status);
	lc_umount();
	th_rmtree(d.dir);
}

/*
 * Item 7: the duplicate window survives a restart.  A producer that
 * lost its ack and resends after quarryd restarted hears "duplicate",
 * not a second result.
 */
Test(lifecycle, duplicate_window_survives_a_restart, .timeout = 60)
{
	char state[TH_PATH_MAX + 16], idbuf[PROTO_ID_MAX + 1];
	const char *run[] = { "--state-dir", state, NULL };
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	void *ctx, *sub, *prod;
	int status;

	th_daemon_prepare(&d);
	snprintf(state, sizeof(state), "%s/state", d.dir);
	th_daemon_restart(&d, 1, run);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	lc_submit(prod, 7);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
	    TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED);
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0);
	cr_assert_str_eq(r.id, "lc-0007");
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_daemon_restart(&d, 1, run);
	th_sub_sync(sub);
	lc_submit(prod, 7);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
	    TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_DUPLICATE, "resent after a restart: %s",
	    ack_status_name(ack.status));
	cr_assert(th_recv_result(sub, &r, 300) == -1, "a second result");
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_rmtree(d.dir);
}

/*
 * Item 8: while the spool is read at start, quarryd asks systemd for
 * more start-up time (EXTEND_TIMEOUT_USEC), before READY=1.
 */
Test(lifecycle, replay_extends_the_start_timeout, .timeout = 60)
{
	char state[TH_PATH_MAX + 16], path[TH_PATH_MAX + 16], note[512];
	char idbuf[PROTO_ID_MAX + 1];
	const char *run[] = { "--state-dir", state, NULL };
	struct sockaddr_un sun;
	struct th_daemon d;
	struct ack ack;
	void *ctx, *prod;
	int fd, status, extend = 0, ready = 0, i;

	th_daemon_prepare(&d);
	snprintf(state, sizeof(state), "%s/state", d.dir);
	th_daemon_restart(&d, 0, run);
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	for (i = 0; i < 3; i++) {
		lc_submit(prod, i);
		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
		    TH_WAIT_MS) == 0);
	}
	zmq_close(prod);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	/* Again, under a service manager: our notify socket. */
	snprintf(path, sizeof(path), "%s/notify", d.dir);
	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	cr_assert(fd != -1);
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	cr_assert_lt(strlen(path), sizeof(sun.sun_path));
	memcpy(sun.sun_path, path, strlen(path) + 1);
	cr_assert(bind(fd, (struct sockaddr *)&sun, sizeof(sun)) == 0);
	setenv("NOTIFY_SOCKET", path, 1);
	th_daemon_restart(&d, 0, run);
	unsetenv("NOTIFY_SOCKET");
	while (!ready) {
		struct pollfd p = { fd, POLLIN, 0 };
		ssize_t k;

		cr_assert(poll(&p, 1, TH_WAIT_MS) == 1, "no READY=1; log:\n%s",
		    th_daemon_log(&d));
		k = recv(fd, note, sizeof(note) - 1, 0);
		cr_assert(k > 0);
		note[k] = '\0';
		if (strncmp(note, "EXTEND_TIMEOUT_USEC=", 20) == 0) {
			cr_assert(strstr(note, "STATUS=replaying the spool") !=
			    NULL, "%s", note);
			cr_assert_gt(atol(note + 20), 0);
			extend++;
		}
		if (strncmp(note, "READY=1", 7) == 0)
			ready = 1;
	}
	cr_assert_gt(extend, 0, "no EXTEND_TIMEOUT_USEC before READY=1");
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	close(fd);
	th_rmtree(d.dir);
}

/* Articles fed to each quarryd in a row of restarts. */
#define LC_ROUND	10

/*
 * A remote worker (not quarryd's child: it does not die with it) serves
 * three quarryds in a row: the first stopped (SIGTERM: its BYE makes the
 * worker register again on a fresh socket, which may reach the quarryd
 * still draining and lose its READY there), the second killed (SIGKILL:
 * no BYE, the worker's socket reconnects to a quarryd that does not know
 * it, whose BYE to its heartbeat makes it register).  Each start's
 * articles are answered by it alone, each once, and it is still running
 * at the end.
 */
Test(lifecycle, a_remote_worker_outlives_two_restarts, .timeout = 120)
{
	const char *extra[] = { "--heartbeat-ms", "200", NULL };
	unsigned results[3 * LC_ROUND] = { 0 };
	char idbuf[PROTO_ID_MAX + 1];
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	void *ctx, *sub, *prod;
	int round, i, n, status;
	pid_t worker;

	th_daemon_start(&d, 0, extra);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	worker = th_worker_start(&d);
	for (round = 0; round < 3; round++) {
		for (i = 0; i < LC_ROUND; i++)
			lc_submit(prod, round * LC_ROUND + i);
		for (n = 0; n < LC_ROUND; n++) {
			cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf),
			    NULL, 0, TH_WAIT_MS) == 0, "start %d: %d acks of "
			    "%d; log:\n%s", round + 1, n, LC_ROUND,
			    th_daemon_log(&d));
			cr_assert_eq(ack.status, ACK_ACCEPTED, "%s: %s", idbuf,
			    ack_status_name(ack.status));
		}
		for (n = 0; n < LC_ROUND; n++) {
			cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
			    "start %d: %d results of %d; log:\n%s", round + 1,
			    n, LC_ROUND, th_daemon_log(&d));
			i = th_index(r.id, "lc-", 3 * LC_ROUND);
			cr_assert(i >= round * LC_ROUND &&
			    i < (round + 1) * LC_ROUND, "start %d: result for "
			    "%s", round + 1, r.id);
			cr_assert(!r.dead, "%s: dead letter: %s", r.id,
			    r.error);
			cr_assert_eq(results[i]++, 0, "%s ended twice", r.id);
		}
		if (round == 2)
			break;
		cr_assert(waitpid(worker, &status, WNOHANG) == 0,
		    "the remote worker exited (%#x)", status);
		if (round == 0) {
			status = th_daemon_stop(&d);
			cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			    "stop: %#x; log:\n%s", status, th_daemon_log(&d));
		} else {
			kill(d.pid, SIGKILL);
			cr_assert(th_wait(d.pid, TH_WAIT_MS, &status) == 0);
			d.pid = 0;
		}
		th_daemon_restart(&d, 0, extra);
		th_sub_sync(sub);
	}
	cr_assert(waitpid(worker, &status, WNOHANG) == 0, "the remote worker "
	    "exited (%#x)", status);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	kill(worker, SIGTERM);
	cr_assert(th_wait(worker, TH_WAIT_MS, &status) == 0 &&
	    WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "the remote worker did not stop cleanly (%#x)", status);
	th_rmtree(d.dir);
}
