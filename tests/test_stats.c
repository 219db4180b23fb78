/*
 * test_stats.c — quarryd's counters and histogram, their Prometheus and
 * JSON renderings, and the strict exposition checker the e2e tests use.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <event2/buffer.h>
#include <jansson.h>

#include <criterion/criterion.h>

#include "promcheck.h"
#include "stats.h"

/* The rendering as a NUL-terminated string (caller frees). */
static char *
stats_test_render(const struct stats *s, const struct stats_gauges *g,
    int prometheus)
{
	struct evbuffer *b = evbuffer_new();
	size_t n;
	char *out;

	cr_assert(b != NULL);
	cr_assert_eq(prometheus ? stats_prometheus(s, g, b) :
	    stats_json(s, g, b), 0);
	n = evbuffer_get_length(b);
	out = malloc(n + 1);
	cr_assert(out != NULL);
	evbuffer_remove(b, out, n);
	out[n] = '\0';
	evbuffer_free(b);
	return out;
}

static void
stats_test_fill(struct stats *s, struct stats_gauges *g)
{
	stats_init(s);
	s->accepted = 7;
	s->duplicate = 1;
	s->busy = 2;
	s->rejected = 3;
	s->results = 5;
	s->dead = 1;
	s->redeliveries = 4;
	s->workers_lost = 2;
	s->bytes_in = 12345;
	s->bytes_out = 678;
	stats_latency(s, 50);		/* first bucket */
	stats_latency(s, 100);		/* on a bound: still le 0.0001 */
	stats_latency(s, 101);		/* le 0.00025 */
	stats_latency(s, 3000);		/* le 0.005 */
	stats_latency(s, 20000000);	/* past the last: +Inf only */
	memset(g, 0, sizeof(*g));
	g->queued = 9;
	g->queue_max = 100;
	g->queue_bytes = 4096;
	g->queue_max_bytes = 1 << 20;
	g->connections = 5;
	g->connections_budget = 900;
	g->connections_refused = 2;
	g->results.held_bytes = 70000;
	g->results.max_bytes = 65536;
	g->results.slow_closed = 3;
	g->results.queue_full = 4;
	g->results.subs_refused = 5;
	g->results.subs_closed = 6;
	g->inflight = 2;
	g->workers = 3;
	g->workers_configured = 4;
	g->worker_restarts = 6;
	g->ready = 1;
}

Test(stats, latency_buckets_hold_their_upper_bound)
{
	struct stats s;
	size_t i;

	stats_init(&s);
	for (i = 0; i < STATS_LATENCY_BUCKETS; i++) {
		stats_latency(&s, stats_latency_bound(i));
		cr_assert_eq(s.latency[i], 1, "bound %zu", i);
		if (i > 0)
			cr_assert_gt(stats_latency_bound(i),
			    stats_latency_bound(i - 1));
	}
	stats_latency(&s, stats_latency_bound(STATS_LATENCY_BUCKETS - 1) + 1);
	cr_assert_eq(s.latency[STATS_LATENCY_BUCKETS], 1);
	cr_assert_eq(s.latency_count, STATS_LATENCY_BUCKETS + 1);
}

/* With a spool, its figures (issue 12, item 5). */
Test(stats, spool_figures_with_a_spool)
{
	struct stats s;
	struct stats_gauges g;
	char err[256], *text;
	size_t nf = 0;

	stats_test_fill(&s, &g);
	g.spool = 1;
	g.spool_failing = 1;
	g.spool_segments = 2;
	g.spool_bytes = 5000;
	g.spool_enospc = 4;
	g.dedup_ids = 11;
	text = stats_test_render(&s, &g, 1);
	cr_assert_eq(promcheck(text, &nf, err, sizeof(err)), 0, "%s\n%s", err,
	    text);
	cr_assert_eq(nf, 44);
	cr_assert_eq(promcheck_value(text, "quarry_spool_writable"), 0);
	cr_assert_eq(promcheck_value(text, "quarry_spool_segments"), 2);
	cr_assert_eq(promcheck_value(text, "quarry_spool_bytes"), 5000);
	cr_assert_eq(promcheck_value(text, "quarry_spool_enospc_total"), 4);
	cr_assert_eq(promcheck_value(text, "quarry_dedup_ids"), 11);
	free(text);
	text = stats_test_render(&s, &g, 0);
	cr_assert(strstr(text, "\"writable\": false") != NULL, "%s", text);
	free(text);
}

