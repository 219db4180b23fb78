/*
 * test_protocol.c — protocol/: every message encoded and decoded back,
 * every way an untrusted frame can be wrong (each rejection must name the
 * field), the "published" parser, and the checks of a worker's result
 * against the body.  Hostile frames are built with msgpack-c's packer or
 * written out byte by byte.
 */
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

static void
protocol_setup(void)
{
	dec = proto_decoder_new();
	cr_assert_not_null(dec);
	err[0] = '\0';
}

static void
protocol_teardown(void)
{
	proto_decoder_destroy(&dec);
	cr_assert_null(dec);
}

TestSuite(protocol, .init = protocol_setup, .fini = protocol_teardown);

/* --- helpers --- */

static int
str_is(struct str s, const char *want)
{
	return s.p != NULL && str_eq(s, want);
}

/* A msgpack builder for hand-made (often hostile) frames. */
struct mp {
	msgpack_sbuffer	 sb;
	msgpack_packer	 pk;
};

static void
mp_init(struct mp *m)
{
	msgpack_sbuffer_init(&m->sb);
	msgpack_packer_init(&m->pk, &m->sb, msgpack_sbuffer_write);
}

static void
mp_free(struct mp *m)
{
	msgpack_sbuffer_destroy(&m->sb);
}

static void
mp_strn(struct mp *m, const char *s, size_t n)
{
	msgpack_pack_str(&m->pk, n);
	msgpack_pack_str_body(&m->pk, s, n);
}

static void
mp_str(struct mp *m, const char *s)
{
	mp_strn(m, s, strlen(s));
}

static void
mp_kv(struct mp *m, const char *k, const char *v)
{
	mp_str(m, k);
	mp_str(m, v);
}

static void
mp_ku(struct mp *m, const char *k, uint64_t v)
{
	mp_str(m, k);
	msgpack_pack_uint64(&m->pk, v);
}

static int
mp_article(struct mp *m, struct article *a)
{
	return proto_decode_article(dec, m->sb.data, m->sb.size, a, err,
	    sizeof(err));
}

static int
mp_wmsg(struct mp *m, struct wmsg *w)
{
	return proto_decode_wmsg(dec, m->sb.data, m->sb.size, w, err,
	    sizeof(err));
}

static int
raw_article(const void *buf, size_t len)
{
	struct article a;

	return proto_decode_article(dec, buf, len, &a, err, sizeof(err));
}

/* An article map with id and the given body (n bytes). */
static void
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
static void
mp_wmsg_begin(struct mp *m, const char *t, size_t n)
{
	mp_init(m);
	msgpack_pack_map(&m->pk, 2 + n);
	mp_ku(m, "v", 1);
	mp_kv(m, "t", t);
}

/* A DONE for job 1 up to its result: a map of n keys the caller packs. */
static void
mp_done_begin(struct mp *m, size_t n)
{
	mp_wmsg_begin(m, "done", 2);
	mp_ku(m, "job", 1);
	mp_str(m, "result");
	msgpack_pack_map(&m->pk, n);
}

/* A DONE quote map without text; start/end as given. */
static void
mp_quote(struct mp *m, uint64_t start, uint64_t end)
{
	msgpack_pack_map(&m->pk, 3);
	mp_ku(m, "start", start);
	mp_ku(m, "end", end);
	mp_kv(m, "kind", "direct");
}

/* --- names --- */

Test(protocol, names_round_trip)
{
	enum ack_status s;
	enum quote_kind k;
	enum timex_type t;
	enum timex_mod md;
	int i;

	for (i = ACK_ACCEPTED; i <= ACK_REJECTED; i++) {
		const char *n = ack_status_name((enum ack_status)i);

		cr_assert_eq(ack_status_parse(str_make(n, strlen(n)), &s), 0);
		cr_assert_eq((int)s, i);
	}
	for (i = QUOTE_DIRECT; i <= QUOTE_PARTIAL; i++) {
		const char *n = quote_kind_name((enum quote_kind)i);

		cr_assert_eq(quote_kind_parse(str_make(n, strlen(n)), &k), 0);
		cr_assert_eq((int)k, i);
	}
	for (i = TIMEX_DATE; i <= TIMEX_SET; i++) {
		const char *n = timex_type_name((enum timex_type)i);

		cr_assert_eq(timex_type_parse(str_make(n, strlen(n)), &t), 0);
		cr_assert_eq((int)t, i);
	}
	cr_assert_null(timex_mod_name(TIMEX_MOD_NONE));
	for (i = TIMEX_MOD_BEFORE; i <= TIMEX_MOD_APPROX; i++) {
		const char *n = timex_mod_name((enum timex_mod)i);

		cr_assert_eq(timex_mod_parse(str_make(n, strlen(n)), &md), 0);
		cr_assert_eq((int)md, i);
	}
	cr_assert_str_eq(ack_status_name(ACK_DUPLICATE), "duplicate");
	cr_assert_str_eq(quote_kind_name(QUOTE_PARTIAL), "partial");
	cr_assert_str_eq(timex_type_name(TIMEX_DURATION), "DURATION");
	cr_assert_str_eq(timex_mod_name(TIMEX_MOD_ON_OR_AFTER),
	    "ON_OR_AFTER");
	cr_assert_str_eq(wmsg_type_name(WMSG_READY), "ready");
	cr_assert_str_eq(wmsg_type_name(WMSG_JOB), "job");
	cr_assert_str_eq(wmsg_type_name(WMSG_DONE), "done");
	cr_assert_str_eq(wmsg_type_name(WMSG_HEARTBEAT), "hb");
	cr_assert_str_eq(wmsg_type_name(WMSG_BYE), "bye");
	cr_assert_str_eq(wmsg_type_name(WMSG_JOBS), "jobs");
	cr_assert_str_eq(wmsg_type_name(WMSG_DONES), "dones");
	/* Case matters on the wire. */
	cr_assert_eq(timex_type_parse(STR_LIT("date"), &t), -1);
	cr_assert_eq(quote_kind_parse(STR_LIT("Direct"), &k), -1);
	cr_assert_eq(ack_status_parse(STR_LIT("ok"), &s), -1);
	cr_assert_eq(timex_mod_parse(STR_LIT(""), &md), -1);
	cr_assert_eq(timex_mod_parse(STR_LIT("NONE"), &md), -1);
}

Test(protocol, wire_keys_and_str_eq)
{
	int k;

	for (k = 0; k < WK__COUNT; k++)
		cr_assert_eq(wire_key_lookup(wire_keys[k].name,
		    wire_keys[k].len), k, "key %s", wire_keys[k].name);
	cr_assert_eq(wire_key_lookup("bodyx", 5), -1);
	cr_assert_eq(wire_key_lookup("", 0), -1);
	cr_assert_eq(wire_key_lookup("speaker_starts", 14), -1);
	cr_assert_eq(wire_key_lookup("ID", 2), -1);
	/* Same length, first and last byte as a key: the same table slot. */
	cr_assert_eq(wire_key_lookup("bxdy", 4), -1);
	cr_assert_eq(wire_key_lookup("speakxr_start", 13), -1);
	cr_assert_eq(wire_key_lookup("speaker_startt", 14), -1);
	cr_assert(str_eq(STR_LIT("abc"), "abc"));
	cr_assert(!str_eq(STR_LIT("abc"), "ab"));
	cr_assert(!str_eq(STR_LIT("ab"), "abc"));
	cr_assert(str_eq(str_make(NULL, 0), ""));
}

/* --- round trips --- */

