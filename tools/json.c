/*
 * json.c — articles from JSON lines, Results to JSON lines.
 *
 * Reading: lines of the usual shape (a flat object of strings, with
 * nulls and booleans, all valid UTF-8) take a fast path of our own that
 * borrows the line's strings where they have no escapes and decodes the
 * rest into one reused buffer; anything else goes to jansson, whose
 * verdict and messages stand.  jansson took over half of `quarry
 * extract`'s instructions on the development sets.  Writing is done by
 * hand into a reused buffer: the scorer pipes whole corpora through
 * `quarry extract`, and building a json_t tree per result only to
 * serialize it would double the work.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "json.h"
#include "log.h"
#include "message.h"
#include "utf8.h"
#include "util.h"

/* --- reading an article --- */

/* The Article fields, in the order of the slots in json_to_article(). */
static const struct {
	const char	*name;
	int		 required;
} article_fields[] = {
	{ "id", 1 },
	{ "body", 1 },
	{ "url", 0 },
	{ "source", 0 },
	{ "title", 0 },
	{ "lang", 0 },
	{ "published", 0 },
	{ "timeline", 0 },
};

#define NFIELDS	(sizeof(article_fields) / sizeof(article_fields[0]))

int
json_to_article(json_t **docp, const char *line, size_t len,
    struct article *a, char *err, size_t errlen)
{
	struct str *slot[NFIELDS] = {
		&a->id, &a->body, &a->url, &a->source, &a->title, &a->lang,
		&a->published, &a->timeline,
	};
	json_error_t je;
	json_t *doc, *v;
	size_t i;

	json_decref(*docp);
	*docp = NULL;
	memset(a, 0, sizeof(*a));
	/*
	 * JSON_ALLOW_NUL: a "\u0000" must reach proto_article_check (which
	 * refuses it in an id) with its true length, not cut the string
	 * short; the lengths below come from json_string_length for that.
	 * Duplicate keys are refused: which "id" would be meant?
	 */
	doc = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL,
	    &je);
	if (doc == NULL) {
		snprintf(err, errlen, "invalid JSON at column %d: %s",
		    je.column, je.text);
		return -1;
	}
	*docp = doc;
	if (!json_is_object(doc)) {
		snprintf(err, errlen, "expected a JSON object");
		return -1;
	}
	for (i = 0; i < NFIELDS; i++) {
		const char *name = article_fields[i].name;

		v = json_object_get(doc, name);
		if (v == NULL && article_fields[i].required) {
			snprintf(err, errlen, "%s: missing", name);
			return -1;
		}
		if (v == NULL || (json_is_null(v) &&
		    !article_fields[i].required))
			continue;
		if (!json_is_string(v)) {
			snprintf(err, errlen, "%s: expected string%s", name,
			    article_fields[i].required ? "" : " or null");
			return -1;
		}
		*slot[i] = str_make(json_string_value(v),
		    json_string_length(v));
	}
	return 0;
}

/* --- the fast path for article lines --- */

/*
 * Keys one line may have on the fast path: the Article's fields and some
 * more (scrapers add their own); past it, jansson (which finds the
 * duplicates among any number).
 */
#define FAST_KEYS_MAX	32

struct fast {
	const char	*s;
	size_t		 len, pos;
	char		*out;		/* decoded strings: room for len bytes */
	size_t		 outlen;
};

static void
fast_ws(struct fast *f)
{
	while (f->pos < f->len && (f->s[f->pos] == ' ' ||
	    f->s[f->pos] == '\t' || f->s[f->pos] == '\n' ||
	    f->s[f->pos] == '\r'))
		f->pos++;
}

/*
 * Does any of the 8 bytes at p end or escape a string, or is one a
 * control character ('"', '\\', below 0x20)?  Zero-byte tests on the
 * word (and the carries may flag a byte after a true one, never miss
 * one): the scanners below skip 8 plain bytes a step, as bodies are
 * mostly runs of them.
 */
static inline uint64_t
fast_special8(const char *p)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
	uint64_t v, q, b;

	memcpy(&v, p, sizeof(v));
	q = v ^ (ones * '"');
	b = v ^ (ones * '\\');
	return (((q - ones) & ~q) | ((b - ones) & ~b) |
	    ((v - ones * 0x20) & ~v)) & high;
}

