/*
 * speech_prep.c — reported speech whose content is the object of a verb's
 * fixed preposition or of a light verb's fixed phrase, each read from one
 * sentence whose words speech_cue.c has read:
 *
 *   X talked about / railed against / is critical of OBJECT
 *                                 speech_prep_object
 *   X made clear / took aim at / pointed out OBJECT
 *                                 (the same, for LX_LIGHT words)
 *
 * and the cue scan's tests that keep such a word as a cue only before its
 * preposition or phrase (speech_prep_pair_at, speech_prep_light_at).  A
 * verb's own object, a complement and a relative's are speech_object.c's,
 * which also reads an object that opens with a quoted fragment for both.
 */
#include <string.h>

#include "extract.h"
#include "quotes_int.h"
#include "speech_int.h"
#include "text.h"
#include "utf8.h"

/*
 * Verbs of speech and thought whose content is the object of a fixed
 * preposition (LX_PREPCUE), each pair kept where PolNeAR's train and dev
 * articles annotate the object in three uses in four or more (outside
 * other content): "talked/talks/talking about" 58 of 70, "spoke
 * about/of" 15 of 17, "referring to" 38 of 51, "pointed to" 19 of 25,
 * "worried about" 9 of 11, "railed against" 10 of 10, "warned of" 5 of
 * 6; "focused on" (38 %) left out.  The other forms of a pair kept are
 * kept too ("talk about" 63 %, "has spoken about", "warns of"): on the
 * dev set 39 items more, 32 of them paired with gold.  Later pairs come
 * by class, each measured as a group (docs/extraction.md, "the lexicon
 * is built by class").
 */
/*
 * The pairs, kept by preposition: a verb is compared only with the verbs
 * of the preposition that follows it (most LX_PREPCUE words are
 * followed by one of the nine, but seldom by the one their pairs have:
 * "wrote in", "spoke to").  Each list is in the order of its classes:
 * - first: the pairs measured one by one (above);
 * - forms: the other inflections of those pairs (the lemma's class
 *   holds for all its forms);
 * - ask: asking about a topic (VerbNet's inquire-37.1.2, "asked about
 *   [his taxes]") and asking for what is wanted (FrameNet's
 *   Attempt_suasion with "for": ask, plead, beg, push, press, lobby,
 *   argue, advocate, appeal, petition — "pushed for [a single-payer
 *   system]");
 *   arguing against what is opposed.  Lemmas as often nouns (press,
 *   lobby, advocate, appeal) in their -ed and -ing forms only;
 * - mention: mentioning through "to" (refer, allude, point): the forms
 *   of "referring to" and "pointed to" not yet kept (not the noun
 *   "points"), and allude's;
 * - attitude: adjectives of attitude with what the attitude is about:
 *   of emotion toward it (FrameNet's Emotion_directed: angry, upset,
 *   nervous... about), of certainty and trust (confident in, skeptical
 *   of, wary of, optimistic about), of judgment (critical, supportive,
 *   dismissive of); not awareness (aware of: knowledge, no attitude);
 * - liking: adjectives of liking, satisfaction and their contraries
 *   with what is liked or not (FrameNet's Emotion_directed and
 *   Experiencer_focus, the stimulus in "with", "by" or "of": happy,
 *   pleased, satisfied, comfortable, impressed, frustrated,
 *   disappointed with; impressed, pleased, disappointed by; fond,
 *   tired, sick, weary, leery, enamored, appreciative, afraid,
 *   scared, ashamed of);
 * - topic: verbs of communication with its topic in "about" (VerbNet's
 *   talk-37.5, chit_chat-37.6, complain-37.8, manner_speaking-37.3,
 *   lecture-37.11: "wrote about [the war]", "testified about [the
 *   attack]"), and "comment on"; lemmas as often nouns (tweet, joke,
 *   rant, gripe, chat) in their -ed and -ing forms only;
 * - desire: hoping, wishing and yearning for what is wanted (FrameNet's
 *   Desiring: "is hoping for [a shift in momentum]"); hope and wish,
 *   as often nouns, in their -ed and -ing forms only;
 * - agree: verbs of agreement and opinion with their preposition: what
 *   is agreed or disagreed with (VerbNet's correspond-36.1: agree,
 *   disagree, concur, side with; agree and disagree on what is
 *   settled or disputed), believed in, insisted on, approved
 *   or disapproved of (admire-31.2), vouched or apologized for,
 *   objected to; "side" and "object", as often nouns, in their -ed and
 *   -ing forms only;
 * - react: verbs of reacting to a thing said or done, with "at": scorn
 *   and resistance (balk, scoff, bristle, sneer, jab: FrameNet's
 *   Judgment_communication and Emotion_directed), and hinting at it
 *   (hint: what is implied); boasting of it as of about.
 * A new pair goes into its preposition's list under its class (a new
 * preposition gets a list and a line in prep_cues).  The lists are
 * speech_lit's, so that speech_range_in compares a word only with the
 * verbs of its length, short ones as one key.
 */