Test(protocol, article_round_trip_all_fields)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct article a, b;

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("upi-2016-08-15-1");
	a.body = STR_LIT("\"We will win,\" Putin said on Monday. Déjà vu.");
	a.url = STR_LIT("https://upi.com/a/1");
	a.source = STR_LIT("upi.com");
	a.title = STR_LIT("Putin speaks");
	a.lang = STR_LIT("en");
	a.published = STR_LIT("2016-08-15T10:30:00+02:00");
	cr_assert_eq(proto_encode_article(&pb, &a), 0);
	cr_assert_eq(proto_decode_article(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert(str_is(b.id, "upi-2016-08-15-1"));
	cr_assert(b.body.len == a.body.len &&
	    memcmp(b.body.p, a.body.p, a.body.len) == 0);
	cr_assert(str_is(b.url, "https://upi.com/a/1"));
	cr_assert(str_is(b.source, "upi.com"));
	cr_assert(str_is(b.title, "Putin speaks"));
	cr_assert(str_is(b.lang, "en"));
	cr_assert(str_is(b.published, "2016-08-15T10:30:00+02:00"));
	cr_assert_eq(b.pub.year, 2016);
	cr_assert_eq(b.pub.month, 8);
	cr_assert_eq(b.pub.day, 15);
	cr_assert(b.pub.has_time);
	cr_assert_eq(b.pub.hour, 10);
	cr_assert_eq(b.pub.minute, 30);
	cr_assert(b.pub.has_offset);
	cr_assert_eq(b.pub.offset_min, 120);
	/* Slices point into the frame: the body was not copied. */
	cr_assert(b.body.p > pb.data && b.body.p < pb.data + pb.len);
	pbuf_free(&pb);
	cr_assert_null(pb.data);
}

Test(protocol, article_round_trip_required_only)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct article a, b;
	msgpack_zone z;
	msgpack_object o;
	size_t off = 0;

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("x");
	a.body = STR_LIT("b");
	cr_assert_eq(proto_encode_article(&pb, &a), 0);
	cr_assert_eq(proto_decode_article(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert(str_is(b.id, "x"));
	cr_assert(str_is(b.body, "b"));
	cr_assert_null(b.url.p);
	cr_assert_null(b.source.p);
	cr_assert_null(b.title.p);
	cr_assert_null(b.lang.p);
	cr_assert_null(b.published.p);
	cr_assert_eq(b.pub.year, 0);
	/* Absent optional fields are omitted: v, id, body. */
	msgpack_zone_init(&z, 2048);
	cr_assert_eq(msgpack_unpack(pb.data, pb.len, &off, &z, &o),
	    MSGPACK_UNPACK_SUCCESS);
	cr_assert_eq(o.type, MSGPACK_OBJECT_MAP);
	cr_assert_eq(o.via.map.size, 3);
	msgpack_zone_destroy(&z);
	pbuf_free(&pb);
}

/* "timeline" travels in an article and a JOB; only news or narrative. */
Test(protocol, article_timeline_round_trip_and_checked)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct article a, b;
	struct wmsg wa, wb;

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("h1");
	a.body = STR_LIT("In 1950 the war began.");
	a.timeline = STR_LIT("narrative");
	cr_assert_eq(proto_encode_article(&pb, &a), 0);
	cr_assert_eq(proto_decode_article(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert(str_is(b.timeline, "narrative"));
	cr_assert_eq(b.tl, TIMELINE_NARRATIVE);
	pbuf_free(&pb);
	memset(&wa, 0, sizeof(wa));
	wa.type = WMSG_JOB;
	wa.job = 7;
	wa.attempt = 1;
	wa.article.id = STR_LIT("h2");
	wa.article.body = STR_LIT("Body.");
	wa.article.timeline = STR_LIT("news");
	cr_assert_eq(proto_encode_wmsg(&pb, &wa), 0);
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &wb, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(wb.article.tl, TIMELINE_NEWS);
	pbuf_free(&pb);
	/* absent: the extractor decides */
	a.timeline = STR_LIT("");
	cr_assert_eq(proto_encode_article(&pb, &a), 0);
	cr_assert_eq(proto_decode_article(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_null(b.timeline.p);
	cr_assert_eq(b.tl, TIMELINE_AUTO);
	pbuf_free(&pb);
	a.timeline = STR_LIT("story");
	cr_assert_eq(proto_encode_article(&pb, &a), 0);
	cr_assert_eq(proto_decode_article(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), -1);
	cr_assert_str_eq(err, "timeline: not \"news\" or \"narrative\": "
	    "\"story\"");
	pbuf_free(&pb);
}

Test(protocol, ack_round_trip_every_status)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct ack a, b;
	int i;

	for (i = ACK_ACCEPTED; i <= ACK_REJECTED; i++) {
		memset(&a, 0, sizeof(a));
		a.id = STR_LIT("art-7");
		a.status = (enum ack_status)i;
		if (i == ACK_REJECTED)
			a.error = STR_LIT("body: empty");
		else if (i == ACK_BUSY)
			a.error = STR_LIT("queue full (10000 articles)");
		cr_assert_eq(proto_encode_ack(&pb, &a), 0);
		cr_assert_eq(proto_decode_ack(dec, pb.data, pb.len, &b, err,
		    sizeof(err)), 0, "%s", err);
		cr_assert(str_is(b.id, "art-7"));
		cr_assert_eq((int)b.status, i);
		if (i == ACK_REJECTED)
			cr_assert(str_is(b.error, "body: empty"));
		else if (i == ACK_BUSY)
			cr_assert(str_is(b.error,
			    "queue full (10000 articles)"));
		else
			cr_assert_null(b.error.p);
	}
	pbuf_free(&pb);
}

Test(protocol, ack_without_id)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct ack a, b;

	memset(&a, 0, sizeof(a));
	a.status = ACK_REJECTED;
	a.error = STR_LIT("message: malformed msgpack: truncated at byte 3");
	cr_assert_eq(proto_encode_ack(&pb, &a), 0);
	cr_assert_eq(proto_decode_ack(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_null(b.id.p);
	cr_assert_eq(b.status, ACK_REJECTED);
	cr_assert(str_is(b.error,
	    "message: malformed msgpack: truncated at byte 3"));
	pbuf_free(&pb);
}

Test(protocol, ack_rejects_unknown_status)
{
	struct mp m;
	struct ack a;

	mp_init(&m);
	msgpack_pack_map(&m.pk, 2);
	mp_kv(&m, "id", "x");
	mp_kv(&m, "status", "ok\n");
	cr_assert_eq(proto_decode_ack(dec, m.sb.data, m.sb.size, &a, err,
	    sizeof(err)), -1);
	assert_err("status: unknown status \"ok\\x0a\"");
	mp_free(&m);
}

Test(protocol, wmsg_ready_round_trip)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct wmsg a, b;

	memset(&a, 0, sizeof(a));
	a.type = WMSG_READY;
	a.credit = 4;
	a.pid = 4242;
	a.name = STR_LIT("host-1:4242");
	a.extractor = STR_LIT("quarry-extract/0.1");
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(b.type, WMSG_READY);
	cr_assert_eq(b.credit, 4);
	cr_assert_eq(b.pid, 4242);
	cr_assert(str_is(b.name, "host-1:4242"));
	cr_assert(str_is(b.extractor, "quarry-extract/0.1"));
	pbuf_free(&pb);
}

Test(protocol, wmsg_job_round_trip)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct wmsg a, b;

	memset(&a, 0, sizeof(a));
	a.type = WMSG_JOB;
	a.job = UINT64_C(0x1234567890);
	a.attempt = 3;
	a.article.id = STR_LIT("j1");
	a.article.body = STR_LIT("Body text.");
	a.article.source = STR_LIT("x.test");
	a.article.published = STR_LIT("2016-08-15");
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(b.type, WMSG_JOB);
	cr_assert_eq(b.job, UINT64_C(0x1234567890));
	cr_assert_eq(b.attempt, 3);
	cr_assert(str_is(b.article.id, "j1"));
	cr_assert(str_is(b.article.body, "Body text."));
	cr_assert(str_is(b.article.source, "x.test"));
	cr_assert_null(b.article.url.p);
	cr_assert_eq(b.article.pub.year, 2016);
	cr_assert_eq(b.article.pub.day, 15);
	pbuf_free(&pb);
}

/* Two quotes (one with a speaker, one without) and two dates. */
static void
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

static const char sample_body[] =
    "\"Win,\" Putin said. \"Yes.\" On 15 August 2016 for 35 years now.";

static void
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

Test(protocol, wmsg_done_with_result_round_trip)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct quote q[2];
	struct timex3 t[2];
	struct wmsg a, b;

	memset(&a, 0, sizeof(a));
	a.type = WMSG_DONE;
	a.job = 99;
	sample_items(&a.result, q, t, sample_body);
	a.result.elapsed_us = 1234;
	a.result.extractor = STR_LIT("quarry-extract/0.1");
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(b.type, WMSG_DONE);
	cr_assert_eq(b.job, 99);
	cr_assert_null(b.error.p);
	assert_sample_items(&b.result, 0);
	cr_assert_eq(b.result.elapsed_us, 1234);
	cr_assert(str_is(b.result.extractor, "quarry-extract/0.1"));
	/* The broker fills the texts from the body it holds. */
	cr_assert_eq(proto_result_check(&b.result, STR_LIT(sample_body), err,
	    sizeof(err)), 0, "%s", err);
	assert_sample_items(&b.result, 1);
	pbuf_free(&pb);
}

Test(protocol, wmsg_done_with_many_items)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct quote *q = calloc(5000, sizeof(*q));
	struct timex3 *t = calloc(5000, sizeof(*t));
	struct wmsg a, b;
	size_t i;

	cr_assert(q != NULL && t != NULL);
	memset(&a, 0, sizeof(a));
	a.type = WMSG_DONE;
	a.job = 1;
	for (i = 0; i < 5000; i++) {
		q[i].start = (uint32_t)i * 4;
		q[i].end = (uint32_t)i * 4 + 3;
		t[i].start = (uint32_t)i * 4;
		t[i].end = (uint32_t)i * 4 + 2;
		t[i].type = TIMEX_SET;
		strcpy(t[i].value, "P1D");
	}
	a.result.quotes = q;
	a.result.nquotes = 5000;
	a.result.dates = t;
	a.result.ndates = 5000;
	/* Far more objects than an Article may have: worker budget. */
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(b.result.nquotes, 5000);
	cr_assert_eq(b.result.ndates, 5000);
	cr_assert_eq(b.result.quotes[4999].end, 4999 * 4 + 3);
	cr_assert_eq(b.result.dates[4999].type, TIMEX_SET);
	cr_assert_str_eq(b.result.dates[4999].value, "P1D");
	pbuf_free(&pb);
	free(q);
	free(t);
}

Test(protocol, wmsg_done_with_error_round_trip)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct wmsg a, b;

	memset(&a, 0, sizeof(a));
	a.type = WMSG_DONE;
	a.job = 5;
	a.error = STR_LIT("extract: Cannot allocate memory");
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(b.type, WMSG_DONE);
	cr_assert_eq(b.job, 5);
	cr_assert(str_is(b.error, "extract: Cannot allocate memory"));
	cr_assert_eq(b.result.nquotes, 0);
	pbuf_free(&pb);
}

/*
 * The decoder reads a DONE's quotes and dates in the form workers write
 * them in its one pass (the fast path), the rest through the general scan
 * and walk; both must give the same verdict, reason and values.  DONEs
 * with items at every integer encoding's edge, speakers in UTF-8, empty,
 * with NUL, in bad UTF-8, of 4 to 7 bytes, past 31 and 255 bytes, spans
 * the walk refuses, and each of them with every byte changed in turn and
 * cut at every length, are decoded with the fast path and without; and
 * each DONE is encoded into a growing buffer (items written directly) and
 * into one of its exact size (through the packer), byte for byte the
 * same.
 */
static uint64_t diff_rng = 0x9e3779b97f4a7c15ULL;

static uint32_t
diff_next(uint32_t n)
{
	diff_rng ^= diff_rng << 13;
	diff_rng ^= diff_rng >> 7;
	diff_rng ^= diff_rng << 17;
	return (uint32_t)(diff_rng % n);
}

static int
diff_str_same(struct str a, struct str b)
{
	return a.p == b.p && a.len == b.len;
}

/*
 * A body every offset up to 70,000 of which is a character boundary, so
 * the Results of the DONEs below can be made; the items the Results
 * copied from their DONE (proto_encode_result_reusing), counted.
 */
static char diff_body[70000];
static size_t diff_reused;

/* The Result made from a decoded DONE: encoded, or with its items copied
 * from the DONE, byte for byte the same. */
static void
diff_result(struct proto_decoder *d, struct wmsg *m)
{
	struct pbuf p1 = { NULL, 0, 0 }, p2 = { NULL, 0, 0 };
	char e[PROTO_ERR_MAX];
	size_t i, len;

	if (m->type != WMSG_DONE || m->error.len > 0 ||
	    proto_result_check(&m->result, str_make(diff_body,
	    sizeof(diff_body)), e, sizeof(e)) == -1)
		return;
	m->result.id = STR_LIT("r-1");
	m->result.source = STR_LIT("example.com");
	m->result.seq = 7;
	m->result.worker = STR_LIT("host:1");
	cr_assert_eq(proto_encode_result(&p1, &m->result), 0);
	cr_assert_eq(proto_encode_result_reusing(&p2, &m->result, d), 0);
	cr_assert(p1.len == p2.len && memcmp(p1.data, p2.data, p1.len) == 0,
	    "a Result with copied items differs");
	for (i = 0; i < m->result.nquotes; i++)
		diff_reused += proto_decoder_item_wire(d, &m->result, 0, i,
		    &len) != NULL;
	for (i = 0; i < m->result.ndates; i++)
		diff_reused += proto_decoder_item_wire(d, &m->result, 1, i,
		    &len) != NULL;
	pbuf_free(&p1);
	pbuf_free(&p2);
}

static void
diff_decode(struct proto_decoder *fast, struct proto_decoder *general,
    const void *buf, size_t len)
{
	char e1[PROTO_ERR_MAX], e2[PROTO_ERR_MAX];
	struct wmsg a, b;
	int r1, r2;
	size_t i;

	r1 = proto_decode_wmsg(fast, buf, len, &a, e1, sizeof(e1));
	r2 = proto_decode_wmsg(general, buf, len, &b, e2, sizeof(e2));
	cr_assert_eq(r1, r2, "fast %d (%s), general %d (%s)", r1,
	    r1 ? e1 : "", r2, r2 ? e2 : "");
	cr_assert_eq(a.type, b.type);
	cr_assert_eq(a.job, b.job);
	if (r1 == -1) {
		cr_assert_str_eq(e1, e2);
		return;
	}
	cr_assert(diff_str_same(a.error, b.error));
	cr_assert(diff_str_same(a.result.extractor, b.result.extractor));
	cr_assert_eq(a.result.elapsed_us, b.result.elapsed_us);
	cr_assert_eq(a.result.nquotes, b.result.nquotes);
	cr_assert_eq(a.result.ndates, b.result.ndates);
	for (i = 0; i < a.result.nquotes; i++) {
		const struct quote *x = &a.result.quotes[i],
		    *y = &b.result.quotes[i];

		cr_assert(x->start == y->start && x->end == y->end &&
		    x->kind == y->kind && diff_str_same(x->text, y->text) &&
		    diff_str_same(x->speaker, y->speaker) &&
		    x->speaker_start == y->speaker_start &&
		    x->speaker_end == y->speaker_end &&
		    diff_str_same(x->cue, y->cue), "quotes[%zu] differ", i);
	}
	for (i = 0; i < a.result.ndates; i++) {
		const struct timex3 *x = &a.result.dates[i],
		    *y = &b.result.dates[i];

		cr_assert(x->start == y->start && x->end == y->end &&
		    x->type == y->type && x->mod == y->mod &&
		    memcmp(x->value, y->value, sizeof(x->value)) == 0 &&
		    diff_str_same(x->text, y->text), "dates[%zu] differ", i);
	}
	diff_result(fast, &a);
}

