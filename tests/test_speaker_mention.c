/*
 * test_speaker_mention.c — workers/extract/speaker_mention.c: the mention
 * readers on their own (a pronoun, a name run with its titles stripped,
 * a nominal, a name in apposition or behind descriptors), read forward
 * and backward, and through the quote pass: which words of an
 * attribution are its mention.  What a mention resolves to is
 * test_speaker.c's; a clause's subject test_speaker_mention_clause.c's.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "quotes_int.h"
#include "quotes_check.h"

TestSuite(speaker_mention, .fini = qt_fini);

/* --- the readers on their own --- */

/* Is [a, b) of s the bytes of want? */
static void
span_is(const char *s, size_t a, size_t b, const char *want,
    const char *what)
{
	cr_assert(a <= b && b - a == strlen(want) &&
	    memcmp(s + a, want, b - a) == 0, "%s: [%.*s], want [%s]", what,
	    (int)(b - a), s + a, want);
}

/* The mention and the name read back from the word before needle. */
static struct attr
back_before(const char *s, const char *needle)
{
	struct attr a;
	const char *at = strstr(s, needle);

	cr_assert_not_null(at, "%s", needle);
	memset(&a, 0, sizeof(a));
	a.found = speaker_mention_back(s, 0, (size_t)(at - s), &a);
	return a;
}

/* The mention read forward from the byte after needle. */
static struct attr
fwd_after(const char *s, const char *needle, struct text_word *last)
{
	struct attr a;
	const char *at = strstr(s, needle);

	cr_assert_not_null(at, "%s", needle);
	memset(&a, 0, sizeof(a));
	a.found = speaker_mention_fwd(s, strlen(s),
	    (size_t)(at - s) + strlen(needle), &a, last);
	return a;
}

Test(speaker_mention, a_pronoun_a_name_and_a_nominal_read_back)
{
	const char *s = "Russian President Vladimir Putin said it. She said "
	    "no. The gambling tycoon said yes. The meeting, officials said, "
	    "ended.";
	struct attr a;

	/* a name run: the mention keeps its titles, the name does not */
	a = back_before(s, " said it");
	cr_assert(a.found && !a.pronoun);
	span_is(s, a.ms, a.me, "Russian President Vladimir Putin", "mention");
	span_is(s, a.ns, a.ne, "Vladimir Putin", "name");
	a = back_before(s, " said no");
	cr_assert(a.found && a.pronoun);
	span_is(s, a.ms, a.me, "She", "pronoun");
	/* a nominal back to its determiner, no name in it */
	a = back_before(s, " said yes");
	cr_assert(a.found && !a.pronoun && a.ns == a.ne);
	span_is(s, a.ms, a.me, "The gambling tycoon", "nominal");
	/* a comma between is no nominal: "The meeting, officials" */
	a = back_before(s, " said, ended");
	cr_assert_not(a.found);
}

/* A document's noun that is also a cue ("report", "reports", "email")
 * heads a nominal right before a cue; elsewhere a cue ends it. */
Test(speaker_mention, a_document_noun_heads_a_nominal_read_back)
{
	const char *s = "Hackers hit ten servers, the congressional report "
	    "said. The news reports say no.";
	struct attr a;

	a = back_before(s, " said. The news");
	cr_assert(a.found && !a.pronoun && a.ns == a.ne);
	span_is(s, a.ms, a.me, "the congressional report", "nominal");
	a = back_before(s, " say no");
	cr_assert(a.found && !a.pronoun && a.ns == a.ne);
	span_is(s, a.ms, a.me, "The news reports", "nominal");
}

/* Words that open a sentence are no part of the name before a cue, and
 * alone at the window's start they are none; after a word they are a
 * name ("Al From said"). */
Test(speaker_mention, a_sentence_opener_is_no_part_of_the_name_read_back)
{
	const char *s = "After John Smith said it, they left.";
	const char *t = "However said nothing.";
	const char *u = "He met Al From said nothing.";
	struct attr a;

	a = back_before(s, " said it");
	cr_assert(a.found);
	span_is(s, a.ms, a.me, "John Smith", "mention");
	span_is(s, a.ns, a.ne, "John Smith", "name");
	a = back_before(t, " said");
	cr_assert_not(a.found);
	a = back_before(u, " said");
	cr_assert(a.found);
	span_is(u, a.ns, a.ne, "Al From", "name");
}

/* Read back through a sentence's words (speaker_mention_back_in), a
 * mention is the one read back from the text. */
