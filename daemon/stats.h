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

struct stats {
	uint64_t	 started_us;	/* now_us() at stats_init */
	/* Articles by ack status. */
	uint64_t	 accepted, duplicate, busy, rejected;
	uint64_t	 results;	/* published Results */
	uint64_t	 dead;		/* published dead letters */
	uint64_t	 redeliveries;	/* jobs put back for another attempt */
	uint64_t	 workers_lost;	/* registrations that ended */
	uint64_t	 bytes_in;	/* article frames received on ingest */
	uint64_t	 bytes_out;	/* topic + payload published */
	/* Extraction latency (the elapsed_us of each DONE): per-bucket
	 * counts, not cumulative; the last is +Inf. */
	uint64_t	 latency[STATS_LATENCY_BUCKETS + 1];
	uint64_t	 latency_count;
	uint64_t	 latency_sum_us;
};

/* What the broker reports at the moment of rendering. */
struct stats_gauges {
	size_t		 queued;	/* waiting for a worker */
	size_t		 queue_max;	/* new submissions beyond it: busy */
	size_t		 queue_bytes;	/* what the queued jobs hold */
	size_t		 queue_max_bytes; /* ... beyond it: busy */
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
};

void	stats_init(struct stats *);
/* One extraction took us microseconds. */
void	stats_latency(struct stats *, uint64_t us);
/* Upper bound of bucket i (i < STATS_LATENCY_BUCKETS), in microseconds. */
uint64_t stats_latency_bound(size_t i);

/* Append the rendering to buf.  0, or -1 if the buffer refused. */
int	stats_prometheus(const struct stats *, const struct stats_gauges *,
	    struct evbuffer *buf);
int	stats_json(const struct stats *, const struct stats_gauges *,
	    struct evbuffer *buf);

#endif