Test(protocol, wmsg_done_fast_path_agrees_with_the_walk, .timeout = 120)
{
	static const uint32_t edges[] = {
		0, 1, 126, 127, 128, 254, 255, 256, 65534, 65535, 65536,
		UINT32_MAX - 1, UINT32_MAX,
	};
	static const char *const cues[] = { "said", "according to", ":" };
	static const char *const values[] = {
		"2016-08-15", "P35Y", "PRESENT_REF", "XXXX-WXX-1", "2016 08",
		"",
	};
	char longname[300], utf8[] = "Jos\xc3\xa9 \xc3\x91\xc3\xba\xc3\xb1"
	    "ez", nul[] = "Ann\0e", bad[] = "Ann\xff";
	struct str speakers[] = {
		{ NULL, 0 }, STR_LIT("Jane Holt"), { utf8, sizeof(utf8) - 1 },
		{ "", 0 }, { nul, sizeof(nul) - 1 }, { bad, sizeof(bad) - 1 },
		{ longname, 40 }, { longname, sizeof(longname) },
		STR_LIT("Li Wei"),
	};
	struct proto_decoder *general = proto_decoder_new();
	struct pbuf pb = { NULL, 0, 0 };
	struct quote q[6];
	struct timex3 t[6];
	unsigned char *buf;
	struct wmsg w;
	size_t i, j, k, n, frames = 40;
	unsigned char b;

	cr_assert_not_null(general);
	proto_decoder_fast_items(general, 0);
	memset(longname, 'x', sizeof(longname));
	memset(diff_body, 'a', sizeof(diff_body));
	diff_reused = 0;
	for (n = 0; n < frames; n++) {
		memset(&w, 0, sizeof(w));
		memset(q, 0, sizeof(q));
		memset(t, 0, sizeof(t));
		w.type = WMSG_DONE;
		w.job = edges[diff_next(13)];
		w.result.nquotes = diff_next(7);
		w.result.ndates = diff_next(7);
		w.result.quotes = q;
		w.result.dates = t;
		w.result.elapsed_us = diff_next(100000);
		w.result.extractor = STR_LIT("quarry-extract/0.1");
		for (i = 0; i < w.result.nquotes; i++) {
			q[i].start = edges[diff_next(13)];
			q[i].end = diff_next(8) == 0 ? q[i].start :
			    edges[diff_next(13)];
			q[i].kind = (enum quote_kind)diff_next(3);
			q[i].speaker = speakers[diff_next(sizeof(speakers) /
			    sizeof(speakers[0]))];
			if (diff_next(2)) {
				q[i].speaker_start = edges[diff_next(13)];
				q[i].speaker_end = edges[diff_next(13)];
			}
			if (diff_next(2)) {
				const char *c = cues[diff_next(3)];

				q[i].cue = str_make(c, strlen(c));
			}
		}
		for (i = 0; i < w.result.ndates; i++) {
			t[i].start = edges[diff_next(13)];
			t[i].end = edges[diff_next(13)];
			t[i].type = (enum timex_type)diff_next(4);
			t[i].mod = (enum timex_mod)diff_next(13);
			snprintf(t[i].value, sizeof(t[i].value), "%s",
			    values[diff_next(6)]);
		}
		cr_assert_eq(proto_encode_wmsg(&pb, &w), 0);
		buf = malloc(pb.len);
		cr_assert_not_null(buf);
		/* Items are written directly into a growing buffer, through
		 * msgpack-c's packer into one of the exact size: the same. */
		cr_assert_eq(proto_wmsg_size(&w), pb.len);
		cr_assert_eq(proto_encode_wmsg_into(buf, pb.len, &w), 0);
		cr_assert(memcmp(buf, pb.data, pb.len) == 0,
		    "a DONE's bytes depend on the buffer it is encoded into");
		memcpy(buf, pb.data, pb.len);
		diff_decode(dec, general, buf, pb.len);
		for (k = 0; k < pb.len; k++)
			diff_decode(dec, general, buf, k);
		for (k = 0; k < pb.len; k++) {
			/* With each edge of the fast path's checks of
			 * texts (0x01-0x7f) and values (0x21-0x7e). */
			static const unsigned char to[] = {
				0x00, 0x01, 0x20, 0x21, 0x7e, 0x7f, 0x80, 0xa0,
				0xc0, 0xcc, 0xcd, 0xd9, 0xff,
			};

			b = buf[k];
			for (j = 0; j < sizeof(to) + 2; j++) {
				buf[k] = j < sizeof(to) ? to[j] :
				    j == sizeof(to) ? b ^ 1 :
				    (unsigned char)(b + 1);
				diff_decode(dec, general, buf, pb.len);
			}
			buf[k] = b;
		}
		free(buf);
	}
	/* Most items of the unchanged DONEs were copied, not encoded. */
	cr_assert_gt(diff_reused, 200, "%zu items copied", diff_reused);
	pbuf_free(&pb);
	proto_decoder_destroy(&general);
}

/*
 * A DONE whose quotes array claims an item the frame has no byte for
 * (found by fuzz_decode: the fast path read the item's first byte one
 * past the frame; ASan's heap-buffer-overflow under make asan).  Decoded
 * from a copy of exactly its size, with the fast path and without: the
 * same reason.
 */
Test(protocol, a_done_item_without_its_byte_reads_nothing_past_the_frame)
{
	static const unsigned char frame[] = {
		0x84, 0xa1, 0x76, 0x01, 0xa1, 0x74, 0xa4, 0x64, 0x6f, 0x6e,
		0x65, 0xa3, 0x6a, 0x6f, 0x62, 0x07, 0xa6, 0x72, 0x65, 0x73,
		0x75, 0x6c, 0x74, 0x84, 0xa6, 0x71, 0x75, 0x6f, 0x74, 0x65,
		0x73, 0x93, 0x87, 0xa5, 0x6e, 0x64, 0x0e, 0x49, 0x6b, 0x69,
		0x6e, 0x64, 0xff, 0xff, 0x45, 0xaa, 0x65, 0x6c, 0x61, 0x70,
		0x73, 0x01, 0x00, 0x5f, 0x75, 0x2f, 0x0c, 0xa9, 0x65, 0x78,
		0x74, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xa6,
		0x64, 0x69, 0x72, 0x74, 0x71, 0x75, 0x69, 0x31,
	};
	struct proto_decoder *general = proto_decoder_new();
	unsigned char *buf = malloc(sizeof(frame));
	char gerr[PROTO_ERR_MAX];
	struct wmsg w;

	cr_assert(general != NULL && buf != NULL);
	proto_decoder_fast_items(general, 0);
	memcpy(buf, frame, sizeof(frame));
	cr_assert_eq(proto_decode_wmsg(dec, buf, sizeof(frame), &w, err,
	    sizeof(err)), -1);
	cr_assert_eq(proto_decode_wmsg(general, buf, sizeof(frame), &w, gerr,
	    sizeof(gerr)), -1);
	cr_assert_str_eq(err, gerr);
	free(buf);
	proto_decoder_destroy(&general);
}

/*
 * A DONE's item in a longer encoding than msgpack-c's packer picks (an
 * integer of 8 bits under 128, a str 8 of 5 bytes) decodes on the fast
 * path but is not copied into the Result: the Result is byte for byte
 * what encoding its values gives, and the item in the packer's form
 * beside it is copied.
 */
Test(protocol, result_copies_only_items_in_the_packers_encodings)
{
	static const unsigned char done[] = {
		0x84, 0xa1, 'v', 0x01, 0xa1, 't', 0xa4, 'd', 'o', 'n', 'e',
		0xa3, 'j', 'o', 'b', 0x07,
		0xa6, 'r', 'e', 's', 'u', 'l', 't', 0x82,
		0xa6, 'q', 'u', 'o', 't', 'e', 's', 0x92,
		/* start 0xcc 0x05: 8 bits for 5 */
		0x87, 0xa5, 's', 't', 'a', 'r', 't', 0xcc, 0x05,
		0xa3, 'e', 'n', 'd', 0x09,
		0xa4, 'k', 'i', 'n', 'd', 0xa6, 'd', 'i', 'r', 'e', 'c', 't',
		0xa7, 's', 'p', 'e', 'a', 'k', 'e', 'r',
		0xd9, 0x05, 'H', 'o', 'l', 't', '!',
		0xad, 's', 'p', 'e', 'a', 'k', 'e', 'r', '_', 's', 't', 'a',
		'r', 't', 0xc0,
		0xab, 's', 'p', 'e', 'a', 'k', 'e', 'r', '_', 'e', 'n', 'd',
		0xc0,
		0xa3, 'c', 'u', 'e', 0xc0,
		/* the packer's own form */
		0x87, 0xa5, 's', 't', 'a', 'r', 't', 0x0a,
		0xa3, 'e', 'n', 'd', 0x0c,
		0xa4, 'k', 'i', 'n', 'd', 0xa7, 'p', 'a', 'r', 't', 'i', 'a',
		'l',
		0xa7, 's', 'p', 'e', 'a', 'k', 'e', 'r', 0xc0,
		0xad, 's', 'p', 'e', 'a', 'k', 'e', 'r', '_', 's', 't', 'a',
		'r', 't', 0xc0,
		0xab, 's', 'p', 'e', 'a', 'k', 'e', 'r', '_', 'e', 'n', 'd',
		0xc0,
		0xa3, 'c', 'u', 'e', 0xc0,
		0xa5, 'd', 'a', 't', 'e', 's', 0x90,
	};
	struct pbuf p1 = { NULL, 0, 0 }, p2 = { NULL, 0, 0 };
	struct result saved;
	size_t len;
	struct wmsg w;

	cr_assert_eq(proto_decode_wmsg(dec, done, sizeof(done), &w, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(w.result.nquotes, 2);
	cr_assert(str_is(w.result.quotes[0].speaker, "Holt!"));
	cr_assert_eq(proto_result_check(&w.result,
	    STR_LIT("0123456789abcdef"), err, sizeof(err)), 0, "%s", err);
	w.result.id = STR_LIT("r-1");
	cr_assert_null(proto_decoder_item_wire(dec, &w.result, 0, 0, &len));
	cr_assert_not_null(proto_decoder_item_wire(dec, &w.result, 0, 1,
	    &len));
	cr_assert_eq(proto_encode_result(&p1, &w.result), 0);
	cr_assert_eq(proto_encode_result_reusing(&p2, &w.result, dec), 0);
	cr_assert(p1.len == p2.len && memcmp(p1.data, p2.data, p1.len) == 0);
	/* Another decode since: nothing is copied from a frame gone. */
	saved = w.result;
	cr_assert_eq(proto_decode_wmsg(dec, done, 3, &w, err, sizeof(err)),
	    -1);
	cr_assert_null(proto_decoder_item_wire(dec, &saved, 0, 1, &len));
	pbuf_free(&p1);
	pbuf_free(&p2);
}

/* --- batches: JOBS and DONES (docs/protocol.md 7.5) --- */

Test(protocol, wmsg_ready_batch_round_trip_and_limits)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct wmsg a, b;
	struct mp m;

	memset(&a, 0, sizeof(a));
	a.type = WMSG_READY;
	a.credit = 32;
	a.batch = 32;
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(b.batch, 32);
	/* Absent (an older worker): 0, single JOBs. */
	a.batch = 0;
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_null(memmem(pb.data, pb.len, "batch", 5));
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(b.batch, 0);
	pbuf_free(&pb);

	mp_wmsg_begin(&m, "ready", 2);
	mp_ku(&m, "credit", 4);
	mp_ku(&m, "batch", 0);
	cr_assert_eq(mp_wmsg(&m, &b), -1);
	assert_err("batch: 0, must be 1..64");
	mp_free(&m);
	mp_wmsg_begin(&m, "ready", 2);
	mp_ku(&m, "credit", 4);
	mp_ku(&m, "batch", PROTO_BATCH_MAX + 1);
	cr_assert_eq(mp_wmsg(&m, &b), -1);
	assert_err("batch: 65, must be 1..64");
	mp_free(&m);
	mp_wmsg_begin(&m, "ready", 2);
	mp_ku(&m, "credit", 4);
	mp_kv(&m, "batch", "8");
	cr_assert_eq(mp_wmsg(&m, &b), -1);
	assert_err("batch: expected integer, got string");
	mp_free(&m);
}

/* n JOBs (job ids 100 + i, bodies "Body i.") built in place, as the
 * broker builds a JOBS, into pb. */
static void
build_jobs(struct pbuf *pb, size_t n, struct wmsg *jobs, char bodies[][32])
{
	size_t i, size[PROTO_BATCH_MAX], total;
	struct proto_batch b;
	void *at;

	total = proto_batch_head_size(WMSG_JOBS, n);
	for (i = 0; i < n; i++) {
		memset(&jobs[i], 0, sizeof(jobs[i]));
		jobs[i].type = WMSG_JOB;
		jobs[i].job = 100 + i;
		jobs[i].attempt = 1 + (uint32_t)(i % 3);
		snprintf(bodies[i], 32, "Body %zu.", i);
		jobs[i].article.id = str_make(bodies[i], 4);
		jobs[i].article.body = str_make(bodies[i], strlen(bodies[i]));
		size[i] = proto_wmsg_size(&jobs[i]);
		cr_assert_gt(size[i], 0);
		total += proto_batch_item_size(size[i]);
	}
	pbuf_free(pb);
	cr_assert_not_null(pb->data = malloc(total));
	pb->len = pb->cap = total;
	cr_assert_eq(proto_batch_open(&b, pb->data, total, WMSG_JOBS, n), 0);
	for (i = 0; i < n; i++) {
		cr_assert_not_null(at = proto_batch_item(&b, size[i]));
		cr_assert_eq(proto_encode_wmsg_into(at, size[i], &jobs[i]), 0);
	}
	cr_assert_eq(b.pos, total);
	/* Nothing more fits. */
	cr_assert_null(proto_batch_item(&b, 1));
}

Test(protocol, wmsg_jobs_round_trip_every_size)
{
	static const size_t sizes[] = { 1, 2, 15, 16, PROTO_BATCH_MAX };
	struct wmsg jobs[PROTO_BATCH_MAX], b, j;
	char bodies[PROTO_BATCH_MAX][32];
	struct pbuf pb = { NULL, 0, 0 }, pe = { NULL, 0, 0 };
	struct str msgs[PROTO_BATCH_MAX];
	size_t k, i;

	for (k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		build_jobs(&pb, sizes[k], jobs, bodies);
		cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
		    sizeof(err)), 0, "%zu: %s", sizes[k], err);
		cr_assert_eq(b.type, WMSG_JOBS);
		cr_assert_eq(b.nmsgs, sizes[k]);
		for (i = 0; i < b.nmsgs; i++) {
			/* Each JOB is decoded in place, the batch kept. */
			cr_assert_eq(proto_decode_wmsg_item(dec, &b, i, &j,
			    err, sizeof(err)), 0, "%s", err);
			cr_assert_eq(j.type, WMSG_JOB);
			cr_assert_eq(j.job, 100 + i);
			cr_assert_eq(j.attempt, jobs[i].attempt);
			cr_assert(str_is(j.article.body, bodies[i]));
			cr_assert((const char *)j.article.body.p > pb.data &&
			    j.article.body.p < pb.data + pb.len);
			msgs[i] = b.msgs[i];
		}
		/* proto_encode_wmsg() writes the same bytes. */
		memset(&j, 0, sizeof(j));
		j.type = WMSG_JOBS;
		j.msgs = msgs;
		j.nmsgs = sizes[k];
		cr_assert_eq(proto_encode_wmsg(&pe, &j), 0);
		cr_assert(pe.len == pb.len &&
		    memcmp(pe.data, pb.data, pb.len) == 0, "%zu", sizes[k]);
	}
	pbuf_free(&pb);
	pbuf_free(&pe);
}

