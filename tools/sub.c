/*
 * sub.c — `quarry sub`: a subscriber.  Results published by the broker
 * come out as JSON lines, one flushed line each, so a pipeline sees them
 * as they happen.
 *
 * A SUB socket's subscriptions travel to the publisher asynchronously, so
 * "subscribed" does not mean "in effect".  The broker answers every
 * subscription to quarry.hello with a [quarry.hello][map] message; as
 * subscriptions on one connection are applied in order, once the hello
 * arrives the topics subscribed before it are in effect too, and
 * --ready-file tells a script it may start producing.
 *
 * The broker numbers every Result and dead letter it publishes (seq).  A
 * subscriber to all of them can count exactly what it missed, which the
 * broker cannot: libzmq drops for a subscriber whose queue is full
 * without telling which (docs/protocol.md).  So a gap is said on stderr.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <zmq.h>

#include "json.h"
#include "keyfile.h"
#include "log.h"
#include "message.h"
#include "tools.h"
#include "util.h"

#define SUB_ENDPOINT	"tcp://127.0.0.1:7401"
#define SUB_HELLO	"quarry.hello"
/* Topics of messages that carry a Result. */
#define SUB_RESULT	"result."
#define SUB_DEAD	"dead."
/* A day: beyond any useful wait, and its milliseconds fit an int. */
#define SUB_TIMEOUT_MAX_S 86400
/* Longest topic we print in a complaint: "dead." and a source. */
#define SUB_TOPIC_SHOW	(5 + PROTO_SOURCE_MAX)

struct sub {
	void		*sock;
	struct proto_decoder *dec;
	struct pbuf	 out;
	int		 timeout_ms;	/* -1: wait for ever */
	int		 synced;	/* the hello came */
	int		 all;		/* subscribed to every Result */
	uint64_t	 results;	/* printed */
	uint64_t	 last_seq;	/* 0: none yet */
	uint64_t	 lost;		/* by the gaps in seq */
};

static int
has_prefix(const void *p, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);

	return len >= n && memcmp(p, prefix, n) == 0;
}

/* Receive and drop what is left of a multipart message. */
static void
sub_drain(struct sub *s, int more)
{
	zmq_msg_t m;

	zmq_msg_init(&m);
	while (more) {
		if (zmq_msg_recv(&m, s->sock, 0) == -1)
			break;
		more = zmq_msg_more(&m);
	}
	zmq_msg_close(&m);
}

/*
 * What seq tells a subscriber to every Result: a gap is messages it
 * missed (it fell behind, or was closed for not reading, and ZeroMQ
 * reconnected it); a seq that went down, a broker that restarted.
 */
static void
sub_seq(struct sub *s, uint64_t seq)
{
	uint64_t gap;

	if (s->all && s->last_seq != 0 && seq > s->last_seq + 1) {
		gap = seq - s->last_seq - 1;
		s->lost += gap;
		fprintf(stderr, "quarry sub: missed %llu message%s (seq %llu "
		    "to %llu): this subscriber fell behind the broker "
		    "(%llu missed in all)\n", (unsigned long long)gap,
		    gap == 1 ? "" : "s", (unsigned long long)s->last_seq + 1,
		    (unsigned long long)seq - 1,
		    (unsigned long long)s->lost);
	} else if (s->all && s->last_seq != 0 && seq <= s->last_seq)
		fprintf(stderr, "quarry sub: seq went from %llu to %llu: the "
		    "broker restarted\n", (unsigned long long)s->last_seq,
		    (unsigned long long)seq);
	s->last_seq = seq;
}

static void
sub_result(struct sub *s, struct str topic, zmq_msg_t *body)
{
	char err[PROTO_ERR_MAX];
	struct result r;

	if (proto_decode_result(s->dec, zmq_msg_data(body),
	    zmq_msg_size(body), &r, err, sizeof(err)) == -1) {
		fprintf(stderr, "quarry sub: %.*s: malformed result: %s\n",
		    (int)(topic.len < SUB_TOPIC_SHOW ? topic.len :
		    SUB_TOPIC_SHOW), topic.p, err);
		return;
	}
	sub_seq(s, r.seq);
	json_write_result_topic(&s->out, topic, &r);
	if (fwrite(s->out.data, 1, s->out.len, stdout) != s->out.len ||
	    fflush(stdout) == EOF) {
		fprintf(stderr, "quarry sub: stdout: %s\n", strerror(errno));
		exit(2);
	}
	s->results++;
}

