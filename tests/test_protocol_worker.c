/*
 * test_protocol_worker.c — protocol/decode.c and validate.c on the worker
 * messages: commands, credit, JOB and DONE faults named by field, quote and
 * date items, Results from the wire, proto_result_check against the body,
 * and proto_peek_id on rejected frames.
 */
#include "protocol_check.h"

TestSuite(protocol_worker, .init = protocol_setup, .fini = protocol_teardown);

/* --- worker messages --- */

Test(protocol_worker, wmsg_reject_unknown_command)
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

Test(protocol_worker, wmsg_ready_credit_limits)
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

Test(protocol_worker, wmsg_job_errors_name_the_article_field)
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

Test(protocol_worker, wmsg_done_needs_exactly_one_of_result_and_error)
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

Test(protocol_worker, wmsg_done_quote_paths)
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
Test(protocol_worker, wmsg_done_element_faults)
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

Test(protocol_worker, wmsg_quote_speaker_span_both_or_neither)
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

Test(protocol_worker, wmsg_quote_kind_indirect_is_accepted)
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

Test(protocol_worker, wmsg_date_mod_type_and_value)
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

Test(protocol_worker, result_text_must_match_its_span)
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

Test(protocol_worker, result_dead_letter_shape)
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

Test(protocol_worker, result_check_offset_past_body)
{
	struct quote q[2];
	struct timex3 t[2];
	struct result r;

	memset(&r, 0, sizeof(r));
	sample_items(&r, q, t, SAMPLE_BODY);
	q[1].end = 500;
	cr_assert_eq(proto_result_check(&r, STR_LIT(SAMPLE_BODY), err,
	    sizeof(err)), -1);
	assert_err("quotes[1].end: 500 past the end of the body (61 bytes)");

	sample_items(&r, q, t, SAMPLE_BODY);
	t[0].start = 70;
	t[0].end = 80;
	cr_assert_eq(proto_result_check(&r, STR_LIT(SAMPLE_BODY), err,
	    sizeof(err)), -1);
	assert_err("dates[0].end: 80 past the end of the body (61 bytes)");

	sample_items(&r, q, t, SAMPLE_BODY);
	q[0].speaker_start = 60;
	q[0].speaker_end = 63;	/* past the 61 bytes */
	cr_assert_eq(proto_result_check(&r, STR_LIT(SAMPLE_BODY), err,
	    sizeof(err)), -1);
	assert_err("quotes[0].speaker_end: 63 past the end of the body (61 "
	    "bytes)");

	sample_items(&r, q, t, SAMPLE_BODY);
	q[0].start = 6;
	q[0].end = 6;
	cr_assert_eq(proto_result_check(&r, STR_LIT(SAMPLE_BODY), err,
	    sizeof(err)), -1);
	assert_err("quotes[0].end: 6 is not after start 6");
}

Test(protocol_worker, result_check_offset_mid_character)
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
	/* A value with no NUL in its buffer, and one whose NUL is its
	 * buffer's last byte (the quick answer) or before it (the search). */
	memset(t.value, 'P', sizeof(t.value));
	cr_assert_eq(proto_result_check(&r, STR_LIT(body), err, sizeof(err)),
	    -1);
	assert_err("dates[0].value: not terminated within 32 bytes");
	t.value[sizeof(t.value) - 1] = '\0';
	cr_assert_eq(proto_result_check(&r, STR_LIT(body), err, sizeof(err)),
	    0, "%s", err);
	t.value[sizeof(t.value) - 1] = 'P';
	t.value[5] = '\0';
	cr_assert_eq(proto_result_check(&r, STR_LIT(body), err, sizeof(err)),
	    0, "%s", err);
}

Test(protocol_worker, result_check_counts)
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

Test(protocol_worker, peek_id_of_rejected_frames)
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
