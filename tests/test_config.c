/*
 * test_config.c — quarryd's defaults, flags and the errors they give; the
 * options table, the number parser, --help and the manual's lists.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "config.h"
#include "options.h"
#include "spool.h"
#include "util.h"

/* getopt wants char **; -Wwrite-strings makes literals const. */
static int
config_test_parse(struct config *c, char *err, size_t len, int argc,
    const char **args)
{
	char *argv[32];
	int i, rc;

	for (i = 0; i < argc; i++)
		argv[i] = strdup(args[i]);
	argv[argc] = NULL;
	config_defaults(c);
	rc = config_parse_args(c, argc, argv, err, len);
	for (i = 0; i < argc; i++)
		free(argv[i]);
	return rc;
}

Test(config, defaults_follow_design)
{
	struct config c;
	char err[256];

	config_defaults(&c);
	setenv("RUNTIME_DIRECTORY", "/run/quarry", 1);
	cr_assert_eq(config_finish(&c, "quarryd", err, sizeof(err)), 0, "%s",
	    err);
	unsetenv("RUNTIME_DIRECTORY");
	cr_assert_str_eq(c.ingest, "tcp://127.0.0.1:7400");
	cr_assert_str_eq(c.results, "tcp://127.0.0.1:7401");
	cr_assert_str_eq(c.workers_endpoint, "ipc:///run/quarry/workers");
	cr_assert_geq(c.workers, 1);
	cr_assert_eq(c.queue_max, 10000);
	cr_assert_eq(c.max_attempts, 3);
	cr_assert_eq(c.foreground, 0);
	config_free(&c);
}

/* As root, the runtime directory never defaults to /tmp, where another
 * user could plant its path first. */
Test(config, root_runtime_dir_is_not_in_tmp)
{
	struct config c;
	char err[256], want[64];
	char *rd = getenv("RUNTIME_DIRECTORY");
	char *xdg = getenv("XDG_RUNTIME_DIR");
	char *rd_copy = rd ? strdup(rd) : NULL;
	char *xdg_copy = xdg ? strdup(xdg) : NULL;

	config_defaults(&c);
	unsetenv("RUNTIME_DIRECTORY");
	unsetenv("XDG_RUNTIME_DIR");
	cr_assert_eq(config_finish(&c, "quarryd", err, sizeof(err)), 0, "%s",
	    err);
	if (rd_copy != NULL)
		setenv("RUNTIME_DIRECTORY", rd_copy, 1);
	if (xdg_copy != NULL)
		setenv("XDG_RUNTIME_DIR", xdg_copy, 1);
	free(rd_copy);
	free(xdg_copy);
	if (geteuid() == 0)
		snprintf(want, sizeof(want), "/run/quarry");
	else
		snprintf(want, sizeof(want), "/tmp/quarry-%lu",
		    (unsigned long)getuid());
	cr_assert_str_eq(c.runtime_dir, want);
	config_free(&c);
}

Test(config, flags_override)
{
	const char *argv[] = { "quarryd", "-f", "-w", "3", "--ingest",
	    "ipc:///tmp/x/in", "--results", "ipc:///tmp/x/out",
	    "--queue-max", "42", "--log-level", "debug", "--max-attempts",
	    "5", "--heartbeat-ms", "250", NULL };
	struct config c;
	char err[256];

	cr_assert_eq(config_test_parse(&c, err, sizeof(err), 16, argv), 0,
	    "%s", err);
	cr_assert_eq(c.foreground, 1);
	cr_assert_eq(c.workers, 3);
	cr_assert_str_eq(c.ingest, "ipc:///tmp/x/in");
	cr_assert_str_eq(c.results, "ipc:///tmp/x/out");
	cr_assert_eq(c.queue_max, 42);
	cr_assert_eq(c.log_level, LOG_LEVEL_DEBUG);
	cr_assert_eq(c.max_attempts, 5);
	cr_assert_eq(c.heartbeat_ms, 250);
	config_free(&c);
}

