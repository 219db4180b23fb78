/*
 * notify.c — sd_notify(3) for quarryd: readiness, status, stopping, and
 * the watchdog timer on the event loop.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <systemd/sd-daemon.h>

#include "log.h"
#include "notify.h"
#include "util.h"

/* The STATUS= text: queue depth, in flight and workers fit in 128. */
#define NOTIFY_STATUS_MAX	256

struct notify {
	struct event	*watchdog_ev;
	uint64_t	 watchdog_us;
	int		 ready, stopping;
	uint64_t	 status_at_us;	/* last STATUS= sent */
	char		 status[NOTIFY_STATUS_MAX];
};

static void
notify_send(const char *what)
{
	int rc;

	/* 0: no NOTIFY_SOCKET, nothing to tell.  An error is worth a
	 * line, never a failure: the service manager may be restarting. */
	if ((rc = sd_notify(0, what)) < 0)
		log_warnx("sd_notify: %s", strerror(-rc));
}

static void
notify_watchdog_cb(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	(void)arg;
	notify_send("WATCHDOG=1");
}

struct notify *
notify_new(struct event_base *base)
{
	struct notify *n = xcalloc(1, sizeof(*n));
	uint64_t usec = 0;
	struct timeval tv;

	if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
		uint64_t half = usec / 2;

		n->watchdog_us = usec;
		tv.tv_sec = (time_t)(half / 1000000);
		tv.tv_usec = (suseconds_t)(half % 1000000);
		n->watchdog_ev = event_new(base, -1, EV_PERSIST,
		    notify_watchdog_cb, n);
		if (n->watchdog_ev == NULL ||
		    event_add(n->watchdog_ev, &tv) == -1)
			fatalx("cannot start the watchdog timer");
		log_info("watchdog: every %llu ms",
		    (unsigned long long)half / 1000);
		/* The first pet at once: start-up may have taken a while. */
		notify_send("WATCHDOG=1");
	}
	return n;
}

void
notify_destroy(struct notify **np)
{
	struct notify *n;

	if (np == NULL || (n = *np) == NULL)
		return;
	if (n->watchdog_ev != NULL)
		event_free(n->watchdog_ev);
	free(n);
	*np = NULL;
}

static void
notify_with_status(struct notify *n, const char *state, const char *status)
{
	char msg[NOTIFY_STATUS_MAX + 96];

	snprintf(n->status, sizeof(n->status), "%s", status);
	n->status_at_us = now_us();
	snprintf(msg, sizeof(msg), "%s\nSTATUS=%s", state, n->status);
	notify_send(msg);
}

void
notify_ready(struct notify *n, const char *status)
{
	if (n->ready)
		return;
	n->ready = 1;
	notify_with_status(n, "READY=1", status);
}

int
notify_is_ready(const struct notify *n)
{
	return n->ready;
}

void
notify_status(struct notify *n, const char *status)
{
	char msg[NOTIFY_STATUS_MAX + 8];

	if (strncmp(n->status, status, sizeof(n->status) - 1) == 0 ||
	    now_us() - n->status_at_us < NOTIFY_STATUS_MIN_US)
		return;
	snprintf(n->status, sizeof(n->status), "%s", status);
	n->status_at_us = now_us();
	snprintf(msg, sizeof(msg), "STATUS=%s", n->status);
	notify_send(msg);
}

void
notify_extend(struct notify *n, unsigned long long usec, const char *status)
{
	char state[64];

	/* The loop is not running yet: pet the watchdog here too. */
	snprintf(state, sizeof(state), "EXTEND_TIMEOUT_USEC=%llu%s", usec,
	    n->watchdog_us > 0 ? "\nWATCHDOG=1" : "");
	notify_with_status(n, state, status);
}

void
notify_stopping(struct notify *n, const char *status)
{
	if (n->stopping)
		return;
	n->stopping = 1;
	notify_with_status(n, "STOPPING=1", status);
}

unsigned long long
notify_watchdog_us(const struct notify *n)
{
	return n->watchdog_us;
}
