/*
 * options.c — the table of quarryd's settings (options.h) and what reads
 * it: defaults, setting a value from text, formatting one back, --help.
 *
 * One entry per setting, in the order --help, --check-config and the
 * manual list them.  Defaults that depend on the machine or the
 * environment (worker count, runtime and state directories, the worker
 * program) are derived by config_finish(); their entries say so in
 * default_text.
 */
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http.h"
#include "log.h"
#include "options.h"
#include "sink.h"
#include "spool.h"
#include "util.h"

/* Defaults (DESIGN.md, "Processes and sockets"). */
#define DEFAULT_INGEST		"tcp://127.0.0.1:7400"
#define DEFAULT_RESULTS		"tcp://127.0.0.1:7401"
#define DEFAULT_HTTP		"127.0.0.1:7402"
#define DEFAULT_QUEUE_MAX	10000	/* x ~4 KB typical article = 40 MB */
/*
 * Queued bytes before busy: 256 MiB.  The count bound binds first for
 * typical articles (10,000 x 4 KB = 40 MB; up to ~26 KB on average),
 * while 4 MiB bodies stop at 64 instead of 10,000 (39 GiB).  With the
 * ledger (~10 MB), ZeroMQ's buffers and what workers hold (at most
 * WORKERS_HOLD_BYTES or one article each), quarryd stays well under
 * 1 GiB, a common container limit.
 */
#define DEFAULT_QUEUE_MAX_BYTES	(256u << 20)
/*
 * Bytes of results held for subscribers before those that are not
 * reading are closed: 64 MiB.  A reading subscriber holds next to
 * nothing (its socket's buffer takes what quarryd sends); this is room
 * for one that falls behind for a while: 8,000 typical results (~8 KB),
 * or a second of the fastest output of docs/benchmarks.md, or 64 of the
 * largest (a 4 MiB body's quotes, ~1 MiB).  (What one subscriber that
 * never read made quarryd hold without it: docs/security.md.)
 */
#define DEFAULT_RESULTS_MAX_BYTES (64u << 20)
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
#define DEFAULT_SINK_MAX_AGE	"7d"	/* a week: consumers away over a
					 * holiday still catch up */
#define DEFAULT_SINK_BUFFER	10000	/* as the queue: ~80 MB of results */

/* Timers: below 10 ms they would busy-loop; above a day is a typo. */
#define OPTIONS_MS_MIN		10
#define OPTIONS_MS_MAX		86400000
/* Results published before any subscriber has reconnected are lost
 * (PUB): after a restart with articles to replay, dispatch waits for a
 * subscription to quarry.hello, or this long.  A subscriber that retries
 * its connection every second (ZeroMQ's default reconnect interval is
 * 100 ms) has synced well within it. */
#define DEFAULT_REPLAY_HOLD_MS	3000
/* Liveness: a hundred missed heartbeats is already minutes of silence. */
#define OPTIONS_LIVENESS_MAX	100
/* Group commit: past 10 s an ack waits longer than any client's timeout. */
#define OPTIONS_SPOOL_BATCH_MAX	10000

/* The help column: flags on the left, text from here, lines this wide. */
#define OPTIONS_HELP_COL	26
#define OPTIONS_HELP_WIDTH	79

#define FIELD(m)	.offset = offsetof(struct config, m),		\
			.width = sizeof(((struct config *)0)->m)

static const struct options_choice options_log_levels[] = {
	{ "err", LOG_LEVEL_ERR },
	{ "warn", LOG_LEVEL_WARN },
	{ "info", LOG_LEVEL_INFO },
	{ "debug", LOG_LEVEL_DEBUG },
	{ NULL, 0 },
};

static const struct options_choice options_fsync[] = {
	{ "always", SPOOL_FSYNC_ALWAYS },
	{ "batch", SPOOL_FSYNC_BATCH },
	{ "off", SPOOL_FSYNC_OFF },
	{ NULL, 0 },
};

static int	options_check_endpoint(const char *, char *, size_t);
static int	options_check_http(const char *, char *, size_t);
static int	options_check_sink(const char *, char *, size_t);
static int	options_check_stream(const char *, char *, size_t);
static int	options_check_age(const char *, char *, size_t);

