/*
 * test_ops.c — quarryd as operators run it: sd_notify over a real unix
 * datagram socket, the HTTP endpoints scraped with curl (the Prometheus
 * format checked strictly), `quarry stats`, SIGHUP reloads, --check-config,
 * log formats, the man pages, `make install` into temp roots, and the
 * unit through systemd-analyze verify and security.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <jansson.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "log.h"
#include "message.h"
#include "promcheck.h"

#define OPS_NOTES_MAX	4096	/* datagrams kept from one run */
#define OPS_OUT_MAX	65536	/* a scrape is ~5 KB */
/* systemd-analyze security's verdict the unit must stay under. */
#define OPS_EXPOSURE_MAX 1.5

static void
ops_pause(void)
{
	struct timespec ts = { 0, 20 * 1000000 };

	nanosleep(&ts, NULL);
}

/* Run a shell command with its stdout (and stderr, if err is NULL, too)
 * into out; returns the exit status.  The parent make's jobserver does
 * not carry over to a make run here. */
static int
ops_sh(const char *cmd, char *out, size_t outlen, char *err, size_t errlen)
{
	char full[4096], opath[] = "/tmp/quarry-ops-out-XXXXXX",
	    epath[] = "/tmp/quarry-ops-err-XXXXXX";
	int ofd = mkstemp(opath), efd = mkstemp(epath), status;
	ssize_t n;

	cr_assert(ofd != -1 && efd != -1);
	snprintf(full, sizeof(full), "unset MAKEFLAGS MFLAGS MAKELEVEL; "
	    "(%s) >%s 2>%s", cmd, opath, err != NULL ? epath : opath);
	status = system(full);
	n = read(ofd, out, outlen - 1);
	out[n > 0 ? n : 0] = '\0';
	if (err != NULL) {
		n = read(efd, err, errlen - 1);
		err[n > 0 ? n : 0] = '\0';
	}
	close(ofd);
	close(efd);
	unlink(opath);
	unlink(epath);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The port quarryd logged for --http 127.0.0.1:0. */
static unsigned
ops_http_port(const struct th_daemon *d)
{
	uint64_t deadline = th_now_ms() + TH_WAIT_MS;
	const char *p;

	for (;;) {
		p = strstr(th_daemon_log(d), "/stats on 127.0.0.1:");
		if (p != NULL)
			return (unsigned)atoi(p + strlen("/stats on 127.0.0.1:"));
		cr_assert(th_now_ms() < deadline, "no http line; log:\n%s",
		    th_daemon_log(d));
		ops_pause();
	}
}

/* curl a path: the status code and body. */
static int
ops_curl(unsigned port, const char *path, const char *method, char *body,
    size_t len, char *type, size_t typelen)
{
	char cmd[512], out[OPS_OUT_MAX], *sep;
	int code;

	snprintf(cmd, sizeof(cmd), "curl -sS -X %s --max-time 10 "
	    "-w '\\n%%{http_code} %%{content_type}' http://127.0.0.1:%u%s",
	    method, port, path);
	cr_assert_eq(ops_sh(cmd, out, sizeof(out), NULL, 0), 0, "%s: %s",
	    cmd, out);
	sep = strrchr(out, '\n');
	cr_assert(sep != NULL);
	*sep = '\0';
	code = atoi(sep + 1);
	if (type != NULL)
		snprintf(type, typelen, "%s", strchr(sep + 1, ' ') ?
		    strchr(sep + 1, ' ') + 1 : "");
	snprintf(body, len, "%s", out);
	return code;
}

/* Poll until path answers code (bounded). */
static void
ops_wait_code(unsigned port, const char *path, int want)
{
	uint64_t deadline = th_now_ms() + TH_WAIT_MS;
	char body[OPS_OUT_MAX];

	while (ops_curl(port, path, "GET", body, sizeof(body), NULL, 0) !=
	    want) {
		cr_assert(th_now_ms() < deadline, "%s never gave %d", path,
		    want);
		ops_pause();
	}
}

/* Poll /stats until the JSON path a.b equals want. */
static void
ops_wait_stat(unsigned port, const char *a, const char *b, long long want)
{
	uint64_t deadline = th_now_ms() + TH_WAIT_MS;
	char body[OPS_OUT_MAX];
	long long v = -1;

	for (;;) {
		json_t *root, *o;

		cr_assert_eq(ops_curl(port, "/stats", "GET", body,
		    sizeof(body), NULL, 0), 200);
		root = json_loads(body, 0, NULL);
		cr_assert(root != NULL, "bad JSON: %s", body);
		o = json_object_get(root, a);
		if (b != NULL)
			o = json_object_get(o, b);
		v = json_integer_value(o);
		json_decref(root);
		if (v == want)
			return;
		cr_assert(th_now_ms() < deadline, "%s.%s stayed %lld, not "
		    "%lld", a, b ? b : "", v, want);
		ops_pause();
	}
}

/* --- sd_notify --- */

Test(ops, notify_ready_watchdog_stopping_in_order, .timeout = 120)
{
	char path[TH_PATH_MAX + 16], dir[] = "/tmp/quarry-notify-XXXXXX";
	static char notes[OPS_NOTES_MAX][256];
	struct sockaddr_un sun;
	struct th_daemon d;
	int fd, n = 0, i, ready = -1, pet = -1, stopping = -1, status;
	uint64_t deadline;

	cr_assert(mkdtemp(dir) != NULL);
	snprintf(path, sizeof(path), "%s/notify", dir);
	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	cr_assert(fd != -1);
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	cr_assert_lt(strlen(path), sizeof(sun.sun_path));
	memcpy(sun.sun_path, path, strlen(path) + 1);
	cr_assert(bind(fd, (struct sockaddr *)&sun, sizeof(sun)) == 0);
	setenv("NOTIFY_SOCKET", path, 1);
	setenv("WATCHDOG_USEC", "200000", 1);	/* pets every 100 ms */
	th_daemon_start(&d, 1, NULL);
	unsetenv("NOTIFY_SOCKET");
	unsetenv("WATCHDOG_USEC");

	/* Until READY=1 and one pet after it. */
	deadline = th_now_ms() + TH_WAIT_MS;
	while (pet == -1) {
		struct pollfd p = { fd, POLLIN, 0 };
		ssize_t k;

		cr_assert(th_now_ms() < deadline, "READY=%d; log:\n%s", ready,
		    th_daemon_log(&d));
		if (poll(&p, 1, 100) != 1)
			continue;
		k = recv(fd, notes[n], sizeof(notes[n]) - 1, 0);
		cr_assert(k > 0);
		notes[n][k] = '\0';
		if (strncmp(notes[n], "READY=1", 7) == 0 && ready == -1)
			ready = n;
		if (strcmp(notes[n], "WATCHDOG=1") == 0 && ready != -1)
			pet = n;
		cr_assert(++n < OPS_NOTES_MAX);
	}
	cr_assert(strstr(notes[ready], "\nSTATUS=serving: 0 queued, 0 in "
	    "flight, 1 worker") != NULL, "%s", notes[ready]);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	/* The rest is queued in the socket. */
	for (;;) {
		ssize_t k = recv(fd, notes[n], sizeof(notes[n]) - 1,
		    MSG_DONTWAIT);

		if (k <= 0)
			break;
		notes[n][k] = '\0';
		if (strncmp(notes[n], "STOPPING=1", 10) == 0)
			stopping = n;
		cr_assert(++n < OPS_NOTES_MAX);
	}
	cr_assert(stopping > pet, "no STOPPING=1 after the pets");
	cr_assert(strstr(notes[stopping], "STATUS=draining") != NULL);
	for (i = 0; i < n; i++) {
		if (i != ready)
			cr_assert(strncmp(notes[i], "READY=1", 7) != 0,
			    "READY=1 twice");
		if (i > stopping)
			cr_assert(strcmp(notes[i], "WATCHDOG=1") == 0 ||
			    strncmp(notes[i], "STATUS=", 7) == 0,
			    "after STOPPING: %s", notes[i]);
	}
	close(fd);
	th_rmtree(dir);
	th_rmtree(d.dir);
}

/* --- HTTP --- */

Test(ops, http_endpoints_and_quarry_stats, .timeout = 120)
{
	const char *extra[] = { "--http", "127.0.0.1:0", NULL };
	char body[OPS_OUT_MAX], type[128], err[256], idbuf[64], cmd[600],
	    bin[TH_PATH_MAX];
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	void *ctx, *sub, *prod;
	json_t *root;
	unsigned port;
	uint64_t t0;
	size_t nf;
	int i, status;

	th_daemon_start(&d, 1, extra);
	port = ops_http_port(&d);
	ops_wait_code(port, "/healthz", 200);
	cr_assert_eq(ops_curl(port, "/healthz", "GET", body, sizeof(body),
	    NULL, 0), 200);
	cr_assert_str_eq(body, "serving\n");

	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	for (i = 0; i < 3; i++) {
		char id[16];

		snprintf(id, sizeof(id), "ops-%d", i);
		th_submit(prod, id, "\"We will win,\" Jane Holt said on "
		    "Monday.", "example.com", "2016-08-17");
		cr_assert_eq(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf),
		    NULL, 0, TH_WAIT_MS), 0);
		cr_assert_eq(ack.status, ACK_ACCEPTED);
	}
	for (i = 0; i < 3; i++)
		cr_assert_eq(th_recv_result(sub, &r, TH_WAIT_MS), 0);

	cr_assert_eq(ops_curl(port, "/metrics", "GET", body, sizeof(body),
	    type, sizeof(type)), 200);
	cr_assert_str_eq(type, "text/plain; version=0.0.4; charset=utf-8");
	cr_assert_eq(promcheck(body, &nf, err, sizeof(err)), 0, "%s\n%s",
	    err, body);
	cr_assert_eq(promcheck_value(body,
	    "quarry_articles_total{status=\"accepted\"}"), 3);
	cr_assert_eq(promcheck_value(body, "quarry_results_total"), 3);
	cr_assert_eq(promcheck_value(body,
	    "quarry_extraction_duration_seconds_count"), 3);
	cr_assert_eq(promcheck_value(body, "quarry_workers_connected"), 1);
	cr_assert_gt(promcheck_value(body, "quarry_ingest_bytes_total"), 0);
	cr_assert_gt(promcheck_value(body, "quarry_published_bytes_total"),
	    0);

	cr_assert_eq(ops_curl(port, "/stats", "GET", body, sizeof(body), type,
	    sizeof(type)), 200);
	cr_assert_str_eq(type, "application/json");
	root = json_loads(body, 0, NULL);
	cr_assert(root != NULL, "%s", body);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(root,
	    "articles"), "accepted")), 3);
	json_decref(root);

	/* Per worker and per source, and the build. */
	cr_assert_eq(ops_curl(port, "/metrics", "GET", body, sizeof(body),
	    NULL, 0), 200);
	cr_assert_eq(promcheck_value(body, "quarry_source_articles_total"
	    "{source=\"example.com\",outcome=\"accepted\"}"), 3);
	cr_assert_eq(promcheck_value(body, "quarry_source_articles_total"
	    "{source=\"example.com\",outcome=\"result\"}"), 3);
	cr_assert_eq(promcheck_value(body, "quarry_worker_results_total"
	    "{worker=\"local-0\"}"), 3);
	cr_assert_eq(promcheck_value(body, "quarry_worker_jobs_in_flight"
	    "{worker=\"local-0\"}"), 0);
	cr_assert_eq(promcheck_value(body, "quarry_worker_process_restarts_"
	    "total{worker=\"local-0\"}"), 0);
	cr_assert_eq(promcheck_value(body,
	    "quarry_build_info{version=\"" QUARRY_VERSION "\"}"), 1);
	cr_assert_eq(ops_curl(port, "/stats", "GET", body, sizeof(body),
	    NULL, 0), 200);
	root = json_loads(body, 0, NULL);
	cr_assert(root != NULL, "%s", body);
	{
		json_t *w = json_array_get(json_object_get(root,
		    "worker_list"), 0), *src = json_array_get(
		    json_object_get(root, "sources"), 0);

		cr_assert_str_eq(json_string_value(json_object_get(w, "name")),
		    "local-0");
		cr_assert_eq(json_integer_value(json_object_get(w, "done")),
		    3);
		cr_assert_str_eq(json_string_value(json_object_get(w,
		    "state")), "idle");
		cr_assert_gt(json_integer_value(json_object_get(w, "pid")), 0);
		cr_assert_str_eq(json_string_value(json_object_get(src,
		    "source")), "example.com");
		cr_assert_eq(json_integer_value(json_object_get(src,
		    "result")), 3);
	}
	json_decref(root);

	/* quarry stats --json prints the same JSON, at once. */
	snprintf(cmd, sizeof(cmd), "%s stats --json --endpoint "
	    "127.0.0.1:%u", th_bin(bin, sizeof(bin), "quarry"), port);
	t0 = th_now_ms();
	cr_assert_eq(ops_sh(cmd, body, sizeof(body), err, sizeof(err)), 0,
	    "%s", err);
	/* It waited for the connection's 5 s timeout on every call. */
	cr_assert_lt(th_now_ms() - t0, 4000, "quarry stats took %llu ms",
	    (unsigned long long)(th_now_ms() - t0));
	root = json_loads(body, 0, NULL);
	cr_assert(root != NULL, "%s", body);
	cr_assert_eq(json_integer_value(json_object_get(root, "results")), 3);
	json_decref(root);
	/* ... and for people, sections. */
	snprintf(cmd, sizeof(cmd), "%s stats --endpoint 127.0.0.1:%u", bin,
	    port);
	cr_assert_eq(ops_sh(cmd, body, sizeof(body), err, sizeof(err)), 0,
	    "%s", err);
	cr_assert(strncmp(body, "# quarryd\nversion: " QUARRY_VERSION "\n",
	    strlen("# quarryd\nversion: " QUARRY_VERSION "\n")) == 0, "%s",
	    body);
	cr_assert(strstr(body, "\nresults: 3\n") != NULL, "%s", body);
	cr_assert(strstr(body, "\n# articles\naccepted: 3\n") != NULL, "%s",
	    body);
	cr_assert(strstr(body, "\n# workers\nconnected: 1\n") != NULL, "%s",
	    body);
	cr_assert(strstr(body, "\n# sources\n  example.com  accepted 3  "
	    "result 3  dead 0\n") != NULL, "%s", body);
	cr_assert(strstr(body, "\n# worker_list\n  local-0  idle  pid ") !=
	    NULL, "%s", body);
	snprintf(cmd, sizeof(cmd), "%s stats --metrics --endpoint "
	    "http://127.0.0.1:%u", bin, port);
	cr_assert_eq(ops_sh(cmd, body, sizeof(body), err, sizeof(err)), 0);
	cr_assert_eq(promcheck(body, &nf, err, sizeof(err)), 0, "%s", err);

	/* Only GET and HEAD (405 with Allow), and only our paths. */
	cr_assert_eq(ops_curl(port, "/nope", "GET", body, sizeof(body), NULL,
	    0), 404);
	cr_assert_eq(ops_curl(port, "/stats", "POST", body, sizeof(body),
	    NULL, 0), 405);
	cr_assert_eq(ops_curl(port, "/healthz", "DELETE", body, sizeof(body),
	    NULL, 0), 405);
	cr_assert_eq(ops_curl(port, "/nope", "PUT", body, sizeof(body), NULL,
	    0), 405);
	snprintf(cmd, sizeof(cmd), "curl -sS -o /dev/null -D - -X POST "
	    "--max-time 10 http://127.0.0.1:%u/metrics", port);
	cr_assert_eq(ops_sh(cmd, body, sizeof(body), NULL, 0), 0);
	cr_assert(strstr(body, "HTTP/1.1 405 Method Not Allowed\r\n") !=
	    NULL, "%s", body);
	cr_assert(strstr(body, "\r\nAllow: GET, HEAD\r\n") != NULL, "%s",
	    body);

	zmq_close(sub);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_rmtree(d.dir);
	/* Nobody listening: quarry stats says so and fails. */
	snprintf(cmd, sizeof(cmd), "%s stats --endpoint 127.0.0.1:%u", bin,
	    port);
	cr_assert_eq(ops_sh(cmd, body, sizeof(body), err, sizeof(err)), 1);
	cr_assert(strstr(err, "no answer") != NULL, "%s", err);
}

