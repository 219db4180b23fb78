/*
 * ingest.c — the ingest socket, the broker's side: each article a
 * producer sends is decoded untrusted, checked against the drain, the
 * sink, the duplicates and the queue's room, spooled, queued and acked;
 * with the spool's fsync on, "accepted" acks wait here for the sync
 * that makes their articles durable (ingest_commit).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/uio.h>
#include <event2/event.h>
#include <zmq.h>

#include "broker_private.h"
#include "job.h"
#include "ledger.h"
#include "log.h"
#include "message.h"
#include "queue.h"
#include "sink.h"
#include "spool.h"
#include "stats.h"
#include "util.h"
#include "zsock.h"

_Static_assert(INGEST_PEND_MAX <= SPOOL_APPEND_MAX,
    "one spool_append_many() takes a burst's articles");

static void
ingest_ack(struct broker *b, zmq_msg_t *rid, int delim, struct str id,
    enum ack_status status, const char *error)
{
	struct ack a;

	memset(&a, 0, sizeof(a));
	a.id = id;
	a.status = status;
	if (error != NULL)
		a.error = str_make(error, strlen(error));
	if (proto_encode_ack(&b->out, &a) == -1)
		fatal("encode ack");
	if (zsock_send(b->ingest, zmq_msg_data(rid), zmq_msg_size(rid), 1) ||
	    (delim && zsock_send(b->ingest, "", 0, 1)) ||
	    zsock_send(b->ingest, b->out.data, b->out.len, 0)) {
		char ex[LOG_EXCERPT_BUFSZ];

		/* The article's fate does not depend on the ack: an
		 * accepted one is queued, and a producer that missed the
		 * ack resends and hears "duplicate". */
		log_warnx("ingest: ack %s for \"%s\" not sent: %s",
		    ack_status_name(status), log_excerpt(ex, id.p, id.len),
		    zmq_strerror(errno));
	}
	switch (status) {
	case ACK_ACCEPTED:
		b->stats.accepted++;
		break;
	case ACK_DUPLICATE:
		b->stats.duplicate++;
		break;
	case ACK_BUSY:
		b->stats.busy++;
		break;
	case ACK_REJECTED:
		b->stats.rejected++;
		break;
	}
}

static void
hold_ack(struct broker *b, zmq_msg_t *rid, int delim, struct str id)
{
	struct held_ack *h = xmalloc(sizeof(*h) + id.len);

	zmq_msg_init(&h->rid);
	if (zmq_msg_copy(&h->rid, rid) == -1)
		fatal("zmq_msg_copy");
	h->delim = delim;
	h->idlen = id.len;
	memcpy(h->id, id.p, id.len);
	TAILQ_INSERT_TAIL(&b->held, h, link);
	if (b->nheld++ == 0 && b->commit_ev != NULL) {
		struct timeval tv;

		tv.tv_sec = b->cfg->spool_batch_ms / 1000;
		tv.tv_usec = (b->cfg->spool_batch_ms % 1000) * 1000;
		evtimer_add(b->commit_ev, &tv);
	}
}

/* Make the spool durable, then send the acks that waited for it. */
void
ingest_commit(struct broker *b)
{
	struct held_ack *h;

	if (b->nheld == 0)
		return;
	/*
	 * An fsync that fails may have lost the pages it was to write: no
	 * later fsync can be trusted to cover them (PostgreSQL's lesson).
	 * Die unacknowledged; producers resend, the spool replays.
	 */
	if (spool_sync(b->spool) == -1)
		fatal("spool: fdatasync");
	while ((h = TAILQ_FIRST(&b->held)) != NULL) {
		TAILQ_REMOVE(&b->held, h, link);
		ingest_ack(b, &h->rid, h->delim, str_make(h->id, h->idlen),
		    ACK_ACCEPTED, NULL);
		zmq_msg_close(&h->rid);
		free(h);
	}
	b->nheld = 0;
	if (b->commit_ev != NULL)
		evtimer_del(b->commit_ev);
}

void
ingest_commit_cb(evutil_socket_t fd, short what, void *arg)
{
	struct broker *b = arg;

	(void)fd;
	(void)what;
	ingest_commit(b);
}

