/*
 * validate.c — the semantic checks shared by every way an article or a
 * result enters quarry (msgpack from a producer or a worker, JSON lines
 * from the CLI): limits, UTF-8, NUL bytes, the "published" date, and the
 * offsets of a worker's result against the body it was computed on.  Also
 * owns the wording of reasons.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "message.h"
#include "utf8.h"
#include "validate.h"

int
proto_reason(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err != NULL && errlen > 0) {
		va_start(ap, fmt);
		(void)vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return -1;
}

const char *
proto_escape(char *buf, struct str s)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, n = s.len < PROTO_ESCAPE_MAX ? s.len : PROTO_ESCAPE_MAX;
	char *o = buf;

	*o++ = '"';
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s.p[i];

		if (c == '"' || c == '\\') {
			*o++ = '\\';
			*o++ = (char)c;
		} else if (c >= 0x20 && c < 0x7f) {
			*o++ = (char)c;
		} else {
			*o++ = '\\';
			*o++ = 'x';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 0xf];
		}
	}
	*o++ = '"';
	if (s.len > n) {
		memcpy(o, "...", 3);
		o += 3;
	}
	*o = '\0';
	return buf;
}

int
proto_text_problem(struct str s, size_t max, int nul_ok, char *what,
    size_t whatlen)
{
	size_t bad;
	const char *nul;

	if (s.len > max)
		return proto_reason(what, whatlen, "%zu bytes, limit %zu",
		    s.len, max);
	if (s.len == 0)
		return 0;
	/* The verdict in one pass; a fault is looked for again below, for
	 * the reason that names it. */
	if (!nul_ok && utf8_valid_text(s.p, s.len))
		return 0;
	if (!utf8_valid(s.p, s.len, &bad))
		return proto_reason(what, whatlen, "invalid UTF-8 at byte %zu",
		    bad);
	if (!nul_ok && (nul = memchr(s.p, '\0', s.len)) != NULL)
		return proto_reason(what, whatlen, "NUL byte at %zu",
		    (size_t)(nul - s.p));
	return 0;
}

