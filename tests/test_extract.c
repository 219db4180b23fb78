/*
 * test_extract.c — workers/extract/extract.c: the table runner, the order
 * and offsets of what it returns, the no-op mode, context reuse and the
 * list push; every span of generated texts, the samples and the eval sets
 * on character boundaries.  Whatever the extractors are, these properties
 * hold for any correct one, so the tests check those and not one
 * extractor's taste.
 */
#include <errno.h>
#include <glob.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <jansson.h>

#include "extract.h"
#include "hostile.h"
#include "message.h"
#include "pagewatch.h"
#include "utf8.h"

static struct article
article_of(const char *body, const char *published)
{
	struct article a;
	char err[PROTO_ERR_MAX];

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("test");
	a.body = str_make(body, strlen(body));
	if (published != NULL)
		a.published = str_make(published, strlen(published));
	cr_assert_eq(proto_article_check(&a, err, sizeof(err)), 0, "%s", err);
	return a;
}

static void
check_span(const struct article *a, uint32_t start, uint32_t end,
    struct str text, const char *what, size_t i)
{
	const char *b = a->body.p;
	size_t len = a->body.len;

	cr_assert_lt(start, end, "%s[%zu]: empty span", what, i);
	cr_assert_leq(end, len, "%s[%zu]: past the body", what, i);
	cr_assert(utf8_is_boundary(b, len, start), "%s[%zu].start", what, i);
	cr_assert(utf8_is_boundary(b, len, end), "%s[%zu].end", what, i);
	cr_assert_eq(text.p, b + start, "%s[%zu]: text not the body's",
	    what, i);
	cr_assert_eq(text.len, end - start, "%s[%zu]: text length", what, i);
}

/* What holds for every result of every correct extractor. */
static void
check_result(const struct article *a, const struct result *r)
{
	size_t i;

	cr_assert(str_eq(r->extractor, EXTRACT_VERSION));
	cr_assert(r->nquotes == 0 || r->quotes != NULL);
	cr_assert(r->ndates == 0 || r->dates != NULL);
	cr_assert_leq(r->nquotes, PROTO_QUOTES_MAX);
	cr_assert_leq(r->ndates, PROTO_DATES_MAX);
	for (i = 0; i < r->nquotes; i++) {
		const struct quote *q = &r->quotes[i];

		check_span(a, q->start, q->end, q->text, "quotes", i);
		cr_assert(q->kind == QUOTE_DIRECT || q->kind == QUOTE_PARTIAL ||
		    q->kind == QUOTE_INDIRECT);
		if (q->speaker_start != q->speaker_end) {
			cr_assert_lt(q->speaker_start, q->speaker_end);
			cr_assert_leq(q->speaker_end, a->body.len);
			cr_assert(utf8_is_boundary(a->body.p, a->body.len,
			    q->speaker_start), "quotes[%zu].speaker_start", i);
			cr_assert(utf8_is_boundary(a->body.p, a->body.len,
			    q->speaker_end), "quotes[%zu].speaker_end", i);
		}
		if (i > 0) {
			const struct quote *p = &r->quotes[i - 1];

			cr_assert(p->start < q->start || (p->start ==
			    q->start && p->end <= q->end),
			    "quotes[%zu] out of order", i);
		}
	}
	for (i = 0; i < r->ndates; i++) {
		const struct timex3 *t = &r->dates[i];

		check_span(a, t->start, t->end, t->text, "dates", i);
		cr_assert(t->type >= TIMEX_DATE && t->type <= TIMEX_SET);
		cr_assert_neq(t->value[0], '\0', "dates[%zu]: no value", i);
		cr_assert_not_null(memchr(t->value, '\0', TIMEX_VALUE_MAX));
		if (i > 0) {
			const struct timex3 *p = &r->dates[i - 1];

			cr_assert(p->start < t->start || (p->start ==
			    t->start && p->end <= t->end),
			    "dates[%zu] out of order", i);
		}
	}
}

static const struct quote *
quote_at(const struct result *r, uint32_t start, uint32_t end)
{
	size_t i;

	for (i = 0; i < r->nquotes; i++)
		if (r->quotes[i].start == start && r->quotes[i].end == end)
			return &r->quotes[i];
	return NULL;
}

static void
run(struct extract *x, enum extract_mode mode, const struct article *a,
    struct result *r)
{
	memset(r, 0, sizeof(*r));
	cr_assert_eq(extract_run(x, mode, a, r), 0);
	check_result(a, r);
}

Test(extract, attributed_quote)
{
	static const char body[] = "\"Hello,\" she said.";
	struct article a = article_of(body, NULL);
	struct extract *x = extract_new();
	const struct quote *q;
	struct result r;

	cr_assert_not_null(x);
	run(x, EXTRACT_ALL, &a, &r);
	cr_assert_geq(r.nquotes, 1);
	q = quote_at(&r, 0, 8);
	cr_assert_not_null(q, "no quote over [0, 8): the marks included");
	cr_assert_eq(q->text.len, 8);
	cr_assert_eq(memcmp(q->text.p, "\"Hello,\"", 8), 0);
	cr_assert_eq(q->kind, QUOTE_DIRECT);
	cr_assert(str_eq(q->cue, "said"));
	/* The mention the cue attaches to: "she". */
	cr_assert_eq(q->speaker_start, 9);
	cr_assert_eq(q->speaker_end, 12);
	extract_destroy(&x);
	cr_assert_null(x);
	extract_destroy(&x);		/* NULL is fine */
}

Test(extract, byte_offsets_after_multibyte_text)
{
	/* "Zoë Ångström" is 14 bytes but 12 characters. */
	static const char body[] =
	    "Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m said: "
	    "\xe2\x80\x9c" "Bonjour \xc3\xa0 tous.\xe2\x80\x9d";
	struct article a = article_of(body, NULL);
	struct extract *x = extract_new();
	const char *open = strstr(body, "\xe2\x80\x9c");
	uint32_t start = (uint32_t)(open - body);
	struct result r;

	run(x, EXTRACT_ALL, &a, &r);
	cr_assert_not_null(quote_at(&r, start, (uint32_t)strlen(body)),
	    "no quote over [%u, %zu)", start, strlen(body));
	extract_destroy(&x);
}

