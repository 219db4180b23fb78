/*
 * dispatch.c — jobs from the head of the queue to workers with credit:
 * after the start's hold for a subscriber, while the sink has room, in
 * the order workers_pick() chooses (workers.h); a replayed article with
 * no attempt left becomes a dead letter here.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <zmq.h>

#include "broker_private.h"
#include "job.h"
#include "log.h"
#include "message.h"
#include "queue.h"
#include "sink.h"
#include "spool.h"
#include "util.h"
#include "workers.h"
#include "zsock.h"

/*
 * A JOB is encoded straight into the message ZeroMQ sends, sized by a
 * counting pass: encoding into b->out and then zmq_send() copied the
 * body twice (and left b->out as big as the largest article).  So is a
 * JOBS (docs/protocol.md 7.5), its JOBs one after the other in it.
 */
static void
job_wmsg(const struct job *j, struct wmsg *m)
{
	memset(m, 0, sizeof(*m));
	m->type = WMSG_JOB;
	m->job = j->jid;
	m->attempt = j->attempt;
	m->article = j->article;
}

static void
encode_job(zmq_msg_t *msg, const struct job *j)
{
	struct wmsg m;
	size_t len;

	job_wmsg(j, &m);
	len = proto_wmsg_size(&m);
	if (len == 0 || zmq_msg_init_size(msg, len) == -1)
		fatal("encode job");
	if (proto_encode_wmsg_into(zmq_msg_data(msg), len, &m) == -1)
		fatal("encode job");
}

/*
 * The n jobs from first on, in one JOBS; 0, or -1 if they do not fit one
 * frame (then they go one by one).  n is at most PROTO_BATCH_MAX.
 */
static int
encode_jobs(zmq_msg_t *msg, struct job *first, size_t n)
{
	size_t size[PROTO_BATCH_MAX], total, i;
	struct proto_batch pb;
	struct wmsg m;
	struct job *j;
	void *at;

	total = proto_batch_head_size(WMSG_JOBS, n);
	for (i = 0, j = first; i < n; i++, j = TAILQ_NEXT(j, link)) {
		job_wmsg(j, &m);
		if ((size[i] = proto_wmsg_size(&m)) == 0)
			fatal("encode job");
		total += proto_batch_item_size(size[i]);
	}
	/*
	 * Not expected: a busy worker holds at most WORKERS_HOLD_BYTES of
	 * bodies, and only an idle one's first job is larger, alone.
	 */
	if (total > PROTO_FRAME_MAX)
		return -1;
	if (zmq_msg_init_size(msg, total) == -1 ||
	    proto_batch_open(&pb, zmq_msg_data(msg), total, WMSG_JOBS,
	    n) == -1)
		fatal("encode jobs");
	for (i = 0, j = first; i < n; i++, j = TAILQ_NEXT(j, link)) {
		job_wmsg(j, &m);
		if ((at = proto_batch_item(&pb, size[i])) == NULL ||
		    proto_encode_wmsg_into(at, size[i], &m) == -1)
			fatal("encode jobs");
	}
	return 0;
}

/* zsock_send() for a message already built: ZeroMQ takes its content
 * (on success msg is left empty), so nothing is copied. */
static int
send_msg(struct zsock *z, zmq_msg_t *msg)
{
	z->dirty = 1;
	for (;;) {
		if (zmq_msg_send(msg, z->sock, ZMQ_DONTWAIT) != -1)
			return 0;
		if (zmq_errno() != EINTR) {
			errno = zmq_errno();
			return -1;
		}
	}
}

/* msg to w: its routing id, then the message. */
static int
send_to(struct broker *b, const struct worker *w, zmq_msg_t *msg)
{
	if (zsock_send(b->wsock, w->rid, w->rid_len, 1) == -1 ||
	    send_msg(b->wsock, msg) == -1) {
		zmq_msg_close(msg);
		return -1;
	}
	return 0;
}

/*
 * The jobs picked for w in this dispatch (the last w->npend of its line)
 * go out: one in a JOB, more in one JOBS.  Those sent are attempts; if
 * sending fails, the rest were not delivered, so not attempts: they go
 * back to the front of the queue, and w is lost (freed).  How many went.
 */
