/*
 * test_json.c — tools/json.c: article JSON lines to structs (every field,
 * the required ones, each way a line can be wrong), Result structs to JSON
 * lines read back with jansson, and the line reader over a real file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <jansson.h>

#include "json.h"
#include "message.h"

static int
str_is(struct str s, const char *want)
{
	return s.p != NULL && s.len == strlen(want) &&
	    memcmp(s.p, want, s.len) == 0;
}

/* Parse a NUL-terminated line; 0 or -1 as json_to_article. */
static int
parse(json_t **doc, const char *line, struct article *a, char *err)
{
	return json_to_article(doc, line, strlen(line), a, err,
	    PROTO_ERR_MAX);
}

Test(json, article_all_fields)
{
	json_t *doc = NULL;
	struct article a;
	char err[PROTO_ERR_MAX];

	cr_assert_eq(parse(&doc, "{\"id\":\"a1\",\"body\":\"Hi \\\"there\\\"."
	    "\",\"url\":\"https://x.test/a\",\"source\":\"x.test\",\"title\":"
	    "\"T\",\"lang\":\"en\",\"published\":\"2016-08-15\",\"extra\":[1,"
	    "{\"k\":null}]}", &a, err), 0, "%s", err);
	cr_assert(str_is(a.id, "a1"));
	cr_assert(str_is(a.body, "Hi \"there\"."));
	cr_assert(str_is(a.url, "https://x.test/a"));
	cr_assert(str_is(a.source, "x.test"));
	cr_assert(str_is(a.title, "T"));
	cr_assert(str_is(a.lang, "en"));
	cr_assert(str_is(a.published, "2016-08-15"));
	cr_assert_eq(proto_article_check(&a, err, sizeof(err)), 0, "%s", err);
	cr_assert_eq(a.pub.year, 2016);
	cr_assert_eq(a.pub.month, 8);
	cr_assert_eq(a.pub.day, 15);
	json_decref(doc);
}

Test(json, article_only_required)
{
	json_t *doc = NULL;
	struct article a;
	char err[PROTO_ERR_MAX];

	cr_assert_eq(parse(&doc, "{\"body\":\"b\",\"id\":\"x\",\"url\":null}",
	    &a, err), 0, "%s", err);
	cr_assert(str_is(a.id, "x"));
	cr_assert(str_is(a.body, "b"));
	cr_assert_null(a.url.p);
	cr_assert_null(a.source.p);
	cr_assert_null(a.title.p);
	cr_assert_null(a.lang.p);
	cr_assert_null(a.published.p);
	cr_assert_eq(proto_article_check(&a, err, sizeof(err)), 0, "%s", err);
	cr_assert_eq(a.pub.year, 0);
	json_decref(doc);
}

Test(json, article_missing_id)
{
	json_t *doc = NULL;
	struct article a;
	char err[PROTO_ERR_MAX];

	cr_assert_eq(parse(&doc, "{\"body\":\"b\"}", &a, err), -1);
	cr_assert_str_eq(err, "id: missing");
	cr_assert_eq(parse(&doc, "{\"id\":\"x\"}", &a, err), -1);
	cr_assert_str_eq(err, "body: missing");
	json_decref(doc);
}

Test(json, article_wrong_types)
{
	json_t *doc = NULL;
	struct article a;
	char err[PROTO_ERR_MAX];

	cr_assert_eq(parse(&doc, "{\"id\":42,\"body\":\"b\"}", &a, err), -1);
	cr_assert_str_eq(err, "id: expected string");
	cr_assert_eq(parse(&doc, "{\"id\":null,\"body\":\"b\"}", &a, err), -1);
	cr_assert_str_eq(err, "id: expected string");
	cr_assert_eq(parse(&doc, "{\"id\":\"x\",\"body\":[\"b\"]}", &a, err),
	    -1);
	cr_assert_str_eq(err, "body: expected string");
	cr_assert_eq(parse(&doc, "{\"id\":\"x\",\"body\":\"b\",\"published\":"
	    "20160815}", &a, err), -1);
	cr_assert_str_eq(err, "published: expected string or null");
	json_decref(doc);
}

