/*
 * attribution.c — who a quote is attributed to, read from the text right
 * around it: the cue and its subject after the closing mark ("...," she
 * said / said Smith / Smith, a pollster, said), before the opening one
 * (Smith said, "..." / he told reporters: "..."), "according to X",
 * "X quoted Y as saying", phrasal and past-tense cues; and the sentence
 * bounds those windows stop at.  The mentions themselves are read by
 * speaker_mention.c.  Every reader stays within the window it is given.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "quotes_int.h"
#include "text.h"
#include "utf8.h"

/* --- limits --- */

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

/* --- sentence bounds --- */

/* Bytes attribution_stop_back and next_sentence_stop compare at once. */
#define SENT_BLOCK	16

#ifdef __SSE2__
/* attribution_stop_back's stops among the SENT_BLOCK bytes that end at
 * u + p, as a mask (bit i is byte p - SENT_BLOCK + i). */
static inline unsigned
stop_back_bits(const unsigned char *u, size_t p, int sentence)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)
	    (u + p - SENT_BLOCK));
	__m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));

	if (sentence)
		m = _mm_or_si128(m, _mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('?')))));
	return (unsigned)_mm_movemask_epi8(m);
}
#endif

/*
 * Where a backward search for a line break (and, with sentence set, for a
 * '.', '!' or '?') ends: q in (lo, p] with u[q - 1] the last such byte
 * before p, or lo if [lo, p) holds none.  The searches back to a
 * paragraph or sentence start read up to a window of bytes each, most of
 * which stop nothing: with SSE2 a block is compared at once.
 */
size_t
attribution_stop_back(const unsigned char *u, size_t lo, size_t p,
    int sentence)
{
#ifdef __SSE2__
	_Static_assert(SENT_BLOCK == sizeof(__m128i), "one SSE2 register");

	while (p > lo && p - lo >= SENT_BLOCK) {
		unsigned bits = stop_back_bits(u, p, sentence);

		if (bits != 0)
			return p - SENT_BLOCK + 1 +
			    (size_t)(31 - __builtin_clz(bits));
		p -= SENT_BLOCK;
	}
	if (p > lo && p >= SENT_BLOCK) {
		/* fewer than SENT_BLOCK bytes from lo: the block that ends
		 * at p (its bytes before lo are in u too), those dropped */
		unsigned bits = stop_back_bits(u, p, sentence) &
		    ~((1u << (SENT_BLOCK - (p - lo))) - 1);

		return bits != 0 ? p - SENT_BLOCK + 1 +
		    (size_t)(31 - __builtin_clz(bits)) : lo;
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

#ifdef __SSE2__
/* The bytes next_sentence_stop stops at among the SENT_BLOCK at u + p,
 * as a mask (bit i is byte p + i). */
static inline unsigned
sentence_stop_vec(const unsigned char *u, size_t p)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)
	    (u + p));
	const __m128i m = _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))),
	    _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x85)),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('?')))));

	return (unsigned)_mm_movemask_epi8(m);
}

/*
 * The bytes of the SENT_BLOCK at u + p that may be next_sentence_stop's
 * stops, as a mask: all of them, and a few other bytes that
 * sentence_stop_ends then refuses, for fewer operations (11 a block
 * instead of 13).  \v and \f come with \n and \r as the range 0A-0D
 * (one addition and one comparison), '/' and '>' with '.' and '?' (the
 * four bytes b with (b | 0x11) == '?': one OR and one comparison).
 * Over the dev bodies (4.81 MB) '/' occurs 489 times, '>' 252, \v and
 * \f never.
 */
static inline unsigned
sentence_stop_may(const unsigned char *u, size_t p)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)
	    (u + p));
	/* 0A-0D move to -128 .. -125, and only they */
	const __m128i brk = _mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - '\n'))),
	    _mm_set1_epi8((char)(0x80 + '\r' - '\n' + 1)));
	const __m128i dot = _mm_cmpeq_epi8(_mm_or_si128(v,
	    _mm_set1_epi8(0x11)), _mm_set1_epi8('?'));

	_Static_assert(('.' | 0x11) == '?' && ('?' | 0x11) == '?',
	    "'.' and '?' are the bytes that are '?' with 0x11 set");
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(
	    _mm_or_si128(brk, dot), _mm_or_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x85)))));
}
#endif

