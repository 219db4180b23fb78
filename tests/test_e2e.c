/*
 * test_e2e.c — quarryd, its workers and the quarry CLI as real processes
 * on private ipc:// endpoints: the whole pipeline, worker replacement,
 * bad input, backpressure and shutdown.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <dirent.h>
#include <sys/wait.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "message.h"
#include "worker.h"

#define E2E_GENERATED	500
#define E2E_SAMPLES	5
#define E2E_SAMPLES_FILE "examples/articles.jsonl"

static void
e2e_assert_clean_exit(struct th_daemon *d)
{
	int status = th_daemon_stop(d);

	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarryd did not exit 0 on SIGTERM (status %#x); log:\n%s",
	    status, th_daemon_log(d));
	th_rmtree(d->dir);
}

/* Index of id among n seen ids, or -1. */
static int
e2e_find(char (*ids)[64], int n, const char *id)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(ids[i], id) == 0)
			return i;
	return -1;
}

Test(e2e, pipeline_every_article_once, .timeout = 120)
{
	static char want[E2E_GENERATED + E2E_SAMPLES][64];
	static int seen[E2E_GENERATED + E2E_SAMPLES];
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	char bin[TH_PATH_MAX], idbuf[PROTO_ID_MAX + 1], body[512];
	void *ctx, *sub, *prod;
	uint64_t last_seq = 0;
	int i, k, status, nwant = 0;
	pid_t feed;

	th_daemon_start(&d, 2, NULL);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");

	/* The five samples through the real CLI, as an operator would. */
	{
		char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarry"),
		    (char *)"feed", (char *)"--endpoint", d.ingest,
		    (char *)E2E_SAMPLES_FILE, NULL };

		feed = th_spawn(argv, "/dev/null");
		cr_assert(th_wait(feed, TH_WAIT_MS, &status) == 0,
		    "quarry feed hung");
		cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		    "quarry feed failed (%#x); log:\n%s", status,
		    th_daemon_log(&d));
	}
	strcpy(want[nwant++], "upi-2016-putin-kim");
	strcpy(want[nwant++], "rbc-2023-liberation-day");
	strcpy(want[nwant++], "overseas-2019-74th-anniversary");
	strcpy(want[nwant++], "breitbart-2018-sincere-congratulations");
	strcpy(want[nwant++], "viewus-2024-liberation-day");

	/* 500 generated articles from a DEALER, all outstanding at once. */
	prod = th_producer(ctx, d.ingest);
	for (i = 0; i < E2E_GENERATED; i++) {
		snprintf(want[nwant], sizeof(want[nwant]), "gen-%04d", i);
		snprintf(body, sizeof(body), "Article %d. \"We will finish "
		    "the bridge by spring,\" said Mayor Jane Holt on "
		    "Monday. Work began on August 3, 2015.", i);
		th_submit(prod, want[nwant], body, "gen.example", "2016-08-15");
		nwant++;
	}
	for (i = 0; i < E2E_GENERATED; i++) {
		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL,
		    0, TH_WAIT_MS) == 0, "ack %d missing; log:\n%s", i,
		    th_daemon_log(&d));
		cr_assert_eq(ack.status, ACK_ACCEPTED, "%s: %s", idbuf,
		    ack_status_name(ack.status));
	}

	for (i = 0; i < nwant; i++) {
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "only %d of %d results; log:\n%s", i, nwant,
		    th_daemon_log(&d));
		cr_assert(!r.dead, "%s: dead letter: %s", r.id, r.error);
		cr_assert(r.seq > last_seq, "seq not monotonic");
		last_seq = r.seq;
		k = e2e_find(want, nwant, r.id);
		cr_assert(k >= 0, "result for unknown id %s", r.id);
		cr_assert_eq(seen[k], 0, "two results for %s", r.id);
		seen[k] = 1;
		if (k >= E2E_SAMPLES) {
			cr_assert_str_eq(r.topic, "result.gen.example");
			cr_assert(r.nquotes >= 1, "%s: no quote", r.id);
			cr_assert(r.ndates >= 1, "%s: no date", r.id);
		} else if (k == 0) {
			/* The UPI sample quotes Kim and Putin, and dates. */
			cr_assert_str_eq(r.topic, "result.upi.com");
			cr_assert(r.nquotes >= 2 && r.ndates >= 1,
			    "upi sample: %zu quotes, %zu dates", r.nquotes,
			    r.ndates);
		}
	}
	/* Exactly once: nothing more comes. */
	cr_assert(th_recv_result(sub, &r, 300) == -1, "extra result for %s",
	    r.id);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	e2e_assert_clean_exit(&d);
}

/* Wait until quarryd has n children and gone (if not 0) is not one. */
static int
e2e_wait_children(pid_t parent, int n, pid_t gone, pid_t *out)
{
	struct timespec pause = { 0, 20 * 1000000 };
	int tries, i, got;

	/* Bounded: 30 s of looks at /proc, 20 ms apart. */
	for (tries = 0; tries < TH_WAIT_MS / 20; tries++) {
		got = th_children(parent, out, 16);
		for (i = 0; i < got; i++)
			if (out[i] == gone)
				break;
		if (got == n && i == got)
			return got;
		nanosleep(&pause, NULL);
	}
	return -1;
}