/*
 * ZeroMQ hands up a frame that fits in its 8 KiB receive buffer as a
 * slice of that buffer, which then stays allocated while any slice of it
 * lives: a queued 4 KB article pinned about twice its size (quarryd
 * peaked at 91 MB with 10,000 of them queued).  A copy of its own size
 * costs one memcpy and frees the buffer at once.  It is made only while
 * quarryd holds INGEST_OWN_AFTER articles or more (queued or at
 * workers): below that the buffers the slices pin are at most that many
 * times 8 KiB (4 MiB), and the copy (an allocation, a memcpy and a free
 * of 4 KB, ~1k instructions an article in quarryd's thread) is saved
 * where a queue keeps up with its workers.
 */
#define INGEST_OWN_AFTER	512

static void
own_frame(zmq_msg_t *m)
{
	zmq_msg_t own;
	size_t len = zmq_msg_size(m);

	if (zmq_msg_init_size(&own, len) == -1)
		fatal("zmq_msg_init_size");
	memcpy(zmq_msg_data(&own), zmq_msg_data(m), len);
	if (zmq_msg_move(m, &own) == -1)
		fatal("zmq_msg_move");
	zmq_msg_close(&own);
}

/* j is accepted (spooled, if the spool is on): queued, and acked now or
 * once the spool is synced. */
static void
ingest_accept(struct broker *b, struct job *j, zmq_msg_t *rid, int delim)
{
	ledger_insert_hashed(b->ledger, j, j->idhash);
	queue_push(&b->queue, j);
	stats_source(&b->stats, j->article.source.p, j->article.source.len,
	    STATS_ACCEPTED);
	if (b->spool != NULL && spool_holds_acks(b->spool))
		hold_ack(b, rid, delim, j->article.id);
	else
		ingest_ack(b, rid, delim, j->article.id, ACK_ACCEPTED, NULL);
}

/* Is an article of this id waiting to be spooled? */
static int
pend_has(const struct broker *b, struct str id)
{
	size_t i;

	for (i = 0; i < b->npend; i++)
		if (b->pend[i].j->article.id.len == id.len &&
		    memcmp(b->pend[i].j->article.id.p, id.p, id.len) == 0)
			return 1;
	return 0;
}

void
ingest_flush(struct broker *b)
{
	struct iovec fr[INGEST_PEND_MAX];
	char busy[64];
	size_t i, n = b->npend;
	uint64_t sid;

	if (n == 0)
		return;
	b->npend = 0;
	b->pend_bytes = 0;
	for (i = 0; i < n; i++) {
		fr[i].iov_base = zmq_msg_data(&b->pend[i].j->frame);
		fr[i].iov_len = zmq_msg_size(&b->pend[i].j->frame);
	}
	if ((sid = spool_append_many(b->spool, fr, n)) == 0) {
		/* Not durable, so not accepted: the producers retry. */
		snprintf(busy, sizeof(busy), "spool: %s", strerror(errno));
		log_warnx("ingest: %s (%zu article%s)", busy, n,
		    n == 1 ? "" : "s");
	}
	for (i = 0; i < n; i++) {
		struct ingest_pend *p = &b->pend[i];

		if (sid == 0) {
			ingest_ack(b, &p->rid, p->delim, p->j->article.id,
			    ACK_BUSY, busy);
			job_destroy(&p->j);
		} else {
			p->j->sid = sid + i;
			ingest_accept(b, p->j, &p->rid, p->delim);
			p->j = NULL;
		}
		zmq_msg_close(&p->rid);
	}
}

