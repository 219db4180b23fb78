/*
 * speaker_mention.c — the mentions an attribution holds, read forward
 * from a quote or a cue or backward from the word before a cue: a pronoun,
 * a name run (titles stripped), a nominal such as "the president" or
 * "Putin's message", a name in apposition or behind lower-case
 * descriptors ("Snyder spokesman Dave Murray", "said Ohio State University
 * professor Paul Beck"), the person before "of" a place.  The subject of
 * the clause a participle or a colon hangs from is
 * speaker_mention_clause.c's.
 *
 * A mention is only a span: which name it resolves to (a surname to its
 * full name, he or she to a person) is speaker.c's, and whether a name
 * can speak at all is speaker_kind.c's.  The readers read within the
 * window their caller gives them; the word tests they share with the
 * names scan are speaker_int.h's.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "quotes_int.h"
#include "speaker_int.h"
#include "text.h"

/* --- limits --- */

/* Words of a nominal subject: "a first-page article in the paper". */
#define NOMINAL_WORDS_MAX	6
/* Lower-case words between a name and one in apposition: "North Korea
 * state newspaper Rodong Sinmun" has 2. */
#define APPOSITION_WORDS_MAX	3
/* Words of a descriptor after a place or an institution's first word,
 * before the name it describes: "State University professor" is 3,
 * "State University political science professor" 5. */
#define DESCRIPTOR_WORDS_MAX	5

/* Titles that name a party or a state as often as a person ("the GOP",
 * "the U.S.", "the Democrat"): not a description's head alone. */
static const char *const party_titles[] = {
	"democrat", "u.s.", "us", NULL
};

/* --- name runs --- */

/*
 * Read a name run forward from the word w (already read), within end.
 * Fills the run's span and its name proper (titles stripped) in *a;
 * *last is the last word read, and *r keeps the run's words.
 */
static void
name_run_fwd(const char *s, size_t end, struct text_word w, uint32_t wlx,
    struct attr *a, struct text_word *last, struct name_run *r)
{
	struct text_word *run = r->w;
	uint32_t *lxs = r->lx, lx;
	size_t n = 0, p, first, np;

	/* one lookup a word, kept for run_name_start (w's by the caller,
	 * which tested the word with it) */
	lxs[n] = wlx;
	run[n++] = w;
	p = w.end;
	while (n < RUN_WORDS_MAX && !(w.flags & TEXT_W_POSS)) {
		struct text_word nw;
		size_t q = gap_end(s, end, p);

		/* most runs end at a lower-case word ("Smith said"): it
		 * need not be read to end this one */
		if (q < end && ends_run(s, end, q))
			break;
		q = p;
		if (!text_word_next(s, end, &q, &nw) ||
		    !text_gap_is_blank(s, w.end, nw.start))
			break;
		lx = lexicon_of(s, &nw);
		if (!(namey_shape(&nw) && namey_lex(&nw, lx)) &&
		    !(lx & LX_PART))
			break;
		lxs[n] = lx;
		run[n++] = nw;
		w = nw;
		p = nw.end;
	}
	while (n > 1 && !(run[n - 1].flags & TEXT_W_CAP))
		n--;
	/* the name proper ends before post-nominals ("Jeremy Hunt MP");
	 * the mention keeps them */
	np = run_name_end(s, run, lxs, n);
	first = run_name_start(s, run, lxs, np, 1);
	r->titles = first >= np;
	if (first >= np)
		first = np - 1;
	a->ms = run[0].start;
	a->me = text_word_stem_end(s, &run[n - 1]);
	a->ns = run[first].start;
	a->ne = np < n ? run[np - 1].end : a->me;
	*last = run[n - 1];
	r->first = first;
	r->n = np;
}

/* name_run_fwd for the other files: the words are not kept. */
void
speaker_mention_name_run_fwd(const char *s, size_t end, struct text_word w,
    uint32_t lx, struct attr *a, struct text_word *last)
{
	struct name_run r;

	name_run_fwd(s, end, w, lx, a, last, &r);
}

/* name_run_fwd for speaker.c, which judges the name from the words kept
 * in *r rather than reading them again. */
void
speaker_mention_run_fwd(const char *s, size_t end, struct text_word w,
    uint32_t lx, struct attr *a, struct text_word *last, struct name_run *r)
{
	name_run_fwd(s, end, w, lx, a, last, r);
}

/*
 * Is the name proper w[first .. n) after titles, in a run that opens on
 * an institution's "of X" ("Bank of America Chief Executive Brian
 * Moynihan"), a person's: read as one, or a name of two words or more
 * right after a title, though the lists lack its given name ("Bank of
 * Japan Governor Kazuo Ueda", "Reserve Bank of India Governor
 * Shaktikanta Das"; review F5)?
 */
static int
titled_person(enum speaker_kind kind, const uint32_t *lx, size_t first,
    size_t n)
{
	return kind == SPEAKER_PERSON || (kind == SPEAKER_MAYBE &&
	    first > 0 && n - first >= 2 && (lx[first - 1] & LX_TITLE));
}

/*
 * The name run r that name_run_fwd read into *a ends on an institution's
 * head noun, and "of" and a name follow ("Bank of America", "University
 * of Michigan"): *a, *last and r run on to that name's end, the
 * institution's whole.  Titles and a person's name after it ("Bank of
 * America Chief Executive Brian Moynihan") make the person the name, as
 * the name after a descriptor that ends in a title is.
 */
static void
institution_of_fwd(const char *s, size_t end, struct attr *a,
    struct text_word *last, struct name_run *r)
{
	struct text_word of, nw, l;
	struct attr b;
	struct name_run r2;
	size_t q = last->end;
	uint32_t lx;

	if ((last->flags & TEXT_W_POSS) || !(last->flags & TEXT_W_CAP) ||
	    !text_word_in(s, last, institution_heads) ||
	    !text_word_next(s, end, &q, &of) || !text_word_eq(s, &of, "of") ||
	    !text_gap_is_blank(s, last->end, of.start) ||
	    !text_word_next(s, end, &q, &nw) ||
	    !text_gap_is_blank(s, of.end, nw.start))
		return;
	lx = lexicon_of(s, &nw);
	if (!(namey_shape(&nw) && namey_lex(&nw, lx)) ||
	    (lx & (LX_TITLE | LX_CAPSTOP)))
		return;
	memset(&b, 0, sizeof(b));
	name_run_fwd(s, end, nw, lx, &b, &l, &r2);
	a->me = b.me;
	a->ne = b.ne;
	if (r2.first > 0 && !r2.titles && titled_person(run_kind(s, end, &b,
	    &r2), r2.lx, r2.first, r2.n)) {
		a->ns = b.ns;
		*r = r2;
	}
	*last = l;
}

