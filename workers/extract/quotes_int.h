/*
 * quotes_int.h — what the quote extractor's files share inside the
 * extraction library: quotes.c (pairing, classification; its mark
 * scanner quotes_mark.c has its own header, quotes_mark.h),
 * attribution.c (cues around a quote), speaker.c (names, speakers),
 * speaker_mention.c (mentions; the two share speaker_int.h), lexicon.c
 * (quotes_lexicon.def) and speech.c (reported speech; its own files share
 * speech_int.h) — the lexicon classes, the state of one article's pass,
 * and the readers they call in one another.  Private: nothing outside
 * workers/extract/ includes it.
 */
#ifndef QUARRY_QUOTES_INT_H
#define QUARRY_QUOTES_INT_H

#include <stddef.h>
#include <stdint.h>

#include "extract.h"
#include "text.h"

/* --- the lexicon classes (quotes_lexicon.def) --- */

#define LX_CUE		0x0001
#define LX_OBJCUE	0x0002
#define LX_PRON		0x0004
#define LX_PPRON	0x0008
#define LX_DET		0x0010
#define LX_ADV		0x0020
#define LX_FUNC		0x0040
#define LX_PART		0x0080
#define LX_CAPSTOP	0x0100
#define LX_TITLE	0x0200
#define LX_ORG		0x0400
#define LX_CAL		0x0800
#define LX_ELISION	0x1000
#define LX_TSMALL	0x2000
#define LX_NAMING	0x4000
#define LX_CRY		0x8000
#define LX_REPORT	0x10000
#define LX_THATCUE	0x20000
#define LX_STANCE	0x40000
#define LX_INTENT	0x80000
#define LX_SPEECHACT	0x100000
#define LX_RAISE	0x200000
#define LX_DOC		0x400000
#define LX_PREPCUE	0x800000
#define LX_ADJ		0x1000000
#define LX_NOUNCUE	0x2000000
#define LX_LIGHT	0x4000000
#define LX_PASSIVE	0x8000000

/* --- limits shared by both files --- */

/* Capitalised words collected in one run before it is judged: titles and
 * descriptors ("Former Florida Gov.") precede the name proper. */
#define RUN_WORDS_MAX		10
/* Names remembered for resolving surnames and pronouns: the people an
 * article has mentioned recently; 64 covers a long feature. */
#define NAME_RING_MAX		64
/* Bits of a name's signature (ring_sig, speaker.c's NAME_SIG_BIT): one
 * uint64_t, so a signature test is one AND; a power of two, as the bit
 * is a hash masked by NAME_SIG_BITS - 1. */
#define NAME_SIG_BITS		64
/* Words of a person's name once titles are stripped: "Martin Luther King
 * Jr." is 4; longer capitalised runs are headlines or organisations. */
#define NAME_WORDS_MAX		4
/* speaker_kind_of answers speaker_of keeps, by the name's start: a
 * speaker's mention comes back with each of its quotes and reported
 * speech items, a few sentences apart; 16 hold a paragraph's names. */
#define KIND_MEMO_MAX		16

/*
 * Top-level quotes the reported-speech scanner holds while the sentence
 * around them is still open.  A sentence rarely holds more than a handful
 * of quotes; a body that puts more in one sentence is hostile, and the
 * sentence is then left without reported speech (its quotes stay).
 */
#define SPEECH_QUOTES_MAX	32

/* --- spans --- */

struct span {
	size_t		 start, end;	/* marks included */
	size_t		 cstart, cend;	/* the content between the marks */
	int		 closed;
	int		 nested;
	int		 unmarked;	/* ",—" speech: no marks, needs a cue */
	int		 single;	/* in single marks: ' ‘ ’ ‹ › */
};

/* --- names seen so far, attributions, the pass --- */

