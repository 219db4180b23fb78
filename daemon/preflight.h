/*
 * preflight.h — what quarryd checks before it binds anything: every
 * setting that can be found wrong without binding (endpoints that
 * resolve, ports that do not collide, CURVE keys that load, a worker
 * program the running user can execute, directories that exist).
 * --check-config runs the same checks, so a configuration it passes does
 * not fail at start for any of these reasons.
 */
#ifndef QUARRY_PREFLIGHT_H
#define QUARRY_PREFLIGHT_H

#include <stddef.h>
#include <sys/types.h>

#include "config.h"

/*
 * Check c (after config_finish) for a daemon that will run as uid/gid
 * (privdrop_check's answer; its own ids without --user).  0, or -1 with
 * err naming the setting: "worker_bin: /x/quarry-worker: not executable
 * by uid 65534: ...".
 */
int	preflight_check(const struct config *, uid_t uid, gid_t gid,
	    char *err, size_t errlen);

/*
 * The worker program, as the process now is (after the privilege drop):
 * can it exec c->worker_bin?  0, or -1 with err naming the path and the
 * user.  Nothing to check with no local workers.
 */
int	preflight_worker_exec(const struct config *, char *err,
	    size_t errlen);

#endif
