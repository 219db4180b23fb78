/*
 * speech_passive.c — a passive of perception or naming with no agent:
 * "Mr. Sanders is seen as [empowering regular voters]", "She was known
 * as [the rainmaker]", "He is best known for [his work on trade]"; and
 * with its predicate right after it, "is considered [a threat]".
 * PolNeAR's guidelines give the last as an attribution with no source:
 * the view is held by people the passive leaves unnamed, and what it
 * holds is the object of "as" or "for".  An agent after "by" that ends
 * the content names who holds it: the source (agent_by).
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/*
 * The verbs of perception, judgement and naming whose passive reports a
 * view through "as" (VerbNet's characterize-29.2, declare-29.4 and
 * see's "see X as Y"): "seen as", "regarded as", "viewed as",
 * "perceived as", "described as", "portrayed as", "billed as", "touted
 * as", "characterized as", "remembered as", and "known" through "as"
 * and "for" (a reputation).
 */
static const struct speech_lit passive_verbs[] = {
	SPEECH_LIT("seen"), SPEECH_LIT("known"), SPEECH_LIT("billed"),
	SPEECH_LIT("touted"), SPEECH_LIT("viewed"), SPEECH_LIT("regarded"),
	SPEECH_LIT("perceived"), SPEECH_LIT("described"),
	SPEECH_LIT("portrayed"), SPEECH_LIT("remembered"),
	SPEECH_LIT("characterized"), SPEECH_LIT("characterised"),
};

/*
 * Verbs of judging whose passive with "for" reports the reason of a
 * judgement people the passive leaves unnamed hold or voiced (VerbNet's
 * judgement-33: "has been criticized for [failing to ...]", "were
 * blamed for [the riots]", "was rebuked for [his proposal]").
 */
static const struct speech_lit judged_verbs[] = {
	SPEECH_LIT("criticized"), SPEECH_LIT("criticised"),
	SPEECH_LIT("blamed"), SPEECH_LIT("rebuked"), SPEECH_LIT("excoriated"),
	SPEECH_LIT("berated"), SPEECH_LIT("ridiculed"), SPEECH_LIT("faulted"),
	SPEECH_LIT("condemned"), SPEECH_LIT("chastised"),
	SPEECH_LIT("lambasted"), SPEECH_LIT("praised"), SPEECH_LIT("lauded"),
	SPEECH_LIT("mocked"), SPEECH_LIT("slammed"),
};

/*
 * Verbs of charging whose passive with "of" reports the charge people
 * the passive leaves unnamed laid (FrameNet's Notification_of_charges:
 * "is accused of [killing nine people]", "was suspected of [plotting
 * murder]"), as "criticized for" reports a judgement's reason.
 */
static const struct speech_lit charged_verbs[] = {
	SPEECH_LIT("accused"), SPEECH_LIT("suspected"),
};

/*
 * Is there a form of be before word i, adverbs between ("is widely
 * seen", "was best known", "has long been regarded"), lower-case words
 * and blanks only?
 */
static int
be_before(const struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	size_t j, k;

	for (j = i, k = 0; j > 0 && k <= AUX_WORDS_MAX; j--, k++) {
		const struct text_word *pw = &t->w[j - 1];

		if (!text_gap_is_blank(s, pw->end, t->w[j].start) ||
		    (pw->flags & TEXT_W_CAP))
			return 0;
		if (speech_span_is_be(x, pw))
			return 1;
		if (!speech_is_adverb(x, t, j - 1) && !is_word(x, pw, "not") &&
		    !is_word(x, pw, "best") && !is_word(x, pw, "better") &&
		    !is_word(x, pw, "also") && !is_word(x, pw, "still"))
			return 0;
	}
	return 0;
}

/*
 * Is word i such a verb in a passive, a form of be before it (adverbs
 * between: "is widely seen", "was best known", "has long been
 * regarded"), "as" or "for" after it, and an object after that?  A
 * lower-case word only; "for" with "known" only ("seen for the first
 * time" is the act of seeing); "of" with the verbs of charging.
 */
static int	length_of_time(const struct qx *, struct sent *, size_t);

