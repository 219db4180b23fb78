/*
 * test_results.c — daemon/results.c: which subscriptions are a topic's
 * prefix, the bytes held for subscribers as libzmq keeps and frees them,
 * and the probe that counts a full queue without losing the result for
 * the others.  (The budget and the caps end to end: test_hostile.c.)
 */
#include <string.h>
#include <time.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "message.h"
#include "results.h"
#include "zsock.h"

Test(results, subscriptions_must_be_a_prefix_of_a_published_topic)
{
	static const char *const ok[] = { "", "r", "result", "result.",
	    "result.upi.com", "d", "dead", "dead.", "dead.upi.com", "q",
	    "quarry.", "quarry.hello" };
	static const char *const refused[] = { "results.", "resultX",
	    "deadX", "ello", "quarry.hello.", "quarry.hellos", "quarry.x",
	    "foo", "Result." };
	char long_source[8 + PROTO_SOURCE_MAX + 2];
	size_t i;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		cr_assert(results_topic_ok(ok[i], strlen(ok[i])), "%s", ok[i]);
	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
		cr_assert(!results_topic_ok(refused[i], strlen(refused[i])),
		    "%s", refused[i]);
	/* A source is at most PROTO_SOURCE_MAX bytes, so is the rest. */
	memcpy(long_source, "result.", 7);
	memset(long_source + 7, 's', PROTO_SOURCE_MAX + 1);
	cr_assert(results_topic_ok(long_source, 7 + PROTO_SOURCE_MAX));
	cr_assert(!results_topic_ok(long_source, 7 + PROTO_SOURCE_MAX + 1));
	/* A byte that is no text is still a byte of a source's prefix. */
	cr_assert(results_topic_ok("dead.\0x", 7));
}

static uint64_t
rt_held(const struct results *r)
{
	struct results_counts c;

	results_counts(r, &c);
	return c.held_bytes;
}

/* Read the XPUB (which also lets libzmq act on its pipes' news) until
 * what(r) or a bounded wait ends; whether what(r) held. */
static int
rt_until(struct results *r, struct zsock *z, int (*what)(struct results *))
{
	struct timespec pause = { 0, 10 * 1000000 };
	int i, hello;

	for (i = 0; i < 500; i++) {
		zmq_pollitem_t p = { z->sock, 0, ZMQ_POLLIN, 0 };

		if (what(r))
			return 1;
		(void)zmq_poll(&p, 1, 0);
		while (results_read(r, "quarry.hello", &hello))
			;
		nanosleep(&pause, NULL);
	}
	return what(r);
}

static int rt_subs;

static int
rt_subscribed(struct results *r)
{
	(void)r;
	return rt_subs > 0;
}

static int
rt_nothing_held(struct results *r)
{
	return rt_held(r) == 0;
}

Test(results, held_bytes_follow_libzmq_and_a_full_queue_is_counted)
{
	void *ctx = zmq_ctx_new(), *slow, *fast;
	struct zsock *z = zsock_new(ctx, ZMQ_XPUB, "results");
	struct results *r = results_new(z, NULL, 1 << 20);
	struct results_counts c;
	char payload[1000];
	int one = 1, zero = 0, i, n, got = 0, hello;

	/* A small mark, before any subscriber: a queue fills fast. */
	zsock_set_int(z, ZMQ_SNDHWM, 4);
	cr_assert(zmq_bind(z->sock, "inproc://results") == 0);
	slow = zmq_socket(ctx, ZMQ_SUB);
	fast = zmq_socket(ctx, ZMQ_SUB);
	zmq_setsockopt(slow, ZMQ_RCVHWM, &one, sizeof(one));
	zmq_setsockopt(fast, ZMQ_RCVHWM, &zero, sizeof(zero));
	cr_assert(zmq_connect(slow, "inproc://results") == 0);
	cr_assert(zmq_connect(fast, "inproc://results") == 0);
	zmq_setsockopt(slow, ZMQ_SUBSCRIBE, "result.", 7);
	zmq_setsockopt(fast, ZMQ_SUBSCRIBE, "result.", 7);
	/* Both subscriptions in (VERBOSE hands each one up). */
	for (i = 0; i < 500 && rt_subs < 2; i++)
		if (results_read(r, "quarry.hello", &hello))
			rt_subs++;
		else {
			zmq_pollitem_t p = { z->sock, 0, ZMQ_POLLIN, 0 };

			(void)zmq_poll(&p, 1, 10);
		}
	cr_assert_eq(rt_subs, 2);
	cr_assert(rt_until(r, z, rt_subscribed));
	memset(payload, 'x', sizeof(payload));
	for (i = 0; i < 20; i++)
		cr_assert(results_publish(r, "result.x", 8, payload,
		    sizeof(payload)) == 0);
	results_counts(r, &c);
	/* The slow one holds a few and refused the rest: counted once per
	 * stretch, not per result (libzmq sets the queue aside). */
	cr_assert(c.queue_full >= 1, "queue_full %llu",
	    (unsigned long long)c.queue_full);
	cr_assert(c.held_bytes > 0 && c.held_bytes <= 20 * sizeof(payload),
	    "held %llu", (unsigned long long)c.held_bytes);
	/* The fast one lost nothing. */
	for (i = 0; i < 20; i++) {
		char topic[16], buf[sizeof(payload)];

		if ((n = zmq_recv(fast, topic, sizeof(topic), 0)) != 8)
			break;
		cr_assert_eq(zmq_recv(fast, buf, sizeof(buf), 0),
		    (int)sizeof(payload));
		got++;
	}
	cr_assert_eq(got, 20);
	/* Gone subscribers take what was queued for them with them. */
	zmq_close(slow);
	zmq_close(fast);
	cr_assert(rt_until(r, z, rt_nothing_held), "held %llu",
	    (unsigned long long)rt_held(r));
	results_destroy(&r);
	zsock_destroy(&z);
	zmq_ctx_term(ctx);
}
