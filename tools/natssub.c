/*
 * natssub.c — `quarry sub --nats`: a JetStream pull consumer of the
 * stream quarryd's sink fills.  Each result comes out as one JSON line
 * (as `quarry sub` prints them), written and flushed before it is
 * acknowledged, so a consumer with a --durable name that stops and
 * starts again resumes at the first result it had not printed.
 *
 * SIGTERM and SIGINT end it between batches: what was fetched is
 * printed and acknowledged first, so nothing waits for a redelivery.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <nats/nats.h>

#include "json.h"
#include "log.h"
#include "message.h"
#include "tools.h"
#include "util.h"

#define NATSSUB_STREAM		"QUARRY"
#define NATSSUB_SUBJECT		"quarry.result.>"
/* Messages asked for at once: enough to amortise the pull request's
 * round trip, few enough that a stop finishes its batch at once. */
#define NATSSUB_BATCH		64
/* One pull waits this long: the most a stop signal waits to be seen. */
#define NATSSUB_PULL_MS		500
/* A day: as `quarry sub --timeout`. */
#define NATSSUB_TIMEOUT_MAX_S	86400
/* An acknowledgement the server has not confirmed in this long is an
 * error (the server or its stream leader is gone). */
#define NATSSUB_ACK_WAIT_MS	5000

static volatile sig_atomic_t natssub_stop;

static void
natssub_on_signal(int sig)
{
	(void)sig;
	natssub_stop = 1;
}

/* RFC 3339 or YYYY-MM-DD (UTC) into nanoseconds since the epoch. */
static int
natssub_parse_time(const char *arg, int64_t *out)
{
	struct civil_time t;
	struct tm tm;
	time_t secs;

	if (proto_parse_published(str_make(arg, strlen(arg)), &t) == -1)
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = t.year - 1900;
	tm.tm_mon = t.month - 1;
	tm.tm_mday = t.day;
	if (t.has_time) {
		tm.tm_hour = t.hour;
		tm.tm_min = t.minute;
		tm.tm_sec = t.second;
	}
	secs = timegm(&tm);
	if (t.has_offset)
		secs -= (time_t)t.offset_min * 60;
	*out = (int64_t)secs * 1000000000;
	return 0;
}

/* Print one message's result; 0, or -1 if it is not a result (said). */
static int
natssub_print(natsMsg *m, struct proto_decoder *dec, struct pbuf *out)
{
	char err[PROTO_ERR_MAX];
	struct result r;

	if (proto_decode_result(dec, natsMsg_GetData(m),
	    (size_t)natsMsg_GetDataLength(m), &r, err, sizeof(err)) == -1) {
		fprintf(stderr, "quarry sub: %s: malformed result: %s\n",
		    natsMsg_GetSubject(m), err);
		return -1;
	}
	json_write_result(out, &r, JSON_RESULT_PUBLISHED);
	if (fwrite(out->data, 1, out->len, stdout) != out->len ||
	    fflush(stdout) == EOF) {
		fprintf(stderr, "quarry sub: stdout: %s\n", strerror(errno));
		exit(2);
	}
	return 0;
}

