/*
 * test_dates_holidays.c — workers/extract/dates/holidays.c: holidays
 * fixed and moving, of other calendars, named by a word before a weekday
 * ("Super Tuesday"), and the tense a holiday takes beyond a season (the
 * shared checks: dates_check.h).
 */
#include "dates_check.h"

TestSuite(dates_holidays, .fini = dt_fini);

/* A holiday whose nearest date is more than a season away goes the
 * tense's way, as a month and day does: "filled the cathedral on
 * Christmas" written in August is the Christmas past, "will reopen at
 * Easter" the one to come. */
Test(dates_holidays, a_holiday_takes_the_tense_beyond_a_season)
{
	dt_one("Crowds filled the cathedral on Christmas.", "Christmas",
	    TIMEX_DATE, "2015-12-25");
	dt_one("The church will reopen at Easter.", "Easter", TIMEX_DATE,
	    "2017-04-16");
	dt_one("Stores close on Christmas.", "Christmas", TIMEX_DATE,
	    "2016-12-25");
}

/* India's Independence Day (Aug. 15) and Republic Day (Jan. 26), where
 * the text says they are India's: the country named with the day (in
 * the span, as Korea's Liberation Day's), in the sentence, or the
 * article from an Indian site.  Otherwise "Independence Day" is the
 * US July 4 and "Republic Day", also Turkey's and Italy's, none. */
Test(dates_holidays, india_independence_and_republic_day)
{
	dt_one("Modi spoke on India's Independence Day.",
	    "India's Independence Day", TIMEX_DATE, "2016-08-15");
	dt_one("Modi spoke on India's 70th Independence Day.",
	    "India's 70th Independence Day", TIMEX_DATE, "2016-08-15");
	dt_one("Flags flew on Indian Independence Day.",
	    "Indian Independence Day", TIMEX_DATE, "2016-08-15");
	dt_one("He spoke on Independence Day of India.",
	    "Independence Day of India", TIMEX_DATE, "2016-08-15");
	dt_one("India marked Republic Day with a parade.", "Republic Day",
	    TIMEX_DATE, "2016-01-26");
	dt_one("The Republic Day parade in New Delhi will feature tanks.",
	    "Republic Day", TIMEX_DATE, "2017-01-26");
	dt_one("Fireworks lit the sky on Independence Day.",
	    "Independence Day", TIMEX_DATE, "2016-07-04");
	dt_none("Turkey marked Republic Day with a ceremony.");
	dt_source = "timesofindia.indiatimes.com";
	dt_one("Fireworks lit the sky on Independence Day.",
	    "Independence Day", TIMEX_DATE, "2016-08-15");
	dt_one("Schools will close on Republic Day.", "Republic Day",
	    TIMEX_DATE, "2017-01-26");
	/* a sentence that names the US is about its day */
	dt_one("Americans celebrated Independence Day with fireworks.",
	    "Independence Day", TIMEX_DATE, "2016-07-04");
	dt_source = NULL;
	dt_one("Indian Americans in Texas marked Independence Day.",
	    "Independence Day", TIMEX_DATE, "2016-07-04");
	dt_source = "https://www.indiatoday.in/news";
	dt_one("Schools will close on Republic Day.", "Republic Day",
	    TIMEX_DATE, "2017-01-26");
	dt_source = "upi.com";
	dt_none("Schools will close on Republic Day.");
}

