/*
 * names.c — the spelling of everything the wire carries as a word: ack
 * statuses, quote kinds, TIMEX3 types and modifiers, worker commands; and
 * the lookup of the map keys (their table is wire_keys.h's).  Names are
 * case-sensitive on the wire; TIMEX3 types and modifiers are upper-case
 * as in TimeML, the rest lower-case.
 */
#include <stdint.h>
#include <string.h>

#include "message.h"
#include "wire_keys.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))
/*
 * The slot of a key of length len, first byte a, last byte z, in the
 * lookup table below: (11 len + a + 12 z) mod 128 gives each of our keys a
 * slot of its own (the multipliers were found by trying small ones in
 * turn; the names_* test checks every key), so a lookup reads one slot and
 * compares against one name, whatever the key.
 */
#define KEY_SLOTS	128
#define KEY_SLOT(len, a, z) \
	(((len) * 11u + (unsigned)(a) + (unsigned)(z) * 12u) & (KEY_SLOTS - 1))

/* The longest key, "speaker_start"; wire_bytes_eq() compares 16 bytes at
 * most. */
#define KEY_LEN_MAX	13
_Static_assert(KEY_LEN_MAX <= 16, "wire_bytes_eq compares 16 bytes at most");

int
wire_key_lookup(const char *s, size_t len)
{
	/* Slot -> key + 1; 0 is an empty slot. */
	static const unsigned char slot[KEY_SLOTS] = {
		[3] = WK_PUBLISHED + 1,
		[8] = WK_TIMELINE + 1,
		[9] = WK_V + 1,
		[16] = WK_TEXT + 1,
		[17] = WK_WORKER + 1,
		[21] = WK_CREDIT + 1,
		[23] = WK_QUOTES + 1,
		[24] = WK_SPEAKER + 1,
		[25] = WK_STATUS + 1,
		[26] = WK_START + 1,
		[28] = WK_SPEAKER_END + 1,
		[29] = WK_ATTEMPTS + 1,
		[30] = WK_ATTEMPT + 1,
		[32] = WK_EXTRACTOR + 1,
		[35] = WK_JOB + 1,
		[36] = WK_RESULT + 1,
		[38] = WK_URL + 1,
		[47] = WK_ID + 1,
		[54] = WK_END + 1,
		[55] = WK_ELAPSED_US + 1,
		[58] = WK_BODY + 1,
		[62] = WK_MOD + 1,
		[64] = WK_CUE + 1,
		[65] = WK_PID + 1,
		[71] = WK_KIND + 1,
		[86] = WK_NAME + 1,
		[92] = WK_TYPE + 1,
		[96] = WK_SEQ + 1,
		[103] = WK_TITLE + 1,
		[105] = WK_VALUE + 1,
		[106] = WK_ARTICLE + 1,
		[108] = WK_LANG + 1,
		[111] = WK_T + 1,
		[113] = WK_SOURCE + 1,
		[114] = WK_SPEAKER_START + 1,
		[116] = WK_ERROR + 1,
		[121] = WK_BATCH + 1,
		[125] = WK_MSGS + 1,
		[127] = WK_DATES + 1,
	};
	unsigned k;

	if (len == 0 || len > KEY_LEN_MAX)
		return -1;
	k = slot[KEY_SLOT(len, (unsigned char)s[0],
	    (unsigned char)s[len - 1])];
	if (k == 0)
		return -1;
	k--;
	if (wire_keys[k].len != len ||
	    !wire_bytes_eq(wire_keys[k].name, s, len))
		return -1;
	return (int)k;
}

int
str_eq(struct str s, const char *c)
{
	size_t n = strlen(c);

	return s.len == n && (n == 0 || memcmp(s.p, c, n) == 0);
}

/*
 * A name and its length, so that a lookup compares lengths before bytes
 * (the decoder parses a kind or a type for every quote and date of every
 * DONE: strnlen() on each candidate was a third of the lookup).
 */
struct name {
	const char	*s;
	size_t		 len;
};
#define NAME(lit)	{ lit, sizeof(lit) - 1 }

/*
 * Index of s in names[0..n), or -1; absent entries never match.  Every
 * name is at most NAME_LEN_MAX bytes, so the comparison is
 * wire_bytes_eq()'s.
 */