/*
 * The first byte at or after pos and before end that is a line break
 * (text_is_newline of the byte: \n, \r or 0x85) or a '.', '!' or '?', or
 * end.  SSE2 as in attribution_stop_back.
 */
static size_t
next_sentence_stop(const unsigned char *u, size_t pos, size_t end)
{
#ifdef __SSE2__
	_Static_assert(SENT_BLOCK == sizeof(__m128i), "one SSE2 register");
	while (pos < end && end - pos >= SENT_BLOCK) {
		unsigned bits = sentence_stop_vec(u, pos);

		if (bits != 0)
			return pos + (size_t)__builtin_ctz(bits);
		pos += SENT_BLOCK;
	}
	if (pos < end && end >= SENT_BLOCK) {
		/* fewer than SENT_BLOCK bytes to end: the block that ends
		 * there (its bytes before pos are in u too), those dropped */
		unsigned bits = sentence_stop_vec(u, end - SENT_BLOCK) >>
		    (SENT_BLOCK - (end - pos));

		return bits != 0 ? pos + (size_t)__builtin_ctz(bits) : end;
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

/* Bytes attribution_sentence_end compares at once: four SSE2 registers,
 * one 64-bit mask (a sentence of news is some 120 bytes). */
#define SENT_WIDE	32

/*
 * Does the stop at q (next_sentence_stop's) end the sentence read from
 * `from`?  0 if not, else 1 + the end: q at a line break, its C2 for
 * NEL, q + 1 after a sentence's stop.
 */
static inline size_t
sentence_stop_ends(const char *s, size_t len, size_t from, size_t q)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[q] == '\n' || u[q] == '\r')
		return q + 1;
	/* 0x85 is NEL only as C2 85 (elsewhere it is the last byte of a
	 * letter such as Å, C3 85), and the break is where its C2 is: an
	 * end inside a character is no end */
	if (u[q] == 0x85)
		return q > from && u[q - 1] == 0xC2 ? q : 0;
	return text_word_is_sentence_end(s, len, q) ? q + 2 : 0;
}

/*
 * The first sentence end at or after pos, before end (or end).  The
 * stops of SENT_WIDE bytes are found at once and tried in order, none
 * read twice; the last bytes through next_sentence_stop.
 */
size_t
attribution_sentence_end(const char *s, size_t len, size_t pos, size_t end)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t from = pos, r;

#ifdef __SSE2__
	_Static_assert(SENT_WIDE == 2 * SENT_BLOCK, "two registers a block");
	while (pos < end && end - pos >= SENT_WIDE) {
		uint32_t bits = sentence_stop_may(u, pos) |
		    sentence_stop_may(u, pos + SENT_BLOCK) << 16;

		for (; bits != 0; bits &= bits - 1)
			if ((r = sentence_stop_ends(s, len, from, pos +
			    (size_t)__builtin_ctz(bits))) != 0)
				return r - 1;
		pos += SENT_WIDE;
	}
#endif
	for (; (pos = next_sentence_stop(u, pos, end)) < end; pos++)
		if ((r = sentence_stop_ends(s, len, from, pos)) != 0)
			return r - 1;
	return end;
}

/* The start of the sentence holding pos, not before lo. */
size_t
attribution_sentence_start(const char *s, size_t len, size_t lo, size_t pos)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p = pos;

	while ((p = attribution_stop_back(u, lo, p, 1)) > lo) {
		if (s[p - 1] == '\n' || s[p - 1] == '\r' ||
		    text_word_is_sentence_end(s, len, p - 1))
			return p;
		p--;
	}
	return lo;
}

/* --- cues --- */

static int
word_is_participle(const char *s, const struct text_word *w)
{
	size_t n = w->end - w->start;

	return n > 4 && text_range_eq(s, w->end - 3, w->end, "ing");
}

/*
 * "North Korea quoted the message from Putin as saying": after a quoting
 * verb at w, look for "as <participle>" and take the last name between.
 */
