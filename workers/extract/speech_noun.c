/*
 * speech_noun.c — the nouns of speech acts and attitudes with the
 * preposition of their content: "Trump's attacks on [the judge]",
 * "questions about [his taxes]", "his call for [a ban]", "their
 * concerns about [the deal]".  PolNeAR annotates such a noun as the cue,
 * the object of its preposition as the content and the possessor as the
 * source (none when it names none: "the criticism of [his approach]").
 * Such a noun is also the subject of a copula whose predicate is its
 * content: "His concern is that [they will eliminate the position]".
 *
 * This file owns the nouns' table (with their prepositions) and the
 * construction, read once a sentence's other rules are done: a content
 * any of them took is left to them.  The nouns themselves are words of
 * quotes_lexicon.def (LX_NOUNCUE), which speech_cue.c notes for the
 * sentence (struct sent's nouns) without making them cues: the rules'
 * content ends, which stop at a cue, do not stop at them.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/*
 * The nouns and their preposition, by FrameNet frame: judging aloud
 * (Judgment_communication: criticism, critique, attack, condemnation,
 * denunciation, accusation, allegation, praise), asking for
 * (Request: call, demand, plea, appeal), asking about (Questioning:
 * question), saying (Statement: comment, remark, mention, complaint,
 * warning, claim) and the attitudes said of a thing (concern, doubt,
 * fear, worry).  Judgment_communication also names the verbal attack
 * by its figure, aimed "at" or "against" its target: a swipe, a dig, a
 * barb, a tirade, a broadside, a rant, a diatribe, a screed, insults
 * ("Trump also took multiple swipes at [Jeb Bush]", "his tirade
 * against [Harry Potter]"), and criticism aimed "on", "at" or "about"
 * ("keeping up his criticism on [his closest rivals]"), praise heaped
 * "on" its object and plaudits "for" it, and an apology "for" what the
 * speaker regrets (FrameNet's Apology: "makes no apologies for [his
 * candor]").  Not "jab",
 * a verb of the lexicon ("jabbed at"), nor "shots"/"potshots", fired
 * as often as said, nor "an insult to" (an offence, not a speech).
 * Taking sides (support for, opposition to) and opinions (view of,
 * position on) are left out: measured as a class they were gold in
 * fewer than three uses in ten.  Each noun in both numbers.
 */
#define NOUN_CUE(n, p)	{ n, p, sizeof(n) - 1, sizeof(p) - 1 }
static const struct {
	const char	*noun, *prep;
	size_t		 noun_len, prep_len;
} noun_cues[] = {
	NOUN_CUE("criticism", "of"), NOUN_CUE("criticism", "for"),
	NOUN_CUE("criticism", "over"), NOUN_CUE("criticisms", "of"),
	NOUN_CUE("critique", "of"), NOUN_CUE("critiques", "of"),
	NOUN_CUE("attack", "on"), NOUN_CUE("attacks", "on"),
	NOUN_CUE("attack", "against"), NOUN_CUE("attacks", "against"),
	NOUN_CUE("condemnation", "of"), NOUN_CUE("denunciation", "of"),
	NOUN_CUE("denunciations", "of"), NOUN_CUE("accusation", "of"),
	NOUN_CUE("accusations", "of"), NOUN_CUE("allegation", "of"),
	NOUN_CUE("allegations", "of"), NOUN_CUE("praise", "for"),
	NOUN_CUE("praise", "of"), NOUN_CUE("praise", "on"),
	NOUN_CUE("plaudits", "for"),
	NOUN_CUE("apology", "for"), NOUN_CUE("apologies", "for"),
	NOUN_CUE("criticism", "on"), NOUN_CUE("criticism", "at"),
	NOUN_CUE("criticism", "about"), NOUN_CUE("criticisms", "about"),
	NOUN_CUE("swipe", "at"), NOUN_CUE("swipes", "at"),
	NOUN_CUE("swipe", "against"), NOUN_CUE("swipes", "against"),
	NOUN_CUE("dig", "at"), NOUN_CUE("digs", "at"),
	NOUN_CUE("barb", "at"), NOUN_CUE("barbs", "at"),
	NOUN_CUE("barb", "about"), NOUN_CUE("barbs", "about"),
	NOUN_CUE("tirade", "against"), NOUN_CUE("tirades", "against"),
	NOUN_CUE("tirade", "about"), NOUN_CUE("tirades", "about"),
	NOUN_CUE("broadside", "against"), NOUN_CUE("broadsides", "against"),
	NOUN_CUE("broadside", "at"), NOUN_CUE("broadsides", "at"),
	NOUN_CUE("rant", "against"), NOUN_CUE("rants", "against"),
	NOUN_CUE("rant", "about"), NOUN_CUE("rants", "about"),
	NOUN_CUE("diatribe", "against"), NOUN_CUE("diatribes", "against"),
	NOUN_CUE("screed", "against"), NOUN_CUE("screeds", "against"),
	NOUN_CUE("insult", "at"), NOUN_CUE("insults", "at"),
	NOUN_CUE("insults", "against"), NOUN_CUE("insults", "toward"),
	NOUN_CUE("insults", "towards"),
	NOUN_CUE("call", "for"), NOUN_CUE("calls", "for"),
	NOUN_CUE("demand", "for"), NOUN_CUE("demands", "for"),
	NOUN_CUE("plea", "for"), NOUN_CUE("pleas", "for"),
	NOUN_CUE("appeal", "for"), NOUN_CUE("appeals", "for"),
	NOUN_CUE("question", "about"), NOUN_CUE("questions", "about"),
	NOUN_CUE("comment", "on"), NOUN_CUE("comments", "on"),
	NOUN_CUE("comment", "about"), NOUN_CUE("comments", "about"),
	NOUN_CUE("remark", "about"), NOUN_CUE("remarks", "about"),
	NOUN_CUE("remark", "on"), NOUN_CUE("remarks", "on"),
	NOUN_CUE("mention", "of"), NOUN_CUE("complaint", "about"),
	NOUN_CUE("complaints", "about"), NOUN_CUE("warning", "about"),
	NOUN_CUE("warnings", "about"), NOUN_CUE("warning", "of"),
	NOUN_CUE("warnings", "of"), NOUN_CUE("claim", "of"),
	NOUN_CUE("claims", "of"),
	NOUN_CUE("concern", "about"), NOUN_CUE("concerns", "about"),
	NOUN_CUE("concern", "over"), NOUN_CUE("concerns", "over"),
	NOUN_CUE("doubt", "about"), NOUN_CUE("doubts", "about"),
	NOUN_CUE("fear", "of"), NOUN_CUE("fears", "of"),
	NOUN_CUE("fear", "about"), NOUN_CUE("fears", "about"),
	NOUN_CUE("worry", "about"), NOUN_CUE("worries", "about"),
	/* Statement's nouns with the clause of their message, read only
	 * when it holds a quoted fragment (noun_clause) */
	NOUN_CUE("remark", "that"), NOUN_CUE("remarks", "that"),
	NOUN_CUE("comment", "that"), NOUN_CUE("comments", "that"),
	NOUN_CUE("claim", "that"), NOUN_CUE("claims", "that"),
	NOUN_CUE("assertion", "that"), NOUN_CUE("assertions", "that"),
	NOUN_CUE("admission", "that"), NOUN_CUE("statement", "that"),
	NOUN_CUE("warning", "that"), NOUN_CUE("warnings", "that"),
	NOUN_CUE("argument", "that"), NOUN_CUE("suggestion", "that"),
	NOUN_CUE("accusation", "that"), NOUN_CUE("accusations", "that"),
	NOUN_CUE("allegation", "that"), NOUN_CUE("allegations", "that"),
	NOUN_CUE("prediction", "that"), NOUN_CUE("contention", "that"),
	NOUN_CUE("insistence", "that"), NOUN_CUE("declaration", "that"),
};

