/*
 * speaker_body.c — the bodies that spoke, kept for "the company" after
 * them: a lone capitalised word that spoke (note_body), a name whose
 * content calls it "it" (speaker_note_body_it), and the last of them
 * for a body's description (speaker_body_that_spoke); a news outlet's
 * cue keeps none.  speaker_of (speaker.c) notes them as it resolves
 * mentions; speaker_desc.c asks for them.  Out of speaker.c.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "quotes_int.h"
#include "speaker_int.h"
#include "text.h"

/*
 * May the one capitalised word [a, b) be a body's name: ASCII letters
 * only, no acronym ("FBI", "BBC" name an agency or a medium as often as
 * a company), after no "the" (a paper's or a place's name: "the
 * Guardian", "the Pentagon"), no title nor a title's plural ("CEO",
 * "Democrats": people, not a body)?
 */
static int
one_word_body(const char *s, size_t a, size_t b)
{
	struct text_word w = { a, b, 0 };
	size_t n = b - a, i;

	if (n < 3 || n > DOC_WORD_MAX || speaker_article_before(s, a) ||
	    (unsigned)((unsigned char)s[a + 1] - 'A') < 26)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned)(((unsigned char)s[a + i] | 0x20) - 'a') >= 26)
			return 0;
	if (lexicon_is(s, &w, LX_TITLE))
		return 0;
	w.end = b - 1;
	return !(s[b - 1] == 's' && lexicon_is(s, &w, LX_TITLE));
}

/*
 * Is the one capitalised word [a, b), which opens its sentence, written
 * nearby (DOC_WINDOW) where no sentence starts, so a name as Mikheev's
 * document-centred test reads capitals ("Boeing said" after "a
 * spokesman for Boeing"; not "Police said", "Analysts said")?  a's word
 * is one_word_body's: ASCII letters, three or more.
 */
static int
written_mid_sentence(const struct qx *x, size_t a, size_t b)
{
	return (speaker_doc_spellings(x, a, b) & DOC_MID) != 0;
}

/*
 * Remember [ns, ne), one word of an organisation's kind or with no
 * evidence either way that spoke ("Boeing said", "Hamas said"), as the
 * last organisation that did, for "the company" after it
 * (speaker_desc_body, speaker_body_that_spoke).  News names a person in
 * full before the surname alone (the names scan resolves a surname to
 * that full name first), so a lone name that speaks and stands for no
 * one named before is a body.
 * Two are kept: the last written where no sentence starts, a name, and
 * the last that opens its sentence, whose capital may be the sentence's
 * ("Police said"): the document is asked of it only when a description
 * needs it.  Each kept only when later than the one it replaces: the
 * quote pass runs ahead of the sentence reader.
 */
/* Letters of an agency's acronym: "FBI", "NASA", "FEMA", "UNHCR". */
#define ACRONYM_LETTERS_MIN	3
#define ACRONYM_LETTERS_MAX	6

/* Is [a, b) an acronym: capitals only, ACRONYM_LETTERS_MIN to _MAX? */
static int
acronym(const char *s, size_t a, size_t b)
{
	size_t i;

	if (b - a < ACRONYM_LETTERS_MIN || b - a > ACRONYM_LETTERS_MAX)
		return 0;
	for (i = a; i < b; i++)
		if ((unsigned)((unsigned char)s[i] - 'A') >= 26)
			return 0;
	return 1;
}

/*
 * An acronym that spoke is kept apart from the bodies above: news
 * calls an agency named by its acronym "the agency" or "the bureau"
 * after it ("NASA said ... The agency said"), but an acronym names a
 * medium or a company as often, which "the company" must not take.
 */
void
speaker_body_note(struct qx *x, size_t ns, size_t ne)
{
	int first = speaker_starts_sentence(x->s, ns);
	size_t *bs = first ? &x->body_first_ns : &x->body_ns;

	if (acronym(x->s, ns, ne)) {
		if (x->body_acr_ns == 0 || ns > x->body_acr_ns - 1) {
			x->body_acr_ns = ns + 1;
			x->body_acr_ne = ne;
		}
		return;
	}

	if (*bs != 0 ? ns <= *bs - 1 : 0)
		return;
	if (!one_word_body(x->s, ns, ne))
		return;
	*bs = ns + 1;
	if (first)
		x->body_first_ne = ne;
	else
		x->body_ne = ne;
}

/*
 * Is the cue a news outlet's verb ("Reuters reported", "citing", "Nikkei
 * wrote", "according to Bloomberg")?  An outlet that reports the story
 * is no company in it: "Reuters reported ... The company said" is
 * another company (review F11).  The first bytes of the cue decide.
 */
int
speaker_body_outlet_cue(struct str cue)
{
	static const char *const verbs[] = {
		"report", "citing", "cited", "according", "wrote", "writes",
		"quoting", "quoted", NULL
	};
	size_t i, n;

	if (cue.p == NULL || cue.len == 0)
		return 0;
	/* the first letter first: most cues ("said", "told") start as
	 * none of the verbs does */
	for (i = 0; verbs[i] != NULL; i++) {
		if ((cue.p[0] | 0x20) != verbs[i][0])
			continue;
		n = strlen(verbs[i]);
		if (cue.len >= n && strncasecmp(cue.p, verbs[i], n) == 0)
			return 1;
	}
	return 0;
}

