/*
 * json.h — the JSON side of the CLI: article JSON lines in (from files or
 * stdin), Result JSON lines out.  The wire stays msgpack; JSON is what
 * people and scripts (the scorer, jq) read and write.
 */
#ifndef QUARRY_JSON_H
#define QUARRY_JSON_H

#include <limits.h>
#include <stddef.h>

#include <jansson.h>

#include "message.h"

/*
 * Parse one JSON line (an object with the Article fields) into *a.  The
 * document of the previous call, if any, is released first; the new one is
 * left in *docp and a's slices point into its strings, so they stay valid
 * until the next call or json_decref(*docp).  0, or -1 with a reason naming
 * the field ("id: expected string").  The article is not checked: that is
 * proto_article_check()'s job, as for articles from the wire.
 */
int	json_to_article(json_t **docp, const char *line, size_t len,
	    struct article *a, char *err, size_t errlen);

/* Which fields a Result line carries. */
enum json_result_form {
	JSON_RESULT_EXTRACT,	/* quarry extract: no seq, no worker */
	JSON_RESULT_PUBLISHED,	/* quarry sub: also seq and worker, and
				 * error and attempts for dead letters */
};

/*
 * Write r as one JSON object and a newline into out (reset first).  Absent
 * strings and mentions are null; strings are escaped for any bytes (invalid
 * UTF-8 becomes U+FFFD), so the line always parses.
 */
void	json_write_result(struct pbuf *out, const struct result *r,
	    enum json_result_form form);
/* The same for a published Result, its topic ("result.SOURCE",
 * "dead.SOURCE") first: quarry sub. */
void	json_write_result_topic(struct pbuf *out, struct str topic,
	    const struct result *r);

/*
 * Longest input line.  An article is at most PROTO_FRAME_MAX bytes of
 * field data, and JSON spends at most 6 bytes on one byte of it (the
 * "\u001f" escape of a control character), so no legal article needs a
 * longer line; this bounds the memory a runaway input can take (~25 MiB).
 */
#define JSON_LINE_MAX		(6 * (size_t)PROTO_FRAME_MAX)

/*
 * Articles from JSON lines, read from a list of files in turn ("-" or an
 * empty list: stdin).  Blank lines are skipped; lines are bounded by
 * JSON_LINE_MAX.
 */
struct json_input;

enum json_input_status {
	JSON_INPUT_ARTICLE,	/* *a filled, checked; valid until next call */
	JSON_INPUT_END,		/* every file read */
	JSON_INPUT_BAD,		/* this line is bad: err says why,
				 * json_input_where() says where */
	JSON_INPUT_IOERR,	/* a file could not be opened or read: err
				 * names it; reading goes on with the next */
};

/* Room for what json_input_next() reports: a path and a reason. */
#define JSON_INPUT_ERR_MAX	(PATH_MAX + PROTO_ERR_MAX)

struct json_input *json_input_new(char *const *files, size_t nfiles);
void	json_input_destroy(struct json_input **);
/* The next article, converted by json_to_article and checked by
 * proto_article_check. */
enum json_input_status json_input_next(struct json_input *,
	    struct article *a, char *err, size_t errlen);
/* The file and line number of the line json_input_next() last returned. */
const char *json_input_file(const struct json_input *);
size_t	json_input_line(const struct json_input *);

#endif
