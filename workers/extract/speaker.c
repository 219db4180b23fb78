/*
 * speaker.c — who speaks: the names an article has used so far (a lazy
 * scan of capitalised runs, titles stripped, remembered in a ring), and
 * the speaker a mention resolves to (a surname to the last full name
 * holding it, a title description to the person last named with that
 * title, he/she to the sentence's subject or the last person named or
 * quoted).
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

/*
 * speaker_kind_of(x->s, x->len, start, end), kept in the memo by start
 * (direct-mapped): the answer depends on nothing else.  run, when not
 * NULL, holds the words of [start, end) as the names scan or a mention
 * reader read them (n of them, lx their classes): speaker_kind_of_run
 * judges them without reading them again (the same answer).
 */
static inline enum speaker_kind
memo_kind(struct qx *x, size_t start, size_t end, const struct text_word *run,
    const uint32_t *lx, size_t n)
{
	struct kind_memo *m = &x->kind_memo[start % KIND_MEMO_MAX];

	if (m->kind1 == 0 || m->start != start || m->end != end) {
		m->start = start;
		m->end = end;
		m->kind1 = 1 + (int)(run != NULL ? speaker_kind_of_run(x->s,
		    x->len, end, run, lx, n) :
		    speaker_kind_of(x->s, x->len, start, end));
	}
	return (enum speaker_kind)(m->kind1 - 1);
}

/* speaker_kind_of a remembered name, worked out once. */
static enum speaker_kind
ring_kind(struct qx *x, struct name *nm)
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
static int
article_before(const char *s, size_t pos)
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
	size_t first, n, i;
	int person, institution = 0;

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
	first = run_name_start(x->s, x->run, x->run_lx, x->nrun, 0);
	n = x->nrun - first;
	person = -1;
	if (n >= 2 && n <= NAME_WORDS_MAX &&
	    (x->run[first].flags & TEXT_W_CAP)) {
		for (i = first; i < x->nrun; i++)
			if (x->run_lx[i] & LX_CAPSTOP)
				break;
		/* right after "the" (no title between), a person only
		 * when its kind shows one (NAME_AFTER_ARTICLE) */
		if (i == x->nrun)
			person = name_is_person(x->s, x->run + first,
			    x->run_lx + first, n) ? (article_before(x->s,
			    x->run[first].start) ? NAME_AFTER_ARTICLE : 1) :
			    0;
	} else if (n == 1 && (x->run_lx[x->nrun - 1] & LX_ORG) &&
	    text_word_in(x->s, &x->run[x->nrun - 1], institution_heads)) {
		/* titles before an institution's head noun: "Defence
		 * Ministry", "the Justice Department"; no person's, kept
		 * for "the ministry" alone (resolve_body) */
		first = 0;
		while (first < x->nrun - 1 &&
		    (x->run_lx[first] & LX_CAPSTOP))
			first++;
		n = x->nrun - first;
		if (n >= 2 && n <= NAME_WORDS_MAX) {
			person = 0;
			institution = 1;
		}
	}
	if (person >= 0)
		ring_push(x, x->run + first, x->run_lx + first, n,
		    text_word_stem_end(x->s, &x->run[x->nrun - 1]), person,
		    institution, person == 1 ? kin_gender(x->s,
		    x->run[first].start) : 0);
	x->nrun = 0;
}