struct name {
	size_t		 start, end;	/* end: the last word's stem end */
	int		 person;	/* 0, 1 or NAME_AFTER_ARTICLE */
	/* an institution's name that titles open ("Defence Ministry",
	 * "State Department"): kept for "the ministry" alone, no surname's
	 * full name (speaker_desc.c's speaker_desc_body) */
	int		 institution;
	/* NAME_MALE or NAME_FEMALE when the text says ("Her son, Tom,"),
	 * else 0: a he or a she passes over a name of the other */
	int		 gender;
	/* speaker_kind_of the name, once asked (a name is asked about
	 * again by every later surname and pronoun); -1 before */
	int		 kind;
	/*
	 * Its words as the names scan read them, and their lexicon
	 * classes: the kind and the surname test take them from here
	 * instead of reading the name again (the scan read each once).
	 */
	struct text_word w[NAME_WORDS_MAX];
	uint32_t	 lx[NAME_WORDS_MAX];
	size_t		 nw;
};

/* struct name's person for a name right after "the": a person only
 * when its kind is more than SPEAKER_MAYBE ("the Donald Trump campaign"
 * names one, "The Boston Globe" none). */
#define NAME_AFTER_ARTICLE	2
/* struct name's gender */
#define NAME_MALE		1
#define NAME_FEMALE		2

/* A name's [start, end) and speaker_kind_of it (+ 1; 0 an empty slot). */
struct kind_memo {
	size_t		 start, end;
	int		 kind1;
};

struct attr {
	int		 found;
	size_t		 ms, me;	/* the mention */
	size_t		 ns, ne;	/* the name inside it, if any */
	int		 pronoun;
	/* the name is a preposition's complement in a noun phrase that
	 * names no one ("fans at Wembley"): kept for the rules that read
	 * a name, never the speaker */
	int		 complement;
	struct str	 cue;
	size_t		 region_end;	/* after-attributions: sentence end */
	int		 adjacent;	/* cue clause right against the mark */
};

/* A top-level quote, as the reported-speech scanner sees it. */
struct speech_quote {
	size_t		 start, end;	/* marks included */
	size_t		 idx;		/* its entry in the output list */
	int		 direct;
	int		 strong_end;	/* . ! ? inside the closing mark */
	int		 given;		/* its speaker came from speech.c, or
					 * is a guess speech.c may replace */
	int		 after_as;	/* a fragment right after " as" (" as
					 * a", " as the"): a label */
	int		 closed;	/* a fragment the quote pass gave to
					 * a cue after it (a closer) */
};

/*
 * The reported-speech scanner reads whole sentences, behind the quote
 * pass: a sentence is read once every quote in it is classified.
 */
struct speech_state {
	size_t		 pos;		/* the next sentence starts here */
	size_t		 scan;		/* no sentence end in [pos, scan) */
	size_t		 para_end;	/* a paragraph's end, once found */
	struct speech_quote q[SPEECH_QUOTES_MAX];
	size_t		 qhead, qn;	/* a ring, oldest at qhead */
	size_t		 as_n;		/* quotes in it with after_as */
	size_t		 closed_n;	/* quotes in it with closed */
	int		 overflow;	/* quotes dropped in this sentence */
	size_t		 label_end;	/* the end of the last paragraph
					 * opening with a speaker's label */
	size_t		 label_ps, label_ne; /* that label's name */
	/* the last transcript turn read on as narration (it reports
	 * another's speech): its words [turn_start, turn_end) and its
	 * label's mention, the speaker of an "I" in it */
	size_t		 turn_start, turn_end;
	struct attr	 turn;
	int		 story;		/* a sentence past the title has
					 * ended with a stop */
	size_t		 title_end;	/* the end of the body's first line
					 * + 1, once found (0: not yet) */
	/* the attribution the quote pass read right after the closing
	 * mark of its last direct quote ("...," Smith said.), handed to
	 * the sentence reader (speech_note_quote's said): handed_quote is
	 * that quote's start */
	int		 have_handed;
	size_t		 handed_quote;
	struct attr	 handed;
	struct str	 handed_speaker; /* the quote pass's speaker_of it */
	/* the last reported speech with a speaker, for the quotes after it */
	int		 have_last;
	size_t		 last_end;	/* where its content ends */
	struct attr	 last;
	struct str	 last_speaker;
	size_t		 prev_ss;	/* the last sentence read starts here */
};

