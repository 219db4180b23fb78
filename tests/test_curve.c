/*
 * test_curve.c — CurveZMQ on quarryd's tcp endpoints (curve.c, keyfile.c,
 * `quarry keygen`) and the privilege drop (privdrop.c), end to end: the
 * real quarryd, quarry-worker and quarry on 127.0.0.1 ports.
 *
 * A stranger (no key, or a key not in the allowlist) is shown to fail by
 * a bounded wait for what an allowed client would have had by then, and
 * by what happens after: an article a stranger sent is "accepted", not
 * "duplicate", when an allowed producer sends it, so it never got in.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "keyfile.h"
#include "message.h"

/* How long a stranger is given to get through: far longer than a CURVE
 * handshake and a round trip on loopback take (well under 10 ms). */
#define CT_STRANGER_MS	1500

struct ct {
	struct th_daemon d;
	char	 keys[TH_PATH_MAX];	/* the key directory */
	char	 ingest[64], results[64], workers[64];
	char	 server_key[TH_PATH_MAX + 32], server_pub[TH_PATH_MAX + 32];
	char	 allow[TH_PATH_MAX + 32];
	char	 allow_role[3][TH_PATH_MAX + 48]; /* producers, subscribers,
						   * workers: one key each */
	pid_t	 worker;
};

/* `quarry keygen --out PREFIX`; its exit status. */
static int
ct_keygen(const char *prefix)
{
	char bin[TH_PATH_MAX];
	char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarry"),
	    (char *)"keygen", (char *)"--out", (char *)prefix, NULL };
	int status;
	pid_t pid = th_spawn(argv, "/dev/null");

	cr_assert(th_wait(pid, TH_WAIT_MS, &status) == 0, "keygen hung");
	cr_assert(WIFEXITED(status));
	return WEXITSTATUS(status);
}

/* The key line of a key file. */
static void
ct_read_key(const char *path, char out[KEYFILE_Z85_LEN + 1])
{
	char err[512];

	cr_assert(keyfile_read(path, 0, out, err, sizeof(err)) == 0, "%s",
	    err);
}

/* Key pairs server, prod, sub, worker (allowed) and stranger (not). */
static void
ct_keys(struct ct *t)
{
	static const char *const allowed[] = { "prod", "sub", "worker" };
	char prefix[TH_PATH_MAX + 32], pub[TH_PATH_MAX + 40];
	char key[KEYFILE_Z85_LEN + 1];
	size_t i;
	FILE *f;

	snprintf(t->keys, sizeof(t->keys), "/tmp/quarry-curve-XXXXXX");
	cr_assert(mkdtemp(t->keys) != NULL);
	snprintf(prefix, sizeof(prefix), "%s/server", t->keys);
	cr_assert_eq(ct_keygen(prefix), 0);
	snprintf(t->server_key, sizeof(t->server_key), "%s/server.key",
	    t->keys);
	snprintf(t->server_pub, sizeof(t->server_pub), "%s/server.pub",
	    t->keys);
	snprintf(t->allow, sizeof(t->allow), "%s/allow", t->keys);
	cr_assert((f = fopen(t->allow, "w")) != NULL);
	fprintf(f, "# clients of the test broker\n\n");
	for (i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++) {
		snprintf(prefix, sizeof(prefix), "%s/%s", t->keys,
		    allowed[i]);
		cr_assert_eq(ct_keygen(prefix), 0);
		snprintf(pub, sizeof(pub), "%s.pub", prefix);
		ct_read_key(pub, key);
		fprintf(f, "%s  %s\n", key, allowed[i]);
	}
	fclose(f);
	/* One list per role, each naming its own client alone. */
	for (i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++) {
		snprintf(t->allow_role[i], sizeof(t->allow_role[i]),
		    "%s/allow-%s", t->keys, allowed[i]);
		snprintf(pub, sizeof(pub), "%s/%s.pub", t->keys, allowed[i]);
		ct_read_key(pub, key);
		cr_assert((f = fopen(t->allow_role[i], "w")) != NULL);
		fprintf(f, "%s  %s\n", key, allowed[i]);
		fclose(f);
	}
	snprintf(prefix, sizeof(prefix), "%s/stranger", t->keys);
	cr_assert_eq(ct_keygen(prefix), 0);
}

/* quarryd with CURVE on three tcp endpoints, remote workers only (local
 * ones cannot use a tcp endpoint); roles: one allowlist per role instead
 * of one for all. */
