/*
 * speech_closer.c — the attribution that follows what it reports, a
 * closer:
 *
 *   CLAUSE, X said. / CLAUSE, said X.   speech_closer_closes_sentence,
 *                                       speech_closer_cue_backward
 *   A, X said, B                        speech_closer_parenthetical_head (A)
 *
 * This file owns the tests that a cue closes its clause (the comma or
 * dash before its subject, the few words after it, a fronted phrase
 * that is no content, a role's words before a name or after the cue)
 * and the readings of the content before it.  The as-clause that closes
 * a sentence (", as X noted.") is speech_form.c's, read with the one
 * that opens it; speech.c's analyse() decides which to try, in which
 * order.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/* Does the word "as" stand right before pos, one space between, or
 * "as the" ("as the Guardian reported": the mention may be the name
 * alone)? */
static inline int
as_right_before(const char *s, size_t lo, size_t pos)
{
	if (pos >= lo + 5 && s[pos - 1] == ' ' && s[pos - 2] == 'e' &&
	    s[pos - 3] == 'h' && (s[pos - 4] | 0x20) == 't' &&
	    s[pos - 5] == ' ')
		pos -= 4;
	return pos >= lo + 3 && s[pos - 1] == ' ' && s[pos - 2] == 's' &&
	    (s[pos - 3] | 0x20) == 'a' && (pos - 3 == lo ||
	    s[pos - 4] == ' ');
}

/* Is w a word that ends a time after a determiner ("a day later", "the
 * next morning", "this afternoon", "the day before")? */
static int
is_time_tail(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit tail[] =
	    SPEECH_WORDS(SPEECH_WORDS_TIME_TAIL);

	return speech_range_in(x->s, w->start, w->end, tail,
	    sizeof(tail) / sizeof(tail[0]));
}

/* Does w open an adverbial clause after a closer's cue (", organisers
 * said as they announced a line-up", "he said when asked")? */
static int
is_closer_subord(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit sub[] =
	    SPEECH_WORDS(SPEECH_WORDS_CLOSER_SUBORD);

	return speech_range_in(x->s, w->start, w->end, sub,
	    sizeof(sub) / sizeof(sub[0]));
}

/* The words a closer's subject may stand from its cue ("X said", "X
 * also said", "X has also said"). */
#define CLOSER_SUBJECT_GAP	2

/*
 * Does word k, right after the closer's cue at i (and its time), open an
 * adverbial clause (is_closer_subord)?  It opens right after the cue,
 * its time or the addressee "told" needs ("said on Wednesday as", "told
 * reporters as"); one further on follows an object ("described China as
 * the enforcer": a predicate).  The subject a, when found, stands right
 * before the cue, as a closer's does ("..., organisers said as"; not
 * "..., the leader who secured independence from British rule before
 * being assassinated"); "as" opens a clause only before its subject, a
 * pronoun, a determiner or a name ("said as they announced", "as the
 * crowd cheered"; not "indicated as much", "revealed as a backer").
 */
static int
closer_subord_opens(const struct qx *x, struct sent *t, size_t i, size_t k,
    const struct attr *a)
{
	size_t g, sk;
	uint32_t lx;

	if (k + 1 >= t->n || !is_closer_subord(x, &t->w[k]))
		return 0;
	sk = i + 1 + speech_span_time_after(x, t, i + 1);
	if ((speech_wlx(x, t, i) & LX_OBJCUE) &&
	    (g = speech_ask_addressee_end(x, t, i)) != 0)
		sk = g;
	if (k != sk)
		return 0;
	if (a->found) {
		for (g = i; g > 0 && t->w[g - 1].start >= a->me; g--)
			;
		if (i - g > CLOSER_SUBJECT_GAP)
			return 0;
	}
	if (!is_word(x, &t->w[k], "as"))
		return 1;
	lx = speech_wlx(x, t, k + 1);
	return (t->w[k + 1].flags & TEXT_W_CAP) || (lx & LX_PRON) ||
	    ((lx & LX_DET) && !is_word(x, &t->w[k + 1], "a") &&
	    !is_word(x, &t->w[k + 1], "an"));
}

