/*
 * decode.c — frames from the wire into the structs of message.h.
 *
 * Every frame is untrusted.  Decoding is three steps: prescan_frame()
 * proves the raw bytes are one bounded map (msgpack-c has no limits of its
 * own); msgpack_unpack() builds the object tree in the decoder's zone,
 * which is cleared after every message so its first chunk is reused; then
 * a typed walk checks every key, type, limit and string, and fills the
 * struct with slices of the frame (nothing is copied, not even the body).
 * Quote and date arrays belong to the decoder and grow as needed.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msgpack.h>

#include "message.h"
#include "prescan.h"
#include "util.h"
#include "validate.h"
#include "wire_keys.h"

struct proto_decoder {
	msgpack_zone	 zone;
	struct quote	*quotes;
	size_t		 quotes_cap;
	struct timex3	*dates;
	size_t		 dates_cap;
};

/*
 * Where the walk is, for reasons: a prefix ("", "article", "result") and,
 * inside a quote or date, the array and index.  The path is only formatted
 * when something is wrong.
 */
struct walk {
	char		*err;
	size_t		 errlen;
	const char	*pfx;
	const char	*arr;
	size_t		 idx;
};

/* The known keys of one map and where their values are. */
struct fields {
	uint64_t		 seen;
	const msgpack_object	*val[WK__COUNT];
};

#define B(k)		WK_BIT(WK_##k)
#define ARTICLE_KEYS	(B(V) | B(ID) | B(BODY) | B(URL) | B(SOURCE) | \
			 B(TITLE) | B(LANG) | B(PUBLISHED))
#define ACK_KEYS	(B(V) | B(ID) | B(STATUS) | B(ERROR))
#define WMSG_KEYS	(B(V) | B(T) | B(CREDIT) | B(PID) | B(NAME) | \
			 B(EXTRACTOR) | B(JOB) | B(ATTEMPT) | B(ARTICLE) | \
			 B(RESULT) | B(ERROR))
#define DONE_KEYS	(B(QUOTES) | B(DATES) | B(ELAPSED_US) | B(EXTRACTOR))
#define RESULT_KEYS	(B(V) | B(ID) | B(SEQ) | B(URL) | B(SOURCE) | \
			 B(PUBLISHED) | B(QUOTES) | B(DATES) | B(WORKER) | \
			 B(ELAPSED_US) | B(EXTRACTOR) | B(ERROR) | \
			 B(ATTEMPTS))
#define QUOTE_KEYS	(B(START) | B(END) | B(KIND) | B(SPEAKER) | \
			 B(SPEAKER_START) | B(SPEAKER_END) | B(CUE))
#define DATE_KEYS	(B(START) | B(END) | B(TYPE) | B(VALUE) | B(MOD))

static int walk_fail(const struct walk *, const char *, const char *, ...)
	    __attribute__((format(printf, 3, 4)));

static int
walk_fail(const struct walk *w, const char *field, const char *fmt, ...)
{
	char what[PROTO_ERR_MAX], where[96];
	size_t n = 0;
	va_list ap;
	int r;

	va_start(ap, fmt);
	(void)vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);

	where[0] = '\0';
	if (w->pfx != NULL && *w->pfx != '\0') {
		r = snprintf(where, sizeof(where), "%s", w->pfx);
		n = r > 0 ? (size_t)r : 0;
	}
	if (w->arr != NULL && n < sizeof(where)) {
		r = snprintf(where + n, sizeof(where) - n, "%s%s[%zu]",
		    n > 0 ? "." : "", w->arr, w->idx);
		n += r > 0 ? (size_t)r : 0;
	}
	if (field != NULL && n < sizeof(where))
		(void)snprintf(where + n, sizeof(where) - n, "%s%s",
		    n > 0 ? "." : "", field);
	return proto_reason(w->err, w->errlen, "%s: %s",
	    where[0] != '\0' ? where : "message", what);
}