/*
 * Is the "it" before the modal that ends at p no one's: a modal and
 * "be" ("not" between) before no -ing word, the "it" of weather, time
 * and judgement ("Sundar Pichai said it will be a difficult year", "it
 * could be months", "it would not be right"), or "take" and a span of
 * time, the "it" of duration ("it would take years", "it could take a
 * few months")?  "it will be closing stores", "it would take legal
 * action" have an agent.
 */
static int
expletive_it(const char *s, size_t len, size_t p)
{
	static const char *const spans[] = {
		"time", "years", "months", "weeks", "days", "hours",
		"decades", "longer", "while", NULL
	};
	static const char *const counts[] = {
		"a", "some", "several", "many", "few", "two", "three",
		"another", NULL
	};
	struct text_word w;
	size_t q = p, i;

	if (!text_word_next(s, len, &q, &w) || !text_gap_is_blank(s, p,
	    w.start))
		return 0;
	if (text_word_eq(s, &w, "not")) {
		p = q;
		if (!text_word_next(s, len, &q, &w) ||
		    !text_gap_is_blank(s, p, w.start))
			return 0;
	}
	if (text_word_eq(s, &w, "take")) {
		/* a span after up to two words that count it */
		for (i = 0; i < 3; i++) {
			p = q;
			if (!text_word_next(s, len, &q, &w) ||
			    !text_gap_is_blank(s, p, w.start))
				return 0;
			if (text_word_in(s, &w, spans))
				return 1;
			if (!text_word_in(s, &w, counts) &&
			    !(w.flags & TEXT_W_DIGIT))
				return 0;
		}
		return 0;
	}
	if (!text_word_eq(s, &w, "be"))
		return 0;
	p = q;
	return !text_word_next(s, len, &q, &w) ||
	    !text_gap_is_blank(s, p, w.start) || w.end - w.start <= 3 ||
	    !text_range_eq(s, w.end - 3, w.end, "ing");
}

/*
 * A name of two words or more that spoke content whose subject is "it"
 * and a modal, or "its" ("Rio Tinto said on Wednesday it would cut 1,500
 * jobs at its aluminium unit"; not "it was time", nor "it will be a
 * difficult year", expletive_it): English calls a body "it" and a
 * person "he" or "she", so the name is a body's, kept as note_body
 * keeps a lone name for "the company" after it (its second capital
 * shows a name wherever it stands: the last written where no sentence
 * starts).  No person's (a given name, a title), no place's, no outlet
 * that reports.
 */
void
speaker_note_body_it(struct qx *x, const struct attr *a, size_t cs)
{
	static const char *const modals[] = {
		"would", "will", "could", "can", "may", "might", "should",
		"must", NULL
	};
	const char *s = x->s;
	enum speaker_kind kind;
	struct text_word w;
	size_t p = cs + 3;

	/* "its", or "it" and a modal: "it was time", "it is unclear"
	 * have no agent */
	if (cs + 4 > x->len || s[cs] != 'i' || s[cs + 1] != 't' ||
	    !((s[cs + 2] == 's' && s[cs + 3] == ' ') || (s[cs + 2] == ' ' &&
	    text_word_next(s, x->len, &p, &w) && w.start == cs + 3 &&
	    text_word_in(s, &w, modals) && !expletive_it(s, x->len, w.end))) ||
	    a->pronoun || a->ns >= a->ne ||
	    memchr(s + a->ns, ' ', a->ne - a->ns) == NULL ||
	    (x->body_ns != 0 && a->ns <= x->body_ns - 1))
		return;
	kind = memo_kind(x, a->ns, a->ne, NULL, NULL, 0);
	if ((kind != SPEAKER_ORG && kind != SPEAKER_MAYBE) ||
	    speaker_body_outlet_cue(a->cue))
		return;
	x->body_ns = a->ns + 1;
	x->body_ne = a->ne;
}

/* The last organisation that spoke before ms (note_body): 1 with
 * [*ns, *ne) its name. */
int
speaker_body_that_spoke(struct qx *x, size_t ms, size_t *ns, size_t *ne)
{
	int mid = x->body_ns != 0 && x->body_ne <= ms;

	if (x->body_first_ns != 0 && x->body_first_ne <= ms &&
	    (!mid || x->body_first_ns > x->body_ns) &&
	    written_mid_sentence(x, x->body_first_ns - 1, x->body_first_ne)) {
		*ns = x->body_first_ns - 1;
		*ne = x->body_first_ne;
		return 1;
	}
	if (!mid)
		return 0;
	*ns = x->body_ns - 1;
	*ne = x->body_ne;
	return 1;
}

int
speaker_body_acronym(const struct qx *x, size_t ms, size_t *ns, size_t *ne)
{
	if (x->body_acr_ns == 0 || x->body_acr_ne > ms)
		return 0;
	*ns = x->body_acr_ns - 1;
	*ne = x->body_acr_ne;
	return 1;
}
