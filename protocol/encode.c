/*
 * encode.c — the structs of message.h onto the wire.  Keys go out in a
 * fixed order (clients may rely on nothing but the keys, but a fixed order
 * keeps frames comparable byte for byte); absent optional strings are
 * omitted from Articles and Acks and written as nil in Results.
 *
 * The msgpack is written by msgpack-c's packer (msgpack_packer), whose
 * write callback appends to a struct pbuf that grows by doubling and is
 * reused from message to message, or to a caller's buffer of the exact
 * size (counted first by a pass that only adds up the lengths), so that a
 * large message is built once, in the memory it is sent from.  Out of
 * memory is an error, never an abort: the first failing write makes the
 * whole encode fail.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <msgpack.h>

#include "items.h"
#include "message.h"
#include "wire_keys.h"

/* A fresh buffer's first allocation: room for a typical ack or JOB. */
#define PBUF_INITIAL	256

/*
 * Where an encoding goes: a pbuf that grows, a pbuf over memory that is
 * not ours (fixed: too small is an error, never a realloc), or nowhere
 * (b NULL: the bytes are only counted, to size a buffer beforehand).
 */
struct enc {
	msgpack_packer	 pk;		/* writes through enc_write() */
	struct pbuf	*b;
	int		 fixed;
	size_t		 count;		/* b NULL: bytes so far */
	int		 failed;	/* a write failed: errno says why */
	/* A Result's quotes and dates as a DONE carried them, to copy
	 * (proto_encode_result_reusing); NULL: encode every one. */
	const struct proto_decoder *reuse;
};

void
pbuf_reset(struct pbuf *b)
{
	b->len = 0;
}

void
pbuf_free(struct pbuf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

static int
pbuf_reserve(struct pbuf *b, size_t n)
{
	size_t need, ncap;
	char *nd;

	if (n > SIZE_MAX - b->len) {
		errno = ENOMEM;
		return -1;
	}
	need = b->len + n;
	if (need <= b->cap)
		return 0;
	ncap = b->cap > 0 ? b->cap : PBUF_INITIAL;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2) {
			errno = ENOMEM;
			return -1;
		}
		ncap *= 2;
	}
	if ((nd = realloc(b->data, ncap)) == NULL)
		return -1;
	b->data = nd;
	b->cap = ncap;
	return 0;
}

/* Room for n more bytes did not fit: grow, or fail a fixed buffer. */
static int
enc_grow(struct enc *e, size_t n)
{
	if (e->fixed) {
		errno = EMSGSIZE;
		e->failed = 1;
		return -1;
	}
	if (pbuf_reserve(e->b, n) == -1) {
		e->failed = 1;
		return -1;
	}
	return 0;
}

/*
 * src[0..n) to dst, n <= 16, as at most two loads and two stores of each
 * width (overlapping when n is not a power of two): headers, keys and
 * short strings are most of what the packer hands over, and a call to
 * memcpy() cost more than the copy.  Nothing outside src[0..n) is read.
 */
static inline void
copy_small(unsigned char *dst, const void *src, size_t n)
{
	const unsigned char *s = src;
	uint64_t a, b;
	uint32_t c, d;
	uint16_t f, g;

	if (n >= 8) {
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
		memcpy(dst, &a, 8);
		memcpy(dst + n - 8, &b, 8);
	} else if (n >= 4) {
		memcpy(&c, s, 4);
		memcpy(&d, s + n - 4, 4);
		memcpy(dst, &c, 4);
		memcpy(dst + n - 4, &d, 4);
	} else if (n >= 2) {
		memcpy(&f, s, 2);
		memcpy(&g, s + n - 2, 2);
		memcpy(dst, &f, 2);
		memcpy(dst + n - 2, &g, 2);
	} else if (n == 1)
		dst[0] = s[0];
}

/* The largest piece copy_small() copies. */
#define COPY_SMALL_MAX	16

/* A piece that is long, or does not fit: out of the packer's fast path. */
static __attribute__((noinline)) int
enc_write_long(struct enc *e, const char *buf, size_t len)
{
	struct pbuf *b = e->b;

	if (b->cap - b->len < len && enc_grow(e, len) == -1)
		return -1;
	memcpy(b->data + b->len, buf, len);
	b->len += len;
	return 0;
}

