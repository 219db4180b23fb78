/*
 * dates_private.h — what the files of the date extractor share: the
 * tokens and the scanner's ring, the context a run carries (publication
 * date, reference date), a rule's hit, the word ids generated from
 * words.def, the inline token tests the rules are written in, and the
 * functions one rule family lends another.  Private to
 * workers/extract/dates/; the library's interface is extract.h.
 *
 * A rule is a function (struct ctx *, long i, struct hit *) that reads the
 * tokens around token i with tk() and returns how many it matched (0: no
 * match), filling the hit.  dates.c tries them in the order of its rule
 * table.
 */
#ifndef QUARRY_DATES_PRIVATE_H
#define QUARRY_DATES_PRIVATE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "extract.h"

/*
 * The longest word the lexicon knows is "thanksgiving" (12 letters); a
 * word longer than TOK_LOW_MAX - 1 cannot match anything, so its lowered
 * copy is left empty.
 */
#define TOK_LOW_MAX	16
/*
 * Ahead of the token match() tries: the longest rule ("the year-ago
 * fiscal third quarter of 1989", "more than twenty-five consecutive
 * trading days ago") spans under 16 tokens, and the words after it a
 * rule reads (a game's word, GAME_AHEAD; a caption's credit,
 * tense.c's CAPTION_AHEAD) each assert they stay within 24.  The
 * tense search after a date (TENSE_AHEAD, TENSE_AHEAD_FRONTED and the
 * cue's own CUE_AHEAD) could pass it after a long date opening its
 * sentence, so dt_tense_around() stops at LOOKAHEAD_MAX.  Behind, the
 * furthest any rule reads: the tense cue's 10 (and the words a cue
 * reads behind itself, CUE_BACK: 14 in all; over a bracketed aside
 * TENSE_ASIDE_MAX more), a list of
 * weekdays after "every" (weekdays.c, every_listed: 2 * WEEKDAY_LIST_MAX
 * + 2, 14 for "every Monday, Tuesday, ..., Saturday, and Sunday"), and
 * the longest, a bare decade's sentence (numbers.c, QUANTITY_BACK: 24
 * for a long clause before "the 30s").  Each of those asserts it stays
 * within LOOKBEHIND_MAX; both windows must fit in the ring together.
 */
#define LOOKAHEAD_MAX	24
#define LOOKBEHIND_MAX	40
/* Tokens scanned at once past the one asked for (see dt_tk_scan()). */
#define TK_BATCH	16
/*
 * The ring of tokens: > LOOKAHEAD_MAX + LOOKBEHIND_MAX + TK_BATCH, and
 * twice what that needs, so that the scanner fills it in batches of
 * OPEN_BATCH (each batch and each lap of the ring costs the scanner's
 * loop a setup: 64 slots took twice as many).
 */
#define RING		128
_Static_assert(LOOKAHEAD_MAX + LOOKBEHIND_MAX + TK_BATCH < RING,
    "the token ring must hold the whole window of a rule");
/*
 * struct scan's opens: a bit per token, token k's at k mod OPENS_BITS,
 * for the tokens from the one run() visits to the last scanned, which a
 * rule's reading ahead keeps under LOOKAHEAD_MAX + TK_BATCH + 1 apart.
 */
#define OPENS_BITS	64
_Static_assert(LOOKAHEAD_MAX + TK_BATCH + 1 <= OPENS_BITS,
    "the opens bits must cover the tokens scanned ahead of a visit");
/*
 * Tokens dt_tk_opens_next() scans at once when none ahead can open a
 * rule: as many as the opens bits hold.  The next token that can is at
 * or after the first of them, and its rule reads at most LOOKBEHIND_MAX
 * back (the longest, a quantity's sentence: numbers.c, QUANTITY_BACK)
 * and TK_BATCH past what it reads ahead: all of them still in the ring.
 */
#define OPEN_BATCH	OPENS_BITS
_Static_assert(OPEN_BATCH + LOOKBEHIND_MAX + TK_BATCH <= RING,
    "a rule at the first token of a batch must read back in the ring");
/* Numbers longer than this many digits are not counts, days or years;
 * nine digits still fit an int32_t. */
#define NUM_DIGITS_MAX	9
/* Plausible years for a bare four-digit number; outside this range a
 * year needs a cue word ("in 1066").  Four digits cannot say more. */
#define YEAR_MIN	1000
#define YEAR_MAX	2099
#define YEAR_LIKELY_MIN	1800
/* A two-digit year ('58) is put in the century that makes it at most
 * this many years after the publication year: '29 in 2016 is 2029, '58
 * is 1958. */
#define YEAR_AHEAD_MAX	13
/* The longest span "1850-1950" a range of years may cover; a wider one
 * is more likely a count or a code. */
#define YEAR_RANGE_MAX	100
/* Words a tense cue search steps over before giving up. */
#define TENSE_BACK	10
#define TENSE_AHEAD	6
/* After a date that opens its sentence and a comma, the clause's verb
 * follows its subject ("On Tuesday, the National Abortion and
 * Reproductive Rights Action League plans"): a dozen words. */
