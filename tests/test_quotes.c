/*
 * test_quotes.c — workers/extract/quotes.c: pairing every convention of
 * quotation marks, direct vs partial, attribution patterns and speaker
 * resolution.  Offsets are asserted exactly, as byte offsets found in the
 * body itself, so a test says which span and which mention it means.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "extract.h"
#include "helpers.h"
#include "message.h"
#include "pagewatch.h"
#include "quotes_int.h"
#include "quotes_mark.h"
#include "text.h"

static struct extract_out qt_out;
static char *qt_sample_body;

static void
qt_fini(void)
{
	free(qt_sample_body);
	qt_sample_body = NULL;
	free(qt_out.quotes.v);
	free(qt_out.dates.v);
	memset(&qt_out, 0, sizeof(qt_out));
}

TestSuite(quotes, .fini = qt_fini);

/*
 * Run the quote extractor alone over body; returns the count of quotes in
 * marks (direct and partial): reported speech (indirect) is counted by
 * qt_nindirect and tested in test_speech.c.
 */
static size_t
qt_run(const char *body, size_t len)
{
	size_t i, n = 0;

	th_quotes_run(&qt_out, body, len);
	for (i = 0; i < qt_out.quotes.n; i++)
		n += qt_out.quotes.v[i].kind != QUOTE_INDIRECT;
	return n;
}

static size_t
qt(const char *body)
{
	return qt_run(body, strlen(body));
}

/* The quote in marks (not reported speech) starting at byte start. */
static const struct quote *
qt_at(uint32_t start)
{
	size_t i;

	for (i = 0; i < qt_out.quotes.n; i++)
		if (qt_out.quotes.v[i].start == start &&
		    qt_out.quotes.v[i].kind != QUOTE_INDIRECT)
			return &qt_out.quotes.v[i];
	cr_assert_fail("no quote starts at %u", start);
	return NULL;
}

/*
 * Check one quote: its span from the first occurrence of `text`, its kind,
 * speaker (NULL = nil), the mention (the nth occurrence of `mention`,
 * NULL = none) and the cue.
 */
static void
qt_check(const char *body, const char *text, int nth, enum quote_kind kind,
    const char *speaker, const char *mention, int mention_nth,
    const char *cue)
{
	th_quote_check(&qt_out, body, text, nth, kind, speaker, mention,
	    mention_nth, cue);
}

/* --- pairing conventions --- */

Test(quotes, straight_quotes_alternate)
{
	const char *b = "\"We will win this race,\" Smith said. "
	    "Jones said, \"We will not lose it.\"";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"We will win this race,\"", 0, QUOTE_DIRECT, "Smith",
	    "Smith", 0, "said");
	qt_check(b, "\"We will not lose it.\"", 0, QUOTE_DIRECT, "Jones",
	    "Jones", 0, "said");
}

Test(quotes, straight_quote_direction_hints)
{
	/* an inch mark in closing position opens nothing */
	const char *b = "The 6'2\" center said \"nobody\" would stop him.";

	cr_assert_eq(qt(b), 1);
	/* a fragment of the center's reported speech: his mention */
	qt_check(b, "\"nobody\"", 0, QUOTE_PARTIAL, NULL, "center", 0,
	    "said");
}

Test(quotes, curly_quotes)
{
	const char *b = "\xe2\x80\x9cThe economy is strong,\xe2\x80\x9d "
	    "the president said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\xe2\x80\x9cThe economy is strong,\xe2\x80\x9d", 0,
	    QUOTE_DIRECT, NULL, "the president", 0, "said");
}

Test(quotes, guillemets_and_nested_english_marks)
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

Test(quotes, single_guillemets_nest)
{
	const char *b = "\xc2\xab Il a dit \xe2\x80\xb9 non \xe2\x80\xba "
	    "hier soir. \xc2\xbb";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\xe2\x80\xb9 non \xe2\x80\xba", 0, QUOTE_PARTIAL, NULL,
	    NULL, 0, NULL);
}

Test(quotes, german_low_high)
{
	const char *b = "Merkel sagte: \xe2\x80\x9eWir schaffen das.\xe2\x80"
	    "\x9c Dann ging sie.";

	cr_assert_eq(qt(b), 1);
	cr_assert_eq(qt_out.quotes.v[0].start, th_off(b, "\xe2\x80\x9eWir", 0));
	cr_assert_eq(qt_out.quotes.v[0].end,
	    th_off(b, " Dann", 0));
}

Test(quotes, wire_backticks)
{
	const char *b = "``It was definitely a bomb,'' said a U.S. Embassy "
	    "official in Nairobi.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "``It was definitely a bomb,''", 0, QUOTE_DIRECT, NULL,
	    "a U.S. Embassy official in Nairobi", 0, "said");
}

Test(quotes, doubled_apostrophes_and_a_nested_single)
{
	const char *b = "''I said, 'Look, here is what I will do,''' he "
	    "recalled.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "''I said, 'Look, here is what I will do,'''", 0,
	    QUOTE_DIRECT, NULL, "he", 1, "recalled");
	qt_check(b, "'Look, here is what I will do,'", 0, QUOTE_PARTIAL,
	    NULL, NULL, 0, NULL);
}

Test(quotes, nested_curly_singles)
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

Test(quotes, apostrophe_guards)
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
Test(quotes, apostrophes_inside_single_quotes)
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
Test(quotes, scanner_without_breaks_returns_the_same_marks)
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
Test(quotes, scanner_by_blocks_agrees_with_the_byte_loop)
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
 * text_is_sentence_end takes.  Random text from every start, to ends at
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
		    u[p] == 0x85) && text_is_sentence_end(s, len, p))
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

