/*
 * text_word.c — words: the word scanner shared by the extractors, forward
 * (one word, a block of words, the next capitalised word) and backward,
 * with the flags a word's bytes give it (capitalised, in capitals, an
 * initial, a possessive, an abbreviation's period, the abbreviations
 * being text_abbrev.c's); and whether a stop ends a
 * sentence, which turns on the word before it ("Mr.", "U.S.", "H.").
 *
 * Most of any news text is ASCII: the scanner reads it by table, eight
 * or sixteen bytes at a time where it can, and decodes UTF-8 only where
 * a byte past ASCII is (text_word_char_at_wide,
 * text_word_char_before_wide, here so that the scanner inlines them).
 * The character classes by code point are text.c's; the key a word has
 * in a text_lex table is text_int.h's.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "text.h"
#include "text_int.h"
#include "utf8.h"


/*
 * The character at or before a byte, past ASCII (text.h's text_char_at
 * and text_char_before answer ASCII inline): here with the scanner, which
 * calls them at every byte past ASCII, so that they stay inlined in it.
 */
uint32_t
text_word_char_at_wide(const char *s, size_t len, size_t pos)
{
	if (pos >= len)
		return 0;
	if ((unsigned char)s[pos] < 0x80)
		return (unsigned char)s[pos];
	return utf8_next(s, len, &pos);
}

uint32_t
text_word_char_before_wide(const char *s, size_t pos)
{
	if (pos == 0)
		return 0;
	if ((unsigned char)s[pos - 1] < 0x80)
		return (unsigned char)s[pos - 1];
	return utf8_prev(s, &pos);
}

/* Can s[start, end) be an abbreviation, by its first two letters (when
 * they are letters)? */
static inline int
abbrev_pair(const char *s, size_t start, size_t end)
{
	unsigned a, b;

	if (end - start < 2)
		return 1;
	a = ((unsigned char)s[start] | 0x20) - 'a';
	b = ((unsigned char)s[start + 1] | 0x20) - 'a';
	return a >= 26 || b >= 26 || ((text_abbrev_pairs[a] >> b) & 1);
}

/* Length in bytes of the character at pos (1 for invalid bytes). */
static size_t
char_len(const char *s, size_t len, size_t pos)
{
	size_t p = pos;

	if ((unsigned char)s[pos] < 0x80)
		return 1;
	(void)utf8_next(s, len, &p);
	return p - pos;
}

/*
 * ASCII character classes for the word scanner, one table load a byte:
 * most of any news text is ASCII, and the scanner reads every byte.
 */
#define AC_LETTER	0x1		/* these two bits are counted as */
#define AC_LOW		0x2		/* they are: no test, no branch */
#define AC_ALNUM	0x4
#define AC_CONN		0x8		/* . - ' join letters into a word */
#define AC_PERIOD	0x10
#define AC_LOWER	(AC_ALNUM | AC_LETTER | AC_LOW)
#define AC_UPPER	(AC_ALNUM | AC_LETTER)
static const unsigned char ascii_class[256] = {
	['\''] = AC_CONN, ['-'] = AC_CONN, ['.'] = AC_CONN | AC_PERIOD,
	['0'] = AC_ALNUM, ['1'] = AC_ALNUM, ['2'] = AC_ALNUM,
	['3'] = AC_ALNUM, ['4'] = AC_ALNUM, ['5'] = AC_ALNUM,
	['6'] = AC_ALNUM, ['7'] = AC_ALNUM, ['8'] = AC_ALNUM,
	['9'] = AC_ALNUM, ['A'] = AC_UPPER, ['B'] = AC_UPPER,
	['C'] = AC_UPPER, ['D'] = AC_UPPER, ['E'] = AC_UPPER,
	['F'] = AC_UPPER, ['G'] = AC_UPPER, ['H'] = AC_UPPER,
	['I'] = AC_UPPER, ['J'] = AC_UPPER, ['K'] = AC_UPPER,
	['L'] = AC_UPPER, ['M'] = AC_UPPER, ['N'] = AC_UPPER,
	['O'] = AC_UPPER, ['P'] = AC_UPPER, ['Q'] = AC_UPPER,
	['R'] = AC_UPPER, ['S'] = AC_UPPER, ['T'] = AC_UPPER,
	['U'] = AC_UPPER, ['V'] = AC_UPPER, ['W'] = AC_UPPER,
	['X'] = AC_UPPER, ['Y'] = AC_UPPER, ['Z'] = AC_UPPER,
	['a'] = AC_LOWER, ['b'] = AC_LOWER, ['c'] = AC_LOWER,
	['d'] = AC_LOWER, ['e'] = AC_LOWER, ['f'] = AC_LOWER,
	['g'] = AC_LOWER, ['h'] = AC_LOWER, ['i'] = AC_LOWER,
	['j'] = AC_LOWER, ['k'] = AC_LOWER, ['l'] = AC_LOWER,
	['m'] = AC_LOWER, ['n'] = AC_LOWER, ['o'] = AC_LOWER,
	['p'] = AC_LOWER, ['q'] = AC_LOWER, ['r'] = AC_LOWER,
	['s'] = AC_LOWER, ['t'] = AC_LOWER, ['u'] = AC_LOWER,
	['v'] = AC_LOWER, ['w'] = AC_LOWER, ['x'] = AC_LOWER,
	['y'] = AC_LOWER, ['z'] = AC_LOWER,
};

static inline int
ascii_lower_byte(unsigned char b)
{
	return (unsigned)(b - 'a') < 26;
}

/* text_is_upper without the call for ASCII. */
static inline int
is_upper(uint32_t c)
{
	if (c < 0x80)
		return (ascii_class[c] & (AC_LETTER | AC_LOW)) == AC_LETTER;
	return text_is_upper(c);
}

/* Is the connector at pos (' ’ - .) inside a word: alnum after it? */
static int
inner_connector(const char *s, size_t end, size_t pos, uint32_t c,
    size_t clen)
{
	if (!(text_is_apostrophe(c) || c == '-' || c == '.'))
		return 0;
	return text_is_alnum(text_char_at(s, end, pos + clen));
}


