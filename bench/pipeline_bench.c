/*
 * pipeline_bench.c — the whole pipeline under load: it starts quarryd on
 * private ipc:// endpoints, subscribes (with the hello sync), feeds N
 * articles from a DEALER keeping at most a window of them without a
 * result (optionally paced to a rate), and records submit-to-result
 * latency for every article: from just before its send (a paced send
 * the bench makes late is stamped when it goes) to the Result's arrival,
 * before the bench decodes it.  Of each Result the subscriber reads
 * only the id (bench_result_id()): the bench times the pipeline, and a
 * subscriber's decoding is the subscriber's own cost; --decode decodes
 * each whole, as a subscriber that uses the items would.  The bench's
 * own CPU per article (feeder, subscriber and their ZeroMQ thread: it
 * shares the machine with what it measures) is in the JSON line; to keep
 * it small, it sleeps on the subscriber alone (its ZMQ_FD, read to
 * EAGAIN) and reads the acks, which time nothing, once a millisecond.
 *
 * --raw replaces quarryd with the transport alone, the ceiling any
 * broker on ZeroMQ has here: PUSH -> PULL, a forwarder that hands each
 * message on unchanged (zmq_msg_send, no copy) to W workers over PUSH ->
 * PULL, workers that answer each with a small fixed reply, and the
 * forwarder publishing the replies on PUB, over the same ipc endpoints,
 * with the same encoded articles, window and subscriber.
 *
 * --size 0 sends the sample articles whole, in turn, instead of cuts of
 * a fixed size.  --hold waits for the acks only (with --workers 0 the
 * articles stay queued: the memory figure).  At the end it reads, from
 * /proc, quarryd's and its workers' CPU time and peak RSS (VmHWM), so
 * a loaded machine still shows what each article costs.
 *
 * usage: pipeline_bench [--articles N] [--size BYTES] [--workers W]
 *            [--window K] [--rate PER_S] [--label TEXT] [--samples FILE]
 *            [--spool off|batch|always] [--hold] [--raw] [--decode]
 *            [-- QUARRYD_FLAGS...]
 * Prints one markdown row and, last, one JSON line.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <zmq.h>

#include "json.h"
#include "log.h"
#include "message.h"
#include "pidcache.h"
#include "util.h"

#define BENCH_WAIT_US		(60 * 1000000ULL)	/* no progress: give up */
#define BENCH_ARGV_MAX		64
/*
 * Acks are read this often (and with --hold, on every turn): they are
 * counted, and a refusal stops the bench, but nothing is timed by them,
 * so they need not wake it (at 1 ms, a few articles' acks a read).
 */
#define BENCH_ACKS_US		1000
/* --raw: a worker's reply, about the size of a no-op worker's DONE. */
#define BENCH_RAW_REPLY		64

struct bench {
	int		 articles, size, workers, window, hold, raw, decode;
	double		 rate;
	const char	*label, *samples, *spool;
	char		 state[96];
	char		*extra[BENCH_ARGV_MAX];
	int		 nextra;
	char		 dir[64];
	uint64_t	*sent_us;	/* per article */
	uint64_t	*lat_us;	/* per article, 0 = no result yet */
	char		*text;		/* body material */
	size_t		 textlen;
	size_t		*ends;		/* --size 0: each article's end */
	size_t		 narts;
};

/* What /proc says about a process: CPU seconds and peak RSS in KiB. */
struct bench_proc {
	double		 cpu_s;
	long		 hwm_kb;
};

static void
bench_text(struct bench *bb)
{
	char *files[] = { (char *)bb->samples };
	struct json_input *in = json_input_new(files, 1);
	struct article a;
	char err[JSON_INPUT_ERR_MAX];
	size_t cap = 0;
	int st;

	while ((st = json_input_next(in, &a, err, sizeof(err))) !=
	    JSON_INPUT_END) {
		if (st != JSON_INPUT_ARTICLE)
			continue;
		if (bb->textlen + a.body.len + 2 > cap) {
			cap = (bb->textlen + a.body.len + 2) * 2;
			bb->text = xreallocarray(bb->text, cap, 1);
		}
		memcpy(bb->text + bb->textlen, a.body.p, a.body.len);
		bb->textlen += a.body.len;
		if (bb->size == 0) {
			bb->ends = xreallocarray(bb->ends, bb->narts + 1,
			    sizeof(*bb->ends));
			bb->ends[bb->narts++] = bb->textlen;
		}
		bb->text[bb->textlen++] = '\n';
	}
	json_input_destroy(&in);
	if (bb->textlen == 0) {
		static const char fallback[] = "\"We will finish the bridge by "
		    "spring,\" said Mayor Jane Holt on Monday, August 15, "
		    "2016. ";

		bb->text = xstrdup(fallback);
		bb->textlen = sizeof(fallback) - 1;
		if (bb->size == 0) {
			bb->ends = xcalloc(1, sizeof(*bb->ends));
			bb->ends[bb->narts++] = bb->textlen;
		}
	}
}

