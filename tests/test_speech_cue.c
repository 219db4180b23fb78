/*
 * test_speech_cue.c — workers/extract/speech_cue.c and the lexicon of cues
 * (quotes_lexicon.def): the cue search wherever a cue falls, against a
 * byte-by-byte reading; the keyed word tests; and one test per class of
 * the lexicon (verbs of saying, judgment, cognition, asking, ...).
 */
#include "speech_check.h"

TestSuite(speech_cue, .fini = sp_fini);

/*
 * The cue is found wherever it falls in the blocks the cue scan reads at
 * once (a name of 1 to 40 letters moves it), after a run of letters longer
 * than a block, right after a quote, and in the last bytes of the body.
 */
Test(speech_cue, a_cue_anywhere_in_its_sentence)
{
	char b[256], name[48], sentence[128];
	size_t k;

	for (k = 1; k <= 40; k++) {
		memset(name, 'a', k);
		name[0] = 'K';
		name[k] = '\0';
		snprintf(b, sizeof(b), "%s Antidisestablishmentarianist "
		    "also said that the plan would work.", name);
		cr_assert_eq(sp_run(b), 1, "name of %zu letters", k);
		sp_said(b, "the plan would work");
		snprintf(sentence, sizeof(sentence), "%s said", name);
		snprintf(b, sizeof(b), "Relations are good, %s.", sentence);
		cr_assert_eq(sp_run(b), 1, "name of %zu letters", k);
		sp_indirect(b, "Relations are good", name, name, "said");
	}
	snprintf(b, sizeof(b), "It was \"a fine day\" said Kim, who said "
	    "the plan would work.");
	cr_assert_eq(sp_run(b), 1);
	sp_said(b, "the plan would work");
}

/*
 * A cue of three letters, the shortest, wherever it falls in a block (the
 * cue search's blocks are 64 bytes, read from the text's start): the
 * scan passes over shorter runs without reading them, but not over one
 * in a block's last two bytes, which may go on in the next.
 */
Test(speech_cue, a_short_cue_anywhere_in_its_block)
{
	char b[256], name[128];
	const struct quote *q;
	size_t k;

	for (k = 1; k <= 100; k++) {
		memset(name, 'a', k);
		name[0] = 'K';
		name[k] = '\0';
		snprintf(b, sizeof(b), "%s and Lee say that the plan would "
		    "work.", name);
		cr_assert_eq(sp_run(b), 1, "name of %zu letters", k);
		q = sp_at(th_off(b, "the plan would work", 0), QUOTE_INDIRECT);
		cr_assert(th_str_is(q->cue, "say"), "cue in [%s]", b);
	}
}

/* Pieces of text for the cue search: cues and "according" in every
 * case, words that share letters and lengths with cues, capitalised and
 * odd words, runs longer than any word, marks, digits and UTF-8. */
static const char *const cue_pieces[] = {
	" ", "  ", ",", ".", "-", "'", "\"", "(", ")", "\n", "7", "said",
	"says", "say", "told", "warned", "believes", "according",
	"reported", "insisted", "acknowledging", "added", "noted", "asked",
	"Said", "SAID", "According", "ACCORDING", "Xaccording", "accordingly",
	"the", "that", "same", "sad", "took", "war", "wa", "a", "of", "to",
	"Trump", "Smith's", "U.S.", "don't", "officials", "states", "report",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "saidsaid", "x",
	"\xe2\x80\x9c", "\xe2\x80\x9d", "\xc3\xa9t\xc3\xa9", "\xc2\xa0",
};

/* The cue search's answer read byte by byte (the reader before the
 * block filter): every run of lower-case letters outside the quotes,
 * read whole, a cue when it starts a word and the lexicon gives it a
 * class of SPEECH_CUES; "according" wherever it starts. */
static size_t
cue_last_bytes(struct qx *x, struct sent *t)
{
	const char *s = x->s;
	size_t p = t->ss, q, qi = 0, b, last = 0;

	t->ncues = 0;
	t->cues_overflow = 0;
	if (t->se - t->ss >= 9 && text_range_eq(s, t->ss, t->ss + 9,
	    "according"))
		last = t->ss + 9;
	else if (s[t->ss] == 'I' && speech_source_in_doc_comma(s, t->ss,
	    t->se) != 0)
		last = t->ss + 2;
	while (p < t->se) {
		if (qi < t->nq && speech_sq_at(x, t, qi)->start <= p) {
			if (speech_sq_at(x, t, qi)->end > p)
				p = speech_sq_at(x, t, qi)->end;
			qi++;
			continue;
		}
		b = qi < t->nq && speech_sq_at(x, t, qi)->start < t->se ?
		    speech_sq_at(x, t, qi)->start : t->se;
		while (p < b) {
			struct text_word w;
			uint32_t lx;

			if (s[p] < 'a' || s[p] > 'z') {
				p++;
				continue;
			}
			for (q = p; q < t->se && s[q] >= 'a' && s[q] <= 'z'; q++)
				;
			if (q - p == 9 && memcmp(s + p, "according", 9) == 0)
				last = q;
			w.start = p;
			w.end = q;
			w.flags = 0;
			lx = lexicon_of(s, &w);
			if (q - p >= 3 && (p == t->ss || !(((s[p - 1] | 0x20) >=
			    'a' && (s[p - 1] | 0x20) <= 'z'))) &&
			    (lx & SPEECH_CUES)) {
				last = q;
				if (t->ncues < SENT_CUES_MAX) {
					t->cues[t->ncues].start = p;
					t->cues[t->ncues].end = q;
					t->cues[t->ncues++].lx = lx;
				} else
					t->cues_overflow = 1;
			}
			p = q;
		}
	}
	return last;
}

/*
 * speech_cue_last (64-byte blocks, a filter on each run's key before the
 * lookup) finds what the byte-by-byte reading finds: the last cue's end,
 * the cues kept and the overflow, from every offset of random text, to
 * ends near and far (within a block, across one, at the text's end),
 * with none, one or two quotes in the sentence.
 */
