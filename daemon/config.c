/*
 * config.c — quarryd's settings: the defaults DESIGN.md promises, flags
 * that override them, and the checks that turn a typo into a clear error
 * instead of a daemon that half works.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "http.h"
#include "util.h"

/* Defaults (DESIGN.md, "Processes and sockets"). */
#define DEFAULT_INGEST		"tcp://127.0.0.1:7400"
#define DEFAULT_RESULTS		"tcp://127.0.0.1:7401"
#define DEFAULT_QUEUE_MAX	10000	/* x ~4 KB typical article = 40 MB */
#define DEFAULT_MAX_ATTEMPTS	3	/* one retry for a crash, one for luck */
#define DEFAULT_HEARTBEAT_MS	1000	/* zguide Paranoid Pirate's interval */
#define DEFAULT_LIVENESS	3	/* ... and its liveness */
#define DEFAULT_JOB_TIMEOUT_MS	30000	/* extraction takes milliseconds;
					 * 30 s only catches a hung worker */
#define DEFAULT_DRAIN_MS	10000	/* under systemd's 90 s stop timeout */
#define DEFAULT_SPOOL_BATCH_MS	10	/* group commit: a disk flush costs
					 * ~1-10 ms, so 10 ms amortises it
					 * without making acks feel slow */
#define DEFAULT_DEDUP_WINDOW_MS	600000	/* producers resend within minutes */
#define DEFAULT_DEDUP_MAX	100000
#define DEFAULT_HTTP		"127.0.0.1:7402"

enum {
	OPT_INGEST = 256,
	OPT_WORKERS_ENDPOINT,
	OPT_RESULTS,
	OPT_RUNTIME_DIR,
	OPT_WORKER_BIN,
	OPT_QUEUE_MAX,
	OPT_MAX_ATTEMPTS,
	OPT_HEARTBEAT,
	OPT_LIVENESS,
	OPT_JOB_TIMEOUT,
	OPT_DRAIN_TIMEOUT,
	OPT_LOG_LEVEL,
	OPT_NOOP,
	OPT_VERSION,
	OPT_STATE_DIR,
	OPT_NO_SPOOL,
	OPT_SPOOL_FSYNC,
	OPT_SPOOL_BATCH,
	OPT_DEDUP_WINDOW,
	OPT_DEDUP_MAX,
	OPT_HTTP,
	OPT_CONFIG,
	OPT_CHECK_CONFIG,
	OPT_CURVE_SECRET_KEY,
	OPT_CURVE_ALLOW,
	OPT_USER,
};

static const struct option config_options[] = {
	{ "ingest", required_argument, NULL, OPT_INGEST },
	{ "workers-endpoint", required_argument, NULL, OPT_WORKERS_ENDPOINT },
	{ "results", required_argument, NULL, OPT_RESULTS },
	{ "runtime-dir", required_argument, NULL, OPT_RUNTIME_DIR },
	{ "worker-bin", required_argument, NULL, OPT_WORKER_BIN },
	{ "workers", required_argument, NULL, 'w' },
	{ "queue-max", required_argument, NULL, OPT_QUEUE_MAX },
	{ "max-attempts", required_argument, NULL, OPT_MAX_ATTEMPTS },
	{ "heartbeat-ms", required_argument, NULL, OPT_HEARTBEAT },
	{ "liveness", required_argument, NULL, OPT_LIVENESS },
	{ "job-timeout-ms", required_argument, NULL, OPT_JOB_TIMEOUT },
	{ "drain-timeout-ms", required_argument, NULL, OPT_DRAIN_TIMEOUT },
	{ "log-level", required_argument, NULL, OPT_LOG_LEVEL },
	{ "foreground", no_argument, NULL, 'f' },
	{ "noop", no_argument, NULL, OPT_NOOP },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "state-dir", required_argument, NULL, OPT_STATE_DIR },
	{ "no-spool", no_argument, NULL, OPT_NO_SPOOL },
	{ "spool-fsync", required_argument, NULL, OPT_SPOOL_FSYNC },
	{ "spool-batch-ms", required_argument, NULL, OPT_SPOOL_BATCH },
	{ "dedup-window-ms", required_argument, NULL, OPT_DEDUP_WINDOW },
	{ "dedup-max", required_argument, NULL, OPT_DEDUP_MAX },
	{ "http", required_argument, NULL, OPT_HTTP },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "check-config", no_argument, NULL, OPT_CHECK_CONFIG },
	{ "curve-secret-key", required_argument, NULL, OPT_CURVE_SECRET_KEY },
	{ "curve-allow", required_argument, NULL, OPT_CURVE_ALLOW },
	{ "user", required_argument, NULL, OPT_USER },
	{ NULL, 0, NULL, 0 },
};

