/*
 * queue.c — the bounded FIFO of jobs waiting for a worker.
 */
#include <stddef.h>

#include "queue.h"

void
queue_init(struct queue *q, size_t max)
{
	TAILQ_INIT(&q->jobs);
	q->count = 0;
	q->max = max;
}

int
queue_has_room(const struct queue *q)
{
	return q->count < q->max;
}

void
queue_push(struct queue *q, struct job *j)
{
	TAILQ_INSERT_TAIL(&q->jobs, j, link);
	q->count++;
}

void
queue_push_front(struct queue *q, struct job *j)
{
	TAILQ_INSERT_HEAD(&q->jobs, j, link);
	q->count++;
}

struct job *
queue_pop(struct queue *q)
{
	struct job *j = TAILQ_FIRST(&q->jobs);

	if (j != NULL) {
		TAILQ_REMOVE(&q->jobs, j, link);
		q->count--;
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
