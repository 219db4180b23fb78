/*
 * speech_stance.c — where a stance's object ends: the noun phrase or
 * infinitive after "criticized", "praised", "called for", "urged" runs
 * to the sentence's end or to the first mark, clause, act, time,
 * occasion or means that is the reporting clause's, not the object's
 * (speech_stance_end).  Split from speech_span.c at its seam.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/*
 * Does a time open at word k: a capitalised time word ("Tuesday",
 * "March"), or on/last/this/in/earlier before one or before week, month
 * or year ("on Friday", "last week", "earlier this year")?
 */
static int
time_opens(const struct qx *x, struct sent *t, size_t k)
{
	const struct text_word *w = &t->w[k], *n;

	if ((w->flags & TEXT_W_CAP) && speech_span_is_cal(x, w))
		return 1;
	if (!(is_word(x, w, "on") || is_word(x, w, "last") ||
	    is_word(x, w, "this") || is_word(x, w, "earlier") ||
	    is_word(x, w, "in")) || k + 1 >= t->n)
		return 0;
	n = &t->w[k + 1];
	if (is_word(x, w, "earlier") && k + 2 < t->n &&
	    (is_word(x, n, "this") || is_word(x, n, "last")))
		n = &t->w[k + 2];
	return ((n->flags & TEXT_W_CAP) && speech_span_is_cal(x, n)) ||
	    is_word(x, n, "week") || is_word(x, n, "month") ||
	    is_word(x, n, "year");
}

/*
 * Is w a preposition of a period that the lexicon has no function-word
 * line for ("through", "throughout", "till")?  A time after it is its
 * object ("rates at 5% [through June]"): cut before the time, the
 * content would end on the preposition.  (Not in the lexicon: there
 * "through" as LX_FUNC ends subjects and names too, "propelled Trump
 * through the primaries".)  Out of line: asked only after a time.
 */
static __attribute__((noinline)) int
time_preposition(const struct qx *x, const struct text_word *w)
{
	return is_word(x, w, "through") || is_word(x, w, "throughout") ||
	    is_word(x, w, "till");
}

/*
 * Does the medium's name at m, right after "on" (or the noun of a
 * period after "during", occasion_opens), modify a noun after it, blank
 * between, a lower-case word that is no function word,
 * pronoun, determiner, adverb or clause opener ("reliance on television
 * advertising", "on radio ads")?  Then "on" is the preposition of the
 * noun before it, inside the object (review F12); the medium of the act
 * ends its phrase ("on Twitter.", "on television and", "on Fox News",
 * "on Twitter when").  A page or a show after a determiner is the
 * phrase's head already ("on his radio show").
 */
static int
medium_modifies(const struct qx *x, struct sent *t, size_t m)
{
	const struct text_word *n;

	if (m + 1 >= t->n)
		return 0;
	n = &t->w[m + 1];
	return !(n->flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT)) &&
	    text_gap_is_blank(x->s, t->w[m].end, n->start) &&
	    !(speech_wlx(x, t, m + 1) & (LX_FUNC | LX_PRON | LX_PPRON |
	    LX_DET | LX_ADV)) && !speech_ends_with(x, n, "ly") &&
	    !is_word(x, n, "when") && !is_word(x, n, "where") &&
	    !is_word(x, n, "if") && !is_word(x, n, "then");
}

/* Words from "during", "in" or "at" to the noun of the event it names:
 * the article and up to two modifiers ("during a presidential campaign
 * rally", "in a recent interview", "at a news conference"). */
#define OCCASION_WORDS_MAX	4

/*
 * Does "during", "in" or "at" at word k name the occasion or the medium
 * of a speech act — a debate, a rally, a speech, an interview, a tweet —
 * within OCCASION_WORDS_MAX words and no comma?  The occasion is the
 * act's (FrameNet's Occasion and Medium of the Statement frame), not the
 * object's: "attacked [Clinton] during a rally", "called [the law a
 * "crazy system"] during a campaign stop in Flint", "praised [Obama's
 * presidency] in an interview", "praised [the reporter] at a press
 * conference" (PolNeAR dev, "during": 9 pairs made exact, 1 lost;
 * "in" and "at": see speech_stance_end).  After "during" a period of
 * the campaign too, its head noun ("during her presidential campaign",
 * "during the primaries", "during the course of the rant"; not "during
 * the political campaign cycle").  "at" takes "a" or "an"
 * only: "at the convention", "at the meeting" are as often the place of
 * what the object tells ("support [the candidate of their choice at the
 * convention]").
 */