void
config_usage(FILE *f)
{
	fprintf(f,
"usage: quarryd [-fh] [-w N] [--ingest ENDPOINT] [--results ENDPOINT]\n"
"               [--workers-endpoint ENDPOINT] [--runtime-dir DIR]\n"
"               [--worker-bin PATH] [--queue-max N] [--max-attempts N]\n"
"               [--heartbeat-ms MS] [--liveness N] [--job-timeout-ms MS]\n"
"               [--drain-timeout-ms MS] [--log-level LEVEL] [--noop]\n"
"               [--state-dir DIR] [--no-spool] [--spool-fsync POLICY]\n"
"               [--spool-batch-ms MS] [--dedup-window-ms MS] [--dedup-max N]\n"
"               [--http ADDR] [--config PATH] [--check-config]\n"
"               [--curve-secret-key FILE --curve-allow FILE] [--user NAME]\n"
"\n"
"  -f, --foreground        stay in the foreground (always, under systemd)\n"
"  -w, --workers N         local worker processes (default: CPUs)\n"
"      --ingest E          producers' ROUTER (default " DEFAULT_INGEST ")\n"
"      --results E         subscribers' XPUB (default " DEFAULT_RESULTS ")\n"
"      --workers-endpoint E  workers' ROUTER (default ipc://RUNTIME/workers)\n"
"      --runtime-dir DIR   ipc sockets (default $RUNTIME_DIRECTORY,\n"
"                          $XDG_RUNTIME_DIR/quarry or /tmp/quarry-UID)\n"
"      --worker-bin PATH   worker program (default: beside quarryd)\n"
"      --queue-max N       queued articles before busy (default %d)\n"
"      --max-attempts N    deliveries before a dead letter (default %d)\n"
"      --heartbeat-ms MS   worker heartbeat interval (default %d)\n"
"      --liveness N        missed heartbeats before a worker is dead (%d)\n"
"      --job-timeout-ms MS one attempt's deadline (default %d)\n"
"      --drain-timeout-ms MS  on SIGTERM, wait for work (default %d)\n"
"      --log-level LEVEL   err, warn, info or debug (default info)\n"
"      --noop              workers skip extraction (transport benchmarks)\n"
"      --state-dir DIR     keep the spool (write-ahead log) in DIR/spool\n"
"                          (default $STATE_DIRECTORY; none: no spool)\n"
"      --no-spool          no spool even with a state directory\n"
"      --spool-fsync P     always, batch or off (default batch)\n"
"      --spool-batch-ms MS group-commit interval for batch (default %d)\n"
"      --dedup-window-ms MS  finished ids stay duplicates (default %d)\n"
"      --dedup-max N       ... at most this many of them (default %d)\n"
"      --http ADDR         /healthz, /metrics, /stats on HOST:PORT, or off\n"
"                          (default " DEFAULT_HTTP ")\n"
"      --config PATH       settings file (default " CONFIG_FILE_DEFAULT "\n"
"                          when it exists; flags override it)\n"
"      --check-config      check the settings, print them and exit\n"
"      --curve-secret-key FILE  CURVE on every tcp:// endpoint, with this\n"
"                          secret key (quarry keygen; mode 0600)\n"
"      --curve-allow FILE  client public keys allowed in (needed with CURVE)\n"
"      --user NAME         started as root: run as NAME once bound\n",
	    DEFAULT_QUEUE_MAX, DEFAULT_MAX_ATTEMPTS, DEFAULT_HEARTBEAT_MS,
	    DEFAULT_LIVENESS, DEFAULT_JOB_TIMEOUT_MS, DEFAULT_DRAIN_MS,
	    DEFAULT_SPOOL_BATCH_MS, DEFAULT_DEDUP_WINDOW_MS,
	    DEFAULT_DEDUP_MAX);
}