Test(speaker_mention, read_back_through_words_as_from_the_text)
{
	const char *s = "Rep. Tom Cole of Oklahoma said it. The Oklahoma "
	    "City police chief Bill Citty said so. He said no.";
	static const char *const cues[] = { " said it", " said so",
	    " said no" };
	struct text_word words[64];
	size_t nw = 0, p = 0, i;

	while (nw < 64 && text_word_next(s, strlen(s), &p, &words[nw]))
		nw++;
	for (i = 0; i < sizeof(cues) / sizeof(cues[0]); i++) {
		struct attr a = back_before(s, cues[i]), b;
		size_t pos = (size_t)(strstr(s, cues[i]) - s);

		memset(&b, 0, sizeof(b));
		b.found = speaker_mention_back_in(s, 0, pos, &b, words, nw);
		cr_assert_eq(a.found, b.found, "%s", cues[i]);
		cr_assert(a.ms == b.ms && a.me == b.me && a.ns == b.ns &&
		    a.ne == b.ne && a.pronoun == b.pronoun, "%s", cues[i]);
	}
	/* "Rep. Tom Cole of Oklahoma": the person before "of" a place */
	{
		struct attr a = back_before(s, " said it");

		cr_assert(a.found);
		span_is(s, a.ns, a.ne, "Tom Cole", "name");
	}
}

Test(speaker_mention, a_pronoun_a_name_and_a_nominal_read_forward)
{
	const char *s = "\"Yes,\" he said. \"No,\" said Putin spokesman "
	    "Dmitry Peskov. \"Maybe,\" said the economist Jared Bernstein. "
	    "\"Soon,\" said Putin's office.";
	struct text_word last;
	struct attr a;

	a = fwd_after(s, "\"Yes,\"", &last);
	cr_assert(a.found && a.pronoun);
	span_is(s, a.ms, a.me, "he", "pronoun");
	/* a name in apposition to a descriptor after a name */
	a = fwd_after(s, "\"No,\" said", &last);
	cr_assert(a.found && !a.pronoun);
	span_is(s, a.ms, a.me, "Putin spokesman Dmitry Peskov", "mention");
	span_is(s, a.ns, a.ne, "Dmitry Peskov", "name");
	/* a name in apposition to a nominal's head noun */
	a = fwd_after(s, "\"Maybe,\" said", &last);
	cr_assert(a.found);
	span_is(s, a.ms, a.me, "the economist Jared Bernstein", "mention");
	span_is(s, a.ns, a.ne, "Jared Bernstein", "name");
	/* the possessor speaks through its noun */
	a = fwd_after(s, "\"Soon,\" said", &last);
	cr_assert(a.found);
	span_is(s, a.ms, a.me, "Putin's office", "mention");
}

/* A name behind lower-case descriptors after a cue. */
Test(speaker_mention, a_name_behind_descriptors_read_forward)
{
	const char *s = "\"We will win,\" said undecided Republican voter "
	    "Stephanie Hooton.";
	const char *at = strstr(s, " said") + 5;
	struct attr a;

	memset(&a, 0, sizeof(a));
	cr_assert(speaker_mention_described_fwd(s, strlen(s), (size_t)(at - s),
	    &a));
	span_is(s, a.ms, a.me, "undecided Republican voter Stephanie Hooton",
	    "mention");
	span_is(s, a.ns, a.ne, "Stephanie Hooton", "name");
}

/* --- mentions through the quote pass --- */

Test(speaker_mention, the_person_before_of_a_place_speaks)
{
	const char *b = "Rep. Ann Wagner of Missouri, a member of the "
	    "committee, said Friday, \"We will not wait.\"";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We will not wait.\"", 0, QUOTE_DIRECT, "Ann Wagner",
	    "Rep. Ann Wagner of Missouri", 0, "said");
}

/*
 * The object of a preposition is no subject, whatever it names: a
 * person's name before "of", "at", "from", "with" or "in" an outlet, a
 * firm, a school or a place is the head and speaks; a name with no
 * evidence either way only before a place, and not before "in", which
 * joins places ("Cape Town in South Africa").
 */
