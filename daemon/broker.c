/*
 * broker.c — quarryd's one thread: a libevent loop over three ZeroMQ
 * sockets (ingest ROUTER, workers ROUTER, results XPUB), the job queue,
 * the ledger of unfinished articles, credit-based dispatch, heartbeats,
 * retries and dead letters, and the drain on SIGTERM.
 *
 * The loop pumps once per turn (broker_run): after each batch of
 * callbacks and before it sleeps, broker_pump() reads every socket that
 * may hold input until a receive says EAGAIN: ZMQ_FD is edge-triggered,
 * and a send on a socket can swallow the edge its input was waiting for.
 * Callbacks only change state and mark sockets dirty; none has to
 * remember to pump.  The workers and what they hold are the books of
 * daemon/workers.c.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/queue.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <event2/event.h>
#include <zmq.h>

#include "broker.h"
#include "curve.h"
#include "dedupfile.h"
#include "detach.h"
#include "fds.h"
#include "http.h"
#include "job.h"
#include "ledger.h"
#include "log.h"
#include "message.h"
#include "notify.h"
#include "preflight.h"
#include "privdrop.h"
#include "queue.h"
#include "results.h"
#include "sink.h"
#include "spool.h"
#include "stats.h"
#include "supervisor.h"
#include "util.h"
#include "workers.h"
#include "zsock.h"

/* Messages handled from one socket before the pump turns to the next,
 * so a flood of submissions cannot starve workers' results. */
#define BROKER_BATCH		64
/* High-water marks of ingest and workers: acks and jobs are bounded by
 * the queue and by credit, so this only catches a peer that stopped
 * reading.  The results socket's are results.c's. */
#define BROKER_HWM		100000
/* The timer that drives heartbeats, deadlines and the drain: a quarter
 * heartbeat, within [10, 250] ms. */
#define BROKER_TICK_MIN_MS	10
#define BROKER_TICK_MAX_MS	250
/* On shutdown, workers get this long to leave before the loop ends. */
#define BROKER_EXIT_GRACE_US	(3 * 1000000ULL)
/* Topic prefix longest: "result." + PROTO_SOURCE_MAX. */
#define BROKER_TOPIC_MAX	(8 + PROTO_SOURCE_MAX)
/*
 * The largest message a subscriber may send.  A subscription is "\1"
 * and a topic prefix (137 bytes at most make sense), but the limit
 * (ZMQ_MAXMSGSIZE) also applies to the handshake, and CURVE's INITIATE
 * carries a vouch and metadata (~300 bytes): 1 KiB passes both.  A
 * longer message disconnects its sender before libzmq puts it in its
 * subscription trie: 200 prefixes of 4 KiB had added 25.8 MiB.  (Their
 * number is not bounded yet: docs/security.md.)
 */
#define BROKER_SUB_MAX		1024
/*
 * A local worker's death is settled this long after SIGCHLD: what it sent
 * just before dying (a DONE, then the crash on the next job) may still be
 * on its way through the socket, and must be read first — else the job
 * it finished would be blamed for the crash.
 */
#define BROKER_REAP_GRACE_MS	50
/*
 * While the spool is read on start, each segment (64 MiB, well under a
 * second from any disk) asks the service manager for this much more
 * start-up time: the unit's TimeoutStartSec then bounds a stuck read,
 * not the size of the spool.
 */
#define BROKER_REPLAY_EXTEND_US	(30 * 1000000ULL)
/*
 * How long the job at the head of a worker's line may run before the
 * jobs queued behind it are handed back to the queue for other workers
 * (or half the job timeout, if that is shorter).  A legal 4 MiB body
 * takes under 0.2 s even on the worst patterns of bench/linear_bench
 * (under 50 ms per MiB), and a few times that in a sanitizer build, so a
 * job past a second is a slow article, and its queue-mates should not
 * wait out its timeout behind it.
 */
#define BROKER_SLOW_US		(1000 * 1000ULL)
/*
 * A finished article's DONE goes to the spool this long after its result
 * was handed to ZeroMQ.  PUB confirms nothing: the result leaves the
 * process when ZeroMQ's I/O thread sends it, microseconds later on a
 * healthy machine, and a SIGKILL before that would lose it with its DONE
 * already written at the next tick.  Half a second covers a badly
 * starved I/O thread (not proven: PUB cannot say when a message left);
 * the cost is that a SIGKILL repeats the last half second's results.
 */
#define BROKER_DONE_GRACE_US	(500 * 1000ULL)
/* The subscription-sync topic (docs/protocol.md). */
#define BROKER_HELLO_TOPIC	"quarry.hello"
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

/* A finished article waiting out BROKER_DONE_GRACE_US. */
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
	struct held_ack_list held;	/* acks waiting for a spool sync */
	size_t		 nheld;
	struct event	*commit_ev;	/* fsync batch: the group commit */
	struct supervisor *sup;
	struct workers	 workers;	/* the registry and its counts */
	struct proto_decoder *dec;
	struct pbuf	 out;
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

static int broker_dispatch(struct broker *);
static void broker_refill(struct broker *);

/* --- replies and publishing --- */