void
config_defaults(struct config *c)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	memset(c, 0, sizeof(*c));
	c->ingest = xstrdup(DEFAULT_INGEST);
	c->results = xstrdup(DEFAULT_RESULTS);
	c->workers = n > 0 ? (n > CONFIG_WORKERS_MAX ? CONFIG_WORKERS_MAX :
	    (int)n) : 1;
	c->queue_max = DEFAULT_QUEUE_MAX;
	c->max_attempts = DEFAULT_MAX_ATTEMPTS;
	c->heartbeat_ms = DEFAULT_HEARTBEAT_MS;
	c->liveness = DEFAULT_LIVENESS;
	c->job_timeout_ms = DEFAULT_JOB_TIMEOUT_MS;
	c->drain_timeout_ms = DEFAULT_DRAIN_MS;
	c->log_level = LOG_LEVEL_INFO;
	c->spool = 1;
	c->spool_fsync = SPOOL_FSYNC_BATCH;
	c->spool_batch_ms = DEFAULT_SPOOL_BATCH_MS;
	c->dedup_window_ms = DEFAULT_DEDUP_WINDOW_MS;
	c->dedup_max = DEFAULT_DEDUP_MAX;
	c->http = xstrdup(DEFAULT_HTTP);
}

static void
config_set(char **slot, const char *v)
{
	free(*slot);
	*slot = xstrdup(v);
}