/* Is s[start, end), before a period, an abbreviation that keeps it (one of
 * TEXT_AB_CAP only when cap, the word capitalised)? */
static inline int
is_abbrev(const char *s, size_t start, size_t end, unsigned cap)
{
	uint32_t ab = end - start <= TEXT_ABBREV_BYTES_MAX &&
	    abbrev_pair(s, start, end) ? text_abbrev_class(s, start, end) : 0;

	return (ab & TEXT_AB_ANY) || (cap && (ab & TEXT_AB_CAP));
}

int
text_word_cap_rest(const char *s, size_t len, size_t q, size_t e,
    struct text_word *w)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned b;

	w->start = q;
	w->flags = TEXT_W_CAP;
	/* len - e >= TEXT_RUN8: the bytes read are there */
	if (u[e] == '.' && e - q >= 2) {
		/* word_next_ascii's word ends at the period (the long path
		 * for a byte past ASCII after it); word_finish gives it an
		 * abbreviation's period, of either class: it is capitalised */
		b = u[e + 1];
		if (b >= 0x80 || (ascii_class[b] & AC_ALNUM))
			return 0;
		w->end = e;
		if (is_abbrev(s, q, e, 1)) {
			w->end = e + 1;
			w->flags |= TEXT_W_ABBREV;
		}
		return 1;
	}
	if (e == q + 1 && (unsigned)(u[e] - 'A') < 26) {
		while (e < len && (unsigned)(u[e] - 'A') < 26)
			e++;
		if (e < len && (u[e] == ' ' || u[e] == ',')) {
			w->end = e;
			w->flags |= TEXT_W_ALLCAP;
			return 1;
		}
		return 0;
	}
	if (u[e] == '\'' && u[e + 1] == 's' &&
	    (u[e + 2] == ' ' || u[e + 2] == ','))
		w->end = e + 2;
	else if (u[e] == 0xe2 && u[e + 1] == 0x80 && u[e + 2] == 0x99 &&
	    u[e + 3] == 's' && (u[e + 4] == ' ' || u[e + 4] == ','))
		w->end = e + 4;
	else
		return 0;
	w->flags |= TEXT_W_POSS;
	return 1;
}


/*
 * Does s[start, p), before a period, end on a capitalised abbreviation
 * after a hyphen: a title after a prefix of time ("then-Sen.", "ex-Gov.")
 * or a party's state ("D-Va.", "I-Vt.")?  The part after the hyphen keeps
 * the period as it would alone.  (Asked only of a word before a period
 * that is no abbreviation whole.)
 */
static int
hyphen_abbrev(const char *s, size_t start, size_t p)
{
	size_t h = p;

	while (h > start && s[h - 1] != '-')
		h--;
	return h > start + 1 && h < p && (unsigned)(s[h] - 'A') < 26 &&
	    is_abbrev(s, h, p, 1);
}

/*
 * The flags a word's ending gives it: a trailing period that belongs to
 * an abbreviation or an initial, or a possessive 's.  letters and lowers
 * count the word's letters and its letters that are not upper-case.
 */
static void
word_finish(const char *s, size_t end, struct text_word *w, size_t letters,
    size_t lowers, int dotted)
{
	size_t p = w->end;

	if (letters >= 2 && lowers == 0)
		w->flags |= TEXT_W_ALLCAP;
	/* A trailing period belongs to abbreviations and initials. */
	if (p < end && s[p] == '.') {
		if (letters == 1 && lowers == 0 && p - w->start == 1) {
			w->flags |= TEXT_W_INITIAL | TEXT_W_ABBREV;
			w->end = p + 1;
			return;
		}
		if (dotted && letters > 0) {
			w->flags |= TEXT_W_ABBREV;
			w->end = p + 1;
			return;
		}
		if (is_abbrev(s, w->start, p, w->flags & TEXT_W_CAP) ||
		    hyphen_abbrev(s, w->start, p)) {
			w->flags |= TEXT_W_ABBREV;
			w->end = p + 1;
			return;
		}
	}
	if (text_word_stem_end(s, w) < w->end)
		w->flags |= TEXT_W_POSS;
}

/*
 * The word scanner for any text: code points decoded, letters of every
 * script.  text_word_next hands a word to it when the word or the gap
 * before it holds a byte past ASCII; p is then the word's first byte or
 * a byte of the gap, and scanning from either gives the same word.
 */
static int
word_next_any(const char *s, size_t end, size_t p, size_t *pos,
    struct text_word *w)
{
	size_t letters = 0, lowers = 0, clen;
	uint32_t c, first;
	int dotted = 0;

	while (p < end) {
		unsigned char b = (unsigned char)s[p];

		if (ascii_class[b] & AC_ALNUM)
			break;
		if (b < 0x80) {
			p++;
			continue;
		}
		c = text_char_at(s, end, p);
		if (text_is_alnum(c))
			break;
		p += char_len(s, end, p);
	}
	if (p >= end) {
		*pos = end;
		return 0;
	}
	w->start = p;
	w->flags = 0;
	first = text_char_at(s, end, p);
	while (p < end) {
		unsigned char b = (unsigned char)s[p];
		unsigned cl = ascii_class[b];	/* 0 past ASCII */

		if (cl & AC_ALNUM) {
			letters += cl & AC_LETTER;
			lowers += (cl & AC_LOW) >> 1;
			p++;
			continue;
		}
		if (cl & AC_CONN) {
			if (p + 1 < end && (unsigned char)s[p + 1] < 0x80 ?
			    (ascii_class[(unsigned char)s[p + 1]] & AC_ALNUM) :
			    text_is_alnum(text_char_at(s, end, p + 1))) {
				dotted |= b == '.';
				p++;
				continue;
			}
			break;
		}
		if (b < 0x80)
			break;
		clen = char_len(s, end, p);
		c = text_char_at(s, end, p);
		if (text_is_alnum(c)) {
			if (text_is_letter(c)) {
				letters++;
				lowers += !text_is_upper(c);
			}
			p += clen;
			continue;
		}
		if (inner_connector(s, end, p, c, clen)) {
			p += clen;
			continue;
		}
		break;
	}
	w->end = p;
	if (is_upper(first))
		w->flags |= TEXT_W_CAP;
	if (text_is_digit(first))
		w->flags |= TEXT_W_DIGIT;
	word_finish(s, end, w, letters, lowers, dotted);
	*pos = w->end;
	return 1;
}

