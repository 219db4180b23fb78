/*
 * decode.c — frames from the wire into the structs of message.h.
 *
 * Every frame is untrusted, and nothing is built from it: no object tree,
 * no copies (not even of the body).  Decoding is two steps over the bytes
 * of the frame, both through a bounds-checked cursor:
 *
 *  1. scan_frame() walks the raw bytes once, without allocation (its
 *     recursion is refused at the nesting limit), and proves the frame
 *     is one map within the protocol's limits (nesting, counts, lengths
 *     that fit the bytes that remain, no reserved byte, no ext types, no
 *     trailing bytes).  On the way it
 *     indexes the maps the message type is made of (the top map, and a
 *     JOB's article or a DONE's result): where the value of each known key
 *     starts, and the first non-string or duplicate key; the element maps
 *     of a result's quotes and dates are indexed too, into records the
 *     decoder keeps (at most DECODE_ARRAY_MAX of each).
 *  2. A typed walk reads the indexed values in place, checks every key,
 *     type, limit and string, and fills the struct with slices of the
 *     frame.  Quotes and dates are walked from their records, element by
 *     element, without reading their maps a second time.
 *
 * A DONE's quotes and dates in exactly the form workers write them are
 * decoded by the scan itself (the fast path, scan_fast_quote/_date), and
 * the walk skips them; it never decides a verdict, so the two ways agree
 * (proto_decoder_fast_items turns it off, for the tests and the fuzzer).
 * The bytes of such items are kept for the encoder (items.h), which
 * copies them into the Result instead of encoding them again.
 *
 * A frame's structural fault is reported before any fault of its content,
 * and the content is checked field by field in a fixed order, whatever the
 * order of the keys on the wire.  Quote and date arrays belong to the
 * decoder and grow as needed.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "items.h"
#include "message.h"
#include "util.h"
#include "validate.h"
#include "wire_keys.h"

/* Longest array in any message: a result's quotes or dates. */
#define DECODE_ARRAY_MAX \
	(PROTO_QUOTES_MAX > PROTO_DATES_MAX ? PROTO_QUOTES_MAX : PROTO_DATES_MAX)

/*
 * Objects (every key, value and element counts one) one frame may hold,
 * which bounds the work of decoding it: without a budget a 4 MiB frame of
 * nils inside arrays would be four million objects.
 *
 * Articles and acks: an article map of PROTO_MAP_MAX scalar entries is 129
 * objects; 4096 leaves producers room for small containers of their own
 * under unknown keys (tags, authors).
 */
#define DECODE_OBJECTS_SMALL	4096
/*
 * Worker messages and results: PROTO_QUOTES_MAX quotes of 8 keys (17
 * objects each) and PROTO_DATES_MAX dates of 6 keys (13 each) are 983,040
 * objects plus the enclosing maps; 2^20 covers that with 65,000 to spare.
 */
#define DECODE_OBJECTS_LARGE	(1u << 20)

/* A top-level key short and plain enough to name in a reason. */
#define DECODE_KEY_NAME_MAX	32

/* Offsets into a frame are kept in 32 bits. */
_Static_assert(PROTO_FRAME_MAX <= UINT32_MAX, "frame offsets must fit 32 bits");

/* The keys of a quote or date element (text included) are WK_START..WK_MOD. */
#define ELEM_KEY_FIRST	WK_START
#define ELEM_NKEYS	(WK_MOD - WK_START + 1)

/* What the key faults of a map are (struct fields below). */
enum key_fault {
	KF_NONE,
	KF_NOT_STRING,		/* key number fkey is not a string */
	KF_DUPLICATE,		/* wanted key fkey appears twice */
};

/*
 * One element of a result's quotes or dates, as the scan found it: its
 * first byte (a map, or what it is instead), and, if a map, what struct
 * fields would hold for it, kept to the element keys.  The scan visits
 * every element anyway; recording them saves the walk reading each one a
 * second time.
 */
struct elem {
	uint32_t	 at[ELEM_NKEYS];
	uint16_t	 seen;		/* bit k - ELEM_KEY_FIRST */
	unsigned char	 first;
	unsigned char	 fault;		/* enum key_fault */
	/* Decoded by the scan's fast path (scan_fast_quote/_date): the
	 * decoder's quote or date at this index is final, the walk skips it. */
	unsigned char	 ready;
	/* ready, and every value in the encoding msgpack-c's packer picks
	 * for it (the smallest): the map's bytes, wire_at and wire_len in
	 * the frame, are what encode.c writes for it (without text). */
	unsigned char	 minimal;
	uint32_t	 wire_at, wire_len;
	uint32_t	 fkey;
	const char	*ftype;
};

/* The elements of one quotes or dates array, as recorded by the scan. */
enum elems_state {
	ELEMS_NONE,		/* no such array was indexed */
	ELEMS_DONE,
	ELEMS_NOMEM,		/* no room to record them */
};

struct elems {
	struct elem	*v;
	size_t		 cap;
	size_t		 n;
	enum elems_state state;
};

struct proto_decoder {
	struct quote	*quotes;
	size_t		 quotes_cap;
	struct timex3	*dates;
	size_t		 dates_cap;
	struct elems	 qel, del;	/* this frame's quotes and dates */
	int		 general_only;	/* proto_decoder_fast_items(d, 0) */
	/* The DONE last decoded whole, which qel's and del's wire_at are
	 * offsets into; NULL after any other decode. */
	const unsigned char *done_frame;
};

/*
 * Where the walk is, for reasons: a prefix ("", "article", "result") and,
 * inside a quote or date, the array and index.  The path is only formatted
 * when something is wrong.  buf/len is the frame, which every read of a
 * value is checked against.
 */