Test(json, article_nul_is_kept_and_refused)
{
	json_t *doc = NULL;
	struct article a;
	char err[PROTO_ERR_MAX];

	/* The NUL and what follows it are kept: nothing is cut short... */
	cr_assert_eq(parse(&doc, "{\"id\":\"x\",\"body\":\"ab\\u0000cd\"}", &a,
	    err), 0, "%s", err);
	cr_assert_eq(a.body.len, 5);
	cr_assert_eq(memcmp(a.body.p, "ab\0cd", 5), 0);
	/* ...so the check sees it, and names the field. */
	cr_assert_eq(proto_article_check(&a, err, sizeof(err)), -1);
	cr_assert_eq(strncmp(err, "body: ", 6), 0, "%s", err);

	cr_assert_eq(parse(&doc, "{\"id\":\"a\\u0000b\",\"body\":\"b\"}", &a,
	    err), 0, "%s", err);
	cr_assert_eq(a.id.len, 3);
	cr_assert_eq(proto_article_check(&a, err, sizeof(err)), -1);
	cr_assert_eq(strncmp(err, "id: ", 4), 0, "%s", err);
	json_decref(doc);
}

Test(json, article_invalid_json)
{
	static const char *const bad[] = {
		"{\"id\":\"x\",\"body\":\"b\"",		/* truncated */
		"{\"id\":\"x\",\"body\":\"b\"} {}",	/* trailing */
		"{'id':'x'}",
		"{\"id\":\"x\",\"body\":\"\\ud800\"}",	/* lone surrogate */
		"{\"id\":\"x\",\"body\":\"\xff\"}",	/* invalid UTF-8 */
	};
	json_t *doc = NULL;
	struct article a;
	char err[PROTO_ERR_MAX];
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		cr_assert_eq(parse(&doc, bad[i], &a, err), -1, "line %zu", i);
		cr_assert_eq(strncmp(err, "invalid JSON", 12), 0, "%s", err);
		cr_assert_null(doc);
	}
	cr_assert_eq(parse(&doc, "[\"id\",\"body\"]", &a, err), -1);
	cr_assert_str_eq(err, "expected a JSON object");
	cr_assert_eq(parse(&doc, "{\"id\":\"x\",\"id\":\"y\",\"body\":\"b\"}",
	    &a, err), -1);
	json_decref(doc);
}

/* --- results --- */

/* Every byte class the writer must escape or pass through. */
static const char hostile[] =
    "\"q\" \\ / \b\f\n\r\t \x01\x1f\x7f caf\xc3\xa9 \xe2\x80\x9c\xe2\x80\x9d "
    "\xf0\x9f\x98\x80";

static json_t *
write_and_load(const struct result *r, enum json_result_form form,
    struct pbuf *out)
{
	json_error_t je;
	json_t *doc;

	json_write_result(out, r, form);
	cr_assert_gt(out->len, 0);
	cr_assert_eq(out->data[out->len - 1], '\n');
	cr_assert_null(memchr(out->data, '\n', out->len - 1),
	    "one line only");
	doc = json_loadb(out->data, out->len, JSON_ALLOW_NUL, &je);
	cr_assert_not_null(doc, "%s: %.*s", je.text, (int)out->len,
	    out->data);
	return doc;
}

static int
jstr_is(json_t *v, const char *want, size_t len)
{
	return json_is_string(v) && json_string_length(v) == len &&
	    memcmp(json_string_value(v), want, len) == 0;
}

