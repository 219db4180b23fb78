/*
 * ratelog.c — the rate limit of a repeating log line (ratelog.h).
 */
#include <string.h>

#include "ratelog.h"

void
ratelog_init(struct ratelog *rl, uint64_t every_us, enum ratelog_mode mode)
{
	memset(rl, 0, sizeof(*rl));
	rl->every_us = every_us;
	rl->mode = mode;
}

int
ratelog_due(struct ratelog *rl, uint64_t now, uint64_t *held)
{
	if (rl->said_us != 0 && now - rl->said_us < rl->every_us) {
		rl->held++;
		if (rl->mode == RATELOG_STRETCH)
			rl->said_us = now;
		return 0;
	}
	if (held != NULL)
		*held = rl->held;
	rl->held = 0;
	rl->said_us = now;
	return 1;
}