Test(speech_cue, cue_search_agrees_with_the_byte_reading)
{
	static char s[700];
	static struct qx x;
	static struct sent t1, t2;
	static const size_t reach[] = { 1, 3, 9, 63, 64, 65, 130, 700 };
	const size_t npieces = sizeof(cue_pieces) / sizeof(cue_pieces[0]);
	uint32_t seed = 97531;
	size_t r, n, ss, k, cues = 0, overflows = 0, quoted = 0, found = 0;
	int tx;

	for (tx = 0; tx < 40; tx++) {
		n = 0;
		for (;;) {
			const char *pc;

			seed = seed * 1103515245u + 12345u;
			pc = cue_pieces[(seed >> 16) % npieces];
			if (n + strlen(pc) + 1 >= sizeof(s) - 1)
				break;
			memcpy(s + n, pc, strlen(pc));
			n += strlen(pc);
			/* most pieces end a word */
			if ((seed >> 12) % 4 != 0)
				s[n++] = ' ';
		}
		s[n] = '\0';
		memset(&x, 0, sizeof(x));
		x.s = s;
		x.len = n;
		for (ss = 0; ss < n; ss++)
			for (r = 0; r < sizeof(reach) / sizeof(reach[0]); r++) {
				size_t se = ss + reach[r] < n ? ss + reach[r] : n,
				    a, b, nq, e1, e2;

				seed = seed * 1103515245u + 12345u;
				nq = (seed >> 16) % 3;
				/* quotes inside the sentence, in order */
				a = ss + (seed >> 8) % (se - ss + 1);
				seed = seed * 1103515245u + 12345u;
				b = a + (seed >> 16) % 40;
				x.speech.q[0].start = a;
				x.speech.q[0].end = b;
				x.speech.q[1].start = b + (seed >> 4) % 30;
				x.speech.q[1].end = x.speech.q[1].start + 1 +
				    (seed >> 10) % 20;
				if (nq > 0 && a >= se)
					nq = 0;
				if (nq > 1 && x.speech.q[1].start >= se)
					nq = 1;
				memset(&t1, 0, sizeof(t1));
				t1.ss = ss;
				t1.se = se;
				t1.nq = nq;
				t2 = t1;
				e1 = cue_last_bytes(&x, &t1);
				e2 = speech_cue_last(&x, &t2);
				cr_assert_eq(e1, e2, "text %d ss %zu se %zu nq %zu",
				    tx, ss, se, nq);
				cr_assert_eq(t1.ncues, t2.ncues, "text %d ss %zu "
				    "se %zu nq %zu", tx, ss, se, nq);
				cr_assert_eq(t1.cues_overflow, t2.cues_overflow);
				for (k = 0; k < t1.ncues; k++) {
					cr_assert_eq(t1.cues[k].start,
					    t2.cues[k].start);
					cr_assert_eq(t1.cues[k].end, t2.cues[k].end);
					cr_assert_eq(t1.cues[k].lx, t2.cues[k].lx);
				}
				cues += t1.ncues;
				overflows += t1.cues_overflow;
				quoted += nq > 0;
				found += e1 != 0;
			}
	}
	/* every way through was taken */
	cr_assert_gt(cues, 100000);
	cr_assert_gt(overflows, 1000);
	cr_assert_gt(quoted, 10000);
	cr_assert_gt(found, 10000);
}

/* The rules' keyed word tests (is_word, speech_range_in,
 * speech_ends_with: one load for a literal of eight bytes or fewer)
 * agree with text_range_eq, the byte comparison ignoring ASCII case, on
 * every range of random text that has a literal's length (and every
 * word of 0 to 12 bytes for the endings): literals of one to nine bytes,
 * in lower and upper case, with marks and UTF-8, and text bytes that
 * differ from a letter in the 0x20 bit only ("[" and "{", "@" and "`"). */
Test(speech_cue, keyed_word_test_agrees_with_the_byte_comparison)
{
	static const char *const pieces[] = {
		"said", "SAID", "Said", "sAiD", "u.s.", "U.S.", "'s", "a", "A",
		"[", "{", "@", "`", "\xe2\x80\x99", "\xc3\xa9", " ", "-", "x",
		"including", "Including", "told", "to", "TO", "z", "Z", "^",
		"~", "\x7f", "\xff", "walked", "RULING", "eD",
	};
	static const struct speech_lit lits[] = {
		SPEECH_LIT("said"), SPEECH_LIT("u.s."), SPEECH_LIT("'s"),
		SPEECH_LIT("a"), SPEECH_LIT("["), SPEECH_LIT("{"),
		SPEECH_LIT("@"), SPEECH_LIT("\xe2\x80\x99"), SPEECH_LIT("to"),
		SPEECH_LIT("Including"), SPEECH_LIT("ToLd"), SPEECH_LIT("z"),
		SPEECH_LIT("\xc3\xa9"), SPEECH_LIT("said\xe2\x80\x99"),
		SPEECH_LIT("a{[@`z"),
	};
	const size_t nl = sizeof(lits) / sizeof(lits[0]);
	char s[300];
	uint32_t seed = 4242;
	size_t tx, n, a, k, same = 0, ends = 0;
	struct qx x;

	memset(&x, 0, sizeof(x));
	for (tx = 0; tx < 300; tx++) {
		n = th_random_text(s, sizeof(s), pieces,
		    sizeof(pieces) / sizeof(pieces[0]), &seed);
		x.s = s;
		x.len = n;
		for (a = 0; a < n; a++) {
			struct text_word w;

			for (k = 0; k < nl; k++) {
				int ref, got;

				if (a + lits[k].n > n)
					continue;
				ref = text_range_eq(s, a, a + lits[k].n,
				    lits[k].s);
				got = speech_range_in(s, a, a + lits[k].n,
				    &lits[k], 1);
				cr_assert_eq(ref, got, "text %zu at %zu lit %s",
				    tx, a, lits[k].s);
				same += ref;
			}
			w.start = a;
			w.end = a + 4 <= n ? a + 4 : n;
			w.flags = 0;
			cr_assert_eq(is_word(&x, &w, "said"), w.end == a + 4 &&
			    text_range_eq(s, a, a + 4, "said"));
			cr_assert_eq(is_word(&x, &w, "SaId"), w.end == a + 4 &&
			    text_range_eq(s, a, a + 4, "said"));
			w.end = a + 2 <= n ? a + 2 : n;
			cr_assert_eq(is_word(&x, &w, "'S"), w.end == a + 2 &&
			    text_range_eq(s, a, a + 2, "'s"));
			/* speech_ends_with against strlen and the byte
			 * comparison it replaced, words of 0 to 12 bytes */
			for (k = 0; k <= 12 && a + k <= n; k++) {
				w.end = a + k;
				cr_assert_eq(speech_ends_with(&x, &w, "ing"),
				    k > 4 && text_range_eq(s, w.end - 3, w.end,
				    "ing"), "text %zu at %zu len %zu", tx, a,
				    k);
				cr_assert_eq(speech_ends_with(&x, &w, "ed"),
				    k > 3 && text_range_eq(s, w.end - 2, w.end,
				    "ed"), "text %zu at %zu len %zu", tx, a, k);
				cr_assert_eq(speech_ends_with(&x, &w, "'s"),
				    k > 3 && text_range_eq(s, w.end - 2, w.end,
				    "'s"), "text %zu at %zu len %zu", tx, a, k);
				ends += speech_ends_with(&x, &w, "ing") +
				    speech_ends_with(&x, &w, "ed") +
				    speech_ends_with(&x, &w, "'s");
			}
		}
	}
	cr_assert_gt(same, 10000);
	cr_assert_gt(ends, 1000);
}