#define TENSE_AHEAD_FRONTED	12
/* The furthest a tense cue reads past its own word (tense.c's
 * modal_past(): "couldn ' t have been", 4) and behind it (name_subject()
 * over a fixture's subject, "said Manchester United face": 4). */
#define CUE_AHEAD	4
#define CUE_BACK	4
/* A one-token date opening its sentence gets the whole fronted search
 * (dt_tense_around() bounds a longer one by LOOKAHEAD_MAX). */
_Static_assert(1 + TENSE_AHEAD_FRONTED + CUE_AHEAD <= LOOKAHEAD_MAX,
    "the tense search after a fronted date reads within the ring");
/* A month-day without a year is put in the year that brings it nearest
 * the publication date; the tense only moves one that is further than a
 * season away (news about last week is more common than tense cues are
 * reliable). */
#define MONTH_DAY_SURE	90
/* An ambiguous numeric date (06/12/2026) whose day-first reading falls
 * within this many days of the publication, and whose US reading does
 * not, is day first: a page's dateline, its "Last updated" line, news
 * of the week. */
#define NUMERIC_NEAR_DAYS	7
/* A bare month with no tense to place it is in the year that puts it
 * nearest the publication month: at most half a year away. */
#define MONTH_NEAR_MAX	6
/* How far a cue of a yearly date ("celebrated annually on August 15",
 * "on August 15 every year") may be from it: a verb and an adverb
 * before, a preposition or two after. */
#define RECUR_BACK	4
#define RECUR_AHEAD	3
/* The longest line of page furniture "Now" may sit on ("Popular Now",
 * "Sign Up Now", "What's Happening Now": a heading or a button). */
#define FURNITURE_WORDS	4
/* A story is read as a narrative when it names at least NARRATIVE_MIN
 * absolute dates (a year written out) and none within NARRATIVE_GAP
 * years of the publication: news that looks back ("In 2015, ...") names
 * the present too. */
#define NARRATIVE_MIN	3
#define NARRATIVE_GAP	2
/* News dates what it reports by the weekday, counted from the day of
 * writing ("said Tuesday", "on Monday night"): a story that does so
 * this many times, anywhere, is news.  A history may say "On Monday
 * they failed" once of its own time; two is the least that tells the
 * news day apart from that. */
#define NEWS_WEEKDAYS_MIN	2
/* "Eight years ago", "six months ago" count back from the moment of
 * writing, as news does and a history, which dates its events by one
 * another ("two years earlier"), does not; but prehistory's "40,000
 * years ago" is a history's too: an "ago" at most this many years back
 * makes news. */
#define NEWS_AGO_YEARS	100
/* The most units a date is shifted by: beyond every calendar year
 * either way (the calendar saturates there), and times 100 (centuries)
 * still an int. */
#define SHIFT_MAX	(2 * CAL_YEAR_MAX)
/* How far a word of a game's play may be from a quarter or half it
 * makes the game's ("scored on a touchdown pass in the third quarter"):
 * the sentence, within what the ring holds behind the expression
 * (LOOKBEHIND_MAX) and ahead of its end (the expression itself is
 * under 8 tokens, LOOKAHEAD_MAX ahead of its start). */
#define GAME_BACK	10
#define GAME_AHEAD	12
_Static_assert(GAME_BACK <= LOOKBEHIND_MAX && 8 + GAME_AHEAD <= LOOKAHEAD_MAX,
    "a game's word is read within the ring");
/* The months of a calendar quarter and of a half: the month that
 * closes one is a multiple of it (March and June; June and December),
 * and the period's number is that month's over it (June: Q2, H1). */
#define QUARTER_MONTHS	3
#define HALF_MONTHS	6
/*
 * A year of accounts is named by the year it ends in ("FY27", "fiscal
 * 2027", "the 2026-27 fiscal": 2027), and so is one the text names by
 * its place ("this fiscal year", "last fiscal"): the fiscal year that
 * holds the publication date, named by the year it ends in.  Where it
 * ends the text rarely says: by default in December (FISCAL_END_CALENDAR),
 * the calendar year most companies keep, so "this fiscal year" is the
 * publication year as TimeBank values it; once the text names a year of
 * accounts that straddles two calendar years ("the 2026-27 fiscal",
 * "FY2026-27", "financial year 2025-26") or uses India's noun ("this
 * fiscal"), in March (FISCAL_END_SPLIT): India's, Japan's, Canada's and
 * the UK government's year ends on March 31.
 */
#define FISCAL_END_CALENDAR	12
#define FISCAL_END_SPLIT	3
/* A leap year, to ask whether a month and day with no year can be a
 * date at all (Feb. 29 can): any leap year answers for every year. */
