/*
 * names.c — the spelling of everything the wire carries as a word: ack
 * statuses, quote kinds, TIMEX3 types and modifiers, worker commands, and
 * the map keys themselves.  Names are case-sensitive on the wire; TIMEX3
 * types and modifiers are upper-case as in TimeML, the rest lower-case.
 */
#include <stdint.h>
#include <string.h>

#include "message.h"
#include "wire_keys.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))
#define WK(s)		{ (s), sizeof(s) - 1 }

/* Indexed by enum wire_key. */
const struct wire_key_name wire_keys[WK__COUNT] = {
	[WK_V] = WK("v"),
	[WK_T] = WK("t"),
	[WK_ID] = WK("id"),
	[WK_BODY] = WK("body"),
	[WK_URL] = WK("url"),
	[WK_SOURCE] = WK("source"),
	[WK_TITLE] = WK("title"),
	[WK_LANG] = WK("lang"),
	[WK_PUBLISHED] = WK("published"),
	[WK_STATUS] = WK("status"),
	[WK_ERROR] = WK("error"),
	[WK_CREDIT] = WK("credit"),
	[WK_PID] = WK("pid"),
	[WK_NAME] = WK("name"),
	[WK_EXTRACTOR] = WK("extractor"),
	[WK_JOB] = WK("job"),
	[WK_ATTEMPT] = WK("attempt"),
	[WK_ARTICLE] = WK("article"),
	[WK_RESULT] = WK("result"),
	[WK_QUOTES] = WK("quotes"),
	[WK_DATES] = WK("dates"),
	[WK_ELAPSED_US] = WK("elapsed_us"),
	[WK_START] = WK("start"),
	[WK_END] = WK("end"),
	[WK_KIND] = WK("kind"),
	[WK_SPEAKER] = WK("speaker"),
	[WK_SPEAKER_START] = WK("speaker_start"),
	[WK_SPEAKER_END] = WK("speaker_end"),
	[WK_CUE] = WK("cue"),
	[WK_TEXT] = WK("text"),
	[WK_TYPE] = WK("type"),
	[WK_VALUE] = WK("value"),
	[WK_MOD] = WK("mod"),
	[WK_SEQ] = WK("seq"),
	[WK_WORKER] = WK("worker"),
	[WK_ATTEMPTS] = WK("attempts"),
};

/*
 * a[0..len) == b[0..len) for 1 <= len <= 16, as at most two loads of each
 * side (overlapping when len is not a power of two) instead of a call to
 * memcmp(): keys are short and the decoder compares every one it reads.
 */
static int
key_eq(const char *a, const char *b, size_t len)
{
	uint64_t x0, x1, y0, y1;
	uint32_t u0, u1, v0, v1;
	uint16_t h0, h1, g0, g1;

	if (len >= 8) {
		memcpy(&x0, a, 8);
		memcpy(&y0, b, 8);
		memcpy(&x1, a + len - 8, 8);
		memcpy(&y1, b + len - 8, 8);
		return ((x0 ^ y0) | (x1 ^ y1)) == 0;
	}
	if (len >= 4) {
		memcpy(&u0, a, 4);
		memcpy(&v0, b, 4);
		memcpy(&u1, a + len - 4, 4);
		memcpy(&v1, b + len - 4, 4);
		return ((u0 ^ v0) | (u1 ^ v1)) == 0;
	}
	if (len >= 2) {
		memcpy(&h0, a, 2);
		memcpy(&g0, b, 2);
		memcpy(&h1, a + len - 2, 2);
		memcpy(&g1, b + len - 2, 2);
		return h0 == g0 && h1 == g1;
	}
	return a[0] == b[0];
}

/*
 * The decoder looks up every key of every map, so the lookup dispatches on
 * the length and then compares against the one to seven keys of that length,
 * instead of walking the whole table.
 */
int
wire_key_lookup(const char *s, size_t len)
{
	static const unsigned char by_len[][8] = {
		/* The keys of each length, WK__COUNT-terminated. */
		[1] = { WK_V, WK_T, WK__COUNT },
		[2] = { WK_ID, WK__COUNT },
		[3] = { WK_URL, WK_PID, WK_JOB, WK_END, WK_CUE, WK_MOD,
			WK_SEQ, WK__COUNT },
		[4] = { WK_BODY, WK_LANG, WK_NAME, WK_KIND, WK_TEXT, WK_TYPE,
			WK__COUNT },
		[5] = { WK_TITLE, WK_ERROR, WK_DATES, WK_START, WK_VALUE,
			WK__COUNT },
		[6] = { WK_SOURCE, WK_STATUS, WK_CREDIT, WK_QUOTES, WK_RESULT,
			WK_WORKER, WK__COUNT },
		[7] = { WK_ARTICLE, WK_ATTEMPT, WK_SPEAKER, WK__COUNT },
		[8] = { WK_ATTEMPTS, WK__COUNT },
		[9] = { WK_PUBLISHED, WK_EXTRACTOR, WK__COUNT },
		[10] = { WK_ELAPSED_US, WK__COUNT },
		[11] = { WK_SPEAKER_END, WK__COUNT },
		[12] = { WK__COUNT },
		[13] = { WK_SPEAKER_START, WK__COUNT },
	};
	const unsigned char *k;

	_Static_assert(NITEMS(by_len) <= 17, "key_eq compares 16 bytes at most");
	if (len == 0 || len >= NITEMS(by_len))
		return -1;
	for (k = by_len[len]; *k != WK__COUNT; k++)
		if (key_eq(wire_keys[*k].name, s, len))
			return *k;
	return -1;
}

