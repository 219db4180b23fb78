/*
 * extract_cmd.c — `quarry extract`: the extraction library on JSON lines,
 * with no daemon.  One Result line per good article, in input order; this
 * is the command the scorer runs, so one extract context and one output
 * buffer serve every article.  With --jobs N, N threads extract (each with
 * its own context) while the main thread reads, and results and messages
 * still come out in input order.
 */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "json.h"
#include "log.h"
#include "message.h"
#include "tools.h"
#include "util.h"

/*
 * Extraction threads at most: past the cores a machine has there is
 * nothing to gain, and 64 is more than any the CLI runs on.
 */
#define EXTRACT_JOBS_MAX	64
/*
 * Lines in flight per thread: enough that a thread finding a long article
 * does not stall the others behind the one result that must come out
 * next, few enough to bound memory (each holds one article's copy and one
 * result line).
 */
#define EXTRACT_SLOTS_PER_JOB	8

/* One input line's way through: read, extracted, written. */
enum xslot_state {
	XS_FREE,
	XS_READY,		/* an article to extract */
	XS_RUNNING,
	XS_DONE,		/* out (or msg) to write */
};

struct xslot {
	enum xslot_state state;
	int		 article;	/* else only msg (a bad line) */
	struct article	 a;		/* slices into mem */
	char		*mem;
	size_t		 memcap;
	struct pbuf	 out;		/* the Result line */
	char		 msg[JSON_INPUT_ERR_MAX + 64];	/* for stderr */
	int		 bad, failed;
};

struct xpool {
	pthread_mutex_t	 lock;
	pthread_cond_t	 work;		/* a slot is READY, or stop */
	pthread_cond_t	 done;		/* a slot is DONE */
	struct xslot	*slots;
	size_t		 nslots;
	size_t		 head, tail;	/* slots [head, tail) are in use */
	size_t		 next_run;	/* no article to take before it */
	int		 stop;
	enum extract_mode mode;
	unsigned	 kinds;		/* quote kinds kept, one bit each */
};

/* The set of quote kinds in a comma-separated list, as bits. */
static int
parse_kinds(const char *arg, unsigned *out)
{
	const char *p = arg;
	enum quote_kind k;

	*out = 0;
	while (*p != '\0') {
		size_t n = strcspn(p, ",");

		if (quote_kind_parse(str_make(p, n), &k) == -1)
			return -1;
		*out |= 1u << k;
		p += n;
		if (*p == ',')
			p++;
	}
	return 0;
}

/* Drop the quotes whose kind is not in kinds (--kinds). */
static void
keep_kinds(struct result *r, unsigned kinds)
{
	size_t i, n = 0;

	for (i = 0; i < r->nquotes; i++)
		if (kinds & (1u << r->quotes[i].kind))
			r->quotes[n++] = r->quotes[i];
	r->nquotes = n;
}

/* Extract one article into its Result line; 0, or -1 with errno. */
static int
extract_one(struct extract *x, enum extract_mode mode, unsigned kinds,
    struct article *a, struct pbuf *out)
{
	struct result r;
	uint64_t t0;

	memset(&r, 0, sizeof(r));
	t0 = now_us();
	if (extract_run(x, mode, a, &r) == -1)
		return -1;
	r.elapsed_us = now_us() - t0;
	keep_kinds(&r, kinds);
	r.id = a->id;
	r.url = a->url;
	r.source = a->source;
	r.published = a->published;
	json_write_result(out, &r, JSON_RESULT_EXTRACT);
	return 0;
}

/* Copy a's strings into the slot: the reader's are gone at its next line. */
static void
xslot_take(struct xslot *s, const struct article *a)
{
	struct str *f[] = { &s->a.id, &s->a.body, &s->a.url, &s->a.source,
	    &s->a.title, &s->a.lang, &s->a.published, &s->a.timeline };
	size_t need = 0, i;
	char *p;

	s->a = *a;
	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		need += f[i]->len;
	if (need > s->memcap) {
		free(s->mem);
		s->mem = xmalloc(need);
		s->memcap = need;
	}
	for (p = s->mem, i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		if (f[i]->p == NULL)
			continue;
		memcpy(p, f[i]->p, f[i]->len);
		*f[i] = str_make(p, f[i]->len);
		p += f[i]->len;
	}
}

