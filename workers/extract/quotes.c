/*
 * quotes.c — direct quotations and their speakers.
 *
 * Three stages in one left-to-right pass, linear in the body:
 *
 *  1. A mark scanner turns the body into quotation-mark tokens (straight,
 *     curly, guillemets, low-9, `` and '') with a direction hint from the
 *     characters around each mark, and paragraph breaks.
 *  2. A pairer with a two-level stack (a quote and one quote nested in it)
 *     turns tokens into spans.  A quote left open at a paragraph break
 *     continues only if the next paragraph opens with a mark (the
 *     multi-paragraph convention); otherwise it ends there.
 *  3. Each top-level span, once the next one is known, is attributed from
 *     the text between it and its neighbours (so every byte is read by at
 *     most two windows), classified direct or partial, and its speaker is
 *     resolved against the names seen so far in the article.
 *
 * Attribution follows news-writing conventions: the cue verb and its
 * subject sit right after the closing mark ("...," she said / said Smith)
 * or right before the opening one (Smith said, "...").  Unmarked speech
 * closed by ",—" before a cue (translated copy) joins the spans too.
 *
 * The words it knows (cues, titles, pronouns, organisation words...) are
 * data in quotes_lexicon.def, one sorted line each, found by bisection
 * among the words of the same first letter.
 *
 * Speed: every byte is read by the mark scanner and most by the name
 * scan, so both skip what cannot matter a block of bytes at a time (no
 * stop byte; no capital), and a lookup is refused by the word's first
 * letter and length, then by its second byte and length, before a search
 * among the words that share its first letter and second-byte group.
 * Output does not depend on it.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract.h"
#include "quotes_int.h"
#include "text.h"
#include "utf8.h"

/* --- limits --- */

/*
 * Bytes searched on each side of a quote for its attribution.  The longest
 * attribution clauses in wire copy ("said Geoff Garin, a Democratic
 * pollster working for Priorities USA, a super PAC supporting Hillary
 * Rodham Clinton") run to about 110 bytes; 320 leaves room for an
 * appositive and a time phrase.
 */
#define ATTR_WINDOW_MAX		320
/* Words of a nominal subject: "a first-page article in the paper". */
#define NOMINAL_WORDS_MAX	6
/* Words of an appositive between subject and cue: ", the president's
 * former special envoy to the Middle East," is 10. */
#define APPOSITIVE_WORDS_MAX	14
/* Words between a cue and the opening mark: "in an interview with
 * Breitbart News" is 6. */
#define CUE_TAIL_WORDS_MAX	7
/* Adverbs or auxiliaries between subject and cue: "has also said". */
#define ADVERBS_MAX		2
/* Words from "quoted" to "as saying": "quoted the message from Putin". */
#define QUOTED_AS_WORDS_MAX	8
/* Words of a person's name once titles are stripped: "Martin Luther King
 * Jr." is 4; longer capitalised runs are headlines or organisations. */
#define NAME_WORDS_MAX		4
/* Bytes of one name word; the longest surnames are about 35 bytes. */
#define NAME_WORD_BYTES_MAX	40
/* A lower-case quote of this many words right after its cue is a clause
 * of reported speech, not a fragment: "says "we worked hard to keep..."". */
#define CLAUSE_WORDS_MIN	10
/* Words allowed between a naming verb and its quote ("called it"): none,
 * measured on the dev set; 3 doubles the scare quotes taken as speech. */
#define NAMING_OBJECT_WORDS_MAX	0
/* A quote of this many words that starts with a capital is a statement. */
#define STATEMENT_WORDS_MIN	5
/* A paragraph of nothing but a phrase in single marks is a headline or a
 * subhead ('All Bets Are Off.', 'A change warrior.') up to this many
 * words; a headline is a clause or a noun phrase, rarely longer. */
#define SUBHEAD_WORDS_MAX	8
/* Bytes skipped looking for the next mark in ""A," and, "B"": a comma
 * and a space, or a no-break space (two bytes). */
#define MARK_PEEK_BYTES		3

/* --- the lexicon (quotes_lexicon.def) --- */


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
#define LEX_LETTERS		26

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
/* The same for the particles alone: names_scan_to asks of each word
 * after a name whether it is one ("Charles de Gaulle"). */
static const uint32_t lex_part_lens[1 + LEX_LETTERS] = {
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

/* Can the word be in the lexicon, by lens (lex_lens or lex_part_lens)? */
static inline int
lex_may_hold(const uint32_t *lens, const char *s, const struct text_word *w)
{
	size_t len = w->end - w->start;
	/* A-Z and a-z fold to a-z; no other byte does. */
	unsigned k = ((unsigned char)s[w->start] | 0x20) - 'a';

	return k < LEX_LETTERS && len - 1 < TEXT_LEX_WORD_MAX &&
	    ((lens[1 + k] >> (len - 1)) & 1);
}

uint32_t
quotes_lex_of(const char *s, const struct text_word *w)
{
	unsigned k = ((unsigned char)s[w->start] | 0x20) - 'a', b1, h, g;
	size_t len = w->end - w->start, lo, hi;

	if (!lex_may_hold(lex_lens, s, w))
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
static int
lex_is(const char *s, const struct text_word *w, uint32_t classes)
{
	return (quotes_lex_of(s, w) & classes) != 0;
}

/* --- quotation marks --- */

enum fam {
	FAM_DOUBLE,
	FAM_SINGLE,
};

/* Which way a glyph points by itself. */
enum pref {
	PREF_OPEN,
	PREF_CLOSE,
	PREF_EITHER,
};

/* Which way the characters around a mark say it points. */
enum ctx {
	CTX_NEUTRAL,
	CTX_OPEN,		/* space or opener before, text after */
	CTX_CLOSE,		/* text before, space or punctuation after */
};

enum glyph {
	G_NONE,
	G_DQ,			/* " */
	G_APOS2,		/* '' (wire and NYT style) */
	G_GRAVE2,		/* `` */
	G_LDQ,			/* “ ‟ */
	G_RDQ,			/* ” */
	G_LOW9,			/* „ */
	G_LAQ,			/* « */
	G_RAQ,			/* » */
	G_SQ,			/* ' */
	G_GRAVE1,		/* ` */
	G_LSQ,			/* ‘ ‛ */
	G_RSQ,			/* ’ */
	G_LOW9S,		/* ‚ */
	G_LSAQ,			/* ‹ */
	G_RSAQ,			/* › */
};

struct mark {
	size_t		 pos, len;
	enum glyph	 g;
	enum fam	 fam;
	enum pref	 pref;
	enum ctx	 ctx;
};

struct open_q {
	int		 on;
	size_t		 start, olen;
	enum glyph	 g;
	enum fam	 fam;
};

enum event {
	EV_END,
	EV_PARA,
	EV_MARK,
	EV_DASHQ,		/* ",—": unmarked direct speech ends here */
};

struct scan {
	const char	*s;
	size_t		 len, pos;
	size_t		 run_end;	/* end of a run of apostrophes */
	enum ctx	 run_ctx;
};

/* The glyph at pos and its length in bytes; apostrophe runs aside. */
static enum glyph
glyph_at(const char *s, size_t len, size_t pos, size_t *glen)
{
	unsigned char c = (unsigned char)s[pos], c1, c2;

	*glen = 1;
	if (c == '"')
		return G_DQ;
	if (c == '\'')
		return G_SQ;
	if (c == '`') {
		if (pos + 1 < len && s[pos + 1] == '`') {
			*glen = 2;
			return G_GRAVE2;
		}
		return G_GRAVE1;
	}
	if (c == 0xc2 && pos + 1 < len) {
		*glen = 2;
		c1 = (unsigned char)s[pos + 1];
		if (c1 == 0xab)
			return G_LAQ;
		if (c1 == 0xbb)
			return G_RAQ;
		return G_NONE;
	}
	if (c == 0xe2 && pos + 2 < len && (unsigned char)s[pos + 1] == 0x80) {
		*glen = 3;
		c2 = (unsigned char)s[pos + 2];
		switch (c2) {
		case 0x98:
		case 0x9b:
			return G_LSQ;
		case 0x99:
			return G_RSQ;
		case 0x9a:
			return G_LOW9S;
		case 0x9c:
		case 0x9f:
			return G_LDQ;
		case 0x9d:
			return G_RDQ;
		case 0x9e:
			return G_LOW9;
		case 0xb9:
			return G_LSAQ;
		case 0xba:
			return G_RSAQ;
		default:
			return G_NONE;
		}
	}
	return G_NONE;
}

static void
glyph_props(enum glyph g, enum fam *fam, enum pref *pref)
{
	switch (g) {
	case G_DQ:
	case G_APOS2:
		*fam = FAM_DOUBLE;
		*pref = PREF_EITHER;
		return;
	case G_GRAVE2:
	case G_LDQ:
	case G_LOW9:
	case G_LAQ:
		*fam = FAM_DOUBLE;
		*pref = PREF_OPEN;
		return;
	case G_RDQ:
	case G_RAQ:
		*fam = FAM_DOUBLE;
		*pref = PREF_CLOSE;
		return;
	case G_SQ:
		*fam = FAM_SINGLE;
		*pref = PREF_EITHER;
		return;
	case G_GRAVE1:
	case G_LSQ:
	case G_LOW9S:
	case G_LSAQ:
		*fam = FAM_SINGLE;
		*pref = PREF_OPEN;
		return;
	case G_RSQ:
	case G_RSAQ:
	case G_NONE:
		*fam = FAM_SINGLE;
		*pref = PREF_CLOSE;
		return;
	}
}

enum side {
	SIDE_SPACE,
	SIDE_OPEN,
	SIDE_CLOSE,
	SIDE_WORD,
};

/* What the character next to a mark says about its direction. */
static enum side
side_of(uint32_t c)
{
	if (c == 0 || text_is_space(c) || text_is_dash(c))
		return SIDE_SPACE;
	switch (c) {
	case '(': case '[': case '{':
	case 0x201c: case 0x2018: case 0xab: case 0x201e: case 0x2039:
	case '`': case 0x201a:
		return SIDE_OPEN;
	case '.': case ',': case ';': case ':': case '!': case '?':
	case ')': case ']': case '}':
	case 0x201d: case 0x2019: case 0xbb: case 0x203a: case 0x2026:
		return SIDE_CLOSE;
	default:
		return SIDE_WORD;
	}
}

static enum ctx
ctx_of(uint32_t before, uint32_t after)
{
	enum side l = side_of(before), r = side_of(after);
	int lopen = l == SIDE_SPACE || l == SIDE_OPEN;
	int ropen = r == SIDE_SPACE || r == SIDE_CLOSE;

	if (lopen && !ropen)
		return CTX_OPEN;
	if (!lopen && ropen)
		return CTX_CLOSE;
	return CTX_NEUTRAL;
}

static void
mark_fill(struct mark *m, size_t pos, size_t len, enum glyph g, enum ctx c)
{
	m->pos = pos;
	m->len = len;
	m->g = g;
	m->ctx = c;
	glyph_props(g, &m->fam, &m->pref);
}

/*
 * The bytes scan_next stops at: line breaks, ASCII quotes, the ',' of ",—"
 * and 0xc2 and 0xe2, the lead bytes of the Unicode quotation marks and
 * line separators.  Every other byte is skipped in a tight loop, and
 * that is most of any text.
 */
static const unsigned char scan_stop[256] = {
	['\n'] = 1, ['\r'] = 1, ['"'] = 1, ['\''] = 1, ['`'] = 1, [','] = 1,
	[0xc2] = 1, [0xe2] = 1,
};

/* Bytes next_stop compares at once. */
#define STOP_BLOCK	16

/*
 * The first byte at or after pos (at most len) that scan_next stops at,
 * or len.  Where SSE2 is there (every x86-64), a block of bytes is
 * compared with the eight stop bytes in a few instructions, against a
 * load, a table load and a branch a byte, and most blocks hold no stop.
 */
static size_t
next_stop(const unsigned char *u, size_t pos, size_t len)
{
#ifdef __SSE2__
	const __m128i nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
	const __m128i dq = _mm_set1_epi8('"'), sq = _mm_set1_epi8('\'');
	const __m128i gr = _mm_set1_epi8('`'), cm = _mm_set1_epi8(',');
	/* 0xc2 and 0xe2 are the two bytes that are 0xe2 with bit 0x20 set */
	const __m128i b20 = _mm_set1_epi8(0x20);
	const __m128i e2 = _mm_set1_epi8((char)0xe2);
	_Static_assert(STOP_BLOCK == sizeof(__m128i), "one SSE2 register");

	while (len - pos >= STOP_BLOCK) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (u + pos));
		__m128i m = _mm_or_si128(
		    _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, dq), _mm_cmpeq_epi8(v, sq))),
		    _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, gr), _mm_cmpeq_epi8(v, cm)),
		    _mm_cmpeq_epi8(_mm_or_si128(v, b20), e2)));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);

		if (bits != 0)
			return pos + (size_t)__builtin_ctz(bits);
		pos += STOP_BLOCK;
	}
