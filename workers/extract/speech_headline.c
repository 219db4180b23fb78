/*
 * speech_headline.c — a paragraph that names its source before a colon
 * and the rest of it what the source said: a headline ("Graham: Trump's
 * 'Hateful Rhetoric' Destroying GOP's Chance", "Poll: Sanders Leads") or
 * a turn of a transcript ("BOULDUAN: You guys, back in January…"); and a
 * Title Case headline whose verb is "Says" ("Trump Says He Never Pledged
 * ...", "..., Former White House Doctor Says.").
 *
 * This file owns the headline rule (speech_headline_para, asked through
 * speech_headline_read of each sentence that opens a paragraph, before
 * its cues are read) and the tests of a paragraph's opening it is
 * written in: the source's colon, a speaker's label, a line in capitals
 * or in Title Case.  Title Case headlines with another verb of the
 * lexicon are speech_title.c's.
 */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/* A headline naming its source before a colon: the line is at most
 * this long ("Trump: Cruz Has 'To Come a Long Way' On Ethanol, He's For
 * Oil Because 'Oil Pays Him a Lot of Money.'" is 98), the source at most
 * this many bytes and words before the colon ("Wash Post Fact-Check",
 * "Dr. Ben Carson", "Bill Clinton"). */
#define HEADLINE_BYTES_MAX	200
#define HEADLINE_SOURCE_BYTES	40
#define HEADLINE_SOURCE_WORDS	5
/* Words of a speaker's label in a transcript: "KATE BOULDUAN:",
 * "Luciana Lopez:", "Q:". */
#define LABEL_WORDS_MAX		3
/* Blank bytes between two paragraphs read to find the next one's
 * label: a blank line, CR LF, some spaces. */
#define PARA_GAP_MAX		8
/* A broadcast transcript's label names the speaker, then a comma and
 * the role in capitals ("JAKE TAPPER, CNN HOST:", "SEN. JOE MANCHIN
 * (D), WEST VIRGINIA:"): the name at most this many bytes (a title, a
 * given name, an initial, a surname and a party: 40 holds "REP.
 * ALEXANDRIA OCASIO-CORTEZ (D)", 32), the role this many ("FORMER
 * ASSISTANT SECRETARY OF STATE FOR EUROPEAN AFFAIRS" is 54). */
#define ROLE_NAME_BYTES		40
#define ROLE_BYTES		80

/*
 * The colon after the source that opens the paragraph at ps (pe its
 * end): one to HEADLINE_SOURCE_WORDS capitalised words within
 * HEADLINE_SOURCE_BYTES, no small word after the first, no possessive
 * ("Big Win For Bernie", "Monday's Morning Email" are titles).  *n is
 * the count of words, *w the last one.  0 when there is none.
 * source_colon_words reads the words before the colon at c that
 * source_colon (below) found.
 */
static size_t
source_colon_words(const struct qx *x, size_t ps, size_t c, size_t *n,
    struct text_word *w)
{
	const char *s = x->s;
	size_t p;

	*n = 0;
	for (p = ps; text_word_next(s, c, &p, w); (*n)++)
		if (!(w->flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_INITIAL |
		    TEXT_W_DIGIT)) || *n >= HEADLINE_SOURCE_WORDS ||
		    (*n > 0 && (lexicon_of(s, w) & LX_TSMALL)) ||
		    (w->flags & TEXT_W_POSS))
			return 0;
	return *n > 0 ? c : 0;
}

/* Bytes of the colon test that three SSE2 registers read at once. */
#define COLON_BLOCK	48
_Static_assert(HEADLINE_SOURCE_BYTES <= COLON_BLOCK,
    "a source's colon lies in one block");

/*
 * The first ':' in [p, p + n) of the text, n at most
 * HEADLINE_SOURCE_BYTES; SIZE_MAX if none.  Inline, the block compared at
 * once where the text holds it: asked of every paragraph, most of which
 * open with no colon, and a call to memchr cost more than the test.
 */
static inline size_t
colon_within(const char *s, size_t len, size_t p, size_t n)
{
	const char *c;

#ifdef __SSE2__
	if (len - p >= COLON_BLOCK) {
		const __m128i colon = _mm_set1_epi8(':');
		const __m128i *v = (const __m128i *)(const void *)(s + p);
		uint64_t m;

		m = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128(v), colon)) |
		    (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128(v + 1), colon)) << 16 |
		    (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128(v + 2), colon)) << 32;
		m &= ((uint64_t)1 << n) - 1;
		return m != 0 ? p + (size_t)__builtin_ctzll(m) : SIZE_MAX;
	}
