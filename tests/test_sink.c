/*
 * test_sink.c — the JetStream sink (daemon/sink.c) and `quarry sub
 * --nats`, against real nats-server processes the tests start on free
 * 127.0.0.1 ports with their stores in a temp dir.  The pure helpers
 * (subjects, ids) first; then quarryd killed -9 mid-stream, the NATS
 * server killed and restarted mid-stream, a three-node cluster losing a
 * node, a durable consumer stopped and restarted, and a stream that is
 * not ours.  Every server a test starts is killed by the fixture's
 * teardown, even when an assertion fails; every wait has a deadline.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <zmq.h>
#include <nats/nats.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "message.h"
#include "sink.h"

/* Servers one test may start (the cluster's three). */
#define SK_SERVERS_MAX		3
/* The whole of one test, at most (each test's .timeout is above it). */
#define SK_DEADLINE_MS		100000
#define SK_WINDOW		64	/* producer's outstanding articles */

struct sk_server {
	pid_t	 pid;
	int	 port, cport;
	char	 store[TH_PATH_MAX + 16];
	char	 url[64];
};

static struct {
	char		 dir[TH_PATH_MAX];
	struct sk_server srv[SK_SERVERS_MAX];
	int		 nsrv;
	int		 cluster;
	const char	*auth[5];	/* more nats-server flags, NULL-ended */
	pid_t		 others[4];	/* quarry sub processes */
} sk;

static void
sk_pause_ms(int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000 };

	nanosleep(&ts, NULL);
}

/* Can a TCP connection be made to the port? */
static int
sk_port_open(int port)
{
	struct sockaddr_in a;
	int fd = socket(AF_INET, SOCK_STREAM, 0), ok;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	a.sin_port = htons((uint16_t)port);
	ok = connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0;
	close(fd);
	return ok;
}

static void
sk_setup(void)
{
	memset(&sk, 0, sizeof(sk));
	snprintf(sk.dir, sizeof(sk.dir), "/tmp/quarry-sink-XXXXXX");
	cr_assert(mkdtemp(sk.dir) != NULL);
}

static void
sk_kill(pid_t *pid)
{
	int status;

	if (*pid > 0) {
		kill(*pid, SIGKILL);
		th_wait(*pid, TH_WAIT_MS, &status);
		*pid = 0;
	}
}

/* Teardown: every server and consumer started, even after a failure. */
static void
sk_teardown(void)
{
	int i;

	for (i = 0; i < SK_SERVERS_MAX; i++)
		sk_kill(&sk.srv[i].pid);
	for (i = 0; i < 4; i++)
		sk_kill(&sk.others[i]);
	if (sk.dir[0] != '\0')
		th_rmtree(sk.dir);
}

/* (Re)start server i on its ports and store; wait until it listens. */
static void
sk_server_run(int i)
{
	struct sk_server *s = &sk.srv[i];
	char port[16], cport[48], name[16], routes[256], log[TH_PATH_MAX + 32];
	char bin[] = "/usr/sbin/nats-server";
	char *argv[32];
	int argc = 0, j, n = 0;
	uint64_t start = th_now_ms();

	snprintf(port, sizeof(port), "%d", s->port);
	argv[argc++] = bin;
	argv[argc++] = (char *)"-a";
	argv[argc++] = (char *)"127.0.0.1";
	argv[argc++] = (char *)"-p";
	argv[argc++] = port;
	argv[argc++] = (char *)"-js";
	argv[argc++] = (char *)"-sd";
	argv[argc++] = s->store;
	snprintf(log, sizeof(log), "%s.log", s->store);
	argv[argc++] = (char *)"-l";
	argv[argc++] = log;
	if (sk.cluster) {
		snprintf(cport, sizeof(cport), "nats://127.0.0.1:%d",
		    s->cport);
		snprintf(name, sizeof(name), "n%d", i);
		for (j = 0; j < sk.nsrv; j++)
			if (j != i)
				n += snprintf(routes + n, sizeof(routes) -
				    (size_t)n, "%snats://127.0.0.1:%d",
				    n ? "," : "", sk.srv[j].cport);
		argv[argc++] = (char *)"-n";
		argv[argc++] = name;
		argv[argc++] = (char *)"--cluster_name";
		argv[argc++] = (char *)"quarrytest";
		argv[argc++] = (char *)"-cluster";
		argv[argc++] = cport;
		argv[argc++] = (char *)"-routes";
		argv[argc++] = routes;
	}
	for (j = 0; sk.auth[j] != NULL; j++)
		argv[argc++] = (char *)sk.auth[j];
	argv[argc] = NULL;
	s->pid = th_spawn(argv, NULL);
	while (!sk_port_open(s->port)) {
		int status;

		cr_assert(th_wait(s->pid, 0, &status) == -1,
		    "nats-server %d exited at start", i);
		cr_assert(th_now_ms() - start < TH_WAIT_MS,
		    "nats-server %d not listening", i);
		sk_pause_ms(20);
	}
}

