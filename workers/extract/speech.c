/*
 * speech.c — reported speech: what a source said, wrote or holds without
 * quotation marks, as `indirect` items with the fields of a quote (the
 * content's span, the speaker, the mention and the cue), and the speaker
 * of the quoted fragments inside it.
 *
 * The constructions of news copy, each read from one sentence:
 *
 *   X said (that) CLAUSE          X told Y (that) CLAUSE
 *   CLAUSE, X said.               CLAUSE, said X.
 *   According to X, CLAUSE.       CLAUSE, according to X.
 *   X believes (that) CLAUSE      a poll found that CLAUSE
 *   X quoted Y as saying CLAUSE   X said: CLAUSE (to the paragraph's end)
 *
 * The subject X is a name, a pronoun or a nominal, or failing those a
 * bare noun phrase ("Most voters said"), a relative pronoun ("Smith,
 * who said CLAUSE, ..."), or the sentence's subject for a cue
 * coordinated with its first verb ("X did Y and said CLAUSE").
 *
 * The scanner runs behind the quote pass in quotes.c: a sentence is read
 * once every quote in it has been classified, so a sentence end inside a
 * quote does not end the sentence, content that is a direct quote is left
 * to the quote, and content that holds quoted fragments is one item whose
 * speaker the fragments take.  Every byte is read by one sentence search
 * and one word scan; a sentence's words are kept in a bounded array.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "text.h"
#include "utf8.h"

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
/* Words after a cue that may close a sentence with it: "Smith said
 * Tuesday in a statement." is 4. */
#define CLOSER_WORDS_MAX	5
/* Words read past a sentence's last cue: the rules look at most
 * THAT_WORDS_MAX words past a cue, and count content words up to
 * CONTENT_WORDS_MIN. */
#define AFTER_CUE_WORDS		(THAT_WORDS_MAX + 2)
/* Content shorter than this many words is not a clause ("he said so"). */
#define CONTENT_WORDS_MIN	3
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
/* Words of a bare noun phrase subject read back from its head:
 * "Seventy-four percent of Democratic registered voters say" reaches
 * "percent"; the head alone is what a mention must hold. */
#define NOUN_WORDS_MAX		6

/* --- a sentence's first test: does it hold a cue at all? --- */

/*
 * For each first letter, bit n - 1 set when a word of a class speech.c
 * reads as a cue is n bytes long; built from quotes_lexicon.def.  Most
 * sentences hold no cue, and a scan of their lower-case words against
 * this table passes them over without reading their words.
 */
#define SPEECH_CUES	(LX_CUE | LX_REPORT | LX_THATCUE | LX_STANCE | LX_INTENT | \
			LX_RAISE)
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

static int
ascii_lower(unsigned char c)
{
	return (unsigned)(c - 'a') < 26;
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
	while (p < end && ascii_lower(u[p]))
		p++;
	return p;
}

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
	struct text_word w[SENT_WORDS_MAX];
	uint32_t	 lx[SENT_WORDS_MAX];
	unsigned char	 cue[SENT_WORDS_MAX];	/* enum cue_state */
	size_t		 n;
	/* its cue words, in text order, the first SENT_CUES_MAX */
	struct sent_cue	 cues[SENT_CUES_MAX];
	size_t		 ncues;
	int		 cues_overflow;
	/* its quotes: speech_state.q[first .. first + nq), ring order */
	size_t		 first, nq;
};

/*
 * Where the last cue of the sentence ends: the last lower-case word of
 * the narrator's (outside the sentence's quotes, whose words the rules
 * never read) that is a cue, or "according"; 0 when there is none.
 * Reads each byte outside the quotes once, runs of lower-case letters
 * eight at a time, with a lookup only for words that pass the filters,
 * and keeps the cues it finds in t->cues.
 */
static size_t
last_cue(const struct qx *x, struct sent *t)
{
	const char *s = x->s;
	const unsigned char *u = (const unsigned char *)s;
	size_t ss = t->ss, se = t->se, p = ss, q, n, last = 0, qi = 0;
	struct text_word w;
	uint32_t lx;

	t->ncues = 0;
	t->cues_overflow = 0;
	if (se - ss >= 9 && text_range_eq(s, ss, ss + 9, "according"))
		last = ss + 9;
	while (p < se) {
		/* a quote's words are not the narrator's: the rules never
		 * read them for a cue */
		if (qi < t->nq && x->speech.q[(x->speech.qhead + t->first +
		    qi) % SPEECH_QUOTES_MAX].start <= p) {
			q = x->speech.q[(x->speech.qhead + t->first + qi) %
			    SPEECH_QUOTES_MAX].end;
			if (q > p)
				p = q;
			qi++;
			continue;
		}
		if (!ascii_lower(u[p])) {
			p++;
			continue;
		}
		q = lower_run_end(u, p + 1, se);
		n = q - p;
		if ((p == ss || !ascii_letter(u[p - 1])) &&
		    may_be_cue(u, p, n)) {
			w.start = p;
			w.end = q;
			w.flags = 0;
			lx = lexicon_of(s, &w);
			if (lx & SPEECH_CUES) {
				last = q;
				if (t->ncues < SENT_CUES_MAX) {
					t->cues[t->ncues].start = p;
					t->cues[t->ncues].end = q;
					t->cues[t->ncues++].lx = lx;
				} else
					t->cues_overflow = 1;
			}
		}
		if (n == 9 && memcmp(s + p, "according", 9) == 0)
			last = q;
		p = q;
	}
	return last;
}

/* --- one sentence --- */

/* The classes of word i, looked up the first time they are asked for. */
static uint32_t
wlx(const struct qx *x, struct sent *t, size_t i)
{
	if (t->lx[i] == LX_UNKNOWN)
		t->lx[i] = lexicon_of(x->s, &t->w[i]);
	return t->lx[i];
}

static const struct speech_quote *
sq_at(const struct qx *x, struct sent *t, size_t i)
{
	return &x->speech.q[(x->speech.qhead + t->first + i) %
	    SPEECH_QUOTES_MAX];
}

/* The direct quote that starts at or just after pos (past spaces and a
 * comma or colon), or NULL. */
static const struct speech_quote *
direct_at(const struct qx *x, struct sent *t, size_t pos)
{
	size_t i;

	while (pos < t->se && (x->s[pos] == ' ' || x->s[pos] == ',' ||
	    x->s[pos] == ':' || x->s[pos] == '\t'))
		pos++;
	for (i = 0; i < t->nq; i++) {
		const struct speech_quote *q = sq_at(x, t, i);

		if (q->start == pos && q->direct)
			return q;
		if (q->start > pos)
			break;
	}
	return NULL;
}

/* Does a quote start or end inside [a, b)? */
static int
quote_between(const struct qx *x, struct sent *t, size_t a, size_t b)
{
	size_t i;

	for (i = 0; i < t->nq; i++) {
		const struct speech_quote *q = sq_at(x, t, i);

		if ((q->start >= a && q->start < b) ||
		    (q->end > a && q->end <= b))
			return 1;
	}
	return 0;
}

/* Is [a, b) mostly inside direct quotes? Then the quotes carry it. */
static int
mostly_direct(const struct qx *x, struct sent *t, size_t a, size_t b)
{
	size_t i, in = 0;

	for (i = 0; i < t->nq; i++) {
		const struct speech_quote *q = sq_at(x, t, i);
		size_t lo = q->start > a ? q->start : a;
		size_t hi = q->end < b ? q->end : b;

		if (q->direct && hi > lo)
			in += hi - lo;
	}
	return b > a && 2 * in >= b - a;
}

/* Is the word lit (ignoring ASCII case)?  The length is compared first:
 * the rules ask this of most words they read. */
#define is_word(x, w, lit)						\
	((w)->end - (w)->start == sizeof(lit) - 1 &&			\
	text_range_eq((x)->s, (w)->start, (w)->end, lit))

/* Words of [a, b) outside quotes, and whether a quote is in it. */
static size_t
content_words(const struct qx *x, struct sent *t, size_t a, size_t b,
    int *quoted)
{
	size_t i, n = 0;

	*quoted = 0;
	for (i = 0; i < t->n; i++)
		if (t->w[i].start >= a && t->w[i].end <= b)
			n++;
	/* the words not read are in [a, b) too */
	if (t->truncated && b > t->w[t->n - 1].end && n < CONTENT_WORDS_MIN)
		n = CONTENT_WORDS_MIN;
	for (i = 0; i < t->nq; i++) {
		const struct speech_quote *q = sq_at(x, t, i);

		if (q->start >= a && q->end <= b)
			*quoted = 1;
	}
	return n;
}