static const char *
obj_type_name(const msgpack_object *o)
{
	switch (o->type) {
	case MSGPACK_OBJECT_NIL:
		return "nil";
	case MSGPACK_OBJECT_BOOLEAN:
		return "boolean";
	case MSGPACK_OBJECT_POSITIVE_INTEGER:
	case MSGPACK_OBJECT_NEGATIVE_INTEGER:
		return "integer";
	case MSGPACK_OBJECT_FLOAT32:
	case MSGPACK_OBJECT_FLOAT64:
		return "float";
	case MSGPACK_OBJECT_STR:
		return "string";
	case MSGPACK_OBJECT_BIN:
		return "binary";
	case MSGPACK_OBJECT_ARRAY:
		return "array";
	case MSGPACK_OBJECT_MAP:
		return "map";
	default:
		return "ext";
	}
}

/*
 * Index the known keys of map o (the caller checked it is a map).  Every
 * key must be a string; keys outside want are ignored, as unknown keys
 * are; a wanted key may appear once.
 */
static int
gather(const msgpack_object *o, uint64_t want, struct fields *f,
    const struct walk *w)
{
	uint32_t i;

	f->seen = 0;
	for (i = 0; i < o->via.map.size; i++) {
		const msgpack_object_kv *kv = &o->via.map.ptr[i];
		int k;

		if (kv->key.type != MSGPACK_OBJECT_STR) {
			char field[32];

			(void)snprintf(field, sizeof(field), "key #%u", i + 1);
			return walk_fail(w, field, "expected string, got %s",
			    obj_type_name(&kv->key));
		}
		k = wire_key_lookup(kv->key.via.str.ptr, kv->key.via.str.size);
		if (k == -1 || (want & WK_BIT(k)) == 0)
			continue;
		if (f->seen & WK_BIT(k))
			return walk_fail(w, wire_keys[k].name,
			    "duplicate key");
		f->seen |= WK_BIT(k);
		f->val[k] = &kv->val;
	}
	return 0;
}

/* The value of key k, or NULL when it is absent or (optional) nil. */
static const msgpack_object *
field_get(const struct fields *f, enum wire_key k, int nil_is_absent)
{
	const msgpack_object *o;

	if ((f->seen & WK_BIT(k)) == 0)
		return NULL;
	o = f->val[k];
	if (nil_is_absent && o->type == MSGPACK_OBJECT_NIL)
		return NULL;
	return o;
}

static int
need_str(const msgpack_object *o, struct str *out, const struct walk *w,
    enum wire_key k)
{
	if (o->type != MSGPACK_OBJECT_STR)
		return walk_fail(w, wire_keys[k].name,
		    "expected string, got %s", obj_type_name(o));
	/* A zero-length string is present, so it gets a non-NULL pointer. */
	out->p = o->via.str.ptr != NULL ? o->via.str.ptr : "";
	out->len = o->via.str.size;
	return 0;
}

/*
 * An optional string: absent or nil leave *out absent.  Its length, UTF-8
 * and NUL bytes are checked against max.
 */
static int
opt_text(const struct fields *f, enum wire_key k, size_t max,
    struct str *out, const struct walk *w)
{
	const msgpack_object *o = field_get(f, k, 1);
	char what[PROTO_ERR_MAX];

	*out = str_make(NULL, 0);
	if (o == NULL)
		return 0;
	if (need_str(o, out, w, k) == -1)
		return -1;
	if (proto_text_problem(*out, max, 0, what, sizeof(what)) == -1)
		return walk_fail(w, wire_keys[k].name, "%s", what);
	return 0;
}

/* A required, non-empty string, checked like opt_text(). */
static int
req_text(const struct fields *f, enum wire_key k, size_t max,
    struct str *out, const struct walk *w)
{
	const msgpack_object *o = field_get(f, k, 0);
	char what[PROTO_ERR_MAX];

	if (o == NULL)
		return walk_fail(w, wire_keys[k].name, "missing");
	if (need_str(o, out, w, k) == -1)
		return -1;
	if (out->len == 0)
		return walk_fail(w, wire_keys[k].name, "empty");
	if (proto_text_problem(*out, max, 0, what, sizeof(what)) == -1)
		return walk_fail(w, wire_keys[k].name, "%s", what);
	return 0;
}

