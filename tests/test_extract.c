/*
 * test_extract.c — workers/extract/extract.c: the table runner, the order
 * and offsets of what it returns, the no-op mode, context reuse and the
 * list push.  Whatever the extractors are, these properties hold for any
 * correct one, so the tests check those and not one extractor's taste.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

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