static void *
xpool_thread(void *arg)
{
	struct xpool *p = arg;
	struct extract *x = extract_new();
	struct xslot *s;

	if (x == NULL)
		fatal("extract_new");
	pthread_mutex_lock(&p->lock);
	for (;;) {
		/*
		 * The oldest article not taken: in [next_run, tail), past
		 * the slots already written (head) and the bad lines, which
		 * are done as read.
		 */
		while (p->next_run < p->tail && (p->next_run < p->head ||
		    p->slots[p->next_run % p->nslots].state != XS_READY))
			p->next_run++;
		if (p->next_run == p->tail) {
			if (p->stop)
				break;
			pthread_cond_wait(&p->work, &p->lock);
			continue;
		}
		s = &p->slots[p->next_run++ % p->nslots];
		s->state = XS_RUNNING;
		pthread_mutex_unlock(&p->lock);
		if (extract_one(x, p->mode, p->kinds, &s->a, &s->out) == -1) {
			snprintf(s->msg + strlen(s->msg),
			    sizeof(s->msg) - strlen(s->msg), "%s\n",
			    strerror(errno));
			s->bad = 1;
			s->out.len = 0;
		} else
			s->msg[0] = '\0';
		pthread_mutex_lock(&p->lock);
		s->state = XS_DONE;
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->lock);
	extract_destroy(&x);
	return NULL;
}

