/*
 * dates.c — the temporal expression extractor: finds dates, times,
 * durations and sets in an article's body and normalizes them to TIMEX3
 * values (TimeML, TempEval-3 conventions).  Deictic expressions
 * ("yesterday", "Monday", "last week") are anchored to the publication
 * date, anaphoric ones ("three years later", "that same day", "the
 * following month") to the last calendar date the text named.
 *
 * Two stages, both single passes: a table-driven scanner cuts the body
 * into tokens (words, numbers, punctuation, with byte offsets and whether
 * whitespace precedes them) into a small ring, looking every word up in
 * the lexicon as it goes; and a grammar of hand-written rules looks at a
 * bounded window of tokens around the current one.  The rules are tried
 * only at a token that can start one (a number, a punctuation mark, a
 * word the lexicon lists), which the lexicon lookup already decided.
 * Each rule reads at most LOOKAHEAD_MAX tokens ahead and LOOKBEHIND_MAX
 * behind, so the whole run is linear in the body and allocates nothing
 * but the output list.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "extract.h"
#include "utf8.h"

/*
 * The longest word the lexicon knows is "thanksgiving" (12 letters); a
 * word longer than TOK_LOW_MAX - 1 cannot match anything, so its lowered
 * copy is left empty.
 */
#define TOK_LOW_MAX	16
/*
 * The longest rule ("the year-ago fiscal third quarter of 1989",
 * "more than twenty-five consecutive trading days ago") spans under 16
 * tokens; the tense cue looks 10 back and 6 ahead.  24 ahead and 12
 * behind cover both with room, and must fit in the ring together.
 */
#define LOOKAHEAD_MAX	24
#define LOOKBEHIND_MAX	12
/* Tokens scanned at once past the one asked for (see tk_scan()). */
#define TK_BATCH	16
#define RING		64	/* > LOOKAHEAD_MAX + LOOKBEHIND_MAX + TK_BATCH */
_Static_assert(LOOKAHEAD_MAX + LOOKBEHIND_MAX + TK_BATCH < RING,
    "the token ring must hold the whole window of a rule");
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
/* A month-day without a year is put in the year that brings it nearest
 * the publication date; the tense only moves one that is further than a
 * season away (news about last week is more common than tense cues are
 * reliable). */
#define MONTH_DAY_SURE	90
/* A bare month with no tense to place it is in the year that puts it
 * nearest the publication month: at most half a year away. */
#define MONTH_NEAR_MAX	6

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

/* A word as a key: the union's char array is zero-padded by its
 * initializer (and the scanner pads a token's), so equal words have
 * equal keys, and comparing the keys as big-endian integers orders them
 * as strcmp() does. */
union wkey {
	char		 low[TOK_LOW_MAX];
	uint64_t	 key[TOK_LOW_MAX / 8];
};

struct lex {
	union wkey	 w;
	int		 cls;
	int		 val;
	int		 flags;
};

/*
 * Every word the grammar names, in one array per first letter, each
 * sorted by strcmp so a reader finds a word; tests/test_dates.c checks the
 * order and the letters, and looks up every month and weekday name.  A
 * word that is not here cannot start a match
 * (every rule opens on a number, a punctuation mark or a word it names),
 * so dates_extract() skips it without trying the rules: that gate is
 * what keeps the grammar off the great majority of tokens.  A word a
 * rule tests with W() or WL() must therefore be listed, as C_OTHER if it
 * has no class of its own.
 */
static const struct lex lex_a[] = {
	{ { "a" }, C_OTHER, 0, F_LEAD },
	{ { "about" }, C_OTHER, 0, F_LEAD },
	{ { "acres" }, C_OTHER, 0, 0 },
	{ { "additional" }, C_OTHER, 0, 0 },
	{ { "after" }, C_OTHER, 0, F_CTX },
	{ { "afternoon" }, C_PART, P_AF, 0 },
	{ { "ago" }, C_OTHER, 0, 0 },
	{ { "ahead" }, C_OTHER, 0, F_CTX },
	{ { "aircraft" }, C_OTHER, 0, 0 },
	{ { "all" }, C_OTHER, 0, F_CTX },
	{ { "almost" }, C_OTHER, 0, 0 },
	{ { "am" }, C_OTHER, 0, 0 },
	{ { "an" }, C_OTHER, 0, F_LEAD },
	{ { "and" }, C_OTHER, 0, F_CTX },
	{ { "animals" }, C_OTHER, 0, 0 },
	{ { "announced" }, C_OTHER, 0, 0 },
	{ { "annually" }, C_SETW, U_YEAR, 0 },
	{ { "another" }, C_OTHER, 0, F_CTX },
	{ { "apartment" }, C_OTHER, 0, 0 },
	{ { "approximately" }, C_OTHER, 0, 0 },
	{ { "apr" }, C_MONTH, 4, F_ABBR },
	{ { "april" }, C_MONTH, 4, 0 },
	{ { "around" }, C_OTHER, 0, F_CTX },
	{ { "article" }, C_OTHER, 0, 0 },
	{ { "as" }, C_OTHER, 0, F_CTX },
	{ { "at" }, C_OTHER, 0, F_LEAD },
	{ { "aug" }, C_MONTH, 8, F_ABBR },
	{ { "august" }, C_MONTH, 8, 0 },
	{ { "autumn" }, C_SEASON, S_FA, 0 },
};

static const struct lex lex_b[] = {
	{ { "barrels" }, C_OTHER, 0, 0 },
	{ { "beds" }, C_OTHER, 0, 0 },
	{ { "before" }, C_OTHER, 0, F_CTX },
	{ { "began" }, C_OTHER, 0, 0 },
	{ { "beginning" }, C_OTHER, 0, 0 },
	{ { "between" }, C_OTHER, 0, F_CTX },
	{ { "billion" }, C_OTHER, 0, F_CTX },
	{ { "box" }, C_OTHER, 0, 0 },
	{ { "bst" }, C_TZ, 0, 0 },
	{ { "building" }, C_OTHER, 0, 0 },
	{ { "business" }, C_OTHER, 0, F_CTX },
	{ { "by" }, C_OTHER, 0, F_CTX },
};

static const struct lex lex_c[] = {
	{ { "calendar" }, C_OTHER, 0, 0 },
	{ { "calories" }, C_OTHER, 0, 0 },
	{ { "came" }, C_OTHER, 0, F_CTX },
	{ { "cars" }, C_OTHER, 0, 0 },
	{ { "cases" }, C_OTHER, 0, 0 },
	{ { "cattle" }, C_OTHER, 0, 0 },
	{ { "cdt" }, C_TZ, 0, 0 },
	{ { "cents" }, C_OTHER, 0, 0 },
	{ { "centuries" }, C_UNIT, U_CENTURY, F_PLURAL },
	{ { "century" }, C_UNIT, U_CENTURY, 0 },
	{ { "cest" }, C_TZ, 0, 0 },
	{ { "cet" }, C_TZ, 0, 0 },
	{ { "channel" }, C_OTHER, 0, 0 },
	{ { "chapter" }, C_OTHER, 0, 0 },
	{ { "children" }, C_OTHER, 0, 0 },
	{ { "christmas" }, C_OTHER, 0, 0 },
	{ { "circa" }, C_OTHER, 0, 0 },
	{ { "clock" }, C_OTHER, 0, 0 },
	{ { "code" }, C_OTHER, 0, 0 },
	{ { "columbus" }, C_OTHER, 0, 0 },
	{ { "coming" }, C_OTHER, 0, 0 },
	{ { "comparable" }, C_OTHER, 0, 0 },
	{ { "consecutive" }, C_OTHER, 0, 0 },
	{ { "copies" }, C_OTHER, 0, 0 },
	{ { "corresponding" }, C_OTHER, 0, 0 },
	{ { "could" }, C_OTHER, 0, F_CTX },
	{ { "couple" }, C_OTHER, 0, 0 },
	{ { "cst" }, C_TZ, 0, 0 },
	{ { "cubic" }, C_OTHER, 0, 0 },
	{ { "current" }, C_OTHER, 0, 0 },
	{ { "currently" }, C_OTHER, 0, 0 },
};

static const struct lex lex_d[] = {
	{ { "daily" }, C_SETW, U_DAY, 0 },
	{ { "date" }, C_OTHER, 0, F_CTX },
	{ { "day" }, C_UNIT, U_DAY, 0 },
	{ { "days" }, C_UNIT, U_DAY, F_PLURAL },
	{ { "dead" }, C_OTHER, 0, 0 },
	{ { "deaths" }, C_OTHER, 0, 0 },
	{ { "dec" }, C_MONTH, 12, F_ABBR },
	{ { "decade" }, C_UNIT, U_DECADE, 0 },
	{ { "decades" }, C_UNIT, U_DECADE, F_PLURAL },
	{ { "december" }, C_MONTH, 12, 0 },
	{ { "degrees" }, C_OTHER, 0, 0 },
	{ { "delegates" }, C_OTHER, 0, F_CTX },
	{ { "did" }, C_OTHER, 0, F_CTX },
	{ { "died" }, C_OTHER, 0, 0 },
	{ { "dollars" }, C_OTHER, 0, 0 },
	{ { "dozen" }, C_OTHER, 0, 0 },
	{ { "due" }, C_OTHER, 0, 0 },
	{ { "during" }, C_OTHER, 0, F_CTX },
};

static const struct lex lex_e[] = {
	{ { "each" }, C_OTHER, 0, 0 },
	{ { "earlier" }, C_OTHER, 0, 0 },
	{ { "early" }, C_OTHER, 0, 0 },
	{ { "easter" }, C_OTHER, 0, 0 },
	{ { "edt" }, C_TZ, 0, 0 },
	{ { "eight" }, C_NUM, 8, 0 },
	{ { "eighteen" }, C_NUM, 18, 0 },
	{ { "eighth" }, C_ORD, 8, 0 },
	{ { "eighties" }, C_OTHER, 0, 0 },
	{ { "eighty" }, C_NUM, 80, 0 },
	{ { "election" }, C_OTHER, 0, F_LEAD },
	{ { "eleven" }, C_NUM, 11, 0 },
	{ { "eleventh" }, C_ORD, 11, 0 },
	{ { "employees" }, C_OTHER, 0, 0 },
	{ { "end" }, C_OTHER, 0, F_CTX },
	{ { "ended" }, C_OTHER, 0, F_CTX },
	{ { "ending" }, C_OTHER, 0, F_CTX },
	{ { "ends" }, C_OTHER, 0, F_CTX },
	{ { "ensuing" }, C_OTHER, 0, 0 },
	{ { "entire" }, C_OTHER, 0, 0 },
	{ { "est" }, C_TZ, 0, 0 },
	{ { "euro" }, C_OTHER, 0, 0 },
	{ { "euros" }, C_OTHER, 0, 0 },
	{ { "eve" }, C_OTHER, 0, 0 },
	{ { "evening" }, C_PART, P_EV, 0 },
	{ { "every" }, C_OTHER, 0, 0 },
	{ { "expected" }, C_OTHER, 0, 0 },
	{ { "extra" }, C_OTHER, 0, 0 },
};

static const struct lex lex_f[] = {
	{ { "fall" }, C_SEASON, S_FA, 0 },
	{ { "families" }, C_OTHER, 0, 0 },
	{ { "feb" }, C_MONTH, 2, F_ABBR },
	{ { "february" }, C_MONTH, 2, 0 },
	{ { "feet" }, C_OTHER, 0, 0 },
	{ { "few" }, C_OTHER, 0, 0 },
	{ { "fewer" }, C_OTHER, 0, 0 },
	{ { "fifteen" }, C_NUM, 15, 0 },
	{ { "fifth" }, C_ORD, 5, 0 },
	{ { "fifties" }, C_OTHER, 0, 0 },
	{ { "fifty" }, C_NUM, 50, 0 },
	{ { "final" }, C_OTHER, 0, 0 },
	{ { "first" }, C_ORD, 1, F_LEAD },
	{ { "fiscal" }, C_OTHER, 0, 0 },
	{ { "five" }, C_NUM, 5, 0 },
	{ { "flight" }, C_OTHER, 0, 0 },
	{ { "following" }, C_OTHER, 0, 0 },
	{ { "for" }, C_OTHER, 0, F_CTX },
	{ { "forties" }, C_OTHER, 0, 0 },
	{ { "fortnight" }, C_UNIT, U_FORTNIGHT, 0 },
	{ { "fortnights" }, C_UNIT, U_FORTNIGHT, F_PLURAL },
	{ { "forty" }, C_NUM, 40, 0 },
	{ { "four" }, C_NUM, 4, 0 },
	{ { "fourteen" }, C_NUM, 14, 0 },
	{ { "fourth" }, C_ORD, 4, 0 },
	{ { "francs" }, C_OTHER, 0, 0 },
	{ { "friday" }, C_WDAY, 5, 0 },
	{ { "fridays" }, C_WDAY, 5, F_PLURAL },
	{ { "from" }, C_OTHER, 0, F_CTX },
	{ { "full" }, C_OTHER, 0, 0 },
	{ { "further" }, C_OTHER, 0, 0 },
	{ { "future" }, C_OTHER, 0, 0 },
};

static const struct lex lex_g[] = {
	{ { "gave" }, C_OTHER, 0, 0 },
	{ { "gmt" }, C_TZ, 0, 0 },
	{ { "going" }, C_OTHER, 0, F_CTX },
	{ { "grams" }, C_OTHER, 0, 0 },
	{ { "guns" }, C_OTHER, 0, 0 },
};

static const struct lex lex_h[] = {
	{ { "had" }, C_OTHER, 0, F_CTX },
	{ { "half" }, C_OTHER, 0, 0 },
	{ { "halloween" }, C_OTHER, 0, 0 },
	{ { "hence" }, C_OTHER, 0, 0 },
	{ { "her" }, C_OTHER, 0, F_CTX },
	{ { "highway" }, C_OTHER, 0, 0 },
	{ { "his" }, C_OTHER, 0, F_CTX },
	{ { "homes" }, C_OTHER, 0, 0 },
	{ { "hostages" }, C_OTHER, 0, 0 },
	{ { "hour" }, C_UNIT, U_HOUR, 0 },
	{ { "hourly" }, C_SETW, U_HOUR, 0 },
	{ { "hours" }, C_UNIT, U_HOUR, F_PLURAL },
	{ { "houses" }, C_OTHER, 0, 0 },
	{ { "hrs" }, C_UNIT, U_HOUR, F_PLURAL },
	{ { "hundred" }, C_NUM, 100, 0 },
};

static const struct lex lex_i[] = {
	{ { "in" }, C_OTHER, 0, F_CTX },
	{ { "inches" }, C_OTHER, 0, 0 },
	{ { "independence" }, C_OTHER, 0, 0 },
	{ { "initial" }, C_OTHER, 0, 0 },
	{ { "intends" }, C_OTHER, 0, 0 },
	{ { "interstate" }, C_OTHER, 0, 0 },
	{ { "its" }, C_OTHER, 0, F_CTX },
};

static const struct lex lex_j[] = {
	{ { "jan" }, C_MONTH, 1, F_ABBR },
	{ { "january" }, C_MONTH, 1, 0 },
	{ { "jobs" }, C_OTHER, 0, 0 },
	{ { "jul" }, C_MONTH, 7, F_ABBR },
	{ { "july" }, C_MONTH, 7, 0 },
	{ { "jun" }, C_MONTH, 6, F_ABBR },
	{ { "june" }, C_MONTH, 6, 0 },
	{ { "just" }, C_OTHER, 0, F_CTX },
};

static const struct lex lex_k[] = {
	{ { "kg" }, C_OTHER, 0, 0 },
	{ { "kilograms" }, C_OTHER, 0, 0 },
	{ { "kilometers" }, C_OTHER, 0, 0 },
	{ { "kilometres" }, C_OTHER, 0, 0 },
	{ { "km" }, C_OTHER, 0, 0 },
};

static const struct lex lex_l[] = {
	{ { "labor" }, C_OTHER, 0, 0 },
	{ { "last" }, C_OTHER, 0, 0 },
	{ { "late" }, C_OTHER, 0, 0 },
	{ { "lately" }, C_OTHER, 0, 0 },
	{ { "later" }, C_OTHER, 0, 0 },
	{ { "latest" }, C_OTHER, 0, 0 },
	{ { "latter" }, C_OTHER, 0, F_CTX },
	{ { "least" }, C_OTHER, 0, F_CTX },
	{ { "left" }, C_OTHER, 0, F_CTX },
	{ { "less" }, C_OTHER, 0, F_LEAD },
	{ { "lines" }, C_OTHER, 0, 0 },
	{ { "ll" }, C_OTHER, 0, 0 },
	{ { "long" }, C_OTHER, 0, F_CTX },
	{ { "lost" }, C_OTHER, 0, 0 },
};

static const struct lex lex_m[] = {
	{ { "m" }, C_OTHER, 0, F_CTX },
	{ { "made" }, C_OTHER, 0, F_CTX },
	{ { "many" }, C_OTHER, 0, F_LEAD },
	{ { "mar" }, C_MONTH, 3, F_ABBR },
	{ { "march" }, C_MONTH, 3, 0 },
	{ { "marks" }, C_OTHER, 0, 0 },
	{ { "may" }, C_MONTH, 5, 0 },
	{ { "mdt" }, C_TZ, 0, 0 },
	{ { "members" }, C_OTHER, 0, F_CTX },
	{ { "memorial" }, C_OTHER, 0, 0 },
	{ { "men" }, C_OTHER, 0, 0 },
	{ { "met" }, C_OTHER, 0, 0 },
	{ { "meters" }, C_OTHER, 0, 0 },
	{ { "metres" }, C_OTHER, 0, 0 },
	{ { "mid" }, C_OTHER, 0, 0 },
	{ { "midafternoon" }, C_OTHER, 0, 0 },
	{ { "midday" }, C_OTHER, 0, 0 },
	{ { "middle" }, C_OTHER, 0, 0 },
	{ { "midmorning" }, C_OTHER, 0, 0 },
	{ { "midnight" }, C_OTHER, 0, 0 },
	{ { "might" }, C_OTHER, 0, F_CTX },
	{ { "miles" }, C_OTHER, 0, 0 },
	{ { "million" }, C_OTHER, 0, F_CTX },
	{ { "mins" }, C_UNIT, U_MIN, F_PLURAL },
	{ { "minute" }, C_UNIT, U_MIN, 0 },
	{ { "minutes" }, C_UNIT, U_MIN, F_PLURAL },
	{ { "model" }, C_OTHER, 0, 0 },
	{ { "monday" }, C_WDAY, 1, 0 },
	{ { "mondays" }, C_WDAY, 1, F_PLURAL },
	{ { "month" }, C_UNIT, U_MONTH, 0 },
	{ { "monthly" }, C_SETW, U_MONTH, 0 },
	{ { "months" }, C_UNIT, U_MONTH, F_PLURAL },
	{ { "more" }, C_OTHER, 0, F_LEAD },
	{ { "morning" }, C_PART, P_MO, 0 },
	{ { "most" }, C_OTHER, 0, F_LEAD },
	{ { "mst" }, C_TZ, 0, 0 },
};

static const struct lex lex_n[] = {
	{ { "nd" }, C_OTHER, 0, 0 },
	{ { "near" }, C_OTHER, 0, 0 },
	{ { "nearly" }, C_OTHER, 0, 0 },
	{ { "new" }, C_OTHER, 0, F_LEAD },
	{ { "next" }, C_OTHER, 0, 0 },
	{ { "night" }, C_PART, P_NI, 0 },
	{ { "nightly" }, C_SETW, U_DAY, 0 },
	{ { "nine" }, C_NUM, 9, 0 },
	{ { "nineteen" }, C_NUM, 19, 0 },
	{ { "nineteenth" }, C_OTHER, 0, 0 },
	{ { "nineties" }, C_OTHER, 0, 0 },
	{ { "ninety" }, C_NUM, 90, 0 },
	{ { "ninth" }, C_ORD, 9, 0 },
	{ { "no" }, C_OTHER, 0, F_LEAD },
	{ { "noon" }, C_OTHER, 0, 0 },
	{ { "nov" }, C_MONTH, 11, F_ABBR },
	{ { "november" }, C_MONTH, 11, 0 },
	{ { "now" }, C_OTHER, 0, 0 },
	{ { "nowadays" }, C_OTHER, 0, 0 },
	{ { "number" }, C_OTHER, 0, F_CTX },
	{ { "numbered" }, C_OTHER, 0, 0 },
};

