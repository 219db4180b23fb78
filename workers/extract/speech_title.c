/*
 * speech_title.c — reported speech in a headline written in Title Case
 * with a verb of the lexicon ("Conservative Icon Morton Blackwell
 * Endorses [Ted Cruz]"), read from one sentence whose words speech_cue.c
 * has read.  speech.c asks for it (speech_title_headline) only for a
 * sentence with no cue in lower case, and keeps the other headline
 * forms ("X Says ...", a source before a colon).
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/*
 * A headline in Title Case whose verb is a cue or a stance verb of the
 * lexicon: "Conservative Icon Morton Blackwell Endorses [Ted Cruz]",
 * "Mike Pence Calls for [Special Prosecutor] after Report Reveals ...",
 * "Zoe Saldana Asked [Men Everywhere To “Redefine Masculinity.”]",
 * "Ted Cruz Hints [Trump Would Get Border Wall Contract]".  News style
 * writes a headline in Title Case, without its articles, its verb in the
 * present (or the past, in features); PolNeAR annotates the words after
 * the verb as the content and the words before it as the source (89 %
 * of such lines on the dev set where no item stood).  "Says" is
 * speech_headline.c's headline_says; a headline with a source before a
 * colon is speech_headline.c's too.
 */

/* Title Case, held from the line's start: four capitalised words or
 * more to each lower-case word that is no small word of titles (the
 * four in five of headline_says, over the whole line); a sentence of
 * prose fails at its second or third word, before any lookup of a
 * capitalised word. */
#define TITLE_CAPS_PER_LOWER	4
/* Words before a headline's verb, its subject with its adverbs: "Jeb
 * Bush Super PAC Chief Praises", "Hollywood Actor Who Endorsed Ted Cruz
 * Just Called" (the dev set's longest) are 6 and 8. */
#define TITLE_SUBJECT_WORDS_MAX	9
/* Bytes of a headline's sentence, as speech_headline.c's rules read:
 * the longest on the dev set is under 150. */
#define TITLE_BYTES_MAX		200
/* Words of a headline: fewer is a label or a name. */
#define TITLE_WORDS_MIN		4

/* The classes of a headline's verb, and those that make a capitalised
 * word something else (a determiner, a title, a document: "Report
 * Reveals" has its verb after the document). */
#define TITLE_VERB_LX	(LX_CUE | LX_STANCE | LX_REPORT | LX_INTENT | \
	LX_PREPCUE | LX_NAMING | LX_THATCUE)
#define TITLE_NOT_VERB_LX	(LX_FUNC | LX_DET | LX_DOC | LX_CAL | \
	LX_TITLE | LX_ORG)

/* Is w a finite verb by its form: the present's -s ("Endorses", not a
 * possessive), a past in -ed, or a lexicon verb's irregular past? */
static int
title_finite(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit past[] = {
		SPEECH_LIT("told"), SPEECH_LIT("wrote"), SPEECH_LIT("spoke"),
		SPEECH_LIT("sought"), SPEECH_LIT("swore"),
		SPEECH_LIT("thought"), SPEECH_LIT("felt"), SPEECH_LIT("knew"),
	};
	const char *s = x->s;
	size_t n = w->end - w->start;

	if (n < 4 || (w->flags & TEXT_W_POSS))
		return 0;
	if ((s[w->end - 1] | 0x20) == 's' && (s[w->end - 2] | 0x20) != 's' &&
	    s[w->end - 2] != '\'')
		return 1;
	return speech_ends_with(x, w, "ed") || speech_range_in(s, w->start,
	    w->end, past, sizeof(past) / sizeof(past[0]));
}

/* Is w a base form after p, a plural noun's shape (-s, no -ss, no
 * possessive): the present agreeing with a plural subject ("2016
 * Democrats Call For [Action]", "Hedge Funds Support [Hillary
 * Clinton]")? */
static int
title_plural_base(const struct qx *x, const struct text_word *p,
    const struct text_word *w)
{
	const char *s = x->s;

	return p->end - p->start >= 4 && (s[p->end - 1] | 0x20) == 's' &&
	    (s[p->end - 2] | 0x20) != 's' && (s[w->end - 1] | 0x20) != 's' &&
	    !speech_ends_with(x, w, "ed") && !speech_ends_with(x, w, "ing");
}

/* Words after the verb that open an adjunct of time or cause or a
 * clause of its own, where the content ends ("Calls for [Special
 * Prosecutor] after Report Reveals ..."). */