/*
 * The ASCII word [start, p) read: its first byte's class, its letters and
 * the classes seen in it give its flags.  Sets *w and *pos; 1.
 */
static inline int
ascii_word_done(const char *s, size_t end, size_t *pos, struct text_word *w,
    size_t start, size_t p, unsigned first, size_t letters, unsigned seen)
{
	const unsigned char *u = (const unsigned char *)s;

	w->start = start;
	w->end = p;
	w->flags = first == AC_UPPER ? TEXT_W_CAP :
	    first == AC_ALNUM ? TEXT_W_DIGIT : 0;
	/* Most words end in a space after a lower-case letter, or an s
	 * no apostrophe stands before: no flag to add. */
	if (p < end && u[p] != '.' && ((u[p - 1] | 0x20) != 's' ||
	    (p - start >= 2 && u[p - 2] != '\'' && u[p - 2] != 0x99)) &&
	    (first == AC_LOWER || letters < 2 || (seen & AC_LOW))) {
		*pos = p;
		return 1;
	}
	word_finish(s, end, w, letters, (seen & AC_LOW) ? 1 : 0,
	    (seen & AC_PERIOD) != 0);
	*pos = w->end;
	return 1;
}

/*
 * The common word: the ASCII letter at start and the run of lower-case
 * ones after it (eight at a time), ended by the range's end or by an
 * ASCII byte that is no letter or digit and joins none (a space, a
 * comma, a quotation mark), or by a period with none after it when the
 * word is longer than any abbreviation.  The full scan gives such a word
 * no flag but TEXT_W_CAP: no abbreviation, no possessive, never all
 * capitals.  1 with *w and *pos set, or 0 (read it the long way).
 */
#ifdef __SSE2__
/* Bytes plain_word compares at once. */
#define PLAIN_BLOCK	16

/* The bytes of the PLAIN_BLOCK at p that are not a-z, as a mask (bit i
 * is byte p + i): a range of n bytes moves to -128 .. -128 + n - 1 */
static inline unsigned
not_lower16(const unsigned char *p)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);

	_Static_assert(PLAIN_BLOCK == sizeof(__m128i), "one SSE2 register");
	return ~(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - 'a'))),
	    _mm_set1_epi8((char)(-128 + 26)))) & 0xffffu;
}
#endif

static inline int
plain_word(const unsigned char *u, size_t end, size_t start, size_t *pos,
    struct text_word *w)
{
	unsigned first = ascii_class[u[start]], c;
	size_t q = start + (first == AC_UPPER);

#ifdef __SSE2__
	/*
	 * The run of a-z from q in SSE2 registers, which the calling
	 * convention leaves free (eight-byte masks held four constants in
	 * registers a call must save and restore); near end, the block
	 * that ends at end, its bytes before q shifted out (they are in s:
	 * no load past the text).
	 */
	for (;;) {
		unsigned m;

		if (end - q >= PLAIN_BLOCK) {
			if ((m = not_lower16(u + q)) == 0) {
				q += PLAIN_BLOCK;
				continue;
			}
			q += (size_t)__builtin_ctz(m);
		} else if (end >= PLAIN_BLOCK) {
			m = not_lower16(u + end - PLAIN_BLOCK) >>
			    (q - (end - PLAIN_BLOCK));
			q = m != 0 ? q + (size_t)__builtin_ctz(m) : end;
		} else
			while (q < end && ascii_lower_byte(u[q]))
				q++;
		break;
	}
#else
	size_t n;

	for (;;) {
		if (end - q < TEXT_RUN8) {
			while (q < end && ascii_lower_byte(u[q]))
				q++;
			break;
		}
		n = text_lower_run8(u + q);
		q += n;
		if (n < TEXT_RUN8)
			break;
	}
#endif
	if (q < end && (c = u[q], ascii_class[c] != 0 || c >= 0x80) &&
	    !(c == '.' && q - start > TEXT_ABBREV_BYTES_MAX && (q + 1 >= end ||
	    (u[q + 1] < 0x80 && !(ascii_class[u[q + 1]] & AC_ALNUM)))))
		return 0;
	w->start = start;
	w->end = q;
	w->flags = first == AC_UPPER ? TEXT_W_CAP : 0;
	*pos = q;
	return 1;
}

/*
 * The words text_word_next does not take itself: ASCII words take
 * a path of their own: bytes by table, runs of lower-case letters eight
 * at a time, and only what the flags need (how many letters, whether any
 * was lower-case, whether a period joined the word) kept on the way.  A
 * byte past ASCII sends the word to word_next_any.
 */
