/*
 * conffile.c — the settings file.
 *
 * Each key is one line in conffile_keys[] naming the flag it stands for:
 * its value goes through config_parse_args() as "--flag=value", so the
 * file and the command line share one parser, one set of bounds and one
 * wording of errors.  Only switches without a value (noop, spool) are set
 * directly, since "no" has no flag spelling.
 *
 * libinih is told nothing of line numbers (Debian builds it without
 * INI_HANDLER_LINENO), so our reader counts them; it also left-trims every
 * line, so that an indented key is a key, never a continuation silently
 * appended to the previous value.  Debian's libinih makes its build
 * options run-time variables (ini_max_line and friends): we set them for
 * a heap line buffer of CONFFILE_LINE_MAX and no continuations.
 */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <ini.h>

#include "conffile.h"
#include "log.h"
#include "util.h"

/* Longest line: a key, " = " and a path of CONFIG_PATH_MAX, plus the
 * three bytes inih wants for "\r\n\0".  Longer lines are refused by name
 * rather than cut. */
#define CONFFILE_LINE_MAX	(CONFIG_PATH_MAX + 64 + 3)
/* "--" + the longest flag + "=" + the longest line. */
#define CONFFILE_ARG_MAX	(CONFFILE_LINE_MAX + 64)

struct conffile_key {
	const char	*section;
	const char	*key;
	const char	*flag;		/* config_parse_args' long option */
	size_t		 field;		/* switches: offsetof the int */
};

#define KEY(k, f)	{ CONFFILE_SECTION, k, f, 0 }
#define SWITCH(k, m)	{ CONFFILE_SECTION, k, NULL, offsetof(struct config, m) }

/* Keys are the names config_print() uses, so what --check-config prints
 * can be pasted into the file. */
static const struct conffile_key conffile_keys[] = {
	KEY("ingest", "ingest"),
	KEY("results", "results"),
	KEY("workers_endpoint", "workers-endpoint"),
	KEY("runtime_dir", "runtime-dir"),
	KEY("worker_bin", "worker-bin"),
	KEY("workers", "workers"),
	KEY("queue_max", "queue-max"),
	KEY("max_attempts", "max-attempts"),
	KEY("heartbeat_ms", "heartbeat-ms"),
	KEY("liveness", "liveness"),
	KEY("job_timeout_ms", "job-timeout-ms"),
	KEY("drain_timeout_ms", "drain-timeout-ms"),
	KEY("log_level", "log-level"),
	SWITCH("noop", noop),
	KEY("state_dir", "state-dir"),
	SWITCH("spool", spool),
	KEY("spool_fsync", "spool-fsync"),
	KEY("spool_batch_ms", "spool-batch-ms"),
	KEY("dedup_window_ms", "dedup-window-ms"),
	KEY("dedup_max", "dedup-max"),
	KEY("http", "http"),
	KEY("curve_secret_key", "curve-secret-key"),
	KEY("curve_allow", "curve-allow"),
	KEY("user", "user"),
};

#define CONFFILE_NKEYS	(sizeof(conffile_keys) / sizeof(conffile_keys[0]))

struct conffile_state {
	struct config	*cfg;
	const char	*path;
	FILE		*fp;
	int		 line;		/* lines read so far */
	int		 err_line;	/* first error's line, 0 if none */
	char		*err;
	size_t		 errlen;
};

const char *
conffile_key(size_t i)
{
	return i < CONFFILE_NKEYS ? conffile_keys[i].key : NULL;
}

static void
conffile_error(struct conffile_state *st, const char *key, const char *fmt,
    ...) __attribute__((format(printf, 3, 4)));

/* Keep the first error only: inih reads on, and later ones may be
 * consequences of it. */