Test(speaker_mention, a_person_before_a_preposition_speaks)
{
	const char *b = "Lee Wang of The Intercept said the papers were "
	    "real. Jane Doe at the Brookings Institution said the plan "
	    "would fail. Jennifer Epstein of Bloomberg News reported that "
	    "the campaign was broke. John Smith of the University of "
	    "Michigan said the study was flawed. Mary Jones from Reuters "
	    "said the talks stalled.";

	qt(b);
	qt_check(b, "the papers were real", 0, QUOTE_INDIRECT, "Lee Wang",
	    "Lee Wang of The Intercept", 0, "said");
	qt_check(b, "the plan would fail", 0, QUOTE_INDIRECT, "Jane Doe",
	    "Jane Doe at the Brookings Institution", 0, "said");
	qt_check(b, "the campaign was broke", 0, QUOTE_INDIRECT,
	    "Jennifer Epstein", "Jennifer Epstein of Bloomberg News", 0,
	    "reported");
	qt_check(b, "the study was flawed", 0, QUOTE_INDIRECT, "John Smith",
	    "John Smith of the University of Michigan", 0, "said");
	qt_check(b, "the talks stalled", 0, QUOTE_INDIRECT, "Mary Jones",
	    "Mary Jones from Reuters", 0, "said");
}

/*
 * A title's description is no name: "the Prime Minister" (British style
 * capitalises a title standing for its holder), "the Duchess of Sussex",
 * "The Archbishop of Canterbury" (not Sussex or Canterbury, the names
 * after "of"); it resolves to the holder named before with the title,
 * else to none.  A spokesman's title keeps the body it speaks for, and a
 * title that names a body or a place as well is none of it ("the state
 * of Nevada").
 */
Test(speaker_mention, a_title_s_description_is_no_name)
{
	const char *b = "The Duchess of Sussex said she was delighted. The "
	    "Archbishop of Canterbury said the church would apologise. "
	    "\"It will not happen,\" the Prime Minister said. \"This is "
	    "over,\" the Foreign Secretary told reporters.";
	const char *c = "Russian President Vladimir Putin met the press. The "
	    "President of Russia said the talks would resume. Prime Minister "
	    "Boris Johnson arrived. \"It will not happen,\" the Prime "
	    "Minister said. A spokesman for the Kremlin said the talks were "
	    "over. The state of Nevada will decide whether he is right.";
	size_t i;

	qt(b);
	qt_check(b, "she was delighted", 0, QUOTE_INDIRECT, NULL,
	    "The Duchess of Sussex", 0, "said");
	qt_check(b, "the church would apologise", 0, QUOTE_INDIRECT, NULL,
	    "The Archbishop of Canterbury", 0, "said");
	qt_check(b, "\"It will not happen,\"", 0, QUOTE_DIRECT, NULL,
	    "the Prime Minister", 0, "said");
	qt_check(b, "\"This is over,\"", 0, QUOTE_DIRECT, NULL,
	    "the Foreign Secretary", 0, "told");
	qt(c);
	qt_check(c, "the talks would resume", 0, QUOTE_INDIRECT,
	    "Vladimir Putin", "The President of Russia", 0, "said");
	qt_check(c, "\"It will not happen,\"", 0, QUOTE_DIRECT,
	    "Boris Johnson", "the Prime Minister", 0, "said");
	qt_check(c, "the talks were over", 0, QUOTE_INDIRECT, "Kremlin",
	    "Kremlin", 0, "said");
	for (i = 0; i < qt_out.quotes.n; i++)
		cr_assert_neq(qt_out.quotes.v[i].start, th_off(c,
		    "whether he is", 0), "no item for the state of Nevada");
}

/*
 * A common noun's complement is no speaker: "fans at Wembley", "some
 * users on Reddit", "the organisers of Glastonbury" say nothing as
 * Wembley, Reddit or Glastonbury.  A group speaks through its part ("a
 * majority of Americans"), an organisation through its people
 * ("officials at the State Department"), a body through its spokesman;
 * a person's name set off after such a noun phrase speaks.
 */
Test(speaker_mention, a_common_noun_s_complement_is_no_speaker)
{
	const char *b = "On Sunday, fans at Wembley said the atmosphere was "
	    "electric. Some users on Reddit said the update broke the app. "
	    "The organisers of Glastonbury said the festival would return. "
	    "A majority of Americans said the economy was weak. Senior "
	    "officials at the State Department said the talks had stalled. "
	    "A spokesman for Boeing said the plane was safe. His former "
	    "business partner at Lenox, Lawrence B. Cummings, said the deal "
	    "was done.";

	qt(b);
	qt_check(b, "the atmosphere was electric", 0, QUOTE_INDIRECT, NULL,
	    "Wembley", 0, "said");
	qt_check(b, "the update broke the app", 0, QUOTE_INDIRECT, NULL,
	    "Reddit", 0, "said");
	qt_check(b, "the festival would return", 0, QUOTE_INDIRECT, NULL,
	    "Glastonbury", 0, "said");
	qt_check(b, "the economy was weak", 0, QUOTE_INDIRECT, "Americans",
	    "Americans", 0, "said");
	qt_check(b, "the talks had stalled", 0, QUOTE_INDIRECT,
	    "State Department", "State Department", 0, "said");
	qt_check(b, "the plane was safe", 0, QUOTE_INDIRECT, "Boeing",
	    "Boeing", 0, "said");
	qt_check(b, "the deal was done", 0, QUOTE_INDIRECT,
	    "Lawrence B. Cummings", "Lenox, Lawrence B. Cummings", 0, "said");
}