Test(dates_holidays, holidays_fixed_and_moving)
{
	/* Korea's Liberation Day, only with its country named */
	dt_one("Seoul marked Korea's Liberation Day with a speech.",
	    "Korea's Liberation Day", TIMEX_DATE, "2016-08-15");
	dt_one("Kim spoke on National Liberation Day of Korea.",
	    "National Liberation Day of Korea", TIMEX_DATE, "2016-08-15");
	dt_none("The Dutch marked Liberation Day with concerts.");
	/* published Wednesday 2016-08-17: the nearest of each */
	dt_one("Voters go to the polls on Election Day.", "Election Day",
	    TIMEX_DATE, "2016-11-08");
	dt_one("The strike may end by Labor Day, he said.", "Labor Day",
	    TIMEX_DATE, "2016-09-05");
	dt_one("Crowds gathered on Memorial Day.", "Memorial Day",
	    TIMEX_DATE, "2016-05-30");
	dt_one("Fireworks lit the sky on the Fourth of July.",
	    "Fourth of July", TIMEX_DATE, "2016-07-04");
	dt_one("Sales slumped after Presidents' Day.", "Presidents' Day",
	    TIMEX_DATE, "2016-02-15");
	dt_one("They married on Valentine's Day 2015.",
	    "Valentine's Day 2015", TIMEX_DATE, "2015-02-14");
	dt_one("Pilgrims came for Easter, he said.", "Easter",
	    TIMEX_DATE, "2016-03-27");
	dt_one("He returned on Easter Sunday 1998.", "Easter Sunday 1998",
	    TIMEX_DATE, "1998-04-12");
	dt_one("Prices rose after last Thanksgiving.", "last Thanksgiving",
	    TIMEX_DATE, "2015-11-26");
	dt_run_on("Pilgrims filled the city during Easter week.", 2000, 4,
	    17);
	dt_expect("Pilgrims filled the city during Easter week.",
	    "Easter week", TIMEX_DATE, "2000-W16");
	dt_none("Tourists flew to Easter Island.");
	dt_none("Labor leaders met in Columbus, Ohio.");
}

/*
 * The holidays of other outlets' calendars (HeidelTime's English lists):
 * the church's around Easter, the UK's, Canada's, France's, Australia's,
 * the US's by the nth weekday of a month; a weekday in a holiday's name
 * is no plain weekday (not even in "the Good Friday Agreement").
 * Published Wednesday 2016-08-17: the nearest of each (in a sentence
 * with no tense: a past one moves a holiday more than a season ahead
 * to the year before, test_dates_names.c).
 */
Test(dates_holidays, holidays_of_other_calendars)
{
	static const struct {
		const char	*name, *value;
	} h[] = {
		{ "Good Friday", "2016-03-25" },
		{ "Ash Wednesday", "2016-02-10" },
		{ "Palm Sunday", "2016-03-20" },
		{ "Maundy Thursday", "2016-03-24" },
		{ "Pentecost", "2016-05-15" },
		{ "Boxing Day", "2016-12-26" },
		{ "St. Patrick's Day", "2016-03-17" },
		{ "Saint Patrick's Day", "2016-03-17" },
		{ "All Saints' Day", "2016-11-01" },
		{ "Groundhog Day", "2017-02-02" },
		{ "Juneteenth", "2016-06-19" },
		{ "Remembrance Day", "2016-11-11" },
		{ "Armistice Day", "2016-11-11" },
		{ "Canada Day", "2016-07-01" },
		{ "Bastille Day", "2016-07-14" },
		{ "Australia Day", "2017-01-26" },
		{ "Anzac Day", "2016-04-25" },
		{ "Earth Day", "2016-04-22" },
		{ "Flag Day", "2016-06-14" },
		{ "Martin Luther King Jr. Day", "2017-01-16" },
		{ "Martin Luther King Day", "2017-01-16" },
		{ "MLK Day", "2017-01-16" },
		{ "Mother's Day", "2016-05-08" },
		{ "Father's Day", "2016-06-19" },
		{ "Black Friday", "2016-11-25" },
		{ "Cyber Monday", "2016-11-28" },
	};
	char body[128];
	size_t k;

	for (k = 0; k < sizeof(h) / sizeof(h[0]); k++) {
		snprintf(body, sizeof(body), "Crowds gather on %s in town.",
		    h[k].name);
		dt_one(body, h[k].name, TIMEX_DATE, h[k].value);
	}
	dt_one("The Good Friday Agreement was signed in 1998.", "1998",
	    TIMEX_DATE, "1998");
	dt_one("He did a good job on Friday.", "Friday", TIMEX_DATE,
	    "2016-08-12");
	dt_none("Saints' Day parades and a Canada goose.");
}