#endif
	c = memchr(s + p, ':', n);
	return c == NULL ? SIZE_MAX : (size_t)(c - s);
}

/*
 * The colon after the source that opens the paragraph [ps, pe), as
 * above; the words are read only when the colon test finds one.
 */
static inline size_t
source_colon(const struct qx *x, size_t ps, size_t pe, size_t *n,
    struct text_word *w)
{
	size_t c = colon_within(x->s, x->len, ps, pe - ps <
	    HEADLINE_SOURCE_BYTES ? pe - ps : HEADLINE_SOURCE_BYTES);

	return c == SIZE_MAX ? 0 : source_colon_words(x, ps, c, n, w);
}

/* A word that labels a paragraph or names the kind of article rather
 * than a source: "UPDATE:", "Correction:", "Video:", "Analysis:",
 * "Opinion:". */
static int
is_label(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit label[] =
	    SPEECH_WORDS(SPEECH_WORDS_PARA_LABEL);

	return speech_range_in(x->s, w->start, w->end, label,
	    sizeof(label) / sizeof(label[0]));
}

/*
 * An interjection or a page's word that opens a headline as a label, no
 * source ("Wow: Al Sharpton Just Said Something Unexpected",
 * "Bombshell:", "Headline:"): PolNeAR's sources speak; "Poll:",
 * "Report:" and a name do.
 */
static int
is_interjection(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit word[] =
	    SPEECH_WORDS(SPEECH_WORDS_INTERJECTION);

	return speech_range_in(x->s, w->start, w->end, word,
	    sizeof(word) / sizeof(word[0]));
}

/* The end of [a, b) without its trailing spaces. */
static size_t
trim_blank_end(const char *s, size_t a, size_t b)
{
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	return b;
}

/* Can byte c stand in a label written in capitals: a capital, a
 * letter outside ASCII ("JOSÉ"), a blank, or the punctuation of a
 * title, an initial, a party or a role ("SEN.", "(D)", "U.N.")? */
static int
role_byte(unsigned char c)
{
	return (unsigned)(c - 'A') < 26 || c >= 0x80 || c == ' ' ||
	    c == '.' || c == '\'' || c == '-' || c == '(' || c == ')' ||
	    c == '&' || c == '/' || c == ',';
}

/*
 * A broadcast transcript's label with its role, the comma at `comma`:
 * the name before it and the role after it in capitals, no digit, no
 * lower-case letter, then a colon and a blank ("JAKE TAPPER, CNN HOST:
 * ...", "NIKKI HALEY, FORMER U.N. AMBASSADOR: ...").  The name opens a
 * line.  The colon's offset, or 0.  A dateline has a date or a
 * lower-case month after its comma ("NEW DELHI, Dec 7:").
 */
size_t
speech_headline_role(const char *s, size_t len, size_t comma)
{
	size_t p, ps, caps = 0;

	if (comma >= len || s[comma] != ',')
		return 0;
	for (ps = comma; ps > 0 && s[ps - 1] != '\n'; ps--)
		if (comma - ps >= ROLE_NAME_BYTES ||
		    !role_byte((unsigned char)s[ps - 1]) || s[ps - 1] == ',')
			return 0;
	if (ps == comma || (unsigned)(s[ps] - 'A') >= 26)
		return 0;
	for (p = comma + 1; p < len && p - comma <= ROLE_BYTES; p++) {
		unsigned char c = (unsigned char)s[p];

		if (c == ':')
			return caps >= 2 && p + 1 < len && (s[p + 1] == ' ' ||
			    s[p + 1] == '\t') ? p : 0;
		if (!role_byte(c))
			return 0;
		caps += (unsigned)(c - 'A') < 26;
	}
	return 0;
}

/*
 * The label with a role that opens the paragraph [ps, pe): its colon,
 * *ne the name's end (before the comma).  0 when there is none.  The
 * name is read forward to its comma, and most paragraphs that open in
 * capitals ("US officials", "NATO's") leave off at their first word.
 */
