/*
 * test_dirlock.c — one quarryd per directory (dirlock.c): the lock is the
 * holding process's alone, so a child it forked (a worker between fork
 * and exec) does not keep the directory when the holder is gone.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include <criterion/criterion.h>

#include "dirlock.h"
#include "helpers.h"

Test(dirlock, a_child_of_the_holder_does_not_keep_the_lock, .timeout = 30)
{
	char dir[] = "/tmp/quarry-dirlock-XXXXXX", err[512];
	int dfd, p[2], status;
	pid_t holder, parent = getpid();

	cr_assert_not_null(mkdtemp(dir));
	th_track_dir(dir);
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	cr_assert_geq(dfd, 0);
	cr_assert_eq(pipe(p), 0);
	/* The holder takes the lock, forks a child that stays (until the
	 * pipe closes: it does not exec), and dies. */
	holder = fork();
	cr_assert_neq(holder, -1);
	if (holder == 0) {
		th_child_setup(parent);
		close(p[1]);
		if (dirlock_take(dfd, dir, "state directory", getuid(), err,
		    sizeof(err)) == -1)
			_exit(2);
		if (fork() == 0) {
			char c;

			while (read(p[0], &c, 1) == -1 && errno == EINTR)
				;
			_exit(0);
		}
		_exit(0);
	}
	close(p[0]);
	cr_assert_eq(th_wait(holder, TH_WAIT_MS, &status), 0);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "the holder could not take the lock: %#x", status);
	/* Its child still runs; the directory is free all the same. */
	cr_assert_eq(dirlock_take(dfd, dir, "state directory", getuid(), err,
	    sizeof(err)), 0, "%s", err);
	close(p[1]);		/* the child ends */
	/* While we hold it, another process is refused, naming us. */
	holder = fork();
	cr_assert_neq(holder, -1);
	if (holder == 0) {
		char want[64];

		th_child_setup(parent);
		snprintf(want, sizeof(want), "in use by quarryd pid %ld",
		    (long)parent);
		_exit(dirlock_take(dfd, dir, "state directory", getuid(), err,
		    sizeof(err)) == -1 && strstr(err, want) != NULL ? 0 : 3);
	}
	cr_assert_eq(th_wait(holder, TH_WAIT_MS, &status), 0);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "a second holder was not refused with our pid: %#x", status);
	close(dfd);
}
