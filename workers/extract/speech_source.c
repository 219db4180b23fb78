/*
 * speech_source.c — the constructions of reported speech whose source is
 * not the plain subject of a speech verb, each read from one sentence
 * whose words speech_cue.c has read:
 *
 *   According to X, CLAUSE / CLAUSE, according to X / HEAD, according
 *   to X, REST / That's according to X
 *                                 speech_source_according
 *   X quoted Y as saying CLAUSE   speech_source_quoted_as_saying
 *   a new poll shows OBJECT       speech_source_document
 *   The poll, released ..., shows OBJECT
 *                                 speech_source_document (doc_paren)
 *   In a CNN poll, CLAUSE         speech_source_in_doc
 *   In Ash's view, CLAUSE         speech_source_in_doc (in_view)
 *   Noting that CLAUSE, X said    speech_source_fronted_participle
 *   SUBJECT was reported by X     speech_source_passive_by
 *   As reported by X, CLAUSE      speech_source_as_passive
 *
 * speech.c's analyse() decides which to try, in which order; the
 * constructions of a verb's own subject are in speech_form.c.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/*
 * Is the head [ss, comma) before ", according to X, REST" the content's
 * own first part ("[Fundraising], according to the campaign, [has
 * surged]", "[Since last November], according to Human Rights Watch,
 * [...]": PolNeAR annotates 14 of 21 such heads), rather than a dateline
 * holding a comma ("Overseas Network, August 15"), a connective ("But",
 * "In addition"), a clause that reports ("Politico reported") or one
 * cut after a function word ("... 30 years ago after")?
 */
/*
 * Is [cs, t->se), the rest of a sentence after its fronted source's
 * comma ("According to X, [...]", "In a CNN poll, [...]", "As reported
 * by X, [...]"), reported speech to emit: no direct quote opens it, it
 * is not mostly a quote (the quote pass has those), and it has
 * CONTENT_WORDS_MIN words or a quoted fragment.
 */
static int
clause_after_source(const struct qx *x, struct sent *t, size_t cs)
{
	int quoted;

	return speech_span_direct_at(x, t, cs) == NULL &&
	    !speech_span_mostly_direct(x, t, cs, t->se) &&
	    (speech_span_content_words(x, t, cs, t->se, &quoted) >=
	    CONTENT_WORDS_MIN || quoted);
}

static int
according_head(const struct qx *x, struct sent *t, size_t i, size_t comma)
{
	size_t k;

	/* comma is past the head's own comma */
	if (i == 0 || comma <= t->ss + 1 ||
	    memchr(x->s + t->ss, ',', comma - 1 - t->ss) != NULL ||
	    (speech_wlx(x, t, i - 1) & LX_FUNC))
		return 0;
	if (i == 1 && (is_word(x, &t->w[0], "but") ||
	    is_word(x, &t->w[0], "and") || is_word(x, &t->w[0], "so") ||
	    is_word(x, &t->w[0], "yet") || is_word(x, &t->w[0], "or")))
		return 0;
	if (i == 2 && is_word(x, &t->w[0], "in") &&
	    is_word(x, &t->w[1], "addition"))
		return 0;
	for (k = 0; k < i; k++)
		if (speech_cue_is(x, t, k))
			return 0;
	return 1;
}

/*
 * Is w, right before "according to X,", a word after which a clause
 * opens: a coordinating conjunction, a subordinator or a connective
 * adverb ("..., and, according to officials, [adopted a new
 * strategy]", "after, according to him, [Televisa censured his first
 * report]", "But according to reports, [he could not convince ...]",
 * "Ferguson, however, according to the FBI data, [had two murders]")?
 * The attribution then opens that clause, which is its content, as at
 * a sentence's start; the words before it are no content of X's.  Not
 * "that" ("The AP reported that, according to ..."): the clause is the
 * reporting verb's content.
 */
static int
according_opens_clause(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit l[] = {
		SPEECH_LIT("and"), SPEECH_LIT("but"), SPEECH_LIT("or"),
		SPEECH_LIT("yet"), SPEECH_LIT("so"), SPEECH_LIT("because"),
		SPEECH_LIT("after"), SPEECH_LIT("since"), SPEECH_LIT("while"),
		SPEECH_LIT("although"), SPEECH_LIT("though"),
		SPEECH_LIT("whereas"), SPEECH_LIT("when"), SPEECH_LIT("until"),
		SPEECH_LIT("however"), SPEECH_LIT("meanwhile"),
	};

	return speech_range_in(x->s, w->start, w->end, l,
	    sizeof(l) / sizeof(l[0]));
}

/* Words of a list's last members after a comma ("aides and allies",
 * "Iowa, Ohio and Texas"). */
#define LIST_TAIL_WORDS_MAX	4

/*
 * The comma that closes a list's last members opening at cs ("aides and
 * allies,"): at most LIST_TAIL_WORDS_MAX words with "and" or "or" among
 * them, then a comma; NULL when cs opens no such list.
 */
static const char *
list_tail_comma(const char *s, size_t cs, size_t se)
{
	struct text_word w;
	size_t p = cs, n;
	int conj = 0;

	for (n = 0; n <= LIST_TAIL_WORDS_MAX &&
	    text_word_next(s, se, &p, &w); n++) {
		conj |= text_word_eq(s, &w, "and") || text_word_eq(s, &w, "or");
		if (w.end < se && s[w.end] == ',')
			return conj && n >= 2 ? s + w.end : NULL;
		if (!text_gap_is_blank(s, w.end, w.end + 1))
			return NULL;
	}
	return NULL;
}

/* Is the gap [a, b) between a word and "according" blank, or a comma
 * and blanks ("and, according to"), not a quote ("or “D,” according
 * to": the words leave quotes out)? */
static int
according_gap_ok(const char *s, size_t a, size_t b)
{
	if (a < b && s[a] == ',')
		a++;
	return text_gap_is_blank(s, a, b);
}