/*
 * The nouns of FrameNet's Statement frame that name a speech act whose
 * message is a proposition ("his suggestion that [a federal judge can't
 * be impartial]", "allegations that [Chinese interests have hacked
 * ...]"): their that-clause is read without a quoted fragment.  Not
 * "remark" or "comment", whose "that" opens a relative clause as often
 * ("comments that aired last week"), nor the nouns of thought (idea,
 * notion, view, sign), whose clause is as often no one's.
 */
static const struct speech_lit plain_that[] = {
	SPEECH_LIT("accusation"), SPEECH_LIT("accusations"),
	SPEECH_LIT("acknowledgment"), SPEECH_LIT("admission"),
	SPEECH_LIT("allegation"), SPEECH_LIT("allegations"),
	SPEECH_LIT("argument"), SPEECH_LIT("arguments"),
	SPEECH_LIT("assertion"), SPEECH_LIT("assertions"),
	SPEECH_LIT("assurance"), SPEECH_LIT("assurances"),
	SPEECH_LIT("charge"), SPEECH_LIT("charges"),
	SPEECH_LIT("claim"), SPEECH_LIT("claims"),
	SPEECH_LIT("complaint"), SPEECH_LIT("complaints"),
	SPEECH_LIT("contention"), SPEECH_LIT("declaration"),
	SPEECH_LIT("denial"), SPEECH_LIT("denials"),
	SPEECH_LIT("insistence"), SPEECH_LIT("pledge"),
	SPEECH_LIT("prediction"), SPEECH_LIT("predictions"),
	SPEECH_LIT("statement"), SPEECH_LIT("statements"),
	SPEECH_LIT("suggestion"), SPEECH_LIT("suggestions"),
	SPEECH_LIT("warning"), SPEECH_LIT("warnings"),
};

/* Does a double quotation mark open at p, before se: straight, curly
 * or two apostrophes? */
static inline int
quote_mark_at(const char *s, size_t p, size_t se)
{
	return s[p] == '"' || (s[p] == '\'' && p + 1 < se &&
	    s[p + 1] == '\'') || ((unsigned char)s[p] == 0xe2 &&
	    p + 2 < se && (unsigned char)s[p + 1] == 0x80 &&
	    ((unsigned char)s[p + 2] == 0x9c ||
	    (unsigned char)s[p + 2] == 0x9d));
}

/* One past where the last double mark of the sentence [ss, se) opens;
 * 0 when it has none.  Read backwards: the one mark wanted is the last. */
static size_t
mark_end_of(const char *s, size_t ss, size_t se)
{
	size_t p;

	for (p = se; p > ss; p--)
		if (quote_mark_at(s, p - 1, se))
			return p;
	return 0;
}

/*
 * Is the lower-case run [p, q) of s (len bytes, the sentence ending at
 * se) a noun of the table followed by one space and its preposition,
 * a whole word?  Asked by the cue scan of each LX_NOUNCUE word it finds,
 * so that the sentence's words are read past it only when the pair is
 * there ("questions" alone is read as any word).  *mark_end keeps the
 * sentence's mark_end_of, read on its first noun + "that"
 * (SPEECH_MARK_UNREAD until then): each pair asks whether a mark follows
 * it, and reading to se for each was quadratic in a sentence without
 * stops.
 */
/*
 * One past the "that" of a copula right after a noun: [p, e) is the word
 * after the noun's space, "is" or "was", or "has"/"had" and "been", then
 * " that" ("His concern is that [...]", "The hope has been that
 * [...]"); 0 when the words are not these.
 */