Test(config, errors_name_the_flag)
{
	static const struct {
		const char *flag, *value, *want;
	} cases[] = {
		{ "--workers", "many", "--workers" },
		{ "--workers", "100000", "--workers" },
		{ "--queue-max", "0", "--queue-max" },
		{ "--queue-max", "12x", "--queue-max" },
		{ "--log-level", "loud", "--log-level" },
		{ "--max-attempts", "-1", "--max-attempts" },
		{ "--heartbeat-ms", "1", "--heartbeat-ms" },
		{ "--bogus", "1", "--bogus" },
		{ "--sink", "127.0.0.1:4222", "--sink" },
		{ "--sink", "nats://a:1,b:2", "--sink" },
		{ "--sink-stream", "a.b", "--sink-stream" },
		{ "--sink-replicas", "7", "--sink-replicas" },
		{ "--sink-max-age", "3w", "--sink-max-age" },
		{ "--sink-max-age", "99999d", "--sink-max-age" },
		{ "--sink-buffer", "0", "--sink-buffer" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *argv[] = { "quarryd", cases[i].flag,
		    cases[i].value, NULL };
		struct config c;
		char err[256] = "";

		cr_assert_eq(config_test_parse(&c, err, sizeof(err), 3, argv),
		    -1, "%s %s accepted", cases[i].flag, cases[i].value);
		cr_assert(strstr(err, cases[i].want) != NULL,
		    "error \"%s\" does not name %s", err, cases[i].want);
		config_free(&c);
	}
}

Test(config, same_endpoint_twice_is_an_error)
{
	const char *argv[] = { "quarryd", "--results", "tcp://127.0.0.1:7400",
	    NULL };
	struct config c;
	char err[256];

	cr_assert_eq(config_test_parse(&c, err, sizeof(err), 3, argv), 0);
	cr_assert_eq(config_finish(&c, "quarryd", err, sizeof(err)), -1);
	cr_assert(strstr(err, "differ") != NULL, "%s", err);
	config_free(&c);
}

/* --- the options table (options.c) --- */

Test(config, table_is_consistent)
{
	const struct options_entry *o, *p;
	const struct options_choice *ch;
	char a[64], b[64];
	size_t i, j;
	int found;

	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		cr_assert(o->text != NULL && o->text[0] != '\0', "%s: no help",
		    o->name);
		cr_assert(o->scope != 0, "%s: no scope", o->name);
		if (o->type == OPTIONS_NUMBER) {
			cr_assert_leq(o->minimum, o->maximum, "%s", o->name);
			if (o->default_text == NULL)
				cr_assert(o->default_num >= o->minimum &&
				    o->default_num <= o->maximum,
				    "%s: default out of bounds", o->name);
			cr_assert(o->width == sizeof(unsigned) ||
			    o->width == sizeof(size_t), "%s", o->name);
			if (o->width == sizeof(unsigned))
				cr_assert_leq(o->maximum, INT_MAX, "%s: too "
				    "big for a 4-byte field", o->name);
			cr_assert(o->arg != NULL, "%s: no ARG", o->name);
		}
		if (o->type == OPTIONS_CHOICE) {
			found = 0;
			for (ch = o->choices; ch->name != NULL; ch++)
				found |= (unsigned long long)ch->value ==
				    o->default_num;
			cr_assert(found, "%s: default not a choice", o->name);
		}
		if (o->type == OPTIONS_STRING)
			cr_assert(o->arg != NULL, "%s: no ARG", o->name);
		for (j = 0; j < i; j++) {
			p = &options_table[j];
			cr_assert_str_neq(o->name, p->name);
			cr_assert_str_neq(options_flag_name(o, a, sizeof(a)),
			    options_flag_name(p, b, sizeof(b)));
			cr_assert(o->short_name == 0 ||
			    o->short_name != p->short_name, "%s", o->name);
		}
	}
	/* The choices name the same values as the modules' own parsers. */
	for (ch = options_by_name("log_level")->choices; ch->name; ch++)
		cr_assert_eq(log_level_parse(ch->name), ch->value);
	for (ch = options_by_name("spool_fsync")->choices; ch->name; ch++)
		cr_assert_str_eq(spool_fsync_name(
		    (enum spool_fsync)ch->value), ch->name);
}

