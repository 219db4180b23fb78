/*
 * speaker_desc.c — the definite descriptions a speaker may be: a title
 * ("the president", "the Russian president", "the Treasury secretary")
 * resolved to the person last named with it, and a body's noun ("the
 * company", "the ministry", "the court") resolved to the organisation of
 * its kind named or heard last, within a bounded look-back.  The names
 * they resolve to are the names scan's (speaker.c), which speaker_of asks
 * these two of a mention that is neither a name nor a pronoun.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "quotes_int.h"
#include "speaker_int.h"
#include "text.h"

/*
 * A definite description headed by a title stands for the person last
 * named with that title: "the president", "The President of Russia",
 * "the Russian president" after "Russian President Vladimir Putin", "the
 * Treasury secretary" after "Treasury Secretary Jacob J. Lew".  The
 * other words of the description ("Russian", "of Russia", "former",
 * "press") qualify the title and must each be found, as a word sharing
 * its stem, among the words just before the name, the title last of
 * them ("North Korean leader Kim" is no "Russian leader"), and the
 * capitalised words right before the title must be the description's
 * ("Vice President Joe Biden" and "World Bank President Jim Yong Kim"
 * are not "the president").  An indefinite or
 * possessive description ("a Democratic senator", "its vice president")
 * brings in someone new, and a description whose holder was never
 * named resolves to none.
 */
/* Qualifying words of a description: "the Senate Democratic leader" has
 * 2, "the White House press secretary" 3. */
#define TITLE_QUALIFIERS_MAX	4
/* Words before a name that its title and qualifiers stand in: "former
 * White House press secretary Josh Earnest" has 5. */
#define TITLE_WORDS_BACK	5
/* Bytes two words must share for one to stand for the other ("Russia"
 * and "Russian"), and the most the longer may run past ("Korea",
 * "Korean"; not "Republican" and "Repub"). */
#define TITLE_STEM_MIN		4
#define TITLE_STEM_TAIL_MAX	2

static int
same_stem(const char *s, const struct text_word *a, const struct text_word *b)
{
	size_t la = a->end - a->start, lb = b->end - b->start, n, i;

	n = la < lb ? la : lb;
	if ((la > lb ? la - lb : lb - la) > TITLE_STEM_TAIL_MAX ||
	    (la != lb && n < TITLE_STEM_MIN))
		return 0;
	for (i = 0; i < n; i++)
		if (((unsigned char)s[a->start + i] | 0x20) !=
		    ((unsigned char)s[b->start + i] | 0x20))
			return 0;
	return 1;
}

/*
 * Read the description [ms, me): 1 with its head title and qualifiers
 * when it is "the" + qualifiers + a title + an optional "of" phrase.
 */
static int
title_description(const char *s, size_t ms, size_t me,
    struct text_word *title, struct text_word *qual, size_t *nq)
{
	struct text_word w;
	size_t p = ms;
	int have_title = 0, of = 0;

	/* most mentions are names and pronouns: the bytes first */
	*nq = 0;
	if (me - ms < 5 || (s[ms] | 0x20) != 't' || s[ms + 1] != 'h' ||
	    s[ms + 2] != 'e' || s[ms + 3] != ' ')
		return 0;
	p = ms + 4;
	while (text_word_next(s, me, &p, &w)) {
		if (of) {
			if ((w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP)) &&
			    !lexicon_is(s, &w, LX_DET)) {
				if (*nq == TITLE_QUALIFIERS_MAX)
					return 0;
				qual[(*nq)++] = w;
			}
			continue;
		}
		if (text_word_eq(s, &w, "of") && have_title) {
			of = 1;
			continue;
		}
		/* a name or any word after the title is the mention's
		 * own ("President Obama", "the president's aides"); a
		 * possessive is no qualifier ("Trump's spokesman") */
		if (have_title && !lexicon_is(s, &w, LX_TITLE))
			return 0;
		if (w.flags & TEXT_W_POSS)
			return 0;
		if (have_title) {
			/* "Deputy Prime Minister": the last is the head */
			if (*nq == TITLE_QUALIFIERS_MAX)
				return 0;
			qual[(*nq)++] = *title;
		}
		if (lexicon_is(s, &w, LX_TITLE) &&
		    !text_word_in(s, &w, title_adjectives)) {
			*title = w;
			have_title = 1;
		} else {
			if (*nq == TITLE_QUALIFIERS_MAX)
				return 0;
			qual[(*nq)++] = w;
		}
	}
	return have_title;
}

/*
 * The abbreviations news writes before a name for a title a description
 * spells out: "the senator" after "Sen. Marco Rubio", "the governor"
 * after "Gov. Chris Christie", "the congressman" after "Rep. Paul Ryan"
 * (AP style abbreviates these titles before a full name); and a word
 * sports copy writes for a title after it: "the skipper" after
 * "Australia captain Pat Cummins".
 */
static const struct {
	const char *title, *abbr;
} title_abbrevs[] = {
	{ "senator", "sen." }, { "governor", "gov." },
	{ "representative", "rep." }, { "congressman", "rep." },
	{ "congresswoman", "rep." }, { "general", "gen." },
	{ "lieutenant", "lt." }, { "admiral", "adm." },
	{ "captain", "capt." }, { "colonel", "col." },
	{ "sergeant", "sgt." }, { "professor", "prof." },
	{ "skipper", "captain" },
};

/*
 * Titles that name no office by themselves: a minister, a secretary, a
 * spokesman, a coach is always some portfolio's, body's or team's, so
 * news names the holder with it ("Finance Minister Nirmala Sitharaman",
 * "Pentagon spokeswoman Sabrina Singh", "Head coach Gautam Gambhir") and
 * then drops it ("the minister", "the spokeswoman", "the coach").  The
 * capitalised words before such a title need not be the description's;
 * a president, a governor, a mayor heads one office that "the president"
 * names alone, and "World Bank President" is another.  A secretary-
 * general or a director-general heads a body's staff ("UN
 * Secretary-General Antonio Guterres", "the secretary-general"), and a
 * captain or a skipper a team's ("Australia captain Pat Cummins" ... "the
 * captain").  A premier is a state's or a province's ("Queensland
 * Premier David Crisafulli" ... "the premier"), a judge or a justice a
 * court's ("U.S. District Judge Katherine Polk Failla" ... "the judge").
 * Not after office_words: "Prime Minister" is one office of its own,
 * and "Chief Justice" another than "the justice".
 */