/* n servers (one, or a cluster of three) on fresh ports. */
static void
sk_servers(int n)
{
	int i;

	sk.nsrv = n;
	sk.cluster = n > 1;
	for (i = 0; i < n; i++) {
		sk.srv[i].port = th_free_port();
		sk.srv[i].cport = sk.cluster ? th_free_port() : 0;
		snprintf(sk.srv[i].store, sizeof(sk.srv[i].store),
		    "%s/js%d", sk.dir, i);
		snprintf(sk.srv[i].url, sizeof(sk.srv[i].url),
		    "nats://127.0.0.1:%d", sk.srv[i].port);
	}
	for (i = 0; i < n; i++)
		sk_server_run(i);
}

/*
 * A cluster is ready when it can place a stream on its three servers:
 * create a throw-away R3 stream (in memory), within the deadline, then
 * delete it.  A server that died meanwhile (its cluster port taken in
 * the instant after th_free_port) fails the test by name.
 */
static void
sk_cluster_ready(void)
{
	const char *subjects[] = { "ready.>" };
	uint64_t start = th_now_ms();
	jsStreamConfig cfg;
	int i, status;

	for (;;) {
		natsConnection *nc = NULL;
		jsCtx *js = NULL;
		jsStreamInfo *si = NULL;
		int ok = 0;

		for (i = 0; i < sk.nsrv; i++)
			cr_assert(th_wait(sk.srv[i].pid, 0, &status) == -1,
			    "nats-server %d exited (log %s.log)", i,
			    sk.srv[i].store);
		if (natsConnection_ConnectTo(&nc, sk.srv[0].url) == NATS_OK &&
		    natsConnection_JetStream(&js, nc, NULL) == NATS_OK) {
			jsStreamConfig_Init(&cfg);
			cfg.Name = "READY";
			cfg.Subjects = subjects;
			cfg.SubjectsLen = 1;
			cfg.Storage = js_MemoryStorage;
			cfg.Replicas = 3;
			if (js_AddStream(&si, js, &cfg, NULL, NULL) == NATS_OK) {
				jsStreamInfo_Destroy(si);
				ok = js_DeleteStream(js, "READY", NULL, NULL) ==
				    NATS_OK;
			}
		}
		jsCtx_Destroy(js);
		natsConnection_Destroy(nc);
		if (ok)
			return;
		cr_assert(th_now_ms() - start < SK_DEADLINE_MS / 2,
		    "the three nats-servers formed no JetStream cluster");
		sk_pause_ms(200);
	}
}

/* --- reading the stream --- */

/*
 * Read the whole stream from url with an ephemeral consumer: per article
 * index, how many messages carry its id (Nats-Msg-Id).  Returns the
 * number of messages, or -1 if the server could not be read (yet).
 */
static int
sk_read_stream(const char *url, int n, unsigned *count, uint64_t deadline_ms)
{
	natsConnection *nc = NULL;
	natsSubscription *sub = NULL;
	jsCtx *js = NULL;
	jsStreamInfo *si = NULL;
	jsSubOptions so;
	natsStatus st;
	int total = -1, got = 0, i, idx;
	uint64_t want;

	memset(count, 0, (size_t)n * sizeof(*count));
	if (natsConnection_ConnectTo(&nc, url) != NATS_OK)
		return -1;
	if (natsConnection_JetStream(&js, nc, NULL) != NATS_OK ||
	    js_GetStreamInfo(&si, js, "QUARRY", NULL, NULL) != NATS_OK)
		goto out;
	want = si->State.Msgs;
	jsStreamInfo_Destroy(si);
	jsSubOptions_Init(&so);
	so.Stream = "QUARRY";
	/* Pull consumers need explicit acks (each is acked below, else
	 * delivery stops at MaxAckPending). */
	so.Config.AckPolicy = js_AckExplicit;
	if (js_PullSubscribe(&sub, js, "quarry.>", NULL, NULL, &so, NULL) !=
	    NATS_OK)
		goto out;
	while ((uint64_t)got < want) {
		natsMsgList list = { NULL, 0 };

		/* A cluster that just lost a node may be slow to answer:
		 * pull again, within the test's deadline. */
		st = natsSubscription_Fetch(&list, sub, 256, 2000, NULL);
		if (st == NATS_TIMEOUT && th_now_ms() < deadline_ms)
			continue;
		if (st != NATS_OK)
			goto out;
		for (i = 0; i < list.Count; i++) {
			const char *id = NULL, *ct = NULL;
			natsMsg *m = list.Msgs[i];

			cr_assert(natsMsgHeader_Get(m, "Nats-Msg-Id", &id) ==
			    NATS_OK, "a message without Nats-Msg-Id");
			cr_assert(natsMsgHeader_Get(m, "Content-Type", &ct) ==
			    NATS_OK && strcmp(ct, "application/msgpack") == 0);
			cr_assert(strncmp(natsMsg_GetSubject(m),
			    "quarry.result.", 14) == 0 ||
			    strncmp(natsMsg_GetSubject(m), "quarry.dead.", 12)
			    == 0, "subject %s", natsMsg_GetSubject(m));
			idx = th_index(id, "sk-", n);
			cr_assert(idx >= 0, "unknown id %s in the stream", id);
			count[idx]++;
			got++;
			natsMsg_Ack(m, NULL);
		}
		natsMsgList_Destroy(&list);
	}
	total = got;
out:
	natsSubscription_Destroy(sub);
	jsCtx_Destroy(js);
	natsConnection_Destroy(nc);
	return total;
}