/*
 * A stance verb's object ends before a dash, and an em dash is 3 bytes:
 * the span ended one byte after the dash's first (c8d72b0), inside the
 * character, and quarryd expels a worker that sends such a result.
 */
Test(extract, a_stance_object_ends_before_a_multibyte_dash)
{
	static const char body[] =
	    "Clinton has repeatedly accused Trump of using divisive "
	    "rhetoric. She also called for all candidates to lay out "
	    "specifics \xe2\x80\x94 including the cost \xe2\x80\x94 of "
	    "their plans.";
	struct article a = article_of(body, NULL);
	struct extract *x = extract_new();
	uint32_t dash = (uint32_t)(strstr(body, "\xe2\x80\x94") - body);
	struct result r;
	size_t i;
	int found = 0;

	run(x, EXTRACT_ALL, &a, &r);	/* every span on a boundary */
	for (i = 0; i < r.nquotes; i++)
		if (r.quotes[i].kind == QUOTE_INDIRECT &&
		    r.quotes[i].end == dash - 1)	/* "specifics" */
			found = 1;
	cr_assert(found, "no indirect quote ending before the space and "
	    "the dash (byte %u)", dash);
	extract_destroy(&x);
}

/*
 * A sentence's end is trimmed of spaces character by character: read a
 * byte at a time, the 0xa0 that ends an NBSP and the 0x85 that ends an
 * "\xc3\x85" (U+00C5) read as U+00A0 and U+0085 (NEL), both spaces, and
 * the span ended inside the character.  Found by
 * every_span_of_generated_texts_is_whole_characters.
 */
Test(extract, a_sentence_end_is_trimmed_by_whole_characters)
{
	static const struct {
		const char	*body, *last;
		uint32_t	 keep;	/* bytes of last the span keeps */
	} cases[] = {
		{ "Clinton criticized the summer tax plan\xc2\xa0\n\nThe rest.",
		    "plan", 4 },
		{ "Clinton criticized the new plan of Anders and \xc3\x85sa "
		    "\xc3\x85\n\nThe rest.", "\xc3\x85\n", 2 },
		/* ASCII blanks (trimmed a byte at a time) around an NBSP */
		{ "Clinton criticized the summer tax plan \t\xc2\xa0 \n\nThe "
		    "rest.", "plan", 4 },
	};
	struct extract *x = extract_new();
	struct article a;
	struct result r;
	size_t i, k;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *b = cases[i].body;
		const char *last = strstr(b, cases[i].last);
		uint32_t want = (uint32_t)(last - b) + cases[i].keep;
		int found = 0;

		a = article_of(b, NULL);
		run(x, EXTRACT_ALL, &a, &r);	/* every span on a boundary */
		for (k = 0; k < r.nquotes; k++)
			if (r.quotes[k].kind == QUOTE_INDIRECT &&
			    r.quotes[k].end == want)
				found = 1;
		cr_assert(found, "case %zu: no indirect quote ending at byte "
		    "%u", i, want);
	}
	extract_destroy(&x);
}

Test(extract, every_extractor_in_the_table_runs)
{
	static const char body[] =
	    "On 15 August 2016, Putin said: \"We are friends.\"";
	struct article a = article_of(body, "2016-08-20");
	struct extract *x = extract_new();
	struct result r;
	size_t i;
	int dated = 0;

	run(x, EXTRACT_ALL, &a, &r);
	cr_assert_not_null(quote_at(&r, 31, (uint32_t)strlen(body)));
	for (i = 0; i < r.ndates; i++)
		if (r.dates[i].start <= 3 && r.dates[i].end >= 17 &&
		    strcmp(r.dates[i].value, "2016-08-15") == 0)
			dated = 1;
	cr_assert(dated, "no 2016-08-15 over \"15 August 2016\"");
	extract_destroy(&x);
}

Test(extract, noop_finds_nothing)
{
	static const char body[] =
	    "On 15 August 2016, Putin said: \"We are friends.\"";
	struct article a = article_of(body, "2016-08-20");
	struct extract *x = extract_new();
	struct result r;

	run(x, EXTRACT_NOOP, &a, &r);
	cr_assert_eq(r.nquotes, 0);
	cr_assert_eq(r.ndates, 0);
	/* The context is unharmed: the next full run finds things. */
	run(x, EXTRACT_ALL, &a, &r);
	cr_assert_geq(r.nquotes, 1);
	cr_assert_geq(r.ndates, 1);
	extract_destroy(&x);
}

Test(extract, context_reuse_starts_empty)
{
	static const char busy[] =
	    "\"One,\" he said on Monday. \"Two,\" she said on Tuesday. "
	    "\"Three,\" they said on 3 March 2020.";
	struct article a = article_of(busy, "2020-03-04");
	struct article b = article_of("Nothing to see here.", NULL);
	struct extract *x = extract_new();
	struct result r;

	run(x, EXTRACT_ALL, &a, &r);
	cr_assert_geq(r.nquotes, 3);
	cr_assert_geq(r.ndates, 3);
	run(x, EXTRACT_ALL, &b, &r);
	cr_assert_eq(r.nquotes, 0);
	cr_assert_eq(r.ndates, 0);
	/* Same article, same context: same answer. */
	run(x, EXTRACT_ALL, &a, &r);
	{
		size_t nq = r.nquotes, nd = r.ndates;
		uint32_t q0 = r.quotes[0].start, d0 = r.dates[0].start;

		run(x, EXTRACT_ALL, &a, &r);
		cr_assert_eq(r.nquotes, nq);
		cr_assert_eq(r.ndates, nd);
		cr_assert_eq(r.quotes[0].start, q0);
		cr_assert_eq(r.dates[0].start, d0);
	}
	extract_destroy(&x);
}

