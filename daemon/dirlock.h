/*
 * dirlock.h — one quarryd per directory: a POSIX record lock (fcntl(2)
 * F_SETLK) on a lock file in the runtime directory (a second daemon would
 * take over the first's ipc sockets) and in the state directory (two
 * daemons appending to one spool would each replay and compact what the
 * other wrote).  The file names the holder's pid; the lock lasts as long
 * as the process, and the kernel drops it when the process ends however
 * it ends.  Not flock(2): an flock belongs to the open file, which a
 * child shares from fork() until its exec, so a worker being started
 * when quarryd was killed held the lock, and the restart that followed
 * at once refused ("in use by quarryd pid N", N dead: the model test
 * found it).  A record lock belongs to the process alone.
 */
#ifndef QUARRY_DIRLOCK_H
#define QUARRY_DIRLOCK_H

#include <stddef.h>
#include <sys/types.h>

/* The lock file's name inside each locked directory. */
#define DIRLOCK_NAME	"quarryd.lock"

/*
 * Lock the directory open on dirfd (path and what, "state directory",
 * for messages), writing our pid into its lock file; the file is handed
 * to owner when we are root and owner differs.  0, or -1 with err naming
 * the holder's pid ("state directory /x is in use by quarryd pid 123").
 * The lock's descriptor is kept open (O_CLOEXEC) until exit.
 */
int	dirlock_take(int dirfd, const char *path, const char *what,
	    uid_t owner, char *err, size_t errlen);

#endif