/* CPU time and VmHWM of one process, from /proc. */
static int
bench_proc_read(pid_t pid, struct bench_proc *bp)
{
	char path[64], line[256];
	unsigned long long ut = 0, st = 0;
	const char *p;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%ld/stat", (long)pid);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	/* Fields after the command name, which may hold anything. */
	if (fgets(line, sizeof(line), f) == NULL ||
	    (p = strrchr(line, ')')) == NULL ||
	    sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u "
	    "%llu %llu", &ut, &st) != 2) {
		fclose(f);
		return -1;
	}
	fclose(f);
	bp->cpu_s = (double)(ut + st) / (double)sysconf(_SC_CLK_TCK);
	snprintf(path, sizeof(path), "/proc/%ld/status", (long)pid);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	bp->hwm_kb = 0;
	while (fgets(line, sizeof(line), f) != NULL)
		if (strncmp(line, "VmHWM:", 6) == 0)
			bp->hwm_kb = atol(line + 6);
	fclose(f);
	return 0;
}

/* quarryd's own figures, and its workers' summed (CPU) and largest
 * (VmHWM). */
static void
bench_procs(pid_t qpid, struct bench_proc *q, struct bench_proc *w, int *nw)
{
	char path[64], buf[1024], *p, *end;
	struct bench_proc one;
	FILE *f;
	size_t n;

	memset(q, 0, sizeof(*q));
	memset(w, 0, sizeof(*w));
	*nw = 0;
	(void)bench_proc_read(qpid, q);
	snprintf(path, sizeof(path), "/proc/%ld/task/%ld/children",
	    (long)qpid, (long)qpid);
	if ((f = fopen(path, "r")) == NULL)
		return;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	for (p = buf; *p != '\0'; p = end) {
		long pid = strtol(p, &end, 10);

		if (end == p)
			break;
		if (bench_proc_read((pid_t)pid, &one) == 0) {
			w->cpu_s += one.cpu_s;
			if (one.hwm_kb > w->hwm_kb)
				w->hwm_kb = one.hwm_kb;
			(*nw)++;
		}
	}
}

/* A body of bb->size bytes cut from the sample text at an offset that
 * depends on i, ending on a UTF-8 boundary. */
static size_t
bench_body(const struct bench *bb, int i, char *out)
{
	size_t off = ((size_t)i * 7919) % bb->textlen, n = 0;

	if (bb->size == 0) {	/* the sample articles, whole, in turn */
		size_t k = (size_t)i % bb->narts;
		size_t from = k == 0 ? 0 : bb->ends[k - 1] + 1;

		memcpy(out, bb->text + from, bb->ends[k] - from);
		return bb->ends[k] - from;
	}
	/* Start on a character, not inside one. */
	while (off > 0 && ((unsigned char)bb->text[off] & 0xc0) == 0x80)
		off--;

	while (n < (size_t)bb->size) {
		size_t take = bb->textlen - off;

		if (take > (size_t)bb->size - n)
			take = (size_t)bb->size - n;
		memcpy(out + n, bb->text + off, take);
		n += take;
		off = 0;
	}
	while (n > 0 && ((unsigned char)out[n - 1] & 0xc0) == 0x80)
		n--;
	if (n > 0 && (unsigned char)out[n - 1] >= 0xc0)
		n--;
	return n;
}

