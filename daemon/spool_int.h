/*
 * spool_int.h — what the spool's files share (private to daemon/spool*.c):
 * the on-disk format's sizes, magics and record types, its fixed
 * little-endian fields (inline), and spool_record.c's functions, which
 * write and check the file and record headers.  spool.c owns the spool
 * itself (spool.h).
 */
#ifndef QUARRY_SPOOL_INT_H
#define QUARRY_SPOOL_INT_H

#include <stddef.h>
#include <stdint.h>

#include "message.h"

/* --- the format (see spool_record.c) --- */

#define SPOOL_FILE_MAGIC	0x32505351u	/* "QSP2" little-endian */
#define SPOOL_FILE_HDR		32
#define SPOOL_HDR_SIZE		32
/* "QSP1": the version before the key */
#define SPOOL_V1_MAGIC		0x31505351u
#define SPOOL_V1_HDR		24
#define SPOOL_ARTICLE		1
#define SPOOL_DONE		2
#define SPOOL_ATTEMPT		3
#define SPOOL_ATTEMPT_LEN	4
/* No legal record is larger than a legal frame. */
#define SPOOL_RECORD_MAX	PROTO_FRAME_MAX

/* --- encoding (little-endian, fixed layout) --- */

static inline void
spool_put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static inline uint32_t
spool_get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static inline void
spool_put64(unsigned char *p, uint64_t v)
{
	spool_put32(p, (uint32_t)v);
	spool_put32(p + 4, (uint32_t)(v >> 32));
}

static inline uint64_t
spool_get64(const unsigned char *p)
{
	return (uint64_t)spool_get32(p) | (uint64_t)spool_get32(p + 4) << 32;
}

/* --- spool_record.c --- */

/* CRC-32C (Castagnoli): spool_record_crc_init() once before any other
 * call (it picks SSE4.2 when the CPU has it and agrees with the table). */
void	spool_record_crc_init(void);
uint32_t spool_record_crc(uint32_t crc, const void *buf, size_t len);
/* A record's header for its payload, CRC included. */
void	spool_record_header(unsigned char *h, uint64_t key, unsigned type,
	    uint64_t sid, const void *payload, size_t len);
size_t	spool_record_at(const unsigned char *buf, size_t size, size_t off,
	    uint64_t key, unsigned *type, uint64_t *sid);
size_t	spool_record_v1_at(const unsigned char *buf, size_t size,
	    size_t off, unsigned *type, uint64_t *sid, int *torn);
void	spool_record_file_header(unsigned char *h, uint64_t key,
	    uint64_t first);
uint64_t spool_record_new_key(void);

#endif /* QUARRY_SPOOL_INT_H */
