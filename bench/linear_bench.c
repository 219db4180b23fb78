/*
 * linear_bench.c — the extractors' running time against the size of a
 * hostile body.  Each pattern (runs of quotation marks, alternating
 * mark and space, digits and slashes, apostrophes, sentences and lines
 * the reported-speech rules take, a random mix) is fed
 * at 1, 2 and 4 MiB through extract_run, quotes and dates separately,
 * and the bench prints the CPU time per MiB and the ratio of each size's
 * time to the previous one: about 2.0 is linear, 4.0 quadratic.  Then
 * the generated family (bench/hostile.c: every unit of up to --family K
 * marks, apostrophes, punctuation and word bits, repeated), too many to
 * time at megabytes, at LB_FAMILY_BYTES and LB_FAMILY_SCALE times that:
 * it prints the units whose ratio passes LB_FAMILY_FLAG and the worst.
 * It reports; it never passes or fails.
 *
 * usage: linear_bench [--max-seconds S] [--family K]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract.h"
#include "hostile.h"
#include "log.h"
#include "message.h"
#include "util.h"

#define LB_MIB		(1u << 20)
/* Sizes, in MiB; the largest is PROTO_BODY_MAX, the largest legal body. */
static const unsigned lb_sizes[] = { 1, 2, 4 };
#define LB_NSIZES	(sizeof(lb_sizes) / sizeof(lb_sizes[0]))
/*
 * A run slower than this skips the larger sizes of its pattern: a
 * quadratic extractor would take minutes at 4 MiB, and the ratio of the
 * sizes already run says what there is to say.
 */
#define LB_MAX_SECONDS	20.0
/* Runs under this long are repeated and the fastest kept, so a short
 * run is not one scheduler hiccup. */
#define LB_REPEAT_BELOW	0.5
#define LB_REPEATS	3

struct lb_pattern {
	const char	*name;
	const char	*unit;		/* repeated to fill; NULL: random */
};

static const struct lb_pattern lb_patterns[] = {
	{ "\"\"\"\" (double marks)", "\"" },
	{ "\" \" (mark, space)", "\" " },
	{ "digits/slashes", "12/31/1999/08/15/" },
	{ "'''' (apostrophes)", "'" },
	{ "curly \xe2\x80\x9c\xe2\x80\x9d", "\xe2\x80\x9c\xe2\x80\x9d " },
	/* each ‘ may elide the word after it ('em): 24 s at 1 MiB while
	 * the search for that word ran to the end of the body */
	{ "curly \xe2\x80\x9c\xe2\x80\x98", "\xe2\x80\x9c\xe2\x80\x98" },
	{ "\" ' (mark, apostrophe)", "\"'" },
	/* sentences the reported-speech rules take: each noun of a speech
	 * act and each headline asked whether its content overlapped an
	 * item out by reading every item, quadratic */
	{ "noun cue sentences", "His criticism of Bush grew. " },
	/* a Statement noun + "that" asked whether a quote mark followed it
	 * by reading to the sentence's end: quadratic without stops */
	{ "statement noun + that", "The critics repeated remarks that " },
	{ "verb cue sentences", "Trump said the plan failed and he left. " },
	{ "headline lines", "Trump Slams Obama Over Plan\n" },
	{ "random mix", NULL },
};

/* Characters of the random mix: marks straight and curly, digits,
 * separators, capitals and cue words, so quotes, speakers and dates
 * all start and die at random. */
static const char *const lb_mix[] = {
	"\"", "'", " ", " ", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98",
	"\xe2\x80\x99", "1", "9", "0", "/", "-", ".", ",", ":", "\n", "A",
	"Mr. Holt", " said ", " told ", "Monday", "August", "2016", "ago",
};

static double
lb_cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A fixed-seed generator: every run of the bench sees the same mix. */
static uint32_t
lb_rand(uint32_t *s)
{
	*s = *s * 1103515245u + 12345u;
	return *s >> 8;
}

