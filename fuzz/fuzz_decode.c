/*
 * fuzz_decode.c — libFuzzer harness for every wire decoder: one input is
 * handed as a whole frame to proto_decode_article, _ack, _wmsg, _result
 * and proto_peek_id, each on the same reused decoder, as the broker,
 * the worker and the clients reuse theirs.  A success must leave slices
 * inside the frame; anything else is the sanitizers' to catch.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct proto_decoder *dec;

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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[PROTO_ERR_MAX];
	struct article a;
	struct ack k;
	struct wmsg m;
	struct result r;
	struct str id;
	uint8_t *buf;

	if (dec == NULL && (dec = proto_decoder_new()) == NULL)
		abort();
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
	if (proto_decode_wmsg(dec, buf, size, &m, err, sizeof(err)) == 0) {
		fuzz_inside(m.name, buf, size);
		fuzz_inside(m.article.body, buf, size);
	}
	if (proto_decode_result(dec, buf, size, &r, err, sizeof(err)) == 0)
		fuzz_inside(r.id, buf, size);
	if (proto_peek_id(dec, buf, size, &id) == 0)
		fuzz_inside(id, buf, size);
	free(buf);
	return 0;
}