int
attribution_quoted_as(const char *s, size_t end, const struct text_word *verb,
    struct attr *a)
{
	struct text_word w, prev = { 0, 0, 0 };
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
		    lexicon_is_cue(s, &w) && word_is_participle(s, &w)) {
			if (ns == ne)
				return 0;
			a->found = 1;
			a->ms = a->ns = ns;
			a->me = a->ne = ne;
			a->pronoun = 0;
			a->cue = str_make(s + verb->start, w.end - verb->start);
			return 1;
		}
		if (speaker_word_is_namey(s, &w) && !lexicon_is(s, &w,
		    LX_CAPSTOP)) {
			struct attr na;
			struct text_word last;

			speaker_mention_name_run_fwd(s, end, w,
			    lexicon_of(s, &w), &na, &last);
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
attribution_according_to(const char *s, size_t end, const struct text_word *w,
    struct attr *a)
{
	struct text_word to, last;
	size_t p = w->end;

	if (!text_word_eq(s, w, "according") ||
	    !text_word_next(s, end, &p, &to) || !text_word_eq(s, &to, "to"))
		return 0;
	if (!speaker_mention_fwd(s, end, to.end, a, &last))
		return 0;
	a->found = 1;
	a->cue = str_make(s + w->start, to.end - w->start);
	return 1;
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
	    !text_gap_is_blank(s, w->end, pw.start) || !text_word_in(s, &pw, parts))
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

/*
 * A name set off after a nominal that names no one ("said his nephew,
 * Marcus Hale.", "his nephew, Marcus Hale, said"): news style names a
 * role's holder in apposition after it, and the name speaks; the
 * mention is both.  a is the nominal, read forward; the name must end
 * at a comma, a period or end.  1 with a->ne, a->ns, a->me set.
 */
static int
apposed_name(const char *s, size_t len, size_t end, struct attr *a)
{
	struct attr n;
	struct text_word last;
	enum speaker_kind k;
	uint32_t c;

	if (a->pronoun || a->ns < a->ne || a->me + 2 >= end ||
	    s[a->me] != ',')
		return 0;
	memset(&n, 0, sizeof(n));
	if (!speaker_mention_fwd(s, end, a->me, &n, &last) || n.pronoun ||
	    n.ns == n.ne || n.ms != n.ns)
		return 0;
	c = text_char_at(s, len, n.me);
	if (n.me < end && c != ',' && c != '.')
		return 0;
	k = speaker_kind_of(s, len, n.ns, n.ne);
	if (k != SPEAKER_PERSON && k != SPEAKER_MAYBE)
		return 0;
	a->ns = n.ns;
	a->ne = n.ne;
	a->me = n.me;
	return 1;
}

/*
 * Is the mention a, read after the cue w that follows a quote, the
 * cue's object rather than its inverted subject: w takes a noun phrase
 * as its object (a stance, a verb of telling: "demanded", "urged"), and
 * a is a noun phrase with no name, opening with "a" or "an", whose
 * words up to its first preposition hold no title ("demanded an
 * apology from the mayor" is no source; "urged the senator", "said a
 * spokesman" keep theirs)?  Review F10.  Not "the": news inverts a
 * stance verb and its subject with "the" ("vowed the lawyers for the
 * family", "demanded the protesters"), and a quote whose source is
 * refused here is read as the verb's object, a partial and an indirect
 * item over the direct quote.
 */
static int
object_not_source(const char *s, const struct text_word *w,
    const struct attr *a)
{
	struct text_word v;
	size_t p = a->ms;
	uint32_t lx;

	if (a->ns < a->ne || a->pronoun ||
	    !(lexicon_of(s, w) & (LX_STANCE | LX_OBJCUE)) ||
	    !text_word_next(s, a->me, &p, &v) ||
	    !(text_word_eq(s, &v, "a") || text_word_eq(s, &v, "an")))
		return 0;
	while (text_word_next(s, a->me, &p, &v)) {
		lx = lexicon_of(s, &v);
		if (lx & LX_TITLE)
			return 0;
		if ((lx & LX_FUNC) && !(lx & LX_DET))
			break;
	}
	return 1;
}

/* The attribution right after a closing mark, within [pos, end). */
void
attribution_after(const char *s, size_t len, size_t pos, size_t end,
    int ended_sentence, struct attr *a)
{
	struct text_word w, last, cw;
	size_t p = pos, i;
	int apposed;

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
	if (attribution_according_to(s, end, &w, a))
		goto found;
	if (lexicon_is_cue(s, &w) && !((w.flags & TEXT_W_CAP) && ended_sentence)) {
		/* said Smith / said the president */
		if (!speaker_mention_fwd(s, end, w.end, a, &last) &&
		    !speaker_mention_described_fwd(s, end, w.end, a))
			return;
		/* "demanded an apology from the mayor": the object */
		if (object_not_source(s, &w, a))
			return;
		(void)apposed_name(s, len, end, a);
		a->found = 1;
		a->cue = str_make(s + w.start, w.end - w.start);
		goto found;
	}
	/* "former congressman Dan Maffei said": lower-case descriptors
	 * before the name */
	if (!speaker_mention_fwd(s, end, w.start, a, &last) &&
	    !(text_is_lower(text_char_at(s, end, w.start)) &&
	    speaker_mention_described_fwd(s, end, w.start, a)))
		return;
	/* "his nephew, Marcus Hale, said": the name in apposition is the
	 * appositive */
	apposed = apposed_name(s, len, end, a);
	p = a->me;
	/* an appositive: ", a Democratic pollster," */
	if (!apposed && text_char_at(s, len, p) == ',') {
		size_t q = p + 1;
		int closed = 0;

		for (i = 0; i < APPOSITIVE_WORDS_MAX && !closed; i++) {
			if (!text_word_next(s, end, &q, &cw) ||
			    (lexicon_is_cue(s, &cw) && !(cw.flags & TEXT_W_CAP)))
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
		if (!(cw.flags & TEXT_W_CAP) && (lexicon_is_cue(s, &cw) ||
		    phrasal_cue(s, end, &cw) || (!ended_sentence &&
		    past_tense_cue(s, len, &cw)))) {
			if (attribution_quoted_as(s, end, &cw, a))
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
		if (!lexicon_is_adverb(s, &cw))
			return;
		p = cw.end;
	}
	return;
found:
	a->adjacent = 1;
	a->region_end = attribution_sentence_end(s, len, a->cue.p - s, end);
}

/*
 * The attribution right before an opening mark, within [lo, pos):
 * "Smith said, ", "said Smith: ", "he told reporters on Monday: ".
 * Also reports whether the quote is embedded in running text (a word,
 * not punctuation or a cue, right before the mark).
 */
void
attribution_before(const char *s, size_t len, size_t lo, size_t pos,
    struct attr *a, int *embedded)
{
	struct text_word w, cw, last;
	size_t p, q, tail_end, sstart;
	uint32_t c;
	int punct = 0, i, colon = 0, crossed = 0, objected;

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
	sstart = attribution_sentence_start(s, len, lo, tail_end);
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
			    attribution_according_to(s, tail_end, &acc, a)) {
				a->adjacent = punct;
				return;
			}
		}
		if (lexicon_is_cue(s, &w) && !((w.flags & TEXT_W_CAP) &&
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
		if (speaker_mention_clause_subject(s, sstart, tail_end, a)) {
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
				if (attribution_quoted_as(s, tail_end, &verb, a)) {
					a->adjacent = 1;
					return;
				}
			}
		}
	}
	/* said Smith: / said the president, (but "told Reuters," is an
	 * object, and so is "demanded an apology:", object_not_source:
	 * the verb's subject speaks, read as before "said,") */
	objected = 0;
	if (cw.end < tail_end && !word_is_participle(s, &cw) &&
	    !lexicon_is(s, &cw, LX_OBJCUE) &&
	    speaker_mention_fwd(s, tail_end, cw.end, a, &last) &&
	    text_all_space(s, last.end, tail_end)) {
		if (!object_not_source(s, &cw, a)) {
			a->found = 1;
			return;
		}
		objected = 1;
	}
	if (word_is_participle(s, &cw) || (colon && !objected)) {
		struct str cue = a->cue;

		if (speaker_mention_clause_subject(s, sstart, cw.start, a))
			a->found = 1;
		a->cue = cue;
		if (colon && !word_is_participle(s, &cw)) {
			struct attr b;

			if (speaker_mention_back(s, sstart, cw.start, &b)) {
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
		    !lexicon_is_adverb(s, &aw))
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

		if (speaker_mention_back(s, sstart, p, a)) {
			a->found = 1;
		} else if (speaker_mention_clause_subject(s, sstart, cw.start,
		    a))
			a->found = 1;
		a->cue = cue;
		a->adjacent = 1;
	}
}