static size_t
copula_that_end(const char *s, size_t se, size_t p, size_t e)
{
	/* byte by byte: asked of most words after these nouns */
	if (e - p == 3 && s[p] == 'h' && s[p + 1] == 'a' &&
	    (s[p + 2] == 's' || s[p + 2] == 'd')) {
		if (se - e < 6 || memcmp(s + e, " been", 5) != 0)
			return 0;
		e += 5;
	} else if (!(e - p == 2 && s[p] == 'i' && s[p + 1] == 's') &&
	    !(e - p == 3 && s[p] == 'w' && s[p + 1] == 'a' &&
	    s[p + 2] == 's'))
		return 0;
	if (se - e < 6 || memcmp(s + e, " that", 5) != 0 ||
	    (unsigned)((s[e + 5] | 0x20) - 'a') < 26 ||
	    (unsigned char)s[e + 5] >= 0x80)
		return 0;
	return e + 5;
}

int
speech_noun_pair_at(const char *s, size_t ss, size_t se, size_t p, size_t q,
    size_t *mark_end)
{
	static const struct speech_lit preps[] = {
		SPEECH_LIT("of"), SPEECH_LIT("on"), SPEECH_LIT("for"),
		SPEECH_LIT("over"), SPEECH_LIT("about"), SPEECH_LIT("against"),
		SPEECH_LIT("at"), SPEECH_LIT("toward"), SPEECH_LIT("towards"),
		SPEECH_LIT("that"),
	};
	size_t e = q + 1, k;

	if (q + 2 >= se || s[q] != ' ')
		return 0;
	/* the first letters of the prepositions and copulas: most words
	 * after a noun are none of them, and go no further */
	switch (s[q + 1]) {
	case 'a': case 'f': case 'h': case 'i': case 'o': case 't': case 'w':
		break;
	default:
		return 0;
	}
	while (e < se && (unsigned)(s[e] - 'a') < 26)
		e++;
	/* "NOUN is that": the noun is the clause's subject, its content
	 * the predicate's clause (noun_copula) */
	if (copula_that_end(s, se, q + 1, e) != 0)
		return 1;
	/* most of these nouns have no preposition after them: the table is
	 * searched only for those that have one */
	if (e - q - 1 < 2 || e - q - 1 > 7 || (e < se &&
	    ((unsigned)((s[e] | 0x20) - 'a') < 26 ||
	    (unsigned char)s[e] >= 0x80)) ||
	    !speech_range_in(s, q + 1, e, preps, sizeof(preps) /
	    sizeof(preps[0])))
		return 0;
	/* "that" is read only before a quote mark in the sentence
	 * (noun_clause): the sentence's other words are not read past the
	 * noun for nothing */
	if (e - q - 1 == 4 && s[q + 1] == 't') {
		if (speech_range_in(s, p, q, plain_that, sizeof(plain_that) /
		    sizeof(plain_that[0])))
			return 1;
		if (*mark_end == SPEECH_MARK_UNREAD)
			*mark_end = mark_end_of(s, ss, se);
		if (*mark_end <= e)
			return 0;
	}
	for (k = 0; k < sizeof(noun_cues) / sizeof(noun_cues[0]); k++)
		if (q - p == noun_cues[k].noun_len &&
		    e - q - 1 == noun_cues[k].prep_len &&
		    memcmp(s + q + 1, noun_cues[k].prep, e - q - 1) == 0 &&
		    memcmp(s + p, noun_cues[k].noun, q - p) == 0)
			return 1;
	return 0;
}

/* Words of a noun phrase before its noun: determiners, a possessor,
 * adjectives and adverbs ("made a bizarre, thinly-veiled attack on",
 * "Trump's highly personal, racially tinged attacks on" have four). */
#define NOUN_MODS_MAX		5

/* Words that open a noun phrase before its adjectives ("all mention
 * of", "no mention of", "a call for"). */
static int
np_opener(const struct qx *x, struct sent *t, size_t j)
{
	static const struct speech_lit det[] = {
		SPEECH_LIT("a"), SPEECH_LIT("an"), SPEECH_LIT("the"),
		SPEECH_LIT("this"), SPEECH_LIT("these"), SPEECH_LIT("that"),
		SPEECH_LIT("those"), SPEECH_LIT("no"), SPEECH_LIT("all"),
		SPEECH_LIT("any"), SPEECH_LIT("some"), SPEECH_LIT("such"),
		SPEECH_LIT("his"), SPEECH_LIT("her"), SPEECH_LIT("their"),
		SPEECH_LIT("its"), SPEECH_LIT("our"), SPEECH_LIT("my"),
		SPEECH_LIT("your"), SPEECH_LIT("several"),
		SPEECH_LIT("more"), SPEECH_LIT("new"), SPEECH_LIT("fresh"),
	};
	const struct text_word *w = &t->w[j];

	(void)t;
	return speech_range_in(x->s, w->start, w->end, det,
	    sizeof(det) / sizeof(det[0]));
}

/* Possessive determiners: the possessor of the noun when no clause
 * subject is read. */
static int
poss_det(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit poss[] = {
		SPEECH_LIT("his"), SPEECH_LIT("her"), SPEECH_LIT("their"),
		SPEECH_LIT("its"), SPEECH_LIT("our"), SPEECH_LIT("my"),
		SPEECH_LIT("your"),
	};

	return speech_range_in(x->s, w->start, w->end, poss,
	    sizeof(poss) / sizeof(poss[0]));
}

/* Is the word a verb by its shape: a past or a participle ("unleashed
 * withering attacks", "expressing concern"), or a light verb that takes
 * these nouns ("made", "has", "took")?  An adjective before the noun
 * is neither, most of the time. */
