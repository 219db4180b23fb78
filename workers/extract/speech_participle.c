/*
 * speech_participle.c — the subject of a participle cue (", saying ...",
 * "by saying", "with three in 10 saying", "Noting that ..., Tester
 * added"): the subject of the clause the participle hangs from, the
 * inverted subject of a cue before its comma, the noun phrase of an
 * absolute "with" phrase, or the subject after a fronted participle
 * clause; and the maker of a speech act's product a participle follows
 * ("issued a statement saying").  The subject of a finite cue is
 * speech_subject.c's.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"

/*
 * Is the word before the comma ending a name that follows a quote cue,
 * its inverted subject ("asked Mr. Manafort, referring", "said Sen. Ted
 * Cruz, adding")?  The participle at i is that speaker's act.
 */
static int
inverted_subject(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	size_t k;

	if (!speaker_mention_back_in(x->s, t->ss, t->w[i - 1].end, a, t->w,
	    i) ||
	    a->ns == a->ne)
		return 0;
	for (k = i - 1; k > 0 && t->w[k].start > a->ms; k--)
		;
	/* not "told AIPAC, referring": told's name is its addressee */
	if (k == 0 || t->w[k].start != a->ms || (t->w[k - 1].flags &
	    TEXT_W_CAP) || !(speech_wlx(x, t, k - 1) & LX_CUE) ||
	    (speech_wlx(x, t, k - 1) & LX_OBJCUE) ||
	    !text_gap_is_blank(x->s, t->w[k - 1].end, a->ms))
		return 0;
	a->found = 1;
	return 1;
}

/*
 * The subject after a fronted participle clause ("After saying he was
 * nervous, the man asked"): read forward from the first comma after the
 * cue at word i outside quotes, within CLAUSE_BYTES_MAX.
 */
static int
fronted_subject(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	const char *s = x->s;
	const char *c;
	size_t from = t->w[i].end, lim = t->se - from < CLAUSE_BYTES_MAX ?
	    t->se : from + CLAUSE_BYTES_MAX, k;
	struct text_word last;

	/* the first comma outside quotes a subject follows: past a
	 * relative clause ("After thanking the crowd, which chanted his
	 * name, he ...") */
	while ((c = memchr(s + from, ',', lim - from)) != NULL) {
		from = (size_t)(c - s) + 1;
		for (k = 0; k < t->nq; k++) {
			const struct speech_quote *q = speech_sq_at(x, t, k);

			if (q->start < (size_t)(c - s) && (size_t)(c - s) <
			    q->end)
				break;
		}
		memset(a, 0, sizeof(*a));
		if (k == t->nq && speaker_mention_fwd(s, t->se, from, a,
		    &last) && a->me > a->ms) {
			a->found = 1;
			return 1;
		}
	}
	memset(a, 0, sizeof(*a));
	return 0;
}

/*
 * Is w a noun for the product of a speech act, which its maker issues,
 * delivers or writes (FrameNet's Statement and Text frames: statement,
 * remarks, announcement, speech, address, letter, memo, op-ed, column,
 * article, paper, release, tweet, post, ad)?  Not a record or a poll
 * (LX_DOC), which speaks for itself ("a poll showing").
 */
static int
speech_product_noun(const struct qx *x, const struct text_word *w)
{
	static const struct speech_lit nouns[] = {
		SPEECH_LIT("statement"), SPEECH_LIT("statements"),
		SPEECH_LIT("remarks"), SPEECH_LIT("announcement"),
		SPEECH_LIT("speech"), SPEECH_LIT("speeches"),
		SPEECH_LIT("address"), SPEECH_LIT("letter"),
		SPEECH_LIT("letters"), SPEECH_LIT("op-ed"),
		SPEECH_LIT("column"), SPEECH_LIT("article"),
		SPEECH_LIT("paper"), SPEECH_LIT("release"),
		SPEECH_LIT("tweet"), SPEECH_LIT("tweets"), SPEECH_LIT("post"),
		SPEECH_LIT("ad"), SPEECH_LIT("ads"), SPEECH_LIT("message"),
	};

	return !(w->flags & TEXT_W_CAP) && speech_range_in(x->s, w->start,
	    w->end, nouns, sizeof(nouns) / sizeof(nouns[0]));
}

