/*
 * speaker_int.h — the word tests the names scan (speaker.c) and the
 * mention readers (speaker_mention.c) share: the shape and the lexicon's
 * say on a name word (namey_shape, namey_lex), the words that end a run
 * of names unread (ends_run, after gap_end), what a word read for a
 * subject is (subject_word: a pronoun, a name word or neither), where a
 * run of capitalised words' name starts once titles are stripped
 * (run_name_start), and the adjective titles that modify a noun rather
 * than name a speaker (title_adjectives, adjective_before_noun).
 *
 * They are static inline so that both files keep them inlined, as they
 * were when the two were one file: the mention readers are on the quote
 * pass's hot path (mention_back is one of the largest subtrees of make
 * prof's quotes run).
 * Private: nothing but speaker.c, speaker_desc.c and speaker_mention.c
 * includes it.
 */
#ifndef QUARRY_SPEAKER_INT_H
#define QUARRY_SPEAKER_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "quotes_int.h"
#include "text.h"

/* --- limits --- */

/* Bytes of one name word; the longest surnames are about 35 bytes. */
#define NAME_WORD_BYTES_MAX	40

/* --- name runs --- */

/* A name run's words as a mention reader read them, and their classes. */
struct name_run {
	struct text_word w[RUN_WORDS_MAX];
	uint32_t	 lx[RUN_WORDS_MAX];
	size_t		 first, n;	/* the name proper is w[first .. n) */
	int		 titles;	/* titles alone: w[first] the last */
};

/* speaker_mention_name_run_fwd keeping the run's words in *r (the name
 * proper is r->w[r->first .. r->n)). */
void	speaker_mention_run_fwd(const char *s, size_t end,
	    struct text_word w, uint32_t lx, struct attr *a,
	    struct text_word *last, struct name_run *r);

/* speaker_kind_of(s, len, a->ns, a->ne) of the name a name run reader
 * read into *a and *r. */
static inline enum speaker_kind
run_kind(const char *s, size_t len, const struct attr *a,
    const struct name_run *r)
{
	return speaker_kind_of_run(s, len, a->ne, r->w + r->first,
	    r->lx + r->first, r->n - r->first);
}

/* Does the word w end in the bytes of tail (ASCII case aside)? */
static inline int
word_ends_in(const char *s, const struct text_word *w, const char *tail)
{
	size_t n = strlen(tail), i;

	if (w->end - w->start <= n + 1)
		return 0;
	for (i = 0; i < n; i++)
		if (((unsigned char)s[w->end - n + i] | 0x20) != tail[i])
			return 0;
	return 1;
}

/* --- titles (the person-name test is speaker_kind.c's) --- */

/*
 * Titles that are adjectives: alone before a lower-case word they
 * modify its noun ("the Republican nomination", "a GOP debate", "the
 * Democratic front-runner", "former president"), never a subject that a
 * verb follows.
 */
static const char *const title_adjectives[] = {
	"republican", "democratic", "gop", "former", "federal", "foreign",
	"national", "deputy", "vice", "prime", "supreme", NULL
};

/*
 * Is the name run [w, last] one adjective title with a lower-case word
 * after it, nw ("Republican front-runner Donald Trump" reads
 * "Republican" first)?
 */
static inline int
adjective_before_noun(const char *s, const struct text_word *w,
    const struct text_word *last, const struct text_word *nw)
{
	return w->start == last->start && !(nw->flags & TEXT_W_CAP) &&
	    text_word_in(s, w, title_adjectives);
}

/* --- name words --- */

/* Has the word the shape of a name word (before the lexicon has a say)? */
static inline int
namey_shape(const struct text_word *w)
{
	return (w->flags & (TEXT_W_CAP | TEXT_W_INITIAL)) &&
	    !(w->flags & TEXT_W_DIGIT) &&
	    w->end - w->start <= NAME_WORD_BYTES_MAX;
}

/*
 * Does the lexicon let a word of name shape with classes lx in a name?
 * A cue is no name word ("Says", "Told") unless in capitals or the head
 * of an organisation's name as well: "the Washington Post", "Drudge
 * Report", "the United States" speak.
 */