static __attribute__((noinline)) int
word_next_ascii(const char *s, size_t end, size_t *pos, struct text_word *w)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p = *pos, start, letters = 0, n;
	unsigned cl, first, seen = 0;

	for (;;) {
		if (p >= end) {
			*pos = end;
			return 0;
		}
		cl = ascii_class[u[p]];
		if (cl & AC_ALNUM)
			break;
		if (u[p] >= 0x80) {
			/*
			 * E2 and two continuation bytes is U+2000-U+2FFF,
			 * punctuation and symbols (curly quotes, dashes):
			 * no letter or digit, so the gap goes on, and an
			 * ASCII word after it keeps this path.
			 */
			if (u[p] == 0xe2 && end - p > 2 &&
			    (u[p + 1] & 0xc0) == 0x80 &&
			    (u[p + 2] & 0xc0) == 0x80) {
				p += 3;
				continue;
			}
			return word_next_any(s, end, p, pos, w);
		}
		p++;
	}
	start = p;
	first = cl;
	for (;;) {
		if (cl == AC_LOWER && end - p >= TEXT_RUN8) {
			n = text_lower_run8(s + p);
			letters += n;
			seen |= cl;
			p += n;
		} else if (cl & AC_ALNUM) {
			letters += cl & AC_LETTER;
			seen |= cl;
			p++;
		} else if (cl & AC_CONN) {
			if (p + 1 >= end || u[p + 1] >= 0x80) {
				if (p + 1 < end)
					return word_next_any(s, end, start,
					    pos, w);
				break;
			}
			if (!(ascii_class[u[p + 1]] & AC_ALNUM))
				break;
			seen |= cl;
			p++;
		} else if (u[p] == 0xe2 && end - p > 3 && u[p + 1] == 0x80 &&
		    u[p + 2] == 0x99 && u[p + 3] < 0x80) {
			/* U+2019, the curly apostrophe ("Trump’s",
			 * "don’t"), joins as ' does: an ASCII letter or
			 * digit must follow. */
			if (!(ascii_class[u[p + 3]] & AC_ALNUM))
				break;
			p += 3;
		} else if (u[p] >= 0x80)
			return word_next_any(s, end, start, pos, w);
		else
			break;
		if (p >= end)
			break;
		cl = ascii_class[u[p]];
	}
	return ascii_word_done(s, end, pos, w, start, p, first, letters,
	    seen);
}

/*
 * Most words of news copy are a few lower-case letters after at most a
 * capital, and then a space or a comma: such a word has no flag but
 * TEXT_W_CAP, and is taken here (plain_word), in a function small enough
 * to cost little more than its loads; the others go to word_next_ascii.
 */
int
text_word_next(const char *s, size_t end, size_t *pos, struct text_word *w)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t start = *pos;

	/* A reader starts at a word or at the space before one, either as
	 * often as the other: that space is passed over without a branch
	 * to mispredict, and the loop then mostly stops at once. */
	if (start < end)
		start += u[start] == ' ';
	while (start < end && u[start] < 0x80 &&
	    !(ascii_class[u[start]] & AC_ALNUM))
		start++;
	if (start < end && (ascii_class[u[start]] & AC_LETTER) &&
	    plain_word(u, end, start, pos, w))
		return 1;
	return word_next_ascii(s, end, pos, w);
}

/*
 * Is the byte at e, within end, one that a word of ASCII letters ends
 * at with no flag its bytes do not give it, as text_word_next reads it:
 * end, an ASCII byte that is no letter or digit and none of ' - .
 * (word_next_ascii stops there), a no-break space, or a character of
 * U+2000-U+2FFF (E2 and two continuation bytes: curly quotes, dashes;
 * no letter there, text_is_letter) but U+2019, which may join as '
 * does (word_next_any reads the word again and stops at the others)?
 */
static inline int
word_end_at(const unsigned char *u, size_t end, size_t e)
{
	if (e >= end)
		return 1;
	if (u[e] < 0x80)
		return ascii_class[u[e]] == 0;
	if (u[e] == 0xc2)
		return end - e > 1 && u[e + 1] == 0xa0;	/* no-break space */
	return u[e] == 0xe2 && end - e > 2 && (u[e + 1] & 0xc0) == 0x80 &&
	    (u[e + 2] & 0xc0) == 0x80 &&
	    !(u[e + 1] == 0x80 && u[e + 2] == 0x99);
}

/*
 * The end of a word of lower-case ASCII letters after its first letter
 * whose letters stop at e, not where a common word ends: its parts
 * joined by a hyphen or an apostrophe (' or U+2019) with a lower-case
 * letter after it ("two-day", "don't", "it's", "A-list"), each of
 * lower-case letters, if any, up to where word_end_at says it ends
 * ("said\u201d"); 0 when anything else follows a part (read the long
 * way).  The long way joins the same parts (a connector between two
 * letters) and gives the word no flag but its capital and a
 * possessive's 's: it has lower-case letters or one letter (never all
 * capitals), and no period follows it.
 */
static inline size_t
joined_word_end(const unsigned char *u, size_t end, size_t e)
{
	for (;;) {
		if (e + 1 < end && (u[e] == '-' || u[e] == '\'') &&
		    ascii_lower_byte(u[e + 1]))
			e += 2;
		else if (end - e > 3 && u[e] == 0xe2 && u[e + 1] == 0x80 &&
		    u[e + 2] == 0x99 && ascii_lower_byte(u[e + 3]))
			e += 4;		/* U+2019, as ' */
		else
			break;
		while (e < end && ascii_lower_byte(u[e]))
			e++;
	}
	return word_end_at(u, end, e) ? e : 0;
}

/*
 * The end of a word of ASCII letters in both cases whose lower-case
 * letters after the first stop at a capital at e ("McAlpine",
 * "iPhone", "DeSantis"), up to where word_end_at says it ends; 0 when
 * anything else stops it, or it has no lower-case letter (capitals
 * only are text_word_cap_rest's).  Its one flag is its capital.
 */
static inline size_t
mixed_word_end(const unsigned char *u, size_t end, size_t start, size_t e)
{
	if (!ascii_lower_byte(u[start]) && e == start + 1)
		return 0;
	while (e < end && (unsigned)((u[e] | 0x20) - 'a') < 26)
		e++;
	return word_end_at(u, end, e) ? e : 0;
}

/*
 * The word at *pos, a letter whose lower-case letters after it end at e,
 * that text_word_next_many's blocks left (not a common word): parts
 * joined by a hyphen or an apostrophe (joined_word_end), a lower-case
 * word before a period (an abbreviation's or not), a capital's other
 * common shapes, "FBI", "Europe.", "Aug." (the most common of the words
 * the blocks leave), the quick way, the others the long way.
 * text_word_cap_rest reads at most four bytes past
 * e, or a run of capitals up to the word's end: when all of them are
 * before end, its word is the one text_word_next reads within end.  Not
 * inline: in the blocks' loop the same test cost the loop about what it
 * saved (docs/extraction.md, "Measured choices").
 */
