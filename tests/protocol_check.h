/*
 * protocol_check.h — what the protocol's test files share (tests/
 * test_protocol*.c): the decoder each suite's init makes and its fini
 * destroys, a msgpack-c builder for hand-made (often hostile) frames,
 * and a sample Result (two quotes, two dates) with its checks.  Static:
 * each test file has its own decoder and reason buffer.
 */
#ifndef QUARRY_TESTS_PROTOCOL_CHECK_H
#define QUARRY_TESTS_PROTOCOL_CHECK_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>
#include <msgpack.h>

#include "items.h"
#include "message.h"
#include "wire_keys.h"

static struct proto_decoder *dec;
static char err[PROTO_ERR_MAX];

static inline void
protocol_setup(void)
{
	dec = proto_decoder_new();
	cr_assert_not_null(dec);
	err[0] = '\0';
}

static inline void
protocol_teardown(void)
{
	proto_decoder_destroy(&dec);
	cr_assert_null(dec);
}


static inline int
str_is(struct str s, const char *want)
{
	return s.p != NULL && str_eq(s, want);
}

/* A msgpack builder for hand-made (often hostile) frames. */
struct mp {
	msgpack_sbuffer	 sb;
	msgpack_packer	 pk;
};

static inline void
mp_init(struct mp *m)
{
	msgpack_sbuffer_init(&m->sb);
	msgpack_packer_init(&m->pk, &m->sb, msgpack_sbuffer_write);
}

static inline void
mp_free(struct mp *m)
{
	msgpack_sbuffer_destroy(&m->sb);
}

static inline void
mp_strn(struct mp *m, const char *s, size_t n)
{
	msgpack_pack_str(&m->pk, n);
	msgpack_pack_str_body(&m->pk, s, n);
}

static inline void
mp_str(struct mp *m, const char *s)
{
	mp_strn(m, s, strlen(s));
}

static inline void
mp_kv(struct mp *m, const char *k, const char *v)
{
	mp_str(m, k);
	mp_str(m, v);
}

static inline void
mp_ku(struct mp *m, const char *k, uint64_t v)
{
	mp_str(m, k);
	msgpack_pack_uint64(&m->pk, v);
}

static inline int
mp_article(struct mp *m, struct article *a)
{
	return proto_decode_article(dec, m->sb.data, m->sb.size, a, err,
	    sizeof(err));
}

static inline int
mp_wmsg(struct mp *m, struct wmsg *w)
{
	return proto_decode_wmsg(dec, m->sb.data, m->sb.size, w, err,
	    sizeof(err));
}

static inline int
raw_article(const void *buf, size_t len)
{
	struct article a;

	return proto_decode_article(dec, buf, len, &a, err, sizeof(err));
}

/* An article map with id and the given body (n bytes). */
static inline void
mp_simple_article(struct mp *m, const char *body, size_t n)
{
	mp_init(m);
	msgpack_pack_map(&m->pk, 2);
	mp_kv(m, "id", "a1");
	mp_str(m, "body");
	mp_strn(m, body, n);
}

#define assert_err(want) \
	cr_assert_str_eq(err, (want), "reason \"%s\", wanted \"%s\"", err, \
	    (want))
#define assert_err_has(want) \
	cr_assert(strstr(err, (want)) != NULL, "reason \"%s\" lacks \"%s\"", \
	    err, (want))

/* A worker message frame: {v:1, t:<t>} plus the caller's n more keys. */
static inline void
mp_wmsg_begin(struct mp *m, const char *t, size_t n)
{
	mp_init(m);
	msgpack_pack_map(&m->pk, 2 + n);
	mp_ku(m, "v", 1);
	mp_kv(m, "t", t);
}

/* A DONE for job 1 up to its result: a map of n keys the caller packs. */
static inline void
mp_done_begin(struct mp *m, size_t n)
{
	mp_wmsg_begin(m, "done", 2);
	mp_ku(m, "job", 1);
	mp_str(m, "result");
	msgpack_pack_map(&m->pk, n);
}

