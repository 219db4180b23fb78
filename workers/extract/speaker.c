/*
 * speaker.c — who speaks: the names an article has used so far (a lazy
 * scan of capitalised runs, titles stripped, remembered in a ring), and
 * the speaker a mention resolves to (a surname to the last full name
 * holding it, he/she to the sentence's subject or the last person named
 * or quoted).  A description ("the president", "the company") is
 * resolved by speaker_desc.c against the names scanned here; an age, a
 * people's word, a turn label or a Q&A's answer by speaker_epithet.c.
 *
 * The mentions themselves (a pronoun, a name run, a nominal, a name
 * behind descriptors, a clause's subject) are read by speaker_mention.c;
 * the word tests both files share are speaker_int.h's.  Whether a name
 * can speak at all (a person, an organisation, a state as a subject,
 * never a place or an event) is speaker_kind.c's.
 *
 * The names scan reads every capitalised word of the body once, in
 * order, up to the position being resolved (one that the next word shows
 * to stand alone, no name, is not looked up).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "quotes_int.h"
#include "speaker_int.h"
#include "text.h"

/* --- limits --- */

/* Bytes back from a pronoun to the start of its sentence for
 * sentence_subject: a long news sentence is under 300 bytes. */
#define SUBJECT_BYTES_MAX	320
/* Fewest bytes of a word read as an -ing or -ed form in a fronted
 * phrase: the ending and a stem of two or more letters; shorter words
 * with those endings are nouns and adjectives ("king", "ring", "shed",
 * "red"). */
#define PARTICIPLE_BYTES_MIN	5

/* --- names seen so far --- */

/* May this word be part of a name run? */
int
speaker_word_is_namey(const char *s, const struct text_word *w)
{
	if (!namey_shape(w))
		return 0;
	return namey_lex(w, lexicon_of(s, w));
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

/*
 * The bit of a name's signature (struct qx's ring_sig) for a word stem
 * of n bytes that starts with byte c: the first byte and the length of a
 * surname must be those of one of the name's stems for the bytes to be,
 * so a name whose signature lacks the surname's bit is passed over
 * without comparing bytes.  Most surnames tried against a name are none
 * of its words.
 */
#define NAME_SIG_BIT(c, n)	((uint64_t)1 << (((unsigned)(c) ^ \
	((unsigned)(n) << 3)) & (NAME_SIG_BITS - 1)))

_Static_assert(NAME_RING_MAX == 64, "a ring slot is a bit of sig_slots");

/* ring[k]'s signature becomes sig, in ring_sig and in sig_slots (the
 * slot's old bits cleared when it held a name of this article). */
static inline void
slot_sig_set(struct qx *x, size_t k, uint64_t sig)
{
	uint64_t old = x->nring >= NAME_RING_MAX ? x->ring_sig[k] : 0, slot;

	slot = (uint64_t)1 << k;
	for (; old != 0; old &= old - 1)
		x->sig_slots[__builtin_ctzll(old)] &= ~slot;
	x->ring_sig[k] = sig;
	for (; sig != 0; sig &= sig - 1)
		x->sig_slots[__builtin_ctzll(sig)] |= slot;
}

/*
 * Remember the name run[0 .. n) (n <= NAME_WORDS_MAX; lx the classes of
 * each whole word), ending at end, its last word's stem end.
 */
static inline __attribute__((always_inline)) void
ring_push(struct qx *x, const struct text_word *run, const uint32_t *lx,
    size_t n, size_t end, int person, int institution, int gender)
{
	struct name *nm = &x->ring[x->nring % NAME_RING_MAX];
	uint64_t sig = 0;
	size_t i, e;

	nm->start = run[0].start;
	nm->end = end;
	nm->person = person;
	nm->institution = institution;
	nm->gender = gender;
	nm->kind = -1;
	nm->nw = n;
	for (i = 0; i < n; i++) {
		nm->w[i] = run[i];
		nm->lx[i] = lx[i];
		e = i + 1 < n ? text_word_stem_end(x->s, &run[i]) : end;
		sig |= NAME_SIG_BIT((unsigned char)x->s[run[i].start],
		    e - run[i].start);
	}
	slot_sig_set(x, x->nring % NAME_RING_MAX, sig);
	x->nring++;
}

/* speaker_kind_of a remembered name, worked out once. */
enum speaker_kind
speaker_ring_kind(struct qx *x, struct name *nm)
{
	if (nm->kind < 0)
		nm->kind = (int)memo_kind(x, nm->start, nm->end, nm->w,
		    nm->lx, nm->nw);
	return (enum speaker_kind)nm->kind;
}

/*
 * Does the article "the" stand right before pos ("The Boston Globe",
 * "the Red Lion")?  A person's name takes no article in English; a
 * capitalised phrase after one names a paper, a body, a place or a work.
 */
int
speaker_article_before(const char *s, size_t pos)
{
	return pos >= 4 && s[pos - 1] == ' ' && (s[pos - 4] | 0x20) == 't' &&
	    s[pos - 3] == 'h' && s[pos - 2] == 'e' && (pos == 4 ||
	    !text_is_alnum((unsigned char)s[pos - 5]));
}

/*
 * Nouns of kinship whose gender English marks: a name set off after one
 * ("Her son, Tom,", "His daughter, Emily Carter,") is that of a man or a
 * woman, and a he or a she later stands for it, or passes it over.
 */
