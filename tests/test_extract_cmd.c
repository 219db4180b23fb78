/*
 * test_extract_cmd.c — tools/extract_cmd.c, `quarry extract`: with
 * --jobs N the output is the output of one thread, line for line
 * (elapsed_us aside), and so are the messages for bad lines and missing
 * files and the exit status.  Run in-process, stdout and stderr sent to
 * files (Criterion runs each test in a process of its own).
 */
#include <fcntl.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "tools.h"

#define XC_LINES	300

static char xc_dir[] = "/tmp/quarry-xc-XXXXXX";

static void
xc_fini(void)
{
	char cmd[64];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", xc_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "test_extract_cmd: %s not removed\n", xc_dir);
}

static char *
xc_slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf;
	long n;

	cr_assert_not_null(f, "%s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = calloc(1, (size_t)n + 1);
	cr_assert_not_null(buf);
	cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	return buf;
}

/* "elapsed_us":123 -> "elapsed_us": */
static void
xc_strip_elapsed(char *s)
{
	char *p = s, *q;

	while ((p = strstr(p, "\"elapsed_us\":")) != NULL) {
		p += 13;
		for (q = p; *q >= '0' && *q <= '9'; q++)
			;
		memmove(p, q, strlen(q) + 1);
	}
}

/* Run quarry extract with argv; its stdout and stderr, and status. */
static int
xc_run(char **argv, int argc, const char *tag, char **out, char **err)
{
	char opath[128], epath[128];
	int o1, o2, fo, fe, rc;

	snprintf(opath, sizeof(opath), "%s/%s.out", xc_dir, tag);
	snprintf(epath, sizeof(epath), "%s/%s.err", xc_dir, tag);
	fflush(stdout);
	fflush(stderr);
	o1 = dup(1);
	o2 = dup(2);
	fo = open(opath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	fe = open(epath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	cr_assert(o1 >= 0 && o2 >= 0 && fo >= 0 && fe >= 0);
	dup2(fo, 1);
	dup2(fe, 2);
	rc = extract_cmd_main(argc, argv);
	fflush(stdout);
	fflush(stderr);
	dup2(o1, 1);
	dup2(o2, 2);
	close(o1);
	close(o2);
	close(fo);
	close(fe);
	*out = xc_slurp(opath);
	*err = xc_slurp(epath);
	xc_strip_elapsed(*out);
	return rc;
}

Test(extract_cmd, jobs_keep_input_order, .fini = xc_fini)
{
	char in1[128], in2[128], missing[128];
	char *o1, *e1, *o3, *e3;
	FILE *f;
	int i, rc1, rc3;

	cr_assert_not_null(mkdtemp(xc_dir));
	snprintf(in1, sizeof(in1), "%s/a.jsonl", xc_dir);
	snprintf(in2, sizeof(in2), "%s/b.jsonl", xc_dir);
	snprintf(missing, sizeof(missing), "%s/missing.jsonl", xc_dir);
	f = fopen(in1, "w");
	cr_assert_not_null(f);
	for (i = 0; i < XC_LINES; i++) {
		if (i % 17 == 5)
			fprintf(f, "{\"id\":\"x%d\",\"body\":\n", i);
		else if (i % 23 == 7)
			fprintf(f, "{\"id\":%d,\"body\":\"b\"}\n", i);
		else
			fprintf(f, "{\"id\":\"a%d\",\"published\":\"2016-08-"
			    "15\",\"body\":\"\\\"We will win %d,\\\" Jane Holt "
			    "said on Monday.%.*s\"}\n", i, i,
			    (i * 37) % 2000, "");
	}
	fclose(f);
	f = fopen(in2, "w");
	cr_assert_not_null(f);
	fprintf(f, "{\"id\":\"last\",\"body\":\"Last week, on 3 May.\"}\n");
	fclose(f);
	{
		char *argv1[] = { (char *)"extract", in1, missing, in2, NULL };
		char *argv3[] = { (char *)"extract", (char *)"--jobs",
		    (char *)"3", in1, missing, in2, NULL };

		rc1 = xc_run(argv1, 4, "one", &o1, &e1);
		rc3 = xc_run(argv3, 6, "three", &o3, &e3);
	}
	cr_assert_eq(rc1, 2, "a missing file: status 2, not %d", rc1);
	cr_assert_eq(rc3, rc1);
	cr_assert(strlen(o1) > 0);
	cr_assert_str_eq(o3, o1);
	cr_assert_str_eq(e3, e1);
	cr_assert_not_null(strstr(e1, "missing.jsonl"));
	cr_assert_not_null(strstr(o1, "\"id\":\"last\""));
	free(o1);
	free(e1);
	free(o3);
	free(e3);
}

Test(extract_cmd, jobs_out_of_range)
{
	char *argv[] = { (char *)"extract", (char *)"--jobs", (char *)"0",
	    NULL };

	cr_assert_eq(extract_cmd_main(3, argv), TOOLS_USAGE);
}
