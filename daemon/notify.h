/*
 * notify.h — telling the service manager how quarryd is doing: READY=1,
 * STATUS=, STOPPING=1 and the watchdog (sd_notify(3)).  Without
 * NOTIFY_SOCKET every call is a cheap no-op, so quarryd runs the same
 * under systemd, under another supervisor, or by hand.
 */
#ifndef QUARRY_NOTIFY_H
#define QUARRY_NOTIFY_H

#include <event2/event.h>

/* STATUS= at most this often; changes in between wait for the next
 * notify_status() call after it (the broker's tick). */
#define NOTIFY_STATUS_MIN_US	1000000ULL

struct notify;

/*
 * Start petting the watchdog when the service manager asked for one
 * (WATCHDOG_USEC, for our pid): WATCHDOG=1 from a timer on the loop at
 * half the interval, so a loop that is stuck stops petting it.
 */
struct notify *notify_new(struct event_base *);
void	notify_destroy(struct notify **);

/* READY=1 (with a STATUS=), once; later calls do nothing. */
void	notify_ready(struct notify *, const char *status);
int	notify_is_ready(const struct notify *);
/* STATUS= when it changed and NOTIFY_STATUS_MIN_US has passed. */
void	notify_status(struct notify *, const char *status);
/* EXTEND_TIMEOUT_USEC= (and a STATUS=): start-up work (the spool's
 * replay) is under way and needs up to usec more. */
void	notify_extend(struct notify *, unsigned long long usec,
	    const char *status);
/* STOPPING=1 (with a STATUS=), once. */
void	notify_stopping(struct notify *, const char *status);
/* The watchdog interval in microseconds, 0 when off. */
unsigned long long notify_watchdog_us(const struct notify *);

#endif