Test(ops, healthz_is_503_without_workers, .timeout = 60)
{
	const char *extra[] = { "--http", "127.0.0.1:0", NULL };
	char body[OPS_OUT_MAX];
	struct th_daemon d;
	unsigned port;

	th_daemon_start(&d, 0, extra);
	port = ops_http_port(&d);
	ops_wait_code(port, "/healthz", 503);
	cr_assert_eq(ops_curl(port, "/healthz", "GET", body, sizeof(body),
	    NULL, 0), 503);
	cr_assert_str_eq(body, "no workers\n");
	cr_assert_eq(WEXITSTATUS(th_daemon_stop(&d)), 0);
	th_rmtree(d.dir);
}

/* --- settings: SIGHUP and --check-config --- */

static void
ops_write(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	cr_assert(f != NULL);
	fputs(text, f);
	fclose(f);
}

Test(ops, sighup_reloads_workers_and_limits, .timeout = 120)
{
	struct th_daemon d;
	char conf[TH_PATH_MAX + 16];
	uint64_t deadline;
	unsigned port;

	/* th_daemon_start passes --workers, which would override the
	 * file's; so the file gives queue_max and the workers count comes
	 * from the flag at first: SIGHUP must keep it (flags win). */
	snprintf(conf, sizeof(conf), "/tmp/quarry-hup-%ld.conf",
	    (long)getpid());
	ops_write(conf, "[quarryd]\nqueue_max = 100\n");
	{
		const char *e[] = { "--config", conf, "--http", "127.0.0.1:0",
		    NULL };

		th_daemon_start(&d, 1, e);
	}
	port = ops_http_port(&d);
	ops_wait_stat(port, "workers", "connected", 1);
	ops_wait_stat(port, "queue", "capacity", 100);

	ops_write(conf, "[quarryd]\nqueue_max = 50\nworkers = 3\n");
	kill(d.pid, SIGHUP);
	ops_wait_stat(port, "queue", "capacity", 50);
	ops_wait_stat(port, "workers", "configured", 1);	/* the flag */

	ops_write(conf, "[quarryd]\nqueue_max = lots\n");
	kill(d.pid, SIGHUP);
	deadline = th_now_ms() + TH_WAIT_MS;
	while (strstr(th_daemon_log(&d), "keeping the running settings") ==
	    NULL) {
		cr_assert(th_now_ms() < deadline, "%s", th_daemon_log(&d));
		ops_pause();
	}
	cr_assert(strstr(th_daemon_log(&d), ":2: queue_max: \"lots\"") !=
	    NULL, "%s", th_daemon_log(&d));
	ops_wait_stat(port, "queue", "capacity", 50);
	cr_assert_eq(WEXITSTATUS(th_daemon_stop(&d)), 0);
	th_rmtree(d.dir);
	unlink(conf);
}