static const struct {
	const char	*noun;
	int		 gender;
} kin_nouns[] = {
	{ "aunt", NAME_FEMALE }, { "boyfriend", NAME_MALE },
	{ "brother", NAME_MALE }, { "daughter", NAME_FEMALE },
	{ "father", NAME_MALE }, { "girlfriend", NAME_FEMALE },
	{ "granddaughter", NAME_FEMALE }, { "grandfather", NAME_MALE },
	{ "grandmother", NAME_FEMALE }, { "grandson", NAME_MALE },
	{ "husband", NAME_MALE }, { "mother", NAME_FEMALE },
	{ "nephew", NAME_MALE }, { "niece", NAME_FEMALE },
	{ "sister", NAME_FEMALE }, { "son", NAME_MALE },
	{ "stepdaughter", NAME_FEMALE }, { "stepson", NAME_MALE },
	{ "uncle", NAME_MALE }, { "widow", NAME_FEMALE },
	{ "widower", NAME_MALE }, { "wife", NAME_FEMALE },
};

/* The gender a kinship noun and a comma right before the name at start
 * give it, else 0 (kin_gender tests the bytes ", " first: most names
 * have none). */
static __attribute__((noinline)) int
kin_noun_gender(const char *s, size_t start)
{
	struct text_word w;
	size_t q = start - 2, i;

	if (!text_word_prev(s, 0, &q, &w) || w.end != start - 2 ||
	    (w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP)))
		return 0;
	for (i = 0; i < sizeof(kin_nouns) / sizeof(kin_nouns[0]); i++)
		if (kin_nouns[i].noun[0] == s[w.start] &&
		    text_word_eq(s, &w, kin_nouns[i].noun))
			return kin_nouns[i].gender;
	return 0;
}

static inline int
kin_gender(const char *s, size_t start)
{
	return start >= 5 && s[start - 1] == ' ' && s[start - 2] == ',' &&
	    (unsigned)(s[start - 3] - 'a') < 26 ?
	    kin_noun_gender(s, start) : 0;
}

/* Remember the one word w, set off by commas, when a kinship noun
 * before it gives it a gender ("Her son, Tom,"): a one-word run is no
 * full name otherwise. */
static __attribute__((noinline)) void
kin_name(struct qx *x, const struct text_word *w)
{
	uint32_t lx;
	int g;

	if ((w->flags & TEXT_W_POSS) || !namey_shape(w) ||
	    (g = kin_gender(x->s, w->start)) == 0)
		return;
	lx = lexicon_of(x->s, w);
	if (namey_lex(w, lx))
		ring_push(x, w, &lx, 1, w->end, 1, 0, g);
}

/* A finished run of capitalised words: remember it if it is a full name. */
static void
run_commit(struct qx *x)
{
	/* in locals: for the compiler the ring's stores may change x's
	 * fields, which it would then read again */
	const char *s = x->s;
	const struct text_word *run = x->run;
	const uint32_t *lx = x->run_lx;
	size_t nrun = x->nrun, first, n, i;
	int person, institution = 0;

	x->nrun = 0;
	if (nrun == 0 || x->run_overflow) {
		x->run_overflow = 0;
		return;
	}
	/* A run does not end on a particle ("Charles de"). */
	while (nrun > 0 && !(run[nrun - 1].flags & TEXT_W_CAP))
		nrun--;
	/* One word is no full name, whatever its titles. */
	if (nrun < 2)
		return;
	/* the name ends before post-nominals ("Jeremy Hunt MP") */
	nrun = run_name_end(s, run, lx, nrun);
	first = run_name_start(s, run, lx, nrun, 0);
	n = nrun - first;
	person = -1;
	if (n >= 2 && n <= NAME_WORDS_MAX && (run[first].flags & TEXT_W_CAP)) {
		for (i = first; i < nrun; i++)
			if (lx[i] & LX_CAPSTOP)
				break;
		/* right after "the" (no title between), a person only
		 * when its kind shows one (NAME_AFTER_ARTICLE) */
		if (i == nrun)
			person = name_is_person(s, run + first, lx + first, n) ?
			    (speaker_article_before(s, run[first].start) ?
			    NAME_AFTER_ARTICLE : 1) : 0;
	} else if (n == 1 && (lx[nrun - 1] & LX_ORG) &&
	    text_word_in(s, &run[nrun - 1], institution_heads)) {
		/* titles before an institution's head noun: "Defence
		 * Ministry", "the Justice Department"; no person's, kept
		 * for "the ministry" alone (speaker_desc_body) */
		first = 0;
		while (first < nrun - 1 && (lx[first] & LX_CAPSTOP))
			first++;
		n = nrun - first;
		if (n >= 2 && n <= NAME_WORDS_MAX) {
			person = 0;
			institution = 1;
		}
	}
	if (person >= 0)
		ring_push(x, run + first, lx + first, n,
		    text_word_stem_end(s, &run[nrun - 1]), person,
		    institution, person == 1 ? kin_gender(s,
		    run[first].start) : 0);
}

/* Read names from where the last call stopped up to limit. */
/* run_commit for the names scan, which keeps the run's length in a
 * local while it reads */
static inline void
run_end(struct qx *x, size_t *nrun)
{
	x->nrun = *nrun;
	run_commit(x);
	*nrun = 0;
}