#endif
	/* Four bytes a step while none of them stops. */
	while (len - pos >= 4 && !(scan_stop[u[pos]] | scan_stop[u[pos + 1]] |
	    scan_stop[u[pos + 2]] | scan_stop[u[pos + 3]]))
		pos += 4;
	while (pos < len && !scan_stop[u[pos]])
		pos++;
	return pos;
}

/*
 * The next mark or paragraph break.  A run of apostrophes is read as ''
 * doubles with one ' left over, the single first where the run closes a
 * quote ("it,'''" is ' then '') and last where it opens one.
 */
static enum event
scan_next(struct scan *sc, struct mark *m)
{
	const char *s = sc->s;
	size_t len = sc->len, glen, p;
	enum glyph g;

	while (sc->pos < len) {
		unsigned char c;

		if (sc->pos >= sc->run_end) {
			sc->pos = next_stop((const unsigned char *)s, sc->pos,
			    len);
			if (sc->pos >= len)
				break;
		}
		c = (unsigned char)s[sc->pos];
		if (sc->pos < sc->run_end) {
			size_t left = sc->run_end - sc->pos;

			if ((sc->run_ctx == CTX_CLOSE && (left & 1)) ||
			    left == 1) {
				mark_fill(m, sc->pos, 1, G_SQ, sc->run_ctx);
				sc->pos += 1;
			} else {
				mark_fill(m, sc->pos, 2, G_APOS2, sc->run_ctx);
				sc->pos += 2;
			}
			return EV_MARK;
		}
		if (c == '\n' || c == '\r') {
			m->pos = sc->pos++;
			return EV_PARA;
		}
		if (c != '"' && c != '\'' && c != '`' && c != 0xc2 &&
		    c != 0xe2 && c != ',') {
			sc->pos++;
			continue;
		}
		if (c == ',') {
			/* Russian-style copy ends unmarked speech with ",—"
			 * before its attribution: "...revival,— said Kim". */
			sc->pos++;
			if (sc->pos + 2 < len &&
			    (unsigned char)s[sc->pos] == 0xe2 &&
			    (unsigned char)s[sc->pos + 1] == 0x80 &&
			    (unsigned char)s[sc->pos + 2] == 0x94) {
				m->pos = sc->pos - 1;
				m->len = 4;
				return EV_DASHQ;
			}
			continue;
		}
		if (c == 0xe2 && sc->pos + 2 < len &&
		    (unsigned char)s[sc->pos + 1] == 0x80 &&
		    ((unsigned char)s[sc->pos + 2] == 0xa8 ||
		    (unsigned char)s[sc->pos + 2] == 0xa9)) {
			m->pos = sc->pos;
			sc->pos += 3;
			return EV_PARA;
		}
		if (c == '\'') {
			p = sc->pos;
			while (p < len && s[p] == '\'')
				p++;
			sc->run_end = p;
			sc->run_ctx = ctx_of(text_char_before(s, sc->pos),
			    text_char_at(s, len, p));
			continue;
		}
		g = glyph_at(s, len, sc->pos, &glen);
		if (g == G_NONE) {
			sc->pos++;
			continue;
		}
		mark_fill(m, sc->pos, glen, g,
		    ctx_of(text_char_before(s, sc->pos),
		    text_char_at(s, len, sc->pos + glen)));
		sc->pos += glen;
		return EV_MARK;
	}
	return EV_END;
}

/*
 * How far past a single mark single_is_elision reads: the longest word
 * the lexicon can hold (TEXT_LEX_WORD_MAX) and 8 bytes more, as the word
 * scanner decides where a word ends from the byte there and at most the
 * next 3 (a curly apostrophe and a letter), and the trailing-period test
 * reads one byte past the end.  A word that ends at least 8 bytes before
 * the window's end is the word a scan to the end of the body would read;
 * one that does not is over TEXT_LEX_WORD_MAX bytes, no elision.  Without
 * the window, a body of "“‘" repeated had every ‘ scan the whole rest of
 * the body for a word (quadratic: 1 MiB took 24 s).
 */
#define ELISION_SCAN_SLACK	8
#define ELISION_SCAN_BYTES	(TEXT_LEX_WORD_MAX + ELISION_SCAN_SLACK)

/* Does a single mark opening here read as an apostrophe instead? */
static int
single_is_elision(const char *s, size_t len, const struct mark *m)
{
	size_t p = m->pos + m->len, lim;
	struct text_word w;
	uint32_t c = text_char_at(s, len, p);

	if (text_is_digit(c))
		return 1;			/* ’90s, '08 */
	if (!text_is_alnum(c))
		return 0;			/* no word starts at the mark */
	lim = len - p > ELISION_SCAN_BYTES ? p + ELISION_SCAN_BYTES : len;
	if (!text_word_next(s, lim, &p, &w) || w.start != m->pos + m->len)
		return 0;
	if (lim < len && w.end + ELISION_SCAN_SLACK > lim)
		return 0;			/* longer than any word listed */
	return lex_is(s, &w, LX_ELISION);
}

/* Does a single mark that would close here read as an apostrophe? */
static int
single_is_apostrophe_close(const char *s, size_t len, const struct mark *m)
{
	uint32_t b = text_char_before(s, m->pos), b2;
	size_t p = m->pos;
	uint32_t n;

	/* rock ’n’ roll */
	if (b == 'n' || b == 'N') {
		p--;
		b2 = text_char_before(s, p);
		if (text_is_apostrophe(b2) || b2 == 0x2018)
			return 1;
	}
	/* the Joneses’ house: a plural possessive before a lower-case word */
	if (b == 's') {
		p = m->pos + m->len;
		n = text_char_at(s, len, p);
		if (n == ' ' && text_is_lower(text_char_at(s, len, p + 1)))
			return 1;
	}
	return 0;
}

static int
single_can_open(const char *s, size_t len, const struct mark *m)
{
	if (m->fam != FAM_SINGLE || m->pref == PREF_CLOSE)
		return 0;
	if (m->ctx != CTX_OPEN && !(m->pref == PREF_OPEN &&
	    m->ctx == CTX_NEUTRAL && side_of(text_char_before(s, m->pos)) !=
	    SIDE_WORD))
		return 0;
	return !single_is_elision(s, len, m);
}

static int
single_can_close(const char *s, size_t len, const struct mark *m)
{
	if (m->fam != FAM_SINGLE || m->pref == PREF_OPEN)
		return 0;
	/* French spacing: "‹ non ›" closes in neutral position */
	if (m->ctx != CTX_CLOSE && !(m->g == G_RSAQ && m->ctx == CTX_NEUTRAL))
		return 0;
	return !single_is_apostrophe_close(s, len, m);
}

int
quotes_word_is_cue(const char *s, const struct text_word *w)
{
	if (w->flags & TEXT_W_ALLCAP)
		return 0;
	return lex_is(s, w, LX_CUE);
}

static int
word_is_participle(const char *s, const struct text_word *w)
{
	size_t n = w->end - w->start;

	return n > 4 && text_range_eq(s, w->end - 3, w->end, "ing");
}

int
quotes_word_is_pronoun(const char *s, const struct text_word *w)
{
	if (w->end - w->start == 1 && s[w->start] == 'i')
		return 0;		/* a lone lower-case i is no pronoun */
	return lex_is(s, w, LX_PRON);
}

