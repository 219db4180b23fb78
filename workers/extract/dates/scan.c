/*
 * scan.c — the date extractor's scanner: cuts the body into tokens
 * (words, numbers, punctuation marks, with byte offsets and whether
 * whitespace precedes them) into the ring the rules read through tk(),
 * looking every word up in the lexicon as it goes; and the lexicon
 * itself, the words of words.def hashed for that lookup.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "dates_private.h"
#include "text.h"
#include "utf8.h"

/* Every word the grammar names (words.def), at index DW_<word>
 * (dates_private.h). */
const struct lex dt_words[DW_COUNT] = {
#define DW(w, c, v, f)	[DW_##w] = { { #w }, c, v, f, DW_##w },
#include "words.def"
#undef DW
};

/* The longest word the lexicon knows must fit a token's low[]. */
#define DW(w, c, v, f)	_Static_assert(sizeof(#w) <= TOK_LOW_MAX, \
	"words.def: \"" #w "\" is longer than a token keeps");
#include "words.def"
#undef DW

/*
 * The lexicon as an open-addressing hash table of its 128-bit keys,
 * holding the words' entries (below; 0: empty), built by
 * dates_lexicon_new() (from extract_new()) and only read after: the
 * scanner looks up every word of the body, most of them absent, and a
 * multiply and a probe or two cost a fraction of a binary search.  An eighth full at most: the scanner's
 * first probe does not branch on its outcome (scan_to()), and only a
 * miss whose slot holds another word, one in eight or fewer (569 words
 * in 8,192 slots: one in fourteen), takes the branch that probes on,
 * which the processor mispredicts (a quarter full, 4,096 slots, cost
 * 66,000 more mispredictions over the dev sets).
 */
#define LEX_HASH_BITS	13
#define LEX_SLOTS	(1u << LEX_HASH_BITS)
_Static_assert((DW_COUNT - 1) * 8 <= LEX_SLOTS,
    "the lexicon outgrew its hash table: raise LEX_HASH_BITS");

/*
 * A slot holds a word's entry as the byte offset of its key in the
 * lexicon's copy of the keys (struct dates_lexicon's key[], by id: the
 * id times 16), and in bit 0, which an offset leaves free, whether the
 * word can open a rule (its rule set is not empty): the scanner compares
 * the key at that offset from the same base as the slots (no register
 * for dt_words[] in its loop, no scaling of an id), marks a token as
 * opening from the slot it already loaded, with no load of the word's
 * rule set, and takes the id as the offset shifted.  Empty: 0, DW_NONE's
 * offset, whose key (all zeros) is no word's.
 */
#define SLOT_SHIFT	4
#define SLOT_OPENS	0x1u
_Static_assert(sizeof(union wkey) == 1u << SLOT_SHIFT,
    "a slot holds an offset in key[]: a key must be 16 bytes");
_Static_assert((DW_COUNT - 1) << SLOT_SHIFT <= UINT16_MAX,
    "the offsets of the words must fit a slot");

/* A slot's word id. */
static inline unsigned
slot_id(unsigned v)
{
	return v >> SLOT_SHIFT;
}

struct dates_lexicon {
	/* a word's offset in key[] | SLOT_OPENS when it opens a rule; 0:
	 * empty */
	uint16_t	 slot[LEX_SLOTS];
	/* every word's key by id, dt_words[]' (DW_NONE's all zero);
	 * aligned, so that the scanner's compare reads it in place */
	_Alignas(16) union wkey key[DW_COUNT];
	/* the rules each word can open (dates.c's table; bit r: rule r);
	 * none for DW_NONE and F_CTX words, and a word with none has no
	 * SLOT_OPENS bit and is not marked as opening (scan_to()): run()
	 * would find no rule there */
	uint32_t	 rules[DW_COUNT];
	/* the rules that can open on "the" and on a number before each
	 * word, a number or a mark (dt_rules_before()) */
	uint32_t	 next[NEXT_OF_COUNT][NEXT_SLOTS];
};

static const struct tok tok_none;

/* A slot's word's key. */
static inline const uint64_t *
slot_key(const struct dates_lexicon *lx, unsigned v)
{
	return (const uint64_t *)(const void *)((const char *)lx->key +
	    (v & ~((1u << SLOT_SHIFT) - 1)));
}

/*
 * A key's slot: its first eight letters by Fibonacci hashing (the top
 * bits of a multiply by 2^64 over the golden ratio).  Words that share
 * those eight letters share a probe sequence; few listed words are
 * longer, and every probe compares the whole key.
 */
static inline size_t
lex_hash(const uint64_t *key)
{
	return (size_t)((key[0] * UINT64_C(0x9e3779b97f4a7c15)) >>
	    (64 - LEX_HASH_BITS));
}

/* The sets of dt_rules_before() of one opener, by next token. */
static void
next_sets(uint32_t set[NEXT_SLOTS], enum next_of of)
{
	/* the marks past ASCII stand for NEXT_OTHER, with the text's end */
	static const uint32_t other[] = { 0x201c, 0x201d, 0x2014, 0xa3,
	    0x20ac };
	struct tok t;
	size_t k;

	for (k = 0; k < DW_COUNT; k++) {
		t = tok_none;
		t.kind = TK_WORD;
		t.wid = (uint16_t)k;
		memcpy(t.low, dt_words[k].w.low, sizeof(t.low));
		set[k] = dt_rules_before(of, &t);
	}
	t = tok_none;
	t.kind = TK_NUM;
	t.ndig = 1;
	set[NEXT_NUM] = dt_rules_before(of, &t);
	for (k = 0; k < 128; k++) {
		t = tok_none;
		t.kind = TK_PUNCT;
		t.ch = (uint32_t)k;
		set[NEXT_MARK + k] = dt_rules_before(of, &t);
	}
	set[NEXT_OTHER] = dt_rules_before(of, &tok_none);
	for (k = 0; k < sizeof(other) / sizeof(other[0]); k++) {
		t = tok_none;
		t.kind = TK_PUNCT;
		t.ch = other[k];
		set[NEXT_OTHER] |= dt_rules_before(of, &t);
	}
}