/* Is a cue word before word i of t? */
static int
cue_before(const struct qx *x, struct sent *t, size_t i)
{
	size_t k;

	for (k = 0; k < i; k++)
		if (speech_cue_is(x, t, k))
			return 1;
	return 0;
}

/*
 * Does the dash that ends at e close a pair, the sentence [ss, e) holding
 * another one before it: "[Ferguson had 115 violent crimes — including
 * murder and robbery —] according to FBI data."?  The clause before the
 * attribution then runs from the sentence's start, the aside inside it;
 * a dash alone before "according to" sets off an aside of its own (not
 * read).  UTF-8 em and en dashes and a spaced double hyphen.
 */
static int
dash_pair_closes(const char *s, size_t ss, size_t e)
{
	size_t p, d = e;

	/* the closing dash's first byte */
	while (d > ss && ((unsigned char)s[d - 1] & 0xC0) == 0x80)
		d--;
	if (d > ss)
		d--;
	if (d > ss && s[d] == '-' && s[d - 1] == '-')
		d--;
	for (p = ss; p + 2 < d; p++)
		if (((unsigned char)s[p] == 0xE2 &&
		    (unsigned char)s[p + 1] == 0x80 &&
		    ((unsigned char)s[p + 2] == 0x94 ||
		    (unsigned char)s[p + 2] == 0x93)) ||
		    (s[p] == ' ' && s[p + 1] == '-' && s[p + 2] == '-'))
			return 1;
	return 0;
}

/*
 * "According to X, CLAUSE" and "CLAUSE, according to X" at word i.  late:
 * read after the sentence's cues, for "according to" after a word that
 * opens a clause (according_opens_clause) with a cue before it only.
 */
static int
according_at(struct qx *x, struct sent *t, size_t i, int late)
{
	const char *s = x->s;
	struct attr a;
	size_t k, n, cs, comma, src_end;
	int quoted, joined;

	/* a cue before "and, according to X, ..." reports a clause of its
	 * own, which analyse reads first (speech_source_according_joined) */
	joined = i > 0 && according_opens_clause(x, &t->w[i - 1]) &&
	    according_gap_ok(s, t->w[i - 1].end, t->w[i].start);
	if (joined && !late && cue_before(x, t, i))
		return 0;
	if (late && !joined)
		return 0;

	memset(&a, 0, sizeof(a));
	if (!attribution_according_to(s, t->se, &t->w[i], &a)) {
		/* "according to state media": any short noun phrase */
		if (i + 2 >= t->n)
			return 0;
		a.ms = t->w[i + 2].start;
		a.me = t->w[i + 2].end;
		for (k = i + 3; k < t->n && k < i + 2 + NOMINAL_MAX; k++) {
			if (!text_gap_is_blank(s, t->w[k - 1].end,
			    t->w[k].start))
				break;
			a.me = t->w[k].end;
		}
		a.found = 1;
		a.cue = str_make(s + t->w[i].start, t->w[i + 1].end -
		    t->w[i].start);
	}
	if (i == 0 || joined) {
		/* the clause after the comma that closes the source (the
		 * words past the cue may not all be read: search bytes) */
		const char *comma_p = a.me < t->se ? memchr(s + a.me, ',',
		    t->se - a.me < SOURCE_BYTES_MAX ? t->se - a.me :
		    SOURCE_BYTES_MAX) : NULL;

		if (comma_p == NULL || speech_span_quote_between(x, t, a.me,
		    (size_t)(comma_p - s)))
			return 0;
		cs = (size_t)(comma_p - s) + 1;
		/* "interviews with Cruz's friends, aides and allies, [he
		 * wants ...]": a list's last members end the source */
		if (joined && (comma_p = list_tail_comma(s, cs, t->se)) != NULL)
			cs = (size_t)(comma_p - s) + 1;
		if (!clause_after_source(x, t, cs))
			return 0;
		return speech_emit(x, t, cs, t->se, &a) == -1 ? -1 : 1;
	}
	/* "That's according to fundraising reports": the pronoun stands
	 * for what the sentence before said (AP style; 4 of 5 uses) */
	if (i == 1 && (t->w[0].flags & TEXT_W_POSS) &&
	    text_word_stem_end(s, &t->w[0]) - t->w[0].start == 4 &&
	    text_range_eq(s, t->w[0].start, t->w[0].start + 4, "that"))
		return speech_emit(x, t, t->w[0].start,
		    text_word_stem_end(s, &t->w[0]), &a) == -1 ? -1 : 1;
	/* the comma may stand inside a fragment's closing mark ("the hush
	 * order was to “avoid effecting the outcome,” according to the
	 * report"; analyse reads the sentence's cues before it) */
	if (!speech_span_clause_closed(x, t, t->w[i].start, &comma) ||
	    (text_is_dash(text_char_before(s, comma)) &&
	    !dash_pair_closes(s, t->ss, comma)))
		return 0;
	/* "Overseas Network, August 15, according to KCNA, on August 15,
	 * ...": a dateline before it, the content after it; "[His
	 * criticism], according to an interview, [was the president's
	 * choice]": a head set off by the attribution is content too.
	 * The source's phrase runs on to its comma past a name ("according
	 * to KCNA reports, ..."). */
	src_end = a.me;
	for (k = i + 2; k < t->n && t->w[k].start < a.me; k++)
		;
	for (n = 0; src_end < t->se && s[src_end] != ',' && k < t->n &&
	    n < NOMINAL_MAX && text_gap_is_blank(s, src_end, t->w[k].start);
	    k++, n++)
		src_end = t->w[k].end;
	if (i <= DATELINE_WORDS_MAX && src_end < t->se && s[src_end] == ',' &&
	    speech_span_content_words(x, t, src_end, t->se, &quoted) >=
	    CONTENT_WORDS_MIN &&
	    !speech_span_mostly_direct(x, t, src_end + 1, t->se)) {
		if (according_head(x, t, i, comma) &&
		    speech_emit(x, t, t->ss, speech_span_trim_end(s, t->ss,
		    comma), &a) == -1)
			return -1;
		return speech_emit(x, t, src_end + 1, t->se, &a) == -1 ? -1 :
		    1;
	}
	comma = speech_span_trim_end(s, t->ss, comma);
	if (speech_span_mostly_direct(x, t, t->ss, comma) ||
	    (speech_span_content_words(x, t, t->ss, comma, &quoted) <
	    CONTENT_WORDS_MIN && !quoted))
		return 0;
	return speech_emit(x, t, speech_span_skip_connective(x, t, t->ss,
	    comma), comma, &a) == -1 ? -1 : 1;
}

