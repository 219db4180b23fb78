/*
 * test_quotes_mark.c — workers/extract/quotes_mark.c: pairing every
 * convention of quotation marks (straight, curly, guillemets, low-high,
 * wire backticks, apostrophes), the block scanner against the byte loop,
 * unclosed and multi-paragraph quotes; and attribution.c's sentence ends
 * by blocks, checked the same way over the same random pieces.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "extract.h"
#include "helpers.h"
#include "message.h"
#include "quotes_int.h"
#include "quotes_mark.h"
#include "text.h"
#include "quotes_check.h"

TestSuite(quotes_mark, .fini = qt_fini);

/* --- pairing conventions --- */

Test(quotes_mark, straight_quotes_alternate)
{
	const char *b = "\"We will win this race,\" Smith said. "
	    "Jones said, \"We will not lose it.\"";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"We will win this race,\"", 0, QUOTE_DIRECT, "Smith",
	    "Smith", 0, "said");
	qt_check(b, "\"We will not lose it.\"", 0, QUOTE_DIRECT, "Jones",
	    "Jones", 0, "said");
}

Test(quotes_mark, straight_quote_direction_hints)
{
	/* an inch mark in closing position opens nothing */
	const char *b = "The 6'2\" center said \"nobody\" would stop him.";

	cr_assert_eq(qt(b), 1);
	/* a fragment of the center's reported speech: his mention */
	qt_check(b, "\"nobody\"", 0, QUOTE_PARTIAL, NULL, "center", 0,
	    "said");
}

Test(quotes_mark, curly_quotes)
{
	const char *b = "\xe2\x80\x9cThe economy is strong,\xe2\x80\x9d "
	    "the president said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\xe2\x80\x9cThe economy is strong,\xe2\x80\x9d", 0,
	    QUOTE_DIRECT, NULL, "the president", 0, "said");
}

Test(quotes_mark, guillemets_and_nested_english_marks)
{
	const char *b = "Macron said: \xc2\xab We heard \xe2\x80\x9cno\xe2\x80"
	    "\x9d from them today. \xc2\xbb";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\xc2\xab We heard \xe2\x80\x9cno\xe2\x80\x9d from them "
	    "today. \xc2\xbb", 0, QUOTE_DIRECT, "Macron", "Macron", 0,
	    "said");
	qt_check(b, "\xe2\x80\x9cno\xe2\x80\x9d", 0, QUOTE_PARTIAL, NULL,
	    NULL, 0, NULL);
}

Test(quotes_mark, single_guillemets_nest)
{
	const char *b = "\xc2\xab Il a dit \xe2\x80\xb9 non \xe2\x80\xba "
	    "hier soir. \xc2\xbb";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\xe2\x80\xb9 non \xe2\x80\xba", 0, QUOTE_PARTIAL, NULL,
	    NULL, 0, NULL);
}

Test(quotes_mark, german_low_high)
{
	const char *b = "Merkel sagte: \xe2\x80\x9eWir schaffen das.\xe2\x80"
	    "\x9c Dann ging sie.";

	cr_assert_eq(qt(b), 1);
	cr_assert_eq(qt_out.quotes.v[0].start, th_off(b, "\xe2\x80\x9eWir", 0));
	cr_assert_eq(qt_out.quotes.v[0].end,
	    th_off(b, " Dann", 0));
}

Test(quotes_mark, wire_backticks)
{
	const char *b = "``It was definitely a bomb,'' said a U.S. Embassy "
	    "official in Nairobi.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "``It was definitely a bomb,''", 0, QUOTE_DIRECT, NULL,
	    "a U.S. Embassy official in Nairobi", 0, "said");
}

Test(quotes_mark, doubled_apostrophes_and_a_nested_single)
{
	const char *b = "''I said, 'Look, here is what I will do,''' he "
	    "recalled.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "''I said, 'Look, here is what I will do,'''", 0,
	    QUOTE_DIRECT, NULL, "he", 1, "recalled");
	qt_check(b, "'Look, here is what I will do,'", 0, QUOTE_PARTIAL,
	    NULL, NULL, 0, NULL);
}

