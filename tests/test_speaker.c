/*
 * test_speaker.c — workers/extract/speaker.c: how the quote pass chooses
 * a speaker (names, pronouns, titles) with the person-name test
 * (test_speaker_kind.c): people and bodies that can speak, never a place,
 * a headline or a dateline.  Which words are the mention is
 * test_speaker_mention.c's; a description ("the president", "the
 * company") as a speaker is test_speaker_desc.c's.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "quotes_int.h"
#include "quotes_check.h"
#include "speaker_int.h"

TestSuite(speaker, .fini = qt_fini);

/* --- speakers are people or bodies that can speak (speaker.c) --- */

Test(speaker, a_pronoun_is_no_place)
{
	const char *b = "Senator Ann Moss landed in Oklahoma City on Monday. "
	    "\"It is good to be back,\" she said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"It is good to be back,\"", 0, QUOTE_DIRECT,
	    "Ann Moss", "she", 0, "said");
}

Test(speaker, a_surname_is_no_flight)
{
	const char *b = "EgyptAir Flight MS804 vanished on Thursday.\n\n"
	    "EgyptAir confirmed the news, saying: \"The plane is lost.\"";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"The plane is lost.\"", 0, QUOTE_DIRECT, "EgyptAir",
	    "EgyptAir", 1, "saying");
}

Test(speaker, a_headline_in_capitals_is_no_speaker)
{
	const char *b = "Intro.\n\nVOTERS WANT A CHANGE OF STYLE - Jane Roe: "
	    "\"We found that voters want it.\"";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We found that voters want it.\"", 0, QUOTE_DIRECT,
	    "Jane Roe", "Jane Roe", 0, ":");
}

Test(speaker, a_dateline_is_no_speaker)
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
Test(speaker, a_fragment_after_a_verb_of_speech_is_its_subject_s)
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

/* Fragments of one sentence share the subject found for the first. */
Test(speaker, fragments_of_one_sentence_share_a_speaker)
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
Test(speaker, a_pronoun_stands_for_its_sentence_s_subject)
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
 * A he or a she after reported speech stands for its speaker, named in
 * full or not: the names scan remembers full names only, so a surname
 * alone was no antecedent, and the last full name, another person's,
 * was taken.
 */
Test(speaker, a_pronoun_stands_for_the_last_speaker_of_reported_speech)
{
	const char *b = "Smith, 45, said he would appeal. \"We will fight "
	    "this all the way,\" he said.";
	const char *c = "Donald Trump and Hillary Clinton met in St. Louis on "
	    "Sunday. Trump said the debate was rigged. \"It is a "
	    "disgrace,\" he said.";

	qt(b);
	qt_check(b, "\"We will fight this all the way,\"", 0, QUOTE_DIRECT,
	    "Smith", "he", 2, "said");
	qt(c);
	qt_check(c, "\"It is a disgrace,\"", 0, QUOTE_DIRECT,
	    "Donald Trump", "he", 1, "said");
}

/*
 * News style abbreviates a title before a full name and spells it out
 * after ("Sen. Marco Rubio" ... "the senator"), a place before it names
 * the office's seat ("Texas Gov." is a governor), and news calls the
 * person last named by their age ("the 54-year-old").
 */
Test(speaker, an_abbreviated_title_or_an_age_stands_for_its_person)
{
	const char *b = "Sen. Marco Rubio spoke in Iowa. \"We will win,\" "
	    "the senator said. Gov. Chris Christie spoke next. \"We need "
	    "jobs,\" the governor said. John Smith, 54, of Leeds, was "
	    "arrested on Friday. \"I am innocent,\" the 54-year-old said. "
	    "Former Texas Gov. Rick Perry spoke last. \"We need roads,\" the "
	    "former governor said.";

	qt(b);
	qt_check(b, "\"We will win,\"", 0, QUOTE_DIRECT, "Marco Rubio",
	    "the senator", 0, "said");
	qt_check(b, "\"We need jobs,\"", 0, QUOTE_DIRECT, "Chris Christie",
	    "the governor", 0, "said");
	qt_check(b, "\"I am innocent,\"", 0, QUOTE_DIRECT, "John Smith",
	    "the 54-year-old", 0, "said");
	/* a place's name before the title is the office's seat */
	qt_check(b, "\"We need roads,\"", 0, QUOTE_DIRECT, "Rick Perry",
	    "the former governor", 0, "said");
}

/*
 * A news organisation speaks: "the Washington Post" ("post" is a verb of
 * speech too), "the Associated Press" and "the White House" (titles that
 * name an organisation, no name after them: not "Press", not "House"),
 * "Islamic State".
 */
