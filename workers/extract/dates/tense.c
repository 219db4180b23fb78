/*
 * tense.c — which way a date points from the publication: the tense
 * the words around a token cue (a verb in the past or a future's
 * auxiliary, a schedule's present, a plan, a modal of the past), read
 * within the date's clause, stepping over an aside.
 */
#include <string.h>

#include "dates_private.h"

/* The tense a word cues (words.def's F_FUTURE, F_PAST), or 0. */
static inline int
cue(const struct tok *t)
{
	return tok_flags(t) & (F_FUTURE | F_PAST);
}

/* Words in -ed that are no past tense: verbs in -eed ("succeed",
 * "need"; "agreed" is one), nouns and numbers ("hundred", "shed"). */
static const union wkey not_past_ed[] = { { "need" }, { "feed" },
	{ "speed" }, { "breed" }, { "bleed" }, { "heed" }, { "seed" },
	{ "weed" }, { "indeed" }, { "hundred" }, { "shed" }, { "sled" },
	{ "embed" }, { "naked" }, { "wicked" }, { "sacred" } };

/* The length of a token's lowered word, from its zero-padded key (the
 * last non-zero byte; little-endian keys hold the first letter lowest),
 * without strlen()'s call: the tense cues ask it of every word around a
 * date. */
static inline size_t
low_len(const struct tok *t)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (t->key[1] != 0)
		return 16 - (size_t)__builtin_clzll(t->key[1]) / 8;
	if (t->key[0] != 0)
		return 8 - (size_t)__builtin_clzll(t->key[0]) / 8;
	return 0;
#else
	return strlen(t->low);
#endif
}

/* A verb in -ed ("described", "charged").  Capitalized words are
 * names ("United", "Red"), not verbs. */
static int
past_participle(const struct tok *t)
{
	size_t n, k;

	if (t->kind != TK_WORD || t->cap)
		return 0;
	n = low_len(t);
	if (n < 4 || t->low[n - 2] != 'e' || t->low[n - 1] != 'd')
		return 0;
	if (n >= 5 && memcmp(t->low + n - 4, "ceed", 4) == 0)
		return 0;
	for (k = 0; k < sizeof(not_past_ed) / sizeof(not_past_ed[0]); k++)
		if (t->key[0] == not_past_ed[k].key[0] &&
		    t->key[1] == not_past_ed[k].key[1])
			return 0;
	return 1;
}

/* A determiner: a word in -ed after one is an adjective. */
static const uint8_t determiners[DW_COUNT] = {
	IN(a), IN(an), IN(the), IN(its), IN(their), IN(his), IN(her), IN(our),
	IN(this), IN(these), IN(those)
};

/* An adverb between a determiner and an adjective ("a still
 * unspecified date", "the newly elected"). */
static int
adverb(const struct tok *t)
{
	size_t n;

	if (W(t, still))
		return 1;
	if (t->kind != TK_WORD)
		return 0;
	n = low_len(t);
	return n >= 4 && t->low[n - 2] == 'l' && t->low[n - 1] == 'y';
}

/*
 * The tense a participle at token j cues: a participle after "be" is a
 * passive, future after "to be" ("to be published in November") and
 * otherwise what the auxiliary before it says (so no cue here; after
 * "is" or "are" a present: "when the case is heard in May"); after a
 * determiner it is an adjective ("a still unspecified date", "the
 * revised plan") and cues nothing; else it is a past tense.
 */
static int
participle_tense(struct ctx *c, long j)
{
	const struct tok *b = tk(c, j - 1);

	if (W(b, be))
		return W(tk(c, j - 2), to) ? 1 : 0;
	/* "when the case is heard in May": a present passive */
	if (W(b, is) || W(b, are))
		return 0;
	if (WL(b, determiners) ||
	    (adverb(b) && WL(tk(c, j - 2), determiners)))
		return 0;
	return -1;
}

/* What follows "plans" or "plan" as the verb or a plan for a date. */
static const uint8_t plan_objects[DW_COUNT] = {
	IN(to), IN(for), IN(a), IN(an)
};

/* Adverbs that date a plan's making ("as originally scheduled"). */
static const uint8_t plan_made[DW_COUNT] = {
	IN(previously), IN(originally), IN(initially)
};

/* Is token j the lower-case word w (one the lexicon need not list)? */
static int
word_is(struct ctx *c, long j, const char *w)
{
	const struct tok *t = tk(c, j);

	return t->kind == TK_WORD && strcmp(t->low, w) == 0;
}

/* Participles not in -ed the lexicon does not list as past tenses. */
static const char *const participles[] = { "been", "done", "gone",
	"seen", "taken", "given", "known", "shown", "grown", "fallen",
	"risen", "chosen", "spoken", "written", "begun", "become", "come",
	"run", "won", "had", NULL };

/* Does token k follow "have" as a perfect's participle ("could have
 * played", "would have been"), or is the verb left out before a date
 * ("the spoiler he could have Tuesday")?  "would have trouble", "could
 * have big consequences" are "have" the verb. */
static int
perfect_after(struct ctx *c, long k)
{
	const struct tok *t = tk(c, k);
	int e;

	if (L(t, C_WDAY) != NULL || L(t, C_MONTH) != NULL)
		return t->cap;
	if (t->kind != TK_WORD)
		return 0;
	if (past_participle(t) || (tok_flags(t) & F_PAST))
		return 1;
	for (e = 0; participles[e] != NULL; e++)
		if (strcmp(t->low, participles[e]) == 0)
			return 1;
	return 0;
}

/* Verbs of saying a refusal is reported with ("would not say"). */
static const char *const refusal_verbs[] = { "say", "comment",
	"discuss", "elaborate", "confirm", "answer", "specify", "disclose",
	"reveal", "identify", "name", "speculate", "provide", "give", NULL };

/*
 * A modal at token j that speaks of the past: the perfect ("could have
 * played the spoiler Tuesday", "would have been"), "could not" ("could
 * not be reached for comment Saturday": the past of "can"), "would not"
 * with a verb of saying ("wouldn't say Tuesday how": a refusal
 * reported).  -1, else 0.
 */