static int
verb_shape(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit light[] = {
		SPEECH_LIT("made"), SPEECH_LIT("make"), SPEECH_LIT("makes"),
		SPEECH_LIT("has"), SPEECH_LIT("have"), SPEECH_LIT("had"),
		SPEECH_LIT("took"), SPEECH_LIT("take"), SPEECH_LIT("takes"),
		SPEECH_LIT("drew"), SPEECH_LIT("gave"), SPEECH_LIT("give"),
		SPEECH_LIT("gives"), SPEECH_LIT("offer"), SPEECH_LIT("offers"),
		SPEECH_LIT("voice"), SPEECH_LIT("voices"),
		SPEECH_LIT("express"), SPEECH_LIT("expresses"),
		SPEECH_LIT("raise"), SPEECH_LIT("raises"),
	};

	return speech_ends_with(x, w, "ed") || speech_ends_with(x, w, "ing") ||
	    speech_range_in(x->s, w->start, w->end, light,
	    sizeof(light) / sizeof(light[0]));
}

/*
 * The source of the noun at word i.  PolNeAR names the subject of the
 * clause whose verb takes the noun phrase ("Christie unleashed
 * withering attacks against", "Trump has raised questions about",
 * "He's been ratcheting up his critique of": the subject, even after a
 * possessive determiner); failing a verb right before the noun phrase,
 * its possessor ("Donald Trump's attacks on", "his call for").  The
 * noun phrase is read back over up to NOUN_MODS_MAX words.  1 when
 * found, with a filled.
 */
static int
noun_source(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	const char *s = x->s;
	size_t j = i, k, pj = SIZE_MAX;

	for (k = 0; k <= NOUN_MODS_MAX && j > 0; k++) {
		const struct text_word *p = &t->w[j - 1];
		size_t g = p->end;

		if (g < t->w[j].start && s[g] == ',')
			g++;
		if (!text_gap_is_blank(s, g, t->w[j].start))
			break;
		if (p->flags & TEXT_W_POSS) {
			if (!(p->flags & TEXT_W_CAP))
				break;
			pj = j - 1;
			/* the name's words before its last ("Donald") */
			while (j >= 2 && (t->w[j - 2].flags & TEXT_W_CAP) &&
			    !(t->w[j - 2].flags & TEXT_W_POSS) &&
			    !(speech_wlx(x, t, j - 2) & (LX_FUNC | LX_DET)) &&
			    text_gap_is_blank(s, t->w[j - 2].end,
			    t->w[j - 1].start))
				j--;
			j--;
			break;
		}
		if (np_opener(x, t, j - 1)) {
			if (poss_det(x, p))
				pj = j - 1;
			j--;
			break;
		}
		if ((p->flags & (TEXT_W_CAP | TEXT_W_DIGIT)) ||
		    (speech_wlx(x, t, j - 1) & (LX_FUNC | LX_DET |
		    SPEECH_CUES)) || verb_shape(x, p))
			break;
		j--;
	}
	/* the verb before the noun phrase, and its subject */
	if (j > 0 && j < i + 1 && !(t->w[j - 1].flags & (TEXT_W_CAP |
	    TEXT_W_DIGIT | TEXT_W_POSS)) &&
	    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start) &&
	    !(speech_wlx(x, t, j - 1) & (LX_FUNC | LX_DET | LX_PRON))) {
		memset(a, 0, sizeof(*a));
		if (speech_subject_before(x, t, j - 1, a) != SUBJ_NONE &&
		    a->found)
			return 1;
		memset(a, 0, sizeof(*a));
		if (speech_ends_with(x, &t->w[j - 1], "ing") &&
		    speech_participle_subject(x, t, j - 1, a) && a->found)
			return 1;
	}
	memset(a, 0, sizeof(*a));
	if (pj == SIZE_MAX)
		return 0;
	if (t->w[pj].flags & TEXT_W_POSS) {
		a->ms = t->w[j].start;
		a->ns = t->w[j].start;
		a->me = a->ne = text_word_stem_end(s, &t->w[pj]);
	} else {
		a->ms = t->w[pj].start;
		a->me = t->w[pj].end;
		a->pronoun = 1;
	}
	a->found = 1;
	return 1;
}

/* Words that open a clause as the content ("questions about [whether he
 * paid]"): its verbs are its own. */
static int
opens_clause(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit wh[] = {
		SPEECH_LIT("whether"), SPEECH_LIT("how"), SPEECH_LIT("why"),
		SPEECH_LIT("what"), SPEECH_LIT("who"), SPEECH_LIT("which"),
		SPEECH_LIT("when"), SPEECH_LIT("where"), SPEECH_LIT("if"),
	};

	return speech_range_in(x->s, w->start, w->end, wh,
	    sizeof(wh) / sizeof(wh[0]));
}

/*
 * The object of the noun is a noun phrase: it ends at its first comma
 * ("Amid questions about [his taxes], Trump left", "his critique of [his
 * opponents], most recently in"), unless the comma goes on with a list
 * ("attacks on [Muslims, Mexicans and women]", ", including") or stands
 * after a quote the content holds.
 */
static size_t
object_comma(const struct qx *x, struct sent *t, size_t k, size_t cs,
    size_t ce)
{
	const char *comma;
	size_t at, p;

	for (p = cs; p < ce && (comma = memchr(x->s + p, ',', ce - p)) !=
	    NULL; p = at + 1) {
		at = (size_t)(comma - x->s);
		if (speech_span_quote_between(x, t, cs, at))
			return ce;
		while (k < t->n && t->w[k].start <= at)
			k++;
		if (speech_list_goes_on(x, t, k, 1))
			continue;
		return at;
	}
	return ce;
}