Test(e2e, killed_worker_is_replaced, .timeout = 90)
{
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	pid_t kids[16], fresh[16];
	char id[32], idbuf[PROTO_ID_MAX + 1];
	void *ctx, *sub, *prod;
	int i;

	th_daemon_start(&d, 2, NULL);
	cr_assert(e2e_wait_children(d.pid, 2, 0, kids) == 2,
	    "workers did not start; log:\n%s", th_daemon_log(&d));
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "result.");
	cr_assert(kill(kids[0], SIGKILL) == 0);
	cr_assert(e2e_wait_children(d.pid, 2, kids[0], fresh) == 2,
	    "killed worker %ld not replaced; log:\n%s", (long)kids[0],
	    th_daemon_log(&d));
	prod = th_producer(ctx, d.ingest);
	for (i = 0; i < 20; i++) {
		snprintf(id, sizeof(id), "after-kill-%d", i);
		th_submit(prod, id, "\"Still here,\" she said.", NULL, NULL);
		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL,
		    0, TH_WAIT_MS) == 0);
		cr_assert_eq(ack.status, ACK_ACCEPTED);
	}
	for (i = 0; i < 20; i++)
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "result %d missing; log:\n%s", i, th_daemon_log(&d));
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	e2e_assert_clean_exit(&d);
}

/* Send raw bytes as one article and expect a rejection naming what. */
static void
e2e_expect_reject(void *prod, const void *buf, size_t len, int frames,
    const char *what, struct th_daemon *d)
{
	struct ack ack;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX];

	th_send_raw(prod, buf, len, frames);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) == 0, "no ack (%s); log:\n%s", what,
	    th_daemon_log(d));
	cr_assert_eq(ack.status, ACK_REJECTED, "%s: got %s", what,
	    ack_status_name(ack.status));
	cr_assert(strstr(err, what) != NULL, "reason \"%s\" does not name "
	    "\"%s\"", err, what);
}

static void
e2e_encode(struct pbuf *pb, const char *id, const char *body, size_t blen)
{
	struct article a;

	memset(&a, 0, sizeof(a));
	a.id = str_make(id, strlen(id));
	a.body = str_make(body, blen);
	cr_assert(proto_encode_article(pb, &a) == 0);
}

Test(e2e, malformed_input_is_rejected_and_valid_flows, .timeout = 90)
{
	static const unsigned char array[] = { 0x92, 0x01, 0x02 };
	static const unsigned char nobody[] = { 0x81, 0xa2, 'i', 'd',
	    0xa1, 'x' };
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	struct pbuf pb = { NULL, 0, 0 };
	char idbuf[PROTO_ID_MAX + 1], *big;
	void *ctx, *sub, *prod;

	th_daemon_start(&d, 1, NULL);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);

	e2e_expect_reject(prod, "this is not msgpack", 19, 1, "msgpack", &d);
	e2e_expect_reject(prod, array, sizeof(array), 1, "map", &d);
	e2e_expect_reject(prod, nobody, sizeof(nobody), 1, "body", &d);
	big = malloc(PROTO_BODY_MAX + 1);
	cr_assert(big != NULL);
	memset(big, 'a', PROTO_BODY_MAX + 1);
	e2e_encode(&pb, "too-big", big, PROTO_BODY_MAX + 1);
	free(big);
	e2e_expect_reject(prod, pb.data, pb.len, 1, "body", &d);
	e2e_encode(&pb, "bad-utf8", "ok \xc0\x80 no", 9);
	e2e_expect_reject(prod, pb.data, pb.len, 1, "UTF-8", &d);
	e2e_encode(&pb, "two-frames", "fine body", 9);
	e2e_expect_reject(prod, pb.data, pb.len, 2, "frames", &d);

	/* The daemon is still serving, and nothing valid was lost. */
	th_submit(prod, "valid-after", "\"Fine,\" he said.", "x", NULL);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
	    TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED);
	cr_assert_str_eq(idbuf, "valid-after");
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
	    "no result; log:\n%s", th_daemon_log(&d));
	cr_assert_str_eq(r.id, "valid-after");
	pbuf_free(&pb);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	e2e_assert_clean_exit(&d);
}

Test(e2e, duplicate_and_busy_without_workers, .timeout = 60)
{
	static const char *extra[] = { "--queue-max", "2",
	    "--drain-timeout-ms", "200", NULL };
	struct th_daemon d;
	struct ack ack;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX];
	void *ctx, *prod;

	th_daemon_start(&d, 0, extra);
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	th_submit(prod, "a", "body a", NULL, NULL);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED);
	th_submit(prod, "a", "body a again", NULL, NULL);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_DUPLICATE);
	cr_assert_str_eq(idbuf, "a");
	th_submit(prod, "b", "body b", NULL, NULL);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED);
	th_submit(prod, "c", "body c", NULL, NULL);
	cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) == 0);
	cr_assert_eq(ack.status, ACK_BUSY);
	cr_assert(strstr(err, "queue full") != NULL, "busy reason: %s", err);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	/* Queued work with nowhere to go: the drain times out, exit 0. */
	e2e_assert_clean_exit(&d);
}