/* The worker count from the file grows and shrinks on SIGHUP; shrinking
 * retires idle workers and loses nothing. */
Test(ops, sighup_resizes_the_pool, .timeout = 120)
{
	char dir[] = "/tmp/quarry-resize-XXXXXX", conf[TH_PATH_MAX + 16],
	    log[TH_PATH_MAX + 16], bin[TH_PATH_MAX], rt[TH_PATH_MAX + 16],
	    in[TH_PATH_MAX + 32], res[TH_PATH_MAX + 32];
	struct th_daemon d;
	unsigned port;
	int status;
	pid_t parent;

	cr_assert(mkdtemp(dir) != NULL);
	snprintf(conf, sizeof(conf), "%s/quarryd.conf", dir);
	snprintf(log, sizeof(log), "%s/quarryd.log", dir);
	snprintf(rt, sizeof(rt), "%s/run", dir);
	snprintf(in, sizeof(in), "ipc://%s/in", dir);
	snprintf(res, sizeof(res), "ipc://%s/res", dir);
	ops_write(conf, "[quarryd]\nworkers = 1\nhttp = 127.0.0.1:0\n");
	memset(&d, 0, sizeof(d));
	snprintf(d.dir, sizeof(d.dir), "%s", dir);
	snprintf(d.log, sizeof(d.log), "%s", log);
	th_track_dir(dir);
	parent = getpid();
	d.pid = fork();
	cr_assert(d.pid != -1);
	if (d.pid == 0) {
		int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);

		/* Gone with the test, even when an assertion ends it. */
		th_child_setup(parent);
		if (fd == -1 || dup2(fd, STDERR_FILENO) == -1)
			_exit(126);
		execl(th_bin(bin, sizeof(bin), "quarryd"), "quarryd", "-f",
		    "--config", conf, "--runtime-dir", rt, "--ingest", in,
		    "--results", res, (char *)NULL);
		_exit(127);
	}
	th_track(d.pid);
	port = ops_http_port(&d);
	ops_wait_stat(port, "workers", "connected", 1);
	ops_write(conf, "[quarryd]\nworkers = 3\nhttp = 127.0.0.1:0\n");
	kill(d.pid, SIGHUP);
	ops_wait_stat(port, "workers", "connected", 3);
	ops_wait_stat(port, "workers", "configured", 3);
	ops_write(conf, "[quarryd]\nworkers = 1\nhttp = 127.0.0.1:0\n");
	kill(d.pid, SIGHUP);
	ops_wait_stat(port, "workers", "connected", 1);
	/* Retired as asked: no loss (quarry_workers_lost_total counted
	 * them once). */
	ops_wait_stat(port, "workers", "retired", 2);
	ops_wait_stat(port, "workers", "lost", 0);
	ops_wait_stat(port, "workers", "restarts", 0);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "%s",
	    th_daemon_log(&d));
	th_rmtree(dir);
}