const struct options_entry options_table[] = {
	{ .name = "foreground", .short_name = 'f', .type = OPTIONS_SWITCH,
	  .scope = OPTIONS_FLAG, FIELD(foreground), .flag_value = 1,
	  .text = "stay in the foreground (always, under systemd)" },
	{ .name = "config", .type = OPTIONS_STRING, .scope = OPTIONS_FLAG,
	  FIELD(config_file), .arg = "PATH",
	  .default_text = CONFIG_FILE_DEFAULT " when it exists",
	  .text = "the settings file; flags override it" },
	{ .name = "check_config", .type = OPTIONS_SWITCH,
	  .scope = OPTIONS_FLAG, FIELD(check_config), .flag_value = 1,
	  .text = "check the settings, print them as a settings file, "
	  "exit" },

	/* --- sockets --- */
	{ .name = "ingest", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(ingest), .arg = "ENDPOINT", .default_str = DEFAULT_INGEST,
	  .check = options_check_endpoint,
	  .text = "producers' ROUTER" },
	{ .name = "results", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(results), .arg = "ENDPOINT", .default_str = DEFAULT_RESULTS,
	  .check = options_check_endpoint,
	  .text = "subscribers' XPUB" },
	{ .name = "workers_endpoint", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(workers_endpoint), .arg = "ENDPOINT",
	  .default_text = "ipc://RUNTIME/workers",
	  .check = options_check_endpoint,
	  .text = "workers' ROUTER" },
	{ .name = "runtime_dir", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(runtime_dir), .arg = "DIR",
	  .default_text = "$RUNTIME_DIRECTORY, $XDG_RUNTIME_DIR/quarry or "
	  "/tmp/quarry-UID (root: /run/quarry)",
	  .text = "the ipc sockets' directory, mode 0700" },
	{ .name = "worker_bin", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(worker_bin), .arg = "PATH",
	  .default_text = "quarry-worker beside quarryd, else on PATH",
	  .text = "the worker program" },

	/* --- workers --- */
	{ .name = "workers", .short_name = 'w', .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(workers), .arg = "N",
	  .minimum = 0, .maximum = CONFIG_WORKERS_MAX,
	  .default_text = "online CPUs", .reload = 1,
	  .text = "local worker processes" },
	{ .name = "queue_max", .type = OPTIONS_NUMBER, .scope = OPTIONS_BOTH,
	  FIELD(queue_max), .arg = "N", .minimum = 1,
	  .maximum = CONFIG_QUEUE_MAX, .default_num = DEFAULT_QUEUE_MAX,
	  .reload = 1, .text = "queued articles before \"busy\"" },
	{ .name = "queue_max_bytes", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(queue_max_bytes), .arg = "N",
	  .minimum = CONFIG_QUEUE_BYTES_MIN, .maximum = CONFIG_QUEUE_BYTES_MAX,
	  .default_num = DEFAULT_QUEUE_MAX_BYTES, .reload = 1,
	  .text = "... and the bytes they hold" },
	{ .name = "results_max_bytes", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(results_max_bytes), .arg = "N",
	  .minimum = CONFIG_RESULTS_BYTES_MIN,
	  .maximum = CONFIG_RESULTS_BYTES_MAX,
	  .default_num = DEFAULT_RESULTS_MAX_BYTES, .reload = 1,
	  .text = "bytes held for subscribers before those not reading "
	  "are closed" },
	{ .name = "max_attempts", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(max_attempts), .arg = "N",
	  .minimum = 1, .maximum = CONFIG_ATTEMPTS_MAX,
	  .default_num = DEFAULT_MAX_ATTEMPTS, .reload = 1,
	  .text = "deliveries before a dead letter" },
	{ .name = "heartbeat_ms", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(heartbeat_ms), .arg = "MS",
	  .minimum = OPTIONS_MS_MIN, .maximum = OPTIONS_MS_MAX,
	  .default_num = DEFAULT_HEARTBEAT_MS,
	  .text = "heartbeat interval between broker and workers" },
	{ .name = "liveness", .type = OPTIONS_NUMBER, .scope = OPTIONS_BOTH,
	  FIELD(liveness), .arg = "N", .minimum = 1,
	  .maximum = OPTIONS_LIVENESS_MAX, .default_num = DEFAULT_LIVENESS,
	  .text = "missed heartbeats before a worker is dead" },
	{ .name = "job_timeout_ms", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(job_timeout_ms), .arg = "MS",
	  .minimum = OPTIONS_MS_MIN, .maximum = OPTIONS_MS_MAX,
	  .default_num = DEFAULT_JOB_TIMEOUT_MS, .reload = 1,
	  .text = "one attempt's deadline" },
	{ .name = "drain_timeout_ms", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(drain_timeout_ms), .arg = "MS",
	  .minimum = OPTIONS_MS_MIN, .maximum = OPTIONS_MS_MAX,
	  .default_num = DEFAULT_DRAIN_MS, .reload = 1,
	  .text = "on SIGTERM, how long queued and in-flight work may run" },
	{ .name = "log_level", .type = OPTIONS_CHOICE, .scope = OPTIONS_BOTH,
	  FIELD(log_level), .arg = "LEVEL", .choices = options_log_levels,
	  .default_num = LOG_LEVEL_INFO, .reload = 1,
	  .text = "the least important messages logged" },
	{ .name = "noop", .type = OPTIONS_SWITCH, .scope = OPTIONS_BOTH,
	  FIELD(noop), .flag_value = 1, .default_num = 0,
	  .text = "workers skip extraction (transport benchmarks)" },

	/* --- spool --- */
	{ .name = "state_dir", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(state_dir), .arg = "DIR",
	  .default_text = "$STATE_DIRECTORY; none: no spool",
	  .text = "keep the spool (write-ahead log) in DIR/spool" },
	{ .name = "spool", .flag = "no-spool", .type = OPTIONS_SWITCH,
	  .scope = OPTIONS_BOTH, FIELD(spool), .flag_value = 0,
	  .default_num = 1,
	  .text = "keep the spool when there is a state directory",
	  .flag_text = "no spool, even with a state directory" },
	{ .name = "spool_fsync", .type = OPTIONS_CHOICE,
	  .scope = OPTIONS_BOTH, FIELD(spool_fsync), .arg = "POLICY",
	  .choices = options_fsync, .default_num = SPOOL_FSYNC_BATCH,
	  .text = "when accepted articles reach the disk" },
	{ .name = "spool_batch_ms", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(spool_batch_ms), .arg = "MS",
	  .minimum = 1, .maximum = OPTIONS_SPOOL_BATCH_MAX,
	  .default_num = DEFAULT_SPOOL_BATCH_MS,
	  .text = "group-commit interval of batch" },
	{ .name = "replay_hold_ms", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(replay_hold_ms), .arg = "MS",
	  .minimum = 0, .maximum = OPTIONS_MS_MAX,
	  .default_num = DEFAULT_REPLAY_HOLD_MS,
	  .text = "after a start with a spool, dispatch waits this long "
	  "for a subscriber to sync" },
	{ .name = "dedup_window_ms", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(dedup_window_ms), .arg = "MS",
	  .minimum = 0, .maximum = OPTIONS_MS_MAX,
	  .default_num = DEFAULT_DEDUP_WINDOW_MS,
	  .text = "finished ids stay duplicates this long" },
	{ .name = "dedup_max", .type = OPTIONS_NUMBER, .scope = OPTIONS_BOTH,
	  FIELD(dedup_max), .arg = "N", .minimum = 0,
	  .maximum = CONFIG_DEDUP_MAX, .default_num = DEFAULT_DEDUP_MAX,
	  .text = "... and at most this many" },

	/* --- operators and security --- */
	{ .name = "http", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(http), .arg = "ADDR", .default_str = DEFAULT_HTTP,
	  .check = options_check_http,
	  .text = "/, /healthz, /metrics and /stats on HOST:PORT, or off" },
	{ .name = "curve_secret_key", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(curve_secret_key), .arg = "FILE",
	  .default_text = "none: CURVE off",
	  .text = "CURVE on every tcp:// endpoint, with this secret key "
	  "from quarry keygen, mode 0600" },
	{ .name = "curve_allow", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(curve_allow), .arg = "FILE",
	  .text = "client public keys let in, in every role without a "
	  "list of its own (a warning)" },
	{ .name = "curve_allow_producers", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(curve_allow_producers), .arg = "FILE",
	  .text = "client public keys that may submit on ingest" },
	{ .name = "curve_allow_subscribers", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(curve_allow_subscribers),
	  .arg = "FILE",
	  .text = "client public keys that may subscribe to results" },
	{ .name = "curve_allow_workers", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(curve_allow_workers), .arg = "FILE",
	  .text = "client public keys that may register as workers" },
	{ .name = "user", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(user), .arg = "NAME",
	  .text = "started as root: run as NAME once bound" },

	{ .name = "pidfile", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(pidfile), .arg = "PATH", .default_text = "none",
	  .text = "write quarryd's pid there (locked while it runs)" },

	/* --- the JetStream sink (sink.h) --- */
	{ .name = "sink", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(sink), .arg = "URLS", .default_text = "none: sink off",
	  .check = options_check_sink,
	  .text = "also publish every result to NATS JetStream: "
	  "nats://HOST:PORT, comma-separated" },
	{ .name = "sink_stream", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(sink_stream), .arg = "NAME",
	  .default_str = SINK_STREAM_DEFAULT, .check = options_check_stream,
	  .text = "the stream, created if missing" },
	{ .name = "sink_user", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(sink_user), .arg = "NAME",
	  .text = "NATS user (with sink_password_file)" },
	{ .name = "sink_password_file", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(sink_password_file), .arg = "FILE",
	  .text = "the file holding the NATS user's password" },
	{ .name = "sink_nkey", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(sink_nkey), .arg = "PUBKEY",
	  .text = "NATS nkey, the public key (with sink_nkey_seed)" },
	{ .name = "sink_nkey_seed", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(sink_nkey_seed), .arg = "FILE",
	  .text = "the file holding the nkey's seed" },
	{ .name = "sink_ca", .type = OPTIONS_STRING, .scope = OPTIONS_BOTH,
	  FIELD(sink_ca), .arg = "FILE",
	  .text = "TLS to NATS, trusting these CA certificates" },
	{ .name = "sink_max_age", .type = OPTIONS_STRING,
	  .scope = OPTIONS_BOTH, FIELD(sink_max_age), .arg = "T",
	  .default_str = DEFAULT_SINK_MAX_AGE, .check = options_check_age,
	  .text = "a new stream keeps results this long: N[smhd], 0: no "
	  "limit" },
	{ .name = "sink_replicas", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(sink_replicas), .arg = "N",
	  .minimum = 1, .maximum = SINK_REPLICAS_MAX, .default_num = 1,
	  .text = "a new stream's replicas" },
	{ .name = "sink_buffer", .type = OPTIONS_NUMBER,
	  .scope = OPTIONS_BOTH, FIELD(sink_buffer), .arg = "N",
	  .minimum = 1, .maximum = CONFIG_SINK_BUFFER_MAX,
	  .default_num = DEFAULT_SINK_BUFFER,
	  .text = "results held unacknowledged before dispatch pauses and "
	  "intake is busy" },

	{ .name = "help", .short_name = 'h', .type = OPTIONS_ACTION,
	  .scope = OPTIONS_FLAG, .text = "print this summary" },
	{ .name = "version", .type = OPTIONS_ACTION, .scope = OPTIONS_FLAG,
	  .text = "print the version" },
};

