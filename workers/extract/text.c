/*
 * text.c — character classes, boundaries and word scanning shared by the
 * extractors.  The tables cover the scripts news text is written in (Latin
 * with its extensions, Greek, Cyrillic); other letters are letters without
 * case, which is all the extractors need to know about them.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "text.h"
#include "utf8.h"

int
text_is_newline(uint32_t c)
{
	return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 ||
	    c == 0x85;
}

int
text_is_space(uint32_t c)
{
	if (c == ' ' || c == '\t' || c == '\v' || c == '\f' ||
	    text_is_newline(c))
		return 1;
	return c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
	    c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

int
text_is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

int
text_is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xc0 && c <= 0xde)
		return c != 0xd7;
	/* Latin Extended-A pairs upper/lower; the parity flips twice. */
	if (c >= 0x100 && c <= 0x137)
		return (c & 1) == 0;
	if (c >= 0x139 && c <= 0x148)
		return (c & 1) == 1;
	if (c >= 0x14a && c <= 0x177)
		return (c & 1) == 0;
	if (c == 0x178 || c == 0x179 || c == 0x17b || c == 0x17d)
		return 1;
	if (c >= 0x1e00 && c <= 0x1eff)		/* Latin Extended Additional */
		return (c & 1) == 0;
	if (c >= 0x391 && c <= 0x3a9)		/* Greek */
		return c != 0x3a2;
	if (c >= 0x400 && c <= 0x42f)		/* Cyrillic */
		return 1;
	if (c >= 0x460 && c <= 0x4ff)
		return (c & 1) == 0;
	return 0;
}

int
text_is_letter(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	if (c == 0xaa || c == 0xb5 || c == 0xba)
		return 1;
	if (c >= 0xc0 && c <= 0x24f)
		return c != 0xd7 && c != 0xf7;
	if (c >= 0x250 && c <= 0x2af)		/* IPA extensions */
		return 1;
	if (c >= 0x370 && c <= 0x3ff)		/* Greek */
		return c != 0x37e && c != 0x387;
	if (c >= 0x400 && c <= 0x52f)		/* Cyrillic */
		return c < 0x482 || c > 0x489;
	if (c >= 0x5d0 && c <= 0x5ea)		/* Hebrew */
		return 1;
	if (c >= 0x620 && c <= 0x64a)		/* Arabic */
		return 1;
	if (c >= 0x1e00 && c <= 0x1eff)
		return 1;
	if (c >= 0x3040 && c <= 0x30ff)		/* kana */
		return 1;
	if (c >= 0x4e00 && c <= 0x9fff)		/* CJK ideographs */
		return 1;
	if (c >= 0xac00 && c <= 0xd7a3)		/* Hangul */
		return 1;
	return 0;
}

int
text_is_lower(uint32_t c)
{
	return text_is_letter(c) && !text_is_upper(c);
}

int
text_is_alnum(uint32_t c)
{
	return text_is_digit(c) || text_is_letter(c);
}