static pid_t
bench_quarryd(struct bench *bb)
{
	char *argv[BENCH_ARGV_MAX + 16], in[96], out[96], wk[96], nw[16];
	char log[96];
	int argc = 0, i, fd;
	pid_t pid;

	snprintf(in, sizeof(in), "ipc://%s/in", bb->dir);
	snprintf(out, sizeof(out), "ipc://%s/out", bb->dir);
	snprintf(wk, sizeof(wk), "ipc://%s/w", bb->dir);
	snprintf(nw, sizeof(nw), "%d", bb->workers);
	snprintf(log, sizeof(log), "%s/quarryd.log", bb->dir);
	argv[argc++] = (char *)"build/quarryd";
	argv[argc++] = (char *)"--foreground";
	argv[argc++] = (char *)"--runtime-dir";
	argv[argc++] = bb->dir;
	argv[argc++] = (char *)"--ingest";
	argv[argc++] = in;
	argv[argc++] = (char *)"--results";
	argv[argc++] = out;
	argv[argc++] = (char *)"--workers-endpoint";
	argv[argc++] = wk;
	argv[argc++] = (char *)"--workers";
	argv[argc++] = nw;
	argv[argc++] = (char *)"--queue-max";
	argv[argc++] = (char *)"100000";
	/* Several benches may run at once: no fixed HTTP port. */
	argv[argc++] = (char *)"--http";
	argv[argc++] = (char *)"off";
	for (i = 0; i < bb->nextra; i++)
		argv[argc++] = bb->extra[i];
	argv[argc] = NULL;
	if (getenv("QUARRY_BUILD") != NULL) {
		static char bin[512];

		snprintf(bin, sizeof(bin), "%s/quarryd", getenv("QUARRY_BUILD"));
		argv[0] = bin;
	}
	if ((pid = fork()) == -1)
		fatal("fork");
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);	/* dies with the bench */
		if ((fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600)) != -1)
			dup2(fd, STDERR_FILENO);
		execv(argv[0], argv);
		_exit(127);
	}
	return pid;
}

/* --raw: one worker, forwarding nothing but a small reply. */
static void __attribute__((noreturn))
bench_raw_worker(const struct bench *bb)
{
	char ep[96], reply[BENCH_RAW_REPLY];
	void *ctx = zmq_ctx_new(), *in, *out;
	zmq_msg_t id, art;

	memset(reply, 'r', sizeof(reply));
	in = zmq_socket(ctx, ZMQ_PULL);
	out = zmq_socket(ctx, ZMQ_PUSH);
	snprintf(ep, sizeof(ep), "ipc://%s/w", bb->dir);
	zmq_connect(in, ep);
	snprintf(ep, sizeof(ep), "ipc://%s/r", bb->dir);
	zmq_connect(out, ep);
	zmq_msg_init(&id);
	zmq_msg_init(&art);
	for (;;) {
		if (zmq_msg_recv(&id, in, 0) == -1 ||
		    zmq_msg_recv(&art, in, 0) == -1)
			_exit(errno == EINTR ? 0 : 1);
		zmq_msg_send(&id, out, ZMQ_SNDMORE);
		zmq_send(out, reply, sizeof(reply), 0);
	}
}