void
speaker_names_scan_to(struct qx *x, size_t limit)
{
	/* the text, the position and the run's length in locals, stored
	 * back at the end: for the compiler every store into the run may
	 * change x's fields, which it would read again */
	const char *s = x->s;
	size_t len = x->len;
	struct text_word w;
	size_t p, known = SIZE_MAX, pos = x->name_pos, nrun = x->nrun;
	uint32_t lx;
	int namey;

	while (pos < limit) {
		/* where the gap after the word that opened the run ends
		 * (its word tested: no end of the run), or SIZE_MAX */
		size_t gap = known;

		known = SIZE_MAX;
		p = pos;
		if (nrun == 0) {
			/*
			 * Outside a run only a capitalised word can start
			 * one, and most words are not: pass over them with
			 * neither flags nor lookups, sixteen bytes at a time
			 * where the text is ASCII (text_word_cap_start), word
			 * by word where it is not (text_word_next_cap).
			 */
			size_t at;

			/*
			 * A call mostly ends at its mention's first word,
			 * where the capital scan stops (p == limit): that is
			 * the word text_word_next_cap would read first.  A
			 * capital there is read as the scan's find; a plain
			 * lower-case word ("he") is passed over whole.
			 */
			if (text_word_cap_start(s, len, &p, limit, &at) ||
			    (p == limit && p < len &&
			    (unsigned)(s[p] - 'A') < 26 && (at = p, 1))) {
				if (!text_cap_word_quick(s, len, at, &w)) {
					p = at;
					(void)text_word_next(s, len, &p, &w);
				}
			} else if (p == limit &&
			    (at = lower_word_end(s, len, p)) != 0) {
				x->name_pos = at;
				x->nrun = nrun;
				return;
			} else if (!text_word_next_cap(s, len, &p, limit,
			    &w)) {
				pos = p;
				if (p >= len) {
					x->name_pos = p;
					x->nrun = nrun;
					return;
				}
				continue;
			}
			/*
			 * Most capitalised words stand alone ("He said",
			 * "Trump told", "Trump's", "Trump, who"), and a run
			 * of one word is no name: when the word is a
			 * possessive, the gap after it holds more than
			 * blanks, or the next word ends the run, this one
			 * needs no lookup, and the scan goes on after it.
			 */
			p = gap_end(s, len, w.end);
			if ((w.flags & TEXT_W_POSS) || !(p == w.end + 1 ?
			    s[w.end] == ' ' : text_gap_is_blank(s,
			    w.end, p))) {
				/* "Her son, Tom,": one word, but a man's
				 * name (commas both sides first) */
				if (s[w.end] == ',' && w.start >= 2 &&
				    s[w.start - 2] == ',')
					kin_name(x, &w);
				pos = w.end;
				continue;
			}
			if (p < len && ends_run(s, len, p)) {
				pos = p;
				continue;
			}
			known = p;
		} else {
			/*
			 * A word that starts with a lower-case letter no
			 * particle starts with ends the run, whatever it is
			 * ("Smith said"): it need not be read, and the scan
			 * for capitals goes on from its first byte.
			 */
			size_t q = gap != SIZE_MAX ? gap :
			    gap_end(s, len, p);

			if (gap == SIZE_MAX && q < len &&
			    ends_run(s, len, q)) {
				run_end(x, &nrun);
				pos = q;
				continue;
			}
			/* the word at q, the quick way when it is plain */
			if (q < len && (unsigned)(s[q] - 'A') < 26 &&
			    text_cap_word_quick(s, len, q, &w))
				;
			else if (!text_word_next(s, len, &p, &w)) {
				x->name_pos = len;
				x->nrun = nrun;
				run_commit(x);
				return;
			}
		}
		if (nrun > 0 && (!text_gap_is_blank(s, x->run[nrun - 1].end,
		    w.start) || (x->run[nrun - 1].flags & TEXT_W_POSS)))
			run_end(x, &nrun);
		/* One lookup a word, kept with the run for run_commit. */
		lx = 0;
		namey = 0;
		if (namey_shape(&w)) {
			lx = lexicon_of(s, &w);
			namey = namey_lex(&w, lx);
		} else if (nrun > 0 && lexicon_may_be_particle(s, &w))
			lx = lexicon_of(s, &w);
		if (namey || (nrun > 0 && (lx & LX_PART))) {
			if (nrun == RUN_WORDS_MAX)
				x->run_overflow = 1;
			else {
				x->run_lx[nrun] = lx;
				x->run[nrun++] = w;
			}
		} else
			run_end(x, &nrun);
		pos = w.end;
	}
	x->name_pos = pos;
	x->nrun = nrun;
}

/*
 * Is the single word [a, b) one of the words of the name nm (each
 * compared by its stem, as the name's end is its last word's)?
 */
static int
name_contains(const char *s, const struct name *nm, size_t a, size_t b)
{
	size_t i, e;

	for (i = 0; i < nm->nw; i++) {
		e = i + 1 < nm->nw ? text_word_stem_end(s, &nm->w[i]) :
		    nm->end;
		if (e - nm->w[i].start == b - a && memcmp(s + nm->w[i].start,
		    s + a, b - a) == 0)
			return 1;
	}
	return 0;
}

/*
 * The full name a one-word mention stands for: the most recent earlier
 * name containing it.  0 if none.  A surname is tried against up to
 * NAME_RING_MAX names and is in few: only the names whose signature has
 * the surname's bit (sig_slots) are visited, most recent first, before
 * any bytes are compared.
 */
