/*
 * results.c — the results socket as subscribers see it (results.h): the
 * publishing path, the bytes held for subscribers against their budget,
 * the closing of subscribers that do not read, and the subscriptions
 * each connection may make.
 */
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/sockios.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <zmq.h>

#include "log.h"
#include "message.h"
#include "ratelog.h"
#include "results.h"
#include "util.h"

/*
 * Subscribers' connections remembered for their subscription counts, by
 * libzmq's metadata of the connection (its address is the key: one
 * object per connection, shared by all its messages).  Past this many,
 * the one heard from longest ago is forgotten: a connection is known for
 * as long as it keeps subscribing, and a forgotten one starts again from
 * zero, so the bound per connection holds while it is remembered, and
 * the table cannot grow with connections that came and went.
 */
#define RESULTS_CONNS_MAX	4096
/* Subscriptions that are no topic's prefix a connection may send before
 * it is closed: a client with a typo hears it in the log, not silence. */
#define RESULTS_REFUSED_MAX	16
/* The text of a subscription shown in the log (refused, or debug). */
#define RESULTS_EXCERPT		64
/*
 * The payload's length is kept just before it, for the free callback:
 * a size_t (8 bytes) rounded up to the alignment malloc gives (16 on
 * x86-64 and arm64, _Alignof(max_align_t)), so the payload libzmq reads
 * is as aligned as a buffer of its own would be.
 */
#define RESULTS_HDR		16
_Static_assert(RESULTS_HDR >= sizeof(size_t) &&
    RESULTS_HDR % _Alignof(max_align_t) == 0,
    "RESULTS_HDR holds a size_t and keeps malloc's alignment");
_Static_assert(RESULTS_HEADROOM == RESULTS_HDR,
    "a caller's buffer leaves the room the payload's length takes");

/*
 * What outlives the struct results: the messages libzmq still holds when
 * quarryd closes the socket are freed later, on its I/O thread.  One
 * reference for the struct results, one per message.
 */
struct results_held {
	_Atomic uint64_t bytes;
	_Atomic uint64_t refs;
};

/* A subscriber's socket found backed up, and since when. */
struct results_sample {
	int		 fd;
	uint64_t	 since_us;
};

struct results_conn {
	const void	*key;		/* libzmq's metadata of it */
	char		 peer[64];	/* its Peer-Address */
	unsigned	 subs, refused;
	uint64_t	 bytes;		/* of the messages it sent */
	uint64_t	 heard_us;
};

struct results {
	struct zsock	*z;
	struct fds	*fds;
	size_t		 max_bytes;
	struct results_held *held;
	uint64_t	 queue_full, slow_closed, subs_refused, subs_closed;
	/* The last look at the subscribers' sockets: those backed up;
	 * scratch is for the next look. */
	struct results_sample *samples, *scratch;
	size_t		 nsamples, capsamples, capscratch;
	uint64_t	 looked_us;
	uint64_t	 over_since_us;	/* 0: within the budget */
	/* Each warning at most once per RESULTS_LOG_EVERY_US; a full
	 * queue once per stretch of them (results_full). */
	struct ratelog	 full_log, slow_log, subs_log;
	uint64_t	 slow_unlogged;	/* closed since the last line */
	struct results_conn *conns;
	size_t		 nconns;
};

static void results_look(struct results *, uint64_t);

