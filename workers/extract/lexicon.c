/*
 * lexicon.c — the words the quote and reported-speech extractors know:
 * cue verbs, pronouns, determiners, titles, organisation words, name
 * particles... (data in quotes_lexicon.def, one sorted line a word with
 * its classes), the lookup that gives a word its classes, and the word
 * tests built on it.
 *
 * Speed: most words read are names and in no lexicon, so a lookup is
 * refused by the word's first letter and length, then by its second
 * byte and length, before a search among the words that share its first
 * letter and second-byte group.  Output does not depend on it.
 */
#include <stddef.h>
#include <stdint.h>

#include "quotes_int.h"
#include "text.h"

#define LEX(w, c)	TEXT_LEX_ENTRY(w, c),
#define LEX_FROM(l)
static const struct text_lex lexicon[] = {
#include "quotes_lexicon.def"
};
#undef LEX
#undef LEX_FROM

/*
 * Every word the extractor reads is looked up, most of them names and
 * none of them in the lexicon, so a lookup first narrows by the word's
 * first letter, from the LEX_FROM lines of the .def, to one letter's
 * words and the lengths they come in; most absent words stop there, and
 * the rest are searched among a few dozen words instead of all of them.
 *
 * One enumerator for each line of the .def gives each LEX_FROM the index
 * of its letter's first word, plus the LEX_FROMs before it.
 */
#define LEX_CAT_(a, b)	a##b
#define LEX_CAT(a, b)	LEX_CAT_(a, b)
enum lex_line {
#define LEX(w, c)	LEX_CAT(LEX_LINE_, __LINE__),
#define LEX_FROM(l)	LEX_FROM_##l,
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
	LEX_FROM_END
};

/* Letters of the alphabet, each with its LEX_FROM line. */
#define LEX_LETTERS		LEXICON_LETTERS

#define LEX_FROM_INDEX(l, i)	((uint16_t)(LEX_FROM_##l - (i)))
static const uint16_t lex_from[LEX_LETTERS + 1] = {
	LEX_FROM_INDEX(a, 0), LEX_FROM_INDEX(b, 1), LEX_FROM_INDEX(c, 2),
	LEX_FROM_INDEX(d, 3), LEX_FROM_INDEX(e, 4), LEX_FROM_INDEX(f, 5),
	LEX_FROM_INDEX(g, 6), LEX_FROM_INDEX(h, 7), LEX_FROM_INDEX(i, 8),
	LEX_FROM_INDEX(j, 9), LEX_FROM_INDEX(k, 10), LEX_FROM_INDEX(l, 11),
	LEX_FROM_INDEX(m, 12), LEX_FROM_INDEX(n, 13), LEX_FROM_INDEX(o, 14),
	LEX_FROM_INDEX(p, 15), LEX_FROM_INDEX(q, 16), LEX_FROM_INDEX(r, 17),
	LEX_FROM_INDEX(s, 18), LEX_FROM_INDEX(t, 19), LEX_FROM_INDEX(u, 20),
	LEX_FROM_INDEX(v, 21), LEX_FROM_INDEX(w, 22), LEX_FROM_INDEX(x, 23),
	LEX_FROM_INDEX(y, 24), LEX_FROM_INDEX(z, 25),
	(uint16_t)(LEX_FROM_END - LEX_LETTERS),
};
#undef LEX_FROM_INDEX
_Static_assert(LEX_FROM_END - LEX_LETTERS ==
    sizeof(lexicon) / sizeof(lexicon[0]),
    "quotes_lexicon.def: one LEX_FROM for each letter, a to z");

/*
 * For each first letter, bit n - 1 set when one of its words is n bytes
 * long (no word is longer than TEXT_LEX_WORD_MAX, 32).  The first
 * element takes the words before LEX_FROM(a): there are none.
 */