/* A name in apposition to a nominal's head noun is the speaker; a name
 * after a preposition is not. */
Test(speaker_mention, a_name_in_apposition_to_the_head_speaks)
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
Test(speaker_mention, a_name_in_apposition_after_a_name_speaks)
{
	const char *b = "\"We were busy,\" Snyder spokesman Dave Murray told "
	    "the paper. \"It went well,\" said Putin invited Kim.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"We were busy,\"", 0, QUOTE_DIRECT, "Dave Murray",
	    "Snyder spokesman Dave Murray", 0, "told");
	qt_check(b, "\"It went well,\"", 0, QUOTE_DIRECT, "Putin", "Putin",
	    0, "said");
}

/* A place or an institution before a descriptor and a name modifies
 * them: the name speaks, the mention is the whole phrase. */
Test(speaker_mention, a_name_after_an_institution_s_descriptor_speaks)
{
	const char *b = "\"We will win,\" said Ohio State University "
	    "professor Paul Beck.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We will win,\"", 0, QUOTE_DIRECT, "Paul Beck",
	    "Ohio State University professor Paul Beck", 0, "said");
}

/*
 * An institution named with "of" before a title and a person's name
 * describes the person, who speaks: "Bank of America Chief Executive
 * Brian Moynihan said" -> Brian Moynihan, the mention the whole phrase
 * (was Bank of America, or the whole phrase as the speaker); a title's
 * word inside the institution's name is no such title ("the National
 * Association of Criminal Defense Lawyers", not Lawyers).
 */
Test(speaker_mention, a_person_after_an_institution_of_x_and_a_title_speaks)
{
	const char *b = "Bank of America Chief Executive Brian Moynihan said "
	    "the bank would grow.";
	const char *c = "The National Association of Criminal Defense Lawyers "
	    "said the law was unfair.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "the bank would grow", 0, QUOTE_INDIRECT,
	    "Brian Moynihan", "Bank of America Chief Executive Brian Moynihan",
	    0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "the law was unfair", 0, QUOTE_INDIRECT,
	    "National Association of Criminal Defense Lawyers",
	    "The National Association of Criminal Defense Lawyers", 0, "said");
}

/*
 * After an institution's "of X" and a title, a name of two words is the
 * person's though the lists lack its given name, read back from a cue
 * or forward after a quote (review F5: the whole run was the name).
 */
Test(speaker_mention, a_title_s_unlisted_name_after_an_institution_speaks)
{
	const char *b = "Bank of Japan Governor Kazuo Ueda said policy would "
	    "stay loose.";
	const char *c = "\"Inflation has eased,\" Reserve Bank of India "
	    "Governor Shaktikanta Das said.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "policy would stay loose", 0, QUOTE_INDIRECT,
	    "Kazuo Ueda", "Bank of Japan Governor Kazuo Ueda", 0, "said");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"Inflation has eased,\"", 0, QUOTE_DIRECT,
	    "Shaktikanta Das", "Reserve Bank of India Governor Shaktikanta "
	    "Das", 0, "said");
}

/*
 * Read forward too, after a quote, the name after an institution's head
 * noun and "of" is part of it, and a person named after it and a title
 * speaks: "\"...,\" Bank of America said." -> Bank of America, "\"...,\"
 * Bank of America Chief Executive Brian Moynihan said." -> Brian
 * Moynihan (the name run stopped at "of": the quote had no attribution,
 * and was read as a partial in an indirect item).
 */
Test(speaker_mention, an_institution_of_x_after_a_quote_is_read_whole)
{
	const char *b = "\"We will grow,\" Bank of America said.";
	const char *c = "\"We will grow,\" Bank of America Chief Executive "
	    "Brian Moynihan said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"We will grow,\"", 0, QUOTE_DIRECT, "Bank of America",
	    "Bank of America", 0, "said");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"We will grow,\"", 0, QUOTE_DIRECT, "Brian Moynihan",
	    "Bank of America Chief Executive Brian Moynihan", 0, "said");
}