/* Messages in the stream now, or -1 if the server cannot say. */
static long
sk_stream_msgs(const char *url)
{
	natsConnection *nc = NULL;
	jsCtx *js = NULL;
	jsStreamInfo *si = NULL;
	long n = -1;

	if (natsConnection_ConnectTo(&nc, url) != NATS_OK)
		return -1;
	if (natsConnection_JetStream(&js, nc, NULL) == NATS_OK &&
	    js_GetStreamInfo(&si, js, "QUARRY", NULL, NULL) == NATS_OK) {
		n = (long)si->State.Msgs;
		jsStreamInfo_Destroy(si);
	}
	jsCtx_Destroy(js);
	natsConnection_Destroy(nc);
	return n;
}

/* Wait until the stream (read from any live server) holds want messages,
 * then check every accepted article is in it exactly once. */
static void
sk_expect_exactly_once(const unsigned char *accepted, int n,
    const struct th_daemon *d)
{
	unsigned *count = calloc((size_t)n, sizeof(*count));
	uint64_t start = th_now_ms();
	int want = 0, i, j, total = -1, missing = 0, twice = 0;
	long msgs = -1;

	cr_assert(count != NULL);
	for (i = 0; i < n; i++)
		want += accepted[i];
	for (;;) {
		for (j = 0; j < sk.nsrv && msgs < want; j++)
			if (sk.srv[j].pid > 0)
				msgs = sk_stream_msgs(sk.srv[j].url);
		if (msgs >= want)
			break;
		cr_assert(th_now_ms() - start < SK_DEADLINE_MS, "the stream "
		    "holds %ld of %d results; log:\n%s", msgs, want,
		    th_daemon_log(d));
		msgs = -1;
		sk_pause_ms(50);
	}
	/* Any live server; again until the deadline (a new consumer in a
	 * cluster that just lost a node can fail while leaders move). */
	while (total < 0) {
		for (j = 0; j < sk.nsrv && total < 0; j++)
			if (sk.srv[j].pid > 0)
				total = sk_read_stream(sk.srv[j].url, n, count,
				    start + SK_DEADLINE_MS);
		cr_assert(total >= 0 || th_now_ms() - start < SK_DEADLINE_MS,
		    "could not read the stream");
		if (total < 0)
			sk_pause_ms(100);
	}
	for (i = 0; i < n; i++) {
		if (accepted[i] && count[i] == 0)
			missing++;
		if (count[i] > 1)
			twice++;
		cr_assert(accepted[i] || count[i] == 0,
		    "sk-%05d in the stream, never accepted", i);
	}
	cr_assert_eq(missing, 0, "%d accepted articles not in the stream",
	    missing);
	cr_assert_eq(twice, 0, "%d articles in the stream more than once",
	    twice);
	cr_assert_eq(total, want);
	fprintf(stderr, "sink: %d accepted, %d in the stream, each once\n",
	    want, total);
	free(count);
}

/* --- feeding --- */

struct sk_feed {
	void		*prod;
	int		 n, sent, outstanding;
	unsigned char	*accepted;
	int		*resend, nresend;
	unsigned	 busy_sink;	/* busy acks saying "sink unavailable" */
};

static void
sk_feed_init(struct sk_feed *f, void *prod, int n)
{
	memset(f, 0, sizeof(*f));
	f->prod = prod;
	f->n = n;
	f->accepted = calloc((size_t)n, 1);
	f->resend = calloc((size_t)n, sizeof(int));
	cr_assert(f->accepted && f->resend);
}

static void
sk_feed_free(struct sk_feed *f)
{
	free(f->accepted);
	free(f->resend);
}

static void
sk_submit(void *prod, int i)
{
	char id[32], body[256];

	snprintf(id, sizeof(id), "sk-%05d", i);
	snprintf(body, sizeof(body), "Item %d. \"The stream keeps it,\" the "
	    "archivist said on Monday, May 4, 2020.", i);
	th_submit(prod, id, body, "sink.example", "2020-05-06");
}

/* Send up to the window (limit: highest index to send, exclusive), read
 * acks for up to wait_ms; busy ones are queued to be sent again. */
