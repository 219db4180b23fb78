/*
 * encode.c — the structs of message.h onto the wire.  Keys go out in a
 * fixed order (clients may rely on nothing but the keys, but a fixed order
 * keeps frames comparable byte for byte); absent optional strings are
 * omitted from Articles and Acks and written as nil in Results.
 *
 * The msgpack is written here, in the forms msgpack-c's packer chooses,
 * into a struct pbuf that grows by doubling and is reused from message to
 * message, or into a caller's buffer of the exact size (counted first by
 * a pass that writes nothing), so that a large message is built once, in
 * the memory it is sent from.  Out of memory is an error, never an abort:
 * the first failing write makes the whole encode fail.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
	struct pbuf	*b;
	int		 fixed;
	size_t		 count;		/* b NULL: bytes so far */
	int		 failed;	/* a write failed: errno says why */
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
 * Room for the next n bytes: where to write them, or NULL when nothing
 * is to be written (counting, or a write failed).  The encoder writes
 * msgpack itself, byte for byte what msgpack-c's packer writes (the
 * smallest form of every header and integer; str8 for 32-255 bytes):
 * the packer called back through a function pointer for every header
 * and key, and that was most of the cost of a small message.
 */
static inline unsigned char *
enc_room(struct enc *e, size_t n)
{
	unsigned char *p;

	if (e->failed)
		return NULL;
	if (e->b == NULL) {
		e->count += n;
		return NULL;
	}
	if (e->b->cap - e->b->len < n && enc_grow(e, n) == -1)
		return NULL;
	p = (unsigned char *)e->b->data + e->b->len;
	e->b->len += n;
	return p;
}

static inline void
enc_put(struct enc *e, const void *src, size_t n)
{
	unsigned char *p = enc_room(e, n);

	if (p != NULL && n > 0)
		memcpy(p, src, n);
}

static void
enc_init(struct enc *e, struct pbuf *b)
{
	if (b != NULL)
		pbuf_reset(b);
	e->b = b;
	e->fixed = 0;
	e->count = 0;
	e->failed = 0;
}

static int
enc_end(struct enc *e)
{
	return e->failed ? -1 : 0;
}

/* v big-endian into p[0..n). */
static void
enc_be(unsigned char *p, uint64_t v, size_t n)
{
	while (n-- > 0) {
		p[n] = (unsigned char)v;
		v >>= 8;
	}
}

/*
 * A map, array or str header: the fix form below fixmax, then (str only:
 * code8 non-zero) 8-bit, 16-bit and 32-bit lengths.  Lengths are written
 * as 32 bits, as msgpack-c does; callers keep them below that.
 */
static inline void
enc_head(struct enc *e, unsigned fix, size_t fixmax, unsigned code8,
    unsigned code16, unsigned code32, size_t n)
{
	unsigned char *p;

	if (n < fixmax) {
		if ((p = enc_room(e, 1)) != NULL)
			p[0] = (unsigned char)(fix | n);
	} else if (code8 != 0 && n < 256) {
		if ((p = enc_room(e, 2)) != NULL) {
			p[0] = (unsigned char)code8;
			p[1] = (unsigned char)n;
		}
	} else if (n < 65536) {
		if ((p = enc_room(e, 3)) != NULL) {
			p[0] = (unsigned char)code16;
			enc_be(p + 1, n, 2);
		}
	} else if ((p = enc_room(e, 5)) != NULL) {
		p[0] = (unsigned char)code32;
		enc_be(p + 1, (uint32_t)n, 4);
	}
}

static void
enc_map(struct enc *e, size_t n)
{
	enc_head(e, 0x80, 16, 0, 0xde, 0xdf, n);
}

static void
enc_array(struct enc *e, size_t n)
{
	enc_head(e, 0x90, 16, 0, 0xdc, 0xdd, n);
}

static void
enc_nil(struct enc *e)
{
	unsigned char *p = enc_room(e, 1);

	if (p != NULL)
		p[0] = 0xc0;
}

static void
enc_uint(struct enc *e, uint64_t v)
{
	unsigned char *p;

	/* The stores spelled out: enc_be()'s loop cost as much as the rest. */
	if (v < 0x80) {
		if ((p = enc_room(e, 1)) != NULL)
			p[0] = (unsigned char)v;
	} else if (v < 0x100) {
		if ((p = enc_room(e, 2)) != NULL) {
			p[0] = 0xcc;
			p[1] = (unsigned char)v;
		}
	} else if (v < 0x10000) {
		if ((p = enc_room(e, 3)) != NULL) {
			p[0] = 0xcd;
			p[1] = (unsigned char)(v >> 8);
			p[2] = (unsigned char)v;
		}
	} else if (v <= UINT32_MAX) {
		if ((p = enc_room(e, 5)) != NULL) {
			p[0] = 0xce;
			enc_be(p + 1, v, 4);
		}
	} else if ((p = enc_room(e, 9)) != NULL) {
		p[0] = 0xcf;
		enc_be(p + 1, v, 8);
	}
}

