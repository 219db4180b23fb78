/*
 * wsock.c — the workers socket, the broker's side: what workers say
 * (READY, DONE, heartbeats, BYE), what they are told (heartbeats, BYE),
 * and a worker lost — silent, expelled, or its process exited — whose
 * jobs go back to the queue.  The registry itself is workers.c's.
 */
#include <stdio.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/wait.h>
#include <event2/event.h>
#include <zmq.h>

#include "broker_private.h"
#include "job.h"
#include "log.h"
#include "message.h"
#include "queue.h"
#include "spool.h"
#include "stats.h"
#include "supervisor.h"
#include "util.h"
#include "workers.h"
#include "zsock.h"

/*
 * A local worker's death is settled this long after SIGCHLD: what it sent
 * just before dying (a DONE, then the crash on the next job) may still be
 * on its way through the socket, and must be read first — else the job
 * it finished would be blamed for the crash.
 */
#define WSOCK_REAP_GRACE_MS	50

/*
 * A worker may take more work, unless SIGHUP shrank the pool past its
 * slot: then it gets nothing new and ends once it holds nothing, so no
 * job is interrupted or charged an attempt.
 */
void
wsock_idle(struct broker *b, struct worker *w)
{
	if (w->local && supervisor_retiring(b->sup, w->pid)) {
		workers_ready_remove(&b->workers, w);
		w->retired = 1;
		if (w->njobs == 0)
			supervisor_retire(b->sup, w->pid);
		return;
	}
	workers_ready_add(&b->workers, w);
}

void
wsock_send(struct broker *b, const unsigned char *rid, size_t len,
    enum wmsg_type type)
{
	struct wmsg m;

	memset(&m, 0, sizeof(m));
	m.type = type;
	if (proto_encode_wmsg(&b->out, &m) == -1)
		fatal("encode %s", wmsg_type_name(type));
	/* Best effort: a worker that cannot hear a heartbeat or a BYE is
	 * caught by liveness or by its own. */
	if (zsock_send(b->wsock, rid, len, 1) == 0)
		(void)zsock_send(b->wsock, b->out.data, b->out.len, 0);
}

/*
 * Forget a worker: every job it held goes back to the queue (oldest
 * first) or to the dead letters; a local process that may still be alive
 * is terminated, and the supervisor starts a fresh one.
 */
void
wsock_lost(struct broker *b, struct worker *w, const char *why,
    int kill_it)
{
	struct job *j;
	int planned = w->retired && w->njobs == 0;

	if (w->njobs > 0)
		log_warnx("worker %s: %s; requeueing %zu job%s", w->name, why,
		    w->njobs, w->njobs == 1 ? "" : "s");
	else
		log_info("worker %s: %s", w->name, why);
	/*
	 * Newest first, each to the front: the oldest ends up first.  A
	 * worker runs its jobs in the order sent, so only the oldest was
	 * under way; the ones behind it never started, and are not charged
	 * an attempt — else a poison article would take its queue-mates
	 * down with it.  A worker that says BYE has answered the job it
	 * was running and dropped the rest (worker_exit): none was under
	 * way, and none is charged, or one on its last attempt would be a
	 * dead letter it never earned; but the head only JOB_BYES_FREE
	 * times, so a peer that says BYE for the job it began instead of
	 * answering it cannot return it forever.
	 */
	while ((j = TAILQ_LAST(&w->jobs, job_list)) != NULL) {
		int head, free_bye;

		workers_release(&b->workers, w, j);
		head = w->njobs == 0;
		free_bye = w->said_bye && (!head || j->byes < JOB_BYES_FREE);
		if (!free_bye)
			j->suspect = 1;
		if (!head || free_bye) {	/* not started */
			if (head)
				j->byes++;
			j->attempt--;
			if (j->sid != 0)
				spool_attempt(b->spool, j->sid, j->attempt);
			queue_push_front(&b->queue, j);
			continue;
		}
		if (j->error[0] == '\0')
			job_set_error(j, "worker %s: %s", w->name, why);
		outcome_retry(b, j);
	}
	if (kill_it && w->local)
		supervisor_kill(b->sup, w->pid, why);
	/* A retirement we asked for is no loss. */
	if (planned)
		b->stats.workers_retired++;
	else
		b->stats.workers_lost++;
	workers_remove(&b->workers, &w);
}

/* Tell a misbehaving worker to go, and forget it. */
static void
expel(struct broker *b, struct worker *w, const char *why)
{
	wsock_send(b, w->rid, w->rid_len, WMSG_BYE);
	wsock_lost(b, w, why, 1);
}