/* "Super Tuesday" is the primaries' day, not the Tuesday nearest. */
Test(dates_holidays, super_tuesday)
{
	const char *body = "Clinton hopes to do well on Super Tuesday.";

	dt_run_on(body, 2016, 2, 20);
	dt_expect(body, "Super Tuesday", TIMEX_DATE, "2016-03-01");
	cr_assert_eq(dt_out.dates.n, 1);
}

/* Britain's Remembrance Sunday is November's second Sunday, not the
 * weekday: "Remembrance Sunday was marked" in December is 2026-11-08. */
Test(dates_holidays, remembrance_sunday)
{
	const char *b = "Remembrance Sunday was marked across Britain.";

	dt_run_on(b, 2026, 12, 7);
	dt_expect(b, "Remembrance Sunday", TIMEX_DATE, "2026-11-08");
	cr_assert_eq(dt_out.dates.n, 1);
	b = "Remembrance Sunday will be marked next week.";
	dt_run_on(b, 2026, 11, 1);
	dt_expect(b, "Remembrance Sunday", TIMEX_DATE, "2026-11-08");
}

/* A past event named by a word before a weekday ("Black Monday", the
 * crash of 1987; "Bloody Sunday") is no weekday of the story; the
 * weekday alone still is. */
Test(dates_holidays, an_event_named_by_a_weekday)
{
	const char *b = "Markets fell on Black Monday in 1987.";

	dt_run(b);
	dt_expect(b, "1987", TIMEX_DATE, "1987");
	cr_assert_eq(dt_out.dates.n, 1);
	dt_one("The film recalls Bloody Sunday in Derry, 1972.", "1972",
	    TIMEX_DATE, "1972");
	dt_one("Markets fell on Monday.", "Monday", TIMEX_DATE,
	    "2016-08-15");
}

/* Review F3: the sentence that names the US keeps its July 4 whatever
 * the site or an Indian word says, and another country's Independence
 * Day is none of the two. */
Test(dates_holidays, india_day_yields_to_the_us_and_other_countries)
{
	dt_source = "timesofindia.indiatimes.com";
	dt_one("Americans marked Independence Day with fireworks.",
	    "Independence Day", TIMEX_DATE, "2016-07-04");
	dt_one("Trump marked Independence Day at the White House.",
	    "Independence Day", TIMEX_DATE, "2016-07-04");
	dt_source = NULL;
	dt_run("Indian Americans in Texas marked Independence Day on "
	    "July 4 with a parade.");
	dt_expect("Indian Americans in Texas marked Independence Day on "
	    "July 4 with a parade.", "Independence Day", TIMEX_DATE,
	    "2016-07-04");
	dt_one("Pakistan's Independence Day came first.",
	    "Pakistan's Independence Day", TIMEX_DATE, "2016-08-14");
	dt_one("Modi spoke on India's Independence Day.",
	    "India's Independence Day", TIMEX_DATE, "2016-08-15");
}

/* Review F11: the month alone is no US word ("rehearsals through July"
 * on an Indian site prepare Aug. 15), and when a sentence names both
 * countries the one nearer the day decides. */
Test(dates_holidays, india_day_the_nearer_country_decides)
{
	dt_source = "thehindu.in";
	dt_run("Schools will hold Independence Day rehearsals through "
	    "July.");
	dt_expect("Schools will hold Independence Day rehearsals through "
	    "July.", "Independence Day", TIMEX_DATE, "2016-08-15");
	dt_source = NULL;
	dt_one("The White House wished India a happy Independence Day.",
	    "Independence Day", TIMEX_DATE, "2016-08-15");
	dt_one("US lawmakers of Indian origin wished India a happy "
	    "Independence Day.", "Independence Day", TIMEX_DATE,
	    "2016-08-15");
	dt_one("Indian Americans marked Independence Day in Texas.",
	    "Independence Day", TIMEX_DATE, "2016-07-04");
	dt_source = "thehindu.in";
	dt_one("Independence Day fireworks were cancelled, the White "
	    "House said.", "Independence Day", TIMEX_DATE, "2016-07-04");
	dt_source = NULL;
}

