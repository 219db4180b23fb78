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
	cr_assert_eq(nf, 18);
	cr_assert_eq(promcheck_value(text,
	    "quarry_articles_total{status=\"accepted\"}"), 7);
	cr_assert_eq(promcheck_value(text,
	    "quarry_articles_total{status=\"rejected\"}"), 3);
	cr_assert_eq(promcheck_value(text, "quarry_queue_depth"), 9);
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
