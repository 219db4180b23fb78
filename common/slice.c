/*
 * slice.c — a thread's EEVDF custom slice, by sched_setattr(2) (glibc
 * has no wrapper).
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#include "slice.h"

/* struct sched_attr as of SCHED_ATTR_SIZE_VER1 (Linux 5.3). */
struct slice_attr {
	uint32_t	size;
	uint32_t	policy;
	uint64_t	flags;
	int32_t		nice;
	uint32_t	priority;
	uint64_t	runtime;	/* the custom slice, for SCHED_OTHER */
	uint64_t	deadline;
	uint64_t	period;
	uint32_t	util_min;
	uint32_t	util_max;
};

static int
slice_attr(int tid, struct slice_attr *a)
{
	memset(a, 0, sizeof(*a));
	return (int)syscall(SYS_sched_getattr, tid, a, sizeof(*a), 0);
}

int
slice_set(uint64_t ns)
{
	struct slice_attr a;

	if (slice_attr(0, &a) == -1)
		return -1;
	/* Only the fair classes have a slice to ask for. */
	if (a.policy != 0 /* SCHED_OTHER */ && a.policy != 3 /* BATCH */) {
		errno = EINVAL;
		return -1;
	}
	a.size = sizeof(a);
	a.flags = 0;
	a.runtime = ns;
	a.util_min = a.util_max = 0;
	return (int)syscall(SYS_sched_setattr, 0, &a, 0);
}

int64_t
slice_get(int tid)
{
	struct slice_attr a;

	if (slice_attr(tid, &a) == -1)
		return -1;
	return (int64_t)a.runtime;
}