/*
 * speech_is_adverb (the classes through the sentence's cache) answers
 * what lexicon_is_adverb answers for every word of sentences read from
 * random text: adverbs of the lexicon and words in -ly of every length
 * and case, asked before and after the word's classes are cached.
 */
Test(speech_cue, adverb_test_agrees_with_the_lexicon)
{
	static const char *const pieces[] = {
		"also", "Also", "ALSO", "quickly", "Quickly", "QUICKLY", "fly",
		"ally", "rely", "only", "early", "Early", "not", "never",
		"still", "ly", "LY", "reply", "family", "said", "He", "the",
		"x", "already", "yesterday", " ", " ", " ", ", ", ". ", "-",
		"'s ", "\xc3\xa9ly ", "9ly ",
	};
	static struct sent t;
	char s[400];
	uint32_t seed = 2026;
	size_t tx, n, i, p, adverbs = 0;
	struct qx x;

	memset(&x, 0, sizeof(x));
	for (tx = 0; tx < 400; tx++) {
		n = th_random_text(s, sizeof(s), pieces,
		    sizeof(pieces) / sizeof(pieces[0]), &seed);
		x.s = s;
		x.len = n;
		for (t.n = 0, p = 0; t.n < SENT_WORDS_MAX &&
		    text_word_next(s, n, &p, &t.w[t.n]); t.n++)
			;
		memset(t.lx, 0xff, sizeof(t.lx));
		for (i = 0; i < t.n; i++) {
			int ref = lexicon_is_adverb(s, &t.w[i]);

			cr_assert_eq(speech_is_adverb(&x, &t, i), ref,
			    "text %zu word %zu", tx, i);
			adverbs += ref;
		}
		/* again, the classes of some words now cached */
		for (i = 0; i < t.n; i++)
			cr_assert_eq(speech_is_adverb(&x, &t, i),
			    lexicon_is_adverb(s, &t.w[i]), "text %zu word %zu",
			    tx, i);
	}
	cr_assert_gt(adverbs, 1000);
}

/* The binary searches over a sentence's words (speech_word_ending_after,
 * speech_word_starting_at) give the index the linear scans gave, for
 * every byte position of sentences read from random text (words of one
 * to nine letters, gaps of one to three bytes). */
Test(speech_cue, word_index_searches_agree_with_the_scans)
{
	static struct sent t;
	uint32_t seed = 777;
	size_t tx, pos, k, p;

	for (tx = 0; tx < 200; tx++) {
		memset(&t, 0, sizeof(t));
		seed = seed * 1103515245u + 12345u;
		t.n = (seed >> 16) % (SENT_WORDS_MAX + 1);
		for (k = 0, p = (seed >> 8) % 5; k < t.n; k++) {
			seed = seed * 1103515245u + 12345u;
			t.w[k].start = p + 1 + (seed >> 16) % 3;
			t.w[k].end = t.w[k].start + 1 + (seed >> 20) % 9;
			p = t.w[k].end;
		}
		for (pos = 0; pos <= p + 2; pos++) {
			size_t e, s0;

			for (e = 0; e < t.n && t.w[e].end <= pos; e++)
				;
			for (s0 = 0; s0 < t.n && t.w[s0].start < pos; s0++)
				;
			cr_assert_eq(speech_word_ending_after(&t, pos), e,
			    "sentence %zu pos %zu", tx, pos);
			cr_assert_eq(speech_word_starting_at(&t, pos), s0,
			    "sentence %zu pos %zu", tx, pos);
		}
	}
}

/* "according" is found wherever it falls in the cue search's 64-byte
 * blocks, the words before it of every length (its first three letters
 * must pass the filter that passes over most runs unread). */
Test(speech_cue, according_anywhere_in_its_block)
{
	char b[256], word[128], content[192];
	size_t k;

	for (k = 1; k <= 100; k++) {
		memset(word, 'a', k);
		word[k] = '\0';
		snprintf(content, sizeof(content), "The strike killed %s "
		    "militants", word);
		snprintf(b, sizeof(b), "%s, according to state media.",
		    content);
		cr_assert_eq(sp_run(b), 1, "word of %zu letters", k);
		sp_indirect(b, content, NULL, "state media", "according to");
	}
}