struct results *
results_new(struct zsock *z, struct fds *f, size_t max_bytes)
{
	struct results *r = xcalloc(1, sizeof(*r));

	r->z = z;
	r->fds = f;
	r->max_bytes = max_bytes;
	r->held = xcalloc(1, sizeof(*r->held));
	atomic_init(&r->held->bytes, 0);
	atomic_init(&r->held->refs, 1);
	r->conns = xcalloc(RESULTS_CONNS_MAX, sizeof(*r->conns));
	ratelog_init(&r->full_log, RESULTS_LOG_EVERY_US, RATELOG_STRETCH);
	ratelog_init(&r->slow_log, RESULTS_LOG_EVERY_US, RATELOG_PERIOD);
	ratelog_init(&r->subs_log, RESULTS_LOG_EVERY_US, RATELOG_PERIOD);
	zsock_set_int(z, ZMQ_SNDHWM, RESULTS_HWM);
	/* Subscriptions are stored as libzmq takes them: let few wait. */
	zsock_set_int(z, ZMQ_RCVHWM, RESULTS_SUBS_RCVHWM);
	/* Probe: a full queue fails the send instead of dropping. */
	zsock_set_int(z, ZMQ_XPUB_NODROP, 1);
	/* Hand up every subscription, repeats too: each one to
	 * quarry.hello is answered, and each one counts. */
	zsock_set_int(z, ZMQ_XPUB_VERBOSE, 1);
	return r;
}

static void
results_unref(struct results_held *h)
{
	if (atomic_fetch_sub(&h->refs, 1) == 1)
		free(h);
}

void
results_destroy(struct results **rp)
{
	struct results *r;

	if (rp == NULL || (r = *rp) == NULL)
		return;
	results_unref(r->held);
	free(r->samples);
	free(r->scratch);
	free(r->conns);
	free(r);
	*rp = NULL;
}

void
results_set_max_bytes(struct results *r, size_t max_bytes)
{
	r->max_bytes = max_bytes;
}

/* libzmq is done with a payload (any thread). */
static void
results_free(void *data, void *hint)
{
	struct results_held *h = hint;
	char *base = (char *)data - RESULTS_HDR;
	size_t len;

	memcpy(&len, base, sizeof(len));
	atomic_fetch_sub(&h->bytes, len);
	free(base);
	results_unref(h);
}

static int
results_send_topic(struct results *r, const char *topic, size_t tlen)
{
	for (;;) {
		if (zmq_send(r->z->sock, topic, tlen,
		    ZMQ_DONTWAIT | ZMQ_SNDMORE) != -1)
			return 0;
		if (zmq_errno() != EINTR)
			return -1;
	}
}

/* One more send that found a queue full: logged once per stretch of
 * them (a quiet RESULTS_LOG_EVERY_US ends it). */
static void
results_full(struct results *r)
{
	uint64_t held;

	r->queue_full++;
	if (!ratelog_due(&r->full_log, now_us(), &held))
		return;
	log_warnx("results: a subscriber's queue is full (%d results): "
	    "results are dropped for it until it reads again (%llu such "
	    "stretches since the last line; quarry_results_queue_full_total)",
	    RESULTS_HWM, (unsigned long long)held + 1);
}

/* The topic frame, [topic] with more to come; the probe (NODROP)
 * first, then, if someone's queue is full, for the others alone. */
static int
results_topic(struct results *r, const char *topic, size_t tlen)
{
	int off = 0, on = 1, rc;

	r->z->dirty = 1;
	if (results_send_topic(r, topic, tlen) == -1) {
		if (zmq_errno() != EAGAIN)
			return -1;
		/* Someone's queue is full: count it, then send without the
		 * probe, dropping for that one alone. */
		results_full(r);
		zsock_set_int(r->z, ZMQ_XPUB_NODROP, off);
		rc = results_send_topic(r, topic, tlen);
		zsock_set_int(r->z, ZMQ_XPUB_NODROP, on);
		if (rc == -1)
			return -1;
	}
	return 0;
}

/* The payload at base + RESULTS_HDR, len bytes (base is malloc's, held
 * by ZeroMQ from here on, freed by results_free), after its topic. */