int
quotes_word_is_adverb(const char *s, const struct text_word *w)
{
	size_t n = w->end - w->start;

	if (w->flags & TEXT_W_CAP)
		return 0;
	if (n > 4 && text_range_eq(s, w->end - 2, w->end, "ly"))
		return 1;
	return lex_is(s, w, LX_ADV);
}

/* Has the word the shape of a name word (before the lexicon has a say)? */
static int
namey_shape(const struct text_word *w)
{
	return (w->flags & (TEXT_W_CAP | TEXT_W_INITIAL)) &&
	    !(w->flags & TEXT_W_DIGIT) &&
	    w->end - w->start <= NAME_WORD_BYTES_MAX;
}

/* Does the lexicon let a word of name shape with classes lx in a name? */
static int
namey_lex(const struct text_word *w, uint32_t lx)
{
	if (lx & LX_CAL)
		return 0;
	return !(lx & LX_CUE) || (w->flags & TEXT_W_ALLCAP);
}

/* May this word be part of a name run? */
int
quotes_word_is_namey(const char *s, const struct text_word *w)
{
	if (!namey_shape(w))
		return 0;
	return namey_lex(w, quotes_lex_of(s, w));
}

/*
 * The classes of run[i], or of its stem without a possessive or period
 * when stem is set.  lx, if not NULL, holds the classes of each whole
 * word, looked up as the run was read; a stem that is the whole word
 * takes them from there.
 */
static uint32_t
run_lex(const char *s, const struct text_word *run, const uint32_t *lx,
    size_t i, int stem)
{
	struct text_word w = run[i];

	if (stem)
		w.end = text_word_stem_end(s, &run[i]);
	if (lx != NULL && w.end == run[i].end)
		return lx[i];
	return quotes_lex_of(s, &w);
}

/* Only spaces and tabs (no line break, no punctuation) between a and b. */
int
quotes_gap_is_blank(const char *s, size_t a, size_t b)
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

/*
 * Split a run of capitalised words into its name: drop sentence-opening
 * function words and everything up to the last title ("Russian President
 * Vladimir Putin" -> "Vladimir Putin").  Returns the index of the first
 * name word.
 */
static size_t
run_name_start(const char *s, const struct text_word *run,
    const uint32_t *lx, size_t n)
{
	size_t i, first = 0;

	for (i = 0; i < n; i++) {
		if (run_lex(s, run, lx, i, 0) & LX_TITLE) {
			first = i + 1;
			continue;
		}
		if (i == first && (run_lex(s, run, lx, i, 1) & LX_CAPSTOP))
			first = i + 1;
	}
	return first;
}

static int
name_is_person(const char *s, const struct text_word *run,
    const uint32_t *lx, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if ((run[i].flags & TEXT_W_ALLCAP) &&
		    !(run[i].flags & TEXT_W_ABBREV))
			return 0;
		if (run_lex(s, run, lx, i, 1) & LX_ORG)
			return 0;
	}
	return 1;
}

static void
ring_push(struct qx *x, size_t start, size_t end, int person)
{
	struct name *nm = &x->ring[x->nring % NAME_RING_MAX];

	nm->start = start;
	nm->end = end;
	nm->person = person;
	x->nring++;
}

/* A finished run of capitalised words: remember it if it is a full name. */
static void
run_commit(struct qx *x)
{
	size_t first, n, i;
	int leading_particle;

	if (x->nrun == 0 || x->run_overflow) {
		x->nrun = 0;
		x->run_overflow = 0;
		return;
	}
	/* A run does not end on a particle ("Charles de"). */
	while (x->nrun > 0 && !(x->run[x->nrun - 1].flags & TEXT_W_CAP))
		x->nrun--;
	/* One word is no full name, whatever its titles. */
	if (x->nrun < 2) {
		x->nrun = 0;
		return;
	}
	first = run_name_start(x->s, x->run, x->run_lx, x->nrun);
	n = x->nrun - first;
	leading_particle = n > 0 && !(x->run[first].flags & TEXT_W_CAP);
	if (n >= 2 && n <= NAME_WORDS_MAX && !leading_particle) {
		for (i = first; i < x->nrun; i++)
			if (x->run_lx[i] & LX_CAPSTOP)
				break;
		if (i == x->nrun)
			ring_push(x, x->run[first].start,
			    text_word_stem_end(x->s, &x->run[x->nrun - 1]),
			    name_is_person(x->s, x->run + first,
			    x->run_lx + first, n));
	}
	x->nrun = 0;
}

/* Read names from where the last call stopped up to limit. */
static void
names_scan_to(struct qx *x, size_t limit)
{
	struct text_word w;
	size_t p;
	uint32_t lx;
	int namey;

	while (x->name_pos < limit) {
		p = x->name_pos;
		if (x->nrun == 0) {
			/*
			 * Outside a run only a capitalised word can start
			 * one, and most words are not: pass over them with
			 * neither flags nor lookups.
			 */
			if (!text_word_next_cap(x->s, x->len, &p, limit,
			    &w)) {
				x->name_pos = p;
				if (p >= x->len)
					return;
				continue;
			}
		} else {
			/*
			 * A word that starts with a lower-case letter no
			 * particle starts with ends the run, whatever it is
			 * ("Smith said"): it need not be read, and the scan
			 * for capitals goes on from its first byte.
			 */
			size_t q = text_word_gap_end(x->s, x->len, p);
			unsigned b = q < x->len ? (unsigned char)x->s[q] : 0;

			if (b - 'a' < LEX_LETTERS &&
			    lex_part_lens[1 + (b - 'a')] == 0) {
				run_commit(x);
				x->name_pos = q;
				continue;
			}
			if (!text_word_next(x->s, x->len, &p, &w)) {
				x->name_pos = x->len;
				run_commit(x);
				return;
			}
		}
		if (x->nrun > 0 && (!quotes_gap_is_blank(x->s,
		    x->run[x->nrun - 1].end, w.start) ||
		    (x->run[x->nrun - 1].flags & TEXT_W_POSS)))
			run_commit(x);
		/* One lookup a word, kept with the run for run_commit. */
		lx = 0;
		namey = 0;
		if (namey_shape(&w)) {
			lx = quotes_lex_of(x->s, &w);
			namey = namey_lex(&w, lx);
		} else if (x->nrun > 0 &&
		    lex_may_hold(lex_part_lens, x->s, &w))
			lx = quotes_lex_of(x->s, &w);
		if (namey || (x->nrun > 0 && (lx & LX_PART))) {
			if (x->nrun == RUN_WORDS_MAX)
				x->run_overflow = 1;
			else {
				x->run_lx[x->nrun] = lx;
				x->run[x->nrun++] = w;
			}
		} else
			run_commit(x);
		x->name_pos = w.end;
	}
}

/* Do the bytes nd[0, nn) occur in h[0, hn)? */
static int
bytes_occur(const char *h, size_t hn, const char *nd, size_t nn)
{
	const char *p = h, *last;

	if (nn == 0)
		return 1;
	if (nn > hn)
		return 0;
	last = h + (hn - nn);
	while (p <= last &&
	    (p = memchr(p, nd[0], (size_t)(last - p) + 1)) != NULL) {
		if (memcmp(p, nd, nn) == 0)
			return 1;
		p++;
	}
	return 0;
}

/*
 * Is the single word [a, b) one of the words of the name [ns, ne)?  A
 * surname is tried against every name in the ring and found in few: the
 * bytes must occur in the name before its words are worth reading.
 */
static int
name_contains(const char *s, size_t ns, size_t ne, size_t a, size_t b)
{
	struct text_word w;
	size_t p = ns;

	if (!bytes_occur(s + ns, ne - ns, s + a, b - a))
		return 0;
	while (text_word_next(s, ne, &p, &w)) {
		size_t e = text_word_stem_end(s, &w);

		if (e - w.start == b - a && memcmp(s + w.start, s + a,
		    b - a) == 0)
			return 1;
	}
	return 0;
}

/*
 * The full name a one-word mention stands for: the most recent earlier
 * name containing it.  0 if none.
 */
static int
resolve_surname(struct qx *x, size_t a, size_t b, size_t *ns, size_t *ne)
{
	size_t i, n;

	names_scan_to(x, a);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n; i++) {
		const struct name *nm =
		    &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];

		if (nm->start >= a || (nm->start <= a && nm->end > a))
			continue;
		if (name_contains(x->s, nm->start, nm->end, a, b)) {
			*ns = nm->start;
			*ne = nm->end;
			return 1;
		}
	}
	return 0;
}

/* The most recent person named before pos. */
static int
resolve_pronoun(struct qx *x, size_t pos, struct str *out)
{
	size_t i, n;

	names_scan_to(x, pos);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n; i++) {
		const struct name *nm =
		    &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];

		if (nm->end > pos || !nm->person)
			continue;
		if (x->have_person && x->person_pos > nm->start &&
		    x->person_pos < pos) {
			*out = x->person;
			return 1;
		}
		*out = str_make(x->s + nm->start, nm->end - nm->start);
		return 1;
	}
	if (x->have_person && x->person_pos < pos) {
		*out = x->person;
		return 1;
	}
	return 0;
}

/* --- mentions --- */

/*
 * Read a name run forward from the word w (already read), within end.
 * Fills the run's span and its name proper (titles stripped); returns the
 * last word read.
 */
void
quotes_name_run_fwd(const char *s, size_t end, struct text_word w,
    struct attr *a, struct text_word *last)
{
	struct text_word run[RUN_WORDS_MAX];
	size_t n = 0, p, first;

	run[n++] = w;
	p = w.end;
	while (n < RUN_WORDS_MAX && !(w.flags & TEXT_W_POSS)) {
		struct text_word nw;
		size_t q = p;

		if (!text_word_next(s, end, &q, &nw) ||
		    !quotes_gap_is_blank(s, w.end, nw.start))
			break;
		if (!quotes_word_is_namey(s, &nw) && !lex_is(s, &nw, LX_PART))
			break;
		run[n++] = nw;
		w = nw;
		p = nw.end;
	}
	while (n > 1 && !(run[n - 1].flags & TEXT_W_CAP))
		n--;
	first = run_name_start(s, run, NULL, n);
	if (first >= n)
		first = n - 1;
	a->ms = run[0].start;
	a->me = text_word_stem_end(s, &run[n - 1]);
	a->ns = run[first].start;
	a->ne = a->me;
	*last = run[n - 1];
}