/* Parse a whole decimal number in [lo, hi]; 0 or -1. */
static int
config_number(const char *s, unsigned long long lo, unsigned long long hi,
    unsigned long long *out)
{
	unsigned long long v;
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

int
config_parse_args(struct config *c, int argc, char **argv, char *err,
    size_t errlen)
{
	unsigned long long v;
	int ch, lvl, li;
	char name[64];

	optind = 0;	/* glibc: 0 also forgets the last scan's state */
	opterr = 0;
	for (;;) {
		li = -1;
		if ((ch = getopt_long(argc, argv, ":fhw:", config_options,
		    &li)) == -1)
			break;
		/* The flag as the user spelled it, for error messages. */
		if (li >= 0)
			snprintf(name, sizeof(name), "--%s",
			    config_options[li].name);
		else
			snprintf(name, sizeof(name), "%s",
			    optind > 1 ? argv[optind - 1] : "?");

		switch (ch) {
		case 'f':
			c->foreground = 1;
			break;
		case 'h':
			config_usage(stdout);
			return 1;
		case OPT_VERSION:
			printf("quarryd " QUARRY_VERSION "\n");
			return 1;
		case 'w':
			if (config_number(optarg, 0, CONFIG_WORKERS_MAX, &v)) {
				snprintf(err, errlen, "--workers: \"%s\" is "
				    "not a number from 0 to %d", optarg,
				    CONFIG_WORKERS_MAX);
				return -1;
			}
			c->workers = (int)v;
			break;
		case OPT_INGEST:
			config_set(&c->ingest, optarg);
			break;
		case OPT_WORKERS_ENDPOINT:
			config_set(&c->workers_endpoint, optarg);
			break;
		case OPT_RESULTS:
			config_set(&c->results, optarg);
			break;
		case OPT_RUNTIME_DIR:
			config_set(&c->runtime_dir, optarg);
			break;
		case OPT_WORKER_BIN:
			config_set(&c->worker_bin, optarg);
			break;
		case OPT_QUEUE_MAX:
			if (config_number(optarg, 1, CONFIG_QUEUE_MAX, &v)) {
				snprintf(err, errlen, "--queue-max: \"%s\" is "
				    "not a number from 1 to %d", optarg,
				    CONFIG_QUEUE_MAX);
				return -1;
			}
			c->queue_max = (size_t)v;
			break;
		case OPT_MAX_ATTEMPTS:
			if (config_number(optarg, 1, CONFIG_ATTEMPTS_MAX, &v)) {
				snprintf(err, errlen, "--max-attempts: \"%s\" "
				    "is not a number from 1 to %d", optarg,
				    CONFIG_ATTEMPTS_MAX);
				return -1;
			}
			c->max_attempts = (unsigned)v;
			break;
		case OPT_HEARTBEAT:
		case OPT_JOB_TIMEOUT:
		case OPT_DRAIN_TIMEOUT:
			/* 10 ms floor: below it timers would busy-loop;
			 * one day ceiling: above it is a typo. */
			if (config_number(optarg, 10, 86400000, &v)) {
				snprintf(err, errlen, "%s: \"%s\" is not a "
				    "number of milliseconds from 10 to "
				    "86400000", name, optarg);
				return -1;
			}
			if (ch == OPT_HEARTBEAT)
				c->heartbeat_ms = (unsigned)v;
			else if (ch == OPT_JOB_TIMEOUT)
				c->job_timeout_ms = (unsigned)v;
			else
				c->drain_timeout_ms = (unsigned)v;
			break;
		case OPT_LIVENESS:
			if (config_number(optarg, 1, 100, &v)) {
				snprintf(err, errlen, "--liveness: \"%s\" is "
				    "not a number from 1 to 100", optarg);
				return -1;
			}
			c->liveness = (unsigned)v;
			break;
		case OPT_LOG_LEVEL:
			if ((lvl = log_level_parse(optarg)) == -1) {
				snprintf(err, errlen, "--log-level: \"%s\" is "
				    "not one of err, warn, info, debug",
				    optarg);
				return -1;
			}
			c->log_level = (enum log_level)lvl;
			break;
		case OPT_NOOP:
			c->noop = 1;
			break;
		case OPT_STATE_DIR:
			config_set(&c->state_dir, optarg);
			break;
		case OPT_NO_SPOOL:
			c->spool = 0;
			break;
		case OPT_SPOOL_FSYNC: {
			int ok;

			c->spool_fsync = spool_fsync_parse(optarg, &ok);
			if (!ok) {
				snprintf(err, errlen, "--spool-fsync: \"%s\" is "
				    "not one of always, batch, off", optarg);
				return -1;
			}
			break;
		}
		case OPT_SPOOL_BATCH:
			if (config_number(optarg, 1, 10000, &v)) {
				snprintf(err, errlen, "--spool-batch-ms: \"%s\" "
				    "is not a number from 1 to 10000", optarg);
				return -1;
			}
			c->spool_batch_ms = (unsigned)v;
			break;
		case OPT_DEDUP_WINDOW:
			if (config_number(optarg, 0, 86400000, &v)) {
				snprintf(err, errlen, "--dedup-window-ms: \"%s\" "
				    "is not a number from 0 to 86400000",
				    optarg);
				return -1;
			}
			c->dedup_window_ms = (unsigned)v;
			break;
		case OPT_DEDUP_MAX:
			if (config_number(optarg, 0, CONFIG_DEDUP_MAX, &v)) {
				snprintf(err, errlen, "--dedup-max: \"%s\" is not "
				    "a number from 0 to %d", optarg,
				    CONFIG_DEDUP_MAX);
				return -1;
			}
			c->dedup_max = (size_t)v;
			break;
		case OPT_HTTP: {
			char host[HTTP_ADDR_MAX], why[HTTP_ADDR_MAX + 64];
			unsigned port;

			if (strcmp(optarg, "off") != 0 &&
			    http_parse_addr(optarg, host, sizeof(host), &port,
			    why, sizeof(why)) == -1) {
				snprintf(err, errlen, "--http: %s", why);
				return -1;
			}
			config_set(&c->http, optarg);
			break;
		}
		case OPT_CONFIG:
			config_set(&c->config_file, optarg);
			break;
		case OPT_CHECK_CONFIG:
			c->check_config = 1;
			break;
		case OPT_CURVE_SECRET_KEY:
			config_set(&c->curve_secret_key, optarg);
			break;
		case OPT_CURVE_ALLOW:
			config_set(&c->curve_allow, optarg);
			break;
		case OPT_USER:
			if (optarg[0] == '\0') {
				snprintf(err, errlen, "--user: needs a name");
				return -1;
			}
			config_set(&c->user, optarg);
			break;
		case ':':
			snprintf(err, errlen, "%s: needs a value", name);
			return -1;
		default:
			snprintf(err, errlen, "%s: unknown option", name);
			return -1;
		}
	}
	if (optind < argc) {
		snprintf(err, errlen, "unexpected argument \"%s\"",
		    argv[optind]);
		return -1;
	}
	return 0;
}

/* The directory the ipc sockets go in, most specific first. */
static char *
config_default_runtime_dir(void)
{
	const char *d;
	char buf[CONFIG_PATH_MAX];

	if ((d = getenv("RUNTIME_DIRECTORY")) != NULL && *d != '\0') {
		/* systemd may list several, colon-separated: take the first */
		size_t n = strcspn(d, ":");

		snprintf(buf, sizeof(buf), "%.*s", (int)n, d);
	} else if ((d = getenv("XDG_RUNTIME_DIR")) != NULL && *d != '\0')
		snprintf(buf, sizeof(buf), "%s/quarry", d);
	else
		snprintf(buf, sizeof(buf), "/tmp/quarry-%lu",
		    (unsigned long)getuid());
	return xstrdup(buf);
}

/* quarry-worker beside our own executable, else found on PATH. */
static char *
config_default_worker_bin(const char *argv0)
{
	char self[CONFIG_PATH_MAX], cand[CONFIG_PATH_MAX + 16];
	ssize_t n;
	char *slash;

	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n > 0) {
		self[n] = '\0';
		if ((slash = strrchr(self, '/')) != NULL) {
			*slash = '\0';
			snprintf(cand, sizeof(cand), "%s/quarry-worker", self);
			if (access(cand, X_OK) == 0)
				return xstrdup(cand);
		}
	}
	if (argv0 != NULL && (slash = strrchr(argv0, '/')) != NULL) {
		snprintf(cand, sizeof(cand), "%.*s/quarry-worker",
		    (int)(slash - argv0), argv0);
		if (access(cand, X_OK) == 0)
			return xstrdup(cand);
	}
	return xstrdup("quarry-worker");
}