/*
 * After a name, a name in apposition to a descriptor noun is the speaker:
 * "North Korea state newspaper Rodong Sinmun", "Putin spokesman Dmitry
 * Peskov".  Only lower-case words between, the last a title or an
 * organisation word ("Putin invited Kim" has none).  Widens *a.
 */
static void
apposition_fwd(const char *s, size_t end, struct attr *a,
    struct text_word *last)
{
	struct text_word nw, prev = *last;
	struct attr na;
	struct name_run run;
	size_t q = last->end;
	int k;

	for (k = 0; k <= APPOSITION_WORDS_MAX; k++) {
		size_t r = q;

		if (!text_word_next(s, end, &r, &nw) ||
		    !text_gap_is_blank(s, q, nw.start))
			return;
		if (speaker_word_is_namey(s, &nw)) {
			if (k == 0 || !lexicon_is(s, &prev, LX_TITLE | LX_ORG))
				return;
			name_run_fwd(s, end, nw, lexicon_of(s, &nw), &na,
			    &nw, &run);
			if (na.ns == na.ne || run_kind(s, end, &na, &run) ==
			    SPEAKER_NONE)
				return;
			a->ns = na.ns;
			a->ne = na.ne;
			a->me = na.me;
			*last = nw;
			return;
		}
		if (!text_is_lower(text_char_at(s, end, nw.start)) ||
		    lexicon_is(s, &nw, LX_FUNC | LX_DET | LX_PRON | LX_ADV))
			return;
		prev = nw;
		q = nw.end;
	}
}

/*
 * After a name that is no speaker (a place, an institution), the rest of
 * a descriptor and the name it describes: "Ohio State University
 * professor Paul Beck", "Oklahoma City police chief Bill Citty".  More
 * capitalised words of the institution, then lower-case words, the last
 * a title or an organisation word, then a name that can speak.  At most
 * DESCRIPTOR_WORDS_MAX words before the name.  1 with *a widened to the
 * name (the mention from the first word) and *last its last word.
 */
static int
descriptor_fwd(const char *s, size_t end, struct attr *a,
    struct text_word *last)
{
	struct text_word nw, prev = *last;
	struct attr na;
	struct name_run run;
	size_t q = last->end;
	int k, lower = 0;

	for (k = 0; k <= DESCRIPTOR_WORDS_MAX; k++) {
		size_t r = q;

		if (!text_word_next(s, end, &r, &nw) ||
		    !text_gap_is_blank(s, q, nw.start) ||
		    (nw.flags & TEXT_W_POSS))
			return 0;
		if (text_is_lower(text_char_at(s, end, nw.start))) {
			if (lexicon_is(s, &nw, LX_FUNC | LX_DET | LX_PRON |
			    LX_ADV | LX_CUE))
				return 0;
			lower = 1;
		} else if (lower) {
			if (!speaker_word_is_namey(s, &nw) ||
			    !lexicon_is(s, &prev, LX_TITLE | LX_ORG))
				return 0;
			name_run_fwd(s, end, nw, lexicon_of(s, &nw), &na,
			    &nw, &run);
			if (na.ns == na.ne || run_kind(s, end, &na, &run) ==
			    SPEAKER_NONE)
				return 0;
			a->ns = na.ns;
			a->ne = na.ne;
			a->me = na.me;
			*last = nw;
			return 1;
		}
		prev = nw;
		q = nw.end;
	}
	return 0;
}

/*
 * Is the one-word name w, of classes lx, a modifier of the lower-case
 * word after it: an adjective title ("Democratic strategist", "former
 * congressman") or the name of a people, a state or a medium, which
 * speaks only as a subject ("British diplomat")?  kind is w's speaker
 * kind.  The tests without reading come first: most names are neither.
 */
static int
modifier_before_noun(const char *s, size_t end, const struct text_word *w,
    uint32_t lx, enum speaker_kind kind)
{
	struct text_word nw;
	size_t q = w->end;

	if ((w->flags & TEXT_W_POSS) || !(kind == SPEAKER_SUBJECT ||
	    ((lx & LX_TITLE) && text_word_in(s, w, title_adjectives))))
		return 0;
	return text_word_next(s, end, &q, &nw) &&
	    text_gap_is_blank(s, w->end, nw.start) &&
	    text_is_lower(text_char_at(s, end, nw.start));
}

/* Words of descriptors that may be read as no verb: not a verb of
 * speech, stance or thought, an adverb or a function word, nor a past
 * form ("Cuban also backed Trump" is no descriptor of Trump). */
#define DESCRIPTOR_NOT	(LX_CUE | LX_REPORT | LX_THATCUE | LX_STANCE | \
			LX_INTENT | LX_RAISE | LX_PREPCUE | LX_SPEECHACT | \
			LX_NAMING | LX_ADV | LX_FUNC | LX_DET | LX_PRON)

/*
 * Lower-case descriptors from pos and the name after them: "said
 * undecided Republican voter Stephanie Hooton".  1 with the mention in *a
 * (a->ms the first descriptor), *last its last word.  When strict, the
 * reading starts at a modifier (modifier_before_noun: "said longtime
 * Democratic strategist Jane Smith" reads "Democratic" as one) and the
 * descriptors must be nouns and adjectives (DESCRIPTOR_NOT, no -ed):
 * the words may as well be a verb and its object.
 */
static int
described_fwd(const char *s, size_t end, size_t pos, struct attr *a,
    struct text_word *last, int strict)
{
	struct text_word w, lw;
	struct name_run r;
	struct attr na;
	size_t p = pos, first = 0;
	uint32_t lx;
	int i;