/* --raw: the forwarder, parent of the workers. */
static void __attribute__((noreturn))
bench_raw_broker(const struct bench *bb)
{
	char ep[96];
	void *ctx, *in, *wout, *win, *pub;
	zmq_msg_t m;
	int i, more, zero = 0;
	size_t ml = sizeof(more);

	for (i = 0; i < bb->workers; i++) {
		pid_t pid = fork();

		if (pid == -1)
			_exit(1);
		if (pid == 0) {
			prctl(PR_SET_PDEATHSIG, SIGKILL);
			bench_raw_worker(bb);
		}
	}
	ctx = zmq_ctx_new();
	in = zmq_socket(ctx, ZMQ_PULL);
	wout = zmq_socket(ctx, ZMQ_PUSH);
	win = zmq_socket(ctx, ZMQ_PULL);
	pub = zmq_socket(ctx, ZMQ_XPUB);
	zmq_setsockopt(pub, ZMQ_SNDHWM, &zero, sizeof(zero));
	snprintf(ep, sizeof(ep), "ipc://%s/in", bb->dir);
	zmq_bind(in, ep);
	snprintf(ep, sizeof(ep), "ipc://%s/w", bb->dir);
	zmq_bind(wout, ep);
	snprintf(ep, sizeof(ep), "ipc://%s/r", bb->dir);
	zmq_bind(win, ep);
	snprintf(ep, sizeof(ep), "ipc://%s/out", bb->dir);
	zmq_bind(pub, ep);
	zmq_msg_init(&m);
	for (;;) {
		zmq_pollitem_t it[3] = { { in, 0, ZMQ_POLLIN, 0 },
		    { win, 0, ZMQ_POLLIN, 0 }, { pub, 0, ZMQ_POLLIN, 0 } };

		if (zmq_poll(it, 3, -1) == -1)
			_exit(errno == EINTR ? 0 : 1);
		while (zmq_msg_recv(&m, in, ZMQ_DONTWAIT) != -1) {
			more = zmq_msg_more(&m);
			zmq_msg_send(&m, wout, more ? ZMQ_SNDMORE : 0);
			while (more && zmq_msg_recv(&m, in, 0) != -1) {
				more = zmq_msg_more(&m);
				zmq_msg_send(&m, wout, more ? ZMQ_SNDMORE : 0);
			}
		}
		while (zmq_msg_recv(&m, win, ZMQ_DONTWAIT) != -1) {
			zmq_send(pub, "result.bench", 12, ZMQ_SNDMORE);
			do {
				more = zmq_msg_more(&m);
				zmq_msg_send(&m, pub, more ? ZMQ_SNDMORE : 0);
			} while (more && zmq_msg_recv(&m, win, 0) != -1);
		}
		/* The subscriber's hello sync, as quarryd answers it. */
		while (zmq_msg_recv(&m, pub, ZMQ_DONTWAIT) != -1) {
			if (zmq_msg_size(&m) == 13 &&
			    memcmp(zmq_msg_data(&m), "\1quarry.hello", 13) == 0) {
				zmq_send(pub, "quarry.hello", 12, ZMQ_SNDMORE);
				zmq_send(pub, "", 0, 0);
			}
			zmq_getsockopt(pub, ZMQ_RCVMORE, &more, &ml);
		}
	}
}

/*
 * Result ids, read without decoding the Result: quarryd writes "v" and
 * then "id" first (protocol/encode.c, enc_result), so the top-level map
 * is read only as far as its "id", past scalar and string values.  0 and
 * *id, or -1 if it is not found that way (the caller then decodes the
 * whole Result).  A whole decode, with every item and text checked, is
 * ~65k instructions (callgrind): in the 2-worker sustained row the
 * subscriber took ~40 us of CPU an article that way, a fifth of all the
 * machine's, taken from the quarryd and the workers it measures.
 */
static uint64_t
bench_be(const unsigned char *p, size_t n)
{
	uint64_t v = 0;

	while (n-- > 0)
		v = v << 8 | *p++;
	return v;
}

/* A msgpack string at *pos into *out; -1 if not one or cut short. */
static int
bench_mp_str(const unsigned char *p, size_t len, size_t *pos,
    struct str *out)
{
	size_t at = *pos, hl, n;

	if (at >= len)
		return -1;
	if ((p[at] & 0xe0) == 0xa0) {		/* fixstr */
		hl = 1;
		n = p[at] & 0x1f;
	} else if (p[at] >= 0xd9 && p[at] <= 0xdb) {	/* str 8/16/32 */
		hl = 1 + ((size_t)1 << (p[at] - 0xd9));
		if (len - at < hl)
			return -1;
		n = (size_t)bench_be(p + at + 1, hl - 1);
	} else
		return -1;
	if (len - at - hl < n)
		return -1;
	*out = str_make((const char *)p + at + hl, n);
	*pos = at + hl + n;
	return 0;
}

/* Past a scalar or a string at *pos; -1 for anything else. */
static int
bench_mp_skip(const unsigned char *p, size_t len, size_t *pos)
{
	static const unsigned char fixed[] = {
		[0xc0] = 1, [0xc2] = 1, [0xc3] = 1,	/* nil, bool */
		[0xca] = 5, [0xcb] = 9,			/* float 32/64 */
		[0xcc] = 2, [0xcd] = 3, [0xce] = 5, [0xcf] = 9,	/* uint */
		[0xd0] = 2, [0xd1] = 3, [0xd2] = 5, [0xd3] = 9,	/* int */
	};
	struct str s;
	unsigned char c;

	if (*pos >= len)
		return -1;
	c = p[*pos];
	if (c <= 0x7f || c >= 0xe0) {		/* fixint */
		(*pos)++;
		return 0;
	}
	if (c < sizeof(fixed) && fixed[c] != 0) {
		if (len - *pos < fixed[c])
			return -1;
		*pos += fixed[c];
		return 0;
	}
	return bench_mp_str(p, len, pos, &s);
}