static size_t
role_label(const struct qx *x, size_t ps, size_t pe, size_t *ne)
{
	const char *s = x->s;
	size_t p, lim, colon;

	lim = pe - ps < ROLE_NAME_BYTES ? pe : ps + ROLE_NAME_BYTES;
	for (p = ps; p < lim && s[p] != ',' && role_byte((unsigned char)s[p]);
	    p++)
		;
	if (p == lim || s[p] != ',' ||
	    (colon = speech_headline_role(s, pe, p)) == 0)
		return 0;
	*ne = trim_blank_end(s, ps, p);
	return colon;
}

/* Does the paragraph at ps open with two capitals, as a broadcast label
 * does ("JAKE TAPPER, CNN HOST:")?  Inline, before role_label: few
 * paragraphs do. */
static inline int
opens_in_capitals(const char *s, size_t ps, size_t pe)
{
	return pe - ps >= 4 && (unsigned)(s[ps] - 'A') < 26 &&
	    (unsigned)(s[ps + 1] - 'A') < 26;
}

/*
 * Does the paragraph at ps open with a speaker's label, as the turns of
 * a transcript do ("TAPPER: And obviously…", "Q: Did the Immigration
 * service…", "A: No, no one did.")?  One to LABEL_WORDS_MAX capitalised
 * words, two or more not opening with a determiner ("The Latest:"),
 * one not a label ("UPDATE:"), then a colon and a blank.  colon, n and
 * w are source_colon's answers for the paragraph.
 */
static size_t
label_of(const struct qx *x, size_t ps, size_t pe, size_t colon, size_t n,
    const struct text_word *w)
{
	const char *s = x->s;
	struct text_word first;
	size_t p = ps;

	if (colon == 0 || n > LABEL_WORDS_MAX || colon + 1 >= pe ||
	    (n == 1 && is_label(x, w)) ||
	    (s[colon + 1] != ' ' && s[colon + 1] != '\t') ||
	    !text_word_next(s, colon, &p, &first) ||
	    (n > 1 && (lexicon_of(s, &first) & LX_DET)))
		return 0;
	return colon;
}

/*
 * Does the paragraph [ps, pe) open with a Q&A's letter and a period,
 * "Q. Why write a book now?" / "A. I wanted to ...", as the New York
 * Times and magazines write the turns of an interview?  The period
 * stands for the label's colon: its position, else 0.
 */
static size_t
qa_letter(const char *s, size_t ps, size_t pe)
{
	return pe - ps > 3 && (s[ps] == 'Q' || s[ps] == 'A') &&
	    s[ps + 1] == '.' && s[ps + 2] == ' ' ? ps + 1 : 0;
}

/*
 * The label that opens the paragraph [ps, pe): label_of's, a Q&A's
 * letter (qa_letter) or a broadcast label with its role (role_label);
 * its colon, *ne the name's end.  0 when there is none.
 */
static size_t
label_colon(const struct qx *x, size_t ps, size_t pe, size_t *ne)
{
	struct text_word w;
	size_t n = 0, colon = source_colon(x, ps, pe, &n, &w);

	if ((colon = label_of(x, ps, pe, colon, n, &w)) != 0 ||
	    (colon = qa_letter(x->s, ps, pe)) != 0) {
		*ne = colon;
		return colon;
	}
	return opens_in_capitals(x->s, ps, pe) ? role_label(x, ps, pe, ne) :
	    0;
}

/* Is [a, b) written with no lower-case letter ("TAPPER", "NEW
 * DELHI")? */
static int
no_lower(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if ((unsigned)(s[a] - 'a') < 26)
			return 0;
	return 1;
}

/*
 * Are the labels [a, ae) and [b, be) of two neighbouring paragraphs two
 * turns of a transcript?  A transcript writes its speakers' labels
 * alike, all in capitals or none ("TAPPER:", "BASH:"; "Luciana Lopez:",
 * "Lopez:"; a letter, "Q:", goes with either), and a turn answers
 * another speaker: the same label twice running is no exchange.  A
 * dateline under a headline ("Budget 2024: ..." / "NEW DELHI: ...")
 * and a digest's datelines ("MUMBAI: ..." / "MUMBAI: ...") are so
 * told from turns.
 */
static int
labels_pair(const char *s, size_t a, size_t ae, size_t b, size_t be)
{
	if (ae - a == be - b && memcmp(s + a, s + b, ae - a) == 0)
		return 0;
	return ae - a == 1 || be - b == 1 ||
	    no_lower(s, a, ae) == no_lower(s, b, be);
}