static void
conffile_error(struct conffile_state *st, const char *key, const char *fmt,
    ...)
{
	char why[512];
	va_list ap;

	if (st->err_line != 0)
		return;
	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	st->err_line = st->line;
	if (key != NULL)
		snprintf(st->err, st->errlen, "%s:%d: %s: %s", st->path,
		    st->line, key, why);
	else
		snprintf(st->err, st->errlen, "%s:%d: %s", st->path, st->line,
		    why);
}

/* inih's reader: one line at a time, counted and left-trimmed. */
static char *
conffile_reader(char *str, int num, void *arg)
{
	struct conffile_state *st = arg;
	size_t len, skip;
	int c;

	if (fgets(str, num, st->fp) == NULL)
		return NULL;
	st->line++;
	len = strlen(str);
	if (len > 0 && str[len - 1] != '\n' && !feof(st->fp)) {
		conffile_error(st, NULL, "line longer than %d bytes",
		    num - 2);
		while ((c = fgetc(st->fp)) != EOF && c != '\n')
			continue;
		str[0] = '\0';
		return str;
	}
	skip = strspn(str, " \t");
	memmove(str, str + skip, len - skip + 1);
	return str;
}

static int
conffile_bool(const char *v, int *out)
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

static int
conffile_handler(void *arg, const char *section, const char *name,
    const char *value)
{
	struct conffile_state *st = arg;
	const struct conffile_key *k = NULL;
	char opt[CONFFILE_ARG_MAX], why[512], prog[] = "quarryd";
	char *argv[3];
	const char *msg;
	size_t i, flen;
	int on, known_section = 0;

	for (i = 0; i < CONFFILE_NKEYS; i++) {
		if (strcmp(conffile_keys[i].section, section) != 0)
			continue;
		known_section = 1;
		if (strcmp(conffile_keys[i].key, name) == 0) {
			k = &conffile_keys[i];
			break;
		}
	}
	if (!known_section) {
		if (*section == '\0')
			conffile_error(st, name, "before the [%s] line",
			    CONFFILE_SECTION);
		else
			conffile_error(st, name, "in unknown section [%s]",
			    section);
		return 0;
	}
	if (k == NULL) {
		conffile_error(st, name, "unknown key");
		return 0;
	}
	if (*value == '\0') {
		conffile_error(st, name, "needs a value");
		return 0;
	}
	if (k->flag == NULL) {
		if (conffile_bool(value, &on) == -1) {
			conffile_error(st, name, "\"%s\" is not yes or no",
			    value);
			return 0;
		}
		*(int *)(void *)((char *)st->cfg + k->field) = on;
		return 1;
	}
	snprintf(opt, sizeof(opt), "--%s=%s", k->flag, value);
	argv[0] = prog;
	argv[1] = opt;
	argv[2] = NULL;
	if (config_parse_args(st->cfg, 2, argv, why, sizeof(why)) != 0) {
		/* "--queue-max: ..." -> "queue_max: ..." */
		flen = strlen(k->flag);
		msg = why;
		if (strncmp(why, "--", 2) == 0 &&
		    strncmp(why + 2, k->flag, flen) == 0 &&
		    strncmp(why + 2 + flen, ": ", 2) == 0)
			msg = why + 2 + flen + 2;
		conffile_error(st, name, "%s", msg);
		return 0;
	}
	return 1;
}