int
text_is_dash(uint32_t c)
{
	return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

int
text_is_apostrophe(uint32_t c)
{
	return c == '\'' || c == 0x2019;
}

uint32_t
text_char_at(const char *s, size_t len, size_t pos)
{
	if (pos >= len)
		return 0;
	if ((unsigned char)s[pos] < 0x80)
		return (unsigned char)s[pos];
	return utf8_next(s, len, &pos);
}

uint32_t
text_char_before(const char *s, size_t pos)
{
	if (pos == 0)
		return 0;
	if ((unsigned char)s[pos - 1] < 0x80)
		return (unsigned char)s[pos - 1];
	return utf8_prev(s, &pos);
}

int
text_is_para_break(const char *s, size_t len, size_t pos)
{
	return text_is_newline(text_char_at(s, len, pos));
}

/*
 * Abbreviations that take a period inside a sentence.  AB_ANY: titles and
 * ranks that precede names, and Latin and clerical forms, in any case.
 * AB_CAP: abbreviations that are also English words ("No.", "Miss.",
 * "Wash."), only when capitalised, as months, state forms and "St."
 * precede names and numbers.  Sorted by bytes for text_lex_find.
 */
#define AB_ANY	0x1
#define AB_CAP	0x2
#define AB(w, c)	{ w, sizeof(w) - 1, c },
static const struct text_lex abbrevs[] = {
	AB("adm",     AB_ANY)
	AB("al",      AB_CAP)
	AB("amb",     AB_ANY)
	AB("approx",  AB_ANY)
	AB("apr",     AB_CAP)
	AB("ariz",    AB_CAP)
	AB("atty",    AB_ANY)
	AB("aug",     AB_CAP)
	AB("bros",    AB_ANY)
	AB("calif",   AB_CAP)
	AB("capt",    AB_ANY)
	AB("cmdr",    AB_ANY)
	AB("co",      AB_CAP)
	AB("col",     AB_ANY)
	AB("colo",    AB_CAP)
	AB("conn",    AB_CAP)
	AB("corp",    AB_ANY)
	AB("cpl",     AB_ANY)
	AB("dec",     AB_CAP)
	AB("del",     AB_CAP)
	AB("dept",    AB_ANY)
	AB("dr",      AB_ANY)
	AB("etc",     AB_ANY)
	AB("feb",     AB_CAP)
	AB("fig",     AB_CAP)
	AB("fla",     AB_CAP)
	AB("ft",      AB_CAP)
	AB("ga",      AB_CAP)
	AB("gen",     AB_ANY)
	AB("gens",    AB_ANY)
	AB("gov",     AB_ANY)
	AB("gov't",   AB_ANY)
	AB("govs",    AB_ANY)
	AB("hon",     AB_ANY)
	AB("ill",     AB_CAP)
	AB("inc",     AB_ANY)
	AB("ind",     AB_CAP)
	AB("insp",    AB_ANY)
	AB("jan",     AB_CAP)
	AB("jr",      AB_ANY)
	AB("jul",     AB_CAP)
	AB("jun",     AB_CAP)
	AB("kan",     AB_CAP)
	AB("ky",      AB_CAP)
	AB("la",      AB_CAP)
	AB("lt",      AB_ANY)
	AB("ltd",     AB_ANY)
	AB("maj",     AB_ANY)
	AB("mar",     AB_CAP)
	AB("mass",    AB_CAP)
	AB("md",      AB_CAP)
	AB("messrs",  AB_ANY)
	AB("mich",    AB_CAP)
	AB("minn",    AB_CAP)
	AB("miss",    AB_CAP)
	AB("mo",      AB_CAP)
	AB("mont",    AB_CAP)
	AB("mr",      AB_ANY)
	AB("mrs",     AB_ANY)
	AB("ms",      AB_ANY)
	AB("mt",      AB_CAP)
	AB("neb",     AB_CAP)
	AB("nev",     AB_CAP)
	AB("no",      AB_CAP)
	AB("nos",     AB_CAP)
	AB("nov",     AB_CAP)
	AB("oct",     AB_CAP)
	AB("okla",    AB_CAP)
	AB("ore",     AB_CAP)
	AB("pa",      AB_CAP)
	AB("pres",    AB_ANY)
	AB("prof",    AB_ANY)
	AB("rep",     AB_ANY)
	AB("reps",    AB_ANY)
	AB("rev",     AB_ANY)
	AB("sec",     AB_CAP)
	AB("sen",     AB_ANY)
	AB("sens",    AB_ANY)
	AB("sep",     AB_CAP)
	AB("sept",    AB_CAP)
	AB("sgt",     AB_ANY)
	AB("sr",      AB_ANY)
	AB("st",      AB_CAP)
	AB("supt",    AB_ANY)
	AB("tenn",    AB_CAP)
	AB("tex",     AB_CAP)
	AB("univ",    AB_ANY)
	AB("va",      AB_CAP)
	AB("vs",      AB_ANY)
	AB("vt",      AB_CAP)
	AB("wash",    AB_CAP)
	AB("wis",     AB_CAP)
	AB("wyo",     AB_CAP)
};
#undef AB
#define NABBREVS	(sizeof(abbrevs) / sizeof(abbrevs[0]))
int
text_range_eq(const char *s, size_t start, size_t end, const char *lit)
{
	size_t n = strlen(lit), i;

	if (end - start != n)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char a = (unsigned char)s[start + i];
		unsigned char b = (unsigned char)lit[i];

		if (a >= 'A' && a <= 'Z')
			a = (unsigned char)(a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (unsigned char)(b - 'A' + 'a');
		if (a != b)
			return 0;
	}
	return 1;
}

int
text_word_eq(const char *s, const struct text_word *w, const char *lit)
{
	return text_range_eq(s, w->start, w->end, lit);
}

int
text_word_in(const char *s, const struct text_word *w,
    const char *const *list)
{
	for (; *list != NULL; list++)
		if (text_word_eq(s, w, *list))
			return 1;
	return 0;
}

/* Byte order, a prefix first; words are short, so a loop beats memcmp. */
static int
lex_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i, n = an < bn ? an : bn;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return (unsigned char)a[i] - (unsigned char)b[i];
	return (an > bn) - (an < bn);
}

