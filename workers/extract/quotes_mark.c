/*
 * quotes_mark.c — the quotation marks of a body: stage 1 of the quote
 * pass (quotes.c has the overview).
 *
 * It owns which glyphs are quotation marks (straight, curly, guillemets,
 * low-9, `` and ''), the family and the direction each glyph has by
 * itself, the direction the characters around a mark give it, the
 * scanner that turns a body into mark tokens, paragraph breaks and the
 * ",—" of unmarked speech (quotes_mark_next), and the tests the pairer
 * asks of one mark: can it open, can it close, is a single mark an
 * apostrophe after all, does the next paragraph continue a quote.  It
 * knows nothing of spans, attributions or speakers.
 *
 * Speed: every byte of a body passes next_stop, which skips the bytes
 * that cannot start a mark or a break 64 at a time (SSE2), and passes
 * over the breaks and inner apostrophes the scanner would pass over
 * without leaving its block.  Output does not depend on it.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "quotes_int.h"
#include "quotes_mark.h"
#include "text.h"
#include "utf8.h"

/* --- limits --- */

/* Bytes skipped looking for the next mark in ""A," and, "B"": a comma
 * and a space, or a no-break space (two bytes). */
#define MARK_PEEK_BYTES		3

/* --- glyphs and directions --- */

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
	/* ASCII as text_is_space and text_is_dash read it, without the
	 * calls: most marks stand next to ASCII */
	if (c < 0x80 ? c == 0 || c == ' ' || (c >= '\t' && c <= '\r') ||
	    c == '-' : text_is_space(c) || text_is_dash(c))
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

/* --- the scanner --- */

/*
 * The bytes quotes_mark_next stops at: line breaks, ASCII quotes, the ','
 * of ",—" and 0xc2 and 0xe2, the lead bytes of the Unicode quotation
 * marks and line separators.  Every other byte is skipped in a tight loop, and
 * that is most of any text.
 */
static const unsigned char scan_stop[256] = {
	['\n'] = 1, ['\r'] = 1, ['"'] = 1, ['\''] = 1, ['`'] = 1, [','] = 1,
	[0xc2] = 1, [0xe2] = 1,
};

/* Bytes next_stop compares at once: four SSE2 registers, one 64-bit
 * mask (most of a news text holds no stop for a line or more). */
#define STOP_BLOCK	64
/* Bytes of one SSE2 register. */
#define STOP_VEC	16

/* An ASCII letter or digit: what side_of calls SIDE_WORD, as a byte. */
static inline int
ascii_alnum(char ch)
{
	unsigned char c = (unsigned char)ch;

	return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10;
}

#ifdef __SSE2__
/*
 * The bytes of the STOP_VEC at u + p that may stop the scan, as a mask
 * (bit i is byte p + i): every stop but the comma, with a few bytes more,
 * in four compares.  x | 7 is 0x0f for 0x08-0x0f (\n and \r, and \t,
 * \v, \f and three control bytes), x | 5 is 0x27 for " # & ', and
 * x | 0x20 is 0xe2 for 0xc2 and 0xe2.  The bytes more are passed over
 * by scan_stop (next_stop), and a comma stops only before 0xe2 (",—"),
 * which next_stop finds from the 0xe2.
 */
static inline unsigned
stop_vec(const unsigned char *u, size_t p)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)
	    (u + p));
	const __m128i brk = _mm_cmpeq_epi8(_mm_or_si128(v,
	    _mm_set1_epi8(0x07)), _mm_set1_epi8(0x0f));
	const __m128i qt = _mm_cmpeq_epi8(_mm_or_si128(v,
	    _mm_set1_epi8(0x05)), _mm_set1_epi8(0x27));
	const __m128i gr = _mm_cmpeq_epi8(v, _mm_set1_epi8('`'));
	const __m128i lead = _mm_cmpeq_epi8(_mm_or_si128(v,
	    _mm_set1_epi8(0x20)), _mm_set1_epi8((char)0xe2));

	_Static_assert(STOP_VEC == sizeof(__m128i), "one SSE2 register");
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(brk, qt),
	    _mm_or_si128(gr, lead)));
}
#endif

/*
 * The first byte at or after pos (at most len) that quotes_mark_next
 * stops at, or len, passing over what quotes_mark_next would pass over
 * right away: a line break when sc->paras is not set (sc->para moved past
 * it), and unless sc->all an apostrophe between two ASCII letters or
 * digits (' or ’: "don't", "it’s").  Where SSE2 is there (every x86-64),
 * STOP_BLOCK bytes are compared at once, against a load, a table load
 * and a branch a byte; sc->bytewise (tests) asks for the byte loop.
 */
