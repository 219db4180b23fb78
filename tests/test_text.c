/*
 * test_text.c — workers/extract/text.c: character classes by code point
 * (and the inline ones of text.h against them), the character at and
 * before a byte, paragraph breaks and blank gaps, case-blind comparison
 * of a range with a word, and the lexicon lookups (sorted and hashed).
 * The word scanner, abbreviations and sentence ends are
 * test_text_word.c's.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "text.h"


static struct text_word
word_at(const char *s, size_t pos)
{
	struct text_word w;

	cr_assert(text_word_next(s, strlen(s), &pos, &w));
	return w;
}

Test(text, classes)
{
	cr_assert(text_is_letter('a'));
	cr_assert(text_is_letter(0xe9));	/* é */
	cr_assert(text_is_letter(0x414));	/* Д */
	cr_assert(!text_is_letter(0xd7));	/* × */
	cr_assert(!text_is_letter('3'));
	cr_assert(text_is_upper('Q'));
	cr_assert(text_is_upper(0xc9));		/* É */
	cr_assert(text_is_upper(0x141));	/* Ł */
	cr_assert(!text_is_upper(0x142));	/* ł */
	cr_assert(text_is_upper(0x414));	/* Д */
	cr_assert(!text_is_upper(0x434));	/* д */
	cr_assert(text_is_lower(0xe9));
	cr_assert(text_is_space(0xa0));		/* no-break space */
	cr_assert(text_is_space('\n'));
	cr_assert(!text_is_space('x'));
	cr_assert(text_is_newline(0x2029));
	cr_assert(text_is_dash(0x2014));
	cr_assert(text_is_apostrophe(0x2019));
	cr_assert(!text_is_apostrophe(0x2018));
}

Test(text, word_comparison_ignores_ascii_case)
{
	const char *s = "Said TOLD according";
	struct text_word w = word_at(s, 0);
	static const char *const list[] = { "told", "said", NULL };
	static const char *const other[] = { "sai", "saidx", NULL };

	cr_assert(text_word_eq(s, &w, "said"));
	cr_assert(!text_word_eq(s, &w, "sai"));
	cr_assert(text_word_in(s, &w, list));
	cr_assert(!text_word_in(s, &w, other));
	w = word_at(s, w.end);
	cr_assert(text_word_eq(s, &w, "told"));
	cr_assert(text_range_eq(s, 10, 19, "ACCORDING"));
	/* the first byte (compared inline) and the rest agree on the
	 * edges: empty ranges, a byte either side of A-Z and a-z, a NUL */
	cr_assert(text_range_eq(s, 3, 3, ""));
	cr_assert(!text_range_eq(s, 3, 3, "d"));
	cr_assert(!text_range_eq(s, 4, 3, ""));
	cr_assert(!text_range_eq(s, 0, 4, ""));
	cr_assert(!text_range_eq("@aid", 0, 4, "`aid"));
	cr_assert(!text_range_eq("[aid", 0, 4, "{aid"));
	cr_assert(text_range_eq("Z", 0, 1, "z"));
	cr_assert(text_range_eq("z", 0, 1, "Z"));
	cr_assert(!text_range_eq("a\0b", 0, 3, "a"));
	cr_assert(!text_range_eq("\0", 0, 1, ""));
	cr_assert(!text_range_eq("said", 0, 4, "saidx"));
	cr_assert(!text_range_eq("said", 0, 4, "sa"));
}

/* text_word_in folds the word's first byte once for the whole list: it
 * answers as text_word_eq does literal by literal, on the same edges. */
Test(text, word_in_agrees_with_word_eq)
{
	static const char *const texts[] = {
		"Said", "said", "SAID", "sa", "saidx", "@aid", "`aid", "[aid",
		"{aid", "Z", "z", "a\0b", "\0", "", "sAiD", "Told",
	};
	static const char *const lits[] = {
		"said", "Said", "SAID", "sa", "saidx", "`aid", "@aid", "{aid",
		"[aid", "z", "Z", "a", "", "told", "s", NULL
	};
	static const size_t lens[] = { 4, 4, 4, 2, 5, 4, 4, 4, 4, 1, 1, 3,
	    1, 0, 4, 4 };
	const char *one[2] = { NULL, NULL };
	struct text_word w;
	size_t i, k, j;
	int any;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		for (k = 0; lits[k] != NULL; k++) {
			w.start = 0;
			w.end = lens[i];
			w.flags = 0;
			one[0] = lits[k];
			cr_assert_eq(text_word_in(texts[i], &w, one),
			    text_word_eq(texts[i], &w, lits[k]),
			    "\"%s\" against \"%s\"", texts[i], lits[k]);
			/* the whole list from k on: any of its literals */
			for (any = 0, j = k; lits[j] != NULL; j++)
				any |= text_word_eq(texts[i], &w, lits[j]);
			cr_assert_eq(text_word_in(texts[i], &w, &lits[k]), any);
		}
	/* an empty word is in a list only with an empty literal; a word
	 * that ends before it starts is in none */
	w.start = w.end = 1;
	cr_assert(text_word_in("ab", &w, lits));
	cr_assert(!text_word_in("ab", &w, &lits[13]));
	w.start = 2;
	cr_assert(!text_word_in("ab", &w, lits));
}

