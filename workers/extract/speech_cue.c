/*
 * speech_cue.c — the cue-word scan of the reported-speech scanner: the
 * filter table built from quotes_lexicon.def that passes over most words
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
 * Most runs of lower-case letters are no cue, and a lookup costs more
 * than a test of one bit: a filter keyed on the whole run passes over
 * most of them first, inside the block loop (CUE_KEY_HASH, speech_int.h).
 * Built from quotes_lexicon.def, so it cannot miss a cue.  Over the dev
 * bodies it passes few runs that are no cue (docs/extraction.md,
 * "Measured choices in the code", for the figures).  It replaced
 * four filters on a run's first three letters, its length, its second
 * and its last two bytes: the first in the block loop, but not in a
 * block cut short by a quote or the sentence's end, the others after
 * it, run by run.  The table, cue_keys[CUE_KEY_ROWS], is
 * lexicon_gen's: built here by the preprocessor, a row of 64 bits took a
 * pass over the .def each (16 rows were 76 MB of preprocessed text).
 */

#include "cue_keys_slots.h"
_Static_assert(sizeof(cue_keys) == CUE_KEY_ROWS * sizeof(uint64_t),
    "cue_keys_slots.h: CUE_KEY_ROWS rows of 64 bits");

/* Is the bit of the hash h set in cue_keys? */
static inline int
cue_key_bit(unsigned h)
{
	return (cue_keys[h / 64] >> (h % 64)) & 1;
}

/*
 * A run shorter than CUE_LEN_MIN is no cue and is passed over unread;
 * one longer than TEXT_LEX_WORD_MAX is in no lexicon.
 */
#define CUE_LEN_MIN	3
_Static_assert(0
#define LEX(w, c)	+ (((c) & SPEECH_SCANNED) && sizeof(w) - 1 < CUE_LEN_MIN)
#define LEX_FROM(l)
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
    == 0, "a cue word shorter than CUE_LEN_MIN");

/*
 * May the run of n (one or more) lower-case letters at r, which ends
 * eight or more bytes into the text, be a cue or "according", by its
 * key's bit?  One load: the eight bytes that end a short run, the first
 * eight of a long one.  A run longer than any word of the lexicon may
 * pass: the lookup then answers.
 */
static inline int
may_be_cue(const unsigned char *r, size_t n)
{
	uint64_t key;
	unsigned h;

	memcpy(&key, n >= 8 ? r : r + n - 8, sizeof(key));
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	key = __builtin_bswap64(key);
#endif
	key >>= n >= 8 ? 0 : 8 * (8 - n);
	h = CUE_KEY_HASH(key, n);
	return cue_key_bit(h);
}

static inline int
ascii_letter(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
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
	size_t		 mark_end;	/* speech_noun_pair_at's */
};

/*
 * The run of lower-case letters [p, q) of the sentence t: a cue when it
 * starts a word (the sentence's start or no ASCII letter before it) and
 * the lexicon gives it a class of SPEECH_KEPT; "according" counts
 * wherever it starts.  Inlined in its three callers, as it was before
 * the light verbs' test made it long enough for the compiler to call it
 * (which cost more: docs/extraction.md, "Measured choices").
 */
/* Is the word ending at q followed by one space and "that" and a
 * space: an adjective of attitude before its clause ("is frustrated
 * that [...]"), which speech.c's stance_that_clause reads? */
static inline int
that_after(const char *s, size_t se, size_t q)
{
	return q + 6 < se && s[q] == ' ' && memcmp(s + q + 1, "that ", 5) == 0;
}