static const struct lex lex_o[] = {
	{ { "o" }, C_OTHER, 0, 0 },
	{ { "oct" }, C_MONTH, 10, F_ABBR },
	{ { "october" }, C_MONTH, 10, 0 },
	{ { "of" }, C_OTHER, 0, F_CTX },
	{ { "officers" }, C_OTHER, 0, 0 },
	{ { "old" }, C_OTHER, 0, F_CTX },
	{ { "olds" }, C_OTHER, 0, 0 },
	{ { "on" }, C_OTHER, 0, F_CTX },
	{ { "once" }, C_OTHER, 0, F_CTX },
	{ { "one" }, C_NUM, 1, F_LEAD },
	{ { "only" }, C_OTHER, 0, F_CTX },
	{ { "or" }, C_OTHER, 0, F_CTX },
	{ { "other" }, C_OTHER, 0, F_CTX },
	{ { "others" }, C_OTHER, 0, F_CTX },
	{ { "our" }, C_OTHER, 0, F_CTX },
	{ { "over" }, C_OTHER, 0, F_CTX },
};

static const struct lex lex_p[] = {
	{ { "p" }, C_OTHER, 0, 0 },
	{ { "page" }, C_OTHER, 0, 0 },
	{ { "pages" }, C_OTHER, 0, 0 },
	{ { "past" }, C_OTHER, 0, 0 },
	{ { "patients" }, C_OTHER, 0, 0 },
	{ { "pct" }, C_OTHER, 0, 0 },
	{ { "pdt" }, C_TZ, 0, 0 },
	{ { "people" }, C_OTHER, 0, F_CTX },
	{ { "per" }, C_OTHER, 0, 0 },
	{ { "percent" }, C_OTHER, 0, F_CTX },
	{ { "period" }, C_OTHER, 0, 0 },
	{ { "persons" }, C_OTHER, 0, 0 },
	{ { "plan" }, C_OTHER, 0, F_CTX },
	{ { "planes" }, C_OTHER, 0, 0 },
	{ { "planned" }, C_OTHER, 0, 0 },
	{ { "planning" }, C_OTHER, 0, F_CTX },
	{ { "plans" }, C_OTHER, 0, F_CTX },
	{ { "pm" }, C_OTHER, 0, 0 },
	{ { "points" }, C_OTHER, 0, F_CTX },
	{ { "police" }, C_OTHER, 0, F_CTX },
	{ { "pounds" }, C_OTHER, 0, 0 },
	{ { "preceding" }, C_OTHER, 0, 0 },
	{ { "present" }, C_OTHER, 0, 0 },
	{ { "presently" }, C_OTHER, 0, 0 },
	{ { "presidents" }, C_OTHER, 0, 0 },
	{ { "previous" }, C_OTHER, 0, 0 },
	{ { "prisoners" }, C_OTHER, 0, 0 },
	{ { "pst" }, C_TZ, 0, 0 },
	{ { "pupils" }, C_OTHER, 0, 0 },
};

static const struct lex lex_q[] = {
	{ { "quarter" }, C_UNIT, U_QUARTER, 0 },
	{ { "quarters" }, C_UNIT, U_QUARTER, F_PLURAL },
};

static const struct lex lex_r[] = {
	{ { "rd" }, C_OTHER, 0, 0 },
	{ { "recent" }, C_OTHER, 0, 0 },
	{ { "recently" }, C_OTHER, 0, 0 },
	{ { "refugees" }, C_OTHER, 0, 0 },
	{ { "reported" }, C_OTHER, 0, F_CTX },
	{ { "residents" }, C_OTHER, 0, 0 },
	{ { "resolution" }, C_OTHER, 0, 0 },
	{ { "right" }, C_OTHER, 0, F_CTX },
	{ { "room" }, C_OTHER, 0, 0 },
	{ { "rooms" }, C_OTHER, 0, 0 },
	{ { "roughly" }, C_OTHER, 0, 0 },
	{ { "route" }, C_OTHER, 0, 0 },
	{ { "rule" }, C_OTHER, 0, 0 },
	{ { "rupees" }, C_OTHER, 0, 0 },
};

static const struct lex lex_s[] = {
	{ { "s" }, C_OTHER, 0, F_CTX },
	{ { "said" }, C_OTHER, 0, F_CTX },
	{ { "same" }, C_OTHER, 0, F_LEAD },
	{ { "saturday" }, C_WDAY, 6, 0 },
	{ { "saturdays" }, C_WDAY, 6, F_PLURAL },
	{ { "says" }, C_OTHER, 0, F_CTX },
	{ { "scheduled" }, C_OTHER, 0, 0 },
	{ { "second" }, C_ORD, 2, 0 },
	{ { "seconds" }, C_UNIT, U_SEC, F_PLURAL },
	{ { "section" }, C_OTHER, 0, 0 },
	{ { "sep" }, C_MONTH, 9, F_ABBR },
	{ { "sept" }, C_MONTH, 9, F_ABBR },
	{ { "september" }, C_MONTH, 9, 0 },
	{ { "seven" }, C_NUM, 7, 0 },
	{ { "seventeen" }, C_NUM, 17, 0 },
	{ { "seventh" }, C_ORD, 7, 0 },
	{ { "seventies" }, C_OTHER, 0, 0 },
	{ { "seventy" }, C_NUM, 70, 0 },
	{ { "several" }, C_OTHER, 0, 0 },
	{ { "shall" }, C_OTHER, 0, 0 },
	{ { "shares" }, C_OTHER, 0, F_CTX },
	{ { "ships" }, C_OTHER, 0, 0 },
	{ { "short" }, C_OTHER, 0, F_CTX },
	{ { "since" }, C_OTHER, 0, F_CTX },
	{ { "six" }, C_NUM, 6, 0 },
	{ { "sixteen" }, C_NUM, 16, 0 },
	{ { "sixth" }, C_ORD, 6, 0 },
	{ { "sixties" }, C_OTHER, 0, 0 },
	{ { "sixty" }, C_NUM, 60, 0 },
	{ { "so" }, C_OTHER, 0, F_CTX },
	{ { "soldiers" }, C_OTHER, 0, 0 },
	{ { "some" }, C_OTHER, 0, F_LEAD },
	{ { "soon" }, C_OTHER, 0, 0 },
	{ { "spring" }, C_SEASON, S_SP, 0 },
	{ { "square" }, C_OTHER, 0, 0 },
	{ { "st" }, C_OTHER, 0, 0 },
	{ { "start" }, C_OTHER, 0, 0 },
	{ { "straight" }, C_OTHER, 0, 0 },
	{ { "students" }, C_OTHER, 0, 0 },
	{ { "suite" }, C_OTHER, 0, 0 },
	{ { "summer" }, C_SEASON, S_SU, 0 },
	{ { "sunday" }, C_WDAY, 7, 0 },
	{ { "sundays" }, C_WDAY, 7, F_PLURAL },
};

static const struct lex lex_t[] = {
	{ { "tanks" }, C_OTHER, 0, 0 },
	{ { "teachers" }, C_OTHER, 0, 0 },
	{ { "ten" }, C_NUM, 10, 0 },
	{ { "tenth" }, C_ORD, 10, 0 },
	{ { "term" }, C_OTHER, 0, F_CTX },
	{ { "th" }, C_OTHER, 0, 0 },
	{ { "than" }, C_OTHER, 0, F_CTX },
	{ { "thanksgiving" }, C_OTHER, 0, 0 },
	{ { "that" }, C_OTHER, 0, F_LEAD },
	{ { "the" }, C_OTHER, 0, F_LEAD },
	{ { "their" }, C_OTHER, 0, F_CTX },
	{ { "these" }, C_OTHER, 0, F_LEAD },
	{ { "third" }, C_ORD, 3, 0 },
	{ { "thirteen" }, C_NUM, 13, 0 },
	{ { "thirties" }, C_OTHER, 0, 0 },
	{ { "thirty" }, C_NUM, 30, 0 },
	{ { "this" }, C_OTHER, 0, F_LEAD },
	{ { "those" }, C_OTHER, 0, F_CTX },
	{ { "thousand" }, C_OTHER, 0, 0 },
	{ { "three" }, C_NUM, 3, F_LEAD },
	{ { "through" }, C_OTHER, 0, F_CTX },
	{ { "thursday" }, C_WDAY, 4, 0 },
	{ { "thursdays" }, C_WDAY, 4, F_PLURAL },
	{ { "till" }, C_OTHER, 0, 0 },
	{ { "times" }, C_OTHER, 0, F_CTX },
	{ { "to" }, C_OTHER, 0, F_CTX },
	{ { "today" }, C_OTHER, 0, 0 },
	{ { "told" }, C_OTHER, 0, F_CTX },
	{ { "tomorrow" }, C_OTHER, 0, 0 },
	{ { "tonight" }, C_OTHER, 0, 0 },
	{ { "tonnes" }, C_OTHER, 0, 0 },
	{ { "tons" }, C_OTHER, 0, 0 },
	{ { "took" }, C_OTHER, 0, F_CTX },
	{ { "top" }, C_OTHER, 0, F_CTX },
	{ { "total" }, C_OTHER, 0, 0 },
	{ { "trading" }, C_OTHER, 0, 0 },
	{ { "trillion" }, C_OTHER, 0, 0 },
	{ { "troops" }, C_OTHER, 0, 0 },
	{ { "tuesday" }, C_WDAY, 2, 0 },
	{ { "tuesdays" }, C_WDAY, 2, F_PLURAL },
	{ { "twelfth" }, C_ORD, 12, 0 },
	{ { "twelve" }, C_NUM, 12, 0 },
	{ { "twenties" }, C_OTHER, 0, 0 },
	{ { "twentieth" }, C_OTHER, 0, 0 },
	{ { "twenty" }, C_NUM, 20, 0 },
	{ { "twice" }, C_OTHER, 0, 0 },
	{ { "two" }, C_NUM, 2, F_LEAD },
};

static const struct lex lex_u[] = {
	{ { "under" }, C_OTHER, 0, F_CTX },
	{ { "unit" }, C_OTHER, 0, 0 },
	{ { "units" }, C_OTHER, 0, 0 },
	{ { "until" }, C_OTHER, 0, F_CTX },
	{ { "up" }, C_OTHER, 0, F_LEAD },
	{ { "upcoming" }, C_OTHER, 0, 0 },
	{ { "utc" }, C_TZ, 0, 0 },
};

static const struct lex lex_v[] = {
	{ { "valentine" }, C_OTHER, 0, 0 },
	{ { "veterans" }, C_OTHER, 0, 0 },
	{ { "villages" }, C_OTHER, 0, 0 },
	{ { "visitors" }, C_OTHER, 0, 0 },
	{ { "votes" }, C_OTHER, 0, 0 },
};

static const struct lex lex_w[] = {
	{ { "was" }, C_OTHER, 0, F_CTX },
	{ { "wednesday" }, C_WDAY, 3, 0 },
	{ { "wednesdays" }, C_WDAY, 3, F_PLURAL },
	{ { "week" }, C_UNIT, U_WEEK, 0 },
	{ { "weekend" }, C_OTHER, 0, 0 },
	{ { "weekly" }, C_SETW, U_WEEK, 0 },
	{ { "weeks" }, C_UNIT, U_WEEK, F_PLURAL },
	{ { "went" }, C_OTHER, 0, 0 },
	{ { "were" }, C_OTHER, 0, F_CTX },
	{ { "whole" }, C_OTHER, 0, 0 },
	{ { "will" }, C_OTHER, 0, F_CTX },
	{ { "winter" }, C_SEASON, S_WI, 0 },
	{ { "within" }, C_OTHER, 0, 0 },
	{ { "women" }, C_OTHER, 0, F_CTX },
	{ { "won" }, C_OTHER, 0, F_CTX },
	{ { "words" }, C_OTHER, 0, 0 },
	{ { "workers" }, C_OTHER, 0, F_CTX },
	{ { "would" }, C_OTHER, 0, F_CTX },
};

static const struct lex lex_y[] = {
	{ { "yards" }, C_OTHER, 0, 0 },
	{ { "year" }, C_UNIT, U_YEAR, 0 },
	{ { "yearly" }, C_SETW, U_YEAR, 0 },
	{ { "years" }, C_UNIT, U_YEAR, F_PLURAL },
	{ { "yen" }, C_OTHER, 0, 0 },
	{ { "yesterday" }, C_OTHER, 0, 0 },
};

/* The words of each first letter, which lex_build() hashes. */
static const struct {
	const struct lex	*v;
	size_t			 n;
} lexicon[26] = {
	['a' - 'a'] = { lex_a, sizeof(lex_a) / sizeof(lex_a[0]) },
	['b' - 'a'] = { lex_b, sizeof(lex_b) / sizeof(lex_b[0]) },
	['c' - 'a'] = { lex_c, sizeof(lex_c) / sizeof(lex_c[0]) },
	['d' - 'a'] = { lex_d, sizeof(lex_d) / sizeof(lex_d[0]) },
	['e' - 'a'] = { lex_e, sizeof(lex_e) / sizeof(lex_e[0]) },
	['f' - 'a'] = { lex_f, sizeof(lex_f) / sizeof(lex_f[0]) },
	['g' - 'a'] = { lex_g, sizeof(lex_g) / sizeof(lex_g[0]) },
	['h' - 'a'] = { lex_h, sizeof(lex_h) / sizeof(lex_h[0]) },
	['i' - 'a'] = { lex_i, sizeof(lex_i) / sizeof(lex_i[0]) },
	['j' - 'a'] = { lex_j, sizeof(lex_j) / sizeof(lex_j[0]) },
	['k' - 'a'] = { lex_k, sizeof(lex_k) / sizeof(lex_k[0]) },
	['l' - 'a'] = { lex_l, sizeof(lex_l) / sizeof(lex_l[0]) },
	['m' - 'a'] = { lex_m, sizeof(lex_m) / sizeof(lex_m[0]) },
	['n' - 'a'] = { lex_n, sizeof(lex_n) / sizeof(lex_n[0]) },
	['o' - 'a'] = { lex_o, sizeof(lex_o) / sizeof(lex_o[0]) },
	['p' - 'a'] = { lex_p, sizeof(lex_p) / sizeof(lex_p[0]) },
	['q' - 'a'] = { lex_q, sizeof(lex_q) / sizeof(lex_q[0]) },
	['r' - 'a'] = { lex_r, sizeof(lex_r) / sizeof(lex_r[0]) },
	['s' - 'a'] = { lex_s, sizeof(lex_s) / sizeof(lex_s[0]) },
	['t' - 'a'] = { lex_t, sizeof(lex_t) / sizeof(lex_t[0]) },
	['u' - 'a'] = { lex_u, sizeof(lex_u) / sizeof(lex_u[0]) },
	['v' - 'a'] = { lex_v, sizeof(lex_v) / sizeof(lex_v[0]) },
	['w' - 'a'] = { lex_w, sizeof(lex_w) / sizeof(lex_w[0]) },
	['y' - 'a'] = { lex_y, sizeof(lex_y) / sizeof(lex_y[0]) },
};

static const char *const season_code[] = { "SP", "SU", "FA", "WI" };
static const char *const part_code[] = { "MO", "AF", "EV", "NI" };

struct tok {
	uint32_t	 start, end;
	uint8_t		 kind;
	uint8_t		 sp;		/* whitespace (or text start) before */
	uint8_t		 cap;		/* word starts upper-case */
	uint8_t		 ndig;		/* digits of a number */
	uint32_t	 ch;		/* punctuation, dashes and quotes folded */
	int32_t		 num;		/* number value; -1 if too long */
	const struct lex *lex;		/* lexicon entry of a word, or NULL */
	union {				/* lower-cased ASCII word, */
		char	 low[TOK_LOW_MAX]; /* zero-padded */
		uint64_t key[TOK_LOW_MAX / 8];
	};
};
_Static_assert(TOK_LOW_MAX == 16, "w_eq() compares two 64-bit words");


static const struct tok tok_none;

struct scan {
	const char	*s;
	size_t		 len, pos;
	size_t		 n;		/* tokens scanned so far */
	struct tok	 ring[RING];
};

struct ctx {
	struct scan	 sc;
	int		 has_pub;
	struct cal_date	 pub;
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
	int		 has_ref;
	struct cal_date	 ref;
	int		 ref_gran;	/* enum gran: G_DAY, G_MONTH, G_YEAR */
};

/* What a rule found: a span of tokens [i, i + ntok) and its TIMEX3. */
struct hit {
	long		 ntok;
	uint32_t	 start, end;
	enum timex_type	 type;
	enum timex_mod	 mod;
	char		 value[TIMEX_VALUE_MAX];
};

/*
 * The lexicon as an open-addressing hash table of its 128-bit keys, built
 * once before main() from the const arrays above (it is derived data,
 * never written after): the scanner looks up every word of the body,
 * most of them absent, and two multiplies and a probe or two cost a
 * fraction of the binary search per first letter it replaced.  A
 * quarter full at most, so a miss ends on an empty slot within a couple
 * of probes.
 */
#define LEX_HASH_BITS	11
#define LEX_SLOTS	(1u << LEX_HASH_BITS)
#define LEX_WORDS	(sizeof(lex_a) / sizeof(lex_a[0]) + \
	sizeof(lex_b) / sizeof(lex_b[0]) + sizeof(lex_c) / sizeof(lex_c[0]) + \
	sizeof(lex_d) / sizeof(lex_d[0]) + sizeof(lex_e) / sizeof(lex_e[0]) + \
	sizeof(lex_f) / sizeof(lex_f[0]) + sizeof(lex_g) / sizeof(lex_g[0]) + \
	sizeof(lex_h) / sizeof(lex_h[0]) + sizeof(lex_i) / sizeof(lex_i[0]) + \
	sizeof(lex_j) / sizeof(lex_j[0]) + sizeof(lex_k) / sizeof(lex_k[0]) + \
	sizeof(lex_l) / sizeof(lex_l[0]) + sizeof(lex_m) / sizeof(lex_m[0]) + \
	sizeof(lex_n) / sizeof(lex_n[0]) + sizeof(lex_o) / sizeof(lex_o[0]) + \
	sizeof(lex_p) / sizeof(lex_p[0]) + sizeof(lex_q) / sizeof(lex_q[0]) + \
	sizeof(lex_r) / sizeof(lex_r[0]) + sizeof(lex_s) / sizeof(lex_s[0]) + \
	sizeof(lex_t) / sizeof(lex_t[0]) + sizeof(lex_u) / sizeof(lex_u[0]) + \
	sizeof(lex_v) / sizeof(lex_v[0]) + sizeof(lex_w) / sizeof(lex_w[0]) + \
	sizeof(lex_y) / sizeof(lex_y[0]))
_Static_assert(LEX_WORDS * 4 <= LEX_SLOTS,
    "the lexicon outgrew its hash table: raise LEX_HASH_BITS");

static const struct lex *lex_slot[LEX_SLOTS];

static inline size_t
lex_hash(const uint64_t *key)
{
	uint64_t h = (key[0] ^ (key[1] * 0x9e3779b97f4a7c15u)) *
	    0xff51afd7ed558ccdu;

	return (size_t)(h >> (64 - LEX_HASH_BITS));
}

static void lex_build(void) __attribute__((constructor));