Test(extract, hostile_bodies_keep_the_invariants)
{
	static const char *const bodies[] = {
		"\"",
		"\"\"\"\"\"\"\"\"",
		"\xe2\x80\x9c\xe2\x80\x9c\xe2\x80\x9d\xe2\x80\x9d\xe2\x80\x9d",
		"He said: \"unterminated and on and on",
		"\"a\" \"b\" \"c\" said said said: : : \"\"",
		"\xc2\xab" "Bonjour" "\xc2\xbb" ", a dit-il. 2016 2016-13-45 "
		    "31 February 99999 12:99",
		"Monday Tuesday yesterday tomorrow today now 1990s 20th century",
		"\n\n\t\"\n\"\n",
		"'single' ''double'' `back` ``latex''",
	};
	struct extract *x = extract_new();
	struct article a;
	struct result r;
	size_t i;

	for (i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
		a = article_of(bodies[i], "2016-08-15");
		run(x, EXTRACT_ALL, &a, &r);
	}
	extract_destroy(&x);
}

Test(extract, more_than_a_result_may_carry)
{
	/* Past both limits: 9000 quoted words and 9000 years. */
	static const char unit[] = "\"a\" 1999 ";
	size_t n = 9000, len = sizeof(unit) - 1, i;
	char *body = malloc(n * len + 1);
	struct extract *x = extract_new();
	struct article a;
	struct result r;

	cr_assert_not_null(body);
	for (i = 0; i < n; i++)
		memcpy(body + i * len, unit, len);
	body[n * len] = '\0';
	a = article_of(body, "2016-08-15");
	run(x, EXTRACT_ALL, &a, &r);
	extract_destroy(&x);
	free(body);
}

Test(extract, list_push_grows_and_keeps)
{
	struct quote_list ql;
	struct timex_list tl;
	struct quote q;
	struct timex3 t;
	uint32_t i;

	memset(&ql, 0, sizeof(ql));
	memset(&tl, 0, sizeof(tl));
	memset(&q, 0, sizeof(q));
	memset(&t, 0, sizeof(t));
	for (i = 0; i < 1000; i++) {
		q.start = i;
		q.end = i + 1;
		t.start = 2 * i;
		snprintf(t.value, sizeof(t.value), "P%uD", i);
		cr_assert_eq(quote_list_push(&ql, &q), 0);
		cr_assert_eq(timex_list_push(&tl, &t), 0);
	}
	cr_assert_eq(ql.n, 1000);
	cr_assert_eq(tl.n, 1000);
	cr_assert_geq(ql.cap, ql.n);
	cr_assert_geq(tl.cap, tl.n);
	for (i = 0; i < 1000; i++) {
		char want[TIMEX_VALUE_MAX];

		cr_assert_eq(ql.v[i].start, i);
		cr_assert_eq(ql.v[i].end, i + 1);
		cr_assert_eq(tl.v[i].start, 2 * i);
		snprintf(want, sizeof(want), "P%uD", i);
		cr_assert_str_eq(tl.v[i].value, want);
	}
	free(ql.v);
	free(tl.v);
}

/*
 * Linear time without timing: the generated family of hostile bodies
 * (bench/hostile.c, every unit of one or two marks, apostrophes,
 * punctuation and word bits, repeated) through each extractor over a
 * watched buffer (tests/pagewatch.c), counting the pages the extractor
 * enters.  Each pass over the body enters each page once; a scan that
 * goes back over the rest of the body from every mark enters them once
 * per mark (before the elision scan was bounded, "“'" repeated entered
 * the 16 pages over 384 times).  EX_PASSES_MAX: the passes an extractor
 * may make; the worst unit of the family takes 2 for quotes and 1 for
 * dates (cr_log_info prints it), and room is left for new passes.
 */
#define EX_WATCH_BYTES	(64u * 1024)
#define EX_PASSES_MAX	8

static size_t
ex_pages_entered(struct pagewatch *pw, struct extract *x,
    enum extract_mode mode, const struct article *a, size_t budget)
{
	struct result r;
	int rc;

	memset(&r, 0, sizeof(r));
	pagewatch_arm(pw, budget);
	rc = extract_run(x, mode, a, &r);
	return rc == -1 ? (size_t)-1 : pagewatch_disarm(pw);
}

Test(extract, hostile_family_reads_each_byte_a_bounded_number_of_times)
{
	static const struct {
		const char	*name;
		enum extract_mode mode;
	} modes[] = {
		{ "quotes", EXTRACT_QUOTES },
		{ "dates", EXTRACT_DATES },
	};
	struct pagewatch *pw = pagewatch_new(EX_WATCH_BYTES);
	struct extract *x = extract_new();
	char unit[HOSTILE_UNIT_MAX], err[PROTO_ERR_MAX];
	size_t budget, n, i, ulen, m, worst[2] = { 0, 0 };
	struct article a;
	unsigned k;

	cr_assert_not_null(pw);
	cr_assert_not_null(x);
	budget = EX_PASSES_MAX * pagewatch_pages(pw);
	for (k = 1; k <= 2; k++) {
		for (i = 0; i < hostile_units(k); i++) {
			ulen = hostile_unit(k, i, unit);
			hostile_fill(pagewatch_buf(pw), EX_WATCH_BYTES, unit,
			    ulen);
			memset(&a, 0, sizeof(a));
			a.id = STR_LIT("hostile");
			a.body = str_make(pagewatch_buf(pw), EX_WATCH_BYTES);
			a.published = STR_LIT("2016-08-15");
			cr_assert_eq(proto_article_check(&a, err, sizeof(err)),
			    0, "%s", err);
			for (m = 0; m < 2; m++) {
				n = ex_pages_entered(pw, x, modes[m].mode, &a,
				    budget);
				cr_assert_neq(n, (size_t)-1, "extract_run");
				cr_assert_leq(n, budget, "%s on \"%s\" repeated: "
				    "over %zu page entries for %zu pages",
				    modes[m].name, unit, budget,
				    pagewatch_pages(pw));
				if (n > worst[m])
					worst[m] = n;
			}
		}
	}
	cr_log_info("pages entered, worst of the family, %zu pages: "
	    "quotes %zu, dates %zu", pagewatch_pages(pw), worst[0], worst[1]);
	extract_destroy(&x);
	pagewatch_destroy(&pw);
}

