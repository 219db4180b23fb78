/*
 * quotes_check.h — what the quote test files share (tests/test_quotes.c,
 * test_quotes_mark.c, test_speaker.c, test_speaker_mention.c): a run of
 * the quote extractor over a body and the check of one quote's exact
 * span, kind, speaker, mention and cue.  Static: each test file has its own output, freed by its suite's
 * fini (qt_fini).
 */
#ifndef QUARRY_TESTS_QUOTES_CHECK_H
#define QUARRY_TESTS_QUOTES_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "extract.h"
#include "helpers.h"
#include "message.h"
#include "quotes_int.h"

static struct extract_out qt_out;
static char *qt_sample_body;

static inline void
qt_fini(void)
{
	free(qt_sample_body);
	qt_sample_body = NULL;
	free(qt_out.quotes.v);
	free(qt_out.dates.v);
	memset(&qt_out, 0, sizeof(qt_out));
}

/*
 * Run the quote extractor alone over body; returns the count of quotes in
 * marks (direct and partial): reported speech (indirect) is counted by
 * qt_nindirect and tested in the test_speech*.c files.
 */
static inline size_t
qt_run(const char *body, size_t len)
{
	size_t i, n = 0;

	th_quotes_run(&qt_out, body, len);
	for (i = 0; i < qt_out.quotes.n; i++)
		n += qt_out.quotes.v[i].kind != QUOTE_INDIRECT;
	return n;
}

static inline size_t
qt(const char *body)
{
	return qt_run(body, strlen(body));
}

/* The quote in marks (not reported speech) starting at byte start. */
static inline const struct quote *
qt_at(uint32_t start)
{
	size_t i;

	for (i = 0; i < qt_out.quotes.n; i++)
		if (qt_out.quotes.v[i].start == start &&
		    qt_out.quotes.v[i].kind != QUOTE_INDIRECT)
			return &qt_out.quotes.v[i];
	cr_assert_fail("no quote starts at %u", start);
	return NULL;
}

/*
 * Check one quote: its span from the first occurrence of `text`, its kind,
 * speaker (NULL = nil), the mention (the nth occurrence of `mention`,
 * NULL = none) and the cue.
 */
static inline void
qt_check(const char *body, const char *text, int nth, enum quote_kind kind,
    const char *speaker, const char *mention, int mention_nth,
    const char *cue)
{
	th_quote_check(&qt_out, body, text, nth, kind, speaker, mention,
	    mention_nth, cue);
}


#endif
