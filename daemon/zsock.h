/*
 * zsock.h — a ZeroMQ socket joined to the libevent loop through ZMQ_FD.
 *
 * ZMQ_FD is edge-triggered: it signals that ZMQ_EVENTS may have changed,
 * and any zmq_send or zmq_recv on the socket can consume the edge.  So a
 * watcher never trusts the fd alone.  A socket is "dirty" while its fd
 * may be stale: from its creation, after any send on it, and whenever
 * its fd fires; it is clean again once a receive found nothing
 * (that receive processed the socket's pending commands, as ZMQ_EVENTS
 * would).  The broker drains every dirty socket before it sleeps.
 */
#ifndef QUARRY_ZSOCK_H
#define QUARRY_ZSOCK_H

#include <stddef.h>
#include <event2/event.h>
#include <zmq.h>

/* Frames a well-formed message can have: ROUTER identity, the empty
 * delimiter and one payload.  Anything longer is received and refused. */
#define ZSOCK_FRAMES_MAX	3

struct zsock {
	void		*sock;
	int		 type;
	const char	*name;		/* "ingest", "workers", "results" */
	struct event	*ev;
	int		 dirty;		/* the fd may be stale: read to EAGAIN */
};

/* A socket of the given type with LINGER, MAXMSGSIZE set; dies on error. */
struct zsock *zsock_new(void *zctx, int type, const char *name);
void	zsock_destroy(struct zsock **);

void	zsock_set_int(struct zsock *, int option, int value);
/* Bind, creating an ipc socket's directory (0700) first.  0 or -1. */
int	zsock_bind(struct zsock *, const char *endpoint);
/* Watch ZMQ_FD on the loop; cb runs whenever it becomes readable. */
void	zsock_watch(struct zsock *, struct event_base *,
	    event_callback_fn cb, void *arg);

/*
 * Receive one whole message without blocking.  Up to max frames are kept
 * in frames[] (initialised here; the caller closes them with
 * zsock_close_frames); the rest are drained and counted.  Returns the
 * total number of frames, or 0 if nothing was waiting (and the socket
 * is clean).
 */
int	zsock_recv(struct zsock *, zmq_msg_t *frames, int max);
void	zsock_close_frames(zmq_msg_t *frames, int n);

/* Send without blocking (the socket is dirty after); more = another
 * frame follows.  0, or -1 with
 * errno (EAGAIN at the high-water mark, EHOSTUNREACH on a ROUTER whose
 * peer is gone). */
int	zsock_send(struct zsock *, const void *data, size_t len, int more);

#endif