	for (i = 0; i < NOMINAL_WORDS_MAX; i++) {
		size_t prev = p;

		if (!text_word_next(s, end, &p, &w) ||
		    !(i == 0 ? text_all_space(s, prev, w.start) :
		    text_gap_is_blank(s, prev, w.start)))
			return 0;
		if (i == 0)
			first = w.start;
		/* one lookup a word answers each test */
		lx = lexicon_of(s, &w);
		if (namey_shape(&w) && namey_lex(&w, lx) &&
		    !(lx & LX_CAPSTOP)) {
			name_run_fwd(s, end, w, lx, &na, &lw, &r);
			/* "former Republican congressman": a modifier */
			if (lw.start == w.start && modifier_before_noun(s,
			    end, &w, r.lx[0], run_kind(s, end, &na, &r)))
				continue;
			if (strict && i == 0)
				return 0;
			a->ms = first;
			a->me = na.me;
			a->ns = na.ns;
			a->ne = na.ne;
			a->pronoun = 0;
			a->complement = 0;
			*last = lw;
			return 1;
		}
		if ((w.flags & TEXT_W_DIGIT) || (!(w.flags & TEXT_W_ALLCAP) &&
		    (lx & LX_CUE)) || (lx & LX_FUNC))
			return 0;
		if (strict && ((lx & DESCRIPTOR_NOT) || (w.end - w.start > 2 &&
		    s[w.end - 2] == 'e' && s[w.end - 1] == 'd')))
			return 0;
	}
	return 0;
}

/*
 * A subject read forward from pos (the word right after a quote or a
 * cue): a pronoun, a name, or a nominal ("the gambling tycoon", "Putin's
 * message").  1 with a->ms/me (and ns/ne for a name) and *last set.
 */
int
speaker_mention_fwd(const char *s, size_t end, size_t pos, struct attr *a,
    struct text_word *last)
{
	struct text_word w;
	size_t p = pos, i;
	int head = 0, after_func = 0, titled = 0;
	enum subject_word sw;
	uint32_t lx;

	if (!text_word_next(s, end, &p, &w))
		return 0;
	if (!text_all_space(s, pos, w.start) &&
	    !(text_char_at(s, end, pos) == ',' &&
	    text_all_space(s, pos + 1, w.start)))
		return 0;
	a->ns = a->ne = 0;
	a->pronoun = 0;
	a->complement = 0;
	sw = subject_word(s, &w, &lx);
	if (sw == SW_PRONOUN) {
		a->ms = w.start;
		a->me = w.end;
		a->pronoun = 1;
		*last = w;
		return 1;
	}
	if (sw == SW_NAME) {
		struct name_run r;
		enum speaker_kind kind;

		name_run_fwd(s, end, w, lx, a, last, &r);
		/* "Bank of America", "the University of Michigan": the
		 * name after an institution's head noun and "of" is part
		 * of it, as institution_of reads it back (the bytes " of "
		 * first, which most names lack) */
		if (r.first == 0 && !r.titles && last->end + 4 < end &&
		    s[last->end] == ' ' && s[last->end + 1] == 'o' &&
		    s[last->end + 2] == 'f' && s[last->end + 3] == ' ')
			institution_of_fwd(s, end, a, last, &r);
		/* "said Twitter", "said Oklahoma City": no speaker; but a
		 * place or an institution before a descriptor noun and a
		 * name modifies them, and the name speaks: "said Ohio
		 * State University professor Paul Beck" */
		if ((kind = run_kind(s, end, a, &r)) == SPEAKER_NONE)
			return !(last->flags & TEXT_W_POSS) &&
			    descriptor_fwd(s, end, a, last);
		if (!(last->flags & TEXT_W_POSS)) {
			/* "said Democratic strategist Jane Smith": the name
			 * is a modifier of the descriptors after it */
			if (last->start == w.start && modifier_before_noun(s,
			    end, &w, r.lx[0], kind) && described_fwd(s, end,
			    w.start, a, last, 1))
				return 1;
			apposition_fwd(s, end, a, last);
			return 1;
		}
		/* "Putin's message": the possessor speaks through it. */
		p = last->end;
		for (i = 0; i < NOMINAL_WORDS_MAX; i++) {
			struct text_word nw;
			size_t q = p;

			if (!text_word_next(s, end, &q, &nw) ||
			    !text_gap_is_blank(s, p, nw.start) ||
			    lexicon_is_cue(s, &nw) || (nw.flags & TEXT_W_CAP))
				break;
			a->me = nw.end;
			*last = nw;
			p = nw.end;
		}
		return 1;
	}
	if (!lexicon_is(s, &w, LX_DET))
		return 0;
	head = 1;
	a->ms = w.start;
	a->me = w.end;
	*last = w;
	p = w.end;
	for (i = 0; i < NOMINAL_WORDS_MAX; i++) {
		struct text_word nw;
		size_t q = p, g = p;
		int poss = 0;

		/* a plural possessive's apostrophe: "the Workers' Party" */
		if (g < end && s[g] == '\'')
			g++, poss = 1;
		else if (end - g >= 3 && text_range_eq(s, g, g + 3,
		    "\xe2\x80\x99"))
			g += 3, poss = 1;
		if (poss && i > 0 && head && a->ns != a->ne)
			head = 0;	/* the name was a possessor */
		if (!text_word_next(s, end, &q, &nw) ||
		    !text_gap_is_blank(s, g, nw.start))
			break;
		/* one lookup answers lexicon_is_cue, speaker_word_is_namey
		 * and the function-word test of this word */
		lx = lexicon_of(s, &nw);
		if (!(nw.flags & TEXT_W_ALLCAP) && (lx & LX_CUE))
			break;
		/*
		 * The first name, or a name after the head noun in
		 * apposition: "the economist Jared Bernstein", "the Workers'
		 * Party newspaper Rodong Sinmun".
		 */
		if (namey_shape(&nw) && namey_lex(&nw, lx) &&
		    ((a->ns == a->ne && !titled) || (!head && !after_func))) {
			struct attr na;
			struct name_run r;

			name_run_fwd(s, end, nw, lx, &na, &nw, &r);
			/* "according to the Bank of England": the name
			 * after an institution's head noun and "of" is part
			 * of it, as after no determiner (the bytes " of "
			 * first) */
			if (r.first == 0 && !r.titles && nw.end + 4 < end &&
			    s[nw.end] == ' ' && s[nw.end + 1] == 'o' &&
			    s[nw.end + 2] == 'f' && s[nw.end + 3] == ' ')
				institution_of_fwd(s, end, &na, &nw, &r);
			/* "the Prime Minister", "the Foreign Secretary":
			 * titles alone right after the determiner are the
			 * description's head, no name */
			if (r.titles && i == 0 &&
			    !text_word_in(s, &nw, title_adjectives) &&
			    !text_word_in(s, &nw, party_titles))
				na.ns = na.ne = 0, titled = 1;
			a->ns = na.ns;
			a->ne = na.ne;
			head = !(nw.flags & TEXT_W_POSS);
			lx = lexicon_of(s, &nw);	/* the run's last word */
		} else if (head)
			head = 0;	/* "a U.S. Embassy official" */
		/* "an official in Nairobi": no apposition after "in" */
		after_func = (lx & (LX_FUNC | LX_DET)) != 0;
		a->me = text_word_stem_end(s, &nw);
		*last = nw;
		p = nw.end;
	}
	/* the name is the speaker only as the head ("the economist Jared
	 * Bernstein") or the possessor ("Putin's office") */
	if (!head)
		a->ns = a->ne = 0;
	return 1;
}

