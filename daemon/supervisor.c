/*
 * supervisor.c — keeps N local quarry-worker processes alive.
 *
 * A slot per worker.  SIGCHLD arrives as a libevent signal event, so
 * reaping runs on the loop like everything else.  A worker that dies
 * before it registers with the broker (a bad binary, a bad endpoint) is
 * restarted after a delay that doubles each time, so a crash loop cannot
 * eat the CPU; one that registered, or ran a while, restarts at once: its
 * death is the job's fault, and the job's attempts bound that.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#include "log.h"
#include "supervisor.h"
#include "util.h"

/* Restart delay: 100 ms doubling to 10 s; a worker that lived 10 s
 * counts as healthy and resets it. */
#define SUP_BACKOFF_MIN_MS	100
#define SUP_BACKOFF_MAX_MS	10000
#define SUP_HEALTHY_US		(10 * 1000000ULL)
/* SIGTERM first, SIGKILL this long after: a worker finishes its job in
 * milliseconds, so two seconds is generous. */
#define SUP_KILL_GRACE_MS	2000

struct sup_slot {
	struct supervisor *sup;
	int		 index;
	pid_t		 pid;		/* 0 when not running */
	uint64_t	 started_us;
	unsigned	 backoff_ms;	/* next restart delay */
	unsigned long	 restarts;	/* this slot's, for stats */
	struct event	*restart_ev;
	struct event	*kill_ev;	/* SIGKILL after the grace */
};

struct supervisor {
	struct event_base *base;
	const struct config *cfg;
	supervisor_exit_fn on_exit;
	void		*arg;
	struct sup_slot **slots;	/* grows on resize, never shrinks */
	int		 nslots;
	int		 target;	/* slots below it are kept running */
	int		 stopping;
	unsigned long	 restarts;
	struct event	*sigchld_ev;
};

static void sup_spawn(struct sup_slot *);

static void
sup_restart_cb(evutil_socket_t fd, short what, void *arg)
{
	struct sup_slot *s = arg;

	(void)fd;
	(void)what;
	if (!s->sup->stopping && s->pid == 0 && s->index < s->sup->target) {
		s->sup->restarts++;
		s->restarts++;
		sup_spawn(s);
	}
}

static void
sup_kill_cb(evutil_socket_t fd, short what, void *arg)
{
	struct sup_slot *s = arg;

	(void)fd;
	(void)what;
	if (s->pid > 0) {
		log_warnx("worker %d (pid %ld) ignored SIGTERM; SIGKILL",
		    s->index, (long)s->pid);
		kill(s->pid, SIGKILL);
	}
}

static void
sup_spawn(struct sup_slot *s)
{
	const struct config *c = s->sup->cfg;
	char name[64], hb[16], live[16];
	char *argv[16];
	int argc = 0;
	pid_t pid, self;

	snprintf(name, sizeof(name), "local-%d", s->index);
	snprintf(hb, sizeof(hb), "%u", c->heartbeat_ms);
	snprintf(live, sizeof(live), "%u", c->liveness);
	argv[argc++] = c->worker_bin;
	argv[argc++] = (char *)"--connect";
	argv[argc++] = c->workers_endpoint;
	argv[argc++] = (char *)"--name";
	argv[argc++] = name;
	argv[argc++] = (char *)"--supervised";
	argv[argc++] = (char *)"--heartbeat-ms";
	argv[argc++] = hb;
	argv[argc++] = (char *)"--liveness";
	argv[argc++] = live;
	argv[argc++] = (char *)"--log-level";
	argv[argc++] = (char *)log_level_name(log_get_level());
	if (c->noop)
		argv[argc++] = (char *)"--noop";
	argv[argc] = NULL;

	self = getpid();
	switch ((pid = fork())) {
	case -1: {
		struct timeval retry = { 1, 0 };

		log_warn("worker %d: fork", s->index);
		evtimer_add(s->restart_ev, &retry);
		return;
	}
	case 0: {
		sigset_t none;

		/* The loop blocks nothing, but libevent's signal handlers
		 * must not survive into the worker: reset, then exec. */
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGCHLD, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGINT, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		/*
		 * Ended with quarryd, from here on: the setting survives the
		 * exec, and a quarryd that died before it was made shows as
		 * another parent.  (The worker's own prctl comes too late: a
		 * quarryd killed while the worker starts left it running,
		 * registered with the next quarryd on the same endpoint.)
		 * SIGKILL, not SIGTERM: a stopped worker holds a SIGTERM
		 * until a SIGCONT that may never come, and what a worker
		 * would still send has no one to read it.
		 */
		if (prctl(PR_SET_PDEATHSIG, SIGKILL) == -1 ||
		    getppid() != self)
			_exit(0);
		execvp(argv[0], argv);
		fprintf(stderr, "quarryd: exec %s: %s\n", argv[0],
		    strerror(errno));
		_exit(127);
	}
	default:
		s->pid = pid;
		s->started_us = now_us();
		log_info("worker %d started (pid %ld)", s->index, (long)pid);
	}
}

