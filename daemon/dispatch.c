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
 * body twice (and left b->out as big as the largest article).
 */
static void
encode_job(zmq_msg_t *msg, const struct wmsg *m)
{
	size_t len = proto_wmsg_size(m);

	if (len == 0 || zmq_msg_init_size(msg, len) == -1)
		fatal("encode job");
	if (proto_encode_wmsg_into(zmq_msg_data(msg), len, m) == -1)
		fatal("encode job");
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

int
dispatch_jobs(struct broker *b)
{
	struct worker *w;
	struct job *j;
	struct wmsg m;
	zmq_msg_t msg;
	int sent = 0;

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
		memset(&m, 0, sizeof(m));
		m.type = WMSG_JOB;
		m.job = j->jid;
		m.attempt = j->attempt;
		m.article = j->article;
		encode_job(&msg, &m);
		if (zsock_send(b->wsock, w->rid, w->rid_len, 1) == -1 ||
		    send_msg(b->wsock, &msg) == -1) {
			char why[96];

			zmq_msg_close(&msg);
			/* Not delivered, so not an attempt. */
			j->attempt--;
			queue_push_front(&b->queue, j);
			snprintf(why, sizeof(why), "unreachable (%s)",
			    zmq_strerror(errno));
			wsock_lost(b, w, why, 1);
			continue;
		}
		j->error[0] = '\0';
		if (j->sid != 0)
			spool_attempt(b->spool, j->sid, j->attempt);
		if (w->njobs == 0)	/* else when it reaches the head */
			wsock_deadline(b, j);
		workers_hold(&b->workers, w, j);
		sent++;
	}
	return sent;
}
