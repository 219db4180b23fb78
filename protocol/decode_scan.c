/*
 * decode_scan.c — step one of decoding a frame (see decode.c): the
 * bounds-checked cursor over msgpack values, and the structural scan
 * (decode_scan_frame) that walks the raw bytes once without allocating,
 * bounds every count by the bytes left, the depth and the number of
 * objects, and records where the value of every known key of the maps a
 * message is made of starts, and each element of a result's quotes and
 * dates; with the fast path that decodes a DONE's quotes and dates in
 * exactly the form workers write them in the same pass.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode_int.h"
#include "items.h"
#include "message.h"
#include "util.h"
#include "validate.h"
#include "wire_keys.h"

/* --- the cursor --- */

static uint64_t
be_uint(const unsigned char *p, size_t n)
{
	uint64_t v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = (v << 8) | p[i];
	return v;
}

const char *
decode_mp_type_name(enum mp_type t)
{
	static const char *const names[] = {
		[MP_NIL] = "nil",
		[MP_BOOL] = "boolean",
		[MP_UINT] = "integer",
		[MP_NEG] = "integer",
		[MP_FLOAT] = "float",
		[MP_STR] = "string",
		[MP_BIN] = "binary",
		[MP_ARRAY] = "array",
		[MP_MAP] = "map",
		[MP_BAD] = "malformed msgpack",
	};

	return names[t];
}

/*
 * The value whose header is at buf[pos]: its type, its number, the bytes
 * of a string or the count of a container.  Nothing outside buf[0..len)
 * is read; what cannot be read whole is MP_BAD.
 */
void
decode_mp_read_any(const unsigned char *buf, size_t len, size_t pos,
    struct mpv *v)
{
	const unsigned char *p = buf + pos;
	size_t rem, hdr, lenbytes;
	uint64_t x;
	unsigned char b;

	v->type = MP_BAD;
	v->n = 0;
	v->next = pos;
	if (pos >= len)
		return;
	rem = len - pos;
	b = p[0];
	v->next = pos + 1;
	if (b <= 0x7f) {
		v->type = MP_UINT;
		v->u = b;
		return;
	}
	if (b >= 0xe0) {
		v->type = MP_NEG;
		v->i = (int64_t)b - 0x100;
		return;
	}
	if (b <= 0x8f) {
		v->type = MP_MAP;
		v->n = b & 0x0f;
		return;
	}
	if (b <= 0x9f) {
		v->type = MP_ARRAY;
		v->n = b & 0x0f;
		return;
	}
	if (b <= 0xbf) {
		v->n = b & 0x1f;
		hdr = 1;
		if (v->n > rem - hdr)
			return;
		v->type = MP_STR;
		v->s = (const char *)p + hdr;
		v->next = pos + hdr + v->n;
		return;
	}
	switch (b) {
	case 0xc0:
		v->type = MP_NIL;
		return;
	case 0xc2:
	case 0xc3:
		v->type = MP_BOOL;
		return;
	case 0xca:
	case 0xcb:
		hdr = b == 0xca ? 5 : 9;
		if (hdr > rem)
			return;
		v->type = MP_FLOAT;
		v->next = pos + hdr;
		return;
	case 0xcc: case 0xcd: case 0xce: case 0xcf:
		hdr = 1 + ((size_t)1 << (b - 0xcc));
		if (hdr > rem)
			return;
		v->type = MP_UINT;
		v->u = be_uint(p + 1, hdr - 1);
		v->next = pos + hdr;
		return;
	case 0xd0: case 0xd1: case 0xd2: case 0xd3:
		/* A signed encoding of a value >= 0 is an unsigned integer. */
		hdr = 1 + ((size_t)1 << (b - 0xd0));
		if (hdr > rem)
			return;
		x = be_uint(p + 1, hdr - 1);
		if (hdr < 9 && (x >> (8 * (hdr - 1) - 1)) != 0)
			x |= ~(uint64_t)0 << (8 * (hdr - 1));	/* sign-extend */
		if ((int64_t)x >= 0) {
			v->type = MP_UINT;
			v->u = x;
		} else {
			v->type = MP_NEG;
			v->i = (int64_t)x;
		}
		v->next = pos + hdr;
		return;
	case 0xc4: case 0xc5: case 0xc6:
	case 0xd9: case 0xda: case 0xdb:
		lenbytes = (size_t)1 << ((b >= 0xd9 ? b - 0xd9 : b - 0xc4));
		hdr = 1 + lenbytes;
		if (hdr > rem)
			return;
		x = be_uint(p + 1, lenbytes);
		if (x > rem - hdr)
			return;
		v->type = b >= 0xd9 ? MP_STR : MP_BIN;
		v->s = (const char *)p + hdr;
		v->n = (size_t)x;
		v->next = pos + hdr + v->n;
		return;
	case 0xdc: case 0xdd: case 0xde: case 0xdf:
		lenbytes = b & 1 ? 4 : 2;
		hdr = 1 + lenbytes;
		if (hdr > rem)
			return;
		v->type = b >= 0xde ? MP_MAP : MP_ARRAY;
		v->n = (size_t)be_uint(p + 1, lenbytes);
		v->next = pos + hdr;
		return;
	default:	/* 0xc1, ext */
		return;
	}
}