/* Read names from where the last call stopped up to limit. */
static void
speaker_names_scan_to(struct qx *x, size_t limit)
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
			 * neither flags nor lookups, sixteen bytes at a time
			 * where the text is ASCII (text_word_cap_start), word
			 * by word where it is not (text_word_next_cap).
			 */
			size_t at;

			if (text_word_cap_start(x->s, x->len, &p, limit, &at)) {
				if (!text_cap_word_quick(x->s, x->len, at, &w)) {
					p = at;
					(void)text_word_next(x->s, x->len, &p,
					    &w);
				}
			} else if (!text_word_next_cap(x->s, x->len, &p, limit,
			    &w)) {
				x->name_pos = p;
				if (p >= x->len)
					return;
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
			p = gap_end(x->s, x->len, w.end);
			if ((w.flags & TEXT_W_POSS) || !(p == w.end + 1 ?
			    x->s[w.end] == ' ' : text_gap_is_blank(x->s,
			    w.end, p))) {
				/* "Her son, Tom,": one word, but a man's
				 * name (commas both sides first) */
				if (x->s[w.end] == ',' && w.start >= 2 &&
				    x->s[w.start - 2] == ',')
					kin_name(x, &w);
				x->name_pos = w.end;
				continue;
			}
			if (p < x->len && ends_run(x->s, x->len, p)) {
				x->name_pos = p;
				continue;
			}
		} else {
			/*
			 * A word that starts with a lower-case letter no
			 * particle starts with ends the run, whatever it is
			 * ("Smith said"): it need not be read, and the scan
			 * for capitals goes on from its first byte.
			 */
			size_t q = gap_end(x->s, x->len, p);

			if (q < x->len && ends_run(x->s, x->len, q)) {
				run_commit(x);
				x->name_pos = q;
				continue;
			}
			/* the word at q, the quick way when it is plain */
			if (q < x->len && (unsigned)(x->s[q] - 'A') < 26 &&
			    text_cap_word_quick(x->s, x->len, q, &w))
				;
			else if (!text_word_next(x->s, x->len, &p, &w)) {
				x->name_pos = x->len;
				run_commit(x);
				return;
			}
		}
		if (x->nrun > 0 && (!text_gap_is_blank(x->s,
		    x->run[x->nrun - 1].end, w.start) ||
		    (x->run[x->nrun - 1].flags & TEXT_W_POSS)))
			run_commit(x);
		/* One lookup a word, kept with the run for run_commit. */
		lx = 0;
		namey = 0;
		if (namey_shape(&w)) {
			lx = lexicon_of(x->s, &w);
			namey = namey_lex(&w, lx);
		} else if (x->nrun > 0 &&
		    lexicon_may_be_particle(x->s, &w))
			lx = lexicon_of(x->s, &w);
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
		    ring_kind(x, nm) != SPEAKER_NONE) {
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
		kind = ring_kind(x, nm);
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

/*
 * A definite description headed by a title stands for the person last
 * named with that title: "the president", "The President of Russia",
 * "the Russian president" after "Russian President Vladimir Putin", "the
 * Treasury secretary" after "Treasury Secretary Jacob J. Lew".  The
 * other words of the description ("Russian", "of Russia", "former",
 * "press") qualify the title and must each be found, as a word sharing
 * its stem, among the words just before the name, the title last of
 * them ("North Korean leader Kim" is no "Russian leader"), and the
 * capitalised words right before the title must be the description's
 * ("Vice President Joe Biden" and "World Bank President Jim Yong Kim"
 * are not "the president").  An indefinite or
 * possessive description ("a Democratic senator", "its vice president")
 * brings in someone new, and a description whose holder was never
 * named resolves to none.
 */
/* Qualifying words of a description: "the Senate Democratic leader" has
 * 2, "the White House press secretary" 3. */
#define TITLE_QUALIFIERS_MAX	4
/* Words before a name that its title and qualifiers stand in: "former
 * White House press secretary Josh Earnest" has 5. */
#define TITLE_WORDS_BACK	5
/* Bytes two words must share for one to stand for the other ("Russia"
 * and "Russian"), and the most the longer may run past ("Korea",
 * "Korean"; not "Republican" and "Repub"). */
#define TITLE_STEM_MIN		4
#define TITLE_STEM_TAIL_MAX	2

static int
same_stem(const char *s, const struct text_word *a, const struct text_word *b)
{
	size_t la = a->end - a->start, lb = b->end - b->start, n, i;

	n = la < lb ? la : lb;
	if ((la > lb ? la - lb : lb - la) > TITLE_STEM_TAIL_MAX ||
	    (la != lb && n < TITLE_STEM_MIN))
		return 0;
	for (i = 0; i < n; i++)
		if (((unsigned char)s[a->start + i] | 0x20) !=
		    ((unsigned char)s[b->start + i] | 0x20))
			return 0;
	return 1;
}

/*
 * Read the description [ms, me): 1 with its head title and qualifiers
 * when it is "the" + qualifiers + a title + an optional "of" phrase.
 */
static int
title_description(const char *s, size_t ms, size_t me,
    struct text_word *title, struct text_word *qual, size_t *nq)
{
	struct text_word w;
	size_t p = ms;
	int have_title = 0, of = 0;

	/* most mentions are names and pronouns: the bytes first */
	*nq = 0;
	if (me - ms < 5 || (s[ms] | 0x20) != 't' || s[ms + 1] != 'h' ||
	    s[ms + 2] != 'e' || s[ms + 3] != ' ')
		return 0;
	p = ms + 4;
	while (text_word_next(s, me, &p, &w)) {
		if (of) {
			if ((w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP)) &&
			    !lexicon_is(s, &w, LX_DET)) {
				if (*nq == TITLE_QUALIFIERS_MAX)
					return 0;
				qual[(*nq)++] = w;
			}
			continue;
		}
		if (text_word_eq(s, &w, "of") && have_title) {
			of = 1;
			continue;
		}
		/* a name or any word after the title is the mention's
		 * own ("President Obama", "the president's aides"); a
		 * possessive is no qualifier ("Trump's spokesman") */
		if (have_title && !lexicon_is(s, &w, LX_TITLE))
			return 0;
		if (w.flags & TEXT_W_POSS)
			return 0;
		if (have_title) {
			/* "Deputy Prime Minister": the last is the head */
			if (*nq == TITLE_QUALIFIERS_MAX)
				return 0;
			qual[(*nq)++] = *title;
		}
		if (lexicon_is(s, &w, LX_TITLE) &&
		    !text_word_in(s, &w, title_adjectives)) {
			*title = w;
			have_title = 1;
		} else {
			if (*nq == TITLE_QUALIFIERS_MAX)
				return 0;
			qual[(*nq)++] = w;
		}
	}
	return have_title;
}

