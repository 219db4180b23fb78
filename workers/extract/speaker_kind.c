/*
 * speaker_kind.c — the person-name test: what a capitalised name is as a
 * speaker (a person, an organisation, a state or a medium that speaks
 * only as its verb's subject, or something that never speaks: a place, an
 * event, a dateline, a modifier), from a table of given names and places
 * (speaker_names.def, hashed at build time), titles and the shapes of
 * names.  speaker.c asks it of every name it remembers or a mention
 * holds; the answer depends on the name's words and its neighbours only.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "quotes_int.h"
#include "speaker_names_slots.h"
#include "text.h"

/* Classes of speaker_names.def (tools/gen_speaker_names.py writes it). */
#define NM_GIVEN	0x01	/* a given name */
#define NM_STATE	0x02	/* a country or a capital */
#define NM_PLACE	0x04	/* a place, or the head of a place name */
#define NM_PLACEMOD	0x08	/* opens a place name: new, san, north */
#define NM_MEDIUM	0x10	/* a medium, a site, a product */
#define NM_EVENT	0x20	/* an event: flight, tournament, war */
#define NM_PEOPLE	0x40	/* a people or its adjective */

#define NAME(w, c)	TEXT_LEX_ENTRY(w, c),
static const struct text_lex speaker_names[] = {
#include "speaker_names.def"
};
#undef NAME

/* The names hashed: speaker_names_slots[] indexes speaker_names[], built
 * from the .def at build time (lexicon_gen.c). */
static const struct text_lex_hash speaker_names_hash = {
	.lex = speaker_names,
	.slots = speaker_names_slots,
	.bits = SPEAKER_NAMES_HASH_BITS,
};
_Static_assert(sizeof(speaker_names_slots) /
    sizeof(speaker_names_slots[0]) == (size_t)1 << SPEAKER_NAMES_HASH_BITS,
    "speaker_names_slots.h: one slot array");


/* Hyphenated modifiers that make a name an adjective: "Trump-style". */
static const char *const modifier_suffixes[] = {
	"style", "like", "era", "based", "backed", "led", "linked", "owned",
	"funded", "type", "esque", NULL
};


static uint32_t
name_class(const char *s, const struct text_word *w)
{
	size_t e = text_word_stem_end(s, w);

	if (e - w->start > TEXT_LEX_WORD_MAX)
		return 0;
	return text_lex_hash_find(&speaker_names_hash, s, w->start, e);
}

int
speaker_kind_place_word(const char *s, const struct text_word *w)
{
	uint32_t c = name_class(s, w);

	return (c & (NM_PLACE | NM_PLACEMOD)) && !(c & (NM_GIVEN | NM_STATE));
}

int
speaker_kind_people_word(const char *s, const struct text_word *w)
{
	return (name_class(s, w) & (NM_PEOPLE | NM_STATE)) != 0;
}

int
speaker_kind_given_word(const char *s, const struct text_word *w)
{
	uint32_t c = name_class(s, w);

	return (c & NM_GIVEN) && !(c & (NM_STATE | NM_PLACE | NM_PLACEMOD |
	    NM_PEOPLE));
}

/*
 * The head nouns of a government portfolio or an agency's field, which
 * follow a title's "for" or "of" before the holder's name ("Minister for
 * Foreign Affairs Penny Wong", "Director of National Intelligence Avril
 * Haines").  None is a given name or a surname news copy writes alone.
 */
static const char *const portfolio_nouns[] = {
	"affairs", "agriculture", "arts", "climate", "commerce",
	"communications", "culture", "defence", "defense", "development",
	"education", "employment", "energy", "enterprise", "environment",
	"equality", "finance", "fisheries", "health", "heritage", "housing",
	"immigration", "industry", "infrastructure", "innovation",
	"intelligence", "investment", "labor", "labour", "planning",
	"relations", "resources", "safety", "science", "security",
	"services", "technology", "tourism", "trade", "transport",
	"treasury", "welfare", "works", NULL
};

int
speaker_kind_portfolio_word(const char *s, const struct text_word *w)
{
	return text_word_in(s, w, portfolio_nouns);
}