/* Trim spaces, then a final . ! ? (outside marks), then spaces again. */
static size_t
trim_end(const char *s, size_t a, size_t b)
{
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' ||
	    s[b - 1] == '\n' || s[b - 1] == '\r'))
		b--;
	if (b > a && (s[b - 1] == '.' || s[b - 1] == '!' || s[b - 1] == '?' ||
	    s[b - 1] == ',' || s[b - 1] == ';' || s[b - 1] == ':'))
		b--;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	return b;
}

static size_t
trim_start(const char *s, size_t a, size_t b)
{
	while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == ',' ||
	    s[a] == ':' || s[a] == ';'))
		a++;
	if (b - a >= 2 && (unsigned char)s[a] == 0xc2 &&
	    (unsigned char)s[a + 1] == 0xa0)
		a += 2;
	return a;
}

/*
 * A wire dateline at the start of content, "SEOUL, Aug. 15 (UPI) -- ",
 * is the story's, not the speech's: start after it.
 */
static size_t
skip_dateline(const char *s, size_t cs, size_t ce)
{
	size_t p, lim = ce - cs > DATELINE_BYTES_MAX ? cs +
	    DATELINE_BYTES_MAX : ce;

	if (cs == 0 || s[cs - 1] != '\n')
		return cs;
	for (p = cs; p + 3 < lim; p++) {
		if (s[p] == ')' && s[p + 1] == ' ' && (s[p + 2] == '-' ||
		    ((unsigned char)s[p + 2] == 0xe2 && p + 5 < ce))) {
			p += 2;
			while (p < ce && (s[p] == '-' || s[p] == ' ' ||
			    (unsigned char)s[p] >= 0x80) && !text_is_letter(
			    text_char_at(s, ce, p)))
				p++;
			return p;
		}
	}
	return cs;
}

/* --- output --- */

/*
 * Append the item [cs, ce) with the attribution a, and give its speaker to
 * the quoted fragments inside it that have none.
 */
static int
emit(struct qx *x, struct sent *t, size_t cs, size_t ce,
    const struct attr *a)
{
	struct quote q;
	struct str speaker;
	size_t i;

	cs = skip_dateline(x->s, cs, ce);
	cs = trim_start(x->s, cs, ce);
	ce = trim_end(x->s, cs, ce);
	if (ce <= cs || x->out->n >= PROTO_QUOTES_MAX)
		return 0;
	speaker = speaker_of(x, a);
	memset(&q, 0, sizeof(q));
	q.start = (uint32_t)cs;
	q.end = (uint32_t)ce;
	q.kind = QUOTE_INDIRECT;
	q.speaker_start = (uint32_t)a->ms;
	q.speaker_end = (uint32_t)a->me;
	q.cue = a->cue;
	q.speaker = speaker;
	for (i = 0; i < t->nq; i++) {
		struct speech_quote *sq = (struct speech_quote *)sq_at(x, t, i);
		struct quote *fq = &x->out->v[sq->idx];

		/* a fragment takes the innermost speech's speaker: the
		 * items of a sentence come outer first */
		if (sq->start >= cs && sq->end <= ce + 3 && !sq->direct &&
		    (fq->speaker_start == fq->speaker_end || sq->given)) {
			sq->given = 1;
			fq->speaker_start = q.speaker_start;
			fq->speaker_end = q.speaker_end;
			fq->cue = q.cue;
			fq->speaker = speaker;
		}
	}
	if (speaker.p != NULL) {
		x->speech.have_last = 1;
		x->speech.last_end = ce;
		x->speech.last = *a;
		x->speech.last_speaker = speaker;
	}
	return quote_list_push(x->out, &q);
}

int
speech_last_speaker(struct qx *x, size_t start, struct attr *a,
    struct str *speaker)
{
	struct speech_state *st = &x->speech;
	size_t p, breaks = 0;

	if (!st->have_last || st->last_end > start ||
	    start - st->last_end > INHERIT_BYTES_MAX)
		return 0;
	/* at most one paragraph break between: the next paragraph */
	for (p = st->last_end; p < start; p++) {
		if (x->s[p] == '\n' && (p == st->last_end ||
		    x->s[p - 1] != '\n'))
			breaks++;
	}
	if (breaks > 1)
		return 0;
	*a = st->last;
	a->found = 1;
	*speaker = st->last_speaker;
	return 1;
}

/* --- reading a sentence's words --- */

static void
read_words(struct qx *x, struct sent *t)
{
	const char *s = x->s;
	size_t p = t->ss, i = 0, c = 0;
	struct text_word w;

	t->n = 0;
	t->truncated = 0;
	while (t->n < SENT_WORDS_MAX && p < t->se) {
		/* the rules read at most a few words past the last cue */
		if (t->n > AFTER_CUE_WORDS && t->w[t->n - 1 - AFTER_CUE_WORDS].start >=
		    t->cue_end) {
			t->truncated = !text_all_space(s, p, t->se);
			break;
		}
		/* jump over the quotes: their words are not the narrator's */
		while (i < t->nq && sq_at(x, t, i)->end <= p)
			i++;
		if (i < t->nq && sq_at(x, t, i)->start <= p) {
			p = sq_at(x, t, i)->end;
			continue;
		}
		if (!text_word_next(s, t->se, &p, &w))
			break;
		if (i < t->nq && w.start >= sq_at(x, t, i)->start) {
			p = sq_at(x, t, i)->end;
			continue;
		}
		t->w[t->n] = w;
		/* looked up when a rule asks (LX_UNKNOWN until then): most
		 * words of a sentence are never asked about */
		t->lx[t->n] = (w.flags & TEXT_W_CAP) && t->n > 0 ? 0 :
		    LX_UNKNOWN;
		/* a cue is a word last_cue kept, whole */
		while (c < t->ncues && t->cues[c].start < w.start)
			c++;
		if (c < t->ncues && t->cues[c].start == w.start &&
		    t->cues[c].end == w.end) {
			t->cue[t->n] = CUE_YES;
			t->lx[t->n] = t->cues[c].lx;
		} else
			t->cue[t->n] = t->cues_overflow && (t->ncues == 0 ||
			    w.start > t->cues[t->ncues - 1].start) ?
			    CUE_ASK : CUE_NO;
		t->n++;
	}
}

/* Is word i a cue that can report a clause? */
static int
is_cue(const struct qx *x, struct sent *t, size_t i)
{
	const struct text_word *w = &t->w[i];
	size_t p;

	if (t->cue[i] == CUE_NO)
		return 0;
	if (t->cue[i] == CUE_ASK) {
		/* what last_cue reads as a cue: lower-case letters only */
		for (p = w->start; p < w->end; p++)
			if (!ascii_lower((unsigned char)x->s[p]))
				return 0;
		if (!may_be_cue((const unsigned char *)x->s, w->start,
		    w->end - w->start) || !(wlx(x, t, i) & SPEECH_CUES))
			return 0;
	}
	/* "to say", "the report", "a warning": not a finite verb */
	if (i > 0 && (wlx(x, t, i - 1) & LX_DET))
		return 0;
	if (i > 0 && is_word(x, &t->w[i - 1], "to"))
		return 0;
	return 1;
}

/* The char before pos, past spaces. */
static uint32_t
char_before_blank(const char *s, size_t lo, size_t pos, size_t *at)
{
	while (pos > lo && (s[pos - 1] == ' ' || s[pos - 1] == '\t'))
		pos--;
	if (at != NULL)
		*at = pos;
	return pos > lo ? text_char_before(s, pos) : 0;
}

static int
ends_with(const struct qx *x, const struct text_word *w, const char *tail)
{
	size_t n = strlen(tail);

	return (size_t)(w->end - w->start) > n + 1 &&
	    text_range_eq(x->s, w->end - n, w->end, tail);
}

/*
 * May the cue w follow a bare noun as its subject ("voters said",
 * "Sanders' aides say")?  Only the forms that are verbs and no nouns:
 * "say", "says", the past tenses; not "states", "claims", "doubt",
 * "fears", which follow nouns as nouns ("coal states").
 */