static void
ct_start_lists(struct ct *t, const char **more, int roles)
{
	const char *extra[24];
	int n = 0;

	memset(t, 0, sizeof(*t));
	ct_keys(t);
	snprintf(t->ingest, sizeof(t->ingest), "tcp://127.0.0.1:%d",
	    th_free_port());
	snprintf(t->results, sizeof(t->results), "tcp://127.0.0.1:%d",
	    th_free_port());
	snprintf(t->workers, sizeof(t->workers), "tcp://127.0.0.1:%d",
	    th_free_port());
	extra[n++] = "--ingest";
	extra[n++] = t->ingest;
	extra[n++] = "--results";
	extra[n++] = t->results;
	extra[n++] = "--workers-endpoint";
	extra[n++] = t->workers;
	extra[n++] = "--curve-secret-key";
	extra[n++] = t->server_key;
	if (roles) {
		extra[n++] = "--curve-allow-producers";
		extra[n++] = t->allow_role[0];
		extra[n++] = "--curve-allow-subscribers";
		extra[n++] = t->allow_role[1];
		extra[n++] = "--curve-allow-workers";
		extra[n++] = t->allow_role[2];
	} else {
		extra[n++] = "--curve-allow";
		extra[n++] = t->allow;
	}
	while (more != NULL && *more != NULL && n < 23)
		extra[n++] = *more++;
	extra[n] = NULL;
	th_daemon_start(&t->d, 0, extra);
}

static void
ct_start(struct ct *t, const char **more)
{
	ct_start_lists(t, more, 0);
}

static void
ct_stop(struct ct *t)
{
	int status;

	if (t->worker > 0) {
		kill(t->worker, SIGTERM);
		if (th_wait(t->worker, TH_WAIT_MS, &status) == -1) {
			kill(t->worker, SIGKILL);
			waitpid(t->worker, &status, 0);
		}
		t->worker = 0;
	}
	status = th_daemon_stop(&t->d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarryd did not exit 0 (status %#x); log:\n%s", status,
	    th_daemon_log(&t->d));
	th_rmtree(t->d.dir);
	th_rmtree(t->keys);
}

/* A remote quarry-worker with the pair PREFIX (NULL: no key at all). */
static pid_t
ct_worker(struct ct *t, const char *who)
{
	char bin[TH_PATH_MAX], prefix[TH_PATH_MAX + 32];
	char *argv[16];
	int n = 0;

	argv[n++] = (char *)th_bin(bin, sizeof(bin), "quarry-worker");
	argv[n++] = (char *)"--connect";
	argv[n++] = t->workers;
	argv[n++] = (char *)"--name";
	argv[n++] = (char *)(who != NULL ? who : "no-key");
	argv[n++] = (char *)"--heartbeat-ms";
	argv[n++] = (char *)"100";
	if (who != NULL) {
		snprintf(prefix, sizeof(prefix), "%s/%s", t->keys, who);
		argv[n++] = (char *)"--curve-server-key";
		argv[n++] = t->server_pub;
		argv[n++] = (char *)"--curve-key";
		argv[n++] = prefix;
	}
	argv[n] = NULL;
	return th_spawn(argv, "/dev/null");
}

/* A client socket of type, CURVE with the pair who (NULL: no CURVE),
 * connected to endpoint. */
static void *
ct_socket(struct ct *t, void *ctx, int type, const char *endpoint,
    const char *who)
{
	char prefix[TH_PATH_MAX + 32], err[1024];
	void *s = zmq_socket(ctx, type);
	int zero = 0;

	cr_assert(s != NULL);
	zmq_setsockopt(s, ZMQ_LINGER, &zero, sizeof(zero));
	if (who != NULL) {
		snprintf(prefix, sizeof(prefix), "%s/%s", t->keys, who);
		cr_assert(keyfile_curve_client(s, t->server_pub, prefix, err,
		    sizeof(err)) == 0, "%s", err);
	}
	cr_assert(zmq_connect(s, endpoint) == 0);
	return s;
}

static void *
ct_subscriber(struct ct *t, void *ctx, const char *who, int sync)
{
	void *s = ct_socket(t, ctx, ZMQ_SUB, t->results, who);

	zmq_setsockopt(s, ZMQ_SUBSCRIBE, "", 0);
	if (sync)
		th_sub_sync(s);
	return s;
}

static void
ct_expect_ack(void *prod, const char *id, enum ack_status want)
{
	struct ack a;
	char idbuf[PROTO_ID_MAX + 1], err[256];

	cr_assert(th_recv_ack(prod, &a, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) == 0, "no ack for %s", id);
	cr_assert_str_eq(idbuf, id);
	cr_assert_eq(a.status, want, "%s: ack %s, wanted %s (%s)", id,
	    ack_status_name(a.status), ack_status_name(want), err);
}

/* Neither the secret nor the whole public key of who is in the log. */
static void
ct_assert_no_keys_logged(struct ct *t, const char *who)
{
	char path[TH_PATH_MAX + 64], key[KEYFILE_Z85_LEN + 1], err[256];
	const char *log = th_daemon_log(&t->d);

	snprintf(path, sizeof(path), "%s/%s.pub", t->keys, who);
	ct_read_key(path, key);
	cr_assert(strstr(log, key) == NULL, "%s's public key logged", who);
	snprintf(path, sizeof(path), "%s/%s.key", t->keys, who);
	cr_assert(keyfile_read(path, 1, key, err, sizeof(err)) == 0, "%s",
	    err);
	cr_assert(strstr(log, key) == NULL, "%s's secret key logged", who);
}

Test(curve, allowed_clients_submit_subscribe_and_work, .timeout = 60)
{
	struct th_result r;
	struct ct t;
	void *ctx, *sub, *prod;

	ct_start(&t, NULL);
	ctx = th_ctx();
	t.worker = ct_worker(&t, "worker");
	sub = ct_subscriber(&t, ctx, "sub", 1);
	prod = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "prod");
	th_submit(prod, "c-1", "\"We are encrypted now,\" she said.", "t",
	    NULL);
	ct_expect_ack(prod, "c-1", ACK_ACCEPTED);
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
	    "no result; log:\n%s", th_daemon_log(&t.d));
	cr_assert_str_eq(r.id, "c-1");
	cr_assert(!r.dead, "%s", r.error);
	cr_assert_eq(r.nquotes, 1);
	ct_assert_no_keys_logged(&t, "server");
	ct_assert_no_keys_logged(&t, "prod");
	/* One list for all: it still works, and says what it allows. */
	cr_assert(strstr(th_daemon_log(&t.d), "serves every role") != NULL,
	    "no warning for the shared allowlist:\n%s", th_daemon_log(&t.d));
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	ct_stop(&t);
}