int
speech_passive_is(const struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i], *p = &t->w[i + 1];

	if (i == 0 || i + 2 >= t->n || (w->flags & TEXT_W_CAP) ||
	    !text_gap_is_blank(s, w->end, p->start) ||
	    !text_gap_is_blank(s, p->end, t->w[i + 2].start))
		return 0;
	/* "was criticized for [...]": a judgement's reason; not its
	 * length ("was mocked for years", "criticized for weeks") */
	if (is_word(x, p, "for") && speech_range_in(s, w->start, w->end,
	    judged_verbs, sizeof(judged_verbs) / sizeof(judged_verbs[0])))
		return !length_of_time(x, t, i + 2) && be_before(x, t, i);
	if (is_word(x, p, "of"))
		return speech_range_in(s, w->start, w->end, charged_verbs,
		    sizeof(charged_verbs) / sizeof(charged_verbs[0])) &&
		    be_before(x, t, i);
	if (!speech_range_in(s, w->start, w->end, passive_verbs,
	    sizeof(passive_verbs) / sizeof(passive_verbs[0])) ||
	    !(is_word(x, p, "as") || (is_word(x, p, "for") &&
	    is_word(x, w, "known"))))
		return 0;
	return be_before(x, t, i);
}

/*
 * The verbs of considering and naming whose passive reports a view with
 * no "as": its predicate right after the participle (VerbNet's
 * consider-29.9 and dub-29.3: "is considered [a threat]", "were deemed
 * [ineligible]", "has been called [a charlatan]", "was dubbed [the
 * debate winner]").  Not "named", an appointment as often ("was named
 * the executive director", appoint-29.1), nor the raising "said",
 * "thought", "believed" before "to" (speech_object_raising's).
 */
static const struct speech_lit passive_np_verbs[] = {
	SPEECH_LIT("considered"), SPEECH_LIT("deemed"),
	SPEECH_LIT("called"), SPEECH_LIT("dubbed"), SPEECH_LIT("labeled"),
	SPEECH_LIT("labelled"), SPEECH_LIT("branded"),
	SPEECH_LIT("termed"), SPEECH_LIT("nicknamed"),
};

/* Words right after such a participle that are no predicate: its
 * particles and adverbs of place ("was called off", "were called
 * home", "a strike was called nationwide": "called" convenes and
 * summons as often as it names). */
static const struct speech_lit not_predicate[] = {
	SPEECH_LIT("off"), SPEECH_LIT("up"), SPEECH_LIT("out"),
	SPEECH_LIT("back"), SPEECH_LIT("down"), SPEECH_LIT("upon"),
	SPEECH_LIT("in"), SPEECH_LIT("home"), SPEECH_LIT("away"),
	SPEECH_LIT("abroad"), SPEECH_LIT("nationwide"),
	SPEECH_LIT("together"), SPEECH_LIT("forward"),
};

/* Units of a counted time: "was called hours after polls closed", "two
 * weeks ago", "10 minutes later" tell when the race was called or the
 * vote held, no name. */
static const struct speech_lit time_units[] = {
	SPEECH_LIT("hour"), SPEECH_LIT("hours"), SPEECH_LIT("minute"),
	SPEECH_LIT("minutes"), SPEECH_LIT("day"), SPEECH_LIT("days"),
	SPEECH_LIT("week"), SPEECH_LIT("weeks"), SPEECH_LIT("month"),
	SPEECH_LIT("months"), SPEECH_LIT("year"), SPEECH_LIT("years"),
	SPEECH_LIT("decade"), SPEECH_LIT("decades"), SPEECH_LIT("weekend"),
};

/* Is word k, or the word after it (a number or an article before the
 * unit: "two weeks", "a day"), a unit of time? */
static int
counted_time(const struct qx *x, struct sent *t, size_t k)
{
	size_t n = sizeof(time_units) / sizeof(time_units[0]), j;

	for (j = k; j < t->n && j <= k + 1; j++)
		if (speech_range_in(x->s, t->w[j].start, t->w[j].end,
		    time_units, n))
			return 1;
	return 0;
}

/* Does a length of time open at word k: a unit in the plural ("for
 * years", "for decades"), or a figure, a number word or an article
 * before a unit ("for 20 minutes", "for two weeks", "for a year")?  Not
 * a possessive's unit, "praised for his years of service" (review T9). */
static int
length_of_time(const struct qx *x, struct sent *t, size_t k)
{
	static const struct speech_lit counts[] = {
		SPEECH_LIT("a"), SPEECH_LIT("an"), SPEECH_LIT("one"),
		SPEECH_LIT("two"), SPEECH_LIT("three"), SPEECH_LIT("four"),
		SPEECH_LIT("five"), SPEECH_LIT("six"), SPEECH_LIT("seven"),
		SPEECH_LIT("eight"), SPEECH_LIT("nine"), SPEECH_LIT("ten"),
		SPEECH_LIT("few"), SPEECH_LIT("several"), SPEECH_LIT("many"),
	};
	size_t n = sizeof(time_units) / sizeof(time_units[0]);
	const struct text_word *w;

	if (k >= t->n)
		return 0;
	w = &t->w[k];
	if (speech_range_in(x->s, w->start, w->end, time_units, n))
		return 1;
	return k + 1 < t->n && ((w->flags & TEXT_W_DIGIT) ||
	    speech_range_in(x->s, w->start, w->end, counts,
	    sizeof(counts) / sizeof(counts[0]))) &&
	    speech_range_in(x->s, t->w[k + 1].start, t->w[k + 1].end,
	    time_units, n);
}