Test(speech_cue, verbs_of_support_intent_and_cognition)
{
	/* support and opposition, speech acts, intentions and desires
	 * ("wants more money": FrameNet's Desiring, what is wanted is
	 * the subject's attitude), cognition + "that" */
	const char *b = "Senator Lindsey Graham supported the Senate bill. "
	    "Warren opposed the merger of the two banks. Jeb Bush offered "
	    "his congratulations to the winner. Sanders wants to raise "
	    "taxes for the rich. The union wants more money. Smith noticed "
	    "that the room was empty. Biden sees the deal as a betrayal.";

	cr_assert_eq(sp_run(b), 7);
	sp_indirect(b, "the Senate bill", "Lindsey Graham",
	    "Senator Lindsey Graham", "supported");
	sp_indirect(b, "the merger of the two banks", "Warren", "Warren",
	    "opposed");
	sp_indirect(b, "his congratulations to the winner", "Jeb Bush",
	    "Jeb Bush", "offered");
	sp_indirect(b, "to raise taxes for the rich", "Sanders", "Sanders",
	    "wants");
	sp_indirect(b, "more money", NULL, "The union", "wants");
	sp_indirect(b, "the room was empty", "Smith", "Smith", "noticed");
	sp_indirect(b, "the deal as a betrayal", "Biden", "Biden",
	    "sees");
}

/*
 * A verb's class holds for all its inflections: the -s, -ed and -ing
 * forms of the cues the lexicon knows report as their other forms do
 * (each form is a line of quotes_lexicon.def).
 */
Test(speech_cue, every_inflection_of_a_known_cue_reports)
{
	const char *b = "Sanders spoke for an hour, alleging that the count "
	    "was rigged. Biden informs voters that the deal is done. Mr. "
	    "Cruz is assuming the nomination will go to a second ballot. "
	    "Warren left early, fearing that the vote would fail.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the count was rigged", "Sanders", "Sanders",
	    "alleging");
	sp_indirect(b, "the deal is done", "Biden", "Biden", "informs");
	sp_indirect(b, "the nomination will go to a second ballot", "Cruz",
	    "Mr. Cruz", "assuming");
	sp_indirect(b, "the vote would fail", "Warren", "Warren", "fearing");
}

/*
 * Verbs of saying and its manners (VerbNet's say, complain, manner of
 * speaking and lecture classes: confess, reaffirm, speculate, bemoan,
 * grumble, mumble, preach...) report a clause as "said" does, with or
 * without "that".
 */
Test(speech_cue, verbs_of_saying_and_its_manners_report)
{
	const char *b = "Warren bemoaned that the bill had stalled. The "
	    "governor reaffirmed that the plant will stay open. Smith "
	    "grumbled that nobody had asked him. Jones confessed he had "
	    "never read the report.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the bill had stalled", "Warren", "Warren",
	    "bemoaned");
	sp_indirect(b, "the plant will stay open", NULL, "The governor",
	    "reaffirmed");
	sp_indirect(b, "nobody had asked him", "Smith", "Smith", "grumbled");
	sp_indirect(b, "he had never read the report", "Jones", "Jones",
	    "confessed");
}

/*
 * Verbs of judgment (VerbNet's judgment class: assail, lambaste,
 * commend, deride, rebuke, chide...) take their object as what the
 * subject holds, as "criticized" does.
 */
Test(speech_cue, verbs_of_judgment_take_their_object)
{
	const char *b = "Sanders assailed the trade deal with China. Warren "
	    "lambasted the banks for their greed. Cruz derides the plan as "
	    "amnesty.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the trade deal with China", "Sanders", "Sanders",
	    "assailed");
	sp_indirect(b, "the banks for their greed", "Warren", "Warren",
	    "lambasted");
	sp_indirect(b, "the plan as amnesty", "Cruz", "Cruz", "derides");
}

/*
 * Verbs of cognition and conjecture (VerbNet's conjecture class and its
 * kin: understand, anticipate, envision, calculate, remember, infer...)
 * report what their subject holds, a clause or an object, as "believes"
 * does.
 */
Test(speech_cue, verbs_of_cognition_report_what_is_held)
{
	const char *b = "Warren understands that the vote was close. Cruz "
	    "envisions a party that stands for liberty. Jones calculated "
	    "that the plan would cost billions.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the vote was close", "Warren", "Warren",
	    "understands");
	sp_indirect(b, "a party that stands for liberty", "Cruz", "Cruz",
	    "envisions");
	sp_indirect(b, "the plan would cost billions", "Jones", "Jones",
	    "calculated");
}

/*
 * Adjectives of belief and attitude (convinced, confident, hopeful,
 * aware, adamant...) report the clause their "that" opens; never
 * without "that" ("a confident speech" is nothing).
 */
Test(speech_cue, an_adjective_of_belief_reports_its_that_clause)
{
	const char *b = "Smith is confident that the bill will pass. Jones "
	    "was convinced that the vote was rigged. Brown gave a "
	    "confident speech.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the bill will pass", "Smith", "Smith", "confident");
	sp_indirect(b, "the vote was rigged", "Jones", "Jones", "convinced");
}

/*
 * Verbs of perception and discovery (heard, discovered, noticed,
 * verified, established...) report what was learned only with "that":
 * "Police discovered the car" is nothing.
 */
Test(speech_cue, a_verb_of_perception_reports_with_that)
{
	const char *b = "Investigators discovered that the server had been "
	    "hacked. Reporters heard that the deal was off. Police "
	    "discovered the car.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the server had been hacked", "Investigators",
	    "Investigators", "discovered");
	sp_indirect(b, "the deal was off", "Reporters", "Reporters",
	    "heard");
}

/*
 * Verbs of considering (VerbNet's consider class: deem, regard, view,
 * consider) take an object and its predicate as what the subject
 * holds.
 */
Test(speech_cue, a_verb_of_considering_takes_object_and_predicate)
{
	const char *b = "Voters viewed the plan as a tax hike. The judge "
	    "deemed the law unconstitutional.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the plan as a tax hike", "Voters", "Voters",
	    "viewed");
	sp_indirect(b, "the law unconstitutional", NULL, "The judge",
	    "deemed");
}

