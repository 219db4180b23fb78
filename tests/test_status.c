/*
 * test_status.c — the status page at / (daemon/status.html, status.h):
 * served as it is in the repository and self-contained, and, drawn by
 * headless Chromium (Debian's chromium, from `make deps`), showing the
 * figures /stats gives.  The screenshot is kept as
 * $QUARRY_BUILD/status-page.png for a person to look at.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include <jansson.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "message.h"

#define ST_OUT_MAX	(1 << 20)	/* the page, a DOM or /stats */
#define ST_PAGE		"daemon/status.html"
/* Chromium starts in seconds on a quiet machine; under a loaded CI
 * runner it may take far longer, and nothing else bounds it. */
#define ST_BROWSER_MS	120000

static char st_out[ST_OUT_MAX];

/* The port quarryd logged for --http 127.0.0.1:0. */
static unsigned
st_port(const struct th_daemon *d)
{
	struct timespec pause = { 0, 20 * 1000000 };
	const char *key = "/stats on 127.0.0.1:", *p;
	int i;

	for (i = 0; i < TH_WAIT_MS / 20; i++) {
		if ((p = strstr(th_daemon_log(d), key)) != NULL)
			return (unsigned)atoi(p + strlen(key));
		nanosleep(&pause, NULL);
	}
	cr_assert_fail("no http line:\n%s", th_daemon_log(d));
	return 0;
}

/* curl: the exit status; -i puts the headers in out too. */
static int
st_curl(unsigned port, const char *path, const char *how, char *out,
    size_t len)
{
	char url[96], bin[] = "/usr/bin/curl";
	char *argv[] = { bin, (char *)"-sS", (char *)"--max-time",
	    (char *)"10", (char *)how, url, NULL };

	snprintf(url, sizeof(url), "http://127.0.0.1:%u%s", port, path);
	return th_run(argv, out, len, TH_WAIT_MS);
}

static json_t *
st_stats(unsigned port)
{
	json_t *doc;

	cr_assert_eq(st_curl(port, "/stats", "-f", st_out, sizeof(st_out)),
	    0, "%s", st_out);
	doc = json_loads(st_out, 0, NULL);
	cr_assert(doc != NULL, "%s", st_out);
	return doc;
}

/* Poll /stats until path (a.b) is want. */
static void
st_wait(unsigned port, const char *a, const char *b, long long want)
{
	struct timespec pause = { 0, 50 * 1000000 };
	long long v = -1;
	int i;

	for (i = 0; i < TH_WAIT_MS / 50; i++) {
		json_t *doc = st_stats(port), *o = json_object_get(doc, a);

		if (b != NULL)
			o = json_object_get(o, b);
		v = json_integer_value(o);
		json_decref(doc);
		if (v == want)
			return;
		nanosleep(&pause, NULL);
	}
	cr_assert_fail("%s.%s stayed %lld, not %lld", a, b ? b : "", v, want);
}

/* Poll /stats until its uptime_s is at least want. */
static void
st_wait_uptime(unsigned port, long long want)
{
	struct timespec pause = { 0, 50 * 1000000 };
	long long v = -1;
	int i;

	for (i = 0; i < TH_WAIT_MS / 50; i++) {
		json_t *doc = st_stats(port);

		v = json_integer_value(json_object_get(doc, "uptime_s"));
		json_decref(doc);
		if (v >= want)
			return;
		nanosleep(&pause, NULL);
	}
	cr_assert_fail("uptime_s stayed %lld, not %lld", v, want);
}

static char *
st_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	cr_assert(f != NULL, "%s: %s", path, strerror(errno));
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	cr_assert(buf != NULL);
	cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return buf;
}