/* Is the first byte past the blanks from e, before se, a comma, a
 * semicolon or a dash: a stop the clause ends at, not the sentence's
 * end? */
static int
stop_follows(const char *s, size_t e, size_t se)
{
	while (e < se && s[e] == ' ')
		e++;
	return e < se && (s[e] == ',' || s[e] == ';' || s[e] == '-' ||
	    (unsigned char)s[e] == 0xe2);
}

/*
 * Does the noun phrase of the noun at word i open the sentence: no word
 * before it but a name, a possessor, a determiner or a lower-case
 * modifier (no function word, verb or cue)?  A conjunction that opens
 * the sentence joins it to the last one ("But his stern warning that
 * ..."), and an -ed or -ing word right after a determiner or a
 * possessor is a modifier ("Her repeated warnings that ...").
 */
static int
np_opens_sentence(const struct qx *x, struct sent *t, size_t i)
{
	size_t j;

	if (i > NOUN_MODS_MAX + NAME_WORDS_MAX)
		return 0;
	for (j = 0; j < i; j++) {
		uint32_t c = speech_wlx(x, t, j);

		/* the sentence's first word is capitalised whatever it
		 * is: its class tells ("Despite complaints that ...") */
		if ((t->w[j].flags & TEXT_W_POSS) ||
		    ((t->w[j].flags & TEXT_W_CAP) && j > 0))
			continue;
		if (j == 0 && i > 1 && (is_word(x, &t->w[0], "but") ||
		    is_word(x, &t->w[0], "and") || is_word(x, &t->w[0], "yet")))
			continue;
		if (j > 0 && ((t->w[j - 1].flags & TEXT_W_POSS) ||
		    (speech_wlx(x, t, j - 1) & LX_DET)) &&
		    !(t->w[j].flags & TEXT_W_CAP) &&
		    (speech_ends_with(x, &t->w[j], "ed") ||
		    speech_ends_with(x, &t->w[j], "ing")))
			continue;
		if (((c & (LX_FUNC | LX_PRON | SPEECH_CUES)) &&
		    !(c & LX_DET)) || (!(t->w[j].flags & TEXT_W_CAP) &&
		    verb_shape(x, &t->w[j])))
			return 0;
	}
	return 1;
}

/*
 * The first stop of a plain clause [cs, ce) inside a noun phrase, its
 * words from k: a semicolon, a lone dash (an em or en dash, or a hyphen
 * or two after a blank) or a comma that opens no list (object_comma); ce
 * when there is none ("Despite complaints that [they distort
 * democracy], the superdelegates ...", "Mr. Trump's assertion that
 * [Russia should hack Mrs. Clinton's emails]; his criticism of ...").
 */
static int
dash_at(const char *s, size_t cs, size_t ce, size_t p)
{
	return (s[p] == '-' && p > cs && s[p - 1] == ' ' && p + 1 < ce &&
	    (s[p + 1] == ' ' || s[p + 1] == '-')) ||
	    ((unsigned char)s[p] == 0xe2 && p + 2 < ce &&
	    (unsigned char)s[p + 1] == 0x80 &&
	    ((unsigned char)s[p + 2] == 0x93 ||
	    (unsigned char)s[p + 2] == 0x94));
}

static size_t
plain_stop(const struct qx *x, struct sent *t, size_t k, size_t cs,
    size_t ce)
{
	const char *s = x->s;
	size_t p, d = SIZE_MAX, n = 0;

	/* the first semicolon; the first dash, unless a second one
	 * closes a pair set off inside the clause ("that [Ukraine - and
	 * by extension Interpipe - had ...]") */
	for (p = cs; p < ce; p++)
		if (s[p] == ';')
			break;
		else if (dash_at(s, cs, ce, p) && n++ == 0)
			d = p;
	if (n == 1 && d < p)
		p = d;
	ce = p;
	while (ce > cs && s[ce - 1] == ' ')
		ce--;
	return object_comma(x, t, k, cs, ce);
}

/*
 * Does the plain clause from word k, before ce, leave the object of one
 * of its verbs out: a relative clause on the noun, not its message ("the
 * statement that [the campaign sent].", "the charge that [Mrs. Clinton
 * has faced in the past]", "a claim that [Gowdy's office strongly
 * disputes]")?  A that-clause of content is a whole clause; a relative
 * one has a gap where the noun would stand.  Read by the verbs that
 * take a statement, a charge or a document as their object, with no
 * object after them: the clause's end, a preposition or a time word
 * next.  Not after a form of "be" or "get" (a passive has no object:
 * "assurances that [the aid would be delivered on time]"), nor "filed
 * for" (bankruptcy, divorce: intransitive).
 */
