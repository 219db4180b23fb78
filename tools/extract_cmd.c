/*
 * extract_cmd.c — `quarry extract`: the extraction library on JSON lines,
 * with no daemon.  One Result line per good article, in input order; this
 * is the command the scorer runs, so one extract context and one output
 * buffer serve every article.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "extract.h"
#include "json.h"
#include "message.h"
#include "tools.h"
#include "util.h"

int
extract_cmd_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "noop", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	enum extract_mode mode = EXTRACT_ALL;
	struct json_input *in;
	struct extract *x;
	struct pbuf out = { NULL, 0, 0 };
	struct article a;
	struct result r;
	char err[JSON_INPUT_ERR_MAX];
	int c, bad = 0, failed = 0, done = 0;
	uint64_t t0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'n':
			mode = EXTRACT_NOOP;
			break;
		default:
			return TOOLS_USAGE;
		}
	}
	if ((x = extract_new()) == NULL) {
		fprintf(stderr, "quarry extract: %s\n", strerror(errno));
		return 2;
	}
	in = json_input_new(argv + optind, (size_t)(argc - optind));
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
			memset(&r, 0, sizeof(r));
			t0 = now_us();
			if (extract_run(x, mode, &a, &r) == -1) {
				fprintf(stderr, "%s:%zu: extract: %s\n",
				    json_input_file(in), json_input_line(in),
				    strerror(errno));
				bad = 1;
				break;
			}
			r.elapsed_us = now_us() - t0;
			r.id = a.id;
			r.url = a.url;
			r.source = a.source;
			r.published = a.published;
			json_write_result(&out, &r, JSON_RESULT_EXTRACT);
			if (fwrite(out.data, 1, out.len, stdout) != out.len) {
				fprintf(stderr, "quarry extract: stdout: %s\n",
				    strerror(errno));
				failed = done = 1;
			}
			break;
		}
	}
	if (fflush(stdout) == EOF) {
		fprintf(stderr, "quarry extract: stdout: %s\n",
		    strerror(errno));
		failed = 1;
	}
	pbuf_free(&out);
	json_input_destroy(&in);
	extract_destroy(&x);
	return failed ? 2 : bad ? 1 : 0;
}