struct qx {
	const char	*s;
	size_t		 len;
	struct quote_list *out;

	int		 have_pending;
	struct span	 pending;

	/* the previous top-level quote */
	int		 have_prev;
	size_t		 prev_end;
	size_t		 prev_region_end;
	int		 prev_direct;
	int		 prev_attributed;
	int		 prev_broke_off;	/* it ended on a comma or dash */
	struct str	 prev_speaker;
	uint32_t	 prev_ss, prev_se;
	struct str	 prev_cue;
	/* it was a fragment whose speaker is its clause's subject */
	int		 have_fragment;
	struct attr	 fragment;
	struct str	 fragment_speaker;

	/* names, scanned lazily up to the position being resolved */
	size_t		 name_pos;
	struct text_word run[RUN_WORDS_MAX];
	uint32_t	 run_lx[RUN_WORDS_MAX];	/* lexicon classes of run[] */
	size_t		 nrun;
	int		 run_overflow;
	size_t		 nring;		/* total pushed to ring[] */
	/* for each bit of a name's signature (ring_sig), the ring's slots
	 * whose names have it (bit k: ring[k]), so that a surname's search
	 * visits only those; cleared for each article with the rest */
	uint64_t	 sig_slots[NAME_SIG_BITS];
	struct kind_memo kind_memo[KIND_MEMO_MAX];
	/* speaker.c's sentence_subject: the subject its reading found
	 * for the last pronoun asked, at subj_pos1 - 1 (0: none asked) */
	size_t		 subj_pos1;
	int		 subj_have;
	struct attr	 subj_cand;

	/* where unmarked ",—" speech may start: after the last span */
	size_t		 speech_lo;

	/* the quote whose speaker is being resolved: names inside it are
	 * not what its "he" stands for */
	size_t		 quote_start, quote_end;

	/* the last speaker resolved to a person */
	int		 have_person;
	size_t		 person_pos;
	struct str	 person;
	/* the last person who spoke in reported speech, for he and she
	 * (speaker_note_person) */
	int		 have_said;
	size_t		 said_pos;
	struct str	 said;
	/* the last organisations that spoke by one word, for "the
	 * company" after it ("Boeing said ... The company said";
	 * speaker.c's note_body): one written where no sentence starts,
	 * one that opens its sentence; each start + 1, 0 when none */
	size_t		 body_ns, body_ne;
	size_t		 body_first_ns, body_first_ne;
	/* the last acronym that spoke ("NASA said"), for "the agency"
	 * after it; start + 1, 0 when none */
	size_t		 body_acr_ns, body_acr_ne;
	/* who answers in a Q&A ("A:" turns), once worked out
	 * (speaker.c's qa_answerer); NULL when none was named */
	int		 qa_known;
	struct str	 qa_answerer;

	struct speech_state speech;

	/* the items out whose taken_max speech_taken holds: out->v[0 ..
	 * taken_n).  So every change to the items out but an item added
	 * goes through speech_out_set_n or speech_out_set_end. */
	size_t		 taken_n;

	/*
	 * The names remembered, the last NAME_RING_MAX of the nring pushed,
	 * at index mod NAME_RING_MAX.  Last, and not cleared with the rest
	 * for each article (quotes_extract): an entry is read only once
	 * written, and clearing the ring's 9.7 KB cost more than a short
	 * article's names scan.
	 */
	struct name	 ring[NAME_RING_MAX];
	/*
	 * For each ring[i], bit NAME_SIG_BIT of each of its words' stems:
	 * a surname whose bit is not set is none of its words.  Apart from
	 * the names, so that a surname's search through the ring reads 8
	 * bytes a name, not a 152-byte entry, for most of them.
	 */
	uint64_t	 ring_sig[NAME_RING_MAX];
	/*
	 * speech_taken's index of the items out: taken_max[k] is the
	 * largest end of the items out->v[0 .. k] that are no partial (0
	 * when none is), for k < taken_n.  Not cleared with the rest: an
	 * entry is read only once written.  No more items go out than
	 * PROTO_QUOTES_MAX (quotes.c's push and speech_emit stop there).
	 */
	uint32_t	 taken_max[PROTO_QUOTES_MAX];
};

