/*
 * test_protocol_encode.c — protocol/encode.c: the encoder's buffer, its
 * bytes against what msgpack-c writes, and the decoder on every integer
 * encoding and key order.
 */
#include "protocol_check.h"

TestSuite(protocol_encode, .init = protocol_setup, .fini = protocol_teardown);

/* --- encoder buffer --- */

Test(protocol_encode, pbuf_grows_and_is_reused)
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

Test(protocol_encode, encoder_writes_what_msgpack_c_writes)
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
			/* A JOB's exact size and bytes are written without
			 * the packer (encode.c job_put): every optional field
			 * too, one by one. */
			switch (k % 4) {
			case 0:
				m.article.source = s;
				break;
			case 1:
				m.article.lang = s;
				break;
			case 2:
				m.article.published = s;
				break;
			default:
				m.article.timeline = s;
				m.article.source = s;
				m.article.lang = s;
				break;
			}
			cr_assert_eq(proto_encode_wmsg(&pb, &m), 0);
			assert_packer_form(&pb);
			assert_exact_size_wmsg(&m, &pb);

			memset(&r, 0, sizeof(r));
			r.id = STR_LIT("r");
			r.seq = uints[k];
			r.url = s;
			r.worker = s;
			r.elapsed_us = uints[k];
			sample_items(&r, q, t, SAMPLE_BODY);
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
		sample_items(&r, q, t, SAMPLE_BODY);
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
Test(protocol_encode, decode_order_and_integer_encodings)
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

Test(protocol_encode, decoder_destroy_accepts_null)
{
	struct proto_decoder *d = NULL;

	proto_decoder_destroy(&d);
	proto_decoder_destroy(NULL);
	d = proto_decoder_new();
	cr_assert_not_null(d);
	proto_decoder_destroy(&d);
	cr_assert_null(d);
}