/* "According to X, CLAUSE" and "CLAUSE, according to X." */
int
speech_source_according(struct qx *x, struct sent *t, size_t i)
{
	return according_at(x, t, i, 0);
}

/*
 * "Clinton has praised [...], and according to exit polls, [won more than
 * 77 percent ...]": after the sentence's cues, "according to" at word i
 * after a word that opens a clause, a cue before it, takes the clause
 * after its source, unless an item of the sentence (from item first on)
 * runs past it already.
 */
int
speech_source_according_joined(struct qx *x, struct sent *t, size_t first,
    size_t i)
{
	size_t k;

	if (i == 0 || !according_opens_clause(x, &t->w[i - 1]) ||
	    !cue_before(x, t, i))
		return 0;
	for (k = first; k < x->out->n; k++)
		if (x->out->v[k].end > t->w[i].start)
			return 0;
	return according_at(x, t, i, 1);
}

/* "X quoted Y as saying CLAUSE": the participle at i after "as". */
int
speech_source_quoted_as_saying(struct qx *x, struct sent *t, size_t i)
{
	struct attr a;
	size_t k;

	/* (analyse asks this before the call) */
	if (i < 2 || !is_word(x, &t->w[i - 1], "as"))
		return 0;
	for (k = i - 1; k-- > 0 && k + 10 > i;) {
		memset(&a, 0, sizeof(a));
		if (attribution_quoted_as(x->s, t->se, &t->w[k], &a)) {
			if (speech_span_direct_at(x, t, t->w[i].end) != NULL ||
			    speech_span_mostly_direct(x, t, t->w[i].end, t->se))
				return 0;
			return speech_emit(x, t, t->w[i].end, t->se, &a) == -1 ?
			    -1 : 1;
		}
	}
	/* the passive, "Smith was quoted as saying": the subject speaks */
	if (i >= 3 && is_word(x, &t->w[i - 2], "quoted") &&
	    speech_span_is_be(x, &t->w[i - 3]) &&
	    speech_subject_before(x, t, i - 2, &a) &&
	    speech_span_direct_at(x, t, t->w[i].end) == NULL &&
	    !speech_span_mostly_direct(x, t, t->w[i].end, t->se)) {
		a.cue = str_make(x->s + t->w[i - 2].start, t->w[i].end -
		    t->w[i - 2].start);
		return speech_emit(x, t, t->w[i].end, t->se, &a) == -1 ? -1 : 1;
	}
	return 0;
}

/* Words of the phrase that post-modifies a document's noun before its
 * verb: "by Politifact of presidential elections going back to 1972" is
 * 9, "conducted by Edison Research for The Associated Press and
 * television networks" 10. */
#define DOC_PP_WORDS_MAX	10
/* doc_noun's answer when no document's noun heads the subject (0 is a
 * noun at the sentence's start: "Polls conducted by Gallup show"). */
#define DOC_NONE		SIZE_MAX

/* Is w a participle of making a document public or making it at all,
 * which post-modifies the document's noun ("New polls released Sunday",
 * "A study published in Nature", "Polls conducted by Gallup", "exit
 * polls taken in South Carolina")? */
static int
doc_participle(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit l[] = {
		SPEECH_LIT("released"), SPEECH_LIT("published"),
		SPEECH_LIT("conducted"), SPEECH_LIT("taken"),
		SPEECH_LIT("compiled"), SPEECH_LIT("issued"),
		SPEECH_LIT("commissioned"), SPEECH_LIT("obtained"),
		SPEECH_LIT("filed"),
	};

	return speech_range_in(x->s, w->start, w->end, l,
	    sizeof(l) / sizeof(l[0]));
}

/*
 * Does word m open a phrase of when or where that post-modifies a
 * document's noun before it: a time ("A Quinnipiac poll this month
 * found", "a WBUR poll last week showed", speech_span_time_after),
 * "out" before one ("A University of New Hampshire poll out this week
 * shows"), "in" ("Polls in New Hampshire show") or "there" ("Polls there
 * show")?
 */
static int
doc_when_where(const struct qx *x, struct sent *t, size_t m)
{
	const struct text_word *w = &t->w[m];

	if (is_word(x, w, "in") || is_word(x, w, "there"))
		return 1;
	if (is_word(x, w, "out"))
		return speech_span_time_after(x, t, m + 1) > 0;
	return speech_span_time_after(x, t, m) > 0;
}

/*
 * The word of the document's noun (LX_DOC) that heads the subject whose
 * last word is pe: pe itself ("a new poll"), or a noun before a phrase
 * that post-modifies it, of "by", "from" or "of" ("A study by Media
 * Matters", "a new survey of those 18 to 35 years old"), of a
 * participle of publication ("New polls released Sunday", "Polls
 * conducted by Gallup") or of when or where (doc_when_where: "A CNN/ORC
 * poll last month", "Polls in New Hampshire"), with no comma, pronoun, cue or clause opener in
 * the phrase ("after it announced" is a clause).  DOC_NONE when there is
 * none.
 */
