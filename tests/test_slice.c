/*
 * test_slice.c — common/slice.c: a thread's custom slice is set, read
 * back and cleared; and quarryd's threads and a worker's ZeroMQ thread
 * run with SLICE_SHORT_NS while a worker's extraction keeps the default
 * (the real binaries, on private endpoints).
 */
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "slice.h"

/* Does this kernel keep a custom slice (Linux 6.12 and later)? */
static int
slice_supported(void)
{
	int ok = slice_get(0) > (int64_t)SLICE_SHORT_NS &&
	    slice_set(SLICE_SHORT_NS) == 0 &&
	    slice_get(0) == (int64_t)SLICE_SHORT_NS;

	cr_assert(slice_set(SLICE_DEFAULT) == 0);
	return ok;
}

Test(slice, set_read_back_and_cleared)
{
	if (!slice_supported())
		cr_skip_test("no custom slices on this kernel");
	int64_t def = slice_get(0);

	cr_assert(def > (int64_t)SLICE_SHORT_NS, "default slice %lld",
	    (long long)def);
	cr_assert(slice_set(SLICE_SHORT_NS) == 0);
	cr_assert_eq(slice_get(0), (int64_t)SLICE_SHORT_NS);
	cr_assert(slice_set(SLICE_DEFAULT) == 0);
	cr_assert_eq(slice_get(0), def);
	cr_assert_eq(slice_get(-1), -1);
}

/* The name (comm) of thread tid of pid, into buf. */
static const char *
slice_comm(pid_t pid, const char *tid, char *buf, size_t len)
{
	char path[320];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%ld/task/%s/comm", (long)pid,
	    tid);
	buf[0] = '\0';
	if ((f = fopen(path, "r")) != NULL) {
		if (fgets(buf, (int)len, f) == NULL)
			buf[0] = '\0';
		fclose(f);
	}
	buf[strcspn(buf, "\n")] = '\0';
	return buf;
}

/*
 * pid's threads: how many, how many named like ZeroMQ's I/O thread, and
 * of each kind how many have the short slice.
 */
struct slice_count {
	int	 threads, io, short_all, short_io;
};

static void
slice_count(pid_t pid, struct slice_count *c)
{
	char path[64], comm[32];
	struct dirent *e;
	DIR *d;
	int64_t ns;

	memset(c, 0, sizeof(*c));
	snprintf(path, sizeof(path), "/proc/%ld/task", (long)pid);
	cr_assert((d = opendir(path)) != NULL, "%s", path);
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		ns = slice_get(atoi(e->d_name));
		c->threads++;
		if (strncmp(slice_comm(pid, e->d_name, comm, sizeof(comm)),
		    "ZMQbg/IO", 8) == 0) {
			c->io++;
			c->short_io += ns == (int64_t)SLICE_SHORT_NS;
		}
		c->short_all += ns == (int64_t)SLICE_SHORT_NS;
	}
	closedir(d);
}

/* Polls of a worker's threads before its ZeroMQ thread shows. */
#define SLICE_POLLS	100
#define SLICE_POLL_US	(50 * 1000)

Test(slice, hop_threads_short_extraction_default, .timeout = 60)
{
	struct th_daemon d;
	struct slice_count q, w;
	pid_t kids[2];
	int i, status;

	if (!slice_supported())
		cr_skip_test("no custom slices on this kernel");
	th_daemon_start(&d, 1, NULL);
	for (i = 0; i < SLICE_POLLS; i++) {
		if (th_children(d.pid, kids, 2) == 1) {
			slice_count(kids[0], &w);
			/* main, extraction, ZeroMQ's two */
			if (w.threads >= 4 && w.io >= 1)
				break;
		}
		usleep(SLICE_POLL_US);
	}
	cr_assert_lt(i, SLICE_POLLS, "the worker's threads never showed");
	slice_count(d.pid, &q);
	cr_assert(q.io >= 1 && q.short_all == q.threads, "quarryd: %d of %d "
	    "threads with the short slice", q.short_all, q.threads);
	cr_assert_eq(w.short_io, w.io, "worker: %d of %d ZeroMQ I/O threads "
	    "short", w.short_io, w.io);
	/* Its main thread (pid) and the extraction thread keep theirs. */
	cr_assert_neq(slice_get(kids[0]), (int64_t)SLICE_SHORT_NS);
	cr_assert_eq(w.short_all, w.threads - 2, "worker: %d of %d threads "
	    "short", w.short_all, w.threads);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_rmtree(d.dir);
}
