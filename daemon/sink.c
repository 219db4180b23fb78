/*
 * sink.c — the JetStream sink: quarryd's durable copy of every result
 * and dead letter.  It owns the NATS connection, the check (or creation)
 * of the stream, the results held until JetStream acknowledges them, and
 * the hand-off of what the client library's threads learn to the
 * broker's loop.
 *
 * Threads.  The nats.c client reads, flushes, times out publishes and
 * runs its callbacks on threads of its own.  None of them touches the
 * broker: each callback only appends an event to a mutex-protected list
 * and writes the eventfd the loop watches; the loop takes the list and
 * handles it.  The stream check after a reconnect makes JetStream API
 * requests that may wait seconds (a cluster electing a leader), so it
 * runs on the sink's own control thread, which posts its verdict the
 * same way.  Every thread the library starts from our calls inherits a
 * mask blocking the signals the loop handles.
 *
 * Order.  Results are held in publication order and sent from a cursor,
 * at most SINK_WINDOW unacknowledged at a time.  A failure (a negative
 * PubAck, a timeout, a refused send) rewinds: nothing new is sent until
 * every in-flight publish has settled, then, after a back-off, the
 * cursor goes back to the oldest unacknowledged result and everything
 * from there is sent again in order.  A resend of a result that did
 * reach the stream carries the same Nats-Msg-Id, and JetStream drops it
 * as a duplicate.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/eventfd.h>
#include <sys/queue.h>
#include <event2/event.h>
#include <nats/nats.h>

#include "log.h"
#include "sink.h"
#include "util.h"

/*
 * Publishes awaiting a PubAck.  A PubAck needs a round trip and, with
 * replicas, a quorum write: ~0.2 ms on one host, a few ms across
 * machines.  256 in flight keep ~50,000 results/s moving at a 5 ms round
 * trip (above quarryd's end-to-end rate, docs/benchmarks.md) and hold
 * ~2 MB of 8 KB results in the client's buffers.
 */
#define SINK_WINDOW		256
/* A publish without a PubAck this long is counted failed and sent again
 * (a lost ack, a server gone mid-write).  A cluster that lost its stream
 * leader elects another within a few seconds; 5 s rides that out. */
#define SINK_ACK_WAIT_MS	5000
/* Back-off before resending after a failure: short enough to resume
 * quickly after a blip, doubling to a pace that does not hammer a
 * server that is down. */
#define SINK_RETRY_MIN_MS	100
#define SINK_RETRY_MAX_MS	2000
/* Connecting: one attempt's timeout, the pause between attempts
 * (reconnection is forever: results wait for the server), and pings
 * that notice a silent server within ~10 s. */
#define SINK_CONNECT_TIMEOUT_MS	2000
#define SINK_RECONNECT_WAIT_MS	250
#define SINK_PING_INTERVAL_MS	5000
#define SINK_PINGS_OUT		2
/* JetStream API requests (stream info, create). */
#define SINK_API_WAIT_MS	5000
/* On close, the client's threads get this long to end. */
#define SINK_CLOSE_WAIT_MS	5000
/* JetStream's own default duplicate window; ours is never shorter. */
#define SINK_DUP_WINDOW_MIN_MS	120000
/* Texts carried from the client's threads (error descriptions). */
#define SINK_TEXT_MAX		200
/* Seq as a decimal header value. */
#define SINK_SEQ_BUFSZ		24

/* One result held until its PubAck. */
struct sink_entry {
	TAILQ_ENTRY(sink_entry) link;
	natsMsg		*msg;		/* ours while not in flight */
	natsMsg		*sent;		/* the library's while in flight */
	uint64_t	 cookie;
	int		 inflight;
};

TAILQ_HEAD(sink_entries, sink_entry);

enum sink_ev_type {
	SINK_EV_ACK,		/* a PubAck, or a failed publish */
	SINK_EV_CONNECTED,	/* (re)connected: the stream is checked */
	SINK_EV_DISCONNECTED,
	SINK_EV_STREAM_OK,
	SINK_EV_STREAM_RETRY,	/* the check failed, will run again */
	SINK_EV_STREAM_FATAL,	/* the stream is not ours */
	SINK_EV_ERROR,		/* the client reported an error */
};

/* What a client thread tells the loop. */
struct sink_ev {
	struct sink_ev	*next;
	enum sink_ev_type type;
	natsMsg		*msg;		/* ACK: the published message */
	int		 ok, duplicate;
	char		 text[SINK_TEXT_MAX];
};

struct sink {
	struct event_base *base;
	sink_acked_fn	 acked;
	void		*arg;
	char		*stream;
	uint64_t	 max_age_s;
	unsigned	 replicas;
	uint64_t	 dup_window_ms;
	size_t		 capacity;