Test(ops, check_config_prints_or_names_the_error)
{
	char conf[64], cmd[700], out[OPS_OUT_MAX], err[2048],
	    bin[TH_PATH_MAX];
	int fd;

	snprintf(conf, sizeof(conf), "/tmp/quarry-check-XXXXXX");
	fd = mkstemp(conf);
	cr_assert(fd != -1);
	close(fd);
	ops_write(conf, "[quarryd]\nqueue_max = 500\nworkers = 2\n");
	snprintf(cmd, sizeof(cmd), "%s --config %s --check-config -w 4",
	    th_bin(bin, sizeof(bin), "quarryd"), conf);
	cr_assert_eq(ops_sh(cmd, out, sizeof(out), err, sizeof(err)), 0,
	    "%s", err);
	cr_assert(strstr(out, "\n[quarryd]\n") != NULL, "%s", out);
	cr_assert(strstr(out, "\nqueue_max = 500\n") != NULL, "%s", out);
	cr_assert(strstr(out, "\nworkers = 4\n") != NULL, "flags win: %s",
	    out);
	cr_assert_str_eq(err, "");

	ops_write(conf, "[quarryd]\n# fine\nqueue_max = 12x\n");
	cr_assert_eq(ops_sh(cmd, out, sizeof(out), err, sizeof(err)), 2);
	cr_assert(strstr(err, ":3: queue_max: \"12x\" is not a number") !=
	    NULL, "%s", err);
	unlink(conf);
	snprintf(cmd, sizeof(cmd), "%s --config %s --check-config", bin, conf);
	cr_assert_eq(ops_sh(cmd, out, sizeof(out), err, sizeof(err)), 2);
	cr_assert(strstr(err, "No such file") != NULL, "%s", err);
}

