/*
 * workers.h — the broker's registry of workers: who is connected, what
 * each holds, which may take more (the ready list, round robin), and the
 * counters that must agree with the lists (jobs held, their bytes,
 * credit, in flight in all).  Every change to what a worker holds goes
 * through workers_hold() or workers_release(), so the counters cannot
 * drift apart.  Policy (retries, retirement, timeouts) stays in the
 * broker; this module only keeps the books.
 */
#ifndef QUARRY_WORKERS_H
#define QUARRY_WORKERS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/queue.h>
#include <sys/types.h>

#include "job.h"
#include "message.h"

/* Routing ids are at most 255 bytes (ZMQ_ROUTING_ID). */
#define WORKERS_RID_MAX		255
/* Worker names kept for logs and the Result's "worker". */
#define WORKERS_NAME_MAX	128
/*
 * Body bytes a worker that is busy may hold in all.  A worker asks for
 * many jobs at once (its credit) so that, when the queue is deep, JOBs
 * and DONEs travel in bursts and each wake-up of each thread on the way
 * moves many of them; but every job it holds waits behind the one under
 * way.  Extraction is linear in the body, at 40-120 MB/s
 * (docs/benchmarks.md), so 256 KiB is 2-6 ms of work: no job waits
 * longer than that behind its queue-mates while another worker may be
 * idle, a 4 MiB article goes alone, and 4 KB articles are limited by the
 * credit alone (~60 would fit).  An idle worker takes any one job.
 */
#define WORKERS_HOLD_BYTES	(256 * 1024)
/*
 * How many jobs a busy worker may hold follows the queue (issue 18):
 * it is sent another only while the queue, that job included, holds at
 * least as many jobs per worker as its line already has (njobs x
 * workers <= queued).  A short queue (half load: one or two articles
 * waiting) stays in quarryd, where the first worker to finish takes the
 * next job, so no article waits behind a queue-mate on one worker while
 * another is idle or a stalled process holds a line of them (what that
 * did to p99 latency: docs/architecture.md, step 5); a deep queue (a
 * sustained load) still goes out in bursts up to the credit and
 * WORKERS_HOLD_BYTES, so the round trip of a DONE and the next JOB is
 * hidden behind the jobs a worker holds.  One worker alone takes one
 * more job per job waiting.
 */
/*
 * ... and a job that finds every worker busy need not wait in quarryd
 * for the first DONE: it goes next in line at a worker whose line is
 * one short job, the one begun first (issue 18).  Waiting in quarryd
 * costs the DONE's way to quarryd and the JOB's way back, two ZeroMQ
 * hops and quarryd's turn between them, ~0.3 ms on a quiet machine
 * (docs/benchmarks.md) and more on a busy one, and a sleep and a
 * wake-up of the worker between its two jobs; waiting at the worker
 * costs what is left of the job under way.  Extraction runs at 40-120
 * MB/s (docs/benchmarks.md), so a job of at most 16 KiB ahead is done
 * within 0.15-0.4 ms: about that round trip, and a longer one may well
 * outlast another worker's.  The job behind it is still handed back if
 * the one ahead turns out slow (daemon/tick.c).
 */
#define WORKERS_AHEAD_BYTES	(16 * 1024)