/* An unsigned integer value at most max. */
static int
need_uint(const msgpack_object *o, uint64_t max, uint64_t *out,
    const struct walk *w, enum wire_key k)
{
	if (o->type == MSGPACK_OBJECT_NEGATIVE_INTEGER)
		return walk_fail(w, wire_keys[k].name, "%lld is negative",
		    (long long)o->via.i64);
	if (o->type != MSGPACK_OBJECT_POSITIVE_INTEGER)
		return walk_fail(w, wire_keys[k].name,
		    "expected integer, got %s", obj_type_name(o));
	if (o->via.u64 > max)
		return walk_fail(w, wire_keys[k].name, "%llu, limit %llu",
		    (unsigned long long)o->via.u64, (unsigned long long)max);
	*out = o->via.u64;
	return 0;
}

static int
req_uint(const struct fields *f, enum wire_key k, uint64_t max,
    uint64_t *out, const struct walk *w)
{
	const msgpack_object *o = field_get(f, k, 0);

	if (o == NULL)
		return walk_fail(w, wire_keys[k].name, "missing");
	return need_uint(o, max, out, w, k);
}

/* 1 if present, 0 if absent or nil, -1 on error. */
static int
opt_uint(const struct fields *f, enum wire_key k, uint64_t max,
    uint64_t *out, const struct walk *w)
{
	const msgpack_object *o = field_get(f, k, 1);

	*out = 0;
	if (o == NULL)
		return 0;
	return need_uint(o, max, out, w, k) == -1 ? -1 : 1;
}

/* "v": absent means 1; anything but PROTO_VERSION is refused. */
static int
check_version(const struct fields *f, const struct walk *w)
{
	const msgpack_object *o = field_get(f, WK_V, 0);

	if (o == NULL)
		return 0;
	if (o->type == MSGPACK_OBJECT_POSITIVE_INTEGER) {
		if (o->via.u64 == PROTO_VERSION)
			return 0;
		return walk_fail(w, "v", "unsupported protocol version %llu",
		    (unsigned long long)o->via.u64);
	}
	if (o->type == MSGPACK_OBJECT_NEGATIVE_INTEGER)
		return walk_fail(w, "v", "unsupported protocol version %lld",
		    (long long)o->via.i64);
	return walk_fail(w, "v", "expected integer, got %s", obj_type_name(o));
}

/* Key k names a word from a fixed set; the reason quotes what was sent. */
static int
bad_word(const struct walk *w, enum wire_key k, const char *what,
    struct str s)
{
	char esc[PROTO_ESCAPE_BUFSZ];

	return walk_fail(w, wire_keys[k].name, "unknown %s %s", what,
	    proto_escape(esc, s));
}

/* --- articles --- */

static int
walk_article(const msgpack_object *o, struct article *a,
    const struct walk *w)
{
	static const enum wire_key optk[] = {
		WK_URL, WK_SOURCE, WK_TITLE, WK_LANG, WK_PUBLISHED,
	};
	struct str *opts[] = {
		&a->url, &a->source, &a->title, &a->lang, &a->published,
	};
	const msgpack_object *v;
	struct fields f;
	size_t i;

	memset(a, 0, sizeof(*a));
	if (gather(o, ARTICLE_KEYS, &f, w) == -1 ||
	    check_version(&f, w) == -1)
		return -1;
	/* Presence, emptiness and limits are proto_article_check's. */
	if ((v = field_get(&f, WK_ID, 0)) != NULL &&
	    need_str(v, &a->id, w, WK_ID) == -1)
		return -1;
	if ((v = field_get(&f, WK_BODY, 0)) != NULL &&
	    need_str(v, &a->body, w, WK_BODY) == -1)
		return -1;
	for (i = 0; i < sizeof(optk) / sizeof(optk[0]); i++)
		if ((v = field_get(&f, optk[i], 1)) != NULL &&
		    need_str(v, opts[i], w, optk[i]) == -1)
			return -1;
	return proto_article_check_at(a, w->pfx, w->err, w->errlen);
}

/* --- quotes and dates --- */