static int __attribute__((noinline))
occasion_opens(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit events[] = {
		SPEECH_LIT("debate"), SPEECH_LIT("rally"), SPEECH_LIT("speech"),
		SPEECH_LIT("interview"), SPEECH_LIT("appearance"),
		SPEECH_LIT("event"), SPEECH_LIT("stop"),
		SPEECH_LIT("conference"), SPEECH_LIT("hall"),
		SPEECH_LIT("statement"), SPEECH_LIT("tweet"),
		SPEECH_LIT("letter"), SPEECH_LIT("op-ed"), SPEECH_LIT("post"),
		SPEECH_LIT("email"), SPEECH_LIT("memo"), SPEECH_LIT("video"),
		SPEECH_LIT("ad"), SPEECH_LIT("interviews"),
		SPEECH_LIT("speeches"), SPEECH_LIT("remarks"),
		SPEECH_LIT("address"), SPEECH_LIT("article"),
		SPEECH_LIT("column"), SPEECH_LIT("tweets"),
		SPEECH_LIT("commercial"), SPEECH_LIT("briefing"),
	};
	static const struct speech_lit spans[] = {
		SPEECH_LIT("campaign"), SPEECH_LIT("hearing"),
		SPEECH_LIT("meeting"), SPEECH_LIT("forum"),
		SPEECH_LIT("visit"), SPEECH_LIT("trip"), SPEECH_LIT("tour"),
		SPEECH_LIT("talks"), SPEECH_LIT("session"),
		SPEECH_LIT("testimony"), SPEECH_LIT("call"),
		SPEECH_LIT("broadcast"), SPEECH_LIT("show"),
		SPEECH_LIT("program"), SPEECH_LIT("course"),
		SPEECH_LIT("remarks"), SPEECH_LIT("primaries"),
		SPEECH_LIT("convention"),
	};
	const struct text_word *w = &t->w[k], *d;
	size_t j;
	int during = is_word(x, w, "during");

	if (k + 1 >= t->n)
		return 0;
	d = &t->w[k + 1];
	/* an article or a possessive first: "during Monday's debate" is
	 * as often the object's ("his problems during Monday's debate") */
	if (is_word(x, w, "at")) {
		if (!is_word(x, d, "a") && !is_word(x, d, "an"))
			return 0;
	} else if (!is_word(x, w, "during") && !is_word(x, w, "in")) {
		return 0;
	} else if (!(is_word(x, d, "a") || is_word(x, d, "an") ||
	    is_word(x, d, "the") || is_word(x, d, "his") ||
	    is_word(x, d, "her") || is_word(x, d, "their"))) {
		return 0;
	}
	for (j = k + 1; j < t->n && j <= k + OCCASION_WORDS_MAX; j++) {
		if (!text_gap_is_blank(x->s, t->w[j - 1].end, t->w[j].start))
			return 0;
		if (speech_range_in(x->s, t->w[j].start, t->w[j].end, events,
		    sizeof(events) / sizeof(events[0])) || (during &&
		    speech_range_in(x->s, t->w[j].start, t->w[j].end, spans,
		    sizeof(spans) / sizeof(spans[0])) &&
		    !medium_modifies(x, t, j)))
			return 1;
	}
	return 0;
}

/*
 * Does "on" at word k name the medium of a speech act: a network or a
 * social medium right after it ("on Twitter", "on Fox News", "on
 * air"), or within OCCASION_WORDS_MAX words after a determiner or a
 * possessive a page, a show, a broadcast ("on its website", "on Hugh
 * Hewitt's radio show")?  The medium is the act's, as "in a tweet" is
 * (occasion_opens): "blamed [local officials] on Twitter", "touted [his
 * endorsement] on its Facebook page".  Not before a naming verb's "as"
 * in the same clause, whose complement the object still is ("describes
 * [himself on his Facebook account as a conservative]").  (Out of line:
 * asked only at the words time_or_occasion_may_open lets through.)
 */