	natsOptions	*opts;
	natsConnection	*nc;
	jsCtx		*js;
	jsPubOptions	 pubopts;
	sigset_t	 blocked;	/* the mask the client's threads get */
	int		 published_once; /* the reply thread exists */

	/* The loop's view. */
	struct sink_entries entries;	/* publication order */
	struct sink_entry *cursor;	/* next to send, or NULL */
	size_t		 npending, ninflight;
	int		 connected, stream_ok, failing, rewind, ever_up;
	unsigned	 backoff_ms;
	struct event	*efd_ev, *retry_ev;
	struct sink_counters c;

	/* Shared with the client's threads, under mu. */
	pthread_mutex_t	 mu;
	pthread_cond_t	 cond;
	struct sink_ev	*ev_head, *ev_tail;
	int		 efd;
	int		 closing;
	int		 check_wanted;	/* the control thread should run */
	pthread_t	 control;
	int		 control_started;
};

/* --- pure helpers --- */

int
sink_id_problem(struct str id, char *why, size_t whylen)
{
	size_t i;

	for (i = 0; i < id.len; i++) {
		unsigned char c = (unsigned char)id.p[i];

		if (c < 0x20 || c == 0x7f) {
			snprintf(why, whylen, "control character 0x%02x at "
			    "byte %zu (the id is the Nats-Msg-Id header)", c,
			    i);
			return -1;
		}
	}
	if (id.len > 0 && (id.p[0] == ' ' || id.p[id.len - 1] == ' ')) {
		snprintf(why, whylen, "space at %s (the id is the "
		    "Nats-Msg-Id header, which drops it)",
		    id.p[0] == ' ' ? "the start" : "the end");
		return -1;
	}
	return 0;
}

void
sink_subject(char *buf, size_t len, const char *kind, struct str source)
{
	size_t n, i, tok = 0;

	n = (size_t)snprintf(buf, len, "quarry.%s.", kind);
	if (n >= len)
		n = len - 1;
	/*
	 * NATS subjects are dot-separated tokens of any bytes but white
	 * space; "*" and ">" are wildcards.  A source keeps its dots
	 * (quarry.result.upi.com), and what a subject cannot hold becomes
	 * '_': those bytes, and the empty tokens around stray dots.
	 */
	for (i = 0; i < source.len && n + 2 < len; i++) {
		unsigned char c = (unsigned char)source.p[i];

		if (c == '.') {
			if (tok == 0)
				buf[n++] = '_';
			buf[n++] = '.';
			tok = 0;
			continue;
		}
		buf[n++] = c <= 0x20 || c == 0x7f || c == '*' || c == '>' ?
		    '_' : (char)c;
		tok++;
	}
	if (tok == 0 && n + 1 < len)
		buf[n++] = '_';
	buf[n] = '\0';
}

/* Ten years: a longer retention is a typo. */
#define SINK_AGE_MAX_S		(10ULL * 366 * 86400)

int
sink_parse_age(const char *v, uint64_t *secs, char *why, size_t whylen)
{
	unsigned long long n, mul = 1;
	char *end;

	errno = 0;
	n = *v >= '0' && *v <= '9' ? strtoull(v, &end, 10) : 0;
	if (*v < '0' || *v > '9' || errno != 0)
		goto bad;
	if (*end != '\0') {
		if (end[1] != '\0')
			goto bad;
		switch (*end) {
		case 's':
			mul = 1;
			break;
		case 'm':
			mul = 60;
			break;
		case 'h':
			mul = 3600;
			break;
		case 'd':
			mul = 86400;
			break;
		default:
			goto bad;
		}
	}
	if (n > SINK_AGE_MAX_S / mul)
		goto bad;
	*secs = n * mul;
	return 0;
bad:
	snprintf(why, whylen, "\"%s\" is not a duration (N, Ns, Nm, Nh or "
	    "Nd; 0: no limit; at most ten years)", v);
	return -1;
}

const char *
sink_state_name(enum sink_state st)
{
	switch (st) {
	case SINK_CONNECTING:
		return "connecting";
	case SINK_UP:
		return "up";
	case SINK_DOWN:
		return "down";
	}
	return "?";
}

/* --- from the client's threads --- */

/* Append an event for the loop and wake it.  After close, drop it. */
static void
sink_post(struct sink *s, enum sink_ev_type type, natsMsg *msg, int ok,
    int duplicate, const char *text)
{
	struct sink_ev *e = calloc(1, sizeof(*e));
	uint64_t one = 1;
	int wake;

	pthread_mutex_lock(&s->mu);
	if (s->closing || e == NULL) {
		pthread_mutex_unlock(&s->mu);
		/* Closing: the spool still holds the article.  Out of
		 * memory: the publish times out and is sent again. */
		natsMsg_Destroy(msg);
		free(e);
		return;
	}
	e->type = type;
	e->msg = msg;
	e->ok = ok;
	e->duplicate = duplicate;
	if (text != NULL)
		snprintf(e->text, sizeof(e->text), "%s", text);
	wake = s->ev_head == NULL;
	if (s->ev_tail != NULL)
		s->ev_tail->next = e;
	else
		s->ev_head = e;
	s->ev_tail = e;
	pthread_mutex_unlock(&s->mu);
	/* The counter only needs to be non-zero while the list is not
	 * empty; a failed write (EAGAIN at 2^64-2) leaves it so. */
	if (wake && write(s->efd, &one, sizeof(one)) == -1 && errno != EAGAIN)
		return;
}