static const struct speech_lit prep_about[] = {
	/* first */
	SPEECH_LIT("talked"), SPEECH_LIT("talks"), SPEECH_LIT("talking"),
	SPEECH_LIT("spoke"), SPEECH_LIT("worried"),
	SPEECH_LIT("complained"), SPEECH_LIT("joked"),
	SPEECH_LIT("boasted"), SPEECH_LIT("bragged"),
	/* forms */
	SPEECH_LIT("talk"), SPEECH_LIT("speak"), SPEECH_LIT("speaks"),
	SPEECH_LIT("speaking"), SPEECH_LIT("spoken"),
	SPEECH_LIT("complains"), SPEECH_LIT("complaining"),
	SPEECH_LIT("joking"), SPEECH_LIT("boasts"), SPEECH_LIT("boasting"),
	SPEECH_LIT("bragging"), SPEECH_LIT("worries"),
	SPEECH_LIT("worrying"), SPEECH_LIT("worry"),
	/* ask */
	SPEECH_LIT("ask"), SPEECH_LIT("asked"), SPEECH_LIT("asks"),
	SPEECH_LIT("asking"),
	/* attitude */
	SPEECH_LIT("concerned"), SPEECH_LIT("optimistic"),
	SPEECH_LIT("pessimistic"), SPEECH_LIT("skeptical"),
	SPEECH_LIT("sceptical"), SPEECH_LIT("hopeful"),
	SPEECH_LIT("confident"), SPEECH_LIT("nervous"),
	SPEECH_LIT("anxious"), SPEECH_LIT("upset"), SPEECH_LIT("angry"),
	SPEECH_LIT("furious"), SPEECH_LIT("enthusiastic"),
	SPEECH_LIT("excited"), SPEECH_LIT("unhappy"),
	SPEECH_LIT("doubtful"), SPEECH_LIT("upbeat"),
	/* candid */
	SPEECH_LIT("vocal"), SPEECH_LIT("outspoken"), SPEECH_LIT("candid"),
	SPEECH_LIT("upfront"), SPEECH_LIT("forthright"),
	SPEECH_LIT("explicit"), SPEECH_LIT("vague"),
	SPEECH_LIT("coy"), SPEECH_LIT("cagey"), SPEECH_LIT("evasive"),
	SPEECH_LIT("noncommittal"), SPEECH_LIT("unapologetic"),
	/* topic */
	SPEECH_LIT("write"), SPEECH_LIT("wrote"), SPEECH_LIT("writes"),
	SPEECH_LIT("writing"), SPEECH_LIT("written"),
	SPEECH_LIT("tweeted"), SPEECH_LIT("tweeting"), SPEECH_LIT("boast"),
	SPEECH_LIT("complain"), SPEECH_LIT("brag"), SPEECH_LIT("brags"),
	SPEECH_LIT("muse"), SPEECH_LIT("mused"), SPEECH_LIT("muses"),
	SPEECH_LIT("musing"), SPEECH_LIT("gushed"), SPEECH_LIT("gushing"),
	SPEECH_LIT("testify"), SPEECH_LIT("testified"),
	SPEECH_LIT("testifies"), SPEECH_LIT("testifying"),
	SPEECH_LIT("chatted"), SPEECH_LIT("chatting"),
	SPEECH_LIT("ranted"), SPEECH_LIT("ranting"), SPEECH_LIT("raved"),
	SPEECH_LIT("raving"), SPEECH_LIT("grumble"),
	SPEECH_LIT("grumbled"), SPEECH_LIT("grumbles"),
	SPEECH_LIT("grumbling"), SPEECH_LIT("fret"), SPEECH_LIT("fretted"),
	SPEECH_LIT("frets"), SPEECH_LIT("fretting"), SPEECH_LIT("griped"),
	SPEECH_LIT("griping"), SPEECH_LIT("whine"), SPEECH_LIT("whined"),
	SPEECH_LIT("whines"), SPEECH_LIT("whining"), SPEECH_LIT("preach"),
	SPEECH_LIT("preached"), SPEECH_LIT("preaches"),
	SPEECH_LIT("preaching"), SPEECH_LIT("lectured"),
	SPEECH_LIT("lecturing"),
};
static const struct speech_lit prep_against[] = {
	/* first */
	SPEECH_LIT("warned"), SPEECH_LIT("cautioned"),
	SPEECH_LIT("railed"),
	/* forms */
	SPEECH_LIT("warns"), SPEECH_LIT("warning"),
	SPEECH_LIT("cautioning"), SPEECH_LIT("railing"),
	SPEECH_LIT("rails"), SPEECH_LIT("warn"), SPEECH_LIT("caution"),
	SPEECH_LIT("cautions"),
	/* ask */
	SPEECH_LIT("argue"), SPEECH_LIT("argued"), SPEECH_LIT("argues"),
	SPEECH_LIT("arguing"), SPEECH_LIT("lobbied"),
	SPEECH_LIT("lobbying"),
};
static const struct speech_lit prep_at[] = {
	/* react */
	SPEECH_LIT("balk"), SPEECH_LIT("balks"), SPEECH_LIT("balked"),
	SPEECH_LIT("balking"), SPEECH_LIT("scoff"), SPEECH_LIT("scoffs"),
	SPEECH_LIT("scoffed"), SPEECH_LIT("scoffing"),
	SPEECH_LIT("bristle"), SPEECH_LIT("bristles"),
	SPEECH_LIT("bristled"), SPEECH_LIT("bristling"),
	SPEECH_LIT("sneer"), SPEECH_LIT("sneers"), SPEECH_LIT("sneered"),
	SPEECH_LIT("sneering"), SPEECH_LIT("jab"), SPEECH_LIT("jabs"),
	SPEECH_LIT("jabbed"), SPEECH_LIT("jabbing"), SPEECH_LIT("hint"),
	SPEECH_LIT("hints"), SPEECH_LIT("hinted"), SPEECH_LIT("hinting"),
};
static const struct speech_lit prep_by[] = {
	/* liking */
	SPEECH_LIT("impressed"), SPEECH_LIT("unimpressed"),
	SPEECH_LIT("pleased"), SPEECH_LIT("displeased"),
	SPEECH_LIT("disappointed"), SPEECH_LIT("frustrated"),
	SPEECH_LIT("delighted"), SPEECH_LIT("thrilled"),
};
static const struct speech_lit prep_for[] = {
	/* ask */
	SPEECH_LIT("ask"), SPEECH_LIT("asked"), SPEECH_LIT("asks"),
	SPEECH_LIT("asking"), SPEECH_LIT("plead"), SPEECH_LIT("pleaded"),
	SPEECH_LIT("pleads"), SPEECH_LIT("pleading"), SPEECH_LIT("beg"),
	SPEECH_LIT("begged"), SPEECH_LIT("begs"), SPEECH_LIT("begging"),
	SPEECH_LIT("pushed"), SPEECH_LIT("pushing"), SPEECH_LIT("pressed"),
	SPEECH_LIT("pressing"), SPEECH_LIT("lobbied"),
	SPEECH_LIT("lobbying"), SPEECH_LIT("argue"), SPEECH_LIT("argued"),
	SPEECH_LIT("argues"), SPEECH_LIT("arguing"),
	SPEECH_LIT("advocated"), SPEECH_LIT("advocating"),
	SPEECH_LIT("appealed"), SPEECH_LIT("appealing"),
	SPEECH_LIT("petitioned"), SPEECH_LIT("petitioning"),
	/* desire */
	SPEECH_LIT("hoped"), SPEECH_LIT("hoping"), SPEECH_LIT("wished"),
	SPEECH_LIT("wishing"), SPEECH_LIT("yearn"), SPEECH_LIT("yearned"),
	SPEECH_LIT("yearns"),
	/* agree */
	SPEECH_LIT("vouch"), SPEECH_LIT("vouched"), SPEECH_LIT("vouches"),
	SPEECH_LIT("vouching"), SPEECH_LIT("apologize"),
	SPEECH_LIT("apologized"), SPEECH_LIT("apologizes"),
	SPEECH_LIT("apologizing"), SPEECH_LIT("apologise"),
	SPEECH_LIT("apologised"), SPEECH_LIT("apologising"),
	SPEECH_LIT("apologises"),
};
static const struct speech_lit prep_in[] = {
	/* attitude */
	SPEECH_LIT("confident"),
	/* agree */
	SPEECH_LIT("believe"), SPEECH_LIT("believed"),
	SPEECH_LIT("believes"), SPEECH_LIT("believing"),
};
static const struct speech_lit prep_of[] = {
	/* first */
	SPEECH_LIT("spoke"), SPEECH_LIT("warned"),
	/* forms */
	SPEECH_LIT("speak"), SPEECH_LIT("speaks"), SPEECH_LIT("speaking"),
	SPEECH_LIT("spoken"), SPEECH_LIT("warns"), SPEECH_LIT("warning"),
	SPEECH_LIT("warn"),
	/* attitude */
	SPEECH_LIT("confident"), SPEECH_LIT("skeptical"),
	SPEECH_LIT("sceptical"), SPEECH_LIT("wary"), SPEECH_LIT("fearful"),
	SPEECH_LIT("proud"), SPEECH_LIT("critical"),
	SPEECH_LIT("supportive"), SPEECH_LIT("dismissive"),
	SPEECH_LIT("suspicious"),
	/* agree */
	SPEECH_LIT("approve"), SPEECH_LIT("approved"),
	SPEECH_LIT("approves"), SPEECH_LIT("approving"),
	SPEECH_LIT("disapprove"), SPEECH_LIT("disapproved"),
	SPEECH_LIT("disapproves"), SPEECH_LIT("disapproving"),
	/* react */
	SPEECH_LIT("boast"), SPEECH_LIT("boasts"), SPEECH_LIT("boasted"),
	SPEECH_LIT("boasting"),
	/* liking */
	SPEECH_LIT("fond"), SPEECH_LIT("tired"), SPEECH_LIT("sick"),
	SPEECH_LIT("weary"), SPEECH_LIT("leery"), SPEECH_LIT("enamored"),
	SPEECH_LIT("enamoured"), SPEECH_LIT("appreciative"),
	SPEECH_LIT("afraid"), SPEECH_LIT("scared"), SPEECH_LIT("frightened"),
	SPEECH_LIT("terrified"), SPEECH_LIT("ashamed"),
};
static const struct speech_lit prep_on[] = {
	/* first */
	SPEECH_LIT("commented"),
	/* forms */
	SPEECH_LIT("comments"), SPEECH_LIT("commenting"),
	/* topic */
	SPEECH_LIT("comment"),
	/* agree */
	SPEECH_LIT("insist"), SPEECH_LIT("insisted"),
	SPEECH_LIT("insists"), SPEECH_LIT("insisting"),
	SPEECH_LIT("agree"), SPEECH_LIT("agreed"), SPEECH_LIT("agrees"),
	SPEECH_LIT("agreeing"), SPEECH_LIT("disagree"),
	SPEECH_LIT("disagreed"), SPEECH_LIT("disagrees"),
	SPEECH_LIT("disagreeing"),
};
static const struct speech_lit prep_to[] = {
	/* first */
	SPEECH_LIT("referring"), SPEECH_LIT("pointed"),
	/* forms */
	SPEECH_LIT("pointing"), SPEECH_LIT("points"),
	/* mention */
	SPEECH_LIT("refer"), SPEECH_LIT("referred"), SPEECH_LIT("refers"),
	SPEECH_LIT("allude"), SPEECH_LIT("alluded"), SPEECH_LIT("alludes"),
	SPEECH_LIT("alluding"), SPEECH_LIT("point"),
	/* agree */
	SPEECH_LIT("objected"), SPEECH_LIT("objecting"),
};
static const struct speech_lit prep_with[] = {
	/* agree */
	SPEECH_LIT("agree"), SPEECH_LIT("agreed"), SPEECH_LIT("agrees"),
	SPEECH_LIT("agreeing"), SPEECH_LIT("disagree"),
	SPEECH_LIT("disagreed"), SPEECH_LIT("disagrees"),
	SPEECH_LIT("disagreeing"), SPEECH_LIT("concur"),
	SPEECH_LIT("concurred"), SPEECH_LIT("concurs"),
	SPEECH_LIT("concurring"), SPEECH_LIT("sided"),
	SPEECH_LIT("siding"),
	/* liking */
	SPEECH_LIT("happy"), SPEECH_LIT("unhappy"), SPEECH_LIT("pleased"),
	SPEECH_LIT("displeased"), SPEECH_LIT("satisfied"),
	SPEECH_LIT("dissatisfied"), SPEECH_LIT("comfortable"),
	SPEECH_LIT("uncomfortable"), SPEECH_LIT("impressed"),
	SPEECH_LIT("unimpressed"), SPEECH_LIT("frustrated"),
	SPEECH_LIT("disappointed"), SPEECH_LIT("thrilled"),
	SPEECH_LIT("delighted"), SPEECH_LIT("bored"),
};
#define PREP_CUE(p, verbs)	\
	{ p, sizeof(p) - 1, verbs, sizeof(verbs) / sizeof(verbs[0]) }
