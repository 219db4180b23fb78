/*
 * test_speaker_desc.c — workers/extract/speaker_desc.c: a description as
 * a speaker, "the president" resolved to the person last named with the
 * title, "the company", "the court", "the bank" to the body of its kind
 * named or heard last, and the descriptions that resolve to none.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "quotes_int.h"
#include "quotes_check.h"

TestSuite(speaker_desc, .fini = qt_fini);

/*
 * A definite description headed by a title stands for the person last
 * named with that title, when its qualifiers name the same office: the
 * capitalised words before the name's title must be the description's
 * ("Vice President", "World Bank President" are other offices), and the
 * description's own words must stand before the name ("Russian").
 */
Test(speaker_desc, a_title_description_stands_for_its_holder)
{
	const char *b = "President Barack Obama and Vice President Joe Biden "
	    "met Russian President Vladimir Putin. \"We will talk,\" the "
	    "president said. \"We will listen,\" the vice president said. "
	    "\"We agree,\" the Russian president said. \"No,\" the World "
	    "Bank president said. \"Yes,\" a Democratic senator said.";

	cr_assert_eq(qt(b), 5);
	qt_check(b, "\"We will talk,\"", 0, QUOTE_DIRECT, "Barack Obama",
	    "the president", 0, "said");
	qt_check(b, "\"We will listen,\"", 0, QUOTE_DIRECT, "Joe Biden",
	    "the vice president", 0, "said");
	qt_check(b, "\"We agree,\"", 0, QUOTE_DIRECT, "Vladimir Putin",
	    "the Russian president", 0, "said");
	/* no World Bank president was named; an indefinite description
	 * brings in someone new */
	qt_check(b, "\"No,\"", 0, QUOTE_DIRECT, NULL,
	    "the World Bank president", 0, "said");
	qt_check(b, "\"Yes,\"", 0, QUOTE_DIRECT, NULL,
	    "a Democratic senator", 0, "said");
}

/*
 * A portfolio's title names no office by itself: the capitalised words
 * before it ("Finance", "Head") need not be the description's, so "the
 * minister" and "the coach" stand for "Finance Minister Nirmala
 * Sitharaman" and "Head coach Gautam Gambhir" (were none); "Prime
 * Minister" is an office of its own, no "the minister".
 */
Test(speaker_desc, a_portfolio_title_stands_for_its_holder)
{
	const char *b = "Finance Minister Nirmala Sitharaman said the "
	    "target would be met.\n\n\"We have made our choices,\" the "
	    "minister said.\n\nHead coach Gautam Gambhir said the team "
	    "needed patience.\n\n\"Test cricket rewards patience,\" the "
	    "coach said.";
	const char *c = "Prime Minister Boris Johnson said the war was "
	    "over.\n\n\"We are done,\" the minister said.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"We have made our choices,\"", 0, QUOTE_DIRECT,
	    "Nirmala Sitharaman", "the minister", 0, "said");
	qt_check(b, "\"Test cricket rewards patience,\"", 0, QUOTE_DIRECT,
	    "Gautam Gambhir", "the coach", 0, "said");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"We are done,\"", 0, QUOTE_DIRECT, NULL,
	    "the minister", 0, "said");
}

/*
 * "Chief Minister", "First Minister" are offices of their own, "Shadow
 * Defence Secretary" the opposition's spokesman: none of them is "the
 * minister" or "the secretary", which stand for the portfolio's holder
 * named before (review R1: each was taken).
 */
Test(speaker_desc, a_title_after_an_office_word_is_no_portfolio_s)
{
	const char *b = "Finance Minister Nirmala Sitharaman said the budget "
	    "was fair. Chief Minister Nitish Kumar welcomed it. \"We have "
	    "made our choices,\" the minister said.";
	const char *c = "First Minister Nicola Sturgeon said Scotland would "
	    "vote. \"We will win,\" the minister said.";
	const char *d = "Defence Secretary Ben Wallace said the jets were "
	    "sent. Shadow Defence Secretary John Healey said they were "
	    "late. \"They arrived,\" the secretary said.";

	qt(b);
	qt_check(b, "\"We have made our choices,\"", 0, QUOTE_DIRECT,
	    "Nirmala Sitharaman", "the minister", 0, "said");
	qt(c);
	qt_check(c, "\"We will win,\"", 0, QUOTE_DIRECT, NULL,
	    "the minister", 0, "said");
	qt(d);
	qt_check(d, "\"They arrived,\"", 0, QUOTE_DIRECT, "Ben Wallace",
	    "the secretary", 0, "said");
}

