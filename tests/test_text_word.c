/*
 * test_text_word.c — workers/extract/text_word.c: the word scanner
 * forward and backward (connectors, possessives, capitals, curly marks),
 * its fast readers (a block of words, the next capitalised word, a
 * sentence's words read back) against the plain one, the abbreviations
 * that keep their period, and sentence ends.
 */
#include <stdio.h>
#include <stdlib.h>
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

static int
word_is(const char *s, const struct text_word *w, const char *expect)
{
	return w->end - w->start == strlen(expect) &&
	    memcmp(s + w->start, expect, w->end - w->start) == 0;
}

Test(text_word, words_with_connectors)
{
	const char *s = "  Holtz-Eakin don't U.S. 3.5 Putin's Mr. H. word.";
	struct text_word w;
	size_t p = 0;

	cr_assert(text_word_next(s, strlen(s), &p, &w));
	cr_assert(word_is(s, &w, "Holtz-Eakin"));
	cr_assert(w.flags & TEXT_W_CAP);
	cr_assert(text_word_next(s, strlen(s), &p, &w));
	cr_assert(word_is(s, &w, "don't"));
	cr_assert(!(w.flags & TEXT_W_CAP));
	cr_assert(text_word_next(s, strlen(s), &p, &w));
	cr_assert(word_is(s, &w, "U.S."));
	cr_assert(w.flags & TEXT_W_ABBREV);
	cr_assert(text_word_next(s, strlen(s), &p, &w));
	cr_assert(word_is(s, &w, "3.5"));
	cr_assert(w.flags & TEXT_W_DIGIT);
	cr_assert(text_word_next(s, strlen(s), &p, &w));
	cr_assert(word_is(s, &w, "Putin's"));
	cr_assert(w.flags & TEXT_W_POSS);
	cr_assert_eq(text_word_stem_end(s, &w), w.end - 2);
	cr_assert(text_word_next(s, strlen(s), &p, &w));
	cr_assert(word_is(s, &w, "Mr."));
	cr_assert(w.flags & TEXT_W_ABBREV);
	cr_assert(text_word_next(s, strlen(s), &p, &w));
	cr_assert(word_is(s, &w, "H."));
	cr_assert(w.flags & TEXT_W_INITIAL);
	cr_assert(text_word_next(s, strlen(s), &p, &w));
	cr_assert(word_is(s, &w, "word"), "a sentence's period is not a word's");
	cr_assert(!text_word_next(s, strlen(s), &p, &w));
	cr_assert_eq(p, strlen(s));
}

/*
 * The words text_word_next takes from eight-byte loads (letters after at
 * most a capital, ended by a space, a comma, a long word's period or the
 * range's end) get the flags of the full scan beside the ones it reads
 * byte by byte: abbreviations, joined periods, possessives.
 */
Test(text_word, plain_words_and_their_neighbours)
{
	const char *s = "Senator announced. Gen. approx. example.com Monday. "
	    "Obama's I  interviewed,\"absolutely\" Johnson";
	const char *expect[] = { "Senator", "announced", "Gen.", "approx.",
	    "example.com", "Monday", "Obama's", "I", "interviewed",
	    "absolutely", "Johnson" };
	const unsigned flags[] = { TEXT_W_CAP, 0, TEXT_W_CAP | TEXT_W_ABBREV,
	    TEXT_W_ABBREV, 0, TEXT_W_CAP, TEXT_W_CAP | TEXT_W_POSS,
	    TEXT_W_CAP, 0, 0, TEXT_W_CAP };
	struct text_word w;
	size_t p = 0, i;

	for (i = 0; i < sizeof(expect) / sizeof(expect[0]); i++) {
		cr_assert(text_word_next(s, strlen(s), &p, &w), "word %zu", i);
		cr_assert(word_is(s, &w, expect[i]), "word %zu: %.*s", i,
		    (int)(w.end - w.start), s + w.start);
		cr_assert_eq(w.flags, flags[i], "word %zu (%s): flags %#x",
		    i, expect[i], w.flags);
		cr_assert_eq(p, w.end);
	}
	cr_assert(!text_word_next(s, strlen(s), &p, &w));
	/* a range that ends inside a word ends the word there */
	p = 0;
	cr_assert(text_word_next(s, 5, &p, &w));
	cr_assert(word_is(s, &w, "Senat"));
	cr_assert_eq(w.flags, TEXT_W_CAP);
	p = 7;
	cr_assert(text_word_next(s, 16, &p, &w));
	cr_assert(word_is(s, &w, "announce"));
	cr_assert_eq(w.flags, 0);
}

/* Abbreviations of every kind keep their period; words whose first two
 * letters start none ("said.", "Trump.") and "No." in lower case do not. */
Test(text_word, abbreviations_keep_their_period)
{
	const char *s = "Adm. Messrs. gov't. Calif. Sept. Wyo. vs. St. "
	    "said. Trump. no. Dr";
	const char *abbrev[] = { "Adm.", "Messrs.", "gov't.", "Calif.",
	    "Sept.", "Wyo.", "vs.", "St." };
	const char *plain[] = { "said", "Trump", "no", "Dr" };
	struct text_word w;
	size_t p = 0, i;

	for (i = 0; i < sizeof(abbrev) / sizeof(abbrev[0]); i++) {
		cr_assert(text_word_next(s, strlen(s), &p, &w));
		cr_assert(word_is(s, &w, abbrev[i]), "%s", abbrev[i]);
		cr_assert(w.flags & TEXT_W_ABBREV, "%s", abbrev[i]);
	}
	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++) {
		cr_assert(text_word_next(s, strlen(s), &p, &w));
		cr_assert(word_is(s, &w, plain[i]), "%s", plain[i]);
		cr_assert(!(w.flags & TEXT_W_ABBREV), "%s", plain[i]);
	}
}