static void
e2e_fake_send(void *s, const struct wmsg *m)
{
	struct pbuf pb = { NULL, 0, 0 };

	cr_assert(proto_encode_wmsg(&pb, m) == 0);
	cr_assert(zmq_send(s, pb.data, pb.len, 0) == (int)pb.len);
	pbuf_free(&pb);
}

/* What a fake worker was sent: each JOB's job id, attempt and article
 * id, in the order sent. */
struct e2e_sent {
	size_t	 n;
	uint64_t job[PROTO_BATCH_MAX];
	uint32_t attempt[PROTO_BATCH_MAX];
	char	 id[PROTO_BATCH_MAX][16];
};

/*
 * The broker's next message to a fake worker that is not a heartbeat,
 * within ms: its type, -1 if none came; the JOBs of a JOB or a JOBS
 * into *sent.
 */
static int
e2e_fake_jobs(void *s, struct proto_decoder *dec, struct e2e_sent *sent,
    int ms)
{
	zmq_pollitem_t it = { s, 0, ZMQ_POLLIN, 0 };
	uint64_t end = th_now_ms() + (uint64_t)ms;
	char err[PROTO_ERR_MAX];
	struct wmsg m, j;
	zmq_msg_t msg;
	size_t i, n;
	int type;

	for (;;) {
		uint64_t now = th_now_ms();

		if (now >= end || zmq_poll(&it, 1, (long)(end - now)) <= 0)
			return -1;
		zmq_msg_init(&msg);
		cr_assert(zmq_msg_recv(&msg, s, 0) >= 0);
		cr_assert(!zmq_msg_more(&msg), "multipart from the broker");
		memset(&m, 0, sizeof(m));
		cr_assert(proto_decode_wmsg(dec, zmq_msg_data(&msg),
		    zmq_msg_size(&msg), &m, err, sizeof(err)) == 0, "%s", err);
		type = (int)m.type;
		n = m.type == WMSG_JOBS ? m.nmsgs : m.type == WMSG_JOB;
		sent->n = 0;
		for (i = 0; i < n; i++) {
			if (m.type == WMSG_JOBS)
				cr_assert(proto_decode_wmsg_item(dec, &m, i,
				    &j, err, sizeof(err)) == 0, "%s", err);
			else
				j = m;
			sent->job[i] = j.job;
			sent->attempt[i] = j.attempt;
			snprintf(sent->id[i], sizeof(sent->id[i]), "%.*s",
			    (int)j.article.id.len, j.article.id.p);
			sent->n++;
		}
		zmq_msg_close(&msg);
		if (type != WMSG_HEARTBEAT)
			return type;
	}
}

/* The broker's next message to a fake worker that is not a heartbeat,
 * within ms: its type (a JOB's id in *job), or -1 if none came. */
static int
e2e_fake_next(void *s, struct proto_decoder *dec, uint64_t *job, int ms)
{
	struct e2e_sent sent;
	int type = e2e_fake_jobs(s, dec, &sent, ms);

	if (type == WMSG_JOB)
		*job = sent.job[0];
	return type;
}

/*
 * A worker runs its jobs in order, so the second of two jobs it holds
 * starts only when the first ends: its deadline counts from then.  Each
 * job here takes 60% of the timeout, both together 120%.
 */
Test(e2e, job_deadline_starts_at_the_head_of_the_line, .timeout = 60)
{
	static const char *extra[] = { "--job-timeout-ms", "2000", NULL };
	const int hold_ms = 1200;
	struct th_daemon d;
	struct proto_decoder *dec;
	struct th_result r;
	struct ack ack;
	struct wmsg m;
	char idbuf[PROTO_ID_MAX + 1];
	uint64_t jobs[2];
	void *ctx, *prod, *sub, *fake;
	int i, zero = 0;

	cr_assert((dec = proto_decoder_new()) != NULL);
	th_daemon_start(&d, 0, extra);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	fake = zmq_socket(ctx, ZMQ_DEALER);
	cr_assert(fake != NULL);
	zmq_setsockopt(fake, ZMQ_LINGER, &zero, sizeof(zero));
	cr_assert(zmq_connect(fake, d.workers) == 0);
	memset(&m, 0, sizeof(m));
	m.type = WMSG_READY;
	m.credit = 2;
	m.name = STR_LIT("fake");
	e2e_fake_send(fake, &m);
	for (i = 0; i < 2; i++) {
		th_submit(prod, i == 0 ? "first" : "second", "A body.", NULL,
		    NULL);
		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
		    TH_WAIT_MS) == 0);
		cr_assert_eq(ack.status, ACK_ACCEPTED);
	}
	for (i = 0; i < 2; i++)
		cr_assert_eq(e2e_fake_next(fake, dec, &jobs[i], TH_WAIT_MS),
		    WMSG_JOB, "job %d not sent; log:\n%s", i,
		    th_daemon_log(&d));
	for (i = 0; i < 2; i++) {
		uint64_t none;

		/* Working: nothing but heartbeats may come meanwhile. */
		cr_assert_eq(e2e_fake_next(fake, dec, &none, hold_ms), -1,
		    "the broker gave up on job %d; log:\n%s", i,
		    th_daemon_log(&d));
		memset(&m, 0, sizeof(m));
		m.type = WMSG_DONE;
		m.job = jobs[i];
		e2e_fake_send(fake, &m);
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "no result for job %d; log:\n%s", i, th_daemon_log(&d));
		cr_assert(!r.dead, "%s: dead letter: %s", r.id, r.error);
		cr_assert_str_eq(r.id, i == 0 ? "first" : "second");
	}
	zmq_close(fake);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	proto_decoder_destroy(&dec);
	e2e_assert_clean_exit(&d);
}