/* A new slot at the end; events point at it, so it never moves. */
static struct sup_slot *
sup_slot_add(struct supervisor *sup)
{
	struct sup_slot *s = xcalloc(1, sizeof(*s));

	s->sup = sup;
	s->index = sup->nslots;
	s->restart_ev = evtimer_new(sup->base, sup_restart_cb, s);
	s->kill_ev = evtimer_new(sup->base, sup_kill_cb, s);
	if (s->restart_ev == NULL || s->kill_ev == NULL)
		fatalx("supervisor: evtimer_new");
	sup->slots = xreallocarray(sup->slots, (size_t)sup->nslots + 1,
	    sizeof(*sup->slots));
	sup->slots[sup->nslots++] = s;
	return s;
}

static struct sup_slot *
sup_find(const struct supervisor *sup, pid_t pid)
{
	int i;

	for (i = 0; i < sup->nslots; i++)
		if (sup->slots[i]->pid == pid && pid > 0)
			return sup->slots[i];
	return NULL;
}

static void
sup_describe(int status, char *buf, size_t len)
{
	if (WIFEXITED(status))
		snprintf(buf, len, "exited with status %d",
		    WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		snprintf(buf, len, "killed by signal %d (%s)",
		    WTERMSIG(status), strsignal(WTERMSIG(status)));
	else
		snprintf(buf, len, "stopped (status %#x)", status);
}

static void
sup_sigchld_cb(evutil_socket_t fd, short what, void *arg)
{
	struct supervisor *sup = arg;
	struct sup_slot *s;
	char how[96];
	pid_t pid;
	int status;

	(void)fd;
	(void)what;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		if ((s = sup_find(sup, pid)) == NULL)
			continue;
		evtimer_del(s->kill_ev);
		s->pid = 0;
		sup_describe(status, how, sizeof(how));
		if (sup->stopping || s->index >= sup->target)
			log_info("worker %d (pid %ld) %s", s->index,
			    (long)pid, how);
		else
			log_warnx("worker %d (pid %ld) %s", s->index,
			    (long)pid, how);
		if (!sup->stopping && s->index < sup->target) {
			struct timeval tv;

			if (now_us() - s->started_us >= SUP_HEALTHY_US)
				s->backoff_ms = 0;
			tv.tv_sec = s->backoff_ms / 1000;
			tv.tv_usec = (s->backoff_ms % 1000) * 1000;
			if (s->backoff_ms > 0)
				log_info("worker %d restarts in %u ms",
				    s->index, s->backoff_ms);
			evtimer_add(s->restart_ev, &tv);
			/* Until the new one registers, it is suspect. */
			s->backoff_ms = s->backoff_ms == 0 ?
			    SUP_BACKOFF_MIN_MS : s->backoff_ms * 2;
			if (s->backoff_ms > SUP_BACKOFF_MAX_MS)
				s->backoff_ms = SUP_BACKOFF_MAX_MS;
		}
		sup->on_exit(sup->arg, pid, status);
	}
}

struct supervisor *
supervisor_new(struct event_base *base, const struct config *cfg,
    supervisor_exit_fn on_exit, void *arg)
{
	struct supervisor *sup = xcalloc(1, sizeof(*sup));
	int i;

	sup->base = base;
	sup->cfg = cfg;
	sup->on_exit = on_exit;
	sup->arg = arg;
	sup->target = cfg->workers;
	for (i = 0; i < cfg->workers; i++)
		sup_slot_add(sup);
	sup->sigchld_ev = evsignal_new(base, SIGCHLD, sup_sigchld_cb, sup);
	if (sup->sigchld_ev == NULL || evsignal_add(sup->sigchld_ev, NULL))
		fatalx("supervisor: cannot watch SIGCHLD");
	return sup;
}