/*
 * A title in apposition after the name is the holder's as one before
 * it: "Sabrina Singh, a Pentagon spokeswoman," ... "the spokeswoman"
 * -> Sabrina Singh (was none); "a spokesman for the ministry" too.  A
 * name with another title in apposition ("a lawyer") is not the
 * spokesman, nor is another office's ("the World Bank president").
 */
Test(speaker_desc, a_title_in_apposition_stands_for_its_holder)
{
	const char *b = "Sabrina Singh, a Pentagon spokeswoman, said the "
	    "decision was made.\n\n\"This is a defensive posture,\" the "
	    "spokeswoman said.\n\nJohn Kirby, a spokesman for the "
	    "council, said talks went well. Mary Jones, a lawyer, "
	    "disagreed. \"It is over,\" the spokesman said.";
	const char *c = "Jim Kim, the World Bank president, spoke. \"We are "
	    "done,\" the president said.";

	cr_assert_eq(qt(b), 2);
	qt_check(b, "\"This is a defensive posture,\"", 0, QUOTE_DIRECT,
	    "Sabrina Singh", "the spokeswoman", 0, "said");
	qt_check(b, "\"It is over,\"", 0, QUOTE_DIRECT, "John Kirby",
	    "the spokesman", 0, "said");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"We are done,\"", 0, QUOTE_DIRECT, NULL,
	    "the president", 0, "said");
}

/*
 * "the regulator", "the watchdog", "the consumer watchdog" stand for the
 * public body last named whose name ends on a regulator's head
 * (Authority, Commission, Agency...), its whole name past an "and" the
 * names scan broke at (were none); a company is no regulator.
 */
Test(speaker_desc, the_watchdog_is_the_regulator_last_named)
{
	const char *b = "The Financial Conduct Authority has fined Barclays "
	    "for failing to disclose fees.\n\nThe watchdog said the bank "
	    "had let down its customers.";
	const char *c = "The Australian Competition and Consumer Commission "
	    "has taken Coles to court.\n\n\"Shoppers were misled,\" the "
	    "consumer watchdog said.";
	const char *d = "Barclays Plc said profits rose. \"We are strong,\" "
	    "the regulator said.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "the bank had let down its customers", 0,
	    QUOTE_INDIRECT, "Financial Conduct Authority", "The watchdog", 0,
	    "said");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"Shoppers were misled,\"", 0, QUOTE_DIRECT,
	    "Australian Competition and Consumer Commission",
	    "the consumer watchdog", 0, "said");
	cr_assert_eq(qt(d), 1);
	qt_check(d, "\"We are strong,\"", 0, QUOTE_DIRECT, NULL,
	    "the regulator", 0, "said");
}

/*
 * A title after a preposition or an article in the appositive is
 * another's: "a spokeswoman for the president", "the wife of the mayor",
 * "an aide to the minister" name no president, mayor or minister (review
 * R5: each was the holder), while "the former minister" is one.
 */
Test(speaker_desc, a_title_in_the_appositive_s_phrase_is_another_s)
{
	static const struct {
		const char *body, *quote, *mention;
	} c[] = {
	    { "Karine Jean-Pierre, a spokeswoman for the president, said "
	      "talks would go on. \"We are hopeful,\" the president said.",
	      "\"We are hopeful,\"", "the president" },
	    { "Mary Jones, the wife of the mayor, said the plan was bad. "
	      "\"It is good,\" the mayor said.", "\"It is good,\"",
	      "the mayor" },
	    { "Ann Brown, an aide to the minister, said the bill would "
	      "pass. \"It will pass,\" the minister said.",
	      "\"It will pass,\"", "the minister" },
	};
	const char *b = "Ann Brown, the former minister, said the bill would "
	    "pass. \"It will pass,\" the minister said.";
	size_t k;

	for (k = 0; k < sizeof(c) / sizeof(c[0]); k++) {
		cr_assert_eq(qt(c[k].body), 1, "[%s]", c[k].body);
		qt_check(c[k].body, c[k].quote, 0, QUOTE_DIRECT, NULL,
		    c[k].mention, 1, "said");
	}
	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"It will pass,\"", 0, QUOTE_DIRECT, "Ann Brown",
	    "the minister", 0, "said");
}

