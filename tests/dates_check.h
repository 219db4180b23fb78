/*
 * dates_check.h — what the date extractor's test files share (tests/
 * test_dates*.c, one a module of workers/extract/dates/): a run over a
 * body against a fixed publication date (Wednesday, 2016-08-17) and the
 * checks of a timex's exact byte span, type and TIMEX3 value.  Static:
 * each test file has its own output list, freed by its suite's fini
 * (dt_fini).
 */
#ifndef QUARRY_TESTS_DATES_CHECK_H
#define QUARRY_TESTS_DATES_CHECK_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>
#include <jansson.h>

#include "extract.h"
#include "message.h"

/* The fixed publication date of these tests: a Wednesday. */
#define DT_YEAR		2016
#define DT_MONTH	8
#define DT_DAY		17

static struct extract_out dt_out;

static struct dates_lexicon *dt_lex;
/* The timeline of the next runs (AUTO unless a test says). */
static enum timeline dt_timeline;
/* The source of the next runs' articles (none unless a test says). */
static const char *dt_source;

static inline void
dt_fini(void)
{
	free(dt_out.dates.v);
	free(dt_out.quotes.v);
	memset(&dt_out, 0, sizeof(dt_out));
	dates_lexicon_destroy(&dt_lex);
	dt_timeline = TIMELINE_AUTO;
	dt_source = NULL;
}

/* Run the extractor over body, published y-m-d (y 0: no date). */
static inline void
dt_run_on(const char *body, int y, int m, int d)
{
	struct article a;

	memset(&a, 0, sizeof(a));
	a.tl = dt_timeline;
	a.id = STR_LIT("t");
	a.body = str_make(body, strlen(body));
	if (dt_source != NULL)
		a.source = str_make(dt_source, strlen(dt_source));
	a.pub.year = y;
	a.pub.month = m;
	a.pub.day = d;
	if (dt_lex == NULL)
		cr_assert_not_null(dt_lex = dates_lexicon_new());
	dt_out.dates_lex = dt_lex;
	dt_out.dates.n = 0;
	cr_assert_eq(dates_extract(&a, &dt_out), 0);
}

static inline void
dt_run(const char *body)
{
	dt_run_on(body, DT_YEAR, DT_MONTH, DT_DAY);
}

static const char *const dt_types[] = { "DATE", "TIME", "DURATION",
	"SET" };

/*
 * The body must hold a timex spanning exactly the first occurrence of
 * text, with this type and value.
 */
static inline void dt_expect_in(const char *, const char *,
		    const char *, enum timex_type, const char *);

static inline void
dt_expect(const char *body, const char *text, enum timex_type type,
    const char *value)
{
	dt_expect_in(body, body, text, type, value);
}

/* The same, for the first occurrence of text at or after from. */
static inline void
dt_expect_after(const char *body, const char *after, const char *text,
    enum timex_type type, const char *value)
{
	const char *from = strstr(body, after);

	cr_assert_not_null(from, "test bug: %s not in %s", after, body);
	dt_expect_in(body, from, text, type, value);
}

static inline void
dt_expect_in(const char *body, const char *from, const char *text,
    enum timex_type type, const char *value)
{
	const char *at = strstr(from, text);
	uint32_t start, end;
	size_t i;

	cr_assert_not_null(at, "test bug: %s not in %s", text, body);
	start = (uint32_t)(at - body);
	end = start + (uint32_t)strlen(text);
	for (i = 0; i < dt_out.dates.n; i++) {
		const struct timex3 *t = &dt_out.dates.v[i];

		if (t->start != start || t->end != end)
			continue;
		cr_assert_eq(t->type, type, "%s: type %s, want %s", text,
		    dt_types[t->type], dt_types[type]);
		cr_assert_str_eq(t->value, value, "%s: value", text);
		return;
	}
	for (i = 0; i < dt_out.dates.n; i++) {
		const struct timex3 *t = &dt_out.dates.v[i];

		cr_log_error("found [%u,%u) \"%.*s\" %s", t->start, t->end,
		    (int)(t->end - t->start), body + t->start, t->value);
	}
	cr_assert_fail("no timex [%u,%u) \"%s\" in \"%s\"", start, end, text,
	    body);
}

/* One sentence, one expected timex, nothing else. */
static inline void
dt_one(const char *body, const char *text, enum timex_type type,
    const char *value)
{
	dt_run(body);
	dt_expect(body, text, type, value);
	cr_assert_eq(dt_out.dates.n, 1, "%s: %zu timexes", body,
	    dt_out.dates.n);
}

static inline void
dt_none(const char *body)
{
	size_t i;

	dt_run(body);
	for (i = 0; i < dt_out.dates.n; i++) {
		const struct timex3 *t = &dt_out.dates.v[i];

		cr_log_error("found \"%.*s\" %s", (int)(t->end - t->start),
		    body + t->start, t->value);
	}
	cr_assert_eq(dt_out.dates.n, 0, "%s", body);
}

#endif