/* --- published --- */

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* n decimal digits at s[*pos]; -1 if any is not a digit. */
static int
digits(struct str s, size_t *pos, size_t n)
{
	int v = 0;
	size_t i;

	if (*pos + n > s.len)
		return -1;
	for (i = 0; i < n; i++) {
		char c = s.p[*pos + i];

		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	*pos += n;
	return v;
}

static int
expect(struct str s, size_t *pos, char c)
{
	if (*pos >= s.len || s.p[*pos] != c)
		return -1;
	(*pos)++;
	return 0;
}

enum pub_status {
	PUB_OK,
	PUB_SYNTAX,		/* not RFC 3339 or YYYY-MM-DD */
	PUB_RANGE,		/* well-formed, but no such date or time */
};

/*
 * RFC 3339 section 5.6 full-date, optionally followed by a separator
 * ('T', 't', or the space section 5.6 allows), a partial-time with an
 * optional fraction, and a time-offset.  A date-time without an offset
 * (local time, as many sites publish it) is accepted with has_offset 0.
 */
static enum pub_status
published_parse(struct str s, struct civil_time *out)
{
	struct civil_time t;
	size_t pos = 0;
	char c;

	memset(&t, 0, sizeof(t));
	if ((t.year = digits(s, &pos, 4)) == -1 || expect(s, &pos, '-') ||
	    (t.month = digits(s, &pos, 2)) == -1 || expect(s, &pos, '-') ||
	    (t.day = digits(s, &pos, 2)) == -1)
		return PUB_SYNTAX;
	if (pos < s.len) {
		c = s.p[pos++];
		if (c != 'T' && c != 't' && c != ' ')
			return PUB_SYNTAX;
		if ((t.hour = digits(s, &pos, 2)) == -1 ||
		    expect(s, &pos, ':') ||
		    (t.minute = digits(s, &pos, 2)) == -1 ||
		    expect(s, &pos, ':') ||
		    (t.second = digits(s, &pos, 2)) == -1)
			return PUB_SYNTAX;
		t.has_time = 1;
		if (pos < s.len && s.p[pos] == '.') {
			size_t first = ++pos;

			while (pos < s.len && s.p[pos] >= '0' &&
			    s.p[pos] <= '9')
				pos++;
			if (pos == first)
				return PUB_SYNTAX;
		}
		if (pos < s.len) {
			c = s.p[pos++];
			if (c == 'Z' || c == 'z') {
				t.has_offset = 1;
			} else if (c == '+' || c == '-') {
				int oh, om;

				if ((oh = digits(s, &pos, 2)) == -1 ||
				    expect(s, &pos, ':') ||
				    (om = digits(s, &pos, 2)) == -1)
					return PUB_SYNTAX;
				if (oh > 23 || om > 59)
					return PUB_RANGE;
				t.has_offset = 1;
				t.offset_min = (c == '-' ? -1 : 1) *
				    (oh * 60 + om);
			} else
				return PUB_SYNTAX;
		}
		if (pos != s.len)
			return PUB_SYNTAX;
		/* Second 60 is RFC 3339's leap second. */
		if (t.hour > 23 || t.minute > 59 || t.second > 60)
			return PUB_RANGE;
	}
	/* Year 0 is "absent" in struct civil_time, and not a date anyone
	 * publishes news on. */
	if (t.year < 1 || t.month < 1 || t.month > 12 || t.day < 1 ||
	    t.day > days_in_month(t.year, t.month))
		return PUB_RANGE;
	*out = t;
	return PUB_OK;
}

int
proto_parse_published(struct str s, struct civil_time *out)
{
	return published_parse(s, out) == PUB_OK ? 0 : -1;
}

/* --- articles --- */

int
proto_article_check_at(struct article *a, const char *pfx, char *err,
    size_t errlen)
{
	struct {
		struct str	*s;
		const char	*name;
		size_t		 max;
		int		 required;
	} f[] = {
		{ &a->id, "id", PROTO_ID_MAX, 1 },
		{ &a->body, "body", PROTO_BODY_MAX, 1 },
		{ &a->url, "url", PROTO_FIELD_MAX, 0 },
		{ &a->source, "source", PROTO_SOURCE_MAX, 0 },
		{ &a->title, "title", PROTO_FIELD_MAX, 0 },
		{ &a->lang, "lang", PROTO_FIELD_MAX, 0 },
		{ &a->published, "published", PROTO_FIELD_MAX, 0 },
		{ &a->timeline, "timeline", PROTO_FIELD_MAX, 0 },
	};
	char what[PROTO_ERR_MAX], esc[PROTO_ESCAPE_BUFSZ];
	const char *dot;
	size_t i;

	if (pfx == NULL)
		pfx = "";
	dot = *pfx != '\0' ? "." : "";
	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		struct str *s = f[i].s;

		if (s->p == NULL && s->len != 0)
			return proto_reason(err, errlen, "%s%s%s: no data",
			    pfx, dot, f[i].name);
		if (f[i].required && s->p == NULL)
			return proto_reason(err, errlen, "%s%s%s: missing",
			    pfx, dot, f[i].name);
		if (f[i].required && s->len == 0)
			return proto_reason(err, errlen, "%s%s%s: empty",
			    pfx, dot, f[i].name);
		if (s->len == 0) {
			/* An empty optional field says nothing: absent. */
			*s = str_make(NULL, 0);
			continue;
		}
		if (proto_text_problem(*s, f[i].max, 0, what,
		    sizeof(what)) == -1)
			return proto_reason(err, errlen, "%s%s%s: %s", pfx,
			    dot, f[i].name, what);
	}

	memset(&a->pub, 0, sizeof(a->pub));
	if (a->published.len > 0) {
		switch (published_parse(a->published, &a->pub)) {
		case PUB_OK:
			break;
		case PUB_RANGE:
			return proto_reason(err, errlen, "%s%spublished: no "
			    "such date or time %s", pfx, dot,
			    proto_escape(esc, a->published));
		default:
			return proto_reason(err, errlen, "%s%spublished: not "
			    "RFC 3339 or YYYY-MM-DD: %s", pfx, dot,
			    proto_escape(esc, a->published));
		}
	}
	a->tl = TIMELINE_AUTO;
	if (a->timeline.len > 0) {
		if (str_eq(a->timeline, "news"))
			a->tl = TIMELINE_NEWS;
		else if (str_eq(a->timeline, "narrative"))
			a->tl = TIMELINE_NARRATIVE;
		else
			return proto_reason(err, errlen, "%s%stimeline: not "
			    "\"news\" or \"narrative\": %s", pfx, dot,
			    proto_escape(esc, a->timeline));
	}
	return 0;
}