static int
modal_past(struct ctx *c, long j)
{
	long k = j + 1;
	int e;

	if (word_is(c, k, "not"))
		k++;
	else if (P(tk(c, k), '\'') && adj(tk(c, k)) && word_is(c, k + 1, "t"))
		k += 2;		/* "couldn't", "wouldn't": "couldn", "'", "t" */
	if (word_is(c, k, "have") && perfect_after(c, k + 1))
		return -1;
	if (k == j + 1)
		return 0;
	if (W(tk(c, j), could) || word_is(c, j, "couldn"))
		return -1;
	if (!W(tk(c, j), would) && !word_is(c, j, "wouldn"))
		return 0;
	for (e = 0; refusal_verbs[e] != NULL; e++)
		if (word_is(c, k, refusal_verbs[e]))
			return -1;
	return 0;
}

/*
 * Does "did" stand right before the verb at token j, or one word before
 * it ("did not", "Did anyone"), or "didn't" ("didn", "'", "t")?  What
 * was expected then has come ("Fans did not expect the loss on Sunday":
 * the Sunday before, as after "had"; review T1); not what was planned,
 * whose day may still be ahead ("said they did not plan to remove Elian
 * on Thursday morning", the coming one).
 */
static int
did_before(struct ctx *c, long j)
{
	return W(tk(c, j - 1), did) || W(tk(c, j - 2), did) ||
	    (word_is(c, j - 1, "t") && word_is(c, j - 3, "didn"));
}

/* A schedule's verb in its plural present ("Polls open Tuesday",
 * "Talks resume Monday"), whose singular ("opens", "resumes") words.def
 * marks as a future. */
static const uint8_t schedule_plural[DW_COUNT] = {
	IN(begin), IN(convene), IN(open), IN(reopen), IN(resume), IN(start),
	IN(return), IN(close), IN(end), IN(expire), IN(host), IN(face),
	IN(meet), IN(play), IN(travel), IN(visit), IN(welcome)
};

/* Of those, a fixture's: British news makes a team or a country a
 * plural ("Arsenal host Chelsea on Saturday", "England face Australia
 * on Sunday", "India play ..."), so a capitalized name before their
 * plural present is its subject too (a singular subject would take
 * "hosts"; a result is told in the past, "hosted", "faced"). */
static const uint8_t fixture_plural[DW_COUNT] = {
	IN(host), IN(face), IN(meet), IN(play), IN(travel), IN(visit),
	IN(welcome)
};

/* The words of a team's or a country's name before a fixture's verb
 * ("Arsenal", "Manchester United", "Paris Saint Germain"). */
#define FIXTURE_NAME_WORDS	3

/*
 * Is the token j the end of a capitalized name no rule lists
 * ("Arsenal", "Manchester United", "Yasser Arafat") that is the
 * fixture's subject?  Not after "do", "does", "did", where it is a
 * question's ("Did England face Australia on Sunday?"), nor after a
 * past verb other than a report's, where it is the verb's object ("We
 * watched England face Australia", "saw"): both tell the day past.  A
 * report's verb keeps its clause ("said England face ..."), and so
 * does a coordinate ("He and Palestinian leader Yasser Arafat meet
 * separately Monday").
 */
/* Countries the lexicon lists for other rules (India's and Korea's
 * days, Canada Day, Australia Day): in a name they are the team's or
 * the country's as any other ("India meet England on Friday"). */
static const uint8_t name_places[DW_COUNT] = {
	IN(australia), IN(canada), IN(india), IN(korea)
};

static int conditional_name(struct ctx *c, long j);

static int
name_subject(struct ctx *c, long j)
{
	const struct tok *t;
	size_t n;
	long k;

	for (k = j; k > j - FIXTURE_NAME_WORDS; k--) {
		t = tk(c, k);
		if (t->kind != TK_WORD || !t->cap ||
		    (t->wid != DW_NONE && !WL(t, name_places)))
			break;
	}
	if (k == j)
		return 0;
	t = tk(c, k);
	if (t->kind != TK_WORD || W(t, said) || W(t, says) || W(t, told))
		return 1;
	if (word_is(c, k, "do") || word_is(c, k, "does") ||
	    word_is(c, k, "did") || (tok_flags(t) & F_PAST))
		return 0;
	/* a past tense the lexicon does not list ("watched", "helped") */
	n = low_len(t);
	return t->cap || n < 4 || t->low[n - 1] != 'd' ||
	    t->low[n - 2] != 'e';
}

/* Of those, the ones a market report writes in its present of the day
 * past ("Stocks close higher", "Shares end the day down"), or that are
 * nouns after a plural ("talks end"): a schedule only right before its
 * time ("Polls close Thursday", "Talks end on Friday", "Contracts expire
 * at midnight"). */
static const uint8_t schedule_plural_near[DW_COUNT] = {
	IN(close), IN(end), IN(expire)
};

/* What a schedule's verb of schedule_plural_near[] is followed by when
 * it dates it: the time itself or its preposition. */
static int
schedule_time_next(const struct tok *n)
{
	return W(n, on) || W(n, at) || W(n, tonight) || W(n, tomorrow) ||
	    W(n, next) || W(n, this) || n->kind == TK_NUM ||
	    (n->cap && (L(n, C_WDAY) != NULL || L(n, C_MONTH) != NULL));
}

/* The present verbs of a coming start's idioms: "take effect", "go
 * into effect", "come into force" (their singulars: "takes" is listed,
 * words.def). */
static const union wkey take_word[] = { { "take" }, { "" } };
static const union wkey into_word[] = { { "into" }, { "" } };
static const union wkey go_come[] = { { "go" }, { "goes" }, { "come" },
	{ "comes" }, { "" } };

/* Is "effect" or "force" at token j the end of such an idiom in the
 * present ("takes effect", "take effect", "goes into effect", "comes
 * into force")?  "took effect", "went into force" are the past's. */
