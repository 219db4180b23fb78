/*
 * stats.c — quarryd's counters and latency histogram, rendered for
 * Prometheus (text exposition format 0.0.4) and as JSON.
 *
 * Metric names follow Prometheus' conventions: a quarry_ prefix, base
 * units (seconds, bytes), _total on counters.  Rendering reads plain
 * integers: the broker is one thread and so is the HTTP server on its loop.
 */
#include <inttypes.h>
#include <string.h>

#include "stats.h"
#include "util.h"

static const uint64_t stats_bounds[STATS_LATENCY_BUCKETS] =
    STATS_LATENCY_BOUNDS_US;

void
stats_init(struct stats *s)
{
	memset(s, 0, sizeof(*s));
	s->started_us = now_us();
}

uint64_t
stats_latency_bound(size_t i)
{
	return i < STATS_LATENCY_BUCKETS ? stats_bounds[i] : UINT64_MAX;
}

void
stats_latency(struct stats *s, uint64_t us)
{
	size_t i;

	/* Sixteen bounds: a linear scan is as fast as anything. */
	for (i = 0; i < STATS_LATENCY_BUCKETS && us > stats_bounds[i]; i++)
		continue;
	s->latency[i]++;
	s->latency_count++;
	s->latency_sum_us += us;
}

/* "# HELP", "# TYPE" and one unlabelled sample. */
static int
stats_prom_one(struct evbuffer *b, const char *name, const char *type,
    const char *help, uint64_t v)
{
	return evbuffer_add_printf(b, "# HELP %s %s\n# TYPE %s %s\n%s %" PRIu64
	    "\n", name, help, name, type, name, v) < 0 ? -1 : 0;
}

int
stats_prometheus(const struct stats *s, const struct stats_gauges *g,
    struct evbuffer *b)
{
	static const char *const st[] = { "accepted", "duplicate", "busy",
	    "rejected" };
	const uint64_t acks[] = { s->accepted, s->duplicate, s->busy,
	    s->rejected };
	const char *h = "quarry_extraction_duration_seconds";
	uint64_t cum = 0;
	size_t i;
	int rc = 0;

	rc |= evbuffer_add_printf(b, "# HELP quarry_articles_total Articles "
	    "received on ingest, by the status of their ack.\n"
	    "# TYPE quarry_articles_total counter\n") < 0;
	for (i = 0; i < sizeof(st) / sizeof(st[0]); i++)
		rc |= evbuffer_add_printf(b, "quarry_articles_total{status="
		    "\"%s\"} %" PRIu64 "\n", st[i], acks[i]) < 0;
	rc |= stats_prom_one(b, "quarry_queue_depth", "gauge",
	    "Accepted articles waiting for a worker.", g->queued);
	rc |= stats_prom_one(b, "quarry_queue_capacity", "gauge",
	    "Queued articles beyond which submissions are answered busy.",
	    g->queue_max);
	rc |= stats_prom_one(b, "quarry_queue_bytes", "gauge",
	    "Bytes held by the queued articles (frames and bookkeeping).",
	    g->queue_bytes);
	rc |= stats_prom_one(b, "quarry_queue_capacity_bytes", "gauge",
	    "Queued bytes beyond which submissions are answered busy.",
	    g->queue_max_bytes);
	rc |= stats_prom_one(b, "quarry_in_flight", "gauge",
	    "Articles held by workers.", g->inflight);
	rc |= stats_prom_one(b, "quarry_results_total", "counter",
	    "Results published.", s->results);
	rc |= stats_prom_one(b, "quarry_dead_letters_total", "counter",
	    "Dead letters published (articles that exhausted their "
	    "attempts).", s->dead);
	rc |= stats_prom_one(b, "quarry_redeliveries_total", "counter",
	    "Jobs put back in the queue after a failed attempt.",
	    s->redeliveries);
	rc |= stats_prom_one(b, "quarry_worker_restarts_total", "counter",
	    "Local worker processes restarted after they ended.",
	    g->worker_restarts);
	rc |= stats_prom_one(b, "quarry_workers_lost_total", "counter",
	    "Worker registrations that ended (exit, silence, timeout, "
	    "protocol error).", s->workers_lost);
	rc |= stats_prom_one(b, "quarry_workers_connected", "gauge",
	    "Workers registered with the broker, local and remote.",
	    g->workers);
	rc |= stats_prom_one(b, "quarry_workers_configured", "gauge",
	    "Local worker processes the supervisor keeps running.",
	    (uint64_t)(g->workers_configured > 0 ? g->workers_configured : 0));
	rc |= stats_prom_one(b, "quarry_ingest_bytes_total", "counter",
	    "Bytes of article frames received on ingest.", s->bytes_in);
	rc |= stats_prom_one(b, "quarry_published_bytes_total", "counter",
	    "Bytes of results and dead letters published (topic and "
	    "payload).", s->bytes_out);
	rc |= stats_prom_one(b, "quarry_draining", "gauge",
	    "1 while a SIGTERM drain is under way.", g->draining != 0);
	if (g->spool) {
		rc |= stats_prom_one(b, "quarry_spool_segments", "gauge",
		    "Segment files of the spool.", g->spool_segments);
		rc |= stats_prom_one(b, "quarry_spool_bytes", "gauge",
		    "Bytes of the spool's segment files.", g->spool_bytes);
		rc |= stats_prom_one(b, "quarry_spool_unfinished", "gauge",
		    "Spooled articles without a completion.",
		    g->spool_unfinished);
		rc |= stats_prom_one(b, "quarry_spool_replay_pending",
		    "gauge", "Unfinished articles found at start still "
		    "waiting on disk for room in the queue.",
		    g->spool_replay_left);
		rc |= stats_prom_one(b, "quarry_spool_writable", "gauge",
		    "0 while the spool cannot write (a full disk): "
		    "submissions are answered busy.", !g->spool_failing);
		rc |= stats_prom_one(b, "quarry_spool_write_errors_total",
		    "counter", "Spool writes that failed (appends and "
		    "completions).", g->spool_write_errors);
		rc |= stats_prom_one(b, "quarry_spool_enospc_total",
		    "counter", "Spool writes that failed for want of space "
		    "(ENOSPC, EDQUOT).", g->spool_enospc);
		rc |= stats_prom_one(b, "quarry_spool_fsync_failures_total",
		    "counter", "fdatasync failures (each is fatal: seen only "
		    "in the last scrape before an exit).",
		    g->spool_fsync_failures);
	}
	rc |= stats_prom_one(b, "quarry_uptime_seconds", "gauge",
	    "Seconds since quarryd started.",
	    (now_us() - s->started_us) / 1000000);
	rc |= evbuffer_add_printf(b, "# HELP %s Time a worker spent "
	    "extracting one article.\n# TYPE %s histogram\n", h, h) < 0;
	for (i = 0; i <= STATS_LATENCY_BUCKETS; i++) {
		cum += s->latency[i];
		if (i < STATS_LATENCY_BUCKETS)
			rc |= evbuffer_add_printf(b, "%s_bucket{le=\"%g\"} %"
			    PRIu64 "\n", h, (double)stats_bounds[i] / 1e6,
			    cum) < 0;
		else
			rc |= evbuffer_add_printf(b, "%s_bucket{le=\"+Inf\"} "
			    "%" PRIu64 "\n", h, cum) < 0;
	}
	rc |= evbuffer_add_printf(b, "%s_sum %" PRIu64 ".%06" PRIu64 "\n"
	    "%s_count %" PRIu64 "\n", h, s->latency_sum_us / 1000000,
	    s->latency_sum_us % 1000000, h, s->latency_count) < 0;
	return rc ? -1 : 0;
}