/* A DONE quote map without text; start/end as given. */
static inline void
mp_quote(struct mp *m, uint64_t start, uint64_t end)
{
	msgpack_pack_map(&m->pk, 3);
	mp_ku(m, "start", start);
	mp_ku(m, "end", end);
	mp_kv(m, "kind", "direct");
}


/* The body the sample items point into. */
#define SAMPLE_BODY \
    "\"Win,\" Putin said. \"Yes.\" On 15 August 2016 for 35 years now."

/* Two quotes (one with a speaker, one without) and two dates. */
static inline void
sample_items(struct result *r, struct quote *q, struct timex3 *t,
    const char *body)
{
	memset(q, 0, 2 * sizeof(*q));
	memset(t, 0, 2 * sizeof(*t));
	/* body: "\"Win,\" Putin said. \"Yes.\" On 15 August 2016 ..." */
	q[0].start = 0;
	q[0].end = 6;
	q[0].kind = QUOTE_DIRECT;
	q[0].speaker = STR_LIT("Vladimir Putin");
	q[0].speaker_start = 7;
	q[0].speaker_end = 12;
	q[0].cue = STR_LIT("said");
	q[0].text = str_make(body, 6);
	q[1].start = 19;
	q[1].end = 25;
	q[1].kind = QUOTE_PARTIAL;
	q[1].text = str_make(body + 19, 6);
	t[0].start = 29;
	t[0].end = 43;
	t[0].type = TIMEX_DATE;
	strcpy(t[0].value, "2016-08-15");
	t[0].text = str_make(body + 29, 14);
	t[1].start = 48;
	t[1].end = 56;
	t[1].type = TIMEX_DURATION;
	t[1].mod = TIMEX_MOD_APPROX;
	strcpy(t[1].value, "P35Y");
	t[1].text = str_make(body + 48, 8);
	r->quotes = q;
	r->nquotes = 2;
	r->dates = t;
	r->ndates = 2;
}


static inline void
assert_sample_items(const struct result *r, int with_text)
{
	cr_assert_eq(r->nquotes, 2);
	cr_assert_eq(r->ndates, 2);
	cr_assert_eq(r->quotes[0].start, 0);
	cr_assert_eq(r->quotes[0].end, 6);
	cr_assert_eq(r->quotes[0].kind, QUOTE_DIRECT);
	cr_assert(str_is(r->quotes[0].speaker, "Vladimir Putin"));
	cr_assert_eq(r->quotes[0].speaker_start, 7);
	cr_assert_eq(r->quotes[0].speaker_end, 12);
	cr_assert(str_is(r->quotes[0].cue, "said"));
	cr_assert_eq(r->quotes[1].kind, QUOTE_PARTIAL);
	cr_assert_null(r->quotes[1].speaker.p);
	cr_assert_null(r->quotes[1].cue.p);
	cr_assert_eq(r->quotes[1].speaker_start, r->quotes[1].speaker_end);
	cr_assert_eq(r->dates[0].type, TIMEX_DATE);
	cr_assert_str_eq(r->dates[0].value, "2016-08-15");
	cr_assert_eq(r->dates[0].mod, TIMEX_MOD_NONE);
	cr_assert_eq(r->dates[1].type, TIMEX_DURATION);
	cr_assert_str_eq(r->dates[1].value, "P35Y");
	cr_assert_eq(r->dates[1].mod, TIMEX_MOD_APPROX);
	cr_assert_eq(r->dates[1].start, 48);
	cr_assert_eq(r->dates[1].end, 56);
	if (with_text) {
		cr_assert(str_is(r->quotes[0].text, "\"Win,\""));
		cr_assert(str_is(r->quotes[1].text, "\"Yes.\""));
		cr_assert(str_is(r->dates[0].text, "15 August 2016"));
		cr_assert(str_is(r->dates[1].text, "35 years"));
	} else {
		cr_assert_null(r->quotes[0].text.p);
		cr_assert_null(r->dates[0].text.p);
	}
}


#endif