/* Does the paragraph after the one ending at pe open with a label that
 * pairs with [ls, le) as a turn's (labels_pair)?  Reads at most
 * PARA_GAP_MAX + ROLE_NAME_BYTES + ROLE_BYTES bytes. */
static int
next_para_labelled(const struct qx *x, size_t pe, size_t ls, size_t le)
{
	const char *s = x->s;
	const char *nl;
	size_t p = pe, lim, ne;

	while (p < x->len && p - pe < PARA_GAP_MAX && (s[p] == '\n' ||
	    s[p] == '\r' || s[p] == ' ' || s[p] == '\t'))
		p++;
	if (p == pe || p >= x->len || s[p] == '\n')
		return 0;
	lim = x->len - p < ROLE_NAME_BYTES + ROLE_BYTES + 1 ? x->len :
	    p + ROLE_NAME_BYTES + ROLE_BYTES + 1;
	nl = memchr(s + p, '\n', lim - p);
	return label_colon(x, p, nl == NULL ? lim : (size_t)(nl - s),
	    &ne) != 0 && labels_pair(s, ls, le, p, ne);
}

/* Does the content [cs, ce) read as speech: CONTENT_WORDS_MIN words or
 * more, one of them in lower case ("Clinton: 547.", "Iowa: Tim
 * Albrecht, Brad Anderson, …" are tallies and lists)? */
static int
content_is_clause(const struct qx *x, size_t cs, size_t ce)
{
	struct text_word w;
	size_t n = 0, lower = 0, p = cs;

	while (text_word_next(x->s, ce, &p, &w)) {
		n++;
		if (!(w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT)))
			lower++;
		if (n >= CONTENT_WORDS_MIN && lower > 0)
			return 1;
	}
	return 0;
}

/* Is w "Says", "Say" or "Said", capitalised as a Title Case verb? */
static int
is_title_say(const struct qx *x, const struct text_word *w)
{
	return (w->flags & TEXT_W_CAP) && !(w->flags & TEXT_W_ALLCAP) &&
	    (is_word(x, w, "says") || is_word(x, w, "say") ||
	    is_word(x, w, "said"));
}

/* How far below a headline the story is read for its source's head noun
 * written in lower case: the lead and a paragraph or two (leads run 200
 * to 400 bytes; "the candidate's former doctor" is 150 bytes into the
 * lead under "..., Former White House Doctor Says."), so each headline
 * costs a bounded read. */
#define HEADLINE_NOUN_LOOKAHEAD	1500

/*
 * Is the last word of [ns, ne), a Title Case headline's source, a common
 * noun: does the story below (from `from`, HEADLINE_NOUN_LOOKAHEAD bytes)
 * write it in lower case as a word ("Doctor" -> "former doctor", "Clinton
 * Pollster" -> "pollster Douglas Schoen")?  A name is never written so.
 */
static int
headline_common_noun(const struct qx *x, size_t ns, size_t ne, size_t from)
{
	const char *s = x->s;
	char low[TEXT_LEX_WORD_MAX];
	size_t n, i, lim;
	const char *p;

	for (i = ne; i > ns && s[i - 1] != ' '; i--)
		;
	ns = i;
	n = ne - ns;
	if (n < 3 || n > sizeof(low) || (unsigned)((unsigned char)s[ns] -
	    'A') >= 26)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[ns + i];

		if (!((unsigned)((c | 0x20) - 'a') < 26))
			return 0;	/* one ASCII word */
		low[i] = (char)(c | 0x20);
	}
	lim = x->len - from < HEADLINE_NOUN_LOOKAHEAD ? x->len :
	    from + HEADLINE_NOUN_LOOKAHEAD;
	while (from + n <= lim && (p = memmem(s + from, lim - from, low,
	    n)) != NULL) {
		i = (size_t)(p - s);
		if (!text_is_letter(text_char_before(s, i)) && (i + n == x->len ||
		    !text_is_letter(text_char_at(s, x->len, i + n))))
			return 1;
		from = i + 1;
	}
	return 0;
}