/*
 * The packer's write callback (msgpack_packer_write): every header,
 * integer, key and string body the packer emits comes through here, a
 * call through a pointer each, so the common case (a short piece that
 * fits) is a leaf that calls nothing.  A write that fails sets e->failed,
 * which makes the whole encode fail; later pieces may still be written
 * (into a buffer that is then thrown away), so the fast path need not
 * test it.
 */
static int
enc_write(void *data, const char *buf, size_t len)
{
	struct enc *e = data;
	struct pbuf *b = e->b;

	if (len <= COPY_SMALL_MAX && b->cap - b->len >= len) {
		copy_small((unsigned char *)b->data + b->len, buf, len);
		b->len += len;
		return 0;
	}
	return enc_write_long(e, buf, len);
}

/* The counting pass's callback: nothing is written. */
static int
enc_count(void *data, const char *buf, size_t len)
{
	struct enc *e = data;

	(void)buf;
	e->count += len;
	return 0;
}

static void
enc_init(struct enc *e, struct pbuf *b)
{
	if (b != NULL)
		pbuf_reset(b);
	msgpack_packer_init(&e->pk, e, b != NULL ? enc_write : enc_count);
	e->b = b;
	e->fixed = 0;
	e->count = 0;
	e->failed = 0;
	e->reuse = NULL;
}

static int
enc_end(struct enc *e)
{
	return e->failed ? -1 : 0;
}

static void
enc_map(struct enc *e, size_t n)
{
	msgpack_pack_map(&e->pk, n);
}

static void
enc_array(struct enc *e, size_t n)
{
	msgpack_pack_array(&e->pk, n);
}

static void
enc_nil(struct enc *e)
{
	msgpack_pack_nil(&e->pk);
}

static void
enc_uint(struct enc *e, uint64_t v)
{
	msgpack_pack_uint64(&e->pk, v);
}

/* A signed integer (msgpack-c writes one >= 0 as unsigned). */
static void
enc_int(struct enc *e, int64_t v)
{
	msgpack_pack_int64(&e->pk, v);
}

/*
 * A key: its header and name, spelled beforehand in wire_keys[].mp,
 * handed to the packer as one piece through msgpack_pack_str_body().
 * msgpack_pack_str() and then the name would be two pieces, two calls of
 * the write callback: 630 instructions more per article in quarryd with
 * no-op workers, 2 % (callgrind; docs/architecture.md).
 */
static inline void
enc_key(struct enc *e, enum wire_key k)
{
	const struct wire_key_name *w = &wire_keys[k];

	msgpack_pack_str_body(&e->pk, &w->mp, w->len + 1);
}

static void
enc_bytes(struct enc *e, const char *p, size_t len)
{
	/* A str header holds 32 bits; no legal field comes near that. */
	if (len > UINT32_MAX) {
		errno = EMSGSIZE;
		e->failed = 1;
		return;
	}
	msgpack_pack_str(&e->pk, len);
	if (len > 0)
		msgpack_pack_str_body(&e->pk, p, len);
}

static void
enc_str(struct enc *e, struct str s)
{
	enc_bytes(e, s.p, s.len);
}

static void
enc_cstr(struct enc *e, const char *s)
{
	enc_bytes(e, s, strlen(s));
}

static void
enc_str_or_nil(struct enc *e, struct str s)
{
	if (s.len == 0)
		enc_nil(e);
	else
		enc_str(e, s);
}

static void
enc_version(struct enc *e)
{
	enc_key(e, WK_V);
	enc_uint(e, PROTO_VERSION);
}

/* "key": str, for an optional field that is present. */
static void
enc_kv_str(struct enc *e, enum wire_key k, struct str s)
{
	enc_key(e, k);
	enc_str(e, s);
}

/*
 * An article map; with_version 0 inside JOB, whose own map carries "v".
 * Absent optional fields are omitted.
 */
static void
enc_article(struct enc *e, const struct article *a, int with_version)
{
	static const enum wire_key optk[] = {
		WK_URL, WK_SOURCE, WK_TITLE, WK_LANG, WK_PUBLISHED,
		WK_TIMELINE,
	};
	const struct str *opts[] = {
		&a->url, &a->source, &a->title, &a->lang, &a->published,
		&a->timeline,
	};
	size_t i, n = 2 + (with_version ? 1 : 0);

	for (i = 0; i < sizeof(optk) / sizeof(optk[0]); i++)
		if (opts[i]->len > 0)
			n++;
	enc_map(e, n);
	if (with_version)
		enc_version(e);
	enc_kv_str(e, WK_ID, a->id);
	enc_kv_str(e, WK_BODY, a->body);
	for (i = 0; i < sizeof(optk) / sizeof(optk[0]); i++)
		if (opts[i]->len > 0)
			enc_kv_str(e, optk[i], *opts[i]);
}