static int __attribute__((noinline))
medium_opens(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit names[] = {
		SPEECH_LIT("twitter"), SPEECH_LIT("facebook"),
		SPEECH_LIT("instagram"), SPEECH_LIT("youtube"),
		SPEECH_LIT("air"), SPEECH_LIT("television"), SPEECH_LIT("tv"),
		SPEECH_LIT("radio"), SPEECH_LIT("fox"), SPEECH_LIT("cnn"),
		SPEECH_LIT("msnbc"),
	};
	static const struct speech_lit media[] = {
		SPEECH_LIT("website"), SPEECH_LIT("page"), SPEECH_LIT("show"),
		SPEECH_LIT("program"), SPEECH_LIT("broadcast"),
		SPEECH_LIT("blog"), SPEECH_LIT("account"), SPEECH_LIT("feed"),
		SPEECH_LIT("podcast"),
	};
	const struct text_word *d;
	size_t j, m = 0;

	if (!is_word(x, &t->w[k], "on") || k + 1 >= t->n)
		return 0;
	d = &t->w[k + 1];
	if (speech_range_in(x->s, d->start, d->end, names,
	    sizeof(names) / sizeof(names[0])))
		m = k + 1;
	else if (is_word(x, d, "the") || is_word(x, d, "its") ||
	    is_word(x, d, "his") || is_word(x, d, "her") ||
	    is_word(x, d, "their") || (d->flags & TEXT_W_POSS))
		for (j = k + 2; !m && j < t->n &&
		    j <= k + OCCASION_WORDS_MAX; j++)
			if (speech_range_in(x->s, t->w[j].start,
			    t->w[j].end, media, sizeof(media) /
			    sizeof(media[0])))
				m = j;
	if (!m || (m == k + 1 && medium_modifies(x, t, m)))
		return 0;
	/* a naming verb's "as" after it, before the clause's next comma */
	for (j = k + 2; j < t->n && x->s[t->w[j - 1].end] != ','; j++)
		if (is_word(x, &t->w[j], "as"))
			return 0;
	return 1;
}

/*
 * Is the mark before pos, at at - 1 (speech_char_before's), a hyphen
 * that joins a compound across an abbreviation's stop ("the U.S.-Mexico
 * border", "a U.N.-backed plan"): an ASCII "-" right before the word with
 * a full stop right before it?  A dash that ends a clause stands apart
 * or doubled; this one joins two words.
 */
static int
compound_hyphen(const char *s, size_t at, size_t pos)
{
	return at == pos && at >= 2 && s[at - 1] == '-' && s[at - 2] == '.';
}

/*
 * Does "by" at word k open the means of a speech act: "by" and a
 * gerund right after it, blank between ("by pointing out", "by
 * comparing")?  Not "by being", a passive's agent clause, nor "by
 * saying", which makes the verb and its object a frame of the saying
 * ("explained the headline by saying: [...]").
 */
static int
means_opens(const struct qx *x, struct sent *t, size_t k)
{
	const struct text_word *w = &t->w[k];

	return w->end - w->start == 2 && x->s[w->start] == 'b' &&
	    x->s[w->start + 1] == 'y' && k + 1 < t->n &&
	    !(t->w[k + 1].flags & TEXT_W_CAP) &&
	    speech_ends_with(x, &t->w[k + 1], "ing") &&
	    !is_word(x, &t->w[k + 1], "being") &&
	    !is_word(x, &t->w[k + 1], "saying") &&
	    text_gap_is_blank(x->s, w->end, t->w[k + 1].start);
}

/*
 * Does a verb stand in words [k0, k): a gerund, or "to", "who", "which"
 * or "that" before one (asked only at a "by" means_opens found)?
 */
static int
verb_between(const struct qx *x, struct sent *t, size_t k0, size_t k)
{
	const struct text_word *w;

	for (; k0 < k; k0++) {
		w = &t->w[k0];
		if (!(w->flags & TEXT_W_CAP) &&
		    (speech_ends_with(x, w, "ing") ||
		    is_word(x, w, "to") || is_word(x, w, "who") ||
		    is_word(x, w, "which") || is_word(x, w, "that")))
			return 1;
	}
	return 0;
}

/*
 * May the word w open a time clause or name an occasion (its first byte
 * and length only: asked of every word of a stance's object)?  The words
 * time_clause_opens, occasion_opens and medium_opens read: as, at,
 * after, before, during, in, on, since, until, when (any case: is_word's).
 */
static inline int
time_or_occasion_may_open(const struct qx *x, const struct text_word *w)
{
	size_t n = w->end - w->start;

	switch (x->s[w->start] | 0x20) {
	case 'a':
		return n == 2 || n == 5;
	case 'b':
	case 'd':
		return n == 6;
	case 'i':
	case 'o':
		return n == 2;
	case 's':
	case 'u':
		return n == 5;
	case 'w':
		return n == 4;
	default:
		return 0;
	}
}

/* Words after "as" or "since" read for the verb of its clause: a
 * subject of up to three words ("the new tax plan") and its verb. */
#define CLAUSE_VERB_WORDS	4

/*
 * Does a clause with a present or modal auxiliary follow the
 * conjunction at word k ("since it would raise taxes", "as they are",
 * "since the plan is"), within CLAUSE_VERB_WORDS words and no comma?
 * Then "as" and "since" give a reason or a manner, not the act's time
 * ("since he took office", "as he accepted the nomination", "as he
 * accepts" in a headline's present), and a reason is as often the
 * speaker's as "because" is (review F6).
 */