/*
 * Verbs of asking, ordering and swearing (VerbNet's beg, order and
 * promise classes: begged, implored, ordered, requested, swore...)
 * take what is asked or promised, an object or an infinitive.
 */
Test(speech_cue, a_verb_of_asking_or_ordering_takes_what_is_asked)
{
	const char *b = "The judge ordered the release of the documents. "
	    "Smith begged voters to give him another chance. Jones swore "
	    "to repeal the law.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the release of the documents", NULL, "The judge",
	    "ordered");
	sp_indirect(b, "voters to give him another chance", "Smith", "Smith",
	    "begged");
	sp_indirect(b, "to repeal the law", "Jones", "Jones", "swore");
}

/*
 * A verb whose content is its preposition's object keeps the pair in
 * all its forms: "has spoken about", "was railing against", "warns of"
 * as "spoke about", "railed against", "warned of".
 */
Test(speech_cue, every_form_of_a_verb_and_its_preposition_reports)
{
	const char *b = "Obama has spoken about the need for gun control. "
	    "Sanders was railing against the banks. Warren warns of a "
	    "coming recession.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the need for gun control", "Obama", "Obama",
	    "spoken about");
	sp_indirect(b, "the banks", "Sanders", "Sanders", "railing against");
	sp_indirect(b, "a coming recession", "Warren", "Warren", "warns of");
}

/*
 * Asking about a topic and asking for what is wanted (inquire-37.1.2,
 * Attempt_suasion with "for"), and arguing against: the object of the
 * preposition is the content.
 */
Test(speech_cue, a_verb_of_asking_takes_the_object_of_its_preposition)
{
	const char *b = "Obama asked about the new tax plan. Sanders has "
	    "pushed for a single-payer health system. Cruz argued against "
	    "the trade deal.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the new tax plan", "Obama", "Obama", "asked about");
	sp_indirect(b, "a single-payer health system", "Sanders", "Sanders",
	    "pushed for");
	sp_indirect(b, "the trade deal", "Cruz", "Cruz", "argued against");
}

/*
 * Verbs of mentioning through "to" (refer, allude, point): what is
 * referred to is the content.
 */
Test(speech_cue, a_verb_of_mentioning_takes_the_object_of_to)
{
	const char *b = "Bush referred to the senator. Clinton alluded to "
	    "the scandal. Democrats point to the polls.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the senator", "Bush", "Bush", "referred to");
	sp_indirect(b, "the scandal", "Clinton", "Clinton", "alluded to");
	sp_indirect(b, "the polls", "Democrats", "Democrats", "point to");
}

/*
 * "points to" is the -s form of the same: "Clinton points to
 * [Sanders' votes]".  The noun "points" is no cue, and ends no content ("said
 * Clinton leads by five points in Ohio").
 */
Test(speech_cue, points_to_is_a_verb_of_mentioning_and_the_noun_points_no_cue)
{
	const char *b = "Clinton points to Sanders' votes on guns. "
	    "Smith said Clinton leads by five points in Ohio.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Sanders' votes on guns", "Clinton", "Clinton",
	    "points to");
	sp_indirect(b, "Clinton leads by five points in Ohio", "Smith",
	    "Smith", "said");
}

/*
 * Adjectives of attitude (emotion, certainty and trust, judgment) with
 * their preposition: what the attitude is about is the content.
 */
Test(speech_cue, an_adjective_of_attitude_takes_the_object_of_its_preposition)
{
	const char *b = "Smith was critical of the deal. Jones is wary of "
	    "the plan. Brown was nervous about the vote.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the deal", "Smith", "Smith", "critical of");
	sp_indirect(b, "the plan", "Jones", "Jones", "wary of");
	sp_indirect(b, "the vote", "Brown", "Brown", "nervous about");
}

/*
 * Adjectives of candour (FrameNet's Candidness) with "about": how openly
 * the subject speaks of the thing, which is the content.  Without its
 * preposition such an adjective is no cue and ends no other content
 * ("vague promises").
 */
Test(speech_cue, an_adjective_of_candour_takes_its_topic_after_about)
{
	const char *b = "Clinton has been cagey about where she stands. "
	    "Ryan was vocal about the deal. "
	    "Smith said vague promises would not do.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "where she stands", "Clinton", "Clinton",
	    "cagey about");
	sp_indirect(b, "the deal", "Ryan", "Ryan", "vocal about");
	sp_indirect(b, "vague promises would not do", "Smith", "Smith",
	    "said");
}

/*
 * Verbs of communication with their topic in "about" (talk-37.5,
 * complain-37.8, manner_speaking-37.3, lecture-37.11): the topic is the
 * content.
 */
Test(speech_cue, a_verb_of_communication_takes_its_topic_after_about)
{
	const char *b = "The Times wrote about the account. Smith testified "
	    "about the attack. Jones mused about a third run.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the account", "Times", "The Times", "wrote about");
	sp_indirect(b, "the attack", "Smith", "Smith", "testified about");
	sp_indirect(b, "a third run", "Jones", "Jones", "mused about");
}

/*
 * Before an adjective of attitude (LX_ADJ), be and the perfect's have
 * are its copula: the subject stands before them.
 */
Test(speech_cue, an_adjective_of_attitude_has_its_subject_before_its_copula)
{
	const char *b = "Republicans have been critical of the deal. Many "
	    "Democrats are skeptical of free trade.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the deal", "Republicans", "Republicans",
	    "critical of");
	sp_indirect(b, "free trade", "Democrats", "Many Democrats",
	    "skeptical of");
}

/*
 * Verbs of agreement and opinion with their preposition (agree with,
 * believe in, apologize for...): its object is the content.
 */
Test(speech_cue, a_verb_of_agreement_or_opinion_takes_the_object_of_its_preposition)
{
	const char *b = "Smith agreed with the ruling. Warren believes in a "
	    "higher minimum wage. Cruz apologized for his remarks.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the ruling", "Smith", "Smith", "agreed with");
	sp_indirect(b, "a higher minimum wage", "Warren", "Warren",
	    "believes in");
	sp_indirect(b, "his remarks", "Cruz", "Cruz", "apologized for");
}