/*
 * Wait for one message and handle it.  0, or -1 when the wait timed out.
 */
static int
sub_next(struct sub *s)
{
	zmq_pollitem_t pi = { s->sock, 0, ZMQ_POLLIN, 0 };
	zmq_msg_t topic, body;
	const char *t;
	size_t tlen;
	int rc;

	for (;;) {
		rc = zmq_poll(&pi, 1, s->timeout_ms);
		if (rc == -1 && errno != EINTR)
			fatalx("zmq_poll: %s", zmq_strerror(errno));
		if (rc == 0)
			return -1;
		if (rc == 1)
			break;
	}
	zmq_msg_init(&topic);
	zmq_msg_init(&body);
	if (zmq_msg_recv(&topic, s->sock, ZMQ_DONTWAIT) == -1) {
		if (errno != EAGAIN && errno != EINTR)
			fatalx("zmq_msg_recv: %s", zmq_strerror(errno));
		goto out;
	}
	t = zmq_msg_data(&topic);
	tlen = zmq_msg_size(&topic);
	if (!zmq_msg_more(&topic)) {
		fprintf(stderr, "quarry sub: malformed message: one frame, "
		    "expected [topic][map]\n");
		goto out;
	}
	if (zmq_msg_recv(&body, s->sock, 0) == -1)
		fatalx("zmq_msg_recv: %s", zmq_strerror(errno));
	if (zmq_msg_more(&body)) {
		fprintf(stderr, "quarry sub: malformed message: more than "
		    "two frames\n");
		sub_drain(s, 1);
		goto out;
	}
	if (tlen == strlen(SUB_HELLO) && has_prefix(t, tlen, SUB_HELLO)) {
		if (!s->synced) {
			s->synced = 1;
			/* Others' hellos are no news to us. */
			if (zmq_setsockopt(s->sock, ZMQ_UNSUBSCRIBE,
			    SUB_HELLO, strlen(SUB_HELLO)) == -1)
				fatalx("zmq_setsockopt: %s",
				    zmq_strerror(errno));
		}
	} else if (has_prefix(t, tlen, SUB_RESULT) ||
	    has_prefix(t, tlen, SUB_DEAD))
		sub_result(s, str_make(t, tlen), &body);
	/* Any other topic is not ours to print: the next version's. */
out:
	zmq_msg_close(&topic);
	zmq_msg_close(&body);
	return 0;
}