/*
 * Is word i such a verb in a passive (be before it, as for
 * speech_passive_is) with a predicate right after it: a word that opens
 * a noun or an adjective, no preposition, particle or adverb of place
 * ("was called off", "were considered among", "is called on", "were
 * called home"), time ("was called Tuesday", "was called hours after",
 * "two weeks ago"), pronoun, adverb or clause opener?  A determiner
 * opens the predicate ("a threat", "the debate winner").
 */
int
speech_passive_np_is(const struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i], *p;
	uint32_t nx;

	if (i == 0 || i + 1 >= t->n || (w->flags & TEXT_W_CAP) ||
	    !speech_range_in(s, w->start, w->end, passive_np_verbs,
	    sizeof(passive_np_verbs) / sizeof(passive_np_verbs[0])))
		return 0;
	p = &t->w[i + 1];
	nx = speech_wlx(x, t, i + 1);
	if (!text_gap_is_blank(s, w->end, p->start) ||
	    ((nx & (LX_FUNC | LX_CAPSTOP)) && !(nx & LX_DET)) ||
	    (nx & (LX_CAL | LX_PRON | LX_ADV | SPEECH_CUES)) ||
	    speech_is_adverb(x, t, i + 1) ||
	    speech_range_in(s, p->start, p->end, not_predicate,
	    sizeof(not_predicate) / sizeof(not_predicate[0])) ||
	    counted_time(x, t, i + 1))
		return 0;
	return be_before(x, t, i);
}

/*
 * Is the be of the passive at word i that of a relative clause set off by
 * a comma: ", who is seen as", ", which was known as"?
 */
static int
relative_before(const struct qx *x, struct sent *t, size_t i)
{
	size_t j = i;
	size_t at;

	while (j > 0 && !speech_span_is_be(x, &t->w[j - 1]))
		j--;
	if (j < 2 || !(is_word(x, &t->w[j - 2], "who") ||
	    is_word(x, &t->w[j - 2], "which")))
		return 0;
	return speech_char_before(x->s, t->ss, t->w[j - 2].start, &at) == ',';
}

/*
 * Words after "by" that make it a measure, a means or a time rather than
 * the passive's agent: "the best by far", "won by a landslide", "by a
 * wide margin", "a success by any measure", "by most standards", "by
 * all accounts", "illegal by law", "by design", "by the end of the year",
 * "by then".
 */
static const struct speech_lit by_measure[] = {
	SPEECH_LIT("far"), SPEECH_LIT("landslide"), SPEECH_LIT("margin"),
	SPEECH_LIT("measure"), SPEECH_LIT("measures"),
	SPEECH_LIT("standard"), SPEECH_LIT("standards"),
	SPEECH_LIT("account"), SPEECH_LIT("accounts"),
	SPEECH_LIT("default"), SPEECH_LIT("law"), SPEECH_LIT("nature"),
	SPEECH_LIT("design"), SPEECH_LIT("definition"),
	SPEECH_LIT("mistake"), SPEECH_LIT("accident"), SPEECH_LIT("chance"),
	SPEECH_LIT("comparison"), SPEECH_LIT("contrast"),
	SPEECH_LIT("association"), SPEECH_LIT("majority"),
	SPEECH_LIT("factor"), SPEECH_LIT("percent"), SPEECH_LIT("vote"),
	SPEECH_LIT("way"), SPEECH_LIT("end"), SPEECH_LIT("time"),
	SPEECH_LIT("then"), SPEECH_LIT("now"), SPEECH_LIT("hand"),
};

/*
 * The agent of a passive whose content runs from word k to ce: "by" and
 * the noun phrase that ends the content ("is seen as [a threat] by the
 * party", "was called [a liar] by Trump"), the viewer or namer, which
 * PolNeAR marks as the source as it does the agent of "was reported by"
 * (speech_source.c).  At most NOMINAL_MAX words after "by", none of them
 * a measure or a means (by_measure), no figure, time, "-ing" form ("by
 * cutting taxes": a means) or quote; not the "by" of a participle of its
 * own in the content ("a policy backed by the party").  The index of
 * "by" with *m the source (a mention, else the phrase), or 0 for none.
 */