static void
sink_ack_cb(jsCtx *js, natsMsg *msg, jsPubAck *pa, jsPubAckErr *pae,
    void *closure)
{
	struct sink *s = closure;
	char text[SINK_TEXT_MAX];

	(void)js;
	if (pa != NULL) {
		sink_post(s, SINK_EV_ACK, msg, 1, pa->Duplicate, NULL);
		return;
	}
	snprintf(text, sizeof(text), "%s%s%s",
	    pae != NULL ? natsStatus_GetText(pae->Err) : "no PubAck",
	    pae != NULL && pae->ErrText != NULL ? ": " : "",
	    pae != NULL && pae->ErrText != NULL ? pae->ErrText : "");
	sink_post(s, SINK_EV_ACK, msg, 0, 0, text);
}

static void
sink_want_check(struct sink *s)
{
	pthread_mutex_lock(&s->mu);
	s->check_wanted = 1;
	pthread_cond_signal(&s->cond);
	pthread_mutex_unlock(&s->mu);
}

static void
sink_connected_cb(natsConnection *nc, void *closure)
{
	struct sink *s = closure;

	(void)nc;
	sink_post(s, SINK_EV_CONNECTED, NULL, 0, 0, NULL);
	sink_want_check(s);
}

static void
sink_disconnected_cb(natsConnection *nc, void *closure)
{
	(void)nc;
	sink_post(closure, SINK_EV_DISCONNECTED, NULL, 0, 0, NULL);
}

static void
sink_error_cb(natsConnection *nc, natsSubscription *sub, natsStatus err,
    void *closure)
{
	(void)nc;
	(void)sub;
	sink_post(closure, SINK_EV_ERROR, NULL, 0, 0, natsStatus_GetText(err));
}

/* --- the stream --- */

enum sink_check {
	SINK_CHECK_OK,
	SINK_CHECK_RETRY,	/* the server could not answer: again later */
	SINK_CHECK_REFUSED,	/* the server said no (a setting, a limit) */
	SINK_CHECK_MISMATCH,	/* a stream of that name, not ours */
};

static const char *const sink_subjects[] = { SINK_SUBJECT_RESULT ">",
    SINK_SUBJECT_DEAD ">" };

static const char *
sink_last_error(natsStatus st, char *buf, size_t len)
{
	const char *t = nats_GetLastError(NULL);

	snprintf(buf, len, "%s", t != NULL && *t != '\0' ? t :
	    natsStatus_GetText(st));
	return buf;
}

/* The existing stream's subjects must be exactly ours. */
static int
sink_subjects_match(const jsStreamConfig *cfg)
{
	size_t i;
	int j, found;

	if (cfg == NULL || cfg->SubjectsLen != 2)
		return 0;
	for (i = 0; i < 2; i++) {
		found = 0;
		for (j = 0; j < cfg->SubjectsLen; j++)
			if (cfg->Subjects[j] != NULL &&
			    strcmp(cfg->Subjects[j], sink_subjects[i]) == 0)
				found = 1;
		if (!found)
			return 0;
	}
	return 1;
}

/*
 * Check the stream, or create it.  May wait SINK_API_WAIT_MS per
 * request: called at start and on the control thread, never on the loop
 * once it runs.  text says what happened (logged by the caller).
 */