/* The high bits of the 8 bytes at p: any byte past ASCII. */
static inline uint64_t
fast_high8(const char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v & 0x8080808080808080ULL;
}

/*
 * How many bytes from s[i] on, up to len, are plain: neither '"', '\',
 * below 0x20 nor (high set) past ASCII.  Sixteen bytes a step where SSE2
 * is there, then fast_special8()'s eight, then byte by byte; the first
 * special byte of a step is found by its bit, not by stepping again, so
 * a body's quotes, escapes and accents each cost one step.  After
 * fast_special8() the lowest flagged byte is a true one (its carries
 * only flag bytes after it).
 */
static inline size_t
fast_plain(const char *s, size_t i, size_t len, int high)
{
	const uint64_t highs = high ? 0x8080808080808080ULL : 0;
	uint64_t m8;
#ifdef __SSE2__
	const __m128i quote = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'),
	    ctl = _mm_set1_epi8(0x1f);
	unsigned m;

	while (len - i >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)
		    (const void *)(s + i));
		__m128i sp = _mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bs)),
		    _mm_cmpeq_epi8(_mm_min_epu8(v, ctl), v));

		m = (unsigned)_mm_movemask_epi8(sp);
		if (high)
			m |= (unsigned)_mm_movemask_epi8(v);
		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
		i += 16;
	}
#endif
	while (len - i >= 8) {
		m8 = fast_special8(s + i) | (fast_high8(s + i) & highs);
		if (m8 != 0)
			return i + (size_t)(__builtin_ctzll(m8) >> 3);
		i += 8;
	}
	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\' || c < 0x20 || (high && c >= 0x80))
			break;
		i++;
	}
	return i;
}

static int
fast_hex4(const char *p, uint32_t *v)
{
	int i;

	*v = 0;
	for (i = 0; i < 4; i++) {
		unsigned char c = (unsigned char)p[i];

		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= c - '0';
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			*v |= (c | 0x20) - 'a' + 10;
		else
			return -1;
	}
	return 0;
}

/*
 * A string at f->pos (its '"'), into *out: borrowed from the line if it
 * has no escape, else decoded into f->out.  -1 for anything jansson
 * should judge: a raw control character, an unknown escape, a lone
 * surrogate, no closing quote.  The line is valid UTF-8 (checked first).
 */
static int
fast_string(struct fast *f, struct str *out)
{
	const char *s = f->s;
	size_t start = ++f->pos, i;
	char *o;
	uint32_t cp, lo;

	for (i = start; i < f->len; i++) {
		unsigned char c;

		if ((i = fast_plain(s, i, f->len, 0)) >= f->len)
			break;
		if ((c = (unsigned char)s[i]) == '"') {
			*out = str_make(s + start, i - start);
			f->pos = i + 1;
			return 0;
		}
		if (c == '\\')
			break;
		if (c < 0x20)
			return -1;
	}
	if (i >= f->len)
		return -1;
	/* Escapes: decode, from the start of the string. */
	o = f->out + f->outlen;
	memcpy(o, s + start, i - start);
	o += i - start;
	while (i < f->len) {
		unsigned char c;
		size_t plain = fast_plain(s, i, f->len, 0);

		memcpy(o, s + i, plain - i);
		o += plain - i;
		if ((i = plain) >= f->len)
			break;
		if ((c = (unsigned char)s[i]) == '"') {
			*out = str_make(f->out + f->outlen,
			    (size_t)(o - (f->out + f->outlen)));
			f->outlen = (size_t)(o - f->out);
			f->pos = i + 1;
			return 0;
		}
		if (c < 0x20)
			return -1;
		if (c != '\\') {
			*o++ = (char)c;
			i++;
			continue;
		}
		if (++i >= f->len)
			return -1;
		switch (s[i++]) {
		case '"':
			*o++ = '"';
			continue;
		case '\\':
			*o++ = '\\';
			continue;
		case '/':
			*o++ = '/';
			continue;
		case 'b':
			*o++ = '\b';
			continue;
		case 'f':
			*o++ = '\f';
			continue;
		case 'n':
			*o++ = '\n';
			continue;
		case 'r':
			*o++ = '\r';
			continue;
		case 't':
			*o++ = '\t';
			continue;
		case 'u':
			break;
		default:
			return -1;
		}
		if (f->len - i < 4 || fast_hex4(s + i, &cp) == -1)
			return -1;
		i += 4;
		if (cp >= 0xdc00 && cp <= 0xdfff)
			return -1;
		if (cp >= 0xd800 && cp <= 0xdbff) {
			if (f->len - i < 6 || s[i] != '\\' || s[i + 1] != 'u' ||
			    fast_hex4(s + i + 2, &lo) == -1 ||
			    lo < 0xdc00 || lo > 0xdfff)
				return -1;
			i += 6;
			cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
		}
		/* No longer than the escape it came from (6 or 12 bytes). */
		if (cp < 0x80)
			*o++ = (char)cp;
		else if (cp < 0x800) {
			*o++ = (char)(0xc0 | (cp >> 6));
			*o++ = (char)(0x80 | (cp & 0x3f));
		} else if (cp < 0x10000) {
			*o++ = (char)(0xe0 | (cp >> 12));
			*o++ = (char)(0x80 | ((cp >> 6) & 0x3f));
			*o++ = (char)(0x80 | (cp & 0x3f));
		} else {
			*o++ = (char)(0xf0 | (cp >> 18));
			*o++ = (char)(0x80 | ((cp >> 12) & 0x3f));
			*o++ = (char)(0x80 | ((cp >> 6) & 0x3f));
			*o++ = (char)(0x80 | (cp & 0x3f));
		}
	}
	return -1;
}

