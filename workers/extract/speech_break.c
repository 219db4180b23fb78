/*
 * speech_break.c — where a content's clause breaks for a new act of its
 * source's ("said the plan would fail and added ...", "blasted Rubio and
 * defended Cruz", ", saying ...") or for an attribution coordinated with
 * it ("and the company said it would not"): speech_break_end
 * and its tests of the words after "and"/"but" (a past verb of speech,
 * an object's noun phrase, a base or present form, a contraction).  The
 * other span cuts are speech_span.c's.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/*
 * Is word k a past form of a verb of speech ("said", "added", "told",
 * "called" someone something)?  After "and" or "but" it is a new act of
 * the source's; verbs of thought and stance are left out ("and
 * thought", "and supported" go on the content's subject as often), and
 * so are the base and -s forms ("and state", "and demands").
 */
static int
is_past_speech_verb(const struct qx *x, struct sent *t, size_t k)
{
	const struct text_word *w = &t->w[k];

	if ((w->flags & TEXT_W_CAP) ||
	    !(speech_wlx(x, t, k) & (LX_CUE | LX_NAMING)))
		return 0;
	if (speech_ends_with(x, w, "ed") || is_word(x, w, "said") ||
	    is_word(x, w, "told") || is_word(x, w, "wrote"))
		return 1;
	/* the -s form of a verb of saying proper ("and says he", "but
	 * argues that", "and tells the crowd"), not a plural noun ("and
	 * claims of momentum") */
	return speech_ends_with(x, w, "s") && !speech_ends_with(x, w, "ss") &&
	    !(speech_wlx(x, t, k) & (LX_STANCE | LX_REPORT)) &&
	    !(k + 1 < t->n && is_word(x, &t->w[k + 1], "of"));
}

/* Words of a noun-phrase object read back from "and" for object_act:
 * a determiner, two modifiers, a noun and a phrase of four after it
 * ("record sales over Thanksgiving weekend" is five); a longer object
 * holds a clause often enough (a contact clause, "the way the
 * candidates approach the issue", has no word that marks it). */
#define NP_OBJECT_WORDS_MAX	8

/*
 * May word k, after a verb of the source's, open its object: a
 * determiner, an object pronoun, "that", "to", "more", a name or a
 * number ("and expect more", "and swears Latinos love him")?  Not a
 * noun a cue's noun form modifies ("and text messages", "and call
 * centers") nor a preposition ("and fear of life").
 */
static int
object_opens(const struct qx *x, struct sent *t, size_t k)
{
	const struct text_word *w = &t->w[k];

	if (w->flags & (TEXT_W_CAP | TEXT_W_DIGIT))
		return 1;
	return (speech_wlx(x, t, k) & LX_DET) || is_word(x, w, "that") ||
	    is_word(x, w, "to") || is_word(x, w, "more") ||
	    is_word(x, w, "him") || is_word(x, w, "them") ||
	    is_word(x, w, "us") || is_word(x, w, "it");
}

/*
 * Is word m of a content a mark of a clause: a pronoun subject, an
 * auxiliary, a verb in -ed or one the lexicon knows, an infinitive's
 * "to", a relative or subordinating word, a contraction ("won't",
 * "he'd")?  Capitals are names.
 */
static int
clause_word(const struct qx *x, struct sent *t, size_t m)
{
	static const struct speech_lit rel[] = {
		SPEECH_LIT("that"), SPEECH_LIT("to"), SPEECH_LIT("who"),
		SPEECH_LIT("which"), SPEECH_LIT("whom"), SPEECH_LIT("whose"),
		SPEECH_LIT("where"), SPEECH_LIT("when"), SPEECH_LIT("if"),
		SPEECH_LIT("whether"), SPEECH_LIT("how"), SPEECH_LIT("why"),
		SPEECH_LIT("what"), SPEECH_LIT("not"),
	};
	const struct text_word *w = &t->w[m];

	if (w->flags & TEXT_W_CAP)
		return 0;
	return speech_is_finite_aux(x, w) || speech_is_neg_aux(x, w) ||
	    speech_ends_with(x, w, "ed") ||
	    (speech_wlx(x, t, m) & (LX_PRON | SPEECH_KEPT)) ||
	    speech_range_in(x->s, w->start, w->end, rel,
	    sizeof(rel) / sizeof(rel[0])) ||
	    (!(w->flags & TEXT_W_POSS) && (memchr(x->s + w->start, '\'',
	    w->end - w->start) != NULL || memmem(x->s + w->start,
	    w->end - w->start, "\xe2\x80\x99", 3) != NULL));
}