static size_t
next_stop(struct scan *sc, const unsigned char *u, size_t pos, size_t len)
{
	const size_t start = pos;
	size_t q;
	unsigned char c;

#ifdef __SSE2__
	while (!sc->bytewise && len - pos >= STOP_VEC) {
		uint64_t bits;
		size_t base = pos;

		if (len - pos >= STOP_BLOCK) {
			_Static_assert(STOP_BLOCK == 4 * STOP_VEC,
			    "four registers a block");
			bits = (uint64_t)stop_vec(u, pos) |
			    (uint64_t)stop_vec(u, pos + STOP_VEC) << 16 |
			    (uint64_t)stop_vec(u, pos + 2 * STOP_VEC) << 32 |
			    (uint64_t)stop_vec(u, pos + 3 * STOP_VEC) << 48;
			pos += STOP_BLOCK;
		} else {
			bits = stop_vec(u, pos);
			pos += STOP_VEC;
		}
		for (; bits != 0; bits &= bits - 1) {
			q = base + (size_t)__builtin_ctzll(bits);
			c = u[q];
			if (c == '\n' || c == '\r') {
				if (sc->paras)
					return q;
				sc->para = q + 1;
				continue;
			}
			if (!scan_stop[c])
				continue;
			if (c == '\'' && !sc->all && q > 0 && q + 1 < len &&
			    ascii_alnum((char)u[q - 1]) &&
			    ascii_alnum((char)u[q + 1]))
				continue;
			if (c == 0xe2 && !sc->all && q > 0 && q + 3 < len &&
			    u[q + 1] == 0x80 && u[q + 2] == 0x99 &&
			    ascii_alnum((char)u[q - 1]) &&
			    ascii_alnum((char)u[q + 3]))
				continue;
			/* the comma of ",—", where the scan reached it */
			if (c == 0xe2 && q > start && u[q - 1] == ',')
				return q - 1;
			return q;
		}
	}
#endif
	/* Four bytes a step while none of them stops. */
	while (len - pos >= 4 && !(scan_stop[u[pos]] | scan_stop[u[pos + 1]] |
	    scan_stop[u[pos + 2]] | scan_stop[u[pos + 3]]))
		pos += 4;
	while (pos < len && !scan_stop[u[pos]])
		pos++;
	/* the comma before the bytes read one at a time */
	if (pos < len && u[pos] == 0xe2 && pos > start && u[pos - 1] == ',')
		return pos - 1;
	return pos;
}

/*
 * Is a mark with glyph g in context ctx one the pairer can do nothing
 * with?  A single mark that does not point open by itself, between two
 * letters or two spaces ("don't", "it’s", " ' "), can neither open a
 * quote (quotes_mark_single_can_open wants CTX_OPEN, or a glyph that
 * opens by itself) nor close one (quotes_mark_single_can_close wants
 * CTX_CLOSE, or › in neutral position: French spacing), in any state of
 * the pairer.  Most are apostrophes inside words, so the scanner passes
 * over them instead of handing each to the pairer.
 */
static inline int
inert(enum glyph g, enum ctx ctx)
{
	enum fam fam;
	enum pref pref;

	if (ctx != CTX_NEUTRAL || g == G_RSAQ)
		return 0;
	glyph_props(g, &fam, &pref);
	return fam == FAM_SINGLE && pref != PREF_OPEN;
}

/*
 * The next mark or paragraph break, inert marks passed over, and breaks
 * too unless sc->paras asks for them (sc->para notes each).  A run of
 * apostrophes is read as '' doubles with one ' left over, the single
 * first where the run closes a quote ("it,'''" is ' then '') and last
 * where it opens one.
 */
