/*
 * quarry-worker.c — the worker program: flags into a worker_config, then
 * the worker role, which never returns.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "log.h"
#include "message.h"
#include "pidcache.h"
#include "util.h"
#include "worker.h"

/*
 * Heartbeat bounds: below 10 ms the heartbeats are most of the traffic;
 * above a minute a dead broker goes unnoticed for minutes.
 */
#define HEARTBEAT_MS_MIN	10
#define HEARTBEAT_MS_MAX	60000
/* Liveness beyond 100 intervals is no longer a liveness check. */
#define LIVENESS_MAX		100

/* On stdout for --help, else on stderr with exit status 2. */
static void __attribute__((noreturn))
usage(int help)
{
	fprintf(help ? stdout : stderr, "usage: quarry-worker --connect "
	    "ENDPOINT [--name NAME] [--credit N]\n\t[--heartbeat-ms MS] "
	    "[--liveness N] [--noop] [--supervised] [--no-sandbox]\n\t"
	    "[--log-level LEVEL]\n\t[--curve-server-key FILE "
	    "--curve-key PREFIX] [--version]\n");
	exit(help ? 0 : 2);
}

static long
number(const char *flag, const char *arg, long min, long max)
{
	unsigned long long v;

	if (util_parse_number(arg, (unsigned long long)min,
	    (unsigned long long)max, &v) == -1) {
		fprintf(stderr, "quarry-worker: %s: expected a whole number "
		    "from %ld to %ld, got \"%s\"\n", flag, min, max, arg);
		usage(0);
	}
	return (long)v;
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "connect", required_argument, NULL, 'c' },
		{ "name", required_argument, NULL, 'n' },
		{ "credit", required_argument, NULL, 'C' },
		{ "heartbeat-ms", required_argument, NULL, 'H' },
		{ "liveness", required_argument, NULL, 'L' },
		{ "noop", no_argument, NULL, 'N' },
		{ "supervised", no_argument, NULL, 'S' },
		{ "no-sandbox", no_argument, NULL, 'X' },
		{ "curve-server-key", required_argument, NULL, 'K' },
		{ "curve-key", required_argument, NULL, 'k' },
		{ "log-level", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct worker_config cfg;
	const char *server_key = NULL, *curve_key = NULL;
	char err[4096];
	int c, level;

	log_init("quarry-worker", LOG_LEVEL_INFO);
	/* Before the first thread (common/pidcache.c). */
	if (pidcache_arm() == -1)
		log_warnx("pthread_atfork failed: getpid() stays a system call");
	memset(&cfg, 0, sizeof(cfg));
	cfg.credit = WORKER_CREDIT;
	cfg.heartbeat_ms = WORKER_HEARTBEAT_MS;
	cfg.liveness = WORKER_LIVENESS;
	cfg.mode = EXTRACT_ALL;
	cfg.sandbox = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'c':
			cfg.endpoint = optarg;
			break;
		case 'n':
			if (optarg[0] == '\0' ||
			    strlen(optarg) > PROTO_FIELD_MAX) {
				fprintf(stderr, "quarry-worker: --name: 1 to "
				    "%d bytes\n", PROTO_FIELD_MAX);
				usage(0);
			}
			cfg.name = optarg;
			break;
		case 'C':
			cfg.credit = (uint32_t)number("--credit", optarg, 1,
			    PROTO_CREDIT_MAX);
			break;
		case 'H':
			cfg.heartbeat_ms = (int)number("--heartbeat-ms",
			    optarg, HEARTBEAT_MS_MIN, HEARTBEAT_MS_MAX);
			break;
		case 'L':
			cfg.liveness = (int)number("--liveness", optarg, 1,
			    LIVENESS_MAX);
			break;
		case 'N':
			cfg.mode = EXTRACT_NOOP;
			break;
		case 'S':
			cfg.supervised = 1;
			break;
		case 'X':
			/* For valgrind and profilers: their own system
			 * calls and address space would break the limits. */
			cfg.sandbox = 0;
			break;
		case 'K':
			server_key = optarg;
			break;
		case 'k':
			curve_key = optarg;
			break;
		case 'l':
			if ((level = log_level_parse(optarg)) == -1) {
				fprintf(stderr, "quarry-worker: --log-level: "
				    "err, warn, info or debug, not \"%s\"\n",
				    optarg);
				usage(0);
			}
			log_set_level((enum log_level)level);
			break;
		case 'V':
			printf("quarry-worker " QUARRY_VERSION "\n");
			return 0;
		case 'h':
			usage(1);
		default:
			usage(0);
		}
	}
	if (optind != argc || cfg.endpoint == NULL)
		usage(0);
	/* Read once here: the sandboxed worker reconnects without files. */
	if (keyfile_client_load(&cfg.curve, server_key, curve_key, err,
	    sizeof(err)) == -1) {
		fprintf(stderr, "quarry-worker: %s\n", err);
		exit(2);
	}
	worker_main(&cfg);
}
