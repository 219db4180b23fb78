/*
 * text.h — the text helpers the extractors share: character classes over
 * UTF-8 code points, paragraph and sentence boundaries, word scanning, and
 * word comparison.  Pure functions over borrowed bytes; no allocation.
 * text.c defines the character classes, comparisons and lexicon lookups,
 * text_word.c the word scanner (with the character at or before a byte)
 * and sentence ends, text_abbrev.c the abbreviations.
 *
 * Positions are byte offsets into a buffer s of len bytes.  Scanners take
 * explicit bounds so a caller can confine them to a window, which is how
 * callers keep their total work linear in the size of the text.
 */
#ifndef QUARRY_TEXT_H
#define QUARRY_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* --- character classes (Unicode code points) --- */

/*
 * The classes and the two readers below are inline: every reader calls
 * them a character at a time, and most characters are ASCII, which they
 * answer themselves; past ASCII they call the _wide functions of text.c
 * (the classes) and text_word.c (the readers), which answer for any code
 * point (test_text and test_text_word check the two agree).
 */
int	text_is_space_wide(uint32_t c);
int	text_is_upper_wide(uint32_t c);
int	text_is_letter(uint32_t c);	/* letters of the common scripts */
uint32_t text_word_char_at_wide(const char *s, size_t len, size_t pos);
uint32_t text_word_char_before_wide(const char *s, size_t pos);

/* \n \r U+2028 U+2029 and NEL */
static inline int
text_is_newline(uint32_t c)
{
	return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 ||
	    c == 0x85;
}

/* White_Space, NBSP, line breaks */
static inline int
text_is_space(uint32_t c)
{
	/* \t \n \v \f \r are 9 to 13 */
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	return text_is_space_wide(c);
}

/* ASCII 0-9 */
static inline int
text_is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* upper- or title-case letters */
static inline int
text_is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return text_is_upper_wide(c);
}

/* letters that are not upper */
static inline int
text_is_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return text_is_letter(c) && !text_is_upper_wide(c);
}

static inline int
text_is_alnum(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') ||
		    ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	return text_is_letter(c);
}

/* - and the Unicode dashes */
static inline int
text_is_dash(uint32_t c)
{
	return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

/*
 * A mark that closes quoted words before an attribution: " ” ’ ' and the
 * guillemet », which European outlets' English keeps ("...,» he said").
 * One set for every reader that asks, so a mark one accepts no other
 * refuses.
 */
static inline int
text_is_closing_mark(uint32_t c)
{
	return c == '"' || c == 0x201D || c == 0x2019 || c == '\'' ||
	    c == 0xBB;
}

/* ' and U+2019 */
static inline int
text_is_apostrophe(uint32_t c)
{
	return c == '\'' || c == 0x2019;
}

/* The code point at / before pos, or 0 at the bounds. */
static inline uint32_t
text_char_at(const char *s, size_t len, size_t pos)
{
	if (pos >= len)
		return 0;
	if ((unsigned char)s[pos] < 0x80)
		return (unsigned char)s[pos];
	return text_word_char_at_wide(s, len, pos);
}

static inline uint32_t
text_char_before(const char *s, size_t pos)
{
	if (pos == 0)
		return 0;
	if ((unsigned char)s[pos - 1] < 0x80)
		return (unsigned char)s[pos - 1];
	return text_word_char_before_wide(s, pos);
}

/* --- paragraphs and sentences --- */

/*
 * A paragraph ends at a line break: news text puts one paragraph on a line
 * (scrapers and wire feeds alike), and a blank line is two of them.
 */
int	text_is_para_break(const char *s, size_t len, size_t pos);

/*
 * Does the '.', '!', '?' or '…' at pos end a sentence?  It must be
 * followed by whitespace, a closing mark or the end of the text, and a
 * period must not close an abbreviation ("Mr.", "Sen.", "U.S.") or an
 * initial ("George H. W. Bush").
 */
int	text_word_is_sentence_end(const char *s, size_t len, size_t pos);

/* --- words --- */

/* Bytes of the eight-byte load text_lower_run8 reads. */
#define TEXT_RUN8	8

/*
 * The top bit of each of the TEXT_RUN8 bytes at s that is not a
 * lower-case ASCII letter, from one eight-byte load (the caller makes
 * sure they are there).  A byte is a-z when its top bit is clear, adding
 * 0x80 - 'a' to its low seven bits carries into bit 7 and adding
 * 0x7f - 'z' does not.
 */
static inline uint64_t
text_not_lower8(const void *s)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
	uint64_t v, low7;

	memcpy(&v, s, sizeof(v));
	low7 = v & ~high;
	return ~((low7 + ones * (0x80 - 'a')) &
	    ~(low7 + ones * (0x7f - 'z')) & ~v) & high;
}