static void
lex_build(void)
{
	size_t l, k, h;

	for (l = 0; l < 26; l++)
		for (k = 0; k < lexicon[l].n; k++) {
			h = lex_hash(lexicon[l].v[k].w.key);
			while (lex_slot[h] != NULL)
				h = (h + 1) & (LEX_SLOTS - 1);
			lex_slot[h] = &lexicon[l].v[k];
		}
}

static inline const struct lex *
lex_find(const uint64_t *key)
{
	const struct lex *e;
	size_t h = lex_hash(key);

	while ((e = lex_slot[h]) != NULL) {
		if (e->w.key[0] == key[0] && e->w.key[1] == key[1])
			return e;
		h = (h + 1) & (LEX_SLOTS - 1);
	}
	return NULL;
}

static int
is_space_cp(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' || c == '\v' || c == 0xa0 ||
	    (c >= 0x2000 && c <= 0x200b) || c == 0x202f || c == 0x205f ||
	    c == 0x3000 || c == 0xfeff;
}

/* Letters: ASCII ones, and any non-ASCII code point that is not one of
 * the punctuation, symbol or currency blocks. */
static int
is_letter_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	if (c <= 0xbf || c == 0xd7 || c == 0xf7)
		return 0;
	if (c >= 0x2000 && c <= 0x2bff)
		return 0;
	if ((c >= 0x3000 && c <= 0x303f) || c == 0xfffd ||
	    (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff20))
		return 0;
	return 1;
}

/* Fold the typographic variants the grammar treats alike. */
static uint32_t
fold_punct(uint32_t c)
{
	switch (c) {
	case 0x2018: case 0x2019: case 0x2032:
		return '\'';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013:
		return '-';
	default:
		return c;
	}
}

/*
 * Byte classes of ASCII for the scanner's fast path; a byte >= 0x80
 * starts a multi-byte character that takes the slow path through
 * utf8_next() and the code point predicates.
 */
enum { B_PUNCT, B_SPACE, B_DIGIT, B_UPPER, B_LOWER, B_HIGH };

static const uint8_t byte_class[256] = {
	['\t'] = B_SPACE, ['\n'] = B_SPACE, ['\v'] = B_SPACE,
	['\f'] = B_SPACE, ['\r'] = B_SPACE, [' '] = B_SPACE,
	['0'] = B_DIGIT, ['1'] = B_DIGIT, ['2'] = B_DIGIT, ['3'] = B_DIGIT,
	['4'] = B_DIGIT, ['5'] = B_DIGIT, ['6'] = B_DIGIT, ['7'] = B_DIGIT,
	['8'] = B_DIGIT, ['9'] = B_DIGIT,
	['A'] = B_UPPER, ['B'] = B_UPPER, ['C'] = B_UPPER, ['D'] = B_UPPER,
	['E'] = B_UPPER, ['F'] = B_UPPER, ['G'] = B_UPPER, ['H'] = B_UPPER,
	['I'] = B_UPPER, ['J'] = B_UPPER, ['K'] = B_UPPER, ['L'] = B_UPPER,
	['M'] = B_UPPER, ['N'] = B_UPPER, ['O'] = B_UPPER, ['P'] = B_UPPER,
	['Q'] = B_UPPER, ['R'] = B_UPPER, ['S'] = B_UPPER, ['T'] = B_UPPER,
	['U'] = B_UPPER, ['V'] = B_UPPER, ['W'] = B_UPPER, ['X'] = B_UPPER,
	['Y'] = B_UPPER, ['Z'] = B_UPPER,
	['a'] = B_LOWER, ['b'] = B_LOWER, ['c'] = B_LOWER, ['d'] = B_LOWER,
	['e'] = B_LOWER, ['f'] = B_LOWER, ['g'] = B_LOWER, ['h'] = B_LOWER,
	['i'] = B_LOWER, ['j'] = B_LOWER, ['k'] = B_LOWER, ['l'] = B_LOWER,
	['m'] = B_LOWER, ['n'] = B_LOWER, ['o'] = B_LOWER, ['p'] = B_LOWER,
	['q'] = B_LOWER, ['r'] = B_LOWER, ['s'] = B_LOWER, ['t'] = B_LOWER,
	['u'] = B_LOWER, ['v'] = B_LOWER, ['w'] = B_LOWER, ['x'] = B_LOWER,
	['y'] = B_LOWER, ['z'] = B_LOWER,
	[0x80] = B_HIGH, [0x81] = B_HIGH, [0x82] = B_HIGH, [0x83] = B_HIGH,
	[0x84] = B_HIGH, [0x85] = B_HIGH, [0x86] = B_HIGH, [0x87] = B_HIGH,
	[0x88] = B_HIGH, [0x89] = B_HIGH, [0x8a] = B_HIGH, [0x8b] = B_HIGH,
	[0x8c] = B_HIGH, [0x8d] = B_HIGH, [0x8e] = B_HIGH, [0x8f] = B_HIGH,
	[0x90] = B_HIGH, [0x91] = B_HIGH, [0x92] = B_HIGH, [0x93] = B_HIGH,
	[0x94] = B_HIGH, [0x95] = B_HIGH, [0x96] = B_HIGH, [0x97] = B_HIGH,
	[0x98] = B_HIGH, [0x99] = B_HIGH, [0x9a] = B_HIGH, [0x9b] = B_HIGH,
	[0x9c] = B_HIGH, [0x9d] = B_HIGH, [0x9e] = B_HIGH, [0x9f] = B_HIGH,
	[0xa0] = B_HIGH, [0xa1] = B_HIGH, [0xa2] = B_HIGH, [0xa3] = B_HIGH,
	[0xa4] = B_HIGH, [0xa5] = B_HIGH, [0xa6] = B_HIGH, [0xa7] = B_HIGH,
	[0xa8] = B_HIGH, [0xa9] = B_HIGH, [0xaa] = B_HIGH, [0xab] = B_HIGH,
	[0xac] = B_HIGH, [0xad] = B_HIGH, [0xae] = B_HIGH, [0xaf] = B_HIGH,
	[0xb0] = B_HIGH, [0xb1] = B_HIGH, [0xb2] = B_HIGH, [0xb3] = B_HIGH,
	[0xb4] = B_HIGH, [0xb5] = B_HIGH, [0xb6] = B_HIGH, [0xb7] = B_HIGH,
	[0xb8] = B_HIGH, [0xb9] = B_HIGH, [0xba] = B_HIGH, [0xbb] = B_HIGH,
	[0xbc] = B_HIGH, [0xbd] = B_HIGH, [0xbe] = B_HIGH, [0xbf] = B_HIGH,
	[0xc0] = B_HIGH, [0xc1] = B_HIGH, [0xc2] = B_HIGH, [0xc3] = B_HIGH,
	[0xc4] = B_HIGH, [0xc5] = B_HIGH, [0xc6] = B_HIGH, [0xc7] = B_HIGH,
	[0xc8] = B_HIGH, [0xc9] = B_HIGH, [0xca] = B_HIGH, [0xcb] = B_HIGH,
	[0xcc] = B_HIGH, [0xcd] = B_HIGH, [0xce] = B_HIGH, [0xcf] = B_HIGH,
	[0xd0] = B_HIGH, [0xd1] = B_HIGH, [0xd2] = B_HIGH, [0xd3] = B_HIGH,
	[0xd4] = B_HIGH, [0xd5] = B_HIGH, [0xd6] = B_HIGH, [0xd7] = B_HIGH,
	[0xd8] = B_HIGH, [0xd9] = B_HIGH, [0xda] = B_HIGH, [0xdb] = B_HIGH,
	[0xdc] = B_HIGH, [0xdd] = B_HIGH, [0xde] = B_HIGH, [0xdf] = B_HIGH,
	[0xe0] = B_HIGH, [0xe1] = B_HIGH, [0xe2] = B_HIGH, [0xe3] = B_HIGH,
	[0xe4] = B_HIGH, [0xe5] = B_HIGH, [0xe6] = B_HIGH, [0xe7] = B_HIGH,
	[0xe8] = B_HIGH, [0xe9] = B_HIGH, [0xea] = B_HIGH, [0xeb] = B_HIGH,
	[0xec] = B_HIGH, [0xed] = B_HIGH, [0xee] = B_HIGH, [0xef] = B_HIGH,
	[0xf0] = B_HIGH, [0xf1] = B_HIGH, [0xf2] = B_HIGH, [0xf3] = B_HIGH,
	[0xf4] = B_HIGH, [0xf5] = B_HIGH, [0xf6] = B_HIGH, [0xf7] = B_HIGH,
	[0xf8] = B_HIGH, [0xf9] = B_HIGH, [0xfa] = B_HIGH, [0xfb] = B_HIGH,
	[0xfc] = B_HIGH, [0xfd] = B_HIGH, [0xfe] = B_HIGH, [0xff] = B_HIGH,
};

/* The lower-case form of an ASCII letter; 0 for every other byte. */
#define LOW2(x)	[x] = (x) | 0x20, [(x) | 0x20] = (x) | 0x20
static const char lower_of[256] = {
	LOW2('A'), LOW2('B'), LOW2('C'), LOW2('D'), LOW2('E'), LOW2('F'),
	LOW2('G'), LOW2('H'), LOW2('I'), LOW2('J'), LOW2('K'), LOW2('L'),
	LOW2('M'), LOW2('N'), LOW2('O'), LOW2('P'), LOW2('Q'), LOW2('R'),
	LOW2('S'), LOW2('T'), LOW2('U'), LOW2('V'), LOW2('W'), LOW2('X'),
	LOW2('Y'), LOW2('Z'),
};
#undef LOW2

/*
 * The code point at p and the position after it: one table load for
 * ASCII, utf8_next() for the rest.  *cls is the byte class for ASCII, or
 * B_HIGH.
 */
static inline uint32_t
scan_cp(const struct scan *sc, size_t p, size_t *q, int *cls)
{
	unsigned char b = (unsigned char)sc->s[p];

	*cls = byte_class[b];
	if (*cls != B_HIGH) {
		*q = p + 1;
		return b;
	}
	*q = p;
	return utf8_next(sc->s, sc->len, q);
}

/*
 * The run of ASCII letters from b (up to e): its length; each letter
 * lower-cased into low[] from position n on, wrapping past the end (a
 * word that long is cleared by the caller).  Out of line, so that its
 * loop keeps its pointers in registers: inlined in scan_one() they were
 * spilled, at twice the instructions per letter.
 */
static __attribute__((noinline)) size_t
letter_run(const unsigned char *b, const unsigned char *e, char *low,
    int n)
{
	const unsigned char *x = b;
	char l;

	while (x < e && (l = lower_of[*x]) != 0) {
		low[(unsigned)n++ & (TOK_LOW_MAX - 1)] = l;
		x++;
	}
	return (size_t)(x - b);
}

/* Scan one token into *t; 0 at the end of the text. */
static __attribute__((noinline)) int
scan_one(struct scan *sc, struct tok *t)
{
	size_t p = sc->pos, q;
	uint32_t c;
	int sp = p == 0, n, cls;

	for (;;) {
		if (p >= sc->len)
			return 0;
		c = scan_cp(sc, p, &q, &cls);
		if (cls == B_SPACE || (cls == B_HIGH && is_space_cp(c))) {
			sp = 1;
			p = q;
			continue;
		}
		break;
	}
	memset(t, 0, sizeof(*t));
	t->start = (uint32_t)p;
	t->sp = (uint8_t)sp;
	if (cls == B_DIGIT) {
		int64_t v = 0;

		n = 0;
		while (p < sc->len && sc->s[p] >= '0' && sc->s[p] <= '9') {
			if (n < NUM_DIGITS_MAX)
				v = v * 10 + (sc->s[p] - '0');
			n++;
			p++;
		}
		t->kind = TK_NUM;
		t->ndig = (uint8_t)(n > 255 ? 255 : n);
		t->num = n <= NUM_DIGITS_MAX ? (int32_t)v : -1;
	} else if (cls == B_UPPER || cls == B_LOWER ||
	    (cls == B_HIGH && is_letter_cp(c))) {
		const unsigned char *u = (const unsigned char *)sc->s;
		size_t k;
		int ascii = 1;

		n = 0;
		t->kind = TK_WORD;
		t->cap = cls == B_UPPER;
		for (;;) {
			/* the ASCII letters, one table load each; a longer
			 * word wraps in low[] but is cleared below */
			k = letter_run(u + p, u + sc->len, t->low, n);
			n += (int)k;
			p += k;
			if (p >= sc->len || byte_class[u[p]] != B_HIGH)
				break;
			c = scan_cp(sc, p, &q, &cls);
			if (!is_letter_cp(c))
				break;
			ascii = 0;
			n++;
			p = q;
		}
		if (!ascii || n >= TOK_LOW_MAX)
			memset(t->low, 0, sizeof(t->low));
		else if (t->low[0] != '\0')
			t->lex = lex_find(t->key);
	} else {
		t->kind = TK_PUNCT;
		t->ch = fold_punct(c);
		p = q;
	}
	t->end = (uint32_t)p;
	sc->pos = p;
	return 1;
}

/*
 * tk()'s slow path: token i is not in the ring yet, or no longer.  It
 * scans TK_BATCH tokens past i at once, so the slow path is taken once
 * in so many tokens.
 */
static __attribute__((noinline)) const struct tok *
tk_scan(struct scan *sc, long i)
{
	if (i < 0 || (size_t)i + RING <= sc->n)
		return &tok_none;
	while ((size_t)i + TK_BATCH >= sc->n) {
		if (!scan_one(sc, &sc->ring[sc->n % RING]))
			break;
		sc->n++;
	}
	return (size_t)i < sc->n ? &sc->ring[(size_t)i % RING] : &tok_none;
}

/*
 * Token i of the text (absolute), scanning ahead as needed.  The rules
 * ask for a dozen tokens around each one they try, so the common case,
 * a token already in the ring, is one comparison inline: i in
 * [n - RING, n) (as unsigned arithmetic, which also sends a negative i
 * to the slow path).
 */
static inline __attribute__((always_inline)) const struct tok *
tk(struct ctx *c, long i)
{
	struct scan *sc = &c->sc;

	if ((size_t)i < sc->n && sc->n - (size_t)i <= RING)
		return &sc->ring[(size_t)i % RING];
	return tk_scan(sc, i);
}

/*
 * Is the word the literal w?  The token's lowered copy is zero-padded to
 * TOK_LOW_MAX, and so is the literal's key (a constant the compiler
 * folds), so the test is two 64-bit comparisons: the grammar asks it
 * hundreds of times per token.  A literal too long for the key fails to
 * compile (initializer-string too long).
 */
#define W(t, w)	w_eq((t), (const union wkey){ .low = "" w })

static inline int
w_eq(const struct tok *t, union wkey k)
{
	return t->kind == TK_WORD && t->key[0] == k.key[0] &&
	    t->key[1] == k.key[1];
}

/* One of a NULL-terminated list of words; the first letter rules out
 * nearly every entry before a string comparison. */
static int
WL(const struct tok *t, const char *const *ws)
{
	if (t->kind != TK_WORD || t->low[0] == '\0')
		return 0;
	for (; *ws != NULL; ws++)
		if ((*ws)[0] == t->low[0] && strcmp(t->low, *ws) == 0)
			return 1;
	return 0;
}

static int
P(const struct tok *t, uint32_t ch)
{
	return t->kind == TK_PUNCT && t->ch == ch;
}

/* Glued to the token before it (no whitespace between). */
static int
adj(const struct tok *t)
{
	return t->kind != TK_NONE && !t->sp;
}

static const struct lex *
L(const struct tok *t, int cls)
{
	if (t->kind == TK_WORD && t->lex != NULL && t->lex->cls == cls)
		return t->lex;
	return NULL;
}

static int
is_num(const struct tok *t, int mindig, int maxdig)
{
	return t->kind == TK_NUM && t->num >= 0 && t->ndig >= mindig &&
	    t->ndig <= maxdig;
}

static int
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

static int
is_sentence_end(const struct tok *t)
{
	return t->kind == TK_NONE || P(t, '.') || P(t, '!') || P(t, '?') ||
	    P(t, ';');
}

/*
 * A number token that is really a piece of a larger number, an amount,
 * a score, a ratio, a version or a phone number: something glued to it
 * on either side by punctuation and more digits, or money before it.
 */
static int
num_embedded_before(struct ctx *c, long i)
{
	const struct tok *p = tk(c, i - 1), *pp = tk(c, i - 2);

	if (is_currency(p) || (adj(tk(c, i)) && p->kind == TK_WORD))
		return 1;
	return adj(tk(c, i)) && (P(p, '.') || P(p, ',') || P(p, '/') ||
	    P(p, ':') || P(p, '-') || P(p, '+')) && pp->kind == TK_NUM &&
	    adj(p);
}

static int
num_embedded(struct ctx *c, long i)
{
	const struct tok *n = tk(c, i + 1), *nn = tk(c, i + 2);

	if (num_embedded_before(c, i))
		return 1;
	if (adj(n) && (P(n, '.') || P(n, ',') || P(n, '/') || P(n, ':') ||
	    P(n, '-')) && nn->kind == TK_NUM && adj(nn))
		return 1;
	if ((adj(n) && P(n, '%')) || W(n, "percent") || W(n, "pct"))
		return 1;
	return 0;
}

/* --- values --- */

/* Ordered fine to coarse: a larger one says less. */
enum gran { G_DAY, G_WEEK, G_MONTH, G_QUARTER, G_YEAR, G_DECADE,
	G_CENTURY };

static enum gran unit_gran(enum unit);
static struct cal_date shift(struct cal_date, enum unit, int);

static void hit_set(struct hit *, enum timex_type, const char *, ...)
    __attribute__((format(printf, 3, 4)));

static void
hit_set(struct hit *h, enum timex_type type, const char *fmt, ...)
{
	va_list ap;

	h->type = type;
	va_start(ap, fmt);
	vsnprintf(h->value, sizeof(h->value), fmt, ap);
	va_end(ap);
}

/* Format a date at a granularity; without an anchor, X-ed out. */
static void
fmt_gran(char *buf, size_t len, int has, struct cal_date d, enum gran g)
{
	int wy, w;

	switch (g) {
	case G_DAY:
		if (has)
			snprintf(buf, len, "%04d-%02d-%02d", d.year, d.month,
			    d.day);
		else
			snprintf(buf, len, "XXXX-XX-XX");
		break;
	case G_WEEK:
		if (has) {
			cal_iso_week(d.year, d.month, d.day, &wy, &w);
			snprintf(buf, len, "%04d-W%02d", wy, w);
		} else
			snprintf(buf, len, "XXXX-WXX");
		break;
	case G_MONTH:
		if (has)
			snprintf(buf, len, "%04d-%02d", d.year, d.month);
		else
			snprintf(buf, len, "XXXX-XX");
		break;
	case G_QUARTER:
		if (has)
			snprintf(buf, len, "%04d-Q%d", d.year,
			    cal_quarter(d.month));
		else
			snprintf(buf, len, "XXXX-QX");
		break;
	case G_YEAR:
		if (has)
			snprintf(buf, len, "%04d", d.year);
		else
			snprintf(buf, len, "XXXX");
		break;
	case G_DECADE:
		if (has)
			snprintf(buf, len, "%03d", d.year / 10);
		else
			snprintf(buf, len, "XXX");
		break;
	case G_CENTURY:
		if (has)
			snprintf(buf, len, "%02d", d.year / 100);
		else
			snprintf(buf, len, "XX");
		break;
	}
}

static void
hit_gran(struct hit *h, struct ctx *c, struct cal_date d, enum gran g)
{
	h->type = TIMEX_DATE;
	fmt_gran(h->value, sizeof(h->value), c->has_pub, d, g);
}