static void
lb_fill(char *buf, size_t len, const struct lb_pattern *p)
{
	uint32_t seed = 20160815;
	size_t off = 0, n;
	const char *piece;

	while (off < len) {
		piece = p->unit != NULL ? p->unit :
		    lb_mix[lb_rand(&seed) % (sizeof(lb_mix) / sizeof(lb_mix[0]))];
		n = strlen(piece);
		if (n > len - off)
			break;
		memcpy(buf + off, piece, n);
		off += n;
	}
	/* Pad what a multi-byte piece could not fill, keeping UTF-8. */
	memset(buf + off, ' ', len - off);
}

/* CPU seconds of one extract_run, the fastest of a few if short. */
static double
lb_time(struct extract *x, enum extract_mode mode, struct article *a,
    size_t *found)
{
	struct result r;
	double best = -1, t0, t;
	int i;

	for (i = 0; i < LB_REPEATS; i++) {
		memset(&r, 0, sizeof(r));
		t0 = lb_cpu_seconds();
		if (extract_run(x, mode, a, &r) == -1)
			fatal("extract_run");
		t = lb_cpu_seconds() - t0;
		*found = r.nquotes + r.ndates;
		if (best < 0 || t < best)
			best = t;
		if (t >= LB_REPEAT_BELOW)
			break;
	}
	return best;
}

/*
 * The family: each unit at LB_FAMILY_BYTES and LB_FAMILY_SCALE times
 * that.  64 KiB is a few hundred microseconds of either extractor, long
 * enough for the CPU clock, and the family of two pieces (484 units)
 * runs in seconds; a linear extractor's ratio is LB_FAMILY_SCALE (4), a
 * quadratic one's its square (16), so LB_FAMILY_FLAG (6) lets timing
 * noise pass and flags anything worse than linear.
 */
#define LB_FAMILY_BYTES	(64u * 1024)
#define LB_FAMILY_SCALE	4
#define LB_FAMILY_FLAG	6.0
#define LB_FAMILY_K	2

static void
lb_family(struct extract *x, enum extract_mode mode, const char *mname,
    unsigned kmax, char *buf)
{
	char unit[HOSTILE_UNIT_MAX], worst_unit[HOSTILE_UNIT_MAX] = "";
	char err[PROTO_ERR_MAX];
	double t[2], ratio, worst = 0;
	size_t i, ulen, found, nunits = 0, nflag = 0, s;
	struct article a;
	unsigned k;

	for (k = 1; k <= kmax; k++) {
		for (i = 0; i < hostile_units(k); i++) {
			ulen = hostile_unit(k, i, unit);
			for (s = 0; s < 2; s++) {
				size_t len = LB_FAMILY_BYTES *
				    (s ? LB_FAMILY_SCALE : 1);

				hostile_fill(buf, len, unit, ulen);
				memset(&a, 0, sizeof(a));
				a.id = STR_LIT("linear-bench");
				a.body = str_make(buf, len);
				a.published = STR_LIT("2016-08-15");
				if (proto_article_check(&a, err,
				    sizeof(err)) == -1)
					fatalx("article: %s", err);
				t[s] = lb_time(x, mode, &a, &found);
			}
			nunits++;
			ratio = t[0] > 0 ? t[1] / t[0] : 0;
			if (ratio > LB_FAMILY_FLAG) {
				nflag++;
				printf("%s: unit \"%s\" repeated: ratio %.1f "
				    "(%.2f ms, %.2f ms)\n", mname, unit, ratio,
				    t[0] * 1e3, t[1] * 1e3);
			}
			if (ratio > worst) {
				worst = ratio;
				memcpy(worst_unit, unit, ulen + 1);
			}
		}
	}
	printf("%s: family of %zu units (up to %u pieces), %u KiB and %u "
	    "KiB: worst ratio %.2f (\"%s\"), %zu over %.1f (linear %d, "
	    "quadratic %d)\n", mname, nunits, kmax, LB_FAMILY_BYTES / 1024,
	    LB_FAMILY_BYTES * LB_FAMILY_SCALE / 1024, worst, worst_unit,
	    nflag, LB_FAMILY_FLAG, LB_FAMILY_SCALE,
	    LB_FAMILY_SCALE * LB_FAMILY_SCALE);
	fflush(stdout);
}