/* start and end of a span: required, 32-bit, start < end. */
static int
walk_span(const struct fields *f, uint32_t *start, uint32_t *end,
    const struct walk *w)
{
	uint64_t s, e;

	if (req_uint(f, WK_START, UINT32_MAX, &s, w) == -1 ||
	    req_uint(f, WK_END, UINT32_MAX, &e, w) == -1)
		return -1;
	if (s >= e)
		return walk_fail(w, "end", "%llu is not after start %llu",
		    (unsigned long long)e, (unsigned long long)s);
	*start = (uint32_t)s;
	*end = (uint32_t)e;
	return 0;
}

/* A Result carries each span's text; it must be as long as the span. */
static int
walk_text(const struct fields *f, uint32_t start, uint32_t end,
    struct str *text, const struct walk *w)
{
	const msgpack_object *o = field_get(f, WK_TEXT, 0);
	char what[PROTO_ERR_MAX];

	if (o == NULL)
		return walk_fail(w, "text", "missing");
	if (need_str(o, text, w, WK_TEXT) == -1)
		return -1;
	if (text->len != (size_t)(end - start))
		return walk_fail(w, "text", "%zu bytes, span is %u", text->len,
		    end - start);
	if (proto_text_problem(*text, PROTO_BODY_MAX, 0, what,
	    sizeof(what)) == -1)
		return walk_fail(w, "text", "%s", what);
	return 0;
}

static int
walk_quote(const msgpack_object *o, struct quote *q, int with_text,
    const struct walk *w)
{
	struct fields f;
	struct str kind;
	uint64_t ss, se;
	int has_ss, has_se;

	memset(q, 0, sizeof(*q));
	if (o->type != MSGPACK_OBJECT_MAP)
		return walk_fail(w, NULL, "expected map, got %s",
		    obj_type_name(o));
	if (gather(o, QUOTE_KEYS | (with_text ? B(TEXT) : 0), &f, w) == -1 ||
	    walk_span(&f, &q->start, &q->end, w) == -1)
		return -1;
	if (field_get(&f, WK_KIND, 0) == NULL)
		return walk_fail(w, "kind", "missing");
	if (need_str(f.val[WK_KIND], &kind, w, WK_KIND) == -1)
		return -1;
	if (quote_kind_parse(kind, &q->kind) == -1)
		return bad_word(w, WK_KIND, "quote kind", kind);
	if (opt_text(&f, WK_SPEAKER, PROTO_FIELD_MAX, &q->speaker, w) == -1 ||
	    opt_text(&f, WK_CUE, PROTO_FIELD_MAX, &q->cue, w) == -1)
		return -1;
	if ((has_ss = opt_uint(&f, WK_SPEAKER_START, UINT32_MAX, &ss,
	    w)) == -1 ||
	    (has_se = opt_uint(&f, WK_SPEAKER_END, UINT32_MAX, &se, w)) == -1)
		return -1;
	if (has_ss && !has_se)
		return walk_fail(w, "speaker_end", "missing (speaker_start "
		    "is set)");
	if (has_se && !has_ss)
		return walk_fail(w, "speaker_start", "missing (speaker_end "
		    "is set)");
	if (has_ss && ss >= se)
		return walk_fail(w, "speaker_end", "%llu is not after "
		    "speaker_start %llu", (unsigned long long)se,
		    (unsigned long long)ss);
	q->speaker_start = (uint32_t)ss;
	q->speaker_end = (uint32_t)se;
	if (with_text && walk_text(&f, q->start, q->end, &q->text, w) == -1)
		return -1;
	return 0;
}

