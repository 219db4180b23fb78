/*
 * test_hostile.c — quarryd against well-formed but hostile traffic, end
 * to end (issue 13): every input bounded in bytes and descriptors.  Each
 * test shows the bound by what quarryd answers (busy, a refused
 * subscription, a closed connection) and by what it holds (/proc VmRSS,
 * descriptors), with margins far wider than the noise and far narrower
 * than what the attack cost before the bound.
 */
#include <errno.h>
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

/* What a failed assertion leaves running is stopped by the fini. */
static struct th_daemon ho_daemon;

static void
ho_fini(void)
{
	if (ho_daemon.pid > 0) {
		th_daemon_stop(&ho_daemon);
		th_rmtree(ho_daemon.dir);
	}
}

static void
ho_daemon_stop(void)
{
	int status = th_daemon_stop(&ho_daemon);

	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarryd did not exit 0 (status %#x); log:\n%s", status,
	    th_daemon_log(&ho_daemon));
	th_rmtree(ho_daemon.dir);
}

/* A /proc/PID/status field in kB (VmRSS, ...), or -1. */
static long
ho_status_kb(pid_t pid, const char *field)
{
	char path[64], line[256];
	size_t n = strlen(field);
	long kb = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%ld/status", (long)pid);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), f) != NULL)
		if (strncmp(line, field, n) == 0 && line[n] == ':') {
			kb = strtol(line + n + 1, NULL, 10);
			break;
		}
	fclose(f);
	return kb;
}

/* Submit and wait for the ack; its status. */
static enum ack_status
ho_submit(void *prod, const char *id, const char *body, char *err,
    size_t errlen)
{
	char idbuf[PROTO_ID_MAX + 1];
	struct ack ack;

	th_submit(prod, id, body, NULL, NULL);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err, errlen,
	    TH_WAIT_MS) == 0, "no ack for %s; log:\n%s", id,
	    th_daemon_log(&ho_daemon));
	cr_assert_str_eq(idbuf, id);
	return ack.status;
}

/* --- the queue: bounded in bytes --- */

/* 1 MiB bodies against a 4 MiB budget: a few are accepted, the rest
 * are busy, and quarryd's resident memory does not grow with them. */
#define HO_BIG_BODY	(1u << 20)
#define HO_BIG_COUNT	48

Test(hostile, queue_bounded_in_bytes, .timeout = 120, .fini = ho_fini)
{
	static const char *extra[] = { "--queue-max-bytes", "4194304",
	    "--drain-timeout-ms", "100", NULL };
	char id[32], err[PROTO_ERR_MAX];
	char *body = malloc(HO_BIG_BODY);
	int accepted = 0, busy = 0, i;
	long rss0, rss1;
	void *ctx, *prod;

	cr_assert_not_null(body);
	memset(body, 'x', HO_BIG_BODY - 1);
	body[HO_BIG_BODY - 1] = '\0';
	th_daemon_start(&ho_daemon, 0, extra);
	ctx = th_ctx();
	prod = th_producer(ctx, ho_daemon.ingest);
	cr_assert_eq(ho_submit(prod, "small", "a small one", err,
	    sizeof(err)), ACK_ACCEPTED);
	rss0 = ho_status_kb(ho_daemon.pid, "VmRSS");
	for (i = 0; i < HO_BIG_COUNT; i++) {
		snprintf(id, sizeof(id), "big-%d", i);
		switch (ho_submit(prod, id, body, err, sizeof(err))) {
		case ACK_ACCEPTED:
			accepted++;
			break;
		case ACK_BUSY:
			cr_assert(strstr(err, "queue full") != NULL &&
			    strstr(err, "bytes") != NULL, "busy: %s", err);
			busy++;
			break;
		default:
			cr_assert_fail("big-%d: neither accepted nor busy",
			    i);
		}
	}
	rss1 = ho_status_kb(ho_daemon.pid, "VmRSS");
	/* 4 MiB hold 3 of them besides the small one (each is 1 MiB and
	 * its frame's msgpack and the job's bookkeeping). */
	cr_assert_eq(accepted, 3, "accepted %d of %d", accepted,
	    HO_BIG_COUNT);
	cr_assert_eq(busy, HO_BIG_COUNT - 3);
	/* Before the byte bound all 48 MiB stayed resident. */
	cr_assert(rss0 > 0 && rss1 > 0 && rss1 - rss0 < 24 * 1024,
	    "VmRSS %ld kB -> %ld kB", rss0, rss1);
	free(body);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	ho_daemon_stop();
}