/* Is word k a participle of saying, stance or intent after a comma
 * (", adding that", ", warning of", ", blaming")? */
static int
closer_participle(const struct qx *x, struct sent *t, size_t k)
{
	return !(t->w[k].flags & TEXT_W_CAP) &&
	    (speech_wlx(x, t, k) & (LX_CUE | LX_REPORT | LX_STANCE |
	    LX_INTENT | LX_PREPCUE | LX_LIGHT)) &&
	    speech_ends_with(x, &t->w[k], "ing") &&
	    speech_char_before(x->s, t->ss, t->w[k].start, NULL) == ',';
}

/*
 * Does a clause follow the cue at i to the sentence's end ("Hours later,
 * Intel said the event was canceled", "On Monday, he told reporters
 * they would win")?  Past a time ("said Tuesday") or the addressee
 * that "told" needs (without one it is a closer: "he told the court"), a
 * lower-case subject pronoun or determiner opens CONTENT_WORDS_MIN words
 * or more that do not end as a time does ("he said a day later", "she
 * said in a statement" are closers).
 */
static int
clause_follows(const struct qx *x, struct sent *t, size_t i)
{
	size_t k, f;
	uint32_t lx;

	k = i + 1 + speech_span_time_after(x, t, i + 1);
	/* "he told the court in his filing" names whom he told */
	if (speech_wlx(x, t, i) & LX_OBJCUE) {
		if ((f = speech_ask_addressee_end(x, t, i)) == 0)
			return 0;
		k = f;
	}
	if (k + CONTENT_WORDS_MIN > t->n ||
	    (t->w[k].flags & TEXT_W_CAP) ||
	    !text_gap_is_blank(x->s, t->w[k - 1].end, t->w[k].start))
		return 0;
	lx = speech_wlx(x, t, k);
	if (!(lx & (LX_PRON | LX_DET)) && !is_word(x, &t->w[k], "there"))
		return 0;
	/* a sentence read only in part runs on past AFTER_CUE_WORDS after
	 * its cue: no closer's time ("LONDON (Reuters) - British Airways
	 * said on Monday it had cancelled dozens of flights in Britain.") */
	return (t->truncated || !is_time_tail(x, &t->w[t->n - 1])) &&
	    !is_time_tail(x, &t->w[k + 1]);
}

/*
 * Is the text before the comma at `at` a prepositional phrase that opens
 * the sentence ("In a changing economy,", "Shortly after my sentence,",
 * "With 214 delegates at stake,")?  A preposition opens it and no comma
 * stands inside it: an adjunct of the clause after it, no clause of its
 * own.
 */
static int
fronted_prep_phrase(const struct qx *x, struct sent *t, size_t at)
{
	static const struct speech_lit preps[] = {
		SPEECH_LIT("in"), SPEECH_LIT("after"), SPEECH_LIT("at"),
		SPEECH_LIT("on"), SPEECH_LIT("with"), SPEECH_LIT("during"),
		SPEECH_LIT("since"), SPEECH_LIT("for"), SPEECH_LIT("despite"),
		SPEECH_LIT("amid"), SPEECH_LIT("among"), SPEECH_LIT("before"),
		SPEECH_LIT("by"), SPEECH_LIT("under"), SPEECH_LIT("from"),
		SPEECH_LIT("throughout"), SPEECH_LIT("within"),
		SPEECH_LIT("without"), SPEECH_LIT("shortly"),
		SPEECH_LIT("following"), SPEECH_LIT("unlike"),
		SPEECH_LIT("like"),
	};
	const struct text_word *w;

	if (t->n == 0)
		return 0;
	w = &t->w[0];
	if (w->start != t->ss || w->end >= at ||
	    !speech_range_in(x->s, w->start, w->end, preps,
	    sizeof(preps) / sizeof(preps[0])))
		return 0;
	return memchr(x->s + w->end, ',', at - 1 - w->end) == NULL;
}