Test(protocol, wmsg_dones_round_trip_each_done_its_own)
{
	struct pbuf d[3] = { { NULL, 0, 0 }, { NULL, 0, 0 }, { NULL, 0, 0 } };
	struct pbuf pb = { NULL, 0, 0 }, p1 = { NULL, 0, 0 },
	    p2 = { NULL, 0, 0 };
	struct str msgs[3];
	struct quote q[2];
	struct timex3 t[2];
	struct wmsg a, b, x;
	size_t i;

	for (i = 0; i < 3; i++) {
		memset(&a, 0, sizeof(a));
		a.type = WMSG_DONE;
		a.job = 7 + i;
		if (i == 1)
			a.error = STR_LIT("extract: Cannot allocate memory");
		else
			sample_items(&a.result, q, t, sample_body);
		cr_assert_eq(proto_encode_wmsg(&d[i], &a), 0);
		msgs[i] = str_make(d[i].data, d[i].len);
	}
	memset(&a, 0, sizeof(a));
	a.type = WMSG_DONES;
	a.msgs = msgs;
	a.nmsgs = 3;
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(b.type, WMSG_DONES);
	cr_assert_eq(b.nmsgs, 3);
	for (i = 0; i < 3; i++) {
		cr_assert_eq(proto_decode_wmsg_item(dec, &b, i, &x, err,
		    sizeof(err)), 0, "%s", err);
		cr_assert_eq(x.type, WMSG_DONE);
		cr_assert_eq(x.job, 7 + i);
		if (i == 1) {
			cr_assert(str_is(x.error,
			    "extract: Cannot allocate memory"));
			continue;
		}
		assert_sample_items(&x.result, 0);
		/* The Result copies this DONE's items, as from a DONE
		 * alone. */
		cr_assert_eq(proto_result_check(&x.result,
		    STR_LIT(sample_body), err, sizeof(err)), 0, "%s", err);
		x.result.id = STR_LIT("r");
		cr_assert_eq(proto_encode_result(&p1, &x.result), 0);
		cr_assert_eq(proto_encode_result_reusing(&p2, &x.result, dec),
		    0);
		cr_assert(p1.len == p2.len &&
		    memcmp(p1.data, p2.data, p1.len) == 0);
		cr_assert_not_null(proto_decoder_item_wire(dec, &x.result, 0,
		    0, &(size_t){ 0 }));
	}
	for (i = 0; i < 3; i++)
		pbuf_free(&d[i]);
	pbuf_free(&pb);
	pbuf_free(&p1);
	pbuf_free(&p2);
}

/* A batch frame {v, t, msgs: <the caller packs n more values>}. */
static void
mp_batch_begin(struct mp *m, const char *t)
{
	mp_wmsg_begin(m, t, 1);
	mp_str(m, "msgs");
}

static void
mp_bin(struct mp *m, const void *p, size_t n)
{
	msgpack_pack_bin(&m->pk, n);
	msgpack_pack_bin_body(&m->pk, p, n);
}