static int
resolve_surname(struct qx *x, size_t a, size_t b, size_t *ns, size_t *ne)
{
	unsigned bit = (unsigned)__builtin_ctzll(NAME_SIG_BIT(
	    (unsigned char)x->s[a], b - a)), top, j;
	uint64_t m;

	speaker_names_scan_to(x, a);
	if (x->nring == 0)
		return 0;
	/* the slots rotated so that the most recent name's is bit 63 and
	 * each older one a bit lower: the highest bit set is the next */
	top = (unsigned)((x->nring - 1) % NAME_RING_MAX);
	m = x->sig_slots[bit];
	m = (m << (63 - top)) | (top == 63 ? 0 : m >> (top + 1));
	for (; m != 0; m &= ~((uint64_t)1 << j)) {
		struct name *nm;

		j = 63 - (unsigned)__builtin_clzll(m);
		nm = &x->ring[(j + top + 1) % NAME_RING_MAX];
		if (nm->start >= a || nm->end > a || nm->institution)
			continue;
		if (name_contains(x->s, nm, a, b) &&
		    speaker_ring_kind(x, nm) != SPEAKER_NONE) {
			*ns = nm->start;
			*ne = nm->end;
			return 1;
		}
	}
	return 0;
}

/*
 * The full name a mention of two words or more stands for when it is
 * the end of a longer name said before: Spanish, Portuguese and French
 * surnames and a woman's maiden name with her married one are two words
 * ("Alberto Núñez Feijóo" ... "Núñez Feijóo said", "Marine Le Pen" ...
 * "Le Pen told", "Debbie Wasserman Schultz" ... "Wasserman Schultz
 * said"), and news names a person in full before the surname alone.
 * The most recent earlier person's name (a given name first) whose last
 * words are the mention's, visited by its last word's signature bit as
 * resolve_surname does.  0 if none.
 */
static int
resolve_tail(struct qx *x, size_t a, size_t b, size_t *ns, size_t *ne)
{
	size_t n = b - a, last = b;
	unsigned bit, top, j;
	uint64_t m;

	while (last > a && x->s[last - 1] != ' ')
		last--;
	if (last <= a + 1)
		return 0;
	bit = (unsigned)__builtin_ctzll(NAME_SIG_BIT(
	    (unsigned char)x->s[last], b - last));
	speaker_names_scan_to(x, a);
	if (x->nring == 0)
		return 0;
	top = (unsigned)((x->nring - 1) % NAME_RING_MAX);
	m = x->sig_slots[bit];
	m = (m << (63 - top)) | (top == 63 ? 0 : m >> (top + 1));
	for (; m != 0; m &= ~((uint64_t)1 << j)) {
		struct name *nm;

		j = 63 - (unsigned)__builtin_clzll(m);
		nm = &x->ring[(j + top + 1) % NAME_RING_MAX];
		if (nm->end > a || nm->person != 1 ||
		    nm->end - nm->start <= n + 1 ||
		    x->s[nm->end - n - 1] != ' ' ||
		    memcmp(x->s + nm->end - n, x->s + a, n) != 0)
			continue;
		if (speaker_ring_kind(x, nm) == SPEAKER_PERSON) {
			*ns = nm->start;
			*ne = nm->end;
			return 1;
		}
	}
	return 0;
}

/*
 * Is the pronoun at pos the subject right after a phrase with no finite
 * verb of its own that opens its sentence and ends at a comma
 * ("Interviewed by Rolling Stone last year, she said", "In an interview
 * with Vanity Fair, she said")?  The phrase opens with a participle or
 * a preposition (fronted_openers), not a conjunction whose clause has a
 * subject of its own ("When the question was put to Martin Kaplan, he
 * laughed").  1 with [*fs, *fe) the phrase, the comma at *fe.
 */
static const char *const fronted_openers[] = {
	"in", "at", "on", "during", "after", "before", "with", "from", "for",
	"to", NULL
};

static int
fronted_phrase(const struct qx *x, size_t pos, size_t sstart, size_t *fs,
    size_t *fe)
{
	const char *s = x->s;
	struct text_word w;
	size_t b = pos, lo, p;

	while (b > 0 && s[b - 1] == ' ')
		b--;
	if (b == pos || b == 0 || s[b - 1] != ',')
		return 0;
	lo = pos > SUBJECT_BYTES_MAX ? pos - SUBJECT_BYTES_MAX : 0;
	/* the sentence's start, when the caller has not read it */
	*fs = sstart != SIZE_MAX ? sstart :
	    attribution_sentence_start(s, x->len, lo, pos);
	*fe = b - 1;
	p = *fs;
	if (*fs >= *fe || (*fs == lo && lo > 0) ||
	    !text_word_next(s, *fe, &p, &w))
		return 0;
	return text_word_in(s, &w, fronted_openers) ||
	    (w.end - w.start >= PARTICIPLE_BYTES_MIN &&
	    (text_range_eq(s, w.end - 3, w.end, "ing") ||
	    text_range_eq(s, w.end - 2, w.end, "ed")));
}

/*
 * Is the name at ns the other party of a saying in the fronted phrase
 * [fs, fe): the object of "by", "with" or "to" or of a verb's -ing form
 * ("Interviewed by Rolling Stone", "In an interview with Vanity Fair",
 * "Speaking to Jimmy Fallon", "After meeting Joe Biden")?  The phrase's
 * understood subject is the pronoun after it, and a verb's object is no
 * one its subject is (that would be "herself"): the name is no
 * antecedent of that pronoun.
 */
