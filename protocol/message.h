/*
 * message.h — the wire contract: every message quarry exchanges, the limits
 * on untrusted input, and the encode/decode/validate API.
 *
 * Only protocol/ reads and writes msgpack; the rest sees these structs.
 * Decoded strings are borrowed slices (struct str) into the frame that was
 * decoded, valid while that frame lives and until the decoder is used again.
 * Every decoder checks every type, every required field, every limit and
 * UTF-8 in every string, and rejects trailing bytes; on failure it writes a
 * one-line reason naming the field ("body: invalid UTF-8 at byte 12") into
 * the caller's buffer of PROTO_ERR_MAX bytes.
 */
#ifndef QUARRY_MESSAGE_H
#define QUARRY_MESSAGE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Protocol version, the "v" key of every map.  A peer that omits "v" speaks
 * version 1.  A receiver rejects any version it does not know: a change
 * that old peers would misread gets a new number; adding an optional key
 * does not (unknown keys are ignored).
 */
#define PROTO_VERSION		1

/* --- limits (every one is enforced by the decoders) --- */

/* DESIGN.md: an article id is at most 256 bytes. */
#define PROTO_ID_MAX		256
/*
 * Body: 4 MiB.  The longest news articles (long reads, transcripts) run to
 * ~200 KB of text; scraped pages with menus and comments stay well under a
 * megabyte.  4 MiB leaves a 20x margin and bounds the queue's memory.
 */
#define PROTO_BODY_MAX		(4u << 20)
/* url, source, title, lang, published, worker name, speaker, cue: 2 KiB
 * (URLs in the wild stay under 2,000 bytes; browsers cap near there). */
#define PROTO_FIELD_MAX		2048
/* source becomes part of a PUB topic; keep topics short. */
#define PROTO_SOURCE_MAX	128
/*
 * Quotes and dates per result: a quote needs at least two marks and a date
 * at least two characters, so a 4 MiB body could claim a million of each;
 * real articles have tens.  8192 of each keeps a DONE with short speakers
 * (~70 bytes a quote, ~40 a date) near 1 MiB, inside PROTO_FRAME_MAX; a
 * worker whose DONE would not fit reports an error instead.
 */
#define PROTO_QUOTES_MAX	8192
#define PROTO_DATES_MAX		8192
/* TIMEX3 values: the longest legal one, "2016-08-15T15:00:00+05:30" or
 * "P1Y2M3W4DT5H6M7S", fits in 31 bytes plus the NUL. */
#define TIMEX_VALUE_MAX		32
/* Deepest container nesting of any legal message, counting the top map
 * as 1: JOB > article = 2, DONE > result > quotes > quote = 4.  Two more
 * for producers' own keys; anything deeper is hostile. */
#define PROTO_DEPTH_MAX		6
/* Keys in any map: the largest message map has 13 known keys; producers
 * may add their own, unknown ones are ignored, but not without bound. */
#define PROTO_MAP_MAX		64
/* Any frame we receive: a maximal body plus 64 KiB for keys and the other
 * fields.  Used as ZMQ_MAXMSGSIZE.  A DONE carries no body (see
 * PROTO_QUOTES_MAX).  A published Result repeats the text of its quotes
 * and dates, so it can be larger: subscribers must not cap it at this. */
#define PROTO_FRAME_MAX		(PROTO_BODY_MAX + (64u << 10))
/* Room for a decoder's reason ("field: problem"). */
#define PROTO_ERR_MAX		192

/* A borrowed byte string, not NUL-terminated; len 0 and p NULL = absent. */
struct str {
	const char	*p;
	size_t		 len;
};

/* A calendar date (and optional time of day) parsed from "published". */
struct civil_time {
	int		 year;		/* 0 = absent */
	int		 month;		/* 1..12 */
	int		 day;		/* 1..31 */
	int		 has_time;
	int		 hour, minute, second;
	int		 has_offset;
	int		 offset_min;	/* minutes east of UTC */
};

/* Article: producer -> broker, and inside JOB. */
/*
 * How the date extractor anchors relative dates ("timeline"): on the
 * publication date (news), on the story's own dates (narrative), or as
 * it judges from the text (absent).
 */
enum timeline {
	TIMELINE_AUTO,
	TIMELINE_NEWS,
	TIMELINE_NARRATIVE,
};