Test(protocol, wmsg_batch_faults_name_the_message)
{
	static const char hb[] = "\x82\xa1v\x01\xa1t\xa2hb";
	struct pbuf job = { NULL, 0, 0 }, done = { NULL, 0, 0 },
	    inner = { NULL, 0, 0 };
	struct wmsg w, x;
	struct mp m;
	size_t i;

	memset(&w, 0, sizeof(w));
	w.type = WMSG_JOB;
	w.job = 5;
	w.attempt = 1;
	w.article.id = STR_LIT("a");
	w.article.body = STR_LIT("b");
	cr_assert_eq(proto_encode_wmsg(&job, &w), 0);
	memset(&w, 0, sizeof(w));
	w.type = WMSG_DONE;
	w.job = 5;
	w.error = STR_LIT("x");
	cr_assert_eq(proto_encode_wmsg(&done, &w), 0);

	mp_wmsg_begin(&m, "jobs", 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("msgs: missing");
	mp_free(&m);

	mp_batch_begin(&m, "dones");
	msgpack_pack_map(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("msgs: expected array, got map");
	mp_free(&m);

	mp_batch_begin(&m, "jobs");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("msgs: 0 messages, must be 1..64");
	mp_free(&m);

	mp_batch_begin(&m, "jobs");
	msgpack_pack_array(&m.pk, PROTO_BATCH_MAX + 1);
	for (i = 0; i <= PROTO_BATCH_MAX; i++)
		mp_bin(&m, job.data, job.len);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("msgs: 65 messages, must be 1..64");
	mp_free(&m);

	/* The message inline, not as a binary string. */
	mp_batch_begin(&m, "dones");
	msgpack_pack_array(&m.pk, 2);
	mp_bin(&m, done.data, done.len);
	msgpack_sbuffer_write(&m.sb, done.data, done.len);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("msgs[1]: expected binary (a whole message), got map");
	mp_free(&m);

	mp_batch_begin(&m, "dones");
	msgpack_pack_array(&m.pk, 1);
	mp_bin(&m, "", 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("msgs[0]: empty");
	mp_free(&m);

	/* Each message's own faults, named with its place. */
	mp_batch_begin(&m, "dones");
	msgpack_pack_array(&m.pk, 4);
	mp_bin(&m, done.data, done.len);
	mp_bin(&m, job.data, job.len);
	mp_bin(&m, "\xc1", 1);
	mp_bin(&m, hb, sizeof(hb) - 1);
	cr_assert_eq(mp_wmsg(&m, &w), 0, "%s", err);
	cr_assert_eq(w.nmsgs, 4);
	cr_assert_eq(proto_decode_wmsg_item(dec, &w, 0, &x, err, sizeof(err)),
	    0, "%s", err);
	cr_assert_eq(proto_decode_wmsg_item(dec, &w, 1, &x, err, sizeof(err)),
	    -1);
	assert_err("msgs[1].t: \"job\" in a \"dones\" batch");
	cr_assert_eq(proto_decode_wmsg_item(dec, &w, 2, &x, err, sizeof(err)),
	    -1);
	assert_err("msgs[2]: malformed msgpack: reserved byte 0xc1 at byte 0");
	cr_assert_eq(proto_decode_wmsg_item(dec, &w, 3, &x, err, sizeof(err)),
	    -1);
	assert_err("msgs[3].t: \"hb\" in a \"dones\" batch");
	cr_assert_eq(proto_decode_wmsg_item(dec, &w, 4, &x, err, sizeof(err)),
	    -1);
	assert_err("msgs[4]: no such message of a batch");
	mp_free(&m);

	/* A batch inside a batch is refused before it is read. */
	memset(&x, 0, sizeof(x));
	x.type = WMSG_JOBS;
	x.msgs = &(struct str){ job.data, job.len };
	x.nmsgs = 1;
	cr_assert_eq(proto_encode_wmsg(&inner, &x), 0);
	mp_batch_begin(&m, "jobs");
	msgpack_pack_array(&m.pk, 2);
	mp_bin(&m, job.data, job.len);
	mp_bin(&m, inner.data, inner.len);
	cr_assert_eq(mp_wmsg(&m, &w), 0, "%s", err);
	cr_assert_eq(proto_decode_wmsg_item(dec, &w, 1, &x, err, sizeof(err)),
	    -1);
	assert_err("msgs[1].t: \"jobs\" inside a batch");
	/* ... and the batch is intact: its first JOB still decodes. */
	cr_assert_eq(proto_decode_wmsg_item(dec, &w, 0, &x, err, sizeof(err)),
	    0, "%s", err);
	cr_assert_eq(x.job, 5);
	mp_free(&m);

	/* A JOB the worker cannot use keeps its id, to be answered. */
	mp_batch_begin(&m, "jobs");
	msgpack_pack_array(&m.pk, 1);
	{
		struct mp j;

		mp_wmsg_begin(&j, "job", 3);
		mp_ku(&j, "job", 9);
		mp_ku(&j, "attempt", 1);
		mp_str(&j, "article");
		msgpack_pack_map(&j.pk, 1);
		mp_kv(&j, "id", "a");
		mp_bin(&m, j.sb.data, j.sb.size);
		mp_free(&j);
	}
	cr_assert_eq(mp_wmsg(&m, &w), 0, "%s", err);
	cr_assert_eq(proto_decode_wmsg_item(dec, &w, 0, &x, err, sizeof(err)),
	    -1);
	assert_err("msgs[0].article.body: missing");
	cr_assert_eq(x.type, WMSG_JOB);
	cr_assert_eq(x.job, 9);
	mp_free(&m);

	/* Not a batch at all. */
	mp_wmsg_begin(&m, "hb", 0);
	cr_assert_eq(mp_wmsg(&m, &w), 0, "%s", err);
	cr_assert_eq(proto_decode_wmsg_item(dec, &w, 0, &x, err, sizeof(err)),
	    -1);
	assert_err("msgs[0]: no such message of a batch");
	mp_free(&m);
	pbuf_free(&job);
	pbuf_free(&done);
	pbuf_free(&inner);
}

Test(protocol, wmsg_heartbeat_and_bye_round_trip)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct wmsg a, b;

	memset(&a, 0, sizeof(a));
	a.type = WMSG_HEARTBEAT;
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(b.type, WMSG_HEARTBEAT);
	a.type = WMSG_BYE;
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_eq(proto_decode_wmsg(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(b.type, WMSG_BYE);
	/* {"v":1,"t":"hb"} is all there is. */
	a.type = WMSG_HEARTBEAT;
	cr_assert_eq(proto_encode_wmsg(&pb, &a), 0);
	cr_assert_eq(pb.len, 9);
	cr_assert_eq(memcmp(pb.data, "\x82\xa1v\x01\xa1t\xa2hb", 9), 0);
	pbuf_free(&pb);
}

Test(protocol, result_round_trip_full)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct quote q[2];
	struct timex3 t[2];
	struct result a, b;

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("r1");
	a.seq = 17;
	a.url = STR_LIT("https://x.test/1");
	a.source = STR_LIT("x.test");
	/* published absent: nil on the wire. */
	sample_items(&a, q, t, sample_body);
	a.worker = STR_LIT("host:12");
	a.elapsed_us = 77;
	a.extractor = STR_LIT("quarry-extract/0.1");
	cr_assert_eq(proto_encode_result(&pb, &a), 0);
	cr_assert_eq(proto_decode_result(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert(str_is(b.id, "r1"));
	cr_assert_eq(b.seq, 17);
	cr_assert(str_is(b.url, "https://x.test/1"));
	cr_assert(str_is(b.source, "x.test"));
	cr_assert_null(b.published.p);
	assert_sample_items(&b, 1);
	cr_assert(str_is(b.worker, "host:12"));
	cr_assert_eq(b.elapsed_us, 77);
	cr_assert(str_is(b.extractor, "quarry-extract/0.1"));
	cr_assert_eq(b.error.len, 0);
	pbuf_free(&pb);
}

Test(protocol, result_dead_letter_round_trip)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct result a, b;
	msgpack_zone z;
	msgpack_object o;
	size_t off = 0;

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("d1");
	a.seq = 3;
	a.published = STR_LIT("2016-08-15");
	a.error = STR_LIT("worker w1: job timeout");
	a.attempts = 3;
	cr_assert_eq(proto_encode_result(&pb, &a), 0);
	cr_assert_eq(proto_decode_result(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert(str_is(b.id, "d1"));
	cr_assert_eq(b.seq, 3);
	cr_assert(str_is(b.error, "worker w1: job timeout"));
	cr_assert_eq(b.attempts, 3);
	cr_assert(str_is(b.published, "2016-08-15"));
	cr_assert_null(b.source.p);
	cr_assert_eq(b.nquotes, 0);
	cr_assert_eq(b.ndates, 0);
	/* v id seq url source published error attempts: no quotes. */
	msgpack_zone_init(&z, 2048);
	cr_assert_eq(msgpack_unpack(pb.data, pb.len, &off, &z, &o),
	    MSGPACK_UNPACK_SUCCESS);
	cr_assert_eq(o.via.map.size, 8);
	msgpack_zone_destroy(&z);
	pbuf_free(&pb);
}

Test(protocol, hello_is_version_map)
{
	struct pbuf pb = { NULL, 0, 0 };

	cr_assert_eq(proto_encode_hello(&pb), 0);
	cr_assert_eq(pb.len, 4);
	cr_assert_eq(memcmp(pb.data, "\x81\xa1v\x01", 4), 0);
	pbuf_free(&pb);
}

Test(protocol, decoder_reuse_across_messages)
{
	struct pbuf pb = { NULL, 0, 0 }, bad = { NULL, 0, 0 };
	struct quote q[2];
	struct timex3 t[2];
	struct result r, out;
	struct article a;
	int i;

	memset(&r, 0, sizeof(r));
	r.id = STR_LIT("r");
	r.seq = 1;
	sample_items(&r, q, t, sample_body);
	cr_assert_eq(proto_encode_result(&pb, &r), 0);
	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("x");
	a.body = STR_LIT("");
	cr_assert_eq(proto_encode_article(&bad, &a), 0);
	for (i = 0; i < 2000; i++) {
		cr_assert_eq(proto_decode_result(dec, pb.data, pb.len, &out,
		    err, sizeof(err)), 0, "%s", err);
		assert_sample_items(&out, 1);
		cr_assert_eq(proto_decode_article(dec, bad.data, bad.len, &a,
		    err, sizeof(err)), -1);
		assert_err("body: empty");
	}
	pbuf_free(&pb);
	pbuf_free(&bad);
}

/* --- framing and structure --- */

Test(protocol, reject_not_msgpack)
{
	cr_assert_eq(raw_article("this is not msgpack", 19), -1);
	assert_err_has("msgpack");
	cr_assert_eq(raw_article("", 0), -1);
	assert_err("message: empty frame");
	cr_assert_eq(raw_article(NULL, 0), -1);
}

Test(protocol, reject_every_truncation_of_an_article)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct article a;
	size_t n;

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("trunc-1");
	a.body = STR_LIT("\"Fine,\" he said, \xe2\x80\x94 and left.");
	a.url = STR_LIT("https://x.test/a");
	a.published = STR_LIT("2016-08-15T10:00:00Z");
	cr_assert_eq(proto_encode_article(&pb, &a), 0);
	for (n = 0; n < pb.len; n++) {
		char *copy = malloc(n + 1);

		/* An exact-size copy, so reading past n would be caught by
		 * the sanitizers rather than land on the rest of pb. */
		cr_assert_not_null(copy);
		memcpy(copy, pb.data, n);
		cr_assert_eq(raw_article(copy, n), -1, "prefix %zu accepted",
		    n);
		cr_assert(err[0] != '\0');
		free(copy);
	}
	cr_assert_eq(raw_article(pb.data, pb.len), 0, "%s", err);
	pbuf_free(&pb);
}

Test(protocol, reject_wrong_top_level_type)
{
	static const unsigned char array[] = { 0x92, 0x01, 0x02 };
	static const unsigned char str[] = { 0xa2, 'h', 'i' };
	static const unsigned char nil[] = { 0xc0 };

	cr_assert_eq(raw_article(array, sizeof(array)), -1);
	assert_err("message: expected map, got array");
	cr_assert_eq(raw_article(str, sizeof(str)), -1);
	assert_err("message: expected map, got string");
	cr_assert_eq(raw_article(nil, sizeof(nil)), -1);
	assert_err("message: expected map, got nil");
}

Test(protocol, reject_string_claiming_4_gib)
{
	static const unsigned char f[] = { 0x82, 0xa2, 'i', 'd', 0xa1, 'x',
	    0xa4, 'b', 'o', 'd', 'y', 0xdb, 0xff, 0xff, 0xff, 0xff, 'a' };

	cr_assert_eq(raw_article(f, sizeof(f)), -1);
	assert_err("body: string of 4294967295 bytes at byte 11, only 1 "
	    "remain");
}

Test(protocol, reject_array_and_map_claiming_2_32_elements)
{
	static const unsigned char arr[] = { 0x81, 0xa1, 'x',
	    0xdd, 0xff, 0xff, 0xff, 0xff, 0xc0 };
	static const unsigned char map[] = { 0xdf, 0xff, 0xff, 0xff, 0xff,
	    0xa1, 'x', 0xc0 };
	/* Within the limits, but more than the bytes could hold. */
	static const unsigned char arr2[] = { 0x81, 0xa1, 'x',
	    0xdc, 0x10, 0x00, 0xc0, 0xc0 };
	static const unsigned char map2[] = { 0x81, 0xa1, 'x',
	    0x8f, 0xa1, 'a', 0xc0 };
	static const unsigned char owed[] = { 0x81, 0xa1, 'x',
	    0x92, 0x93, 0xc0, 0xc0, 0xc0 };

	cr_assert_eq(raw_article(arr, sizeof(arr)), -1);
	assert_err("x: array of 4294967295 elements at byte 3, limit 8192");
	cr_assert_eq(raw_article(map, sizeof(map)), -1);
	assert_err("message: map of 4294967295 entries at byte 0, limit 64");
	cr_assert_eq(raw_article(arr2, sizeof(arr2)), -1);
	assert_err("x: array of 4096 elements at byte 3, only 2 bytes "
	    "remain");
	cr_assert_eq(raw_article(map2, sizeof(map2)), -1);
	assert_err("x: map of 15 entries at byte 3, only 3 bytes remain");
	/* Each fits, but not together with what the outer array owes. */
	cr_assert_eq(raw_article(owed, sizeof(owed)), -1);
	assert_err("x: malformed msgpack: truncated: 4 objects owed at byte "
	    "5, only 3 bytes remain");
}

Test(protocol, reject_million_deep_nesting)
{
	size_t n = 1000000;
	unsigned char *f = malloc(n + 3);

	cr_assert_not_null(f);
	memset(f, 0x91, n);
	cr_assert_eq(raw_article(f, n), -1);
	assert_err("message: nesting deeper than 6 at byte 6");
	/* Inside a map, the key is named. */
	f[0] = 0x81;
	f[1] = 0xa1;
	f[2] = 'q';
	memset(f + 3, 0x91, n);
	cr_assert_eq(raw_article(f, n + 3), -1);
	assert_err("q: nesting deeper than 6 at byte 8");
	free(f);
}

Test(protocol, accept_nesting_at_the_limit)
{
	/* {"id":"x","body":"b","z":[[[[[nil]]]]]}: depth 6, ignored. */
	static const unsigned char f[] = { 0x83, 0xa2, 'i', 'd', 0xa1, 'x',
	    0xa4, 'b', 'o', 'd', 'y', 0xa1, 'b', 0xa1, 'z',
	    0x91, 0x91, 0x91, 0x91, 0x91, 0xc0 };

	cr_assert_eq(raw_article(f, sizeof(f)), 0, "%s", err);
}

Test(protocol, reject_reserved_byte_and_ext)
{
	static const unsigned char c1[] = { 0x82, 0xa2, 'i', 'd', 0xc1,
	    0xa4, 'b', 'o', 'd', 'y', 0xa1, 'b' };
	static const unsigned char ext[] = { 0x82, 0xa2, 'i', 'd', 0xa1, 'x',
	    0xa4, 'b', 'o', 'd', 'y', 0xd4, 0x01, 0x02 };
	static const unsigned char ts[] = { 0x81, 0xa1, 't',
	    0xd6, 0xff, 0, 0, 0, 0 };

	cr_assert_eq(raw_article(c1, sizeof(c1)), -1);
	assert_err("id: malformed msgpack: reserved byte 0xc1 at byte 4");
	cr_assert_eq(raw_article(ext, sizeof(ext)), -1);
	assert_err("body: ext type at byte 11 not allowed");
	cr_assert_eq(raw_article(ts, sizeof(ts)), -1);
	assert_err_has("ext type");
}

Test(protocol, reject_trailing_bytes)
{
	struct mp m;

	mp_simple_article(&m, "hello", 5);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), 0, "%s", err);
	msgpack_pack_nil(&m.pk);
	msgpack_pack_nil(&m.pk);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err_has("2 trailing bytes after the map");
	mp_free(&m);
}

Test(protocol, reject_frame_over_limit)
{
	size_t n = PROTO_FRAME_MAX + 1;
	char *f = calloc(1, n);

	cr_assert_not_null(f);
	f[0] = (char)0x80;
	cr_assert_eq(raw_article(f, n), -1);
	assert_err_has("message: ");
	assert_err_has("limit");
	free(f);
}

Test(protocol, reject_too_many_keys_and_objects)
{
	struct mp m;
	int i;

	mp_init(&m);
	msgpack_pack_map(&m.pk, PROTO_MAP_MAX + 1);
	for (i = 0; i < PROTO_MAP_MAX + 1; i++) {
		char k[16];

		snprintf(k, sizeof(k), "k%d", i);
		mp_ku(&m, k, (uint64_t)i);
	}
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("message: map of 65 entries at byte 0, limit 64");
	mp_free(&m);

	/* An article whose unknown key holds 5000 objects. */
	mp_simple_article(&m, "b", 1);
	m.sb.data[0] = (char)0x83;
	mp_str(&m, "tags");
	msgpack_pack_array(&m.pk, 5000);
	for (i = 0; i < 5000; i++)
		msgpack_pack_nil(&m.pk);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("tags: more than 4096 objects");
	mp_free(&m);
}

Test(protocol, reject_duplicate_key)
{
	struct mp m;

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	mp_kv(&m, "id", "c");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("id: duplicate key");
	mp_free(&m);
}

Test(protocol, reject_non_string_key)
{
	struct mp m;

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	msgpack_pack_int(&m.pk, 7);
	mp_str(&m, "seven");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("key #3: expected string, got integer");
	mp_free(&m);
}

Test(protocol, unknown_keys_and_nil_optionals)
{
	struct article a;
	struct mp m;

	mp_init(&m);
	msgpack_pack_map(&m.pk, 7);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	mp_str(&m, "extra");
	msgpack_pack_map(&m.pk, 1);
	mp_kv(&m, "nested", "value");
	mp_str(&m, "status");		/* a key of other messages */
	msgpack_pack_bin(&m.pk, 1);
	msgpack_pack_bin_body(&m.pk, "z", 1);
	mp_str(&m, "url");
	msgpack_pack_nil(&m.pk);
	mp_str(&m, "published");
	msgpack_pack_nil(&m.pk);
	mp_kv(&m, "title", "");
	cr_assert_eq(mp_article(&m, &a), 0, "%s", err);
	cr_assert(str_is(a.id, "a"));
	cr_assert_null(a.url.p);
	cr_assert_null(a.published.p);
	cr_assert_null(a.title.p);
	cr_assert_eq(a.pub.year, 0);
	mp_free(&m);
}

/* --- article fields --- */

Test(protocol, reject_id_missing_empty_overlong_nul)
{
	char big[PROTO_ID_MAX + 2];
	struct mp m;

	mp_init(&m);
	msgpack_pack_map(&m.pk, 1);
	mp_kv(&m, "body", "b");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("id: missing");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 2);
	mp_kv(&m, "id", "");
	mp_kv(&m, "body", "b");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("id: empty");
	mp_free(&m);

	memset(big, 'i', sizeof(big));
	mp_init(&m);
	msgpack_pack_map(&m.pk, 2);
	mp_str(&m, "id");
	mp_strn(&m, big, PROTO_ID_MAX + 1);
	mp_kv(&m, "body", "b");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("id: 257 bytes, limit 256");
	mp_free(&m);

	/* Exactly the limit is fine. */
	mp_init(&m);
	msgpack_pack_map(&m.pk, 2);
	mp_str(&m, "id");
	mp_strn(&m, big, PROTO_ID_MAX);
	mp_kv(&m, "body", "b");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), 0, "%s", err);
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 2);
	mp_str(&m, "id");
	mp_strn(&m, "a\0b", 3);
	mp_kv(&m, "body", "b");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("id: NUL byte at 1");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 2);
	mp_str(&m, "id");
	msgpack_pack_nil(&m.pk);
	mp_kv(&m, "body", "b");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("id: expected string, got nil");
	mp_free(&m);
}