static int
object_gap(const struct qx *x, struct sent *t, size_t k, size_t ce)
{
	static const struct speech_lit takes[] = {
		SPEECH_LIT("sent"), SPEECH_LIT("released"),
		SPEECH_LIT("issued"), SPEECH_LIT("made"),
		SPEECH_LIT("filed"), SPEECH_LIT("presented"),
		SPEECH_LIT("signed"), SPEECH_LIT("faced"),
		SPEECH_LIT("faces"), SPEECH_LIT("face"),
		SPEECH_LIT("denied"), SPEECH_LIT("denies"),
		SPEECH_LIT("deny"), SPEECH_LIT("disputed"),
		SPEECH_LIT("disputes"), SPEECH_LIT("dispute"),
		SPEECH_LIT("brought"), SPEECH_LIT("leveled"),
		SPEECH_LIT("levelled"), SPEECH_LIT("lodged"),
		SPEECH_LIT("repeated"), SPEECH_LIT("received"),
		SPEECH_LIT("published"), SPEECH_LIT("posted"),
		SPEECH_LIT("wrote"), SPEECH_LIT("written"),
		SPEECH_LIT("gave"), SPEECH_LIT("given"),
		SPEECH_LIT("delivered"), SPEECH_LIT("rejected"),
		SPEECH_LIT("dismissed"), SPEECH_LIT("drafted"),
		SPEECH_LIT("retracted"), SPEECH_LIT("withdrew"),
		SPEECH_LIT("submitted"), SPEECH_LIT("investigated"),
	};
	static const struct speech_lit after[] = {
		SPEECH_LIT("at"), SPEECH_LIT("in"), SPEECH_LIT("on"),
		SPEECH_LIT("to"), SPEECH_LIT("with"), SPEECH_LIT("against"),
		SPEECH_LIT("about"), SPEECH_LIT("during"),
		SPEECH_LIT("before"), SPEECH_LIT("after"), SPEECH_LIT("last"),
		SPEECH_LIT("earlier"), SPEECH_LIT("yesterday"),
		SPEECH_LIT("today"),
	};
	static const struct speech_lit be[] = {
		SPEECH_LIT("be"), SPEECH_LIT("been"), SPEECH_LIT("being"),
		SPEECH_LIT("is"), SPEECH_LIT("are"), SPEECH_LIT("was"),
		SPEECH_LIT("were"), SPEECH_LIT("get"), SPEECH_LIT("got"),
		SPEECH_LIT("gets"), SPEECH_LIT("gotten"),
	};
	const char *s = x->s;
	size_t j;

	for (j = k + 1; j < t->n && t->w[j].end <= ce; j++) {
		const struct text_word *n;

		if (!speech_range_in(s, t->w[j].start, t->w[j].end, takes,
		    sizeof(takes) / sizeof(takes[0])) ||
		    speech_range_in(s, t->w[j - 1].start, t->w[j - 1].end, be,
		    sizeof(be) / sizeof(be[0])))
			continue;
		if (j + 1 >= t->n || t->w[j + 1].start >= ce)
			return 1;
		n = &t->w[j + 1];
		if (!text_gap_is_blank(s, t->w[j].end, n->start))
			continue;
		if ((speech_wlx(x, t, j + 1) & LX_CAL) ||
		    speech_range_in(s, n->start, n->end, after,
		    sizeof(after) / sizeof(after[0])))
			return 1;
	}
	return 0;
}

/*
 * The noun of a statement at word i with "that" and the clause of its
 * message: "her remark that [“there's a special place in hell ...”]",
 * "the 1999 admission that [he was "very pro-choice,"]" (FrameNet's
 * Statement nouns take the message as a that-clause).  Read only when
 * the clause holds a quoted fragment, the marks making it someone's
 * words, or after a noun of plain_that: without one, "that" after the
 * others opens a relative clause as often ("comments that compared
 * ...") and the content is no one's in particular; a plain clause ends
 * at its first stop (plain_stop).  The clause opens with a subject (a
 * pronoun, a determiner, "there", a capitalised word) or a quote; it
 * ends as a cue's clause does, or before the next member of a list the
 * noun phrase is in.  The source is the noun's (noun_source).  1 when
 * taken.
 */
static int
noun_clause(struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i];
	size_t cs, ce, k, stop;
	int quoted;
	struct attr a;

	cs = speech_span_trim_start(s, t->w[i + 1].end, t->se);
	/* a quote right after "that" (the words list leaves quotes out:
	 * a clause all in quotes has no word after it), else a subject */
	if (!speech_span_quote_between(x, t, t->w[i + 1].end, i + 2 < t->n ?
	    t->w[i + 2].start : t->se) && (i + 2 >= t->n ||
	    (!(t->w[i + 2].flags & TEXT_W_CAP) &&
	    !(speech_wlx(x, t, i + 2) & (LX_PRON | LX_DET)) &&
	    !is_word(x, &t->w[i + 2], "there"))))
		return 0;
	if (speech_taken(x, cs, cs + 1) || speech_span_direct_at(x, t, cs) !=
	    NULL)
		return 0;
	ce = speech_span_tail_gloss(x, t, cs, speech_span_own_clause(x, t, cs,
	    speech_break_end(x, t, cs)));
	/* the noun phrase as a member of a list ("the 1999 admission that
	 * [he was "very pro-choice,"] and his confusing argument", "the
	 * false accusations that [...], and, most recently, the Trump
	 * movement"): its clause ends before ", and" and the next
	 * member's determiner */
	for (k = i + 3; k + 1 < t->n && t->w[k].start < ce; k++)
		if ((is_word(x, &t->w[k], "and") || is_word(x, &t->w[k],
		    "or")) && memchr(s + t->w[k - 1].end, ',',
		    t->w[k].start - t->w[k - 1].end) != NULL &&
		    (s[t->w[k].end] == ',' || ((speech_wlx(x, t, k + 1) &
		    LX_DET) && text_gap_is_blank(s, t->w[k].end,
		    t->w[k + 1].start)))) {
			ce = t->w[k - 1].end;
			break;
		}
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce))
		return 0;
	/* the fragment is the evidence; its words are not the list's, so
	 * a clause all in quotes counts none */
	(void)speech_span_content_words(x, t, cs,
	    speech_span_fragment_close(x, t, ce), &quoted);
	if (!quoted) {
		if (!speech_range_in(s, w->start, w->end, plain_that,
		    sizeof(plain_that) / sizeof(plain_that[0])))
			return 0;
		/* with no quote to bound it, the clause inside a noun
		 * phrase ends at its first stop; a noun phrase that opens
		 * the sentence is its subject, and a clause that runs to
		 * the sentence's end has run on into the main verb
		 * ("Trump's assertion that Russia should hack the emails
		 * drew fire") */
		stop = plain_stop(x, t, i + 2, cs, ce);
		if (stop <= cs || (!stop_follows(s, stop, t->se) &&
		    np_opens_sentence(x, t, i)) ||
		    object_gap(x, t, i + 2, stop))
			return 0;
		ce = stop;
	}
	if (speech_taken(x, cs, ce))
		return 0;
	memset(&a, 0, sizeof(a));
	(void)noun_source(x, t, i, &a);
	a.cue = str_make(s + w->start, w->end - w->start);
	return speech_emit(x, t, cs, ce, &a) == -1 ? -1 : 1;
}

