/*
 * test_worker.c — the worker's own rules that can be held apart from its
 * sockets and threads (the rest is end to end: test_e2e.c, test_chaos.c):
 * when a finished job's DONE is kept back for the ones after it, and
 * which jobs the main thread runs itself.
 */
#include <criterion/criterion.h>

#include "worker_hold.h"

/* A 4 KB article's body: small enough to be kept back behind. */
#define TW_BODY		4096

/*
 * Under a deep line (a sustained load) DONEs are held until only
 * WORKER_DONE_HOLD_AHEAD jobs wait, past the 16 DONEs and the 1 ms that
 * bounded them before (a line of 32 came back in DONES of ~8, each a
 * wake-up of quarryd's two threads), up to WORKER_DONE_DEEP_US.
 */
Test(worker, a_deep_line_is_held_past_16_dones_and_1_ms)
{
	cr_assert(worker_done_hold(16, 16, 1, 0, TW_BODY));
	cr_assert(worker_done_hold(20, WORKER_DONE_HOLD_AHEAD, 1, 2000,
	    TW_BODY));
	cr_assert(worker_done_hold(WORKER_CREDIT - 1, WORKER_DONE_HOLD_AHEAD,
	    1, WORKER_DONE_DEEP_US - 1, TW_BODY));
	cr_assert(!worker_done_hold(1, WORKER_DONE_HOLD_AHEAD, 1,
	    WORKER_DONE_DEEP_US, TW_BODY));
}

/* A shorter line (a stall at a light load) keeps the 1 ms bound: its
 * articles are already late. */
Test(worker, a_short_line_is_held_1_ms_at_most)
{
	cr_assert(worker_done_hold(3, WORKER_DONE_HOLD_AHEAD, 0, 999,
	    TW_BODY));
	cr_assert(!worker_done_hold(3, WORKER_DONE_HOLD_AHEAD, 0,
	    WORKER_DONE_HOLD_US, TW_BODY));
}

/* ... and each bound sends the DONEs at once: a full batch, too few jobs
 * behind, a large next job. */
Test(worker, a_hold_ends_at_its_bounds)
{
	cr_assert(!worker_done_hold(WORKER_DONE_BATCH,
	    WORKER_DONE_HOLD_AHEAD, 1, 0, TW_BODY));
	cr_assert(!worker_done_hold(1, WORKER_DONE_HOLD_AHEAD - 1, 1, 0,
	    TW_BODY));
	cr_assert(!worker_done_hold(1, 0, 0, 0, TW_BODY));
	cr_assert(!worker_done_hold(1, WORKER_DONE_HOLD_AHEAD, 1, 0,
	    WORKER_DONE_HOLD_BYTES + 1));
	cr_assert(worker_done_hold(1, WORKER_DONE_HOLD_AHEAD, 1, 0,
	    WORKER_DONE_HOLD_BYTES));
}

/*
 * The main thread runs a batch itself (worker_inline) only while no DONE
 * of it would be held: at most WORKER_DONE_HOLD_AHEAD jobs, each with
 * fewer than that behind it, and WORKER_INLINE_BYTES of bodies in all.
 */
Test(worker, the_main_thread_runs_short_batches_of_small_jobs)
{
	cr_assert(worker_inline(1, TW_BODY));
	cr_assert(worker_inline(1, WORKER_INLINE_BYTES));
	cr_assert(worker_inline(3, 3 * TW_BODY));
	cr_assert(worker_inline(WORKER_DONE_HOLD_AHEAD,
	    WORKER_DONE_HOLD_AHEAD * TW_BODY));
	cr_assert(!worker_inline(WORKER_DONE_HOLD_AHEAD + 1,
	    (WORKER_DONE_HOLD_AHEAD + 1) * TW_BODY));
	cr_assert(!worker_inline(1, WORKER_INLINE_BYTES + 1));
	cr_assert(!worker_inline(2, WORKER_INLINE_BYTES / 2 + 1 +
	    WORKER_INLINE_BYTES / 2));
	cr_assert(!worker_inline(0, 0));
	/* No DONE of the longest batch it runs would be held. */
	cr_assert(!worker_done_hold(1, WORKER_DONE_HOLD_AHEAD - 1, 0, 0,
	    TW_BODY));
}
