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
 * Jobs asked for at once.  Two would do to keep the next job here when
 * one ends; more lets JOBs and DONEs travel in bursts when the queue is
 * deep, so each wake-up of each thread between broker and worker (an
 * eventfd write and an epoll_wait on each side) moves many of them:
 * with no-op extraction, 2 costs ~110 us of CPU an article, broker and
 * workers together, and 32 ~35 (bench/pipeline_bench, 2 workers).  Jobs
 * waiting here behind a slow article are bounded by quarryd, which gives
 * a busy worker no more than WORKERS_HOLD_BYTES of bodies in all, and
 * hands those behind one that has run for a second to other workers.
 */
#define WORKER_CREDIT		32
/* Heartbeat interval and how many silent ones mean the broker is gone
 * (the Paranoid Pirate pattern's defaults, zguide ch. 4). */
#define WORKER_HEARTBEAT_MS	1000
#define WORKER_LIVENESS		3
/* The extraction thread's name (/proc/PID/task/TID/comm, top -H, perf):
 * ZeroMQ's are "ZMQbg/...", the main thread keeps the program's.  At
 * most 15 bytes, the kernel's TASK_COMM_LEN less its NUL. */
#define WORKER_EXTRACT_THREAD	"quarry-extract"

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