/* --- keys bound to roles: each key only on its own socket --- */

Test(curve_roles, each_key_works_in_its_own_role, .timeout = 60)
{
	struct th_result r;
	struct ct t;
	void *ctx, *sub, *prod;

	ct_start_lists(&t, NULL, 1);
	ctx = th_ctx();
	t.worker = ct_worker(&t, "worker");
	sub = ct_subscriber(&t, ctx, "sub", 1);
	prod = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "prod");
	th_submit(prod, "r-1", "\"Each in its place,\" she said.", NULL,
	    NULL);
	ct_expect_ack(prod, "r-1", ACK_ACCEPTED);
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
	    "no result; log:\n%s", th_daemon_log(&t.d));
	cr_assert_str_eq(r.id, "r-1");
	cr_assert(strstr(th_daemon_log(&t.d), "serves every role") == NULL);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	ct_stop(&t);
}

/* A subscriber's key and a worker's key cannot submit. */
Test(curve_roles, only_producers_submit, .timeout = 60)
{
	struct ack a;
	struct ct t;
	char idbuf[PROTO_ID_MAX + 1];
	void *ctx, *as_sub, *as_worker, *prod;

	ct_start_lists(&t, NULL, 1);
	ctx = th_ctx();
	as_sub = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "sub");
	as_worker = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "worker");
	th_submit(as_sub, "x-1", "from a subscriber's key", NULL, NULL);
	th_submit(as_worker, "x-2", "from a worker's key", NULL, NULL);
	th_wait_log(&t.d, "not in the allowlist of the producers", 2);
	cr_assert(th_recv_ack(as_sub, &a, idbuf, sizeof(idbuf), NULL, 0,
	    CT_STRANGER_MS) == -1, "a subscriber's key submitted");
	cr_assert(th_recv_ack(as_worker, &a, idbuf, sizeof(idbuf), NULL, 0,
	    CT_STRANGER_MS) == -1, "a worker's key submitted");
	/* Never queued: the same ids are new to the broker. */
	prod = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "prod");
	th_submit(prod, "x-1", "now from a producer", NULL, NULL);
	ct_expect_ack(prod, "x-1", ACK_ACCEPTED);
	th_submit(prod, "x-2", "now from a producer", NULL, NULL);
	ct_expect_ack(prod, "x-2", ACK_ACCEPTED);
	zmq_close(as_sub);
	zmq_close(as_worker);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	ct_stop(&t);
}

/* A producer's key and a worker's key cannot subscribe. */
Test(curve_roles, only_subscribers_subscribe, .timeout = 60)
{
	struct th_result r;
	struct ct t;
	void *ctx, *sub, *as_prod, *as_worker, *prod;

	ct_start_lists(&t, NULL, 1);
	ctx = th_ctx();
	t.worker = ct_worker(&t, "worker");
	sub = ct_subscriber(&t, ctx, "sub", 1);
	as_prod = ct_subscriber(&t, ctx, "prod", 0);
	as_worker = ct_subscriber(&t, ctx, "worker", 0);
	th_wait_log(&t.d, "not in the allowlist of the subscribers", 2);
	prod = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "prod");
	th_submit(prod, "y-1", "\"Not for producers,\" he said.", NULL,
	    NULL);
	ct_expect_ack(prod, "y-1", ACK_ACCEPTED);
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0);
	cr_assert_str_eq(r.id, "y-1");
	/* Published: they would have it by now. */
	cr_assert(th_recv_result(as_prod, &r, CT_STRANGER_MS) == -1,
	    "a producer's key subscribed and received %s", r.topic);
	cr_assert(th_recv_result(as_worker, &r, CT_STRANGER_MS) == -1,
	    "a worker's key subscribed and received %s", r.topic);
	zmq_close(prod);
	zmq_close(sub);
	zmq_close(as_prod);
	zmq_close(as_worker);
	zmq_ctx_term(ctx);
	ct_stop(&t);
}