Test(status, page_is_served_as_is_and_self_contained, .timeout = 60)
{
	const char *extra[] = { "--http", "127.0.0.1:0", NULL };
	struct th_daemon d;
	const char *p;
	char *page;
	size_t len;
	unsigned port;

	page = st_read_file(ST_PAGE, &len);
	th_daemon_start(&d, 1, extra);
	port = st_port(&d);
	cr_assert_eq(st_curl(port, "/", "-f", st_out, sizeof(st_out)), 0);
	cr_assert_eq(strlen(st_out), len);
	cr_assert(memcmp(st_out, page, len) == 0, "/ is not " ST_PAGE);
	/* Nothing from elsewhere: no script or style by URL, no fonts,
	 * no images; the one URL is SVG's namespace name. */
	cr_assert(strstr(page, "<script src") == NULL);
	cr_assert(strstr(page, "<link") == NULL);
	cr_assert(strstr(page, "@import") == NULL);
	cr_assert(strstr(page, "url(") == NULL);
	cr_assert(strstr(page, "https://") == NULL);
	for (p = strstr(page, "http://"); p != NULL;
	    p = strstr(p + 1, "http://"))
		cr_assert(strncmp(p, "http://www.w3.org/2000/svg", 26) == 0,
		    "a URL in the page: %.40s", p);
	cr_assert(strstr(page, "innerHTML") == NULL, "untrusted text goes "
	    "in textContent");
	/* Headers: HTML, and a policy that keeps it to itself. */
	cr_assert_eq(st_curl(port, "/", "-i", st_out, sizeof(st_out)), 0);
	cr_assert(strstr(st_out, "Content-Type: text/html; charset=utf-8\r\n")
	    != NULL, "%.400s", st_out);
	cr_assert(strstr(st_out, "Content-Security-Policy: default-src "
	    "'none';") != NULL, "%.600s", st_out);
	cr_assert(strstr(st_out, "connect-src 'self'") != NULL);
	cr_assert_eq(st_curl(port, "/", "-I", st_out, sizeof(st_out)), 0);
	cr_assert(strncmp(st_out, "HTTP/1.1 200", 12) == 0, "%s", st_out);
	free(page);
	cr_assert_eq(WEXITSTATUS(th_daemon_stop(&d)), 0);
	th_rmtree(d.dir);
}

/* The text of the element after each data-k="KEY" in a DOM dump,
 * checked against /stats's value at KEY (a.b or a.N.b).  How many. */
static int
st_compare(const char *dom, json_t *stats)
{
	const char *p = dom, *q, *gt, *lt;
	int n = 0;

	while ((p = strstr(p, "data-k=\"")) != NULL) {
		char key[128], text[128], want[128], *part, *save = NULL;
		json_t *v = stats;

		p += 8;
		q = strchr(p, '"');
		cr_assert(q != NULL && q - p < (long)sizeof(key));
		snprintf(key, sizeof(key), "%.*s", (int)(q - p), p);
		gt = strchr(q, '>');
		lt = gt != NULL ? strchr(gt, '<') : NULL;
		cr_assert(lt != NULL);
		snprintf(text, sizeof(text), "%.*s", (int)(lt - gt - 1),
		    gt + 1);
		for (part = strtok_r(key, ".", &save); part != NULL;
		    part = strtok_r(NULL, ".", &save))
			v = json_is_array(v) ? json_array_get(v,
			    (size_t)atoi(part)) : json_object_get(v, part);
		cr_assert(v != NULL, "the page shows %.*s, which /stats has "
		    "not", (int)(q - p), p);
		if (json_is_integer(v))
			snprintf(want, sizeof(want), "%" JSON_INTEGER_FORMAT,
			    json_integer_value(v));
		else
			snprintf(want, sizeof(want), "%s",
			    json_string_value(v) ? json_string_value(v) : "?");
		cr_assert_str_eq(text, want, "the page shows %.*s = %s, "
		    "/stats says %s", (int)(q - p), p, text, want);
		n++;
		p = lt;
	}
	return n;
}