#define LEAP_YEAR_ANY	2000
/* How far a sentence's word for India ("India celebrated its 77th
 * Republic Day", "Republic Day celebrations in New Delhi") may be from
 * the holiday it makes India's: a clause before it and a phrase after,
 * within what the ring holds behind it (LOOKBEHIND_MAX) and ahead of
 * its start (LOOKAHEAD_MAX; the name is two tokens). */
#define INDIA_BACK	12
#define INDIA_AHEAD	8
_Static_assert(INDIA_BACK <= LOOKBEHIND_MAX &&
    2 + INDIA_AHEAD <= LOOKAHEAD_MAX,
    "a sentence's word for India is read within the ring");
/* Tokens of an aside in parentheses after a clock time, to its closing
 * mark: "10:35 a.m. (0735 GMT) Friday" and "4 in the morning (4 a.m.
 * EDT Thursday)", whose aside is 8 tokens ("a.m." is four). */
#define TIME_ASIDE_MAX	9

enum tok_kind {
	TK_NONE,		/* before the text or past its end */
	TK_WORD,
	TK_NUM,
	TK_PUNCT,
};

enum word_class {
	C_OTHER,		/* a word some rule names: may start a match */
	C_MONTH,
	C_WDAY,
	C_NUM,
	C_ORD,
	C_UNIT,
	C_SEASON,
	C_PART,
	C_TZ,
	C_SETW,
};

enum unit {
	U_NONE,
	U_SEC,
	U_MIN,
	U_HOUR,
	U_DAY,
	U_WEEK,
	U_FORTNIGHT,
	U_MONTH,
	U_QUARTER,
	U_YEAR,
	U_DECADE,
	U_CENTURY,
};

enum season { S_SP, S_SU, S_FA, S_WI };
enum part { P_MO, P_AF, P_EV, P_NI };

#define F_ABBR		0x1	/* "Aug": needs a period or a day after */
#define F_PLURAL	0x2
/* A word rules read only around a match (a tense or count cue, a
 * preposition), never at its first token: the gate skips it like an
 * unknown word.  Only the frequent ones are marked; that is where the
 * time goes. */
#define F_CTX		0x4
/* A function word that opens a rule only with what follows it ("the
 * third quarter", "a year ago", "at least", "that same day"): every rule
 * that starts on it reads a word the lexicon lists, a number, an
 * apostrophe ("the '80s") or a hyphen ("a-year") next, so before any
 * other token the gate skips it.  "the", "a" and "that" before an
 * unknown word were most of what reached the rules. */
#define F_LEAD		0x8
/* Tense cues (tense.c's dt_tense()): a word pointing to the future
 * ("will", "plans", "scheduled") or to the past ("said", "ago"). */
#define F_FUTURE	0x10
#define F_PAST		0x20
/* A past tense that is also a participle ("held", "sold"): like a verb
 * in -ed it is an adjective after a determiner ("the sold shares") and
 * a passive after "be" ("will be held"), and then cues no past. */
#define F_VERB		0x40
/* A US zone named without its season ("ET", "PT"): its value is the
 * standard offset, an hour more on a day of daylight saving time. */
#define F_DST		0x80

/* A word as a key: the union's char array is zero-padded by its
 * initializer (and the scanner pads a token's), so equal words have
 * equal keys, and comparing the keys as big-endian integers orders them
 * as strcmp() does. */
union wkey {
	char		 low[TOK_LOW_MAX];
	uint64_t	 key[TOK_LOW_MAX / 8];
};

/*
 * Word ids: DW_<word> for every word of words.def (the X-macro list of
 * every word the grammar names), 0 for none.  A rule names a word by its
 * id (W(t, the), a set of ids: WL()), so a word missing from the list is a
 * compile error, not a rule that silently never fires.
 */
enum dword {
	DW_NONE,
#define DW(w, cls, val, flags)	DW_##w,
#include "words.def"
#undef DW
	DW_COUNT
};

struct lex {
	union wkey	 w;
	int		 cls;
	int		 val;
	int		 flags;
	uint16_t	 id;		/* enum dword */
};

/*
 * Every word of words.def by id (scan.c): a token's lexicon entry is
 * dt_words[t->wid], and DW_NONE's (a word the lexicon lacks, a number,
 * a mark) is all zero: class C_OTHER, value 0, no flag.  Constant: the
 * lexicon's hash, built by extract_new(), is the only built part.
 */
extern const struct lex dt_words[DW_COUNT];

static const char *const season_code[] = { "SP", "SU", "FA", "WI" };
static const char *const part_code[] = { "MO", "AF", "EV", "NI" };

/*
 * A token: a word (ASCII letters, lowered into low[] when it fits), a
 * number, or one punctuation mark, with its byte offsets.
 */
struct tok {
	uint32_t	 start, end;
	uint8_t		 kind;
	uint8_t		 sp;		/* whitespace (or text start) before */
	uint8_t		 cap;		/* word starts upper-case */
	uint8_t		 ndig;		/* digits of a number */
	uint32_t	 ch;		/* punctuation, dashes and quotes folded */
	int32_t		 num;		/* number value; -1 if too long */
	uint16_t	 wid;		/* enum dword of a listed word, or 0 */
	uint16_t	 para;		/* line breaks before it (mod 2^16) */
	union {				/* lower-cased ASCII word, */
		char	 low[TOK_LOW_MAX]; /* zero-padded */
		uint64_t key[TOK_LOW_MAX / 8];
	};
};