Test(json, result_round_trip)
{
	struct quote q[2];
	struct timex3 t[2];
	struct result r;
	struct pbuf out = { NULL, 0, 0 };
	json_t *doc, *jq, *jt;

	memset(q, 0, sizeof(q));
	memset(t, 0, sizeof(t));
	memset(&r, 0, sizeof(r));
	q[0].start = 3;
	q[0].end = 40;
	q[0].kind = QUOTE_PARTIAL;
	q[0].text = str_make(hostile, sizeof(hostile) - 1);
	q[0].speaker_start = q[0].speaker_end = 7;	/* no mention */
	q[1].start = 50;
	q[1].end = 60;
	q[1].kind = QUOTE_DIRECT;
	q[1].text = STR_LIT("\"Hi\0,\"");
	q[1].speaker = STR_LIT("Zo\xc3\xab \"Z\" O'Neil");
	q[1].speaker_start = 61;
	q[1].speaker_end = 64;
	q[1].cue = STR_LIT("said");
	t[0].start = 0;
	t[0].end = 6;
	t[0].type = TIMEX_DATE;
	strcpy(t[0].value, "2016-08-15");
	t[0].text = STR_LIT("Monday");
	t[1].start = 10;
	t[1].end = 20;
	t[1].type = TIMEX_DURATION;
	t[1].mod = TIMEX_MOD_APPROX;
	strcpy(t[1].value, "P35Y");
	t[1].text = STR_LIT("about 35 years");
	r.id = STR_LIT("id\\\"1\"");
	r.source = STR_LIT("upi.com");
	r.quotes = q;
	r.nquotes = 2;
	r.dates = t;
	r.ndates = 2;
	r.elapsed_us = 9007199254740993ull;	/* 2^53 + 1: no double */
	r.extractor = STR_LIT("quarry-extract/0.1");
	r.seq = 7;
	r.worker = STR_LIT("host:1");

	doc = write_and_load(&r, JSON_RESULT_EXTRACT, &out);
	cr_assert(jstr_is(json_object_get(doc, "id"), "id\\\"1\"", 6));
	cr_assert(json_is_null(json_object_get(doc, "url")));
	cr_assert(jstr_is(json_object_get(doc, "source"), "upi.com", 7));
	cr_assert(json_is_null(json_object_get(doc, "published")));
	cr_assert_null(json_object_get(doc, "seq"));
	cr_assert_null(json_object_get(doc, "worker"));
	cr_assert_null(json_object_get(doc, "error"));
	cr_assert_eq((uint64_t)json_integer_value(json_object_get(doc,
	    "elapsed_us")), 9007199254740993ull);
	cr_assert(jstr_is(json_object_get(doc, "extractor"),
	    "quarry-extract/0.1", 18));

	cr_assert_eq(json_array_size(json_object_get(doc, "quotes")), 2);
	jq = json_array_get(json_object_get(doc, "quotes"), 0);
	cr_assert(jstr_is(json_object_get(jq, "text"), hostile,
	    sizeof(hostile) - 1));
	cr_assert_eq(json_integer_value(json_object_get(jq, "start")), 3);
	cr_assert_eq(json_integer_value(json_object_get(jq, "end")), 40);
	cr_assert(jstr_is(json_object_get(jq, "kind"), "partial", 7));
	cr_assert(json_is_null(json_object_get(jq, "speaker")));
	cr_assert(json_is_null(json_object_get(jq, "speaker_start")));
	cr_assert(json_is_null(json_object_get(jq, "speaker_end")));
	cr_assert(json_is_null(json_object_get(jq, "cue")));
	jq = json_array_get(json_object_get(doc, "quotes"), 1);
	cr_assert(jstr_is(json_object_get(jq, "text"), "\"Hi\0,\"", 6));
	cr_assert(jstr_is(json_object_get(jq, "kind"), "direct", 6));
	cr_assert(jstr_is(json_object_get(jq, "speaker"),
	    "Zo\xc3\xab \"Z\" O'Neil", 15));
	cr_assert_eq(json_integer_value(json_object_get(jq, "speaker_start")),
	    61);
	cr_assert_eq(json_integer_value(json_object_get(jq, "speaker_end")),
	    64);
	cr_assert(jstr_is(json_object_get(jq, "cue"), "said", 4));

	cr_assert_eq(json_array_size(json_object_get(doc, "dates")), 2);
	jt = json_array_get(json_object_get(doc, "dates"), 0);
	cr_assert(jstr_is(json_object_get(jt, "text"), "Monday", 6));
	cr_assert_eq(json_integer_value(json_object_get(jt, "start")), 0);
	cr_assert_eq(json_integer_value(json_object_get(jt, "end")), 6);
	cr_assert(jstr_is(json_object_get(jt, "type"), "DATE", 4));
	cr_assert(jstr_is(json_object_get(jt, "value"), "2016-08-15", 10));
	cr_assert_null(json_object_get(jt, "mod"));
	jt = json_array_get(json_object_get(doc, "dates"), 1);
	cr_assert(jstr_is(json_object_get(jt, "type"), "DURATION", 8));
	cr_assert(jstr_is(json_object_get(jt, "value"), "P35Y", 4));
	cr_assert(jstr_is(json_object_get(jt, "mod"), "APPROX", 6));
	json_decref(doc);

	/* The published form adds seq and worker. */
	doc = write_and_load(&r, JSON_RESULT_PUBLISHED, &out);
	cr_assert_eq(json_integer_value(json_object_get(doc, "seq")), 7);
	cr_assert(jstr_is(json_object_get(doc, "worker"), "host:1", 6));
	cr_assert_null(json_object_get(doc, "error"));
	json_decref(doc);
	pbuf_free(&out);
}

