/*
 * test_badinput.c — the catalogue of hostile input, producer side, end to
 * end against a real quarryd (docs/security.md lists what it covers):
 * each kind of bad frame is sent on the ingest socket and must come back
 * as a `rejected` ack whose reason names the field at fault; between
 * every two, a valid article is accepted, and at the end every accepted
 * article has produced exactly one result.  The worker side, frames over
 * PROTO_FRAME_MAX and the sandbox are in test_badinput_worker.c; what
 * both share in badinput_check.h.
 */
#include "badinput_check.h"

/* --- a msgpack writer that can lie: every header is written by hand --- */

struct bi_buf {
	unsigned char	*p;
	size_t		 len, cap;
};

static void
bi_put(struct bi_buf *b, const void *p, size_t n)
{
	if (b->len + n > b->cap) {
		b->cap = (b->len + n) * 2 + 64;
		b->p = realloc(b->p, b->cap);
		cr_assert(b->p != NULL);
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
}

static void
bi_u8(struct bi_buf *b, unsigned v)
{
	unsigned char c = (unsigned char)v;

	bi_put(b, &c, 1);
}

static void
bi_be32(struct bi_buf *b, uint32_t v)
{
	bi_u8(b, v >> 24);
	bi_u8(b, (v >> 16) & 0xff);
	bi_u8(b, (v >> 8) & 0xff);
	bi_u8(b, v & 0xff);
}

/* A str header claiming n bytes, and then the n bytes of p. */
static void
bi_strn(struct bi_buf *b, const char *p, size_t n)
{
	if (n < 32)
		bi_u8(b, 0xa0 | (unsigned)n);
	else {
		bi_u8(b, 0xdb);
		bi_be32(b, (uint32_t)n);
	}
	bi_put(b, p, n);
}

static void
bi_str(struct bi_buf *b, const char *s)
{
	bi_strn(b, s, strlen(s));
}

static void
bi_map(struct bi_buf *b, unsigned n)
{
	cr_assert(n < 16);
	bi_u8(b, 0x80 | n);
}

/* "id": id and "body": BI_BODY, the two required entries. */
static void
bi_id_body(struct bi_buf *b, const char *id)
{
	bi_str(b, "id");
	bi_str(b, id);
	bi_str(b, "body");
	bi_str(b, BI_BODY);
}

/* A valid article map of two entries plus `extra` more the caller adds. */
static void
bi_article(struct bi_buf *b, const char *id, unsigned extra)
{
	bi_map(b, 2 + extra);
	bi_id_body(b, id);
}

/* --- the producer-side catalogue --- */

struct bi_case {
	const char	*name;
	void		(*build)(struct bi_buf *);
	const char	*want;		/* the reason must contain this */
	const char	*echo;		/* the ack's id, or NULL for nil */
	int		 frames;	/* payload frames: 0 one, -1 none */
	int		 delim;		/* -1: no delimiter frame */
};

static void
bc_text(struct bi_buf *b)
{
	bi_put(b, "this is not msgpack", 19);
}

static void
bc_reserved(struct bi_buf *b)
{
	bi_map(b, 1);
	bi_str(b, "id");
	bi_u8(b, 0xc1);
}

static void
bc_truncated(struct bi_buf *b)
{
	bi_article(b, "cut", 0);
	b->len -= 10;
}

static void
bc_trailing(struct bi_buf *b)
{
	bi_article(b, "trailing", 0);
	bi_put(b, "\x01\x02\x03", 3);
}

static void
bc_empty(struct bi_buf *b)
{
	(void)b;
}

static void
bc_array(struct bi_buf *b)
{
	bi_u8(b, 0x92);
	bi_str(b, "id");
	bi_str(b, "x");
}

static void
bc_string(struct bi_buf *b)
{
	bi_str(b, "an article");
}

static void
bc_integer(struct bi_buf *b)
{
	bi_u8(b, 0x2a);
}

static void
bc_nil(struct bi_buf *b)
{
	bi_u8(b, 0xc0);
}

static void
bc_huge_str(struct bi_buf *b)
{
	bi_map(b, 2);
	bi_str(b, "id");
	bi_str(b, "huge-str");
	bi_str(b, "body");
	bi_u8(b, 0xdb);
	bi_be32(b, 0xffffffffu);
	bi_put(b, "abc", 3);
}

static void
bc_huge_bin(struct bi_buf *b)
{
	bi_map(b, 2);
	bi_str(b, "id");
	bi_str(b, "huge-bin");
	bi_str(b, "body");
	bi_u8(b, 0xc6);
	bi_be32(b, 0xfffffff0u);
	bi_put(b, "abc", 3);
}

static void
bc_huge_array(struct bi_buf *b)
{
	bi_article(b, "huge-array", 1);
	bi_str(b, "tags");
	bi_u8(b, 0xdd);
	bi_be32(b, 0xffffffffu);
	bi_u8(b, 0xc0);
}

static void
bc_huge_map(struct bi_buf *b)
{
	bi_u8(b, 0xdf);
	bi_be32(b, 0xffffffffu);
	bi_id_body(b, "huge-map");
}

static void
bc_many_entries(struct bi_buf *b)
{
	char k[8];
	int i;

	bi_u8(b, 0xde);
	bi_u8(b, 0);
	bi_u8(b, 65);
	bi_id_body(b, "wide");
	for (i = 0; i < 63; i++) {
		snprintf(k, sizeof(k), "k%d", i);
		bi_str(b, k);
		bi_u8(b, 0xc0);
	}
}

static void
bc_many_objects(struct bi_buf *b)
{
	int i;

	bi_article(b, "objects", 1);
	bi_str(b, "tags");
	bi_u8(b, 0xdc);
	bi_u8(b, 5000 >> 8);
	bi_u8(b, 5000 & 0xff);
	for (i = 0; i < 5000; i++)
		bi_u8(b, 0xc0);
}

static void
bc_deep(struct bi_buf *b)
{
	int i;

	bi_article(b, "deep", 1);
	bi_str(b, "tags");
	for (i = 0; i < BI_DEEP; i++)
		bi_u8(b, 0x91);
	bi_u8(b, 0xc0);
}

static void
bc_ext(struct bi_buf *b)
{
	bi_article(b, "ext", 1);
	bi_str(b, "when");
	/* fixext 4, type -1: the msgpack timestamp */
	bi_put(b, "\xd6\xff\x00\x00\x00\x01", 6);
}

static void
bc_dup_key(struct bi_buf *b)
{
	bi_article(b, "dup", 1);
	bi_str(b, "id");
	bi_str(b, "dup-again");
}

static void
bc_int_key(struct bi_buf *b)
{
	bi_map(b, 3);
	bi_u8(b, 0x01);
	bi_u8(b, 0x02);
	bi_id_body(b, "int-key");
}

static void
bc_bin_key(struct bi_buf *b)
{
	bi_map(b, 3);
	bi_id_body(b, "bin-key");
	bi_put(b, "\xc4\x02id", 4);
	bi_str(b, "x");
}

static void
bc_no_id(struct bi_buf *b)
{
	bi_map(b, 1);
	bi_str(b, "body");
	bi_str(b, BI_BODY);
}

static void
bc_empty_id(struct bi_buf *b)
{
	bi_article(b, "", 0);
}

static void
bc_long_id(struct bi_buf *b)
{
	char id[PROTO_ID_MAX + 2];

	memset(id, 'i', PROTO_ID_MAX + 1);
	id[PROTO_ID_MAX + 1] = '\0';
	bi_article(b, id, 0);
}

static void
bc_nul_id(struct bi_buf *b)
{
	bi_map(b, 2);
	bi_str(b, "id");
	bi_strn(b, "a\0b", 3);
	bi_str(b, "body");
	bi_str(b, BI_BODY);
}

static void
bc_int_id(struct bi_buf *b)
{
	bi_map(b, 2);
	bi_str(b, "id");
	bi_u8(b, 0x07);
	bi_str(b, "body");
	bi_str(b, BI_BODY);
}

static void
bc_nil_id(struct bi_buf *b)
{
	bi_map(b, 2);
	bi_str(b, "id");
	bi_u8(b, 0xc0);
	bi_str(b, "body");
	bi_str(b, BI_BODY);
}

/* {"id": id, "body": <the value the caller writes>} */
static void
bi_body_of(struct bi_buf *b, const char *id)
{
	bi_map(b, 2);
	bi_str(b, "id");
	bi_str(b, id);
	bi_str(b, "body");
}

static void
bc_no_body(struct bi_buf *b)
{
	bi_map(b, 1);
	bi_str(b, "id");
	bi_str(b, "no-body");
}

static void
bc_int_body(struct bi_buf *b)
{
	bi_body_of(b, "int-body");
	bi_u8(b, 0xcd);
	bi_u8(b, 0x12);
	bi_u8(b, 0x34);
}

static void
bc_bin_body(struct bi_buf *b)
{
	bi_body_of(b, "bin-body");
	bi_put(b, "\xc4\x03" "abc", 5);
}

static void
bc_array_body(struct bi_buf *b)
{
	bi_body_of(b, "array-body");
	bi_u8(b, 0x91);
	bi_str(b, "text");
}

static void
bc_float_body(struct bi_buf *b)
{
	bi_body_of(b, "float-body");
	bi_put(b, "\xcb\x40\x09\x21\xfb\x54\x44\x2d\x18", 9);
}

static void
bc_empty_body(struct bi_buf *b)
{
	bi_body_of(b, "empty-body");
	bi_str(b, "");
}

static void
bc_nul_body(struct bi_buf *b)
{
	bi_body_of(b, "nul-body");
	bi_strn(b, "before\0after", 12);
}

static void
bc_big_body(struct bi_buf *b)
{
	char *big = malloc(PROTO_BODY_MAX + 1);

	cr_assert(big != NULL);
	memset(big, 'a', PROTO_BODY_MAX + 1);
	bi_body_of(b, "big-body");
	bi_strn(b, big, PROTO_BODY_MAX + 1);
	free(big);
}

static void
bc_overlong2(struct bi_buf *b)
{
	bi_body_of(b, "overlong-2");
	bi_str(b, "slash \xc0\xaf here");
}

static void
bc_overlong3(struct bi_buf *b)
{
	bi_body_of(b, "overlong-3");
	bi_str(b, "nul \xe0\x80\x80 here");
}

static void
bc_overlong4(struct bi_buf *b)
{
	bi_body_of(b, "overlong-4");
	bi_str(b, "a \xf0\x82\x82\xac euro");
}

static void
bc_surrogate(struct bi_buf *b)
{
	bi_body_of(b, "surrogate");
	bi_str(b, "half \xed\xa0\x80 a pair");
}

static void
bc_truncated_seq(struct bi_buf *b)
{
	bi_body_of(b, "truncated-seq");
	bi_str(b, "ends in \xe2\x80");
}

static void
bc_lone_cont(struct bi_buf *b)
{
	bi_body_of(b, "continuation");
	bi_str(b, "stray \x80\xbf bytes");
}

static void
bc_above_max(struct bi_buf *b)
{
	bi_body_of(b, "above-10ffff");
	bi_str(b, "\xf4\x90\x80\x80");
}

static void
bc_bad_title(struct bi_buf *b)
{
	bi_article(b, "bad-title", 1);
	bi_str(b, "title");
	bi_str(b, "caf\xe9");
}

static void
bc_long_source(struct bi_buf *b)
{
	char s[PROTO_SOURCE_MAX + 2];

	memset(s, 's', PROTO_SOURCE_MAX + 1);
	s[PROTO_SOURCE_MAX + 1] = '\0';
	bi_article(b, "long-source", 1);
	bi_str(b, "source");
	bi_str(b, s);
}

static void
bc_bad_published(struct bi_buf *b)
{
	bi_article(b, "bad-published", 1);
	bi_str(b, "published");
	bi_str(b, "2016-02-30");
}

static void
bc_version2(struct bi_buf *b)
{
	bi_article(b, "v2", 1);
	bi_str(b, "v");
	bi_u8(b, 0x02);
}

static void
bc_version_str(struct bi_buf *b)
{
	bi_article(b, "v-str", 1);
	bi_str(b, "v");
	bi_str(b, "1");
}

static void
bc_valid(struct bi_buf *b)
{
	bi_article(b, "framed", 0);
}

/* Send [""][payload x frames], or payload frames alone (delim -1). */
static void
bi_send(void *sock, const struct bi_buf *b, int frames, int delim)
{
	int i, flags;

	if (delim >= 0)
		cr_assert(zmq_send(sock, "", 0, frames > 0 ? ZMQ_SNDMORE :
		    0) == 0);
	for (i = 0; i < frames; i++) {
		flags = i + 1 < frames ? ZMQ_SNDMORE : 0;
		cr_assert(zmq_send(sock, b->p, b->len, flags) ==
		    (int)b->len, "send: %s", zmq_strerror(zmq_errno()));
	}
}


/*
 * Every case against one daemon with one real worker, each followed by
 * a valid article; then every valid article's result, exactly once.
 */
static void
bi_catalogue(const struct bi_case *cases, size_t n)
{
	struct th_daemon *dp = &bi_daemon, d;
	struct th_result r;
	struct ack ack;
	struct bi_buf b = { NULL, 0, 0 };
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX], ok[32];
	char *seen;
	void *ctx, *sub, *prod;
	size_t i;
	int k, got;

	th_daemon_start(dp, 1, NULL);
	d = *dp;
	ctx = th_ctx();
	sub = th_subscriber(ctx, d.results, "");
	prod = th_producer(ctx, d.ingest);
	seen = calloc(n, 1);
	cr_assert(seen != NULL);
	for (i = 0; i < n; i++) {
		const struct bi_case *c = &cases[i];

		b.len = 0;
		c->build(&b);
		bi_send(prod, &b, c->frames == 0 ? 1 : c->frames < 0 ? 0 :
		    c->frames, c->delim);
		got = bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
		    sizeof(err), TH_WAIT_MS);
		cr_assert(got >= 0, "%s: no ack; log:\n%s", c->name,
		    th_daemon_log(&d));
		cr_assert_eq(ack.status, ACK_REJECTED, "%s: %s, not rejected",
		    c->name, ack_status_name(ack.status));
		cr_assert(strstr(err, c->want) != NULL, "%s: reason \"%s\" "
		    "does not name \"%s\"", c->name, err, c->want);
		if (c->echo != NULL)
			cr_assert_str_eq(idbuf, c->echo, "%s: ack id", c->name);
		else
			cr_assert_eq(got, 0, "%s: ack id \"%s\", not nil",
			    c->name, idbuf);
		snprintf(ok, sizeof(ok), "ok-%zu", i);
		bi_submit_ok(prod, ok, &d, c->name);
	}
	for (i = 0; i < n; i++) {
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "%zu of "
		    "%zu results; log:\n%s", i, n, th_daemon_log(&d));
		cr_assert(!r.dead, "%s: dead letter: %s", r.id, r.error);
		cr_assert(sscanf(r.id, "ok-%d", &k) == 1 && k >= 0 &&
		    (size_t)k < n, "result for %s", r.id);
		cr_assert(!seen[k], "two results for %s", r.id);
		seen[k] = 1;
		cr_assert(r.nquotes == 1 && r.ndates == 1, "%s: %zu quotes, "
		    "%zu dates", r.id, r.nquotes, r.ndates);
	}
	cr_assert(th_recv_result(sub, &r, BI_QUIET_MS) == -1, "extra result "
	    "for %s", r.id);
	free(seen);
	free(b.p);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	bi_daemon_stop();
}