/* Past the whole value at *pos (a container with all it holds). */
int
decode_mp_skip(const struct walk *w, size_t *pos)
{
	uint64_t owed = 1;
	struct mpv v;

	while (owed > 0) {
		decode_mp_read(w->buf, w->len, *pos, &v);
		if (v.type == MP_BAD)
			return -1;
		owed--;
		if (v.type == MP_ARRAY)
			owed += v.n;
		else if (v.type == MP_MAP)
			owed += 2 * (uint64_t)v.n;
		*pos = v.next;
	}
	return 0;
}

/* --- step one: the scan --- */

/* What a value's first byte makes it, for "expected map, got X". */
const char *
decode_byte_type_name(unsigned char b)
{
	if (b <= 0x7f || b >= 0xe0 || (b >= 0xcc && b <= 0xd3))
		return "integer";
	if (b <= 0x8f || b == 0xde || b == 0xdf)
		return "map";
	if (b <= 0x9f || b == 0xdc || b == 0xdd)
		return "array";
	if (b <= 0xbf || (b >= 0xd9 && b <= 0xdb))
		return "string";
	switch (b) {
	case 0xc0:
		return "nil";
	case 0xc2:
	case 0xc3:
		return "boolean";
	case 0xc4:
	case 0xc5:
	case 0xc6:
		return "binary";
	case 0xca:
	case 0xcb:
		return "float";
	case 0xc1:
		return "reserved byte 0xc1";
	default:
		return "ext";
	}
}

/* b opens a map (fixmap, map16, map32). */
int
decode_is_map_byte(unsigned char b)
{
	return (b >= 0x80 && b <= 0x8f) || b == 0xde || b == 0xdf;
}

/*
 * One key of a map being indexed, spelled s[0..n): the wanted key whose
 * value follows, or -1.  A wanted key seen twice is the map's fault.
 */
static int
index_key(struct fields *f, uint64_t want, const char *s, size_t n)
{
	int k = wire_key_lookup(s, n);

	if (k == -1 || (want & WK_BIT(k)) == 0)
		return -1;
	if (f->seen & WK_BIT(k)) {
		f->fault = KF_DUPLICATE;
		f->fkey = (uint32_t)k;
		return -1;
	}
	f->seen |= WK_BIT(k);
	return k;
}

static void
index_not_string(struct fields *f, uint32_t keyno, const char *type)
{
	f->fault = KF_NOT_STRING;
	f->fkey = keyno;
	f->ftype = type;
}

static void
fields_init(struct fields *f)
{
	f->seen = 0;
	f->fault = KF_NONE;
}


struct scan {
	const unsigned char *p;
	size_t		 len;
	size_t		 pos;		/* next unread byte */
	/* Objects the open containers still owe: each needs >= 1 byte. */
	uint64_t	 pending;
	size_t		 objects, objects_max;
	const struct plan *plan;	/* may be NULL: nothing indexed */
	/*
	 * The array whose elements the next scan_value() records (set for
	 * the value of an items map's quotes or dates), and what it wants.
	 */
	struct elems	*el;
	uint64_t	 el_want;
	struct fields	 scratch;	/* an element map, before recording */
	/*
	 * The top-level key whose value is being read (NULL when reading a
	 * key, or when the key was not a plain string): errors inside that
	 * value name it, so a truncated body reports "body: ...".
	 */
	const unsigned char *key;
	size_t		 keylen;
	char		*err;
	size_t		 errlen;
};

/* The field a reason names: the current top-level key, or "message". */
static const char *
scan_where(const struct scan *s, char *buf, size_t bufsz)
{
	size_t i;

	if (s->key == NULL || s->keylen == 0 || s->keylen >= bufsz)
		return "message";
	for (i = 0; i < s->keylen; i++) {
		unsigned char c = s->key[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '_' || c == '-'))
			return "message";
	}
	memcpy(buf, s->key, s->keylen);
	buf[s->keylen] = '\0';
	return buf;
}