Test(json, result_dead_letter)
{
	struct result r;
	struct pbuf out = { NULL, 0, 0 };
	json_t *doc;

	memset(&r, 0, sizeof(r));
	r.id = STR_LIT("x");
	r.seq = 12;
	r.error = STR_LIT("job timeout after 30 s");
	r.attempts = 3;
	doc = write_and_load(&r, JSON_RESULT_PUBLISHED, &out);
	cr_assert(jstr_is(json_object_get(doc, "error"),
	    "job timeout after 30 s", 22));
	cr_assert_eq(json_integer_value(json_object_get(doc, "attempts")), 3);
	cr_assert_eq(json_array_size(json_object_get(doc, "quotes")), 0);
	cr_assert(json_is_null(json_object_get(doc, "worker")));
	cr_assert(json_is_null(json_object_get(doc, "extractor")));
	json_decref(doc);
	pbuf_free(&out);
}

static int
has(const struct pbuf *b, const char *s)
{
	return memmem(b->data, b->len, s, strlen(s)) != NULL;
}

Test(json, result_largest_numbers)
{
	struct result r;
	struct pbuf out = { NULL, 0, 0 };
	struct quote q;

	memset(&r, 0, sizeof(r));
	memset(&q, 0, sizeof(q));
	q.start = 0;
	q.end = UINT32_MAX;
	q.text = STR_LIT("x");
	r.quotes = &q;
	r.nquotes = 1;
	r.seq = UINT64_MAX;
	r.elapsed_us = 0;
	/* jansson stops at INT64_MAX, so these are read as text. */
	json_write_result(&out, &r, JSON_RESULT_PUBLISHED);
	cr_assert(has(&out, "\"seq\":18446744073709551615,"));
	cr_assert(has(&out, "\"end\":4294967295,"));
	cr_assert(has(&out, "\"elapsed_us\":0,"));
	pbuf_free(&out);
}

