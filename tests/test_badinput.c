/*
 * test_badinput.c — the catalogue of hostile input, end to end against a
 * real quarryd (docs/security.md lists what it covers).
 *
 * Producer side: each kind of bad frame is sent on the ingest socket and
 * must come back as a `rejected` ack whose reason names the field at
 * fault; between every two, a valid article is accepted, and at the end
 * every accepted article has produced exactly one result.  Worker side: a
 * fake worker (a DEALER of our own on the workers endpoint) takes a job
 * and misbehaves; the broker must expel it (it hears BYE), and the job
 * must still end as exactly one result from a real worker.  Frames over
 * PROTO_FRAME_MAX disconnect their sender on every socket, and the daemon
 * serves the next client.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "extract.h"
#include "helpers.h"
#include "message.h"

/* A body every case can share: a quote and a date for the extractors. */
#define BI_BODY		"\"We will win,\" Putin said on August 15, 2016."
/* Nesting depth of the "million deep" case. */
#define BI_DEEP		1000000
/* How long "nothing more arrives" is watched for. */
#define BI_QUIET_MS	300

/*
 * What a failed assertion leaves running: the fini of every test stops
 * it, so a failure does not leave a daemon behind holding the pipes.
 */
static struct th_daemon bi_daemon;
static pid_t bi_worker;

static void
bi_fini(void)
{
	int status;

	if (bi_worker > 0) {
		kill(bi_worker, SIGKILL);
		waitpid(bi_worker, &status, 0);
		bi_worker = 0;
	}
	if (bi_daemon.pid > 0) {
		th_daemon_stop(&bi_daemon);
		th_rmtree(bi_daemon.dir);
	}
}

/* Stop the daemon, which must exit 0 (a sanitized one exits non-zero
 * on a leak or any report), and clean up. */
static void
bi_daemon_stop(void)
{
	int status = th_daemon_stop(&bi_daemon);

	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarryd did not exit 0 (status %#x); log:\n%s", status,
	    th_daemon_log(&bi_daemon));
	th_rmtree(bi_daemon.dir);
}

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
 * One Ack, with or without the delimiter frame (the broker answers a
 * message without one in kind).  0, or -1 on timeout.
 */
static int
bi_recv_ack(void *sock, struct ack *out, char *id, size_t idlen, char *err,
    size_t errlen, int timeout_ms)
{
	static struct proto_decoder *dec;
	zmq_pollitem_t it = { sock, 0, ZMQ_POLLIN, 0 };
	zmq_msg_t m;
	char why[PROTO_ERR_MAX];
	size_t n;

	if (dec == NULL)
		cr_assert((dec = proto_decoder_new()) != NULL);
	if (zmq_poll(&it, 1, timeout_ms) <= 0)
		return -1;
	zmq_msg_init(&m);
	cr_assert(zmq_msg_recv(&m, sock, 0) >= 0);
	if (zmq_msg_size(&m) == 0) {
		cr_assert(zmq_msg_more(&m), "ack of one empty frame");
		cr_assert(zmq_msg_recv(&m, sock, 0) >= 0);
	}
	cr_assert(!zmq_msg_more(&m), "ack with extra frames");
	cr_assert(proto_decode_ack(dec, zmq_msg_data(&m), zmq_msg_size(&m),
	    out, why, sizeof(why)) == 0, "bad ack: %s", why);
	n = out->id.len < idlen - 1 ? out->id.len : idlen - 1;
	memcpy(id, out->id.p != NULL ? out->id.p : "", n);
	id[n] = '\0';
	n = out->error.len < errlen - 1 ? out->error.len : errlen - 1;
	memcpy(err, out->error.p != NULL ? out->error.p : "", n);
	err[n] = '\0';
	out->id.p = out->error.p = NULL;
	zmq_msg_close(&m);
	return out->id.len > 0 ? 1 : 0;
}