/*
 * Does a capitalised word only open the sentence, never name or count
 * its subject: "After", "However", "In", "When" (LX_CAPSTOP), but not a
 * title, a determiner or a quantifier ("Many", "Most", "All" say)?
 */
static int
opener_word(const char *s, const struct text_word *w, uint32_t lx)
{
	return (lx & LX_CAPSTOP) && !(lx & (LX_TITLE | LX_DET)) &&
	    !text_word_eq(s, w, "most") && !text_word_eq(s, w, "all") &&
	    !text_word_eq(s, w, "more");
}

/*
 * The name a (of kind kind) is the object of a preposition of
 * affiliation or place ("of", "at", "from", "with", "in"), "the" between
 * them or none: is the noun phrase's head before the preposition a
 * person's name (a given name or an initial first, speaker_kind_of), or
 * a name with no evidence against it when the object cannot speak as
 * more than a subject (a place, a state, a medium: "Clinton in Iowa")?
 * Then the head speaks and *a becomes it, the mention running to the
 * object's end: the object of a preposition is no subject, whatever it
 * names.  "Rep. Tom Cole of Oklahoma" is the first kind too.  After a
 * common noun instead ("fans at Wembley", "the organisers of
 * Glastonbury", "some users on Reddit": "of", "at", "in", "on", "from",
 * "near"; no verb's participle, no spokesman, no partitive, no
 * organisation as the complement) the name is marked a complement
 * (a->complement): the rules read it as before, speaker_of names no one.
 */
/*
 * May the name that starts at ms follow one of person_before_prep's
 * prepositions or "the" (a space, then the last two letters of "of",
 * "at", "from", "with", "in" or "the"), or with title, "of", "for" or
 * "the" (title_of_before's)?  Most names follow none: the bytes are
 * tested before a call.
 */
static inline int
may_follow_prep(const char *s, size_t lo, size_t ms, int title)
{
	char a, b;

	if (ms < lo + 3 || s[ms - 1] != ' ')
		return 0;
	a = s[ms - 3];
	b = s[ms - 2];
	if (title)
		return (a == 'o' && b == 'f') || (a == 'o' && b == 'r') ||
		    (a == 'h' && b == 'e');
	return (a == 'o' && b == 'f') || (a == 'a' && b == 't') ||
	    (a == 'o' && b == 'm') || (a == 't' && b == 'h') ||
	    (a == 'i' && b == 'n') || (a == 'h' && b == 'e') ||
	    (a == 'o' && b == 'n') || (a == 't' && b == 'o') ||
	    (a == 'a' && b == 'r');
}

/* Is [ns, ne) one word, a title ("Democrat", "Senator")? */
static int
title_word(const char *s, size_t ns, size_t ne)
{
	struct text_word w;
	size_t p = ns;

	return text_word_next(s, ne, &p, &w) && w.end >= ne &&
	    lexicon_is(s, &w, LX_TITLE);
}

/* Capitalised words between "the" and a title that they qualify: "the
 * New South Wales Premier" has 3, "the Shadow Home Secretary" 2. */
#define TITLE_MODIFIERS_MAX	4

/* Titles that speak for a body named after them: "a spokesman for the
 * company" is the company's words (the body is the source). */
static const char *const spokes_titles[] = {
	"spokesman", "spokeswoman", "spokesperson", NULL
};

/*
 * Read back from the word that ends at or before pos over at most
 * TITLE_MODIFIERS_MAX capitalised words (no abbreviation, no
 * possessive) to "the": 1 with *the its word.  Titles written so head a
 * description ("the New South Wales Premier").
 */
static int
the_back(const char *s, size_t lo, size_t pos, const struct text_word *words,
    size_t nw, struct text_word *the)
{
	struct text_word w;
	size_t q = pos, next = pos, i, k = nw;

	for (i = 0; i <= TITLE_MODIFIERS_MAX; i++, next = w.start) {
		if (!text_word_prev_in(s, lo, &q, &w, words, nw, &k) ||
		    !text_gap_is_blank(s, w.end, next))
			return 0;
		if (text_word_eq(s, &w, "the")) {
			*the = w;
			return 1;
		}
		if (!(w.flags & TEXT_W_CAP) || (w.flags & (TEXT_W_ABBREV |
		    TEXT_W_POSS)))
			return 0;
	}
	return 0;
}

/*
 * The word right before *q with only blanks between, past one "the"
 * ("Wang of the Intercept", "the Duchess of Sussex"): 1 with *w that
 * word; *q and *k carry on, for the caller's next word back.
 */
static int
word_before_past_the(const char *s, size_t lo, const struct text_word *words,
    size_t nw, size_t *q, size_t *k, struct text_word *w)
{
	size_t e = *q;

	if (!text_word_prev_in(s, lo, q, w, words, nw, k) ||
	    !text_gap_is_blank(s, w->end, e))
		return 0;
	if (text_word_eq(s, w, "the")) {
		e = w->start;
		if (!text_word_prev_in(s, lo, q, w, words, nw, k) ||
		    !text_gap_is_blank(s, w->end, e))
			return 0;
	}
	return 1;
}

/*
 * The run run[first .. n) is titles alone (with the words they qualify
 * before the last): when "the" opens it or stands right before it, the
 * mention is that description, with no name (*a: its span, no name;
 * speaker_of resolves it to the holder named with the title before).
 */
static int
the_titles(const char *s, size_t lo, const struct text_word *run,
    size_t first, size_t n, const struct text_word *words, size_t nw,
    struct attr *a)
{
	struct text_word the;

	if (text_word_in(s, &run[n - 1], title_adjectives) ||
	    text_word_in(s, &run[n - 1], party_titles))
		return 0;
	if (text_word_eq(s, &run[first], "the"))
		the = run[first];
	else if (!the_back(s, lo, run[first].start, words, nw, &the) ||
	    the.end + 1 != run[first].start)
		return 0;
	a->ms = the.start;
	a->me = text_word_stem_end(s, &run[n - 1]);
	a->ns = a->ne = 0;
	return 1;
}