/*
 * Is the word v a base form the lexicon knows by its -s form ("expect",
 * "expects")?  Not an irregular past ("found", "thought"): a clause
 * whose verb is a past the object test does not know ("Rubio broke
 * ranks with his party and found ...") goes on with one.
 */
static int
base_form(const struct qx *x, const struct text_word *v)
{
	char b[TEXT_LEX_WORD_MAX];
	struct text_word w = { 0, 0, 0 };
	size_t n = v->end - v->start;

	if (n + 1 > sizeof(b))
		return 0;
	memcpy(b, x->s + v->start, n);
	b[n] = 's';
	w.end = n + 1;
	return (lexicon_of(b, &w) & SPEECH_CUES) != 0;
}

/*
 * Is the cue at word k, after "and" or "but", the source's next act
 * past a noun-phrase object: "Retailers reported [record sales over
 * Thanksgiving weekend] and expect more", "... but warn that"?  With no
 * verb in the content there is no subject of its own the cue could go
 * on (the case is_past_speech_verb leaves to the content: "and
 * supports", "and thinks"), so an -s form of a cue is the source's, and
 * so is a base form (base_form) when the first cue is no -s form ("the
 * chain reports [sales] and expect" cannot agree).  Past forms are left
 * to is_past_speech_verb: a clause whose past the object test does not
 * know ("Rubio broke ranks ... and supported") goes on with one.  The
 * object is read back from "and", CONTENT_WORDS_MIN to
 * NP_OBJECT_WORDS_MAX words; a cue that is as often a noun (LX_NOUNCUE,
 * LX_DOC: "and call centers") or a title or place ("and state
 * offices") is left, and so is one its object does not follow
 * (object_opens).  Review S7: the outermost pass dropped the second act
 * when the first content ran over it.
 */
static int __attribute__((noinline))
object_act(const struct qx *x, struct sent *t, size_t k, size_t lo,
    size_t *at)
{
	const struct text_word *v = &t->w[k];
	size_t j = k - 1, m, n;

	/* "and" or "but" first: most cues follow neither */
	if (j > 0 && is_word(x, &t->w[j], "also"))
		j--;
	if (j < 1 || (t->w[j].flags & TEXT_W_CAP) ||
	    !(is_word(x, &t->w[j], "and") || is_word(x, &t->w[j], "but")) ||
	    t->w[j - 1].end <= lo)
		return 0;
	if ((v->flags & TEXT_W_CAP) || speech_ends_with(x, v, "ing") ||
	    speech_ends_with(x, v, "ed") ||
	    (speech_wlx(x, t, k) & (LX_NOUNCUE | LX_DOC | LX_ORG |
	    LX_TITLE)) || k + 1 >= t->n ||
	    !text_gap_is_blank(x->s, v->end, t->w[k + 1].start) ||
	    !object_opens(x, t, k + 1))
		return 0;
	for (m = j; m < k; m++)
		if (!text_gap_is_blank(x->s, t->w[m].end, t->w[m + 1].start))
			return 0;
	for (m = j, n = 0; m > 0 && t->w[m - 1].start >= lo; m--, n++)
		if (n == NP_OBJECT_WORDS_MAX || clause_word(x, t, m - 1))
			return 0;
	/* a shorter object is no item of its own: the cut would lose the
	 * first act ("fearing the exposure, and argue that") */
	if (n < CONTENT_WORDS_MIN)
		return 0;
	/* a content after "that" is a clause, whose verb the words above
	 * may not show ("that sales rose and expect") */
	if (m > 0 && is_word(x, &t->w[m - 1], "that"))
		return 0;
	/* an -s form, or a base form (base_form) that does not follow an
	 * -s cue, whose subject it cannot agree with */
	if (!speech_ends_with(x, v, "s") && (!base_form(x, v) || (m > 0 &&
	    speech_ends_with(x, &t->w[m - 1], "s") &&
	    !speech_ends_with(x, &t->w[m - 1], "ss"))))
		return 0;
	*at = t->w[j - 1].end;
	return 1;
}