/*
 * The abbreviations news writes before a name for a title a description
 * spells out: "the senator" after "Sen. Marco Rubio", "the governor"
 * after "Gov. Chris Christie", "the congressman" after "Rep. Paul Ryan"
 * (AP style abbreviates these titles before a full name).
 */
static const struct {
	const char *title, *abbr;
} title_abbrevs[] = {
	{ "senator", "sen." }, { "governor", "gov." },
	{ "representative", "rep." }, { "congressman", "rep." },
	{ "congresswoman", "rep." }, { "general", "gen." },
	{ "lieutenant", "lt." }, { "admiral", "adm." },
	{ "captain", "capt." }, { "colonel", "col." },
	{ "sergeant", "sgt." }, { "professor", "prof." },
};

/* The abbreviation of the title lc (lower case), or NULL. */
static const char *
title_abbrev(const char *lc)
{
	size_t i;

	for (i = 0; i < sizeof(title_abbrevs) / sizeof(title_abbrevs[0]); i++)
		if (strcmp(lc, title_abbrevs[i].title) == 0)
			return title_abbrevs[i].abbr;
	return NULL;
}

static int
resolve_title(struct qx *x, size_t ms, size_t me, size_t *ns, size_t *ne)
{
	const char *s = x->s;
	struct text_word title = { 0, 0, 0 }, qual[TITLE_QUALIFIERS_MAX],
	    back;
	size_t nq, i, n, k, q, pos, after, tlen, alen = 0;
	char title_lc[NAME_WORD_BYTES_MAX];
	const char *abbr;

	if (!title_description(s, ms, me, &title, qual, &nq) ||
	    (tlen = title.end - title.start) >= sizeof(title_lc))
		return 0;
	for (i = 0; i < tlen; i++)
		title_lc[i] = (char)(s[title.start + i] | 0x20);
	title_lc[tlen] = '\0';
	if ((abbr = title_abbrev(title_lc)) != NULL)
		alen = strlen(abbr);
	speaker_names_scan_to(x, ms);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n; i++) {
		struct name *nm = &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];
		unsigned found = 0, hit;
		int fits = 1, caps = 1;

		/* the title's bytes and a space right before the name
		 * first: most names have another word there */
		if (nm->end > ms || nm->start < 2 || s[nm->start - 1] != ' ' ||
		    !((nm->start >= tlen + 1 && text_range_eq(s,
		    nm->start - 1 - tlen, nm->start - 1, title_lc)) ||
		    (abbr != NULL && nm->start >= alen + 1 &&
		    text_range_eq(s, nm->start - 1 - alen, nm->start - 1,
		    abbr))) ||
		    !nm->person || ring_kind(x, nm) == SPEAKER_NONE)
			continue;
		/* the words right before the name, blanks between them:
		 * the title first, then its qualifiers */
		pos = nm->start;
		after = nm->start;
		for (k = 0; k < TITLE_WORDS_BACK &&
		    text_word_prev(s, 0, &pos, &back) &&
		    text_gap_is_blank(s, back.end, after); k++) {
			after = back.start;
			if (k == 0 && (back.end - back.start !=
			    title.end - title.start ||
			    !same_stem(s, &back, &title)) &&
			    !(abbr != NULL && text_word_eq(s, &back, abbr))) {
				fits = 0;
				break;
			}
			for (hit = 0, q = 0; q < nq; q++)
				if (same_stem(s, &back, &qual[q]))
					hit |= 1u << q;
			found |= hit;
			/* the capitalised words right before the title
			 * name the office too, and the description must
			 * name them: "World Bank President Jim Yong Kim"
			 * and "Vice President Joe Biden" are not "the
			 * president"; a place's name is the office's
			 * seat, not another office: "Former Texas Gov. Rick
			 * Perry" is "the former governor" (a country's or a
			 * people's is another's: "Russian President") */
			if (k > 0 && caps && !(back.flags & (TEXT_W_CAP |
			    TEXT_W_ALLCAP)))
				caps = 0;
			if (k > 0 && caps && hit == 0 &&
			    !speaker_kind_place_word(s, &back)) {
				fits = 0;
				break;
			}
		}
		if (k > 0 && fits && found == (1u << nq) - 1) {
			*ns = nm->start;
			*ne = nm->end;
			return 1;
		}
	}
	return 0;
}