Test(config, one_number_parser)
{
	unsigned long long v = 99;

	cr_assert_eq(util_parse_number("0", 0, 5, &v), 0);
	cr_assert_eq(v, 0);
	cr_assert_eq(util_parse_number("5", 0, 5, &v), 0);
	cr_assert_eq(v, 5);
	cr_assert_eq(util_parse_number("6", 0, 5, &v), -1);
	cr_assert_eq(util_parse_number("", 0, 5, &v), -1);
	cr_assert_eq(util_parse_number("-1", 0, 5, &v), -1);
	cr_assert_eq(util_parse_number(" 1", 0, 5, &v), -1);
	cr_assert_eq(util_parse_number("+1", 0, 5, &v), -1);
	cr_assert_eq(util_parse_number("1 ", 0, 5, &v), -1);
	cr_assert_eq(util_parse_number("1k", 0, 5, &v), -1);
	cr_assert_eq(util_parse_number("0x1", 0, 5, &v), -1);
	cr_assert_eq(util_parse_number("18446744073709551616", 0,
	    ULLONG_MAX, &v), -1, "overflow");
	cr_assert_eq(v, 5, "untouched on error");
	cr_assert_eq(util_parse_number("3", 4, 5, &v), -1, "below lo");
}

/* Every number setting: its bounds hold, on the flag and in its error. */
Test(config, every_number_flag_checks_its_bounds)
{
	const struct options_entry *o;
	char flag[64], lo[32], hi[32], above[32], err[512];
	size_t i;

	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		if (o->type != OPTIONS_NUMBER || !(o->scope & OPTIONS_FLAG))
			continue;
		options_flag_name(o, flag, sizeof(flag));
		snprintf(lo, sizeof(lo), "%llu", o->minimum);
		snprintf(hi, sizeof(hi), "%llu", o->maximum);
		snprintf(above, sizeof(above), "%llu", o->maximum + 1);
		{
			const char *ok1[] = { "quarryd", flag, lo, NULL };
			const char *ok2[] = { "quarryd", flag, hi, NULL };
			const char *bad[] = { "quarryd", flag, above, NULL };
			const char *junk[] = { "quarryd", flag, "1x", NULL };
			struct config c;

			cr_assert_eq(config_test_parse(&c, err, sizeof(err), 3,
			    ok1), 0, "%s %s: %s", flag, lo, err);
			config_free(&c);
			cr_assert_eq(config_test_parse(&c, err, sizeof(err), 3,
			    ok2), 0, "%s %s: %s", flag, hi, err);
			config_free(&c);
			cr_assert_eq(config_test_parse(&c, err, sizeof(err), 3,
			    bad), -1, "%s %s accepted", flag, above);
			cr_assert(strncmp(err, flag, strlen(flag)) == 0 &&
			    strstr(err, lo) != NULL && strstr(err, hi) != NULL,
			    "\"%s\" names neither the flag nor the bounds",
			    err);
			config_free(&c);
			cr_assert_eq(config_test_parse(&c, err, sizeof(err), 3,
			    junk), -1, "%s 1x accepted", flag);
			config_free(&c);
		}
	}
}