/*
 * A subject read forward from pos (the word right after a quote or a
 * cue): a pronoun, a name, or a nominal ("the gambling tycoon", "Putin's
 * message").  1 with a->ms/me (and ns/ne for a name) and *last set.
 */
int
quotes_mention_fwd(const char *s, size_t end, size_t pos, struct attr *a,
    struct text_word *last)
{
	struct text_word w;
	size_t p = pos, i;
	int head = 0;

	if (!text_word_next(s, end, &p, &w))
		return 0;
	if (!text_all_space(s, pos, w.start) &&
	    !(text_char_at(s, end, pos) == ',' &&
	    text_all_space(s, pos + 1, w.start)))
		return 0;
	a->ns = a->ne = 0;
	a->pronoun = 0;
	if (quotes_word_is_pronoun(s, &w) && !(w.flags & TEXT_W_ALLCAP)) {
		a->ms = w.start;
		a->me = w.end;
		a->pronoun = 1;
		*last = w;
		return 1;
	}
	if (quotes_word_is_namey(s, &w) && !lex_is(s, &w, LX_CAPSTOP)) {
		quotes_name_run_fwd(s, end, w, a, last);
		if (!(last->flags & TEXT_W_POSS))
			return 1;
		/* "Putin's message": the possessor speaks through it. */
		p = last->end;
		for (i = 0; i < NOMINAL_WORDS_MAX; i++) {
			struct text_word nw;
			size_t q = p;

			if (!text_word_next(s, end, &q, &nw) ||
			    !quotes_gap_is_blank(s, p, nw.start) ||
			    quotes_word_is_cue(s, &nw) || (nw.flags & TEXT_W_CAP))
				break;
			a->me = nw.end;
			*last = nw;
			p = nw.end;
		}
		return 1;
	}
	if (!lex_is(s, &w, LX_DET))
		return 0;
	head = 1;
	a->ms = w.start;
	a->me = w.end;
	*last = w;
	p = w.end;
	for (i = 0; i < NOMINAL_WORDS_MAX; i++) {
		struct text_word nw;
		size_t q = p;

		if (!text_word_next(s, end, &q, &nw) ||
		    !quotes_gap_is_blank(s, p, nw.start) || quotes_word_is_cue(s, &nw))
			break;
		if (quotes_word_is_namey(s, &nw) && a->ns == a->ne) {
			struct attr na;

			quotes_name_run_fwd(s, end, nw, &na, &nw);
			a->ns = na.ns;
			a->ne = na.ne;
			head = !(nw.flags & TEXT_W_POSS);
		} else if (head)
			head = 0;	/* "a U.S. Embassy official" */
		a->me = text_word_stem_end(s, &nw);
		*last = nw;
		p = nw.end;
	}
	/* the name is the speaker only as the head ("the economist Jared
	 * Bernstein") or the possessor ("Putin's office") */
	if (!head)
		a->ns = a->ne = 0;
	return 1;
}

/*
 * A subject read backward from the word before a cue: a pronoun, a name
 * run, or a nominal back to its determiner.
 */
int
quotes_mention_back(const char *s, size_t lo, size_t pos, struct attr *a)
{
	struct text_word w, run[RUN_WORDS_MAX];
	size_t p = pos, n = 0, i, first, q;

	a->ns = a->ne = 0;
	a->pronoun = 0;
	if (!text_word_prev(s, lo, &p, &w) || !quotes_gap_is_blank(s, w.end, pos))
		return 0;
	if (quotes_word_is_pronoun(s, &w) && !(w.flags & TEXT_W_ALLCAP)) {
		a->ms = w.start;
		a->me = w.end;
		a->pronoun = 1;
		return 1;
	}
	if (quotes_word_is_namey(s, &w)) {
		run[n++] = w;
		while (n < RUN_WORDS_MAX) {
			struct text_word pw;

			q = w.start;
			if (!text_word_prev(s, lo, &q, &pw) ||
			    !quotes_gap_is_blank(s, pw.end, w.start) ||
			    (pw.flags & TEXT_W_POSS))
				break;
			if (!quotes_word_is_namey(s, &pw) &&
			    !lex_is(s, &pw, LX_PART))
				break;
			run[n++] = pw;
			w = pw;
		}
		/* run[] is backwards; name_start wants it forwards */
		for (i = 0; i < n / 2; i++) {
			struct text_word t = run[i];

			run[i] = run[n - 1 - i];
			run[n - 1 - i] = t;
		}
		first = 0;
		while (first < n && !(run[first].flags & TEXT_W_CAP))
			first++;
		if (first == n)
			return 0;
		i = first + run_name_start(s, run + first, NULL,
		    n - first);
		if (i >= n)
			i = n - 1;
		a->ms = run[first].start;
		a->me = text_word_stem_end(s, &run[n - 1]);
		a->ns = run[i].start;
		a->ne = a->me;
		return 1;
	}
	/* a nominal: lower-case words back to a determiner */
	a->me = w.end;
	for (i = 0; i < NOMINAL_WORDS_MAX; i++) {
		if (lex_is(s, &w, LX_DET)) {
			a->ms = w.start;
			return 1;
		}
		if (quotes_word_is_cue(s, &w) || lex_is(s, &w,
		    LX_FUNC) || (w.flags & TEXT_W_DIGIT))
			return 0;
		q = w.start;
		if (!text_word_prev(s, lo, &q, &w) ||
		    !quotes_gap_is_blank(s, w.end, q))
			return 0;
	}
	return 0;
}

/* Bytes prev_stop and next_sentence_stop compare at once. */
#define SENT_BLOCK	16

/*
 * Where a backward search for a line break (and, with sentence set, for a
 * '.', '!' or '?') ends: q in (lo, p] with u[q - 1] the last such byte
 * before p, or lo if [lo, p) holds none.  The searches back to a
 * paragraph or sentence start read up to a window of bytes each, most of
 * which stop nothing: with SSE2 a block is compared at once.
 */
static size_t
prev_stop(const unsigned char *u, size_t lo, size_t p, int sentence)
{
#ifdef __SSE2__
	const __m128i nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
	const __m128i dot = _mm_set1_epi8('.'), ex = _mm_set1_epi8('!');
	const __m128i qu = _mm_set1_epi8('?');
	_Static_assert(SENT_BLOCK == sizeof(__m128i), "one SSE2 register");

	while (p > lo && p - lo >= SENT_BLOCK) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (u + p - SENT_BLOCK));
		__m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, nl),
		    _mm_cmpeq_epi8(v, cr));
		unsigned bits;

		if (sentence)
			m = _mm_or_si128(m, _mm_or_si128(
			    _mm_cmpeq_epi8(v, dot), _mm_or_si128(
			    _mm_cmpeq_epi8(v, ex), _mm_cmpeq_epi8(v, qu))));
		bits = (unsigned)_mm_movemask_epi8(m);
		if (bits != 0)
			return p - SENT_BLOCK + 1 +
			    (size_t)(31 - __builtin_clz(bits));
		p -= SENT_BLOCK;
	}
#endif
	for (; p > lo; p--) {
		unsigned char c = u[p - 1];

		if (c == '\n' || c == '\r' || (sentence &&
		    (c == '.' || c == '!' || c == '?')))
			return p;
	}
	return lo;
}

/*
 * The first byte at or after pos and before end that is a line break
 * (text_is_newline of the byte: \n, \r or 0x85) or a '.', '!' or '?', or
 * end.  SSE2 as in prev_stop.
 */
static size_t
next_sentence_stop(const unsigned char *u, size_t pos, size_t end)
{
#ifdef __SSE2__
	const __m128i nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
	const __m128i nel = _mm_set1_epi8((char)0x85);
	const __m128i dot = _mm_set1_epi8('.'), ex = _mm_set1_epi8('!');
	const __m128i qu = _mm_set1_epi8('?');

	while (pos < end && end - pos >= SENT_BLOCK) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (u + pos));
		__m128i m = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr)),
		    _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, nel),
		    _mm_cmpeq_epi8(v, dot)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, ex),
		    _mm_cmpeq_epi8(v, qu))));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);

		if (bits != 0)
			return pos + (size_t)__builtin_ctz(bits);
		pos += SENT_BLOCK;
	}
#endif
	for (; pos < end; pos++) {
		unsigned char c = u[pos];

		if (c == '\n' || c == '\r' || c == 0x85 || c == '.' ||
		    c == '!' || c == '?')
			return pos;
	}
	return end;
}

/* The first sentence end at or after pos, before end (or end). */
size_t
quotes_sentence_end_fwd(const char *s, size_t len, size_t pos, size_t end)
{
	const unsigned char *u = (const unsigned char *)s;

	for (; (pos = next_sentence_stop(u, pos, end)) < end; pos++) {
		/* 0x85 is NEL only as C2 85; elsewhere it is the last byte
		 * of a letter such as Å (C3 85). */
		if (u[pos] == '\n' || u[pos] == '\r' ||
		    (u[pos] == 0x85 && pos > 0 && u[pos - 1] == 0xC2))
			return pos;
		if (text_is_sentence_end(s, len, pos))
			return pos + 1;
	}
	return end;
}

/* The start of the sentence holding pos, not before lo. */
static size_t
sentence_start_back(const char *s, size_t len, size_t lo, size_t pos)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p = pos;

	while ((p = prev_stop(u, lo, p, 1)) > lo) {
		if (s[p - 1] == '\n' || s[p - 1] == '\r' ||
		    text_is_sentence_end(s, len, p - 1))
			return p;
		p--;
	}
	return lo;
}

/*
 * "North Korea quoted the message from Putin as saying": after a quoting
 * verb at w, look for "as <participle>" and take the last name between.
 */
int
quotes_quoted_as(const char *s, size_t end, const struct text_word *verb,
    struct attr *a)
{
	struct text_word w, prev;
	size_t p = verb->end, i, ns = 0, ne = 0;
	int have_prev = 0;