static size_t
dispatch_flush(struct broker *b, struct worker *w)
{
	struct job *first, *j;
	size_t n = w->npend, i, sent = 0;
	zmq_msg_t msg;
	char why[96];

	w->npend = 0;
	if (n == 0)
		return 0;
	for (i = 1, first = TAILQ_LAST(&w->jobs, job_list); i < n; i++)
		first = TAILQ_PREV(first, job_list, link);
	if (n > 1 && encode_jobs(&msg, first, n) == 0) {
		if (send_to(b, w, &msg) == 0)
			sent = n;
	} else
		for (j = first; sent < n; sent++, j = TAILQ_NEXT(j, link)) {
			encode_job(&msg, j);
			if (send_to(b, w, &msg) == -1)
				break;
		}
	if (sent < n) {
		snprintf(why, sizeof(why), "unreachable (%s)",
		    zmq_strerror(errno));
		/* Newest first, each to the front: the oldest ends up
		 * first. */
		for (i = sent; i < n; i++) {
			j = TAILQ_LAST(&w->jobs, job_list);
			workers_release(&b->workers, w, j);
			j->attempt--;
			queue_push_front(&b->queue, j);
		}
	}
	/* The spool charges an attempt when it begins, at the head of w's
	 * line (wsock_head): one behind another has not. */
	for (i = 0, j = first; i < sent; i++, j = TAILQ_NEXT(j, link)) {
		j->error[0] = '\0';
		if (j->sid != 0 && j == TAILQ_FIRST(&w->jobs))
			spool_attempt(b->spool, j->sid, j->attempt);
	}
	if (sent < n)
		wsock_lost(b, w, why, 1);
	return sent;
}

/*
 * Off the dispatch's list of workers with jobs picked (before it can be
 * lost), and those jobs sent.
 */
static void
dispatch_unlist(struct worker **list, struct worker *w)
{
	struct worker **pp;

	for (pp = list; *pp != NULL; pp = &(*pp)->pend_next)
		if (*pp == w) {
			*pp = w->pend_next;
			break;
		}
	w->pend_next = NULL;
	w->pend_listed = 0;
}

int
dispatch_jobs(struct broker *b)
{
	struct worker *w, *pend = NULL;
	struct job *j;
	size_t sent = 0;

	replay_refill(b);
	if (b->hold_until_us != 0) {
		if (now_us() < b->hold_until_us)
			return 0;
		b->hold_until_us = 0;
		log_warnx("start: no subscriber synced within %u ms; "
		    "dispatching (results published now reach only "
		    "subscribers already connected)", b->cfg->replay_hold_ms);
	}
	/* JetStream is behind: produce no more results until it acks. */
	if (b->sink != NULL && sink_full(b->sink))
		return 0;
	/*
	 * Jobs are picked one by one, as the rules of workers_pick() say;
	 * those one worker is given in this pass go to it together, in one
	 * JOBS of at most its batch (a worker that asked for none gets each
	 * in a JOB of its own), so a burst costs ZeroMQ one message, one
	 * wake-up and, past 8 KiB, one system call instead of one per job.
	 */
	while (b->queue.count > 0) {
		j = queue_peek(&b->queue);
		if (j->attempt >= b->cfg->max_attempts) {
			/* Replayed with its attempts used up. */
			outcome_dead_letter(b, queue_pop(&b->queue));
			replay_refill(b);
			continue;
		}
		/* The first in round-robin order that may take it; a
		 * suspect runs alone, so it waits for an idle worker. */
		if ((w = workers_pick(&b->workers, j,
		    b->queue.count)) == NULL)
			break;
		j = queue_pop(&b->queue);
		replay_refill(b);
		j->attempt++;
		if (w->njobs == 0)	/* else when it reaches the head */
			wsock_deadline(b, j);
		workers_hold(&b->workers, w, j);
		w->npend++;
		if (!w->pend_listed) {
			w->pend_listed = 1;
			w->pend_next = pend;
			pend = w;
		}
		if (w->npend >= w->batch || w->npend >= PROTO_BATCH_MAX) {
			dispatch_unlist(&pend, w);
			sent += dispatch_flush(b, w);
		}
	}
	while ((w = pend) != NULL) {
		dispatch_unlist(&pend, w);
		sent += dispatch_flush(b, w);
	}
	return (int)sent;
}