/*
 * The name a follows "of" or "for" ("the" between or none), after a
 * title and "the" with capitalised qualifiers between: "the Duchess of
 * Sussex", "The Archbishop of Canterbury", "the Secretary of State for
 * Health".  The title's holder speaks, no name after "of": *a becomes
 * the description, from "the" to the name's end, with no name
 * (speaker_of resolves it to the holder named before with the title,
 * else none).  Not a spokesman's title: "the spokesman for the company"
 * is the company's words; nor a title that names a body or a place as
 * well ("the state of Nevada", "the House of Lords").
 */
static __attribute__((noinline)) int
title_of_before(const char *s, size_t lo, struct attr *a,
    const struct text_word *words, size_t nw)
{
	struct text_word w, tw, the;
	size_t q = a->ms, k = nw;

	if (!word_before_past_the(s, lo, words, nw, &q, &k, &w))
		return 0;
	if (!text_word_eq(s, &w, "of") && !text_word_eq(s, &w, "for"))
		return 0;
	tw = w;
	if (!text_word_prev_in(s, lo, &q, &tw, words, nw, &k) ||
	    !text_gap_is_blank(s, tw.end, w.start) ||
	    (tw.flags & TEXT_W_POSS) || (lexicon_of(s, &tw) & (LX_TITLE |
	    LX_ORG)) != LX_TITLE ||
	    text_word_in(s, &tw, title_adjectives) ||
	    text_word_in(s, &tw, spokes_titles) ||
	    !the_back(s, lo, tw.start, words, nw, &the))
		return 0;
	a->ms = the.start;
	a->ns = a->ne = 0;
	return 1;
}

static int mention_back(const char *s, size_t lo, size_t pos,
    struct attr *a, int of_place, const struct text_word *words, size_t nw);

/* Quantities of a group ("a majority of Americans", "a quarter of
 * Democrats"): the group speaks through its part (the partitive's
 * complement is its head in meaning). */
static const char *const partitives[] = {
	"majority", "majorities", "plurality", "minority", "number",
	"half", "third", "thirds", "quarter", "quarters", "percent",
	"millions", "thousands", "hundreds", "dozens", "fraction", "share",
	"most", "many", "some", "all", "none", NULL
};

/* Bytes from a determiner to its head noun: "the tiny fraction" is 18,
 * "some Republican voters" 22; a verb phrase goes further ("some voters
 * have been attracted"). */
#define NOUN_PHRASE_BYTES_MAX	24

/* Does the preposition w join a noun to its complement rather than a
 * verb to its object ("attracted to", "begins with", "referred to")? */
static int
noun_prep(const char *s, const struct text_word *w)
{
	return text_word_eq(s, w, "of") || text_word_eq(s, w, "at") ||
	    text_word_eq(s, w, "in") || text_word_eq(s, w, "on") ||
	    text_word_eq(s, w, "from") || text_word_eq(s, w, "near");
}

/*
 * Plural nouns of people by their tie to a place, a side, a family or a
 * body (FrameNet's People_by_residence, Taking_sides, Kinship,
 * Membership): capitalised at a sentence's start they are still common
 * nouns, and the group speaks, not the name after "of" ("Residents of
 * Khan Younis said", "Supporters of Donald Trump said").  Not the
 * people who speak for a body ("officials", "spokesmen", "lawyers"),
 * whose words are the body's.
 */
static const char *const group_nouns[] = {
	"residents", "neighbors", "neighbours", "locals", "villagers",
	"supporters", "opponents", "critics", "backers", "allies", "friends",
	"relatives", "families", "members", "fans", "followers", "voters",
	"parents", "students", "survivors", "witnesses", "protesters",
	"protestors", "activists", NULL
};

/*
 * Is [ns, ne) a name of two words or more right after a title that
 * stands from ms ("Dr Priya Patel", "Prof. Wang Li"): the title is the
 * word right before the name?
 */
static int
titled_name(const char *s, size_t ms, size_t ns, size_t ne)
{
	struct text_word w;
	size_t p = ns, q = ns;

	if (!text_word_next(s, ne, &p, &w) || w.end >= ne ||
	    !text_word_prev(s, ms, &q, &w))
		return 0;
	return lexicon_is(s, &w, LX_TITLE) && !(w.flags & TEXT_W_POSS) &&
	    !text_word_in(s, &w, title_adjectives);
}

static __attribute__((noinline)) int
person_before_prep(const char *s, size_t lo, struct attr *a,
    enum speaker_kind kind, const struct text_word *words, size_t nw)
{
	static const char *const preps[] = {
		"of", "at", "from", "with", "in", "on", "to", "near", NULL
	};
	struct text_word w, pw, bw;
	struct attr b;
	size_t q = a->ms, k = nw, r;
	enum speaker_kind hk;
	int group;