static int
bench_result_id(const void *buf, size_t len, struct str *id)
{
	const unsigned char *p = buf;
	size_t pos = 1, n, i;
	struct str key;

	if (len == 0)
		return -1;
	if ((p[0] & 0xf0) == 0x80)		/* fixmap */
		n = p[0] & 0x0f;
	else if (p[0] == 0xde && len >= 3) {	/* map 16 */
		n = (size_t)bench_be(p + 1, 2);
		pos = 3;
	} else
		return -1;
	for (i = 0; i < n; i++) {
		if (bench_mp_str(p, len, &pos, &key) == -1)
			return -1;
		if (key.len == 2 && memcmp(key.p, "id", 2) == 0)
			return bench_mp_str(p, len, &pos, id);
		if (bench_mp_skip(p, len, &pos) == -1)
			return -1;
	}
	return -1;
}

/* The first Result and every 4096th: the id read the short way must be
 * the one the decoder finds, or the figures would be wrong; stop. */
static void
bench_check_id(struct proto_decoder *dec, zmq_msg_t *m)
{
	char err[PROTO_ERR_MAX];
	struct result r;
	struct str id;

	if (proto_decode_result(dec, zmq_msg_data(m), zmq_msg_size(m), &r,
	    err, sizeof(err)) == -1)
		fatalx("a Result that does not decode: %s", err);
	if (bench_result_id(zmq_msg_data(m), zmq_msg_size(m), &id) == -1)
		return;		/* then every one is decoded whole */
	if (id.len != r.id.len || memcmp(id.p, r.id.p, id.len) != 0)
		fatalx("bench_result_id read \"%.*s\", the decoder \"%.*s\"",
		    (int)id.len, id.p, (int)r.id.len, r.id.p);
}

/* CPU seconds this process (all its threads) has used. */
static double
bench_self_cpu(void)
{
	struct rusage ru;

	if (getrusage(RUSAGE_SELF, &ru) == -1)
		fatal("getrusage");
	return (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec +
	    ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) / 1e6;
}

static int
bench_u64cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