/* --- lexicon.c --- */

/* Letters of the alphabet: the lexicon is grouped by first letter. */
#define LEXICON_LETTERS		26

/* The classes of a word (0 if it is in no lexicon). */
uint32_t lexicon_of(const char *s, const struct text_word *w);
/* Is the word in any of the classes? */
int	lexicon_is(const char *s, const struct text_word *w, uint32_t classes);
int	lexicon_is_cue(const char *s, const struct text_word *w);
int	lexicon_is_pronoun(const char *s, const struct text_word *w);
int	lexicon_is_adverb(const char *s, const struct text_word *w);

/*
 * For each first letter a to z (index 1 + letter), bit n - 1 set when a
 * name particle ("de", "van", "bin") of that letter is n bytes long: the
 * names scan asks it of every word after a name, so the test is inline.
 */
extern const uint32_t lexicon_particle_lens[1 + LEXICON_LETTERS];

/* Is b a lower-case letter that no particle starts with? */
static inline int
lexicon_no_particle_starts(unsigned b)
{
	return b - 'a' < LEXICON_LETTERS &&
	    lexicon_particle_lens[1 + (b - 'a')] == 0;
}

/* Can the word be a particle, by its first letter and length? */
static inline int
lexicon_may_be_particle(const char *s, const struct text_word *w)
{
	size_t len = w->end - w->start;
	/* A-Z and a-z fold to a-z; no other byte does. */
	unsigned k = ((unsigned char)s[w->start] | 0x20) - 'a';

	return k < LEXICON_LETTERS && len - 1 < TEXT_LEX_WORD_MAX &&
	    ((lexicon_particle_lens[1 + k] >> (len - 1)) & 1);
}

/*
 * The same for the organisation words (LX_ORG) and the time words
 * (LX_CAL): bit n - 1 of lexicon_org_lens when one of a letter's is n
 * bytes long, bit b of lexicon_org_seconds when one has a second byte
 * whose low five bits are b.  speaker_kind_of asks it of every word of a
 * name.
 */
extern const uint32_t lexicon_org_lens[1 + LEXICON_LETTERS];
extern const uint32_t lexicon_org_seconds[1 + LEXICON_LETTERS];

/*
 * May the word be an organisation word (lexicon_is(s, w, LX_ORG)) or a
 * time word (LX_CAL: "Monday" is both, "Today" a time only)?  0
 * only when none has its first letter and its length, or its first
 * letter and its second byte (ASCII case aside, as the lookup ignores
 * it); a word of one byte, or one that opens with no ASCII letter, may.
 */
static inline int
lexicon_may_be_org(const char *s, const struct text_word *w)
{
	size_t len = w->end - w->start;
	unsigned k = ((unsigned char)s[w->start] | 0x20) - 'a';

	if (k >= LEXICON_LETTERS || len < 2)
		return 1;
	return len - 1 < TEXT_LEX_WORD_MAX &&
	    ((lexicon_org_lens[1 + k] >> (len - 1)) & 1) &&
	    ((lexicon_org_seconds[1 + k] >>
	    ((unsigned char)s[w->start + 1] & 31)) & 1);
}

/* --- speaker.c --- */

/* Remember speaker, the name reported speech's mention a resolved to,
 * as the person a later he or she may stand for, if it can be one. */
/* The name in a, of two words or more, that spoke content at cs which
 * calls it "it" ("Rio Tinto said it would ..."): a body's, kept for
 * "the company" after it.  speaker.c. */
void	speaker_note_body_it(struct qx *x, const struct attr *a, size_t cs);
void	speaker_note_person(struct qx *x, const struct attr *a,
	    struct str speaker);