Test(quotes, sentence_end_by_blocks_agrees_with_the_byte_loop)
{
	static const char *const pieces[] = {
		"a", "Bob", "said", " ", "  ", "\n", "\r\n", ". ", ".", "! ",
		"?", "Mr. ", "U.S. ", "3.5", "H. ", "etc. ", "\xc2\x85",
		"\xc3\x85", ".\"", ".\xe2\x80\x9d ", "...", "\xe2\x80\xa6 ",
		"plain ", "words ", "of it ", "(D-Md.)", "no.", "Calif. ",
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
Test(quotes, scanner_passes_over_only_inert_marks)
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

Test(quotes, mismatched_marks_still_pair)
{
	const char *b = "Kim said the friendship \xe2\x80\x9chas been "
	    "steadily developing\xc2\xbb for years.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\xe2\x80\x9chas been steadily developing\xc2\xbb", 0,
	    QUOTE_PARTIAL, "Kim", "Kim", 0, "said");
}

Test(quotes, multi_paragraph_quote_is_one)
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

Test(quotes, unclosed_quote_ends_at_its_paragraph)
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
Test(quotes, unclosed_quote_ends_where_the_narrator_takes_over)
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
Test(quotes, an_unclosed_quote_ends_before_a_nel)
{
	const char *b = "\"QA, he said the greetings\xc2\x85" "and more text";

	cr_assert_eq(qt(b), 1);
	cr_assert_eq(qt_out.quotes.v[0].end, th_off(b, "\xc2\x85", 0));
}

Test(quotes, restarted_quote_ends_at_its_last_sentence)
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

/* --- direct or partial --- */

Test(quotes, fragments_in_reported_speech_are_partial)
{
	const char *b = "Kim told Putin that he \"sends a friendly greeting "
	    "to your country.\" Kim also stated that he is \"convinced\" of "
	    "the \"strengthening development\" of relations.";

	cr_assert_eq(qt(b), 3);
	/* the fragments take the speaker of the reported speech */
	qt_check(b, "\"sends a friendly greeting to your country.\"", 0,
	    QUOTE_PARTIAL, "Kim", "Kim", 0, "told");
	qt_check(b, "\"convinced\"", 0, QUOTE_PARTIAL, "Kim", "Kim", 1,
	    "stated");
	qt_check(b, "\"strengthening development\"", 0, QUOTE_PARTIAL, "Kim",
	    "Kim", 1, "stated");
}

Test(quotes, scare_quotes_and_titles_are_partial)
{
	const char *b = "Putin sent Kim \xe2\x80\x9cgreetings\xe2\x80\x9d. "
	    "He hosted \xe2\x80\x9cSaturday Night Live\xe2\x80\x9d again. "
	    "Their slogans were, \xe2\x80\x9cPeace Through Strength,\xe2\x80\x9d "
	    "and more.";

	cr_assert_eq(qt(b), 3);
	qt_check(b, "\xe2\x80\x9cgreetings\xe2\x80\x9d", 0, QUOTE_PARTIAL,
	    NULL, NULL, 0, NULL);
	qt_check(b, "\xe2\x80\x9cSaturday Night Live\xe2\x80\x9d", 0,
	    QUOTE_PARTIAL, NULL, NULL, 0, NULL);
	qt_check(b, "\xe2\x80\x9cPeace Through Strength,\xe2\x80\x9d", 0,
	    QUOTE_PARTIAL, NULL, NULL, 0, NULL);
}

Test(quotes, standalone_statement_is_direct)
{
	const char *b = "Everyone waited.\n\n\"I am satisfied with the "
	    "relations between our two states.\"";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"I am satisfied with the relations between our two "
	    "states.\"", 0, QUOTE_DIRECT, NULL, NULL, 0, NULL);
}

Test(quotes, short_quote_with_a_cue_is_direct)
{
	const char *b = "\"Denver,\" he answered. A man yelled \"Stay "
	    "there!\"";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"Denver,\"", 0, QUOTE_DIRECT, NULL, "he", 0,
	    "answered");
	qt_check(b, "\"Stay there!\"", 0, QUOTE_DIRECT, NULL, "A man", 0,
	    "yelled");
}

/* --- attribution patterns and speakers --- */

Test(quotes, name_then_cue_resolves_the_surname)
{
	const char *b = "Russian President Vladimir Putin met Kim Jong Un. "
	    "\"We are friends,\" Putin said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We are friends,\"", 0, QUOTE_DIRECT, "Vladimir Putin",
	    "Putin", 1, "said");
}

/* A run of names takes its particles ("van") and ends at a lower-case
 * word that is none ("today", "to"): each surname finds its full name. */
Test(quotes, surnames_find_names_with_particles)
{
	const char *b = "Ludwig van Beethoven wrote to Angela Merkel today. "
	    "\"Music,\" Beethoven said. \"Yes,\" Merkel said.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"Music,\"", 0, QUOTE_DIRECT, "Ludwig van Beethoven",
	    "Beethoven", 1, "said");
	qt_check(b, "\"Yes,\"", 0, QUOTE_DIRECT, "Angela Merkel", "Merkel",
	    1, "said");
}

/*
 * A surname is tried against every earlier name, most recent first, and
 * most are turned away by the bytes they hold: "Lamin Roe" holds every
 * byte of "Mario" but no word "Mario", "Marion Tate" holds the word's
 * bytes in a longer word, and the name sought lies behind both (and
 * behind later names that share none of its letters).
 */
Test(quotes, surname_found_behind_names_holding_its_letters)
{
	const char *b = "Mario Draghi met Lamin Roe, Marion Tate, Ted Kusk "
	    "and Bev Lull. \"Rates stay,\" Draghi said. \"Yes,\" Mario "
	    "said.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"Rates stay,\"", 0, QUOTE_DIRECT, "Mario Draghi",
	    "Draghi", 1, "said");
	/* "Mario" the third time: in "Marion" it is the second */
	qt_check(b, "\"Yes,\"", 0, QUOTE_DIRECT, "Mario Draghi", "Mario",
	    2, "said");
}