static int
fronted_object(const struct qx *x, size_t ns, size_t fs, size_t fe)
{
	const char *s = x->s;
	struct text_word w;
	size_t q = ns;

	if (ns < fs || ns >= fe || !text_word_prev(s, fs, &q, &w) ||
	    !text_gap_is_blank(s, w.end, ns) || (w.flags & TEXT_W_CAP))
		return 0;
	return text_word_eq(s, &w, "by") || text_word_eq(s, &w, "with") ||
	    text_word_eq(s, &w, "to") ||
	    (w.end - w.start >= PARTICIPLE_BYTES_MIN &&
	    text_range_eq(s, w.end - 3, w.end, "ing"));
}

/*
 * The most recent person named before pos, or quoted, or for a he or a
 * she (singular) the last who spoke in reported speech (one person: no
 * "they").
 */
static int
resolve_pronoun(struct qx *x, size_t pos, int singular, int gender,
    struct str *out)
{
	size_t i, n, ppos = x->person_pos, fs = 0, fe = 0;
	enum speaker_kind kind;
	int have = x->have_person && ppos <= pos;
	int fronted = -1;	/* fronted_phrase's answer, once asked */
	struct str person = x->person;

	if (singular && x->have_said && x->said_pos <= pos &&
	    (!have || x->said_pos > ppos)) {
		have = 1;
		ppos = x->said_pos;
		person = x->said;
	}
	speaker_names_scan_to(x, pos);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n; i++) {
		struct name *nm = &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];

		if (nm->end > pos || !nm->person ||
		    (nm->start >= x->quote_start && nm->end <= x->quote_end))
			continue;
		kind = speaker_ring_kind(x, nm);
		if (kind == SPEAKER_NONE || kind == SPEAKER_SUBJECT)
			continue;	/* "he" is no place, no people */
		/* "told The Boston Globe ... she said": a name after "the"
		 * with no given name, no initial is no he or she ("they"
		 * may stand for a body: "the Sixth Circuit") */
		if (singular && kind == SPEAKER_MAYBE &&
		    nm->person == NAME_AFTER_ARTICLE)
			continue;
		/* "Her son, Tom, ... she says": not Tom */
		if (gender != 0 && nm->gender != 0 && nm->gender != gender)
			continue;
		/* "Interviewed by Rolling Stone, she said": the other
		 * party is not she (asked of a name in reach of the
		 * pronoun's sentence only) */
		if (nm->start + SUBJECT_BYTES_MAX > pos) {
			if (fronted < 0)
				fronted = fronted_phrase(x, pos, SIZE_MAX,
				    &fs, &fe);
			if (fronted && fronted_object(x, nm->start, fs, fe))
				continue;
		}
		if (have && ppos > nm->start) {
			*out = person;
			return 1;
		}
		*out = str_make(x->s + nm->start, nm->end - nm->start);
		return 1;
	}
	if (have) {
		*out = person;
		return 1;
	}
	return 0;
}

/* --- the speaker --- */

/* Does the mention [ms, me) open with "the " and a word after it? */
static inline int
opens_with_the(const char *s, size_t ms, size_t me)
{
	return me - ms >= 5 && (s[ms] | 0x20) == 't' && s[ms + 1] == 'h' &&
	    s[ms + 2] == 'e' && s[ms + 3] == ' ';
}

/*
 * Does [a, b) hold a quotation mark: " or «, or “ or ” whole
 * before b?  Each byte a mark can start with is searched for by memchr.
 */
static int
holds_mark(const char *s, size_t a, size_t b)
{
	const char *p = s + a, *e = s + b;
	size_t q;

	if (a >= b || memchr(p, '"', b - a) != NULL ||
	    memchr(p, 0xab, b - a) != NULL)
		return a < b;
	while ((p = memchr(p, 0xe2, (size_t)(e - p))) != NULL) {
		q = (size_t)(p - s);
		if (text_range_eq(s, q, q + 3 <= b ? q + 3 : b,
		    "\xe2\x80\x9c") || text_range_eq(s, q, q + 3 <= b ?
		    q + 3 : b, "\xe2\x80\x9d"))
			return 1;
		p++;
	}
	return 0;
}

/* --- a capital the sentence gave: is it a name? --- */

/* Bytes either side of the word the document test reads: four or five
 * paragraphs of news (about 200 words), where a common word comes back
 * ("Last year" ... "last week"); the whole article costs more than twice
 * as much for few answers more (docs/extraction.md, measured choices). */
#define DOC_WINDOW	1200

int
speaker_starts_sentence(const char *s, size_t a)
{
	uint32_t c;

	for (;;) {
		c = text_char_before(s, a);
		if (c == ' ' || c == '"' || c == '\'' || c == '(' ||
		    c == 0x201c || c == 0x2018 || c == 0xa0) {
			a -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
			continue;
		}
		return c == 0 || text_is_newline(c) || c == '.' || c == '!' ||
		    c == '?' || c == ':';
	}
}

/* An ASCII letter or digit: an occurrence next to one is part of a
 * longer word (bytes past ASCII are not read as letters here). */
static inline int
word_byte(unsigned char b)
{
	return b < 0x80 && text_is_alnum(b);
}

/*
 * The spellings of the word [a, b) (ASCII letters; n >= 2) nearby
 * (DOC_WINDOW either side), as Mikheev's document-centred test for
 * capitalised words reads them: DOC_MID when it is written with its own
 * first byte where no sentence starts (the search ends there), DOC_LOWER
 * when with that letter in lower case.  One search, for the word less
 * its first letter, finds both spellings; an occurrence inside a longer
 * word is none.
 */