/* A day with a part of it: 2016-08-15TMO (a TIMEX3 TIME). */
static void
hit_day_part(struct hit *h, struct ctx *c, struct cal_date d,
    const char *part)
{
	char day[TIMEX_VALUE_MAX];

	fmt_gran(day, sizeof(day), c->has_pub, d, G_DAY);
	hit_set(h, TIMEX_TIME, "%sT%s", day, part);
}

/*
 * The calendar date a TIMEX3 value names, to its granularity: YYYY,
 * YYYY-MM, YYYY-MM-DD (and a time after it); any other value after the
 * year (a week, quarter, season) counts as the year.  0 if the value is
 * not a calendar date (a duration, PRESENT_REF, X-values).
 */
static int
value_date(const char *v, struct cal_date *d, int *gran)
{
	int k;

	for (k = 0; k < 4; k++)
		if (v[k] < '0' || v[k] > '9')
			return 0;
	if (v[4] != '\0' && v[4] != '-')
		return 0;
	d->year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 +
	    (v[2] - '0') * 10 + (v[3] - '0');
	d->month = d->day = 1;
	*gran = G_YEAR;
	if (v[4] != '-' || v[5] < '0' || v[5] > '9' || v[6] < '0' ||
	    v[6] > '9')
		return 1;
	d->month = (v[5] - '0') * 10 + (v[6] - '0');
	*gran = G_MONTH;
	if (v[7] == '-' && v[8] >= '0' && v[8] <= '9' && v[9] >= '0' &&
	    v[9] <= '9') {
		d->day = (v[8] - '0') * 10 + (v[9] - '0');
		*gran = G_DAY;
	}
	if (!cal_valid(d->year, d->month, d->day)) {
		d->month = d->day = 1;
		*gran = G_YEAR;
	}
	return 1;
}

/*
 * An anaphoric date: the reference date shifted by n units, at the
 * unit's granularity; the parts the reference does not give are X
 * ("1998 ... that same day" is 1998-XX-XX).  Without a reference, the
 * publication date.
 */
static void
hit_anaphoric(struct hit *h, struct ctx *c, enum unit u, int n)
{
	struct cal_date d;
	enum gran g = unit_gran(u);

	if (!c->has_ref) {
		hit_gran(h, c, shift(c->pub, u, n), g);
		return;
	}
	d = shift(c->ref, u, n);
	h->type = TIMEX_DATE;
	if ((int)g >= c->ref_gran) {
		fmt_gran(h->value, sizeof(h->value), 1, d, g);
		return;
	}
	/* finer than the reference: the parts it does not give are X */
	if (g == G_WEEK)
		snprintf(h->value, sizeof(h->value), "%04d-WXX", d.year);
	else if (c->ref_gran == G_MONTH)
		snprintf(h->value, sizeof(h->value), "%04d-%02d-XX", d.year,
		    d.month);
	else if (g == G_MONTH)
		snprintf(h->value, sizeof(h->value), "%04d-XX", d.year);
	else
		snprintf(h->value, sizeof(h->value), "%04d-XX-XX", d.year);
}

/* Shift the publication date by n units. */
static struct cal_date
shift(struct cal_date d, enum unit u, int n)
{
	switch (u) {
	case U_DAY:
		return cal_add_days(d, n);
	case U_WEEK:
		return cal_add_days(d, (int64_t)n * 7);
	case U_FORTNIGHT:
		return cal_add_days(d, (int64_t)n * 14);
	case U_MONTH:
		return cal_add_months(d, n);
	case U_QUARTER:
		return cal_add_months(d, n * 3);
	case U_YEAR:
		return cal_add_years(d, n);
	case U_DECADE:
		return cal_add_years(d, n * 10);
	case U_CENTURY:
		return cal_add_years(d, n * 100);
	default:
		return d;
	}
}

static enum gran
unit_gran(enum unit u)
{
	switch (u) {
	case U_WEEK:
		return G_WEEK;
	case U_MONTH:
		return G_MONTH;
	case U_QUARTER:
		return G_QUARTER;
	case U_YEAR:
		return G_YEAR;
	case U_DECADE:
		return G_DECADE;
	case U_CENTURY:
		return G_CENTURY;
	default:
		return G_DAY;
	}
}

/*
 * Direction an unanchored day or month takes from the publication date:
 * DIR_PAST (on or before), DIR_FUTURE (on or after), DIR_PREV (strictly
 * before, "last"), DIR_NEXT (strictly after, "next").
 */
enum dir { DIR_PAST, DIR_FUTURE, DIR_PREV, DIR_NEXT };

static struct cal_date
anchor_weekday(struct cal_date pub, int wd, enum dir dir)
{
	int delta = wd - cal_weekday(pub.year, pub.month, pub.day);

	switch (dir) {
	case DIR_PAST:
		if (delta > 0)
			delta -= 7;
		break;
	case DIR_FUTURE:
		if (delta < 0)
			delta += 7;
		break;
	case DIR_PREV:
		if (delta >= 0)
			delta -= 7;
		break;
	case DIR_NEXT:
		if (delta <= 0)
			delta += 7;
		break;
	}
	return cal_add_days(pub, delta);
}

static int
anchor_month_year(struct cal_date pub, int m, enum dir dir)
{
	switch (dir) {
	case DIR_PAST:
		return m <= pub.month ? pub.year : pub.year - 1;
	case DIR_FUTURE:
		return m >= pub.month ? pub.year : pub.year + 1;
	case DIR_PREV:
		return m < pub.month ? pub.year : pub.year - 1;
	case DIR_NEXT:
		return m > pub.month ? pub.year : pub.year + 1;
	}
	return pub.year;
}

/*
 * Of a day's dates in the years around publication (cand[k] in year
 * pub.year - 1 + k; a year of 0 for none), the year of the nearest.
 */
static int
nearest_of(struct cal_date pub, const struct cal_date cand[3])
{
	int64_t best = INT64_MAX, dist;
	int k, by = pub.year;

	for (k = 0; k < 3; k++) {
		if (cand[k].year == 0)
			continue;
		dist = cal_diff_days(pub, cand[k]);
		if (dist < 0)
			dist = -dist;
		if (dist < best) {
			best = dist;
			by = pub.year - 1 + k;
		}
	}
	return by;
}

/* The year that puts month m, day d nearest the publication date. */
static int
nearest_year(struct cal_date pub, int m, int d)
{
	struct cal_date cand[3];
	int k, y;

	for (k = 0; k < 3; k++) {
		y = pub.year - 1 + k;
		cand[k] = cal_valid(y, m, d) ? (struct cal_date){ y, m, d } :
		    (struct cal_date){ 0, 0, 0 };
	}
	return nearest_of(pub, cand);
}

static int
season_of(struct cal_date d, int *year)
{
	*year = d.year;
	if (d.month >= 3 && d.month <= 5)
		return S_SP;
	if (d.month >= 6 && d.month <= 8)
		return S_SU;
	if (d.month >= 9 && d.month <= 11)
		return S_FA;
	if (d.month <= 2)
		(*year)--;
	return S_WI;
}

/* --- tense --- */

static const char *const future_cues[] = {
	"will", "ll", "shall", "next", "coming", "upcoming", "scheduled",
	"expected", "plans", "planned", "planning", "plan", "due", "until",
	"going", "tomorrow", "would", "could", "might", "intends", "soon",
	NULL
};

static const char *const past_cues[] = {
	"said", "was", "were", "had", "did", "ago", "last", "earlier",
	"says", "told", "reported", "announced", "began", "came", "went",
	"met", "made", "took", "gave", "left", "died", "won", "lost",
	"yesterday", NULL
};

/* A verb in -ed ("described", "charged").  Capitalized words are
 * names ("United", "Red"), not verbs. */
static int
past_participle(const struct tok *t)
{
	size_t n;

	if (t->kind != TK_WORD || t->cap)
		return 0;
	n = strlen(t->low);
	return n >= 4 && t->low[n - 2] == 'e' && t->low[n - 1] == 'd';
}

/* 1 if a word near token i points to the future, -1 to the past, 0
 * if none does.  The nearest cue wins: "said Friday it will" is about
 * the past Friday. */
static int
tense(struct ctx *c, long i)
{
	const struct tok *t;
	long k;

	for (k = 1; k <= TENSE_BACK; k++) {
		t = tk(c, i - k);
		if (is_sentence_end(t) || P(t, '"') || P(t, '`'))
			break;
		/* "had been due to expire Friday": a plan in the past
		 * perfect is over */
		if (WL(t, future_cues))
			return W(tk(c, i - k - 1), "had") ||
			    W(tk(c, i - k - 2), "had") ? -1 : 1;
		if (WL(t, past_cues))
			return -1;
		if (past_participle(t))
			return -1;
	}
	for (k = 1; k <= TENSE_AHEAD; k++) {
		t = tk(c, i + k);
		if (is_sentence_end(t))
			break;
		if (WL(t, future_cues))
			return 1;
		if (WL(t, past_cues) || past_participle(t))
			return -1;
	}
	return 0;
}

static int
future_tense(struct ctx *c, long i)
{
	return tense(c, i) > 0;
}

/*
 * The year of a month and day: the one nearest the publication date,
 * unless the tense says which side of it ("the year ended March 31").
 */
static int
month_day_year(struct ctx *c, long i, int m, int d)
{
	int t = tense(c, i), y = nearest_year(c->pub, m, d);
	int64_t diff = cal_diff_days(c->pub, (struct cal_date){ y, m, d });

	if (t < 0 && diff > MONTH_DAY_SURE && cal_valid(y - 1, m, d))
		return y - 1;
	if (t > 0 && diff < -MONTH_DAY_SURE && cal_valid(y + 1, m, d))
		return y + 1;
	return y;
}

/* The year of a bare month: as the tense says, else the nearest. */
static int
bare_month_year(struct ctx *c, long i, int m)
{
	int t = tense(c, i), dm;

	if (t > 0)
		return anchor_month_year(c->pub, m, DIR_FUTURE);
	if (t < 0)
		return anchor_month_year(c->pub, m, DIR_PAST);
	dm = m - c->pub.month;
	if (dm > MONTH_NEAR_MAX)
		return c->pub.year - 1;
	if (dm < -MONTH_NEAR_MAX)
		return c->pub.year + 1;
	return c->pub.year;
}

/* --- rules --- */

static void
span(struct hit *h, struct ctx *c, long i, long j)
{
	h->ntok = j - i;
	h->start = tk(c, i)->start;
	h->end = tk(c, j - 1)->end;
}

/* A four-digit year token, free of surrounding number punctuation. */
static int
year_tok(struct ctx *c, long i)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 1);

	if (!is_num(t, 4, 4) || t->num < YEAR_MIN || t->num > YEAR_MAX)
		return 0;
	if (adj(n) && n->kind == TK_WORD && !W(n, "s"))
		return 0;
	return !num_embedded(c, i);
}

/* "th", "st", "nd", "rd" glued to a number: tokens consumed (0 or 1). */
static long
ord_suffix(struct ctx *c, long i)
{
	const struct tok *t = tk(c, i);

	if (adj(t) && (W(t, "th") || W(t, "st") || W(t, "nd") ||
	    W(t, "rd")))
		return 1;
	return 0;
}

/* A day of the month: 1..31, one or two digits, not part of a bigger
 * number.  Returns tokens used (with an ordinal suffix), 0 if none. */
static long
day_num(struct ctx *c, long i, int *day)
{
	const struct tok *t = tk(c, i), *n;
	long k;

	if (!is_num(t, 1, 2) || t->num < 1 || t->num > 31 || !t->sp)
		return 0;
	k = 1 + ord_suffix(c, i + 1);
	n = tk(c, i + k);
	/* "26:30" is a clock, "Oct. 26:" a dateline before a colon. */
	if (adj(n) && (P(n, '%') || P(n, '/') || P(n, '-') ||
	    ((P(n, '.') || P(n, ',') || P(n, ':')) &&
	    tk(c, i + k + 1)->kind == TK_NUM && adj(tk(c, i + k + 1)))))
		return 0;
	if (adj(n) && n->kind == TK_WORD && k == 1)
		return 0;
	if (W(n, "percent") || is_currency(tk(c, i - 1)))
		return 0;
	*day = t->num;
	return k;
}

/*
 * "on the 13th": a day of the month the text is in, the publication
 * month, or the one before when the day is still to come and the tense
 * is not future.  Only after "on" and before punctuation, which leaves
 * "the 13th floor" and "the 5th century" alone.
 */
static long
r_ordinal_day(struct ctx *c, long i, struct hit *h)
{
	const struct tok *n;
	struct cal_date d;
	long k;
	int day;

	if (!W(tk(c, i), "the") || !W(tk(c, i - 1), "on"))
		return 0;
	if ((k = day_num(c, i + 1, &day)) != 2)
		return 0;
	n = tk(c, i + 1 + k);
	if (n->kind != TK_NONE && n->kind != TK_PUNCT)
		return 0;
	span(h, c, i, i + 1 + k);
	if (!c->has_pub) {
		hit_set(h, TIMEX_DATE, "XXXX-XX-%02d", day);
		return h->ntok;
	}
	d = c->pub;
	if (day > d.day && !future_tense(c, i))
		d = cal_add_months(d, -1);
	else if (day < d.day && future_tense(c, i))
		d = cal_add_months(d, 1);
	if (!cal_valid(d.year, d.month, day))
		return 0;
	hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", d.year, d.month, day);
	return h->ntok;
}

/*
 * After a month at token i - 1: "to July 2009", "- July, 2009", "and
 * July of 2009", "through July 2009": the year that ends the range, or 0.
 */
static int
range_year(struct ctx *c, long i)
{
	const struct lex *lx;
	long j = i + 1;

	if (!(W(tk(c, i), "to") || W(tk(c, i), "through") ||
	    W(tk(c, i), "and") || W(tk(c, i), "or") || P(tk(c, i), '-')))
		return 0;
	if ((lx = L(tk(c, j), C_MONTH)) == NULL || !tk(c, j)->cap)
		return 0;
	j++;
	if (P(tk(c, j), '.') && (lx->flags & F_ABBR))
		j++;
	if (P(tk(c, j), ',') || W(tk(c, j), "of"))
		j++;
	return year_tok(c, j) ? tk(c, j)->num : 0;
}

/*
 * '58, '99: a year with its century left out, after an apostrophe that
 * opens it (not a closing quote glued to a word); the century that puts
 * it at most YEAR_AHEAD_MAX years after the publication (or 20xx up to
 * 2029 without a date).  "the '80s" is r_decade's.
 */
static long
r_short_year(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 1);
	int y, cur;

	if (!P(t, '\'') || !t->sp || !is_num(n, 2, 2) || !adj(n))
		return 0;
	if (adj(tk(c, i + 2)) && (tk(c, i + 2)->kind == TK_WORD ||
	    tk(c, i + 2)->kind == TK_NUM || P(tk(c, i + 2), '\'') ||
	    P(tk(c, i + 2), '-')))
		return 0;
	cur = c->has_pub ? c->pub.year : 2000 + YEAR_AHEAD_MAX;
	y = (cur / 100) * 100 + n->num;
	if (y > cur + YEAR_AHEAD_MAX)
		y -= 100;
	span(h, c, i, i + 2);
	hit_set(h, TIMEX_DATE, "%04d", y);
	return h->ntok;
}

/*
 * 2009-2010, 1850-58: a range of years; the first end here, the second
 * marked so r_year takes it though a dash glues it to the first.
 */
static long
r_year_range(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *d = tk(c, i + 1), *n = tk(c, i + 2);
	int y2;

	if (!is_num(t, 4, 4) || t->num < YEAR_LIKELY_MIN ||
	    t->num > YEAR_MAX || !P(d, '-') || !adj(d) || !adj(n) ||
	    num_embedded_before(c, i))
		return 0;
	if (is_num(n, 4, 4))
		y2 = n->num;
	else if (is_num(n, 2, 2))
		y2 = t->num / 100 * 100 + n->num;
	else
		return 0;
	if (y2 <= t->num || y2 - t->num > YEAR_RANGE_MAX ||
	    (adj(tk(c, i + 3)) && (tk(c, i + 3)->kind == TK_NUM ||
	    tk(c, i + 3)->kind == TK_WORD || P(tk(c, i + 3), '-'))))
		return 0;
	c->range_tok = i + 2;
	c->range_year = y2;
	span(h, c, i, i + 1);
	hit_set(h, TIMEX_DATE, "%04d", t->num);
	return h->ntok;
}

/* The second end of a range r_year_range() found. */
static long
r_range_end(struct ctx *c, long i, struct hit *h)
{
	if (i != c->range_tok)
		return 0;
	span(h, c, i, i + 1);
	hit_set(h, TIMEX_DATE, "%04d", c->range_year);
	return h->ntok;
}

/* 2016-08-15, 8/15/2016, 8/15/98. */
static long
r_numeric(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *p = tk(c, i - 1);
	long j;
	int y, m, d;

	if (t->kind != TK_NUM)
		return 0;
	if (adj(t) && (p->kind == TK_NUM || P(p, '-') || P(p, '/') ||
	    P(p, '.') || is_currency(p)))
		return 0;
	if (is_num(t, 4, 4) && P(tk(c, i + 1), '-') && adj(tk(c, i + 1)) &&
	    is_num(tk(c, i + 2), 1, 2) && adj(tk(c, i + 2)) &&
	    P(tk(c, i + 3), '-') && adj(tk(c, i + 3)) &&
	    is_num(tk(c, i + 4), 1, 2) && adj(tk(c, i + 4))) {
		y = t->num;
		m = tk(c, i + 2)->num;
		d = tk(c, i + 4)->num;
	} else if (is_num(t, 1, 2) && P(tk(c, i + 1), '/') &&
	    adj(tk(c, i + 1)) && is_num(tk(c, i + 2), 1, 2) &&
	    adj(tk(c, i + 2)) && P(tk(c, i + 3), '/') && adj(tk(c, i + 3)) &&
	    (is_num(tk(c, i + 4), 2, 2) || is_num(tk(c, i + 4), 4, 4)) &&
	    adj(tk(c, i + 4))) {
		m = t->num;
		d = tk(c, i + 2)->num;
		y = tk(c, i + 4)->num;
		if (tk(c, i + 4)->ndig == 2)
			y += y < 50 ? 2000 : 1900;
	} else
		return 0;
	j = i + 5;
	t = tk(c, j);
	if (adj(t) && (t->kind == TK_NUM || ((P(t, '-') || P(t, '/') ||
	    P(t, '.') || P(t, ':')) && tk(c, j + 1)->kind == TK_NUM &&
	    adj(tk(c, j + 1)))))
		return 0;
	if (y < YEAR_MIN || y > YEAR_MAX || !cal_valid(y, m, d))
		return 0;
	span(h, c, i, j);
	hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
	return h->ntok;
}

static const char *const month_cues[] = {
	"in", "on", "since", "until", "till", "by", "from", "through",
	"during", "before", "after", "between", "early", "late", "mid",
	"of", "last", "next", "this", "that", "each", "every", "to",
	"and", "or", "around", "for", "the", "a", NULL
};

/*
 * August 15, 2016 / Aug. 15 / August 2016 / August of 2016 / August.
 * Without a year the day is put nearest the publication date; a bare
 * month follows the tense.  pfx: a modifier or preposition came first.
 */
