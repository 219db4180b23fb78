/*
 * stats.h — quarryd's counters, its extraction-latency histogram, and their
 * two renderings: the Prometheus text exposition format (/metrics) and
 * JSON (/stats, `quarry stats`).
 *
 * Counters live in struct stats and only grow; gauges (queue depth, in
 * flight, workers) are read from the broker at rendering time into struct
 * stats_gauges, so nothing has to keep them in step.
 */
#ifndef QUARRY_STATS_H
#define QUARRY_STATS_H

#include <stddef.h>
#include <stdint.h>
#include <event2/buffer.h>

#include "results.h"

/*
 * Upper bounds of the latency buckets, in microseconds: extraction of a
 * news article takes well under a millisecond to tens of milliseconds, so
 * the buckets run from 100 us to 10 s in Prometheus' usual 1-2.5-5 steps.
 * Beyond the last is +Inf.
 */
#define STATS_LATENCY_BOUNDS_US { 100, 250, 500, 1000, 2500, 5000, 10000, \
	25000, 50000, 100000, 250000, 500000, 1000000, 2500000, 5000000, \
	10000000 }
#define STATS_LATENCY_BUCKETS	16

/*
 * Sources counted apart: producers name a handful of sites, so 64 covers
 * them; past that, new names count under STATS_SOURCE_OTHER, so a
 * producer inventing a source per article cannot grow the table (or the
 * /metrics label set) without bound.
 */
#define STATS_SOURCES_MAX	64
#define STATS_SOURCE_LEN	64	/* bytes of a name kept */
#define STATS_SOURCE_OTHER	"(other)"
/* Dead letters /stats shows: the last 16 fill a screen. */
#define STATS_DEAD_RECENT	16
#define STATS_DEAD_ID_LEN	64
#define STATS_DEAD_WHY_LEN	160
/* Throughput history: a sample of the counters every 5 s for 10 minutes
 * (the status page's chart), 120 samples of 4 numbers. */
#define STATS_HISTORY		120
#define STATS_HISTORY_US	5000000ULL
/* Workers listed one by one in /stats and /metrics: more than 64 rows
 * is no longer readable; the totals still count every worker. */
#define STATS_WORKERS_SHOWN	64

enum stats_outcome {
	STATS_ACCEPTED,
	STATS_RESULT,
	STATS_DEAD,
};

struct stats_source {
	char		 name[STATS_SOURCE_LEN + 1];
	uint64_t	 n[3];		/* by enum stats_outcome */
};

struct stats_dead {
	uint64_t	 at_s;		/* wall clock, Unix seconds */
	uint32_t	 attempts;
	char		 id[STATS_DEAD_ID_LEN + 1];
	char		 source[STATS_SOURCE_LEN + 1];
	char		 why[STATS_DEAD_WHY_LEN + 1];
};

struct stats_sample {
	uint64_t	 uptime_s;
	uint64_t	 accepted, results, dead;
};

/* One worker as the broker sees it, for rendering. */
struct stats_worker {
	char		 name[128];
	long		 pid;		/* 0: unknown (remote, no pid) */
	int		 local;
	const char	*state;		/* idle, busy, retiring, exited */
	size_t		 jobs;		/* in flight now */
	uint64_t	 done;		/* results delivered */
	unsigned long	 restarts;	/* local slot: processes restarted */
};