/*
 * Is the text before the comma at `at` a participle phrase that opens
 * the sentence: an -ing or -ed form, then a preposition, no comma
 * inside ("Interviewed by the BBC,", "Speaking to reporters on Monday,",
 * "Asked about the deal,")?  News style hangs such a phrase on the
 * clause's subject (the speaker side reads it so too:
 * speaker_mention.c's sentence_opener).
 */
static int
fronted_participle_phrase(const struct qx *x, struct sent *t, size_t at)
{
	const struct text_word *w;

	if (t->n < 3)
		return 0;
	w = &t->w[0];
	if (w->start != t->ss || w->end >= at || !(w->flags & TEXT_W_CAP) ||
	    w->end - w->start < 5 || (!speech_ends_with(x, w, "ing") &&
	    !speech_ends_with(x, w, "ed")) ||
	    !text_gap_is_blank(x->s, w->end, t->w[1].start) ||
	    (t->w[1].flags & TEXT_W_CAP) ||
	    (speech_wlx(x, t, 1) & (LX_FUNC | LX_DET | LX_PRON)) != LX_FUNC)
		return 0;
	return memchr(x->s + w->end, ',', at - 1 - w->end) == NULL;
}

/*
 * The last word of the inverted subject that a name's mention after the
 * cue at i makes ("said Ohio State University professor Paul Beck": the
 * descriptor and the name in apposition run past CLOSER_WORDS_MAX), or
 * lim when there is none or it ends before word lim.
 */
static size_t
inverted_mention_last(const struct qx *x, struct sent *t, size_t i,
    size_t lim)
{
	struct attr o;
	struct text_word last;
	size_t k;

	memset(&o, 0, sizeof(o));
	if (!(t->w[i + 1].flags & TEXT_W_CAP) ||
	    !speaker_mention_fwd(x->s, t->se, t->w[i].end, &o, &last) ||
	    o.ns == o.ne)
		return lim;
	k = speech_word_ending_after(t, last.end - 1);
	return k < t->n && k > lim ? k : lim;
}

/*
 * Is word k a lower-case word of a role before a name: no function
 * word, determiner, pronoun, adverb, cue or number ("former",
 * "congressman", "consultant"; not "and", "then", "also", "said")?
 */
static int
descriptor_word(const struct qx *x, struct sent *t, size_t k)
{
	/* words that open a clause or stand for a noun phrase */
	static const struct speech_lit opens[] = {
		SPEECH_LIT("where"), SPEECH_LIT("when"), SPEECH_LIT("while"),
		SPEECH_LIT("whose"), SPEECH_LIT("whom"), SPEECH_LIT("how"),
		SPEECH_LIT("why"), SPEECH_LIT("then"), SPEECH_LIT("now"),
		SPEECH_LIT("something"), SPEECH_LIT("nothing"),
		SPEECH_LIT("everything"), SPEECH_LIT("anything"),
		/* a list's preposition: "outlets including CNN" are the
		 * outlets, no role of CNN's */
		SPEECH_LIT("including"),
	};

	return !(t->w[k].flags & (TEXT_W_CAP | TEXT_W_DIGIT)) &&
	    !speech_range_in(x->s, t->w[k].start, t->w[k].end, opens,
	    sizeof(opens) / sizeof(opens[0])) &&
	    !(speech_wlx(x, t, k) & (LX_FUNC | LX_DET | LX_PRON | LX_PPRON |
	    LX_ADV | SPEECH_CUES | LX_NOUNCUE)) && !speech_is_adverb(x, t, k);
}

/*
 * Where the mention a of a name, the subject of the cue at i, begins with
 * the lower-case words of a role before it: "CLAUSE, former congressman [Dan
 * Maffei] said.", "digital consultant [Phil Musser] says" (news style
 * sets a role before a name as it sets a title, "Rep. Dan Maffei", and
 * the mention is the whole noun phrase).  At most DESCRIPTOR_WORDS_MAX
 * words, blank between, after a mark; a->ms when there are none.
 */