static int
present_clause_after(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit aux[] = {
		SPEECH_LIT("is"), SPEECH_LIT("are"), SPEECH_LIT("am"),
		SPEECH_LIT("has"), SPEECH_LIT("have"), SPEECH_LIT("does"),
		SPEECH_LIT("do"), SPEECH_LIT("will"), SPEECH_LIT("would"),
		SPEECH_LIT("can"), SPEECH_LIT("could"), SPEECH_LIT("should"),
		SPEECH_LIT("may"), SPEECH_LIT("might"), SPEECH_LIT("must"),
	};
	const struct text_word *w;
	size_t j;

	for (j = k + 1; j < t->n && j <= k + CLAUSE_VERB_WORDS; j++) {
		w = &t->w[j];
		if (x->s[t->w[j - 1].end] == ',')
			return 0;
		if (speech_range_in(x->s, w->start, w->end, aux,
		    sizeof(aux) / sizeof(aux[0])))
			return 1;
	}
	return 0;
}

/*
 * Does word k open a time clause or phrase: "when", "after", "before",
 * "since" or "until" ("after he won", "after the event", "since the
 * 1950s"), or "as" before a subject pronoun ("as he accepted the
 * nomination"; "as" before a noun is a naming verb's complement,
 * "described [him as a bully]")?  Not after an adverb that makes it an
 * example inside the object ("exceptions, such as when", "particularly
 * when facing Clinton").  "while" and "because" are left: a contrast or
 * a reason is as often the speaker's (PolNeAR dev: 10 pairs made exact,
 * 9 lost with them).  (Out of line: asked only at the words
 * time_clause_may_open lets through.)
 */
static int __attribute__((noinline))
time_clause_opens(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit conj[] = {
		SPEECH_LIT("when"), SPEECH_LIT("after"), SPEECH_LIT("before"),
		SPEECH_LIT("since"), SPEECH_LIT("until"),
	};
	static const struct speech_lit adv[] = {
		SPEECH_LIT("such"), SPEECH_LIT("particularly"),
		SPEECH_LIT("especially"), SPEECH_LIT("even"),
		SPEECH_LIT("only"), SPEECH_LIT("as"), SPEECH_LIT("just"),
	};
	const struct text_word *w = &t->w[k], *p = &t->w[k - 1];

	if ((w->flags & TEXT_W_CAP) || k + 1 >= t->n)
		return 0;
	if (is_word(x, w, "as")) {
		if (!(speech_wlx(x, t, k + 1) & LX_PRON) ||
		    (t->w[k + 1].flags & TEXT_W_CAP) ||
		    present_clause_after(x, t, k))
			return 0;
	} else if (!speech_range_in(x->s, w->start, w->end, conj,
	    sizeof(conj) / sizeof(conj[0])) ||
	    (is_word(x, w, "since") && present_clause_after(x, t, k))) {
		return 0;
	}
	return !speech_range_in(x->s, p->start, p->end, adv,
	    sizeof(adv) / sizeof(adv[0]));
}

/*
 * Does a finite verb or a participle stand in words (k0, k): a lower-case
 * word in -ed ("the accord adopted after ...", "comments Trump had made
 * about her after ...") or an auxiliary or modal?  A time clause after
 * it may be that verb's, inside the object.
 */
static int
finite_between(const struct qx *x, struct sent *t, size_t k0, size_t k)
{
	static const struct speech_lit aux[] = {
		SPEECH_LIT("is"), SPEECH_LIT("was"), SPEECH_LIT("are"),
		SPEECH_LIT("were"), SPEECH_LIT("has"), SPEECH_LIT("had"),
		SPEECH_LIT("have"), SPEECH_LIT("will"), SPEECH_LIT("would"),
		SPEECH_LIT("can"), SPEECH_LIT("could"),
	};
	const struct text_word *w;

	for (k0++; k0 < k; k0++) {
		w = &t->w[k0];
		if (w->flags & TEXT_W_CAP)
			continue;
		if (speech_ends_with(x, w, "ed") || speech_range_in(x->s,
		    w->start, w->end, aux, sizeof(aux) / sizeof(aux[0])))
			return 1;
	}
	return 0;
}

/*
 * Does word k, after a comma, open a verb phrase of its own: a past verb
 * ("mocked", "launched") and its object right after it (a determiner, a
 * pronoun, a capitalised word), or "said"/"told" before no name?
 * After a stance's noun phrase that is the subject's next act ("defended
 * [Sanders as a mainstream candidate], mocked the Republican Party"), or
 * the main clause after a relative one ("who endorsed [Clinton], said
 * ..."); a participle that modifies the noun takes a preposition
 * ("East Jerusalem, captured by Israel", "engaged in").
 */