/* A valid article, accepted: the daemon is alive and still taking work. */
static void
bi_submit_ok(void *prod, const char *id, struct th_daemon *d,
    const char *after)
{
	struct ack ack;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX];

	th_submit(prod, id, BI_BODY, "ok", "2016-08-15");
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) >= 0, "no ack for %s after %s; log:\n%s",
	    id, after, th_daemon_log(d));
	cr_assert_eq(ack.status, ACK_ACCEPTED, "%s after %s: %s (%s)", id,
	    after, ack_status_name(ack.status), err);
	cr_assert_str_eq(idbuf, id);
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

/* --- the worker side: a fake worker that misbehaves --- */

/* A body with multi-byte characters, so a span can split one. */
#define BI_WBODY	"\xe2\x80\x9cWe will win,\xe2\x80\x9d Putin said on " \
			"August 15, 2016."

/* What the fake worker learnt from its JOB. */
struct bi_job {
	uint64_t	 job;
	uint32_t	 attempt;
	size_t		 body_len;
};

static void
bi_fake_send(void *s, const void *p, size_t len, int more)
{
	cr_assert(zmq_send(s, p, len, more ? ZMQ_SNDMORE : 0) == (int)len,
	    "fake worker send: %s", zmq_strerror(zmq_errno()));
}

static void
bi_fake_send_wmsg(void *s, const struct wmsg *m)
{
	struct pbuf pb = { NULL, 0, 0 };

	cr_assert(proto_encode_wmsg(&pb, m) == 0);
	bi_fake_send(s, pb.data, pb.len, 0);
	pbuf_free(&pb);
}

/* A DEALER on the workers endpoint that has sent READY with credit 1. */
static void *
bi_fake_worker(void *ctx, const char *endpoint)
{
	void *s = zmq_socket(ctx, ZMQ_DEALER);
	struct wmsg m;
	int zero = 0;

	cr_assert(s != NULL);
	zmq_setsockopt(s, ZMQ_LINGER, &zero, sizeof(zero));
	cr_assert(zmq_connect(s, endpoint) == 0);
	memset(&m, 0, sizeof(m));
	m.type = WMSG_READY;
	m.credit = 1;
	m.pid = 0;
	m.name = STR_LIT("fake");
	m.extractor = STR_LIT("fake/0");
	bi_fake_send_wmsg(s, &m);
	return s;
}

/*
 * The next message from the broker that is not a heartbeat: its type,
 * or -1 on timeout.  A JOB fills *job.
 */
static int
bi_fake_recv(void *s, struct bi_job *job, int timeout_ms)
{
	static struct proto_decoder *dec;
	zmq_pollitem_t it = { s, 0, ZMQ_POLLIN, 0 };
	char err[PROTO_ERR_MAX];
	struct wmsg m;
	zmq_msg_t msg;
	int type, tries;

	if (dec == NULL)
		cr_assert((dec = proto_decoder_new()) != NULL);
	/* Heartbeats come once a second: a bounded number of them. */
	for (tries = 0; tries < timeout_ms / 100; tries++) {
		if (zmq_poll(&it, 1, 100) <= 0)
			continue;
		zmq_msg_init(&msg);
		cr_assert(zmq_msg_recv(&msg, s, 0) >= 0);
		cr_assert(!zmq_msg_more(&msg), "multipart from the broker");
		memset(&m, 0, sizeof(m));
		cr_assert(proto_decode_wmsg(dec, zmq_msg_data(&msg),
		    zmq_msg_size(&msg), &m, err, sizeof(err)) == 0,
		    "broker sent a bad message: %s", err);
		type = (int)m.type;
		if (m.type == WMSG_JOB && job != NULL) {
			job->job = m.job;
			job->attempt = m.attempt;
			job->body_len = m.article.body.len;
		}
		zmq_msg_close(&msg);
		if (type != WMSG_HEARTBEAT)
			return type;
	}
	return -1;
}

/* A real quarry-worker, unsupervised, on the daemon's workers socket. */
static pid_t
bi_real_worker(const struct th_daemon *d)
{
	char bin[TH_PATH_MAX];
	char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarry-worker"),
	    (char *)"--connect", (char *)d->workers, (char *)"--name",
	    (char *)"real", (char *)"--log-level", (char *)"warn", NULL };

	return th_spawn(argv, "/dev/null");
}