/* Write slot s (in input order); 0, or -1 when stdout failed. */
static int
xslot_write(struct xslot *s)
{
	if (s->msg[0] != '\0')
		fputs(s->msg, stderr);
	if (s->out.len > 0 &&
	    fwrite(s->out.data, 1, s->out.len, stdout) != s->out.len) {
		fprintf(stderr, "quarry extract: stdout: %s\n",
		    strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * --jobs N: the main thread reads lines into a ring of slots and writes
 * each slot once it is done, in ring order (input order); the threads
 * extract the ready slots in the same order.
 */
static int
extract_parallel(struct json_input *in, enum extract_mode mode,
    unsigned kinds, unsigned jobs, int *bad)
{
	struct xpool p;
	pthread_t th[EXTRACT_JOBS_MAX];
	char err[JSON_INPUT_ERR_MAX];
	size_t i;
	struct article a;
	struct xslot *s;
	int failed = 0, wfailed = 0, eof = 0;

	memset(&p, 0, sizeof(p));
	p.mode = mode;
	p.kinds = kinds;
	p.nslots = (size_t)jobs * EXTRACT_SLOTS_PER_JOB;
	p.slots = xcalloc(p.nslots, sizeof(*p.slots));
	if ((errno = pthread_mutex_init(&p.lock, NULL)) != 0 ||
	    (errno = pthread_cond_init(&p.work, NULL)) != 0 ||
	    (errno = pthread_cond_init(&p.done, NULL)) != 0)
		fatal("pthread init");
	for (i = 0; i < jobs; i++)
		if ((errno = pthread_create(&th[i], NULL, xpool_thread,
		    &p)) != 0)
			fatal("pthread_create");
	/* p.head and p.tail change under the lock, so the threads see
	 * them; this thread alone changes them, so reads it without. */
	while (!eof || p.head < p.tail) {
		/* Fill the free slots. */
		while (!eof && p.tail - p.head < p.nslots) {
			s = &p.slots[p.tail % p.nslots];
			s->msg[0] = '\0';
			s->out.len = 0;
			s->bad = s->failed = 0;
			s->article = 0;
			switch (json_input_next(in, &a, err, sizeof(err))) {
			case JSON_INPUT_END:
				eof = 1;
				continue;
			case JSON_INPUT_IOERR:
				snprintf(s->msg, sizeof(s->msg),
				    "quarry extract: %s\n", err);
				s->failed = 1;
				break;
			case JSON_INPUT_BAD:
				snprintf(s->msg, sizeof(s->msg), "%s:%zu: %s\n",
				    json_input_file(in), json_input_line(in),
				    err);
				s->bad = 1;
				break;
			case JSON_INPUT_ARTICLE:
				xslot_take(s, &a);
				s->article = 1;
				/* Said only if extraction fails. */
				snprintf(s->msg, sizeof(s->msg),
				    "%s:%zu: extract: ", json_input_file(in),
				    json_input_line(in));
				break;
			}
			pthread_mutex_lock(&p.lock);
			s->state = s->article ? XS_READY : XS_DONE;
			p.tail++;
			if (s->article)
				pthread_cond_signal(&p.work);
			pthread_mutex_unlock(&p.lock);
		}
		if (p.head == p.tail)
			break;
		/* Write the oldest once it is done. */
		s = &p.slots[p.head % p.nslots];
		pthread_mutex_lock(&p.lock);
		while (s->state != XS_DONE)
			pthread_cond_wait(&p.done, &p.lock);
		pthread_mutex_unlock(&p.lock);
		*bad |= s->bad;
		failed |= s->failed;
		/* After a failed write, the rest is only waited for. */
		if (!wfailed && xslot_write(s) == -1)
			failed = wfailed = eof = 1;
		pthread_mutex_lock(&p.lock);
		s->state = XS_FREE;
		p.head++;
		pthread_mutex_unlock(&p.lock);
	}
	pthread_mutex_lock(&p.lock);
	p.stop = 1;
	pthread_cond_broadcast(&p.work);
	pthread_mutex_unlock(&p.lock);
	for (i = 0; i < jobs; i++)
		pthread_join(th[i], NULL);
	for (i = 0; i < p.nslots; i++) {
		free(p.slots[i].mem);
		pbuf_free(&p.slots[i].out);
	}
	free(p.slots);
	pthread_cond_destroy(&p.done);
	pthread_cond_destroy(&p.work);
	pthread_mutex_destroy(&p.lock);
	return failed;
}

int
extract_cmd_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "noop", no_argument, NULL, 'n' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "kinds", required_argument, NULL, 'k' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	enum extract_mode mode = EXTRACT_ALL;
	struct json_input *in;
	struct extract *x;
	struct pbuf out = { NULL, 0, 0 };
	struct article a;
	char err[JSON_INPUT_ERR_MAX], *end;
	int c, bad = 0, failed = 0, done = 0;
	unsigned long jobs = 1;
	unsigned kinds = ~0u;

	optind = 1;
	while ((c = getopt_long(argc, argv, "hj:k:", opts, NULL)) != -1) {
		switch (c) {
		case 'n':
			mode = EXTRACT_NOOP;
			break;
		case 'j':
			errno = 0;
			jobs = strtoul(optarg, &end, 10);
			if (end == optarg || *end != '\0' || errno != 0 ||
			    jobs < 1 || jobs > EXTRACT_JOBS_MAX) {
				fprintf(stderr, "quarry extract: --jobs: "
				    "expected a whole number from 1 to %d, "
				    "got \"%s\"\n", EXTRACT_JOBS_MAX, optarg);
				return TOOLS_USAGE;
			}
			break;
		case 'k':
			if (parse_kinds(optarg, &kinds) == -1) {
				fprintf(stderr, "quarry extract: --kinds: "
				    "unknown quote kind in \"%s\" (direct, "
				    "partial, indirect)\n", optarg);
				return TOOLS_USAGE;
			}
			break;
		default:
			return TOOLS_USAGE;
		}
	}
	in = json_input_new(argv + optind, (size_t)(argc - optind));
	if (jobs > 1) {
		failed = extract_parallel(in, mode, kinds, (unsigned)jobs,
		    &bad);
		goto out;
	}
	if ((x = extract_new()) == NULL) {
		fprintf(stderr, "quarry extract: %s\n", strerror(errno));
		json_input_destroy(&in);
		return 2;
	}
	while (!done) {
		switch (json_input_next(in, &a, err, sizeof(err))) {
		case JSON_INPUT_END:
			done = 1;
			break;
		case JSON_INPUT_IOERR:
			fprintf(stderr, "quarry extract: %s\n", err);
			failed = 1;
			break;
		case JSON_INPUT_BAD:
			fprintf(stderr, "%s:%zu: %s\n", json_input_file(in),
			    json_input_line(in), err);
			bad = 1;
			break;
		case JSON_INPUT_ARTICLE:
			if (extract_one(x, mode, kinds, &a, &out) == -1) {
				fprintf(stderr, "%s:%zu: extract: %s\n",
				    json_input_file(in), json_input_line(in),
				    strerror(errno));
				bad = 1;
				break;
			}
			if (fwrite(out.data, 1, out.len, stdout) != out.len) {
				fprintf(stderr, "quarry extract: stdout: %s\n",
				    strerror(errno));
				failed = done = 1;
			}
			break;
		}
	}
	pbuf_free(&out);
	extract_destroy(&x);
out:
	if (fflush(stdout) == EOF) {
		fprintf(stderr, "quarry extract: stdout: %s\n",
		    strerror(errno));
		failed = 1;
	}
	json_input_destroy(&in);
	return failed ? 2 : bad ? 1 : 0;
}