/*
 * A definite description of a body stands for the body last named of
 * that kind: "The ministry said" after "Russia's Defence Ministry" is the
 * Defence Ministry, "the company said" after "Apple Inc" is Apple Inc
 * (were none: the mention had no name).  A description whose body was
 * never named stays none, and a person's name is no company.
 */
Test(speaker_desc, the_company_is_the_body_last_named_so)
{
	const char *b = "MOSCOW (Reuters) - Russia's Defence Ministry said on "
	    "Sunday its forces had captured a village. The ministry said air "
	    "defences destroyed 22 drones overnight.";
	const char *c = "CUPERTINO, Calif. (Reuters) - Apple Inc on Monday "
	    "unveiled its latest iPhone. The iPhone 16 has a new camera "
	    "button, the company said.";
	const char *d = "Tim Cook spoke on Monday. The phone has a new "
	    "button, the company said.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "air defences destroyed 22 drones overnight", 0,
	    QUOTE_INDIRECT, "Defence Ministry", "The ministry", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "The iPhone 16 has a new camera button", 0,
	    QUOTE_INDIRECT, "Apple Inc", "the company", 0, "said");
	cr_assert_eq(qt(d), 0);
	qt_check(d, "The phone has a new button", 0, QUOTE_INDIRECT, NULL,
	    "the company", 0, "said");
}

/* "the group" is as often a rights, an activist or a militant group as
 * a company's: no company's legal suffix stands behind it (a name that
 * ends in "Group" still does, as for any body noun). */
Test(speaker_desc, the_group_is_no_company_named_by_its_suffix)
{
	const char *b = "Exxon Mobil Corp reported record profits on Friday. "
	    "Greenpeace activists protested outside its offices. The "
	    "profits are obscene, the group said.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "The profits are obscene", 0, QUOTE_INDIRECT, NULL,
	    "the group", 0, "said");
}

/*
 * A description takes the nearest noun phrase with its head, named or
 * not: a body of its kind brought in since the name by an indefinite
 * article, within BODY_LOOKBACK_BYTES, is the one meant, and it has no
 * name ("a federal appeals court ... the court said" was the Supreme
 * Court named before it); a definite "the court" between, or the noun as
 * a modifier ("a district spokesman"), brings in no other.  "The union"
 * is a labour union, no union of states ("European Union").
 */
Test(speaker_desc, the_court_is_the_nearest_court_named_or_not)
{
	const char *b = "The Supreme Court declined to hear the case in 2019. "
	    "On Tuesday a federal appeals court in Richmond ruled against the "
	    "company. The ruling was final, the court said.";
	const char *c = "The Supreme Court declined to hear the case in 2019. "
	    "On Tuesday the court ruled against the company. The ruling was "
	    "final, the court said.";
	const char *d = "The Springfield School District will close two "
	    "schools. A district spokesman declined to comment. The district "
	    "said enrollment had fallen by a fifth.";
	const char *e = "The European Union imposed new tariffs on steel. "
	    "Workers at the Port Talbot plant went on strike, and the union "
	    "said the cuts were unacceptable.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "The ruling was final", 0, QUOTE_INDIRECT, NULL,
	    "the court", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "The ruling was final", 0, QUOTE_INDIRECT,
	    "Supreme Court", "the court", 1, "said");
	cr_assert_eq(qt(d), 0);
	qt_check(d, "enrollment had fallen by a fifth", 0, QUOTE_INDIRECT,
	    "Springfield School District", "The district", 0, "said");
	cr_assert_eq(qt(e), 0);
	qt_check(e, "the cuts were unacceptable", 0, QUOTE_INDIRECT, NULL,
	    "the union", 0, "said");
}

/*
 * The name's own appositive ("Exxon Mobil Corp, a company based in
 * Texas,") describes the name: it brings in no other body, and the
 * description still takes the name (review F1: was none); a body
 * brought in later by an indefinite article still wins.
 */