/* The length of the str header enc_str_header() writes for n bytes. */
static inline size_t
enc_str_header_len(uint32_t n)
{
	return n < 32 ? 1 : n < 256 ? 2 : n < 65536 ? 3 : 5;
}

/*
 * A str header for n bytes as msgpack-c's packer writes it (the smallest
 * of fixstr, str 8, str 16, str 32) into h: its length.
 */
static size_t
enc_str_header(unsigned char *h, uint32_t n)
{
	if (n < 32) {
		h[0] = (unsigned char)(0xa0 | n);
		return 1;
	}
	if (n < 256) {
		h[0] = 0xd9;
		h[1] = (unsigned char)n;
		return 2;
	}
	if (n < 65536) {
		h[0] = 0xda;
		h[1] = (unsigned char)(n >> 8);
		h[2] = (unsigned char)n;
		return 3;
	}
	h[0] = 0xdb;
	h[1] = (unsigned char)(n >> 24);
	h[2] = (unsigned char)(n >> 16);
	h[3] = (unsigned char)(n >> 8);
	h[4] = (unsigned char)n;
	return 5;
}

/*
 * A uint as msgpack-c's packer writes a uint64 (the smallest of fixint,
 * uint 8, 16, 32, 64) at p: its length.
 */
static inline size_t
enc_put_uint(unsigned char *p, uint64_t v)
{
	if (v < 128) {
		p[0] = (unsigned char)v;
		return 1;
	}
	if (v < 256) {
		p[0] = 0xcc;
		p[1] = (unsigned char)v;
		return 2;
	}
	if (v < 65536) {
		p[0] = 0xcd;
		p[1] = (unsigned char)(v >> 8);
		p[2] = (unsigned char)v;
		return 3;
	}
	if (v <= UINT32_MAX) {
		p[0] = 0xce;
		p[1] = (unsigned char)(v >> 24);
		p[2] = (unsigned char)(v >> 16);
		p[3] = (unsigned char)(v >> 8);
		p[4] = (unsigned char)v;
		return 5;
	}
	p[0] = 0xcf;
	p[1] = (unsigned char)(v >> 56);
	p[2] = (unsigned char)(v >> 48);
	p[3] = (unsigned char)(v >> 40);
	p[4] = (unsigned char)(v >> 32);
	p[5] = (unsigned char)(v >> 24);
	p[6] = (unsigned char)(v >> 16);
	p[7] = (unsigned char)(v >> 8);
	p[8] = (unsigned char)v;
	return 9;
}

/* A key (its wire_keys[] bytes) at p: its length. */
static inline size_t
enc_put_key(unsigned char *p, enum wire_key k)
{
	copy_small(p, &wire_keys[k].mp, wire_keys[k].len + 1);
	return wire_keys[k].len + 1;
}

/* A str (header and bytes) at p: its length; n < 2^32. */
static inline size_t
enc_put_str(unsigned char *p, const char *s, size_t n)
{
	size_t h = enc_str_header(p, (uint32_t)n);

	/* A speaker, a cue, a kind or a TIMEX value is mostly short. */
	if (n <= COPY_SMALL_MAX)
		copy_small(p + h, s, n);
	else
		memcpy(p + h, s, n);
	return h + n;
}

/* The most bytes the fixed part of a quote or date takes beyond its
 * strings: a map header, at most 8 keys of at most WIRE_KEY_MP_SIZE
 * bytes, and each value's header or number at most 9. */
#define ENC_ITEM_FIXED	(1 + 8 * (1 + WIRE_KEY_MP_SIZE - 1) + 8 * 9)

/*
 * Room for an item of `strings` bytes of strings, in a buffer that grows,
 * and where it goes; NULL if the item is to go through the packer (a
 * fixed buffer or the counting pass, a string past 32 bits) or the
 * buffer cannot grow (e->failed set).  A DONE carries a few dozen items,
 * and writing each here, as the packer would, saves the dozen or so
 * calls of its write callback each took.
 */
