/*
 * text_abbrev.c — the abbreviations that keep their period inside a
 * sentence ("Mr.", "Sen.", "Calif."), as a table sorted by bytes, and
 * their lookup: by the word's first two letters (text_abbrev_pairs, a
 * filter the word scanner asks inline) and among the few of its first
 * letter (text_abbrev_class).  The scanner (text_word.c) asks them of a
 * word before a period; its classes (TEXT_AB_ANY, TEXT_AB_CAP) are
 * text_int.h's.
 */
#include <stddef.h>
#include <stdint.h>

#include "text.h"
#include "text_int.h"

/*
 * Abbreviations that take a period inside a sentence.  AB_ANY: titles and
 * ranks that precede names, Latin and clerical forms, and the "v." of a
 * case's name between its parties ("Roe v. Wade"), in any case.
 * AB_CAP: abbreviations that are also English words ("No.", "Miss.",
 * "Wash."), only when capitalised, as months, state forms and "St."
 * precede names and numbers.  Sorted by bytes for text_lex_find.
 */
#define AB_ANY	TEXT_AB_ANY
#define AB_CAP	TEXT_AB_CAP
/* TEXT_ABBREV_BYTES_MAX (text.h): AB refuses to compile a longer one (an
 * array of negative size). */
#define ABBREV_BYTES_MAX	TEXT_ABBREV_BYTES_MAX
/* The abbreviations, each once: X(word, class, k) (k passed through). */
#define ABBREV_LIST(X, k) \
	X("adm",     AB_ANY, k) \
	X("al",      AB_CAP, k) \
	X("amb",     AB_ANY, k) \
	X("approx",  AB_ANY, k) \
	X("apr",     AB_CAP, k) \
	X("ariz",    AB_CAP, k) \
	X("atty",    AB_ANY, k) \
	X("aug",     AB_CAP, k) \
	X("bros",    AB_ANY, k) \
	X("calif",   AB_CAP, k) \
	X("capt",    AB_ANY, k) \
	X("cmdr",    AB_ANY, k) \
	X("co",      AB_CAP, k) \
	X("col",     AB_ANY, k) \
	X("colo",    AB_CAP, k) \
	X("conn",    AB_CAP, k) \
	X("const",   AB_CAP, k) \
	X("corp",    AB_ANY, k) \
	X("coun",    AB_CAP, k) \
	X("cpl",     AB_ANY, k) \
	X("dec",     AB_CAP, k) \
	X("del",     AB_CAP, k) \
	X("dept",    AB_ANY, k) \
	X("dr",      AB_ANY, k) \
	X("etc",     AB_ANY, k) \
	X("feb",     AB_CAP, k) \
	X("fig",     AB_CAP, k) \
	X("fla",     AB_CAP, k) \
	X("ft",      AB_CAP, k) \
	X("ga",      AB_CAP, k) \
	X("gen",     AB_ANY, k) \
	X("gens",    AB_ANY, k) \
	X("gov",     AB_ANY, k) \
	X("gov't",   AB_ANY, k) \
	X("govs",    AB_ANY, k) \
	X("hon",     AB_ANY, k) \
	X("ill",     AB_CAP, k) \
	X("inc",     AB_ANY, k) \
	X("ind",     AB_CAP, k) \
	X("insp",    AB_ANY, k) \
	X("jan",     AB_CAP, k) \
	X("jr",      AB_ANY, k) \
	X("jul",     AB_CAP, k) \
	X("jun",     AB_CAP, k) \
	X("kan",     AB_CAP, k) \
	X("ky",      AB_CAP, k) \
	X("la",      AB_CAP, k) \
	X("lt",      AB_ANY, k) \
	X("ltd",     AB_ANY, k) \
	X("maj",     AB_ANY, k) \
	X("mar",     AB_CAP, k) \
	X("mass",    AB_CAP, k) \
	X("md",      AB_CAP, k) \
	X("messrs",  AB_ANY, k) \
	X("mich",    AB_CAP, k) \
	X("minn",    AB_CAP, k) \
	X("miss",    AB_CAP, k) \
	X("mo",      AB_CAP, k) \
	X("mont",    AB_CAP, k) \
	X("mr",      AB_ANY, k) \
	X("mrs",     AB_ANY, k) \
	X("ms",      AB_ANY, k) \
	X("mt",      AB_CAP, k) \
	X("neb",     AB_CAP, k) \
	X("nev",     AB_CAP, k) \
	X("no",      AB_CAP, k) \
	X("nos",     AB_CAP, k) \
	X("nov",     AB_CAP, k) \
	X("oct",     AB_CAP, k) \
	X("okla",    AB_CAP, k) \
	X("ore",     AB_CAP, k) \
	X("pa",      AB_CAP, k) \
	X("pres",    AB_ANY, k) \
	X("prof",    AB_ANY, k) \
	X("rep",     AB_ANY, k) \
	X("reps",    AB_ANY, k) \
	X("rev",     AB_ANY, k) \
	X("sec",     AB_CAP, k) \
	X("sen",     AB_ANY, k) \
	X("sens",    AB_ANY, k) \
	X("sep",     AB_CAP, k) \
	X("sept",    AB_CAP, k) \
	X("sgt",     AB_ANY, k) \
	X("sr",      AB_ANY, k) \
	X("st",      AB_CAP, k) \
	X("supt",    AB_ANY, k) \
	X("tenn",    AB_CAP, k) \
	X("tex",     AB_CAP, k) \
	X("univ",    AB_ANY, k) \
	X("v",       AB_ANY, k) \
	X("va",      AB_CAP, k) \
	X("vs",      AB_ANY, k) \
	X("vt",      AB_CAP, k) \
	X("wash",    AB_CAP, k) \
	X("wis",     AB_CAP, k) \
	X("wyo",     AB_CAP, k)

