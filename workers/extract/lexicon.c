/*
 * lexicon.c — the words the quote and reported-speech extractors know:
 * cue verbs, pronouns, determiners, titles, organisation words, name
 * particles... (data in quotes_lexicon.def, one sorted line a word with
 * its classes), the lookup that gives a word its classes, and the word
 * tests built on it.
 *
 * Speed: most words read are names and in no lexicon, so a lookup is
 * refused by the word's first letter and length, then goes to a hash
 * table whose slots lexicon_gen.c builds from the .def at build time
 * (lexicon_slots.h): one key and a probe or two.  Output does not
 * depend on it.
 */
#include <stddef.h>
#include <stdint.h>

#include "lexicon_slots.h"
#include "quotes_int.h"
#include "text.h"

#define LEX(w, c)	TEXT_LEX_ENTRY(w, c),
#define LEX_FROM(l)
static const struct text_lex lexicon[] = {
#include "quotes_lexicon.def"
};
#undef LEX
#undef LEX_FROM

/* The words hashed: lexicon_slots[] indexes lexicon[] (lexicon_gen.c). */
static const struct text_lex_hash lexicon_hash = {
	.lex = lexicon,
	.slots = lexicon_slots,
	.bits = LEXICON_HASH_BITS,
};
_Static_assert(sizeof(lexicon_slots) / sizeof(lexicon_slots[0]) ==
    (size_t)1 << LEXICON_HASH_BITS, "lexicon_slots.h: one slot array");

/*
 * Every word the extractor reads is looked up, most of them names and
 * none of them in the lexicon, so a lookup first asks whether a word of
 * its first letter comes in its length; most absent words stop there.
 * The letters come from the LEX_FROM lines of the .def: one enumerator
 * for each line counts them, one LEX_FROM a letter, a to z.
 */
#define LEX_CAT_(a, b)	a##b
#define LEX_CAT(a, b)	LEX_CAT_(a, b)
enum lex_line {
#define LEX(w, c)	LEX_CAT(LEX_LINE_, __LINE__),
#define LEX_FROM(l)	LEX_FROM_##l,
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
	LEX_FROM_END
};

/* Letters of the alphabet, each with its LEX_FROM line. */
#define LEX_LETTERS		LEXICON_LETTERS

_Static_assert(LEX_FROM_END - LEX_LETTERS ==
    sizeof(lexicon) / sizeof(lexicon[0]),
    "quotes_lexicon.def: one LEX_FROM for each letter, a to z");

/*
 * For each first letter, bit n - 1 set when one of its words is n bytes
 * long (no word is longer than TEXT_LEX_WORD_MAX, 32).  The first
 * element takes the words before LEX_FROM(a): there are none.
 */
#define LEX_LEN_BIT(w)	((uint32_t)1 << (sizeof(w) - 2))
static const uint32_t lex_lens[1 + LEX_LETTERS] = {
	0
#define LEX(w, c)	| LEX_LEN_BIT(w)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
/* The same for the particles alone: speaker_names_scan_to asks of each word
 * after a name whether it is one ("Charles de Gaulle"). */
const uint32_t lexicon_particle_lens[1 + LEXICON_LETTERS] = {
	0
#define LEX(w, c)	| ((c) & LX_PART ? LEX_LEN_BIT(w) : 0)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
#undef LEX_LEN_BIT
_Static_assert(TEXT_LEX_WORD_MAX <= 32, "lex_lens holds 32 lengths");

/* Can the word be in the lexicon, by lens (lex_lens or lexicon_particle_lens)? */
static inline int
lexicon_may_hold(const uint32_t *lens, const char *s,
    const struct text_word *w)
{
	size_t len = w->end - w->start;
	/* A-Z and a-z fold to a-z; no other byte does. */
	unsigned k = ((unsigned char)s[w->start] | 0x20) - 'a';

	return k < LEX_LETTERS && len - 1 < TEXT_LEX_WORD_MAX &&
	    ((lens[1 + k] >> (len - 1)) & 1);
}

uint32_t
lexicon_of(const char *s, const struct text_word *w)
{
	if (!lexicon_may_hold(lex_lens, s, w))
		return 0;
	return text_lex_hash_find(&lexicon_hash, s, w->start, w->end);
}

/* Is the word in any of the classes? */
int
lexicon_is(const char *s, const struct text_word *w, uint32_t classes)
{
	return (lexicon_of(s, w) & classes) != 0;
}

int
lexicon_is_cue(const char *s, const struct text_word *w)
{
	if (w->flags & TEXT_W_ALLCAP)
		return 0;
	return lexicon_is(s, w, LX_CUE);
}

int
lexicon_is_pronoun(const char *s, const struct text_word *w)
{
	if (w->end - w->start == 1 && s[w->start] == 'i')
		return 0;		/* a lone lower-case i is no pronoun */
	return lexicon_is(s, w, LX_PRON);
}

int
lexicon_is_adverb(const char *s, const struct text_word *w)
{
	size_t n = w->end - w->start;

	if (w->flags & TEXT_W_CAP)
		return 0;
	if (n > 4 && text_range_eq(s, w->end - 2, w->end, "ly"))
		return 1;
	return lexicon_is(s, w, LX_ADV);
}