void
supervisor_destroy(struct supervisor **supp)
{
	struct supervisor *sup;
	int i;

	if (supp == NULL || (sup = *supp) == NULL)
		return;
	for (i = 0; i < sup->nslots; i++) {
		event_free(sup->slots[i]->restart_ev);
		event_free(sup->slots[i]->kill_ev);
		free(sup->slots[i]);
	}
	event_free(sup->sigchld_ev);
	free(sup->slots);
	free(sup);
	*supp = NULL;
}

void
supervisor_start(struct supervisor *sup)
{
	int i;

	for (i = 0; i < sup->target; i++)
		sup_spawn(sup->slots[i]);
}

void
supervisor_ready(struct supervisor *sup, pid_t pid)
{
	struct sup_slot *s = sup_find(sup, pid);

	if (s != NULL)
		s->backoff_ms = 0;
}

int
supervisor_owns(const struct supervisor *sup, pid_t pid)
{
	return sup_find(sup, pid) != NULL;
}

static void
sup_terminate(struct sup_slot *s)
{
	struct timeval grace = { SUP_KILL_GRACE_MS / 1000,
	    (SUP_KILL_GRACE_MS % 1000) * 1000 };

	if (s->pid <= 0 || evtimer_pending(s->kill_ev, NULL))
		return;
	kill(s->pid, SIGTERM);
	/* A stopped (SIGSTOP) process only acts on SIGTERM once resumed. */
	kill(s->pid, SIGCONT);
	evtimer_add(s->kill_ev, &grace);
}

void
supervisor_kill(struct supervisor *sup, pid_t pid, const char *why)
{
	struct sup_slot *s = sup_find(sup, pid);

	if (s == NULL || s->pid <= 0)
		return;
	/*
	 * No SIGTERM and grace: the broker has written the worker off (what
	 * it held is requeued, and nothing it finishes will be taken), and
	 * one stuck in a slow extraction would only sit the grace out
	 * before the slot could start a fresh worker.
	 */
	log_warnx("worker %d (pid %ld): %s; killing it", s->index,
	    (long)pid, why);
	kill(s->pid, SIGKILL);
}

void
supervisor_stop(struct supervisor *sup)
{
	int i;

	sup->stopping = 1;
	for (i = 0; i < sup->nslots; i++) {
		evtimer_del(sup->slots[i]->restart_ev);
		sup_terminate(sup->slots[i]);
	}
}

int
supervisor_running(const struct supervisor *sup)
{
	int i, n = 0;

	for (i = 0; i < sup->nslots; i++)
		n += sup->slots[i]->pid > 0;
	return n;
}

unsigned long
supervisor_slot_restarts(const struct supervisor *sup, pid_t pid)
{
	const struct sup_slot *s = sup_find(sup, pid);

	return s != NULL ? s->restarts : 0;
}

unsigned long
supervisor_restarts(const struct supervisor *sup)
{
	return sup->restarts;
}

void
supervisor_resize(struct supervisor *sup, int n)
{
	int i, was = sup->target;

	if (sup->stopping || n == was)
		return;
	sup->target = n;
	log_info("workers: %d -> %d", was, n);
	while (sup->nslots < n)
		sup_slot_add(sup);
	for (i = 0; i < sup->nslots; i++) {
		struct sup_slot *s = sup->slots[i];

		if (i < n) {
			/* Back in service: one retiring keeps its process
			 * (the kill, if sent, makes it restart). */
			if (s->pid == 0 && !evtimer_pending(s->restart_ev,
			    NULL))
				sup_spawn(s);
		} else
			evtimer_del(s->restart_ev);
	}
}

int
supervisor_retiring(const struct supervisor *sup, pid_t pid)
{
	const struct sup_slot *s = sup_find(sup, pid);

	return s != NULL && s->index >= sup->target;
}

void
supervisor_retire(struct supervisor *sup, pid_t pid)
{
	struct sup_slot *s = sup_find(sup, pid);

	if (s == NULL || s->index < sup->target)
		return;
	log_info("worker %d (pid %ld): retiring", s->index, (long)pid);
	sup_terminate(s);
}

int
supervisor_retiring_pids(const struct supervisor *sup, pid_t *out, int max)
{
	int i, n = 0;

	for (i = sup->target; i < sup->nslots && n < max; i++)
		if (sup->slots[i]->pid > 0)
			out[n++] = sup->slots[i]->pid;
	return n;
}