/* May this word be part of a name run? */
int	speaker_word_is_namey(const char *s, const struct text_word *w);
/* The speaker's name for an attribution's mention, or a nil str. */
struct str speaker_of(struct qx *x, const struct attr *a);

/* --- speaker_mention.c --- */

/* A name run read forward from w (lx its classes, lexicon_of) within
 * end, titles stripped into a->ns; *last is its last word. */
void	speaker_mention_name_run_fwd(const char *s, size_t end,
	    struct text_word w, uint32_t lx, struct attr *a,
	    struct text_word *last);
/* speech_headline.c: the colon of a broadcast transcript's label whose
 * name ends at the comma at `comma` ("JAKE TAPPER, CNN HOST:"), or 0. */
size_t	speech_headline_role(const char *s, size_t len, size_t comma);
/* A subject read forward from pos / backward from the word before pos:
 * a pronoun, a name, or a nominal.  1 with a->ms/me (ns/ne) set. */
int	speaker_mention_fwd(const char *s, size_t end, size_t pos,
	    struct attr *a, struct text_word *last);
int	speaker_mention_back(const char *s, size_t lo, size_t pos,
	    struct attr *a);
/* The same, the words read back through words[0 .. nw), a forward
 * reading of the text's words (a sentence's, text_word_prev_in), the
 * words before pos (those after it are not read). */
int	speaker_mention_back_in(const char *s, size_t lo, size_t pos,
	    struct attr *a, const struct text_word *words, size_t nw);
/* After a cue, a name behind lower-case descriptors ("said undecided
 * Republican voter Stephanie Hooton").  1 with *a set. */
int	speaker_mention_described_fwd(const char *s, size_t end, size_t pos,
	    struct attr *a);
/* The subject of the clause in [lo, cue) a participle or colon hangs
 * from. */
int	speaker_mention_clause_subject(const char *s, size_t lo, size_t cue,
	    struct attr *a);
int	speaker_mention_clause_first(const char *s, size_t lo, size_t cue,
	    struct attr *a);
/* What a name (titles stripped) is as a speaker: the person-name test. */
enum speaker_kind {
	SPEAKER_NONE,		/* never speaks: a place, an event... */
	SPEAKER_MAYBE,		/* capitals, no evidence either way */
	SPEAKER_SUBJECT,	/* a country, a capital, a people, a medium:
				 * speaks only as the subject of its cue */
	SPEAKER_ORG,		/* an organisation or an acronym */
	SPEAKER_PERSON,		/* a given name or an initial in it */
};
enum speaker_kind speaker_kind_of(const char *s, size_t len, size_t ns,
	    size_t ne);
/* Is the word a place's name or the opening of one ("Texas", "Jersey",
 * "New"; not a country, not a people)? */
int	speaker_kind_place_word(const char *s, const struct text_word *w);
/* Is the word a people's or a state's name ("European", "Soviet",
 * "Russia")? */
int	speaker_kind_people_word(const char *s, const struct text_word *w);
/* Is the word a given name in the lists ("Stephen", "Julie"), and no
 * place's or people's name ("Carolina", "Georgia")? */
int	speaker_kind_given_word(const char *s, const struct text_word *w);
/* Is the word a portfolio's head noun ("Affairs", "Intelligence",
 * "Housing") that the office writes before its holder's name? */
int	speaker_kind_portfolio_word(const char *s, const struct text_word *w);
/* speaker_kind_of a name run a mention reader has read (run[0 .. n), lx
 * their classes), ending at ne, without reading its words again. */
enum speaker_kind speaker_kind_of_run(const char *s, size_t len, size_t ne,
	    const struct text_word *run, const uint32_t *lx, size_t n);

/* --- attribution.c --- */

/* Where a backward search for a line break (with sentence set, also
 * '.', '!', '?') ends: q in (lo, p] just past the last one, or lo. */
size_t	attribution_stop_back(const unsigned char *u, size_t lo, size_t p,
	    int sentence);