Test(speaker_desc, an_appositive_brings_in_no_other_body)
{
	const char *b = "Exxon Mobil Corp, a company based in Texas, "
	    "reported record profits on Friday. The company said demand was "
	    "strong.";
	const char *c = "The Delhi High Court, a court of record, dismissed "
	    "the plea on Monday. The court said the petition lacked merit.";
	const char *d = "Carillion Plc \xe2\x80\x94 a construction company "
	    "\xe2\x80\x94 collapsed in January. The company said its debts "
	    "were too large.";
	const char *e = "The Delhi High Court, a court of record, dismissed "
	    "the plea. On Tuesday a district court in Agra ruled. The ruling "
	    "was final, the court said.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "demand was strong", 0, QUOTE_INDIRECT,
	    "Exxon Mobil Corp", "The company", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "the petition lacked merit", 0, QUOTE_INDIRECT,
	    "Delhi High Court", "The court", 0, "said");
	cr_assert_eq(qt(d), 0);
	qt_check(d, "its debts were too large", 0, QUOTE_INDIRECT,
	    "Carillion Plc", "The company", 0, "said");
	cr_assert_eq(qt(e), 0);
	qt_check(e, "The ruling was final", 0, QUOTE_INDIRECT, NULL,
	    "the court", 0, "said");
}

/*
 * "the bank" is a kind of company, not any company: a borrower named by
 * its legal suffix is not it (review F3: was Tata Steel Ltd).  A name
 * that ends in "Bank" still is.
 */
Test(speaker_desc, the_bank_is_no_company_named_by_its_suffix)
{
	const char *b = "Tata Steel Ltd sought a loan from its lenders. The "
	    "bank said the request was under review.";
	const char *c = "Deutsche Bank sought more capital. The bank said "
	    "the request was under review.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "the request was under review", 0, QUOTE_INDIRECT, NULL,
	    "The bank", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "the request was under review", 0, QUOTE_INDIRECT,
	    "Deutsche Bank", "The bank", 0, "said");
}

/*
 * A company being bought (the object of "buy", "acquire", "take over",
 * of "takeover of", "acquisition of", "purchase of") is not "the
 * company" that speaks after it: the buyer, who is the story's subject,
 * is (review F2: was the company bought).  A company bought that speaks
 * by its name still speaks.
 */
Test(speaker_desc, a_company_being_bought_is_no_company_that_speaks)
{
	const char *b = "NEW YORK (Reuters) - Verizon Communications Inc "
	    "said on Monday it would complete its takeover of Yahoo Inc's "
	    "core business. The company said it expected savings.";
	const char *c = "Microsoft Corp agreed to acquire Activision Blizzard "
	    "Inc for $69 billion. The company said the deal would help its "
	    "gaming business.";
	const char *d = "Bayer AG said regulators had approved the deal. "
	    "Bayer agreed to take over Monsanto Co last year. The company "
	    "said it would sell seed assets.";
	const char *e = "Microsoft Corp agreed to buy Activision Blizzard "
	    "Inc for $69 billion. Activision Blizzard Inc said the deal was "
	    "fair.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "it expected savings", 0, QUOTE_INDIRECT,
	    "Verizon Communications Inc", "The company", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "the deal would help its gaming business", 0,
	    QUOTE_INDIRECT, "Microsoft Corp", "The company", 0, "said");
	cr_assert_eq(qt(d), 0);
	qt_check(d, "it would sell seed assets", 0, QUOTE_INDIRECT,
	    "Bayer AG", "The company", 0, "said");
	cr_assert_eq(qt(e), 0);
	qt_check(e, "the deal was fair", 0, QUOTE_INDIRECT,
	    "Activision Blizzard Inc", "Activision Blizzard Inc", 1, "said");
}

/*
 * A company is named by its industry as often as by its legal suffix
 * ("Duke Energy", "Tata Motors", "Thames Water", "Cisco Systems"): a
 * noun of business stands for the last one so named ("Duke Energy raised
 * its forecast. The company said" was none).  A title that opens such a
 * name is the name's own word: "General Motors Co", "General Electric"
 * (were "Motors Co", "Electric").
 */