/*
 * Does the cue at word k open a clause that is a new act of the
 * source's: a participle of speech after a comma (", saying", ",
 * noting"), or a past verb of speech after "and" or "but", past a
 * pronoun and up to two adverbs ("and said", "but he also noted")?
 * *at is where the content before it ends.
 */
static int
opens_act(const struct qx *x, struct sent *t, size_t k, size_t lo,
    size_t *at)
{
	const char *s = x->s;
	size_t j = k, n;

	if (k == 0 || t->w[k - 1].end < lo)
		return 0;
	/* the comma may sit inside a fragment's closing mark ("was
	 * \"corrupt,\" noting ...") */
	if (speech_ends_with(x, &t->w[k], "ing") &&
	    !(t->w[k].flags & TEXT_W_CAP) && (speech_wlx(x, t, k) & LX_CUE))
		return speech_char_before(s, t->w[k - 1].end, t->w[k].start,
		    at) == ',' || (speech_span_clause_closed(x, t,
		    t->w[k].start, at) && *at > lo && !text_is_dash(
		    text_char_before(s, *at)));
	/* object_act's "and", "but" or "also" before it, by its first
	 * letter first: most cues follow none */
	if (!is_past_speech_verb(x, t, k))
		return ((s[t->w[k - 1].start] | 0x20) == 'a' ||
		    (s[t->w[k - 1].start] | 0x20) == 'b') &&
		    object_act(x, t, k, lo, at);
	for (n = 0; n < 2 && j > 1 && speech_is_adverb(x, t, j - 1); n++)
		j--;
	if (j > 1 && (speech_wlx(x, t, j - 1) & LX_PRON) &&
	    !(t->w[j - 1].flags & TEXT_W_CAP) &&
	    !is_word(x, &t->w[j - 1], "it") &&
	    !is_word(x, &t->w[j - 1], "they"))
		j--;
	if (j < 2 || t->w[j - 2].end < lo ||
	    (t->w[j - 1].flags & TEXT_W_CAP) ||
	    !(is_word(x, &t->w[j - 1], "and") ||
	    is_word(x, &t->w[j - 1], "but")))
		return 0;
	for (n = j - 1; n < k; n++)
		if (!text_gap_is_blank(s, t->w[n].end, t->w[n + 1].start))
			return 0;
	/* an -s form after a relative pronoun is the relative clause's
	 * own verb ("a man who speaks and tweets his mind") */
	if (speech_ends_with(x, &t->w[k], "s"))
		for (n = j - 1; n > 0 && t->w[n - 1].start >= lo; n--)
			if (is_word(x, &t->w[n - 1], "who") ||
			    is_word(x, &t->w[n - 1], "which"))
				return 0;
	*at = t->w[j - 2].end;
	return 1;
}

/* Do at least n words stand from byte lo up to word j? */
static int
words_from(const struct sent *t, size_t lo, size_t j, size_t n)
{
	for (; j > 0 && n > 0 && t->w[j - 1].start >= lo; j--)
		n--;
	return n == 0;
}

/*
 * Does "said" ("say", "says") at word k close an attribution coordinated
 * with the content's ("[Clinton is honest], and three-quarters said [the
 * same of Sanders]", "[they are set on him], while 22 percent said
 * [...]"): a comma, or CONTENT_WORDS_MIN words of content, before
 * and/but/while/whereas ("[they will not attend the convention] and
 * others have said [...]"), or a semicolon after such content, then a
 * subject of its own of at most COORD_SUBJECT_WORDS_MAX words, no
 * pronoun (nested speech, "and he said", is opens_act's), relative
 * word, cue or comma among them?
 * *at is where the content before it ends.
 */