/*
 * Is the attack at word i an armed one (FrameNet's Attack, not
 * Judgment_communication)?  The same noun names both; news of other
 * outlets reports bombings and raids more than rivals' words.  Armed
 * by a modifier right before the noun ("the deadly attack on", "a
 * terror attack on", "the 2012 attacks on": a year dates an event, not
 * a speech) or by a building or place among the first words of its
 * object, the target a verbal attack never has ("attack on [a U.S.
 * Marine barracks]", "attacks on [two diplomatic compounds]").  A body
 * of people (police, troops) is left to the verbal sense: both are
 * said.
 */
#define ATTACK_TARGET_WORDS	(NOUN_MODS_MAX + 2)	/* det, mods, head */
static int
armed_attack(const struct qx *x, const struct sent *t, size_t i, size_t ce)
{
	static const struct speech_lit armed[] = {
		SPEECH_LIT("deadly"), SPEECH_LIT("terror"),
		SPEECH_LIT("terrorist"), SPEECH_LIT("murderous"),
		SPEECH_LIT("lone-wolf"), SPEECH_LIT("violent"),
		SPEECH_LIT("suicide"), SPEECH_LIT("armed"),
		SPEECH_LIT("military"), SPEECH_LIT("bomb"),
		SPEECH_LIT("rocket"), SPEECH_LIT("missile"),
		SPEECH_LIT("drone"), SPEECH_LIT("chemical"),
		SPEECH_LIT("militant"), SPEECH_LIT("jihadist"),
		SPEECH_LIT("simulated"), SPEECH_LIT("cyber"),
	};
	static const struct speech_lit place[] = {
		SPEECH_LIT("compound"), SPEECH_LIT("compounds"),
		SPEECH_LIT("consulate"), SPEECH_LIT("embassy"),
		SPEECH_LIT("embassies"), SPEECH_LIT("nightclub"),
		SPEECH_LIT("barracks"), SPEECH_LIT("complex"),
		SPEECH_LIT("airport"), SPEECH_LIT("station"),
		SPEECH_LIT("base"), SPEECH_LIT("bases"),
		SPEECH_LIT("facility"), SPEECH_LIT("facilities"),
		SPEECH_LIT("church"), SPEECH_LIT("mosque"),
		SPEECH_LIT("synagogue"), SPEECH_LIT("hospital"),
		SPEECH_LIT("island"), SPEECH_LIT("village"),
		SPEECH_LIT("convoy"), SPEECH_LIT("checkpoint"),
		SPEECH_LIT("headquarters"), SPEECH_LIT("targets"),
	};
	const char *s = x->s;
	size_t j, k;

	if (!is_word(x, &t->w[i], "attack") && !is_word(x, &t->w[i],
	    "attacks"))
		return 0;
	for (j = i, k = 0; k < 2 && j > 0 && text_gap_is_blank(s,
	    t->w[j - 1].end, t->w[j].start); k++, j--)
		if (speech_range_in(s, t->w[j - 1].start, t->w[j - 1].end,
		    armed, sizeof(armed) / sizeof(armed[0])) ||
		    ((t->w[j - 1].flags & TEXT_W_DIGIT) &&
		    t->w[j - 1].end - t->w[j - 1].start == 4))
			return 1;
	for (k = i + 2; k < t->n && k < i + 2 + ATTACK_TARGET_WORDS &&
	    t->w[k].start < ce; k++)
		if (speech_range_in(s, t->w[k].start, t->w[k].end, place,
		    sizeof(place) / sizeof(place[0])))
			return 1;
	return 0;
}

/* Words of a noun phrase read back from its noun for
 * copula_that_no_clause: a determiner and two modifiers ("the most
 * popular idea"). */
#define COPULA_NP_BACK	3

/*
 * Is the "that" at word k after the noun at word i and its copula no
 * complementizer, or the noun no head of the copula's subject (review
 * T4)?  "that which" and "that who" are a demonstrative's relative
 * ("The concern was that which we feared"); "that" and one word before
 * a mark is a degree adverb ("The mantra is that simple:", "His idea was
 * that bad?"); a noun that a preposition other than "of" takes is that
 * preposition's object, and the subject another noun's ("The reason for
 * the idea was that costs rose").
 */
static int
copula_that_no_clause(const struct qx *x, struct sent *t, size_t i,
    size_t k)
{
	const struct text_word *n = &t->w[k + 1];
	size_t j;
	uint32_t c;

	if (is_word(x, n, "which") || is_word(x, n, "who") ||
	    is_word(x, n, "what"))
		return 1;
	c = speech_char_after(x->s, t->se, n->end);
	if (!(n->flags & TEXT_W_CAP) && (c == ':' || c == ',' || c == '.' ||
	    c == '?' || c == '!' || c == ';'))
		return 1;
	for (j = i; j > 0 && i - j < COPULA_NP_BACK; j--) {
		c = speech_wlx(x, t, j - 1);
		if ((t->w[j - 1].flags & (TEXT_W_POSS | TEXT_W_CAP)) ||
		    (c & LX_DET))
			continue;
		if (c & LX_FUNC)
			return !is_word(x, &t->w[j - 1], "of");
		if (speech_is_adverb(x, t, j - 1) || (c & ~LX_ADJ) != 0)
			break;
	}
	return j > 0 && (speech_wlx(x, t, j - 1) & LX_FUNC) &&
	    !(speech_wlx(x, t, j - 1) & LX_DET) &&
	    !is_word(x, &t->w[j - 1], "of");
}