struct walk {
	char		*err;
	size_t		 errlen;
	const char	*pfx;
	const char	*arr;
	size_t		 idx;
	const unsigned char *buf;
	size_t		 len;
};

/*
 * The known keys of one map and where their values start, and the first
 * fault of its keys in wire order (after which nothing more is indexed).
 */
struct fields {
	uint64_t	 seen;
	uint32_t	 at[WK__COUNT];
	enum key_fault	 fault;
	uint32_t	 fkey;
	const char	*ftype;		/* KF_NOT_STRING: what the key is */
};

/* One value as read by the cursor. */
enum mp_type {
	MP_NIL,
	MP_BOOL,
	MP_UINT,		/* any integer >= 0, whatever its encoding */
	MP_NEG,			/* any integer < 0 */
	MP_FLOAT,
	MP_STR,
	MP_BIN,
	MP_ARRAY,
	MP_MAP,
	MP_BAD,			/* not readable: reserved byte, ext, truncated */
};

struct mpv {
	enum mp_type	 type;
	uint64_t	 u;		/* MP_UINT */
	int64_t		 i;		/* MP_NEG */
	const char	*s;		/* MP_STR, MP_BIN: inside the frame */
	size_t		 n;		/* bytes, elements or entries */
	size_t		 next;		/* offset after the header (and after
					 * the bytes of a string) */
};

#define B(k)		WK_BIT(WK_##k)
#define ARTICLE_KEYS	(B(V) | B(ID) | B(BODY) | B(URL) | B(SOURCE) | \
			 B(TITLE) | B(LANG) | B(PUBLISHED) | B(TIMELINE))
#define ACK_KEYS	(B(V) | B(ID) | B(STATUS) | B(ERROR))
#define WMSG_KEYS	(B(V) | B(T) | B(CREDIT) | B(PID) | B(NAME) | \
			 B(EXTRACTOR) | B(JOB) | B(ATTEMPT) | B(ARTICLE) | \
			 B(RESULT) | B(ERROR))
#define DONE_KEYS	(B(QUOTES) | B(DATES) | B(ELAPSED_US) | B(EXTRACTOR))
#define RESULT_KEYS	(B(V) | B(ID) | B(SEQ) | B(URL) | B(SOURCE) | \
			 B(PUBLISHED) | B(QUOTES) | B(DATES) | B(WORKER) | \
			 B(ELAPSED_US) | B(EXTRACTOR) | B(ERROR) | \
			 B(ATTEMPTS))
#define QUOTE_KEYS	(B(START) | B(END) | B(KIND) | B(SPEAKER) | \
			 B(SPEAKER_START) | B(SPEAKER_END) | B(CUE))
#define DATE_KEYS	(B(START) | B(END) | B(TYPE) | B(VALUE) | B(MOD))
#define ELEM_KEYS	(((WK_BIT(ELEM_NKEYS) - 1) << ELEM_KEY_FIRST))
_Static_assert(((QUOTE_KEYS | DATE_KEYS | B(TEXT)) & ~ELEM_KEYS) == 0,
    "element keys must lie in WK_START..WK_MOD");
_Static_assert(ELEM_NKEYS <= 16, "element keys must fit struct elem's seen");

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

static const char *
mp_type_name(enum mp_type t)
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
static void
mp_read_any(const unsigned char *buf, size_t len, size_t pos, struct mpv *v)
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

/* mp_read_any(), with the commonest values (fixint, short string) read
 * without the call. */
static inline void
mp_read(const unsigned char *buf, size_t len, size_t pos, struct mpv *v)
{
	unsigned char b;

	if (pos < len) {
		b = buf[pos];
		if (b <= 0x7f) {
			v->type = MP_UINT;
			v->u = b;
			v->next = pos + 1;
			return;
		}
		if (b >= 0xa0 && b <= 0xbf && (size_t)(b & 0x1f) < len - pos) {
			v->type = MP_STR;
			v->s = (const char *)buf + pos + 1;
			v->n = b & 0x1f;
			v->next = pos + 1 + v->n;
			return;
		}
		/* Spans past 255 bytes, and the texts of a Result. */
		if (b == 0xcd && len - pos > 2) {
			v->type = MP_UINT;
			v->u = (uint64_t)buf[pos + 1] << 8 | buf[pos + 2];
			v->next = pos + 3;
			return;
		}
		if (b == 0xd9 && len - pos > 1 &&
		    (size_t)buf[pos + 1] <= len - pos - 2) {
			v->type = MP_STR;
			v->s = (const char *)buf + pos + 2;
			v->n = buf[pos + 1];
			v->next = pos + 2 + v->n;
			return;
		}
	}
	mp_read_any(buf, len, pos, v);
}