/* A producer's key and a subscriber's key cannot register as workers:
 * they would receive article bodies and publish forged results. */
Test(curve_roles, only_workers_take_jobs, .timeout = 60)
{
	struct th_result r;
	struct ct t;
	void *ctx, *sub, *prod;
	pid_t as_sub;
	int status;

	ct_start_lists(&t, NULL, 1);
	ctx = th_ctx();
	sub = ct_subscriber(&t, ctx, "sub", 1);
	t.worker = ct_worker(&t, "prod");
	as_sub = ct_worker(&t, "sub");
	th_wait_log(&t.d, "not in the allowlist of the workers", 2);
	prod = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "prod");
	th_submit(prod, "z-1", "\"Workers only,\" she said.", NULL, NULL);
	ct_expect_ack(prod, "z-1", ACK_ACCEPTED);
	cr_assert(th_recv_result(sub, &r, CT_STRANGER_MS) == -1,
	    "a producer's or subscriber's key took the job");
	cr_assert(strstr(th_daemon_log(&t.d), " ready (pid") == NULL,
	    "a wrong-role worker registered:\n%s", th_daemon_log(&t.d));
	kill(as_sub, SIGTERM);
	cr_assert(th_wait(as_sub, TH_WAIT_MS, &status) == 0);
	kill(t.worker, SIGTERM);
	cr_assert(th_wait(t.worker, TH_WAIT_MS, &status) == 0);
	t.worker = ct_worker(&t, "worker");
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
	    "the queued job never ran; log:\n%s", th_daemon_log(&t.d));
	cr_assert_str_eq(r.id, "z-1");
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	ct_stop(&t);
}

Test(curve, strangers_cannot_submit, .timeout = 60)
{
	struct ack a;
	struct ct t;
	char idbuf[PROTO_ID_MAX + 1];
	void *ctx, *nokey, *stranger, *prod;

	ct_start(&t, NULL);
	ctx = th_ctx();
	nokey = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, NULL);
	stranger = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "stranger");
	/* Sends queue up while the handshake fails: they never leave. */
	th_submit(nokey, "s-1", "from no key", NULL, NULL);
	th_submit(stranger, "s-2", "from an unknown key", NULL, NULL);
	th_wait_log(&t.d, "refused client key", 1);
	cr_assert(th_recv_ack(nokey, &a, idbuf, sizeof(idbuf), NULL, 0,
	    CT_STRANGER_MS) == -1, "a producer without a key got an ack");
	cr_assert(th_recv_ack(stranger, &a, idbuf, sizeof(idbuf), NULL, 0,
	    CT_STRANGER_MS) == -1, "a producer with an unknown key got an "
	    "ack");
	/* Never queued: the same ids are new to the broker. */
	prod = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "prod");
	th_submit(prod, "s-1", "now allowed", NULL, NULL);
	ct_expect_ack(prod, "s-1", ACK_ACCEPTED);
	th_submit(prod, "s-2", "now allowed", NULL, NULL);
	ct_expect_ack(prod, "s-2", ACK_ACCEPTED);
	ct_assert_no_keys_logged(&t, "stranger");
	zmq_close(nokey);
	zmq_close(stranger);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	ct_stop(&t);
}

Test(curve, strangers_cannot_subscribe, .timeout = 60)
{
	struct th_result r;
	struct ct t;
	void *ctx, *sub, *stranger, *nokey, *prod;

	ct_start(&t, NULL);
	ctx = th_ctx();
	t.worker = ct_worker(&t, "worker");
	sub = ct_subscriber(&t, ctx, "sub", 1);
	nokey = ct_subscriber(&t, ctx, NULL, 0);
	stranger = ct_subscriber(&t, ctx, "stranger", 0);
	th_wait_log(&t.d, "refused client key", 1);
	prod = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "prod");
	th_submit(prod, "p-1", "\"Only for friends,\" he said.", NULL, NULL);
	ct_expect_ack(prod, "p-1", ACK_ACCEPTED);
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0);
	cr_assert_str_eq(r.id, "p-1");
	/* Published: the strangers would have it by now. */
	cr_assert(th_recv_result(stranger, &r, CT_STRANGER_MS) == -1,
	    "a subscriber with an unknown key received %s", r.topic);
	cr_assert(th_recv_result(nokey, &r, CT_STRANGER_MS) == -1,
	    "a subscriber without a key received %s", r.topic);
	zmq_close(prod);
	zmq_close(sub);
	zmq_close(stranger);
	zmq_close(nokey);
	zmq_ctx_term(ctx);
	ct_stop(&t);
}