Test(quotes, cue_then_name_with_appositive)
{
	const char *b = "\"Good news is bad news for them,\" said Geoff "
	    "Garin, a Democratic pollster. \"It helps,\" Mr. Garin added.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"Good news is bad news for them,\"", 0, QUOTE_DIRECT,
	    "Geoff Garin", "Geoff Garin", 0, "said");
	qt_check(b, "\"It helps,\"", 0, QUOTE_DIRECT, "Geoff Garin",
	    "Mr. Garin", 0, "added");
}

Test(quotes, name_appositive_then_cue)
{
	const char *b = "\"We need him,\" his wife, Gabriela Lazar, wrote "
	    "in a letter.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We need him,\"", 0, QUOTE_DIRECT, NULL, "his wife",
	    0, "wrote");
}

Test(quotes, cue_before_with_comma_and_colon)
{
	const char *b = "Clinton said, \"We must lead this fight.\"\n"
	    "Trump told reporters on Monday: \"We will build it.\"";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"We must lead this fight.\"", 0, QUOTE_DIRECT,
	    "Clinton", "Clinton", 0, "said");
	qt_check(b, "\"We will build it.\"", 0, QUOTE_DIRECT, "Trump",
	    "Trump", 0, "told");
}

Test(quotes, according_to)
{
	const char *b = "\"The talks failed,\" according to Sen. Ted Cruz.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"The talks failed,\"", 0, QUOTE_DIRECT, "Ted Cruz",
	    "Sen. Ted Cruz", 0, "according to");
}

Test(quotes, told_reporters_and_the_pronoun)
{
	const char *b = "Hillary Clinton spoke in Iowa. \"It was very nice,"
	    "\" she told reporters.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"It was very nice,\"", 0, QUOTE_DIRECT,
	    "Hillary Clinton", "she", 0, "told");
}

Test(quotes, nominal_stays_unresolved)
{
	const char *b = "\"It was a bomb,\" a spokesman said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"It was a bomb,\"", 0, QUOTE_DIRECT, NULL,
	    "a spokesman", 0, "said");
}

Test(quotes, participle_takes_the_clause_subject)
{
	const char *b = "Trump returned the compliment to Adelson, telling "
	    "Reuters, \"Sheldon and I have been friends.\"";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"Sheldon and I have been friends.\"", 0, QUOTE_DIRECT,
	    "Trump", "Trump", 0, "telling");
}

Test(quotes, split_quote_has_one_speaker)
{
	const char *b = "Barack Obama spoke. \"This is a worldwide fight,\" "
	    "he said. \"One, defeat ISIS in Syria.\"";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"This is a worldwide fight,\"", 0, QUOTE_DIRECT,
	    "Barack Obama", "he", 0, "said");
	qt_check(b, "\"One, defeat ISIS in Syria.\"", 0, QUOTE_DIRECT,
	    "Barack Obama", "he", 0, "said");
}

Test(quotes, next_paragraph_inherits_the_speaker)
{
	const char *b = "\"We have pieces in place,\" Clinton added.\n\n"
	    "\"We need more of a coalition flying those missions.\"\n\n"
	    "Trump flew to Ohio after the debate.\n\n"
	    "\"Nobody knows who said this one at all.\"";

	cr_assert_eq(qt(b), 3);
	qt_check(b, "\"We need more of a coalition flying those missions.\"",
	    0, QUOTE_DIRECT, "Clinton", "Clinton", 0, "added");
	qt_check(b, "\"Nobody knows who said this one at all.\"", 0,
	    QUOTE_DIRECT, NULL, NULL, 0, NULL);
}

/*
 * 0x85 is a line break only as NEL (C2 85); in Å (C3 85) it is the last
 * byte of a letter.  The sentence after a cue ends at its period, not
 * inside "Åberg", so the next quote is still right after the
 * attribution and inherits its speaker.
 */
Test(quotes, letter_ending_in_0x85_ends_no_sentence)
{
	const char *b = "\"We lost the final,\" said Lars Åberg. "
	    "\"We will be back next year.\"";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"We will be back next year.\"", 0, QUOTE_DIRECT,
	    "Lars Åberg", "Lars Åberg", 0, "said");
}

/* --- speakers are people or bodies that can speak (speaker.c) --- */

Test(quotes, the_person_before_of_a_place_speaks)
{
	const char *b = "Rep. Ann Wagner of Missouri, a member of the "
	    "committee, said Friday, \"We will not wait.\"";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We will not wait.\"", 0, QUOTE_DIRECT, "Ann Wagner",
	    "Rep. Ann Wagner of Missouri", 0, "said");
}

Test(quotes, a_modifier_in_capitals_is_no_clause_subject)
{
	const char *b = "Jeb Bush offered a Trump-style retort on Twitter, "
	    "tweeting: \"You are a loser.\"\n\n"
	    "Mary Beck brought up the Oklahoma City bombing and later said, "
	    "\"It is not just them.\"";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"You are a loser.\"", 0, QUOTE_DIRECT, "Jeb Bush",
	    "Jeb Bush", 0, "tweeting");
	qt_check(b, "\"It is not just them.\"", 0, QUOTE_DIRECT, "Mary Beck",
	    "Mary Beck", 0, "said");
}

Test(quotes, a_pronoun_is_no_place)
{
	const char *b = "Senator Ann Moss landed in Oklahoma City on Monday. "
	    "\"It is good to be back,\" she said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"It is good to be back,\"", 0, QUOTE_DIRECT,
	    "Ann Moss", "she", 0, "said");
}

Test(quotes, a_surname_is_no_flight)
{
	const char *b = "EgyptAir Flight MS804 vanished on Thursday.\n\n"
	    "EgyptAir confirmed the news, saying: \"The plane is lost.\"";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"The plane is lost.\"", 0, QUOTE_DIRECT, "EgyptAir",
	    "EgyptAir", 1, "saying");
}

