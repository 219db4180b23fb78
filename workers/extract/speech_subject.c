/*
 * speech_subject.c — the subject of a cue in reported speech: back from
 * the cue over adverbs, modals and auxiliaries to a mention (a name, a
 * pronoun, a nominal, a possessor, past a parenthesis or an appositive),
 * or failing that a relative pronoun, the sentence's subject for a
 * coordinated cue, a quantifier, the noun phrase before a parenthesis
 * set off by commas, or a bare noun phrase.  The clause's subject far
 * back, for a verb of speech none of these found, is speech_far.c's; the
 * subject of a participle cue (", saying ...") is speech_participle.c's.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/*
 * May the cue w follow a bare noun as its subject ("voters said",
 * "Sanders' aides say")?  Only the forms that are verbs and no nouns:
 * "say", "says", the past tenses; not "states", "claims", "doubt",
 * "fears", which follow nouns as nouns ("coal states").
 */
int
speech_subject_bare_cue(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit verbs[] = {
		SPEECH_LIT("say"), SPEECH_LIT("says"), SPEECH_LIT("said"),
		SPEECH_LIT("told"), SPEECH_LIT("wrote"), SPEECH_LIT("thought"),
		SPEECH_LIT("think"), SPEECH_LIT("thinks"), SPEECH_LIT("know"),
		SPEECH_LIT("knew"), SPEECH_LIT("believe"),
		SPEECH_LIT("believes"), SPEECH_LIT("expect"),
		SPEECH_LIT("feel"), SPEECH_LIT("felt"), SPEECH_LIT("suggest"),
		SPEECH_LIT("argue"), SPEECH_LIT("insist"), SPEECH_LIT("agree"),
		SPEECH_LIT("contend"), SPEECH_LIT("warn"), SPEECH_LIT("worry"),
		SPEECH_LIT("predict"), SPEECH_LIT("acknowledge"),
		SPEECH_LIT("admit"), SPEECH_LIT("fear"),
	};

	if (speech_range_in(x->s, w->start, w->end, verbs,
	    sizeof(verbs) / sizeof(verbs[0])))
		return 1;
	/* "pledged delegates": a past participle before its noun */
	return speech_ends_with(x, w, "ed") && !is_word(x, w, "pledged");
}

/* Adverbs and modals between a subject and its cue that the lexicon's
 * adverbs leave out: "now believe", "never said", "has long said", "can
 * say", "must know". */
static int
is_modal(const struct qx *x, const struct text_word *w)
{
	return !(w->flags & TEXT_W_CAP) && (is_word(x, w, "now") ||
	    is_word(x, w, "never") || is_word(x, w, "long") ||
	    is_word(x, w, "can") || is_word(x, w, "may") ||
	    is_word(x, w, "might") || is_word(x, w, "must") ||
	    is_word(x, w, "should"));
}

/* Degree words before an adjective ("is most proud of", "were far more
 * leery of", "so dismissive of"): they grade it as adverbs grade a verb
 * and stand between it and its copula; before a verb they are none. */
static int
is_degree(const struct qx *x, const struct text_word *w)
{
	return !(w->flags & TEXT_W_CAP) && (is_word(x, w, "so") ||
	    is_word(x, w, "too") || is_word(x, w, "very") ||
	    is_word(x, w, "most") || is_word(x, w, "more") ||
	    is_word(x, w, "less") || is_word(x, w, "least") ||
	    is_word(x, w, "quite") || is_word(x, w, "far") ||
	    is_word(x, w, "much"));
}

/*
 * Is the cue at i a verb's base form right after a plural noun, word
 * j - 1 (the subject it agrees with: "Saudi officials deny [any links]",
 * "American officials hope [the technology can aid ...]", "Lobbyists
 * prefer [not to register]"), or past the adverbs between them, words
 * j .. i - 1 ("Democratic politicians typically oppose [taxing
 * consumption]": an adverb stands before a verb, not inside a noun
 * compound)?  The base form carries no -s, -ed or -ing; the noun ends
 * in -s, lower case, no possessive ("the voters' support" is a noun
 * phrase).
 */
static int
plural_then_base(const struct qx *x, struct sent *t, size_t i, size_t j)
{
	const struct text_word *v = &t->w[i], *n = &t->w[j - 1];
	size_t vl = v->end - v->start;

	if ((v->flags & TEXT_W_CAP) || (n->flags & (TEXT_W_CAP |
	    TEXT_W_POSS)) || vl < 3 || x->s[v->end - 1] == 's' ||
	    speech_ends_with(x, v, "ed") || speech_ends_with(x, v, "ing") ||
	    n->end - n->start < 4 || x->s[n->end - 1] != 's' ||
	    x->s[n->end - 2] == 's' || x->s[n->end - 2] == '\'' ||
	    !text_gap_is_blank(x->s, n->end, t->w[j].start))
		return 0;
	return 1;
}

/*
 * The subject of a verb coordinated with the verb of its clause, the
 * "and" at word c: read back to the clause's start (a comma, a dash or
 * the sentence's start, at most CLAUSE_BYTES_MAX): a relative pronoun
 * on the way is the subject ("Mr. McConnell, who has endorsed Mr. Trump
 * and criticized"; the name before its comma speaks); else a mention
 * that opens the clause, a verb after it ("But on Tuesday, he stood
 * with GOP leaders and urged"); else, when a participle opens the
 * clause ("..., calling them rapists and vowing"), the participle's
 * own subject, back in the clause it hangs from.  SUBJ_COORD when found,
 * SUBJ_RELATIVE for the relative pronoun.
 */
static int
coordinated_subject(struct qx *x, struct sent *t, size_t c, struct attr *a)
{
	const char *s = x->s;
	const struct text_word *cw;
	struct text_word last, nw;
	struct attr m;
	size_t k = c, at, lo, q;

	while (k > 0 && t->w[c].start - t->w[k - 1].start <= CLAUSE_BYTES_MAX &&
	    (k == c || !speech_clause_gap(s, t->w[k - 1].end, t->w[k].start))) {
		cw = &t->w[k - 1];
		if (!(cw->flags & TEXT_W_CAP) && (is_word(x, cw, "who") ||
		    is_word(x, cw, "which"))) {
			memset(a, 0, sizeof(*a));
			a->ms = cw->start;
			a->me = cw->end;
			if (speech_char_before(s, t->ss, cw->start, &at) ==
			    ',' && speaker_mention_back(s, t->ss, at - 1, &m) &&
			    m.ns < m.ne) {
				a->ns = m.ns;
				a->ne = m.ne;
			}
			return SUBJ_RELATIVE;
		}
		k--;
	}
	if (k >= c || t->w[c].start - t->w[k].start > CLAUSE_BYTES_MAX)
		return 0;
	/* past a word that opens the clause: "While Mr. Ryan is ...",
	 * "when Rubio thanked Miami and said" */
	if (k + 1 < c && (speech_wlx(x, t, k) & LX_FUNC) &&
	    !(speech_wlx(x, t, k) & (LX_DET | LX_PRON)))
		k++;
	cw = &t->w[k];
	memset(&m, 0, sizeof(m));
	if (speaker_mention_fwd(s, t->se, cw->start, &m, &last) &&
	    m.ms == cw->start && last.end < t->w[c].start) {
		/* a verb after it: a lower-case word, no function word */
		q = last.end;
		if (text_word_next(s, t->w[c].start, &q, &nw) &&
		    text_gap_is_blank(s, last.end, nw.start) &&
		    !(nw.flags & TEXT_W_CAP) && !lexicon_is(s, &nw, LX_FUNC)) {
			*a = m;
			return SUBJ_COORD;
		}
		return 0;
	}
	if (k == 0 || (cw->flags & TEXT_W_CAP) ||
	    !speech_ends_with(x, cw, "ing"))
		return 0;
	lo = cw->start - t->ss > CLAUSE_BYTES_MAX ? cw->start -
	    CLAUSE_BYTES_MAX : t->ss;
	memset(a, 0, sizeof(*a));
	return speaker_mention_clause_subject(s, lo, cw->start, a) ?
	    SUBJ_COORD : 0;
}

