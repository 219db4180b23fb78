/*
 * detach.h — leaving the terminal without losing start-up errors, and
 * the pid file.
 *
 * Without --foreground quarryd forks before it binds anything, but the
 * parent does not exit at once: it waits on a pipe until the child says
 * it is serving (sockets bound, HTTP listening, privileges dropped, the
 * worker program checked) and exits 0, or sees the pipe close without
 * that word and exits with the child's status.  So `quarryd && echo ok`
 * means what it says, and the reason of a failure is on the terminal.
 */
#ifndef QUARRY_DETACH_H
#define QUARRY_DETACH_H

#include <stddef.h>

/* Fork; returns in the child (new session, stdin /dev/null, cwd /).
 * The parent never returns: it exits 0 when detach_done() is called,
 * else with the child's exit status (1 if it was killed). */
void	detach_start(void);

/* In the child, once serving: release the waiting parent, and point
 * stdout at /dev/null.  Does nothing in a process that did not detach,
 * or the second time. */
void	detach_done(void);

/*
 * Write our pid to path and hold an flock on it while we run, so a
 * second quarryd with the same pid file refuses to start.  0, or -1
 * with err ("pidfile: /run/quarryd.pid: held by pid 123 ...").
 */
int	detach_pidfile(const char *path, char *err, size_t errlen);
/* Remove the pid file written by detach_pidfile() (at exit). */
void	detach_pidfile_remove(void);

#endif