static void
sk_feed_step(struct sk_feed *f, int limit, int wait_ms)
{
	char idbuf[PROTO_ID_MAX + 1], err[256];
	struct ack a;
	int got = 0, i;

	while (f->outstanding < SK_WINDOW && (f->nresend > 0 ||
	    f->sent < limit)) {
		sk_submit(f->prod, f->nresend > 0 ? f->resend[--f->nresend] :
		    f->sent++);
		f->outstanding++;
	}
	while (th_recv_ack(f->prod, &a, idbuf, sizeof(idbuf), err,
	    sizeof(err), got == 0 ? wait_ms : 0) == 0) {
		got++;
		/* A late answer to sk_wait_serving's repeated probe. */
		if (strcmp(idbuf, "sk-probe") == 0)
			continue;
		if (f->outstanding > 0)
			f->outstanding--;
		i = th_index(idbuf, "sk-", f->n);
		cr_assert(i >= 0, "ack for unknown id %s", idbuf);
		if (a.status == ACK_ACCEPTED || a.status == ACK_DUPLICATE)
			f->accepted[i] = 1;
		else if (a.status == ACK_BUSY) {
			if (strcmp(err, "sink unavailable") == 0)
				f->busy_sink++;
			if (f->nresend < f->n)
				f->resend[f->nresend++] = i;
		} else
			cr_assert_fail("%s: %s %s", idbuf,
			    ack_status_name(a.status), err);
	}
}

static int
sk_feed_accepted(const struct sk_feed *f)
{
	int i, k = 0;

	for (i = 0; i < f->n; i++)
		k += f->accepted[i];
	return k;
}

static int
sk_feed_done(const struct sk_feed *f)
{
	return f->sent == f->n && f->nresend == 0 && f->outstanding == 0;
}

/* After a restart of quarryd: everything not acknowledged goes again. */
static void
sk_feed_resend_unacked(struct sk_feed *f)
{
	int i;

	f->nresend = 0;
	for (i = 0; i < f->sent; i++)
		if (!f->accepted[i])
			f->resend[f->nresend++] = i;
	f->outstanding = 0;
}

TestSuite(sink, .init = sk_setup, .fini = sk_teardown);

/* --- pure --- */

Test(sink, subjects_keep_the_source_and_drop_what_nats_reserves)
{
	static const struct {
		const char	*source, *want;
	} cases[] = {
		{ "upi.com", "quarry.result.upi.com" },
		{ "", "quarry.result._" },
		{ "a b", "quarry.result.a_b" },
		{ "*", "quarry.result._" },
		{ "x>y", "quarry.result.x_y" },
		{ ".lead", "quarry.result._.lead" },
		{ "trail.", "quarry.result.trail._" },
		{ "a..b", "quarry.result.a._.b" },
		{ "tab\there", "quarry.result.tab_here" },
		{ "żółw.pl", "quarry.result.żółw.pl" },
	};
	char buf[SINK_SUBJECT_MAX];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		sink_subject(buf, sizeof(buf), "result",
		    str_make(cases[i].source, strlen(cases[i].source)));
		cr_assert_str_eq(buf, cases[i].want, "source \"%s\"",
		    cases[i].source);
	}
	sink_subject(buf, sizeof(buf), "dead", str_make("upi.com", 7));
	cr_assert_str_eq(buf, "quarry.dead.upi.com");
}

Test(sink, subjects_of_the_longest_source_fit)
{
	char src[PROTO_SOURCE_MAX], buf[SINK_SUBJECT_MAX];

	memset(src, '.', sizeof(src));	/* every token empty: doubles */
	sink_subject(buf, sizeof(buf), "result", str_make(src, sizeof(src)));
	cr_assert(strlen(buf) < sizeof(buf));
	cr_assert_eq(strncmp(buf, "quarry.result._.", 16), 0);
}

Test(sink, ids_that_cannot_be_a_header_are_named)
{
	char why[128];

	cr_assert_eq(sink_id_problem(str_make("a-1", 3), why, sizeof(why)),
	    0);
	cr_assert_eq(sink_id_problem(str_make("ą b", 4), why, sizeof(why)),
	    0);
	cr_assert_eq(sink_id_problem(str_make("a\r\nX: y", 7), why,
	    sizeof(why)), -1);
	cr_assert(strstr(why, "0x0d") != NULL, "%s", why);
	cr_assert_eq(sink_id_problem(str_make(" a", 2), why, sizeof(why)),
	    -1);
	cr_assert(strstr(why, "start") != NULL, "%s", why);
	cr_assert_eq(sink_id_problem(str_make("a ", 2), why, sizeof(why)),
	    -1);
	cr_assert_eq(sink_id_problem(str_make("a\x7f", 2), why, sizeof(why)),
	    -1);
}

/* --- against servers --- */

static void
sk_quarryd(struct th_daemon *d, int workers, const char *state,
    const char *sink, const char *const *more)
{
	const char *extra[24];
	int n = 0;

	extra[n++] = "--sink";
	extra[n++] = sink;
	if (state != NULL) {
		extra[n++] = "--state-dir";
		extra[n++] = state;
	}
	extra[n++] = "--heartbeat-ms";
	extra[n++] = "200";
	while (more != NULL && *more != NULL && n < 22)
		extra[n++] = *more++;
	extra[n] = NULL;
	if (d->pid == 0 && d->dir[0] == '\0')
		th_daemon_start(d, workers, extra);
	else
		th_daemon_restart(d, workers, extra);
}