static int
title_break(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit words[] = {
		SPEECH_LIT("after"), SPEECH_LIT("before"), SPEECH_LIT("while"),
		SPEECH_LIT("amid"), SPEECH_LIT("despite"),
		SPEECH_LIT("because"), SPEECH_LIT("but"),
		SPEECH_LIT("following"), SPEECH_LIT("until"),
		SPEECH_LIT("since"),
	};

	return speech_range_in(x->s, w->start, w->end, words,
	    sizeof(words) / sizeof(words[0]));
}

/* Words between the verb and its object that are the cue's: "Calls
 * For", "Calls Out", "Accused Of", "Responds To" (an infinitive's "To"
 * is the content's: "Vows [To Eliminate ...]"). */
static int
title_particle(const struct qx *x, const struct text_word *w, uint32_t lx)
{
	static const struct speech_lit words[] = {
		SPEECH_LIT("for"), SPEECH_LIT("on"), SPEECH_LIT("out"),
		SPEECH_LIT("of"), SPEECH_LIT("about"), SPEECH_LIT("that"),
		SPEECH_LIT("against"), SPEECH_LIT("at"),
	};

	if (is_word(x, w, "to"))
		return !(lx & LX_INTENT);
	return speech_range_in(x->s, w->start, w->end, words,
	    sizeof(words) / sizeof(words[0]));
}

/* Adverbs and auxiliaries between a headline's subject and its verb:
 * "May Not Have" in "Trump May Not Have Suggested". */
#define TITLE_AUX_MAX		4
/* The capitalised words a headline's reading keeps: those and the
 * subject's last word before them. */
#define TITLE_PREV		(TITLE_AUX_MAX + 1)

/*
 * Does the line [ss, se) end with a capitalised word or a number, past
 * its marks ("... Endorses Ted Cruz.", "... ‘Genocide.’")?  A headline
 * in Title Case does; most sentences of prose end in lower case, and
 * this is the cheapest test of the line (a dozen bytes).
 */
static int
title_last_capitalised(const char *s, size_t ss, size_t se)
{
	size_t p = se;

	while (p > ss && !speech_ascii_alnum((unsigned char)s[p - 1]))
		p--;
	while (p > ss && s[p - 1] != ' ')
		p--;
	while (p < se && !speech_ascii_alnum((unsigned char)s[p]))
		p++;
	return p < se && !speech_ascii_lower((unsigned char)s[p]);
}

/* Is [b, q), what follows a word's letters up to the next word, no
 * more than closing marks and blanks: no letter (a possessive's s), no
 * comma, colon, semicolon or stop?  A subject's word right before its
 * verb ends so. */
static int
title_clean_end(const char *s, size_t b, size_t q)
{
	for (; b < q; b++)
		if (speech_ascii_alnum((unsigned char)s[b]) || s[b] == ',' ||
		    s[b] == ':' || s[b] == ';' || s[b] == '.' || s[b] == '!' ||
		    s[b] == '?')
			return 0;
	return 1;
}

/* Is the capitalised w an adverb or an auxiliary between a headline's
 * subject and its verb ("Trump Just Announced", "Trump May Not Have
 * Suggested", "Tim Allen Just Got Asked"), no word of the subject? */
static int
title_adverb(const struct qx *x, const struct text_word *w, uint32_t lx)
{
	static const struct speech_lit aux[] = {
		SPEECH_LIT("not"), SPEECH_LIT("be"), SPEECH_LIT("been"),
		SPEECH_LIT("being"), SPEECH_LIT("got"), SPEECH_LIT("get"),
		SPEECH_LIT("gets"), SPEECH_LIT("very"), SPEECH_LIT("now"),
		SPEECH_LIT("do"),
	};

	return (lx & LX_ADV) || speech_ends_with(x, w, "ly") ||
	    speech_is_finite_aux(x, w) || speech_range_in(x->s, w->start,
	    w->end, aux, sizeof(aux) / sizeof(aux[0]));
}

/* Is there a comma, a colon, a semicolon or a dash in [a, b)? */
static int
title_stop_between(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (s[a] == ',' || s[a] == ':' || s[a] == ';' ||
		    (s[a] == '-' && a + 1 < b && (s[a + 1] == ' ' ||
		    s[a + 1] == '-')) || ((unsigned char)s[a] == 0xE2 &&
		    a + 2 < b && (unsigned char)s[a + 1] == 0x80 &&
		    ((unsigned char)s[a + 2] == 0x93 ||
		    (unsigned char)s[a + 2] == 0x94)))
			return 1;
	return 0;
}