/* A token's lexicon entry, or NULL when it is no listed word. */
static inline const struct lex *
tok_lex(const struct tok *t)
{
	return t->wid != DW_NONE ? &dt_words[t->wid] : NULL;
}

/* A token's word flags (F_*), 0 when it is no listed word. */
static inline int
tok_flags(const struct tok *t)
{
	return dt_words[t->wid].flags;
}

/* Whose next token: "the", a number, "a" or "an", "that", "at". */
enum next_of { NEXT_OF_THE, NEXT_OF_NUM, NEXT_OF_A, NEXT_OF_THAT,
	NEXT_OF_AT, NEXT_OF_COUNT };

struct scan {
	const char	*s;
	size_t		 len, pos;
	size_t		 n;		/* tokens scanned so far */
	size_t		 para;		/* line breaks so far */
	const struct dates_lexicon *lex; /* hashed for the scanner */
	/* bit k % OPENS_BITS: token k can open a rule (a number, an
	 * apostrophe, a listed word whose rule set is not empty), so
	 * dates.c's run() visits only those */
	uint64_t	 opens;
	struct tok	 ring[RING];
};

/* Ordered fine to coarse: a larger one says less. */
enum gran { G_DAY, G_WEEK, G_MONTH, G_QUARTER, G_YEAR, G_DECADE,
	G_CENTURY };

struct ctx {
	struct scan	 sc;
	int		 has_pub;
	struct cal_date	 pub;
	const uint32_t	*word_rules;	/* dt_lexicon_rules(), by word id */
	/* dt_lexicon_next(): the rules of "the", a number, "a" or "an",
	 * "that", "at", by the token after it */
	const uint32_t	*next[NEXT_OF_COUNT];
	long		 q_tok;		/* token of the last quarter named */
	int		 q_year, q_num;	/* and its value */
	/*
	 * The reference time of anaphoric expressions ("three years
	 * later", "that same day", "the following month"): the last
	 * calendar date the text mentioned, to the granularity it was
	 * given; the publication date until the text names one.
	 */
	long		 range_tok;	/* second year of "2009-2010" */
	int		 range_year;	/* and its value */
	int		 range_month;	/* a day range ("Aug. 20-22"): the */
	int		 range_day;	/* second day's month and day, else 0 */
	long		 range_end;	/* the token after the second end */
	int		 has_ref;
	struct cal_date	 ref;
	int		 ref_gran;	/* enum gran: G_DAY, G_MONTH, G_YEAR */
	/* fine[g]: the last date named to granularity g or finer, for an
	 * anaphor finer than a reference named in an earlier paragraph
	 * ("in April ... [new paragraph] On the same day": the last day
	 * named); bit g of has_fine says there is one */
	struct cal_date	 fine[G_YEAR + 1];
	unsigned	 has_fine;
	/* Narrative mode: pub is the last absolute date the story named,
	 * known to granularity pub_gran (G_DAY in news mode). */
	int		 narrative;
	int		 pub_gran;
	/* The publication date as the article gives it: in narrative mode
	 * "today" is still the writer's day ("Today, the two Koreas
	 * remain at war"), not the story's. */
	int		 has_dct;
	struct cal_date	 dct;
	/* the text wrote a numeric date day first ("15/08/2024", its
	 * dateline "06/12/2026"): its later ambiguous ones are too */
	int		 day_first;
	/* the month the text's years of accounts end in (FISCAL_END_*) */
	int		 fiscal_end;
	/* the article's source and URL, and whether it comes from an
	 * Indian site (holidays.c's india_source(): its "Independence
	 * Day" and "Republic Day" are India's), -1 until asked */
	struct str	 source, url;
	int		 india_pub;
	/* News mode: the year of a history a paragraph tells ("The
	 * Battle of Stalingrad began in August 1942. During the autumn
	 * ... On 19 November"), set by dates.c's run() at an absolute
	 * date far from the publication while the story has not yet
	 * counted from the day of writing; 0 for none.  Its months,
	 * month-days, seasons and holidays without a year are that
	 * year's, in that paragraph only (dt_story_year()). */
	/* the last decade a rule named ("the 1930s": 193), -1 for none,
	 * and its paragraph: "By the end of the decade" after it is that
	 * decade's (relative.c's dt_the_unit()) */
	int		 decade_val;
	uint16_t	 decade_para;
	/* no date has set the reference since that decade was named:
	 * "the following decade" counts from it (relative.c) */
	int		 decade_last;
	int		 story_year;
	int		 story_month;	/* its last month named, or 0 */
	/* the history opened on a bare year ("In 1950 ..."): its dates
	 * open their sentence ("In June the North invaded") */
	int		 story_bare;
	/* the text has named Theresa May ("Theresa May", "Mrs May"): a
	 * bare "May" after "for", "to", "and", "or" is hers (names.c) */
	int		 may_named;
	/* the token match() tries (its paragraph: dt_at_para()) */
	long		 at_tok;
	uint16_t	 story_para;
	uint16_t	 ref_para;	/* the reference's paragraph */
	/* the reference stands in an aside that describes a noun
	 * (dt_in_aside()): background, no year in context for a day
	 * named after it (anchor.c's dt_month_day_year()) */
	int		 ref_aside;

};