int
main(int argc, char **argv)
{
	static const struct {
		const char	*name;
		enum extract_mode mode;
	} modes[] = {
		{ "quotes", EXTRACT_QUOTES },
		{ "dates", EXTRACT_DATES },
	};
	char err[PROTO_ERR_MAX], *buf;
	double max_s = LB_MAX_SECONDS, t[LB_NSIZES], worst = 0;
	struct extract *x;
	struct article a;
	size_t p, m, k, found;
	unsigned family = LB_FAMILY_K;

	log_init("linear_bench", LOG_LEVEL_WARN);
	for (k = 1; k < (size_t)argc; k += 2) {
		if (k + 1 < (size_t)argc &&
		    strcmp(argv[k], "--max-seconds") == 0)
			max_s = atof(argv[k + 1]);
		else if (k + 1 < (size_t)argc &&
		    strcmp(argv[k], "--family") == 0 &&
		    atoi(argv[k + 1]) >= 0 &&
		    atoi(argv[k + 1]) <= HOSTILE_PIECES_MAX)
			family = (unsigned)atoi(argv[k + 1]);
		else {
			fprintf(stderr, "usage: linear_bench [--max-seconds S] "
			    "[--family K (0 to %d)]\n", HOSTILE_PIECES_MAX);
			return 2;
		}
	}
	if ((x = extract_new()) == NULL)
		fatal("extract_new");
	buf = xmalloc((size_t)lb_sizes[LB_NSIZES - 1] * LB_MIB);

	printf("| extractor | pattern | ms/MiB @1 | ms/MiB @2 | ms/MiB @4 "
	    "| ratio 2/1 | ratio 4/2 | found @1 |\n");
	printf("|---|---|---:|---:|---:|---:|---:|---:|\n");
	for (m = 0; m < sizeof(modes) / sizeof(modes[0]); m++) {
		for (p = 0; p < sizeof(lb_patterns) / sizeof(lb_patterns[0]);
		    p++) {
			size_t found1 = 0;

			printf("| %s | %s", modes[m].name, lb_patterns[p].name);
			for (k = 0; k < LB_NSIZES; k++) {
				size_t len = (size_t)lb_sizes[k] * LB_MIB;

				t[k] = -1;
				if (k > 0 && t[k - 1] > max_s)
					continue;
				lb_fill(buf, len, &lb_patterns[p]);
				memset(&a, 0, sizeof(a));
				a.id = STR_LIT("linear-bench");
				a.body = str_make(buf, len);
				a.published = STR_LIT("2016-08-15");
				if (proto_article_check(&a, err,
				    sizeof(err)) == -1)
					fatalx("article: %s", err);
				t[k] = lb_time(x, modes[m].mode, &a, &found);
				if (k == 0)
					found1 = found;
			}
			for (k = 0; k < LB_NSIZES; k++)
				if (t[k] < 0)
					printf(" | skipped");
				else
					printf(" | %.1f", t[k] * 1e3 /
					    lb_sizes[k]);
			for (k = 1; k < LB_NSIZES; k++) {
				if (t[k] < 0 || t[k - 1] <= 0) {
					printf(" | -");
					continue;
				}
				printf(" | %.2f", t[k] / t[k - 1]);
				if (t[k] / t[k - 1] > worst)
					worst = t[k] / t[k - 1];
			}
			printf(" | %zu |\n", found1);
			fflush(stdout);
		}
	}
	printf("\nlinear: each ratio near 2.0 (double the size, double the "
	    "time); worst ratio %.2f\n\n", worst);
	for (m = 0; family > 0 && m < sizeof(modes) / sizeof(modes[0]); m++)
		lb_family(x, modes[m].mode, modes[m].name, family, buf);
	free(buf);
	extract_destroy(&x);
	return 0;
}
