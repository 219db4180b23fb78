/*
 * dirs.h — quarryd's private directories (the runtime directory of the
 * ipc sockets, the state directory of the spool), made and checked
 * without following a symbolic link: a directory path in a sticky,
 * world-writable parent such as /tmp can be planted by another user, and
 * a chmod or chown by path would then land on whatever the link names.
 */
#ifndef QUARRY_DIRS_H
#define QUARRY_DIRS_H

#include <stddef.h>
#include <sys/types.h>

/* Also hand it to owner:group (root about to become --user). */
#define DIRS_CHOWN	0x1

/*
 * Open path as our private directory, making it (0700) if missing.  Its
 * last component must be a directory, not a symbolic link (O_NOFOLLOW |
 * O_DIRECTORY), owned by us or by owner (the uid we run as in the end).
 * On the open descriptor: group and other bits cleared (fchmod 0700) and,
 * with DIRS_CHOWN, owner:group given (fchown).  The descriptor (O_CLOEXEC;
 * the caller closes it), or -1 with err naming the path and the problem;
 * nothing is changed then.
 */
int	dirs_open_private(const char *path, uid_t owner, gid_t group,
	    int flags, char *err, size_t errlen);

#endif