/*
 * Read the line [p, e) as a Title Case headline, byte by byte (the
 * tokens between its spaces, each a run of ASCII letters and digits past
 * its opening marks), before any word is read whole: a sentence of
 * prose fails at its second or third word.  Title Case keeps
 * TITLE_CAPS_PER_LOWER capitalised words (or numbers) to each lower-case
 * one that is no small word of titles, at every word from its start,
 * and TITLE_WORDS_MIN words.  Its verb is the first finite form of the
 * lexicon's verbs (looked up only when its form is one) right after a
 * capitalised word of its subject, with no mark between.  1 with *v, *vlx
 * and *subj_end (the end of the subject's last word, before adverbs and
 * auxiliaries) when there is one.
 */
static int
title_read(const struct qx *x, size_t p, size_t e, struct text_word *v,
    uint32_t *vlx, size_t *subj_end)
{
	const char *s = x->s;
	size_t words = 0, caps = 0, lower = 0, small = 0, a, b, q, k;
	/* the capitalised words since the last small or lower-case word or
	 * mark, the last TITLE_AUX_MAX + 1 of them kept (n counts them
	 * all; word k is at k % TITLE_PREV) */
	struct text_word prev[TITLE_PREV], w;
	size_t n = 0;
	uint32_t lx;

	while (p < e) {
		/* its opening marks [p, a), letters [a, b), the rest to
		 * the space [b, q), read once */
		for (a = p; a < e && s[a] != ' ' &&
		    !speech_ascii_alnum((unsigned char)s[a]); a++)
			;
		for (b = a; b < e && speech_ascii_alnum((unsigned char)s[b]);
		    b++)
			;
		for (q = b; q < e && s[q] != ' '; q++)
			;
		w.start = a;
		w.end = b;
		w.flags = 0;
		if (a == q) {
			/* a dash or a mark alone */
			n = 0;
		} else if (speech_ascii_lower((unsigned char)s[a])) {
			words++;
			/* a run of five lower-case letters is no small
			 * word, without a lookup */
			if (b - a < 5 && (lexicon_of(s, &w) & LX_TSMALL))
				small++;
			else if (++lower * TITLE_CAPS_PER_LOWER > caps)
				return 0;
			n = 0;
		} else {
			/* the verb comes early or not at all */
			if (++words > TITLE_SUBJECT_WORDS_MAX && !v->end)
				return 0;
			caps++;
			w.flags = (unsigned char)s[a] <= '9' ? TEXT_W_DIGIT :
			    TEXT_W_CAP;
			/* the verb: right after a capitalised word that
			 * ends its token, itself a whole token */
			if (n > 0 && a == p && b == q && !v->end &&
			    !(w.flags & TEXT_W_DIGIT) && (title_finite(x, &w) ||
			    title_plural_base(x, &prev[(n - 1) % TITLE_PREV],
			    &w)) &&
			    title_clean_end(s, prev[(n - 1) % TITLE_PREV].end,
			    w.start) &&
			    ((lx = lexicon_of(s, &w)) & TITLE_VERB_LX) &&
			    !(lx & TITLE_NOT_VERB_LX) &&
			    !(lexicon_of(s, &prev[(n - 1) % TITLE_PREV]) &
			    (LX_FUNC | LX_DET | LX_TSMALL))) {
				if (is_word(x, &w, "says") ||
				    is_word(x, &w, "said"))
					return 0;	/* headline_says */
				/* the subject ends before its adverbs and
				 * auxiliaries */
				for (k = n; k > 0 && n - k < TITLE_PREV &&
				    title_adverb(x, &prev[(k - 1) % TITLE_PREV],
				    lexicon_of(s, &prev[(k - 1) % TITLE_PREV]));
				    k--)
					;
				if (k == 0 || n - k >= TITLE_PREV)
					return 0;
				*subj_end = prev[(k - 1) % TITLE_PREV].end;
				*v = w;
				*vlx = lx;
			} else if (!v->end)
				prev[n++ % TITLE_PREV] = w;
		}
		for (p = q; p < e && s[p] == ' '; p++)
			;
	}
	return v->end && words >= TITLE_WORDS_MIN &&
	    caps * 5 >= (words - small) * 4;
}

/*
 * Is the sentence [ss, se) a line of its own, the whole paragraph: a
 * line break (or the text's end) after it, past closing marks and
 * blanks?  A headline is one sentence; most paragraphs of prose are
 * more.
 */
