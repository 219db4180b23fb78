/*
 * results.h — the results socket (XPUB) as subscribers see it:
 * publishing without ever blocking, the bytes of results libzmq holds for
 * subscribers and their budget, what happens to a subscriber that does
 * not read, and the subscriptions it may make.
 *
 * Bytes held.  Each published payload is handed to libzmq without a copy
 * (zmq_msg_init_data) and counted until libzmq frees it, that is until
 * every subscriber it was queued for has had it written to its socket (or
 * has gone).  One message queued for many subscribers counts once: the
 * count is what quarryd's memory really holds for them, all together.
 *
 * Past --results-max-bytes, subscribers that are not reading are closed.
 * libzmq 4.3 cannot bound a subscriber's queue in bytes: its high-water
 * mark counts messages, and lowering ZMQ_SNDHWM at run time leaves a
 * subscriber that had read everything stuck for good (the pipe's writer
 * counts what the reader has not yet reported, up to half the old mark;
 * the reader reports only after more reads, which never come).  It cannot
 * close one peer either.  So the connections of the results socket are
 * followed through its monitor (fds.h); at every tick, and at most every
 * RESULTS_LOOK_US while the held bytes are over the budget, each one's
 * kernel send queue is looked at, and over the budget a connection whose
 * queue has stayed backed up (a quarter of its buffer or more) for
 * RESULTS_STUCK_US is shut down: libzmq then drops that subscriber's
 * queue.  A subscriber with a backlog in libzmq has a full socket buffer,
 * as its I/O thread refills it at once; one that keeps up empties it.
 * Such a subscriber has lost what was queued for it; ZeroMQ reconnects
 * it, and it sees the gap in seq (docs/protocol.md).
 *
 * Drops at the high-water mark (RESULTS_HWM messages) are probed with
 * ZMQ_XPUB_NODROP: a send that finds a matching subscriber's queue full
 * fails with EAGAIN instead of dropping, is counted, and is sent again
 * without the probe so the others still get it.  libzmq then sets that
 * queue aside until its reader catches up, so only the first result of
 * each such stretch is seen: the counter counts stretches, not results.
 *
 * Subscriptions.  libzmq keeps each subscription a peer sends in a trie
 * before quarryd sees it (with ZMQ_XPUB_MANUAL too), so refusing one
 * frees nothing: the bound is per connection.  A subscription must be a
 * prefix of a topic quarryd publishes (results_topic_ok); a connection
 * that sends RESULTS_SUBS_MAX subscriptions, or one that is not such a
 * prefix, is shut down, which frees everything libzmq kept for it.
 */
#ifndef QUARRY_RESULTS_H
#define QUARRY_RESULTS_H

#include <stddef.h>
#include <stdint.h>

#include "fds.h"
#include "zsock.h"

/*
 * The high-water mark, in messages.  What binds is the byte budget; this
 * only catches a subscriber that lags by many small results, with room
 * for a burst: the pump publishes 64 results per batch, batch after
 * batch, faster than a subscriber's I/O thread may be scheduled.
 */
#define RESULTS_HWM		100000
/*
 * A connection whose socket has stayed backed up this long is not
 * keeping up, and is closed while the budget is exceeded.  A reading
 * subscriber takes a socket's buffer (~200 KB to 4 MB) in milliseconds;
 * half a second tolerates a scheduler hiccup on a loaded machine.  One
 * that stopped reading long before the budget ran out is closed at once;
 * one that stops just as it runs out lets half a second of output pile
 * up past it.
 */
#define RESULTS_STUCK_US	(500 * 1000ULL)
/*
 * What half a second of output comes to grows with the extractors'
 * speed (a fast machine publishes ~2 MB results every few tens of
 * milliseconds), so time alone does not bound the bytes: past this many
 * times the budget, each look closes at once the connection backed up
 * longest, stuck for RESULTS_STUCK_US or not.  A subscriber that reads
 * is backed up only for moments and since the last look at most; one
 * that stopped has been since before the budget ran out.  Twice: the
 * budget is what quarryd may hold, and as much again is room for the
 * output of the looks it takes to tell who stopped.
 */