static size_t
doc_noun(const struct qx *x, struct sent *t, size_t pe)
{
	const char *s = x->s;
	size_t m;

	if (speech_wlx(x, t, pe) & LX_DOC)
		return pe;
	for (m = pe; m >= 1 && pe - m < DOC_PP_WORDS_MAX; m--) {
		const struct text_word *w = &t->w[m];

		if ((m < pe && !text_gap_is_blank(s, w->end,
		    t->w[m + 1].start)) ||
		    (speech_wlx(x, t, m) & (LX_PRON | SPEECH_CUES)) ||
		    is_word(x, w, "it") || speech_object_opens_clause(x, w))
			break;
		/* the noun's class first: the words' tests cost more */
		if ((speech_wlx(x, t, m - 1) & LX_DOC) &&
		    (is_word(x, w, "by") || is_word(x, w, "from") ||
		    is_word(x, w, "of") || doc_participle(x, w) ||
		    doc_when_where(x, t, m)) &&
		    text_gap_is_blank(s, t->w[m - 1].end, w->start))
			return m - 1;
	}
	return DOC_NONE;
}

/* Words of a phrase set off by commas between a document's noun and its
 * verb: ", released on Wednesday night by the Public Policy Institute of
 * California," is 11, ", conducted jointly with Anderson Robbins
 * Research (D) and Shaw & Company Research (R)," 13. */
#define DOC_PAREN_WORDS_MAX	14

/* Is the gap [a, b) a comma and blanks? */
static int
comma_gap(const char *s, size_t a, size_t b)
{
	return a < b && s[a] == ',' && text_gap_is_blank(s, a + 1, b);
}

/* May the gap [a, b) stand inside a phrase set off by commas: blanks,
 * parentheses and "&" ("Research (D) and Shaw & Company")? */
static int
paren_gap(const char *s, size_t a, size_t b)
{
	size_t q;

	for (q = a; q <= b; q++)
		if (q == b || s[q] == '(' || s[q] == ')' || s[q] == '&') {
			if (!text_gap_is_blank(s, a, q))
				return 0;
			a = q + 1;
		}
	return 1;
}

/*
 * Does a non-restrictive phrase, set off by commas, stand between a
 * document's noun and its verb at word j: a participle of publication
 * or any past participle, or a relative clause ("The survey, conducted
 * by the Public Policy Institute of California, finds [...]", "The
 * poll, released on Wednesday night by PPIC, showed [...]", "The
 * markets, where traders invest, show [...]")?  A phrase set off by
 * commas modifies the noun without closing its clause: the noun is
 * still the verb's subject.  *pe becomes the word before the phrase's
 * first comma.
 */
static int
doc_paren(const struct qx *x, struct sent *t, size_t j, size_t *pe)
{
	const char *s = x->s;
	const struct text_word *f;
	size_t m, e;

	if (j < 3 || (t->w[j].flags & TEXT_W_CAP))
		return 0;
	/* the closing comma may follow a parenthesis ("Research (R),") */
	e = t->w[j - 1].end;
	if (e < t->w[j].start && s[e] == ')')
		e++;
	if (!comma_gap(s, e, t->w[j].start))
		return 0;
	for (m = j - 1; m >= 2 && j - m <= DOC_PAREN_WORDS_MAX; m--) {
		if (comma_gap(s, t->w[m - 1].end, t->w[m].start))
			break;
		if (!paren_gap(s, t->w[m - 1].end, t->w[m].start))
			return 0;
	}
	if (m < 2 || j - m > DOC_PAREN_WORDS_MAX ||
	    !comma_gap(s, t->w[m - 1].end, t->w[m].start))
		return 0;
	f = &t->w[m];
	if ((f->flags & TEXT_W_CAP) || !(doc_participle(x, f) ||
	    speech_ends_with(x, f, "ed") || is_word(x, f, "who") ||
	    is_word(x, f, "which") || is_word(x, f, "where")))
		return 0;
	*pe = m - 1;
	return 1;
}

/*
 * Is the subject found before a cue, a, the maker of the document whose
 * noun at word h a phrase post-modifies up to word pe: a name after "by"
 * or "from" in that phrase ("A study by the watchdog group [Media
 * Matters]", "a new poll from [USA TODAY/Suffolk University]"), not a
 * time ("released [Sunday]", "taken over the past [two weeks]", "by
 * voters in [Saturday]'s primary")?
 */
static int
doc_maker(const struct qx *x, struct sent *t, size_t h, size_t pe,
    const struct attr *a)
{
	size_t k;
	int by = 0;

	if (a->ns >= a->ne)
		return 0;
	for (k = h + 1; k <= pe; k++) {
		if (t->w[k].start >= a->ms) {
			/* "Saturday's" is looked up as "Saturday" */
			struct text_word stem = t->w[k];

			stem.end = text_word_stem_end(x->s, &t->w[k]);
			return by && stem.start == a->ms &&
			    !speech_span_is_cal(x, &stem);
		}
		by |= is_word(x, &t->w[k], "by") ||
		    is_word(x, &t->w[k], "from");
	}
	return 0;
}

/*
 * "A new poll shows [Clinton with a lead]", "Polls show [he remains the
 * second choice]", "the records show [...]", "a CNN poll showing [Trump
 * ahead]": a document, a record, a poll or a count (LX_DOC) speaks
 * through a verb that otherwise reports only with "that" (LX_THATCUE:
 * shows, found) or a verb of evidence (indicates, reveals).  The noun
 * must come right before the verb (past adverbs and "has"/"have"), or
 * before a phrase that post-modifies it (doc_noun: "A study by Media
 * Matters found [...]", "New polls released Sunday showed [...]"), the
 * phrase part of the source, and the content starts right after it:
 * not a preposition ("found in"), not a quote, and not "that" after a
 * bare noun (the clause rules take it; after a post-modifier they would
 * take a word of the phrase as the subject, so this rule does).  A
 * participle's content ends with its clause; a finite verb's runs to the
 * sentence's end.  The source is the document: the noun phrase the noun
 * heads (back over its determiner and modifiers, at most NOUN_WORDS_MAX
 * words) with its post-modifier; only a name after "by" or "from" in
 * that phrase, its maker, speaks instead ("A study by [Media Matters]"),
 * never a time in it ("polls taken over the past two weeks show" has
 * the polls speak, not "two weeks").
 */