/*
 * A definite description of a body stands for the body last named of
 * that kind (news style names an organisation once, then calls it "the
 * company", "the ministry"): "Russia's Defence Ministry said ... The
 * ministry said", "Apple Inc unveiled ... the company said".  The
 * description is "the" and one noun of body_nouns; it resolves to the
 * latest earlier name that no person holds whose last word is that noun
 * ("the ministry" -> "Defence Ministry", "the district" -> "Springfield
 * School District"), or, for a noun of business, whose last word is a
 * company's legal suffix ("the company" -> "Apple Inc").  A description
 * whose body was never named resolves to none, as before.
 */
static const struct {
	const char	*noun;
	/* any company's name may stand behind it */
	int		 business;
} body_nouns[] = {
	{ "administration", 0 }, { "agency", 0 }, { "airline", 1 },
	{ "army", 0 }, { "association", 0 }, { "authority", 0 },
	{ "automaker", 1 }, { "bank", 0 }, { "board", 0 }, { "bureau", 0 },
	{ "carmaker", 1 },
	{ "carrier", 1 }, { "chipmaker", 1 }, { "church", 0 },
	{ "commission", 0 }, { "committee", 0 }, { "company", 1 },
	{ "conglomerate", 1 }, { "corporation", 1 }, { "council", 0 },
	{ "court", 0 }, { "department", 0 }, { "district", 0 },
	{ "firm", 1 }, { "foundation", 0 }, { "fund", 0 },
	{ "government", 0 }, { "group", 0 }, { "institute", 0 },
	{ "insurer", 1 }, { "league", 0 }, { "lender", 1 },
	{ "manufacturer", 1 }, { "ministry", 0 }, { "network", 0 },
	{ "newspaper", 0 }, { "office", 0 }, { "party", 0 },
	{ "police", 0 }, { "retailer", 1 }, { "service", 0 },
	{ "union", 0 }, { "university", 0 }, { "utility", 1 },
};

/* The noun w's entry in body_nouns: 1 with *business set, else 0.  The
 * first letter turns most entries away before a comparison. */
static int
body_noun(const char *s, const struct text_word *w, int *business)
{
	size_t i;
	char c = s[w->start];

	for (i = 0; i < sizeof(body_nouns) / sizeof(body_nouns[0]); i++)
		if (body_nouns[i].noun[0] == c &&
		    text_word_eq(s, w, body_nouns[i].noun)) {
			*business = body_nouns[i].business;
			return 1;
		}
	return 0;
}

/* The legal suffixes of a company's name in wire style: "Apple Inc",
 * "Toyota Motor Corp", "BP Plc", "Siemens AG". */
static const char *const company_suffixes[] = {
	"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "se",
	"holdings", "company", "corporation", "incorporated", NULL
};

/*
 * Bytes back from a description searched for a nearer body of its kind
 * brought in unnamed ("a federal appeals court"): the paragraph or two
 * that a description refers into (news paragraphs run 200 to 400 bytes,
 * as DOC_WINDOW's four or five hold about 200 words); a body brought in
 * further back is named again, or called by its name, before "the court"
 * stands for it.  Bounds each description's search, so that a body of
 * many "the court said" costs linear time.
 */
#define BODY_LOOKBACK_BYTES	1200
/* Words from an indefinite article to the head noun it opens: "a
 * federal appeals court" has 2 between, "a new state utility
 * commission" 3. */
#define BODY_MODIFIERS_MAX	3