	if (!text_word_eq(s, verb, "quoted") && !text_word_eq(s, verb,
	    "cited") && !text_word_eq(s, verb, "quoting") &&
	    !text_word_eq(s, verb, "citing"))
		return 0;
	for (i = 0; i < QUOTED_AS_WORDS_MAX + 2; i++) {
		if (!text_word_next(s, end, &p, &w))
			return 0;
		if (have_prev && text_word_eq(s, &prev, "as") &&
		    quotes_word_is_cue(s, &w) && word_is_participle(s, &w)) {
			if (ns == ne)
				return 0;
			a->found = 1;
			a->ms = a->ns = ns;
			a->me = a->ne = ne;
			a->pronoun = 0;
			a->cue = str_make(s + verb->start, w.end - verb->start);
			return 1;
		}
		if (quotes_word_is_namey(s, &w) && !lex_is(s, &w,
		    LX_CAPSTOP)) {
			struct attr na;
			struct text_word last;

			quotes_name_run_fwd(s, end, w, &na, &last);
			ns = na.ns;
			ne = na.ne;
			w = last;
			p = last.end;
		}
		prev = w;
		have_prev = 1;
	}
	return 0;
}

/* "according to X" starting at word w. */
int
quotes_according_to(const char *s, size_t end, const struct text_word *w,
    struct attr *a)
{
	struct text_word to, last;
	size_t p = w->end;

	if (!text_word_eq(s, w, "according") ||
	    !text_word_next(s, end, &p, &to) || !text_word_eq(s, &to, "to"))
		return 0;
	if (!quotes_mention_fwd(s, end, to.end, a, &last))
		return 0;
	a->found = 1;
	a->cue = str_make(s + w->start, to.end - w->start);
	return 1;
}

/*
 * After a cue, a name behind lower-case descriptors: "said undecided
 * Republican voter Stephanie Hooton".
 */
static int
described_name_fwd(const char *s, size_t end, size_t pos, struct attr *a)
{
	struct text_word w, last;
	size_t p = pos, first = 0;
	int i;

	for (i = 0; i < NOMINAL_WORDS_MAX; i++) {
		size_t prev = p;

		if (!text_word_next(s, end, &p, &w) ||
		    !(i == 0 ? text_all_space(s, prev, w.start) :
		    quotes_gap_is_blank(s, prev, w.start)))
			return 0;
		if (i == 0)
			first = w.start;
		if (quotes_word_is_namey(s, &w) && !lex_is(s, &w,
		    LX_CAPSTOP)) {
			quotes_name_run_fwd(s, end, w, a, &last);
			a->ms = first;
			a->pronoun = 0;
			return 1;
		}
		if ((w.flags & TEXT_W_DIGIT) || quotes_word_is_cue(s, &w) ||
		    lex_is(s, &w, LX_FUNC))
			return 0;
	}
	return 0;
}

/*
 * "went on", "goes on", "chimed in": verbs that are cues with their
 * particle.  Widens *w over the particle.
 */
static int
phrasal_cue(const char *s, size_t end, struct text_word *w)
{
	static const char *const verbs[] = {
		"went", "goes", "go", "going", "chimed", "chimes", "put",
		"puts", "wrote", "pointed", "points", NULL
	};
	static const char *const parts[] = { "on", "in", "it", "out", NULL };
	struct text_word pw;
	size_t p = w->end;

	if (!text_word_in(s, w, verbs) || !text_word_next(s, end, &p, &pw) ||
	    !quotes_gap_is_blank(s, w->end, pw.start) || !text_word_in(s, &pw, parts))
		return 0;
	w->end = pw.end;
	return 1;
}

/*
 * Right after a quote that ended on a comma, "..., an angry Hollande
 * retaliated." : a past-tense verb closing the clause is a cue, whatever
 * the verb.
 */
static int
past_tense_cue(const char *s, size_t len, const struct text_word *w)
{
	uint32_t c = text_char_at(s, len, w->end);

	if (w->end - w->start < 5 || !text_range_eq(s, w->end - 2, w->end,
	    "ed"))
		return 0;
	return c == '.' || c == ',' || c == ';';
}

/* The attribution right after a closing mark, within [pos, end). */
static void
attr_after(const char *s, size_t len, size_t pos, size_t end,
    int ended_sentence, struct attr *a)
{
	struct text_word w, last, cw;
	size_t p = pos, i;

	memset(a, 0, sizeof(*a));
	/* punctuation after the mark: ", said", "— he said" */
	while (p < end) {
		uint32_t c = text_char_at(s, len, p);

		if (text_is_newline(c))
			return;
		if (c == ',' || text_is_space(c) || text_is_dash(c)) {
			p += c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
			continue;
		}
		break;
	}
	{
		size_t q0 = p;

		if (p >= end || !text_word_next(s, end, &p, &w) ||
		    w.start != q0)
			return;
	}
	/*
	 * After a quote that ended its own sentence, a capitalised word
	 * starts a new sentence; only a bare "Smith said." attributes.
	 */
	if (quotes_according_to(s, end, &w, a))
		goto found;
	if (quotes_word_is_cue(s, &w) && !((w.flags & TEXT_W_CAP) && ended_sentence)) {
		/* said Smith / said the president */
		if (!quotes_mention_fwd(s, end, w.end, a, &last) &&
		    !described_name_fwd(s, end, w.end, a))
			return;
		a->found = 1;
		a->cue = str_make(s + w.start, w.end - w.start);
		goto found;
	}
	/* "former congressman Dan Maffei said": lower-case descriptors
	 * before the name */
	if (!quotes_mention_fwd(s, end, w.start, a, &last) &&
	    !(text_is_lower(text_char_at(s, end, w.start)) &&
	    described_name_fwd(s, end, w.start, a)))
		return;
	p = a->me;
	/* an appositive: ", a Democratic pollster," */
	if (text_char_at(s, len, p) == ',') {
		size_t q = p + 1;
		int closed = 0;

		for (i = 0; i < APPOSITIVE_WORDS_MAX && !closed; i++) {
			if (!text_word_next(s, end, &q, &cw) ||
			    (quotes_word_is_cue(s, &cw) && !(cw.flags & TEXT_W_CAP)))
				return;
			if (text_char_at(s, len, cw.end) == ',') {
				q = cw.end;
				closed = 1;
			}
		}
		if (!closed)
			return;
		p = q;
	}
	for (i = 0; i <= ADVERBS_MAX; i++) {
		size_t q = p;

		if (!text_word_next(s, end, &q, &cw))
			return;
		if (!text_all_space(s, p, cw.start) &&
		    !(text_char_at(s, len, p) == ',' &&
		    text_all_space(s, p + 1, cw.start)))
			return;
		if (!(cw.flags & TEXT_W_CAP) && (quotes_word_is_cue(s, &cw) ||
		    phrasal_cue(s, end, &cw) || (!ended_sentence &&
		    past_tense_cue(s, len, &cw)))) {
			if (quotes_quoted_as(s, end, &cw, a))
				goto found;
			if (ended_sentence &&
			    text_is_upper(text_char_at(s, len, a->ms))) {
				/* "Smith said." only: a new sentence else */
				uint32_t c = text_char_at(s, len, cw.end);

				if (c != '.' && c != ',')
					return;
			}
			a->found = 1;
			a->cue = str_make(s + cw.start, cw.end - cw.start);
			goto found;
		}
		if (!quotes_word_is_adverb(s, &cw))
			return;
		p = cw.end;
	}
	return;
found:
	a->adjacent = 1;
	a->region_end = quotes_sentence_end_fwd(s, len, a->cue.p - s, end);
}

/*
 * The subject of the clause a participle or colon hangs from: the last
 * name or pronoun before the cue that a verb follows ("Trump returned the
 * compliment to Adelson, telling"), else the first one.
 */
int
quotes_clause_subject(const char *s, size_t lo, size_t cue, struct attr *a)
{
	struct text_word w, nw, last;
	size_t p = lo, q;
	struct attr cand, best, firsta;
	int have_best = 0, have_first = 0;

	memset(&best, 0, sizeof(best));
	memset(&firsta, 0, sizeof(firsta));
	while (text_word_next(s, cue, &p, &w)) {
		memset(&cand, 0, sizeof(cand));
		if (quotes_word_is_pronoun(s, &w) && !(w.flags & TEXT_W_ALLCAP)) {
			cand.ms = w.start;
			cand.me = w.end;
			cand.pronoun = 1;
			last = w;
		} else if (quotes_word_is_namey(s, &w) &&
		    !lex_is(s, &w, LX_CAPSTOP)) {
			quotes_name_run_fwd(s, cue, w, &cand, &last);
		} else
			continue;
		p = last.end;
		if (!have_first) {
			firsta = cand;
			have_first = 1;
		}
		q = p;
		if (!(last.flags & TEXT_W_POSS) &&
		    text_word_next(s, cue, &q, &nw) &&
		    quotes_gap_is_blank(s, last.end, nw.start) &&
		    !(nw.flags & TEXT_W_CAP) &&
		    !lex_is(s, &nw, LX_FUNC)) {
			best = cand;
			have_best = 1;
		}
	}
	if (have_best)
		*a = best;
	else if (have_first)
		*a = firsta;
	else
		return 0;
	return 1;
}

/*
 * The attribution right before an opening mark, within [lo, pos):
 * "Smith said, ", "said Smith: ", "he told reporters on Monday: ".
 * Also reports whether the quote is embedded in running text (a word,
 * not punctuation or a cue, right before the mark).
 */
static void
attr_before(const char *s, size_t len, size_t lo, size_t pos,
    struct attr *a, int *embedded)
{
	struct text_word w, cw, last;
	size_t p, q, tail_end, sstart;
	uint32_t c;
	int punct = 0, i, colon = 0, crossed = 0;