static inline int
opens_verb_phrase(const struct qx *x, struct sent *t, size_t k)
{
	const struct text_word *w = &t->w[k];
	size_t n = w->end - w->start;

	/* bytes first: asked at most commas of a stance's object */
	if ((w->flags & TEXT_W_CAP) || (n != 4 && (n < 5 ||
	    x->s[w->end - 1] != 'd' || x->s[w->end - 2] != 'e')))
		return 0;
	/* a verb of saying before a name closes the sentence (", said Dan
	 * Gerstein", ", predicted Madeleine Kunin"): the content runs over
	 * it, the closer reads it; so does a naming verb's ("hoping to
	 * surge, called Obama a "petulant child"", whose item the content
	 * overlapped) */
	if (is_word(x, w, "said") || is_word(x, w, "told"))
		return k + 1 >= t->n || !(t->w[k + 1].flags & TEXT_W_CAP) ||
		    !text_gap_is_blank(x->s, w->end, t->w[k + 1].start);
	if (k + 1 >= t->n ||
	    !text_gap_is_blank(x->s, w->end, t->w[k + 1].start))
		return 0;
	/* a verb the sentence's reader takes as a cue of its own, so that
	 * its content is an item of its own too ("launched a petition",
	 * "floated the notion", read as no cue, were content a gold item
	 * of the next verb overlapped) */
	if (w->end - w->start <= 4 || !speech_ends_with(x, w, "ed") ||
	    (speech_wlx(x, t, k) & SPEECH_KEPT) == 0)
		return 0;
	if (t->w[k + 1].flags & TEXT_W_CAP)
		return !(speech_wlx(x, t, k) & (LX_CUE | LX_REPORT |
		    LX_NAMING));
	return (speech_wlx(x, t, k + 1) & (LX_DET | LX_PRON | LX_PPRON)) != 0;
}

/*
 * Is w a finite verb by its form: a past in -ed, a present in -s (not
 * -ss, "walks", "takes"), a verb the lexicon knows (not its adjectives,
 * "angry", "critical"), or one of the irregular pasts of acts that
 * follow a statement ("left", "went", "shook")?
 * An adjective or a noun after "then" is an aside ("then angry,").
 */
int
speech_stance_finite_form(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit past[] = {
		SPEECH_LIT("left"), SPEECH_LIT("went"), SPEECH_LIT("took"),
		SPEECH_LIT("came"), SPEECH_LIT("made"), SPEECH_LIT("gave"),
		SPEECH_LIT("got"), SPEECH_LIT("ran"), SPEECH_LIT("won"),
		SPEECH_LIT("lost"), SPEECH_LIT("held"), SPEECH_LIT("sent"),
		SPEECH_LIT("stood"), SPEECH_LIT("began"), SPEECH_LIT("wrote"),
		SPEECH_LIT("spoke"), SPEECH_LIT("met"), SPEECH_LIT("quit"),
		SPEECH_LIT("fled"), SPEECH_LIT("sat"), SPEECH_LIT("shook"),
	};
	const struct text_word *w = &t->w[k];
	const char *s = x->s;

	if (speech_ends_with(x, w, "ed") || (w->end - w->start >= 3 &&
	    s[w->end - 1] == 's' && s[w->end - 2] != 's' &&
	    s[w->end - 2] != '\''))
		return 1;
	return ((speech_wlx(x, t, k) & SPEECH_KEPT) &&
	    !(speech_wlx(x, t, k) & LX_ADJ)) ||
	    speech_range_in(s, w->start, w->end, past,
	    sizeof(past) / sizeof(past[0]));
}

/*
 * Is word k "then" with a verb of its own after it, the subject's next
 * act ("called [it unfair], then walked out", "then left the chamber")?
 * The word after it lower case, no determiner, pronoun or function word
 * ("then the plan", "then his"), no adverb of degree, and a verb by its
 * form (finite_form): not an aside, "called [him, then angry, a liar]"
 * (review F10).  Review F9.
 */
static inline int
then_verb(const struct qx *x, struct sent *t, size_t k)
{
	const struct text_word *w = &t->w[k];

	if (w->end - w->start != 4 || (x->s[w->start] | 0x20) != 't' ||
	    !is_word(x, w, "then") || k + 1 >= t->n ||
	    (t->w[k + 1].flags & (TEXT_W_CAP | TEXT_W_ALLCAP | TEXT_W_DIGIT)) ||
	    !text_gap_is_blank(x->s, w->end, t->w[k + 1].start))
		return 0;
	return !(speech_wlx(x, t, k + 1) & (LX_DET | LX_PRON | LX_PPRON |
	    LX_FUNC | LX_ADV)) && speech_stance_finite_form(x, t, k + 1);
}