/*
 * Is the word before a (or after b), on the same line, all capitals?  A
 * name in capitals among more of them is a headline ("RED STATES
 * OUTNUMBER BLUE STATES FOR THE FIRST TIME").
 */
static int
allcap_neighbour(const char *s, size_t len, size_t a, size_t b)
{
	struct text_word w;
	size_t p = a;

	if (text_word_prev(s, 0, &p, &w) && text_gap_is_blank(s, w.end, a) &&
	    (w.flags & TEXT_W_ALLCAP))
		return 1;
	p = b;
	return text_word_next(s, len, &p, &w) &&
	    text_gap_is_blank(s, b, w.start) && (w.flags & TEXT_W_ALLCAP);
}

/*
 * Is [a, b) a dateline: capitals at a line's start, then a comma, a dash
 * or a bracket ("WASHINGTON, Dec. 8 (UPI) —", "PHILADELPHIA ―")?
 */
static int
is_dateline(const char *s, size_t len, size_t a, size_t b)
{
	uint32_t c;

	if (a > 0 && !text_is_newline(text_char_before(s, a)))
		return 0;
	while (b < len && s[b] == ' ')
		b++;
	c = text_char_at(s, len, b);
	return c == ',' || c == '(' || text_is_dash(c);
}

/*
 * Does a state or a country, set off by commas, follow the name that
 * ends at ne: "Irving, Texas, said", "Lyon, France."?  News writes a
 * city so; the name is a place.
 */
static __attribute__((noinline)) int
place_follows(const char *s, size_t len, size_t ne)
{
	struct text_word w;
	size_t p = ne + 1;
	uint32_t c;

	/* most names are followed by a space: the byte first; and after
	 * the comma most by a number or a lower-case word ("Smith, 45,",
	 * "Smith, a Democrat,"): an ASCII byte that is no capital starts
	 * no capitalised word there */
	if (ne + 2 >= len || s[ne] != ',' || s[ne + 1] != ' ' ||
	    ((unsigned char)s[ne + 2] < 0x80 &&
	    (unsigned)(s[ne + 2] - 'A') >= 26) ||
	    !text_word_next(s, len, &p, &w) || w.start != ne + 2 ||
	    !(w.flags & TEXT_W_CAP) || w.end >= len ||
	    (s[w.end] != ',' && s[w.end] != '.'))
		return 0;
	c = name_class(s, &w);
	return (c & (NM_STATE | NM_PLACE)) && !(c & NM_GIVEN);
}

/*
 * Is the one word [ns, ne), a place's name, the surname of a person the
 * text named before and the subject of a speech verb right after it
 * ("Defense Secretary Lloyd Austin said ... "...," Austin said",
 * "Whitney Houston ... Houston told")?  A place never speaks: a word
 * that names one and speaks is a surname, when a given name, an initial
 * or a title stood before it earlier (the person-name test, not the
 * word's class alone).  Only before a verb of speech (speech_verbs: a
 * cue noun, "Benghazi email", is no such subject): most places are
 * none.
 */
static const char *const speech_verbs[] = {
	"said", "says", "told", "tells", "added", "wrote", "asked",
	"replied", "explained", "insisted", "warned", "argued", NULL
};

static __attribute__((noinline)) int
place_is_surname(const char *s, size_t len, size_t ns, size_t ne)
{
	struct text_word w, g;
	const char *p;
	size_t q = ne, at, n = ne - ns;

	if (!text_word_next(s, len, &q, &w) ||
	    !text_gap_is_blank(s, ne, w.start) || (w.flags & TEXT_W_CAP) ||
	    !text_word_in(s, &w, speech_verbs))
		return 0;
	for (p = s; (p = memmem(p, ns - (size_t)(p - s), s + ns, n)) != NULL;
	    p++) {
		at = (size_t)(p - s);
		q = at;
		if (at + n < len && (unsigned)(((unsigned char)s[at + n] |
		    0x20) - 'a') < 26)
			continue;		/* "Austinite" */
		if (text_word_prev(s, 0, &q, &g) &&
		    g.end + 1 == at && s[g.end] == ' ' &&
		    ((g.flags & TEXT_W_INITIAL) || ((g.flags & TEXT_W_CAP) &&
		    ((name_class(s, &g) & NM_GIVEN) ||
		    lexicon_is(s, &g, LX_TITLE)))))
			return 1;
	}
	return 0;
}