Test(curve, strangers_cannot_take_jobs, .timeout = 60)
{
	struct th_result r;
	struct ct t;
	void *ctx, *sub, *prod;
	pid_t nokey;
	int status;

	ct_start(&t, NULL);
	ctx = th_ctx();
	sub = ct_subscriber(&t, ctx, "sub", 1);
	t.worker = ct_worker(&t, "stranger");
	nokey = ct_worker(&t, NULL);
	th_wait_log(&t.d, "refused client key", 1);
	prod = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "prod");
	th_submit(prod, "w-1", "\"Queued until a friend comes,\" she said.",
	    NULL, NULL);
	ct_expect_ack(prod, "w-1", ACK_ACCEPTED);
	cr_assert(th_recv_result(sub, &r, CT_STRANGER_MS) == -1,
	    "a worker with an unknown or no key took the job");
	cr_assert(strstr(th_daemon_log(&t.d), " ready (pid") == NULL,
	    "a stranger worker registered:\n%s", th_daemon_log(&t.d));
	kill(nokey, SIGTERM);
	cr_assert(th_wait(nokey, TH_WAIT_MS, &status) == 0);
	kill(t.worker, SIGTERM);
	cr_assert(th_wait(t.worker, TH_WAIT_MS, &status) == 0);
	/* The job stayed queued: an allowed worker gets it. */
	t.worker = ct_worker(&t, "worker");
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
	    "the queued job never ran; log:\n%s", th_daemon_log(&t.d));
	cr_assert_str_eq(r.id, "w-1");
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	ct_stop(&t);
}

Test(curve, allowlist_reloads_on_sighup, .timeout = 60)
{
	char key[KEYFILE_Z85_LEN + 1], pub[TH_PATH_MAX + 32];
	struct ct t;
	void *ctx, *prod;
	FILE *f;

	ct_start(&t, NULL);
	ctx = th_ctx();
	/* Not allowed yet: the handshake is refused. */
	prod = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "stranger");
	th_submit(prod, "h-1", "before", NULL, NULL);
	th_wait_log(&t.d, "refused client key", 1);
	zmq_close(prod);
	snprintf(pub, sizeof(pub), "%s/stranger.pub", t.keys);
	ct_read_key(pub, key);
	cr_assert((f = fopen(t.allow, "a")) != NULL);
	fprintf(f, "%s stranger-now-friend\n", key);
	fclose(f);
	kill(t.d.pid, SIGHUP);
	th_wait_log(&t.d, "curve: SIGHUP: 4 client keys allowed", 1);
	prod = ct_socket(&t, ctx, ZMQ_DEALER, t.ingest, "stranger");
	th_submit(prod, "h-1", "after", NULL, NULL);
	ct_expect_ack(prod, "h-1", ACK_ACCEPTED);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	ct_stop(&t);
}

/* quarryd with these flags must refuse to start (exit 2), saying why. */
static void
ct_refuses(const char **argv_extra, const char *why)
{
	char bin[TH_PATH_MAX], out[TH_PATH_MAX], text[4096];
	char *argv[16];
	int n = 0, status, fd;
	ssize_t len;

	snprintf(out, sizeof(out), "/tmp/quarry-curve-refuse-XXXXXX");
	cr_assert((fd = mkstemp(out)) != -1);
	argv[n++] = (char *)th_bin(bin, sizeof(bin), "quarryd");
	argv[n++] = (char *)"--foreground";
	argv[n++] = (char *)"--http";
	argv[n++] = (char *)"off";
	argv[n++] = (char *)"--workers";
	argv[n++] = (char *)"0";
	while (*argv_extra != NULL && n < 15)
		argv[n++] = (char *)*argv_extra++;
	argv[n] = NULL;
	{
		pid_t parent = getpid(), pid = fork();

		cr_assert(pid != -1);
		if (pid == 0) {
			th_child_setup(parent);
			dup2(fd, STDERR_FILENO);
			execv(argv[0], argv);
			_exit(127);
		}
		/* Stopped at the test's exit if it runs on. */
		th_track(pid);
		cr_assert(th_wait(pid, TH_WAIT_MS, &status) == 0,
		    "quarryd started instead of refusing");
	}
	len = pread(fd, text, sizeof(text) - 1, 0);
	text[len > 0 ? len : 0] = '\0';
	close(fd);
	unlink(out);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) != 0,
	    "quarryd ran: %s", text);
	cr_assert(strstr(text, why) != NULL, "\"%s\" not in: %s", why, text);
}