Test(speaker, a_news_organisation_speaks)
{
	const char *b = "The plan will fail, the Washington Post reported. "
	    "The talks collapsed, the Associated Press reported on Monday. "
	    "The White House said Tuesday it would veto the bill. \"We will "
	    "not back down,\" Islamic State said in a statement.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "The plan will fail", 0, QUOTE_INDIRECT,
	    "Washington Post", "Washington Post", 0, "reported");
	qt_check(b, "The talks collapsed", 0, QUOTE_INDIRECT,
	    "Associated Press", "Associated Press", 0, "reported");
	qt_check(b, "it would veto the bill", 0, QUOTE_INDIRECT,
	    "White House", "The White House", 0, "said");
	qt_check(b, "\"We will not back down,\"", 0, QUOTE_DIRECT,
	    "Islamic State", "Islamic State", 0, "said");
}

/*
 * A time is never a speaker: a day or a month alone, as the possessor
 * of the subject's noun, names no one ("Monday's report" is the
 * mention); as a given name it comes with a surname ("Theresa May").
 */
Test(speaker, a_time_with_a_possessive_is_no_speaker)
{
	const char *b = "A person familiar with the planning for Thursday's "
	    "meeting says the talks will go on. Monday's report said the "
	    "economy grew. Prime Minister Theresa May said Britain would "
	    "leave. May added that talks would start soon. Today's vote "
	    "showed that voters are angry. Yesterday's ruling said the law "
	    "was void.";
	const struct quote *q;

	qt(b);
	q = th_quote_at(&qt_out, th_off(b, "the talks will", 0),
	    QUOTE_INDIRECT);
	cr_assert_null(q->speaker.p, "speaker %.*s", (int)q->speaker.len,
	    q->speaker.p);
	qt_check(b, "the economy grew", 0, QUOTE_INDIRECT, NULL,
	    "Monday's report", 0, "said");
	qt_check(b, "Britain would leave", 0, QUOTE_INDIRECT, "Theresa May",
	    "Prime Minister Theresa May", 0, "said");
	qt_check(b, "talks would start soon", 0, QUOTE_INDIRECT,
	    "Theresa May", "May", 1, "added");
	/* a day named from today is a time as well */
	qt_check(b, "voters are angry", 0, QUOTE_INDIRECT, NULL,
	    "Today's vote", 0, "showed");
	qt_check(b, "the law was void", 0, QUOTE_INDIRECT, NULL,
	    "Yesterday's ruling", 0, "said");
}

/*
 * Roles of business, sports, the law and the press are titles before a
 * name like "Senator": stripped from the speaker ("Chief Executive Rex
 * Tillerson" -> Rex Tillerson), and a descriptor whose last word is one
 * puts the name after it in apposition ("said Clinton campaign manager
 * Robby Mook", not Clinton).
 */
Test(speaker, roles_are_titles_before_a_name)
{
	const char *b = "Federal Reserve Chair Janet Yellen said the economy "
	    "was strong. \"We remain confident,\" Chief Executive Rex "
	    "Tillerson said. \"We will win,\" said Clinton campaign manager "
	    "Robby Mook. \"It is close,\" said Democratic pollster Peter "
	    "Fenn.";

	cr_assert_eq(qt(b), 3);
	qt_check(b, "the economy was strong", 0, QUOTE_INDIRECT,
	    "Janet Yellen", "Federal Reserve Chair Janet Yellen", 0, "said");
	qt_check(b, "\"We remain confident,\"", 0, QUOTE_DIRECT,
	    "Rex Tillerson", "Chief Executive Rex Tillerson", 0, "said");
	qt_check(b, "\"We will win,\"", 0, QUOTE_DIRECT, "Robby Mook",
	    "Clinton campaign manager Robby Mook", 0, "said");
	qt_check(b, "\"It is close,\"", 0, QUOTE_DIRECT, "Peter Fenn",
	    "Democratic pollster Peter Fenn", 0, "said");
}

/*
 * British and Australian style writes abbreviated titles with no period
 * ("Prof", "Rev", "Sgt", "Lt Col", "Det Supt", "Cllr"), Indian style
 * honorifics before a name ("Shri", "Smt"): titles, stripped from the
 * name, and the surname after them is the person named before.
 */
Test(speaker, titles_with_no_period_and_honorifics_are_titles)
{
	const char *b = "Prof Chris Whitty said cases were rising. \"We must "
	    "be careful,\" Prof Whitty said. Shri Narendra Modi said India "
	    "would grow. Det Supt John Smith said the man was held. Cllr "
	    "Jane Brown said the council would appeal. Lt Col Mark Davies "
	    "said the troops were ready.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "cases were rising", 0, QUOTE_INDIRECT, "Chris Whitty",
	    "Prof Chris Whitty", 0, "said");
	qt_check(b, "\"We must be careful,\"", 0, QUOTE_DIRECT,
	    "Chris Whitty", "Prof Whitty", 0, "said");
	qt_check(b, "India would grow", 0, QUOTE_INDIRECT, "Narendra Modi",
	    "Shri Narendra Modi", 0, "said");
	qt_check(b, "the man was held", 0, QUOTE_INDIRECT, "John Smith",
	    "Det Supt John Smith", 0, "said");
	qt_check(b, "the council would appeal", 0, QUOTE_INDIRECT,
	    "Jane Brown", "Cllr Jane Brown", 0, "said");
	qt_check(b, "the troops were ready", 0, QUOTE_INDIRECT,
	    "Mark Davies", "Lt Col Mark Davies", 0, "said");
}

