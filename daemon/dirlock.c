/*
 * dirlock.c — the lock that makes a directory one quarryd's (dirlock.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/stat.h>

#include "dirlock.h"

int
dirlock_take(int dirfd, const char *path, const char *what, uid_t owner,
    char *err, size_t errlen)
{
	char buf[32];
	ssize_t n;
	int fd, e;

	/* Never through a link planted in the directory. */
	fd = openat(dirfd, DIRLOCK_NAME, O_RDWR | O_CREAT | O_NOFOLLOW |
	    O_CLOEXEC, 0600);
	if (fd == -1) {
		snprintf(err, errlen, "%s %s: %s: %s", what, path,
		    DIRLOCK_NAME, strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) == -1) {
		e = errno;
		n = pread(fd, buf, sizeof(buf) - 1, 0);
		buf[n > 0 ? n : 0] = '\0';
		buf[strcspn(buf, "\n")] = '\0';
		if (e == EWOULDBLOCK)
			snprintf(err, errlen, "%s %s is in use by quarryd pid "
			    "%s (it holds %s/%s)", what, path,
			    buf[0] != '\0' ? buf : "?", path, DIRLOCK_NAME);
		else
			snprintf(err, errlen, "%s %s: %s: flock: %s", what,
			    path, DIRLOCK_NAME, strerror(e));
		close(fd);
		return -1;
	}
	n = snprintf(buf, sizeof(buf), "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) == -1 || pwrite(fd, buf, (size_t)n, 0) != n) {
		snprintf(err, errlen, "%s %s: %s: write: %s", what, path,
		    DIRLOCK_NAME, strerror(errno));
		close(fd);
		return -1;
	}
	/* Root about to become --user: the next start, as the user, must
	 * be able to open it. */
	if (geteuid() == 0 && owner != geteuid() &&
	    fchown(fd, owner, (gid_t)-1) == -1) {
		snprintf(err, errlen, "%s %s: %s: chown: %s", what, path,
		    DIRLOCK_NAME, strerror(errno));
		close(fd);
		return -1;
	}
	/* Held until exit: the descriptor is deliberately never closed. */
	return 0;
}
