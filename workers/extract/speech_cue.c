/*
 * speech_cue.c — the cue-word scan of the reported-speech scanner: the
 * filter tables built from quotes_lexicon.def that pass over most words
 * of a sentence without a lookup, the search for a sentence's last cue
 * (speech_cue_last, which keeps the cues it finds), and the reading of
 * the narrator's words of a sentence (outside its quotes) with what each
 * is known to be: a cue, no cue, or to be looked up.
 */
#include <limits.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/* --- a sentence's first test: does it hold a cue at all? --- */

/*
 * For each first letter, bit n - 1 set when a word of a class speech.c
 * reads as a cue is n bytes long; built from quotes_lexicon.def.  Most
 * sentences hold no cue, and a scan of their lower-case words against
 * this table passes them over without reading their words.
 */
#define LEX_LEN_BIT(w, c)	\
	((c) & SPEECH_CUES ? (uint32_t)1 << (sizeof(w) - 2) : 0)
static const uint32_t cue_lens[1 + 26] = {
	0
#define LEX(w, c)	| LEX_LEN_BIT(w, c)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
#undef LEX_LEN_BIT
_Static_assert(TEXT_LEX_WORD_MAX <= 32, "cue_lens holds 32 lengths");

/*
 * The lengths pass most words of a cue's first letter ("sa", "se", "st"
 * words of four and five bytes), so a second filter keys on the second
 * byte and the length together: for each first letter, 128 bits, one
 * set for each cue word's (second byte, length), in two halves.
 */
#define CUE_PAIR_BITS		128
#define CUE_PAIR_HASH(b1, len)	\
	((((unsigned)(b1) << 3) + (unsigned)(len)) % CUE_PAIR_BITS)
#define CUE_B1(w)	(sizeof(w) > 2 ? (unsigned char)(w)[1] : 0)
#define CUE_PAIR_BIT(w, c, half)					\
	(((c) & SPEECH_CUES) &&						\
	CUE_PAIR_HASH(CUE_B1(w), sizeof(w) - 1) / 64 == (half) ?	\
	(uint64_t)1 << (CUE_PAIR_HASH(CUE_B1(w), sizeof(w) - 1) % 64) : 0)
static const uint64_t cue_pairs[CUE_PAIR_BITS / 64][1 + 26] = {
	{
		0
#define LEX(w, c)	| CUE_PAIR_BIT(w, c, 0)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
	}, {
		0
#define LEX(w, c)	| CUE_PAIR_BIT(w, c, 1)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
	},
};
#undef CUE_PAIR_BIT
#undef CUE_B1

/*
 * Function words share first letters, second bytes and lengths with cues
 * ("said" / "same", "told" / "took"), so a third filter keys on the last
 * byte and the one before it, in the same way.
 */
#define CUE_TAIL_HASH(b2, bl)	\
	((((unsigned)(b2) * 5u) + (unsigned)(bl)) % CUE_PAIR_BITS)
#define CUE_BL(w)	((unsigned char)(w)[sizeof(w) - 2])
#define CUE_B2(w)	(sizeof(w) > 3 ? (unsigned char)(w)[sizeof(w) - 3] : 0)
#define CUE_TAIL_BIT(w, c, half)					\
	(((c) & SPEECH_CUES) &&						\
	CUE_TAIL_HASH(CUE_B2(w), CUE_BL(w)) / 64 == (half) ?		\
	(uint64_t)1 << (CUE_TAIL_HASH(CUE_B2(w), CUE_BL(w)) % 64) : 0)
static const uint64_t cue_tails[CUE_PAIR_BITS / 64][1 + 26] = {
	{
		0
#define LEX(w, c)	| CUE_TAIL_BIT(w, c, 0)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
	}, {
		0
#define LEX(w, c)	| CUE_TAIL_BIT(w, c, 1)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
	},
};
#undef CUE_TAIL_BIT
#undef CUE_B2
#undef CUE_BL

/*
 * Most runs of lower-case letters are no cue, and the filters above
 * want the run's length, its second byte and its last two before they
 * reject one.  A first filter reads only the run's first three bytes:
 * for each first letter, 64 bits, one set for each cue word's second
 * and third letters ("sai", "tol", "war"), and "according"'s; a run
 * shorter than CUE_LEN_MIN is none.  It passes a quarter of the runs of
 * news copy ("that", "for", "said", "not").
 */
#define CUE_LEN_MIN	3
#define CUE_TRI_BITS	64
#define CUE_TRI_HASH(b1, b2)	\
	((((unsigned)(b1) - 'a') * 23u + ((unsigned)(b2) - 'a')) % CUE_TRI_BITS)
#define CUE_TRI_B(w, i)	(sizeof(w) > (i) + 1 ? (unsigned char)(w)[i] : 'a')
#define CUE_TRI_BIT(w, c)						\
	((c) & SPEECH_CUES ?						\
	(uint64_t)1 << CUE_TRI_HASH(CUE_TRI_B(w, 1), CUE_TRI_B(w, 2)) : 0)
/* "according" passes too: cue_run tests for it among the runs that
 * pass (a word of nine bytes "acc...g" sets its bit, which may only let
 * more runs pass) */
#define CUE_TRI_ACCORDING(w)						\
	(sizeof(w) == sizeof("according") && TEXT_LEX_AT(w, 0) == 'a' &&	\
	TEXT_LEX_AT(w, 1) == 'c' && TEXT_LEX_AT(w, 2) == 'c' &&		\
	TEXT_LEX_AT(w, 8) == 'g' ?					\
	(uint64_t)1 << CUE_TRI_HASH('c', 'c') : 0)
static const uint64_t cue_tris[1 + 26] = {
	0
#define LEX(w, c)	| CUE_TRI_BIT(w, c) | CUE_TRI_ACCORDING(w)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
#undef CUE_TRI_ACCORDING
#undef CUE_TRI_BIT
#undef CUE_TRI_B
/* No cue word is shorter than CUE_LEN_MIN. */
_Static_assert(0
#define LEX(w, c)	+ (((c) & SPEECH_CUES) && sizeof(w) - 1 < CUE_LEN_MIN)
#define LEX_FROM(l)
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
    == 0, "a cue word shorter than CUE_LEN_MIN");

/* May the run of n lower-case letters at p be a cue, by its first three
 * bytes? */
static inline int
may_be_cue_tri(const unsigned char *u, size_t p, size_t n)
{
	unsigned h;

	if (n < CUE_LEN_MIN)
		return 0;
	h = CUE_TRI_HASH(u[p + 1], u[p + 2]);
	return (cue_tris[1 + (u[p] - 'a')] >> h) & 1;
}

static int
ascii_letter(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

/* Can the lower-case ASCII word [p, p + n) be a cue, by the filters?
 * Each test reads one table word, the cheapest first. */
static inline int
may_be_cue(const unsigned char *u, size_t p, size_t n)
{
	unsigned k = (unsigned)(u[p] - 'a'), h, t;

	if (k >= 26 || n - 1 >= 32 || !((cue_lens[1 + k] >> (n - 1)) & 1))
		return 0;
	h = CUE_PAIR_HASH(n >= 2 ? u[p + 1] : 0, n);
	if (!((cue_pairs[h / 64][1 + k] >> (h % 64)) & 1))
		return 0;
	t = CUE_TAIL_HASH(n >= 2 ? u[p + n - 2] : 0, u[p + n - 1]);
	return (cue_tails[t / 64][1 + k] >> (t % 64)) & 1;
}

/* The end of the run of lower-case ASCII letters at p, within end. */
static inline size_t
lower_run_end(const unsigned char *u, size_t p, size_t end)
{
	size_t n;

	while (end - p >= TEXT_RUN8) {
		n = text_lower_run8(u + p);
		p += n;
		if (n < TEXT_RUN8)
			return p;
	}
	while (p < end && speech_ascii_lower(u[p]))
		p++;
	return p;
}

/* What speech_cue_last keeps of a sentence's runs as it reads them. */
struct cue_scan {
	size_t		 last;		/* the end of the last cue */
};

/*
 * The run of lower-case letters [p, q) of the sentence t: a cue when it
 * starts a word (the sentence's start or no ASCII letter before it) and
 * the lexicon gives it a class of SPEECH_CUES after the filters pass it;
 * "according" counts wherever it starts.
 */
static inline void
cue_run(const struct qx *x, struct sent *t, struct cue_scan *cs, size_t p,
    size_t q)
{
	const unsigned char *u = (const unsigned char *)x->s;
	size_t n = q - p;
	struct text_word w;
	uint32_t lx;

	if (!may_be_cue_tri(u, p, n))
		return;
	if (n == 9 && memcmp(x->s + p, "according", 9) == 0)
		cs->last = q;
	if ((p == t->ss || !ascii_letter(u[p - 1])) && may_be_cue(u, p, n)) {
		w.start = p;
		w.end = q;
		w.flags = 0;
		lx = lexicon_of(x->s, &w);
		if (lx & SPEECH_CUES) {
			cs->last = q;
			if (t->ncues < SENT_CUES_MAX) {
				t->cues[t->ncues].start = p;
				t->cues[t->ncues].end = q;
				t->cues[t->ncues++].lx = lx;
			} else
				t->cues_overflow = 1;
		}
	}
}

/* Bytes of the blocks speech_cue_last reads at once: four SSE2
 * registers, one 64-bit mask.  A run that crosses a block's end is read
 * to its end the long way and the next block starts there; a sentence
 * is some 150 bytes, and the fewer block ends, the fewer such runs (64
 * bytes: 345.97M instructions over the dev bodies, 32: 346.61M, 16:
 * 353.05M). */
#define CUE_BLOCK	64

/*
 * The runs of lower-case letters that start in [p, b) (b a quote's start
 * or the sentence's end), each read to its end (within the sentence's
 * end se, which it may pass b to reach: a run is read whole); p itself
 * starts one when it is a letter.  Returns where the reading stopped: b,
 * or the end of a run that reached it.  With SSE2 a block of CUE_BLOCK
 * bytes is tested at once, and its runs found from one mask: most runs
 * are words between spaces, and most words no cue.
 */
static size_t
cue_segment(const struct qx *x, struct sent *t, struct cue_scan *cs,
    size_t p, size_t b)
{
	const unsigned char *u = (const unsigned char *)x->s;
	size_t se = t->se, q;

#ifdef __SSE2__
	const __m128i shift = _mm_set1_epi8((char)(0x80 - 'a'));
	const __m128i below = _mm_set1_epi8((char)(0x80 + 26));
	_Static_assert(CUE_BLOCK == 4 * sizeof(__m128i),
	    "four SSE2 registers");
	_Static_assert(CUE_BLOCK == 8 * sizeof(uint64_t), "one mask");

	/* whole blocks of the text, the bytes past b masked off */
	while (p < b && x->len - p >= CUE_BLOCK) {
		uint64_t low = 0, starts, m, keep, after;
		unsigned k, i;
		size_t next = p + CUE_BLOCK;

		for (i = 0; i < CUE_BLOCK / sizeof(__m128i); i++) {
			__m128i v = _mm_loadu_si128((const __m128i *)
			    (const void *)(u + p + i * sizeof(__m128i)));

			/* a-z, and only they, move to -128 .. -103 */
			low |= (uint64_t)(unsigned)_mm_movemask_epi8(
			    _mm_cmplt_epi8(_mm_add_epi8(v, shift), below)) <<
			    (i * sizeof(__m128i));
		}
		starts = low & ~(low << 1);

		if (b - p < CUE_BLOCK)
			starts &= ((uint64_t)1 << (b - p)) - 1;
		else {
			/* the start of the run that reaches the block's
			 * end (none: CUE_BLOCK) */
			unsigned cross = low >> 63 ? 63u -
			    (unsigned)__builtin_clzll(starts) : CUE_BLOCK;

			/* a run that ends in the block ends before b: one
			 * shorter than CUE_LEN_MIN is passed over unread
			 * (the last two bytes' may go on past the block) */
			starts &= (low >> 1 & low >> 2) | (uint64_t)3 << 62;
			/* and so is one the first three letters show to
			 * be no cue (may_be_cue_tri): its end is not needed
			 * (the runs before the one reaching the end, which
			 * have their three letters in the block) */
			m = starts & (((uint64_t)1 << (cross < CUE_BLOCK - 2 ?
			    cross : CUE_BLOCK - 2)) - 1);
			keep = starts & ~m;
			while (m != 0) {
				const unsigned char *r;

				k = (unsigned)__builtin_ctzll(m);
				m &= m - 1;
				r = u + p + k;
				if ((cue_tris[1 + (r[0] - 'a')] >>
				    CUE_TRI_HASH(r[1], r[2])) & 1) {
					/* the run ends in the block: its
					 * length is a cue's of that first
					 * letter, or "according"'s */
					unsigned n = (unsigned)__builtin_ctzll(
					    ~low >> k);

					if (n == 9 || (n <= 32 &&
					    ((cue_lens[1 + (r[0] - 'a')] >>
					    (n - 1)) & 1)))
						keep |= (uint64_t)1 << k;
				}
			}
			starts = keep;
		}
		_Static_assert(CUE_LEN_MIN == 3, "three bits of low a run");
		while (starts != 0) {
			k = (unsigned)__builtin_ctzll(starts);
			after = ~low & (~(uint64_t)0 << k);
			q = after != 0 ? p + (unsigned)__builtin_ctzll(after) :
			    p + CUE_BLOCK >= se ? se :
			    lower_run_end(u, p + CUE_BLOCK, se);
			if (q > se)
				q = se;
			cue_run(x, t, cs, p + k, q);
			if (q >= b)
				return q;
			if (q >= next) {
				/* the run went on past the block */
				next = q;
				break;
			}
			starts &= starts - 1;
		}
		/* a block that reaches past b, no run crossing b: stop at b,
		 * not at the block's end, which may lie past the end of a
		 * short quote starting at b, over narrator's words after it */
		p = next < b ? next : b;
	}
#endif
	/* the last bytes of the text, byte by byte */
	while (p < b) {
		if (!speech_ascii_lower(u[p])) {
			p++;
			continue;
		}
		q = lower_run_end(u, p + 1, se);
		cue_run(x, t, cs, p, q);
		p = q;
	}
	return p;
}

/*
 * Where the last cue of the sentence ends: the last lower-case word of
 * the narrator's (outside the sentence's quotes, whose words the rules
 * never read) that is a cue, or "according"; 0 when there is none.
 * Reads each byte outside the quotes once, with a lookup only for words
 * that pass the filters, and keeps the cues it finds in t->cues.
 */
size_t
speech_cue_last(const struct qx *x, struct sent *t)
{
	const char *s = x->s;
	size_t ss = t->ss, se = t->se, p = ss, b, qi = 0;
	struct cue_scan cs = { 0 };

	t->ncues = 0;
	t->cues_overflow = 0;
	if (se - ss >= 9 && text_range_eq(s, ss, ss + 9, "according"))
		cs.last = ss + 9;
	/* "In a CNN poll, ...": the phrase is read as a cue (its comma) */
	else if (s[ss] == 'I' && speech_form_in_doc_comma(s, ss, se) != 0)
		cs.last = ss + 2;
	while (p < se) {
		/* a quote's words are not the narrator's: the rules never
		 * read them for a cue */
		if (qi < t->nq && speech_sq_at(x, t, qi)->start <= p) {
			if (speech_sq_at(x, t, qi)->end > p)
				p = speech_sq_at(x, t, qi)->end;
			qi++;
			continue;
		}
		b = qi < t->nq && speech_sq_at(x, t, qi)->start < se ?
		    speech_sq_at(x, t, qi)->start : se;
		p = cue_segment(x, t, &cs, p, b);
	}
	return cs.last;
}

/* --- reading a sentence's words --- */

/*
 * The narrator's words of the sentence (outside its quotes), up to
 * AFTER_CUE_WORDS past the first word that starts at or after the end
 * of its last cue (the rules read no further), at most SENT_WORDS_MAX,
 * each with what it is known to be: a cue speech_cue_last kept (with
 * its classes), no cue, or to be asked (past the cues kept).
 */
void
speech_cue_read_words(struct qx *x, struct sent *t)
{
	const char *s = x->s;
	size_t p = t->ss, i = 0, c, n = 0, stop = SENT_WORDS_MAX, j, k;
	size_t qs = SIZE_MAX, qe = 0, mark = t->cue_end;

	/* the next quote [qs, qe) that ends after p */
	if (t->nq > 0) {
		qs = speech_sq_at(x, t, 0)->start;
		qe = speech_sq_at(x, t, 0)->end;
	}
	t->truncated = 0;
	t->according = 0;
	t->nyes = 0;
	_Static_assert(SENT_WORDS_MAX <= UCHAR_MAX + 1, "a word's index in yes");
	while (n < stop && p < t->se) {
		/* jump over the quotes: their words are not the narrator's */
		while (qe <= p && i < t->nq) {
			if (++i < t->nq) {
				qs = speech_sq_at(x, t, i)->start;
				qe = speech_sq_at(x, t, i)->end;
			} else {
				qs = SIZE_MAX;
				qe = 0;
			}
		}
		if (qs <= p && i < t->nq) {
			p = qe;
			continue;
		}
		/* the words up to the next quote, a block at a time; the
		 * first that starts at or after the last cue's end (mark)
		 * sets how many more are read */
		k = text_words_next(s, x->len, t->se, qs, mark, &p, &t->w[n],
		    stop - n);
		n += k;
		/* the rules read at most a few words past the last cue:
		 * the reader stopped after the first word at mark */
		if (mark != SIZE_MAX && k > 0 && t->w[n - 1].start >= mark) {
			mark = SIZE_MAX;
			if (n + AFTER_CUE_WORDS < SENT_WORDS_MAX)
				stop = n + AFTER_CUE_WORDS;
		}
	}
	t->n = n;
	if (n == stop && stop < SENT_WORDS_MAX && p < t->se)
		t->truncated = !text_all_space(s, p, t->se);
	/* "according" ignoring case: the rule reads the words only when
	 * there is one (nine bytes: "officials", "President" are as many;
	 * most differ in the first) */
	for (j = 0; j < n; j++)
		if (t->w[j].end - t->w[j].start == 9 && text_range_eq(s,
		    t->w[j].start, t->w[j].end, "according"))
			t->according = 1;
	/* the classes are looked up when a rule asks (speech_wlx): most
	 * words of a sentence are never asked about */
	_Static_assert(LX_UNKNOWN == UINT32_MAX, "LX_UNKNOWN in every byte");
	memset(t->lx, 0xff, n * sizeof(t->lx[0]));
	/* no word is a cue but those speech_cue_last kept, unless it found
	 * more than it kept: the words past the last one kept are then to
	 * be asked */
	memset(t->cue, CUE_NO, n);
	if (t->cues_overflow)
		for (j = 0; j < n; j++)
			if (t->w[j].start > t->cues[t->ncues - 1].start)
				t->cue[j] = CUE_ASK;
	/* a cue is a word speech_cue_last kept, whole (starts are
	 * increasing in both lists: one word at most for a cue) */
	for (c = 0, j = 0; c < t->ncues; c++) {
		while (j < n && t->w[j].start < t->cues[c].start)
			j++;
		if (j == n)
			break;
		if (t->w[j].start == t->cues[c].start &&
		    t->w[j].end == t->cues[c].end) {
			t->cue[j] = CUE_YES;
			/* one word a cue kept: nyes <= ncues */
			if (t->nyes < SENT_CUES_MAX)
				t->yes[t->nyes++] = (unsigned char)j;
			t->lx[j] = t->cues[c].lx;
		}
	}
}

/*
 * Is the cue at word i a noun after a name's possessive: "Trump's
 * remarks", not "He's predicting" ('s for "is" or "has" after a
 * pronoun), "Trump's said" (a past participle after "has"), "Trump's
 * claim that" or "Clinton's plans to" (the noun's content follows)?
 */
static int
possessive_noun(const struct qx *x, struct sent *t, size_t i)
{
	static const struct speech_lit pron[] = {
		SPEECH_LIT("he"), SPEECH_LIT("she"), SPEECH_LIT("it"),
		SPEECH_LIT("that"), SPEECH_LIT("there"), SPEECH_LIT("who"),
		SPEECH_LIT("what"), SPEECH_LIT("here"),
	};
	const struct text_word *p = &t->w[i - 1], *w = &t->w[i];

	if (!(p->flags & TEXT_W_POSS) || !(p->flags & TEXT_W_CAP) ||
	    !text_gap_is_blank(x->s, p->end, w->start) ||
	    speech_range_in(x->s, p->start, text_word_stem_end(x->s, p), pron,
	    sizeof(pron) / sizeof(pron[0])))
		return 0;
	if (speech_ends_with(x, w, "ed") || speech_ends_with(x, w, "ing") ||
	    is_word(x, w, "said") || is_word(x, w, "told") ||
	    is_word(x, w, "written"))
		return 0;
	return !(i + 1 < t->n && (is_word(x, &t->w[i + 1], "that") ||
	    is_word(x, &t->w[i + 1], "to")));
}

/*
 * Is the cue at word i one of the cues that are nouns as often, after a
 * determiner or a possessive and one lower-case word: "a private email
 * server", "his opening remarks were", "the caustic chant", "his
 * general point was"?  Not before "that" ("his main point was that" is
 * read at "was").
 */
static int
modified_noun(const struct qx *x, struct sent *t, size_t i)
{
	static const struct speech_lit nouns[] = {
		SPEECH_LIT("email"), SPEECH_LIT("emails"), SPEECH_LIT("remark"),
		SPEECH_LIT("remarks"), SPEECH_LIT("comment"),
		SPEECH_LIT("comments"), SPEECH_LIT("point"), SPEECH_LIT("chant"),
		SPEECH_LIT("tweet"), SPEECH_LIT("tweets"), SPEECH_LIT("answer"),
		SPEECH_LIT("answers"),
	};
	const struct text_word *w = &t->w[i], *m = &t->w[i - 1],
	    *d = &t->w[i - 2];

	if (!speech_range_in(x->s, w->start, w->end, nouns,
	    sizeof(nouns) / sizeof(nouns[0])) || (m->flags & TEXT_W_CAP) ||
	    !text_gap_is_blank(x->s, d->end, m->start) ||
	    !text_gap_is_blank(x->s, m->end, w->start) ||
	    (i + 1 < t->n && is_word(x, &t->w[i + 1], "that")))
		return 0;
	return (d->flags & TEXT_W_POSS) || (speech_wlx(x, t, i - 2) & LX_DET);
}

/* Is word i, a cue or to be asked, a cue that can report a clause? */
int
speech_cue_is_known(const struct qx *x, struct sent *t, size_t i)
{
	const struct text_word *w = &t->w[i];
	size_t p;

	if (t->cue[i] == CUE_ASK) {
		/* what speech_cue_last reads as a cue: lower-case letters only */
		for (p = w->start; p < w->end; p++)
			if (!speech_ascii_lower((unsigned char)x->s[p]))
				return 0;
		if (!may_be_cue((const unsigned char *)x->s, w->start,
		    w->end - w->start) || !(speech_wlx(x, t, i) & SPEECH_CUES))
			return 0;
	}
	/* "to say", "the report", "a warning": not a finite verb (but
	 * "continued to say", "went on to explain" report through the
	 * verb before "to"); after
	 * a quantifier a verb's form is ("Some said", "many believe") */
	if (i > 0 && (speech_wlx(x, t, i - 1) & LX_DET) &&
	    !(speech_is_quantifier(x, &t->w[i - 1]) &&
	    speech_subject_bare_cue(x, w)))
		return 0;
	if (i > 0 && is_word(x, &t->w[i - 1], "to") &&
	    speech_subject_chain_verb(x, t, i) == 0)
		return 0;
	/* after a name's possessive a cue is a noun ("Trump's remarks",
	 * "Manafort's comments", "Clinton's email"), unless a clause or
	 * an infinitive follows it ("Trump's claim that [...]", "Clinton's
	 * plans to [...]": the noun's content) */
	if (i > 0 && possessive_noun(x, t, i))
		return 0;
	if (i > 1 && modified_noun(x, t, i))
		return 0;
	/* a cue that is also the noun of a place or an organisation
	 * ("state", "states", "report", "post": "home state", "state Rep.
	 * Jeff Hoover", "a few states") is a verb only after a pronoun
	 * ("They state their goal") or before "that" ("The document states
	 * that") */
	if ((speech_wlx(x, t, i) & (LX_ORG | LX_TITLE)) &&
	    !(i > 0 && (speech_wlx(x, t, i - 1) & (LX_PRON | LX_PPRON))) &&
	    !(i + 1 < t->n && is_word(x, &t->w[i + 1], "that")))
		return 0;
	return 1;
}
