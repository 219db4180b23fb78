/*
 * test_conffile.c — the settings file: keys, the errors that name file,
 * line and key, precedence of flags, SIGHUP's reload, and the installed
 * example (every key, at its true default).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "conffile.h"
#include "config.h"
#include "options.h"

#define CF_EXAMPLE	"systemd/quarryd.conf"

/* A temp file holding text; its path goes in path (TH-style buffer). */
static void
cf_write(char *path, size_t len, const char *text)
{
	FILE *f;
	int fd;

	snprintf(path, len, "/tmp/quarry-conf-XXXXXX");
	fd = mkstemp(path);
	cr_assert(fd != -1);
	f = fdopen(fd, "w");
	cr_assert(f != NULL);
	fputs(text, f);
	fclose(f);
}

static int
cf_load(struct config *c, const char *text, char *err, size_t errlen,
    char *path, size_t plen)
{
	int rc;

	cf_write(path, plen, text);
	config_defaults(c);
	rc = conffile_load(c, path, err, errlen);
	unlink(path);
	return rc;
}

/* Run conffile_configure over a copy of args (getopt wants char **). */
static int
cf_configure(struct config *c, int argc, const char **args, char *err,
    size_t errlen)
{
	char *argv[16];
	int i, rc;

	for (i = 0; i < argc; i++)
		argv[i] = strdup(args[i]);
	argv[argc] = NULL;
	rc = conffile_configure(c, argc, argv, err, errlen);
	for (i = 0; i < argc; i++)
		free(argv[i]);
	return rc;
}

Test(conffile, keys_set_what_their_flags_set)
{
	struct config c;
	char err[512], path[64];

	cr_assert_eq(cf_load(&c,
	    "# a comment\n"
	    "; another\n"
	    "[quarryd]\n"
	    "ingest = tcp://127.0.0.1:9400\n"
	    "  queue_max = 500   ; indented, with an inline comment\n"
	    "workers=3\n"
	    "max_attempts = 5\n"
	    "log_level = debug\n"
	    "noop = yes\n"
	    "spool = off\n"
	    "http = off\n"
	    "job_timeout_ms = 1500\n", err, sizeof(err), path, sizeof(path)),
	    0, "%s", err);
	cr_assert_str_eq(c.ingest, "tcp://127.0.0.1:9400");
	cr_assert_eq(c.queue_max, 500);
	cr_assert_eq(c.workers, 3);
	cr_assert_eq(c.max_attempts, 5);
	cr_assert_eq(c.log_level, LOG_LEVEL_DEBUG);
	cr_assert_eq(c.noop, 1);
	cr_assert_eq(c.spool, 0);
	cr_assert_str_eq(c.http, "off");
	cr_assert_eq(c.job_timeout_ms, 1500);
	config_free(&c);
}

Test(conffile, errors_name_the_file_line_and_key)
{
	static const struct {
		const char	*text;
		const char	*want;	/* after "PATH:" */
	} cases[] = {
		{ "[quarryd]\n\nqueue_max = 12x\n",
		  ":3: queue_max: \"12x\" is not a number from 1 to 10000000" },
		{ "[quarryd]\nqueue_size = 1\n", ":2: queue_size: unknown key" },
		{ "[queue]\nqueue_max = 1\n",
		  ":2: queue_max: in unknown section [queue]" },
		{ "queue_max = 1\n",
		  ":1: queue_max: before the [quarryd] line" },
		{ "[quarryd]\nworkers 4\n",
		  ":2: expected [quarryd] or key = value" },
		{ "[quarryd]\nnoop = maybe\n",
		  ":2: noop: \"maybe\" is not yes or no" },
		{ "[quarryd]\ningest =\n", ":2: ingest: needs a value" },
		{ "[quarryd]\nlog_level = loud\n",
		  ":2: log_level: \"loud\" is not one of err, warn, info, "
		  "debug" },
		{ "[quarryd]\nhttp = 7402\n",
		  ":2: http: \"7402\" is not HOST:PORT" },
		/* The first error wins. */
		{ "[quarryd]\nliveness = 0\nworkers = -1\n",
		  ":2: liveness: \"0\" is not a number from 1 to 100" },
	};
	struct config c;
	char err[512], path[64], want[600];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		cr_assert_eq(cf_load(&c, cases[i].text, err, sizeof(err), path,
		    sizeof(path)), -1, "case %zu accepted", i);
		snprintf(want, sizeof(want), "%s%s", path, cases[i].want);
		cr_assert_str_eq(err, want, "case %zu", i);
		config_free(&c);
	}
}