Test(text_word, curly_possessive_and_allcaps)
{
	const char *s = "Putin\xe2\x80\x99s KCNA";
	struct text_word w = word_at(s, 0);

	cr_assert(word_is(s, &w, "Putin\xe2\x80\x99s"));
	cr_assert(w.flags & TEXT_W_POSS);
	cr_assert_eq(text_word_stem_end(s, &w), 5);
	w = word_at(s, w.end);
	cr_assert(w.flags & TEXT_W_ALLCAP);
}

Test(text_word, curly_marks_between_and_after_words)
{
	/* “ in the gap, ’ closing a word, ’ inside one, — between */
	const char *s = "said \xe2\x80\x9cwe\xe2\x80\x99 don\xe2\x80\x99t"
	    "\xe2\x80\x94 fine and dandy Smith\xe2\x80\x9d";
	struct text_word w = word_at(s, 4);
	size_t p = 0;

	cr_assert(word_is(s, &w, "we"));
	w = word_at(s, w.end);
	cr_assert(word_is(s, &w, "don\xe2\x80\x99t"));
	w = word_at(s, w.end);
	cr_assert(word_is(s, &w, "fine"));
	cr_assert_eq(text_word_gap_end(s, strlen(s), 4), 5);
	cr_assert_eq(text_word_gap_end(s, 5, 4), 5);
	cr_assert(text_word_next_cap(s, strlen(s), &p, strlen(s), &w));
	cr_assert(word_is(s, &w, "Smith"));
	cr_assert(w.flags & TEXT_W_CAP);
}

Test(text_word, words_backward_agree_with_forward)
{
	const char *s = "said Mr. Holtz-Eakin, \xc3\x89mile";
	struct text_word w;
	size_t p = strlen(s);

	cr_assert(text_word_prev(s, 0, &p, &w));
	cr_assert(word_is(s, &w, "\xc3\x89mile"));
	cr_assert(w.flags & TEXT_W_CAP);
	cr_assert(text_word_prev(s, 0, &p, &w));
	cr_assert(word_is(s, &w, "Holtz-Eakin"));
	cr_assert(text_word_prev(s, 0, &p, &w));
	cr_assert(word_is(s, &w, "Mr."));
	cr_assert(text_word_prev(s, 0, &p, &w));
	cr_assert(word_is(s, &w, "said"));
	cr_assert_eq(p, 0);
	cr_assert(!text_word_prev(s, 0, &p, &w));
	/* a lower bound clips the scan */
	p = strlen(s);
	cr_assert(text_word_prev(s, strlen(s) - 2, &p, &w));
	cr_assert(word_is(s, &w, "le"));
	p = 5;
	cr_assert(!text_word_prev(s, 4, &p, &w));
}

Test(text_word, sentence_ends)
{
	const char *s = "Mr. Smith left. He said no! U.S. officials came. "
	    "George H. W. Bush spoke? Yes.";

	cr_assert(!text_word_is_sentence_end(s, strlen(s), 2), "Mr.");
	cr_assert(text_word_is_sentence_end(s, strlen(s), 14));
	cr_assert(text_word_is_sentence_end(s, strlen(s), 26), "!");
	cr_assert(!text_word_is_sentence_end(s, strlen(s), 31), "U.S.");
	cr_assert(text_word_is_sentence_end(s, strlen(s), 47));
	cr_assert(!text_word_is_sentence_end(s, strlen(s), 57), "H.");
	cr_assert(text_word_is_sentence_end(s, strlen(s), 72), "?");
	cr_assert(text_word_is_sentence_end(s, strlen(s), strlen(s) - 1),
	    "end");
	cr_assert(!text_word_is_sentence_end(s, strlen(s), 0), "not a stop");
}

/* A title or a party's state after a hyphen keeps its period as it would
 * alone ("then-Sen.", "ex-Gov.", "(I-Vt.)"); a word after a hyphen that
 * is no abbreviation, or one in lower case, does not. */
Test(text_word, an_abbreviation_after_a_hyphen_keeps_its_period)
{
	static const char *const kept[] = {
	    "Clinton lost to then-Sen. Barack Obama.",
	    "He met ex-Gov. Jeb Bush.",
	    "Sen. Bernie Sanders (I-Vt.) said so.",
	    "Tim Kaine, D-Va. and others.",
	};
	static const char *const ends[] = {
	    "He met Ms. Jones-Smith. Then he left.",
	    "It was up-to-date. Then he left.",
	    "It was a then-sen. Then he left.",
	};
	size_t k;
	const char *s, *at, *b;
	struct text_word w;

	for (k = 0; k < sizeof(kept) / sizeof(kept[0]); k++) {
		s = kept[k];
		at = strchr(strchr(s, '-'), '.');
		cr_assert(!text_word_is_sentence_end(s, strlen(s),
		    (size_t)(at - s)), "[%s]", s);
		for (b = strchr(s, '-'); b > s && b[-1] != ' ' && b[-1] != '(';
		    b--)
			;
		w = word_at(s, (size_t)(b - s));
		cr_assert(w.flags & TEXT_W_ABBREV, "[%s]", s);
	}
	for (k = 0; k < sizeof(ends) / sizeof(ends[0]); k++) {
		s = ends[k];
		at = strchr(strchr(s, '-'), '.');
		cr_assert(text_word_is_sentence_end(s, strlen(s),
		    (size_t)(at - s)), "[%s]", s);
	}
}

