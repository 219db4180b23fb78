/*
 * test_config.c — quarryd's defaults, flags and the errors they give.
 */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "config.h"

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