Test(speaker_desc, a_company_named_by_its_industry_is_the_company)
{
	const char *b = "CHARLOTTE, N.C. (AP) - Duke Energy raised its profit "
	    "forecast on Thursday. The company said demand from data centers "
	    "was strong.";
	const char *c = "MUMBAI: Tata Motors agreed to buy a plant in Gujarat. "
	    "The company said the plant would make electric cars.";
	const char *d = "DETROIT (Reuters) - General Motors Co agreed to buy "
	    "Cruise Automation. The company said the deal would close soon.";
	const char *e = "General Electric said orders rose sharply in the "
	    "quarter.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "demand from data centers was strong", 0, QUOTE_INDIRECT,
	    "Duke Energy", "The company", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "the plant would make electric cars", 0, QUOTE_INDIRECT,
	    "Tata Motors", "The company", 0, "said");
	cr_assert_eq(qt(d), 0);
	qt_check(d, "the deal would close soon", 0, QUOTE_INDIRECT,
	    "General Motors Co", "The company", 0, "said");
	cr_assert_eq(qt(e), 0);
	qt_check(e, "orders rose sharply in the quarter", 0, QUOTE_INDIRECT,
	    "General Electric", "General Electric", 0, "said");
}

/*
 * "The union" is the labour union named nearest before it: a name of
 * workers ("the United Auto Workers"), a name before a lower-case
 * "union" ("the RMT union"), one of the unions known by one word
 * ("Unite", "the Teamsters") (were none).  A union of states ("the
 * European Union") only when no labour union is named and the text
 * around is no labour story (no workers, strike, ballot or pay).
 */
Test(speaker_desc, the_union_is_the_nearest_labour_union)
{
	const char *b = "The European Union imposed tariffs on cars. The "
	    "United Auto Workers went on strike on Friday. The union said "
	    "talks had failed.";
	const char *c = "Rail services will stop next week, the RMT union "
	    "said. The union said the offer was an insult.";
	const char *d = "Unite has called a ballot of 5,000 bus drivers. The "
	    "union said pay had fallen behind inflation.";
	const char *e = "The European Union has warned Britain over the "
	    "protocol. The union said it would take legal action.";
	const char *f = "Members of the United Steelworkers union walked "
	    "out on Monday. The union said the offer was an insult.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "talks had failed", 0, QUOTE_INDIRECT,
	    "United Auto Workers", "The union", 0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "Rail services will stop next week", 0, QUOTE_INDIRECT,
	    "RMT", "the RMT union", 0, "said");
	qt_check(c, "the offer was an insult", 0, QUOTE_INDIRECT, "RMT",
	    "The union", 0, "said");
	cr_assert_eq(qt(d), 0);
	qt_check(d, "pay had fallen behind inflation", 0, QUOTE_INDIRECT,
	    "Unite", "The union", 0, "said");
	cr_assert_eq(qt(e), 0);
	qt_check(e, "it would take legal action", 0, QUOTE_INDIRECT,
	    "European Union", "The union", 0, "said");
	cr_assert_eq(qt(f), 0);
	qt_check(f, "the offer was an insult", 0, QUOTE_INDIRECT,
	    "United Steelworkers", "The union", 0, "said");
}

/*
 * A union named for money or rights is no labour union (review F5): a
 * credit union is a co-operative bank, the American Civil Liberties
 * Union a rights group; "the union" of a labour story that names neither
 * a labour union stays none (was Credit Union).  A union's name goes on
 * past "of" ("the National Union of Mineworkers", was National Union).
 */
Test(speaker_desc, a_credit_union_is_no_labour_union_and_of_names_a_union)
{
	const char *b = "The American Civil Liberties Union said it would sue "
	    "the state. The Teachers Federal Credit Union reported record "
	    "deposits. Workers at the plant voted to strike. The union said "
	    "talks had failed.";
	const char *c = "The National Union of Mineworkers said the pit "
	    "would close. The union said the valleys would suffer.";

	cr_assert_eq(qt(b), 0);
	qt_check(b, "talks had failed", 0, QUOTE_INDIRECT, NULL, "The union",
	    0, "said");
	cr_assert_eq(qt(c), 0);
	qt_check(c, "the valleys would suffer", 0, QUOTE_INDIRECT,
	    "National Union of Mineworkers", "The union", 0, "said");
}