static long
r_month(struct ctx *c, long i, struct hit *h, int pfx)
{
	const struct tok *t = tk(c, i), *n;
	const struct lex *lx = L(t, C_MONTH);
	long j = i + 1, k;
	int m, d, y, has_dot = 0;

	if (lx == NULL || !t->cap)
		return 0;
	m = lx->val;
	if (P(tk(c, j), '.') && adj(tk(c, j)) && (lx->flags & F_ABBR)) {
		j++;
		has_dot = 1;
	}
	n = tk(c, j);
	if ((k = day_num(c, j, &d)) > 0) {
		j += k;
		if (P(tk(c, j), ',') && year_tok(c, j + 1))
			j++;
		if (year_tok(c, j) && !P(tk(c, j + 1), ':')) {
			y = tk(c, j)->num;
			if (!cal_valid(y, m, d))
				return 0;
			span(h, c, i, j + 1);
			hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
			return h->ntok;
		}
		if (!cal_valid(2000, m, d))
			return 0;
		span(h, c, i, j);
		if (c->has_pub)
			hit_set(h, TIMEX_DATE, "%04d-%02d-%02d",
			    month_day_year(c, i, m, d), m, d);
		else
			hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d", m, d);
		return h->ntok;
	}
	if ((lx->flags & F_ABBR) && !has_dot)
		return 0;
	k = 0;
	if (P(n, ',') && year_tok(c, j + 1))
		k = 1;
	else if (W(n, "of") && year_tok(c, j + 1))
		k = 1;
	if (year_tok(c, j + k)) {
		span(h, c, i, j + k + 1);
		hit_set(h, TIMEX_DATE, "%04d-%02d", tk(c, j + k)->num, m);
		return h->ntok;
	}
	/* "June last year", "January this year": one expression, the
	 * year phrase naming the month's year (TimeML tags it whole). */
	if (c->has_pub && W(tk(c, j + 1), "year") &&
	    (W(n, "this") || W(n, "last") || W(n, "next"))) {
		y = c->pub.year + (W(n, "last") ? -1 : W(n, "next") ? 1 : 0);
		span(h, c, i, j + 2);
		hit_set(h, TIMEX_DATE, "%04d-%02d", y, m);
		return h->ntok;
	}
	/* A bare month: "may" and "march" are verbs, other months are
	 * names ("August Wilson"); ask for a cue either way. */
	if (!pfx && !WL(tk(c, i - 1), month_cues))
		return 0;
	if (n->kind == TK_WORD && n->cap && L(n, C_MONTH) == NULL)
		return 0;
	if (P(n, '-') && adj(n))
		return 0;
	span(h, c, i, i + 1 + has_dot);
	/* "from May to July 2009": the range's year is the first month's */
	if ((y = range_year(c, i + 1 + has_dot)) > 0)
		hit_set(h, TIMEX_DATE, "%04d-%02d", y, m);
	else if (c->has_pub)
		hit_set(h, TIMEX_DATE, "%04d-%02d", bare_month_year(c, i, m), m);
	else
		hit_set(h, TIMEX_DATE, "XXXX-%02d", m);
	return h->ntok;
}

/* 15 August 2016, 15th of August, 15 Aug. */
static long
r_day_month(struct ctx *c, long i, struct hit *h)
{
	const struct lex *lx;
	long j, k;
	int d, m, y;

	if ((k = day_num(c, i, &d)) == 0)
		return 0;
	j = i + k;
	if (W(tk(c, j), "of"))
		j++;
	if ((lx = L(tk(c, j), C_MONTH)) == NULL || !tk(c, j)->cap)
		return 0;
	m = lx->val;
	j++;
	if (P(tk(c, j), '.') && adj(tk(c, j)) && (lx->flags & F_ABBR))
		j++;
	if (!cal_valid(2000, m, d))
		return 0;
	if (P(tk(c, j), ',') && year_tok(c, j + 1))
		j++;
	if (year_tok(c, j)) {
		y = tk(c, j)->num;
		if (!cal_valid(y, m, d))
			return 0;
		span(h, c, i, j + 1);
		hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
		return h->ntok;
	}
	span(h, c, i, j);
	if (c->has_pub)
		hit_set(h, TIMEX_DATE, "%04d-%02d-%02d",
		    month_day_year(c, i, m, d), m, d);
	else
		hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d", m, d);
	return h->ntok;
}

/* A weekday as a date: anchored by tense, or by dir if given. */
static void
weekday_value(struct ctx *c, long i, int wd, int dir, char *buf,
    size_t len)
{
	struct cal_date d;

	if (!c->has_pub) {
		snprintf(buf, len, "XXXX-WXX-%d", wd);
		return;
	}
	if (dir < 0)
		dir = future_tense(c, i) ? DIR_FUTURE : DIR_PAST;
	d = anchor_weekday(c->pub, wd, (enum dir)dir);
	fmt_gran(buf, len, 1, d, G_DAY);
}

/* Morning, afternoon, evening, night after a day: tokens used. */
static long
part_of_day(struct ctx *c, long j, int *part)
{
	const struct lex *lx = L(tk(c, j), C_PART);

	if (lx == NULL)
		return 0;
	*part = lx->val;
	return 1;
}

static long r_time(struct ctx *, long, struct hit *);
static long r_year(struct ctx *, long, struct hit *);
static long r_decade(struct ctx *, long, struct hit *);

/*
 * Monday / Monday, Aug. 15 / Monday morning / Mondays.  dir: -1 to
 * follow the tense, else a forced direction ("last Monday").
 */
static long
r_weekday(struct ctx *c, long i, struct hit *h, int dir)
{
	const struct tok *t = tk(c, i);
	const struct lex *lx = L(t, C_WDAY);
	struct hit mh;
	char v[TIMEX_VALUE_MAX];
	long j = i + 1;
	int part;

	if (lx == NULL || !t->cap)
		return 0;
	if (lx->flags & F_PLURAL) {
		span(h, c, i, j);
		hit_set(h, TIMEX_SET, "XXXX-WXX-%d", lx->val);
		return h->ntok;
	}
	/* "Monday, Oct. 26" and "Friday Oct. 13": the date says which. */
	if (dir < 0 && (P(tk(c, j), ',') || L(tk(c, j), C_MONTH) != NULL)) {
		long k = P(tk(c, j), ',') ? 1 : 0;

		memset(&mh, 0, sizeof(mh));
		if (r_month(c, j + k, &mh, 1) > 0 &&
		    strlen(mh.value) == 10) {
			span(h, c, i, j + k + mh.ntok);
			hit_set(h, TIMEX_DATE, "%s", mh.value);
			return h->ntok;
		}
	}
	weekday_value(c, i, lx->val, dir, v, sizeof(v));
	if (part_of_day(c, j, &part)) {
		span(h, c, i, j + 1);
		hit_set(h, TIMEX_TIME, "%sT%s", v, part_code[part]);
		return h->ntok;
	}
	span(h, c, i, j);
	hit_set(h, TIMEX_DATE, "%s", v);
	return h->ntok;
}

/* a.m. / p.m. / am / pm after a clock time: tokens used; *pm set. */
static long
meridiem(struct ctx *c, long j, int *pm)
{
	const struct tok *t = tk(c, j);

	if (W(t, "am") || W(t, "pm")) {
		*pm = t->low[0] == 'p';
		return 1;
	}
	if ((W(t, "a") || W(t, "p")) && P(tk(c, j + 1), '.') &&
	    adj(tk(c, j + 1)) && W(tk(c, j + 2), "m") && adj(tk(c, j + 2))) {
		*pm = t->low[0] == 'p';
		if (P(tk(c, j + 3), '.') && adj(tk(c, j + 3)))
			return 4;
		return 3;
	}
	return 0;
}

/* The date a clock time belongs to, from the words after it. */
static long
time_day(struct ctx *c, long at, long j, char *buf, size_t len)
{
	const struct tok *t = tk(c, j);
	const struct lex *lx;
	struct hit mh;
	long k = 0;

	if (P(t, ',')) {
		k = 1;
		t = tk(c, j + 1);
	}
	if ((lx = L(t, C_WDAY)) != NULL && t->cap &&
	    !(lx->flags & F_PLURAL)) {
		weekday_value(c, at, lx->val, -1, buf, len);
		return k + 1;
	}
	if (c->has_pub && (W(t, "yesterday") || W(t, "today") ||
	    W(t, "tomorrow"))) {
		int off = W(t, "yesterday") ? -1 : W(t, "today") ? 0 : 1;

		fmt_gran(buf, len, 1, cal_add_days(c->pub, off), G_DAY);
		return k + 1;
	}
	memset(&mh, 0, sizeof(mh));
	if (L(t, C_MONTH) != NULL && r_month(c, j + k, &mh, 1) > 0 &&
	    strlen(mh.value) == 10) {
		snprintf(buf, len, "%s", mh.value);
		return k + mh.ntok;
	}
	fmt_gran(buf, len, c->has_pub, c->pub, G_DAY);
	return 0;
}

static const char *const clock_cues[] = {
	"at", "by", "until", "till", "around", "about", "before", "after",
	"from", "to", "since", NULL
};

/* 3 p.m. / 10:35 a.m. / 15:00 GMT / noon / midnight / 4 in the
 * morning, with the day that may follow ("3 p.m. Tuesday"). */
static long
r_time(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i);
	char day[TIMEX_VALUE_MAX];
	long j = i + 1, k;
	int hh, mm = 0, pm = 0, sure = 0;

	if (W(t, "noon") || W(t, "midday") || W(t, "midnight")) {
		hh = W(t, "midnight") ? 24 : 12;
		sure = 1;
	} else if (t->kind != TK_NUM || num_embedded_before(c, i) ||
	    (adj(tk(c, i + 1)) && P(tk(c, i + 1), '%')))
		return 0;
	else if (is_num(t, 1, 2) && t->num <= 24 && P(tk(c, j), ':') &&
	    adj(tk(c, j)) && is_num(tk(c, j + 1), 2, 2) &&
	    adj(tk(c, j + 1)) && tk(c, j + 1)->num < 60) {
		hh = t->num;
		mm = tk(c, j + 1)->num;
		j += 2;
		/* 1:23:45 is a race time or a verse, not a clock. */
		if (P(tk(c, j), ':') && adj(tk(c, j)))
			return 0;
		sure = WL(tk(c, i - 1), clock_cues);
	} else if (is_num(t, 1, 2) && t->num >= 1 && t->num <= 12)
		hh = t->num;
	else if (is_num(t, 4, 4) && t->num / 100 < 24 && t->num % 100 < 60 &&
	    L(tk(c, j), C_TZ) != NULL) {
		hh = t->num / 100;
		mm = t->num % 100;
	} else
		return 0;
	if (t->kind == TK_NUM) {
		if ((k = meridiem(c, j, &pm)) > 0) {
			if (hh < 1 || hh > 12)
				return 0;
			j += k;
			if (pm && hh < 12)
				hh += 12;
			else if (!pm && hh == 12)
				hh = 0;
			sure = 1;
		} else if (W(tk(c, j), "o") && P(tk(c, j + 1), '\'') &&
		    W(tk(c, j + 2), "clock")) {
			j += 3;
			sure = 1;
		} else if (W(tk(c, j), "in") && W(tk(c, j + 1), "the") &&
		    L(tk(c, j + 2), C_PART) != NULL && hh <= 12) {
			if (tk(c, j + 2)->lex->val != P_MO && hh < 12)
				hh += 12;
			j += 3;
			sure = 1;
		}
	}
	if (L(tk(c, j), C_TZ) != NULL) {
		j++;
		sure = 1;
	}
	if (!sure)
		return 0;
	/* The tense is read from the clock time's start: the "." of
	 * "a.m." would end the cue search at the weekday. */
	k = time_day(c, i, j, day, sizeof(day));
	j += k;
	span(h, c, i, j);
	hit_set(h, TIMEX_TIME, "%sT%02d:%02d", day, hh, mm);
	return h->ntok;
}

/*
 * "mid-afternoon", "mid afternoon yesterday", "midmorning Friday": the
 * middle of a part of the day (a TIMEX3 TIME, mod MID), on the day that
 * follows it or the publication day.
 */
static long
r_mid_part(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i);
	char day[TIMEX_VALUE_MAX];
	long j = i + 1;
	int part;

	if (W(t, "midafternoon") || W(t, "midmorning"))
		part = W(t, "midmorning") ? P_MO : P_AF;
	else if (W(t, "mid")) {
		if (P(tk(c, j), '-') && adj(tk(c, j)))
			j++;
		if (part_of_day(c, j, &part) == 0 || part == P_NI)
			return 0;
		j++;
	} else
		return 0;
	j += time_day(c, i, j, day, sizeof(day));
	span(h, c, i, j);
	h->mod = TIMEX_MOD_MID;
	hit_set(h, TIMEX_TIME, "%sT%s", day, part_code[part]);
	return h->ntok;
}

/* The Monday-based ISO week of the weekend on or after d's week. */
static void
weekend_value(char *buf, size_t len, int has, struct cal_date d)
{
	int wy, w;

	if (!has) {
		snprintf(buf, len, "XXXX-WXX-WE");
		return;
	}
	cal_iso_week(d.year, d.month, d.day, &wy, &w);
	snprintf(buf, len, "%04d-W%02d-WE", wy, w);
}

/* Season value: the season's year (winter: the year it starts in). */
static void
season_value(struct ctx *c, char *buf, size_t len, int s, int rel)
{
	int y0, s0, k, idx;

	if (!c->has_pub) {
		snprintf(buf, len, "XXXX-%s", season_code[s]);
		return;
	}
	s0 = season_of(c->pub, &y0);
	k = y0 * 4 + s0;
	idx = y0 * 4 + s;
	if (rel < 0) {
		idx = k - 1;
		while ((idx % 4 + 4) % 4 != s)
			idx--;
	} else if (rel > 0) {
		idx = k + 1;
		while ((idx % 4 + 4) % 4 != s)
			idx++;
	}
	snprintf(buf, len, "%04d-%s", idx / 4, season_code[s]);
}

/*
 * A season without "last", "this" or "next": "in the summer", "during
 * winter", "the spring of 1990".  Lower-case only ("Summer" is a name),
 * after a preposition or "the" ("a hot spring" is water), and not "the
 * fall of Rome".  Its year: the publication season's, or the one before
 * or after it as the tense says.
 */
static long
r_season(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *p = tk(c, i - 1);
	const struct lex *lx;
	long j = i;
	int s0, y0, rel = 0, tn;

	if (W(t, "the")) {
		p = t;
		j++;
	}
	t = tk(c, j);
	if ((lx = L(t, C_SEASON)) == NULL || t->cap)
		return 0;
	if (!(W(p, "the") || W(p, "in") || W(p, "during") ||
	    W(p, "since") || W(p, "until") || W(p, "by") || W(p, "early") ||
	    W(p, "late") || W(p, "mid") || W(p, "through")))
		return 0;
	if (W(tk(c, j + 1), "of")) {
		if (!year_tok(c, j + 2))
			return 0;
		span(h, c, i, j + 3);
		hit_set(h, TIMEX_DATE, "%04d-%s", tk(c, j + 2)->num,
		    season_code[lx->val]);
		return h->ntok;
	}
	if (lx->val == S_FA && !W(p, "the"))
		return 0;
	if (year_tok(c, j + 1)) {
		span(h, c, i, j + 2);
		hit_set(h, TIMEX_DATE, "%04d-%s", tk(c, j + 1)->num,
		    season_code[lx->val]);
		return h->ntok;
	}
	span(h, c, i, j + 1);
	h->type = TIMEX_DATE;
	if (c->has_pub) {
		s0 = season_of(c->pub, &y0);
		tn = tense(c, i);
		if (lx->val != s0 && tn != 0)
			rel = tn;
	}
	season_value(c, h->value, sizeof(h->value), lx->val, rel);
	return h->ntok;
}

/*
 * Holidays.  Fixed ones by their month and day; moving ones as the nth
 * weekday of a month (n < 0: the last), shifted by some days (US
 * Election Day is the Tuesday after the first Monday of November); and
 * Easter's by the Gregorian computus.
 */
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
};

static const struct {
	int	 m, d;		/* a fixed day; m 0: Easter's */
	int	 wd, n;		/* else the nth (ISO) weekday wd of month m */
	int	 off;		/* days after that */
} holiday_rule[] = {
	[H_CHRISTMAS] = { 12, 25, 0, 0, 0 },
	[H_CHRISTMAS_EVE] = { 12, 24, 0, 0, 0 },
	[H_NEW_YEAR] = { 1, 1, 0, 0, 0 },
	[H_NEW_YEAR_EVE] = { 12, 31, 0, 0, 0 },
	[H_THANKSGIVING] = { 11, 0, 4, 4, 0 },
	[H_ELECTION] = { 11, 0, 1, 1, 1 },
	[H_MEMORIAL] = { 5, 0, 1, -1, 0 },
	[H_LABOR] = { 9, 0, 1, 1, 0 },
	[H_COLUMBUS] = { 10, 0, 1, 2, 0 },
	[H_PRESIDENTS] = { 2, 0, 1, 3, 0 },
	[H_INDEPENDENCE] = { 7, 4, 0, 0, 0 },
	[H_VETERANS] = { 11, 11, 0, 0, 0 },
	[H_VALENTINE] = { 2, 14, 0, 0, 0 },
	[H_HALLOWEEN] = { 10, 31, 0, 0, 0 },
	[H_EASTER] = { 0, 0, 0, 0, 0 },
	[H_EASTER_MONDAY] = { 0, 0, 0, 0, 1 },
	[H_EASTER_WEEK] = { 0, 0, 0, 0, 0 },
};

/* Holidays named by one word before "Day" ("Labor Day", "Veterans'
 * Day", "Valentine's Day"). */
static const struct {
	const char	*w;
	enum holiday	 h;
} holiday_day_words[] = {
	{ "election", H_ELECTION },
	{ "memorial", H_MEMORIAL },
	{ "labor", H_LABOR },
	{ "columbus", H_COLUMBUS },
	{ "presidents", H_PRESIDENTS },
	{ "independence", H_INDEPENDENCE },
	{ "veterans", H_VETERANS },
	{ "valentine", H_VALENTINE },
	{ "thanksgiving", H_THANKSGIVING },
	{ "christmas", H_CHRISTMAS },
};

/* Easter Sunday of year y (Gregorian; the anonymous algorithm). */
static struct cal_date
easter_sunday(int y)
{
	int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3;
	int hh = (19 * a + b - d - g + 15) % 30, ii = cc / 4, k = cc % 4;
	int l = (32 + 2 * e + 2 * ii - hh - k) % 7;
	int m = (a + 11 * hh + 22 * l) / 451;

	return (struct cal_date){ y, (hh + l - 7 * m + 114) / 31,
	    (hh + l - 7 * m + 114) % 31 + 1 };
}

/* The day of holiday hol in year y. */
static struct cal_date
holiday_date(enum holiday hol, int y)
{
	struct cal_date d;
	int m = holiday_rule[hol].m, wd = holiday_rule[hol].wd, last;

	if (m == 0)
		d = easter_sunday(y);
	else if (wd == 0)
		d = (struct cal_date){ y, m, holiday_rule[hol].d };
	else if (holiday_rule[hol].n > 0)
		d = (struct cal_date){ y, m, 1 + (wd - cal_weekday(y, m, 1) +
		    7) % 7 + 7 * (holiday_rule[hol].n - 1) };
	else {
		last = cal_days_in_month(y, m);
		d = (struct cal_date){ y, m, last -
		    (cal_weekday(y, m, last) - wd + 7) % 7 };
	}
	return cal_add_days(d, holiday_rule[hol].off);
}

/*
 * The holiday named at token i: Christmas (Day, Eve), New Year's Day
 * and Eve, Thanksgiving (Day), Election Day, Labor Day and the others of
 * holiday_day_words, Halloween, the Fourth of July, Easter (Sunday,
 * Monday, week).  Capitalized, as names are.  *end: the token after it.
 */
