/*
 * feed.c — `quarry feed`: a producer.  Article JSON lines go to the
 * broker's ingest ROUTER over a DEALER, up to a window of them
 * unacknowledged; every article ends accepted, duplicate or rejected, and
 * one the broker had no room for (busy) is sent again after a backoff.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zmq.h>

#include "json.h"
#include "keyfile.h"
#include "log.h"
#include "message.h"
#include "tools.h"
#include "util.h"

#define FEED_ENDPOINT		"tcp://127.0.0.1:7400"
/*
 * Articles in flight: a round trip to a local broker is ~100 us and an
 * article takes a worker ~1 ms, so 64 keep a dozen workers' credit and
 * the queue fed, while a full queue turns back no more than 64 (busy).
 */
#define FEED_WINDOW		64
/*
 * Each unacknowledged article keeps its encoded frame for a resend; 1024
 * of them is ~5 MB of typical articles.  The send high-water mark is set
 * above the window, so a send never blocks on it.
 */
#define FEED_WINDOW_MAX		1024
/* No ack for 30 s: the broker is not there or not working. */
#define FEED_TIMEOUT_S		30
/* A day: beyond any useful wait, and its milliseconds fit an int. */
#define FEED_TIMEOUT_MAX_S	86400
/* Busy backoff: 10 ms doubling to 1 s, the brief's schedule. */
#define FEED_BACKOFF_MIN_US	10000
#define FEED_BACKOFF_MAX_US	1000000
/* The progress line is redrawn at most this often: 5 Hz reads as live
 * without costing anything next to the articles. */
#define FEED_PROGRESS_US	200000
/* No ack for 2 s: a local broker answers in a millisecond, so say that
 * none is answering (and again every 10 s) rather than sit silent
 * until the timeout. */
#define FEED_QUIET_US		2000000
#define FEED_QUIET_AGAIN_US	10000000
/* The same busy reason is repeated at most once a second. */
#define FEED_BUSY_SAY_US	1000000
#define FEED_WHY_MAX		128

/* One article sent and not yet answered for good. */
struct slot {
	int		 used;
	uint64_t	 order;		/* send order, to match repeated ids */
	uint64_t	 retry_at;	/* busy: when to resend; 0 = sent */
	size_t		 idlen;
	char		 id[PROTO_ID_MAX];
	struct pbuf	 frame;		/* the encoded article */
};

struct feed {
	void		*sock;
	struct proto_decoder *dec;
	struct slot	*slots;
	size_t		 window;
	size_t		 inflight;	/* used slots */
	size_t		 waiting;	/* used slots with retry_at set */
	uint64_t	 order;
	uint64_t	 backoff_us;
	uint64_t	 timeout_us;
	uint64_t	 progress_at;	/* last send or final ack */
	uint64_t	 total, accepted, duplicate, rejected, retries;
	int		 tty;		/* stderr is a terminal: show progress */
	uint64_t	 started_at, shown_at;
	const char	*endpoint;
	uint64_t	 acked_at;	/* the last ack of any kind */
	uint64_t	 quiet_said_at;	/* "no answer" last said */
	uint64_t	 busy_said_at;
	char		 busy_why[FEED_WHY_MAX]; /* the last reason said */
};

/* A line about what is happening; on a terminal it replaces the
 * progress line, which is redrawn after it. */