static int
into_effect(struct ctx *c, long j)
{
	const struct tok *p = tk(c, j - 1);

	if (W(tk(c, j), effect) && (W(p, takes) || tok_among(p, take_word)))
		return 1;
	return tok_among(p, into_word) && tok_among(tk(c, j - 2), go_come);
}

/*
 * A schedule's verb in its singular present, the present English and
 * news use for what is fixed to come ("The committee meets Tuesday",
 * "Arsenal hosts Chelsea on Saturday", "The prime minister visits
 * Delhi on Friday", "The flight lands at 6:45 pm on Tuesday", a
 * journey's "The team heads to Denver on Sunday", "flies", "sails",
 * "returns", a sitting's "Parliament sits on Tuesday", a calendar's
 * "The deadline falls on Sunday", a forecast's "a storm moves in
 * Wednesday night", "a cold front sweeps across the state on Friday";
 * a result or a report is told in the
 * past: "met", "hosted", "headed").  "opens",
 * "begins", "resumes" words.def marks as a future everywhere; these are
 * also plural nouns ("the hosts", "his visits", "track meets"), so they
 * are a verb only after a singular subject (singular_subject()).
 */
static const uint8_t schedule_singular[DW_COUNT] = {
	IN(meets), IN(hosts), IN(faces), IN(plays), IN(visits), IN(travels),
	IN(welcomes), IN(lands), IN(arrives), IN(departs), IN(premieres),
	IN(airs), IN(heads), IN(flies), IN(sails), IN(returns), IN(sits),
	IN(falls), IN(moves), IN(sweeps)
};

/*
 * What follows a verb of schedule_singular[] when it names a fixture or
 * a timetable: the opponent, the place or the day by its name ("faces
 * Chelsea", "visits Delhi", "meets Tuesday"), the time or a preposition
 * of place or time ("lands at 6:45 pm", "travels to Brussels", "arrives
 * on Friday").  Not a lower-case object ("faces a fine after a leak on
 * Wednesday", "faces trial over the attack on Saturday", "plays its home
 * games on Sunday"): the verb's other sense, whose weekday is another
 * event's.
 */
/* Prepositions of a path a journey or a front takes ("sweeps across
 * the state", "heads into the weekend"). */
static const union wkey path_words[] = { { "across" }, { "into" },
	{ "" } };

static int
schedule_singular_next(const struct tok *n)
{
	return (n->kind == TK_WORD && n->cap) || schedule_time_next(n) ||
	    W(n, in) || W(n, to) || W(n, for) || W(n, from) ||
	    tok_among(n, path_words);
}

/* The words of a subject's noun phrase read back for its determiner
 * ("the committee", "the prime minister"). */
#define SUBJECT_NOUN_WORDS	2

/*
 * Is token j the end of a singular subject a verb of
 * schedule_singular[] agrees with: "he", "she", "it"; a capitalized name
 * (name_subject(): "Arsenal", "Mr Sunak", "The Senate"); or a lower-case
 * noun after a determiner ("the committee", "the prime minister")?  The
 * determiner is what tells "the committee meets" from "the hosts" and
 * "two state visits", whose -s word is the noun itself.
 */
/* A lower-case word that may be a subject's noun or its modifier: one
 * the lexicon does not list, or lists as a plain word ("flight"); not a
 * determiner, a tense cue, a function word or a date's own word (a
 * month, a unit, a number). */
static int
subject_noun(const struct tok *t)
{
	const struct lex *lx = tok_lex(t);

	return t->kind == TK_WORD && (lx == NULL || (lx->cls == C_OTHER &&
	    !(lx->flags & (F_FUTURE | F_PAST | F_CTX | F_LEAD)) &&
	    !WL(t, determiners)));
}

/* How far past a verb a photo caption's sentence may end ("meets
 * President Ram Nath Kovind at Rashtrapati Bhavan, in New Delhi on
 * Sunday.": 14, the tense search's 10 back and the date), and how
 * far its credit's word may be into the parenthesis ("(AP Photo/",
 * "(PTI Photo)", "(Photo: Reuters)"). */
#define CAPTION_AHEAD	14
#define CREDIT_WORDS	3
_Static_assert(CAPTION_AHEAD + 2 + CREDIT_WORDS <= LOOKAHEAD_MAX,
    "a caption's credit is read from a verb behind the date, in the ring");

/* A photo credit's words, compared as keys. */
static const union wkey credit_words[] = { { "photo" }, { "photos" },
	{ "pic" }, { "" } };

/*
 * Is the sentence of the verb at token j a photo caption: does a
 * credit in parentheses follow its end ("... on Sunday. (PTI Photo)",
 * "(AP Photo/Evan Vucci)")?  Captions tell what the picture shows in
 * the present, of a day past ("Prime Minister Narendra Modi meets
 * President Kovind in New Delhi on Sunday. (PTI Photo)"): no schedule,
 * in the singular or the plural ("England face Australia on Sunday.
 * (PTI Photo)").
 */
static int
caption(struct ctx *c, long j)
{
	long k, e;

	for (k = j + 1; k <= j + CAPTION_AHEAD; k++)
		if (is_sentence_end(tk(c, k)) || tk(c, k)->kind == TK_NONE)
			break;
	if (!P(tk(c, k + 1), '('))
		return 0;
	for (e = k + 2; e < k + 2 + CREDIT_WORDS; e++)
		if (tok_among(tk(c, e), credit_words))
			return 1;
	return 0;
}

static int
singular_subject(struct ctx *c, long j)
{
	const struct tok *t = tk(c, j);
	long k;

	if (t->kind != TK_WORD)
		return 0;
	if (word_is(c, j, "he") || word_is(c, j, "she") || word_is(c, j, "it"))
		return 1;
	if (t->cap)
		return name_subject(c, j);
	if (!subject_noun(t))
		return 0;
	for (k = j - 1; k >= j - SUBJECT_NOUN_WORDS; k--) {
		t = tk(c, k);
		if (WL(t, determiners))
			return 1;
		if (t->kind != TK_WORD || t->cap || !subject_noun(t))
			return 0;
	}
	return 0;
}