static __attribute__((noinline)) size_t
descriptor_start_of(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a)
{
	size_t ms = a->ms, k, j, m;

	for (k = i; k > 0 && t->w[k].start > ms; k--)
		;
	if (t->w[k].start != ms)
		return ms;
	/* the words joined by blanks before the name, bytes first: a
	 * mark must stand before them within DESCRIPTOR_WORDS_MAX words
	 * (most subjects have none: "and Obama said") */
	for (j = k; j > 0 && k - j <= DESCRIPTOR_WORDS_MAX &&
	    text_gap_is_blank(x->s, t->w[j - 1].end, t->w[j].start); j--)
		;
	/* a quote may open the sentence before them ("\"...,\" panel
	 * Chairman Jason Chaffetz said") */
	if (j == 0 && text_gap_is_blank(x->s, t->ss, t->w[0].start))
		return ms;
	/* ", the former congressman Dan Maffei" (clause_closed reads the
	 * article) */
	if (j < k && (is_word(x, &t->w[j], "the") ||
	    is_word(x, &t->w[j], "The")))
		j++;
	if (k - j > DESCRIPTOR_WORDS_MAX)
		return ms;
	/* the role's noun, right before the name, is lower case; the
	 * words before it may name its place or party, the first too
	 * ("former Treasury official", "Republican candidate Ben Carson",
	 * "Algerian foreign affairs ministry spokesman"): the comma
	 * before them closes the clause all the same */
	if (j == k)
		return ms;
	for (m = j; m < k; m++)
		if (!descriptor_word(x, t, m) && (m + 1 == k ||
		    !(t->w[m].flags & TEXT_W_CAP) ||
		    (t->w[m].flags & TEXT_W_POSS)))
			return ms;
	return t->w[j].start;
}

/* The same, its bytes first, inline in the two callers: a name's
 * mention, capitalised, after a lower-case word (not a pronoun's nor a
 * common noun's: "where both candidates claim", "sparking nationwide
 * fear"); a call for each subject costs more. */
static inline size_t
descriptor_start(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a)
{
	size_t ms = a->ms;

	return a->ns == a->ne || a->pronoun || ms < t->ss + 2 ||
	    x->s[ms - 1] != ' ' || !speech_ascii_lower((unsigned char)
	    x->s[ms - 2]) || !text_is_upper((unsigned char)x->s[ms]) ? ms :
	    descriptor_start_of(x, t, i, a);
}

/* Prepositions that join a speaker's noun to whom it speaks for or is
 * of ("a spokesman for the company", "critics of the plan", "an
 * analyst at Capital Economics"). */
#define PP_HEAD_WORDS_MAX	3

static int
is_head_prep(const struct qx *x, const struct text_word *w)
{
	return is_word(x, w, "for") || is_word(x, w, "of") ||
	    is_word(x, w, "at") || is_word(x, w, "with");
}

/*
 * Where the subject a of the closing cue at i opens when a noun heads
 * it before a preposition ("CLAUSE, a spokesperson for the couple
 * confirmed.", "CLAUSE, an analyst at Capital Economics said."): the
 * mention reader found the preposition's object; the head's words, at
 * most PP_HEAD_WORDS_MAX lower-case words (an article first), stand
 * between the comma and the preposition.  ms when there is none.
 */
