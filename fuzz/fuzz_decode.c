/*
 * fuzz_decode.c — libFuzzer harness for every wire decoder: one input is
 * handed as a whole frame to proto_decode_article, _ack, _wmsg, _result
 * and proto_peek_id, each on the same reused decoder, as the broker,
 * the worker and the clients reuse theirs.  A success must leave slices
 * inside the frame; anything else is the sanitizers' to catch.  A second
 * decoder reads worker messages without the fast path for a DONE's
 * quotes and dates: verdict, reason and values must be the same.  The
 * messages of a batch (JOBS, DONES) are decoded each, by both.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct proto_decoder *dec, *general;

/* The same DONE items from the fast path and from the general walk. */
static void
fuzz_same_items(const struct result *a, const struct result *b)
{
	size_t i;

	if (a->nquotes != b->nquotes || a->ndates != b->ndates)
		abort();
	for (i = 0; i < a->nquotes; i++) {
		const struct quote *x = &a->quotes[i], *y = &b->quotes[i];

		if (x->start != y->start || x->end != y->end ||
		    x->kind != y->kind || x->speaker.p != y->speaker.p ||
		    x->speaker.len != y->speaker.len ||
		    x->speaker_start != y->speaker_start ||
		    x->speaker_end != y->speaker_end || x->cue.p != y->cue.p ||
		    x->cue.len != y->cue.len)
			abort();
	}
	for (i = 0; i < a->ndates; i++) {
		const struct timex3 *x = &a->dates[i], *y = &b->dates[i];

		if (x->start != y->start || x->end != y->end ||
		    x->type != y->type || x->mod != y->mod ||
		    memcmp(x->value, y->value, sizeof(x->value)) != 0)
			abort();
	}
}

/* A decoded slice must lie inside the frame (or be absent). */
static void
fuzz_inside(struct str s, const uint8_t *buf, size_t len)
{
	if (s.p == NULL)
		return;
	if ((const uint8_t *)s.p < buf || s.len > len ||
	    (const uint8_t *)s.p - buf > (ptrdiff_t)(len - s.len))
		abort();
}

/*
 * Each message of a batch, by both decoders: the same verdict, reason,
 * type and job, the same items, slices inside the frame; and the batch's
 * messages still there after each.
 */
static void
fuzz_batch(const struct wmsg *m, const struct wmsg *g, const uint8_t *buf,
    size_t size)
{
	char err[PROTO_ERR_MAX], gerr[PROTO_ERR_MAX];
	struct wmsg x, y;
	size_t i;
	int rc;

	if (m->nmsgs != g->nmsgs || m->nmsgs < 1 || m->nmsgs > PROTO_BATCH_MAX)
		abort();
	for (i = 0; i < m->nmsgs; i++) {
		fuzz_inside(m->msgs[i], buf, size);
		rc = proto_decode_wmsg_item(dec, m, i, &x, err, sizeof(err));
		if (proto_decode_wmsg_item(general, g, i, &y, gerr,
		    sizeof(gerr)) != rc || x.type != y.type || x.job != y.job ||
		    (rc == -1 && strcmp(err, gerr) != 0))
			abort();
		if (rc == -1)
			continue;
		if (x.type != (m->type == WMSG_JOBS ? WMSG_JOB : WMSG_DONE))
			abort();
		fuzz_inside(x.article.body, buf, size);
		fuzz_same_items(&x.result, &y.result);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[PROTO_ERR_MAX], gerr[PROTO_ERR_MAX];
	struct article a;
	struct ack k;
	struct wmsg m, g;
	int rc;
	struct result r;
	struct str id;
	uint8_t *buf;

	if (dec == NULL && (dec = proto_decoder_new()) == NULL)
		abort();
	if (general == NULL) {
		if ((general = proto_decoder_new()) == NULL)
			abort();
		proto_decoder_fast_items(general, 0);
	}
	/* A copy of exactly size bytes, so ASan sees any overread. */
	if ((buf = malloc(size ? size : 1)) == NULL)
		abort();
	memcpy(buf, data, size);

	if (proto_decode_article(dec, buf, size, &a, err, sizeof(err)) == 0) {
		fuzz_inside(a.id, buf, size);
		fuzz_inside(a.body, buf, size);
		if (a.id.len == 0 || a.body.len == 0)
			abort();
	} else if (memchr(err, '\0', sizeof(err)) == NULL)
		abort();
	if (proto_decode_ack(dec, buf, size, &k, err, sizeof(err)) == 0)
		fuzz_inside(k.id, buf, size);
	memset(&m, 0, sizeof(m));
	rc = proto_decode_wmsg(dec, buf, size, &m, err, sizeof(err));
	if (rc == 0) {
		fuzz_inside(m.name, buf, size);
		fuzz_inside(m.article.body, buf, size);
	}
	if (proto_decode_wmsg(general, buf, size, &g, gerr,
	    sizeof(gerr)) != rc || g.type != m.type || g.job != m.job ||
	    (rc == -1 && strcmp(err, gerr) != 0))
		abort();
	if (rc == 0)
		fuzz_same_items(&m.result, &g.result);
	if (rc == 0 && (m.type == WMSG_JOBS || m.type == WMSG_DONES))
		fuzz_batch(&m, &g, buf, size);
	if (proto_decode_result(dec, buf, size, &r, err, sizeof(err)) == 0)
		fuzz_inside(r.id, buf, size);
	if (proto_peek_id(dec, buf, size, &id) == 0)
		fuzz_inside(id, buf, size);
	free(buf);
	return 0;
}