Test(curve, refuses_curve_without_allowlist)
{
	struct ct t;
	const char *a[] = { "--curve-secret-key", NULL, "--ingest",
	    "tcp://127.0.0.1:1", NULL };

	memset(&t, 0, sizeof(t));
	ct_keys(&t);
	a[1] = t.server_key;
	ct_refuses(a, "CURVE needs allowlists");
	th_rmtree(t.keys);
}

Test(curve, refuses_a_secret_key_others_can_read)
{
	struct ct t;
	const char *a[] = { "--curve-secret-key", NULL, "--curve-allow", NULL,
	    "--runtime-dir", NULL, NULL };
	char rt[TH_PATH_MAX + 8];

	memset(&t, 0, sizeof(t));
	ct_keys(&t);
	snprintf(rt, sizeof(rt), "%s/rt", t.keys);
	cr_assert(chmod(t.server_key, 0644) == 0);
	a[1] = t.server_key;
	a[3] = t.allow;
	a[5] = rt;
	ct_refuses(a, "readable by group or others");
	th_rmtree(t.keys);
}

Test(curve, refuses_local_workers_on_a_curve_tcp_endpoint)
{
	struct ct t;
	const char *a[] = { "--curve-secret-key", NULL, "--curve-allow", NULL,
	    "--workers-endpoint", "tcp://127.0.0.1:1", "--workers", "1",
	    NULL };

	memset(&t, 0, sizeof(t));
	ct_keys(&t);
	a[1] = t.server_key;
	a[3] = t.allow;
	ct_refuses(a, "local workers cannot pass CURVE");
	th_rmtree(t.keys);
}

/* --- quarry keygen and the key file format --- */

Test(keygen, writes_a_private_pair_and_never_overwrites)
{
	char dir[] = "/tmp/quarry-keygen-XXXXXX", prefix[64], kpath[80];
	char ppath[80], sec[KEYFILE_Z85_LEN + 1], pub[KEYFILE_Z85_LEN + 1];
	char derived[KEYFILE_Z85_LEN + 1], again[KEYFILE_Z85_LEN + 1];
	char err[256];
	struct stat st;

	cr_assert(mkdtemp(dir) != NULL);
	snprintf(prefix, sizeof(prefix), "%s/k", dir);
	snprintf(kpath, sizeof(kpath), "%s.key", prefix);
	snprintf(ppath, sizeof(ppath), "%s.pub", prefix);
	cr_assert_eq(ct_keygen(prefix), 0);
	cr_assert(stat(kpath, &st) == 0);
	cr_assert_eq(st.st_mode & 0777, 0600, "secret key mode %o",
	    (unsigned)(st.st_mode & 0777));
	cr_assert(stat(ppath, &st) == 0);
	cr_assert_eq(st.st_mode & 0777, 0644);
	cr_assert(keyfile_read(kpath, 1, sec, err, sizeof(err)) == 0, "%s",
	    err);
	cr_assert(keyfile_read(ppath, 0, pub, err, sizeof(err)) == 0, "%s",
	    err);
	cr_assert(zmq_curve_public(derived, sec) == 0);
	cr_assert_str_eq(derived, pub, "the files are not one pair");
	/* Again: refused, and the pair is untouched. */
	cr_assert_eq(ct_keygen(prefix), 1);
	cr_assert(keyfile_read(kpath, 1, again, err, sizeof(err)) == 0);
	cr_assert_str_eq(again, sec);
	/* A lone .pub blocks it too: no half pair is ever written. */
	cr_assert(unlink(kpath) == 0);
	cr_assert_eq(ct_keygen(prefix), 1);
	cr_assert(access(kpath, F_OK) == -1);
	th_rmtree(dir);
}

static char ct_kf_path[64];