/* What a rule found: a span of tokens [i, i + ntok) and its TIMEX3. */
struct hit {
	long		 ntok;
	uint32_t	 start, end;
	enum timex_type	 type;
	enum timex_mod	 mod;
	int		 keep_ref;	/* names no day of its own: leaves
					 * the reference date alone */
	char		 value[TIMEX_VALUE_MAX];
};

const struct tok *dt_tk_scan(struct scan *, long);
/* The opens bits from the first token at or after i that can open a
 * rule (struct scan's opens; bit 0: that token, *at), scanning on as
 * needed, or 0 past the last. */
uint64_t dt_tk_opens_next(struct scan *, long i, long *at);
/* The rules a listed word can open, one bit per entry of dates.c's rule
 * table (built into the lexicon by dates_lexicon_new()). */
const uint32_t *dt_lexicon_rules(const struct dates_lexicon *);
uint32_t dt_rules_opened_by(const struct lex *);
/*
 * The rules that can open on "the", a number, "a" or "an", "that" or
 * "at" before the token after it: one set per next token, a word by id (DW_NONE: a word the
 * lexicon lacks), a number, an ASCII mark by its byte (NEXT_MARK + the
 * byte), and any other mark or the text's end (NEXT_OTHER: no rule's
 * test takes a mark past ASCII; the dashes and quotes the scanner folds
 * come as '-' and '\'').
 */
enum {
	NEXT_NUM = DW_COUNT,
	NEXT_MARK,
	NEXT_OTHER = NEXT_MARK + 128,
	NEXT_SLOTS
};
uint32_t dt_rules_before(enum next_of of, const struct tok *n);
const uint32_t *dt_lexicon_next(const struct dates_lexicon *,
    enum next_of of);
/* For the tests only: every rule of those openers tried before any
 * token, the path before the sets above, to check them
 * against. */
void	dt_lexicon_unfiltered(struct dates_lexicon *);
/*
 * For the tests only: the tokens of s[0, len), at most max, into out[]
 * and whether each can open a rule into open[], by the scanner as the
 * rules read it (general 0: scan_to()'s fast loop wherever it can) or
 * by its general path alone, token by token, reading words letter by
 * letter (general 1): the reference the fast loop's shortcuts must
 * agree with.  Returns how many.
 */
size_t	dt_scan_tokens(const struct dates_lexicon *, const char *s,
    size_t len, int general, struct tok *out, int *open, size_t max);

/*
 * Token i of the text (absolute), scanning ahead as needed.  The rules
 * ask for a dozen tokens around each one they try, so the common case,
 * a token already in the ring, is one comparison inline: i in
 * [n - RING, n), that is n - 1 - i below RING as unsigned arithmetic.
 * A negative i passes it only while fewer than RING tokens are scanned,
 * and then lands on a slot no token has been written to (i mod RING is
 * n or more): zero since run() cleared the scan, the same as the slow
 * path's TK_NONE token before the text.
 */
static inline __attribute__((always_inline)) const struct tok *
tk(struct ctx *c, long i)
{
	struct scan *sc = &c->sc;

	if (sc->n - 1 - (size_t)i < RING)
		return &sc->ring[(size_t)i % RING];
	return dt_tk_scan(sc, i);
}

/* The paragraph (line breaks before it) of the token match() tries:
 * read from the ring, where the rules' window keeps it, rather than
 * stored at every try. */
static inline uint16_t
dt_at_para(struct ctx *c)
{
	return tk(c, c->at_tok)->para;
}

/* The year of a history the paragraph of the token match() tries
 * tells, for a date that is a preposition's object, or 0 (anchor.c's
 * dt_story_year_at(); none is the common case, one test). */
int	dt_story_year_at(struct ctx *c);

static inline int
dt_story_year(struct ctx *c)
{
	return c->story_year != 0 ? dt_story_year_at(c) : 0;
}

/* The opens bits of the tokens [at, n) scanned (at < n, n - at <=
 * OPENS_BITS): bit k for token at + k, a rotate of struct scan's. */
static inline uint64_t
tk_opens_from(const struct scan *sc, size_t at)
{
	size_t r = at % OPENS_BITS;
	uint64_t m = sc->opens >> r |
	    sc->opens << ((OPENS_BITS - r) % OPENS_BITS);

	if (sc->n - at < OPENS_BITS)
		m &= (UINT64_C(1) << (sc->n - at)) - 1;
	return m;
}