static int
bare_subject_cue(const struct qx *x, const struct text_word *w)
{
	static const char *const verbs[] = {
		"say", "says", "said", "told", "wrote", "thought", "think",
		"thinks", "know", "knew", "believe", "believes", "expect",
		"feel", "felt", "suggest", "argue", "insist", "agree",
		"contend", "warn", "worry", "predict", "acknowledge", "admit",
	};
	size_t k;

	for (k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
		if ((size_t)(w->end - w->start) == strlen(verbs[k]) &&
		    text_range_eq(x->s, w->start, w->end, verbs[k]))
			return 1;
	/* "pledged delegates": a past participle before its noun */
	return ends_with(x, w, "ed") && !is_word(x, w, "pledged");
}

/* Adverbs and modals between a subject and its cue that the lexicon's
 * adverbs leave out: "now believe", "never said", "has long said", "can
 * say", "must know". */
static int
is_modal(const struct qx *x, const struct text_word *w)
{
	return !(w->flags & TEXT_W_CAP) && (is_word(x, w, "now") ||
	    is_word(x, w, "never") || is_word(x, w, "long") ||
	    is_word(x, w, "can") || is_word(x, w, "may") ||
	    is_word(x, w, "might") || is_word(x, w, "must") ||
	    is_word(x, w, "should"));
}

/* Blank, or a possessive's apostrophe and blanks ("Sanders' aides"). */
static int
gap_is_blank_or_poss(const char *s, size_t a, size_t b)
{
	if (b > a && s[a] == '\'')
		a++;
	else if (b >= a + 3 && text_range_eq(s, a, a + 3, "\xe2\x80\x99"))
		a += 3;
	return text_gap_is_blank(s, a, b);
}

/* Verbs and modals that are no subject but were not skipped as
 * auxiliaries: "can say", "been told", "are asked". */
static int
is_aux(const struct qx *x, const struct text_word *w)
{
	static const char *const aux[] = {
		"am", "are", "be", "been", "being", "can", "may", "might",
		"must", "never", "now", "shall", "should", "were", "to",
		"not", "let", "me", "also",
	};
	size_t k;

	for (k = 0; k < sizeof(aux) / sizeof(aux[0]); k++)
		if ((size_t)(w->end - w->start) == strlen(aux[k]) &&
		    text_range_eq(x->s, w->start, w->end, aux[k]))
			return 1;
	return 0;
}

/* Bytes of the closing quotation mark at pos, or 0. */
static size_t
closing_mark_len(const char *s, size_t pos)
{
	if (s[pos] == '"')
		return 1;
	if (text_range_eq(s, pos, pos + 3, "\xe2\x80\x9d") ||
	    text_range_eq(s, pos, pos + 3, "\xe2\x80\x99"))
		return 3;
	return 0;
}

static int
is_closing_mark(const char *s, size_t pos)
{
	return closing_mark_len(s, pos) != 0;
}

/* The byte at pos, past spaces (0 at end). */
static char
char_after_blank(const char *s, size_t end, size_t pos)
{
	while (pos < end && (s[pos] == ' ' || s[pos] == '\t'))
		pos++;
	return pos < end ? s[pos] : 0;
}

/*
 * Does a comma or a dash close the clause before pos (", he said", "—
 * he said"), or a comma inside a closing mark (",\" he said", ",”",
 * ",''")?  *at is where the clause ends: after the comma, or after the
 * closing mark, which the mixed content keeps.
 */
static int
clause_closed_before(const struct qx *x, struct sent *t, size_t pos,
    size_t *at)
{
	const char *s = x->s;
	size_t p, k, lo = t->ss;
	uint32_t c = char_before_blank(s, lo, pos, &p);

	*at = p;
	if (c == ',' || text_is_dash(c))
		return 1;
	if (c != '"' && c != 0x201D && c != 0x2019 && c != '\'' && c != 0xBB)
		return 0;
	/* a direct quote closing there is the quote's ("and "A," Jones
	 * said"); a fragment is the mixed speech's */
	for (k = 0; k < t->nq; k++)
		if (sq_at(x, t, k)->end == p && sq_at(x, t, k)->direct)
			return 0;
	p -= c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
	if (c == '\'' && p > lo && s[p - 1] == '\'')
		p--;		/* '' */
	return p > lo && s[p - 1] == ',';
}

/*
 * The subjects the mention readers do not take, from the word before the
 * cue (word j, past its auxiliaries):
 *   "Barkley, who said ..."           the relative pronoun, which stands
 *                                     for the name before its comma;
 *   "Wilson praised Rubio and said"   the subject that opens the
 *                                     sentence, for a verb coordinated
 *                                     with the sentence's first one;
 *   "Twenty-four percent said", "Sanders' aides say"
 *                                     a bare noun phrase: its head and up
 *                                     to NOUN_WORDS_MAX words before it.
 */
/* subject_before's answers: none, a mention, a bare noun or relative
 * pronoun (which the rules trust less). */
#define SUBJ_NONE	0
#define SUBJ_MENTION	1
#define SUBJ_BARE	2
#define SUBJ_RELATIVE	3	/* "who", "which": speaks forward only */
#define SUBJ_PARTICIPLE	4	/* ", saying": the clause's subject */

static int
subject_fallback(struct qx *x, struct sent *t, size_t i, size_t j,
    struct attr *a)
{
	const char *s = x->s;
	const struct text_word *pw;
	size_t k, at;
	struct attr m;
	struct text_word last;
	uint32_t lx;

	if (j == 0 || !text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start))
		return 0;
	pw = &t->w[j - 1];
	memset(a, 0, sizeof(*a));
	if (is_word(x, pw, "who") || is_word(x, pw, "which")) {
		a->ms = pw->start;
		a->me = pw->end;
		/* the name it stands for speaks: "Barkley, who said" */
		if (char_before_blank(s, t->ss, pw->start, &at) == ',' &&
		    speaker_mention_back(s, t->ss, at - 1, &m) && m.ns < m.ne) {
			a->ns = m.ns;
			a->ne = m.ne;
		}
		return 1;
	}
	if (is_word(x, pw, "and") || is_word(x, pw, "but")) {
		/* the sentence's subject, a verb right after it, and no
		 * comma before the "and" (a comma may open another clause:
		 * "Some booed, and when Rubio thanked Miami and said") */
		if (j < 3 || !speaker_mention_fwd(s, t->se, t->ss, &m, &last) ||
		    m.ms != t->ss || last.end >= pw->start ||
		    pw->start - last.end > CLAUSE_BYTES_MAX)
			return 0;
		/* one comma allowed: the one right before the "and" */
		at = pw->start;
		if (char_before_blank(s, last.end, pw->start, &at) == ',')
			at--;
		if (memchr(s + last.end, ',', at - last.end) != NULL)
			return 0;
		*a = m;
		return SUBJ_MENTION;
	}
	if ((pw->flags & TEXT_W_CAP) || (!bare_subject_cue(x, &t->w[i]) &&
	    !(i + 1 < t->n && is_word(x, &t->w[i + 1], "that"))))
		return 0;
	lx = wlx(x, t, j - 1);
	if ((lx & (LX_FUNC | LX_DET | LX_PRON | LX_ADV | SPEECH_CUES)) ||
	    is_aux(x, pw) || lexicon_is_adverb(s, pw))
		return 0;
	a->ms = pw->start;
	a->me = pw->end;
	/* the words of its noun phrase before it: "of Democratic voters",
	 * no verb ("Trump rushed out tweet attacks") */
	for (k = j - 1; k > 0 && j - k < NOUN_WORDS_MAX; k--) {
		const struct text_word *bw = &t->w[k - 1];

		if (!gap_is_blank_or_poss(s, bw->end, t->w[k].start) ||
		    (wlx(x, t, k - 1) & (LX_FUNC | SPEECH_CUES) &&
		    !is_word(x, bw, "of") && !(wlx(x, t, k - 1) & LX_DET)) ||
		    (!(bw->flags & TEXT_W_CAP) && (ends_with(x, bw, "ed") ||
		    ends_with(x, bw, "ing"))) || is_aux(x, bw))
			break;
		a->ms = bw->start;
		if (wlx(x, t, k - 1) & LX_DET)
			break;
	}
	return 1;
}

/*
 * The subject of a participle cue set off by a comma or a dash, or after
 * "by" or "while": the subject of the clause it hangs from ("Trump
 * defended New York values, saying ...", "Bolton distanced himself by
 * saying ...").  The clause is read back at most CLAUSE_BYTES_MAX.
 */
static int
participle_subject(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i];
	size_t lo;
	uint32_t c;

	if (!ends_with(x, w, "ing") || (w->flags & TEXT_W_CAP) ||
	    !(wlx(x, t, i) & (LX_CUE | LX_REPORT)) || i == 0)
		return 0;
	c = char_before_blank(s, t->ss, w->start, NULL);
	if (c != ',' && !text_is_dash(c) && !is_word(x, &t->w[i - 1], "by") &&
	    !is_word(x, &t->w[i - 1], "while"))
		return 0;
	lo = w->start - t->ss > CLAUSE_BYTES_MAX ? w->start -
	    CLAUSE_BYTES_MAX : t->ss;
	memset(a, 0, sizeof(*a));
	if (!speaker_clause_subject(s, lo, w->start, a))
		return 0;
	a->found = 1;
	return 1;
}