/*
 * How many lower-case ASCII letters the TEXT_RUN8 bytes at s start with:
 * most words are a run of them after at most a capital, and a byte loop
 * pays a load, a table load and a branch for each.
 */
static inline size_t
text_lower_run8(const void *s)
{
	uint64_t other = text_not_lower8(s);

	if (other == 0)
		return TEXT_RUN8;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (size_t)__builtin_ctzll(other) / 8;
#else
	return (size_t)__builtin_clzll(other) / 8;
#endif
}

/*
 * How many lower-case ASCII letters the TEXT_RUN8 bytes at s end with:
 * text_lower_run8's test read from the other end, for a word read
 * backward, which meets its lower-case letters first.
 */
static inline size_t
text_lower_back8(const void *s)
{
	uint64_t other = text_not_lower8(s);

	if (other == 0)
		return TEXT_RUN8;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (size_t)__builtin_clzll(other) / 8;
#else
	return (size_t)__builtin_ctzll(other) / 8;
#endif
}

/*
 * A word is a run of letters and digits, with inner apostrophes, hyphens
 * and periods kept when a letter or digit follows them ("don't",
 * "Holtz-Eakin", "U.S", "3.5").  A period that follows an abbreviation or
 * an initial is part of the word ("Mr.", "H.") so that names keep their
 * titles and initials.
 */
struct text_word {
	size_t		 start, end;	/* [start, end) */
	unsigned	 flags;
};

#define TEXT_W_CAP	0x01	/* first letter upper-case */
#define TEXT_W_ALLCAP	0x02	/* two or more letters, all upper-case */
#define TEXT_W_DIGIT	0x04	/* starts with a digit */
#define TEXT_W_ABBREV	0x08	/* ends with the period of an abbreviation */
#define TEXT_W_INITIAL	0x10	/* a single capital with a period: "H." */
#define TEXT_W_POSS	0x20	/* ends in a possessive 's / s' */

/*
 * Scan forward from *pos to the next word that starts before end; skip
 * everything that is not a word.  1 with *w filled and *pos = w->end, or 0
 * (and *pos = end) if there is none.
 */
int	text_word_next(const char *s, size_t end, size_t *pos,
	    struct text_word *w);

/*
 * Bytes of the longest abbreviation that keeps its period inside a
 * sentence ("approx", "messrs"): a word before a period that is longer
 * is none, without a search.
 */
#define TEXT_ABBREV_BYTES_MAX	6
/*
 * For each first letter k, bit b set when such an abbreviation starting
 * with 'a' + k has 'a' + b second (text_word.c builds it from its list): a
 * word before a period whose first two letters are no such pair is no
 * abbreviation.
 */
extern const uint32_t text_abbrev_pairs[26];

/*
 * What text_word_next_in keeps of the TEXT_WBLOCK bytes at `at` it last
 * read: bit i of a mask is byte at + i.  A news word is some six bytes,
 * so a block serves two or three words read one after the other.
 */
#define TEXT_WBLOCK	16
struct text_wblock {
	size_t		 at;		/* SIZE_MAX: none read yet */
	unsigned	 lower;		/* a-z */
	unsigned	 letter;	/* a-z, A-Z */
	unsigned	 word;		/* what a gap ends at: a letter, a
					 * digit, a byte past ASCII */
	unsigned	 plain_end;	/* what ends a common word: ASCII,
					 * no letter or digit, not ' - . */
};
#define TEXT_WBLOCK_INIT	{ .at = SIZE_MAX, .lower = 0, .letter = 0, \
				.word = 0, .plain_end = 0 }

/* The masks of the TEXT_WBLOCK bytes at u + p, as text_wblock keeps
 * them (bit i is byte p + i); the caller makes sure they are there. */
static inline __attribute__((always_inline)) void
text_wblock_masks(const unsigned char *u, size_t p, unsigned *lower_m,
    unsigned *letter_m, unsigned *word_m, unsigned *plain_end_m)
{
#ifdef __SSE2__
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)
	    (u + p));
	/* a range of n bytes moves to -128 .. -128 + n - 1, and only it */
	const __m128i lower = _mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - 'a'))),
	    _mm_set1_epi8((char)(0x80 + 26)));
	const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - 'A'))),
	    _mm_set1_epi8((char)(0x80 + 26)));
	const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - '0'))),
	    _mm_set1_epi8((char)(0x80 + 10)));
	/* the connectors: ' and the range - . (one addition and one
	 * comparison for the two) */
	const __m128i conn = _mm_or_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
	    _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '-'))),
	    _mm_set1_epi8((char)(0x80 + '.' - '-' + 1))));
	const __m128i letter = _mm_or_si128(lower, upper);
	/* the top bit of v: a byte past ASCII */
	const __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), v);

	_Static_assert(TEXT_WBLOCK == sizeof(__m128i), "one SSE2 register");
	*lower_m = (unsigned)_mm_movemask_epi8(lower);
	*letter_m = (unsigned)_mm_movemask_epi8(letter);
	*word_m = (unsigned)_mm_movemask_epi8(word);
	*plain_end_m = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(word,
	    conn)) & 0xffffu;