/*
 * Is the token the word w (an identifier: W(t, the))?  Every word of the
 * lexicon has an id DW_<word> generated from words.def, and the scanner
 * stores a listed word's id in the token, so the test is one comparison;
 * a word missing from words.def fails to compile.
 */
#define W(t, w)	((t)->wid == DW_##w)

/*
 * A set of words: one byte per word id, nonzero for its members, written
 * with designated initializers, IN(w) for each word ("static const
 * uint8_t dur_rel[DW_COUNT] = { IN(past), IN(last), ... }"), so a word
 * missing from words.def fails to compile as in W().  Bytes rather than
 * bits, for a membership test of one load; a word the lexicon lacks
 * (DW_NONE, most tokens the rules read) is in no set.
 */
#define IN(w)	[DW_##w] = 1

/* Is the token a word of the set ws (a set built with IN())?  One
 * load: a list walked here cost ~5M instructions over the dev sets
 * (docs/extraction.md, speed notes). */
static inline int
WL(const struct tok *t, const uint8_t ws[DW_COUNT])
{
	return ws[t->wid] != 0;
}

/*
 * Is the token one of the words ws, keys ended by an empty one ({
 * "speech" }, ..., { "" }): words the lexicon need not list, compared
 * as zero-padded keys, two compares a word and no strcmp() call.  A
 * token that is no word, or a word too long for a key, has an all-zero
 * key and is none of them.
 */
static inline int
tok_among(const struct tok *t, const union wkey *ws)
{
	for (; ws->low[0] != '\0'; ws++)
		if (t->key[0] == ws->key[0] && t->key[1] == ws->key[1])
			return 1;
	return 0;
}

static inline int
P(const struct tok *t, uint32_t ch)
{
	return t->kind == TK_PUNCT && t->ch == ch;
}

/* Glued to the token before it (no whitespace between). */
static inline int
adj(const struct tok *t)
{
	return t->kind != TK_NONE && !t->sp;
}

/* A listed word's entry when it is of class cls, else NULL (only a
 * word has a wid). */
static inline const struct lex *
L(const struct tok *t, int cls)
{
	const struct lex *lx = &dt_words[t->wid];

	return t->wid != DW_NONE && lx->cls == cls ? lx : NULL;
}

/*
 * Is token k "of" before a month's name ("the first week of March",
 * "the first half of June", "the last days of August")?  Then the part
 * named before it is the month's, no period of its own: no length, no
 * half-year, no week counted from the publication; the month is its own
 * timex (HeidelTime reads the month alone).
 */
static inline int
dt_of_month(struct ctx *c, long k)
{
	const struct tok *m = tk(c, k + 1);
	const struct lex *lx;

	return W(tk(c, k), of) && m->cap && (lx = L(m, C_MONTH)) != NULL &&
	    (!(lx->flags & F_ABBR) || P(tk(c, k + 2), '.'));
}

static inline int
is_num(const struct tok *t, int mindig, int maxdig)
{
	return t->kind == TK_NUM && t->num >= 0 && t->ndig >= mindig &&
	    t->ndig <= maxdig;
}

static inline int
is_currency(const struct tok *t)
{
	if (t->kind != TK_PUNCT)
		return 0;
	switch (t->ch) {
	case '$': case '#': case 0xa3: case 0xa5: case 0x20ac: case 0xa2:
		return 1;
	default:
		return 0;
	}
}

/* A quotation mark: straight, curly, or a backtick (folded or not). */
static inline int
quote_mark(const struct tok *t)
{
	return t->kind == TK_PUNCT && (t->ch == '"' || t->ch == 0x201c ||
	    t->ch == 0x201d || t->ch == '`' || t->ch == '\'');
}

static inline int
is_sentence_end(const struct tok *t)
{
	return t->kind == TK_NONE || P(t, '.') || P(t, '!') || P(t, '?') ||
	    P(t, ';');
}

/*
 * Direction an unanchored day or month takes from the publication date:
 * DIR_PAST (on or before), DIR_FUTURE (on or after), DIR_PREV (strictly
 * before, "last"), DIR_NEXT (strictly after, "next").
 */
enum dir { DIR_PAST, DIR_FUTURE, DIR_PREV, DIR_NEXT };