static inline __attribute__((always_inline)) unsigned char *
enc_item_room(struct enc *e, size_t strings)
{
	if (e->b == NULL || e->fixed || strings > UINT32_MAX)
		return NULL;
	if (e->b->cap - e->b->len < ENC_ITEM_FIXED + strings &&
	    pbuf_reserve(e->b, ENC_ITEM_FIXED + strings) == -1) {
		e->failed = 1;
		return NULL;
	}
	return (unsigned char *)e->b->data + e->b->len;
}

static size_t
enc_put_str_or_nil(unsigned char *p, struct str s)
{
	if (s.len == 0) {
		p[0] = 0xc0;
		return 1;
	}
	return enc_put_str(p, s.p, s.len);
}

/* A quote; the text only in a Result (the broker has the body). */
static void
enc_quote(struct enc *e, const struct quote *q, int with_text)
{
	int has_mention = q->speaker_start != q->speaker_end;
	struct str kind = quote_kind_str(q->kind);
	unsigned char *p, *at;

	if ((at = p = enc_item_room(e, kind.len + q->speaker.len + q->cue.len +
	    (with_text ? q->text.len : 0))) != NULL) {
		*p++ = (unsigned char)(0x80 | (7 + (with_text ? 1 : 0)));
		p += enc_put_key(p, WK_START);
		p += enc_put_uint(p, q->start);
		p += enc_put_key(p, WK_END);
		p += enc_put_uint(p, q->end);
		p += enc_put_key(p, WK_KIND);
		p += enc_put_str(p, kind.p, kind.len);
		p += enc_put_key(p, WK_SPEAKER);
		p += enc_put_str_or_nil(p, q->speaker);
		p += enc_put_key(p, WK_SPEAKER_START);
		if (has_mention)
			p += enc_put_uint(p, q->speaker_start);
		else
			*p++ = 0xc0;
		p += enc_put_key(p, WK_SPEAKER_END);
		if (has_mention)
			p += enc_put_uint(p, q->speaker_end);
		else
			*p++ = 0xc0;
		p += enc_put_key(p, WK_CUE);
		p += enc_put_str_or_nil(p, q->cue);
		if (with_text) {
			p += enc_put_key(p, WK_TEXT);
			p += enc_put_str(p, q->text.p, q->text.len);
		}
		e->b->len += (size_t)(p - at);
		return;
	}
	if (e->failed)
		return;
	enc_map(e, 7 + (with_text ? 1 : 0));
	enc_key(e, WK_START);
	enc_uint(e, q->start);
	enc_key(e, WK_END);
	enc_uint(e, q->end);
	enc_key(e, WK_KIND);
	enc_bytes(e, kind.p, kind.len);
	enc_key(e, WK_SPEAKER);
	enc_str_or_nil(e, q->speaker);
	enc_key(e, WK_SPEAKER_START);
	if (has_mention)
		enc_uint(e, q->speaker_start);
	else
		enc_nil(e);
	enc_key(e, WK_SPEAKER_END);
	if (has_mention)
		enc_uint(e, q->speaker_end);
	else
		enc_nil(e);
	enc_key(e, WK_CUE);
	enc_str_or_nil(e, q->cue);
	if (with_text) {
		enc_key(e, WK_TEXT);
		enc_str(e, q->text);
	}
}

static void
enc_date(struct enc *e, const struct timex3 *t, int with_text)
{
	struct str mod = timex_mod_str(t->mod), type = timex_type_str(t->type);
	size_t vlen = strnlen(t->value, sizeof(t->value));
	unsigned char *p, *at;

	if ((at = p = enc_item_room(e, type.len + mod.len + vlen +
	    (with_text ? t->text.len : 0))) != NULL) {
		*p++ = (unsigned char)(0x80 | (4 + (mod.p != NULL ? 1 : 0) +
		    (with_text ? 1 : 0)));
		p += enc_put_key(p, WK_START);
		p += enc_put_uint(p, t->start);
		p += enc_put_key(p, WK_END);
		p += enc_put_uint(p, t->end);
		p += enc_put_key(p, WK_TYPE);
		p += enc_put_str(p, type.p, type.len);
		p += enc_put_key(p, WK_VALUE);
		p += enc_put_str(p, t->value, vlen);
		if (mod.p != NULL) {
			p += enc_put_key(p, WK_MOD);
			p += enc_put_str(p, mod.p, mod.len);
		}
		if (with_text) {
			p += enc_put_key(p, WK_TEXT);
			p += enc_put_str(p, t->text.p, t->text.len);
		}
		e->b->len += (size_t)(p - at);
		return;
	}
	if (e->failed)
		return;
	enc_map(e, 4 + (mod.p != NULL ? 1 : 0) + (with_text ? 1 : 0));
	enc_key(e, WK_START);
	enc_uint(e, t->start);
	enc_key(e, WK_END);
	enc_uint(e, t->end);
	enc_key(e, WK_TYPE);
	enc_bytes(e, type.p, type.len);
	enc_key(e, WK_VALUE);
	enc_bytes(e, t->value, strnlen(t->value, sizeof(t->value)));
	if (mod.p != NULL) {
		enc_key(e, WK_MOD);
		enc_bytes(e, mod.p, mod.len);
	}
	if (with_text) {
		enc_key(e, WK_TEXT);
		enc_str(e, t->text);
	}
}