/* The finite auxiliaries: forms of be, have and do, and the modals. */
static const struct speech_lit aux_words[] = {
	SPEECH_LIT("is"), SPEECH_LIT("are"), SPEECH_LIT("was"),
	SPEECH_LIT("were"), SPEECH_LIT("has"), SPEECH_LIT("have"),
	SPEECH_LIT("had"), SPEECH_LIT("will"), SPEECH_LIT("would"),
	SPEECH_LIT("can"), SPEECH_LIT("could"), SPEECH_LIT("may"),
	SPEECH_LIT("might"), SPEECH_LIT("must"), SPEECH_LIT("should"),
	SPEECH_LIT("did"), SPEECH_LIT("do"), SPEECH_LIT("does"),
};

/* Is w a lower-case auxiliary of be, have or do, or a modal? */
static int
aux_word(const struct qx *x, const struct text_word *w)
{
	return !(w->flags & TEXT_W_CAP) && speech_range_in(x->s, w->start,
	    w->end, aux_words, sizeof(aux_words) / sizeof(aux_words[0]));
}

/*
 * Is one of the words [j, i) before a cue a finite auxiliary, a form of
 * be, have or do or a modal ("officials are expecting", "investors will
 * seek", "leaders must remember")?  A noun follows no auxiliary: the cue
 * after one is a verb, whatever its form, and the noun phrase before
 * the auxiliary its subject.
 */
static int
aux_between(const struct qx *x, struct sent *t, size_t j, size_t i)
{
	for (; j < i; j++)
		if (aux_word(x, &t->w[j]))
			return 1;
	return 0;
}

/*
 * Is the cue at i the present -s verb of a headline, right after its
 * subject's noun (word j - 1)?  A headline drops its articles ("Indiana
 * governor endorses [Cruz]", "British diplomat praises [Obama's
 * presidency]"): the sentence is a paragraph of its own, the body's
 * first (its title) or one no stop closes, and the noun phrase opens
 * it with no article or function word (at most NOUN_WORDS_MAX words), so
 * a bare singular noun before an -s form is its subject.
 */
static int
headline_verb(const struct qx *x, struct sent *t, size_t i, size_t j)
{
	const char *s = x->s;
	const struct text_word *v = &t->w[i];
	size_t k;
	char c;

	if (j != i || (v->flags & TEXT_W_CAP) || s[v->end - 1] != 's' ||
	    s[v->end - 2] == 's' || (t->ss > 0 && s[t->ss - 1] != '\n') ||
	    (t->se < x->len && s[t->se] != '\n' && s[t->se] != '\r'))
		return 0;
	/* the subject opens the line, no article, no function word:
	 * "Flight attendants' union endorses" */
	if (i > NOUN_WORDS_MAX)
		return 0;
	for (k = 0; k < i; k++)
		if (speech_wlx(x, t, k) & (LX_FUNC | LX_DET | LX_PRON |
		    SPEECH_CUES))
			return 0;
	/* the body's first line is its title, a stop or none */
	for (k = 0; k < t->ss && (s[k] == ' ' || s[k] == '\n' ||
	    s[k] == '\r' || s[k] == '\t'); k++)
		;
	if (k == t->ss)
		return 1;
	c = s[t->se - 1];
	return c != '.' && c != '!' && c != '?' && c != '"' &&
	    (unsigned char)c != 0x9D;
}

/*
 * Is word k a relative "that", the subject of the verb right after it:
 * after a lower-case noun, blank between ("cities that support [the
 * regulations]", "polls that show [Johnson at 10 percent]")?  After a
 * verb, an adjective or a function word it is a complementizer or a
 * determiner ("said that", "so much that", "in that").  A verb is
 * followed by no auxiliary, a noun that is a clause's subject is: the
 * cue's word is then a noun and "that" opens a noun's clause
 * ("concerns that demand is slowing", "signs that demand will rebound").
 */
static int
relative_that(const struct qx *x, struct sent *t, size_t k)
{
	const struct text_word *n;

	if (k == 0 || !is_word(x, &t->w[k], "that") ||
	    (t->w[k].flags & TEXT_W_CAP) ||
	    !text_gap_is_blank(x->s, t->w[k - 1].end, t->w[k].start))
		return 0;
	n = &t->w[k - 1];
	return !(n->flags & (TEXT_W_CAP | TEXT_W_POSS | TEXT_W_DIGIT)) &&
	    !(speech_wlx(x, t, k - 1) & (LX_FUNC | LX_CAPSTOP | LX_DET |
	    LX_PRON | LX_ADV | LX_ADJ | SPEECH_CUES)) &&
	    !speech_span_is_aux(x, n) &&
	    !speech_is_adverb(x, t, k - 1) && !speech_ends_with(x, n, "ed") &&
	    !speech_ends_with(x, n, "ing") &&
	    !(k + 2 < t->n && aux_word(x, &t->w[k + 2]));
}

/* Is word k a count: digits, or a number word up to ten? */
static int
count_word(const struct qx *x, const struct sent *t, size_t k)
{
	static const struct speech_lit nums[] = {
		SPEECH_LIT("one"), SPEECH_LIT("two"), SPEECH_LIT("three"),
		SPEECH_LIT("four"), SPEECH_LIT("five"), SPEECH_LIT("six"),
		SPEECH_LIT("seven"), SPEECH_LIT("eight"), SPEECH_LIT("nine"),
		SPEECH_LIT("ten"),
	};
	const struct text_word *w = &t->w[k];

	return (w->flags & TEXT_W_DIGIT) || speech_range_in(x->s, w->start,
	    w->end, nums, sizeof(nums) / sizeof(nums[0]));
}

/*
 * A poll's share of those it asked, right before the verb (word j - 1
 * its last word): "42% say", "64 percent call [him competent]", "Two in
 * three said".  The share stands for the people in it, a plural, as
 * "most" or "some" does (speech_is_quantifier).  Not after a preposition
 * of measure ("rose to 42 percent", "by 5 percent"), where it is an
 * amount.  The index plus one of its first word, or 0.
 */