int
config_finish(struct config *c, const char *argv0, char *err, size_t errlen)
{
	char buf[CONFIG_PATH_MAX + 16];

	if (c->runtime_dir == NULL)
		c->runtime_dir = config_default_runtime_dir();
	if (strlen(c->runtime_dir) >= CONFIG_PATH_MAX) {
		snprintf(err, errlen, "runtime-dir: longer than %d bytes",
		    CONFIG_PATH_MAX);
		return -1;
	}
	if (c->workers_endpoint == NULL) {
		snprintf(buf, sizeof(buf), "ipc://%s/workers", c->runtime_dir);
		c->workers_endpoint = xstrdup(buf);
	}
	if (c->worker_bin == NULL)
		c->worker_bin = config_default_worker_bin(argv0);
	if (c->state_dir == NULL) {
		const char *d = getenv("STATE_DIRECTORY");

		/* systemd's StateDirectory=; may list several: the first */
		if (d != NULL && *d != '\0') {
			snprintf(buf, sizeof(buf), "%.*s",
			    (int)strcspn(d, ":"), d);
			c->state_dir = xstrdup(buf);
		}
	}
	if (c->state_dir == NULL)
		c->spool = 0;
	if (strcmp(c->ingest, c->results) == 0 ||
	    strcmp(c->ingest, c->workers_endpoint) == 0 ||
	    strcmp(c->results, c->workers_endpoint) == 0) {
		snprintf(err, errlen, "endpoints: ingest, results and workers "
		    "endpoints must differ");
		return -1;
	}
	if (c->workers > 0 && strncmp(c->workers_endpoint, "tcp://", 6) != 0 &&
	    strncmp(c->workers_endpoint, "ipc://", 6) != 0) {
		snprintf(err, errlen, "workers-endpoint: local workers need an "
		    "ipc:// or tcp:// endpoint, not \"%s\"",
		    c->workers_endpoint);
		return -1;
	}
	/* A CURVE server without a ZAP handler's list admits any key. */
	if (c->curve_secret_key != NULL && c->curve_allow == NULL) {
		snprintf(err, errlen, "curve-allow: CURVE needs an allowlist "
		    "of client public keys (--curve-allow FILE)");
		return -1;
	}
	if (c->curve_allow != NULL && c->curve_secret_key == NULL) {
		snprintf(err, errlen, "curve-allow: given without "
		    "--curve-secret-key, which turns CURVE on");
		return -1;
	}
	/* Local workers have no client key to offer a CURVE endpoint. */
	if (c->curve_secret_key != NULL && c->workers > 0 &&
	    strncmp(c->workers_endpoint, "tcp://", 6) == 0) {
		snprintf(err, errlen, "workers-endpoint: local workers "
		    "cannot pass CURVE on \"%s\": give them an ipc:// "
		    "endpoint, or use --workers 0 and start remote workers "
		    "with keys", c->workers_endpoint);
		return -1;
	}
	return 0;
}