const size_t options_count = sizeof(options_table) / sizeof(options_table[0]);

const struct options_entry *
options_by_name(const char *name)
{
	size_t i;

	for (i = 0; i < options_count; i++)
		if (strcmp(options_table[i].name, name) == 0)
			return &options_table[i];
	return NULL;
}

const char *
options_flag_name(const struct options_entry *o, char *buf, size_t len)
{
	size_t i;

	if (o->flag != NULL)
		snprintf(buf, len, "--%s", o->flag);
	else {
		snprintf(buf, len, "--%s", o->name);
		for (i = 2; buf[i] != '\0'; i++)
			if (buf[i] == '_')
				buf[i] = '-';
	}
	return buf;
}

const struct options_entry *
options_by_flag(const char *flag)
{
	char buf[64];
	size_t i;

	for (i = 0; i < options_count; i++) {
		options_flag_name(&options_table[i], buf, sizeof(buf));
		if (strcmp(buf + 2, flag) == 0)
			return &options_table[i];
	}
	return NULL;
}

const struct options_entry *
options_by_short(int ch)
{
	size_t i;

	for (i = 0; i < options_count; i++)
		if (ch != 0 && options_table[i].short_name == ch)
			return &options_table[i];
	return NULL;
}

/* The field behind o. */
static void *
options_field(struct config *c, const struct options_entry *o)
{
	return (char *)c + o->offset;
}