static void
broker_ack(struct broker *b, zmq_msg_t *rid, int delim, struct str id,
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

/*
 * Publish on the XPUB and, with the sink on, hand the same payload to
 * JetStream; sid (the spool record, or 0) is recorded done when the
 * PubAck comes back (broker_sink_acked).
 */
static void
broker_publish(struct broker *b, const char *kind, const struct result *r,
    uint64_t sid)
{
	char topic[BROKER_TOPIC_MAX];
	size_t n = strlen(kind), src = r->source.len;

	/* "kind.source", cut to fit as snprintf did; built by hand, as
	 * snprintf cost more than encoding the Result. */
	if (n > sizeof(topic) - 1)
		n = sizeof(topic) - 1;
	memcpy(topic, kind, n);
	if (n < sizeof(topic) - 1)
		topic[n++] = '.';
	if (src > sizeof(topic) - 1 - n)
		src = sizeof(topic) - 1 - n;
	if (src > 0)
		memcpy(topic + n, r->source.p, src);
	n += src;
	if (proto_encode_result(&b->out, r) == -1)
		fatal("encode result");
	/* Never blocks: a subscriber that does not read loses results
	 * (results.h), the others do not. */
	if (results_publish(b->res, topic, n, b->out.data, b->out.len) == -1)
		log_warn("results: publish seq %llu",
		    (unsigned long long)r->seq);
	else
		b->stats.bytes_out += (uint64_t)n + b->out.len;
	if (b->sink != NULL)
		sink_publish(b->sink, kind, r->source, r->id, r->seq,
		    b->out.data, b->out.len, sid);
}

/* Give the spool the DONEs whose grace has passed (all, at exit). */
static void
broker_done_due(struct broker *b, int all)
{
	uint64_t now = now_us();

	while (b->fin_n > 0 && (all ||
	    b->fin[b->fin_head].at_us + BROKER_DONE_GRACE_US <= now)) {
		spool_done(b->spool, b->fin[b->fin_head].sid);
		b->fin_head = (b->fin_head + 1) % b->fin_cap;
		b->fin_n--;
	}
}

/* A finished article's DONE, after the grace (a ring, grown by copy). */
static void
broker_done_later(struct broker *b, uint64_t sid)
{
	if (b->fin_n == b->fin_cap) {
		size_t cap = b->fin_cap ? b->fin_cap * 2 : 1024, i;
		struct broker_fin *f = xreallocarray(NULL, cap, sizeof(*f));

		for (i = 0; i < b->fin_n; i++)
			f[i] = b->fin[(b->fin_head + i) % b->fin_cap];
		free(b->fin);
		b->fin = f;
		b->fin_cap = cap;
		b->fin_head = 0;
	}
	b->fin[(b->fin_head + b->fin_n) % b->fin_cap].sid = sid;
	b->fin[(b->fin_head + b->fin_n) % b->fin_cap].at_us = now_us();
	b->fin_n++;
}

/* The job is finished for good: record it (with the sink on, when its
 * PubAck arrives; else after BROKER_DONE_GRACE_US), and forget it. */
static void
broker_retire(struct broker *b, struct job *j)
{
	if (j->sid != 0 && b->sink == NULL)
		broker_done_later(b, j->sid);
	ledger_remember(b->ledger, j->article.id, now_us());
	if (b->dedup != NULL)
		dedupfile_add(b->dedup, j->article.id);
	ledger_remove(b->ledger, j);
	job_destroy(&j);
}

static void
broker_dead_letter(struct broker *b, struct job *j)
{
	struct result r;
	char ex[LOG_EXCERPT_BUFSZ];

	memset(&r, 0, sizeof(r));
	r.id = j->article.id;
	r.url = j->article.url;
	r.source = j->article.source;
	r.published = j->article.published;
	r.seq = ++b->seq;
	r.error = str_make(j->error, strlen(j->error));
	r.attempts = j->attempt;
	log_warnx("article \"%s\": dead letter after %u attempt%s: %s",
	    log_excerpt(ex, j->article.id.p, j->article.id.len), j->attempt,
	    j->attempt == 1 ? "" : "s", j->error);
	broker_publish(b, "dead", &r, j->sid);
	b->stats.dead++;
	stats_source(&b->stats, j->article.source.p, j->article.source.len,
	    STATS_DEAD);
	stats_dead_letter(&b->stats, j->article.id.p, j->article.id.len,
	    j->article.source.p, j->article.source.len, j->error, j->attempt);
	broker_retire(b, j);
}

/* An attempt failed (reason already in j->error): retry or give up. */
static void
broker_retry(struct broker *b, struct job *j)
{
	j->owner = NULL;
	if (j->attempt >= b->cfg->max_attempts) {
		broker_dead_letter(b, j);
		return;
	}
	b->stats.redeliveries++;
	queue_push_front(&b->queue, j);
}

/* --- workers --- */

/*
 * A worker may take more work, unless SIGHUP shrank the pool past its
 * slot: then it gets nothing new and ends once it holds nothing, so no
 * job is interrupted or charged an attempt.
 */
static void
broker_worker_idle(struct broker *b, struct worker *w)
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

/* --- what operators see: /metrics, /stats, sd_notify --- */

/* The first STATS_WORKERS_SHOWN workers, one by one. */
static void
broker_gather_workers(struct broker *b, struct stats_gauges *g)
{
	struct worker *w;

	g->nwl = 0;
	TAILQ_FOREACH(w, &b->workers.all, link) {
		struct stats_worker *sw;

		if (g->nwl == STATS_WORKERS_SHOWN)
			break;
		sw = &g->wl[g->nwl++];
		snprintf(sw->name, sizeof(sw->name), "%s", w->name);
		sw->pid = (long)w->pid;
		sw->local = w->local;
		sw->state = w->exited ? "exited" : w->retired ? "retiring" :
		    w->njobs > 0 ? "busy" : "idle";
		sw->jobs = w->njobs;
		sw->done = w->done;
		sw->restarts = w->local && b->sup != NULL ?
		    supervisor_slot_restarts(b->sup, w->pid) : 0;
	}
}

static const struct stats *
broker_gather(void *arg, struct stats_gauges *g)
{
	struct broker *b = arg;

	g->queued = b->queue.count;
	g->queue_max = b->queue.max;
	g->queue_bytes = b->queue.bytes;
	g->queue_max_bytes = b->queue.max_bytes;
	g->connections = fds_connections(b->fds);
	g->connections_budget = fds_budget(b->fds);
	g->connections_refused = fds_refused(b->fds);
	results_counts(b->res, &g->results);
	g->inflight = b->workers.inflight;
	g->workers = b->workers.count;
	g->workers_configured = b->cfg->workers;
	g->worker_restarts = b->sup != NULL ? supervisor_restarts(b->sup) : 0;
	g->draining = b->draining;
	g->dedup_ids = ledger_recent_count(b->ledger);
	if (g->dedup_ids > 0)
		g->dedup_oldest_s = (now_us() -
		    ledger_recent_oldest_us(b->ledger)) / 1000000;
	g->dedup_forgotten_early = ledger_forgotten_early(b->ledger);
	if (b->spool != NULL) {
		struct spool_info si;

		spool_info(b->spool, &si);
		g->spool = 1;
		g->spool_failing = si.failing;
		g->spool_segments = si.segments;
		g->spool_bytes = si.bytes;
		g->spool_unfinished = si.unfinished;
		g->spool_replay_left = si.replay_left;
		g->spool_write_errors = si.write_errors;
		g->spool_enospc = si.enospc;
		g->spool_fsync_failures = si.fsync_failures;
	}
	g->ready = b->notify != NULL && notify_is_ready(b->notify);
	broker_gather_workers(b, g);
	if (b->sink != NULL) {
		struct sink_counters c;

		sink_counters(b->sink, &c);
		g->sink_state = sink_state_name(sink_state(b->sink));
		g->sink_pending = c.pending;
		g->sink_inflight = c.inflight;
		g->sink_capacity = c.capacity;
		g->sink_published = c.published;
		g->sink_acked = c.acked;
		g->sink_duplicates = c.duplicates;
		g->sink_errors = c.errors;
	}
	return &b->stats;
}

static const char *
broker_status(struct broker *b, char *buf, size_t len)
{
	snprintf(buf, len, "%s: %zu queued, %zu in flight, %zu worker%s",
	    b->draining ? "draining" : "serving", b->queue.count,
	    b->workers.inflight,
	    b->workers.count, b->workers.count == 1 ? "" : "s");
	return buf;
}

/* READY=1 once the sockets are bound and the first worker registered
 * (at once with no local workers: remote ones may come at any time). */
static void
broker_notify_ready(struct broker *b)
{
	char st[128];

	if (b->notify != NULL && !notify_is_ready(b->notify))
		notify_ready(b->notify, broker_status(b, st, sizeof(st)));
}

static void
broker_send_worker(struct broker *b, const unsigned char *rid, size_t len,
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
static void
broker_worker_lost(struct broker *b, struct worker *w, const char *why,
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
	 * down with it.
	 */
	while ((j = TAILQ_LAST(&w->jobs, job_list)) != NULL) {
		workers_release(&b->workers, w, j);
		j->suspect = 1;
		if (w->njobs > 0) {	/* older ones remain: not started */
			j->attempt--;
			if (j->sid != 0)
				spool_attempt(b->spool, j->sid, j->attempt);
			queue_push_front(&b->queue, j);
			continue;
		}
		if (j->error[0] == '\0')
			job_set_error(j, "worker %s: %s", w->name, why);
		broker_retry(b, j);
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
broker_worker_expel(struct broker *b, struct worker *w, const char *why)
{
	broker_send_worker(b, w->rid, w->rid_len, WMSG_BYE);
	broker_worker_lost(b, w, why, 1);
}

static void
broker_on_ready(struct broker *b, zmq_msg_t *rid, struct worker *w,
    const struct wmsg *m)
{
	size_t len = zmq_msg_size(rid);

	if (w != NULL) {
		/* READY again: it reconnected and lost what it held. */
		broker_worker_lost(b, w, "registered again", 0);
	}
	if (b->exiting) {
		broker_send_worker(b, zmq_msg_data(rid), len, WMSG_BYE);
		return;
	}
	if (len > WORKERS_RID_MAX)
		fatalx("workers: routing id of %zu bytes", len);
	w = workers_add(&b->workers, zmq_msg_data(rid), len, m->name.p,
	    m->name.len, (pid_t)m->pid, m->credit, now_us());
	w->local = m->pid > 0 && supervisor_owns(b->sup, w->pid);
	if (w->local)
		supervisor_ready(b->sup, w->pid);
	broker_worker_idle(b, w);
	broker_notify_ready(b);
	log_info("worker %s ready (pid %ld, %s, credit %u, %.*s)", w->name,
	    (long)w->pid, w->local ? "local" : "remote", w->credit,
	    (int)(m->extractor.len < 64 ? m->extractor.len : 64),
	    m->extractor.p ? m->extractor.p : "");
}

/*
 * A worker runs its jobs in the order sent, so a job's time starts when
 * it reaches the head of its worker's line, not when it was sent: else a
 * job behind slow ones would be timed out before it began.
 */
static void
broker_deadline(struct broker *b, struct job *j)
{
	j->deadline_us = now_us() + (uint64_t)b->cfg->job_timeout_ms * 1000;
}

static void
broker_on_done(struct broker *b, struct worker *w, struct wmsg *m)
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
		broker_worker_idle(b, w);
		return;
	}
	if (j == NULL) {
		snprintf(why, sizeof(why), "DONE for job %llu it does not "
		    "hold", (unsigned long long)m->job);
		broker_worker_expel(b, w, why);
		return;
	}
	if (m->error.len == 0 &&
	    proto_result_check(&m->result, j->article.body, err,
	    sizeof(err)) == -1) {
		snprintf(why, sizeof(why), "invalid result for job %llu: %s",
		    (unsigned long long)m->job, err);
		job_set_error(j, "worker %s: %s", w->name, why);
		broker_worker_expel(b, w, why);
		return;
	}
	if (j == TAILQ_FIRST(&w->jobs) && TAILQ_NEXT(j, link) != NULL)
		broker_deadline(b, TAILQ_NEXT(j, link));
	workers_done(&b->workers, w, j);
	broker_worker_idle(b, w);
	if (m->error.len > 0) {
		job_set_error(j, "worker %s: %.*s", w->name,
		    (int)(m->error.len < 200 ? m->error.len : 200),
		    m->error.p);
		broker_retry(b, j);
		return;
	}
	r = m->result;
	r.id = j->article.id;
	r.url = j->article.url;
	r.source = j->article.source;
	r.published = j->article.published;
	r.seq = ++b->seq;
	r.worker = str_make(w->name, strlen(w->name));
	broker_publish(b, "result", &r, j->sid);
	b->stats.results++;
	stats_source(&b->stats, j->article.source.p, j->article.source.len,
	    STATS_RESULT);
	stats_latency(&b->stats, m->result.elapsed_us);
	broker_retire(b, j);
}

static int
broker_on_worker_msg(struct broker *b)
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
			broker_worker_expel(b, w, why);
		else
			log_warnx("workers: unknown peer: %s", why);
		goto out;
	}
	if (proto_decode_wmsg(b->dec, zmq_msg_data(&f[1]),
	    zmq_msg_size(&f[1]), &m, err, sizeof(err)) == -1) {
		snprintf(why, sizeof(why), "malformed message: %s", err);
		if (w != NULL)
			broker_worker_expel(b, w, why);
		else {
			log_warnx("workers: unknown peer: %s", why);
			broker_send_worker(b, zmq_msg_data(&f[0]),
			    zmq_msg_size(&f[0]), WMSG_BYE);
		}
		goto out;
	}
	if (m.type == WMSG_READY) {
		broker_on_ready(b, &f[0], w, &m);
		goto out;
	}
	if (w == NULL) {
		/* Not registered (we restarted, or expelled it): BYE makes
		 * a supervised worker exit and a remote one register. */
		if (m.type != WMSG_BYE)
			broker_send_worker(b, zmq_msg_data(&f[0]),
			    zmq_msg_size(&f[0]), WMSG_BYE);
		goto out;
	}
	switch (m.type) {
	case WMSG_DONE:
		broker_on_done(b, w, &m);
		break;
	case WMSG_HEARTBEAT:
		break;
	case WMSG_BYE:
		broker_worker_lost(b, w, "said goodbye", 0);
		break;
	case WMSG_JOB:
	case WMSG_READY:
		broker_worker_expel(b, w, "sent a broker's message (JOB)");
		break;
	}
out:
	zsock_close_frames(f, kept);
	return 1;
}

