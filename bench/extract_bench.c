/*
 * extract_bench.c — extraction throughput on one core: quotes alone, dates
 * alone, and both, over article JSON lines (the dev gold sets by default).
 * Reports CPU time, so another busy core does not skew it; the input is
 * loaded first so parsing JSON is not measured.
 *
 * usage: extract_bench [--min-seconds S] [--passes N] FILE...
 *        extract_bench --once quotes|dates|both FILE...
 * Prints a markdown table and, last, one JSON line with the figures.
 * --once runs one mode once over every article and prints nothing: the
 * run `make prof` counts instructions of under callgrind, a figure that,
 * unlike the rates, does not move with the machine's load.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract.h"
#include "json.h"
#include "message.h"
#include "util.h"

/* Each mode runs over the whole corpus until this much CPU time passed
 * (and at least three rounds), so short corpora still give stable rates. */
#define BENCH_MIN_SECONDS	2.0
#define BENCH_MIN_ROUNDS	3
/*
 * The time is cut into this many passes (--passes), each running every
 * mode in turn, and a mode's rate is the median of its passes: on a
 * shared or virtual machine the speed of the CPU drifts over seconds,
 * and one slow stretch landing on one mode skewed the modes against each
 * other by a third.  Its best pass is reported too: other work on the
 * machine (cache and core sharing, preemption) only ever adds CPU time,
 * so the fastest pass is the nearest to the code's own speed, and the
 * figure to compare builds by on a loaded machine.
 */
#define BENCH_PASSES		5
#define BENCH_PASSES_MAX	100	/* pass[][] is on the stack */

struct bench_article {
	struct article	 a;
	char		*mem;		/* owns every slice of a */
};

/* Copy an article's slices into one allocation the bench owns. */
static void
bench_keep(struct bench_article *b, const struct article *a)
{
	const struct str *f[] = { &a->id, &a->body, &a->url, &a->source,
	    &a->title, &a->lang, &a->published, &a->timeline };
	struct str *t[] = { &b->a.id, &b->a.body, &b->a.url, &b->a.source,
	    &b->a.title, &b->a.lang, &b->a.published, &b->a.timeline };
	size_t i, total = 0, off = 0;

	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		total += f[i]->len;
	b->mem = xmalloc(total);
	b->a = *a;
	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		if (f[i]->len > 0)
			memcpy(b->mem + off, f[i]->p, f[i]->len);
		*t[i] = str_make(f[i]->len ? b->mem + off : NULL, f[i]->len);
		off += f[i]->len;
	}
}

static double
bench_cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

#define NMODES	3