static const void *
options_cfield(const struct config *c, const struct options_entry *o)
{
	return (const char *)c + o->offset;
}

/*
 * Numbers live in int, unsigned, size_t or enum fields.  Every 4-byte
 * field's maximum fits an int (tests/test_config.c checks), so int and
 * unsigned share one representation for every value allowed.
 */
static void
options_store(struct config *c, const struct options_entry *o,
    unsigned long long v)
{
	void *p = options_field(c, o);

	if (o->width == sizeof(unsigned)) {
		unsigned u = (unsigned)v;

		memcpy(p, &u, sizeof(u));
	} else {
		size_t z = (size_t)v;

		memcpy(p, &z, sizeof(z));
	}
}

static unsigned long long
options_load(const struct config *c, const struct options_entry *o)
{
	const void *p = options_cfield(c, o);

	if (o->width == sizeof(unsigned)) {
		unsigned u;

		memcpy(&u, p, sizeof(u));
		return u;
	} else {
		size_t z;

		memcpy(&z, p, sizeof(z));
		return z;
	}
}

static void
options_store_string(struct config *c, const struct options_entry *o,
    const char *v)
{
	char **slot = options_field(c, o);

	free(*slot);
	*slot = v != NULL ? xstrdup(v) : NULL;
}

void
options_defaults(struct config *c)
{
	const struct options_entry *o;
	size_t i;

	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		switch (o->type) {
		case OPTIONS_STRING:
			options_store_string(c, o, o->default_str);
			break;
		case OPTIONS_NUMBER:
		case OPTIONS_CHOICE:
		case OPTIONS_SWITCH:
			options_store(c, o, o->default_num);
			break;
		case OPTIONS_ACTION:
			break;
		}
	}
}

