/*
 * test_detach.c — quarryd without --foreground (detach.c): the command
 * returns once the daemon serves, or fails with the reason and a
 * non-zero status when it cannot; --pidfile names the daemon and keeps a
 * second one out.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "message.h"

#define DT_OUT_MAX	16384

/* The detached daemon is nobody's child: remember it to stop it even
 * when an assertion fails. */
static pid_t dt_daemon = -1;
static char dt_dir[64];

static void
dt_setup(void)
{
	snprintf(dt_dir, sizeof(dt_dir), "/tmp/quarry-detach-XXXXXX");
	cr_assert(mkdtemp(dt_dir) != NULL);
}

static int
dt_alive(pid_t pid)
{
	return kill(pid, 0) == 0 || errno != ESRCH;
}

/* Stop it and wait (bounded) for it to be gone; 0 once gone. */
static int
dt_stop(pid_t pid)
{
	struct timespec pause = { 0, 10 * 1000000 };
	int i;

	if (pid <= 0)
		return 0;
	kill(pid, SIGTERM);
	for (i = 0; i < TH_WAIT_MS / 10; i++) {
		if (!dt_alive(pid))
			return 0;
		nanosleep(&pause, NULL);
	}
	kill(pid, SIGKILL);
	return -1;
}

static void
dt_teardown(void)
{
	dt_stop(dt_daemon);
	dt_daemon = -1;
	th_rmtree(dt_dir);
}

static pid_t
dt_read_pid(const char *path)
{
	char buf[32] = "";
	FILE *f = fopen(path, "r");

	cr_assert(f != NULL, "%s: %s", path, strerror(errno));
	cr_assert(fgets(buf, sizeof(buf), f) != NULL);
	fclose(f);
	return (pid_t)atol(buf);
}

Test(detach, returns_once_serving_with_a_pidfile, .init = dt_setup,
    .fini = dt_teardown)
{
	char bin[TH_PATH_MAX], rt[96], in[128], res[128], pidf[96],
	    out[DT_OUT_MAX], idbuf[64], why[256];
	char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarryd"),
	    (char *)"--runtime-dir", rt, (char *)"--ingest", in,
	    (char *)"--results", res, (char *)"--http", (char *)"off",
	    (char *)"-w", (char *)"1", (char *)"--pidfile", pidf, NULL };
	struct ack a;
	void *ctx, *prod;
	pid_t pid;

	snprintf(rt, sizeof(rt), "%s/rt", dt_dir);
	snprintf(in, sizeof(in), "ipc://%s/in", dt_dir);
	snprintf(res, sizeof(res), "ipc://%s/out", dt_dir);
	snprintf(pidf, sizeof(pidf), "%s/quarryd.pid", dt_dir);
	cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 0, "%s",
	    out);
	dt_daemon = pid = dt_read_pid(pidf);
	cr_assert(pid > 0 && dt_alive(pid), "pid file says %ld", (long)pid);
	cr_assert(strstr(out, "serving") != NULL, "returned before serving:"
	    " %s", out);
	/* Serving: an article is accepted at once. */
	ctx = th_ctx();
	prod = th_producer(ctx, in);
	th_submit(prod, "d-1", "\"Detached,\" she said.", NULL, NULL);
	cr_assert_eq(th_recv_ack(prod, &a, idbuf, sizeof(idbuf), why,
	    sizeof(why), TH_WAIT_MS), 0, "no ack");
	cr_assert_eq(a.status, ACK_ACCEPTED);
	zmq_close(prod);
	zmq_ctx_term(ctx);

	/* A second quarryd with the same pid file: refused, exit 1. */
	snprintf(rt, sizeof(rt), "%s/rt2", dt_dir);
	snprintf(in, sizeof(in), "ipc://%s/in2", dt_dir);
	snprintf(res, sizeof(res), "ipc://%s/out2", dt_dir);
	cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 1, "%s",
	    out);
	cr_assert(strstr(out, "held by pid") != NULL, "%s", out);
	cr_assert(strstr(out, "did not start (exit 1)") != NULL, "%s", out);
	cr_assert_eq(dt_read_pid(pidf), pid, "the pid file was rewritten");

	cr_assert_eq(dt_stop(pid), 0, "did not stop on SIGTERM");
	dt_daemon = -1;
	cr_assert(access(pidf, F_OK) == -1, "pid file left behind");
}

Test(detach, a_bind_failure_is_reported_with_a_nonzero_exit,
    .init = dt_setup, .fini = dt_teardown)
{
	char bin[TH_PATH_MAX], rt[96], in[64], res[128], out[DT_OUT_MAX],
	    want[128];
	char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarryd"),
	    (char *)"--runtime-dir", rt, (char *)"--ingest", in,
	    (char *)"--results", res, (char *)"--http", (char *)"off",
	    (char *)"-w", (char *)"1", NULL };
	struct sockaddr_in sa;
	socklen_t len = sizeof(sa);
	int s = socket(AF_INET, SOCK_STREAM, 0);

	/* A port someone else holds. */
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cr_assert(s != -1 && bind(s, (struct sockaddr *)&sa, sizeof(sa)) == 0
	    && listen(s, 1) == 0);
	cr_assert_eq(getsockname(s, (struct sockaddr *)&sa, &len), 0);
	snprintf(rt, sizeof(rt), "%s/rt", dt_dir);
	snprintf(in, sizeof(in), "tcp://127.0.0.1:%u", ntohs(sa.sin_port));
	snprintf(res, sizeof(res), "ipc://%s/out", dt_dir);
	cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 1, "%s",
	    out);
	/* At err, naming the setting, errno in words. */
	snprintf(want, sizeof(want), " err: ingest: cannot bind %s: the "
	    "address is in use", in);
	cr_assert(strstr(out, want) != NULL, "%s", out);
	cr_assert(strstr(out, "serving") == NULL, "%s", out);
	cr_assert(strstr(out, "did not start (exit 1)") != NULL, "%s", out);
	close(s);
}
