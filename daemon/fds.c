/*
 * fds.c — the descriptor budget: the limit raised at start, and the
 * connections libzmq accepts counted and bounded through socket monitors.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <zmq.h>

#include "fds.h"
#include "log.h"
#include "ratelog.h"
#include "util.h"

#define FDS_EVENTS	(ZMQ_EVENT_ACCEPTED | ZMQ_EVENT_DISCONNECTED | \
			 ZMQ_EVENT_ACCEPT_FAILED)
/* A monitor's events handled before the pump turns elsewhere. */
#define FDS_BATCH	256

struct fds_watch {
	struct zsock	*z;		/* the watched socket (not ours) */
	struct zsock	*mon;		/* PAIR: its monitor's events */
	char		*endpoint;
	size_t		 live;		/* its connections now */
	int		 unbound;	/* after EMFILE, until rebind_ev */
	int		 tcp;		/* counted against the budget */
	int		 track;		/* its connections' fds kept */
	int		*fd;		/* ... here */
	size_t		 nfd, capfd;
	struct event	*rebind_ev;
	struct fds	*f;
};

struct fds {
	void		*zctx;
	struct event_base *base;
	struct fds_watch w[FDS_WATCH_MAX];
	int		 nw;
	size_t		 live;		/* connections now */
	size_t		 budget;
	uint64_t	 limit;
	uint64_t	 refused;
	struct ratelog	 log;		/* lines about the budget */
};

uint64_t
fds_raise_limit(void)
{
	struct rlimit rl;
	rlim_t was;

	if (getrlimit(RLIMIT_NOFILE, &rl) == -1)
		fatal("getrlimit RLIMIT_NOFILE");
	was = rl.rlim_cur;
	if (rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		if (setrlimit(RLIMIT_NOFILE, &rl) == -1) {
			log_warn("setrlimit RLIMIT_NOFILE %llu",
			    (unsigned long long)rl.rlim_max);
			rl.rlim_cur = was;
		} else
			log_info("descriptors: limit raised from %llu to %llu",
			    (unsigned long long)was,
			    (unsigned long long)rl.rlim_cur);
	}
	return rl.rlim_cur == RLIM_INFINITY ? UINT64_MAX :
	    (uint64_t)rl.rlim_cur;
}

struct fds *
fds_new(void *zctx, struct event_base *base, uint64_t limit, size_t reserve)
{
	struct fds *f = xcalloc(1, sizeof(*f));

	f->zctx = zctx;
	f->base = base;
	f->limit = limit;
	ratelog_init(&f->log, FDS_LOG_EVERY_S * 1000000ULL, RATELOG_PERIOD);
	/* A limit under the reserve leaves a token budget, not none. */
	f->budget = limit > reserve + 16 ? (size_t)(limit - reserve) : 16;
	log_info("descriptors: limit %llu, %zu kept in reserve: up to %zu "
	    "tcp connections", (unsigned long long)limit, reserve, f->budget);
	return f;
}

void
fds_destroy(struct fds **fp)
{
	struct fds *f;
	int i;

	if (fp == NULL || (f = *fp) == NULL)
		return;
	for (i = 0; i < f->nw; i++) {
		/* Stop the monitor before its PAIR goes. */
		(void)zmq_socket_monitor(f->w[i].z->sock, NULL, 0);
		zsock_destroy(&f->w[i].mon);
		if (f->w[i].rebind_ev != NULL)
			event_free(f->w[i].rebind_ev);
		free(f->w[i].endpoint);
		free(f->w[i].fd);
	}
	free(f);
	*fp = NULL;
}

static void
fds_mon_cb(evutil_socket_t fd, short what, void *arg)
{
	struct fds_watch *w = arg;

	(void)fd;
	(void)what;
	w->mon->dirty = 1;	/* read in the pump at the end of the turn */
}

static void
fds_rebind_cb(evutil_socket_t fd, short what, void *arg)
{
	struct fds_watch *w = arg;
	struct timeval tv = { FDS_REBIND_MS / 1000,
	    (FDS_REBIND_MS % 1000) * 1000 };

	(void)fd;
	(void)what;
	if (zmq_bind(w->z->sock, w->endpoint) == 0) {
		w->unbound = 0;
		log_info("descriptors: %s: accepting again on %s", w->z->name,
		    w->endpoint);
		return;
	}
	log_warnx("descriptors: %s: bind %s again: %s; retrying",
	    w->z->name, w->endpoint, zmq_strerror(zmq_errno()));
	evtimer_add(w->rebind_ev, &tv);
}

static void
fds_add_watch(struct fds *f, struct zsock *z, const char *endpoint,
    int track)
{
	struct fds_watch *w;
	char addr[64];

	if (f->nw == FDS_WATCH_MAX)
		fatalx("fds: more than %d sockets watched", FDS_WATCH_MAX);
	w = &f->w[f->nw];
	w->f = f;
	w->z = z;
	w->endpoint = xstrdup(endpoint);
	w->tcp = strncmp(endpoint, "tcp://", 6) == 0;
	w->track = track;
	snprintf(addr, sizeof(addr), "inproc://quarry-monitor-%d", f->nw);
	if (zmq_socket_monitor(z->sock, addr, FDS_EVENTS) == -1)
		fatal("%s: zmq_socket_monitor", z->name);
	w->mon = zsock_new(f->zctx, ZMQ_PAIR, "monitor");
	if (zmq_connect(w->mon->sock, addr) == -1)
		fatal("%s: monitor connect", z->name);
	zsock_watch(w->mon, f->base, fds_mon_cb, w);
	if ((w->rebind_ev = evtimer_new(f->base, fds_rebind_cb, w)) == NULL)
		fatalx("fds: evtimer_new");
	f->nw++;
}

