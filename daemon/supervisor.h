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
/* Stop a child the broker has written off (SIGKILL, at once); it is
 * restarted like a crashed one. */
void	supervisor_kill(struct supervisor *, pid_t, const char *why);
/* Shutdown: no more restarts; SIGTERM every child, SIGKILL after grace. */
void	supervisor_stop(struct supervisor *);
/* Children still running. */
int	supervisor_running(const struct supervisor *);
/* The worker with this pid registered with the broker: it started
 * fine, so if it dies later it is restarted without backoff. */
void	supervisor_ready(struct supervisor *, pid_t);
/*
 * SIGHUP: keep n workers from now on.  Growing starts the new ones;
 * shrinking marks the slots from n up as retiring: they are not
 * restarted, and the broker ends each (supervisor_retire) once it holds
 * no job, so no work is lost or charged an attempt.
 */
void	supervisor_resize(struct supervisor *, int n);
/* Is pid a live child of a slot beyond the current count? */
int	supervisor_retiring(const struct supervisor *, pid_t);
/* SIGTERM a retiring child (SIGKILL after the grace); nothing else. */
void	supervisor_retire(struct supervisor *, pid_t);
/* The live children of retiring slots, up to max. */
int	supervisor_retiring_pids(const struct supervisor *, pid_t *out,
	    int max);
/* Restarts of the slot whose child is pid (for stats), 0 if none. */
unsigned long supervisor_slot_restarts(const struct supervisor *, pid_t);
/* Restarts so far (for stats). */
unsigned long supervisor_restarts(const struct supervisor *);

#endif
