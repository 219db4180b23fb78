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