static int
results_payload(struct results *r, char *base, size_t len)
{
	zmq_msg_t m;
	int on = 1, off = 0, rc;

	memcpy(base, &len, sizeof(len));
	atomic_fetch_add(&r->held->refs, 1);
	/* Over the budget: look now (not at the next tick), at most once
	 * per RESULTS_LOOK_US. */
	if (atomic_fetch_add(&r->held->bytes, len) + len > r->max_bytes) {
		uint64_t now = now_us();

		if (now - r->looked_us >= RESULTS_LOOK_US)
			results_look(r, now);
	}
	if (zmq_msg_init_data(&m, base + RESULTS_HDR, len, results_free,
	    r->held) == -1)
		fatal("results: zmq_msg_init_data");
	/*
	 * The topic went out: the payload follows it to the same queues.
	 * Their counts do not change mid-message, so the probe passes
	 * again; were it ever to fail, the payload goes without it: a
	 * topic left without its payload would take the next message's
	 * topic as its own.
	 */
	rc = 0;
	for (;;) {
		if (zmq_msg_send(&m, r->z->sock, ZMQ_DONTWAIT) != -1)
			break;
		if (zmq_errno() == EINTR)
			continue;
		if (zmq_errno() == EAGAIN && !rc) {
			zsock_set_int(r->z, ZMQ_XPUB_NODROP, off);
			rc = 1;
			continue;
		}
		rc = zmq_errno();
		zmq_msg_close(&m);
		zsock_set_int(r->z, ZMQ_XPUB_NODROP, on);
		errno = rc;
		return -1;
	}
	if (rc)
		zsock_set_int(r->z, ZMQ_XPUB_NODROP, on);
	return 0;
}

int
results_publish(struct results *r, const char *topic, size_t tlen,
    const void *data, size_t len)
{
	char *base;

	if (results_topic(r, topic, tlen) == -1)
		return -1;
	base = xmalloc(RESULTS_HDR + len);
	if (len > 0)
		memcpy(base + RESULTS_HDR, data, len);
	return results_payload(r, base, len);
}

int
results_publish_buf(struct results *r, const char *topic, size_t tlen,
    struct pbuf *b)
{
	size_t len, cap = b->cap;
	char *base;

	if (b->len < RESULTS_HDR) {
		errno = EINVAL;
		return -1;
	}
	len = b->len - RESULTS_HDR;
	if (results_topic(r, topic, tlen) == -1)
		return -1;
	/* Cut to its length (a shrink in place): what subscribers are
	 * held to (--results-max-bytes) is then what it takes. */
	if ((base = realloc(b->data, RESULTS_HDR + len)) == NULL)
		base = b->data;
	/* The next Result is written into a buffer as large as this one
	 * grew to (pbufs are realloc's). */
	b->data = xmalloc(cap);
	b->len = 0;
	b->cap = cap;
	return results_payload(r, base, len);
}

/* --- subscribers that do not read --- */

static void
results_close_fd(int fd)
{
	/* libzmq owns the descriptor: shut down, its engine sees the
	 * error, closes it and drops the subscriber's queue. */
	(void)shutdown(fd, SHUT_RDWR);
}

/* Whether fd's kernel send queue is at least a quarter of its buffer
 * (SIOCOUTQ counts payload, the buffer overhead too): its reader is not
 * taking what quarryd sends.  Not a socket any more: no. */
static int
results_backed_up(int fd)
{
	int q, buf;
	socklen_t len = sizeof(buf);

	if (ioctl(fd, SIOCOUTQ, &q) == -1 ||
	    getsockopt(fd, SOL_SOCKET, SO_SNDBUF, &buf, &len) == -1)
		return 0;
	return q > 0 && q >= buf / 4;
}

static uint64_t
results_stuck_since(const struct results *r, int fd)
{
	size_t i;

	for (i = 0; i < r->nsamples; i++)
		if (r->samples[i].fd == fd)
			return r->samples[i].since_us;
	return 0;
}

static void
results_log_slow(struct results *r, uint64_t now, uint64_t held)
{
	if (!ratelog_due(&r->slow_log, now, NULL))
		return;
	log_warnx("results: closed %llu subscriber connection%s whose socket "
	    "stayed full for %llu ms (or longest, past %d times the budget) "
	    "while %llu bytes were held for subscribers (budget %zu); each "
	    "loses what was queued for it "
	    "(quarry_results_slow_subscribers_total)",
	    (unsigned long long)r->slow_unlogged,
	    r->slow_unlogged == 1 ? "" : "s", RESULTS_STUCK_US / 1000,
	    RESULTS_HARD_FACTOR, (unsigned long long)held, r->max_bytes);
	r->slow_unlogged = 0;
}