/* Words in -s that are no plural noun: verbs and adverbs. */
static const union wkey not_plural[] = { { "does" }, { "always" },
	{ "perhaps" }, { "sometimes" }, { "whereas" }, { "towards" },
	{ "afterwards" }, { "" } };

/*
 * Is token j a plural subject a present verb can follow: "they", "we",
 * or a noun in -s ("polls", "talks", "schools"; not in -ss, -us, -is:
 * "class", "bus", "crisis", "this"; nor a verb or adverb in -s: "was",
 * "does", "always")?  Without a tagger, a word in -s before the verb
 * is the plural noun a plural verb agrees with.
 */
static int
plural_subject(const struct tok *t)
{
	size_t n;

	if (W(t, they) || W(t, we))
		return 1;
	if (t->kind != TK_WORD || (tok_flags(t) & (F_FUTURE | F_PAST)))
		return 0;
	n = low_len(t);
	return n >= 4 && t->low[n - 1] == 's' && t->low[n - 2] != 's' &&
	    t->low[n - 2] != 'u' && t->low[n - 2] != 'i' &&
	    !tok_among(t, not_plural);
}

/* The forms of "await", and the verbs whose "for" ("braced for") or
 * "to" ("looked to") takes what they anticipate. */
static const union wkey await_words[] = { { "await" }, { "awaits" },
	{ "awaited" }, { "awaiting" }, { "" } };
static const union wkey brace_words[] = { { "brace" }, { "braces" },
	{ "braced" }, { "bracing" }, { "" } };
static const union wkey look_words[] = { { "look" }, { "looks" },
	{ "looked" }, { "looking" }, { "" } };

/*
 * Is the word at token j a verb of anticipation, or the preposition of
 * one: "await" in any form, "braced for", "looked to" (not "looked to
 * be", which is "seemed")?  Its caller tests the first letter and the
 * two ids, so that most words the tense search passes pay no call.
 */
static int
anticipation(struct ctx *c, long j)
{
	const struct tok *t = tk(c, j);

	if (t->low[0] == 'a')
		return tok_among(t, await_words);
	if (W(t, for))
		return tok_among(tk(c, j - 1), brace_words);
	if (W(t, to))
		return tok_among(tk(c, j - 1), look_words) &&
		    !W(tk(c, j + 1), be);
	return 0;
}

/* Words that open another phrase or clause than a verb's object: a
 * date after one of them is not what the verb waits for ("awaited
 * trial after his arrest on Friday"). */
static const union wkey object_ends[] = { { "after" }, { "before" },
	{ "since" }, { "following" }, { "when" }, { "while" },
	{ "because" }, { "until" }, { "till" }, { "but" }, { "and" },
	{ "" } };

/*
 * Is the date at tokens [i, e) the object of a verb of anticipation at
 * token j behind it (anticipation()), or in its object: a day's event
 * ("Friday's jobs report", "the Friday vote") or a noun's day after
 * "on" ("the Fed's decision on Wednesday")?  A bare day is the verb's
 * own ("Spain braced for weeks of uncertainty Monday").  Only a noun
 * phrase between, with its possessive's apostrophe: no other mark and
 * no word of object_ends[].
 */
static int
anticipated(struct ctx *c, long j, long i, long e)
{
	const struct tok *t = tk(c, i - 1);
	long k;

	if (!anticipation(c, j))
		return 0;
	if (!W(t, on) && !W(t, the) &&
	    !((P(tk(c, e), '\'') || P(tk(c, e), 0x2019)) &&
	    W(tk(c, e + 1), s)))
		return 0;
	for (k = j + 1; k < i; k++) {
		t = tk(c, k);
		if (t->kind == TK_PUNCT ? !P(t, '\'') && !P(t, 0x2019) :
		    tok_among(t, object_ends))
			return 0;
	}
	return 1;
}

/* The tokens of a relative clause between commas that a schedule's
 * verb may follow its subject past ("Arsenal, who beat Chelsea 2-1 at
 * the weekend, travel to Bayern": 9). */
#define RELATIVE_MAX	12

static const union wkey relative_words[] = { { "who" }, { "which" },
	{ "" } };

/*
 * The token before the subject's own: j itself, or, when j is the
 * comma that closes a relative clause opened by ", who" or ", which"
 * within RELATIVE_MAX tokens in the same sentence ("Arsenal, who beat
 * Chelsea 2-1 at the weekend, travel to Bayern on Wednesday night"),
 * the token before that clause: its past is no tense of the verb's;
 * and so, when j closes an aside in brackets opened within RELATIVE_MAX
 * tokens, the token before its "(": a team's record, a member's party
 * ("The Lakers (10-5) visit the Celtics on Thursday").
 */
static long
past_relative(struct ctx *c, long j)
{
	const struct tok *t;
	long k;

	if (P(tk(c, j), ')')) {
		for (k = j - 1; k >= j - RELATIVE_MAX; k--) {
			t = tk(c, k);
			if (t->kind == TK_NONE || P(t, ')') ||
			    dt_tense_stop(c, k))
				return j;
			if (P(t, '('))
				return k - 1;
		}
		return j;
	}
	if (!P(tk(c, j), ','))
		return j;
	for (k = j - 1; k >= j - RELATIVE_MAX; k--) {
		t = tk(c, k);
		if (t->kind == TK_NONE || dt_tense_stop(c, k))
			return j;
		if (tok_among(t, relative_words))
			return P(tk(c, k - 1), ',') ? k - 2 : j;
	}
	return j;
}

/* Words that open a relative clause after a noun and its comma. */
static const union wkey aside_words[] = { { "who" }, { "which" },
	{ "whose" }, { "" } };
/* Determiners before a noun a participle may describe after its comma
 * ("The company, founded on ..."; not "Last year, prices jumped"). */
static const union wkey aside_dets[] = { { "the" }, { "a" }, { "an" },
	{ "its" }, { "his" }, { "her" }, { "their" }, { "" } };

