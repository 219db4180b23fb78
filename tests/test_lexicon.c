/*
 * test_lexicon.c — workers/extract/lexicon.c and quotes_lexicon.def: the
 * words the quote and reported-speech extractors know, the order the .def
 * keeps, the hash slots lexicon_gen.c builds from it, and the word tests
 * built on the lookup.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "quotes_int.h"
#include "text.h"

TestSuite(lexicon);

/*
 * The lexicon is searched by bisection: its lines must stay sorted by
 * bytes, lower case, each word once, each after the LEX_FROM of its
 * first letter (a lookup searches only that letter's words).
 */
Test(lexicon, lexicon_is_sorted_lower_case_and_unique)
{
#define LEX(w, c)	TEXT_LEX_ENTRY(w, 0),
#define LEX_FROM(l)
	static const struct text_lex lex[] = {
#include "quotes_lexicon.def"
	};
#undef LEX
#undef LEX_FROM
#define LEX(w, c)	w,
#define LEX_FROM(l)	"LEX_FROM(" #l,
	static const char *const from[] = {
#include "quotes_lexicon.def"
	};
#undef LEX
#undef LEX_FROM
	size_t i, j, n = sizeof(lex) / sizeof(lex[0]);
	char letter = 'a' - 1;

	for (i = 0; i < sizeof(from) / sizeof(from[0]); i++) {
		if (strncmp(from[i], "LEX_FROM(", 9) == 0) {
			cr_assert_eq(from[i][9], letter + 1,
			    "quotes_lexicon.def: %s) out of order", from[i]);
			letter = from[i][9];
		} else
			cr_assert_eq(from[i][0], letter, "quotes_lexicon.def: "
			    "\"%s\" after LEX_FROM(%c)", from[i], letter);
	}
	cr_assert_eq(letter, 'z', "quotes_lexicon.def: LEX_FROM(a) to (z)");
	cr_assert_gt(n, 100);
	for (i = 0; i < n; i++) {
		cr_assert_leq(lex[i].len, TEXT_LEX_WORD_MAX, "%s", lex[i].word);
		for (j = 0; j < lex[i].len; j++)
			cr_assert(!(lex[i].word[j] >= 'A' &&
			    lex[i].word[j] <= 'Z'), "%s not lower case",
			    lex[i].word);
		if (i > 0)
			cr_assert_lt(strcmp(lex[i - 1].word, lex[i].word), 0,
			    "quotes_lexicon.def: \"%s\" must come after "
			    "\"%s\"", lex[i - 1].word, lex[i].word);
	}
}

/*
 * lexicon_of finds words in the slots lexicon_gen builds at build time:
 * every word of the .def with its classes, in lower and upper case, and
 * no word one letter longer or shorter that the .def does not hold; at
 * the start of a text (a short word's key read byte by byte) and after
 * eight bytes of it (the inline eight-byte load).
 */
Test(lexicon, lexicon_finds_every_word_in_its_hash_slots)
{
#define LEX(w, c)	TEXT_LEX_ENTRY(w, c),
#define LEX_FROM(l)
	static const struct text_lex lex[] = {
#include "quotes_lexicon.def"
	};
#undef LEX
#undef LEX_FROM
	size_t i, j, at, n = sizeof(lex) / sizeof(lex[0]);
	char buf[8 + TEXT_LEX_WORD_MAX + 2], *q;
	struct text_word w;

	memcpy(buf, "Said the", 8);
	for (at = 0; at <= 8; at += 8)
		for (i = 0; i < n; i++) {
			q = buf + at;
			memcpy(q, lex[i].word, lex[i].len);
			w.start = at;
			w.end = at + lex[i].len;
			w.flags = 0;
			cr_assert_eq(lexicon_of(buf, &w), lex[i].classes,
			    "%s at %zu", lex[i].word, at);
			for (j = 0; j < lex[i].len; j++)
				if (q[j] >= 'a' && q[j] <= 'z')
					q[j] = (char)(q[j] - 'a' + 'A');
			cr_assert_eq(lexicon_of(buf, &w), lex[i].classes,
			    "upper %s at %zu", lex[i].word, at);
			memcpy(q, lex[i].word, lex[i].len);
			q[lex[i].len] = 'q';
			w.end = at + lex[i].len + 1;
			cr_assert_eq(lexicon_of(buf, &w), text_lex_find(lex, n,
			    q, 0, lex[i].len + 1), "%sq at %zu", lex[i].word,
			    at);
			w.end = at + lex[i].len - 1;
			if (lex[i].len > 1)
				cr_assert_eq(lexicon_of(buf, &w),
				    text_lex_find(lex, n, q, 0,
				    lex[i].len - 1), "%s less a byte at %zu",
				    lex[i].word, at);
		}
}

/* The first word of s, as the extractors' word reader reads it. */
static struct text_word
lx_word(const char *s)
{
	struct text_word w;
	size_t pos = 0;

	cr_assert(text_word_next(s, strlen(s), &pos, &w), "a word in %s", s);
	return w;
}

/*
 * The word tests: a cue is no cue in capitals ("SAID" in a headline or
 * a transcript label); a lone lower-case "i" is no pronoun (a list's
 * item or a typo), "I" is; an adverb is a word of the class or a
 * lower-case word in -ly of five letters or more, never a capitalised
 * word ("Early" is a name as often as not, "only" and "fly" are too
 * short to judge by their ending).
 */
Test(lexicon, word_tests_read_case_and_shape)
{
	struct text_word w;

	w = lx_word("said");
	cr_assert(lexicon_is_cue("said", &w));
	w = lx_word("Said");
	cr_assert(lexicon_is_cue("Said", &w));
	w = lx_word("SAID");
	cr_assert_not(lexicon_is_cue("SAID", &w));
	w = lx_word("table");
	cr_assert_not(lexicon_is_cue("table", &w));

	w = lx_word("she");
	cr_assert(lexicon_is_pronoun("she", &w));
	w = lx_word("I");
	cr_assert(lexicon_is_pronoun("I", &w));
	w = lx_word("i");
	cr_assert_not(lexicon_is_pronoun("i", &w));

	w = lx_word("also");
	cr_assert(lexicon_is_adverb("also", &w));
	w = lx_word("quickly");
	cr_assert(lexicon_is_adverb("quickly", &w));
	w = lx_word("Quickly");
	cr_assert_not(lexicon_is_adverb("Quickly", &w));
	w = lx_word("fly");
	cr_assert_not(lexicon_is_adverb("fly", &w));
}

/*
 * lexicon_is asks for any of several classes; a word in no lexicon has
 * none, and a word's classes are its own, not its neighbour's.
 */
Test(lexicon, classes_are_the_words_own)
{
	struct text_word w;

	w = lx_word("the");
	cr_assert(lexicon_is("the", &w, LX_DET));
	cr_assert(lexicon_is("the", &w, LX_CUE | LX_DET));
	cr_assert_not(lexicon_is("the", &w, LX_CUE | LX_PRON));
	w = lx_word("zyzzyva");
	cr_assert_eq(lexicon_of("zyzzyva", &w), 0);
	w = lx_word("said the");
	cr_assert_eq(lexicon_of("said the", &w) & LX_DET, 0);
}