/*
 * A secretary-general, a director-general heads a body's staff, as a
 * secretary does: the capitalised body before the title need not be
 * the description's ("UN Secretary-General Antonio Guterres" ... "the
 * secretary-general" -> Antonio Guterres, was none).
 */
Test(speaker_desc, a_secretary_general_is_a_body_s)
{
	const char *b = "UN Secretary-General Antonio Guterres said the "
	    "world was at risk. \"We must act,\" the secretary-general "
	    "said.";
	const char *c = "WHO Director-General Tedros Adhanom Ghebreyesus "
	    "said cases were rising. \"We must act,\" the director-general "
	    "said.";

	qt(b);
	qt_check(b, "\"We must act,\"", 0, QUOTE_DIRECT, "Antonio Guterres",
	    "the secretary-general", 0, "said");
	qt(c);
	qt_check(c, "\"We must act,\"", 0, QUOTE_DIRECT,
	    "Tedros Adhanom Ghebreyesus", "the director-general", 0, "said");
}

/*
 * A captain is a team's, as a coach is, and sports copy writes "the
 * skipper" for the captain: "Australia captain Pat Cummins" ... "the
 * skipper" / "England captain Ben Stokes" ... "the captain" -> the
 * captain (were none).
 */
Test(speaker_desc, the_skipper_is_the_team_s_captain)
{
	const char *b = "Australia captain Pat Cummins said his bowlers had "
	    "stuck to their plans.\n\n\"We'll come back tomorrow,\" the "
	    "skipper said.";
	const char *c = "England captain Ben Stokes said the pitch was flat. "
	    "\"We will fight,\" the captain said.";

	qt(b);
	qt_check(b, "\"We'll come back tomorrow,\"", 0, QUOTE_DIRECT,
	    "Pat Cummins", "the skipper", 0, "said");
	qt(c);
	qt_check(c, "\"We will fight,\"", 0, QUOTE_DIRECT, "Ben Stokes",
	    "the captain", 0, "said");
}

/*
 * A body's description stands for the institution named by its head noun
 * and "of" before it, which the names scan (broken at "of") keeps no
 * name of: "The ministry said" after "The Ministry of Defence", "the
 * department" after "The Department of Health and Social Care", "the
 * bank" after "the Reserve Bank of India" (were none).  No such name,
 * none.
 */
Test(speaker_desc, the_ministry_is_the_ministry_of_its_name)
{
	const char *b = "The Ministry of Defence has confirmed an accident in "
	    "Estonia. The ministry said the soldiers were stable.";
	const char *c = "The Department of Health and Social Care published "
	    "new figures. The department said waiting lists had fallen.";
	const char *d = "Markets rose after the Reserve Bank of India held "
	    "rates. The bank said inflation would ease.";
	const char *e = "The Bank of England held rates. The ministry said "
	    "growth would return.";

	qt(b);
	qt_check(b, "the soldiers were stable", 0, QUOTE_INDIRECT,
	    "Ministry of Defence", "The ministry", 0, "said");
	qt(c);
	qt_check(c, "waiting lists had fallen", 0, QUOTE_INDIRECT,
	    "Department of Health and Social Care", "The department", 0,
	    "said");
	qt(d);
	qt_check(d, "inflation would ease", 0, QUOTE_INDIRECT,
	    "Reserve Bank of India", "The bank", 0, "said");
	qt(e);
	qt_check(e, "growth would return", 0, QUOTE_INDIRECT, NULL,
	    "The ministry", 0, "said");
}

/*
 * "the central bank" stands for the state's bank named last: a name with
 * a central bank's word ("Reserve Bank" with its "of" phrase, "Federal
 * Reserve") or an institution named "Bank of ..."; a commercial bank
 * named after it ("Barclays Bank") is not the one meant (were none).
 */