/* --- logs --- */

/* Log one line through common/log.c with stderr on a file; return it. */
static void
ops_log_line(int journal, char *out, size_t len)
{
	char path[] = "/tmp/quarry-log-XXXXXX", js[64];
	int fd = mkstemp(path), saved = dup(STDERR_FILENO);
	struct stat st;
	ssize_t n;

	cr_assert(fd != -1 && saved != -1);
	cr_assert(dup2(fd, STDERR_FILENO) != -1);
	fstat(fd, &st);
	if (journal) {
		snprintf(js, sizeof(js), "%llu:%llu",
		    (unsigned long long)st.st_dev,
		    (unsigned long long)st.st_ino);
		setenv("JOURNAL_STREAM", js, 1);
	} else	/* a stream that is not our stderr: no prefixes */
		setenv("JOURNAL_STREAM", "1:1", 1);
	log_init("opstest", LOG_LEVEL_INFO);
	log_debug("not shown at info");
	log_warnx("disk %s", "full");
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	unsetenv("JOURNAL_STREAM");
	n = pread(fd, out, len - 1, 0);
	out[n > 0 ? n : 0] = '\0';
	close(fd);
	unlink(path);
}

Test(ops, logs_carry_journal_priorities_or_timestamps)
{
	char line[512], want[128];
	int y, mo, dd, h, mi, s, ms, pid;
	char lvl[16];

	ops_log_line(1, line, sizeof(line));
	cr_assert_str_eq(line, "<4>disk full\n");
	ops_log_line(0, line, sizeof(line));
	cr_assert_eq(sscanf(line, "%4d-%2d-%2dT%2d:%2d:%2d.%3dZ opstest[%d] "
	    "%15[a-z]: ", &y, &mo, &dd, &h, &mi, &s, &ms, &pid, lvl), 9, "%s",
	    line);
	cr_assert_eq(pid, getpid());
	snprintf(want, sizeof(want), "] warn: disk full\n");
	cr_assert(strstr(line, want) != NULL && strchr(line, '\n') ==
	    line + strlen(line) - 1, "one line: %s", line);
}

/* --- man pages, install, the unit --- */

Test(ops, man_pages_render_without_warnings)
{
	static const char *const pages[] = { "docs/man/quarryd.8",
	    "docs/man/quarryd.conf.5", "docs/man/quarry.1",
	    "docs/man/quarry-worker.8" };
	char cmd[256], out[OPS_OUT_MAX], err[4096];
	size_t i;

	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		snprintf(cmd, sizeof(cmd), "MANWIDTH=80 man --warnings -l %s",
		    pages[i]);
		cr_assert_eq(ops_sh(cmd, out, sizeof(out), err, sizeof(err)),
		    0, "%s: %s", pages[i], err);
		cr_assert_str_eq(err, "", "%s", pages[i]);
		cr_assert_gt(strlen(out), 500, "%s rendered empty", pages[i]);
	}
}

/* make install with everything under one temp root. */
static void
ops_install(const char *root, const char *vars, const char *target)
{
	char cmd[8192], out[OPS_OUT_MAX], build[TH_PATH_MAX + 600], cwd[512];

	cr_assert(getcwd(cwd, sizeof(cwd)) != NULL);
	if (th_build()[0] == '/')
		snprintf(build, sizeof(build), "%s", th_build());
	else
		snprintf(build, sizeof(build), "%s/%s", cwd, th_build());
	/* -o: the programs are built; a test never rebuilds them. */
	snprintf(cmd, sizeof(cmd), "make -s -C %s BUILD=%s -o %s/quarryd "
	    "-o %s/quarry-worker -o %s/quarry %s %s", cwd, build, build,
	    build, build, vars, target);
	cr_assert_eq(ops_sh(cmd, out, sizeof(out), NULL, 0), 0, "%s:\n%s",
	    cmd, out);
	(void)root;
}

static int
ops_exists(const char *root, const char *rel, mode_t mode)
{
	char p[1024];
	struct stat st;

	snprintf(p, sizeof(p), "%s%s", root, rel);
	return stat(p, &st) == 0 && S_ISREG(st.st_mode) &&
	    (st.st_mode & 07777) == mode;
}

