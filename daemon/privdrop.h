/*
 * privdrop.h — least privilege for a quarryd started as root: bind, open
 * what needs root, then become --user for good before any worker starts
 * (docs/security.md).  Under systemd, DynamicUser= does this instead.
 */
#ifndef QUARRY_PRIVDROP_H
#define QUARRY_PRIVDROP_H

#include <stddef.h>
#include <sys/types.h>

#include "config.h"

/*
 * At start, before anything is created: resolve --user.  *uid and *gid
 * are the ids the daemon will run as in the end (its own without
 * --user), so the runtime directory may belong to it.  Refuses --user NAME to a non-root
 * process that is not NAME already.  0, or -1 with err.  Running as root
 * without --user is allowed (containers, CI) and logged as a warning.
 */
int	privdrop_check(const struct config *, uid_t *uid, gid_t *gid,
	    char *err, size_t errlen);

/*
 * Once the sockets are bound and the spool and HTTP listener are open:
 * hand the runtime directory, ipc sockets and state directory to the
 * user, then setgroups, setgid, setuid, and check that root cannot be
 * had back.  Does nothing without --user or when not root.  Dies on any
 * failure: half-dropped privileges are worse than none.
 */
void	privdrop_drop(const struct config *);

#endif