	if (!word_before_past_the(s, lo, words, nw, &q, &k, &w))
		return 0;
	if ((w.flags & TEXT_W_CAP) || w.end - w.start > 4 ||
	    !text_word_in(s, &w, preps))
		return 0;
	pw = w;
	if (!text_word_prev_in(s, lo, &q, &pw, words, nw, &k) ||
	    !text_gap_is_blank(s, pw.end, w.start))
		return 0;
	/* "Residents of Khan Younis said": a group noun the sentence
	 * capitalised (the byte test first: most heads are names) */
	group = (pw.flags & TEXT_W_CAP) && !(pw.flags & (TEXT_W_DIGIT |
	    TEXT_W_POSS)) && s[pw.end - 1] == 's' && pw.end - pw.start > 3 &&
	    text_word_in(s, &pw, group_nouns);
	if (!namey_shape(&pw) || group) {
		/* "fans at Wembley", "the organisers of Glastonbury",
		 * "some users on Reddit": a common noun's complement is
		 * no speaker; the noun phrase is the mention, with no
		 * name.  An organisation speaks through its people
		 * ("officials at the State Department"), a body through
		 * its spokesman ("a spokesman for Boeing"). */
		if (kind == SPEAKER_ORG || kind == SPEAKER_NONE ||
		    ((pw.flags & TEXT_W_CAP) && !group) ||
		    (pw.flags & (TEXT_W_DIGIT | TEXT_W_POSS)) ||
		    !noun_prep(s, &w) ||
		    word_ends_in(s, &pw, "ed") ||
		    (lexicon_of(s, &pw) & (LX_FUNC | LX_DET | LX_PRON |
		    LX_CUE | LX_REPORT | LX_STANCE)) ||
		    text_word_in(s, &pw, spokes_titles) ||
		    text_word_in(s, &pw, partitives))
			return 0;
		if (mention_back(s, lo, w.start, &b, 0, words, nw) &&
		    !b.pronoun && b.ns == b.ne) {
			/* back to its determiner, a modifier or two
			 * between: no verb in it */
			if (b.ms + NOUN_PHRASE_BYTES_MAX < pw.start)
				return 0;
		} else {
			/* a bare noun opens its clause */
			r = pw.start;
			if (text_word_prev_in(s, lo, &r, &bw, words, nw, &k) &&
			    text_gap_is_blank(s, bw.end, pw.start))
				return 0;
		}
		a->complement = 1;
		return 1;
	}
	/* the head ends in a name word ("Wang of"): the reading back
	 * only then, and only after these */
	if (w.end - w.start == 2 && (text_word_eq(s, &w, "on") ||
	    text_word_eq(s, &w, "to")))
		return 0;
	if (w.end - w.start == 4 && text_word_eq(s, &w, "near"))
		return 0;
	if (!mention_back(s, lo, w.start, &b, 0, words, nw) || b.pronoun ||
	    b.ns == b.ne)
		return 0;
	/* a name with no evidence either way, before a place: not
	 * "in", which joins places ("Cape Town in South Africa"), nor
	 * when it is a title ("a Democrat from Rhode Island"); before an
	 * organisation, a name of two words or more after a title or an
	 * honorific, a person's ("Dr Priya Patel of Imperial College
	 * London", as after an institution's title: titled_person) */
	hk = speaker_kind_of(s, w.start, b.ns, b.ne);
	if (hk != SPEAKER_PERSON && !(hk == SPEAKER_MAYBE &&
	    (kind == SPEAKER_NONE || kind == SPEAKER_SUBJECT) &&
	    !text_word_eq(s, &w, "in") && !title_word(s, b.ns, b.ne)) &&
	    !(hk == SPEAKER_MAYBE && b.ms < b.ns &&
	    titled_name(s, b.ms, b.ns, b.ne)))
		return 0;
	a->ms = b.ms;
	a->ns = b.ns;
	a->ne = b.ne;
	return 1;
}

/*
 * The nominal in *a after "of" and a group noun ("Critics of the former
 * president said", "supporters of the candidate said"): the group
 * speaks, as person_before_prep reads a name there ("Residents of Khan
 * Younis"), and the nominal is its complement, no description of the
 * speaker ("the former president" is no one who spoke).  *a widens back
 * to the group noun, with no name, marked a complement.
 */
static __attribute__((noinline)) void
group_of_nominal(const char *s, size_t lo, struct attr *a,
    const struct text_word *words, size_t nw)
{
	struct text_word w, gw;
	size_t q = a->ms, k = nw;

	if (!text_word_prev_in(s, lo, &q, &w, words, nw, &k) ||
	    !text_word_eq(s, &w, "of") || !text_gap_is_blank(s, w.end, a->ms) ||
	    !text_word_prev_in(s, lo, &q, &gw, words, nw, &k) ||
	    !text_gap_is_blank(s, gw.end, w.start) ||
	    (gw.flags & (TEXT_W_DIGIT | TEXT_W_POSS)) ||
	    !text_word_in(s, &gw, group_nouns))
		return;
	a->ms = gw.start;
	a->ns = a->ne = 0;
	a->complement = 1;
}

/*
 * Is the name in *a (read back to pos) the object of "of" after the head
 * noun of an institution's name, capitalised, with "the" or nothing
 * before it ("the Bank of England", "University of Michigan", "the
 * Ministry of Defence")?  Then the name is the institution's whole: *a
 * widens back to the head (and its modifiers, "the Public Policy
 * Institute of California"), when the whole can speak (not "Association
 * of Flight Attendants", whose "Flight" the kind test reads as an
 * event: the head alone stays then).
 */
static __attribute__((noinline)) int
institution_of(const char *s, size_t lo, size_t pos, struct attr *a,
    const struct text_word *words, size_t nw)
{
	struct text_word w, hw;
	struct attr b;
	size_t q = a->ms, k = nw;
	enum speaker_kind kind;

	if (!text_word_prev_in(s, lo, &q, &w, words, nw, &k) ||
	    !text_word_eq(s, &w, "of") || !text_gap_is_blank(s, w.end, a->ms))
		return 0;
	hw = w;
	if (!text_word_prev_in(s, lo, &q, &hw, words, nw, &k) ||
	    !text_gap_is_blank(s, hw.end, w.start) ||
	    !(hw.flags & TEXT_W_CAP) || (hw.flags & TEXT_W_POSS) ||
	    !text_word_in(s, &hw, institution_heads) ||
	    !mention_back(s, lo, w.start, &b, 0, words, nw) || b.pronoun ||
	    b.ns == b.ne || b.ne != hw.end)
		return 0;
	kind = speaker_kind_of(s, pos, b.ns, a->ne);
	if (kind != SPEAKER_ORG && kind != SPEAKER_MAYBE &&
	    kind != SPEAKER_PERSON)
		return 0;
	a->ms = b.ms;
	a->ns = b.ns;
	return 1;
}

/*
 * Is the name in *a (read back to pos, its last word last with the
 * lexicon classes lastlx) the end of one organisation's name joined by
 * "and": "Pacific Gas and Electric", "the Bill and Melinda Gates
 * Foundation", "Puutu Kunti Kurrama and Pinikura Aboriginal
 * Corporation"?  It ends on an organisation word or a company's
 * (speaker_desc_company_word), and a capitalised name run stands right
 * before "and": *a widens back to that run's start, the whole the name.
 * Two people ("Smith and Jones said") end on no such word; two bodies
 * ("Fox News and NBC News") have a whole name before "and"; one word
 * that opens the sentence is capitalised by the sentence, no name's
 * part ("Residents and Thames Water said": Thames Water).
 */