static size_t
share_start(const struct qx *x, struct sent *t, size_t j, size_t pos)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[j - 1], *pw;
	size_t k = 0, q;

	if ((w->flags & TEXT_W_DIGIT) && w->end < pos && s[w->end] == '%' &&
	    text_gap_is_blank(s, w->end + 1, pos))
		k = j;
	else if (!text_gap_is_blank(s, w->end, pos))
		return 0;
	else if (j >= 2 && is_word(x, w, "percent") &&
	    !(w->flags & TEXT_W_CAP) && count_word(x, t, j - 2) &&
	    text_gap_is_blank(s, t->w[j - 2].end, w->start))
		k = j - 1;
	else if (j >= 3 && count_word(x, t, j - 1) &&
	    is_word(x, &t->w[j - 2], "in") && count_word(x, t, j - 3) &&
	    text_gap_is_blank(s, t->w[j - 3].end, t->w[j - 2].start) &&
	    text_gap_is_blank(s, t->w[j - 2].end, w->start))
		k = j - 2;
	if (k == 0)
		return 0;
	if (k >= 2) {
		pw = &t->w[k - 2];
		q = pw->end;
		if (text_gap_is_blank(s, q, t->w[k - 1].start) &&
		    (is_word(x, pw, "to") || is_word(x, pw, "by") ||
		    is_word(x, pw, "from") || is_word(x, pw, "of") ||
		    is_word(x, pw, "at") || is_word(x, pw, "with")))
			return 0;
	}
	return k;
}

/*
 * Is the cue at i a noun after a share ("its 27 percent support among
 * women", "27 percent support in the state")?  A preposition or a
 * function word follows the noun; the verb has its object or clause.
 */
static int
share_cue_noun(const struct qx *x, struct sent *t, size_t i)
{
	uint32_t lx;

	if (i + 1 >= t->n)
		return 1;
	lx = speech_wlx(x, t, i + 1);
	return (lx & (LX_FUNC | LX_CAPSTOP)) && !(lx & (LX_DET | LX_PRON)) &&
	    !is_word(x, &t->w[i + 1], "that") &&
	    !is_word(x, &t->w[i + 1], "to");
}

/*
 * Is the word before a share's first word (k - 1) a verb that takes the
 * share as its amount: a form of "be" or a verb of a measure's change
 * ("Inflation hit 7% say economists", "Turnout was 64 percent call it
 * a record", "Sales fell 5% say analysts": the share is the verb's
 * object, and "say" an attribution's inverted cue)?  A share that is a
 * subject opens its clause: after a mark, a conjunction, a determiner
 * or a preposition, never after a verb.
 */
static int
share_after_verb(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit measure[] = {
		SPEECH_LIT("hit"), SPEECH_LIT("hits"), SPEECH_LIT("reached"),
		SPEECH_LIT("reaches"), SPEECH_LIT("topped"),
		SPEECH_LIT("tops"), SPEECH_LIT("exceeded"),
		SPEECH_LIT("exceeds"), SPEECH_LIT("neared"),
		SPEECH_LIT("nears"), SPEECH_LIT("passed"),
		SPEECH_LIT("surpassed"), SPEECH_LIT("touched"),
		SPEECH_LIT("rose"), SPEECH_LIT("rises"), SPEECH_LIT("fell"),
		SPEECH_LIT("falls"), SPEECH_LIT("climbed"),
		SPEECH_LIT("jumped"), SPEECH_LIT("dropped"),
		SPEECH_LIT("slipped"), SPEECH_LIT("gained"),
		SPEECH_LIT("lost"), SPEECH_LIT("grew"), SPEECH_LIT("shrank"),
		SPEECH_LIT("declined"), SPEECH_LIT("increased"),
		SPEECH_LIT("decreased"), SPEECH_LIT("remained"),
		SPEECH_LIT("remains"), SPEECH_LIT("stood"),
	};
	const struct text_word *w;

	if (k < 2 || !text_gap_is_blank(x->s, t->w[k - 2].end,
	    t->w[k - 1].start))
		return 0;
	w = &t->w[k - 2];
	return !(w->flags & TEXT_W_CAP) && (speech_span_is_be(x, w) ||
	    speech_range_in(x->s, w->start, w->end, measure,
	    sizeof(measure) / sizeof(measure[0])));
}

/*
 * A share of those polled as the subject of the cue at i, before a verb
 * form that agrees with a plural (a bare cue's past, a base form), word
 * j - 1 its last: the attribution filled, 1; else 0.  Out of line: the
 * subject reader is the scanner's hottest path.
 */
static __attribute__((noinline)) int
share_subject(struct qx *x, struct sent *t, size_t i, size_t j, size_t pos,
    struct attr *a)
{
	size_t k;

	if ((t->w[i].flags & TEXT_W_CAP) ||
	    !((t->w[j - 1].flags & TEXT_W_DIGIT) ||
	    is_word(x, &t->w[j - 1], "percent") || (j >= 3 &&
	    is_word(x, &t->w[j - 2], "in"))) ||
	    (k = share_start(x, t, j, pos)) == 0 ||
	    !(speech_subject_bare_cue(x, &t->w[i]) ||
	    !(x->s[t->w[i].end - 1] == 's' || speech_ends_with(x, &t->w[i],
	    "ing"))) || share_cue_noun(x, t, i))
		return 0;
	/* with the words that bound it: "only 7 percent", "more than
	 * half", "about 4 in 10" */
	while (k >= 2 && text_gap_is_blank(x->s, t->w[k - 2].end,
	    t->w[k - 1].start) && !share_after_verb(x, t, k) &&
	    (speech_is_adverb(x, t, k - 2) ||
	    is_word(x, &t->w[k - 2], "about") ||
	    is_word(x, &t->w[k - 2], "over") ||
	    is_word(x, &t->w[k - 2], "under") ||
	    is_word(x, &t->w[k - 2], "than") ||
	    is_word(x, &t->w[k - 2], "more") ||
	    is_word(x, &t->w[k - 2], "fewer") ||
	    is_word(x, &t->w[k - 2], "less")))
		k--;
	if (share_after_verb(x, t, k))
		return 0;
	memset(a, 0, sizeof(*a));
	a->ms = t->w[k - 1].start;
	a->me = t->w[j - 1].end;
	if (x->s[a->me] == '%')
		a->me++;
	a->found = 1;
	return 1;
}

/*
 * The subjects the mention readers do not take, from the word before the
 * cue (word j, past its auxiliaries):
 *   "Barkley, who said ..."           the relative pronoun, which stands
 *                                     for the name before its comma;
 *   "Wilson praised Rubio and said"   the subject that opens the
 *                                     sentence, for a verb coordinated
 *                                     with the sentence's first one;
 *   "Twenty-four percent said", "Sanders' aides say"
 *                                     a bare noun phrase: its head and up
 *                                     to NOUN_WORDS_MAX words before it.
 */
static int
subject_fallback(struct qx *x, struct sent *t, size_t i, size_t j,
    struct attr *a, int paren)
{
	const char *s = x->s;
	const struct text_word *pw, *w = &t->w[i];
	size_t k, at;
	struct attr m;
	struct text_word last;
	uint32_t lx;