static const char *const portfolio_titles[] = {
	"minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
	"coach", "manager", "director", "commissioner", "ambassador",
	"chairman", "chairwoman", "chairperson", "executive",
	"secretary-general", "director-general", "captain", "skipper",
	"premier", "judge", "justice", NULL
};

/*
 * Words that make a portfolio's title an office of its own, which news
 * names with them ("the prime minister", "the chief minister" of an
 * Indian state, Scotland's "first minister", "the chief executive"), or
 * no office ("Shadow Defence Secretary": the opposition's spokesman):
 * after one of them the title alone ("the minister") is another's.
 */
static const char *const office_words[] = {
	"prime", "vice", "chief", "first", "shadow", NULL
};

/* The abbreviation of the title lc (lower case), or NULL. */
static const char *
title_abbrev(const char *lc)
{
	size_t i;

	for (i = 0; i < sizeof(title_abbrevs) / sizeof(title_abbrevs[0]); i++)
		if (strcmp(lc, title_abbrevs[i].title) == 0)
			return title_abbrevs[i].abbr;
	return NULL;
}

/* Words that end an appositive's modifiers: a title after one of them
 * is in a phrase of its own, another person's ("a spokeswoman for the
 * president", "a friend of the mayor", "an aide to the minister"). */
static const char *const appositive_stops[] = {
	"of", "for", "to", "at", "with", "from", "on", "in", "by", "under",
	"the", "a", "an", "and", "or", NULL
};

/*
 * Is the title (with the qualifiers qual[0 .. nq)) in apposition after a
 * name that ends at e, before ms: ", a Pentagon spokeswoman,", ", the
 * shadow home secretary,", ", a spokesman for the ministry"?  News
 * names a holder so and then writes "the spokeswoman".  Each qualifier
 * must be among the appositive's words, and its capitalised words
 * right before the title the description's, as before a name (not for
 * a portfolio's title: "a Pentagon spokeswoman" is "the spokeswoman").
 */
static int
title_in_apposition(const char *s, size_t ms, size_t e,
    const struct text_word *title, const struct text_word *qual,
    size_t nq, int portfolio)
{
	struct text_word w[TITLE_WORDS_BACK + 1];
	size_t p = e + 1, n = 0, k, q, after;
	unsigned found = 0;
	int nocap, have = 0;

	if (!text_word_next(s, ms, &p, &w[0]) ||
	    !text_gap_is_blank(s, e + 1, w[0].start) ||
	    (!text_word_eq(s, &w[0], "a") && !text_word_eq(s, &w[0], "an") &&
	    !text_word_eq(s, &w[0], "the")))
		return 0;
	after = w[0].end;
	while (n < TITLE_WORDS_BACK && text_word_next(s, ms, &p, &w[n]) &&
	    text_gap_is_blank(s, after, w[n].start)) {
		after = w[n].end;
		if (w[n].end - w[n].start == title->end - title->start &&
		    same_stem(s, &w[n], title) &&
		    !(w[n].flags & TEXT_W_POSS)) {
			have = 1;
			break;
		}
		/* "a spokeswoman for the president", "the wife of the
		 * mayor": the title after a preposition or an article is
		 * another's, the appositive's head a word before it */
		if (text_word_in(s, &w[n], appositive_stops))
			return 0;
		n++;
	}
	if (!have || after >= ms ||
	    !(s[after] == ',' || s[after] == ' ' || s[after] == '.'))
		return 0;
	if (s[after] == ' ') {
		/* "a spokesman for the ministry", "an aide to Clinton" */
		struct text_word nx;

		p = after;
		if (!text_word_next(s, ms, &p, &nx) || !(text_word_eq(s, &nx,
		    "for") || text_word_eq(s, &nx, "of") ||
		    text_word_eq(s, &nx, "at") || text_word_eq(s, &nx, "to")))
			return 0;
	}
	/* the words before the title, the nearest first */
	for (nocap = 0, k = n; k-- > 0;) {
		unsigned hit = 0;

		for (q = 0; q < nq; q++)
			if (same_stem(s, &w[k], &qual[q]))
				hit |= 1u << q;
		found |= hit;
		if (!(w[k].flags & (TEXT_W_CAP | TEXT_W_ALLCAP)))
			nocap = 1;
		if (!nocap && hit == 0 && !portfolio &&
		    !speaker_kind_place_word(s, &w[k]))
			return 0;
	}
	return found == (1u << nq) - 1;
}