/* --- batches: JOBS and DONES (docs/protocol.md 7.5) --- */

static struct th_daemon e2e_bd;

static void
e2e_batch_fini(void)
{
	if (e2e_bd.pid > 0) {
		th_daemon_stop(&e2e_bd);
		th_rmtree(e2e_bd.dir);
	}
}

/* A DONES answering sent's jobs, in order: an error for those whose bit
 * is set in fail, an empty result for the others. */
static void
e2e_fake_dones(void *s, const struct e2e_sent *sent, unsigned fail)
{
	struct pbuf d[PROTO_BATCH_MAX];
	struct str msgs[PROTO_BATCH_MAX];
	struct wmsg m;
	size_t i;

	for (i = 0; i < sent->n; i++) {
		memset(&d[i], 0, sizeof(d[i]));
		memset(&m, 0, sizeof(m));
		m.type = WMSG_DONE;
		m.job = sent->job[i];
		if (fail & (1u << i))
			m.error = STR_LIT("extract: failed on purpose");
		cr_assert(proto_encode_wmsg(&d[i], &m) == 0);
		msgs[i] = str_make(d[i].data, d[i].len);
	}
	memset(&m, 0, sizeof(m));
	m.type = WMSG_DONES;
	m.msgs = msgs;
	m.nmsgs = sent->n;
	e2e_fake_send(s, &m);
	for (i = 0; i < sent->n; i++)
		pbuf_free(&d[i]);
}

/*
 * A worker that asks for batches gets the jobs picked for it in one pass
 * as one JOBS, and may answer with one DONES; each article in them is
 * still its own: one that failed is retried alone (its attempt counted,
 * its batch-mates' not), the others are published, and every article
 * ends as exactly one result.
 */
Test(e2e, batched_jobs_and_dones_each_article_on_its_own, .timeout = 60,
    .fini = e2e_batch_fini)
{
	struct th_daemon *d = &e2e_bd;
	struct proto_decoder *dec;
	struct e2e_sent sent;
	struct th_result r;
	struct ack ack;
	struct wmsg m;
	char idbuf[PROTO_ID_MAX + 1], id[8], seen[4] = { 0 };
	void *ctx, *prod, *sub, *fake;
	int i, zero = 0;

	cr_assert((dec = proto_decoder_new()) != NULL);
	th_daemon_start(d, 0, NULL);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d->results, "");
	prod = th_producer(ctx, d->ingest);
	for (i = 0; i < 4; i++) {
		snprintf(id, sizeof(id), "b%d", i);
		th_submit(prod, id, "A body.", NULL, NULL);
		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
		    TH_WAIT_MS) == 0);
		cr_assert_eq(ack.status, ACK_ACCEPTED);
	}
	fake = zmq_socket(ctx, ZMQ_DEALER);
	cr_assert(fake != NULL);
	zmq_setsockopt(fake, ZMQ_LINGER, &zero, sizeof(zero));
	cr_assert(zmq_connect(fake, d->workers) == 0);
	memset(&m, 0, sizeof(m));
	m.type = WMSG_READY;
	m.credit = 8;
	m.batch = 8;
	m.name = STR_LIT("fake");
	e2e_fake_send(fake, &m);

	/*
	 * Four queued, one worker: it takes one more job per job still
	 * waiting (daemon/workers.h), so three, together.
	 */
	cr_assert_eq(e2e_fake_jobs(fake, dec, &sent, TH_WAIT_MS), WMSG_JOBS,
	    "no JOBS; log:\n%s", th_daemon_log(d));
	cr_assert_eq(sent.n, 3);
	for (i = 0; i < 3; i++) {
		snprintf(id, sizeof(id), "b%d", i);
		cr_assert_str_eq(sent.id[i], id);
		cr_assert_eq(sent.attempt[i], 1);
	}
	/* b0 fails, b1 and b2 are done, in one DONES. */
	e2e_fake_dones(fake, &sent, 1);
	/* b0 again (its second attempt) and b3, together. */
	cr_assert_eq(e2e_fake_jobs(fake, dec, &sent, TH_WAIT_MS), WMSG_JOBS,
	    "no second JOBS; log:\n%s", th_daemon_log(d));
	cr_assert_eq(sent.n, 2);
	cr_assert_str_eq(sent.id[0], "b0");
	cr_assert_eq(sent.attempt[0], 2);
	cr_assert_str_eq(sent.id[1], "b3");
	cr_assert_eq(sent.attempt[1], 1);
	e2e_fake_dones(fake, &sent, 0);

	for (i = 0; i < 4; i++) {
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "result %d missing; log:\n%s", i, th_daemon_log(d));
		cr_assert(!r.dead, "%s: dead letter: %s", r.id, r.error);
		cr_assert(r.id[0] == 'b' && r.id[1] >= '0' && r.id[1] <= '3' &&
		    r.id[2] == '\0', "result for %s", r.id);
		cr_assert_eq(seen[r.id[1] - '0']++, 0, "two results for %s",
		    r.id);
	}
	cr_assert(th_recv_result(sub, &r, 300) == -1, "extra result for %s",
	    r.id);
	zmq_close(fake);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	proto_decoder_destroy(&dec);
	e2e_assert_clean_exit(d);
	memset(d, 0, sizeof(*d));
}