static void
on_ready(struct broker *b, zmq_msg_t *rid, struct worker *w,
    const struct wmsg *m)
{
	size_t len = zmq_msg_size(rid);

	if (w != NULL) {
		/* READY again: it reconnected and lost what it held. */
		wsock_lost(b, w, "registered again", 0);
	}
	if (b->exiting) {
		wsock_send(b, zmq_msg_data(rid), len, WMSG_BYE);
		return;
	}
	if (len > WORKERS_RID_MAX)
		fatalx("workers: routing id of %zu bytes", len);
	w = workers_add(&b->workers, zmq_msg_data(rid), len, m->name.p,
	    m->name.len, (pid_t)m->pid, m->credit, now_us());
	w->batch = m->batch > 1 ? m->batch : 1;
	w->local = m->pid > 0 && supervisor_owns(b->sup, w->pid);
	if (w->local)
		supervisor_ready(b->sup, w->pid);
	wsock_idle(b, w);
	broker_notify_ready(b);
	log_info("worker %s ready (pid %ld, %s, credit %u, batch %u, %.*s)",
	    w->name, (long)w->pid, w->local ? "local" : "remote", w->credit,
	    w->batch,
	    (int)(m->extractor.len < 64 ? m->extractor.len : 64),
	    m->extractor.p ? m->extractor.p : "");
}

/*
 * A worker runs its jobs in the order sent, so a job's time starts when
 * it reaches the head of its worker's line, not when it was sent: else a
 * job behind slow ones would be timed out before it began.
 */
void
wsock_deadline(struct broker *b, struct job *j)
{
	j->deadline_us = now_us() + (uint64_t)b->cfg->job_timeout_ms * 1000;
}

/*
 * j reaches the head of its worker's line: its time starts, and its
 * attempt is written to the spool only now, so a crash of quarryd
 * charges the job it interrupted, not those waiting behind it.
 */
static void
wsock_head(struct broker *b, struct job *j)
{
	wsock_deadline(b, j);
	if (j->sid != 0)
		spool_attempt(b->spool, j->sid, j->attempt);
}

/* One DONE from w: 0, or -1 if w was expelled (and is gone). */
static int
on_done(struct broker *b, struct worker *w, struct wmsg *m)
{
	char err[PROTO_ERR_MAX], why[PROTO_ERR_MAX + 64];
	struct result r;
	struct job *j;

	TAILQ_FOREACH(j, &w->jobs, link)
		if (j->jid == m->job)
			break;
	if (j == NULL && workers_handed_back_done(&b->workers, w, m->job)) {
		/* Done by another worker since; this one's result is not
		 * needed, its credit is back. */
		wsock_idle(b, w);
		return 0;
	}
	if (j == NULL) {
		snprintf(why, sizeof(why), "DONE for job %llu it does not "
		    "hold", (unsigned long long)m->job);
		expel(b, w, why);
		return -1;
	}
	if (m->error.len == 0 &&
	    proto_result_check(&m->result, j->article.body, err,
	    sizeof(err)) == -1) {
		snprintf(why, sizeof(why), "invalid result for job %llu: %s",
		    (unsigned long long)m->job, err);
		job_set_error(j, "worker %s: %s", w->name, why);
		expel(b, w, why);
		return -1;
	}
	if (j == TAILQ_FIRST(&w->jobs) && TAILQ_NEXT(j, link) != NULL)
		wsock_head(b, TAILQ_NEXT(j, link));
	workers_done(&b->workers, w, j);
	wsock_idle(b, w);
	if (m->error.len > 0) {
		job_set_error(j, "worker %s: %.*s", w->name,
		    (int)(m->error.len < 200 ? m->error.len : 200),
		    m->error.p);
		outcome_retry(b, j);
		return 0;
	}
	r = m->result;
	r.id = j->article.id;
	r.url = j->article.url;
	r.source = j->article.source;
	r.published = j->article.published;
	r.seq = ++b->seq;
	r.worker = str_make(w->name, strlen(w->name));
	outcome_publish(b, "result", &r, j->sid);
	b->stats.results++;
	stats_source(&b->stats, j->article.source.p, j->article.source.len,
	    STATS_RESULT);
	stats_latency(&b->stats, m->result.elapsed_us);
	outcome_retire(b, j);
	return 0;
}

/*
 * A DONES: each DONE in turn, as if it had come alone; one that is
 * malformed expels w, and those after it are not read (w's jobs go back
 * to the queue, theirs among them).
 */
