/*
 * outcome.c — how an attempt ends: a result or a dead letter published
 * (on the results socket and, with the sink on, to JetStream), or a
 * retry; and a finished article retired — its id kept for the duplicate
 * window, its spool record done after OUTCOME_DONE_GRACE_US or, with the
 * sink, on JetStream's PubAck.
 */
#include <stdlib.h>
#include <string.h>

#include "broker_private.h"
#include "config.h"
#include "dedupfile.h"
#include "job.h"
#include "ledger.h"
#include "log.h"
#include "message.h"
#include "queue.h"
#include "results.h"
#include "sink.h"
#include "spool.h"
#include "stats.h"
#include "util.h"

/* Topic prefix longest: "result." + PROTO_SOURCE_MAX. */
#define OUTCOME_TOPIC_MAX	(8 + PROTO_SOURCE_MAX)
/*
 * A finished article's DONE goes to the spool this long after its result
 * was handed to ZeroMQ.  PUB confirms nothing: the result leaves the
 * process when ZeroMQ's I/O thread sends it, microseconds later on a
 * healthy machine, and a SIGKILL before that would lose it with its DONE
 * already written at the next tick.  Half a second covers a badly
 * starved I/O thread (not proven: PUB cannot say when a message left);
 * the cost is that a SIGKILL repeats the last half second's results.
 */
#define OUTCOME_DONE_GRACE_US	(500 * 1000ULL)

/*
 * Publish on the XPUB and, with the sink on, hand the same payload to
 * JetStream; sid (the spool record, or 0) is recorded done when the
 * PubAck comes back (outcome_acked).
 */
void
outcome_publish(struct broker *b, const char *kind, const struct result *r,
    uint64_t sid)
{
	char topic[OUTCOME_TOPIC_MAX];
	size_t n = strlen(kind), src = r->source.len, len;
	const char *payload;

	/* "kind.source", cut to fit as snprintf did; built by hand, as
	 * snprintf cost more than encoding the Result. */
	if (n > sizeof(topic) - 1)
		n = sizeof(topic) - 1;
	memcpy(topic, kind, n);
	if (n < sizeof(topic) - 1)
		topic[n++] = '.';
	if (src > sizeof(topic) - 1 - n)
		src = sizeof(topic) - 1 - n;
	if (src > 0)
		memcpy(topic + n, r->source.p, src);
	n += src;
	if (r->error.len > 0) {
		if (proto_encode_result(&b->out, r) == -1)
			fatal("encode dead letter");
		payload = b->out.data;
		len = b->out.len;
	} else {
		/*
		 * A result's items come from the DONE just decoded, whose
		 * frame is still held: copied from it (the same bytes).  It
		 * is written where ZeroMQ will send it from, after the room
		 * results.c keeps in front, instead of being copied there.
		 */
		if (proto_encode_result_reusing_at(&b->res_out,
		    RESULTS_HEADROOM, r, b->dec) == -1)
			fatal("encode result");
		payload = b->res_out.data + RESULTS_HEADROOM;
		len = b->res_out.len - RESULTS_HEADROOM;
	}
	/* The sink copies the payload; before the XPUB takes it. */
	if (b->sink != NULL)
		sink_publish(b->sink, kind, r->source, r->id, r->seq, payload,
		    len, sid);
	/* Never blocks: a subscriber that does not read loses results
	 * (results.h), the others do not. */
	if ((r->error.len > 0 ? results_publish(b->res, topic, n, payload,
	    len) : results_publish_buf(b->res, topic, n, &b->res_out)) == -1)
		log_warn("results: publish seq %llu",
		    (unsigned long long)r->seq);
	else
		b->stats.bytes_out += (uint64_t)n + len;
}

/* Give the spool the DONEs whose grace has passed (all, at exit). */
void
outcome_done_due(struct broker *b, int all)
{
	uint64_t now = now_us();

	while (b->fin_n > 0 && (all ||
	    b->fin[b->fin_head].at_us + OUTCOME_DONE_GRACE_US <= now)) {
		spool_done(b->spool, b->fin[b->fin_head].sid);
		b->fin_head = (b->fin_head + 1) % b->fin_cap;
		b->fin_n--;
	}
}