static int
walk_date(const msgpack_object *o, struct timex3 *t, int with_text,
    const struct walk *w)
{
	struct fields f;
	struct str s;
	size_t i;

	memset(t, 0, sizeof(*t));
	if (o->type != MSGPACK_OBJECT_MAP)
		return walk_fail(w, NULL, "expected map, got %s",
		    obj_type_name(o));
	if (gather(o, DATE_KEYS | (with_text ? B(TEXT) : 0), &f, w) == -1 ||
	    walk_span(&f, &t->start, &t->end, w) == -1)
		return -1;

	if (field_get(&f, WK_TYPE, 0) == NULL)
		return walk_fail(w, "type", "missing");
	if (need_str(f.val[WK_TYPE], &s, w, WK_TYPE) == -1)
		return -1;
	if (timex_type_parse(s, &t->type) == -1)
		return bad_word(w, WK_TYPE, "TIMEX type", s);

	if (field_get(&f, WK_VALUE, 0) == NULL)
		return walk_fail(w, "value", "missing");
	if (need_str(f.val[WK_VALUE], &s, w, WK_VALUE) == -1)
		return -1;
	if (s.len == 0)
		return walk_fail(w, "value", "empty");
	if (s.len >= TIMEX_VALUE_MAX)
		return walk_fail(w, "value", "%zu bytes, limit %d", s.len,
		    TIMEX_VALUE_MAX - 1);
	/* TIMEX3 values are ASCII words ("2016-W33", "PRESENT_REF"). */
	for (i = 0; i < s.len; i++)
		if (s.p[i] <= ' ' || s.p[i] >= 0x7f)
			return walk_fail(w, "value", "byte %zu is not "
			    "printable ASCII", i);
	memcpy(t->value, s.p, s.len);
	t->value[s.len] = '\0';

	t->mod = TIMEX_MOD_NONE;
	if (field_get(&f, WK_MOD, 1) != NULL) {
		if (need_str(f.val[WK_MOD], &s, w, WK_MOD) == -1)
			return -1;
		if (timex_mod_parse(s, &t->mod) == -1)
			return bad_word(w, WK_MOD, "modifier", s);
	}
	if (with_text && walk_text(&f, t->start, t->end, &t->text, w) == -1)
		return -1;
	return 0;
}

/*
 * The quotes and dates arrays of a result, into the decoder's arrays.
 * Both are required (an empty array when there are none).
 */
static int
walk_items(struct proto_decoder *d, const struct fields *f,
    struct result *r, int with_text, const struct walk *w)
{
	const msgpack_object *o;
	struct walk iw = *w;
	uint32_t i, n;

	if ((o = field_get(f, WK_QUOTES, 0)) == NULL)
		return walk_fail(w, "quotes", "missing");
	if (o->type != MSGPACK_OBJECT_ARRAY)
		return walk_fail(w, "quotes", "expected array, got %s",
		    obj_type_name(o));
	if ((n = o->via.array.size) > PROTO_QUOTES_MAX)
		return walk_fail(w, "quotes", "%u entries, limit %d", n,
		    PROTO_QUOTES_MAX);
	if (array_reserve((void **)&d->quotes, &d->quotes_cap, n,
	    sizeof(*d->quotes)) == -1)
		return walk_fail(w, NULL, "out of memory");
	iw.arr = "quotes";
	for (i = 0; i < n; i++) {
		iw.idx = i;
		if (walk_quote(&o->via.array.ptr[i], &d->quotes[i], with_text,
		    &iw) == -1)
			return -1;
	}
	r->quotes = d->quotes;
	r->nquotes = n;

	if ((o = field_get(f, WK_DATES, 0)) == NULL)
		return walk_fail(w, "dates", "missing");
	if (o->type != MSGPACK_OBJECT_ARRAY)
		return walk_fail(w, "dates", "expected array, got %s",
		    obj_type_name(o));
	if ((n = o->via.array.size) > PROTO_DATES_MAX)
		return walk_fail(w, "dates", "%u entries, limit %d", n,
		    PROTO_DATES_MAX);
	if (array_reserve((void **)&d->dates, &d->dates_cap, n,
	    sizeof(*d->dates)) == -1)
		return walk_fail(w, NULL, "out of memory");
	iw.arr = "dates";
	for (i = 0; i < n; i++) {
		iw.idx = i;
		if (walk_date(&o->via.array.ptr[i], &d->dates[i], with_text,
		    &iw) == -1)
			return -1;
	}
	r->dates = d->dates;
	r->ndates = n;
	return 0;
}

/* --- results --- */

/* The result map inside DONE: no texts, no ids; the broker adds them. */
static int
walk_done_result(struct proto_decoder *d, const msgpack_object *o,
    struct result *r, const struct walk *top)
{
	struct walk w = *top;
	struct fields f;