/* --- dispatch --- */

/*
 * A JOB is encoded straight into the message ZeroMQ sends, sized by a
 * counting pass: encoding into b->out and then zmq_send() copied the
 * body twice (and left b->out as big as the largest article).
 */
static void
broker_encode_job(zmq_msg_t *msg, const struct wmsg *m)
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
broker_send_msg(struct zsock *z, zmq_msg_t *msg)
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

static int
broker_dispatch(struct broker *b)
{
	struct worker *w;
	struct job *j;
	struct wmsg m;
	zmq_msg_t msg;
	int sent = 0;

	broker_refill(b);
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
			broker_dead_letter(b, queue_pop(&b->queue));
			broker_refill(b);
			continue;
		}
		/* The first in round-robin order that may take it; a
		 * suspect runs alone, so it waits for an idle worker. */
		if ((w = workers_pick(&b->workers, j,
		    b->queue.count)) == NULL)
			break;
		j = queue_pop(&b->queue);
		broker_refill(b);
		j->attempt++;
		memset(&m, 0, sizeof(m));
		m.type = WMSG_JOB;
		m.job = j->jid;
		m.attempt = j->attempt;
		m.article = j->article;
		broker_encode_job(&msg, &m);
		if (zsock_send(b->wsock, w->rid, w->rid_len, 1) == -1 ||
		    broker_send_msg(b->wsock, &msg) == -1) {
			char why[96];

			zmq_msg_close(&msg);
			/* Not delivered, so not an attempt. */
			j->attempt--;
			queue_push_front(&b->queue, j);
			snprintf(why, sizeof(why), "unreachable (%s)",
			    zmq_strerror(errno));
			broker_worker_lost(b, w, why, 1);
			continue;
		}
		j->error[0] = '\0';
		if (j->sid != 0)
			spool_attempt(b->spool, j->sid, j->attempt);
		if (w->njobs == 0)	/* else when it reaches the head */
			broker_deadline(b, j);
		workers_hold(&b->workers, w, j);
		sent++;
	}
	return sent;
}

