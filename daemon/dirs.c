/*
 * dirs.c — private directories made and checked through a descriptor,
 * never by a path that could be a planted symbolic link.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dirs.h"

int
dirs_open_private(const char *path, uid_t owner, gid_t group, int flags,
    char *err, size_t errlen)
{
	struct stat st;
	int fd, e;

	/* mkdir never follows a symbolic link: one at path is EEXIST. */
	if (mkdir(path, 0700) == -1 && errno != EEXIST) {
		snprintf(err, errlen, "%s: cannot create: %s", path,
		    strerror(errno));
		return -1;
	}
	if ((fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC)) == -1) {
		e = errno;
		if (e == ELOOP || (lstat(path, &st) == 0 &&
		    S_ISLNK(st.st_mode)))
			snprintf(err, errlen, "%s: is a symbolic link; refusing "
			    "to follow it (remove it, or name the real "
			    "directory)", path);
		else if (e == ENOTDIR)
			snprintf(err, errlen, "%s: not a directory", path);
		else
			snprintf(err, errlen, "%s: %s", path, strerror(e));
		return -1;
	}
	if (fstat(fd, &st) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail;
	}
	if (st.st_uid != geteuid() && st.st_uid != owner) {
		snprintf(err, errlen, "%s: owned by uid %lu, not by us; "
		    "refusing to use it", path, (unsigned long)st.st_uid);
		goto fail;
	}
	if ((flags & DIRS_CHOWN) && (st.st_uid != owner ||
	    st.st_gid != group) && fchown(fd, owner, group) == -1) {
		snprintf(err, errlen, "%s: chown %lu:%lu: %s", path,
		    (unsigned long)owner, (unsigned long)group,
		    strerror(errno));
		goto fail;
	}
	if ((st.st_mode & 077) != 0 && fchmod(fd, 0700) == -1) {
		snprintf(err, errlen, "%s: chmod 0700: %s", path,
		    strerror(errno));
		goto fail;
	}
	return fd;
fail:
	close(fd);
	return -1;
}
