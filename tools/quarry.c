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
	const char	*help;		/* every option, with its default */
} commands[] = {
	{ "feed", feed_main,
	  "[--endpoint E] [--window N] [--timeout SECS]\n"
	  "\t\t[--curve-server-key FILE --curve-key PREFIX] [FILE...]",
	  "Submit article JSON lines (FILEs, or stdin) and wait for every ack.\n"
	  "  --endpoint E          quarryd's ingest (default "
	  "tcp://127.0.0.1:7400)\n"
	  "  --window N            articles awaiting an ack at once, 1 to 1024 "
	  "(default 64)\n"
	  "  --timeout SECS        give up on an ack after this long "
	  "(default 30)\n"
	  "  --curve-server-key FILE  quarryd's public key: CURVE on\n"
	  "  --curve-key PREFIX    our pair, PREFIX.key and PREFIX.pub\n" },
	{ "sub", sub_main,
	  "[--endpoint E] [--topic PREFIX]... [--count N] [--timeout SECS]\n"
	  "\t\t[--ready-file PATH] [--curve-server-key FILE --curve-key PREFIX]\n"
	  "       quarry sub --nats URL [--stream NAME] [--durable NAME]\n"
	  "\t\t[--subject quarry.result.>] [--from-seq N | --since TIME]\n"
	  "\t\t[--count N] [--timeout SECS] [--ca FILE]",
	  "Print results and dead letters as JSON lines, each with its topic.\n"
	  "  --endpoint E          quarryd's results (default "
	  "tcp://127.0.0.1:7401)\n"
	  "  --topic PREFIX        result.SOURCE or dead.SOURCE prefixes, "
	  "repeatable\n"
	  "                        (default: everything)\n"
	  "  --count N             exit after N messages (default: never)\n"
	  "  --timeout SECS        exit 1 after this long with no message "
	  "(default: never)\n"
	  "  --ready-file PATH     create PATH once subscribed (scripts wait "
	  "on it)\n"
	  "  --curve-server-key FILE  quarryd's public key: CURVE on\n"
	  "  --curve-key PREFIX    our pair, PREFIX.key and PREFIX.pub\n"
	  "With --nats, from the JetStream stream quarryd --sink fills, a pull\n"
	  "consumer acknowledging each result once printed:\n"
	  "  --nats URL            the NATS server (nats://HOST:PORT)\n"
	  "  --stream NAME         the stream (default QUARRY)\n"
	  "  --durable NAME        keep our place on the server: a restart\n"
	  "                        resumes after the last result printed\n"
	  "  --subject S           (default quarry.result.>; quarry.> adds "
	  "dead letters)\n"
	  "  --from-seq N, --since TIME  where a new consumer starts "
	  "(default: the\n"
	  "                        beginning; TIME is RFC 3339 or YYYY-MM-DD)\n"
	  "  --count N, --timeout SECS  as above (timeout exits 2)\n"
	  "  --ca FILE             TLS, trusting these CA certificates\n" },
	{ "extract", extract_cmd_main,
	  "[--noop] [--jobs N] [--kinds LIST] [FILE...]",
	  "Run the extractors here, on article JSON lines (FILEs, or stdin).\n"
	  "  --noop                skip extraction: empty results "
	  "(benchmarks)\n"
	  "  --jobs N              N extraction threads, 1 to 64 (default 1);"
	  "\n"
	  "                        results still in input order\n"
	  "  --kinds LIST          keep only these quote kinds (direct,"
	  "partial,indirect)\n" },
	{ "stats", stats_main,
	  "[--endpoint URL] [--json | --metrics] [--timeout SECS]",
	  "Ask a running quarryd for its figures, in sections (like redis-cli "
	  "info).\n"
	  "  --endpoint URL        quarryd's --http (default "
	  "http://127.0.0.1:7402)\n"
	  "  --json                /stats as it is, for machines\n"
	  "  --metrics             /metrics (Prometheus text)\n"
	  "  --timeout SECS        give up after this long, 1 to 3600 "
	  "(default 5)\n" },
	{ "keygen", keygen_main, "[--out PREFIX]",
	  "Write a CurveZMQ key pair, PREFIX.key (mode 0600) and PREFIX.pub.\n"
	  "  --out PREFIX          (default quarry)\n" },
};

#define NCOMMANDS	(sizeof(commands) / sizeof(commands[0]))

static int
usage(FILE *fp)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		fprintf(fp, "%s quarry %s %s\n", i == 0 ? "usage:" : "      ",
		    commands[i].name, commands[i].usage);
	fprintf(fp, "       quarry --version\n"
	    "quarry COMMAND --help lists a command's options and defaults.\n");
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
	if (strcmp(argv[1], "--version") == 0 ||
	    strcmp(argv[1], "version") == 0) {
		printf("quarry " QUARRY_VERSION "\n");
		return 0;
	}
	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(argv[1], commands[i].name) != 0)
			continue;
		if (argc > 2 && (strcmp(argv[2], "--help") == 0 ||
		    strcmp(argv[2], "-h") == 0)) {
			printf("usage: quarry %s %s\n\n%s", commands[i].name,
			    commands[i].usage, commands[i].help);
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
