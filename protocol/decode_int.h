/*
 * decode_int.h — what the two halves of the decoder share, private to
 * protocol/decode*.c: the limits, the scan's records (struct elem,
 * struct fields, struct plan), the decoder, the cursor's value (struct
 * mpv) and its reader, and the key sets of every map.  decode_scan.c owns
 * the cursor and step one (the structural scan and its fast path);
 * decode.c owns step two (the typed walk) and the public decoders.
 */
#ifndef QUARRY_DECODE_INT_H
#define QUARRY_DECODE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "message.h"
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
	/* The messages of the batch (JOBS, DONES) last decoded: a JOB or a
	 * DONE decoded from one of them leaves them alone. */
	struct str	 msgs[PROTO_BATCH_MAX];
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
			 B(RESULT) | B(ERROR) | B(BATCH) | B(MSGS))
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

/* --- the cursor (decode_scan.c) --- */

/*
 * The value whose header is at buf[pos]: its type, its number, the bytes
 * of a string or the count of a container.  Nothing outside buf[0..len)
 * is read; what cannot be read whole is MP_BAD.
 */
void	decode_mp_read_any(const unsigned char *, size_t, size_t,
	    struct mpv *);
/* The name of a value's type, for reasons. */
const char *decode_mp_type_name(enum mp_type);
/* Past the whole value at *pos (a container with all it holds). */
int	decode_mp_skip(const struct walk *, size_t *);
/* What a value's first byte makes it, for "expected map, got X". */
const char *decode_byte_type_name(unsigned char);
/* b opens a map (fixmap, map16, map32). */
int	decode_is_map_byte(unsigned char);
/* Step one: see decode_scan.c. */
int	decode_scan_frame(const void *, size_t, size_t, const struct plan *,
	    char *, size_t);

/* decode_mp_read_any(), with the commonest values (fixint, short string) read
 * without the call. */
static inline void
decode_mp_read(const unsigned char *buf, size_t len, size_t pos, struct mpv *v)
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
	decode_mp_read_any(buf, len, pos, v);
}

#endif