static void
bi_real_worker_stop(void)
{
	int status;

	cr_assert(kill(bi_worker, SIGTERM) == 0);
	cr_assert(th_wait(bi_worker, TH_WAIT_MS, &status) == 0,
	    "quarry-worker did not stop");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarry-worker exited with %#x", status);
	bi_worker = 0;
}

typedef void (*bi_misbehave_fn)(void *, const struct bi_job *);

/*
 * The fake worker takes the job of one article and does `bad`; the
 * broker must send it BYE and forget it.  A real worker started after
 * that must then turn the article into exactly one result, and a fresh
 * article into another.
 */
static void
bi_worker_case(const char *name, bi_misbehave_fn bad)
{
	struct th_daemon *d = &bi_daemon;
	struct th_result r;
	struct ack ack;
	struct bi_job job;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX];
	void *ctx, *sub, *prod, *fake;
	int type, got_victim = 0, got_after = 0, i;

	th_daemon_start(d, 0, NULL);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d->results, "");
	prod = th_producer(ctx, d->ingest);
	th_submit(prod, "victim", BI_WBODY, "w", "2016-08-15");
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) >= 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED);

	fake = bi_fake_worker(ctx, d->workers);
	memset(&job, 0, sizeof(job));
	type = bi_fake_recv(fake, &job, TH_WAIT_MS);
	cr_assert_eq(type, WMSG_JOB, "%s: fake worker got %d, not a JOB; "
	    "log:\n%s", name, type, th_daemon_log(d));
	cr_assert_eq(job.attempt, 1);
	cr_assert_eq(job.body_len, sizeof(BI_WBODY) - 1);
	bad(fake, &job);
	type = bi_fake_recv(fake, NULL, TH_WAIT_MS);
	cr_assert_eq(type, WMSG_BYE, "%s: fake worker not expelled (got %d); "
	    "log:\n%s", name, type, th_daemon_log(d));
	zmq_close(fake);

	/* The job was not lost with the fake: a real worker finishes it. */
	bi_worker = bi_real_worker(d);
	th_submit(prod, "after", BI_WBODY, "w", NULL);
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) >= 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED, "%s: after: %s", name,
	    ack_status_name(ack.status));
	for (i = 0; i < 2; i++) {
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "%s: "
		    "result %d missing; log:\n%s", name, i, th_daemon_log(d));
		cr_assert(!r.dead, "%s: %s: dead letter: %s", name, r.id,
		    r.error);
		cr_assert(r.nquotes == 1 && r.ndates == 1, "%s: %s: %zu "
		    "quotes, %zu dates", name, r.id, r.nquotes, r.ndates);
		if (strcmp(r.id, "victim") == 0)
			got_victim++;
		else if (strcmp(r.id, "after") == 0)
			got_after++;
		else
			cr_assert_fail("%s: result for %s", name, r.id);
	}
	cr_assert(got_victim == 1 && got_after == 1, "%s: victim %d, after %d",
	    name, got_victim, got_after);
	cr_assert(th_recv_result(sub, &r, BI_QUIET_MS) == -1, "%s: extra "
	    "result for %s", name, r.id);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	bi_real_worker_stop();
	bi_daemon_stop();
}

static void
bw_unknown_command(void *s, const struct bi_job *j)
{
	/* {"v": 1, "t": "foo"} */
	(void)j;
	bi_fake_send(s, "\x82\xa1v\x01\xa1t\xa3" "foo", 10, 0);
}

static void
bw_version2(void *s, const struct bi_job *j)
{
	/* {"v": 2, "t": "hb"} */
	(void)j;
	bi_fake_send(s, "\x82\xa1v\x02\xa1t\xa2hb", 9, 0);
}

static void
bw_garbage(void *s, const struct bi_job *j)
{
	(void)j;
	bi_fake_send(s, "\xc1 not a message", 15, 0);
}

static void
bw_empty(void *s, const struct bi_job *j)
{
	(void)j;
	bi_fake_send(s, "", 0, 0);
}