/*
 * "Asked whether X, ...": the question put to the clause's subject is
 * content with no source named (the asker).  From the word after
 * "Asked" ("about" left out) to the comma.
 */
static int
asked_question(struct qx *x, struct sent *t)
{
	const char *s = x->s;
	const struct text_word *w;
	const char *comma_p;
	size_t cs;
	struct attr a;

	if (t->n < 3 || !is_word(x, &t->w[0], "asked") ||
	    !(t->w[0].flags & TEXT_W_CAP))
		return 0;
	w = &t->w[1];
	if (is_word(x, w, "about"))
		w = &t->w[2];
	else if (!is_word(x, w, "whether") && !is_word(x, w, "if") &&
	    !is_word(x, w, "what") && !is_word(x, w, "how") &&
	    !is_word(x, w, "why") && !is_word(x, w, "who") &&
	    !is_word(x, w, "when") && !is_word(x, w, "which") &&
	    !is_word(x, w, "specifically"))
		return 0;
	cs = w->start;
	comma_p = memchr(s + cs, ',', t->se - cs < CLAUSE_BYTES_MAX ?
	    t->se - cs : CLAUSE_BYTES_MAX);
	/* the comma may sit inside the question's closing mark */
	if (comma_p == NULL)
		return 0;
	memset(&a, 0, sizeof(a));
	a.cue = str_make(s + t->w[0].start, t->w[0].end - t->w[0].start);
	return emit(x, t, cs, (size_t)(comma_p - s) + (comma_p + 1 < s +
	    t->se && is_closing_mark(s, (size_t)(comma_p - s) + 1) ?
	    closing_mark_len(s, (size_t)(comma_p - s) + 1) + 1 : 0), &a) ==
	    -1 ? -1 : 1;
}

/*
 * The subject of a cue at word i: back over adverbs and auxiliaries ("has
 * also said"), over an appositive ("Smith, a pollster, said"), to a
 * pronoun, a name or a nominal.
 */
static int
subject_before(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	const char *s = x->s;
	size_t j = i, k, pos, at;

	for (k = 0; k < AUX_WORDS_MAX && j > 0; k++) {
		const struct text_word *pw = &t->w[j - 1];

		if (!text_gap_is_blank(s, pw->end, t->w[j].start) ||
		    !(lexicon_is_adverb(s, pw) || is_word(x, pw, "not") ||
		    is_modal(x, pw)))
			break;
		j--;
	}
	pos = t->w[j].start;
	/* "Putin's message said": the possessor speaks through it */
	if (j >= 2 && (t->w[j - 2].flags & TEXT_W_POSS) &&
	    (t->w[j - 2].flags & TEXT_W_CAP) && !(t->w[j - 1].flags &
	    TEXT_W_CAP) && text_gap_is_blank(s, t->w[j - 2].end,
	    t->w[j - 1].start) && text_gap_is_blank(s, t->w[j - 1].end,
	    pos)) {
		memset(a, 0, sizeof(*a));
		a->ms = a->ns = t->w[j - 2].start;
		a->ne = text_word_stem_end(s, &t->w[j - 2]);
		a->me = t->w[j - 1].end;
		goto found;
	}
	if (speaker_mention_back(s, t->ss, pos, a))
		goto found;
	/* "Sen. Marco Rubio (R-Fla.) said": past the parenthesis */
	if (char_before_blank(s, t->ss, pos, &at) == ')') {
		const char *open = NULL;
		size_t lo = at - t->ss > PAREN_BYTES_MAX ? at -
		    PAREN_BYTES_MAX : t->ss, q;

		for (q = at - 1; q > lo; q--)
			if (s[q - 1] == '(') {
				open = s + q - 1;
				break;
			}
		if (open != NULL && speaker_mention_back(s, t->ss,
		    (size_t)(open - s), a))
			goto found;
	}
	/* an appositive closed by a comma right before the cue; the one
	 * before opens it, or one further back ("Marley Anderson, 21, a
	 * junior from Las Vegas, said") */
	if (char_before_blank(s, t->ss, pos, &at) == ',' && j > 0) {
		for (k = 2; k <= APPOS_WORDS_MAX && k <= j; k++) {
			size_t e = t->w[j - k].end;

			if (e + 1 < at && s[e] == ',' &&
			    speaker_mention_back(s, t->ss, e, a) &&
			    (a->ns < a->ne || a->pronoun))
				goto found;
		}
		memset(a, 0, sizeof(*a));
	}
	if (subject_fallback(x, t, i, j, a)) {
		a->found = 1;
		return SUBJ_BARE;
	}
	return 0;
found:
	/* a bare determiner is no subject ("the said") */
	if (a->me - a->ms <= 3 && !a->pronoun && a->ns == a->ne &&
	    !(text_is_upper(text_char_at(s, a->me, a->ms))))
		return 0;
	a->found = 1;
	return 1;
}

/*
 * Does the cue at i close the sentence after a comma ("CLAUSE, Smith said
 * Tuesday." / "CLAUSE, said Smith.")?  Only a few words may follow it,
 * none a cue or "that", and a comma or dash stands before its subject a
 * (when found) or before the cue.
 */
static int
closes_sentence(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a)
{
	size_t k, at;
	int adjunct = 0;

	if (!clause_closed_before(x, t, a->found ? a->ms : t->w[i].start,
	    &at))
		return 0;
	/* ", he said, B": a parenthetical inside the speech, not a close */
	if (char_after_blank(x->s, t->se, t->w[i].end) == ',')
		return 0;
	/* "said after meeting Thursday with Trump aides": an adjunct runs
	 * to the end */
	if (i + 1 < t->n && (wlx(x, t, i) & LX_CUE) &&
	    (wlx(x, t, i + 1) & LX_FUNC) &&
	    !(wlx(x, t, i + 1) & (LX_DET | LX_PRON)) &&
	    !is_word(x, &t->w[i + 1], "that") &&
	    !is_word(x, &t->w[i + 1], "to"))
		adjunct = 1;
	for (k = i + 1; k < t->n && (adjunct || k <= i + CLOSER_WORDS_MAX);
	    k++) {
		if (wlx(x, t, k) & (LX_CUE | LX_REPORT))
			return 0;
		if (is_word(x, &t->w[k], "that"))
			return 0;
		/* "said Mark Kantrowitz, a student aid expert": the rest
		 * is an appositive */
		if (!a->found && k <= i + CLOSER_WORDS_MAX && k + 1 < t->n &&
		    t->w[k].end < t->se && x->s[t->w[k].end] == ',') {
			adjunct = 1;
			continue;
		}
	}
	if (!adjunct && (k < t->n || t->truncated))
		return 0;
	for (k = 0; k < t->nq; k++)
		if (sq_at(x, t, k)->start > t->w[i].end)
			return 0;
	/* no text after the last word read but the sentence's end */
	return adjunct || i + 1 == t->n || t->w[t->n - 1].end + 2 >= t->se ||
	    text_all_space(x->s, t->w[t->n - 1].end, t->se);
}

/*
 * Does the cue at word i introduce a direct quote: the quote follows a
 * comma or colon within a few words of it ("told reporters on Monday:
 * "..."", "chanted back, "...")?  Then the quote is what was said.
 */
static int
introduces_direct(const struct qx *x, struct sent *t, size_t i)
{
	size_t k, words = 0;
	uint32_t c;

	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = sq_at(x, t, k);

		if (q->start < t->w[i].end)
			continue;
		if (!q->direct)
			return 0;
		for (words = 0; i + 1 + words < t->n &&
		    t->w[i + 1 + words].end <= q->start; words++)
			;
		c = char_before_blank(x->s, t->w[i].start, q->start, NULL);
		return words <= THAT_WORDS_MAX && (c == ':' || c == ',' ||
		    words == 0);
	}
	return 0;
}

/*
 * The end of the paragraph holding pos: the first line break after it.
 * The answer stays good for every later pos before it, so each byte is
 * searched once however many sentences ask.
 */
static size_t
para_end(struct qx *x, size_t pos)
{
	struct speech_state *st = &x->speech;
	const char *nl;

	if (st->para_end > pos)
		return st->para_end;
	nl = memchr(x->s + pos, '\n', x->len - pos);
	st->para_end = nl == NULL ? x->len : (size_t)(nl - x->s);
	return st->para_end;
}

/* Is the capitalised word w a time word ("Tuesday", "March")?  The
 * sentence's capitalised words are not looked up when read. */
static int
is_cal(const struct qx *x, const struct text_word *w)
{
	return (lexicon_of(x->s, w) & LX_CAL) != 0;
}

/*
 * Words of a time right at word k: "Tuesday", "Friday night", "on
 * Friday", "last week", "this month", "earlier this year"; 0 if none.
 */