unsigned
speaker_doc_spellings(const struct qx *x, size_t a, size_t b)
{
	const char *s = x->s, *p, *e;
	size_t n = b - a, at, lo, hi;
	unsigned char up = (unsigned char)s[a], c;
	unsigned found = 0;

	lo = a > DOC_WINDOW ? a - DOC_WINDOW : 0;
	hi = x->len - b > DOC_WINDOW ? b + DOC_WINDOW : x->len;
	e = s + hi;
	for (p = s + lo + 1; p < e && (p = memmem(p, (size_t)(e - p),
	    s + a + 1, n - 1)) != NULL; p++) {
		at = (size_t)(p - s) - 1;
		c = (unsigned char)s[at];
		if ((c != up && c != (up | 0x20)) || at == a ||
		    (at > 0 && word_byte((unsigned char)s[at - 1])) ||
		    (at + n < x->len && word_byte((unsigned char)s[at + n])))
			continue;
		if (c != up)
			found |= DOC_LOWER;
		else if (!speaker_starts_sentence(s, at))
			return found | DOC_MID;
	}
	return found;
}

/*
 * Is the one capitalised word [a, b), which opens its sentence, a common
 * word the sentence capitalised ("Last year, he ...", "Despite her
 * upbringing, she ...", "Low rates keep ...")?  A capital at a
 * sentence's start says nothing of a name; the rest of the document does
 * (doc_spellings): the word is common when it occurs in lower case
 * nearby and never capitalised there where a sentence does not start.
 * A word seen neither way is kept a name ("Hamas said" once), as is a
 * surname written mid-sentence anywhere near ("Mr. Cook", "Tim Cook").
 */
static int
capital_is_common(const struct qx *x, size_t a, size_t b)
{
	size_t n = b - a, i;
	unsigned char up = (unsigned char)x->s[a];
	unsigned found;

	if (n < 3 || n > DOC_WORD_MAX || (unsigned)(up - 'A') >= 26 ||
	    !speaker_starts_sentence(x->s, a))
		return 0;
	for (i = 1; i < n; i++)
		if ((unsigned)(((unsigned char)x->s[a + i] | 0x20) - 'a') >= 26)
			return 0;	/* ASCII letters only */
	found = speaker_doc_spellings(x, a, b);
	return !(found & DOC_MID) && (found & DOC_LOWER);
}

/*
 * Is the pronoun at pos the subject of a closing attribution, a comma
 * before it and its cue right after, then a comma or the sentence's end
 * ("Prices have fallen in recent months, she said, but not by
 * enough.")?  What stands before it is what was said, and a subject in
 * there is the content's, not the speaker ("Prices"); the pronoun
 * stands for someone named before the sentence.  Not "When Obama
 * arrived, he said the deal was done": content follows the cue.
 */
static int
closing_pronoun(const struct qx *x, size_t pos)
{
	const char *s = x->s;
	struct text_word pw, cw;
	size_t p = pos, b = pos;
	uint32_t c;

	while (b > 0 && s[b - 1] == ' ')
		b--;
	if (b == 0 || s[b - 1] != ',' || !text_word_next(s, x->len, &p, &pw) ||
	    !text_word_next(s, x->len, &p, &cw) ||
	    !text_gap_is_blank(s, pw.end, cw.start) ||
	    !lexicon_is_cue(s, &cw))
		return 0;
	c = text_char_at(s, x->len, cw.end);
	return c == ',' || c == '.' || c == ';' || c == 0;
}

/*
 * "Putin invited Kim to Moscow, where he promised to ...": a pronoun
 * later in a sentence in which a person named is the subject of a verb
 * stands for that subject, not for the last name read (Kim, the object).
 * Only in narration: a sentence that holds a quotation mark before the
 * pronoun is left to resolve_pronoun ("I think Obama is wrong," he said).
 * subject_read finds that subject, 1 with *cand its mention;
 * sentence_subject resolves it, 1 with *out set.
 */
static int
subject_read(struct qx *x, size_t pos, struct attr *candp)
{
	const char *s = x->s;
	size_t lo = pos > SUBJECT_BYTES_MAX ? pos - SUBJECT_BYTES_MAX : 0;
	size_t sstart = attribution_sentence_start(s, x->len, lo, pos), p, q;
	struct text_word w, nw, last;
	struct attr cand;
	struct name_run run;
	enum speaker_kind kind;
	enum subject_word sw;
	uint32_t lx;		/* w's classes, when subject_word looked */
	int have = 0, cand_maybe = 0, fronted = -1;
	size_t fs = 0, fe = 0;

	if (sstart == lo && lo > 0)
		return 0;		/* the sentence starts too far back */
	if (holds_mark(s, sstart, pos) || closing_pronoun(x, pos))
		return 0;
	/* the last name a verb follows, as speaker_mention_clause_subject
	 * reads */
	p = sstart;
	while (text_word_next(s, pos, &p, &w)) {
		struct attr c;

		sw = subject_word(s, &w, &lx);
		if (sw == SW_PRONOUN) {
			q = w.end;
			if (text_word_next(s, pos, &q, &nw) &&
			    !(nw.flags & TEXT_W_CAP) &&
			    !lexicon_is(s, &nw, LX_FUNC))
				have = 0;	/* a pronoun subject before */
			continue;
		}
		if (sw != SW_NAME)
			continue;
		memset(&c, 0, sizeof(c));
		/* the run's words kept: the kind is judged from them, not
		 * read again */
		speaker_mention_run_fwd(s, pos, w, lx, &c, &last, &run);
		p = last.end;
		q = last.end;
		kind = memo_kind(x, c.ns, c.ne, run.w + run.first,
		    run.lx + run.first, run.n - run.first);
		if (c.ns == c.ne || (last.flags & TEXT_W_POSS) ||
		    (kind != SPEAKER_PERSON && kind != SPEAKER_MAYBE) ||
		    !text_word_next(s, pos, &q, &nw) ||
		    !text_gap_is_blank(s, last.end, nw.start) ||
		    (nw.flags & TEXT_W_CAP) || lexicon_is(s, &nw, LX_FUNC) ||
		    adjective_before_noun(s, &w, &last, &nw))
			continue;		/* no verb follows the name */
		/* "Interviewed by Rolling Stone last year, she said": the
		 * other party is no subject of hers */
		if (fronted < 0)
			fronted = fronted_phrase(x, pos, sstart, &fs, &fe);
		if (fronted && fronted_object(x, c.ms, fs, fe))
			continue;
		cand = c;
		cand_maybe = kind == SPEAKER_MAYBE && last.start == w.start;
		have = 1;
	}
	/* "Last year, he ...": no name, a word the sentence capitalised
	 * (the sentence's first word is the last candidate only when no
	 * other follows it: the test is made once) */
	if (have && cand_maybe && capital_is_common(x, cand.ns, cand.ne))
		have = 0;
	if (have)
		*candp = cand;
	return have;
}