static void
bw_multipart(void *s, const struct bi_job *j)
{
	/* Two well-formed heartbeats, but as one message of two frames. */
	(void)j;
	bi_fake_send(s, "\x82\xa1v\x01\xa1t\xa2hb", 9, 1);
	bi_fake_send(s, "\x82\xa1v\x01\xa1t\xa2hb", 9, 0);
}

/* DONE for job j with one quote [start, end) and speaker [ss, se). */
static void
bi_done_quote(void *s, uint64_t job, uint32_t start, uint32_t end,
    uint32_t ss, uint32_t se)
{
	struct wmsg m;
	struct quote q;

	memset(&q, 0, sizeof(q));
	q.start = start;
	q.end = end;
	q.kind = QUOTE_DIRECT;
	q.speaker_start = ss;
	q.speaker_end = se;
	memset(&m, 0, sizeof(m));
	m.type = WMSG_DONE;
	m.job = job;
	m.result.quotes = &q;
	m.result.nquotes = 1;
	m.result.extractor = STR_LIT("fake/0");
	bi_fake_send_wmsg(s, &m);
}

static void
bw_done_past_end(void *s, const struct bi_job *j)
{
	bi_done_quote(s, j->job, 0, (uint32_t)j->body_len + 10, 0, 0);
}

static void
bw_done_huge_offsets(void *s, const struct bi_job *j)
{
	bi_done_quote(s, j->job, 0xfffffff0u, 0xffffffffu, 0, 0);
}

static void
bw_done_mid_char(void *s, const struct bi_job *j)
{
	/* Byte 1 is inside the opening U+201C. */
	bi_done_quote(s, j->job, 1, 10, 0, 0);
}

static void
bw_done_speaker_outside(void *s, const struct bi_job *j)
{
	bi_done_quote(s, j->job, 0, 17, (uint32_t)j->body_len,
	    (uint32_t)j->body_len + 5);
}

static void
bw_done_unheld(void *s, const struct bi_job *j)
{
	bi_done_quote(s, j->job + 1000, 0, 3, 0, 0);
}

/* A JOB the broker could have sent: job, first attempt, a tiny article. */
static void
bi_job_wmsg(struct wmsg *m, uint64_t job)
{
	memset(m, 0, sizeof(*m));
	m->type = WMSG_JOB;
	m->job = job;
	m->attempt = 1;
	m->article.id = STR_LIT("x");
	m->article.body = STR_LIT("y");
}

static void
bw_sends_job(void *s, const struct bi_job *j)
{
	struct wmsg m;

	bi_job_wmsg(&m, j->job);
	bi_fake_send_wmsg(s, &m);
}

/* A DONES (docs/protocol.md 7.5) of the n messages msgs. */
static void
bi_dones(void *s, const struct str *msgs, size_t n)
{
	struct wmsg m;

	memset(&m, 0, sizeof(m));
	m.type = WMSG_DONES;
	m.msgs = msgs;
	m.nmsgs = n;
	bi_fake_send_wmsg(s, &m);
}

static void
bw_dones_malformed_item(void *s, const struct bi_job *j)
{
	(void)j;
	bi_dones(s, &(struct str){ "\xc1", 1 }, 1);
}

static void
bw_dones_past_body(void *s, const struct bi_job *j)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct quote q;
	struct wmsg m;

	memset(&q, 0, sizeof(q));
	q.start = 0;
	q.end = (uint32_t)j->body_len + 10;
	q.kind = QUOTE_DIRECT;
	memset(&m, 0, sizeof(m));
	m.type = WMSG_DONE;
	m.job = j->job;
	m.result.quotes = &q;
	m.result.nquotes = 1;
	cr_assert(proto_encode_wmsg(&pb, &m) == 0);
	bi_dones(s, &(struct str){ pb.data, pb.len }, 1);
	pbuf_free(&pb);
}