static size_t
time_after(const struct qx *x, struct sent *t, size_t k)
{
	size_t n = 0;

	if (k < t->n && is_word(x, &t->w[k], "earlier"))
		n++;
	if (k + n + 1 < t->n && (is_word(x, &t->w[k + n], "on") ||
	    is_word(x, &t->w[k + n], "last") ||
	    is_word(x, &t->w[k + n], "this")) &&
	    (((t->w[k + n + 1].flags & TEXT_W_CAP) && is_cal(x,
	    &t->w[k + n + 1])) || is_word(x, &t->w[k + n + 1], "week") ||
	    is_word(x, &t->w[k + n + 1], "month") ||
	    is_word(x, &t->w[k + n + 1], "year")))
		n += 2;
	else if (k + n < t->n && (t->w[k + n].flags & TEXT_W_CAP) &&
	    is_cal(x, &t->w[k + n]))
		n++;
	else
		return 0;
	if (k + n < t->n && (is_word(x, &t->w[k + n], "night") ||
	    is_word(x, &t->w[k + n], "morning") ||
	    is_word(x, &t->w[k + n], "afternoon") ||
	    is_word(x, &t->w[k + n], "evening")))
		n++;
	return n;
}

/*
 * "X said (that) CLAUSE": the cue at word i with its subject in a.
 * Returns 1 when it took the sentence.
 */
static int
cue_forward(struct qx *x, struct sent *t, size_t i, struct attr *a,
    int need_that, int subj)
{
	const char *s = x->s;
	size_t k, f, cs = t->w[i].end, ce = t->se, nw, pe;
	int quoted, that = 0, bare = subj == SUBJ_BARE;
	const char *comma;

	/* "that" within a few words: "told reporters on Monday that" */
	for (k = i + 1; k < t->n && k <= i + THAT_WORDS_MAX; k++) {
		if (is_word(x, &t->w[k], "that")) {
			if (k == i + 1 || !(wlx(x, t, k - 1) & LX_DET)) {
				cs = t->w[k].end;
				that = 1;
			}
			break;
		}
		if (wlx(x, t, k) & (LX_CUE | LX_REPORT))
			break;
		/* a comma, or a quote the words jump ("said on ABC's ''This
		 * Week'' on Sunday that") */
		if (!text_gap_is_blank(s, t->w[k - 1].end, t->w[k].start) &&
		    s[t->w[k - 1].end] != ',' && !quote_between(x, t,
		    t->w[k - 1].end, t->w[k].start))
			break;
	}
	if (!that) {
		if (need_that)
			return 0;
		/* after a bare subject, no participle: "voters said they",
		 * not "pledged delegates allocated" */
		if (bare && i + 1 < t->n && !(t->w[i + 1].flags & TEXT_W_CAP) &&
		    (ends_with(x, &t->w[i + 1], "ed") ||
		    ends_with(x, &t->w[i + 1], "ing")))
			return 0;
		f = i + 1 + time_after(x, t, i + 1);
		/* "said on Friday he met ...": the time is the saying's */
		if (f > i + 1 && f < t->n && text_gap_is_blank(s,
		    t->w[f - 1].end, t->w[f].start) && (t->w[f].flags &
		    TEXT_W_CAP || wlx(x, t, f) & (LX_DET | LX_PRON)))
			cs = t->w[f - 1].end;
		else
			f = i + 1;
		if (f < t->n && text_all_space(s, t->w[f - 1].end,
		    t->w[f].start)) {
			const struct text_word *nx = &t->w[f];

			/* "said in", "said to", "said of": not a clause */
			if ((wlx(x, t, f) & LX_FUNC) && !(wlx(x, t, f) &
			    (LX_DET | LX_PRON)) && !is_word(x, nx, "there") &&
			    !is_word(x, nx, "it") && !is_word(x, nx, "this"))
				return 0;
			/* "told Reuters the plan": skip the object */
			if (wlx(x, t, i) & LX_OBJCUE) {
				struct attr o;
				struct text_word last;

				if (speaker_mention_fwd(s, t->se, t->w[i].end, &o,
				    &last))
					cs = last.end;
			}
		}
	}
	if (introduces_direct(x, t, i))
		return 0;
	/* "said: The friendship..." ends at the paragraph's end */
	if (!that && char_before_blank(s, t->ss, trim_start(s, cs, t->se),
	    NULL) == ':' && !direct_at(x, t, cs)) {
		a->cue = str_make(s + t->w[i].start, t->w[i].end -
		    t->w[i].start);
		pe = para_end(x, t->ss);
		x->speech.pos = pe;
		return emit(x, t, cs, pe, a) == -1 ? -1 : 1;
	}
	/* "Barkley, who said he votes Democratic, likes him": the
	 * relative clause ends at its comma */
	if (subj == SUBJ_RELATIVE && char_before_blank(s, t->ss,
	    a->ms, NULL) == ',' && (comma = memchr(s + cs, ',',
	    t->se - cs < CLAUSE_BYTES_MAX ? t->se - cs : CLAUSE_BYTES_MAX)) !=
	    NULL && !quote_between(x, t, cs, (size_t)(comma - s)))
		ce = (size_t)(comma - s);
	if (direct_at(x, t, cs) != NULL || mostly_direct(x, t, cs, ce))
		return 0;
	nw = content_words(x, t, cs, ce, &quoted);
	if (nw < CONTENT_WORDS_MIN && !quoted)
		return 0;
	a->cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	return emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}

/* Does the first quote after the cue at i open in lower case? */
static int
lower_quote_after(const struct qx *x, struct sent *t, size_t i)
{
	size_t k, p;

	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = sq_at(x, t, k);

		if (q->start < t->w[i].end)
			continue;
		/* past the mark and any space */
		p = q->start + ((unsigned char)x->s[q->start] < 0x80 ? 1 :
		    ((unsigned char)x->s[q->start] < 0xE0 ? 2 : 3));
		while (p < q->end && (x->s[p] == ' ' || x->s[p] == '\''))
			p++;
		return p < q->end && ascii_lower((unsigned char)x->s[p]);
	}
	return 0;
}

/*
 * "A, X said, B": an attribution set inside the speech splits it in two;
 * A is the part before it (B is cue_forward's).  Not a participle's
 * clause ("Asked about it, he said, ...").  1 when A was taken.
 */
static int
parenthetical_head(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	const char *s = x->s;
	size_t at, ce;
	int quoted;

	if (!a->found || a->ms <= t->ss || t->n < 2 ||
	    char_before_blank(s, t->ss, a->ms, &at) != ',' ||
	    char_after_blank(s, t->se, t->w[i].end) != ',')
		return 0;
	if (!(t->w[0].flags & TEXT_W_CAP) || ends_with(x, &t->w[0], "ed") ||
	    ends_with(x, &t->w[0], "ing") || (wlx(x, t, 0) & SPEECH_CUES))
		return 0;
	/* "On CBS the day before, she stated, "When ..."": before a
	 * quoted sentence, A sets the scene; before a lower-case quote
	 * ("An economic downturn, he said, "could be ..."") it is speech */
	if (introduces_direct(x, t, i) && !lower_quote_after(x, t, i))
		return 0;
	ce = trim_end(s, t->ss, at);
	/* "Still, he said, ...": a lone adverb is no speech */
	if (ce <= t->ss || mostly_direct(x, t, t->ss, ce) ||
	    (content_words(x, t, t->ss, ce, &quoted) < 2 && !quoted))
		return 0;
	a->cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	return emit(x, t, t->ss, ce, a) == -1 ? -1 : 1;
}

/*
 * "CLAUSE, X said." / "CLAUSE, said X.": a cue closing the sentence after
 * a comma.  The content runs from the sentence's start to the comma.
 */
static int
cue_backward(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	const char *s = x->s;
	size_t comma, cs = t->ss, nw;
	int quoted;
	struct text_word last;

	if (a->found) {
		if (!clause_closed_before(x, t, a->ms, &comma))
			return 0;
	} else {
		/* inverted: ", said Smith." */
		if (!speaker_mention_fwd(s, t->se, t->w[i].end, a, &last))
			return 0;
		if (!clause_closed_before(x, t, t->w[i].start, &comma))
			return 0;
		a->found = 1;
	}
	comma = trim_end(s, cs, comma);
	if (comma <= cs || mostly_direct(x, t, cs, comma))
		return 0;
	nw = content_words(x, t, cs, comma, &quoted);
	if (nw < CONTENT_WORDS_MIN && !quoted)
		return 0;
	a->cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	return emit(x, t, cs, comma, a) == -1 ? -1 : 1;
}