Test(protocol, reject_body_wrong_type)
{
	struct mp m;

	mp_init(&m);
	msgpack_pack_map(&m.pk, 2);
	mp_kv(&m, "id", "a");
	mp_str(&m, "body");
	msgpack_pack_bin(&m.pk, 4);
	msgpack_pack_bin_body(&m.pk, "text", 4);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("body: expected string, got binary");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 2);
	mp_kv(&m, "id", "a");
	mp_str(&m, "body");
	msgpack_pack_double(&m.pk, 1.5);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("body: expected string, got float");
	mp_free(&m);
}

Test(protocol, reject_body_empty_and_missing)
{
	struct mp m;

	mp_simple_article(&m, "", 0);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("body: empty");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 1);
	mp_kv(&m, "id", "a");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("body: missing");
	mp_free(&m);
}

Test(protocol, reject_body_with_nul)
{
	static const char body[] = "Seventeen bytes: \0 and more";
	struct mp m;

	mp_simple_article(&m, body, sizeof(body) - 1);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("body: NUL byte at 17");
	mp_free(&m);
}

Test(protocol, reject_body_over_limit)
{
	char *big = malloc(PROTO_BODY_MAX + 1);
	struct article a;
	struct mp m;

	cr_assert_not_null(big);
	memset(big, 'a', PROTO_BODY_MAX + 1);
	mp_simple_article(&m, big, PROTO_BODY_MAX + 1);
	cr_assert_eq(mp_article(&m, &a), -1);
	assert_err("body: 4194305 bytes, limit 4194304");
	mp_free(&m);
	/* The limit itself is accepted. */
	mp_simple_article(&m, big, PROTO_BODY_MAX);
	cr_assert_eq(mp_article(&m, &a), 0, "%s", err);
	cr_assert_eq(a.body.len, PROTO_BODY_MAX);
	mp_free(&m);
	free(big);
}

Test(protocol, reject_body_invalid_utf8)
{
	static const struct {
		const char	*body;
		size_t		 len;
		const char	*want;
	} cases[] = {
		/* overlong NUL */
		{ "ok \xc0\x80 no", 9, "body: invalid UTF-8 at byte 3" },
		/* a UTF-16 surrogate */
		{ "abcd\xed\xa0\x80", 7, "body: invalid UTF-8 at byte 4" },
		/* a euro sign cut short at the end */
		{ "price: 5 \xe2\x82", 11, "body: invalid UTF-8 at byte 9" },
		/* a lone continuation byte after valid multibyte text */
		{ "D\xc3\xa9j\xc3\xa0 \x80", 8, "body: invalid UTF-8 at byte 7" },
		/* beyond U+10FFFF */
		{ "\xf4\x90\x80\x80", 4, "body: invalid UTF-8 at byte 0" },
	};
	size_t i;
	struct mp m;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		mp_simple_article(&m, cases[i].body, cases[i].len);
		cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1,
		    "case %zu accepted", i);
		assert_err(cases[i].want);
		mp_free(&m);
	}
}

Test(protocol, reject_title_invalid_utf8_and_long_fields)
{
	char big[PROTO_FIELD_MAX + 1];
	struct mp m;

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	mp_kv(&m, "title", "Putin says \xff");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("title: invalid UTF-8 at byte 11");
	mp_free(&m);

	memset(big, 's', sizeof(big));
	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	mp_str(&m, "source");
	mp_strn(&m, big, PROTO_SOURCE_MAX + 1);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("source: 129 bytes, limit 128");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	mp_str(&m, "url");
	mp_strn(&m, big, PROTO_FIELD_MAX + 1);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("url: 2049 bytes, limit 2048");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	mp_str(&m, "lang");
	msgpack_pack_true(&m.pk);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("lang: expected string, got boolean");
	mp_free(&m);
}

Test(protocol, version_rule)
{
	struct mp m;

	/* v 1 and no v are the same; anything else is refused. */
	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_ku(&m, "v", 1);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), 0, "%s", err);
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_ku(&m, "v", 2);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("v: unsupported protocol version 2");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_str(&m, "v");
	msgpack_pack_int(&m.pk, -1);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("v: unsupported protocol version -1");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "v", "1");
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("v: expected integer, got string");
	mp_free(&m);

	mp_wmsg_begin(&m, "hb", 0);
	m.sb.data[3] = 7;		/* {"v":7,...} */
	cr_assert_eq(mp_wmsg(&m, &(struct wmsg){ 0 }), -1);
	assert_err("v: unsupported protocol version 7");
	mp_free(&m);
}

/* --- published --- */

Test(protocol, published_accepts_rfc3339_and_dates)
{
	struct civil_time t;

	cr_assert_eq(proto_parse_published(STR_LIT("2016-08-15"), &t), 0);
	cr_assert_eq(t.year, 2016);
	cr_assert_eq(t.month, 8);
	cr_assert_eq(t.day, 15);
	cr_assert(!t.has_time);
	cr_assert(!t.has_offset);

	cr_assert_eq(proto_parse_published(STR_LIT("2016-08-15T23:59:60Z"),
	    &t), 0);
	cr_assert(t.has_time && t.has_offset);
	cr_assert_eq(t.second, 60);
	cr_assert_eq(t.offset_min, 0);

	cr_assert_eq(proto_parse_published(
	    STR_LIT("1999-12-31t08:05:09.123456-05:30"), &t), 0);
	cr_assert_eq(t.hour, 8);
	cr_assert_eq(t.minute, 5);
	cr_assert_eq(t.second, 9);
	cr_assert_eq(t.offset_min, -330);

	cr_assert_eq(proto_parse_published(STR_LIT("2016-08-15 10:30:00z"),
	    &t), 0);
	cr_assert_eq(t.hour, 10);
	/* Local time, as many sites publish it. */
	cr_assert_eq(proto_parse_published(STR_LIT("2016-08-15T10:30:00"),
	    &t), 0);
	cr_assert(t.has_time && !t.has_offset);
	/* Leap days. */
	cr_assert_eq(proto_parse_published(STR_LIT("2016-02-29"), &t), 0);
	cr_assert_eq(proto_parse_published(STR_LIT("2000-02-29"), &t), 0);
}

Test(protocol, published_rejects_impossible_and_malformed)
{
	static const char *const bad[] = {
		"2016-02-30", "2015-02-29", "1900-02-29", "2016-13-01",
		"2016-00-10", "2016-04-31", "2016-01-00", "0000-01-01",
		"2016-08-15T24:00:00Z", "2016-08-15T10:60:00Z",
		"2016-08-15T10:00:61Z", "2016-08-15T10:00:00+24:00",
		"2016-08-15T10:00:00+02:60", "yesterday", "", "2016-8-15",
		"2016-08-15T", "2016-08-15T10:00Z", "2016-08-15T10:00:00.Z",
		"2016-08-15T10:00:00+0200", "2016-08-15x", "16-08-15",
		"2016-08-15T10:00:00Z ", "2016/08/15", "2016-08-15T10:00:00ZZ",
	};
	struct civil_time t;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		cr_assert_eq(proto_parse_published(str_make(bad[i],
		    strlen(bad[i])), &t), -1, "accepted \"%s\"", bad[i]);
}

Test(protocol, reject_article_with_bad_published)
{
	struct mp m;

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	mp_kv(&m, "published", "2016-02-30");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("published: no such date or time \"2016-02-30\"");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "b");
	mp_kv(&m, "published", "yesterday");
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("published: not RFC 3339 or YYYY-MM-DD: \"yesterday\"");
	mp_free(&m);
}

/* --- proto_article_check on structs from elsewhere --- */

Test(protocol, article_check_on_plain_structs)
{
	struct article a;

	memset(&a, 0, sizeof(a));
	cr_assert_eq(proto_article_check(&a, err, sizeof(err)), -1);
	assert_err("id: missing");
	a.id = STR_LIT("x");
	cr_assert_eq(proto_article_check(&a, err, sizeof(err)), -1);
	assert_err("body: missing");
	a.body = str_make("", 0);
	cr_assert_eq(proto_article_check(&a, err, sizeof(err)), -1);
	assert_err("body: empty");
	a.body = STR_LIT("text");
	a.url = str_make("", 0);	/* empty optional: absent */
	a.published = STR_LIT("2016-08-15T10:30:00Z");
	cr_assert_eq(proto_article_check(&a, err, sizeof(err)), 0, "%s", err);
	cr_assert_null(a.url.p);
	cr_assert_eq(a.pub.year, 2016);
	cr_assert_eq(a.pub.hour, 10);
	a.lang = str_make("e\0n", 3);
	cr_assert_eq(proto_article_check(&a, err, sizeof(err)), -1);
	assert_err("lang: NUL byte at 1");
	/* A tiny buffer gets a cut reason, never an overflow. */
	cr_assert_eq(proto_article_check(&a, err, 5), -1);
	cr_assert_str_eq(err, "lang");
	cr_assert_eq(proto_article_check(&a, NULL, 0), -1);
}

/* --- worker messages --- */

Test(protocol, wmsg_reject_unknown_command)
{
	struct mp m;

	mp_wmsg_begin(&m, "foo", 0);
	cr_assert_eq(mp_wmsg(&m, &(struct wmsg){ 0 }), -1);
	assert_err("t: unknown worker command \"foo\"");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 1);
	mp_ku(&m, "v", 1);
	cr_assert_eq(mp_wmsg(&m, &(struct wmsg){ 0 }), -1);
	assert_err("t: missing");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 1);
	mp_ku(&m, "t", 1);
	cr_assert_eq(mp_wmsg(&m, &(struct wmsg){ 0 }), -1);
	assert_err("t: expected string, got integer");
	mp_free(&m);
}

