/*
 * replay.c — the spool's unfinished articles back into the queue: the
 * hooks the spool calls while it is read on start (an article's id,
 * progress for the service manager), and the refill that reads them in
 * one at a time, oldest first, as the queue has room.
 */
#include <stdio.h>
#include <stdlib.h>
#include <zmq.h>

#include "broker_private.h"
#include "job.h"
#include "ledger.h"
#include "log.h"
#include "message.h"
#include "notify.h"
#include "queue.h"
#include "spool.h"
#include "util.h"

/*
 * While the spool is read on start, each segment (64 MiB, well under a
 * second from any disk) asks the service manager for this much more
 * start-up time: the unit's TimeoutStartSec then bounds a stuck read,
 * not the size of the spool.
 */
#define REPLAY_EXTEND_US	(30 * 1000000ULL)

/* The spool's hooks: an article's id, and progress while it is read. */
int
replay_id(void *arg, const void *frame, size_t len, struct str *id)
{
	struct broker *b = arg;

	return proto_peek_id(b->dec, frame, len, id) == 0 && id->len > 0 ?
	    0 : -1;
}

void
replay_progress(void *arg, uint64_t done, uint64_t total)
{
	struct broker *b = arg;
	char st[128];

	snprintf(st, sizeof(st), "replaying the spool: %llu of %llu MiB read",
	    (unsigned long long)(done >> 20),
	    (unsigned long long)(total >> 20));
	notify_extend(b->notify, REPLAY_EXTEND_US, st);
}

static void
free_frame(void *data, void *hint)
{
	(void)hint;
	free(data);
}

/* Queue one unfinished article read back from the spool. */
static void
replay_one(struct broker *b, uint64_t sid, uint32_t attempts,
    void *frame, size_t len)
{
	char err[PROTO_ERR_MAX] = "";
	struct article a;
	struct job *j;
	zmq_msg_t m;

	if (zmq_msg_init_data(&m, frame, len, free_frame, NULL) == -1)
		fatal("zmq_msg_init_data");
	if (proto_decode_article(b->dec, zmq_msg_data(&m), len, &a, err,
	    sizeof(err)) == -1 || ledger_find(b->ledger, a.id) != NULL) {
		/* It passed this check when it was accepted; a newer
		 * protocol may disagree.  Or its id was taken again while it
		 * waited on disk (spool_pending could not read its id). */
		log_warnx("spool: record %llu dropped: %s",
		    (unsigned long long)sid, err[0] ? err : "duplicate id");
		spool_done(b->spool, sid);
		zmq_msg_close(&m);
		return;
	}
	j = job_new(++b->next_jid, &m, &a);
	zmq_msg_close(&m);
	j->sid = sid;
	j->accepted_us = now_us();
	/* Attempts survive restarts: a poison article does not get
	 * max_attempts more tries per start.  One with none left is dead
	 * lettered when dispatch reaches it. */
	j->attempt = attempts;
	if (attempts >= b->cfg->max_attempts)
		job_set_error(j, "%u attempt%s made before quarryd restarted",
		    attempts, attempts == 1 ? "" : "s");
	ledger_insert(b->ledger, j);
	queue_push(&b->queue, j);
}

/*
 * Read unfinished articles in from the spool while the queue has room:
 * a spool larger than the queue (in articles or in bytes) stays on disk
 * and is read in as the queue drains.  They were accepted first, so they take the room before
 * new submissions do.
 */
void
replay_refill(struct broker *b)
{
	uint64_t sid;
	uint32_t attempts;
	void *frame;
	size_t len;

	if (b->spool == NULL)
		return;
	while (spool_replay_left(b->spool) > 0 &&
	    queue_has_room_for(&b->queue, spool_replay_next_len(b->spool) +
	    sizeof(struct job)) &&
	    spool_replay_next(b->spool, &sid, &attempts, &frame, &len) == 1)
		replay_one(b, sid, attempts, frame, len);
}
