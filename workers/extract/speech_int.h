/*
 * speech_int.h — what the files of the reported-speech scanner share: its
 * limits, one sentence as the rules read it (struct sent: its narrator
 * words, their lexicon classes and cue states, its quotes), the subject
 * kinds a cue's subject comes back as, the small word and byte tests the
 * rules are written in (inline), and each file's functions:
 *
 *   speech.c          the sentence reader (speech_scan_to), the rules'
 *                     order for one sentence, the output and the speaker
 *                     handed on to later quotes;
 *   speech_headline.c a paragraph that names its source before a colon
 *                     (a headline, a transcript's turn), "X Says"
 *                     headlines;
 *   speech_handed.c   the attribution the quote pass hands over after a
 *                     direct quote (""...," Smith said.");
 *   speech_label.c    a quoted label after a verb's object and "as";
 *   speech_cue.c      the cue-word scan (filter tables, last cue) and the
 *                     reading of a sentence's words;
 *   speech_span.c     spans and word tests: quotes in a span, content
 *                     words, trims, clause ends, times;
 *   speech_break.c    where a content breaks for a new act of its source;
 *   speech_subject.c  the subject of a finite cue;
 *   speech_far.c      a verb of speech's subject far back in its clause;
 *   speech_participle.c
 *                     the subject of a participle cue (", saying"), and
 *                     the maker of a product a participle follows;
 *   speech_form.c     the clause constructions of a verb's subject: X said
 *                     (that) CLAUSE, as-clauses, asked questions, and the
 *                     clause ends;
 *   speech_closer.c   an attribution after what it reports: CLAUSE, X
 *                     said; A, X said, B;
 *   speech_subordinate.c
 *                     the end of a content inside a subordinate clause;
 *   speech_object.c   the object constructions: stance objects, hedges
 *                     (raising verbs), relative objects;
 *   speech_prep.c     verb + preposition objects, light verbs' phrases;
 *   speech_source.c   the constructions whose source is no verb's
 *                     subject: according to, polls and documents, a
 *                     passive's agent, quoted as saying.
 *
 * Private to workers/extract/; the quote pass sees speech.c's functions
 * through quotes_int.h.
 */
#ifndef QUARRY_SPEECH_INT_H
#define QUARRY_SPEECH_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "quotes_int.h"
#include "text.h"

/* --- limits --- */

/*
 * Narrator words of one sentence read for cues.  News sentences run to
 * about 40 words, rarely 80; the words past this many are not read for a
 * cue (the content still runs to the sentence end).
 */
#define SENT_WORDS_MAX		96
/* Words between a cue and the "that" that opens its clause: "said in a
 * statement on Tuesday that" is 6, "told reporters at the White House
 * that" is 6. */
#define THAT_WORDS_MAX		7
/* Words of the addressee of "told" and the like before its clause:
 * "told a crowded banquet hall at a hotel in downtown Baltimore that"
 * is 10, "told The Post and Courier newspaper of Charleston on Saturday
 * that" 10. */
#define ADDRESSEE_WORDS_MAX	12
/* The longest time speech_span_time_after reads: "earlier" + "this" +
 * a time word + a part of the day ("earlier this week", "on Friday night"). */
#define TIME_WORDS_MAX		4
/* Words of a subject's noun phrase before its head word: "a wide array
 * of economists" is 4. */
#define NP_WORDS_MAX		4
/* Words of the subject of an attribution coordinated after a comma:
 * ", while only 49 percent of Republicans say" is 6. */
#define COORD_SUBJECT_WORDS_MAX	6
/* Words after a cue that may close a sentence with it: "Smith said
 * Tuesday in a statement." is 4. */
#define CLOSER_WORDS_MAX	5
/* Words of a role before a name ("former congressman Dan Maffei",
 * "digital strategy consultant Phil Musser": three; "Algerian foreign
 * affairs ministry spokesman", "Justice Department senior trial
 * counsel": five, a place or a body's words before the role's; "master
 * of ceremonies" stops at "of"). */
#define DESCRIPTOR_WORDS_MAX	5
/* One more than the words that may stand between "as" and its cue
 * ("as Joel Pollak of Breitbart California observed": a name with its
 * outlet, at most 7 words); and the words after the cue before the
 * as-clause's comma ("reported in his book The Russians", "noted in an
 * op-ed Thursday"): the time, place or medium of the saying, no
 * clause. */
#define AS_SUBJECT_WORDS	8
#define AS_TAIL_WORDS		6
/* Words read past a sentence's last cue: the rules look at most
 * THAT_WORDS_MAX words past a cue, and count content words up to
 * CONTENT_WORDS_MIN. */
#define AFTER_CUE_WORDS		(THAT_WORDS_MAX + 2)
/* As many past an addressee's cue ("told"), whose clause opens as far as
 * ADDRESSEE_WORDS_MAX words after it. */
#define ADDRESSEE_AFTER_WORDS	(ADDRESSEE_WORDS_MAX + 2)
/* Content shorter than this many words is not a clause ("he said so"). */
#define CONTENT_WORDS_MIN	3
/* Bytes of content left when a later attribution cuts it: "[it] and he
 * says" keeps a pronoun (PolNeAR's shortest contents are "so", "it"). */
#define CONTENT_CUT_MIN		2
/* Words of an appositive between a subject and its cue ("Smith, the
 * party's chairman, said"; "Christopher Harvey, an African-American
 * delegate from Houston, Texas, said" is 8). */
#define APPOS_WORDS_MAX		18
/* Bytes of a parenthesis between a name and its cue: "(R-Fla.)",
 * "(D-N.Y.)", "(I-Vt.)". */
#define PAREN_BYTES_MAX		24
/* Words of a dateline before "according to": "Overseas Network, August
 * 15, according to KCNA, ..." is 4. */
#define DATELINE_WORDS_MAX	5
/* Bytes of a wire dateline that opens a paragraph: "SEOUL, Aug. 15
 * (UPI) -- " is 24; "WASHINGTON, Sept. 12 (Reuters) — " 33. */
#define DATELINE_BYTES_MAX	64
/* Bytes between the end of a source's head after "According to" and
 * the comma that closes the source: "According to early results of
 * exit polls conducted for The Associated Press and television
 * networks," runs 110 past "results". */
#define SOURCE_BYTES_MAX	160
/* Words of a source after "according to" that is not a name, pronoun
 * or determiner phrase: "according to state media" */
#define NOMINAL_MAX		6
/*
 * Bytes between reported speech and a quote that takes its speaker: the
 * rest of the speech's sentence, a sentence more, and the paragraph
 * break ("Smith said Tuesday that the bill would pass. It has the votes.
 * \n\n"We will win."").
 */