static void
ct_kf_write(const char *text, mode_t mode)
{
	int fd;

	snprintf(ct_kf_path, sizeof(ct_kf_path), "/tmp/quarry-kf-XXXXXX");
	cr_assert((fd = mkstemp(ct_kf_path)) != -1);
	cr_assert(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	cr_assert(fchmod(fd, mode) == 0);
	close(fd);
}

struct ct_count {
	int	 n;
	char	 last[KEYFILE_Z85_LEN + 1];
};

static int
ct_count_key(void *arg, const char *z85, int line, char *err, size_t len)
{
	struct ct_count *c = arg;

	(void)line;
	(void)err;
	(void)len;
	c->n++;
	memcpy(c->last, z85, sizeof(c->last));
	return 0;
}

Test(keyfile, comments_blanks_and_labels)
{
	char pub[KEYFILE_Z85_LEN + 1], sec[KEYFILE_Z85_LEN + 1], err[256];
	char text[512];
	struct ct_count c = { 0, "" };

	cr_assert(zmq_curve_keypair(pub, sec) == 0);
	snprintf(text, sizeof(text), "# a comment\n\n   # indented\n"
	    "%s  producer-1 in rack 3\r\n\t%s\n", pub, pub);
	ct_kf_write(text, 0644);
	cr_assert(keyfile_scan(ct_kf_path, 0, ct_count_key, &c, err,
	    sizeof(err)) == 0, "%s", err);
	cr_assert_eq(c.n, 2);
	cr_assert_str_eq(c.last, pub);
	/* One key only in a key file read as one. */
	cr_assert(keyfile_read(ct_kf_path, 0, pub, err, sizeof(err)) == -1);
	cr_assert(strstr(err, ":5: a second key") != NULL, "%s", err);
	unlink(ct_kf_path);
}

Test(keyfile, malformed_lines_are_refused_without_echo)
{
	char key[KEYFILE_Z85_LEN + 1], err[256];
	/* 39 characters of a would-be secret, then a bad character. */
	const char *bad[] = {
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLM\n",
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLM\"\n",
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO\n",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		ct_kf_write(bad[i], 0600);
		cr_assert(keyfile_read(ct_kf_path, 1, key, err,
		    sizeof(err)) == -1, "%s accepted", bad[i]);
		cr_assert(strstr(err, ":1: not a Z85 key") != NULL, "%s", err);
		cr_assert(strstr(err, "abcdefgh") == NULL, "echoed: %s", err);
		unlink(ct_kf_path);
	}
	ct_kf_write("# nothing here\n", 0600);
	cr_assert(keyfile_read(ct_kf_path, 1, key, err, sizeof(err)) == -1);
	cr_assert(strstr(err, "no key") != NULL, "%s", err);
	unlink(ct_kf_path);
}

Test(keyfile, client_needs_both_halves_and_a_matching_pair)
{
	char dir[] = "/tmp/quarry-kfc-XXXXXX", a[64], b[64], apub[80];
	char bpub[80], err[256];
	struct keyfile_client kc;

	cr_assert(mkdtemp(dir) != NULL);
	snprintf(a, sizeof(a), "%s/a", dir);
	snprintf(b, sizeof(b), "%s/b", dir);
	cr_assert_eq(ct_keygen(a), 0);
	cr_assert_eq(ct_keygen(b), 0);
	snprintf(apub, sizeof(apub), "%s.pub", a);
	snprintf(bpub, sizeof(bpub), "%s.pub", b);
	cr_assert(keyfile_client_load(&kc, NULL, NULL, err, sizeof(err)) == 0);
	cr_assert_eq(kc.on, 0);
	cr_assert(keyfile_client_load(&kc, apub, NULL, err, sizeof(err)) ==
	    -1);
	cr_assert(keyfile_client_load(&kc, NULL, a, err, sizeof(err)) == -1);
	cr_assert(keyfile_client_load(&kc, apub, b, err, sizeof(err)) == 0,
	    "%s", err);
	cr_assert_eq(kc.on, 1);
	keyfile_client_clear(&kc);
	/* b.pub replaced by a's: not one pair. */
	cr_assert(unlink(bpub) == 0);
	cr_assert(link(apub, bpub) == 0);
	cr_assert(keyfile_client_load(&kc, apub, b, err, sizeof(err)) == -1);
	cr_assert(strstr(err, "not one pair") != NULL, "%s", err);
	th_rmtree(dir);
}

/* --- least privilege: --user --- */

/* Copy an executable to path, mode 0755. */
static void
ct_copy(const char *from, const char *to)
{
	char buf[65536];
	int in = open(from, O_RDONLY), out;
	ssize_t n;

	cr_assert(in != -1, "%s: %s", from, strerror(errno));
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0755);
	cr_assert(out != -1, "%s: %s", to, strerror(errno));
	while ((n = read(in, buf, sizeof(buf))) > 0)
		cr_assert_eq(write(out, buf, (size_t)n), n);
	close(in);
	close(out);
	cr_assert_eq(chmod(to, 0755), 0);
}

/* Real, effective, saved and fs uid (or gid) of pid all equal want? */
static int
ct_ids_are(pid_t pid, const char *field, unsigned long want)
{
	char path[64], line[256];
	unsigned long a, b, c, d;
	size_t flen = strlen(field);
	int ok = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%ld/status", (long)pid);
	if ((f = fopen(path, "r")) == NULL)
		return 0;
	while (fgets(line, sizeof(line), f) != NULL)
		if (strncmp(line, field, flen) == 0 &&
		    sscanf(line + flen, "%lu %lu %lu %lu", &a, &b, &c,
		    &d) == 4)
			ok = a == want && b == want && c == want && d == want;
	fclose(f);
	return ok;
}

