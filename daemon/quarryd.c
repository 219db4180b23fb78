/*
 * quarryd.c — the daemon's entry point: settings, the checks that need no
 * binding, detaching when asked, the runtime directory, then the broker
 * role.
 */
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
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
#include "pidcache.h"
#include "preflight.h"
#include "privdrop.h"

/*
 * Free memory at the top of a malloc heap that is kept for the next
 * allocations instead of being handed back to the kernel (M_TRIM_THRESHOLD;
 * glibc's default is 128 KiB).  Articles and DONEs are allocated by
 * ZeroMQ's I/O thread, in its arena, and freed by quarryd's thread; JOBs
 * and Results the other way round.  Under a sustained flow the top of
 * each arena went past 128 KiB and back many times a second: every time,
 * madvise() or brk() gave the pages back and page faults took them again.
 * What is in flight is bounded by WORKERS_HOLD_BYTES (256 KiB) of JOBs per
 * worker plus their DONEs and Results, 2 MiB for 8 workers; 4 MiB covers
 * that and leaves the heaps trimmed after a burst.  Measured
 * (pipeline_bench, 20,000 articles of 4 KB, 2 workers, perf stat on
 * quarryd, three runs each): page faults 2,445-5,425 -> 858-889, madvise
 * 53-184 -> 1, brk 80-103 -> 11, CPU per article ~8 % less.  Setting it
 * also stops glibc from raising the mmap threshold on its own, so a block
 * of 128 KiB or more (a long article) is still mapped and unmapped.
 */
#define QUARRYD_TRIM_BYTES	(4 << 20)

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
	(void)mallopt(M_TRIM_THRESHOLD, QUARRYD_TRIM_BYTES);
	/* Before the first fork and the first thread. */
	if (pidcache_arm() == -1)
		log_warnx("pthread_atfork failed: getpid() stays a system call");
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