Test(stats, prometheus_is_strict_exposition_format)
{
	struct stats s;
	struct stats_gauges g;
	char err[256], *text;
	size_t nf = 0;

	stats_test_fill(&s, &g);
	text = stats_test_render(&s, &g, 1);
	cr_assert_eq(promcheck(text, &nf, err, sizeof(err)), 0, "%s\n%s", err,
	    text);
	/* 24 with build_info, retired, per worker and source; the
	 * duplicate window's 3; the connections' 3; the results socket's
	 * 6 (the spool's 8 only with a spool: below). */
	cr_assert_eq(nf, 36);
	cr_assert_eq(promcheck_value(text,
	    "quarry_articles_total{status=\"accepted\"}"), 7);
	cr_assert_eq(promcheck_value(text,
	    "quarry_articles_total{status=\"rejected\"}"), 3);
	cr_assert_eq(promcheck_value(text, "quarry_queue_depth"), 9);
	cr_assert_eq(promcheck_value(text, "quarry_results_held_bytes"),
	    70000);
	cr_assert_eq(promcheck_value(text, "quarry_results_capacity_bytes"),
	    65536);
	cr_assert_eq(promcheck_value(text,
	    "quarry_results_slow_subscribers_total"), 3);
	cr_assert_eq(promcheck_value(text,
	    "quarry_results_queue_full_total"), 4);
	cr_assert_eq(promcheck_value(text,
	    "quarry_subscriptions_refused_total"), 5);
	cr_assert_eq(promcheck_value(text,
	    "quarry_subscribers_closed_total"), 6);
	cr_assert_eq(promcheck_value(text, "quarry_queue_bytes"), 4096);
	cr_assert_eq(promcheck_value(text, "quarry_queue_capacity_bytes"),
	    1 << 20);
	cr_assert_eq(promcheck_value(text, "quarry_in_flight"), 2);
	cr_assert_eq(promcheck_value(text, "quarry_dead_letters_total"), 1);
	cr_assert_eq(promcheck_value(text, "quarry_worker_restarts_total"), 6);
	cr_assert_eq(promcheck_value(text, "quarry_ingest_bytes_total"),
	    12345);
	/* Cumulative buckets, the +Inf one equal to _count. */
	cr_assert_eq(promcheck_value(text,
	    "quarry_extraction_duration_seconds_bucket{le=\"0.0001\"}"), 2);
	cr_assert_eq(promcheck_value(text,
	    "quarry_extraction_duration_seconds_bucket{le=\"0.00025\"}"), 3);
	cr_assert_eq(promcheck_value(text,
	    "quarry_extraction_duration_seconds_bucket{le=\"0.005\"}"), 4);
	cr_assert_eq(promcheck_value(text,
	    "quarry_extraction_duration_seconds_bucket{le=\"10\"}"), 4);
	cr_assert_eq(promcheck_value(text,
	    "quarry_extraction_duration_seconds_bucket{le=\"+Inf\"}"), 5);
	cr_assert_eq(promcheck_value(text,
	    "quarry_extraction_duration_seconds_count"), 5);
	cr_assert_float_eq(promcheck_value(text,
	    "quarry_extraction_duration_seconds_sum"), 20.003251, 1e-9);
	free(text);
}