static const struct {
	const char		*prep;
	size_t			 len;
	const struct speech_lit	*verbs;
	size_t			 nverbs;
} prep_cues[] = {
	PREP_CUE("about", prep_about), PREP_CUE("against", prep_against),
	PREP_CUE("at", prep_at), PREP_CUE("by", prep_by),
	PREP_CUE("for", prep_for),
	PREP_CUE("in", prep_in), PREP_CUE("of", prep_of),
	PREP_CUE("on", prep_on), PREP_CUE("to", prep_to),
	PREP_CUE("with", prep_with),
};

/* Is the verb [vs, ve) one of prep_cues' with the preposition [ps, pe)? */
static int
prep_cue_is(const char *s, size_t vs, size_t ve, size_t ps, size_t pe)
{
	size_t p;

	for (p = 0; p < sizeof(prep_cues) / sizeof(prep_cues[0]); p++) {
		if (pe - ps != prep_cues[p].len ||
		    !text_range_eq(s, ps, pe, prep_cues[p].prep))
			continue;
		return speech_range_in(s, vs, ve, prep_cues[p].verbs,
		    prep_cues[p].nverbs);
	}
	return 0;
}


/*
 * Light verbs: a verb of little meaning (make, take, weigh, touch) whose
 * fixed phrase after it names the act of speech (FrameNet's support
 * verbs: "made clear" is to state, "made the case" to argue, "made no
 * mention of" not to mention, "took issue with" to dispute, "took aim
 * at" to attack, "weighed in on" and "touched on" to comment on).  Each
 * verb form is an LX_LIGHT word, which the cue scan keeps only before
 * one of its lemma's phrases and no other rule reads as a cue.  On
 * PolNeAR's dev set 65 of 83 places after the phrases where no item
 * stood were content (made (it) clear 25, the case / the point 6, took
 * aim / a shot / issue 9, weighed in on 3, touched on 3).
 *
 * The same for verbs whose particle makes them verbs of saying or of
 * judging aloud, their object the content: presenting (FrameNet's
 * Statement: "laid out [his plan]", "pointed out [another bill]",
 * "spelled out [its concerns]", "ticked off [a list of enterprises]",
 * "summed up [the divide]"), judging (Judgment_communication:
 * "singled out [Carson's manager]", "talked up [her strategy]",
 * "played down [the idea]", "brushed off [the findings]", "shrugged
 * off [his comments]", "waved off [the delay]"), taking back or
 * refusing (Respond_to_proposal: "walked back [his comments]", "ruled
 * out [a run]"), taking sides (Taking_sides: "threw her support behind
 * [Cruz]").  On the dev set 58 of 92 such places with a subject of
 * their own were content.
 */