/*
 * Does the date at token i stand in an aside that describes a noun: a
 * relative clause opened by ", who", ", which" or ", whose", or a
 * participle in -ed set off after a name or a determiner's noun
 * ("Smith, elected on ...", "The company, founded on ..."),
 * within RELATIVE_MAX tokens back in its sentence and no comma between?
 * Such a date is the noun's background, not the story's line ("Smith,
 * who was elected on Jan. 10, 2025, said on Feb. 3": the news's Feb. 3).
 */
int
dt_in_aside(struct ctx *c, long i)
{
	const struct tok *t;
	long k;

	/* back to the nearest comma in the sentence; the word after it
	 * opens the aside or none does */
	for (k = i - 1; k >= i - RELATIVE_MAX; k--) {
		t = tk(c, k);
		if (t->kind == TK_NONE)
			return 0;
		if (t->kind != TK_PUNCT)
			continue;
		if (P(t, ','))
			break;
		if (quote_mark(t) || dt_tense_stop(c, k))
			return 0;
	}
	if (k < i - RELATIVE_MAX || k + 1 >= i)
		return 0;
	t = tk(c, k + 1);
	return tok_among(t, aside_words) ||
	    (past_participle(t) && (tk(c, k - 1)->cap ||
	    (tk(c, k - 1)->kind == TK_WORD &&
	    tok_among(tk(c, k - 2), aside_dets))));
}

/* Days a past narrative's day may lie before the writing for the day
 * it anticipated to be read from it: the week, within which a weekday's
 * first day after it is the one meant. */
#define ANTICIPATED_REF_DAYS	7

/* Days back a weekday a past waiting names with no day of its own may
 * lie and be the waiting's day: up to three, where the last such day is
 * nearer the writing than the next (four or more days ahead). */
#define ANTICIPATED_BACK_MAX	3

/*
 * The side of the writing the weekday at token i, anticipated by the
 * verb at token j (anticipated()), lies on: 1 ahead, -1 behind.  A
 * present waits from the day of writing: ahead.  A past with no other
 * day named is read on the side nearer the writing, since news reports
 * the days just past and waits for those just ahead: "Relatives awaited
 * news on Thursday", written on Friday, is the day before (the "on" as
 * often the waiting's, review R3), "Stocks fell as investors awaited the
 * Fed's decision on Wednesday", written on Monday, the coming one.  A
 * past ("awaited", "braced for", "looked to") in a
 * paragraph that named a day of the week before the writing waits from
 * that day, and the weekday's first day after it is the one meant:
 * "Stocks fell on Tuesday as investors awaited the Fed's decision on
 * Wednesday", written on Friday, is the Wednesday between (review R3).
 */
static int
anticipated_side(struct ctx *c, long j, long i)
{
	const struct tok *v = tk(c, j), *d = tk(c, i);
	const struct lex *lx = L(d, C_WDAY);
	struct cal_date first;
	int64_t back;
	size_t n;
	int delta;

	if (W(v, for) || W(v, to))
		v = tk(c, j - 1);
	n = strnlen(v->low, sizeof(v->low));
	if (lx == NULL || n < 3 || v->low[n - 2] != 'e' ||
	    v->low[n - 1] != 'd' || !c->has_pub || c->pub_gran != G_DAY)
		return 1;
	if (!c->has_ref || c->ref_gran != G_DAY || c->ref_para != d->para) {
		back = (cal_weekday(c->pub.year, c->pub.month, c->pub.day) -
		    lx->val + 7) % 7;
		return back >= 1 && back <= ANTICIPATED_BACK_MAX ? -1 : 1;
	}
	back = cal_diff_days(c->ref, c->pub);
	if (back <= 0 || back > ANTICIPATED_REF_DAYS)
		return 1;
	delta = lx->val - cal_weekday(c->ref.year, c->ref.month, c->ref.day);
	if (delta <= 0)
		delta += 7;
	first = cal_add_days(c->ref, delta);
	return cal_diff_days(first, c->pub) > 0 ? -1 : 1;
}

/* The tense cued by the word at token j, behind the date (1) or after
 * it (0): 1 future, -1 past, 0 none.  Inline in each of its callers: it
 * is asked of every word the tense search passes, and most leave at its
 * first test. */