/* Wait until quarryd answers on ingest (it connected to NATS first). */
static void
sk_wait_serving(struct th_daemon *d, void *prod)
{
	struct ack a;
	char idbuf[PROTO_ID_MAX + 1];
	uint64_t start = th_now_ms();
	int status;

	/* An empty body is rejected at once: nothing reaches the stream. */
	for (;;) {
		th_submit(prod, "sk-probe", "", NULL, NULL);
		if (th_recv_ack(prod, &a, idbuf, sizeof(idbuf), NULL, 0,
		    500) == 0)
			break;
		cr_assert(th_wait(d->pid, 0, &status) == -1,
		    "quarryd exited; log:\n%s", th_daemon_log(d));
		cr_assert(th_now_ms() - start < TH_WAIT_MS,
		    "quarryd not answering; log:\n%s", th_daemon_log(d));
	}
}

Test(sink, refuses_to_start_on_a_stream_that_is_not_ours, .timeout = 60)
{
	natsConnection *nc = NULL;
	jsCtx *js = NULL;
	jsStreamInfo *si = NULL;
	jsStreamConfig cfg;
	const char *subjects[] = { "other.>" };
	struct th_daemon d;
	int status;

	sk_servers(1);
	cr_assert(natsConnection_ConnectTo(&nc, sk.srv[0].url) == NATS_OK);
	cr_assert(natsConnection_JetStream(&js, nc, NULL) == NATS_OK);
	jsStreamConfig_Init(&cfg);
	cfg.Name = "QUARRY";
	cfg.Subjects = subjects;
	cfg.SubjectsLen = 1;
	cr_assert(js_AddStream(&si, js, &cfg, NULL, NULL) == NATS_OK);
	jsStreamInfo_Destroy(si);
	jsCtx_Destroy(js);
	natsConnection_Destroy(nc);

	memset(&d, 0, sizeof(d));
	sk_quarryd(&d, 0, NULL, sk.srv[0].url, NULL);
	cr_assert(th_wait(d.pid, TH_WAIT_MS, &status) == 0,
	    "quarryd kept running on a foreign stream");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) != 0);
	cr_assert(strstr(th_daemon_log(&d), "other.>") != NULL &&
	    strstr(th_daemon_log(&d), "--sink-stream") != NULL,
	    "log:\n%s", th_daemon_log(&d));
	th_rmtree(d.dir);
}

/*
 * (a) 2,000 articles; quarryd killed -9 when half are accepted and
 * started again on its spool.  No subscriber ever connects to the XPUB:
 * every accepted id must be in the stream, exactly once.
 */
#define SK_CRASH_ARTICLES	2000

Test(sink, quarryd_killed_9_every_result_in_the_stream_once,
    .timeout = 180)
{
	char state[TH_PATH_MAX + 16];
	struct th_daemon d;
	struct sk_feed f;
	void *ctx, *prod;
	uint64_t start = th_now_ms();
	int killed = 0, status;

	sk_servers(1);
	memset(&d, 0, sizeof(d));
	snprintf(state, sizeof(state), "%s/state", sk.dir);
	sk_quarryd(&d, 2, state, sk.srv[0].url, NULL);
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	sk_wait_serving(&d, prod);
	sk_feed_init(&f, prod, SK_CRASH_ARTICLES);
	while (!sk_feed_done(&f)) {
		cr_assert(th_now_ms() - start < SK_DEADLINE_MS,
		    "feeding not done; log:\n%s", th_daemon_log(&d));
		sk_feed_step(&f, f.n, 20);
		if (!killed && sk_feed_accepted(&f) >= SK_CRASH_ARTICLES / 2) {
			kill(d.pid, SIGKILL);
			cr_assert(th_wait(d.pid, TH_WAIT_MS, &status) == 0);
			killed = 1;
			sk_quarryd(&d, 2, state, sk.srv[0].url, NULL);
			sk_feed_resend_unacked(&f);
		}
	}
	cr_assert(killed);
	sk_expect_exactly_once(f.accepted, f.n, &d);
	sk_feed_free(&f);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	th_daemon_stop(&d);
	th_rmtree(d.dir);
}

/*
 * (b) The NATS server killed -9 mid-stream and started again on its
 * store: intake answers busy ("sink unavailable") once the buffer is
 * full, and nothing accepted is lost.  While NATS is away the feed goes
 * on until that busy comes (up to SK_OUTAGE_MAX), then stops at what it
 * has sent: slow workers (AddressSanitizer on a loaded machine) let all
 * of a fixed 600 be accepted before 50 results were waiting, and the
 * busy the test waits for never came.
 */
#define SK_OUTAGE_ARTICLES	600
#define SK_OUTAGE_MAX		8000
#define SK_OUTAGE_BUFFER	"50"