struct dates_lexicon *
dates_lexicon_new(void)
{
	struct dates_lexicon *lx;
	size_t k, h;
	int of;

	if ((lx = calloc(1, sizeof(*lx))) == NULL)
		return NULL;
	for (k = 0; k < DW_COUNT; k++)
		lx->key[k] = dt_words[k].w;
	for (k = 1; k < DW_COUNT; k++) {
		h = lex_hash(dt_words[k].w.key);
		while (lx->slot[h] != DW_NONE)
			h = (h + 1) & (LEX_SLOTS - 1);
		/* a context word opens nothing: the gate skips it */
		lx->rules[k] = (dt_words[k].flags & F_CTX) ? 0 :
		    dt_rules_opened_by(&dt_words[k]);
		lx->slot[h] = (uint16_t)(k << SLOT_SHIFT |
		    (lx->rules[k] != 0 ? SLOT_OPENS : 0));
	}
	for (of = 0; of < NEXT_OF_COUNT; of++)
		next_sets(lx->next[of], (enum next_of)of);
	return lx;
}

void
dates_lexicon_destroy(struct dates_lexicon **lxp)
{
	if (lxp == NULL || *lxp == NULL)
		return;
	free(*lxp);
	*lxp = NULL;
}

const uint32_t *
dt_lexicon_rules(const struct dates_lexicon *lx)
{
	return lx->rules;
}

const uint32_t *
dt_lexicon_next(const struct dates_lexicon *lx, enum next_of of)
{
	return lx->next[of];
}

void
dt_lexicon_unfiltered(struct dates_lexicon *lx)
{
	size_t of, k;

	for (of = 0; of < NEXT_OF_COUNT; of++)
		for (k = 0; k < NEXT_SLOTS; k++)
			lx->next[of][k] = ~UINT32_C(0);
}

/* Are two keys the same word?  (With SSE2 one compare of the 16 bytes,
 * which leaves the scanner's general registers free.) */
static inline int
key_eq(const uint64_t *a, const uint64_t *b)
{
#if defined(__SSE2__)
	return _mm_movemask_epi8(_mm_cmpeq_epi8(
	    _mm_loadu_si128((const __m128i *)(const void *)a),
	    _mm_loadu_si128((const __m128i *)(const void *)b))) == 0xffff;
#else
	return a[0] == b[0] && a[1] == b[1];
#endif
}

/*
 * The rest of a lookup whose first probe, at slot h, held another word:
 * the slot of the word with this key further on (its entry's offset and
 * opens bit), or 0.
 */
static __attribute__((noinline)) unsigned
lex_probe_on(const struct dates_lexicon *lx, const uint64_t *key, size_t h)
{
	unsigned v;

	for (;;) {
		h = (h + 1) & (LEX_SLOTS - 1);
		if ((v = lx->slot[h]) == DW_NONE ||
		    key_eq(slot_key(lx, v), key))
			return v;
	}
}

/* 1 when two keys are the same word, else 0, as a value: computed with
 * no branch, for a lookup whose hit or miss is at random in text.  a is
 * the lexicon's key (aligned: the compare reads it in place). */
static inline unsigned
key_eq01(const uint64_t *a, const uint64_t *b)
{
#if defined(__SSE2__)
	/* the mask is 0xffff only when all 16 bytes are equal */
	return ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
	    _mm_load_si128((const __m128i *)(const void *)a),
	    _mm_loadu_si128((const __m128i *)(const void *)b))) + 1) >> 16;
#else
	return ((a[0] ^ b[0]) | (a[1] ^ b[1])) == 0;
#endif
}

/* The slot of the word with this key (its entry's offset and opens
 * bit), or 0. */
static inline unsigned
lex_find(const struct dates_lexicon *lx, const uint64_t *key)
{
	unsigned v;
	size_t h = lex_hash(key);

	while ((v = lx->slot[h]) != DW_NONE) {
		if (key_eq(slot_key(lx, v), key))
			return v;
		h = (h + 1) & (LEX_SLOTS - 1);
	}
	return DW_NONE;
}

/*
 * Character classes past ASCII are text.c's, with one difference on
 * purpose: U+200B ZERO WIDTH SPACE separates tokens here (scraped copy
 * puts it between a month and its day), where text.c, following
 * Unicode's White_Space, reads it as neither space nor letter.
 */
static int
is_space_cp(uint32_t c)
{
	return text_is_space(c) || c == 0x200b;
}

/* Fold the typographic variants the grammar treats alike. */
static uint32_t
fold_punct(uint32_t c)
{
	switch (c) {
	case 0x2018: case 0x2019: case 0x2032:
		return '\'';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013:
		return '-';
	default:
		return c;
	}
}

/*
 * Byte classes of ASCII for the scanner's fast path; a byte >= 0x80
 * starts a multi-byte character that takes the slow path through
 * utf8_next() and the code point predicates.
 */
