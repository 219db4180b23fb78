/*
 * text_int.h — what text.c, text_word.c and text_abbrev.c share: the key
 * a word has in a text_lex table, its first eight bytes big-endian and
 * folded to lower case (fold_key; TEXT_LEX_KEY gives the same key to a
 * lower-case word at compile time), and the classes of an abbreviation.
 * text.c's lexicon lookups and text_abbrev.c's abbreviation lookup both
 * compare the key.  Static inline, as it was when they were one file:
 * both lookups are on hot paths.  Private to those files.
 */
#ifndef QUARRY_TEXT_INT_H
#define QUARRY_TEXT_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>


/* Eight bytes as a big-endian integer, whatever the machine's order. */
static inline uint64_t
load_be64(const char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

static inline uint64_t
fold_key(const char *s, size_t start, size_t end)
{
	size_t len = end - start, i, kn;
	uint64_t key = 0;

	/*
	 * The same key TEXT_LEX_KEY gives the lower-case word: the bytes
	 * big-endian, then each of A-Z gets its 0x20 bit, all eight bytes
	 * at once (a byte is upper-case ASCII when its top bit is clear and
	 * adding 0x80 - 'A' carries into bit 7 but adding 0x7f - 'Z' does
	 * not).
	 */
	kn = len < 8 ? len : 8;
	if (len >= 8 || end >= 8) {
		/*
		 * One load, of bytes the word owns or that precede it in
		 * s: its first eight, or the eight that end it, the bytes
		 * before the word shifted out.
		 */
		key = load_be64(s + (len >= 8 ? start : end - 8));
		if (len < 8)
			key <<= 8 * (8 - len);
	} else {
		for (i = 0; i < kn; i++)
			key = key << 8 | (unsigned char)s[start + i];
		key <<= 8 * (8 - kn);
	}
	{
		const uint64_t ones = 0x0101010101010101ULL;
		uint64_t low7 = key & (ones * 0x7f);
		uint64_t ge_a = low7 + ones * (0x80 - 'A');
		uint64_t gt_z = low7 + ones * (0x7f - 'Z');

		key |= ((ge_a ^ gt_z) & ~key & (ones * 0x80)) >> 2;
	}
	return key;
}

/* The classes of an abbreviation (text_abbrev_class): TEXT_AB_ANY keeps
 * its period in any case (titles, ranks, Latin forms), TEXT_AB_CAP only
 * capitalised (abbreviations that are also English words: "No.",
 * "Miss.", "Wash."). */
#define TEXT_AB_ANY	0x1
#define TEXT_AB_CAP	0x2

#endif /* QUARRY_TEXT_INT_H */