/*
 * An item of a Result whose map, without its text, is already on the
 * wire as enc_quote() or enc_date() would write it (the DONE's bytes,
 * wire[0..len), a fixmap): the same map with one entry more, its entries
 * as they are, then the text.  Byte for byte what encoding the values
 * again gives, without the dozen or so writes each takes; and, into a
 * growing buffer, written here in one reservation rather than as four
 * pieces through the packer's callback (a few dozen items a Result).
 */
static void
enc_item_reused(struct enc *e, const unsigned char *wire, size_t len,
    struct str text)
{
	const struct wire_key_name *k = &wire_keys[WK_TEXT];
	unsigned char *p;
	size_t hlen, need;

	if (e->b == NULL || e->fixed || text.len > UINT32_MAX ||
	    (wire[0] & 0x0f) == 0x0f) {
		enc_map(e, (size_t)(wire[0] & 0x0f) + 1);
		msgpack_pack_str_body(&e->pk, wire + 1, len - 1);
		enc_key(e, WK_TEXT);
		enc_str(e, text);
		return;
	}
	hlen = enc_str_header_len((uint32_t)text.len);
	need = len + k->len + 1 + hlen + text.len;
	if (e->b->cap - e->b->len < need && pbuf_reserve(e->b, need) == -1) {
		e->failed = 1;
		return;
	}
	p = (unsigned char *)e->b->data + e->b->len;
	*p++ = (unsigned char)(0x80 | ((wire[0] & 0x0f) + 1));
	memcpy(p, wire + 1, len - 1);
	p += len - 1;
	copy_small(p, &k->mp, k->len + 1);
	p += k->len + 1;
	p += enc_str_header(p, (uint32_t)text.len);
	if (text.len > 0)
		memcpy(p, text.p, text.len);
	e->b->len += need;
}

static void
enc_items(struct enc *e, const struct result *r, int with_text)
{
	const struct elems *qel = NULL, *del = NULL;
	const unsigned char *wire;
	size_t i, len;

	/* Which arrays are the DONE's, asked once each, not per item. */
	if (with_text && e->reuse != NULL) {
		qel = proto_decoder_items(e->reuse, r, 0);
		del = proto_decoder_items(e->reuse, r, 1);
	}
	enc_key(e, WK_QUOTES);
	enc_array(e, r->nquotes);
	for (i = 0; i < r->nquotes; i++)
		if (qel != NULL && (wire = proto_decoder_items_wire(e->reuse,
		    qel, i, &len)) != NULL)
			enc_item_reused(e, wire, len, r->quotes[i].text);
		else
			enc_quote(e, &r->quotes[i], with_text);
	enc_key(e, WK_DATES);
	enc_array(e, r->ndates);
	for (i = 0; i < r->ndates; i++)
		if (del != NULL && (wire = proto_decoder_items_wire(e->reuse,
		    del, i, &len)) != NULL)
			enc_item_reused(e, wire, len, r->dates[i].text);
		else
			enc_date(e, &r->dates[i], with_text);
}

int
proto_encode_article(struct pbuf *b, const struct article *a)
{
	struct enc e;

	enc_init(&e, b);
	enc_article(&e, a, 1);
	return enc_end(&e);
}

int
proto_encode_ack(struct pbuf *b, const struct ack *a)
{
	struct enc e;

	enc_init(&e, b);
	enc_map(&e, 3 + (a->error.len > 0 ? 1 : 0));
	enc_version(&e);
	enc_key(&e, WK_ID);
	enc_str_or_nil(&e, a->id);
	enc_key(&e, WK_STATUS);
	enc_cstr(&e, ack_status_name(a->status));
	if (a->error.len > 0)
		enc_kv_str(&e, WK_ERROR, a->error);
	return enc_end(&e);
}

