/*
 * supervisor.h — the local worker processes: fork/exec, reap on SIGCHLD,
 * restart with backoff, kill on request.
 */
#ifndef QUARRY_SUPERVISOR_H
#define QUARRY_SUPERVISOR_H

#include <sys/types.h>
#include <event2/event.h>

#include "config.h"

struct supervisor;

/* Called after a child was reaped; status as from waitpid(). */
typedef void (*supervisor_exit_fn)(void *arg, pid_t pid, int status);

struct supervisor *supervisor_new(struct event_base *, const struct config *,
	    supervisor_exit_fn on_exit, void *arg);
void	supervisor_destroy(struct supervisor **);

/* Start every configured worker. */
void	supervisor_start(struct supervisor *);
/* Is pid one of our live children? */
int	supervisor_owns(const struct supervisor *, pid_t);
/* Stop a child that misbehaves (SIGTERM, then SIGKILL after a grace);
 * it is restarted like a crashed one. */
void	supervisor_kill(struct supervisor *, pid_t, const char *why);
/* Shutdown: no more restarts; SIGTERM every child, SIGKILL after grace. */
void	supervisor_stop(struct supervisor *);
/* Children still running. */
int	supervisor_running(const struct supervisor *);
/* Restarts so far (for stats). */
unsigned long supervisor_restarts(const struct supervisor *);

#endif