Test(conffile, long_lines_are_refused_not_cut)
{
	struct config c;
	char err[512], path[64], *text;
	size_t n = 3000;

	text = malloc(n + 64);
	cr_assert(text != NULL);
	strcpy(text, "[quarryd]\nworker_bin = /");
	memset(text + strlen(text), 'x', n);
	strcpy(text + strlen("[quarryd]\nworker_bin = /") + n, "\nworkers = 2\n");
	cr_assert_eq(cf_load(&c, text, err, sizeof(err), path, sizeof(path)),
	    -1);
	cr_assert(strstr(err, ":2: line longer than") != NULL, "%s", err);
	config_free(&c);
	free(text);
}

Test(conffile, flags_override_the_file)
{
	struct config c;
	char err[512], path[64];

	cf_write(path, sizeof(path), "[quarryd]\nqueue_max = 500\n"
	    "workers = 3\nhttp = 127.0.0.1:9999\n");
	{
		const char *argv[] = { "quarryd", "--config", path,
		    "--queue-max", "7", "--runtime-dir", "/tmp/x" };

		cr_assert_eq(cf_configure(&c, 7, argv, err, sizeof(err)), 0,
		    "%s", err);
	}
	cr_assert_eq(c.queue_max, 7);
	cr_assert_eq(c.workers, 3);
	cr_assert_str_eq(c.http, "127.0.0.1:9999");
	cr_assert_str_eq(c.config_file, path);
	config_free(&c);
	unlink(path);
}

Test(conffile, explicit_missing_file_is_an_error)
{
	struct config c;
	char err[512];
	const char *argv[] = { "quarryd", "--config", "/nonexistent/q.conf" };

	cr_assert_eq(cf_configure(&c, 3, argv, err, sizeof(err)), -2);
	cr_assert_str_eq(err, "/nonexistent/q.conf: No such file or "
	    "directory");
	config_free(&c);
	/* A flag error is a usage error (-1), reported before the file. */
	{
		const char *argv2[] = { "quarryd", "--config",
		    "/nonexistent/q.conf", "--workers", "x" };

		cr_assert_eq(cf_configure(&c, 5, argv2, err, sizeof(err)), -1);
		cr_assert(strstr(err, "--workers") != NULL, "%s", err);
		config_free(&c);
	}
}

Test(conffile, reload_applies_what_it_can_and_keeps_the_rest)
{
	struct config live;
	char err[512], path[64];
	FILE *f;
	const char *args[] = { "quarryd", "--config", NULL, "--runtime-dir",
	    "/tmp/x", "--max-attempts", "4" };
	char *argv[8];
	int i;

	cf_write(path, sizeof(path), "[quarryd]\nqueue_max = 500\n"
	    "workers = 2\n");
	args[2] = path;
	for (i = 0; i < 7; i++)
		argv[i] = strdup(args[i]);
	argv[7] = NULL;
	cr_assert_eq(conffile_configure(&live, 7, argv, err, sizeof(err)), 0,
	    "%s", err);
	cr_assert_eq(live.queue_max, 500);

	f = fopen(path, "w");
	fputs("[quarryd]\nqueue_max = 50\nworkers = 5\nmax_attempts = 9\n"
	    "job_timeout_ms = 100\nlog_level = warn\n"
	    "ingest = tcp://127.0.0.1:9\n", f);
	fclose(f);
	cr_assert_eq(conffile_reload(&live, 7, argv, err, sizeof(err)), 0,
	    "%s", err);
	cr_assert_eq(live.queue_max, 50);
	cr_assert_eq(live.workers, 5);
	cr_assert_eq(live.max_attempts, 4, "the flag still wins");
	cr_assert_eq(live.job_timeout_ms, 100);
	cr_assert_eq(live.log_level, LOG_LEVEL_WARN);
	cr_assert_str_eq(live.ingest, "tcp://127.0.0.1:7400",
	    "endpoints wait for a restart");

	f = fopen(path, "w");
	fputs("[quarryd]\nqueue_max = 5\nworkers = lots\n", f);
	fclose(f);
	cr_assert_eq(conffile_reload(&live, 7, argv, err, sizeof(err)), -1);
	cr_assert(strstr(err, ":3: workers:") != NULL, "%s", err);
	cr_assert_eq(live.queue_max, 50, "a bad file changes nothing");
	cr_assert_eq(live.workers, 5);
	config_free(&live);
	for (i = 0; i < 7; i++)
		free(argv[i]);
	unlink(path);
}

/* systemd/quarryd.conf shows every key; its ";key = value" lines are the
 * defaults, so uncommenting all of them changes nothing. */
