/*
 * curve.h — CurveZMQ on quarryd's tcp endpoints: the server's key pair,
 * one allowlist of client public keys per role (producers on ingest,
 * subscribers on results, workers on the workers endpoint), and the ZAP
 * handler that applies them (docs/security.md).  Each server socket asks
 * ZAP under its own domain, so a key is let in only where its role is.
 *
 * libzmq 4.3 lets a CURVE server accept any client key unless a ZAP
 * handler is bound in the socket's context; ours is a REP socket on
 * inproc://zeromq.zap.01, watched on the broker's loop and answered in
 * broker_pump() like the other sockets.  Every function accepts a NULL
 * curve (CURVE off) and then does nothing.
 */
#ifndef QUARRY_CURVE_H
#define QUARRY_CURVE_H

#include <stddef.h>
#include <event2/event.h>

#include "config.h"
#include "zsock.h"

/* Who may connect to which socket. */
enum curve_role {
	CURVE_PRODUCERS,	/* ingest */
	CURVE_SUBSCRIBERS,	/* results */
	CURVE_WORKERS,		/* the workers endpoint */
	CURVE_ROLES
};
/*
 * Allowed client keys: one per producer, subscriber and remote worker
 * host.  65536 is far past any deployment of one broker and costs 2 MiB
 * (32 bytes a key); a longer file is more likely a mistake.
 */
#define CURVE_ALLOW_MAX		65536

struct curve;

/*
 * Load the secret key (a file only we may read) and each role's
 * allowlist (curve_allow_producers, _subscribers, _workers; a role
 * without its own list takes curve_allow, which then serves every role,
 * with a warning; a role with neither admits nobody), and bind the ZAP
 * handler in zctx — before any CURVE socket binds, so no handshake ever
 * finds the handler missing.  NULL with err on failure.
 */
struct curve *curve_new(void *zctx, const struct config *, char *err,
	    size_t errlen);
void	curve_destroy(struct curve **);

/* Make z a CURVE server for role if endpoint is tcp:// (ipc:// stays
 * plain: it lives in the 0700 runtime directory), asking ZAP under the
 * role's domain.  Before bind.  1 if set, else 0. */
int	curve_server(struct curve *, struct zsock *z, const char *endpoint,
	    enum curve_role);

/* Watch the ZAP socket on the loop: when its fd fires, the socket is
 * marked dirty (zsock.h) and the broker's cb runs to pump. */
void	curve_watch(struct curve *, struct event_base *,
	    event_callback_fn cb, void *arg);

/* Answer the waiting ZAP requests (up to a batch) while the socket is
 * dirty.  How many. */
int	curve_pump(struct curve *);
/* Is the ZAP socket dirty: must the pump go round again? */
int	curve_dirty(const struct curve *);

/* SIGHUP: read the allowlist again; a bad file keeps the old one. */
void	curve_reload(struct curve *);

/* Keys allowed now in role; requests refused so far (tests, /stats). */
size_t	curve_allowed(const struct curve *, enum curve_role);
unsigned long long curve_refused(const struct curve *);

#endif