/*
 * An organisation's name joined by "and" is one name when it ends on an
 * organisation's or a company's word: "Pacific Gas and Electric said"
 * -> Pacific Gas and Electric (was Electric), "the Puutu Kunti Kurrama
 * and Pinikura Aboriginal Corporation" whole.  Two bodies, a whole name
 * before "and" ("Fox News and NBC News"), stay two; two people end on
 * no such word.
 */
Test(speaker_mention, an_organisation_s_name_joined_by_and_is_whole)
{
	const char *b = "Pacific Gas and Electric said it would shut off "
	    "power. The Puutu Kunti Kurrama and Pinikura Aboriginal "
	    "Corporation said trust had been broken. Fox News and NBC News "
	    "said the race was called.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "it would shut off power", 0, QUOTE_INDIRECT,
	    "Pacific Gas and Electric", "Pacific Gas and Electric", 0,
	    "said");
	qt_check(b, "trust had been broken", 0, QUOTE_INDIRECT,
	    "Puutu Kunti Kurrama and Pinikura Aboriginal Corporation",
	    "The Puutu Kunti Kurrama and Pinikura Aboriginal Corporation",
	    0, "said");
	qt_check(b, "the race was called", 0, QUOTE_INDIRECT, "NBC News",
	    "NBC News", 0, "said");
}

/*
 * A body speaks through its spokesman named before the title as after
 * "for" ("a spokesman for Boeing"): "A Home Office spokesperson said"
 * -> Home Office, "A Department of Health and Social Care spokesperson"
 * -> the whole (was "Social Care"), "A Ministry of Defence spokesman"
 * (was "Defence"); the mention is the noun phrase.  A title adjective
 * ("A Democratic spokesman") names no body.
 */
Test(speaker_mention, a_body_s_spokesman_before_the_title_speaks_for_it)
{
	const char *b = "A Home Office spokesperson said the rules were "
	    "clear. A Department of Health and Social Care spokesperson "
	    "said: \"We are investing record sums.\" A Ministry of Defence "
	    "spokesman said the drill was planned. A Democratic spokesman "
	    "said the vote was close.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "the rules were clear", 0, QUOTE_INDIRECT, "Home Office",
	    "A Home Office spokesperson", 0, "said");
	qt_check(b, "\"We are investing record sums.\"", 0, QUOTE_DIRECT,
	    "Department of Health and Social Care",
	    "A Department of Health and Social Care spokesperson", 0,
	    "said");
	qt_check(b, "the drill was planned", 0, QUOTE_INDIRECT,
	    "Ministry of Defence", "A Ministry of Defence spokesman", 0,
	    "said");
	qt_check(b, "the vote was close", 0, QUOTE_INDIRECT, NULL,
	    "A Democratic spokesman", 0, "said");
}

/*
 * After a determiner read forward ("according to the ...", "said the
 * ..."), the name after an institution's head noun and "of" is part of
 * it, as with no determiner: "according to the Bank of England" -> Bank
 * of England (was none: "England" a place), "according to the Ministry
 * of External Affairs" -> the whole (was "Affairs").
 */
Test(speaker_mention, an_institution_s_of_name_after_the_is_whole)
{
	const char *b = "The deal is off, according to the Bank of England. "
	    "India has lodged a protest, according to the Ministry of "
	    "External Affairs.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "The deal is off", 0, QUOTE_INDIRECT, "Bank of England",
	    "the Bank of England", 0, "according to");
	qt_check(b, "India has lodged a protest", 0, QUOTE_INDIRECT,
	    "Ministry of External Affairs", "the Ministry of External Affairs",
	    0, "according to");
}

/*
 * One word that opens the sentence before "and" is capitalised by the
 * sentence, no part of the organisation's name after it: "Residents and
 * Thames Water said" -> Thames Water (review F11: was "Residents and
 * Thames Water"); two words before "and" still join ("Pacific Gas and
 * Electric").
 */
Test(speaker_mention, one_sentence_opening_word_before_and_is_no_name_part)
{
	const char *b = "Residents and Thames Water said the leak was "
	    "fixed. Pacific Gas and Electric said power was back.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "the leak was fixed", 0, QUOTE_INDIRECT, "Thames Water",
	    "Thames Water", 0, "said");
	qt_check(b, "power was back", 0, QUOTE_INDIRECT,
	    "Pacific Gas and Electric", "Pacific Gas and Electric", 0,
	    "said");
}

/*
 * A one-word modifier before lower-case descriptors is no name: an
 * adjective title or a people's name ("Democratic strategist", "British
 * diplomat"); the name after the descriptors speaks.  A surname that is
 * a people's name too, before a verb, stays the name ("Cuban also
 * backed").
 */