void
fds_watch(struct fds *f, struct zsock *z, const char *endpoint)
{
	if (f == NULL || strncmp(endpoint, "tcp://", 6) != 0)
		return;
	fds_add_watch(f, z, endpoint, 0);
}

void
fds_track(struct fds *f, struct zsock *z, const char *endpoint)
{
	if (f == NULL)
		return;
	fds_add_watch(f, z, endpoint, 1);
}

size_t
fds_tracked(const struct fds *f, const struct zsock *z, const int **fds)
{
	int i;

	*fds = NULL;
	if (f == NULL)
		return 0;
	for (i = 0; i < f->nw; i++)
		if (f->w[i].z == z && f->w[i].track) {
			*fds = f->w[i].fd;
			return f->w[i].nfd;
		}
	return 0;
}

/* A tracked connection came or went. */
static void
fds_keep(struct fds_watch *w, int fd, int add)
{
	size_t i;

	if (!w->track)
		return;
	for (i = 0; i < w->nfd; i++)
		if (w->fd[i] == fd)
			break;
	if (!add) {
		if (i < w->nfd)
			w->fd[i] = w->fd[--w->nfd];
		return;
	}
	/* Events come in order, so a number is not known twice; if it
	 * were, once is enough. */
	if (i < w->nfd)
		return;
	if (w->nfd == w->capfd) {
		w->capfd = w->capfd ? 2 * w->capfd : 16;
		w->fd = xreallocarray(w->fd, w->capfd, sizeof(*w->fd));
	}
	w->fd[w->nfd++] = fd;
}

/* A tcp socket's descriptor, not one of ours recycled since the event. */
static int
fds_is_tcp(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (getsockname(fd, (struct sockaddr *)&ss, &len) == -1)
		return 0;
	return ss.ss_family == AF_INET || ss.ss_family == AF_INET6;
}

static void
fds_event(struct fds_watch *w, unsigned event, int value)
{
	struct fds *f = w->f;
	struct timeval tv = { FDS_REBIND_MS / 1000,
	    (FDS_REBIND_MS % 1000) * 1000 };

	switch (event) {
	case ZMQ_EVENT_ACCEPTED:
		fds_keep(w, value, 1);
		if (!w->tcp)
			break;
		w->live++;
		if (++f->live <= f->budget)
			break;
		/* libzmq owns the descriptor; shutting it down makes its
		 * engine fail and close it (DISCONNECTED follows). */
		if (fds_is_tcp(value))
			(void)shutdown(value, SHUT_RDWR);
		f->refused++;
		if (ratelog_due(&f->log, now_us(), NULL))
			log_warnx("descriptors: %zu tcp connections, budget %zu "
			    "(limit %llu): refusing new ones (%llu so far)",
			    f->live, f->budget, (unsigned long long)f->limit,
			    (unsigned long long)f->refused);
		break;
	case ZMQ_EVENT_DISCONNECTED:
		fds_keep(w, value, 0);
		/* Floors: an unbind forgot its connections already. */
		if (w->live > 0) {
			w->live--;
			f->live--;
		}
		break;
	case ZMQ_EVENT_ACCEPT_FAILED:
		if (!w->tcp || (value != EMFILE && value != ENFILE &&
		    value != ENOBUFS && value != ENOMEM))
			break;
		/* libzmq would retry at once, forever: stop listening for
		 * a while.  Unbinding also closes every connection the
		 * listener accepted (it owns their sessions), with no
		 * DISCONNECTED events: they are forgotten here.  Clients
		 * reconnect; producers resend what went unacknowledged. */
		if (!w->unbound && zmq_unbind(w->z->sock, w->endpoint) == 0) {
			w->unbound = 1;
			f->live -= w->live;
			w->live = 0;
			w->nfd = 0;
			evtimer_add(w->rebind_ev, &tv);
		}
		if (ratelog_due(&f->log, now_us(), NULL))
			log_warnx("descriptors: %s: accept: %s; not accepting "
			    "on %s for %d ms", w->z->name, strerror(value),
			    w->endpoint, FDS_REBIND_MS);
		break;
	}
}

void
fds_pump(struct fds *f)
{
	zmq_msg_t fr[ZSOCK_FRAMES_MAX];
	int i, k, n, kept;

	if (f == NULL)
		return;
	for (i = 0; i < f->nw; i++) {
		struct fds_watch *w = &f->w[i];

		for (k = 0; k < FDS_BATCH && w->mon->dirty &&
		    (n = zsock_recv(w->mon, fr, ZSOCK_FRAMES_MAX)) > 0; k++) {
			kept = n < ZSOCK_FRAMES_MAX ? n : ZSOCK_FRAMES_MAX;
			/* [uint16 event, uint32 value][endpoint] */
			if (zmq_msg_size(&fr[0]) == 6) {
				const unsigned char *p = zmq_msg_data(&fr[0]);
				uint16_t ev;
				uint32_t v;

				memcpy(&ev, p, sizeof(ev));
				memcpy(&v, p + 2, sizeof(v));
				fds_event(w, ev, (int)v);
			}
			zsock_close_frames(fr, kept);
		}
	}
}

int
fds_dirty(const struct fds *f)
{
	int i;

	if (f == NULL)
		return 0;
	for (i = 0; i < f->nw; i++)
		if (f->w[i].mon->dirty)
			return 1;
	return 0;
}

size_t
fds_connections(const struct fds *f)
{
	return f != NULL ? f->live : 0;
}

size_t
fds_budget(const struct fds *f)
{
	return f != NULL ? f->budget : 0;
}

uint64_t
fds_refused(const struct fds *f)
{
	return f != NULL ? f->refused : 0;
}