Test(stats, json_carries_the_same_figures)
{
	struct stats s;
	struct stats_gauges g;
	json_error_t jerr;
	json_t *root, *buckets;
	char *text;

	stats_test_fill(&s, &g);
	text = stats_test_render(&s, &g, 0);
	root = json_loads(text, 0, &jerr);
	cr_assert(root != NULL, "%s: %s", jerr.text, text);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(root,
	    "articles"), "busy")), 2);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(root,
	    "queue"), "capacity")), 100);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(root,
	    "workers"), "connected")), 3);
	cr_assert(json_is_true(json_object_get(root, "ready")));
	cr_assert(json_is_false(json_object_get(root, "draining")));
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(root,
	    "subscribers"), "held_bytes")), 70000);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(root,
	    "subscribers"), "closed_slow")), 3);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(root,
	    "subscribers"), "closed_for_subscriptions")), 6);
	buckets = json_object_get(json_object_get(root, "extraction_us"),
	    "buckets");
	cr_assert_eq(json_array_size(buckets), STATS_LATENCY_BUCKETS);
	cr_assert_eq(json_integer_value(json_array_get(json_array_get(buckets,
	    2), 1)), 3);
	json_decref(root);
	free(text);
}

/* The checker must be able to fail, or the e2e scrape proves nothing. */
Test(stats, promcheck_rejects_what_prometheus_would)
{
	static const char *const bad[] = {
		"x 1\n",					/* no TYPE */
		"# HELP x h\n# TYPE x gauge\nx 1",		/* no newline */
		"# HELP 1x h\n# TYPE 1x gauge\n1x 1\n",		/* name */
		"# HELP x h\n# TYPE x counter\nx 1\n",		/* _total */
		"# HELP x h\n# TYPE x gauge\nx one\n",		/* value */
		"# HELP x h\n# TYPE x gauge\nx{a=b} 1\n",	/* quotes */
		"# HELP x h\n# TYPE x gauge\nx{a=\"\\q\"} 1\n",	/* escape */
		"# HELP h h\n# TYPE h histogram\nh_bucket{le=\"1\"} 2\n"
		    "h_bucket{le=\"2\"} 1\nh_bucket{le=\"+Inf\"} 2\n"
		    "h_sum 1\nh_count 2\n",			/* not cumul. */
		"# HELP h h\n# TYPE h histogram\nh_bucket{le=\"1\"} 2\n"
		    "h_sum 1\nh_count 2\n",			/* no +Inf */
		"# HELP h h\n# TYPE h histogram\nh_bucket{le=\"1\"} 2\n"
		    "h_bucket{le=\"+Inf\"} 3\nh_sum 1\nh_count 2\n", /* count */
	};
	char err[256];
	size_t i, nf;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		cr_assert_eq(promcheck(bad[i], &nf, err, sizeof(err)), -1,
		    "accepted case %zu", i);
	cr_assert_eq(promcheck("# HELP h h\n# TYPE h histogram\n"
	    "h_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 3\nh_sum 1.5\n"
	    "h_count 3\n", &nf, err, sizeof(err)), 0, "%s", err);
}

/* Sources: counted by name up to STATS_SOURCES_MAX, the rest together;
 * hostile names stay valid JSON and valid exposition format. */