/*
 * The quote pass and the sentence reader ask of the same pronoun in
 * turn, and what subject_read finds depends on the text alone: it is
 * kept for the last pronoun asked (only the resolution depends on what
 * was read since).
 */
static int
sentence_subject(struct qx *x, size_t pos, struct str *out)
{
	struct attr cand;

	if (x->subj_pos1 != pos + 1) {
		x->subj_have = subject_read(x, pos, &x->subj_cand);
		x->subj_pos1 = pos + 1;
	}
	if (!x->subj_have)
		return 0;
	cand = x->subj_cand;
	cand.found = 1;
	*out = speaker_of(x, &cand);
	return out->p != NULL;
}

/*
 * A person who speaks is who a he or a she after stands for, named in
 * full or not ("Smith, 45, said he would appeal. "...," he said.", "Trump
 * said ... "...," he said" after a full name of another): the names scan
 * remembers full names only.  Not a name that can be no person's (an
 * organisation, a state, a people, a place: "CNN", "Democrats").
 */
void
speaker_note_person(struct qx *x, const struct attr *a, struct str speaker)
{
	size_t ns;
	enum speaker_kind kind;

	if (speaker.p == NULL || speaker.p < x->s ||
	    speaker.p + speaker.len > x->s + x->len)
		return;
	ns = (size_t)(speaker.p - x->s);
	kind = memo_kind(x, ns, ns + speaker.len, NULL, NULL, 0);
	if (kind != SPEAKER_PERSON && kind != SPEAKER_MAYBE)
		return;
	x->have_said = 1;
	x->said_pos = a->ms;
	x->said = speaker;
}

/* NAME_MALE for "he", "him", "his", NAME_FEMALE for "she", "her",
 * "hers", else 0. */
static int
pronoun_gender(const char *s, const struct text_word *w)
{
	size_t n = w->end - w->start;
	char a = (char)(s[w->start] | 0x20), b;

	if (n < 2 || n > 4)
		return 0;
	b = s[w->start + 1];
	if (a == 's' && b == 'h')
		return NAME_FEMALE;
	if (a != 'h')
		return 0;
	if (b == 'i' || (b == 'e' && n == 2))
		return NAME_MALE;
	return b == 'e' ? NAME_FEMALE : 0;
}

/*
 * Where "he", "she" or "they" ends when the one-word name [a, b) is
 * one with nothing after it but an auxiliary's clitic ("She's told
 * employers", "They've said", "He'll": 's, 're, 've, 'll,
 * 'd, an ASCII or a curly apostrophe), read as a capitalised word by a
 * mention reader; else 0.  Such a word is the pronoun and its verb.
 */
static size_t
clitic_pronoun(const char *s, size_t a, size_t b)
{
	static const char *const prons[] = { "he", "she", "they" };
	size_t i, n, e;

	for (i = 0; i < 3; i++) {
		n = strlen(prons[i]);
		e = a + n;
		if (e > b || (s[a] | 0x20) != prons[i][0] ||
		    strncasecmp(s + a, prons[i], n) != 0)
			continue;
		if (e == b)
			return e;
		/* the clitic: an apostrophe, then 1 or 2 letters */
		if (s[e] == '\'' && b - e >= 2 && b - e <= 3)
			return e;
		if ((unsigned char)s[e] == 0xe2 && b - e >= 4 && b - e <= 5 &&
		    (unsigned char)s[e + 1] == 0x80 &&
		    (unsigned char)s[e + 2] == 0x99)
			return e;
	}
	return 0;
}