struct worker {
	TAILQ_ENTRY(worker) link;	/* all known workers */
	TAILQ_ENTRY(worker) rlink;	/* ready: has credit */
	int		 ready;		/* on the ready list */
	unsigned char	 rid[WORKERS_RID_MAX];
	size_t		 rid_len;
	char		 name[WORKERS_NAME_MAX];
	pid_t		 pid;
	int		 local;		/* one of the supervisor's children */
	uint32_t	 credit;	/* jobs it may still be sent */
	/* Most JOBs it takes in one JOBS (its READY's batch; 1: none). */
	uint32_t	 batch;
	/*
	 * Picked for it in this dispatch (dispatch.c), not sent yet: the
	 * last npend of its jobs, which go out together as one JOBS.  It
	 * is on the dispatch's list of such workers by pend_next.
	 */
	size_t		 npend;
	int		 pend_listed;
	struct worker	*pend_next;
	struct job_list	 jobs;		/* in flight, oldest first */
	size_t		 njobs;
	size_t		 bytes;		/* their bodies, summed */
	uint64_t	 last_heard_us;
	uint64_t	 done;
	int		 exited;	/* the process is gone: settle soon */
	int		 isolated;	/* runs a suspect job: nothing else */
	int		 retired;	/* ended on purpose (fewer workers) */
	int		 said_bye;	/* ran what it began: none of its jobs */
	char		 exit_why[96];
	/*
	 * Jobs taken back from behind a slow one (workers_hand_back): the
	 * worker still has them and will run them, but others do them now,
	 * so their DONEs are ignored.  Each still takes one of its credits
	 * until that DONE, so there are never more than the credit it asked
	 * for (PROTO_CREDIT_MAX).
	 */
	uint64_t	 handed_back[PROTO_CREDIT_MAX];
	size_t		 nhanded_back;
};

TAILQ_HEAD(worker_list, worker);

struct workers {
	struct worker_list all;
	struct worker_list ready;	/* may be sent a job, round robin */
	size_t		 count;
	size_t		 inflight;	/* jobs held by all of them */
};

void	workers_init(struct workers *);

/*
 * Register a worker under its routing id (at most WORKERS_RID_MAX bytes:
 * the caller checks) with a display name (made printable here) and the
 * credit it asked for.  It is not on the ready list yet.
 */
struct worker *workers_add(struct workers *, const void *rid, size_t len,
	    const char *name, size_t name_len, pid_t pid, uint32_t credit,
	    uint64_t now_us);
/* Forget a worker that holds nothing (workers_release() every job). */
void	workers_remove(struct workers *, struct worker **);

struct worker *workers_find(const struct workers *, const void *rid,
	    size_t len);
/* The registered local worker with this pid, or NULL. */
struct worker *workers_find_local(const struct workers *, pid_t);

/* On the ready list if it has credit and is neither gone nor isolated. */
void	workers_ready_add(struct workers *, struct worker *);
void	workers_ready_remove(struct workers *, struct worker *);

/*
 * The first ready worker, in round-robin order, that may take j, the
 * head of a queue of `queued` jobs (j included), idle ones first: an
 * idle one takes anything; a busy one only a job that is not suspect (a
 * suspect runs alone) and that keeps it within WORKERS_HOLD_BYTES, while
 * the queue is as deep as its line for every worker (see above), else
 * the one whose line is a single job of at most WORKERS_AHEAD_BYTES,
 * begun first.  NULL if none.
 */
struct worker *workers_pick(const struct workers *, const struct job *,
	    size_t queued);

/*
 * j was sent to w: w holds it (last in its line), spends a credit and
 * goes to the back of the ready list (or off it); a suspect job isolates
 * w until it ends.
 */
void	workers_hold(struct workers *, struct worker *, struct job *);
/*
 * w no longer holds j (finished, or w is lost): off its line and out of
 * every count; j->owner is cleared.  Neither credit nor readiness
 * changes: see workers_done().
 */
void	workers_release(struct workers *, struct worker *, struct job *);
/* w finished j (a DONE): released, its credit back, isolation over if j
 * was the suspect.  The caller decides whether w is ready again. */
void	workers_done(struct workers *, struct worker *, struct job *);

/*
 * The job at the head of w's line is slow: it becomes suspect and w
 * isolated (nothing new until it ends), and the jobs behind it, which w
 * has not started, are released into back, oldest first, and remembered
 * as handed back.  How many.
 */
size_t	workers_hand_back(struct workers *, struct worker *,
	    struct job_list *back);
/*
 * A DONE from w for a job it does not hold: if it is one handed back,
 * forget it, give its credit back and return 1 (the DONE is ignored);
 * else 0.
 */
int	workers_handed_back_done(struct workers *, struct worker *,
	    uint64_t jid);

#endif
