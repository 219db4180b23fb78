/*
 * test_badinput_worker.c — the worker side of the hostile-input catalogue
 * (docs/security.md), end to end against a real quarryd: a fake worker (a
 * DEALER of our own on the workers endpoint) takes a job and misbehaves;
 * the broker must expel it (it hears BYE), and the job must still end as
 * exactly one result from a real worker.  Frames over PROTO_FRAME_MAX
 * disconnect their sender on every socket, and the daemon serves the next
 * client; a worker stepping outside its sandbox is killed.  The producer
 * side is test_badinput.c.
 */
#include "badinput_check.h"
#include "job.h"

/* --- the worker side: a fake worker that misbehaves --- */

/* A body with multi-byte characters, so a span can split one. */
#define BI_WBODY	"\xe2\x80\x9cWe will win,\xe2\x80\x9d Putin said on " \
			"August 15, 2016."

/* What the fake worker learnt from its JOB. */
struct bi_job {
	uint64_t	 job;
	uint32_t	 attempt;
	size_t		 body_len;
};

static void
bi_fake_send(void *s, const void *p, size_t len, int more)
{
	cr_assert(zmq_send(s, p, len, more ? ZMQ_SNDMORE : 0) == (int)len,
	    "fake worker send: %s", zmq_strerror(zmq_errno()));
}

static void
bi_fake_send_wmsg(void *s, const struct wmsg *m)
{
	struct pbuf pb = { NULL, 0, 0 };

	cr_assert(proto_encode_wmsg(&pb, m) == 0);
	bi_fake_send(s, pb.data, pb.len, 0);
	pbuf_free(&pb);
}

/* A DEALER on the workers endpoint that has sent READY with credit 1. */
static void *
bi_fake_worker(void *ctx, const char *endpoint)
{
	void *s = zmq_socket(ctx, ZMQ_DEALER);
	struct wmsg m;
	int zero = 0;

	cr_assert(s != NULL);
	zmq_setsockopt(s, ZMQ_LINGER, &zero, sizeof(zero));
	cr_assert(zmq_connect(s, endpoint) == 0);
	memset(&m, 0, sizeof(m));
	m.type = WMSG_READY;
	m.credit = 1;
	m.pid = 0;
	m.name = STR_LIT("fake");
	m.extractor = STR_LIT("fake/0");
	bi_fake_send_wmsg(s, &m);
	return s;
}

/*
 * The next message from the broker that is not a heartbeat: its type,
 * or -1 on timeout.  A JOB fills *job.
 */
static int
bi_fake_recv(void *s, struct bi_job *job, int timeout_ms)
{
	static struct proto_decoder *dec;
	zmq_pollitem_t it = { s, 0, ZMQ_POLLIN, 0 };
	char err[PROTO_ERR_MAX];
	struct wmsg m;
	zmq_msg_t msg;
	int type, tries;

	if (dec == NULL)
		cr_assert((dec = proto_decoder_new()) != NULL);
	/* Heartbeats come once a second: a bounded number of them. */
	for (tries = 0; tries < timeout_ms / 100; tries++) {
		if (zmq_poll(&it, 1, 100) <= 0)
			continue;
		zmq_msg_init(&msg);
		cr_assert(zmq_msg_recv(&msg, s, 0) >= 0);
		cr_assert(!zmq_msg_more(&msg), "multipart from the broker");
		memset(&m, 0, sizeof(m));
		cr_assert(proto_decode_wmsg(dec, zmq_msg_data(&msg),
		    zmq_msg_size(&msg), &m, err, sizeof(err)) == 0,
		    "broker sent a bad message: %s", err);
		type = (int)m.type;
		if (m.type == WMSG_JOB && job != NULL) {
			job->job = m.job;
			job->attempt = m.attempt;
			job->body_len = m.article.body.len;
		}
		zmq_msg_close(&msg);
		if (type != WMSG_HEARTBEAT)
			return type;
	}
	return -1;
}

/* A real quarry-worker, unsupervised, on the daemon's workers socket. */
static pid_t
bi_real_worker(const struct th_daemon *d)
{
	char bin[TH_PATH_MAX];
	char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarry-worker"),
	    (char *)"--connect", (char *)d->workers, (char *)"--name",
	    (char *)"real", (char *)"--log-level", (char *)"warn", NULL };

	return th_spawn(argv, "/dev/null");
}

