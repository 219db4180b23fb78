/*
 * test_workers.c — the worker registry: its counts agree with what each
 * worker holds, round robin, and who may take which job.
 */
#include <string.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "workers.h"

/* A queue deep enough that only credit and bytes bound a busy worker. */
#define WORKERS_TEST_DEEP	1000

static struct job *
workers_test_job(uint64_t jid, size_t body, int suspect)
{
	static char text[WORKERS_HOLD_BYTES + 1];
	struct article a;
	zmq_msg_t m;
	struct job *j;

	zmq_msg_init(&m);
	memset(&a, 0, sizeof(a));
	j = job_new(jid, &m, &a);
	zmq_msg_close(&m);
	/* Only the length counts here. */
	j->article.body.p = text;
	j->article.body.len = body;
	j->suspect = suspect;
	return j;
}

static void
workers_test_free(struct workers *ws)
{
	struct worker *w;
	struct job *j;

	while ((w = TAILQ_FIRST(&ws->all)) != NULL) {
		while ((j = TAILQ_FIRST(&w->jobs)) != NULL) {
			workers_release(ws, w, j);
			j->article.body.p = NULL;
			job_destroy(&j);
		}
		workers_remove(ws, &w);
	}
}

Test(workers, counts_follow_hold_release_and_done)
{
	struct workers ws;
	struct worker *a, *b;
	struct job *j1, *j2, *j3;

	workers_init(&ws);
	a = workers_add(&ws, "a", 1, "alpha", 5, 10, 4, 0);
	b = workers_add(&ws, "b", 1, "bad\001name", 8, 11, 1, 0);
	cr_assert_eq(ws.count, 2);
	cr_assert_str_eq(b->name, "bad?name");
	cr_assert_eq(workers_find(&ws, "b", 1), b);
	cr_assert_null(workers_find(&ws, "c", 1));
	cr_assert_null(workers_find_local(&ws, 10));	/* not local */
	a->local = 1;
	cr_assert_eq(workers_find_local(&ws, 10), a);
	workers_ready_add(&ws, a);
	workers_ready_add(&ws, b);

	j1 = workers_test_job(1, 1000, 0);
	j2 = workers_test_job(2, 2000, 0);
	j3 = workers_test_job(3, 3000, 0);
	cr_assert_eq(workers_pick(&ws, j1, WORKERS_TEST_DEEP), a);
	workers_hold(&ws, a, j1);
	/* Round robin: a went to the back. */
	cr_assert_eq(workers_pick(&ws, j2, WORKERS_TEST_DEEP), b);
	workers_hold(&ws, b, j2);
	cr_assert(!b->ready);		/* its one credit spent */
	workers_hold(&ws, a, j3);
	cr_assert_eq(ws.inflight, 3);
	cr_assert_eq(a->njobs, 2);
	cr_assert_eq(a->bytes, 4000);
	cr_assert_eq(a->credit, 2);
	cr_assert_eq(j1->owner, a);

	workers_done(&ws, b, j2);
	cr_assert_eq(b->credit, 1);
	cr_assert_eq(b->done, 1);
	cr_assert_eq(b->njobs, 0);
	cr_assert_eq(b->bytes, 0);
	cr_assert_null(j2->owner);
	cr_assert_eq(ws.inflight, 2);
	j2->article.body.p = NULL;
	job_destroy(&j2);

	workers_release(&ws, a, j3);	/* lost: no credit back */
	cr_assert_eq(a->credit, 2);
	cr_assert_eq(a->bytes, 1000);
	cr_assert_eq(ws.inflight, 1);
	j3->article.body.p = NULL;
	job_destroy(&j3);
	workers_test_free(&ws);
	cr_assert_eq(ws.count, 0);
	cr_assert_eq(ws.inflight, 0);
}

Test(workers, pick_keeps_the_hold_bound_and_runs_suspects_alone)
{
	struct workers ws;
	struct worker *a;
	struct job *big, *small, *sus;

	workers_init(&ws);
	a = workers_add(&ws, "a", 1, "", 0, 7, 8, 0);
	cr_assert_str_eq(a->name, "pid-7");
	workers_ready_add(&ws, a);
	big = workers_test_job(1, WORKERS_HOLD_BYTES - 10, 0);
	small = workers_test_job(2, 100, 0);
	sus = workers_test_job(3, 10, 1);
	/* Idle: anything, however big. */
	cr_assert_eq(workers_pick(&ws, big, WORKERS_TEST_DEEP), a);
	workers_hold(&ws, a, big);
	/* Busy: only within the bound, and never a suspect. */
	cr_assert_null(workers_pick(&ws, small, WORKERS_TEST_DEEP));
	cr_assert_null(workers_pick(&ws, sus, WORKERS_TEST_DEEP));
	workers_done(&ws, a, big);
	big->article.body.p = NULL;
	job_destroy(&big);
	cr_assert_eq(workers_pick(&ws, sus, WORKERS_TEST_DEEP), a);
	workers_hold(&ws, a, sus);
	/* Isolated while it runs the suspect: off the ready list. */
	cr_assert(a->isolated);
	cr_assert(!a->ready);
	cr_assert_null(workers_pick(&ws, small, WORKERS_TEST_DEEP));
	workers_done(&ws, a, sus);
	cr_assert(!a->isolated);
	workers_ready_add(&ws, a);
	cr_assert_eq(workers_pick(&ws, small, WORKERS_TEST_DEEP), a);
	sus->article.body.p = NULL;
	job_destroy(&sus);
	small->article.body.p = NULL;
	job_destroy(&small);
	workers_test_free(&ws);
}

