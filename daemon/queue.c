/*
 * queue.c — the bounded FIFO of jobs waiting for a worker.
 */
#include <stddef.h>
#include <stdint.h>

#include "queue.h"

void
queue_init(struct queue *q, size_t max)
{
	TAILQ_INIT(&q->jobs);
	q->count = 0;
	q->max = max;
	q->bytes = 0;
	q->max_bytes = SIZE_MAX;
}

size_t
queue_job_bytes(const struct job *j)
{
	return zmq_msg_size((zmq_msg_t *)&j->frame) + sizeof(*j);
}

int
queue_has_room(const struct queue *q)
{
	return q->count < q->max;
}

int
queue_has_room_for(const struct queue *q, size_t bytes)
{
	return queue_has_room(q) && (q->count == 0 ||
	    (q->bytes <= q->max_bytes && bytes <= q->max_bytes - q->bytes));
}

void
queue_push(struct queue *q, struct job *j)
{
	TAILQ_INSERT_TAIL(&q->jobs, j, link);
	q->count++;
	q->bytes += queue_job_bytes(j);
}

void
queue_push_front(struct queue *q, struct job *j)
{
	TAILQ_INSERT_HEAD(&q->jobs, j, link);
	q->count++;
	q->bytes += queue_job_bytes(j);
}

struct job *
queue_pop(struct queue *q)
{
	struct job *j = TAILQ_FIRST(&q->jobs);

	if (j != NULL) {
		TAILQ_REMOVE(&q->jobs, j, link);
		q->count--;
		q->bytes -= queue_job_bytes(j);
	}
	return j;
}

struct job *
queue_peek(const struct queue *q)
{
	return TAILQ_FIRST(&q->jobs);
}

void
queue_clear(struct queue *q)
{
	struct job *j;

	while ((j = queue_pop(q)) != NULL)
		job_destroy(&j);
}