int
speech_source_document(struct qx *x, struct sent *t, size_t i,
    struct attr *a)
{
	const char *s = x->s;
	size_t j = i, h, pe, k, m, cs, ce;
	uint32_t nx;
	int quoted, that, paren;

	for (k = 0; k < AUX_WORDS_MAX && j > 1; k++) {
		const struct text_word *pw = &t->w[j - 1];

		if (!text_gap_is_blank(s, pw->end, t->w[j].start) ||
		    !(speech_is_adverb(x, t, j - 1) || is_word(x, pw, "has") ||
		    is_word(x, pw, "have") || is_word(x, pw, "had")))
			break;
		j--;
	}
	if (j == 0 || i + 1 >= t->n)
		return 0;
	pe = j - 1;
	paren = doc_paren(x, t, j, &pe);
	if ((h = doc_noun(x, t, pe)) == DOC_NONE ||
	    (!paren && !text_gap_is_blank(s, t->w[pe].end, t->w[j].start)) ||
	    !text_gap_is_blank(s, t->w[i].end, t->w[i + 1].start))
		return 0;
	k = i + 1;
	/* "New polls released Sunday showed that [about half ...]": after
	 * "that" a clause opens, whatever its first word */
	that = (h < pe || paren) && is_word(x, &t->w[k], "that") &&
	    k + 1 < t->n &&
	    text_gap_is_blank(s, t->w[k].end, t->w[k + 1].start);
	if (that)
		k++;
	nx = speech_wlx(x, t, k);
	if (is_word(x, &t->w[k], "that") || (!that && (nx & LX_FUNC) &&
	    !(nx & (LX_DET | LX_PRON))) || (t->w[k].flags & TEXT_W_DIGIT &&
	    speech_ends_with(x, &t->w[i], "ing")))
		return 0;
	cs = t->w[k].start;
	if (speech_span_direct_at(x, t, t->w[i].end) != NULL)
		return 0;
	ce = speech_ends_with(x, &t->w[i], "ing") ?
	    speech_stance_end(x, t, k) : t->se;
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce) ||
	    (speech_span_content_words(x, t, cs, ce, &quoted) < 2 && !quoted))
		return 0;
	/* past a phrase set off by commas the document speaks, not its
	 * maker ("The survey, conducted by PPIC, finds": PolNeAR dev, 3
	 * of 3) */
	if (paren || (h < pe && a->found && !doc_maker(x, t, h, pe, a)))
		a->found = 0;
	if (!a->found) {
		/* the noun phrase: "The latest Rasmussen Reports poll" */
		for (m = h; m > 0 && h - m < NOUN_WORDS_MAX &&
		    text_gap_is_blank(s, t->w[m - 1].end, t->w[m].start); m--) {
			uint32_t c = speech_wlx(x, t, m - 1);

			if ((c & (SPEECH_CUES | LX_PRON)) ||
			    ((c & LX_FUNC) && !(c & LX_DET)))
				break;
			if (c & LX_DET) {
				m--;
				break;
			}
		}
		memset(a, 0, sizeof(*a));
		a->ms = a->ns = a->ne = t->w[m].start;
		a->me = t->w[pe].end;
		a->found = 1;
	}
	a->cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	return speech_emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}

/* Bytes of the phrase "In DOC," that opens a sentence, to its comma: "In
 * a New York Times/CBS News survey released last Thursday," is 58, "In
 * an online poll of 800 likely Republican primary voters," 58. */
#define IN_DOC_BYTES_MAX	120
/* Bytes of a participle's phrase after the comma ("In the new Morning
 * Consult poll, conducted March 11-13, ...": 21). */
#define IN_DOC_PART_MAX		60

/* Does the word [a, b) end a clause inside the phrase ("where exit
 * polls were conducted", "as polls closed")? */
static int
in_doc_breaks(const char *s, size_t a, size_t b)
{
	static const struct speech_lit l[] = {
		SPEECH_LIT("where"), SPEECH_LIT("when"), SPEECH_LIT("as"),
		SPEECH_LIT("that"), SPEECH_LIT("which"), SPEECH_LIT("who"),
		SPEECH_LIT("while"), SPEECH_LIT("after"), SPEECH_LIT("before"),
	};

	return speech_range_in(s, a, b, l, sizeof(l) / sizeof(l[0]));
}

/* Words of "In X's view," to its comma: "In Professor Knittel's own
 * view," is 4; a longer phrase is no possessor and its noun. */
#define IN_VIEW_WORDS_MAX	6
/* Words of "In the eyes of X," to its comma: the three words, and a
 * noun phrase as long as a name with its modifiers ("the eyes of many
 * longtime Republican voters in Iowa" is 9). */
#define IN_VIEW_PHRASE_MAX	12

/* The nouns of a view held ("in Mr. Connolly's view", "in the eyes of
 * most Americans": PolNeAR's guidelines, "Prepositions and prepositional
 * phrases as cues"). */
static int
view_noun(const char *s, const struct text_word *w)
{
	static const struct speech_lit l[] = {
		SPEECH_LIT("view"), SPEECH_LIT("opinion"), SPEECH_LIT("eyes"),
		SPEECH_LIT("estimation"), SPEECH_LIT("mind"),
		SPEECH_LIT("minds"), SPEECH_LIT("judgment"),
	};

	return speech_range_in(s, w->start, w->end, l,
	    sizeof(l) / sizeof(l[0]));
}

/* A possessor of a view: a word in 's or s' (a name's, "the
 * president's") or a possessive determiner of the third person; not
 * "my", "our", "your": the writer's or the reader's view is no one's
 * reported. */