struct stats {
	uint64_t	 started_us;	/* now_us() at stats_init */
	/* Articles by ack status. */
	uint64_t	 accepted, duplicate, busy, rejected;
	uint64_t	 results;	/* published Results */
	uint64_t	 dead;		/* published dead letters */
	uint64_t	 redeliveries;	/* jobs put back for another attempt */
	uint64_t	 workers_lost;	/* registrations that ended unplanned */
	uint64_t	 workers_retired; /* ... and as planned (fewer workers
					 * on reload) */
	uint64_t	 bytes_in;	/* article frames received on ingest */
	uint64_t	 bytes_out;	/* topic + payload published */
	/* Extraction latency (the elapsed_us of each DONE): per-bucket
	 * counts, not cumulative; the last is +Inf. */
	uint64_t	 latency[STATS_LATENCY_BUCKETS + 1];
	uint64_t	 latency_count;
	uint64_t	 latency_sum_us;
	/* Per source; the last used slot may be STATS_SOURCE_OTHER. */
	struct stats_source sources[STATS_SOURCES_MAX + 1];
	size_t		 nsources;
	/* The last dead letters, a ring: dead_next is the oldest once
	 * full. */
	struct stats_dead dead_recent[STATS_DEAD_RECENT];
	size_t		 dead_next, dead_n;
	struct stats_sample history[STATS_HISTORY];	/* a ring too */
	size_t		 hist_next, hist_n;
	uint64_t	 hist_at_us;	/* when the last sample was taken */
};

/* What the broker reports at the moment of rendering. */
struct stats_gauges {
	size_t		 queued;	/* waiting for a worker */
	size_t		 queue_max;	/* new submissions beyond it: busy */
	size_t		 queue_bytes;	/* what the queued jobs hold */
	size_t		 queue_max_bytes; /* ... beyond it: busy */
	size_t		 connections;	/* tcp connections on the sockets */
	size_t		 connections_budget; /* ... beyond it: refused */
	uint64_t	 connections_refused; /* ... so far */
	struct results_counts results;	/* the results socket (results.h) */
	size_t		 inflight;	/* held by workers */
	size_t		 workers;	/* registered (local and remote) */
	int		 workers_configured; /* local processes wanted */
	unsigned long	 worker_restarts; /* local processes restarted */
	int		 draining;
	int		 ready;		/* READY=1 was sent */
	/* The spool (all 0 when it is off). */
	int		 spool;		/* on */
	int		 spool_failing;	/* cannot write: a full disk */
	size_t		 spool_segments;
	uint64_t	 spool_bytes;
	size_t		 spool_unfinished; /* articles without a DONE */
	size_t		 spool_replay_left; /* of them, still on disk */
	uint64_t	 spool_write_errors; /* failed writes ... */
	uint64_t	 spool_enospc;	/* ... of them for want of space */
	uint64_t	 spool_fsync_failures;
	struct stats_worker wl[STATS_WORKERS_SHOWN];	/* the first ones */
	size_t		 nwl;
	/* The duplicate window. */
	size_t		 dedup_ids;	/* finished ids remembered */
	uint64_t	 dedup_oldest_s; /* age of the oldest of them */
	uint64_t	 dedup_forgotten_early; /* for --dedup-max */
	/* The JetStream sink (sink.h), when sink_state is not NULL. */
	const char	*sink_state;	/* "up", "down", "connecting" */
	size_t		 sink_pending, sink_inflight, sink_capacity;
	uint64_t	 sink_published, sink_acked, sink_duplicates,
			 sink_errors;
};

void	stats_init(struct stats *);
/* One extraction took us microseconds. */
void	stats_latency(struct stats *, uint64_t us);
/* An article of this source was accepted, got its result, or died. */
void	stats_source(struct stats *, const char *src, size_t len,
	    enum stats_outcome);
/* A dead letter, for the recent list (strings cut to fit). */
void	stats_dead_letter(struct stats *, const char *id, size_t idlen,
	    const char *src, size_t srclen, const char *why,
	    uint32_t attempts);
/* The broker's tick: a history sample when STATS_HISTORY_US passed. */
void	stats_tick(struct stats *, uint64_t now_us);
/* Upper bound of bucket i (i < STATS_LATENCY_BUCKETS), in microseconds. */
uint64_t stats_latency_bound(size_t i);

/* Append the rendering to buf.  0, or -1 if the buffer refused. */
int	stats_prometheus(const struct stats *, const struct stats_gauges *,
	    struct evbuffer *buf);
int	stats_json(const struct stats *, const struct stats_gauges *,
	    struct evbuffer *buf);

#endif