/*
 * Is the lower-case noun at [a, b) the head of a noun phrase that an
 * indefinite article opens ("a federal appeals court in Richmond", "an
 * airline that", "another company based in Ohio")?  The article at most
 * BODY_MODIFIERS_MAX lower-case words before; the noun a head when
 * punctuation, a function word, a verb of speech or an -ed form follows
 * it (not "a court spokesman", "a company statement": a modifier).
 */
static int
indefinite_head(const char *s, size_t len, size_t a, size_t b, size_t *art)
{
	struct text_word w;
	size_t p = b, q = a, i;
	uint32_t lx;

	if (p < len && s[p] == ' ') {
		if (!text_word_next(s, len, &p, &w) || w.start != b + 1)
			return 0;
		lx = lexicon_of(s, &w);
		if (!(w.flags & TEXT_W_CAP) && !(lx & (LX_FUNC | LX_DET |
		    LX_CUE | LX_REPORT | LX_STANCE)) &&
		    !(w.end - w.start > 4 && s[w.end - 2] == 'e' &&
		    s[w.end - 1] == 'd'))
			return 0;
	} else if (p < len && text_is_alnum((unsigned char)s[p]))
		return 0;
	for (i = 0; i <= BODY_MODIFIERS_MAX; i++) {
		size_t next = q;

		if (!text_word_prev(s, 0, &q, &w) ||
		    !text_gap_is_blank(s, w.end, next) ||
		    (w.flags & (TEXT_W_CAP | TEXT_W_POSS)))
			return 0;
		if (text_word_eq(s, &w, "a") || text_word_eq(s, &w, "an") ||
		    text_word_eq(s, &w, "another")) {
			*art = w.start;
			return 1;
		}
		if (lexicon_of(s, &w) & (LX_FUNC | LX_DET | LX_PRON))
			return 0;
	}
	return 0;
}

/*
 * Does the indefinite article at art open an appositive of the name
 * that ends at ne ("Exxon Mobil Corp, a company based in Texas,",
 * "Carillion Plc (a construction company)", "Acme Corp. -- a
 * chipmaker")?  Only a comma, a parenthesis or a dash, after the
 * name's own period, and blanks between: the noun phrase describes
 * that name and brings in no other body (review F1).
 */
static int
appositive_of(const char *s, size_t ne, size_t art)
{
	size_t p = ne;

	if (p < art && s[p] == '.')
		p++;
	if (p < art && (s[p] == ',' || s[p] == '('))
		p++;
	else if (art - p >= 3 && (unsigned char)s[p] == 0xe2 &&
	    (unsigned char)s[p + 1] == 0x80 &&
	    ((unsigned char)s[p + 2] == 0x93 ||
	    (unsigned char)s[p + 2] == 0x94))
		p += 3;		/* an en or em dash */
	else if (art - p >= 2 && s[p] == '-' && s[p + 1] == '-')
		p += 2;
	else
		return 0;
	return text_gap_is_blank(s, p, art);
}

/*
 * Is a body of the noun's kind brought in unnamed between the name at
 * from and the description at ms (no further back than
 * BODY_LOOKBACK_BYTES): "The Supreme Court declined ... On Tuesday a
 * federal appeals court ruled ... , the court said"?  Direct anaphora
 * takes the nearest noun phrase with the same head, named or not: that
 * one, which has no name.  Not the name's own appositive ("Carillion
 * Plc, a construction company,"), which has its name.
 */
static int
unnamed_body_between(const struct qx *x, const struct text_word *noun,
    size_t from, size_t ms)
{
	const char *s = x->s, *p, *e = s + ms;
	size_t n = noun->end - noun->start, at, art, ne = from;
	char low[NAME_WORD_BYTES_MAX];
	size_t i;

	if (n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)(s[noun->start + i] | 0x20);
	if (ms - from > BODY_LOOKBACK_BYTES)
		from = ms - BODY_LOOKBACK_BYTES;
	for (p = s + from; p < e && (p = memmem(p, (size_t)(e - p), low,
	    n)) != NULL; p++) {
		at = (size_t)(p - s);
		if (at > 0 && (unsigned char)s[at - 1] < 0x80 &&
		    text_is_alnum((unsigned char)s[at - 1]))
			continue;
		if (indefinite_head(s, x->len, at, at + n, &art) &&
		    !appositive_of(s, ne, art))
			return 1;
	}
	return 0;
}

/*
 * Is the name nm a union of states ("European Union", "African Union",
 * "Soviet Union": a people's or a state's name first)?  News calls it
 * "the bloc" or by its name; "the union" is a labour union.
 */