/* --- the spool --- */

static void
broker_hold_ack(struct broker *b, zmq_msg_t *rid, int delim, struct str id)
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
static void
broker_commit(struct broker *b)
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
		broker_ack(b, &h->rid, h->delim, str_make(h->id, h->idlen),
		    ACK_ACCEPTED, NULL);
		zmq_msg_close(&h->rid);
		free(h);
	}
	b->nheld = 0;
	if (b->commit_ev != NULL)
		evtimer_del(b->commit_ev);
}

static void
broker_commit_cb(evutil_socket_t fd, short what, void *arg)
{
	struct broker *b = arg;

	(void)fd;
	(void)what;
	broker_commit(b);
}

/* The spool's hooks: an article's id, and progress while it is read. */
static int
broker_spool_id(void *arg, const void *frame, size_t len, struct str *id)
{
	struct broker *b = arg;

	return proto_peek_id(b->dec, frame, len, id) == 0 && id->len > 0 ?
	    0 : -1;
}

static void
broker_spool_progress(void *arg, uint64_t done, uint64_t total)
{
	struct broker *b = arg;
	char st[128];

	snprintf(st, sizeof(st), "replaying the spool: %llu of %llu MiB read",
	    (unsigned long long)(done >> 20),
	    (unsigned long long)(total >> 20));
	notify_extend(b->notify, BROKER_REPLAY_EXTEND_US, st);
}

static void
broker_free_frame(void *data, void *hint)
{
	(void)hint;
	free(data);
}

/* Queue one unfinished article read back from the spool. */
static void
broker_replay_one(struct broker *b, uint64_t sid, uint32_t attempts,
    void *frame, size_t len)
{
	char err[PROTO_ERR_MAX] = "";
	struct article a;
	struct job *j;
	zmq_msg_t m;

	if (zmq_msg_init_data(&m, frame, len, broker_free_frame, NULL) == -1)
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
static void
broker_refill(struct broker *b)
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
		broker_replay_one(b, sid, attempts, frame, len);
}

/* --- the JetStream sink --- */

/* JetStream has the result: its article is done.  (The pump that ends
 * this turn dispatches into the room the ack made.) */
static void
broker_sink_acked(void *arg, uint64_t sid)
{
	struct broker *b = arg;

	if (sid != 0)
		spool_done(b->spool, sid);
}

static int
broker_sink_open(struct broker *b)
{
	struct config *c = b->cfg;
	struct sink_settings set;
	char err[CONFIG_PATH_MAX + 512];

	memset(&set, 0, sizeof(set));
	set.servers = c->sink;
	set.stream = c->sink_stream;
	set.user = c->sink_user;
	set.password_file = c->sink_password_file;
	set.nkey = c->sink_nkey;
	set.nkey_seed = c->sink_nkey_seed;
	set.ca_file = c->sink_ca;
	if (c->sink_max_age != NULL && sink_parse_age(c->sink_max_age,
	    &set.max_age_s, err, sizeof(err)) == -1) {
		log_warnx("sink-max-age: %s", err);
		return -1;
	}
	set.replicas = c->sink_replicas;
	set.duplicate_window_ms = c->dedup_window_ms;
	set.buffer = c->sink_buffer;
	if ((b->sink = sink_new(b->base, &set, broker_sink_acked, b, err,
	    sizeof(err))) == NULL) {
		log_warnx("%s", err);
		return -1;
	}
	return 0;
}

/* --- ingest --- */

/*
 * ZeroMQ hands up a frame that fits in its 8 KiB receive buffer as a
 * slice of that buffer, which then stays allocated while any slice of it
 * lives: a queued 4 KB article pinned about twice its size (quarryd
 * peaked at 91 MB with 10,000 of them queued).  A copy of its own size
 * costs one memcpy and frees the buffer at once.
 */
static void
broker_own_frame(zmq_msg_t *m)
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