/*
 * A city set off with its state or country ("Irving, Texas,") is a place,
 * whatever given name it shares; "R-Texas" after a name is no such thing.
 */
Test(speaker, a_city_before_its_state_is_no_speaker)
{
	const char *b = "The company, based in Irving, Texas, said it would "
	    "cut spending. Rep. Joe Barton, R-Texas, said he would vote no.";
	const struct quote *q;

	qt(b);
	q = th_quote_at(&qt_out, th_off(b, "it would cut", 0),
	    QUOTE_INDIRECT);
	cr_assert_null(q->speaker.p, "speaker %.*s", (int)q->speaker.len,
	    q->speaker.p);
	qt_check(b, "he would vote no", 0, QUOTE_INDIRECT, "Joe Barton",
	    "Rep. Joe Barton", 0, "said");
}

/*
 * Wire style: the speaker named with a speech verb a paragraph or two
 * before speaks the quote paragraphs that follow with no cue; a
 * paragraph of quotes in between ends the search.
 */
Test(speaker, wire_style_speaker_paragraphs_back)
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
Test(speaker, wire_style_search_ends_at_any_double_mark)
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
Test(speaker, a_negation_test_reads_nothing_before_the_body)
{
	const char *b = "Ccor said: \r\"It went on.\"";

	qt(b);
	cr_assert_eq(qt("Ccor said.\n\n\"It went on.\""), 1);
}

Test(speaker, quoted_as_saying)
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

/* The organisation words (LX_ORG) of quotes_lexicon.def. */
static const char *const org_words[] = {
#define LEX(w, c)	(c) & LX_ORG ? (w) : NULL,
#define LEX_FROM(l)
#include "quotes_lexicon.def"
#undef LEX
#undef LEX_FROM
};

/*
 * speaker_kind_of asks the lexicon whether a name's word is an
 * organisation word only when lexicon_may_be_org lets it (by its first
 * letter with its length and with its second byte): every word the
 * lookup finds LX_ORG is let through.  Every LX_ORG word in random
 * ASCII case, and random words made of their pieces, letters, digits,
 * bytes past ASCII and punctuation (with and without a possessive or a
 * period, at a text's start and end), against lexicon_is.
 */
Test(speaker, organisation_word_filter_lets_every_one_through)
{
	static const char *const tails[] = { "", "'s", ".", "-led", "s" };
	const size_t nw = sizeof(org_words) / sizeof(org_words[0]);
	char s[80];
	uint32_t seed = 1234;
	size_t i, t, n, found = 0, tried = 0, refused = 0;

	for (i = 0; i < nw; i++) {
		const char *w = org_words[i];
		int round;

		if (w == NULL)
			continue;
		for (round = 0; round < 8; round++) {
			struct text_word tw;

			n = strlen(w);
			for (t = 0; t < n; t++) {
				seed = seed * 1103515245u + 12345u;
				s[t] = (seed >> 16) & 1 && w[t] >= 'a' &&
				    w[t] <= 'z' ? (char)(w[t] - 'a' + 'A') :
				    w[t];
			}
			tw.start = 0;
			tw.end = n;
			tw.flags = 0;
			cr_assert(lexicon_is(s, &tw, LX_ORG), "%.*s", (int)n,
			    s);
			cr_assert(lexicon_may_be_org(s, &tw), "%.*s",
			    (int)n, s);
			found++;
		}
	}
	cr_assert_gt(found, 500);
	/* random words: the filter refuses none the lookup takes */
	for (t = 0; t < 200000; t++) {
		static const char bytes[] = "aAbBcCeEgGhHmMnNoOpPrRsStTuUyY"
		    "0-.'&\xc3\xa9";
		struct text_word tw;
		size_t len = 0, k;

		seed = seed * 1103515245u + 12345u;
		if ((seed >> 16) % 3 == 0) {
			/* an org word's start, then anything */
			const char *w;

			do {
				seed = seed * 1103515245u + 12345u;
				w = org_words[(seed >> 8) % nw];
			} while (w == NULL);
			seed = seed * 1103515245u + 12345u;
			k = strlen(w);
			len = 1 + (seed >> 16) % k;
			memcpy(s, w, len);
			if (len > 1 && (seed >> 24) & 1)
				s[1] = (char)(s[1] ^ 0x20);
		}
		seed = seed * 1103515245u + 12345u;
		for (k = (seed >> 16) % 9; k > 0 && len < 40; k--) {
			seed = seed * 1103515245u + 12345u;
			s[len++] = bytes[(seed >> 16) % (sizeof(bytes) - 1)];
		}
		seed = seed * 1103515245u + 12345u;
		k = (seed >> 16) % (sizeof(tails) / sizeof(tails[0]));
		memcpy(s + len, tails[k], strlen(tails[k]));
		len += strlen(tails[k]);
		if (len == 0)
			continue;
		tw.start = 0;
		tw.end = len;
		tw.flags = 0;
		tried++;
		if (lexicon_is(s, &tw, LX_ORG)) {
			cr_assert(lexicon_may_be_org(s, &tw), "%.*s",
			    (int)len, s);
			found++;
		} else
			refused += !lexicon_may_be_org(s, &tw);
	}
	cr_assert_gt(found, 1000);
	/* and it refuses most words that are none */
	cr_assert_gt(refused * 2, tried);
}