#else
	size_t i;

	*lower_m = *letter_m = *word_m = *plain_end_m = 0;
	for (i = 0; i < TEXT_WBLOCK; i++) {
		unsigned char c = u[p + i];
		unsigned lo = (unsigned)(c - 'a') < 26;
		unsigned le = (unsigned)((c | 0x20) - 'a') < 26;
		unsigned wd = le || (unsigned)(c - '0') < 10 || c >= 0x80;

		*lower_m |= lo << i;
		*letter_m |= le << i;
		*word_m |= wd << i;
		*plain_end_m |= (unsigned)(!wd && c != '\'' && c != '-' &&
		    c != '.') << i;
	}
#endif
}

/* Read the masks of the TEXT_WBLOCK bytes at p into b.  Not inline: a
 * block serves two or three words, and its constants held in registers
 * across a reader's loop cost more than the call. */
static __attribute__((noinline)) void
text_wblock_read(struct text_wblock *b, const unsigned char *u, size_t p)
{
	text_wblock_masks(u, p, &b->lower, &b->letter, &b->word,
	    &b->plain_end);
	b->at = p;
}

/*
 * Does the period at e end the word [start, e) of ASCII letters, lower
 * case after the first, and no more, as text_word_next reads it?  So
 * when no letter or digit follows it (no inner period: a byte past
 * ASCII after it is left to text_word_next) and the word is no
 * abbreviation that keeps it: longer than any, or not starting as one
 * does.  A single letter is left to text_word_next (an initial).
 */
static inline int
text_period_ends_word(const unsigned char *u, size_t end, size_t start,
    size_t e)
{
	unsigned n;

	if (e + 1 < end && (u[e + 1] >= 0x80 ||
	    (unsigned)((u[e + 1] | 0x20) - 'a') < 26 ||
	    (unsigned)(u[e + 1] - '0') < 10))
		return 0;
	if (e - start > TEXT_ABBREV_BYTES_MAX)
		return 1;
	if (e - start < 2)
		return 0;
	n = (unsigned)(u[start + 1] - 'a');	/* lower case: a letter */
	return !((text_abbrev_pairs[(u[start] | 0x20) - 'a'] >> n) & 1);
}

/*
 * The end of the common word at start (see text_word_next_in) whose
 * lower-case letters run from the end of a block at e, or 0 when the
 * byte after them shows it is no common word: the letters read eight
 * at a time, the end clamped to end.
 */
static inline size_t
text_lower_word_end(const unsigned char *u, size_t end, size_t start,
    size_t e)
{
	size_t n = TEXT_RUN8;

	while (e < end && end - e >= TEXT_RUN8 &&
	    (n = text_lower_run8(u + e)) == TEXT_RUN8)
		e += TEXT_RUN8;
	if (n < TEXT_RUN8 && e < end)
		e += n;
	else
		while (e < end && (unsigned)(u[e] - 'a') < 26)
			e++;
	if (e >= end)
		return end;
	if (u[e] >= 0x80 || (unsigned)((u[e] | 0x20) - 'a') < 26 ||
	    (unsigned)(u[e] - '0') < 10 || u[e] == '\'' || u[e] == '-' ||
	    (u[e] == '.' && !text_period_ends_word(u, end, start, e)))
		return 0;
	return e;
}

/*
 * text_word_next for a reader that calls it word after word: the same
 * word, flags and *pos.  The common word (an ASCII letter, lower-case
 * letters after it, then an ASCII byte that is no letter or digit and
 * none of ' - ., or end, or a period that ends it: a sentence's last
 * word) is found from the masks of the block b (read anew when *pos
 * leaves it), punctuation of U+2000-U+2FFF before it passed over as
 * gap; any other word, and the last TEXT_WBLOCK bytes of the text (len),
 * go to text_word_next.  Inline: the call would cost a third of the
 * word.
 */