static int
broker_on_article(struct broker *b)
{
	zmq_msg_t f[ZSOCK_FRAMES_MAX];
	char err[PROTO_ERR_MAX], busy[64];
	struct str id = { NULL, 0 };
	struct article a;
	struct job *j;
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
		broker_ack(b, &f[0], delim, id, ACK_REJECTED, err);
		goto out;
	}
	broker_own_frame(&f[payload]);
	if (proto_decode_article(b->dec, zmq_msg_data(&f[payload]),
	    zmq_msg_size(&f[payload]), &a, err, sizeof(err)) == -1) {
		char ex[LOG_EXCERPT_BUFSZ];

		proto_peek_id(b->dec, zmq_msg_data(&f[payload]),
		    zmq_msg_size(&f[payload]), &id);
		log_info("ingest: rejected \"%s\": %s",
		    log_excerpt(ex, id.p, id.len), err);
		broker_ack(b, &f[0], delim, id, ACK_REJECTED, err);
		goto out;
	}
	if (b->sink != NULL && sink_id_problem(a.id, why, sizeof(why))) {
		snprintf(err, sizeof(err), "id: %s", why);
		broker_ack(b, &f[0], delim, a.id, ACK_REJECTED, err);
		goto out;
	}
	if (b->draining) {
		broker_ack(b, &f[0], delim, a.id, ACK_BUSY, "shutting down");
		goto out;
	}
	if (b->sink != NULL && sink_full(b->sink)) {
		broker_ack(b, &f[0], delim, a.id, ACK_BUSY,
		    "sink unavailable");
		goto out;
	}
	if (ledger_find(b->ledger, a.id) != NULL ||
	    ledger_recent(b->ledger, a.id, now_us()) ||
	    (b->spool != NULL && spool_pending(b->spool, a.id))) {
		broker_ack(b, &f[0], delim, a.id, ACK_DUPLICATE, NULL);
		goto out;
	}
	if (!queue_has_room(&b->queue)) {
		snprintf(busy, sizeof(busy), "queue full (%zu articles)",
		    b->queue.max);
		broker_ack(b, &f[0], delim, a.id, ACK_BUSY, busy);
		goto out;
	}
	if (!queue_has_room_for(&b->queue, zmq_msg_size(&f[payload]) +
	    sizeof(struct job))) {
		snprintf(busy, sizeof(busy), "queue full (%zu bytes)",
		    b->queue.max_bytes);
		broker_ack(b, &f[0], delim, a.id, ACK_BUSY, busy);
		goto out;
	}
	j = job_new(++b->next_jid, &f[payload], &a);
	j->accepted_us = now_us();
	if (b->spool != NULL && (j->sid = spool_append(b->spool,
	    zmq_msg_data(&j->frame), zmq_msg_size(&j->frame))) == 0) {
		/* Not durable, so not accepted: the producer retries. */
		snprintf(busy, sizeof(busy), "spool: %s", strerror(errno));
		log_warnx("ingest: %s", busy);
		broker_ack(b, &f[0], delim, j->article.id, ACK_BUSY, busy);
		job_destroy(&j);
		goto out;
	}
	ledger_insert(b->ledger, j);
	queue_push(&b->queue, j);
	stats_source(&b->stats, j->article.source.p, j->article.source.len,
	    STATS_ACCEPTED);
	if (b->spool != NULL && spool_holds_acks(b->spool))
		broker_hold_ack(b, &f[0], delim, j->article.id);
	else
		broker_ack(b, &f[0], delim, j->article.id, ACK_ACCEPTED,
		    NULL);
	broker_dispatch(b);
out:
	zsock_close_frames(f, kept);
	return 1;
}

/* --- results socket: subscriptions --- */

static int
broker_on_subscription(struct broker *b)
{
	int hello;

	if (!results_read(b->res, BROKER_HELLO_TOPIC, &hello))
		return 0;
	if (hello) {
		if (b->hold_until_us != 0) {
			b->hold_until_us = 0;
			log_info("start: a subscriber synced; dispatching");
		}
		if (proto_encode_hello(&b->out) == -1)
			fatal("encode hello");
		if (results_publish(b->res, BROKER_HELLO_TOPIC,
		    sizeof(BROKER_HELLO_TOPIC) - 1, b->out.data,
		    b->out.len) == -1)
			log_warn("results: hello");
	}
	return 1;
}

/* --- shutdown --- */

static void
broker_begin_exit(struct broker *b)
{
	struct worker *w;

	if (b->exiting)
		return;
	b->exiting = 1;
	b->exit_deadline_us = now_us() + BROKER_EXIT_GRACE_US;
	broker_commit(b);
	/* What the stop interrupts is not the article's fault: the next
	 * start does not charge it the attempt. */
	if (b->spool != NULL) {
		struct job *j;

		TAILQ_FOREACH(w, &b->workers.all, link)
			TAILQ_FOREACH(j, &w->jobs, link)
				if (j->sid != 0 && j->attempt > 0)
					spool_attempt(b->spool, j->sid,
					    j->attempt - 1);
		spool_flush(b->spool);
	}
	if (b->queue.count + b->workers.inflight > 0 && b->spool != NULL)
		log_info("drain ended: %zu queued and %zu in-flight articles "
		    "stay in the spool for the next start", b->queue.count,
		    b->workers.inflight);
	else if (b->queue.count + b->workers.inflight > 0)
		log_warnx("drain timed out: %zu queued and %zu in-flight "
		    "articles are abandoned (no spool)", b->queue.count,
		    b->workers.inflight);
	TAILQ_FOREACH(w, &b->workers.all, link)
		broker_send_worker(b, w->rid, w->rid_len, WMSG_BYE);
	supervisor_stop(b->sup);
}

/* Is the drain over, or the exit?  The loop ends once b->done is set. */
static void
broker_check_exit(struct broker *b)
{
	uint64_t now;

	if (!b->draining || b->done)
		return;
	now = now_us();
	if (!b->exiting && ((b->queue.count + b->workers.inflight == 0 &&
	    (b->sink == NULL || sink_pending(b->sink) == 0)) ||
	    now >= b->drain_deadline_us))
		broker_begin_exit(b);
	if (b->exiting && (supervisor_running(b->sup) == 0 ||
	    now >= b->exit_deadline_us))
		b->done = 1;
}

/*
 * SIGHUP: read the settings again and apply what can change while running.
 * A bad file changes nothing.  Workers beyond a smaller count retire as
 * they fall idle (broker_worker_idle).
 */
static void
broker_reload(struct broker *b)
{
	pid_t pids[CONFIG_WORKERS_MAX];
	struct worker *w;
	char err[1024];
	int i, n;

	if (b->draining) {
		log_info("SIGHUP: draining; not reloading");
		return;
	}
	if (b->reload == NULL) {
		log_info("SIGHUP: no settings file or flags to reload");
		return;
	}
	if (b->reload(b->cfg, b->reload_arg, err, sizeof(err)) == -1) {
		log_warnx("SIGHUP: %s; keeping the running settings", err);
		return;
	}
	log_set_level(b->cfg->log_level);
	curve_reload(b->curve);
	b->queue.max = b->cfg->queue_max;
	b->queue.max_bytes = b->cfg->queue_max_bytes;
	results_set_max_bytes(b->res, b->cfg->results_max_bytes);
	supervisor_resize(b->sup, b->cfg->workers);
	n = supervisor_retiring_pids(b->sup, pids, CONFIG_WORKERS_MAX);
	for (i = 0; i < n; i++) {
		if ((w = workers_find_local(&b->workers, pids[i])) != NULL)
			broker_worker_idle(b, w);
		else	/* not registered yet: nothing to lose */
			supervisor_retire(b->sup, pids[i]);
	}
	log_info("SIGHUP: settings reloaded");
}

