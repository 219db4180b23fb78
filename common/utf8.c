/*
 * utf8.c — UTF-8 validation and decoding.
 */
#include <string.h>

#include "utf8.h"

/*
 * Length of the sequence a lead byte starts, 0 for a byte that cannot lead
 * (continuation bytes, C0/C1 overlong leads, F5..FF beyond U+10FFFF).
 */
static int
utf8_lead_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c < 0xc2)
		return 0;
	if (c < 0xe0)
		return 2;
	if (c < 0xf0)
		return 3;
	if (c < 0xf5)
		return 4;
	return 0;
}

/*
 * Decode one sequence at s[pos]; returns its length, or 0 if it is
 * malformed (bad continuation, overlong, surrogate, too large, truncated).
 */
static int
utf8_decode(const unsigned char *s, size_t len, size_t pos, uint32_t *cp)
{
	unsigned char c = s[pos];
	int n = utf8_lead_len(c), i;
	uint32_t v;

	if (n == 0 || pos + (size_t)n > len)
		return 0;
	if (n == 1) {
		*cp = c;
		return 1;
	}
	v = c & (0xff >> (n + 1));
	for (i = 1; i < n; i++) {
		unsigned char cc = s[pos + (size_t)i];

		if ((cc & 0xc0) != 0x80)
			return 0;
		v = (v << 6) | (cc & 0x3f);
	}
	/* Overlong 3- and 4-byte forms, surrogates, and > U+10FFFF. */
	if ((n == 3 && v < 0x800) || (n == 4 && v < 0x10000) ||
	    (v >= 0xd800 && v <= 0xdfff) || v > 0x10ffff)
		return 0;
	*cp = v;
	return n;
}

int
utf8_valid(const char *str, size_t len, size_t *bad_at)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t pos = 0;
	uint32_t cp;

	while (pos < len) {
		int n;

		/* ASCII fast path: eight bytes at a time while all < 0x80. */
		while (pos + 8 <= len) {
			uint64_t w;

			memcpy(&w, s + pos, sizeof(w));
			if (w & 0x8080808080808080ULL)
				break;
			pos += 8;
		}
		if (pos >= len)
			break;
		n = utf8_decode(s, len, pos, &cp);
		if (n == 0) {
			if (bad_at != NULL)
				*bad_at = pos;
			return 0;
		}
		pos += (size_t)n;
	}
	return 1;
}

uint32_t
utf8_next(const char *str, size_t len, size_t *pos)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t cp;
	int n;

	if (*pos >= len)
		return 0;
	if (s[*pos] < 0x80)
		return s[(*pos)++];
	n = utf8_decode(s, len, *pos, &cp);
	if (n == 0) {
		(*pos)++;
		return 0xfffd;
	}
	*pos += (size_t)n;
	return cp;
}

uint32_t
utf8_prev(const char *str, size_t *pos)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t start, end = *pos;
	uint32_t cp;
	int back;

	if (end == 0)
		return 0;
	if (s[end - 1] < 0x80) {
		(*pos)--;
		return s[end - 1];
	}
	/* Walk back over at most three continuation bytes to a lead. */
	for (back = 1; back <= 4 && back <= (int)end; back++) {
		start = end - (size_t)back;
		if ((s[start] & 0xc0) != 0x80) {
			if (utf8_decode(s, end, start, &cp) == back) {
				*pos = start;
				return cp;
			}
			break;
		}
	}
	(*pos)--;
	return 0xfffd;
}

int
utf8_is_boundary(const char *s, size_t len, size_t pos)
{
	if (pos >= len)
		return pos == len;
	return ((unsigned char)s[pos] & 0xc0) != 0x80;
}