static void
bi_real_worker_stop(void)
{
	int status;

	cr_assert(kill(bi_worker, SIGTERM) == 0);
	cr_assert(th_wait(bi_worker, TH_WAIT_MS, &status) == 0,
	    "quarry-worker did not stop");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarry-worker exited with %#x", status);
	bi_worker = 0;
}

typedef void (*bi_misbehave_fn)(void *, const struct bi_job *);

/*
 * The fake worker takes the job of one article and does `bad`; the
 * broker must send it BYE and forget it.  A real worker started after
 * that must then turn the article into exactly one result, and a fresh
 * article into another.
 */
static void
bi_worker_case(const char *name, bi_misbehave_fn bad)
{
	struct th_daemon *d = &bi_daemon;
	struct th_result r;
	struct ack ack;
	struct bi_job job;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX];
	void *ctx, *sub, *prod, *fake;
	int type, got_victim = 0, got_after = 0, i;

	th_daemon_start(d, 0, NULL);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d->results, "");
	prod = th_producer(ctx, d->ingest);
	th_submit(prod, "victim", BI_WBODY, "w", "2016-08-15");
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) >= 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED);

	fake = bi_fake_worker(ctx, d->workers);
	memset(&job, 0, sizeof(job));
	type = bi_fake_recv(fake, &job, TH_WAIT_MS);
	cr_assert_eq(type, WMSG_JOB, "%s: fake worker got %d, not a JOB; "
	    "log:\n%s", name, type, th_daemon_log(d));
	cr_assert_eq(job.attempt, 1);
	cr_assert_eq(job.body_len, sizeof(BI_WBODY) - 1);
	bad(fake, &job);
	type = bi_fake_recv(fake, NULL, TH_WAIT_MS);
	cr_assert_eq(type, WMSG_BYE, "%s: fake worker not expelled (got %d); "
	    "log:\n%s", name, type, th_daemon_log(d));
	zmq_close(fake);

	/* The job was not lost with the fake: a real worker finishes it. */
	bi_worker = bi_real_worker(d);
	th_submit(prod, "after", BI_WBODY, "w", NULL);
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) >= 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED, "%s: after: %s", name,
	    ack_status_name(ack.status));
	for (i = 0; i < 2; i++) {
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "%s: "
		    "result %d missing; log:\n%s", name, i, th_daemon_log(d));
		cr_assert(!r.dead, "%s: %s: dead letter: %s", name, r.id,
		    r.error);
		cr_assert(r.nquotes == 1 && r.ndates == 1, "%s: %s: %zu "
		    "quotes, %zu dates", name, r.id, r.nquotes, r.ndates);
		if (strcmp(r.id, "victim") == 0)
			got_victim++;
		else if (strcmp(r.id, "after") == 0)
			got_after++;
		else
			cr_assert_fail("%s: result for %s", name, r.id);
	}
	cr_assert(got_victim == 1 && got_after == 1, "%s: victim %d, after %d",
	    name, got_victim, got_after);
	cr_assert(th_recv_result(sub, &r, BI_QUIET_MS) == -1, "%s: extra "
	    "result for %s", name, r.id);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	bi_real_worker_stop();
	bi_daemon_stop();
}

static void
bw_unknown_command(void *s, const struct bi_job *j)
{
	/* {"v": 1, "t": "foo"} */
	(void)j;
	bi_fake_send(s, "\x82\xa1v\x01\xa1t\xa3" "foo", 10, 0);
}

static void
bw_version2(void *s, const struct bi_job *j)
{
	/* {"v": 2, "t": "hb"} */
	(void)j;
	bi_fake_send(s, "\x82\xa1v\x02\xa1t\xa2hb", 9, 0);
}

static void
bw_garbage(void *s, const struct bi_job *j)
{
	(void)j;
	bi_fake_send(s, "\xc1 not a message", 15, 0);
}

static void
bw_empty(void *s, const struct bi_job *j)
{
	(void)j;
	bi_fake_send(s, "", 0, 0);
}

static void
bw_multipart(void *s, const struct bi_job *j)
{
	/* Two well-formed heartbeats, but as one message of two frames. */
	(void)j;
	bi_fake_send(s, "\x82\xa1v\x01\xa1t\xa2hb", 9, 1);
	bi_fake_send(s, "\x82\xa1v\x01\xa1t\xa2hb", 9, 0);
}

