/*
 * prescan.c — the non-allocating structural check of a raw frame, run
 * before msgpack-c is allowed to allocate anything for it (see prescan.h).
 *
 * It is iterative: an explicit stack of PROTO_DEPTH_MAX counters holds the
 * objects still owed by each open container, so hostile nesting costs one
 * array slot per level and is refused at level PROTO_DEPTH_MAX + 1.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "message.h"
#include "prescan.h"
#include "validate.h"

/* A top-level key short and plain enough to name in a reason. */
#define PRESCAN_KEY_MAX	32

struct scan {
	const unsigned char *p;
	size_t		 len;
	size_t		 pos;		/* next unread byte */
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

/* What a frame's first byte would make it, for "expected map, got X". */
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
	char where[PRESCAN_KEY_MAX + 1], what[PROTO_ERR_MAX];
	va_list ap;

	va_start(ap, fmt);
	(void)vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return proto_reason(s->err, s->errlen, "%s: %s",
	    scan_where(s, where, sizeof(where)), what);
}

/* Big-endian unsigned of n (1, 2 or 4) bytes at p. */
static uint32_t
be_uint(const unsigned char *p, size_t n)
{
	uint32_t v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = (v << 8) | p[i];
	return v;
}

int
prescan_frame(const void *buf, size_t len, size_t objects_max, char *err,
    size_t errlen)
{
	struct scan s;
	/*
	 * left[d]: objects still to read at level d.  Level 0 is the frame
	 * itself (one object); a container read at level d has nesting
	 * depth d + 1 and its children live at level d + 1.
	 */
	uint64_t left[PROTO_DEPTH_MAX + 1];
	uint64_t pending;	/* sum of left[]: each needs >= 1 byte */
	size_t objects = 0;
	int depth = 0, top_is_map;

	memset(&s, 0, sizeof(s));
	s.p = buf;
	s.len = len;
	s.err = err;
	s.errlen = errlen;

	if (len == 0)
		return scan_fail(&s, "empty frame");
	/*
	 * The top must be a map, but a frame of another type is scanned all
	 * the same, so that text that is not msgpack at all ("this is...":
	 * an integer and trailing bytes) is told apart from an array.
	 */
	top_is_map = (s.p[0] >= 0x80 && s.p[0] <= 0x8f) || s.p[0] == 0xde ||
	    s.p[0] == 0xdf;

	left[0] = 1;
	pending = 1;
	while (pending > 0) {
		size_t rem, hdr, avail, lenbytes = 0, at;
		uint64_t n, children;
		int at_key, is_map = 0, is_str = 0;
		unsigned char b;

		while (left[depth] == 0)
			depth--;
		/* Level 1 holds the top map's keys and values, alternating. */
		at_key = top_is_map && depth == 1 && (left[1] & 1) == 0;
		if (at_key)
			s.key = NULL;
		left[depth]--;
		pending--;
		if (++objects > objects_max)
			return scan_fail(&s, "more than %zu objects",
			    objects_max);

		at = s.pos;
		rem = len - s.pos;
		if (rem == 0)
			return scan_fail(&s, "malformed msgpack: truncated at "
			    "byte %zu", at);
		b = s.p[s.pos];

		if (b <= 0x7f || b >= 0xe0 || b == 0xc0 || b == 0xc2 ||
		    b == 0xc3) {
			/* fixint, nil, false, true */
			s.pos++;
			continue;
		}
		if (b >= 0xa0 && b <= 0xbf) {
			hdr = 1;
			n = b & 0x1f;
			is_str = 1;
			goto bytes;
		}
		if (b >= 0x80 && b <= 0x8f) {
			hdr = 1;
			n = b & 0x0f;
			is_map = 1;
			goto container;
		}
		if (b >= 0x90 && b <= 0x9f) {
			hdr = 1;
			n = b & 0x0f;
			goto container;
		}
		switch (b) {
		case 0xc1:
			return scan_fail(&s, "malformed msgpack: reserved byte "
			    "0xc1 at byte %zu", at);
		case 0xc7: case 0xc8: case 0xc9:
		case 0xd4: case 0xd5: case 0xd6: case 0xd7: case 0xd8:
			return scan_fail(&s, "ext type at byte %zu not allowed",
			    at);
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
				return scan_fail(&s, "malformed msgpack: "
				    "truncated at byte %zu", at);
			s.pos += hdr;
			continue;
		}
		hdr = 1 + lenbytes;
		if (hdr > rem)
			return scan_fail(&s, "malformed msgpack: truncated at "
			    "byte %zu", at);
		n = be_uint(s.p + s.pos + 1, lenbytes);
		if (b >= 0xdc) {
			is_map = b >= 0xde;
			goto container;
		}
		is_str = b >= 0xd9;

bytes:
		avail = rem - hdr;
		if (n > avail)
			return scan_fail(&s, "%s of %llu bytes at byte %zu, "
			    "only %zu remain", is_str ? "string" : "binary",
			    (unsigned long long)n, at, avail);
		if (at_key && is_str) {
			s.key = s.p + s.pos + hdr;
			s.keylen = (size_t)n;
		}
		s.pos += hdr + (size_t)n;
		continue;

container:
		if (depth + 1 > PROTO_DEPTH_MAX)
			return scan_fail(&s, "nesting deeper than %d at byte "
			    "%zu", PROTO_DEPTH_MAX, at);
		if (is_map && n > PROTO_MAP_MAX)
			return scan_fail(&s, "map of %llu entries at byte %zu, "
			    "limit %d", (unsigned long long)n, at,
			    PROTO_MAP_MAX);
		if (!is_map && n > PRESCAN_ARRAY_MAX)
			return scan_fail(&s, "array of %llu elements at byte "
			    "%zu, limit %d", (unsigned long long)n, at,
			    PRESCAN_ARRAY_MAX);
		children = is_map ? 2 * n : n;
		avail = rem - hdr;
		if (children > avail)
			return scan_fail(&s, "%s of %llu %s at byte %zu, only "
			    "%zu bytes remain", is_map ? "map" : "array",
			    (unsigned long long)n,
			    is_map ? "entries" : "elements", at, avail);
		/* The enclosing containers still owe pending objects. */
		if (pending > avail - children)
			return scan_fail(&s, "malformed msgpack: truncated: "
			    "%llu objects owed at byte %zu, only %zu bytes "
			    "remain", (unsigned long long)(pending + children),
			    at + hdr, avail);
		s.pos += hdr;
		if (children > 0) {
			left[++depth] = children;
			pending += children;
		}
	}
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
