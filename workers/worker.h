/*
 * worker.h — the worker role: one process that takes jobs from the broker
 * over a DEALER socket, runs the extraction library on each, and answers.
 */
#ifndef QUARRY_WORKER_H
#define QUARRY_WORKER_H

#include <stdint.h>

#include "extract.h"
#include "keyfile.h"

/*
 * Jobs asked for at once: one in work and one queued behind it, so the
 * next job is already here when one ends and the worker never idles for a
 * round trip to the broker; more would only let jobs wait behind a slow
 * article here while another worker sits idle.
 */
#define WORKER_CREDIT		2
/* Heartbeat interval and how many silent ones mean the broker is gone
 * (the Paranoid Pirate pattern's defaults, zguide ch. 4). */
#define WORKER_HEARTBEAT_MS	1000
#define WORKER_LIVENESS		3

struct worker_config {
	const char	*endpoint;	/* the broker's workers endpoint */
	const char	*name;		/* NULL: "<hostname>:<pid>" */
	uint32_t	 credit;	/* 1..PROTO_CREDIT_MAX */
	int		 heartbeat_ms;
	int		 liveness;
	enum extract_mode mode;		/* EXTRACT_NOOP with --noop */
	int		 supervised;	/* started by quarryd */
	int		 sandbox;	/* rlimits and seccomp (worker.c);
					 * 0 with --no-sandbox */
	struct keyfile_client curve;	/* CURVE keys (off: curve.on 0) */
};

/*
 * Run the worker until it is told to stop: SIGTERM or SIGINT, or the
 * broker's BYE when supervised.  It then exits 0 itself; it never returns,
 * and fails with fatal() on what it cannot survive.
 */
void	worker_main(const struct worker_config *) __attribute__((noreturn));

#endif