Test(ops, install_and_uninstall_with_destdir, .timeout = 120)
{
	static const struct {
		const char	*path;
		mode_t		 mode;
	} files[] = {
		{ "/opt/q/bin/quarry", 0755 },
		{ "/opt/q/sbin/quarryd", 0755 },
		{ "/opt/q/sbin/quarry-worker", 0755 },
		{ "/opt/q/share/man/man1/quarry.1", 0644 },
		{ "/opt/q/share/man/man5/quarryd.conf.5", 0644 },
		{ "/opt/q/share/man/man8/quarryd.8", 0644 },
		{ "/opt/q/share/man/man8/quarry-worker.8", 0644 },
		{ "/units/quarryd.service", 0644 },
		{ "/etc/quarry/quarryd.conf.example", 0644 },
		{ "/opt/q/share/quarry/clients/producer.py", 0644 },
		{ "/opt/q/share/quarry/clients/subscriber.py", 0644 },
		{ "/opt/q/share/quarry/clients/scrapy_quarry.py", 0644 },
		{ "/opt/q/share/quarry/clients/nats_consumer.js", 0644 },
		{ "/opt/q/share/doc/quarry/README.md", 0644 },
		{ "/opt/q/share/doc/quarry/operations.md", 0644 },
		{ "/opt/q/share/doc/quarry/protocol.md", 0644 },
	};
	char root[] = "/tmp/quarry-destdir-XXXXXX", vars[600], p[600],
	    unit[8192], out[OPS_OUT_MAX];
	FILE *f;
	size_t i, n;

	cr_assert(mkdtemp(root) != NULL);
	/* An operator's config is there already: never overwritten. */
	snprintf(p, sizeof(p), "mkdir -p %s/etc/quarry && echo '[quarryd]' "
	    ">%s/etc/quarry/quarryd.conf", root, root);
	cr_assert_eq(ops_sh(p, out, sizeof(out), NULL, 0), 0);
	snprintf(vars, sizeof(vars), "DESTDIR=%s PREFIX=/opt/q "
	    "SYSTEMD_UNIT_DIR=/units", root);
	ops_install(root, vars, "install");
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		cr_assert(ops_exists(root, files[i].path, files[i].mode),
		    "%s%s missing or mode not %o", root, files[i].path,
		    files[i].mode);
	snprintf(p, sizeof(p), "%s/units/quarryd.service", root);
	f = fopen(p, "r");
	cr_assert(f != NULL);
	n = fread(unit, 1, sizeof(unit) - 1, f);
	unit[n] = '\0';
	fclose(f);
	cr_assert(strstr(unit, "\nExecStart=/opt/q/sbin/quarryd --foreground\n")
	    != NULL, "ExecStart does not follow PREFIX");
	snprintf(p, sizeof(p), "cat %s/etc/quarry/quarryd.conf", root);
	cr_assert_eq(ops_sh(p, out, sizeof(out), NULL, 0), 0);
	cr_assert_str_eq(out, "[quarryd]\n");
	/* The example names the worker where install put it. */
	snprintf(p, sizeof(p), "grep '^#worker_bin = ' "
	    "%s/etc/quarry/quarryd.conf.example", root);
	cr_assert_eq(ops_sh(p, out, sizeof(out), NULL, 0), 0);
	cr_assert_str_eq(out, "#worker_bin = /opt/q/sbin/quarry-worker\n");
	/* Not stripped by install; stripped by install-strip. */
	snprintf(p, sizeof(p), "readelf -S %s/opt/q/sbin/quarryd | grep -c "
	    "' .symtab'", root);
	ops_sh(p, out, sizeof(out), NULL, 0);
	cr_assert_str_eq(out, "1\n", "install stripped quarryd");
	ops_install(root, vars, "install-strip");
	for (i = 0; i < 3; i++) {
		snprintf(p, sizeof(p), "readelf -S %s%s | grep -c ' .symtab'",
		    root, files[i].path);
		ops_sh(p, out, sizeof(out), NULL, 0);
		cr_assert_str_eq(out, "0\n", "%s not stripped", files[i].path);
	}

	ops_install(root, vars, "uninstall");
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", root, files[i].path);
		cr_assert(access(p, F_OK) == -1, "%s left behind", p);
	}
	snprintf(p, sizeof(p), "%s/etc/quarry/quarryd.conf", root);
	cr_assert(access(p, F_OK) == 0, "uninstall removed the config");

	/* Without SYSTEMD_UNIT_DIR: systemd's pkg-config path for this
	 * PREFIX, never /lib/systemd/system whatever PREFIX says. */
	snprintf(vars, sizeof(vars), "DESTDIR=%s PREFIX=/opt/q", root);
	ops_install(root, vars, "install");
	cr_assert(ops_exists(root, "/opt/q/lib/systemd/system/"
	    "quarryd.service", 0644), "the unit is not under PREFIX");
	snprintf(p, sizeof(p), "%s/lib/systemd/system/quarryd.service", root);
	cr_assert(access(p, F_OK) == -1, "the unit ignored PREFIX");
	ops_install(root, vars, "uninstall");
	th_rmtree(root);
}

/*
 * The unit as installed (ExecStart at a quarryd that exists, the man
 * pages on MANPATH for Documentation=): systemd-analyze verify says
 * nothing, and the sandbox scores at most OPS_EXPOSURE_MAX.
 */
Test(ops, unit_verifies_and_is_sandboxed, .timeout = 120)
{
	char root[] = "/tmp/quarry-unit-XXXXXX", vars[800], cmd[1200],
	    out[OPS_OUT_MAX], err[8192];
	const char *p;
	double exposure;

	cr_assert(mkdtemp(root) != NULL);
	snprintf(vars, sizeof(vars), "PREFIX=%s/usr SYSCONFDIR=%s/etc "
	    "SYSTEMD_UNIT_DIR=%s/system", root, root, root);
	ops_install(root, vars, "install");
	snprintf(cmd, sizeof(cmd), "MANPATH=%s/usr/share/man systemd-analyze "
	    "verify %s/system/quarryd.service", root, root);
	cr_assert_eq(ops_sh(cmd, out, sizeof(out), err, sizeof(err)), 0,
	    "%s", err);
	cr_assert_str_eq(err, "", "systemd-analyze verify complains");
	snprintf(cmd, sizeof(cmd), "systemd-analyze security --offline=true "
	    "%s/system/quarryd.service", root);
	ops_sh(cmd, out, sizeof(out), err, sizeof(err));
	p = strstr(out, "Overall exposure level for quarryd.service: ");
	cr_assert(p != NULL, "%s%s", out, err);
	exposure = strtod(p + strlen("Overall exposure level for "
	    "quarryd.service: "), NULL);
	cr_assert_leq(exposure, OPS_EXPOSURE_MAX, "exposure %.1f", exposure);
	th_rmtree(root);
}

/* --- the command-line tools --- */

