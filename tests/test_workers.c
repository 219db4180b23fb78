/*
 * test_workers.c — the worker registry: its counts agree with what each
 * worker holds, round robin, and who may take which job.
 */
#include <string.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "workers.h"

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
	cr_assert_eq(workers_pick(&ws, j1), a);
	workers_hold(&ws, a, j1);
	/* Round robin: a went to the back. */
	cr_assert_eq(workers_pick(&ws, j2), b);
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
	cr_assert_eq(workers_pick(&ws, big), a);
	workers_hold(&ws, a, big);
	/* Busy: only within the bound, and never a suspect. */
	cr_assert_null(workers_pick(&ws, small));
	cr_assert_null(workers_pick(&ws, sus));
	workers_done(&ws, a, big);
	big->article.body.p = NULL;
	job_destroy(&big);
	cr_assert_eq(workers_pick(&ws, sus), a);
	workers_hold(&ws, a, sus);
	/* Isolated while it runs the suspect: off the ready list. */
	cr_assert(a->isolated);
	cr_assert(!a->ready);
	cr_assert_null(workers_pick(&ws, small));
	workers_done(&ws, a, sus);
	cr_assert(!a->isolated);
	workers_ready_add(&ws, a);
	cr_assert_eq(workers_pick(&ws, small), a);
	sus->article.body.p = NULL;
	job_destroy(&sus);
	small->article.body.p = NULL;
	job_destroy(&small);
	workers_test_free(&ws);
}