/* A stop at a line's end ends its sentence, after an abbreviation too
 * (the line break is the end: the fast path before stop_then_marks), and
 * a period inside a word at a line's end is no stop. */
Test(text_word, sentence_ends_at_a_line_end)
{
	const char *s = "He met Mr.\nSmith came no!\nWhy?\nIn 3.5\r\n";

	cr_assert(text_word_is_sentence_end(s, strlen(s), 9), "Mr. at its end");
	cr_assert(text_word_is_sentence_end(s, strlen(s), 24), "!");
	cr_assert(text_word_is_sentence_end(s, strlen(s), 29), "?");
	cr_assert(!text_word_is_sentence_end(s, strlen(s), 35), "3.5");
	cr_assert(!text_word_is_sentence_end(s, strlen(s), 10), "no stop");
}

Test(text_word, sentence_end_inside_closing_mark)
{
	const char *s = "\"We won.\" Then";
	const char *t = "3.5 million";

	cr_assert(text_word_is_sentence_end(s, strlen(s), 7));
	cr_assert(!text_word_is_sentence_end(t, strlen(t), 1));
}

/*
 * The period after a word: what reading the word back says (an
 * abbreviation or an initial keeps its period), as text_word_is_sentence_end
 * once decided every such period.  It looks back at most 2 *
 * TEXT_LEX_WORD_MAX bytes, from a character's start, and a word that
 * may start before that is no abbreviation.
 */
static int
period_ends_by_word_read_back(const char *s, size_t pos)
{
	size_t lo = pos > 2 * TEXT_LEX_WORD_MAX ? pos - 2 * TEXT_LEX_WORD_MAX :
	    0, q = pos + 1;
	struct text_word w;

	while (lo < pos && ((unsigned char)s[lo] & 0xc0) == 0x80)
		lo++;
	return !(text_word_prev(s, lo, &q, &w) && w.end == pos + 1 &&
	    (w.start > lo || lo == 0) && (w.flags & TEXT_W_ABBREV));
}

/*
 * text_word_is_sentence_end decides the period after a word of ASCII letters
 * from the letters without reading the word back: it must agree with the
 * read-back for abbreviations of either class in every case, initials,
 * plain words, whatever stands before the word (nothing, a space, marks,
 * a connector, a digit, a letter, UTF-8), and words that reach the edge
 * of the look-back window or past it.
 */
Test(text_word, sentence_end_after_a_word_agrees_with_reading_it_back)
{
	static const char *const words[] = {
		"mr", "sen", "no", "st", "wash", "gov", "approx", "messrs",
		"al", "co", "ft", "h", "a", "i", "said", "trump", "year",
		"mrx", "messrsx", "abcdefg", "noon", "nos", "vs", "etc",
	};
	static const char *const befores[] = {
		"", " ", "\"", "(", "-", "'", ".", "1", "x", "X", "\xc3\xa9",
		"\xe2\x80\x9c", "U.S ", "\n", "\t", "\xc2\xa0",
	};
	char s[256], word[128];
	size_t i, j, k, c, pad, n, pos, checked = 0;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		for (c = 0; c < 3; c++) {
			/* lower case, Capitalised, UPPER */
			n = strlen(words[i]);
			for (k = 0; k < n; k++)
				word[k] = (char)(c == 2 || (c == 1 && k == 0) ?
				    words[i][k] - 'a' + 'A' : words[i][k]);
			word[n] = '\0';
			for (j = 0; j < sizeof(befores) / sizeof(befores[0]);
			    j++)
				for (pad = 0; pad < 3; pad++) {
					n = (size_t)snprintf(s, sizeof(s),
					    "%.*s%s%s. Next", (int)pad, "ab ",
					    befores[j], word);
					pos = n - 6;
					cr_assert_eq(s[pos], '.');
					cr_assert_eq(text_word_is_sentence_end(
					    s, n, pos),
					    period_ends_by_word_read_back(s,
					    pos), "\"%s\" at %zu", s, pos);
					checked++;
				}
		}
	/* Long words: the window's edge at, inside and before the word,
	 * after a space, a UTF-8 letter or the text's start. */
	for (n = 2 * TEXT_LEX_WORD_MAX - 3; n < 2 * TEXT_LEX_WORD_MAX + 3;
	    n++)
		for (j = 0; j < 3; j++) {
			static const char *const lead[] = { "", " ",
			    "\xc3\xa9" };

			k = (size_t)snprintf(s, sizeof(s), "%s", lead[j]);
			memset(s + k, 'a', n);
			memcpy(s + k + n, "Mr. Next", 9);
			pos = k + n + 2;
			cr_assert_eq(text_word_is_sentence_end(s, strlen(s),
			    pos), period_ends_by_word_read_back(s, pos),
			    "%zu letters after \"%s\"", n + 2, lead[j]);
			checked++;
		}
	cr_assert_gt(checked, 1000);
	/* The rule still holds where it must: an abbreviation, an
	 * initial, a word. */
	cr_assert(!text_word_is_sentence_end("Mr. X", 5, 2));
	cr_assert(!text_word_is_sentence_end("by H. W", 7, 4));
	cr_assert(text_word_is_sentence_end("he said. X", 10, 7));
	cr_assert(text_word_is_sentence_end("at no. 5", 8, 5));
	cr_assert(!text_word_is_sentence_end("at No. 5", 8, 5));
}