static inline __attribute__((always_inline)) int
cue_in(struct ctx *c, long j, int behind)
{
	const struct tok *t = tk(c, j);
	int f = cue(t), k;

	/* "had been due to expire Friday": a plan in the past perfect is
	 * over */
	if (f == F_FUTURE) {
		/* the plural present of a schedule's verb, as "opens" and
		 * "begins" are its singular ("Polls open Tuesday",
		 * "Classes resume Monday": HeidelTime's PRESENTFUTURE, here
		 * for a schedule's verbs only; "Voters head to the polls"
		 * is no schedule); not the adjective or the noun ("was
		 * open Tuesday", "a fresh start Tuesday"); "Tickets go on
		 * sale Friday", "goes on sale" (words.def marks them
		 * F_FUTURE so that other words pay no test) */
		if (WL(t, schedule_plural)) {
			/* the subject past a relative clause only seen from
			 * a date after the verb: a date inside the clause
			 * is the clause's */
			long s = behind ? past_relative(c, j - 1) : j - 1;

			return (plural_subject(tk(c, s)) ||
			    (WL(t, fixture_plural) &&
			    name_subject(c, s))) &&
			    (!WL(t, schedule_plural_near) ||
			    schedule_time_next(tk(c, j + 1))) &&
			    !(behind && caption(c, j));
		}
		if (WL(t, schedule_singular))
			return singular_subject(c, behind ?
			    past_relative(c, j - 1) : j - 1) &&
			    schedule_singular_next(tk(c, j + 1)) &&
			    !(behind && caption(c, j));
		if (W(t, sale))
			return W(tk(c, j - 1), on) && (word_is(c, j - 2, "go") ||
			    word_is(c, j - 2, "goes"));
		/* "go back" is "return", a journey's schedule ("The clocks
		 * go back on 30 October", "Pupils go back on 3 September",
		 * "It goes back on Sunday"); "back" alone is no verb */
		if (W(t, back))
			return word_is(c, j - 1, "goes") ? singular_subject(c,
			    j - 2) : word_is(c, j - 1, "go") &&
			    plural_subject(tk(c, j - 2));
		/* "set aside vacation plans", "announced a spending plan
		 * on Monday": the noun, no plan of the clause's; the verb
		 * ("plans to", "plans a vote") and a plan for a date are */
		if ((W(t, plans) || W(t, plan)) &&
		    !WL(tk(c, j + 1), plan_objects))
			return 0;
		/* "began as previously planned Saturday night": when the
		 * plan was made, not when it happens */
		if (WL(tk(c, j - 1), plan_made))
			return 0;
		if ((W(t, could) || W(t, would) || W(t, might) ||
		    W(t, must) || W(t, should)) &&
		    (k = modal_past(c, j)) != 0)
			return k;
		return W(tk(c, j - 1), had) || W(tk(c, j - 2), had) ||
		    (W(t, expect) && did_before(c, j)) ? -1 : 1;
	}
	/* "The ceremony takes place on Friday": the present of a
	 * schedule, as "begins" and "opens" are; and so are a coming
	 * start's idioms ("the ban takes effect Friday", "goes into effect
	 * on Friday", "the rules come into force on Friday") */
	if (W(t, place) && W(tk(c, j - 1), takes))
		return 1;
	if ((W(t, effect) || W(t, force)) && into_effect(c, j))
		return 1;
	/* "Rain is forecast for Saturday", "are forecast to fall": a
	 * forecast's day is ahead of it; not the verb's past, "Apple
	 * forecast on Thursday that" */
	if (W(t, forecast) && (W(tk(c, j - 1), is) || W(tk(c, j - 1), are)))
		return 1;
	/* "set to resume Monday", "is to be held" */
	if (W(t, to) && (W(tk(c, j - 1), set) || W(tk(c, j - 1), is) ||
	    W(tk(c, j - 1), are)))
		return 1;
	/* "ahead of Tuesday's primary", "ahead of the Monday vote": an
	 * event to come; not a lead ("40 points ahead of Sanders in polls
	 * taken in December") */
	if (W(t, of) && W(tk(c, j - 1), ahead) &&
	    tk(c, j - 2)->kind != TK_NUM && !W(tk(c, j - 2), points))
		return 1;
	/* "as early as Tuesday" */
	if (W(t, early) && W(tk(c, j - 1), as) && W(tk(c, j + 1), as))
		return 1;
	/* "Philadelphia beat Kansas City in February": a result, the
	 * past, after a team's or a country's name; its present is no
	 * fixture's, and after "to" or a modal ("hope to beat", "could
	 * beat") or as a noun ("the beat") it cues nothing */
	if (f == F_PAST && W(t, beat))
		return name_subject(c, j - 1) && !conditional_name(c, j - 1) ?
		    -1 : 0;
	if (f == F_PAST)
		return tok_flags(t) & F_VERB ? participle_tense(c, j) : -1;
	if (past_participle(t))
		return participle_tense(c, j);
	/* "couldn't", "wouldn't say": the lexicon lists no "couldn" */
	if (t->kind == TK_WORD && (t->low[0] == 'c' || t->low[0] == 'w') &&
	    t->low[5] == 'n' && t->low[6] == '\0' &&
	    (word_is(c, j, "couldn") || word_is(c, j, "wouldn")))
		return modal_past(c, j);
	return 0;
}

/* The tense cued by the word at token j behind the date. */
int
dt_cue_at(struct ctx *c, long j)
{
	return cue_in(c, j, 1);
}

/* A period that ends no sentence: after an initial or an abbreviation
 * with no space before it ("U.S.", "a.m.", "Dec. 21"). */
int
dt_tense_stop(struct ctx *c, long j)
{
	const struct tok *t = tk(c, j), *w;

	if (!is_sentence_end(t))
		return 0;
	if (!P(t, '.') || t->sp)
		return 1;
	w = tk(c, j - 1);
	/* nor the point of a number or a clock ("$4.5 billion", "19.45
	 * GMT"): digits on both sides */
	if (w->kind == TK_NUM && tk(c, j + 1)->kind == TK_NUM &&
	    adj(tk(c, j + 1)))
		return 0;
	/* nor the "s" of a decade ("the 1990s."), which ends one */
	if (W(w, s) && adj(w) && tk(c, j - 2)->kind == TK_NUM)
		return 1;
	return !(w->kind == TK_WORD && (w->low[1] == '\0' ||
	    (tok_flags(w) & F_ABBR)));
}

/*
 * One more than the tokens back from an aside's ")" to its "(": a
 * clock time with its zone ("(08:00 BST)": 5) or a few words ("(the
 * EU's capital)": 6).
 */
#define TENSE_ASIDE_MAX	8
_Static_assert(TENSE_BACK + TENSE_ASIDE_MAX + CUE_BACK <= LOOKBEHIND_MAX,
    "the tense search reads back over an aside within the ring");
/* and a schedule's verb there reads back over a relative clause and
 * its commas to its subject's name (past_relative()) */
_Static_assert(TENSE_BACK + TENSE_ASIDE_MAX + RELATIVE_MAX + 2 +
    FIXTURE_NAME_WORDS <= LOOKBEHIND_MAX,
    "a subject is read back over a relative clause within the ring");

/* The tokens of a clock time from its hour at token k: the minutes
 * after a ":", "pm"/"am" or the letters and points of "p.m.", a zone
 * ("9pm AWST", "11:40 a.m. ET", "1430 GMT"), in words too after a
 * clock written out ("9:14 p.m. Central European Time"); 0 for a figure
 * with none of them, which is no clock. */