/* A batch up to its messages: {v, t, msgs: [ (n of them) */
static void
enc_batch_head(struct enc *e, enum wmsg_type type, size_t n)
{
	enc_map(e, 3);
	enc_version(e);
	enc_key(e, WK_T);
	enc_cstr(e, wmsg_type_name(type));
	enc_key(e, WK_MSGS);
	enc_array(e, n);
}

static void
enc_wmsg(struct enc *e, const struct wmsg *m)
{
	size_t n;

	switch (m->type) {
	case WMSG_READY:
		n = 3 + (m->pid != 0) + (m->name.len > 0) +
		    (m->extractor.len > 0) + (m->batch > 0);
		enc_map(e, n);
		enc_version(e);
		enc_key(e, WK_T);
		enc_cstr(e, wmsg_type_name(m->type));
		enc_key(e, WK_CREDIT);
		enc_uint(e, m->credit);
		if (m->pid != 0) {
			enc_key(e, WK_PID);
			enc_int(e, m->pid);
		}
		if (m->name.len > 0)
			enc_kv_str(e, WK_NAME, m->name);
		if (m->extractor.len > 0)
			enc_kv_str(e, WK_EXTRACTOR, m->extractor);
		if (m->batch > 0) {
			enc_key(e, WK_BATCH);
			enc_uint(e, m->batch);
		}
		break;
	case WMSG_JOB:
		enc_map(e, 5);
		enc_version(e);
		enc_key(e, WK_T);
		enc_cstr(e, wmsg_type_name(m->type));
		enc_key(e, WK_JOB);
		enc_uint(e, m->job);
		enc_key(e, WK_ATTEMPT);
		enc_uint(e, m->attempt);
		enc_key(e, WK_ARTICLE);
		enc_article(e, &m->article, 0);
		break;
	case WMSG_DONE:
		enc_map(e, 4);
		enc_version(e);
		enc_key(e, WK_T);
		enc_cstr(e, wmsg_type_name(m->type));
		enc_key(e, WK_JOB);
		enc_uint(e, m->job);
		if (m->error.len > 0) {
			/* The attempt failed: no result travels. */
			enc_kv_str(e, WK_ERROR, m->error);
			break;
		}
		enc_key(e, WK_RESULT);
		enc_map(e, 3 + (m->result.extractor.len > 0));
		enc_items(e, &m->result, 0);
		enc_key(e, WK_ELAPSED_US);
		enc_uint(e, m->result.elapsed_us);
		if (m->result.extractor.len > 0)
			enc_kv_str(e, WK_EXTRACTOR, m->result.extractor);
		break;
	case WMSG_JOBS:
	case WMSG_DONES:
		/* Built in place by proto_batch_open()/_item(); these
		 * write the messages m->msgs holds. */
		enc_batch_head(e, m->type, m->nmsgs);
		for (n = 0; n < m->nmsgs; n++) {
			msgpack_pack_bin(&e->pk, m->msgs[n].len);
			msgpack_pack_bin_body(&e->pk, m->msgs[n].p,
			    m->msgs[n].len);
		}
		break;
	case WMSG_HEARTBEAT:
	case WMSG_BYE:
	default:
		enc_map(e, 2);
		enc_version(e);
		enc_key(e, WK_T);
		enc_cstr(e, wmsg_type_name(m->type));
		break;
	}
}

int
proto_encode_wmsg(struct pbuf *b, const struct wmsg *m)
{
	struct enc e;

	enc_init(&e, b);
	enc_wmsg(&e, m);
	return enc_end(&e);
}

static void
enc_result(struct enc *e, const struct result *r)
{
	int dead = r->error.len > 0;

	enc_map(e, dead ? 8 : 11);
	enc_version(e);
	enc_kv_str(e, WK_ID, r->id);
	enc_key(e, WK_SEQ);
	enc_uint(e, r->seq);
	enc_key(e, WK_URL);
	enc_str_or_nil(e, r->url);
	enc_key(e, WK_SOURCE);
	enc_str_or_nil(e, r->source);
	enc_key(e, WK_PUBLISHED);
	enc_str_or_nil(e, r->published);
	if (dead) {
		enc_kv_str(e, WK_ERROR, r->error);
		enc_key(e, WK_ATTEMPTS);
		enc_uint(e, r->attempts);
		return;
	}
	enc_items(e, r, 1);
	enc_key(e, WK_WORKER);
	enc_str_or_nil(e, r->worker);
	enc_key(e, WK_ELAPSED_US);
	enc_uint(e, r->elapsed_us);
	enc_key(e, WK_EXTRACTOR);
	enc_str_or_nil(e, r->extractor);
}