/*
 * Is the -ing word k after a comma an item of a list of gerunds: "and"/
 * "or" right after it, or a comma and the list going on, "and"/"or" or
 * another -ing word ("accused [Emanuel of covering up, delaying, and
 * withholding facts]")?  A participle that opens a clause of its own
 * takes its object first (", saying it divides"), or an aside between
 * commas (", calling, once again, for calm": no list).
 */
static int
gerund_listed(const struct qx *x, struct sent *t, size_t k)
{
	const struct text_word *n;

	if (k + 1 >= t->n)
		return 0;
	n = &t->w[k + 1];
	if (is_word(x, n, "and") || is_word(x, n, "or"))
		return x->s[t->w[k].end] == ',' ||
		    text_gap_is_blank(x->s, t->w[k].end, n->start);
	return x->s[t->w[k].end] == ',' && !(n->flags & TEXT_W_CAP) &&
	    speech_ends_with(x, n, "ing");
}

/*
 * Is the -ing word w a compound with a hyphen ("race-baiting",
 * "free-standing", "self-enriching")?  Such a word after a comma is an
 * adjective of a list before its noun ("the Clintons' embarrassing,
 * race-baiting tactics"), not a participle that opens a clause of its
 * own.
 */
static inline int
compound_adjective(const struct qx *x, const struct text_word *w)
{
	return memchr(x->s + w->start, '-', w->end - w->start) != NULL;
}

/*
 * Does the colon right after the word that ends at pe open a list or an
 * apposition that spells the object out: a lower-case word after it on
 * the same line, past spaces only ("talked about [issues affecting all
 * Nevadans: the economy and national security]", "held [three beliefs:
 * that marriage is ...]")?  The word is t's word k.  A capital, a quote
 * mark or a line break after it opens a sentence or a quotation of its
 * own, and so does a clause.  Not inlined: a colon is rare, and the
 * loop that asks reads every word of an object.
 */
static __attribute__((noinline)) int
colon_list(const struct qx *x, struct sent *t, size_t k, size_t pe)
{
	static const struct speech_lit finite[] = {
		SPEECH_LIT("is"), SPEECH_LIT("are"), SPEECH_LIT("was"),
		SPEECH_LIT("were"), SPEECH_LIT("has"), SPEECH_LIT("have"),
		SPEECH_LIT("had"), SPEECH_LIT("will"), SPEECH_LIT("would"),
		SPEECH_LIT("can"), SPEECH_LIT("could"), SPEECH_LIT("should"),
		SPEECH_LIT("may"), SPEECH_LIT("might"), SPEECH_LIT("must"),
	};
	const struct text_word *w = &t->w[k];
	size_t p;

	if (x->s[pe] != ':' || (w->flags & (TEXT_W_CAP | TEXT_W_ALLCAP |
	    TEXT_W_DIGIT)))
		return 0;
	/* a clause of its own after it, a pronoun or a word and an
	 * auxiliary ("criticized the plan: it was, she said, too
	 * costly", "warned of risks: inflation could rise"), is no list
	 * or apposition (review R10) */
	if ((!is_word(x, w, "that") &&
	    (speech_wlx(x, t, k) & (LX_PRON | LX_PPRON))) ||
	    (k + 1 < t->n && speech_range_in(x->s, t->w[k + 1].start,
	    t->w[k + 1].end, finite, sizeof(finite) / sizeof(finite[0]))))
		return 0;
	for (p = pe + 1; p < w->start; p++)
		if (x->s[p] != ' ')
			return 0;
	return p > pe + 1;
}

/*
 * Is there a gerund in the object from word k0 to word k ("for accepting
 * donations"), after a cue that is no -ing form itself?  Then an -ing
 * word after "and" is another of it ("and speaking fees"), not the
 * source's next act (a finite verb, "and vowed").  The words are read
 * once a call of speech_stance_end, from *from on, *seen kept.
 */
static int
gerund_in(const struct qx *x, struct sent *t, size_t k0, size_t k,
    size_t *from, int *seen)
{
	if (k0 > 0 && speech_ends_with(x, &t->w[k0 - 1], "ing"))
		return 0;
	for (; !*seen && *from < k; (*from)++)
		*seen = !(t->w[*from].flags & TEXT_W_CAP) &&
		    speech_ends_with(x, &t->w[*from], "ing");
	return *seen;
}

/* Bytes of a label in parentheses after a name: a party and a state,
 * "(R-Texas)", "(D-N.Y.)", or an acronym, "(TPP)", "(NRA)". */
#define PAREN_LABEL_BYTES_MAX	12