Test(speaker_mention, a_modifier_before_descriptors_is_no_name)
{
	const char *b = "\"It will come down to turnout,\" said longtime "
	    "Democratic strategist Jane Smith. \"It is over,\" said veteran "
	    "British diplomat John Smith. \"We lost,\" said Republican "
	    "party boss Reince Priebus.";
	const char *c = "Mark Cuban spoke. Cuban also backed Trump in the "
	    "race.";

	cr_assert_eq(qt(b), 3);
	qt_check(b, "\"It will come down to turnout,\"", 0, QUOTE_DIRECT,
	    "Jane Smith", "longtime Democratic strategist Jane Smith", 0,
	    "said");
	qt_check(b, "\"It is over,\"", 0, QUOTE_DIRECT, "John Smith",
	    "veteran British diplomat John Smith", 0, "said");
	qt_check(b, "\"We lost,\"", 0, QUOTE_DIRECT, "Reince Priebus",
	    "Republican party boss Reince Priebus", 0, "said");
	qt(c);
	qt_check(c, "Trump in the race", 0, QUOTE_INDIRECT, "Mark Cuban",
	    "Cuban", 1, "backed");
}

/*
 * The offices and ranks of Irish, Canadian and British police copy and
 * the hyphenated compounds of UN, Commonwealth and military titles are
 * titles, no part of the name (each was the whole run): "Taoiseach
 * Micheál Martin", "RCMP Cpl. Marie-Josée Gagnon", "Chief Constable
 * Andy Marsh", "UN Secretary-General Antonio Guterres", "Vice-President
 * Kamala Harris"; "the Taoiseach" then stands for the holder.
 */
Test(speaker_mention, offices_ranks_and_compound_titles_are_titles)
{
	const char *b = "Taoiseach Micheál Martin said the levy would stay. "
	    "\"We will take our time,\" the Taoiseach said.";
	const char *c = "RCMP Cpl. Marie-Josée Gagnon said the search went "
	    "on.";
	const char *d = "Chief Constable Andy Marsh said the force had "
	    "failed.";
	const char *e = "UN Secretary-General Antonio Guterres said the "
	    "world was at risk.";
	const char *f = "Vice-President Kamala Harris said the law would "
	    "change.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "the levy would stay", 0, QUOTE_INDIRECT,
	    "Micheál Martin", "Taoiseach Micheál Martin", 0, "said");
	qt_check(b, "\"We will take our time,\"", 0, QUOTE_DIRECT,
	    "Micheál Martin", "the Taoiseach", 0, "said");
	qt(c);
	qt_check(c, "the search went on", 0, QUOTE_INDIRECT,
	    "Marie-Josée Gagnon", "RCMP Cpl. Marie-Josée Gagnon", 0, "said");
	qt(d);
	qt_check(d, "the force had failed", 0, QUOTE_INDIRECT, "Andy Marsh",
	    "Chief Constable Andy Marsh", 0, "said");
	qt(e);
	qt_check(e, "the world was at risk", 0, QUOTE_INDIRECT,
	    "Antonio Guterres", "UN Secretary-General Antonio Guterres", 0,
	    "said");
	qt(f);
	qt_check(f, "the law would change", 0, QUOTE_INDIRECT,
	    "Kamala Harris", "Vice-President Kamala Harris", 0, "said");
}

/*
 * Before an organisation, a name of two words or more right after a
 * title or an honorific is a person's though the lists lack its given
 * name ("Dr Priya Patel of Imperial College London said" -> Priya
 * Patel, was Imperial College London).
 */
Test(speaker_mention, a_titled_unlisted_name_before_an_organisation_speaks)
{
	const char *b = "Dr Priya Patel of Imperial College London said the "
	    "findings were new.";
	const char *c = "Prof Wang Li of Tsinghua University said the "
	    "findings were new.";

	qt(b);
	qt_check(b, "the findings were new", 0, QUOTE_INDIRECT,
	    "Priya Patel", "Dr Priya Patel of Imperial College London", 0,
	    "said");
	qt(c);
	qt_check(c, "the findings were new", 0, QUOTE_INDIRECT, "Wang Li",
	    "Prof Wang Li of Tsinghua University", 0, "said");
}

/*
 * A title that is a common surname too, ending the run right after a
 * given name, is the surname: "Stephen King", "Julie Bishop" speak
 * whole (review S4: were "King", "Bishop"; bd531a3 added "Constable").
 * A title after a name that is no given name keeps its reading, and an
 * office's title before "of" is none ("Clinton Chief of Staff").
 */