static size_t
pp_head_start(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a, size_t ms)
{
	size_t k, j;
	const char *p;

	/* the preposition's bytes before the mention first (" for ",
	 * " of ", " at ", " with "): most subjects have none, and the
	 * words are read only then */
	if (a->ms < t->ss + 6)
		return ms;
	p = x->s + a->ms;
	if (memcmp(p - 5, " for ", 5) != 0 && memcmp(p - 4, " of ", 4) != 0 &&
	    memcmp(p - 4, " at ", 4) != 0 && memcmp(p - 6, " with ", 6) != 0)
		return ms;
	for (k = i; k > 0 && t->w[k].start > a->ms; k--)
		;
	if (t->w[k].start != a->ms || k < 2 || !is_head_prep(x, &t->w[k - 1]))
		return ms;
	for (j = k - 1; j > 0 && k - 1 - j < PP_HEAD_WORDS_MAX &&
	    text_gap_is_blank(x->s, t->w[j - 1].end, t->w[j].start) &&
	    (descriptor_word(x, t, j - 1) || ((speech_wlx(x, t, j - 1) &
	    LX_DET) && !(t->w[j - 1].flags & TEXT_W_CAP))); j--)
		;
	/* the head's noun right before the preposition; an article opens
	 * the head, or it is one plural noun ("critics of the plan"; not
	 * "the traditional East Coast, internationalist wing of the
	 * party", a comma inside a list of modifiers) */
	if (j == k - 1 || !descriptor_word(x, t, k - 2) ||
	    (!(speech_wlx(x, t, j) & LX_DET) && (j + 2 != k ||
	    !speech_ends_with(x, &t->w[j], "s"))))
		return ms;
	/* the cue stands right after the subject, and closes: no
	 * infinitive after it ("the government of President Thein Sein
	 * again began to imprison critics" is no closer's) */
	for (k = i; k > 0 && t->w[k - 1].start >= a->me; k--)
		;
	return i - k > CLOSER_SUBJECT_GAP || (i + 1 < t->n &&
	    is_word(x, &t->w[i + 1], "to")) ? ms : t->w[j].start;
}

/* The closer's subject with its role's words (descriptor_start) or its
 * head before a preposition (pp_head_start). */
static size_t
subject_start(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a)
{
	size_t d = descriptor_start(x, t, i, a);

	return d != a->ms || a->pronoun ? d : pp_head_start(x, t, i, a, d);
}

/* descriptor_start for the rules of other files: where the mention a of
 * the subject of the cue at i begins with its role's words ("\"...,\"
 * shopkeeper [Julia Quispe] told Reuters" begins at "shopkeeper"). */
size_t
speech_closer_descriptor_start(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a)
{
	return descriptor_start(x, t, i, a);
}

/*
 * ", said former congressman Dan Maffei.": the mention of a name after
 * the lower-case words of a role that follow the cue at i, from the
 * first of them, into a (the name's run, as speaker_mention_fwd reads
 * it, into *last), which ends the clause.  0 when no such words or no
 * name follow.
 */
static int
inverted_descriptor_mention(const struct qx *x, struct sent *t, size_t i,
    struct attr *a, struct text_word *last)
{
	size_t k;

	for (k = i + 1; k < t->n && !(t->w[k].flags & TEXT_W_CAP); k++)
		if (k - i > DESCRIPTOR_WORDS_MAX ||
		    !text_gap_is_blank(x->s, t->w[k - 1].end, t->w[k].start) ||
		    !descriptor_word(x, t, k))
			return 0;
	if (k == i + 1 || k >= t->n ||
	    !text_gap_is_blank(x->s, t->w[k - 1].end, t->w[k].start) ||
	    !speaker_mention_fwd(x->s, t->se, t->w[k - 1].end, a, last) ||
	    a->ms != t->w[k].start || a->ns == a->ne)
		return 0;
	/* the name ends the clause: "said former Treasury official Jane
	 * Doe" is no mention "Treasury" */
	k = speech_word_ending_after(t, last->end - 1);
	if (k + 1 < t->n && speech_char_after(x->s, t->se, t->w[k].end) != ',')
		return 0;
	a->ms = t->w[i + 1].start;
	return 1;
}

/*
 * Does the cue at i close the sentence after a comma ("CLAUSE, Smith said
 * Tuesday." / "CLAUSE, said Smith.")?  Only a few words may follow it,
 * none a cue or "that", and a comma or dash stands before its subject a
 * (when found) or before the cue; or an adverbial clause opens after
 * them (", organisers said on Wednesday as they announced a line-up"):
 * *sub is then its subordinator's word, else 0.  The clause tells when
 * the saying was made, not what was said; its verbs are its own, for
 * the caller to read on.  2 when a participle of saying follows a comma
 * among the closer's words (", the utility said in a statement, adding
 * that ..."): *sub is the participle, the closer's next act.
 */