Test(sink, nats_killed_and_restarted_nothing_lost_busy_meanwhile,
    .timeout = 180)
{
	const char *more[] = { "--sink-buffer", SK_OUTAGE_BUFFER, NULL };
	char state[TH_PATH_MAX + 16];
	struct th_daemon d;
	struct sk_feed f;
	void *ctx, *prod;
	uint64_t start = th_now_ms();
	int phase = 0;

	sk_servers(1);
	memset(&d, 0, sizeof(d));
	snprintf(state, sizeof(state), "%s/state", sk.dir);
	sk_quarryd(&d, 2, state, sk.srv[0].url, more);
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	sk_wait_serving(&d, prod);
	sk_feed_init(&f, prod, SK_OUTAGE_MAX);
	while (!sk_feed_done(&f) || phase < 2) {
		cr_assert(th_now_ms() - start < SK_DEADLINE_MS,
		    "phase %d, %d accepted, %u busy; log:\n%s", phase,
		    sk_feed_accepted(&f), f.busy_sink, th_daemon_log(&d));
		/* Half before the kill, so that more than the buffer and
		 * the workers' credit arrive while NATS is away; then on
		 * until the buffer is full. */
		sk_feed_step(&f, phase == 0 ? SK_OUTAGE_ARTICLES / 2 : f.n,
		    20);
		if (phase == 0 &&
		    sk_feed_accepted(&f) >= SK_OUTAGE_ARTICLES / 3) {
			sk_kill(&sk.srv[0].pid);
			phase = 1;
		} else if (phase == 1 && f.busy_sink > 0) {
			/* Busy seen: the buffer filled while NATS was away.
			 * What was sent is the test's; no more. */
			sk_server_run(0);
			f.n = f.sent;
			phase = 2;
		}
	}
	cr_assert(f.busy_sink > 0);
	sk_expect_exactly_once(f.accepted, f.n, &d);
	sk_feed_free(&f);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	th_daemon_stop(&d);
	th_rmtree(d.dir);
}

/*
 * (c) A three-node JetStream cluster, the stream with three replicas;
 * one node killed -9 mid-stream.  Nothing accepted is lost.
 */
#define SK_CLUSTER_ARTICLES	600

Test(sink, cluster_node_killed_nothing_lost, .timeout = 180)
{
	const char *more[] = { "--sink-replicas", "3", NULL };
	char urls[256], state[TH_PATH_MAX + 16];
	struct th_daemon d;
	struct sk_feed f;
	void *ctx, *prod;
	uint64_t start = th_now_ms();
	int killed = 0;

	sk_servers(3);
	sk_cluster_ready();
	snprintf(urls, sizeof(urls), "%s,%s,%s", sk.srv[0].url,
	    sk.srv[1].url, sk.srv[2].url);
	memset(&d, 0, sizeof(d));
	snprintf(state, sizeof(state), "%s/state", sk.dir);
	sk_quarryd(&d, 2, state, urls, more);
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	sk_wait_serving(&d, prod);
	sk_feed_init(&f, prod, SK_CLUSTER_ARTICLES);
	/* Two thirds, the kill once a third is stored, then the rest. */
	while (!killed || !sk_feed_done(&f)) {
		cr_assert(th_now_ms() - start < SK_DEADLINE_MS,
		    "%d accepted; log:\n%s", sk_feed_accepted(&f),
		    th_daemon_log(&d));
		sk_feed_step(&f, killed ? f.n : f.n * 2 / 3, 20);
		if (!killed && sk_stream_msgs(sk.srv[1].url) >=
		    SK_CLUSTER_ARTICLES / 3) {
			sk_kill(&sk.srv[0].pid);
			killed = 1;
		}
	}
	cr_assert(killed);
	sk_expect_exactly_once(f.accepted, f.n, &d);
	sk_feed_free(&f);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	th_daemon_stop(&d);
	th_rmtree(d.dir);
}

/* --- quarry sub --nats --- */

/* Lines in a file so far; per article index, how many name it. */
static int
sk_lines(const char *path, unsigned *count, int n)
{
	char line[8192], id[64];
	FILE *fp = fopen(path, "r");
	int lines = 0, i;

	if (fp == NULL)
		return 0;
	while (fgets(line, sizeof(line), fp) != NULL) {
		if (line[strlen(line) - 1] != '\n')
			break;		/* still being written */
		lines++;
		if (count != NULL && sscanf(line, "{\"id\":\"%63[^\"]\"",
		    id) == 1 && (i = th_index(id, "sk-", n)) >= 0)
			count[i]++;
	}
	fclose(fp);
	return lines;
}

static pid_t
sk_sub(const char *url, const char *out)
{
	char bin[TH_PATH_MAX];
	char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarry"),
	    (char *)"sub", (char *)"--nats", (char *)url, (char *)"--durable",
	    (char *)"archive", NULL };

	return th_spawn(argv, out);
}