/* Words of an appositive or a parenthesis between a clause's subject
 * and its verb: "France's far-right party leader, Marine Le Pen, voiced"
 * is 3, "Twitter, at the same time, put" 4. */
#define PAREN_WORDS_MAX		8

/* May word j be a verb: a lower-case word of letters, no function word,
 * determiner or pronoun ("Earlier this week", "Aug 31", "Hit your
 * opponent" are no subject and verb)? */
static int
is_verb_word(const struct qx *x, struct sent *t, size_t j)
{
	return !(t->w[j].flags & (TEXT_W_CAP | TEXT_W_DIGIT)) &&
	    !(speech_wlx(x, t, j) & (LX_FUNC | LX_DET | LX_PRON));
}

/*
 * Is word j, before word i, the verb of the subject that ends right
 * before it (is_verb_word), past a time ("Trump on Tuesday dismissed")
 * or, after a comma, past an appositive or a parenthesis closed by
 * another ("Trump, meanwhile, was making")?
 */
static int
verb_follows(const struct qx *x, struct sent *t, size_t i, size_t j)
{
	const char *s = x->s;
	size_t k;

	if (j == 0 || j >= i)
		return 0;
	if (text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start)) {
		j += speech_span_time_after(x, t, j);
		return j < i && is_verb_word(x, t, j) &&
		    text_gap_is_blank(s, t->w[j - 1].end, t->w[j].start);
	}
	if (speech_char_before(s, t->w[j - 1].end, t->w[j].start, NULL) !=
	    ',')
		return 0;
	/* the mention read its appositive ("Trump, meanwhile,"), or the
	 * parenthesis is still to pass */
	if (is_verb_word(x, t, j) && !speech_ends_with(x, &t->w[j], "ing"))
		return 1;
	for (k = j + 1; k < i && k <= j + PAREN_WORDS_MAX; k++)
		if (!text_gap_is_blank(s, t->w[k - 1].end, t->w[k].start))
			break;
	return k < i && k <= j + PAREN_WORDS_MAX &&
	    speech_char_before(s, t->w[k - 1].end, t->w[k].start, NULL) ==
	    ',' && is_verb_word(x, t, k) &&
	    !speech_ends_with(x, &t->w[k], "ing");
}

/*
 * The subject of the clause the participle at word i hangs from
 * ("Menendez rejected the notion that Democrats could ..., arguing":
 * Menendez, not Democrats): the mention that opens a clause of the
 * sentence before it (speech_opens_clause_at: past a fronted phrase, "In
 * May, a federal judge sided with the Democrats, saying"; past a quote,
 * "'...,' the former president said, referring"), not inside a quote,
 * with a verb right after it (a lower-case word that is no function
 * word, past a time: "Trump on Tuesday dismissed").  The first such
 * clause's, the participle's controller being the main clause's subject,
 * not one inside its object; but a clause coordinated after "and" or
 * "but" with a subject of its own takes over ("Trump spoke first, and
 * Clinton replied, saying").  Reads the sentence's words from lo on.
 */
static int
main_clause_subject(struct qx *x, struct sent *t, size_t i, size_t lo,
    struct attr *a)
{
	const char *s = x->s;
	struct attr m;
	struct text_word last;
	size_t k, j, c;
	int found = 0, coord;

