/*
 * tick.c — the broker's timer: workers silent past liveness or holding
 * a job past its deadline are lost, a slow job's queue-mates are handed
 * back, heartbeats go out, and the spool, the duplicate window, the
 * service manager's status and the counters are brought up to date.
 */
#include <stdio.h>
#include <sys/queue.h>
#include <event2/event.h>

#include "broker_private.h"
#include "dedupfile.h"
#include "job.h"
#include "log.h"
#include "notify.h"
#include "queue.h"
#include "results.h"
#include "spool.h"
#include "stats.h"
#include "util.h"
#include "workers.h"

/*
 * How long the job at the head of a worker's line may run before the
 * jobs queued behind it are handed back to the queue for other workers
 * (or half the job timeout, if that is shorter).  A legal 4 MiB body
 * takes under 0.2 s even on the worst patterns of bench/linear_bench
 * (under 50 ms per MiB), and a few times that in a sanitizer build, so a
 * job past a second is a slow article, and its queue-mates should not
 * wait out its timeout behind it.
 */
#define TICK_SLOW_US		(1000 * 1000ULL)

/* Is there a worker besides w that could take a job handed back: not
 * gone, not running a suspect one? */
static int
other_worker(struct broker *b, const struct worker *w)
{
	const struct worker *o;

	TAILQ_FOREACH(o, &b->workers.all, link)
		if (o != w && !o->exited && !o->isolated)
			return 1;
	return 0;
}

/*
 * The job at the head of w's line has run for TICK_SLOW_US: it runs
 * on alone (suspect, w isolated), and the jobs behind it, not started,
 * go back to the front of the queue for other workers, uncharged.  w
 * still runs them once the slow one ends; their DONEs are ignored
 * (workers_handed_back_done).  So one slow article holds one worker.
 * With no other worker to take them they stay where they are.
 */
static void
hand_back(struct broker *b, struct worker *w, struct job *head,
    uint64_t ran_us)
{
	struct job_list back = TAILQ_HEAD_INITIALIZER(back);
	struct job *j;
	size_t n;

	n = workers_hand_back(&b->workers, w, &back);
	log_warnx("worker %s: job %llu running for %llu ms; %zu job%s "
	    "queued behind it handed back", w->name,
	    (unsigned long long)head->jid, (unsigned long long)ran_us / 1000,
	    n, n == 1 ? "" : "s");
	/* Newest first, each to the front: the oldest ends up first. */
	while ((j = TAILQ_LAST(&back, job_list)) != NULL) {
		TAILQ_REMOVE(&back, j, link);
		j->attempt--;
		queue_push_front(&b->queue, j);
	}
}

void
tick_cb(evutil_socket_t fd, short what, void *arg)
{
	struct broker *b = arg;
	uint64_t now = now_us();
	uint64_t hb_us = (uint64_t)b->cfg->heartbeat_ms * 1000;
	uint64_t silent_max = hb_us * b->cfg->liveness;
	uint64_t timeout_us = (uint64_t)b->cfg->job_timeout_ms * 1000;
	uint64_t slow_us = TICK_SLOW_US < timeout_us / 2 ? TICK_SLOW_US :
	    timeout_us / 2;
	struct worker *w, *next;
	char why[96], st[128];

	(void)fd;
	(void)what;
	for (w = TAILQ_FIRST(&b->workers.all); w != NULL; w = next) {
		struct job *j = TAILQ_FIRST(&w->jobs);

		next = TAILQ_NEXT(w, link);
		if (now - w->last_heard_us > silent_max) {
			snprintf(why, sizeof(why), "silent for %llu ms",
			    (unsigned long long)(now - w->last_heard_us) /
			    1000);
			wsock_lost(b, w, why, 1);
		} else if (j != NULL && now >= j->deadline_us) {
			snprintf(why, sizeof(why), "job %llu timed out after "
			    "%u ms", (unsigned long long)j->jid,
			    b->cfg->job_timeout_ms);
			job_set_error(j, "%s", why);
			wsock_lost(b, w, why, 1);
		} else if (j != NULL && TAILQ_NEXT(j, link) != NULL &&
		    now + timeout_us >= j->deadline_us + slow_us &&
		    other_worker(b, w))
			hand_back(b, w, j,
			    now + timeout_us - j->deadline_us);
	}
	if (b->spool != NULL) {
		outcome_done_due(b, 0);
		spool_flush(b->spool);
	}
	if (b->dedup != NULL)
		dedupfile_flush(b->dedup, b->ledger);
	if (now - b->last_hb_us >= hb_us) {
		b->last_hb_us = now;
		TAILQ_FOREACH(w, &b->workers.all, link)
			wsock_send(b, w->rid, w->rid_len,
			    WMSG_HEARTBEAT);
	}
	if (notify_is_ready(b->notify))
		notify_status(b->notify, broker_status(b, st, sizeof(st)));
	results_tick(b->res, now);
	stats_tick(&b->stats, now);
}