/* Bytes of a light verb's fixed phrase: "their support behind" is 20. */
#define LIGHT_BYTES_MAX		24

enum light_lemma {
	LIGHT_MAKE, LIGHT_TAKE, LIGHT_WEIGH, LIGHT_TOUCH, LIGHT_LAY,
	LIGHT_POINT, LIGHT_SPELL, LIGHT_SINGLE, LIGHT_RULE, LIGHT_PLAY,
	LIGHT_TALK, LIGHT_WALK, LIGHT_OFF, LIGHT_SUM, LIGHT_THROW, LIGHT_PUT
};

/*
 * The lemma of the LX_LIGHT word that starts at p, by its first letters
 * (the lexicon's LX_LIGHT words, no others, every form: make, made;
 * take, took, taken; weigh; touch; lay, laid; point; spell, spelt;
 * single; rule; play; talk; walk; sum, summed; throw, threw, thrown;
 * put; and the verbs of "off": brush, shrug, wave, laugh, tick, rattle).
 */
static enum light_lemma
light_lemma_of(const char *s, size_t p)
{
	switch (s[p]) {
	case 'm':
		return LIGHT_MAKE;
	case 'w':
		return s[p + 1] == 'e' ? LIGHT_WEIGH : s[p + 2] == 'l' ?
		    LIGHT_WALK : LIGHT_OFF;
	case 't':
		if (s[p + 1] == 'a')
			return s[p + 2] == 'k' ? LIGHT_TAKE : LIGHT_TALK;
		if (s[p + 1] == 'o')
			return s[p + 2] == 'o' ? LIGHT_TAKE : LIGHT_TOUCH;
		return s[p + 1] == 'h' ? LIGHT_THROW : LIGHT_OFF;
	case 'l':
		return s[p + 2] == 'u' ? LIGHT_OFF : LIGHT_LAY;
	case 'p':
		return s[p + 1] == 'o' ? LIGHT_POINT : s[p + 1] == 'u' ?
		    LIGHT_PUT : LIGHT_PLAY;
	case 's':
		return s[p + 1] == 'p' ? LIGHT_SPELL : s[p + 1] == 'i' ?
		    LIGHT_SINGLE : s[p + 1] == 'h' ? LIGHT_OFF : LIGHT_SUM;
	case 'r':
		return s[p + 1] == 'u' ? LIGHT_RULE : LIGHT_OFF;
	default:
		return LIGHT_OFF;	/* brush */
	}
}

/* A phrase: its lemma, its words (one space between them), and whether
 * a clause may follow it (its "that", or "for" before an object, passed
 * over: "made clear [that] ...", "made the case for [...]"); else an
 * object follows. */