int
sub_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "endpoint", required_argument, NULL, 'e' },
		{ "topic", required_argument, NULL, 'T' },
		{ "count", required_argument, NULL, 'c' },
		{ "timeout", required_argument, NULL, 't' },
		{ "ready-file", required_argument, NULL, 'r' },
		{ "curve-server-key", required_argument, NULL, 'S' },
		{ "curve-key", required_argument, NULL, 'K' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *endpoint = SUB_ENDPOINT, *ready = NULL;
	const char *server_key = NULL, *curve_key = NULL;
	char err[4096];
	const char **topics;
	size_t ntopics = 0, i;
	uint64_t count = 0;	/* 0: no limit */
	double v;
	struct sub s;
	void *zctx;
	int c, fd, zero = 0, rc = 0;

	/* From JetStream instead of the XPUB (natssub.c). */
	for (i = 1; i < (size_t)argc; i++)
		if (strcmp(argv[i], "--nats") == 0 ||
		    strncmp(argv[i], "--nats=", 7) == 0)
			return natssub_main(argc, argv);
	memset(&s, 0, sizeof(s));
	s.timeout_ms = -1;
	topics = xcalloc((size_t)argc, sizeof(*topics));
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'e':
			endpoint = optarg;
			break;
		case 'T':
			topics[ntopics++] = optarg;
			break;
		case 'r':
			ready = optarg;
			break;
		case 'S':
			server_key = optarg;
			break;
		case 'K':
			curve_key = optarg;
			break;
		case 'c':
			if (tools_number("sub", "--count", optarg, 1, 1e15, 1,
			    &v) == -1)
				goto usage;
			count = (uint64_t)v;
			break;
		case 't':
			if (tools_number("sub", "--timeout", optarg, 0.001,
			    SUB_TIMEOUT_MAX_S, 0, &v) == -1)
				goto usage;
			s.timeout_ms = (int)(v * 1000);
			break;
		default:
			goto usage;
		}
	}
	if (optind != argc)
		goto usage;
	if (ntopics == 0)
		topics[ntopics++] = "";
	/* seq counts every Result and dead letter: only a subscriber to
	 * all of them can tell a gap from a filter. */
	{
		int results = 0, dead = 0;

		for (i = 0; i < ntopics; i++) {
			results |= strlen(topics[i]) <= strlen(SUB_RESULT) &&
			    has_prefix(SUB_RESULT, strlen(SUB_RESULT),
			    topics[i]);
			dead |= strlen(topics[i]) <= strlen(SUB_DEAD) &&
			    has_prefix(SUB_DEAD, strlen(SUB_DEAD), topics[i]);
		}
		s.all = results && dead;
	}

	if ((s.dec = proto_decoder_new()) == NULL)
		fatal("proto_decoder_new");
	if ((zctx = zmq_ctx_new()) == NULL ||
	    (s.sock = zmq_socket(zctx, ZMQ_SUB)) == NULL)
		fatalx("zmq socket: %s", zmq_strerror(errno));
	/*
	 * No ZMQ_MAXMSGSIZE: a published Result repeats the text of its
	 * quotes and dates and may exceed PROTO_FRAME_MAX (message.h); the
	 * publisher is our own broker, which checked what it sends.
	 */
	if (zmq_setsockopt(s.sock, ZMQ_LINGER, &zero, sizeof(zero)) == -1)
		fatalx("zmq_setsockopt: %s", zmq_strerror(errno));
	if (keyfile_curve_client(s.sock, server_key, curve_key, err,
	    sizeof(err)) == -1) {
		fprintf(stderr, "quarry sub: %s\n", err);
		rc = 2;
		goto done;
	}
	if (zmq_connect(s.sock, endpoint) == -1) {
		fprintf(stderr, "quarry sub: %s: %s\n", endpoint,
		    zmq_strerror(errno));
		rc = 2;
		goto done;
	}
	/* The topics first, the hello last: see the comment on top. */
	for (i = 0; i < ntopics; i++)
		if (zmq_setsockopt(s.sock, ZMQ_SUBSCRIBE, topics[i],
		    strlen(topics[i])) == -1)
			fatalx("zmq_setsockopt: %s", zmq_strerror(errno));
	if (zmq_setsockopt(s.sock, ZMQ_SUBSCRIBE, SUB_HELLO,
	    strlen(SUB_HELLO)) == -1)
		fatalx("zmq_setsockopt: %s", zmq_strerror(errno));

	while (!s.synced) {
		if (sub_next(&s) == -1) {
			fprintf(stderr, "quarry sub: timed out waiting for "
			    "the broker's hello on %s\n", endpoint);
			rc = 2;
			goto done;
		}
	}
	if (ready != NULL) {
		fd = open(ready, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
		    0644);
		if (fd == -1 || close(fd) == -1) {
			fprintf(stderr, "quarry sub: %s: %s\n", ready,
			    strerror(errno));
			rc = 2;
			goto done;
		}
	}
	while (count == 0 || s.results < count) {
		if (sub_next(&s) == -1) {
			fprintf(stderr, "quarry sub: timed out after %d ms "
			    "with %llu result%s\n", s.timeout_ms,
			    (unsigned long long)s.results,
			    s.results == 1 ? "" : "s");
			rc = 2;
			break;
		}
	}
done:
	pbuf_free(&s.out);
	proto_decoder_destroy(&s.dec);
	free(topics);
	zmq_close(s.sock);
	zmq_ctx_term(zctx);
	return rc;
usage:
	free(topics);
	return TOOLS_USAGE;
}
