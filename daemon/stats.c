/*
 * stats.c — quarryd's counters and latency histogram, rendered for
 * Prometheus (text exposition format 0.0.4) and as JSON.
 *
 * Metric names follow Prometheus' conventions: a quarry_ prefix, base
 * units (seconds, bytes), _total on counters.  Rendering reads plain
 * integers: the broker is one thread and so is the HTTP server on its loop.
 */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

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

/* Copy at most max bytes of src, cut at a UTF-8 character boundary. */
static void
stats_copy(char *dst, size_t max, const char *src, size_t len)
{
	if (len > max) {
		len = max;
		while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
			len--;
	}
	memcpy(dst, src, len);
	dst[len] = '\0';
}

void
stats_source(struct stats *s, const char *src, size_t len,
    enum stats_outcome what)
{
	char name[STATS_SOURCE_LEN + 1];
	size_t i;

	stats_copy(name, STATS_SOURCE_LEN, src != NULL ? src : "",
	    src != NULL ? len : 0);
	/* Sixty-four short names: a scan costs less than hashing. */
	for (i = 0; i < s->nsources; i++)
		if (strcmp(s->sources[i].name, name) == 0)
			break;
	if (i == s->nsources) {
		if (s->nsources < STATS_SOURCES_MAX)
			s->nsources++;
		else {
			/* Full: the extra slot is "(other)". */
			i = STATS_SOURCES_MAX;
			if (s->nsources == STATS_SOURCES_MAX) {
				s->nsources++;
				snprintf(s->sources[i].name,
				    sizeof(s->sources[i].name), "%s",
				    STATS_SOURCE_OTHER);
			}
		}
		if (i < STATS_SOURCES_MAX)
			memcpy(s->sources[i].name, name, sizeof(name));
	}
	s->sources[i].n[what]++;
}

void
stats_dead_letter(struct stats *s, const char *id, size_t idlen,
    const char *src, size_t srclen, const char *why, uint32_t attempts)
{
	struct stats_dead *d = &s->dead_recent[s->dead_next];

	d->at_s = (uint64_t)time(NULL);
	d->attempts = attempts;
	stats_copy(d->id, STATS_DEAD_ID_LEN, id, idlen);
	stats_copy(d->source, STATS_SOURCE_LEN, src != NULL ? src : "",
	    src != NULL ? srclen : 0);
	stats_copy(d->why, STATS_DEAD_WHY_LEN, why, strlen(why));
	s->dead_next = (s->dead_next + 1) % STATS_DEAD_RECENT;
	if (s->dead_n < STATS_DEAD_RECENT)
		s->dead_n++;
}

void
stats_tick(struct stats *s, uint64_t now)
{
	struct stats_sample *h;

	if (s->hist_n > 0 && now - s->hist_at_us < STATS_HISTORY_US)
		return;
	s->hist_at_us = now;
	h = &s->history[s->hist_next];
	h->uptime_s = (now - s->started_us) / 1000000;
	h->accepted = s->accepted;
	h->results = s->results;
	h->dead = s->dead;
	s->hist_next = (s->hist_next + 1) % STATS_HISTORY;
	if (s->hist_n < STATS_HISTORY)
		s->hist_n++;
}

/* Text for a JSON string or a Prometheus label value: ", \ and control
 * characters escaped (both formats read \" \\ \n alike; JSON takes
 * \u00XX for the rest, and labels never see those: they become '?'). */
static int
stats_escape(struct evbuffer *b, const char *t, int json)
{
	const unsigned char *p;
	int rc = 0;

	for (p = (const unsigned char *)t; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			rc |= evbuffer_add_printf(b, "\\%c", *p) < 0;
		else if (*p == '\n')
			rc |= evbuffer_add(b, "\\n", 2);
		else if (*p < 0x20 || *p == 0x7f)
			rc |= json ? evbuffer_add_printf(b, "\\u%04x", *p) < 0 :
			    evbuffer_add(b, "?", 1);
		else
			rc |= evbuffer_add(b, p, 1);
	}
	return rc ? -1 : 0;
}

/*
 * The unlabelled metrics of /metrics, one row each, in the order they are
 * rendered: name, type, help, and where the value lives.  A value is a
 * field of struct stats or struct stats_gauges read as its C type says
 * (STATS_U64, STATS_SIZE, STATS_INT for an int kept at 0 or more,
 * STATS_FLAG for 0/1 of an int, STATS_NOT_FLAG for its negation), or one
 * of the two values computed at rendering (STATS_UPTIME, STATS_SINK_UP).
 * STATS_IN_SPOOL rows appear only with the spool on, STATS_IN_SINK rows
 * only with the sink, after the labelled families.
 */