static __attribute__((noinline)) int
odd_word(const char *s, size_t len, size_t end, size_t *pos, size_t e,
    struct text_word *w)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t start = *pos, q;

	if (e < end && (u[e] == '-' || u[e] == '\'' || u[e] >= 0x80) &&
	    (q = joined_word_end(u, end, e)) != 0) {
		w->start = start;
		w->end = q;
		w->flags = (unsigned)(u[start] - 'A') < 26 ? TEXT_W_CAP : 0;
		if (text_word_stem_end(s, w) < q)
			w->flags |= TEXT_W_POSS;
		*pos = q;
		return 1;
	}
	if (e < end && (unsigned)(u[e] - 'A') < 26 &&
	    (q = mixed_word_end(u, end, start, e)) != 0) {
		w->start = start;
		w->end = q;
		w->flags = (unsigned)(u[start] - 'A') < 26 ? TEXT_W_CAP : 0;
		*pos = q;
		return 1;
	}
	/* a lower-case word before a period that no letter or digit
	 * follows (an ASCII byte, or a character of U+2000-U+2FFF):
	 * word_finish's test of an abbreviation alone (no hyphen, no
	 * initial: a lower-case letter) */
	if (e < end && u[e] == '.' && ascii_lower_byte(u[start]) &&
	    (e + 1 == end || (u[e + 1] < 0x80 ?
	    !(ascii_class[u[e + 1]] & AC_ALNUM) : u[e + 1] == 0xe2 &&
	    end - e > 3 && (u[e + 2] & 0xc0) == 0x80 &&
	    (u[e + 3] & 0xc0) == 0x80))) {
		w->start = start;
		w->end = e;
		w->flags = 0;
		if (is_abbrev(s, start, e, 0)) {
			w->end = e + 1;
			w->flags = TEXT_W_ABBREV;
		}
		*pos = w->end;
		return 1;
	}
	if ((unsigned)((unsigned char)s[start] - 'A') < 26 &&
	    end - e >= TEXT_RUN8 && text_word_cap_rest(s, len, start, e, w) &&
	    w->end < end) {
		*pos = w->end;
		return 1;
	}
	return word_next_ascii(s, end, pos, w);
}

/*
 * The word at *pos, whose first byte is no ASCII letter (a digit, or a
 * byte past ASCII), that text_word_next_many's blocks left: a number of
 * ASCII digits that a byte ending a common word (ASCII, no letter or
 * digit, none of ' - .) or end follows ("2016 ", "40,000", "9%") is
 * read here, with the flag word_next_ascii gives it (TEXT_W_DIGIT: no
 * letter, no period); the others the long way.  Not inline, as
 * odd_word.
 */
static __attribute__((noinline)) int
odd_start(const char *s, size_t end, size_t *pos, struct text_word *w)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t start = *pos, e = start;

	while (e < end && (unsigned)(u[e] - '0') < 10)
		e++;
	if (e > start &&
	    (e == end || (u[e] < 0x80 && ascii_class[u[e]] == 0))) {
		w->start = start;
		w->end = e;
		w->flags = TEXT_W_DIGIT;
		*pos = e;
		return 1;
	}
	return word_next_ascii(s, end, pos, w);
}

/*
 * Bytes text_word_next_many classifies at once: two TEXT_WBLOCKs in one
 * 32-bit mask.  Half as many blocks a sentence, and half as many words
 * that run past a block's end (read on eight bytes at a time, then a
 * block at their end); 48 and 64 bytes cost more, the bytes past a
 * sentence's or a quote's start classified for nothing (the figures:
 * docs/extraction.md, the measured choices).
 */
#define WORDS_BLOCK	(2 * TEXT_WBLOCK)