	memset(a, 0, sizeof(*a));
	*embedded = 0;
	/* what stands right before the mark */
	p = pos;
	while (p > lo) {
		q = p;
		c = utf8_prev(s, &q);
		if (text_is_newline(c))
			crossed = 1;
		if (!text_is_space(c))
			break;
		p = q;
	}
	if (p <= lo)
		return;
	q = p;
	c = utf8_prev(s, &q);
	/* A paragraph ending in a colon introduces the next: "Cruz
	 * continued:" */
	if (crossed && c != ':')
		return;
	if (c == ',' || c == ':' || text_is_dash(c)) {
		punct = 1;
		colon = c == ':';
		tail_end = q;
	} else if (text_is_alnum(c)) {
		tail_end = p;
	} else
		return;			/* a sentence end, a bracket, a mark */
	sstart = sentence_start_back(s, len, lo, tail_end);
	/* find a cue among the last words of the clause */
	q = tail_end;
	for (i = 0; i <= CUE_TAIL_WORDS_MAX; i++) {
		if (!text_word_prev(s, sstart, &q, &w))
			break;
		if (text_word_eq(s, &w, "to") && q > sstart) {
			size_t r = q;
			struct text_word acc;

			if (text_word_prev(s, sstart, &r, &acc) &&
			    text_word_eq(s, &acc, "according") &&
			    quotes_according_to(s, tail_end, &acc, a)) {
				a->adjacent = punct;
				return;
			}
		}
		if (quotes_word_is_cue(s, &w) && !((w.flags & TEXT_W_CAP) &&
		    w.start != sstart)) {
			if (!punct && i > 0)
				break;		/* said the plan was "..." */
			goto cue;
		}
		if (!punct && i == 0) {
			*embedded = 1;
			return;
		}
		if (text_word_eq(s, &w, "that") || text_word_eq(s, &w, "if") ||
		    text_word_eq(s, &w, "whether"))
			break;
	}
	if (colon) {
		/* "Politico reveals a few relevant facts: " */
		if (quotes_clause_subject(s, sstart, tail_end, a)) {
			a->found = 1;
			a->adjacent = 1;
			a->cue = STR_LIT(":");
		}
	}
	return;
cue:
	a->adjacent = 1;
	a->cue = str_make(s + w.start, w.end - w.start);
	cw = w;
	/* "X quoted Putin as saying, " */
	if (word_is_participle(s, &cw)) {
		size_t r = cw.start;
		struct text_word as, verb;
		int k;

		if (text_word_prev(s, sstart, &r, &as) &&
		    text_word_eq(s, &as, "as")) {
			for (k = 0; k < QUOTED_AS_WORDS_MAX; k++) {
				if (!text_word_prev(s, sstart, &r, &verb))
					break;
				if (quotes_quoted_as(s, tail_end, &verb, a)) {
					a->adjacent = 1;
					return;
				}
			}
		}
	}
	/* said Smith: / said the president, (but "told Reuters," is an
	 * object) */
	if (cw.end < tail_end && !word_is_participle(s, &cw) &&
	    !lex_is(s, &cw, LX_OBJCUE) &&
	    quotes_mention_fwd(s, tail_end, cw.end, a, &last) &&
	    text_all_space(s, last.end, tail_end)) {
		a->found = 1;
		return;
	}
	if (word_is_participle(s, &cw) || colon) {
		struct str cue = a->cue;

		if (quotes_clause_subject(s, sstart, cw.start, a))
			a->found = 1;
		a->cue = cue;
		if (colon && !word_is_participle(s, &cw)) {
			struct attr b;

			if (quotes_mention_back(s, sstart, cw.start, &b)) {
				b.cue = a->cue;
				*a = b;
				a->found = 1;
			}
		}
		a->adjacent = 1;
		return;
	}
	/* Smith said, / he also told reporters: */
	p = cw.start;
	for (i = 0; i <= ADVERBS_MAX; i++) {
		struct text_word aw;

		q = p;
		if (!text_word_prev(s, sstart, &q, &aw) ||
		    !quotes_word_is_adverb(s, &aw))
			break;
		p = aw.start;
	}
	/* an appositive: "Earnest, the press secretary, said" */
	q = p;
	while (q > sstart && s[q - 1] == ' ')
		q--;
	if (q > sstart && s[q - 1] == ',') {
		size_t r = q - 1;

		for (i = 0; i < APPOSITIVE_WORDS_MAX && r > sstart; i++) {
			struct text_word aw;

			if (!text_word_prev(s, sstart, &r, &aw))
				break;
			while (r > sstart && s[r - 1] == ' ')
				r--;
			if (r > sstart && s[r - 1] == ',') {
				p = r - 1;
				break;
			}
		}
	}
	{
		struct str cue = a->cue;

		if (quotes_mention_back(s, sstart, p, a)) {
			a->found = 1;
		} else if (quotes_clause_subject(s, sstart, cw.start, a))
			a->found = 1;
		a->cue = cue;
		a->adjacent = 1;
	}
}

/* --- classification --- */

/*
 * span_feats counts words only this far once the span is known not to be
 * Title Case: every test on the count compares it with one of the limits
 * above, the largest of which is CLAUSE_WORDS_MIN, and a long quote need
 * not be tokenised twice (names_scan_to reads it as well).
 */
#define FEAT_WORDS_ENOUGH	(CLAUSE_WORDS_MIN > SUBHEAD_WORDS_MAX ?	\
	CLAUSE_WORDS_MIN + 1 : SUBHEAD_WORDS_MAX + 1)
_Static_assert(STATEMENT_WORDS_MIN < FEAT_WORDS_ENOUGH &&
    4 < FEAT_WORDS_ENOUGH,
    "span_feats stops counting words below a limit that tests them");

struct feats {
	size_t		 words;		/* up to FEAT_WORDS_ENOUGH, or all */
	int		 cap;		/* first letter upper-case */
	int		 lower;		/* first letter lower-case */
	int		 strong_end;	/* . ! ? … inside the closing mark */
	int		 comma_end;	/* , inside the closing mark */
	int		 period_end;	/* . or … inside: the sentence ended */
	int		 title;		/* Title Case words, no stop */
};

static void
span_feats(const char *s, size_t len, const struct span *sp, struct feats *f)
{
	struct text_word w;
	size_t p = sp->cstart, q;
	uint32_t c = 0;
	int all_title = 1, first = 1;

	memset(f, 0, sizeof(*f));
	while (text_word_next(s, sp->cend, &p, &w)) {
		if (first) {
			c = text_char_at(s, len, w.start);
			f->cap = text_is_upper(c) || text_is_digit(c);
			f->lower = text_is_lower(c);
			first = 0;
		}
		f->words++;
		if (all_title && !(w.flags & (TEXT_W_CAP | TEXT_W_DIGIT)) &&
		    !lex_is(s, &w, LX_TSMALL))
			all_title = 0;
		if (!all_title && f->words >= FEAT_WORDS_ENOUGH)
			break;
	}
	q = sp->cend;
	while (q > sp->cstart) {
		size_t r = q;

		c = utf8_prev(s, &r);
		if (!text_is_space(c) && c != '"' && c != '\'' &&
		    c != 0x2019 && c != 0x201d)
			break;
		q = r;
	}
	f->strong_end = c == '.' || c == '!' || c == '?' || c == 0x2026;
	f->comma_end = c == ',' || text_is_dash(c);
	f->period_end = c == '.' || c == 0x2026;
	f->title = all_title && f->words >= 2 && !f->strong_end;
}

/* --- the consumer of spans --- */

static int
push(struct qx *x, const struct span *sp, enum quote_kind kind,
    const struct attr *a, struct str speaker)
{
	struct quote q;

	/* A Result carries at most PROTO_QUOTES_MAX quotes; a body that
	 * yields more is hostile, and the first ones are kept. */
	if (x->out->n >= PROTO_QUOTES_MAX)
		return 0;
	memset(&q, 0, sizeof(q));
	q.start = (uint32_t)sp->start;
	q.end = (uint32_t)sp->end;
	q.kind = kind;
	if (a != NULL && a->found) {
		q.speaker_start = (uint32_t)a->ms;
		q.speaker_end = (uint32_t)a->me;
		q.cue = a->cue;
		q.speaker = speaker;
	}
	return quote_list_push(x->out, &q);
}

/* The speaker's name for an attribution's mention. */
struct str
quotes_speaker_of(struct qx *x, const struct attr *a)
{
	struct str none = { NULL, 0 };
	size_t ns, ne, words = 0, p;
	struct text_word w;

	if (!a->found)
		return none;
	if (a->pronoun) {
		struct str r;
		struct text_word pw;

		p = a->ms;
		if (text_word_next(x->s, a->me, &p, &pw) &&
		    lex_is(x->s, &pw, LX_PPRON) &&
		    resolve_pronoun(x, a->ms, &r))
			return r;
		return none;
	}
	if (a->ns == a->ne)
		return none;
	p = a->ns;
	while (text_word_next(x->s, a->ne, &p, &w))
		words++;
	/* A surname stands for the full name seen before it; a full name,
	 * or a surname never seen in full, stands for itself. */
	if (words == 1 && resolve_surname(x, a->ns, a->ne, &ns, &ne))
		return str_make(x->s + ns, ne - ns);
	return str_make(x->s + a->ns, a->ne - a->ns);
}

/*
 * Does a naming verb stand right before the opening mark ("Tim Cook
 * called "total political crap"")?  What someone called a thing is their
 * words.  With an object between ("called it "...""), it is more often a
 * scare quote, so NAMING_OBJECT_WORDS_MAX is 0 on news copy.
 */
static int
names_the_quote(const char *s, size_t lo, size_t start)
{
	struct text_word w;
	size_t p = start, right = start;
	int i;

	for (i = 0; i <= NAMING_OBJECT_WORDS_MAX; i++) {
		if (!text_word_prev(s, lo, &p, &w) ||
		    !quotes_gap_is_blank(s, w.end, right))
			return 0;
		if (lex_is(s, &w, LX_NAMING))
			return 1;
		if (w.flags & TEXT_W_CAP)
			return 0;
		right = w.start;
	}
	return 0;
}

/*
 * Is the quote a paragraph of its own in single marks?  Headline style
 * quotes in single marks and body copy in double ones, so a short one
 * standing alone is a headline or a subhead between sections of a
 * feature, not speech.  Only spaces are read on either side.
 */