/* DONE for job j with one quote [start, end) and speaker [ss, se). */
static void
bi_done_quote(void *s, uint64_t job, uint32_t start, uint32_t end,
    uint32_t ss, uint32_t se)
{
	struct wmsg m;
	struct quote q;

	memset(&q, 0, sizeof(q));
	q.start = start;
	q.end = end;
	q.kind = QUOTE_DIRECT;
	q.speaker_start = ss;
	q.speaker_end = se;
	memset(&m, 0, sizeof(m));
	m.type = WMSG_DONE;
	m.job = job;
	m.result.quotes = &q;
	m.result.nquotes = 1;
	m.result.extractor = STR_LIT("fake/0");
	bi_fake_send_wmsg(s, &m);
}

static void
bw_done_past_end(void *s, const struct bi_job *j)
{
	bi_done_quote(s, j->job, 0, (uint32_t)j->body_len + 10, 0, 0);
}

static void
bw_done_huge_offsets(void *s, const struct bi_job *j)
{
	bi_done_quote(s, j->job, 0xfffffff0u, 0xffffffffu, 0, 0);
}

static void
bw_done_mid_char(void *s, const struct bi_job *j)
{
	/* Byte 1 is inside the opening U+201C. */
	bi_done_quote(s, j->job, 1, 10, 0, 0);
}

static void
bw_done_speaker_outside(void *s, const struct bi_job *j)
{
	bi_done_quote(s, j->job, 0, 17, (uint32_t)j->body_len,
	    (uint32_t)j->body_len + 5);
}

static void
bw_done_unheld(void *s, const struct bi_job *j)
{
	bi_done_quote(s, j->job + 1000, 0, 3, 0, 0);
}

/* A JOB the broker could have sent: job, first attempt, a tiny article. */
static void
bi_job_wmsg(struct wmsg *m, uint64_t job)
{
	memset(m, 0, sizeof(*m));
	m->type = WMSG_JOB;
	m->job = job;
	m->attempt = 1;
	m->article.id = STR_LIT("x");
	m->article.body = STR_LIT("y");
}

static void
bw_sends_job(void *s, const struct bi_job *j)
{
	struct wmsg m;

	bi_job_wmsg(&m, j->job);
	bi_fake_send_wmsg(s, &m);
}

/* A DONES (docs/protocol.md 7.5) of the n messages msgs. */
static void
bi_dones(void *s, const struct str *msgs, size_t n)
{
	struct wmsg m;

	memset(&m, 0, sizeof(m));
	m.type = WMSG_DONES;
	m.msgs = msgs;
	m.nmsgs = n;
	bi_fake_send_wmsg(s, &m);
}

static void
bw_dones_malformed_item(void *s, const struct bi_job *j)
{
	(void)j;
	bi_dones(s, &(struct str){ "\xc1", 1 }, 1);
}

static void
bw_dones_past_body(void *s, const struct bi_job *j)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct quote q;
	struct wmsg m;

	memset(&q, 0, sizeof(q));
	q.start = 0;
	q.end = (uint32_t)j->body_len + 10;
	q.kind = QUOTE_DIRECT;
	memset(&m, 0, sizeof(m));
	m.type = WMSG_DONE;
	m.job = j->job;
	m.result.quotes = &q;
	m.result.nquotes = 1;
	cr_assert(proto_encode_wmsg(&pb, &m) == 0);
	bi_dones(s, &(struct str){ pb.data, pb.len }, 1);
	pbuf_free(&pb);
}

static void
bw_dones_holding_a_job(void *s, const struct bi_job *j)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct wmsg m;

	bi_job_wmsg(&m, j->job);
	cr_assert(proto_encode_wmsg(&pb, &m) == 0);
	bi_dones(s, &(struct str){ pb.data, pb.len }, 1);
	pbuf_free(&pb);
}

static void
bw_dones_inline(void *s, const struct bi_job *j)
{
	/* {"v":1,"t":"dones","msgs":[{"v":1,"t":"done","job":J,
	 * "error":"x"}]}: the DONE inline, not a binary string. */
	static const char head[] = "\x83\xa1v\x01\xa1t\xa5" "dones\xa4msgs"
	    "\x91\x84\xa1v\x01\xa1t\xa4" "done\xa3job\xcf";
	static const char tail[] = "\xa5" "error\xa1x";
	unsigned char f[sizeof(head) + 8 + sizeof(tail)];
	size_t n = sizeof(head) - 1;
	int i;

	memcpy(f, head, n);
	for (i = 7; i >= 0; i--)
		f[n++] = (unsigned char)(j->job >> (8 * i));
	memcpy(f + n, tail, sizeof(tail) - 1);
	n += sizeof(tail) - 1;
	bi_fake_send(s, f, n, 0);
}

