/*
 * spool_record.c — the spool's on-disk format: the CRC-32C its checks use
 * (SSE4.2 where the CPU has it, else a table), a segment's file header
 * and random key, and a record's header, written and checked at an
 * offset (the keyed format and the legacy one).  The spool itself, its
 * segments, the scan on open, replay and writing are spool.c's; the
 * sizes and fields are spool_int.h's.
 *
 * A segment begins with a 32-byte file header (magic "QSP2", a random
 * 64-bit key, its first sid, a CRC-32C).  A record is a 32-byte header
 * (the segment's key, payload length, CRC-32C, type, sid) and its
 * payload: the article frame exactly as it arrived (ARTICLE), nothing
 * (DONE), or a 32-bit delivery count (ATTEMPT).  The CRC covers the
 * header and the payload, so a torn write or a flipped bit is detected.
 * Segments written before the keyed format ("QSP1", 24-byte headers,
 * no key) are still read.
 */
#include <string.h>
#include <sys/random.h>
#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

#include "log.h"
#include "spool_int.h"

/* --- CRC-32C (Castagnoli): SSE4.2 where the CPU has it, else a table --- */

static uint32_t spool_crc_table[256];
static int spool_crc_hw_ok;

static uint32_t
spool_crc_sw(uint32_t crc, const void *buf, size_t len)
{
	const unsigned char *p = buf;

	crc = ~crc;
	while (len--)
		crc = spool_crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) static uint32_t
spool_crc_hw(uint32_t crc, const void *buf, size_t len)
{
	const unsigned char *p = buf;
	uint64_t c = ~crc & 0xffffffffu;
	uint32_t c32;

	while (len >= 8) {
		uint64_t v;

		memcpy(&v, p, 8);
		c = _mm_crc32_u64(c, v);
		p += 8;
		len -= 8;
	}
	c32 = (uint32_t)c;
	while (len--)
		c32 = _mm_crc32_u8(c32, *p++);
	return ~c32;
}
#endif

void
spool_record_crc_init(void)
{
	uint32_t i, c;
	int k;

	if (spool_crc_table[1] != 0)
		return;
	for (i = 0; i < 256; i++) {
		c = i;
		for (k = 0; k < 8; k++)
			c = (c & 1) ? (c >> 1) ^ 0x82f63b78u : c >> 1;
		spool_crc_table[i] = c;
	}
#if defined(__x86_64__)
	/* Used only if it agrees with the table on the check value. */
	__builtin_cpu_init();
	spool_crc_hw_ok = __builtin_cpu_supports("sse4.2") &&
	    spool_crc_hw(0, "123456789", 9) == 0xe3069283u &&
	    spool_crc_sw(0, "123456789", 9) == 0xe3069283u;
#endif
}

uint32_t
spool_record_crc(uint32_t crc, const void *buf, size_t len)
{
#if defined(__x86_64__)
	if (spool_crc_hw_ok)
		return spool_crc_hw(crc, buf, len);
#endif
	return spool_crc_sw(crc, buf, len);
}

/* --- records --- */

static int
spool_type_ok(unsigned type, size_t len)
{
	switch (type) {
	case SPOOL_ARTICLE:
		return 1;
	case SPOOL_DONE:
		return len == 0;
	case SPOOL_ATTEMPT:
		return len == SPOOL_ATTEMPT_LEN;
	}
	return 0;
}

/* The CRC of a record: its header but the CRC field, then its payload. */
static uint32_t
spool_record_sum(const unsigned char *h, const void *payload, size_t len)
{
	uint32_t c = spool_record_crc(0, h, 12);

	c = spool_record_crc(c, h + 16, SPOOL_HDR_SIZE - 16);
	return spool_record_crc(c, payload, len);
}

/* The header of a record of this segment (key) for its payload, its CRC
 * included. */
void
spool_record_header(unsigned char *h, uint64_t key, unsigned type,
    uint64_t sid, const void *payload, size_t len)
{
	memset(h, 0, SPOOL_HDR_SIZE);
	spool_put64(h, key);
	spool_put32(h + 8, (uint32_t)len);
	h[16] = (unsigned char)type;
	spool_put64(h + 24, sid);
	spool_put32(h + 12, spool_record_sum(h, payload, len));
}

/* A valid record of this segment at buf[off]?  Its total size, or 0. */
size_t
spool_record_at(const unsigned char *buf, size_t size, size_t off,
    uint64_t key, unsigned *type, uint64_t *sid)
{
	const unsigned char *h = buf + off;
	uint32_t len;

	if (size - off < SPOOL_HDR_SIZE || spool_get64(h) != key)
		return 0;
	len = spool_get32(h + 8);
	if (len > SPOOL_RECORD_MAX || size - off - SPOOL_HDR_SIZE < len)
		return 0;
	*type = h[16];
	*sid = spool_get64(h + 24);
	if (!spool_type_ok(*type, len) || *sid == 0)
		return 0;
	if (spool_get32(h + 12) != spool_record_sum(h, h + SPOOL_HDR_SIZE,
	    len))
		return 0;
	return SPOOL_HDR_SIZE + len;
}

/* The same for a legacy record (no key; CRC over type, sid, payload). */
size_t
spool_record_v1_at(const unsigned char *buf, size_t size, size_t off,
    unsigned *type, uint64_t *sid, int *torn)
{
	const unsigned char *h = buf + off;
	unsigned char head[9];
	uint32_t len;

	*torn = 0;
	if (size - off < SPOOL_V1_HDR) {
		*torn = 1;
		return 0;
	}
	if (spool_get32(h) != SPOOL_V1_MAGIC)
		return 0;
	len = spool_get32(h + 4);
	if (len > SPOOL_RECORD_MAX)
		return 0;
	if (size - off - SPOOL_V1_HDR < len) {
		*torn = 1;
		return 0;
	}
	*type = h[12];
	*sid = spool_get64(h + 16);
	if ((*type != SPOOL_ARTICLE && *type != SPOOL_DONE) ||
	    (*type == SPOOL_DONE && len != 0) || *sid == 0)
		return 0;
	head[0] = (unsigned char)*type;
	spool_put64(head + 1, *sid);
	if (spool_get32(h + 8) != spool_record_crc(spool_record_crc(0, head,
	    sizeof(head)), h + SPOOL_V1_HDR, len))
		return 0;
	return SPOOL_V1_HDR + len;
}

/* A segment's file header: its key and the first sid it may hold. */
void
spool_record_file_header(unsigned char *h, uint64_t key, uint64_t first)
{
	memset(h, 0, SPOOL_FILE_HDR);
	spool_put32(h, SPOOL_FILE_MAGIC);
	spool_put64(h + 8, key);
	spool_put64(h + 16, first);
	spool_put32(h + 24, spool_record_crc(0, h, 24));
}

/* A new segment's key: 64 random bits from getrandom(). */
uint64_t
spool_record_new_key(void)
{
	uint64_t key = 0;

	/* Never 0: an all-zero region must not read as records. */
	while (key == 0)
		if (getrandom(&key, sizeof(key), 0) != sizeof(key))
			fatal("spool: getrandom");
	return key;
}