static void
feed_say(struct feed *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
feed_say(struct feed *f, const char *fmt, ...)
{
	va_list ap;

	if (f->tty)
		fputs("\r\033[K", stderr);
	fputs("quarry feed: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	f->shown_at = 0;
}

/* Articles wait and no ack came for a while: say so, then now and then. */
static void
feed_quiet(struct feed *f, uint64_t now)
{
	uint64_t since = f->acked_at > f->started_at ? f->acked_at :
	    f->started_at;

	if (f->inflight == 0 || f->waiting == f->inflight ||
	    now - since < FEED_QUIET_US ||
	    (f->quiet_said_at > since &&
	    now - f->quiet_said_at < FEED_QUIET_AGAIN_US))
		return;
	f->quiet_said_at = now;
	feed_say(f, "no answer from %s for %.0f s: is quarryd running and "
	    "listening there? (%zu article%s waiting; giving up after %.0f "
	    "s without progress, --timeout)", f->endpoint,
	    (double)(now - since) / 1e6, f->inflight,
	    f->inflight == 1 ? "" : "s", (double)f->timeout_us / 1e6);
}

/*
 * On a terminal, one line redrawn in place: sent, acked, rejected, rate.
 * In a pipe or a log, nothing: only the summary at the end.
 */
static void
feed_progress(struct feed *f, int final)
{
	uint64_t now = now_us();
	double secs;

	if (!f->tty || (!final && now - f->shown_at < FEED_PROGRESS_US))
		return;
	f->shown_at = now;
	secs = (double)(now - f->started_at) / 1e6;
	if (final) {
		fputs("\r\033[K", stderr);	/* the summary takes the line */
		return;
	}
	fprintf(stderr, "\rquarry feed: %llu sent, %llu acked, %llu "
	    "rejected, %.0f articles/s\033[K",
	    (unsigned long long)f->total,
	    (unsigned long long)(f->accepted + f->duplicate),
	    (unsigned long long)f->rejected,
	    secs > 0 ? (double)(f->accepted + f->duplicate) / secs : 0.0);
}

/* Both frames of an article: [empty][article]. */
static void
feed_send(struct feed *f, struct slot *s)
{
	if (zmq_send(f->sock, "", 0, ZMQ_SNDMORE) == -1 ||
	    zmq_send(f->sock, s->frame.data, s->frame.len, 0) == -1) {
		if (errno == EAGAIN)
			errno = ETIMEDOUT;
		fprintf(stderr, "quarry feed: send: %s\n", zmq_strerror(errno));
		exit(2);
	}
}

static struct slot *
feed_free_slot(struct feed *f)
{
	size_t i;

	for (i = 0; i < f->window; i++)
		if (!f->slots[i].used)
			return &f->slots[i];
	fatalx("feed: no free slot with %zu in flight", f->inflight);
}

/* The oldest slot sent with this id and not waiting to be resent. */
static struct slot *
feed_find(struct feed *f, struct str id)
{
	struct slot *best = NULL, *s;
	size_t i;

	for (i = 0; i < f->window; i++) {
		s = &f->slots[i];
		if (s->used && s->retry_at == 0 && s->idlen == id.len &&
		    memcmp(s->id, id.p, id.len) == 0 &&
		    (best == NULL || s->order < best->order))
			best = s;
	}
	return best;
}

static void
feed_article(struct feed *f, const struct article *a)
{
	struct slot *s = feed_free_slot(f);

	if (proto_encode_article(&s->frame, a) == -1)
		fatal("encode article");
	s->used = 1;
	s->order = f->order++;
	s->retry_at = 0;
	s->idlen = a->id.len;
	memcpy(s->id, a->id.p, a->id.len);
	feed_send(f, s);
	f->inflight++;
	f->progress_at = now_us();
}

static void
feed_done(struct feed *f, struct slot *s)
{
	s->used = 0;
	f->inflight--;
	f->progress_at = now_us();
}

static void
feed_ack(struct feed *f, const struct ack *k)
{
	struct slot *s;

	if (k->id.p == NULL) {
		fprintf(stderr, "quarry feed: ack without id: %s: %.*s\n",
		    ack_status_name(k->status), (int)k->error.len,
		    k->error.p ? k->error.p : "");
		return;
	}
	f->acked_at = now_us();
	if ((s = feed_find(f, k->id)) == NULL) {
		fprintf(stderr, "quarry feed: ack for an unknown id: %.*s\n",
		    (int)k->id.len, k->id.p);
		return;
	}
	switch (k->status) {
	case ACK_ACCEPTED:
		f->accepted++;
		f->backoff_us = FEED_BACKOFF_MIN_US;
		feed_done(f, s);
		break;
	case ACK_DUPLICATE:
		f->duplicate++;
		feed_done(f, s);
		break;
	case ACK_REJECTED:
		fprintf(stderr, "quarry feed: %.*s: rejected: %.*s\n",
		    (int)k->id.len, k->id.p, (int)k->error.len,
		    k->error.p ? k->error.p : "");
		f->rejected++;
		feed_done(f, s);
		break;
	case ACK_BUSY:
		/*
		 * One backoff for the whole feed, not one per article: a
		 * full queue says "slow down" to this producer, and every
		 * article in the window will hear the same.
		 */
		s->retry_at = now_us() + f->backoff_us;
		/* Why, when it is news: "queue full", "shutting down". */
		if (f->acked_at - f->busy_said_at >= FEED_BUSY_SAY_US ||
		    k->error.len != strlen(f->busy_why) ||
		    memcmp(k->error.p, f->busy_why, k->error.len) != 0) {
			size_t n = k->error.len < FEED_WHY_MAX - 1 ?
			    k->error.len : FEED_WHY_MAX - 1;

			if (n > 0)
				memcpy(f->busy_why, k->error.p, n);
			f->busy_why[n] = '\0';
			f->busy_said_at = f->acked_at;
			feed_say(f, "busy: %s; resending after %llu ms "
			    "(backing off up to %d ms)", n > 0 ? f->busy_why :
			    "no reason given",
			    (unsigned long long)(f->backoff_us / 1000),
			    FEED_BACKOFF_MAX_US / 1000);
		}
		f->backoff_us *= 2;
		if (f->backoff_us > FEED_BACKOFF_MAX_US)
			f->backoff_us = FEED_BACKOFF_MAX_US;
		f->waiting++;
		break;
	}
}

/* Read every ack that has arrived. */
static void
feed_recv(struct feed *f)
{
	char err[PROTO_ERR_MAX];
	zmq_msg_t delim, body;
	struct ack k;
	int more;

	zmq_msg_init(&delim);
	zmq_msg_init(&body);
	for (;;) {
		if (zmq_msg_recv(&delim, f->sock, ZMQ_DONTWAIT) == -1) {
			if (errno == EAGAIN || errno == EINTR)
				break;
			fprintf(stderr, "quarry feed: recv: %s\n",
			    zmq_strerror(errno));
			exit(2);
		}
		if (zmq_msg_size(&delim) != 0 || !zmq_msg_more(&delim)) {
			fprintf(stderr, "quarry feed: malformed ack: expected "
			    "[empty][ack]\n");
			for (more = zmq_msg_more(&delim); more;
			    more = zmq_msg_more(&body))
				if (zmq_msg_recv(&body, f->sock, 0) == -1)
					break;
			continue;
		}
		if (zmq_msg_recv(&body, f->sock, 0) == -1) {
			fprintf(stderr, "quarry feed: recv: %s\n",
			    zmq_strerror(errno));
			exit(2);
		}
		more = zmq_msg_more(&body);
		while (more) {
			zmq_msg_t extra;

			zmq_msg_init(&extra);
			if (zmq_msg_recv(&extra, f->sock, 0) == -1)
				more = 0;
			else
				more = zmq_msg_more(&extra);
			zmq_msg_close(&extra);
		}
		if (proto_decode_ack(f->dec, zmq_msg_data(&body),
		    zmq_msg_size(&body), &k, err, sizeof(err)) == -1) {
			fprintf(stderr, "quarry feed: malformed ack: %s\n",
			    err);
			continue;
		}
		feed_ack(f, &k);
	}
	zmq_msg_close(&delim);
	zmq_msg_close(&body);
}

/* Resend the busy articles whose backoff is over; the next one's due time. */
static uint64_t
feed_resend(struct feed *f, uint64_t now)
{
	uint64_t next = 0;
	size_t i;

	for (i = 0; i < f->window; i++) {
		struct slot *s = &f->slots[i];

		if (!s->used || s->retry_at == 0)
			continue;
		if (s->retry_at <= now) {
			s->retry_at = 0;
			f->waiting--;
			f->retries++;
			feed_send(f, s);
		} else if (next == 0 || s->retry_at < next) {
			next = s->retry_at;
		}
	}
	return next;
}

int
feed_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "endpoint", required_argument, NULL, 'e' },
		{ "window", required_argument, NULL, 'w' },
		{ "timeout", required_argument, NULL, 't' },
		{ "curve-server-key", required_argument, NULL, 'S' },
		{ "curve-key", required_argument, NULL, 'K' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *endpoint = FEED_ENDPOINT;
	const char *server_key = NULL, *curve_key = NULL;
	struct feed f;
	struct json_input *in;
	struct article a;
	char err[JSON_INPUT_ERR_MAX + 4096];
	double v, timeout_s = FEED_TIMEOUT_S;
	int c, hwm, ms, eof = 0, failed = 0, timedout = 0, zero = 0;
	int64_t maxmsg = PROTO_FRAME_MAX;
	void *zctx;
	size_t i;

	memset(&f, 0, sizeof(f));
	f.window = FEED_WINDOW;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'e':
			endpoint = optarg;
			break;
		case 'w':
			if (tools_number("feed", "--window", optarg, 1,
			    FEED_WINDOW_MAX, 1, &v) == -1)
				return TOOLS_USAGE;
			f.window = (size_t)v;
			break;
		case 't':
			if (tools_number("feed", "--timeout", optarg, 0.001,
			    FEED_TIMEOUT_MAX_S, 0, &timeout_s) == -1)
				return TOOLS_USAGE;
			break;
		case 'S':
			server_key = optarg;
			break;
		case 'K':
			curve_key = optarg;
			break;
		default:
			return TOOLS_USAGE;
		}
	}
	f.timeout_us = (uint64_t)(timeout_s * 1e6);
	f.backoff_us = FEED_BACKOFF_MIN_US;
	f.slots = xcalloc(f.window, sizeof(*f.slots));
	if ((f.dec = proto_decoder_new()) == NULL)
		fatal("proto_decoder_new");

	if ((zctx = zmq_ctx_new()) == NULL ||
	    (f.sock = zmq_socket(zctx, ZMQ_DEALER)) == NULL)
		fatalx("zmq socket: %s", zmq_strerror(errno));
	hwm = (int)f.window * 2;
	/* A send blocked this long (the peer's pipe full) has timed out. */
	ms = (int)(timeout_s * 1000);
	/* Everything is acknowledged (or given up on) before close. */
	if (zmq_setsockopt(f.sock, ZMQ_LINGER, &zero, sizeof(zero)) == -1 ||
	    zmq_setsockopt(f.sock, ZMQ_SNDHWM, &hwm, sizeof(hwm)) == -1 ||
	    zmq_setsockopt(f.sock, ZMQ_SNDTIMEO, &ms, sizeof(ms)) == -1 ||
	    zmq_setsockopt(f.sock, ZMQ_MAXMSGSIZE, &maxmsg,
	    sizeof(maxmsg)) == -1)
		fatalx("zmq_setsockopt: %s", zmq_strerror(errno));
	if (keyfile_curve_client(f.sock, server_key, curve_key, err,
	    sizeof(err)) == -1) {
		fprintf(stderr, "quarry feed: %s\n", err);
		return 2;
	}
	if (zmq_connect(f.sock, endpoint) == -1) {
		fprintf(stderr, "quarry feed: %s: %s\n", endpoint,
		    zmq_strerror(errno));
		return 2;
	}

	f.endpoint = endpoint;
	in = json_input_new(argv + optind, (size_t)(argc - optind));
	f.progress_at = f.started_at = now_us();
	f.tty = isatty(STDERR_FILENO);
	while (!eof || f.inflight > 0) {
		zmq_pollitem_t pi = { f.sock, 0, ZMQ_POLLIN, 0 };
		uint64_t now, next, deadline;
		long wait_ms;

		/* New articles only while the broker is not pushing back. */
		while (!eof && f.inflight < f.window && f.waiting == 0) {
			switch (json_input_next(in, &a, err, sizeof(err))) {
			case JSON_INPUT_ARTICLE:
				f.total++;
				feed_article(&f, &a);
				break;
			case JSON_INPUT_BAD:
				f.total++;
				f.rejected++;
				fprintf(stderr, "%s:%zu: %s\n",
				    json_input_file(in), json_input_line(in),
				    err);
				break;
			case JSON_INPUT_IOERR:
				fprintf(stderr, "quarry feed: %s\n", err);
				failed = 1;
				break;
			case JSON_INPUT_END:
				eof = 1;
				break;
			}
			/* Take in acks that came meanwhile: zero wait. */
			feed_recv(&f);
		}
		if (f.inflight == 0)
			continue;

		now = now_us();
		next = feed_resend(&f, now);
		deadline = f.progress_at + f.timeout_us;
		if (now >= deadline) {
			timedout = 1;
			break;
		}
		if (next == 0 || next > deadline)
			next = deadline;
		wait_ms = (long)((next - now + 999) / 1000);
		if (wait_ms * 1000 > FEED_PROGRESS_US)
			wait_ms = FEED_PROGRESS_US / 1000;
		if (zmq_poll(&pi, 1, wait_ms) == -1 && errno != EINTR)
			fatalx("zmq_poll: %s", zmq_strerror(errno));
		feed_recv(&f);
		feed_quiet(&f, now_us());
		feed_progress(&f, 0);
	}
	feed_progress(&f, 1);
	if (timedout)
		fprintf(stderr, "quarry feed: timed out: no progress in %g s, "
		    "%zu article%s unacknowledged\n", timeout_s, f.inflight,
		    f.inflight == 1 ? "" : "s");
	fprintf(stderr, "quarry feed: %llu articles: %llu accepted, "
	    "%llu duplicate, %llu rejected; %llu busy retries\n",
	    (unsigned long long)f.total, (unsigned long long)f.accepted,
	    (unsigned long long)f.duplicate, (unsigned long long)f.rejected,
	    (unsigned long long)f.retries);

	json_input_destroy(&in);
	for (i = 0; i < f.window; i++)
		pbuf_free(&f.slots[i].frame);
	free(f.slots);
	proto_decoder_destroy(&f.dec);
	zmq_close(f.sock);
	zmq_ctx_term(zctx);
	if (failed || timedout)
		return 2;
	return f.rejected > 0 ? 1 : 0;
}