static void
bw_sends_jobs(void *s, const struct bi_job *j)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct wmsg m;

	bi_job_wmsg(&m, j->job);
	cr_assert(proto_encode_wmsg(&pb, &m) == 0);
	memset(&m, 0, sizeof(m));
	m.type = WMSG_JOBS;
	m.msgs = &(struct str){ pb.data, pb.len };
	m.nmsgs = 1;
	bi_fake_send_wmsg(s, &m);
	pbuf_free(&pb);
}

Test(badinput, worker_unknown_command, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("unknown worker command", bw_unknown_command);
}

Test(badinput, worker_unknown_version, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("protocol version 2", bw_version2);
}

Test(badinput, worker_malformed_frame, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("malformed frame", bw_garbage);
}

Test(badinput, worker_empty_frame, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("empty frame", bw_empty);
}

Test(badinput, worker_extra_frame, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("two frames", bw_multipart);
}

Test(badinput, worker_done_past_body, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONE past the body", bw_done_past_end);
}

Test(badinput, worker_done_huge_offsets, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONE at 4 GiB", bw_done_huge_offsets);
}

Test(badinput, worker_done_mid_character, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONE inside a character", bw_done_mid_char);
}

Test(badinput, worker_done_speaker_outside, .timeout = 90,
    .fini = bi_fini)
{
	bi_worker_case("DONE speaker past the body", bw_done_speaker_outside);
}

Test(badinput, worker_done_unheld_job, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONE for a job it does not hold", bw_done_unheld);
}

Test(badinput, worker_sends_job, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("a worker sending JOB", bw_sends_job);
}

/* --- frames over PROTO_FRAME_MAX, on every socket --- */

/*
 * A peer speaking raw ZMTP 3.0 on an ipc endpoint: the greeting, a READY
 * naming socket type `type`, then the header of one long frame claiming
 * `claim` bytes and a few of them.  Returns 1 if the daemon then closed
 * the connection (what ZMQ_MAXMSGSIZE does), 0 if it kept it open.
 * libzmq's own clients cannot be used for the results socket: a 4.3.4
 * XSUB that sent an oversize subscription crashes in zmq_ctx_term.
 */
/* Write all of p, without SIGPIPE if the daemon hung up: 1, or 0. */
static int
bi_raw_send(int fd, const void *p, size_t len)
{
	return send(fd, p, len, MSG_NOSIGNAL) == (ssize_t)len;
}

static int
bi_raw_claim(const char *endpoint, const char *type, uint64_t claim)
{
	static const char ready_cmd[] = "\x05READY\x0bSocket-Type";
	unsigned char greet[64], hdr[9], buf[512];
	struct sockaddr_un sun;
	struct timeval tv = { TH_WAIT_MS / 1000, 0 };
	size_t tl = strlen(type), cl;
	unsigned char cmd[64];
	ssize_t n;
	int fd, i, closed = 0;

	cr_assert(strncmp(endpoint, "ipc://", 6) == 0);
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", endpoint + 6);
	cr_assert((fd = socket(AF_UNIX, SOCK_STREAM, 0)) != -1);
	cr_assert(connect(fd, (struct sockaddr *)&sun, sizeof(sun)) == 0,
	    "connect %s: %s", endpoint, strerror(errno));
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	/* signature, version 3.0, mechanism NULL, as-server 0, filler */
	memset(greet, 0, sizeof(greet));
	greet[0] = 0xff;
	greet[9] = 0x7f;
	greet[10] = 3;
	memcpy(greet + 12, "NULL", 4);
	cr_assert(bi_raw_send(fd, greet, sizeof(greet)));
	/* READY: a short command frame, name, one property */
	cl = sizeof(ready_cmd) - 1;
	memcpy(cmd + 2, ready_cmd, cl);
	cmd[2 + cl] = 0;
	cmd[3 + cl] = 0;
	cmd[4 + cl] = 0;
	cmd[5 + cl] = (unsigned char)tl;
	memcpy(cmd + 6 + cl, type, tl);
	cmd[0] = 0x04;
	cmd[1] = (unsigned char)(cl + 4 + tl);
	cr_assert(bi_raw_send(fd, cmd, 6 + cl + tl));
	/* a long message frame claiming `claim` bytes */
	hdr[0] = 0x02;
	for (i = 0; i < 8; i++)
		hdr[1 + i] = (unsigned char)(claim >> (56 - 8 * i));
	/* The daemon may hang up as soon as it has read the header. */
	(void)bi_raw_send(fd, hdr, sizeof(hdr));
	memset(buf, 'x', sizeof(buf));
	(void)bi_raw_send(fd, buf, sizeof(buf));
	/* The daemon's greeting and READY come back, then EOF. */
	for (;;) {
		n = read(fd, buf, sizeof(buf));
		if (n == 0 || (n == -1 && errno == ECONNRESET)) {
			closed = 1;
			break;
		}
		if (n == -1)
			break;
	}
	close(fd);
	return closed;
}

