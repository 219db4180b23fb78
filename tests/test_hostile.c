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

static uint64_t
ho_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* The port quarryd logged for --http 127.0.0.1:0. */
static unsigned
ho_http_port(void)
{
	static const char key[] = "/stats on 127.0.0.1:";
	uint64_t deadline = ho_ms() + TH_WAIT_MS;
	struct timespec pause = { 0, 10 * 1000000 };
	const char *p;

	for (;;) {
		if ((p = strstr(th_daemon_log(&ho_daemon), key)) != NULL)
			return (unsigned)atoi(p + sizeof(key) - 1);
		cr_assert(ho_ms() < deadline, "no http line; log:\n%s",
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
	deadline = ho_ms() + TH_WAIT_MS;
	open_left = HO_SLOW_CONNS;
	while (open_left > 0) {
		struct timespec pause = { 1, 0 };

		cr_assert(ho_ms() < deadline, "%d of %d slow connections "
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

/* A port nobody listens on now. */
static int
ho_free_port(void)
{
	struct sockaddr_in sa;
	socklen_t len = sizeof(sa);
	int fd = socket(AF_INET, SOCK_STREAM, 0), port;

	cr_assert(fd != -1);
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cr_assert(bind(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0);
	cr_assert(getsockname(fd, (struct sockaddr *)&sa, &len) == 0);
	port = ntohs(sa.sin_port);
	close(fd);
	return port;
}

/* Wait (bounded) until the daemon's log holds needle n times. */
static void
ho_wait_log(const char *needle, int n)
{
	uint64_t deadline = ho_ms() + TH_WAIT_MS;
	struct timespec pause = { 0, 20 * 1000000 };

	for (;;) {
		const char *log = th_daemon_log(&ho_daemon), *p = log;
		int seen = 0;

		while ((p = strstr(p, needle)) != NULL) {
			seen++;
			p++;
		}
		if (seen >= n)
			return;
		cr_assert(ho_ms() < deadline, "no \"%s\" (x%d) in the log:\n%s",
		    needle, n, log);
		cr_assert(kill(ho_daemon.pid, 0) == 0 || errno != ESRCH,
		    "quarryd is gone; log:\n%s", log);
		nanosleep(&pause, NULL);
	}
}

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
	    ho_free_port());
	snprintf(ho_daemon.ingest, sizeof(ho_daemon.ingest), "%s", ingest);
	th_daemon_nofile = HO_NOFILE;
	th_daemon_restart(&ho_daemon, 1, extra);
	ho_wait_log(" ready (pid", 1);
	ho_wait_log("up to ", 1);	/* the budget line */
	/* Past the budget they are shut down; past the limit the
	 * endpoint rests and the kernel refuses them. */
	for (i = 0; i < HO_IDLE_CONNS; i++)
		conns[i] = ho_connect((unsigned)atoi(strrchr(ingest, ':') +
		    1));
	ho_wait_log("refusing new ones", 1);
	/* The worker's restart needs an ipc accept: it must find a
	 * descriptor, not an abort. */
	cr_assert_eq(th_children(ho_daemon.pid, kids, 4), 1);
	cr_assert(kill(kids[0], SIGKILL) == 0);
	ho_wait_log(" ready (pid", 2);
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
	until = ho_ms() + 3000;
	while (ho_ms() < until) {
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