/*
 * Look at every subscriber's socket: since when it has stayed backed up
 * (a look that finds it taking data again starts over), and, over the
 * budget, close those backed up for RESULTS_STUCK_US.  A subscriber that
 * stopped reading long ago is closed at the first look past the budget.
 * Past RESULTS_HARD_FACTOR times the budget, a look that closed none
 * closes the one backed up longest.
 */
static void
results_look(struct results *r, uint64_t now)
{
	uint64_t held = atomic_load(&r->held->bytes), since;
	int over = held > r->max_bytes;
	int hard = r->max_bytes <= SIZE_MAX / RESULTS_HARD_FACTOR &&
	    held > (uint64_t)r->max_bytes * RESULTS_HARD_FACTOR;
	struct results_sample *t;
	const int *fd;
	size_t n, i, k = 0, cap, oldest = 0, closed = 0;

	r->looked_us = now;
	if (over && r->over_since_us == 0) {
		r->over_since_us = now;
		log_warnx("results: %llu bytes held for subscribers, over the "
		    "budget (%zu, results_max_bytes): closing subscribers "
		    "that are not reading", (unsigned long long)held,
		    r->max_bytes);
	} else if (!over && r->over_since_us != 0) {
		r->over_since_us = 0;
		log_info("results: %llu bytes held for subscribers, within "
		    "the budget (%zu) again", (unsigned long long)held,
		    r->max_bytes);
	}
	n = fds_tracked(r->fds, r->z, &fd);
	if (n > r->capscratch) {
		r->scratch = xreallocarray(r->scratch, n,
		    sizeof(*r->scratch));
		r->capscratch = n;
	}
	for (i = 0; i < n; i++) {
		if (!results_backed_up(fd[i]))
			continue;
		if ((since = results_stuck_since(r, fd[i])) == 0)
			since = now;
		if (over && now - since >= RESULTS_STUCK_US) {
			results_close_fd(fd[i]);
			r->slow_closed++;
			r->slow_unlogged++;
			closed++;
			continue;
		}
		if (k > 0 && since < r->scratch[oldest].since_us)
			oldest = k;
		r->scratch[k].fd = fd[i];
		r->scratch[k].since_us = since;
		k++;
	}
	/* Past RESULTS_HARD_FACTOR times the budget, bytes decide, not
	 * time: the connection backed up longest goes now. */
	if (hard && closed == 0 && k > 0) {
		results_close_fd(r->scratch[oldest].fd);
		r->slow_closed++;
		r->slow_unlogged++;
		r->scratch[oldest] = r->scratch[--k];
	}
	/* This look replaces the last one. */
	t = r->samples;
	r->samples = r->scratch;
	r->scratch = t;
	cap = r->capsamples;
	r->capsamples = r->capscratch;
	r->capscratch = cap;
	r->nsamples = k;
	if (r->slow_unlogged > 0)
		results_log_slow(r, now, held);
}

void
results_tick(struct results *r, uint64_t now)
{
	results_look(r, now);
}

/* --- subscriptions --- */

/* Whether s is a prefix of p (NUL-terminated) or p followed by at most
 * max more bytes. */
static int
results_prefix_of(const char *s, size_t len, const char *p, size_t max)
{
	size_t plen = strlen(p);

	if (len <= plen)
		return memcmp(s, p, len) == 0;
	return memcmp(s, p, plen) == 0 && len - plen <= max;
}

