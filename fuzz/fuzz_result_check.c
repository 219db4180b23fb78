/*
 * fuzz_result_check.c — libFuzzer harness for the broker's path from a
 * worker's DONE to a published Result: proto_decode_wmsg, then
 * proto_result_check against a body, then proto_encode_result.
 *
 * Input: one byte n, then n bytes of body (made valid UTF-8 the way a
 * real body must be), then the DONE frame.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct proto_decoder *dec;
static struct pbuf out;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[PROTO_ERR_MAX], *body;
	struct wmsg m;
	size_t n, i, bad, off;
	uint8_t *frame;

	if (size < 1)
		return 0;
	if (dec == NULL && (dec = proto_decoder_new()) == NULL)
		abort();
	n = data[0];
	if (n > size - 1)
		n = size - 1;
	/* The broker only holds bodies that passed the article check. */
	if ((body = malloc(n ? n : 1)) == NULL)
		abort();
	memcpy(body, data + 1, n);
	for (i = 0; i < n; i++)
		if (body[i] == '\0')
			body[i] = ' ';
	/* From just past each byte replaced, not from the start: a body of
	 * bad bytes would otherwise be scanned once for each of them. */
	for (off = 0; !utf8_valid(body + off, n - off, &bad); off += bad + 1)
		body[off + bad] = '?';
	if ((frame = malloc(size - 1 - n ? size - 1 - n : 1)) == NULL)
		abort();
	memcpy(frame, data + 1 + n, size - 1 - n);

	memset(&m, 0, sizeof(m));
	if (proto_decode_wmsg(dec, frame, size - 1 - n, &m, err,
	    sizeof(err)) == 0 && m.type == WMSG_DONE && m.error.len == 0 &&
	    proto_result_check(&m.result, str_make(body, n), err,
	    sizeof(err)) == 0) {
		for (i = 0; i < m.result.nquotes; i++)
			if (m.result.quotes[i].end > n ||
			    m.result.quotes[i].text.len !=
			    m.result.quotes[i].end - m.result.quotes[i].start)
				abort();
		for (i = 0; i < m.result.ndates; i++)
			if (m.result.dates[i].end > n)
				abort();
		m.result.id = STR_LIT("fuzz");
		if (proto_encode_result(&out, &m.result) == -1)
			abort();
	}
	free(frame);
	free(body);
	return 0;
}