	if (o->type != MSGPACK_OBJECT_MAP)
		return walk_fail(top, "result", "expected map, got %s",
		    obj_type_name(o));
	w.pfx = "result";
	if (gather(o, DONE_KEYS, &f, &w) == -1 ||
	    walk_items(d, &f, r, 0, &w) == -1 ||
	    opt_uint(&f, WK_ELAPSED_US, UINT64_MAX, &r->elapsed_us, &w) == -1 ||
	    opt_text(&f, WK_EXTRACTOR, PROTO_FIELD_MAX, &r->extractor,
	    &w) == -1)
		return -1;
	return 0;
}

static int
walk_result(struct proto_decoder *d, const msgpack_object *o,
    struct result *r, const struct walk *w)
{
	struct fields f;
	uint64_t u;

	if (gather(o, RESULT_KEYS, &f, w) == -1 ||
	    check_version(&f, w) == -1 ||
	    req_text(&f, WK_ID, PROTO_ID_MAX, &r->id, w) == -1 ||
	    req_uint(&f, WK_SEQ, UINT64_MAX, &r->seq, w) == -1 ||
	    opt_text(&f, WK_URL, PROTO_FIELD_MAX, &r->url, w) == -1 ||
	    opt_text(&f, WK_SOURCE, PROTO_SOURCE_MAX, &r->source, w) == -1 ||
	    opt_text(&f, WK_PUBLISHED, PROTO_FIELD_MAX, &r->published,
	    w) == -1)
		return -1;

	if (field_get(&f, WK_ERROR, 1) != NULL) {
		/* A dead letter: why, and after how many attempts. */
		if (req_text(&f, WK_ERROR, PROTO_FIELD_MAX, &r->error,
		    w) == -1 ||
		    req_uint(&f, WK_ATTEMPTS, UINT32_MAX, &u, w) == -1)
			return -1;
		r->attempts = (uint32_t)u;
		if (f.seen & B(QUOTES))
			return walk_fail(w, "quotes", "not allowed in a dead "
			    "letter");
		if (f.seen & B(DATES))
			return walk_fail(w, "dates", "not allowed in a dead "
			    "letter");
		return 0;
	}
	if (walk_items(d, &f, r, 1, w) == -1 ||
	    opt_text(&f, WK_WORKER, PROTO_FIELD_MAX, &r->worker, w) == -1 ||
	    opt_uint(&f, WK_ELAPSED_US, UINT64_MAX, &r->elapsed_us, w) == -1 ||
	    opt_text(&f, WK_EXTRACTOR, PROTO_FIELD_MAX, &r->extractor, w) == -1)
		return -1;
	return 0;
}

/* --- acks --- */

static int
walk_ack(const msgpack_object *o, struct ack *a, const struct walk *w)
{
	struct fields f;
	struct str s;

	if (gather(o, ACK_KEYS, &f, w) == -1 ||
	    check_version(&f, w) == -1 ||
	    opt_text(&f, WK_ID, PROTO_ID_MAX, &a->id, w) == -1)
		return -1;
	if (a->id.len == 0)
		a->id = str_make(NULL, 0);
	if (field_get(&f, WK_STATUS, 0) == NULL)
		return walk_fail(w, "status", "missing");
	if (need_str(f.val[WK_STATUS], &s, w, WK_STATUS) == -1)
		return -1;
	if (ack_status_parse(s, &a->status) == -1)
		return bad_word(w, WK_STATUS, "status", s);
	if (opt_text(&f, WK_ERROR, PROTO_FIELD_MAX, &a->error, w) == -1)
		return -1;
	if (a->error.len == 0)
		a->error = str_make(NULL, 0);
	return 0;
}

/* --- worker messages --- */