Test(quotes_mark, nested_curly_singles)
{
	const char *b = "\xe2\x80\x9cThey called it \xe2\x80\x98" "a disaster"
	    "\xe2\x80\x99 and left,\xe2\x80\x9d Smith said.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\xe2\x80\x98" "a disaster\xe2\x80\x99", 0, QUOTE_PARTIAL,
	    NULL, NULL, 0, NULL);
	qt_check(b, "\xe2\x80\x9cThey called it \xe2\x80\x98" "a disaster\xe2"
	    "\x80\x99 and left,\xe2\x80\x9d", 0, QUOTE_DIRECT, "Smith",
	    "Smith", 0, "said");
}

Test(quotes_mark, apostrophe_guards)
{
	const char *b = "\"Don't play rock 'n' roll like in the '90s at the "
	    "Joneses' house,\" Smith said. \"We \xe2\x80\x99" "90s kids don"
	    "\xe2\x80\x99t rock \xe2\x80\x99n\xe2\x80\x99 roll,\" he added.";

	cr_assert_eq(qt(b), 2, "apostrophes made quotes");
	qt_check(b, "\"Don't play rock 'n' roll like in the '90s at the "
	    "Joneses' house,\"", 0, QUOTE_DIRECT, "Smith", "Smith", 0,
	    "said");
	qt_check(b, "\"We \xe2\x80\x99" "90s kids don\xe2\x80\x99t rock \xe2"
	    "\x80\x99n\xe2\x80\x99 roll,\"", 0, QUOTE_DIRECT, "Smith", "he", 2,
	    "added");
}

/* Apostrophes inside single quotes: the scanner passes over the ones
 * between two letters (it’s, don’t) and two spaces; the ones that
 * point (’90s, ’n’, the Joneses’) the pairer still weighs. */
Test(quotes_mark, apostrophes_inside_single_quotes)
{
	const char *b = "\xe2\x80\x98It\xe2\x80\x99s rock \xe2\x80\x99n"
	    "\xe2\x80\x99 roll ' the \xe2\x80\x99" "90s, don\xe2\x80\x99t "
	    "the Joneses\xe2\x80\x99 kids know?\xe2\x80\x99 she asked.\n\n"
	    "'It's gone,' he said.";

	cr_assert_eq(qt(b), 2, "apostrophes ended or opened quotes");
	qt_check(b, "\xe2\x80\x98It\xe2\x80\x99s rock \xe2\x80\x99n"
	    "\xe2\x80\x99 roll ' the \xe2\x80\x99" "90s, don\xe2\x80\x99t "
	    "the Joneses\xe2\x80\x99 kids know?\xe2\x80\x99", 0, QUOTE_DIRECT,
	    NULL, "she", 0, "asked");
	qt_check(b, "'It's gone,'", 0, QUOTE_DIRECT, NULL, "he", 3, "said");
}

/*
 * Fill s (cap bytes) with pieces drawn at random until fewer than 8 bytes
 * are left; the length written.  Every piece is shorter than 8 bytes.
 */
static size_t
random_pieces(char *s, size_t cap, const char *const *pieces, size_t np,
    unsigned *seed)
{
	size_t n = 0, k;

	while (n + 8 < cap) {
		const char *p = pieces[(size_t)rand_r(seed) % np];

		k = strlen(p);
		memcpy(s + n, p, k);
		n += k;
	}
	return n;
}

/*
 * The scanner returns paragraph breaks only when the pairer asks (a quote
 * is open); skipping them changes no mark it returns, and sc.para is the
 * start of the paragraph either way.  Random text of marks, words and
 * breaks, the breaks asked for at random.
 */