static int
view_possessor(const char *s, const struct text_word *w)
{
	static const struct speech_lit l[] = {
		SPEECH_LIT("his"), SPEECH_LIT("her"), SPEECH_LIT("their"),
		SPEECH_LIT("its"),
	};

	return (w->flags & TEXT_W_POSS) || speech_range_in(s, w->start,
	    w->end, l, sizeof(l) / sizeof(l[0]));
}

/*
 * Is the phrase [p, c) after a sentence's "In " a view held: "Ash's
 * view", "their view", "Trump's own mind", or "the eyes of X", "the
 * view of X"?  The possessor (its words from the phrase's start to its
 * stem) or X is the source: *ms, *me.
 */
static int
in_view(const char *s, size_t p, size_t c, size_t *ms, size_t *me)
{
	struct text_word w[IN_VIEW_WORDS_MAX], more;
	size_t n = 0, k;

	while (n < IN_VIEW_WORDS_MAX && text_word_next(s, c, &p, &w[n]))
		n++;
	/* "the eyes of most Americans"; not "the eyes of the law" or "of
	 * God", an idiom of standing, no view anyone holds (review T7) */
	if (n >= 4 && text_range_eq(s, w[0].start, w[0].end, "the") &&
	    view_noun(s, &w[1]) &&
	    text_range_eq(s, w[2].start, w[2].end, "of")) {
		if (text_range_eq(s, w[n - 1].start, w[n - 1].end, "law") ||
		    text_range_eq(s, w[n - 1].start, w[n - 1].end, "god"))
			return 0;
		*ms = w[3].start;
		for (*me = c; *me > *ms && s[*me - 1] == ' '; (*me)--)
			;
		return 1;
	}
	if (n < 2 || text_word_next(s, c, &p, &more))
		return 0;
	/* "Professor Knittel's (own) view" */
	k = n - 1;
	if (!view_noun(s, &w[k]))
		return 0;
	if (k >= 2 && text_range_eq(s, w[k - 1].start, w[k - 1].end, "own"))
		k--;
	if (!view_possessor(s, &w[k - 1]))
		return 0;
	*ms = w[0].start;
	*me = (w[k - 1].flags & TEXT_W_POSS) ?
	    text_word_stem_end(s, &w[k - 1]) : w[k - 1].end;
	return 1;
}

/*
 * "In a CNN poll released Monday, [50 percent chose Clinton]": a sentence
 * that opens with "In" and a phrase whose noun is a poll or survey (no
 * clause inside it) speaks through the poll; "In Ash's view, [the
 * change would ...]", "In the eyes of most Americans, [...]" through the
 * view's holder (in_view).  The comma that closes the phrase, or 0.
 * Reads at most IN_DOC_BYTES_MAX bytes.
 */
size_t
speech_source_in_doc_comma(const char *s, size_t ss, size_t se)
{
	static const struct speech_lit docs[] = {
		SPEECH_LIT("poll"), SPEECH_LIT("polls"), SPEECH_LIT("survey"),
		SPEECH_LIT("surveys"),
	};
	const char *c;
	struct text_word w, second = { 0, 0, 0 };
	size_t p = ss + 3, lim, ms, me, n = 0;
	int doc = 0;

	if (se - ss < 4 || s[ss] != 'I' || s[ss + 1] != 'n' ||
	    s[ss + 2] != ' ')
		return 0;
	lim = se - ss < IN_DOC_BYTES_MAX ? se : ss + IN_DOC_BYTES_MAX;
	if ((c = memchr(s + p, ',', lim - p)) == NULL)
		return 0;
	while (text_word_next(s, (size_t)(c - s), &p, &w)) {
		if (in_doc_breaks(s, w.start, w.end))
			return 0;
		doc |= speech_range_in(s, w.start, text_word_stem_end(s, &w),
		    docs, sizeof(docs) / sizeof(docs[0]));
		if (++n == 2)
			second = w;
	}
	if (doc)
		return (size_t)(c - s);
	/* a view's noun last ("Ash's view") or second ("the eyes of
	 * X") before the phrase is read again: most sentences that open
	 * with "In" and a comma are of a time or a place */
	return n >= 2 && n <= IN_VIEW_PHRASE_MAX && (view_noun(s, &w) ||
	    (n >= 4 && view_noun(s, &second))) &&
	    in_view(s, ss + 3, (size_t)(c - s), &ms, &me) ?
	    (size_t)(c - s) : 0;
}

/*
 * "In the latest Washington Post-ABC News poll, conducted in May,
 * [Clinton led Trump 47 percent to 39 percent]": the clause after the
 * comma of speech_source_in_doc_comma's phrase (past a participle's phrase
 * set off by commas), the poll its source.  PolNeAR annotates it as
 * speech of the poll.  The sentence's own cues are read after it.
 */
int
speech_source_in_doc(struct qx *x, struct sent *t)
{
	const char *s = x->s;
	struct text_word w;
	struct attr a;
	size_t comma, cs, p, k;
	const char *c;

	/* speech_source_in_doc_comma(s, t->ss, t->se), read by
	 * speech_cue_last */
	if ((comma = t->in_doc) == 0 ||
	    speech_span_quote_between(x, t, t->ss, comma))
		return 0;
	cs = comma + 1;
	p = cs;
	/* ", conducted March 11-13, ...": a participle's phrase */
	if (text_word_next(s, t->se, &p, &w) && !(w.flags & TEXT_W_CAP) &&
	    w.end - w.start > 4 && text_range_eq(s, w.end - 2, w.end, "ed") &&
	    (c = memchr(s + w.end, ',', t->se - w.end < IN_DOC_PART_MAX ?
	    t->se - w.end : IN_DOC_PART_MAX)) != NULL)
		cs = (size_t)(c - s) + 1;
	if (!clause_after_source(x, t, cs))
		return 0;
	/* "In a CBS poll, 38 percent of voters said CLAUSE": the clause's
	 * own cue reports it (PolNeAR annotates one item, not both) */
	for (k = 0; k < t->n; k++)
		if (t->w[k].start >= cs && speech_cue_is(x, t, k))
			return 0;
	memset(&a, 0, sizeof(a));
	a.found = 1;
	a.ms = t->ss + 3;
	a.me = comma;
	a.cue = str_make(s + t->ss, 2);
	/* a view's holder: the possessor, a name or a pronoun; the
	 * phrase is the cue.  Only a capitalised holder is a name: a
	 * lower-case noun phrase ("In the minds of many voters") is a
	 * mention with no speaker, as "the company" is (review T7) */
	if (in_view(s, t->ss + 3, comma, &a.ms, &a.me)) {
		int cap = s[a.ms] >= 'A' && s[a.ms] <= 'Z';

		a.cue = str_make(s + t->ss, comma - t->ss);
		a.pronoun = !cap && a.me - a.ms <= 5;
		if (cap) {
			a.ns = a.ms;
			a.ne = a.me;
		}
	}
	return speech_emit(x, t, cs, t->se, &a) == -1 ? -1 : 1;
}