Test(badinput, structure, .timeout = 120, .fini = bi_fini)
{
	static const struct bi_case cases[] = {
		{ "not msgpack", bc_text, "message: malformed msgpack", NULL,
		    0, 0 },
		{ "reserved byte 0xc1", bc_reserved, "reserved byte 0xc1",
		    NULL, 0, 0 },
		{ "truncated msgpack", bc_truncated, "body: string of 45 bytes "
		    "at byte 13, only 35 remain", NULL, 0, 0 },
		{ "trailing bytes", bc_trailing, "trailing bytes", NULL, 0,
		    0 },
		{ "empty payload", bc_empty, "message: empty frame", NULL, 0,
		    0 },
		{ "top level array", bc_array, "message: expected map, got "
		    "array", NULL, 0, 0 },
		{ "top level string", bc_string, "message: expected map",
		    NULL, 0, 0 },
		{ "top level integer", bc_integer, "message:", NULL, 0, 0 },
		{ "top level nil", bc_nil, "message: expected map", NULL, 0,
		    0 },
		{ "str of 4 GiB", bc_huge_str, "body: string of 4294967295 "
		    "bytes", NULL, 0, 0 },
		{ "bin of 4 GiB", bc_huge_bin, "body:", NULL, 0, 0 },
		{ "array of 4 Gi elements", bc_huge_array, "tags: array of "
		    "4294967295 elements", NULL, 0, 0 },
		{ "map of 4 Gi entries", bc_huge_map, "message: map of "
		    "4294967295 entries", NULL, 0, 0 },
		{ "map of 65 entries", bc_many_entries, "message: map of 65 "
		    "entries", NULL, 0, 0 },
		{ "5000 objects", bc_many_objects, "tags: more than 4096 "
		    "objects", NULL, 0, 0 },
		{ "nesting a million deep", bc_deep, "tags: nesting deeper "
		    "than", NULL, 0, 0 },
		{ "ext type", bc_ext, "when: ext type", NULL, 0, 0 },
	};

	bi_catalogue(cases, sizeof(cases) / sizeof(cases[0]));
}