Test(stats, sources_are_bounded_and_escaped)
{
	struct stats s;
	struct stats_gauges g;
	char name[32], *text;
	json_t *doc, *list, *last;
	size_t i, nf;
	char err[256];
	static const char evil[] = "a\"b\\c\nd\x01";

	stats_init(&s);
	memset(&g, 0, sizeof(g));
	for (i = 0; i < STATS_SOURCES_MAX + 10; i++) {
		snprintf(name, sizeof(name), "site-%zu", i);
		stats_source(&s, name, strlen(name), STATS_ACCEPTED);
		stats_source(&s, name, strlen(name), STATS_RESULT);
	}
	stats_source(&s, "site-0", 6, STATS_DEAD);
	stats_source(&s, evil, sizeof(evil) - 1, STATS_ACCEPTED);
	cr_assert_eq(s.nsources, STATS_SOURCES_MAX + 1);
	text = stats_test_render(&s, &g, 0);
	doc = json_loads(text, 0, NULL);
	cr_assert(doc != NULL, "%s", text);
	list = json_object_get(doc, "sources");
	cr_assert_eq(json_array_size(list), STATS_SOURCES_MAX + 1);
	last = json_array_get(list, STATS_SOURCES_MAX);
	cr_assert_str_eq(json_string_value(json_object_get(last, "source")),
	    STATS_SOURCE_OTHER);
	cr_assert_eq(json_integer_value(json_object_get(last, "accepted")),
	    11, "10 late names and the hostile one");
	cr_assert_eq(json_integer_value(json_object_get(json_array_get(list,
	    0), "dead")), 1);
	json_decref(doc);
	free(text);
	text = stats_test_render(&s, &g, 1);
	cr_assert_eq(promcheck(text, &nf, err, sizeof(err)), 0, "%s", err);
	cr_assert_eq(promcheck_value(text, "quarry_source_articles_total"
	    "{source=\"site-3\",outcome=\"result\"}"), 1);
	free(text);

	/* A hostile name that made it in early is escaped in both. */
	stats_init(&s);
	stats_source(&s, evil, sizeof(evil) - 1, STATS_ACCEPTED);
	text = stats_test_render(&s, &g, 0);
	doc = json_loads(text, 0, NULL);
	cr_assert(doc != NULL, "%s", text);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(
	    json_object_get(doc, "sources"), 0), "source")), evil);
	json_decref(doc);
	free(text);
	text = stats_test_render(&s, &g, 1);
	cr_assert_eq(promcheck(text, &nf, err, sizeof(err)), 0, "%s\n%s", err,
	    text);
	free(text);
}

Test(stats, dead_letters_history_and_workers)
{
	struct stats s;
	struct stats_gauges g;
	char id[32], *text;
	json_t *doc, *dead, *hist, *w;
	uint64_t t;
	size_t i;

	stats_init(&s);
	memset(&g, 0, sizeof(g));
	for (i = 0; i < STATS_DEAD_RECENT + 3; i++) {
		snprintf(id, sizeof(id), "d-%zu", i);
		stats_dead_letter(&s, id, strlen(id), "src", 3, "worker x: "
		    "timed out", 3);
	}
	t = s.started_us;
	for (i = 0; i < STATS_HISTORY + 5; i++) {
		s.accepted = i;
		stats_tick(&s, t + i * STATS_HISTORY_US);
		stats_tick(&s, t + i * STATS_HISTORY_US + 1);	/* too soon */
	}
	g.nwl = 1;
	snprintf(g.wl[0].name, sizeof(g.wl[0].name), "local-0");
	g.wl[0].pid = 42;
	g.wl[0].local = 1;
	g.wl[0].state = "busy";
	g.wl[0].jobs = 2;
	g.wl[0].done = 7;
	g.wl[0].restarts = 1;
	text = stats_test_render(&s, &g, 0);
	doc = json_loads(text, 0, NULL);
	cr_assert(doc != NULL, "%s", text);
	dead = json_object_get(doc, "dead_recent");
	cr_assert_eq(json_array_size(dead), STATS_DEAD_RECENT);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(
	    dead, 0), "id")), "d-18", "newest first");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(
	    dead, 0), "reason")), "worker x: timed out");
	hist = json_object_get(json_object_get(doc, "history"), "samples");
	cr_assert_eq(json_array_size(hist), STATS_HISTORY);
	cr_assert_eq(json_integer_value(json_array_get(json_array_get(hist,
	    STATS_HISTORY - 1), 1)), STATS_HISTORY + 4, "oldest first");
	cr_assert_eq(json_integer_value(json_array_get(json_array_get(hist,
	    0), 1)), 5);
	w = json_array_get(json_object_get(doc, "worker_list"), 0);
	cr_assert_str_eq(json_string_value(json_object_get(w, "state")),
	    "busy");
	cr_assert_eq(json_integer_value(json_object_get(w, "restarts")), 1);
	json_decref(doc);
	free(text);
}