static void
bw_dones_holding_a_job(void *s, const struct bi_job *j)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct wmsg m;

	bi_job_wmsg(&m, j->job);
	cr_assert(proto_encode_wmsg(&pb, &m) == 0);
	bi_dones(s, &(struct str){ pb.data, pb.len }, 1);
	pbuf_free(&pb);
}

static void
bw_dones_inline(void *s, const struct bi_job *j)
{
	/* {"v":1,"t":"dones","msgs":[{"v":1,"t":"done","job":J,
	 * "error":"x"}]}: the DONE inline, not a binary string. */
	static const char head[] = "\x83\xa1v\x01\xa1t\xa5" "dones\xa4msgs"
	    "\x91\x84\xa1v\x01\xa1t\xa4" "done\xa3job\xcf";
	static const char tail[] = "\xa5" "error\xa1x";
	unsigned char f[sizeof(head) + 8 + sizeof(tail)];
	size_t n = sizeof(head) - 1;
	int i;

	memcpy(f, head, n);
	for (i = 7; i >= 0; i--)
		f[n++] = (unsigned char)(j->job >> (8 * i));
	memcpy(f + n, tail, sizeof(tail) - 1);
	n += sizeof(tail) - 1;
	bi_fake_send(s, f, n, 0);
}

static void
bw_sends_jobs(void *s, const struct bi_job *j)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct wmsg m;

	bi_job_wmsg(&m, j->job);
	cr_assert(proto_encode_wmsg(&pb, &m) == 0);
	memset(&m, 0, sizeof(m));
	m.type = WMSG_JOBS;
	m.msgs = &(struct str){ pb.data, pb.len };
	m.nmsgs = 1;
	bi_fake_send_wmsg(s, &m);
	pbuf_free(&pb);
}

Test(badinput, worker_unknown_command, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("unknown worker command", bw_unknown_command);
}

Test(badinput, worker_unknown_version, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("protocol version 2", bw_version2);
}

Test(badinput, worker_malformed_frame, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("malformed frame", bw_garbage);
}

Test(badinput, worker_empty_frame, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("empty frame", bw_empty);
}

Test(badinput, worker_extra_frame, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("two frames", bw_multipart);
}

Test(badinput, worker_done_past_body, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONE past the body", bw_done_past_end);
}

Test(badinput, worker_done_huge_offsets, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONE at 4 GiB", bw_done_huge_offsets);
}

Test(badinput, worker_done_mid_character, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONE inside a character", bw_done_mid_char);
}

Test(badinput, worker_done_speaker_outside, .timeout = 90,
    .fini = bi_fini)
{
	bi_worker_case("DONE speaker past the body", bw_done_speaker_outside);
}

Test(badinput, worker_done_unheld_job, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONE for a job it does not hold", bw_done_unheld);
}

Test(badinput, worker_sends_job, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("a worker sending JOB", bw_sends_job);
}

/* --- frames over PROTO_FRAME_MAX, on every socket --- */

/*
 * A peer speaking raw ZMTP 3.0 on an ipc endpoint: the greeting, a READY
 * naming socket type `type`, then the header of one long frame claiming
 * `claim` bytes and a few of them.  Returns 1 if the daemon then closed
 * the connection (what ZMQ_MAXMSGSIZE does), 0 if it kept it open.
 * libzmq's own clients cannot be used for the results socket: a 4.3.4
 * XSUB that sent an oversize subscription crashes in zmq_ctx_term.
 */
/* Write all of p, without SIGPIPE if the daemon hung up: 1, or 0. */
static int
bi_raw_send(int fd, const void *p, size_t len)
{
	return send(fd, p, len, MSG_NOSIGNAL) == (ssize_t)len;
}