#define RESULTS_HARD_FACTOR	2
/* Past the budget, publishing looks at the subscribers' sockets at most
 * this often (the tick looks every quarter heartbeat in any case): a
 * look costs two system calls per subscriber. */
#define RESULTS_LOOK_US		(10 * 1000ULL)
/* Log lines about drops and closed subscribers: one per this long. */
#define RESULTS_LOG_EVERY_US	(10 * 1000000ULL)
/*
 * Subscriptions one connection may send, repeats and cancellations
 * included.  A subscriber needs a few (result., dead., a source or two,
 * quarry.hello) and sends quarry.hello again each time it resyncs;
 * libzmq keeps each distinct one (a trie node per byte, ~40 bytes each:
 * 500,000 of 64 bytes held 1.1 GiB).  1,024 of at most 136 bytes hold
 * ~5.5 MiB per connection at worst, and no real subscriber comes near.
 */
#define RESULTS_SUBS_MAX	1024
/*
 * Subscription messages libzmq may hold from one connection before
 * quarryd has taken one: the XPUB's receive high-water mark.  libzmq
 * stores each subscription in its trie as it takes it off the
 * connection's pipe, on quarryd's thread and before quarryd can count
 * it, and it goes on taking them for as long as the pipe is not empty.
 * With a deep pipe its I/O thread refills it while the trie is being
 * built, so a sender faster than the trie keeps quarryd's thread in
 * that loop and the whole burst is stored before the count can close
 * the connection.  At 2 the I/O thread must be woken again every
 * message or two, so the loop almost always ends after one or two, and
 * quarryd counts each subscription about as it is stored (docs/security.md
 * has the measurements).  Not 1: with CURVE, libzmq 4.3.4 writes the
 * peer's ZAP user id into the pipe ahead of its first message and counts
 * it as written but never as read, so one slot stays taken for good and
 * at 1 the connection's first subscription would never arrive.  A real
 * subscriber sends a handful, so waking for each costs it nothing.
 */
#define RESULTS_SUBS_RCVHWM	2

#include "message.h"

struct results;

/* Publish on z; its connections followed through f.  max_bytes: the
 * budget of bytes held for subscribers. */
struct results *results_new(struct zsock *z, struct fds *f,
	    size_t max_bytes);
void	results_destroy(struct results **);
void	results_set_max_bytes(struct results *, size_t);

/* Send [topic][payload] to the subscribers that match it: never blocks,
 * never fails for a slow subscriber.  0, or -1 (errno) if ZeroMQ
 * refused the message itself. */
int	results_publish(struct results *, const char *topic, size_t tlen,
	    const void *data, size_t len);
/*
 * The same for a payload already in a buffer of its own: b->data +
 * RESULTS_HEADROOM up to b->len (proto_encode_result_reusing_at()).  On
 * success the buffer goes to ZeroMQ as it is, cut to its length, and b
 * gets a fresh one of the old capacity: no copy of the payload.  On
 * failure b is left as it was.
 */
#define RESULTS_HEADROOM	16
int	results_publish_buf(struct results *, const char *topic,
	    size_t tlen, struct pbuf *b);

/*
 * Read one message from subscribers (a subscription or a cancellation)
 * and act on it.  0 once the socket is empty (EAGAIN), else 1;
 * *hello_seen is set when it subscribed to topic hello (the
 * subscription-sync topic).
 */
int	results_read(struct results *, const char *hello, int *hello_seen);

/* The tick: over budget, close the connections that are not reading. */
void	results_tick(struct results *, uint64_t now_us);

/* Whether s (len bytes) is a prefix of a topic quarryd publishes. */
int	results_topic_ok(const char *s, size_t len);

struct results_counts {
	uint64_t	 held_bytes;	/* payload bytes libzmq holds now */
	size_t		 max_bytes;	/* the budget */
	uint64_t	 queue_full;	/* sends that found a queue full */
	uint64_t	 slow_closed;	/* subscribers closed past the budget */
	uint64_t	 subs_refused;	/* subscriptions refused */
	uint64_t	 subs_closed;	/* connections closed for them */
};
void	results_counts(const struct results *, struct results_counts *);

#endif