static inline int
namey_lex(const struct text_word *w, uint32_t lx)
{
	if (lx & LX_CAL)
		return 0;
	return !(lx & LX_CUE) || (lx & LX_ORG) || (w->flags & TEXT_W_ALLCAP);
}

/*
 * For each first letter, bit n set when a particle's second byte is
 * 'a' + n (taken mod 32), bit PART_ALONE when the letter is a particle
 * alone ("y"): "and", "the", "as" share a first letter and a length with
 * "al", "ter", "abu", but no second letter.  Built from the lexicon's
 * LX_PART words as lexicon_particle_lens is; the first element takes the
 * words before LEX_FROM(a), which are none.
 */
#define PART_ALONE	26
#define PART_SECOND(b)	(((unsigned)(b) - 'a') & 31)
#define PART_PAIR_BIT(w)	((uint32_t)1 << (sizeof(w) > 2 ?	\
	PART_SECOND((unsigned char)(w)[1]) : PART_ALONE))
static const uint32_t particle_pairs[1 + LEXICON_LETTERS] = {
	0
#define LEX(w, c)	| ((c) & LX_PART ? PART_PAIR_BIT(w) : 0)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
#undef PART_PAIR_BIT

/*
 * Does the word at q (the end of a gap, q < len) end a run of names
 * whatever it is (the names scan and name_run_fwd need not read it)?  A
 * word that starts with a lower-case letter is no name word, and it is
 * no particle when no particle starts with its letter, or
 * when it is a plain run of lower-case letters (ended by a space, a comma,
 * a mark: the word is the run) of a length no particle of its letter has,
 * or whose second letter none of them has.  A word that starts with a
 * digit is neither ("Trump 2016"), and a mark E2 80 xx (U+2000-U+203F:
 * curly quotes, dashes; no letter, no digit, no blank) is in the gap
 * before the next word, which no blank gap then joins to the run
 * ("Trump “Make").
 */
static inline __attribute__((always_inline)) int
ends_run(const char *s, size_t len, size_t q)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned b = u[q], k = b - 'a', t;
	size_t e = q + 1;

	if (k >= LEXICON_LETTERS)
		return (unsigned)(b - '0') < 10 || (b == 0xe2 &&
		    len - q >= 3 && u[q + 1] == 0x80 &&
		    (u[q + 2] & 0xc0) == 0x80);
	if (lexicon_particle_lens[1 + k] == 0)
		return 1;
	while (e < len && e - q <= TEXT_LEX_WORD_MAX &&
	    (unsigned)(u[e] - 'a') < LEXICON_LETTERS)
		e++;
	if (e >= len || e - q > TEXT_LEX_WORD_MAX)
		return 0;
	t = u[e];
	if (t >= 0x80 || t == '\'' || t == '-' || t == '.' ||
	    (t >= '0' && t <= '9') || ((t | 0x20) >= 'a' && (t | 0x20) <= 'z'))
		return 0;
	if (!((lexicon_particle_lens[1 + k] >> (e - q - 1)) & 1))
		return 1;
	return !((particle_pairs[1 + k] >> (e - q == 1 ? PART_ALONE :
	    PART_SECOND(u[q + 1]))) & 1);
}

/*
 * text_word_gap_end for the common gap, one space before an ASCII letter
 * or digit, without the call.
 */