static int scan_fail(const struct scan *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

static int
scan_fail(const struct scan *s, const char *fmt, ...)
{
	char where[DECODE_KEY_NAME_MAX + 1], what[PROTO_ERR_MAX];
	va_list ap;

	va_start(ap, fmt);
	(void)vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return proto_reason(s->err, s->errlen, "%s: %s",
	    scan_where(s, where, sizeof(where)), what);
}

static int scan_value(struct scan *, int, struct fields *, uint64_t);

/*
 * scan_value() for the commonest objects, without the call: a fixint, nil,
 * boolean, short string or 8-32 bit integer that fits is counted and
 * stepped over here; anything else (and every fault) goes to
 * scan_value().  Forced inline: as a call of its own it cost a third more.
 */
static inline __attribute__((always_inline)) int
scan_next(struct scan *s, int level, struct fields *f, uint64_t want)
{
	size_t rem = s->len - s->pos;
	unsigned char b;

	if (rem == 0 || s->objects >= s->objects_max)
		return scan_value(s, level, f, want);
	b = s->p[s->pos];
	if (b <= 0x7f || b >= 0xe0 || b == 0xc0 || b == 0xc2 || b == 0xc3) {
		s->pending--;
		s->objects++;
		s->pos++;
		return 0;
	}
	if (b >= 0xa0 && b <= 0xbf && (size_t)(b & 0x1f) < rem) {
		s->pending--;
		s->objects++;
		s->pos += 1 + (size_t)(b & 0x1f);
		return 0;
	}
	/* uint8/16/32 (offsets, times) and str8 (a Result's texts). */
	if (b >= 0xcc && b <= 0xce && ((size_t)1 << (b - 0xcc)) < rem) {
		s->pending--;
		s->objects++;
		s->pos += 1 + ((size_t)1 << (b - 0xcc));
		return 0;
	}
	if (b == 0xd9 && rem > 1 && (size_t)s->p[s->pos + 1] <= rem - 2) {
		s->pending--;
		s->objects++;
		s->pos += 2 + (size_t)s->p[s->pos + 1];
		return 0;
	}
	return scan_value(s, level, f, want);
}

/* Header bytes of a string whose first byte is b, or 0 if it is none. */
static size_t
str_header(unsigned char b)
{
	if (b >= 0xa0 && b <= 0xbf)
		return 1;
	if (b >= 0xd9 && b <= 0xdb)
		return 1 + ((size_t)1 << (b - 0xd9));
	return 0;
}


/* --- the scan's fast path: a DONE's elements as workers write them --- */

/*
 * A DONE's quotes and dates are most of quarryd's decoding (a 4 KB
 * article's DONE carries a few dozen), and a worker writes every one in
 * the same form (encode.c: a fixmap of the keys in a fixed order, no
 * text).  An element in exactly that form, whose values the walk would
 * take, is decoded here in the one pass, straight into the decoder's
 * quote or date, and the walk skips it.  The fast path never rejects
 * anything: an element it does not recognise, or one the walk would
 * refuse, is left as it was found, to the general scan and walk, which
 * give the verdict and the reason.  So a frame's verdict, reason and
 * decoded values are the same with it as without it.
 */
struct fast {
	const unsigned char *p, *end;
	int		 minimal;	/* no value in a longer encoding */
};

/* The key k, spelled as wire_keys[k].mp (header and name), is next. */
static inline __attribute__((always_inline)) int
fast_key(struct fast *c, enum wire_key k)
{
	const struct wire_key_name *w = &wire_keys[k];
	size_t n = w->len + 1;

	if ((size_t)(c->end - c->p) < n || !wire_bytes_eq(c->p, &w->mp, n))
		return 0;
	c->p += n;
	return 1;
}

/* An unsigned integer of at most 32 bits, in the encodings msgpack-c's
 * packer chooses for one: 1 and *out, or 0. */
static inline __attribute__((always_inline)) int
fast_u32(struct fast *c, uint32_t *out)
{
	size_t rem = (size_t)(c->end - c->p);
	unsigned char b;
	uint32_t v;

	if (rem == 0)
		return 0;
	b = c->p[0];
	/*
	 * 8, 16, 32 bits: the smallest only from 2^7, 2^8, 2^16 up.  Most
	 * offsets into a news article are 16-bit: that case is tested
	 * right after a fixint, each with its own bound.
	 */
	if (b <= 0x7f) {
		*out = b;
		c->p += 1;
		return 1;
	} else if (b == 0xcd && rem >= 3) {
		v = (uint32_t)c->p[1] << 8 | c->p[2];
		c->p += 3;
		if (v < 0x100u)
			c->minimal = 0;
	} else if (b == 0xcc && rem >= 2) {
		v = c->p[1];
		c->p += 2;
		if (v < 0x80u)
			c->minimal = 0;
	} else if (b == 0xce && rem >= 5) {
		v = (uint32_t)be_uint(c->p + 1, 4);
		c->p += 5;
		if (v < 0x10000u)
			c->minimal = 0;
	} else
		return 0;
	*out = v;
	return 1;
}

/* fast_u32(), or nil: 1 with *out, 0 for nil, -1 for anything else. */
static inline __attribute__((always_inline)) int
fast_opt_u32(struct fast *c, uint32_t *out)
{
	*out = 0;
	if (c->p < c->end && c->p[0] == 0xc0) {
		c->p++;
		return 0;
	}
	return fast_u32(c, out) ? 1 : -1;
}

/* A string (fixstr, str 8, str 16) that fits: 1 and *out, or 0. */
static inline __attribute__((always_inline)) int
fast_str(struct fast *c, struct str *out)
{
	size_t rem = (size_t)(c->end - c->p), n, hdr;
	unsigned char b;

	if (rem == 0)
		return 0;
	b = c->p[0];
	if (b >= 0xa0 && b <= 0xbf) {
		n = b & 0x1f;
		hdr = 1;
	} else if (b == 0xd9 && rem >= 2) {
		n = c->p[1];
		hdr = 2;
	} else if (b == 0xda && rem >= 3) {
		n = (size_t)c->p[1] << 8 | c->p[2];
		hdr = 3;
	} else
		return 0;
	if (n > rem - hdr)
		return 0;
	if (n < (hdr == 1 ? 0u : hdr == 2 ? 32u : 256u))
		c->minimal = 0;
	out->p = (const char *)c->p + hdr;
	out->len = n;
	c->p += hdr + n;
	return 1;
}

/* Eight bytes at a time (SWAR, with the last word overlapping): */
#define FAST_ONES	0x0101010101010101ULL
#define FAST_HIGHS	0x8080808080808080ULL

/* Is every byte of p[0..n) in 0x01..0x7f (ASCII but NUL)?  A byte 0 gets
 * a high bit from w - 1 in each byte, a byte >= 0x80 has one. */
static inline __attribute__((always_inline)) int
plain_ascii(const char *p, size_t n)
{
	uint64_t w, bad = 0;
	size_t i;

	if (n < 8) {
		uint32_t a, b;

		if (n < 4) {
			for (i = 0; i < n; i++)
				if ((unsigned char)p[i] - 1u >= 0x7fu)
					return 0;
			return 1;
		}
		/* Two words of 4, overlapping: a cue ("said") or a short
		 * name. */
		memcpy(&a, p, 4);
		memcpy(&b, p + n - 4, 4);
		return ((((a - (uint32_t)FAST_ONES) | a) |
		    ((b - (uint32_t)FAST_ONES) | b)) & (uint32_t)FAST_HIGHS) == 0;
	}
	for (i = 0; i + 8 < n; i += 8) {
		memcpy(&w, p + i, 8);
		bad |= (w - FAST_ONES) | w;
	}
	memcpy(&w, p + n - 8, 8);
	bad |= (w - FAST_ONES) | w;
	return (bad & FAST_HIGHS) == 0;
}

/*
 * Is every byte of p[0..n) in 0x21..0x7e (a TIMEX value's)?  A byte below
 * 0x21 gets a high bit it lacked from w - 0x21 in each byte, 0x7f gets one
 * from w + 1 in each, and a byte >= 0x80 has one.  (A borrow or carry
 * into the next byte only ever follows a byte already found bad.)
 */
static inline __attribute__((always_inline)) int
plain_value(const char *p, size_t n)
{
	uint64_t w, bad = 0;
	size_t i;

	if (n < 8) {
		for (i = 0; i < n; i++)
			if ((unsigned char)p[i] <= ' ' ||
			    (unsigned char)p[i] >= 0x7f)
				return 0;
		return 1;
	}
	for (i = 0; i + 8 < n; i += 8) {
		memcpy(&w, p + i, 8);
		bad |= ((w - 0x21 * FAST_ONES) & ~w) | (w + FAST_ONES) | w;
	}
	memcpy(&w, p + n - 8, 8);
	bad |= ((w - 0x21 * FAST_ONES) & ~w) | (w + FAST_ONES) | w;
	return (bad & FAST_HIGHS) == 0;
}

/*
 * An optional text as opt_text() takes it: nil (absent), or a string that
 * is not empty (the walk keeps an empty one as present: left to it),
 * within max, UTF-8, without NUL.  1, or 0.
 */
static inline __attribute__((always_inline)) int
fast_opt_text(struct fast *c, size_t max, struct str *out)
{
	*out = str_make(NULL, 0);
	if (c->p < c->end && c->p[0] == 0xc0) {
		c->p++;
		return 1;
	}
	if (!fast_str(c, out) || out->len == 0 || out->len > max)
		return 0;
	/* Printable and control ASCII but NUL are fine as they are. */
	return plain_ascii(out->p, out->len) ||
	    proto_text_problem(*out, max, 0, NULL, 0) == 0;
}

/*
 * A quote's kind or a date's type as a worker writes it, a fixstr of one
 * of the few names (names.c), matched as its header and bytes together:
 * the header gives the length, so one or two fixed-size comparisons
 * replace a string read and a lookup (quote_kind_parse and
 * timex_type_parse by way of name_index: ~40 instructions an item, ~1.2k
 * a 4 KB article's DONE in quarryd).  1 and *out, or 0 with nothing
 * consumed: anything else is left to fast_str() and the lookup, which
 * give the same answer more slowly (a name in a longer string encoding,
 * which the walk takes, is not minimal and goes that way).
 */
static inline int
fast_kind(struct fast *c, enum quote_kind *out)
{
	size_t rem = (size_t)(c->end - c->p);

	if (rem >= 7 && wire_bytes_eq(c->p, "\xa6" "direct", 7))
		*out = QUOTE_DIRECT;
	else if (rem >= 8 && wire_bytes_eq(c->p, "\xa7" "partial", 8))
		*out = QUOTE_PARTIAL;
	else if (rem >= 9 && wire_bytes_eq(c->p, "\xa8" "indirect", 9))
		*out = QUOTE_INDIRECT;
	else
		return 0;
	c->p += 1 + (c->p[0] & 0x1f);
	return 1;
}

static inline int
fast_type(struct fast *c, enum timex_type *out)
{
	size_t rem = (size_t)(c->end - c->p);

	if (rem >= 5 && wire_bytes_eq(c->p, "\xa4" "DATE", 5))
		*out = TIMEX_DATE;
	else if (rem >= 5 && wire_bytes_eq(c->p, "\xa4" "TIME", 5))
		*out = TIMEX_TIME;
	else if (rem >= 9 && wire_bytes_eq(c->p, "\xa8" "DURATION", 9))
		*out = TIMEX_DURATION;
	else if (rem >= 4 && wire_bytes_eq(c->p, "\xa3" "SET", 4))
		*out = TIMEX_SET;
	else
		return 0;
	c->p += 1 + (c->p[0] & 0x1f);
	return 1;
}

/*
 * What scan_value() checks of a fixmap of n entries at level `level`
 * before its entries (s->pending not yet charged for it), and the objects
 * its entries will count: 1 if the general scan would pass them.
 */
static int
fast_map_fits(const struct scan *s, int level, unsigned n)
{
	size_t rem = s->len - s->pos, children = 2 * (size_t)n;

	return rem > children && level + 1 <= PROTO_DEPTH_MAX &&
	    s->pending - 1 <= rem - 1 - children &&
	    s->objects + 1 + children <= s->objects_max;
}

/* The scan is past an element of n entries that fast_*() decoded. */
static void
fast_done(struct scan *s, const struct fast *c, unsigned n)
{
	s->pos = (size_t)(c->p - s->p);
	s->objects += 1 + 2 * (size_t)n;
	s->pending--;
}

/*
 * A DONE's quote at s->pos, at level `level`, as encode.c writes it
 * (enc_quote without text: start, end, kind, speaker, speaker_start,
 * speaker_end, cue), into *q as walk_quote() would fill it: 1, or 0 with
 * nothing consumed.
 */
static int
scan_fast_quote(struct scan *s, int level, struct quote *q, struct elem *e)
{
	struct fast c;
	struct str kind, speaker, cue;
	uint32_t start, end, ss, se;
	enum quote_kind k;
	int has_ss, has_se;

	/* The element's byte may be missing: the scan's checks of what is
	 * owed come later, in scan_value(). */
	if (s->pos >= s->len || s->p[s->pos] != 0x87 ||
	    !fast_map_fits(s, level, 7))
		return 0;
	c.p = s->p + s->pos + 1;
	c.end = s->p + s->len;
	c.minimal = 1;
	if (!fast_key(&c, WK_START) || !fast_u32(&c, &start) ||
	    !fast_key(&c, WK_END) || !fast_u32(&c, &end) || start >= end ||
	    !fast_key(&c, WK_KIND) || (!fast_kind(&c, &k) &&
	    (!fast_str(&c, &kind) || quote_kind_parse(kind, &k) == -1)) ||
	    !fast_key(&c, WK_SPEAKER) ||
	    !fast_opt_text(&c, PROTO_FIELD_MAX, &speaker) ||
	    !fast_key(&c, WK_SPEAKER_START) ||
	    (has_ss = fast_opt_u32(&c, &ss)) == -1 ||
	    !fast_key(&c, WK_SPEAKER_END) ||
	    (has_se = fast_opt_u32(&c, &se)) == -1 ||
	    has_ss != has_se || (has_ss && ss >= se) ||
	    !fast_key(&c, WK_CUE) ||
	    !fast_opt_text(&c, PROTO_FIELD_MAX, &cue))
		return 0;
	*q = (struct quote){ .start = start, .end = end, .kind = k,
	    .speaker = speaker, .speaker_start = ss, .speaker_end = se,
	    .cue = cue };
	e->minimal = (unsigned char)c.minimal;
	fast_done(s, &c, 7);
	return 1;
}

/*
 * A DONE's date at s->pos, at level `level`, as encode.c writes it
 * (enc_date without text: start, end, type, value, and mod if there is
 * one), into *t as walk_date() would fill it: 1, or 0 with nothing
 * consumed.
 */
static int
scan_fast_date(struct scan *s, int level, struct timex3 *t, struct elem *e)
{
	struct fast c;
	struct str type, value, mod;
	enum timex_mod m = TIMEX_MOD_NONE;
	enum timex_type ty;
	uint32_t start, end;
	unsigned n;

	/* As in scan_fast_quote(), the element's byte may be missing. */
	if (s->pos >= s->len || (s->p[s->pos] & 0xf0) != 0x80 ||
	    ((n = s->p[s->pos] & 0x0f) != 4 && n != 5) ||
	    !fast_map_fits(s, level, n))
		return 0;
	c.p = s->p + s->pos + 1;
	c.end = s->p + s->len;
	c.minimal = 1;
	if (!fast_key(&c, WK_START) || !fast_u32(&c, &start) ||
	    !fast_key(&c, WK_END) || !fast_u32(&c, &end) || start >= end ||
	    !fast_key(&c, WK_TYPE) || (!fast_type(&c, &ty) &&
	    (!fast_str(&c, &type) || timex_type_parse(type, &ty) == -1)) ||
	    !fast_key(&c, WK_VALUE) || !fast_str(&c, &value) ||
	    value.len == 0 || value.len >= TIMEX_VALUE_MAX)
		return 0;
	if (!plain_value(value.p, value.len))
		return 0;
	if (n == 5 && (!fast_key(&c, WK_MOD) || !fast_str(&c, &mod) ||
	    timex_mod_parse(mod, &m) == -1))
		return 0;
	memset(t, 0, sizeof(*t));
	t->start = start;
	t->end = end;
	t->type = ty;
	t->mod = m;
	memcpy(t->value, value.p, value.len);
	t->value[value.len] = '\0';
	e->minimal = (unsigned char)c.minimal;
	fast_done(s, &c, n);
	return 1;
}

/*
 * The n elements of an array at nesting level `level`, recorded into el:
 * each element map is indexed (keys outside s->el_want ignored) as the
 * walk would index it, then kept to its element keys.  Without room to
 * record them the elements are only scanned, and el says so.
 */
static int
scan_elems(struct scan *s, int level, uint64_t n, struct elems *el)
{
	struct fields *f = &s->scratch;
	uint64_t want = s->el_want;
	struct proto_decoder *d = s->plan->d;
	int quotes = el == &d->qel, fast = s->plan->fast_items;
	struct elem *e;
	uint64_t i;

	el->n = 0;
	el->state = ELEMS_NOMEM;
	if (array_reserve((void **)&el->v, &el->cap, (size_t)n,
	    sizeof(*el->v)) == -1) {
		for (i = 0; i < n; i++)
			if (scan_next(s, level + 1, NULL, 0) == -1)
				return -1;
		return 0;
	}
	/* The fast path decodes into the decoder's arrays (the walk's). */
	if (fast && (quotes ? array_reserve((void **)&d->quotes,
	    &d->quotes_cap, (size_t)n, sizeof(*d->quotes)) :
	    array_reserve((void **)&d->dates, &d->dates_cap, (size_t)n,
	    sizeof(*d->dates))) == -1)
		fast = 0;
	for (i = 0; i < n; i++) {
		e = &el->v[i];
		e->ready = e->minimal = 0;
		e->wire_at = (uint32_t)s->pos;
		if (fast && (quotes ?
		    scan_fast_quote(s, level + 1, &d->quotes[i], e) :
		    scan_fast_date(s, level + 1, &d->dates[i], e))) {
			e->ready = 1;
			e->wire_len = (uint32_t)(s->pos - e->wire_at);
			continue;
		}
		/* Owed objects each have a byte: the element's is there.
		 * (Only the walk of an element not ready reads it.) */
		e->first = s->pos < s->len ? s->p[s->pos] : 0xc1;
		if (!decode_is_map_byte(e->first)) {
			if (scan_next(s, level + 1, NULL, 0) == -1)
				return -1;
			continue;
		}
		if (scan_value(s, level + 1, f, want) == -1)
			return -1;
		e->seen = (uint16_t)(f->seen >> ELEM_KEY_FIRST);
		memcpy(e->at, &f->at[ELEM_KEY_FIRST], sizeof(e->at));
		e->fault = (unsigned char)f->fault;
		e->fkey = f->fkey;
		e->ftype = f->ftype;
	}
	el->n = (size_t)n;
	el->state = ELEMS_DONE;
	return 0;
}

/*
 * The n entries of a map at nesting level `level`, whose keys and values
 * are at level + 1; indexed into f unless f is NULL.  The keys of the top
 * map (level 0) name the reasons of their values.
 */
static int
scan_map(struct scan *s, int level, uint64_t n, struct fields *f,
    uint64_t want)
{
	const struct plan *plan = s->plan;
	uint64_t i;
	int j;

	for (i = 0; i < n; i++) {
		size_t kat = s->pos, hdr;
		struct fields *vf = NULL;
		uint64_t vwant = 0;
		unsigned char b;
		int k = -1;

		if (level == 0)
			s->key = NULL;
		/*
		 * A key is nearly always a fixstr that fits: stepped over
		 * here, as scan_next() would, with its header size known.
		 */
		if (kat < s->len && s->objects < s->objects_max &&
		    (b = s->p[kat]) >= 0xa0 && b <= 0xbf &&
		    (size_t)(b & 0x1f) < s->len - kat) {
			s->pending--;
			s->objects++;
			s->pos += 1 + (size_t)(b & 0x1f);
			hdr = 1;
		} else {
			if (scan_next(s, level + 1, NULL, 0) == -1)
				return -1;
			hdr = str_header(s->p[kat]);
		}
		if (hdr != 0) {
			if (level == 0) {
				s->key = s->p + kat + hdr;
				s->keylen = s->pos - kat - hdr;
			}
			if (f != NULL && f->fault == KF_NONE)
				k = index_key(f, want,
				    (const char *)s->p + kat + hdr,
				    s->pos - kat - hdr);
		} else if (f != NULL && f->fault == KF_NONE)
			index_not_string(f, (uint32_t)i + 1,
			    decode_byte_type_name(s->p[kat]));
		if (k != -1) {
			f->at[k] = (uint32_t)s->pos;
			if (f == plan->top)
				for (j = 0; j < plan->nsub; j++)
					if (plan->sub[j].key == (enum wire_key)k) {
						vf = plan->sub[j].f;
						vwant = plan->sub[j].want;
					}
			if (f == plan->items && k == WK_QUOTES) {
				s->el = &plan->d->qel;
				s->el_want = plan->quote_want;
			} else if (f == plan->items && k == WK_DATES) {
				s->el = &plan->d->del;
				s->el_want = plan->date_want;
			}
		}
		if (scan_next(s, level + 1, vf, vwant) == -1)
			return -1;
		s->el = NULL;	/* not an array: nothing to record */
	}
	return 0;
}

/*
 * One object at nesting level `level` (0: the frame itself); if it is a
 * map and f is not NULL, its keys are indexed into f.  Recursion is
 * bounded: a container is refused before its children would be deeper
 * than PROTO_DEPTH_MAX.
 */
static int
scan_value(struct scan *s, int level, struct fields *f, uint64_t want)
{
	size_t at = s->pos, rem = s->len - s->pos, hdr, avail, lenbytes = 0;
	uint64_t n, children, i;
	int is_map = 0, is_str = 0;
	struct elems *el = s->el;
	unsigned char b;

	s->el = NULL;
	s->pending--;
	if (++s->objects > s->objects_max)
		return scan_fail(s, "more than %zu objects", s->objects_max);
	if (rem == 0)
		return scan_fail(s, "malformed msgpack: truncated at byte %zu",
		    at);
	b = s->p[at];

	if (b <= 0x7f || b >= 0xe0) {
		s->pos++;
		return 0;
	}
	if (b >= 0xa0 && b <= 0xbf) {
		hdr = 1;
		n = b & 0x1f;
		is_str = 1;
		goto bytes;
	}
	if (b <= 0x8f) {
		hdr = 1;
		n = b & 0x0f;
		is_map = 1;
		goto container;
	}
	if (b <= 0x9f) {
		hdr = 1;
		n = b & 0x0f;
		goto container;
	}
	switch (b) {
	case 0xc0: case 0xc2: case 0xc3:
		s->pos++;
		return 0;
	case 0xc1:
		return scan_fail(s, "malformed msgpack: reserved byte 0xc1 at "
		    "byte %zu", at);
	case 0xc7: case 0xc8: case 0xc9:
	case 0xd4: case 0xd5: case 0xd6: case 0xd7: case 0xd8:
		return scan_fail(s, "ext type at byte %zu not allowed", at);
	case 0xcc: case 0xd0:
		hdr = 2;
		break;
	case 0xcd: case 0xd1:
		hdr = 3;
		break;
	case 0xca: case 0xce: case 0xd2:
		hdr = 5;
		break;
	case 0xcb: case 0xcf: case 0xd3:
		hdr = 9;
		break;
	case 0xc4:
	case 0xd9:
		lenbytes = 1;
		break;
	case 0xc5:
	case 0xda:
		lenbytes = 2;
		break;
	case 0xc6:
	case 0xdb:
		lenbytes = 4;
		break;
	case 0xdc:
	case 0xde:
		lenbytes = 2;
		break;
	default:	/* 0xdd, 0xdf */
		lenbytes = 4;
		break;
	}
	if (lenbytes == 0) {
		/* Fixed-size number. */
		if (hdr > rem)
			return scan_fail(s, "malformed msgpack: truncated at "
			    "byte %zu", at);
		s->pos += hdr;
		return 0;
	}
	hdr = 1 + lenbytes;
	if (hdr > rem)
		return scan_fail(s, "malformed msgpack: truncated at byte %zu",
		    at);
	n = be_uint(s->p + at + 1, lenbytes);
	if (b >= 0xdc) {
		is_map = b >= 0xde;
		goto container;
	}
	is_str = b >= 0xd9;

bytes:
	avail = rem - hdr;
	if (n > avail)
		return scan_fail(s, "%s of %llu bytes at byte %zu, only %zu "
		    "remain", is_str ? "string" : "binary",
		    (unsigned long long)n, at, avail);
	s->pos += hdr + (size_t)n;
	return 0;

container:
	if (level + 1 > PROTO_DEPTH_MAX)
		return scan_fail(s, "nesting deeper than %d at byte %zu",
		    PROTO_DEPTH_MAX, at);
	if (is_map && n > PROTO_MAP_MAX)
		return scan_fail(s, "map of %llu entries at byte %zu, limit %d",
		    (unsigned long long)n, at, PROTO_MAP_MAX);
	if (!is_map && n > DECODE_ARRAY_MAX)
		return scan_fail(s, "array of %llu elements at byte %zu, limit "
		    "%d", (unsigned long long)n, at, DECODE_ARRAY_MAX);
	children = is_map ? 2 * n : n;
	avail = rem - hdr;
	if (children > avail)
		return scan_fail(s, "%s of %llu %s at byte %zu, only %zu bytes "
		    "remain", is_map ? "map" : "array", (unsigned long long)n,
		    is_map ? "entries" : "elements", at, avail);
	/* The enclosing containers still owe pending objects. */
	if (s->pending > avail - children)
		return scan_fail(s, "malformed msgpack: truncated: %llu objects "
		    "owed at byte %zu, only %zu bytes remain",
		    (unsigned long long)(s->pending + children), at + hdr,
		    avail);
	s->pos += hdr;
	s->pending += children;
	if (is_map) {
		if (f != NULL)
			fields_init(f);
		return scan_map(s, level, n, f, want);
	}
	if (el != NULL)
		return scan_elems(s, level, n, el);
	for (i = 0; i < n; i++)
		if (scan_next(s, level + 1, NULL, 0) == -1)
			return -1;
	return 0;
}

/*
 * Step one (see the top of the file): buf[0..len) is exactly one map
 * within the limits, of at most objects_max objects; the maps of plan
 * (may be NULL) are indexed.  Linear in the number of objects (strings
 * are skipped, not read), no allocation.  0, or -1 with a reason naming
 * the top-level key whose value is at fault ("body: string of 100 bytes
 * at byte 14, only 3 remain"), or "message" when there is none.
 */
int
decode_scan_frame(const void *buf, size_t len, size_t objects_max,
    const struct plan *plan, char *err, size_t errlen)
{
	struct scan s;
	int top_is_map;

	memset(&s, 0, sizeof(s));
	s.p = buf;
	s.len = len;
	s.err = err;
	s.errlen = errlen;
	s.objects_max = objects_max;
	s.plan = plan;
	s.pending = 1;

	if (len == 0)
		return scan_fail(&s, "empty frame");
	/*
	 * The top must be a map, but a frame of another type is scanned all
	 * the same, so that text that is not msgpack at all ("this is...":
	 * an integer and trailing bytes) is told apart from an array.
	 */
	top_is_map = (s.p[0] >= 0x80 && s.p[0] <= 0x8f) || s.p[0] == 0xde ||
	    s.p[0] == 0xdf;
	if (scan_value(&s, 0, plan != NULL ? plan->top : NULL,
	    plan != NULL ? plan->top_want : 0) == -1)
		return -1;
	s.key = NULL;
	if (s.pos != len)
		return scan_fail(&s, "malformed msgpack: %zu trailing bytes "
		    "after the %s at byte %zu", len - s.pos,
		    decode_byte_type_name(s.p[0]), s.pos);
	if (!top_is_map)
		return scan_fail(&s, "expected map, got %s",
		    decode_byte_type_name(s.p[0]));
	return 0;
}
