/*
 * badinput_check.h — what the two halves of the bad-input catalogue share
 * (tests/test_badinput.c, the producer side; test_badinput_worker.c, the
 * worker side and frames over the limit): the daemon a test starts and
 * its fini stops even when an assertion fails, the fake worker's pid,
 * and the ack reader.  Static: each test file has its own.
 */
#ifndef QUARRY_TESTS_BADINPUT_CHECK_H
#define QUARRY_TESTS_BADINPUT_CHECK_H

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "extract.h"
#include "helpers.h"
#include "message.h"

/* A body every case can share: a quote and a date for the extractors. */
#define BI_BODY		"\"We will win,\" Putin said on August 15, 2016."
/* Nesting depth of the "million deep" case. */
#define BI_DEEP		1000000
/* How long "nothing more arrives" is watched for. */
#define BI_QUIET_MS	300

/*
 * What a failed assertion leaves running: the fini of every test stops
 * it, so a failure does not leave a daemon behind holding the pipes.
 */
static struct th_daemon bi_daemon;
static pid_t bi_worker;

static inline void
bi_fini(void)
{
	int status;

	if (bi_worker > 0) {
		kill(bi_worker, SIGKILL);
		waitpid(bi_worker, &status, 0);
		bi_worker = 0;
	}
	if (bi_daemon.pid > 0) {
		th_daemon_stop(&bi_daemon);
		th_rmtree(bi_daemon.dir);
	}
}

/* Stop the daemon, which must exit 0 (a sanitized one exits non-zero
 * on a leak or any report), and clean up. */
static inline void
bi_daemon_stop(void)
{
	int status = th_daemon_stop(&bi_daemon);

	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarryd did not exit 0 (status %#x); log:\n%s", status,
	    th_daemon_log(&bi_daemon));
	th_rmtree(bi_daemon.dir);
}

/*
 * One Ack, with or without the delimiter frame (the broker answers a
 * message without one in kind).  0, or -1 on timeout.
 */
static inline int
bi_recv_ack(void *sock, struct ack *out, char *id, size_t idlen, char *err,
    size_t errlen, int timeout_ms)
{
	static struct proto_decoder *dec;
	zmq_pollitem_t it = { sock, 0, ZMQ_POLLIN, 0 };
	zmq_msg_t m;
	char why[PROTO_ERR_MAX];
	size_t n;

	if (dec == NULL)
		cr_assert((dec = proto_decoder_new()) != NULL);
	if (zmq_poll(&it, 1, timeout_ms) <= 0)
		return -1;
	zmq_msg_init(&m);
	cr_assert(zmq_msg_recv(&m, sock, 0) >= 0);
	if (zmq_msg_size(&m) == 0) {
		cr_assert(zmq_msg_more(&m), "ack of one empty frame");
		cr_assert(zmq_msg_recv(&m, sock, 0) >= 0);
	}
	cr_assert(!zmq_msg_more(&m), "ack with extra frames");
	cr_assert(proto_decode_ack(dec, zmq_msg_data(&m), zmq_msg_size(&m),
	    out, why, sizeof(why)) == 0, "bad ack: %s", why);
	n = out->id.len < idlen - 1 ? out->id.len : idlen - 1;
	memcpy(id, out->id.p != NULL ? out->id.p : "", n);
	id[n] = '\0';
	n = out->error.len < errlen - 1 ? out->error.len : errlen - 1;
	memcpy(err, out->error.p != NULL ? out->error.p : "", n);
	err[n] = '\0';
	out->id.p = out->error.p = NULL;
	zmq_msg_close(&m);
	return out->id.len > 0 ? 1 : 0;
}

/* A valid article, accepted: the daemon is alive and still taking work. */
static inline void
bi_submit_ok(void *prod, const char *id, struct th_daemon *d,
    const char *after)
{
	struct ack ack;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX];

	th_submit(prod, id, BI_BODY, "ok", "2016-08-15");
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) >= 0, "no ack for %s after %s; log:\n%s",
	    id, after, th_daemon_log(d));
	cr_assert_eq(ack.status, ACK_ACCEPTED, "%s after %s: %s (%s)", id,
	    after, ack_status_name(ack.status), err);
	cr_assert_str_eq(idbuf, id);
}

#endif