int
conffile_load(struct config *c, const char *path, char *err, size_t errlen)
{
	struct conffile_state st;
	int rc;

	memset(&st, 0, sizeof(st));
	st.cfg = c;
	st.path = path;
	st.err = err;
	st.errlen = errlen;
	err[0] = '\0';
	if ((st.fp = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	ini_use_stack = 0;
	ini_allow_realloc = 0;
	ini_initial_alloc = CONFFILE_LINE_MAX;
	ini_max_line = CONFFILE_LINE_MAX;
	ini_allow_multiline = 0;
	rc = ini_parse_stream(conffile_reader, &st, conffile_handler, &st);
	if (rc == -2)
		fatalx("%s: out of memory", path);
	if (ferror(st.fp)) {
		snprintf(err, errlen, "%s: read error", path);
		rc = -1;
	} else if (rc > 0 && (st.err_line == 0 || rc < st.err_line)) {
		/* inih's own complaint: neither "[section]" nor "key = v". */
		snprintf(err, errlen, "%s:%d: expected [%s] or key = value",
		    path, rc, CONFFILE_SECTION);
		rc = -1;
	} else
		rc = st.err_line != 0 ? -1 : 0;
	fclose(st.fp);
	return rc;
}

int
conffile_configure(struct config *c, int argc, char **argv, char *err,
    size_t errlen)
{
	struct config first;
	char *path = NULL;
	int rc, explicit;

	/* Whatever happens, c is safe to config_free(). */
	memset(c, 0, sizeof(*c));
	/* A first pass over the flags: --help, --config, and flag errors
	 * reported before the file is read. */
	config_defaults(&first);
	rc = config_parse_args(&first, argc, argv, err, errlen);
	if (rc != 0) {
		config_free(&first);
		return rc;
	}
	explicit = first.config_file != NULL;
	if (explicit)
		path = xstrdup(first.config_file);
	else if (access(CONFIG_FILE_DEFAULT, F_OK) == 0)
		path = xstrdup(CONFIG_FILE_DEFAULT);
	config_free(&first);

	config_defaults(c);
	err[0] = '\0';
	if (path != NULL && conffile_load(c, path, err, errlen) == -1) {
		free(path);
		return -2;
	}
	if ((rc = config_parse_args(c, argc, argv, err, errlen)) != 0) {
		free(path);
		return rc;
	}
	if (c->config_file == NULL)
		c->config_file = path;
	else
		free(path);
	if (config_finish(c, argv[0], err, errlen) == -1)
		return -2;
	return 0;
}

/* config_print() into a string, for comparing two configurations. */
static char *
conffile_render(const struct config *c)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	if ((f = open_memstream(&buf, &len)) == NULL)
		fatal("open_memstream");
	config_print(c, f);
	if (fclose(f) != 0)
		fatal("open_memstream");
	return buf;
}

int
conffile_reload(struct config *live, int argc, char **argv, char *err,
    size_t errlen)
{
	struct config nc;
	char *was, *now, *line, *save = NULL;
	int rc;

	rc = conffile_configure(&nc, argc, argv, err, errlen);
	if (rc != 0) {
		if (rc == 1)
			snprintf(err, errlen, "the flags ask for --help");
		config_free(&nc);
		return -1;
	}
#define APPLY(field, fmt, cast) do {					\
	if (live->field != nc.field)					\
		log_info("reload: " #field " " fmt " -> " fmt,		\
		    (cast)live->field, (cast)nc.field);			\
	live->field = nc.field;						\
} while (0)
	APPLY(queue_max, "%zu", size_t);
	APPLY(max_attempts, "%u", unsigned);
	APPLY(job_timeout_ms, "%u", unsigned);
	APPLY(drain_timeout_ms, "%u", unsigned);
	APPLY(workers, "%d", int);
#undef APPLY
	if (live->log_level != nc.log_level)
		log_info("reload: log_level %s -> %s",
		    log_level_name(live->log_level),
		    log_level_name(nc.log_level));
	live->log_level = nc.log_level;
	/* Whatever else differs is read once, at start. */
	was = conffile_render(live);
	now = conffile_render(&nc);
	for (line = strtok_r(now, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		char *hit = strstr(was, line);
		size_t n = strlen(line);

		while (hit != NULL && !((hit == was || hit[-1] == '\n') &&
		    (hit[n] == '\n' || hit[n] == '\0')))
			hit = strstr(hit + 1, line);
		if (hit == NULL)
			log_warnx("reload: \"%s\" needs a restart; still "
			    "running with the old value", line);
	}
	free(was);
	free(now);
	config_free(&nc);
	return 0;
}