int
results_topic_ok(const char *s, size_t len)
{
	/* The topics: result.<source>, dead.<source>, quarry.hello
	 * (docs/protocol.md); a source is at most PROTO_SOURCE_MAX. */
	return results_prefix_of(s, len, "result.", PROTO_SOURCE_MAX) ||
	    results_prefix_of(s, len, "dead.", PROTO_SOURCE_MAX) ||
	    results_prefix_of(s, len, "quarry.hello", 0);
}

/*
 * The connection a message came from, remembered (or the oldest slot
 * reused), or NULL if libzmq gave it no metadata.  The key is the
 * address of the string zmq_msg_gets() returns: libzmq 4.3 keeps one
 * metadata object per connection and points every message at it.  That
 * is its layout, not its API: were metadata copied per message, every
 * subscription would look like a new connection and RESULTS_SUBS_MAX
 * would never bind (test_hostile.c, many_subscriptions_* would fail).
 */
static struct results_conn *
results_conn(struct results *r, zmq_msg_t *m, uint64_t now)
{
	const char *key = zmq_msg_gets(m, "Socket-Type");
	const char *peer = zmq_msg_gets(m, "Peer-Address");
	struct results_conn *c, *oldest = NULL;
	size_t i;

	if (key == NULL)
		return NULL;
	for (i = 0; i < r->nconns; i++) {
		c = &r->conns[i];
		if (c->key == key) {
			c->heard_us = now;
			return c;
		}
		if (oldest == NULL || c->heard_us < oldest->heard_us)
			oldest = c;
	}
	c = r->nconns < RESULTS_CONNS_MAX ? &r->conns[r->nconns++] : oldest;
	memset(c, 0, sizeof(*c));
	c->key = key;
	c->heard_us = now;
	snprintf(c->peer, sizeof(c->peer), "%s", peer != NULL ? peer : "");
	return c;
}

/*
 * Close the connection known by its Peer-Address: over ipc
 * "...:uid:gid:pid", every connection of that process (libzmq gives no
 * finer name; the process is the culprit); over tcp the address, and of
 * its connections the one that has sent the most bytes, if that is at
 * least what these messages took: what libzmq still hands up from a
 * connection already closed (it stored them before the close) must not
 * close another subscriber on the same address.  How many were closed.
 */
static int
results_conn_close(struct results *r, const struct results_conn *c)
{
	const char *colon;
	const int *fd;
	size_t n, i;
	int best = -1, closed = 0;
	uint64_t most = 0;
	long pid = -1;

	n = fds_tracked(r->fds, r->z, &fd);
	if ((colon = strrchr(c->peer, ':')) != NULL &&
	    strncmp(c->peer, "localhost:", 10) == 0)
		pid = strtol(colon + 1, NULL, 10);
	for (i = 0; i < n; i++) {
		struct sockaddr_storage ss;
		socklen_t sl = sizeof(ss);
		char host[INET6_ADDRSTRLEN];

		if (getpeername(fd[i], (struct sockaddr *)&ss, &sl) == -1)
			continue;
		if (ss.ss_family == AF_UNIX) {
			struct ucred cred;
			socklen_t cl = sizeof(cred);

			if (pid > 0 && getsockopt(fd[i], SOL_SOCKET,
			    SO_PEERCRED, &cred, &cl) == 0 && cred.pid == pid) {
				results_close_fd(fd[i]);
				closed++;
			}
			continue;
		}
		if (ss.ss_family == AF_INET)
			inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->
			    sin_addr, host, sizeof(host));
		else if (ss.ss_family == AF_INET6)
			inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&ss)->
			    sin6_addr, host, sizeof(host));
		else
			continue;
		if (strcmp(host, c->peer) == 0) {
			struct tcp_info ti;
			socklen_t tl = sizeof(ti);

			memset(&ti, 0, sizeof(ti));
			if (getsockopt(fd[i], IPPROTO_TCP, TCP_INFO, &ti,
			    &tl) == -1)
				continue;
			if (ti.tcpi_bytes_received < c->bytes)
				continue;
			if (best == -1 || ti.tcpi_bytes_received > most) {
				best = fd[i];
				most = ti.tcpi_bytes_received;
			}
		}
	}
	if (best != -1) {
		results_close_fd(best);
		closed++;
	}
	return closed;
}

