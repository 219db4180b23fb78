/*
 * utf8.h — UTF-8 validation and decoding, shared by the wire decoder and the
 * extraction library.  Pure functions: no allocation, no I/O.
 */
#ifndef QUARRY_UTF8_H
#define QUARRY_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Check that s[0..len) is well-formed UTF-8 (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF).  Returns 1 if valid; otherwise 0
 * and, if bad_at is not NULL, the offset of the first bad byte.
 */
int	utf8_valid(const char *s, size_t len, size_t *bad_at);

/*
 * 1 if s[0..len) is well-formed UTF-8 (as utf8_valid()) and holds no NUL
 * byte, else 0: the verdict a wire string's text check needs, in one
 * pass, sixteen bytes at a time where SSE2 is there.  It says no more
 * than that: a caller that must name the fault asks utf8_valid() and
 * memchr() again.
 */
int	utf8_valid_text(const char *s, size_t len);

/*
 * Decode the code point at s[*pos] (len is the size of s) and advance *pos.
 * An invalid or truncated sequence yields U+FFFD and advances one byte, so a
 * scan always terminates.
 */
uint32_t utf8_next(const char *s, size_t len, size_t *pos);

/*
 * Decode the code point that ends just before s[*pos] and move *pos back to
 * its first byte.  Invalid bytes yield U+FFFD, one byte at a time.
 */
uint32_t utf8_prev(const char *s, size_t *pos);

/* Is s[pos] the first byte of a character (or pos == len)?  Inline: the
 * wire decoder asks it twice for every span of every DONE. */
static inline int
utf8_is_boundary(const char *s, size_t len, size_t pos)
{
	if (pos >= len)
		return pos == len;
	return ((unsigned char)s[pos] & 0xc0) != 0x80;
}

#endif
