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
 * This file owns stage 2 (the pairer) and the classification and
 * bookkeeping of stage 3.  Stage 1, the marks (which glyphs are quotation
 * marks, which way each points, which can open or close), is
 * quotes_mark.c's, behind quotes_mark.h.  The attribution windows are
 * read by attribution.c, the mentions by speaker_mention.c and the names
 * they resolve to by speaker.c, the words the extractor knows (cues,
 * titles, pronouns, organisation words...) are looked up by lexicon.c in
 * quotes_lexicon.def, and reported speech without marks is speech.c's;
 * quotes_int.h is what they share.
 *
 * Speed: every byte is read by the mark scanner and most by the name
 * scan, so both skip what cannot matter a block of bytes at a time (no
 * stop byte; no capital).  Output does not depend on it.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "quotes_mark.h"
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
/* Words read back from a fragment for the verb whose subject it quotes:
 * "he promised to "...""; "Putin described Kim as a "..."" is 4, and a
 * clause with an object and an adjunct ("wished Putin good health and
 * great results in his work "..."") about 10. */
#define FRAGMENT_VERB_WORDS_MAX	12
/* Wire style: how far back a paragraph that opens with a quote looks for
 * the speaker named before it ("John Smith said Tuesday." / "Mayor John
 * Smith spoke after the vote." and a paragraph between): two paragraphs,
 * and no more bytes than a long news paragraph holds. */
#define WIRE_PARAGRAPHS_MAX	2
#define WIRE_BYTES_MAX		600
/* The longest markup attribute value passed over whole: a URL or a
 * tweet's data ("https://twitter.com/janeroe/status/1", an image's
 * srcset runs to some 1,500 bytes). */
#define ATTR_VALUE_BYTES_MAX	2048

/* --- the pairer's open quotes --- */

struct open_q {
	int		 on;
	size_t		 start, olen;
	enum glyph	 g;
	enum fam	 fam;
	size_t		 para;		/* its last paragraph's text, if it
					 * went on past a break; else 0 */
};

/* --- classification --- */

/*
 * span_feats counts words only this far once the span is known not to be
 * Title Case: every test on the count is one of words < CLAUSE_WORDS_MIN,
 * words > SUBHEAD_WORDS_MAX, words >= STATEMENT_WORDS_MIN, words <= 4,
 * words >= 2 and words == 0, and each gives the same answer for a count
 * stopped at FEAT_WORDS_ENOUGH as for the whole count; a long quote need
 * not be tokenised twice (speaker_names_scan_to reads it as well).
 */
#define FEAT_WORDS_ENOUGH	(CLAUSE_WORDS_MIN > SUBHEAD_WORDS_MAX ?	\
	CLAUSE_WORDS_MIN : SUBHEAD_WORDS_MAX + 1)
_Static_assert(CLAUSE_WORDS_MIN <= FEAT_WORDS_ENOUGH &&
    SUBHEAD_WORDS_MAX < FEAT_WORDS_ENOUGH &&
    STATEMENT_WORDS_MIN <= FEAT_WORDS_ENOUGH && 4 < FEAT_WORDS_ENOUGH,
    "span_feats stops counting words below a limit that tests them");
/*
 * And it reads only this many at first: the tests words >=
 * STATEMENT_WORDS_MIN, words <= 4, words >= 2 and words == 0 give the
 * same answer for a count stopped here as for the whole one, and most
 * quotes are asked nothing else; the two tests against larger limits
 * (CLAUSE_WORDS_MIN, SUBHEAD_WORDS_MAX) ask feats_enough first, which
 * reads on to FEAT_WORDS_ENOUGH.
 */
#define FEAT_WORDS_FIRST	STATEMENT_WORDS_MIN
_Static_assert(STATEMENT_WORDS_MIN <= FEAT_WORDS_FIRST &&
    4 < FEAT_WORDS_FIRST && FEAT_WORDS_FIRST <= FEAT_WORDS_ENOUGH,
    "span_feats reads first as many words as the small tests need");

struct feats {
	size_t		 words;		/* up to FEAT_WORDS_FIRST, up to
					 * FEAT_WORDS_ENOUGH after
					 * feats_enough, or all */
	int		 cap;		/* first letter upper-case */
	int		 lower;		/* first letter lower-case */
	int		 strong_end;	/* . ! ? … inside the closing mark */
	int		 comma_end;	/* , inside the closing mark */
	int		 period_end;	/* . or … inside: the sentence ended */
	int		 title;		/* Title Case words, no stop */
	int		 more;		/* words may be left unread from pos */
	size_t		 pos;
};