Test(badinput, oversize_frames_disconnect, .timeout = 120, .fini = bi_fini)
{
	static const struct {
		const char	*type;
		int		 sock;	/* 0 ingest, 1 workers, 2 results */
		uint64_t	 claim;
	} raw[] = {
		{ "DEALER", 0, (uint64_t)PROTO_FRAME_MAX + 1 },
		{ "DEALER", 0, UINT64_C(0x7fffffffffffffff) },
		{ "DEALER", 1, (uint64_t)PROTO_FRAME_MAX + 1 },
		{ "DEALER", 1, UINT64_C(0xffffffffffffffff) },
		{ "SUB", 2, (uint64_t)PROTO_FRAME_MAX + 1 },
		{ "SUB", 2, UINT64_C(0x7fffffffffffffff) },
	};
	struct th_daemon *d = &bi_daemon;
	struct th_result r;
	struct ack ack;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX], *big;
	const char *ep;
	void *ctx, *sub, *prod, *fake;
	size_t n = (size_t)PROTO_FRAME_MAX + 1, i;

	th_daemon_start(d, 1, NULL);
	ctx = th_ctx();
	/* A subscriber from before, which must keep its subscription. */
	sub = th_subscriber(ctx, d->results, "");

	/* Real frames one byte over, from libzmq clients: no ack comes. */
	big = malloc(n);
	cr_assert(big != NULL);
	memset(big, 'x', n);
	prod = th_producer(ctx, d->ingest);
	bi_fake_send(prod, "", 0, 1);
	bi_fake_send(prod, big, n, 0);
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), 500) == -1, "an ack for an oversize frame");
	zmq_close(prod);
	fake = bi_fake_worker(ctx, d->workers);
	bi_fake_send(fake, big, n, 0);
	zmq_close(fake);
	free(big);

	/* Frame headers claiming more, on all three sockets. */
	for (i = 0; i < sizeof(raw) / sizeof(raw[0]); i++) {
		ep = raw[i].sock == 0 ? d->ingest : raw[i].sock == 1 ?
		    d->workers : d->results;
		cr_assert(bi_raw_claim(ep, raw[i].type, raw[i].claim),
		    "%s: a frame of %llu bytes did not disconnect", ep,
		    (unsigned long long)raw[i].claim);
	}

	/* The daemon serves the next clients, and the old subscriber. */
	prod = th_producer(ctx, d->ingest);
	bi_submit_ok(prod, "after-oversize", d, "oversize frames");
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "no result; "
	    "log:\n%s", th_daemon_log(d));
	cr_assert_str_eq(r.id, "after-oversize");
	cr_assert(!r.dead, "dead letter: %s", r.error);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	bi_daemon_stop();
}

/* --- the worker sandbox --- */

/*
 * A job whose article makes the worker step outside its seccomp
 * allowlist (the test-only fault build, build/faults/): the kernel kills
 * the worker with SIGSYS, the broker retries the job on a fresh worker
 * until its attempts run out and publishes one dead letter; the next
 * article is served as usual.
 */