Test(quotes_mark, scanner_without_breaks_returns_the_same_marks)
{
	static const char *const pieces[] = {
		"a", "Bob", " ", "  ", "\n", "\r\n", "\xe2\x80\xa8", "\"", "'",
		"''", "'''", "`", "``", "\xe2\x80\x9c", "\xe2\x80\x9d",
		"\xe2\x80\x98", "\xe2\x80\x99", "\xc2\xab", "\xc2\xbb",
		"\xe2\x80\xb9", "\xe2\x80\xba", "\xe2\x80\x9e", ",",
		",\xe2\x80\x94", ".", "\xc2\xa0", "\xe2\x80\x94", "(", ")",
	};
	unsigned seed = 15;
	int round;

	for (round = 0; round < 400; round++) {
		char s[512];
		size_t n, na = 0, nb = 0, last_para = 0;
		struct scan a, b;
		struct mark ma, mb;
		enum event ea, eb;

		n = random_pieces(s, sizeof(s), pieces,
		    sizeof(pieces) / sizeof(pieces[0]), &seed);
		memset(&a, 0, sizeof(a));
		memset(&b, 0, sizeof(b));
		a.s = b.s = s;
		a.len = b.len = n;
		a.paras = 1;
		for (;;) {
			do {
				ea = quotes_mark_next(&a, &ma);
				if (ea == EV_PARA) {
					cr_assert(s[ma.pos] == '\n' ||
					    s[ma.pos] == '\r' ||
					    (unsigned char)s[ma.pos] == 0xe2);
					last_para = a.pos;
					cr_assert_eq(a.para, a.pos);
					nb++;
				}
			} while (ea == EV_PARA);
			b.paras = (int)(rand_r(&seed) & 1);
			do
				eb = quotes_mark_next(&b, &mb);
			while (eb == EV_PARA);
			cr_assert_eq(ea, eb, "round %d: event at %zu", round,
			    ma.pos);
			if (ea == EV_END)
				break;
			na++;
			cr_assert_eq(ma.pos, mb.pos, "round %d", round);
			cr_assert_eq(ma.len, mb.len, "round %d", round);
			cr_assert_eq(a.pos, b.pos, "round %d", round);
			if (ea == EV_MARK) {
				cr_assert_eq(ma.g, mb.g, "round %d", round);
				cr_assert_eq(ma.ctx, mb.ctx, "round %d", round);
			}
			cr_assert_eq(b.para, last_para, "round %d at %zu",
			    round, ma.pos);
		}
		cr_assert(na > 0 && nb > 0, "round %d: a text of nothing",
		    round);
	}
}

/*
 * The scanner compares blocks of bytes at once (SSE2) and passes over
 * line breaks and inner apostrophes inside its block loop; read a byte at
 * a time (sc.bytewise) it must give the same events, positions, marks
 * and sc.para.  Random text from every start offset, of every length up
 * to a few blocks (the block loop, its 16-byte step and the byte loop
 * each meet the text's end), in a buffer of exactly its length (ASan
 * catches a load past it), with breaks asked for at random, and with
 * the bytes the block compare takes for a stop but that are none (\t
 * # &) and the comma of ",—" on every side of a block's edge.
 */
Test(quotes_mark, scanner_by_blocks_agrees_with_the_byte_loop)
{
	static const char *const pieces[] = {
		"a", "Bob", "said", " ", "  ", "\n", "\r\n", "\t", "#", "&",
		"\x0b", "\xe2\x80\xa8", "\"", "'", "''", "`", "``",
		"\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98",
		"\xe2\x80\x99", "\xc2\xab", "\xc2\xbb", "\xc2\xa0", ",",
		",\xe2\x80\x94", ",\xe2\x80\x9c", "\xe2\x80\x94", ".",
		"don't", "it\xe2\x80\x99s", "9'9", "(", "plain ", "words ",
		"of it ", "%$!?", "text;",
	};
	unsigned seed = 21;
	int round;
	size_t events = 0, dashq = 0;

	for (round = 0; round < 300; round++) {
		char buf[400];
		size_t n, off;
		int all = round % 3 == 0;

		n = random_pieces(buf, 8 + (size_t)rand_r(&seed) %
		    (sizeof(buf) - 8), pieces, sizeof(pieces) /
		    sizeof(pieces[0]), &seed);
		for (off = 0; off <= n; off++) {
			char *s = malloc(n ? n : 1);
			struct scan a, b;
			struct mark ma, mb;
			enum event ea, eb;

			cr_assert_not_null(s);
			memcpy(s, buf, n);
			memset(&a, 0, sizeof(a));
			memset(&b, 0, sizeof(b));
			a.s = b.s = s;
			a.len = b.len = n;
			a.pos = b.pos = off;
			a.all = b.all = all;
			b.bytewise = 1;
			do {
				a.paras = b.paras = (int)(rand_r(&seed) & 1);
				ea = quotes_mark_next(&a, &ma);
				eb = quotes_mark_next(&b, &mb);
				cr_assert_eq(ea, eb, "round %d from %zu: event "
				    "%d at %zu, bytewise %d at %zu", round,
				    off, ea, ma.pos, eb, mb.pos);
				cr_assert_eq(a.pos, b.pos, "round %d from %zu",
				    round, off);
				cr_assert_eq(a.para, b.para, "round %d from "
				    "%zu at %zu", round, off, a.pos);
				if (ea == EV_END)
					break;
				events++;
				dashq += ea == EV_DASHQ;
				cr_assert_eq(ma.pos, mb.pos);
				cr_assert_eq(ma.len, mb.len);
				if (ea == EV_MARK) {
					cr_assert_eq(ma.g, mb.g);
					cr_assert_eq(ma.ctx, mb.ctx);
				}
			} while (1);
			free(s);
		}
	}
	cr_assert(events > 10000 && dashq > 100, "%zu events, %zu \",—\": "
	    "the test tests little", events, dashq);
}