int
stats_json(const struct stats *s, const struct stats_gauges *g,
    struct evbuffer *b)
{
	uint64_t cum = 0;
	size_t i;
	int rc = 0;

	rc |= evbuffer_add_printf(b, "{\n"
	    "  \"version\": \"%s\",\n"
	    "  \"uptime_s\": %" PRIu64 ",\n"
	    "  \"ready\": %s,\n"
	    "  \"draining\": %s,\n"
	    "  \"articles\": {\"accepted\": %" PRIu64 ", \"duplicate\": %"
	    PRIu64 ", \"busy\": %" PRIu64 ", \"rejected\": %" PRIu64 "},\n"
	    "  \"queue\": {\"depth\": %zu, \"capacity\": %zu, "
	    "\"bytes\": %zu, \"capacity_bytes\": %zu, "
	    "\"in_flight\": %zu},\n"
	    "  \"results\": %" PRIu64 ",\n"
	    "  \"dead_letters\": %" PRIu64 ",\n"
	    "  \"redeliveries\": %" PRIu64 ",\n"
	    "  \"workers\": {\"connected\": %zu, \"configured\": %d, "
	    "\"restarts\": %lu, \"lost\": %" PRIu64 "},\n"
	    "  \"bytes\": {\"in\": %" PRIu64 ", \"out\": %" PRIu64 "},\n"
	    "  \"spool\": {\"on\": %s, \"writable\": %s, \"segments\": %zu, "
	    "\"bytes\": %" PRIu64 ", \"unfinished\": %zu, "
	    "\"replay_pending\": %zu, \"write_errors\": %" PRIu64 ", "
	    "\"enospc\": %" PRIu64 ", \"fsync_failures\": %" PRIu64 "},\n",
	    QUARRY_VERSION, (now_us() - s->started_us) / 1000000,
	    g->ready ? "true" : "false", g->draining ? "true" : "false",
	    s->accepted, s->duplicate, s->busy, s->rejected,
	    g->queued, g->queue_max, g->queue_bytes, g->queue_max_bytes,
	    g->inflight, s->results, s->dead,
	    s->redeliveries, g->workers, g->workers_configured,
	    g->worker_restarts, s->workers_lost, s->bytes_in,
	    s->bytes_out, g->spool ? "true" : "false",
	    g->spool_failing ? "false" : "true", g->spool_segments,
	    g->spool_bytes, g->spool_unfinished, g->spool_replay_left,
	    g->spool_write_errors, g->spool_enospc,
	    g->spool_fsync_failures) < 0;
	/* Cumulative, like the Prometheus buckets: [bound_us, count]. */
	rc |= evbuffer_add_printf(b, "  \"extraction_us\": {\"count\": %"
	    PRIu64 ", \"sum\": %" PRIu64 ", \"buckets\": [",
	    s->latency_count, s->latency_sum_us) < 0;
	for (i = 0; i < STATS_LATENCY_BUCKETS; i++) {
		cum += s->latency[i];
		rc |= evbuffer_add_printf(b, "%s[%" PRIu64 ", %" PRIu64 "]",
		    i ? ", " : "", stats_bounds[i], cum) < 0;
	}
	rc |= evbuffer_add_printf(b, "]}\n}\n") < 0;
	return rc ? -1 : 0;
}