enum { B_PUNCT, B_SPACE, B_DIGIT, B_UPPER, B_LOWER, B_HIGH };

static const uint8_t byte_class[256] = {
	['\t'] = B_SPACE, ['\n'] = B_SPACE, ['\v'] = B_SPACE,
	['\f'] = B_SPACE, ['\r'] = B_SPACE, [' '] = B_SPACE,
	['0'] = B_DIGIT, ['1'] = B_DIGIT, ['2'] = B_DIGIT, ['3'] = B_DIGIT,
	['4'] = B_DIGIT, ['5'] = B_DIGIT, ['6'] = B_DIGIT, ['7'] = B_DIGIT,
	['8'] = B_DIGIT, ['9'] = B_DIGIT,
	['A'] = B_UPPER, ['B'] = B_UPPER, ['C'] = B_UPPER, ['D'] = B_UPPER,
	['E'] = B_UPPER, ['F'] = B_UPPER, ['G'] = B_UPPER, ['H'] = B_UPPER,
	['I'] = B_UPPER, ['J'] = B_UPPER, ['K'] = B_UPPER, ['L'] = B_UPPER,
	['M'] = B_UPPER, ['N'] = B_UPPER, ['O'] = B_UPPER, ['P'] = B_UPPER,
	['Q'] = B_UPPER, ['R'] = B_UPPER, ['S'] = B_UPPER, ['T'] = B_UPPER,
	['U'] = B_UPPER, ['V'] = B_UPPER, ['W'] = B_UPPER, ['X'] = B_UPPER,
	['Y'] = B_UPPER, ['Z'] = B_UPPER,
	['a'] = B_LOWER, ['b'] = B_LOWER, ['c'] = B_LOWER, ['d'] = B_LOWER,
	['e'] = B_LOWER, ['f'] = B_LOWER, ['g'] = B_LOWER, ['h'] = B_LOWER,
	['i'] = B_LOWER, ['j'] = B_LOWER, ['k'] = B_LOWER, ['l'] = B_LOWER,
	['m'] = B_LOWER, ['n'] = B_LOWER, ['o'] = B_LOWER, ['p'] = B_LOWER,
	['q'] = B_LOWER, ['r'] = B_LOWER, ['s'] = B_LOWER, ['t'] = B_LOWER,
	['u'] = B_LOWER, ['v'] = B_LOWER, ['w'] = B_LOWER, ['x'] = B_LOWER,
	['y'] = B_LOWER, ['z'] = B_LOWER,
	[0x80] = B_HIGH, [0x81] = B_HIGH, [0x82] = B_HIGH, [0x83] = B_HIGH,
	[0x84] = B_HIGH, [0x85] = B_HIGH, [0x86] = B_HIGH, [0x87] = B_HIGH,
	[0x88] = B_HIGH, [0x89] = B_HIGH, [0x8a] = B_HIGH, [0x8b] = B_HIGH,
	[0x8c] = B_HIGH, [0x8d] = B_HIGH, [0x8e] = B_HIGH, [0x8f] = B_HIGH,
	[0x90] = B_HIGH, [0x91] = B_HIGH, [0x92] = B_HIGH, [0x93] = B_HIGH,
	[0x94] = B_HIGH, [0x95] = B_HIGH, [0x96] = B_HIGH, [0x97] = B_HIGH,
	[0x98] = B_HIGH, [0x99] = B_HIGH, [0x9a] = B_HIGH, [0x9b] = B_HIGH,
	[0x9c] = B_HIGH, [0x9d] = B_HIGH, [0x9e] = B_HIGH, [0x9f] = B_HIGH,
	[0xa0] = B_HIGH, [0xa1] = B_HIGH, [0xa2] = B_HIGH, [0xa3] = B_HIGH,
	[0xa4] = B_HIGH, [0xa5] = B_HIGH, [0xa6] = B_HIGH, [0xa7] = B_HIGH,
	[0xa8] = B_HIGH, [0xa9] = B_HIGH, [0xaa] = B_HIGH, [0xab] = B_HIGH,
	[0xac] = B_HIGH, [0xad] = B_HIGH, [0xae] = B_HIGH, [0xaf] = B_HIGH,
	[0xb0] = B_HIGH, [0xb1] = B_HIGH, [0xb2] = B_HIGH, [0xb3] = B_HIGH,
	[0xb4] = B_HIGH, [0xb5] = B_HIGH, [0xb6] = B_HIGH, [0xb7] = B_HIGH,
	[0xb8] = B_HIGH, [0xb9] = B_HIGH, [0xba] = B_HIGH, [0xbb] = B_HIGH,
	[0xbc] = B_HIGH, [0xbd] = B_HIGH, [0xbe] = B_HIGH, [0xbf] = B_HIGH,
	[0xc0] = B_HIGH, [0xc1] = B_HIGH, [0xc2] = B_HIGH, [0xc3] = B_HIGH,
	[0xc4] = B_HIGH, [0xc5] = B_HIGH, [0xc6] = B_HIGH, [0xc7] = B_HIGH,
	[0xc8] = B_HIGH, [0xc9] = B_HIGH, [0xca] = B_HIGH, [0xcb] = B_HIGH,
	[0xcc] = B_HIGH, [0xcd] = B_HIGH, [0xce] = B_HIGH, [0xcf] = B_HIGH,
	[0xd0] = B_HIGH, [0xd1] = B_HIGH, [0xd2] = B_HIGH, [0xd3] = B_HIGH,
	[0xd4] = B_HIGH, [0xd5] = B_HIGH, [0xd6] = B_HIGH, [0xd7] = B_HIGH,
	[0xd8] = B_HIGH, [0xd9] = B_HIGH, [0xda] = B_HIGH, [0xdb] = B_HIGH,
	[0xdc] = B_HIGH, [0xdd] = B_HIGH, [0xde] = B_HIGH, [0xdf] = B_HIGH,
	[0xe0] = B_HIGH, [0xe1] = B_HIGH, [0xe2] = B_HIGH, [0xe3] = B_HIGH,
	[0xe4] = B_HIGH, [0xe5] = B_HIGH, [0xe6] = B_HIGH, [0xe7] = B_HIGH,
	[0xe8] = B_HIGH, [0xe9] = B_HIGH, [0xea] = B_HIGH, [0xeb] = B_HIGH,
	[0xec] = B_HIGH, [0xed] = B_HIGH, [0xee] = B_HIGH, [0xef] = B_HIGH,
	[0xf0] = B_HIGH, [0xf1] = B_HIGH, [0xf2] = B_HIGH, [0xf3] = B_HIGH,
	[0xf4] = B_HIGH, [0xf5] = B_HIGH, [0xf6] = B_HIGH, [0xf7] = B_HIGH,
	[0xf8] = B_HIGH, [0xf9] = B_HIGH, [0xfa] = B_HIGH, [0xfb] = B_HIGH,
	[0xfc] = B_HIGH, [0xfd] = B_HIGH, [0xfe] = B_HIGH, [0xff] = B_HIGH,
};