#define NAME_LEN_MAX	16	/* wire_bytes_eq()'s limit; "EQUAL_OR_LESS" is 13 */
static int
name_index(const struct name *names, size_t n, struct str s)
{
	size_t i;

	if (s.len == 0 || s.len > NAME_LEN_MAX)
		return -1;
	for (i = 0; i < n; i++)
		if (names[i].len == s.len && names[i].s[0] == s.p[0] &&
		    wire_bytes_eq(s.p, names[i].s, s.len))
			return (int)i;
	return -1;
}

static const struct name ack_status_names[] = {
	[ACK_ACCEPTED] = NAME("accepted"),
	[ACK_DUPLICATE] = NAME("duplicate"),
	[ACK_BUSY] = NAME("busy"),
	[ACK_REJECTED] = NAME("rejected"),
};

static const struct name quote_kind_names[] = {
	[QUOTE_DIRECT] = NAME("direct"),
	[QUOTE_PARTIAL] = NAME("partial"),
	[QUOTE_INDIRECT] = NAME("indirect"),
};

static const struct name timex_type_names[] = {
	[TIMEX_DATE] = NAME("DATE"),
	[TIMEX_TIME] = NAME("TIME"),
	[TIMEX_DURATION] = NAME("DURATION"),
	[TIMEX_SET] = NAME("SET"),
};

/* TimeML's mod attribute; NONE has no spelling (the key is omitted). */
static const struct name timex_mod_names[] = {
	[TIMEX_MOD_NONE] = { NULL, 0 },
	[TIMEX_MOD_BEFORE] = NAME("BEFORE"),
	[TIMEX_MOD_AFTER] = NAME("AFTER"),
	[TIMEX_MOD_ON_OR_BEFORE] = NAME("ON_OR_BEFORE"),
	[TIMEX_MOD_ON_OR_AFTER] = NAME("ON_OR_AFTER"),
	[TIMEX_MOD_LESS_THAN] = NAME("LESS_THAN"),
	[TIMEX_MOD_MORE_THAN] = NAME("MORE_THAN"),
	[TIMEX_MOD_EQUAL_OR_LESS] = NAME("EQUAL_OR_LESS"),
	[TIMEX_MOD_EQUAL_OR_MORE] = NAME("EQUAL_OR_MORE"),
	[TIMEX_MOD_START] = NAME("START"),
	[TIMEX_MOD_MID] = NAME("MID"),
	[TIMEX_MOD_END] = NAME("END"),
	[TIMEX_MOD_APPROX] = NAME("APPROX"),
};

static const struct name wmsg_type_names[] = {
	[WMSG_READY] = NAME("ready"),
	[WMSG_JOB] = NAME("job"),
	[WMSG_DONE] = NAME("done"),
	[WMSG_HEARTBEAT] = NAME("hb"),
	[WMSG_BYE] = NAME("bye"),
	[WMSG_JOBS] = NAME("jobs"),
	[WMSG_DONES] = NAME("dones"),
};

/* Out-of-range values get a visible name rather than a NULL to print. */
#define NAME_OF(tab, v) \
	((size_t)(v) < NITEMS(tab) && (tab)[(v)].s != NULL ? (tab)[(v)].s : "?")

const char *
ack_status_name(enum ack_status s)
{
	return NAME_OF(ack_status_names, s);
}

/* As NAME_OF, with the length. */
static struct str
name_str(const struct name *tab, size_t n, size_t v)
{
	if (v < n && tab[v].s != NULL)
		return str_make(tab[v].s, tab[v].len);
	return str_make("?", 1);
}

struct str
quote_kind_str(enum quote_kind k)
{
	return name_str(quote_kind_names, NITEMS(quote_kind_names),
	    (size_t)k);
}

struct str
timex_type_str(enum timex_type t)
{
	return name_str(timex_type_names, NITEMS(timex_type_names),
	    (size_t)t);
}

struct str
timex_mod_str(enum timex_mod m)
{
	if (m == TIMEX_MOD_NONE)
		return str_make(NULL, 0);
	return name_str(timex_mod_names, NITEMS(timex_mod_names),
	    (size_t)m);
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