Test(config, endpoints_are_checked_as_they_are_read)
{
	static const char *const bad[] = { "tcp://127.0.0.1", "htp://x:1",
	    "127.0.0.1:7400", "tcp://127.0.0.1:99999", "tcp://127.0.0.1:0",
	    "tcp://:7400", "ipc://" };
	static const char *const good[] = { "tcp://127.0.0.1:7400",
	    "tcp://*:7400", "tcp://[::1]:7400", "ipc:///tmp/q/in",
	    "tcp://localhost:65535" };
	char err[512];
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		const char *argv[] = { "quarryd", "--ingest", bad[i], NULL };
		struct config c;

		cr_assert_eq(config_test_parse(&c, err, sizeof(err), 3, argv),
		    -1, "%s accepted", bad[i]);
		cr_assert(strstr(err, "--ingest: ") == err &&
		    strstr(err, bad[i]) != NULL, "%s", err);
		config_free(&c);
	}
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		const char *argv[] = { "quarryd", "--results", good[i], NULL };
		struct config c;

		cr_assert_eq(config_test_parse(&c, err, sizeof(err), 3, argv),
		    0, "%s: %s", good[i], err);
		config_free(&c);
	}
}

Test(config, switches_and_choices)
{
	const char *argv[] = { "quarryd", "--no-spool", "--noop",
	    "--spool-fsync", "always", "--log-level", "warn", NULL };
	struct config c;
	char err[256];

	cr_assert_eq(config_test_parse(&c, err, sizeof(err), 7, argv), 0,
	    "%s", err);
	cr_assert_eq(c.spool, 0);
	cr_assert_eq(c.noop, 1);
	cr_assert_eq(c.spool_fsync, SPOOL_FSYNC_ALWAYS);
	cr_assert_eq(c.log_level, LOG_LEVEL_WARN);
	config_free(&c);
	{
		const char *bad[] = { "quarryd", "--spool-fsync", "sometimes",
		    NULL };

		cr_assert_eq(config_test_parse(&c, err, sizeof(err), 3, bad),
		    -1);
		cr_assert_str_eq(err, "--spool-fsync: \"sometimes\" is not "
		    "one of always, batch, off");
		config_free(&c);
	}
}

/* --help comes from the table: every flag, its ARG and its default. */
Test(config, help_lists_every_flag_with_its_default)
{
	const struct options_entry *o;
	char *text = NULL, flag[64], want[128], dbuf[32], *flat;
	const char *d;
	size_t len = 0, i, k;
	FILE *f = open_memstream(&text, &len);

	config_usage(f);
	fclose(f);
	/* Join wrapped lines so a default split over two still matches. */
	flat = strdup(text);
	for (i = 0, k = 0; text[i] != '\0'; i++) {
		if (text[i] == '\n') {
			while (text[i + 1] == ' ')
				i++;
			flat[k++] = ' ';
		} else
			flat[k++] = text[i];
	}
	flat[k] = '\0';
	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		if (!(o->scope & OPTIONS_FLAG))
			continue;
		options_flag_name(o, flag, sizeof(flag));
		snprintf(want, sizeof(want), "%s%s%s", flag,
		    o->arg != NULL && o->type != OPTIONS_SWITCH ? " " : "",
		    o->arg != NULL && o->type != OPTIONS_SWITCH ? o->arg : "");
		cr_assert(strstr(flat, want) != NULL, "--help lacks %s", want);
		if (o->type != OPTIONS_SWITCH &&
		    (d = options_default_text(o, dbuf, sizeof(dbuf))) != NULL) {
			snprintf(want, sizeof(want), "default %s", d);
			cr_assert(strstr(flat, want) != NULL,
			    "--help lacks %s's %s", flag, want);
		}
	}
	for (i = 0; text[i] != '\0'; i += k + 1) {
		k = strcspn(text + i, "\n");
		cr_assert_leq(k, 79, "a --help line is %zu wide", k);
		if (text[i + k] == '\0')
			break;
	}
	free(flat);
	free(text);
}

/*
 * The manual's option lists and the table cannot drift: each .TP
 * paragraph of quarryd.8's OPTIONS and quarryd.conf.5's KEYS names one
 * table entry, every entry has one, and each number's paragraph states
 * its default (and in quarryd.conf.5 its bounds).
 */
struct man_para {
	char	tag[512];
	char	body[2048];
};

