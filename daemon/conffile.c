/*
 * conffile.c — the settings file.
 *
 * Each key is a file-scope entry of the options table (options.c): its
 * value goes through options_set(), as a flag's does, so the file and the
 * command line share one parser, one set of bounds and one wording of
 * errors, and an error names the file, the line and the key.
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <ini.h>

#include "conffile.h"
#include "log.h"
#include "options.h"
#include "util.h"

/* Longest line: a key, " = " and a path of CONFIG_PATH_MAX, plus the
 * three bytes inih wants for "\r\n\0".  Longer lines are refused by name
 * rather than cut. */
#define CONFFILE_LINE_MAX	(CONFIG_PATH_MAX + 64 + 3)

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
	size_t k;

	for (k = 0; k < options_count; k++)
		if ((options_table[k].scope & OPTIONS_FILE) && i-- == 0)
			return options_table[k].name;
	return NULL;
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
conffile_handler(void *arg, const char *section, const char *name,
    const char *value)
{
	struct conffile_state *st = arg;
	const struct options_entry *o;
	char why[512];

	if (strcmp(section, CONFFILE_SECTION) != 0) {
		if (*section == '\0')
			conffile_error(st, name, "before the [%s] line",
			    CONFFILE_SECTION);
		else
			conffile_error(st, name, "in unknown section [%s]",
			    section);
		return 0;
	}
	if ((o = options_by_name(name)) == NULL ||
	    !(o->scope & OPTIONS_FILE)) {
		conffile_error(st, name, "unknown key");
		return 0;
	}
	if (options_set(st->cfg, o, value, why, sizeof(why)) == -1) {
		conffile_error(st, name, "%s", why);
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

int
conffile_reload(struct config *live, int argc, char **argv, char *err,
    size_t errlen)
{
	const struct options_entry *o;
	char was[CONFIG_PATH_MAX + 64], now[CONFIG_PATH_MAX + 64];
	struct config nc;
	size_t i;
	int rc, had, has;

	rc = conffile_configure(&nc, argc, argv, err, errlen);
	if (rc != 0) {
		if (rc == 1)
			snprintf(err, errlen, "the flags ask for --help");
		config_free(&nc);
		return -1;
	}
	/* The table says what a running quarryd can apply; whatever else
	 * differs is read once, at start. */
	for (i = 0; i < options_count; i++) {
		o = &options_table[i];
		if (!(o->scope & OPTIONS_FILE))
			continue;
		had = options_format(live, o, was, sizeof(was)) == 0;
		has = options_format(&nc, o, now, sizeof(now)) == 0;
		if (had == has && (!had || strcmp(was, now) == 0))
			continue;
		if (o->reload) {
			log_info("reload: %s %s -> %s", o->name,
			    had ? was : "(not set)", has ? now : "(not set)");
			options_copy(live, &nc, o);
		} else
			log_warnx("reload: \"%s = %s\" needs a restart; still "
			    "running with the old value", o->name,
			    has ? now : "");
	}
	config_free(&nc);
	return 0;
}