enum stats_from { STATS_S, STATS_G };
enum stats_kind { STATS_U64, STATS_SIZE, STATS_INT, STATS_FLAG,
	STATS_NOT_FLAG, STATS_UPTIME, STATS_SINK_UP };
enum stats_when { STATS_ALWAYS, STATS_IN_SPOOL, STATS_IN_SINK };

struct stats_metric {
	const char	*name, *type, *help;
	enum stats_from	 from;
	enum stats_kind	 kind;
	size_t		 off;
	enum stats_when	 when;
};

#define S_(f, k)	STATS_S, k, offsetof(struct stats, f)
#define G_(f, k)	STATS_G, k, offsetof(struct stats_gauges, f)
#define CALC(k)		STATS_S, k, 0

static const struct stats_metric stats_metrics[] = {
	{ "quarry_queue_depth", "gauge",
	  "Accepted articles waiting for a worker.",
	  G_(queued, STATS_SIZE), STATS_ALWAYS },
	{ "quarry_queue_capacity", "gauge",
	  "Queued articles beyond which submissions are answered busy.",
	  G_(queue_max, STATS_SIZE), STATS_ALWAYS },
	{ "quarry_queue_bytes", "gauge",
	  "Bytes held by the queued articles (frames and bookkeeping).",
	  G_(queue_bytes, STATS_SIZE), STATS_ALWAYS },
	{ "quarry_queue_capacity_bytes", "gauge",
	  "Queued bytes beyond which submissions are answered busy.",
	  G_(queue_max_bytes, STATS_SIZE), STATS_ALWAYS },
	{ "quarry_connections", "gauge",
	  "TCP connections on the ingest, results and workers endpoints.",
	  G_(connections, STATS_SIZE), STATS_ALWAYS },
	{ "quarry_connections_budget", "gauge",
	  "TCP connections beyond which new ones are shut down (the "
	  "descriptor limit less a reserve).",
	  G_(connections_budget, STATS_SIZE), STATS_ALWAYS },
	{ "quarry_connections_refused_total", "counter",
	  "TCP connections shut down because the budget was full.",
	  G_(connections_refused, STATS_U64), STATS_ALWAYS },
	{ "quarry_in_flight", "gauge",
	  "Articles held by workers.",
	  G_(inflight, STATS_SIZE), STATS_ALWAYS },
	{ "quarry_results_total", "counter",
	  "Results published.",
	  S_(results, STATS_U64), STATS_ALWAYS },
	{ "quarry_dead_letters_total", "counter",
	  "Dead letters published (articles that exhausted their "
	  "attempts).",
	  S_(dead, STATS_U64), STATS_ALWAYS },
	{ "quarry_redeliveries_total", "counter",
	  "Jobs put back in the queue after a failed attempt.",
	  S_(redeliveries, STATS_U64), STATS_ALWAYS },
	{ "quarry_worker_restarts_total", "counter",
	  "Local worker processes restarted after they ended.",
	  G_(worker_restarts, STATS_U64), STATS_ALWAYS },
	{ "quarry_workers_lost_total", "counter",
	  "Worker registrations that ended (exit, silence, timeout, "
	  "protocol error).",
	  S_(workers_lost, STATS_U64), STATS_ALWAYS },
	{ "quarry_workers_connected", "gauge",
	  "Workers registered with the broker, local and remote.",
	  G_(workers, STATS_SIZE), STATS_ALWAYS },
	{ "quarry_workers_configured", "gauge",
	  "Local worker processes the supervisor keeps running.",
	  G_(workers_configured, STATS_INT), STATS_ALWAYS },
	{ "quarry_ingest_bytes_total", "counter",
	  "Bytes of article frames received on ingest.",
	  S_(bytes_in, STATS_U64), STATS_ALWAYS },
	{ "quarry_published_bytes_total", "counter",
	  "Bytes of results and dead letters published (topic and "
	  "payload).",
	  S_(bytes_out, STATS_U64), STATS_ALWAYS },
	{ "quarry_draining", "gauge",
	  "1 while a SIGTERM drain is under way.",
	  G_(draining, STATS_FLAG), STATS_ALWAYS },
	{ "quarry_spool_segments", "gauge",
	  "Segment files of the spool.",
	  G_(spool_segments, STATS_SIZE), STATS_IN_SPOOL },
	{ "quarry_spool_bytes", "gauge",
	  "Bytes of the spool's segment files.",
	  G_(spool_bytes, STATS_U64), STATS_IN_SPOOL },
	{ "quarry_spool_unfinished", "gauge",
	  "Spooled articles without a completion.",
	  G_(spool_unfinished, STATS_SIZE), STATS_IN_SPOOL },
	{ "quarry_spool_replay_pending", "gauge",
	  "Unfinished articles found at start still waiting on disk for "
	  "room in the queue.",
	  G_(spool_replay_left, STATS_SIZE), STATS_IN_SPOOL },
	{ "quarry_spool_writable", "gauge",
	  "0 while the spool cannot write (a full disk): submissions are "
	  "answered busy.",
	  G_(spool_failing, STATS_NOT_FLAG), STATS_IN_SPOOL },
	{ "quarry_spool_write_errors_total", "counter",
	  "Spool writes that failed (appends and completions).",
	  G_(spool_write_errors, STATS_U64), STATS_IN_SPOOL },
	{ "quarry_spool_enospc_total", "counter",
	  "Spool writes that failed for want of space (ENOSPC, EDQUOT).",
	  G_(spool_enospc, STATS_U64), STATS_IN_SPOOL },
	{ "quarry_spool_fsync_failures_total", "counter",
	  "fdatasync failures (each is fatal: seen only in the last scrape "
	  "before an exit).",
	  G_(spool_fsync_failures, STATS_U64), STATS_IN_SPOOL },
	{ "quarry_dedup_ids", "gauge",
	  "Finished article ids remembered as duplicates.",
	  G_(dedup_ids, STATS_SIZE), STATS_ALWAYS },
	{ "quarry_dedup_oldest_seconds", "gauge",
	  "Age of the oldest remembered id: the window really kept.",
	  G_(dedup_oldest_s, STATS_U64), STATS_ALWAYS },
	{ "quarry_dedup_forgotten_early_total", "counter",
	  "Ids forgotten before the duplicate window passed, for want of "
	  "room (--dedup-max).",
	  G_(dedup_forgotten_early, STATS_U64), STATS_ALWAYS },
	{ "quarry_uptime_seconds", "gauge",
	  "Seconds since quarryd started.",
	  CALC(STATS_UPTIME), STATS_ALWAYS },
	{ "quarry_workers_retired_total", "counter",
	  "Worker registrations that ended as planned (fewer workers on "
	  "reload).",
	  S_(workers_retired, STATS_U64), STATS_ALWAYS },
	{ "quarry_results_held_bytes", "gauge",
	  "Bytes of results libzmq holds for subscribers (each result "
	  "once, however many subscribers it waits on).",
	  G_(results.held_bytes, STATS_U64), STATS_ALWAYS },
	{ "quarry_results_capacity_bytes", "gauge",
	  "Held bytes beyond which subscribers that are not reading are "
	  "closed.",
	  G_(results.max_bytes, STATS_SIZE), STATS_ALWAYS },
	{ "quarry_results_slow_subscribers_total", "counter",
	  "Subscriber connections closed because they read nothing while "
	  "the held bytes were over the budget (each lost what was queued "
	  "for it).",
	  G_(results.slow_closed, STATS_U64), STATS_ALWAYS },
	{ "quarry_results_queue_full_total", "counter",
	  "Times a result found a subscriber's queue full (100,000 "
	  "results): it and, until that subscriber reads again, later ones "
	  "are dropped for it.",
	  G_(results.queue_full, STATS_U64), STATS_ALWAYS },
	{ "quarry_subscriptions_refused_total", "counter",
	  "Subscriptions that are no prefix of a topic quarryd publishes "
	  "(result.SOURCE, dead.SOURCE, quarry.hello).",
	  G_(results.subs_refused, STATS_U64), STATS_ALWAYS },
	{ "quarry_subscribers_closed_total", "counter",
	  "Subscriber connections closed for sending too many "
	  "subscriptions, or too many refused ones.",
	  G_(results.subs_closed, STATS_U64), STATS_ALWAYS },
	{ "quarry_sink_up", "gauge",
	  "1 while the JetStream sink is connected and publishing.",
	  CALC(STATS_SINK_UP), STATS_IN_SINK },
	{ "quarry_sink_pending", "gauge",
	  "Results held until JetStream acknowledges them.",
	  G_(sink_pending, STATS_SIZE), STATS_IN_SINK },
	{ "quarry_sink_in_flight", "gauge",
	  "Results sent to JetStream and awaiting a PubAck.",
	  G_(sink_inflight, STATS_SIZE), STATS_IN_SINK },
	{ "quarry_sink_capacity", "gauge",
	  "Held results beyond which dispatch pauses and intake is busy.",
	  G_(sink_capacity, STATS_SIZE), STATS_IN_SINK },
	{ "quarry_sink_published_total", "counter",
	  "Publishes to JetStream, resends included.",
	  G_(sink_published, STATS_U64), STATS_IN_SINK },
	{ "quarry_sink_acked_total", "counter",
	  "PubAcks received from JetStream.",
	  G_(sink_acked, STATS_U64), STATS_IN_SINK },
	{ "quarry_sink_duplicates_total", "counter",
	  "PubAcks JetStream marked duplicate (a resend of a stored "
	  "result).",
	  G_(sink_duplicates, STATS_U64), STATS_IN_SINK },
	{ "quarry_sink_errors_total", "counter",
	  "Publishes that failed or timed out (then resent).",
	  G_(sink_errors, STATS_U64), STATS_IN_SINK },
};

