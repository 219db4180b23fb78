/*
 * broker_private.h — what the files of quarryd's broker role share: the
 * broker's state (struct broker) and the calls between its files.  Only
 * those files include it.
 *
 *   broker.c    the role: set-up, the loop and its pump, signals, the
 *               drain, tear-down, what operators see
 *   ingest.c    the ingest socket: articles in, acks out (held for the
 *               spool's sync)
 *   dispatch.c  jobs from the queue to workers with credit
 *   replay.c    the spool's unfinished articles back into the queue
 *   wsock.c     the workers socket: what workers say, what they are
 *               told, and a worker lost
 *   outcome.c   an attempt's end: results and dead letters published,
 *               retries, a finished article's DONE, the JetStream sink
 *   tick.c      the tick: heartbeats, liveness, deadlines, slow jobs
 *
 * Callbacks only change state and mark sockets dirty; broker.c's pump
 * reads the sockets once per turn of the loop (broker.c).
 */
#ifndef QUARRY_BROKER_PRIVATE_H
#define QUARRY_BROKER_PRIVATE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/queue.h>
#include <sys/types.h>
#include <event2/event.h>
#include <zmq.h>

#include "broker.h"
#include "config.h"
#include "message.h"
#include "queue.h"
#include "stats.h"
#include "workers.h"

/*
 * An "accepted" ack waiting for the spool to make its article durable
 * (fsync always or batch).  It copies what it needs: the job may even be
 * finished before the ack goes out.
 */
struct held_ack {
	TAILQ_ENTRY(held_ack) link;
	zmq_msg_t	 rid;
	int		 delim;
	size_t		 idlen;
	char		 id[];
};

TAILQ_HEAD(held_ack_list, held_ack);

/*
 * With the spool on, the articles accepted in one burst of reads from
 * the ingest socket are written to it together, in one write, at the end
 * of the burst (ingest_flush); until then each waits here with what its
 * ack needs, neither queued nor acked.  At most INGEST_PEND_MAX of them
 * (the pump's burst, BROKER_BATCH in broker.c; spool_append_many() takes
 * as many) and about INGEST_PEND_BYTES of frames (a segment passes its
 * size by at most that, and the write stays short).
 */
#define INGEST_PEND_MAX		64
#define INGEST_PEND_BYTES	(1024 * 1024)

struct ingest_pend {
	struct job	*j;
	zmq_msg_t	 rid;
	int		 delim;
};

/* A finished article waiting out OUTCOME_DONE_GRACE_US. */
struct broker_fin {
	uint64_t	 sid;
	uint64_t	 at_us;
};

struct broker {
	struct config	*cfg;
	struct event_base *base;
	void		*zctx;
	struct zsock	*ingest, *wsock, *results;
	struct results	*res;		/* the results socket's side */
	struct queue	 queue;
	struct ledger	*ledger;
	struct spool	*spool;		/* NULL when off */
	struct dedupfile *dedup;	/* the duplicate window on disk (with
					 * the spool), or NULL */
	struct sink	*sink;		/* JetStream; NULL when off */
	struct broker_fin *fin;		/* finished, DONE not yet given to
					 * the spool: oldest first */
	size_t		 fin_head, fin_n, fin_cap;
	struct ingest_pend pend[INGEST_PEND_MAX]; /* not yet spooled */
	size_t		 npend, pend_bytes;
	struct held_ack_list held;	/* acks waiting for a spool sync */
	size_t		 nheld;
	struct event	*commit_ev;	/* fsync batch: the group commit */
	struct supervisor *sup;
	struct workers	 workers;	/* the registry and its counts */
	struct proto_decoder *dec;
	struct pbuf	 out;
	struct pbuf	 res_out;	/* the next Result, then ZeroMQ's
					 * (results_publish_buf) */
	uint64_t	 next_jid;
	uint64_t	 seq;
	uint64_t	 last_hb_us;
	struct event	*tick_ev;
	struct event	*reap_ev;	/* settles exited workers */
	struct event	*sig_ev[3];	/* TERM, INT, HUP */
	int		 draining;
	uint64_t	 hold_until_us;	/* replayed articles wait for a
					 * subscriber to sync, or this long */
	uint64_t	 drain_deadline_us;
	int		 exiting;	/* workers told to go */
	uint64_t	 exit_deadline_us;
	int		 done;		/* the loop may end */
	int		 settle_due;	/* exited workers' grace is over */
	struct stats	 stats;
	struct http	*http;		/* NULL when off */
	struct notify	*notify;	/* the service manager */
	struct curve	*curve;		/* CURVE and its ZAP handler, or NULL */
	struct fds	*fds;		/* the descriptor budget */
	broker_reload_fn reload;	/* SIGHUP */
	void		*reload_arg;
};


/* broker.c */
const char *broker_status(struct broker *, char *buf, size_t len);
void	broker_notify_ready(struct broker *);

/* ingest.c: read one message from the ingest socket (0: none left);
 * make the spool durable and send the acks that waited for it. */
int	ingest_read(struct broker *);
/* The burst's accepted articles spooled in one write, then queued and
 * acked (busy, if the write failed); nothing when none waits. */
void	ingest_flush(struct broker *);
void	ingest_commit(struct broker *);
void	ingest_commit_cb(evutil_socket_t, short, void *);

/* dispatch.c: hand queued jobs to workers with credit; how many went. */
int	dispatch_jobs(struct broker *);

/* replay.c: the spool's hooks, and the queue refilled from it. */
int	replay_id(void *, const void *frame, size_t len, struct str *id);
void	replay_progress(void *, uint64_t done, uint64_t total);
void	replay_refill(struct broker *);

/* wsock.c */
int	wsock_read(struct broker *);
void	wsock_send(struct broker *, const unsigned char *rid, size_t len,
	    enum wmsg_type);
void	wsock_idle(struct broker *, struct worker *);
void	wsock_lost(struct broker *, struct worker *, const char *why,
	    int kill_it);
void	wsock_deadline(struct broker *, struct job *);
void	wsock_child_exit(void *, pid_t, int status);
void	wsock_reap_cb(evutil_socket_t, short, void *);
void	wsock_settle(struct broker *);

/* outcome.c */
void	outcome_publish(struct broker *, const char *kind,
	    const struct result *, uint64_t sid);
void	outcome_retry(struct broker *, struct job *);
void	outcome_dead_letter(struct broker *, struct job *);
void	outcome_retire(struct broker *, struct job *);
void	outcome_done_due(struct broker *, int all);
int	outcome_sink_open(struct broker *);

/* tick.c: the timer's callback. */
void	tick_cb(evutil_socket_t, short, void *);

#endif