enum event
quotes_mark_next(struct scan *sc, struct mark *m)
{
	const char *s = sc->s;
	size_t len = sc->len, glen, p;
	enum glyph g;
	enum ctx ctx;

	while (sc->pos < len) {
		unsigned char c;

		if (sc->pos >= sc->run_end) {
			sc->pos = next_stop(sc, (const unsigned char *)s,
			    sc->pos, len);
			if (sc->pos >= len)
				break;
		}
		c = (unsigned char)s[sc->pos];
		if (sc->pos < sc->run_end) {
			size_t left = sc->run_end - sc->pos;

			if ((sc->run_ctx == CTX_CLOSE && (left & 1)) ||
			    left == 1) {
				sc->pos += 1;
				if (!sc->all && inert(G_SQ, sc->run_ctx))
					continue;
				mark_fill(m, sc->pos - 1, 1, G_SQ,
				    sc->run_ctx);
			} else {
				mark_fill(m, sc->pos, 2, G_APOS2, sc->run_ctx);
				sc->pos += 2;
			}
			return EV_MARK;
		}
		if (c == '\n' || c == '\r') {
			sc->para = ++sc->pos;
			if (!sc->paras)
				continue;
			m->pos = sc->pos - 1;
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
			sc->pos += 3;
			sc->para = sc->pos;
			if (!sc->paras)
				continue;
			m->pos = sc->pos - 3;
			return EV_PARA;
		}
		if (c == '\'') {
			/* inert between two ASCII letters or digits (don't):
			 * a run of one, neither side open nor closing */
			if (!sc->all && sc->pos > 0 && sc->pos + 1 < len &&
			    ascii_alnum(s[sc->pos - 1]) &&
			    ascii_alnum(s[sc->pos + 1])) {
				sc->pos++;
				continue;
			}
			p = sc->pos;
			while (p < len && s[p] == '\'')
				p++;
			sc->run_end = p;
			sc->run_ctx = ctx_of(text_char_before(s, sc->pos),
			    text_char_at(s, len, p));
			continue;
		}
		/* ’ between two ASCII letters or digits (don’t): inert */
		if (c == 0xe2 && !sc->all && sc->pos > 0 &&
		    sc->pos + 3 < len &&
		    (unsigned char)s[sc->pos + 1] == 0x80 &&
		    (unsigned char)s[sc->pos + 2] == 0x99 &&
		    ascii_alnum(s[sc->pos - 1]) &&
		    ascii_alnum(s[sc->pos + 3])) {
			sc->pos += 3;
			continue;
		}
		g = glyph_at(s, len, sc->pos, &glen);
		if (g == G_NONE) {
			sc->pos++;
			continue;
		}
		ctx = ctx_of(text_char_before(s, sc->pos),
		    text_char_at(s, len, sc->pos + glen));
		sc->pos += glen;
		if (!sc->all && inert(g, ctx))
			continue;
		mark_fill(m, sc->pos - glen, glen, g, ctx);
		return EV_MARK;
	}
	return EV_END;
}

/* --- what one mark can do --- */

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
	return lexicon_is(s, &w, LX_ELISION);
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

int
quotes_mark_single_can_open(const char *s, size_t len, const struct mark *m)
{
	if (m->fam != FAM_SINGLE || m->pref == PREF_CLOSE)
		return 0;
	if (m->ctx != CTX_OPEN && !(m->pref == PREF_OPEN &&
	    m->ctx == CTX_NEUTRAL && side_of(text_char_before(s, m->pos)) !=
	    SIDE_WORD))
		return 0;
	return !single_is_elision(s, len, m);
}

int
quotes_mark_single_can_close(const char *s, size_t len, const struct mark *m)
{
	if (m->fam != FAM_SINGLE || m->pref == PREF_OPEN)
		return 0;
	/* French spacing: "‹ non ›" closes in neutral position */
	if (m->ctx != CTX_CLOSE && !(m->g == G_RSAQ && m->ctx == CTX_NEUTRAL))
		return 0;
	return !single_is_apostrophe_close(s, len, m);
}

/* Does an opening quotation mark follow pos, past a comma and a space? */
int
quotes_mark_follows(const char *s, size_t len, size_t pos)
{
	size_t glen, lim = pos + MARK_PEEK_BYTES;

	while (pos < len && pos < lim && (s[pos] == ' ' || s[pos] == ','))
		pos++;
	return pos < len && glyph_at(s, len, pos, &glen) != G_NONE;
}

/* Does s[lo, end) hold a double quotation mark of any style (" “ ” ‟
 * „ « » ``)?  Single marks are left out: most are apostrophes. */
int
quotes_mark_double_within(const char *s, size_t lo, size_t end)
{
	enum fam fam;
	enum pref pref;
	enum glyph g;
	size_t r, glen;

	for (r = lo; r < end; r++) {
		if ((g = glyph_at(s, end, r, &glen)) == G_NONE)
			continue;
		glyph_props(g, &fam, &pref);
		if (fam == FAM_DOUBLE)
			return 1;
	}
	return 0;
}

/* Does a double mark close the open quote that opened with the glyph
 * opener? */
int
quotes_mark_double_closes(enum glyph opener, const struct mark *m)
{
	switch (m->pref) {
	case PREF_CLOSE:
		return 1;
	case PREF_EITHER:
		return 1;
	case PREF_OPEN:
		/* German „...“ closes with the English opener. */
		if (opener == G_LOW9 && m->g == G_LDQ)
			return 1;
		return m->ctx != CTX_OPEN;
	}
	return 0;
}

/* Can a double mark open a quote? */
int
quotes_mark_double_can_open(const struct mark *m)
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

/*
 * Multi-paragraph quotes: the paragraph after a break continues an open
 * quote if it opens with a double mark.  Returns the position after that
 * mark, or 0.
 */
size_t
quotes_mark_continues_at(const char *s, size_t len, size_t pos)
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