	if (j == 0 || (!paren && !text_gap_is_blank(s, t->w[j - 1].end,
	    t->w[j].start)))
		return 0;
	pw = &t->w[j - 1];
	/* before a parenthetical's comma only a bare noun phrase */
	if (paren && (is_word(x, pw, "who") || is_word(x, pw, "which") ||
	    is_word(x, pw, "and") || is_word(x, pw, "but")))
		return 0;
	memset(a, 0, sizeof(*a));
	if (is_word(x, pw, "who") || is_word(x, pw, "which") ||
	    (j == i && relative_that(x, t, j - 1))) {
		a->ms = pw->start;
		a->me = pw->end;
		/* the name it stands for speaks: "Barkley, who said" */
		if (speech_char_before(s, t->ss, pw->start, &at) == ',' &&
		    speaker_mention_back_in(s, t->ss, at - 1, &m, t->w, j - 1) &&
		    m.ns < m.ne) {
			a->ns = m.ns;
			a->ne = m.ne;
		}
		return 1;
	}
	if (is_word(x, pw, "and") || is_word(x, pw, "but")) {
		/* the sentence's subject, a verb right after it, and no
		 * comma before the "and" (a comma may open another clause:
		 * "Some booed, and when Rubio thanked Miami and said") */
		if (j >= 3 && speaker_mention_fwd(s, t->se, t->ss, &m, &last) &&
		    m.ms == t->ss && last.end < pw->start &&
		    pw->start - last.end <= CLAUSE_BYTES_MAX) {
			/* one comma allowed: the one right before the "and" */
			at = pw->start;
			if (speech_char_before(s, last.end, pw->start, &at) ==
			    ',')
				at--;
			if (memchr(s + last.end, ',', at - last.end) == NULL) {
				*a = m;
				return SUBJ_MENTION;
			}
		}
		/* "But on Tuesday, he stood with GOP leaders and urged",
		 * "calling them rapists and vowing": a verb form no noun
		 * takes (a past tense, an -ing form, says/said) has the
		 * subject of the clause it is coordinated in */
		if (j < 3 || (w->flags & TEXT_W_CAP) ||
		    !(speech_subject_bare_cue(x, w) ||
		    speech_ends_with(x, w, "ing") ||
		    (x->s[w->end - 1] == 's' && x->s[w->end - 2] != 's' &&
		    i + 1 < t->n && text_gap_is_blank(s, w->end,
		    t->w[i + 1].start))))
			return 0;
		return coordinated_subject(x, t, j - 1, a);
	}
	if ((pw->flags & TEXT_W_CAP) || (!speech_subject_bare_cue(x, &t->w[i]) &&
	    !(i + 1 < t->n && is_word(x, &t->w[i + 1], "that")) &&
	    !plural_then_base(x, t, i, j) && !aux_between(x, t, j, i) &&
	    !headline_verb(x, t, i, j)))
		return 0;
	lx = speech_wlx(x, t, j - 1);
	if ((lx & (LX_FUNC | LX_DET | LX_PRON | LX_ADV | SPEECH_CUES)) ||
	    speech_span_is_aux(x, pw) || speech_is_adverb(x, t, j - 1))
		return 0;
	a->ms = pw->start;
	a->me = pw->end;
	/* the words of its noun phrase before it: "of Democratic voters",
	 * no verb ("Trump rushed out tweet attacks") */
	for (k = j - 1; k > 0 && j - k < NOUN_WORDS_MAX; k--) {
		const struct text_word *bw = &t->w[k - 1];

		if (!speech_span_blank_or_poss(s, bw->end, t->w[k].start) ||
		    (speech_wlx(x, t, k - 1) & (LX_FUNC | SPEECH_CUES) &&
		    !is_word(x, bw, "of") &&
		    !(speech_wlx(x, t, k - 1) & LX_DET)) ||
		    (!(bw->flags & TEXT_W_CAP) &&
		    (speech_ends_with(x, bw, "ed") ||
		    speech_ends_with(x, bw, "ing"))) ||
		    speech_span_is_aux(x, bw))
			break;
		a->ms = bw->start;
		if (speech_wlx(x, t, k - 1) & LX_DET)
			break;
	}
	return 1;
}

/* The index plus one of the word before word j that ends at byte e,
 * when a word stands before it too; else 0. */
static size_t
word_ending_at(const struct sent *t, size_t e, size_t j)
{
	size_t p = j;

	while (p > 0 && t->w[p - 1].end > e)
		p--;
	return p >= 2 && t->w[p - 1].end == e ? p : 0;
}

/*
 * A possessor's noun that ends at byte e, before word j: a capitalised
 * possessive and one to three lower-case words ("Clinton's attorney",
 * "Sanders's campaign manager").  The index of the possessive plus
 * one, or 0.
 */
static size_t
possessed_noun(const struct qx *x, struct sent *t, size_t e, size_t j)
{
	size_t p = word_ending_at(t, e, j), n;

	if (p == 0)
		return 0;
	for (n = 0; n < 3 && p > 1; n++, p--) {
		const struct text_word *w = &t->w[p - 1];

		if ((w->flags & (TEXT_W_CAP | TEXT_W_DIGIT | TEXT_W_POSS)) ||
		    (speech_wlx(x, t, p - 1) & (LX_FUNC | LX_DET | LX_PRON |
		    SPEECH_CUES)) ||
		    !speech_span_blank_or_poss(x->s, t->w[p - 2].end,
		    w->start))
			return 0;
		if ((t->w[p - 2].flags & TEXT_W_POSS) &&
		    (t->w[p - 2].flags & TEXT_W_CAP))
			return p - 1;
	}
	return 0;
}

/* Words of a description before the name in apposition to it: "The
 * Secretary of State for Health and Social Care" is 9. */
#define DESCRIPTION_WORDS_MAX	10

/*
 * The description that ends at byte e (a comma's), when it opens its
 * clause with "the" and a title or a common noun: "The Chancellor",
 * "The mayor of Chicago", "The president of the European Commission",
 * "The Governor of the Bank of England".  Returns 1 + the index of its
 * "the", or 0.  A name set off after it names its holder.
 */
static size_t
description_before(const struct qx *x, struct sent *t, size_t e, size_t j)
{
	size_t p = word_ending_at(t, e, j), n;

	if (p == 0)
		return 0;
	/* back to the word d that opens the clause: the sentence's first
	 * or one after a comma or a dash */
	for (n = 1, p--; p > 0 && n < DESCRIPTION_WORDS_MAX; n++, p--) {
		const struct text_word *w = &t->w[p];

		if (w->flags & (TEXT_W_DIGIT | TEXT_W_POSS))
			return 0;
		if (!text_gap_is_blank(x->s, t->w[p - 1].end, w->start)) {
			if (!speech_clause_gap(x->s, t->w[p - 1].end, w->start))
				return 0;
			break;
		}
	}
	if ((p > 0 && n == DESCRIPTION_WORDS_MAX) || p + 1 >= j ||
	    !is_word(x, &t->w[p], "the"))
		return 0;
	p++;
	/* its head: a title ("The Chancellor") or a common noun */
	if ((t->w[p].flags & TEXT_W_CAP) ? !lexicon_is(x->s, &t->w[p],
	    LX_TITLE) : (speech_wlx(x, t, p) & (LX_FUNC | LX_DET | LX_PRON |
	    SPEECH_CUES)) != 0)
		return 0;
	return p;
}

/* Does the word that starts at byte pos follow a verb of speech that
 * inverts its subject ("said Tommy Vietor": lower case, no addressee's
 * verb, blank between)? */