#undef S_
#undef G_
#undef CALC

/* A row's value, read where the row says it lives. */
static uint64_t
stats_metric_value(const struct stats_metric *m, const struct stats *s,
    const struct stats_gauges *g)
{
	const char *at = (m->from == STATS_S ? (const char *)s :
	    (const char *)g) + m->off;
	uint64_t u;
	size_t z;
	int i;

	switch (m->kind) {
	case STATS_U64:
		memcpy(&u, at, sizeof(u));
		return u;
	case STATS_SIZE:
		memcpy(&z, at, sizeof(z));
		return z;
	case STATS_INT:
		memcpy(&i, at, sizeof(i));
		return i > 0 ? (uint64_t)i : 0;
	case STATS_FLAG:
	case STATS_NOT_FLAG:
		memcpy(&i, at, sizeof(i));
		return (i != 0) == (m->kind == STATS_FLAG);
	case STATS_UPTIME:
		return (now_us() - s->started_us) / 1000000;
	case STATS_SINK_UP:
		return g->sink_state != NULL &&
		    strcmp(g->sink_state, "up") == 0;
	}
	return 0;
}

/* "# HELP", "# TYPE" and one unlabelled sample for each row of the
 * table that is shown now: the sink's rows when sink is set, else the
 * rest (the spool's only with the spool on). */