static enum sink_check
sink_ensure_stream(struct sink *s, char *text, size_t len)
{
	jsStreamInfo *si = NULL;
	jsStreamConfig cfg;
	jsErrCode jerr = 0;
	natsStatus st;
	char e[SINK_TEXT_MAX];
	enum sink_check rc;

	text[0] = '\0';
	st = js_GetStreamInfo(&si, s->js, s->stream, NULL, &jerr);
	if (st == NATS_OK) {
		const jsStreamConfig *have = si->Config;

		if (!sink_subjects_match(have)) {
			int j, n = 0;

			n = snprintf(text, len, "stream %s exists with "
			    "subjects [", s->stream);
			for (j = 0; have != NULL && j < have->SubjectsLen &&
			    n > 0 && (size_t)n < len; j++)
				n += snprintf(text + n, len - (size_t)n,
				    "%s%s", j ? ", " : "", have->Subjects[j]);
			if (n > 0 && (size_t)n < len)
				snprintf(text + n, len - (size_t)n, "], not ["
				    "%s, %s]: use another --sink-stream, or "
				    "change or delete that stream",
				    sink_subjects[0], sink_subjects[1]);
			rc = SINK_CHECK_MISMATCH;
		} else {
			if ((uint64_t)have->Duplicates / 1000000 <
			    s->dup_window_ms)
				snprintf(text, len, "stream %s: its duplicate "
				    "window (%lld s) is shorter than the dedup "
				    "window (%llu s): a result republished "
				    "after a crash may be stored twice",
				    s->stream,
				    (long long)(have->Duplicates / 1000000000),
				    (unsigned long long)s->dup_window_ms / 1000);
			rc = SINK_CHECK_OK;
		}
		jsStreamInfo_Destroy(si);
		return rc;
	}
	if (st != NATS_NOT_FOUND && jerr != JSStreamNotFoundErr) {
		snprintf(text, len, "stream %s: %s", s->stream,
		    sink_last_error(st, e, sizeof(e)));
		return jerr != 0 ? SINK_CHECK_REFUSED : SINK_CHECK_RETRY;
	}
	jsStreamConfig_Init(&cfg);
	cfg.Name = s->stream;
	cfg.Subjects = (const char **)sink_subjects;
	cfg.SubjectsLen = 2;
	cfg.Storage = js_FileStorage;
	cfg.MaxAge = (int64_t)s->max_age_s * 1000000000;
	cfg.Replicas = (int64_t)s->replicas;
	cfg.Duplicates = (int64_t)s->dup_window_ms * 1000000;
	jerr = 0;
	st = js_AddStream(&si, s->js, &cfg, NULL, &jerr);
	if (st != NATS_OK) {
		snprintf(text, len, "cannot create stream %s: %s", s->stream,
		    sink_last_error(st, e, sizeof(e)));
		return jerr != 0 ? SINK_CHECK_REFUSED : SINK_CHECK_RETRY;
	}
	jsStreamInfo_Destroy(si);
	snprintf(text, len, "created stream %s (subjects %s and %s, file "
	    "storage, %u replica%s, max age %llu s, duplicate window %llu s)",
	    s->stream, sink_subjects[0], sink_subjects[1], s->replicas,
	    s->replicas == 1 ? "" : "s", (unsigned long long)s->max_age_s,
	    (unsigned long long)s->dup_window_ms / 1000);
	return SINK_CHECK_OK;
}

/* The control thread: checks the stream whenever asked (after each
 * (re)connect), retrying what the server could not answer. */
static void *
sink_control_main(void *arg)
{
	struct sink *s = arg;
	char text[SINK_TEXT_MAX * 2];
	enum sink_check rc;

	pthread_mutex_lock(&s->mu);
	for (;;) {
		while (!s->check_wanted && !s->closing)
			pthread_cond_wait(&s->cond, &s->mu);
		if (s->closing)
			break;
		s->check_wanted = 0;
		pthread_mutex_unlock(&s->mu);
		rc = sink_ensure_stream(s, text, sizeof(text));
		switch (rc) {
		case SINK_CHECK_OK:
			sink_post(s, SINK_EV_STREAM_OK, NULL, 0, 0, text);
			break;
		case SINK_CHECK_MISMATCH:
			sink_post(s, SINK_EV_STREAM_FATAL, NULL, 0, 0, text);
			break;
		case SINK_CHECK_RETRY:
		case SINK_CHECK_REFUSED:
			sink_post(s, SINK_EV_STREAM_RETRY, NULL, 0, 0, text);
			break;
		}
		pthread_mutex_lock(&s->mu);
		if (rc == SINK_CHECK_RETRY || rc == SINK_CHECK_REFUSED) {
			struct timespec ts;

			clock_gettime(CLOCK_REALTIME, &ts);
			ts.tv_sec += SINK_RETRY_MAX_MS / 1000;
			while (!s->closing && !s->check_wanted &&
			    pthread_cond_timedwait(&s->cond, &s->mu, &ts) !=
			    ETIMEDOUT)
				;
			s->check_wanted = 1;
		}
	}
	pthread_mutex_unlock(&s->mu);
	return NULL;
}

/* --- on the loop --- */

static int
sink_is_up(const struct sink *s)
{
	return s->connected && s->stream_ok;
}

enum sink_state
sink_state(const struct sink *s)
{
	if (sink_is_up(s) && !s->failing)
		return SINK_UP;
	return s->ever_up ? SINK_DOWN : SINK_CONNECTING;
}

int
sink_full(const struct sink *s)
{
	return s->npending >= s->capacity;
}

size_t
sink_pending(const struct sink *s)
{
	return s->npending;
}

void
sink_counters(const struct sink *s, struct sink_counters *out)
{
	*out = s->c;
	out->pending = s->npending;
	out->inflight = s->ninflight;
	out->capacity = s->capacity;
}

