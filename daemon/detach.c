/*
 * detach.c — fork early, detach late (detach.h), and the pid file.
 *
 * A ZeroMQ context owns threads, and fork() copies only the caller: the
 * sockets cannot be bound before the fork and used after it.  So the
 * fork comes first and the parent stays behind as a witness, waiting for
 * one byte on a pipe.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/wait.h>

#include "detach.h"
#include "log.h"
#include "util.h"

/* The byte that means "serving". */
#define DETACH_OK	'R'

static int	 detach_fd = -1;	/* the pipe's write end, in the child */
static char	*detach_pid_path;	/* our pid file, to remove at exit */
static int	 detach_pid_fd = -1;	/* ... held open for its lock */

void
detach_start(void)
{
	int p[2], status, fd;
	pid_t pid;
	ssize_t n;
	char c;

	if (pipe2(p, O_CLOEXEC) == -1)
		fatal("pipe");
	fflush(stdout);
	fflush(stderr);
	switch ((pid = fork())) {
	case -1:
		fatal("fork");
	case 0:
		break;
	default:
		close(p[1]);
		do
			n = read(p[0], &c, 1);
		while (n == -1 && errno == EINTR);
		if (n == 1 && c == DETACH_OK)
			_exit(0);
		/* The child ended before serving; its log said why. */
		while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
			continue;
		if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
			fprintf(stderr, "quarryd: did not start (exit %d)\n",
			    WEXITSTATUS(status));
			_exit(WEXITSTATUS(status));
		}
		if (WIFSIGNALED(status))
			fprintf(stderr, "quarryd: did not start (killed by "
			    "signal %d)\n", WTERMSIG(status));
		else
			fprintf(stderr, "quarryd: did not start\n");
		_exit(1);
	}
	close(p[0]);
	detach_fd = p[1];
	if (setsid() == -1)
		fatal("setsid");
	if ((fd = open("/dev/null", O_RDWR)) != -1) {
		dup2(fd, STDIN_FILENO);
		if (fd > STDERR_FILENO)
			close(fd);
	}
	if (chdir("/") == -1)
		fatal("chdir /");
}

void
detach_done(void)
{
	char c = DETACH_OK;
	int fd;

	if (detach_fd == -1)
		return;
	/* stderr stays: an operator who redirected it keeps the log. */
	fflush(stdout);
	if ((fd = open("/dev/null", O_WRONLY)) != -1) {
		dup2(fd, STDOUT_FILENO);
		if (fd > STDERR_FILENO)
			close(fd);
	}
	while (write(detach_fd, &c, 1) == -1 && errno == EINTR)
		continue;
	close(detach_fd);
	detach_fd = -1;
}

int
detach_pidfile(const char *path, char *err, size_t errlen)
{
	char buf[32];
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644)) == -1) {
		snprintf(err, errlen, "pidfile: %s: %s", path,
		    strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) == -1) {
		int e = errno;

		n = pread(fd, buf, sizeof(buf) - 1, 0);
		buf[n > 0 ? n : 0] = '\0';
		buf[strcspn(buf, "\n")] = '\0';
		if (e == EWOULDBLOCK)
			snprintf(err, errlen, "pidfile: %s: held by pid %s: "
			    "is quarryd running already?", path,
			    buf[0] ? buf : "?");
		else
			snprintf(err, errlen, "pidfile: %s: flock: %s", path,
			    strerror(e));
		close(fd);
		return -1;
	}
	n = snprintf(buf, sizeof(buf), "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) == -1 || pwrite(fd, buf, (size_t)n, 0) != n) {
		snprintf(err, errlen, "pidfile: %s: write: %s", path,
		    strerror(errno));
		close(fd);
		return -1;
	}
	free(detach_pid_path);
	detach_pid_path = xstrdup(path);
	detach_pid_fd = fd;
	return 0;
}

void
detach_pidfile_remove(void)
{
	if (detach_pid_path == NULL)
		return;
	/* After --user's drop the directory may be root's: then the file
	 * stays, unlocked, and the next start takes it over. */
	if (unlink(detach_pid_path) == -1 && errno != ENOENT)
		log_debug("pidfile %s: unlink: %s", detach_pid_path,
		    strerror(errno));
	close(detach_pid_fd);
	detach_pid_fd = -1;
	free(detach_pid_path);
	detach_pid_path = NULL;
}