/*
 * A headline in Title Case (a paragraph of one line, at most
 * HEADLINE_BYTES_MAX bytes) whose verb is "Says", "Say" or "Said":
 * "Trump Says He Never Pledged To Kill Family Members Of Terrorists",
 * "Former Clinton Pollster Says Clinton Is In Trouble": the source is
 * the one to HEADLINE_SOURCE_WORDS words that open the line, no comma
 * among them, and the rest is the content; or the line closes with the
 * verb, "Clinton Hid Past Health Problems From Public, Former White House
 * Doctor Says.": the content is the line up to the comma before the
 * source.
 */
static int
headline_says(struct qx *x, struct sent *t, size_t pe)
{
	const char *s = x->s;
	const char *c;
	size_t p = t->ss, n = 0, words = 0, caps = 0, small = 0, after = 0;
	size_t cs, ce;
	int sa = 0, say = 0;
	struct text_word w, cue, last;
	struct attr a;

	/* most lines hold no " Sa" and no "Say" or "Said" after their
	 * first byte, which the verb opens with: pass them over before
	 * reading words (a capital S is rare, memchr finds it fast; of
	 * the 12.7K lines of the dev bodies searched, 10.9K hold " Sa",
	 * mostly "San", "Saturday", "Sanders", 104 the verb) */
	for (c = s + t->ss; (c = memchr(c, 'S', (size_t)(s + pe - c))) !=
	    NULL && (sa == 0 || say == 0); c++) {
		if (c == s + t->ss)
			continue;
		if (c[-1] == ' ' && c + 1 < s + pe && c[1] == 'a')
			sa = 1;
		if (c + 2 < s + pe && (c[1] | 0x20) == 'a' &&
		    ((c[2] | 0x20) == 'y' || ((c[2] | 0x20) == 'i' &&
		    c + 3 < s + pe && (c[3] | 0x20) == 'd')))
			say = 1;
	}
	if (sa == 0 || say == 0)
		return 0;
	memset(&cue, 0, sizeof(cue));
	while (text_word_next(s, pe, &p, &w)) {
		words++;
		if (w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT))
			caps++;
		else if (lexicon_of(s, &w) & LX_TSMALL)
			small++;
		if (cue.end == 0 && words > 1 && is_title_say(x, &w)) {
			cue = w;
			n = words - 1;
		} else if (cue.end != 0)
			after++;
	}
	/* Title Case: four in five of the words that are not small */
	if (cue.end == 0 || words < 4 || caps * 5 < (words - small) * 4)
		return 0;
	memset(&a, 0, sizeof(a));
	a.found = 1;
	a.cue = str_make(s + cue.start, cue.end - cue.start);
	if (after >= 2 && n <= HEADLINE_SOURCE_WORDS &&
	    memchr(s + t->ss, ',', cue.start - t->ss) == NULL) {
		if (!speaker_mention_fwd(s, cue.start, t->ss, &a, &last) ||
		    a.ms != t->ss) {
			memset(&a, 0, sizeof(a));
			a.found = 1;
			a.cue = str_make(s + cue.start, cue.end - cue.start);
			a.ms = t->ss;
			a.me = trim_blank_end(s, t->ss, cue.start);
		} else if (a.ne > a.ns && headline_common_noun(x, a.ns, a.ne,
		    pe))
			a.ns = a.ne;
		cs = cue.end;
		ce = pe;
	} else if (after == 0 && (c = memrchr(s + t->ss, ',',
	    cue.start - t->ss)) != NULL && (size_t)(c - s) > t->ss) {
		if (!speaker_mention_fwd(s, cue.start, (size_t)(c - s) + 1, &a,
		    &last)) {
			a.ms = speech_skip_blank(s, cue.start,
			    (size_t)(c - s) + 1);
			a.me = trim_blank_end(s, a.ms, cue.start);
		}
		/* "Former White House Doctor": the titles' noun is no
		 * name, the mention is a nominal */
		if (a.ne > a.ns && headline_common_noun(x, a.ns, a.ne, pe))
			a.ns = a.ne;
		cs = t->ss;
		ce = (size_t)(c - s);
	} else
		return 0;
	x->speech.pos = pe;
	return speech_emit(x, t, cs, ce, &a) == -1 ? -1 : 1;
}

/* Is every word of [a, b) in capitals ("NEW DELHI", "LOS ANGELES"),
 * but for a dateline's date ("NEW DELHI, DEC 7")? */