/* Is word k a form of "be" (a passive before a participle)? */
static int
is_be(const struct qx *x, const struct text_word *w)
{
	return is_word(x, w, "is") || is_word(x, w, "was") ||
	    is_word(x, w, "are") || is_word(x, w, "were") ||
	    is_word(x, w, "be") || is_word(x, w, "been") ||
	    is_word(x, w, "being");
}

/*
 * Where a stance's content that starts at word k0 ends: at the sentence's
 * end, or before the first of
 *   ; : ( or a dash between two words,
 *   a comma before a participle or a word that opens another clause
 *     (", saying", ", which", ", but", ", while"),
 *   "and" or "but" before a verb of its own ("and said", "and vowed").
 * Reads only the sentence's words, and two bytes around each gap.
 */
static size_t
stance_end(const struct qx *x, struct sent *t, size_t k0)
{
	const char *s = x->s;
	size_t k, at;
	uint32_t c;

	for (k = k0 + 1; k < t->n; k++) {
		const struct text_word *w = &t->w[k];
		size_t pe = t->w[k - 1].end;

		c = char_before_blank(s, pe, w->start, &at);
		if (c == ';' || c == ':' || c == '(' || text_is_dash(c)) {
			/* Before the mark, whole: a dash may be 3 bytes. */
			(void)utf8_prev(s, &at);
			return at;
		}
		if (s[pe] == ';' || s[pe] == ':')
			return pe;
		if (c == ',' && !(w->flags & TEXT_W_CAP) &&
		    (ends_with(x, w, "ing") || is_word(x, w, "which") ||
		    is_word(x, w, "who") || is_word(x, w, "but") ||
		    is_word(x, w, "while") || is_word(x, w, "although") ||
		    is_word(x, w, "though") || is_word(x, w, "because") ||
		    is_word(x, w, "as") || is_word(x, w, "when") ||
		    is_word(x, w, "after") || is_word(x, w, "before") ||
		    is_word(x, w, "since") || is_word(x, w, "according") ||
		    is_word(x, w, "where") || is_word(x, w, "and")))
			return at - 1;
		/* a time after the object is the verb's: "endorsed Rubio
		 * on Tuesday", "criticized the plan last week" */
		if (((w->flags & TEXT_W_CAP) && is_cal(x, w)) ||
		    ((is_word(x, w, "on") || is_word(x, w, "last") ||
		    is_word(x, w, "this") || is_word(x, w, "earlier") ||
		    is_word(x, w, "in")) && k + 1 < t->n &&
		    (((t->w[k + 1].flags & TEXT_W_CAP) && is_cal(x,
		    &t->w[k + 1])) || is_word(x, &t->w[k + 1], "week") ||
		    is_word(x, &t->w[k + 1], "month") ||
		    is_word(x, &t->w[k + 1], "year"))))
			return pe;
		if ((is_word(x, w, "and") || is_word(x, w, "but")) &&
		    k + 1 < t->n && !(t->w[k + 1].flags & TEXT_W_CAP) &&
		    (wlx(x, t, k + 1) & (SPEECH_CUES | LX_ADV) ||
		    ends_with(x, &t->w[k + 1], "ed")))
			return pe;
	}
	return t->se;
}

/*
 * "X criticized the plan", "X urged him to resign", "X declined to
 * comment", "X called for a ban": the object of a verb of stance is what
 * X holds or said, to the end of its clause (PolNeAR annotates it as
 * the content).  The subject must be found, the verb active ("was
 * criticized" names its target, not its source), and the object start
 * right after it: not a preposition ("criticized in a statement"), a
 * time word, a quote or "that" (the clause rules' cases).
 */
static int
stance_forward(struct qx *x, struct sent *t, size_t i, struct attr *a,
    int subj)
{
	const char *s = x->s;
	size_t k, cs, ce, j;
	uint32_t lx = wlx(x, t, i), nx;
	const struct text_word *w;

	if (!(lx & (LX_STANCE | LX_INTENT)) || i + 1 >= t->n ||
	    !text_gap_is_blank(s, t->w[i].end, t->w[i + 1].start))
		return 0;
	/* "was criticized", "has been endorsed": a passive */
	for (k = i, j = 0; k > 0 && j < AUX_WORDS_MAX + 1; k--, j++) {
		const struct text_word *pw = &t->w[k - 1];

		if (is_be(x, pw))
			return 0;
		if (!lexicon_is_adverb(s, pw) && !is_word(x, pw, "not") &&
		    !is_aux(x, pw))
			break;
	}
	/* "promise", "demands", "calls": nouns as often as verbs; as verbs
	 * they follow a name or a pronoun ("his oft-stated promise to") */
	if (!ends_with(x, &t->w[i], "ed") && !is_word(x, &t->w[i], "sought") &&
	    (subj != SUBJ_MENTION || (a->ns == a->ne && !a->pronoun)))
		return 0;
	/* "a company called Cambridge Analytica": a participle naming */
	if ((lx & LX_NAMING) && i > 0 && !(t->w[i - 1].flags & TEXT_W_CAP) &&
	    !(wlx(x, t, i - 1) & (LX_PRON | LX_ADV)) &&
	    !lexicon_is_adverb(s, &t->w[i - 1]))
		return 0;
	k = i + 1;
	w = &t->w[k];
	if (w->flags & (TEXT_W_ALLCAP | TEXT_W_DIGIT))
		return 0;
	nx = wlx(x, t, k);
	/* "called for a ban", "called on Congress to act" */
	if ((lx & LX_NAMING) && (is_word(x, w, "for") || is_word(x, w, "on"))) {
		if (++k >= t->n)
			return 0;
		w = &t->w[k];
		nx = wlx(x, t, k);
	} else if (lx & LX_NAMING && (nx & LX_FUNC) && !(nx & (LX_DET |
	    LX_PRON)))
		return 0;
	if (lx & LX_INTENT && !(lx & LX_STANCE) && !is_word(x, w, "to"))
		return 0;
	if (((nx & LX_FUNC) && !(nx & (LX_DET | LX_PRON)) &&
	    !is_word(x, w, "to")) || (nx & LX_CAL) || is_word(x, w, "that") ||
	    ((w->flags & TEXT_W_CAP) && (nx & LX_CAPSTOP) && !(nx & LX_DET)))
		return 0;
	cs = w->start;
	if (direct_at(x, t, t->w[i].end) != NULL)
		return 0;
	ce = stance_end(x, t, k);
	if (ce <= cs || mostly_direct(x, t, cs, ce))
		return 0;
	a->cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	return emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}

/* A headline naming its source before a colon: the line is at most
 * this long ("Trump: Cruz Has 'To Come a Long Way' On Ethanol, He's For
 * Oil Because 'Oil Pays Him a Lot of Money.'" is 98), the source at most
 * this many bytes and words before the colon ("Wash Post Fact-Check",
 * "Dr. Ben Carson", "Bill Clinton"). */
#define HEADLINE_BYTES_MAX	200
#define HEADLINE_SOURCE_BYTES	40
#define HEADLINE_SOURCE_WORDS	5

/* Words of a raising verb's subject: "the politician with the outsized
 * personality" is 6; a longer run is more likely a clause. */
#define RAISE_SUBJECT_WORDS_MAX	10

/* Words that open a clause: a raising verb's subject starts after them. */
static int
opens_clause(const struct qx *x, const struct text_word *w)
{
	static const char *const words[] = {
		"that", "which", "who", "because", "if", "when", "while",
		"as", "but", "and", "since", "although", "though", "where",
		"whether", "so", "or", "after", "before", "until", "than",
	};
	size_t k;

	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if ((size_t)(w->end - w->start) == strlen(words[k]) &&
		    text_range_eq(x->s, w->start, w->end, words[k]))
			return 1;
	return 0;
}

/*
 * "[The music] seemed [to match the mood]", "[Trump] is expected [to
 * win]", "[Washington] appears [weak]": PolNeAR reads a hedging verb as
 * attributing both its subject and its complement, with no source named
 * (the writer's).  Two items, no speaker.  The complement is "to" + a
 * verb or a lower-case adjective (not "appeared on Fox News"); the
 * subject runs back to the clause's start ("In the past few days, [the
 * politician ...]"), and is left out when it is "it" or a relative
 * pronoun ("which seemed to carry ...").  "expected" only as a passive.
 */