static void
broker_signal_cb(evutil_socket_t sig, short what, void *arg)
{
	struct broker *b = arg;
	char st[128];

	(void)what;
	if (sig == SIGHUP) {
		broker_reload(b);
		return;
	}
	if (b->draining) {
		log_info("%s again: exiting now", strsignal((int)sig));
		b->drain_deadline_us = 0;
	} else {
		log_info("%s: draining (%zu queued, %zu in flight, up to "
		    "%u ms)", strsignal((int)sig), b->queue.count,
		    b->workers.inflight,
		    b->cfg->drain_timeout_ms);
		b->draining = 1;
		b->drain_deadline_us = now_us() +
		    (uint64_t)b->cfg->drain_timeout_ms * 1000;
		notify_stopping(b->notify, broker_status(b, st, sizeof(st)));
	}
}

/* --- the tick: heartbeats, liveness, deadlines --- */

/* Is there a worker besides w that could take a job handed back: not
 * gone, not running a suspect one? */
static int
broker_other_worker(struct broker *b, const struct worker *w)
{
	const struct worker *o;

	TAILQ_FOREACH(o, &b->workers.all, link)
		if (o != w && !o->exited && !o->isolated)
			return 1;
	return 0;
}

/*
 * The job at the head of w's line has run for BROKER_SLOW_US: it runs
 * on alone (suspect, w isolated), and the jobs behind it, not started,
 * go back to the front of the queue for other workers, uncharged.  w
 * still runs them once the slow one ends; their DONEs are ignored
 * (workers_handed_back_done).  So one slow article holds one worker.
 * With no other worker to take them they stay where they are.
 */
static void
broker_hand_back(struct broker *b, struct worker *w, struct job *head,
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

static void
broker_tick_cb(evutil_socket_t fd, short what, void *arg)
{
	struct broker *b = arg;
	uint64_t now = now_us();
	uint64_t hb_us = (uint64_t)b->cfg->heartbeat_ms * 1000;
	uint64_t silent_max = hb_us * b->cfg->liveness;
	uint64_t timeout_us = (uint64_t)b->cfg->job_timeout_ms * 1000;
	uint64_t slow_us = BROKER_SLOW_US < timeout_us / 2 ? BROKER_SLOW_US :
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
			broker_worker_lost(b, w, why, 1);
		} else if (j != NULL && now >= j->deadline_us) {
			snprintf(why, sizeof(why), "job %llu timed out after "
			    "%u ms", (unsigned long long)j->jid,
			    b->cfg->job_timeout_ms);
			job_set_error(j, "%s", why);
			broker_worker_lost(b, w, why, 1);
		} else if (j != NULL && TAILQ_NEXT(j, link) != NULL &&
		    now + timeout_us >= j->deadline_us + slow_us &&
		    broker_other_worker(b, w))
			broker_hand_back(b, w, j,
			    now + timeout_us - j->deadline_us);
	}
	if (b->spool != NULL) {
		broker_done_due(b, 0);
		spool_flush(b->spool);
	}
	if (b->dedup != NULL)
		dedupfile_flush(b->dedup, b->ledger);
	if (now - b->last_hb_us >= hb_us) {
		b->last_hb_us = now;
		TAILQ_FOREACH(w, &b->workers.all, link)
			broker_send_worker(b, w->rid, w->rid_len,
			    WMSG_HEARTBEAT);
	}
	if (notify_is_ready(b->notify))
		notify_status(b->notify, broker_status(b, st, sizeof(st)));
	results_tick(b->res, now);
	stats_tick(&b->stats, now);
}

/* The grace after a local worker's exit is over: settle it in this
 * turn's pump, once its last words are read (broker_settle). */
static void
broker_reap_cb(evutil_socket_t fd, short what, void *arg)
{
	struct broker *b = arg;

	(void)fd;
	(void)what;
	b->settle_due = 1;
}