#define LIGHT(l, p, w, c)	{ l, p, sizeof(p) - 1, w, c }
#define LIGHT_PHRASES		31
static const struct {
	enum light_lemma	 lemma;
	const char		*phrase;
	size_t			 len, words;
	int			 clause;
} light_phrases[LIGHT_PHRASES] = {
	LIGHT(LIGHT_MAKE, "clear", 1, 1),
	LIGHT(LIGHT_MAKE, "it clear", 2, 1),
	LIGHT(LIGHT_MAKE, "the case", 2, 1),
	LIGHT(LIGHT_MAKE, "the point", 2, 1),
	LIGHT(LIGHT_MAKE, "no mention of", 3, 0),
	LIGHT(LIGHT_TAKE, "aim at", 2, 0),
	LIGHT(LIGHT_TAKE, "a shot at", 3, 0),
	LIGHT(LIGHT_TAKE, "a swipe at", 3, 0),
	LIGHT(LIGHT_TAKE, "issue with", 2, 0),
	LIGHT(LIGHT_WEIGH, "in on", 2, 0),
	LIGHT(LIGHT_TOUCH, "on", 1, 0),
	LIGHT(LIGHT_LAY, "out", 1, 0),
	LIGHT(LIGHT_POINT, "out", 1, 1),	/* "points out that [...]" */
	LIGHT(LIGHT_SPELL, "out", 1, 0),
	LIGHT(LIGHT_SINGLE, "out", 1, 0),
	LIGHT(LIGHT_RULE, "out", 1, 0),
	LIGHT(LIGHT_PLAY, "down", 1, 0),
	LIGHT(LIGHT_PLAY, "up", 1, 0),
	LIGHT(LIGHT_TALK, "up", 1, 0),
	LIGHT(LIGHT_WALK, "back", 1, 0),
	LIGHT(LIGHT_OFF, "off", 1, 0),
	LIGHT(LIGHT_SUM, "up", 1, 0),
	LIGHT(LIGHT_THROW, "his support behind", 3, 0),
	LIGHT(LIGHT_THROW, "her support behind", 3, 0),
	LIGHT(LIGHT_THROW, "their support behind", 3, 0),
	LIGHT(LIGHT_THROW, "its support behind", 3, 0),
	LIGHT(LIGHT_THROW, "his weight behind", 3, 0),
	LIGHT(LIGHT_THROW, "her weight behind", 3, 0),
	LIGHT(LIGHT_THROW, "their weight behind", 3, 0),
	LIGHT(LIGHT_THROW, "its weight behind", 3, 0),
	LIGHT(LIGHT_PUT, "it", 1, 0),
};
_Static_assert(sizeof("their support behind") - 1 <= LIGHT_BYTES_MAX,
    "the longest phrase");
/* Where each lemma's phrases start in light_phrases (they are in lemma
 * order), and the end. */
static const size_t light_first[LIGHT_PUT + 2] = { 0, 5, 9, 10, 11, 12,
	13, 14, 15, 16, 18, 19, 20, 21, 22, 30, LIGHT_PHRASES };

/*
 * The phrase of light_phrases of the light verb [p, end) that follows
 * it, one space before it and no letter after it, or -1.  Lower case
 * only, as the cue scan reads.
 */
static int
light_phrase_at(const char *s, size_t se, size_t p, size_t end)
{
	enum light_lemma lemma = light_lemma_of(s, p);
	size_t l, b = end + 1;

	if (b >= se || s[end] != ' ')
		return -1;
	for (l = light_first[lemma]; l < light_first[lemma + 1]; l++)
		if (s[b] == light_phrases[l].phrase[0] &&
		    se - b > light_phrases[l].len &&
		    memcmp(s + b, light_phrases[l].phrase,
		    light_phrases[l].len) == 0 &&
		    !speech_ascii_lower((unsigned char)(s[b +
		    light_phrases[l].len] | 0x20)))
			return (int)l;
	return -1;
}

/*
 * Does the word "as" (either case) stand at most AS_SUBJECT_WORDS words
 * before p, the start of a word in the sentence that opens at ss, no
 * comma between?  Words are read between blanks, bytes only: the test
 * is the cue scan's, as_clause_start (speech_form.c) reads the clause.
 */
int
speech_prep_as_before(const char *s, size_t ss, size_t p)
{
	size_t words, e;

	for (words = 0; words < AS_SUBJECT_WORDS && p > ss; words++) {
		for (e = p; e > ss && s[e - 1] == ' '; e--)
			;
		if (e == p || e == ss || s[e - 1] == ',')
			return 0;
		for (p = e; p > ss && s[p - 1] != ' '; p--)
			;
		if (e - p == 2 && (s[p] | 0x20) == 'a' && s[p + 1] == 's')
			return 1;
	}
	return 0;
}

/*
 * Does a light verb's phrase follow the light verb [p, end) of the
 * sentence [ss, se)?  Asked by the cue scan of each LX_LIGHT word, which
 * keeps it only then.  "put it" is a phrase of saying only in an
 * as-clause ("as he puts it, [CLAUSE]", FrameNet's Encoding: the
 * speaker's wording of the message; "He put it on the table" is none):
 * LIGHT_AS_SAYING then, which the scan keeps as a cue of speech.
 */
int
speech_prep_light_at(const char *s, size_t ss, size_t se, size_t p,
    size_t end)
{
	int l = light_phrase_at(s, se, p, end);

	if (l < 0)
		return 0;
	/* "as Krugman points out, [CLAUSE]": in an as-clause "point
	 * out" is a cue of saying as "put it" is, the clause after the
	 * as-clause's comma its content, not the words after "out" */
	if (light_phrases[l].lemma == LIGHT_POINT)
		return speech_prep_as_before(s, ss, p) ? LIGHT_AS_SAYING : 1;
	if (light_phrases[l].lemma != LIGHT_PUT)
		return 1;
	return speech_prep_as_before(s, ss, p) ? LIGHT_AS_SAYING : 0;
}