int
speech_closer_closes_sentence(const struct qx *x, struct sent *t, size_t i,
    const struct attr *a, size_t *sub)
{
	size_t k, at, lim, d;
	int adjunct = 0, part = 0;

	*sub = 0;

	/* "CLAUSE, former congressman Dan Maffei said." (descriptor_start);
	 * "CLAUSE, as X noted.": the as-clause closes it
	 * (speech_form_as_closer; "as" right before the subject first, in
	 * bytes) */
	if (!speech_span_clause_closed(x, t, a->found ? a->ms : t->w[i].start,
	    &at) && !(a->found && (d = subject_start(x, t, i, a)) != a->ms &&
	    speech_span_clause_closed(x, t, d, &at)))
		return a->found && as_right_before(x->s, t->ss, a->ms) &&
		    speech_form_as_closer(x, t, i) != 0;
	/* ", he said, B": a parenthetical inside the speech, not a close */
	if (speech_char_after(x->s, t->se, t->w[i].end) == ',')
		return 0;
	/* "In a changing economy, Millennials still believe in [the
	 * American dream]": after a fronted prepositional phrase, a cue
	 * with words after it reports forward */
	if (i + 1 < t->n && fronted_prep_phrase(x, t, at))
		return 0;
	/* "Interviewed by the BBC, May said ...", "Speaking to reporters,
	 * Smith said.": a participle phrase that opens the sentence
	 * modifies its subject, and is never what was said */
	if (fronted_participle_phrase(x, t, at))
		return 0;
	/* "Hours later, Intel said the event was canceled": the comma
	 * closes a fronted adverbial, the clause after the cue is what
	 * was said */
	if (a->found && (clause_follows(x, t, i) ||
	    speech_form_answer_word(x, t, i) ||
	    (i + 3 == t->n && is_word(x, &t->w[i + 1], "the") &&
	    is_word(x, &t->w[i + 2], "same"))))
		return 0;
	/* "said after meeting Thursday with Trump aides": an adjunct runs
	 * to the end */
	if (i + 1 < t->n && (speech_wlx(x, t, i) & LX_CUE) &&
	    (speech_wlx(x, t, i + 1) & LX_FUNC) &&
	    !(speech_wlx(x, t, i + 1) & (LX_DET | LX_PRON)) &&
	    !is_word(x, &t->w[i + 1], "that") &&
	    !is_word(x, &t->w[i + 1], "to"))
		adjunct = 1;
	lim = i + CLOSER_WORDS_MAX;
	/* ", said Ohio State University professor Paul Beck.": an
	 * inverted subject runs as long as its mention */
	if (!a->found && !adjunct && t->n > lim + 1)
		lim = inverted_mention_last(x, t, i, lim);
	for (k = i + 1; k < t->n && (adjunct || k <= lim); k++) {
		if (closer_subord_opens(x, t, i, k, a)) {
			*sub = k;
			break;
		}
		/* ", the utility said in a statement on Tuesday, adding
		 * that [...]": a participle after a comma among the
		 * closer's words is the closer's next act (after a verb
		 * of saying: a stance's or a preposition's cue has its
		 * object there, "she has reckoned with X, seeking ...") */
		if (k > i + 1 && !(speech_wlx(x, t, i) & (LX_PREPCUE |
		    LX_STANCE | LX_INTENT | LX_LIGHT)) &&
		    closer_participle(x, t, k)) {
			*sub = k;
			part = 1;
			break;
		}
		/* the noun of the saying's medium inside the adjunct ("said
		 * in a post on its status page", "in a tweet", "in an
		 * email to customers") is no new saying */
		if ((speech_wlx(x, t, k) & (LX_CUE | LX_REPORT)) &&
		    !(adjunct && speech_form_medium_noun(x, t, i + 1, k)))
			return 0;
		if (is_word(x, &t->w[k], "that"))
			return 0;
		/* "said Mark Kantrowitz, a student aid expert": the rest
		 * is an appositive */
		if (!a->found && k <= lim && k + 1 < t->n &&
		    t->w[k].end < t->se && x->s[t->w[k].end] == ',') {
			adjunct = 1;
			continue;
		}
	}
	if (*sub == 0 && !adjunct && (k < t->n || t->truncated))
		return 0;
	for (k = 0; k < t->nq; k++)
		if (speech_sq_at(x, t, k)->start > t->w[i].end)
			return 0;
	if (part)
		return 2;
	/* no text after the last word read but the sentence's end */
	return *sub != 0 || adjunct || i + 1 == t->n ||
	    t->w[t->n - 1].end + 2 >= t->se ||
	    text_all_space(x->s, t->w[t->n - 1].end, t->se);
}