void
config_print(const struct config *c, FILE *f)
{
	fprintf(f, "ingest = %s\n", c->ingest);
	fprintf(f, "results = %s\n", c->results);
	fprintf(f, "workers_endpoint = %s\n", c->workers_endpoint);
	fprintf(f, "runtime_dir = %s\n", c->runtime_dir);
	fprintf(f, "worker_bin = %s\n", c->worker_bin);
	fprintf(f, "workers = %d\n", c->workers);
	fprintf(f, "queue_max = %zu\n", c->queue_max);
	fprintf(f, "max_attempts = %u\n", c->max_attempts);
	fprintf(f, "heartbeat_ms = %u\n", c->heartbeat_ms);
	fprintf(f, "liveness = %u\n", c->liveness);
	fprintf(f, "job_timeout_ms = %u\n", c->job_timeout_ms);
	fprintf(f, "drain_timeout_ms = %u\n", c->drain_timeout_ms);
	fprintf(f, "log_level = %s\n", log_level_name(c->log_level));
	fprintf(f, "noop = %s\n", c->noop ? "yes" : "no");
	fprintf(f, "state_dir = %s\n", c->state_dir ? c->state_dir : "");
	fprintf(f, "spool = %s\n", c->spool ? "on" : "off");
	fprintf(f, "spool_fsync = %s\n", spool_fsync_name(c->spool_fsync));
	fprintf(f, "spool_batch_ms = %u\n", c->spool_batch_ms);
	fprintf(f, "dedup_window_ms = %u\n", c->dedup_window_ms);
	fprintf(f, "dedup_max = %zu\n", c->dedup_max);
	fprintf(f, "http = %s\n", c->http);
	fprintf(f, "curve_secret_key = %s\n",
	    c->curve_secret_key ? c->curve_secret_key : "");
	fprintf(f, "curve_allow = %s\n", c->curve_allow ? c->curve_allow : "");
	fprintf(f, "user = %s\n", c->user ? c->user : "");
}

void
config_free(struct config *c)
{
	free(c->ingest);
	free(c->workers_endpoint);
	free(c->results);
	free(c->runtime_dir);
	free(c->worker_bin);
	free(c->state_dir);
	free(c->http);
	free(c->config_file);
	free(c->curve_secret_key);
	free(c->curve_allow);
	free(c->user);
	memset(c, 0, sizeof(*c));
}