Test(ops, every_program_has_version_and_help)
{
	static const char *const progs[] = { "quarryd", "quarry",
	    "quarry-worker" };
	static const char *const cmds[] = { "feed", "sub", "extract",
	    "stats", "keygen" };
	char bin[TH_PATH_MAX], out[OPS_OUT_MAX], want[64];
	size_t i;

	for (i = 0; i < 3; i++) {
		char *argv[] = { (char *)th_bin(bin, sizeof(bin), progs[i]),
		    (char *)"--version", NULL };

		cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 0,
		    "%s --version: %s", progs[i], out);
		snprintf(want, sizeof(want), "%s " QUARRY_VERSION "\n",
		    progs[i]);
		cr_assert_str_eq(out, want);
	}
	{
		char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarryd"),
		    (char *)"--help", NULL };

		cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 0);
		cr_assert(strstr(out, "\n      --version ") != NULL, "%s",
		    out);
	}
	/* Each subcommand's --help: every flag of its usage line is
	 * explained on a line of its own, and the defaults are given. */
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarry"),
		    (char *)cmds[i], (char *)"--help", NULL };
		const char *p, *usage_end;

		cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 0,
		    "quarry %s --help: %s", cmds[i], out);
		usage_end = strstr(out, "\n\n");
		cr_assert(usage_end != NULL, "no option list: %s", out);
		for (p = strstr(out, "[--"); p != NULL && p < usage_end;
		    p = strstr(p + 1, "[--")) {
			char flag[40], line[48];
			size_t n = strcspn(p + 1, " ]|");

			snprintf(flag, sizeof(flag), "%.*s", (int)n, p + 1);
			snprintf(line, sizeof(line), "\n  %s ", flag);
			cr_assert(strstr(usage_end, line) != NULL,
			    "quarry %s --help does not explain %s:\n%s",
			    cmds[i], flag, out);
		}
		cr_assert(strcmp(cmds[i], "extract") == 0 ||
		    strstr(usage_end, "default") != NULL,
		    "quarry %s --help names no default:\n%s", cmds[i], out);
	}
}

/* quarry sub prints each message's topic with it. */
Test(ops, quarry_sub_prints_the_topic, .timeout = 60)
{
	char bin[TH_PATH_MAX], ready[TH_PATH_MAX + 16],
	    outp[TH_PATH_MAX + 16], line[OPS_OUT_MAX], idbuf[64];
	struct th_daemon d;
	struct ack ack;
	void *ctx, *prod;
	int status;
	pid_t sub;
	FILE *f;

	th_daemon_start(&d, 1, NULL);
	snprintf(ready, sizeof(ready), "%s/sub.ready", d.dir);
	snprintf(outp, sizeof(outp), "%s/sub.out", d.dir);
	{
		char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarry"),
		    (char *)"sub", (char *)"--endpoint", d.results,
		    (char *)"--count", (char *)"1", (char *)"--timeout",
		    (char *)"30", (char *)"--ready-file", ready, NULL };

		sub = th_spawn(argv, outp);
	}
	{
		uint64_t deadline = th_now_ms() + TH_WAIT_MS;

		while (access(ready, F_OK) == -1) {
			cr_assert(th_now_ms() < deadline, "sub never ready");
			ops_pause();
		}
	}
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	th_submit(prod, "t-1", "\"Topics,\" she said.", "example.com", NULL);
	cr_assert_eq(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
	    TH_WAIT_MS), 0);
	cr_assert_eq(th_wait(sub, TH_WAIT_MS, &status), 0, "sub hung");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	f = fopen(outp, "r");
	cr_assert(f != NULL && fgets(line, sizeof(line), f) != NULL);
	fclose(f);
	cr_assert(strncmp(line, "{\"topic\":\"result.example.com\",\"id\":"
	    "\"t-1\",", 35) == 0, "%s", line);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	cr_assert_eq(WEXITSTATUS(th_daemon_stop(&d)), 0);
	th_rmtree(d.dir);
}

/* Publish one Result numbered seq on the test's own XPUB. */
static void
ops_publish_seq(void *xpub, uint64_t seq)
{
	static const char topic[] = "result.example.com";
	struct result r;
	struct pbuf pb;
	char id[32];

	memset(&r, 0, sizeof(r));
	memset(&pb, 0, sizeof(pb));
	snprintf(id, sizeof(id), "s-%llu", (unsigned long long)seq);
	r.id = str_make(id, strlen(id));
	r.source = str_make("example.com", 11);
	r.worker = str_make("w", 1);
	r.extractor = str_make("x/1", 3);
	r.seq = seq;
	cr_assert(proto_encode_result(&pb, &r) == 0);
	cr_assert(zmq_send(xpub, topic, sizeof(topic) - 1, ZMQ_SNDMORE) ==
	    (int)sizeof(topic) - 1);
	cr_assert(zmq_send(xpub, pb.data, pb.len, 0) == (int)pb.len);
	pbuf_free(&pb);
}

/*
 * quarry sub says what seq shows it missed: a gap is counted and named,
 * a seq that went down is a broker that restarted.  The broker here is
 * the test's own XPUB, so the gap is exact and certain.
 */
