/*
 * quarryd.c — the daemon's entry point: settings, the checks that need no
 * binding, detaching when asked, the runtime directory, then the broker
 * role.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "broker.h"
#include "conffile.h"
#include "config.h"
#include "detach.h"
#include "dirlock.h"
#include "dirs.h"
#include "log.h"
#include "preflight.h"
#include "privdrop.h"

/*
 * The runtime directory holds the ipc sockets, the state directory the
 * spool: ours alone (0700), made and checked without following a
 * symbolic link (dirs.h).  owner is who we run as in the end: --user's
 * uid when root drops to it, so a restart as root finds the directories
 * the user was given last time.  Each is locked (dirlock.h): a second
 * quarryd on either refuses to start, naming the first one's pid.
 */
static int
quarryd_private_dir(const char *what, const char *dir, uid_t owner)
{
	char err[CONFIG_PATH_MAX + 128];
	int fd;

	if ((fd = dirs_open_private(dir, owner, (gid_t)-1, 0, err,
	    sizeof(err))) == -1) {
		log_errx("%s: %s", what, err);
		return -1;
	}
	if (dirlock_take(fd, dir, what, owner, err, sizeof(err)) == -1) {
		log_errx("%s", err);
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* The command line, kept for SIGHUP: the file is read again and the
 * same flags applied over it. */
struct quarryd_args {
	int	 argc;
	char	**argv;
};

static int
quarryd_reload(struct config *live, void *arg, char *err, size_t errlen)
{
	struct quarryd_args *a = arg;

	return conffile_reload(live, a->argc, a->argv, err, errlen);
}

int
main(int argc, char **argv)
{
	struct quarryd_args args = { argc, argv };
	struct config cfg;
	char err[2048];
	uid_t owner;
	gid_t group;
	int rc;

	log_init("quarryd", LOG_LEVEL_INFO);
	rc = conffile_configure(&cfg, argc, argv, err, sizeof(err));
	if (rc == 1) {
		config_free(&cfg);
		return 0;
	}
	if (rc < 0) {
		fprintf(stderr, "quarryd: %s\n", err);
		if (rc == -1)
			fprintf(stderr, "quarryd --help lists the options\n");
		config_free(&cfg);
		return 2;
	}
	if (cfg.check_config)
		log_set_level(LOG_LEVEL_ERR);	/* no "running as root" */
	else
		log_set_level(cfg.log_level);
	/* Everything that can be found wrong without binding, before
	 * anything is created: --check-config runs the same. */
	if (privdrop_check(&cfg, &owner, &group, err, sizeof(err)) == -1) {
		fprintf(stderr, "quarryd: %s\n", err);
		config_free(&cfg);
		return 2;
	}
	/* Well-formed settings this system refuses: 1 at start, like a
	 * failed bind; --check-config says 2 for anything invalid. */
	if (preflight_check(&cfg, owner, group, err, sizeof(err)) == -1) {
		if (cfg.check_config)
			fprintf(stderr, "quarryd: %s\n", err);
		else
			log_errx("%s", err);
		rc = cfg.check_config ? 2 : 1;
		config_free(&cfg);
		return rc;
	}
	if (cfg.check_config) {
		printf("# quarryd %s: %s\n[%s]\n", QUARRY_VERSION,
		    cfg.config_file != NULL ? cfg.config_file :
		    "no settings file: built-in defaults and flags",
		    CONFFILE_SECTION);
		config_print(&cfg, stdout);
		config_free(&cfg);
		return 0;
	}
	/* Fork now, detach once serving: the parent reports how start-up
	 * went (detach.h). */
	if (!cfg.foreground)
		detach_start();
	if (cfg.pidfile != NULL && detach_pidfile(cfg.pidfile, err,
	    sizeof(err)) == -1) {
		log_errx("%s", err);
		config_free(&cfg);
		return 1;
	}
	if (quarryd_private_dir("runtime directory", cfg.runtime_dir,
	    owner) == -1 || (cfg.spool && cfg.state_dir != NULL &&
	    quarryd_private_dir("state directory", cfg.state_dir,
	    owner) == -1))
		rc = 1;
	else
		rc = broker_main(&cfg, quarryd_reload, &args) == 0 ? 0 : 1;
	detach_pidfile_remove();
	config_free(&cfg);
	return rc;
}