/* Past the whole value at *pos (a container with all it holds). */
static int
mp_skip(const struct walk *w, size_t *pos)
{
	uint64_t owed = 1;
	struct mpv v;

	while (owed > 0) {
		mp_read(w->buf, w->len, *pos, &v);
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
static const char *
byte_type_name(unsigned char b)
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
static int
is_map_byte(unsigned char b)
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

/*
 * Which maps the scan indexes: the top map, and the map under up to two
 * of its keys (a JOB's article, a DONE's result).
 */
struct plan {
	struct fields	*top;
	uint64_t	 top_want;
	struct {
		enum wire_key	 key;
		struct fields	*f;
		uint64_t	 want;
	} sub[2];
	int		 nsub;
	/*
	 * The map whose quotes and dates arrays have their elements indexed
	 * (NULL: none) into d's records, with the keys an element may have.
	 */
	const struct fields *items;
	struct proto_decoder *d;
	uint64_t	 quote_want, date_want;
	/*
	 * Elements in the exact form a worker's encoder writes them may be
	 * decoded by the scan itself (a DONE's quotes and dates: no text).
	 */
	int		 fast_items;
};

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

static int	is_map_byte(unsigned char);

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
static inline int
fast_u32(struct fast *c, uint32_t *out)
{
	size_t rem = (size_t)(c->end - c->p);
	unsigned char b;

	if (rem == 0)
		return 0;
	b = c->p[0];
	if (b <= 0x7f) {
		*out = b;
		c->p += 1;
		return 1;
	} else if (b == 0xcc && rem >= 2) {
		*out = c->p[1];
		c->p += 2;
	} else if (b == 0xcd && rem >= 3) {
		*out = (uint32_t)c->p[1] << 8 | c->p[2];
		c->p += 3;
	} else if (b == 0xce && rem >= 5) {
		*out = (uint32_t)be_uint(c->p + 1, 4);
		c->p += 5;
	} else
		return 0;
	/* 8, 16, 32 bits: the smallest only from 2^7, 2^8, 2^16 up. */
	if (*out < (b == 0xcc ? 0x80u : b == 0xcd ? 0x100u : 0x10000u))
		c->minimal = 0;
	return 1;
}

/* fast_u32(), or nil: 1 with *out, 0 for nil, -1 for anything else. */
static inline int
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
static inline int
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

/*
 * An optional text as opt_text() takes it: nil (absent), or a string that
 * is not empty (the walk keeps an empty one as present: left to it),
 * within max, UTF-8, without NUL.  1, or 0.
 */
static inline int
fast_opt_text(struct fast *c, size_t max, struct str *out)
{
	size_t i;

	*out = str_make(NULL, 0);
	if (c->p < c->end && c->p[0] == 0xc0) {
		c->p++;
		return 1;
	}
	if (!fast_str(c, out) || out->len == 0 || out->len > max)
		return 0;
	/* Printable and control ASCII but NUL are fine as they are. */
	for (i = 0; i < out->len; i++)
		if ((unsigned char)out->p[i] - 1u >= 0x7fu)
			break;
	return i == out->len ||
	    proto_text_problem(*out, max, 0, NULL, 0) == 0;
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
	    !fast_key(&c, WK_KIND) || !fast_str(&c, &kind) ||
	    quote_kind_parse(kind, &k) == -1 ||
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
	memset(q, 0, sizeof(*q));
	q->start = start;
	q->end = end;
	q->kind = k;
	q->speaker = speaker;
	q->speaker_start = ss;
	q->speaker_end = se;
	q->cue = cue;
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
	size_t i;

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
	    !fast_key(&c, WK_TYPE) || !fast_str(&c, &type) ||
	    timex_type_parse(type, &ty) == -1 ||
	    !fast_key(&c, WK_VALUE) || !fast_str(&c, &value) ||
	    value.len == 0 || value.len >= TIMEX_VALUE_MAX)
		return 0;
	for (i = 0; i < value.len; i++)
		if ((unsigned char)value.p[i] <= ' ' ||
		    (unsigned char)value.p[i] >= 0x7f)
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
		/* Owed objects each have a byte: the element's is there. */
		e->first = s->pos < s->len ? s->p[s->pos] : 0xc1;
		if (fast && (quotes ?
		    scan_fast_quote(s, level + 1, &d->quotes[i], e) :
		    scan_fast_date(s, level + 1, &d->dates[i], e))) {
			e->ready = 1;
			e->wire_len = (uint32_t)(s->pos - e->wire_at);
			continue;
		}
		if (!is_map_byte(e->first)) {
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
			    byte_type_name(s->p[kat]));
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
static int
scan_frame(const void *buf, size_t len, size_t objects_max,
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
		    byte_type_name(s.p[0]), s.pos);
	if (!top_is_map)
		return scan_fail(&s, "expected map, got %s",
		    byte_type_name(s.p[0]));
	return 0;
}

/* --- step two: the typed walk --- */

static int walk_fail(const struct walk *, const char *, const char *, ...)
	    __attribute__((format(printf, 3, 4)));

static int
walk_fail(const struct walk *w, const char *field, const char *fmt, ...)
{
	char what[PROTO_ERR_MAX], where[96];
	size_t n = 0;
	va_list ap;
	int r;

	va_start(ap, fmt);
	(void)vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);

	where[0] = '\0';
	if (w->pfx != NULL && *w->pfx != '\0') {
		r = snprintf(where, sizeof(where), "%s", w->pfx);
		n = r > 0 ? (size_t)r : 0;
	}
	if (w->arr != NULL && n < sizeof(where)) {
		r = snprintf(where + n, sizeof(where) - n, "%s%s[%zu]",
		    n > 0 ? "." : "", w->arr, w->idx);
		n += r > 0 ? (size_t)r : 0;
	}
	if (field != NULL && n < sizeof(where))
		(void)snprintf(where + n, sizeof(where) - n, "%s%s",
		    n > 0 ? "." : "", field);
	return proto_reason(w->err, w->errlen, "%s: %s",
	    where[0] != '\0' ? where : "message", what);
}

/*
 * The verdict on an indexed map's keys: every key must be a string; keys
 * outside the wanted set are ignored, as unknown keys are; a wanted key
 * may appear once.
 */
static int
check_keys(const struct fields *f, const struct walk *w)
{
	char field[32];

	switch (f->fault) {
	case KF_NONE:
		return 0;
	case KF_NOT_STRING:
		(void)snprintf(field, sizeof(field), "key #%u", f->fkey);
		return walk_fail(w, field, "expected string, got %s",
		    f->ftype);
	case KF_DUPLICATE:
		return walk_fail(w, wire_keys[f->fkey].name, "duplicate key");
	}
	return walk_fail(w, NULL, "unhandled key fault");
}