/*
 * A capital at a sentence's start says nothing of a name: a he or a she
 * after a word the text writes in lower case nearby, and never
 * capitalises mid-sentence, does not stand for it ("Last year, she said"
 * is the person named before); a word capitalised mid-sentence somewhere
 * ("Mayor Tom Brown") stays a name, lower-case uses or not.
 */
Test(speaker, a_common_word_that_opens_its_sentence_is_no_antecedent)
{
	const char *b = "Jane Smith ran the agency for a decade. Last year, "
	    "she said the agency was broke. She left last week. Mayor Tom "
	    "Brown lost the vote. The brown envelope came late. Brown met "
	    "reporters, where he said the count was wrong.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "the agency was broke", 0, QUOTE_INDIRECT, "Jane Smith",
	    "she", 0, "said");
	qt_check(b, "the count was wrong", 0, QUOTE_INDIRECT, "Tom Brown",
	    "he", 7, "said");
}

/*
 * A place's name that speaks after a person so named ("Defense Secretary
 * Lloyd Austin" ... "Austin said") is that person: the wire paragraph's
 * quote is Austin's, not the organisation's of the paragraph before.
 */
Test(speaker, a_place_named_surname_takes_its_quote)
{
	const char *b = "Defense Secretary Lloyd Austin said the strike "
	    "worked. The Pentagon did not say where.\n\n\"We will act,\" "
	    "Austin said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We will act,\"", 0, QUOTE_DIRECT, "Lloyd Austin",
	    "Austin", 1, "said");
}

/*
 * An institution speaks by its whole name: titles before its head noun
 * name it ("the Justice Department", not "Department"), and so does the
 * name after its head noun and "of" ("the Bank of England", not "Bank";
 * "the University of Oxford", not "Oxford"); a person before it keeps
 * speaking ("John Smith of the University of Michigan").
 */
Test(speaker, an_institution_speaks_by_its_whole_name)
{
	const char *b = "The Justice Department said the inquiry was closed. "
	    "The Bank of England said inflation would peak. The University "
	    "of Oxford said the trial was paused. The Ministry of Defence "
	    "said troops had left. John Smith of the University of Michigan "
	    "said the study was sound. Prime Minister May said talks would "
	    "go on.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "the inquiry was closed", 0, QUOTE_INDIRECT,
	    "Justice Department", "The Justice Department", 0, "said");
	qt_check(b, "inflation would peak", 0, QUOTE_INDIRECT,
	    "Bank of England", "The Bank of England", 0, "said");
	qt_check(b, "the trial was paused", 0, QUOTE_INDIRECT,
	    "University of Oxford", "The University of Oxford", 0, "said");
	qt_check(b, "troops had left", 0, QUOTE_INDIRECT,
	    "Ministry of Defence", "The Ministry of Defence", 0, "said");
	qt_check(b, "the study was sound", 0, QUOTE_INDIRECT, "John Smith",
	    "John Smith of the University of Michigan", 0, "said");
	qt_check(b, "talks would go on", 0, QUOTE_INDIRECT, "May",
	    "Prime Minister May", 0, "said");
}

/*
 * A central bank's "Reserve" and a labour union's "Workers" head an
 * institution's name too: "The Federal Reserve said" -> Federal Reserve
 * (was Reserve: "Federal" read as a title), "The Communication Workers
 * of America said" -> Communication Workers of America (was
 * Communication Workers).
 */
Test(speaker, a_reserve_and_a_union_s_workers_head_an_institution)
{
	const char *b = "The Federal Reserve said it would hold rates. The "
	    "Communication Workers of America said its members had ratified "
	    "the contract.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "it would hold rates", 0, QUOTE_INDIRECT,
	    "Federal Reserve", "The Federal Reserve", 0, "said");
	qt_check(b, "its members had ratified the contract", 0,
	    QUOTE_INDIRECT, "Communication Workers of America",
	    "The Communication Workers of America", 0, "said");
}

