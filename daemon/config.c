/*
 * config.c — quarryd's settings: the command line read through the
 * options table (options.c), the defaults derived at start, and the
 * checks that turn a typo into a clear error instead of a daemon that
 * half works.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "log.h"
#include "options.h"
#include "util.h"

/* getopt's table, built from options_table once; a long option's val is
 * OPTIONS_VAL_BASE + its index there (above every short option's char). */
#define OPTIONS_VAL_BASE	256
#define CONFIG_GETOPT_MAX	128	/* options_table entries, with room */

static struct option config_getopt[CONFIG_GETOPT_MAX + 1];
static char config_getopt_names[CONFIG_GETOPT_MAX][64];
static char config_shortopts[2 * CONFIG_GETOPT_MAX + 2];

static void
config_build_getopt(void)
{
	const struct options_entry *o;
	size_t i, n = 0, s = 0;

	if (config_getopt[0].name != NULL)
		return;
	if (options_count > CONFIG_GETOPT_MAX)
		fatalx("options: %zu entries; CONFIG_GETOPT_MAX is %d",
		    options_count, CONFIG_GETOPT_MAX);
	config_shortopts[s++] = ':';	/* report a missing value as ':' */
	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		if (!(o->scope & OPTIONS_FLAG))
			continue;
		options_flag_name(o, config_getopt_names[n],
		    sizeof(config_getopt_names[n]));
		config_getopt[n].name = config_getopt_names[n] + 2;
		config_getopt[n].has_arg = o->type == OPTIONS_SWITCH ||
		    o->type == OPTIONS_ACTION ? no_argument :
		    required_argument;
		config_getopt[n].flag = NULL;
		config_getopt[n].val = OPTIONS_VAL_BASE + (int)i;
		n++;
		if (o->short_name != 0) {
			config_shortopts[s++] = (char)o->short_name;
			if (config_getopt[n - 1].has_arg == required_argument)
				config_shortopts[s++] = ':';
		}
	}
	config_shortopts[s] = '\0';
}

void
config_usage(FILE *f)
{
	options_usage(f);
}

void
config_defaults(struct config *c)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	memset(c, 0, sizeof(*c));
	options_defaults(c);
	c->workers = n > 0 ? (n > CONFIG_WORKERS_MAX ? CONFIG_WORKERS_MAX :
	    (int)n) : 1;
}

int
config_parse_args(struct config *c, int argc, char **argv, char *err,
    size_t errlen)
{
	const struct options_entry *o;
	char name[64], why[512];
	int ch, li;

	config_build_getopt();
	optind = 0;	/* glibc: 0 also forgets the last scan's state */
	opterr = 0;
	for (;;) {
		li = -1;
		if ((ch = getopt_long(argc, argv, config_shortopts,
		    config_getopt, &li)) == -1)
			break;
		o = NULL;
		if (ch >= OPTIONS_VAL_BASE)
			o = &options_table[ch - OPTIONS_VAL_BASE];
		else if (ch != ':' && ch != '?')
			o = options_by_short(ch);
		/* The flag as the user spelled it, for error messages. */
		if (li >= 0)
			snprintf(name, sizeof(name), "--%s",
			    config_getopt[li].name);
		else if (o != NULL && ch < OPTIONS_VAL_BASE)
			snprintf(name, sizeof(name), "-%c", ch);
		else
			snprintf(name, sizeof(name), "%s",
			    optind > 1 ? argv[optind - 1] : "?");

		if (ch == ':') {
			snprintf(err, errlen, "%s: needs a value", name);
			return -1;
		}
		if (o == NULL) {
			snprintf(err, errlen, "%s: unknown option", name);
			return -1;
		}
		switch (o->type) {
		case OPTIONS_ACTION:
			if (strcmp(o->name, "help") == 0)
				config_usage(stdout);
			else
				printf("quarryd " QUARRY_VERSION "\n");
			return 1;
		case OPTIONS_SWITCH:
			*(int *)(void *)((char *)c + o->offset) =
			    o->flag_value;
			break;
		default:
			if (options_set(c, o, optarg, why, sizeof(why)) ==
			    -1) {
				options_flag_name(o, name, sizeof(name));
				snprintf(err, errlen, "%s: %s", name, why);
				return -1;
			}
			break;
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
	else if (geteuid() == 0)
		/* Never /tmp for root: another user may plant the path
		 * first (dirs.h refuses it, but then quarryd cannot start). */
		snprintf(buf, sizeof(buf), "/run/quarry");
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
	if (c->curve_secret_key != NULL && c->curve_allow == NULL &&
	    c->curve_allow_producers == NULL &&
	    c->curve_allow_subscribers == NULL &&
	    c->curve_allow_workers == NULL) {
		snprintf(err, errlen, "curve-allow: CURVE needs allowlists "
		    "of client public keys (--curve-allow-producers, "
		    "--curve-allow-subscribers, --curve-allow-workers FILE, "
		    "or --curve-allow FILE for every role)");
		return -1;
	}
	if (c->curve_secret_key == NULL) {
		const char *given = c->curve_allow != NULL ? "curve-allow" :
		    c->curve_allow_producers != NULL ?
		    "curve-allow-producers" :
		    c->curve_allow_subscribers != NULL ?
		    "curve-allow-subscribers" :
		    c->curve_allow_workers != NULL ? "curve-allow-workers" :
		    NULL;

		if (given != NULL) {
			snprintf(err, errlen, "%s: given without "
			    "--curve-secret-key, which turns CURVE on", given);
			return -1;
		}
	}
	if (c->sink == NULL && (c->sink_user != NULL ||
	    c->sink_password_file != NULL || c->sink_nkey != NULL ||
	    c->sink_nkey_seed != NULL || c->sink_ca != NULL)) {
		snprintf(err, errlen, "sink: NATS credentials given without "
		    "--sink, which turns the sink on");
		return -1;
	}
	if ((c->sink_user == NULL) != (c->sink_password_file == NULL)) {
		snprintf(err, errlen, "sink-user: --sink-user and "
		    "--sink-password-file go together");
		return -1;
	}
	if ((c->sink_nkey == NULL) != (c->sink_nkey_seed == NULL)) {
		snprintf(err, errlen, "sink-nkey: --sink-nkey (the public key) "
		    "and --sink-nkey-seed (the seed file) go together");
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

/*
 * Every file key with its value, in the file's format: what this prints
 * reads back as a settings file giving the same settings.  A key with no
 * value (a string never set) is printed as a comment.
 */
void
config_print(const struct config *c, FILE *f)
{
	const struct options_entry *o;
	char buf[CONFIG_PATH_MAX + 64];
	size_t i;

	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		if (!(o->scope & OPTIONS_FILE))
			continue;
		if (options_format(c, o, buf, sizeof(buf)) == 0)
			fprintf(f, "%s = %s\n", o->name, buf);
		else
			fprintf(f, "# %s: not set\n", o->name);
	}
}

void
config_free(struct config *c)
{
	size_t i;

	/* Every string setting is a table entry. */
	for (i = 0; i < options_count; i++)
		if (options_table[i].type == OPTIONS_STRING) {
			char **slot = (char **)(void *)((char *)c +
			    options_table[i].offset);

			free(*slot);
		}
	memset(c, 0, sizeof(*c));
}