static int
fast_literal(struct fast *f, const char *lit, size_t n)
{
	if (f->len - f->pos < n || memcmp(f->s + f->pos, lit, n) != 0)
		return -1;
	f->pos += n;
	return 0;
}

/*
 * Nesting the fast path follows (gold annotations: an array of objects);
 * deeper goes to jansson, which allows 2048.
 */
#define FAST_DEPTH_MAX	16
/*
 * Integer digits taken on the fast path: 18 always fit an int64, which
 * jansson requires ("too big integer"); a number with an exponent (which
 * may overflow a double) goes to jansson too.
 */
#define FAST_INT_DIGITS	18

static int
fast_number(struct fast *f)
{
	const char *s = f->s;
	size_t i = f->pos, d;

	if (i < f->len && s[i] == '-')
		i++;
	if (i >= f->len || s[i] < '0' || s[i] > '9')
		return -1;
	if (s[i] == '0')
		i++;
	else {
		for (d = 0; i < f->len && s[i] >= '0' && s[i] <= '9'; d++)
			i++;
		if (d > FAST_INT_DIGITS)
			return -1;
	}
	if (i < f->len && s[i] == '.') {
		if (++i >= f->len || s[i] < '0' || s[i] > '9')
			return -1;
		while (i < f->len && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	if (i < f->len && (s[i] == 'e' || s[i] == 'E'))
		return -1;
	f->pos = i;
	return 0;
}

static int fast_object(struct fast *, int, struct article *);

/* Any value, checked as jansson would and passed over. */
static int
fast_value(struct fast *f, int depth)
{
	struct str v;

	if (f->pos >= f->len)
		return -1;
	switch (f->s[f->pos]) {
	case '"':
		return fast_string(f, &v);
	case 'n':
		return fast_literal(f, "null", 4);
	case 't':
		return fast_literal(f, "true", 4);
	case 'f':
		return fast_literal(f, "false", 5);
	case '{':
		return depth >= FAST_DEPTH_MAX ? -1 :
		    fast_object(f, depth + 1, NULL);
	case '[':
		if (depth >= FAST_DEPTH_MAX)
			return -1;
		f->pos++;
		fast_ws(f);
		if (f->pos < f->len && f->s[f->pos] == ']') {
			f->pos++;
			return 0;
		}
		for (;;) {
			if (fast_value(f, depth + 1) == -1)
				return -1;
			fast_ws(f);
			if (f->pos >= f->len)
				return -1;
			if (f->s[f->pos] == ']') {
				f->pos++;
				return 0;
			}
			if (f->s[f->pos] != ',')
				return -1;
			f->pos++;
			fast_ws(f);
		}
	default:
		return fast_number(f);
	}
}

/*
 * An object at f->pos (its '{'), no key twice.  With a (the top level),
 * the Article's fields are filled from it; -1 if one has a type
 * json_to_article would refuse, so that its message words it.
 */
static int
fast_object(struct fast *f, int depth, struct article *a)
{
	struct str *slot[NFIELDS];
	struct str keys[FAST_KEYS_MAX], v;
	const char *s = f->s;
	size_t nkeys = 0, i, k;

	if (a != NULL) {
		slot[0] = &a->id;
		slot[1] = &a->body;
		slot[2] = &a->url;
		slot[3] = &a->source;
		slot[4] = &a->title;
		slot[5] = &a->lang;
		slot[6] = &a->published;
		slot[7] = &a->timeline;
	}
	f->pos++;
	fast_ws(f);
	if (f->pos < f->len && s[f->pos] == '}') {
		f->pos++;
		return 0;
	}
	for (;;) {
		if (f->pos >= f->len || s[f->pos] != '"' ||
		    nkeys == FAST_KEYS_MAX ||
		    fast_string(f, &keys[nkeys]) == -1)
			return -1;
		for (k = 0; k < nkeys; k++)
			if (keys[k].len == keys[nkeys].len &&
			    memcmp(keys[k].p, keys[nkeys].p, keys[k].len) == 0)
				return -1;
		fast_ws(f);
		if (f->pos >= f->len || s[f->pos] != ':')
			return -1;
		f->pos++;
		fast_ws(f);
		i = NFIELDS;
		if (a != NULL)
			for (i = 0; i < NFIELDS; i++)
				if (keys[nkeys].len ==
				    strlen(article_fields[i].name) &&
				    memcmp(keys[nkeys].p, article_fields[i].name,
				    keys[nkeys].len) == 0)
					break;
		if (i < NFIELDS) {
			/* A field: a string, or null where optional. */
			if (f->pos < f->len && s[f->pos] == '"') {
				if (fast_string(f, &v) == -1)
					return -1;
				*slot[i] = v;
			} else if (article_fields[i].required ||
			    fast_literal(f, "null", 4) == -1)
				return -1;
		} else if (fast_value(f, depth) == -1)
			return -1;
		nkeys++;
		fast_ws(f);
		if (f->pos >= f->len)
			return -1;
		if (s[f->pos] == '}') {
			f->pos++;
			return 0;
		}
		if (s[f->pos] != ',')
			return -1;
		f->pos++;
		fast_ws(f);
	}
}

/*
 * The article in line, if it takes the fast path: 0 with *a filled (the
 * same as json_to_article would), or -1: let jansson parse it.  scratch
 * holds at least len bytes and takes the decoded strings (no decoded
 * string is longer than its source).
 */
static int
fast_article(const char *line, size_t len, char *scratch,
    struct article *a)
{
	struct fast f = { line, len, 0, scratch, 0 };

	memset(a, 0, sizeof(*a));
	if (!utf8_valid(line, len, NULL))
		return -1;
	fast_ws(&f);
	if (f.pos >= len || line[f.pos] != '{' ||
	    fast_object(&f, 1, a) == -1)
		return -1;
	fast_ws(&f);
	/* A missing field: jansson's path words it. */
	if (f.pos != len || a->id.p == NULL || a->body.p == NULL)
		return -1;
	return 0;
}

/* --- writing a result --- */

/* First size of an output buffer: a typical result line fits. */
#define OUT_INITIAL	4096

/* out_reserve() when the bytes do not fit: grow by doubling. */
static __attribute__((noinline)) void
out_grow(struct pbuf *b, size_t n)
{
	size_t ncap;

	if (n > SIZE_MAX / 2 - b->len)
		fatalx("json: result of %zu bytes is too large", n);
	ncap = b->cap ? b->cap : OUT_INITIAL;
	while (ncap < b->len + n)
		ncap *= 2;
	b->data = xreallocarray(b->data, ncap, 1);
	b->cap = ncap;
}

/* Room for n more bytes: the test inline (every piece of a line asks),
 * the growth out of line. */
static inline void
out_reserve(struct pbuf *b, size_t n)
{
	if (n > b->cap - b->len)
		out_grow(b, n);
}

static void
out_bytes(struct pbuf *b, const void *p, size_t n)
{
	out_reserve(b, n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

#define OUT_LIT(b, s)	out_bytes((b), (s), sizeof(s) - 1)

static void
out_u64(struct pbuf *b, uint64_t v)
{
	char tmp[20], *p = tmp + sizeof(tmp);	/* UINT64_MAX: 20 digits */

	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	out_bytes(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

/*
 * A JSON string.  Control characters, '"' and '\' are escaped; valid
 * UTF-8 is copied as is; a byte that does not start a valid sequence
 * becomes U+FFFD, so the line is valid JSON (and valid UTF-8) whatever
 * the bytes were.  At most 6 output bytes per input byte ("\u001f").
 */
static void
out_string(struct pbuf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, at;
	char *o;

	if (len > (SIZE_MAX / 2 - 2) / 6)
		fatalx("json: string of %zu bytes is too large", len);
	out_reserve(b, 6 * len + 2);
	o = b->data + b->len;
	*o++ = '"';
	while (i < len) {
		unsigned char c;

		/* The plain ASCII run (a byte past ASCII stops it too, for
		 * the UTF-8 check). */
		size_t plain = fast_plain(s, i, len, 1);

		memcpy(o, s + i, plain - i);
		o += plain - i;
		if ((i = plain) >= len)
			break;
		c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			*o++ = (char)c;
			i++;
			continue;
		}
		if (c >= 0x80) {
			at = i;
			if (utf8_next(s, len, &i) == 0xfffd) {
				/* Invalid (or U+FFFD itself): same bytes. */
				memcpy(o, "\xef\xbf\xbd", 3);
				o += 3;
			} else {
				memcpy(o, s + at, i - at);
				o += i - at;
			}
			continue;
		}
		*o++ = '\\';
		switch (c) {
		case '"':
		case '\\':
			*o++ = (char)c;
			break;
		case '\b':
			*o++ = 'b';
			break;
		case '\f':
			*o++ = 'f';
			break;
		case '\n':
			*o++ = 'n';
			break;
		case '\r':
			*o++ = 'r';
			break;
		case '\t':
			*o++ = 't';
			break;
		default:
			*o++ = 'u';
			*o++ = '0';
			*o++ = '0';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 0xf];
			break;
		}
		i++;
	}
	*o++ = '"';
	b->len = (size_t)(o - b->data);
}

static void
out_cstring(struct pbuf *b, const char *s)
{
	out_string(b, s, strlen(s));
}

/* A string, or null when absent. */
static void
out_str(struct pbuf *b, struct str s)
{
	if (s.p == NULL)
		OUT_LIT(b, "null");
	else
		out_string(b, s.p, s.len);
}

static void
out_quote(struct pbuf *b, const struct quote *q)
{
	int mention = q->speaker_start != q->speaker_end;

	OUT_LIT(b, "{\"text\":");
	out_str(b, q->text);
	OUT_LIT(b, ",\"start\":");
	out_u64(b, q->start);
	OUT_LIT(b, ",\"end\":");
	out_u64(b, q->end);
	OUT_LIT(b, ",\"kind\":");
	out_cstring(b, quote_kind_name(q->kind));
	OUT_LIT(b, ",\"speaker\":");
	out_str(b, q->speaker);
	OUT_LIT(b, ",\"speaker_start\":");
	if (mention)
		out_u64(b, q->speaker_start);
	else
		OUT_LIT(b, "null");
	OUT_LIT(b, ",\"speaker_end\":");
	if (mention)
		out_u64(b, q->speaker_end);
	else
		OUT_LIT(b, "null");
	OUT_LIT(b, ",\"cue\":");
	out_str(b, q->cue);
	OUT_LIT(b, "}");
}

static void
out_date(struct pbuf *b, const struct timex3 *t)
{
	const char *mod = timex_mod_name(t->mod);

	OUT_LIT(b, "{\"text\":");
	out_str(b, t->text);
	OUT_LIT(b, ",\"start\":");
	out_u64(b, t->start);
	OUT_LIT(b, ",\"end\":");
	out_u64(b, t->end);
	OUT_LIT(b, ",\"type\":");
	out_cstring(b, timex_type_name(t->type));
	OUT_LIT(b, ",\"value\":");
	out_string(b, t->value, strnlen(t->value, sizeof(t->value)));
	if (mod != NULL) {
		OUT_LIT(b, ",\"mod\":");
		out_cstring(b, mod);
	}
	OUT_LIT(b, "}");
}

static void	json_result_fields(struct pbuf *, const struct result *,
		    enum json_result_form);

void
json_write_result(struct pbuf *b, const struct result *r,
    enum json_result_form form)
{
	pbuf_reset(b);
	OUT_LIT(b, "{");
	json_result_fields(b, r, form);
}

void
json_write_result_topic(struct pbuf *b, struct str topic,
    const struct result *r)
{
	pbuf_reset(b);
	OUT_LIT(b, "{\"topic\":");
	out_str(b, topic);
	OUT_LIT(b, ",");
	json_result_fields(b, r, JSON_RESULT_PUBLISHED);
}

/* A Result's members after the opening brace, the brace that closes
 * them and the newline. */
static void
json_result_fields(struct pbuf *b, const struct result *r,
    enum json_result_form form)
{
	size_t i;

	OUT_LIT(b, "\"id\":");
	out_str(b, r->id);
	if (form == JSON_RESULT_PUBLISHED) {
		OUT_LIT(b, ",\"seq\":");
		out_u64(b, r->seq);
	}
	OUT_LIT(b, ",\"url\":");
	out_str(b, r->url);
	OUT_LIT(b, ",\"source\":");
	out_str(b, r->source);
	OUT_LIT(b, ",\"published\":");
	out_str(b, r->published);
	OUT_LIT(b, ",\"quotes\":[");
	for (i = 0; i < r->nquotes; i++) {
		if (i > 0)
			OUT_LIT(b, ",");
		out_quote(b, &r->quotes[i]);
	}
	OUT_LIT(b, "],\"dates\":[");
	for (i = 0; i < r->ndates; i++) {
		if (i > 0)
			OUT_LIT(b, ",");
		out_date(b, &r->dates[i]);
	}
	OUT_LIT(b, "]");
	if (form == JSON_RESULT_PUBLISHED) {
		OUT_LIT(b, ",\"worker\":");
		out_str(b, r->worker);
	}
	OUT_LIT(b, ",\"elapsed_us\":");
	out_u64(b, r->elapsed_us);
	OUT_LIT(b, ",\"extractor\":");
	out_str(b, r->extractor);
	if (form == JSON_RESULT_PUBLISHED && r->error.p != NULL) {
		OUT_LIT(b, ",\"error\":");
		out_str(b, r->error);
		OUT_LIT(b, ",\"attempts\":");
		out_u64(b, r->attempts);
	}
	OUT_LIT(b, "}\n");
}

/* --- reading lines --- */

/* First size of the line buffer; it doubles up to JSON_LINE_MAX. */
#define IN_INITIAL	(64u << 10)

struct json_input {
	char *const	*files;
	size_t		 nfiles;
	size_t		 nextfile;	/* index of the next file to open */
	int		 fd;		/* -1 between files */
	const char	*name;		/* of the open (or last) file */
	size_t		 lineno;
	int		 eof;		/* read() said so */
	int		 skipping;	/* discarding an overlong line */
	char		*buf;		/* unread data is buf[start, end) */
	size_t		 cap, start, end;
	size_t		 scan;		/* no newline in buf[start, scan) */
	json_t		*doc;		/* of the last article */
	char		*scratch;	/* the fast path's decoded strings */
	size_t		 scratch_cap;
};

enum line_status {
	LINE_OK,
	LINE_LONG,		/* longer than JSON_LINE_MAX, skipped */
	LINE_EOF,
	LINE_ERR,		/* read failed, errno set */
};

struct json_input *
json_input_new(char *const *files, size_t nfiles)
{
	struct json_input *in = xcalloc(1, sizeof(*in));

	in->files = files;
	in->nfiles = nfiles;
	in->fd = -1;
	in->name = "<stdin>";
	in->cap = IN_INITIAL;
	in->buf = xmalloc(in->cap);
	return in;
}

static void
input_close(struct json_input *in)
{
	if (in->fd > STDIN_FILENO)
		close(in->fd);
	in->fd = -1;
}

void
json_input_destroy(struct json_input **inp)
{
	struct json_input *in;

	if (inp == NULL || (in = *inp) == NULL)
		return;
	input_close(in);
	json_decref(in->doc);
	free(in->scratch);
	free(in->buf);
	free(in);
	*inp = NULL;
}

/* Open the next file: 1 if one was opened, 0 if none is left, -1. */
static int
input_open(struct json_input *in)
{
	const char *path;

	if (in->nfiles == 0 && in->nextfile == 0)
		path = "-";
	else if (in->nextfile < in->nfiles)
		path = in->files[in->nextfile];
	else
		return 0;
	in->nextfile++;
	in->start = in->end = in->scan = 0;
	in->eof = in->skipping = 0;
	in->lineno = 0;
	if (strcmp(path, "-") == 0) {
		in->name = "<stdin>";
		in->fd = STDIN_FILENO;
		return 1;
	}
	in->name = path;
	if ((in->fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	return 1;
}

/* The next line of the open file, without its newline. */
static enum line_status
input_line(struct json_input *in, const char **linep, size_t *lenp)
{
	char *nl;
	ssize_t n;

	for (;;) {
		nl = memchr(in->buf + in->scan, '\n', in->end - in->scan);
		if (nl != NULL || (in->eof && in->end > in->start) ||
		    (in->eof && in->skipping)) {
			size_t stop = nl != NULL ? (size_t)(nl - in->buf) :
			    in->end;

			*linep = in->buf + in->start;
			*lenp = stop - in->start;
			in->start = in->scan = nl != NULL ? stop + 1 : stop;
			if (in->skipping) {
				in->skipping = 0;
				return LINE_LONG;
			}
			return LINE_OK;
		}
		in->scan = in->end;
		if (in->eof)
			return LINE_EOF;
		if (in->start > 0) {
			memmove(in->buf, in->buf + in->start,
			    in->end - in->start);
			in->end -= in->start;
			in->scan = in->end;
			in->start = 0;
		}
		if (in->end == in->cap) {
			if (in->cap >= JSON_LINE_MAX) {
				/* Keep reading, but not keeping. */
				in->skipping = 1;
				in->start = in->end = in->scan = 0;
			} else {
				in->cap *= 2;
				if (in->cap > JSON_LINE_MAX)
					in->cap = JSON_LINE_MAX;
				in->buf = xreallocarray(in->buf, in->cap, 1);
			}
		}
		n = read(in->fd, in->buf + in->end, in->cap - in->end);
		if (n == -1) {
			if (errno == EINTR)
				continue;
			return LINE_ERR;
		}
		if (n == 0)
			in->eof = 1;
		in->end += (size_t)n;
	}
}

static int
blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

enum json_input_status
json_input_next(struct json_input *in, struct article *a, char *err,
    size_t errlen)
{
	const char *line;
	size_t len;

	for (;;) {
		if (in->fd == -1) {
			switch (input_open(in)) {
			case 0:
				return JSON_INPUT_END;
			case -1:
				snprintf(err, errlen, "%s: %s", in->name,
				    strerror(errno));
				return JSON_INPUT_IOERR;
			default:
				break;
			}
		}
		switch (input_line(in, &line, &len)) {
		case LINE_EOF:
			input_close(in);
			continue;
		case LINE_ERR:
			snprintf(err, errlen, "%s: read: %s", in->name,
			    strerror(errno));
			input_close(in);
			return JSON_INPUT_IOERR;
		case LINE_LONG:
			in->lineno++;
			snprintf(err, errlen, "line longer than %zu bytes",
			    (size_t)JSON_LINE_MAX);
			return JSON_INPUT_BAD;
		case LINE_OK:
			break;
		}
		in->lineno++;
		if (blank(line, len))
			continue;
		if (len > in->scratch_cap) {
			/* Decoded strings are never longer than the line. */
			free(in->scratch);
			in->scratch = xmalloc(len);
			in->scratch_cap = len;
		}
		json_decref(in->doc);
		in->doc = NULL;
		if (fast_article(line, len, in->scratch, a) == -1 &&
		    json_to_article(&in->doc, line, len, a, err, errlen) ==
		    -1)
			return JSON_INPUT_BAD;
		if (proto_article_check(a, err, errlen) == -1)
			return JSON_INPUT_BAD;
		return JSON_INPUT_ARTICLE;
	}
}

const char *
json_input_file(const struct json_input *in)
{
	return in->name;
}

size_t
json_input_line(const struct json_input *in)
{
	return in->lineno;
}
