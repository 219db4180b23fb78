/*
 * sink.h — the durable copy of every result on NATS JetStream: one
 * connection to a server list, the stream checked or created at start,
 * asynchronous publishes with a bounded window, and the PubAcks handed
 * back to the broker's loop, which then records the article as done.
 */
#ifndef QUARRY_SINK_H
#define QUARRY_SINK_H

#include <stddef.h>
#include <stdint.h>

#include "message.h"

struct event_base;
struct sink;

/* Subjects (docs/protocol.md, "NATS JetStream"). */
#define SINK_SUBJECT_RESULT	"quarry.result."
#define SINK_SUBJECT_DEAD	"quarry.dead."
#define SINK_STREAM_DEFAULT	"QUARRY"
/* Stream names: JetStream allows up to 255 bytes; a name is a file name
 * on the server and a token of API subjects. */
#define SINK_STREAM_MAX		255
/* "quarry.result." + a source of PROTO_SOURCE_MAX bytes + NUL. */
#define SINK_SUBJECT_MAX	(sizeof(SINK_SUBJECT_RESULT) + PROTO_SOURCE_MAX)
#define SINK_REPLICAS_MAX	5	/* JetStream's own limit */

struct sink_settings {
	const char	*servers;	/* nats://H:P[,nats://H:P...] */
	const char	*stream;
	const char	*user;		/* with password_file, or NULL */
	const char	*password_file;
	const char	*nkey;		/* public key, with nkey_seed */
	const char	*nkey_seed;	/* file holding the seed */
	const char	*ca_file;	/* TLS: trust these CAs */
	uint64_t	 max_age_s;	/* stream retention; 0: no limit */
	unsigned	 replicas;
	uint64_t	 duplicate_window_ms; /* >= the dedup window */
	size_t		 buffer;	/* results held unacknowledged */
};

enum sink_state {
	SINK_CONNECTING,	/* never reached the server yet */
	SINK_UP,		/* connected, stream checked: publishing */
	SINK_DOWN,		/* disconnected or failing: holding */
};

struct sink_counters {
	uint64_t	 published;	/* publish calls, resends included */
	uint64_t	 acked;		/* PubAcks, duplicates included */
	uint64_t	 duplicates;	/* PubAcks JetStream marked duplicate */
	uint64_t	 errors;	/* publishes that failed or timed out */
	size_t		 pending;	/* held, not yet acknowledged */
	size_t		 inflight;	/* of those, sent and awaiting a PubAck */
	size_t		 capacity;	/* the bound on pending */
};

/* A result's PubAck arrived: cookie is what sink_publish was given.
 * Called from a callback of the loop. */
typedef void (*sink_acked_fn)(void *arg, uint64_t cookie);

/*
 * Connect and check or create the stream.  A server that cannot be
 * reached is retried in the background (results are held meanwhile); a
 * stream whose subjects are not ours, or settings that cannot work, fail
 * here: NULL with err.
 */
struct sink *sink_new(struct event_base *, const struct sink_settings *,
	    sink_acked_fn, void *arg, char *err, size_t errlen);
/* Close the connection; unacknowledged results are dropped (the spool
 * still holds their articles). */
void	sink_destroy(struct sink **);

/*
 * Hold and publish one result ("result") or dead letter ("dead"): the
 * payload is copied.  Never refuses: the caller stops producing results
 * once sink_full() says so, which bounds what is held.
 */
void	sink_publish(struct sink *, const char *kind, struct str source,
	    struct str id, uint64_t seq, const void *payload, size_t len,
	    uint64_t cookie);
/* The buffer holds `buffer` results or more: pause. */
int	sink_full(const struct sink *);
size_t	sink_pending(const struct sink *);
enum sink_state sink_state(const struct sink *);
const char *sink_state_name(enum sink_state);
void	sink_counters(const struct sink *, struct sink_counters *);

/*
 * An article id that cannot be a Nats-Msg-Id header value as it is: a
 * control character (CR and LF would end the header) or white space at
 * either end (header parsers trim it, so two ids would collide).  0, or
 * -1 with the reason.
 */
int	sink_id_problem(struct str id, char *why, size_t whylen);
/* A retention: N, Ns, Nm, Nh or Nd, at most ten years, into seconds
 * (0: no limit).  0, or -1 with why. */
int	sink_parse_age(const char *, uint64_t *secs, char *why, size_t whylen);
/* quarry.<kind>.<source>, with what NATS reserves in a subject turned
 * into '_' (pure; buf of SINK_SUBJECT_MAX bytes). */
void	sink_subject(char *buf, size_t len, const char *kind, struct str source);

#endif