	for (k = 0; k + 1 < i; k++) {
		if (t->w[k].start < lo || !speech_opens_clause_at(x, t, k) ||
		    speech_quote_around(x, t, t->w[k].start) != 0)
			continue;
		c = k;
		coord = 0;
		if ((is_word(x, &t->w[k], "and") ||
		    is_word(x, &t->w[k], "but")) && k > 0) {
			c = k + 1;
			coord = 1;
		}
		if (c + 1 >= i || (found && !coord))
			continue;
		memset(&m, 0, sizeof(m));
		if (!speaker_mention_fwd(s, t->w[i].start, t->w[c].start, &m,
		    &last) || m.ms != t->w[c].start)
			continue;
		/* a nominal read on over its verb ("A New York judge has
		 * rejected a media", "a federal judge sided with the"): it
		 * ends before an auxiliary or a past tense that a function
		 * word, a determiner or a name follows */
		for (j = c + 1; j < i && t->w[j].start < last.end; j++)
			if (!m.pronoun && (speech_wlx(x, t, c) & LX_DET) &&
			    !(t->w[j].flags & TEXT_W_CAP) &&
			    (speech_is_finite_aux(x, &t->w[j]) || (j > c + 1 &&
			    j + 1 < i && speech_ends_with(x, &t->w[j], "ed") &&
			    ((t->w[j + 1].flags & TEXT_W_CAP) ||
			    (speech_wlx(x, t, j + 1) & (LX_FUNC | LX_DET |
			    LX_PRON)))))) {
				m.me = t->w[j - 1].end;
				last = t->w[j - 1];
				if (m.ns >= m.me)
					m.ns = m.ne = 0;
				break;
			}
		if (j >= i || !verb_follows(x, t, i, j))
			continue;
		*a = m;
		found = 1;
	}
	return found;
}

/*
 * "..., with three in 10 saying [...]", "with top defense officials
 * vowing [to ...]": the absolute construction, "with" + a noun phrase +
 * a participle, whose noun phrase is the participle's subject.  Read back
 * from the cue at i at most NOUN_WORDS_MAX words to "with", blank gaps
 * only, no function word but a determiner, "of" or "in" ("three in 10")
 * between, no auxiliary ("with what was said" is no such phrase).
 */
static int
absolute_with(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	size_t k;
	struct text_word last;
	struct attr m;

	for (k = i; k > 1 && i - k < NOUN_WORDS_MAX; k--) {
		const struct text_word *w = &t->w[k - 1];
		uint32_t lx = speech_wlx(x, t, k - 1);

		if (!text_gap_is_blank(x->s, w->end, t->w[k].start))
			return 0;
		if (is_word(x, w, "with"))
			break;
		if (((lx & (LX_FUNC | SPEECH_CUES | LX_PRON)) &&
		    !(lx & LX_DET) && !is_word(x, w, "of") &&
		    !is_word(x, w, "in")) ||
		    speech_span_is_aux(x, w) || speech_span_is_be(x, w))
			return 0;
	}
	if (k <= 1 || k == i || !is_word(x, &t->w[k - 1], "with"))
		return 0;
	memset(a, 0, sizeof(*a));
	memset(&m, 0, sizeof(m));
	if (speaker_mention_fwd(x->s, t->w[i].start, t->w[k].start, &m,
	    &last) && m.ms == t->w[k].start && last.end == t->w[i - 1].end)
		*a = m;
	else {
		a->ms = t->w[k].start;
		a->me = t->w[i - 1].end;
	}
	a->found = 1;
	return 1;
}

/* Words that may stand between a participle's comma and the
 * participle: an adverb or a negation ("Henry said, likely referring
 * to", "he said, not even suggesting"), and before them "before" or
 * "after", prepositions whose object is the participle's clause ("Trump
 * told reporters, before insisting he had ...").  Two is as many as the
 * dev set shows ("not even", "while also"). */
#define PARTICIPLE_LEAD_MAX	2

/*
 * The first word of the participle phrase whose participle is word i:
 * i, or the first of at most PARTICIPLE_LEAD_MAX adverbs, negations and
 * a leading "before"/"after" before it.
 */
static size_t
participle_lead(const struct qx *x, struct sent *t, size_t i)
{
	size_t p = i;

	while (p > 1 && i - p < PARTICIPLE_LEAD_MAX &&
	    text_gap_is_blank(x->s, t->w[p - 1].end, t->w[p].start) &&
	    ((speech_is_adverb(x, t, p - 1) &&
	    !speech_is_finite_aux(x, &t->w[p - 1])) ||
	    is_word(x, &t->w[p - 1], "not")))
		p--;
	if (p > 1 && i - p < PARTICIPLE_LEAD_MAX &&
	    text_gap_is_blank(x->s, t->w[p - 1].end, t->w[p].start) &&
	    (is_word(x, &t->w[p - 1], "before") ||
	    is_word(x, &t->w[p - 1], "after")))
		p--;
	return p;
}

