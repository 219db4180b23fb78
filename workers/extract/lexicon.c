/*
 * lexicon.c — the words the quote and reported-speech extractors know:
 * cue verbs, pronouns, determiners, titles, organisation words, name
 * particles... (data in quotes_lexicon.def, one sorted line a word with
 * its classes), the lookup that gives a word its classes, and the word
 * tests built on it.
 *
 * Speed: a lookup goes to a hash table whose slots lexicon_gen.c builds
 * from the .def at build time (lexicon_slots.h): one load for the key,
 * one multiplication and a probe or two, inline (text_lex_hash_find).
 * Most words looked up are in no lexicon and most of those meet an
 * empty slot at once, so no pre-filter by first letter and length pays
 * for itself.  Output does not depend on it.
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
 * The particles' lengths below are kept by first letter, the letters
 * from the LEX_FROM lines of the .def: one enumerator for each line
 * counts them, one LEX_FROM a letter, a to z.
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
 * long (no word is longer than TEXT_LEX_WORD_MAX, 32), for the name
 * particles: speaker_names_scan_to asks of each word after a name
 * whether it is one ("Charles de Gaulle").  The first element takes the
 * words before LEX_FROM(a): there are none.
 */
#define LEX_LEN_BIT(w)	((uint32_t)1 << (sizeof(w) - 2))
const uint32_t lexicon_particle_lens[1 + LEXICON_LETTERS] = {
	0
#define LEX(w, c)	| ((c) & LX_PART ? LEX_LEN_BIT(w) : 0)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};

/*
 * The same for the organisation words (LX_ORG) and the time words
 * (LX_CAL), and for each first letter bit b set when one of its words has
 * a second byte whose low five bits are b (ASCII case dropped):
 * speaker_kind_of asks of every word of a name whether it is one
 * ("Party", "Ministry", "Today"), and most are not.
 */
#define LEX_SECOND_BIT(w)	(sizeof(w) > 2 ? (uint32_t)1 <<		\
	((unsigned char)(w)[sizeof(w) > 2 ? 1 : 0] & 31) : 0)
const uint32_t lexicon_org_lens[1 + LEXICON_LETTERS] = {
	0
#define LEX(w, c)	| ((c) & (LX_ORG | LX_CAL) ? LEX_LEN_BIT(w) : 0)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
const uint32_t lexicon_org_seconds[1 + LEXICON_LETTERS] = {
	0
#define LEX(w, c)	| ((c) & (LX_ORG | LX_CAL) ? LEX_SECOND_BIT(w) : 0)
#define LEX_FROM(l)	, 0
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};
#undef LEX_SECOND_BIT
#undef LEX_LEN_BIT
_Static_assert(TEXT_LEX_WORD_MAX <= 32,
    "lexicon_particle_lens and lexicon_org_lens hold 32 lengths");

uint32_t
lexicon_of(const char *s, const struct text_word *w)
{
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