/* The value of key k into *v: 1, or 0 when it is absent or (optional)
 * nil. */
static int
field_get(const struct fields *f, enum wire_key k, int nil_is_absent,
    struct mpv *v, const struct walk *w)
{
	if ((f->seen & WK_BIT(k)) == 0)
		return 0;
	mp_read(w->buf, w->len, f->at[k], v);
	return !(nil_is_absent && v->type == MP_NIL);
}

static int
need_str(const struct mpv *v, struct str *out, const struct walk *w,
    enum wire_key k)
{
	if (v->type != MP_STR)
		return walk_fail(w, wire_keys[k].name,
		    "expected string, got %s", mp_type_name(v->type));
	/* Inside the frame even when empty: a present string. */
	out->p = v->s;
	out->len = v->n;
	return 0;
}

/*
 * An optional string: absent or nil leave *out absent.  Its length, UTF-8
 * and NUL bytes are checked against max.
 */
static int
opt_text(const struct fields *f, enum wire_key k, size_t max,
    struct str *out, const struct walk *w)
{
	char what[PROTO_ERR_MAX];
	struct mpv v;

	*out = str_make(NULL, 0);
	if (!field_get(f, k, 1, &v, w))
		return 0;
	if (need_str(&v, out, w, k) == -1)
		return -1;
	if (proto_text_problem(*out, max, 0, what, sizeof(what)) == -1)
		return walk_fail(w, wire_keys[k].name, "%s", what);
	return 0;
}

/* A required, non-empty string, checked like opt_text(). */
static int
req_text(const struct fields *f, enum wire_key k, size_t max,
    struct str *out, const struct walk *w)
{
	char what[PROTO_ERR_MAX];
	struct mpv v;

	if (!field_get(f, k, 0, &v, w))
		return walk_fail(w, wire_keys[k].name, "missing");
	if (need_str(&v, out, w, k) == -1)
		return -1;
	if (out->len == 0)
		return walk_fail(w, wire_keys[k].name, "empty");
	if (proto_text_problem(*out, max, 0, what, sizeof(what)) == -1)
		return walk_fail(w, wire_keys[k].name, "%s", what);
	return 0;
}

/* An unsigned integer value at most max. */
static int
need_uint(const struct mpv *v, uint64_t max, uint64_t *out,
    const struct walk *w, enum wire_key k)
{
	if (v->type == MP_NEG)
		return walk_fail(w, wire_keys[k].name, "%lld is negative",
		    (long long)v->i);
	if (v->type != MP_UINT)
		return walk_fail(w, wire_keys[k].name,
		    "expected integer, got %s", mp_type_name(v->type));
	if (v->u > max)
		return walk_fail(w, wire_keys[k].name, "%llu, limit %llu",
		    (unsigned long long)v->u, (unsigned long long)max);
	*out = v->u;
	return 0;
}

static int
req_uint(const struct fields *f, enum wire_key k, uint64_t max,
    uint64_t *out, const struct walk *w)
{
	struct mpv v;

	if (!field_get(f, k, 0, &v, w))
		return walk_fail(w, wire_keys[k].name, "missing");
	return need_uint(&v, max, out, w, k);
}

/* 1 if present, 0 if absent or nil, -1 on error. */
static int
opt_uint(const struct fields *f, enum wire_key k, uint64_t max,
    uint64_t *out, const struct walk *w)
{
	struct mpv v;

	*out = 0;
	if (!field_get(f, k, 1, &v, w))
		return 0;
	return need_uint(&v, max, out, w, k) == -1 ? -1 : 1;
}

/* A required string that names a word: only its type is checked here. */
static int
req_word(const struct fields *f, enum wire_key k, struct str *out,
    const struct walk *w)
{
	struct mpv v;

	if (!field_get(f, k, 0, &v, w))
		return walk_fail(w, wire_keys[k].name, "missing");
	return need_str(&v, out, w, k);
}

/* "v": absent means 1; anything but PROTO_VERSION is refused. */
static int
check_version(const struct fields *f, const struct walk *w)
{
	struct mpv v;

	if (!field_get(f, WK_V, 0, &v, w))
		return 0;
	if (v.type == MP_UINT) {
		if (v.u == PROTO_VERSION)
			return 0;
		return walk_fail(w, "v", "unsupported protocol version %llu",
		    (unsigned long long)v.u);
	}
	if (v.type == MP_NEG)
		return walk_fail(w, "v", "unsupported protocol version %lld",
		    (long long)v.i);
	return walk_fail(w, "v", "expected integer, got %s",
	    mp_type_name(v.type));
}

/* Key k names a word from a fixed set; the reason quotes what was sent. */
static int
bad_word(const struct walk *w, enum wire_key k, const char *what,
    struct str s)
{
	char esc[PROTO_ESCAPE_BUFSZ];

	return walk_fail(w, wire_keys[k].name, "unknown %s %s", what,
	    proto_escape(esc, s));
}

/* --- articles --- */