/*
 * Does the phrase of a participle of speech open at word k: the -ing
 * cue itself, or at most PARTICIPLE_LEAD_MAX adverbs and negations before
 * it ("he said, not even suggesting", "said, likely referring to")?
 * Such a phrase after a cue's comma is the speaker's next act, read by
 * the participle rule, and no content of the cue before it.
 */
int
speech_participle_opens(const struct qx *x, struct sent *t, size_t k)
{
	size_t p;

	for (p = k; p < t->n && p <= k + PARTICIPLE_LEAD_MAX; p++) {
		const struct text_word *w = &t->w[p];

		if ((w->flags & TEXT_W_CAP) || (p > k &&
		    !text_gap_is_blank(x->s, t->w[p - 1].end, w->start)))
			return 0;
		if (speech_ends_with(x, w, "ing") &&
		    (speech_wlx(x, t, p) & SPEECH_CUES))
			return 1;
		if (!(speech_is_adverb(x, t, p) &&
		    !speech_is_finite_aux(x, w)) && !is_word(x, w, "not"))
			return 0;
	}
	return 0;
}

/*
 * Is word p, which opens the phrase of the participle at i, "before" or
 * "after" with no comma before it ("Rubio responded before adding [that
 * he will have to win ...]", "Police charged Lewandowski after
 * determining [that ...]", "committing gaffes after telling [his aides he
 * planned ...]")?  A gerund after a preposition of time is controlled by
 * its clause's subject, as a participle set off by a comma is (news style
 * counts a subject that is not the gerund's a dangling modifier).  Not
 * "in", "without", "when": on the dev set the clause after "in saying"
 * is annotated in 28 uses of 89, against 25 of 40 after "before" and
 * "after" (a gerund after "in" that no reader gave a subject is
 * speech_participle_gerund's).
 */
static int
before_after_gerund(const struct qx *x, struct sent *t, size_t p, size_t i)
{
	return p < i && p > 0 && (is_word(x, &t->w[p], "before") ||
	    is_word(x, &t->w[p], "after"));
}

/*
 * Is the cue at word i a gerund of saying, stance or intent right after
 * a preposition ("a long history of blaming [others]", "joined Democrats
 * in writing [a bill]", "held in contempt for refusing [to show up]",
 * "kept from writing about [their partnership]"), or after a verb of
 * aspect ("began calling for [Emanuel to resign]")?  Asked when no reader
 * found the cue a subject: the gerund's is its clause's, as an
 * infinitive of purpose's is (speech_far_subject), or none is named.
 * PolNeAR takes a cue in any form of its verb ("Lowell dreads chasing
 * after buses"); the clause after "in saying" that the participle
 * readers pass over is mostly taken by other rules.  Not a verb of
 * thought alone (LX_REPORT: "no way of knowing", "without thinking"):
 * after a preposition its subject is as often anyone.
 */
int
speech_participle_gerund(const struct qx *x, struct sent *t, size_t i)
{
	static const struct speech_lit preps[] =
	    SPEECH_WORDS(SPEECH_WORDS_GERUND_PREP);
	static const struct speech_lit aspect[] =
	    SPEECH_WORDS(SPEECH_WORDS_ASPECT_VERB);
	const struct text_word *p;

	if (i == 0 || !speech_ends_with(x, &t->w[i], "ing") ||
	    (t->w[i].flags & TEXT_W_CAP) ||
	    !(speech_wlx(x, t, i) & (LX_CUE | LX_THATCUE | LX_STANCE |
	    LX_INTENT)))
		return 0;
	p = &t->w[i - 1];
	return text_gap_is_blank(x->s, p->end, t->w[i].start) &&
	    (speech_range_in(x->s, p->start, p->end, preps,
	    sizeof(preps) / sizeof(preps[0])) ||
	    speech_range_in(x->s, p->start, p->end, aspect,
	    sizeof(aspect) / sizeof(aspect[0])));
}