/*
 * A verb that reports only with "that" (LX_THATCUE) takes a question as
 * it takes a that-clause: whether, how, why, what, which, who.
 */
Test(speech_cue, a_that_only_verb_takes_a_question)
{
	const char *b = "Smith learned how the system works. Jones has not "
	    "decided which candidate she will back.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "how the system works", "Smith", "Smith", "learned");
	sp_indirect(b, "which candidate she will back", "Jones", "Jones",
	    "decided");
}

/*
 * The other forms of the stance verbs the lexicon knows in one form
 * (promoted -> promoting, detailed -> detailing, discussed -> discusses)
 * take their object as those do.
 */
Test(speech_cue, every_form_of_a_stance_verb_takes_its_object)
{
	const char *b = "Obama is promoting his health plan. Warren spoke "
	    "for an hour, detailing her plan for the banks. Sanders "
	    "discusses trade.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "his health plan", "Obama", "Obama", "promoting");
	sp_indirect(b, "her plan for the banks", "Warren", "Warren",
	    "detailing");
	sp_indirect(b, "trade", "Sanders", "Sanders", "discusses");
}

/*
 * Verbs of making public (unveil, publicize, trumpet, herald) take
 * what is made public as their object.
 */
Test(speech_cue, a_verb_of_making_public_takes_its_object)
{
	const char *b = "Clinton unveiled a plan to cut taxes for the middle "
	    "class. Trump has been trumpeting his poll numbers.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "a plan to cut taxes for the middle class", "Clinton",
	    "Clinton", "unveiled");
	sp_indirect(b, "his poll numbers", "Trump", "Trump", "trumpeting");
}

Test(speech_cue, a_verb_of_comparison_takes_what_is_compared)
{
	/* FrameNet's Evaluative_comparison: compare, liken, equate take
	 * the compared thing and its standard as their object; "compared
	 * to" right after the verb is the preposition, no speech */
	const char *b = "Sanders compared the health plan to a tax cut. "
	    "Warren has likened the merger to a bank robbery. Shuster has "
	    "$1.3 million in the bank, compared to $31,000 for his rival.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the health plan to a tax cut", "Sanders", "Sanders",
	    "compared");
	sp_indirect(b, "the merger to a bank robbery", "Warren", "Warren",
	    "likened");
}

Test(speech_cue, a_verb_of_characterizing_takes_its_object_and_predicate)
{
	/* VerbNet's characterize-29.2: portray, depict, characterize,
	 * paint X as Y; the object and its "as" predicate are the view the
	 * subject puts forward */
	const char *b = "Clinton portrayed her rival as a threat to the "
	    "economy. Trump has painted the senator as a friend of Wall "
	    "Street.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "her rival as a threat to the economy", "Clinton",
	    "Clinton", "portrayed");
	sp_indirect(b, "the senator as a friend of Wall Street", "Trump",
	    "Trump", "painted");
}

Test(speech_cue, a_verb_of_encouraging_takes_whom_and_what_it_urges)
{
	/* FrameNet's Attempt_suasion beside urge: encourage, discourage,
	 * exhort, pressure take whom they urge and what to do */
	const char *b = "Beck encouraged Americans to join him in a fast. "
	    "Obama has exhorted Congress to pass the trade bill.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "Americans to join him in a fast", "Beck", "Beck",
	    "encouraged");
	sp_indirect(b, "Congress to pass the trade bill", "Obama", "Obama",
	    "exhorted");
}

Test(speech_cue, a_verb_of_mentioning_takes_what_it_calls_up)
{
	/* mentioning beside mention and cite: reference (as a verb in its
	 * -ed and -ing forms) and invoke take what the subject calls up */
	const char *b = "Gowdy referenced a 2015 report on the email "
	    "server. Warren invoked the same implicit bargain.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "a 2015 report on the email server", "Gowdy", "Gowdy",
	    "referenced");
	sp_indirect(b, "the same implicit bargain", "Warren", "Warren",
	    "invoked");
}

Test(speech_cue, a_verb_of_statement_takes_the_message_it_conveys)
{
	/* FrameNet's Statement verbs take their message as an object as
	 * well as a clause: echo, mention, repeat, acknowledge, admit,
	 * affirm, confirm, concede, emphasize, stress, explain, reveal,
	 * disclose, reiterate in every form */
	const char *b = "Warren echoed the concerns of her colleagues. Obama "
	    "mentions the trade deal in every speech. Trump spoke for an "
	    "hour, repeating his promise of a wall. The White House "
	    "confirmed the visit.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "the concerns of her colleagues", "Warren", "Warren",
	    "echoed");
	sp_indirect(b, "the trade deal in every speech", "Obama", "Obama",
	    "mentions");
	sp_indirect(b, "his promise of a wall", "Trump", "Trump",
	    "repeating");
	sp_indirect(b, "the visit", "White House", "The White House",
	    "confirmed");
}

Test(speech_cue, verbs_of_seeking_greeting_and_disowning_take_their_object)
{
	/* seek in every form takes what is sought, as it took an
	 * infinitive; congratulate (judgment addressed to its object,
	 * as thank), disavow, repudiate and renounce (the kin of reject),
	 * and the base forms of question and attack, which guard against
	 * the noun by their subject ("The question of taxes" is none) */
	const char *b = "Sanders sought a recount in three counties. Obama "
	    "congratulated the winners of the primary. Trump disavowed the "
	    "endorsement of David Duke. Many voters question the wisdom of "
	    "the deal. The question of taxes remains.";

	cr_assert_eq(sp_run(b), 4);
	sp_indirect(b, "a recount in three counties", "Sanders", "Sanders",
	    "sought");
	sp_indirect(b, "the winners of the primary", "Obama", "Obama",
	    "congratulated");
	sp_indirect(b, "the endorsement of David Duke", "Trump", "Trump",
	    "disavowed");
	sp_indirect(b, "the wisdom of the deal", NULL, "Many voters",
	    "question");
}