static void
broker_child_exit(void *arg, pid_t pid, int status)
{
	struct broker *b = arg;
	struct timeval grace = { 0, BROKER_REAP_GRACE_MS * 1000 };
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

/* --- the pump: once per turn of the loop --- */

/* Forget the exited workers whose grace is over; what they held goes
 * back to the queue, and to the workers that remain. */
static void
broker_settle(struct broker *b)
{
	struct worker *w, *next;

	if (!b->settle_due)
		return;
	b->settle_due = 0;
	for (w = TAILQ_FIRST(&b->workers.all); w != NULL; w = next) {
		next = TAILQ_NEXT(w, link);
		if (w->exited)
			broker_worker_lost(b, w, w->exit_why, 0);
	}
	broker_dispatch(b);
}

static int
broker_dirty(const struct broker *b)
{
	return b->wsock->dirty || b->ingest->dirty || b->results->dirty ||
	    curve_dirty(b->curve) || fds_dirty(b->fds);
}

/*
 * What every turn of the loop ends with, whichever callbacks ran: read
 * every socket that may hold input, answer ZAP, dispatch, settle exited
 * workers (only once their sockets' input is read: a DONE sent just
 * before dying must not be blamed on the crash), and see whether the
 * drain or the exit is complete.
 */
static void
broker_pump(struct broker *b)
{
	int k;

	/*
	 * Each dirty socket (zsock.h) is read until its receive says EAGAIN;
	 * the loop ends when a pass left every socket clean, that is when
	 * nothing was sent after a socket's last empty receive.  Reading to
	 * EAGAIN rather than asking ZMQ_EVENTS before every message, and
	 * only where a send may have hidden input, saves a poll() and a
	 * getpid() per question: they were most of quarryd's system calls.
	 */
	do {
		do {
			for (k = 0; k < BROKER_BATCH && b->wsock->dirty &&
			    broker_on_worker_msg(b); k++)
				;
			for (k = 0; k < BROKER_BATCH && b->ingest->dirty &&
			    broker_on_article(b); k++)
				;
			/* fsync always: one sync covers the batch just
			 * read. */
			if (b->commit_ev == NULL)
				broker_commit(b);
			for (k = 0; k < BROKER_BATCH && b->results->dirty &&
			    broker_on_subscription(b); k++)
				;
			curve_pump(b->curve);
			fds_pump(b->fds);
			broker_dispatch(b);
		} while (broker_dirty(b));
		broker_settle(b);
		broker_check_exit(b);
	} while (broker_dirty(b));
}

static void
broker_zsock_cb(evutil_socket_t fd, short what, void *arg)
{
	struct broker *b = arg;

	(void)what;
	/*
	 * A socket's ZMQ_FD is its own mailbox: only that socket's sends
	 * and receives can consume its edge, so only it needs reading.
	 * Marking all three cost two empty receives (a poll() and a
	 * getpid() each) per wake-up, and up to three wake-ups a loop.
	 * The pump at the end of this turn reads it.
	 */
	if (fd == event_get_fd(b->wsock->ev))
		b->wsock->dirty = 1;
	else if (fd == event_get_fd(b->ingest->ev))
		b->ingest->dirty = 1;
	else if (fd == event_get_fd(b->results->ev))
		b->results->dirty = 1;
}

/*
 * The loop: pump, then sleep until something happens and run its
 * callbacks (EVLOOP_ONCE: one batch of active events), then pump again —
 * as tmux's proc_loop or Redis's beforeSleep.  So no callback can leave
 * input unread behind a swallowed ZMQ_FD edge.
 */
static void
broker_run(struct broker *b)
{
	for (;;) {
		broker_pump(b);
		if (b->done)
			return;
		switch (event_base_loop(b->base, EVLOOP_ONCE)) {
		case 0:
			break;
		case 1:
			fatalx("event loop: nothing left to wait for");
		default:
			fatalx("event loop failed");
		}
	}
}

/* --- set-up and tear-down --- */

static int
broker_open(struct broker *b)
{
	struct config *c = b->cfg;
	char err[2 * CONFIG_PATH_MAX];

	/* The ZAP handler is bound before any CURVE socket. */
	if (c->curve_secret_key != NULL && (b->curve = curve_new(b->zctx,
	    c, err, sizeof(err))) == NULL) {
		log_errx("CURVE (curve_secret_key, curve_allow*): %s", err);
		return -1;
	}
	b->ingest = zsock_new(b->zctx, ZMQ_ROUTER, "ingest");
	zsock_set_int(b->ingest, ZMQ_ROUTER_MANDATORY, 1);
	zsock_set_int(b->ingest, ZMQ_SNDHWM, BROKER_HWM);
	zsock_set_int(b->ingest, ZMQ_RCVHWM, BROKER_HWM);
	b->wsock = zsock_new(b->zctx, ZMQ_ROUTER, "workers_endpoint");
	zsock_set_int(b->wsock, ZMQ_ROUTER_MANDATORY, 1);
	zsock_set_int(b->wsock, ZMQ_SNDHWM, BROKER_HWM);
	zsock_set_int(b->wsock, ZMQ_RCVHWM, BROKER_HWM);
	b->results = zsock_new(b->zctx, ZMQ_XPUB, "results");
	b->res = results_new(b->results, b->fds, c->results_max_bytes);
	{
		int64_t max = BROKER_SUB_MAX;

		if (zmq_setsockopt(b->results->sock, ZMQ_MAXMSGSIZE, &max,
		    sizeof(max)) == -1)
			fatal("results: ZMQ_MAXMSGSIZE");
	}
	curve_server(b->curve, b->ingest, c->ingest, CURVE_PRODUCERS);
	curve_server(b->curve, b->wsock, c->workers_endpoint, CURVE_WORKERS);
	curve_server(b->curve, b->results, c->results, CURVE_SUBSCRIBERS);
	fds_watch(b->fds, b->ingest, c->ingest);
	fds_watch(b->fds, b->wsock, c->workers_endpoint);
	fds_track(b->fds, b->results, c->results);
	if (zsock_bind(b->ingest, c->ingest) == -1 ||
	    zsock_bind(b->wsock, c->workers_endpoint) == -1 ||
	    zsock_bind(b->results, c->results) == -1)
		return -1;
	zsock_watch(b->ingest, b->base, broker_zsock_cb, b);
	zsock_watch(b->wsock, b->base, broker_zsock_cb, b);
	zsock_watch(b->results, b->base, broker_zsock_cb, b);
	curve_watch(b->curve, b->base, broker_zsock_cb, b);
	return 0;
}

static void
broker_close(struct broker *b)
{
	struct worker *w;
	size_t i;

	while ((w = TAILQ_FIRST(&b->workers.all)) != NULL) {
		struct job *j;

		while ((j = TAILQ_FIRST(&w->jobs)) != NULL) {
			workers_release(&b->workers, w, j);
			ledger_remove(b->ledger, j);
			job_destroy(&j);
		}
		workers_remove(&b->workers, &w);
	}
	while (b->queue.count > 0) {
		struct job *j = queue_pop(&b->queue);

		ledger_remove(b->ledger, j);
		job_destroy(&j);
	}
	while (!TAILQ_EMPTY(&b->held)) {
		struct held_ack *h = TAILQ_FIRST(&b->held);

		TAILQ_REMOVE(&b->held, h, link);
		zmq_msg_close(&h->rid);
		free(h);
	}
	if (b->commit_ev != NULL)
		event_free(b->commit_ev);
	if (b->sink != NULL && sink_pending(b->sink) > 0)
		log_info("sink: %zu result%s not acknowledged; %s",
		    sink_pending(b->sink), sink_pending(b->sink) == 1 ? "" :
		    "s", b->spool != NULL ? "their articles stay in the spool "
		    "for the next start" : "lost (no spool)");
	sink_destroy(&b->sink);
	/* A clean exit: ZeroMQ's linger delivers what is queued. */
	if (b->spool != NULL)
		broker_done_due(b, 1);
	free(b->fin);
	spool_close(&b->spool);
	if (b->dedup != NULL)
		dedupfile_flush(b->dedup, b->ledger);
	dedupfile_close(&b->dedup);
	for (i = 0; i < sizeof(b->sig_ev) / sizeof(b->sig_ev[0]); i++)
		if (b->sig_ev[i] != NULL)
			event_free(b->sig_ev[i]);
	if (b->tick_ev != NULL)
		event_free(b->tick_ev);
	if (b->reap_ev != NULL)
		event_free(b->reap_ev);
	http_destroy(&b->http);
	notify_destroy(&b->notify);
	supervisor_destroy(&b->sup);
	fds_destroy(&b->fds);
	zsock_destroy(&b->ingest);
	zsock_destroy(&b->wsock);
	results_destroy(&b->res);
	zsock_destroy(&b->results);
	curve_destroy(&b->curve);
	if (b->zctx != NULL)
		zmq_ctx_term(b->zctx);
	ledger_destroy(&b->ledger);
	proto_decoder_destroy(&b->dec);
	pbuf_free(&b->out);
	if (b->base != NULL)
		event_base_free(b->base);
}

int
broker_main(struct config *cfg, broker_reload_fn reload, void *reload_arg)
{
	static const int sigs[] = { SIGTERM, SIGINT, SIGHUP };
	struct broker b;
	struct timeval tick;
	unsigned tick_ms;
	size_t i;
	int rc = -1;

	memset(&b, 0, sizeof(b));
	b.cfg = cfg;
	b.reload = reload;
	b.reload_arg = reload_arg;
	stats_init(&b.stats);
	workers_init(&b.workers);
	queue_init(&b.queue, cfg->queue_max);
	b.queue.max_bytes = cfg->queue_max_bytes;
	TAILQ_INIT(&b.held);
	b.ledger = ledger_new((uint64_t)cfg->dedup_window_ms * 1000,
	    cfg->dedup_max);
	if ((b.dec = proto_decoder_new()) == NULL)
		fatal("proto_decoder_new");
	if ((b.base = event_base_new()) == NULL)
		fatalx("event_base_new");
	if ((b.zctx = zmq_ctx_new()) == NULL)
		fatal("zmq_ctx_new");
	/* The budget's reserve: quarryd's own, HTTP's and the local
	 * workers' (fds.h). */
	b.fds = fds_new(b.zctx, b.base, fds_raise_limit(), FDS_RESERVE_BASE +
	    (strcmp(cfg->http, "off") != 0 ? HTTP_CONNS_MAX + 1 : 0) +
	    FDS_PER_WORKER * (size_t)cfg->workers);
	signal(SIGPIPE, SIG_IGN);
	/* Before the spool: a long replay keeps the service manager told. */
	b.notify = notify_new(b.base);
	if (cfg->spool) {
		char dir[CONFIG_PATH_MAX + 16], err[CONFIG_PATH_MAX + 128];
		struct spool_hooks hooks = { broker_spool_id,
		    broker_spool_progress, &b };

		snprintf(dir, sizeof(dir), "%s/spool", cfg->state_dir);
		if (mkdir(cfg->state_dir, 0700) == -1 && errno != EEXIST)
			fatal("state directory %s", cfg->state_dir);
		b.spool = spool_open(dir, cfg->spool_fsync, &hooks, err,
		    sizeof(err));
		if (b.spool == NULL)
			fatalx("%s", err);
		/* The duplicate window survives restarts (dedupfile.h). */
		snprintf(dir, sizeof(dir), "%s/dedup.log", cfg->state_dir);
		b.dedup = dedupfile_open(dir, b.ledger,
		    (uint64_t)cfg->dedup_window_ms * 1000,
		    cfg->spool_fsync != SPOOL_FSYNC_OFF, err, sizeof(err));
		if (b.dedup == NULL)
			fatalx("duplicate window: %s", err);
		broker_refill(&b);
		/*
		 * Results published before any subscriber reconnects are
		 * lost (PUB): after a start, dispatch waits for one to sync.
		 * Not only the replayed articles: producers reconnect too,
		 * and a DEALER delivers at once what it queued while we were
		 * down (the model test lost such results).  Not with the
		 * JetStream sink: the stream keeps them.
		 */
		if (cfg->replay_hold_ms > 0 && cfg->sink == NULL) {
			b.hold_until_us = now_us() +
			    (uint64_t)cfg->replay_hold_ms * 1000;
			log_info("start: dispatch waits for a subscriber to "
			    "sync (quarry.hello), at most %u ms (%zu article%s "
			    "to replay)", cfg->replay_hold_ms,
			    b.queue.count + spool_replay_left(b.spool),
			    b.queue.count + spool_replay_left(b.spool) == 1 ?
			    "" : "s");
		}
		if (cfg->spool_fsync == SPOOL_FSYNC_BATCH &&
		    (b.commit_ev = evtimer_new(b.base, broker_commit_cb,
		    &b)) == NULL)
			fatalx("cannot start the group commit timer");
	}
	if (broker_open(&b) == -1)
		goto out;
	if (cfg->sink != NULL && broker_sink_open(&b) == -1)
		goto out;
	if (strcmp(cfg->http, "off") != 0) {
		char err[HTTP_ADDR_MAX + 128];

		if ((b.http = http_new(b.base, cfg->http, broker_gather, &b,
		    err, sizeof(err))) == NULL) {
			log_errx("http: %s", err);
			goto out;
		}
	}
	/* Everything that needs root is open: --user from here on, and
	 * the workers started below are the user's too. */
	privdrop_drop(cfg);
	{
		char err[2 * CONFIG_PATH_MAX];

		/* As the user now: a worker it cannot exec would be
		 * restarted forever while we say "serving". */
		if (preflight_worker_exec(cfg, err, sizeof(err)) == -1) {
			log_errx("%s", err);
			goto out;
		}
	}
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		b.sig_ev[i] = evsignal_new(b.base, sigs[i], broker_signal_cb,
		    &b);
		if (b.sig_ev[i] == NULL || evsignal_add(b.sig_ev[i], NULL))
			fatalx("cannot watch signal %d", sigs[i]);
	}
	tick_ms = cfg->heartbeat_ms / 4;
	if (tick_ms < BROKER_TICK_MIN_MS)
		tick_ms = BROKER_TICK_MIN_MS;
	if (tick_ms > BROKER_TICK_MAX_MS)
		tick_ms = BROKER_TICK_MAX_MS;
	tick.tv_sec = tick_ms / 1000;
	tick.tv_usec = (tick_ms % 1000) * 1000;
	b.tick_ev = event_new(b.base, -1, EV_PERSIST, broker_tick_cb, &b);
	if (b.tick_ev == NULL || event_add(b.tick_ev, &tick) == -1)
		fatalx("cannot start the tick");
	if ((b.reap_ev = evtimer_new(b.base, broker_reap_cb, &b)) == NULL)
		fatalx("cannot make the reap timer");
	b.sup = supervisor_new(b.base, cfg, broker_child_exit, &b);
	supervisor_start(b.sup);
	log_info("quarryd " QUARRY_VERSION " serving: ingest %s, results %s, "
	    "workers %s (%d local)", cfg->ingest, cfg->results,
	    cfg->workers_endpoint, cfg->workers);
	if (cfg->workers == 0)
		broker_notify_ready(&b);
	detach_done();

	broker_run(&b);
	log_info("stopped: %llu accepted, %llu results, %llu dead letters, "
	    "%llu redeliveries", (unsigned long long)b.stats.accepted,
	    (unsigned long long)b.stats.results,
	    (unsigned long long)b.stats.dead,
	    (unsigned long long)b.stats.redeliveries);
	rc = 0;
out:
	broker_close(&b);
	return rc;
}