int
proto_article_check(struct article *a, char *err, size_t errlen)
{
	return proto_article_check_at(a, "", err, errlen);
}

/* --- results --- */

/*
 * A span [start, end) of the body must be inside it, not empty, and cut
 * on character boundaries; this says which rule a span breaks (-1 and
 * the reason), or 0.  what/i name the entry ("quotes", 3), sname and
 * ename its two offsets.
 */
static __attribute__((noinline, cold)) int
span_fault(struct str body, uint32_t start, uint32_t end, const char *what,
    size_t i, const char *sname, const char *ename, char *err,
    size_t errlen)
{
	if (end > body.len)
		return proto_reason(err, errlen, "%s[%zu].%s: %u past the end "
		    "of the body (%zu bytes)", what, i, ename, end, body.len);
	if (start >= end)
		return proto_reason(err, errlen, "%s[%zu].%s: %u is not after "
		    "%s %u", what, i, ename, end, sname, start);
	if (!utf8_is_boundary(body.p, body.len, start))
		return proto_reason(err, errlen, "%s[%zu].%s: %u is inside a "
		    "UTF-8 character", what, i, sname, start);
	if (!utf8_is_boundary(body.p, body.len, end))
		return proto_reason(err, errlen, "%s[%zu].%s: %u is inside a "
		    "UTF-8 character", what, i, ename, end);
	return 0;
}

/* span_fault()'s rules, inline: a DONE has a few dozen spans, nearly
 * all good, and only a bad one needs its reason. */
static inline int
check_span(struct str body, uint32_t start, uint32_t end, const char *what,
    size_t i, const char *sname, const char *ename, char *err,
    size_t errlen)
{
	if (end <= body.len && start < end &&
	    utf8_is_boundary(body.p, body.len, start) &&
	    utf8_is_boundary(body.p, body.len, end))
		return 0;
	return span_fault(body, start, end, what, i, sname, ename, err,
	    errlen);
}

int
proto_result_check(struct result *r, struct str body, char *err,
    size_t errlen)
{
	size_t i;

	if (r->nquotes > PROTO_QUOTES_MAX)
		return proto_reason(err, errlen, "quotes: %zu entries, limit "
		    "%d", r->nquotes, PROTO_QUOTES_MAX);
	if (r->ndates > PROTO_DATES_MAX)
		return proto_reason(err, errlen, "dates: %zu entries, limit %d",
		    r->ndates, PROTO_DATES_MAX);

	for (i = 0; i < r->nquotes; i++) {
		struct quote *q = &r->quotes[i];

		if ((unsigned)q->kind > QUOTE_KIND_LAST)
			return proto_reason(err, errlen, "quotes[%zu].kind: "
			    "unknown quote kind %d", i, (int)q->kind);
		if (check_span(body, q->start, q->end, "quotes", i, "start",
		    "end", err, errlen) == -1)
			return -1;
		if (q->speaker_start != q->speaker_end &&
		    check_span(body, q->speaker_start, q->speaker_end,
		    "quotes", i, "speaker_start", "speaker_end", err,
		    errlen) == -1)
			return -1;
		q->text = str_make(body.p + q->start, q->end - q->start);
	}

	for (i = 0; i < r->ndates; i++) {
		struct timex3 *t = &r->dates[i];

		if ((unsigned)t->type > TIMEX_SET)
			return proto_reason(err, errlen, "dates[%zu].type: "
			    "unknown TIMEX type %d", i, (int)t->type);
		if ((unsigned)t->mod > TIMEX_MOD_APPROX)
			return proto_reason(err, errlen, "dates[%zu].mod: "
			    "unknown modifier %d", i, (int)t->mod);
		if (t->value[0] == '\0')
			return proto_reason(err, errlen, "dates[%zu].value: "
			    "empty", i);
		/* A decoded value's buffer ends in NULs: its last byte
		 * answers without a search. */
		if (t->value[sizeof(t->value) - 1] != '\0' &&
		    memchr(t->value, '\0', sizeof(t->value)) == NULL)
			return proto_reason(err, errlen, "dates[%zu].value: "
			    "not terminated within %d bytes", i,
			    TIMEX_VALUE_MAX);
		if (check_span(body, t->start, t->end, "dates", i, "start",
		    "end", err, errlen) == -1)
			return -1;
		t->text = str_make(body.p + t->start, t->end - t->start);
	}
	return 0;
}