/*
 * "Trump made clear [he would not back down]", "Cruz took aim at [the
 * front-runner]", "Obama weighed in on [the race]": the light verb at i
 * (an LX_LIGHT word), its phrase, and the object or clause after it, to
 * the end of its clause.  1 when taken.
 */
static int
light_verb(struct qx *x, struct sent *t, size_t i, struct attr *a)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i];
	size_t k, cs, ce, pe;
	int that = 0, ph;
	uint32_t nx;

	/* "as he put it" is a cue of speech, no light verb's object
	 * (speech_prep_light_at) */
	if ((ph = light_phrase_at(s, t->se, w->start, w->end)) < 0 ||
	    light_phrases[ph].lemma == LIGHT_PUT)
		return 0;
	/* "were made clear", "was taken": a passive, no speech of the
	 * subject's (be + -ing is the progressive: "is making clear") */
	for (k = i; k > 0 && i - k < AUX_WORDS_MAX &&
	    !speech_ends_with(x, w, "ing"); k--) {
		if (speech_span_is_be(x, &t->w[k - 1]))
			return 0;
		if (!speech_is_adverb(x, t, k - 1))
			break;
	}
	/* k: the word after the phrase */
	k = i + 1 + light_phrases[ph].words;
	pe = w->end + 1 + light_phrases[ph].len;
	/* an object of one word is one ("threw her support behind
	 * [Cruz]") */
	if (k >= t->n || t->w[k - 1].end != pe ||
	    !text_all_space(s, pe, t->w[k].start))
		return 0;
	/* "made clear Tuesday night that": the time is the verb's */
	if (light_phrases[ph].clause)
		k += speech_span_time_after(x, t, k);
	if (k >= t->n)
		return 0;
	if (light_phrases[ph].clause && (is_word(x, &t->w[k], "that") ||
	    is_word(x, &t->w[k], "for"))) {
		that = is_word(x, &t->w[k], "that");
		if (++k >= t->n)
			return 0;
	}
	nx = speech_wlx(x, t, k);
	if (((nx & LX_FUNC) && !(nx & (LX_DET | LX_PRON))) ||
	    ((nx & LX_CAL) && !(t->w[k].flags & TEXT_W_POSS)))
		return 0;
	cs = t->w[k].start;
	if (speech_span_direct_at(x, t, t->w[k - 1].end) != NULL)
		return 0;
	ce = that ? speech_span_own_clause(x, t, cs,
	    speech_break_end(x, t, cs)) :
	    speech_stance_end(x, t, k);
	ce = speech_subordinate_end(x, t, i, cs,
	    speech_span_tail_gloss(x, t, cs, ce), !that);
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce))
		return 0;
	a->cue = str_make(s + w->start, pe - w->start);
	return speech_emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}

/*
 * Verbs with the particle "out" (in public, openly) before their
 * preposition: speaking out about, against or for a thing, lashing out
 * at one (FrameNet's Statement and Judgment_communication; "come out
 * against" is left out: "come out on top", "came out for a breakfast"
 * are no stance).  PolNeAR dev: 12 of 19 such uses outside other items
 * are content.
 */
static const struct {
	const char	*verb, *prep;
} out_cues[] = {
	{ "speak", "about" }, { "speaks", "about" }, { "speaking", "about" },
	{ "spoke", "about" }, { "spoken", "about" },
	{ "speak", "against" }, { "speaks", "against" },
	{ "speaking", "against" }, { "spoke", "against" },
	{ "spoken", "against" },
	{ "speak", "for" }, { "speaks", "for" }, { "speaking", "for" },
	{ "spoke", "for" }, { "spoken", "for" },
	{ "lash", "at" }, { "lashes", "at" }, { "lashed", "at" },
	{ "lashing", "at" },
};

/* Is the verb at i followed by "out" and a preposition of out_cues
 * that goes with it? */
static int
out_cue(const struct qx *x, struct sent *t, size_t i)
{
	const char *s = x->s;
	size_t k;

	if (i + 3 >= t->n || !is_word(x, &t->w[i + 1], "out") ||
	    !text_gap_is_blank(s, t->w[i + 1].end, t->w[i + 2].start))
		return 0;
	for (k = 0; k < sizeof(out_cues) / sizeof(out_cues[0]); k++)
		if (text_range_eq(s, t->w[i].start, t->w[i].end,
		    out_cues[k].verb) && text_range_eq(s, t->w[i + 2].start,
		    t->w[i + 2].end, out_cues[k].prep))
			return 1;
	return 0;
}

/* The lower-case word that starts at p (a space before it) in s, the
 * sentence ending at se: its end, or p when none is there.  A letter
 * after it, ASCII or not, makes it part of a longer word; a no-break
 * space (U+00A0) or a mark of the General Punctuation block (U+2000 to
 * U+206F: quotes, dashes) ends it ("speaking of\u00a0Clinton"). */
static size_t
lower_word_end(const char *s, size_t se, size_t p)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t e = p;

	while (e < se && (unsigned)(s[e] - 'a') < 26)
		e++;
	if (e < se && ((unsigned)((u[e] | 0x20) - 'a') < 26 ||
	    (u[e] >= 0x80 && !(e + 1 < se && ((u[e] == 0xc2 &&
	    u[e + 1] == 0xa0) || (u[e] == 0xe2 && u[e + 1] == 0x80))))))
		return p;
	return e;
}

/*
 * Words of an addressee between a verb of communication and the "about"
 * of its topic ("talked to [voters] about", "wrote to Mrs. Clinton
 * about", "is talking to his inner circle about": VerbNet's talk-37.5,
 * complain-37.8, "to" the recipient): a name or a short noun phrase,
 * as after "told"; a longer run holds a time or a clause of its own
 * ("complained to Sanders officials since Jan. 22 about").
 */
#define TOPIC_ADDRESSEE_WORDS	4

/* Is byte e of s (ending at se) in a plain word: an ASCII letter, an
 * apostrophe, an abbreviation's period, a hyphen, a letter in UTF-8 (no
 * mark of the General Punctuation block but the right quote used as an
 * apostrophe, no no-break space)?  Its length, or 0. */
