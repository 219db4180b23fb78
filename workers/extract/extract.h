/*
 * extract.h — the extraction library: direct quotations with speakers, and
 * temporal expressions normalized to TIMEX3 values.
 *
 * Pure code: no I/O, no exit, no hidden global state.  It returns errors
 * (-1 with errno ENOMEM) instead of dying, so the worker and the CLI decide
 * what a failure means.  Results borrow from the article's body and from
 * the context; they stay valid until the next extract_run() on the same
 * context.
 */
#ifndef QUARRY_EXTRACT_H
#define QUARRY_EXTRACT_H

#include <stddef.h>

#include "message.h"

/* The extractor version carried in every Result ("extractor"). */
#define EXTRACT_VERSION "quarry-extract/0.1"

/* Growable lists the extractors append to; memory is kept between runs. */
struct quote_list {
	struct quote	*v;
	size_t		 n, cap;
};

struct timex_list {
	struct timex3	*v;
	size_t		 n, cap;
};

/*
 * The date extractor's lexicon, hashed for lookup: built once per
 * context by extract_new() and only read after (so a context is all the
 * state there is).  dates_lexicon_new() is NULL on ENOMEM.
 */
struct dates_lexicon;

struct dates_lexicon *dates_lexicon_new(void);
void	dates_lexicon_destroy(struct dates_lexicon **);

/*
 * What one run produces (each extractor appends to its own list), and
 * the read-only tables the extractors need: dates_extract() fails with
 * EINVAL without dates_lex.
 */
struct extract_out {
	struct quote_list quotes;
	struct timex_list dates;
	const struct dates_lexicon *dates_lex;
};

/* 0, or -1 (errno ENOMEM). */
int	quote_list_push(struct quote_list *, const struct quote *);
int	timex_list_push(struct timex_list *, const struct timex3 *);

/* Sort by start, then end, equal ones in the order they came. */
void	quote_list_sort(struct quote_list *);

/*
 * An extractor: one function and one entry in the table in extract.c.
 * It reads the article and appends to out; 0 or -1 with errno set.
 */
typedef int (*extractor_fn)(const struct article *, struct extract_out *);

int	quotes_extract(const struct article *, struct extract_out *);
int	dates_extract(const struct article *, struct extract_out *);


/* A reusable context: lists and scratch memory, kept between articles. */
struct extract;

struct extract *extract_new(void);			/* NULL on ENOMEM */
void	extract_destroy(struct extract **);

/*
 * Which extractors a run applies, as a set of bits (one per table entry
 * in extract.c).  NOOP runs none: it measures transport alone.
 */
enum extract_mode {
	EXTRACT_NOOP = 0,
	EXTRACT_QUOTES = 1 << 0,
	EXTRACT_DATES = 1 << 1,
	EXTRACT_ALL = EXTRACT_QUOTES | EXTRACT_DATES,
};

/*
 * Run every extractor over the article (which must have passed
 * proto_article_check) and fill r->quotes, r->dates and r->extractor; the
 * caller fills the rest of the Result.  Quotes and dates come out sorted by
 * start offset, with text set, at most PROTO_QUOTES_MAX and
 * PROTO_DATES_MAX of them (the first in text order).  0, or -1 with errno.
 */
int	extract_run(struct extract *, enum extract_mode,
	    const struct article *, struct result *r);

#endif