int
speaker_desc_title(struct qx *x, size_t ms, size_t me, size_t *ns, size_t *ne)
{
	const char *s = x->s;
	struct text_word title = { 0, 0, 0 }, qual[TITLE_QUALIFIERS_MAX],
	    back;
	size_t nq, i, n, k, q, pos, after, tlen, alen = 0;
	char title_lc[NAME_WORD_BYTES_MAX];
	const char *abbr;
	int portfolio;

	if (!title_description(s, ms, me, &title, qual, &nq) ||
	    (tlen = title.end - title.start) >= sizeof(title_lc))
		return 0;
	for (i = 0; i < tlen; i++)
		title_lc[i] = (char)(s[title.start + i] | 0x20);
	title_lc[tlen] = '\0';
	if ((abbr = title_abbrev(title_lc)) != NULL)
		alen = strlen(abbr);
	portfolio = text_word_in(s, &title, portfolio_titles);
	speaker_names_scan_to(x, ms);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n; i++) {
		struct name *nm = &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];
		unsigned found = 0, hit;
		int fits = 1, caps = 1;

		/* "Sabrina Singh, a Pentagon spokeswoman,": the title in
		 * apposition after the name (a comma first) */
		if (nm->end + 4 < ms && s[nm->end] == ',' &&
		    title_in_apposition(s, ms, nm->end, &title, qual, nq,
		    portfolio) && nm->person &&
		    speaker_ring_kind(x, nm) != SPEAKER_NONE) {
			*ns = nm->start;
			*ne = nm->end;
			return 1;
		}
		/* the title's bytes and a space right before the name
		 * first: most names have another word there */
		if (nm->end > ms || nm->start < 2 || s[nm->start - 1] != ' ' ||
		    !((nm->start >= tlen + 1 && text_range_eq(s,
		    nm->start - 1 - tlen, nm->start - 1, title_lc)) ||
		    (abbr != NULL && nm->start >= alen + 1 &&
		    text_range_eq(s, nm->start - 1 - alen, nm->start - 1,
		    abbr))) ||
		    !nm->person || speaker_ring_kind(x, nm) == SPEAKER_NONE)
			continue;
		/* the words right before the name, blanks between them:
		 * the title first, then its qualifiers */
		pos = nm->start;
		after = nm->start;
		for (k = 0; k < TITLE_WORDS_BACK &&
		    text_word_prev(s, 0, &pos, &back) &&
		    text_gap_is_blank(s, back.end, after); k++) {
			after = back.start;
			if (k == 0 && (back.end - back.start !=
			    title.end - title.start ||
			    !same_stem(s, &back, &title)) &&
			    !(abbr != NULL && text_word_eq(s, &back, abbr))) {
				fits = 0;
				break;
			}
			for (hit = 0, q = 0; q < nq; q++)
				if (same_stem(s, &back, &qual[q]))
					hit |= 1u << q;
			found |= hit;
			/* the capitalised words right before the title
			 * name the office too, and the description must
			 * name them: "World Bank President Jim Yong Kim"
			 * and "Vice President Joe Biden" are not "the
			 * president"; a place's name is the office's
			 * seat, not another office: "Former Texas Gov. Rick
			 * Perry" is "the former governor" (a country's or a
			 * people's is another's: "Russian President"); a
			 * portfolio's title takes any ("Finance Minister"
			 * is "the minister") but office_words */
			if (k > 0 && caps && !(back.flags & (TEXT_W_CAP |
			    TEXT_W_ALLCAP)))
				caps = 0;
			if (k > 0 && caps && hit == 0 &&
			    !speaker_kind_place_word(s, &back) &&
			    !(portfolio && !text_word_in(s, &back,
			    office_words))) {
				fits = 0;
				break;
			}
		}
		if (k > 0 && fits && found == (1u << nq) - 1) {
			*ns = nm->start;
			*ne = nm->end;
			return 1;
		}
	}
	return 0;
}

/*
 * A definite description of a body stands for the body last named of
 * that kind (news style names an organisation once, then calls it "the
 * company", "the ministry"): "Russia's Defence Ministry said ... The
 * ministry said", "Apple Inc unveiled ... the company said".  The
 * description is "the" and one noun of body_nouns; it resolves to the
 * latest earlier name that no person holds whose last word is that noun
 * ("the ministry" -> "Defence Ministry", "the district" -> "Springfield
 * School District"), or, for a noun of business, whose last word is a
 * company's legal suffix ("the company" -> "Apple Inc").  A description
 * whose body was never named resolves to none, as before.
 */
static const struct {
	const char	*noun;
	/* any company's name may stand behind it */
	int		 business;
} body_nouns[] = {
	{ "administration", 0 }, { "agency", 0 }, { "airline", 1 },
	{ "army", 0 }, { "association", 0 }, { "authority", 0 },
	{ "automaker", 1 }, { "bank", 0 }, { "board", 0 }, { "bureau", 0 },
	{ "carmaker", 1 },
	{ "carrier", 1 }, { "chipmaker", 1 }, { "church", 0 },
	{ "commission", 0 }, { "committee", 0 }, { "company", 1 },
	{ "conglomerate", 1 }, { "corporation", 1 }, { "council", 0 },
	{ "court", 0 }, { "department", 0 }, { "district", 0 },
	{ "firm", 1 }, { "foundation", 0 }, { "fund", 0 },
	{ "government", 0 }, { "group", 0 }, { "institute", 0 },
	{ "insurer", 1 }, { "league", 0 }, { "lender", 1 },
	{ "manufacturer", 1 }, { "ministry", 0 }, { "network", 0 },
	{ "newspaper", 0 }, { "office", 0 }, { "party", 0 },
	{ "police", 0 }, { "retailer", 1 }, { "service", 0 },
	{ "union", 0 }, { "university", 0 }, { "utility", 1 },
};

/*
 * "the regulator", "the watchdog", "the consumer watchdog": news calls a
 * public body that oversees a trade so after naming it once, and such a
 * body's name ends on one of these heads ("Financial Conduct Authority",
 * "Australian Competition and Consumer Commission", "Food and Drug
 * Administration"), or it spoke by one word ("Ofwat said", "Ofcom").
 */
static const char *const regulator_nouns[] = {
	"regulator", "watchdog", NULL
};
static const char *const regulator_heads[] = {
	"authority", "commission", "agency", "administration", "office",
	"board", "bureau", "inspectorate", "ombudsman", NULL
};

/* Capitalised words of a body's name before its "and" ("Australian
 * Competition and Consumer Commission" has two). */
#define AND_NAME_WORDS_MAX	4

/*
 * Where a body's name that the names scan kept from start on begins when
 * "and" and capitalised words stand before it: "Australian Competition
 * and Consumer Commission" (the scan breaks runs at "and";
 * speaker_mention.c joins them for a subject the same way).  Not "The"
 * nor one word that opens the sentence ("Residents and").
 */