static inline __attribute__((always_inline)) int
text_word_next_in(const char *s, size_t len, size_t end, size_t *pos,
    struct text_word *w, struct text_wblock *b)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p = *pos, start, e;

	for (;;) {
		unsigned off, k, after, any;

		if (p >= end) {
			*pos = end;
			return 0;
		}
		off = (unsigned)(p - b->at);
		if (p < b->at || off >= TEXT_WBLOCK) {
			if (len - p < TEXT_WBLOCK)
				break;
			text_wblock_read(b, u, p);
			off = 0;
		}
		any = b->word >> off;
		if (any == 0) {
			p = b->at + TEXT_WBLOCK;
			continue;
		}
		k = off + (unsigned)__builtin_ctz(any);
		start = b->at + k;
		if (start >= end) {
			*pos = end;
			return 0;
		}
		if (!((b->letter >> k) & 1)) {
			/* punctuation of U+2000-U+2FFF (E2 and two
			 * continuation bytes: curly quotes, dashes) is
			 * gap, as text_word_next reads it */
			if (u[start] == 0xe2 && end - start > 2 &&
			    (u[start + 1] & 0xc0) == 0x80 &&
			    (u[start + 2] & 0xc0) == 0x80) {
				p = start + 3;
				continue;
			}
			p = start;	/* a digit or a byte past ASCII */
			break;
		}
		/* the lower-case letters after the first */
		after = ~b->lower & (0xffffu << (k + 1)) & 0xffffu;
		if (after != 0) {
			e = b->at + (unsigned)__builtin_ctz(after);
			if (e >= end)
				e = end;
			else if (!((b->plain_end >> (e - b->at)) & 1) &&
			    !(u[e] == '.' && text_period_ends_word(u, end,
			    start, e))) {
				p = start;
				break;
			}
		} else if ((e = text_lower_word_end(u, end, start,
		    b->at + TEXT_WBLOCK)) == 0) {
			p = start;
			break;
		}
		w->start = start;
		w->end = e;
		w->flags = (b->lower >> k) & 1 ? 0 : TEXT_W_CAP;
		*pos = e;
		return 1;
	}
	*pos = p;
	return text_word_next(s, end, pos, w);
}

/*
 * Up to max words, as text_word_next reads them one after the other from
 * *pos within end, into w[0 ..): those that start before lim (at most
 * end), stopping `more` words after the first that starts at or after
 * mark.  Returns how many; *pos is the end of the last one when it
 * stopped after max words or after mark's, else lim, or the last one's
 * end when that is past lim (no word starts before lim from there).
 * A sentence's
 * reader asks for every word of it, and this reads them a block of
 * TEXT_WBLOCK bytes at a time, its masks held while it writes each
 * common word of the block (text_word_next_in's: a capital or lower-case
 * ASCII letter, lower-case letters, then a byte that ends it); any
 * other word, and the last TEXT_WBLOCK bytes of the text (len), go to
 * text_word_next.
 */
size_t	text_word_next_many(const char *s, size_t len, size_t end,
	    size_t lim, size_t mark, size_t more, size_t *pos,
	    struct text_word *w, size_t max);

/*
 * Read words as text_word_next does from *pos, passing over those that do
 * not start with an upper-case letter, until one ends at or after limit:
 * 1 with the first capitalised word in *w (*pos = w->end), else 0 with
 * *pos the end of the last word passed over (or end).  A scan for names
 * reads every word of a text, and most of them need no flags.
 */
int	text_word_next_cap(const char *s, size_t end, size_t *pos,
	    size_t limit, struct text_word *w);

/* Bytes of the blocks text_word_cap_start passes over at once. */
#define TEXT_CAP_BLOCK	16

/*
 * The bytes u[q - 3, q) are U+2019, the curly apostrophe: a connector.
 * The caller knows q - 3 >= its base.
 */
static inline int
text_curly_apostrophe_before(const unsigned char *u, size_t q)
{
	return u[q - 1] == 0x99 && u[q - 2] == 0x80 && u[q - 3] == 0xe2;
}

/* For each byte, TEXT_CB_ALNUM for an ASCII letter or digit,
 * TEXT_CB_CONN for a connector that joins letters into a word (. - '):
 * one load a byte where the capital scan looks back from a capital. */
#define TEXT_CB_ALNUM	1
#define TEXT_CB_CONN	2
#define TEXT_CB_RANGE(a, z)	[a ... z] = TEXT_CB_ALNUM
static const unsigned char text_cap_bytes[256] = {
	TEXT_CB_RANGE('0', '9'), TEXT_CB_RANGE('A', 'Z'),
	TEXT_CB_RANGE('a', 'z'),
	['\''] = TEXT_CB_CONN, ['-'] = TEXT_CB_CONN, ['.'] = TEXT_CB_CONN,
};
#undef TEXT_CB_RANGE

static inline int
text_ascii_alnum(unsigned b)
{
	return text_cap_bytes[b] & TEXT_CB_ALNUM;
}

static inline int
text_ascii_connector(unsigned b)
{
	return text_cap_bytes[b] & TEXT_CB_CONN;
}