Test(quotes, a_headline_in_capitals_is_no_speaker)
{
	const char *b = "Intro.\n\nVOTERS WANT A CHANGE OF STYLE - Jane Roe: "
	    "\"We found that voters want it.\"";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We found that voters want it.\"", 0, QUOTE_DIRECT,
	    "Jane Roe", "Jane Roe", 0, ":");
}

Test(quotes, a_dateline_is_no_speaker)
{
	const char *b = "WASHINGTON, Dec. 8 (UPI) — Responding to the plan, "
	    "a top aide urged action, saying \"We have to be ready.\"";

	cr_assert_eq(qt(b), 1);
	cr_assert_null(qt_at(th_off(b, "\"We have", 0))->speaker.p);
}

/*
 * A fragment no cue next to it attributes is the words of its clause's
 * subject when a verb of speech comes before it (issue 15 point 2); a
 * scare quote in a sentence with none has no speaker.
 */
Test(quotes, a_fragment_after_a_verb_of_speech_is_its_subject_s)
{
	const char *b = "Vladimir Putin spoke in January. Putin described "
	    "Kim as a \"shrewd and mature\" politician. Kim Jong Un later "
	    "wished Putin good health and success in his work \"for the "
	    "people\" and left. The trip was canceled because of pressing "
	    "\"internal affairs.\"";

	cr_assert_eq(qt(b), 3);
	qt_check(b, "\"shrewd and mature\"", 0, QUOTE_PARTIAL,
	    "Vladimir Putin", "Putin", 1, "described");
	qt_check(b, "\"for the people\"", 0, QUOTE_PARTIAL, "Kim Jong Un",
	    "Kim Jong Un", 0, "wished");
	qt_check(b, "\"internal affairs.\"", 0, QUOTE_PARTIAL, NULL, NULL, 0,
	    NULL);
}

/* A name in apposition to a nominal's head noun is the speaker; a name
 * after a preposition is not. */
Test(quotes, a_name_in_apposition_to_the_head_speaks)
{
	const char *b = "\"The mood was less than festive,\" according to the "
	    "Workers' Party newspaper Rodong Sinmun.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"The mood was less than festive,\"", 0, QUOTE_DIRECT,
	    "Rodong Sinmun", "the Workers' Party newspaper Rodong Sinmun", 0,
	    "according to");
}

/* After a name, a name in apposition to a descriptor speaks; a verb
 * between two names makes none. */
Test(quotes, a_name_in_apposition_after_a_name_speaks)
{
	const char *b = "\"We were busy,\" Snyder spokesman Dave Murray told "
	    "the paper. \"It went well,\" said Putin invited Kim.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"We were busy,\"", 0, QUOTE_DIRECT, "Dave Murray",
	    "Snyder spokesman Dave Murray", 0, "told");
	qt_check(b, "\"It went well,\"", 0, QUOTE_DIRECT, "Putin", "Putin",
	    0, "said");
}

/* Fragments of one sentence share the subject found for the first. */
Test(quotes, fragments_of_one_sentence_share_a_speaker)
{
	const char *b = "Vladimir Putin spoke. Putin described Kim as a "
	    "\"shrewd and mature\" politician who had \"obviously won this "
	    "round\" in the talks.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"obviously won this round\"", 0, QUOTE_PARTIAL,
	    "Vladimir Putin", "Putin", 1, "described");
}

/* A pronoun later in a sentence whose subject is a person stands for
 * that subject, not for the last name read; after a quote it does not. */
Test(quotes, a_pronoun_stands_for_its_sentence_s_subject)
{
	const char *b = "Kim Jong Un wrote first. The exchange came after "
	    "Putin invited Kim to Moscow, where he said: \"We will build "
	    "ties.\"\n\n\"I think Jong Un is right,\" he said.";

	cr_assert_eq(qt(b), 2);
	/* "he" is also in "The" and "where" */
	qt_check(b, "\"We will build ties.\"", 0, QUOTE_DIRECT, "Putin",
	    "he", 2, "said");
	qt_check(b, "\"I think Jong Un is right,\"", 0, QUOTE_DIRECT, "Putin",
	    "he", 3, "said");
}

/*
 * Wire style: the speaker named with a speech verb a paragraph or two
 * before speaks the quote paragraphs that follow with no cue; a
 * paragraph of quotes in between ends the search.
 */
Test(quotes, wire_style_speaker_paragraphs_back)
{
	const char *b = "Mayor John Smith told reporters after the vote on "
	    "Tuesday.\n\nThe council approved the plan 7-2.\n\n"
	    "\"We will rebuild the bridge before winter.\"\n\n"
	    "\"Nobody will wait longer than that.\"\n\n"
	    "Ann Lee said Monday.\n\n\"A\" and \"B\" were the options.\n\n"
	    "\"Nobody knows who said this one at all.\"";

	cr_assert_eq(qt(b), 5);
	qt_check(b, "\"We will rebuild the bridge before winter.\"", 0,
	    QUOTE_DIRECT, "John Smith", "Mayor John Smith", 0, "told");
	qt_check(b, "\"Nobody will wait longer than that.\"", 0,
	    QUOTE_DIRECT, "John Smith", "Mayor John Smith", 0, "told");
	qt_check(b, "\"Nobody knows who said this one at all.\"", 0,
	    QUOTE_DIRECT, NULL, NULL, 0, NULL);
}

/*
 * A paragraph with a double mark of any style ends the wire search, even
 * a stray one that pairs with nothing (paired marks are quotes, which
 * end it anyway): » as ” does.  Without the mark the speaker carries.
 */