/* Does the first quote after the cue at i open in lower case? */
static int
lower_quote_after(const struct qx *x, struct sent *t, size_t i)
{
	size_t k, p;

	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = speech_sq_at(x, t, k);

		if (q->start < t->w[i].end)
			continue;
		/* past the mark and any space */
		p = q->start + ((unsigned char)x->s[q->start] < 0x80 ? 1 :
		    ((unsigned char)x->s[q->start] < 0xE0 ? 2 : 3));
		while (p < q->end && (x->s[p] == ' ' || x->s[p] == '\''))
			p++;
		return p < q->end && speech_ascii_lower((unsigned char)x->s[p]);
	}
	return 0;
}

/*
 * Where the noun phrase of the mention at byte ms opens: past the
 * determiner and the lower-case words before its name ("the Times",
 * "a wide array of economists", "former congressman Dan Maffei"), at
 * most NP_WORDS_MAX words back, none a function word but a determiner
 * or "of" and none after a comma or a mark.
 */
static size_t
np_start(const struct qx *x, struct sent *t, size_t ms)
{
	size_t k, j, p = ms;
	uint32_t lx;

	k = speech_word_starting_at(t, ms);
	for (j = k; j > 0 && k - j < NP_WORDS_MAX; j--) {
		const struct text_word *w = &t->w[j - 1];

		if (!text_gap_is_blank(x->s, w->end, t->w[j].start) ||
		    (w->flags & TEXT_W_CAP))
			break;
		lx = speech_wlx(x, t, j - 1);
		if ((lx & (LX_FUNC | LX_PRON | SPEECH_CUES)) && !(lx & LX_DET) &&
		    !is_word(x, w, "of"))
			break;
		p = w->start;
	}
	return p;
}

/*
 * Does a comma close the attribution at the cue i: right after it, or
 * after the addressee of "told" ("A, Trump told CNN, B"; at most
 * NP_WORDS_MAX words, none a cue or a function word but a determiner)?
 */
static int
comma_after_cue(const struct qx *x, struct sent *t, size_t i)
{
	size_t j;
	uint32_t lx;

	if (speech_char_after(x->s, t->se, t->w[i].end) == ',')
		return 1;
	if (!(speech_wlx(x, t, i) & LX_OBJCUE))
		return 0;
	for (j = i + 1; j + 1 < t->n && j - i <= NP_WORDS_MAX; j++) {
		if (!text_gap_is_blank(x->s, t->w[j - 1].end, t->w[j].start))
			return 0;
		lx = speech_wlx(x, t, j);
		if ((lx & SPEECH_CUES) || ((lx & LX_FUNC) && !(lx & LX_DET)))
			return 0;
		if (speech_char_after(x->s, t->se, t->w[j].end) == ',')
			return 1;
	}
	return 0;
}

/*
 * Does a comma close the head A before the subject that starts at ms:
 * "A, X said, B", or a comma inside a fragment's closing mark, "Mills
 * "got an immunity agreement," Jordan said, and ..." (news style sets
 * the attribution after the speech's first part whether or not that part
 * ends in quoted words; the fragment is A's)?  *at is where A ends.
 */
static int
head_closed(const struct qx *x, struct sent *t, size_t ms, size_t *at)
{
	size_t np = np_start(x, t, ms);
	uint32_t c = speech_char_before(x->s, t->ss, np, at);

	if (c == ',')
		return 1;
	return text_is_closing_mark(c) && speech_span_clause_closed(x, t, np,
	    at);
}