/*
 * "Noting that [only Sen. Mark Kirk voted with Democrats], Tester added
 * ...", "Citing [last week's Paris attack as a wake-up call], Will
 * said ...": a participle clause of speech or thought (LX_CUE,
 * LX_REPORT, LX_STANCE) that opens the sentence has the main clause's
 * subject, the mention right after the clause's comma
 * (speech_participle_subject), as its source; its object, past "that"
 * or a preposition ("Remarking upon [...]"), runs to that comma.  Not a
 * verb that takes its content only after a preposition ("Speaking to
 * reporters, ...", LX_PREPCUE alone): PolNeAR annotates its addressee
 * as no content.  A gerund subject ("Criticizing police tactics will
 * alienate ...") has no comma and a verb of its own: no item.  The
 * sentence's own cues are read after it.  The cue, the participle, is
 * capitalised: the cue scan does not keep it.
 */
int
speech_source_fronted_participle(struct qx *x, struct sent *t)
{
	static const struct speech_lit preps[] = {
		SPEECH_LIT("that"), SPEECH_LIT("to"), SPEECH_LIT("on"),
		SPEECH_LIT("upon"), SPEECH_LIT("about"), SPEECH_LIT("at"),
		SPEECH_LIT("with"), SPEECH_LIT("for"), SPEECH_LIT("of"),
	};
	const char *s = x->s;
	struct attr a;
	size_t cs, ce, k;
	int quoted;

	if (t->n < 4 || !(speech_wlx(x, t, 0) & (LX_CUE | LX_REPORT |
	    LX_STANCE)) || t->w[0].start != t->ss ||
	    !text_gap_is_blank(s, t->w[0].end, t->w[1].start))
		return 0;
	memset(&a, 0, sizeof(a));
	if (!speech_participle_subject(x, t, 0, &a) || a.ms <= t->w[1].start)
		return 0;
	/* the comma right before the subject closes the clause */
	ce = a.ms;
	while (ce > t->w[1].start && text_gap_is_blank(s, ce - 1, ce))
		ce--;
	if (ce <= t->w[1].start || s[ce - 1] != ',')
		return 0;
	ce = speech_span_trim_end(s, t->w[1].start, ce - 1);
	k = 1;
	if (speech_range_in(s, t->w[1].start, t->w[1].end, preps,
	    sizeof(preps) / sizeof(preps[0])) && t->n > 2 &&
	    text_gap_is_blank(s, t->w[1].end, t->w[2].start))
		k = 2;
	cs = t->w[k].start;
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce) ||
	    (speech_span_content_words(x, t, cs, ce, &quoted) < 2 && !quoted))
		return 0;
	a.cue = str_make(s + t->w[0].start, t->w[0].end - t->w[0].start);
	return speech_emit(x, t, cs, ce, &a) == -1 ? -1 : 1;
}

/*
 * Verbs whose passive names the content as its subject and the source
 * after "by" ("[The meeting] was first reported by Politico", "[Her
 * death] was confirmed by the Eagle Forum", "[The move] was hotly
 * criticized by left-leaning economists"): each annotated so in three
 * uses in four or more (reported 7 of 7, echoed 5 of 5, rejected 4 of 5,
 * criticized 3 of 4, endorsed and accused 2 of 2); not "asked by" (0 of
 * 6), "supported by" (4 of 7), "attacked by" (1 of 3).
 */
static const struct speech_lit passive_by[] = {
	SPEECH_LIT("reported"), SPEECH_LIT("echoed"), SPEECH_LIT("rejected"),
	SPEECH_LIT("criticized"), SPEECH_LIT("claimed"),
	SPEECH_LIT("endorsed"), SPEECH_LIT("denounced"),
	SPEECH_LIT("accused"), SPEECH_LIT("confirmed"),
	SPEECH_LIT("applauded"), SPEECH_LIT("welcomed"),
	SPEECH_LIT("praised"), SPEECH_LIT("condemned"),
	SPEECH_LIT("dismissed"), SPEECH_LIT("disputed"),
	SPEECH_LIT("denied"), SPEECH_LIT("blamed"), SPEECH_LIT("hailed"),
};

/* Verbs of reporting whose passive opens the sentence after "As" with
 * its agent (FrameNet's Statement and Reporting: "As reported by Western
 * Journalism, [...]", "As first noted by The Hill, [...]"). */
static const struct speech_lit as_passive[] = {
	SPEECH_LIT("reported"), SPEECH_LIT("noted"), SPEECH_LIT("stated"),
	SPEECH_LIT("detailed"), SPEECH_LIT("documented"),
	SPEECH_LIT("revealed"), SPEECH_LIT("explained"),
	SPEECH_LIT("described"), SPEECH_LIT("confirmed"),
};

