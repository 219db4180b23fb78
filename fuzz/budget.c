/*
 * budget.c — the time budget of the fuzz corpora: a main for a libFuzzer
 * harness built without libFuzzer or sanitizers (the extractors as they
 * run in a worker), which runs every input named (files, or directories
 * of them) once and reports the slowest by CPU time; over the budget,
 * it names the input and exits 1.  libFuzzer's own -timeout is wall
 * clock on an instrumented build, which a loaded machine stretches many
 * times over; this is the figure the budget is stated in.
 *
 * usage: fuzz_budget_<harness> [--budget-ms MS] PATH...
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* 1 s: the budget for any input (docs/security.md); a 1 MiB body takes
 * the extractors 20-80 ms. */
#define BUDGET_MS_DEFAULT	1000
#define BUDGET_PATH_MAX		4096

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

struct budget {
	double		 limit_s, worst_s;
	char		 worst[BUDGET_PATH_MAX];
	unsigned long	 inputs, over;
};

static double
budget_cpu(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
budget_file(struct budget *b, const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	long size;
	double t0, t;

	if (f == NULL || fseek(f, 0, SEEK_END) == -1 ||
	    (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) == -1) {
		fprintf(stderr, "budget: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	if ((buf = malloc(size > 0 ? (size_t)size : 1)) == NULL ||
	    fread(buf, 1, (size_t)size, f) != (size_t)size) {
		fprintf(stderr, "budget: %s: read failed\n", path);
		exit(2);
	}
	fclose(f);
	t0 = budget_cpu();
	LLVMFuzzerTestOneInput(buf, (size_t)size);
	t = budget_cpu() - t0;
	free(buf);
	b->inputs++;
	if (t > b->limit_s) {
		b->over++;
		fprintf(stderr, "budget: %s: %.3f s, over %.3f s\n", path, t,
		    b->limit_s);
	}
	if (t > b->worst_s) {
		b->worst_s = t;
		snprintf(b->worst, sizeof(b->worst), "%s", path);
	}
}

static void
budget_path(struct budget *b, const char *path)
{
	char sub[BUDGET_PATH_MAX];
	struct dirent *e;
	struct stat st;
	DIR *d;

	if (stat(path, &st) == -1) {
		fprintf(stderr, "budget: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	if (!S_ISDIR(st.st_mode)) {
		budget_file(b, path);
		return;
	}
	if ((d = opendir(path)) == NULL) {
		fprintf(stderr, "budget: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		budget_path(b, sub);
	}
	closedir(d);
}

int
main(int argc, char **argv)
{
	struct budget b;
	int i = 1;

	memset(&b, 0, sizeof(b));
	b.limit_s = BUDGET_MS_DEFAULT / 1000.0;
	if (argc > 2 && strcmp(argv[1], "--budget-ms") == 0) {
		b.limit_s = atof(argv[2]) / 1000.0;
		i = 3;
	}
	if (i >= argc) {
		fprintf(stderr, "usage: %s [--budget-ms MS] PATH...\n",
		    argv[0]);
		return 2;
	}
	for (; i < argc; i++)
		budget_path(&b, argv[i]);
	printf("%s: %lu inputs, slowest %.3f s CPU (%s), %lu over %.3f s\n",
	    argv[0], b.inputs, b.worst_s, b.worst[0] ? b.worst : "-", b.over,
	    b.limit_s);
	return b.over > 0;
}