Test(quotes, wire_style_search_ends_at_any_double_mark)
{
	static const char *const mark[] = { "\xe2\x80\x9d", "\xc2\xbb" };
	const char *quote = "\"We will rebuild the bridge before winter.\"";
	char b[256];
	size_t i;

	snprintf(b, sizeof(b), "Mayor John Smith told reporters after the "
	    "vote.\n\nThe council approved the plan 7-2.\n\n%s", quote);
	qt(b);
	qt_check(b, quote, 0, QUOTE_DIRECT, "John Smith", "Mayor John Smith",
	    0, "told");
	for (i = 0; i < sizeof(mark) / sizeof(mark[0]); i++) {
		snprintf(b, sizeof(b), "Mayor John Smith told reporters after "
		    "the vote.\n\nThe council approved the plan 7-2 %s.\n\n%s",
		    mark[i], quote);
		qt(b);
		qt_check(b, quote, 0, QUOTE_DIRECT, NULL, NULL, 0, NULL);
	}
}

/* A four-letter word at the body's start before a cue is read back for
 * a negation without reading before the body (fuzz_quotes: UBSan). */
Test(quotes, a_negation_test_reads_nothing_before_the_body)
{
	const char *b = "Ccor said: \r\"It went on.\"";

	qt(b);
	cr_assert_eq(qt("Ccor said.\n\n\"It went on.\""), 1);
}

Test(quotes, quoted_as_saying)
{
	const char *b = "Russian President Vladimir Putin sent a message.\n\n"
	    "\"The glorious traditions of friendship are the reliable "
	    "foundations,\" North Korea quoted the message from Putin as "
	    "saying.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"The glorious traditions of friendship are the "
	    "reliable foundations,\"", 0, QUOTE_DIRECT, "Vladimir Putin",
	    "Putin", 1, "quoted the message from Putin as saying");
}

/* --- conventions added with the lexicon --- */

Test(quotes, unmarked_speech_before_comma_dash)
{
	/* Russian-style copy: no marks, ",—" and then the attribution */
	const char *b = "It was a letter. Taking this opportunity, I wish you "
	    "success in your work,\xe2\x80\x94 said Kim Jong-un. This is "
	    "stated in the letter.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "Taking this opportunity, I wish you success in your "
	    "work,", 0, QUOTE_DIRECT, "Kim Jong-un", "Kim Jong-un", 0, "said");
}

Test(quotes, comma_dash_without_a_cue_is_no_speech)
{
	const char *b = "The plan was bold,\xe2\x80\x94 and then it failed.";

	cr_assert_eq(qt(b), 0);
}

Test(quotes, naming_verb_takes_the_words)
{
	const char *b = "Apple's chief executive, Tim Cook, called "
	    "\"total political crap\" the effort to collect taxes.";

	cr_assert_eq(qt(b), 1);
	cr_assert_eq(qt_out.quotes.v[0].kind, QUOTE_DIRECT);
}

Test(quotes, lower_case_second_half_of_a_split_quote)
{
	const char *b = "\"We have been knocking on doors,\" said Stephanie "
	    "Formas, a spokeswoman, \"and we have been forming long-term "
	    "relationships.\"";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"and we have been forming long-term relationships.\"",
	    0, QUOTE_DIRECT, "Stephanie Formas", "Stephanie Formas", 0,
	    "said");
}

Test(quotes, long_clause_after_a_bare_cue_is_direct)
{
	const char *b = "Trump says \"the whole game has become screwed up "
	    "because the referees keep throwing flags all night.\" He "
	    "says \"bad calls\" cost them.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"the whole game has become screwed up because the "
	    "referees keep throwing flags all night.\"", 0, QUOTE_DIRECT,
	    "Trump", "Trump", 0, "says");
	cr_assert_eq(qt_at(th_off(b, "\"bad calls\"", 0))->kind,
	    QUOTE_PARTIAL);
}

Test(quotes, subhead_in_single_marks_is_no_speech)
{
	const char *b = "\"It is going to be disruptive,\" Obama said.\n\n"
	    "'All Bets Are Off.'\n\n"
	    "Eight years ago, Mr. Obama ran for president.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "'All Bets Are Off.'", 0, QUOTE_PARTIAL, NULL, NULL, 0,
	    NULL);
}

Test(quotes, bylined_title_is_no_speech)
{
	const char *b = "\xe2\x80\x94 \"Met accused of whitewashing baby "
	    "Jesus,\" by Post's Kathianne Boniello: A Manhattan man is "
	    "suing the museum.";

	cr_assert_eq(qt(b), 1);
	cr_assert_eq(qt_out.quotes.v[0].kind, QUOTE_PARTIAL);
}

Test(quotes, sentence_going_on_after_the_marks_is_partial)
{
	const char *b = "\"He can assert it, but it seems extremely "
	    "unlikely\" that Sanders can catch Clinton, said Steve "
	    "Elmendorf.\n\n"
	    "\"To see the number of cases that could change is stunning,\" "
	    "since so many were decided by one vote.\n\n"
	    "\"Cruz and Rubio are moving up,\" former presidential "
	    "candidate Herman Cain said.";

	cr_assert_eq(qt(b), 3);
	/* the mixed quote is reported speech: its speaker is the cue's */
	qt_check(b, "\"He can assert it, but it seems extremely unlikely\"",
	    0, QUOTE_PARTIAL, "Steve Elmendorf", "Steve Elmendorf", 0,
	    "said");
	qt_check(b, "\"To see the number of cases that could change is "
	    "stunning,\"", 0, QUOTE_PARTIAL, NULL, NULL, 0, NULL);
	cr_assert_eq(qt_at(th_off(b, "\"Cruz and", 0))->kind,
	    QUOTE_DIRECT);
}

Test(quotes, sentence_going_on_after_a_cue_and_marks_is_partial)
{
	const char *b = "Scott Reed said \"the fear is as high as it has "
	    "ever been in the party and among its donors\" in the "
	    "establishment. The crowd chanted back, \"Send them home,\" "
	    "and \"Build the wall.\"";

	cr_assert_eq(qt(b), 3);
	cr_assert_eq(qt_at(th_off(b, "\"the fear", 0))->kind,
	    QUOTE_PARTIAL);
	cr_assert_eq(qt_at(th_off(b, "\"Send them home", 0))->kind,
	    QUOTE_DIRECT);
}