static inline __attribute__((always_inline)) void
cue_run(const struct qx *x, struct sent *t, struct cue_scan *cs, size_t p,
    size_t q)
{
	const unsigned char *u = (const unsigned char *)x->s;
	struct text_word w;
	uint32_t lx;
	int by_prep = 0, light;

	if (q - p < CUE_LEN_MIN)
		return;
	if (q - p == 9 && memcmp(x->s + p, "according", 9) == 0)
		cs->last = q;
	if (p > t->ss && ascii_letter(u[p - 1]))
		return;
	w.start = p;
	w.end = q;
	w.flags = 0;
	lx = lexicon_of(x->s, &w);
	/* a light verb is kept only before its phrase ("made clear",
	 * "took aim at"): most of its uses are none; "put it" in an
	 * as-clause is a cue of saying ("as he puts it, [...]") */
	if ((lx & LX_LIGHT) && (light = speech_prep_light_at(x->s, t->ss,
	    t->se, p, q)) != 1) {
		lx &= ~(uint32_t)LX_LIGHT;
		if (light == LIGHT_AS_SAYING)
			lx |= LX_CUE;
		else
			by_prep = 1;
	}
	/* so is an adjective, or a light verb's form read without its
	 * phrase, whose only cue left is its preposition ("vocal about",
	 * "points to"): "vague promises", "five points in Ohio" are no
	 * cues */
	if ((by_prep || (lx & LX_ADJ)) && (lx & SPEECH_KEPT) == LX_PREPCUE &&
	    !speech_prep_pair_at(x->s, t->se, p, q) &&
	    !((lx & LX_ADJ) && that_after(x->s, t->se, q)))
		lx &= ~(uint32_t)LX_PREPCUE;
	/* a noun of a speech act is noted, and the words read past it,
	 * but it is no cue */
	if ((lx & LX_NOUNCUE) && t->nnouns < SENT_NOUNS_MAX &&
	    speech_noun_pair_at(x->s, t->ss, t->se, p, q, &cs->mark_end)) {
		t->nouns[t->nnouns++] = p;
		if (q > cs->last)
			cs->last = q;
	}
	if (lx & SPEECH_KEPT) {
		cs->last = q;
		if (t->ncues < SENT_CUES_MAX) {
			t->cues[t->ncues].start = p;
			t->cues[t->ncues].end = q;
			t->cues[t->ncues++].lx = lx;
		} else
			t->cues_overflow = 1;
	}
}

/* Bytes of the blocks speech_cue_last reads at once: four SSE2
 * registers, one 64-bit mask.  A run that crosses a block's end is read
 * to its end the long way and the next block starts there; a sentence
 * is some 150 bytes, and the fewer block ends, the fewer such runs (64
 * bytes measured best against 32 and 16: docs/extraction.md, "Measured
 * choices"). */
#define CUE_BLOCK	64

/*
 * may_be_cue for a run that has eight bytes of text from its start: the
 * same key read from the start (its first eight bytes, those past the
 * run masked off by cue_key_mask), without the choice of the load's
 * address and the shift by the run's length, which every run through
 * the filter paid.
 */
static const uint64_t cue_key_mask[CUE_BLOCK + 1] = {
	0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffffULL,
	0xffffffffffffULL, 0xffffffffffffffULL, [8 ... CUE_BLOCK] = UINT64_MAX,
};

static inline int
may_be_cue_fwd(const unsigned char *r, size_t n)
{
	uint64_t key;
	unsigned h;

	memcpy(&key, r, sizeof(key));
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	key = __builtin_bswap64(key);
#endif
	key &= cue_key_mask[n];
	h = CUE_KEY_HASH(key, n);
	return cue_key_bit(h);
}

#ifdef __SSE2__
/* The bytes of the SSE2 register's worth at u that are a-z, a bit each
 * (bit i is byte u[i]). */
static inline uint64_t
cue_lower16(const unsigned char *u)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);

	/* a-z, and only they, move to -128 .. -103 */
	return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - 'a'))),
	    _mm_set1_epi8((char)(0x80 + 26))));
}

/*
 * The same for the CUE_BLOCK at u.  The four registers are written out
 * rather than looped over: gcc kept that loop rolled, with a counter
 * and a variable shift for each register.
 */