/* The lower-case form of an ASCII letter; 0 for every other byte. */
#define LOW2(x)	[x] = (x) | 0x20, [(x) | 0x20] = (x) | 0x20
static const char lower_of[256] = {
	LOW2('A'), LOW2('B'), LOW2('C'), LOW2('D'), LOW2('E'), LOW2('F'),
	LOW2('G'), LOW2('H'), LOW2('I'), LOW2('J'), LOW2('K'), LOW2('L'),
	LOW2('M'), LOW2('N'), LOW2('O'), LOW2('P'), LOW2('Q'), LOW2('R'),
	LOW2('S'), LOW2('T'), LOW2('U'), LOW2('V'), LOW2('W'), LOW2('X'),
	LOW2('Y'), LOW2('Z'),
};
#undef LOW2

/*
 * The code point at p and the position after it: one table load for
 * ASCII, utf8_next() for the rest.  *cls is the byte class for ASCII, or
 * B_HIGH.
 */
static inline uint32_t
scan_cp(const char *s, size_t len, size_t p, size_t *q, int *cls)
{
	unsigned char b = (unsigned char)s[p];

	*cls = byte_class[b];
	if (*cls != B_HIGH) {
		*q = p + 1;
		return b;
	}
	*q = p;
	return utf8_next(s, len, q);
}

/*
 * The run of ASCII letters from b (up to e): its length; each letter
 * lower-cased into low[] from position n on, wrapping past the end (a
 * word that long is cleared by the caller).  Out of line, so that its
 * loop keeps its pointers in registers: inlined in scan_one() they were
 * spilled, at twice the instructions per letter.
 */
static __attribute__((noinline)) size_t
letter_run(const unsigned char *b, const unsigned char *e, char *low,
    int n)
{
	const unsigned char *x = b;
	char l;

	while (x < e && (l = lower_of[*x]) != 0) {
		low[(unsigned)n++ & (TOK_LOW_MAX - 1)] = l;
		x++;
	}
	return (size_t)(x - b);
}

#if !defined(__SSE2__)		/* only the SWAR word8() uses it (clang
				 * warns of an unused static inline) */
/*
 * The bytes of x that are ASCII letters, as their high bit (SWAR: eight
 * bytes at once; each byte's sums stay below 0x100, so none carries).
 */
static inline uint64_t
letters8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
	uint64_t y = (x | ones * 0x20) & ones * 0x7f;

	return (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) &
	    ~x & high;
}
#endif

/*
 * Is the character at s (three readable bytes) one of U+2010..U+201F,
 * the dashes and curly quotation marks (E2 80 90..9F)?  No letter, no
 * space: a mark of its own, the commonest past ASCII in news.
 */
static inline int
dash_or_quote(const unsigned char *s)
{
	return s[0] == 0xe2 && s[1] == 0x80 && (s[2] & 0xf0) == 0x90;
}

#if !defined(__SSE2__)		/* only the SWAR word8() uses it (clang
				 * warns of an unused static inline) */
/* Does an ASCII word end before s: at an ASCII byte, or at a dash or a
 * curly quote (three readable bytes)?  Another character past ASCII may
 * be a letter of another script that goes on the word. */
static inline int
word_ends_at(const char *s)
{
	return (unsigned char)s[0] < 0x80 ||
	    dash_or_quote((const unsigned char *)s);
}
#endif

/* The bytes word8() may read: 16 at once, and a dash or quote that may
 * follow a 15th letter. */
#define WORD_READ	18

/*
 * The most bytes one token of scan_to()'s loop takes, its space
 * included: a word of 15 letters or a number of 15 digits after one
 * space (a mark takes 1 or 3).  Token k of a batch from p starts before
 * p + k * FAST_TOK_MAX, so a batch that keeps that before fast_end
 * needs no test of p at each token.
 */
#define FAST_TOK_MAX	16