static size_t
plain_byte(const char *s, size_t se, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;

	if ((unsigned)((u[e] | 0x20) - 'a') < 26 || u[e] == '\'' ||
	    u[e] == '.' || u[e] == '-')
		return 1;
	if (u[e] == 0xe2)
		return e + 2 < se && u[e + 1] == 0x80 && u[e + 2] == 0x99 ?
		    3 : 0;
	return u[e] >= 0x80 && u[e] != 0xc2 ? 1 : 0;
}

/* The start of "about" after an addressee of one to
 * TOPIC_ADDRESSEE_WORDS plain words from p (the byte after "to "), one
 * space between, in s ending at se; or 0 (read by the cue scan, so by
 * bytes: speech_prep_object reads the words). */
static size_t
addressee_about(const char *s, size_t se, size_t p)
{
	size_t n, e, b;

	for (n = 0; n <= TOPIC_ADDRESSEE_WORDS && p < se; n++) {
		for (e = p; e < se && (b = plain_byte(s, se, e)) != 0; e += b)
			;
		if (e == p || e >= se || s[e] != ' ')
			return 0;
		if (n > 0 && e - p == 5 && memcmp(s + p, "about", 5) == 0)
			return p;
		p = e + 1;
	}
	return 0;
}

/*
 * Is the lower-case word [p, q) of s (the sentence ending at se)
 * followed by one space and a preposition it takes in prep_cues, or by
 * "out" and one of out_cues' ("critical of", "vocal about", "spoke out
 * against")?  Asked by the cue scan of each word whose only cue class
 * is LX_PREPCUE, which keeps it only then: without its preposition such
 * a word is no cue (speech_prep_object reads none), and as a cue it
 * would end the content of another ("public records indicate", "leads
 * by five points in").
 */
int
speech_prep_pair_at(const char *s, size_t se, size_t p, size_t q)
{
	size_t e, e2, k;

	if (q + 2 >= se || s[q] != ' ' ||
	    (e = lower_word_end(s, se, q + 1)) == q + 1)
		return 0;
	if (e - q - 1 == 3 && memcmp(s + q + 1, "out", 3) == 0 &&
	    e + 1 < se && s[e] == ' ' &&
	    (e2 = lower_word_end(s, se, e + 1)) > e + 1) {
		for (k = 0; k < sizeof(out_cues) / sizeof(out_cues[0]); k++)
			if (text_range_eq(s, p, q, out_cues[k].verb) &&
			    text_range_eq(s, e + 1, e2, out_cues[k].prep))
				return 1;
	}
	/* "talked to voters about": past the addressee */
	if (e - q - 1 == 2 && s[q + 1] == 't' && s[q + 2] == 'o' &&
	    e + 1 < se && s[e] == ' ' &&
	    (e2 = addressee_about(s, se, e + 1)) != 0)
		return prep_cue_is(s, p, q, e2, e2 + 5);
	return prep_cue_is(s, p, q, q + 1, e);
}

/*
 * Is the adjective at i graded after a determiner ("The most critical
 * of the reports", "A more skeptical of the two")?  A comparative or
 * superlative after an article makes a noun phrase of it, a partitive:
 * no attitude with a subject (review S3).
 */
static int
partitive(const struct qx *x, struct sent *t, size_t i)
{
	const struct text_word *d;

	if (i < 2)
		return 0;
	d = &t->w[i - 1];
	return (is_word(x, d, "most") || is_word(x, d, "more") ||
	    is_word(x, d, "less") || is_word(x, d, "least")) &&
	    (speech_wlx(x, t, i - 2) & LX_DET);
}

/*
 * "talked to voters about [health care]": "to" at word p opens the
 * addressee, one to TOPIC_ADDRESSEE_WORDS words of a noun phrase
 * (determiners, pronouns, names, lower-case words that are no function
 * words or cues), then "about", the topic's preposition: its index, or
 * 0.
 */
static size_t
topic_after_addressee(const struct qx *x, struct sent *t, size_t p)
{
	size_t k;
	uint32_t lx;

	/* "the experts I spoke to this week about": a time after "to"
	 * leaves it stranded, a relative's */
	if (p + 1 < t->n && speech_span_time_after(x, t, p + 1) != 0)
		return 0;
	for (k = p + 1; k < t->n && k <= p + 1 + TOPIC_ADDRESSEE_WORDS;
	    k++) {
		if (!text_gap_is_blank(x->s, t->w[k - 1].end, t->w[k].start))
			return 0;
		if (k > p + 1 && is_word(x, &t->w[k], "about"))
			return k + 1 < t->n ? k : 0;
		lx = speech_wlx(x, t, k);
		if ((lx & SPEECH_CUES) || ((lx & LX_FUNC) &&
		    !(lx & (LX_DET | LX_PRON | LX_PPRON))))
			return 0;
	}
	return 0;
}

/*
 * Is the "about" at word p the adverb of an approximation, no topic's
 * preposition: "spoke to reporters about an hour after the meeting",
 * "spoke about 20 minutes", "talked to police about 10 times", "wrote
 * about once a week", "spoke to the nation about 9 p.m."?  A number, a
 * number word or "a"/"an" and then a unit of time or a count of times
 * with no "of" after it ("talked about [10 years of war]" is a topic),
 * a clock, or "once"/"twice".
 */