#define LEX_LEN_BIT(w)	((uint32_t)1 << (sizeof(w) - 2))
static const uint32_t lex_lens[1 + LEX_LETTERS] = {
	0
#define LEX(w, c)	| LEX_LEN_BIT(w)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
/* The same for the particles alone: speaker_names_scan_to asks of each word
 * after a name whether it is one ("Charles de Gaulle"). */
const uint32_t lexicon_particle_lens[1 + LEXICON_LETTERS] = {
	0
#define LEX(w, c)	| ((c) & LX_PART ? LEX_LEN_BIT(w) : 0)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
#undef LEX_LEN_BIT
_Static_assert(TEXT_LEX_WORD_MAX <= 32, "lex_lens holds 32 lengths");

/*
 * Most capitalised words pass the letter and length filter (names come in
 * the lengths words do), so a second one keys on the length and second
 * byte together: for each first letter, a bloom filter of LEX_PAIR_BITS
 * bits, one set for each word's (second byte | 0x20, length), in two
 * 64-bit halves.  Of the dev sets' capitalised words that the first
 * lets through it refuses 36%, against 32% with 64 bits, 39% with 256
 * and 40% for an exact table.  | 0x20 folds A-Z as the search does, and
 * a lexicon word's own byte goes through it too, so no word is refused
 * that the search would find.  A one-letter word hashes its length alone.
 */
#define LEX_PAIR_BITS		128
#define LEX_PAIR_HASH(b1, len)	\
	((((unsigned)(b1) << 3) + (unsigned)(len)) % LEX_PAIR_BITS)
#define LEX_B1(w)	(sizeof(w) > 2 ? ((unsigned char)(w)[1] | 0x20) : 0)
#define LEX_PAIR_BIT(w, half)						\
	(LEX_PAIR_HASH(LEX_B1(w), sizeof(w) - 1) / 64 == (half) ?	\
	(uint64_t)1 << (LEX_PAIR_HASH(LEX_B1(w), sizeof(w) - 1) % 64) : 0)
static const uint64_t lex_pairs[LEX_PAIR_BITS / 64][1 + LEX_LETTERS] = {
	{
		0
#define LEX(w, c)	| LEX_PAIR_BIT(w, 0)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
	}, {
		0
#define LEX(w, c)	| LEX_PAIR_BIT(w, 1)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
	},
};
#undef LEX_PAIR_BIT
#undef LEX_B1
_Static_assert(LEX_PAIR_BITS == 2 * 64, "lex_pairs has two halves");

/*
 * A word that passes both filters is searched for among the words that
 * share its first letter and the group of its second byte, not all of its
 * letter's (a few dozen, 84 for c): the bytes sort the words, so each
 * group is a run.  LEX_BUCKET groups a byte: what sorts before 'a' (no
 * second byte, for a one-letter word, or the '.' of "u.s."), four
 * letters each from a to x, then y and z, and what sorts after 'z'.  For each first letter, byte g of
 * lex_groups counts its words of groups before g, each count below 256
 * (asserted), so one addition a word builds all eight.
 */
#define LEX_GROUPS		8
#define LEX_BUCKET(b)	((unsigned)(b) < 'a' ? 0u : (unsigned)(b) > 'z' ?	\
	LEX_GROUPS - 1u : ((unsigned)(b) - 'a') / 4)
#define LEX_RAW_B1(w)	(sizeof(w) > 2 ? (unsigned char)(w)[1] : 0)
#define LEX_BEFORE(w, g)						\
	((uint64_t)(LEX_BUCKET(LEX_RAW_B1(w)) < (g)) << (8 * (g)))
#define LEX_GROUP_COUNT(w)						\
	(LEX_BEFORE(w, 1) + LEX_BEFORE(w, 2) + LEX_BEFORE(w, 3) +	\
	LEX_BEFORE(w, 4) + LEX_BEFORE(w, 5) + LEX_BEFORE(w, 6) +	\
	LEX_BEFORE(w, 7))
static const uint64_t lex_groups[1 + LEX_LETTERS] = {
	0
#define LEX(w, c)	+ LEX_GROUP_COUNT(w)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
#undef LEX_GROUP_COUNT
#undef LEX_BEFORE
#undef LEX_RAW_B1
_Static_assert(LEX_GROUPS == sizeof(uint64_t) && LEX_BUCKET('z') <
    LEX_GROUPS - 1, "one byte of lex_groups a group; 'z' before the last");
#define LEX_FITS(a, b)	(LEX_FROM_##b - LEX_FROM_##a - 1 < 256)
_Static_assert(LEX_FITS(a, b) && LEX_FITS(b, c) && LEX_FITS(c, d) &&
    LEX_FITS(d, e) && LEX_FITS(e, f) && LEX_FITS(f, g) && LEX_FITS(g, h) &&
    LEX_FITS(h, i) && LEX_FITS(i, j) && LEX_FITS(j, k) && LEX_FITS(k, l) &&
    LEX_FITS(l, m) && LEX_FITS(m, n) && LEX_FITS(n, o) && LEX_FITS(o, p) &&
    LEX_FITS(p, q) && LEX_FITS(q, r) && LEX_FITS(r, s) && LEX_FITS(s, t) &&
    LEX_FITS(t, u) && LEX_FITS(u, v) && LEX_FITS(v, w) && LEX_FITS(w, x) &&
    LEX_FITS(x, y) && LEX_FITS(y, z) && LEX_FROM_END - LEX_FROM_z - 1 < 256,
    "each letter's words counted in a byte of lex_groups");
#undef LEX_FITS

/* Can the word be in the lexicon, by lens (lex_lens or lexicon_particle_lens)? */
static inline int
lexicon_may_hold(const uint32_t *lens, const char *s,
    const struct text_word *w)
{
	size_t len = w->end - w->start;
	/* A-Z and a-z fold to a-z; no other byte does. */
	unsigned k = ((unsigned char)s[w->start] | 0x20) - 'a';

	return k < LEX_LETTERS && len - 1 < TEXT_LEX_WORD_MAX &&
	    ((lens[1 + k] >> (len - 1)) & 1);
}

uint32_t
lexicon_of(const char *s, const struct text_word *w)
{
	unsigned k = ((unsigned char)s[w->start] | 0x20) - 'a', b1, h, g;
	size_t len = w->end - w->start, lo, hi;

	if (!lexicon_may_hold(lex_lens, s, w))
		return 0;
	b1 = len >= 2 ? (unsigned char)s[w->start + 1] : 0;
	if (b1 - 'A' < 26)
		b1 |= 0x20;
	h = LEX_PAIR_HASH(b1 | 0x20, len);
	if (!((lex_pairs[h / 64][1 + k] >> (h % 64)) & 1))
		return 0;
	g = LEX_BUCKET(b1);
	lo = lex_from[k] + (size_t)((lex_groups[1 + k] >> (8 * g)) & 0xff);
	hi = g + 1 < LEX_GROUPS ? lex_from[k] +
	    (size_t)((lex_groups[1 + k] >> (8 * (g + 1))) & 0xff) :
	    lex_from[k + 1];
	return text_lex_find(lexicon + lo, hi - lo, s, w->start, w->end);
}

/* Is the word in any of the classes? */
int
lexicon_is(const char *s, const struct text_word *w, uint32_t classes)
{
	return (lexicon_of(s, w) & classes) != 0;
}

int
lexicon_is_cue(const char *s, const struct text_word *w)
{
	if (w->flags & TEXT_W_ALLCAP)
		return 0;
	return lexicon_is(s, w, LX_CUE);
}

int
lexicon_is_pronoun(const char *s, const struct text_word *w)
{
	if (w->end - w->start == 1 && s[w->start] == 'i')
		return 0;		/* a lone lower-case i is no pronoun */
	return lexicon_is(s, w, LX_PRON);
}

int
lexicon_is_adverb(const char *s, const struct text_word *w)
{
	size_t n = w->end - w->start;

	if (w->flags & TEXT_W_CAP)
		return 0;
	if (n > 4 && text_range_eq(s, w->end - 2, w->end, "ly"))
		return 1;
	return lexicon_is(s, w, LX_ADV);
}