Test(text, paragraphs_and_space)
{
	const char *s = "a\nb \xc2\xa0 c";

	cr_assert(text_is_para_break(s, strlen(s), 1));
	cr_assert(!text_is_para_break(s, strlen(s), 0));
	cr_assert(text_all_space(s, 3, 7));
	cr_assert(!text_all_space(s, 3, 8));
	cr_assert(text_all_space(s, 3, 3));
}

/*
 * text_lex_find against a plain fold-and-compare over a lexicon built to
 * trip its integer keys: words that are prefixes of one another, words
 * longer than the eight key bytes that share them, bytes either side of
 * A-Z and of the top bit.  Every entry is found in every case variant,
 * and every one-byte change of a query agrees with the plain search.
 */
static const struct text_lex lex_probe[] = {
	TEXT_LEX_ENTRY("@", 1),
	TEXT_LEX_ENTRY("a", 2),
	TEXT_LEX_ENTRY("ab", 3),
	TEXT_LEX_ENTRY("abcdefg", 4),
	TEXT_LEX_ENTRY("abcdefgh", 5),
	TEXT_LEX_ENTRY("abcdefghi", 6),
	TEXT_LEX_ENTRY("abcdefghij", 7),
	TEXT_LEX_ENTRY("abcdefghik", 8),
	TEXT_LEX_ENTRY("gov't", 9),
	TEXT_LEX_ENTRY("said", 10),
	TEXT_LEX_ENTRY("z[", 11),
	TEXT_LEX_ENTRY("\xc3\xa9t\xc3\xa9", 12),
};
#define NLEX_PROBE	(sizeof(lex_probe) / sizeof(lex_probe[0]))

static uint32_t
lex_plain(const char *q, size_t n)
{
	size_t i, j;

	for (i = 0; i < NLEX_PROBE; i++) {
		if (lex_probe[i].len != n)
			continue;
		for (j = 0; j < n; j++) {
			unsigned char c = (unsigned char)q[j];

			if (c >= 'A' && c <= 'Z')
				c = (unsigned char)(c - 'A' + 'a');
			if (c != (unsigned char)lex_probe[i].word[j])
				break;
		}
		if (j == n)
			return lex_probe[i].classes;
	}
	return 0;
}

Test(text, lexicon_lookup_agrees_with_plain_search)
{
	char q[TEXT_LEX_WORD_MAX + 1];
	size_t i, j, n;
	unsigned b;

	for (i = 1; i < NLEX_PROBE; i++)
		cr_assert_lt(strcmp(lex_probe[i - 1].word, lex_probe[i].word),
		    0);
	for (i = 0; i < NLEX_PROBE; i++) {
		n = lex_probe[i].len;
		memcpy(q, lex_probe[i].word, n);
		cr_assert_eq(text_lex_find(lex_probe, NLEX_PROBE, q, 0, n),
		    lex_probe[i].classes, "%s", lex_probe[i].word);
		for (j = 0; j < n; j++)
			if (q[j] >= 'a' && q[j] <= 'z')
				q[j] = (char)(q[j] - 'a' + 'A');
		cr_assert_eq(text_lex_find(lex_probe, NLEX_PROBE, q, 0, n),
		    lex_probe[i].classes, "upper-case %s", lex_probe[i].word);
		/* Every byte value at every position, and one byte longer. */
		for (j = 0; j <= n; j++) {
			size_t qn = j < n ? n : n + 1;

			for (b = 0; b < 256; b++) {
				memcpy(q, lex_probe[i].word, n);
				q[j] = (char)b;
				cr_assert_eq(text_lex_find(lex_probe, NLEX_PROBE,
				    q, 0, qn), lex_plain(q, qn),
				    "%s: byte %u at %zu", lex_probe[i].word,
				    b, j);
			}
		}
		/* Prefixes, the empty word included. */
		for (j = 0; j < n; j++)
			cr_assert_eq(text_lex_find(lex_probe, NLEX_PROBE,
			    lex_probe[i].word, 0, j),
			    lex_plain(lex_probe[i].word, j));
	}
	/* Past the longest word any lexicon holds: no lookup at all. */
	memset(q, 'a', sizeof(q));
	cr_assert_eq(text_lex_find(lex_probe, NLEX_PROBE, q, 0, sizeof(q)), 0);
}

/* Slots for lex_probe as lexicon_gen.c builds them, few enough (16 for
 * 12 words) that probes collide and run on. */
#define LEX_PROBE_BITS	4

static void
lex_probe_slots(uint16_t *slots)
{
	size_t i, h, mask = ((size_t)1 << LEX_PROBE_BITS) - 1;

	memset(slots, 0, sizeof(*slots) << LEX_PROBE_BITS);
	for (i = 0; i < NLEX_PROBE; i++) {
		for (h = TEXT_LEX_HASH(lex_probe[i].key, lex_probe[i].len,
		    LEX_PROBE_BITS); slots[h] != 0; h = (h + 1) & mask)
			;
		slots[h] = (uint16_t)(i + 1);
	}
}