/* --- quarry-worker against a broker of the test's own --- */

static pid_t e2e_worker;
static char e2e_wdir[64];

static void
e2e_worker_fini(void)
{
	int status;

	if (e2e_worker > 0) {
		kill(e2e_worker, SIGKILL);
		waitpid(e2e_worker, &status, 0);
		e2e_worker = 0;
	}
	if (e2e_wdir[0] != '\0')
		th_rmtree(e2e_wdir);
}

/* The worker's next message that is not a heartbeat, into *m (decoded
 * with dec, from the frame kept in *msg): 0, or -1 if none came. */
static int
e2e_broker_next(void *router, struct proto_decoder *dec, zmq_msg_t *msg,
    struct wmsg *m, int ms)
{
	zmq_pollitem_t it = { router, 0, ZMQ_POLLIN, 0 };
	uint64_t end = th_now_ms() + (uint64_t)ms;
	char err[PROTO_ERR_MAX];
	zmq_msg_t rid;

	for (;;) {
		uint64_t now = th_now_ms();

		if (now >= end || zmq_poll(&it, 1, (long)(end - now)) <= 0)
			return -1;
		zmq_msg_init(&rid);
		cr_assert(zmq_msg_recv(&rid, router, 0) >= 0);
		cr_assert(zmq_msg_more(&rid));
		zmq_msg_close(&rid);
		zmq_msg_close(msg);
		zmq_msg_init(msg);
		cr_assert(zmq_msg_recv(msg, router, 0) >= 0);
		cr_assert(proto_decode_wmsg(dec, zmq_msg_data(msg),
		    zmq_msg_size(msg), m, err, sizeof(err)) == 0,
		    "the worker sent a bad message: %s", err);
		if (m->type != WMSG_HEARTBEAT)
			return 0;
	}
}

/*
 * quarry-worker (the build's BIN: "quarry-worker", or the fault build's
 * "faults/quarry-worker") connected to a ROUTER of the test's own on a
 * fresh ipc endpoint; its READY, which must ask for batches, is read and
 * its routing id kept in *rid.  The ROUTER.  The test's broker sends no
 * heartbeats, so the worker's are 10 s apart: it would reconnect after
 * --liveness of them (30 s, past any wait here), not after 3 s of a slow
 * machine.
 */
static void *
e2e_worker_start(void *ctx, const char *bin_name, struct proto_decoder *dec,
    zmq_msg_t *rid)
{
	char ep[128], bin[TH_PATH_MAX], err[PROTO_ERR_MAX];
	char *argv[] = { NULL, (char *)"--connect", ep, (char *)"--name",
	    (char *)"batch", (char *)"--heartbeat-ms", (char *)"10000",
	    (char *)"--log-level", (char *)"error", NULL };
	zmq_pollitem_t it = { NULL, 0, ZMQ_POLLIN, 0 };
	struct wmsg m;
	zmq_msg_t msg;
	void *router;
	int zero = 0;

	snprintf(e2e_wdir, sizeof(e2e_wdir), "/tmp/quarry-e2e-XXXXXX");
	cr_assert_not_null(mkdtemp(e2e_wdir));
	snprintf(ep, sizeof(ep), "ipc://%s/w", e2e_wdir);
	router = zmq_socket(ctx, ZMQ_ROUTER);
	cr_assert(router != NULL);
	zmq_setsockopt(router, ZMQ_LINGER, &zero, sizeof(zero));
	cr_assert(zmq_bind(router, ep) == 0);
	argv[0] = (char *)th_bin(bin, sizeof(bin), bin_name);
	e2e_worker = th_spawn(argv, "/dev/null");

	zmq_msg_init(rid);
	zmq_msg_init(&msg);
	it.socket = router;
	cr_assert(zmq_poll(&it, 1, TH_WAIT_MS) == 1, "no READY");
	cr_assert(zmq_msg_recv(rid, router, 0) >= 0);
	cr_assert(zmq_msg_recv(&msg, router, 0) >= 0);
	cr_assert(proto_decode_wmsg(dec, zmq_msg_data(&msg),
	    zmq_msg_size(&msg), &m, err, sizeof(err)) == 0, "%s", err);
	cr_assert_eq(m.type, WMSG_READY);
	cr_assert_gt(m.batch, 1, "quarry-worker did not ask for batches");
	zmq_msg_close(&msg);
	return router;
}

/* One JOBS to the worker at rid: jobs first_job, first_job + 1, ... with
 * the bodies given (article id "a", attempt 1). */