Test(quotes, chanted_words_are_direct)
{
	const char *b = "About 50 protesters had gathered on Wednesday, "
	    "chanting \"no contract, no peace\" after the talks failed. "
	    "Trump says \"bad calls\" cost them.";

	cr_assert_eq(qt(b), 2);
	cr_assert_eq(qt_at(th_off(b, "\"no contract", 0))->kind,
	    QUOTE_DIRECT);
	cr_assert_eq(qt_at(th_off(b, "\"bad calls\"", 0))->kind,
	    QUOTE_PARTIAL);
}

/*
 * The lexicon is searched by bisection: its lines must stay sorted by
 * bytes, lower case, each word once, each after the LEX_FROM of its
 * first letter (a lookup searches only that letter's words).
 */
Test(quotes, lexicon_is_sorted_lower_case_and_unique)
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
Test(quotes, lexicon_finds_every_word_in_its_hash_slots)
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

/*
 * The speaker names' slots (generated from speaker_names.def at build
 * time, as speaker.c uses them) find every name, in lower and in upper
 * case, and a name less its last byte only where the search does, at
 * the start of a text and after eight bytes of it.  The classes are
 * speaker.c's own: each entry here carries 1.
 */
#include "speaker_names_slots.h"

Test(quotes, speaker_names_are_found_in_their_hash_slots)
{
#define NAME(w, c)	TEXT_LEX_ENTRY(w, 1),
	static const struct text_lex names[] = {
#include "speaker_names.def"
	};
#undef NAME
	const struct text_lex_hash h = { names, speaker_names_slots,
	    SPEAKER_NAMES_HASH_BITS };
	size_t i, j, n = sizeof(names) / sizeof(names[0]);
	size_t at;
	char buf[8 + TEXT_LEX_WORD_MAX + 1], *q;

	cr_assert_gt(n, 1000);
	memcpy(buf, "Mr. Ann ", 8);
	for (at = 0; at <= 8; at += 8)
		for (i = 0; i < n; i++) {
			cr_assert_leq(names[i].len, TEXT_LEX_WORD_MAX);
			q = buf + at;
			memcpy(q, names[i].word, names[i].len);
			cr_assert_eq(text_lex_hash_find(&h, buf, at,
			    at + names[i].len), 1, "%s", names[i].word);
			for (j = 0; j < names[i].len; j++)
				if (q[j] >= 'a' && q[j] <= 'z')
					q[j] = (char)(q[j] - 'a' + 'A');
			cr_assert_eq(text_lex_hash_find(&h, buf, at,
			    at + names[i].len), 1, "upper %s", names[i].word);
			cr_assert_eq(text_lex_hash_find(&h, buf, at,
			    at + names[i].len - 1),
			    text_lex_find(names, n, q, 0, names[i].len - 1),
			    "%s less a byte", names[i].word);
		}
}

/* --- the samples in examples/articles.jsonl --- */

/* Load the body of the sample with this id and run the extractor on it. */
static const char *
qt_sample(const char *id)
{
	free(qt_sample_body);
	qt_sample_body = th_sample_body(id);
	qt(qt_sample_body);
	return qt_sample_body;
}

/* The kind of the quote that starts with the nth occurrence of text. */
static enum quote_kind
qt_kind_of(const char *b, const char *text)
{
	return qt_at(th_off(b, text, 0))->kind;
}

Test(quotes, sample_upi_quoted_as_saying)
{
	const char *b = qt_sample("upi-2016-putin-kim");
	const struct quote *q;

	/* reported speech with fragments: partial */
	cr_assert_eq(qt_kind_of(b, "\"sends a friendly greeting"),
	    QUOTE_PARTIAL);
	cr_assert_eq(qt_kind_of(b, "\"convinced\""), QUOTE_PARTIAL);
	/* North Korea quoted the message from Putin as saying: Putin */
	q = qt_at(th_off(b, "\"The glorious traditions", 0));
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	cr_assert(th_str_is(q->speaker, "Vladimir Putin"));
	cr_assert(th_str_is(q->cue, "quoted the message from Putin as "
	    "saying"));
	cr_assert_eq(q->speaker_start, th_off(b, "Putin as saying", 0));
	/* "... ," a first-page article in the paper read */
	q = qt_at(th_off(b, "\"The tragedy of ethnic division", 0));
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	cr_assert_eq(q->speaker_start, th_off(b, "a first-page article", 0));
	cr_assert(th_str_is(q->cue, "read"));
}

Test(quotes, sample_breitbart_message_read_continued_said)
{
	const char *b = qt_sample("breitbart-2018-sincere-congratulations");
	static const char *const direct[] = {
		"\xe2\x80\x9cI am satisfied with the fact",
		"\xe2\x80\x9cI am convinced that we will continue",
		"\xe2\x80\x9cI affirm that I am ready",
		"\xe2\x80\x9cI think that Mr. Kim Jong-un",
		"\xe2\x80\x9cHe is already a shrewd",
	};
	static const char *const cue[] = { "read", "read", "continued",
	    "said", "said" };
	size_t i, ndirect = 0;

	for (i = 0; i < sizeof(direct) / sizeof(direct[0]); i++) {
		const struct quote *q = qt_at(th_off(b, direct[i], 0));

		cr_assert_eq(q->kind, QUOTE_DIRECT, "%s", direct[i]);
		cr_assert(th_str_is(q->speaker, "Vladimir Putin"),
		    "speaker of %s: %.*s", direct[i], (int)q->speaker.len,
		    q->speaker.p ? q->speaker.p : "");
		cr_assert(th_str_is(q->cue, cue[i]), "cue of %s", direct[i]);
	}
	/* the first two hang on "Putin’s message read" */
	cr_assert_eq(qt_at(th_off(b, direct[0], 0))->speaker_start,
	    th_off(b, "Putin\xe2\x80\x99s message read", 0));
	cr_assert_eq(qt_at(th_off(b, direct[2], 0))->speaker_start,
	    th_off(b, "he continued", 0));
	/* scare quotes and titles */
	cr_assert_eq(qt_kind_of(b, "\xe2\x80\x9cgreetings\xe2\x80\x9d"),
	    QUOTE_PARTIAL);
	cr_assert_eq(qt_kind_of(b, "\xe2\x80\x9cYear of Friendship"),
	    QUOTE_PARTIAL);
	for (i = 0; i < qt_out.quotes.n; i++)
		ndirect += qt_out.quotes.v[i].kind == QUOTE_DIRECT;
	cr_assert_eq(ndirect, 5);
}