/* The .TP paragraphs of section sh, roff escapes \- and \f? removed. */
static size_t
config_man_paras(const char *path, const char *sh, struct man_para *out,
    size_t max)
{
	char line[512], clean[512];
	size_t n = 0, i, k;
	int in = 0, tag = 0;
	FILE *f = fopen(path, "r");

	cr_assert(f != NULL, "%s: run from the repository root", path);
	while (fgets(line, sizeof(line), f) != NULL) {
		for (i = 0, k = 0; line[i] != '\0' && line[i] != '\n'; i++) {
			if (line[i] == '\\' && line[i + 1] == '-') {
				clean[k++] = '-';
				i++;
			} else if (line[i] == '\\' && line[i + 1] == 'f') {
				i += 2;
			} else if (line[i] == '"')
				continue;
			else
				clean[k++] = line[i];
		}
		clean[k] = '\0';
		if (strncmp(clean, ".SH ", 4) == 0) {
			in = strcmp(clean + 4, sh) == 0;
			continue;
		}
		if (!in)
			continue;
		if (strcmp(clean, ".TP") == 0) {
			cr_assert_lt(n, max);
			memset(&out[n], 0, sizeof(out[n]));
			n++;
			tag = 1;
			continue;
		}
		if (n == 0)
			continue;
		if (tag) {
			snprintf(out[n - 1].tag, sizeof(out[n - 1].tag), "%s",
			    clean);
			tag = 0;
		} else {
			/* macros (.B, .IR) become spaces */
			const char *t = clean[0] == '.' ? clean +
			    strcspn(clean, " ") : clean;

			t += strspn(t, " ");

			strncat(out[n - 1].body, " ", sizeof(out[n - 1].body) -
			    strlen(out[n - 1].body) - 1);
			strncat(out[n - 1].body, t, sizeof(out[n - 1].body) -
			    strlen(out[n - 1].body) - 1);
		}
	}
	fclose(f);
	return n;
}

/* The word w in s, bounded by non-name characters. */
static int
config_has_word(const char *s, const char *w)
{
	size_t n = strlen(w);
	const char *p;

	for (p = strstr(s, w); p != NULL; p = strstr(p + 1, w))
		if ((p == s || !(p[-1] == '-' || p[-1] == '_' ||
		    (p[-1] >= 'a' && p[-1] <= 'z'))) &&
		    !(p[n] == '-' || p[n] == '_' || (p[n] >= 'a' &&
		    p[n] <= 'z')))
			return 1;
	return 0;
}