/*
 * attribution_sentence_end reads its stops a block of bytes at a time;
 * it must answer what trying every stop byte in turn answers: a line
 * break, NEL (C2 85, not the 85 of a letter), or a stop that
 * text_word_is_sentence_end takes (the blocks also take '/', '>', \v and \f,
 * which must end nothing).  Random text from every start, to ends at
 * and before the text's end, in a buffer of exactly its length; and
 * attribution_stop_back, back from each end to each start, as a byte
 * loop finds its line break or stop.
 */
static size_t
sentence_end_bytewise(const char *s, size_t len, size_t pos, size_t end)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p;

	for (p = pos; p < end; p++) {
		if (u[p] == '\n' || u[p] == '\r')
			return p;
		if (u[p] == 0x85 && p > pos && u[p - 1] == 0xc2)
			return p - 1;
		if ((u[p] == '.' || u[p] == '!' || u[p] == '?' ||
		    u[p] == 0x85) && text_word_is_sentence_end(s, len, p))
			return p + 1;
	}
	return end;
}

static size_t
stop_back_bytewise(const unsigned char *u, size_t lo, size_t p, int sentence)
{
	for (; p > lo; p--)
		if (u[p - 1] == '\n' || u[p - 1] == '\r' || (sentence &&
		    (u[p - 1] == '.' || u[p - 1] == '!' || u[p - 1] == '?')))
			return p;
	return lo;
}

Test(quotes_mark, sentence_end_by_blocks_agrees_with_the_byte_loop)
{
	static const char *const pieces[] = {
		"a", "Bob", "said", " ", "  ", "\n", "\r\n", ". ", ".", "! ",
		"?", "Mr. ", "U.S. ", "3.5", "H. ", "etc. ", "\xc2\x85",
		"\xc3\x85", ".\"", ".\xe2\x80\x9d ", "...", "\xe2\x80\xa6 ",
		"plain ", "words ", "of it ", "(D-Md.)", "no.", "Calif. ",
		/* bytes the block test takes with the stops, and
		 * sentence_stop_ends then refuses */
		"/", "> ", "\v", "\f", "http://a.b/c ",
	};
	unsigned seed = 23;
	int round;
	size_t ends = 0;

	for (round = 0; round < 200; round++) {
		char buf[300];
		size_t n, pos, end;
		char *s;

		n = random_pieces(buf, 8 + (size_t)rand_r(&seed) %
		    (sizeof(buf) - 8), pieces, sizeof(pieces) /
		    sizeof(pieces[0]), &seed);
		s = malloc(n ? n : 1);
		cr_assert_not_null(s);
		memcpy(s, buf, n);
		for (pos = 0; pos <= n; pos++)
			for (end = pos; end <= n; end += 1 + (end & 7)) {
				size_t want = sentence_end_bytewise(s, n, pos,
				    end);

				cr_assert_eq(attribution_sentence_end(s, n,
				    pos, end), want, "round %d: from %zu to "
				    "%zu", round, pos, end);
				ends += want < end;
				/* the search back from end to pos */
				cr_assert_eq(attribution_stop_back(
				    (const unsigned char *)s, pos, end,
				    (int)(end & 1)), stop_back_bytewise(
				    (const unsigned char *)s, pos, end,
				    (int)(end & 1)), "round %d: back from %zu "
				    "to %zu", round, end, pos);
			}
		free(s);
	}
	cr_assert(ends > 10000, "%zu ends: the test tests little", ends);
}