/*
 * "Prices have fallen in recent months, she said, but not by enough.":
 * the pronoun of a closing attribution stands for someone named before
 * its sentence, not for the content's subject; "When Obama arrived, he
 * said the deal was done." still reads its sentence's subject.
 */
Test(speaker, a_closing_pronoun_is_not_its_content_s_subject)
{
	const char *b = "Treasury Secretary Janet Yellen spoke on Thursday. "
	    "Prices have fallen in recent months, she said, but not by "
	    "enough. When Barack Obama arrived, he said the deal was done.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "Prices have fallen in recent months", 0, QUOTE_INDIRECT,
	    "Janet Yellen", "she", 0, "said");
	qt_check(b, "the deal was done", 0, QUOTE_INDIRECT, "Barack Obama",
	    "he", 2, "said");
}

/*
 * A name set off after a nominal that names no one speaks for it: news
 * style names a role's holder in apposition ("said his nephew, Marcus
 * Hale.", "the White House spokesman, Josh Earnest, said"); the mention
 * is both.  No name after the comma keeps the nominal.
 */
Test(speaker, a_name_in_apposition_after_a_nominal_speaks)
{
	const char *b = "\"He played until the end,\" his nephew, Marcus "
	    "Hale, said.\n\n\"It was his life,\" said the White House "
	    "spokesman, Josh Earnest.\n\n\"We will win,\" said a "
	    "spokesman, adding that the team would fight.";

	cr_assert_eq(qt(b), 3);
	qt_check(b, "\"He played until the end,\"", 0, QUOTE_DIRECT,
	    "Marcus Hale", "his nephew, Marcus Hale", 0, "said");
	qt_check(b, "\"It was his life,\"", 0, QUOTE_DIRECT, "Josh Earnest",
	    "the White House spokesman, Josh Earnest", 0, "said");
	qt_check(b, "\"We will win,\"", 0, QUOTE_DIRECT, NULL, "a spokesman",
	    0, "said");
}

/*
 * A person's name takes no article: a capitalised phrase right after
 * "the" with no given name or initial (a paper, a body, a place, a plan)
 * is no he or she ("Ms. Marsh told The Boston Globe ... she said" is Ms.
 * Marsh); a name that shows a person keeps standing for one ("the Donald
 * Trump campaign"), and "they" may still stand for a body.
 */
Test(speaker, a_name_after_the_article_is_no_he_or_she)
{
	const char *b = "Eleanor Marsh, an architect, died on Friday. Ms. "
	    "Marsh once told The Boston Globe that a library should feel "
	    "like a living room.\n\n\"People should want to stay,\" she "
	    "said.\n\nSarah Jones met the Donald Trump campaign on Monday. "
	    "\"It went well,\" he said.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"People should want to stay,\"", 0, QUOTE_DIRECT,
	    "Eleanor Marsh", "she", 0, "said");
	qt_check(b, "\"It went well,\"", 0, QUOTE_DIRECT, "Donald Trump",
	    "he", 3, "said");
}

/*
 * The words between a title and an institution's head noun are its name
 * too: "the National Weather Service", "the Federal Aviation
 * Administration", "the Senate Intelligence Committee" (not "Weather
 * Service", "Aviation Administration"); a title before a person's name
 * is still dropped.
 */
Test(speaker, titles_and_words_before_an_institution_s_head_name_it)
{
	const char *b = "The National Weather Service said temperatures "
	    "could reach 102 degrees. The Federal Aviation Administration "
	    "said the flights would resume. The Senate Intelligence "
	    "Committee said the report was wrong. Federal Reserve Chair "
	    "Janet Yellen said rates would rise.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "temperatures could reach 102 degrees", 0,
	    QUOTE_INDIRECT, "National Weather Service",
	    "The National Weather Service", 0, "said");
	qt_check(b, "the flights would resume", 0, QUOTE_INDIRECT,
	    "Federal Aviation Administration",
	    "The Federal Aviation Administration", 0, "said");
	qt_check(b, "the report was wrong", 0, QUOTE_INDIRECT,
	    "Senate Intelligence Committee",
	    "The Senate Intelligence Committee", 0, "said");
	qt_check(b, "rates would rise", 0, QUOTE_INDIRECT, "Janet Yellen",
	    "Federal Reserve Chair Janet Yellen", 0, "said");
}

/*
 * A league is an institution: "The Premier League said" is the Premier
 * League (was 'League': "premier" is a title), and a name with the word
 * is an organisation's ("The National Football League").
 */