static void
span_feats(const char *s, size_t len, const struct span *sp, struct feats *f)
{
	struct text_word w[FEAT_WORDS_FIRST];
	size_t p = sp->cstart, q, n, i;
	uint32_t c = 0;
	int all_title = 1;

	memset(f, 0, sizeof(*f));
	/* the words a block of text at a time (text_word_next_many), as
	 * many as the small tests need; more only while every word is
	 * Title Case */
	do {
		n = text_word_next_many(s, len, sp->cend, sp->cend, SIZE_MAX,
		    0, &p, w, FEAT_WORDS_FIRST);
		if (n > 0 && f->words == 0) {
			c = text_char_at(s, len, w[0].start);
			f->cap = text_is_upper(c) || text_is_digit(c);
			f->lower = text_is_lower(c);
		}
		for (i = 0; i < n && all_title; i++)
			if (!(w[i].flags & (TEXT_W_CAP | TEXT_W_DIGIT)) &&
			    !lexicon_is(s, &w[i], LX_TSMALL))
				all_title = 0;
		f->words += n;
	} while (n == FEAT_WORDS_FIRST && all_title);
	f->more = n == FEAT_WORDS_FIRST;
	f->pos = p;
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

/* Count the span's words on to FEAT_WORDS_ENOUGH, for the tests against
 * larger limits. */
static void
feats_enough(const char *s, size_t len, const struct span *sp,
    struct feats *f)
{
	struct text_word w[FEAT_WORDS_ENOUGH];

	if (!f->more || f->words >= FEAT_WORDS_ENOUGH)
		return;
	f->words += text_word_next_many(s, len, sp->cend, sp->cend, SIZE_MAX,
	    0, &f->pos, w, FEAT_WORDS_ENOUGH - f->words);
	f->more = 0;
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
		    !text_gap_is_blank(s, w.end, right))
			return 0;
		if (lexicon_is(s, &w, LX_NAMING))
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
    struct feats *f)
{
	size_t p;

	if (!sp->single || !sp->closed)
		return 0;
	feats_enough(s, len, sp, f);
	if (f->words > SUBHEAD_WORDS_MAX)
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
	    !text_word_next(s, hi, &p, &w) || !text_gap_is_blank(s, sp->end,
	    w.start) || !text_word_eq(s, &w, "by"))
		return 0;
	by_end = p;
	if (!text_word_next(s, hi, &p, &w) || !text_gap_is_blank(s, by_end,
	    w.start))
		return 0;
	if (text_word_eq(s, &w, "the") &&
	    !text_word_next(s, hi, &p, &w))
		return 0;
	return (w.flags & TEXT_W_CAP) != 0;
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
	    !text_gap_is_blank(s, sp->end, w.start) ||
	    !text_is_lower(text_char_at(s, hi, w.start)))
		return 0;
	lx = lexicon_of(s, &w);
	/* ""A," and "B."": a list of quotes, each one whole */
	if ((text_word_eq(s, &w, "and") || text_word_eq(s, &w, "or")) &&
	    quotes_mark_follows(s, len, w.end))
		return 0;
	if (f->comma_end)
		return (lx & LX_FUNC) && !(lx & LX_DET);
	return !(lx & (LX_CUE | LX_TITLE | LX_DET | LX_PRON));
}

/* Is the attribution's cue a cry ("chanting", "yelled")?  The cue is
 * looked up in its own bytes: it may be a literal (the ":" of a colon
 * attribution), not a range of the text, and the lookup may read the
 * eight bytes that end a word. */