static int
walk_wmsg(struct proto_decoder *d, const msgpack_object *o, struct wmsg *m,
    int *typed, const struct walk *w)
{
	const msgpack_object *v, *res, *error;
	struct fields f;
	struct str t;
	uint64_t u;

	if (gather(o, WMSG_KEYS, &f, w) == -1 || check_version(&f, w) == -1)
		return -1;
	if ((v = field_get(&f, WK_T, 0)) == NULL)
		return walk_fail(w, "t", "missing");
	if (need_str(v, &t, w, WK_T) == -1)
		return -1;
	if (wmsg_type_parse(t, &m->type) == -1)
		return bad_word(w, WK_T, "worker command", t);
	*typed = 1;

	switch (m->type) {
	case WMSG_READY:
		if (req_uint(&f, WK_CREDIT, UINT32_MAX, &u, w) == -1)
			return -1;
		if (u < 1 || u > PROTO_CREDIT_MAX)
			return walk_fail(w, "credit", "%llu, must be 1..%d",
			    (unsigned long long)u, PROTO_CREDIT_MAX);
		m->credit = (uint32_t)u;
		if ((v = field_get(&f, WK_PID, 1)) != NULL) {
			if (v->type == MSGPACK_OBJECT_NEGATIVE_INTEGER)
				m->pid = v->via.i64;
			else if (need_uint(v, INT64_MAX, &u, w,
			    WK_PID) == -1)
				return -1;
			else
				m->pid = (int64_t)u;
		}
		if (opt_text(&f, WK_NAME, PROTO_FIELD_MAX, &m->name, w) == -1 ||
		    opt_text(&f, WK_EXTRACTOR, PROTO_FIELD_MAX, &m->extractor,
		    w) == -1)
			return -1;
		return 0;
	case WMSG_JOB:
		if (req_uint(&f, WK_JOB, UINT64_MAX, &m->job, w) == -1 ||
		    req_uint(&f, WK_ATTEMPT, UINT32_MAX, &u, w) == -1)
			return -1;
		if (u < 1)
			return walk_fail(w, "attempt", "0, must be at least 1");
		m->attempt = (uint32_t)u;
		if ((v = field_get(&f, WK_ARTICLE, 0)) == NULL)
			return walk_fail(w, "article", "missing");
		if (v->type != MSGPACK_OBJECT_MAP)
			return walk_fail(w, "article", "expected map, got %s",
			    obj_type_name(v));
		{
			struct walk aw = *w;

			aw.pfx = "article";
			return walk_article(v, &m->article, &aw);
		}
	case WMSG_DONE:
		if (req_uint(&f, WK_JOB, UINT64_MAX, &m->job, w) == -1)
			return -1;
		res = field_get(&f, WK_RESULT, 1);
		error = field_get(&f, WK_ERROR, 1);
		if (res != NULL && error != NULL)
			return walk_fail(w, "result", "not allowed with error "
			    "(DONE carries one of them)");
		if (res == NULL && error == NULL)
			return walk_fail(w, "result", "missing (DONE needs "
			    "result or error)");
		if (error != NULL)
			return req_text(&f, WK_ERROR, PROTO_FIELD_MAX,
			    &m->error, w);
		return walk_done_result(d, res, &m->result, w);
	case WMSG_HEARTBEAT:
	case WMSG_BYE:
		return 0;
	}
	return walk_fail(w, "t", "unhandled worker command");
}

/* --- the decoder --- */

struct proto_decoder *
proto_decoder_new(void)
{
	struct proto_decoder *d;

	if ((d = calloc(1, sizeof(*d))) == NULL)
		return NULL;
	if (!msgpack_zone_init(&d->zone, MSGPACK_ZONE_CHUNK_SIZE)) {
		free(d);
		errno = ENOMEM;
		return NULL;
	}
	return d;
}

void
proto_decoder_destroy(struct proto_decoder **dp)
{
	struct proto_decoder *d;

	if (dp == NULL || (d = *dp) == NULL)
		return;
	msgpack_zone_destroy(&d->zone);
	free(d->quotes);
	free(d->dates);
	free(d);
	*dp = NULL;
}

/*
 * Steps one and two of every decode: the pre-scan, then msgpack_unpack()
 * into the zone, which must consume the whole frame.  The caller clears
 * the zone when it is done with *obj.
 */