/* What speaker_kind_of learns from a name's words, one word at a time. */
struct kind_words {
	struct text_word first;
	size_t		 n, allcap;
	uint32_t	 all, nonplace, first_c, last_c;
	uint32_t	 first_lx;	/* its lexicon classes, or LX_UNKNOWN */
	int		 initial, org;
};

/*
 * Take the name's next word w; lx is its lexicon classes when the caller
 * looked them up already (the word whole), else LX_UNKNOWN.
 */
#define LX_UNKNOWN	UINT32_MAX

static inline void
kind_word(struct kind_words *k, const char *s, const struct text_word *w,
    uint32_t lx)
{
	uint32_t c = name_class(s, w);

	if (k->n == 0) {
		k->first = *w;
		k->first_c = c;
		k->first_lx = lx;
	}
	k->last_c = c;
	k->n++;
	k->all |= c;
	if (!(c & (NM_STATE | NM_PLACE | NM_PLACEMOD)))
		k->nonplace = 1;
	/* "VOTERS WANT A CHANGE": a capital alone is capitals too */
	if (((w->flags & TEXT_W_ALLCAP) || (w->end - w->start == 1 &&
	    (w->flags & TEXT_W_CAP))) && !(w->flags & TEXT_W_ABBREV))
		k->allcap++;
	if (w->flags & TEXT_W_INITIAL)
		k->initial = 1;
	/* one organisation word is enough; most words are none by their
	 * first letter and length */
	if (!k->org && (lx != LX_UNKNOWN ? (lx & LX_ORG) != 0 :
	    lexicon_may_be_org(s, w) && lexicon_is(s, w, LX_ORG)))
		k->org = 1;
}

/* speaker_kind_of [ns, ne) from what its words showed. */
static enum speaker_kind
kind_judge(const struct kind_words *k, const char *s, size_t len, size_t ns,
    size_t ne)
{
	uint32_t c, lx;
	size_t e;

	if (k->n == 0)
		return SPEAKER_NONE;
	if (k->all & NM_EVENT)
		return SPEAKER_NONE;
	/* capitals: one word is an organisation (KCNA, NYPD, POLITICO),
	 * unless it is a dateline; more are a headline */
	if (k->allcap == k->n && (k->n > 1 || allcap_neighbour(s, len, ns,
	    ne) || is_dateline(s, len, ns, ne)))
		return SPEAKER_NONE;
	if (k->n == 1) {
		const struct text_word *first = &k->first;
		const char *h = memchr(s + first->start, '-',
		    first->end - first->start);

		/* one letter before a colon is a transcript's turn label
		 * ("Q: Do you plan to run?" / "A: ..."), no name: the
		 * interviewer is not named by it; so is a Q&A's letter
		 * and period at a line's start ("Q. Why now?") */
		if (first->end - first->start == 1 && ne < len &&
		    (s[ne] == ':' || (s[ne] == '.' && (s[ns] == 'Q' ||
		    s[ns] == 'A') && ne + 1 < len && s[ne + 1] == ' ' &&
		    (ns == 0 || s[ns - 1] == '\n'))))
			return SPEAKER_NONE;
		c = k->first_c;
		/* a day, a month or a day named from today alone is a
		 * time, never a speaker ("Thursday's meeting says",
		 * "Today's vote showed", "Yesterday's ruling said"); as
		 * given names they come with a surname ("April Ryan") */
		lx = k->first_lx;
		/* the organisation filter lets the time words through:
		 * what it refuses is none */
		if (lx == LX_UNKNOWN)
			lx = lexicon_may_be_org(s, first) ? lexicon_of(s,
			    first) : 0;
		if (lx & LX_CAL)
			return SPEAKER_NONE;
		e = h != NULL ? (size_t)(h - s) : first->end;
		if (e + 1 < first->end && text_is_lower(text_char_at(s,
		    first->end, e + 1))) {
			struct text_word tail = *first;

			tail.start = e + 1;
			if (text_word_in(s, &tail, modifier_suffixes))
				return SPEAKER_NONE;
		}
		if (c & (NM_PEOPLE | NM_MEDIUM))
			return SPEAKER_SUBJECT;	/* "Cuban said", "Twitter said" */
	}
	if (!k->nonplace && (k->all & NM_PLACE))
		return k->n == 1 && ns > 0 && place_is_surname(s, len, ns,
		    ne) ? SPEAKER_MAYBE :
		    SPEAKER_NONE;		/* "New York", "Oklahoma" */
	if (ne + 2 < len && s[ne] == ',' && place_follows(s, len, ne))
		return SPEAKER_NONE;		/* "Irving, Texas," */
	if (!k->nonplace)
		return SPEAKER_SUBJECT;		/* "North Korea", "Pyongyang" */
	if (k->all & NM_MEDIUM)
		return SPEAKER_SUBJECT;		/* "HuffPost Live" */
	if (k->org || k->allcap == k->n)
		return SPEAKER_ORG;
	if (k->n >= 2 && ((k->first_c & NM_GIVEN) || k->initial))
		return SPEAKER_PERSON;
	/* "Oklahoma City", "East Room", "Trump Tower": a place's head;
	 * "San Bernardino", "Fort Worth": a place's opening word */
	if (k->n >= 2 && ((k->last_c & NM_PLACE) ||
	    (k->first_c & NM_PLACEMOD)))
		return SPEAKER_NONE;
	return SPEAKER_MAYBE;
}