static long
clock_len(struct ctx *c, long k)
{
	long j = k + 1;
	int clock = 0;

	if (P(tk(c, j), ':') && adj(tk(c, j)) &&
	    tk(c, j + 1)->kind == TK_NUM) {
		j += 2;
		clock = 1;
	}
	if (W(tk(c, j), pm) || W(tk(c, j), am)) {
		j++;
		clock = 1;
	} else if ((W(tk(c, j), p) || W(tk(c, j), a)) &&
	    P(tk(c, j + 1), '.') && W(tk(c, j + 2), m)) {
		j += 3;
		if (P(tk(c, j), '.') && adj(tk(c, j)))
			j++;
		clock = 1;
	}
	if (L(tk(c, j), C_TZ) != NULL) {
		j++;
		clock = 1;
	} else if (clock && tk(c, j)->cap)
		j += dt_zone_words(c, j);
	return clock ? j - k : 0;
}

/*
 * The most tokens back from a zone's "time" to its clock's hour: "9:14
 * p.m. Central European Summer Time" (9 : 14 p . m . Central European
 * Summer Time).
 */
#define CLOCK_ZONE_BACK	10
_Static_assert(TENSE_BACK + TENSE_ASIDE_MAX + CLOCK_ZONE_BACK <=
    LOOKBEHIND_MAX, "a zone's clock is read back within the ring");

/* If the "time" at token j ends a zone named in words after a clock
 * time ("at 9:14 p.m. Central European Time on Friday", "8 p.m.
 * Atlantic time"), the tokens back to its hour; else 0. */
static long
zone_clock_back(struct ctx *c, long j)
{
	long b;

	/* a zone's name is capitalized ("the time", "at a time" are most
	 * "time"s the search meets) */
	if (tk(c, j - 1)->kind != TK_WORD || !tk(c, j - 1)->cap)
		return 0;
	for (b = 2; b <= CLOCK_ZONE_BACK; b++)
		if (tk(c, j - b)->kind == TK_NUM &&
		    !P(tk(c, j - b - 1), ':'))
			return clock_len(c, j - b) == b + 1 ? b : 0;
	return 0;
}

/*
 * If the ")" at token j closes an aside opened within TENSE_ASIDE_MAX
 * tokens back, in the same sentence, the tokens from its "(" to it
 * less one (what the search steps over beyond the ")" itself); else 0.
 */
static long
aside_back(struct ctx *c, long j)
{
	const struct tok *t;
	long k;

	for (k = 1; k < TENSE_ASIDE_MAX; k++) {
		t = tk(c, j - k);
		if (P(t, '('))
			return k;
		if (t->kind == TK_NONE || P(t, ')') || dt_tense_stop(c, j - k) ||
		    P(t, '"') || P(t, '`'))
			return 0;
	}
	return 0;
}

/*
 * How far back a fixture's verb still dates its day when nothing
 * nearer cues a tense: a fixture names its opponent, its venue and its
 * competition between the verb and the day ("Liverpool begin the
 * defence of their title against Bournemouth at Anfield on Friday
 * night": 11; "England and India meet in the third Test at Lord's
 * starting on Thursday": 13), past the search's TENSE_BACK.
 */
#define FIXTURE_BACK	16
_Static_assert(FIXTURE_BACK + TENSE_ASIDE_MAX + FIXTURE_NAME_WORDS + 1 <=
    LOOKBEHIND_MAX, "a fixture's subject is read back within the ring");

/* Words before a name that make its clause a condition or a time
 * to come ("If Liverpool beat Everton on Saturday", "Unless Arsenal
 * beat", "Should England beat", "once", "until", "when"), compared as
 * keys: there "beat" is the plural present (review V5). */
static const union wkey condition_words[] = { { "if" }, { "unless" },
	{ "should" }, { "once" }, { "until" }, { "when" }, { "" } };

/* Does a word of condition_words[] stand right before the name ending
 * at token j (up to FIXTURE_NAME_WORDS capitalized words)? */
static int
conditional_name(struct ctx *c, long j)
{
	long k;

	for (k = j; k > j - FIXTURE_NAME_WORDS && tk(c, k)->cap &&
	    tk(c, k)->kind == TK_WORD; k--)
		if (tok_among(tk(c, k), condition_words))
			return 1;
	return tok_among(tk(c, k), condition_words);
}

/* The singular verbs of a fixture (schedule_singular[]'s first), as
 * fixture_plural[] are the plural's. */
static const uint8_t fixture_singular[DW_COUNT] = {
	IN(meets), IN(hosts), IN(faces), IN(plays), IN(visits), IN(travels),
	IN(welcomes)
};

/* Words that open another clause within a fixture's reach, whose
 * verb (a past the cue list lacks: "swept", "tore", "hit") is the
 * day's: subordinators and relative pronouns (review V3: "Residents
 * face a long cleanup after floodwaters swept through the town ... on
 * Sunday"), compared as keys. */
static const union wkey clause_openers[] = { { "after" }, { "when" },
	{ "since" }, { "because" }, { "following" }, { "before" },
	{ "while" }, { "as" }, { "that" }, { "which" }, { "who" },
	{ "if" }, { "unless" }, { "" } };

/* Is token j an infinitive's "to" ("the decision to release the
 * journalists ... on Friday": the day is the infinitive's)?  A
 * lower-case word after it that is no determiner ("travel to the
 * Etihad" keeps the fixture's). */
static int
infinitive_to(struct ctx *c, long j)
{
	const struct tok *n = tk(c, j + 1);

	return W(tk(c, j), to) && n->kind == TK_WORD && !n->cap &&
	    !WL(n, determiners) && L(n, C_WDAY) == NULL;
}

/*
 * After a tense search from token i that ran out at token i - k with
 * no cue either side: a fixture's verb up to FIXTURE_BACK back, its
 * subject a name or a plural right before it, with no other cue, no
 * mark, no month or weekday and no other clause's opener between (a
 * day between is the verb's own, the later one another event's).  1
 * for the coming day, else 0.
 */