static int
options_bool(const char *v, int *out)
{
	static const char *const yes[] = { "yes", "on", "true", "1" };
	static const char *const no[] = { "no", "off", "false", "0" };
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (strcasecmp(v, yes[i]) == 0) {
			*out = 1;
			return 0;
		}
		if (strcasecmp(v, no[i]) == 0) {
			*out = 0;
			return 0;
		}
	}
	return -1;
}

int
options_set(struct config *c, const struct options_entry *o,
    const char *value, char *why, size_t whylen)
{
	const struct options_choice *ch;
	unsigned long long v;
	size_t n;
	int on;

	if (*value == '\0') {
		snprintf(why, whylen, "needs a value");
		return -1;
	}
	switch (o->type) {
	case OPTIONS_STRING:
		if (o->check != NULL && o->check(value, why, whylen) == -1)
			return -1;
		options_store_string(c, o, value);
		return 0;
	case OPTIONS_NUMBER:
		if (util_parse_number(value, o->minimum, o->maximum, &v) ==
		    -1) {
			snprintf(why, whylen, "\"%s\" is not a number%s from "
			    "%llu to %llu", value, o->arg != NULL &&
			    strcmp(o->arg, "MS") == 0 ? " of milliseconds" :
			    "", o->minimum, o->maximum);
			return -1;
		}
		options_store(c, o, v);
		return 0;
	case OPTIONS_CHOICE:
		for (ch = o->choices; ch->name != NULL; ch++)
			if (strcmp(ch->name, value) == 0) {
				options_store(c, o, (unsigned long long)
				    ch->value);
				return 0;
			}
		n = (size_t)snprintf(why, whylen, "\"%s\" is not one of",
		    value);
		for (ch = o->choices; ch->name != NULL && n < whylen; ch++)
			n += (size_t)snprintf(why + n, whylen - n, "%s %s",
			    ch == o->choices ? "" : ",", ch->name);
		return -1;
	case OPTIONS_SWITCH:
		if (options_bool(value, &on) == -1) {
			snprintf(why, whylen, "\"%s\" is not yes or no", value);
			return -1;
		}
		options_store(c, o, (unsigned long long)on);
		return 0;
	case OPTIONS_ACTION:
		break;
	}
	snprintf(why, whylen, "takes no value");
	return -1;
}