/*
 * The same agreement for the words text_word_is_sentence_end decides by
 * their bytes without letters alone: a number ("in 2016.") and single
 * letters joined by periods ("U.S.", "a.m."), beside the shapes that
 * look like them and are read back ("1,000", "3.5", "F-16", "Ph.D.").
 */
Test(text_word, sentence_end_after_a_number_or_dotted_letters_agrees)
{
	static const char *const words[] = {
		"2016", "5", "1,000", "3.5", "19th", "F-16", "x5", "5x",
		"U.S", "u.s", "a.m", "p.m", "D.C", "U.S.A", "a.B.c.D.e",
		"Ph.D", "U.Sx", "xU.S", "1.S", "U.1", ".S", "S",
	};
	static const char *const befores[] = {
		"", " ", "\"", "(", "-", "'", ".", "1", "x", "X", "\xc3\xa9",
		"\xe2\x80\x9c", "U.S ", "\n", "\t", "\xc2\xa0",
	};
	char s[256];
	size_t i, j, pad, n, pos, checked = 0;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		for (j = 0; j < sizeof(befores) / sizeof(befores[0]); j++)
			for (pad = 0; pad < 3; pad++) {
				n = (size_t)snprintf(s, sizeof(s),
				    "%.*s%s%s. Next", (int)pad, "ab ",
				    befores[j], words[i]);
				pos = n - 6;
				cr_assert_eq(text_word_is_sentence_end(s, n,
				    pos), period_ends_by_word_read_back(s, pos),
				    "\"%s\" at %zu", s, pos);
				checked++;
			}
	cr_assert_gt(checked, 1000);
	cr_assert(text_word_is_sentence_end("in 2016. Next", 13, 7));
	cr_assert(!text_word_is_sentence_end("the U.S. Army", 13, 7));
	cr_assert(!text_word_is_sentence_end("at 5 p.m. Then", 14, 8));
}

/* Pieces of text for the capital finder: capitals inside and after words,
 * connectors, digits, curly marks, a no-break space, letters past ASCII. */
static const char *const cap_pieces[] = {
	"A", "B", "Z", "a", "z", "q", " ", " ", ",", ".", "'", "-", "7",
	"\n", "(", "\xe2\x80\x99", "\xe2\x80\x9c", "\xe2\x80\x94", "\xc2\xa0",
	"\xc3\xa9", "\xc3\x89", "\xe2\x80", "\x80", "\xc2", "\xc2\xaa",
	"\xe2\x81\x84", "Smith ", "said ",
	"O'Neil", "U.S.", "McDonald", "NYPD", "Trump\xe2\x80\x99s ",
};

/* text_word_cap_start, then text_word_next or text_word_next_cap as the names
 * scan calls them, give what text_word_next_cap gives alone, from every
 * offset of random text, to limits near and far. */
Test(text_word, capital_finder_agrees_with_the_word_scan)
{
	char s[400];
	const size_t npieces = sizeof(cap_pieces) / sizeof(cap_pieces[0]);
	static const size_t reach[] = { 1, 2, 5, 17, 40, 1000 };
	uint32_t seed = 12345;
	size_t t, n, off, k, at, found = 0, handed = 0;

	for (t = 0; t < 300; t++) {
		n = th_random_text(s, sizeof(s) / 2, cap_pieces, npieces, &seed);
		for (off = 0; off <= n; off++)
			for (k = 0; k < sizeof(reach) / sizeof(reach[0]); k++) {
				size_t lim = off + reach[k], p1 = off, p2 = off;
				struct text_word w1, w2;
				int r1, r2;

				memset(&w1, 0, sizeof(w1));
				memset(&w2, 0, sizeof(w2));
				r1 = text_word_next_cap(s, n, &p1, lim, &w1);
				if (text_word_cap_start(s, n, &p2, lim, &at)) {
					found++;
					cr_assert_geq(at, off);
					cr_assert_lt(at, lim);
					p2 = at;
					r2 = text_word_next(s, n, &p2, &w2);
				} else {
					handed++;
					cr_assert_geq(p2, off);
					r2 = text_word_next_cap(s, n, &p2, lim,
					    &w2);
				}
				cr_assert_eq(r1, r2, "text %zu offset %zu", t,
				    off);
				cr_assert_eq(p1, p2, "text %zu offset %zu", t,
				    off);
				if (r1) {
					cr_assert_eq(w1.start, w2.start);
					cr_assert_eq(w1.end, w2.end);
					cr_assert_eq(w1.flags, w2.flags);
				}
			}
	}
	cr_assert_gt(found, 1000);
	cr_assert_gt(handed, 1000);
}