Test(speaker, a_league_speaks_by_its_whole_name)
{
	const char *b = "The Premier League said it would review the "
	    "penalty decision. The National Football League said it would "
	    "appeal.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "it would review the penalty decision", 0,
	    QUOTE_INDIRECT, "Premier League", "The Premier League", 0,
	    "said");
	qt_check(b, "it would appeal", 0, QUOTE_INDIRECT,
	    "National Football League", "The National Football League", 0,
	    "said");
}

/*
 * A plural noun of people by their tie to a place, a side or a family,
 * capitalised at the sentence's start, is still a common noun: the group
 * speaks, not the name after "of" ("Residents of Khan Younis said" gave
 * Khan Younis, "Supporters of Donald Trump said" Donald Trump).  A
 * person before "of" still speaks.
 */
Test(speaker, a_group_noun_opening_the_sentence_speaks_not_its_complement)
{
	const char *b = "Israeli strikes hit the city overnight. Residents of "
	    "Khan Younis said the bombardment was the heaviest in weeks.";
	const char *c = "Donald Trump held a rally on Saturday. Supporters of "
	    "Donald Trump said they would brave the cold.";
	const char *d = "Lee Wang of Khan Younis said the night was quiet.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "the bombardment was the heaviest in weeks", 0,
	    QUOTE_INDIRECT, NULL, "Khan Younis", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "they would brave the cold", 0, QUOTE_INDIRECT, NULL,
	    "Donald Trump", 1, "said");
	cr_assert_eq(qt(d), 0);
	qt_check(d, "the night was quiet", 0, QUOTE_INDIRECT, "Lee Wang",
	    "Lee Wang of Khan Younis", 0, "said");
}

/*
 * The object of "by", "with", "to" or a verb's -ing form in a phrase
 * that opens the sentence with no finite verb is the other party of the
 * pronoun subject after it, never what the pronoun stands for: "Interviewed
 * by Rolling Stone last year, she said" is Taylor Swift (was Rolling
 * Stone), "In an interview with Vanity Fair, she said" too (was Vanity
 * Fair).  A conjunction's clause has a subject of its own: "When the
 * question was put to Martin Kaplan, he laughed" keeps Martin Kaplan.
 */
Test(speaker, the_other_party_in_a_fronted_phrase_is_no_antecedent)
{
	const char *b = "Taylor Swift has rarely spoken about her songs. "
	    "Interviewed by Rolling Stone last year, she said she writes at "
	    "night.";
	const char *c = "Taylor Swift has rarely spoken about her songs. In "
	    "an interview with Vanity Fair, she said she no longer reads "
	    "reviews.";
	const char *d = "Ratings rose again. When the question was put to "
	    "Martin Kaplan, he said he would not discount the money.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "she writes at night", 0, QUOTE_INDIRECT, "Taylor Swift",
	    "she", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "she no longer reads reviews", 0, QUOTE_INDIRECT,
	    "Taylor Swift", "she", 0, "said");
	cr_assert_eq(qt(d), 0);
	qt_check(d, "he would not discount the money", 0, QUOTE_INDIRECT,
	    "Martin Kaplan", "he", 2, "said");
}

/*
 * A surname stands for the last full name holding it while that name is
 * among the NAME_RING_MAX names remembered last: the ring of names wraps
 * at every count of names after it, the most recent in each of its slots.
 */
Test(speaker, a_surname_finds_its_name_however_the_ring_has_wrapped)
{
	static const char head[] = "Jane Smith arrived on Monday. ";
	static const char filler[] = "Ann Quinn spoke. ";
	static const char tail[] = "\"Quiet,\" Smith said.";
	char b[sizeof(head) + 80 * (sizeof(filler) - 1) + sizeof(tail)];
	size_t k, i;

	for (k = NAME_RING_MAX - 8; k < NAME_RING_MAX + 8; k++) {
		strcpy(b, head);
		for (i = 0; i < k; i++)
			strcat(b, filler);
		strcat(b, tail);
		cr_assert_eq(qt(b), 1);
		/* Jane Smith and k names after her: remembered while k + 1
		 * names fit */
		qt_check(b, "\"Quiet,\"", 0, QUOTE_DIRECT,
		    k + 1 <= NAME_RING_MAX ? "Jane Smith" : "Smith", "Smith",
		    1, "said");
	}
}

/*
 * A surname of two words stands for the longer name said before that
 * ends with it, as a one-word surname does: Spanish and French surnames
 * and a woman's maiden and married names ("Alberto Núñez Feijóo" ...
 * "Núñez Feijóo said", "Marine Le Pen" ... "Le Pen told", "Debbie
 * Wasserman Schultz" ... "Wasserman Schultz said"; were the two words).
 * A full name that ends as another does stays itself ("Mary Smith" after
 * "John Smith").
 */
