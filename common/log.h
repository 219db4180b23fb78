/*
 * log.h — the one logging facility of every quarry program.
 *
 * Messages go to stderr, one line per event.  Under systemd (JOURNAL_STREAM
 * names our stderr) each line carries a "<N>" syslog priority prefix that
 * journald turns into the entry's priority; elsewhere a UTC timestamp and
 * the program name lead the line.  log_warn() and fatal() append
 * strerror(errno); the -x variants do not.
 */
#ifndef QUARRY_LOG_H
#define QUARRY_LOG_H

#include <stddef.h>

enum log_level {
	LOG_LEVEL_ERR = 3,	/* syslog numbering, so the prefix is the level */
	LOG_LEVEL_WARN = 4,
	LOG_LEVEL_INFO = 6,
	LOG_LEVEL_DEBUG = 7,
};

/* Longest excerpt of untrusted text a log line may carry, in bytes. */
#define LOG_EXCERPT_MAX 64

void	log_init(const char *progname, enum log_level level);
void	log_set_level(enum log_level level);
enum log_level log_get_level(void);
/* "err", "warn", "info", "debug" -> level; -1 if unknown. */
int	log_level_parse(const char *name);
const char *log_level_name(enum log_level level);

/* Errors that end the program but through its ordinary exit path. */
void	log_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_errx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	fatal(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
void	fatalx(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2), noreturn));

/*
 * Escape untrusted bytes for a log line: printable ASCII is kept, everything
 * else becomes \n, \t, \" or \xNN, and the result is cut after
 * LOG_EXCERPT_MAX input bytes with "..." appended.  Returns buf.
 * buf must hold LOG_EXCERPT_BUFSZ bytes.
 */
#define LOG_EXCERPT_BUFSZ (LOG_EXCERPT_MAX * 4 + 4)
const char *log_excerpt(char *buf, const void *text, size_t len);

#endif