size_t
text_word_next_many(const char *s, size_t len, size_t end, size_t lim,
    size_t mark, size_t more, size_t *pos, struct text_word *w, size_t max)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p = *pos, n = 0, stop, reach, start, e, q;
	uint32_t lower, letter, word, plain, starts, after, m, nonlow;
	unsigned k, lo2, le2, wo2, pl2;
	struct text_word v;
	int got;

	_Static_assert(TEXT_W_CAP == 1, "a word's first bit is its capital");
	if (lim > end)
		lim = end;
	/* the blocks write the words that start before stop; the one at
	 * or after mark is read as the last */
	stop = mark < lim ? mark : lim;
	while (n < max) {
		if (p >= stop) {
			if (stop == lim)
				goto none;
			/* the next word is the one at mark: it and more
			 * after it */
			stop = lim;
			mark = SIZE_MAX;
			if (max - n > more + 1)
				max = n + 1 + more;
			continue;
		}
		if (len - p < WORDS_BLOCK)
			goto slow;
		text_wblock_masks(u, p, &lower, &letter, &word, &plain);
		text_wblock_masks(u, p + TEXT_WBLOCK, &lo2, &le2, &wo2, &pl2);
		lower |= (uint32_t)lo2 << TEXT_WBLOCK;
		letter |= (uint32_t)le2 << TEXT_WBLOCK;
		word |= (uint32_t)wo2 << TEXT_WBLOCK;
		plain |= (uint32_t)pl2 << TEXT_WBLOCK;
		if (end - p < WORDS_BLOCK) {
			/* a run stops at end, which ends a word there */
			m = ((uint32_t)1 << (end - p)) - 1;
			lower &= m;
			plain |= ~m;
		}
		/* the bytes that are no lower-case letter, once a block
		 * rather than once a word: they end a word's letters, and
		 * a word's first letter is a capital when it is one of
		 * them (docs/extraction.md, the tenth round of speed work) */
		nonlow = ~lower;
		/* each run of word bytes starts a word: the run before the
		 * block's first byte, if any, was read whole */
		starts = word & ~(word << 1);
		reach = stop - p;
		if (reach < WORDS_BLOCK)
			starts &= ((uint32_t)1 << reach) - 1;
		q = p;
		while (starts != 0) {
			k = (unsigned)__builtin_ctz(starts);
			start = p + k;
			if (!((letter >> k) & 1)) {
				/* punctuation of U+2000-U+2FFF is gap, as
				 * text_word_next reads it */
				if (u[start] == 0xe2 && end - start > 2 &&
				    (u[start + 1] & 0xc0) == 0x80 &&
				    (u[start + 2] & 0xc0) == 0x80) {
					p = start + 3;
					goto next;
				}
				p = start;	/* a digit or past ASCII */
				goto odd;
			}
			after = nonlow & ((uint32_t)0xfffffffe << k);
			if (after == 0) {
				/* its letters run on past the block */
				if ((e = text_lower_word_end(u, end, start,
				    p + WORDS_BLOCK)) == 0) {
					p = start;
					goto odd;
				}
				w[n].start = start;
				w[n].end = e;
				w[n].flags = (lower >> k) & 1 ? 0 : TEXT_W_CAP;
				n++;
				p = e;
				goto next;
			}
			e = p + (unsigned)__builtin_ctz(after);
			if (!((plain >> (e - p)) & 1) && !(u[e] == '.' &&
			    text_period_ends_word(u, end, start, e))) {
				p = start;
				q = p;
				got = odd_word(s, len, end, &q, e, &v);
				goto one;
			}
			w[n].start = start;
			w[n].end = e;
			w[n].flags = (nonlow >> k) & TEXT_W_CAP;
			if (++n == max) {
				p = e;
				goto done;
			}
			q = e;
			/* the next word starts past e: the bytes between
			 * are the word's lower-case letters, and e is no
			 * word byte (a plain end or a period), so no other
			 * run of word bytes starts up to e */
			starts &= starts - 1;
		}
		if (reach > WORDS_BLOCK)
			p += WORDS_BLOCK;
		else if (stop == lim)
			goto none;
		else {
			/* on from the last word, to the one at mark and
			 * more after it */
			p = q;
			stop = lim;
			mark = SIZE_MAX;
			if (max - n > more + 1)
				max = n + 1 + more;
		}
		continue;
	slow:
		q = p;
		got = text_word_next(s, end, &q, &v);
		goto one;
	odd:
		/* a word that starts at p and is no common one: the long
		 * path at once (text_word_next would try the common one
		 * again first) */
		q = p;
		got = odd_start(s, end, &q, &v);
	one:
		if (!got || v.start >= lim)
			goto none;
		w[n++] = v;
		p = q;
		if (v.start >= mark) {
			/* the word at mark, read the long way while the
			 * blocks stopped before it: more after it */
			stop = lim;
			mark = SIZE_MAX;
			if (max - n > more)
				max = n + more;
		}
	next:
		;
	}
done:
	*pos = p;
	return n;
none:
	/* no word starts before lim after the last one read */
	q = n > 0 ? w[n - 1].end : *pos;
	*pos = q > lim ? q : lim;
	return n;
}

size_t
text_word_gap_end(const char *s, size_t end, size_t pos)
{
	const unsigned char *u = (const unsigned char *)s;

	while (pos < end && u[pos] < 0x80 && !(ascii_class[u[pos]] & AC_ALNUM))
		pos++;
	return pos;
}

/*
 * Bit 7 of each of the eight bytes at u that is A-Z or past ASCII: the
 * bytes a capitalised word can start with.  A-Z by the carries of
 * text_lower_run8; a byte past ASCII has bit 7 set already.
 */
static inline uint64_t
cap_or_high8(const unsigned char *u)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
	uint64_t v, low7;

	memcpy(&v, u, sizeof(v));
	low7 = v & ~high;
	return (((low7 + ones * (0x80 - 'A')) &
	    ~(low7 + ones * (0x7f - 'Z'))) | v) & high;
}

/* The first byte at or after q and before hi that is A-Z or past ASCII,
 * or hi (or q, if q >= hi). */
static size_t
next_cap_or_high(const unsigned char *u, size_t q, size_t hi)
{
	uint64_t m;

	while (q < hi && hi - q >= TEXT_RUN8) {
		if ((m = cap_or_high8(u + q)) != 0) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			return q + (size_t)__builtin_ctzll(m) / 8;
#else
			return q + (size_t)__builtin_clzll(m) / 8;
#endif
		}
		q += TEXT_RUN8;
	}
	while (q < hi && u[q] < 0x80 && !(u[q] >= 'A' && u[q] <= 'Z'))
		q++;
	return q;
}

/*
 * Does the word scanner, started at base (a word's start or a byte
 * between words), start a word at the letter or digit q, all of
 * [base, q] ASCII?  Not if a letter or digit precedes it, nor a connector
 * that one precedes: the word before takes both.
 */
static int
ascii_word_start(const unsigned char *u, size_t base, size_t q)
{
	unsigned c1;

	if (q == base)
		return 1;
	c1 = ascii_class[u[q - 1]];
	if (c1 & AC_ALNUM)
		return 0;
	return !((c1 & AC_CONN) && q - 1 > base &&
	    (ascii_class[u[q - 2]] & AC_ALNUM));
}

/*
 * One word of text_word_next_cap read whole from *p: 1 to return it (it
 * is capitalised), 0 to stop (none left, or it ends at or after limit),
 * with *pos set; -1 to go on from *p, now its end.
 */
static int
cap_step(const char *s, size_t end, size_t *p, size_t limit,
    struct text_word *w, size_t *pos)
{
	size_t q = *p;

	if (!text_word_next(s, end, &q, w)) {
		*pos = end;
		return 0;
	}
	if ((w->flags & TEXT_W_CAP) || q >= limit) {
		*pos = q;
		return (w->flags & TEXT_W_CAP) != 0;
	}
	*p = q;
	return -1;
}

/*
 * Words are not read one by one: eight bytes at a time, the scan looks
 * for a capital or a byte past ASCII, and only a capital that starts a
 * word (by the bytes just before it) or a byte past ASCII stops it; the
 * words of ASCII between are passed over unread.  Where none stops it
 * before limit, the words from the last one that starts before limit
 * are read whole, as that is where one can end at or after limit.
 */