/* Holidays (holidays.c). */
enum holiday {
	H_NONE,
	H_CHRISTMAS,
	H_CHRISTMAS_EVE,
	H_NEW_YEAR,
	H_NEW_YEAR_EVE,
	H_THANKSGIVING,
	H_ELECTION,
	H_MEMORIAL,
	H_LABOR,
	H_COLUMBUS,
	H_PRESIDENTS,
	H_INDEPENDENCE,
	H_VETERANS,
	H_VALENTINE,
	H_HALLOWEEN,
	H_EASTER,
	H_EASTER_MONDAY,
	H_EASTER_WEEK,		/* the ISO week of Easter Sunday */
	H_KOREA_LIBERATION,	/* Korea's Liberation Day, Aug. 15 */
	H_GOOD_FRIDAY,
	H_ASH_WEDNESDAY,
	H_PALM_SUNDAY,
	H_MAUNDY_THURSDAY,
	H_PENTECOST,
	H_BOXING,
	H_ST_PATRICK,
	H_ALL_SAINTS,
	H_GROUNDHOG,
	H_JUNETEENTH,
	H_REMEMBRANCE,		/* and Armistice Day: Nov. 11 */
	H_CANADA,
	H_BASTILLE,
	H_AUSTRALIA,
	H_ANZAC,
	H_EARTH,
	H_FLAG,
	H_MLK,			/* Martin Luther King Jr. Day */
	H_MOTHERS,		/* the US day: May's second Sunday */
	H_FATHERS,
	H_BLACK_FRIDAY,		/* the day after Thanksgiving */
	H_CYBER_MONDAY,		/* the Monday after it */
	H_SUPER_TUESDAY,	/* the US primaries' first Tuesday of March
				 * (2004, 2012-2024; 2008's was Feb. 5) */
	H_REMEMBRANCE_SUNDAY,	/* Britain's and the Commonwealth's:
				 * November's second Sunday */
	H_INDIA_INDEPENDENCE,	/* India's Independence Day, Aug. 15 */
	H_INDIA_REPUBLIC,	/* India's Republic Day, Jan. 26 */
	H_ST_ANDREW,		/* Scotland's, Nov. 30 */
	H_MAY_DAY,		/* May 1 */
	H_ASCENSION,		/* Easter's 40th day, a Thursday */
	H_WAITANGI,		/* New Zealand's, Feb. 6 */
	H_VICTORIA,		/* Canada's: the Monday before May 25 */
	H_CANADA_THANKSGIVING,	/* October's second Monday */
	H_MADARAKA,		/* Kenya's, June 1 */
	H_MASHUJAA,		/* Kenya's, Oct. 20 */
	H_JAMHURI,		/* Kenya's, Dec. 12 */
	H_PAKISTAN_INDEPENDENCE, /* Aug. 14 */
};

/* tense.c */
int	dt_tense(struct ctx *c, long i);
int	dt_tense_around(struct ctx *c, long i, long j);
int	dt_future_tense(struct ctx *c, long i);
/* The tense cued by the word at token j behind a date (1 future, -1
 * past, 0 none). */
int	dt_cue_at(struct ctx *c, long j);
/* Does the mark at token j end the sentence for the tense search (not
 * an initial's or an abbreviation's period)? */
int	dt_tense_stop(struct ctx *c, long j);
/* Does the date at token i stand in a relative clause or a participle
 * set off after its noun ("Smith, who was elected on ...")? */
int	dt_in_aside(struct ctx *c, long i);

/* anchor.c */
int	dt_story_month_year(struct ctx *c, int m);
int	dt_sentence_opens(struct ctx *c, long k);
int	dt_num_embedded_before(struct ctx *c, long i);
int	dt_num_embedded(struct ctx *c, long i);
int	dt_cap_neighbour(struct ctx *c, long i, long k);
void	dt_hit_set(struct hit *h, enum timex_type type, const char *fmt,
    ...)
    __attribute__((format(printf, 3, 4)));
/* snprintf() and vsnprintf() with the same output, fast for the values'
 * formats (%d, %s, %c with a 0 flag and a width). */
void	dt_fmt(char *buf, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void	dt_vfmt(char *buf, size_t len, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));
void	dt_fmt_gran(char *buf, size_t len, int has, struct cal_date d,
    enum gran g);
void	dt_hit_gran(struct hit *h, struct ctx *c, struct cal_date d,
    enum gran g);
void	dt_hit_day_part(struct hit *h, struct ctx *c, struct cal_date d,
    const char *part);
int	dt_value_date(const char *v, struct cal_date *d, int *gran);
void	dt_hit_anaphoric(struct hit *h, struct ctx *c, enum unit u, int n);
struct cal_date	dt_shift(struct cal_date d, enum unit u, int n);
enum gran	dt_unit_gran(enum unit u);
struct cal_date dt_anchor_weekday(struct cal_date pub, int wd,
    enum dir dir);
int	dt_anchor_month_year(struct cal_date pub, int m, enum dir dir);
int	dt_nearest_of(struct cal_date pub, const struct cal_date cand[3]);
int	dt_season_of(struct cal_date d, int *year);
int	dt_month_day_year(struct ctx *c, long i, int m, int d);
int	dt_bare_month_year(struct ctx *c, long i, int m);
int	dt_month_year_tense(struct ctx *c, int m, int t);
void	dt_span(struct hit *h, struct ctx *c, long i, long j);
int	dt_year_tok(struct ctx *c, long i);
long	dt_ord_suffix(struct ctx *c, long i);
long	dt_day_num(struct ctx *c, long i, int *day);
int	dt_recurring(struct ctx *c, long i, long j);