#define INHERIT_BYTES_MAX	240
/* Adverbs and auxiliaries between a subject and its cue: "has also
 * repeatedly said". */
#define AUX_WORDS_MAX		3
/* Bytes of a clause searched for its comma: a relative clause ("who
 * said ..., ") or the predicate between a subject and a coordinated
 * cue ("Graham called both candidates crazy and said").  News
 * clauses run to some 200 bytes; longer ones are not searched. */
#define CLAUSE_BYTES_MAX	400
/* Words of a raising verb's or a passive's subject: "the politician with
 * the outsized personality" is 6; a longer run is more likely a clause. */
#define RAISE_SUBJECT_WORDS_MAX	10
/* Words of a bare noun phrase subject read back from its head:
 * "Seventy-four percent of Democratic registered voters say" reaches
 * "percent"; the head alone is what a mention must hold. */
#define NOUN_WORDS_MAX		6

/* The lexicon classes the scanner reads as cues. */
#define SPEECH_CUES	(LX_CUE | LX_REPORT | LX_THATCUE | LX_STANCE | LX_INTENT | \
			LX_RAISE | LX_PREPCUE)
/* The classes the cue scan keeps as a sentence's cue words: the cues, and
 * the light verbs (speech_prep.c's light_verb), no cues to the other
 * rules ("taken" in "polls taken over the past two weeks show" must not
 * end the poll's phrase). */
#define SPEECH_KEPT	(SPEECH_CUES | LX_LIGHT | LX_PASSIVE)
/* The classes the cue scan looks for: those, and the nouns of speech
 * acts (speech_noun.c), which it notes apart. */
#define SPEECH_SCANNED	(SPEECH_KEPT | LX_NOUNCUE)

/*
 * The cue scan's filter (speech_cue.c): a run of lower-case letters is
 * looked up only when its key's bit is set in cue_keys, which
 * lexicon_gen builds from quotes_lexicon.def (cue_keys_slots.h): one bit
 * for each SPEECH_SCANNED word, and "according"'s.  A run's key is its
 * first eight bytes as one little-endian integer, zero-padded, its hash
 * the top CUE_KEY_HASH_BITS bits of a multiplication with its length.
 * One table for every first letter (the key holds the letter): the bit's
 * index is the hash alone, where a table a letter cost each run the
 * letter's row (a load, a subtraction and a shift more).  17 bits, 2048
 * rows of 64 (16 KB; the lexicon's words set about 1 % of the bits):
 * fewer runs pass than with 16 bits (8 KB).  Figures: docs/extraction.md,
 * "Measured choices in the code".
 */
#define CUE_KEY_HASH_BITS	17
#define CUE_KEY_ROWS		((1u << CUE_KEY_HASH_BITS) / 64)
#define CUE_KEY_HASH(key, len)						\
	((unsigned)((((uint64_t)(key) ^ (uint64_t)(len)) *		\
	0x9E3779B97F4A7C15ULL) >> (64 - CUE_KEY_HASH_BITS)))
/* Nouns of speech acts noted in one sentence: a sentence holds one, a
 * long one two or three ("his criticism of X and his call for Y"). */
#define SENT_NOUNS_MAX		4

/* --- one sentence --- */

/* A word's classes not looked up yet; no word is in every class. */
#define LX_UNKNOWN	UINT32_MAX

/*
 * Cue words of a sentence remembered from its first reading, so that the
 * rules, which ask of every word they read whether it is a cue, need no
 * lookup: a sentence holds one or two, a long one half a dozen.  Past
 * this many, the words after the last one kept are looked up.
 */
#define SENT_CUES_MAX		16

struct sent_cue {
	size_t		 start, end;
	uint32_t	 lx;
};

/* What word i of a sentence is known to be: a cue, no cue, or unknown
 * (after the cues kept when a sentence holds more). */
enum cue_state {
	CUE_NO,
	CUE_YES,
	CUE_ASK,
};

struct sent {
	size_t		 ss, se;	/* the sentence, end trimmed */
	size_t		 cue_end;	/* the end of its last cue */
	int		 truncated;	/* words after w[n - 1] not read */
	int		 according;	/* "according" among them */
	size_t		 in_doc;	/* speech_source_in_doc_comma's
					 * answer for it, read by
					 * speech_cue_last */
	struct text_word w[SENT_WORDS_MAX];
	uint32_t	 lx[SENT_WORDS_MAX];
	unsigned char	 cue[SENT_WORDS_MAX];	/* enum cue_state */
	size_t		 n;
	/* its cue words, in text order, the first SENT_CUES_MAX */
	struct sent_cue	 cues[SENT_CUES_MAX];
	size_t		 ncues;
	int		 cues_overflow;
	/* the words that are those cues (CUE_YES), in text order: without
	 * an overflow every other word is CUE_NO */
	unsigned char	 yes[SENT_CUES_MAX];
	size_t		 nyes;
	/* the starts of its nouns of speech acts (LX_NOUNCUE), in text
	 * order, the first SENT_NOUNS_MAX */
	size_t		 nouns[SENT_NOUNS_MAX];
	size_t		 nnouns;
	/* its quotes: speech_state.q[first .. first + nq), ring order */
	size_t		 first, nq;
};

/* speech_subject_before's answers: none, a mention, a bare noun or relative
 * pronoun (which the rules trust less). */
#define SUBJ_NONE	0
#define SUBJ_MENTION	1
#define SUBJ_BARE	2
#define SUBJ_RELATIVE	3	/* "who", "which": speaks forward only */
#define SUBJ_PARTICIPLE	4	/* ", saying": the clause's subject */
#define SUBJ_FAR	5	/* the clause's subject, far back, or none */
#define SUBJ_COORD	6	/* a verb coordinated in its clause ("he
				 * stood ... and urged"): the clause's
				 * subject; never closes a sentence */

/* --- inline tests the rules are written in --- */

/* The classes of word i, looked up the first time they are asked for: a
 * capitalised word past the sentence's first has none (a name, not a
 * cue or a function word). */
static inline uint32_t
speech_wlx(const struct qx *x, struct sent *t, size_t i)
{
	if (t->lx[i] == LX_UNKNOWN)
		t->lx[i] = (t->w[i].flags & TEXT_W_CAP) && i > 0 ? 0 :
		    lexicon_of(x->s, &t->w[i]);
	return t->lx[i];
}

/*
 * The first of the sentence's words that ends after pos, and the first
 * that starts at or after pos (t->n when none): the words are in text
 * order, each after the one before, so their starts and ends both
 * increase and a binary search finds them.
 */