Test(protocol, wmsg_ready_credit_limits)
{
	struct wmsg w;
	struct mp m;

	mp_wmsg_begin(&m, "ready", 1);
	mp_ku(&m, "credit", 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("credit: 0, must be 1..64");
	mp_free(&m);

	mp_wmsg_begin(&m, "ready", 1);
	mp_ku(&m, "credit", PROTO_CREDIT_MAX + 1);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("credit: 65, must be 1..64");
	mp_free(&m);

	mp_wmsg_begin(&m, "ready", 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("credit: missing");
	mp_free(&m);

	mp_wmsg_begin(&m, "ready", 2);
	mp_ku(&m, "credit", PROTO_CREDIT_MAX);
	mp_str(&m, "pid");
	msgpack_pack_int64(&m.pk, -3);
	cr_assert_eq(mp_wmsg(&m, &w), 0, "%s", err);
	cr_assert_eq(w.credit, PROTO_CREDIT_MAX);
	cr_assert_eq(w.pid, -3);
	cr_assert_null(w.name.p);
	mp_free(&m);
}

Test(protocol, wmsg_job_errors_name_the_article_field)
{
	struct wmsg w;
	struct mp m;

	mp_wmsg_begin(&m, "job", 3);
	mp_ku(&m, "job", 7);
	mp_ku(&m, "attempt", 1);
	mp_str(&m, "article");
	msgpack_pack_map(&m.pk, 2);
	mp_kv(&m, "id", "a");
	mp_kv(&m, "body", "x\xc0\xafy");
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("article.body: invalid UTF-8 at byte 1");
	/* The worker can still answer this job with a DONE error. */
	cr_assert_eq(w.type, WMSG_JOB);
	cr_assert_eq(w.job, 7);
	mp_free(&m);

	mp_wmsg_begin(&m, "job", 3);
	mp_ku(&m, "job", 8);
	mp_ku(&m, "attempt", 0);
	mp_str(&m, "article");
	msgpack_pack_map(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("attempt: 0, must be at least 1");
	mp_free(&m);

	mp_wmsg_begin(&m, "job", 3);
	mp_ku(&m, "job", 9);
	mp_ku(&m, "attempt", 1);
	mp_kv(&m, "article", "not a map");
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("article: expected map, got string");
	mp_free(&m);

	mp_wmsg_begin(&m, "job", 2);
	mp_str(&m, "job");
	msgpack_pack_int(&m.pk, -1);
	mp_ku(&m, "attempt", 1);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("job: -1 is negative");
	mp_free(&m);
}

Test(protocol, wmsg_done_needs_exactly_one_of_result_and_error)
{
	struct wmsg w;
	struct mp m;

	mp_wmsg_begin(&m, "done", 3);
	mp_ku(&m, "job", 1);
	mp_kv(&m, "error", "boom");
	mp_str(&m, "result");
	msgpack_pack_map(&m.pk, 2);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 0);
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err_has("result: ");
	assert_err_has("error");
	mp_free(&m);

	mp_wmsg_begin(&m, "done", 1);
	mp_ku(&m, "job", 1);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result: missing (DONE needs result or error)");
	mp_free(&m);

	mp_wmsg_begin(&m, "done", 2);
	mp_ku(&m, "job", 1);
	mp_kv(&m, "error", "");
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("error: empty");
	mp_free(&m);

	/* A result without its arrays. */
	mp_done_begin(&m, 1);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.dates: missing");
	mp_free(&m);
}

Test(protocol, wmsg_done_quote_paths)
{
	struct wmsg w;
	struct mp m;
	int i;

	mp_done_begin(&m, 2);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 4);
	for (i = 0; i < 3; i++)
		mp_quote(&m, (uint64_t)i * 10, (uint64_t)i * 10 + 5);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "start", "zero");
	mp_ku(&m, "end", 5);
	mp_kv(&m, "kind", "direct");
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.quotes[3].start: expected integer, got string");
	mp_free(&m);

	mp_done_begin(&m, 2);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 1);
	msgpack_pack_map(&m.pk, 3);
	mp_ku(&m, "start", 0);
	mp_ku(&m, "end", UINT64_C(1) << 32);
	mp_kv(&m, "kind", "direct");
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.quotes[0].end: 4294967296, limit 4294967295");
	mp_free(&m);

	mp_done_begin(&m, 2);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 1);
	msgpack_pack_map(&m.pk, 3);
	mp_ku(&m, "start", 9);
	mp_ku(&m, "end", 9);
	mp_kv(&m, "kind", "indirect");
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.quotes[0].end: 9 is not after start 9");
	mp_free(&m);

	mp_done_begin(&m, 2);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 1);
	msgpack_pack_map(&m.pk, 3);
	mp_ku(&m, "start", 0);
	mp_ku(&m, "end", 9);
	mp_kv(&m, "kind", "hearsay");
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.quotes[0].kind: unknown quote kind \"hearsay\"");
	mp_free(&m);
}

/*
 * The scan records the element maps of quotes and dates for the walk: an
 * element that is no map, a duplicate or non-string key inside one, and
 * duplicates of keys an element does not use (ignored) are judged as
 * before, at the element's turn.
 */
Test(protocol, wmsg_done_element_faults)
{
	struct wmsg w;
	struct mp m;

	mp_done_begin(&m, 2);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 2);
	mp_quote(&m, 0, 5);
	msgpack_pack_array(&m.pk, 0);
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.quotes[1]: expected map, got array");
	mp_free(&m);

	mp_done_begin(&m, 2);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 1);
	msgpack_pack_map(&m.pk, 6);
	mp_ku(&m, "start", 0);
	mp_ku(&m, "end", 9);
	mp_kv(&m, "type", "DATE");	/* not a quote's: ignored, */
	mp_kv(&m, "type", "DATE");	/* even twice */
	mp_kv(&m, "kind", "direct");
	mp_ku(&m, "end", 9);
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.quotes[0].end: duplicate key");
	mp_free(&m);

	mp_done_begin(&m, 2);
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 1);
	msgpack_pack_map(&m.pk, 2);
	mp_ku(&m, "start", 0);
	msgpack_pack_nil(&m.pk);
	msgpack_pack_uint64(&m.pk, 4);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.dates[0].key #2: expected string, got nil");
	mp_free(&m);
}

Test(protocol, wmsg_quote_speaker_span_both_or_neither)
{
	struct wmsg w;
	struct mp m;

	mp_done_begin(&m, 2);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 1);
	msgpack_pack_map(&m.pk, 5);
	mp_ku(&m, "start", 0);
	mp_ku(&m, "end", 5);
	mp_kv(&m, "kind", "direct");
	mp_ku(&m, "speaker_start", 7);
	mp_str(&m, "speaker_end");
	msgpack_pack_nil(&m.pk);
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.quotes[0].speaker_end: missing (speaker_start is "
	    "set)");
	mp_free(&m);
}

Test(protocol, wmsg_quote_kind_indirect_is_accepted)
{
	struct wmsg w;
	struct mp m;

	/* reported speech: the kind added after direct and partial */
	mp_done_begin(&m, 2);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 1);
	msgpack_pack_map(&m.pk, 4);
	mp_ku(&m, "start", 0);
	mp_ku(&m, "end", 5);
	mp_kv(&m, "kind", "indirect");
	mp_kv(&m, "cue", "said");
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(mp_wmsg(&m, &w), 0, "%s", err);
	cr_assert_eq(w.result.nquotes, 1);
	cr_assert_eq(w.result.quotes[0].kind, QUOTE_INDIRECT);
	cr_assert_str_eq(quote_kind_name(w.result.quotes[0].kind), "indirect");
	mp_free(&m);
}

/* A DONE with one date map built by the caller after this. */
static void
mp_done_one_date(struct mp *m, size_t nkeys)
{
	mp_wmsg_begin(m, "done", 2);
	mp_ku(m, "job", 1);
	mp_str(m, "result");
	msgpack_pack_map(&m->pk, 2);
	mp_str(m, "quotes");
	msgpack_pack_array(&m->pk, 0);
	mp_str(m, "dates");
	msgpack_pack_array(&m->pk, 1);
	msgpack_pack_map(&m->pk, nkeys);
	mp_ku(m, "start", 1);
	mp_ku(m, "end", 4);
}

Test(protocol, wmsg_date_mod_type_and_value)
{
	char big[TIMEX_VALUE_MAX + 1];
	struct wmsg w;
	struct mp m;

	mp_done_one_date(&m, 5);
	mp_kv(&m, "type", "DATE");
	mp_kv(&m, "value", "2016");
	mp_kv(&m, "mod", "SOMETIMES");
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.dates[0].mod: unknown modifier \"SOMETIMES\"");
	mp_free(&m);

	memset(big, '9', sizeof(big));
	mp_done_one_date(&m, 4);
	mp_kv(&m, "type", "DATE");
	mp_str(&m, "value");
	mp_strn(&m, big, TIMEX_VALUE_MAX);
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.dates[0].value: 32 bytes, limit 31");
	mp_free(&m);

	mp_done_one_date(&m, 4);
	mp_kv(&m, "type", "DATE");
	mp_kv(&m, "value", "");
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.dates[0].value: empty");
	mp_free(&m);

	mp_done_one_date(&m, 4);
	mp_kv(&m, "type", "date");
	mp_kv(&m, "value", "2016");
	cr_assert_eq(mp_wmsg(&m, &w), -1);
	assert_err("result.dates[0].type: unknown TIMEX type \"date\"");
	mp_free(&m);

	/* The longest legal value fits, NUL-terminated. */
	mp_done_one_date(&m, 5);
	mp_kv(&m, "type", "TIME");
	mp_str(&m, "value");
	mp_strn(&m, big, TIMEX_VALUE_MAX - 1);
	mp_str(&m, "mod");
	msgpack_pack_nil(&m.pk);
	cr_assert_eq(mp_wmsg(&m, &w), 0, "%s", err);
	cr_assert_eq(w.result.ndates, 1);
	cr_assert_eq(strlen(w.result.dates[0].value), TIMEX_VALUE_MAX - 1);
	cr_assert_eq(w.result.dates[0].mod, TIMEX_MOD_NONE);
	mp_free(&m);
}

/* --- results from the wire --- */

Test(protocol, result_text_must_match_its_span)
{
	struct result r;
	struct mp m;

	mp_init(&m);
	msgpack_pack_map(&m.pk, 4);
	mp_kv(&m, "id", "r");
	mp_ku(&m, "seq", 1);
	mp_str(&m, "quotes");
	msgpack_pack_array(&m.pk, 1);
	msgpack_pack_map(&m.pk, 4);
	mp_ku(&m, "start", 2);
	mp_ku(&m, "end", 9);
	mp_kv(&m, "kind", "direct");
	mp_kv(&m, "text", "short");
	mp_str(&m, "dates");
	msgpack_pack_array(&m.pk, 0);
	cr_assert_eq(proto_decode_result(dec, m.sb.data, m.sb.size, &r, err,
	    sizeof(err)), -1);
	assert_err("quotes[0].text: 5 bytes, span is 7");
	mp_free(&m);
}

Test(protocol, result_dead_letter_shape)
{
	struct result r;
	struct mp m;

	mp_init(&m);
	msgpack_pack_map(&m.pk, 4);
	mp_kv(&m, "id", "r");
	mp_ku(&m, "seq", 1);
	mp_kv(&m, "error", "timeout");
	mp_ku(&m, "attempts", 3);
	cr_assert_eq(proto_decode_result(dec, m.sb.data, m.sb.size, &r, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert(str_is(r.error, "timeout"));
	cr_assert_eq(r.attempts, 3);
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 3);
	mp_kv(&m, "id", "r");
	mp_ku(&m, "seq", 1);
	mp_kv(&m, "error", "timeout");
	cr_assert_eq(proto_decode_result(dec, m.sb.data, m.sb.size, &r, err,
	    sizeof(err)), -1);
	assert_err("attempts: missing");
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 2);
	mp_kv(&m, "id", "r");
	mp_ku(&m, "seq", 1);
	cr_assert_eq(proto_decode_result(dec, m.sb.data, m.sb.size, &r, err,
	    sizeof(err)), -1);
	assert_err("quotes: missing");
	mp_free(&m);
}

/* --- proto_result_check --- */

Test(protocol, result_check_offset_past_body)
{
	struct quote q[2];
	struct timex3 t[2];
	struct result r;

	memset(&r, 0, sizeof(r));
	sample_items(&r, q, t, sample_body);
	q[1].end = 500;
	cr_assert_eq(proto_result_check(&r, STR_LIT(sample_body), err,
	    sizeof(err)), -1);
	assert_err("quotes[1].end: 500 past the end of the body (61 bytes)");

	sample_items(&r, q, t, sample_body);
	t[0].start = 70;
	t[0].end = 80;
	cr_assert_eq(proto_result_check(&r, STR_LIT(sample_body), err,
	    sizeof(err)), -1);
	assert_err("dates[0].end: 80 past the end of the body (61 bytes)");

	sample_items(&r, q, t, sample_body);
	q[0].speaker_start = 60;
	q[0].speaker_end = 63;	/* past the 61 bytes */
	cr_assert_eq(proto_result_check(&r, STR_LIT(sample_body), err,
	    sizeof(err)), -1);
	assert_err("quotes[0].speaker_end: 63 past the end of the body (61 "
	    "bytes)");

	sample_items(&r, q, t, sample_body);
	q[0].start = 6;
	q[0].end = 6;
	cr_assert_eq(proto_result_check(&r, STR_LIT(sample_body), err,
	    sizeof(err)), -1);
	assert_err("quotes[0].end: 6 is not after start 6");
}