static enum holiday
holiday_at(struct ctx *c, long i, long *end)
{
	const struct tok *t = tk(c, i);
	long j = i + 1;
	size_t k;

	if (!t->cap || t->kind != TK_WORD)
		return H_NONE;
	if (W(t, "new") && W(tk(c, j), "year") && P(tk(c, j + 1), '\'') &&
	    W(tk(c, j + 2), "s") && (W(tk(c, j + 3), "day") ||
	    W(tk(c, j + 3), "eve"))) {
		*end = j + 4;
		return W(tk(c, j + 3), "day") ? H_NEW_YEAR : H_NEW_YEAR_EVE;
	}
	if (W(t, "christmas") && W(tk(c, j), "eve")) {
		*end = j + 1;
		return H_CHRISTMAS_EVE;
	}
	if (W(t, "halloween")) {
		*end = j;
		return H_HALLOWEEN;
	}
	if (W(t, "fourth") && W(tk(c, j), "of") && W(tk(c, j + 1), "july") &&
	    tk(c, j + 1)->cap) {
		*end = j + 2;
		return H_INDEPENDENCE;
	}
	if (W(t, "easter")) {
		/* not "Easter Island" */
		if (tk(c, j)->cap && !W(tk(c, j), "sunday") &&
		    !W(tk(c, j), "monday"))
			return H_NONE;
		*end = j + 1;
		if (W(tk(c, j), "monday"))
			return H_EASTER_MONDAY;
		if (W(tk(c, j), "week"))
			return H_EASTER_WEEK;
		if (!W(tk(c, j), "sunday"))
			*end = j;
		return H_EASTER;
	}
	for (k = 0; k < sizeof(holiday_day_words) /
	    sizeof(holiday_day_words[0]); k++)
		if (strcmp(t->low, holiday_day_words[k].w) == 0)
			break;
	if (k == sizeof(holiday_day_words) / sizeof(holiday_day_words[0]))
		return H_NONE;
	/* Veterans' Day, Valentine's Day, Presidents' Day */
	if (P(tk(c, j), '\'') && adj(tk(c, j))) {
		j++;
		if (W(tk(c, j), "s") && adj(tk(c, j)))
			j++;
	}
	if (W(tk(c, j), "day")) {
		*end = j + 1;
		return holiday_day_words[k].h;
	}
	/* Christmas and Thanksgiving need no "Day" */
	if (j == i + 1 && (holiday_day_words[k].h == H_CHRISTMAS ||
	    holiday_day_words[k].h == H_THANKSGIVING)) {
		*end = j;
		return holiday_day_words[k].h;
	}
	return H_NONE;
}

/* The value of holiday hol in year y (0: unknown, X-ed out). */
static void
holiday_value(struct hit *h, enum holiday hol, int y)
{
	struct cal_date d;

	h->type = TIMEX_DATE;
	if (y == 0) {
		if (hol == H_EASTER_WEEK)
			hit_set(h, TIMEX_DATE, "XXXX-WXX");
		else if (holiday_rule[hol].m == 0)
			/* a moving day is not known without its year */
			hit_set(h, TIMEX_DATE, "XXXX");
		else if (holiday_rule[hol].wd != 0)
			hit_set(h, TIMEX_DATE, "XXXX-%02d",
			    holiday_rule[hol].m);
		else
			hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d",
			    holiday_rule[hol].m, holiday_rule[hol].d);
		return;
	}
	d = holiday_date(hol, y);
	fmt_gran(h->value, sizeof(h->value), 1, d,
	    hol == H_EASTER_WEEK ? G_WEEK : G_DAY);
}

/* The year whose holiday hol falls nearest the publication date. */
static int
holiday_near_year(struct ctx *c, enum holiday hol)
{
	struct cal_date cand[3];
	int k;

	for (k = 0; k < 3; k++)
		cand[k] = holiday_date(hol, c->pub.year - 1 + k);
	return nearest_of(c->pub, cand);
}

/* The year of "last Christmas" (rel < 0: the one before publication),
 * "this Christmas" (0), "next Christmas" (after). */
static int
holiday_rel_year(struct ctx *c, enum holiday hol, int rel)
{
	int y = c->pub.year;
	int64_t diff = cal_diff_days(c->pub, holiday_date(hol, y));

	if (rel < 0 && diff >= 0)
		y--;
	else if (rel > 0 && diff <= 0)
		y++;
	return y;
}

/* A holiday, with its year if one follows ("Christmas 1998"), else in
 * the year that puts it nearest the publication date. */
static long
r_holiday(struct ctx *c, long i, struct hit *h)
{
	enum holiday hol;
	long j;
	int y;

	if ((hol = holiday_at(c, i, &j)) == H_NONE)
		return 0;
	if (year_tok(c, j)) {
		y = tk(c, j)->num;
		j++;
	} else
		y = c->has_pub ? holiday_near_year(c, hol) : 0;
	span(h, c, i, j);
	holiday_value(h, hol, y);
	return h->ntok;
}

/*
 * The current period named with "the" after a modifier: "the end of the
 * year", "late in the month" (only there: a bare "the year" is as often
 * a duration as a date).
 */
static long
r_the_unit(struct ctx *c, long i, struct hit *h)
{
	const struct lex *lx;

	if (!W(tk(c, i), "the") || (lx = L(tk(c, i + 1), C_UNIT)) == NULL ||
	    (lx->flags & F_PLURAL))
		return 0;
	switch (lx->val) {
	case U_WEEK:
	case U_MONTH:
	case U_QUARTER:
	case U_YEAR:
		break;
	default:
		return 0;
	}
	if (P(tk(c, i + 2), '-') && adj(tk(c, i + 2)))
		return 0;
	span(h, c, i, i + 2);
	hit_gran(h, c, c->pub, unit_gran(lx->val));
	return h->ntok;
}

/*
 * last / this / next (this coming, this past) + week, month, year,
 * quarter, weekend, decade, century, a month, a weekday, a season, a
 * part of the day ("last night", "this morning").
 */
/*
 * "the year", "the full year", "the fiscal year", "the week" standing
 * alone: in news, the one the story is in ("a high for the year").  "The
 * year ended March 31" names a fiscal year by its last day: what the
 * phrase itself says is its length, P1Y.  Not "the year before" or "the
 * year-earlier", which count from another date, nor "the year 2000".
 */
static long
r_unit_phrase(struct ctx *c, long i, struct hit *h)
{
	const struct tok *n;
	long j = i + 1;
	int qual = 0, year;

	if (!W(tk(c, i), "the"))
		return 0;
	if (W(tk(c, j), "full") || W(tk(c, j), "fiscal")) {
		qual = 1;
		j++;
	}
	if (W(tk(c, j), "year"))
		year = 1;
	else if (W(tk(c, j), "week") && !qual)
		year = 0;
	else
		return 0;
	n = tk(c, j + 1);
	if ((adj(n) && P(n, '-')) || W(n, "before") || W(n, "after") ||
	    W(n, "earlier") || W(n, "ago") || W(n, "later") ||
	    n->kind == TK_NUM || L(n, C_NUM) != NULL ||
	    (W(n, "of") && (year_tok(c, j + 2) ||
	    L(tk(c, j + 2), C_MONTH) != NULL)))
		return 0;
	span(h, c, i, j + 1);
	if (year && (W(n, "ended") || W(n, "ending") || W(n, "ends"))) {
		hit_set(h, TIMEX_DURATION, "P1Y");
		return h->ntok;
	}
	hit_gran(h, c, c->pub, year ? G_YEAR : G_WEEK);
	return h->ntok;
}

static long
r_relative(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *u;
	const struct lex *lx;
	struct cal_date d = c->pub;
	enum holiday hol;
	long j = i + 1, hend;
	int rel, part;

	/* "the current year": the article belongs to it */
	if (W(t, "the") && W(tk(c, j), "current")) {
		if (r_relative(c, j, h) <= 0)
			return 0;
		h->start = t->start;
		return ++h->ntok;
	}
	if (W(t, "last") || W(t, "previous") || W(t, "past"))
		rel = -1;
	else if (W(t, "this") || W(t, "current"))
		rel = 0;
	else if (W(t, "next") || W(t, "coming"))
		rel = 1;
	else
		return 0;
	if (rel == 0 && (W(tk(c, j), "coming") || W(tk(c, j), "past"))) {
		rel = W(tk(c, j), "coming") ? 1 : -1;
		j++;
	}
	/* "past" and "coming" + unit are durations ("the past week"). */
	if (W(t, "past") || W(t, "coming")) {
		if (!W(tk(c, i - 1), "this"))
			return 0;
	}
	u = tk(c, j);
	if ((lx = L(u, C_UNIT)) != NULL && !(lx->flags & F_PLURAL)) {
		switch (lx->val) {
		case U_WEEK:
		case U_MONTH:
		case U_QUARTER:
		case U_YEAR:
			span(h, c, i, j + 1);
			hit_gran(h, c, shift(d, lx->val, rel),
			    unit_gran(lx->val));
			return h->ntok;
		case U_DECADE:
		case U_CENTURY:
			if (rel != 0)
				return 0;
			span(h, c, i, j + 1);
			hit_gran(h, c, d, unit_gran(lx->val));
			return h->ntok;
		default:
			return 0;
		}
	}
	if (W(u, "weekend")) {
		span(h, c, i, j + 1);
		h->type = TIMEX_DATE;
		if (c->has_pub && rel < 0)
			d = cal_add_days(d, -cal_weekday(d.year, d.month,
			    d.day));
		else if (c->has_pub && rel > 0)
			d = cal_add_days(d, 7);
		weekend_value(h->value, sizeof(h->value), c->has_pub, d);
		return h->ntok;
	}
	if ((lx = L(u, C_MONTH)) != NULL && u->cap &&
	    (!(lx->flags & F_ABBR) || P(tk(c, j + 1), '.'))) {
		long k = j + 1 + ((lx->flags & F_ABBR) != 0), kd;
		int y, dd;

		y = !c->has_pub ? 0 : rel == 0 ? d.year :
		    anchor_month_year(d, lx->val, rel < 0 ? DIR_PREV : DIR_NEXT);
		/* "last Oct. 23": the day belongs to the month */
		if ((kd = day_num(c, k, &dd)) > 0 &&
		    cal_valid(c->has_pub ? y : 2000, lx->val, dd)) {
			span(h, c, i, k + kd);
			if (c->has_pub)
				hit_set(h, TIMEX_DATE, "%04d-%02d-%02d", y,
				    lx->val, dd);
			else
				hit_set(h, TIMEX_DATE, "XXXX-%02d-%02d",
				    lx->val, dd);
			return h->ntok;
		}
		span(h, c, i, k);
		if (c->has_pub)
			hit_set(h, TIMEX_DATE, "%04d-%02d", y, lx->val);
		else
			hit_set(h, TIMEX_DATE, "XXXX-%02d", lx->val);
		return h->ntok;
	}
	if ((lx = L(u, C_WDAY)) != NULL && u->cap &&
	    !(lx->flags & F_PLURAL)) {
		long k = r_weekday(c, j, h, rel < 0 ? DIR_PREV : rel > 0 ?
		    DIR_NEXT : -1);

		if (k == 0)
			return 0;
		span(h, c, i, j + k);
		return h->ntok;
	}
	if ((lx = L(u, C_SEASON)) != NULL) {
		span(h, c, i, j + 1);
		h->type = TIMEX_DATE;
		season_value(c, h->value, sizeof(h->value), lx->val, rel);
		return h->ntok;
	}
	/* "last Thanksgiving": the one before publication */
	if ((hol = holiday_at(c, j, &hend)) != H_NONE) {
		span(h, c, i, hend);
		holiday_value(h, hol, c->has_pub ?
		    holiday_rel_year(c, hol, rel) : 0);
		return h->ntok;
	}
	if (part_of_day(c, j, &part) && rel <= 0 && (rel == 0 ||
	    part == P_NI || part == P_EV)) {
		span(h, c, i, j + 1);
		hit_day_part(h, c, cal_add_days(d, rel), part_code[part]);
		return h->ntok;
	}
	return 0;
}

/* yesterday, today, tomorrow (+ morning...), tonight, now, recently... */
static long
r_deixis(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 1);
	int off, part;

	if (W(t, "yesterday") || W(t, "today") || W(t, "tomorrow")) {
		off = W(t, "yesterday") ? -1 : W(t, "today") ? 0 : 1;
		if (part_of_day(c, i + 1, &part)) {
			span(h, c, i, i + 2);
			hit_day_part(h, c, cal_add_days(c->pub, off),
			    part_code[part]);
			return h->ntok;
		}
		span(h, c, i, i + 1);
		hit_gran(h, c, cal_add_days(c->pub, off), G_DAY);
		return h->ntok;
	}
	if (W(t, "tonight")) {
		span(h, c, i, i + 1);
		hit_day_part(h, c, c->pub, "NI");
		return h->ntok;
	}
	/* "Now, he says, ...": a discourse marker opening the sentence,
	 * not the present time.  ("Right now" is tagged from "now": the
	 * adverb before it expresses no TIMEX3 mod.) */
	if (W(t, "now") && P(n, ',') && is_sentence_end(tk(c, i - 1)))
		return 0;
	if (W(t, "now") || W(t, "currently") || W(t, "nowadays") ||
	    W(t, "presently")) {
		span(h, c, i, i + 1);
		hit_set(h, TIMEX_DATE, "PRESENT_REF");
		return h->ntok;
	}
	if (W(t, "recently") || W(t, "lately")) {
		span(h, c, i, i + 1);
		hit_set(h, TIMEX_DATE, "PAST_REF");
		return h->ntok;
	}
	if (W(t, "the") && (W(n, "past") || W(n, "future") ||
	    W(n, "present"))) {
		if (P(tk(c, i + 2), '-') && adj(tk(c, i + 2)))
			return 0;
		span(h, c, i, i + 2);
		hit_set(h, TIMEX_DATE, "%s", W(n, "past") ? "PAST_REF" :
		    W(n, "future") ? "FUTURE_REF" : "PRESENT_REF");
		return h->ntok;
	}
	if (W(t, "the") && W(n, "near") && W(tk(c, i + 2), "future")) {
		span(h, c, i, i + 3);
		hit_set(h, TIMEX_DATE, "FUTURE_REF");
		return h->ntok;
	}
	/* "in the near term", "over the long term": the time ahead (TimeML
	 * FUTURE_REF); not the adjective "near-term" */
	if (W(t, "the") && (W(n, "near") || W(n, "short") || W(n, "long")) &&
	    W(tk(c, i + 2), "term") && !(P(tk(c, i + 3), '-') &&
	    adj(tk(c, i + 3)))) {
		span(h, c, i, i + 3);
		hit_set(h, TIMEX_DATE, "FUTURE_REF");
		return h->ntok;
	}
	/* "at a later date", "a future date" */
	if (W(t, "a") && (W(n, "later") || W(n, "future")) &&
	    W(tk(c, i + 2), "date")) {
		span(h, c, i, i + 3);
		hit_set(h, TIMEX_DATE, "FUTURE_REF");
		return h->ntok;
	}
	if (W(t, "these") && W(n, "days")) {
		span(h, c, i, i + 2);
		hit_set(h, TIMEX_DATE, "PRESENT_REF");
		return h->ntok;
	}
	return 0;
}

/* "year-ago", "year-earlier", "year ago": tokens used. */
static long
year_ago(struct ctx *c, long j)
{
	if (W(tk(c, j), "year") && P(tk(c, j + 1), '-') &&
	    (W(tk(c, j + 2), "ago") || W(tk(c, j + 2), "earlier")))
		return 3;
	return 0;
}

/*
 * The words r_quarter() can open on, tested first: it is tried at most
 * tokens that reach the rules, and its full walk costs some 300
 * instructions to refuse one.
 */
static int
quarter_opener(const struct tok *t)
{
	const struct lex *lx;

	if (t->kind == TK_NUM)
		return t->ndig == 1;		/* "3rd quarter" */
	if (t->kind != TK_WORD || (lx = t->lex) == NULL)
		return 0;
	if (lx->cls == C_ORD)
		return 1;
	return W(t, "the") || W(t, "this") || W(t, "last") ||
	    W(t, "next") || W(t, "comparable") || W(t, "same") ||
	    W(t, "corresponding") || W(t, "year") || W(t, "fiscal") ||
	    W(t, "latest") || W(t, "previous") || W(t, "recent") ||
	    W(t, "current");
}

/*
 * Quarters and halves: the third quarter, third-quarter, the fiscal
 * first quarter, the year-ago quarter, the latest quarter, the first
 * half, the third quarter of 1989.  A quarter without a number is the
 * last complete one, as financial reports use it.
 */
static long
r_quarter(struct ctx *c, long i, struct hit *h)
{
	const struct lex *lx;
	struct cal_date d = c->pub;
	long j = i, k;
	int the = 0, ago = 0, ord = 0, half = 0, latest = 0, cur = 0, y;
	int yrel = 0, ylit = 0, hyph = 0;

	if (!quarter_opener(tk(c, i)))
		return 0;
	if (W(tk(c, j), "the")) {
		the = 1;
		j++;
	} else if ((W(tk(c, j), "this") || W(tk(c, j), "last") ||
	    W(tk(c, j), "next")) && W(tk(c, j + 1), "year") &&
	    P(tk(c, j + 2), '\'') && W(tk(c, j + 3), "s")) {
		/* this year's third quarter */
		yrel = W(tk(c, j), "this") ? 0 : W(tk(c, j), "last") ? -1 : 1;
		the = 1;
		j += 4;
		if (!c->has_pub)
			return 0;
		d = cal_add_years(d, yrel);
	}
	if (W(tk(c, j), "comparable") || W(tk(c, j), "same") ||
	    W(tk(c, j), "corresponding"))
		j++;
	if ((k = year_ago(c, j)) > 0) {
		ago = 1;
		j += k;
	} else if (the && year_tok(c, j)) {
		ylit = tk(c, j)->num;
		j++;
	}
	if (W(tk(c, j), "fiscal")) {
		j++;
		if (P(tk(c, j), '-') && adj(tk(c, j)))
			j++;
	}
	if (W(tk(c, j), "latest") || W(tk(c, j), "last") ||
	    W(tk(c, j), "previous") || W(tk(c, j), "recent")) {
		latest = 1;
		j++;
	} else if (W(tk(c, j), "current")) {
		cur = 1;
		j++;
	}
	if ((lx = L(tk(c, j), C_ORD)) != NULL && lx->val <= 4) {
		ord = lx->val;
		j++;
	} else if (the && (W(tk(c, j - 1), "last") || W(tk(c, j), "latter")) &&
	    W(tk(c, j + (W(tk(c, j), "latter") ? 1 : 0)), "half")) {
		/* "the last half of 1989", "the latter half": the second */
		j += W(tk(c, j), "latter") ? 1 : 0;
		ord = 2;
		latest = 0;
	} else if (is_num(tk(c, j), 1, 1) && tk(c, j)->num >= 1 &&
	    tk(c, j)->num <= 4 && ord_suffix(c, j + 1)) {
		ord = tk(c, j)->num;
		j += 2;
	}
	if (ord && P(tk(c, j), '-') && adj(tk(c, j))) {
		hyph = 1;
		j++;
	}
	if (W(tk(c, j), "quarter"))
		;
	else if (W(tk(c, j), "half") && ord >= 1 && ord <= 2)
		half = 1;
	else if (W(tk(c, j), "period") && (ago || ylit || (latest && the)) &&
	    !ord) {
		/* the year-earlier period, the 1988 period; in an earnings
		 * story "the latest period" is the quarter reported */
	} else
		return 0;
	if (!ord && !ago && !latest && !cur && !the)
		return 0;
	if (!ord && latest && !the)
		return 0;		/* "last quarter" is r_relative's */
	j++;
	/* "the last half of the '80s": the decade, its start or end */
	if (half && W(tk(c, j), "of") && !year_tok(c, j + 1) &&
	    (k = r_decade(c, j + 1, h)) > 0) {
		span(h, c, i, j + 1 + k);
		h->mod = ord == 1 ? TIMEX_MOD_START : TIMEX_MOD_END;
		return h->ntok;
	}
	if (!c->has_pub && !ord && !ylit)
		return 0;
	y = d.year;
	if (ylit)
		y = ylit;
	else if (W(tk(c, j), "of") && year_tok(c, j + 1)) {
		y = tk(c, j + 1)->num;
		ylit = y;
		j += 2;
	} else if (year_tok(c, j) && tk(c, j)->sp) {
		y = tk(c, j)->num;
		ylit = y;
		j++;
	}
	/* "the third-quarter loss": the article is the noun's */
	if (hyph && the && !yrel && !ylit && !ago && !latest && !cur)
		i++;
	span(h, c, i, j);
	if (!c->has_pub && !ylit) {
		hit_set(h, TIMEX_DATE, half ? "XXXX-H%d" : "XXXX-Q%d", ord);
		return h->ntok;
	}
	if (!ord && ylit && !half) {
		/* "the 1988 period": the year is all we know */
		hit_set(h, TIMEX_DATE, "%04d", y);
		return h->ntok;
	}
	if (!ord) {
		d = cur ? d : cal_add_months(d, -3);
		y = d.year;
		ord = cal_quarter(d.month);
	}
	if (ago)
		y--;
	hit_set(h, TIMEX_DATE, half ? "%04d-H%d" : "%04d-Q%d", y, ord);
	if (!half && !ago) {
		c->q_year = y;
		c->q_num = ord;
		c->q_tok = i;
	}
	return h->ntok;
}