/*
 * "As (first) reported by X, [CLAUSE]": the passive of "As X reported,
 * [CLAUSE]", which the clause rules read (PolNeAR annotates both alike:
 * the clause after the comma is the content, the agent after "by" the
 * source; dev: 6 of 6).  "As" opens the sentence, capitalised; the verb
 * at word i, 1 or 2 (an adverb between: "first", "previously"); the
 * source from the word after "by" to its comma (at most
 * SOURCE_BYTES_MAX bytes, no quote).  The clause runs to the sentence's
 * end, and takes the sentence as "According to X, CLAUSE" does: PolNeAR
 * gives each token one attribution, the outer.  1 when it took the
 * item.
 */
int
speech_source_as_passive(struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	const char *comma_p;
	struct attr a;
	struct text_word last;
	size_t cs, src, lim;

	if (i == 0 || i > 2 || i + 2 >= t->n ||
	    !(t->w[0].flags & TEXT_W_CAP) || !is_word(x, &t->w[0], "as") ||
	    !is_word(x, &t->w[i + 1], "by") ||
	    (i == 2 && !is_word(x, &t->w[1], "first") &&
	    !speech_is_adverb(x, t, 1)) ||
	    !speech_range_in(s, t->w[i].start, t->w[i].end, as_passive,
	    sizeof(as_passive) / sizeof(as_passive[0])))
		return 0;
	src = t->w[i + 2].start;
	lim = t->se - src < SOURCE_BYTES_MAX ? t->se - src : SOURCE_BYTES_MAX;
	if ((comma_p = memchr(s + src, ',', lim)) == NULL ||
	    speech_span_quote_between(x, t, src, (size_t)(comma_p - s)))
		return 0;
	memset(&a, 0, sizeof(a));
	if (!speaker_mention_fwd(s, (size_t)(comma_p - s), src, &a, &last)) {
		memset(&a, 0, sizeof(a));
		a.ms = src;
		a.me = (size_t)(comma_p - s);
	}
	a.found = 1;
	cs = (size_t)(comma_p - s) + 1;
	if (!clause_after_source(x, t, cs))
		return 0;
	a.cue = str_make(s + t->w[i].start, t->w[i + 1].end - t->w[i].start);
	return speech_emit(x, t, cs, t->se, &a) == -1 ? -1 : 1;
}

/*
 * "SUBJECT was (first) reported by AGENT": the subject is the content, the
 * agent the source.  The subject runs back from the auxiliaries to the
 * clause's start (a relative pronoun alone: "[which] was first reported
 * by The Associated Press").  1 when it took the item.
 */
int
speech_source_passive_by(struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	size_t j = i, k, n, m;
	int be = 0;
	struct attr a;
	struct text_word last;

	/* (analyse asks the first three before the call) */
	if (i == 0 || i + 2 >= t->n || !is_word(x, &t->w[i + 1], "by") ||
	    speech_span_is_cal(x, &t->w[i + 2]) ||
	    is_word(x, &t->w[i + 2], "now") ||
	    !speech_range_in(s, t->w[i].start, t->w[i].end, passive_by,
	    sizeof(passive_by) / sizeof(passive_by[0])))
		return 0;
	/* back over the auxiliaries and adverbs: "was first", "has been
	 * repeatedly"; a form of "be" among them */
	while (j > 0 && i - j <= AUX_WORDS_MAX &&
	    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start) &&
	    !(t->w[j - 1].flags & TEXT_W_CAP) &&
	    (speech_is_adverb(x, t, j - 1) ||
	    speech_span_is_aux(x, &t->w[j - 1]) ||
	    speech_span_is_be(x, &t->w[j - 1]) ||
	    is_word(x, &t->w[j - 1], "first") ||
	    is_word(x, &t->w[j - 1], "not"))) {
		be |= speech_span_is_be(x, &t->w[j - 1]);
		j--;
	}
	if (!be || j == 0)
		return 0;
	/* the subject: back to the clause's start, a relative pronoun
	 * alone */
	if (is_word(x, &t->w[j - 1], "which") || is_word(x, &t->w[j - 1],
	    "who") || is_word(x, &t->w[j - 1], "that"))
		k = j - 1;
	else {
		for (k = j, n = 0; k > 0 && n < RAISE_SUBJECT_WORDS_MAX;
		    k--, n++) {
			const struct text_word *pw = &t->w[k - 1];

			/* a cue word is a verb that closes the subject,
			 * unless a determiner or a possessive makes it a
			 * noun ("The plan", "Clinton's attacks") */
			if (!speech_span_blank_or_poss(s, pw->end,
			    t->w[k].start) ||
			    speech_object_opens_clause(x, pw) ||
			    ((speech_wlx(x, t, k - 1) & SPEECH_CUES) &&
			    !(k >= 2 && ((speech_wlx(x, t, k - 2) & LX_DET) ||
			    (t->w[k - 2].flags & TEXT_W_POSS)))))
				break;
		}
		if (k == j || n == RAISE_SUBJECT_WORDS_MAX ||
		    (k == 0 && t->w[0].start != t->ss))
			return 0;
	}
	if (speech_span_mostly_direct(x, t, t->w[k].start, t->w[j - 1].end))
		return 0;
	/* the source: a mention after "by", or a short noun phrase */
	memset(&a, 0, sizeof(a));
	if (!speaker_mention_fwd(s, t->se, t->w[i + 2].start, &a, &last)) {
		a.ms = t->w[i + 2].start;
		a.me = t->w[i + 2].end;
		for (m = i + 3; m < t->n && m < i + 2 + NOMINAL_MAX; m++) {
			if (!text_gap_is_blank(s, t->w[m - 1].end,
			    t->w[m].start))
				break;
			a.me = t->w[m].end;
		}
	}
	a.found = 1;
	a.cue = str_make(s + t->w[i].start, t->w[i].end - t->w[i].start);
	return speech_emit(x, t, t->w[k].start, t->w[j - 1].end, &a) == -1 ?
	    -1 : 1;
}
