/*
 * test_utf8.c — common/utf8.c: valid text of every sequence length and at
 * every range boundary, each class of malformed input with the offset it
 * is reported at, and stepping forward and back by code point.
 */
#include <stdint.h>
#include <string.h>

#include <criterion/criterion.h>

#include "utf8.h"

/* A string literal's bytes without its NUL. */
#define U8(s)	(s), (sizeof(s) - 1)

static int
valid(const char *s, size_t len)
{
	return utf8_valid(s, len, NULL);
}

/* The offset utf8_valid() reports, or -1 if it calls s valid. */
static long
bad_at(const char *s, size_t len)
{
	size_t at = (size_t)-1;

	if (utf8_valid(s, len, &at))
		return -1;
	return (long)at;
}

Test(utf8, valid_every_length_class)
{
	cr_assert(valid(U8("")));
	cr_assert(valid(U8("plain ASCII, longer than eight bytes")));
	cr_assert(valid(U8("\x7f")));			/* U+007F */
	cr_assert(valid(U8("\xc2\x80")));		/* U+0080 */
	cr_assert(valid(U8("caf\xc3\xa9")));		/* é */
	cr_assert(valid(U8("\xdf\xbf")));		/* U+07FF */
	cr_assert(valid(U8("\xe0\xa0\x80")));		/* U+0800 */
	cr_assert(valid(U8("\xe2\x80\x9cquoted\xe2\x80\x9d")));
	cr_assert(valid(U8("\xed\x9f\xbf")));		/* U+D7FF */
	cr_assert(valid(U8("\xee\x80\x80")));		/* U+E000 */
	cr_assert(valid(U8("\xef\xbf\xbf")));		/* U+FFFF */
	cr_assert(valid(U8("\xf0\x90\x80\x80")));	/* U+10000 */
	cr_assert(valid(U8("\xf0\x9f\x98\x80")));	/* emoji */
	cr_assert(valid(U8("\xf4\x8f\xbf\xbf")));	/* U+10FFFF */
	/* NUL is a valid character; refusing it is the protocol's job. */
	cr_assert(valid("a\0b", 3));
}

Test(utf8, malformed_classes_and_offsets)
{
	/* A continuation byte with no lead. */
	cr_assert_eq(bad_at(U8("\x80")), 0);
	cr_assert_eq(bad_at(U8("ab\xbf")), 2);
	/* Overlong two-byte forms: C0 and C1 can never lead. */
	cr_assert_eq(bad_at(U8("\xc0\x80")), 0);
	cr_assert_eq(bad_at(U8("x\xc1\xbf")), 1);
	/* Overlong three- and four-byte forms. */
	cr_assert_eq(bad_at(U8("\xe0\x80\x80")), 0);
	cr_assert_eq(bad_at(U8("\xe0\x9f\xbf")), 0);
	cr_assert_eq(bad_at(U8("\xf0\x80\x80\x80")), 0);
	cr_assert_eq(bad_at(U8("\xf0\x8f\xbf\xbf")), 0);
	/* UTF-16 surrogates. */
	cr_assert_eq(bad_at(U8("\xed\xa0\x80")), 0);
	cr_assert_eq(bad_at(U8("ok\xed\xbf\xbf")), 2);
	/* Beyond U+10FFFF, and bytes that can never appear. */
	cr_assert_eq(bad_at(U8("\xf4\x90\x80\x80")), 0);
	cr_assert_eq(bad_at(U8("\xf5\x80\x80\x80")), 0);
	cr_assert_eq(bad_at(U8("\xfe")), 0);
	cr_assert_eq(bad_at(U8("\xff")), 0);
	/* Truncated at the end, and cut short by ASCII. */
	cr_assert_eq(bad_at(U8("price \xe2\x82")), 6);
	cr_assert_eq(bad_at(U8("\xf0\x9f\x98")), 0);
	cr_assert_eq(bad_at(U8("\xc3")), 0);
	cr_assert_eq(bad_at(U8("\xe2\x82" "A")), 0);
	/* A lead followed by a lead. */
	cr_assert_eq(bad_at(U8("\xc3\xc3\xa9")), 0);
}

Test(utf8, bad_byte_found_at_every_offset_of_the_ascii_fast_path)
{
	char buf[40];
	size_t i;

	for (i = 0; i < sizeof(buf); i++) {
		memset(buf, 'a', sizeof(buf));
		buf[i] = (char)0xff;
		cr_assert_eq(bad_at(buf, sizeof(buf)), (long)i, "offset %zu", i);
		/* Also when the text before it is multibyte. */
		if (i >= 2) {
			buf[0] = (char)0xc3;
			buf[1] = (char)0xa9;
			cr_assert_eq(bad_at(buf, sizeof(buf)), (long)i);
		}
	}
	memset(buf, 'a', sizeof(buf));
	cr_assert(valid(buf, sizeof(buf)));
	/* The length bounds the scan: a bad byte past it does not count. */
	buf[20] = (char)0xff;
	cr_assert(valid(buf, 20));
}