static int
fixture_far(struct ctx *c, long i, long k)
{
	const struct tok *t;
	long end = k + FIXTURE_BACK - TENSE_BACK, n;
	int f = 0;

	for (; k <= end && !f; k++) {
		t = tk(c, i - k);
		if (t->kind != TK_WORD) {
			if (dt_tense_stop(c, i - k) || P(t, '"') ||
			    P(t, '`') || P(t, ')') || P(t, '('))
				return 0;
			continue;
		}
		if (WL(t, fixture_plural))
			f = (plural_subject(tk(c, i - k - 1)) ||
			    name_subject(c, i - k - 1)) && !caption(c, i - k);
		else if (WL(t, fixture_singular))
			f = singular_subject(c, i - k - 1) &&
			    schedule_singular_next(tk(c, i - k + 1)) &&
			    !caption(c, i - k);
		else if (cue(t) != 0 || L(t, C_WDAY) != NULL ||
		    L(t, C_MONTH) != NULL)
			return 0;
		if (!f && (WL(t, fixture_plural) || WL(t, fixture_singular)))
			return 0;
	}
	if (!f)
		return 0;
	/* another clause opened between is the day's (its verb a past
	 * the cue list lacks); asked only once a fixture's verb is found */
	for (n = 1; n < k; n++)
		if (tok_among(tk(c, i - n), clause_openers) ||
		    infinitive_to(c, i - n))
			return 0;
	return 1;
}

/* 1 if a word near token i points to the future, -1 to the past, 0
 * if none does.  The nearest cue wins: "said Friday it will" is about
 * the past Friday. */
int
dt_tense(struct ctx *c, long i)
{
	return dt_tense_around(c, i, i + 1);
}

/* The same around the tokens [i, j) of an expression, whose own words
 * ("the last Sunday of May") cue nothing. */
int
dt_tense_around(struct ctx *c, long i, long j)
{
	const struct tok *t;
	long k, a, aside = 0, clock = 0, lim = TENSE_BACK;
	long ahead = TENSE_AHEAD, end, back;
	int v, until = 0;

	for (k = 1; k <= lim; k++) {
		t = tk(c, i - k);
		/* a number or a mark cues no tense (dt_cue_at() reads words);
		 * only a mark or the text's edge stops the search */
		if (t->kind != TK_WORD) {
			if (dt_tense_stop(c, i - k) || P(t, '"') || P(t, '`'))
				break;
			/* a clock time's tokens, as an aside's, are not
			 * counted ("is expected to cross the coast between
			 * 6pm and 9pm AWST on Wednesday": the verb past two
			 * clocks), within the aside's room: met at its
			 * hour, the tokens read so far are given back */
			if (t->kind == TK_NUM && !P(tk(c, i - k - 1), ':') &&
			    (a = clock_len(c, i - k)) > 0) {
				clock += a < k ? a : k;
				lim = TENSE_BACK + (aside + clock <
				    TENSE_ASIDE_MAX ? aside + clock :
				    TENSE_ASIDE_MAX);
				continue;
			}
			/* an aside in parentheses is no part of the date's
			 * clause: its words are stepped over uncounted */
			if (aside == 0 && P(t, ')') &&
			    (a = aside_back(c, i - k)) > 0) {
				aside = a;
				k += a;
				lim = TENSE_BACK + (aside + clock <
				    TENSE_ASIDE_MAX ? aside + clock :
				    TENSE_ASIDE_MAX);
			}
			continue;
		}
		/* a zone in words ends its clock: read back from its
		 * "time" to the hour, as from a zone's abbreviation */
		if (W(t, time) && (a = zone_clock_back(c, i - k)) > 0) {
			clock += a + 1;
			k += a;
			lim = TENSE_BACK + (aside + clock <
			    TENSE_ASIDE_MAX ? aside + clock :
			    TENSE_ASIDE_MAX);
			continue;
		}
		/* "Until Thursday, they had not called him a suspect": a
		 * fronted "until" ends a state whose tense is the main
		 * clause's; only a clause with no cue keeps its future */
		if (k == 1 && (W(t, until) || W(t, till)) &&
		    P(tk(c, j), ',') && (dt_tense_stop(c, i - 2) ||
		    quote_mark(tk(c, i - 2)) || tk(c, i - 2)->kind == TK_NONE)) {
			until = 1;
			k++;
			break;
		}
		/* "as investors awaited the Fed's decision on Wednesday",
		 * "braced for Friday's jobs report", "looked to Thursday's
		 * vote": what a verb of anticipation waits for comes after
		 * the waiting, whatever the verb's tense, and a report's
		 * waiting is the day's; so the day is ahead, as after
		 * "ahead of" (after the date the verb is the day's own:
		 * "On Friday, investors awaited the data") */
		if (((t->low[0] == 'a' && t->low[1] == 'w') || W(t, for) ||
		    W(t, to)) &&
		    anticipated(c, i - k, i, j))
			return anticipated_side(c, i - k, i);
		if ((v = dt_cue_at(c, i - k)) != 0)
			return v;
	}
	back = k > lim ? k : 0;
	/* a date opening its sentence ("On Tuesday, the National Abortion
	 * Rights League plans to"): the clause's verb comes after its
	 * subject */
	if (k <= 2 && P(tk(c, j), ','))
		ahead = TENSE_AHEAD_FRONTED;
	/* within what the scanner guarantees ahead of the token match()
	 * tries, the cue's own reading (CUE_AHEAD) included: a long date
	 * opening its sentence leaves its clause less room */
	end = c->at_tok + LOOKAHEAD_MAX - CUE_AHEAD;
	if (j + ahead > end)
		ahead = end - j;
	for (k = 0; k < ahead; k++) {
		if (tk(c, j + k)->kind != TK_WORD) {
			if (dt_tense_stop(c, j + k))
				break;
			continue;
		}
		if ((v = cue_in(c, j + k, 0)) != 0)
			return v;
	}
	/* no cue: a fixture's verb further back, for a weekday (a
	 * month and day needs no tense but beyond a season) */
	if (back > 0 && !until && L(tk(c, i), C_WDAY) != NULL &&
	    fixture_far(c, i, back))
		return 1;
	return until;
}

int
dt_future_tense(struct ctx *c, long i)
{
	return dt_tense(c, i) > 0;
}