static void
e2e_worker_jobs(void *router, zmq_msg_t *rid, uint64_t first_job,
    const char *const *bodies, size_t n)
{
	struct pbuf jb[PROTO_BATCH_MAX];
	struct pbuf pb = { NULL, 0, 0 };
	struct str msgs[PROTO_BATCH_MAX];
	struct wmsg x;
	size_t i;

	cr_assert(n <= PROTO_BATCH_MAX);
	for (i = 0; i < n; i++) {
		memset(&jb[i], 0, sizeof(jb[i]));
		memset(&x, 0, sizeof(x));
		x.type = WMSG_JOB;
		x.job = first_job + i;
		x.attempt = 1;
		x.article.id = STR_LIT("a");
		x.article.body = str_make(bodies[i], strlen(bodies[i]));
		cr_assert(proto_encode_wmsg(&jb[i], &x) == 0);
		msgs[i] = str_make(jb[i].data, jb[i].len);
	}
	memset(&x, 0, sizeof(x));
	x.type = WMSG_JOBS;
	x.msgs = msgs;
	x.nmsgs = n;
	cr_assert(proto_encode_wmsg(&pb, &x) == 0);
	cr_assert(zmq_send(router, zmq_msg_data(rid), zmq_msg_size(rid),
	    ZMQ_SNDMORE) >= 0);
	cr_assert(zmq_send(router, pb.data, pb.len, 0) == (int)pb.len);
	for (i = 0; i < n; i++)
		pbuf_free(&jb[i]);
	pbuf_free(&pb);
}

/* The worker stops on SIGTERM, cleanly. */
static void
e2e_worker_stop(void)
{
	int status;

	cr_assert(kill(e2e_worker, SIGTERM) == 0);
	cr_assert(th_wait(e2e_worker, TH_WAIT_MS, &status) == 0,
	    "quarry-worker did not stop");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarry-worker exited with %#x", status);
	e2e_worker = 0;
}

/*
 * A worker that asks for batches runs every JOB of a jobs message in
 * order; one it cannot use (an article with an empty body) is answered
 * with a DONE error, and the JOBs before and after it still run and are
 * answered.
 */
Test(e2e, worker_runs_a_batch_around_a_bad_job, .timeout = 60,
    .fini = e2e_worker_fini)
{
	static const char body[] = "\"We will win,\" Putin said on August 15, "
	    "2016.";
	/* Jobs 11 and 13 fine, 12 with an empty body. */
	static const char *const bodies[3] = { body, "", body };
	struct proto_decoder *dec;
	struct wmsg m, x;
	zmq_msg_t rid, msg;
	char err[PROTO_ERR_MAX];
	void *ctx, *router;
	int answered[3] = { 0, 0, 0 }, n = 0;

	cr_assert((dec = proto_decoder_new()) != NULL);
	ctx = th_ctx();
	router = e2e_worker_start(ctx, "quarry-worker", dec, &rid);
	zmq_msg_init(&msg);
	e2e_worker_jobs(router, &rid, 11, bodies, 3);

	/* Every job answered once, in a DONE or a DONES. */
	while (n < 3) {
		size_t k, nk;

		cr_assert(e2e_broker_next(router, dec, &msg, &m, TH_WAIT_MS) ==
		    0, "%d of 3 jobs answered", n);
		cr_assert(m.type == WMSG_DONE || m.type == WMSG_DONES,
		    "the worker sent %s", wmsg_type_name(m.type));
		nk = m.type == WMSG_DONES ? m.nmsgs : 1;
		for (k = 0; k < nk; k++) {
			if (m.type == WMSG_DONES)
				cr_assert(proto_decode_wmsg_item(dec, &m, k,
				    &x, err, sizeof(err)) == 0, "%s", err);
			else
				x = m;
			cr_assert(x.job >= 11 && x.job <= 13, "DONE for job "
			    "%llu", (unsigned long long)x.job);
			cr_assert_eq(answered[x.job - 11]++, 0, "job %llu "
			    "answered twice", (unsigned long long)x.job);
			if (x.job == 12)
				cr_assert(x.error.len > 0 &&
				    memmem(x.error.p, x.error.len,
				    "msgs[1].article.body: empty", 27) != NULL,
				    "job 12: %.*s", (int)x.error.len,
				    x.error.p);
			else
				cr_assert(x.error.len == 0 &&
				    x.result.nquotes == 1 &&
				    x.result.ndates == 1, "job %llu: %.*s",
				    (unsigned long long)x.job,
				    (int)x.error.len, x.error.p);
			n++;
		}
	}
	e2e_worker_stop();
	zmq_msg_close(&rid);
	zmq_msg_close(&msg);
	zmq_close(router);
	zmq_ctx_term(ctx);
	proto_decoder_destroy(&dec);
}

/*
 * A worker with a short line of jobs hands each DONE to the broker as
 * soon as it is done (workers/worker_hold.h, WORKER_DONE_HOLD_AHEAD): the
 * first of two jobs is answered while the second still runs, alone,
 * not held for the second and sent with it in one DONES.  The second is
 * the fault build's sleeping article, so "still runs" lasts 1.5 s: the
 * first DONE must come before the second's.
 */
