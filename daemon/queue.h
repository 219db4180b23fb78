/*
 * queue.h — the bounded FIFO of accepted jobs waiting for a worker,
 * bounded in articles and in bytes (a job's frame and its bookkeeping).
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
	size_t		 bytes;		/* queue_job_bytes() of every job */
	size_t		 max_bytes;	/* ... beyond it: busy */
};

/* max articles; no byte bound until max_bytes is set. */
void	queue_init(struct queue *, size_t max);
/* The memory a queued job holds: its frame and its struct. */
size_t	queue_job_bytes(const struct job *);
/* Is there room for one more new submission (by count)? */
int	queue_has_room(const struct queue *);
/* ... of this many bytes (queue_job_bytes), by count and by bytes?  An
 * empty queue takes any one article, so none is busy forever. */
int	queue_has_room_for(const struct queue *, size_t bytes);
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