Test(speaker, a_two_word_surname_stands_for_the_longer_name_before)
{
	const char *b = "Alberto N\xc3\xba\xc3\xb1" "ez Feij\xc3\xb3o, "
	    "leader of the People's Party, spoke on Monday. "
	    "\"We will table a motion,\" "
	    "N\xc3\xba\xc3\xb1" "ez Feij\xc3\xb3o said.\n\nMarine Le Pen "
	    "arrived in Lyon. \"The French want change,\" Le Pen told "
	    "BFMTV.\n\nJohn Smith spoke first. \"Not now,\" Mary Smith "
	    "said.";

	cr_assert_eq(qt(b), 3);
	qt_check(b, "\"We will table a motion,\"", 0, QUOTE_DIRECT,
	    "Alberto N\xc3\xba\xc3\xb1" "ez Feij\xc3\xb3o",
	    "N\xc3\xba\xc3\xb1" "ez Feij\xc3\xb3o", 1, "said");
	qt_check(b, "\"The French want change,\"", 0, QUOTE_DIRECT,
	    "Marine Le Pen", "Le Pen", 1, "told");
	qt_check(b, "\"Not now,\"", 0, QUOTE_DIRECT, "Mary Smith",
	    "Mary Smith", 0, "said");
}

/*
 * A pronoun with its verb's clitic that a mention reader took for a
 * capitalised name ("She's told", "He\xe2\x80\x99s claiming") is the pronoun,
 * and stands for whom the pronoun does (were the speakers "She", "He").
 * A name that starts as a pronoun does stays itself ("Shelby").
 */
Test(speaker, a_pronoun_with_its_verb_s_clitic_is_the_pronoun)
{
	const char *b = "Sharon Graham, general secretary of Unite, said "
	    "members were angry.\n\nShe's told employers that the offer is "
	    "not enough.";
	const char *c = "Donald Trump spoke in Ohio on Monday.\n\n"
	    "He\xe2\x80\x99s claiming that voting fraud is a big problem.";
	const char *d = "Mary Jones spoke first. \"It is fine,\" Shelby said.";

	qt(b);
	qt_check(b, "the offer is not enough", 0, QUOTE_INDIRECT,
	    "Sharon Graham", "She", 0, "told");
	qt(c);
	qt_check(c, "voting fraud is a big problem", 0, QUOTE_INDIRECT,
	    "Donald Trump", "He", 0, "claiming");
	cr_assert_eq(qt(d), 1);
	qt_check(d, "\"It is fine,\"", 0, QUOTE_DIRECT, "Shelby",
	    "Shelby", 0, "said");
}

/*
 * A name set off after a noun of kinship has that noun's gender, and a
 * he or a she stands for it or passes it over: "Her son, Tom, ... he
 * says" is Tom (was Margaret Holloway, the last who spoke), "Along with
 * her husband, Milton Berg, ... she has given" is Rachel Berg (was
 * Milton Berg).
 */
Test(speaker, a_kinship_noun_gives_the_name_after_it_a_gender)
{
	const char *b = "Margaret Holloway has lived on Elm Street for forty "
	    "years. She says the neighbourhood has changed.\n\nHer son, Tom, "
	    "is less sure. The council, he says, has never explained what "
	    "happened to the library.";
	const char *c = "Rachel Berg, a philanthropist, said the speeches "
	    "had led her to count Trump out. Along with her husband, Milton "
	    "Berg, a money manager, she has given to many candidates. She "
	    "said she plans to narrow her support to one.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "has never explained what happened to the library", 0,
	    QUOTE_INDIRECT, "Tom", "he", 3, "says");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "she plans to narrow her support to one", 0,
	    QUOTE_INDIRECT, "Rachel Berg", "She", 0, "said");
}

/*
 * A description after a group noun and "of" is the group's complement,
 * not who spoke: "Critics of the former president said" is the critics
 * (was Donald Trump, the former president named before), as "Residents
 * of Khan Younis said" is the residents.  The group noun may be in lower
 * case.
 */
Test(speaker, a_description_after_a_group_noun_is_its_complement)
{
	const char *b = "Former President Donald Trump held a rally on "
	    "Saturday. Critics of the former president said his lead in the "
	    "polls was soft.";
	const char *c = "Former President Donald Trump held a rally. Many "
	    "supporters of the former president said they would vote.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "his lead in the polls was soft", 0, QUOTE_INDIRECT, NULL,
	    "Critics of the former president", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "they would vote", 0, QUOTE_INDIRECT, NULL,
	    "supporters of the former president", 0, "said");
}

/*
 * The names scan ends a run at a word that starts with a digit, or at a
 * mark E2 80 xx (a curly quote, a dash), without reading the word after
 * it (speaker_int.h's ends_run): neither is a name word or a particle,
 * and the mark leaves no blank gap.  The name before stays one, and its
 * surname later finds it.
 */