/*
 * The ASCII word at s (WORD_READ readable bytes): its length 1..15 with
 * its lower-case letters in key[] (zero-padded, the lexicon's form), or
 * 0 when s opens no ASCII letter, or the word is longer, or a character
 * follows it that may go on it (word_ends_at(): the byte-wise path
 * decides).
 */
static inline int
word8(const char *s, uint64_t key[2])
#if defined(__SSE2__)
{
	/*
	 * The same in one 16-byte register (SSE2, in every x86-64): a byte
	 * is a letter when, lowered, it less 'a' is below 26, which as a
	 * signed comparison is (b - 'a' - 128) < 26 - 128; the word's length
	 * is the first byte that is not, and the key the lowered bytes
	 * before it, kept by a mask loaded from n bytes before the end of
	 * sixteen 0xff.  Fewer instructions than the eight-byte SWAR
	 * (docs/extraction.md, speed notes).
	 */
	static const unsigned char keep[32] = {
	    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i low = _mm_or_si128(x, _mm_set1_epi8(0x20));
	__m128i d = _mm_sub_epi8(low, _mm_set1_epi8((char)('a' + 128)));
	unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(d,
	    _mm_set1_epi8((char)(26 - 128))));
	/* the first byte that is no letter, 16 when all are */
	int n = __builtin_ctz(~m);

	/* the bytes past ASCII, by their top bit (the 0x20 leaves it) */
	unsigned high = (unsigned)_mm_movemask_epi8(low);

	if (n == 0 || n == 16 || ((high >> n & 1) &&
	    !dash_or_quote((const unsigned char *)s + n)))
		return 0;
	_mm_storeu_si128((__m128i *)(void *)key, _mm_and_si128(low,
	    _mm_loadu_si128((const __m128i *)(const void *)(keep + 16 - n))));
	return n;
}
#else
{
	const uint64_t ones = 0x0101010101010101u;
	uint64_t w0, w1, m0, m1;
	int n;

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
	return 0;	/* the masks below take the first byte as the lowest */
#endif
	memcpy(&w0, s, 8);
	memcpy(&w1, s + 8, 8);
	m0 = ~letters8(w0) & ones * 0x80;
	if (m0 != 0) {
		n = __builtin_ctzll(m0) / 8;
		if (!word_ends_at(s + n))
			return 0;
		key[0] = (w0 | ones * 0x20) & ((UINT64_C(1) << (8 * n)) - 1);
		key[1] = 0;
		return n;
	}
	m1 = ~letters8(w1) & ones * 0x80;
	if (m1 == 0)
		return 0;
	n = __builtin_ctzll(m1) / 8;
	if (!word_ends_at(s + 8 + n))
		return 0;
	key[0] = w0 | ones * 0x20;
	key[1] = n == 0 ? 0 :
	    (w1 | ones * 0x20) & ((UINT64_C(1) << (8 * n)) - 1);
	return 8 + n;
}
#endif

/*
 * One token from p by the general path (scan_to() takes the common
 * ones itself): the gap before it with every kind of space, then a word
 * of any letters, a number or a mark, into *t.  *pp and *parap move on;
 * sp: whitespace (or the text's start) before p.  Returns whether the
 * token can open a rule, or -1 when the text ends first.
 */
static inline __attribute__((always_inline)) int
general_token(const struct scan *sc, size_t *pp, size_t *parap, int sp,
    struct tok *t, int reference)
{
	const char *s = sc->s;
	const unsigned char *u = (const unsigned char *)s;
	const size_t len = sc->len;
	size_t p = *pp, q, k;
	uint32_t c;
	unsigned id;
	int cls, m, ascii, open = 0;

	for (;;) {
		if (p >= len) {
			*pp = p;
			return -1;
		}
		c = scan_cp(s, len, p, &q, &cls);
		if (cls == B_SPACE || (cls == B_HIGH && is_space_cp(c))) {
			sp = 1;
			*parap += c == '\n' || (cls == B_HIGH &&
			    text_is_newline(c));
			p = q;
			continue;
		}
		break;
	}
	t->start = (uint32_t)p;
	t->sp = (uint8_t)sp;
	t->para = (uint16_t)*parap;
	t->cap = cls == B_UPPER;
	t->ndig = 0;
	t->ch = 0;
	t->num = 0;
	t->wid = 0;
	t->key[0] = t->key[1] = 0;
	if ((cls == B_UPPER || cls == B_LOWER) && !reference &&
	    p + WORD_READ <= len && (m = word8(s + p, t->key)) > 0) {
		t->kind = TK_WORD;
		p += (size_t)m;
		if ((id = lex_find(sc->lex, t->key)) != 0) {
			t->wid = (uint16_t)slot_id(id);
			open = (id & SLOT_OPENS) != 0;
		}
	} else if (cls == B_DIGIT) {
		int64_t x = 0;

		m = 0;
		while (p < len && s[p] >= '0' && s[p] <= '9') {
			if (m < NUM_DIGITS_MAX)
				x = x * 10 + (s[p] - '0');
			m++;
			p++;
		}
		t->kind = TK_NUM;
		t->ndig = (uint8_t)(m > 255 ? 255 : m);
		t->num = m <= NUM_DIGITS_MAX ? (int32_t)x : -1;
		open = 1;
	} else if (cls == B_UPPER || cls == B_LOWER ||
	    (cls == B_HIGH && text_is_letter(c))) {
		ascii = 1;
		m = 0;
		t->kind = TK_WORD;
		for (;;) {
			/* the ASCII letters, one table load each; a longer
			 * word wraps in low[] but is cleared below */
			k = letter_run(u + p, u + len, t->low, m);
			m += (int)k;
			p += k;
			if (p >= len || byte_class[u[p]] != B_HIGH)
				break;
			c = scan_cp(s, len, p, &q, &cls);
			if (!text_is_letter(c))
				break;
			ascii = 0;
			m++;
			p = q;
		}
		if (!ascii || m >= TOK_LOW_MAX)
			memset(t->low, 0, sizeof(t->low));
		else if (t->low[0] != '\0' &&
		    (id = lex_find(sc->lex, t->key)) != 0) {
			t->wid = (uint16_t)slot_id(id);
			open = (id & SLOT_OPENS) != 0;
		}
	} else {
		t->kind = TK_PUNCT;
		t->ch = fold_punct(c);
		open = t->ch == '\'';
		p = q;
	}
	t->end = (uint32_t)p;
	*pp = p;
	return open;
}

