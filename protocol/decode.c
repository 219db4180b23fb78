/*
 * decode.c — frames from the wire into the structs of message.h.
 *
 * Every frame is untrusted, and nothing is built from it: no object tree,
 * no copies (not even of the body).  Decoding is two steps over the bytes
 * of the frame, both through a bounds-checked cursor:
 *
 *  1. decode_scan_frame() (decode_scan.c) walks the raw bytes once,
 *     without allocation (its recursion is refused at the nesting
 *     limit), and proves the frame
 *     is one map within the protocol's limits (nesting, counts, lengths
 *     that fit the bytes that remain, no reserved byte, no ext types, no
 *     trailing bytes).  On the way it
 *     indexes the maps the message type is made of (the top map, and a
 *     JOB's article or a DONE's result): where the value of each known key
 *     starts, and the first non-string or duplicate key; the element maps
 *     of a result's quotes and dates are indexed too, into records the
 *     decoder keeps (at most DECODE_ARRAY_MAX of each).
 *  2. A typed walk reads the indexed values in place, checks every key,
 *     type, limit and string, and fills the struct with slices of the
 *     frame.  Quotes and dates are walked from their records, element by
 *     element, without reading their maps a second time.
 *
 * A DONE's quotes and dates in exactly the form workers write them are
 * decoded by the scan itself (the fast path, scan_fast_quote/_date), and
 * the walk skips them; it never decides a verdict, so the two ways agree
 * (proto_decoder_fast_items turns it off, for the tests and the fuzzer).
 * The bytes of such items are kept for the encoder (items.h), which
 * copies them into the Result instead of encoding them again.
 *
 * A frame's structural fault is reported before any fault of its content,
 * and the content is checked field by field in a fixed order, whatever the
 * order of the keys on the wire.  Quote and date arrays belong to the
 * decoder and grow as needed.
 *
 * This file owns step two, the typed walk, and the public decoders;
 * decode_scan.c owns the cursor and step one, the scan with its fast
 * path; decode_int.h holds what both share.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode_int.h"
#include "items.h"
#include "message.h"
#include "util.h"
#include "validate.h"
#include "wire_keys.h"

/* --- step two: the typed walk --- */

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

/*
 * The verdict on an indexed map's keys: every key must be a string; keys
 * outside the wanted set are ignored, as unknown keys are; a wanted key
 * may appear once.
 */
static int
check_keys(const struct fields *f, const struct walk *w)
{
	char field[32];

	switch (f->fault) {
	case KF_NONE:
		return 0;
	case KF_NOT_STRING:
		(void)snprintf(field, sizeof(field), "key #%u", f->fkey);
		return walk_fail(w, field, "expected string, got %s",
		    f->ftype);
	case KF_DUPLICATE:
		return walk_fail(w, wire_keys[f->fkey].name, "duplicate key");
	}
	return walk_fail(w, NULL, "unhandled key fault");
}

/* The value of key k into *v: 1, or 0 when it is absent or (optional)
 * nil. */
static int
field_get(const struct fields *f, enum wire_key k, int nil_is_absent,
    struct mpv *v, const struct walk *w)
{
	if ((f->seen & WK_BIT(k)) == 0)
		return 0;
	decode_mp_read(w->buf, w->len, f->at[k], v);
	return !(nil_is_absent && v->type == MP_NIL);
}

static int
need_str(const struct mpv *v, struct str *out, const struct walk *w,
    enum wire_key k)
{
	if (v->type != MP_STR)
		return walk_fail(w, wire_keys[k].name,
		    "expected string, got %s", decode_mp_type_name(v->type));
	/* Inside the frame even when empty: a present string. */
	out->p = v->s;
	out->len = v->n;
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
	char what[PROTO_ERR_MAX];
	struct mpv v;

	*out = str_make(NULL, 0);
	if (!field_get(f, k, 1, &v, w))
		return 0;
	if (need_str(&v, out, w, k) == -1)
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
	char what[PROTO_ERR_MAX];
	struct mpv v;

	if (!field_get(f, k, 0, &v, w))
		return walk_fail(w, wire_keys[k].name, "missing");
	if (need_str(&v, out, w, k) == -1)
		return -1;
	if (out->len == 0)
		return walk_fail(w, wire_keys[k].name, "empty");
	if (proto_text_problem(*out, max, 0, what, sizeof(what)) == -1)
		return walk_fail(w, wire_keys[k].name, "%s", what);
	return 0;
}

