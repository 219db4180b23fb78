/*
 * test_hostile.c — quarryd against well-formed but hostile traffic, end
 * to end (issue 13): every input bounded in bytes and descriptors.  Each
 * test shows the bound by what quarryd answers (busy, a refused
 * subscription, a closed connection) and by what it holds (/proc VmRSS,
 * descriptors), with margins far wider than the noise and far narrower
 * than what the attack cost before the bound.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "message.h"
#include "promcheck.h"

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

/*
 * Under AddressSanitizer a freed block waits in the allocator's quarantine
 * (256 MiB by default) before its pages go back, so the bodies quarryd
 * answered busy to would still count in its VmRSS.  The daemon started
 * by a test that measures what it holds gets no quarantine: what it frees
 * is gone, as in the release build.  Criterion runs each test in its own
 * process, so the change ends with the test.
 */
static void
ho_no_quarantine(void)
{
#if defined(__SANITIZE_ADDRESS__)
	const char *old = getenv("ASAN_OPTIONS");
	char opts[1024];

	snprintf(opts, sizeof(opts), "%s%squarantine_size_mb=0",
	    old ? old : "", old && *old ? ":" : "");
	setenv("ASAN_OPTIONS", opts, 1);
#endif
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
	ho_no_quarantine();
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

/* --- the runtime directory: no symlink games --- */

/*
 * Another user plants a link at the runtime directory's path.  quarryd
 * (as root dropping to nobody, when the test runs as root) must refuse
 * to start and leave the link's target as it was: before, it chmodded
 * the target 0700 and chowned it to nobody.
 */
Test(hostile, planted_runtime_dir_symlink_is_refused, .timeout = 60)
{
	char dir[] = "/tmp/quarry-plant-XXXXXX", link[96], target[96];
	char bin[TH_PATH_MAX], log[128], buf[4096], in[128], out[128];
	char *argv[16];
	struct stat before, after;
	int argc = 0, status;
	ssize_t n;
	FILE *f;
	pid_t pid, parent;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(link, sizeof(link), "%s/run", dir);
	snprintf(target, sizeof(target), "%s/victim", dir);
	snprintf(log, sizeof(log), "%s/log", dir);
	snprintf(in, sizeof(in), "ipc://%s/in", dir);
	snprintf(out, sizeof(out), "ipc://%s/out", dir);
	cr_assert_eq(mkdir(target, 0755), 0);
	cr_assert_eq(chmod(target, 0755), 0);
	cr_assert_eq(symlink(target, link), 0);
	cr_assert_eq(stat(target, &before), 0);
	argv[argc++] = (char *)th_bin(bin, sizeof(bin), "quarryd");
	argv[argc++] = (char *)"--foreground";
	argv[argc++] = (char *)"--runtime-dir";
	argv[argc++] = link;
	argv[argc++] = (char *)"--workers";
	argv[argc++] = (char *)"0";
	argv[argc++] = (char *)"--http";
	argv[argc++] = (char *)"off";
	argv[argc++] = (char *)"--ingest";
	argv[argc++] = in;
	argv[argc++] = (char *)"--results";
	argv[argc++] = out;
	if (geteuid() == 0) {
		argv[argc++] = (char *)"--user";
		argv[argc++] = (char *)"nobody";
	}
	argv[argc] = NULL;
	/* stderr is the log: th_spawn redirects stdout only. */
	parent = getpid();
	pid = fork();
	cr_assert(pid != -1);
	if (pid == 0) {
		int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);

		th_child_setup(parent);
		if (fd == -1 || dup2(fd, STDERR_FILENO) == -1)
			_exit(126);
		execv(argv[0], argv);
		_exit(127);
	}
	th_track(pid);
	if (th_wait(pid, TH_WAIT_MS, &status) == -1) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		cr_assert_fail("quarryd ran with a planted runtime directory");
	}
	buf[0] = '\0';
	if ((f = fopen(log, "r")) != NULL) {
		n = (ssize_t)fread(buf, 1, sizeof(buf) - 1, f);
		buf[n > 0 ? n : 0] = '\0';
		fclose(f);
	}
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) != 0,
	    "status %#x; log:\n%s", status, buf);
	cr_assert(strstr(buf, "symbolic link") != NULL, "log:\n%s", buf);
	cr_assert_eq(stat(target, &after), 0);
	cr_assert_eq(after.st_mode, before.st_mode, "target chmodded");
	cr_assert_eq(after.st_uid, before.st_uid, "target chowned");
	cr_assert_eq(after.st_gid, before.st_gid, "target chgrped");
	th_rmtree(dir);
}

/* --- HTTP: one connection's memory, the number of connections, and
 * the time a request may take --- */

/* HTTP_CONNS_MAX in daemon/http.c. */
#define HO_HTTP_CONNS_MAX	64