/*
 * "His concern is that [they will eliminate the position]", "Rubio's
 * response was that [it's unfair ...]", "The idea is that [...]": a noun
 * of a speech act or an attitude as the subject of a copula whose
 * predicate is a that-clause, the noun's content (PolNeAR's guidelines,
 * "Nouns as cues": the noun is the cue, with the copula, and its
 * possessor the source; none when it names none).  The clause ends as
 * a cue's clause does.  Not "that of" (a demonstrative: "the view was
 * that of a minority").  w[k] is the "that".  1 when taken.
 */
static int
noun_copula(struct qx *x, struct sent *t, size_t i, size_t k)
{
	const char *s = x->s;
	size_t cs, ce;
	struct attr a;

	if (k + 1 >= t->n || is_word(x, &t->w[k + 1], "of") ||
	    copula_that_no_clause(x, t, i, k))
		return 0;
	cs = speech_span_trim_start(s, t->w[k].end, t->se);
	if (speech_taken(x, cs, cs + 1) || speech_span_direct_at(x, t, cs) !=
	    NULL)
		return 0;
	ce = speech_span_tail_gloss(x, t, cs, speech_span_own_clause(x, t, cs,
	    speech_break_end(x, t, cs)));
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce) ||
	    speech_taken(x, cs, ce))
		return 0;
	memset(&a, 0, sizeof(a));
	(void)noun_source(x, t, i, &a);
	a.cue = str_make(s + t->w[i].start, t->w[k - 1].end - t->w[i].start);
	return speech_emit(x, t, cs, ce, &a) == -1 ? -1 : 1;
}

/* The noun at word i with its preposition and object.  1 when taken. */
static int
noun_object(struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i];
	size_t k, cs, ce;
	struct attr a;

	if (i + 1 >= t->n || (w->flags & TEXT_W_CAP) ||
	    t->w[i + 1].start != w->end + 1 ||
	    !text_gap_is_blank(s, w->end, t->w[i + 1].start))
		return 0;
	if (is_word(x, &t->w[i + 1], "that"))
		return noun_clause(x, t, i);
	/* the pair the cue scan checked: a copula and "that" */
	if (i + 2 < t->n && is_word(x, &t->w[i + 2], "that") &&
	    (is_word(x, &t->w[i + 1], "is") || is_word(x, &t->w[i + 1],
	    "was")))
		return noun_copula(x, t, i, i + 2);
	if (i + 3 < t->n && is_word(x, &t->w[i + 3], "that") &&
	    is_word(x, &t->w[i + 2], "been") && (is_word(x, &t->w[i + 1],
	    "has") || is_word(x, &t->w[i + 1], "had")))
		return noun_copula(x, t, i, i + 3);
	if (i + 2 >= t->n)
		return 0;
	if (!text_gap_is_blank(s, t->w[i + 1].end, t->w[i + 2].start))
		return 0;
	/* the pair itself the cue scan checked (speech_noun_pair_at) */
	/* "the attack on Sunday": a time is no content (looked up whole:
	 * speech_wlx gives a capitalised word past the first no class) */
	if ((lexicon_of(s, &t->w[i + 2]) & LX_CAL) &&
	    !(t->w[i + 2].flags & TEXT_W_POSS))
		return 0;
	cs = t->w[i + 2].start;
	/* an item that holds the object's start already: the cheap test
	 * first, before the content's end is read */
	if (speech_taken(x, cs, cs + 1) ||
	    speech_span_direct_at(x, t, t->w[i + 1].end) != NULL)
		return 0;
	ce = speech_span_tail_gloss(x, t, cs, speech_stance_end(x, t,
	    i + 2));
	if (!opens_clause(x, &t->w[i + 2])) {
		/* the noun phrase as a subject: its object ends at the
		 * verb, a finite auxiliary or a modal in lower case
		 * ("Trump's attacks on [Curiel] were") */
		for (k = i + 3; k < t->n && t->w[k].start < ce; k++)
			if (!(t->w[k].flags & TEXT_W_CAP) &&
			    speech_is_finite_aux(x, &t->w[k]) &&
			    !(speech_wlx(x, t, k - 1) & (LX_PRON | LX_FUNC))) {
				ce = t->w[k - 1].end;
				break;
			}
		ce = object_comma(x, t, i + 2, cs, ce);
	}
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce) ||
	    speech_taken(x, cs, ce) || armed_attack(x, t, i, ce))
		return 0;
	memset(&a, 0, sizeof(a));
	(void)noun_source(x, t, i, &a);
	a.cue = str_make(s + w->start, t->w[i + 1].end - w->start);
	return speech_emit(x, t, cs, ce, &a) == -1 ? -1 : 1;
}

int
speech_noun_objects(struct qx *x, struct sent *t)
{
	size_t c, i;

	for (c = 0; c < t->nnouns; c++) {
		i = speech_word_starting_at(t, t->nouns[c]);
		if (i < t->n && t->w[i].start == t->nouns[c] &&
		    noun_object(x, t, i) == -1)
			return -1;
	}
	return 0;
}