/*
 * (d) `quarry sub --nats --durable` stopped (SIGTERM) mid-stream and
 * started again: across its two runs, every result printed once.
 */
#define SK_SUB_ARTICLES		400

Test(sink, durable_sub_stopped_and_restarted_prints_each_once,
    .timeout = 180)
{
	char out1[TH_PATH_MAX + 16], out2[TH_PATH_MAX + 16];
	struct th_daemon d;
	struct sk_feed f;
	unsigned *count;
	void *ctx, *prod;
	uint64_t start = th_now_ms();
	int stopped = 0, restarted = 0, status, i, lines1 = 0;

	sk_servers(1);
	memset(&d, 0, sizeof(d));
	sk_quarryd(&d, 2, NULL, sk.srv[0].url, NULL);
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	sk_wait_serving(&d, prod);
	snprintf(out1, sizeof(out1), "%s/sub1.jsonl", sk.dir);
	snprintf(out2, sizeof(out2), "%s/sub2.jsonl", sk.dir);
	sk.others[0] = sk_sub(sk.srv[0].url, out1);
	sk_feed_init(&f, prod, SK_SUB_ARTICLES);
	count = calloc(SK_SUB_ARTICLES, sizeof(*count));
	cr_assert(count != NULL);
	/* Paced by the consumer: a third, the stop, the rest. */
	for (;;) {
		cr_assert(th_now_ms() - start < SK_DEADLINE_MS,
		    "%d accepted, %d + %d lines; log:\n%s",
		    sk_feed_accepted(&f), sk_lines(out1, NULL, 0),
		    sk_lines(out2, NULL, 0), th_daemon_log(&d));
		sk_feed_step(&f, stopped ? f.n : f.n / 2, 20);
		if (!stopped && sk_lines(out1, NULL, 0) >= f.n / 3) {
			kill(sk.others[0], SIGTERM);
			cr_assert(th_wait(sk.others[0], TH_WAIT_MS, &status)
			    == 0, "quarry sub did not stop on SIGTERM");
			cr_assert(WIFEXITED(status) &&
			    WEXITSTATUS(status) == 0);
			sk.others[0] = 0;
			stopped = 1;
			lines1 = sk_lines(out1, NULL, 0);
		} else if (stopped && !restarted &&
		    sk_feed_accepted(&f) >= f.n * 2 / 3) {
			/* Results went on arriving while it was away. */
			sk.others[1] = sk_sub(sk.srv[0].url, out2);
			restarted = 1;
		}
		if (restarted && sk_feed_done(&f) && lines1 +
		    sk_lines(out2, NULL, 0) >= sk_feed_accepted(&f))
			break;
	}
	sk_lines(out1, count, f.n);
	sk_lines(out2, count, f.n);
	for (i = 0; i < f.n; i++) {
		if (!f.accepted[i])
			continue;
		cr_assert_eq(count[i], 1, "sk-%05d printed %u times", i,
		    count[i]);
	}
	fprintf(stderr, "sink: durable consumer printed %d, stopped, then %d: "
	    "each of %d once\n", lines1, sk_lines(out2, NULL, 0),
	    sk_feed_accepted(&f));
	free(count);
	sk_feed_free(&f);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	th_daemon_stop(&d);
	th_rmtree(d.dir);
}

/* --- the Node.js example, clients/nats_consumer.js --- */

#define SK_NODE_ARTICLES	40
#define SK_NODE_FIRST		15

/* Run the example to its end; returns its exit status. */
static int
sk_node(const char *url, const char *out, const char *stop, const char *n)
{
	char *argv[] = { (char *)"/usr/bin/node",
	    (char *)"clients/nats_consumer.js", (char *)"--server",
	    (char *)url, (char *)"--durable", (char *)"nodejs",
	    (char *)stop, (char *)n, NULL };
	int status;

	sk.others[2] = th_spawn(argv, out);
	cr_assert(th_wait(sk.others[2], TH_WAIT_MS * 2, &status) == 0,
	    "nats_consumer.js did not end");
	sk.others[2] = 0;
	cr_assert(WIFEXITED(status), "nats_consumer.js killed");
	return WEXITSTATUS(status);
}

/* Lines of the example's output: per article index, how many. */
static int
sk_node_lines(const char *path, unsigned *count, int n)
{
	char line[16384], *p;
	FILE *fp = fopen(path, "r");
	int lines = 0, i;

	cr_assert(fp != NULL, "%s", path);
	while (fgets(line, sizeof(line), fp) != NULL) {
		lines++;
		cr_assert((p = strstr(line, "\"id\":\"sk-")) != NULL,
		    "line without an id: %s", line);
		i = th_index(p + 6, "sk-", n);
		cr_assert(i >= 0, "%s", line);
		cr_assert(strstr(line, "\"result\":{") != NULL &&
		    strstr(line, "\"subject\":\"quarry.result.sink.example\"")
		    != NULL, "%s", line);
		count[i]++;
	}
	fclose(fp);
	return lines;
}