static const char *const capword_pieces[] = {
	"A", "Z", "a", "s", " ", " ", ",", ".", "'", "-", "7", "\n", "\"",
	"\xe2\x80\x99", "\xe2\x80\x9d", "\xc3\xa9", "\x80",
	"Aug. ", "Aug.", "Aug.7", "Aug.\xe2\x80\x9d", "Sept. ", "Mr. ",
	"Mrs.", "Gen. ", "Approx. ", "Messrs. ", "Messrsx. ", "Ga. ", "No. ",
	"Europe. ", "Iraq.", "Iraq.\"", "Tanzania. ", "Al. ", "Gov't. ",
	"Xq. ", "Co.", "FBI ", "FBI,", "FBIs ", "NATO's ", "US. ", "AB",
	"Trump's ", "Trump's,", "Trump\xe2\x80\x99s ", "Jones's ", "Jones' ",
	"Smith ", "Smith,", "Smith", "said ", "U.S. ", "C. ", "McAlpine ",
	"Holtz-Eakin ", "Kim2 ",
};

/*
 * text_cap_word_quick gives the word text_word_next reads, or leaves it
 * to text_word_next: at every ASCII capital of random text (periods of
 * words and abbreviations, capitals only, possessives, each followed by
 * the bytes that end or continue a word), in a buffer of exactly the
 * text's length (no load may pass it).  Every shape it reads is taken.
 */
Test(text_word, quick_capital_word_agrees_with_the_word_scan)
{
	char buf[300];
	const size_t npieces = sizeof(capword_pieces) /
	    sizeof(capword_pieces[0]);
	uint32_t seed = 4242;
	size_t t, n, off, taken = 0, left = 0, abbrev = 0, allcap = 0,
	    poss = 0, before = 0;

	for (t = 0; t < 3000; t++) {
		char *s;

		n = th_random_text(buf, sizeof(buf), capword_pieces, npieces,
		    &seed);
		s = malloc(n ? n : 1);
		cr_assert_not_null(s);
		memcpy(s, buf, n);
		for (off = 0; off < n; off++) {
			struct text_word w1, w2;
			size_t p = off;

			if (s[off] < 'A' || s[off] > 'Z')
				continue;
			memset(&w1, 0, sizeof(w1));
			memset(&w2, 0, sizeof(w2));
			if (!text_cap_word_quick(s, n, off, &w1)) {
				left++;
				continue;
			}
			taken++;
			cr_assert(text_word_next(s, n, &p, &w2));
			cr_assert_eq(w1.start, w2.start, "text %zu at %zu",
			    t, off);
			cr_assert_eq(w1.end, w2.end, "text %zu at %zu: %.*s",
			    t, off, (int)(n - off < 12 ? n - off : 12),
			    s + off);
			cr_assert_eq(w1.flags, w2.flags, "text %zu at %zu: "
			    "%.*s", t, off, (int)(n - off < 12 ? n - off : 12),
			    s + off);
			cr_assert_eq(p, w2.end);
			abbrev += (w1.flags & TEXT_W_ABBREV) != 0;
			allcap += (w1.flags & TEXT_W_ALLCAP) != 0;
			poss += (w1.flags & TEXT_W_POSS) != 0;
			before += w1.end < n && s[w1.end] == '.';
		}
		free(s);
	}
	cr_assert_gt(taken, 10000);
	cr_assert_gt(left, 1000);
	cr_assert_gt(abbrev, 500);
	cr_assert_gt(allcap, 500);
	cr_assert_gt(poss, 500);
	cr_assert_gt(before, 500);
}

static const char *const word_pieces[] = {
	"A", "Z", "a", "q", " ", " ", " ", ",", ".", "'", "-", "7", "\n",
	"(", ")", "\"", "\xe2\x80\x99", "\xe2\x80\x9c", "\xe2\x80\x9d",
	"\xe2\x80\x94", "\xc2\xa0", "\xc3\xa9", "\xe2\x80", "\x80",
	"Smith ", "said ", "said. ", "says, ", "Mr. ", "U.S. ", "don't ",
	"according ", "Antidisestablishmentarianism ", "abcdefghijklmnop",
	"Trump\xe2\x80\x99s ", "NYPD ", "Holtz-Eakin ", "3.5 ", "ok.Then ",
	"Tuesday. ", "year.", "gen. ", "Approx. ", "x. ", "Smith.\"",
	"said.\xe2\x80\x9d", "ended.5", "Sept.", "messrsx. ", "no.\xc3\xa9",
	"\xe2\x80\x9cHe ", "\xe2\x80\x94", "\xe2\x80\x9c\xe2\x80\x94" "a",
	"\xe3\x81\x82", "\xd0\x96",
	/* a capital's other common shapes (text_word_cap_rest's) */
	"Trump's ", "NATO's,", "Jones' ", "FBI ", "FBI,", "FBIs ", "Europe. ",
	"Aug. ", "Iraq.\"", "Aug.7", "AB",
	/* joined parts and numbers (odd_word's and odd_start's) */
	"two-day ", "it's ", "don't,", "rock'n'roll ", "A-list ", "x-Ray ",
	"so-", "I'm", "a-b-c.", "2016 ", "40,000", "9%", "1-0 ", "7\xe2\x80\x9d",
	"2016's ", "it\xe2\x80\x99s ", "don\xe2\x80\x99t,", "no\xe2\x80\x99T ",
	"approx.", "jr. ", "vs.\"", "so.\xe2\x80\x9d", "ab.c ",
	"McAlpine ", "iPhone", "said\xc2\xa0", "x\xc2\xaa",
};

