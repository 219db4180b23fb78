/*
 * test_dates_filter.c — the rule sets the date extractor's lexicon
 * builds to try fewer rules at "the", "a", "an", "that", "at" and at a
 * number, by the token after it (workers/extract/dates/: dates.c's rule table and
 * dt_rules_before(), scan.c's lexicon): each set against the unfiltered
 * path it replaces, on every word the lexicon lists and on random text.
 */
#include <stdint.h>

#include "dates_check.h"
#include "dates/dates_private.h"

TestSuite(dates_filter, .fini = dt_fini);

/* Timexes of one body by a lexicon, copied out of dt_out. */
struct found {
	size_t		 n;
	struct timex3	 v[64];
};

static void
run_with(struct dates_lexicon *lx, const char *body, size_t len,
    struct found *f)
{
	struct article a;

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("t");
	a.body = str_make(body, len);
	a.pub.year = DT_YEAR;
	a.pub.month = DT_MONTH;
	a.pub.day = DT_DAY;
	dt_out.dates_lex = lx;
	dt_out.dates.n = 0;
	cr_assert_eq(dates_extract(&a, &dt_out), 0);
	f->n = dt_out.dates.n < 64 ? dt_out.dates.n : 64;
	memcpy(f->v, dt_out.dates.v, f->n * sizeof(f->v[0]));
}

/* The same timexes, to the byte, with the sets as without them. */
static void
same_both_ways(struct dates_lexicon *sets, struct dates_lexicon *all,
    const char *body, size_t len)
{
	struct found a, b;
	size_t k;

	run_with(sets, body, len, &a);
	run_with(all, body, len, &b);
	cr_assert_eq(a.n, b.n, "\"%.*s\": %zu timexes, unfiltered %zu",
	    (int)len, body, a.n, b.n);
	for (k = 0; k < a.n; k++) {
		cr_assert(a.v[k].start == b.v[k].start &&
		    a.v[k].end == b.v[k].end && a.v[k].type == b.v[k].type &&
		    a.v[k].mod == b.v[k].mod &&
		    strcmp(a.v[k].value, b.v[k].value) == 0,
		    "\"%.*s\": timex %zu [%u,%u) %s, unfiltered [%u,%u) %s",
		    (int)len, body, k, a.v[k].start, a.v[k].end,
		    a.v[k].value, b.v[k].start, b.v[k].end, b.v[k].value);
	}
}

/* The continuations the pairs below are tried with: a year, a day, a
 * unit, a sentence's end. */
static const char *const tails[] = { " of 2016.", " 15, 2016 ago", " day",
	"-long week", ", the year ended." };

/*
 * "the X Y tail" for every word X the lexicon lists (and a number, an
 * apostrophe, a hyphen), every listed Y, and each tail, and the same
 * after "a", "an", "that" and "at" (every fourth Y): the rules of the
 * lead word the sets try find what all of them find.  A word missing
 * from a rule's AFTER() test shows here as a timex the sets lose.
 */
Test(dates_filter, the_sets_miss_no_word_of_the_list, .timeout = 240)
{
	struct dates_lexicon *sets, *all;
	/* and what starts with a number or a mark ("the '80s", "the 3rd
	 * quarter", "the 1990s") */
	static const char *const extra[] = { "1990", "3", "'", "-", "80s",
	    "'80s", "3rd", "1990s", "15th", "'s" };
	static const char *const leads[] = { "the", "a", "an", "that", "at" };
	const size_t nx = DW_COUNT - 1 + sizeof(extra) / sizeof(extra[0]);
	char body[128];
	size_t l, x, y, k;
	const char *wx, *wy;
	int n;

	cr_assert_not_null(sets = dates_lexicon_new());
	cr_assert_not_null(all = dates_lexicon_new());
	dt_lexicon_unfiltered(all);
	for (l = 0; l < sizeof(leads) / sizeof(leads[0]); l++)
		for (x = 0; x < nx; x++) {
			wx = x < DW_COUNT - 1 ? dt_words[x + 1].w.low :
			    extra[x - (DW_COUNT - 1)];
			for (y = 1 + (l > 0 ? x % 4 : 0); y < DW_COUNT;
			    y += l > 0 ? 4 : 1) {
				wy = dt_words[y].w.low;
				k = (x + y) % (sizeof(tails) /
				    sizeof(tails[0]));
				n = snprintf(body, sizeof(body),
				    "It was on %s %s %s%s", leads[l], wx, wy,
				    tails[k]);
				cr_assert(n > 0 && (size_t)n < sizeof(body));
				same_both_ways(sets, all, body, (size_t)n);
			}
		}
	dates_lexicon_destroy(&sets);
	dates_lexicon_destroy(&all);
}