static size_t
and_joined_start(const char *s, size_t start)
{
	struct text_word w;
	size_t q = start, from = start, k = 0;

	if (start < 5 || !text_range_eq(s, start - 4, start, "and ") ||
	    !text_word_prev(s, 0, &q, &w) || !text_word_eq(s, &w, "and"))
		return start;
	while (k < AND_NAME_WORDS_MAX && text_word_prev(s, 0, &q, &w) &&
	    text_gap_is_blank(s, w.end, k == 0 ? start - 4 : from) &&
	    (w.flags & TEXT_W_CAP) && !text_word_eq(s, &w, "the")) {
		from = w.start;
		k++;
	}
	if (k == 0 || (k == 1 && speaker_starts_sentence(s, from)))
		return start;
	return from;
}

/*
 * The body "the [modifier] regulator" [ms, me) stands for: the latest
 * name in the ring that no person holds ending on a regulator's head,
 * else the last body that spoke by one word; 1 with [*ns, *ne).
 */
static int
regulator_desc(struct qx *x, size_t ms, size_t me, size_t *ns, size_t *ne)
{
	const char *s = x->s;
	struct text_word w[3], last;
	size_t p = ms + 4, k = 0, i, n;
	enum speaker_kind kind;

	while (k < 3 && text_word_next(s, me, &p, &w[k]))
		k++;
	/* "the regulator", "the consumer watchdog": lower case, blank */
	if (k == 0 || k > 2 || w[k - 1].end != me ||
	    !text_word_in(s, &w[k - 1], regulator_nouns))
		return 0;
	for (i = 0; i < k; i++)
		if ((w[i].flags & (TEXT_W_CAP | TEXT_W_ALLCAP |
		    TEXT_W_POSS)) || (i > 0 &&
		    !text_gap_is_blank(s, w[i - 1].end, w[i].start)))
			return 0;
	speaker_names_scan_to(x, ms);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n; i++) {
		struct name *nm = &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];

		if (nm->end > ms || nm->nw < 2)
			continue;
		last = nm->w[nm->nw - 1];
		last.end = nm->end;
		if (!text_word_in(s, &last, regulator_heads))
			continue;
		kind = speaker_ring_kind(x, nm);
		if (kind == SPEAKER_NONE || kind == SPEAKER_PERSON)
			continue;
		*ns = and_joined_start(s, nm->start);
		*ne = nm->end;
		return 1;
	}
	return speaker_body_that_spoke(x, ms, ns, ne);
}

/* The noun w's entry in body_nouns: 1 with *business set, else 0.  The
 * first letter turns most entries away before a comparison. */
static int
body_noun(const char *s, const struct text_word *w, int *business)
{
	size_t i;
	char c = s[w->start];

	for (i = 0; i < sizeof(body_nouns) / sizeof(body_nouns[0]); i++)
		if (body_nouns[i].noun[0] == c &&
		    text_word_eq(s, w, body_nouns[i].noun)) {
			*business = body_nouns[i].business;
			return 1;
		}
	return 0;
}

/* The legal suffixes of a company's name in wire style: "Apple Inc",
 * "Toyota Motor Corp", "BP Plc", "Siemens AG". */
static const char *const company_suffixes[] = {
	"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "se",
	"holdings", "company", "corporation", "incorporated", NULL
};

/*
 * The industries that end a company's name as often as a legal suffix
 * does, when news leaves the suffix off: "Duke Energy", "Tata Motors",
 * "Thames Water", "Cisco Systems", "Pacific Gas and Electric".  Only
 * words that end no public body's or place's name in news ("Department
 * of Energy" ends on its department; "Natural Resources", "Big Oil",
 * "Media" are left out).
 */
static const char *const industry_heads[] = {
	"energy", "motors", "motor", "electric", "airlines", "airways",
	"steel", "water", "telecom", "communications", "pharmaceuticals",
	"pharma", "foods", "mills", "dynamics", "industries",
	"technologies", "systems", "petroleum", "mining", "brands",
	"stores", "insurance", "semiconductor", NULL
};

/* Is w a company's legal suffix or an industry word that ends its
 * name ("Inc", "Corp", "Energy", "Motors")? */
static int
company_word(const char *s, const struct text_word *w)
{
	return text_word_in(s, w, company_suffixes) ||
	    text_word_in(s, w, industry_heads);
}

int
speaker_desc_company_word(const char *s, const struct text_word *w)
{
	return company_word(s, w);
}

/*
 * A company's name that opens on a title is the company's whole:
 * "General Motors Co", "General Electric", "General Mills", "National
 * Grid Plc", "Federal Express Corp" (were "Motors Co", "Electric": a
 * title is no given name before an industry, and a person's name ends
 * on the name, no company word), sentence-opening words aside; the
 * titles that open companies' names are company_titles.  Else the name
 * starts at first, after the titles.
 */
static const char *const company_titles[] = {
	"general", "national", "federal", "royal", NULL
};

size_t
speaker_desc_title_company(const char *s, const struct text_word *run,
    const uint32_t *lx, size_t n, size_t first)
{
	struct text_word lw = run[n - 1];
	size_t lead = 0;

	lw.end = text_word_stem_end(s, &run[n - 1]);
	if (!text_word_in(s, &run[first - 1], company_titles) ||
	    !company_word(s, &lw))
		return first;
	while (lead < n - 1 && (run_lex(s, run, lx, lead, 1) & LX_CAPSTOP))
		lead++;
	return lead;
}

/*
 * Bytes back from a description searched for a nearer body of its kind
 * brought in unnamed ("a federal appeals court"): the paragraph or two
 * that a description refers into (news paragraphs run 200 to 400 bytes,
 * as DOC_WINDOW's four or five hold about 200 words); a body brought in
 * further back is named again, or called by its name, before "the court"
 * stands for it.  Bounds each description's search, so that a body of
 * many "the court said" costs linear time.
 */
#define BODY_LOOKBACK_BYTES	1200
/* Words from an indefinite article to the head noun it opens: "a
 * federal appeals court" has 2 between, "a new state utility
 * commission" 3. */
#define BODY_MODIFIERS_MAX	3

/*
 * Is the lower-case noun at [a, b) the head of a noun phrase that an
 * indefinite article opens ("a federal appeals court in Richmond", "an
 * airline that", "another company based in Ohio")?  The article at most
 * BODY_MODIFIERS_MAX lower-case words before; the noun a head when
 * punctuation, a function word, a verb of speech or an -ed form follows
 * it (not "a court spokesman", "a company statement": a modifier).
 */