int
ingest_read(struct broker *b)
{
	zmq_msg_t f[ZSOCK_FRAMES_MAX];
	char err[PROTO_ERR_MAX], busy[64];
	struct str id = { NULL, 0 };
	struct article a;
	struct job *j;
	uint64_t h;
	int n, kept, delim, payload;
	char why[PROTO_ERR_MAX / 2];	/* "id: " + why fits in err */

	if ((n = zsock_recv(b->ingest, f, ZSOCK_FRAMES_MAX)) == 0)
		return 0;
	kept = n < ZSOCK_FRAMES_MAX ? n : ZSOCK_FRAMES_MAX;
	/* [identity][empty][payload] from REQ or a polite DEALER;
	 * [identity][payload] from a DEALER that skips the delimiter. */
	delim = n >= 3 && zmq_msg_size(&f[1]) == 0;
	payload = 1 + delim;
	if (payload < kept)
		b->stats.bytes_in += zmq_msg_size(&f[payload]);
	if (n - payload != 1) {
		snprintf(err, sizeof(err), "frames: expected one payload "
		    "frame, got %d", n - payload);
		if (n - payload > 1 && payload < kept)
			proto_peek_id(b->dec, zmq_msg_data(&f[payload]),
			    zmq_msg_size(&f[payload]), &id);
		ingest_ack(b, &f[0], delim, id, ACK_REJECTED, err);
		goto out;
	}
	if (b->queue.count + b->workers.inflight + b->npend >=
	    INGEST_OWN_AFTER)
		own_frame(&f[payload]);
	if (proto_decode_article(b->dec, zmq_msg_data(&f[payload]),
	    zmq_msg_size(&f[payload]), &a, err, sizeof(err)) == -1) {
		char ex[LOG_EXCERPT_BUFSZ];

		proto_peek_id(b->dec, zmq_msg_data(&f[payload]),
		    zmq_msg_size(&f[payload]), &id);
		log_info("ingest: rejected \"%s\": %s",
		    log_excerpt(ex, id.p, id.len), err);
		ingest_ack(b, &f[0], delim, id, ACK_REJECTED, err);
		goto out;
	}
	if (b->sink != NULL && sink_id_problem(a.id, why, sizeof(why))) {
		snprintf(err, sizeof(err), "id: %s", why);
		ingest_ack(b, &f[0], delim, a.id, ACK_REJECTED, err);
		goto out;
	}
	if (b->draining) {
		ingest_ack(b, &f[0], delim, a.id, ACK_BUSY, "shutting down");
		goto out;
	}
	if (b->sink != NULL && sink_full(b->sink)) {
		ingest_ack(b, &f[0], delim, a.id, ACK_BUSY,
		    "sink unavailable");
		goto out;
	}
	/*
	 * The burst's articles not yet spooled are neither in the ledger
	 * nor in the queue: spooled first (and so queued), they count
	 * below as any other.
	 */
	if (b->npend > 0 && (pend_has(b, a.id) ||
	    b->queue.count + b->npend >= b->queue.max ||
	    (b->queue.max_bytes > 0 && b->queue.bytes + b->pend_bytes +
	    b->npend * sizeof(struct job) + zmq_msg_size(&f[payload]) +
	    sizeof(struct job) > b->queue.max_bytes)))
		ingest_flush(b);
	h = ledger_id_hash(b->ledger, a.id);
	if (ledger_find_hashed(b->ledger, a.id, h) != NULL ||
	    ledger_recent_hashed(b->ledger, a.id, h, now_us()) ||
	    (b->spool != NULL && spool_pending(b->spool, a.id))) {
		ingest_ack(b, &f[0], delim, a.id, ACK_DUPLICATE, NULL);
		goto out;
	}
	if (!queue_has_room(&b->queue)) {
		snprintf(busy, sizeof(busy), "queue full (%zu articles)",
		    b->queue.max);
		ingest_ack(b, &f[0], delim, a.id, ACK_BUSY, busy);
		goto out;
	}
	if (!queue_has_room_for(&b->queue, zmq_msg_size(&f[payload]) +
	    sizeof(struct job))) {
		snprintf(busy, sizeof(busy), "queue full (%zu bytes)",
		    b->queue.max_bytes);
		ingest_ack(b, &f[0], delim, a.id, ACK_BUSY, busy);
		goto out;
	}
	j = job_new(++b->next_jid, &f[payload], &a);
	j->accepted_us = now_us();
	j->idhash = h;		/* indexed by it in ingest_accept */
	if (b->spool != NULL) {
		/* Spooled with the rest of the burst (ingest_flush). */
		struct ingest_pend *p = &b->pend[b->npend++];

		p->j = j;
		p->delim = delim;
		zmq_msg_init(&p->rid);
		if (zmq_msg_move(&p->rid, &f[0]) == -1)
			fatal("zmq_msg_move");
		b->pend_bytes += zmq_msg_size(&j->frame);
		if (b->npend == INGEST_PEND_MAX ||
		    b->pend_bytes >= INGEST_PEND_BYTES)
			ingest_flush(b);
		goto out;
	}
	/* Dispatched at the end of the pump's pass (broker_pump), with
	 * the rest of the burst: one JOBS for the jobs a worker is given,
	 * not a JOB each as they come. */
	ingest_accept(b, j, &f[0], delim);
out:
	zsock_close_frames(f, kept);
	return 1;
}