/*
 * A reference validator written from RFC 3629 the slow way: decode each
 * code point, then check its range.  utf8_valid() must agree with it,
 * offset included, on every input below.
 */
static long
ref_bad_at(const unsigned char *s, size_t len)
{
	static const uint32_t min_cp[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	size_t pos = 0;

	while (pos < len) {
		unsigned char c = s[pos];
		size_t n, i;
		uint32_t cp;

		if (c < 0x80) {
			pos++;
			continue;
		}
		if ((c & 0xe0) == 0xc0)
			n = 2, cp = c & 0x1f;
		else if ((c & 0xf0) == 0xe0)
			n = 3, cp = c & 0x0f;
		else if ((c & 0xf8) == 0xf0)
			n = 4, cp = c & 0x07;
		else
			return (long)pos;
		if (len - pos < n)
			return (long)pos;
		for (i = 1; i < n; i++) {
			if ((s[pos + i] & 0xc0) != 0x80)
				return (long)pos;
			cp = (cp << 6) | (s[pos + i] & 0x3f);
		}
		if (cp < min_cp[n] || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return (long)pos;
		pos += n;
	}
	return -1;
}

/* Bytes at every edge of the lead and second-byte ranges. */
static const unsigned char edge_bytes[] = {
	0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1,
	0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3,
	0xf4, 0xf5, 0xf8, 0xfe, 0xff,
};
#define NEDGE	(sizeof(edge_bytes) / sizeof(edge_bytes[0]))

/*
 * Offsets that put a sequence before, inside, across and after the fast
 * path's 8- and 32-byte steps in a 72-byte buffer, and flush with its end.
 */
static const size_t edge_offsets[] = {
	0, 1, 6, 7, 8, 9, 15, 24, 29, 30, 31, 32, 33, 39, 40, 63, 64,
};
#define EDGE_BUF	72

/*
 * utf8_valid_text() against what it stands for, utf8_valid() and no NUL,
 * on s[0..len) and on every prefix of its last 80 bytes (the tails that
 * end inside a 16- or 64-byte step).
 */
static void
check_text(const unsigned char *s, size_t len)
{
	size_t cut = len > 80 ? len - 80 : 0;

	for (; cut <= len; cut++)
		cr_assert_eq(utf8_valid_text((const char *)s, cut),
		    ref_bad_at(s, cut) == -1 && memchr(s, 0, cut) == NULL,
		    "%zu bytes", cut);
}

/* seq[0..n) at each offset in ASCII, and at the very end: same verdict. */
static void
check_everywhere(const unsigned char *seq, size_t n)
{
	unsigned char buf[EDGE_BUF];
	size_t k;

	for (k = 0; k <= sizeof(edge_offsets) / sizeof(edge_offsets[0]); k++) {
		size_t off = k < sizeof(edge_offsets) / sizeof(edge_offsets[0])
		    ? edge_offsets[k] : EDGE_BUF - n;
		long want;

		memset(buf, 'x', sizeof(buf));
		memcpy(buf + off, seq, n);
		want = ref_bad_at(buf, sizeof(buf));
		cr_assert_eq(utf8_valid_text((const char *)buf, sizeof(buf)),
		    want == -1 && memchr(buf, 0, sizeof(buf)) == NULL);
		cr_assert_eq(bad_at((const char *)buf, sizeof(buf)), want,
		    "%zu bytes %02x %02x %02x %02x at %zu", n, seq[0],
		    n > 1 ? seq[1] : 0, n > 2 ? seq[2] : 0,
		    n > 3 ? seq[3] : 0, off);
		/* Cut just after the sequence: truncation at the end. */
		cr_assert_eq(bad_at((const char *)buf, off + n),
		    ref_bad_at(buf, off + n));
		if (n > 1)
			cr_assert_eq(bad_at((const char *)buf, off + n - 1),
			    ref_bad_at(buf, off + n - 1));
	}
}

Test(utf8, agrees_with_reference_on_every_two_byte_input)
{
	unsigned a, b;

	for (a = 0; a < 256; a++)
		for (b = 0; b < 256; b++) {
			unsigned char seq[2] = { (unsigned char)a,
			    (unsigned char)b };

			check_everywhere(seq, 2);
		}
}

Test(utf8, agrees_with_reference_on_edge_byte_sequences)
{
	size_t a, b, c, d;

	for (a = 0; a < NEDGE; a++)
		for (b = 0; b < NEDGE; b++)
			for (c = 0; c < NEDGE; c++) {
				unsigned char seq[4] = { edge_bytes[a],
				    edge_bytes[b], edge_bytes[c], 0 };

				check_everywhere(seq, 3);
				/* Four bytes: leads that take four only. */
				if (edge_bytes[a] < 0xf0)
					continue;
				for (d = 0; d < NEDGE; d++) {
					seq[3] = edge_bytes[d];
					check_everywhere(seq, 4);
				}
			}
}

Test(utf8, agrees_with_reference_on_mixed_text)
{
	/* Pieces of news text, good and bad, strung together at random. */
	static const char *const pieces[] = {
		"a", "said ", "eight by", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xc3\xa9",
		"\xf0\x9f\x98\x80", "\xed\x9f\xbf", "\xef\xbf\xbd",
		"thirty-two bytes of plain ASCII.", "\n", "\xc3", "\xe2\x80",
		"\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "\xff",
	};
	/* Bad pieces are rare, so most strings run long before one. */
	static const size_t npieces = sizeof(pieces) / sizeof(pieces[0]);
	char buf[512];
	uint64_t x = 0x9e3779b97f4a7c15ULL;
	int round;

	for (round = 0; round < 20000; round++) {
		size_t len = 0;

		for (;;) {
			const char *p;
			size_t n;

			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			/* 1 in 8 picks may be bad; the rest good. */
			p = pieces[(x >> 8) % 8 == 0 ? (x >> 16) % npieces :
			    (x >> 16) % 10];
			n = strlen(p);
			if (len + n > sizeof(buf) || (x >> 40) % 40 == 0)
				break;
			memcpy(buf + len, p, n);
			len += n;
		}
		cr_assert_eq(bad_at(buf, len),
		    ref_bad_at((const unsigned char *)buf, len),
		    "round %d", round);
	}
}

Test(utf8, valid_text_is_valid_and_no_nul_on_mixed_text)
{
	/* Pieces of news text, good and bad, NUL among the bad. */
	static const char *const pieces[] = {
		"a", "said ", "eight by", "\xe2\x80\x9c", "\xc3\xa9",
		"\xf0\x9f\x98\x80", "thirty-two bytes of plain ASCII.",
		"sixty-four bytes of plain ASCII, the SSE2 scan's step, "
		"in one.",
		"\x7f", "\n", "\xc3", "\xe2\x80", "\x80", "\xed\xa0\x80",
		"\xc0\xaf", "\xff", "",
	};
	static const size_t npieces = sizeof(pieces) / sizeof(pieces[0]);
	unsigned char buf[1024];
	uint64_t x = 0x2545f4914f6cdd1dULL;
	int round;

	for (round = 0; round < 4000; round++) {
		size_t len = 0;

		for (;;) {
			const char *p;
			size_t n;

			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			/* 1 in 16 picks may be bad (the last, "", is a
			 * NUL: its terminator is copied); the rest good. */
			p = pieces[(x >> 8) % 16 == 0 ? (x >> 16) % npieces :
			    (x >> 16) % 9];
			n = *p == '\0' ? 1 : strlen(p);
			if (len + n > sizeof(buf) || (x >> 40) % 60 == 0)
				break;
			memcpy(buf + len, p, n);
			len += n;
		}
		check_text(buf, len);
	}
}

Test(utf8, valid_text_finds_a_nul_or_bad_byte_at_every_offset)
{
	static const unsigned char bad[] = { 0x00, 0x80, 0xc0, 0xff };
	unsigned char buf[200];
	size_t i, k;

	memset(buf, 'a', sizeof(buf));
	cr_assert(utf8_valid_text((const char *)buf, sizeof(buf)));
	for (k = 0; k < sizeof(bad); k++)
		for (i = 0; i < sizeof(buf); i++) {
			memset(buf, 'a', sizeof(buf));
			buf[i] = bad[k];
			cr_assert(!utf8_valid_text((const char *)buf,
			    sizeof(buf)), "byte %02x at %zu", bad[k], i);
			/* The length bounds the scan. */
			cr_assert(utf8_valid_text((const char *)buf, i));
			/* After multibyte text too. */
			if (i >= 2) {
				buf[0] = 0xc3;
				buf[1] = 0xa9;
				cr_assert(!utf8_valid_text(
				    (const char *)buf, sizeof(buf)));
			}
		}
}

Test(utf8, next_decodes_and_advances)
{
	static const char s[] = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
	size_t pos = 0, len = sizeof(s) - 1;

	cr_assert_eq(utf8_next(s, len, &pos), 'a');
	cr_assert_eq(pos, 1);
	cr_assert_eq(utf8_next(s, len, &pos), 0xe9);
	cr_assert_eq(pos, 3);
	cr_assert_eq(utf8_next(s, len, &pos), 0x20ac);
	cr_assert_eq(pos, 6);
	cr_assert_eq(utf8_next(s, len, &pos), 0x1f600);
	cr_assert_eq(pos, 10);
	/* At the end: 0, and no movement. */
	cr_assert_eq(utf8_next(s, len, &pos), 0);
	cr_assert_eq(pos, 10);
}

Test(utf8, next_replaces_bad_bytes_one_at_a_time)
{
	static const char s[] = "\xe2\x82" "A\xff\xed\xa0\x80";
	size_t pos = 0, len = sizeof(s) - 1;

	cr_assert_eq(utf8_next(s, len, &pos), 0xfffd);
	cr_assert_eq(pos, 1);
	cr_assert_eq(utf8_next(s, len, &pos), 0xfffd);
	cr_assert_eq(pos, 2);
	cr_assert_eq(utf8_next(s, len, &pos), 'A');
	cr_assert_eq(utf8_next(s, len, &pos), 0xfffd);
	cr_assert_eq(pos, 4);
	/* A surrogate is three bad bytes, not one character. */
	cr_assert_eq(utf8_next(s, len, &pos), 0xfffd);
	cr_assert_eq(pos, 5);
	cr_assert_eq(utf8_next(s, len, &pos), 0xfffd);
	cr_assert_eq(utf8_next(s, len, &pos), 0xfffd);
	cr_assert_eq(pos, len);
	/* A sequence cut by the length is not read past it. */
	pos = 0;
	cr_assert_eq(utf8_next("\xc3\xa9", 1, &pos), 0xfffd);
	cr_assert_eq(pos, 1);
}

Test(utf8, prev_walks_back)
{
	static const char s[] = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
	size_t pos = sizeof(s) - 1;

	cr_assert_eq(utf8_prev(s, &pos), 0x1f600);
	cr_assert_eq(pos, 6);
	cr_assert_eq(utf8_prev(s, &pos), 0x20ac);
	cr_assert_eq(pos, 3);
	cr_assert_eq(utf8_prev(s, &pos), 0xe9);
	cr_assert_eq(pos, 1);
	cr_assert_eq(utf8_prev(s, &pos), 'a');
	cr_assert_eq(pos, 0);
	cr_assert_eq(utf8_prev(s, &pos), 0);
	cr_assert_eq(pos, 0);
}

Test(utf8, prev_replaces_bad_bytes_one_at_a_time)
{
	/* Stray continuations, a lone lead, and a surrogate. */
	static const char s[] = "A\x80\x80\xc3" "B\xed\xa0\x80";
	size_t pos = sizeof(s) - 1;

	cr_assert_eq(utf8_prev(s, &pos), 0xfffd);
	cr_assert_eq(pos, 7);
	cr_assert_eq(utf8_prev(s, &pos), 0xfffd);
	cr_assert_eq(pos, 6);
	cr_assert_eq(utf8_prev(s, &pos), 0xfffd);
	cr_assert_eq(pos, 5);
	cr_assert_eq(utf8_prev(s, &pos), 'B');
	cr_assert_eq(utf8_prev(s, &pos), 0xfffd);
	cr_assert_eq(pos, 3);
	cr_assert_eq(utf8_prev(s, &pos), 0xfffd);
	cr_assert_eq(pos, 2);
	cr_assert_eq(utf8_prev(s, &pos), 0xfffd);
	cr_assert_eq(pos, 1);
	cr_assert_eq(utf8_prev(s, &pos), 'A');
	cr_assert_eq(pos, 0);
}

Test(utf8, next_and_prev_agree_on_valid_text)
{
	static const char s[] = "\xe2\x80\x9cOui,\xe2\x80\x9d dit-il, "
	    "\xc3\xa0 Z\xc3\xbcrich \xf0\x9f\x98\x80 fin.";
	size_t len = sizeof(s) - 1, pos = 0, n = 0, back;
	size_t starts[64];

	while (pos < len) {
		cr_assert_lt(n, 64);
		starts[n++] = pos;
		(void)utf8_next(s, len, &pos);
	}
	back = len;
	while (n > 0) {
		(void)utf8_prev(s, &back);
		cr_assert_eq(back, starts[--n]);
	}
	cr_assert_eq(back, 0);
}

Test(utf8, is_boundary)
{
	static const char s[] = "a\xc3\xa9\xe2\x82\xac";
	size_t len = sizeof(s) - 1;

	cr_assert(utf8_is_boundary(s, len, 0));
	cr_assert(utf8_is_boundary(s, len, 1));
	cr_assert(!utf8_is_boundary(s, len, 2));
	cr_assert(utf8_is_boundary(s, len, 3));
	cr_assert(!utf8_is_boundary(s, len, 4));
	cr_assert(!utf8_is_boundary(s, len, 5));
	/* The end is a boundary; past it is not. */
	cr_assert(utf8_is_boundary(s, len, len));
	cr_assert(!utf8_is_boundary(s, len, len + 1));
	cr_assert(utf8_is_boundary("", 0, 0));
}
