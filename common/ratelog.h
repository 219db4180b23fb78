/*
 * ratelog.h — the rate limit of a log line that can repeat (a full
 * queue, a refused connection, a subscriber closed): said at most once
 * per period, each line able to say how many events were held back since
 * the one before.  Pure: the caller passes the time, so tests need no
 * clock.
 */
#ifndef QUARRY_RATELOG_H
#define QUARRY_RATELOG_H

#include <stdint.h>

enum ratelog_mode {
	/* At most one line per period. */
	RATELOG_PERIOD,
	/* One line per stretch of events: an event held back starts the
	 * quiet period over, so the next line comes only after the events
	 * stopped for a whole period. */
	RATELOG_STRETCH,
};

struct ratelog {
	uint64_t	 every_us;
	enum ratelog_mode mode;
	uint64_t	 said_us;	/* the last line; 0: none yet */
	uint64_t	 held;		/* events held back since */
};

void	ratelog_init(struct ratelog *, uint64_t every_us,
	    enum ratelog_mode);

/*
 * An event at now (microseconds of a monotonic clock, never 0): 1 if it
 * is to be logged now, with *held (if held is not NULL) the number of
 * events held back since the last line, which starts again from 0; or 0
 * if it is held back (and counted).
 */
int	ratelog_due(struct ratelog *, uint64_t now, uint64_t *held);

#endif