static __attribute__((noinline)) int
scan_general(const struct scan *sc, size_t *pp, size_t *parap, int sp,
    struct tok *t)
{
	return general_token(sc, pp, parap, sp, t, 0);
}

/* The tests' reference (dt_scan_tokens()): the general path reading
 * every word letter by letter, with none of word8()'s shortcuts, which
 * the fast loop shares. */
static __attribute__((noinline)) int
scan_reference(const struct scan *sc, size_t *pp, size_t *parap, int sp,
    struct tok *t)
{
	return general_token(sc, pp, parap, sp, t, 1);
}

/*
 * A token's first 24 bytes as three 64-bit words, in struct tok's order:
 * span (start, end), form (kind, sp, cap, ndig, ch) and tail (num, wid,
 * para), so the fast path writes a token in five stores instead of a
 * dozen.
 */
_Static_assert(offsetof(struct tok, end) == 4 &&
    offsetof(struct tok, kind) == 8 && offsetof(struct tok, sp) == 9 &&
    offsetof(struct tok, cap) == 10 && offsetof(struct tok, ndig) == 11 &&
    offsetof(struct tok, ch) == 12 && offsetof(struct tok, num) == 16 &&
    offsetof(struct tok, wid) == 20 && offsetof(struct tok, para) == 22,
    "tok_put() writes struct tok's fields in this order");

static inline void
tok_put(struct tok *t, uint64_t span, uint64_t form, uint64_t tail)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy((char *)t, &span, 8);
	memcpy((char *)t + 8, &form, 8);
	memcpy((char *)t + 16, &tail, 8);
#else
	t->start = (uint32_t)span;
	t->end = (uint32_t)(span >> 32);
	t->kind = (uint8_t)form;
	t->sp = (uint8_t)(form >> 8);
	t->cap = (uint8_t)(form >> 16);
	t->ndig = (uint8_t)(form >> 24);
	t->ch = (uint32_t)(form >> 32);
	t->num = (int32_t)(uint32_t)tail;
	t->wid = (uint16_t)(tail >> 32);
	t->para = (uint16_t)(tail >> 48);
#endif
}

/* tok_put()'s second word alone (the word path stores the span as
 * two 32-bit halves, which takes fewer instructions than building it). */
static inline void
tok_put_form(struct tok *t, uint64_t form)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy((char *)t + 8, &form, 8);
#else
	t->kind = (uint8_t)form;
	t->sp = (uint8_t)(form >> 8);
	t->cap = (uint8_t)(form >> 16);
	t->ndig = (uint8_t)(form >> 24);
	t->ch = (uint32_t)(form >> 32);
#endif
}

/* A token's wid and para in one store: wid in the low half, para in
 * the high (para16: para already there). */
static inline void
tok_put_wid_para(struct tok *t, uint32_t wp)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy((char *)t + 20, &wp, 4);
#else
	t->wid = (uint16_t)wp;
	t->para = (uint16_t)(wp >> 16);
#endif
}

/* tok_put()'s third word alone. */
static inline void
tok_put_tail(struct tok *t, uint64_t tail)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy((char *)t + 16, &tail, 8);
#else
	t->num = (int32_t)(uint32_t)tail;
	t->wid = (uint16_t)(tail >> 32);
	t->para = (uint16_t)(tail >> 48);
#endif
}

#define TOK_SPAN(start, end)	((uint64_t)(start) | (uint64_t)(end) << 32)
#define TOK_FORM(kind, sp, cap, ch) \
	((uint64_t)(kind) | (uint64_t)(sp) << 8 | (uint64_t)(cap) << 16 | \
	(uint64_t)(ch) << 32)
#define TOK_TAIL(wid, para48)	((uint64_t)(wid) << 32 | (para48))

/* The form of a word by its first letter: TK_WORD, and cap for the
 * upper-case letters (one load; the fast loop ORs sp in). */
#define UP(x)	[x] = TOK_FORM(TK_WORD, 0, 1, 0)
static const uint32_t word_form[256] = {
	UP('A'), UP('B'), UP('C'), UP('D'), UP('E'), UP('F'), UP('G'),
	UP('H'), UP('I'), UP('J'), UP('K'), UP('L'), UP('M'), UP('N'),
	UP('O'), UP('P'), UP('Q'), UP('R'), UP('S'), UP('T'), UP('U'),
	UP('V'), UP('W'), UP('X'), UP('Y'), UP('Z'),
#undef UP
#define LO(x)	[x] = TK_WORD
	LO('a'), LO('b'), LO('c'), LO('d'), LO('e'), LO('f'), LO('g'),
	LO('h'), LO('i'), LO('j'), LO('k'), LO('l'), LO('m'), LO('n'),
	LO('o'), LO('p'), LO('q'), LO('r'), LO('s'), LO('t'), LO('u'),
	LO('v'), LO('w'), LO('x'), LO('y'), LO('z'),
#undef LO
};