static int
walk_article(const struct fields *f, struct article *a,
    const struct walk *w)
{
	static const enum wire_key optk[] = {
		WK_URL, WK_SOURCE, WK_TITLE, WK_LANG, WK_PUBLISHED,
		WK_TIMELINE,
	};
	struct str *opts[] = {
		&a->url, &a->source, &a->title, &a->lang, &a->published,
		&a->timeline,
	};
	struct mpv v;
	size_t i;

	memset(a, 0, sizeof(*a));
	if (check_keys(f, w) == -1 || check_version(f, w) == -1)
		return -1;
	/* Presence, emptiness and limits are proto_article_check's. */
	if (field_get(f, WK_ID, 0, &v, w) && need_str(&v, &a->id, w,
	    WK_ID) == -1)
		return -1;
	if (field_get(f, WK_BODY, 0, &v, w) && need_str(&v, &a->body, w,
	    WK_BODY) == -1)
		return -1;
	for (i = 0; i < sizeof(optk) / sizeof(optk[0]); i++)
		if (field_get(f, optk[i], 1, &v, w) && need_str(&v, opts[i], w,
		    optk[i]) == -1)
			return -1;
	return proto_article_check_at(a, w->pfx, w->err, w->errlen);
}

/* --- quotes and dates --- */

/* start and end of a span: required, 32-bit, start < end. */
static int
walk_span(const struct fields *f, uint32_t *start, uint32_t *end,
    const struct walk *w)
{
	uint64_t s, e;

	if (req_uint(f, WK_START, UINT32_MAX, &s, w) == -1 ||
	    req_uint(f, WK_END, UINT32_MAX, &e, w) == -1)
		return -1;
	if (s >= e)
		return walk_fail(w, "end", "%llu is not after start %llu",
		    (unsigned long long)e, (unsigned long long)s);
	*start = (uint32_t)s;
	*end = (uint32_t)e;
	return 0;
}

/* A Result carries each span's text; it must be as long as the span. */
static int
walk_text(const struct fields *f, uint32_t start, uint32_t end,
    struct str *text, const struct walk *w)
{
	char what[PROTO_ERR_MAX];
	struct mpv v;

	if (!field_get(f, WK_TEXT, 0, &v, w))
		return walk_fail(w, "text", "missing");
	if (need_str(&v, text, w, WK_TEXT) == -1)
		return -1;
	if (text->len != (size_t)(end - start))
		return walk_fail(w, "text", "%zu bytes, span is %u", text->len,
		    end - start);
	if (proto_text_problem(*text, PROTO_BODY_MAX, 0, what,
	    sizeof(what)) == -1)
		return walk_fail(w, "text", "%s", what);
	return 0;
}

/*
 * A recorded element must be a map; its keys (keys outside want were
 * ignored) into *f, and their verdict, as check_keys().
 */
static int
element_map(const struct elem *e, struct fields *f, const struct walk *w)
{
	if (!is_map_byte(e->first))
		return walk_fail(w, NULL, "expected map, got %s",
		    byte_type_name(e->first));
	f->seen = (uint64_t)e->seen << ELEM_KEY_FIRST;
	memcpy(&f->at[ELEM_KEY_FIRST], e->at, sizeof(e->at));
	f->fault = (enum key_fault)e->fault;
	f->fkey = e->fkey;
	f->ftype = e->ftype;
	return check_keys(f, w);
}

static int
walk_quote(const struct elem *e, struct quote *q, int with_text,
    const struct walk *w)
{
	struct fields f;
	struct str kind;
	uint64_t ss, se;
	int has_ss, has_se;

	memset(q, 0, sizeof(*q));
	if (element_map(e, &f, w) == -1 ||
	    walk_span(&f, &q->start, &q->end, w) == -1)
		return -1;
	if (req_word(&f, WK_KIND, &kind, w) == -1)
		return -1;
	if (quote_kind_parse(kind, &q->kind) == -1)
		return bad_word(w, WK_KIND, "quote kind", kind);
	if (opt_text(&f, WK_SPEAKER, PROTO_FIELD_MAX, &q->speaker, w) == -1 ||
	    opt_text(&f, WK_CUE, PROTO_FIELD_MAX, &q->cue, w) == -1)
		return -1;
	if ((has_ss = opt_uint(&f, WK_SPEAKER_START, UINT32_MAX, &ss,
	    w)) == -1 ||
	    (has_se = opt_uint(&f, WK_SPEAKER_END, UINT32_MAX, &se, w)) == -1)
		return -1;
	if (has_ss && !has_se)
		return walk_fail(w, "speaker_end", "missing (speaker_start "
		    "is set)");
	if (has_se && !has_ss)
		return walk_fail(w, "speaker_start", "missing (speaker_end "
		    "is set)");
	if (has_ss && ss >= se)
		return walk_fail(w, "speaker_end", "%llu is not after "
		    "speaker_start %llu", (unsigned long long)se,
		    (unsigned long long)ss);
	q->speaker_start = (uint32_t)ss;
	q->speaker_end = (uint32_t)se;
	if (with_text && walk_text(&f, q->start, q->end, &q->text, w) == -1)
		return -1;
	return 0;
}

static int
walk_date(const struct elem *e, struct timex3 *t, int with_text,
    const struct walk *w)
{
	struct fields f;
	struct str s;
	struct mpv v;
	size_t i;

	memset(t, 0, sizeof(*t));
	if (element_map(e, &f, w) == -1 ||
	    walk_span(&f, &t->start, &t->end, w) == -1)
		return -1;

	if (req_word(&f, WK_TYPE, &s, w) == -1)
		return -1;
	if (timex_type_parse(s, &t->type) == -1)
		return bad_word(w, WK_TYPE, "TIMEX type", s);

	if (req_word(&f, WK_VALUE, &s, w) == -1)
		return -1;
	if (s.len == 0)
		return walk_fail(w, "value", "empty");
	if (s.len >= TIMEX_VALUE_MAX)
		return walk_fail(w, "value", "%zu bytes, limit %d", s.len,
		    TIMEX_VALUE_MAX - 1);
	/* TIMEX3 values are ASCII words ("2016-W33", "PRESENT_REF"). */
	for (i = 0; i < s.len; i++)
		if (s.p[i] <= ' ' || s.p[i] >= 0x7f)
			return walk_fail(w, "value", "byte %zu is not "
			    "printable ASCII", i);
	memcpy(t->value, s.p, s.len);
	t->value[s.len] = '\0';

	t->mod = TIMEX_MOD_NONE;
	if (field_get(&f, WK_MOD, 1, &v, w)) {
		if (need_str(&v, &s, w, WK_MOD) == -1)
			return -1;
		if (timex_mod_parse(s, &t->mod) == -1)
			return bad_word(w, WK_MOD, "modifier", s);
	}
	if (with_text && walk_text(&f, t->start, t->end, &t->text, w) == -1)
		return -1;
	return 0;
}