Test(speech_cue, a_verb_of_desiring_takes_what_is_wanted)
{
	/* want (FrameNet's Desiring) takes what is desired as a noun
	 * phrase as well as an infinitive; its base form needs a plural
	 * subject ("The want of money" is a noun) */
	const char *b = "Democrats want policies that create more revenue. "
	    "Many voters wanted a change. The want of money is old.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "policies that create more revenue", "Democrats",
	    "Democrats", "want");
	sp_indirect(b, "a change", NULL, "Many voters", "wanted");
}

Test(speech_cue, british_spellings_take_their_us_forms_class)
{
	/* -ise for -ize and -our for -or, as British and Commonwealth
	 * outlets write them: the same verb, the same class */
	const char *b = "Cameron criticised the plan in parliament. Labour "
	    "favours a second vote. The minister apologises for the delay.";

	cr_assert_eq(sp_run(b), 3);
	sp_indirect(b, "the plan in parliament", "Cameron", "Cameron",
	    "criticised");
	sp_indirect(b, "a second vote", "Labour", "Labour", "favours");
	sp_indirect(b, "the delay", NULL, "The minister", "apologises for");
}

Test(speech_cue, a_verb_of_crediting_takes_whom_and_for_what)
{
	/* credit, the converse of blame (a judgment): "credited X for Y"
	 * is the subject's judgment, as "blamed X for Y" is */
	const char *b = "Sanders credited his supporters for the win in "
	    "Michigan.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "his supporters for the win in Michigan", "Sanders",
	    "Sanders", "credited");
}

Test(speech_cue, belief_verb_clause)
{
	const char *b = "Jane Holt believes the economy will recover next "
	    "year.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the economy will recover next year", "Jane Holt",
	    "Jane Holt", "believes");
}

Test(speech_cue, verb_that_needs_that)
{
	const char *b = "A new poll found that most voters distrust both "
	    "candidates. Police found the car.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "most voters distrust both candidates", NULL,
	    "A new poll", "found");
}

Test(speech_cue, no_cue_no_speech)
{
	cr_assert_eq(sp_run("The committee met on Tuesday. The vote was "
	    "delayed, and the bill went back to the floor."), 0);
	/* a stance verb without an object of its own */
	cr_assert_eq(sp_run("Officials declined in a statement."), 0);
	cr_assert_eq(sp_run(""), 0);
}

/* The indirect item spanning exactly `text`, with this cue (its speaker
 * not checked). */
static void
sp_item_is(const char *b, const char *text, const char *cue)
{
	const struct quote *q = sp_at(th_off(b, text, 0), QUOTE_INDIRECT);

	cr_assert_eq(q->end, th_off(b, text, 0) + strlen(text), "[%s]", b);
	cr_assert(th_str_is(q->cue, cue), "cue in [%s]", b);
}

Test(speech_cue, cue_after_a_names_possessive_is_a_noun)
{
	/* "Trump's remarks": a noun, no cue; a pronoun's 's is "is" or
	 * "has", and "that" after the noun opens its content */
	const char *b = "Trump's remarks also stand out because he has a "
	    "stake in the case.";
	const char *c = "He's predicting he will do very well in Nevada.";
	const char *d = "Politifact seized on Trump's claim that there have "
	    "been thousands of shootings.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_run(c), 1);
	sp_item_is(c, "he will do very well in Nevada", "predicting");
	cr_assert_eq(sp_run(d), 1);
	sp_item_is(d, "there have been thousands of shootings", "claim");
}

Test(speech_cue, cue_that_is_a_modified_noun_is_no_cue)
{
	/* "a private email server", "his opening remarks": a determiner
	 * or possessive and a lower-case word make the cue a noun; the
	 * sentence's verb of speech still reports */
	const char *b = "Clinton used a private email server during her "
	    "four years at the department.";
	const char *c = "In his opening remarks, Trump said he was suited "
	    "for the presidency.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "he was suited for the presidency", "Trump", "Trump",
	    "said");
}

Test(speech_cue, a_modified_warning_is_an_alert_not_a_cue)
{
	/* "a red warning", "the flood warnings": the noun of an alert;
	 * "warning that" and the verb still report */
	const char *b = "A red warning is in place for western Scotland "
	    "until noon.";
	const char *c = "The engineers issued a stern warning that the "
	    "bridge would fail.";
	const char *d = "The board has been warning that it is running out "
	    "of cash.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_run(c), 1);
	sp_item_is(c, "the bridge would fail", "warning");
	cr_assert_eq(sp_run(d), 1);
	sp_item_is(d, "it is running out of cash", "warning");
}

Test(speech_cue, a_modified_warning_that_opens_the_sentence_is_its_noun)
{
	/* the noun phrase is the subject: its clause ends before the main
	 * verb, which the verb's reading ran on into (review U5); after
	 * a verb, "his stern warning that" still reports */
	const char *b = "His stern warning that the bridge would fail was "
	    "ignored.";
	const char *c = "The stark warning that jobs would go stunned aides.";
	const char *d = "The takeaway was his stern warning that criminals "
	    "won't be permitted to stay.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_run(c), 0);
	cr_assert_eq(sp_run(d), 1);
	sp_item_is(d, "criminals won't be permitted to stay", "warning");
}

Test(speech_cue, claims_after_a_form_of_make_is_the_noun)
{
	/* "made claims that": the noun's clause, with the subject of
	 * "made" as its source (was no speaker, the mention "Trump made") */
	const char *b = "Trump made claims that the vote was rigged.";
	const char *c = "Smith has made claims that the count was wrong.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "the vote was rigged", "Trump", "Trump", "claims");
	cr_assert_eq(sp_run(c), 1);
	sp_indirect(c, "the count was wrong", "Smith", "Smith", "claims");
}