static int
coordinate_attribution(const struct qx *x, struct sent *t, size_t k,
    size_t lo, size_t *at)
{
	const char *s = x->s;
	size_t j, p;
	uint32_t lx;

	if (!is_word(x, &t->w[k], "said") && !is_word(x, &t->w[k], "say") &&
	    !is_word(x, &t->w[k], "says"))
		return 0;
	for (j = k; j > 1 && k - j <= COORD_SUBJECT_WORDS_MAX; j--) {
		const struct text_word *w = &t->w[j - 1];

		if (t->w[j - 2].end < lo ||
		    !text_gap_is_blank(s, w->end, t->w[j].start))
			return 0;
		if (is_word(x, w, "and") || is_word(x, w, "but") ||
		    is_word(x, w, "while") || is_word(x, w, "whereas")) {
			/* without a comma, a clause before it: "[they will
			 * not attend] and others have said [...]"; not a
			 * subject coordinated inside nested speech ("said
			 * Jones and Brown said") */
			if (j == k || (speech_char_before(s, t->w[j - 2].end,
			    w->start, &p) != ',' &&
			    !words_from(t, lo, j - 1, CONTENT_WORDS_MIN)))
				return 0;
			*at = t->w[j - 2].end;
			return 1;
		}
		lx = speech_wlx(x, t, j - 1);
		if ((lx & SPEECH_CUES) || ((lx & LX_PRON) && !(lx & LX_DET)) ||
		    is_word(x, w, "that") || is_word(x, w, "who") ||
		    is_word(x, w, "which") || is_word(x, w, "whom") ||
		    is_word(x, w, "what") || is_word(x, w, "it"))
			return 0;
		/* a semicolon joins the two clauses with no conjunction:
		 * "[they are paying attention]; 26 percent of Democrats say
		 * [...]" */
		if (speech_char_before(s, t->w[j - 2].end, w->start, &p) ==
		    ';' && words_from(t, lo, j - 1, CONTENT_WORDS_MIN)) {
			*at = t->w[j - 2].end;
			return 1;
		}
	}
	return 0;
}

/*
 * The form of a verb for agreement between two coordinated cues: 'd'
 * for a past ("-ed", "said", "told", "wrote"), 's' for the third person
 * ("-s", not "-ss"), 0 for any other (a participle's "and" joins
 * gerunds in its object as often: "by reading [their pages] and
 * guessing passwords").
 */
static int
verb_form(const struct qx *x, const struct text_word *w)
{
	if (w->flags & TEXT_W_CAP)
		return 0;
	if (speech_ends_with(x, w, "ed") || is_word(x, w, "said") ||
	    is_word(x, w, "told") || is_word(x, w, "wrote"))
		return 'd';
	if (speech_ends_with(x, w, "s") && !speech_ends_with(x, w, "ss"))
		return 's';
	return 0;
}

/* Is w a lower-case word with an apostrophe inside, a subject with its
 * verb ("he’s", "they'd") as the first word of a content? */
static int
contraction(const struct qx *x, const struct text_word *w)
{
	const char *s = x->s;
	size_t p;

	if (w->flags & TEXT_W_CAP)
		return 0;
	for (p = w->start + 1; p + 1 < w->end; p++)
		if (s[p] == '\'' || (unsigned char)s[p] == 0xe2)
			return 1;
	return 0;
}

/*
 * Does a pronoun at c0 open a clause in the present that a past cue
 * reports: "he", "she" or "it" and a verb in -s ("said [she admires his
 * determination] and highlighted ...")?  The past verb after the
 * conjunction cannot be that clause's (sequence of tenses), so it is
 * the source's next act.
 */
static int
present_clause(const struct qx *x, struct sent *t, size_t c0, int f)
{
	const struct text_word *v;

	if (f != 'd' || c0 + 1 >= t->n || !(is_word(x, &t->w[c0], "he") ||
	    is_word(x, &t->w[c0], "she") || is_word(x, &t->w[c0], "it")))
		return 0;
	v = &t->w[c0 + 1];
	return verb_form(x, v) == 's' && !speech_is_finite_aux(x, v) &&
	    !(speech_wlx(x, t, c0 + 1) & (LX_FUNC | LX_DET));
}