/*
 * Spans of any text: seeded random news-like texts, built from fragments
 * that reach every rule family (names with multibyte letters, cue and
 * stance verbs, "according to", straight, curly and guillemet quotes,
 * dashes, ellipses, NBSP, U+2028, paragraphs, dates and times, colons,
 * parentheses, apostrophes, CJK, emoji), through both extractors; every
 * item must be one quarryd accepts: each offset (start, end, speaker_start,
 * speaker_end) inside the body and on a character boundary, the text the
 * body's and valid UTF-8, the kind and type known, the DONE encodable and
 * accepted by proto_decode_wmsg() and proto_result_check() as the broker
 * does.  A span ending inside an em dash (c8d72b0, fixed in c7ca59c) got
 * the worker killed and the article dead-lettered; only such texts find it.
 *
 * QUARRY_SPANS_SEED=S reruns a seed, QUARRY_SPANS_TEXTS=N sets the number
 * of texts; a failure names both, the text's number and its bytes.
 */

/* make check: a bounded run: 0.2 s of CPU, about 1 s on this 2-core
 * machine at load 13 (each text is at most SP_TEXT_MAX bytes, ~470 on
 * average); a seed reaches every kind of quote (the test checks it). */
#define SP_CHECK_TEXTS	3000
/* A text: up to SP_SENTENCES_MAX sentences of under 200 bytes each. */
#define SP_SENTENCES_MAX 12
#define SP_TEXT_MAX	4096
/* Of a failing text, this many bytes either side of the bad offset. */
#define SP_SHOW_BYTES	80

#define NBSP	"\xc2\xa0"
#define LSEP	"\xe2\x80\xa8"		/* U+2028 LINE SEPARATOR */
#define EMDASH	"\xe2\x80\x94"
#define ENDASH	"\xe2\x80\x93"
#define ELLIPSIS "\xe2\x80\xa6"
#define RSQUO	"\xe2\x80\x99"		/* ’ the curly apostrophe */

#define SP_N(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const sp_names[] = {
	"Clinton", "Donald Trump", "Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m",
	"\xc3\x85sa Larsson", "Fran\xc3\xa7ois Hollande", "Mr. Putin",
	"the minister", "She", "He", "They", "Ban Ki-moon",
	"\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3", "O" RSQUO "Brien",
	"O'Neill", "Jean-Luc M\xc3\xa9lenchon", "A spokesman",
	"Kim Jong Un", "the company \xf0\x9f\x9a\x80", "Dr. \xc3\x89mile Zola",
	"Senator Elizabeth Warren (D-Mass.)", "Lee", "President Obama",
};

static const char *const sp_cues[] = {
	"said", "told reporters", "added", "urged", "believes", "criticized",
	"warned", "insisted", "explained", "has repeatedly said",
	"was quoted as saying", "called for", "denied", "told", "wrote",
	"argued", "noted", "never said", "now believe", "declared",
	"said in a statement", "told AFP", "tweeted", "asked",
};

static const char *const sp_stances[] = {
	"called for", "urged", "criticized", "accused Trump of",
	"welcomed", "condemned", "rejected", "backed", "demanded",
	"has repeatedly accused Trump of", "also called for", "praised",
};

static const char *const sp_words[] = {
	"the plan", "all candidates to lay out specifics", "a ban on exports",
	"higher taxes", "l" RSQUO "\xc3\xa9\x63onomie", "the caf\xc3\xa9" RSQUO
	"s owner", "na\xc3\xafve policies",
	"\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xae\xe4\xbc\x9a\xe8\xad\xb0",
	"\xf0\x9f\x98\x80 fans", "the \xc3\x98resund bridge", "it", "we",
	"will", "not", "never", "including the cost", "of their plans",
	"\xc3\x85land", "that", "the economy is strong", "we are friends",
	"it's over", "the rock 'n' roll era", "don" RSQUO "t", "using divisive "
	"rhetoric", "the deal", "Gr\xc3\xbc\xc3\x9f Gott", "M\xc3\xbcnchen",
	"the 1990s", "100%", "$5 billion", "No. 10", "U.S.", "e.g.",
	"\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0", "and", "but",
	"which", "saying", "while", "because", "after", "the talks",
};

static const char *const sp_dates[] = {
	"Aug. 15, 2019", "18:00 UTC", "last year", "15.08.2016", "on Monday",
	"15 August 2016", "yesterday", "in the 1990s", "three years later",
	"2016-08-15", "at 9 a.m.", "Tuesday night", "since 2001",
	"for two weeks", "every year", "mid-2018", "August 15" NBSP "2016",
	"next week", "the 13th", "10:30" NBSP "p.m.", "2016\xe2\x80\x93" "17",
	"Jan." NBSP "3", "this morning", "earlier this month", "1945",
	"on 3 March 2020", "two days ago", "the summer of 2015",
};

/* Open and close marks, paired by index; a text sometimes mixes them. */
static const char *const sp_opens[] = {
	"\"", "\xe2\x80\x9c", "\xe2\x80\x98", "\xc2\xab", "\xc2\xab" NBSP,
	"\xe2\x80\x9e", "'", "``", "\xe2\x80\xb9", "\xe3\x80\x8c",
};
static const char *const sp_closes[] = {
	"\"", "\xe2\x80\x9d", RSQUO, "\xc2\xbb", NBSP "\xc2\xbb",
	"\xe2\x80\x9c", "'", "''", "\xe2\x80\xba", "\xe3\x80\x8d",
};

static const char *const sp_dashes[] = {
	" " EMDASH " ", EMDASH, " " ENDASH " ", ENDASH, " -- ", " - ",
	NBSP EMDASH " ", " " EMDASH NBSP,
};

