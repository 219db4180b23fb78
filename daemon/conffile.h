/*
 * conffile.h — quarryd's settings file (/etc/quarry/quarryd.conf): INI,
 * read with libinih, every key the twin of a command-line flag.
 *
 * Precedence: built-in defaults, then the file, then the flags.  The file
 * is --config PATH, else CONFIG_FILE_DEFAULT when it exists (an explicit
 * --config that does not exist is an error).  SIGHUP runs the same steps
 * again and applies what can change while running.
 */
#ifndef QUARRY_CONFFILE_H
#define QUARRY_CONFFILE_H

#include <stddef.h>

#include "config.h"

/* The one section the file has. */
#define CONFFILE_SECTION	"quarryd"

/*
 * Apply the settings in path over c.  0, or -1 with err naming the file,
 * the line and the key: "quarryd.conf:12: queue_max: \"12x\" is not ...".
 */
int	conffile_load(struct config *, const char *path, char *err,
	    size_t errlen);

/*
 * Defaults, the file, the flags, then config_finish().  Returns 0 to run,
 * 1 when the program should exit 0 (--help, --version), -1 on a usage
 * error in the flags, -2 on a bad file or inconsistent settings (err).
 */
int	conffile_configure(struct config *, int argc, char **argv,
	    char *err, size_t errlen);

/*
 * SIGHUP: read everything again as conffile_configure() does, and copy
 * into live what a running quarryd can apply (log level, queue limit,
 * attempts, timeouts, worker count), logging each change and each setting
 * that needs a restart.  0, or -1 with err and live untouched.
 */
int	conffile_reload(struct config *live, int argc, char **argv,
	    char *err, size_t errlen);

/* The i-th key the file accepts, NULL past the last (tests, docs). */
const char *conffile_key(size_t i);

#endif