/*
 * A number of each shape (a day, a year, a clock's 1500) before every
 * word the lexicon lists and the marks and shapes a rule reads after a
 * number ("1990-2010", "10:30", "1990s", "5 1/2", "2,000"), then every
 * listed word: the rules of a number the sets try find what all of them
 * find.
 */
Test(dates_filter, the_number_sets_miss_no_word_of_the_list,
    .timeout = 120)
{
	struct dates_lexicon *sets, *all;
	static const char *const nums[] = { "3", "15", "1990", "1500", "80" };
	static const char *const extra[] = { ":30", ".30am", ".30", "/17/2016",
	    "-2010", "-22", "/24", ",000", "s", "'s", "th", "rd", "%", " 1/2",
	    "-year", " a.m.", " p.m.", " o'clock", " in the morning", " GMT",
	    "-08-17", ".08.2016", " to 5", " or 6", "-", " - 5", "'", ",", "." };
	const size_t nx = DW_COUNT - 1 + sizeof(extra) / sizeof(extra[0]);
	char body[128];
	size_t x, y, k;
	const char *wy;
	int n;

	cr_assert_not_null(sets = dates_lexicon_new());
	cr_assert_not_null(all = dates_lexicon_new());
	dt_lexicon_unfiltered(all);
	for (x = 0; x < nx; x++) {
		for (y = 1; y < DW_COUNT; y++) {
			wy = dt_words[y].w.low;
			k = (x + y) % (sizeof(tails) / sizeof(tails[0]));
			if (x < DW_COUNT - 1)
				n = snprintf(body, sizeof(body),
				    "It was on %s %s %s%s", nums[(x + y) %
				    (sizeof(nums) / sizeof(nums[0]))],
				    dt_words[x + 1].w.low, wy, tails[k]);
			else
				n = snprintf(body, sizeof(body),
				    "It was on %s%s %s%s", nums[(x + y) %
				    (sizeof(nums) / sizeof(nums[0]))],
				    extra[x - (DW_COUNT - 1)], wy, tails[k]);
			cr_assert(n > 0 && (size_t)n < sizeof(body));
			same_both_ways(sets, all, body, (size_t)n);
		}
	}
	dates_lexicon_destroy(&sets);
	dates_lexicon_destroy(&all);
}

/* A fixed random sequence (xorshift64), so a failure repeats. */
static uint64_t
next_rand(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/*
 * Random text of listed words (some capitalized), "the" one word in
 * four, numbers, years, clocks and marks, run from every token's
 * offset on:
 * the sets change no timex anywhere.
 */
Test(dates_filter, the_sets_against_the_unfiltered_path_on_random_text,
    .timeout = 120)
{
	static const char *const others[] = { "the", "the", "the", "a", "an",
	    "that", "at", "1990",
	    "2016", "15", "3", "'", "-", ",", ".", ":", "/", "\xe2\x80\x94",
	    "people", "said", "Friday", "s", "80s", "th", "'80s", "1990s",
	    "3rd", "21st", "10:30", "5 1/2", "2,000", "1990-2010", "8/17/2016",
	    "a.m.", "p.m.", "GMT", "%", "million", "percent" };
	struct dates_lexicon *sets, *all;
	uint64_t seed = UINT64_C(0x9e3779b97f4a7c15);
	char body[1024];
	size_t len, off, w, text;
	const char *word;
	uint64_t r;

	cr_assert_not_null(sets = dates_lexicon_new());
	cr_assert_not_null(all = dates_lexicon_new());
	dt_lexicon_unfiltered(all);
	for (text = 0; text < 300; text++) {
		len = 0;
		for (w = 0; w < 40; w++) {
			r = next_rand(&seed);
			if (r % 2 == 0)
				word = others[(r >> 8) %
				    (sizeof(others) / sizeof(others[0]))];
			else
				word = dt_words[1 + (r >> 8) %
				    (DW_COUNT - 1)].w.low;
			if (len + strlen(word) + 2 >= sizeof(body))
				break;
			if ((r >> 40) % 3 != 0)
				body[len++] = ' ';
			memcpy(body + len, word, strlen(word));
			/* some capitalized, as names and sentence starts */
			if ((r >> 48) % 5 == 0 && body[len] >= 'a' &&
			    body[len] <= 'z')
				body[len] = (char)(body[len] - 'a' + 'A');
			len += strlen(word);
		}
		body[len] = '\0';
		for (off = 0; off < len; off++)
			if (off == 0 || body[off - 1] == ' ')
				same_both_ways(sets, all, body + off, len - off);
	}
	dates_lexicon_destroy(&sets);
	dates_lexicon_destroy(&all);
}
