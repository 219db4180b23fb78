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
 * Abbreviations that take a period inside a sentence: titles and ranks
 * that precede names, and Latin and clerical forms.
 */
static const char *const abbrevs[] = {
	"mr", "mrs", "ms", "dr", "sen", "sens", "gov", "govs", "rep", "reps",
	"jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
	"cpl", "prof", "rev", "hon", "pres", "atty", "supt", "messrs", "gens",
	"insp", "amb", "inc", "corp", "ltd", "bros", "vs", "etc", "approx",
	"dept", "univ", "gov't",
	NULL
};

/*
 * Abbreviations that are also English words ("No.", "Miss.", "Wash."):
 * only capitalised, as months, state forms and "St." precede names and
 * numbers.
 */
static const char *const cap_abbrevs[] = {
	"st", "ft", "mt", "co", "no", "nos", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ariz",
	"calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
	"ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb",
	"nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis",
	"wyo", "sec", "fig", "al",
	NULL
};

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

	while (p < end) {
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
		size_t clen = char_len(s, end, p);

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
			if (c == '.')
				dotted = 1;
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

		if (letters == 1 && uppers == 1 && p - w->start == 1) {
			w->flags |= TEXT_W_INITIAL | TEXT_W_ABBREV;
			w->end = p + 1;
		} else if ((dotted && letters > 0) ||
		    text_word_in(s, &tw, abbrevs) ||
		    ((w->flags & TEXT_W_CAP) &&
		    text_word_in(s, &tw, cap_abbrevs))) {
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