/*
 * Does a label in parentheses open at p: a capital, then no blank up to
 * the closing mark within PAREN_LABEL_BYTES_MAX bytes?  The name's
 * party and state, "Sen. Ted Cruz (R-Texas)", or a name's acronym, "the
 * Trans-Pacific Partnership (TPP)", belong to the noun phrase before
 * them; a parenthesis of words is the writer's aside.  (Out of line:
 * asked only at a "(".)
 */
static int __attribute__((noinline))
label_parenthesis(const char *s, size_t p, size_t e)
{
	size_t q, lim = e - p > PAREN_LABEL_BYTES_MAX ? p +
	    PAREN_LABEL_BYTES_MAX : e;

	if (p >= e || (unsigned)(s[p] - 'A') >= 26)
		return 0;
	for (q = p + 1; q < lim; q++) {
		if (s[q] == ')')
			return 1;
		if (s[q] == ' ' || s[q] == '\t' || s[q] == '\n' ||
		    s[q] == ',' || s[q] == '(')
			return 0;
	}
	return 0;
}

/*
 * Does a fragment's closing mark end at p with a comma inside it
 * ("called China ''provocative and expansionist,'' accusing it")?  Not
 * a direct quote's: that is an item of its own.
 */
static int
fragment_comma(const struct qx *x, struct sent *t, size_t p)
{
	size_t k, e = p;
	uint32_t c;

	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = speech_sq_at(x, t, k);

		if (q->end == p) {
			if (q->direct)
				return 0;
			break;
		}
	}
	if (k == t->nq)
		return 0;
	c = utf8_prev(x->s, &e);
	if (c == '\'' && e > t->ss && x->s[e - 1] == '\'')
		e--;
	return e > t->ss && x->s[e - 1] == ',';
}

/* A cut after a word at pe, past a percent sign that ends a figure
 * ("wary of [rates at 5%] until June": the word reader leaves the sign
 * out of "5"). */
static inline size_t
figure_end(const char *s, size_t pe)
{
	return pe + (s[pe] == '%');
}

/*
 * Where a stance's content that starts at word k0 ends: at the sentence's
 * end, or before the first of
 *   ; : ( or a dash between two words (not the parenthesis of a label,
 *     label_parenthesis: "Sen. Ted Cruz (R-Texas)"),
 *   a comma before a participle or a word that opens another clause
 *     (", saying", ", which", ", but", ", while"; not ", including":
 *     PolNeAR keeps its list in the content 121 times in 136), or a
 *     past verb with its object (", mocked the party": opens_verb_phrase),
 *   "and" or "but" before a verb of its own ("and said", "and vowed"),
 *   a time clause ("after he won", "when it came to a vote"),
 *   "during", "in" or "at" before the occasion or the medium of the act
 *     ("during a rally", "in an interview", "at a news conference";
 *     PolNeAR dev, "in" and "at": 18 pairs made exact, 3 lost).
 * Reads only the sentence's words, and two bytes around each gap.
 */
size_t
speech_stance_end(const struct qx *x, struct sent *t, size_t k0)
{
	return speech_stance_end_before(x, t, k0, t->n);
}

/* The same, the cut looked for before word kn only (the sentence's end
 * when none is there): a caller that keeps what runs past kn reads no
 * further. */