static int
bi_raw_claim(const char *endpoint, const char *type, uint64_t claim)
{
	static const char ready_cmd[] = "\x05READY\x0bSocket-Type";
	unsigned char greet[64], hdr[9], buf[512];
	struct sockaddr_un sun;
	struct timeval tv = { TH_WAIT_MS / 1000, 0 };
	size_t tl = strlen(type), cl;
	unsigned char cmd[64];
	ssize_t n;
	int fd, i, closed = 0;

	cr_assert(strncmp(endpoint, "ipc://", 6) == 0);
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", endpoint + 6);
	cr_assert((fd = socket(AF_UNIX, SOCK_STREAM, 0)) != -1);
	cr_assert(connect(fd, (struct sockaddr *)&sun, sizeof(sun)) == 0,
	    "connect %s: %s", endpoint, strerror(errno));
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	/* signature, version 3.0, mechanism NULL, as-server 0, filler */
	memset(greet, 0, sizeof(greet));
	greet[0] = 0xff;
	greet[9] = 0x7f;
	greet[10] = 3;
	memcpy(greet + 12, "NULL", 4);
	cr_assert(bi_raw_send(fd, greet, sizeof(greet)));
	/* READY: a short command frame, name, one property */
	cl = sizeof(ready_cmd) - 1;
	memcpy(cmd + 2, ready_cmd, cl);
	cmd[2 + cl] = 0;
	cmd[3 + cl] = 0;
	cmd[4 + cl] = 0;
	cmd[5 + cl] = (unsigned char)tl;
	memcpy(cmd + 6 + cl, type, tl);
	cmd[0] = 0x04;
	cmd[1] = (unsigned char)(cl + 4 + tl);
	cr_assert(bi_raw_send(fd, cmd, 6 + cl + tl));
	/* a long message frame claiming `claim` bytes */
	hdr[0] = 0x02;
	for (i = 0; i < 8; i++)
		hdr[1 + i] = (unsigned char)(claim >> (56 - 8 * i));
	/* The daemon may hang up as soon as it has read the header. */
	(void)bi_raw_send(fd, hdr, sizeof(hdr));
	memset(buf, 'x', sizeof(buf));
	(void)bi_raw_send(fd, buf, sizeof(buf));
	/* The daemon's greeting and READY come back, then EOF. */
	for (;;) {
		n = read(fd, buf, sizeof(buf));
		if (n == 0 || (n == -1 && errno == ECONNRESET)) {
			closed = 1;
			break;
		}
		if (n == -1)
			break;
	}
	close(fd);
	return closed;
}

Test(badinput, oversize_frames_disconnect, .timeout = 120, .fini = bi_fini)
{
	static const struct {
		const char	*type;
		int		 sock;	/* 0 ingest, 1 workers, 2 results */
		uint64_t	 claim;
	} raw[] = {
		{ "DEALER", 0, (uint64_t)PROTO_FRAME_MAX + 1 },
		{ "DEALER", 0, UINT64_C(0x7fffffffffffffff) },
		{ "DEALER", 1, (uint64_t)PROTO_FRAME_MAX + 1 },
		{ "DEALER", 1, UINT64_C(0xffffffffffffffff) },
		{ "SUB", 2, (uint64_t)PROTO_FRAME_MAX + 1 },
		{ "SUB", 2, UINT64_C(0x7fffffffffffffff) },
	};
	struct th_daemon *d = &bi_daemon;
	struct th_result r;
	struct ack ack;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX], *big;
	const char *ep;
	void *ctx, *sub, *prod, *fake;
	size_t n = (size_t)PROTO_FRAME_MAX + 1, i;

	th_daemon_start(d, 1, NULL);
	ctx = th_ctx();
	/* A subscriber from before, which must keep its subscription. */
	sub = th_subscriber(ctx, d->results, "");

	/* Real frames one byte over, from libzmq clients: no ack comes. */
	big = malloc(n);
	cr_assert(big != NULL);
	memset(big, 'x', n);
	prod = th_producer(ctx, d->ingest);
	bi_fake_send(prod, "", 0, 1);
	bi_fake_send(prod, big, n, 0);
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), 500) == -1, "an ack for an oversize frame");
	zmq_close(prod);
	fake = bi_fake_worker(ctx, d->workers);
	bi_fake_send(fake, big, n, 0);
	zmq_close(fake);
	free(big);

	/* Frame headers claiming more, on all three sockets. */
	for (i = 0; i < sizeof(raw) / sizeof(raw[0]); i++) {
		ep = raw[i].sock == 0 ? d->ingest : raw[i].sock == 1 ?
		    d->workers : d->results;
		cr_assert(bi_raw_claim(ep, raw[i].type, raw[i].claim),
		    "%s: a frame of %llu bytes did not disconnect", ep,
		    (unsigned long long)raw[i].claim);
	}

	/* The daemon serves the next clients, and the old subscriber. */
	prod = th_producer(ctx, d->ingest);
	bi_submit_ok(prod, "after-oversize", d, "oversize frames");
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "no result; "
	    "log:\n%s", th_daemon_log(d));
	cr_assert_str_eq(r.id, "after-oversize");
	cr_assert(!r.dead, "dead letter: %s", r.error);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	bi_daemon_stop();
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