/* Words of a measure of time before a fronted "after" ("Eight years",
 * "Only two days", "Shortly"). */
#define FRONT_TIME_WORDS_MAX	3

/*
 * Do the words before "before"/"after" at word p measure a time and open
 * the sentence ("One month after announcing ...", "Eight years after
 * backing ...", "Shortly after ...")?  Then the phrase is fronted: no
 * clause stands before it, and its subject comes after its comma.
 */
static int
fronted_time(const struct qx *x, struct sent *t, size_t p)
{
	static const struct speech_lit units[] = {
		SPEECH_LIT("moments"), SPEECH_LIT("minutes"),
		SPEECH_LIT("hours"), SPEECH_LIT("day"), SPEECH_LIT("days"),
		SPEECH_LIT("week"), SPEECH_LIT("weeks"), SPEECH_LIT("month"),
		SPEECH_LIT("months"), SPEECH_LIT("year"), SPEECH_LIT("years"),
		SPEECH_LIT("shortly"), SPEECH_LIT("soon"), SPEECH_LIT("just"),
		SPEECH_LIT("immediately"), SPEECH_LIT("long"),
	};
	const struct text_word *u = &t->w[p - 1];

	return p <= FRONT_TIME_WORDS_MAX && t->w[0].start == t->ss &&
	    speech_range_in(x->s, u->start, u->end, units,
	    sizeof(units) / sizeof(units[0]));
}

/*
 * Does the participle phrase at pos follow a direct quote's closing mark
 * with the quote's comma inside it, the quote standing after the
 * sentence's first word ("Smith said, \"We will win,\" adding that
 * [...]", "he told reporters: \"...,\" noting [...]")?  The quote is
 * the object of a cue before it, and the participle hangs from that
 * cue's clause as it does after "said [X], adding"; a quote that opens
 * the sentence has its attribution after it, which the rules read.
 */
static int
after_direct_quote(const struct qx *x, struct sent *t, size_t pos)
{
	const char *s = x->s;
	size_t p, k;
	uint32_t c = speech_char_before(s, t->ss, pos, &p);

	if (!text_is_closing_mark(c))
		return 0;
	for (k = 0; k < t->nq; k++) {
		const struct speech_quote *q = speech_sq_at(x, t, k);

		if (q->end == p)
			break;
	}
	if (k == t->nq || !speech_sq_at(x, t, k)->direct ||
	    speech_sq_at(x, t, k)->start <= t->ss)
		return 0;
	p -= c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
	if (c == '\'' && p > t->ss && s[p - 1] == '\'')
		p--;		/* '' */
	return p > t->ss && s[p - 1] == ',';
}

/*
 * The subject of a participle cue set off by a comma or a dash, or after
 * "by" or "while": the subject of the clause it hangs from ("Trump
 * defended New York values, saying ...", "Bolton distanced himself by
 * saying ...").  The clause is read back at most CLAUSE_BYTES_MAX.
 */