size_t
speech_stance_end_before(const struct qx *x, struct sent *t, size_t k0,
    size_t kn)
{
	static const struct speech_lit comma_clause[] =
	    SPEECH_WORDS(SPEECH_WORDS_COMMA_CLAUSE);
	const char *s = x->s;
	size_t k, at;
	uint32_t c;
	/* "not to" opens the infinitive as "to" does ("vowed [not to buy
	 * the cookies this year]") */
	int infinitive = k0 < t->n && (is_word(x, &t->w[k0], "to") ||
	    (is_word(x, &t->w[k0], "not") && k0 + 1 < t->n &&
	    is_word(x, &t->w[k0 + 1], "to")));
	/* gerund_in's state: the words up to gscan read, a gerund seen */
	size_t gscan = k0;
	int gerund = 0;

	for (k = k0 + 1; k < kn; k++) {
		const struct text_word *w = &t->w[k];
		size_t pe = t->w[k - 1].end;

		c = speech_char_before(s, pe, w->start, &at);
		if (c == ':' && colon_list(x, t, k, pe))
			continue;
		if (c == ';' || c == ':' || (c == '(' &&
		    !label_parenthesis(s, w->start, t->se)) ||
		    (text_is_dash(c) && !compound_hyphen(s, at, w->start))) {
			/* Before the mark, whole: a dash may be 3 bytes. */
			(void)utf8_prev(s, &at);
			return at;
		}
		if (s[pe] == ';' || s[pe] == ':')
			return pe;
		/* a cut after the word keeps the label's closing mark:
		 * "threw her support behind [Sen. Ted Cruz (R-Texas)]
		 * Wednesday" */
		if (c == ')')
			pe = at;
		/* a comma inside a fragment's closing mark is the comma
		 * (",\" accusing", ",'' and"): the cut after the mark,
		 * which the content keeps */
		if (text_is_closing_mark(c) && fragment_comma(x, t, at)) {
			c = ',';
			at++;
		}
		if (c == ',' && !(w->flags & TEXT_W_CAP) &&
		    ((speech_ends_with(x, w, "ing") &&
		    !is_word(x, w, "including") &&
		    !gerund_listed(x, t, k) && !compound_adjective(x, w)) ||
		    speech_range_in(s, w->start, w->end, comma_clause,
		    sizeof(comma_clause) / sizeof(comma_clause[0])) ||
		    opens_verb_phrase(x, t, k) ||
		    (!infinitive && then_verb(x, t, k))))
			return at - 1;
		/* a time after the object is the verb's: "endorsed Rubio
		 * on Tuesday", "criticized the plan last week"; not a time
		 * inside the object ("chatting since January", "a docket
		 * in October"), nor one in an infinitive's clause ("to
		 * rise 3 percent this year"), nor one after a possessive,
		 * which is the determiner of the noun the time modifies
		 * ("the party's July convention", "Christie's Nov. 14
		 * speech") */
		if (!infinitive && time_opens(x, t, k) &&
		    !(t->w[k - 1].flags & TEXT_W_POSS) &&
		    !(speech_wlx(x, t, k - 1) & LX_FUNC) &&
		    !time_preposition(x, &t->w[k - 1]) &&
		    !is_word(x, &t->w[k - 1], "next") &&
		    !is_word(x, &t->w[k - 1], "earlier") &&
		    !is_word(x, &t->w[k - 1], "later"))
			return figure_end(s, pe);
		/* the occasion, the medium and the time of the act (words
		 * time_or_occasion_may_open lets through): not in an
		 * infinitive's clause, whose own verb they are ("plans [to
		 * run ads during the next debate]"), nor, but for "during",
		 * after a verb inside the object ("[Trump would be easy to
		 * defeat in a debate]");
		 * the medium: "blamed [local officials] on Twitter";
		 * a time clause or phrase after the object is the act's, as
		 * a time is (FrameNet's Time): "congratulated [Trump] after
		 * he won the primary", "supported [the bill] when it came
		 * to the Senate", "endorsed [Mr. Rubio] until he dropped
		 * out"; not after a participle or an auxiliary inside the
		 * object either, whose own time it may be ("criticized [the
		 * accord adopted after two weeks of talks]") */
		if (!infinitive && time_or_occasion_may_open(x, w) &&
		    (((occasion_opens(x, t, k) || medium_opens(x, t, k)) &&
		    (is_word(x, w, "during") || !verb_between(x, t, k0, k))) ||
		    (time_clause_opens(x, t, k) &&
		    !verb_between(x, t, k0, k) &&
		    !finite_between(x, t, k0, k))))
			return figure_end(s, pe);
		/* "by" and a gerund after a noun phrase is the means of the
		 * act (FrameNet's Means), not the object's: "dismissed
		 * [Clinton's charges] by pointing out ..."; not after a verb
		 * inside the object, a gerund, an infinitive or a relative
		 * clause, whose own means it is ("accused her of making
		 * remarks by using the term", "urged the party to respond
		 * by recognizing", "a candidate who would govern by
		 * dividing") */
		if (!infinitive && means_opens(x, t, k) &&
		    !verb_between(x, t, k0, k))
			return figure_end(s, pe);
		/* not a cue that is as often the noun of a place or an
		 * organisation ("federal and state offices", "and report
		 * cards"), a verb only before "that" */
		if ((is_word(x, w, "and") || is_word(x, w, "but")) &&
		    k + 1 < t->n && !(t->w[k + 1].flags & TEXT_W_CAP) &&
		    (speech_wlx(x, t, k + 1) & (SPEECH_CUES | LX_ADV) ||
		    speech_ends_with(x, &t->w[k + 1], "ed")) &&
		    !((speech_wlx(x, t, k + 1) & (LX_ORG | LX_TITLE)) &&
		    !(k + 2 < t->n && is_word(x, &t->w[k + 2], "that"))) &&
		    !(speech_ends_with(x, &t->w[k + 1], "ing") &&
		    gerund_in(x, t, k0, k, &gscan, &gerund)))
			return figure_end(s, pe);
	}
	return t->se;
}