/*
 * The ASCII spaces from p on (up to end): the position after them, with
 * their line breaks added to *para, as general_token() counts them.
 */
static __attribute__((noinline)) size_t
skip_gap(const unsigned char *u, size_t p, size_t end, size_t *para)
{
	size_t nl = 0;

	for (; p < end && byte_class[u[p]] == B_SPACE; p++)
		nl += u[p] == '\n';
	*para += nl;
	return p;
}

/*
 * Scan tokens into the ring until token `want` is scanned or the text
 * ends.  The common tokens, an ASCII word of up to 15 letters or an
 * ASCII mark after at most one space, 17 bytes or more from the end,
 * take this loop, with its state in registers; the rest (the text's
 * first token, other spaces, numbers, bytes past ASCII, the text's
 * tail) scan_general(), out of line, so that its code does not crowd
 * this loop's registers.
 */
static void
scan_to(struct scan *sc, size_t want)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	/* p < fast_end: a space and WORD_READ bytes can be read at p */
	const size_t fast_end = sc->len > WORD_READ ? sc->len - WORD_READ :
	    0;
	const struct dates_lexicon *lx = sc->lex;
	struct tok *ring = sc->ring, *t;
	size_t p = sc->pos, n = sc->n, para = sc->para, gp, gpara;
	/* para where struct tok's tail has it */
	uint64_t para48 = (uint64_t)(uint16_t)para << 48;
	uint32_t para16 = (uint32_t)(uint16_t)para << 16;
	uint64_t opens = sc->opens;
	unsigned id, b;
	/* as wide as p, which it moves on: as an unsigned gcc set it
	 * twice at every token, once to widen for p */
	size_t sp;
	size_t h;
	int gap = 0;
	int m, open;
	unsigned v;

	/* the ring slots this batch fills lose their bits first, so each
	 * token only ORs its own in */
	if (want >= n) {
		uint64_t m0 = want - n + 1 >= OPENS_BITS ? ~UINT64_C(0) :
		    (UINT64_C(1) << (want - n + 1)) - 1;
		unsigned r = (unsigned)(n % OPENS_BITS);

		opens &= ~((m0 << r) | (m0 >> ((OPENS_BITS - r) %
		    OPENS_BITS)));
	}
	while (n <= want) {
		/* the text's start, or a gap skip_gap() took: a space
		 * before */
		sp = p == 0 || gap;
		if (p != 0 && p < fast_end) {
			/*
			 * The fast loop, with no call in it, so that its state
			 * and constants stay in registers: token after token
			 * until one is not an ASCII word or mark after at most
			 * one space (then sp and p say what it took of the gap),
			 * or the ring's end, token want or the last token sure
			 * to start before fast_end (room) is reached (stop: one
			 * bound for the three, so the loop tests neither the
			 * ring's wrap nor p at every token).
			 */
			size_t stop = n + (RING - n % RING);
			/* tokens k of the batch start before p + k *
			 * FAST_TOK_MAX; the first at p, before fast_end */
			size_t room = n + 1 + (fast_end - p - 1) /
			    FAST_TOK_MAX;

			if (stop > want + 1)
				stop = want + 1;
			if (stop > room)
				stop = room;
			size_t n0 = n;

			t = &ring[n % RING];
			for (;;) {
				sp = u[p] == ' ';
				p += sp;
				if ((m = word8((const char *)u + p,
				    t->key)) > 0) {
					/* an ASCII word of 1..15 letters */
					/*
					 * The first probe without a branch on
					 * its outcome: an empty slot holds
					 * DW_NONE's offset, whose key (all
					 * zeros) is no word's, so a miss
					 * compares unequal like another word;
					 * the multiply by the key test keeps
					 * the slot on a hit and clears it on a
					 * miss, and only when that changed it,
					 * a miss on another word
					 * (LEX_HASH_BITS), does the lookup
					 * probe on.
					 * The hit or miss is at random in
					 * text: as a branch it was mispredicted
					 * at one word in two.
					 */
					h = lex_hash(t->key);
					v = lx->slot[h];
					/* v on a hit, 0 on a miss */
					id = v * key_eq01(slot_key(lx, v),
					    t->key);
					if (__builtin_expect(id != v, 0))
						id = lex_probe_on(lx, t->key,
						    h);
					t->start = (uint32_t)p;
					t->end = (uint32_t)(p + (size_t)m);
					tok_put_form(t, word_form[u[p]] |
					    TOK_FORM(0, sp, 0, 0));
					t->num = 0;
					tok_put_wid_para(t, slot_id(id) |
					    para16);
					p += (size_t)m;
					opens |= (uint64_t)(id & SLOT_OPENS) <<
					    (n % OPENS_BITS);
				} else if (byte_class[b = u[p]] == B_PUNCT) {
					/* an ASCII mark: folding leaves it
					 * alone */
					t->start = (uint32_t)p;
					t->end = (uint32_t)(p + 1);
					tok_put_form(t,
					    TOK_FORM(TK_PUNCT, sp, 0, b));
					tok_put_tail(t, TOK_TAIL(DW_NONE,
					    para48));
					t->key[0] = t->key[1] = 0;
					p++;
					opens |= (uint64_t)(b == '\'') <<
					    (n % OPENS_BITS);
				} else if (dash_or_quote(u + p)) {
					/* U+2010..U+201F, folded */
					b = fold_punct(0x2000 | (u[p + 2] & 0x3f));
					tok_put(t, TOK_SPAN(p, p + 3),
					    TOK_FORM(TK_PUNCT, sp, 0, b),
					    TOK_TAIL(DW_NONE, para48));
					t->key[0] = t->key[1] = 0;
					p += 3;
					opens |= (uint64_t)(b == '\'') <<
					    (n % OPENS_BITS);
				} else if (b - '0' < 10) {
					/* a number of up to 15 digits */
					uint32_t x = 0;
					unsigned k;

					for (k = 0; k < 16 &&
					    (unsigned)(u[p + k] - '0') < 10; k++)
						if (k < NUM_DIGITS_MAX)
							x = x * 10 + (u[p + k] - '0');
					if (k == 16)
						break;
					tok_put(t, TOK_SPAN(p, p + k),
					    TOK_FORM(TK_NUM, sp, 0, 0) |
					    (uint64_t)k << 24,
					    TOK_TAIL(DW_NONE, para48) |
					    (k <= NUM_DIGITS_MAX ? x :
					    UINT32_C(0xffffffff)));
					t->key[0] = t->key[1] = 0;
					p += k;
					opens |= UINT64_C(1) << (n % OPENS_BITS);
				} else
					break;
				sp = 0;
				t++;
				if (++n >= stop)
					break;
			}
			/* after a gap the loop found no space before its first
			 * token: it has one (set here, not in the loop, whose
			 * registers a test there would crowd) */
			if (gap) {
				if (n > n0)
					ring[n0 % RING].sp = 1;
				else
					sp = 1;
				gap = 0;
			}
			if (n > want)
				break;
			if (n == stop)
				continue;	/* the ring's end: on from its start */
		}
		/*
		 * A gap of ASCII spaces other than one ' ' (the "\n\n" between
		 * paragraphs, some 21,000 over the dev bodies): skipped here,
		 * its line breaks counted, and the token after it taken by the
		 * fast loop, not by the general path.
		 */
		if (p < fast_end && byte_class[u[p]] == B_SPACE) {
			p = skip_gap(u, p, fast_end, &para);
			para48 = (uint64_t)(uint16_t)para << 48;
			para16 = (uint32_t)(uint16_t)para << 16;
			gap = 1;
			continue;
		}
		/* the general path, on copies so that p and para stay in
		 * registers */
		gap = 0;
		t = &ring[n % RING];
		gp = p;
		gpara = para;
		open = scan_general(sc, &gp, &gpara, (int)sp, t);
		p = gp;
		para = gpara;
		if (open < 0)
			break;
		para48 = (uint64_t)(uint16_t)para << 48;
		para16 = (uint32_t)(uint16_t)para << 16;
		opens |= (uint64_t)open << (n % OPENS_BITS);
		n++;
	}
	sc->pos = p;
	sc->n = n;
	sc->para = para;
	sc->opens = opens;
}