static void
bench_usage(void)
{
	fprintf(stderr, "usage: pipeline_bench [--articles N] [--size BYTES] "
	    "[--workers W] [--window K] [--rate PER_S] [--label TEXT] "
	    "[--samples FILE] [--spool off|batch|always] [--hold] [--raw] "
	    "[--decode] [-- QUARRYD_FLAGS...]\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	struct bench bb = { .articles = 20000, .size = 4096, .workers = 2,
	    .window = 256, .label = "pipeline",
	    .samples = "examples/articles.jsonl", .spool = "off" };
	struct bench_proc qp, wp;
	int nw;
	struct proto_decoder *dec;
	struct pbuf pb = { NULL, 0, 0 };
	struct article a;
	struct result r;
	char id[32], *body, err[PROTO_ERR_MAX], topic[128];
	void *ctx, *sub, *prod;
	int i, sent = 0, outstanding = 0, results = 0, accepted = 0, zero = 0;
	int subfd, prodfd, sub_dirty = 1, prod_dirty = 1, read_acks;
	size_t fdlen;
	uint64_t t0, t_end, last_progress, acks_at = 0, *sorted;
	double secs, cpu0, cpu_self;
	pid_t qpid;
	int status;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			for (i++; i < argc && bb.nextra < BENCH_ARGV_MAX; i++)
				bb.extra[bb.nextra++] = argv[i];
			break;
		}
		if (strcmp(argv[i], "--hold") == 0) {
			bb.hold = 1;
			continue;
		}
		if (strcmp(argv[i], "--raw") == 0) {
			bb.raw = 1;
			continue;
		}
		if (strcmp(argv[i], "--decode") == 0) {
			bb.decode = 1;
			continue;
		}
		if (i + 1 >= argc)
			bench_usage();
		if (strcmp(argv[i], "--articles") == 0)
			bb.articles = atoi(argv[++i]);
		else if (strcmp(argv[i], "--size") == 0)
			bb.size = atoi(argv[++i]);
		else if (strcmp(argv[i], "--workers") == 0)
			bb.workers = atoi(argv[++i]);
		else if (strcmp(argv[i], "--window") == 0)
			bb.window = atoi(argv[++i]);
		else if (strcmp(argv[i], "--rate") == 0)
			bb.rate = atof(argv[++i]);
		else if (strcmp(argv[i], "--label") == 0)
			bb.label = argv[++i];
		else if (strcmp(argv[i], "--samples") == 0)
			bb.samples = argv[++i];
		else if (strcmp(argv[i], "--spool") == 0)
			bb.spool = argv[++i];
		else
			bench_usage();
	}
	if (bb.articles <= 0 || bb.size < 0 || bb.size > (int)PROTO_BODY_MAX ||
	    bb.window <= 0)
		bench_usage();
	log_init("pipeline_bench", LOG_LEVEL_WARN);
	/* Before the first thread and fork (common/pidcache.c). */
	if (pidcache_arm() == -1)
		fatalx("pidcache_arm failed");
	bench_text(&bb);
	body = xmalloc(bb.size > 0 ? (size_t)bb.size : bb.textlen);
	bb.sent_us = xcalloc((size_t)bb.articles, sizeof(uint64_t));
	bb.lat_us = xcalloc((size_t)bb.articles, sizeof(uint64_t));
	snprintf(bb.dir, sizeof(bb.dir), "/tmp/quarry-bench-XXXXXX");
	if (mkdtemp(bb.dir) == NULL)
		fatal("mkdtemp");
	if (strcmp(bb.spool, "off") != 0 && bb.nextra + 4 <= BENCH_ARGV_MAX) {
		snprintf(bb.state, sizeof(bb.state), "%s/state", bb.dir);
		bb.extra[bb.nextra++] = (char *)"--state-dir";
		bb.extra[bb.nextra++] = bb.state;
		bb.extra[bb.nextra++] = (char *)"--spool-fsync";
		bb.extra[bb.nextra++] = (char *)bb.spool;
	}
	if (!bb.raw)
		qpid = bench_quarryd(&bb);
	else if ((qpid = fork()) == -1)
		fatal("fork");
	else if (qpid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		bench_raw_broker(&bb);
	}
	if ((dec = proto_decoder_new()) == NULL)
		fatal("proto_decoder_new");

	ctx = zmq_ctx_new();
	sub = zmq_socket(ctx, ZMQ_SUB);
	prod = zmq_socket(ctx, bb.raw ? ZMQ_PUSH : ZMQ_DEALER);
	zmq_setsockopt(sub, ZMQ_RCVHWM, &zero, sizeof(zero));
	zmq_setsockopt(sub, ZMQ_LINGER, &zero, sizeof(zero));
	zmq_setsockopt(prod, ZMQ_LINGER, &zero, sizeof(zero));
	snprintf(topic, sizeof(topic), "ipc://%s/out", bb.dir);
	zmq_connect(sub, topic);
	snprintf(topic, sizeof(topic), "ipc://%s/in", bb.dir);
	zmq_connect(prod, topic);
	zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "result.", 7);
	zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "dead.", 5);
	zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "quarry.hello", 12);
	for (;;) {	/* the hello sync (docs/protocol.md) */
		zmq_pollitem_t it = { sub, 0, ZMQ_POLLIN, 0 };
		int n, more;
		size_t ml = sizeof(more);

		if (zmq_poll(&it, 1, 30000) <= 0)
			fatalx("no hello from quarryd (see %s/quarryd.log)",
			    bb.dir);
		n = zmq_recv(sub, topic, sizeof(topic) - 1, 0);
		topic[n < 0 ? 0 : n] = '\0';
		do {
			char junk[64];

			zmq_getsockopt(sub, ZMQ_RCVMORE, &more, &ml);
			if (more)
				zmq_recv(sub, junk, sizeof(junk), 0);
		} while (more);
		if (strcmp(topic, "quarry.hello") == 0)
			break;
	}
	zmq_setsockopt(sub, ZMQ_UNSUBSCRIBE, "quarry.hello", 12);
	fdlen = sizeof(subfd);
	if (zmq_getsockopt(sub, ZMQ_FD, &subfd, &fdlen) == -1)
		fatalx("ZMQ_FD: %s", zmq_strerror(errno));
	fdlen = sizeof(prodfd);
	if (zmq_getsockopt(prod, ZMQ_FD, &prodfd, &fdlen) == -1)
		fatalx("ZMQ_FD: %s", zmq_strerror(errno));

	t0 = last_progress = now_us();
	cpu0 = bench_self_cpu();
	while (bb.hold ? accepted < bb.articles : results < bb.articles) {
		uint64_t now = now_us();

		if (now - last_progress > BENCH_WAIT_US)
			fatalx("stalled at %d of %d results (see %s)", results,
			    bb.articles, bb.dir);
		while (sent < bb.articles && (bb.hold ? sent - accepted :
		    outstanding) < bb.window &&
		    (bb.rate <= 0 || (double)sent < (double)(now - t0) *
		    bb.rate / 1e6)) {
			size_t len = bench_body(&bb, sent, body);

			memset(&a, 0, sizeof(a));
			snprintf(id, sizeof(id), "bench-%08d", sent);
			a.id = str_make(id, strlen(id));
			a.body = str_make(body, len);
			a.source = STR_LIT("bench");
			a.published = STR_LIT("2016-08-15");
			if (proto_encode_article(&pb, &a) == -1)
				fatal("encode");
			bb.sent_us[sent] = now_us();
			/* --raw: [id][article]; the reply carries the id. */
			zmq_send(prod, bb.raw ? id : "", bb.raw ? strlen(id) :
			    0, ZMQ_SNDMORE);
			zmq_send(prod, pb.data, pb.len, 0);
			sent++;
			outstanding++;
			prod_dirty = 1;
		}
		/*
		 * Sleep only once the subscriber is drained, on its ZMQ_FD
		 * (edge-triggered, as in quarryd: daemon/zsock.h; only its
		 * own receives consume the edge, and they read to EAGAIN).
		 * The acks do not wake the bench: they are read once a
		 * millisecond (BENCH_ACKS_US), on a turn woken by a result
		 * or the pacing tick, except with --hold, where they are
		 * what it waits for (and every turn reads them to EAGAIN
		 * after its sends, so the DEALER's edge is current too).
		 * zmq_poll() asked ZMQ_EVENTS of both sockets before and
		 * after each sleep (a poll() each) and woke for every ack:
		 * 8-11 poll()s an article at 3,000/s, most of the bench's
		 * own CPU.
		 */
		if (!sub_dirty && !(bb.hold && prod_dirty)) {
			struct pollfd pfd[2] = { { subfd, POLLIN, 0 },
			    { bb.hold ? prodfd : -1, POLLIN, 0 } };

			if (poll(pfd, 2, bb.rate > 0 ? 1 : 100) == -1 &&
			    errno != EINTR)
				fatal("poll");
			if (pfd[0].revents != 0)
				sub_dirty = 1;
			if (pfd[1].revents != 0)
				prod_dirty = 1;
		}
		for (; sub_dirty;) {	/* results */
			zmq_msg_t t, m;
			uint64_t got;

			zmq_msg_init(&t);
			if (zmq_msg_recv(&t, sub, ZMQ_DONTWAIT) == -1) {
				if (errno == EAGAIN)
					sub_dirty = 0;
				zmq_msg_close(&t);
				break;
			}
			zmq_msg_init(&m);
			zmq_msg_recv(&m, sub, 0);
			/* Stamped when received, before decoding, which is
			 * the bench's own time. */
			got = now_us();
			if (bb.raw) {	/* [topic][id][reply] */
				r.id = str_make(zmq_msg_data(&m), zmq_msg_size(
				    &m));
				if (r.id.len >= sizeof(id))
					r.id.len = 0;
				memcpy(id, r.id.p, r.id.len);
				zmq_msg_recv(&t, sub, 0);
			}
			if (!bb.raw && !bb.decode && results % 4096 == 0)
				bench_check_id(dec, &m);
			if ((bb.raw || (!bb.decode && bench_result_id(
			    zmq_msg_data(&m), zmq_msg_size(&m), &r.id) == 0) ||
			    proto_decode_result(dec, zmq_msg_data(&m),
			    zmq_msg_size(&m), &r, err, sizeof(err)) == 0) &&
			    r.id.len > 6 && r.id.len < sizeof(id)) {
				memcpy(id, r.id.p, r.id.len);
				id[r.id.len] = '\0';
				i = atoi(id + 6);
				if (i >= 0 && i < bb.articles &&
				    bb.lat_us[i] == 0) {
					bb.lat_us[i] = got - bb.sent_us[i];
					if (bb.lat_us[i] == 0)
						bb.lat_us[i] = 1;
					results++;
					outstanding--;
					last_progress = now_us();
				}
			}
			zmq_msg_close(&t);
			zmq_msg_close(&m);
		}
		read_acks = !bb.raw && (bb.hold ||
		    now_us() - acks_at >= BENCH_ACKS_US);
		if (read_acks)
			acks_at = now_us();
		for (; read_acks;) {	/* acks */
			zmq_msg_t m;
			struct ack ack;

			zmq_msg_init(&m);
			if (zmq_msg_recv(&m, prod, ZMQ_DONTWAIT) == -1) {
				if (errno == EAGAIN)
					prod_dirty = 0;
				zmq_msg_close(&m);
				break;
			}
			if (zmq_msg_size(&m) == 0)
				zmq_msg_recv(&m, prod, 0);
			if (proto_decode_ack(dec, zmq_msg_data(&m),
			    zmq_msg_size(&m), &ack, err, sizeof(err)) == 0) {
				if (ack.status == ACK_BUSY) {
					fatalx("busy: %.*s (raise --queue-max)",
					    (int)ack.error.len, ack.error.p);
				} else if (ack.status != ACK_ACCEPTED)
					fatalx("ack %s: %.*s", ack_status_name(
					    ack.status), (int)ack.error.len,
					    ack.error.p ? ack.error.p : "");
				accepted++;
				last_progress = now_us();
			}
			zmq_msg_close(&m);
		}
	}
	t_end = now_us();
	cpu_self = bench_self_cpu() - cpu0;
	secs = (double)(t_end - t0) / 1e6;
	bench_procs(qpid, &qp, &wp, &nw);
	sorted = xmalloc((size_t)bb.articles * sizeof(uint64_t));
	memcpy(sorted, bb.lat_us, (size_t)bb.articles * sizeof(uint64_t));
	qsort(sorted, (size_t)bb.articles, sizeof(uint64_t), bench_u64cmp);