static const char *const sp_puncts[] = {
	",", ".", ":", ";", "?", "!", ELLIPSIS, "...", " (", ")", ", ",
	": ", "; ", " " ELLIPSIS " ", RSQUO, "'", "\xe3\x80\x82",
};

/* Between words and between sentences; paragraphs too. */
static const char *const sp_spaces[] = {
	" ", " ", " ", " ", NBSP, "\n", "\t", LSEP, "  ",
};
static const char *const sp_breaks[] = {
	" ", " ", " ", "\n\n", "\n", LSEP, NBSP, "", "\n\n\n", "\r\n",
};

static const char *const sp_published[] = {
	NULL, "2016-08-15", "2019-08-20T10:30:00Z", "1998-08-07",
	"2024-02-29T23:59:59+05:30",
};

struct sp_gen {
	uint64_t	 rng;
	char		 buf[SP_TEXT_MAX];
	size_t		 len;
};

/* splitmix64: a text is a function of the seed and its number alone. */
static uint64_t
sp_next(struct sp_gen *g)
{
	uint64_t z = (g->rng += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static unsigned
sp_rand(struct sp_gen *g, unsigned n)
{
	return (unsigned)(sp_next(g) % n);
}

#define SP_PICK(g, a)	((a)[sp_rand((g), (unsigned)SP_N(a))])

/* Append, dropping what does not fit whole (the text stays UTF-8). */
static void
sp_put(struct sp_gen *g, const char *s)
{
	size_t n = strlen(s);

	if (g->len + n < sizeof(g->buf)) {
		memcpy(g->buf + g->len, s, n);
		g->len += n;
	}
}

static void
sp_words_put(struct sp_gen *g, unsigned lo, unsigned hi)
{
	unsigned i, n = lo + sp_rand(g, hi - lo + 1);

	for (i = 0; i < n; i++) {
		if (i > 0)
			sp_put(g, sp_rand(g, 6) == 0 ? SP_PICK(g, sp_puncts) :
			    sp_rand(g, 8) == 0 ? SP_PICK(g, sp_dashes) :
			    SP_PICK(g, sp_spaces));
		if (i > 0 && sp_rand(g, 4) == 0)
			sp_put(g, " ");
		sp_put(g, sp_rand(g, 10) == 0 ? SP_PICK(g, sp_dates) :
		    SP_PICK(g, sp_words));
	}
}

/* A quotation: marks of one pair mostly, sometimes mixed or unclosed. */
static void
sp_quote_put(struct sp_gen *g)
{
	unsigned k = sp_rand(g, (unsigned)SP_N(sp_opens));
	unsigned r = sp_rand(g, 12);

	sp_put(g, sp_opens[k]);
	if (sp_rand(g, 3) == 0) {
		sp_words_put(g, 1, 4);
		sp_put(g, ". ");
	}
	sp_words_put(g, 1, 7);
	if (sp_rand(g, 2) == 0)
		sp_put(g, sp_rand(g, 2) == 0 ? "," : ELLIPSIS);
	if (r == 0)
		return;				/* unclosed */
	sp_put(g, r == 1 ? SP_PICK(g, sp_closes) : sp_closes[k]);
}

/* One sentence of a shape some rule reads, or a soup of fragments. */
static void
sp_sentence_put(struct sp_gen *g)
{
	const char *name = SP_PICK(g, sp_names), *cue = SP_PICK(g, sp_cues);

	switch (sp_rand(g, 11)) {
	case 0:		/* X said: "..." */
		sp_put(g, name);
		sp_put(g, " ");
		sp_put(g, cue);
		sp_put(g, sp_rand(g, 2) ? ": " : ", ");
		sp_quote_put(g);
		break;
	case 1:		/* "...," X said. */
		sp_quote_put(g);
		sp_put(g, " ");
		sp_put(g, name);
		sp_put(g, " ");
		sp_put(g, cue);
		sp_put(g, ".");
		break;
	case 2:		/* X called for A — B — C. */
		sp_put(g, name);
		sp_put(g, " ");
		sp_put(g, SP_PICK(g, sp_stances));
		sp_put(g, " ");
		sp_words_put(g, 1, 3);
		sp_put(g, SP_PICK(g, sp_dashes));
		sp_words_put(g, 1, 3);
		if (sp_rand(g, 2) == 0) {
			sp_put(g, SP_PICK(g, sp_dashes));
			sp_words_put(g, 1, 3);
		}
		sp_put(g, sp_rand(g, 3) == 0 ? SP_PICK(g, sp_puncts) : ".");
		break;
	case 3:		/* According to X, ... */
		sp_put(g, sp_rand(g, 2) ? "According to " : "according to ");
		sp_put(g, name);
		sp_put(g, ", ");
		sp_words_put(g, 2, 6);
		sp_put(g, ".");
		break;
	case 4:		/* X said that ... (...) ... */
		sp_put(g, name);
		sp_put(g, " ");
		sp_put(g, cue);
		sp_put(g, sp_rand(g, 2) ? " that " : " ");
		sp_words_put(g, 2, 5);
		if (sp_rand(g, 2) == 0) {
			sp_put(g, " (");
			sp_words_put(g, 1, 3);
			sp_put(g, ")");
		}
		sp_put(g, sp_rand(g, 2) ? "." : ELLIPSIS);
		break;
	case 5:		/* On DATE, X said ... */
		sp_put(g, sp_rand(g, 2) ? "On " : "");
		sp_put(g, SP_PICK(g, sp_dates));
		sp_put(g, ", ");
		sp_put(g, name);
		sp_put(g, " ");
		sp_put(g, cue);
		sp_put(g, " ");
		sp_words_put(g, 1, 5);
		sp_put(g, " ");
		sp_put(g, SP_PICK(g, sp_dates));
		sp_put(g, ".");
		break;
	case 6:		/* "..." — X, cue */
		sp_quote_put(g);
		sp_put(g, SP_PICK(g, sp_dashes));
		sp_put(g, name);
		sp_put(g, ", ");
		sp_put(g, cue);
		break;
	case 7:		/* X, who ..., said A; B: C */
		sp_put(g, name);
		sp_put(g, ", ");
		sp_words_put(g, 1, 3);
		sp_put(g, ", ");
		sp_put(g, cue);
		sp_put(g, " ");
		sp_words_put(g, 1, 4);
		sp_put(g, SP_PICK(g, sp_puncts));
		sp_words_put(g, 1, 4);
		sp_put(g, ".");
		break;
	default:	/* a soup of every kind of fragment */
	{
		unsigned i, n = 2 + sp_rand(g, 10);

		for (i = 0; i < n; i++) {
			static const char *const *const kinds[] = {
				sp_names, sp_cues, sp_stances, sp_words,
				sp_dates, sp_opens, sp_closes, sp_dashes,
				sp_puncts,
			};
			static const size_t counts[] = {
				SP_N(sp_names), SP_N(sp_cues),
				SP_N(sp_stances), SP_N(sp_words),
				SP_N(sp_dates), SP_N(sp_opens),
				SP_N(sp_closes), SP_N(sp_dashes),
				SP_N(sp_puncts),
			};
			unsigned k = sp_rand(g, (unsigned)SP_N(kinds));

			sp_put(g, kinds[k][sp_rand(g, (unsigned)counts[k])]);
			if (sp_rand(g, 3) != 0)
				sp_put(g, SP_PICK(g, sp_spaces));
		}
	}
	}
}

/* Text number i of a seed: sentences, and sometimes a cut. */
static void
sp_text(struct sp_gen *g, unsigned seed, unsigned i)
{
	unsigned k, n;

	g->rng = ((uint64_t)seed << 32) ^ i;
	(void)sp_next(g);
	g->len = 0;
	n = 1 + sp_rand(g, SP_SENTENCES_MAX);
	for (k = 0; k < n; k++) {
		if (k > 0)
			sp_put(g, SP_PICK(g, sp_breaks));
		sp_sentence_put(g);
	}
	if (g->len > 1 && sp_rand(g, 5) == 0) {	/* cut: the body ends in
						 * the middle of something */
		size_t cut = 1 + sp_rand(g, (unsigned)g->len - 1);

		while (!utf8_is_boundary(g->buf, g->len, cut))
			cut--;
		g->len = cut;
	}
	if (g->len == 0)
		sp_put(g, "x");
}

/* The problem with one span, or NULL. */
static const char *
sp_span_bad(struct str body, uint32_t start, uint32_t end, size_t *at)
{
	*at = end;
	if (start >= end)
		return "empty or reversed";
	if (end > body.len)
		return "past the body";
	*at = start;
	if (!utf8_is_boundary(body.p, body.len, start))
		return "starts inside a character";
	*at = end;
	if (!utf8_is_boundary(body.p, body.len, end))
		return "ends inside a character";
	*at = start;
	if (!utf8_valid(body.p + start, end - start, NULL))
		return "not valid UTF-8";
	return NULL;
}

static int
sp_str_ok(struct str s)
{
	return s.len <= PROTO_FIELD_MAX && (s.len == 0 ||
	    (s.p != NULL && utf8_valid(s.p, s.len, NULL)));
}

/*
 * Everything quarryd and its subscribers require of a result, in words:
 * "" if all holds; the item, the field and the offset in why and *at.
 */
static int
sp_result_bad(const struct article *a, struct result *r,
    struct proto_decoder *dec, struct pbuf *pb, char *why, size_t n,
    size_t *at)
{
	struct str b = a->body;
	struct wmsg done, got;
	char err[PROTO_ERR_MAX];
	const char *bad;
	size_t i;

	*at = 0;
	if (!str_eq(r->extractor, EXTRACT_VERSION))
		return snprintf(why, n, "extractor not %s", EXTRACT_VERSION);
	for (i = 0; i < r->nquotes; i++) {
		const struct quote *q = &r->quotes[i];

		if ((unsigned)q->kind > QUOTE_KIND_LAST)
			return snprintf(why, n, "quotes[%zu]: kind %d",
			    i, (int)q->kind);
		if ((bad = sp_span_bad(b, q->start, q->end, at)) != NULL)
			return snprintf(why, n, "quotes[%zu] (%s) [%u, %u): "
			    "%s", i, quote_kind_name(q->kind), q->start,
			    q->end, bad);
		if (q->text.p != b.p + q->start ||
		    q->text.len != q->end - q->start)
			return snprintf(why, n, "quotes[%zu]: text not "
			    "body[start, end)", i);
		if (q->speaker_start != q->speaker_end && (bad =
		    sp_span_bad(b, q->speaker_start, q->speaker_end, at)) !=
		    NULL)
			return snprintf(why, n, "quotes[%zu] speaker [%u, %u):"
			    " %s", i, q->speaker_start, q->speaker_end, bad);
		if (!sp_str_ok(q->speaker) || !sp_str_ok(q->cue))
			return snprintf(why, n, "quotes[%zu]: speaker or cue "
			    "not UTF-8 or too long", i);
		if (i > 0 && (q[-1].start > q->start ||
		    (q[-1].start == q->start && q[-1].end > q->end)))
			return snprintf(why, n, "quotes[%zu]: out of order", i);
	}
	for (i = 0; i < r->ndates; i++) {
		const struct timex3 *t = &r->dates[i];
		const char *v = t->value, *e = memchr(v, '\0', TIMEX_VALUE_MAX);

		if ((unsigned)t->type > TIMEX_SET ||
		    (unsigned)t->mod > TIMEX_MOD_APPROX)
			return snprintf(why, n, "dates[%zu]: type %d mod %d",
			    i, (int)t->type, (int)t->mod);
		if ((bad = sp_span_bad(b, t->start, t->end, at)) != NULL)
			return snprintf(why, n, "dates[%zu] (%s) [%u, %u): "
			    "%s", i, v, t->start, t->end, bad);
		if (t->text.p != b.p + t->start ||
		    t->text.len != t->end - t->start)
			return snprintf(why, n, "dates[%zu]: text not "
			    "body[start, end)", i);
		if (e == NULL || e == v)
			return snprintf(why, n, "dates[%zu]: value empty or "
			    "unterminated", i);
		for (; v < e; v++)
			if (*v <= ' ' || *v > '~')
				return snprintf(why, n, "dates[%zu]: value "
				    "byte 0x%02x", i, (unsigned char)*v);
		if (i > 0 && (t[-1].start > t->start ||
		    (t[-1].start == t->start && t[-1].end > t->end)))
			return snprintf(why, n, "dates[%zu]: out of order", i);
	}
	/* The worker's DONE, read back and checked as quarryd does. */
	memset(&done, 0, sizeof(done));
	done.type = WMSG_DONE;
	done.job = 1;
	done.result = *r;
	if (proto_encode_wmsg(pb, &done) == -1)
		return snprintf(why, n, "DONE: cannot encode");
	if (proto_decode_wmsg(dec, pb->data, pb->len, &got, err,
	    sizeof(err)) == -1)
		return snprintf(why, n, "DONE rejected: %s", err);
	if (got.type != WMSG_DONE || got.result.nquotes != r->nquotes ||
	    got.result.ndates != r->ndates)
		return snprintf(why, n, "DONE read back differs");
	if (proto_result_check(&got.result, b, err, sizeof(err)) == -1)
		return snprintf(why, n, "result rejected: %s", err);
	return 0;
}

/* The body around a bad offset, escaped, for the failure message. */
static void
sp_show(struct str b, size_t at, char *out, size_t n)
{
	size_t lo = at > SP_SHOW_BYTES ? at - SP_SHOW_BYTES : 0;
	size_t hi = at + SP_SHOW_BYTES < b.len ? at + SP_SHOW_BYTES : b.len;
	size_t k = 0, i;

	for (i = lo; i < hi && k + 8 < n; i++) {
		unsigned char c = (unsigned char)b.p[i];

		if (i == at)
			k += (size_t)snprintf(out + k, n - k, "[HERE]");
		if (c >= ' ' && c < 0x7f && c != '\\')
			out[k++] = (char)c;
		else
			k += (size_t)snprintf(out + k, n - k, "\\x%02x", c);
	}
	out[k] = '\0';
}

struct sp_totals {
	size_t		 texts, bytes, quotes[QUOTE_KIND_LAST + 1], speakers;
	size_t		 dates;
};

/* Both extractors over one article; 0, or a failure described in why. */
static int
sp_check(struct extract *x, const struct article *a,
    struct proto_decoder *dec, struct pbuf *pb, struct sp_totals *t,
    char *why, size_t n)
{
	static const enum extract_mode modes[] = {
		EXTRACT_QUOTES, EXTRACT_DATES, EXTRACT_ALL,
	};
	char reason[256], around[8 * 2 * SP_SHOW_BYTES];
	struct result r;
	size_t m, i, at;

	for (m = 0; m < SP_N(modes); m++) {
		memset(&r, 0, sizeof(r));
		if (extract_run(x, modes[m], a, &r) == -1)
			return snprintf(why, n, "extract_run: %s",
			    strerror(errno));
		if (sp_result_bad(a, &r, dec, pb, reason, sizeof(reason),
		    &at) > 0) {
			sp_show(a->body, at, around, sizeof(around));
			return snprintf(why, n, "%s; body (%zu bytes) around "
			    "byte %zu: \"%s\"", reason, a->body.len, at,
			    around);
		}
		if (modes[m] != EXTRACT_ALL)
			continue;
		t->texts++;
		t->bytes += a->body.len;
		t->dates += r.ndates;
		for (i = 0; i < r.nquotes; i++) {
			t->quotes[r.quotes[i].kind]++;
			t->speakers += r.quotes[i].speaker_start !=
			    r.quotes[i].speaker_end;
		}
	}
	return 0;
}

static long
sp_env(const char *name, long dflt)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0' ? strtol(v, NULL, 10) : dflt;
}

Test(extract, every_span_of_generated_texts_is_whole_characters)
{
	long seed = sp_env("QUARRY_SPANS_SEED", -1);
	long count = sp_env("QUARRY_SPANS_TEXTS", SP_CHECK_TEXTS);
	struct extract *x = extract_new();
	struct proto_decoder *dec = proto_decoder_new();
	struct pbuf pb = { 0 };
	struct sp_totals t = { 0 };
	static struct sp_gen g;
	char why[1024], err[PROTO_ERR_MAX];
	struct article a;
	unsigned s, i;

	cr_assert_not_null(x);
	cr_assert_not_null(dec);
	s = seed >= 0 ? (unsigned)seed :
	    ((unsigned)time(NULL) ^ (unsigned)getpid() << 8) & 0x7fffffff;
	for (i = 0; i < (unsigned long)count; i++) {
		const char *pub;

		sp_text(&g, s, i);
		pub = sp_published[i % SP_N(sp_published)];
		memset(&a, 0, sizeof(a));
		a.id = STR_LIT("spans");
		a.body = str_make(g.buf, g.len);
		if (pub != NULL)
			a.published = str_make(pub, strlen(pub));
		cr_assert_eq(proto_article_check(&a, err, sizeof(err)), 0,
		    "seed %u text %u: the generator made a bad article: %s",
		    s, i, err);
		if (sp_check(x, &a, dec, &pb, &t, why, sizeof(why)) > 0)
			cr_assert_fail("spans seed %u, text %u (rerun: "
			    "QUARRY_SPANS_SEED=%u QUARRY_SPANS_TEXTS=%u): %s",
			    s, i, s, i + 1, why);
	}
	fprintf(stderr, "spans seed %u: %zu texts, %zu bytes: %zu direct, "
	    "%zu partial, %zu indirect quotes (%zu with a speaker), %zu "
	    "dates; every span whole (rerun: QUARRY_SPANS_SEED=%u)\n", s,
	    t.texts, t.bytes, t.quotes[QUOTE_DIRECT], t.quotes[QUOTE_PARTIAL],
	    t.quotes[QUOTE_INDIRECT], t.speakers, t.dates, s);
	/* The generator reaches every family, or the test proves little. */
	if (count >= SP_CHECK_TEXTS) {
		cr_assert_gt(t.quotes[QUOTE_DIRECT], 0);
		cr_assert_gt(t.quotes[QUOTE_PARTIAL], 0);
		cr_assert_gt(t.quotes[QUOTE_INDIRECT], 0);
		cr_assert_gt(t.speakers, 0);
		cr_assert_gt(t.dates, 0);
	}
	pbuf_free(&pb);
	proto_decoder_destroy(&dec);
	extract_destroy(&x);
}

/*
 * The same over real articles: the samples and, where the checkout has
 * them, the evaluation sets (a body seen in an earlier file is skipped:
 * the attributions set repeats the quotes set's).  Paths are relative to
 * the repository root, where the tests run.
 */
#define SP_SAMPLES	"../shared/samples/articles.jsonl"
#define SP_EVAL_GLOB	"../shared/eval/*.jsonl"
/* Bodies remembered for skipping repeats: the eval sets hold ~2,100
 * articles; 4x room keeps the open-addressed table sparse.  Past it,
 * repeats are run again (slower, still correct). */
#define SP_SEEN_MAX	8192

static int
sp_seen(uint64_t *seen, size_t *nseen, struct str b)
{
	uint64_t h = 1469598103934665603ull;
	size_t i;

	for (i = 0; i < b.len; i++)
		h = (h ^ (unsigned char)b.p[i]) * 1099511628211ull;
	h |= 1;					/* 0 marks a free slot */
	if (*nseen >= SP_SEEN_MAX / 2)
		return 0;
	for (i = h % SP_SEEN_MAX; seen[i] != 0; i = (i + 1) % SP_SEEN_MAX)
		if (seen[i] == h)
			return 1;
	seen[i] = h;
	(*nseen)++;
	return 0;
}

/* Every article of one JSON-lines file; the number run. */
static size_t
sp_file(const char *path, struct extract *x, struct proto_decoder *dec,
    struct pbuf *pb, struct sp_totals *t, uint64_t *seen, size_t *nseen)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, why[1024], err[PROTO_ERR_MAX];
	size_t cap = 0, lineno = 0, ran = 0;
	json_error_t jerr;
	struct article a;

	cr_assert_not_null(f, "%s: %s", path, strerror(errno));
	while (getline(&line, &cap, f) != -1) {
		json_t *o, *body, *pub;

		lineno++;
		if (line[strspn(line, " \t\r\n")] == '\0')
			continue;
		o = json_loads(line, 0, &jerr);
		cr_assert_not_null(o, "%s:%zu: %s", path, lineno, jerr.text);
		body = json_object_get(o, "body");
		pub = json_object_get(o, "published");
		cr_assert(json_is_string(body), "%s:%zu: no body", path,
		    lineno);
		memset(&a, 0, sizeof(a));
		a.id = STR_LIT("sample");
		a.body = str_make(json_string_value(body),
		    json_string_length(body));
		if (json_is_string(pub))
			a.published = str_make(json_string_value(pub),
			    json_string_length(pub));
		if (!sp_seen(seen, nseen, a.body)) {
			cr_assert_eq(proto_article_check(&a, err,
			    sizeof(err)), 0, "%s:%zu: %s", path, lineno, err);
			if (sp_check(x, &a, dec, pb, t, why, sizeof(why)) > 0)
				cr_assert_fail("%s:%zu: %s", path, lineno, why);
			ran++;
		}
		json_decref(o);
	}
	free(line);
	fclose(f);
	return ran;
}

