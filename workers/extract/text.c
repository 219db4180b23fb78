/*
 * text.c — character classes and comparisons shared by the extractors:
 * spaces, letters and case by code point, paragraph breaks, case-blind
 * comparison of a range with a word, blank gaps, and lookups of a word
 * in a text_lex table (sorted or hashed).  The tables cover the scripts news text is written in (Latin
 * with its extensions, Greek, Cyrillic); other letters are letters
 * without case, which is all the extractors need to know about them.
 *
 * Words themselves (the scanner forward and back, the abbreviations
 * that keep their period, sentence ends) are text_word.c's, with the
 * character at or before a byte past ASCII, which the scanner inlines;
 * both files share text_int.h.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "text.h"
#include "text_int.h"
#include "utf8.h"

int
text_is_space_wide(uint32_t c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	if (text_is_newline(c))
		return 1;
	return c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
	    c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

int
text_is_upper_wide(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xc0 && c <= 0xde)
		return c != 0xd7;
	/* Latin Extended-A pairs upper/lower; the parity flips twice. */
	if (c >= 0x100 && c <= 0x137)
		return (c & 1) == 0;
	if (c >= 0x139 && c <= 0x148)
		return (c & 1) == 1;
	if (c >= 0x14a && c <= 0x177)
		return (c & 1) == 0;
	if (c == 0x178 || c == 0x179 || c == 0x17b || c == 0x17d)
		return 1;
	if (c >= 0x1e00 && c <= 0x1eff)		/* Latin Extended Additional */
		return (c & 1) == 0;
	if (c >= 0x391 && c <= 0x3a9)		/* Greek */
		return c != 0x3a2;
	if (c >= 0x400 && c <= 0x42f)		/* Cyrillic */
		return 1;
	if (c >= 0x460 && c <= 0x4ff)
		return (c & 1) == 0;
	return 0;
}

int
text_is_letter(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	if (c == 0xaa || c == 0xb5 || c == 0xba)
		return 1;
	if (c >= 0xc0 && c <= 0x24f)
		return c != 0xd7 && c != 0xf7;
	if (c >= 0x250 && c <= 0x2af)		/* IPA extensions */
		return 1;
	if (c >= 0x370 && c <= 0x3ff)		/* Greek */
		return c != 0x37e && c != 0x387;
	if (c >= 0x400 && c <= 0x52f)		/* Cyrillic */
		return c < 0x482 || c > 0x489;
	if (c >= 0x5d0 && c <= 0x5ea)		/* Hebrew */
		return 1;
	if (c >= 0x620 && c <= 0x64a)		/* Arabic */
		return 1;
	if (c >= 0x1e00 && c <= 0x1eff)
		return 1;
	if (c >= 0x3040 && c <= 0x30ff)		/* kana */
		return 1;
	if (c >= 0x4e00 && c <= 0x9fff)		/* CJK ideographs */
		return 1;
	if (c >= 0xac00 && c <= 0xd7a3)		/* Hangul */
		return 1;
	return 0;
}

int
text_is_para_break(const char *s, size_t len, size_t pos)
{
	return text_is_newline(text_char_at(s, len, pos));
}