/* A finished article's DONE, after the grace (a ring, grown by copy). */
static void
done_later(struct broker *b, uint64_t sid)
{
	if (b->fin_n == b->fin_cap) {
		size_t cap = b->fin_cap ? b->fin_cap * 2 : 1024, i;
		struct broker_fin *f = xreallocarray(NULL, cap, sizeof(*f));

		for (i = 0; i < b->fin_n; i++)
			f[i] = b->fin[(b->fin_head + i) % b->fin_cap];
		free(b->fin);
		b->fin = f;
		b->fin_cap = cap;
		b->fin_head = 0;
	}
	b->fin[(b->fin_head + b->fin_n) % b->fin_cap].sid = sid;
	b->fin[(b->fin_head + b->fin_n) % b->fin_cap].at_us = now_us();
	b->fin_n++;
}

/* The job is finished for good: record it (with the sink on, when its
 * PubAck arrives; else after OUTCOME_DONE_GRACE_US), and forget it. */
void
outcome_retire(struct broker *b, struct job *j)
{
	if (j->sid != 0 && b->sink == NULL)
		done_later(b, j->sid);
	ledger_remember_hashed(b->ledger, j->article.id, j->idhash,
	    now_us());
	if (b->dedup != NULL)
		dedupfile_add(b->dedup, j->article.id);
	ledger_remove(b->ledger, j);
	job_destroy(&j);
}

void
outcome_dead_letter(struct broker *b, struct job *j)
{
	struct result r;
	char ex[LOG_EXCERPT_BUFSZ];

	memset(&r, 0, sizeof(r));
	r.id = j->article.id;
	r.url = j->article.url;
	r.source = j->article.source;
	r.published = j->article.published;
	r.seq = ++b->seq;
	r.error = str_make(j->error, strlen(j->error));
	r.attempts = j->attempt;
	log_warnx("article \"%s\": dead letter after %u attempt%s: %s",
	    log_excerpt(ex, j->article.id.p, j->article.id.len), j->attempt,
	    j->attempt == 1 ? "" : "s", j->error);
	outcome_publish(b, "dead", &r, j->sid);
	b->stats.dead++;
	stats_source(&b->stats, j->article.source.p, j->article.source.len,
	    STATS_DEAD);
	stats_dead_letter(&b->stats, j->article.id.p, j->article.id.len,
	    j->article.source.p, j->article.source.len, j->error, j->attempt);
	outcome_retire(b, j);
}

/* An attempt failed (reason already in j->error): retry or give up. */
void
outcome_retry(struct broker *b, struct job *j)
{
	j->owner = NULL;
	if (j->attempt >= b->cfg->max_attempts) {
		outcome_dead_letter(b, j);
		return;
	}
	b->stats.redeliveries++;
	queue_push_front(&b->queue, j);
}

/* --- the JetStream sink --- */

/* JetStream has the result: its article is done.  (The pump that ends
 * this turn dispatches into the room the ack made.) */
static void
outcome_acked(void *arg, uint64_t sid)
{
	struct broker *b = arg;

	if (sid != 0)
		spool_done(b->spool, sid);
}

int
outcome_sink_open(struct broker *b)
{
	struct config *c = b->cfg;
	struct sink_settings set;
	char err[CONFIG_PATH_MAX + 512];

	memset(&set, 0, sizeof(set));
	set.servers = c->sink;
	set.stream = c->sink_stream;
	set.user = c->sink_user;
	set.password_file = c->sink_password_file;
	set.nkey = c->sink_nkey;
	set.nkey_seed = c->sink_nkey_seed;
	set.ca_file = c->sink_ca;
	if (c->sink_max_age != NULL && sink_parse_age(c->sink_max_age,
	    &set.max_age_s, err, sizeof(err)) == -1) {
		log_warnx("sink-max-age: %s", err);
		return -1;
	}
	set.replicas = c->sink_replicas;
	set.duplicate_window_ms = c->dedup_window_ms;
	set.buffer = c->sink_buffer;
	if ((b->sink = sink_new(b->base, &set, outcome_acked, b, err,
	    sizeof(err))) == NULL) {
		log_warnx("%s", err);
		return -1;
	}
	return 0;
}