static int
after_cue(const struct qx *x, struct sent *t, size_t pos)
{
	size_t k;

	for (k = 1; k < t->n && t->w[k].start < pos; k++)
		;
	return k < t->n && t->w[k].start == pos &&
	    !(t->w[k - 1].flags & TEXT_W_CAP) &&
	    (speech_wlx(x, t, k - 1) & LX_CUE) &&
	    !(speech_wlx(x, t, k - 1) & LX_OBJCUE) &&
	    text_gap_is_blank(x->s, t->w[k - 1].end, pos);
}

/*
 * Is there a parenthetical adverb set off by commas right before word j
 * ("makers, for instance, argue", "The government, however, refused")?
 * The index of its first word, or 0.
 */
static size_t
parenthetical_start(const struct qx *x, struct sent *t, size_t j)
{
	static const struct speech_lit one[] = {
		SPEECH_LIT("however"), SPEECH_LIT("meanwhile"),
		SPEECH_LIT("though"), SPEECH_LIT("too"),
		SPEECH_LIT("moreover"), SPEECH_LIT("nevertheless"),
		SPEECH_LIT("nonetheless"), SPEECH_LIT("indeed"),
		SPEECH_LIT("therefore"), SPEECH_LIT("instead"),
	};
	static const struct speech_lit second[] = {
		SPEECH_LIT("instance"), SPEECH_LIT("example"),
		SPEECH_LIT("fact"), SPEECH_LIT("course"),
		SPEECH_LIT("contrast"), SPEECH_LIT("turn"),
		SPEECH_LIT("particular"),
	};
	const char *s = x->s;
	const struct text_word *w;
	size_t k, at;

	/* the comma right after the word before j: one byte test first */
	if (j < 3 || s[t->w[j - 1].end] != ',' ||
	    speech_char_before(s, t->ss, t->w[j].start, &at) != ',' ||
	    at != t->w[j - 1].end + 1)
		return 0;
	w = &t->w[j - 1];
	if (speech_range_in(s, w->start, w->end, one, sizeof(one) /
	    sizeof(one[0])))
		k = j - 1;
	else if (speech_range_in(s, w->start, w->end, second, sizeof(second) /
	    sizeof(second[0])) && (is_word(x, &t->w[j - 2], "for") ||
	    is_word(x, &t->w[j - 2], "in") || is_word(x, &t->w[j - 2], "of") ||
	    is_word(x, &t->w[j - 2], "by")) &&
	    text_gap_is_blank(s, t->w[j - 2].end, w->start))
		k = j - 2;
	else
		return 0;
	if (k == 0 || (t->w[k].flags & TEXT_W_CAP) ||
	    speech_char_before(s, t->ss, t->w[k].start, &at) != ',' ||
	    at != t->w[k - 1].end + 1)
		return 0;
	return k;
}

/*
 * Word j is a cue right after "to" and a verb of continuing, beginning or
 * going on ("continued to say", "began to see", "went on to explain"):
 * the index of that verb, or 0 when not.
 */
size_t
speech_subject_chain_verb(const struct qx *x, struct sent *t, size_t j)
{
	static const struct speech_lit verbs[] = {
		SPEECH_LIT("continue"), SPEECH_LIT("continues"),
		SPEECH_LIT("continued"), SPEECH_LIT("continuing"),
		SPEECH_LIT("begin"), SPEECH_LIT("begins"), SPEECH_LIT("began"),
		SPEECH_LIT("start"), SPEECH_LIT("starts"),
		SPEECH_LIT("started"),
	};
	const struct text_word *v;
	size_t k;

	if (j < 3 || t->w[j - 1].end - t->w[j - 1].start != 2 ||
	    !is_word(x, &t->w[j - 1], "to") ||
	    !text_gap_is_blank(x->s, t->w[j - 1].end, t->w[j].start) ||
	    !text_gap_is_blank(x->s, t->w[j - 2].end, t->w[j - 1].start))
		return 0;
	k = j - 2;
	v = &t->w[k];
	if (is_word(x, v, "on") && text_gap_is_blank(x->s, t->w[k - 1].end,
	    v->start) && (is_word(x, &t->w[k - 1], "went") ||
	    is_word(x, &t->w[k - 1], "go") || is_word(x, &t->w[k - 1], "goes") ||
	    is_word(x, &t->w[k - 1], "going")))
		return k - 1;
	if ((v->flags & TEXT_W_CAP) || !speech_range_in(x->s, v->start, v->end,
	    verbs, sizeof(verbs) / sizeof(verbs[0])))
		return 0;
	return k;
}

/*
 * Does the cue w agree as a finite verb with the quantifier q standing
 * for people before it: a base form after a plural one ("most oppose
 * [it]", "Some seek [to be removed]", "many prefer [the group]"), an -s
 * form after a singular one ("everyone knows [how ...]"), any form after
 * an auxiliary (aux: words passed over between them)?  (After a form of
 * be, "most" is a degree adverb: "he is most proud of".)  A quantifier
 * before a noun is its determiner ("some claims", "many fears"): a noun
 * after a plural quantifier carries -s, after a singular one none.
 */
static int
quantifier_agrees(const struct qx *x, const struct text_word *q,
    const struct text_word *w, int aux)
{
	int plural = is_word(x, q, "some") || is_word(x, q, "many") ||
	    is_word(x, q, "most") || is_word(x, q, "several") ||
	    is_word(x, q, "few") || is_word(x, q, "others") ||
	    is_word(x, q, "both");
	size_t n = w->end - w->start;

	if ((w->flags & TEXT_W_CAP) || n < 3)
		return 0;
	if (aux)
		return 1;
	if (speech_ends_with(x, w, "ed") || speech_ends_with(x, w, "ing"))
		return 0;
	if (plural)
		return x->s[w->end - 1] != 's';
	return (is_word(x, q, "everyone") || is_word(x, q, "nobody") ||
	    is_word(x, q, "each")) &&
	    x->s[w->end - 1] == 's' && x->s[w->end - 2] != 's';
}

/*
 * Can w end a time speech_span_time_after reads before a verb: week,
 * month, year, a part of the day, a weekday?  (A bare month before a
 * verb is rare; the test is asked before every cue's subject, so it
 * looks at the length and last byte before any word compare.)
 */
static int
time_ends(const struct qx *x, const struct text_word *w)
{
	size_t n = w->end - w->start;
	char c;

	if (n < 4 || n > 9)
		return 0;
	c = x->s[w->end - 1];
	if (w->flags & TEXT_W_CAP)
		return c == 'y' && n >= 6 && x->s[w->end - 2] == 'a' &&
		    speech_span_is_cal(x, w);
	switch (c) {
	case 'k':
		return is_word(x, w, "week");
	case 'h':
		return is_word(x, w, "month");
	case 'r':
		return is_word(x, w, "year");
	case 't':
		return is_word(x, w, "night");
	case 'g':
		return is_word(x, w, "morning") || is_word(x, w, "evening");
	case 'n':
		return is_word(x, w, "afternoon");
	default:
		return 0;
	}
}

/* Is w "today", "tonight" or "yesterday" in lower case? */
static int
deictic_day(const struct qx *x, const struct text_word *w)
{
	size_t n = w->end - w->start;
	char c = x->s[w->start];

	if (c == 't')
		return (n == 5 && is_word(x, w, "today")) ||
		    (n == 7 && is_word(x, w, "tonight"));
	return c == 'y' && n == 9 && is_word(x, w, "yesterday");
}