/*
 * The array under key k (quotes or dates), at most max entries: its count
 * into *n; the scan has recorded its elements into el.
 */
static int
items_array(const struct fields *f, enum wire_key k, size_t max,
    const struct elems *el, size_t *n, const struct walk *w)
{
	struct mpv v;

	if (!field_get(f, k, 0, &v, w))
		return walk_fail(w, wire_keys[k].name, "missing");
	if (v.type != MP_ARRAY)
		return walk_fail(w, wire_keys[k].name,
		    "expected array, got %s", mp_type_name(v.type));
	if (v.n > max)
		return walk_fail(w, wire_keys[k].name, "%zu entries, limit %zu",
		    v.n, max);
	if (el->state == ELEMS_NOMEM)
		return walk_fail(w, NULL, "out of memory");
	if (el->state != ELEMS_DONE || el->n != v.n)
		return walk_fail(w, wire_keys[k].name, "not indexed");
	*n = v.n;
	return 0;
}

/*
 * The quotes and dates arrays of a result, into the decoder's arrays.
 * Both are required (an empty array when there are none).
 */
static int
walk_items(struct proto_decoder *d, const struct fields *f,
    struct result *r, int with_text, const struct walk *w)
{
	struct walk iw = *w;
	size_t i, n;

	if (items_array(f, WK_QUOTES, PROTO_QUOTES_MAX, &d->qel, &n,
	    w) == -1)
		return -1;
	if (array_reserve((void **)&d->quotes, &d->quotes_cap, n,
	    sizeof(*d->quotes)) == -1)
		return walk_fail(w, NULL, "out of memory");
	iw.arr = "quotes";
	for (i = 0; i < n; i++) {
		iw.idx = i;
		if (!d->qel.v[i].ready && walk_quote(&d->qel.v[i],
		    &d->quotes[i], with_text, &iw) == -1)
			return -1;
	}
	r->quotes = d->quotes;
	r->nquotes = n;

	if (items_array(f, WK_DATES, PROTO_DATES_MAX, &d->del, &n, w) == -1)
		return -1;
	if (array_reserve((void **)&d->dates, &d->dates_cap, n,
	    sizeof(*d->dates)) == -1)
		return walk_fail(w, NULL, "out of memory");
	iw.arr = "dates";
	for (i = 0; i < n; i++) {
		iw.idx = i;
		if (!d->del.v[i].ready && walk_date(&d->del.v[i],
		    &d->dates[i], with_text, &iw) == -1)
			return -1;
	}
	r->dates = d->dates;
	r->ndates = n;
	return 0;
}

/* --- results --- */

/* The result map inside DONE: no texts, no ids; the broker adds them. */
static int
walk_done_result(struct proto_decoder *d, const struct mpv *v,
    const struct fields *f, struct result *r, const struct walk *top)
{
	struct walk w = *top;

	if (v->type != MP_MAP)
		return walk_fail(top, "result", "expected map, got %s",
		    mp_type_name(v->type));
	w.pfx = "result";
	if (check_keys(f, &w) == -1 ||
	    walk_items(d, f, r, 0, &w) == -1 ||
	    opt_uint(f, WK_ELAPSED_US, UINT64_MAX, &r->elapsed_us, &w) == -1 ||
	    opt_text(f, WK_EXTRACTOR, PROTO_FIELD_MAX, &r->extractor,
	    &w) == -1)
		return -1;
	return 0;
}

static int
walk_result(struct proto_decoder *d, const struct fields *f,
    struct result *r, const struct walk *w)
{
	struct mpv v;
	uint64_t u;

	if (check_keys(f, w) == -1 ||
	    check_version(f, w) == -1 ||
	    req_text(f, WK_ID, PROTO_ID_MAX, &r->id, w) == -1 ||
	    req_uint(f, WK_SEQ, UINT64_MAX, &r->seq, w) == -1 ||
	    opt_text(f, WK_URL, PROTO_FIELD_MAX, &r->url, w) == -1 ||
	    opt_text(f, WK_SOURCE, PROTO_SOURCE_MAX, &r->source, w) == -1 ||
	    opt_text(f, WK_PUBLISHED, PROTO_FIELD_MAX, &r->published,
	    w) == -1)
		return -1;

	if (field_get(f, WK_ERROR, 1, &v, w)) {
		/* A dead letter: why, and after how many attempts. */
		if (req_text(f, WK_ERROR, PROTO_FIELD_MAX, &r->error,
		    w) == -1 ||
		    req_uint(f, WK_ATTEMPTS, UINT32_MAX, &u, w) == -1)
			return -1;
		r->attempts = (uint32_t)u;
		if (f->seen & B(QUOTES))
			return walk_fail(w, "quotes", "not allowed in a dead "
			    "letter");
		if (f->seen & B(DATES))
			return walk_fail(w, "dates", "not allowed in a dead "
			    "letter");
		return 0;
	}
	if (walk_items(d, f, r, 1, w) == -1 ||
	    opt_text(f, WK_WORKER, PROTO_FIELD_MAX, &r->worker, w) == -1 ||
	    opt_uint(f, WK_ELAPSED_US, UINT64_MAX, &r->elapsed_us, w) == -1 ||
	    opt_text(f, WK_EXTRACTOR, PROTO_FIELD_MAX, &r->extractor, w) == -1)
		return -1;
	return 0;
}

