/*
 * test_protocol.c — protocol/ (names.c, encode.c, decode.c): every message
 * encoded and decoded back, singly and in batches, and the DONE fast path
 * against the general walk.  The other test_protocol_*.c files hold the
 * rejections of untrusted frames, the worker messages' checks and the
 * encoder's bytes; protocol_check.h what they share.
 */
#include "protocol_check.h"

TestSuite(protocol, .init = protocol_setup, .fini = protocol_teardown);

/* --- names --- */

/* s is the C string n. */
static int
str_is_name(struct str s, const char *n)
{
	return s.len == strlen(n) && memcmp(s.p, n, s.len) == 0;
}

/* Each name with its length is the name, for every value and one out of
 * range ("?"), and a mod of NONE has none. */
Test(protocol, names_with_lengths_are_the_names)
{
	struct str s;
	int i;

	for (i = 0; i <= (int)QUOTE_KIND_LAST + 1; i++)
		cr_assert(str_is_name(quote_kind_str((enum quote_kind)i),
		    quote_kind_name((enum quote_kind)i)), "kind %d", i);
	for (i = 0; i <= (int)TIMEX_SET + 1; i++)
		cr_assert(str_is_name(timex_type_str((enum timex_type)i),
		    timex_type_name((enum timex_type)i)), "type %d", i);
	s = timex_mod_str(TIMEX_MOD_NONE);
	cr_assert(s.p == NULL && s.len == 0);
	for (i = TIMEX_MOD_BEFORE; i <= (int)TIMEX_MOD_APPROX + 1; i++)
		cr_assert(str_is_name(timex_mod_str((enum timex_mod)i),
		    timex_mod_name((enum timex_mod)i)), "mod %d", i);
}

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

Test(protocol, wmsg_done_with_result_round_trip)
{
	struct pbuf pb = { NULL, 0, 0 };
	struct quote q[2];
	struct timex3 t[2];
	struct wmsg a, b;

	memset(&a, 0, sizeof(a));
	a.type = WMSG_DONE;
	a.job = 99;
	sample_items(&a.result, q, t, SAMPLE_BODY);
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
	cr_assert_eq(proto_result_check(&b.result, STR_LIT(SAMPLE_BODY), err,
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

/*
 * The fast path marks an item minimal (its bytes reusable in a Result)
 * only if each integer is in the smallest encoding: every wider one is
 * tried at the value just below its range (not minimal) and at the
 * first value of its range (minimal), as the quote's start.
 */
Test(protocol, item_integers_are_minimal_only_from_their_range_up)
{
	static const struct { unsigned char b; uint32_t v; int minimal; }
	    cases[] = {
		{ 0xcc, 0x7f, 0 }, { 0xcc, 0x80, 1 },
		{ 0xcd, 0xff, 0 }, { 0xcd, 0x100, 1 },
		{ 0xce, 0xffff, 0 }, { 0xce, 0x10000, 1 },
	};
	static char body[0x10000 + 16];
	unsigned char f[128];
	struct wmsg w;
	size_t i, n, len, k;
	uint32_t end;

	memset(body, 'a', sizeof(body));
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		static const unsigned char head[] = {
			0x84, 0xa1, 'v', 0x01, 0xa1, 't', 0xa4, 'd', 'o', 'n',
			'e', 0xa3, 'j', 'o', 'b', 0x07,
			0xa6, 'r', 'e', 's', 'u', 'l', 't', 0x82,
			0xa6, 'q', 'u', 'o', 't', 'e', 's', 0x91,
			0x87, 0xa5, 's', 't', 'a', 'r', 't',
		};
		static const unsigned char tail[] = {
			0xa4, 'k', 'i', 'n', 'd', 0xa6, 'd', 'i', 'r', 'e',
			'c', 't',
			0xa7, 's', 'p', 'e', 'a', 'k', 'e', 'r', 0xc0,
			0xad, 's', 'p', 'e', 'a', 'k', 'e', 'r', '_', 's',
			't', 'a', 'r', 't', 0xc0,
			0xab, 's', 'p', 'e', 'a', 'k', 'e', 'r', '_', 'e',
			'n', 'd', 0xc0,
			0xa3, 'c', 'u', 'e', 0xc0,
			0xa5, 'd', 'a', 't', 'e', 's', 0x90,
		};
		uint32_t v = cases[i].v;

		n = 0;
		memcpy(f, head, sizeof(head));
		n += sizeof(head);
		f[n++] = cases[i].b;
		k = cases[i].b == 0xcc ? 1 : cases[i].b == 0xcd ? 2 : 4;
		while (k-- > 0)
			f[n++] = (unsigned char)(v >> (8 * k));
		/* end, one past, in its smallest encoding */
		end = v + 1;
		memcpy(f + n, "\xa3" "end", 4);
		n += 4;
		if (end < 0x10000) {
			f[n++] = 0xcd;
		} else {
			f[n++] = 0xce;
			f[n++] = (unsigned char)(end >> 24);
			f[n++] = (unsigned char)(end >> 16);
		}
		f[n++] = (unsigned char)(end >> 8);
		f[n++] = (unsigned char)end;
		if (end < 0x100) {	/* 0x80: uint 8 */
			n -= 3;
			f[n++] = 0xcc;
			f[n++] = (unsigned char)end;
		}
		memcpy(f + n, tail, sizeof(tail));
		n += sizeof(tail);
		cr_assert_eq(proto_decode_wmsg(dec, f, n, &w, err,
		    sizeof(err)), 0, "%02x %x: %s", cases[i].b, v, err);
		cr_assert_eq(w.result.nquotes, 1);
		cr_assert_eq(w.result.quotes[0].start, v);
		cr_assert_eq(w.result.quotes[0].end, end);
		cr_assert_eq(proto_result_check(&w.result,
		    str_make(body, sizeof(body)), err, sizeof(err)), 0, "%s",
		    err);
		cr_assert_eq(proto_decoder_item_wire(dec, &w.result, 0, 0,
		    &len) != NULL, cases[i].minimal, "%02x %x", cases[i].b,
		    v);
	}
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
			sample_items(&a.result, q, t, SAMPLE_BODY);
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
		    STR_LIT(SAMPLE_BODY), err, sizeof(err)), 0, "%s", err);
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
	sample_items(&a, q, t, SAMPLE_BODY);
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
	sample_items(&r, q, t, SAMPLE_BODY);
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