Test(badinput, sandbox_violation_kills_worker, .timeout = 120,
    .fini = bi_fini)
{
	char bin[TH_PATH_MAX];
	const char *extra[] = { "--worker-bin", bin, "--max-attempts", "2",
	    NULL };
	struct th_daemon *d = &bi_daemon;
	struct th_result r;
	struct ack ack;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX];
	void *ctx, *sub, *prod;

	th_bin(bin, sizeof(bin), "faults/quarry-worker");
	th_daemon_start(d, 1, extra);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d->results, "");
	prod = th_producer(ctx, d->ingest);
	bi_submit_ok(prod, "forbidden", d, "start");
	th_submit(prod, "forbidden-call", "\"Hi,\" he said. QUARRY-FAULT:"
	    "syscall", NULL, NULL);
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) >= 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED, "%s", err);
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "no result; "
	    "log:\n%s", th_daemon_log(d));
	if (strcmp(r.id, "forbidden") == 0) {
		cr_assert(!r.dead, "forbidden: dead letter: %s", r.error);
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "no dead "
		    "letter; log:\n%s", th_daemon_log(d));
	}
	cr_assert_str_eq(r.id, "forbidden-call");
	cr_assert(r.dead, "the forbidden call did not kill the worker");
	cr_assert_eq(r.attempts, 2);
	cr_assert(strstr(r.error, "signal 31") != NULL, "not SIGSYS: %s",
	    r.error);
	bi_submit_ok(prod, "after-violation", d, "the violation");
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "no result; "
	    "log:\n%s", th_daemon_log(d));
	cr_assert_str_eq(r.id, "after-violation");
	cr_assert(!r.dead, "dead letter: %s", r.error);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	bi_daemon_stop();
}

Test(badinput, worker_dones_malformed_item, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONES holding a malformed message",
	    bw_dones_malformed_item);
}

Test(badinput, worker_dones_past_body, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONES with a DONE past the body", bw_dones_past_body);
}

Test(badinput, worker_dones_holding_a_job, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONES holding a JOB", bw_dones_holding_a_job);
}

Test(badinput, worker_dones_inline, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONES with a DONE not in a binary string",
	    bw_dones_inline);
}

Test(badinput, worker_sends_jobs, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("a worker sending JOBS", bw_sends_jobs);
}

/*
 * A peer that takes a job and says BYE instead of answering it, again
 * and again (docs/protocol.md §7.4): the broker cannot tell a job it
 * began from one it dropped, so the head of a BYE goes back uncharged
 * only JOB_BYES_FREE times; after that it is charged like a lost
 * worker's, and with the default three attempts it is a dead letter
 * after JOB_BYES_FREE + 3 deliveries.  Trusting every BYE handed it back
 * on attempt 1 forever.
 */
Test(badinput, worker_bye_loop_reaches_a_dead_letter, .timeout = 90,
    .fini = bi_fini)
{
	struct th_daemon *d = &bi_daemon;
	struct th_result r;
	struct ack ack;
	struct bi_job job;
	struct wmsg bye;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX];
	void *ctx, *sub, *prod, *fake;
	int type, n, want = JOB_BYES_FREE + 3, linger = TH_WAIT_MS;

	th_daemon_start(d, 0, NULL);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d->results, "");
	prod = th_producer(ctx, d->ingest);
	th_submit(prod, "bye-loop", BI_WBODY, "w", "2016-08-15");
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) >= 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED);
	memset(&bye, 0, sizeof(bye));
	bye.type = WMSG_BYE;
	for (n = 1; n <= want; n++) {
		fake = bi_fake_worker(ctx, d->workers);
		type = bi_fake_recv(fake, &job, TH_WAIT_MS);
		cr_assert_eq(type, WMSG_JOB, "delivery %d: got %d; log:\n%s",
		    n, type, th_daemon_log(d));
		cr_assert_eq(job.attempt, n <= JOB_BYES_FREE + 1 ? 1 :
		    (uint32_t)(n - JOB_BYES_FREE), "delivery %d: attempt %u",
		    n, job.attempt);
		bi_fake_send_wmsg(fake, &bye);
		/* Its BYE must go out before the socket closes. */
		zmq_setsockopt(fake, ZMQ_LINGER, &linger, sizeof(linger));
		zmq_close(fake);
	}
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "no dead letter; "
	    "log:\n%s", th_daemon_log(d));
	cr_assert_str_eq(r.id, "bye-loop");
	cr_assert(r.dead, "a result, not a dead letter");
	cr_assert_eq(r.attempts, 3);
	cr_assert(strstr(r.error, "said goodbye") != NULL, "%s", r.error);
	/* And it is out of the queue: a worker now gets nothing. */
	fake = bi_fake_worker(ctx, d->workers);
	cr_assert_eq(bi_fake_recv(fake, &job, BI_QUIET_MS), -1);
	zmq_close(fake);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	bi_daemon_stop();
}