#define AB(w, c, k)	TEXT_LEX_ENTRY(w, (c) + 0 *			\
	sizeof(char [2 * (sizeof(w) - 1 <= ABBREV_BYTES_MAX) - 1])),
static const struct text_lex abbrevs[] = {
	ABBREV_LIST(AB, 0)
};
#undef AB
/*
 * For each first letter k, bit b set when an abbreviation starting with
 * 'a' + k has 'a' + b second: most words before a period ("said.",
 * "Trump.", "year.") start with a pair of letters no abbreviation does,
 * and need no search (a word that does not start with two letters is
 * searched).
 */
#define AB_LETTER(b)	((b) >= 'a' && (b) <= 'z')
/* (a one-letter abbreviation, "v.", sets no bit: the filter passes every
 * word shorter than two letters on to the search) */
#define AB_PAIR(w, c, k)	| ((w)[0] - 'a' == (k) && AB_LETTER((w)[1]) ?	\
	(uint32_t)1 << (AB_LETTER((w)[1]) ? (w)[1] - 'a' : 0) : 0)
#define AB_ROW(k)	(0 ABBREV_LIST(AB_PAIR, k))
const uint32_t text_abbrev_pairs[26] = {
	AB_ROW(0), AB_ROW(1), AB_ROW(2), AB_ROW(3), AB_ROW(4), AB_ROW(5),
	AB_ROW(6), AB_ROW(7), AB_ROW(8), AB_ROW(9), AB_ROW(10), AB_ROW(11),
	AB_ROW(12), AB_ROW(13), AB_ROW(14), AB_ROW(15), AB_ROW(16),
	AB_ROW(17), AB_ROW(18), AB_ROW(19), AB_ROW(20), AB_ROW(21),
	AB_ROW(22), AB_ROW(23), AB_ROW(24), AB_ROW(25),
};
#undef AB_ROW
#undef AB_PAIR
#undef AB_LETTER


#define NABBREVS	(sizeof(abbrevs) / sizeof(abbrevs[0]))

/*
 * abbrevs[] is sorted by bytes, so the abbreviations of each first letter
 * are one run of it: those starting with 'a' + k are abbrevs[
 * abbrev_from[k] .. abbrev_from[k + 1]) (the count of those whose first
 * letter comes before, worked out by the compiler).  A word before a
 * period is compared with the few of its letter, not searched for among
 * all of them.
 */
#define AB_BEFORE(w, c, k)	+ ((w)[0] - 'a' < (k))
#define AB_FROM(k)	(0 ABBREV_LIST(AB_BEFORE, k))
static const unsigned char abbrev_from[26 + 1] = {
	AB_FROM(0), AB_FROM(1), AB_FROM(2), AB_FROM(3), AB_FROM(4),
	AB_FROM(5), AB_FROM(6), AB_FROM(7), AB_FROM(8), AB_FROM(9),
	AB_FROM(10), AB_FROM(11), AB_FROM(12), AB_FROM(13), AB_FROM(14),
	AB_FROM(15), AB_FROM(16), AB_FROM(17), AB_FROM(18), AB_FROM(19),
	AB_FROM(20), AB_FROM(21), AB_FROM(22), AB_FROM(23), AB_FROM(24),
	AB_FROM(25), AB_FROM(26),
};
#undef AB_FROM
#undef AB_BEFORE
_Static_assert(NABBREVS < 256, "abbrev_from holds indexes below 256");

const struct text_lex *
text_abbrev_list(size_t *n)
{
	*n = NABBREVS;
	return abbrevs;
}

/*
 * text_lex_find(abbrevs, NABBREVS, s, start, end), among the
 * abbreviations of the word's first letter only.  No abbreviation is
 * longer than eight bytes, so for a word that is not either, equal keys
 * (the word's eight bytes folded to lower case, zero-padded) and equal
 * lengths are equal words: what text_lex_find compares.
 */
uint32_t
text_abbrev_class(const char *s, size_t start, size_t end)
{
	size_t len = end - start;
	unsigned k;
	const struct text_lex *e, *last;
	uint64_t key;

	_Static_assert(ABBREV_BYTES_MAX <= 8, "one key holds an abbreviation");
	if (end <= start || len > ABBREV_BYTES_MAX)
		return 0;
	/* an ASCII letter, either case, and nothing else, gives k < 26 */
	k = ((unsigned)(unsigned char)s[start] | 0x20) - 'a';
	if (k >= 26)
		return 0;
	key = fold_key(s, start, end);
	last = abbrevs + abbrev_from[k + 1];
	for (e = abbrevs + abbrev_from[k]; e < last; e++)
		if (e->key == key && e->len == len)
			return e->classes;
	return 0;
}