/*
 * Is the capital at q > base a word's start, every byte in [base, q)
 * ASCII or part of a character text_word_cap_start passes over (E2 80 xx,
 * a punctuation mark; C2 A0, the no-break space; neither a letter nor a
 * digit)?  As text_word.c's ascii_word_start, with U+2019 a connector as
 * ' is.
 */
static inline int
text_cap_word_start(const unsigned char *u, size_t base, size_t q)
{
	unsigned c1 = u[q - 1];
	size_t c;			/* the connector's first byte */

	if (c1 < 0x80) {
		if (text_ascii_alnum(c1))
			return 0;
		if (!text_ascii_connector(c1))
			return 1;
		c = q - 1;
	} else if (q - base >= 3 && text_curly_apostrophe_before(u, q))
		c = q - 3;
	else
		return 1;
	/* a connector joins the word before it, if any (one past ASCII
	 * here is punctuation or a space) */
	return !(c > base && text_ascii_alnum(u[c - 1]));
}

/*
 * The start of the word text_word_next_cap returns from *pos, when it is
 * easy to find: a word that starts with an ASCII capital before hi (at
 * most end), every byte before it from *pos ASCII, a punctuation mark of
 * U+2000-U+203F or a no-break space.  1 with *at its start (text_word_next
 * from there reads it); else 0, with *pos moved forward to where
 * text_word_next_cap gives the answer it would give from *pos.  Sixteen
 * bytes at a time where SSE2 is there.  Inline: the names scan, its one
 * caller, stops at every capital, and the call cost more than the search
 * of a block.
 */
static inline __attribute__((always_inline)) int
text_word_cap_start(const char *s, size_t end, size_t *pos, size_t hi,
    size_t *at)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t base = *pos, q = base;

	if (hi > end)
		hi = end;
	while (q < hi) {
#ifdef __SSE2__
		if (hi - q >= TEXT_CAP_BLOCK) {
			/* A-Z by a signed comparison after moving 'A' to -128;
			 * a byte past ASCII by its top bit */
			__m128i v = _mm_loadu_si128((const void *)(u + q));
			__m128i up = _mm_cmplt_epi8(_mm_add_epi8(v,
			    _mm_set1_epi8((char)(0x80 - 'A'))),
			    _mm_set1_epi8((char)(-128 + 26)));
			unsigned m = (unsigned)_mm_movemask_epi8(
			    _mm_or_si128(v, up));

			if (m == 0) {
				q += TEXT_CAP_BLOCK;
				continue;
			}
			q += (size_t)__builtin_ctz(m);
		} else
#endif
		if (u[q] < 0x80 && (unsigned)(u[q] - 'A') >= 26) {
			q++;
			continue;
		}
		if (u[q] < 0x80) {
			if (q == base || text_cap_word_start(u, base, q)) {
				*at = q;
				return 1;
			}
			q++;
		} else if (u[q] == 0xe2 && end - q >= 3 && u[q + 1] == 0x80 &&
		    (u[q + 2] & 0xc0) == 0x80)
			q += 3;
		else if (u[q] == 0xc2 && end - q >= 2 && u[q + 1] == 0xa0)
			q += 2;
		else
			break;
	}
	/*
	 * Back to a byte no word holds (a space, a comma, a mark), or to
	 * base: the words between are not capitalised and end before hi.
	 */
	if (q > hi)
		q = hi;
	while (q > base && (u[q - 1] >= 0x80 || text_cap_bytes[u[q - 1]]))
		q--;
	*pos = q;
	return 0;
}

/*
 * The first byte at or after pos and before end that is an ASCII letter
 * or digit or past ASCII, or end: where text_word_next starts its word
 * when it is ASCII, found without reading the word.
 */
size_t	text_word_gap_end(const char *s, size_t end, size_t pos);

/*
 * Scan backward from *pos to the word that ends at or before it and starts
 * at or after start.  1 with *w filled and *pos = w->start, or 0.
 */
int	text_word_prev(const char *s, size_t start, size_t *pos,
	    struct text_word *w);

/*
 * text_word_prev for a reader that holds the words a forward scan read
 * (words[0 .. n), text_word_next's, in text order, some perhaps left
 * out, as a sentence's words without its quotes): the same answer, taken
 * from those words where one of them is certainly it.  That is the last
 * of them ending at or before *pos, with only ASCII bytes that are no
 * letter or digit after it up to *pos (spaces, punctuation: no word
 * left out of the array can hide there, and the backward scan passes
 * over them to its end), made of ASCII bytes only, starting at start
 * or after an ASCII byte that is no letter or digit and joins none
 * (not ' - .): the backward scan would stop where the forward one
 * started, and give it the flags the forward one gave.  An ASCII word
 * of the forward scan is letters and digits with connectors (' - .)
 * between two of them, and perhaps an abbreviation's period at its end
 * ("U.S.", "two-day", "Kopp's"): the backward scan joins the same
 * connectors (an alphanumeric on each side), passes over the period as
 * gap, and its forward reading from the word's start stops where this
 * one did (the word's bytes and the one after it, up to *pos, decide
 * it).  Anything else is read back with text_word_prev.
 * *k is a cursor into words kept between calls: start it at n, or
 * at the count of the words before *pos when the caller knows it.
 * Always inline: gcc kept it out of line in the mention reader, which
 * steps back through a name a word at a time, and there the call with
 * its seven arguments cost a large part of the test it makes.
 */