static int
decode_begin(struct proto_decoder *d, const void *buf, size_t len,
    size_t objects_max, msgpack_object *obj, char *err, size_t errlen)
{
	msgpack_unpack_return rc;
	size_t off = 0;

	if (len > PROTO_FRAME_MAX)
		return proto_reason(err, errlen, "message: %zu bytes, limit %u",
		    len, PROTO_FRAME_MAX);
	if (prescan_frame(buf, len, objects_max, err, errlen) == -1)
		return -1;
	rc = msgpack_unpack(buf, len, &off, &d->zone, obj);
	if (rc == MSGPACK_UNPACK_NOMEM_ERROR) {
		errno = ENOMEM;
		return proto_reason(err, errlen, "message: out of memory");
	}
	if (rc != MSGPACK_UNPACK_SUCCESS || off != len)
		return proto_reason(err, errlen, "message: malformed msgpack");
	if (obj->type != MSGPACK_OBJECT_MAP)
		return proto_reason(err, errlen, "message: expected map, got %s",
		    obj_type_name(obj));
	return 0;
}

int
proto_decode_article(struct proto_decoder *d, const void *buf, size_t len,
    struct article *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0 };
	msgpack_object obj;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if (decode_begin(d, buf, len, PRESCAN_OBJECTS_SMALL, &obj, err,
	    errlen) == 0)
		rc = walk_article(&obj, out, &w);
	msgpack_zone_clear(&d->zone);
	if (rc == -1)
		memset(out, 0, sizeof(*out));
	return rc;
}

int
proto_decode_ack(struct proto_decoder *d, const void *buf, size_t len,
    struct ack *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0 };
	msgpack_object obj;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if (decode_begin(d, buf, len, PRESCAN_OBJECTS_SMALL, &obj, err,
	    errlen) == 0)
		rc = walk_ack(&obj, out, &w);
	msgpack_zone_clear(&d->zone);
	if (rc == -1)
		memset(out, 0, sizeof(*out));
	return rc;
}

int
proto_decode_wmsg(struct proto_decoder *d, const void *buf, size_t len,
    struct wmsg *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0 };
	msgpack_object obj;
	enum wmsg_type type;
	uint64_t job;
	int rc = -1, typed = 0;

	memset(out, 0, sizeof(*out));
	if (decode_begin(d, buf, len, PRESCAN_OBJECTS_LARGE, &obj, err,
	    errlen) == 0)
		rc = walk_wmsg(d, &obj, out, &typed, &w);
	msgpack_zone_clear(&d->zone);
	if (rc == -1) {
		/*
		 * Keep the command and the job id if they were read, so a
		 * worker can answer a JOB whose article it cannot use.
		 */
		type = out->type;
		job = out->job;
		memset(out, 0, sizeof(*out));
		if (typed) {
			out->type = type;
			out->job = job;
		}
	}
	return rc;
}

int
proto_decode_result(struct proto_decoder *d, const void *buf, size_t len,
    struct result *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0 };
	msgpack_object obj;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if (decode_begin(d, buf, len, PRESCAN_OBJECTS_LARGE, &obj, err,
	    errlen) == 0)
		rc = walk_result(d, &obj, out, &w);
	msgpack_zone_clear(&d->zone);
	if (rc == -1)
		memset(out, 0, sizeof(*out));
	return rc;
}

int
proto_peek_id(struct proto_decoder *d, const void *buf, size_t len,
    struct str *id)
{
	msgpack_object obj;
	struct str s = { NULL, 0 };
	char what[PROTO_ERR_MAX];
	uint32_t i;
	int found = 0;

	*id = str_make(NULL, 0);
	if (decode_begin(d, buf, len, PRESCAN_OBJECTS_SMALL, &obj, NULL,
	    0) == -1) {
		msgpack_zone_clear(&d->zone);
		return -1;
	}
	for (i = 0; i < obj.via.map.size; i++) {
		const msgpack_object_kv *kv = &obj.via.map.ptr[i];

		if (kv->key.type != MSGPACK_OBJECT_STR ||
		    kv->key.via.str.size != 2 ||
		    memcmp(kv->key.via.str.ptr, "id", 2) != 0)
			continue;
		/* Two ids: neither can be trusted to be the producer's. */
		if (found++ || kv->val.type != MSGPACK_OBJECT_STR) {
			found = 2;
			break;
		}
		s = str_make(kv->val.via.str.ptr, kv->val.via.str.size);
	}
	msgpack_zone_clear(&d->zone);
	if (found != 1 || s.len == 0 ||
	    proto_text_problem(s, PROTO_ID_MAX, 0, what, sizeof(what)) == -1)
		return -1;
	*id = s;
	return 0;
}