/* A signed integer: non-negative ones as unsigned, as msgpack-c does. */
static void
enc_int(struct enc *e, int64_t v)
{
	unsigned char *p;
	unsigned code;
	size_t n;

	if (v >= 0) {
		enc_uint(e, (uint64_t)v);
		return;
	}
	if (v >= -32) {
		if ((p = enc_room(e, 1)) != NULL)
			p[0] = (unsigned char)(int8_t)v;	/* fixint */
		return;
	}
	if (v >= INT8_MIN) {
		code = 0xd0;
		n = 1;
	} else if (v >= INT16_MIN) {
		code = 0xd1;
		n = 2;
	} else if (v >= INT32_MIN) {
		code = 0xd2;
		n = 4;
	} else {
		code = 0xd3;
		n = 8;
	}
	if ((p = enc_room(e, n + 1)) != NULL) {
		p[0] = (unsigned char)code;
		enc_be(p + 1, (uint64_t)v, n);
	}
}

/*
 * src[0..n) to dst, n <= 16, as at most two loads and two stores of each
 * width (overlapping when n is not a power of two): short strings are
 * most of what the encoder copies, and a call to memcpy() cost more than
 * the copy.  Nothing outside src[0..n) is read.
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

/* The largest string copy_small() copies. */
#define COPY_SMALL_MAX	16

/*
 * Keys are short and spelled beforehand (wire_keys[].mp): where the buffer
 * has WIRE_KEY_MP_SIZE bytes of room, all of them are stored at once and
 * only the key's own are kept (the rest is written over next).
 */
static inline void
enc_key(struct enc *e, enum wire_key k)
{
	const struct wire_key_name *w = &wire_keys[k];
	size_t n = w->len + 1;
	unsigned char *p;

	if (!e->failed && e->b != NULL &&
	    e->b->cap - e->b->len >= WIRE_KEY_MP_SIZE) {
		memcpy(e->b->data + e->b->len, &w->mp, WIRE_KEY_MP_SIZE);
		e->b->len += n;
		return;
	}
	if ((p = enc_room(e, n)) != NULL)
		copy_small(p, &w->mp, n);
}

static void
enc_bytes(struct enc *e, const char *p, size_t len)
{
	unsigned char *q;

	/* A str header holds 32 bits; no legal field comes near that. */
	if (len > UINT32_MAX) {
		errno = EMSGSIZE;
		e->failed = 1;
		return;
	}
	/* A fixstr or str8, header and bytes in one reservation. */
	if (len < 32) {
		if ((q = enc_room(e, len + 1)) == NULL)
			return;
		q[0] = (unsigned char)(0xa0 | len);
		if (len <= COPY_SMALL_MAX)
			copy_small(q + 1, p, len);
		else
			memcpy(q + 1, p, len);
		return;
	}
	if (len < 256) {
		if ((q = enc_room(e, len + 2)) == NULL)
			return;
		q[0] = 0xd9;
		q[1] = (unsigned char)len;
		memcpy(q + 2, p, len);
		return;
	}
	enc_head(e, 0xa0, 32, 0xd9, 0xda, 0xdb, len);
	enc_put(e, p, len);
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
	};
	const struct str *opts[] = {
		&a->url, &a->source, &a->title, &a->lang, &a->published,
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

/* A quote; the text only in a Result (the broker has the body). */
static void
enc_quote(struct enc *e, const struct quote *q, int with_text)
{
	int has_mention = q->speaker_start != q->speaker_end;

	enc_map(e, 7 + (with_text ? 1 : 0));
	enc_key(e, WK_START);
	enc_uint(e, q->start);
	enc_key(e, WK_END);
	enc_uint(e, q->end);
	enc_key(e, WK_KIND);
	enc_cstr(e, quote_kind_name(q->kind));
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
	const char *mod = timex_mod_name(t->mod);

	enc_map(e, 4 + (mod != NULL ? 1 : 0) + (with_text ? 1 : 0));
	enc_key(e, WK_START);
	enc_uint(e, t->start);
	enc_key(e, WK_END);
	enc_uint(e, t->end);
	enc_key(e, WK_TYPE);
	enc_cstr(e, timex_type_name(t->type));
	enc_key(e, WK_VALUE);
	enc_bytes(e, t->value, strnlen(t->value, sizeof(t->value)));
	if (mod != NULL) {
		enc_key(e, WK_MOD);
		enc_cstr(e, mod);
	}
	if (with_text) {
		enc_key(e, WK_TEXT);
		enc_str(e, t->text);
	}
}

static void
enc_items(struct enc *e, const struct result *r, int with_text)
{
	size_t i;

	enc_key(e, WK_QUOTES);
	enc_array(e, r->nquotes);
	for (i = 0; i < r->nquotes; i++)
		enc_quote(e, &r->quotes[i], with_text);
	enc_key(e, WK_DATES);
	enc_array(e, r->ndates);
	for (i = 0; i < r->ndates; i++)
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

static void
enc_wmsg(struct enc *e, const struct wmsg *m)
{
	size_t n;

	switch (m->type) {
	case WMSG_READY:
		n = 3 + (m->pid != 0) + (m->name.len > 0) +
		    (m->extractor.len > 0);
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

size_t
proto_wmsg_size(const struct wmsg *m)
{
	struct enc e;

	enc_init(&e, NULL);
	enc_wmsg(&e, m);
	return e.failed ? 0 : e.count;
}

int
proto_encode_wmsg_into(void *buf, size_t len, const struct wmsg *m)
{
	struct pbuf fb;
	struct enc e;

	enc_init_fixed(&e, &fb, buf, len);
	enc_wmsg(&e, m);
	return enc_end_fixed(&e, &fb);
}