static int
stats_prom_table(struct evbuffer *b, const struct stats *s,
    const struct stats_gauges *g, int sink)
{
	const struct stats_metric *m;
	size_t i;
	int rc = 0;

	for (i = 0; i < sizeof(stats_metrics) / sizeof(stats_metrics[0]);
	    i++) {
		m = &stats_metrics[i];
		if ((m->when == STATS_IN_SINK) != (sink != 0) ||
		    (m->when == STATS_IN_SPOOL && !g->spool))
			continue;
		rc |= evbuffer_add_printf(b, "# HELP %s %s\n# TYPE %s %s\n"
		    "%s %" PRIu64 "\n", m->name, m->help, m->name, m->type,
		    m->name, stats_metric_value(m, s, g)) < 0;
	}
	return rc ? -1 : 0;
}

static const char *const stats_outcomes[] = { "accepted", "result",
    "dead" };

/* Per worker: what it holds, what it delivered, its slot's restarts. */
static int
stats_prom_workers(struct evbuffer *b, const struct stats_gauges *g)
{
	static const struct {
		const char *name, *type, *help;
	} m[] = {
		{ "quarry_worker_jobs_in_flight", "gauge",
		  "Jobs a worker holds now." },
		{ "quarry_worker_results_total", "counter",
		  "Results a worker delivered since it registered." },
		{ "quarry_worker_process_restarts_total", "counter",
		  "Restarts of a local worker's process slot." },
	};
	size_t i, k;
	int rc = 0;

	for (k = 0; k < sizeof(m) / sizeof(m[0]); k++) {
		rc |= evbuffer_add_printf(b, "# HELP %s %s\n# TYPE %s %s\n",
		    m[k].name, m[k].help, m[k].name, m[k].type) < 0;
		for (i = 0; i < g->nwl; i++) {
			const struct stats_worker *w = &g->wl[i];
			uint64_t v = k == 0 ? w->jobs : k == 1 ? w->done :
			    w->restarts;

			if (k == 2 && !w->local)
				continue;
			rc |= evbuffer_add_printf(b, "%s{worker=\"",
			    m[k].name) < 0;
			rc |= stats_escape(b, w->name, 0);
			rc |= evbuffer_add_printf(b, "\"} %" PRIu64 "\n",
			    v) < 0;
		}
	}
	return rc ? -1 : 0;
}