static inline uint64_t
cue_block_lower(const unsigned char *u)
{
	const size_t r = sizeof(__m128i);

	_Static_assert(CUE_BLOCK == 4 * sizeof(__m128i),
	    "four SSE2 registers");
	return cue_lower16(u) | cue_lower16(u + r) << r |
	    cue_lower16(u + 2 * r) << 2 * r | cue_lower16(u + 3 * r) << 3 * r;
}
#endif

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
	_Static_assert(CUE_BLOCK == 8 * sizeof(uint64_t), "one mask");
	_Static_assert(CUE_LEN_MIN == 3, "three bits of low a run");

	/* whole blocks of the text, the bytes past b masked off */
	while (p < b && x->len - p >= CUE_BLOCK) {
		uint64_t low, nlow, all, starts, hits, m;
		unsigned k, cross;
		size_t next = p + CUE_BLOCK;

		low = cue_block_lower(u + p);
		/* a run ends at se at the latest: the block's runs are
		 * then measured in the mask, as the byte scan reads them */
		if (se - p < CUE_BLOCK)
			low &= ((uint64_t)1 << (se - p)) - 1;
		nlow = ~low;
		/* the runs that start before b: those of CUE_LEN_MIN
		 * letters or more that end in the block, and the one that
		 * reaches its end, if any */
		all = low & (nlow << 1 | 1);
		cross = low >> 63 ? 63u - (unsigned)__builtin_clzll(all) :
		    CUE_BLOCK;
		if (b - p < CUE_BLOCK) {
			all &= ((uint64_t)1 << (b - p)) - 1;
			if (cross >= b - p)
				cross = CUE_BLOCK;
		}
		starts = all & low >> 1 & low >> 2;
		if (cross < CUE_BLOCK)
			starts &= ~((uint64_t)1 << cross);
		/* the filter first, the lookups after (a run ending before
		 * the text's eighth byte goes to the lookup) */
		hits = p < 8 ? starts : 0;
		m = p < 8 ? 0 : starts;
		if (x->len - p >= CUE_BLOCK + sizeof(uint64_t))
			/* every run's first eight bytes are in the text */
			for (; m != 0; m &= m - 1) {
				k = (unsigned)__builtin_ctzll(m);
				if (may_be_cue_fwd(u + p + k,
				    (unsigned)__builtin_ctzll(nlow >> k)))
					hits |= (uint64_t)1 << k;
			}
		for (; m != 0; m &= m - 1) {
			k = (unsigned)__builtin_ctzll(m);
			if (may_be_cue(u + p + k,
			    (unsigned)__builtin_ctzll(nlow >> k)))
				hits |= (uint64_t)1 << k;
		}
		for (; hits != 0; hits &= hits - 1) {
			k = (unsigned)__builtin_ctzll(hits);
			cue_run(x, t, cs, p + k, p + k +
			    (unsigned)__builtin_ctzll(nlow >> k));
		}
		if (cross < CUE_BLOCK) {
			/* the run reaches the block's end: to its end */
			q = p + CUE_BLOCK >= se ? se :
			    lower_run_end(u, p + CUE_BLOCK, se);
			/* the filter first here too (its eight bytes end at
			 * q, 64 or more into the text): 32K runs, most of
			 * them no cue, went to the lookup unfiltered */
			if (may_be_cue(u + p + cross, q - p - cross))
				cue_run(x, t, cs, p + cross, q);
			if (q >= b)
				return q;
			next = q;
		} else if (b - p < CUE_BLOCK && (low >> (b - p - 1) & 3) ==
		    3) {
			/* a run that goes on past b, read whole */
			k = b - p - 1;
			while (k > 0 && (low >> (k - 1) & 1) != 0)
				k--;
			return p + k + (unsigned)__builtin_ctzll(nlow >> k);
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
 * that pass the filter, and keeps the cues it finds in t->cues.
 */
size_t
speech_cue_last(const struct qx *x, struct sent *t)
{
	const char *s = x->s;
	size_t ss = t->ss, se = t->se, p = ss, b, qi = 0;
	struct cue_scan cs = { .mark_end = SPEECH_MARK_UNREAD };

	t->ncues = 0;
	t->nnouns = 0;
	t->cues_overflow = 0;
	/* "In a CNN poll, ...": the phrase is read as a cue (its comma);
	 * kept for speech_source_in_doc, which reads it again (0 for a
	 * sentence that opens with no "I", as "according" does) */
	t->in_doc = s[ss] == 'I' ? speech_source_in_doc_comma(s, ss, se) : 0;
	if (se - ss >= 9 && text_range_eq(s, ss, ss + 9, "according"))
		cs.last = ss + 9;
	else if (t->in_doc != 0)
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
 * Bytes a window of may_hold_cc reads at once: two SSE2 registers.  It
 * steps one byte less, so that a pair across two windows is whole in
 * the second.
 */
#define CC_WINDOW	32

#ifdef __SSE2__
/* The bytes of the CC_WINDOW at u that are 'c' or 'C', a bit each. */
static inline uint32_t
cc_bits(const unsigned char *u)
{
	const __m128i fold = _mm_set1_epi8(0x20), c = _mm_set1_epi8('c');
	const __m128i lo = _mm_loadu_si128((const __m128i *)(const void *)u);
	const __m128i hi = _mm_loadu_si128((const __m128i *)(const void *)
	    (u + sizeof(__m128i)));

	return (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(lo,
	    fold), c)) | (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(
	    _mm_or_si128(hi, fold), c)) << 16;
}
#endif

/*
 * May the bytes [p, e) of the text hold "according" in any case?  No
 * when they hold no "cc" (either case), which most sentences lack (5 %
 * of the dev sentences hold one); a "cc" elsewhere, or bytes read before
 * p, only make it say yes.  Over a sentence's bytes this costs about
 * half of what testing each of its words does (the word test remains
 * for the sentences it passes).
 */
static int
may_hold_cc(const unsigned char *u, size_t p, size_t e)
{
#ifdef __SSE2__
	uint32_t m;
	size_t at;

	_Static_assert(CC_WINDOW == 2 * sizeof(__m128i),
	    "two SSE2 registers");
	if (e - p < CC_WINDOW || e < CC_WINDOW)
		at = p;
	else {
		/* the last window ends at e: it may start before p */
		for (at = p; at + CC_WINDOW < e; at += CC_WINDOW - 1) {
			m = cc_bits(u + at);
			if (m & m >> 1)
				return 1;
		}
		m = cc_bits(u + e - CC_WINDOW);
		return (m & m >> 1) != 0;
	}
#else
	at = p;
#endif
	/* a short text, or no SSE2: byte by byte */
	for (; at + 1 < e; at++)
		if ((u[at] | 0x20) == 'c' && (u[at + 1] | 0x20) == 'c')
			return 1;
	return 0;
}

/* Words the search for a cue's word steps over at once before it walks
 * word by word (speech_cue_read_words). */
#define CUE_STRIDE	4

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
	size_t after = AFTER_CUE_WORDS;

	/* the next quote [qs, qe) that ends after p */
	if (t->nq > 0) {
		qs = speech_sq_at(x, t, 0)->start;
		qe = speech_sq_at(x, t, 0)->end;
	}
	/* the addressee of "told" (LX_OBJCUE) is read as far as
	 * ADDRESSEE_WORDS_MAX for the clause after it ("told a big banquet
	 * hall at a hotel in downtown Baltimore that") */
	if (t->ncues > 0 && (t->cues[t->ncues - 1].lx & LX_OBJCUE))
		after = ADDRESSEE_AFTER_WORDS;
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
		 * rules read at most AFTER_CUE_WORDS past the first that
		 * starts at or after the last cue's end (mark), and the
		 * reader reads on to them in the same call (a second call
		 * would classify the block at mark again) */
		k = text_word_next_many(s, x->len, t->se, qs, mark,
		    after, &p, &t->w[n], stop - n);
		n += k;
		if (mark != SIZE_MAX && k > 0 && t->w[n - 1].start >= mark) {
			/* the word at mark is the first of this call's
			 * that starts there, and at most AFTER_CUE_WORDS
			 * follow it: most calls read all of them, so the
			 * search starts where it is then */
			j = k > after + 1 ? n - 1 - after : n - k;
			while (t->w[j].start < mark)
				j++;
			mark = SIZE_MAX;
			if (j + 1 + after < SENT_WORDS_MAX)
				stop = j + 1 + after;
		}
	}
	t->n = n;
	if (n == stop && stop < SENT_WORDS_MAX && p < t->se)
		t->truncated = !text_all_space(s, p, t->se);
	/* "according" ignoring case: the rule reads the words only when
	 * there is one (nine bytes: "officials", "President" are as many;
	 * most differ in the first); most sentences hold no "cc" */
	j = n > 0 && may_hold_cc((const unsigned char *)s, t->w[0].start,
	    t->w[n - 1].end) ? 0 : n;
	for (; j < n; j++)
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
		/* CUE_STRIDE words at a time, then one by one: a cue stands
		 * some way into the sentence, most words before it */
		while (j + CUE_STRIDE < n &&
		    t->w[j + CUE_STRIDE].start < t->cues[c].start)
			j += CUE_STRIDE;
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
 * Does the noun phrase whose determiner or possessive is word d open its
 * sentence: no word before d but the sentence's first and capitalised
 * words or possessives, at most a name's ("Mr. Smith's", "The
 * ministry's", "But his")?
 */
static int
np_opens(const struct text_word *w, size_t d)
{
	size_t j;

	if (d > NAME_WORDS_MAX)
		return 0;
	for (j = 1; j < d; j++)
		if (!(w[j].flags & (TEXT_W_CAP | TEXT_W_POSS)))
			return 0;
	return 1;
}

/*
 * Is the cue at word i one of the cues that are nouns as often, after a
 * determiner or a possessive and one lower-case word: "a private email
 * server", "his opening remarks were", "the caustic chant", "his
 * general point was"?  Not before "that" ("his main point was that" is
 * read at "was"), but for a warning whose noun phrase opens the
 * sentence: "His stern warning that the bridge would fail was ignored"
 * is its subject, the clause the noun's, and the verb's reading runs
 * on into the main verb; "a red warning is in place", "the flood
 * warnings were lifted" (a weather or a travel warning is an alert, no
 * saying).
 */
static int
modified_noun(const struct qx *x, struct sent *t, size_t i)
{
	static const struct speech_lit nouns[] = {
		SPEECH_LIT("email"), SPEECH_LIT("emails"), SPEECH_LIT("remark"),
		SPEECH_LIT("remarks"), SPEECH_LIT("comment"),
		SPEECH_LIT("comments"), SPEECH_LIT("point"), SPEECH_LIT("chant"),
		SPEECH_LIT("tweet"), SPEECH_LIT("tweets"), SPEECH_LIT("answer"),
		SPEECH_LIT("answers"), SPEECH_LIT("warning"),
		SPEECH_LIT("warnings"),
	};
	const struct text_word *w = &t->w[i], *m = &t->w[i - 1],
	    *d = &t->w[i - 2];

	if (!speech_range_in(x->s, w->start, w->end, nouns,
	    sizeof(nouns) / sizeof(nouns[0])) || (m->flags & TEXT_W_CAP) ||
	    !text_gap_is_blank(x->s, d->end, m->start) ||
	    !text_gap_is_blank(x->s, m->end, w->start) ||
	    (i + 1 < t->n && is_word(x, &t->w[i + 1], "that") &&
	    !((is_word(x, w, "warning") || is_word(x, w, "warnings")) &&
	    np_opens(t->w, i - 2))))
		return 0;
	return (d->flags & TEXT_W_POSS) || (speech_wlx(x, t, i - 2) & LX_DET);
}

/*
 * Is the cue at word i "claims" after a form of "make" ("Trump made
 * claims that ...", "makes claims that ..."): the verb's object, no
 * verb of its own, which had read "Trump made" as its subject and
 * named no speaker?  The Statement noun's reading (speech_noun.c's
 * plain_that) takes its clause with the verb's subject as the source;
 * nouns it does not read ("made promises") stay cues.
 */
static int
made_noun(const struct qx *x, struct sent *t, size_t i)
{
	const struct text_word *m = &t->w[i - 1], *w = &t->w[i];

	return is_word(x, w, "claims") && (is_word(x, m, "made") ||
	    is_word(x, m, "make") || is_word(x, m, "makes") ||
	    is_word(x, m, "making")) &&
	    text_gap_is_blank(x->s, m->end, w->start);
}

/*
 * Is the cue at word i the "told" of "all told" before a comma ("All
 * told, some 16,000 polling stations were open", "the bill came to $4
 * million, all told,"): an idiom of a sum ("in all"), no telling ("they
 * all told me it was a video" has no comma after the cue)?
 */
static int
all_told(const struct qx *x, struct sent *t, size_t i)
{
	return is_word(x, &t->w[i], "told") &&
	    is_word(x, &t->w[i - 1], "all") &&
	    text_gap_is_blank(x->s, t->w[i - 1].end, t->w[i].start) &&
	    speech_char_after(x->s, t->se, t->w[i].end) == ',';
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
		if (!(speech_wlx(x, t, i) & SPEECH_KEPT))
			return 0;
	}
	/* "to say", "the report", "a warning": not a finite verb (but
	 * "continued to say", "went on to explain" report through the
	 * verb before "to", "leaving some to question whether", "led
	 * her to declare" through its object, and "stood up to say"
	 * through its clause's subject); after
	 * a quantifier a verb's form is ("Some said", "many believe");
	 * a quote between them is the determiner's noun, not the cue ("a
	 * "distortion," adding that": the words list leaves quotes out) */
	if (i > 0 && (speech_wlx(x, t, i - 1) & LX_DET) &&
	    text_gap_is_blank(x->s, t->w[i - 1].end, w->start) &&
	    !(speech_is_quantifier(x, &t->w[i - 1]) &&
	    speech_subject_bare_cue(x, w)))
		return 0;
	if (i > 0 && is_word(x, &t->w[i - 1], "to") &&
	    speech_subject_chain_verb(x, t, i) == 0 &&
	    speech_ask_wonder_object(x, t, i) == 0 &&
	    speech_ask_caused_object(x, t, i) == 0 &&
	    !speech_far_purpose_infinitive(x, t, i))
		return 0;
	/* after a name's possessive a cue is a noun ("Trump's remarks",
	 * "Manafort's comments", "Clinton's email"), unless a clause or
	 * an infinitive follows it ("Trump's claim that [...]", "Clinton's
	 * plans to [...]": the noun's content) */
	if (i > 0 && possessive_noun(x, t, i))
		return 0;
	if (i > 1 && modified_noun(x, t, i))
		return 0;
	if (i > 0 && made_noun(x, t, i))
		return 0;
	if (i > 0 && all_told(x, t, i))
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