static int
all_caps_words(const struct qx *x, size_t a, size_t b)
{
	struct text_word w;
	size_t p = a;
	int any = 0;

	while (text_word_next(x->s, b, &p, &w)) {
		if (w.flags & TEXT_W_DIGIT)
			continue;
		if (!(w.flags & TEXT_W_ALLCAP))
			return 0;
		any = 1;
	}
	return any;
}

/* Is [a, b) in Title Case, four in five of its words that are not small
 * capitalised (a headline's content after its source's colon)? */
static int
title_case_line(const struct qx *x, size_t a, size_t b)
{
	struct text_word w;
	size_t p = a, words = 0, caps = 0, small = 0;

	while (text_word_next(x->s, b, &p, &w)) {
		words++;
		if (w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT))
			caps++;
		else if (lexicon_of(x->s, &w) & LX_TSMALL)
			small++;
	}
	return words > 0 && caps * 5 >= (words - small) * 4;
}

/*
 * Where the turn's words [cs, ce) first report another's speech: the
 * start of the sentence that holds a verb of saying whose subject is a
 * name, a noun phrase or a pronoun of the third person ("ROTT: Del
 * Bosque says the water district cut his allocation to zero.", "NEW
 * DELHI: The government on Monday said it would cut fuel taxes."), or
 * ce when none does.  The label speaks the whole turn; the speech it
 * reports is also its subject's, read as narration for an item nested in
 * the turn's.  "I think", "we said", "you told" are the label's own.
 */
static size_t
turn_reported_at(const struct qx *x, size_t cs, size_t ce)
{
	const char *s = x->s;
	struct text_word w, pw;
	struct attr a;
	size_t p = cs, q;

	while (text_word_next(s, ce, &p, &w)) {
		if ((w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP)) ||
		    !(lexicon_of(s, &w) & LX_CUE))
			continue;
		memset(&a, 0, sizeof(a));
		if (!speaker_mention_back(s, cs, w.start, &a)) {
			/* "The government on Monday said": a day between
			 * the subject and its verb */
			q = w.start;
			if (!text_word_prev(s, cs, &q, &pw) ||
			    !(lexicon_of(s, &pw) & LX_CAL))
				continue;
			a.ms = pw.start;
		}
		/* I, we, you (a capital read as a name's too): the
		 * label's own */
		q = a.ms;
		if (text_word_next(s, w.start, &q, &pw) &&
		    (text_word_eq(s, &pw, "i") || text_word_eq(s, &pw, "we") ||
		    text_word_eq(s, &pw, "you")))
			continue;
		return attribution_sentence_start(s, x->len, cs, a.ms);
	}
	return ce;
}

/*
 * A paragraph that names its source before a colon, the rest of it
 * what the source said:
 *   a headline, "Graham: Trump's 'Hateful Rhetoric' Destroying GOP's
 *     Chance", "Poll: Sanders Leads": one short line in Title Case, or
 *     in sentence case when it is the body's first line, the title
 *     ("Sanders: Brexit's message could draw Trump support in US.");
 *     the source not a lone label in capitals ("UPDATE:", "WATCH:")
 *     nor a title opening with a determiner ("The Latest:");
 *   a turn of a transcript, "BOULDUAN: You guys, back in January…",
 *     "Q: Did the Immigration service take care of you?": a label of
 *     one to LABEL_WORDS_MAX capitalised words, in a paragraph next to
 *     another that opens with a label, and a clause after it.
 * Reads at most HEADLINE_BYTES_MAX bytes for a headline, and a turn's
 * words once.
 */
