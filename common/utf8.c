/*
 * utf8.c — UTF-8 validation and decoding.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "utf8.h"

/* The ASCII scan's step: four 64-bit words, tested with one branch. */
#define UTF8_BLOCK	32
/* A word's bytes with the high bit set are the non-ASCII ones. */
#define UTF8_HIGH_BITS	0x8080808080808080ULL
_Static_assert(UTF8_BLOCK == 4 * sizeof(uint64_t), "the scan ors 4 words");

/*
 * How many bytes of a word, in memory order, come before its first byte
 * with the high bit (w holds only those bits, and at least one): the
 * lowest one on a little-endian machine, so no byte-by-byte walk to it
 * (a curly quote or an accent every few hundred bytes of news text cost
 * that walk each time).  Elsewhere, the byte loop after it finds it.
 */
static inline size_t
utf8_first_high(uint64_t w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (size_t)__builtin_ctzll(w) / 8;
#else
	(void)w;
	return 0;
#endif
}

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

/*
 * The length of the well-formed sequence at s[pos] (RFC 3629, table 3-7
 * of Unicode: the second byte's range depends on the lead, which is what
 * rules out overlong forms, surrogates and > U+10FFFF), or 0.  Validation
 * only: unlike utf8_decode() it builds no code point.
 */
static inline __attribute__((always_inline)) size_t
utf8_seq_len(const unsigned char *s, size_t len, size_t pos)
{
	unsigned c = s[pos];
	size_t left = len - pos;
	unsigned lo = 0x80, hi = 0xbf;

	if (c < 0x80)
		return 1;
	if (c < 0xc2)
		return 0;
	if (c < 0xe0)
		return left >= 2 && (s[pos + 1] & 0xc0) == 0x80 ? 2 : 0;
	if (c < 0xf0) {
		if (left < 3)
			return 0;
		if (c == 0xe0)
			lo = 0xa0;		/* below: overlong */
		else if (c == 0xed)
			hi = 0x9f;		/* above: surrogates */
		return s[pos + 1] >= lo && s[pos + 1] <= hi &&
		    (s[pos + 2] & 0xc0) == 0x80 ? 3 : 0;
	}
	if (c < 0xf5) {
		if (left < 4)
			return 0;
		if (c == 0xf0)
			lo = 0x90;		/* below: overlong */
		else if (c == 0xf4)
			hi = 0x8f;		/* above: > U+10FFFF */
		return s[pos + 1] >= lo && s[pos + 1] <= hi &&
		    (s[pos + 2] & 0xc0) == 0x80 &&
		    (s[pos + 3] & 0xc0) == 0x80 ? 4 : 0;
	}
	return 0;
}

int
utf8_valid(const char *str, size_t len, size_t *bad_at)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t pos = 0, n;

	while (pos < len) {
		/*
		 * ASCII fast path: four words a step while no byte has its
		 * high bit, then a word at a time, then to the first
		 * non-ASCII byte.  News text is mostly ASCII with a curly
		 * quote or an accent every few hundred bytes, so stopping
		 * at the first high byte (rather than decoding the word's
		 * ASCII bytes one by one) is what keeps the scan cheap.
		 */
		while (len - pos >= UTF8_BLOCK) {
			uint64_t w0, w1, w2, w3;	/* an array would spill */

			memcpy(&w0, s + pos, sizeof(w0));
			memcpy(&w1, s + pos + 8, sizeof(w1));
			memcpy(&w2, s + pos + 16, sizeof(w2));
			memcpy(&w3, s + pos + 24, sizeof(w3));
			if ((w0 | w1 | w2 | w3) & UTF8_HIGH_BITS)
				break;
			pos += UTF8_BLOCK;
		}
		while (len - pos >= sizeof(uint64_t)) {
			uint64_t w;

			memcpy(&w, s + pos, sizeof(w));
			if ((w &= UTF8_HIGH_BITS) != 0) {
				pos += utf8_first_high(w);
				break;
			}
			pos += sizeof(uint64_t);
		}
		while (pos < len && s[pos] < 0x80)
			pos++;
		/* Then every sequence up to the next ASCII byte. */
		while (pos < len && s[pos] >= 0x80) {
			if ((n = utf8_seq_len(s, len, pos)) == 0) {
				if (bad_at != NULL)
					*bad_at = pos;
				return 0;
			}
			pos += n;
		}
	}
	return 1;
}

#ifdef __SSE2__
/* utf8_valid_text()'s step: four 16-byte vectors, tested with one branch
 * (a 4 KB article is 64 steps while its bytes are plain). */
#define UTF8_TEXT_BLOCK	64

int
utf8_valid_text(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	const __m128i zero = _mm_setzero_si128();
	size_t pos = 0, n;
	unsigned m;

	while (pos < len) {
		/*
		 * Plain bytes, 0x01..0x7f, are the positive ones as signed
		 * bytes: one compare a vector finds the first byte that is
		 * NUL or not ASCII, so the NUL check rides on the ASCII scan
		 * instead of being a second pass (memchr) over the text.
		 */
		while (len - pos >= UTF8_TEXT_BLOCK) {
			const __m128i *v =
			    (const __m128i *)(const void *)(s + pos);
			__m128i ok = _mm_and_si128(
			    _mm_and_si128(
			    _mm_cmpgt_epi8(_mm_loadu_si128(v), zero),
			    _mm_cmpgt_epi8(_mm_loadu_si128(v + 1), zero)),
			    _mm_and_si128(
			    _mm_cmpgt_epi8(_mm_loadu_si128(v + 2), zero),
			    _mm_cmpgt_epi8(_mm_loadu_si128(v + 3), zero)));

			if (_mm_movemask_epi8(ok) != 0xffff)
				break;
			pos += UTF8_TEXT_BLOCK;
		}
		m = 0;
		while (len - pos >= sizeof(__m128i)) {
			m = ~(unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(
			    _mm_loadu_si128((const __m128i *)(const void *)
			    (s + pos)),
			    zero)) & 0xffff;
			if (m != 0)
				break;
			pos += sizeof(__m128i);
		}
		if (m == 0 && pos < len && len >= sizeof(__m128i)) {
			/* The rest in one vector that ends with the text; its
			 * bytes before pos were seen (and may be a sequence's
			 * high bytes): masked off. */
			size_t left = len - pos;

			m = ~(unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(
			    _mm_loadu_si128((const __m128i *)(const void *)
			    (s + len - sizeof(__m128i))), zero)) &
			    (0xffffu << (sizeof(__m128i) - left)) & 0xffff;
			pos = m != 0 ? len - sizeof(__m128i) +
			    (size_t)__builtin_ctz(m) : len;
		} else if (m != 0)
			pos += (size_t)__builtin_ctz(m);
		else	/* a text shorter than a vector */
			while (pos < len && s[pos] - 1u < 0x7fu)
				pos++;
		if (pos == len)
			break;
		if (s[pos] == 0)
			return 0;
		/* Every sequence up to the next byte below 0x80. */
		while (pos < len && s[pos] >= 0x80) {
			if ((n = utf8_seq_len(s, len, pos)) == 0)
				return 0;
			pos += n;
		}
	}
	return 1;
}
#else
int
utf8_valid_text(const char *str, size_t len)
{
	return utf8_valid(str, len, NULL) && memchr(str, 0, len) == NULL;
}
#endif

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