Test(speaker_desc, the_central_bank_is_the_state_s_bank)
{
	const char *b = "The Bank of Canada held its key rate on Wednesday."
	    "\n\nThe central bank said the economy was weakening.";
	const char *c = "The Reserve Bank of New Zealand cut the cash rate."
	    "\n\nThe central bank said further cuts were likely.";
	const char *d = "The Bank of England kept rates on hold. Barclays "
	    "Bank said it would cut jobs.\n\nThe central bank said "
	    "inflation would fall.";

	qt(b);
	qt_check(b, "the economy was weakening", 0, QUOTE_INDIRECT,
	    "Bank of Canada", "The central bank", 0, "said");
	qt(c);
	qt_check(c, "further cuts were likely", 0, QUOTE_INDIRECT,
	    "Reserve Bank of New Zealand", "The central bank", 0, "said");
	qt(d);
	qt_check(d, "inflation would fall", 0, QUOTE_INDIRECT,
	    "Bank of England", "The central bank", 0, "said");
}

/*
 * "the agency", "the bureau" stand for the last acronym that spoke, as
 * news names an agency by its acronym and then calls it so ("NASA said
 * ... The agency said" -> NASA, was none); an outlet that reports is
 * none ("CNN reported ... The agency said" stays none).
 */
Test(speaker_desc, the_agency_is_the_acronym_that_spoke)
{
	const char *b = "NASA said on Friday it would delay the landing."
	    "\n\nThe agency said the heat shield needed more testing.";
	const char *c = "CNN reported the deal. The agency said it would "
	    "review the case.";

	qt(b);
	qt_check(b, "the heat shield needed more testing", 0,
	    QUOTE_INDIRECT, "NASA", "The agency", 0, "said");
	qt(c);
	qt_check(c, "it would review the case", 0, QUOTE_INDIRECT, NULL,
	    "The agency", 0, "said");
}

/*
 * After a quote, a spokesman's mention with no name, "a spokeswoman for
 * the ministry", is the body's words: the description after "for"
 * stands for the body as it does alone (were none; "a spokesman for
 * Boeing" was Boeing already).  A person's title after "for" stays
 * none.
 */
Test(speaker_desc, a_spokesman_for_the_body_speaks_for_it)
{
	const char *b = "The Ministry of Defence has confirmed an accident. "
	    "\"Our thoughts are with them,\" a spokeswoman for the ministry "
	    "said.";
	const char *c = "Boeing Co cut jobs on Monday. \"We regret it,\" a "
	    "spokesman for the company said.";
	const char *d = "Mayor Eric Adams spoke on Monday. \"We regret it,\" "
	    "a spokesman for the mayor said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"Our thoughts are with them,\"", 0, QUOTE_DIRECT,
	    "Ministry of Defence", "a spokeswoman for the ministry", 0,
	    "said");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"We regret it,\"", 0, QUOTE_DIRECT, "Boeing Co",
	    "a spokesman for the company", 0, "said");
	cr_assert_eq(qt(d), 1);
	qt_check(d, "\"We regret it,\"", 0, QUOTE_DIRECT, NULL,
	    "a spokesman for the mayor", 0, "said");
}

/*
 * A premier is some state's or province's, a judge or a justice some
 * court's, as a minister is a portfolio's: the capitalised words before
 * the title need not be the description's ("Queensland Premier David
 * Crisafulli" ... "the premier", "U.S. District Judge Katherine Polk
 * Failla" ... "the judge"; were none).  "Chief Justice" is an office of
 * its own, no "the justice".
 */
Test(speaker_desc, a_premier_and_a_judge_are_a_state_s_and_a_court_s)
{
	const char *b = "Queensland Premier David Crisafulli spoke on "
	    "Tuesday. \"This is about families,\" the premier said.";
	const char *c = "U.S. District Judge Katherine Polk Failla sentenced "
	    "him. \"You lied to people,\" the judge said.";
	const char *d = "Chief Justice John Roberts wrote the opinion. "
	    "\"The law is clear,\" the justice said.";

	cr_assert_eq(qt(b), 1);
	qt_check(b, "\"This is about families,\"", 0, QUOTE_DIRECT,
	    "David Crisafulli", "the premier", 0, "said");
	cr_assert_eq(qt(c), 1);
	qt_check(c, "\"You lied to people,\"", 0, QUOTE_DIRECT,
	    "Katherine Polk Failla", "the judge", 0, "said");
	cr_assert_eq(qt(d), 1);
	qt_check(d, "\"The law is clear,\"", 0, QUOTE_DIRECT, NULL,
	    "the justice", 0, "said");
}
