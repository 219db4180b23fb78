/*
 * broker.h — quarryd's role: the event loop that takes articles in, hands
 * them to workers and publishes what comes back.
 */
#ifndef QUARRY_BROKER_H
#define QUARRY_BROKER_H

#include "config.h"

/*
 * SIGHUP: read the settings again into the running config (only what can
 * change while running).  0, or -1 with err and the config untouched.
 */
typedef int (*broker_reload_fn)(struct config *, void *arg, char *err,
	    size_t errlen);

/*
 * Bind the sockets, start the workers and run the loop until a SIGTERM or
 * SIGINT drain completes; then release everything and return 0.  Failing
 * to bind returns -1; the loop ending any other way is fatal.
 */
int	broker_main(struct config *, broker_reload_fn, void *reload_arg);

#endif