int
text_range_eq_rest(const char *s, size_t start, size_t end, const char *lit)
{
	size_t n = end - start, i;

	/* lit's end is found as it is compared: no strlen first (the
	 * first byte again: text_range_eq compared it inline) */
	for (i = 0; i < n; i++) {
		unsigned char a = (unsigned char)s[start + i];
		unsigned char b = (unsigned char)lit[i];

		if (b == '\0')
			return 0;
		if (a >= 'A' && a <= 'Z')
			a = (unsigned char)(a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (unsigned char)(b - 'A' + 'a');
		if (a != b)
			return 0;
	}
	return lit[n] == '\0';
}

/*
 * text_word_eq against each literal, the word's first byte folded once
 * for the list rather than once a literal (most literals differ from
 * the word there).
 */
int
text_word_in(const char *s, const struct text_word *w,
    const char *const *list)
{
	unsigned a, b;

	if (w->end <= w->start) {
		for (; *list != NULL; list++)
			if (w->end == w->start && (*list)[0] == '\0')
				return 1;
		return 0;
	}
	a = (unsigned char)s[w->start];
	a += a - 'A' < 26 ? 'a' - 'A' : 0;
	for (; *list != NULL; list++) {
		b = (unsigned char)(*list)[0];
		b += b - 'A' < 26 ? 'a' - 'A' : 0;
		if (a == b && text_range_eq_rest(s, w->start, w->end, *list))
			return 1;
	}
	return 0;
}

#define ASCII_LOWER(b)	((b) >= 'A' && (b) <= 'Z' ? (b) - 'A' + 'a' : (b))

/*
 * Byte order of s[0, an) folded to lower case against the lexicon word
 * b[0, bn), a prefix first, from byte `from` on: the caller knows the
 * bytes before it are equal.  Words are short, so a loop beats memcmp.
 */
static int
lex_cmp(const char *a, size_t an, const char *b, size_t bn, size_t from)
{
	size_t i, n = an < bn ? an : bn;

	for (i = from; i < n; i++) {
		unsigned char x = (unsigned char)a[i];
		unsigned char y = (unsigned char)b[i];

		x = (unsigned char)ASCII_LOWER(x);
		if (x != y)
			return x - y;
	}
	return (an > bn) - (an < bn);
}

uint32_t
text_lex_find(const struct text_lex *lex, size_t n, const char *s,
    size_t start, size_t end)
{
	const struct text_lex *e, *end_of_lex = lex + n;
	size_t len = end - start, kn;
	uint64_t key;

	if (end <= start || len > TEXT_LEX_WORD_MAX)
		return 0;
	kn = len < 8 ? len : 8;
	key = fold_key(s, start, end);
	if (n == 0)
		return 0;
	/*
	 * The first entry whose key is not below the word's, by halving
	 * without a branch to mispredict; then the entries of the same key
	 * (words sharing their first eight bytes, "acknowledge...") in
	 * order, comparing the bytes after the key.
	 */
	e = lex;
	while (n > 1) {
		size_t half = n / 2;

		e = e[half - 1].key < key ? e + half : e;
		n -= half;
	}
	e += e->key < key;
	for (; e < end_of_lex && e->key == key; e++) {
		size_t from = e->len < kn ? e->len : kn;
		int r = lex_cmp(s + start, len, e->word, e->len, from);

		if (r == 0)
			return e->classes;
		if (r < 0)
			break;
	}
	return 0;
}

uint32_t
text_lex_hash_find_any(const struct text_lex_hash *h, const char *s,
    size_t start, size_t end)
{
	size_t len = end - start, mask = ((size_t)1 << h->bits) - 1, i;
	const struct text_lex *e;
	uint64_t key = 0;

	if (end <= start || len > TEXT_LEX_WORD_MAX)
		return 0;
	if (len >= 8)
		key = load_be64(s + start);
	else {
		for (i = start; i < end; i++)
			key = key << 8 | (unsigned char)s[i];
		key <<= 8 * (8 - len);
	}
	if (len <= 8)
		return text_lex_hash_probe(h, key, len);
	/* The first eight bytes are the key's; a longer word compares the
	 * rest. */
	for (i = TEXT_LEX_HASH(key, len, h->bits); h->slots[i] != 0;
	    i = (i + 1) & mask) {
		e = &h->lex[h->slots[i] - 1];
		if (e->len == len && ((key ^ e->key) & ~e->lower) == 0 &&
		    lex_cmp(s + start, len, e->word, e->len, 8) == 0)
			return e->classes;
	}
	return 0;
}

int
text_all_space(const char *s, size_t a, size_t b)
{
	while (a < b) {
		uint32_t c = text_char_at(s, b, a);

		if (!text_is_space(c))
			return 0;
		a++;
		while (a < b && ((unsigned char)s[a] & 0xc0) == 0x80)
			a++;
	}
	return 1;
}

/* Only spaces and tabs (no line break, no punctuation) between a and b. */
int
text_gap_is_blank_any(const char *s, size_t a, size_t b)
{
	while (a < b) {
		if (s[a] == ' ' || s[a] == '\t')
			a++;
		else if ((unsigned char)s[a] == 0xc2 && a + 1 < b &&
		    (unsigned char)s[a + 1] == 0xa0)
			a += 2;		/* no-break space */
		else
			return 0;
	}
	return 1;
}