/* A publish failed: stop sending new ones, resend from the oldest. */
static void
sink_failed(struct sink *s, const char *why)
{
	struct timeval tv;

	s->c.errors++;
	if (s->rewind)
		return;
	if (!s->failing)
		log_warnx("sink: publish failed: %s; holding %zu result%s, "
		    "resending from the oldest", why, s->npending,
		    s->npending == 1 ? "" : "s");
	s->failing = 1;
	s->rewind = 1;
	tv.tv_sec = s->backoff_ms / 1000;
	tv.tv_usec = (s->backoff_ms % 1000) * 1000;
	evtimer_add(s->retry_ev, &tv);
	s->backoff_ms = s->backoff_ms * 2 > SINK_RETRY_MAX_MS ?
	    SINK_RETRY_MAX_MS : s->backoff_ms * 2;
}

static void
sink_send(struct sink *s)
{
	sigset_t old;
	int masked = 0;

	if (!sink_is_up(s))
		return;
	if (s->rewind) {
		/* Every in-flight publish settles (PubAck or timeout)
		 * before the resend, so none is sent twice at once. */
		if (s->ninflight > 0 || evtimer_pending(s->retry_ev, NULL))
			return;
		s->rewind = 0;
		s->cursor = TAILQ_FIRST(&s->entries);
	}
	/* The first publish starts the client's reply thread: it gets
	 * the mask that keeps our signals on the loop. */
	if (!s->published_once && s->cursor != NULL) {
		pthread_sigmask(SIG_BLOCK, &s->blocked, &old);
		masked = 1;
	}
	while (s->cursor != NULL && s->ninflight < SINK_WINDOW) {
		struct sink_entry *e = s->cursor;
		natsMsg *m = e->msg;
		natsStatus st;

		if (e->inflight) {
			s->cursor = TAILQ_NEXT(e, link);
			continue;
		}
		e->sent = m;
		if ((st = js_PublishMsgAsync(s->js, &m, &s->pubopts)) !=
		    NATS_OK) {
			char t[SINK_TEXT_MAX];

			/* m is still ours: it is resent after the rewind. */
			e->sent = NULL;
			sink_failed(s, sink_last_error(st, t, sizeof(t)));
			break;
		}
		s->published_once = 1;
		e->msg = NULL;
		e->inflight = 1;
		s->ninflight++;
		s->c.published++;
		s->cursor = TAILQ_NEXT(e, link);
	}
	if (masked)
		pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static void
sink_on_ack(struct sink *s, struct sink_ev *ev)
{
	struct sink_entry *e;

	/* PubAcks come back nearly in order: the match is at the head. */
	TAILQ_FOREACH(e, &s->entries, link)
		if (e->inflight && e->sent == ev->msg)
			break;
	if (e == NULL) {
		log_warnx("sink: a PubAck for a message not held");
		natsMsg_Destroy(ev->msg);
		return;
	}
	e->inflight = 0;
	e->sent = NULL;
	s->ninflight--;
	if (!ev->ok) {
		e->msg = ev->msg;	/* back to us, to send again */
		sink_failed(s, ev->text);
		return;
	}
	natsMsg_Destroy(ev->msg);
	s->c.acked++;
	if (ev->duplicate)
		s->c.duplicates++;
	if (s->failing && !s->rewind) {
		log_info("sink: publishing again (%zu held)", s->npending - 1);
		s->failing = 0;
	}
	if (!s->rewind)
		s->backoff_ms = SINK_RETRY_MIN_MS;
	if (s->cursor == e)
		s->cursor = TAILQ_NEXT(e, link);
	TAILQ_REMOVE(&s->entries, e, link);
	s->npending--;
	s->acked(s->arg, e->cookie);
	free(e);
}

static void
sink_on_event(struct sink *s, struct sink_ev *ev)
{
	switch (ev->type) {
	case SINK_EV_ACK:
		sink_on_ack(s, ev);
		break;
	case SINK_EV_CONNECTED:
		if (!s->connected)
			log_info("sink: connected; checking stream %s",
			    s->stream);
		s->connected = 1;
		s->stream_ok = 0;
		break;
	case SINK_EV_DISCONNECTED:
		if (s->connected)
			log_warnx("sink: disconnected from NATS; holding "
			    "results (%zu now, busy at %zu)", s->npending,
			    s->capacity);
		s->connected = 0;
		break;
	case SINK_EV_STREAM_OK:
		if (ev->text[0] != '\0')
			log_info("sink: %s", ev->text);
		s->stream_ok = 1;
		s->ever_up = 1;
		if (s->connected)
			log_info("sink: stream %s ready; publishing %zu held "
			    "result%s", s->stream, s->npending,
			    s->npending == 1 ? "" : "s");
		/* Start from the oldest: what was in flight across the
		 * disconnection may be lost. */
		if (s->ninflight == 0)
			s->cursor = TAILQ_FIRST(&s->entries);
		else
			s->rewind = 1;
		break;
	case SINK_EV_STREAM_RETRY:
		log_warnx("sink: %s; trying again", ev->text);
		break;
	case SINK_EV_STREAM_FATAL:
		fatalx("sink: %s", ev->text);
		break;
	case SINK_EV_ERROR:
		log_warnx("sink: NATS: %s", ev->text);
		break;
	}
}

static void
sink_efd_cb(evutil_socket_t fd, short what, void *arg)
{
	struct sink *s = arg;
	struct sink_ev *ev, *next;
	uint64_t n;

	(void)what;
	pthread_mutex_lock(&s->mu);
	ev = s->ev_head;
	s->ev_head = s->ev_tail = NULL;
	/* Under the lock: a post that finds the list empty writes again. */
	if (read(fd, &n, sizeof(n)) == -1 && errno != EAGAIN)
		log_warn("sink: eventfd");
	pthread_mutex_unlock(&s->mu);
	for (; ev != NULL; ev = next) {
		next = ev->next;
		sink_on_event(s, ev);
		free(ev);
	}
	sink_send(s);
}

static void
sink_retry_cb(evutil_socket_t fd, short what, void *arg)
{
	struct sink *s = arg;

	(void)fd;
	(void)what;
	sink_send(s);
}

void
sink_publish(struct sink *s, const char *kind, struct str source,
    struct str id, uint64_t seq, const void *payload, size_t len,
    uint64_t cookie)
{
	char subj[SINK_SUBJECT_MAX], seqs[SINK_SEQ_BUFSZ];
	char idz[PROTO_ID_MAX + 1];
	struct sink_entry *e;
	natsMsg *m = NULL;

	sink_subject(subj, sizeof(subj), kind, source);
	snprintf(idz, sizeof(idz), "%.*s", (int)id.len, id.p);
	snprintf(seqs, sizeof(seqs), "%llu", (unsigned long long)seq);
	if (natsMsg_Create(&m, subj, NULL, payload, (int)len) != NATS_OK ||
	    natsMsgHeader_Set(m, "Nats-Msg-Id", idz) != NATS_OK ||
	    natsMsgHeader_Set(m, "Content-Type", "application/msgpack") !=
	    NATS_OK ||
	    natsMsgHeader_Set(m, "Quarry-Seq", seqs) != NATS_OK)
		fatalx("sink: cannot build a message: %s",
		    nats_GetLastError(NULL));
	e = xcalloc(1, sizeof(*e));
	e->msg = m;
	e->cookie = cookie;
	TAILQ_INSERT_TAIL(&s->entries, e, link);
	s->npending++;
	if (s->cursor == NULL && !s->rewind)
		s->cursor = e;
	sink_send(s);
}

/* --- set-up and tear-down --- */

static int
sink_read_secret(const char *path, char *buf, size_t len, char *err,
    size_t errlen)
{
	FILE *f = fopen(path, "re");
	size_t n;

	if (f == NULL) {
		snprintf(err, errlen, "sink-password-file: %s: %s", path,
		    strerror(errno));
		return -1;
	}
	n = fread(buf, 1, len - 1, f);
	fclose(f);
	buf[n] = '\0';
	buf[strcspn(buf, "\r\n")] = '\0';
	if (buf[0] == '\0') {
		snprintf(err, errlen, "sink-password-file: %s: empty", path);
		return -1;
	}
	return 0;
}

/* The options: servers, credentials, TLS, callbacks.  0 or -1. */
static int
sink_options(struct sink *s, const struct sink_settings *set, char *err,
    size_t errlen)
{
	char *list = xstrdup(set->servers), *tok, *save = NULL;
	const char *urls[64];
	int n = 0;
	natsStatus st = NATS_OK;
	char e[SINK_TEXT_MAX];

	for (tok = strtok_r(list, ",", &save); tok != NULL && n < 64;
	    tok = strtok_r(NULL, ",", &save))
		urls[n++] = tok;
	if (n == 0) {
		snprintf(err, errlen, "sink: no server in \"%s\"",
		    set->servers);
		free(list);
		return -1;
	}
	if (natsOptions_Create(&s->opts) != NATS_OK)
		fatalx("sink: natsOptions_Create");
	st = natsOptions_SetServers(s->opts, urls, n);
	free(list);
	if (st == NATS_OK)
		st = natsOptions_SetName(s->opts, "quarryd");
	if (st == NATS_OK)
		st = natsOptions_SetMaxReconnect(s->opts, -1);
	if (st == NATS_OK)
		st = natsOptions_SetReconnectWait(s->opts,
		    SINK_RECONNECT_WAIT_MS);
	if (st == NATS_OK)
		st = natsOptions_SetTimeout(s->opts, SINK_CONNECT_TIMEOUT_MS);
	if (st == NATS_OK)
		st = natsOptions_SetPingInterval(s->opts,
		    SINK_PING_INTERVAL_MS);
	if (st == NATS_OK)
		st = natsOptions_SetMaxPingsOut(s->opts, SINK_PINGS_OUT);
	if (st == NATS_OK)
		st = natsOptions_SetFailRequestsOnDisconnect(s->opts, true);
	if (st == NATS_OK)
		st = natsOptions_SetReconnectedCB(s->opts, sink_connected_cb,
		    s);
	if (st == NATS_OK)
		st = natsOptions_SetDisconnectedCB(s->opts,
		    sink_disconnected_cb, s);
	if (st == NATS_OK)
		st = natsOptions_SetErrorHandler(s->opts, sink_error_cb, s);
	if (st != NATS_OK) {
		snprintf(err, errlen, "sink: %s: %s", set->servers,
		    sink_last_error(st, e, sizeof(e)));
		return -1;
	}
	if (set->user != NULL || set->password_file != NULL) {
		char pw[1024];

		if (set->user == NULL || set->password_file == NULL) {
			snprintf(err, errlen, "sink-user and "
			    "sink-password-file go together");
			return -1;
		}
		if (sink_read_secret(set->password_file, pw, sizeof(pw), err,
		    errlen) == -1)
			return -1;
		st = natsOptions_SetUserInfo(s->opts, set->user, pw);
		explicit_bzero(pw, sizeof(pw));
		if (st != NATS_OK) {
			snprintf(err, errlen, "sink-user: %s",
			    sink_last_error(st, e, sizeof(e)));
			return -1;
		}
	}
	if (set->nkey != NULL || set->nkey_seed != NULL) {
		if (set->nkey == NULL || set->nkey_seed == NULL) {
			snprintf(err, errlen, "sink-nkey (the public key) and "
			    "sink-nkey-seed (the seed file) go together");
			return -1;
		}
		if (access(set->nkey_seed, R_OK) == -1) {
			snprintf(err, errlen, "sink-nkey-seed: %s: %s",
			    set->nkey_seed, strerror(errno));
			return -1;
		}
		if ((st = natsOptions_SetNKeyFromSeed(s->opts, set->nkey,
		    set->nkey_seed)) != NATS_OK) {
			snprintf(err, errlen, "sink-nkey: %s",
			    sink_last_error(st, e, sizeof(e)));
			return -1;
		}
	}
	if (set->ca_file != NULL) {
		st = natsOptions_SetSecure(s->opts, true);
		if (st == NATS_OK)
			st = natsOptions_LoadCATrustedCertificates(s->opts,
			    set->ca_file);
		if (st != NATS_OK) {
			snprintf(err, errlen, "sink-ca: %s: %s", set->ca_file,
			    sink_last_error(st, e, sizeof(e)));
			return -1;
		}
	}
	return 0;
}

struct sink *
sink_new(struct event_base *base, const struct sink_settings *set,
    sink_acked_fn acked, void *arg, char *err, size_t errlen)
{
	struct sink *s = xcalloc(1, sizeof(*s));
	jsOptions jo;
	natsStatus st;
	sigset_t old;
	char text[SINK_TEXT_MAX * 2], e[SINK_TEXT_MAX];
	enum sink_check rc = SINK_CHECK_RETRY;

	s->base = base;
	s->acked = acked;
	s->arg = arg;
	s->stream = xstrdup(set->stream != NULL ? set->stream :
	    SINK_STREAM_DEFAULT);
	s->max_age_s = set->max_age_s;
	s->replicas = set->replicas > 0 ? set->replicas : 1;
	s->dup_window_ms = set->duplicate_window_ms < SINK_DUP_WINDOW_MIN_MS ?
	    SINK_DUP_WINDOW_MIN_MS : set->duplicate_window_ms;
	s->capacity = set->buffer > 0 ? set->buffer : 1;
	s->backoff_ms = SINK_RETRY_MIN_MS;
	s->efd = -1;
	TAILQ_INIT(&s->entries);
	pthread_mutex_init(&s->mu, NULL);
	pthread_cond_init(&s->cond, NULL);
	sigfillset(&s->blocked);
	jsPubOptions_Init(&s->pubopts);
	s->pubopts.MaxWait = SINK_ACK_WAIT_MS;

	if ((s->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) == -1)
		fatal("sink: eventfd");
	if ((s->efd_ev = event_new(base, s->efd, EV_READ | EV_PERSIST,
	    sink_efd_cb, s)) == NULL || event_add(s->efd_ev, NULL) == -1 ||
	    (s->retry_ev = evtimer_new(base, sink_retry_cb, s)) == NULL)
		fatalx("sink: cannot watch the eventfd");

	/* Every thread the client starts from here (the library's own
	 * at its first use, the connection's) inherits this mask. */
	pthread_sigmask(SIG_BLOCK, &s->blocked, &old);
	if (sink_options(s, set, err, errlen) == -1) {
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		goto fail;
	}
	/*
	 * One attempt first, to hear why it fails: credentials or TLS the
	 * server refuses will not get better, so quarryd refuses to start;
	 * a server that is not there yet is retried in the background.
	 */
	st = natsConnection_Connect(&s->nc, s->opts);
	if (st != NATS_OK && st != NATS_NO_SERVER && st != NATS_TIMEOUT &&
	    st != NATS_IO_ERROR) {
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		snprintf(err, errlen, "sink: %s: %s", set->servers,
		    sink_last_error(st, e, sizeof(e)));
		goto fail;
	}
	if (st != NATS_OK) {
		log_warnx("sink: %s: %s", set->servers,
		    sink_last_error(st, e, sizeof(e)));
		if (natsOptions_SetRetryOnFailedConnect(s->opts, true,
		    sink_connected_cb, s) != NATS_OK)
			fatalx("sink: natsOptions_SetRetryOnFailedConnect");
		st = natsConnection_Connect(&s->nc, s->opts);
	}
	if (st == NATS_OK || st == NATS_NOT_YET_CONNECTED) {
		jsOptions_Init(&jo);
		jo.Wait = SINK_API_WAIT_MS;
		jo.PublishAsync.AckHandler = sink_ack_cb;
		jo.PublishAsync.AckHandlerClosure = s;
		if (natsConnection_JetStream(&s->js, s->nc, &jo) != NATS_OK)
			fatalx("sink: natsConnection_JetStream: %s",
			    nats_GetLastError(NULL));
	}
	if (st == NATS_OK)
		rc = sink_ensure_stream(s, text, sizeof(text));
	if (pthread_create(&s->control, NULL, sink_control_main, s) != 0)
		fatalx("sink: cannot start the control thread");
	s->control_started = 1;
	pthread_sigmask(SIG_SETMASK, &old, NULL);

	if (st != NATS_OK && st != NATS_NOT_YET_CONNECTED) {
		snprintf(err, errlen, "sink: %s: %s", set->servers,
		    sink_last_error(st, e, sizeof(e)));
		goto fail;
	}
	if (st == NATS_NOT_YET_CONNECTED) {
		log_warnx("sink: cannot reach %s yet; holding results until "
		    "it answers", set->servers);
		return s;
	}
	s->connected = 1;
	switch (rc) {
	case SINK_CHECK_OK:
		if (text[0] != '\0')
			log_info("sink: %s", text);
		s->stream_ok = 1;
		s->ever_up = 1;
		log_info("sink: publishing to stream %s on %s", s->stream,
		    set->servers);
		break;
	case SINK_CHECK_MISMATCH:
		snprintf(err, errlen, "sink: %s", text);
		goto fail;
	case SINK_CHECK_RETRY:
	case SINK_CHECK_REFUSED:
		/* A cluster still electing its leader says no for a while;
		 * so may a setting it cannot meet yet (replicas): hold
		 * results, say so, and ask again. */
		log_warnx("sink: %s; holding results until it answers", text);
		sink_want_check(s);
		break;
	}
	return s;
fail:
	sink_destroy(&s);
	return NULL;
}

void
sink_destroy(struct sink **sp)
{
	struct sink *s = *sp;
	struct sink_entry *e;
	struct sink_ev *ev;

	if (s == NULL)
		return;
	*sp = NULL;
	pthread_mutex_lock(&s->mu);
	s->closing = 1;
	pthread_cond_broadcast(&s->cond);
	pthread_mutex_unlock(&s->mu);
	if (s->control_started)
		pthread_join(s->control, NULL);
	if (s->nc != NULL)
		natsConnection_Close(s->nc);
	jsCtx_Destroy(s->js);
	natsConnection_Destroy(s->nc);
	natsOptions_Destroy(s->opts);
	/* The client's threads may still be finishing a callback, which
	 * touches s: wait for them before freeing it. */
	if (nats_CloseAndWait(SINK_CLOSE_WAIT_MS) != NATS_OK) {
		log_warnx("sink: the NATS client did not stop within %d ms",
		    SINK_CLOSE_WAIT_MS);
		return;		/* leak s rather than free it under them */
	}
	while ((ev = s->ev_head) != NULL) {
		s->ev_head = ev->next;
		natsMsg_Destroy(ev->msg);
		free(ev);
	}
	while ((e = TAILQ_FIRST(&s->entries)) != NULL) {
		TAILQ_REMOVE(&s->entries, e, link);
		natsMsg_Destroy(e->msg);
		free(e);
	}
	if (s->efd_ev != NULL)
		event_free(s->efd_ev);
	if (s->retry_ev != NULL)
		event_free(s->retry_ev);
	if (s->efd != -1)
		close(s->efd);
	pthread_cond_destroy(&s->cond);
	pthread_mutex_destroy(&s->mu);
	free(s->stream);
	free(s);
}
