/*
 * test_ledger.c — the index of unfinished articles by id.
 */
#include <stdio.h>
#include <string.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "job.h"
#include "ledger.h"

static struct job *
ledger_test_job(uint64_t jid, const char *id)
{
	struct article a;
	zmq_msg_t m;
	struct job *j;

	/* The frame holds the id, as a decoded frame would. */
	cr_assert(zmq_msg_init_size(&m, strlen(id)) == 0);
	memcpy(zmq_msg_data(&m), id, strlen(id));
	memset(&a, 0, sizeof(a));
	a.id = str_make(zmq_msg_data(&m), strlen(id));
	j = job_new(jid, &m, &a);
	zmq_msg_close(&m);
	return j;
}

Test(ledger, insert_find_remove)
{
	struct ledger *l = ledger_new(0, 0);
	struct job *a = ledger_test_job(1, "alpha"), *b = ledger_test_job(2,
	    "beta");

	cr_assert_null(ledger_find(l, STR_LIT("alpha")));
	ledger_insert(l, a);
	ledger_insert(l, b);
	cr_assert_eq(ledger_count(l), 2);
	cr_assert_eq(ledger_find(l, STR_LIT("alpha")), a);
	cr_assert_eq(ledger_find(l, STR_LIT("beta")), b);
	cr_assert_null(ledger_find(l, STR_LIT("alph")));
	cr_assert_null(ledger_find(l, STR_LIT("alphaa")));
	ledger_remove(l, a);
	cr_assert_null(ledger_find(l, STR_LIT("alpha")));
	cr_assert_eq(ledger_find(l, STR_LIT("beta")), b);
	cr_assert_eq(ledger_count(l), 1);
	ledger_remove(l, b);
	cr_assert_eq(ledger_count(l), 0);
	job_destroy(&a);
	job_destroy(&b);
	cr_assert_null(a);
	ledger_destroy(&l);
	cr_assert_null(l);
	ledger_destroy(&l);	/* NULL is fine */
}

Test(ledger, grows_and_survives_churn)
{
	enum { N = 5000 };
	static struct job *jobs[N];
	struct ledger *l = ledger_new(0, 0);
	char id[32];
	int i, round;

	/* Insert and remove in waves: resizes and tombstone purges. */
	for (round = 0; round < 3; round++) {
		for (i = 0; i < N; i++) {
			snprintf(id, sizeof(id), "r%d-article-%d", round, i);
			jobs[i] = ledger_test_job((uint64_t)i, id);
			ledger_insert(l, jobs[i]);
		}
		cr_assert_eq(ledger_count(l), N);
		for (i = 0; i < N; i++) {
			snprintf(id, sizeof(id), "r%d-article-%d", round, i);
			cr_assert_eq(ledger_find(l, str_make(id, strlen(id))),
			    jobs[i], "lost %s", id);
		}
		for (i = 0; i < N; i += 2) {
			ledger_remove(l, jobs[i]);
			job_destroy(&jobs[i]);
		}
		for (i = 1; i < N; i += 2) {
			snprintf(id, sizeof(id), "r%d-article-%d", round, i);
			cr_assert_eq(ledger_find(l, str_make(id, strlen(id))),
			    jobs[i]);
			ledger_remove(l, jobs[i]);
			job_destroy(&jobs[i]);
		}
		cr_assert_eq(ledger_count(l), 0);
	}
	ledger_destroy(&l);
}

/*
 * An id hashed once by the caller (ingest, an article's retirement) finds,
 * indexes, remembers and forgets as the plain calls do, across the
 * resizes of both tables; ledger_remove takes the hash kept in the job.
 */
Test(ledger, hashed_calls_agree_with_the_plain_ones)
{
	enum { N = 3000 };
	static struct job *jobs[N];
	struct ledger *l = ledger_new(60ULL * 1000000, N);
	char id[32];
	struct str s;
	uint64_t h;
	int i;

	for (i = 0; i < N; i++) {
		snprintf(id, sizeof(id), "hashed-%d", i);
		s = str_make(id, strlen(id));
		h = ledger_id_hash(l, s);
		cr_assert_null(ledger_find_hashed(l, s, h));
		cr_assert(!ledger_recent_hashed(l, s, h, 1000));
		jobs[i] = ledger_test_job((uint64_t)i, id);
		if (i % 2)
			ledger_insert_hashed(l, jobs[i], h);
		else
			ledger_insert(l, jobs[i]);
		cr_assert_eq(jobs[i]->idhash, h);
	}
	for (i = 0; i < N; i++) {
		snprintf(id, sizeof(id), "hashed-%d", i);
		s = str_make(id, strlen(id));
		cr_assert_eq(ledger_find(l, s), jobs[i], "lost %s", id);
		cr_assert_eq(ledger_find_hashed(l, s, ledger_id_hash(l, s)),
		    jobs[i]);
		if (i % 2)
			ledger_remember_hashed(l, jobs[i]->article.id,
			    jobs[i]->idhash, 2000);
		else
			ledger_remember(l, s, 2000);
		ledger_remove(l, jobs[i]);
		job_destroy(&jobs[i]);
		cr_assert_null(ledger_find(l, s));
	}
	cr_assert_eq(ledger_count(l), 0);
	cr_assert_eq(ledger_recent_count(l), N);
	for (i = 0; i < N; i++) {
		snprintf(id, sizeof(id), "hashed-%d", i);
		s = str_make(id, strlen(id));
		cr_assert(ledger_recent(l, s, 3000), "forgot %s", id);
		cr_assert(ledger_recent_hashed(l, s, ledger_id_hash(l, s),
		    3000));
	}
	ledger_destroy(&l);
}

Test(ledger, job_keeps_small_frames_valid)
{
	/* A short message lives inside zmq_msg_t: after the move into the
	 * job the slices must point at the job's copy. */
	struct job *j = ledger_test_job(7, "tiny");

	cr_assert_eq(j->article.id.p, (const char *)zmq_msg_data(&j->frame));
	cr_assert_eq(memcmp(j->article.id.p, "tiny", 4), 0);
	job_destroy(&j);
}
