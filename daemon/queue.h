/*
 * queue.h — the bounded FIFO of accepted jobs waiting for a worker.
 * Redelivered jobs go to the front: they were accepted first.
 */
#ifndef QUARRY_QUEUE_H
#define QUARRY_QUEUE_H

#include <stddef.h>

#include "job.h"

struct queue {
	struct job_list	 jobs;
	size_t		 count;
	size_t		 max;		/* new submissions beyond it: busy */
};

void	queue_init(struct queue *, size_t max);
/* Is there room for one more new submission? */
int	queue_has_room(const struct queue *);
/* Append a new job (the caller checked queue_has_room). */
void	queue_push(struct queue *, struct job *);
/* Put a redelivered job at the front; may exceed max: accepted work is
 * never dropped for lack of room. */
void	queue_push_front(struct queue *, struct job *);
struct job *queue_pop(struct queue *);		/* NULL when empty */
struct job *queue_peek(const struct queue *);	/* the next, or NULL */
/* Destroy every job still queued (shutdown). */
void	queue_clear(struct queue *);

#endif