int
text_word_next_cap(const char *s, size_t end, size_t *pos, size_t limit,
    struct text_word *w)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p = *pos, q = p, hi = limit < end ? limit : end, r;
	int rc;

	for (;;) {
		q = next_cap_or_high(u, q, hi);
		if (q >= hi)
			break;
		if (u[q] < 0x80) {
			if (!ascii_word_start(u, p, q)) {
				q++;
				continue;
			}
			p = q;
			return cap_step(s, end, &p, limit, w, pos);
		}
		/*
		 * Past ASCII: read the words through q whole, from the last
		 * that starts before q ([p, q) is ASCII, so the bytes just
		 * before a letter say whether it starts one): those before
		 * it are ASCII words without a capital that end before
		 * limit, which the loop would pass over one by one.
		 */
		for (r = q; r > p; r--)
			if ((ascii_class[u[r - 1]] & AC_ALNUM) &&
			    ascii_word_start(u, p, r - 1))
				break;
		p = r > p ? r - 1 : p;
		do {
			if ((rc = cap_step(s, end, &p, limit, w, pos)) >= 0)
				return rc;
		} while (p <= q);
		q = p;
	}
	/* [p, hi) is ASCII and holds no capitalised word's start. */
	for (r = hi; r > p; r--)
		if ((ascii_class[u[r - 1]] & AC_ALNUM) &&
		    ascii_word_start(u, p, r - 1))
			break;
	p = r > p ? r - 1 : p;
	for (;;)
		if ((rc = cap_step(s, end, &p, limit, w, pos)) >= 0)
			return rc;
}


int
text_word_prev(const char *s, size_t start, size_t *pos, struct text_word *w)
{
	size_t p = *pos, q, wend = *pos, we;
	uint32_t c;

	/*
	 * Back over everything that is not a word character.  An ASCII
	 * byte is its own character: the table answers for it (and for the
	 * letters of the word below) without a decode.
	 */
	while (p > start) {
		if ((unsigned char)s[p - 1] < 0x80) {
			if (ascii_class[(unsigned char)s[p - 1]] & AC_ALNUM)
				break;
			p--;
			continue;
		}
		q = p;
		c = utf8_prev(s, &q);
		if (q < start)
			return 0;
		if (text_is_alnum(c))
			break;
		p = q;
	}
	if (p <= start)
		return 0;
	/*
	 * Most words are ASCII letters and digits after a space: back over
	 * them by table, and when a byte that joins nothing stands before
	 * them, their flags come from the bytes read, as the forward scan
	 * would give them (it would stop where this one started: the bytes
	 * up to wend hold no letter or digit).
	 */
	we = p;
	{
		/* the letters and classes the forward scan would count,
		 * counted on the way back */
		unsigned cl, seen = 0, first;
		size_t letters = 0, n;

		/* the lower-case letters that end it eight at a time, as
		 * the byte loop below counts them (most words are a run
		 * of them after at most a capital) */
		while (p - start >= TEXT_RUN8 &&
		    (n = text_lower_back8(s + p - TEXT_RUN8)) > 0) {
			letters += n;
			seen |= AC_LOWER;
			p -= n;
			if (n < TEXT_RUN8)
				break;
		}
		while (p > start && ((cl = ascii_class[(unsigned char)
		    s[p - 1]]) & AC_ALNUM)) {
			letters += cl & AC_LETTER;
			seen |= cl;
			p--;
		}
		if (p == start || ((unsigned char)s[p - 1] < 0x80 &&
		    !(ascii_class[(unsigned char)s[p - 1]] & AC_CONN))) {
			first = ascii_class[(unsigned char)s[p]];
			q = p;
			ascii_word_done(s, wend, &q, w, p, we, first, letters,
			    seen);
			*pos = w->start;
			return 1;
		}
	}
	/* Back over the word, inner connectors included. */
	while (p > start) {
		if (ascii_class[(unsigned char)s[p - 1]] & AC_ALNUM) {
			p--;
			continue;
		}
		q = p;
		c = utf8_prev(s, &q);
		if (q < start)
			break;
		if (text_is_alnum(c)) {
			p = q;
			continue;
		}
		if ((text_is_apostrophe(c) || c == '-' || c == '.') &&
		    q > start) {
			size_t r = q;
			uint32_t b = utf8_prev(s, &r);

			if (r >= start && text_is_alnum(b) &&
			    text_is_alnum(text_char_at(s, wend, p))) {
				p = q;
				continue;
			}
		}
		break;
	}
	/* Rescan forward so both directions agree on the word. */
	q = p;
	if (!text_word_next(s, wend, &q, w))
		return 0;
	*pos = w->start;
	return 1;
}

/* Bytes read back from a period for the abbreviation it may close: the
 * longest abbreviation a word can be ("approx.", "U.S.A.") is far below
 * TEXT_LEX_WORD_MAX; a longer word is none. */
#define SENT_ABBREV_LOOKBACK	(2 * TEXT_LEX_WORD_MAX)

/* The word that ends at the period at pos, read back from lo: does it
 * close an abbreviation?  Out of line: the long way, for the few words
 * period_ends does not decide from their bytes. */
static __attribute__((noinline)) int
period_word_abbrev(const char *s, size_t lo, size_t pos)
{
	size_t q = pos + 1;
	struct text_word w;

	return text_word_prev(s, lo, &q, &w) && w.end == pos + 1 &&
	    (w.start > lo || lo == 0) && (w.flags & TEXT_W_ABBREV);
}

/* The start of period_ends' look back from pos: SENT_ABBREV_LOOKBACK
 * bytes, moved on to a character's start. */
static inline size_t
period_lookback(const char *s, size_t pos)
{
	size_t lo = pos > SENT_ABBREV_LOOKBACK ? pos - SENT_ABBREV_LOOKBACK : 0;

	while (lo < pos && ((unsigned char)s[lo] & 0xc0) == 0x80)
		lo++;
	return lo;
}

/* period_ends when the byte before the period is past ASCII: a letter
 * or digit there is read as a word.  Out of line, as few periods follow
 * such a byte. */