static inline size_t
gap_end(const char *s, size_t len, size_t pos)
{
	unsigned char b;

	if (len - pos >= 2 && s[pos] == ' ' && (b = (unsigned char)s[pos + 1],
	    (unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10))
		return pos + 1;
	return text_word_gap_end(s, len, pos);
}

/*
 * The end of the word at q when it is lower-case ASCII letters with a
 * space or a comma after them (the word text_word_next reads from q: no
 * capital, no abbreviation, no possessive), else 0.
 */
static inline size_t
lower_word_end(const char *s, size_t len, size_t q)
{
	size_t e = q, n;

	do {
		if (len - e < TEXT_RUN8)
			return 0;
		n = text_lower_run8(s + e);
		e += n;
	} while (n == TEXT_RUN8);
	return e > q && (s[e] == ' ' || s[e] == ',') ? e : 0;
}

/*
 * What a word read for a subject is, from one lookup: a pronoun
 * (lexicon_is_pronoun, not in capitals), a name word that may open a
 * run (speaker_word_is_namey, not LX_CAPSTOP), or neither.
 */
enum subject_word {
	SW_NONE,
	SW_PRONOUN,
	SW_NAME,
};

/*
 * For each first letter, bit n - 1 set when a pronoun (LX_PRON) of n
 * bytes starts with it, from the lexicon's words as lexicon_particle_lens
 * is built: a word read for a subject that is neither one by its letter
 * and length nor name-shaped needs no lookup ("the", "said", "about").
 */
#define PRON_LEN_BIT(w)	((uint32_t)1 << (sizeof(w) - 2))
static const uint32_t pronoun_lens[1 + LEXICON_LETTERS] = {
	0
#define LEX(w, c)	| ((c) & LX_PRON ? PRON_LEN_BIT(w) : 0)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
#undef PRON_LEN_BIT

static inline int
may_be_pronoun(const char *s, const struct text_word *w)
{
	size_t n = w->end - w->start;
	unsigned k = ((unsigned char)s[w->start] | 0x20) - 'a';

	return k < LEXICON_LETTERS && n - 1 < TEXT_LEX_WORD_MAX &&
	    ((pronoun_lens[1 + k] >> (n - 1)) & 1);
}

/* What w is (enum subject_word); *lxp gets its classes when it was
 * looked up (a pronoun or a name word always is), for the name reader
 * that takes the word next (name_run_fwd): one lookup, not two.  Always
 * inlined: the clause readers call it for every word they pass. */
static inline __attribute__((always_inline)) enum subject_word
subject_word(const char *s, const struct text_word *w, uint32_t *lxp)
{
	uint32_t lx;

	if (!namey_shape(w) && !may_be_pronoun(s, w))
		return SW_NONE;
	*lxp = lx = lexicon_of(s, w);

	if ((lx & LX_PRON) && !(w->flags & TEXT_W_ALLCAP) &&
	    !(w->end - w->start == 1 && s[w->start] == 'i'))
		return SW_PRONOUN;
	if (namey_shape(w) && namey_lex(w, lx) && !(lx & LX_CAPSTOP))
		return SW_NAME;
	return SW_NONE;
}

/*
 * The classes of run[i], or of its stem without a possessive or period
 * when stem is set.  lx, if not NULL, holds the classes of each whole
 * word, looked up as the run was read; a stem that is the whole word
 * takes them from there.
 */
static inline uint32_t
run_lex_slow(const char *s, const struct text_word *run, const uint32_t *lx,
    size_t i, int stem)
{
	struct text_word w = run[i];

	if (stem)
		w.end = text_word_stem_end(s, &run[i]);
	if (lx != NULL && w.end == run[i].end)
		return lx[i];
	return lexicon_of(s, &w);
}

static inline uint32_t
run_lex(const char *s, const struct text_word *run, const uint32_t *lx,
    size_t i, int stem)
{
	/* a word's stem is shorter only behind an abbreviation's period
	 * or a possessive, and the word's flags say so */
	if (lx != NULL && (!stem ||
	    !(run[i].flags & (TEXT_W_ABBREV | TEXT_W_POSS))))
		return lx[i];
	return run_lex_slow(s, run, lx, i, stem);
}

/*
 * Organisation words that head an institution's name, and are no
 * surname, month, medium or place ("Prime Minister May", "Secretary of
 * State Twitter" are none): a title before them names the institution.
 */
static const char *const institution_heads[] = {
	"department", "ministry", "court", "committee", "party", "office",
	"bureau", "agency", "commission", "council", "board", "fund",
	"union", "university", "institute", "foundation", "bank", "church",
	"service", "association", "administration", "center", "centre",
	"campaign", "league", "reserve", "workers", NULL
};

/*
 * Where the name of the run run[0 .. n) starts when its titles end at
 * first (0 < first < n): a company's name that opens on a title is the
 * company's whole (speaker_desc.c: "General Motors Co").  Out of line:
 * only a run whose last title may open a company's name asks.
 */
/* Is w a company's legal suffix or an industry word that ends its name
 * ("Inc", "Corp", "Energy", "Electric")?  speaker_desc.c. */
int	speaker_desc_company_word(const char *s, const struct text_word *w);
size_t	speaker_desc_title_company(const char *s, const struct text_word *run,
	    const uint32_t *lx, size_t n, size_t first);

/*
 * Titles that are common surnames too ("Stephen King", "Julie Bishop",
 * "Mark Judge", "Amy Pope", "John Constable"): after a given name, at
 * the run's end, the surname.  Not the titles of an office, which take
 * "of" and a body ("Clinton Chief of Staff Cheryl Mills").
 */
static const char *const surname_titles[] = {
	"king", "bishop", "judge", "pope", "prince", "constable", "imam",
	"emir", "sheriff", "cardinal", NULL
};

/*
 * Post-nominal letters, written in capitals after the name they qualify:
 * a member of a parliament or an assembly (MP, MSP, MLA, TD), a senior
 * barrister (KC, QC; SC in Ireland, SAN in
 * Nigeria) or an honour ("Jeremy Hunt MP", "Sarah Whitehouse KC", "Femi
 * Falana SAN").  The name ends before them.
 */
static const char *const post_nominals[] = {
	"mp", "mpp", "msp", "mla", "mlc", "mep", "mna", "mha", "td", "kc",
	"qc", "sc", "san", "obe", "cbe", "mbe", "kbe", "dbe", NULL
};

/*
 * The length of the run run[0 .. n) without the post-nominals that end
 * it, when two name words, neither a title nor an organisation word,
 * stand before them: "Dame Meg Hillier MP" -> "Dame Meg Hillier" (was
 * "MP": a title, stripped from the front); "Labour MP", "Labour Party
 * MP" keep theirs, no person's name before them.  The flags first: most
 * runs end on no word in capitals.
 */
static inline size_t
run_name_end(const char *s, const struct text_word *run, const uint32_t *lx,
    size_t n)
{
	while ((run[n - 1].flags & TEXT_W_ALLCAP) && n >= 3 &&
	    run[n - 1].end - run[n - 1].start <= 3 &&
	    (run[n - 2].flags & (TEXT_W_CAP | TEXT_W_ALLCAP)) == TEXT_W_CAP &&
	    !((lx[n - 2] | lx[n - 3]) & (LX_TITLE | LX_ORG)) &&
	    text_word_in(s, &run[n - 1], post_nominals))
		n--;
	return n;
}

/*
 * Does a capitalised title and "for" or "of" stand right before pos
 * ("Minister for Housing", "Chief Justice of India")?  The bytes first:
 * most runs follow no such preposition.
 */
static inline int
after_title_prep(const char *s, size_t pos)
{
	struct text_word t;
	size_t e;

	if (pos < 6 || (s[pos - 2] != 'r' && s[pos - 2] != 'f') ||
	    s[pos - 1] != ' ')
		return 0;
	if (s[pos - 2] == 'r' && s[pos - 3] == 'o' && s[pos - 4] == 'f' &&
	    s[pos - 5] == ' ')
		e = pos - 5;
	else if (s[pos - 2] == 'f' && s[pos - 3] == 'o' && s[pos - 4] == ' ')
		e = pos - 4;
	else
		return 0;
	t.start = e;
	while (t.start > 0 && e - t.start <= TEXT_LEX_WORD_MAX &&
	    (unsigned)((s[t.start - 1] | 0x20) - 'a') < 26)
		t.start--;
	if (t.start == e || (unsigned)(s[t.start] - 'A') >= 26)
		return 0;
	t.end = e;
	t.flags = TEXT_W_CAP;
	return (lexicon_of(s, &t) & LX_TITLE) != 0;
}

/*
 * Where the name starts in a run of three words or more after a title's
 * "for" or "of": the words of the portfolio or the seat come first, as
 * Irish, Singaporean and Indian copy writes the office in full before
 * the name ("Minister for Housing James Browne", "Minister of State for
 * Manpower Koh Poh Koon", "Chief Justice of India Sanjiv Khanna"): at
 * its first given name after the first word, else after that word and
 * the portfolio's head nouns after it, two words left for the name
 * ("Minister for Foreign Affairs Penny Wong").  A run that ends on an
 * organisation's word is the body's name ("CEO of Washington Restaurant
 * Association").
 * Out of line: few runs follow such a title.
 */
static __attribute__((noinline)) size_t
portfolio_name_start(const char *s, const struct text_word *run, size_t n)
{
	size_t i;

	for (i = 1; i + 1 < n; i++)
		if (speaker_kind_given_word(s, &run[i]))
			return i;
	for (i = 1; i + 2 < n && speaker_kind_portfolio_word(s, &run[i]); i++)
		;
	return i;
}

/*
 * Split a run of capitalised words into its name: drop sentence-opening
 * function words and everything up to the last title ("Russian President
 * Vladimir Putin" -> "Vladimir Putin").  A run that ends on a title that
 * names an organisation as well, no name after it, is that
 * organisation's name whole: "the White House", "the Associated Press",
 * "Islamic State" (not "House", "Press", "State"), and so is one whose
 * titles stand before an organisation word: "the Justice Department"
 * (when institution is set: the mention readers; the names scan
 * remembers people, and such a run is none).  Returns the index of the
 * first name word.
 */
static inline size_t
run_name_start(const char *s, const struct text_word *run,
    const uint32_t *lx, size_t n, int institution)
{
	size_t i, first = 0, lead = 0, tl;
	unsigned char b;

	for (i = 0; i < n; i++) {
		if (run_lex(s, run, lx, i, 0) & LX_TITLE) {
			first = i + 1;
			continue;
		}
		if (i == first && (run_lex(s, run, lx, i, 1) & LX_CAPSTOP))
			first = i + 1;
	}
	/* a portfolio's adjective may be a title's too ("Foreign",
	 * "National"): the portfolio rule reads past it */
	if (n >= 3 && first + 1 < n && after_title_prep(s, run[0].start) &&
	    !(run_lex(s, run, lx, n - 1, 1) & LX_ORG)) {
		i = portfolio_name_start(s, run, n);
		return i > first ? i : first;
	}
	/* titles before the head noun of an institution name it, not a
	 * person in it: "the Justice Department", "the Supreme Court",
	 * "the Defence Ministry" (not "Department", "Court"), with the
	 * words between: "the National Weather Service", "the Federal
	 * Aviation Administration" (not "Weather Service") */
	if (institution && first > 0 && first < n &&
	    (run_lex(s, run, lx, n - 1, 1) &
	    LX_ORG) && text_word_in(s, &run[n - 1], institution_heads))
		first = n;
	/* "General Motors Co": a title that opens a company's name is
	 * one of four, and the first byte and the length of "general",
	 * "national", "federal", "royal" turn most titles away before a
	 * call */
	if (first > 0 && first < n && (b = (unsigned char)s[run[first -
	    1].start] | 0x20, tl = run[first - 1].end - run[first - 1].start,
	    ((b == 'g' || b == 'f') && tl == 7) || (b == 'n' && tl == 8) ||
	    (b == 'r' && tl == 5)))
		return speaker_desc_title_company(s, run, lx, n, first);
	if (first == n && n > 0 && (run_lex(s, run, lx, n - 1, 1) & LX_ORG)) {
		while (lead < n - 1 &&
		    (run_lex(s, run, lx, lead, 1) & LX_CAPSTOP))
			lead++;
		return lead;
	}
	/* a title that is a surname too, ending the run right after a
	 * given name, is the surname: "Stephen King", "Julie Bishop" (not
	 * "King", "Bishop") */
	if (first == n && n >= 2 &&
	    !(run_lex(s, run, lx, n - 2, 0) & LX_TITLE) &&
	    text_word_in(s, &run[n - 1], surname_titles) &&
	    speaker_kind_given_word(s, &run[n - 2]))
		return n - 2;
	return first;
}

/* --- shared by speaker.c and speaker_mention.c --- */

/*
 * Does the sentence start at a (blanks, opening quotes and brackets
 * before it back to a sentence's end, a line's start or the text's)?
 * speaker.c.
 */
int	speaker_starts_sentence(const char *s, size_t a);

/* --- shared by speaker.c and speaker_desc.c --- */

/* The names scan (speaker.c): names read up to limit into the ring. */
void	speaker_names_scan_to(struct qx *x, size_t limit);
/* speaker_kind_of a remembered name, worked out once (speaker.c). */
enum speaker_kind speaker_ring_kind(struct qx *x, struct name *nm);
/* The last organisation that spoke before ms (speaker.c): 1 with
 * [*ns, *ne) its name. */
/* The last acronym that spoke before ms ("NASA said ... The agency
 * said"; speaker_body.c): 1 with [*ns, *ne). */
int	speaker_body_acronym(const struct qx *x, size_t ms, size_t *ns,
	    size_t *ne);
int	speaker_body_that_spoke(struct qx *x, size_t ms, size_t *ns,
	    size_t *ne);
/* The description [ms, me) resolved to the person last named with its
 * title, or to the body of its noun's kind (speaker_desc.c): 1 with
 * [*ns, *ne) the name. */
int	speaker_desc_title(struct qx *x, size_t ms, size_t me, size_t *ns,
	    size_t *ne);
int	speaker_desc_body(struct qx *x, size_t ms, size_t me, size_t *ns,
	    size_t *ne);

/* --- speaker_epithet.c, asked by speaker_of --- */

/* Is the mention [ms, me) an age, "the 54-year-old"? */
int	speaker_epithet_age(const char *s, size_t ms, size_t me);
/* The person the text gave the age of the epithet [ms, me): 1 with
 * *out the name. */
int	speaker_epithet_age_holder(struct qx *x, size_t ms, size_t me,
	    struct str *out);
/* Is the mention [ms, me), name [ns, ne), "the" and a people's word for
 * one person ("the Italian")? */
int	speaker_epithet_people(const char *s, size_t ms, size_t me,
	    size_t ns, size_t ne);
/* Is r the only person named near the people's epithet at ms? */
int	speaker_epithet_people_alone(struct qx *x, size_t ms, struct str r);
/* Is [ns, ne) a transcript's turn label? */
int	speaker_epithet_turn_label(const struct qx *x, size_t ns, size_t ne);
/* Who answers in the Q&A whose answer's label is at pos. */
struct str speaker_epithet_qa_answerer(struct qx *x, size_t pos);

/* --- speaker.c's helpers for speaker_body.c --- */

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

/* Does the article "the" stand right before pos? */
int	speaker_article_before(const char *s, size_t pos);

/* Bytes of a word the document test reads: longer words are kept as
 * names (a common noun at a sentence's start is rarely this long). */
#define DOC_WORD_MAX	24
/* What speaker_doc_spellings found of a word nearby: written in lower
 * case, or with its own first letter where no sentence starts. */
#define DOC_LOWER	1
#define DOC_MID		2

/* The spellings of the word [a, b) nearby: DOC_LOWER | DOC_MID. */
unsigned speaker_doc_spellings(const struct qx *x, size_t a, size_t b);

/* --- speaker_body.c, asked by speaker_of --- */

/* Remember [ns, ne), one word that spoke, as the last body that did. */
void	speaker_body_note(struct qx *x, size_t ns, size_t ne);
/* Is the cue a news outlet's verb ("Reuters reported")? */
int	speaker_body_outlet_cue(struct str cue);

/* "a spokeswoman for the ministry": 1 with [*ns, *ne) the body's name
 * (speaker_desc.c); speaker_of tests "spok" at the mention's third or
 * fifth byte first.  The shortest such mention, "a spokesman for the
 * firm", has 24 bytes. */
#define SPOKES_FOR_BYTES_MIN	24
int	speaker_desc_spokes_for(struct qx *x, size_t ms, size_t me,
	    size_t *ns, size_t *ne);

#endif /* QUARRY_SPEAKER_INT_H */
