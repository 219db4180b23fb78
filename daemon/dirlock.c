/*
 * dirlock.c — the lock that makes a directory one quarryd's (dirlock.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dirlock.h"

int
dirlock_take(int dirfd, const char *path, const char *what, uid_t owner,
    char *err, size_t errlen)
{
	struct flock fl;
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
	memset(&fl, 0, sizeof(fl));
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;		/* the whole file */
	if (fcntl(fd, F_SETLK, &fl) == -1) {
		e = errno;
		n = pread(fd, buf, sizeof(buf) - 1, 0);
		buf[n > 0 ? n : 0] = '\0';
		buf[strcspn(buf, "\n")] = '\0';
		/* The holder as the kernel knows it (the file may be stale). */
		memset(&fl, 0, sizeof(fl));
		fl.l_type = F_WRLCK;
		fl.l_whence = SEEK_SET;
		if ((e == EAGAIN || e == EACCES) &&
		    fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK &&
		    fl.l_pid > 0)
			snprintf(buf, sizeof(buf), "%ld", (long)fl.l_pid);
		if (e == EAGAIN || e == EACCES)
			snprintf(err, errlen, "%s %s is in use by quarryd pid "
			    "%s (it holds %s/%s)", what, path,
			    buf[0] != '\0' ? buf : "?", path, DIRLOCK_NAME);
		else
			snprintf(err, errlen, "%s %s: %s: lock: %s", what,
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