/*
 * "A year ago" in an earnings report means the same quarter a year
 * before, when a quarter was named shortly before.  Tokens within
 * which the last quarter still sets the frame: a few sentences.
 */
#define QUARTER_FRAME_TOKENS	120

static int
quarter_frame(struct ctx *c, long i)
{
	return c->has_pub && c->q_tok >= 0 && i - c->q_tok <=
	    QUARTER_FRAME_TOKENS;
}

/* Bare "year-earlier", "year-ago": the year before publication. */
static long
r_year_ago(struct ctx *c, long i, struct hit *h)
{
	long k = year_ago(c, i);

	if (k == 0 || !c->has_pub)
		return 0;
	span(h, c, i, i + k);
	if (quarter_frame(c, i))
		hit_set(h, TIMEX_DATE, "%04d-Q%d", c->q_year - 1, c->q_num);
	else
		hit_gran(h, c, cal_add_years(c->pub, -1), G_YEAR);
	return h->ntok;
}

static const char *const year_end_cues[] = {
	"by", "around", "at", "since", "until", "till", "before", "after",
	NULL
};

/*
 * "by year-end", "around year end", "since year-end": the last day of
 * the publication year, of the year before after "since".  Only after
 * a preposition: "year-end results" is an adjective, not a timex.
 */
static long
r_year_end(struct ctx *c, long i, struct hit *h)
{
	long k;

	if (!W(tk(c, i), "year") || !WL(tk(c, i - 1), year_end_cues))
		return 0;
	if (P(tk(c, i + 1), '-') && adj(tk(c, i + 1)) &&
	    W(tk(c, i + 2), "end") && adj(tk(c, i + 2)))
		k = 3;
	else if (W(tk(c, i + 1), "end"))
		k = 2;
	else if (P(tk(c, i + 1), '\'') && adj(tk(c, i + 1)) &&
	    W(tk(c, i + 2), "s") && W(tk(c, i + 3), "end"))
		k = 4;		/* "by year's end" */
	else
		return 0;
	span(h, c, i, i + k);
	if (c->has_pub)
		hit_set(h, TIMEX_DATE, "%04d-12-31", c->pub.year -
		    (W(tk(c, i - 1), "since") ? 1 : 0));
	else
		hit_set(h, TIMEX_DATE, "XXXX-12-31");
	return h->ntok;
}

static const char *const decade_words[] = {
	"twenties", "thirties", "forties", "fifties", "sixties",
	"seventies", "eighties", "nineties", NULL
};

/* The century a two-digit decade falls in: the latest one not after
 * the publication year ('90s in 2016 are the 1990s). */
static int
decade_century(struct ctx *c, int yy)
{
	int cy = c->has_pub ? c->pub.year / 100 : 19;

	if (c->has_pub && yy > c->pub.year % 100)
		cy--;
	return cy;
}

/* the 1990s, the '90s, the nineties, the 20th century. */
static long
r_decade(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t;
	const struct lex *lx;
	long j = i;
	int v = -1, n;

	if (W(tk(c, j), "the"))
		j++;
	t = tk(c, j);
	if (is_num(t, 4, 4) && t->num % 10 == 0 && !num_embedded(c, j) &&
	    W(tk(c, j + 1), "s") && adj(tk(c, j + 1))) {
		v = t->num / 10;
		j += 2;
	} else if (is_num(t, 4, 4) && t->num % 10 == 0 &&
	    P(tk(c, j + 1), '\'') && adj(tk(c, j + 1)) &&
	    W(tk(c, j + 2), "s") && adj(tk(c, j + 2))) {
		v = t->num / 10;
		j += 3;
	} else if (P(t, '\'') && is_num(tk(c, j + 1), 2, 2) &&
	    adj(tk(c, j + 1)) && tk(c, j + 1)->num % 10 == 0 &&
	    W(tk(c, j + 2), "s") && adj(tk(c, j + 2))) {
		n = tk(c, j + 1)->num;
		v = decade_century(c, n) * 10 + n / 10;
		j += 3;
	} else if (WL(t, decade_words) && j > i) {
		for (n = 0; decade_words[n] != NULL; n++)
			if (strcmp(t->low, decade_words[n]) == 0)
				break;
		n = (n + 2) * 10;
		v = decade_century(c, n) * 10 + n / 10;
		j++;
	} else {
		/* the 20th century, the nineteenth century */
		if ((lx = L(t, C_ORD)) != NULL)
			n = lx->val, j++;
		else if (W(t, "nineteenth"))
			n = 19, j++;
		else if (W(t, "twentieth"))
			n = 20, j++;
		else if (W(t, "twenty") && P(tk(c, j + 1), '-') &&
		    W(tk(c, j + 2), "first"))
			n = 21, j += 3;
		else if (is_num(t, 1, 2) && t->num >= 1 &&
		    ord_suffix(c, j + 1))
			n = t->num, j += 2;
		else
			return 0;
		if (P(tk(c, j), '-') && adj(tk(c, j)))
			j++;
		if (!W(tk(c, j), "century"))
			return 0;
		span(h, c, i, j + 1);
		hit_set(h, TIMEX_DATE, "%02d", n - 1);
		return h->ntok;
	}
	span(h, c, i, j);
	hit_set(h, TIMEX_DATE, "%03d", v);
	return h->ntok;
}

/*
 * A count before a unit: 35, 2,000, three, twenty-five, twenty four,
 * a/an/one, a couple of, a dozen, a hundred, several, a few, 5 1/2.
 * *val is -1 for a vague count; *art tells "a"/"an"; *half a trailing
 * "1/2".  Tokens used, 0 if none.  (A new first word here must be added
 * to duration_opener().)
 */
static long
count(struct ctx *c, long i, int *val, int *art, int *half)
{
	const struct tok *t = tk(c, i), *n;
	const struct lex *lx, *lx2;
	long j = i;

	*art = *half = 0;
	if (t->kind == TK_NUM) {
		if (t->num < 0 || is_currency(tk(c, i - 1)) ||
		    (adj(t) && tk(c, i - 1)->kind != TK_PUNCT &&
		    tk(c, i - 1)->kind != TK_NONE))
			return 0;
		*val = t->num;
		j++;
		/* thousands: 2,000 */
		while (P(tk(c, j), ',') && adj(tk(c, j)) &&
		    is_num(tk(c, j + 1), 3, 3) && adj(tk(c, j + 1)) &&
		    *val < 1000000) {
			*val = *val * 1000 + tk(c, j + 1)->num;
			j += 2;
		}
		n = tk(c, j);
		if (adj(n) && (P(n, '.') || P(n, ',') || P(n, '/') ||
		    P(n, ':')) && tk(c, j + 1)->kind == TK_NUM)
			return 0;
		if (adj(n) && (P(n, '%') || n->kind == TK_WORD))
			return 0;
		if (is_num(n, 1, 1) && n->num == 1 && P(tk(c, j + 1), '/') &&
		    adj(tk(c, j + 1)) && is_num(tk(c, j + 2), 1, 1) &&
		    tk(c, j + 2)->num == 2 && adj(tk(c, j + 2))) {
			*half = 1;
			j += 3;
		}
		return j - i;
	}
	if ((lx = L(t, C_NUM)) != NULL) {
		*val = lx->val;
		j++;
		if (lx->val >= 20 && lx->val < 100 && lx->val % 10 == 0) {
			n = tk(c, j);
			if (P(n, '-') && adj(n) &&
			    (lx2 = L(tk(c, j + 1), C_NUM)) != NULL &&
			    lx2->val < 10) {
				*val += lx2->val;
				j += 2;
			} else if ((lx2 = L(n, C_NUM)) != NULL &&
			    lx2->val < 10) {
				*val += lx2->val;
				j++;
			}
		}
		if (lx->val == 1 && W(tk(c, j), "hundred")) {
			*val = 100;
			j++;
		}
		if (W(tk(c, j), "and") && W(tk(c, j + 1), "a") &&
		    W(tk(c, j + 2), "half")) {
			*half = 1;
			j += 3;
		}
		return j - i;
	}
	if (W(t, "a") || W(t, "an")) {
		n = tk(c, i + 1);
		if (W(n, "couple") && W(tk(c, i + 2), "of")) {
			*val = 2;
			return 3;
		}
		if (W(n, "few")) {
			*val = -1;
			return 2;
		}
		if (W(n, "dozen")) {
			*val = 12;
			return 2;
		}
		if (W(n, "hundred")) {
			*val = 100;
			return 2;
		}
		*val = 1;
		*art = 1;
		return 1;
	}
	if (W(t, "several") || W(t, "few") || W(t, "many")) {
		*val = -1;
		return 1;
	}
	/* "the next couple of years": the article is "the"'s */
	if (W(t, "couple") && W(tk(c, i + 1), "of")) {
		*val = 2;
		return 2;
	}
	return 0;
}

/* A unit word at j: tokens used (0 if none), *u and *plural set.
 * "second" is an ordinal unless a count came before it. */
static long
unit_at(struct ctx *c, long j, int counted, enum unit *u, int *plural)
{
	const struct tok *t = tk(c, j);
	const struct lex *lx = L(t, C_UNIT);

	if (lx != NULL) {
		*u = (enum unit)lx->val;
		*plural = (lx->flags & F_PLURAL) != 0;
		return 1;
	}
	if (counted && W(t, "second")) {
		*u = U_SEC;
		*plural = 0;
		return 1;
	}
	return 0;
}

/* P3Y, PT5H30M, P1DE, PXY. */
static void
fmt_duration(char *buf, size_t len, enum unit u, int val, int half)
{
	char n[16];
	int v = val;

	if (u == U_FORTNIGHT) {
		u = U_WEEK;
		if (v > 0)
			v *= 2;
	}
	if (v < 0)
		snprintf(n, sizeof(n), "X");
	else
		snprintf(n, sizeof(n), "%d", v);
	switch (u) {
	case U_SEC:
		snprintf(buf, len, "PT%sS", n);
		break;
	case U_MIN:
		snprintf(buf, len, half && v >= 0 ? "PT%sM30S" : "PT%sM", n);
		break;
	case U_HOUR:
		snprintf(buf, len, half && v >= 0 ? "PT%sH30M" : "PT%sH", n);
		break;
	case U_DAY:
		snprintf(buf, len, half && v >= 0 ? "P%sDT12H" : "P%sD", n);
		break;
	case U_WEEK:
		snprintf(buf, len, "P%sW", n);
		break;
	case U_MONTH:
		snprintf(buf, len, "P%sM", n);
		break;
	case U_QUARTER:
		snprintf(buf, len, "P%sQ", n);
		break;
	case U_YEAR:
		snprintf(buf, len, half && v >= 0 ? "P%sY6M" : "P%sY", n);
		break;
	case U_DECADE:
		snprintf(buf, len, "P%sDE", n);
		break;
	case U_CENTURY:
		snprintf(buf, len, "P%sCE", n);
		break;
	default:
		snprintf(buf, len, "P%sD", n);
		break;
	}
}

static const char *const dur_rel[] = {
	"past", "last", "next", "coming", "first", "latest", "previous",
	"final", "following", "recent", "initial", "preceding", "ensuing",
	"same", NULL
};

/* Determiners after "a quarter of" that make it a fraction. */
static const char *const fraction_of[] = {
	"the", "a", "an", "its", "their", "his", "her", "our", "this",
	"that", "these", "those", "all", NULL
};

static const char *const dur_adj[] = {
	"more", "additional", "consecutive", "straight", "full", "long",
	"trading", "business", "calendar", "fiscal", "whole", "entire",
	"extra", "further", NULL
};

/*
 * ", on August 15, 1948" / ", in 1948" after token i - 1: the calendar
 * date it names, into *d.  1 if there is one.
 */
static int
apposition(struct ctx *c, long i, struct cal_date *d)
{
	struct hit ah;
	int g;

	if (!P(tk(c, i), ',') || !(W(tk(c, i + 1), "on") ||
	    W(tk(c, i + 1), "in")))
		return 0;
	memset(&ah, 0, sizeof(ah));
	if (r_month(c, i + 2, &ah, 0) <= 0 && r_day_month(c, i + 2, &ah) <= 0 &&
	    (!year_tok(c, i + 2) || r_year(c, i + 2, &ah) <= 0))
		return 0;
	return ah.type == TIMEX_DATE && value_date(ah.value, d, &g);
}

/*
 * Anaphoric and vague references with a unit: "that same year", "that
 * month", "the following day", "the next day" against the last date the
 * text named (HeidelTime's UNDEF-REF); "the weekend".
 */
static long
r_anaphora(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i);
	const struct lex *lx;
	struct cal_date d;
	long j = i;
	int the = 0, off, part;

	if (W(t, "the") || W(t, "that")) {
		the = 1;
		j++;
	}
	t = tk(c, j);
	if (!the)
		return 0;
	if (W(t, "weekend")) {
		span(h, c, i, j + 1);
		h->type = TIMEX_DATE;
		d = c->pub;
		if (c->has_pub && !future_tense(c, i))
			d = cal_add_days(d, -cal_weekday(d.year, d.month,
			    d.day));
		weekend_value(h->value, sizeof(h->value), c->has_pub, d);
		return h->ntok;
	}
	if (W(t, "same"))
		off = 0;
	else if (W(t, "following") && W(tk(c, i), "the"))
		off = 1;
	else if (W(t, "next") && W(tk(c, i), "the") &&
	    (W(tk(c, j + 1), "day") || L(tk(c, j + 1), C_PART) != NULL))
		off = 1;
	else if (W(tk(c, i), "that"))
		off = 0, j--;
	else
		return 0;
	j++;
	/* "the next morning", "the following night": a part of the day
	 * after the reference day (a TIMEX3 TIME) */
	if (off == 1 && part_of_day(c, j, &part)) {
		char day[TIMEX_VALUE_MAX];

		span(h, c, i, j + 1);
		hit_anaphoric(h, c, U_DAY, 1);
		memcpy(day, h->value, sizeof(day));
		hit_set(h, TIMEX_TIME, "%sT%s", day, part_code[part]);
		return h->ntok;
	}
	if ((lx = L(tk(c, j), C_UNIT)) == NULL || (lx->flags & F_PLURAL))
		return 0;
	switch (lx->val) {
	case U_DAY:
	case U_WEEK:
	case U_MONTH:
	case U_YEAR:
		break;
	default:
		return 0;
	}
	/* "that day's", "the same day as": still the day; but "the same
	 * year-ago" and "that day-to-day" are not ours */
	if (P(tk(c, j + 1), '-') && adj(tk(c, j + 1)))
		return 0;
	span(h, c, i, j + 1);
	hit_anaphoric(h, c, lx->val, off);
	return h->ntok;
}

/* Approximation words before a count, and their TIMEX3 mod.  (A new
 * first word here must be added to duration_opener().) */
static long
approx(struct ctx *c, long i, enum timex_mod *mod)
{
	const struct tok *t = tk(c, i), *n = tk(c, i + 1);

	if (W(t, "roughly") || W(t, "approximately") || W(t, "almost") ||
	    W(t, "nearly") || W(t, "some")) {
		*mod = TIMEX_MOD_APPROX;
		return 1;
	}
	if ((W(t, "more") || W(t, "less") || W(t, "fewer")) &&
	    W(n, "than")) {
		*mod = W(t, "more") ? TIMEX_MOD_MORE_THAN :
		    TIMEX_MOD_LESS_THAN;
		return 2;
	}
	if (W(t, "at") && (W(n, "least") || W(n, "most"))) {
		*mod = W(n, "least") ? TIMEX_MOD_EQUAL_OR_MORE :
		    TIMEX_MOD_EQUAL_OR_LESS;
		return 2;
	}
	if (W(t, "no") && (W(n, "more") || W(n, "less")) &&
	    W(tk(c, i + 2), "than")) {
		*mod = W(n, "more") ? TIMEX_MOD_EQUAL_OR_LESS :
		    TIMEX_MOD_EQUAL_OR_MORE;
		return 3;
	}
	if (W(t, "up") && W(n, "to")) {
		*mod = TIMEX_MOD_EQUAL_OR_LESS;
		return 2;
	}
	return 0;
}

static const char *const per_words[] = {
	"million", "billion", "percent", "cents", "dollars", "times",
	"once", "twice", "thousand", "trillion", NULL
};

/*
 * The tokens r_duration() can open on, tested first, as for
 * r_quarter(): a number or a number word, a unit ("for weeks",
 * "day-long"), an approximation (approx()), an article, a relative word
 * (dur_rel), or a vague count (count()).
 */
static int
duration_opener(const struct tok *t)
{
	const struct lex *lx;

	if (t->kind == TK_NUM)
		return 1;
	if (t->kind != TK_WORD || (lx = t->lex) == NULL)
		return 0;
	if (lx->cls == C_NUM || lx->cls == C_UNIT)
		return 1;
	return W(t, "the") || W(t, "a") || W(t, "an") || W(t, "several") ||
	    W(t, "few") || W(t, "many") || W(t, "couple") ||
	    W(t, "roughly") || W(t, "approximately") || W(t, "almost") ||
	    W(t, "nearly") || W(t, "some") || W(t, "more") || W(t, "less") ||
	    W(t, "fewer") || W(t, "at") || W(t, "no") || W(t, "up") ||
	    WL(t, dur_rel);
}

/*
 * Durations and what hangs on them: three years, 35 years, the past
 * two months, the first nine months, a decade, two-year, 16-hour,
 * 5 1/2 hours, recent years, for weeks; "ago"/"earlier"/"later" turn
 * one into a date; "a year" after an amount is a set.
 */