static int
stats_prom_sources(struct evbuffer *b, const struct stats *s)
{
	size_t i, k;
	int rc = 0;

	rc |= evbuffer_add_printf(b, "# HELP quarry_source_articles_total "
	    "Articles by source (the first %d named; the rest as "
	    "\"%s\") and outcome.\n"
	    "# TYPE quarry_source_articles_total counter\n",
	    STATS_SOURCES_MAX, STATS_SOURCE_OTHER) < 0;
	for (i = 0; i < s->nsources; i++)
		for (k = 0; k < 3; k++) {
			rc |= evbuffer_add_printf(b,
			    "quarry_source_articles_total{source=\"") < 0;
			rc |= stats_escape(b, s->sources[i].name, 0);
			rc |= evbuffer_add_printf(b, "\",outcome=\"%s\"} %"
			    PRIu64 "\n", stats_outcomes[k],
			    s->sources[i].n[k]) < 0;
		}
	return rc ? -1 : 0;
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
	rc |= stats_prom_table(b, s, g, 0);
	rc |= evbuffer_add_printf(b, "# HELP quarry_build_info The running "
	    "quarryd's version.\n# TYPE quarry_build_info gauge\n"
	    "quarry_build_info{version=\"%s\"} 1\n", QUARRY_VERSION) < 0;
	rc |= stats_prom_workers(b, g);
	rc |= stats_prom_sources(b, s);
	if (g->sink_state != NULL)
		rc |= stats_prom_table(b, s, g, 1);
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

/* The lists: workers, sources, recent dead letters, history. */
static int
stats_json_lists(const struct stats *s, const struct stats_gauges *g,
    struct evbuffer *b)
{
	const struct stats_sample *h;
	size_t i, k, at;
	int rc = 0;

	rc |= evbuffer_add_printf(b, "  \"worker_list\": [") < 0;
	for (i = 0; i < g->nwl; i++) {
		const struct stats_worker *w = &g->wl[i];

		rc |= evbuffer_add_printf(b, "%s\n    {\"name\": \"",
		    i ? "," : "") < 0;
		rc |= stats_escape(b, w->name, 1);
		rc |= evbuffer_add_printf(b, "\", \"pid\": %ld, \"local\": "
		    "%s, \"state\": \"%s\", \"jobs\": %zu, \"done\": %"
		    PRIu64 ", \"restarts\": %lu}", w->pid,
		    w->local ? "true" : "false", w->state, w->jobs, w->done,
		    w->restarts) < 0;
	}
	rc |= evbuffer_add_printf(b, "%s],\n  \"sources\": [",
	    g->nwl ? "\n  " : "") < 0;
	for (i = 0; i < s->nsources; i++) {
		rc |= evbuffer_add_printf(b, "%s\n    {\"source\": \"",
		    i ? "," : "") < 0;
		rc |= stats_escape(b, s->sources[i].name, 1);
		rc |= evbuffer_add_printf(b, "\"") < 0;
		for (k = 0; k < 3; k++)
			rc |= evbuffer_add_printf(b, ", \"%s\": %" PRIu64,
			    stats_outcomes[k], s->sources[i].n[k]) < 0;
		rc |= evbuffer_add_printf(b, "}") < 0;
	}
	/* Newest first. */
	rc |= evbuffer_add_printf(b, "%s],\n  \"dead_recent\": [",
	    s->nsources ? "\n  " : "") < 0;
	for (i = 0; i < s->dead_n; i++) {
		const struct stats_dead *d;

		at = (s->dead_next + STATS_DEAD_RECENT - 1 - i) %
		    STATS_DEAD_RECENT;
		d = &s->dead_recent[at];
		rc |= evbuffer_add_printf(b, "%s\n    {\"at\": %" PRIu64
		    ", \"attempts\": %u, \"id\": \"", i ? "," : "",
		    d->at_s, d->attempts) < 0;
		rc |= stats_escape(b, d->id, 1);
		rc |= evbuffer_add_printf(b, "\", \"source\": \"") < 0;
		rc |= stats_escape(b, d->source, 1);
		rc |= evbuffer_add_printf(b, "\", \"reason\": \"") < 0;
		rc |= stats_escape(b, d->why, 1);
		rc |= evbuffer_add_printf(b, "\"}") < 0;
	}
	/* Oldest first: the cumulative counters every interval. */
	rc |= evbuffer_add_printf(b, "%s],\n  \"history\": {\"interval_s\": "
	    "%llu, \"samples\": [", s->dead_n ? "\n  " : "",
	    STATS_HISTORY_US / 1000000) < 0;
	for (i = 0; i < s->hist_n; i++) {
		at = (s->hist_next + STATS_HISTORY - s->hist_n + i) %
		    STATS_HISTORY;
		h = &s->history[at];
		rc |= evbuffer_add_printf(b, "%s[%" PRIu64 ", %" PRIu64 ", %"
		    PRIu64 ", %" PRIu64 "]", i ? ", " : "", h->uptime_s,
		    h->accepted, h->results, h->dead) < 0;
	}
	rc |= evbuffer_add_printf(b, "], \"columns\": [\"uptime_s\", "
	    "\"accepted\", \"results\", \"dead_letters\"]}\n") < 0;
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
	    "\"restarts\": %lu, \"lost\": %" PRIu64 ", \"retired\": %"
	    PRIu64 "},\n"
	    "  \"bytes\": {\"in\": %" PRIu64 ", \"out\": %" PRIu64 "},\n"
	    "  \"subscribers\": {\"held_bytes\": %" PRIu64 ", "
	    "\"capacity_bytes\": %zu, \"closed_slow\": %" PRIu64 ", "
	    "\"queue_full\": %" PRIu64 ", \"subscriptions_refused\": %"
	    PRIu64 ", \"closed_for_subscriptions\": %" PRIu64 "},\n"
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
	    g->worker_restarts, s->workers_lost, s->workers_retired,
	    s->bytes_in,
	    s->bytes_out, g->results.held_bytes, g->results.max_bytes,
	    g->results.slow_closed, g->results.queue_full,
	    g->results.subs_refused, g->results.subs_closed,
	    g->spool ? "true" : "false",
	    g->spool_failing ? "false" : "true", g->spool_segments,
	    g->spool_bytes, g->spool_unfinished, g->spool_replay_left,
	    g->spool_write_errors, g->spool_enospc,
	    g->spool_fsync_failures) < 0;
	if (g->sink_state != NULL)
		rc |= evbuffer_add_printf(b, "  \"sink\": {\"state\": \"%s\", "
		    "\"pending\": %zu, \"in_flight\": %zu, \"capacity\": %zu, "
		    "\"published\": %" PRIu64 ", \"acked\": %" PRIu64 ", "
		    "\"duplicates\": %" PRIu64 ", \"errors\": %" PRIu64 "},\n",
		    g->sink_state, g->sink_pending, g->sink_inflight,
		    g->sink_capacity, g->sink_published, g->sink_acked,
		    g->sink_duplicates, g->sink_errors) < 0;
	else
		rc |= evbuffer_add_printf(b, "  \"sink\": null,\n") < 0;
	/* Cumulative, like the Prometheus buckets: [bound_us, count]. */
	rc |= evbuffer_add_printf(b, "  \"extraction_us\": {\"count\": %"
	    PRIu64 ", \"sum\": %" PRIu64 ", \"buckets\": [",
	    s->latency_count, s->latency_sum_us) < 0;
	for (i = 0; i < STATS_LATENCY_BUCKETS; i++) {
		cum += s->latency[i];
		rc |= evbuffer_add_printf(b, "%s[%" PRIu64 ", %" PRIu64 "]",
		    i ? ", " : "", stats_bounds[i], cum) < 0;
	}
	rc |= evbuffer_add_printf(b, "]},\n") < 0;
	rc |= stats_json_lists(s, g, b);
	rc |= evbuffer_add_printf(b, "}\n") < 0;
	return rc ? -1 : 0;
}