static int
is_subhead(const char *s, size_t len, const struct span *sp,
    const struct feats *f)
{
	size_t p;

	if (!sp->single || !sp->closed || f->words > SUBHEAD_WORDS_MAX)
		return 0;
	for (p = sp->start; p > 0; p--) {
		if (s[p - 1] == '\n' || s[p - 1] == '\r')
			break;
		if (s[p - 1] != ' ' && s[p - 1] != '\t')
			return 0;
	}
	for (p = sp->end; p < len; p++) {
		if (s[p] == '\n' || s[p] == '\r')
			break;
		if (s[p] != ' ' && s[p] != '\t')
			return 0;
	}
	return 1;
}

/*
 * ""Met accused of whitewashing baby Jesus," by Post's Kathianne
 * Boniello": a title closed by its comma and followed by its byline names
 * a story, it does not quote one.  hi bounds the look-ahead.
 */
static int
has_byline(const char *s, size_t hi, const struct span *sp,
    const struct feats *f)
{
	struct text_word w;
	size_t p = sp->end, by_end;

	if (!sp->closed || !f->comma_end ||
	    !text_word_next(s, hi, &p, &w) || !quotes_gap_is_blank(s, sp->end,
	    w.start) || !text_word_eq(s, &w, "by"))
		return 0;
	by_end = p;
	if (!text_word_next(s, hi, &p, &w) || !quotes_gap_is_blank(s, by_end,
	    w.start))
		return 0;
	if (text_word_eq(s, &w, "the") &&
	    !text_word_next(s, hi, &p, &w))
		return 0;
	return (w.flags & TEXT_W_CAP) != 0;
}

/* Does an opening quotation mark follow pos, past a comma and a space? */
static int
next_is_mark(const char *s, size_t len, size_t pos)
{
	size_t glen, lim = pos + MARK_PEEK_BYTES;

	while (pos < len && pos < lim && (s[pos] == ' ' || s[pos] == ','))
		pos++;
	return pos < len && glyph_at(s, len, pos, &glen) != G_NONE;
}

/*
 * Does the sentence go on in lower case right after the closing mark
 * ("He can assert it, but it seems extremely unlikely" that Sanders can
 * catch Clinton, said ...; "...is stunning," since so many ...)?  Then
 * the marks hold only part of what is reported, a mixed quote, and the
 * quote is partial.  After a comma the next word must open an adjunct (a
 * conjunction or a preposition): ""...," former congressman Dan Maffei
 * said" is an attribution.
 */
static int
goes_on(const char *s, size_t len, size_t hi, const struct span *sp,
    const struct feats *f)
{
	struct text_word w;
	size_t p = sp->end;
	uint32_t lx;

	if (!sp->closed || f->strong_end ||
	    !text_word_next(s, hi, &p, &w) ||
	    !quotes_gap_is_blank(s, sp->end, w.start) ||
	    !text_is_lower(text_char_at(s, hi, w.start)))
		return 0;
	lx = quotes_lex_of(s, &w);
	/* ""A," and "B."": a list of quotes, each one whole */
	if ((text_word_eq(s, &w, "and") || text_word_eq(s, &w, "or")) &&
	    next_is_mark(s, len, w.end))
		return 0;
	if (f->comma_end)
		return (lx & LX_FUNC) && !(lx & LX_DET);
	return !(lx & (LX_CUE | LX_TITLE | LX_DET | LX_PRON));
}

/* Is the attribution's cue a cry ("chanting", "yelled")? */
static int
cue_is_cry(const char *s, const struct attr *a)
{
	struct text_word w;

	if (a->cue.p == NULL || a->cue.p < s)
		return 0;
	w.start = (size_t)(a->cue.p - s);
	w.end = w.start + a->cue.len;
	w.flags = 0;
	return lex_is(s, &w, LX_CRY);
}

/* Is the text between the previous quote and this one only its
 * attribution and punctuation? */
static int
adjacent_to_prev(struct qx *x, size_t start)
{
	size_t a = x->prev_end;

	if (!x->have_prev)
		return 0;
	if (x->prev_region_end > a && x->prev_region_end <= start)
		a = x->prev_region_end;
	while (a < start) {
		uint32_t c = text_char_at(x->s, start, a);

		if (!(text_is_space(c) || c == '.' || c == ',' || c == ':'))
			return 0;
		a += c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
	}
	return 1;
}

static int
process(struct qx *x, const struct span *sp, size_t prev_end,
    size_t next_start)
{
	const char *s = x->s;
	struct feats f;
	struct attr after, before, *use = NULL, inh;
	size_t lo, hi, p;
	int embedded = 0, direct, attributed, notspeech = 0;
	struct str speaker = { NULL, 0 };

	/* the sentences before this quote are all classified */
	if (speech_scan_to(x, sp->start) == -1)
		return -1;
	span_feats(s, x->len, sp, &f);
	if (f.words == 0)
		return 0;	/* nothing but marks and punctuation */

	/* windows: up to the neighbours, the paragraph, and the cap */
	hi = next_start;
	if (hi > sp->end + ATTR_WINDOW_MAX)
		hi = sp->end + ATTR_WINDOW_MAX;
	while (hi > sp->end && !utf8_is_boundary(s, x->len, hi))
		hi--;
	lo = prev_end;
	if (lo + ATTR_WINDOW_MAX < sp->start)
		lo = sp->start - ATTR_WINDOW_MAX;
	while (lo < sp->start && !utf8_is_boundary(s, x->len, lo))
		lo++;
	/* The paragraph bounds the window, unless the one before ends in a
	 * colon that introduces this one. */
	for (p = sp->start; p > lo; p--)
		if (!text_is_space((unsigned char)s[p - 1]))
			break;
	if (!(p > lo && s[p - 1] == ':'))
		p = sp->start;
	lo = prev_stop((const unsigned char *)s, lo, p, 0);

	memset(&after, 0, sizeof(after));
	if (sp->closed)
		attr_after(s, x->len, sp->end, hi, f.period_end, &after);
	/* Unmarked speech is speech only if a cue follows the dash. */
	if (sp->unmarked && (!after.found || !after.adjacent))
		return 0;
	attr_before(s, x->len, lo, sp->start, &before, &embedded);

	attributed = after.found || (before.found && before.adjacent);
	if (after.found) {
		use = &after;
		direct = !embedded || (f.cap && f.words >= STATEMENT_WORDS_MIN);
	} else if (before.found && before.adjacent) {
		use = &before;
		direct = !(f.lower && !sp->closed) &&
		    !(f.title && !f.strong_end && f.words <= 4);
		/*
		 * "X said "fragment"": a cue with no comma takes a fragment,
		 * unless the fragment is a clause of its own ("Trump says
		 * "the whole game has become screwed up"") or the cue is a
		 * cry: what a crowd chants is its words, however short
		 * ("chanting "no contract, no peace"").
		 */
		if (f.lower) {
			size_t q = sp->start;
			uint32_t c;

			while (q > lo && (s[q - 1] == ' ' || s[q - 1] == '\t'))
				q--;
			c = text_char_before(s, q);
			if (c != ',' && c != ':' && !text_is_dash(c) &&
			    f.words < CLAUSE_WORDS_MIN &&
			    !cue_is_cry(s, &before))
				direct = 0;
		}
		/* "Reed said "the fear is as high as it's ever been" in the
		 * establishment": the sentence goes on, the marks hold part
		 * of it.  A comma inside the closing mark ends the speech
		 * ("Clinton said: "...," but in fact ..."). */
		if (!f.comma_end && !cue_is_cry(s, &before) &&
		    goes_on(s, x->len, hi, sp, &f))
			direct = 0;
	} else if (embedded) {
		direct = 0;
	} else {
		direct = !f.title && f.cap && (f.words >= STATEMENT_WORDS_MIN ||
		    (f.strong_end && f.words >= 2));
		if (!direct && f.lower == 0 && f.cap && f.comma_end &&
		    !f.title && adjacent_to_prev(x, sp->start) &&
		    x->prev_attributed)
			direct = 1;
		/* a headline, a bylined title, part of a sentence */
		if (is_subhead(s, x->len, sp, &f) ||
		    has_byline(s, hi, sp, &f) ||
		    goes_on(s, x->len, hi, sp, &f)) {
			direct = 0;
			notspeech = 1;
		}
	}

	/* "Tim Cook called the plan "total political crap"" */
	if (!direct && !notspeech && use == NULL &&
	    names_the_quote(s, lo, sp->start))
		direct = 1;
	/*
	 * "A," said Smith, "and B.": a quote that goes on in lower case
	 * right after the attribution of one that broke off on a comma is
	 * the second half of the same statement.
	 */
	if (!direct && !notspeech && use == NULL && !embedded && f.lower &&
	    x->prev_direct && x->prev_attributed && x->prev_broke_off &&
	    adjacent_to_prev(x, sp->start))
		direct = 1;
	if (use != NULL) {
		speaker = quotes_speaker_of(x, use);
	} else if (direct && x->prev_direct && x->prev_attributed &&
	    adjacent_to_prev(x, sp->start)) {
		/* the second half of a split quote, or the next paragraph */
		memset(&inh, 0, sizeof(inh));
		inh.found = 1;
		inh.ms = x->prev_ss;
		inh.me = x->prev_se;
		inh.cue = x->prev_cue;
		use = &inh;
		speaker = x->prev_speaker;
		attributed = 1;
	} else if (direct && !embedded &&
	    speech_last_speaker(x, sp->start, &inh, &speaker)) {
		/* wire style: the speaker named in the speech before */
		use = &inh;
		attributed = 1;
	}
	{
		size_t n = x->out->n;

		if (push(x, sp, direct ? QUOTE_DIRECT : QUOTE_PARTIAL, use,
		    speaker) == -1)
			return -1;
		if (x->out->n > n)
			speech_note_quote(x, sp->start, sp->end, n, direct,
			    f.strong_end);
	}
	if (speaker.p != NULL && use != NULL && !use->pronoun) {
		x->have_person = 1;
		x->person_pos = use->ms;
		x->person = speaker;
	}
	x->have_prev = 1;
	x->prev_end = sp->end;
	x->prev_region_end = after.found ? after.region_end : sp->end;
	x->prev_direct = direct;
	x->prev_broke_off = f.comma_end;
	x->prev_attributed = attributed && use != NULL;
	x->prev_speaker = speaker;
	x->prev_ss = use != NULL ? (uint32_t)use->ms : 0;
	x->prev_se = use != NULL ? (uint32_t)use->me : 0;
	x->prev_cue = use != NULL ? use->cue : str_make(NULL, 0);
	return 0;
}