struct article {
	struct str	 id;		/* required, 1..PROTO_ID_MAX bytes */
	struct str	 body;		/* required, 1..PROTO_BODY_MAX bytes */
	struct str	 url, source, title, lang, published;	/* optional */
	struct str	 timeline;	/* optional: "news" or "narrative" */
	struct civil_time pub;		/* parsed "published"; year 0 if absent */
	enum timeline	 tl;		/* parsed "timeline"; AUTO if absent */
};

enum ack_status {
	ACK_ACCEPTED,
	ACK_DUPLICATE,
	ACK_BUSY,
	ACK_REJECTED,
};

/* Ack: broker -> producer, one per article. */
struct ack {
	struct str	 id;		/* absent when the id could not be read */
	enum ack_status	 status;
	struct str	 error;		/* the reason, for rejected and busy */
};

/*
 * What a quote item holds.  Clients must expect kinds they do not know:
 * new ones may be added (indirect was), and the decoders of this version
 * reject a kind they do not know, naming it.
 */
enum quote_kind {
	QUOTE_DIRECT,		/* a quoted statement with its speaker */
	QUOTE_PARTIAL,		/* a quoted fragment, a scare quote */
	QUOTE_INDIRECT,		/* reported speech: the content, no marks */
	QUOTE_KIND_LAST = QUOTE_INDIRECT
};

/* Offsets are UTF-8 byte offsets into the body, half-open [start, end). */
struct quote {
	uint32_t	 start, end;	/* the quoted span, marks included; for
					 * indirect, the reported content */
	enum quote_kind	 kind;
	struct str	 text;		/* body[start, end); filled by decoders
					 * of Result and by extract */
	struct str	 speaker;	/* resolved name; absent = nil */
	uint32_t	 speaker_start, speaker_end; /* mention; equal = nil */
	struct str	 cue;		/* "said", "according to", ":"; or nil */
};

enum timex_type {
	TIMEX_DATE,
	TIMEX_TIME,
	TIMEX_DURATION,
	TIMEX_SET,
};

enum timex_mod {
	TIMEX_MOD_NONE,
	TIMEX_MOD_BEFORE,
	TIMEX_MOD_AFTER,
	TIMEX_MOD_ON_OR_BEFORE,
	TIMEX_MOD_ON_OR_AFTER,
	TIMEX_MOD_LESS_THAN,
	TIMEX_MOD_MORE_THAN,
	TIMEX_MOD_EQUAL_OR_LESS,
	TIMEX_MOD_EQUAL_OR_MORE,
	TIMEX_MOD_START,
	TIMEX_MOD_MID,
	TIMEX_MOD_END,
	TIMEX_MOD_APPROX,
};

/* Named after TIMEX3, the TimeML tag; glibc already owns "struct timex". */
struct timex3 {
	uint32_t	 start, end;
	enum timex_type	 type;
	enum timex_mod	 mod;
	char		 value[TIMEX_VALUE_MAX];	/* NUL-terminated */
	struct str	 text;		/* body[start, end) */
};

/*
 * Result: broker -> subscribers as [topic][map], topic "result.<source>";
 * a dead letter ("dead.<source>") has error and attempts and no quotes or
 * dates.  In DONE (worker -> broker) only quotes, dates, elapsed_us and
 * extractor travel, without the text of quotes and dates: the broker has
 * the body and fills them in.
 */
struct result {
	struct str	 id, url, source, published;
	uint64_t	 seq;
	struct quote	*quotes;
	size_t		 nquotes;
	struct timex3	*dates;
	size_t		 ndates;
	struct str	 worker;
	uint64_t	 elapsed_us;
	struct str	 extractor;	/* extractor version */
	struct str	 error;		/* dead letters: why */
	uint32_t	 attempts;	/* dead letters: how many tries */
};

/* Worker protocol (worker DEALER <-> broker ROUTER), one frame each way. */
enum wmsg_type {
	WMSG_READY,		/* worker -> broker: credit, pid, name, extractor */
	WMSG_JOB,		/* broker -> worker: job, attempt, article */
	WMSG_DONE,		/* worker -> broker: job, result or error;
				 * returns one credit */
	WMSG_HEARTBEAT,		/* both ways */
	WMSG_BYE,		/* both ways: the sender is going away */
	WMSG_JOBS,		/* broker -> worker: msgs, several JOBs */
	WMSG_DONES,		/* worker -> broker: msgs, several DONEs */
};

/* Most jobs a worker may ask to hold at once. */
#define PROTO_CREDIT_MAX	64
/*
 * Most messages in one JOBS or DONES (a batch, docs/protocol.md 7.5):
 * a worker holds at most its credit of jobs, so no batch of its JOBs or
 * of their DONEs can carry more than PROTO_CREDIT_MAX.
 */