static int
indefinite_head(const char *s, size_t len, size_t a, size_t b, size_t *art)
{
	struct text_word w;
	size_t p = b, q = a, i;
	uint32_t lx;

	if (p < len && s[p] == ' ') {
		if (!text_word_next(s, len, &p, &w) || w.start != b + 1)
			return 0;
		lx = lexicon_of(s, &w);
		if (!(w.flags & TEXT_W_CAP) && !(lx & (LX_FUNC | LX_DET |
		    LX_CUE | LX_REPORT | LX_STANCE)) &&
		    !(w.end - w.start > 4 && s[w.end - 2] == 'e' &&
		    s[w.end - 1] == 'd'))
			return 0;
	} else if (p < len && text_is_alnum((unsigned char)s[p]))
		return 0;
	for (i = 0; i <= BODY_MODIFIERS_MAX; i++) {
		size_t next = q;

		if (!text_word_prev(s, 0, &q, &w) ||
		    !text_gap_is_blank(s, w.end, next) ||
		    (w.flags & (TEXT_W_CAP | TEXT_W_POSS)))
			return 0;
		if (text_word_eq(s, &w, "a") || text_word_eq(s, &w, "an") ||
		    text_word_eq(s, &w, "another")) {
			*art = w.start;
			return 1;
		}
		if (lexicon_of(s, &w) & (LX_FUNC | LX_DET | LX_PRON))
			return 0;
	}
	return 0;
}

/*
 * Does the indefinite article at art open an appositive of the name
 * that ends at ne ("Exxon Mobil Corp, a company based in Texas,",
 * "Carillion Plc (a construction company)", "Acme Corp. -- a
 * chipmaker")?  Only a comma, a parenthesis or a dash, after the
 * name's own period, and blanks between: the noun phrase describes
 * that name and brings in no other body (review F1).
 */
static int
appositive_of(const char *s, size_t ne, size_t art)
{
	size_t p = ne;

	if (p < art && s[p] == '.')
		p++;
	if (p < art && (s[p] == ',' || s[p] == '('))
		p++;
	else if (art - p >= 3 && (unsigned char)s[p] == 0xe2 &&
	    (unsigned char)s[p + 1] == 0x80 &&
	    ((unsigned char)s[p + 2] == 0x93 ||
	    (unsigned char)s[p + 2] == 0x94))
		p += 3;		/* an en or em dash */
	else if (art - p >= 2 && s[p] == '-' && s[p + 1] == '-')
		p += 2;
	else
		return 0;
	return text_gap_is_blank(s, p, art);
}

/*
 * Is a body of the noun's kind brought in unnamed between the name at
 * from and the description at ms (no further back than
 * BODY_LOOKBACK_BYTES): "The Supreme Court declined ... On Tuesday a
 * federal appeals court ruled ... , the court said"?  Direct anaphora
 * takes the nearest noun phrase with the same head, named or not: that
 * one, which has no name.  Not the name's own appositive ("Carillion
 * Plc, a construction company,"), which has its name.
 */
static int
unnamed_body_between(const struct qx *x, const struct text_word *noun,
    size_t from, size_t ms)
{
	const char *s = x->s, *p, *e = s + ms;
	size_t n = noun->end - noun->start, at, art, ne = from;
	char low[NAME_WORD_BYTES_MAX];
	size_t i;

	if (n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)(s[noun->start + i] | 0x20);
	if (ms - from > BODY_LOOKBACK_BYTES)
		from = ms - BODY_LOOKBACK_BYTES;
	for (p = s + from; p < e && (p = memmem(p, (size_t)(e - p), low,
	    n)) != NULL; p++) {
		at = (size_t)(p - s);
		if (at > 0 && (unsigned char)s[at - 1] < 0x80 &&
		    text_is_alnum((unsigned char)s[at - 1]))
			continue;
		if (indefinite_head(s, x->len, at, at + n, &art) &&
		    !appositive_of(s, ne, art))
			return 1;
	}
	return 0;
}

/* Capitalised words of an institution's name after its "of" ("Ministry
 * of Health and Social Care" has 3) and before its head ("Reserve Bank
 * of India" has 1). */
#define OF_NAME_WORDS_MAX	4

/* Is [a, b) a word of an institution's name: capitalised, no
 * possessive, no sentence's end after it? */
static int
of_name_word(const char *s, const struct text_word *w)
{
	return (w->flags & (TEXT_W_CAP | TEXT_W_ALLCAP)) &&
	    !(w->flags & TEXT_W_POSS) && !lexicon_is(s, w, LX_DET);
}

/*
 * Where the "of" phrase after an institution's head noun that ends at he
 * ends ("Ministry of Defence", "Department of Health and Social Care":
 * its capitalised words, an "and" between two of them kept as the
 * name's), before lim; he when no such phrase follows.
 */
static size_t
of_phrase_end(const char *s, size_t lim, size_t he)
{
	struct text_word w;
	size_t q = he + 4, k, end = he, after = he + 3;

	if (he + 5 > lim || !text_range_eq(s, he, he + 4, " of "))
		return he;
	for (k = 0; k < OF_NAME_WORDS_MAX && q < lim &&
	    text_word_next(s, lim, &q, &w) &&
	    text_gap_is_blank(s, after, w.start); k++) {
		if (text_word_eq(s, &w, "and") && end == after && k > 0) {
			after = w.end;
			continue;
		}
		if (!of_name_word(s, &w))
			break;
		end = after = w.end;
	}
	return end;
}

/*
 * The institution named by its head noun and "of" that a description of
 * a body stands for: "the ministry" after "the Ministry of Defence",
 * "the department" after "the Department of Health and Social Care".
 * The names scan breaks names at "of", so no name it kept ends on the
 * noun; the latest such name within BODY_LOOKBACK_BYTES before ms, with
 * its capitalised words before the head ("Reserve Bank of India") and
 * its "of" phrase.  1 with [*ns, *ne) the name.
 */