Test(e2e, worker_sends_a_done_at_once_when_few_jobs_wait, .timeout = 60,
    .fini = e2e_worker_fini)
{
	static const char *const bodies[2] = {
		"\"We will win,\" Putin said on August 15, 2016.",
		"QUARRY-FAULT:sleep=1500 \"Soon,\" she said.",
	};
	struct proto_decoder *dec;
	struct wmsg m;
	zmq_msg_t rid, msg;
	void *ctx, *router;

	cr_assert((dec = proto_decoder_new()) != NULL);
	ctx = th_ctx();
	router = e2e_worker_start(ctx, "faults/quarry-worker", dec, &rid);
	zmq_msg_init(&msg);
	e2e_worker_jobs(router, &rid, 21, bodies, 2);

	cr_assert(e2e_broker_next(router, dec, &msg, &m, TH_WAIT_MS) == 0,
	    "job 21 not answered");
	cr_assert(m.type == WMSG_DONE, "job 21 answered in a %s (held for "
	    "the job behind it?)", wmsg_type_name(m.type));
	cr_assert(m.job == 21 && m.error.len == 0 && m.result.nquotes == 1,
	    "first answer: job %llu", (unsigned long long)m.job);
	cr_assert(e2e_broker_next(router, dec, &msg, &m, TH_WAIT_MS) == 0,
	    "job 22 not answered");
	cr_assert(m.type == WMSG_DONE && m.job == 22 && m.error.len == 0,
	    "second answer: %s for job %llu", wmsg_type_name(m.type),
	    (unsigned long long)m.job);
	e2e_worker_stop();
	zmq_msg_close(&rid);
	zmq_msg_close(&msg);
	zmq_close(router);
	zmq_ctx_term(ctx);
	proto_decoder_destroy(&dec);
}

/*
 * The voluntary context switches of quarry-worker pid's extraction
 * thread (/proc/PID/task/TID/status), the thread named
 * WORKER_EXTRACT_THREAD (not "the one besides the main thread and
 * ZeroMQ's": a ZeroMQ thread not yet scheduled on a loaded machine still
 * bears the program's name).  It sleeps until it is handed a job, so the
 * count moves only when it is.
 */
static long
e2e_extract_switches(pid_t pid)
{
	char path[96], comm[32], line[128];
	struct dirent *e;
	long n = -1, tid, v;
	FILE *f;
	DIR *d;

	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	cr_assert((d = opendir(path)) != NULL, "%s", path);
	while ((e = readdir(d)) != NULL) {
		if ((tid = strtol(e->d_name, NULL, 10)) <= 0 || tid == pid)
			continue;
		snprintf(path, sizeof(path), "/proc/%d/task/%ld/comm",
		    (int)pid, tid);
		if ((f = fopen(path, "r")) == NULL)
			continue;
		if (fgets(comm, sizeof(comm), f) == NULL)
			comm[0] = '\0';
		fclose(f);
		comm[strcspn(comm, "\n")] = '\0';
		if (strcmp(comm, WORKER_EXTRACT_THREAD) != 0)
			continue;
		snprintf(path, sizeof(path), "/proc/%d/task/%ld/status",
		    (int)pid, tid);
		cr_assert((f = fopen(path, "r")) != NULL, "%s", path);
		while (fgets(line, sizeof(line), f) != NULL)
			if (sscanf(line, "voluntary_ctxt_switches: %ld",
			    &v) == 1)
				break;
		fclose(f);
		cr_assert_eq(n, -1, "two threads named %s",
		    WORKER_EXTRACT_THREAD);
		n = v;
	}
	closedir(d);
	cr_assert(n >= 0, "no extraction thread in /proc/%d/task", (int)pid);
	return n;
}

/* The answers to jobs first .. first + n - 1, each once and with a
 * result, in DONEs or DONES. */
static void
e2e_broker_answers(void *router, struct proto_decoder *dec, zmq_msg_t *msg,
    uint64_t first, size_t n)
{
	char err[PROTO_ERR_MAX], answered[PROTO_BATCH_MAX];
	struct wmsg m, x;
	size_t got = 0, k, nk;

	cr_assert(n <= PROTO_BATCH_MAX);
	memset(answered, 0, sizeof(answered));
	while (got < n) {
		cr_assert(e2e_broker_next(router, dec, msg, &m, TH_WAIT_MS) ==
		    0, "%zu of %zu jobs answered", got, n);
		cr_assert(m.type == WMSG_DONE || m.type == WMSG_DONES,
		    "the worker sent %s", wmsg_type_name(m.type));
		nk = m.type == WMSG_DONES ? m.nmsgs : 1;
		for (k = 0; k < nk; k++) {
			if (m.type == WMSG_DONES)
				cr_assert(proto_decode_wmsg_item(dec, &m, k,
				    &x, err, sizeof(err)) == 0, "%s", err);
			else
				x = m;
			cr_assert(x.job >= first && x.job < first + n,
			    "DONE for job %llu", (unsigned long long)x.job);
			cr_assert_eq(answered[x.job - first]++, 0, "job %llu "
			    "answered twice", (unsigned long long)x.job);
			cr_assert(x.error.len == 0 && x.result.nquotes == 1,
			    "job %llu: %.*s", (unsigned long long)x.job,
			    (int)x.error.len, x.error.p);
			got++;
		}
	}
}

/*
 * A short batch of small jobs that finds a worker idle is run by its
 * main thread, as a small JOB alone is (workers/worker_hold.h,
 * worker_inline): the extraction thread is not woken for it.  It was for
 * every JOBS, and then took every job that came while it ran, so at half
 * load most articles paid two hand-offs between the threads.  A batch of
 * more than WORKER_DONE_HOLD_AHEAD, a backlog, still goes to it.  Seen
 * from outside by the extraction thread's context switches: five JOBS of
 * three move them not at all, one JOBS of nine does.
 */