static int
title_whole_line(const struct qx *x, size_t se)
{
	const char *s = x->s;
	size_t p = se;

	while (p < x->len && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r' ||
	    s[p] == '"' || s[p] == '\'' || (unsigned char)s[p] >= 0x80))
		p++;
	return p == x->len || s[p] == '\n';
}

/* The headline reading of the sentence t that opens a paragraph and
 * is all of it, past speech_title_headline's first tests: 1 when an
 * item was taken.  Kept out of line: most sentences never reach it. */
static __attribute__((noinline)) int
title_headline(struct qx *x, struct sent *t)
{
	const char *s = x->s;
	size_t p, from = t->ss, cs, ce, cue_end, subj_end = t->ss;
	struct text_word w, v, last;
	uint32_t vlx = 0;
	struct attr a;

	memset(&v, 0, sizeof(v));
	if (!title_whole_line(x, t->se) ||
	    !title_last_capitalised(s, t->ss, t->se) ||
	    !title_read(x, t->ss, t->se, &v, &vlx, &subj_end))
		return 0;
	/* the object after the verb and the words that are the cue's */
	p = v.end;
	if (!text_word_next(s, t->se, &p, &w))
		return 0;
	/* "Skewered By Carly Fiorina": a passive names no source before
	 * it; "Tax Plans Would Cost": a noun before its verb */
	if (is_word(x, &w, "by") || (lexicon_of(s, &w) & LX_ADV))
		return 0;
	cue_end = v.end;
	if (title_particle(x, &w, vlx)) {
		cue_end = w.end;
		if (!text_word_next(s, t->se, &p, &w))
			return 0;
	}
	if (title_stop_between(s, cue_end, w.start))
		return 0;
	cs = w.start;
	/* a quote mark that opens the content is the content's */
	if (cs > cue_end && (s[cs - 1] == '"' || s[cs - 1] == '\'' ||
	    (cs >= cue_end + 3 && (unsigned char)s[cs - 3] == 0xE2 &&
	    (unsigned char)s[cs - 2] == 0x80 &&
	    ((unsigned char)s[cs - 1] == 0x9C ||
	    (unsigned char)s[cs - 1] == 0x98))))
		cs -= (unsigned char)s[cs - 1] >= 0x80 ? 3 : 1;
	/* to a mark that ends a phrase, or an adjunct's opening word */
	for (ce = w.end; ; ce = w.end) {
		size_t q = p;

		if (!text_word_next(s, t->se, &q, &w) ||
		    title_stop_between(s, ce, w.start) ||
		    title_break(x, &w))
			break;
		p = q;
	}
	/* the closing mark of a quote that ends the content */
	while (ce < t->se && (s[ce] == '"' || s[ce] == '\'' ||
	    ((unsigned char)s[ce] == 0xE2 && ce + 2 < t->se &&
	    (unsigned char)s[ce + 1] == 0x80 &&
	    ((unsigned char)s[ce + 2] == 0x9D ||
	    (unsigned char)s[ce + 2] == 0x99))))
		ce += (unsigned char)s[ce] == 0xE2 ? 3 : 1;
	if (speech_taken(x, cs, ce))
		return 0;
	/* the source: the words before the verb, from the line's start
	 * or a comma or a colon ("Railing Against Trump, Sanders Vows") */
	for (p = t->ss; p < v.start; p++)
		if (s[p] == ',' || s[p] == ':')
			from = p + 1;
	while (from < v.start && (s[from] == ' ' || s[from] == '\t'))
		from++;
	if (subj_end <= from)
		return 0;
	memset(&a, 0, sizeof(a));
	if (!speaker_mention_fwd(s, subj_end, from, &a, &last) ||
	    a.ms != from) {
		memset(&a, 0, sizeof(a));
		a.ms = from;
		a.me = subj_end;
	}
	a.found = 1;
	a.cue = str_make(s + v.start, cue_end - v.start);
	return speech_emit(x, t, cs, ce, &a) == -1 ? -1 : 1;
}

/*
 * The headline reading of the sentence t, which holds no cue in lower
 * case (speech.c asks only then): 1 when an item was taken, 0 when the
 * sentence is no such headline.  A headline is a line of its own, at
 * most TITLE_BYTES_MAX bytes.
 */
int
speech_title_headline(struct qx *x, struct sent *t)
{
	if ((t->ss > 0 && x->s[t->ss - 1] != '\n') ||
	    t->se - t->ss > TITLE_BYTES_MAX)
		return 0;
	return title_headline(x, t);
}
