/*
 * test_quotes.c — workers/extract/quotes.c: pairing every convention of
 * quotation marks, direct vs partial, attribution patterns and speaker
 * resolution.  Offsets are asserted exactly, as byte offsets found in the
 * body itself, so a test says which span and which mention it means.
 */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "extract.h"
#include "message.h"

static struct extract_out qt_out;

static void
qt_fini(void)
{
	free(qt_out.quotes.v);
	free(qt_out.dates.v);
	memset(&qt_out, 0, sizeof(qt_out));
}

TestSuite(quotes, .fini = qt_fini);

/* Run the quote extractor alone over body; returns the count. */
static size_t
qt_run(const char *body, size_t len)
{
	struct article a;

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("t");
	a.body = str_make(body, len);
	qt_out.quotes.n = 0;
	cr_assert_eq(quotes_extract(&a, &qt_out), 0);
	return qt_out.quotes.n;
}

static size_t
qt(const char *body)
{
	return qt_run(body, strlen(body));
}

/* Byte offset of the nth (0-based) occurrence of needle in body. */
static uint32_t
qt_off(const char *body, const char *needle, int nth)
{
	const char *p = body;

	for (;;) {
		p = strstr(p, needle);
		cr_assert_not_null(p, "no \"%s\" in body", needle);
		if (nth-- == 0)
			return (uint32_t)(p - body);
		p++;
	}
}

/* The quote starting at byte start. */
static const struct quote *
qt_at(uint32_t start)
{
	size_t i;

	for (i = 0; i < qt_out.quotes.n; i++)
		if (qt_out.quotes.v[i].start == start)
			return &qt_out.quotes.v[i];
	cr_assert_fail("no quote starts at %u", start);
	return NULL;
}

static int
qt_str_is(struct str s, const char *expect)
{
	if (expect == NULL)
		return s.p == NULL;
	return s.p != NULL && s.len == strlen(expect) &&
	    memcmp(s.p, expect, s.len) == 0;
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
	uint32_t s = qt_off(body, text, nth);
	const struct quote *q = qt_at(s);

	cr_assert_eq(q->end, s + strlen(text), "end of [%s]: %u, not %zu",
	    text, q->end, s + strlen(text));
	cr_assert_eq(q->kind, kind, "kind of [%s]", text);
	cr_assert(qt_str_is(q->speaker, speaker), "speaker of [%s]: %.*s",
	    text, (int)q->speaker.len, q->speaker.p ? q->speaker.p : "");
	if (mention == NULL) {
		cr_assert_eq(q->speaker_start, q->speaker_end,
		    "[%s] has a mention", text);
	} else {
		uint32_t m = qt_off(body, mention, mention_nth);

		cr_assert_eq(q->speaker_start, m, "mention of [%s] at %u",
		    text, q->speaker_start);
		cr_assert_eq(q->speaker_end, m + strlen(mention),
		    "mention end of [%s]", text);
	}
	if (cue != NULL)
		cr_assert(qt_str_is(q->cue, cue), "cue of [%s]: %.*s", text,
		    (int)q->cue.len, q->cue.p ? q->cue.p : "");
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
	qt_check(b, "\"nobody\"", 0, QUOTE_PARTIAL, NULL, NULL, 0, NULL);
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
	cr_assert_eq(qt_out.quotes.v[0].start, qt_off(b, "\xe2\x80\x9eWir", 0));
	cr_assert_eq(qt_out.quotes.v[0].end,
	    qt_off(b, " Dann", 0));
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

Test(quotes, mismatched_marks_still_pair)
{
	const char *b = "Kim said the friendship \xe2\x80\x9chas been "
	    "steadily developing\xc2\xbb for years.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\xe2\x80\x9chas been steadily developing\xc2\xbb", 0,
	    QUOTE_PARTIAL, NULL, NULL, 0, NULL);
}

Test(quotes, multi_paragraph_quote_is_one)
{
	const char *b = "Smith said:\n\n\xe2\x80\x9cThe first part of the "
	    "speech ends here.\n\n\xe2\x80\x9cThe second part goes on and "
	    "ends.\xe2\x80\x9d\n\nThen he left.";
	uint32_t s = qt_off(b, "\xe2\x80\x9cThe first", 0);

	cr_assert_eq(qt(b), 1);
	cr_assert_eq(qt_out.quotes.v[0].start, s);
	cr_assert_eq(qt_out.quotes.v[0].end, qt_off(b, "\n\nThen", 0));
	cr_assert_eq(qt_out.quotes.v[0].kind, QUOTE_DIRECT);
	cr_assert(qt_str_is(qt_out.quotes.v[0].speaker, "Smith"));
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

Test(quotes, restarted_quote_ends_at_its_last_sentence)
{
	const char *b = "\xe2\x80\x9cWe will win this. Really we will, "
	    "\xe2\x80\x9c" "Another one starts,\xe2\x80\x9d she said.";

	cr_assert_eq(qt(b), 2);
	cr_assert_eq(qt_out.quotes.v[0].start, 0);
	cr_assert_eq(qt_out.quotes.v[0].end, qt_off(b, " Really", 0));
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
	qt_check(b, "\"sends a friendly greeting to your country.\"", 0,
	    QUOTE_PARTIAL, NULL, NULL, 0, NULL);
	qt_check(b, "\"convinced\"", 0, QUOTE_PARTIAL, NULL, NULL, 0, NULL);
	qt_check(b, "\"strengthening development\"", 0, QUOTE_PARTIAL, NULL,
	    NULL, 0, NULL);
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
	    "Trump disagreed with all of it.\n\n"
	    "\"Nobody knows who said this one at all.\"";

	cr_assert_eq(qt(b), 3);
	qt_check(b, "\"We need more of a coalition flying those missions.\"",
	    0, QUOTE_DIRECT, "Clinton", "Clinton", 0, "added");
	qt_check(b, "\"Nobody knows who said this one at all.\"", 0,
	    QUOTE_DIRECT, NULL, NULL, 0, NULL);
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
	cr_assert(qt_str_is(q->speaker, "Zo\xc3\xab"));
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
	/* an unclosed quote on one megabyte-long line */
	b[0] = '"';
	memset(b + 1, 'x', QT_HOSTILE_BYTES - 1);
	cr_assert_eq(qt_run(b, QT_HOSTILE_BYTES), 1);
	cr_assert_eq(qt_out.quotes.v[0].end, QT_HOSTILE_BYTES);
	qt_check_sane(b, QT_HOSTILE_BYTES);
	free(b);
}