static int
institution_of_desc(const struct qx *x, const struct text_word *noun,
    size_t ms, size_t *ns, size_t *ne)
{
	const char *s = x->s, *p, *e = s + ms;
	char pat[NAME_WORD_BYTES_MAX + 4];
	size_t n = noun->end - noun->start, lo, at, hit = SIZE_MAX, q, k;
	struct text_word w;

	if (n + 4 > sizeof(pat))
		return 0;
	pat[0] = (char)(s[noun->start] & ~0x20);
	memcpy(pat + 1, s + noun->start + 1, n - 1);
	memcpy(pat + n, " of ", 4);
	lo = ms > BODY_LOOKBACK_BYTES ? ms - BODY_LOOKBACK_BYTES : 0;
	for (p = s + lo; (size_t)(e - p) > n + 4 && (p = memmem(p,
	    (size_t)(e - p), pat, n + 4)) != NULL; p++) {
		at = (size_t)(p - s);
		if (at > 0 && (unsigned char)s[at - 1] < 0x80 &&
		    text_is_alnum((unsigned char)s[at - 1]))
			continue;
		hit = at;
	}
	if (hit == SIZE_MAX || (*ne = of_phrase_end(s, ms, hit + n)) ==
	    hit + n)
		return 0;
	/* capitalised words right before the head: "Reserve Bank" */
	*ns = hit;
	q = hit;
	for (k = 0; k < OF_NAME_WORDS_MAX && text_word_prev(s, lo, &q, &w) &&
	    text_gap_is_blank(s, w.end, *ns) && of_name_word(s, &w); k++)
		*ns = w.start;
	return 1;
}

/*
 * Is the name nm a union of states ("European Union", "African Union",
 * "Soviet Union": a people's or a state's name first)?  News calls it
 * "the bloc" or by its name; "the union" is a labour union.
 */
static int
union_of_states(const char *s, const struct name *nm)
{
	return nm->nw >= 2 && speaker_kind_people_word(s, &nm->w[0]);
}

/*
 * The words before a company's name that make it the one being bought:
 * a verb of buying with the name its object ("agreed to buy Cruise
 * Automation", "acquired Yahoo Inc"), a noun of buying before "of"
 * ("its takeover of Yahoo Inc", "the acquisition of Monsanto Co"), and
 * "take over" ("to take over Monsanto Co").  News goes on to call the
 * buyer "the company": it is the story's subject (review F2).
 */
static const char *const buying_verbs[] = {
	"buy", "buys", "buying", "bought", "acquire", "acquires",
	"acquiring", "acquired", "purchase", "purchased", "purchasing",
	NULL
};
static const char *const buying_nouns[] = {
	"takeover", "acquisition", "purchase", "buyout", NULL
};
static const char *const taking_verbs[] = {
	"take", "takes", "taking", "took", "taken", NULL
};

/* The lower-case word right before pos with only blanks between, past
 * one "the": 1 with *w it. */
static int
word_before(const char *s, size_t pos, struct text_word *w)
{
	size_t q = pos;

	if (!text_word_prev(s, 0, &q, w) || !text_gap_is_blank(s, w->end,
	    pos) || (w->flags & (TEXT_W_CAP | TEXT_W_ALLCAP)))
		return 0;
	if (!text_word_eq(s, w, "the"))
		return 1;
	pos = w->start;
	return text_word_prev(s, 0, &q, w) && text_gap_is_blank(s, w->end,
	    pos) && !(w->flags & (TEXT_W_CAP | TEXT_W_ALLCAP));
}

/* Is the name at ns a company being bought (buying_verbs, ...)? */
static int
being_bought(const char *s, size_t ns)
{
	struct text_word w, v;

	if (!word_before(s, ns, &w))
		return 0;
	if (text_word_in(s, &w, buying_verbs))
		return 1;
	if (text_word_eq(s, &w, "of"))
		return word_before(s, w.start, &v) &&
		    text_word_in(s, &v, buying_nouns);
	if (text_word_eq(s, &w, "over"))
		return word_before(s, w.start, &v) &&
		    text_word_in(s, &v, taking_verbs);
	return 0;
}

/*
 * "The union" is a labour union (news calls a union of states "the
 * bloc"): the one named nearest before it.  A name the names scan kept
 * that ends on "Union" (no union of states) or on a word of labour
 * ("the United Auto Workers", "the Writers Guild"); a name right before
 * a lower-case "union" ("the RMT union", "the Unite union"); a union
 * that news names by one word (union_names), within BODY_LOOKBACK_BYTES.
 * A union of states ("the European Union") is "the union" only when no
 * labour union is named and no word of a labour story (labour_words)
 * stands within BODY_LOOKBACK_BYTES before: then the text is about it.
 */
/* Capitalised words of a union's name before a lower-case "union":
 * "the United Steelworkers union" has 2, "the United Auto Workers
 * union" 3. */
#define UNION_NAME_WORDS	3

static const char *const labour_heads[] = {
	"workers", "employees", "steelworkers", "machinists", "teamsters",
	"brotherhood", "guild", NULL
};
static const char *const union_names[] = {
	"unite", "unison", "gmb", "rmt", "aslef", "tssa", "neu", "nasuwt",
	"cwu", "pcs", "usdaw", "rcn", "teamsters", "uaw", "seiu", "afscme",
	"ibew", "unifor", "cfmeu", "actu", "awu", "citu", "aituc", "intuc",
	NULL
};
/* The word before "Union" in a union's name that says it is no labour
 * union: a credit union is a co-operative bank, a civil liberties union
 * a rights group, Consumers Union a testing group ("Teachers Federal
 * Credit Union", "American Civil Liberties Union"). */
static const char *const union_not_labour[] = {
	"credit", "liberties", "consumers", NULL
};
static const char *const labour_words[] = {
	"workers", "strike", "strikes", "striking", "walkout", "ballot",
	"pay", "wages", "members", "employees", NULL
};

/* May w name a labour union before a lower-case "union": a capitalised
 * word or an acronym, no people's or state's ("European"), no title? */