/* The speaker's name for an attribution's mention. */
struct str
speaker_of(struct qx *x, const struct attr *a)
{
	struct str none = { NULL, 0 };
	size_t ns, ne, words = 0, p, q;
	struct text_word w;
	enum speaker_kind kind;

	if (!a->found)
		return none;
	if (a->pronoun) {
		struct str r;
		struct text_word pw;

		/* "ROTT: Del Bosque says ... I told him that ...": "I" in
		 * a turn read on as narration is the turn's speaker */
		if (a->me == a->ms + 1 && x->s[a->ms] == 'I' &&
		    a->ms >= x->speech.turn_start &&
		    a->ms < x->speech.turn_end)
			return speaker_of(x, &x->speech.turn);
		p = a->ms;
		if (text_word_next(x->s, a->me, &p, &pw) &&
		    lexicon_is(x->s, &pw, LX_PPRON) &&
		    (sentence_subject(x, a->ms, &r) ||
		    resolve_pronoun(x, a->ms, (x->s[pw.start] | 0x20) != 't',
		    pronoun_gender(x->s, &pw),
		    &r)))
			return r;
		return none;
	}
	/* "fans at Wembley": the name is no one who speaks */
	if (a->complement)
		return none;
	/* a title heading the mention: its holder, named before; "the
	 * company", "the ministry": the body last named so.  Both need
	 * "the" first, tested here: most mentions are names and pronouns,
	 * and the two are in speaker_desc.c */
	if (opens_with_the(x->s, a->ms, a->me)) {
		if (speaker_desc_title(x, a->ms, a->me, &ns, &ne))
			return str_make(x->s + ns, ne - ns);
		if (a->ns == a->ne &&
		    speaker_desc_body(x, a->ms, a->me, &ns, &ne))
			return str_make(x->s + ns, ne - ns);
	}
	/* "the 54-year-old": the person named with that age, else the
	 * person last named */
	if (a->ns == a->ne && speaker_epithet_age(x->s, a->ms, a->me)) {
		struct str r;

		return speaker_epithet_age_holder(x, a->ms, a->me, &r) ||
		    resolve_pronoun(x, a->ms, 1, 0, &r) ? r : none;
	}
	/* "the Italian": the person last named, as "the 21-year-old",
	 * if no other is named near it */
	if (a->ns != a->ne && speaker_epithet_people(x->s, a->ms, a->me,
	    a->ns, a->ne)) {
		struct str r;

		return resolve_pronoun(x, a->ms, 1, 0, &r) &&
		    speaker_epithet_people_alone(x, a->ms, r) ? r : none;
	}
	/* "A:", a Q&A's answer: who the Q&A interviews (the letter is
	 * no name the mention readers read) */
	if (a->ns == a->ne && a->me == a->ms + 1 && x->s[a->ms] == 'A' &&
	    speaker_epithet_turn_label(x, a->ms, a->me))
		return speaker_epithet_qa_answerer(x, a->ms);
	/* '"...," a spokeswoman for the ministry said': the body */
	if (a->ns == a->ne && a->me - a->ms >= SPOKES_FOR_BYTES_MIN &&
	    (memcmp(x->s + a->ms + 2, "spok", 4) == 0 ||
	    memcmp(x->s + a->ms + 4, "spok", 4) == 0) &&
	    speaker_desc_spokes_for(x, a->ms, a->me, &ns, &ne))
		return str_make(x->s + ns, ne - ns);
	if (a->ns == a->ne)
		return none;
	/* one word or more (none to read from ne on): the first read the
	 * quick way where it has a common shape (read past ne, it is the
	 * only word), a second only found, not read, where an ASCII letter
	 * or digit starts it (text_word_gap_end) */
	p = a->ns;
	if (((unsigned)(x->s[p] - 'A') < 26 &&
	    text_cap_word_quick(x->s, x->len, p, &w)) ||
	    text_word_next(x->s, a->ne, &p, &w)) {
		q = w.end < a->ne ? text_word_gap_end(x->s, a->ne, w.end) :
		    a->ne;
		words = q < a->ne && ((unsigned char)x->s[q] < 0x80 ||
		    text_word_next(x->s, a->ne, &q, &w)) ? 2 : 1;
	}
	/* A surname stands for the full name seen before it; a full name,
	 * or a surname never seen in full, stands for itself. */
	if (words == 1 && resolve_surname(x, a->ns, a->ne, &ns, &ne))
		return str_make(x->s + ns, ne - ns);
	/* "She's told", "They've said": the pronoun (its first byte
	 * first: most names start otherwise) */
	if (words == 1 && a->ne - a->ns <= 9 && ((x->s[a->ns] | 0x20) == 'h' ||
	    (x->s[a->ns] | 0x20) == 's' || (x->s[a->ns] | 0x20) == 't') &&
	    (p = clitic_pronoun(x->s, a->ns, a->ne)) != 0) {
		struct attr b = *a;

		b.ms = a->ns;
		b.me = p;
		b.ns = b.ne = 0;
		b.pronoun = 1;
		return speaker_of(x, &b);
	}
	/* a place, a medium, an event, a dateline never speaks */
	kind = memo_kind(x, a->ns, a->ne, NULL, NULL, 0);
	if (kind == SPEAKER_NONE) {
		/* but a transcript's turn label does: "JAKE TAPPER:" is
		 * the name in capitals (the kind test reads capitals as a
		 * headline's); "Q:" is none */
		if (!speaker_epithet_turn_label(x, a->ns, a->ne) ||
		    a->ne - a->ns == 1)
			return none;
		return str_make(x->s + a->ns, a->ne - a->ns);
	}
	/* a name with a given name or an initial is a full name: only
	 * one with no evidence either way may be a longer name's end */
	if (words == 2 && kind == SPEAKER_MAYBE &&
	    resolve_tail(x, a->ns, a->ne, &ns, &ne))
		return str_make(x->s + ns, ne - ns);
	if (words == 1 && (kind == SPEAKER_ORG || kind == SPEAKER_MAYBE) &&
	    !speaker_body_outlet_cue(a->cue))
		speaker_body_note(x, a->ns, a->ne);
	return str_make(x->s + a->ns, a->ne - a->ns);
}
