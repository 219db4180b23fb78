/*
 * worker_hold.h — when a worker's extraction thread keeps a finished
 * job's DONE back to hand it over with the next ones, and which jobs the
 * main thread runs itself (workers/worker.c), as rules of their own so
 * the tests can hold them to their bounds.
 */
#ifndef QUARRY_WORKER_HOLD_H
#define QUARRY_WORKER_HOLD_H

#include <stddef.h>
#include <stdint.h>

#include "worker.h"

/*
 * DONEs that finish back to back while more jobs wait are handed to the
 * main thread together (issue 18): each hand-off costs an eventfd write,
 * a wake-up of the main thread, and a wake-up of ZeroMQ's I/O thread
 * here and of quarryd's two threads there, and a DONE per hand-off was
 * most of what an article cost outside extraction.  A worker holds more
 * than one job only when quarryd's queue is deep (daemon/workers.h), so
 * at a light load every DONE goes at once.  A DONE waits only while the
 * next job is small enough to be quick (extraction runs at 40-120 MB/s,
 * docs/benchmarks.md, under 50 ms per MiB on hostile text: 64 KiB is
 * 0.5-3 ms), for at most WORKER_DONE_HOLD_US since the first DONE held
 * finished (WORKER_DONE_DEEP_US under a deep line, below), and for at
 * most WORKER_DONE_BATCH of them: the credit, so that it is the line
 * that ends a batch.
 */
#define WORKER_DONE_BATCH	WORKER_CREDIT
#define WORKER_DONE_HOLD_US	1000
#define WORKER_DONE_HOLD_BYTES	(64 * 1024)
/*
 * ... and only under a backlog: while at least this many jobs wait
 * behind the one just finished.  quarryd sends a busy worker another job
 * only while its queue holds as many jobs per worker as the worker's
 * line already has (daemon/workers.h), so jobs waiting here mean a queue
 * at least that many times the workers deep there: a sustained load.
 * With fewer, each DONE goes as soon as it is done (issue 18): at half
 * load a worker holds one or two jobs, a few after a stall, and a DONE
 * held behind them added up to a millisecond, more if the next job's
 * thread was preempted, to articles already late.  8: a DONE's way to
 * quarryd and the JOBS sent back in its place are two ZeroMQ hops of
 * ~100-130 us each and quarryd's turn between them (a per-stage trace on
 * a quiet machine: docs/benchmarks.md), ~0.3 ms, 3 jobs of 4 KB at ~100 us
 * each; a line of 8 still has work when the refill comes, so a worker
 * under a backlog keeps its batches as before.
 */
#define WORKER_DONE_HOLD_AHEAD	8
/*
 * How long DONEs may wait follows the backlog they wait under: when the
 * first of them finished with at least WORKER_DONE_DEEP_AHEAD jobs
 * behind it, the line is the credit's, refilled as fast as it drains (a
 * sustained load), and they wait until only WORKER_DONE_HOLD_AHEAD jobs
 * remain or WORKER_DONE_DEEP_US has passed: a line of the credit comes
 * back in a few DONES, where the 1 ms bound cut it into many, and each
 * DONES is one wake-up of quarryd's two threads, whose CPU an article
 * follows its wake-ups more than anything it does per article
 * (docs/benchmarks.md).  A line that short of it (a stall at a light
 * load, quarryd's queue filling for a moment) keeps the 1 ms bound: its
 * articles are the late ones, not a backlog that stays.  4 ms is a line
 * of the credit's 4 KB articles, so it ends a batch only when articles
 * are larger or the machine slower.
 */
#define WORKER_DONE_DEEP_AHEAD	(2 * WORKER_DONE_HOLD_AHEAD)
#define WORKER_DONE_DEEP_US	4000
_Static_assert(WORKER_DONE_DEEP_AHEAD < WORKER_CREDIT,
    "a deep line fits the credit");

/*
 * Keep the DONE just finished back?  held: DONEs held, that one among
 * them; ahead: jobs waiting behind it (counted up to at least
 * WORKER_DONE_HOLD_AHEAD); deep: the first of them finished with
 * WORKER_DONE_DEEP_AHEAD or more behind it; held_us: since then;
 * next_len: the next job's body.
 */
static inline int
worker_done_hold(size_t held, size_t ahead, int deep, uint64_t held_us,
    size_t next_len)
{
	return ahead >= WORKER_DONE_HOLD_AHEAD && held < WORKER_DONE_BATCH &&
	    held_us < (deep ? WORKER_DONE_DEEP_US : WORKER_DONE_HOLD_US) &&
	    next_len <= WORKER_DONE_HOLD_BYTES;
}

/*
 * Jobs that find the extraction thread idle, with nothing queued or
 * waiting to be sent, are run by the main thread itself (a JOB, or the
 * JOBs of a JOBS one after the other) when their bodies together are at
 * most this long: handing them over cost a futex wake of the extraction
 * thread, and handing the DONEs back an eventfd write, a wake-up of the
 * main thread and a read, two context switches per hand-off that are
 * most of what a worker spends beyond extraction at a light load (every
 * article its own chain of wake-ups).  64 KiB takes at most a few ms
 * (WORKER_DONE_HOLD_BYTES), nothing beside the 1 s heartbeat; more goes
 * to the extraction thread, so the main thread never stops answering for
 * long.  The fault build (the chaos tests' slow and sleeping articles)
 * never runs a job there.
 */
#define WORKER_INLINE_BYTES	(64 * 1024)

/*
 * May the main thread run n jobs whose bodies total bytes itself?  Only
 * as many as no DONE of them would be held for (each has fewer than
 * WORKER_DONE_HOLD_AHEAD behind it), so each DONE goes at once, as from
 * the extraction thread at a light load (at half load quarryd sends a
 * worker a JOBS of two or three after a stall, and they went to the
 * extraction thread, which then took every job that came while it ran);
 * a longer batch is a backlog, whose DONEs the extraction thread holds
 * and sends together while the next batch waits behind it.
 */
static inline int
worker_inline(size_t n, size_t bytes)
{
	return n >= 1 && n <= WORKER_DONE_HOLD_AHEAD &&
	    bytes <= WORKER_INLINE_BYTES;
}

#endif