int
speech_headline_para(struct qx *x, struct sent *t)
{
	struct speech_state *st = &x->speech;
	const char *s = x->s;
	size_t pe, colon, sc, p, n = 0, words = 0, caps = 0, small = 0, rep;
	size_t ne = 0;
	struct text_word w, last;
	struct attr a;
	int turn = 0, title, first, nested = 0, label = 0;

	/* the paragraph's start: speech_headline_read's test */
	pe = speech_para_end(x, t->ss);
	if (pe - t->ss < 8)
		return 0;
	/* the source before a colon, read once for both a turn's label
	 * and a headline's source */
	sc = source_colon(x, t->ss, pe, &n, &w);
	/* label_of answers 0 at once without a colon: most paragraphs;
	 * role_label at once without two capitals first */
	colon = 0;
	if ((sc != 0 && (colon = label_of(x, t->ss, pe, sc, n, &w)) != 0) ||
	    (colon = qa_letter(s, t->ss, pe)) != 0)
		ne = colon;
	else if (opens_in_capitals(s, t->ss, pe))
		colon = role_label(x, t->ss, pe, &ne);
	if (colon != 0) {
		/* a turn: the paragraph before or after has a label too,
		 * one a transcript pairs with this one */
		turn = (st->label_end != 0 && t->ss > st->label_end &&
		    t->ss - st->label_end <= PARA_GAP_MAX &&
		    labels_pair(s, st->label_ps, st->label_ne, t->ss, ne)) ||
		    next_para_labelled(x, pe, t->ss, ne);
		st->label_end = pe;
		st->label_ps = t->ss;
		st->label_ne = ne;
		if (turn && !content_is_clause(x, colon + 1, pe))
			return 0;
		/* the turn reports another's speech: its sentences are
		 * read on as narration too, for the speech nested in it
		 * (2: from this first one) */
		if (turn && (rep = turn_reported_at(x, colon + 1, pe)) < pe)
			nested = rep <= colon + 1 ? 2 : 1;
	}
	if (!turn) {
		if (pe - t->ss > HEADLINE_BYTES_MAX)
			return 0;
		if ((colon = sc) == 0)
			return headline_says(x, t, pe);
		p = t->ss;
		(void)text_word_next(s, colon, &p, &last);
		first = t->ss == speech_skip_blank(s, x->len, 0);
		/* not a dateline in capitals that opens the story
		 * ("NEW DELHI: Union home minister Amit Shah on Monday
		 * said ...", Indian and wire style): a place, no source
		 * (a turn of a transcript, "DONALD TRUMP:", has a
		 * labelled paragraph next to it and was read above) */
		if (n > 1 && !title_case_line(x, colon + 1, pe) &&
		    all_caps_words(x, t->ss, colon))
			return 0;
		/* an interjection's label: the headline after it is read
		 * alone ("Wow: Drake Says He Is 'Done'"), else it has no
		 * source */
		if (n == 1 && !(w.flags & TEXT_W_ALLCAP) &&
		    is_interjection(x, &w)) {
			size_t ss = t->ss;
			int r;

			t->ss = speech_skip_blank(s, pe, colon + 1);
			r = headline_says(x, t, pe);
			t->ss = ss;
			if (r != 0)
				return r;
			label = 1;
		}
		/* not a label ("Revealed:", "Breaking:", "Q:", "BOOM:") */
		if ((n == 1 && ((w.flags & TEXT_W_ALLCAP) ||
		    w.end - w.start < 3 || speech_ends_with(x, &w, "ed") ||
		    speech_ends_with(x, &w, "ing") || is_label(x, &w))) ||
		    (first && (lexicon_of(s, &last) & LX_DET)))
			return 0;
		for (p = colon + 1; text_word_next(s, pe, &p, &w); words++) {
			if (w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP |
			    TEXT_W_DIGIT))
				caps++;
			else if (lexicon_of(s, &w) & LX_TSMALL)
				small++;
		}
		/* Title Case: four in five of the words that are not
		 * small; the title line may be in sentence case */
		title = caps * 5 >= (words - small) * 4;
		if (words < 3 || !(title || (first &&
		    content_is_clause(x, colon + 1, pe))))
			return 0;
	}
	/* a headline's source runs to its colon; a turn's label to its
	 * name's end, its role after it ("JAKE TAPPER, CNN HOST:") */
	if (!turn)
		ne = colon;
	memset(&a, 0, sizeof(a));
	if (label)
		a.ms = a.me = t->ss;
	else if (!speaker_mention_fwd(s, ne, t->ss, &a, &last)) {
		a.ms = t->ss;
		a.me = ne;
	}
	a.found = 1;
	a.cue = str_make(s + colon, 1);
	/* an "I" in the turn's nested reports is the label's (speaker_of) */
	if (nested != 0) {
		st->turn_start = colon + 1;
		st->turn_end = pe;
		st->turn = a;
	}
	/* a turn that reports another's speech: the sentences after this
	 * one are read on (pos stays at this one's end), and this one too
	 * when it reports (0: not taken) */
	if (nested == 2)
		return speech_emit(x, t, colon + 1, pe, &a) == -1 ? -1 : 0;
	if (nested == 0)
		x->speech.pos = pe;
	return speech_emit(x, t, colon + 1, pe, &a) == -1 ? -1 : 1;
}
