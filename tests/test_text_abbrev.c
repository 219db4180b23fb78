/*
 * test_text_abbrev.c — workers/extract/text_abbrev.c: the abbreviations
 * that keep their period, their lookup by first letter against the plain
 * search over the same table.
 */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "text.h"

/*
 * text_abbrev_class against text_lex_find over the same table, each
 * abbreviation in either case, with every byte value at every position
 * and one byte longer, its prefixes, after every count of bytes before it
 * (the key's load reads the bytes that precede a short word), and random
 * words of up to nine letters and apostrophes.
 */
Test(text_abbrev, abbreviation_lookup_agrees_with_the_search)
{
	size_t n, i, j, off, qn, len;
	const struct text_lex *ab = text_abbrev_list(&n);
	char buf[32], *q;
	unsigned b, seed = 7;
	int hits = 0;

	cr_assert_gt(n, 26);
	for (i = 0; i < n; i++) {
		len = ab[i].len;
		for (off = 0; off < 10; off++) {
			memset(buf, off & 1 ? 'Z' : ' ', sizeof(buf));
			q = buf + off;
			memcpy(q, ab[i].word, len);
			cr_assert_eq(text_abbrev_class(buf, off,
			    off + len), ab[i].classes, "%s at %zu",
			    ab[i].word, off);
			for (j = 0; j < len; j++)
				if (q[j] >= 'a' && q[j] <= 'z' && (j == 0 ||
				    off & 2))
					q[j] = (char)(q[j] - 'a' + 'A');
			cr_assert_eq(text_abbrev_class(buf, off,
			    off + len), ab[i].classes, "%s in capitals at %zu",
			    ab[i].word, off);
			for (j = 0; j < len; j++)
				cr_assert_eq(text_abbrev_class(buf, off,
				    off + j), text_lex_find(ab, n, buf, off,
				    off + j), "%s: prefix %zu", ab[i].word, j);
			for (j = 0; j <= len; j++) {
				qn = j < len ? len : len + 1;
				for (b = 0; b < 256; b++) {
					memcpy(q, ab[i].word, len);
					q[j] = (char)b;
					cr_assert_eq(text_abbrev_class(buf,
					    off, off + qn), text_lex_find(ab, n,
					    buf, off, off + qn),
					    "%s: byte %u at %zu", ab[i].word, b,
					    j);
				}
			}
		}
	}
	for (i = 0; i < 200000; i++) {
		static const char letters[] = "abcdefghijklmnopqrstuvwxyzAMS'";

		seed = seed * 1103515245u + 12345u;
		off = (seed >> 8) % 10;
		len = (seed >> 16) % 10;
		for (j = 0; j < off + len; j++) {
			seed = seed * 1103515245u + 12345u;
			buf[j] = letters[(seed >> 16) % (sizeof(letters) - 1)];
		}
		if (text_lex_find(ab, n, buf, off, off + len) != 0)
			hits++;
		cr_assert_eq(text_abbrev_class(buf, off, off + len),
		    text_lex_find(ab, n, buf, off, off + len), "%.*s",
		    (int)len, buf + off);
	}
	cr_assert_gt(hits, 0);
}

/* The "v." of a case's name between its parties keeps its period ("Roe v.
 * Wade"): an abbreviation in lower case, as no other single letter is. */
Test(text_abbrev, the_v_of_a_case_s_name)
{
	const char *s = "He would overturn Roe v. Wade. Then he left.";
	const char *v = strstr(s, " v.") + 1;

	cr_assert_neq(text_abbrev_class(v, 0, 1), 0);
	cr_assert_eq(text_abbrev_class("w", 0, 1), 0);
	cr_assert(!text_word_is_sentence_end(s, strlen(s),
	    (size_t)(v + 1 - s)));
	cr_assert(text_word_is_sentence_end(s, strlen(s),
	    (size_t)(strstr(s, "Wade.") + 4 - s)));
}