static int
union_name_word(const char *s, const struct text_word *w)
{
	return (w->flags & (TEXT_W_CAP | TEXT_W_ALLCAP)) &&
	    !(w->flags & TEXT_W_POSS) && !speaker_kind_people_word(s, w) &&
	    !lexicon_is(s, w, LX_TITLE | LX_CAPSTOP);
}

/* Capitalised words after "of" in a union's name: "of Mineworkers",
 * "of Teachers and Lecturers" reads 1 then stops, "of America". */
#define UNION_OF_WORDS		3

/*
 * The end of a union's name that ends at e, with the "of" phrase the
 * names scan leaves off after it: "the National Union of Mineworkers"
 * (kept as "National Union"), "Communication Workers of America".  At
 * most UNION_OF_WORDS capitalised words before lim.
 */
static size_t
union_of_end(const char *s, size_t lim, size_t e)
{
	struct text_word w;
	size_t p = e, k, we;

	if (!text_word_next(s, lim, &p, &w) || !text_word_eq(s, &w, "of") ||
	    !text_gap_is_blank(s, e, w.start))
		return e;
	we = w.end;
	for (k = 0; k < UNION_OF_WORDS && text_word_next(s, lim, &p, &w) &&
	    text_gap_is_blank(s, we, w.start) && union_name_word(s, &w);
	    k++) {
		e = text_word_stem_end(s, &w);
		we = w.end;
	}
	return e;
}

static int
union_desc(struct qx *x, size_t ms, size_t *ns, size_t *ne)
{
	const char *s = x->s;
	size_t lo = ms > BODY_LOOKBACK_BYTES ? ms - BODY_LOOKBACK_BYTES : 0;
	size_t i, n, p = lo, ls = 0, le = 0, ss = 0, se = 0;
	struct text_word w, prev = { 0, 0, 0 }, last;
	int labour = 0, states = 0, story = 0, have_prev = 0;
	size_t run = 0, words = 0;	/* the capitalised run before w */

	speaker_names_scan_to(x, ms);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n && !labour; i++) {
		struct name *nm = &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];
		enum speaker_kind kind;

		if (nm->end > ms || nm->nw < 2)
			continue;
		last = nm->w[nm->nw - 1];
		last.end = nm->end;
		if (!text_word_eq(s, &last, "union") &&
		    !text_word_in(s, &last, labour_heads))
			continue;
		kind = speaker_ring_kind(x, nm);
		if (kind == SPEAKER_NONE || kind == SPEAKER_PERSON)
			continue;
		if (text_word_eq(s, &last, "union") && union_of_states(s, nm)) {
			if (!states) {
				states = 1;
				ss = nm->start;
				se = nm->end;
			}
			continue;
		}
		if (text_word_eq(s, &last, "union") &&
		    text_word_in(s, &nm->w[nm->nw - 2], union_not_labour))
			continue;
		labour = 1;
		ls = nm->start;
		le = union_of_end(s, ms, nm->end);
	}
	/* the words since lo: a union named by one word, a name before
	 * "union", a word of a labour story; the nearest name wins */
	while (text_word_next(s, ms, &p, &w)) {
		if (!(w.flags & (TEXT_W_CAP | TEXT_W_ALLCAP))) {
			if (text_word_eq(s, &w, "union") && words > 0 &&
			    words <= UNION_NAME_WORDS &&
			    text_gap_is_blank(s, prev.end, w.start) &&
			    run >= ls) {
				labour = 1;
				ls = run;
				le = prev.end;
			} else if (text_word_in(s, &w, labour_words))
				story = 1;
		} else if (w.start >= ls && text_word_in(s, &w, union_names)) {
			labour = 1;
			ls = w.start;
			le = w.end;
		}
		if (!union_name_word(s, &w))
			words = 0;
		else if (words > 0 && have_prev &&
		    text_gap_is_blank(s, prev.end, w.start))
			words++;
		else {
			run = w.start;
			words = 1;
		}
		prev = w;
		have_prev = 1;
	}
	if (labour) {
		*ns = ls;
		*ne = le;
		return 1;
	}
	if (states && !story) {
		*ns = ss;
		*ne = se;
		return 1;
	}
	return 0;
}

/*
 * Words of a central bank's name: the one bank of a state says so
 * ("European Central Bank", "Reserve Bank of India", "Federal Reserve",
 * "Swiss National Bank", "People's Bank of China"); a commercial bank's
 * name ("Barclays Bank") has none of them.
 */
static const char *const central_bank_words[] = {
	"central", "reserve", "national", "people's", "bundesbank",
	"riksbank", NULL
};

/*
 * The body "the central bank" [ms, me) stands for: news calls a state's
 * bank so after naming it once ("The Bank of Canada held rates ... The
 * central bank said").  The latest of a name in the ring that no person
 * holds with a central bank's word ("European Central Bank", "Federal
 * Reserve", "Reserve Bank" with its "of" phrase) and an institution
 * named "Bank of ..." (institution_of_desc: "Bank of England", "State
 * Bank of Pakistan"); 1 with [*ns, *ne).
 */
static int
central_bank_desc(struct qx *x, const struct text_word *bank, size_t ms,
    size_t *ns, size_t *ne)
{
	const char *s = x->s;
	size_t i, j, n, os, oe;
	enum speaker_kind kind;
	int found = 0;

	speaker_names_scan_to(x, ms);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n && !found; i++) {
		struct name *nm = &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];

		if (nm->end > ms || nm->start + BODY_LOOKBACK_BYTES < ms)
			continue;
		for (j = 0; j < nm->nw; j++)
			if (text_word_in(s, &nm->w[j], central_bank_words))
				break;
		if (j == nm->nw)
			continue;
		kind = speaker_ring_kind(x, nm);
		if (kind == SPEAKER_NONE || kind == SPEAKER_PERSON)
			continue;
		*ns = nm->start;
		*ne = of_phrase_end(s, ms, nm->end);
		found = 1;
	}
	if (institution_of_desc(x, bank, ms, &os, &oe) &&
	    (!found || os > *ns)) {
		*ns = os;
		*ne = oe;
		found = 1;
	}
	return found;
}