static int
union_of_states(const char *s, const struct name *nm)
{
	return nm->nw >= 2 && speaker_kind_people_word(s, &nm->w[0]);
}

static int	body_that_spoke(struct qx *, size_t, size_t *, size_t *);

static int
resolve_body(struct qx *x, size_t ms, size_t me, size_t *ns, size_t *ne)
{
	const char *s = x->s;
	struct text_word the, noun, last;
	size_t p = ms, i, n;
	int business, found = 0;
	enum speaker_kind kind;

	/* most mentions are names and pronouns: the bytes first */
	if (me - ms < 6 || (s[ms] | 0x20) != 't' || s[ms + 1] != 'h' ||
	    s[ms + 2] != 'e' || s[ms + 3] != ' ' ||
	    !text_word_next(s, me, &p, &the) ||
	    !text_word_next(s, me, &p, &noun) || noun.end != me ||
	    noun.start != the.end + 1 ||
	    (noun.flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_POSS)))
		return 0;
	if (!body_noun(s, &noun, &business))
		return 0;
	speaker_names_scan_to(x, ms);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n; i++) {
		struct name *nm = &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];

		if (nm->end > ms || nm->nw < 2)
			continue;
		last = nm->w[nm->nw - 1];
		last.end = nm->end;
		if (!same_stem(s, &last, &noun) && !(business &&
		    text_word_in(s, &last, company_suffixes)))
			continue;
		kind = ring_kind(x, nm);
		if (kind == SPEAKER_NONE || kind == SPEAKER_PERSON)
			continue;
		if (text_word_eq(s, &noun, "union") && union_of_states(s, nm))
			continue;
		*ns = nm->start;
		*ne = nm->end;
		found = 1;
		break;
	}
	/* "Boeing said ... The company said": a noun of business stands
	 * for the last organisation that spoke when no company named
	 * after it is nearer (note_body) */
	if (business && !found)
		found = body_that_spoke(x, ms, ns, ne);
	/* "a federal appeals court" since: the court meant is that one */
	if (found && unnamed_body_between(x, &noun, *ne, ms))
		return 0;
	return found;
}

/* --- the speaker --- */

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

/* Bytes of a word the document test reads: longer words are kept as
 * names (a common noun at a sentence's start is rarely this long). */
#define DOC_WORD_MAX	24
/* Bytes either side of the word the document test reads: four or five
 * paragraphs of news (about 200 words), where a common word comes back
 * ("Last year" ... "last week"); the whole article costs more than twice
 * as much for few answers more (docs/extraction.md, measured choices). */
#define DOC_WINDOW	1200

/*
 * Does the sentence start at a (blanks, opening quotes and brackets
 * before it back to a sentence's end, a line's start or the text's)?
 */
static int
starts_sentence(const char *s, size_t a)
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
 * Is the one capitalised word [a, b), which opens its sentence, a common
 * word the sentence capitalised ("Last year, he ...", "Despite her
 * upbringing, she ...", "Low rates keep ...")?  A capital at a
 * sentence's start says nothing of a name; the rest of the document does
 * (Mikheev's document-centred test for capitalised words): the word is
 * common when it occurs in lower case nearby (DOC_WINDOW) and never
 * capitalised there where a sentence does not start.  A word seen
 * neither way is kept a name ("Hamas said" once), as is a surname
 * written mid-sentence anywhere near ("Mr. Cook", "Tim Cook").  One
 * search, for the word less its first letter, finds both spellings.
 */
static int
capital_is_common(const struct qx *x, size_t a, size_t b)
{
	const char *s = x->s, *p, *e;
	size_t n = b - a, i, at, lo, hi;
	unsigned char up = (unsigned char)s[a], c;
	int lower = 0;

	if (n < 3 || n > DOC_WORD_MAX || (unsigned)(up - 'A') >= 26 ||
	    !starts_sentence(s, a))
		return 0;
	for (i = 1; i < n; i++)
		if ((unsigned)(((unsigned char)s[a + i] | 0x20) - 'a') >= 26)
			return 0;	/* ASCII letters only */
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
			lower = 1;
		else if (!starts_sentence(s, at))
			return 0;	/* a name mid-sentence */
	}
	return lower;
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

/*
 * May the one capitalised word [a, b) be a body's name: ASCII letters
 * only, no acronym ("FBI", "BBC" name an agency or a medium as often as
 * a company), after no "the" (a paper's or a place's name: "the
 * Guardian", "the Pentagon"), no title nor a title's plural ("CEO",
 * "Democrats": people, not a body)?
 */
static int
one_word_body(const char *s, size_t a, size_t b)
{
	struct text_word w = { a, b, 0 };
	size_t n = b - a, i;

	if (n < 3 || n > DOC_WORD_MAX || article_before(s, a) ||
	    (unsigned)((unsigned char)s[a + 1] - 'A') < 26)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned)(((unsigned char)s[a + i] | 0x20) - 'a') >= 26)
			return 0;
	if (lexicon_is(s, &w, LX_TITLE))
		return 0;
	w.end = b - 1;
	return !(s[b - 1] == 's' && lexicon_is(s, &w, LX_TITLE));
}

