/*
 * broker.c — quarryd's role, its one thread: the libevent loop over
 * three ZeroMQ sockets (ingest ROUTER, workers ROUTER, results XPUB),
 * set-up and tear-down, the pump, the results socket's subscriptions,
 * SIGHUP's reload, the drain on SIGTERM, and what operators see.  The
 * rest of the role is in the files broker_private.h lists: ingest,
 * dispatch, replay, the workers socket, an attempt's outcome, the tick.
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
#include "broker_private.h"
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
/* The subscription-sync topic (docs/protocol.md). */
#define BROKER_HELLO_TOPIC	"quarry.hello"

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

const char *
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
void
broker_notify_ready(struct broker *b)
{
	char st[128];

	if (b->notify != NULL && !notify_is_ready(b->notify))
		notify_ready(b->notify, broker_status(b, st, sizeof(st)));
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
	ingest_commit(b);
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
		wsock_send(b, w->rid, w->rid_len, WMSG_BYE);
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
 * they fall idle (wsock_idle).
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
			wsock_idle(b, w);
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

/* --- the pump: once per turn of the loop --- */

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
			    wsock_read(b); k++)
				;
			for (k = 0; k < BROKER_BATCH && b->ingest->dirty &&
			    ingest_read(b); k++)
				;
			/* The burst's articles spooled in one write. */
			ingest_flush(b);
			/* fsync always: one sync covers the batch just
			 * read. */
			if (b->commit_ev == NULL)
				ingest_commit(b);
			for (k = 0; k < BROKER_BATCH && b->results->dirty &&
			    broker_on_subscription(b); k++)
				;
			curve_pump(b->curve);
			fds_pump(b->fds);
			dispatch_jobs(b);
		} while (broker_dirty(b));
		wsock_settle(b);
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
		outcome_done_due(b, 1);
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
	pbuf_free(&b->res_out);
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
		struct spool_hooks hooks = { replay_id,
		    replay_progress, &b };

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
		replay_refill(&b);
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
		    (b.commit_ev = evtimer_new(b.base, ingest_commit_cb,
		    &b)) == NULL)
			fatalx("cannot start the group commit timer");
	}
	if (broker_open(&b) == -1)
		goto out;
	if (cfg->sink != NULL && outcome_sink_open(&b) == -1)
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
	b.tick_ev = event_new(b.base, -1, EV_PERSIST, tick_cb, &b);
	if (b.tick_ev == NULL || event_add(b.tick_ev, &tick) == -1)
		fatalx("cannot start the tick");
	if ((b.reap_ev = evtimer_new(b.base, wsock_reap_cb, &b)) == NULL)
		fatalx("cannot make the reap timer");
	b.sup = supervisor_new(b.base, cfg, wsock_child_exit, &b);
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