Test(badinput, keys_and_id, .timeout = 120, .fini = bi_fini)
{
	static const struct bi_case cases[] = {
		{ "duplicate key", bc_dup_key, "id: duplicate key", NULL, 0,
		    0 },
		{ "integer key", bc_int_key, "key #1: expected string",
		    "int-key", 0, 0 },
		{ "binary key", bc_bin_key, "key #3: expected string",
		    "bin-key", 0, 0 },
		{ "missing id", bc_no_id, "id: missing", NULL, 0, 0 },
		{ "empty id", bc_empty_id, "id: empty", NULL, 0, 0 },
		{ "overlong id", bc_long_id, "id: 257 bytes, limit 256", NULL,
		    0, 0 },
		{ "id with NUL", bc_nul_id, "id: NUL byte", NULL, 0, 0 },
		{ "integer id", bc_int_id, "id: expected string, got integer",
		    NULL, 0, 0 },
		{ "nil id", bc_nil_id, "id:", NULL, 0, 0 },
	};

	bi_catalogue(cases, sizeof(cases) / sizeof(cases[0]));
}

Test(badinput, body_and_fields, .timeout = 120, .fini = bi_fini)
{
	static const struct bi_case cases[] = {
		{ "missing body", bc_no_body, "body: missing", "no-body", 0,
		    0 },
		{ "integer body", bc_int_body, "body: expected string, got "
		    "integer", "int-body", 0, 0 },
		{ "binary body", bc_bin_body, "body: expected string, got "
		    "binary", "bin-body", 0, 0 },
		{ "array body", bc_array_body, "body: expected string",
		    "array-body", 0, 0 },
		{ "float body", bc_float_body, "body: expected string",
		    "float-body", 0, 0 },
		{ "empty body", bc_empty_body, "body: empty", "empty-body", 0,
		    0 },
		{ "body with NUL", bc_nul_body, "body: NUL byte at 6",
		    "nul-body", 0, 0 },
		{ "body over the limit", bc_big_body, "body: 4194305 bytes, "
		    "limit 4194304", "big-body", 0, 0 },
		{ "source over the limit", bc_long_source, "source: 129 "
		    "bytes", "long-source", 0, 0 },
		{ "no such date", bc_bad_published, "published:",
		    "bad-published", 0, 0 },
	};

	bi_catalogue(cases, sizeof(cases) / sizeof(cases[0]));
}