static __attribute__((noinline)) int
and_organisation(const char *s, size_t lo, struct attr *a,
    const struct text_word *last, uint32_t lastlx,
    const struct text_word *words, size_t nw)
{
	struct text_word w, one;
	struct attr b;
	size_t q = a->ms, k = nw;

	if (!((lastlx & LX_ORG) || speaker_desc_company_word(s, last)) ||
	    !text_word_prev_in(s, lo, &q, &w, words, nw, &k) ||
	    !text_word_eq(s, &w, "and") ||
	    !text_gap_is_blank(s, w.end, a->ms) ||
	    !mention_back(s, lo, w.start, &b, 0, words, nw) || b.pronoun ||
	    b.ns == b.ne || !text_gap_is_blank(s, b.ne, w.start))
		return 0;
	/* "Residents and": one word the sentence capitalised */
	q = b.ns;
	if (text_word_next(s, b.ne, &q, &one) && one.end == b.ne &&
	    speaker_starts_sentence(s, b.ns))
		return 0;
	/* a name whole before "and" is a body of its own: "Fox News and
	 * NBC News", "the FBI and Justice Department" are two */
	q = w.start;
	if (!text_word_prev(s, lo, &q, &w) || (w.flags & TEXT_W_ALLCAP) ||
	    (lexicon_of(s, &w) & LX_ORG) || speaker_desc_company_word(s, &w))
		return 0;
	a->ms = b.ms;
	a->ns = b.ns;
	return 1;
}

/* Words of a body's name before its spokesman's title: "Department of
 * Health and Social Care" has six. */
#define SPOKES_BODY_WORDS_MAX	8

/*
 * Is the spokesman's title head (read back from pos) the head of "a/the
 * + a body's name + the title", the name capitalised words with "of",
 * "and", "for" or "the" between them ("A Home Office spokesperson", "a
 * Ministry of Defence spokesman", "A Department of Health and Social
 * Care spokesperson")?  A body speaks through its spokesman, as after
 * "for" ("a spokesman for Boeing"): *a is the whole noun phrase, its
 * name the body's.  Not a title adjective alone ("a Democratic
 * spokesman"), a place nor a people ("a Texas spokesman").
 */
static int
spokesman_of_body(const char *s, size_t lo, size_t pos,
    const struct text_word *head, struct attr *a,
    const struct text_word *words, size_t nw)
{
	struct text_word w, first = { 0, 0, 0 }, last = { 0, 0, 0 };
	size_t q = head->start, k = nw, n = 0, after = head->start;
	enum speaker_kind kind;

	while (n < SPOKES_BODY_WORDS_MAX &&
	    text_word_prev_in(s, lo, &q, &w, words, nw, &k) &&
	    text_gap_is_blank(s, w.end, after)) {
		after = w.start;
		if (lexicon_is(s, &w, LX_DET)) {
			size_t ne;

			if (n == 0 || !(first.flags & TEXT_W_CAP))
				return 0;
			ne = text_word_stem_end(s, &last);
			kind = speaker_kind_of(s, pos, first.start, ne);
			if (kind == SPEAKER_NONE || kind == SPEAKER_SUBJECT ||
			    (first.end == last.end &&
			    text_word_in(s, &first, title_adjectives)))
				return 0;
			a->ms = w.start;
			a->me = head->end;
			a->ns = first.start;
			a->ne = ne;
			return 1;
		}
		if ((w.flags & TEXT_W_POSS) || (!(w.flags & (TEXT_W_CAP |
		    TEXT_W_ALLCAP)) && !text_word_eq(s, &w, "of") &&
		    !text_word_eq(s, &w, "and") &&
		    !text_word_eq(s, &w, "for")))
			return 0;
		if (n == 0)
			last = w;
		first = w;
		n++;
	}
	return 0;
}

/*
 * A subject read backward from the word before a cue: a pronoun, a name
 * run, or a nominal back to its determiner.  The words are read back
 * through words[0 .. nw) where those give them (text_word_prev_in), else
 * from the text.
 */