/*
 * Words of a time phrase that ends right before word j, blank between
 * its words: "at the time", "in the past", "in 2010", "on Tuesday", "last
 * week", "on Thursday evening"; else 0.  Not "in November", which ends a noun phrase as
 * often ("regain control of the Senate in November say").
 */
static size_t
time_before(const struct qx *x, struct sent *t, size_t j)
{
	const char *s = x->s;
	size_t n;

	/* the words before the gaps between them: asked at each word
	 * before a cue, and most are none of these (a word's length
	 * decides most) */
	if (j >= 4 && is_word(x, &t->w[j - 2], "the") &&
	    ((is_word(x, &t->w[j - 3], "at") && is_word(x, &t->w[j - 1],
	    "time")) || (is_word(x, &t->w[j - 3], "in") &&
	    is_word(x, &t->w[j - 1], "past"))) &&
	    text_gap_is_blank(s, t->w[j - 3].end, t->w[j - 2].start) &&
	    text_gap_is_blank(s, t->w[j - 2].end, t->w[j - 1].start) &&
	    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start))
		return 3;
	if (j >= 3 && ((is_word(x, &t->w[j - 2], "in") &&
	    (t->w[j - 1].flags & TEXT_W_DIGIT) &&
	    t->w[j - 1].end - t->w[j - 1].start == 4) ||
	    (is_word(x, &t->w[j - 2], "on") &&
	    (t->w[j - 1].flags & TEXT_W_CAP) && speech_span_is_cal(x,
	    &t->w[j - 1]))) &&
	    text_gap_is_blank(s, t->w[j - 2].end, t->w[j - 1].start) &&
	    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start))
		return 2;
	/* a day named from today: "Apple today announced", the press
	 * release's style, "Smith yesterday said" (the length and the
	 * first letter before the words) */
	if (j >= 2 && deictic_day(x, &t->w[j - 1]) &&
	    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start))
		return 1;
	/* the times a cue's adjunct is read as (speech_span_time_after):
	 * "The RNC this week announced", "Sherman last month joked",
	 * "Spicer on Thursday evening said", "Trump Tuesday said" */
	if (j < 2 || !time_ends(x, &t->w[j - 1]))
		return 0;
	for (n = TIME_WORDS_MAX; n > 0; n--) {
		size_t k = j - n, m;

		if (n >= j)
			continue;	/* a subject stands before it */
		for (m = k; m < j; m++)
			if (!text_gap_is_blank(s, t->w[m].end, t->w[m + 1].start))
				break;
		if (m == j && speech_span_time_after(x, t, k) == n)
			return n;
	}
	return 0;
}

/*
 * Is the verb of saying at word i, one that news inverts after what was
 * said ("said", "says", "added", "wrote", "explained", "noted"),
 * followed by its inverted subject ("..., said Ms. Gil, with games",
 * "..., said an American official who was briefed")?  An inverted
 * subject is followed by the sentence's end, a comma or an adjunct (a
 * function word, a time), never by a verb of its own: a name before any
 * other word ("said Latino voters are", "said Clinton didn't appear"),
 * a determiner's noun phrase (at most NP_WORDS_MAX + 1 words, up to a
 * function word) before a finite verb ("said the United States should
 * refuse") open the content.
 */
static int
inverted_after(const struct qx *x, struct sent *t, size_t i)
{
	const struct text_word *w = &t->w[i];
	struct attr o;
	struct text_word last, nw;
	size_t k, q;

	if (i + 1 >= t->n || (w->flags & TEXT_W_CAP) ||
	    !(is_word(x, w, "said") || is_word(x, w, "says") ||
	    is_word(x, w, "added") || is_word(x, w, "wrote") ||
	    is_word(x, w, "explained") || is_word(x, w, "noted")) ||
	    !text_gap_is_blank(x->s, w->end, t->w[i + 1].start))
		return 0;
	if (t->w[i + 1].flags & TEXT_W_CAP) {
		if (!speaker_mention_fwd(x->s, t->se, w->end, &o, &last))
			return 0;
		q = last.end;
		return !text_word_next(x->s, t->se, &q, &nw) ||
		    !text_gap_is_blank(x->s, last.end, nw.start) ||
		    lexicon_is(x->s, &nw, LX_FUNC | LX_CAL);
	}
	if (!(speech_wlx(x, t, i + 1) & LX_DET) ||
	    (speech_wlx(x, t, i + 1) & LX_PRON))
		return 0;
	for (k = i + 2; k < t->n && k - i <= NP_WORDS_MAX + 2; k++) {
		if (!text_gap_is_blank(x->s, t->w[k - 1].end, t->w[k].start) ||
		    ((speech_wlx(x, t, k) & LX_FUNC) &&
		    !is_word(x, &t->w[k], "of")))
			return 1;
		if (speech_is_finite_aux(x, &t->w[k]) ||
		    speech_is_neg_aux(x, &t->w[k]))
			return 0;
	}
	return 1;
}

/* Words of a parenthesis set off by commas between a clause's subject
 * and its verb: "Rep. Gregory W. Meeks (D-N.Y.), chairman of the
 * Congressional Black Caucus PAC, said" is 6 words, "Republican
 * lawmakers, who are close to many of the industries that oppose the
 * new rule, have vowed" 14; news relatives run to some 20 words. */
#define SETOFF_WORDS_MAX	24

/*
 * The subject before a parenthesis set off by commas that ends right
 * before the verb group at word j ("Democratic economists, like their
 * Republican counterparts, say", "The Future45 group, funded by major
 * GOP donors, is planning", "Mr. Taylor's group, March for Bernie at
 * DNC, plans"): an appositive, a relative clause, a participle or a
 * prepositional phrase stands between a subject and its verb only set
 * off on both sides, so the noun phrase before the opening comma is the
 * verb's subject when it opens its clause (the sentence's first word, or
 * one after a comma or a sentence's opening conjunction), none of it
 * inside a quote.  The opening comma is the last one within
 * SETOFF_WORDS_MAX words before the closing one; the subject a mention
 * read back from it, else a bare noun phrase of at most NOUN_WORDS_MAX
 * words, no function word but a determiner or "of", no verb form.
 * Out of line: asked of few cues, it keeps speech_subject_before's
 * small tests inlined (inlined, it cost four times as much).
 */
static __attribute__((noinline)) int
setoff_subject(struct qx *x, struct sent *t, size_t i, size_t j,
    struct attr *a)
{
	const char *s = x->s;
	size_t k, c, o, at, e, q;