#define PCT(p) (bb.hold ? 0.0 : \
    sorted[(size_t)((double)(bb.articles - 1) * (p))] / 1000.0)
	printf("| %s | %d | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f |\n",
	    bb.label, bb.articles, bb.size, bb.workers,
	    (double)bb.articles / secs, PCT(0.50), PCT(0.90), PCT(0.99),
	    PCT(1.0));
	printf("{\"label\": \"%s\", \"articles\": %d, \"size\": %d, "
	    "\"workers\": %d, \"rate\": %.0f, \"articles_s\": %.0f, "
	    "\"p50_ms\": %.3f, \"p90_ms\": %.3f, \"p99_ms\": %.3f, "
	    "\"max_ms\": %.3f, \"seconds\": %.2f, "
	    "\"quarryd_cpu_us_per_article\": %.1f, "
	    "\"workers_cpu_us_per_article\": %.1f, "
	    "\"bench_cpu_us_per_article\": %.1f, \"quarryd_hwm_kb\": %ld, "
	    "\"worker_hwm_kb\": %ld, \"worker_procs\": %d}\n", bb.label,
	    bb.articles, bb.size, bb.workers, bb.rate,
	    (double)bb.articles / secs, PCT(0.50), PCT(0.90), PCT(0.99),
	    PCT(1.0), secs, qp.cpu_s * 1e6 / bb.articles,
	    wp.cpu_s * 1e6 / bb.articles, cpu_self * 1e6 / bb.articles,
	    qp.hwm_kb, wp.hwm_kb, nw);
#undef PCT
	zmq_close(sub);
	zmq_close(prod);
	zmq_ctx_term(ctx);
	kill(qpid, SIGTERM);
	waitpid(qpid, &status, 0);
	{
		char cmd[128];

		snprintf(cmd, sizeof(cmd), "rm -rf %s", bb.dir);
		if (system(cmd) != 0)
			log_warnx("could not remove %s", bb.dir);
	}
	proto_decoder_destroy(&dec);
	pbuf_free(&pb);
	free(sorted);
	free(body);
	free(bb.sent_us);
	free(bb.lat_us);
	free(bb.text);
	free(bb.ends);
	return 0;
}