/*
 * Nouns of a public body that news names by its acronym and then calls
 * so ("NASA said ... The agency said", "the FBI ... the bureau").
 */
static const char *const acronym_nouns[] = {
	"agency", "bureau", NULL
};

int
speaker_desc_body(struct qx *x, size_t ms, size_t me, size_t *ns, size_t *ne)
{
	const char *s = x->s;
	struct text_word the, noun, last;
	size_t p = ms, i, n;
	int business, found = 0;
	enum speaker_kind kind;

	/* most mentions are names and pronouns: the bytes first */
	if (me - ms < 6 || (s[ms] | 0x20) != 't' || s[ms + 1] != 'h' ||
	    s[ms + 2] != 'e' || s[ms + 3] != ' ' ||
	    !text_word_next(s, me, &p, &the) ||
	    !text_word_next(s, me, &p, &noun) || noun.start != the.end + 1)
		return 0;
	/* "the regulator", "the consumer watchdog": the bytes of the
	 * nouns' last letters first */
	if ((s[me - 1] == 'r' || s[me - 1] == 'g') &&
	    regulator_desc(x, ms, me, ns, ne))
		return 1;
	/* "the central bank": the bytes first */
	if (noun.end != me && me - ms == 16 &&
	    text_range_eq(s, ms + 4, me, "central bank")) {
		struct text_word bank = { .start = me - 4, .end = me };

		return central_bank_desc(x, &bank, ms, ns, ne);
	}
	/* "the RMT union", "the United Steelworkers union": the union's
	 * name before the noun */
	if (noun.end != me) {
		struct text_word u = noun, name = noun;
		size_t k = 0;

		/* the bytes first: most such mentions end on no "union" */
		if (me - ms < 11 || !text_range_eq(s, me - 6, me, " union"))
			return 0;

		while (union_name_word(s, &u) && ++k <= UNION_NAME_WORDS) {
			name.end = u.end;
			if (!text_word_next(s, me, &p, &u) ||
			    !text_gap_is_blank(s, name.end, u.start))
				return 0;
		}
		if (k == 0 || k > UNION_NAME_WORDS || u.end != me ||
		    (u.flags & (TEXT_W_CAP | TEXT_W_ALLCAP)) ||
		    !text_word_eq(s, &u, "union"))
			return 0;
		*ns = name.start;
		*ne = name.end;
		return 1;
	}
	if ((noun.flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_POSS)) ||
	    !body_noun(s, &noun, &business))
		return 0;
	if (text_word_eq(s, &noun, "union")) {
		found = union_desc(x, ms, ns, ne);
		return found && !unnamed_body_between(x, &noun, *ne, ms);
	}
	speaker_names_scan_to(x, ms);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n; i++) {
		struct name *nm = &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];

		if (nm->end > ms || nm->nw < 2)
			continue;
		last = nm->w[nm->nw - 1];
		last.end = nm->end;
		if (!same_stem(s, &last, &noun) && !(business &&
		    company_word(s, &last)))
			continue;
		kind = speaker_ring_kind(x, nm);
		if (kind == SPEAKER_NONE || kind == SPEAKER_PERSON)
			continue;
		if (business && being_bought(s, nm->start))
			continue;
		*ns = nm->start;
		/* "the Reserve Bank of India": the scan's name ends at
		 * "of" */
		*ne = business ? nm->end : of_phrase_end(s, ms, nm->end);
		found = 1;
		break;
	}
	/* "Boeing said ... The company said": a noun of business stands
	 * for the last organisation that spoke when no company named
	 * after it is nearer (note_body) */
	if (business && !found)
		found = speaker_body_that_spoke(x, ms, ns, ne);
	/* "NASA said ... The agency said": an agency named by its
	 * acronym (the bytes first) */
	if (!found && !business && (s[noun.start] == 'a' ||
	    s[noun.start] == 'b') && text_word_in(s, &noun, acronym_nouns))
		found = speaker_body_acronym(x, ms, ns, ne) &&
		    *ns + BODY_LOOKBACK_BYTES >= ms;
	/* "the Ministry of Defence ... the ministry said": no name the
	 * scan kept ends on the noun */
	if (!found && !business &&
	    text_word_in(s, &noun, institution_heads))
		found = institution_of_desc(x, &noun, ms, ns, ne);
	/* "a federal appeals court" since: the court meant is that one */
	if (found && unnamed_body_between(x, &noun, *ne, ms))
		return 0;
	return found;
}

/*
 * A spokesman's mention with no name after a quote, "a spokeswoman for
 * the ministry", "a spokesman for the company": news gives a body's words
 * to its spokesman, and the body is the source, as "a spokesman for
 * Boeing" is Boeing's; the body's description after "for" stands for the
 * body as it does alone (speaker_desc_body).  1 with [*ns, *ne) the
 * body's name.
 */
int
speaker_desc_spokes_for(struct qx *x, size_t ms, size_t me, size_t *ns,
    size_t *ne)
{
	static const char *const spokes[] = {
		"spokesman", "spokeswoman", "spokesperson", NULL
	};
	const char *s = x->s;
	struct text_word w;
	size_t p = ms;

	/* "a spokes", "the spokes" open the mention */
	if (me - ms < SPOKES_FOR_BYTES_MIN)
		return 0;
	if ((s[ms] | 0x20) == 'a' && s[ms + 1] == ' ')
		p = ms + 2;
	else if ((s[ms] | 0x20) == 't' && text_range_eq(s, ms + 1, ms + 4,
	    "he "))
		p = ms + 4;
	if (p == ms || !text_range_eq(s, p, p + 6, "spokes") ||
	    !text_word_next(s, me, &p, &w) || !text_word_in(s, &w, spokes) ||
	    w.end + 9 >= me || !text_range_eq(s, w.end, w.end + 9,
	    " for the "))
		return 0;
	return speaker_desc_body(x, w.end + 5, me, ns, ne);
}