Test(speaker_mention, a_surname_title_after_a_given_name_is_the_surname)
{
	const char *b = "Stephen King said the book was done.";
	const char *c = "Julie Bishop said the talks were useful. \"We made "
	    "progress,\" Bishop said.";
	const char *d = "John Constable said the painting was unfinished.";
	const char *e = "Pope Francis said the church would change.";

	qt(b);
	qt_check(b, "the book was done", 0, QUOTE_INDIRECT, "Stephen King",
	    "Stephen King", 0, "said");
	qt(c);
	qt_check(c, "the talks were useful", 0, QUOTE_INDIRECT,
	    "Julie Bishop", "Julie Bishop", 0, "said");
	qt_check(c, "\"We made progress,\"", 0, QUOTE_DIRECT, "Julie Bishop",
	    "Bishop", 1, "said");
	qt(d);
	qt_check(d, "the painting was unfinished", 0, QUOTE_INDIRECT,
	    "John Constable", "John Constable", 0, "said");
	qt(e);
	qt_check(e, "the church would change", 0, QUOTE_INDIRECT, "Francis",
	    "Pope Francis", 0, "said");
}

/*
 * Post-nominal letters end the name, not the mention: "Jeremy Hunt MP
 * said" -> Jeremy Hunt (was "MP": a title, stripped from the front),
 * "said Sarah Whitehouse KC" -> Sarah Whitehouse (was the whole run),
 * and the name remembered for a surname later is the name without them.
 * "Labour MP" has no person's name before its letters.
 */
Test(speaker_mention, post_nominal_letters_end_the_name)
{
	const char *b = "Jeremy Hunt MP said the Budget would fail.";
	const char *c = "\"The appeal must fail,\" said Sarah Whitehouse KC.";
	const char *d = "Dame Meg Hillier MP chairs the committee. \"We will "
	    "ask,\" Hillier said.";
	const char *e = "Labour MP Jess Phillips said the cuts were wrong.";

	qt(b);
	qt_check(b, "the Budget would fail", 0, QUOTE_INDIRECT, "Jeremy Hunt",
	    "Jeremy Hunt MP", 0, "said");
	qt(c);
	qt_check(c, "\"The appeal must fail,\"", 0, QUOTE_DIRECT,
	    "Sarah Whitehouse", "Sarah Whitehouse KC", 0, "said");
	qt(d);
	qt_check(d, "\"We will ask,\"", 0, QUOTE_DIRECT, "Meg Hillier",
	    "Hillier", 1, "said");
	qt(e);
	qt_check(e, "the cuts were wrong", 0, QUOTE_INDIRECT, "Jess Phillips",
	    "Labour MP Jess Phillips", 0, "said");
}

/*
 * After a title's "for" or "of", the portfolio's or the seat's words open
 * the run before the name: "Minister for Housing James Browne said" ->
 * James Browne, "Chief Justice of India Sanjiv Khanna said" -> Sanjiv
 * Khanna, "RNC Chief of Staff Katie Walsh" -> Katie Walsh (were the whole
 * run after the preposition); a run ending on an organisation's word is
 * the body's name, and two words with no given name stay as they were.
 */
Test(speaker_mention, a_portfolio_after_a_title_s_preposition_is_no_name)
{
	const char *b = "Minister for Housing James Browne said he would "
	    "publish the Bill.";
	const char *c = "Senior Minister of State for Manpower Koh Poh Koon "
	    "said the ministry would act.";
	const char *d = "Anthony Anton, president and CEO of Washington "
	    "Restaurant Association said the wage was too high.";

	qt(b);
	qt_check(b, "he would publish the Bill", 0, QUOTE_INDIRECT,
	    "James Browne", "Housing James Browne", 0, "said");
	qt(c);
	qt_check(c, "the ministry would act", 0, QUOTE_INDIRECT,
	    "Koh Poh Koon", "Manpower Koh Poh Koon", 0, "said");
	qt(d);
	qt_check(d, "the wage was too high", 0, QUOTE_INDIRECT,
	    "Washington Restaurant Association",
	    "Washington Restaurant Association", 0, "said");
}

/*
 * A Canadian constable's "Const." (an abbreviation whose period ends no
 * sentence) and an agency head's "Administrator" are titles: "Const.
 * Sarbjit Sangha said" -> Sarbjit Sangha (was the body named before),
 * "Administrator Sean Duffy said" -> Sean Duffy (was the whole run).
 */