Test(extract, every_span_of_the_sample_and_eval_articles_is_whole_characters)
{
	struct extract *x = extract_new();
	struct proto_decoder *dec = proto_decoder_new();
	uint64_t *seen = calloc(SP_SEEN_MAX, sizeof(*seen));
	struct pbuf pb = { 0 };
	struct sp_totals t = { 0 };
	size_t nseen = 0, ran, i;
	glob_t gl;
	int files = 0;

	cr_assert_not_null(x);
	cr_assert_not_null(dec);
	cr_assert_not_null(seen);
	if (access(SP_SAMPLES, R_OK) == 0) {
		ran = sp_file(SP_SAMPLES, x, dec, &pb, &t, seen, &nseen);
		fprintf(stderr, "spans: %s: %zu articles\n", SP_SAMPLES, ran);
		files++;
	} else
		fprintf(stderr, "spans: %s absent: samples skipped\n",
		    SP_SAMPLES);
	if (glob(SP_EVAL_GLOB, 0, NULL, &gl) == 0) {
		for (i = 0; i < gl.gl_pathc; i++) {
			ran = sp_file(gl.gl_pathv[i], x, dec, &pb, &t, seen,
			    &nseen);
			fprintf(stderr, "spans: %s: %zu articles (repeated "
			    "bodies skipped)\n", gl.gl_pathv[i], ran);
			files++;
		}
		globfree(&gl);
	} else
		fprintf(stderr, "spans: no %s: evaluation sets skipped\n",
		    SP_EVAL_GLOB);
	if (files > 0)
		fprintf(stderr, "spans: %zu articles, %zu bytes: %zu direct, "
		    "%zu partial, %zu indirect quotes, %zu dates; every span "
		    "whole\n", t.texts, t.bytes, t.quotes[QUOTE_DIRECT],
		    t.quotes[QUOTE_PARTIAL], t.quotes[QUOTE_INDIRECT],
		    t.dates);
	free(seen);
	pbuf_free(&pb);
	proto_decoder_destroy(&dec);
	extract_destroy(&x);
}