static long
r_duration(struct ctx *c, long i, struct hit *h)
{
	enum timex_mod mod = TIMEX_MOD_NONE;
	enum unit u;
	struct cal_date d;
	long j = i, k, jc;
	int the = 0, rel = 0, val = 0, art = 0, half = 0, plural, hyph = 0;
	int counted, k2, art2, half2, lng = 0, ahead = 0;

	if (!duration_opener(tk(c, i)))
		return 0;
	j += approx(c, j, &mod);
	if (j > i && W(tk(c, i), "some") && count(c, j, &val, &art, &half) ==
	    0)
		return 0;
	if (W(tk(c, j), "the")) {
		the = 1;
		j++;
	}
	if (WL(tk(c, j), dur_rel)) {
		rel = 1;
		j++;
	}
	jc = j;
	k = count(c, j, &val, &art, &half);
	counted = k > 0;
	j += k;
	/* a range, "two to three weeks", "12 to 18 months": the first */
	if (counted && !art && (W(tk(c, j), "to") || W(tk(c, j), "or")) &&
	    count(c, j + 1, &k2, &art2, &half2) > 0 && !art2 &&
	    unit_at(c, j + 1 + count(c, j + 1, &k2, &art2, &half2), 1, &u,
	    &plural) > 0)
		j += 1 + count(c, j + 1, &k2, &art2, &half2);
	/* "the 1988 quarter" is a year, not 1988 quarters */
	if (counted && is_num(tk(c, jc), 4, 4) && year_tok(c, jc) &&
	    !adj(tk(c, j)) && k == 1 && (the || rel))
		return 0;
	if (counted && P(tk(c, j), '-') && adj(tk(c, j)) &&
	    adj(tk(c, j + 1)) && !half) {
		hyph = 1;
		j++;
	} else if (WL(tk(c, j), dur_adj))
		j++;
	if (unit_at(c, j, counted, &u, &plural) == 0)
		return 0;
	if (hyph && plural)
		return 0;
	/* "a quarter of the market", "three quarters of its food": a
	 * fraction, not a time ("several quarters of losses" is one) */
	if (u == U_QUARTER && counted && val >= 1 && val <= 3 &&
	    W(tk(c, j + 1), "of") && WL(tk(c, j + 2), fraction_of))
		return 0;
	/* "day-long", "decades-long": the unit alone as an adjective */
	if (!counted && j == i && P(tk(c, j + 1), '-') &&
	    adj(tk(c, j + 1)) && W(tk(c, j + 2), "long") &&
	    adj(tk(c, j + 2)))
		lng = 1;
	/* "the weeks ahead", "the months ahead" */
	if (!counted && plural && the && !rel && W(tk(c, j + 1), "ahead"))
		ahead = 1;
	if (lng || ahead)
		val = plural ? -1 : 1;
	else if (!counted) {
		if (plural) {
			/* recent years, the coming weeks, for years */
			if (!(rel && (W(tk(c, jc - 1), "recent") ||
			    W(tk(c, jc - 1), "coming") ||
			    W(tk(c, jc - 1), "past"))) &&
			    !(!the && !rel && j == i && (W(tk(c, i - 1), "for") ||
			    W(tk(c, i - 1), "within"))))
				return 0;
			val = -1;
		} else {
			/* the past year, past decade; "last year" is a date */
			if (!rel || !(the || W(tk(c, jc - 1), "past") ||
			    W(tk(c, jc - 1), "coming")))
				return 0;
			val = 1;
		}
	} else {
		if (art && plural)
			return 0;
		if (val == 0 && !plural)
			return 0;
		if (val < 0 && !plural)
			return 0;
		/* "the first nine months" yes; "the 35 years" yes; but a
		 * count right after a year-ish number is not ours */
	}
	j++;
	/* ages are not durations in TimeML news ("6-year-old", "35 years
	 * old"); "a year-earlier loss" is r_year_ago's */
	if (W(tk(c, j), "old") || (P(tk(c, j), '-') && adj(tk(c, j)) &&
	    (W(tk(c, j + 1), "old") || W(tk(c, j + 1), "olds") ||
	    (!hyph && !lng && tk(c, j + 1)->kind == TK_WORD &&
	    adj(tk(c, j + 1))))))
		return 0;
	if ((hyph || lng) && P(tk(c, j), '-') && adj(tk(c, j)) &&
	    W(tk(c, j + 1), "long"))
		j += 2;
	else if (ahead)
		j++;
	/* adjectival forms modify a noun; the article belongs to it */
	if (hyph && the && !rel && W(tk(c, i), "the")) {
		i++;
		the = 0;
	}
	if (W(tk(c, j), "or") && W(tk(c, j + 1), "so"))
		j += 2;
	/* ago / earlier / later: a point in time */
	if (!the && !rel && !hyph && (W(tk(c, j), "ago") ||
	    W(tk(c, j), "earlier") || W(tk(c, j), "later") ||
	    W(tk(c, j), "hence"))) {
		int sign = W(tk(c, j), "later") || W(tk(c, j), "hence") ?
		    1 : -1;

		span(h, c, i, j + 1);
		h->mod = mod;
		if (val < 0 || !c->has_pub) {
			hit_set(h, TIMEX_DATE, "%s", sign < 0 ? "PAST_REF" :
			    "FUTURE_REF");
			return h->ntok;
		}
		if (u == U_SEC || u == U_MIN || u == U_HOUR) {
			hit_gran(h, c, c->pub, G_DAY);
			return h->ntok;
		}
		if (u == U_YEAR && val == 1 && quarter_frame(c, i)) {
			hit_set(h, TIMEX_DATE, "%04d-Q%d", c->q_year + sign,
			    c->q_num);
			return h->ntok;
		}
		/* "three years later, on August 15, 1948": the date in
		 * apposition says which */
		if (apposition(c, j + 1, &d)) {
			hit_gran(h, c, d, unit_gran(u));
			return h->ntok;
		}
		/* "later" counts from the time the text is talking
		 * about; "ago", and "earlier" in news ("a year earlier"
		 * in an earnings report), from now */
		if (sign < 0 || W(tk(c, j), "hence")) {
			d = shift(c->pub, u, sign * val);
			hit_gran(h, c, d, unit_gran(u));
		} else
			hit_anaphoric(h, c, u, sign * val);
		return h->ntok;
	}
	/* $5 million a year, twice a day: a frequency */
	if (art && !the && !rel && (tk(c, i - 1)->kind == TK_NUM ||
	    WL(tk(c, i - 1), per_words))) {
		span(h, c, i, j);
		fmt_duration(h->value, sizeof(h->value), u, 1, 0);
		h->type = TIMEX_SET;
		return h->ntok;
	}
	span(h, c, i, j);
	h->mod = mod;
	h->type = TIMEX_DURATION;
	fmt_duration(h->value, sizeof(h->value), u, val, half);
	return h->ntok;
}

/* daily, weekly, annually; every day, each Thursday, per year. */
static long
r_set(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i);
	const struct lex *lx;
	enum unit u;
	long j = i + 1, k;
	int val = 1, art, half, plural, part;

	if ((lx = L(t, C_SETW)) != NULL) {
		span(h, c, i, j);
		h->type = TIMEX_SET;
		fmt_duration(h->value, sizeof(h->value), lx->val, 1, 0);
		return h->ntok;
	}
	if (!W(t, "every") && !W(t, "each") && !W(t, "per"))
		return 0;
	if (W(tk(c, j), "other")) {
		val = 2;
		j++;
	}
	if ((lx = L(tk(c, j), C_WDAY)) != NULL && !(lx->flags & F_PLURAL)) {
		span(h, c, i, j + 1);
		hit_set(h, TIMEX_SET, "XXXX-WXX-%d", lx->val);
		return h->ntok;
	}
	/* "each July": the month of every year */
	if ((lx = L(tk(c, j), C_MONTH)) != NULL && tk(c, j)->cap &&
	    !(lx->flags & F_ABBR) && val == 1) {
		span(h, c, i, j + 1);
		hit_set(h, TIMEX_SET, "XXXX-%02d", lx->val);
		return h->ntok;
	}
	if (part_of_day(c, j, &part)) {
		span(h, c, i, j + 1);
		hit_set(h, TIMEX_SET, "XXXX-XX-XXT%s", part_code[part]);
		return h->ntok;
	}
	if ((k = count(c, j, &val, &art, &half)) > 0 && !art && val > 0)
		j += k;
	if (unit_at(c, j, k > 0, &u, &plural) == 0)
		return 0;
	span(h, c, i, j + 1);
	h->type = TIMEX_SET;
	fmt_duration(h->value, sizeof(h->value), u, val, 0);
	return h->ntok;
}

static const char *const year_cues[] = {
	"in", "since", "of", "by", "from", "until", "till", "through",
	"to", "during", "before", "after", "between", "and", "or", "year",
	"early", "late", "mid", "fiscal", "calendar", "around", "circa",
	"spring", "summer", "fall", "autumn", "winter", "the", "end",
	"beginning", "start", "middle", "as", "for", NULL
};

/* Words after a number that make it a count, not a year. */
static const char *const count_nouns[] = {
	"people", "persons", "men", "women", "children", "troops",
	"soldiers", "students", "workers", "employees", "jobs", "feet",
	"meters", "metres", "miles", "kilometers", "kilometres", "km",
	"acres", "tons", "tonnes", "pounds", "dollars", "yen", "euros",
	"barrels", "shares", "units", "cars", "homes", "houses", "points",
	"votes", "members", "copies", "calories", "rooms", "beds", "cases",
	"deaths", "dead", "residents", "refugees", "delegates", "pages",
	"words", "lines", "times", "hours", "minutes", "days", "weeks",
	"months", "years", "degrees", "euro", "francs", "marks", "rupees",
	"visitors", "patients", "cattle", "animals", "planes", "aircraft",
	"ships", "tanks", "guns", "prisoners", "hostages", "others",
	"pupils", "teachers", "police", "officers", "families", "villages",
	"square", "cubic", "yards", "inches", "kg", "kilograms", "grams",
	NULL
};

/* Words before a number that make it a count, not a year. */
static const char *const count_cues[] = {
	"than", "about", "nearly", "some", "approximately", "over",
	"under", "least", "most", "only", "just", "total", "additional",
	"another", "extra", "almost", "roughly", "numbered", "number",
	"no", "all", "top", "page", "route", "flight", "room", "suite",
	"highway", "interstate", "channel", "section", "article", "model",
	"rule", "resolution", "chapter", "box", "apartment", "unit",
	"code", "building", NULL
};

/* 1998, fiscal 1989, mid-1990. */
static long
r_year(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i), *p = tk(c, i - 1), *n;
	long s = i, j;

	if (W(t, "fiscal") || W(t, "calendar")) {
		if (!year_tok(c, i + 1))
			return 0;
		span(h, c, i, i + 2);
		hit_set(h, TIMEX_DATE, "%04d", tk(c, i + 1)->num);
		return h->ntok;
	}
	if (W(t, "mid") && P(tk(c, i + 1), '-') && adj(tk(c, i + 1)) &&
	    year_tok(c, i + 2) && adj(tk(c, i + 2))) {
		span(h, c, i, i + 3);
		h->mod = TIMEX_MOD_MID;
		hit_set(h, TIMEX_DATE, "%04d", tk(c, i + 2)->num);
		return h->ntok;
	}
	if (!year_tok(c, i))
		return 0;
	n = tk(c, i + 1);
	if (WL(p, count_cues) || WL(n, count_nouns))
		return 0;
	if (t->num < YEAR_LIKELY_MIN && !WL(p, year_cues))
		return 0;
	j = i + 1;
	span(h, c, s, j);
	hit_set(h, TIMEX_DATE, "%04d", t->num);
	return h->ntok;
}

/* nineteen ninety-six: spoken years in transcripts. */
static long
r_spelled_year(struct ctx *c, long i, struct hit *h)
{
	const struct lex *a = L(tk(c, i), C_NUM), *b, *o;
	long j = i + 1;
	int y;

	/* "the year 2000", "the year two thousand": the noun is part of
	 * the expression */
	if (W(tk(c, i), "the") && W(tk(c, j), "year")) {
		if (year_tok(c, j + 1))
			y = tk(c, j + 1)->num;
		else if ((b = L(tk(c, j + 1), C_NUM)) != NULL &&
		    b->val >= 1 && b->val <= 9 &&
		    W(tk(c, j + 2), "thousand") &&
		    L(tk(c, j + 3), C_NUM) == NULL)
			y = b->val * 1000;
		else
			return 0;
		span(h, c, i, j + 2 + (year_tok(c, j + 1) ? 0 : 1));
		hit_set(h, TIMEX_DATE, "%04d", y);
		return h->ntok;
	}
	if (a == NULL || a->val < 11 || a->val > 20)
		return 0;
	if ((b = L(tk(c, j), C_NUM)) == NULL || b->val < 20 ||
	    b->val % 10 != 0 || b->val > 90)
		return 0;
	y = a->val * 100 + b->val;
	j++;
	if (P(tk(c, j), '-') && adj(tk(c, j)) &&
	    (o = L(tk(c, j + 1), C_NUM)) != NULL && o->val < 10) {
		y += o->val;
		j += 2;
	}
	if (L(tk(c, j), C_UNIT) != NULL)
		return 0;
	span(h, c, i, j);
	hit_set(h, TIMEX_DATE, "%04d", y);
	return h->ntok;
}

/*
 * Modifiers that open a date: early/late/mid(-), earlier/later, the
 * end/beginning/start/middle of.  Tokens used; *mod set.
 */
static long
prefix(struct ctx *c, long i, enum timex_mod *mod)
{
	const struct tok *t = tk(c, i);
	long j = i;

	if (W(t, "the") && (W(tk(c, i + 1), "end") ||
	    W(tk(c, i + 1), "beginning") || W(tk(c, i + 1), "start") ||
	    W(tk(c, i + 1), "middle")) && W(tk(c, i + 2), "of")) {
		t = tk(c, i + 1);
		*mod = W(t, "end") ? TIMEX_MOD_END : W(t, "middle") ?
		    TIMEX_MOD_MID : TIMEX_MOD_START;
		return 3;
	}
	if (W(t, "the"))
		j++;
	t = tk(c, j);
	if (W(t, "early") || W(t, "late") || W(t, "mid") ||
	    W(t, "earlier") || W(t, "later")) {
		*mod = W(t, "early") ? TIMEX_MOD_START : W(t, "late") ?
		    TIMEX_MOD_END : W(t, "mid") ? TIMEX_MOD_MID :
		    TIMEX_MOD_NONE;
		j++;
		if (P(tk(c, j), '-') && adj(tk(c, j)))
			j++;
		return j - i;
	}
	return 0;
}

/* Rules that can follow a prefix ("early next year", "late Friday"). */
static long
after_prefix(struct ctx *c, long i, struct hit *h)
{
	long n;

	if ((n = r_anaphora(c, i, h)) > 0 ||
	    (n = r_relative(c, i, h)) > 0 || (n = r_decade(c, i, h)) > 0 ||
	    (n = r_month(c, i, h, 1)) > 0 || (n = r_weekday(c, i, h, -1)) > 0)
		return n;
	if ((n = r_quarter(c, i, h)) > 0 || (n = r_season(c, i, h)) > 0 ||
	    (n = r_the_unit(c, i, h)) > 0)
		return n;
	if ((W(tk(c, i), "yesterday") || W(tk(c, i), "today") ||
	    W(tk(c, i), "tomorrow")) && (n = r_deixis(c, i, h)) > 0)
		return n;
	if (year_tok(c, i) && (n = r_year(c, i, h)) > 0)
		return n;
	return 0;
}

/*
 * The rules that can open on a number, in match()'s order: every other
 * rule tests a word first.  News text is full of numbers that are not
 * dates (money, counts, scores), and trying the word rules on them cost
 * a third of the extractor's time.
 */
static long
match_num(struct ctx *c, long i, struct hit *h)
{
	long n;

	if ((n = r_range_end(c, i, h)) > 0 || (n = r_numeric(c, i, h)) > 0 ||
	    (n = r_year_range(c, i, h)) > 0 || (n = r_quarter(c, i, h)) > 0 ||
	    (n = r_time(c, i, h)) > 0 || (n = r_decade(c, i, h)) > 0 ||
	    (n = r_duration(c, i, h)) > 0 || (n = r_day_month(c, i, h)) > 0 ||
	    (n = r_year(c, i, h)) > 0)
		return n;
	return 0;
}

/* Try every rule at token i, most specific first. */
static long
match(struct ctx *c, long i, struct hit *h)
{
	const struct tok *t = tk(c, i);
	enum timex_mod mod = TIMEX_MOD_NONE;
	long k, n;

	memset(h, 0, sizeof(*h));
	/* Of punctuation only the apostrophe of '58 and '80s opens a date. */
	if (t->kind == TK_PUNCT) {
		if (!P(t, '\''))
			return 0;
		if ((n = r_short_year(c, i, h)) > 0 ||
		    (n = r_decade(c, i, h)) > 0)
			return n;
		return 0;
	}
	if (t->kind == TK_NUM)
		return match_num(c, i, h);
	if ((k = prefix(c, i, &mod)) > 0 &&
	    (n = after_prefix(c, i + k, h)) > 0) {
		h->start = tk(c, i)->start;
		h->ntok = n + k;
		if (h->mod == TIMEX_MOD_NONE)
			h->mod = mod;
		return h->ntok;
	}
	memset(h, 0, sizeof(*h));
	if ((n = r_range_end(c, i, h)) > 0 || (n = r_anaphora(c, i, h)) > 0 ||
	    (n = r_numeric(c, i, h)) > 0 || (n = r_year_range(c, i, h)) > 0 ||
	    (n = r_short_year(c, i, h)) > 0 || (n = r_quarter(c, i, h)) > 0 ||
	    (n = r_year_ago(c, i, h)) > 0 || (n = r_year_end(c, i, h)) > 0 ||
	    (n = r_time(c, i, h)) > 0 || (n = r_mid_part(c, i, h)) > 0 ||
	    (n = r_decade(c, i, h)) > 0 || (n = r_duration(c, i, h)) > 0 ||
	    (n = r_relative(c, i, h)) > 0 ||
	    (n = r_weekday(c, i, h, -1)) > 0 ||
	    (n = r_month(c, i, h, 0)) > 0 || (n = r_day_month(c, i, h)) > 0 ||
	    (n = r_ordinal_day(c, i, h)) > 0 ||
	    (n = r_deixis(c, i, h)) > 0 || (n = r_set(c, i, h)) > 0 ||
	    (n = r_holiday(c, i, h)) > 0 || (n = r_season(c, i, h)) > 0 ||
	    (n = r_unit_phrase(c, i, h)) > 0 || (n = r_year(c, i, h)) > 0 ||
	    (n = r_spelled_year(c, i, h)) > 0)
		return n;
	return 0;
}

/*
 * Is the reference date already inside the period (d, g)?  Then it is
 * the finer of the two and stays ("in April this year": April).
 */
static int
ref_within(const struct ctx *c, struct cal_date d, int g)
{
	if (!c->has_ref || c->ref_gran >= g || c->ref.year != d.year)
		return 0;
	return g == G_YEAR || c->ref.month == d.month;
}

/* Can an F_LEAD word before t open a match? */
static int
leads_on(const struct tok *t)
{
	return t->kind == TK_NUM || (t->kind == TK_WORD && t->lex != NULL) ||
	    P(t, '\'') || P(t, '-');
}

int
dates_extract(const struct article *a, struct extract_out *out)
{
	struct ctx c;
	struct hit h;
	struct timex3 t;
	const struct tok *tok;
	struct cal_date ref;
	long i = 0, n;
	int g;

	memset(&c.sc, 0, sizeof(c.sc));
	c.sc.s = a->body.p;
	c.sc.len = a->body.p != NULL ? a->body.len : 0;
	c.has_pub = a->pub.year != 0 && cal_valid(a->pub.year,
	    a->pub.month, a->pub.day);
	c.pub.year = c.has_pub ? a->pub.year : 0;
	c.pub.month = c.has_pub ? a->pub.month : 1;
	c.pub.day = c.has_pub ? a->pub.day : 1;
	c.q_tok = -1;
	c.range_tok = -1;
	c.has_ref = 0;
	while ((tok = tk(&c, i))->kind != TK_NONE) {
		if ((tok->kind == TK_WORD && (tok->lex == NULL ||
		    (tok->lex->flags & F_CTX) || ((tok->lex->flags & F_LEAD) &&
		    !leads_on(tk(&c, i + 1))))) ||
		    (n = match(&c, i, &h)) <= 0) {
			i++;
			continue;
		}
		memset(&t, 0, sizeof(t));
		t.start = h.start;
		t.end = h.end;
		t.type = h.type;
		t.mod = h.mod;
		memcpy(t.value, h.value, sizeof(t.value));
		if (timex_list_push(&out->dates, &t) == -1)
			return -1;
		if ((t.type == TIMEX_DATE || t.type == TIMEX_TIME) &&
		    value_date(t.value, &ref, &g) && !ref_within(&c, ref, g)) {
			c.has_ref = 1;
			c.ref = ref;
			c.ref_gran = g;
		}
		i += n;
	}
	return 0;
}