/* numbers.c */
int	dt_fiscal_noun(const struct tok *n);
int	dt_fiscal_label(struct ctx *c, struct cal_date d, int rel);
int	dt_century_of(struct ctx *c, int yy);
int	dt_range_year(struct ctx *c, long i);
long	dt_short_year(struct ctx *c, long i, struct hit *h);
long	dt_year_range(struct ctx *c, long i, struct hit *h);
long	dt_range_end(struct ctx *c, long i, struct hit *h);
long	dt_numeric(struct ctx *c, long i, struct hit *h);
long	dt_decade(struct ctx *c, long i, struct hit *h);
int	dt_decade_opens(const struct tok *t);
long	dt_year(struct ctx *c, long i, struct hit *h);
long	dt_spelled_year(struct ctx *c, long i, struct hit *h);
int	dt_spelled_year_opens(const struct tok *t);
int	dt_decade_after_the(const struct tok *n);
int	dt_decade_after_num(const struct tok *n);
int	dt_numeric_after_num(const struct tok *n);
int	dt_year_range_after_num(const struct tok *n);
int	dt_spelled_year_after_the(const struct tok *n);

/* names.c */
long	dt_ordinal_day(struct ctx *c, long i, struct hit *h);
long	dt_nth_weekday(struct ctx *c, long i, struct hit *h);
long	dt_rel_year_after(struct ctx *c, long j, int *y);
long	dt_month(struct ctx *c, long i, struct hit *h, int pfx);
long	dt_day_month(struct ctx *c, long i, struct hit *h);
void	dt_season_value(struct ctx *c, char *buf, size_t len, int s,
    int rel);
long	dt_season(struct ctx *c, long i, struct hit *h);
int	dt_season_opens(const struct tok *t);

int	dt_nth_weekday_after_the(const struct tok *n);
int	dt_ordinal_day_after_the(const struct tok *n);
int	dt_season_after_the(const struct tok *n);
int	dt_day_month_after_num(const struct tok *n);

/* weekdays.c */
void	dt_weekday_value(struct ctx *c, long i, int wd, int dir, char *buf,
    size_t len);
long	dt_weekday(struct ctx *c, long i, struct hit *h, int dir);
long	dt_week_on_weekday(struct ctx *c, long i, struct hit *h);
int	dt_wday_names_date(int wd, const char *v);
void	dt_weekend_value(char *buf, size_t len, int has, struct cal_date d);

/* holidays.c */
enum holiday	dt_holiday_at(struct ctx *c, long i, long *start,
    long *end);
void	dt_holiday_value(struct hit *h, enum holiday hol, int y);
int	dt_holiday_rel_year(struct ctx *c, enum holiday hol, int rel);
long	dt_holiday(struct ctx *c, long i, struct hit *h);
int	dt_holiday_opens(const struct tok *t);
int	dt_holiday_wday_named(struct ctx *c, long i);

/* times.c */
long	dt_part_of_day(struct ctx *c, long j, int *part);
long	dt_time(struct ctx *c, long i, struct hit *h);
int	dt_time_after_num(const struct tok *n);
long	dt_mid_part(struct ctx *c, long i, struct hit *h);
long	dt_zone_words(struct ctx *c, long j);

/* relative.c */
long	dt_the_unit(struct ctx *c, long i, struct hit *h);
long	dt_unit_phrase(struct ctx *c, long i, struct hit *h);
long	dt_relative(struct ctx *c, long i, struct hit *h);
int	dt_relative_opens(const struct tok *t);
long	dt_deixis(struct ctx *c, long i, struct hit *h);
int	dt_deixis_opens(const struct tok *t);
int	dt_apposition(struct ctx *c, long i, struct cal_date *d);
long	dt_anaphora(struct ctx *c, long i, struct hit *h);
int	dt_anaphora_after_the(const struct tok *n);
int	dt_anaphora_after_that(const struct tok *n);
int	dt_relative_after_the(const struct tok *n);
int	dt_deixis_after_the(const struct tok *n);
int	dt_deixis_after_a(const struct tok *n);
int	dt_unit_phrase_after_the(const struct tok *n);

/* durations.c */
long	dt_duration(struct ctx *c, long i, struct hit *h);
int	dt_duration_opens(const struct tok *t);
int	dt_duration_after_the(const struct tok *n);
int	dt_duration_after_num(const struct tok *n);
int	dt_duration_after_a(const struct tok *n);
int	dt_duration_after_at(const struct tok *n);
long	dt_set(struct ctx *c, long i, struct hit *h);
int	dt_set_opens(const struct tok *t);

/* quarters.c */
long	dt_quarter(struct ctx *c, long i, struct hit *h);
int	dt_quarter_opens(const struct tok *t);
int	dt_quarter_after_the(const struct tok *n);
int	dt_quarter_after_num(const struct tok *n);
int	dt_quarter_frame(struct ctx *c, long i);
long	dt_year_ago(struct ctx *c, long i, struct hit *h);
long	dt_year_end(struct ctx *c, long i, struct hit *h);

#endif