Test(json, result_invalid_utf8_becomes_replacement)
{
	struct result r;
	struct pbuf out = { NULL, 0, 0 };
	json_t *doc;

	memset(&r, 0, sizeof(r));
	/* A stray continuation byte, a truncated sequence, an overlong
	 * form and an encoded surrogate. */
	r.id = STR_LIT("a\x80" "b\xe2\x80" "c\xc0\xaf" "d\xed\xa0\x80");
	doc = write_and_load(&r, JSON_RESULT_EXTRACT, &out);
	cr_assert(json_is_string(json_object_get(doc, "id")));
	cr_assert_str_eq(json_string_value(json_object_get(doc, "id")),
	    "a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd" "c\xef\xbf\xbd"
	    "\xef\xbf\xbd" "d\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	json_decref(doc);
	pbuf_free(&out);
}

/* --- the line reader --- */

static char *
temp_file(const char *content)
{
	char *path = strdup("/tmp/quarry-test-json-XXXXXX");
	int fd;

	cr_assert_not_null(path);
	fd = mkstemp(path);
	cr_assert_neq(fd, -1);
	cr_assert_eq(write(fd, content, strlen(content)),
	    (ssize_t)strlen(content));
	close(fd);
	return path;
}

Test(json, input_lines_and_positions)
{
	char *path = temp_file(
	    "{\"id\":\"a\",\"body\":\"one\"}\n"
	    "\n"
	    "   \t\r\n"
	    "{\"id\":7,\"body\":\"two\"}\n"
	    "{\"id\":\"c\",\"body\":\"three\",\"published\":\"yesterday\"}\r\n"
	    "{\"id\":\"d\",\"body\":\"four\"}");	/* no final newline */
	char *files[2];
	struct json_input *in;
	struct article a;
	char err[PROTO_ERR_MAX];

	files[0] = path;
	files[1] = (char *)"/nonexistent/quarry-test";
	in = json_input_new(files, 2);
	cr_assert_eq(json_input_next(in, &a, err, sizeof(err)),
	    JSON_INPUT_ARTICLE, "%s", err);
	cr_assert(str_is(a.body, "one"));
	cr_assert_eq(json_input_line(in), 1);
	cr_assert_str_eq(json_input_file(in), path);
	cr_assert_eq(json_input_next(in, &a, err, sizeof(err)),
	    JSON_INPUT_BAD);
	cr_assert_eq(json_input_line(in), 4);
	cr_assert_str_eq(err, "id: expected string");
	cr_assert_eq(json_input_next(in, &a, err, sizeof(err)),
	    JSON_INPUT_BAD);
	cr_assert_eq(json_input_line(in), 5);
	cr_assert_eq(strncmp(err, "published: ", 11), 0, "%s", err);
	cr_assert_eq(json_input_next(in, &a, err, sizeof(err)),
	    JSON_INPUT_ARTICLE, "%s", err);
	cr_assert(str_is(a.id, "d"));
	cr_assert(str_is(a.body, "four"));
	cr_assert_eq(json_input_line(in), 6);
	cr_assert_eq(json_input_next(in, &a, err, sizeof(err)),
	    JSON_INPUT_IOERR);
	cr_assert_eq(strncmp(err, "/nonexistent/quarry-test: ", 26), 0,
	    "%s", err);
	cr_assert_eq(json_input_next(in, &a, err, sizeof(err)),
	    JSON_INPUT_END);
	json_input_destroy(&in);
	cr_assert_null(in);
	unlink(path);
	free(path);
}

Test(json, input_long_lines_across_reads)
{
	/* Lines longer than the reader's first buffer must come whole. */
	size_t n = 300 * 1024, i;
	char *content = malloc(2 * n + 200), *path, *p;
	char *files[1];
	struct json_input *in;
	struct article a;
	char err[PROTO_ERR_MAX];

	cr_assert_not_null(content);
	p = content;
	for (i = 0; i < 2; i++) {
		p += sprintf(p, "{\"id\":\"%zu\",\"body\":\"", i);
		memset(p, 'a' + (int)i, n);
		p += n;
		p += sprintf(p, "\"}\n");
	}
	path = temp_file(content);
	files[0] = path;
	in = json_input_new(files, 1);
	for (i = 0; i < 2; i++) {
		cr_assert_eq(json_input_next(in, &a, err, sizeof(err)),
		    JSON_INPUT_ARTICLE, "%s", err);
		cr_assert_eq(a.body.len, n);
		cr_assert_eq(a.body.p[0], 'a' + (int)i);
		cr_assert_eq(a.body.p[n - 1], 'a' + (int)i);
	}
	cr_assert_eq(json_input_next(in, &a, err, sizeof(err)),
	    JSON_INPUT_END);
	json_input_destroy(&in);
	unlink(path);
	free(path);
	free(content);
}

/*
 * json_input_next reads most lines on a fast path of its own and gives
 * the rest to jansson (json_to_article).  Whatever the line, both must
 * say the same: the same article, field for field, or the same error.
 * Each line below is read through json_input_next and through
 * json_to_article + proto_article_check, and the two compared.
 */
static const char *const jx_lines[] = {
	"{\"id\":\"a\",\"body\":\"plain\"}",
	" {\"id\" : \"a\" ,\t\"body\": \"spaced\" } \r",
	"{\"id\":\"a\",\"body\":\"esc \\\" \\\\ \\/ \\b\\f\\n\\r\\t end\"}",
	"{\"id\":\"a\",\"body\":\"\\u00e9\\u2019\\ud83d\\ude00 \\u0041\"}",
	"{\"id\":\"a\",\"body\":\"nul \\u0000 kept\"}",
	"{\"id\":\"a\\u0000\",\"body\":\"b\"}",
	"{\"id\":\"a\",\"body\":\"lone \\ud800 high\"}",
	"{\"id\":\"a\",\"body\":\"lone \\udc00 low\"}",
	"{\"id\":\"a\",\"body\":\"bad \\x escape\"}",
	"{\"id\":\"a\",\"body\":\"short \\u12\"}",
	"{\"id\":\"a\",\"body\":\"raw \x01 control\"}",
	"{\"id\":\"a\",\"body\":\"bad \xc3\x28 utf8\"}",
	"{\"id\":\"a\",\"body\":\"ok \xe2\x80\x9c utf8\xe2\x80\x9d\"}",
	"{\"\\u0069d\":\"escaped key\",\"body\":\"b\"}",
	"{\"id\":\"a\",\"body\":\"b\",\"id\":\"again\"}",
	"{\"id\":\"a\",\"body\":\"b\",\"x\":1,\"x\":2}",
	"{\"id\":\"a\",\"body\":\"b\",\"q\":[{\"k\":1,\"k\":2}]}",
	"{\"id\":\"a\",\"body\":\"b\",\"q\":[{\"start\":0,\"end\":12,"
	    "\"speaker\":null,\"ok\":true,\"no\":false,\"f\":-1.25}],"
	    "\"n\":[],\"o\":{}}",
	"{\"id\":\"a\",\"body\":\"b\",\"n\":123456789012345678}",
	"{\"id\":\"a\",\"body\":\"b\",\"n\":12345678901234567890123}",
	"{\"id\":\"a\",\"body\":\"b\",\"n\":1e400}",
	"{\"id\":\"a\",\"body\":\"b\",\"n\":1.5e3}",
	"{\"id\":\"a\",\"body\":\"b\",\"n\":012}",
	"{\"id\":\"a\",\"body\":\"b\",\"n\":-}",
	"{\"id\":\"a\",\"body\":\"b\",\"n\":1.}",
	"{\"id\":\"a\",\"body\":\"b\",\"d\":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}",
	"{\"id\":\"a\",\"body\":\"b\",\"t\":tru}",
	"{\"id\":\"a\",\"body\":\"b\",}",
	"{\"id\":\"a\",\"body\":\"b\"} x",
	"{\"id\":\"a\",\"body\":\"b\"",
	"{\"id\":null,\"body\":\"b\"}",
	"{\"id\":\"a\",\"body\":true}",
	"{\"id\":\"a\",\"body\":\"b\",\"url\":null,\"title\":\"T\"}",
	"{\"id\":\"a\",\"body\":\"b\",\"published\":5}",
	"{\"id\":\"a\",\"body\":\"b\",\"published\":\"2016-08-15\"}",
	"{\"id\":\"a\",\"body\":\"b\",\"published\":\"not a date\"}",
	"{\"body\":\"b\"}",
	"{\"id\":\"a\"}",
	"{}",
	"[\"id\",\"body\"]",
	"\"just a string\"",
	"{\"id\":\"\",\"body\":\"b\"}",
};

static int
jx_str_same(struct str x, struct str y)
{
	if (x.p == NULL || y.p == NULL)
		return x.p == NULL && y.p == NULL;
	return x.len == y.len && memcmp(x.p, y.p, x.len) == 0;
}

/* Each of lines[0..n) through json_input_next and through jansson. */
static void
jx_compare(const char *const *lines, size_t n)
{
	size_t i, total = 0;
	char *content, *path, *files[1];
	char err1[PROTO_ERR_MAX], err2[PROTO_ERR_MAX];
	enum json_input_status st;
	struct json_input *in;
	struct article a1, a2;
	json_t *doc = NULL;
	int rc;

	for (i = 0; i < n; i++)
		total += strlen(lines[i]) + 1;
	content = malloc(total + 1);
	cr_assert_not_null(content);
	content[0] = '\0';
	for (i = 0; i < n; i++) {
		strcat(content, lines[i]);
		strcat(content, "\n");
	}
	path = temp_file(content);
	files[0] = path;
	in = json_input_new(files, 1);
	for (i = 0; i < n; i++) {
		st = json_input_next(in, &a1, err1, sizeof(err1));
		cr_assert_eq(json_input_line(in), i + 1);
		rc = json_to_article(&doc, lines[i], strlen(lines[i]), &a2,
		    err2, sizeof(err2));
		if (rc == 0)
			rc = proto_article_check(&a2, err2, sizeof(err2));
		if (rc == -1) {
			cr_assert_eq(st, JSON_INPUT_BAD, "line %zu: read as an "
			    "article, jansson says: %s", i + 1, err2);
			cr_assert_str_eq(err1, err2, "line %zu", i + 1);
			continue;
		}
		cr_assert_eq(st, JSON_INPUT_ARTICLE, "line %zu: %s, jansson "
		    "reads an article", i + 1, err1);
		cr_assert(jx_str_same(a1.id, a2.id), "line %zu: id", i + 1);
		cr_assert(jx_str_same(a1.body, a2.body), "line %zu: body",
		    i + 1);
		cr_assert(jx_str_same(a1.url, a2.url), "line %zu", i + 1);
		cr_assert(jx_str_same(a1.source, a2.source), "line %zu", i + 1);
		cr_assert(jx_str_same(a1.title, a2.title), "line %zu", i + 1);
		cr_assert(jx_str_same(a1.lang, a2.lang), "line %zu", i + 1);
		cr_assert(jx_str_same(a1.published, a2.published), "line %zu",
		    i + 1);
		cr_assert(jx_str_same(a1.timeline, a2.timeline), "line %zu",
		    i + 1);
	}
	cr_assert_eq(json_input_next(in, &a1, err1, sizeof(err1)),
	    JSON_INPUT_END);
	json_decref(doc);
	json_input_destroy(&in);
	unlink(path);
	free(path);
	free(content);
}

Test(json, fast_path_agrees_with_jansson)
{
	jx_compare(jx_lines, sizeof(jx_lines) / sizeof(jx_lines[0]));
}

/*
 * The reader skips plain bytes 16 and 8 at a time: a quote, an escape, a
 * control character or a letter past ASCII at every offset of a body,
 * before and after runs of each length, must read as jansson reads it.
 */
#define JX_RUN_MAX	40
static const char *const jx_specials[] = {
	"\\\"", "\\\\", "\\n", "\\u00e9", "\x01", "\xc3\xa9",
	"\xe2\x80\x9c", "\xc3\x28", "\\ud800",
};

Test(json, fast_path_agrees_with_jansson_at_every_offset)
{
	size_t ns = sizeof(jx_specials) / sizeof(jx_specials[0]);
	size_t n = ns * (JX_RUN_MAX + 1) * 2, i, j, k, len;
	char **lines = calloc(n, sizeof(*lines));

	cr_assert_not_null(lines);
	for (i = k = 0; i < ns; i++)
		for (j = 0; j <= JX_RUN_MAX; j++) {
			len = 64 + 2 * JX_RUN_MAX;
			lines[k] = malloc(len);
			lines[k + 1] = malloc(len);
			cr_assert(lines[k] != NULL && lines[k + 1] != NULL);
			snprintf(lines[k++], len, "{\"id\":\"a\",\"body\":\"%.*s%s"
			    "tail of twenty bytes\"}", (int)j,
			    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH",
			    jx_specials[i]);
			snprintf(lines[k++], len, "{\"id\":\"a\",\"body\":\"%s%.*s"
			    "\"}", jx_specials[i], (int)j,
			    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH");
		}
	jx_compare((const char *const *)lines, n);
	for (k = 0; k < n; k++)
		free(lines[k]);
	free(lines);
}

/* The writer too: every such text, at every offset, reads back whole. */
Test(json, result_texts_at_every_offset_read_back)
{
	static const char *const specials[] = {
		"\"", "\\", "\n", "\x01", "\x7f", "\xc3\xa9",
		"\xe2\x80\x9c", "\xf0\x9f\x98\x80", "\xc3\x28",
	};
	static const char run[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH";
	struct pbuf out = { NULL, 0, 0 };
	char text[128];
	struct quote q;
	struct result r;
	json_t *doc, *jt;
	size_t i, j, len;

	for (i = 0; i < sizeof(specials) / sizeof(specials[0]); i++)
		for (j = 0; j <= JX_RUN_MAX; j++) {
			len = (size_t)snprintf(text, sizeof(text), "%.*s%s%.*s",
			    (int)j, run, specials[i], (int)j, run);
			memset(&q, 0, sizeof(q));
			memset(&r, 0, sizeof(r));
			q.start = 0;
			q.end = (uint32_t)len;
			q.text = str_make(text, len);
			r.id = STR_LIT("a");
			r.quotes = &q;
			r.nquotes = 1;
			doc = write_and_load(&r, JSON_RESULT_EXTRACT, &out);
			jt = json_object_get(json_array_get(json_object_get(doc,
			    "quotes"), 0), "text");
			if (strcmp(specials[i], "\xc3\x28") == 0)
				/* Invalid UTF-8: U+FFFD in its place. */
				cr_assert(json_is_string(jt) &&
				    json_string_length(jt) == len + 2,
				    "%zu/%zu", i, j);
			else
				cr_assert(jstr_is(jt, text, len), "%zu/%zu: %s",
				    i, j, json_string_value(jt));
			json_decref(doc);
		}
	pbuf_free(&out);
}