/* A span from the pairer.  Top-level spans wait for the next one, which
 * bounds their attribution window. */
static int
on_span(struct qx *x, const struct span *sp)
{
	size_t prev_end;

	if (sp->nested) {
		struct feats f;

		span_feats(x->s, x->len, sp, &f);
		if (f.words == 0)
			return 0;
		return push(x, sp, QUOTE_PARTIAL, NULL, str_make(NULL, 0));
	}
	x->speech_lo = sp->end;
	if (x->have_pending) {
		prev_end = x->have_prev ? x->prev_end : 0;
		if (process(x, &x->pending, prev_end, sp->start) == -1)
			return -1;
	}
	x->pending = *sp;
	x->have_pending = 1;
	return 0;
}

/* --- the pairer --- */

/*
 * Unmarked speech closed by ",—" before a cue (Russian and translated
 * copy): the sentence that holds the comma, not before its paragraph or
 * the last span.  speech_lo moves past each one, so the backward scans
 * never overlap and the whole stays linear.
 */
static int
on_dashq(struct qx *x, size_t para_start, size_t comma)
{
	struct span sp;
	size_t lo = para_start > x->speech_lo ? para_start : x->speech_lo;
	size_t start;

	x->speech_lo = comma + 1;
	if (lo >= comma)
		return 0;
	start = sentence_start_back(x->s, x->len, lo, comma);
	while (start < comma && !text_is_alnum(text_char_at(x->s, comma,
	    start)))
		start++;
	if (start >= comma || !text_is_upper(text_char_at(x->s, comma,
	    start)))
		return 0;
	memset(&sp, 0, sizeof(sp));
	sp.start = sp.cstart = start;
	sp.end = sp.cend = comma + 1;
	sp.closed = 1;
	sp.unmarked = 1;
	return on_span(x, &sp);
}

static int
emit(struct qx *x, const struct open_q *o, size_t end, size_t cend,
    int closed, int nested)
{
	struct span sp;

	sp.start = o->start;
	sp.cstart = o->start + o->olen;
	sp.end = end;
	sp.cend = cend;
	sp.closed = closed;
	sp.nested = nested;
	sp.unmarked = 0;
	sp.single = o->fam == FAM_SINGLE;
	if (sp.cend < sp.cstart)
		return 0;
	return on_span(x, &sp);
}

/* Trim spaces back from end, not past lo. */
static size_t
trim_back(const char *s, size_t lo, size_t end)
{
	while (end > lo) {
		size_t q = end;
		uint32_t c = utf8_prev(s, &q);

		if (!text_is_space(c) || q < lo)
			break;
		end = q;
	}
	return end;
}

/* An unclosed quote ends at its paragraph's end. */
static int
emit_unclosed(struct qx *x, const struct open_q *o, size_t end)
{
	end = trim_back(x->s, o->start + o->olen, end);
	return emit(x, o, end, end, 0, 0);
}

/* Does a double mark close the open quote o? */
static int
double_closes(const struct open_q *o, const struct mark *m)
{
	switch (m->pref) {
	case PREF_CLOSE:
		return 1;
	case PREF_EITHER:
		return 1;
	case PREF_OPEN:
		/* German „...“ closes with the English opener. */
		if (o->g == G_LOW9 && m->g == G_LDQ)
			return 1;
		return m->ctx != CTX_OPEN;
	}
	return 0;
}

static int
double_can_open(const struct mark *m)
{
	switch (m->pref) {
	case PREF_OPEN:
		return m->ctx != CTX_CLOSE;
	case PREF_EITHER:
		return m->ctx != CTX_CLOSE;
	case PREF_CLOSE:
		/* Swedish ”...”, Danish »...« */
		return m->ctx == CTX_OPEN;
	}
	return 0;
}

/* Would a quote restarted at m have ended at a sentence end before it? */
static size_t
restart_bound(const char *s, size_t len, size_t lo, size_t pos)
{
	size_t p = pos;

	while (p > lo) {
		p--;
		if ((s[p] == '.' || s[p] == '!' || s[p] == '?') &&
		    text_is_sentence_end(s, len, p))
			return p + 1;
	}
	return trim_back(s, lo, pos);
}

/*
 * Multi-paragraph quotes: the paragraph after a break continues an open
 * quote if it opens with a double mark.  Returns the position after that
 * mark, or 0.
 */
static size_t
continues_at(const char *s, size_t len, size_t pos)
{
	struct mark m;
	size_t glen;
	enum glyph g;

	while (pos < len && text_is_space(text_char_at(s, len, pos)))
		pos += ((unsigned char)s[pos] < 0x80) ? 1 :
		    (((unsigned char)s[pos] < 0xe0) ? 2 : 3);
	if (pos >= len)
		return 0;
	if (s[pos] == '\'' && pos + 1 < len && s[pos + 1] == '\'')
		g = G_APOS2, glen = 2;
	else
		g = glyph_at(s, len, pos, &glen);
	if (g == G_NONE)
		return 0;
	mark_fill(&m, pos, glen, g, ctx_of(text_char_before(s, pos),
	    text_char_at(s, len, pos + glen)));
	if (m.fam != FAM_DOUBLE || m.pref == PREF_CLOSE || m.ctx != CTX_OPEN)
		return 0;
	return pos + glen;
}

static int
pair(struct qx *x)
{
	struct scan sc;
	struct mark m;
	struct open_q outer, inner;
	enum event ev;
	const char *s = x->s;
	size_t len = x->len, cont, para_start = 0;

	memset(&sc, 0, sizeof(sc));
	sc.s = s;
	sc.len = len;
	memset(&outer, 0, sizeof(outer));
	memset(&inner, 0, sizeof(inner));
	while ((ev = scan_next(&sc, &m)) != EV_END) {
		if (ev == EV_DASHQ) {
			if (!outer.on && on_dashq(x, para_start, m.pos) == -1)
				return -1;
			continue;
		}
		if (ev == EV_PARA) {
			para_start = sc.pos;
			inner.on = 0;
			if (!outer.on)
				continue;
			if (outer.fam == FAM_DOUBLE &&
			    (cont = continues_at(s, len, sc.pos)) != 0) {
				sc.pos = cont;
				sc.run_end = 0;
				continue;
			}
			if (outer.fam == FAM_DOUBLE &&
			    emit_unclosed(x, &outer, m.pos) == -1)
				return -1;
			outer.on = 0;
			continue;
		}
		if (!outer.on) {
			if ((m.fam == FAM_DOUBLE && double_can_open(&m)) ||
			    (m.fam == FAM_SINGLE && single_can_open(s, len, &m))) {
				outer.on = 1;
				outer.start = m.pos;
				outer.olen = m.len;
				outer.g = m.g;
				outer.fam = m.fam;
			}
			continue;
		}
		if (outer.fam == FAM_SINGLE) {
			/* a top-level single quote: headlines, British copy */
			if (m.fam == FAM_SINGLE && single_can_close(s, len, &m)) {
				if (emit(x, &outer, m.pos + m.len, m.pos, 1,
				    0) == -1)
					return -1;
				outer.on = 0;
			} else if (m.fam == FAM_DOUBLE && double_can_open(&m)) {
				/* the single was an apostrophe after all */
				outer.start = m.pos;
				outer.olen = m.len;
				outer.g = m.g;
				outer.fam = m.fam;
			}
			continue;
		}
		/* inside a double quote */
		if (inner.on) {
			if (inner.fam == FAM_SINGLE && m.fam == FAM_SINGLE) {
				if (single_can_close(s, len, &m)) {
					if (emit(x, &inner, m.pos + m.len,
					    m.pos, 1, 1) == -1)
						return -1;
					inner.on = 0;
				}
				continue;
			}
			if (inner.fam == FAM_DOUBLE && (m.g == G_RDQ ||
			    m.g == G_DQ || (m.g == G_LDQ &&
			    m.ctx == CTX_CLOSE))) {
				if (emit(x, &inner, m.pos + m.len, m.pos, 1,
				    1) == -1)
					return -1;
				inner.on = 0;
				continue;
			}
		}
		if (m.fam == FAM_SINGLE) {
			if (!inner.on && single_can_open(s, len, &m)) {
				inner.on = 1;
				inner.start = m.pos;
				inner.olen = m.len;
				inner.g = m.g;
				inner.fam = m.fam;
			}
			continue;
		}
		/* French « ... “ ... ” ... » nests English marks. */
		if (outer.g == G_LAQ && m.g == G_LDQ && !inner.on) {
			inner.on = 1;
			inner.start = m.pos;
			inner.olen = m.len;
			inner.g = m.g;
			inner.fam = m.fam;
			continue;
		}
		if (double_closes(&outer, &m)) {
			if (emit(x, &outer, m.pos + m.len, m.pos, 1, 0) == -1)
				return -1;
			outer.on = 0;
			inner.on = 0;
			continue;
		}
		/* An opener in opening position: the last quote was never
		 * closed.  End it at its last sentence and start anew. */
		{
			size_t b = restart_bound(s, len, outer.start +
			    outer.olen, m.pos);

			if (emit(x, &outer, b, b, 0, 0) == -1)
				return -1;
		}
		outer.start = m.pos;
		outer.olen = m.len;
		outer.g = m.g;
		inner.on = 0;
	}
	if (outer.on && outer.fam == FAM_DOUBLE &&
	    emit_unclosed(x, &outer, len) == -1)
		return -1;
	return 0;
}

int
quotes_extract(const struct article *art, struct extract_out *out)
{
	struct qx *x, xs;

	if (art->body.p == NULL || art->body.len == 0)
		return 0;
	if (art->body.len > UINT32_MAX) {
		errno = EINVAL;
		return -1;
	}
	x = &xs;
	memset(x, 0, sizeof(*x));
	x->s = art->body.p;
	x->len = art->body.len;
	x->out = &out->quotes;
	if (pair(x) == -1)
		return -1;
	if (x->have_pending && process(x, &x->pending,
	    x->have_prev ? x->prev_end : 0, x->len) == -1)
		return -1;
	return speech_scan_to(x, x->len);
}