int
options_format(const struct config *c, const struct options_entry *o,
    char *buf, size_t len)
{
	const struct options_choice *ch;
	const char *const *s;
	unsigned long long v;

	switch (o->type) {
	case OPTIONS_STRING:
		s = options_cfield(c, o);
		if (*s == NULL)
			return -1;
		snprintf(buf, len, "%s", *s);
		return 0;
	case OPTIONS_NUMBER:
		snprintf(buf, len, "%llu", options_load(c, o));
		return 0;
	case OPTIONS_CHOICE:
		v = options_load(c, o);
		for (ch = o->choices; ch->name != NULL; ch++)
			if ((unsigned long long)ch->value == v) {
				snprintf(buf, len, "%s", ch->name);
				return 0;
			}
		snprintf(buf, len, "%llu", v);
		return 0;
	case OPTIONS_SWITCH:
		snprintf(buf, len, "%s", options_load(c, o) ? "yes" : "no");
		return 0;
	case OPTIONS_ACTION:
		break;
	}
	return -1;
}

const char *
options_default_text(const struct options_entry *o, char *buf, size_t len)
{
	const struct options_choice *ch;

	if (o->default_text != NULL)
		return o->default_text;
	switch (o->type) {
	case OPTIONS_STRING:
		return o->default_str;
	case OPTIONS_NUMBER:
		snprintf(buf, len, "%llu", o->default_num);
		return buf;
	case OPTIONS_CHOICE:
		for (ch = o->choices; ch->name != NULL; ch++)
			if ((unsigned long long)ch->value == o->default_num)
				return ch->name;
		return NULL;
	case OPTIONS_SWITCH:
		if (!(o->scope & OPTIONS_FILE))
			return NULL;
		return o->default_num ? "yes" : "no";
	case OPTIONS_ACTION:
		break;
	}
	return NULL;
}

void
options_copy(struct config *dst, const struct config *src,
    const struct options_entry *o)
{
	switch (o->type) {
	case OPTIONS_STRING:
		options_store_string(dst, o,
		    *(char *const *)options_cfield(src, o));
		break;
	case OPTIONS_NUMBER:
	case OPTIONS_CHOICE:
	case OPTIONS_SWITCH:
		options_store(dst, o, options_load(src, o));
		break;
	case OPTIONS_ACTION:
		break;
	}
}

/* Append words to a help line, wrapping at OPTIONS_HELP_WIDTH. */
static void
options_wrap(FILE *f, size_t *col, const char *text)
{
	const char *w = text, *end;
	size_t n;

	while (*w != '\0') {
		while (*w == ' ')
			w++;
		if (*w == '\0')
			break;
		end = w + strcspn(w, " ");
		n = (size_t)(end - w);
		if (*col > OPTIONS_HELP_COL &&
		    *col + 1 + n > OPTIONS_HELP_WIDTH) {
			fprintf(f, "\n%*s", OPTIONS_HELP_COL, "");
			*col = OPTIONS_HELP_COL;
		} else if (*col > OPTIONS_HELP_COL) {
			fputc(' ', f);
			(*col)++;
		}
		fprintf(f, "%.*s", (int)n, w);
		*col += n;
		w = end;
	}
}