/*
 * text_word_next reads a common word's letters sixteen at a time, and
 * near the end of its range from the sixteen bytes that end there: from
 * every offset of random text to every end, in a buffer of exactly the
 * text's length (no load may pass it), the first two words are the ones
 * text_word_next_in reads from its block masks (which stop at end on
 * their own), where those serve them.
 */
Test(text_word, word_next_to_every_end_agrees_with_the_block_reader)
{
	char buf[200];
	const size_t npieces = sizeof(word_pieces) / sizeof(word_pieces[0]);
	uint32_t seed = 77;
	size_t t, n, off, end, words = 0;

	for (t = 0; t < 60; t++) {
		char *s;

		n = th_random_text(buf, sizeof(buf), word_pieces, npieces, &seed);
		s = malloc(n ? n : 1);
		cr_assert_not_null(s);
		memcpy(s, buf, n);
		for (off = 0; off <= n; off++)
			for (end = off; end <= n; end++) {
				size_t p1 = off, p2 = off, i;
				struct text_wblock b = TEXT_WBLOCK_INIT;

				for (i = 0; i < 2; i++) {
					struct text_word w1, w2;
					int r1, r2;

					memset(&w1, 0, sizeof(w1));
					memset(&w2, 0, sizeof(w2));
					r1 = text_word_next(s, end, &p1, &w1);
					r2 = text_word_next_in(s, n, end, &p2,
					    &w2, &b);
					cr_assert_eq(r1, r2, "text %zu [%zu, %zu)",
					    t, off, end);
					cr_assert_eq(p1, p2, "text %zu [%zu, %zu)",
					    t, off, end);
					if (!r1)
						break;
					words++;
					cr_assert_eq(w1.start, w2.start);
					cr_assert_eq(w1.end, w2.end, "text %zu "
					    "[%zu, %zu)", t, off, end);
					cr_assert_eq(w1.flags, w2.flags);
				}
			}
		free(s);
	}
	cr_assert_gt(words, 100000);
}

/* text_word_next_in, called word after word with one block (as the
 * reported-speech scanner reads a sentence, jumping over its quotes),
 * gives what text_word_next gives, from every offset of random text,
 * to ends near and far. */
Test(text_word, block_word_reader_agrees_with_the_word_scan)
{
	char s[400];
	const size_t npieces = sizeof(word_pieces) / sizeof(word_pieces[0]);
	static const size_t reach[] = { 1, 3, 16, 17, 40, 1000 };
	uint32_t seed = 4321;
	size_t t, n, off, k, fast = 0, words = 0;

	for (t = 0; t < 200; t++) {
		n = th_random_text(s, sizeof(s) / 2, word_pieces, npieces, &seed);
		for (off = 0; off <= n; off++)
			for (k = 0; k < sizeof(reach) / sizeof(reach[0]); k++) {
				size_t end = off + reach[k] < n ? off + reach[k] :
				    n, p1 = off, p2 = off;
				struct text_wblock b = TEXT_WBLOCK_INIT;

				for (;;) {
					struct text_word w1, w2;
					int r1, r2;

					memset(&w1, 0, sizeof(w1));
					memset(&w2, 0, sizeof(w2));
					r1 = text_word_next(s, end, &p1, &w1);
					r2 = text_word_next_in(s, n, end, &p2,
					    &w2, &b);
					cr_assert_eq(r1, r2, "text %zu offset %zu",
					    t, off);
					cr_assert_eq(p1, p2, "text %zu offset %zu",
					    t, off);
					if (!r1)
						break;
					words++;
					fast += b.at != SIZE_MAX &&
					    w2.start >= b.at &&
					    w2.start < b.at + TEXT_WBLOCK;
					cr_assert_eq(w1.start, w2.start);
					cr_assert_eq(w1.end, w2.end);
					cr_assert_eq(w1.flags, w2.flags,
					    "text %zu offset %zu", t, off);
					/* now and then a jump, as over a quote */
					seed = seed * 1103515245u + 12345u;
					if ((seed >> 16) % 5 == 0) {
						p1 += (seed >> 20) % 7;
						p2 = p1;
					}
				}
			}
	}
	/* the blocks served most words */
	cr_assert_gt(fast * 2, words);
}

/*
 * text_word_next_many reads the words text_word_next reads one after the
 * other: from every offset of random text, within ends short and long
 * (about one block of masks and one of the reader's: 16 and 32 bytes;
 * the last bytes of the text too), up to a lim, a mark, a number of
 * words after mark's and a max drawn at random; the same
 * words, flags, count and *pos as the word-by-word loop that stops where
 * its contract says.
 */