/*
 * text_lex_hash_find of q[0, n) asked twice, which must agree: at the
 * start of the text (a word that ends before the text's eighth byte has
 * its key read byte by byte) and after eight bytes of other text,
 * letters and an A-Z among them (the inline load of the eight bytes
 * that end the word, those before it shifted out).
 */
static uint32_t
lex_hash_both(const struct text_lex_hash *h, const char *q, size_t n)
{
	static const char before[] = "Q@[`z\xc3\xa9" "A";
	char buf[sizeof(before) - 1 + TEXT_LEX_WORD_MAX + 1];
	uint32_t c = text_lex_hash_find(h, q, 0, n);

	cr_assert_eq(sizeof(before) - 1, 8);
	cr_assert_leq(n, TEXT_LEX_WORD_MAX + 1);
	memcpy(buf, before, 8);
	memcpy(buf + 8, q, n);
	cr_assert_eq(text_lex_hash_find(h, buf, 8, 8 + n), c,
	    "%.*s after 8 bytes", (int)n, q);
	return c;
}

/* The hashed lookup gives what the search gives, for the same queries:
 * every entry in every case, every one-byte change, every prefix. */
Test(text, hashed_lexicon_agrees_with_the_search)
{
	uint16_t slots[1 << LEX_PROBE_BITS];
	const struct text_lex_hash h = { lex_probe, slots, LEX_PROBE_BITS };
	char q[TEXT_LEX_WORD_MAX + 1];
	size_t i, j, n, displaced = 0;
	unsigned b;

	lex_probe_slots(slots);
	for (i = 0; i < (1u << LEX_PROBE_BITS); i++)
		if (slots[i] != 0 && TEXT_LEX_HASH(lex_probe[slots[i] - 1].key,
		    lex_probe[slots[i] - 1].len, LEX_PROBE_BITS) != i)
			displaced++;
	cr_assert_gt(displaced, 0, "no probe ran on: the test tests less");
	for (i = 0; i < NLEX_PROBE; i++) {
		n = lex_probe[i].len;
		memcpy(q, lex_probe[i].word, n);
		cr_assert_eq(lex_hash_both(&h, q, n),
		    lex_probe[i].classes, "%s", lex_probe[i].word);
		for (j = 0; j < n; j++)
			if (q[j] >= 'a' && q[j] <= 'z')
				q[j] = (char)(q[j] - 'a' + 'A');
		cr_assert_eq(lex_hash_both(&h, q, n),
		    lex_probe[i].classes, "upper-case %s", lex_probe[i].word);
		for (j = 0; j <= n; j++) {
			size_t qn = j < n ? n : n + 1;

			for (b = 0; b < 256; b++) {
				memcpy(q, lex_probe[i].word, n);
				q[j] = (char)b;
				cr_assert_eq(lex_hash_both(&h, q, qn),
				    text_lex_find(lex_probe, NLEX_PROBE, q, 0,
				    qn), "%s: byte %u at %zu",
				    lex_probe[i].word, b, j);
			}
		}
		for (j = 0; j < n; j++)
			cr_assert_eq(lex_hash_both(&h, lex_probe[i].word, j),
			    lex_plain(lex_probe[i].word, j));
	}
	memset(q, 'a', sizeof(q));
	cr_assert_eq(lex_hash_both(&h, q, sizeof(q)), 0);
}

/* text_gap_is_blank's inline cases (no gap, one space) and text.c's
 * text_gap_is_blank_any agree on every [a, b) of random text. */
Test(text, inline_blank_gap_agrees_with_the_full_one)
{
	static const char *const pieces[] = {
		" ", "  ", "\t", "\xc2\xa0", "\xc2", "a", ",", "\n",
	};
	char s[64];
	uint32_t seed = 9;
	size_t n, a, b;
	int round;

	for (round = 0; round < 300; round++) {
		n = th_random_text(s, sizeof(s), pieces,
		    sizeof(pieces) / sizeof(pieces[0]), &seed);
		for (a = 0; a <= n; a++)
			for (b = 0; b <= n; b++)
				cr_assert_eq(text_gap_is_blank(s, a, b),
				    b <= a || text_gap_is_blank_any(s, a, b),
				    "round %d: [%zu, %zu)", round, a, b);
	}
}

/*
 * The inline classes answer ASCII themselves and call text.c past it:
 * for every code point they agree with the _wide functions (and lower and
 * alnum with letter and upper, as they are defined).
 */
Test(text, inline_classes_agree_with_the_wide_ones)
{
	uint32_t c;

	for (c = 0; c <= 0x10ffff; c++) {
		cr_assert_eq(text_is_space(c), text_is_space_wide(c), "%x", c);
		cr_assert_eq(text_is_upper(c), text_is_upper_wide(c), "%x", c);
		cr_assert_eq(text_is_lower(c), text_is_letter(c) &&
		    !text_is_upper_wide(c), "%x", c);
		cr_assert_eq(text_is_alnum(c), text_is_digit(c) ||
		    text_is_letter(c), "%x", c);
	}
}
