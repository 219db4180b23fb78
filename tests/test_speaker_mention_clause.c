/*
 * test_speaker_mention_clause.c — workers/extract/speaker_mention_clause.c:
 * the subject of the clause a participle, a colon or an infinitive hangs
 * from, read on its own and through the quote pass.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "quotes_int.h"
#include "quotes_check.h"

TestSuite(speaker_mention_clause, .fini = qt_fini);

/* Is [a, b) of s the bytes of want? */
static void
span_is(const char *s, size_t a, size_t b, const char *want,
    const char *what)
{
	cr_assert(a <= b && b - a == strlen(want) &&
	    memcmp(s + a, want, b - a) == 0, "%s: [%.*s], want [%s]", what,
	    (int)(b - a), s + a, want);
}

/*
 * The subject of the clause a participle hangs from: the last name that
 * a verb follows, not the object ("Adelson"), nor a modifier in capitals
 * ("the Oklahoma City bombing").
 */
Test(speaker_mention_clause, a_clause_subject_is_the_name_a_verb_follows)
{
	const char *s = "Trump returned the compliment to Adelson, telling "
	    "him. Mary Beck brought up the Oklahoma City bombing, saying no.";
	const char *t1 = strstr(s, "telling"), *s2 = strstr(s, "Mary");
	const char *t2 = strstr(s, "saying");
	struct attr a;

	memset(&a, 0, sizeof(a));
	cr_assert(speaker_mention_clause_subject(s, 0, (size_t)(t1 - s), &a));
	span_is(s, a.ns, a.ne, "Trump", "name");
	memset(&a, 0, sizeof(a));
	cr_assert(speaker_mention_clause_subject(s, (size_t)(s2 - s),
	    (size_t)(t2 - s), &a));
	span_is(s, a.ns, a.ne, "Mary Beck", "name");
}

Test(speaker_mention_clause, a_modifier_in_capitals_is_no_clause_subject)
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

/*
 * A word that opens its sentence as an adverbial is capitalised for its
 * place, not a name: a participle heading a clause a comma closes
 * ("Reached by phone ..., Joyce", "Speaking on Monday, Smith") or an
 * ordinal set off by a comma ("First, Trump").  The clause's subject
 * speaks.
 */
Test(speaker_mention_clause, a_sentence_opening_adverbial_is_no_name)
{
	const char *b = "Speaking on Monday, Smith \xe2\x80\x94 a longtime critic "
	    "of the plan \xe2\x80\x94 told the crowd it was \"a scam.\" "
	    "Manning on Tuesday met the coach, telling him he was "
	    "\"ready.\"";
	const char *c = "First, Donald Trump attacked Mitt Romney for "
	    "being a \"failed candidate.\" Then he turned to \"little\" "
	    "Marco Rubio.";
	const struct quote *q;

	qt(b);
	qt_check(b, "\"a scam.\"", 0, QUOTE_PARTIAL, "Smith", "Smith", 0,
	    "told");
	qt_check(b, "\"ready.\"", 0, QUOTE_PARTIAL, "Manning", "Manning",
	    0, "telling");
	qt(c);
	q = th_quote_at(&qt_out, th_off(c, "\"little\"", 0),
	    QUOTE_PARTIAL);
	cr_assert(q->speaker.p != NULL && q->speaker.len == 12 &&
	    memcmp(q->speaker.p, "Donald Trump", 12) == 0, "speaker %.*s",
	    (int)q->speaker.len, q->speaker.p);
}