int
natssub_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "nats", required_argument, NULL, 'n' },
		{ "stream", required_argument, NULL, 's' },
		{ "durable", required_argument, NULL, 'd' },
		{ "subject", required_argument, NULL, 'S' },
		{ "from-seq", required_argument, NULL, 'f' },
		{ "since", required_argument, NULL, 'i' },
		{ "count", required_argument, NULL, 'c' },
		{ "timeout", required_argument, NULL, 't' },
		{ "ca", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *url = NULL, *stream = NATSSUB_STREAM, *durable = NULL;
	const char *subject = NATSSUB_SUBJECT, *ca = NULL;
	uint64_t from_seq = 0, count = 0, printed = 0;
	int64_t since_ns = 0, timeout_ms = -1, idle_ms = 0;
	natsOptions *no = NULL;
	natsConnection *nc = NULL;
	natsSubscription *sub = NULL;
	jsCtx *js = NULL;
	jsOptions jo;
	jsSubOptions so;
	jsErrCode jerr = 0;
	natsStatus st;
	struct proto_decoder *dec = NULL;
	struct pbuf out;
	struct sigaction sa;
	double v;
	int c, i, rc = 0;

	memset(&out, 0, sizeof(out));
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'n':
			url = optarg;
			break;
		case 's':
			stream = optarg;
			break;
		case 'd':
			if (optarg[0] == '\0' || strpbrk(optarg, " .*>") !=
			    NULL) {
				fprintf(stderr, "quarry sub: --durable: \"%s\" "
				    "is not a consumer name (no spaces, '.', "
				    "'*' or '>')\n", optarg);
				return TOOLS_USAGE;
			}
			durable = optarg;
			break;
		case 'S':
			subject = optarg;
			break;
		case 'f':
			if (tools_number("sub", "--from-seq", optarg, 1, 1e15,
			    1, &v) == -1)
				return TOOLS_USAGE;
			from_seq = (uint64_t)v;
			break;
		case 'i':
			if (natssub_parse_time(optarg, &since_ns) == -1) {
				fprintf(stderr, "quarry sub: --since: \"%s\" is "
				    "not RFC 3339 or YYYY-MM-DD\n", optarg);
				return TOOLS_USAGE;
			}
			break;
		case 'c':
			if (tools_number("sub", "--count", optarg, 1, 1e15, 1,
			    &v) == -1)
				return TOOLS_USAGE;
			count = (uint64_t)v;
			break;
		case 't':
			if (tools_number("sub", "--timeout", optarg, 0.001,
			    NATSSUB_TIMEOUT_MAX_S, 0, &v) == -1)
				return TOOLS_USAGE;
			timeout_ms = (int64_t)(v * 1000);
			break;
		case 'a':
			ca = optarg;
			break;
		default:
			return TOOLS_USAGE;
		}
	}
	if (optind != argc || url == NULL)
		return TOOLS_USAGE;
	if (from_seq != 0 && since_ns != 0) {
		fprintf(stderr, "quarry sub: --from-seq and --since: one or "
		    "the other\n");
		return TOOLS_USAGE;
	}

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = natssub_on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	if ((dec = proto_decoder_new()) == NULL)
		fatal("proto_decoder_new");
	st = natsOptions_Create(&no);
	if (st == NATS_OK)
		st = natsOptions_SetURL(no, url);
	if (st == NATS_OK)
		st = natsOptions_SetName(no, "quarry sub");
	if (st == NATS_OK && ca != NULL) {
		st = natsOptions_SetSecure(no, true);
		if (st == NATS_OK)
			st = natsOptions_LoadCATrustedCertificates(no, ca);
	}
	if (st == NATS_OK)
		st = natsConnection_Connect(&nc, no);
	if (st == NATS_OK)
		st = jsOptions_Init(&jo);
	jo.Wait = NATSSUB_ACK_WAIT_MS;
	if (st == NATS_OK)
		st = natsConnection_JetStream(&js, nc, &jo);
	if (st != NATS_OK) {
		fprintf(stderr, "quarry sub: %s: %s\n", url,
		    nats_GetLastError(NULL));
		rc = 2;
		goto done;
	}
	jsSubOptions_Init(&so);
	so.Stream = stream;
	so.Config.AckPolicy = js_AckExplicit;
	so.Config.FilterSubject = subject;
	if (from_seq != 0) {
		so.Config.DeliverPolicy = js_DeliverByStartSequence;
		so.Config.OptStartSeq = from_seq;
	} else if (since_ns != 0) {
		so.Config.DeliverPolicy = js_DeliverByStartTime;
		so.Config.OptStartTime = since_ns;
	} else
		so.Config.DeliverPolicy = js_DeliverAll;
	/* A durable that exists keeps its position: the start options
	 * only apply when it is created. */
	if ((st = js_PullSubscribe(&sub, js, subject, durable, &jo, &so,
	    &jerr)) != NATS_OK) {
		fprintf(stderr, "quarry sub: stream %s, subject %s%s%s: %s\n",
		    stream, subject, durable ? ", durable " : "",
		    durable ? durable : "", nats_GetLastError(NULL));
		rc = 2;
		goto done;
	}
	while (!natssub_stop && (count == 0 || printed < count)) {
		natsMsgList list = { NULL, 0 };
		int want = NATSSUB_BATCH;

		if (count != 0 && count - printed < (uint64_t)want)
			want = (int)(count - printed);
		st = natsSubscription_Fetch(&list, sub, want, NATSSUB_PULL_MS,
		    &jerr);
		if (st == NATS_TIMEOUT) {
			idle_ms += NATSSUB_PULL_MS;
			if (timeout_ms >= 0 && idle_ms >= timeout_ms) {
				fprintf(stderr, "quarry sub: timed out after "
				    "%lld ms with %llu result%s\n",
				    (long long)timeout_ms,
				    (unsigned long long)printed,
				    printed == 1 ? "" : "s");
				rc = 2;
				break;
			}
			continue;
		}
		if (st != NATS_OK) {
			/* A server restarting, a leader moving: the client
			 * reconnects; pull again after a pause. */
			fprintf(stderr, "quarry sub: fetch: %s\n",
			    nats_GetLastError(NULL));
			nats_Sleep(NATSSUB_PULL_MS);
			idle_ms += NATSSUB_PULL_MS;
			if (timeout_ms >= 0 && idle_ms >= timeout_ms) {
				rc = 2;
				break;
			}
			continue;
		}
		idle_ms = 0;
		/* The whole batch, even when stopping: each is printed,
		 * then acknowledged and the ack confirmed. */
		for (i = 0; i < list.Count; i++) {
			natsMsg *m = list.Msgs[i];

			if (natssub_print(m, dec, &out) == 0)
				printed++;
			if ((st = natsMsg_AckSync(m, &jo, &jerr)) !=
			    NATS_OK) {
				/* Printed, not acknowledged: it comes again
				 * (at-least-once). */
				fprintf(stderr, "quarry sub: ack: %s\n",
				    nats_GetLastError(NULL));
			}
		}
		natsMsgList_Destroy(&list);
	}
done:
	natsSubscription_Destroy(sub);
	jsCtx_Destroy(js);
	natsConnection_Destroy(nc);
	natsOptions_Destroy(no);
	nats_Close();
	pbuf_free(&out);
	proto_decoder_destroy(&dec);
	return rc;
}
