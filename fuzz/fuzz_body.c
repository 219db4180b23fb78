/*
 * fuzz_body.c — the extractor harnesses' common half (fuzz_body.h).
 */
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "fuzz_body.h"
#include "message.h"
#include "utf8.h"

/* Anchors for relative dates: plain, with a time and an offset, a leap
 * second at a year's end, and the first legal year. */
static const char *const fuzz_published[] = {
	"2016-08-15",
	"2016-08-15T10:30:00Z",
	"1999-12-31T23:59:60+05:30",
	"0001-01-01",
};

int
fuzz_extract_one(enum extract_mode mode, const uint8_t *data, size_t size)
{
	static struct extract *x;
	static struct proto_decoder *dec;
	static struct pbuf out;
	struct wmsg done, back;
	char err[PROTO_ERR_MAX], *body;
	struct article a;
	struct result r;
	size_t n, i, bad, off;
	const char *pub;

	if (size < 2)
		return 0;
	if (x == NULL && (x = extract_new()) == NULL)
		abort();
	if (dec == NULL && (dec = proto_decoder_new()) == NULL)
		abort();
	n = size - 1;
	if ((body = malloc(n)) == NULL)
		abort();
	memcpy(body, data + 1, n);
	for (i = 0; i < n; i++)
		if (body[i] == '\0')
			body[i] = ' ';
	/* From just past each byte replaced, not from the start: a body of
	 * bad bytes would otherwise be scanned once for each of them. */
	for (off = 0; !utf8_valid(body + off, n - off, &bad); off += bad + 1)
		body[off + bad] = '?';

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("fuzz");
	a.body = str_make(body, n);
	if (data[0] & 1) {
		pub = fuzz_published[(data[0] >> 1) % 4];
		a.published = str_make(pub, strlen(pub));
	}
	if (proto_article_check(&a, err, sizeof(err)) == -1)
		abort();
	memset(&r, 0, sizeof(r));
	if (extract_run(x, mode, &a, &r) == -1)
		abort();
	/* What a worker sends, the broker must accept. */
	if (proto_result_check(&r, a.body, err, sizeof(err)) == -1)
		abort();
	/*
	 * The round trip an honest worker's answer takes: encoded as a
	 * DONE, decoded and checked by the broker.  A DONE over the frame
	 * limit is reported as an error by the worker, not sent.
	 */
	memset(&done, 0, sizeof(done));
	done.type = WMSG_DONE;
	done.job = 1;
	done.result = r;
	if (proto_encode_wmsg(&out, &done) == -1)
		abort();
	if (out.len <= PROTO_FRAME_MAX) {
		memset(&back, 0, sizeof(back));
		if (proto_decode_wmsg(dec, out.data, out.len, &back, err,
		    sizeof(err)) == -1 ||
		    proto_result_check(&back.result, a.body, err,
		    sizeof(err)) == -1)
			abort();
	}
	for (i = 1; i < r.nquotes; i++)
		if (r.quotes[i].start < r.quotes[i - 1].start)
			abort();
	for (i = 1; i < r.ndates; i++)
		if (r.dates[i].start < r.dates[i - 1].start)
			abort();
	free(body);
	return 0;
}