Test(badinput, invalid_utf8, .timeout = 120, .fini = bi_fini)
{
	static const struct bi_case cases[] = {
		{ "overlong 2-byte", bc_overlong2, "body: invalid UTF-8 at "
		    "byte 6", "overlong-2", 0, 0 },
		{ "overlong 3-byte", bc_overlong3, "body: invalid UTF-8 at "
		    "byte 4", "overlong-3", 0, 0 },
		{ "overlong 4-byte", bc_overlong4, "body: invalid UTF-8 at "
		    "byte 2", "overlong-4", 0, 0 },
		{ "surrogate", bc_surrogate, "body: invalid UTF-8 at byte 5",
		    "surrogate", 0, 0 },
		{ "truncated sequence", bc_truncated_seq, "body: invalid "
		    "UTF-8 at byte 8", "truncated-seq", 0, 0 },
		{ "lone continuation bytes", bc_lone_cont, "body: invalid "
		    "UTF-8 at byte 6", "continuation", 0, 0 },
		{ "above U+10FFFF", bc_above_max, "body: invalid UTF-8 at "
		    "byte 0", "above-10ffff", 0, 0 },
		{ "latin-1 title", bc_bad_title, "title: invalid UTF-8",
		    "bad-title", 0, 0 },
	};

	bi_catalogue(cases, sizeof(cases) / sizeof(cases[0]));
}