Test(e2e, worker_runs_a_short_batch_on_its_main_thread, .timeout = 60,
    .fini = e2e_worker_fini)
{
	static const char body[] = "\"We will win,\" Putin said on August 15, "
	    "2016.";
	static const char *const bodies[9] = { body, body, body, body, body,
	    body, body, body, body };
	struct proto_decoder *dec;
	zmq_msg_t rid, msg;
	void *ctx, *router;
	uint64_t job = 41;
	long before, after;
	int i;

	cr_assert((dec = proto_decoder_new()) != NULL);
	ctx = th_ctx();
	router = e2e_worker_start(ctx, "quarry-worker", dec, &rid);
	zmq_msg_init(&msg);
	/* One job first: the worker is through its start (the sandbox). */
	e2e_worker_jobs(router, &rid, job, bodies, 1);
	e2e_broker_answers(router, dec, &msg, job, 1);
	job += 1;

	before = e2e_extract_switches(e2e_worker);
	for (i = 0; i < 5; i++) {
		e2e_worker_jobs(router, &rid, job, bodies, 3);
		e2e_broker_answers(router, dec, &msg, job, 3);
		job += 3;
	}
	after = e2e_extract_switches(e2e_worker);
	cr_assert_eq(after, before, "the extraction thread woke %ld times "
	    "for five batches of three small jobs", after - before);

	e2e_worker_jobs(router, &rid, job, bodies, 9);
	e2e_broker_answers(router, dec, &msg, job, 9);
	cr_assert_gt(e2e_extract_switches(e2e_worker), after, "a batch of "
	    "nine did not go to the extraction thread");
	e2e_worker_stop();
	zmq_msg_close(&rid);
	zmq_msg_close(&msg);
	zmq_close(router);
	zmq_ctx_term(ctx);
	proto_decoder_destroy(&dec);
}

/*
 * With the spool on, the articles read in one burst are spooled in one
 * write (docs/architecture.md, step 4), then queued and acked: an id
 * repeated within the burst is still a duplicate, the queue's bound
 * still counts the burst's articles, and exactly the accepted ones come
 * back after a restart.  20 articles and a repeat sent at once to a
 * quarryd without workers whose queue takes 10.
 */
Test(e2e, spool_burst_accepts_exactly_what_fits_once, .timeout = 90)
{
	char state[TH_PATH_MAX + 16], id[32], idbuf[PROTO_ID_MAX + 1];
	const char *extra[] = { "--state-dir", state, "--spool-fsync", "off",
	    "--queue-max", "10", "--drain-timeout-ms", "100", NULL };
	int accepted[20] = { 0 }, results[20] = { 0 };
	int i, k, naccepted = 0, ndup = 0, nbusy = 0, status;
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	void *ctx, *sub, *prod;

	th_daemon_prepare(&d);
	snprintf(state, sizeof(state), "%s/state", d.dir);
	th_daemon_restart(&d, 0, extra);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	for (i = 0; i < 20; i++) {
		snprintf(id, sizeof(id), "burst-%02d", i);
		th_submit(prod, id, "\"Soon,\" she said.", NULL, NULL);
		if (i == 5)	/* again, right behind the first */
			th_submit(prod, id, "\"Soon,\" she said.", NULL,
			    NULL);
	}
	for (i = 0; i < 21; i++) {
		cr_assert(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL,
		    0, TH_WAIT_MS) == 0, "%d acks of 21; log:\n%s", i,
		    th_daemon_log(&d));
		k = th_index(idbuf, "burst-", 20);
		cr_assert(k >= 0, "ack for %s", idbuf);
		if (ack.status == ACK_ACCEPTED) {
			cr_assert_eq(accepted[k], 0, "%s accepted twice",
			    idbuf);
			accepted[k] = 1;
			naccepted++;
		} else if (ack.status == ACK_DUPLICATE) {
			cr_assert_eq(k, 5, "%s a duplicate", idbuf);
			ndup++;
		} else {
			cr_assert_eq(ack.status, ACK_BUSY, "%s: %s", idbuf,
			    ack_status_name(ack.status));
			nbusy++;
		}
	}
	cr_assert_eq(naccepted, 10, "%d accepted", naccepted);
	cr_assert_eq(ndup, 1);
	cr_assert_eq(nbusy, 10);
	cr_assert(accepted[5]);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "stop: %#x; log:\n%s", status, th_daemon_log(&d));

	/* The accepted ten come back from the spool, each once. */
	th_daemon_restart(&d, 1, extra);
	th_sub_sync(sub);
	for (i = 0; i < 10; i++) {
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "%d results of 10; log:\n%s", i, th_daemon_log(&d));
		k = th_index(r.id, "burst-", 20);
		cr_assert(k >= 0 && accepted[k], "result for %s", r.id);
		cr_assert_eq(results[k]++, 0, "two results for %s", r.id);
	}
	cr_assert(th_recv_result(sub, &r, 300) == -1, "extra result for %s",
	    r.id);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	e2e_assert_clean_exit(&d);
}