static size_t
agent_by(struct qx *x, struct sent *t, size_t k, size_t ce, struct attr *m)
{
	const char *s = x->s;
	struct text_word last;
	size_t b, j, end = 0;

	for (b = k + 1; b + 1 < t->n && t->w[b + 1].end <= ce; b++)
		if (is_word(x, &t->w[b], "by"))
			break;
	if (b + 1 >= t->n || t->w[b + 1].end > ce ||
	    (speech_ends_with(x, &t->w[b - 1], "ed") &&
	    !(t->w[b - 1].flags & TEXT_W_CAP)) ||
	    !text_gap_is_blank(s, t->w[b - 1].end, t->w[b].start))
		return 0;
	for (j = b + 1; j < t->n && t->w[j].end <= ce; j++) {
		const struct text_word *w = &t->w[j];

		/* the phrase ends at a comma or a relative clause ("by
		 * Sen. Lindsey Graham, R-S.C.", "by colleagues who worked
		 * with her") */
		if (j > b + 1 && (!speech_span_blank_or_poss(s,
		    t->w[j - 1].end, w->start) || is_word(x, w, "who") ||
		    is_word(x, w, "which") || is_word(x, w, "that")))
			break;
		if (j > b + NOMINAL_MAX ||
		    !text_gap_is_blank(s, t->w[j - 1].end, w->start) ||
		    (w->flags & TEXT_W_DIGIT) || speech_span_is_cal(x, w) ||
		    (j == b + 1 && speech_ends_with(x, w, "ing")) ||
		    speech_range_in(s, w->start, w->end, by_measure,
		    sizeof(by_measure) / sizeof(by_measure[0])))
			return 0;
		end = w->end;
	}
	if (end == 0 || speech_span_quote_between(x, t, t->w[b].start, ce))
		return 0;
	memset(m, 0, sizeof(*m));
	if (!speaker_mention_fwd(s, end, t->w[b + 1].start, m, &last)) {
		memset(m, 0, sizeof(*m));
		m->ms = t->w[b + 1].start;
		m->me = end;
	}
	m->found = 1;
	return b;
}

/*
 * The item of a passive at word i whose object or predicate is word k:
 * from k to the end of its clause as a stance's object runs, no source
 * named; the cue the words from i to k.  1 when emitted, 0 when none,
 * -1 on a full output.
 */
static int
passive_item(struct qx *x, struct sent *t, size_t i, size_t k)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[k];
	struct attr a;
	size_t cs, ce, b;
	const char *comma;

	/* the object: no quote right after (a label is the quote's), no
	 * time or clause opener */
	if ((speech_wlx(x, t, k) & (LX_FUNC | LX_CAL)) &&
	    !(speech_wlx(x, t, k) & (LX_DET | LX_PRON)))
		return 0;
	cs = w->start;
	ce = speech_subordinate_end(x, t, i, cs,
	    speech_span_tail_gloss(x, t, cs,
	    speech_stance_end(x, t, k)), 1);
	/* "Trump, who is seen as [a stronger leader], hopes": a relative
	 * clause set off by a comma ends at its comma */
	if (relative_before(x, t, i) &&
	    (comma = speech_form_clause_comma(s, cs, ce)) != NULL)
		ce = (size_t)(comma - s);
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce) ||
	    speech_span_direct_at(x, t, t->w[k - 1].end) != NULL)
		return 0;
	memset(&a, 0, sizeof(a));
	/* "is seen as [a threat] by the party": the agent is the source,
	 * no part of the content */
	if ((b = agent_by(x, t, k, ce, &a)) != 0)
		ce = t->w[b - 1].end;
	a.cue = str_make(s + t->w[i].start, t->w[k - 1].end - t->w[i].start);
	return speech_emit(x, t, cs, ce, &a) == -1 ? -1 : 1;
}

/*
 * The item of the passive at word i (speech_passive_is): the object of
 * "as" or "for".
 */
int
speech_passive_as(struct qx *x, struct sent *t, size_t i)
{
	return passive_item(x, t, i, i + 2);
}

/*
 * The item of the passive at word i (speech_passive_np_is): its
 * predicate ("is considered [a threat]").
 */
int
speech_passive_np(struct qx *x, struct sent *t, size_t i)
{
	return passive_item(x, t, i, i + 1);
}
