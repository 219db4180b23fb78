/*
 * test_speaker_epithet.c — workers/extract/speaker_epithet.c: an age or a
 * people's word standing for a person ("the 21-year-old", "the
 * Italian"), a transcript's turn label and a Q&A's answer as speakers,
 * through the quote pass.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "quotes_int.h"
#include "quotes_check.h"

TestSuite(speaker_epithet, .fini = qt_fini);

/*
 * An age epithet names the person whose age the text gave as that
 * number, at the name (", 21,", " (54)", "61-year-old"), not the last
 * person named: sports and court reports give both sides' ages.
 */
Test(speaker_epithet, an_age_stands_for_the_person_of_that_age)
{
	const char *b = "Carlos Alcaraz, 21, beat Jannik Sinner in four "
	    "sets.\n\n\"It was one of the best matches of my life,\" the "
	    "21-year-old said.\n\nJohn Smith (54) was charged. The judge, "
	    "61-year-old Mary Jones, denied bail.\n\n\"I am innocent,\" "
	    "the 54-year-old said. \"No,\" the 61-year-old said.";

	qt(b);
	qt_check(b, "\"It was one of the best matches of my life,\"", 0,
	    QUOTE_DIRECT, "Carlos Alcaraz", "the 21-year-old", 0, "said");
	qt_check(b, "\"I am innocent,\"", 0, QUOTE_DIRECT, "John Smith",
	    "the 54-year-old", 0, "said");
	qt_check(b, "\"No,\"", 0, QUOTE_DIRECT, "Mary Jones",
	    "the 61-year-old", 0, "said");
}

/*
 * "the Italian", a people's word that can only be one person, stands for
 * the person last named, as an age does (was the speaker "Italian");
 * "the French", the nation's own plural, stays itself.
 */
Test(speaker_epithet, a_singular_people_word_stands_for_its_person)
{
	const char *b = "Sinner said he had struggled with his serve.\n\n"
	    "\"I did not feel the ball well today,\" the Italian said. "
	    "\"We will fight,\" the French said.";

	qt(b);
	qt_check(b, "\"I did not feel the ball well today,\"", 0,
	    QUOTE_DIRECT, "Sinner", "the Italian", 0, "said");
	qt_check(b, "\"We will fight,\"", 0, QUOTE_DIRECT, "French",
	    "the French", 0, "said");
}

/*
 * A transcript's turn labels are no names: "Q" is the interviewer, whom
 * it does not name.
 */
Test(speaker_epithet, a_transcript_turn_label_is_no_speaker)
{
	const char *b = "Q: Do you plan to run again?\n\nA: I have not "
	    "decided yet, and I will tell you when I do.";
	const struct quote *q;

	qt(b);
	q = th_quote_at(&qt_out, th_off(b, "Do you plan", 0),
	    QUOTE_INDIRECT);
	cr_assert_null(q->speaker.p, "speaker %.*s", (int)q->speaker.len,
	    q->speaker.p);
}

/*
 * A Q&A's "A:" turns are the words of whom it interviews, the first
 * person its introduction names (was none): not a name the introduction
 * mentions on the way, nor one a question names.  A turn label in
 * capitals is its speaker's name ("JAKE TAPPER:", was none: capitals
 * read as a headline's).
 */
Test(speaker_epithet, a_q_and_a_answer_is_the_interviewee_s)
{
	const char *b = "Q&A with Vice President Joe Biden.\n\nVice President "
	    "Joe Biden spoke with us on Air Force Two about Justice Antonin "
	    "Scalia.\n\nQ: Did Hillary Clinton call you?\n\nA: She did, "
	    "and we talked for an hour.";
	const char *c = "The interview went on.\n\nJAKE TAPPER: Do you think "
	    "he has campaigned as a healer?\n\nMARY FALLIN: I think he is "
	    "trying.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "She did, and we talked for an hour", 0, QUOTE_INDIRECT,
	    "Joe Biden", "A", 3, ":");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "Do you think he has campaigned as a healer", 0,
	    QUOTE_INDIRECT, "JAKE TAPPER", "JAKE TAPPER", 0, ":");
	qt_check(c, "I think he is trying", 0, QUOTE_INDIRECT, "MARY FALLIN",
	    "MARY FALLIN", 0, ":");
}

/*
 * "the Italian" tells one of two people named apart by a nationality the
 * text may not give: with another person named near it, it is neither
 * (review R6: "Sinner beat Alcaraz ... the Italian" was Alcaraz).
 */
Test(speaker_epithet, a_people_s_word_after_two_people_is_neither)
{
	const char *b = "Jannik Sinner beat Carlos Alcaraz in Rome.\n\n\"It "
	    "was tough,\" the Italian said.";
	const char *c = "Giorgia Meloni met Emmanuel Macron. \"We agree on "
	    "migration,\" the Italian said.";
	const char *d = "Jannik Sinner won in Rome. Sinner was tired.\n\n"
	    "\"It was tough,\" the Italian said.";

	qt(b);
	qt_check(b, "\"It was tough,\"", 0, QUOTE_DIRECT, NULL,
	    "the Italian", 0, "said");
	qt(c);
	qt_check(c, "\"We agree on migration,\"", 0, QUOTE_DIRECT, NULL,
	    "the Italian", 0, "said");
	qt(d);
	qt_check(d, "\"It was tough,\"", 0, QUOTE_DIRECT, "Jannik Sinner",
	    "the Italian", 0, "said");
}

/*
 * The peoples of sports and foreign copy beyond the first list, and a
 * people's word in -ard, stand for the person last named as "the
 * Italian" does: "the Spaniard" -> Mikel Arteta, "the Brazilian" ->
 * Neymar (were the speakers "Spaniard", "Brazilian").
 */
Test(speaker_epithet, the_spaniard_and_the_brazilian_are_one_person)
{
	const char *b = "Mikel Arteta said Arsenal deserved more. \"We "
	    "dominated,\" the Spaniard told Sky Sports.";
	const char *c = "Neymar said he was fit. \"I am ready,\" the "
	    "Brazilian said.";

	qt(b);
	qt_check(b, "\"We dominated,\"", 0, QUOTE_DIRECT, "Mikel Arteta",
	    "the Spaniard", 0, "told");
	qt(c);
	qt_check(c, "\"I am ready,\"", 0, QUOTE_DIRECT, "Neymar",
	    "the Brazilian", 0, "said");
}