Test(ops, quarry_sub_says_what_it_missed, .timeout = 60)
{
	char bin[TH_PATH_MAX], dir[] = "/tmp/quarry-sub-XXXXXX",
	    cmd[3 * TH_PATH_MAX + 256], endpoint[64], errp[TH_PATH_MAX + 16],
	    outp[TH_PATH_MAX + 16], text[OPS_OUT_MAX];
	void *ctx, *xpub;
	uint64_t deadline;
	struct pbuf pb;
	int status, hello = 0, port, tries;
	pid_t sub;
	FILE *f;
	size_t n;

	cr_assert(mkdtemp(dir) != NULL);
	th_track_dir(dir);
	snprintf(errp, sizeof(errp), "%s/sub.err", dir);
	snprintf(outp, sizeof(outp), "%s/sub.out", dir);
	ctx = th_ctx();
	xpub = zmq_socket(ctx, ZMQ_XPUB);
	cr_assert_not_null(xpub);
	for (tries = 0;; tries++) {
		port = th_free_port();
		snprintf(endpoint, sizeof(endpoint), "tcp://127.0.0.1:%d",
		    port);
		if (zmq_bind(xpub, endpoint) == 0)
			break;
		cr_assert_lt(tries, 10, "bind %s: %s", endpoint,
		    zmq_strerror(zmq_errno()));
	}
	snprintf(cmd, sizeof(cmd), "exec '%s' sub --endpoint %s --count 5 "
	    "--timeout 30 >'%s' 2>'%s'", th_bin(bin, sizeof(bin), "quarry"),
	    endpoint, outp, errp);
	{
		char *argv[] = { (char *)"/bin/sh", (char *)"-c", cmd, NULL };

		sub = th_spawn(argv, NULL);
	}
	/* Its subscriptions, the hello last: answer the hello. */
	deadline = th_now_ms() + TH_WAIT_MS;
	while (!hello) {
		zmq_pollitem_t pi = { xpub, 0, ZMQ_POLLIN, 0 };
		char m[64];
		int k;

		cr_assert(th_now_ms() < deadline, "quarry sub never "
		    "subscribed to quarry.hello");
		if (zmq_poll(&pi, 1, 100) != 1)
			continue;
		k = zmq_recv(xpub, m, sizeof(m), 0);
		hello = k == 13 && memcmp(m, "\1quarry.hello", 13) == 0;
	}
	memset(&pb, 0, sizeof(pb));
	cr_assert(proto_encode_hello(&pb) == 0);
	cr_assert(zmq_send(xpub, "quarry.hello", 12, ZMQ_SNDMORE) == 12);
	cr_assert(zmq_send(xpub, pb.data, pb.len, 0) == (int)pb.len);
	pbuf_free(&pb);
	/* 1, 2, then 5: 3 and 4 were missed; then 1: a new broker. */
	ops_publish_seq(xpub, 1);
	ops_publish_seq(xpub, 2);
	ops_publish_seq(xpub, 5);
	ops_publish_seq(xpub, 1);
	ops_publish_seq(xpub, 3);
	cr_assert_eq(th_wait(sub, TH_WAIT_MS, &status), 0, "sub hung");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarry sub: status %#x", status);
	f = fopen(errp, "r");
	cr_assert_not_null(f);
	n = fread(text, 1, sizeof(text) - 1, f);
	text[n] = '\0';
	fclose(f);
	cr_assert(strstr(text, "missed 2 messages (seq 3 to 4)") != NULL,
	    "stderr:\n%s", text);
	cr_assert(strstr(text, "(2 missed in all)") != NULL, "stderr:\n%s",
	    text);
	cr_assert(strstr(text, "seq went from 5 to 1: the broker restarted")
	    != NULL, "stderr:\n%s", text);
	/* After the restart, 1 then 3 is a gap again. */
	cr_assert(strstr(text, "missed 1 message (seq 2 to 2)") != NULL,
	    "stderr:\n%s", text);
	zmq_close(xpub);
	zmq_ctx_term(ctx);
}

/* quarry feed says when nobody answers, and why the broker is busy. */
Test(ops, quarry_feed_says_what_is_happening, .timeout = 90)
{
	const char *extra[] = { "--drain-timeout-ms", "20000", NULL };
	char bin[TH_PATH_MAX], in[TH_PATH_MAX + 16], out[OPS_OUT_MAX],
	    idbuf[64], ep[TH_PATH_MAX + 32];
	struct th_daemon d;
	struct ack ack;
	void *ctx, *prod;
	FILE *f;

	/* Nobody there: a line within seconds, not 30 s of silence. */
	th_daemon_start(&d, 0, extra);
	snprintf(in, sizeof(in), "%s/articles.jsonl", d.dir);
	f = fopen(in, "w");
	cr_assert(f != NULL);
	fputs("{\"id\":\"f-1\",\"body\":\"\\\"Hi,\\\" she said.\"}\n", f);
	fclose(f);
	snprintf(ep, sizeof(ep), "ipc://%s/nobody", d.dir);
	{
		char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarry"),
		    (char *)"feed", (char *)"--endpoint", ep,
		    (char *)"--timeout", (char *)"3", in, NULL };

		cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 2,
		    "%s", out);
		cr_assert(strstr(out, "no answer from ipc://") != NULL &&
		    strstr(out, "is quarryd running") != NULL, "%s", out);
	}
	/* Draining (no workers, one article queued): "shutting down". */
	ctx = th_ctx();
	prod = th_producer(ctx, d.ingest);
	th_submit(prod, "q-1", "queued", NULL, NULL);
	cr_assert_eq(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf), NULL, 0,
	    TH_WAIT_MS), 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED);
	kill(d.pid, SIGTERM);
	{
		uint64_t deadline = th_now_ms() + TH_WAIT_MS;

		while (strstr(th_daemon_log(&d), "draining") == NULL) {
			cr_assert(th_now_ms() < deadline, "no drain: %s",
			    th_daemon_log(&d));
			ops_pause();
		}
	}
	{
		char *argv[] = { bin, (char *)"feed", (char *)"--endpoint",
		    d.ingest, (char *)"--timeout", (char *)"2", in, NULL };

		cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 2,
		    "%s", out);
		cr_assert(strstr(out, "quarry feed: busy: shutting down; "
		    "resending after ") != NULL, "%s", out);
	}
	zmq_close(prod);
	zmq_ctx_term(ctx);
	kill(d.pid, SIGTERM);	/* a second signal ends the drain */
	th_daemon_stop(&d);
	th_rmtree(d.dir);
}