size_t
dt_scan_tokens(const struct dates_lexicon *lx, const char *s, size_t len,
    int general, struct tok *out, int *open, size_t max)
{
	struct scan sc;
	const struct tok *t;
	size_t k, p = 0, para = 0;
	int sp = 1, o;

	memset(&sc, 0, sizeof(sc));
	sc.s = s;
	sc.len = len;
	sc.lex = lx;
	for (k = 0; k < max; k++) {
		if (general) {
			memset(&out[k], 0, sizeof(out[k]));
			if ((o = scan_reference(&sc, &p, &para, sp,
			    &out[k])) < 0)
				break;
			open[k] = o;
			sp = 0;
			continue;
		}
		/* read in order, token k is always in the ring */
		if ((t = dt_tk_scan(&sc, (long)k))->kind == TK_NONE)
			break;
		out[k] = *t;
		open[k] = (int)(sc.opens >> (k % OPENS_BITS) & 1);
	}
	return k;
}

/*
 * tk()'s slow path: token i is not in the ring yet, or no longer.  It
 * scans TK_BATCH tokens past i at once, so the slow path is taken once
 * in so many tokens.
 */
const struct tok *
dt_tk_scan(struct scan *sc, long i)
{
	if (i < 0 || (size_t)i + RING <= sc->n)
		return &tok_none;
	if ((size_t)i + TK_BATCH >= sc->n)
		scan_to(sc, (size_t)i + TK_BATCH);
	return (size_t)i < sc->n ? &sc->ring[(size_t)i % RING] : &tok_none;
}

/*
 * The first token at or after i that can open a rule, from the ring's
 * opens bits (a rotate and a count of trailing zeros), scanning
 * OPEN_BATCH tokens at a time while none can: the run loop visits only
 * those tokens, about one in ten, instead of testing every one.
 * Returns the opens bits of the tokens scanned from it on (bit 0: that
 * token, *at), or 0 past the last (i >= 0).
 */
uint64_t
dt_tk_opens_next(struct scan *sc, long i, long *at)
{
	size_t a = (size_t)i;
	uint64_t m;
	int k;

	for (;;) {
		if (a >= sc->n) {
			scan_to(sc, a + OPEN_BATCH - 1);
			if (a >= sc->n)
				return 0;
		}
		if ((m = tk_opens_from(sc, a)) != 0) {
			k = __builtin_ctzll(m);
			*at = (long)(a + (size_t)k);
			return m >> k;
		}
		a = sc->n;
	}
}