	/* the closing comma before the verb, a parenthesis's or an
	 * abbreviation's closing bytes before it, no quote mark */
	if (j < 3 || speech_char_before(s, t->ss, t->w[j].start, &at) !=
	    ',' || speech_quote_around(x, t, t->w[j].start) != 0 ||
	    (j == i && inverted_after(x, t, i)))
		return 0;
	for (q = t->w[j - 1].end; q + 1 < at; q++)
		if (s[q] != '.' && s[q] != ')')
			return 0;
	/* the opening comma: the gap before word k */
	for (k = j - 1; k > 0 && j - k <= SETOFF_WORDS_MAX; k--)
		if (!text_gap_is_blank(s, t->w[k - 1].end, t->w[k].start))
			break;
	if (k == 0 || j - k > SETOFF_WORDS_MAX ||
	    speech_char_before(s, t->ss, t->w[k].start, &at) != ',' ||
	    speech_quote_around(x, t, at - 1) != 0)
		return 0;
	/* past a parenthesis: "Sen. Tim Kaine (D-Va.), promised" */
	e = at - 1;
	if (e > t->ss && s[e - 1] == ')')
		for (q = e - 1; q > t->ss && e - q < PAREN_BYTES_MAX; q--)
			if (s[q - 1] == '(') {
				e = q - 1;
				while (e > t->ss && s[e - 1] == ' ')
					e--;
				break;
			}
	/* the subject: a mention that opens its clause */
	memset(a, 0, sizeof(*a));
	if (speaker_mention_back_in(s, t->ss, e, a, t->w, k)) {
		for (o = 0; o < k && t->w[o].start < a->ms; o++)
			;
		if (o < k && t->w[o].start == a->ms &&
		    (speech_opens_clause_at(x, t, o) || (o == 1 &&
		    (t->w[0].flags & TEXT_W_CAP) &&
		    (speech_wlx(x, t, 0) & LX_FUNC) &&
		    !(speech_wlx(x, t, 0) & (LX_DET | LX_PRON)))))
			return 1;
	}
	/* a bare noun phrase: "Democratic economists" */
	memset(a, 0, sizeof(*a));
	for (c = k; c > 0 && k - c < NOUN_WORDS_MAX; c--) {
		const struct text_word *bw = &t->w[c - 1];
		uint32_t lx = speech_wlx(x, t, c - 1);

		if (((lx & (LX_FUNC | SPEECH_CUES | LX_PRON)) &&
		    !(lx & LX_DET) && !is_word(x, bw, "of")) ||
		    (!(bw->flags & TEXT_W_CAP) &&
		    (speech_ends_with(x, bw, "ed") ||
		    speech_ends_with(x, bw, "ing"))) ||
		    speech_span_is_aux(x, bw))
			return 0;
		if (speech_opens_clause_at(x, t, c - 1))
			break;
	}
	if (c == 0 || !speech_opens_clause_at(x, t, c - 1))
		return 0;
	c--;
	a->ms = t->w[c].start;
	a->me = t->w[k - 1].end;
	return 1;
}

/* Words of a relative clause between "who" and a name, its object:
 * "who spoke with", "who have worked for". */
#define RELATIVE_WORDS_MAX	4

/*
 * Is the mention that starts at byte ms, before word j, the object of a
 * relative clause: "who" and one to RELATIVE_WORDS_MAX lower-case words
 * (a verb and its preposition) before it, blanks between, and a
 * lower-case noun right before "who" ("officials who spoke with The
 * Huffington Post"; capitalised only as the sentence's first word)?
 * The index of that noun plus one, or 0.
 */
static size_t
relative_head(const struct qx *x, struct sent *t, size_t ms, size_t j)
{
	size_t k = speech_word_ending_after(t, ms), n;

	if (k > j || k < 3 || k == t->n || t->w[k].start != ms)
		return 0;
	for (n = 0; n <= RELATIVE_WORDS_MAX && k > 1; n++, k--) {
		const struct text_word *w = &t->w[k - 1];

		if (!text_gap_is_blank(x->s, w->end, t->w[k].start) ||
		    (w->flags & (TEXT_W_CAP | TEXT_W_DIGIT)))
			return 0;
		if (is_word(x, w, "who"))
			break;
	}
	if (n == 0 || n > RELATIVE_WORDS_MAX || k < 2 ||
	    !is_word(x, &t->w[k - 1], "who"))
		return 0;
	/* the noun before "who", no comma between (a non-restrictive
	 * clause after a name is the appositive reading's) */
	if (!text_gap_is_blank(x->s, t->w[k - 2].end, t->w[k - 1].start) ||
	    (t->w[k - 2].flags & TEXT_W_DIGIT) || ((t->w[k - 2].flags &
	    TEXT_W_CAP) && k - 2 > 0) ||
	    (speech_wlx(x, t, k - 2) & (LX_FUNC | LX_DET | LX_PRON | LX_CUE)))
		return 0;
	return k - 1;
}

/*
 * The subject of a cue at word i: back over adverbs and auxiliaries ("has
 * also said"), over an appositive ("Smith, a pollster, said"), to a
 * pronoun, a name or a nominal.
 */
