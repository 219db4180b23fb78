/*
 * test_quotes.c — workers/extract/quotes.c: direct vs partial, attribution
 * patterns and conventions of the lexicon, the samples and the edges.
 * The attribution windows' readers are in test_attribution.c, the
 * lexicon's order and lookup in test_lexicon.c.
 * Offsets are asserted exactly, as byte offsets found in the body itself,
 * so a test says which span and which mention it means.  Pairing of marks
 * is in test_quotes_mark.c, the speaker tests in test_speaker.c.
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
#include "text.h"
#include "quotes_check.h"

TestSuite(quotes, .fini = qt_fini);

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

Test(quotes, markup_attribute_values_are_no_quotes)
{
	/* a scraped page's leftover HTML: a mark right after "=" opens an
	 * attribute's value, and its closing mark closes it; the tweet's
	 * text and the quote after it are read as before */
	const char *b = "He cited <a href=\"http://example.com/report\">a "
	    "report</a>. <blockquote class=\"twitter-tweet\" "
	    "data-lang='en'><p dir=\"ltr\">The vote is a disgrace.</p>"
	    "</blockquote> <tweet id=\"672138506081275904\" "
	    "author=\"@MissDBunker\">Scanner: shots fired</tweet>\n\n"
	    "\"We will win,\" Smith said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We will win,\"", 0, QUOTE_DIRECT, "Smith", "Smith", 0,
	    "said");
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

/* A quote in lower case after a comma that ends words with no cue goes
 * on with their clause ("In past campaigns, "we felt ...," she said"):
 * partial, the closer's speaker; after a cue's comma it stays direct. */
Test(quotes, lower_case_quote_after_a_lead_and_comma_is_partial)
{
	const char *b = "Goff spoke on Monday. In past campaigns, \"we felt "
	    "that we could reach the people we need to reach,\" Goff said. "
	    "Asked about it, \"we never wanted it,\" Goff said.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"we felt that we could reach the people we need to "
	    "reach,\"", 0, QUOTE_PARTIAL, "Goff", "Goff", 1, "said");
	cr_assert_eq(qt_at(th_off(b, "\"we never", 0))->kind,
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

/*
 * A pronoun after the closer's cue opens what it reports ("said he would
 * quit"): the words before the quote are the cue's subject, the quote an
 * aside, no lead that runs on into it (review R9: the item [he would
 * quit] was lost for [Smith, "tired and angry,"]).
 */
Test(quotes, no_lead_runs_on_before_a_cue_and_its_pronoun)
{
	const char *b = "Smith, \"tired and angry,\" said he would quit.";
	size_t i;
	int found = 0;

	qt(b);
	for (i = 0; i < qt_out.quotes.n; i++) {
		const struct quote *q = &qt_out.quotes.v[i];

		cr_assert(!(q->kind == QUOTE_INDIRECT && q->start == 0),
		    "an item from the sentence's start");
		found |= q->kind == QUOTE_INDIRECT &&
		    q->start == (uint32_t)(strstr(b, "he would") - b);
	}
	cr_assert(found, "no item [he would quit]");
}
