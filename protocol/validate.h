/*
 * validate.h — what validate.c shares with the rest of protocol/: the
 * reason writer, the escaping of untrusted text inside reasons, and the
 * article check with a path prefix (so a JOB's article reports
 * "article.body: ..." while a bare Article reports "body: ...").
 */
#ifndef QUARRY_VALIDATE_H
#define QUARRY_VALIDATE_H

#include <stddef.h>

#include "message.h"

/*
 * Write a reason into err (errlen bytes, may be 0); always returns -1 so
 * a failing check can "return proto_reason(...)".  Reasons are ASCII:
 * untrusted text only enters them through proto_escape().
 */
int	proto_reason(char *err, size_t errlen, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/* Untrusted bytes quoted into a reason: at most this many are shown. */
#define PROTO_ESCAPE_MAX	24
/* Room for an escaped excerpt: 4 bytes per byte, quotes, "...", NUL. */
#define PROTO_ESCAPE_BUFSZ	(PROTO_ESCAPE_MAX * 4 + 6)

/*
 * s as a double-quoted ASCII excerpt: printable ASCII kept, '"' and '\'
 * escaped, other bytes as \xNN, cut after PROTO_ESCAPE_MAX bytes with
 * "...".  Returns buf, which holds PROTO_ESCAPE_BUFSZ bytes.
 */
const char *proto_escape(char *buf, struct str s);

/*
 * proto_article_check() with the field names prefixed by pfx and a dot
 * (pfx "" or NULL: no prefix).
 */
int	proto_article_check_at(struct article *a, const char *pfx, char *err,
	    size_t errlen);

/*
 * The problem with a string field, if any, without the field's name:
 * longer than max ("5000000 bytes, limit 4194304"), invalid UTF-8
 * ("invalid UTF-8 at byte 12"), or (nul_ok 0) a NUL byte ("NUL byte at
 * 17").  0 if it is fine; -1 with the problem written into what.  The
 * caller adds the name, which it only formats when there is a problem.
 */
int	proto_text_problem(struct str s, size_t max, int nul_ok, char *what,
	    size_t whatlen);

#endif
