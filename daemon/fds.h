/*
 * fds.h — quarryd's file descriptors as a budget.
 *
 * libzmq accepts tcp connections on its own thread, with no cap, and
 * when accept() fails with EMFILE its tcp listener retries at once (a
 * spin) while its ipc listener asserts and aborts the process (libzmq
 * 4.3.4, ipc_listener.cpp).  So quarryd must never run out: the soft
 * RLIMIT_NOFILE is raised to the hard one at start, a reserve is kept
 * for what quarryd itself opens (local workers' connections, the spool,
 * HTTP, libzmq's own), and the connections accepted on the tcp endpoints
 * are counted through ZeroMQ socket monitors.  One past the budget is
 * shut down as soon as it is seen; an accept() that failed for want of
 * descriptors (a burst faster than the shutdowns) unbinds the endpoint
 * for FDS_REBIND_MS instead of letting libzmq spin, which also closes
 * the connections it had accepted.  Both are logged at most once per
 * FDS_LOG_EVERY_S.  The results socket's connections are also kept one
 * by one (fds_track), for results.c to find a subscriber's.
 */
#ifndef QUARRY_FDS_H
#define QUARRY_FDS_H

#include <stddef.h>
#include <stdint.h>
#include <event2/event.h>

#include "zsock.h"

/*
 * Descriptors kept for quarryd itself besides HTTP and local workers:
 * stdio and the log (3), libzmq's context, I/O thread and reaper (epoll
 * and mailboxes, ~6), every ZeroMQ socket's mailbox (three, ZAP, the
 * monitors' pairs: ~10), the spool (directory, segment, lock: ~4), the
 * runtime dir's lock, the signal and timer plumbing of libevent (~4)
 * and the supervisor's pipes: ~32, doubled for what we forgot.
 */
#define FDS_RESERVE_BASE	64
/* Per local worker: its ipc connection and a spare for its restart. */
#define FDS_PER_WORKER		2
/* Log lines about the budget: at most one per this long. */
#define FDS_LOG_EVERY_S		10
/* An endpoint unbound after EMFILE is bound again after this long. */
#define FDS_REBIND_MS		1000

struct fds;

/* Raise the soft RLIMIT_NOFILE to the hard one (logged); the limit now. */
uint64_t fds_raise_limit(void);

/* A budget of limit - reserve connections over the watched sockets. */
struct fds *fds_new(void *zctx, struct event_base *, uint64_t limit,
	    size_t reserve);
void	fds_destroy(struct fds **);

/* Count z's tcp connections against the budget (no-op for ipc://).
 * Before z binds endpoint.  At most FDS_WATCH_MAX sockets. */
#define FDS_WATCH_MAX		3
void	fds_watch(struct fds *, struct zsock *z, const char *endpoint);

/* The same for z on endpoint of any transport (ipc is counted against
 * nothing), keeping the descriptors of its connections for
 * fds_tracked(). */
void	fds_track(struct fds *, struct zsock *z, const char *endpoint);
/* z's connections now (as far as the monitor's events were read): their
 * descriptors, owned by libzmq, in *fds; how many. */
size_t	fds_tracked(const struct fds *, const struct zsock *z,
	    const int **fds);

/* Read the monitors' events (the pump, once per loop turn). */
void	fds_pump(struct fds *);
int	fds_dirty(const struct fds *);

/* Connections now, the budget, and connections refused so far. */
size_t	fds_connections(const struct fds *);
size_t	fds_budget(const struct fds *);
uint64_t fds_refused(const struct fds *);

#endif