static inline __attribute__((always_inline)) int
text_word_prev_in(const char *s, size_t start, size_t *pos,
    struct text_word *w, const struct text_word *words, size_t n,
    size_t *k)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
	const unsigned char *u = (const unsigned char *)s;
	const struct text_word *c;
	size_t q = *pos, i = *k < n ? *k : n, p, len;
	unsigned b;

	/* i: how many of the words end at or before q, from the cursor
	 * (a mention read back asks for the word before the last) */
	while (i > 0 && words[i - 1].end > q)
		i--;
	while (i < n && words[i].end <= q)
		i++;
	*k = i;
	if (i == 0)
		return text_word_prev(s, start, pos, w);
	c = &words[i - 1];
	len = c->end - c->start;
	if (c->start < start || c->end <= c->start)
		return text_word_prev(s, start, pos, w);
	for (p = c->end; p < q; p++)
		if (u[p] != ' ' && (u[p] >= 0x80 ||
		    (unsigned)((u[p] | 0x20) - 'a') < 26 ||
		    (unsigned)(u[p] - '0') < 10))
			return text_word_prev(s, start, pos, w);
	/* most words have a space before them: one test for it */
	if (c->start > start && (b = u[c->start - 1]) != ' ') {
		if (b >= 0x80 || (unsigned)((b | 0x20) - 'a') < 26 ||
		    (unsigned)(b - '0') < 10 || b == '\'' || b == '-' ||
		    b == '.')
			return text_word_prev(s, start, pos, w);
	}
	if (len <= 8 && c->end >= 8) {
		/* the eight bytes that end the word in one load: none of
		 * the word's (the top len of them) past ASCII */
		uint64_t v;

		memcpy(&v, s + c->end - 8, sizeof(v));
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		if (v & high & (~(uint64_t)0 << (8 * (8 - len))))
			return text_word_prev(s, start, pos, w);
#else
		if (v & high & (~(uint64_t)0 >> (8 * (8 - len))))
			return text_word_prev(s, start, pos, w);
#endif
	} else
		for (p = c->start; p < c->end; p++)
			if (u[p] >= 0x80)
				return text_word_prev(s, start, pos, w);
	*w = *c;
	*pos = c->start;
	return 1;
}

/* The word's end without a possessive ending or abbreviation period.
 * Inline: the name readers ask it of every word they keep, and the call
 * cost more than the test. */
static inline size_t
text_word_stem_end(const char *s, const struct text_word *w)
{
	size_t e = w->end;

	if (w->flags & TEXT_W_ABBREV)
		return e - 1;
	/* 's with an ASCII or a curly apostrophe */
	if (e - w->start >= 3 && (s[e - 1] == 's' || s[e - 1] == 'S')) {
		if (s[e - 2] == '\'')
			return e - 2;
		if (e - w->start >= 5 && (unsigned char)s[e - 4] == 0xe2 &&
		    (unsigned char)s[e - 3] == 0x80 &&
		    (unsigned char)s[e - 2] == 0x99)
			return e - 4;
	}
	return e;
}

/* text_range_eq past its first byte (any range: it compares them all). */
int	text_range_eq_rest(const char *s, size_t start, size_t end,
	    const char *lit);

/*
 * Is s[start, end) equal to lit, ignoring ASCII case?  Inline up to the
 * first byte: most words compared with a literal differ from it there,
 * and a call cost more than the comparison.
 */
static inline int
text_range_eq(const char *s, size_t start, size_t end, const char *lit)
{
	unsigned a, b;

	if (end <= start)
		return end == start && lit[0] == '\0';
	a = (unsigned char)s[start];
	b = (unsigned char)lit[0];
	a += a - 'A' < 26 ? 'a' - 'A' : 0;
	b += b - 'A' < 26 ? 'a' - 'A' : 0;
	return a == b && text_range_eq_rest(s, start, end, lit);
}

/* Is the word equal to lit, ignoring ASCII case ("Said" == "said")? */
static inline int
text_word_eq(const char *s, const struct text_word *w, const char *lit)
{
	return text_range_eq(s, w->start, w->end, lit);
}
/* Is the word one of the NULL-terminated list (ignoring ASCII case)? */
int	text_word_in(const char *s, const struct text_word *w,
	    const char *const *list);