void
options_usage(FILE *f)
{
	const struct options_entry *o;
	const struct options_choice *ch;
	char left[96], flag[64], more[256], dbuf[32];
	const char *d;
	size_t i, col, n;
	int len;

	fprintf(f, "usage: quarryd [-fh] [-w N] [--config PATH] "
	    "[--check-config] [option ...]\n\n");
	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		if (!(o->scope & OPTIONS_FLAG))
			continue;
		options_flag_name(o, flag, sizeof(flag));
		if (o->short_name != 0)
			len = snprintf(left, sizeof(left), "  -%c, %s",
			    o->short_name, flag);
		else
			len = snprintf(left, sizeof(left), "      %s", flag);
		if (o->arg != NULL && o->type != OPTIONS_SWITCH)
			len += snprintf(left + len, sizeof(left) - (size_t)len,
			    " %s", o->arg);
		fputs(left, f);
		if (len + 2 > OPTIONS_HELP_COL)
			fprintf(f, "\n%*s", OPTIONS_HELP_COL, "");
		else
			fprintf(f, "%*s", OPTIONS_HELP_COL - len, "");
		col = OPTIONS_HELP_COL;
		options_wrap(f, &col, o->flag_text != NULL ? o->flag_text :
		    o->text);
		n = 0;
		more[0] = '\0';
		if (o->type == OPTIONS_NUMBER)
			n += (size_t)snprintf(more + n, sizeof(more) - n,
			    "%llu to %llu", o->minimum, o->maximum);
		if (o->type == OPTIONS_CHOICE)
			for (ch = o->choices; ch->name != NULL; ch++)
				n += (size_t)snprintf(more + n,
				    sizeof(more) - n, "%s%s",
				    ch == o->choices ? "" : ", ", ch->name);
		if (o->type != OPTIONS_SWITCH &&
		    (d = options_default_text(o, dbuf, sizeof(dbuf))) != NULL)
			n += (size_t)snprintf(more + n, sizeof(more) - n,
			    "%sdefault %s", n > 0 ? "; " : "", d);
		if (n > 0) {
			char paren[300];

			snprintf(paren, sizeof(paren), "(%s)", more);
			options_wrap(f, &col, paren);
		}
		fputc('\n', f);
	}
}

/* tcp://HOST:PORT ([ADDRESS]:PORT, * for every interface) or ipc://PATH. */
static int
options_check_endpoint(const char *v, char *why, size_t whylen)
{
	char host[HTTP_ADDR_MAX];
	unsigned port;

	if (strncmp(v, "ipc://", 6) == 0) {
		/* sockaddr_un's sun_path: 108 bytes with the NUL. */
		if (v[6] == '\0' || strlen(v + 6) > 107) {
			snprintf(why, whylen, "\"%s\": an ipc:// path of 1 to "
			    "107 bytes", v);
			return -1;
		}
		return 0;
	}
	if (strncmp(v, "tcp://", 6) != 0) {
		snprintf(why, whylen, "\"%s\" is not tcp://HOST:PORT or "
		    "ipc://PATH", v);
		return -1;
	}
	if (http_parse_addr(v + 6, host, sizeof(host), &port, why,
	    whylen) == -1 || port == 0) {
		snprintf(why, whylen, "\"%s\" is not tcp://HOST:PORT with a "
		    "port from 1 to 65535", v);
		return -1;
	}
	return 0;
}

static int
options_check_http(const char *v, char *why, size_t whylen)
{
	char host[HTTP_ADDR_MAX];
	unsigned port;

	if (strcmp(v, "off") == 0)
		return 0;
	return http_parse_addr(v, host, sizeof(host), &port, why, whylen);
}

/* nats://HOST:PORT (or tls://), comma-separated. */
static int
options_check_sink(const char *v, char *why, size_t whylen)
{
	const char *p = v;
	size_t n;

	for (;;) {
		n = strcspn(p, ",");
		if (!((n > 7 && strncmp(p, "nats://", 7) == 0) ||
		    (n > 6 && strncmp(p, "tls://", 6) == 0))) {
			snprintf(why, whylen, "\"%.*s\" is not "
			    "nats://HOST:PORT (servers are comma-separated)",
			    (int)(n < 200 ? n : 200), p);
			return -1;
		}
		if (p[n] == '\0')
			return 0;
		p += n + 1;
	}
}

/* A JetStream stream name: a file name on the server and a token of its
 * API subjects. */
static int
options_check_stream(const char *v, char *why, size_t whylen)
{
	if (strlen(v) > SINK_STREAM_MAX ||
	    strpbrk(v, " \t\r\n.*>/\\") != NULL) {
		snprintf(why, whylen, "\"%s\" is not a stream name (up to %d "
		    "bytes, no spaces, '.', '*', '>', '/' or '\\')", v,
		    SINK_STREAM_MAX);
		return -1;
	}
	return 0;
}

static int
options_check_age(const char *v, char *why, size_t whylen)
{
	uint64_t secs;

	return sink_parse_age(v, &secs, why, whylen);
}
