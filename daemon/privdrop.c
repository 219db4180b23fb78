/*
 * privdrop.c — becoming --user after binding.
 *
 * Root is needed only to bind (a port under 1024, a directory under /run)
 * and to open what root owns; from then on quarryd and every worker it
 * starts run as the user.  What the user must still write to — the
 * runtime directory (ipc sockets are unlinked there at exit), the ipc
 * sockets (workers connect to them), the state directory and the spool
 * files (new segments, compaction) — is handed over first.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dirs.h"
#include "log.h"
#include "privdrop.h"

int
privdrop_check(const struct config *c, uid_t *uid, gid_t *gid, char *err,
    size_t errlen)
{
	struct passwd *pw;

	*uid = geteuid();
	*gid = getegid();
	if (c->user == NULL) {
		if (geteuid() == 0)
			log_warnx("running as root: --user NAME (or systemd's "
			    "DynamicUser=) would drop root after binding");
		return 0;
	}
	errno = 0;
	if ((pw = getpwnam(c->user)) == NULL) {
		snprintf(err, errlen, "user: no user \"%s\"%s%s", c->user,
		    errno ? ": " : "", errno ? strerror(errno) : "");
		return -1;
	}
	if (geteuid() != 0 && pw->pw_uid != geteuid()) {
		snprintf(err, errlen, "user: only root can become \"%s\"; "
		    "run as root or drop --user", c->user);
		return -1;
	}
	if (pw->pw_uid == 0) {
		snprintf(err, errlen, "user: \"%s\" is root: name an "
		    "unprivileged user", c->user);
		return -1;
	}
	*uid = pw->pw_uid;
	*gid = pw->pw_gid;
	return 0;
}

/* Never through a symbolic link: one planted at path is left alone. */
static void
privdrop_chown(const char *path, uid_t uid, gid_t gid)
{
	if (fchownat(AT_FDCWD, path, uid, gid, AT_SYMLINK_NOFOLLOW) == -1 &&
	    errno != ENOENT)
		fatal("chown %s", path);
}

/* A directory we made: through its descriptor (dirs.h). */
static void
privdrop_chown_dir(const char *what, const char *dir, uid_t uid, gid_t gid)
{
	char err[CONFIG_PATH_MAX + 128];
	int fd;

	if ((fd = dirs_open_private(dir, uid, gid, DIRS_CHOWN, err,
	    sizeof(err))) == -1)
		fatalx("%s: %s", what, err);
	close(fd);
}

static void
privdrop_chown_ipc(const char *endpoint, uid_t uid, gid_t gid)
{
	if (strncmp(endpoint, "ipc://", 6) == 0)
		privdrop_chown(endpoint + 6, uid, gid);
}

/* The state directory, its spool and the spool's files (one level). */
static void
privdrop_chown_state(const char *dir, uid_t uid, gid_t gid)
{
	char spool[CONFIG_PATH_MAX + 8], path[CONFIG_PATH_MAX + 300];
	struct dirent *e;
	DIR *d;

	privdrop_chown_dir("state directory", dir, uid, gid);
	snprintf(spool, sizeof(spool), "%s/spool", dir);
	privdrop_chown(spool, uid, gid);
	if ((d = opendir(spool)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", spool, e->d_name);
		privdrop_chown(path, uid, gid);
	}
	closedir(d);
}

void
privdrop_drop(const struct config *c)
{
	struct passwd *pw;
	uid_t uid;
	gid_t gid;

	if (c->user == NULL || geteuid() != 0)
		return;
	if ((pw = getpwnam(c->user)) == NULL)
		fatalx("user %s: gone since start", c->user);
	uid = pw->pw_uid;
	gid = pw->pw_gid;
	privdrop_chown_dir("runtime directory", c->runtime_dir, uid, gid);
	privdrop_chown_ipc(c->ingest, uid, gid);
	privdrop_chown_ipc(c->results, uid, gid);
	privdrop_chown_ipc(c->workers_endpoint, uid, gid);
	if (c->state_dir != NULL)
		privdrop_chown_state(c->state_dir, uid, gid);

	/* Groups first, then the gid, then the uid: after setuid there is
	 * no privilege left to change the other two. */
	if (setgroups(1, &gid) == -1)
		fatal("setgroups");
	if (setresgid(gid, gid, gid) == -1)
		fatal("setresgid %lu", (unsigned long)gid);
	if (setresuid(uid, uid, uid) == -1)
		fatal("setresuid %lu", (unsigned long)uid);
	if (setuid(0) != -1 || seteuid(0) != -1 || setgid(0) != -1)
		fatalx("user %s: root could be had back after the drop",
		    c->user);
	if (getuid() != uid || geteuid() != uid || getgid() != gid ||
	    getegid() != gid)
		fatalx("user %s: ids not as set after the drop", c->user);
	log_info("running as user %s (uid %lu, gid %lu)", c->user,
	    (unsigned long)uid, (unsigned long)gid);
}
