/*
 * slice.h — the scheduler's time slice of the calling thread, which the
 * threads it starts from then on inherit (sched_setattr(2): an EEVDF
 * custom slice, Linux 6.12 and later).
 */
#ifndef QUARRY_SLICE_H
#define QUARRY_SLICE_H

#include <stdint.h>

/*
 * The slice asked for by the threads that carry an article from hop to
 * hop: quarryd's thread and ZeroMQ's, a worker's ZeroMQ thread.  Each
 * runs tens of microseconds a wake-up and sleeps again
 * (docs/benchmarks.md), so it does the same work with any slice; what a
 * shorter slice changes is its deadline: a thread that wakes with a
 * slice shorter than the running one's takes the core at once (the
 * kernel's PREEMPT_SHORT) instead of waiting out the default slice of an
 * extraction thread, on each of the hops an article makes at a light
 * load, where the slowest 1 % was such waits (issue 18; under SCHED_FIFO,
 * where nothing waits for a slice, the tail was gone: docs/benchmarks.md).
 * 100 us is the shortest the kernel takes.  Extraction keeps the default.
 */
#define SLICE_SHORT_NS		(100 * 1000ULL)
/* The default slice (sysctl base_slice_ns). */
#define SLICE_DEFAULT		0

/*
 * The calling thread's slice becomes ns (SLICE_DEFAULT: the kernel's),
 * policy and nice unchanged.  0, or -1 with errno set (a kernel older
 * than 6.12 takes the call and ignores the slice; the caller only logs).
 */
int	slice_set(uint64_t ns);
/* tid's slice in ns (the kernel's, unless one was asked); -1 on error. */
int64_t	slice_get(int tid);

#endif
