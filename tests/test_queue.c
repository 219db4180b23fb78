/*
 * test_queue.c — the bounded FIFO of waiting jobs.
 */
#include <string.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "queue.h"

static struct job *
queue_test_job(uint64_t jid)
{
	struct article a;
	zmq_msg_t m;
	struct job *j;

	zmq_msg_init(&m);
	memset(&a, 0, sizeof(a));
	j = job_new(jid, &m, &a);
	zmq_msg_close(&m);
	return j;
}

Test(queue, fifo_with_front_for_redelivery)
{
	struct queue q;
	struct job *j;

	queue_init(&q, 3);
	cr_assert_null(queue_pop(&q));
	queue_push(&q, queue_test_job(1));
	queue_push(&q, queue_test_job(2));
	cr_assert(queue_has_room(&q));
	queue_push(&q, queue_test_job(3));
	cr_assert(!queue_has_room(&q));
	/* Redelivery goes first and may exceed the bound. */
	queue_push_front(&q, queue_test_job(0));
	cr_assert_eq(q.count, 4);
	cr_assert(!queue_has_room(&q));
	for (uint64_t want = 0; want < 4; want++) {
		j = queue_pop(&q);
		cr_assert_not_null(j);
		cr_assert_eq(j->jid, want);
		job_destroy(&j);
	}
	cr_assert_null(queue_pop(&q));
	cr_assert(queue_has_room(&q));
	cr_assert_eq(q.count, 0);
}

Test(queue, clear_frees_everything)
{
	struct queue q;
	int i;

	queue_init(&q, 100);
	for (i = 0; i < 50; i++)
		queue_push(&q, queue_test_job((uint64_t)i));
	queue_clear(&q);
	cr_assert_eq(q.count, 0);
	cr_assert_null(queue_pop(&q));
}

Test(queue, bounded_in_bytes_but_an_empty_queue_takes_one)
{
	struct queue q;
	struct job *j;
	size_t one;

	queue_init(&q, 100);
	j = queue_test_job(1);
	one = queue_job_bytes(j);
	cr_assert_geq(one, sizeof(struct job));
	q.max_bytes = 2 * one;
	/* Empty: anything fits, even more than the whole budget. */
	cr_assert(queue_has_room_for(&q, 10 * one));
	queue_push(&q, j);
	cr_assert_eq(q.bytes, one);
	cr_assert(queue_has_room_for(&q, one));
	cr_assert(!queue_has_room_for(&q, one + 1));
	queue_push(&q, queue_test_job(2));
	cr_assert(!queue_has_room_for(&q, 1));
	/* Redelivery may exceed it; the count follows. */
	queue_push_front(&q, queue_test_job(0));
	cr_assert_eq(q.bytes, 3 * one);
	j = queue_pop(&q);
	job_destroy(&j);
	cr_assert_eq(q.bytes, 2 * one);
	queue_clear(&q);
	cr_assert_eq(q.bytes, 0);
	cr_assert(queue_has_room_for(&q, one));
}