static inline size_t
speech_word_ending_after(const struct sent *t, size_t pos)
{
	size_t lo = 0, hi = t->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (t->w[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static inline size_t
speech_word_starting_at(const struct sent *t, size_t pos)
{
	size_t lo = 0, hi = t->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (t->w[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The sentence's quote i. */
static inline const struct speech_quote *
speech_sq_at(const struct qx *x, struct sent *t, size_t i)
{
	return &x->speech.q[(x->speech.qhead + t->first + i) %
	    SPEECH_QUOTES_MAX];
}

/*
 * A literal of one to eight bytes as the rules compare words with it:
 * its bytes, A-Z folded to a-z, as one big-endian integer zero-padded
 * (SPEECH_KEY), and 0x20 in each byte that is a letter (SPEECH_LOWER).
 * A range of the same length equals the literal ignoring ASCII case
 * when its bytes, read as one integer the same way, with the 0x20 bit
 * set where the literal has a letter, equal the key: A-Z and a-z differ
 * in that bit only, and no other byte becomes a letter by it.
 */
#define SPEECH_KEY_AT(lit, i)						\
	(sizeof(lit) - 1 > (i) ? (unsigned char)(lit)[sizeof(lit) - 1 > (i) ?	\
	(i) : 0] : 0u)
#define SPEECH_KEY_FOLD(c)	((c) - 'A' < 26u ? (c) | 0x20u : (c))
#define SPEECH_KEY_BYTE(lit, i)						\
	((uint64_t)SPEECH_KEY_FOLD(SPEECH_KEY_AT(lit, i)) << (56 - 8 * (i)))
#define SPEECH_KEY(lit)							\
	(SPEECH_KEY_BYTE(lit, 0) | SPEECH_KEY_BYTE(lit, 1) |		\
	SPEECH_KEY_BYTE(lit, 2) | SPEECH_KEY_BYTE(lit, 3) |		\
	SPEECH_KEY_BYTE(lit, 4) | SPEECH_KEY_BYTE(lit, 5) |		\
	SPEECH_KEY_BYTE(lit, 6) | SPEECH_KEY_BYTE(lit, 7))
#define SPEECH_LOWER_BYTE(lit, i)					\
	((uint64_t)((SPEECH_KEY_AT(lit, i) | 0x20u) - 'a' < 26u ? 0x20 : 0) <<	\
	(56 - 8 * (i)))
#define SPEECH_LOWER(lit)						\
	(SPEECH_LOWER_BYTE(lit, 0) | SPEECH_LOWER_BYTE(lit, 1) |	\
	SPEECH_LOWER_BYTE(lit, 2) | SPEECH_LOWER_BYTE(lit, 3) |		\
	SPEECH_LOWER_BYTE(lit, 4) | SPEECH_LOWER_BYTE(lit, 5) |		\
	SPEECH_LOWER_BYTE(lit, 6) | SPEECH_LOWER_BYTE(lit, 7))

/*
 * Is s[end - n, end) (n one to eight) the literal of this key and lower
 * mask, ignoring ASCII case?  One load of the eight bytes that end the
 * range (end must be eight or more), those before it shifted out.
 */
static inline int
speech_key_eq(const char *s, size_t end, size_t n, uint64_t key,
    uint64_t lower)
{
	uint64_t v;

	memcpy(&v, s + end - 8, sizeof(v));
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return ((v << 8 * (8 - n)) | lower) == key;
}

/* Is s[a, b) the literal (ignoring ASCII case), its length known equal:
 * keyed for a literal of eight bytes or fewer, byte by byte else or
 * near the text's start. */
#define speech_lit_eq(s, a, b, lit)					\
	(sizeof(lit) - 1 - 1 < 8 && (b) >= 8 ?				\
	speech_key_eq((s), (b), sizeof(lit) - 1, SPEECH_KEY(lit),	\
	SPEECH_LOWER(lit)) : text_range_eq((s), (a), (b), (lit)))

/* Is the word lit (ignoring ASCII case)?  The length is compared first:
 * the rules ask this of most words they read. */
#define is_word(x, w, lit)						\
	((w)->end - (w)->start == sizeof(lit) - 1 &&			\
	speech_lit_eq((x)->s, (w)->start, (w)->end, lit))

/* A word of a list the rules test a word against, with its length and
 * key: SPEECH_LIT("said").  A list compares the length first, the bytes
 * only for the few words of that length. */
struct speech_lit {
	const char	*s;
	size_t		 n;
	uint64_t	 key, lower;
};
#define SPEECH_LIT(lit)	{ lit, sizeof(lit) - 1, SPEECH_KEY(lit), SPEECH_LOWER(lit) }

/*
 * Is the word [a, b) of s one of the n words of l (ignoring ASCII
 * case)?  Every list is a static const array of constants: unrolled, a
 * literal's length and key are immediates, and a word of another length
 * costs a compare and a branch a literal instead of loads and a loop
 * (most lists are asked of words of other lengths).
 */
static inline int
speech_range_in(const char *s, size_t a, size_t b,
    const struct speech_lit *l, size_t n)
{
	size_t k;

#pragma GCC unroll 32
	for (k = 0; k < n; k++)
		if (l[k].n == b - a && (l[k].n - 1 < 8 && b >= 8 ?
		    speech_key_eq(s, b, l[k].n, l[k].key, l[k].lower) :
		    text_range_eq(s, a, b, l[k].s)))
			return 1;
	return 0;
}

/* The word lists, as data (SPEECH_WORDS_... macros). */
#include "speech_words.def"

static inline int
speech_ascii_lower(unsigned char c)
{
	return (unsigned)(c - 'a') < 26;
}

/* An ASCII letter or digit (a byte: no UTF-8 sequence's byte is one). */
static inline int
speech_ascii_alnum(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10;
}

/* The char before pos, past spaces. */
static inline uint32_t
speech_char_before(const char *s, size_t lo, size_t pos, size_t *at)
{
	while (pos > lo && (s[pos - 1] == ' ' || s[pos - 1] == '\t'))
		pos--;
	/* a no-break space (C2 A0), which web copy sets after a comma as
	 * often as a space (",\u00a0Obama said."), and blanks before it */
	if (pos > lo + 1 && (unsigned char)s[pos - 1] == 0xA0 &&
	    (unsigned char)s[pos - 2] == 0xC2) {
		pos -= 2;
		while (pos > lo && (s[pos - 1] == ' ' || s[pos - 1] == '\t'))
			pos--;
	}
	if (at != NULL)
		*at = pos;
	return pos > lo ? text_char_before(s, pos) : 0;
}

/* Is w a verb attribution_quoted_as reads on from ("quoted", "cited",
 * "quoting", "citing")?  It answers 0 for any other word: asked first,
 * keyed, the call is saved for the other cues (25K over the dev bodies;
 * speech::quoting_verb_test_covers_quoted_as checks the two agree). */
#define speech_quoting_verb(x, w)					\
	(is_word(x, w, "quoted") || is_word(x, w, "cited") ||		\
	is_word(x, w, "quoting") || is_word(x, w, "citing"))

/* Does the word w end in the literal tail, with more than one byte
 * before it?  The literal's length and key are the compiler's, as for
 * is_word: one load of the eight bytes that end the word ("ing", "ed",
 * "ly" are asked of most cues; was strlen and text_range_eq). */
#define speech_ends_with(x, w, tail)					\
	((size_t)((w)->end - (w)->start) > sizeof(tail) - 1 + 1 &&	\
	speech_lit_eq((x)->s, (w)->end - (sizeof(tail) - 1), (w)->end, tail))

/*
 * lexicon_is_adverb of word i, its classes asked through speech_wlx, so
 * looked up once for the sentence (the word before a cue, which the
 * cue test has looked up, is asked again by the subject and object
 * rules): a lower-case word of more than four bytes in -ly, or one of
 * LX_ADV.
 */
static inline int
speech_is_adverb(const struct qx *x, struct sent *t, size_t i)
{
	const struct text_word *w = &t->w[i];

	if (w->flags & TEXT_W_CAP)
		return 0;
	if (w->end - w->start > 4 &&
	    speech_lit_eq(x->s, w->end - 2, w->end, "ly"))
		return 1;
	return (speech_wlx(x, t, i) & LX_ADV) != 0;
}

/*
 * Is w an auxiliary with a contracted negation ("didn't", "doesn’t",
 * "can't")?  The clitic n't attaches to finite auxiliaries and to
 * nothing else, so the word stands for an auxiliary and "not", both of
 * which a reader passes between a subject and its verb ("Republicans
 * don't seem [to take it seriously]", "Sanders hasn't said whether").
 * Lower case only: "Don't say" opens an imperative.
 */
static inline int
speech_is_neg_aux(const struct qx *x, const struct text_word *w)
{
	const unsigned char *u = (const unsigned char *)x->s;
	size_t e = w->end, n = e - w->start;

	if ((w->flags & TEXT_W_CAP) || n < 4 || u[e - 1] != 't')
		return 0;
	if (u[e - 2] == '\'')
		return u[e - 3] == 'n';
	return n >= 6 && u[e - 2] == 0x99 && u[e - 3] == 0x80 &&
	    u[e - 4] == 0xE2 && u[e - 5] == 'n';
}

/* The byte at pos, past spaces (0 at end). */
static inline char
speech_char_after(const char *s, size_t end, size_t pos)
{
	while (pos < end && (s[pos] == ' ' || s[pos] == '\t'))
		pos++;
	return pos < end ? s[pos] : 0;
}

/*
 * Does a comma go on with a list rather than close a phrase, k being the
 * sentence's first word after it: "including" ("..., including"), "and"
 * or "or" after the next word, or a comma after it ("appeal to young,
 * liberal and black voters", "China, Russia and Iran")?  With `conj`
 * also "and" or "or" right after the comma ("Muslims, and women").
 */
static inline int
speech_list_goes_on(const struct qx *x, struct sent *t, size_t k, int conj)
{
	if (k >= t->n)
		return 0;
	if (is_word(x, &t->w[k], "including") || (conj &&
	    (is_word(x, &t->w[k], "and") || is_word(x, &t->w[k], "or"))))
		return 1;
	return k + 1 < t->n && (is_word(x, &t->w[k + 1], "and") ||
	    is_word(x, &t->w[k + 1], "or") ||
	    speech_char_after(x->s, t->se, t->w[k].end) == ',');
}

/* Is w a finite auxiliary: a form of be or have, a modal, did or does?
 * (A subject's verb, the predicate of a relative clause after its cue,
 * "which he said [was] a mistake", and where a noun's object ends,
 * "attacks on [Curiel] were".) */
static inline int
speech_is_finite_aux(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit fin[] = {
		SPEECH_LIT("is"), SPEECH_LIT("was"), SPEECH_LIT("are"),
		SPEECH_LIT("were"), SPEECH_LIT("has"), SPEECH_LIT("had"),
		SPEECH_LIT("have"), SPEECH_LIT("will"), SPEECH_LIT("would"),
		SPEECH_LIT("could"), SPEECH_LIT("can"), SPEECH_LIT("should"),
		SPEECH_LIT("must"), SPEECH_LIT("may"), SPEECH_LIT("might"),
		SPEECH_LIT("did"), SPEECH_LIT("does"),
	};

	return speech_range_in(x->s, w->start, w->end, fin,
	    sizeof(fin) / sizeof(fin[0]));
}

/* Quantifiers that stand alone for people as a subject ("Some said",
 * "Many believe", "Others argue", "one said"); not "both" and "all",
 * which float after the subject they count ("Rubio and Bush both
 * said"). */
static inline int
speech_is_quantifier(const struct qx *x, const struct text_word *w)
{
	/* by length first: asked of the word before most cues (25K times
	 * over the dev bodies), most of other lengths */
	switch (w->end - w->start) {
	case 3:
		return is_word(x, w, "few") || is_word(x, w, "one");
	case 4:
		return is_word(x, w, "some") || is_word(x, w, "many") ||
		    is_word(x, w, "most") || is_word(x, w, "none") ||
		    is_word(x, w, "both") || is_word(x, w, "each");
	case 6:
		return is_word(x, w, "others") || is_word(x, w, "nobody");
	case 7:
		return is_word(x, w, "several") || is_word(x, w, "another");
	case 8:
		return is_word(x, w, "everyone");
	default:
		return 0;
	}
}

/* Clause boundaries, shared by the subject readers of speech_subject.c and
 * speech_participle.c. */

/* Does the gap [a, b) between two words end a clause: a comma, a
 * semicolon, a colon or a dash (quotes and brackets do not)? */
static inline int
speech_clause_gap(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (s[a] == ',' || s[a] == ';' || s[a] == ':' ||
		    (s[a] == '-' && a + 1 < b && s[a + 1] == '-') ||
		    (a + 2 < b && (unsigned char)s[a] == 0xE2 &&
		    (unsigned char)s[a + 1] == 0x80 &&
		    ((unsigned char)s[a + 2] == 0x94 ||
		    (unsigned char)s[a + 2] == 0x93)))
			return 1;
	return 0;
}

/* Where does the sentence's quote that holds byte pos end, or 0 when
 * none holds it? */
static inline size_t
speech_quote_around(const struct qx *x, struct sent *t, size_t pos)
{
	size_t k;

	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = speech_sq_at(x, t, k);

		if (q->start <= pos && pos < q->end)
			return q->end;
	}
	return 0;
}

/*
 * Does word k open a clause of the sentence: its first word, or one after
 * a comma, a semicolon, a colon, a dash or a closing quote?
 */
static inline int
speech_opens_clause_at(const struct qx *x, struct sent *t, size_t k)
{
	size_t e;

	if (k == 0)
		return 1;
	e = t->w[k - 1].end;
	if (speech_clause_gap(x->s, e, t->w[k].start))
		return 1;
	return speech_quote_around(x, t, e - 1) != 0 &&
	    speech_quote_around(x, t, e - 1) <= t->w[k].start;
}

/* --- speech.c --- */

/* Does [cs, ce) overlap an item already out, a quote or speech?  Not a
 * partial: the fragments inside a content are its own. */
int	speech_taken(struct qx *x, size_t cs, size_t ce);
/* Set the count of items out (an undo, or its reversal: the items it
 * hid brought back), and where item k ends (a content cut short): the
 * changes to the items out other than an item added, which speech_taken
 * must hear of. */
void	speech_out_set_n(struct qx *x, size_t n);
void	speech_out_set_end(struct qx *x, size_t k, size_t end);
int	speech_emit(struct qx *x, struct sent *t, size_t cs, size_t ce,
	    const struct attr *a);
/* speech_emit_as's *k when no item came out */
#define SPEECH_NO_ITEM	SIZE_MAX
/* The item [cs, ce) with item from's mention, cue and speaker (*a: the
 * attribution used); *k its index or SPEECH_NO_ITEM; -1 on error. */
int	speech_emit_as(struct qx *x, struct sent *t, size_t cs, size_t ce,
	    size_t from, struct attr *a, size_t *k);
/* Hand the speaker of an attribution that ends at `end` on to the direct
 * quotes after it with none of their own (speech_last_speaker), as an
 * item does. */
void	speech_hand_on(struct qx *x, size_t end, const struct attr *a,
	    struct str speaker);

/*
 * The end of the paragraph holding pos: the first line break after it.
 * The answer stays good for every later pos before it, so each byte is
 * searched once however many sentences ask.  Inline: the headline rule
 * (speech_headline.c) asks it of every paragraph's first sentence.
 */
static inline size_t
speech_para_end(struct qx *x, size_t pos)
{
	struct speech_state *st = &x->speech;
	const char *nl;

	if (st->para_end > pos)
		return st->para_end;
	nl = memchr(x->s + pos, '\n', x->len - pos);
	st->para_end = nl == NULL ? x->len : (size_t)(nl - x->s);
	return st->para_end;
}

size_t	speech_skip_blank_wide(const char *s, size_t len, size_t pos);

/* Skip spaces and line breaks from pos.  Inline, the ASCII bytes read
 * without decoding: the sentence reader asks it after every stop, and
 * most stops have one space after them, so a call would cost more than
 * the work. */
static inline size_t
speech_skip_blank(const char *s, size_t len, size_t pos)
{
	while (pos < len && (unsigned char)s[pos] < 0x80) {
		if (!text_is_space((unsigned char)s[pos]))
			return pos;
		pos++;
	}
	return pos < len ? speech_skip_blank_wide(s, len, pos) : pos;
}

/* --- speech_headline.c: 1 when the sentence opens a paragraph that
 * names its source before a colon or a "X Says" headline (an item was
 * written), 0 when not, -1 on error --- */

int	speech_headline_para(struct qx *x, struct sent *t);

/* speech_headline_para of a sentence that opens a paragraph.  Inline,
 * that test first: asked of every sentence, most of which open none. */
static inline int
speech_headline_read(struct qx *x, struct sent *t)
{
	if (t->ss > 0 && x->s[t->ss - 1] != '\n')
		return 0;
	return speech_headline_para(x, t);
}

/* --- speech_continued.c: a sentence with one quoted fragment, no cue
 * and no item that carries on the speech of the sentence before it in
 * its paragraph is one item with that speech's speaker (0, or -1 on
 * error) --- */

int	speech_continued_fragment(struct qx *x, struct sent *t);
/* Is [a, b) in Title Case: every word capitalised, a number or a small
 * word of titles?  Such quoted words name a thing, no one's speech. */
int	speech_continued_title_case(const char *s, size_t a, size_t b);

/* --- speech_fragment.c: the clause a quoted fragment opens after the
 * cue the quote pass attributed it to, when words stand between them
 * (0, 1 when an item was written, -1 on error) --- */

int	speech_fragment_clause(struct qx *x, struct sent *t);
/* The sentence a quoted fragment (the sentence's quote k) closes, when
 * the quote pass attributed it to the closer right after it and no item
 * holds it (0, 1 when an item was written, -1 on error) */
int	speech_fragment_closer_at(struct qx *x, struct sent *t, size_t k);

/* --- speech_handed.c: 1 when the sentence is only a direct quote and
 * the attribution the quote pass read after it, read here without the
 * rules --- */

int	speech_handed_read(struct qx *x, struct sent *t);

/* speech_handed_read of a sentence with one quote and one cue after the
 * quote pass handed an attribution over (handed_quote's first tests,
 * asked again there).  Inline, those tests first: asked of every
 * sentence with a cue, most of which hold no such quote. */
static inline int
speech_handed_attribution(struct qx *x, struct sent *t)
{
	if (!x->speech.have_handed || t->nq != 1 || t->ncues != 1)
		return 0;
	return speech_handed_read(x, t);
}

/* --- speech_label.c: a quoted label after a verb's object and "as";
 * 0, or -1 on error --- */

/* Bytes before a fragment read for " as the" and the blanks around it:
 * 7 and some spaces. */
#define LABEL_AS_BYTES		16

int	speech_label_as(struct qx *x, struct sent *t, size_t first);

/* Back over the blanks before pos, down to lo. */
static inline size_t
speech_label_back_blank(const char *s, size_t lo, size_t pos)
{
	while (pos > lo && (s[pos - 1] == ' ' || s[pos - 1] == '\t'))
		pos--;
	return pos;
}

/*
 * A byte test before any word is read: is " as" (or " as a", " as an",
 * " as the") right before the mark at pos?  Most fragments have no such
 * thing before them, and the quote pass asks this of every one
 * (speech_note_quote).
 */
static inline int
speech_label_as_before(const char *s, size_t lo, size_t pos)
{
	size_t p = speech_label_back_blank(s, lo, pos);

	if (p >= lo + 2 && s[p - 1] == 'a' && s[p - 2] == ' ')
		p = speech_label_back_blank(s, lo, p - 1);
	else if (p >= lo + 3 && s[p - 1] == 'n' && s[p - 2] == 'a' &&
	    s[p - 3] == ' ')
		p = speech_label_back_blank(s, lo, p - 2);
	else if (p >= lo + 4 && s[p - 1] == 'e' && s[p - 2] == 'h' &&
	    s[p - 3] == 't' && s[p - 4] == ' ')
		p = speech_label_back_blank(s, lo, p - 3);
	return p >= lo + 3 && s[p - 1] == 's' && s[p - 2] == 'a' &&
	    s[p - 3] == ' ';
}

/* --- speech_cue.c --- */

size_t	speech_cue_last(const struct qx *x, struct sent *t);
void	speech_cue_read_words(struct qx *x, struct sent *t);
int	speech_cue_is_known(const struct qx *x, struct sent *t, size_t i);

/* --- speech_furniture.c: 1 when the sentence is page furniture (a
 * heading, a link, a call to the reader), whose words report no speech;
 * speech_furniture_line is asked of every sentence, in text order --- */

/* The longest heading: a headline runs 40 to 110 bytes ("Tesla Issues
 * Recall for 376,000 Vehicles Due to Steering Assist Malfunction" is 78);
 * a line longer than this is a paragraph whose stop is missing. */
#define HEADING_BYTES_MAX	160

int	speech_furniture_line_read(struct qx *x, const struct sent *t);
int	speech_furniture_call(const struct qx *x, const struct sent *t);

/* Could the line at ss open with a link label?  Its first two bytes:
 * "RE", "SE", "AL", "MO" in either case after the capital ("Related:",
 * "SEE ALSO", "Also read:", "MORE"); most lines open otherwise, and
 * their words are not read. */
static inline int
speech_furniture_may_be_label(const char *s, size_t ss, size_t len)
{
	unsigned char c = (unsigned char)s[ss], d;

	if (ss + 1 >= len)
		return 0;
	d = (unsigned char)s[ss + 1] | 0x20;
	return ((c == 'R' || c == 'S') && d == 'e') || (c == 'A' &&
	    d == 'l') || (c == 'M' && d == 'o');
}

/* Furniture is read only from a line's first sentence (past an indent:
 * "  • BMW's Next-Gen EV"); once the story
 * has begun, only from one whose first bytes may open a link label
 * ("Re", "Se", "Al", "Mo") or that may be a heading (HEADING_BYTES_MAX,
 * a letter or a digit at its end): the test every sentence pays, so
 * inline. */
static inline int
speech_furniture_line(struct qx *x, const struct sent *t)
{
	const char *s = x->s;

	if (x->speech.story) {
		/* a line's start, or an indent's (two blanks: one is the
		 * space after a stop) */
		if (t->ss > 0 && s[t->ss - 1] != '\n' && !(t->ss > 1 &&
		    (s[t->ss - 1] == ' ' || s[t->ss - 1] == '\t') &&
		    (s[t->ss - 2] == ' ' || s[t->ss - 2] == '\t' ||
		    s[t->ss - 2] == '\n')))
			return 0;
		if (!speech_furniture_may_be_label(s, t->ss, x->len) &&
		    !(t->se - t->ss <= HEADING_BYTES_MAX &&
		    speech_ascii_alnum((unsigned char)s[t->se - 1])))
			return 0;
	}
	return speech_furniture_line_read(x, t);
}

/* A call to the reader opens with its verb and one of "us", "me",
 * "up", "to", "here", "your" (2 or 4 bytes), or with "Please" (6): the
 * inline test before speech_furniture_call reads the words. */
static inline int
speech_furniture_may_call(const struct sent *t)
{
	size_t n0, n1;

	if (t->n < 3)
		return 0;
	n0 = t->w[0].end - t->w[0].start;
	n1 = t->w[1].end - t->w[1].start;
	return n0 == 6 || n1 == 2 || n1 == 4;
}

/* Is word i a cue that can report a clause?  Most words are known to be
 * none: the rules ask of every word, so that answer is inline. */
static inline int
speech_cue_is(const struct qx *x, struct sent *t, size_t i)
{
	return t->cue[i] != CUE_NO && speech_cue_is_known(x, t, i);
}

/* --- speech_span.c --- */

const struct speech_quote *speech_span_direct_at(const struct qx *x,
	    struct sent *t, size_t pos);
int	speech_span_quote_between(const struct qx *x, struct sent *t,
	    size_t a, size_t b);
int	speech_span_mostly_direct(const struct qx *x, struct sent *t,
	    size_t a, size_t b);
size_t	speech_span_content_words(const struct qx *x, struct sent *t,
	    size_t a, size_t b, int *quoted);
size_t	speech_span_trim_end(const char *s, size_t a, size_t b);
size_t	speech_span_trim_start(const char *s, size_t a, size_t b);
size_t	speech_span_fragment_close(const struct qx *x, struct sent *t,
	    size_t ce);
size_t	speech_span_skip_dateline(const char *s, size_t cs, size_t ce);
/* What speech_span_saying_time gives when the words after the cue are
 * the act's circumstance alone: no item. */
#define SPEECH_NO_CONTENT	SIZE_MAX
size_t	speech_span_skip_saying_time(const struct qx *x, struct sent *t,
	    size_t ce, size_t cs, size_t cend);
int	speech_span_blank_or_poss(const char *s, size_t a, size_t b);
int	speech_span_is_aux(const struct qx *x, const struct text_word *w);
int	speech_span_is_be(const struct qx *x, const struct text_word *w);
int	speech_span_is_cal(const struct qx *x, const struct text_word *w);
int	speech_span_clause_closed(const struct qx *x, struct sent *t,
	    size_t pos, size_t *at);
size_t	speech_span_time_after(const struct qx *x, struct sent *t,
	    size_t k);
size_t	speech_span_tail_gloss(const struct qx *x, struct sent *t,
	    size_t cs, size_t ce);
int	speech_span_linked(const struct qx *x, struct sent *t,
	    size_t first, size_t k, const struct attr *a, size_t *qi,
	    size_t *end, int *bare);
void	speech_span_end_at_attribution(struct qx *x, struct sent *t,
	    size_t first, size_t k, const struct attr *a);
size_t	speech_span_own_clause(const struct qx *x, struct sent *t,
	    size_t cs, size_t ce);
size_t	speech_span_skip_connective(const struct qx *x, struct sent *t,
	    size_t cs, size_t ce);
int	speech_span_only_connective(const struct qx *x, struct sent *t,
	    size_t cs, size_t ce);

/* --- speech_break.c --- */

size_t	speech_break_end(const struct qx *x, struct sent *t, size_t cs);

/* --- speech_stance.c --- */

size_t	speech_stance_end(const struct qx *x, struct sent *t, size_t k0);
size_t	speech_stance_end_before(const struct qx *x, struct sent *t,
	    size_t k0, size_t kn);
int	speech_stance_finite_form(const struct qx *x, struct sent *t,
	    size_t k);

/* --- speech_subject.c --- */

int	speech_subject_bare_cue(const struct qx *x, const struct text_word *w);
size_t	speech_subject_chain_verb(const struct qx *x, struct sent *t,
	    size_t j);

int	speech_subject_before(struct qx *x, struct sent *t, size_t i,
	    struct attr *a);

/* --- speech_far.c --- */

int	speech_far_purpose_infinitive(const struct qx *x, struct sent *t,
	    size_t i);
int	speech_far_subject(struct qx *x, struct sent *t, size_t i,
	    struct attr *a);

/* --- speech_participle.c --- */

int	speech_participle_subject(struct qx *x, struct sent *t, size_t i,
	    struct attr *a);
void	speech_participle_maker(struct qx *x, struct sent *t, size_t i,
	    struct attr *a);
int	speech_participle_opens(const struct qx *x, struct sent *t,
	    size_t k);
int	speech_participle_gerund(const struct qx *x, struct sent *t,
	    size_t i);

/* --- speech_form.c: each returns 1 when it took the sentence (an item
 * was written), 0 when the construction is not there, -1 on error --- */

int	speech_form_cue_forward(struct qx *x, struct sent *t, size_t i,
	    struct attr *a, int need_that, int subj);
int	speech_form_medium_noun(const struct qx *x, struct sent *t,
	    size_t lo, size_t k);
/* A clause's end in the sentence, shared by speech_form.c,
 * speech_subordinate.c and speech_object.c. */
const char	*speech_form_clause_comma(const char *s, size_t cs, size_t se);
/* The clause tests speech_closer.c shares: does the cue at i introduce
 * a direct quote, a whole answer ("said yes"), the content's end before an
 * as-clause that closes the sentence (", as X noted."). */
int	speech_form_introduces_direct(const struct qx *x, struct sent *t,
	    size_t i);
size_t	speech_form_answer_word(const struct qx *x, struct sent *t,
	    size_t i);
size_t	speech_form_as_closer(const struct qx *x, struct sent *t, size_t i);

/* --- speech_ask.c: questions and addressees; the rules return as
 * speech_form.c's do --- */

int	speech_ask_question(struct qx *x, struct sent *t);
int	speech_ask_by(struct qx *x, struct sent *t, size_t i);
int	speech_ask_wonder_to(struct qx *x, struct sent *t, size_t i);
size_t	speech_ask_wonder_object(const struct qx *x, struct sent *t,
	    size_t i);
size_t	speech_ask_caused_object(const struct qx *x, struct sent *t,
	    size_t i);
void	speech_ask_caused_source(const struct qx *x, struct sent *t,
	    size_t i, size_t j, struct attr *a);
/* The word where a clause opens past the addressee of "told" (shared
 * with speech_closer.c and speech_fragment.c), the first word of a
 * question after an addressee of "asked"/"told" (0: none), whether w
 * opens a question ("whether", "if", a wh-word) and whether word j is
 * the "to" of an infinitive: the tests speech_form.c's readers share. */
size_t	speech_ask_addressee_end(const struct qx *x, struct sent *t,
	    size_t i);
size_t	speech_ask_after_addressee(const struct qx *x, struct sent *t,
	    size_t i);
int	speech_ask_opens_question(const struct qx *x,
	    const struct text_word *w);
int	speech_ask_infinitive_at(const struct qx *x, struct sent *t,
	    size_t j);

/* (speech_prep.c) */
int	speech_prep_as_before(const char *s, size_t ss, size_t p);

/*
 * The last word of the cue at word i: the cue, or the "it" of "put it"
 * ("as he puts it,"), the phrase the cue scan keeps "put" for
 * (speech_prep_light_at), or the "out" of "point out" in an
 * as-clause ("as Krugman points out,").  Inline, its first byte first:
 * asked of every cue read forward and every item's cue.
 */
static inline __attribute__((always_inline)) size_t
speech_form_as_cue_last(const struct qx *x, struct sent *t, size_t i)
{
	if (x->s[t->w[i].start] != 'p' || i + 1 >= t->n)
		return i;
	if (x->s[t->w[i].start + 1] == 'u')
		return (is_word(x, &t->w[i], "put") ||
		    is_word(x, &t->w[i], "puts")) &&
		    is_word(x, &t->w[i + 1], "it") ? i + 1 : i;
	return x->s[t->w[i].start + 1] == 'o' &&
	    (is_word(x, &t->w[i], "points") ||
	    is_word(x, &t->w[i], "pointed") ||
	    is_word(x, &t->w[i], "point")) &&
	    is_word(x, &t->w[i + 1], "out") &&
	    speech_prep_as_before(x->s, t->ss, t->w[i].start) ? i + 1 : i;
}

/* --- speech_closer.c: an attribution after what it reports; the same
 * answers as speech_form.c's --- */

size_t	speech_closer_descriptor_start(const struct qx *x, struct sent *t,
	    size_t i, const struct attr *a);
int	speech_closer_closes_sentence(const struct qx *x, struct sent *t,
	    size_t i, const struct attr *a, size_t *sub);
int	speech_closer_parenthetical_head(struct qx *x, struct sent *t,
	    size_t i, struct attr *a);
int	speech_closer_cue_backward(struct qx *x, struct sent *t, size_t i,
	    struct attr *a);

/* --- speech_subordinate.c --- */

size_t	speech_subordinate_end(const struct qx *x, struct sent *t,
	    size_t i, size_t cs, size_t ce, int as_too);

/* --- speech_object.c: the same, for contents that are a verb's object
 * or complement --- */

int	speech_object_stance(struct qx *x, struct sent *t, size_t i,
	    struct attr *a, int subj);
int	speech_object_asked_passive(const struct qx *x, struct sent *t,
	    size_t i);
int	speech_object_raising(struct qx *x, struct sent *t, size_t i);
int	speech_passive_is(const struct qx *x, struct sent *t, size_t i);
int	speech_passive_as(struct qx *x, struct sent *t, size_t i);
int	speech_passive_np_is(const struct qx *x, struct sent *t, size_t i);
/* May a word opening with byte c be one of speech_passive_np_is's verbs
 * (considered, deemed, called, dubbed, labeled, labelled, branded,
 * termed, nicknamed: lower case b, c, d, l, n, t)?  A mask, asked
 * before the call. */
#define PASSIVE_NP_FIRST	((1u << ('b' - 'a')) | (1u << ('c' - 'a')) | \
	(1u << ('d' - 'a')) | (1u << ('l' - 'a')) | (1u << ('n' - 'a')) | \
	(1u << ('t' - 'a')))
static inline int
speech_passive_np_first(char c)
{
	return (unsigned)(c - 'a') < 26 &&
	    ((PASSIVE_NP_FIRST >> (unsigned)(c - 'a')) & 1u);
}
int	speech_passive_np(struct qx *x, struct sent *t, size_t i);
int	speech_object_relative(struct qx *x, struct sent *t, size_t i,
	    struct attr *a);
int	speech_object_relative_naming(struct qx *x, struct sent *t,
	    size_t i, struct attr *a);
size_t	speech_object_relative_pronoun(const struct qx *x, struct sent *t,
	    size_t i, const struct attr *a);
/* Do "which ", "whom " or "what " end right before byte ms (after lo)?
 * The bytes of speech_object_relative_pronoun's pronoun, asked first. */
static inline int
speech_object_relative_before(const char *s, size_t lo, size_t ms)
{
	if (ms < lo + 5 || s[ms - 1] != ' ')
		return 0;
	if (s[ms - 2] == 'h')	/* which */
		return ms >= lo + 6 && s[ms - 3] == 'c' && s[ms - 4] == 'i' &&
		    s[ms - 5] == 'h' && s[ms - 6] == 'w';
	return s[ms - 5] == 'w' && s[ms - 4] == 'h' &&	/* whom, what */
	    ((s[ms - 3] == 'o' && s[ms - 2] == 'm') ||
	    (s[ms - 3] == 'a' && s[ms - 2] == 't'));
}
int	speech_object_opens_clause(const struct qx *x,
	    const struct text_word *w);
const struct speech_quote *speech_object_fragment_after(const struct qx *x,
	    struct sent *t, size_t i);
int	speech_object_fragment(struct qx *x, struct sent *t, size_t i,
	    size_t last, size_t cue_end, const struct speech_quote *fq,
	    struct attr *a);

/* --- speech_prep.c: the same, for contents that are the object of a
 * verb's preposition or a light verb's phrase --- */

int	speech_prep_object(struct qx *x, struct sent *t, size_t i,
	    struct attr *a);
/* speech_prep_light_at's answer for "put it" in an as-clause: a cue
 * of speech, not a light verb. */
#define LIGHT_AS_SAYING	2
int	speech_prep_light_at(const char *s, size_t ss, size_t se, size_t p,
	    size_t end);
int	speech_prep_pair_at(const char *s, size_t se, size_t p,
	    size_t q);

/* --- speech_title.c: Title Case headlines --- */

/* A Title Case headline with a verb of the lexicon ("Trump Endorses
 * [Ryan]"): 1 when taken, -1 on error. */
int	speech_title_headline(struct qx *x, struct sent *t);

/* --- speech_noun.c: nouns of speech acts and their preposition's object --- */

int	speech_noun_objects(struct qx *x, struct sent *t);
/* speech_noun_pair_at's *mark_end before the sentence's marks are read */
#define SPEECH_MARK_UNREAD	SIZE_MAX
int	speech_noun_pair_at(const char *s, size_t ss, size_t se, size_t p,
	    size_t q, size_t *mark_end);

/* --- speech_source.c: the same, for sources that are no verb's
 * subject --- */

int	speech_source_according(struct qx *x, struct sent *t, size_t i);
int	speech_source_according_joined(struct qx *x, struct sent *t,
	    size_t first, size_t i);
size_t	speech_source_in_doc_comma(const char *s, size_t ss, size_t se);
int	speech_source_in_doc(struct qx *x, struct sent *t);
int	speech_source_fronted_participle(struct qx *x, struct sent *t);
int	speech_source_passive_by(struct qx *x, struct sent *t, size_t i);
int	speech_source_as_passive(struct qx *x, struct sent *t, size_t i);
int	speech_source_quoted_as_saying(struct qx *x, struct sent *t,
	    size_t i);
int	speech_source_document(struct qx *x, struct sent *t, size_t i,
	    struct attr *a);

/*
 * The start of content [cs, ...) past a time or manner of the saying
 * right after its cue (speech_span_skip_saying_time).  Most items start
 * past a "that" or an addressee, or with a word no such adjunct opens
 * (he, the, a, Clinton ...): the blanks back to the cue and the first
 * letters are read here, inline, before any word (out of line, or with
 * the first letter alone, the test cost two to four times as much).  The
 * adjuncts open with a day's or a month's
 * two letters (Mo Tu We Th Fr Sa Su, Ja Fe Ma Ap Ju Au Se Oc No De) or
 * those of on, last, late(r), this, earlier, early, repeatedly,
 * publicly, privately, openly.
 */
static inline size_t
speech_span_saying_time(const struct qx *x, struct sent *t, struct str cue,
    size_t cs, size_t cend)
{
	size_t ce = (size_t)(cue.p + cue.len - x->s);
	char c1, c2;
	int may;

	if (cue.p == NULL || ce >= cs || cs - ce > 3 || cs + 2 >= t->se ||
	    !text_gap_is_blank(x->s, ce, cs))
		return cs;
	c1 = x->s[cs];
	c2 = x->s[cs + 1];
	switch (c1) {
	case 'M': may = c2 == 'o' || c2 == 'a'; break;
	case 'T': may = c2 == 'u' || c2 == 'h'; break;
	case 'W': case 'D': may = c2 == 'e'; break;
	case 'F': may = c2 == 'r' || c2 == 'e'; break;
	case 'S': may = c2 == 'a' || c2 == 'u' || c2 == 'e'; break;
	case 'J': case 'A': may = c2 == 'a' || c2 == 'u' || c2 == 'p'; break;
	case 'O': may = c2 == 'c'; break;
	case 'N': may = c2 == 'o'; break;
	case 'o': may = c2 == 'n' || c2 == 'p'; break;
	case 'l': case 'e': may = c2 == 'a'; break;
	case 't': may = c2 == 'h' && x->s[cs + 2] == 'i'; break;
	case 'r': may = c2 == 'e'; break;
	case 'p': may = c2 == 'u' || c2 == 'r'; break;
	default: may = 0;
	}
	return may ? speech_span_skip_saying_time(x, t, ce, cs, cend) : cs;
}

#endif /* QUARRY_SPEECH_INT_H */