/* The port quarryd logged for --http 127.0.0.1:0. */
static unsigned
ho_http_port(void)
{
	static const char key[] = "/stats on 127.0.0.1:";
	uint64_t deadline = th_now_ms() + TH_WAIT_MS;
	struct timespec pause = { 0, 10 * 1000000 };
	const char *p;

	for (;;) {
		if ((p = strstr(th_daemon_log(&ho_daemon), key)) != NULL)
			return (unsigned)atoi(p + sizeof(key) - 1);
		cr_assert(th_now_ms() < deadline, "no http line; log:\n%s",
		    th_daemon_log(&ho_daemon));
		nanosleep(&pause, NULL);
	}
}

/* A tcp connection to 127.0.0.1:port, or -1 if refused. */
static int
ho_connect(unsigned port)
{
	struct sockaddr_in sa;
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	cr_assert(fd != -1);
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0)
		return fd;
	cr_assert_eq(errno, ECONNREFUSED, "connect: %s", strerror(errno));
	close(fd);
	return -1;
}

static int
ho_http_connect(unsigned port)
{
	int fd = ho_connect(port);

	cr_assert(fd != -1, "connect: refused");
	return fd;
}

/* Descriptors quarryd has open. */
static int
ho_fds(pid_t pid)
{
	char path[64];
	struct dirent *e;
	int n = 0;
	DIR *d;

	snprintf(path, sizeof(path), "/proc/%ld/fd", (long)pid);
	cr_assert((d = opendir(path)) != NULL);
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

/* One GET /healthz on a fresh connection: the status line's code. */
static int
ho_http_get(unsigned port)
{
	static const char req[] = "GET /healthz HTTP/1.1\r\nHost: t\r\n"
	    "Connection: close\r\n\r\n";
	char buf[512];
	struct pollfd p;
	ssize_t n;
	int fd = ho_http_connect(port), code = -1;

	cr_assert(write(fd, req, sizeof(req) - 1) == (ssize_t)sizeof(req) - 1);
	p.fd = fd;
	p.events = POLLIN;
	if (poll(&p, 1, TH_WAIT_MS) == 1 &&
	    (n = read(fd, buf, sizeof(buf) - 1)) > 12) {
		buf[n] = '\0';
		code = atoi(buf + 9);
	}
	close(fd);
	return code;
}

/*
 * One connection pipelines GET /metrics and never reads a reply.  Before
 * the bound, quarryd read everything (RSS 8 -> 1,541 MiB in 10 s); now it
 * stops reading once a reply waits, so the writer is blocked by the
 * kernel long before 64 MiB.
 */
#define HO_PIPELINE_MAX	(64u << 20)

Test(hostile, http_pipelining_without_reading_is_bounded, .timeout = 120,
    .fini = ho_fini)
{
	static const char *extra[] = { "--http", "127.0.0.1:0", NULL };
	static const char req[] = "GET /metrics HTTP/1.1\r\nHost: t\r\n\r\n";
	char chunk[64 * (sizeof(req) - 1)];
	size_t sent = 0, i;
	long rss0, rss1;
	struct pollfd p;
	unsigned port;
	int fd;

	for (i = 0; i < 64; i++)
		memcpy(chunk + i * (sizeof(req) - 1), req, sizeof(req) - 1);
	ho_no_quarantine();
	th_daemon_start(&ho_daemon, 0, extra);
	port = ho_http_port();
	cr_assert_eq(ho_http_get(port), 503);	/* no workers: serving */
	rss0 = ho_status_kb(ho_daemon.pid, "VmRSS");
	fd = ho_http_connect(port);
	cr_assert(fcntl(fd, F_SETFL, O_NONBLOCK) == 0);
	p.fd = fd;
	p.events = POLLOUT;
	/* Until the kernel stops taking bytes for 2 s: quarryd stopped
	 * reading.  A timeout here is the success, not a measurement. */
	while (sent < HO_PIPELINE_MAX) {
		ssize_t n = write(fd, chunk, sizeof(chunk));

		if (n > 0) {
			sent += (size_t)n;
			continue;
		}
		cr_assert(n == -1 && errno == EAGAIN, "write: %s",
		    strerror(errno));
		if (poll(&p, 1, 2000) == 0)
			break;
	}
	rss1 = ho_status_kb(ho_daemon.pid, "VmRSS");
	cr_assert(sent < HO_PIPELINE_MAX, "quarryd read all %zu bytes", sent);
	cr_assert(rss1 - rss0 < 16 * 1024, "VmRSS %ld kB -> %ld kB after %zu "
	    "bytes pipelined", rss0, rss1, sent);
	close(fd);
	/* Still serving others. */
	cr_assert_eq(ho_http_get(port), 503);
	ho_daemon_stop();
}

/*
 * Slowloris: more connections than the cap, each trickling a header line
 * a second and never finishing its request.  quarryd holds at most the
 * cap of them, shuts each down once it has gone HTTP_REQUEST_S without a
 * reply (before, each byte restarted evhttp's timeout: held for good),
 * and serves a normal request afterwards.
 */
#define HO_SLOW_CONNS	(HO_HTTP_CONNS_MAX + 16)

Test(hostile, http_slowloris_is_capped_and_closed, .timeout = 120,
    .fini = ho_fini)
{
	static const char *extra[] = { "--http", "127.0.0.1:0", NULL };
	static const char start[] = "GET /healthz HTTP/1.1\r\nHost: t\r\n";
	int fds[HO_SLOW_CONNS], open_left, fd0, most = 0, i, n;
	uint64_t deadline;
	unsigned port;
	char c;

	th_daemon_start(&ho_daemon, 0, extra);
	port = ho_http_port();
	cr_assert_eq(ho_http_get(port), 503);
	fd0 = ho_fds(ho_daemon.pid);
	for (i = 0; i < HO_SLOW_CONNS; i++) {
		/* The kernel completes the handshake even past the cap. */
		fds[i] = ho_http_connect(port);
		cr_assert(write(fds[i], start, sizeof(start) - 1) ==
		    (ssize_t)sizeof(start) - 1);
		cr_assert(fcntl(fds[i], F_SETFL, O_NONBLOCK) == 0);
	}
	deadline = th_now_ms() + TH_WAIT_MS;
	open_left = HO_SLOW_CONNS;
	while (open_left > 0) {
		struct timespec pause = { 1, 0 };

		cr_assert(th_now_ms() < deadline, "%d of %d slow connections "
		    "still open after %d ms", open_left, HO_SLOW_CONNS,
		    TH_WAIT_MS);
		n = ho_fds(ho_daemon.pid) - fd0;
		if (n > most)
			most = n;
		for (i = 0; i < HO_SLOW_CONNS; i++) {
			ssize_t r;

			if (fds[i] == -1)
				continue;
			/* A header line a second: never the blank line. */
			(void)write(fds[i], "X-Slow: 1\r\n", 11);
			r = read(fds[i], &c, 1);
			if (r == 0 || (r == -1 && errno != EAGAIN)) {
				close(fds[i]);
				fds[i] = -1;
				open_left--;
			}
		}
		nanosleep(&pause, NULL);
	}
	cr_assert(most <= HO_HTTP_CONNS_MAX + 2, "quarryd held %d more "
	    "descriptors for %d connections", most, HO_SLOW_CONNS);
	cr_assert_eq(ho_http_get(port), 503);
	ho_daemon_stop();
}

/* --- descriptors: a budget, never a libzmq abort --- */

static void
ho_fini_nofile(void)
{
	th_daemon_nofile = 0;
	ho_fini();
}

/*
 * With a descriptor limit of 256 (the budget: 256 less the reserve),
 * 400 idle tcp connections to ingest.  Before, libzmq's tcp listener
 * spun on EMFILE and the next worker restart hit its ipc listener's
 * assertion (SIGABRT).  Now the connections past the budget are shut
 * down at once (logged, rate-limited), the restarted worker registers,
 * quarryd lives, and once the idle ones go a producer is served.
 */
#define HO_NOFILE	256
#define HO_IDLE_CONNS	400

Test(hostile, descriptors_budget_refuses_and_never_aborts, .timeout = 120,
    .fini = ho_fini_nofile)
{
	char ingest[64], err[PROTO_ERR_MAX];
	const char *extra[] = { "--ingest", ingest, NULL };
	int conns[HO_IDLE_CONNS], i, status;
	pid_t kids[4];
	void *ctx, *prod;

	th_daemon_prepare(&ho_daemon);
	snprintf(ingest, sizeof(ingest), "tcp://127.0.0.1:%d",
	    th_free_port());
	snprintf(ho_daemon.ingest, sizeof(ho_daemon.ingest), "%s", ingest);
	th_daemon_nofile = HO_NOFILE;
	th_daemon_restart(&ho_daemon, 1, extra);
	th_wait_log(&ho_daemon, " ready (pid", 1);
	th_wait_log(&ho_daemon, "up to ", 1);	/* the budget line */
	/* Past the budget they are shut down; past the limit the
	 * endpoint rests and the kernel refuses them. */
	for (i = 0; i < HO_IDLE_CONNS; i++)
		conns[i] = ho_connect((unsigned)atoi(strrchr(ingest, ':') +
		    1));
	th_wait_log(&ho_daemon, "refusing new ones", 1);
	/* The worker's restart needs an ipc accept: it must find a
	 * descriptor, not an abort. */
	cr_assert_eq(th_children(ho_daemon.pid, kids, 4), 1);
	cr_assert(kill(kids[0], SIGKILL) == 0);
	th_wait_log(&ho_daemon, " ready (pid", 2);
	cr_assert_eq(waitpid(ho_daemon.pid, &status, WNOHANG), 0,
	    "quarryd ended (status %#x); log:\n%s", status,
	    th_daemon_log(&ho_daemon));
	for (i = 0; i < HO_IDLE_CONNS; i++)
		if (conns[i] != -1)
			close(conns[i]);
	ctx = th_ctx();
	prod = th_producer(ctx, ingest);
	cr_assert_eq(ho_submit(prod, "after-the-flood", "still serving", err,
	    sizeof(err)), ACK_ACCEPTED);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	ho_daemon_stop();
	th_daemon_nofile = 0;
}

/* --- subscriptions: their length --- */

/*
 * One subscriber sends 200 distinct 4 KiB prefixes.  Before, each went
 * into libzmq's subscription trie (tens of MiB); now a subscription
 * longer than any topic disconnects its sender before that, and quarryd's
 * memory stays flat over a bounded watch, while a normal subscriber
 * still syncs.
 */
#define HO_SUB_LONG	4096
#define HO_SUB_COUNT	200

Test(hostile, overlong_subscriptions_are_refused, .timeout = 60,
    .fini = ho_fini)
{
	char *prefix = malloc(HO_SUB_LONG);
	void *ctx, *bad, *good;
	long rss0, rss, most = 0;
	uint64_t until;
	int i;

	cr_assert_not_null(prefix);
	th_daemon_start(&ho_daemon, 0, NULL);
	ctx = th_ctx();
	good = th_subscriber(ctx, ho_daemon.results, "result.");
	th_sub_sync(good);
	rss0 = ho_status_kb(ho_daemon.pid, "VmRSS");
	bad = zmq_socket(ctx, ZMQ_SUB);
	cr_assert_not_null(bad);
	cr_assert(zmq_connect(bad, ho_daemon.results) == 0);
	memset(prefix, 'r', HO_SUB_LONG);
	for (i = 0; i < HO_SUB_COUNT; i++) {
		snprintf(prefix, 16, "result.%07d", i);
		prefix[15] = 'r';
		cr_assert(zmq_setsockopt(bad, ZMQ_SUBSCRIBE, prefix,
		    HO_SUB_LONG) == 0);
	}
	/* A bounded watch for growth that must not come. */
	until = th_now_ms() + 3000;
	while (th_now_ms() < until) {
		struct timespec pause = { 0, 100 * 1000000 };

		rss = ho_status_kb(ho_daemon.pid, "VmRSS");
		if (rss - rss0 > most)
			most = rss - rss0;
		nanosleep(&pause, NULL);
	}
	cr_assert(most < 8 * 1024, "VmRSS grew by %ld kB for %d subscriptions "
	    "of %d bytes", most, HO_SUB_COUNT, HO_SUB_LONG);
	zmq_close(bad);
	/* Others are served: a fresh subscriber syncs. */
	zmq_close(good);
	good = th_subscriber(ctx, ho_daemon.results, "result.");
	th_sub_sync(good);
	zmq_close(good);
	zmq_ctx_term(ctx);
	free(prefix);
	ho_daemon_stop();
}

/* --- the results socket: bytes held for subscribers --- */

/* A body of about size bytes that is all quotes: its Result repeats their
 * text and their spans, so it is larger than the body (~1.7 MB for 1 MiB). */
static char *
ho_quotes_body(size_t size)
{
	static const char q[] = "\xe2\x80\x9cword word word word word word "
	    "word word word word word word word word word word word word "
	    "word word end,\xe2\x80\x9d said John Smith. ";
	char *body = malloc(size + 1);
	size_t n = 0;

	cr_assert_not_null(body);
	while (n + sizeof(q) - 1 <= size) {
		memcpy(body + n, q, sizeof(q) - 1);
		n += sizeof(q) - 1;
	}
	body[n] = '\0';
	return body;
}

/* A subscriber to "result." that reads the hello, then nothing: its
 * libzmq takes one message, and then its socket's buffer fills. */
static void *
ho_stalled_subscriber(void *ctx)
{
	void *s = zmq_socket(ctx, ZMQ_SUB);
	int one = 1, small = 4096;

	cr_assert_not_null(s);
	zmq_setsockopt(s, ZMQ_RCVHWM, &one, sizeof(one));
	zmq_setsockopt(s, ZMQ_RCVBUF, &small, sizeof(small));
	cr_assert(zmq_connect(s, ho_daemon.results) == 0);
	zmq_setsockopt(s, ZMQ_SUBSCRIBE, "result.", 7);
	th_sub_sync(s);
	return s;
}

/*
 * Submit count articles (ids tag-N), at most a few ahead of the results the reading
 * subscriber got (so the queue holds little), and receive every result
 * there.  The most VmRSS grew over rss0, in kB.
 */
static long
ho_flow(void *prod, void *sub, const char *tag, const char *body, int count,
    long rss0)
{
	char id[32], err[PROTO_ERR_MAX];
	struct th_result res;
	int sent = 0, got = 0;
	long rss, most = 0;

	while (got < count) {
		while (sent < count && sent - got < 2) {
			snprintf(id, sizeof(id), "%s-%d", tag, sent++);
			cr_assert_eq(ho_submit(prod, id, body, err,
			    sizeof(err)), ACK_ACCEPTED, "%s: %s", id, err);
		}
		cr_assert(th_recv_result(sub, &res, TH_WAIT_MS) == 0,
		    "%d of %d results; log:\n%s", got, count,
		    th_daemon_log(&ho_daemon));
		cr_assert(!res.dead, "dead letter %s: %s", res.id, res.error);
		got++;
		rss = ho_status_kb(ho_daemon.pid, "VmRSS");
		if (rss - rss0 > most)
			most = rss - rss0;
	}
	return most;
}

/*
 * One subscriber never reads past the hello.  Before the budget, quarryd
 * kept every result for it (the issue: +325 MiB for 400 large ones; here
 * 160 of ~1.7 MB: +270 MiB).  Now, past --results-max-bytes (8 MiB here),
 * a subscriber whose socket does not drain is closed, and what was held
 * for it is freed, while the subscriber that reads gets every result.
 */
#define HO_RESULT_BODY	(1u << 20)
#define HO_RESULT_COUNT	160

Test(hostile, results_held_for_a_stalled_subscriber_are_bounded,
    .timeout = 240, .fini = ho_fini)
{
	static const char *extra[] = { "--results-max-bytes", "8388608",
	    "--drain-timeout-ms", "100", NULL };
	char *body = ho_quotes_body(HO_RESULT_BODY);
	void *ctx, *prod, *good, *stalled;
	long rss0, most;

	ho_no_quarantine();
	th_daemon_start(&ho_daemon, 1, extra);
	ctx = th_ctx();
	prod = th_producer(ctx, ho_daemon.ingest);
	good = th_subscriber(ctx, ho_daemon.results, "result.");
	stalled = ho_stalled_subscriber(ctx);
	/* The workers' first article is a warm-up: their memory and the
	 * allocator's arenas are not what this test measures. */
	(void)ho_flow(prod, good, "warm", body, 2, 0);
	rss0 = ho_status_kb(ho_daemon.pid, "VmRSS");
	most = ho_flow(prod, good, "r", body, HO_RESULT_COUNT, rss0);
	cr_log_info("VmRSS %ld kB, at most %ld kB more", rss0, most);
	/* Twice the 8 MiB budget (RESULTS_HARD_FACTOR: half a second of
	 * output grows with the extractors' speed, and on an idle machine
	 * came to +66..83 MB, review F8), what one look's interval
	 * publishes, the few articles in the queue and the allocator's
	 * slack: 40 MiB, a seventh of the +270 MiB unbounded. */
	cr_assert(most < 40 * 1024, "VmRSS grew by %ld kB for %d results of "
	    "~1.7 MB with a subscriber that does not read; log:\n%s", most,
	    HO_RESULT_COUNT, th_daemon_log(&ho_daemon));
	th_wait_log(&ho_daemon, "subscriber connection", 1);
	zmq_close(stalled);
	zmq_close(good);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	free(body);
	ho_daemon_stop();
}

/* GET /metrics' sample key on a fresh connection, or -1. */
static double
ho_metric(unsigned port, const char *key)
{
	static const char req[] = "GET /metrics HTTP/1.1\r\nHost: t\r\n"
	    "Connection: close\r\n\r\n";
	static char buf[1 << 16];
	size_t len = 0;
	struct pollfd p;
	ssize_t n;
	int fd = ho_http_connect(port);
	const char *body;

	cr_assert(write(fd, req, sizeof(req) - 1) == (ssize_t)sizeof(req) - 1);
	p.fd = fd;
	p.events = POLLIN;
	while (len < sizeof(buf) - 1 && poll(&p, 1, TH_WAIT_MS) == 1 &&
	    (n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += (size_t)n;
	close(fd);
	buf[len] = '\0';
	cr_assert((body = strstr(buf, "\r\n\r\n")) != NULL, "no reply");
	return promcheck_value(body + 4, key);
}

/* Wait (bounded) until GET /metrics' key is at least min; its value. */
static double
ho_wait_metric(unsigned port, const char *key, double min)
{
	uint64_t deadline = th_now_ms() + TH_WAIT_MS;
	struct timespec pause = { 0, 20 * 1000000 };
	double v;

	while ((v = ho_metric(port, key)) < min) {
		cr_assert(th_now_ms() < deadline, "%s: %g, not %g; log:\n%s",
		    key, v, min, th_daemon_log(&ho_daemon));
		nanosleep(&pause, NULL);
	}
	return v;
}

/*
 * A subscriber stops reading while results flow.  Before, it lost 50,000
 * of 150,000 results with nothing in the log or /metrics.  Now, past the
 * budget, it is closed, which counts in
 * quarry_results_slow_subscribers_total and the log; it notices when it
 * reads again, and ZeroMQ reconnects it.  Each closing is exactly one
 * gap in the seq of what it reads: here it stalls, is closed, reads
 * and resyncs, stalls and is closed again: two closings, two gaps.  The
 * subscriber that reads gets every result.
 */
#define HO_SMALL_COUNT	3000

Test(hostile, a_stalled_subscriber_is_closed_and_counted_not_silent,
    .timeout = 240, .fini = ho_fini)
{
	static const char *extra[] = { "--results-max-bytes", "65536",
	    "--http", "127.0.0.1:0", "--drain-timeout-ms", "100", NULL };
	static const char body[] = "He said \"a small one\" today.";
	void *ctx, *prod, *good, *stalled;
	struct th_result res;
	uint64_t last = 0;
	double closed;
	int got = 0, gaps = 0;
	unsigned port;

	th_daemon_start(&ho_daemon, 1, extra);
	port = ho_http_port();
	ctx = th_ctx();
	prod = th_producer(ctx, ho_daemon.ingest);
	good = th_subscriber(ctx, ho_daemon.results, "result.");
	stalled = ho_stalled_subscriber(ctx);
	(void)ho_flow(prod, good, "s", body, HO_SMALL_COUNT, 0);
	ho_wait_metric(port, "quarry_results_slow_subscribers_total", 1);
	/* It reads (what it holds is kept for later), sees that it was
	 * closed, reconnects and syncs; then stalls again. */
	th_sub_sync(stalled);
	(void)ho_flow(prod, good, "t", body, HO_SMALL_COUNT, 0);
	closed = ho_wait_metric(port, "quarry_results_slow_subscribers_total",
	    2);
	th_wait_log(&ho_daemon, "subscriber connection", 1);
	/* All it got, in seq order (a second of silence ends it). */
	while (th_recv_result(stalled, &res, 1000) == 0) {
		cr_assert(res.seq > last, "seq %llu after %llu",
		    (unsigned long long)res.seq, (unsigned long long)last);
		if (res.seq != last + 1)
			gaps++;
		last = res.seq;
		got++;
	}
	/* Results are seq 1 to 2 x HO_SMALL_COUNT: a tail it never got is
	 * a gap too. */
	if (last != 2 * HO_SMALL_COUNT)
		gaps++;
	cr_log_info("stalled subscriber: %d of %d results, %d gaps, closed "
	    "%g times", got, 2 * HO_SMALL_COUNT, gaps, closed);
	cr_assert(got < 2 * HO_SMALL_COUNT, "it lost nothing?");
	cr_assert_eq(gaps, (int)closed, "%d gaps in what it read, %g "
	    "closings", gaps, closed);
	zmq_close(stalled);
	zmq_close(good);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	ho_daemon_stop();
}

/* --- subscriptions: a cap per connection --- */

/*
 * One subscriber sends 100,000 distinct 64-byte prefixes (each a prefix
 * of a topic quarryd could publish, result.<source>).  libzmq keeps every
 * one before quarryd sees it: before the cap, quarryd grew by ~2.3 KB a
 * prefix and never gave it back (the issue: 500,000 added 1,112 MiB).
 * Now the connection is closed at RESULTS_SUBS_MAX, which frees what
 * libzmq kept for it; ZeroMQ reconnects it, it sends them again, is
 * closed again.  quarryd's memory stays flat over a bounded watch, and a
 * subscriber on the same address still gets results.
 */
#define HO_MANY_SUBS	100000
/*
 * The peak growth allowed while they arrive.  Kept, all 100,000 held
 * +172 MiB (the binary before the per-connection cap).  With the cap,
 * RESULTS_SUBS_MAX (1,024) of 64 bytes (a trie node of some 40 bytes
 * for each byte libzmq has not seen before) come to about 2.6 MiB for
 * the connection being closed; 16 MiB leaves room for the allocator and
 * for a second connection of the same sender, and is well under what a
 * burst stored whole holds (+55 MiB when the XPUB let 1,024 messages
 * wait, +200 MiB with a raw sender on a loaded machine).
 */
#define HO_MANY_SUBS_RSS_KB	(16 * 1024)

/*
 * quarryd with one worker and its results on a tcp port of its own (the
 * subscription tests close connections by address and bytes): the
 * endpoint in ho_daemon.results, the port returned.
 */
static unsigned
ho_daemon_tcp_results(void)
{
	static char results[64];
	const char *extra[] = { "--results", results, "--drain-timeout-ms",
	    "100", NULL };
	unsigned port;

	ho_no_quarantine();
	th_daemon_prepare(&ho_daemon);
	port = (unsigned)th_free_port();
	snprintf(results, sizeof(results), "tcp://127.0.0.1:%u", port);
	snprintf(ho_daemon.results, sizeof(ho_daemon.results), "%s",
	    results);
	th_daemon_restart(&ho_daemon, 1, extra);
	return port;
}

/* quarryd closed a connection for too many subscriptions, and the
 * subscriber good, on the same address, still gets results. */
static void
ho_closed_and_others_served(void *prod, void *good)
{
	char err[PROTO_ERR_MAX];
	struct th_result res;

	th_wait_log(&ho_daemon, "too many subscriptions", 1);
	cr_assert_eq(ho_submit(prod, "after", "He said \"yes\" today.", err,
	    sizeof(err)), ACK_ACCEPTED);
	cr_assert(th_recv_result(good, &res, TH_WAIT_MS) == 0,
	    "no result; log:\n%s", th_daemon_log(&ho_daemon));
	cr_assert_str_eq(res.id, "after");
}

Test(hostile, many_subscriptions_close_their_connection, .timeout = 120,
    .fini = ho_fini)
{
	char prefix[65];
	void *ctx, *prod, *good, *bad;
	long rss0, rss, most = 0;
	uint64_t until;
	int i, unlimited = 0;

	ho_daemon_tcp_results();
	ctx = th_ctx();
	prod = th_producer(ctx, ho_daemon.ingest);
	good = th_subscriber(ctx, ho_daemon.results, "result.");
	rss0 = ho_status_kb(ho_daemon.pid, "VmRSS");
	bad = zmq_socket(ctx, ZMQ_SUB);
	cr_assert_not_null(bad);
	/* Its own queue must not drop what it sends. */
	zmq_setsockopt(bad, ZMQ_SNDHWM, &unlimited, sizeof(unlimited));
	cr_assert(zmq_connect(bad, ho_daemon.results) == 0);
	for (i = 0; i < HO_MANY_SUBS; i++) {
		snprintf(prefix, sizeof(prefix), "result.%07d", i);
		memset(prefix + 14, 'a' + i % 26, sizeof(prefix) - 15);
		cr_assert(zmq_setsockopt(bad, ZMQ_SUBSCRIBE, prefix,
		    sizeof(prefix) - 1) == 0);
	}
	/* A bounded watch for growth that must not come. */
	until = th_now_ms() + 3000;
	while (th_now_ms() < until) {
		struct timespec pause = { 0, 100 * 1000000 };

		rss = ho_status_kb(ho_daemon.pid, "VmRSS");
		if (rss - rss0 > most)
			most = rss - rss0;
		nanosleep(&pause, NULL);
	}
	cr_log_info("VmRSS %ld kB, at most %ld kB more", rss0, most);
	/*
	 * Under AddressSanitizer every trie node costs an intercepted malloc
	 * and RSS is the sanitizer's: the bound is the release build's; the
	 * closing and the other subscriber are checked in both.
	 */
#if !defined(__SANITIZE_ADDRESS__)
	cr_assert(most < HO_MANY_SUBS_RSS_KB, "VmRSS grew by %ld kB for %d "
	    "subscriptions of 64 bytes; log:\n%s", most, HO_MANY_SUBS,
	    th_daemon_log(&ho_daemon));
#endif
	ho_closed_and_others_served(prod, good);
	zmq_close(bad);
	zmq_close(good);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	ho_daemon_stop();
}

/*
 * The same burst from a sender that is not libzmq: a raw ZMTP 3.0 client
 * (NULL mechanism, socket type SUB) writes 300,000 distinct subscription
 * frames as fast as the kernel takes them, with no trie of its own to
 * slow it down.  libzmq's I/O thread decodes them faster than its XPUB
 * builds its trie on quarryd's thread; with room for many messages in
 * the connection's pipe, that thread stayed in libzmq storing the whole
 * burst before quarryd could count one (+56 MiB alone, +200 MiB beside
 * busy processes).  A receive high-water mark of two messages
 * (RESULTS_SUBS_RCVHWM) makes the subscriptions wait for quarryd: the
 * count closes the connection at RESULTS_SUBS_MAX.
 */
#define HO_RAW_SUBS	300000
/* A frame: flags, length, "\1", a 64-byte prefix of result.<source>. */
#define HO_RAW_FRAME	(2 + 1 + 64)

static int ho_raw_fd = -1;

static void
ho_fini_raw(void)
{
	if (ho_raw_fd != -1)
		close(ho_raw_fd);
	ho_raw_fd = -1;
	ho_fini();
}

/* The ZMTP 3.0 greeting and READY of a NULL-mechanism SUB, then n
 * subscription frames; its length in *len. */
static unsigned char *
ho_raw_subscriptions(int n, size_t *len)
{
	static const unsigned char ready[] = {
		0x04, 25, 5, 'R', 'E', 'A', 'D', 'Y',
		11, 'S', 'o', 'c', 'k', 'e', 't', '-', 'T', 'y', 'p', 'e',
		0, 0, 0, 3, 'S', 'U', 'B'
	};
	unsigned char *buf, *p;
	int i;

	*len = 64 + sizeof(ready) + (size_t)n * HO_RAW_FRAME;
	buf = p = calloc(1, *len);
	cr_assert_not_null(buf);
	/* Signature, version 3.0, mechanism "NULL", as-server 0. */
	p[0] = 0xff;
	p[9] = 0x7f;
	p[10] = 3;
	memcpy(p + 12, "NULL", 4);
	p += 64;
	memcpy(p, ready, sizeof(ready));
	p += sizeof(ready);
	for (i = 0; i < n; i++) {
		char topic[65];

		p[0] = 0x00;
		p[1] = 1 + 64;
		p[2] = 1;
		snprintf(topic, sizeof(topic), "result.%07d", i);
		memset(topic + 14, 'a' + i % 26, sizeof(topic) - 15);
		memcpy(p + 3, topic, 64);
		p += HO_RAW_FRAME;
	}
	return buf;
}

Test(hostile, a_raw_subscription_flood_is_counted_as_it_is_stored,
    .timeout = 120, .fini = ho_fini_raw)
{
	unsigned char *buf;
	size_t len, off = 0;
	void *ctx, *prod, *good;
	long rss0, rss, most = 0;
	unsigned port;
	uint64_t until;
	int closed = 0;

	port = ho_daemon_tcp_results();
	ctx = th_ctx();
	prod = th_producer(ctx, ho_daemon.ingest);
	good = th_subscriber(ctx, ho_daemon.results, "result.");
	buf = ho_raw_subscriptions(HO_RAW_SUBS, &len);
	rss0 = ho_status_kb(ho_daemon.pid, "VmRSS");
	ho_raw_fd = ho_connect(port);
	cr_assert(ho_raw_fd != -1);
	/* The greetings are exchanged first, as ZMTP's peers do: libzmq
	 * drops a peer that sends past its greeting before the answer. */
	{
		unsigned char theirs[64];
		size_t got = 0;
		ssize_t k;

		cr_assert(send(ho_raw_fd, buf, 64, MSG_NOSIGNAL) == 64);
		while (got < sizeof(theirs) && (k = recv(ho_raw_fd,
		    theirs + got, sizeof(theirs) - got, 0)) > 0)
			got += (size_t)k;
		cr_assert_eq(got, sizeof(theirs), "no ZMTP greeting");
		off = 64;
	}
	cr_assert(fcntl(ho_raw_fd, F_SETFL, O_NONBLOCK) == 0);
	/* Send until quarryd closes the connection, watching its memory;
	 * bounded in time either way. */
	until = th_now_ms() + 20000;
	while (!closed && th_now_ms() < until) {
		struct pollfd pfd = { ho_raw_fd, POLLOUT, 0 };
		ssize_t k;

		if (off < len) {
			k = send(ho_raw_fd, buf + off, len - off,
			    MSG_NOSIGNAL);
			if (k > 0)
				off += (size_t)k;
			else if (k == -1 && errno != EAGAIN)
				closed = 1;
		} else {
			char c;

			pfd.events = POLLIN;
			if (poll(&pfd, 1, 10) == 1 && recv(ho_raw_fd, &c,
			    1, MSG_DONTWAIT) <= 0 && errno != EAGAIN)
				closed = 1;
		}
		rss = ho_status_kb(ho_daemon.pid, "VmRSS");
		if (rss - rss0 > most)
			most = rss - rss0;
		if (off < len)
			(void)poll(&pfd, 1, 10);
	}
	free(buf);
	cr_log_info("raw flood: %zu of %zu bytes sent, VmRSS %ld kB, at most "
	    "%ld kB more", off, len, rss0, most);
	cr_assert(closed, "quarryd did not close a connection that sent %zu "
	    "bytes of subscriptions; log:\n%s", off,
	    th_daemon_log(&ho_daemon));
#if !defined(__SANITIZE_ADDRESS__)
	cr_assert(most < HO_MANY_SUBS_RSS_KB, "VmRSS grew by %ld kB for a raw "
	    "flood of 64-byte subscriptions; log:\n%s", most,
	    th_daemon_log(&ho_daemon));
#endif
	ho_closed_and_others_served(prod, good);
	zmq_close(good);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	ho_daemon_stop();
}

/*
 * The same over ipc, from another process: libzmq names an ipc peer by
 * its process (Peer-Address "localhost:uid:gid:pid"), so quarryd closes
 * that process's connections, found by SO_PEERCRED, and no other's: the
 * subscriber in this process still gets results.
 */
#define HO_IPC_SUBS	5000

Test(hostile, many_subscriptions_over_ipc_close_that_process_only,
    .timeout = 120, .fini = ho_fini)
{
	void *ctx, *prod, *good;
	int gate[2], status;
	pid_t kid;

	th_daemon_start(&ho_daemon, 1, NULL);
	cr_assert(pipe(gate) == 0);
	/* Before this process has a ZeroMQ context: the child makes its
	 * own. */
	if ((kid = fork()) == 0) {
		void *kctx = zmq_ctx_new(), *bad = zmq_socket(kctx, ZMQ_SUB);
		int i, unlimited = 0;
		char prefix[65], c;

		close(gate[1]);
		zmq_setsockopt(bad, ZMQ_SNDHWM, &unlimited,
		    sizeof(unlimited));
		if (zmq_connect(bad, ho_daemon.results) != 0)
			_exit(1);
		for (i = 0; i < HO_IPC_SUBS; i++) {
			snprintf(prefix, sizeof(prefix), "dead.%07d", i);
			memset(prefix + 12, 'd', sizeof(prefix) - 13);
			zmq_setsockopt(bad, ZMQ_SUBSCRIBE, prefix,
			    sizeof(prefix) - 1);
		}
		/* Until the test is done with it. */
		(void)read(gate[0], &c, 1);
		_exit(0);
	}
	cr_assert(kid > 0);
	close(gate[0]);
	ctx = th_ctx();
	prod = th_producer(ctx, ho_daemon.ingest);
	good = th_subscriber(ctx, ho_daemon.results, "result.");
	ho_closed_and_others_served(prod, good);
	close(gate[1]);
	cr_assert(th_wait(kid, TH_WAIT_MS, &status) == 0);
	zmq_close(good);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	ho_daemon_stop();
}
