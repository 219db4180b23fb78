/*
 * test_protocol_frames.c — protocol/decode.c and validate.c on untrusted
 * article frames: every way a frame's framing, structure or fields can be
 * wrong (each rejection must name the field), the "published" parser, and
 * proto_article_check on structs from elsewhere.  Hostile frames are built
 * with msgpack-c's packer or written out byte by byte.
 */
#include "protocol_check.h"

TestSuite(protocol_frames, .init = protocol_setup, .fini = protocol_teardown);

/* --- framing and structure --- */

Test(protocol_frames, reject_not_msgpack)
{
	cr_assert_eq(raw_article("this is not msgpack", 19), -1);
	assert_err_has("msgpack");
	cr_assert_eq(raw_article("", 0), -1);
	assert_err("message: empty frame");
	cr_assert_eq(raw_article(NULL, 0), -1);
}

Test(protocol_frames, reject_every_truncation_of_an_article)
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

Test(protocol_frames, reject_wrong_top_level_type)
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

Test(protocol_frames, reject_string_claiming_4_gib)
{
	static const unsigned char f[] = { 0x82, 0xa2, 'i', 'd', 0xa1, 'x',
	    0xa4, 'b', 'o', 'd', 'y', 0xdb, 0xff, 0xff, 0xff, 0xff, 'a' };

	cr_assert_eq(raw_article(f, sizeof(f)), -1);
	assert_err("body: string of 4294967295 bytes at byte 11, only 1 "
	    "remain");
}

Test(protocol_frames, reject_array_and_map_claiming_2_32_elements)
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

Test(protocol_frames, reject_million_deep_nesting)
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

Test(protocol_frames, accept_nesting_at_the_limit)
{
	/* {"id":"x","body":"b","z":[[[[[nil]]]]]}: depth 6, ignored. */
	static const unsigned char f[] = { 0x83, 0xa2, 'i', 'd', 0xa1, 'x',
	    0xa4, 'b', 'o', 'd', 'y', 0xa1, 'b', 0xa1, 'z',
	    0x91, 0x91, 0x91, 0x91, 0x91, 0xc0 };

	cr_assert_eq(raw_article(f, sizeof(f)), 0, "%s", err);
}

Test(protocol_frames, reject_reserved_byte_and_ext)
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

Test(protocol_frames, reject_trailing_bytes)
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

Test(protocol_frames, reject_frame_over_limit)
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

Test(protocol_frames, reject_too_many_keys_and_objects)
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

Test(protocol_frames, reject_duplicate_key)
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

Test(protocol_frames, reject_non_string_key)
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

Test(protocol_frames, unknown_keys_and_nil_optionals)
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

Test(protocol_frames, reject_id_missing_empty_overlong_nul)
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

Test(protocol_frames, reject_body_wrong_type)
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

Test(protocol_frames, reject_body_empty_and_missing)
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

Test(protocol_frames, reject_body_with_nul)
{
	static const char body[] = "Seventeen bytes: \0 and more";
	struct mp m;

	mp_simple_article(&m, body, sizeof(body) - 1);
	cr_assert_eq(mp_article(&m, &(struct article){ 0 }), -1);
	assert_err("body: NUL byte at 17");
	mp_free(&m);
}

Test(protocol_frames, reject_body_over_limit)
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

Test(protocol_frames, reject_body_invalid_utf8)
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

Test(protocol_frames, reject_title_invalid_utf8_and_long_fields)
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

Test(protocol_frames, version_rule)
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

Test(protocol_frames, published_accepts_rfc3339_and_dates)
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

Test(protocol_frames, published_rejects_impossible_and_malformed)
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

Test(protocol_frames, reject_article_with_bad_published)
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

Test(protocol_frames, article_check_on_plain_structs)
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