Test(sink, node_consumer_example_resumes_where_it_stopped, .timeout = 120)
{
	char out1[TH_PATH_MAX + 16], out2[TH_PATH_MAX + 16], first[16];
	unsigned count[SK_NODE_ARTICLES];
	struct th_daemon d;
	struct sk_feed f;
	void *ctx, *prod;
	uint64_t start = th_now_ms();
	int i, rc;

	cr_assert(access("clients/node_modules/nats/package.json", R_OK) ==
	    0, "clients/node_modules: run make check (npm ci in clients/)");
	sk_servers(1);
	memset(&d, 0, sizeof(d));
	sk_quarryd(&d, 1, NULL, sk.srv[0].url, NULL);
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	sk_wait_serving(&d, prod);
	sk_feed_init(&f, prod, SK_NODE_ARTICLES);
	while (!sk_feed_done(&f)) {
		cr_assert(th_now_ms() - start < SK_DEADLINE_MS);
		sk_feed_step(&f, f.n, 20);
	}
	while (sk_stream_msgs(sk.srv[0].url) < SK_NODE_ARTICLES) {
		cr_assert(th_now_ms() - start < SK_DEADLINE_MS,
		    "results not in the stream; log:\n%s", th_daemon_log(&d));
		sk_pause_ms(20);
	}
	snprintf(out1, sizeof(out1), "%s/node1.jsonl", sk.dir);
	snprintf(out2, sizeof(out2), "%s/node2.jsonl", sk.dir);
	snprintf(first, sizeof(first), "%d", SK_NODE_FIRST);
	cr_assert_eq(sk_node(sk.srv[0].url, out1, "--count", first), 0);
	/* Again with the same durable: the rest, then idle. */
	rc = sk_node(sk.srv[0].url, out2, "--timeout", "2");
	cr_assert_eq(rc, 2, "the second run should end idle (2), not %d", rc);
	memset(count, 0, sizeof(count));
	cr_assert_eq(sk_node_lines(out1, count, SK_NODE_ARTICLES),
	    SK_NODE_FIRST);
	cr_assert_eq(sk_node_lines(out2, count, SK_NODE_ARTICLES),
	    SK_NODE_ARTICLES - SK_NODE_FIRST);
	for (i = 0; i < SK_NODE_ARTICLES; i++)
		cr_assert_eq(count[i], 1, "sk-%05d printed %u times", i,
		    count[i]);
	sk_feed_free(&f);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	th_daemon_stop(&d);
	th_rmtree(d.dir);
}

/* --- credentials --- */

#define SK_AUTH_ARTICLES	20

Test(sink, user_and_password_file_and_a_wrong_password_refused,
    .timeout = 120)
{
	char pw[TH_PATH_MAX + 16], url[96], state[TH_PATH_MAX + 16];
	const char *more[] = { "--sink-user", "quarry", "--sink-password-file",
	    pw, NULL };
	struct th_daemon d;
	struct sk_feed f;
	void *ctx, *prod;
	uint64_t start = th_now_ms();
	FILE *fp;
	int status;

	sk.auth[0] = "--user";
	sk.auth[1] = "quarry";
	sk.auth[2] = "--pass";
	sk.auth[3] = "s3cret-pw";
	sk_servers(1);
	snprintf(url, sizeof(url), "%s", sk.srv[0].url);
	snprintf(pw, sizeof(pw), "%s/nats-password", sk.dir);
	/* A wrong password does not get better: quarryd refuses to start. */
	cr_assert((fp = fopen(pw, "w")) != NULL);
	fputs("not-it\n", fp);
	fclose(fp);
	memset(&d, 0, sizeof(d));
	sk_quarryd(&d, 0, NULL, url, more);
	cr_assert(th_wait(d.pid, TH_WAIT_MS, &status) == 0,
	    "quarryd kept running with a wrong password");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) != 0);
	cr_assert(strstr(th_daemon_log(&d), "Authorization") != NULL,
	    "log:\n%s", th_daemon_log(&d));
	/* The right one, read from the file's first line. */
	cr_assert((fp = fopen(pw, "w")) != NULL);
	fputs("s3cret-pw\n", fp);
	fclose(fp);
	snprintf(state, sizeof(state), "%s/state", sk.dir);
	sk_quarryd(&d, 1, state, url, more);
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	sk_wait_serving(&d, prod);
	sk_feed_init(&f, prod, SK_AUTH_ARTICLES);
	while (!sk_feed_done(&f)) {
		cr_assert(th_now_ms() - start < SK_DEADLINE_MS);
		sk_feed_step(&f, f.n, 20);
	}
	/* Reading the stream needs the credentials too. */
	snprintf(sk.srv[0].url, sizeof(sk.srv[0].url),
	    "nats://quarry:s3cret-pw@127.0.0.1:%d", sk.srv[0].port);
	sk_expect_exactly_once(f.accepted, f.n, &d);
	sk_feed_free(&f);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	th_daemon_stop(&d);
	th_rmtree(d.dir);
}
