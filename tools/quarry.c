/*
 * quarry.c — the CLI's front door: finds the subcommand in a table and
 * runs it.  Adding a command is one function and one line in commands[].
 */
#include <stdio.h>
#include <string.h>

#include "log.h"
#include "tools.h"

static const struct {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*usage;
} commands[] = {
	{ "feed", feed_main,
	  "[--endpoint E] [--window N] [--timeout SECS]\n"
	  "\t\t[--curve-server-key FILE --curve-key PREFIX] [FILE...]" },
	{ "sub", sub_main,
	  "[--endpoint E] [--topic PREFIX]... [--count N] [--timeout SECS]\n"
	  "\t\t[--ready-file PATH] [--curve-server-key FILE --curve-key PREFIX]" },
	{ "extract", extract_cmd_main, "[--noop] [FILE...]" },
	{ "stats", stats_main, "[--endpoint URL] [--metrics] [--timeout SECS]" },
	{ "keygen", keygen_main, "[--out PREFIX]" },
};

#define NCOMMANDS	(sizeof(commands) / sizeof(commands[0]))

static int
usage(FILE *fp)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		fprintf(fp, "%s quarry %s %s\n", i == 0 ? "usage:" : "      ",
		    commands[i].name, commands[i].usage);
	return fp == stdout ? 0 : 2;
}

int
main(int argc, char **argv)
{
	char prog[64];
	size_t i;
	int rc;

	log_init("quarry", LOG_LEVEL_WARN);
	if (argc < 2)
		return usage(stderr);
	if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)
		return usage(stdout);
	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(argv[1], commands[i].name) != 0)
			continue;
		if (argc > 2 && (strcmp(argv[2], "--help") == 0 ||
		    strcmp(argv[2], "-h") == 0)) {
			printf("usage: quarry %s %s\n", commands[i].name,
			    commands[i].usage);
			return 0;
		}
		/* getopt names the program by argv[0] in its complaints. */
		snprintf(prog, sizeof(prog), "quarry %s", commands[i].name);
		argv[1] = prog;
		rc = commands[i].fn(argc - 1, argv + 1);
		if (rc == TOOLS_USAGE) {
			fprintf(stderr, "usage: quarry %s %s\n",
			    commands[i].name, commands[i].usage);
			return 2;
		}
		return rc;
	}
	fprintf(stderr, "quarry: unknown command: %s\n", argv[1]);
	return usage(stderr);
}