Test(status, chromium_draws_the_figures_of_stats, .timeout = 400)
{
	char wbin[TH_PATH_MAX], udd[TH_PATH_MAX + 16], shot[TH_PATH_MAX + 32],
	    keep[TH_PATH_MAX + 32], url[64], idbuf[64], flag[TH_PATH_MAX + 64],
	    shotflag[TH_PATH_MAX + 64];
	const char *extra[] = { "--http", "127.0.0.1:0", "--worker-bin",
	    th_bin(wbin, sizeof(wbin), "faults/quarry-worker"),
	    "--max-attempts", "1", NULL };
	static const struct {
		const char *id, *source, *body;
	} arts[] = {
		{ "s-1", "example.com", "\"We will win,\" Jane Holt said." },
		{ "s-2", "example.com", "\"Not today,\" he said on Monday." },
		{ "s-3", "example.com", "Nothing said." },
		{ "s-4", "news.test", "\"Later,\" she said." },
		{ "s-5", "news.test", "On 5 May 2016 it rained." },
		{ "s-6", "bad.test", "QUARRY-FAULT:crash" },
	};
	struct th_daemon d;
	struct th_result r;
	struct ack ack;
	struct stat st;
	void *ctx, *sub, *prod;
	json_t *stats;
	unsigned port;
	size_t i;
	int n, got;

	if (access("/usr/bin/chromium", X_OK) == -1)
		cr_assert_fail("/usr/bin/chromium is missing: `make deps` "
		    "installs Debian's chromium");
	th_daemon_start(&d, 2, extra);
	port = st_port(&d);
	st_wait(port, "workers", "connected", 2);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	/* One at a time: a crash is blamed on the job under way, and
	 * with --max-attempts 1 a queue-mate would die with the poison. */
	for (i = 0, got = 0; i < sizeof(arts) / sizeof(arts[0]); i++) {
		th_submit(prod, arts[i].id, arts[i].body, arts[i].source,
		    "2016-05-01");
		cr_assert_eq(th_recv_ack(prod, &ack, idbuf, sizeof(idbuf),
		    NULL, 0, TH_WAIT_MS), 0);
		cr_assert_eq(ack.status, ACK_ACCEPTED);
		cr_assert_eq(th_recv_result(sub, &r, TH_WAIT_MS), 0,
		    "%zu of 6 published; log:\n%s", i, th_daemon_log(&d));
		cr_assert_str_eq(r.id, arts[i].id);
		got += r.dead;
	}
	cr_assert_eq(got, 1, "one dead letter; log:\n%s", th_daemon_log(&d));
	/* Still, so the page and /stats agree: the crashed worker back. */
	st_wait(port, "workers", "connected", 2);
	st_wait(port, "queue", "in_flight", 0);
	/* The chart draws rates between the history's first sample, at
	 * uptime 0, and "now": /stats counts uptime in whole seconds, so
	 * on an idle machine the run above ends inside the first second
	 * and there is no rate yet (review F8). */
	st_wait_uptime(port, 1);

	snprintf(udd, sizeof(udd), "%s/chromium", d.dir);
	snprintf(flag, sizeof(flag), "--user-data-dir=%s", udd);
	snprintf(url, sizeof(url), "http://127.0.0.1:%u/", port);
	{
		/* The first refresh is at load; the budget lets its fetch
		 * finish (virtual time waits for the network). */
		char *argv[] = { (char *)"/usr/bin/chromium",
		    (char *)"--headless", (char *)"--no-sandbox",
		    (char *)"--disable-gpu", (char *)"--no-first-run",
		    (char *)"--disable-dev-shm-usage", flag,
		    (char *)"--virtual-time-budget=1500",
		    (char *)"--dump-dom", url, NULL };

		cr_assert_eq(th_run(argv, st_out, sizeof(st_out),
		    ST_BROWSER_MS), 0, "chromium: %.2000s", st_out);
	}
	cr_assert(strstr(st_out, "id=\"state\" class=\"serving\">serving<")
	    != NULL, "the page did not draw /stats:\n%.3000s", st_out);
	{
		char *dom = strdup(st_out);

		stats = st_stats(port);
		n = st_compare(dom, stats);
		/* The tiles, the workers' header, two workers' and three
		 * sources' rows. */
		cr_assert_geq(n, 16 + 2 * 2 + 3 * 3, "only %d figures", n);
		cr_assert(strstr(dom, ">example.com<") != NULL);
		cr_assert(strstr(dom, ">bad.test<") != NULL);
		cr_assert(strstr(dom, ">s-6<") != NULL, "no dead letter row");
		cr_assert(strstr(dom, "signal") != NULL, "no reason shown");
		cr_assert(strstr(dom, "<polyline") != NULL, "no chart");
		json_decref(stats);
		free(dom);
	}
	snprintf(shot, sizeof(shot), "%s/status-page.png", d.dir);
	snprintf(shotflag, sizeof(shotflag), "--screenshot=%s", shot);
	{
		char *argv[] = { (char *)"/usr/bin/chromium",
		    (char *)"--headless", (char *)"--no-sandbox",
		    (char *)"--disable-gpu", (char *)"--no-first-run",
		    (char *)"--disable-dev-shm-usage", flag,
		    (char *)"--hide-scrollbars", (char *)"--window-size=1280,1000",
		    (char *)"--virtual-time-budget=1500", shotflag, url, NULL };

		cr_assert_eq(th_run(argv, st_out, sizeof(st_out),
		    ST_BROWSER_MS), 0, "chromium: %.2000s", st_out);
	}
	cr_assert(stat(shot, &st) == 0, "no screenshot");
	cr_assert_gt(st.st_size, 20000, "a screenshot of %lld bytes is "
	    "blank", (long long)st.st_size);
	{
		size_t len;
		char *png = st_read_file(shot, &len);
		FILE *f;

		cr_assert(memcmp(png, "\x89PNG", 4) == 0);
		snprintf(keep, sizeof(keep), "%s/status-page.png", th_build());
		if ((f = fopen(keep, "wb")) != NULL) {
			fwrite(png, 1, len, f);
			fclose(f);
		}
		free(png);
	}
	zmq_close(sub);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	cr_assert_eq(WEXITSTATUS(th_daemon_stop(&d)), 0);
	th_rmtree(d.dir);
}