int
speech_subject_before(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	const char *s = x->s;
	size_t j = i, k, pos, at;
	/* "They are hoping to", "have been calling for": before a
	 * participle, be is the progressive's auxiliary; before an
	 * adjective of attitude, be and the perfect's have are its copula
	 * ("Republicans have been critical of", "These voters are
	 * skeptical of") */
	int ing = speech_ends_with(x, &t->w[i], "ing");
	int adj = (speech_wlx(x, t, i) & LX_ADJ) != 0;

	for (k = 0; k < AUX_WORDS_MAX + 1 && j > 0; k++) {
		const struct text_word *pw = &t->w[j - 1];
		size_t m;

		/* a time between the subject and its verb: "Trump at the
		 * time said", "who in 2010 said", "have in the past said" */
		if (k < AUX_WORDS_MAX && (m = time_before(x, t, j)) != 0) {
			j -= m;
			continue;
		}
		/* a capitalised word ("Smith said") can be "Not" only:
		 * the adverb, modal and auxiliary tests are of lower-case
		 * words */
		if (!text_gap_is_blank(s, pw->end, t->w[j].start) ||
		    ((pw->flags & TEXT_W_CAP) ? !is_word(x, pw, "not") :
		    !(speech_is_adverb(x, t, j - 1) || is_word(x, pw, "not") ||
		    is_modal(x, pw) || speech_is_neg_aux(x, pw) ||
		    ((ing || adj) && speech_span_is_be(x, pw)) ||
		    (adj && is_degree(x, pw)) ||
		    (adj && (is_word(x, pw, "has") || is_word(x, pw, "have") ||
		    is_word(x, pw, "had"))))))
			break;
		j--;
	}
	pos = t->w[j].start;
	/* "Lewandowski continued to say [...]", "He went on to explain
	 * [...]": after a verb of continuing or beginning and "to", the
	 * subject is that verb's */
	if (j >= 3 && t->w[j - 1].end - t->w[j - 1].start == 2 &&
	    (k = speech_subject_chain_verb(x, t, j)) != 0)
		return speech_subject_before(x, t, k, a);
	/* a quantifier that stands for people: "Some said", "many
	 * believe", "others argue" (the mention readers take it for a
	 * bare determiner) */
	if (j > 0 && speech_is_quantifier(x, &t->w[j - 1]) &&
	    text_gap_is_blank(s, t->w[j - 1].end, pos) &&
	    (speech_subject_bare_cue(x, &t->w[i]) || (i + 1 < t->n &&
	    is_word(x, &t->w[i + 1], "that")) ||
	    (quantifier_agrees(x, &t->w[j - 1], &t->w[i], j < i) &&
	    !(j >= 2 && speech_span_is_be(x, &t->w[j - 2]))))) {
		memset(a, 0, sizeof(*a));
		a->ms = t->w[j - 1].start;
		a->me = t->w[j - 1].end;
		a->found = 1;
		return SUBJ_BARE;
	}
	/* "42% say", "Two in three said": a share of those polled */
	if (j > 0 && ((t->w[j - 1].flags & TEXT_W_DIGIT) ||
	    (t->w[j - 1].end - t->w[j - 1].start == 7 &&
	    (x->s[t->w[j - 1].start] | 0x20) == 'p') || (j >= 3 &&
	    t->w[j - 2].end - t->w[j - 2].start == 2)) &&
	    share_subject(x, t, i, j, pos, a))
		return SUBJ_BARE;
	/* "Putin's message said": the possessor speaks through it; a
	 * time or a place never does ("Monday's report said": the
	 * nominal is the mention, with no name) */
	if (j >= 2 && (t->w[j - 2].flags & TEXT_W_POSS) &&
	    (t->w[j - 2].flags & TEXT_W_CAP) && !(t->w[j - 1].flags &
	    TEXT_W_CAP) && text_gap_is_blank(s, t->w[j - 2].end,
	    t->w[j - 1].start) && text_gap_is_blank(s, t->w[j - 1].end,
	    pos)) {
		memset(a, 0, sizeof(*a));
		a->ms = a->ns = t->w[j - 2].start;
		a->ne = text_word_stem_end(s, &t->w[j - 2]);
		a->me = t->w[j - 1].end;
		if (speaker_kind_of(s, a->ne, a->ns, a->ne) == SPEAKER_NONE)
			a->ns = a->ne = 0;
		goto found;
	}
	if (speaker_mention_back_in(s, t->ss, pos, a, t->w, j)) {
		/* "officials who spoke with The Huffington Post said": a
		 * name in a relative clause is its object, and the subject
		 * is the noun the clause modifies */
		if (a->ns < a->ne && (k = relative_head(x, t, a->ms, j)) != 0) {
			size_t h = k - 1;

			if (!speaker_mention_back_in(s, t->ss, t->w[h].end, a,
			    t->w, h + 1)) {
				memset(a, 0, sizeof(*a));
				a->ms = t->w[h].start;
				a->me = t->w[h].end;
			}
		}
		goto found;
	}
	/* "Sen. Marco Rubio (R-Fla.) said": past the parenthesis */
	if (speech_char_before(s, t->ss, pos, &at) == ')') {
		const char *open = NULL;
		size_t lo = at - t->ss > PAREN_BYTES_MAX ? at -
		    PAREN_BYTES_MAX : t->ss, q;

		for (q = at - 1; q > lo; q--)
			if (s[q - 1] == '(') {
				open = s + q - 1;
				break;
			}
		if (open != NULL && speaker_mention_back_in(s, t->ss,
		    (size_t)(open - s), a, t->w, j))
			goto found;
	}
	/* an appositive closed by a comma right before the cue; the one
	 * before opens it, or one further back ("Marley Anderson, 21, a
	 * junior from Las Vegas, said") */
	if (speech_char_before(s, t->ss, pos, &at) == ',' && j > 0) {
		size_t c;
		struct attr m;
		enum speaker_kind kind;
		/* the name before the comma, read once for the two readings
		 * below, not once for each */
		int named = at > t->ss + 1 && speaker_mention_back_in(s,
		    t->ss, at - 1, a, t->w, j) && a->ns < a->ne &&
		    speech_char_before(s, t->ss, a->ms, &c) == ',' &&
		    c > t->ss + 1;

		/* the name is the appositive of a nominal: "A Twitter
		 * spokesman, Christopher Abboud, said"; a person's name
		 * after one whose name is a preposition's complement too
		 * ("His former business partner at Lenox, Lawrence B.
		 * Cummings, said"; not "a retiree in Carthage, Ill.") */
		if (named &&
		    speaker_mention_back_in(s, t->ss, c - 1, &m, t->w, j) &&
		    (m.ns == m.ne || (m.complement && speaker_kind_of(s,
		    a->ne, a->ns, a->ne) == SPEAKER_PERSON)) && !m.pronoun) {
			a->ms = m.ms;	/* the mention is both */
			goto appos;
		}
		/* a person's name is the appositive of a description that
		 * opens the clause, when the description holds a name of
		 * its own: "The mayor of Chicago, Rahm Emanuel, said",
		 * "The Chancellor, Rishi Sunak, said" (news style names
		 * the holder of an office after it) */
		if (named && (k = description_before(x, t, c - 1, j)) != 0 &&
		    (kind = speaker_kind_of(s, a->ne, a->ns, a->ne),
		    kind == SPEAKER_PERSON || kind == SPEAKER_MAYBE)) {
			a->ms = t->w[k - 1].start;
			goto appos;
		}
		/* a possessor's noun before it: "Clinton's attorney, David
		 * Kendall, said" (the inverted ", said X" reading took the
		 * nominal for the content) */
		if (named && (k = possessed_noun(x, t, c - 1, j)) != 0) {
			a->ms = t->w[k - 1].start;
			goto appos;
		}
		for (k = 2; k <= APPOS_WORDS_MAX && k <= j; k++) {
			size_t e = t->w[j - k].end;

			/* a nominal before a relative clause: "A White
			 * House official, who requested anonymity, said" */
			if (e + 1 < at && s[e] == ',' &&
			    speaker_mention_back_in(s, t->ss, e, a, t->w,
			    j - k + 1) &&
			    (a->ns < a->ne || a->pronoun ||
			    is_word(x, &t->w[j - k + 1], "who")))
				goto appos;
		}
		if ((!ing || aux_between(x, t, j, i)) &&
		    setoff_subject(x, t, i, j, a))
			goto found;
		memset(a, 0, sizeof(*a));
	}
	if ((k = (size_t)subject_fallback(x, t, i, j, a, 0)) != 0) {
		a->found = 1;
		return k == SUBJ_COORD || k == SUBJ_RELATIVE ? (int)k :
		    SUBJ_BARE;
	}
	/* "Cement makers, for instance, argue that", "The government,
	 * however, refused": a parenthetical adverb set off by commas
	 * between the subject and its verb */
	if ((k = parenthetical_start(x, t, j)) != 0) {
		memset(a, 0, sizeof(*a));
		if (speaker_mention_back(s, t->ss, t->w[k - 1].end, a))
			goto found;
		if (subject_fallback(x, t, i, k, a, 1) != 0) {
			a->found = 1;
			return SUBJ_BARE;
		}
		memset(a, 0, sizeof(*a));
	}
	return 0;
appos:
	/* a participle set off by a comma has no subject of its own
	 * before it: the name and its appositive are the inverted subject
	 * of a cue before them ("...," said Tommy Vietor, a former
	 * spokesman, recalling"), or the clause's object ("In May, a judge
	 * sided with the Democrats, saying": the clause's subject speaks,
	 * speech_participle_subject) */
	if (ing && j == i && !after_cue(x, t, a->ms)) {
		memset(a, 0, sizeof(*a));
		return 0;
	}
found:
	/* a bare determiner is no subject ("the said") */
	if (a->me - a->ms <= 3 && !a->pronoun && a->ns == a->ne &&
	    !(text_is_upper(text_char_at(s, a->me, a->ms))))
		return 0;
	a->found = 1;
	return 1;
}