static int
raising(struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	size_t j = i, k, n, cs, ce, ss;
	int be = 0, r;
	struct attr a;
	const struct text_word *w;

	if (i + 1 >= t->n || !text_gap_is_blank(s, t->w[i].end,
	    t->w[i + 1].start))
		return 0;
	/* back over the auxiliaries: "is", "has long been", "would" */
	while (j > 0 && i - j <= AUX_WORDS_MAX &&
	    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start) &&
	    !(t->w[j - 1].flags & TEXT_W_CAP) &&
	    (lexicon_is_adverb(s, &t->w[j - 1]) || is_aux(x, &t->w[j - 1]) ||
	    is_be(x, &t->w[j - 1]) || is_word(x, &t->w[j - 1], "not"))) {
		be |= is_be(x, &t->w[j - 1]);
		j--;
	}
	if (is_word(x, &t->w[i], "expected") && !be)
		return 0;
	w = &t->w[i + 1];
	if (is_word(x, w, "to")) {
		/* "to" + a verb: not "appeared to reporters" */
		if (i + 2 >= t->n || (t->w[i + 2].flags & TEXT_W_CAP) ||
		    (wlx(x, t, i + 2) & (LX_DET | LX_PRON | LX_FUNC)))
			return 0;
	} else if (is_word(x, &t->w[i], "expected") ||
	    (w->flags & (TEXT_W_CAP | TEXT_W_DIGIT)) ||
	    (wlx(x, t, i + 1) & (LX_FUNC | LX_DET | LX_PRON | LX_CAL |
	    SPEECH_CUES)) || ends_with(x, w, "ing"))
		return 0;
	cs = w->start;
	ce = stance_end(x, t, i + 1);
	if (ce <= cs || mostly_direct(x, t, cs, ce) || direct_at(x, t,
	    t->w[i].end) != NULL)
		return 0;
	memset(&a, 0, sizeof(a));
	a.cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	/* the subject: back to the clause's start */
	for (k = j, n = 0; k > 0 && n < RAISE_SUBJECT_WORDS_MAX; k--, n++) {
		const struct text_word *pw = &t->w[k - 1];

		if (!gap_is_blank_or_poss(s, pw->end, t->w[k].start) ||
		    opens_clause(x, pw) || (wlx(x, t, k - 1) & SPEECH_CUES))
			break;
	}
	/* not a sentence adverb or a time before it: "Later he seemed" */
	while (k + 1 < j && ((wlx(x, t, k) & (LX_ADV | LX_CAL)) ||
	    ends_with(x, &t->w[k], "ly") || is_cal(x, &t->w[k])))
		k++;
	ss = k < j ? t->w[k].start : 0;
	/* not "it", "there", "what", nor a pronoun: "he seemed to
	 * indicate" is his act, not a hedge on him */
	if (k < j && !(k == 0 && t->w[k].start != t->ss) &&
	    n < RAISE_SUBJECT_WORDS_MAX && !(j - k == 1 &&
	    ((wlx(x, t, k) & (LX_PRON | LX_FUNC)) ||
	    is_word(x, &t->w[k], "it") || is_word(x, &t->w[k], "there") ||
	    is_word(x, &t->w[k], "this") || is_word(x, &t->w[k], "what"))) &&
	    !mostly_direct(x, t, ss, t->w[j - 1].end) &&
	    emit(x, t, ss, t->w[j - 1].end, &a) == -1)
		return -1;
	r = emit(x, t, cs, ce, &a);
	return r == -1 ? -1 : 1;
}

/* "According to X, CLAUSE" and "CLAUSE, according to X." */
static int
according(struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	struct attr a;
	size_t k, cs, comma;
	int quoted;

	memset(&a, 0, sizeof(a));
	if (!attribution_according_to(s, t->se, &t->w[i], &a)) {
		/* "according to state media": any short noun phrase */
		if (i + 2 >= t->n)
			return 0;
		a.ms = t->w[i + 2].start;
		a.me = t->w[i + 2].end;
		for (k = i + 3; k < t->n && k < i + 2 + NOMINAL_MAX; k++) {
			if (!text_gap_is_blank(s, t->w[k - 1].end,
			    t->w[k].start))
				break;
			a.me = t->w[k].end;
		}
		a.found = 1;
		a.cue = str_make(s + t->w[i].start, t->w[i + 1].end -
		    t->w[i].start);
	}
	if (i == 0) {
		/* the clause after the comma that closes the source (the
		 * words past the cue may not all be read: search bytes) */
		const char *comma_p = a.me < t->se ? memchr(s + a.me, ',',
		    t->se - a.me < SOURCE_BYTES_MAX ? t->se - a.me :
		    SOURCE_BYTES_MAX) : NULL;

		if (comma_p == NULL || quote_between(x, t, a.me,
		    (size_t)(comma_p - s)))
			return 0;
		cs = (size_t)(comma_p - s) + 1;
		if (direct_at(x, t, cs) != NULL ||
		    mostly_direct(x, t, cs, t->se) ||
		    (content_words(x, t, cs, t->se, &quoted) <
		    CONTENT_WORDS_MIN && !quoted))
			return 0;
		return emit(x, t, cs, t->se, &a) == -1 ? -1 : 1;
	}
	if (char_before_blank(s, t->ss, t->w[i].start, &comma) != ',')
		return 0;
	/* "Overseas Network, August 15, according to KCNA, on August 15,
	 * ...": a dateline before it, the content after it */
	if (i <= DATELINE_WORDS_MAX && a.me < t->se && s[a.me] == ',' &&
	    content_words(x, t, a.me, t->se, &quoted) >= CONTENT_WORDS_MIN &&
	    !mostly_direct(x, t, a.me + 1, t->se))
		return emit(x, t, a.me + 1, t->se, &a) == -1 ? -1 : 1;
	comma = trim_end(s, t->ss, comma);
	if (mostly_direct(x, t, t->ss, comma) ||
	    (content_words(x, t, t->ss, comma, &quoted) <
	    CONTENT_WORDS_MIN && !quoted))
		return 0;
	return emit(x, t, t->ss, comma, &a) == -1 ? -1 : 1;
}

/* "X quoted Y as saying CLAUSE": the participle at i after "as". */
static int
quoted_as_saying(struct qx *x, struct sent *t, size_t i)
{
	struct attr a;
	size_t k;

	if (i < 2 || !is_word(x, &t->w[i - 1], "as"))
		return 0;
	for (k = i - 1; k-- > 0 && k + 10 > i;) {
		memset(&a, 0, sizeof(a));
		if (attribution_quoted_as(x->s, t->se, &t->w[k], &a)) {
			if (direct_at(x, t, t->w[i].end) != NULL ||
			    mostly_direct(x, t, t->w[i].end, t->se))
				return 0;
			return emit(x, t, t->w[i].end, t->se, &a) == -1 ?
			    -1 : 1;
		}
	}
	/* the passive, "Smith was quoted as saying": the subject speaks */
	if (i >= 3 && is_word(x, &t->w[i - 2], "quoted") &&
	    is_be(x, &t->w[i - 3]) && subject_before(x, t, i - 2, &a) &&
	    direct_at(x, t, t->w[i].end) == NULL &&
	    !mostly_direct(x, t, t->w[i].end, t->se)) {
		a.cue = str_make(x->s + t->w[i - 2].start, t->w[i].end -
		    t->w[i - 2].start);
		return emit(x, t, t->w[i].end, t->se, &a) == -1 ? -1 : 1;
	}
	return 0;
}

static int
analyse(struct qx *x, struct sent *t)
{
	size_t i;
	int r, subj, took = 0;

	read_words(x, t);
	if ((r = asked_question(x, t)) != 0)
		return r == -1 ? -1 : 0;
	/* "according to X" names the source of the whole sentence */
	for (i = 0; i + 1 < t->n; i++)
		if (is_word(x, &t->w[i], "according") &&
		    is_word(x, &t->w[i + 1], "to") &&
		    (r = according(x, t, i)) != 0)
			return r;
	for (i = 0; i < t->n; i++) {
		struct attr a;

		if (!is_cue(x, t, i))
			continue;
		if (wlx(x, t, i) & LX_RAISE) {
			if (!took && (r = raising(x, t, i)) != 0) {
				if (r == -1)
					return -1;
				took = 1;
			}
			continue;
		}
		if ((r = quoted_as_saying(x, t, i)) != 0)
			return r;
		/* "X quoted Y as saying": the speech comes after "saying" */
		memset(&a, 0, sizeof(a));
		if (attribution_quoted_as(x->s, t->se, &t->w[i], &a))
			continue;
		memset(&a, 0, sizeof(a));
		subj = subject_before(x, t, i, &a);
		if (subj == SUBJ_NONE && participle_subject(x, t, i, &a))
			subj = SUBJ_PARTICIPLE;
		/* "CLAUSE, who said": the clause is not what was said */
		if (subj == SUBJ_BARE && a.me - a.ms <= 5 &&
		    (is_word(x, &t->w[i - 1], "who") ||
		    is_word(x, &t->w[i - 1], "which")))
			subj = SUBJ_RELATIVE;
		if (subj != SUBJ_RELATIVE && (wlx(x, t, i) & (LX_CUE |
		    LX_REPORT | LX_THATCUE)) && closes_sentence(x, t, i, &a)) {
			if (took)
				return 0;
			return cue_backward(x, t, i, &a);
		}
		if (!a.found || (took && ((a.ns == a.ne && !a.pronoun) ||
		    !(wlx(x, t, i) & LX_CUE))))
			continue;
		if (!took && (r = parenthetical_head(x, t, i, &a)) != 0) {
			if (r == -1)
				return -1;
			took = 1;
		}
		/* a cue inside reported content reports speech nested in
		 * it ("KCNA reported Kim told Putin that he ...") */
		r = 0;
		if (wlx(x, t, i) & (LX_CUE | LX_REPORT | LX_THATCUE) &&
		    (r = cue_forward(x, t, i, &a,
		    (wlx(x, t, i) & LX_THATCUE) != 0 ||
		    (subj == SUBJ_PARTICIPLE && !is_word(x, &t->w[i],
		    "saying") && !is_word(x, &t->w[i], "telling")), subj)) ==
		    -1)
			return -1;
		/* no clause after it: the object of a stance verb */
		if (r == 0 && !took &&
		    (r = stance_forward(x, t, i, &a, subj)) == -1)
			return -1;
		took |= r;
		if (x->speech.pos > t->se)
			return 0;	/* it took the paragraph */
	}
	return 0;
}

