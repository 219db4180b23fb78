/*
 * test_speaker_kind.c — workers/extract/speaker_kind.c: the person-name
 * test, what a capitalised name is as a speaker (a person, an
 * organisation, a state that speaks only as the subject of its verb, or
 * something that never speaks).
 */
#include <string.h>

#include <criterion/criterion.h>

#include "quotes_int.h"

/* The kind of the first occurrence of name in body. */
static enum speaker_kind
sk_in(const char *body, const char *name)
{
	const char *p = strstr(body, name);

	cr_assert_not_null(p, "no \"%s\" in body", name);
	return speaker_kind_of(body, strlen(body), (size_t)(p - body),
	    (size_t)(p - body) + strlen(name));
}

static enum speaker_kind
sk(const char *name)
{
	return sk_in(name, name);
}

Test(speaker_kind, a_given_name_or_an_initial_makes_a_person)
{
	cr_assert_eq(sk("Vladimir Putin"), SPEAKER_PERSON);
	cr_assert_eq(sk("Mary Susan"), SPEAKER_PERSON);
	cr_assert_eq(sk("Jeffrey M. Jones"), SPEAKER_PERSON);
	cr_assert_eq(sk("José Rodríguez"), SPEAKER_PERSON);
	/* a surname alone, or an unknown first name: no evidence */
	cr_assert_eq(sk("Sinovic"), SPEAKER_MAYBE);
	cr_assert_eq(sk("Glenn Hooton"), SPEAKER_PERSON);
	cr_assert_eq(sk("Zbrxt Qwelm"), SPEAKER_MAYBE);
}

/*
 * Given names of British, Australian, Indian and African news that the
 * locales' lists lack (WORLD in tools/gen_speaker_names.py): a person's
 * name before "of" a county is the person ("Betsy Sharp of Burke
 * County" was Burke County).
 */
Test(speaker_kind, world_news_given_names_make_a_person)
{
	cr_assert_eq(sk("Keir Starmer"), SPEAKER_PERSON);
	cr_assert_eq(sk("Rishi Sunak"), SPEAKER_PERSON);
	cr_assert_eq(sk("Jacinda Ardern"), SPEAKER_PERSON);
	cr_assert_eq(sk("Sadiq Khan"), SPEAKER_PERSON);
	cr_assert_eq(sk("Annastacia Palaszczuk"), SPEAKER_PERSON);
	cr_assert_eq(sk("Virat Kohli"), SPEAKER_PERSON);
	cr_assert_eq(sk("Matt Hancock"), SPEAKER_PERSON);
	cr_assert_eq(sk("Betsy Sharp"), SPEAKER_PERSON);
}

Test(speaker_kind, organisations_and_acronyms_speak)
{
	cr_assert_eq(sk("Democratic Party"), SPEAKER_ORG);
	cr_assert_eq(sk("KCNA"), SPEAKER_ORG);
	cr_assert_eq(sk_in("The report, POLITICO said.", "POLITICO"),
	    SPEAKER_ORG);
}

Test(speaker_kind, states_peoples_and_media_speak_only_as_subjects)
{
	cr_assert_eq(sk("North Korea"), SPEAKER_SUBJECT);
	cr_assert_eq(sk("Pyongyang"), SPEAKER_SUBJECT);
	cr_assert_eq(sk("Russian"), SPEAKER_SUBJECT);
	cr_assert_eq(sk("Twitter"), SPEAKER_SUBJECT);
}

Test(speaker_kind, places_events_and_modifiers_never_speak)
{
	cr_assert_eq(sk("Oklahoma"), SPEAKER_NONE);
	cr_assert_eq(sk("New York"), SPEAKER_NONE);
	cr_assert_eq(sk("San Bernardino"), SPEAKER_NONE);
	cr_assert_eq(sk("Oklahoma City"), SPEAKER_NONE);
	cr_assert_eq(sk("East Room"), SPEAKER_NONE);
	cr_assert_eq(sk("EgyptAir Flight MS804"), SPEAKER_NONE);
	cr_assert_eq(sk("Masters Tournament"), SPEAKER_NONE);
	cr_assert_eq(sk("Trump-style"), SPEAKER_NONE);
}

Test(speaker_kind, datelines_and_headlines_in_capitals_never_speak)
{
	cr_assert_eq(sk_in("WASHINGTON, Dec. 8 (UPI) — The aide said so.",
	    "WASHINGTON"), SPEAKER_NONE);
	cr_assert_eq(sk_in("Intro.\nPHILADELPHIA ― The campaign said.",
	    "PHILADELPHIA"), SPEAKER_NONE);
	cr_assert_eq(sk("VOTERS CARE MORE"), SPEAKER_NONE);
	cr_assert_eq(sk_in("BLUE STATES FOR THE FIRST TIME - Jane Roe:",
	    "TIME"), SPEAKER_NONE);
}

/* The kind of the first word of the first occurrence of at in body. */
static enum speaker_kind
sk_word(const char *body, const char *at)
{
	const char *p = strstr(body, at);
	size_t n;

	cr_assert_not_null(p, "no \"%s\" in body", at);
	n = strcspn(p, " .,");
	return speaker_kind_of(body, strlen(body), (size_t)(p - body),
	    (size_t)(p - body) + n);
}

/*
 * A place's name that speaks ("Austin said") is a surname when the text
 * named a person with it before ("Defense Secretary Lloyd Austin"): the
 * person-name test, not the word's class; with no such person, or
 * before no verb of speech, it stays a place.
 */
Test(speaker_kind, a_place_that_speaks_after_a_person_so_named_is_a_surname)
{
	const char *b = "Defense Secretary Lloyd Austin said the strike "
	    "worked. The Pentagon did not say where.\n\n\"We will act,\" "
	    "Austin said.";

	cr_assert_eq(sk_word(b, "Austin said."), SPEAKER_MAYBE);
	cr_assert_eq(sk_word("The storm hit Austin. Austin said the storm "
	    "passed.", "Austin said"), SPEAKER_NONE);
	cr_assert_eq(sk_word("Lloyd Austin left. The Austin skyline is "
	    "tall.", "Austin skyline"), SPEAKER_NONE);
}

/*
 * The heads of schools, hospitals and learned bodies make a name an
 * organisation's, as "University" and "Institute" do (each was a name
 * with no evidence either way, which "he" or "she" could stand for).
 */
Test(speaker_kind, schools_hospitals_and_societies_are_organisations)
{
	cr_assert_eq(sk("Imperial College London"), SPEAKER_ORG);
	cr_assert_eq(sk("Wellesley College"), SPEAKER_ORG);
	cr_assert_eq(sk("Fletcher School"), SPEAKER_ORG);
	cr_assert_eq(sk("Mayo Clinic"), SPEAKER_ORG);
	cr_assert_eq(sk("Great Ormond Street Hospital"), SPEAKER_ORG);
	cr_assert_eq(sk("Royal Society"), SPEAKER_ORG);
	cr_assert_eq(sk("Smithsonian Museum"), SPEAKER_ORG);
	cr_assert_eq(sk("Naval Academy"), SPEAKER_ORG);
}