int
main(int argc, char **argv)
{
	static const struct {
		const char *name;
		enum extract_mode mode;
	} modes[NMODES] = {
		{ "quotes", EXTRACT_QUOTES },
		{ "dates", EXTRACT_DATES },
		{ "both", EXTRACT_ALL },
	};
	double min_seconds = BENCH_MIN_SECONDS, rate[NMODES], arate[NMODES];
	double pass[NMODES][BENCH_PASSES_MAX], best[NMODES], tot[NMODES];
	struct bench_article *arts = NULL;
	size_t n = 0, cap = 0, bytes = 0, i, m, p, runs[NMODES];
	size_t passes = BENCH_PASSES;
	char *end;
	struct json_input *in;
	struct extract *x;
	struct article a;
	struct result r;
	char err[JSON_INPUT_ERR_MAX];
	int first = 1, done = 0, st, once = -1;

	for (;;) {
		if (first + 1 < argc &&
		    strcmp(argv[first], "--min-seconds") == 0) {
			min_seconds = atof(argv[first + 1]);
			first += 2;
		} else if (first + 1 < argc &&
		    strcmp(argv[first], "--passes") == 0) {
			errno = 0;
			passes = strtoul(argv[first + 1], &end, 10);
			if (errno != 0 || *end != '\0' || passes < 1 ||
			    passes > BENCH_PASSES_MAX) {
				fprintf(stderr, "extract_bench: --passes: "
				    "%s: not a number from 1 to %d\n",
				    argv[first + 1], BENCH_PASSES_MAX);
				return 2;
			}
			first += 2;
		} else if (first + 1 < argc &&
		    strcmp(argv[first], "--once") == 0) {
			for (m = 0; m < NMODES; m++)
				if (strcmp(argv[first + 1], modes[m].name) == 0)
					once = (int)m;
			if (once < 0) {
				fprintf(stderr, "extract_bench: --once: %s: "
				    "not quotes, dates or both\n",
				    argv[first + 1]);
				return 2;
			}
			first += 2;
		} else
			break;
	}
	if (first >= argc) {
		fprintf(stderr, "usage: extract_bench [--min-seconds S] "
		    "[--passes N] FILE...\n"
		    "       extract_bench --once quotes|dates|both FILE...\n");
		return 2;
	}
	in = json_input_new(argv + first, (size_t)(argc - first));
	while (!done) {
		switch ((st = json_input_next(in, &a, err, sizeof(err)))) {
		case JSON_INPUT_END:
			done = 1;
			break;
		case JSON_INPUT_IOERR:
		case JSON_INPUT_BAD:
			fprintf(stderr, "extract_bench: %s\n", err);
			return 1;
		case JSON_INPUT_ARTICLE:
			if (n == cap) {
				cap = cap ? cap * 2 : 256;
				arts = xreallocarray(arts, cap, sizeof(*arts));
			}
			bench_keep(&arts[n++], &a);
			bytes += a.body.len;
			break;
		}
	}
	json_input_destroy(&in);
	if (n == 0) {
		fprintf(stderr, "extract_bench: no articles\n");
		return 1;
	}
	if ((x = extract_new()) == NULL) {
		perror("extract_new");
		return 1;
	}
	if (once >= 0) {
		for (i = 0; i < n; i++) {
			memset(&r, 0, sizeof(r));
			if (extract_run(x, modes[once].mode, &arts[i].a,
			    &r) == -1) {
				fprintf(stderr, "extract_bench: %s\n",
				    strerror(errno));
				return 1;
			}
		}
		goto out;
	}
	printf("| extractor | articles | MB of body | CPU s | MB/s | "
	    "articles/s | best pass MB/s |\n"
	    "|---|---:|---:|---:|---:|---:|---:|\n");
	memset(tot, 0, sizeof(tot));
	memset(runs, 0, sizeof(runs));
	for (p = 0; p < passes; p++)
		for (m = 0; m < NMODES; m++) {
			double t0 = bench_cpu_seconds(), t;
			size_t rounds = 0;

			do {
				for (i = 0; i < n; i++) {
					memset(&r, 0, sizeof(r));
					if (extract_run(x, modes[m].mode,
					    &arts[i].a, &r) == -1) {
						fprintf(stderr, "extract_bench: "
						    "%s\n", strerror(errno));
						return 1;
					}
				}
				rounds++;
				t = bench_cpu_seconds() - t0;
			} while (t < min_seconds / (double)passes ||
			    rounds * passes < BENCH_MIN_ROUNDS);
			pass[m][p] = (double)rounds / t;	/* corpora/s */
			tot[m] += t;
			runs[m] += rounds;
		}
	for (m = 0; m < NMODES; m++) {
		qsort(pass[m], passes, sizeof(pass[m][0]), cmp_double);
		rate[m] = pass[m][passes / 2] * (double)bytes / 1e6;
		arate[m] = pass[m][passes / 2] * (double)n;
		best[m] = pass[m][passes - 1] * (double)bytes / 1e6;
		printf("| %s | %zu | %.2f | %.2f | %.1f | %.0f | %.1f |\n",
		    modes[m].name, n * runs[m], (double)bytes * (double)runs[m] /
		    1e6, tot[m], rate[m], arate[m], best[m]);
	}
	printf("{\"articles\": %zu, \"body_bytes\": %zu, \"passes\": %zu, "
	    "\"quotes_mb_s\": %.2f, \"dates_mb_s\": %.2f, \"both_mb_s\": %.2f, "
	    "\"quotes_articles_s\": %.0f, \"dates_articles_s\": %.0f, "
	    "\"both_articles_s\": %.0f, \"quotes_mb_s_best\": %.2f, "
	    "\"dates_mb_s_best\": %.2f, \"both_mb_s_best\": %.2f}\n", n,
	    bytes, passes, rate[0], rate[1], rate[2], arate[0], arate[1],
	    arate[2], best[0], best[1], best[2]);
out:
	for (i = 0; i < n; i++)
		free(arts[i].mem);
	free(arts);
	extract_destroy(&x);
	return 0;
}
