/*
 * speech_check.h — what the reported-speech test files share (tests/
 * test_speech*.c): a run of the quote extractor over a body and the checks
 * of an item's exact span, kind, speaker, mention and cue.  Static: each
 * test file has its own output, freed by its suite's fini (sp_fini).
 */
#ifndef QUARRY_TESTS_SPEECH_CHECK_H
#define QUARRY_TESTS_SPEECH_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "extract.h"
#include "helpers.h"
#include "message.h"
#include "speech_int.h"

static struct extract_out sp_out;
static char *sp_body;

static inline void
sp_fini(void)
{
	free(sp_body);
	sp_body = NULL;
	free(sp_out.quotes.v);
	memset(&sp_out, 0, sizeof(sp_out));
}

/* Run the quote extractor over body; returns the count of indirect items. */
static inline size_t
sp_run(const char *body)
{
	size_t i, n = 0;

	th_quotes_run(&sp_out, body, strlen(body));
	for (i = 0; i < sp_out.quotes.n; i++)
		n += sp_out.quotes.v[i].kind == QUOTE_INDIRECT;
	return n;
}

/* The item of this kind that starts at byte start. */
static inline const struct quote *
sp_at(uint32_t start, enum quote_kind kind)
{
	return th_quote_at(&sp_out, start, kind);
}

/*
 * Check the item of this kind spanning exactly `text` (its first
 * occurrence), its speaker (NULL = nil), the first occurrence of its
 * mention (NULL = none) and its cue (NULL = not checked).
 */
static inline void
sp_check(const char *body, const char *text, enum quote_kind kind,
    const char *speaker, const char *mention, const char *cue)
{
	th_quote_check(&sp_out, body, text, 0, kind, speaker, mention, 0,
	    cue);
}

static inline void
sp_indirect(const char *body, const char *text, const char *speaker,
    const char *mention, const char *cue)
{
	sp_check(body, text, QUOTE_INDIRECT, speaker, mention, cue);
}

/* The indirect item spanning exactly `text`, with the cue "said". */
static inline void
sp_said(const char *b, const char *text)
{
	const struct quote *q = sp_at(th_off(b, text, 0), QUOTE_INDIRECT);

	cr_assert_eq(q->end, th_off(b, text, 0) + strlen(text), "[%s]", b);
	cr_assert(th_str_is(q->cue, "said"), "cue in [%s]", b);
}

/* Does an item other than a partial quote start inside the first
 * occurrence of text in b (page furniture: none should)? */
static inline int
sp_item_in(const char *b, const char *text)
{
	uint32_t s = th_off(b, text, 0), e = s + (uint32_t)strlen(text);
	size_t i;

	for (i = 0; i < sp_out.quotes.n; i++)
		if (sp_out.quotes.v[i].kind != QUOTE_PARTIAL &&
		    sp_out.quotes.v[i].start >= s &&
		    sp_out.quotes.v[i].start < e)
			return 1;
	return 0;
}

#endif