/*
 * Does the kept cue at word k, after "and" or "but" and at most one
 * adverb, coordinate with the cue whose noun-phrase object the content
 * from cs is: "blasted [Rubio] and defended Cruz", "denies [any
 * wrongdoing] and points out that", "emphasizing [the state's
 * importance] and making his pitch"?  The two verbs share the form
 * (both past or both -s) and the content has no verb of its
 * own before the conjunction: no "that" before it, no subject pronoun
 * opening it (nor "he’s"), no possessive before the cue (an adjective:
 * "Clinton's supposed [divisiveness]"), no finite auxiliary and no
 * lower-case past in it (a clause's own verb might take the second one:
 * "said [she wanted change, but found him objectionable]").  *at is
 * where the content before it ends.
 */
static int
coordinate_act(const struct qx *x, struct sent *t, size_t k, size_t cs,
    size_t *at)
{
	const char *s = x->s;
	size_t j = k - 1, c0, m;
	int f;

	if (k < 3 || (t->w[k].flags & TEXT_W_CAP))
		return 0;
	if (speech_is_adverb(x, t, j))
		j--;
	if (!is_word(x, &t->w[j], "and") && !is_word(x, &t->w[j], "but"))
		return 0;
	for (c0 = j; c0 > 0 && t->w[c0 - 1].start >= cs; c0--)
		;
	/* c0: the content's first word; its cue before it */
	if (c0 == 0 || c0 >= j || t->w[c0 - 1].end > cs ||
	    (f = verb_form(x, &t->w[c0 - 1])) == 0 ||
	    f != verb_form(x, &t->w[k]) ||
	    contraction(x, &t->w[c0]) ||
	    (c0 >= 2 && (t->w[c0 - 2].flags & TEXT_W_POSS)) ||
	    ((speech_wlx(x, t, c0) & LX_PRON) && !present_clause(x, t, c0, f)))
		return 0;
	for (m = c0; m < j; m++) {
		const struct text_word *w = &t->w[m];

		if (!(w->flags & TEXT_W_CAP) &&
		    (speech_is_finite_aux(x, w) || speech_is_neg_aux(x, w) ||
		    (m > c0 && speech_ends_with(x, w, "ed"))))
			return 0;
	}
	for (m = j; m < k; m++)
		if (!text_gap_is_blank(s, t->w[m].end, t->w[m + 1].start))
			return 0;
	*at = t->w[j - 1].end;
	return !speech_span_quote_between(x, t, cs, *at);
}

/*
 * The end of the content of a cue that starts at cs: before the first
 * clause after it that is a new act of the source's ("said the plan would
 * fail and added ...", ", saying ...": opens_act, read among the
 * sentence's cue words) or the writer's comparison (", compared with");
 * else the sentence's end.  The comparison is searched in the bytes,
 * the words past the last cue not being read.
 */
size_t
speech_break_end(const struct qx *x, struct sent *t, size_t cs)
{
	const char *s = x->s;
	size_t k, y, at, ce = t->se;
	const char *c;

	/* the cue words (CUE_YES): the list of them */
	for (y = 0; y < t->nyes; y++) {
		k = t->yes[y];
		if (t->w[k].start <= cs)
			continue;
		if (opens_act(x, t, k, cs, &at) && at > cs) {
			ce = at;
			break;
		}
		if (coordinate_act(x, t, k, cs, &at) && at > cs) {
			ce = at;
			break;
		}
		if (coordinate_attribution(x, t, k, cs, &at) && at > cs &&
		    !speech_span_quote_between(x, t, cs, at)) {
			ce = at;
			break;
		}
	}
	/* ", compared ": commas are few, memmem() sets up a search each
	 * call */
	for (c = ce - cs > 11 ? memchr(s + cs, ',', ce - cs - 10) : NULL;
	    c != NULL && memcmp(c, ", compared ", 11) != 0;
	    c = (size_t)(c + 1 - s) < ce - 10 ? memchr(c + 1, ',',
	    ce - 10 - (size_t)(c + 1 - s)) : NULL)
		;
	return c == NULL || speech_span_quote_between(x, t, cs,
	    (size_t)(c - s)) ? ce : (size_t)(c - s);
}