/* HeidelTime's British and church days the list lacked: Hogmanay (Dec.
 * 31), St Andrew's Day (Nov. 30), May Day (May 1), Whitsun and Whit
 * Sunday (Pentecost), Ascension Day and Ascension Thursday (Easter's
 * 40th day); not "In May day by day" nor "Prince Andrew's day". */
Test(dates_holidays, british_and_church_days)
{
	dt_one("The party was held on Hogmanay.", "Hogmanay", TIMEX_DATE,
	    "2015-12-31");
	dt_one("The parade was on St Andrew's Day.", "St Andrew's Day",
	    TIMEX_DATE, "2015-11-30");
	dt_one("Unions will march on May Day.", "May Day", TIMEX_DATE,
	    "2017-05-01");
	dt_one("The church was full at Whitsun.", "Whitsun", TIMEX_DATE,
	    "2016-05-15");
	dt_one("Shops closed on Ascension Day.", "Ascension Day",
	    TIMEX_DATE, "2016-05-05");
	dt_one("In May day by day prices rose.", "May", TIMEX_DATE,
	    "2016-05");
	dt_none("Prince Andrew's day in court was long.");
}

/* National days of the Commonwealth press by their own names (were
 * none): New Zealand's Waitangi Day (Feb. 6), Canada's Victoria Day
 * (the Monday before May 25), Kenya's Madaraka (June 1), Mashujaa
 * (Oct. 20) and Jamhuri (Dec. 12) Days; "Queen Victoria" is none. */
Test(dates_holidays, commonwealth_national_days)
{
	dt_one("Waitangi Day was marked at Russell.", "Waitangi Day",
	    TIMEX_DATE, "2016-02-06");
	dt_one("Victoria Day is a long weekend.", "Victoria Day",
	    TIMEX_DATE, "2016-05-23");
	dt_one("Madaraka Day was marked in Nyeri.", "Madaraka Day",
	    TIMEX_DATE, "2016-06-01");
	dt_one("Mashujaa Day honours the Mau Mau.", "Mashujaa Day",
	    TIMEX_DATE, "2016-10-20");
	dt_one("Jamhuri Day celebrations are planned.", "Jamhuri Day",
	    TIMEX_DATE, "2016-12-12");
	dt_none("Queen Victoria opened the bridge.");
}

/* Pakistan's Independence Day (Aug. 14) and Canada's Thanksgiving
 * (October's second Monday) where the text places them: the country's
 * possessive, a place's word in the sentence ("ISLAMABAD:", "TORONTO
 * -"), "Canadian" before or "Monday" after Thanksgiving (were July 4,
 * none for the possessive, and the US Thursday); with no such word
 * the US days stay. */
Test(dates_holidays, pakistan_and_canada_days)
{
	dt_one("ISLAMABAD: The government has announced a public holiday "
	    "to mark Independence Day.", "Independence Day", TIMEX_DATE,
	    "2016-08-14");
	dt_one("Americans marked Independence Day.", "Independence Day",
	    TIMEX_DATE, "2016-07-04");
	dt_one("TORONTO - Grocery prices for Thanksgiving dinner are up.",
	    "Thanksgiving", TIMEX_DATE, "2016-10-10");
	dt_one("Canadian Thanksgiving dinners cost more.", "Thanksgiving",
	    TIMEX_DATE, "2016-10-10");
	dt_one("Stores close on Thanksgiving Monday.", "Thanksgiving Monday",
	    TIMEX_DATE, "2016-10-10");
	dt_one("Families travel for Thanksgiving.", "Thanksgiving",
	    TIMEX_DATE, "2016-11-24");
}