Test(speech_cue, all_told_before_a_comma_is_a_sum_not_a_cue)
{
	/* "All told," is "in all": no one tells; "they all told me"
	 * (no comma after the cue) still reports */
	const char *b = "All told, some 16,000 polling stations were open "
	    "across the country.";
	const char *c = "The repairs cost $4 million, all told, and took two "
	    "years to finish.";
	const char *d = "Rice and Biden all told me it was a video about the "
	    "attack.";

	cr_assert_eq(sp_run(b), 0);
	cr_assert_eq(sp_run(c), 0);
	cr_assert_eq(sp_run(d), 1);
	sp_item_is(d, "it was a video about the attack", "told");
}

Test(speech_cue, a_quote_after_a_determiner_is_its_noun_not_the_cue)
{
	/* the words list leaves quotes out: "a" and "adding" stand side
	 * by side in it, but the quote between is the determiner's noun;
	 * with nothing between, "a warning" is still a noun */
	const char *b = "Trump said the book is a \"distortion,\" adding that "
	    "the judge was biased.";
	const char *c = "Officials issued a warning on Tuesday.";

	cr_assert_eq(sp_run(b), 2);
	sp_indirect(b, "the book is a \"distortion,\"", "Trump", "Trump",
	    "said");
	sp_indirect(b, "the judge was biased", "Trump", "Trump", "adding");
	cr_assert_eq(sp_run(c), 0);
}

Test(speech_cue, a_noun_of_place_or_organisation_is_no_cue)
{
	/* "state", "states", "report", "post" are cues and nouns: the
	 * verb follows a pronoun or comes before "that"; "home state",
	 * "state Rep. Jeff Hoover", "A few states" are nouns */
	const char *b1 = "Kirk faces a battle in his home state, a race "
	    "Democrats want. The new supporters include state Rep. Jeff "
	    "Hoover and others. A few states have yet to be called.";
	const char *b2 = "They state their goal is to win. The document "
	    "states that the leave is unpaid.";

	cr_assert_eq(sp_run(b1), 0);
	cr_assert_eq(sp_run(b2), 2);
	sp_indirect(b2, "their goal is to win", NULL, "They", "state");
	sp_indirect(b2, "the leave is unpaid", NULL, "The document",
	    "states");
}

/* A double mark opens in [p, se): the byte reading the noun + "that"
 * pair's test must agree with. */
static int
mark_in_bytes(const char *s, size_t p, size_t se)
{
	for (; p < se; p++)
		if (s[p] == '"' || (s[p] == '\'' && p + 1 < se &&
		    s[p + 1] == '\'') || (strncmp(s + p, "\xe2\x80\x9c", 3) ==
		    0 && p + 2 < se) || (strncmp(s + p, "\xe2\x80\x9d", 3) ==
		    0 && p + 2 < se))
			return 1;
	return 0;
}

/* Asks speech_noun_pair_at of every "remarks that" in [0, se), as the cue
 * scan does (one mark_end for the sentence), against the byte reading. */
static void
pairs_agree(const char *b, size_t se)
{
	size_t mark_end = SPEECH_MARK_UNREAD, p;
	const char *r;

	for (r = strstr(b, "remarks that"); r != NULL && (size_t)(r - b) +
	    12 <= se; r = strstr(r + 1, "remarks that")) {
		p = (size_t)(r - b);
		cr_assert_eq(speech_noun_pair_at(b, 0, se, p, p + 7,
		    &mark_end), mark_in_bytes(b, p + 12, se), "%.*s | %zu",
		    (int)se, b, p);
	}
}

/*
 * A Statement noun + "that" is a pair only before a double mark in its
 * sentence: a mark before, inside or after the clause, of each kind,
 * one cut by the sentence's end, and many pairs in one long sentence
 * (the sentence's marks are read once for all of them).
 */
Test(speech_cue, a_statement_nouns_that_is_a_pair_before_a_mark_only)
{
	static const char *const marks[] = {
		"\"", "''", "'", "\xe2\x80\x9c", "\xe2\x80\x9d",
		"\xe2\x80\x98", "",
	};
	static char b[64 * 1024];
	size_t m, slot, cut, n, len;
	const char *at;

	for (m = 0; m < sizeof(marks) / sizeof(marks[0]); m++)
		for (slot = 0; slot < 4; slot++) {
			snprintf(b, sizeof(b), "%sShe denied his remarks that "
			    "%sthe plan failed%s and his remarks that it "
			    "worked%s", slot == 0 ? marks[m] : "",
			    slot == 1 ? marks[m] : "", slot == 2 ?
			    marks[m] : "", slot == 3 ? marks[m] : "");
			len = strlen(b);
			for (cut = 0; cut < 4; cut++)
				pairs_agree(b, len - cut);
		}
	/* a long sentence without stops, its one mark in the middle */
	at = "The critics repeated remarks that ";
	for (n = 0, len = 0; n < 1000; n++) {
		memcpy(b + len, at, strlen(at));
		len += strlen(at);
		if (n == 500)
			b[len++] = '"';
	}
	b[len] = '\0';
	pairs_agree(b, len);
	cr_assert_eq(speech_noun_pair_at(b, 0, len, 21, 28,
	    &(size_t){ SPEECH_MARK_UNREAD }), 1);
	cr_assert_eq(speech_noun_pair_at(b, 0, len, len - 13, len - 6,
	    &(size_t){ SPEECH_MARK_UNREAD }), 0);
}

/*
 * The words of a sentence are read past its last cue as far as its
 * rules look: after "told" (LX_OBJCUE) as far as the addressee
 * (ADDRESSEE_WORDS_MAX), whose "that" opens the clause 11 words on.  Read
 * to AFTER_CUE_WORDS only, the "that" was never seen and the content
 * opened inside the addressee ("[in downtown Baltimore that he's ...]").
 */
Test(speech_cue, the_words_after_told_are_read_as_far_as_its_addressee)
{
	const char *b = "Carson told a big banquet hall at a hotel in "
	    "downtown Baltimore that he is not giving up.";

	cr_assert_eq(sp_run(b), 1);
	sp_indirect(b, "he is not giving up", "Carson", "Carson", "told");
}