/*
 * Is the one capitalised word [a, b), which opens its sentence, written
 * nearby (DOC_WINDOW) where no sentence starts, so a name as Mikheev's
 * document-centred test reads capitals ("Boeing said" after "a
 * spokesman for Boeing"; not "Police said", "Analysts said")?
 */
static int
written_mid_sentence(const struct qx *x, size_t a, size_t b)
{
	const char *s = x->s, *p, *e;
	size_t n = b - a, at, lo, hi;

	lo = a > DOC_WINDOW ? a - DOC_WINDOW : 0;
	hi = x->len - b > DOC_WINDOW ? b + DOC_WINDOW : x->len;
	e = s + hi;
	for (p = s + lo; p < e && (p = memmem(p, (size_t)(e - p), s + a,
	    n)) != NULL; p++) {
		at = (size_t)(p - s);
		if (at != a && (at == 0 || !word_byte((unsigned char)s[at -
		    1])) && (at + n >= x->len ||
		    !word_byte((unsigned char)s[at + n])) &&
		    !starts_sentence(s, at))
			return 1;
	}
	return 0;
}

/*
 * Remember [ns, ne), one word of an organisation's kind or with no
 * evidence either way that spoke ("Boeing said", "Hamas said"), as the
 * last organisation that did, for "the company" after it (resolve_body,
 * body_that_spoke).  News names a person in full before the surname
 * alone (the names scan resolves a surname to that full name first), so
 * a lone name that speaks and stands for no one named before is a body.
 * Two are kept: the last written where no sentence starts, a name, and
 * the last that opens its sentence, whose capital may be the sentence's
 * ("Police said"): the document is asked of it only when a description
 * needs it.  Each kept only when later than the one it replaces: the
 * quote pass runs ahead of the sentence reader.
 */
static void
note_body(struct qx *x, size_t ns, size_t ne)
{
	int first = starts_sentence(x->s, ns);
	size_t *bs = first ? &x->body_first_ns : &x->body_ns;

	if (*bs != 0 ? ns <= *bs - 1 : 0)
		return;
	if (!one_word_body(x->s, ns, ne))
		return;
	*bs = ns + 1;
	if (first)
		x->body_first_ne = ne;
	else
		x->body_ne = ne;
}

/*
 * Is the cue a news outlet's verb ("Reuters reported", "citing", "Nikkei
 * wrote", "according to Bloomberg")?  An outlet that reports the story
 * is no company in it: "Reuters reported ... The company said" is
 * another company (review F11).  The first bytes of the cue decide.
 */
static int
outlet_cue(struct str cue)
{
	static const char *const verbs[] = {
		"report", "citing", "cited", "according", "wrote", "writes",
		"quoting", "quoted", NULL
	};
	size_t i, n;

	for (i = 0; verbs[i] != NULL; i++) {
		n = strlen(verbs[i]);
		if (cue.p != NULL && cue.len >= n &&
		    strncasecmp(cue.p, verbs[i], n) == 0)
			return 1;
	}
	return 0;
}

/* The last organisation that spoke before ms (note_body): 1 with
 * [*ns, *ne) its name. */
static int
body_that_spoke(struct qx *x, size_t ms, size_t *ns, size_t *ne)
{
	int mid = x->body_ns != 0 && x->body_ne <= ms;

	if (x->body_first_ns != 0 && x->body_first_ne <= ms &&
	    (!mid || x->body_first_ns > x->body_ns) &&
	    written_mid_sentence(x, x->body_first_ns - 1, x->body_first_ne)) {
		*ns = x->body_first_ns - 1;
		*ne = x->body_first_ne;
		return 1;
	}
	if (!mid)
		return 0;
	*ns = x->body_ns - 1;
	*ne = x->body_ne;
	return 1;
}