/* --- acks --- */

static int
walk_ack(const struct fields *f, struct ack *a, const struct walk *w)
{
	struct str s;

	if (check_keys(f, w) == -1 ||
	    check_version(f, w) == -1 ||
	    opt_text(f, WK_ID, PROTO_ID_MAX, &a->id, w) == -1)
		return -1;
	if (a->id.len == 0)
		a->id = str_make(NULL, 0);
	if (req_word(f, WK_STATUS, &s, w) == -1)
		return -1;
	if (ack_status_parse(s, &a->status) == -1)
		return bad_word(w, WK_STATUS, "status", s);
	if (opt_text(f, WK_ERROR, PROTO_FIELD_MAX, &a->error, w) == -1)
		return -1;
	if (a->error.len == 0)
		a->error = str_make(NULL, 0);
	return 0;
}

/* --- worker messages --- */

/* The maps of a worker message: its own, a JOB's article, a DONE's
 * result. */
struct wmsg_maps {
	struct fields	 top, article, result;
};

static int
walk_wmsg(struct proto_decoder *d, const struct wmsg_maps *maps,
    struct wmsg *m, int *typed, const struct walk *w)
{
	const struct fields *f = &maps->top;
	struct mpv v, res, error;
	int has_res, has_error;
	struct str t;
	uint64_t u;

	if (check_keys(f, w) == -1 || check_version(f, w) == -1)
		return -1;
	if (req_word(f, WK_T, &t, w) == -1)
		return -1;
	if (wmsg_type_parse(t, &m->type) == -1)
		return bad_word(w, WK_T, "worker command", t);
	*typed = 1;

	switch (m->type) {
	case WMSG_READY:
		if (req_uint(f, WK_CREDIT, UINT32_MAX, &u, w) == -1)
			return -1;
		if (u < 1 || u > PROTO_CREDIT_MAX)
			return walk_fail(w, "credit", "%llu, must be 1..%d",
			    (unsigned long long)u, PROTO_CREDIT_MAX);
		m->credit = (uint32_t)u;
		if (field_get(f, WK_PID, 1, &v, w)) {
			if (v.type == MP_NEG)
				m->pid = v.i;
			else if (need_uint(&v, INT64_MAX, &u, w,
			    WK_PID) == -1)
				return -1;
			else
				m->pid = (int64_t)u;
		}
		if (opt_text(f, WK_NAME, PROTO_FIELD_MAX, &m->name, w) == -1 ||
		    opt_text(f, WK_EXTRACTOR, PROTO_FIELD_MAX, &m->extractor,
		    w) == -1)
			return -1;
		return 0;
	case WMSG_JOB:
		if (req_uint(f, WK_JOB, UINT64_MAX, &m->job, w) == -1 ||
		    req_uint(f, WK_ATTEMPT, UINT32_MAX, &u, w) == -1)
			return -1;
		if (u < 1)
			return walk_fail(w, "attempt", "0, must be at least 1");
		m->attempt = (uint32_t)u;
		if (!field_get(f, WK_ARTICLE, 0, &v, w))
			return walk_fail(w, "article", "missing");
		if (v.type != MP_MAP)
			return walk_fail(w, "article", "expected map, got %s",
			    mp_type_name(v.type));
		{
			struct walk aw = *w;

			aw.pfx = "article";
			return walk_article(&maps->article, &m->article, &aw);
		}
	case WMSG_DONE:
		if (req_uint(f, WK_JOB, UINT64_MAX, &m->job, w) == -1)
			return -1;
		has_res = field_get(f, WK_RESULT, 1, &res, w);
		has_error = field_get(f, WK_ERROR, 1, &error, w);
		if (has_res && has_error)
			return walk_fail(w, "result", "not allowed with error "
			    "(DONE carries one of them)");
		if (!has_res && !has_error)
			return walk_fail(w, "result", "missing (DONE needs "
			    "result or error)");
		if (has_error)
			return req_text(f, WK_ERROR, PROTO_FIELD_MAX,
			    &m->error, w);
		return walk_done_result(d, &res, &maps->result, &m->result,
		    w);
	case WMSG_HEARTBEAT:
	case WMSG_BYE:
		return 0;
	}
	return walk_fail(w, "t", "unhandled worker command");
}

/* --- the decoder --- */

struct proto_decoder *
proto_decoder_new(void)
{
	return calloc(1, sizeof(struct proto_decoder));
}

const unsigned char *
proto_decoder_item_wire(const struct proto_decoder *d, const struct result *r,
    int date, size_t i, size_t *len)
{
	const struct elems *el = date ? &d->del : &d->qel;
	const struct elem *e;

	if (d->done_frame == NULL || el->state != ELEMS_DONE || i >= el->n ||
	    (date ? r->dates != d->dates || r->ndates != el->n :
	    r->quotes != d->quotes || r->nquotes != el->n))
		return NULL;
	e = &el->v[i];
	if (!e->ready || !e->minimal)
		return NULL;
	*len = e->wire_len;
	return d->done_frame + e->wire_at;
}

void
proto_decoder_fast_items(struct proto_decoder *d, int on)
{
	d->general_only = !on;
}