Test(quotes, sample_rbc_mismatched_marks_and_comma_dash)
{
	const char *b = qt_sample("rbc-2023-liberation-day");
	const struct quote *q;

	/* opened with “ and closed with » */
	q = qt_at(th_off(b, "\xe2\x80\x9chas been steadily developing", 0));
	cr_assert_eq(b[q->end - 1], '\xbb');
	cr_assert_eq(q->kind, QUOTE_PARTIAL);
	/* ",— said Kim Jong-un" */
	q = qt_at(th_off(b, "Taking this opportunity", 0));
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	cr_assert(th_str_is(q->speaker, "Kim Jong-un"));
	cr_assert(th_str_is(q->cue, "said"));
	/* the letter's closing mark is lost: the quote ends before the
	 * narrator's history of 1948 (issue 15, point 4) */
	q = qt_at(th_off(b, "\xe2\x80\x9cOn the occasion of Liberation Day",
	    0));
	cr_assert_eq(q->end, th_off(b, " Independent Korean governments", 0));
	/* ",— the letter says": a nominal, no name */
	q = qt_at(th_off(b, "This fully meets the interests of the peoples",
	    0));
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	cr_assert_eq(q->speaker_start, th_off(b, "the letter says", 0));
	cr_assert_null(q->speaker.p);
}

Test(quotes, sample_viewus_colon_and_participle)
{
	const char *b = qt_sample("viewus-2024-liberation-day");
	const struct quote *q;

	q = qt_at(th_off(b, "\xe2\x80\x9cWhat is important", 0));
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	cr_assert(th_str_is(q->speaker, "Vladimir Putin"));
	cr_assert(th_str_is(q->cue, "emphasized"));
	cr_assert_eq(qt_kind_of(b,
	    "\xe2\x80\x9cTreaty on the Comprehensive Strategic"),
	    QUOTE_PARTIAL);
	q = qt_at(th_off(b, "\xe2\x80\x9cThe ties and affection", 0));
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	cr_assert(th_str_is(q->speaker, "Kim Jong Un"));
}

Test(quotes, sample_overseas_has_no_marked_quotes)
{
	/* all of it is reported speech: test_speech.c reads it */
	qt_sample("overseas-2019-74th-anniversary");
	cr_assert_eq(qt(qt_sample_body), 0);
}

/* --- edges --- */

Test(quotes, empty_body)
{
	cr_assert_eq(qt_run("", 0), 0);
	cr_assert_eq(qt_run(NULL, 0), 0);
}

Test(quotes, body_of_only_marks)
{
	const char *b = "\"\"\"\" \xe2\x80\x9c\xe2\x80\x9d '' `` '' \xc2\xab"
	    "\xc2\xbb \" \"";

	cr_assert_eq(qt(b), 0);
}

Test(quotes, utf8_byte_offsets)
{
	const char *b = "\xc3\x9c" "n\xc3\xaf" "c\xc3\xb6" "d\xc3\xa9 caf\xc3\xa9 "
	    "\xe2\x80\x94 \xe2\x80\x9cH\xc3\xa9llo w\xc3\xb6rld, again,"
	    "\xe2\x80\x9d Zo\xc3\xab said.";
	const struct quote *q;

	cr_assert_eq(qt(b), 1);
	q = &qt_out.quotes.v[0];
	cr_assert_eq(q->start, 22, "start %u", q->start);
	cr_assert_eq(q->end, 49, "end %u", q->end);
	cr_assert_eq(q->speaker_start, 50);
	cr_assert_eq(q->speaker_end, 54);
	cr_assert(th_str_is(q->speaker, "Zo\xc3\xab"));
}

/*
 * Hostile bodies: a megabyte of one mark, of alternating mark and space,
 * and of tiny quotes.  The output must stay well-formed (in the body,
 * ordered pairs, within the Result limit); the pairing is linear by
 * construction, so this is a check of sanity, not of time.
 */
#define QT_HOSTILE_BYTES	(1u << 20)

static void
qt_check_sane(const char *b, size_t len)
{
	size_t i;

	cr_assert_leq(qt_out.quotes.n, PROTO_QUOTES_MAX);
	for (i = 0; i < qt_out.quotes.n; i++) {
		const struct quote *q = &qt_out.quotes.v[i];

		cr_assert_lt(q->start, q->end);
		cr_assert_leq(q->end, len);
		cr_assert(b[q->start] == '"' || b[q->start] == '\'');
		cr_assert_leq(q->speaker_start, q->speaker_end);
	}
}