int
str_eq(struct str s, const char *c)
{
	size_t n = strlen(c);

	return s.len == n && (n == 0 || memcmp(s.p, c, n) == 0);
}

/* Index of s in names[0..n), or -1; NULL entries never match. */
static int
name_index(const char *const *names, size_t n, struct str s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (names[i] != NULL && str_eq(s, names[i]))
			return (int)i;
	return -1;
}

static const char *const ack_status_names[] = {
	[ACK_ACCEPTED] = "accepted",
	[ACK_DUPLICATE] = "duplicate",
	[ACK_BUSY] = "busy",
	[ACK_REJECTED] = "rejected",
};

static const char *const quote_kind_names[] = {
	[QUOTE_DIRECT] = "direct",
	[QUOTE_PARTIAL] = "partial",
};

static const char *const timex_type_names[] = {
	[TIMEX_DATE] = "DATE",
	[TIMEX_TIME] = "TIME",
	[TIMEX_DURATION] = "DURATION",
	[TIMEX_SET] = "SET",
};

/* TimeML's mod attribute; NONE has no spelling (the key is omitted). */
static const char *const timex_mod_names[] = {
	[TIMEX_MOD_NONE] = NULL,
	[TIMEX_MOD_BEFORE] = "BEFORE",
	[TIMEX_MOD_AFTER] = "AFTER",
	[TIMEX_MOD_ON_OR_BEFORE] = "ON_OR_BEFORE",
	[TIMEX_MOD_ON_OR_AFTER] = "ON_OR_AFTER",
	[TIMEX_MOD_LESS_THAN] = "LESS_THAN",
	[TIMEX_MOD_MORE_THAN] = "MORE_THAN",
	[TIMEX_MOD_EQUAL_OR_LESS] = "EQUAL_OR_LESS",
	[TIMEX_MOD_EQUAL_OR_MORE] = "EQUAL_OR_MORE",
	[TIMEX_MOD_START] = "START",
	[TIMEX_MOD_MID] = "MID",
	[TIMEX_MOD_END] = "END",
	[TIMEX_MOD_APPROX] = "APPROX",
};

static const char *const wmsg_type_names[] = {
	[WMSG_READY] = "ready",
	[WMSG_JOB] = "job",
	[WMSG_DONE] = "done",
	[WMSG_HEARTBEAT] = "hb",
	[WMSG_BYE] = "bye",
};

/* Out-of-range values get a visible name rather than a NULL to print. */
#define NAME_OF(tab, v) \
	((size_t)(v) < NITEMS(tab) && (tab)[(v)] != NULL ? (tab)[(v)] : "?")

const char *
ack_status_name(enum ack_status s)
{
	return NAME_OF(ack_status_names, s);
}

const char *
quote_kind_name(enum quote_kind k)
{
	return NAME_OF(quote_kind_names, k);
}

const char *
timex_type_name(enum timex_type t)
{
	return NAME_OF(timex_type_names, t);
}

const char *
timex_mod_name(enum timex_mod m)
{
	if (m == TIMEX_MOD_NONE)
		return NULL;
	return NAME_OF(timex_mod_names, m);
}

const char *
wmsg_type_name(enum wmsg_type t)
{
	return NAME_OF(wmsg_type_names, t);
}

int
ack_status_parse(struct str s, enum ack_status *out)
{
	int i = name_index(ack_status_names, NITEMS(ack_status_names), s);

	if (i == -1)
		return -1;
	*out = (enum ack_status)i;
	return 0;
}

int
quote_kind_parse(struct str s, enum quote_kind *out)
{
	int i = name_index(quote_kind_names, NITEMS(quote_kind_names), s);

	if (i == -1)
		return -1;
	*out = (enum quote_kind)i;
	return 0;
}

int
timex_type_parse(struct str s, enum timex_type *out)
{
	int i = name_index(timex_type_names, NITEMS(timex_type_names), s);

	if (i == -1)
		return -1;
	*out = (enum timex_type)i;
	return 0;
}

int
timex_mod_parse(struct str s, enum timex_mod *out)
{
	int i = name_index(timex_mod_names, NITEMS(timex_mod_names), s);

	if (i == -1)
		return -1;
	*out = (enum timex_mod)i;
	return 0;
}

int
wmsg_type_parse(struct str s, enum wmsg_type *out)
{
	int i = name_index(wmsg_type_names, NITEMS(wmsg_type_names), s);

	if (i == -1)
		return -1;
	*out = (enum wmsg_type)i;
	return 0;
}