Test(speaker, a_name_before_a_number_or_a_curly_quote_is_remembered)
{
	const char *b = "Mayor Ann Moss \xe2\x80\x9cwill not back down,\xe2\x80"
	    "\x9d her aides said. Reporters asked again. \"We will see,\" "
	    "Moss said.";
	const char *c = "Voters saw Jane Roe 27 times on television. \"It "
	    "was a long race,\" Roe said.";
	const char *d = "2016 Donald";
	const char *e = "Moss \xe2\x80\x9cwill";
	const char *f = "Moss de";

	cr_assert(ends_run(d, strlen(d), 0));
	cr_assert(ends_run(e, strlen(e), 5));
	cr_assert(!ends_run(f, strlen(f), 5));
	cr_assert_eq(qt(b), 2);		/* the fragment and the quote */
	qt_check(b, "\"We will see,\"", 0, QUOTE_DIRECT, "Ann Moss", "Moss",
	    1, "said");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"It was a long race,\"", 0, QUOTE_DIRECT, "Jane Roe",
	    "Roe", 1, "said");
}

/*
 * The names scan is lazy: each resolution reads names only up to the
 * mention it resolves, and a call mostly ends at a word (a capital, "he")
 * that the scan takes the quick way there.  Called with every limit in
 * turn, it must remember the names one call to the end remembers.
 */
static void
names_scan_pieces(const char *b)
{
	static struct qx whole, pieces;
	size_t len = strlen(b), limit, i;

	memset(&whole, 0, sizeof(whole));
	memset(&pieces, 0, sizeof(pieces));
	whole.s = pieces.s = b;
	whole.len = pieces.len = len;
	speaker_names_scan_to(&whole, len);
	for (limit = 0; limit <= len; limit++)
		speaker_names_scan_to(&pieces, limit);
	cr_assert_eq(pieces.nring, whole.nring, "%s", b);
	cr_assert_eq(pieces.name_pos, whole.name_pos, "%s", b);
	for (i = 0; i < whole.nring && i < NAME_RING_MAX; i++) {
		cr_assert_eq(pieces.ring[i].start, whole.ring[i].start);
		cr_assert_eq(pieces.ring[i].end, whole.ring[i].end);
		cr_assert_eq(pieces.ring[i].person, whole.ring[i].person);
		cr_assert_eq(pieces.ring[i].gender, whole.ring[i].gender);
		cr_assert_eq(pieces.ring[i].nw, whole.ring[i].nw);
	}
}

Test(speaker, names_scanned_in_pieces_are_those_of_one_scan)
{
	names_scan_pieces("Senator Ann Moss met Charles de Gaulle. He said "
	    "Moss, who met John Smith's aide, was late, she said.  Her son, "
	    "Tom, told The Boston Globe that iPhone e-Mail sales rose.");
	names_scan_pieces("\xe2\x80\x9cWe will win,\xe2\x80\x9d he said. "
	    "\xe2\x80\x9cJane Roe\xe2\x80\x9d and Jos\xc3\xa9 Pe\xc3\xb1" "a "
	    "Nieto, the U.S. envoy, told Mr.\xc2\xa0Ng. Roe said it.");
	names_scan_pieces("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta "
	    "Iota Kappa Lambda Mu said, as did end.The Ann Moss and "
	    "mid-'Sixties Jane Roe, said Roe");
}

/* Pieces for lower_word_end: lower-case words, and what ends or joins
 * them. */
static const char *const lower_pieces[] = {
	"a", "he", "said", "s", "y", "de", " ", " ", ",", ".", "'", "-",
	"7", "Z", "\xe2\x80\x99", "\xc2\xa0", "\xc3\xa9", "\n", "don't",
	"a.m.", "e-mail", "es", "'s",
};

/* lower_word_end gives the end of the word text_word_next reads from a
 * word's start, or 0, at every offset of random text. */
Test(speaker, lower_word_end_agrees_with_the_word_reader)
{
	char s[300];
	uint32_t seed = 4242;
	size_t t, n, q, e, p, hits = 0;
	struct text_word w;

	for (t = 0; t < 300; t++) {
		n = th_random_text(s, sizeof(s), lower_pieces,
		    sizeof(lower_pieces) / sizeof(lower_pieces[0]), &seed);
		for (q = 0; q < n; q++) {
			if ((e = lower_word_end(s, n, q)) == 0)
				continue;
			p = q;
			cr_assert(text_word_next(s, n, &p, &w));
			if (w.start != q)
				continue;	/* q is inside a word */
			hits++;
			cr_assert_eq(w.end, e, "text %zu offset %zu", t, q);
			cr_assert_eq(w.flags, 0, "text %zu offset %zu", t, q);
		}
	}
	cr_assert_gt(hits, 1000);
}