/* --- the worker sandbox --- */

/*
 * A job whose article makes the worker step outside its seccomp
 * allowlist (the test-only fault build, build/faults/): the kernel kills
 * the worker with SIGSYS, the broker retries the job on a fresh worker
 * until its attempts run out and publishes one dead letter; the next
 * article is served as usual.
 */
Test(badinput, sandbox_violation_kills_worker, .timeout = 120,
    .fini = bi_fini)
{
	char bin[TH_PATH_MAX];
	const char *extra[] = { "--worker-bin", bin, "--max-attempts", "2",
	    NULL };
	struct th_daemon *d = &bi_daemon;
	struct th_result r;
	struct ack ack;
	char idbuf[PROTO_ID_MAX + 1], err[PROTO_ERR_MAX];
	void *ctx, *sub, *prod;

	th_bin(bin, sizeof(bin), "faults/quarry-worker");
	th_daemon_start(d, 1, extra);
	ctx = th_ctx();
	sub = th_subscriber(ctx, d->results, "");
	prod = th_producer(ctx, d->ingest);
	bi_submit_ok(prod, "forbidden", d, "start");
	th_submit(prod, "forbidden-call", "\"Hi,\" he said. QUARRY-FAULT:"
	    "syscall", NULL, NULL);
	cr_assert(bi_recv_ack(prod, &ack, idbuf, sizeof(idbuf), err,
	    sizeof(err), TH_WAIT_MS) >= 0);
	cr_assert_eq(ack.status, ACK_ACCEPTED, "%s", err);
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "no result; "
	    "log:\n%s", th_daemon_log(d));
	if (strcmp(r.id, "forbidden") == 0) {
		cr_assert(!r.dead, "forbidden: dead letter: %s", r.error);
		cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "no dead "
		    "letter; log:\n%s", th_daemon_log(d));
	}
	cr_assert_str_eq(r.id, "forbidden-call");
	cr_assert(r.dead, "the forbidden call did not kill the worker");
	cr_assert_eq(r.attempts, 2);
	cr_assert(strstr(r.error, "signal 31") != NULL, "not SIGSYS: %s",
	    r.error);
	bi_submit_ok(prod, "after-violation", d, "the violation");
	cr_assert(th_recv_result(sub, &r, TH_WAIT_MS) == 0, "no result; "
	    "log:\n%s", th_daemon_log(d));
	cr_assert_str_eq(r.id, "after-violation");
	cr_assert(!r.dead, "dead letter: %s", r.error);
	zmq_close(prod);
	zmq_close(sub);
	zmq_ctx_term(ctx);
	bi_daemon_stop();
}

Test(badinput, worker_dones_malformed_item, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONES holding a malformed message",
	    bw_dones_malformed_item);
}

Test(badinput, worker_dones_past_body, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONES with a DONE past the body", bw_dones_past_body);
}

Test(badinput, worker_dones_holding_a_job, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONES holding a JOB", bw_dones_holding_a_job);
}

Test(badinput, worker_dones_inline, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("DONES with a DONE not in a binary string",
	    bw_dones_inline);
}

Test(badinput, worker_sends_jobs, .timeout = 90, .fini = bi_fini)
{
	bi_worker_case("a worker sending JOBS", bw_sends_jobs);
}