Test(speaker_mention, a_constable_and_an_administrator_are_titles)
{
	const char *b = "Surrey RCMP are asking for help.\n\n\"Her family is "
	    "very concerned,\" Const. Sarbjit Sangha said in a news release.";
	const char *c = "Administrator Sean Duffy said safety came first.";

	qt(b);
	qt_check(b, "\"Her family is very concerned,\"", 0, QUOTE_DIRECT,
	    "Sarbjit Sangha", "Const. Sarbjit Sangha", 0, "said");
	qt(c);
	qt_check(c, "safety came first", 0, QUOTE_INDIRECT, "Sean Duffy",
	    "Administrator Sean Duffy", 0, "said");
}

/*
 * A portfolio's adjective that is a title's too ("Foreign", "National")
 * does not end the portfolio, and its head nouns ("Affairs",
 * "Intelligence") are no part of a name the lists lack: "Minister for
 * Foreign Affairs Penny Wong said" -> Penny Wong, "Director of National
 * Intelligence Tulsi Gabbard said" -> Tulsi Gabbard (were "Affairs Penny
 * Wong", "Intelligence Tulsi Gabbard"; review U4).
 */
Test(speaker_mention, a_portfolio_s_adjective_and_head_nouns_are_no_name)
{
	const char *b = "Minister for Foreign Affairs Penny Wong said "
	    "Australia would follow.";
	const char *c = "Director of National Intelligence Tulsi Gabbard said "
	    "the files had been shared.";

	qt(b);
	qt_check(b, "Australia would follow", 0, QUOTE_INDIRECT, "Penny Wong",
	    "Foreign Affairs Penny Wong", 0, "said");
	qt(c);
	qt_check(c, "the files had been shared", 0, QUOTE_INDIRECT,
	    "Tulsi Gabbard", "National Intelligence Tulsi Gabbard", 0,
	    "said");
}

/*
 * Ranks and roles local, court and police copy writes before a name
 * are titles, no part of it (each was the whole run, "Coun." the name
 * "Coun"): an Irish garda and TD, a Nigerian police superintendent
 * (SP), a Canadian councillor (Coun.), a study's co-author, a resident
 * ("said Concord resident Whit Symms" -> Whit Symms, was Concord).
 */
Test(speaker_mention, local_court_and_police_ranks_are_titles)
{
	const char *b = "Garda Ciarán Byrne told the court the accused "
	    "punched him.";
	const char *c = "Labour TD Duncan Smith said the plan was late.";
	const char *d = "\"We heard you,\" said Coun. Alejandra Bravo, who "
	    "chairs the committee.";
	const char *e = "Resident Carla Mendez said her rent had doubled.";
	const char *f = "\"I can't vote for Trump,\" said Concord resident "
	    "Whit Symms.";
	const char *g = "Co-author David Kim said the trial would begin.";
	const char *h = "SP Benjamin Hundeyin said the suspects were held.";

	qt(b);
	qt_check(b, "the accused punched him", 0, QUOTE_INDIRECT,
	    "Ciarán Byrne", "Garda Ciarán Byrne", 0, "told");
	qt(c);
	qt_check(c, "the plan was late", 0, QUOTE_INDIRECT, "Duncan Smith",
	    "Labour TD Duncan Smith", 0, "said");
	qt(d);
	qt_check(d, "\"We heard you,\"", 0, QUOTE_DIRECT, "Alejandra Bravo",
	    "Coun. Alejandra Bravo", 0, "said");
	qt(e);
	qt_check(e, "her rent had doubled", 0, QUOTE_INDIRECT,
	    "Carla Mendez", "Resident Carla Mendez", 0, "said");
	qt(f);
	qt_check(f, "\"I can't vote for Trump,\"", 0, QUOTE_DIRECT,
	    "Whit Symms", "Concord resident Whit Symms", 0, "said");
	qt(g);
	qt_check(g, "the trial would begin", 0, QUOTE_INDIRECT, "David Kim",
	    "Co-author David Kim", 0, "said");
	qt(h);
	qt_check(h, "the suspects were held", 0, QUOTE_INDIRECT,
	    "Benjamin Hundeyin", "SP Benjamin Hundeyin", 0, "said");
}

/*
 * "Organisation" and "Organization" are organisation words: a name
 * joined by "and" that ends on one is one body ("The Irish Nurses and
 * Midwives Organisation said" -> the whole, was Midwives Organisation).
 */
Test(speaker_mention, an_organisation_s_name_ends_on_organisation)
{
	const char *b = "The Irish Nurses and Midwives Organisation said "
	    "overcrowding was at crisis level.";

	qt(b);
	qt_check(b, "overcrowding was at crisis level", 0, QUOTE_INDIRECT,
	    "Irish Nurses and Midwives Organisation",
	    "The Irish Nurses and Midwives Organisation", 0, "said");
}