Test(protocol, result_check_offset_mid_character)
{
	static const char body[] = "\xe2\x80\x9cYes\xe2\x80\x9d, she said.";
	struct quote q;
	struct timex3 t;
	struct result r;

	memset(&r, 0, sizeof(r));
	memset(&q, 0, sizeof(q));
	memset(&t, 0, sizeof(t));
	r.quotes = &q;
	r.nquotes = 1;
	q.start = 1;		/* inside the opening mark */
	q.end = 9;
	cr_assert_eq(proto_result_check(&r, STR_LIT(body), err, sizeof(err)),
	    -1);
	assert_err("quotes[0].start: 1 is inside a UTF-8 character");
	q.start = 0;
	q.end = 8;		/* inside the closing mark */
	cr_assert_eq(proto_result_check(&r, STR_LIT(body), err, sizeof(err)),
	    -1);
	assert_err("quotes[0].end: 8 is inside a UTF-8 character");
	q.end = 9;
	cr_assert_eq(proto_result_check(&r, STR_LIT(body), err, sizeof(err)),
	    0, "%s", err);
	cr_assert(str_is(q.text, "\xe2\x80\x9cYes\xe2\x80\x9d"));

	r.nquotes = 0;
	r.dates = &t;
	r.ndates = 1;
	t.start = 0;
	t.end = 3;
	cr_assert_eq(proto_result_check(&r, STR_LIT(body), err, sizeof(err)),
	    -1);
	assert_err("dates[0].value: empty");
	strcpy(t.value, "PRESENT_REF");
	cr_assert_eq(proto_result_check(&r, STR_LIT(body), err, sizeof(err)),
	    0, "%s", err);
	cr_assert_eq(t.text.len, 3);
}

Test(protocol, result_check_counts)
{
	struct result r;

	memset(&r, 0, sizeof(r));
	r.nquotes = PROTO_QUOTES_MAX + 1;
	cr_assert_eq(proto_result_check(&r, STR_LIT("x"), err, sizeof(err)),
	    -1);
	assert_err("quotes: 8193 entries, limit 8192");
	r.nquotes = 0;
	r.ndates = PROTO_DATES_MAX + 1;
	cr_assert_eq(proto_result_check(&r, STR_LIT("x"), err, sizeof(err)),
	    -1);
	assert_err("dates: 8193 entries, limit 8192");
	r.ndates = 0;
	cr_assert_eq(proto_result_check(&r, STR_LIT("x"), err, sizeof(err)),
	    0);
}

/* --- proto_peek_id --- */

Test(protocol, peek_id_of_rejected_frames)
{
	static const unsigned char truncated[] = { 0x82, 0xa2, 'i', 'd',
	    0xa1, 'x', 0xa4, 'b', 'o', 'd', 'y', 0xa5, 'a' };
	struct str id;
	struct mp m;

	/* Rejected for its body, but the id is fine. */
	mp_simple_article(&m, "", 0);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	cr_assert_eq(proto_peek_id(dec, m.sb.data, m.sb.size, &id), 0);
	cr_assert(str_is(id, "a1"));
	mp_free(&m);

	cr_assert_eq(proto_peek_id(dec, truncated, sizeof(truncated), &id),
	    -1);
	cr_assert_null(id.p);
	cr_assert_eq(proto_peek_id(dec, "garbage", 7, &id), -1);

	/* An id that is itself bad is not echoed. */
	mp_init(&m);
	msgpack_pack_map(&m.pk, 1);
	mp_kv(&m, "id", "bad\xff");
	cr_assert_eq(proto_peek_id(dec, m.sb.data, m.sb.size, &id), -1);
	mp_free(&m);

	mp_init(&m);
	msgpack_pack_map(&m.pk, 2);
	mp_kv(&m, "id", "one");
	mp_kv(&m, "id", "two");
	cr_assert_eq(proto_peek_id(dec, m.sb.data, m.sb.size, &id), -1);
	mp_free(&m);
}

/* --- encoder buffer --- */

Test(protocol, pbuf_grows_and_is_reused)
{
	struct pbuf pb = { NULL, 0, 0 };
	char *big = malloc(100000);
	struct article a, b;
	size_t cap;

	cr_assert_not_null(big);
	memset(big, 'x', 100000);
	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("big");
	a.body = str_make(big, 100000);
	cr_assert_eq(proto_encode_article(&pb, &a), 0);
	cr_assert_gt(pb.len, 100000);
	cr_assert_geq(pb.cap, pb.len);
	cap = pb.cap;
	a.body = STR_LIT("small");
	cr_assert_eq(proto_encode_article(&pb, &a), 0);
	cr_assert_eq(pb.cap, cap);
	cr_assert_lt(pb.len, 32);
	cr_assert_eq(proto_decode_article(dec, pb.data, pb.len, &b, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert(str_is(b.body, "small"));
	pbuf_reset(&pb);
	cr_assert_eq(pb.len, 0);
	pbuf_free(&pb);
	cr_assert_null(pb.data);
	cr_assert_eq(pb.cap, 0);
	pbuf_free(&pb);
	free(big);
}

/*
 * The encoder writes msgpack itself: every header and integer must come
 * out in the form msgpack-c's packer would choose.  Unpacking a frame and
 * packing it again with msgpack-c must give the same bytes.  The exact-
 * size pair must give them too, and refuse a buffer of any other size.
 */
static void
assert_packer_form(const struct pbuf *pb)
{
	msgpack_sbuffer sb;
	msgpack_packer pk;
	msgpack_zone z;
	msgpack_object o;
	size_t off = 0;

	msgpack_zone_init(&z, 2048);
	cr_assert_eq(msgpack_unpack(pb->data, pb->len, &off, &z, &o),
	    MSGPACK_UNPACK_SUCCESS);
	cr_assert_eq(off, pb->len);
	msgpack_sbuffer_init(&sb);
	msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
	cr_assert_eq(msgpack_pack_object(&pk, o), 0);
	cr_assert_eq(sb.size, pb->len);
	cr_assert_eq(memcmp(sb.data, pb->data, pb->len), 0);
	msgpack_sbuffer_destroy(&sb);
	msgpack_zone_destroy(&z);
}

static void
assert_exact_size_wmsg(const struct wmsg *m, const struct pbuf *pb)
{
	char *buf = malloc(pb->len + 1);

	cr_assert_not_null(buf);
	cr_assert_eq(proto_wmsg_size(m), pb->len);
	cr_assert_eq(proto_encode_wmsg_into(buf, pb->len, m), 0);
	cr_assert_eq(memcmp(buf, pb->data, pb->len), 0);
	cr_assert_eq(proto_encode_wmsg_into(buf, pb->len - 1, m), -1);
	cr_assert_eq(proto_encode_wmsg_into(buf, pb->len + 1, m), -1);
	free(buf);
}

Test(protocol, encoder_writes_what_msgpack_c_writes)
{
	/* Every boundary between one header or integer form and the next. */
	static const size_t lens[] = {
		0, 1, 15, 16, 31, 32, 33, 255, 256, 257, 65535, 65536, 70000,
	};
	static const uint64_t uints[] = {
		0, 1, 127, 128, 255, 256, 65535, 65536, 4294967295ULL,
		4294967296ULL, UINT64_MAX,
	};
	static const int64_t ints[] = {
		1, 127, 128, 70000, 5000000000LL, -1, -32, -33, -128, -129,
		-32768, -32769, -2147483648LL, -2147483649LL, INT64_MIN,
	};
	struct pbuf pb = { NULL, 0, 0 };
	struct quote q[20];
	struct timex3 t[2];
	char *text = malloc(70000);
	size_t i, k;

	cr_assert_not_null(text);
	memset(text, 'a', 70000);
	for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
		for (k = 0; k < sizeof(uints) / sizeof(uints[0]); k++) {
			struct str s = str_make(text, lens[i]);
			struct wmsg m;
			struct result r;

			memset(&m, 0, sizeof(m));
			m.type = WMSG_JOB;
			m.job = uints[k];
			m.attempt = (uint32_t)uints[k];
			m.article.id = STR_LIT("x");
			m.article.body = lens[i] > 0 ? s : STR_LIT("b");
			m.article.url = s;
			m.article.title = s;
			cr_assert_eq(proto_encode_wmsg(&pb, &m), 0);
			assert_packer_form(&pb);
			assert_exact_size_wmsg(&m, &pb);

			memset(&r, 0, sizeof(r));
			r.id = STR_LIT("r");
			r.seq = uints[k];
			r.url = s;
			r.worker = s;
			r.elapsed_us = uints[k];
			sample_items(&r, q, t, sample_body);
			cr_assert_eq(proto_encode_result(&pb, &r), 0);
			assert_packer_form(&pb);
			r.error = lens[i] > 0 ? s : STR_LIT("e");
			r.attempts = (uint32_t)uints[k];
			cr_assert_eq(proto_encode_result(&pb, &r), 0);
			assert_packer_form(&pb);
		}
	for (k = 0; k < sizeof(ints) / sizeof(ints[0]); k++) {
		struct wmsg m;

		memset(&m, 0, sizeof(m));
		m.type = WMSG_READY;
		m.credit = 32;
		m.pid = ints[k];
		m.name = STR_LIT("w");
		cr_assert_eq(proto_encode_wmsg(&pb, &m), 0);
		assert_packer_form(&pb);
		assert_exact_size_wmsg(&m, &pb);
	}
	/* Arrays of 16 and more items: the array16 header. */
	{
		struct result r;

		memset(&r, 0, sizeof(r));
		r.id = STR_LIT("many");
		sample_items(&r, q, t, sample_body);
		for (i = 1; i < 20; i++)
			q[i] = q[0];
		r.quotes = q;
		r.nquotes = 20;
		cr_assert_eq(proto_encode_result(&pb, &r), 0);
		assert_packer_form(&pb);
	}
	free(text);
	pbuf_free(&pb);
}

/*
 * What the in-place decoder must keep of the contract: a signed encoding
 * of a value >= 0 is an integer like any other; a structural fault is
 * reported before a content fault earlier on the wire; fields are checked
 * in a fixed order whatever the order of their keys; a duplicate key
 * inside a JOB's article names the article.
 */
Test(protocol, decode_order_and_integer_encodings)
{
	static const unsigned char job[] = {
		0x84, 0xa1, 't', 0xa3, 'j', 'o', 'b',
		0xa3, 'j', 'o', 'b', 0xd0, 0x07,
		0xa7, 'a', 't', 't', 'e', 'm', 'p', 't', 0xd1, 0x00, 0x01,
		0xa7, 'a', 'r', 't', 'i', 'c', 'l', 'e',
		0x83, 0xa2, 'i', 'd', 0xa1, 'a',
		0xa4, 'b', 'o', 'd', 'y', 0xa1, 'b',
		0xa2, 'i', 'd', 0xa1, 'c',
	};
	/* "id" is an integer, then "body" claims more bytes than remain. */
	static const unsigned char truncated[] = {
		0x82, 0xa2, 'i', 'd', 0x05,
		0xa4, 'b', 'o', 'd', 'y', 0xaa, 'x', 'y',
	};
	/* "body" is wrong first on the wire, but "id" is checked first. */
	static const unsigned char order[] = {
		0x82, 0xa4, 'b', 'o', 'd', 'y', 0x05, 0xa2, 'i', 'd', 0xc3,
	};
	unsigned char buf[sizeof(job)];
	struct wmsg w;

	memcpy(buf, job, sizeof(job));
	buf[32] = 0x82;		/* the article without its second "id" */
	cr_assert_eq(proto_decode_wmsg(dec, buf, sizeof(buf) - 5, &w, err,
	    sizeof(err)), 0, "%s", err);
	cr_assert_eq(w.job, 7);
	cr_assert_eq(w.attempt, 1);
	cr_assert(str_is(w.article.body, "b"));

	cr_assert_eq(proto_decode_wmsg(dec, job, sizeof(job), &w, err,
	    sizeof(err)), -1);
	assert_err("article.id: duplicate key");

	buf[12] = 0xf9;		/* job -7 */
	cr_assert_eq(proto_decode_wmsg(dec, buf, sizeof(buf) - 5, &w, err,
	    sizeof(err)), -1);
	assert_err("job: -7 is negative");

	cr_assert_eq(raw_article(truncated, sizeof(truncated)), -1);
	assert_err("body: string of 10 bytes at byte 10, only 2 remain");
	cr_assert_eq(raw_article(order, sizeof(order)), -1);
	assert_err("id: expected string, got boolean");
}

Test(protocol, decoder_destroy_accepts_null)
{
	struct proto_decoder *d = NULL;

	proto_decoder_destroy(&d);
	proto_decoder_destroy(NULL);
	d = proto_decoder_new();
	cr_assert_not_null(d);
	proto_decoder_destroy(&d);
	cr_assert_null(d);
}