int
proto_encode_result(struct pbuf *b, const struct result *r)
{
	struct enc e;

	enc_init(&e, b);
	enc_result(&e, r);
	return enc_end(&e);
}

int
proto_encode_result_reusing(struct pbuf *b, const struct result *r,
    const struct proto_decoder *d)
{
	struct enc e;

	enc_init(&e, b);
	e.reuse = d;
	enc_result(&e, r);
	return enc_end(&e);
}

int
proto_encode_result_reusing_at(struct pbuf *b, size_t headroom,
    const struct result *r, const struct proto_decoder *d)
{
	struct enc e;

	enc_init(&e, b);
	if (pbuf_reserve(b, headroom) == -1)
		return -1;
	b->len = headroom;
	e.reuse = d;
	enc_result(&e, r);
	return enc_end(&e);
}

int
proto_encode_hello(struct pbuf *b)
{
	struct enc e;

	enc_init(&e, b);
	enc_map(&e, 1);
	enc_version(&e);
	return enc_end(&e);
}

/*
 * The exact-size pair: a counting pass (b NULL) says how many bytes the
 * message takes, 0 if it cannot be encoded (a string beyond 32 bits);
 * then it is written into exactly that many bytes of a caller's buffer.
 */
static void
enc_init_fixed(struct enc *e, struct pbuf *fb, void *buf, size_t len)
{
	fb->data = buf;
	fb->len = 0;
	fb->cap = len;
	enc_init(e, fb);
	e->fixed = 1;
}

static int
enc_end_fixed(struct enc *e, const struct pbuf *fb)
{
	if (!e->failed && fb->len != fb->cap) {
		errno = EMSGSIZE;
		e->failed = 1;
	}
	return enc_end(e);
}

/*
 * A JOB, byte for byte as enc_wmsg() writes it, sized and written here
 * without the packer: quarryd sizes and writes one per article
 * (dispatch.c), and the two passes through the packer's callback, a
 * dozen pieces each, cost ~2k of its instructions an article (callgrind:
 * proto_wmsg_size 0.54k, proto_encode_wmsg_into 1.5k).
 * tests/test_protocol_encode.c compares both with the packer's bytes at
 * every boundary of the header and integer forms.
 */
_Static_assert(PROTO_VERSION < 128, "the version is one positive fixint");

static const enum wire_key job_optk[] = {
	WK_URL, WK_SOURCE, WK_TITLE, WK_LANG, WK_PUBLISHED, WK_TIMELINE,
};

static inline const struct str *
job_opt(const struct article *a, size_t i)
{
	const struct str *opts[] = {
		&a->url, &a->source, &a->title, &a->lang, &a->published,
		&a->timeline,
	};

	return opts[i];
}

static inline size_t
job_uint_len(uint64_t v)
{
	return v < 128 ? 1 : v < 256 ? 2 : v < 65536 ? 3 :
	    v <= UINT32_MAX ? 5 : 9;
}

/* "key": str, present. */
static inline size_t
job_kv_len(enum wire_key k, struct str s)
{
	return wire_keys[k].len + 1u + enc_str_header_len((uint32_t)s.len) +
	    s.len;
}

/* Its size; 0 if a string is past 32 bits (as the packer path fails). */
static size_t
job_size(const struct wmsg *m)
{
	const struct article *a = &m->article;
	size_t i, n;

	if (a->id.len > UINT32_MAX || a->body.len > UINT32_MAX)
		return 0;
	n = 1 + wire_keys[WK_V].len + 2 + wire_keys[WK_T].len + 1 + 4 +
	    wire_keys[WK_JOB].len + 1 + job_uint_len(m->job) +
	    wire_keys[WK_ATTEMPT].len + 1 + job_uint_len(m->attempt) +
	    wire_keys[WK_ARTICLE].len + 1 + 1 +
	    job_kv_len(WK_ID, a->id) + job_kv_len(WK_BODY, a->body);
	for (i = 0; i < sizeof(job_optk) / sizeof(job_optk[0]); i++) {
		const struct str *o = job_opt(a, i);

		if (o->len > UINT32_MAX)
			return 0;
		if (o->len > 0)
			n += job_kv_len(job_optk[i], *o);
	}
	return n;
}