Test(conffile, example_documents_every_key_at_its_default)
{
	char line[512], err[512], path[64], *text = NULL, *a = NULL,
	    *b = NULL;
	size_t tlen = 0, alen = 0, blen = 0, i;
	struct config def, ex;
	FILE *in, *out, *fa, *fb;

	in = fopen(CF_EXAMPLE, "r");
	cr_assert(in != NULL, "run from the repository root");
	out = open_memstream(&text, &tlen);
	fputs("[quarryd]\n", out);
	while (fgets(line, sizeof(line), in) != NULL)
		if (line[0] == ';')
			fputs(line + 1, out);
	fclose(out);
	rewind(in);
	{
		char *all = NULL;
		size_t alllen = 0;
		FILE *m = open_memstream(&all, &alllen);

		while (fgets(line, sizeof(line), in) != NULL)
			fputs(line, m);
		fclose(m);
		for (i = 0; conffile_key(i) != NULL; i++) {
			char semi[80], hash[80];

			snprintf(semi, sizeof(semi), "\n;%s = ",
			    conffile_key(i));
			snprintf(hash, sizeof(hash), "\n#%s = ",
			    conffile_key(i));
			cr_assert(strstr(all, semi) != NULL ||
			    strstr(all, hash) != NULL,
			    "%s is not in " CF_EXAMPLE, conffile_key(i));
		}
		free(all);
	}
	fclose(in);

	cr_assert_eq(cf_load(&ex, text, err, sizeof(err), path,
	    sizeof(path)), 0, "%s", err);
	config_defaults(&def);
	cr_assert_eq(config_finish(&def, "quarryd", err, sizeof(err)), 0);
	cr_assert_eq(config_finish(&ex, "quarryd", err, sizeof(err)), 0);
	fa = open_memstream(&a, &alen);
	fb = open_memstream(&b, &blen);
	config_print(&def, fa);
	config_print(&ex, fb);
	fclose(fa);
	fclose(fb);
	cr_assert_str_eq(b, a);
	free(a);
	free(b);
	free(text);
	config_free(&def);
	config_free(&ex);
}

/* The file and the flags share one setter: the same value gives the
 * same error, "key: why" in the file and "--flag: why" on the line. */
Test(conffile, file_and_flag_errors_agree)
{
	static const char *const values[] = { "1x", "-1", "99999999999",
	    "maybe" };
	const struct options_entry *o;
	char text[256], err[512], ferr[512], path[64], flag[64], want[600];
	struct config c;
	size_t i, v;

	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		if ((o->scope & OPTIONS_BOTH) != OPTIONS_BOTH ||
		    o->type == OPTIONS_SWITCH || o->type == OPTIONS_STRING)
			continue;
		options_flag_name(o, flag, sizeof(flag));
		for (v = 0; v < sizeof(values) / sizeof(values[0]); v++) {
			const char *argv[] = { "quarryd", flag, values[v] };

			snprintf(text, sizeof(text), "[quarryd]\n%s = %s\n",
			    o->name, values[v]);
			cr_assert_eq(cf_load(&c, text, err, sizeof(err), path,
			    sizeof(path)), -1, "%s = %s accepted", o->name,
			    values[v]);
			config_free(&c);
			cr_assert_eq(cf_configure(&c, 3, argv, ferr,
			    sizeof(ferr)), -1, "%s %s accepted", flag,
			    values[v]);
			config_free(&c);
			cr_assert(strncmp(ferr, flag, strlen(flag)) == 0);
			snprintf(want, sizeof(want), "%s:2: %s%s", path,
			    o->name, ferr + strlen(flag));
			cr_assert_str_eq(err, want);
		}
	}
}

/* What --check-config prints is a settings file that gives the same
 * settings, unset keys included (printed as comments). */
Test(conffile, check_config_output_reads_back)
{
	const char *args[] = { "quarryd", "--runtime-dir", "/tmp/qx",
	    "--queue-max", "77", "--log-level", "debug", "--no-spool",
	    "--noop", "--http", "off", "--spool-fsync", "always",
	    "--worker-bin", "/opt/q/quarry-worker" };
	char *a = NULL, *b = NULL, err[512], path[64];
	size_t alen = 0, blen = 0;
	struct config c, back;
	FILE *f;

	cr_assert_eq(cf_configure(&c, 15, args, err, sizeof(err)), 0, "%s",
	    err);
	f = open_memstream(&a, &alen);
	fputs("[quarryd]\n", f);
	config_print(&c, f);
	fclose(f);
	cr_assert(strstr(a, "\n# state_dir: not set\n") != NULL, "%s", a);
	cr_assert(strstr(a, "state_dir = \n") == NULL, "%s", a);
	cr_assert_eq(cf_load(&back, a, err, sizeof(err), path, sizeof(path)),
	    0, "%s\n%s", err, a);
	cr_assert_eq(config_finish(&back, "quarryd", err, sizeof(err)), 0,
	    "%s", err);
	f = open_memstream(&b, &blen);
	fputs("[quarryd]\n", f);
	config_print(&back, f);
	fclose(f);
	cr_assert_str_eq(b, a);
	free(a);
	free(b);
	config_free(&c);
	config_free(&back);
}