Test(text_word, words_reader_agrees_with_the_word_scan)
{
	char s[400];
	const size_t npieces = sizeof(word_pieces) / sizeof(word_pieces[0]);
	static const size_t reach[] = { 1, 3, 16, 17, 31, 32, 33, 40, 1000 };
	static const size_t maxes[] = { 1, 2, 3, 7, 96 };
	static const size_t afters[] = { 0, 0, 1, 2, 9 };
	uint32_t seed = 2468;
	size_t t, n, off, r, words = 0, by_mark = 0, by_lim = 0, past = 0;

	for (t = 0; t < 200; t++) {
		n = th_random_text(s, sizeof(s) / 2, word_pieces, npieces, &seed);
		for (off = 0; off <= n; off++)
			for (r = 0; r < sizeof(reach) / sizeof(reach[0]); r++) {
				struct text_word w1[96], w2[96], v;
				size_t end = off + reach[r] < n ? off + reach[r] :
				    n, lim, mark, max, after, left = SIZE_MAX,
				    p1 = off, p2 = off, n1 = 0, n2, q, i;

				seed = seed * 1103515245u + 12345u;
				lim = (seed >> 16) % 3 == 0 ? end : off +
				    (seed >> 18) % (end - off + 4);
				seed = seed * 1103515245u + 12345u;
				mark = (seed >> 16) % 3 == 0 ? SIZE_MAX : off +
				    (seed >> 18) % (end - off + 2);
				max = maxes[(seed >> 24) % 5];
				after = afters[(seed >> 27) % 5];
				/* the loop the contract describes */
				while (n1 < max && left > 0) {
					q = p1;
					if (!text_word_next(s, end, &q, &v) ||
					    v.start >= (lim < end ? lim : end)) {
						if (p1 < (lim < end ? lim : end))
							p1 = lim < end ? lim : end;
						by_lim++;
						break;
					}
					w1[n1++] = v;
					p1 = q;
					if (left != SIZE_MAX) {
						left--;
						past++;
					} else if (v.start >= mark) {
						by_mark++;
						left = after;
					}
				}
				memset(w2, 0, sizeof(w2));
				n2 = text_word_next_many(s, n, end, lim, mark,
				    after, &p2, w2, max);
				cr_assert_eq(n1, n2, "text %zu offset %zu end %zu "
				    "lim %zu mark %zu max %zu", t, off, end, lim,
				    mark, max);
				cr_assert_eq(p1, p2, "text %zu offset %zu end %zu "
				    "lim %zu mark %zu max %zu", t, off, end, lim,
				    mark, max);
				for (i = 0; i < n1; i++) {
					cr_assert_eq(w1[i].start, w2[i].start);
					cr_assert_eq(w1[i].end, w2[i].end);
					cr_assert_eq(w1[i].flags, w2[i].flags,
					    "text %zu offset %zu word %zu", t,
					    off, i);
				}
				words += n1;
			}
	}
	/* every way of stopping was taken */
	cr_assert_gt(words, 10000);
	cr_assert_gt(by_mark, 1000);
	cr_assert_gt(by_lim, 1000);
	cr_assert_gt(past, 1000);
}

/*
 * The words text_word_next_many's blocks leave to odd_word and odd_start
 * that those read themselves (parts joined by a hyphen or an apostrophe,
 * ASCII or U+2019; letters in both cases; numbers; a lower-case word
 * before a period, an abbreviation or not), each with the bytes that end
 * it or do not (a no-break space, curly marks and dashes, letters past
 * ASCII), in a text long enough for the blocks: the words of
 * text_word_next.
 */
Test(text_word, words_reader_reads_joined_words_and_numbers)
{
	static const char *const texts[] = {
		"the two-day talks, it's over, don't go, rock'n'roll A-list "
		"x-Ray so-called I'm Trump's it\xe2\x80\x99s don\xe2\x80\x99t "
		"q\xe2\x80\x99 a q' a q- a no\xe2\x80\x99T no\xe2\x80\x99"
		"\xe2\x80\x99s and then some more words to read here",
		"in 2016 the 40,000 fans, 9% of them, 1-0 up, 7\xe2\x80\x9d "
		"and 2016's 3.5 12a 7. then approx. jr. vs.\" so.\xe2\x80\x9d "
		"ab.c "
		"x. it. etc.) ok.Then so.\xc3\xa9 it.\xe2\x80\x9d words "
		"after them to fill the blocks",
		"he said\xc2\xa0that Smith\xc2\xa0said A\xc2\xa0" "b x\xc2\xaa "
		"wordy\xc2\xb5 said\xe2\x80\x9d now\xe2\x80\x94then "
		"Jones\xe2\x80\x99 it\xe2\x80\x99\xc3\xa9 two-day\xe2\x80\x9d "
		"it's\xc2\xa0so McAlpine iPhone, DeSantis\xc2\xa0" "and McA. "
		"aB'c MacDonald's eBay\xe2\x80\x9d FBI\xc2\xa0 AbC9 AbC- "
		"iPad{x "
		"q\xe2\x80 and the last words of it to fill a block",
	};
	size_t t, off;

	for (t = 0; t < sizeof(texts) / sizeof(texts[0]); t++) {
		const char *s = texts[t];
		size_t n = strlen(s);

		for (off = 0; off < n; off++) {
			struct text_word w1[96], w2[96], v;
			size_t p1 = off, p2 = off, n1 = 0, n2, i, q;

			while (n1 < 96) {
				q = p1;
				if (!text_word_next(s, n, &q, &v))
					break;
				w1[n1++] = v;
				p1 = q;
			}
			n2 = text_word_next_many(s, n, n, n, SIZE_MAX, 0, &p2,
			    w2, 96);
			cr_assert_eq(n1, n2, "text %zu offset %zu", t, off);
			for (i = 0; i < n1; i++) {
				cr_assert_eq(w1[i].start, w2[i].start,
				    "text %zu offset %zu word %zu", t, off, i);
				cr_assert_eq(w1[i].end, w2[i].end,
				    "text %zu offset %zu word %zu", t, off, i);
				cr_assert_eq(w1[i].flags, w2[i].flags,
				    "text %zu offset %zu word %zu", t, off, i);
			}
		}
	}
}

