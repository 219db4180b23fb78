/*
 * broker.h — quarryd's role: the event loop that takes articles in, hands
 * them to workers and publishes what comes back.
 */
#ifndef QUARRY_BROKER_H
#define QUARRY_BROKER_H

#include "config.h"

/*
 * Bind the sockets, start the workers and run the loop until a SIGTERM or
 * SIGINT drain completes; then release everything and return 0.  Failing
 * to bind returns -1; the loop ending any other way is fatal.
 */
int	broker_main(struct config *);

#endif
