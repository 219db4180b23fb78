/*
 * speaker_mention_clause.c — the subject of the clause a participle, a
 * colon or an infinitive of purpose hangs from ("Trump returned the
 * compliment to Adelson, telling", "Tom Emanuel of Laconia stood at a
 * Bush event here to say"): a name or a pronoun read forward over the
 * clause, not a word that opens the sentence as an adverbial.  Its name
 * runs are read by speaker_mention.c's reader; out of speaker_mention.c,
 * whose readers read the one mention at a cue or a quote.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "quotes_int.h"
#include "speaker_int.h"
#include "text.h"

/* Ordinals that open a sentence as adverbs: "First, Trump went to". */
static const char *const ordinal_openers[] = {
	"first", "second", "third", "fourth", "fifth", "next", "last", NULL
};

/*
 * Does the capitalised word w, the first of its clause, open the
 * sentence as an adverbial rather than name its subject (news
 * capitalises it for its place only)?  An adverb or an ordinal set off
 * by a comma ("First, Trump went", "Finally, Smith said"), or a
 * participle heading a clause that a comma closes before end ("Reached
 * by phone on Tuesday, Joyce told", "Speaking to reporters, Smith
 * said"): an -ing or -ed form and a preposition after it.  A surname
 * that looks like one has its verb next ("Manning on Tuesday said" has
 * no comma).
 */
static int
sentence_opener(const char *s, size_t end, const struct text_word *w)
{
	struct text_word nw;
	size_t q = w->end;

	if (w->end < end && s[w->end] == ',')
		return (lexicon_of(s, w) & LX_ADV) ||
		    text_word_in(s, w, ordinal_openers);
	if (!word_ends_in(s, w, "ing") && !word_ends_in(s, w, "ed"))
		return 0;
	return text_word_next(s, end, &q, &nw) &&
	    text_gap_is_blank(s, w->end, nw.start) &&
	    !(nw.flags & TEXT_W_CAP) && lexicon_is(s, &nw, LX_FUNC) &&
	    memchr(s + nw.end, ',', end - nw.end) != NULL;
}

/*
 * The subject of the clause a participle or colon hangs from: the last
 * name or pronoun before the cue that a verb follows ("Trump returned the
 * compliment to Adelson, telling"), else the first one; not a word that
 * opens the sentence as an adverbial (sentence_opener).
 */
int
speaker_mention_clause_subject(const char *s, size_t lo, size_t cue,
    struct attr *a)
{
	struct text_word w, nw, last;
	size_t p = lo, q;
	struct attr cand, best, firsta;
	struct name_run r;
	int have_best = 0, have_first = 0, first_adj = 0, adj, nw_ok;
	int read = 0, opening;
	enum speaker_kind kind = SPEAKER_PERSON;
	enum subject_word sw;
	uint32_t lx;		/* w's classes, when subject_word looked */

	memset(&best, 0, sizeof(best));
	memset(&firsta, 0, sizeof(firsta));
	while (text_word_next(s, cue, &p, &w)) {
		opening = !read;
		read = 1;
		memset(&cand, 0, sizeof(cand));
		sw = subject_word(s, &w, &lx);
		if (sw == SW_NAME && opening && sentence_opener(s, cue, &w))
			continue;
		if (sw == SW_PRONOUN) {
			cand.ms = w.start;
			cand.me = w.end;
			cand.pronoun = 1;
			last = w;
		} else if (sw == SW_NAME) {
			speaker_mention_run_fwd(s, cue, w, lx, &cand, &last,
			    &r);
			kind = run_kind(s, cue, &cand, &r);
		} else
			continue;
		p = last.end;
		/*
		 * Not "in Turkey", "the Oklahoma City bombing", "Russian
		 * soldiers", "a post on Twitter": the nearest capitals are
		 * no subject unless they can speak as more than a subject.
		 */
		if (!cand.pronoun && (kind == SPEAKER_NONE ||
		    kind == SPEAKER_SUBJECT))
			continue;
		/* "(UPI)": a name in brackets is an aside */
		if (text_char_before(s, w.start) == '(')
			continue;
		q = p;
		nw_ok = text_word_next(s, cue, &q, &nw);
		/* an adjective title's noun is no verb ("the Republican
		 * nomination"): it stays a mention only for want of any
		 * other ("GOP rival Ted Cruz on Wednesday, ..." is Cruz) */
		adj = sw == SW_NAME && nw_ok && adjective_before_noun(s, &w,
		    &last, &nw);
		if (!have_first || (first_adj && !adj)) {
			firsta = cand;
			have_first = 1;
			first_adj = adj;
		}
		if (!(last.flags & TEXT_W_POSS) && nw_ok &&
		    text_gap_is_blank(s, last.end, nw.start) &&
		    !(nw.flags & TEXT_W_CAP) &&
		    !lexicon_is(s, &nw, LX_FUNC) && !adj) {
			best = cand;
			have_best = 1;
		}
	}
	if (have_best)
		*a = best;
	else if (have_first)
		*a = firsta;
	else
		return 0;
	return 1;
}

/*
 * The subject of the clause an infinitive of purpose hangs from ("Tom
 * Emanuel of Laconia, N.H., stood at a Bush event here to say"): the
 * first name or pronoun before the cue that no preposition or determiner
 * governs, as a clause names its subject before its verb; the last one a
 * verb follows (speaker_mention_clause_subject) would be the object's ("a
 * Bush event"); not a word that opens the sentence as an adverbial.
 */
int
speaker_mention_clause_first(const char *s, size_t lo, size_t cue,
    struct attr *a)
{
	struct text_word w, prev, last;
	size_t p = lo;
	struct attr cand;
	struct name_run r;
	int have_prev = 0, governed, opening = 1;
	enum speaker_kind kind;
	enum subject_word sw;
	uint32_t lx;

	while (text_word_next(s, cue, &p, &w)) {
		governed = have_prev && text_gap_is_blank(s, prev.end,
		    w.start) && (lexicon_of(s, &prev) & (LX_FUNC | LX_DET));
		prev = w;
		have_prev = 1;
		sw = subject_word(s, &w, &lx);
		if (sw == SW_NAME && opening && sentence_opener(s, cue, &w)) {
			opening = 0;
			continue;
		}
		opening = 0;
		memset(&cand, 0, sizeof(cand));
		if (sw == SW_PRONOUN) {
			cand.ms = w.start;
			cand.me = w.end;
			cand.pronoun = 1;
			kind = SPEAKER_PERSON;
		} else if (sw == SW_NAME) {
			speaker_mention_run_fwd(s, cue, w, lx, &cand, &last,
			    &r);
			kind = run_kind(s, cue, &cand, &r);
			p = last.end;
			prev = last;
		} else
			continue;
		if (governed || text_char_before(s, w.start) == '(' ||
		    (!cand.pronoun && (kind == SPEAKER_NONE ||
		    kind == SPEAKER_SUBJECT)))
			continue;
		*a = cand;
		return 1;
	}
	return 0;
}