static int
mention_back(const char *s, size_t lo, size_t pos, struct attr *a,
    int of_place, const struct text_word *words, size_t nw)
{
	struct text_word w, pw, run[RUN_WORDS_MAX];
	uint32_t lx, plx, lxs[RUN_WORDS_MAX];
	size_t p = pos, n = 0, i, first, q, k = nw, np;
	enum speaker_kind kind;

	a->ns = a->ne = 0;
	a->pronoun = 0;
	a->complement = 0;
	if (!text_word_prev_in(s, lo, &p, &w, words, nw, &k) ||
	    !text_gap_is_blank(s, w.end, pos))
		return 0;
	/* one lookup a word: its classes answer each test, and
	 * run_name_start takes those of the run's words */
	lx = lexicon_of(s, &w);
	if ((lx & LX_PRON) && !(w.flags & TEXT_W_ALLCAP) &&
	    !(w.end - w.start == 1 && s[w.start] == 'i')) {
		a->ms = w.start;
		a->me = w.end;
		a->pronoun = 1;
		return 1;
	}
	if (namey_shape(&w) && namey_lex(&w, lx)) {
		lxs[n] = lx;
		run[n++] = w;
		while (n < RUN_WORDS_MAX) {
			q = w.start;
			if (!text_word_prev_in(s, lo, &q, &pw, words, nw,
			    &k) ||
			    !text_gap_is_blank(s, pw.end, w.start) ||
			    (pw.flags & TEXT_W_POSS))
				break;
			plx = lexicon_of(s, &pw);
			if (!(namey_shape(&pw) && namey_lex(&pw, plx)) &&
			    !(plx & LX_PART))
				break;
			lxs[n] = plx;
			run[n++] = pw;
			w = pw;
		}
		/* run[] is backwards; name_start wants it forwards */
		for (i = 0; i < n / 2; i++) {
			struct text_word t = run[i];

			run[i] = run[n - 1 - i];
			run[n - 1 - i] = t;
			plx = lxs[i];
			lxs[i] = lxs[n - 1 - i];
			lxs[n - 1 - i] = plx;
		}
		first = 0;
		while (first < n && !(run[first].flags & TEXT_W_CAP))
			first++;
		if (first == n)
			return 0;
		/* post-nominals end the name proper, not the mention */
		np = first + run_name_end(s, run + first, lxs + first,
		    n - first);
		i = first + run_name_start(s, run + first, lxs + first,
		    np - first, 1);
		/* "the Prime Minister", "the Foreign Secretary", "the CEO":
		 * titles and their qualifiers alone after "the" are a
		 * description, no name (British style capitalises them) */
		if (i == n && of_place && the_titles(s, lo, run, first, n,
		    words, nw, a))
			return 1;
		/* a word that opens sentences is no part of the mention
		 * ("After John Smith said" -> John Smith), and alone it is
		 * none ("However, he ...", "In rejecting ...") */
		while (first < n && opener_word(s, &run[first], lxs[first]))
			first++;
		/* at the sentence's start they open it ("After saying",
		 * "However, he"); later they are a name ("Al From said") */
		q = run[0].start;
		if (first == n && !text_word_prev_in(s, lo, &q, &pw, words,
		    nw, &k))
			return 0;
		if (first == n)
			first = n - 1;
		if (i < first)
			i = first;
		if (i >= n)
			i = n - 1;
		if (i >= np)
			np = n;
		a->ms = run[first].start;
		a->me = text_word_stem_end(s, &run[n - 1]);
		a->ns = run[i].start;
		a->ne = np < n ? run[np - 1].end : a->me;
		kind = speaker_kind_of_run(s, pos, a->ne, run + i, lxs + i,
		    np - i);
		/* "the Duchess of Sussex", "The Mayor of London": a title's
		 * description, its "of" phrase a name with no title of its
		 * own (not "the Secretary of State John Kerry") */
		if (of_place && i == first && may_follow_prep(s, lo, a->ms, 1) &&
		    title_of_before(s, lo, a, words, nw))
			return 1;
		/* "the Bank of England", "the University of Oxford": the
		 * name after an institution's head noun and "of" is part
		 * of its name (not "Bank", "Oxford"); the bytes " of "
		 * first, which most names lack */
		if (of_place && a->ms >= lo + 5 && s[a->ms - 1] == ' ' &&
		    s[a->ms - 2] == 'f' && s[a->ms - 3] == 'o' &&
		    s[a->ms - 4] == ' ' &&
		    institution_of(s, lo, pos, a, words, nw)) {
			/* "Bank of America Chief Executive Brian
			 * Moynihan": the institution's title describes the
			 * person named after it, who speaks (not "the
			 * Association of Criminal Defense Lawyers") */
			if (i > first && titled_person(kind, lxs, i, n)) {
				a->ns = run[i].start;
				return 1;
			}
			person_before_prep(s, lo, a, SPEAKER_ORG, words, nw);
			return 1;
		}
		/* "Pacific Gas and Electric": an organisation's name
		 * joined by "and"; the bytes " and " first, which most
		 * names lack */
		if (of_place && i == first && a->ms >= lo + 6 &&
		    s[a->ms - 1] == ' ' && s[a->ms - 2] == 'd' &&
		    s[a->ms - 3] == 'n' && s[a->ms - 4] == 'a' &&
		    s[a->ms - 5] == ' ' && and_organisation(s, lo, a,
		    &run[n - 1], lxs[n - 1], words, nw))
			return 1;
		/* "Lee Wang of The Intercept", "Jane Doe at the Brookings
		 * Institution": a person's name before the preposition is
		 * the head, and speaks */
		if (of_place && may_follow_prep(s, lo, a->ms, 0) &&
		    person_before_prep(s, lo, a, kind, words, nw))
			return 1;
		if (kind != SPEAKER_NONE && kind != SPEAKER_SUBJECT)
			return 1;
		/* "Rep. Tom Cole of Oklahoma", "Democrat of Texas": the
		 * person before "of" a place speaks */
		q = a->ms;
		if (of_place && text_word_prev_in(s, lo, &q, &w, words, nw,
		    &k) && text_word_eq(s, &w, "of") &&
		    text_gap_is_blank(s, w.end, a->ms)) {
			struct attr b;

			if (mention_back(s, lo, w.start, &b, 0, words, nw) &&
			    !b.pronoun && b.ns != b.ne && (kind = speaker_kind_of(s, w.start,
			    b.ns, b.ne)) != SPEAKER_NONE &&
			    kind != SPEAKER_SUBJECT) {
				a->ms = b.ms;
				a->ns = b.ns;
				a->ne = b.ne;
				/* "John Smith of the University of
				 * Michigan": the person before that */
				person_before_prep(s, lo, a, kind, words, nw);
				return 1;
			}
		}
		/* a state, a company, a people speak as the subject
		 * ("Pyongyang said", "Twitter said"); a place does not */
		return kind == SPEAKER_SUBJECT;
	}
	/* "A Home Office spokesperson", "a Ministry of Defence
	 * spokesman": the body the spokesman speaks for (the bytes of
	 * the titles' "spokes" first) */
	if (of_place && w.end - w.start >= 9 && (s[w.start] | 0x20) == 's' &&
	    text_range_eq(s, w.start, w.start + 6, "spokes") &&
	    text_word_in(s, &w, spokes_titles) &&
	    spokesman_of_body(s, lo, pos, &w, a, words, nw))
		return 1;
	/* a nominal: lower-case words back to a determiner */
	a->me = w.end;
	for (i = 0; i < NOMINAL_WORDS_MAX; i++) {
		/* one lookup a word (the first's is done): its classes
		 * answer each test (lexicon_is_cue refuses a word in
		 * capitals) */
		if (i > 0)
			lx = lexicon_of(s, &w);
		if (lx & LX_DET) {
			a->ms = w.start;
			/* "Critics of the former president said": the
			 * bytes "s of " first (every group noun is a
			 * plural in -s), which most nominals lack */
			if (of_place && a->ms >= lo + 6 &&
			    s[a->ms - 1] == ' ' && s[a->ms - 2] == 'f' &&
			    s[a->ms - 3] == 'o' && s[a->ms - 4] == ' ' &&
			    s[a->ms - 5] == 's')
				group_of_nominal(s, lo, a, words, nw);
			return 1;
		}
		/* a cue ends the nominal, but not as its head when it
		 * names a document ("the report said", "news reports
		 * say": a verb right before the cue it cannot be) */
		if ((!(w.flags & TEXT_W_ALLCAP) && (lx & LX_CUE) &&
		    !(i == 0 && (lx & LX_DOC))) ||
		    (lx & LX_FUNC) || (w.flags & TEXT_W_DIGIT))
			return 0;
		/* the word before, with only blanks between ("the
		 * program, officials" is no nominal) */
		q = w.start;
		if (!text_word_prev_in(s, lo, &q, &pw, words, nw, &k) ||
		    !text_gap_is_blank(s, pw.end, w.start))
			return 0;
		w = pw;
	}
	return 0;
}

/*
 * After a cue, a name behind lower-case descriptors: "said undecided
 * Republican voter Stephanie Hooton".
 */
int
speaker_mention_described_fwd(const char *s, size_t end, size_t pos,
    struct attr *a)
{
	struct text_word last;

	return described_fwd(s, end, pos, a, &last, 0);
}

int
speaker_mention_back(const char *s, size_t lo, size_t pos, struct attr *a)
{
	return mention_back(s, lo, pos, a, 1, NULL, 0);
}

int
speaker_mention_back_in(const char *s, size_t lo, size_t pos,
    struct attr *a, const struct text_word *words, size_t nw)
{
	return mention_back(s, lo, pos, a, 1, words, nw);
}