Test(workers, busy_workers_take_more_only_from_a_deep_queue)
{
	struct workers ws;
	struct worker *a, *b;
	struct job *j[8];
	size_t i;

	workers_init(&ws);
	a = workers_add(&ws, "a", 1, "a", 1, 1, 32, 0);
	b = workers_add(&ws, "b", 1, "b", 1, 2, 32, 0);
	workers_ready_add(&ws, a);
	workers_ready_add(&ws, b);
	/* Longer than WORKERS_AHEAD_BYTES: no job goes next behind one
	 * of these without a queue to show for it. */
	for (i = 0; i < 8; i++)
		j[i] = workers_test_job(i + 1, WORKERS_AHEAD_BYTES + 1, 0);
	/* Idle workers take one each, whatever the queue. */
	cr_assert_eq(workers_pick(&ws, j[0], 1), a);
	workers_hold(&ws, a, j[0]);
	cr_assert_eq(workers_pick(&ws, j[1], 1), b);
	workers_hold(&ws, b, j[1]);
	/* Both busy with a line of 1: one job waiting stays in the
	 * queue; two (one per worker) and a busy worker takes one. */
	cr_assert_null(workers_pick(&ws, j[2], 1));
	cr_assert_eq(workers_pick(&ws, j[2], 2), a);
	workers_hold(&ws, a, j[2]);
	/* a holds 2 now: it needs 4 waiting; b (1) needs 2. */
	cr_assert_null(workers_pick(&ws, j[3], 1));
	cr_assert_eq(workers_pick(&ws, j[3], 3), b);
	workers_hold(&ws, b, j[3]);
	cr_assert_null(workers_pick(&ws, j[4], 3));
	cr_assert_eq(workers_pick(&ws, j[4], 4), a);
	workers_hold(&ws, a, j[4]);
	/* An idle worker comes first even when a busy one is ahead in the
	 * round robin. */
	workers_done(&ws, b, j[1]);
	workers_done(&ws, b, j[3]);
	workers_ready_add(&ws, b);
	workers_ready_remove(&ws, a);
	workers_ready_add(&ws, a);
	workers_ready_remove(&ws, b);
	workers_ready_add(&ws, b);	/* the order is a, b */
	cr_assert_eq(TAILQ_FIRST(&ws.ready), a);
	cr_assert_eq(workers_pick(&ws, j[5], WORKERS_TEST_DEEP), b);
	/* One worker alone takes one more per job waiting. */
	workers_test_free(&ws);		/* and j[0], j[2], j[4] */
	workers_init(&ws);
	a = workers_add(&ws, "a", 1, "a", 1, 1, 32, 0);
	workers_ready_add(&ws, a);
	cr_assert_eq(workers_pick(&ws, j[5], 1), a);
	workers_hold(&ws, a, j[5]);
	cr_assert_eq(workers_pick(&ws, j[6], 1), a);
	workers_hold(&ws, a, j[6]);
	cr_assert_null(workers_pick(&ws, j[7], 1));
	cr_assert_eq(workers_pick(&ws, j[7], 2), a);
	workers_hold(&ws, a, j[7]);
	workers_test_free(&ws);		/* and j[5..7] */
	for (i = 1; i < 4; i += 2) {	/* done by b */
		j[i]->article.body.p = NULL;
		job_destroy(&j[i]);
	}
}

Test(workers, a_job_finding_all_busy_goes_behind_the_short_job_begun_first)
{
	struct workers ws;
	struct worker *a, *b;
	struct job *j[6];
	size_t i;

	workers_init(&ws);
	a = workers_add(&ws, "a", 1, "a", 1, 1, 32, 0);
	b = workers_add(&ws, "b", 1, "b", 1, 2, 32, 0);
	workers_ready_add(&ws, a);
	workers_ready_add(&ws, b);
	for (i = 0; i < 4; i++)
		j[i] = workers_test_job(i + 1, 4096, 0);
	j[4] = workers_test_job(5, 4096, 1);
	j[5] = workers_test_job(6, WORKERS_AHEAD_BYTES + 1, 0);
	/* a began its job after b began its own. */
	j[0]->deadline_us = 2000;
	workers_hold(&ws, a, j[0]);
	j[1]->deadline_us = 1000;
	workers_hold(&ws, b, j[1]);
	/* One job waiting, both busy with one short job: it goes next at
	 * b, whose job began first, though a is first in the round robin;
	 * never a suspect. */
	cr_assert_eq(TAILQ_FIRST(&ws.ready), a);
	cr_assert_null(workers_pick(&ws, j[4], 1));
	cr_assert_eq(workers_pick(&ws, j[2], 1), b);
	workers_hold(&ws, b, j[2]);
	cr_assert_eq(workers_pick(&ws, j[3], 1), a);
	workers_hold(&ws, a, j[3]);
	/* Two in each line: it waits for a DONE. */
	cr_assert_null(workers_pick(&ws, j[5], 1));
	workers_test_free(&ws);		/* and j[0..3] */
	/* Not behind a job over WORKERS_AHEAD_BYTES. */
	workers_init(&ws);
	a = workers_add(&ws, "a", 1, "a", 1, 1, 32, 0);
	b = workers_add(&ws, "b", 1, "b", 1, 2, 32, 0);
	workers_ready_add(&ws, a);
	workers_ready_add(&ws, b);
	j[0] = workers_test_job(7, 4096, 0);
	j[1] = workers_test_job(8, 4096, 0);
	j[5]->deadline_us = 1000;
	workers_hold(&ws, a, j[5]);
	j[0]->deadline_us = 2000;
	workers_hold(&ws, b, j[0]);
	cr_assert_eq(workers_pick(&ws, j[1], 1), b);
	j[1]->article.body.p = NULL;
	job_destroy(&j[1]);
	j[4]->article.body.p = NULL;
	job_destroy(&j[4]);
	workers_test_free(&ws);		/* and j[5], j[0] */
}