/* The first sentence end at or after pos, before end (or end). */
size_t	attribution_sentence_end(const char *s, size_t len, size_t pos,
	    size_t end);
/* The start of the sentence holding pos, not before lo. */
size_t	attribution_sentence_start(const char *s, size_t len, size_t lo,
	    size_t pos);
/* "X quoted Y as saying" from the verb; "according to X" from w. */
int	attribution_quoted_as(const char *s, size_t end,
	    const struct text_word *verb, struct attr *a);
int	attribution_according_to(const char *s, size_t end,
	    const struct text_word *w, struct attr *a);
/* The attribution right after a closing mark, within [pos, end);
 * ended_sentence: the quote ended on a period. */
void	attribution_after(const char *s, size_t len, size_t pos, size_t end,
	    int ended_sentence, struct attr *a);
/* The attribution right before an opening mark, within [lo, pos), and
 * whether the quote is embedded in running text. */
void	attribution_before(const char *s, size_t len, size_t lo, size_t pos,
	    struct attr *a, int *embedded);

/* --- speech.c --- */

/*
 * Read the sentences that end at or before limit (all of them when limit
 * is the body's length) for reported speech, and append what they hold
 * to x->out.  Call with limits that do not decrease.  0, 1 when nothing
 * read from here on can change x->out (speech_list_done), or -1
 * (ENOMEM).
 */
int	speech_scan_to(struct qx *x, size_t limit);
/*
 * Can nothing read from here on change x->out?  Once the list holds
 * PROTO_QUOTES_MAX items, quotes.c's push and speech_emit add none, and
 * the only items any rule edits after their push are those of a
 * sentence's own quotes (a fragment's speaker, a label's, a continued
 * fragment's): a quote is noted for the sentence reader only when its
 * item was pushed, so with none waiting (qn == 0) no such edit is left.
 * A hostile body past the cap is then read no further.
 */
static inline int
speech_list_done(const struct qx *x)
{
	return x->out->n >= PROTO_QUOTES_MAX && x->speech.qn == 0;
}
/*
 * Is the list full?  Then no more changes it either: no rule edits an
 * item out but with a push of its own.  speech_emit gives the fragments
 * inside its content their speaker after its test of the cap;
 * speech_emit_as, speech_continued.c, speech_fragment.c and
 * speech_label.c edit the item they pushed, or a fragment's after that
 * push; speech_span_end_at_attribution cuts the content of an item
 * before one the same sentence pushed; the closers' replacements cut the
 * list back to the sentence's first item, the cap.  (speech_list_done
 * keeps the waiting quotes as a margin for the sentence reader; the
 * quote pass asks this, so that a body with no stop, whose one sentence
 * never ends and whose quotes stay waiting, stops too.)
 */
static inline int
speech_list_full(const struct qx *x)
{
	return x->out->n >= PROTO_QUOTES_MAX;
}
/*
 * The speaker a quote with no attribution of its own takes from the
 * reported speech before it: wire style names the speaker in a paragraph
 * ("X said Tuesday that ...") and quotes them in the next.  1 with *a
 * and *speaker set, else 0.
 */
int	speech_last_speaker(struct qx *x, size_t start, struct attr *a,
	    struct str *speaker);
/* The list sorted by start, then end, and the reported speech inside
 * another item's content dropped (PolNeAR's outermost attribution). */
void	speech_keep_outermost(struct quote_list *l);
/* Does the quote at pos stand in a link line ("RELATED Trump: "I will
 * win""), another story's headline (speech_furniture.c)? */
int	speech_furniture_link_at(struct qx *x, size_t pos);
/* A top-level quote has been classified and appended at out->v[idx];
 * weak: its speaker is a guess the reported speech around it replaces;
 * said: the attribution read after a direct quote's closing mark, or
 * NULL; said_speaker: the speaker the quote pass found for it. */
void	speech_note_quote(struct qx *x, size_t start, size_t end, size_t idx,
	    int direct, int strong_end, int weak, const struct attr *said,
	    struct str said_speaker);


#endif