static int
cue_is_cry(const struct attr *a)
{
	struct text_word w;

	if (a->cue.p == NULL || a->cue.len == 0)
		return 0;
	w.start = 0;
	w.end = a->cue.len;
	w.flags = 0;
	return lexicon_is(a->cue.p, &w, LX_CRY);
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

/* The subject of the clause from sstart whose verb of speech is w, as the
 * speaker of a quote no cue next to it attributes, w its cue: 1 with *a
 * set, or 0 if the clause has no subject that speaks. */
static int
verb_subject(const char *s, size_t sstart, const struct text_word *w,
    struct attr *a)
{
	memset(a, 0, sizeof(*a));
	if (!speaker_mention_clause_subject(s, sstart, w->start, a))
		return 0;
	a->found = 1;
	a->cue = str_make(s + w->start, w->end - w->start);
	return 1;
}

/*
 * The speaker of a fragment that no cue next to it attributes: the
 * subject of its clause when a verb of speech or stance comes before it
 * in the sentence ("Putin described Kim as a "shrewd and mature" politician",
 * "he promised to "make all necessary efforts"", "Kim Jong-un in response
 * wished Putin ... "to protect the sovereignty...""): the marks hold that
 * subject's words.  A scare quote in a sentence with no such verb ("pressing
 * "internal affairs."") keeps none.  1 with *a set.
 */
static int
fragment_subject(struct qx *x, size_t lo, size_t start, struct attr *a)
{
	const char *s = x->s;
	size_t sstart = attribution_sentence_start(s, x->len, lo, start);
	size_t q = start;
	struct text_word w;
	int i;

	for (i = 0; i < FRAGMENT_VERB_WORDS_MAX; i++) {
		if (!text_word_prev(s, sstart, &q, &w))
			return 0;
		if (w.flags & TEXT_W_CAP)
			continue;
		if (!lexicon_is(s, &w, LX_CUE | LX_REPORT | LX_NAMING |
		    LX_STANCE | LX_SPEECHACT))
			continue;
		return verb_subject(s, sstart, &w, a);
	}
	return 0;
}

/* Is the verb at pos negated ("have not said", "never speaks", "didn't
 * say")?  Reads the two words before it. */
static int
negated(const char *s, size_t lo, size_t pos)
{
	static const char *const nots[] = { "not", "never", "no", NULL };
	struct text_word w;
	size_t q = pos;
	int i;

	for (i = 0; i < 2 && text_word_prev(s, lo, &q, &w); i++)
		if (text_word_in(s, &w, nots) || (w.end - w.start > 3 &&
		    text_range_eq(s, w.end - 3, w.end, "n't")) ||
		    (w.end - w.start > 5 && text_range_eq(s, w.end - 5,
		    w.end, "n\xe2\x80\x99t")))
			return 1;
	return 0;
}

/*
 * Wire style names the speaker in a paragraph ("John Smith said
 * Tuesday.", "Mayor John Smith spoke after the vote.") and quotes them in
 * the paragraphs after, with no cue: a direct quote that opens its
 * paragraph with no attribution takes the subject of the last speech verb
 * in the WIRE_PARAGRAPHS_MAX paragraphs before it (not a negated one:
 * "Democrats have not said"), when that subject can speak.  A paragraph
 * with double quotation marks of any style ends the search: its quotes
 * have their own speakers, and the one after them inherits from them.
 * Reads at most WIRE_BYTES_MAX bytes back.  1 with *a set.
 */
static int
wire_speaker(struct qx *x, size_t lo, size_t start, struct attr *a)
{
	const char *s = x->s;
	const unsigned char *u = (const unsigned char *)s;
	size_t p = start, end, ps, q, sstart;
	struct text_word w;
	int k;

	while (p > lo && (s[p - 1] == ' ' || s[p - 1] == '\t'))
		p--;
	if (p > 0 && s[p - 1] != '\n' && s[p - 1] != '\r')
		return 0;		/* not the paragraph's opening */
	if (start > WIRE_BYTES_MAX && lo < start - WIRE_BYTES_MAX)
		lo = start - WIRE_BYTES_MAX;
	end = p;
	for (k = 0; k < WIRE_PARAGRAPHS_MAX; k++) {
		while (end > lo && (s[end - 1] == '\n' || s[end - 1] == '\r' ||
		    s[end - 1] == ' ' || s[end - 1] == '\t'))
			end--;
		if (end <= lo)
			return 0;
		ps = attribution_stop_back(u, lo, end, 0);
		if (quotes_mark_double_within(s, ps, end))
			return 0;
		q = end;
		while (text_word_prev(s, ps, &q, &w)) {
			if ((w.flags & TEXT_W_CAP) || !lexicon_is_cue(s, &w) ||
			    negated(s, ps, w.start))
				continue;
			sstart = attribution_sentence_start(s, x->len, ps,
			    w.start);
			return verb_subject(s, sstart, &w, a);
		}
		if (ps <= lo)
			return 0;
		end = ps;
	}
	return 0;
}

/*
 * Does the quote at `open` go on with the words before it in its
 * sentence: a comma right before the mark, after a word, and no cue among
 * the words from the sentence's start (lo bounds it) to that comma ("In
 * past campaigns, "we felt that ...," she said")?  A quote in lower case
 * there cannot open a sentence of its own: the marks hold the rest of
 * the clause those words open, and a closer after it reports the whole
 * sentence.  A cue among the words ("he replied, "...", "Asked about it,
 * "...") makes the comma the close of an attribution of their own.
 */
static int
lead_runs_on(const char *s, size_t len, size_t lo, size_t open)
{
	struct text_word w;
	size_t p = open, q, ss, n;

	while (p > lo && (s[p - 1] == ' ' || s[p - 1] == '\t'))
		p--;
	if (p <= lo || s[p - 1] != ',')
		return 0;
	q = p - 1;
	if (q <= lo || !text_is_alnum(text_char_before(s, q)))
		return 0;
	ss = attribution_sentence_start(s, len, lo, q);
	if (ss >= q)
		return 0;
	for (p = ss, n = 0; text_word_next(s, q, &p, &w); n++)
		if (lexicon_is_cue(s, &w))
			return 0;
	return n > 0;
}

static int
process(struct qx *x, const struct span *sp, size_t prev_end,
    size_t next_start)
{
	const char *s = x->s;
	struct feats f;
	struct attr after, before, *use = NULL, inh;
	size_t lo, hi, p;
	int embedded = 0, direct, attributed, notspeech = 0, weak = 0, r;
	struct str speaker = { NULL, 0 };

	/* a full list changes no more (speech_list_full): the quote and
	 * the sentences before it are not read */
	if (speech_list_full(x))
		return 0;
	/* the sentences before this quote are all classified; once the
	 * list is done (1), nothing this quote could take changes it */
	if ((r = speech_scan_to(x, sp->start)) != 0)
		return r == 1 ? 0 : -1;
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
		if (!text_is_space(text_char_before(s, p)))
			break;
	if (!(p > lo && s[p - 1] == ':'))
		p = sp->start;
	lo = attribution_stop_back((const unsigned char *)s, lo, p, 0);

	memset(&after, 0, sizeof(after));
	if (sp->closed)
		attribution_after(s, x->len, sp->end, hi, f.period_end, &after);
	/* Unmarked speech is speech only if a cue follows the dash. */
	if (sp->unmarked && (!after.found || !after.adjacent))
		return 0;
	attribution_before(s, x->len, lo, sp->start, &before, &embedded);

	attributed = after.found || (before.found && before.adjacent);
	if (after.found) {
		use = &after;
		direct = !embedded || (f.cap && f.words >= STATEMENT_WORDS_MIN);
		/* not when a pronoun follows the cue ("Smith, "tired and
		 * angry," said he would quit"): the pronoun opens what
		 * the cue reports, the lead is the cue's subject and the
		 * quote its aside (review R9) */
		if (f.lower && !before.found &&
		    !(after.pronoun && after.cue.p != NULL &&
		    (size_t)(after.cue.p - s) < after.ms) &&
		    lead_runs_on(s, x->len, lo, sp->start))
			direct = 0;
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
			if (c != ',' && c != ':' && !text_is_dash(c))
				feats_enough(s, x->len, sp, &f);
			if (c != ',' && c != ':' && !text_is_dash(c) &&
			    f.words < CLAUSE_WORDS_MIN &&
			    !cue_is_cry(&before))
				direct = 0;
		}
		/* "Reed said "the fear is as high as it's ever been" in the
		 * establishment": the sentence goes on, the marks hold part
		 * of it.  A comma inside the closing mark ends the speech
		 * ("Clinton said: "...," but in fact ..."). */
		if (!f.comma_end && !cue_is_cry(&before) &&
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

	/* a quote in a link line, "RELATED Trump: "I will win"": another
	 * story's headline, no speech of this one (speech_furniture.c) */
	if (speech_furniture_link_at(x, sp->start)) {
		direct = 0;
		notspeech = 1;
		use = NULL;
		attributed = 0;
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
	/* a speaker is not named only inside their own words */
	x->quote_start = sp->start;
	x->quote_end = sp->end;
	if (use != NULL) {
		speaker = speaker_of(x, use);
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
	} else if (direct && !embedded &&
	    wire_speaker(x, prev_end, sp->start, &inh)) {
		/* wire style: the speaker named paragraphs before */
		use = &inh;
		speaker = speaker_of(x, &inh);
		attributed = 1;
	}
	/*
	 * A fragment with no speaker yet is the words of its clause's
	 * subject when a verb of speech comes before it, or of the subject
	 * the fragment before it in the same sentence had ("a "shrewd and
	 * mature" politician who had "obviously won this round"").
	 */
	if (!direct && !notspeech && !f.title && speaker.p == NULL) {
		if (x->have_fragment && attribution_sentence_end(s, x->len,
		    x->prev_end, sp->start) == sp->start) {
			inh = x->fragment;
			use = &inh;
			speaker = x->fragment_speaker;
			weak = 1;
		} else if (fragment_subject(x, lo, sp->start, &inh)) {
			use = &inh;
			speaker = speaker_of(x, &inh);
			weak = 1;
		}
	}
	x->quote_start = x->quote_end = 0;
	{
		size_t n = x->out->n;

		if (push(x, sp, direct ? QUOTE_DIRECT : QUOTE_PARTIAL, use,
		    speaker) == -1)
			return -1;
		if (x->out->n > n)
			speech_note_quote(x, sp->start, sp->end, n, direct,
			    f.strong_end, weak, direct && use == &after ?
			    &after : NULL, speaker);
	}
	if (speaker.p != NULL && use != NULL && !weak) {
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
	x->have_fragment = weak && speaker.p != NULL;
	if (x->have_fragment) {
		x->fragment = *use;
		x->fragment_speaker = speaker;
	}
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
 * Is the ASCII mark at pos the opening of a markup attribute's value, a
 * scraped page's leftover HTML (<a href="...">, <blockquote
 * class="twitter-tweet" data-lang="en">, <tweet author="@x">)?  An
 * equals sign right before it: prose never writes one there.  The end
 * past the value's closing mark (the same byte, on the same line,
 * within ATTR_VALUE_BYTES_MAX), or 0.
 */
static size_t
attribute_value_end(const char *s, size_t len, size_t pos)
{
	const char *c;
	size_t lim;

	if (pos == 0 || s[pos - 1] != '=' || (s[pos] != '"' && s[pos] != '\''))
		return 0;
	lim = len - pos - 1 < ATTR_VALUE_BYTES_MAX ? len : pos + 1 +
	    ATTR_VALUE_BYTES_MAX;
	c = memchr(s + pos + 1, s[pos], lim - pos - 1);
	if (c == NULL || memchr(s + pos + 1, '\n', (size_t)(c - s) - pos -
	    1) != NULL)
		return 0;
	return (size_t)(c - s) + 1;
}

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
	start = attribution_sentence_start(x->s, x->len, lo, comma);
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

/*
 * Words of a speaker's own voice: what a quote says is said in the first
 * or second person, what the narrator of news copy says in the third.
 */
static const char *const voice_words[] = {
	"i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
	"ourselves", "you", "your", "yours", "yourself", "yourselves", NULL
};

/* Does [a, b) hold a word of the speaker's voice ("I", "we're", "our")? */
static int
speaks_in_voice(const char *s, size_t a, size_t b)
{
	struct text_word w;
	size_t p = a;

	while (text_word_next(s, b, &p, &w)) {
		struct text_word head = w;
		size_t e = w.start;

		/* "we're", "I'm": the word before the apostrophe */
		while (e < w.end && s[e] != '\'' && (unsigned char)s[e] < 0x80)
			e++;
		head.end = e;
		/* "US" is a country; "I" is the one capital word meant */
		if ((w.flags & TEXT_W_ALLCAP) && e - w.start > 1)
			continue;
		if (text_word_in(s, &head, voice_words))
			return 1;
	}
	return 0;
}

/*
 * An unclosed quote (no closing mark before its paragraph ends, and the
 * next paragraph does not open with a mark) ends at its paragraph's end,
 * unless the paragraph turns to the narrator first: the quote keeps its
 * first sentence (of its last paragraph, when it runs over several) and each next one that speaks in the speaker's voice
 * (I, we, our, you...), and ends before the first that does not.  A
 * scraped letter whose closing mark is lost ("On the occasion of
 * Liberation Day, a national holiday, I send my heartfelt congratulations.
 * Independent Korean governments were established three years later...")
 * is its letter, not the history after it.  Each sentence is read once.
 */
static int
emit_unclosed(struct qx *x, const struct open_q *o, size_t end)
{
	size_t cstart = o->start + o->olen, e, next;

	/* the paragraphs before its last one opened with a mark: speech */
	e = attribution_sentence_end(x->s, x->len, o->para > cstart ?
	    o->para : cstart, end);
	while (e < end) {
		next = attribution_sentence_end(x->s, x->len, e, end);
		if (next <= e || !speaks_in_voice(x->s, e, next))
			break;
		e = next;
	}
	if (e > end)
		e = end;
	end = trim_back(x->s, cstart, e);
	return emit(x, o, end, end, 0, 0);
}

/* Would a quote restarted at m have ended at a sentence end before it? */
static size_t
restart_bound(const char *s, size_t len, size_t lo, size_t pos)
{
	size_t p = pos;

	while (p > lo) {
		p--;
		if ((s[p] == '.' || s[p] == '!' || s[p] == '?') &&
		    text_word_is_sentence_end(s, len, p))
			return p + 1;
	}
	return trim_back(s, lo, pos);
}

static int
pair(struct qx *x)
{
	struct scan sc;
	struct mark m;
	struct open_q outer, inner;
	enum event ev;
	const char *s = x->s;
	size_t len = x->len, cont;

	memset(&sc, 0, sizeof(sc));
	sc.s = s;
	sc.len = len;
	memset(&outer, 0, sizeof(outer));
	memset(&inner, 0, sizeof(inner));
	/* with no quote open, a break changes nothing but sc.para (inner
	 * is only on inside outer): the scanner need not stop there */
	while (sc.paras = outer.on,
	    (ev = quotes_mark_next(&sc, &m)) != EV_END) {
		if (ev == EV_DASHQ) {
			if (!outer.on && on_dashq(x, sc.para, m.pos) == -1)
				return -1;
			continue;
		}
		if (ev == EV_PARA) {
			inner.on = 0;
			if (outer.fam == FAM_DOUBLE &&
			    (cont = quotes_mark_continues_at(s, len,
			    sc.pos)) != 0) {
				sc.pos = cont;
				sc.run_end = 0;
				outer.para = cont;
				continue;
			}
			if (outer.fam == FAM_DOUBLE &&
			    emit_unclosed(x, &outer, m.pos) == -1)
				return -1;
			outer.on = 0;
			continue;
		}
		if (!outer.on) {
			/* markup's attribute values are no quotes */
			if ((cont = attribute_value_end(s, len, m.pos)) != 0) {
				sc.pos = cont;
				sc.run_end = 0;
				continue;
			}
			if ((m.fam == FAM_DOUBLE &&
			    quotes_mark_double_can_open(&m)) ||
			    (m.fam == FAM_SINGLE &&
			    quotes_mark_single_can_open(s, len, &m))) {
				outer.on = 1;
				outer.start = m.pos;
				outer.para = 0;
				outer.olen = m.len;
				outer.g = m.g;
				outer.fam = m.fam;
			}
			continue;
		}
		if (outer.fam == FAM_SINGLE) {
			/* a top-level single quote: headlines, British copy */
			if (m.fam == FAM_SINGLE &&
			    quotes_mark_single_can_close(s, len, &m)) {
				if (emit(x, &outer, m.pos + m.len, m.pos, 1,
				    0) == -1)
					return -1;
				outer.on = 0;
			} else if (m.fam == FAM_DOUBLE &&
			    quotes_mark_double_can_open(&m)) {
				/* the single was an apostrophe after all */
				outer.start = m.pos;
				outer.para = 0;
				outer.olen = m.len;
				outer.g = m.g;
				outer.fam = m.fam;
			}
			continue;
		}
		/* inside a double quote */
		if (inner.on) {
			if (inner.fam == FAM_SINGLE && m.fam == FAM_SINGLE) {
				if (quotes_mark_single_can_close(s, len, &m)) {
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
			if (!inner.on &&
			    quotes_mark_single_can_open(s, len, &m)) {
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
		if (quotes_mark_double_closes(outer.g, &m)) {
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
		outer.para = 0;
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
	/* all but the ring of names, which nring says is empty */
	memset(x, 0, offsetof(struct qx, ring));
	x->s = art->body.p;
	x->len = art->body.len;
	x->out = &out->quotes;
	if (pair(x) == -1)
		return -1;
	if (x->have_pending && process(x, &x->pending,
	    x->have_prev ? x->prev_end : 0, x->len) == -1)
		return -1;
	if (speech_scan_to(x, x->len) == -1)
		return -1;
	speech_keep_outermost(x->out);
	return 0;
}