/*
 * The marks the scanner passes over are inert: with sc.all it returns
 * them too, and each one it would have passed over is a single mark that
 * can neither open nor close a quote (the pairer's own tests), while every
 * other event is the same.  Random text of marks, words and breaks.
 */
Test(quotes_mark, scanner_passes_over_only_inert_marks)
{
	static const char *const pieces[] = {
		"a", "Bob", "n", "9", " ", "\n", "\"", "'", "''", "'''", "`",
		"\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98",
		"\xe2\x80\x99", "\xe2\x80\x9b", "\xe2\x80\x9a", "\xc2\xab",
		"\xc2\xbb", "\xe2\x80\xb9", "\xe2\x80\xba", ",", ".", "(", ")",
		"-", "\xc3\xa9", "\xc2\xa0", "don't", "it\xe2\x80\x99s",
	};
	unsigned seed = 17;
	int round;
	size_t skipped = 0;

	for (round = 0; round < 400; round++) {
		char s[512];
		size_t n;
		struct scan a, b;
		struct mark ma, mb;
		enum event ea, eb;

		n = random_pieces(s, sizeof(s), pieces,
		    sizeof(pieces) / sizeof(pieces[0]), &seed);
		memset(&a, 0, sizeof(a));
		memset(&b, 0, sizeof(b));
		a.s = b.s = s;
		a.len = b.len = n;
		a.paras = b.paras = 1;
		a.all = 1;
		eb = quotes_mark_next(&b, &mb);
		while ((ea = quotes_mark_next(&a, &ma)) != EV_END) {
			if (eb != EV_END && ma.pos == mb.pos) {
				cr_assert_eq(ea, eb, "round %d at %zu", round,
				    ma.pos);
				if (ea == EV_MARK) {
					cr_assert_eq(ma.len, mb.len);
					cr_assert_eq(ma.g, mb.g);
					cr_assert_eq(ma.ctx, mb.ctx);
					cr_assert_eq(ma.fam, mb.fam);
					cr_assert_eq(ma.pref, mb.pref);
				}
				eb = quotes_mark_next(&b, &mb);
				continue;
			}
			cr_assert(eb == EV_END || ma.pos < mb.pos,
			    "round %d: a mark at %zu only without sc.all",
			    round, mb.pos);
			cr_assert_eq(ea, EV_MARK, "round %d: an event at %zu "
			    "passed over", round, ma.pos);
			cr_assert(ma.fam == FAM_SINGLE &&
			    !quotes_mark_single_can_open(s, n, &ma) &&
			    !quotes_mark_single_can_close(s, n, &ma),
			    "round %d: the mark at %zu (%.*s) can open or "
			    "close, and was passed over", round, ma.pos,
			    (int)ma.len, s + ma.pos);
			skipped++;
		}
		cr_assert_eq(eb, EV_END, "round %d: a mark at %zu only "
		    "without sc.all", round, mb.pos);
	}
	cr_assert(skipped > 1000, "%zu marks passed over: the test tests "
	    "nothing", skipped);
}

Test(quotes_mark, mismatched_marks_still_pair)
{
	const char *b = "Kim said the friendship \xe2\x80\x9chas been "
	    "steadily developing\xc2\xbb for years.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\xe2\x80\x9chas been steadily developing\xc2\xbb", 0,
	    QUOTE_PARTIAL, "Kim", "Kim", 0, "said");
}