#define PROTO_BATCH_MAX		PROTO_CREDIT_MAX

struct wmsg {
	enum wmsg_type	 type;
	uint32_t	 credit;	/* READY: 1..PROTO_CREDIT_MAX */
	int64_t		 pid;		/* READY: the worker's pid */
	struct str	 name;		/* READY: e.g. "host:pid" */
	struct str	 extractor;	/* READY: extractor version */
	uint64_t	 job;		/* JOB, DONE */
	uint32_t	 attempt;	/* JOB: 1 on first delivery */
	struct article	 article;	/* JOB */
	struct result	 result;	/* DONE: quotes, dates, elapsed_us,
					 * extractor */
	struct str	 error;		/* DONE: extraction failed, why */
	uint32_t	 batch;		/* READY: most JOBs in one JOBS; 0 =
					 * absent, the same as 1 (none) */
	/* JOBS, DONES: each message of the batch, whole, as a slice of the
	 * frame; the array is the decoder's (proto_decode_wmsg_item). */
	const struct str *msgs;
	size_t		 nmsgs;
};

/* --- names --- */
const char	*ack_status_name(enum ack_status);
const char	*quote_kind_name(enum quote_kind);
const char	*timex_type_name(enum timex_type);
const char	*timex_mod_name(enum timex_mod);	/* NULL for NONE */
/* The same names with their lengths (an encoder's, to skip strlen). */
struct str	 quote_kind_str(enum quote_kind);
struct str	 timex_type_str(enum timex_type);
struct str	 timex_mod_str(enum timex_mod);	/* { NULL, 0 } for NONE */
const char	*wmsg_type_name(enum wmsg_type);
/* Reverse lookups for decoders and JSON readers: 0, or -1 if unknown. */
int		 ack_status_parse(struct str, enum ack_status *);
int		 quote_kind_parse(struct str, enum quote_kind *);
int		 timex_type_parse(struct str, enum timex_type *);
int		 timex_mod_parse(struct str, enum timex_mod *);

/* --- validation, for articles from any source (msgpack or JSON) --- */

/*
 * Check an article whose fields were filled from untrusted input: required
 * fields present, lengths within limits, UTF-8, no NUL in id, "published"
 * RFC 3339 or YYYY-MM-DD (and fill a->pub).  0, or -1 with a reason.
 */
int	proto_article_check(struct article *a, char *err, size_t errlen);

/* Parse RFC 3339 ("2016-08-15T10:30:00Z", "...+02:00") or "2016-08-15". */
int	proto_parse_published(struct str s, struct civil_time *out);

/*
 * Check a worker's result against the body it was computed on: offsets in
 * range, start < end, on UTF-8 boundaries, counts within limits.  Fills the
 * text of every quote and date from the body.  0, or -1 with a reason.
 */
int	proto_result_check(struct result *r, struct str body, char *err,
	    size_t errlen);

/* --- encoding --- */

/* A growable output buffer, reused across messages to avoid heap churn. */
struct pbuf {
	char		*data;
	size_t		 len;
	size_t		 cap;
};

void	pbuf_reset(struct pbuf *);		/* len = 0, keeps memory */
void	pbuf_free(struct pbuf *);		/* frees, zeroes */

/*
 * Each encoder resets the buffer, then writes one msgpack map.  Absent
 * optional strings are omitted (or nil where the Result says nil).
 * 0, or -1 on out-of-memory.
 */
int	proto_encode_article(struct pbuf *, const struct article *);
int	proto_encode_ack(struct pbuf *, const struct ack *);
int	proto_encode_wmsg(struct pbuf *, const struct wmsg *);
/* Full Result or dead letter (error set) as published to subscribers;
 * each quote's and date's text is written from its text field. */
int	proto_encode_result(struct pbuf *, const struct result *);
/*
 * proto_encode_result() for a Result made from the DONE that d decoded
 * last, the same bytes: the quotes and dates d read in exactly the form
 * the encoder writes them are copied from that DONE's frame, with their
 * text added, instead of being encoded again.  r's quotes and dates must
 * be d's arrays, unchanged but for their text, and the frame must still
 * be in memory (quarryd publishes while it holds the DONE); the others
 * are encoded as proto_encode_result() does.
 */
struct proto_decoder;
int	proto_encode_result_reusing(struct pbuf *, const struct result *,
	    const struct proto_decoder *d);