/*
 * A lexicon: words in lower case, sorted by their bytes, each with a set
 * of class bits the caller defines.  Lookups are a binary search over the
 * word folded to lower case (ASCII), so a lexicon of any size costs a
 * handful of comparisons per word.  Each entry carries its first eight
 * bytes as one big-endian integer (zero-padded), computed by the compiler
 * from the literal: integer order on it agrees with byte order on the
 * words, so most steps of the search are one integer comparison.
 * Declare entries with TEXT_LEX_ENTRY("word", classes).
 */
struct text_lex {
	const char	*word;
	size_t		 len;
	uint32_t	 classes;
	uint64_t	 key;
	uint64_t	 lower;	/* 0x20 in each byte of key that is a-z */
};

/* (w)[i] with i clamped into the literal: the ternaries below never read
 * past a short word, but clang's -Warray-bounds checks the dead branch
 * too ("no"[5]), and -Werror makes that fatal in `make fuzz`. */
#define TEXT_LEX_AT(w, i)	((w)[sizeof(w) - 1 > (i) ? (i) : 0])
#define TEXT_LEX_KEY_BYTE(w, i)						\
	((uint64_t)(sizeof(w) - 1 > (i) ? (unsigned char)TEXT_LEX_AT(w, i) :	\
	0) << (56 - 8 * (i)))
#define TEXT_LEX_KEY(w)							\
	(TEXT_LEX_KEY_BYTE(w, 0) | TEXT_LEX_KEY_BYTE(w, 1) |		\
	TEXT_LEX_KEY_BYTE(w, 2) | TEXT_LEX_KEY_BYTE(w, 3) |		\
	TEXT_LEX_KEY_BYTE(w, 4) | TEXT_LEX_KEY_BYTE(w, 5) |		\
	TEXT_LEX_KEY_BYTE(w, 6) | TEXT_LEX_KEY_BYTE(w, 7))
#define TEXT_LEX_LOWER_BYTE(w, i)					\
	((uint64_t)(sizeof(w) - 1 > (i) && TEXT_LEX_AT(w, i) >= 'a' &&	\
	TEXT_LEX_AT(w, i) <= 'z' ? 0x20 : 0) << (56 - 8 * (i)))
#define TEXT_LEX_LOWER(w)						\
	(TEXT_LEX_LOWER_BYTE(w, 0) | TEXT_LEX_LOWER_BYTE(w, 1) |		\
	TEXT_LEX_LOWER_BYTE(w, 2) | TEXT_LEX_LOWER_BYTE(w, 3) |		\
	TEXT_LEX_LOWER_BYTE(w, 4) | TEXT_LEX_LOWER_BYTE(w, 5) |		\
	TEXT_LEX_LOWER_BYTE(w, 6) | TEXT_LEX_LOWER_BYTE(w, 7))
#define TEXT_LEX_ENTRY(w, c)						\
	{ w, sizeof(w) - 1, c, TEXT_LEX_KEY(w), TEXT_LEX_LOWER(w) }

/* Words longer than this are in no lexicon (the longest entries are
 * about 15 bytes; "acknowledging" is 13). */
#define TEXT_LEX_WORD_MAX	32

/* The abbreviations that keep their period inside a sentence (n of them,
 * sorted by bytes; classes TEXT_AB_ANY 0x1, TEXT_AB_CAP 0x2, text_int.h's),
 * and the classes of s[start, end) among them, or 0: the answer
 * text_lex_find gives over that table, from the entries of the word's
 * first letter only. */
const struct text_lex *text_abbrev_list(size_t *n);
uint32_t text_abbrev_class(const char *s, size_t start, size_t end);

/* The classes of s[start, end) in the n-entry lexicon, or 0. */
uint32_t text_lex_find(const struct text_lex *lex, size_t n, const char *s,
	    size_t start, size_t end);

/*
 * A lexicon hashed for lookup: slots[h] is 1 + the index of an entry, 0
 * an empty slot, and an entry sits at the first free slot from its
 * TEXT_LEX_HASH (linear probing).  The slots are built from the entries
 * before the program runs (a generator at build time), so a lookup is
 * one key, one multiplication and a probe or two instead of a search.
 * Its words must be in lower case (no A-Z byte), as text_lex_find's are.
 */
struct text_lex_hash {
	const struct text_lex *lex;
	const uint16_t	*slots;
	unsigned	 bits;		/* 1 << bits slots */
};