static int
approximate_about(const struct qx *x, struct sent *t, size_t p)
{
	static const struct speech_lit count[] = {
		SPEECH_LIT("a"), SPEECH_LIT("an"), SPEECH_LIT("one"),
		SPEECH_LIT("two"), SPEECH_LIT("three"), SPEECH_LIT("four"),
		SPEECH_LIT("five"), SPEECH_LIT("six"), SPEECH_LIT("seven"),
		SPEECH_LIT("eight"), SPEECH_LIT("nine"), SPEECH_LIT("ten"),
		SPEECH_LIT("twelve"), SPEECH_LIT("fifteen"),
		SPEECH_LIT("twenty"), SPEECH_LIT("thirty"), SPEECH_LIT("forty"),
		SPEECH_LIT("fifty"), SPEECH_LIT("half"),
	};
	static const struct speech_lit unit[] = {
		SPEECH_LIT("second"), SPEECH_LIT("seconds"),
		SPEECH_LIT("minute"), SPEECH_LIT("minutes"), SPEECH_LIT("hour"),
		SPEECH_LIT("hours"), SPEECH_LIT("day"), SPEECH_LIT("days"),
		SPEECH_LIT("week"), SPEECH_LIT("weeks"), SPEECH_LIT("month"),
		SPEECH_LIT("months"), SPEECH_LIT("year"), SPEECH_LIT("years"),
		SPEECH_LIT("times"), SPEECH_LIT("p.m"), SPEECH_LIT("a.m"),
		SPEECH_LIT("p.m."), SPEECH_LIT("a.m."),
		SPEECH_LIT("pm"), SPEECH_LIT("am"), SPEECH_LIT("o'clock"),
	};
	const char *s = x->s;
	const struct text_word *n, *u;
	size_t e;

	if (!is_word(x, &t->w[p], "about") || p + 1 >= t->n)
		return 0;
	n = &t->w[p + 1];
	/* "about once a week", "about twice every year", not "about once
	 * being poor" */
	if ((is_word(x, n, "once") || is_word(x, n, "twice")) &&
	    p + 2 < t->n && (is_word(x, &t->w[p + 2], "a") ||
	    is_word(x, &t->w[p + 2], "an") ||
	    is_word(x, &t->w[p + 2], "every") ||
	    is_word(x, &t->w[p + 2], "or") ||
	    is_word(x, &t->w[p + 2], "per")))
		return 1;
	/* a clock: "about 9:30" */
	if ((n->flags & TEXT_W_DIGIT) && memchr(s + n->start, ':',
	    n->end - n->start) != NULL)
		return 1;
	if (!(n->flags & TEXT_W_DIGIT) && !speech_range_in(s, n->start,
	    n->end, count, sizeof(count) / sizeof(count[0])))
		return 0;
	if (p + 2 >= t->n)
		return 0;
	u = &t->w[p + 2];
	if (!text_gap_is_blank(s, n->end, u->start) ||
	    !speech_range_in(s, u->start, u->end, unit,
	    sizeof(unit) / sizeof(unit[0])))
		return 0;
	e = u->end;
	while (e < t->se && s[e] == '.')
		e++;
	return !(p + 3 < t->n && is_word(x, &t->w[p + 3], "of") &&
	    text_gap_is_blank(s, e, t->w[p + 3].start));
}

/*
 * "Obama talked about [the economy]", "Trump railed against [the trade
 * deal]", ", referring to [the senator]", "Davis lashed out at [the
 * nominee]": the object of the verb's preposition, to the end of its
 * clause.  1 when taken.
 */
int
speech_prep_object(struct qx *x, struct sent *t, size_t i,
    struct attr *a)
{
	const char *s = x->s;
	const struct text_word *w = &t->w[i];
	size_t cs, ce, k, p = i + 1;	/* p: the preposition */
	uint32_t nx;
	const struct speech_quote *fq;
	int out, addressed = 0;

	/* (analyse asks for one of the two classes before the call) */
	if (speech_wlx(x, t, i) & LX_LIGHT)
		return light_verb(x, t, i, a);
	if (!(speech_wlx(x, t, i) & LX_PREPCUE) || i + 1 >= t->n ||
	    (w->flags & TEXT_W_CAP) ||
	    !text_gap_is_blank(s, w->end, t->w[i + 1].start))
		return 0;
	/* "spoke out against [X]": the particle between */
	if ((out = out_cue(x, t, i)) != 0)
		p = i + 2;
	/* "talked about ["Make America Great Again"]" */
	fq = speech_object_fragment_after(x, t, p);
	if (fq == NULL && (p + 1 >= t->n ||
	    !text_gap_is_blank(s, t->w[p].end, t->w[p + 1].start)))
		return 0;
	if (!out && is_word(x, &t->w[p], "to") &&
	    (k = topic_after_addressee(x, t, p)) != 0) {
		p = k;
		addressed = 1;
	}
	if (!out && !prep_cue_is(s, w->start, w->end, t->w[p].start,
	    t->w[p].end))
		return 0;
	if ((speech_wlx(x, t, i) & LX_ADJ) && partitive(x, t, i))
		return 0;
	if (fq != NULL)
		return speech_object_fragment(x, t, i, p, t->w[p].end, fq, a);
	/* "talked about it on Tuesday" is content; a time right after the
	 * preposition is not ("spoke of Tuesday's vote" is): a capitalised
	 * day or month has no lexicon classes past the sentence's first
	 * word, so the time reader asks too ("agreed on Tuesday to ...":
	 * the preposition is the time's; review V6) */
	nx = speech_wlx(x, t, p + 1);
	if (!(t->w[p + 1].flags & TEXT_W_POSS) && ((nx & LX_CAL) ||
	    speech_span_time_after(x, t, p + 1) != 0))
		return 0;
	if (approximate_about(x, t, p))
		return 0;
	cs = t->w[p + 1].start;
	if (speech_span_direct_at(x, t, t->w[p].end) != NULL)
		return 0;
	ce = speech_subordinate_end(x, t, i, cs,
	    speech_span_tail_gloss(x, t, cs,
	    speech_stance_end(x, t, p + 1)), 1);
	if (ce <= cs || speech_span_mostly_direct(x, t, cs, ce))
		return 0;
	a->cue = addressed ? str_make(s + w->start, w->end - w->start) :
	    str_make(s + w->start, t->w[p].end - w->start);
	return speech_emit(x, t, cs, ce, a) == -1 ? -1 : 1;
}
