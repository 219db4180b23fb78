/*
 * wire_keys.h — the map keys of the wire format, private to protocol/.
 * One table (below) spells every key, so the encoder and the decoder
 * cannot disagree; the decoder looks keys up to a small integer and keeps a
 * 64-bit mask of the keys it has seen in a map.
 */
#ifndef QUARRY_WIRE_KEYS_H
#define QUARRY_WIRE_KEYS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "message.h"

enum wire_key {
	WK_V,
	WK_T,
	WK_ID,
	WK_BODY,
	WK_URL,
	WK_SOURCE,
	WK_TITLE,
	WK_LANG,
	WK_PUBLISHED,
	WK_STATUS,
	WK_ERROR,
	WK_CREDIT,
	WK_PID,
	WK_NAME,
	WK_EXTRACTOR,
	WK_JOB,
	WK_ATTEMPT,
	WK_ARTICLE,
	WK_RESULT,
	WK_QUOTES,
	WK_DATES,
	WK_ELAPSED_US,
	WK_START,
	WK_END,
	WK_KIND,
	WK_SPEAKER,
	WK_SPEAKER_START,
	WK_SPEAKER_END,
	WK_CUE,
	WK_TEXT,
	WK_TYPE,
	WK_VALUE,
	WK_MOD,
	WK_SEQ,
	WK_WORKER,
	WK_ATTEMPTS,
	WK_TIMELINE,
	WK_BATCH,
	WK_MSGS,
	WK__COUNT
};

/* A map's set of keys; every key must fit in the 64-bit mask. */
#define WK_BIT(k)	((uint64_t)1 << (k))
_Static_assert(WK__COUNT <= 64, "wire keys must fit a uint64_t mask");

/*
 * A key's name, and the key as the encoder hands it to msgpack-c's packer
 * in one piece: a fixstr header and the name (every key is under 16
 * bytes; checked below), so the packer's write callback copies it with
 * at most two 8-byte loads and stores.
 */
#define WIRE_KEY_MP_SIZE	16
struct wire_key_name {
	const char	*name;
	size_t		 len;
	struct {
		unsigned char	 hdr;
		char		 name[WIRE_KEY_MP_SIZE - 1];
	} mp;
};

/* sizeof(s) - 1 < WIRE_KEY_MP_SIZE - 1: the name and its NUL fit mp.name. */
#define WK(s)		{ (s), sizeof(s) - 1, { 0xa0 | (sizeof(s) - 1), s } }

_Static_assert(sizeof(((struct wire_key_name *)0)->mp) == WIRE_KEY_MP_SIZE,
    "a key's msgpack form is 16 bytes, no padding");

/*
 * Indexed by enum wire_key.  Here, not in names.c, so that the compiler
 * sees a key's length where it is a constant: the DONE fast path
 * (decode_scan.c) compares seven keys a quote, each as a fixed number of
 * bytes.  Each file of protocol/ has its copy (under 1.5 KiB).
 */
static const struct wire_key_name wire_keys[WK__COUNT]
    __attribute__((unused)) = {
	[WK_V] = WK("v"),
	[WK_T] = WK("t"),
	[WK_ID] = WK("id"),
	[WK_BODY] = WK("body"),
	[WK_URL] = WK("url"),
	[WK_SOURCE] = WK("source"),
	[WK_TITLE] = WK("title"),
	[WK_LANG] = WK("lang"),
	[WK_PUBLISHED] = WK("published"),
	[WK_TIMELINE] = WK("timeline"),
	[WK_STATUS] = WK("status"),
	[WK_ERROR] = WK("error"),
	[WK_CREDIT] = WK("credit"),
	[WK_PID] = WK("pid"),
	[WK_NAME] = WK("name"),
	[WK_EXTRACTOR] = WK("extractor"),
	[WK_JOB] = WK("job"),
	[WK_ATTEMPT] = WK("attempt"),
	[WK_ARTICLE] = WK("article"),
	[WK_RESULT] = WK("result"),
	[WK_QUOTES] = WK("quotes"),
	[WK_DATES] = WK("dates"),
	[WK_ELAPSED_US] = WK("elapsed_us"),
	[WK_START] = WK("start"),
	[WK_END] = WK("end"),
	[WK_KIND] = WK("kind"),
	[WK_SPEAKER] = WK("speaker"),
	[WK_SPEAKER_START] = WK("speaker_start"),
	[WK_SPEAKER_END] = WK("speaker_end"),
	[WK_CUE] = WK("cue"),
	[WK_TEXT] = WK("text"),
	[WK_TYPE] = WK("type"),
	[WK_VALUE] = WK("value"),
	[WK_MOD] = WK("mod"),
	[WK_SEQ] = WK("seq"),
	[WK_WORKER] = WK("worker"),
	[WK_ATTEMPTS] = WK("attempts"),
	[WK_BATCH] = WK("batch"),
	[WK_MSGS] = WK("msgs"),
};


/*
 * a[0..len) == b[0..len) for 1 <= len <= 16, as at most two loads of each
 * side (overlapping when len is not a power of two) instead of a call to
 * memcmp(): keys are short and the decoder compares every one it reads.
 */
static inline int
wire_bytes_eq(const void *a, const void *b, size_t len)
{
	const unsigned char *x = a, *y = b;
	uint64_t x0, x1, y0, y1;
	uint32_t u0, u1, v0, v1;
	uint16_t h0, h1, g0, g1;

	if (len >= 8) {
		memcpy(&x0, x, 8);
		memcpy(&y0, y, 8);
		memcpy(&x1, x + len - 8, 8);
		memcpy(&y1, y + len - 8, 8);
		return ((x0 ^ y0) | (x1 ^ y1)) == 0;
	}
	if (len >= 4) {
		memcpy(&u0, x, 4);
		memcpy(&v0, y, 4);
		memcpy(&u1, x + len - 4, 4);
		memcpy(&v1, y + len - 4, 4);
		return ((u0 ^ v0) | (u1 ^ v1)) == 0;
	}
	if (len >= 2) {
		memcpy(&h0, x, 2);
		memcpy(&g0, y, 2);
		memcpy(&h1, x + len - 2, 2);
		memcpy(&g1, y + len - 2, 2);
		return h0 == g0 && h1 == g1;
	}
	return x[0] == y[0];
}

/* The key spelled s[0..len), or -1 if it is none of ours. */
int	wire_key_lookup(const char *s, size_t len);

/* "ready", "job", ... -> type; 0, or -1 if unknown. */
int	wmsg_type_parse(struct str, enum wmsg_type *);

#endif