Test(quotes_mark, multi_paragraph_quote_is_one)
{
	const char *b = "Smith said:\n\n\xe2\x80\x9cThe first part of the "
	    "speech ends here.\n\n\xe2\x80\x9cThe second part goes on and "
	    "ends.\xe2\x80\x9d\n\nThen he left.";
	uint32_t s = th_off(b, "\xe2\x80\x9cThe first", 0);

	cr_assert_eq(qt(b), 1);
	cr_assert_eq(qt_out.quotes.v[0].start, s);
	cr_assert_eq(qt_out.quotes.v[0].end, th_off(b, "\n\nThen", 0));
	cr_assert_eq(qt_out.quotes.v[0].kind, QUOTE_DIRECT);
	cr_assert(th_str_is(qt_out.quotes.v[0].speaker, "Smith"));
}

Test(quotes_mark, unclosed_quote_ends_at_its_paragraph)
{
	const char *b = "\"This quote never closes and goes on for a while\n"
	    "The next paragraph has \"a fragment\" in it, and "
	    "\"Another full statement is here,\" Jones said.";

	cr_assert_eq(qt(b), 3);
	qt_check(b, "\"This quote never closes and goes on for a while", 0,
	    QUOTE_DIRECT, NULL, NULL, 0, NULL);
	qt_check(b, "\"a fragment\"", 0, QUOTE_PARTIAL, NULL, NULL, 0, NULL);
	qt_check(b, "\"Another full statement is here,\"", 0, QUOTE_DIRECT,
	    "Jones", "Jones", 0, "said");
}

/*
 * A quote left open ends at its paragraph while it speaks in the
 * speaker's voice; the first sentence after its first that speaks in
 * none (no I, we, our, you...) is the narrator's.
 */
Test(quotes_mark, unclosed_quote_ends_where_the_narrator_takes_over)
{
	const char *b = "\xe2\x80\x9cI send my congratulations. We will "
	    "stay friends. The two states were founded in 1948, and the "
	    "holiday is kept in both. Our peoples remember.\n\n"
	    "The letter was published on Monday.\n\n"
	    "\"This one stays open. The narrator never speaks here, "
	    "so the US gets no say.\n\n"
	    "Then a paragraph of narration.\n\n"
	    "\"And this one spans two paragraphs.\n\n"
	    "\"The last of them opens with a mark. It ends here.";

	cr_assert_eq(qt(b), 3);
	/* up to the sentence before the history; "Our" comes too late */
	qt_check(b, "\xe2\x80\x9cI send my congratulations. We will stay "
	    "friends.", 0, QUOTE_DIRECT, NULL, NULL, 0, NULL);
	/* "US" is a country, not "us" */
	qt_check(b, "\"This one stays open.", 0, QUOTE_DIRECT, NULL, NULL, 0,
	    NULL);
	/* the paragraphs before its last are speech; its last keeps its
	 * first sentence */
	qt_check(b, "\"And this one spans two paragraphs.\n\n\"The last of "
	    "them opens with a mark.", 0, QUOTE_DIRECT, NULL, NULL, 0, NULL);
}

/* A NEL (C2 85) ends an unclosed quote's sentence at its first byte,
 * never inside it (fuzz_quotes found the end at the 85). */
Test(quotes_mark, an_unclosed_quote_ends_before_a_nel)
{
	const char *b = "\"QA, he said the greetings\xc2\x85" "and more text";

	cr_assert_eq(qt(b), 1);
	cr_assert_eq(qt_out.quotes.v[0].end, th_off(b, "\xc2\x85", 0));
}

Test(quotes_mark, restarted_quote_ends_at_its_last_sentence)
{
	const char *b = "\xe2\x80\x9cWe will win this. Really we will, "
	    "\xe2\x80\x9c" "Another one starts,\xe2\x80\x9d she said.";

	cr_assert_eq(qt(b), 2);
	cr_assert_eq(qt_out.quotes.v[0].start, 0);
	cr_assert_eq(qt_out.quotes.v[0].end, th_off(b, " Really", 0));
	cr_assert_eq(qt_out.quotes.v[0].kind, QUOTE_DIRECT);
	qt_check(b, "\xe2\x80\x9c" "Another one starts,\xe2\x80\x9d", 0,
	    QUOTE_DIRECT, NULL, "she", 0, "said");
}