/* Pieces for reading back: word_pieces' marks and odd words, and the
 * plain words between blanks that a sentence is mostly made of. */
static const char *const prev_pieces[] = {
	"A", "a", " ", ",", ".", "'", "-", "7", "\n", "(", "\"", "\t",
	"\xe2\x80\x99", "\xe2\x80\x9c", "\xe2\x80\x94", "\xc2\xa0",
	"\xc3\xa9", "\x80", "Mr. ", "U.S. ", "don't ", "3.5 ", "ok.Then ",
	"Trump\xe2\x80\x99s ", "Holtz-Eakin ", "said. ", "Smith ", "said ",
	"the ", "of ", "NATO ", "2016 ", "Jones ", "x ", "B ", "says ",
	"officials ", "  ",
};

/* text_word_prev_in over the words a forward scan read (some left out,
 * as a sentence's words without its quotes, within an end as a
 * sentence's) gives what text_word_prev gives, from every offset of
 * random text down to each of a few starts, the cursor kept from one
 * call to the next as a mention read back keeps it, and after jumps. */
Test(text_word, word_array_reader_agrees_with_reading_back)
{
	char s[400];
	const size_t npieces = sizeof(prev_pieces) / sizeof(prev_pieces[0]);
	static const size_t reach[] = { 5, 17, 1000 };
	uint32_t seed = 9876;
	size_t t, n, off, r, served = 0, asked = 0;

	for (t = 0; t < 200; t++) {
		n = th_random_text(s, sizeof(s) / 2, prev_pieces, npieces, &seed);
		for (r = 0; r < sizeof(reach) / sizeof(reach[0]); r++) {
			struct text_word words[200], w;
			size_t nw = 0, p = 0, end = reach[r] < n ?
			    n - reach[r] : n, lo, k;

			/* the words, some left out */
			while (nw < 200 && text_word_next(s, end, &p, &w)) {
				seed = seed * 1103515245u + 12345u;
				/* a flag no reader sets marks the
				 * answers the array gave */
				w.flags |= 0x80;
				if ((seed >> 16) % 6 != 0)
					words[nw++] = w;
			}
			for (lo = 0; lo < end; lo += 1 + lo / 2) {
				k = nw;
				for (off = end + 1; off-- > lo;) {
					size_t p1 = off, p2 = off;
					struct text_word w1, w2;
					int r1, r2;

					memset(&w1, 0, sizeof(w1));
					memset(&w2, 0, sizeof(w2));
					r1 = text_word_prev(s, lo, &p1, &w1);
					r2 = text_word_prev_in(s, lo, &p2, &w2,
					    words, nw, &k);
					asked++;
					cr_assert_eq(r1, r2, "text %zu pos %zu",
					    t, off);
					cr_assert_eq(p1, p2, "text %zu pos %zu",
					    t, off);
					if (!r1)
						continue;
					served += (w2.flags & 0x80) != 0;
					cr_assert_eq(w1.start, w2.start);
					cr_assert_eq(w1.end, w2.end);
					cr_assert_eq(w1.flags, w2.flags & ~0x80u,
					    "text %zu pos %zu", t, off);
					/* now and then a jump forward, as
					 * mention_back makes */
					seed = seed * 1103515245u + 12345u;
					if ((seed >> 16) % 40 == 0 &&
					    off + 30 < end)
						off += (seed >> 20) % 30;
				}
			}
		}
	}
	/* the words served many answers */
	cr_assert_gt(served * 10, asked, "served %zu of %zu", served,
	    asked);
}

/* The character at and before a byte past ASCII (text_word.c). */
Test(text_word, chars_around_multibyte)
{
	const char *s = "a\xc3\xa9z";	/* aéz */

	cr_assert_eq(text_char_at(s, 4, 1), 0xe9);
	cr_assert_eq(text_char_before(s, 3), 0xe9);
	cr_assert_eq(text_char_before(s, 0), 0);
	cr_assert_eq(text_char_at(s, 4, 4), 0);
}

/*
 * text_char_at and text_char_before answer ASCII inline and call
 * text_word.c past it: they agree with the _wide functions at every
 * offset of random text, bounds and broken UTF-8 included.
 */
Test(text_word, inline_char_readers_agree_with_the_wide_ones)
{
	static const char *const pieces[] = {
		"a", "Z", "9", " ", "\t", "\n", "\xc2\xa0", "\xc3\xa9",
		"\xc3\x89", "\xe2\x80\x99", "\xe2\x80\xa8", "\xf0\x9f\x98\x80",
		"\x80", "\xc3", "\xe2\x80", "\xff", ".", "-",
	};
	char s[256];
	uint32_t seed = 5;
	size_t n, p, len;
	int round;

	for (round = 0; round < 200; round++) {
		n = th_random_text(s, sizeof(s), pieces,
		    sizeof(pieces) / sizeof(pieces[0]), &seed);
		for (len = n > 3 ? n - 3 : 0; len <= n; len++)
			for (p = 0; p <= n + 1; p++) {
				cr_assert_eq(text_char_at(s, len, p),
				    text_word_char_at_wide(s, len, p),
				    "round %d at %zu of %zu", round, p, len);
				if (p <= len)
					cr_assert_eq(text_char_before(s, p),
					    text_word_char_before_wide(s, p),
					    "round %d at %zu", round, p);
			}
	}
}