/*
 * The slot a word's probe starts at, from its key and length: a
 * multiplicative hash (Knuth), its top bits.  The key's bytes get their
 * 0x20 bit first, so a word's key hashes as its lower-case form's does
 * (A-Z differ from a-z only in that bit) and a lookup hashes the bytes
 * as read, without folding them.
 */
#define TEXT_LEX_HASH(key, len, bits)					\
	((size_t)(((((uint64_t)(key) | 0x2020202020202020ULL) ^		\
	(uint64_t)(len)) * 0x9E3779B97F4A7C15ULL) >> (64 - (bits))))

/*
 * The classes of s[start, end) in the hashed lexicon, or 0: the same
 * answer text_lex_find gives over its entries.  The word's first eight
 * bytes as read (big-endian, zero-padded, as TEXT_LEX_KEY) equal an
 * entry's key where they differ from it only in the 0x20 bit of bytes
 * the entry has a-z (its lower mask): the word's A-Z there.
 * text_lex_hash_find is inline for a word of eight or fewer bytes that
 * ends eight or more bytes into s (nearly every word looked up: a call
 * cost as much as the lookup) and calls text_lex_hash_find_any, which
 * takes any word, for the others.
 */
uint32_t text_lex_hash_find_any(const struct text_lex_hash *h, const char *s,
	    size_t start, size_t end);

/* The probes for a word of len bytes, 1 to 8, with this key. */
static inline uint32_t
text_lex_hash_probe(const struct text_lex_hash *h, uint64_t key, size_t len)
{
	size_t mask = ((size_t)1 << h->bits) - 1, i;
	const struct text_lex *e;

	for (i = TEXT_LEX_HASH(key, len, h->bits); h->slots[i] != 0;
	    i = (i + 1) & mask) {
		e = &h->lex[h->slots[i] - 1];
		if (e->len == len && ((key ^ e->key) & ~e->lower) == 0)
			return e->classes;
	}
	return 0;
}

static inline uint32_t
text_lex_hash_find(const struct text_lex_hash *h, const char *s,
    size_t start, size_t end)
{
	size_t len = end - start;
	uint64_t key;

	if (end <= start || len > 8 || end < 8)
		return text_lex_hash_find_any(h, s, start, end);
	/* One load of the eight bytes that end the word, those before it
	 * shifted out. */
	memcpy(&key, s + end - 8, sizeof(key));
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	key = __builtin_bswap64(key);
#endif
	return text_lex_hash_probe(h, key << 8 * (8 - len), len);
}

/* Are s[a..b) only whitespace? */
int	text_all_space(const char *s, size_t a, size_t b);
/* Only spaces, tabs and no-break spaces in [a, b): no line break, no
 * punctuation (the gap between two words of one name). */
int	text_gap_is_blank_any(const char *s, size_t a, size_t b);
/* The common gaps, none and one space, inline; others text.c's. */
static inline int
text_gap_is_blank(const char *s, size_t a, size_t b)
{
	if (b <= a || (b == a + 1 && s[a] == ' '))
		return 1;
	return text_gap_is_blank_any(s, a, b);
}

/*
 * The capitalised word that starts at q (an ASCII capital), read the
 * quick way when it has one of the common shapes, or 0: read it the long
 * way (text_word_next).  1 with *w set to the word text_word_next reads
 * from q:
 * - lower-case ASCII letters after the capital, then a space or a comma
 *   (flags TEXT_W_CAP), or then 's or ’s and a space or a comma
 *   (TEXT_W_CAP | TEXT_W_POSS);
 * - one or more lower-case letters after it, then a period that no
 *   letter, digit or byte past ASCII follows: the word ends before the
 *   period (TEXT_W_CAP, "Europe."), or takes it when it is an
 *   abbreviation's ("Aug.", TEXT_W_CAP | TEXT_W_ABBREV);
 * - capitals only, two or more, then a space or a comma
 *   (TEXT_W_CAP | TEXT_W_ALLCAP, "FBI").
 * Every byte it reads is before len.  The first shape inline (a names
 * scan meets it at most capitals), the others in text_word_cap_rest,
 * given e, the end of the lower-case letters, with len - e >= TEXT_RUN8.
 */
int	text_word_cap_rest(const char *s, size_t len, size_t q, size_t e,
	    struct text_word *w);

static inline int
text_cap_word_quick(const char *s, size_t len, size_t q, struct text_word *w)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t e = q + 1, n;

	for (;;) {
		if (len - e < TEXT_RUN8)
			return 0;
		n = text_lower_run8(s + e);
		e += n;
		if (n < TEXT_RUN8)
			break;
	}
	if (u[e] == ' ' || u[e] == ',') {
		w->start = q;
		w->end = e;
		w->flags = TEXT_W_CAP;
		return 1;
	}
	return text_word_cap_rest(s, len, q, e, w);
}

#endif