static void
results_subs_log(struct results *r, const char *what,
    const struct results_conn *c, const unsigned char *p, size_t len)
{
	char ex[RESULTS_EXCERPT + 1];
	size_t i, n = len < RESULTS_EXCERPT ? len : RESULTS_EXCERPT;
	uint64_t held;

	if (!ratelog_due(&r->subs_log, now_us(), &held))
		return;
	for (i = 0; i < n; i++)
		ex[i] = p[i] >= 0x20 && p[i] < 0x7f ? (char)p[i] : '?';
	ex[n] = '\0';
	log_warnx("results: subscriber %s: %s \"%s\"%s (%llu more since the "
	    "last line)", c != NULL && c->peer[0] ? c->peer : "(unknown)",
	    what, ex, len > n ? "..." : "",
	    (unsigned long long)held);
}

int
results_read(struct results *r, const char *hello, int *hello_seen)
{
	zmq_msg_t f[ZSOCK_FRAMES_MAX];
	const unsigned char *p;
	struct results_conn *c;
	size_t len;
	int n, kept, ok, closed;

	*hello_seen = 0;
	if ((n = zsock_recv(r->z, f, ZSOCK_FRAMES_MAX)) == 0)
		return 0;
	kept = n < ZSOCK_FRAMES_MAX ? n : ZSOCK_FRAMES_MAX;
	p = zmq_msg_data(&f[0]);
	len = zmq_msg_size(&f[0]);
	if ((c = results_conn(r, &f[0], now_us())) != NULL)
		c->bytes += len;
	/* XPUB hands up "\1topic" for subscribe, "\0topic" for cancel;
	 * anything else is no subscriber's. */
	ok = n == 1 && len >= 1 && p[0] <= 1 &&
	    results_topic_ok((const char *)p + 1, len - 1);
	if (ok && p[0] == 1) {
		log_debug("results: subscription to \"%.*s\"",
		    (int)(len - 1 < RESULTS_EXCERPT ? len - 1 :
		    RESULTS_EXCERPT), (const char *)p + 1);
		if (len - 1 == strlen(hello) && memcmp(p + 1, hello,
		    len - 1) == 0)
			*hello_seen = 1;
	}
	/* libzmq's own cancellations, for a connection that went, carry
	 * no metadata: nobody sent them. */
	if (!ok && c == NULL && n == 1 && len >= 1 && p[0] == 0)
		ok = 1;
	if (!ok) {
		r->subs_refused++;
		results_subs_log(r, "refused subscription", c,
		    len >= 1 ? p + 1 : p, len >= 1 ? len - 1 : 0);
	}
	if (c != NULL && (++c->subs > RESULTS_SUBS_MAX ||
	    (!ok && ++c->refused > RESULTS_REFUSED_MAX))) {
		/* libzmq has kept all of them: only closing the connection
		 * frees them. */
		if ((closed = results_conn_close(r, c)) > 0) {
			r->subs_closed += (uint64_t)closed;
			results_subs_log(r, c->subs > RESULTS_SUBS_MAX ?
			    "too many subscriptions, closed after" :
			    "too many refused subscriptions, closed after", c,
			    len >= 1 ? p + 1 : p, len >= 1 ? len - 1 : 0);
		}
		/* Forgotten either way: found, it is gone; not found, it
		 * is gone already (the address was reused). */
		*c = r->conns[--r->nconns];
	}
	zsock_close_frames(f, kept);
	return 1;
}

void
results_counts(const struct results *r, struct results_counts *out)
{
	out->held_bytes = atomic_load(&r->held->bytes);
	out->max_bytes = r->max_bytes;
	out->queue_full = r->queue_full;
	out->slow_closed = r->slow_closed;
	out->subs_refused = r->subs_refused;
	out->subs_closed = r->subs_closed;
}
