/*
 * extract.c — the extractor table and the run that applies it to one
 * article.  Adding an extractor is one function and one line in
 * extractors[].
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract.h"
#include "util.h"

static const struct {
	const char	*name;
	enum extract_mode bit;
	extractor_fn	 run;
} extractors[] = {
	{ "quotes", EXTRACT_QUOTES, quotes_extract },
	{ "dates", EXTRACT_DATES, dates_extract },
};

struct extract {
	struct extract_out out;
	struct dates_lexicon *dates_lex;	/* out.dates_lex */
};

int
quote_list_push(struct quote_list *l, const struct quote *q)
{
	if (array_reserve((void **)&l->v, &l->cap, l->n + 1,
	    sizeof(*l->v)) == -1)
		return -1;
	l->v[l->n++] = *q;
	return 0;
}

int
timex_list_push(struct timex_list *l, const struct timex3 *t)
{
	if (array_reserve((void **)&l->v, &l->cap, l->n + 1,
	    sizeof(*l->v)) == -1)
		return -1;
	l->v[l->n++] = *t;
	return 0;
}

struct extract *
extract_new(void)
{
	struct extract *x;

	if ((x = calloc(1, sizeof(*x))) == NULL)
		return NULL;
	if ((x->dates_lex = dates_lexicon_new()) == NULL) {
		free(x);
		return NULL;
	}
	x->out.dates_lex = x->dates_lex;
	return x;
}

void
extract_destroy(struct extract **xp)
{
	struct extract *x;

	if (xp == NULL || (x = *xp) == NULL)
		return;
	free(x->out.quotes.v);
	free(x->out.dates.v);
	dates_lexicon_destroy(&x->dates_lex);
	free(x);
	*xp = NULL;
}

static int
quote_cmp(const void *a, const void *b)
{
	const struct quote *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end > y->end) - (x->end < y->end);
}

static int
timex_cmp(const void *a, const void *b)
{
	const struct timex3 *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end > y->end) - (x->end < y->end);
}

/*
 * Moves an insertion sort of the quotes (or the timexes) may make per
 * item before it hands the list to qsort: the quotes come nearly in text
 * order (the reported speech of a sentence after the quotes inside it,
 * two or three places back), and a list further out of order (a hostile
 * one) costs n log n, not n squared.
 */
#define QUOTE_SORT_MOVES	8

/*
 * The quotes by start, then end, equal ones in the order they came (as
 * qsort's merge sort keeps them; what it is handed is in that order
 * too).  An insertion sort moves the few quotes that are out of order
 * instead of copying every quote through a merge.
 */
void
quote_list_sort(struct quote_list *l)
{
	struct quote *v = l->v;
	size_t n = l->n;
	size_t i, j, moves = 0;
	struct quote q;

	for (i = 1; i < n; i++) {
		if (quote_cmp(&v[i - 1], &v[i]) <= 0)
			continue;
		q = v[i];
		for (j = i - 1; j > 0 && quote_cmp(&v[j - 1], &q) > 0; j--)
			;
		moves += i - j;
		if (moves > QUOTE_SORT_MOVES * n) {
			qsort(v, n, sizeof(*v), quote_cmp);
			return;
		}
		memmove(&v[j + 1], &v[j], (i - j) * sizeof(*v));
		v[j] = q;
	}
}

/*
 * The timexes the same way: the date extractor pushes them in text
 * order but for a few (a span that opens before the last one's end),
 * and qsort's merge sort copied every one of them through its buffer,
 * where an insertion sort moves only the few.  Equal ones stay in the
 * order they came, as qsort's merge sort keeps them.
 */
static void
sort_timexes(struct timex3 *v, size_t n)
{
	size_t i, j, moves = 0;
	struct timex3 t;

	for (i = 1; i < n; i++) {
		if (timex_cmp(&v[i - 1], &v[i]) <= 0)
			continue;
		t = v[i];
		for (j = i - 1; j > 0 && timex_cmp(&v[j - 1], &t) > 0; j--)
			;
		moves += i - j;
		if (moves > QUOTE_SORT_MOVES * n) {
			qsort(v, n, sizeof(*v), timex_cmp);
			return;
		}
		memmove(&v[j + 1], &v[j], (i - j) * sizeof(*v));
		v[j] = t;
	}
}

int
extract_run(struct extract *x, enum extract_mode mode,
    const struct article *a, struct result *r)
{
	struct extract_out *out = &x->out;
	size_t i;

	out->quotes.n = 0;
	out->dates.n = 0;
	for (i = 0; i < sizeof(extractors) / sizeof(extractors[0]); i++)
		if ((mode & extractors[i].bit) != 0 &&
		    extractors[i].run(a, out) == -1)
			return -1;
	/* qsort may not be handed the NULL array of a list never used. */
	if (out->quotes.n > 1)
		quote_list_sort(&out->quotes);
	if (out->dates.n > 1)
		sort_timexes(out->dates.v, out->dates.n);
	/* A hostile body can hold more than a Result may carry: keep the
	 * first ones in text order rather than fail the whole article. */
	if (out->quotes.n > PROTO_QUOTES_MAX)
		out->quotes.n = PROTO_QUOTES_MAX;
	if (out->dates.n > PROTO_DATES_MAX)
		out->dates.n = PROTO_DATES_MAX;
	for (i = 0; i < out->quotes.n; i++) {
		struct quote *q = &out->quotes.v[i];

		q->text = str_make(a->body.p + q->start, q->end - q->start);
	}
	for (i = 0; i < out->dates.n; i++) {
		struct timex3 *t = &out->dates.v[i];

		t->text = str_make(a->body.p + t->start, t->end - t->start);
	}
	r->quotes = out->quotes.v;
	r->nquotes = out->quotes.n;
	r->dates = out->dates.v;
	r->ndates = out->dates.n;
	r->extractor = STR_LIT(EXTRACT_VERSION);
	return 0;
}