/* An unsigned integer value at most max. */
static int
need_uint(const struct mpv *v, uint64_t max, uint64_t *out,
    const struct walk *w, enum wire_key k)
{
	if (v->type == MP_NEG)
		return walk_fail(w, wire_keys[k].name, "%lld is negative",
		    (long long)v->i);
	if (v->type != MP_UINT)
		return walk_fail(w, wire_keys[k].name,
		    "expected integer, got %s", decode_mp_type_name(v->type));
	if (v->u > max)
		return walk_fail(w, wire_keys[k].name, "%llu, limit %llu",
		    (unsigned long long)v->u, (unsigned long long)max);
	*out = v->u;
	return 0;
}

static int
req_uint(const struct fields *f, enum wire_key k, uint64_t max,
    uint64_t *out, const struct walk *w)
{
	struct mpv v;

	if (!field_get(f, k, 0, &v, w))
		return walk_fail(w, wire_keys[k].name, "missing");
	return need_uint(&v, max, out, w, k);
}

/* 1 if present, 0 if absent or nil, -1 on error. */
static int
opt_uint(const struct fields *f, enum wire_key k, uint64_t max,
    uint64_t *out, const struct walk *w)
{
	struct mpv v;

	*out = 0;
	if (!field_get(f, k, 1, &v, w))
		return 0;
	return need_uint(&v, max, out, w, k) == -1 ? -1 : 1;
}

/* A required string that names a word: only its type is checked here. */
static int
req_word(const struct fields *f, enum wire_key k, struct str *out,
    const struct walk *w)
{
	struct mpv v;

	if (!field_get(f, k, 0, &v, w))
		return walk_fail(w, wire_keys[k].name, "missing");
	return need_str(&v, out, w, k);
}