/*
 * A headline that names its source before a colon: "Graham: Trump's
 * 'Hateful Rhetoric' Destroying GOP's Chance", "Poll: Sanders Leads".
 * A paragraph of one short line, in Title Case, whose first colon comes
 * after one to HEADLINE_SOURCE_WORDS capitalised words (not a lone
 * label in capitals: "UPDATE:", "WATCH:"): the rest of the line is what
 * the source said.  Reads at most HEADLINE_BYTES_MAX bytes.
 */
static int
headline(struct qx *x, struct sent *t)
{
	const char *s = x->s;
	const char *c;
	size_t pe, colon, p, n = 0, words = 0, caps = 0, small = 0;
	struct text_word w, last;
	struct attr a;

	if (t->ss > 0 && s[t->ss - 1] != '\n')
		return 0;
	pe = para_end(x, t->ss);
	if (pe - t->ss > HEADLINE_BYTES_MAX || pe - t->ss < 8)
		return 0;
	c = memchr(s + t->ss, ':', pe - t->ss < HEADLINE_SOURCE_BYTES ?
	    pe - t->ss : HEADLINE_SOURCE_BYTES);
	if (c == NULL)
		return 0;
	colon = (size_t)(c - s);
	/* a name, not a title ("Big Win For Bernie", "Monday's Morning
	 * Email") nor a label ("Revealed:", "Breaking:", "Q:", "BOOM:") */
	for (p = t->ss; text_word_next(s, colon, &p, &w); n++)
		if (!(w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_INITIAL |
		    TEXT_W_DIGIT)) || n >= HEADLINE_SOURCE_WORDS ||
		    (n > 0 && (lexicon_of(s, &w) & LX_TSMALL)) ||
		    (w.flags & TEXT_W_POSS))
			return 0;
	if (n == 0 || (n == 1 && ((w.flags & TEXT_W_ALLCAP) ||
	    w.end - w.start < 3 || ends_with(x, &w, "ed") ||
	    ends_with(x, &w, "ing") || is_word(x, &w, "correction") ||
	    is_word(x, &w, "video") || is_word(x, &w, "update") ||
	    is_word(x, &w, "photo") || is_word(x, &w, "related"))))
		return 0;
	for (p = colon + 1; text_word_next(s, pe, &p, &w); words++) {
		if (w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT))
			caps++;
		else if (lexicon_of(s, &w) & LX_TSMALL)
			small++;
	}
	/* Title Case: four in five of the words that are not small */
	if (words < 3 || caps * 5 < (words - small) * 4)
		return 0;
	memset(&a, 0, sizeof(a));
	if (!speaker_mention_fwd(s, colon, t->ss, &a, &last)) {
		a.ms = t->ss;
		a.me = colon;
	}
	a.found = 1;
	a.cue = str_make(s + colon, 1);
	x->speech.pos = pe;
	return emit(x, t, colon + 1, pe, &a) == -1 ? -1 : 1;
}

/* --- the sentence reader --- */

void
speech_note_quote(struct qx *x, size_t start, size_t end, size_t idx,
    int direct, int strong_end, int weak)
{
	struct speech_state *st = &x->speech;
	struct speech_quote *q;

	if (st->qn == SPEECH_QUOTES_MAX) {
		st->qhead = (st->qhead + 1) % SPEECH_QUOTES_MAX;
		st->qn--;
		st->overflow = 1;
	}
	q = &st->q[(st->qhead + st->qn) % SPEECH_QUOTES_MAX];
	q->start = start;
	q->end = end;
	q->idx = idx;
	q->direct = direct;
	q->strong_end = strong_end;
	q->given = weak;
	st->qn++;
}

/* Skip spaces and line breaks from pos. */
static size_t
skip_blank(const char *s, size_t len, size_t pos)
{
	while (pos < len) {
		uint32_t c = text_char_at(s, len, pos);

		if (!text_is_space(c))
			break;
		pos += c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
	}
	return pos;
}


int
speech_scan_to(struct qx *x, size_t limit)
{
	struct speech_state *st = &x->speech;
	const char *s = x->s;
	size_t len = x->len;
	struct sent t;
	int r;

	for (;;) {
		size_t ss = skip_blank(s, len, st->pos), p, e, k;
		const struct speech_quote *in;

		/* quotes before the sentence belong to no sentence read */
		while (st->qn > 0 && st->q[st->qhead].end <= ss) {
			st->qhead = (st->qhead + 1) % SPEECH_QUOTES_MAX;
			st->qn--;
		}
		if (ss >= len || (ss >= limit && limit < len)) {
			st->pos = ss;
			return 0;
		}
		p = st->scan > ss ? st->scan : ss;
		for (;;) {
			/*
			 * Not past limit: the quotes there are not known yet,
			 * and a search that went on would read ahead and come
			 * back at every quote.  The search stops at limit
			 * either at a stop just before it or for want of one.
			 */
			e = attribution_sentence_end(s, len, p, limit);
			if (e == limit && limit < len && !(limit > p &&
			    (s[limit - 1] == '.' || s[limit - 1] == '!' ||
			    s[limit - 1] == '?') &&
			    text_is_sentence_end(s, len, limit - 1))) {
				st->pos = ss;
				st->scan = limit;
				return 0;
			}
			/* a sentence end inside a quote ends no sentence,
			 * unless the quote ends the sentence with it */
			in = NULL;
			for (k = 0; k < st->qn; k++) {
				const struct speech_quote *q = &st->q[
				    (st->qhead + k) % SPEECH_QUOTES_MAX];

				if (q->start < e && e < q->end) {
					in = q;
					break;
				}
				if (q->start >= e)
					break;
			}
			if (in == NULL)
				break;
			p = in->end;
			if (in->strong_end) {
				uint32_t c = text_char_at(s, len,
				    skip_blank(s, len, p));

				if (c == 0 || text_is_upper(c) ||
				    text_is_newline(text_char_at(s, len, p))) {
					e = p;
					break;
				}
			}
		}
		/* Every turn reads at least one character: a stop at the
		 * sentence's own start (a line break there) would otherwise
		 * be found again and again. */
		if (e <= ss) {
			e = ss + 1;
			while (e < len && ((unsigned char)s[e] & 0xC0) == 0x80)
				e++;
		}
		t.n = 0;
		t.ss = ss;
		t.se = e;
		/* Back over whole characters: a byte is not a character
		 * (0xa0 ends an NBSP and "à", 0x85 an "Å", and such a byte
		 * alone reads as a space: the span ended inside the
		 * character); an NBSP or U+2028 at the end goes whole. */
		while (t.se > ss) {
			size_t at = t.se;

			if (!text_is_space(utf8_prev(s, &at)) || at < ss)
				break;
			t.se = at;
		}
		t.first = 0;
		t.nq = 0;
		while (t.nq < st->qn && st->q[(st->qhead + t.nq) %
		    SPEECH_QUOTES_MAX].start < e)
			t.nq++;
		st->pos = e;
		st->scan = e;
		if (!st->overflow && (r = headline(x, &t)) != 0) {
			if (r == -1)
				return -1;
		} else if (!st->overflow && (t.cue_end = last_cue(x, &t)) !=
		    0 && analyse(x, &t) == -1)
			return -1;
		st->overflow = 0;
		/* the colon rule may have moved pos to the paragraph's end */
		if (st->pos < e)
			st->pos = e;
	}
}