uint32_t
text_lex_find(const struct text_lex *lex, size_t n, const char *s,
    size_t start, size_t end)
{
	char buf[TEXT_LEX_WORD_MAX];
	size_t len = end - start, i, lo = 0, hi = n;

	if (end <= start || len > sizeof(buf))
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[start + i];

		buf[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = lex_cmp(buf, len, lex[mid].word, lex[mid].len);

		if (r == 0)
			return lex[mid].classes;
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

int
text_all_space(const char *s, size_t a, size_t b)
{
	while (a < b) {
		uint32_t c = text_char_at(s, b, a);

		if (!text_is_space(c))
			return 0;
		a++;
		while (a < b && ((unsigned char)s[a] & 0xc0) == 0x80)
			a++;
	}
	return 1;
}

/* Length in bytes of the character at pos (1 for invalid bytes). */
static size_t
char_len(const char *s, size_t len, size_t pos)
{
	size_t p = pos;

	if ((unsigned char)s[pos] < 0x80)
		return 1;
	(void)utf8_next(s, len, &p);
	return p - pos;
}

#define ASCII_ALNUM(b)	(((b) >= '0' && (b) <= '9') || \
			 ((b) >= 'A' && (b) <= 'Z') || ((b) >= 'a' && (b) <= 'z'))

/* Is the connector at pos (' ’ - .) inside a word: alnum after it? */
static int
inner_connector(const char *s, size_t end, size_t pos, uint32_t c,
    size_t clen)
{
	if (!(text_is_apostrophe(c) || c == '-' || c == '.'))
		return 0;
	return text_is_alnum(text_char_at(s, end, pos + clen));
}

int
text_word_next(const char *s, size_t end, size_t *pos, struct text_word *w)
{
	size_t p = *pos, stem, letters = 0, uppers = 0;
	uint32_t c, first = 0;
	int dotted = 0;

	/* ASCII takes the fast path: most of any news text is ASCII. */
	while (p < end) {
		unsigned char b = (unsigned char)s[p];

		if (b < 0x80) {
			if (ASCII_ALNUM(b))
				break;
			p++;
			continue;
		}
		c = text_char_at(s, end, p);
		if (text_is_alnum(c))
			break;
		p += char_len(s, end, p);
	}
	if (p >= end) {
		*pos = end;
		return 0;
	}
	w->start = p;
	w->flags = 0;
	while (p < end) {
		unsigned char b = (unsigned char)s[p];
		size_t clen;

		if (b < 0x80 && ASCII_ALNUM(b)) {
			if (first == 0)
				first = b;
			if (b >= 'A') {
				letters++;
				if (b <= 'Z')
					uppers++;
			}
			p++;
			continue;
		}
		if (b == '.' || b == '-' || b == '\'') {
			if (p + 1 < end && (unsigned char)s[p + 1] < 0x80 ?
			    ASCII_ALNUM((unsigned char)s[p + 1]) :
			    text_is_alnum(text_char_at(s, end, p + 1))) {
				if (b == '.')
					dotted = 1;
				p++;
				continue;
			}
			break;
		}
		if (b < 0x80)
			break;
		clen = char_len(s, end, p);
		c = text_char_at(s, end, p);
		if (text_is_alnum(c)) {
			if (first == 0)
				first = c;
			if (text_is_letter(c)) {
				letters++;
				if (text_is_upper(c))
					uppers++;
			}
			p += clen;
			continue;
		}
		if (inner_connector(s, end, p, c, clen)) {
			p += clen;
			continue;
		}
		break;
	}
	w->end = p;
	if (text_is_upper(first))
		w->flags |= TEXT_W_CAP;
	if (text_is_digit(first))
		w->flags |= TEXT_W_DIGIT;
	if (letters >= 2 && uppers == letters)
		w->flags |= TEXT_W_ALLCAP;
	/* A trailing period belongs to abbreviations and initials. */
	if (p < end && s[p] == '.') {
		struct text_word tw = *w;
		uint32_t ab = 0;

		if (letters == 1 && uppers == 1 && p - w->start == 1) {
			w->flags |= TEXT_W_INITIAL | TEXT_W_ABBREV;
			w->end = p + 1;
		} else if ((dotted && letters > 0) ||
		    ((ab = text_lex_find(abbrevs, NABBREVS, s, tw.start,
		    tw.end)) & AB_ANY) ||
		    ((w->flags & TEXT_W_CAP) && (ab & AB_CAP))) {
			w->flags |= TEXT_W_ABBREV;
			w->end = p + 1;
		}
	}
	stem = text_word_stem_end(s, w);
	if (stem < w->end && !(w->flags & TEXT_W_ABBREV))
		w->flags |= TEXT_W_POSS;
	*pos = w->end;
	return 1;
}

size_t
text_word_stem_end(const char *s, const struct text_word *w)
{
	size_t e = w->end;

	if (w->flags & TEXT_W_ABBREV)
		return e - 1;
	/* 's with an ASCII or a curly apostrophe */
	if (e - w->start >= 3 && (s[e - 1] == 's' || s[e - 1] == 'S')) {
		if (s[e - 2] == '\'')
			return e - 2;
		if (e - w->start >= 5 && (unsigned char)s[e - 4] == 0xe2 &&
		    (unsigned char)s[e - 3] == 0x80 &&
		    (unsigned char)s[e - 2] == 0x99)
			return e - 4;
	}
	return e;
}

int
text_word_prev(const char *s, size_t start, size_t *pos, struct text_word *w)
{
	size_t p = *pos, q, wend = *pos;
	uint32_t c;

	/* Back over everything that is not a word character. */
	while (p > start) {
		q = p;
		c = utf8_prev(s, &q);
		if (q < start)
			return 0;
		if (text_is_alnum(c))
			break;
		p = q;
	}
	if (p <= start)
		return 0;
	/* Back over the word, inner connectors included. */
	while (p > start) {
		q = p;
		c = utf8_prev(s, &q);
		if (q < start)
			break;
		if (text_is_alnum(c)) {
			p = q;
			continue;
		}
		if ((text_is_apostrophe(c) || c == '-' || c == '.') &&
		    q > start) {
			size_t r = q;
			uint32_t b = utf8_prev(s, &r);

			if (r >= start && text_is_alnum(b) &&
			    text_is_alnum(text_char_at(s, wend, p))) {
				p = q;
				continue;
			}
		}
		break;
	}
	/* Rescan forward so both directions agree on the word. */
	q = p;
	if (!text_word_next(s, wend, &q, w))
		return 0;
	*pos = w->start;
	return 1;
}

int
text_is_sentence_end(const char *s, size_t len, size_t pos)
{
	uint32_t c = text_char_at(s, len, pos), n;
	size_t p = pos, q;
	struct text_word w;

	if (c != '.' && c != '!' && c != '?' && c != 0x2026)
		return 0;
	p += char_len(s, len, pos);
	/* Closing marks and brackets may follow the stop. */
	for (;;) {
		n = text_char_at(s, len, p);
		if (n == '"' || n == '\'' || n == ')' || n == ']' ||
		    n == 0x201d || n == 0x2019 || n == 0xbb || n == 0x203a) {
			p += char_len(s, len, p);
			continue;
		}
		break;
	}
	if (p >= len || text_is_newline(n))
		return 1;
	if (!text_is_space(n))
		return 0;
	if (c != '.')
		return 1;
	/* "Mr. Smith", "H. W. Bush", "U.S. officials": not an end. */
	q = pos + 1;
	if (text_word_prev(s, 0, &q, &w) && w.end == pos + 1 &&
	    (w.flags & TEXT_W_ABBREV))
		return 0;
	return 1;
}