Test(quotes, megabyte_of_marks)
{
	char *b = malloc(QT_HOSTILE_BYTES);
	size_t i;

	cr_assert_not_null(b);
	memset(b, '"', QT_HOSTILE_BYTES);
	cr_assert_eq(qt_run(b, QT_HOSTILE_BYTES), 0);
	for (i = 0; i < QT_HOSTILE_BYTES; i++)
		b[i] = (i & 1) ? ' ' : '"';
	cr_assert_eq(qt_run(b, QT_HOSTILE_BYTES), 0);
	memset(b, '\'', QT_HOSTILE_BYTES);
	cr_assert_eq(qt_run(b, QT_HOSTILE_BYTES), 0);
	/* "a" "a" "a" ...: a flood of one-word quotes, capped */
	for (i = 0; i < QT_HOSTILE_BYTES; i++)
		b[i] = "\"a\" "[i & 3];
	qt_run(b, QT_HOSTILE_BYTES);
	cr_assert_eq(qt_out.quotes.n, PROTO_QUOTES_MAX);
	qt_check_sane(b, QT_HOSTILE_BYTES);
	cr_assert_eq(qt_out.quotes.v[1].start, 4);
	cr_assert_eq(qt_out.quotes.v[1].end, 7);
	/* ",—" speech closers with and without cues, on one line */
	for (i = 0; i < QT_HOSTILE_BYTES; i++)
		b[i] = "A b,\xe2\x80\x94 said Kim "[i % 16];
	qt_run(b, QT_HOSTILE_BYTES);
	cr_assert_leq(qt_out.quotes.n, PROTO_QUOTES_MAX);
	/* an unclosed quote on one megabyte-long line */
	b[0] = '"';
	memset(b + 1, 'x', QT_HOSTILE_BYTES - 1);
	cr_assert_eq(qt_run(b, QT_HOSTILE_BYTES), 1);
	cr_assert_eq(qt_out.quotes.v[0].end, QT_HOSTILE_BYTES);
	qt_check_sane(b, QT_HOSTILE_BYTES);
	free(b);
}

/*
 * "“‘" repeated: every ‘ may open a quotation or elide a word ('em,
 * ’cause), which the word right after it decides.  With no word after
 * it, the search for one used to read the whole rest of the body from
 * every mark (quadratic: 1 MiB took 24 s).  Counted, not timed: the pages
 * of a watched buffer (tests/pagewatch.c) the extractor enters, at most
 * QT_PASSES_MAX per page; before the look-ahead was bounded it entered
 * them thousands of times.  The same with the word after each mark too
 * long to be an elision, and the elisions themselves still read as such.
 */
#define QT_WATCH_BYTES	(256u * 1024)
#define QT_PASSES_MAX	8

static size_t
qt_pages_entered(struct pagewatch *pw, const char *unit, size_t budget)
{
	char *b = pagewatch_buf(pw);
	size_t ulen = strlen(unit), off = 0;

	while (QT_WATCH_BYTES - off >= ulen) {
		memcpy(b + off, unit, ulen);
		off += ulen;
	}
	memset(b + off, ' ', QT_WATCH_BYTES - off);
	pagewatch_arm(pw, budget);
	qt_run(b, QT_WATCH_BYTES);
	return pagewatch_disarm(pw);
}

Test(quotes, elision_look_ahead_is_bounded)
{
	static const char *const units[] = {
		"\xe2\x80\x9c\xe2\x80\x98",		/* “‘ */
		"\xe2\x80\x98\xe2\x80\x9c",		/* ‘“ */
		" \xe2\x80\x98",			/*  ‘ */
		" '",
		" \xe2\x80\x98" "abcdefghijklmnopqrstuvwxyzabcdefghijklmnop",
	};
	struct pagewatch *pw = pagewatch_new(QT_WATCH_BYTES);
	size_t budget, i, n;
	const char *b;

	cr_assert_not_null(pw);
	budget = QT_PASSES_MAX * pagewatch_pages(pw);
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		n = qt_pages_entered(pw, units[i], budget);
		cr_assert_leq(n, budget, "unit %zu: over %zu page entries for "
		    "%zu pages", i, budget, pagewatch_pages(pw));
	}
	pagewatch_destroy(&pw);
	/* The bound changes no reading: ‘em still elides, and a mark
	 * before a word that is no elision still opens. */
	b = "\xe2\x80\x98Give \xe2\x80\x98" "em hell,\xe2\x80\x99 Kim said.";
	cr_assert_eq(qt(b), 1);
	qt_check(b, "\xe2\x80\x98Give \xe2\x80\x98" "em hell,\xe2\x80\x99", 0,
	    QUOTE_DIRECT, "Kim", "Kim", 0, "said");
	b = "\xe2\x80\x98" "Emperors come and go,\xe2\x80\x99 Kim said.";
	cr_assert_eq(qt(b), 1);
	qt_check(b, "\xe2\x80\x98" "Emperors come and go,\xe2\x80\x99", 0,
	    QUOTE_DIRECT, "Kim", "Kim", 0, "said");
}

/* The names scan ends a run at a lower-case word no particle can be by
 * its letters ("and", "the"), and keeps one that is ("de", "bin", "ter",
 * "del"): the surnames find the full names. */
Test(quotes, particles_kept_small_words_end_names)
{
	const char *b = "Charles de Gaulle met Osama bin Laden and Gerard "
	    "ter Horst, the aide of Rafael del Pino and the man. \"No,\" "
	    "Gaulle said. \"Yes,\" Laden said. \"Maybe,\" Horst said. "
	    "\"Never,\" Pino said.";

	cr_assert_eq(qt(b), 4);
	qt_check(b, "\"No,\"", 0, QUOTE_DIRECT, "Charles de Gaulle", "Gaulle",
	    1, "said");
	qt_check(b, "\"Yes,\"", 0, QUOTE_DIRECT, "Osama bin Laden", "Laden",
	    1, "said");
	qt_check(b, "\"Maybe,\"", 0, QUOTE_DIRECT, "Gerard ter Horst",
	    "Horst", 1, "said");
	qt_check(b, "\"Never,\"", 0, QUOTE_DIRECT, "Rafael del Pino", "Pino",
	    1, "said");
}