int
speech_participle_subject(struct qx *x, struct sent *t, size_t i,
    struct attr *a)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i];
	size_t lo, at, p;
	uint32_t c;
	int ba;

	/* "Noting that [...], Tester added", "Citing [last week's attack],
	 * Will said": a participle clause that opens the sentence has the
	 * subject after its comma */
	if (i == 0 && speech_ends_with(x, w, "ing") &&
	    (speech_wlx(x, t, 0) & (LX_CUE | LX_REPORT | LX_STANCE)))
		return fronted_subject(x, t, i, a);
	if (!speech_ends_with(x, w, "ing") || (w->flags & TEXT_W_CAP) ||
	    !(speech_wlx(x, t, i) & (LX_CUE | LX_REPORT | LX_STANCE |
	    LX_INTENT | LX_PREPCUE | LX_LIGHT)) ||
	    i == 0)
		return 0;
	/* "After thanking the crowd, he ...", "In rejecting the
	 * challenge, the commission ...": the subject follows the
	 * fronted clause's comma */
	if (i == 1 && (t->w[0].flags & TEXT_W_CAP) &&
	    (speech_wlx(x, t, 0) & LX_FUNC) &&
	    (speech_wlx(x, t, 0) & LX_CAPSTOP))
		return fronted_subject(x, t, i, a);
	/* "with 30 percent of voters saying [...]" */
	if (absolute_with(x, t, i, a))
		return 1;
	/* the phrase's first word: the participle, or an adverb or
	 * "before" ahead of it (", likely referring to") */
	p = participle_lead(x, t, i);
	w = &t->w[p];
	c = speech_char_before(s, t->ss, w->start, NULL);
	/* the comma may sit inside a fragment's closing mark ("said it
	 * was \"corrupt,\" noting ...") */
	ba = c != ',' && !text_is_dash(c) && before_after_gerund(x, t, p, i);
	if (c != ',' && !text_is_dash(c) && !is_word(x, &t->w[p - 1], "by") &&
	    !is_word(x, &t->w[p - 1], "while") && !ba &&
	    !speech_span_clause_closed(x, t, w->start, &at) &&
	    !after_direct_quote(x, t, w->start))
		return 0;
	/* "One month after announcing [his support], Marco Rubio ...":
	 * the phrase opens the sentence, its subject follows */
	if (ba && fronted_time(x, t, p))
		return fronted_subject(x, t, i, a);
	lo = w->start - t->ss > CLAUSE_BYTES_MAX ? w->start -
	    CLAUSE_BYTES_MAX : t->ss;
	memset(a, 0, sizeof(*a));
	/* "'...?' asked Mr. Manafort, referring to ...": the inverted
	 * subject of the cue before the comma */
	if (c == ',' && p >= 2 && inverted_subject(x, t, p, a))
		return 1;
	/* "A, Mr. Manafort said, adding ...": the participle hangs from
	 * the attribution right before its comma */
	memset(a, 0, sizeof(*a));
	if ((c == ',' || ba) && p >= 2 && (speech_wlx(x, t, p - 1) & LX_CUE) &&
	    !(t->w[p - 1].flags & TEXT_W_CAP) &&
	    (speech_ends_with(x, &t->w[p - 1], "ed") ||
	    is_word(x, &t->w[p - 1], "said") ||
	    is_word(x, &t->w[p - 1], "says") ||
	    is_word(x, &t->w[p - 1], "told") ||
	    is_word(x, &t->w[p - 1], "wrote")) &&
	    speech_subject_before(x, t, p - 1, a) == SUBJ_MENTION)
		return 1;
	memset(a, 0, sizeof(*a));
	if (main_clause_subject(x, t, p, lo, a)) {
		a->found = 1;
		return 1;
	}
	memset(a, 0, sizeof(*a));
	if (!speaker_mention_clause_subject(s, lo, w->start, a))
		return 0;
	a->found = 1;
	return 1;
}

/*
 * "Trump issued a statement saying ...", "Clinton delivered the speech
 * outlining ...": the participle at word i right after a nominal subject
 * a (no name, no pronoun) headed by a speech act's product is said
 * through it by the subject of the clause that holds it
 * (main_clause_subject), who becomes a; PolNeAR names the maker.  A
 * product with no such clause ("In a statement announcing the pick, the
 * union ...") stays the source.
 */
void
speech_participle_maker(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	struct attr m;
	size_t lo;

	/* (analyse asks the first three before the call) */
	if (i == 0 || a->ns != a->ne || a->pronoun ||
	    !speech_ends_with(x, &t->w[i], "ing") ||
	    !speech_product_noun(x, &t->w[i - 1]) ||
	    a->me != t->w[i - 1].end ||
	    !text_gap_is_blank(x->s, t->w[i - 1].end, t->w[i].start))
		return;
	lo = t->w[i].start - t->ss > CLAUSE_BYTES_MAX ? t->w[i].start -
	    CLAUSE_BYTES_MAX : t->ss;
	memset(&m, 0, sizeof(m));
	if (main_clause_subject(x, t, i, lo, &m)) {
		m.found = 1;
		*a = m;
	}
}