Test(privdrop, root_becomes_nobody_after_binding, .timeout = 60)
{
	struct th_daemon d;
	struct th_result r;
	struct passwd *pw;
	struct stat st;
	char state[TH_PATH_MAX + 16], spool[TH_PATH_MAX + 32];
	pid_t kids[4];
	void *ctx, *sub, *prod;
	uid_t uid;
	gid_t gid;
	int i, n;

	if (geteuid() != 0)
		cr_skip_test("--user needs root to test: running as uid %lu "
		    "(CI runs this as root)", (unsigned long)geteuid());
	cr_assert((pw = getpwnam("nobody")) != NULL, "no user nobody");
	uid = pw->pw_uid;
	gid = pw->pw_gid;
	{
		char tmp[] = "/tmp/quarry-priv-XXXXXX",
		    bindir[] = "/tmp/quarry-bin-XXXXXX",
		    worker[sizeof(bindir) + 16], self[TH_PATH_MAX];
		const char *extra[] = { "--user", "nobody", "--state-dir",
		    state, "--worker-bin", worker, NULL };

		cr_assert(mkdtemp(tmp) != NULL);
		snprintf(state, sizeof(state), "%s/state", tmp);
		/* The build may sit in a directory nobody cannot enter (a
		 * clone under /root or a mktemp -d): the worker nobody
		 * runs goes where nobody can reach it. */
		cr_assert(mkdtemp(bindir) != NULL);
		cr_assert_eq(chmod(bindir, 0755), 0);
		snprintf(worker, sizeof(worker), "%s/quarry-worker", bindir);
		ct_copy(th_bin(self, sizeof(self), "quarry-worker"), worker);
		th_daemon_start(&d, 1, extra);
		ctx = th_ctx();
		sub = th_subscriber(ctx, d.results, "");
		prod = th_producer(ctx, d.ingest);
		th_submit(prod, "u-1", "\"Nobody runs this,\" she said.",
		    NULL, NULL);
		ct_expect_ack(prod, "u-1", ACK_ACCEPTED);
		/* The worker, started after the drop, did the job. */
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0,
		    "log:\n%s", th_daemon_log(&d));
		cr_assert_str_eq(r.id, "u-1");
		cr_assert(!r.dead, "%s", r.error);
		cr_assert(ct_ids_are(d.pid, "Uid:", uid), "quarryd's uids "
		    "are not nobody's");
		cr_assert(ct_ids_are(d.pid, "Gid:", gid), "quarryd's gids "
		    "are not nobody's");
		n = th_children(d.pid, kids, 4);
		cr_assert(n >= 1, "no worker");
		for (i = 0; i < n; i++)
			cr_assert(ct_ids_are(kids[i], "Uid:", uid),
			    "worker %ld is not nobody's", (long)kids[i]);
		/* Handed over: the user writes there from now on. */
		snprintf(spool, sizeof(spool), "%s/spool", state);
		cr_assert(stat(spool, &st) == 0);
		cr_assert_eq(st.st_uid, uid);
		cr_assert(stat(d.dir, &st) == 0);
		cr_assert_eq(st.st_uid, uid);
		cr_assert(strstr(th_daemon_log(&d), "running as user nobody")
		    != NULL);
		zmq_close(prod);
		zmq_close(sub);
		zmq_ctx_term(ctx);
		n = th_daemon_stop(&d);
		cr_assert(WIFEXITED(n) && WEXITSTATUS(n) == 0,
		    "quarryd as nobody did not exit 0 (%#x):\n%s", n,
		    th_daemon_log(&d));
		/* A restart as root takes the directories back as they are
		 * (and its worker ends the drain at once). */
		th_daemon_restart(&d, 1, extra);
		ctx = th_ctx();
		prod = th_producer(ctx, d.ingest);
		th_submit(prod, "u-2", "again", NULL, NULL);
		ct_expect_ack(prod, "u-2", ACK_ACCEPTED);
		zmq_close(prod);
		zmq_ctx_term(ctx);
		n = th_daemon_stop(&d);
		cr_assert(WIFEXITED(n) && WEXITSTATUS(n) == 0, "%s",
		    th_daemon_log(&d));
		th_rmtree(d.dir);
		th_rmtree(tmp);
		th_rmtree(bindir);
	}
}

Test(privdrop, refuses_root_and_unknown_users)
{
	const char *root[] = { "--user", "root", NULL };
	const char *ghost[] = { "--user", "quarry-no-such-user-7f3e", NULL };

	ct_refuses(ghost, "no user \"quarry-no-such-user-7f3e\"");
	if (geteuid() == 0)
		ct_refuses(root, "is root: name an unprivileged user");
	else
		ct_refuses(root, "only root can become");
}