/*
 * "A, X said, B": an attribution set inside the speech splits it in two;
 * A is the part before it (B is speech_form_cue_forward's).  Not a
 * participle's clause ("Asked about it, he said, ...").  1 when A was
 * taken.
 */
int
speech_closer_parenthetical_head(struct qx *x, struct sent *t, size_t i,
    struct attr *a)
{
	const char *s = x->s;
	size_t at, ce;
	int quoted;

	/* the comma after the cue first: most cues have none, and the
	 * noun phrase's start costs a search and its words' classes
	 * (16.5K calls over the dev bodies); analyse (speech.c) asks
	 * these and comma_after_cue's first two tests before the call:
	 * a change to them goes there too */
	if (!a->found || a->ms <= t->ss || t->n < 2 ||
	    !comma_after_cue(x, t, i) || !head_closed(x, t, a->ms, &at))
		return 0;
	if (!(t->w[0].flags & TEXT_W_CAP) ||
	    speech_ends_with(x, &t->w[0], "ed") ||
	    speech_ends_with(x, &t->w[0], "ing") ||
	    (speech_wlx(x, t, 0) & SPEECH_CUES))
		return 0;
	/* "On CBS the day before, she stated, "When ..."": before a
	 * quoted sentence, A sets the scene; before a lower-case quote
	 * ("An economic downturn, he said, "could be ..."") it is speech */
	if (speech_form_introduces_direct(x, t, i) &&
	    !lower_quote_after(x, t, i))
		return 0;
	ce = speech_span_trim_end(s, t->ss, at);
	/* "Instead, she said, ...", "Bob, they said, ordered them to
	 * wait": PolNeAR annotates a lone word before the attribution in
	 * 21 of 28 uses, adverbs included */
	/* the writer's connective alone ("Still, he said, ...") is none */
	if (ce <= t->ss || speech_span_mostly_direct(x, t, t->ss, ce) ||
	    (speech_span_content_words(x, t, t->ss, ce, &quoted) < 1 &&
	    !quoted) || speech_span_only_connective(x, t, t->ss, ce))
		return 0;
	a->cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	return speech_emit(x, t, speech_span_skip_connective(x, t, t->ss, ce),
	    ce, a) == -1 ? -1 : 1;
}

/*
 * "CLAUSE, X said." / "CLAUSE, said X.": a cue closing the sentence after
 * a comma.  The content runs from the sentence's start to the comma.
 */
int
speech_closer_cue_backward(struct qx *x, struct sent *t, size_t i,
    struct attr *a)
{
	const char *s = x->s;
	size_t comma, cs = t->ss, nw, d;
	int quoted;
	struct text_word last;

	if (a->found) {
		/* "former congressman Dan Maffei said": the role's words
		 * are the mention's */
		if (!speech_span_clause_closed(x, t, a->ms, &comma)) {
			if ((d = subject_start(x, t, i, a)) != a->ms &&
			    speech_span_clause_closed(x, t, d, &comma))
				a->ms = d;
			else if ((comma = speech_form_as_closer(x, t, i)) == 0)
				return 0;
		}
	} else {
		/* inverted: ", said Smith.", ", said former congressman
		 * Dan Maffei." */
		if (!speaker_mention_fwd(s, t->se, t->w[i].end, a, &last) &&
		    !inverted_descriptor_mention(x, t, i, a, &last))
			return 0;
		if (!speech_span_clause_closed(x, t, t->w[i].start, &comma))
			return 0;
		a->found = 1;
	}
	comma = speech_span_trim_end(s, cs, comma);
	if (comma <= cs || speech_span_mostly_direct(x, t, cs, comma))
		return 0;
	nw = speech_span_content_words(x, t, cs, comma, &quoted);
	if (nw < CONTENT_WORDS_MIN && !quoted)
		return 0;
	a->cue = str_make(s + t->w[i].start,
	    t->w[speech_form_as_cue_last(x, t, i)].end - t->w[i].start);
	return speech_emit(x, t, speech_span_skip_connective(x, t, cs, comma),
	    comma, a) == -1 ? -1 : 1;
}