/* "v": absent means 1; anything but PROTO_VERSION is refused. */
static int
check_version(const struct fields *f, const struct walk *w)
{
	struct mpv v;

	if (!field_get(f, WK_V, 0, &v, w))
		return 0;
	if (v.type == MP_UINT) {
		if (v.u == PROTO_VERSION)
			return 0;
		return walk_fail(w, "v", "unsupported protocol version %llu",
		    (unsigned long long)v.u);
	}
	if (v.type == MP_NEG)
		return walk_fail(w, "v", "unsupported protocol version %lld",
		    (long long)v.i);
	return walk_fail(w, "v", "expected integer, got %s",
	    decode_mp_type_name(v.type));
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
walk_article(const struct fields *f, struct article *a,
    const struct walk *w)
{
	static const enum wire_key optk[] = {
		WK_URL, WK_SOURCE, WK_TITLE, WK_LANG, WK_PUBLISHED,
		WK_TIMELINE,
	};
	struct str *opts[] = {
		&a->url, &a->source, &a->title, &a->lang, &a->published,
		&a->timeline,
	};
	struct mpv v;
	size_t i;

	memset(a, 0, sizeof(*a));
	if (check_keys(f, w) == -1 || check_version(f, w) == -1)
		return -1;
	/* Presence, emptiness and limits are proto_article_check's. */
	if (field_get(f, WK_ID, 0, &v, w) && need_str(&v, &a->id, w,
	    WK_ID) == -1)
		return -1;
	if (field_get(f, WK_BODY, 0, &v, w) && need_str(&v, &a->body, w,
	    WK_BODY) == -1)
		return -1;
	for (i = 0; i < sizeof(optk) / sizeof(optk[0]); i++)
		if (field_get(f, optk[i], 1, &v, w) && need_str(&v, opts[i], w,
		    optk[i]) == -1)
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
	char what[PROTO_ERR_MAX];
	struct mpv v;

	if (!field_get(f, WK_TEXT, 0, &v, w))
		return walk_fail(w, "text", "missing");
	if (need_str(&v, text, w, WK_TEXT) == -1)
		return -1;
	if (text->len != (size_t)(end - start))
		return walk_fail(w, "text", "%zu bytes, span is %u", text->len,
		    end - start);
	if (proto_text_problem(*text, PROTO_BODY_MAX, 0, what,
	    sizeof(what)) == -1)
		return walk_fail(w, "text", "%s", what);
	return 0;
}

/*
 * A recorded element must be a map; its keys (keys outside want were
 * ignored) into *f, and their verdict, as check_keys().
 */
static int
element_map(const struct elem *e, struct fields *f, const struct walk *w)
{
	if (!decode_is_map_byte(e->first))
		return walk_fail(w, NULL, "expected map, got %s",
		    decode_byte_type_name(e->first));
	f->seen = (uint64_t)e->seen << ELEM_KEY_FIRST;
	memcpy(&f->at[ELEM_KEY_FIRST], e->at, sizeof(e->at));
	f->fault = (enum key_fault)e->fault;
	f->fkey = e->fkey;
	f->ftype = e->ftype;
	return check_keys(f, w);
}

static int
walk_quote(const struct elem *e, struct quote *q, int with_text,
    const struct walk *w)
{
	struct fields f;
	struct str kind;
	uint64_t ss, se;
	int has_ss, has_se;

	memset(q, 0, sizeof(*q));
	if (element_map(e, &f, w) == -1 ||
	    walk_span(&f, &q->start, &q->end, w) == -1)
		return -1;
	if (req_word(&f, WK_KIND, &kind, w) == -1)
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
walk_date(const struct elem *e, struct timex3 *t, int with_text,
    const struct walk *w)
{
	struct fields f;
	struct str s;
	struct mpv v;
	size_t i;

	memset(t, 0, sizeof(*t));
	if (element_map(e, &f, w) == -1 ||
	    walk_span(&f, &t->start, &t->end, w) == -1)
		return -1;

	if (req_word(&f, WK_TYPE, &s, w) == -1)
		return -1;
	if (timex_type_parse(s, &t->type) == -1)
		return bad_word(w, WK_TYPE, "TIMEX type", s);

	if (req_word(&f, WK_VALUE, &s, w) == -1)
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
	if (field_get(&f, WK_MOD, 1, &v, w)) {
		if (need_str(&v, &s, w, WK_MOD) == -1)
			return -1;
		if (timex_mod_parse(s, &t->mod) == -1)
			return bad_word(w, WK_MOD, "modifier", s);
	}
	if (with_text && walk_text(&f, t->start, t->end, &t->text, w) == -1)
		return -1;
	return 0;
}

/*
 * The array under key k (quotes or dates), at most max entries: its count
 * into *n; the scan has recorded its elements into el.
 */
static int
items_array(const struct fields *f, enum wire_key k, size_t max,
    const struct elems *el, size_t *n, const struct walk *w)
{
	struct mpv v;

	if (!field_get(f, k, 0, &v, w))
		return walk_fail(w, wire_keys[k].name, "missing");
	if (v.type != MP_ARRAY)
		return walk_fail(w, wire_keys[k].name,
		    "expected array, got %s", decode_mp_type_name(v.type));
	if (v.n > max)
		return walk_fail(w, wire_keys[k].name, "%zu entries, limit %zu",
		    v.n, max);
	if (el->state == ELEMS_NOMEM)
		return walk_fail(w, NULL, "out of memory");
	if (el->state != ELEMS_DONE || el->n != v.n)
		return walk_fail(w, wire_keys[k].name, "not indexed");
	*n = v.n;
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
	struct walk iw = *w;
	size_t i, n;

	if (items_array(f, WK_QUOTES, PROTO_QUOTES_MAX, &d->qel, &n,
	    w) == -1)
		return -1;
	if (array_reserve((void **)&d->quotes, &d->quotes_cap, n,
	    sizeof(*d->quotes)) == -1)
		return walk_fail(w, NULL, "out of memory");
	iw.arr = "quotes";
	for (i = 0; i < n; i++) {
		iw.idx = i;
		if (!d->qel.v[i].ready && walk_quote(&d->qel.v[i],
		    &d->quotes[i], with_text, &iw) == -1)
			return -1;
	}
	r->quotes = d->quotes;
	r->nquotes = n;

	if (items_array(f, WK_DATES, PROTO_DATES_MAX, &d->del, &n, w) == -1)
		return -1;
	if (array_reserve((void **)&d->dates, &d->dates_cap, n,
	    sizeof(*d->dates)) == -1)
		return walk_fail(w, NULL, "out of memory");
	iw.arr = "dates";
	for (i = 0; i < n; i++) {
		iw.idx = i;
		if (!d->del.v[i].ready && walk_date(&d->del.v[i],
		    &d->dates[i], with_text, &iw) == -1)
			return -1;
	}
	r->dates = d->dates;
	r->ndates = n;
	return 0;
}

/* --- results --- */

/* The result map inside DONE: no texts, no ids; the broker adds them. */
static int
walk_done_result(struct proto_decoder *d, const struct mpv *v,
    const struct fields *f, struct result *r, const struct walk *top)
{
	struct walk w = *top;

	if (v->type != MP_MAP)
		return walk_fail(top, "result", "expected map, got %s",
		    decode_mp_type_name(v->type));
	w.pfx = "result";
	if (check_keys(f, &w) == -1 ||
	    walk_items(d, f, r, 0, &w) == -1 ||
	    opt_uint(f, WK_ELAPSED_US, UINT64_MAX, &r->elapsed_us, &w) == -1 ||
	    opt_text(f, WK_EXTRACTOR, PROTO_FIELD_MAX, &r->extractor,
	    &w) == -1)
		return -1;
	return 0;
}

static int
walk_result(struct proto_decoder *d, const struct fields *f,
    struct result *r, const struct walk *w)
{
	struct mpv v;
	uint64_t u;

	if (check_keys(f, w) == -1 ||
	    check_version(f, w) == -1 ||
	    req_text(f, WK_ID, PROTO_ID_MAX, &r->id, w) == -1 ||
	    req_uint(f, WK_SEQ, UINT64_MAX, &r->seq, w) == -1 ||
	    opt_text(f, WK_URL, PROTO_FIELD_MAX, &r->url, w) == -1 ||
	    opt_text(f, WK_SOURCE, PROTO_SOURCE_MAX, &r->source, w) == -1 ||
	    opt_text(f, WK_PUBLISHED, PROTO_FIELD_MAX, &r->published,
	    w) == -1)
		return -1;

	if (field_get(f, WK_ERROR, 1, &v, w)) {
		/* A dead letter: why, and after how many attempts. */
		if (req_text(f, WK_ERROR, PROTO_FIELD_MAX, &r->error,
		    w) == -1 ||
		    req_uint(f, WK_ATTEMPTS, UINT32_MAX, &u, w) == -1)
			return -1;
		r->attempts = (uint32_t)u;
		if (f->seen & B(QUOTES))
			return walk_fail(w, "quotes", "not allowed in a dead "
			    "letter");
		if (f->seen & B(DATES))
			return walk_fail(w, "dates", "not allowed in a dead "
			    "letter");
		return 0;
	}
	if (walk_items(d, f, r, 1, w) == -1 ||
	    opt_text(f, WK_WORKER, PROTO_FIELD_MAX, &r->worker, w) == -1 ||
	    opt_uint(f, WK_ELAPSED_US, UINT64_MAX, &r->elapsed_us, w) == -1 ||
	    opt_text(f, WK_EXTRACTOR, PROTO_FIELD_MAX, &r->extractor, w) == -1)
		return -1;
	return 0;
}

/* --- acks --- */

static int
walk_ack(const struct fields *f, struct ack *a, const struct walk *w)
{
	struct str s;

	if (check_keys(f, w) == -1 ||
	    check_version(f, w) == -1 ||
	    opt_text(f, WK_ID, PROTO_ID_MAX, &a->id, w) == -1)
		return -1;
	if (a->id.len == 0)
		a->id = str_make(NULL, 0);
	if (req_word(f, WK_STATUS, &s, w) == -1)
		return -1;
	if (ack_status_parse(s, &a->status) == -1)
		return bad_word(w, WK_STATUS, "status", s);
	if (opt_text(f, WK_ERROR, PROTO_FIELD_MAX, &a->error, w) == -1)
		return -1;
	if (a->error.len == 0)
		a->error = str_make(NULL, 0);
	return 0;
}

/* --- worker messages --- */

/* The maps of a worker message: its own, a JOB's article, a DONE's
 * result. */
struct wmsg_maps {
	struct fields	 top, article, result;
};

/*
 * A batch's msgs: 1..PROTO_BATCH_MAX binary strings, each a whole message,
 * kept in d->msgs (decoded one by one by proto_decode_wmsg_item).  The
 * scan has proved the array and its elements lie inside the frame.
 */
static int
walk_batch(struct proto_decoder *d, const struct fields *f, struct wmsg *m,
    const struct walk *w)
{
	struct walk ew = *w;
	struct mpv v, e;
	size_t i, pos;

	if (!field_get(f, WK_MSGS, 0, &v, w))
		return walk_fail(w, "msgs", "missing");
	if (v.type != MP_ARRAY)
		return walk_fail(w, "msgs", "expected array, got %s",
		    decode_mp_type_name(v.type));
	if (v.n < 1 || v.n > PROTO_BATCH_MAX)
		return walk_fail(w, "msgs", "%zu messages, must be 1..%d", v.n,
		    PROTO_BATCH_MAX);
	ew.arr = "msgs";
	pos = v.next;
	for (i = 0; i < v.n; i++) {
		ew.idx = i;
		decode_mp_read(w->buf, w->len, pos, &e);
		if (e.type != MP_BIN)
			return walk_fail(&ew, NULL, "expected binary (a whole "
			    "message), got %s", decode_mp_type_name(e.type));
		if (e.n == 0)
			return walk_fail(&ew, NULL, "empty");
		d->msgs[i] = str_make(e.s, e.n);
		pos = e.next;
	}
	m->msgs = d->msgs;
	m->nmsgs = v.n;
	return 0;
}

static int
walk_wmsg(struct proto_decoder *d, const struct wmsg_maps *maps,
    struct wmsg *m, int *typed, int inner, const struct walk *w)
{
	const struct fields *f = &maps->top;
	struct mpv v, res, error;
	int has_res, has_error;
	struct str t;
	uint64_t u;

	if (check_keys(f, w) == -1 || check_version(f, w) == -1)
		return -1;
	if (req_word(f, WK_T, &t, w) == -1)
		return -1;
	if (wmsg_type_parse(t, &m->type) == -1)
		return bad_word(w, WK_T, "worker command", t);
	/* A batch inside a batch would overwrite d->msgs as it is read. */
	if (inner && (m->type == WMSG_JOBS || m->type == WMSG_DONES))
		return walk_fail(w, "t", "\"%s\" inside a batch",
		    wmsg_type_name(m->type));
	*typed = 1;

	switch (m->type) {
	case WMSG_READY:
		if (req_uint(f, WK_CREDIT, UINT32_MAX, &u, w) == -1)
			return -1;
		if (u < 1 || u > PROTO_CREDIT_MAX)
			return walk_fail(w, "credit", "%llu, must be 1..%d",
			    (unsigned long long)u, PROTO_CREDIT_MAX);
		m->credit = (uint32_t)u;
		if (field_get(f, WK_PID, 1, &v, w)) {
			if (v.type == MP_NEG)
				m->pid = v.i;
			else if (need_uint(&v, INT64_MAX, &u, w,
			    WK_PID) == -1)
				return -1;
			else
				m->pid = (int64_t)u;
		}
		if (opt_text(f, WK_NAME, PROTO_FIELD_MAX, &m->name, w) == -1 ||
		    opt_text(f, WK_EXTRACTOR, PROTO_FIELD_MAX, &m->extractor,
		    w) == -1)
			return -1;
		/* Optional (absent: single JOBs only, as before it). */
		switch (opt_uint(f, WK_BATCH, UINT32_MAX, &u, w)) {
		case -1:
			return -1;
		case 1:
			if (u < 1 || u > PROTO_BATCH_MAX)
				return walk_fail(w, "batch", "%llu, must be "
				    "1..%d", (unsigned long long)u,
				    PROTO_BATCH_MAX);
			m->batch = (uint32_t)u;
		}
		return 0;
	case WMSG_JOB:
		if (req_uint(f, WK_JOB, UINT64_MAX, &m->job, w) == -1 ||
		    req_uint(f, WK_ATTEMPT, UINT32_MAX, &u, w) == -1)
			return -1;
		if (u < 1)
			return walk_fail(w, "attempt", "0, must be at least 1");
		m->attempt = (uint32_t)u;
		if (!field_get(f, WK_ARTICLE, 0, &v, w))
			return walk_fail(w, "article", "missing");
		if (v.type != MP_MAP)
			return walk_fail(w, "article", "expected map, got %s",
			    decode_mp_type_name(v.type));
		{
			struct walk aw = *w;

			aw.pfx = "article";
			return walk_article(&maps->article, &m->article, &aw);
		}
	case WMSG_DONE:
		if (req_uint(f, WK_JOB, UINT64_MAX, &m->job, w) == -1)
			return -1;
		has_res = field_get(f, WK_RESULT, 1, &res, w);
		has_error = field_get(f, WK_ERROR, 1, &error, w);
		if (has_res && has_error)
			return walk_fail(w, "result", "not allowed with error "
			    "(DONE carries one of them)");
		if (!has_res && !has_error)
			return walk_fail(w, "result", "missing (DONE needs "
			    "result or error)");
		if (has_error)
			return req_text(f, WK_ERROR, PROTO_FIELD_MAX,
			    &m->error, w);
		return walk_done_result(d, &res, &maps->result, &m->result,
		    w);
	case WMSG_JOBS:
	case WMSG_DONES:
		return walk_batch(d, f, m, w);
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
	return calloc(1, sizeof(struct proto_decoder));
}

const unsigned char *
proto_decoder_item_wire(const struct proto_decoder *d, const struct result *r,
    int date, size_t i, size_t *len)
{
	const struct elems *el = proto_decoder_items(d, r, date);

	return el == NULL ? NULL : proto_decoder_items_wire(d, el, i, len);
}

void
proto_decoder_fast_items(struct proto_decoder *d, int on)
{
	d->general_only = !on;
}

void
proto_decoder_destroy(struct proto_decoder **dp)
{
	struct proto_decoder *d;

	if (dp == NULL || (d = *dp) == NULL)
		return;
	free(d->quotes);
	free(d->dates);
	free(d->qel.v);
	free(d->del.v);
	free(d);
	*dp = NULL;
}

/* Step one of every decode, with the frame size checked first. */
static int
decode_begin(const void *buf, size_t len, size_t objects_max,
    const struct plan *plan, char *err, size_t errlen)
{
	if (len > PROTO_FRAME_MAX)
		return proto_reason(err, errlen, "message: %zu bytes, limit %u",
		    len, PROTO_FRAME_MAX);
	return decode_scan_frame(buf, len, objects_max, plan, err, errlen);
}

int
proto_decode_article(struct proto_decoder *d, const void *buf, size_t len,
    struct article *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0, buf, len };
	struct fields f;
	struct plan plan = { &f, ARTICLE_KEYS, { { 0, NULL, 0 } }, 0, NULL,
		NULL, 0, 0, 0 };
	int rc = -1;

	d->done_frame = NULL;
	memset(out, 0, sizeof(*out));
	if (decode_begin(buf, len, DECODE_OBJECTS_SMALL, &plan, err,
	    errlen) == 0)
		rc = walk_article(&f, out, &w);
	if (rc == -1)
		memset(out, 0, sizeof(*out));
	return rc;
}

int
proto_decode_ack(struct proto_decoder *d, const void *buf, size_t len,
    struct ack *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0, buf, len };
	struct fields f;
	struct plan plan = { &f, ACK_KEYS, { { 0, NULL, 0 } }, 0, NULL, NULL,
		0, 0, 0 };
	int rc = -1;

	d->done_frame = NULL;
	memset(out, 0, sizeof(*out));
	if (decode_begin(buf, len, DECODE_OBJECTS_SMALL, &plan, err,
	    errlen) == 0)
		rc = walk_ack(&f, out, &w);
	if (rc == -1)
		memset(out, 0, sizeof(*out));
	return rc;
}

static int
decode_wmsg(struct proto_decoder *d, const void *buf, size_t len,
    struct wmsg *out, int inner, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0, buf, len };
	struct wmsg_maps maps;
	struct plan plan = { &maps.top, WMSG_KEYS, {
		{ WK_ARTICLE, &maps.article, ARTICLE_KEYS },
		{ WK_RESULT, &maps.result, DONE_KEYS },
	}, 2, &maps.result, d, QUOTE_KEYS, DATE_KEYS, !d->general_only };
	enum wmsg_type type;
	uint64_t job;
	int rc = -1, typed = 0;

	memset(out, 0, sizeof(*out));
	d->qel.state = d->del.state = ELEMS_NONE;
	d->done_frame = NULL;
	if (decode_begin(buf, len, DECODE_OBJECTS_LARGE, &plan, err,
	    errlen) == 0)
		rc = walk_wmsg(d, &maps, out, &typed, inner, &w);
	if (rc == 0 && out->type == WMSG_DONE)
		d->done_frame = buf;
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
proto_decode_wmsg(struct proto_decoder *d, const void *buf, size_t len,
    struct wmsg *out, char *err, size_t errlen)
{
	return decode_wmsg(d, buf, len, out, 0, err, errlen);
}

int
proto_decode_wmsg_item(struct proto_decoder *d, const struct wmsg *batch,
    size_t i, struct wmsg *out, char *err, size_t errlen)
{
	enum wmsg_type want = batch->type == WMSG_JOBS ? WMSG_JOB : WMSG_DONE;
	char inner[PROTO_ERR_MAX];

	memset(out, 0, sizeof(*out));
	if ((batch->type != WMSG_JOBS && batch->type != WMSG_DONES) ||
	    i >= batch->nmsgs || batch->msgs != d->msgs)
		return proto_reason(err, errlen, "msgs[%zu]: no such message "
		    "of a batch", i);
	if (decode_wmsg(d, batch->msgs[i].p, batch->msgs[i].len, out, 1,
	    inner, sizeof(inner)) == -1)
		return proto_reason(err, errlen, "msgs[%zu]%s%s", i,
		    strncmp(inner, "message:", 8) == 0 ? "" : ".",
		    strncmp(inner, "message:", 8) == 0 ? inner + 7 : inner);
	if (out->type != want) {
		(void)proto_reason(err, errlen, "msgs[%zu].t: \"%s\" in a "
		    "\"%s\" batch", i, wmsg_type_name(out->type),
		    wmsg_type_name(batch->type));
		memset(out, 0, sizeof(*out));
		return -1;
	}
	return 0;
}

int
proto_decode_result(struct proto_decoder *d, const void *buf, size_t len,
    struct result *out, char *err, size_t errlen)
{
	struct walk w = { err, errlen, "", NULL, 0, buf, len };
	struct fields f;
	struct plan plan = { &f, RESULT_KEYS, { { 0, NULL, 0 } }, 0, &f, d,
		QUOTE_KEYS | B(TEXT), DATE_KEYS | B(TEXT), 0 };
	int rc = -1;

	memset(out, 0, sizeof(*out));
	d->qel.state = d->del.state = ELEMS_NONE;
	d->done_frame = NULL;
	if (decode_begin(buf, len, DECODE_OBJECTS_LARGE, &plan, err,
	    errlen) == 0)
		rc = walk_result(d, &f, out, &w);
	if (rc == -1)
		memset(out, 0, sizeof(*out));
	return rc;
}

int
proto_peek_id(struct proto_decoder *d, const void *buf, size_t len,
    struct str *id)
{
	struct walk w = { NULL, 0, "", NULL, 0, buf, len };
	struct str s = { NULL, 0 };
	char what[PROTO_ERR_MAX];
	struct mpv top, key, val;
	size_t i, pos;
	int found = 0;

	(void)d;
	*id = str_make(NULL, 0);
	if (decode_begin(buf, len, DECODE_OBJECTS_SMALL, NULL, NULL, 0) == -1)
		return -1;
	decode_mp_read(w.buf, w.len, 0, &top);
	if (top.type != MP_MAP)
		return -1;
	pos = top.next;
	for (i = 0; i < top.n; i++) {
		decode_mp_read(w.buf, w.len, pos, &key);
		if (key.type == MP_STR && key.n == 2 &&
		    memcmp(key.s, "id", 2) == 0) {
			decode_mp_read(w.buf, w.len, key.next, &val);
			/* Two ids: neither can be trusted to be the
			 * producer's. */
			if (found++ || val.type != MP_STR) {
				found = 2;
				break;
			}
			s = str_make(val.s, val.n);
		}
		if (decode_mp_skip(&w, &pos) == -1 ||
		    decode_mp_skip(&w, &pos) == -1)
			return -1;
	}
	if (found != 1 || s.len == 0 ||
	    proto_text_problem(s, PROTO_ID_MAX, 0, what, sizeof(what)) == -1)
		return -1;
	*id = s;
	return 0;
}