/*
 * What the name [ns, ne) is as a speaker (news names, titles stripped):
 * a person, an organisation or a state that can speak, a capitalised
 * phrase with no evidence either way, or something that never speaks —
 * a place ("Oklahoma City", "East Room"), a medium ("Twitter"), an event
 * ("EgyptAir Flight MS804"), a day or a month alone ("Thursday"), a
 * people's adjective ("Russian",
 * "Trump-style"), a dateline or a headline in capitals.  Capitals alone
 * make no person: a given name first, an initial, or an organisation
 * word does.
 */
enum speaker_kind
speaker_kind_of(const char *s, size_t len, size_t ns, size_t ne)
{
	struct text_word w;
	struct text_wblock blk = TEXT_WBLOCK_INIT;
	struct kind_words k;
	size_t p = ns;

	memset(&k, 0, sizeof(k));
	/* (from ne on there is no word to read: no call); the words are
	 * read in blocks of the text up to len (or ne, were it further) */
	while (p < ne && text_word_next_in(s, len > ne ? len : ne, ne, &p,
	    &w, &blk))
		kind_word(&k, s, &w, LX_UNKNOWN);
	return kind_judge(&k, s, len, ns, ne);
}

/*
 * speaker_kind_of(s, len, run[0].start, ne) for a name whose words a
 * mention reader has read already: run[0 .. n), consecutive, with only
 * blanks between, and lx[i] the classes of each whole word; ne is the
 * stem end of the last (text_word_stem_end).  Each word but the last is
 * the word speaker_kind_of reads (it ends before ne, and a word's reading
 * looks no further than the byte after it, a blank here); so is the last
 * when its stem is the whole of it.  Else the stem is read again, as
 * speaker_kind_of reads it (no possessive, no abbreviation's period).
 * The words are not read again and the organisation test takes the
 * classes the reader looked up: the name readers ask this of every name
 * they find.
 */
enum speaker_kind
speaker_kind_of_run(const char *s, size_t len, size_t ne, const struct text_word *run,
    const uint32_t *lx, size_t n)
{
	struct kind_words k;
	struct text_word w;
	size_t i, p;

	memset(&k, 0, sizeof(k));
	for (i = 0; i + 1 < n; i++)
		kind_word(&k, s, &run[i], lx[i]);
	if (n > 0) {
		if (run[n - 1].end == ne)
			kind_word(&k, s, &run[n - 1], lx[n - 1]);
		else {
			p = run[n - 1].start;
			while (p < ne && text_word_next(s, ne, &p, &w))
				kind_word(&k, s, &w, LX_UNKNOWN);
		}
	}
	return kind_judge(&k, s, len, n > 0 ? run[0].start : ne, ne);
}