static void
on_dones(struct broker *b, struct worker *w, const struct wmsg *batch)
{
	char err[PROTO_ERR_MAX], why[PROTO_ERR_MAX + 32];
	struct wmsg m;
	size_t i;

	for (i = 0; i < batch->nmsgs; i++) {
		if (proto_decode_wmsg_item(b->dec, batch, i, &m, err,
		    sizeof(err)) == -1) {
			snprintf(why, sizeof(why), "malformed message: %s",
			    err);
			expel(b, w, why);
			return;
		}
		if (on_done(b, w, &m) == -1)
			return;
	}
}

int
wsock_read(struct broker *b)
{
	zmq_msg_t f[ZSOCK_FRAMES_MAX];
	char err[PROTO_ERR_MAX], why[PROTO_ERR_MAX + 32];
	struct worker *w;
	struct wmsg m;
	int n, kept;

	if ((n = zsock_recv(b->wsock, f, ZSOCK_FRAMES_MAX)) == 0)
		return 0;
	kept = n < ZSOCK_FRAMES_MAX ? n : ZSOCK_FRAMES_MAX;
	w = workers_find(&b->workers, zmq_msg_data(&f[0]),
	    zmq_msg_size(&f[0]));
	if (w != NULL)
		w->last_heard_us = now_us();
	if (n != 2) {
		snprintf(why, sizeof(why), "message of %d frames, expected 1",
		    n - 1);
		if (w != NULL)
			expel(b, w, why);
		else
			log_warnx("workers: unknown peer: %s", why);
		goto out;
	}
	if (proto_decode_wmsg(b->dec, zmq_msg_data(&f[1]),
	    zmq_msg_size(&f[1]), &m, err, sizeof(err)) == -1) {
		snprintf(why, sizeof(why), "malformed message: %s", err);
		if (w != NULL)
			expel(b, w, why);
		else {
			log_warnx("workers: unknown peer: %s", why);
			wsock_send(b, zmq_msg_data(&f[0]),
			    zmq_msg_size(&f[0]), WMSG_BYE);
		}
		goto out;
	}
	if (m.type == WMSG_READY) {
		on_ready(b, &f[0], w, &m);
		goto out;
	}
	if (w == NULL) {
		/* Not registered (we restarted, or expelled it): BYE makes
		 * a supervised worker exit and a remote one register. */
		if (m.type != WMSG_BYE)
			wsock_send(b, zmq_msg_data(&f[0]),
			    zmq_msg_size(&f[0]), WMSG_BYE);
		goto out;
	}
	switch (m.type) {
	case WMSG_DONE:
		(void)on_done(b, w, &m);
		break;
	case WMSG_DONES:
		on_dones(b, w, &m);
		break;
	case WMSG_HEARTBEAT:
		break;
	case WMSG_BYE:
		w->said_bye = 1;
		wsock_lost(b, w, "said goodbye", 0);
		break;
	case WMSG_JOB:
	case WMSG_JOBS:
	case WMSG_READY:
		expel(b, w, "sent a broker's message (JOB)");
		break;
	}
out:
	zsock_close_frames(f, kept);
	return 1;
}

/* The grace after a local worker's exit is over: settle it in this
 * turn's pump, once its last words are read (wsock_settle). */
void
wsock_reap_cb(evutil_socket_t fd, short what, void *arg)
{
	struct broker *b = arg;

	(void)fd;
	(void)what;
	b->settle_due = 1;
}

void
wsock_child_exit(void *arg, pid_t pid, int status)
{
	struct broker *b = arg;
	struct timeval grace = { 0, WSOCK_REAP_GRACE_MS * 1000 };
	struct worker *w;

	if ((w = workers_find_local(&b->workers, pid)) != NULL &&
	    !w->exited) {
		if (WIFSIGNALED(status))
			snprintf(w->exit_why, sizeof(w->exit_why), "process "
			    "killed by signal %d", WTERMSIG(status));
		else
			snprintf(w->exit_why, sizeof(w->exit_why), "process "
			    "exited with status %d", WEXITSTATUS(status));
		/* No new work; what it held is settled after the grace. */
		w->exited = 1;
		workers_ready_remove(&b->workers, w);
		evtimer_add(b->reap_ev, &grace);
	}
}

/* Forget the exited workers whose grace is over; what they held goes
 * back to the queue, and to the workers that remain. */
void
wsock_settle(struct broker *b)
{
	struct worker *w, *next;

	if (!b->settle_due)
		return;
	b->settle_due = 0;
	for (w = TAILQ_FIRST(&b->workers.all); w != NULL; w = next) {
		next = TAILQ_NEXT(w, link);
		if (w->exited)
			wsock_lost(b, w, w->exit_why, 0);
	}
	dispatch_jobs(b);
}