static void
job_put(unsigned char *p, const struct wmsg *m)
{
	const struct article *a = &m->article;
	size_t i, nopt = 0;

	for (i = 0; i < sizeof(job_optk) / sizeof(job_optk[0]); i++)
		if (job_opt(a, i)->len > 0)
			nopt++;
	*p++ = 0x85;
	p += enc_put_key(p, WK_V);
	*p++ = PROTO_VERSION;
	p += enc_put_key(p, WK_T);
	p += enc_put_str(p, "job", 3);
	p += enc_put_key(p, WK_JOB);
	p += enc_put_uint(p, m->job);
	p += enc_put_key(p, WK_ATTEMPT);
	p += enc_put_uint(p, m->attempt);
	p += enc_put_key(p, WK_ARTICLE);
	*p++ = (unsigned char)(0x80 | (2 + nopt));
	p += enc_put_key(p, WK_ID);
	p += enc_put_str(p, a->id.p, a->id.len);
	p += enc_put_key(p, WK_BODY);
	p += enc_put_str(p, a->body.p, a->body.len);
	for (i = 0; i < sizeof(job_optk) / sizeof(job_optk[0]); i++) {
		const struct str *o = job_opt(a, i);

		if (o->len > 0) {
			p += enc_put_key(p, job_optk[i]);
			p += enc_put_str(p, o->p, o->len);
		}
	}
}

size_t
proto_wmsg_size(const struct wmsg *m)
{
	struct enc e;

	if (m->type == WMSG_JOB)
		return job_size(m);
	enc_init(&e, NULL);
	enc_wmsg(&e, m);
	return e.failed ? 0 : e.count;
}

int
proto_encode_wmsg_into(void *buf, size_t len, const struct wmsg *m)
{
	struct pbuf fb;
	struct enc e;
	size_t n;

	if (m->type == WMSG_JOB) {
		if ((n = job_size(m)) == 0 || n != len) {
			errno = EMSGSIZE;
			return -1;
		}
		job_put(buf, m);
		return 0;
	}
	enc_init_fixed(&e, &fb, buf, len);
	enc_wmsg(&e, m);
	return enc_end_fixed(&e, &fb);
}

/* --- batches built in place (message.h) --- */

size_t
proto_batch_head_size(enum wmsg_type type, size_t n)
{
	struct enc e;

	enc_init(&e, NULL);
	enc_batch_head(&e, type, n);
	return e.count;
}

/* msgpack's bin header: the smallest of bin 8, 16, 32, as the packer
 * writes it. */
size_t
proto_batch_item_size(size_t len)
{
	return len + (len <= UINT8_MAX ? 2 : len <= UINT16_MAX ? 3 : 5);
}

int
proto_batch_open(struct proto_batch *pb, void *buf, size_t len,
    enum wmsg_type type, size_t n)
{
	struct pbuf fb;
	struct enc e;

	pb->buf = buf;
	pb->len = len;
	pb->pos = 0;
	if (type != WMSG_JOBS && type != WMSG_DONES) {
		errno = EINVAL;
		return -1;
	}
	enc_init_fixed(&e, &fb, buf, proto_batch_head_size(type, n));
	if (fb.cap > len) {
		errno = EMSGSIZE;
		return -1;
	}
	enc_batch_head(&e, type, n);
	if (enc_end_fixed(&e, &fb) == -1)
		return -1;
	pb->pos = fb.len;
	return 0;
}

void *
proto_batch_item(struct proto_batch *pb, size_t len)
{
	unsigned char *p = pb->buf + pb->pos;
	size_t hdr = proto_batch_item_size(len) - len;

	if (len > UINT32_MAX || pb->len - pb->pos < hdr ||
	    pb->len - pb->pos - hdr < len)
		return NULL;
	if (hdr == 2) {
		p[0] = 0xc4;
		p[1] = (unsigned char)len;
	} else if (hdr == 3) {
		p[0] = 0xc5;
		p[1] = (unsigned char)(len >> 8);
		p[2] = (unsigned char)len;
	} else {
		p[0] = 0xc6;
		p[1] = (unsigned char)(len >> 24);
		p[2] = (unsigned char)(len >> 16);
		p[3] = (unsigned char)(len >> 8);
		p[4] = (unsigned char)len;
	}
	pb->pos += hdr + len;
	return p + hdr;
}