Test(config, manual_lists_match_the_table)
{
	static struct man_para paras[128];
	const struct options_entry *o;
	char flag[64], want[96], dbuf[32];
	size_t n, i, j, hits;

	/* quarryd(8): every flag. */
	n = config_man_paras("docs/man/quarryd.8", "OPTIONS", paras, 128);
	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		if (!(o->scope & OPTIONS_FLAG))
			continue;
		options_flag_name(o, flag, sizeof(flag));
		for (j = 0, hits = 0; j < n; j++)
			if (config_has_word(paras[j].tag, flag)) {
				hits++;
				if (o->type == OPTIONS_NUMBER &&
				    o->default_text == NULL) {
					snprintf(want, sizeof(want),
					    "default %llu", o->default_num);
					cr_assert(strstr(paras[j].body, want)
					    != NULL, "quarryd.8: %s does not "
					    "say \"%s\"", flag, want);
				}
			}
		cr_assert_eq(hits, 1, "quarryd.8 OPTIONS: %s in %zu paragraphs",
		    flag, hits);
	}
	for (j = 0; j < n; j++) {
		char *p = strstr(paras[j].tag, "--");

		cr_assert(p != NULL, "quarryd.8: paragraph \"%s\" names no "
		    "flag", paras[j].tag);
		snprintf(flag, sizeof(flag), "%.*s", (int)strcspn(p + 2,
		    " ,"), p + 2);
		cr_assert(options_by_flag(flag) != NULL, "quarryd.8 lists "
		    "--%s, which the table has not", flag);
	}

	/* quarryd.conf(5): every key, numbers with bounds and default. */
	n = config_man_paras("docs/man/quarryd.conf.5", "KEYS", paras, 128);
	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		if (!(o->scope & OPTIONS_FILE))
			continue;
		for (j = 0, hits = 0; j < n; j++) {
			if (strcmp(paras[j].tag, o->name) != 0 &&
			    !(strncmp(paras[j].tag, ".B ", 3) == 0 &&
			    strcmp(paras[j].tag + 3, o->name) == 0))
				continue;
			hits++;
			if (o->type == OPTIONS_NUMBER) {
				snprintf(want, sizeof(want), "%llu to %llu",
				    o->minimum, o->maximum);
				cr_assert(strstr(paras[j].body, want) != NULL,
				    "quarryd.conf.5: %s does not say \"%s\"",
				    o->name, want);
			}
			if (o->type != OPTIONS_STRING &&
			    o->default_text == NULL) {
				snprintf(want, sizeof(want), "Default %s",
				    options_default_text(o, dbuf,
				    sizeof(dbuf)));
				cr_assert(strstr(paras[j].body, want) != NULL,
				    "quarryd.conf.5: %s does not say \"%s\": "
				    "%s", o->name, want, paras[j].body);
			}
			if (o->reload)
				cr_assert(strstr(paras[j].body, "Reloadable")
				    != NULL, "quarryd.conf.5: %s is "
				    "reloadable", o->name);
			else
				cr_assert(strstr(paras[j].body, "Reloadable")
				    == NULL, "quarryd.conf.5: %s is not "
				    "reloadable", o->name);
		}
		cr_assert_eq(hits, 1, "quarryd.conf.5 KEYS: %s in %zu "
		    "paragraphs", o->name, hits);
	}
	for (j = 0; j < n; j++) {
		const char *k = strncmp(paras[j].tag, ".B ", 3) == 0 ?
		    paras[j].tag + 3 : paras[j].tag;

		o = options_by_name(k);
		cr_assert(o != NULL && (o->scope & OPTIONS_FILE),
		    "quarryd.conf.5 lists %s, which the table has not", k);
	}
}

Test(config, sink_settings)
{
	const char *argv[] = { "quarryd", "--sink",
	    "nats://127.0.0.1:4222,nats://127.0.0.1:4223", "--sink-stream",
	    "RESULTS", "--sink-max-age", "36h", "--sink-replicas", "3",
	    "--sink-buffer", "500", NULL };
	const char *half[] = { "quarryd", "--sink", "nats://127.0.0.1:4222",
	    "--sink-user", "quarry", NULL };
	const char *orphan[] = { "quarryd", "--sink-ca", "/ca.pem", NULL };
	struct config c;
	char err[256];

	config_defaults(&c);
	cr_assert_null(c.sink, "the sink is off by default");
	cr_assert_str_eq(c.sink_max_age, "7d");
	cr_assert_str_eq(c.sink_stream, "QUARRY");
	config_free(&c);
	cr_assert_eq(config_test_parse(&c, err, sizeof(err), 11, argv), 0,
	    "%s", err);
	cr_assert_eq(config_finish(&c, "quarryd", err, sizeof(err)), 0, "%s",
	    err);
	cr_assert_str_eq(c.sink_stream, "RESULTS");
	cr_assert_str_eq(c.sink_max_age, "36h");
	cr_assert_eq(c.sink_replicas, 3);
	cr_assert_eq(c.sink_buffer, 500);
	config_free(&c);
	/* A user without a password file; credentials without a sink. */
	cr_assert_eq(config_test_parse(&c, err, sizeof(err), 5, half), 0);
	cr_assert_eq(config_finish(&c, "quarryd", err, sizeof(err)), -1);
	cr_assert(strstr(err, "sink-password-file") != NULL, "%s", err);
	config_free(&c);
	cr_assert_eq(config_test_parse(&c, err, sizeof(err), 3, orphan), 0);
	cr_assert_eq(config_finish(&c, "quarryd", err, sizeof(err)), -1);
	cr_assert(strstr(err, "--sink") != NULL, "%s", err);
	config_free(&c);
}
