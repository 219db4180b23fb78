/*
 * quarryd.c — the daemon's entry point: settings, the runtime directory,
 * detaching when asked, then the broker role.
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
#include "dirs.h"
#include "log.h"
#include "privdrop.h"

/*
 * The runtime directory holds the ipc sockets, the state directory the
 * spool: ours alone (0700), made and checked without following a
 * symbolic link (dirs.h).  owner is who we run as in the end: --user's
 * uid when root drops to it, so a restart as root finds the directories
 * the user was given last time.
 */
static void
quarryd_private_dir(const char *what, const char *dir, uid_t owner)
{
	char err[CONFIG_PATH_MAX + 128];
	int fd;

	if ((fd = dirs_open_private(dir, owner, (gid_t)-1, 0, err,
	    sizeof(err))) == -1)
		fatalx("%s: %s", what, err);
	close(fd);
}

/*
 * Leave the terminal: fork, new session, stdin from /dev/null.  stderr is
 * kept, so an operator who redirected it keeps the log.
 */
static void
quarryd_detach(void)
{
	int fd;

	switch (fork()) {
	case -1:
		fatal("fork");
	case 0:
		break;
	default:
		_exit(0);
	}
	if (setsid() == -1)
		fatal("setsid");
	if ((fd = open("/dev/null", O_RDWR)) != -1) {
		dup2(fd, STDIN_FILENO);
		dup2(fd, STDOUT_FILENO);
		if (fd > STDERR_FILENO)
			close(fd);
	}
	if (chdir("/") == -1)
		fatal("chdir /");
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
	char err[1024];
	uid_t owner;
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
	if (cfg.check_config) {
		printf("# quarryd %s: %s\n[%s]\n", QUARRY_VERSION,
		    cfg.config_file != NULL ? cfg.config_file :
		    "no settings file: built-in defaults and flags",
		    CONFFILE_SECTION);
		config_print(&cfg, stdout);
		config_free(&cfg);
		return 0;
	}
	log_set_level(cfg.log_level);
	if (privdrop_check(&cfg, &owner, err, sizeof(err)) == -1) {
		fprintf(stderr, "quarryd: %s\n", err);
		config_free(&cfg);
		return 2;
	}
	quarryd_private_dir("runtime directory", cfg.runtime_dir, owner);
	if (cfg.spool && cfg.state_dir != NULL)
		quarryd_private_dir("state directory", cfg.state_dir, owner);
	if (!cfg.foreground)
		quarryd_detach();
	rc = broker_main(&cfg, quarryd_reload, &args) == 0 ? 0 : 1;
	config_free(&cfg);
	return rc;
}