static __attribute__((noinline)) int
period_after_wide(const char *s, size_t pos)
{
	size_t lo;

	if (!text_is_alnum(text_char_before(s, pos)))
		return 1;
	lo = period_lookback(s, pos);
	if (lo == pos)
		return 1;	/* the word may start before lo */
	return !period_word_abbrev(s, lo, pos);
}

/*
 * Does the period at pos, which a blank or closing marks and a blank
 * follow, end a sentence?  "Mr. Smith", "H. W. Bush", "U.S. officials":
 * not an end.  Only a word that ends at the period can be an
 * abbreviation, and none is longer than SENT_ABBREV_LOOKBACK: the look
 * back is bounded, or a text of ". . . ." would be read back to its
 * start at each period.  Inline with no call but in tail position: the
 * period test is asked of every stop, and a call that returns here
 * made every caller save its registers.
 */
static inline int
period_ends(const char *s, size_t pos)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p, lo;

	if (pos == 0)
		return 1;
	if (u[pos - 1] >= 0x80)
		return period_after_wide(s, pos);
	if (!(ascii_class[u[pos - 1]] & AC_ALNUM))
		return 1;
	lo = period_lookback(s, pos);
	/*
	 * Most words before a period are ASCII letters after a byte that
	 * joins nothing to them (a space, a quote mark): text_word_prev
	 * would read them as a word of their own, and word_finish would
	 * give it TEXT_W_ABBREV from its letters alone, an initial or an
	 * abbreviation.  Decide it the same way without reading the word;
	 * anything else (digits, connectors, UTF-8) is read as before.
	 */
	p = pos;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (pos - lo >= 8) {
		/* the letters that end at pos, from the eight bytes before
		 * it in one load (byte pos - 1 the top one): a byte is a
		 * letter when, its 0x20 bit set, its low seven bits are
		 * 'a' to 'z' and its top bit is clear */
		const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
		uint64_t v, f, other;

		memcpy(&v, u + pos - 8, sizeof(v));
		f = (v | ones * 0x20) & ~high;
		other = ~((f + ones * (0x80 - 'a')) &
		    ~(f + ones * (0x7f - 'z')) & ~v) & high;
		p -= other != 0 ? (size_t)__builtin_clzll(other) / 8 : 8;
	}
	if (p == pos - 8 || pos - lo < 8)
#endif
		while (p > lo && (ascii_class[u[p - 1]] & AC_LETTER))
			p--;
	if (p == pos) {
		/* a number ("in 2016."): a word of digits after a byte
		 * that joins nothing to it is no abbreviation (its first
		 * byte is no letter) and keeps no period */
		while (p > lo && (unsigned)(u[p - 1] - '0') < 10)
			p--;
		if (p > lo && u[p - 1] < 0x80 &&
		    !(ascii_class[u[p - 1]] & (AC_ALNUM | AC_CONN)))
			return 1;
		return !period_word_abbrev(s, lo, pos);
	}
	if (p == lo && lo > 0)
		return 1;	/* the word may start before lo */
	if (p > lo && pos - p == 1 && u[p - 1] == '.') {
		/* "U.S.", "a.m.": single letters joined by periods after a
		 * byte that joins nothing to them: a dotted abbreviation,
		 * which keeps its period */
		size_t k = p;

		while (k - lo >= 2 && u[k - 1] == '.' &&
		    (ascii_class[u[k - 2]] & AC_LETTER))
			k -= 2;
		if (k > lo && k < p && u[k - 1] < 0x80 &&
		    !(ascii_class[u[k - 1]] & (AC_ALNUM | AC_CONN)))
			return 0;
		return !period_word_abbrev(s, lo, pos);
	}
	if (p == lo || (u[p - 1] < 0x80 &&
	    !(ascii_class[u[p - 1]] & (AC_ALNUM | AC_CONN)))) {
		unsigned cap = !(ascii_class[u[p]] & AC_LOW);

		if (pos - p == 1 && cap)
			return 0;	/* an initial: "H." */
		return !is_abbrev(s, p, pos, cap);
	}
	return !period_word_abbrev(s, lo, pos);
}

/*
 * text_word_is_sentence_end for a stop that no space follows at once:
 * closing marks and brackets may stand between ('."', '.)'), or a line's
 * end, or "…" may be the stop.
 */
static __attribute__((noinline)) int
stop_then_marks(const char *s, size_t len, size_t pos)
{
	uint32_t c, n;
	size_t p = pos;

	c = text_char_at(s, len, pos);
	if (c != '.' && c != '!' && c != '?' && c != 0x2026)
		return 0;
	p += char_len(s, len, pos);
	/* Closing marks and brackets may follow the stop. */
	for (;;) {
		n = text_char_at(s, len, p);
		if (n == '"' || n == '\'' || n == ')' || n == ']' ||
		    n == 0x201d || n == 0x2019 || n == 0xbb ||
		    n == 0x203a) {
			p += char_len(s, len, p);
			continue;
		}
		break;
	}
	if (p >= len || text_is_newline(n))
		return 1;
	if (!text_is_space(n))
		return 0;
	if (c != '.')
		return 1;
	return period_ends(s, pos);
}

int
text_word_is_sentence_end(const char *s, size_t len, size_t pos)
{
	const unsigned char *u = (const unsigned char *)s;

	/* The common case, a stop and a space: no mark follows. */
	if (!(pos + 1 < len && u[pos + 1] == ' ' && (u[pos] == '.' ||
	    u[pos] == '!' || u[pos] == '?'))) {
		/* the next: a stop at a line's end, a paragraph's last
		 * (most of the stops with no space after them), which
		 * stop_then_marks ends after reading it as characters */
		if (pos + 1 < len && u[pos + 1] == '\n' && (u[pos] == '.' ||
		    u[pos] == '!' || u[pos] == '?'))
			return 1;
		return stop_then_marks(s, len, pos);
	}
	if (u[pos] != '.')
		return 1;
	return period_ends(s, pos);
}
