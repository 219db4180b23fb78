/*
 * speech_subordinate.c — the subordinate clause a cue stands in: "Though
 * she never mentioned [Sanders by name], Clinton cast ...", "When Trump
 * launched his campaign by talking about [Mexican rapists and the wall],
 * his critics ...", "With Trump attacking [the judge], Republicans were
 * ...": its content ends at the comma that ends the clause.
 *
 * This file owns that end (speech_subordinate_end), asked by the forward
 * and object constructions (speech_form.c, speech_object.c), and the
 * tests of the words that open such a clause (subordinators, a
 * sentence-opening preposition).
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/* Is w a preposition that may open a sentence with a phrase of its own
 * before the clause: "In", "With", "Despite", "Without", "Like"...? */
static int
fronted_prep(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit preps[] = {
		SPEECH_LIT("in"), SPEECH_LIT("with"), SPEECH_LIT("despite"),
		SPEECH_LIT("without"), SPEECH_LIT("like"),
		SPEECH_LIT("unlike"), SPEECH_LIT("upon"), SPEECH_LIT("by"),
		SPEECH_LIT("amid"), SPEECH_LIT("during"),
		SPEECH_LIT("following"), SPEECH_LIT("on"), SPEECH_LIT("at"),
		SPEECH_LIT("throughout"), SPEECH_LIT("besides"),
	};

	return speech_range_in(x->s, w->start, w->end, preps,
	    sizeof(preps) / sizeof(preps[0]));
}

/* Does w open a subordinate clause: "when", "after", "because" ...?
 * By length first: asked of every word back from a cue to a comma,
 * most of other lengths. */
static int
subordinator(const struct qx *x, const struct text_word *w)
{
	switch (w->end - w->start) {
	case 2:
		return is_word(x, w, "if");
	case 4:
		return is_word(x, w, "when") || is_word(x, w, "once");
	case 5:
		return is_word(x, w, "after") || is_word(x, w, "while") ||
		    is_word(x, w, "since") || is_word(x, w, "until");
	case 6:
		return is_word(x, w, "though") || is_word(x, w, "before");
	case 7:
		return is_word(x, w, "because");
	case 8:
		return is_word(x, w, "although") ||
		    is_word(x, w, "whenever");
	default:
		return 0;
	}
}

/*
 * Is the cue at word i inside a clause a subordinator opens ("when the
 * senator waved and said CLAUSE, the band played", "After Smith said
 * CLAUSE, ...")?  Read back to the sentence's start or a comma.  "As"
 * only with as_too, opening the clause ("As Trump attacked [Clinton],
 * the crowd chanted", "Even as he accused [...], ..."): a clause after
 * the cue ("As Smith said, CLAUSE") is the content after the comma.
 * 1 for those; 2 inside a phrase a sentence-opening preposition opens
 * (fronted_prep); else 0.
 */
static int
in_subordinate(const struct qx *x, struct sent *t, size_t i, int as_too)
{
	size_t j;

	for (j = i; j > 0; j--) {
		const struct text_word *w = &t->w[j - 1];

		if (j < i && speech_char_after(x->s, t->w[j].start,
		    w->end) == ',')
			return 0;
		if (as_too && is_word(x, w, "as") && (j == 1 ||
		    speech_char_after(x->s, w->start, t->w[j - 2].end) ==
		    ',' || (j == 2 && (is_word(x, &t->w[0], "even") ||
		    is_word(x, &t->w[0], "just")))))
			return 1;
		if (subordinator(x, w))
			return 1;
	}
	/* a preposition that opens the sentence opens a phrase set off by
	 * its comma ("With Trump attacking [the judge], Republicans were",
	 * "In a statement announcing [the pick], the union called"): no
	 * comma before the cue, not even one inside a quote; not a cue
	 * right after it ("In rejecting the challenge, ...": the fronted
	 * participle's own reading) */
	return i > 1 && (t->w[0].flags & TEXT_W_CAP) &&
	    fronted_prep(x, &t->w[0]) && memchr(x->s + t->w[0].end, ',',
	    t->w[i].start - t->w[0].end) == NULL ? 2 : 0;
}

/*
 * The end of a content [cs, ce) whose cue stands in a clause a
 * subordinator opens ("Though she never mentioned [Sanders by name],
 * Clinton cast ...", "When Trump launched his campaign by talking about
 * [Mexican rapists and the wall], his critics ..."): the comma that ends
 * the subordinate clause, when no quote stands before it; else ce.
 */
size_t
speech_subordinate_end(const struct qx *x, struct sent *t, size_t i,
    size_t cs, size_t ce, int as_too)
{
	const char *comma;
	size_t at, p, k = i + 1;
	int sub;

	/* "Trump, appearing after Clinton at the forum, cited": the
	 * comma before the cue closes a clause of the subject's */
	if (i == 0 || speech_char_before(x->s, t->w[i - 1].end,
	    t->w[i].start, NULL) == ',' ||
	    (sub = in_subordinate(x, t, i, as_too)) == 0)
		return ce;
	for (p = cs; (comma = speech_form_clause_comma(x->s, p, ce)) != NULL;
	    p = at + 1) {
		at = (size_t)(comma - x->s);
		if (speech_span_quote_between(x, t, cs, at))
			return ce;
		/* "In a letter that Quill wrote, [Lazar is ...]": the
		 * phrase ends at the cue, the content follows its comma */
		if (sub == 2 && text_all_space(x->s, cs, at))
			return ce;
		/* not a comma inside the object: a list or its
		 * "including" */
		while (k < t->n && t->w[k].start <= at)
			k++;
		if (speech_list_goes_on(x, t, k, 0))
			continue;
		return at;
	}
	return ce;
}