/*
 * The same, after headroom bytes the caller keeps at the front of the
 * buffer (their content is the caller's): the Result is b->data +
 * headroom up to b->len, so quarryd hands the buffer to ZeroMQ as it is
 * (daemon/results.h) instead of copying the Result into one.
 */
int	proto_encode_result_reusing_at(struct pbuf *, size_t headroom,
	    const struct result *, const struct proto_decoder *d);
/* The subscription-sync message published on "quarry.hello": {v}. */
int	proto_encode_hello(struct pbuf *);

/*
 * The same bytes as proto_encode_wmsg, in two steps, so a large JOB
 * message can be built straight into the memory it is sent from: the
 * size (0 if it cannot be encoded), then the encoding into exactly that
 * many bytes (0, or -1 with EMSGSIZE if len is not the size).
 */
size_t	proto_wmsg_size(const struct wmsg *);
int	proto_encode_wmsg_into(void *buf, size_t len, const struct wmsg *);

/*
 * A batch (JOBS or DONES) built in place: {v, t, msgs: [bin, ...]}, each
 * bin one whole JOB or DONE as proto_encode_wmsg() writes it.  The size
 * of a batch of n messages is proto_batch_head_size(type, n) plus
 * proto_batch_item_size(len) for each; proto_batch_open() writes the head
 * into a buffer of exactly that size, and each proto_batch_item() the
 * next message's bin header, returning where its len bytes go (NULL if
 * they do not fit: the sizes were not the ones counted).
 */
struct proto_batch {
	unsigned char	*buf;
	size_t		 len, pos;
};

size_t	proto_batch_head_size(enum wmsg_type, size_t n);
size_t	proto_batch_item_size(size_t len);
int	proto_batch_open(struct proto_batch *, void *buf, size_t len,
	    enum wmsg_type type, size_t n);
void	*proto_batch_item(struct proto_batch *, size_t len);

/* --- decoding --- */

/*
 * A decoder owns the scratch memory of decoding (the quote and date
 * arrays) and reuses it from message to message.
 */
struct proto_decoder;

struct proto_decoder *proto_decoder_new(void);		/* NULL on ENOMEM */
void	proto_decoder_destroy(struct proto_decoder **);
/*
 * A decoder reads the quotes and dates of a DONE that are in the exact
 * form workers write them in its one pass over the frame (decode_scan.c); with
 * on = 0 every element goes through the general scan and walk instead.
 * Verdicts, reasons and values are the same either way: the switch is
 * for the tests and the fuzzer, which compare the two.
 */
void	proto_decoder_fast_items(struct proto_decoder *, int on);

/*
 * Decoders: buf/len is one whole frame.  0 on success; -1 with a reason in
 * err.  On success, slices point into buf; quote and date arrays belong to
 * the decoder and live until its next use.
 */
int	proto_decode_article(struct proto_decoder *, const void *buf,
	    size_t len, struct article *out, char *err, size_t errlen);
int	proto_decode_ack(struct proto_decoder *, const void *buf, size_t len,
	    struct ack *out, char *err, size_t errlen);
/* On failure, out->type and out->job are kept if "t" (and "job") could
 * be read, so a worker can answer a JOB it cannot decode. */
int	proto_decode_wmsg(struct proto_decoder *, const void *buf, size_t len,
	    struct wmsg *out, char *err, size_t errlen);
/*
 * Message i of a batch that proto_decode_wmsg() decoded with d: a JOB of
 * a JOBS, a DONE of a DONES, decoded as a frame of its own, with reasons
 * prefixed "msgs[i].".  Another type, or a batch, is refused.  On failure
 * out->type and out->job are kept as proto_decode_wmsg() keeps them.  The
 * batch's msgs stay valid (d keeps them apart from what a JOB or DONE
 * uses) until d decodes another batch.
 */
int	proto_decode_wmsg_item(struct proto_decoder *, const struct wmsg *batch,
	    size_t i, struct wmsg *out, char *err, size_t errlen);
int	proto_decode_result(struct proto_decoder *, const void *buf,
	    size_t len, struct result *out, char *err, size_t errlen);

/*
 * Best effort for a rejected ack: the id of a frame that failed to decode,
 * if the frame is a map with a valid "id" string.  Never fails loudly.
 */
int	proto_peek_id(struct proto_decoder *, const void *buf, size_t len,
	    struct str *id);

/* struct str helpers */
static inline struct str
str_make(const char *p, size_t len)
{
	struct str s = { p, len };
	return s;
}

#define STR_LIT(s)	str_make((s), sizeof(s) - 1)

int	str_eq(struct str, const char *);	/* equal to a C string */

#endif