Test(badinput, frames_and_version, .timeout = 120,
    .fini = bi_fini)
{
	static const struct bi_case cases[] = {
		{ "three payload frames", bc_valid, "frames: expected one "
		    "payload frame, got 3", "framed", 3, 0 },
		{ "two payload frames, no delimiter", bc_valid, "frames: "
		    "expected one payload frame, got 2", "framed", 2, -1 },
		{ "delimiter alone", bc_valid, "message: empty frame", NULL,
		    -1, 0 },
		{ "empty payload frames", bc_empty, "frames: expected one "
		    "payload frame, got 2", NULL, 2, 0 },
		{ "protocol version 2", bc_version2, "v: unsupported "
		    "protocol version 2", "v2", 0, 0 },
		{ "version as a string", bc_version_str, "v: expected "
		    "integer", "v-str", 0, 0 },
	};

	bi_catalogue(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * --- regressions from the fuzzers (fuzz/, docs/security.md) ---
 *
 * fuzz_dates found that "222221115 year ago" with a published date
 * reached cal_add_years(), whose n * 12 overflowed int (UBSan: "signed
 * integer overflow: -222221115 * 12"; built plainly it wrapped).  A
 * shift's count is now bounded before it is multiplied; under `make asan`
 * UBSan aborts this test if that regresses.  The input is also a seed,
 * fuzz/corpus/fuzz_dates/regress-year-overflow.
 */
Test(badinput_fuzz, dates_huge_year_count)
{
	static const char body[] = "222221115 year ago";
	char err[PROTO_ERR_MAX];
	struct extract *x = extract_new();
	struct article a;
	struct result r;
	size_t i;

	cr_assert(x != NULL);
	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("fuzz-regress");
	a.body = str_make(body, sizeof(body) - 1);
	a.published = STR_LIT("2016-08-15");
	cr_assert(proto_article_check(&a, err, sizeof(err)) == 0, "%s", err);
	memset(&r, 0, sizeof(r));
	cr_assert(extract_run(x, EXTRACT_ALL, &a, &r) == 0);
	cr_assert(proto_result_check(&r, a.body, err, sizeof(err)) == 0,
	    "%s", err);
	for (i = 0; i < r.ndates; i++)
		cr_assert(r.dates[i].value[0] != '\0');
	extract_destroy(&x);
}
