/*
 * prescan.h — the structural check every frame passes before msgpack-c
 * sees it, private to protocol/.
 *
 * msgpack-c trusts the counts in container headers (it allocates room for
 * 2^32-1 elements before reading one) and accepts trailing bytes.  The
 * pre-scan walks the raw bytes without allocating and proves that the frame
 * is one map, that every length and count fits in the bytes that remain,
 * that nesting and counts are within the protocol's limits and that the
 * total number of objects is bounded, so msgpack_unpack() afterwards
 * allocates at most objects_max objects.
 */
#ifndef QUARRY_PRESCAN_H
#define QUARRY_PRESCAN_H

#include <stddef.h>

#include "message.h"

/*
 * Longest array in any message: a result's quotes or dates.
 */
#define PRESCAN_ARRAY_MAX \
	(PROTO_QUOTES_MAX > PROTO_DATES_MAX ? PROTO_QUOTES_MAX : PROTO_DATES_MAX)

/*
 * Objects (every key, value and element counts one) msgpack_unpack() may
 * build from one frame; each costs 24 bytes of zone memory, so without a
 * budget a 4 MiB frame of nils inside arrays would cost ~100 MiB.
 *
 * Articles and acks: an article map of PROTO_MAP_MAX scalar entries is 129
 * objects; 4096 leaves producers room for small containers of their own
 * under unknown keys (tags, authors) and bounds the zone at 96 KiB.
 */
#define PRESCAN_OBJECTS_SMALL	4096
/*
 * Worker messages and results: PROTO_QUOTES_MAX quotes of 8 keys (17
 * objects each) and PROTO_DATES_MAX dates of 6 keys (13 each) are 983,040
 * objects plus the enclosing maps; 2^20 covers that with 65,000 to spare
 * and bounds the zone at 24 MiB.
 */
#define PRESCAN_OBJECTS_LARGE	(1u << 20)

/*
 * Check that buf[0..len) is exactly one msgpack map within the limits
 * above.  Linear in the number of objects (strings are skipped, not read);
 * no recursion and no allocation.  0, or -1 with a reason naming the
 * top-level key whose value is at fault ("body: string of 100 bytes at
 * byte 14, only 3 remain"), or "message" when there is none.
 */
int	prescan_frame(const void *buf, size_t len, size_t objects_max,
	    char *err, size_t errlen);

#endif