void
proto_decoder_destroy(struct proto_decoder **dp)
{
	struct proto_decoder *d;

	if (dp == NULL || (d = *dp) == NULL)
		return;
	free(d->quotes);
	free(d->dates);
	free(d->qel.v);
	free(d->del.v);
	free(d);
	*dp = NULL;
}

/* Step one of every decode, with the frame size checked first. */
static int
decode_begin(const void *buf, size_t len, size_t objects_max,
    const struct plan *plan, char *err, size_t errlen)
{
	if (len > PROTO_FRAME_MAX)
		return proto_reason(err, errlen, "message: %zu bytes, limit %u",
		    len, PROTO_FRAME_MAX);
	return scan_frame(buf, len, objects_max, plan, err, errlen);
}

int
proto_decode_article(struct proto_decoder *d, const void *buf, size_t len,
    struct article *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0, buf, len };
	struct fields f;
	struct plan plan = { &f, ARTICLE_KEYS, { { 0, NULL, 0 } }, 0, NULL,
		NULL, 0, 0, 0 };
	int rc = -1;

	d->done_frame = NULL;
	memset(out, 0, sizeof(*out));
	if (decode_begin(buf, len, DECODE_OBJECTS_SMALL, &plan, err,
	    errlen) == 0)
		rc = walk_article(&f, out, &w);
	if (rc == -1)
		memset(out, 0, sizeof(*out));
	return rc;
}

int
proto_decode_ack(struct proto_decoder *d, const void *buf, size_t len,
    struct ack *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0, buf, len };
	struct fields f;
	struct plan plan = { &f, ACK_KEYS, { { 0, NULL, 0 } }, 0, NULL, NULL,
		0, 0, 0 };
	int rc = -1;

	d->done_frame = NULL;
	memset(out, 0, sizeof(*out));
	if (decode_begin(buf, len, DECODE_OBJECTS_SMALL, &plan, err,
	    errlen) == 0)
		rc = walk_ack(&f, out, &w);
	if (rc == -1)
		memset(out, 0, sizeof(*out));
	return rc;
}

int
proto_decode_wmsg(struct proto_decoder *d, const void *buf, size_t len,
    struct wmsg *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0, buf, len };
	struct wmsg_maps maps;
	struct plan plan = { &maps.top, WMSG_KEYS, {
		{ WK_ARTICLE, &maps.article, ARTICLE_KEYS },
		{ WK_RESULT, &maps.result, DONE_KEYS },
	}, 2, &maps.result, d, QUOTE_KEYS, DATE_KEYS, !d->general_only };
	enum wmsg_type type;
	uint64_t job;
	int rc = -1, typed = 0;

	memset(out, 0, sizeof(*out));
	d->qel.state = d->del.state = ELEMS_NONE;
	d->done_frame = NULL;
	if (decode_begin(buf, len, DECODE_OBJECTS_LARGE, &plan, err,
	    errlen) == 0)
		rc = walk_wmsg(d, &maps, out, &typed, &w);
	if (rc == 0 && out->type == WMSG_DONE)
		d->done_frame = buf;
	if (rc == -1) {
		/*
		 * Keep the command and the job id if they were read, so a
		 * worker can answer a JOB whose article it cannot use.
		 */
		type = out->type;
		job = out->job;
		memset(out, 0, sizeof(*out));
		if (typed) {
			out->type = type;
			out->job = job;
		}
	}
	return rc;
}

int
proto_decode_result(struct proto_decoder *d, const void *buf, size_t len,
    struct result *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0, buf, len };
	struct fields f;
	struct plan plan = { &f, RESULT_KEYS, { { 0, NULL, 0 } }, 0, &f, d,
		QUOTE_KEYS | B(TEXT), DATE_KEYS | B(TEXT), 0 };
	int rc = -1;

	memset(out, 0, sizeof(*out));
	d->qel.state = d->del.state = ELEMS_NONE;
	d->done_frame = NULL;
	if (decode_begin(buf, len, DECODE_OBJECTS_LARGE, &plan, err,
	    errlen) == 0)
		rc = walk_result(d, &f, out, &w);
	if (rc == -1)
		memset(out, 0, sizeof(*out));
	return rc;
}

int
proto_peek_id(struct proto_decoder *d, const void *buf, size_t len,
    struct str *id)
{
	struct walk w = { NULL, 0, "", NULL, 0, buf, len };
	struct str s = { NULL, 0 };
	char what[PROTO_ERR_MAX];
	struct mpv top, key, val;
	size_t i, pos;
	int found = 0;

	(void)d;
	*id = str_make(NULL, 0);
	if (decode_begin(buf, len, DECODE_OBJECTS_SMALL, NULL, NULL, 0) == -1)
		return -1;
	mp_read(w.buf, w.len, 0, &top);
	if (top.type != MP_MAP)
		return -1;
	pos = top.next;
	for (i = 0; i < top.n; i++) {
		mp_read(w.buf, w.len, pos, &key);
		if (key.type == MP_STR && key.n == 2 &&
		    memcmp(key.s, "id", 2) == 0) {
			mp_read(w.buf, w.len, key.next, &val);
			/* Two ids: neither can be trusted to be the
			 * producer's. */
			if (found++ || val.type != MP_STR) {
				found = 2;
				break;
			}
			s = str_make(val.s, val.n);
		}
		if (mp_skip(&w, &pos) == -1 || mp_skip(&w, &pos) == -1)
			return -1;
	}
	if (found != 1 || s.len == 0 ||
	    proto_text_problem(s, PROTO_ID_MAX, 0, what, sizeof(what)) == -1)
		return -1;
	*id = s;
	return 0;
}