/*
 * Is the mention [ms, me) an age standing for a person, "the 54-year-old"?
 * News style calls the person last named so (one person, as he or she).
 */
static int
age_epithet(const char *s, size_t ms, size_t me)
{
	static const char tail[] = "-year-old";
	size_t p = ms + 4, n = sizeof(tail) - 1;

	if (me - ms < 4 + 1 + n || (s[ms] | 0x20) != 't' ||
	    !text_range_eq(s, ms, ms + 4, "the "))
		return 0;
	while (p < me && (unsigned)(s[p] - '0') < 10)
		p++;
	return p > ms + 4 && me - p == n && text_range_eq(s, p, me, tail);
}

/*
 * Is [ns, ne) a transcript's turn label: at a line's start, a colon
 * right after it ("A: I grew up near one.", "JAKE TAPPER: Governor, ...")?
 */
static int
turn_label(const struct qx *x, size_t ns, size_t ne)
{
	return ne < x->len && x->s[ne] == ':' && (ns == 0 ||
	    x->s[ns - 1] == '\n');
}

/*
 * Who answers in a Q&A: the first person its introduction names, before
 * its first "Q:" turn, as a Q&A's title and introduction open on whom it
 * interviews ("Q&A with Vice President Joe Biden. / ... / Q: ... / A:
 * ...", "The novelist Ann Patchett spoke with us about her new book.");
 * the names after it are those the introduction mentions on the way
 * (a judge, a publisher) and those the questions name.  Worked out once
 * an article; none when the introduction names no person.  Past
 * NAME_RING_MAX names only the last ones are kept: the first person
 * among those answers.
 */
static struct str
qa_answerer(struct qx *x, size_t pos)
{
	const char *s = x->s, *p;
	size_t first = pos, i;
	enum speaker_kind kind;

	if (x->qa_known)
		return x->qa_answerer;
	x->qa_known = 1;
	x->qa_answerer = str_make(NULL, 0);
	if (pos >= 2 && s[0] == 'Q' && s[1] == ':')
		return x->qa_answerer;
	if ((p = memmem(s, pos, "\nQ:", 3)) != NULL)
		first = (size_t)(p - s) + 1;
	speaker_names_scan_to(x, first);
	for (i = x->nring > NAME_RING_MAX ? x->nring - NAME_RING_MAX : 0;
	    i < x->nring; i++) {
		struct name *nm = &x->ring[i % NAME_RING_MAX];

		if (nm->end > first)
			break;
		if (!nm->person)
			continue;
		kind = ring_kind(x, nm);
		if (kind == SPEAKER_PERSON || kind == SPEAKER_MAYBE) {
			x->qa_answerer = str_make(s + nm->start,
			    nm->end - nm->start);
			break;
		}
	}
	return x->qa_answerer;
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
	/* a title heading the mention: its holder, named before */
	if (resolve_title(x, a->ms, a->me, &ns, &ne))
		return str_make(x->s + ns, ne - ns);
	/* "the company", "the ministry": the body last named so */
	if (a->ns == a->ne && resolve_body(x, a->ms, a->me, &ns, &ne))
		return str_make(x->s + ns, ne - ns);
	/* "the 54-year-old": the person last named */
	if (a->ns == a->ne && age_epithet(x->s, a->ms, a->me)) {
		struct str r;

		return resolve_pronoun(x, a->ms, 1, 0, &r) ? r : none;
	}
	/* "A:", a Q&A's answer: who the Q&A interviews (the letter is
	 * no name the mention readers read) */
	if (a->ns == a->ne && a->me == a->ms + 1 && x->s[a->ms] == 'A' &&
	    turn_label(x, a->ms, a->me))
		return qa_answerer(x, a->ms);
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
	/* a place, a medium, an event, a dateline never speaks */
	kind = memo_kind(x, a->ns, a->ne, NULL, NULL, 0);
	if (kind == SPEAKER_NONE) {
		/* but a transcript's turn label does: "JAKE TAPPER:" is
		 * the name in capitals (the kind test reads capitals as a
		 * headline's); "Q:" is none */
		if (!turn_label(x, a->ns, a->ne) || a->ne - a->ns == 1)
			return none;
		return str_make(x->s + a->ns, a->ne - a->ns);
	}
	if (words == 1 && (kind == SPEAKER_ORG || kind == SPEAKER_MAYBE) &&
	    !outlet_cue(a->cue))
		note_body(x, a->ns, a->ne);
	return str_make(x->s + a->ns, a->ne - a->ns);
}
