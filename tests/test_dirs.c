/*
 * test_dirs.c — private directories made and checked without following
 * a symbolic link (dirs.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <criterion/criterion.h>

#include "dirs.h"
#include "helpers.h"

static char dt_dir[64];

static void
dt_init(void)
{
	snprintf(dt_dir, sizeof(dt_dir), "/tmp/quarry-dirs-XXXXXX");
	cr_assert_not_null(mkdtemp(dt_dir));
}

static void
dt_fini(void)
{
	th_rmtree(dt_dir);
}

static void
dt_path(char *buf, size_t len, const char *name)
{
	snprintf(buf, len, "%s/%s", dt_dir, name);
}

TestSuite(dirs, .init = dt_init, .fini = dt_fini);

Test(dirs, made_private_when_missing_and_tightened_when_open)
{
	char path[128], err[256];
	struct stat st;
	int fd;

	dt_path(path, sizeof(path), "run");
	fd = dirs_open_private(path, geteuid(), getegid(), 0, err,
	    sizeof(err));
	cr_assert(fd >= 0, "%s", err);
	close(fd);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert(S_ISDIR(st.st_mode));
	cr_assert_eq(st.st_mode & 07777, 0700);
	/* An existing one readable by others is made 0700. */
	cr_assert_eq(chmod(path, 0755), 0);
	fd = dirs_open_private(path, geteuid(), getegid(), 0, err,
	    sizeof(err));
	cr_assert(fd >= 0, "%s", err);
	close(fd);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 07777, 0700);
}

/* The finding: a link planted at the path made quarryd chmod (and as
 * root chown) whatever it named.  Now: refused, the target untouched. */
Test(dirs, planted_symlink_is_refused_and_its_target_untouched)
{
	char path[128], target[128], err[256];
	struct stat before, after;

	dt_path(target, sizeof(target), "victim");
	dt_path(path, sizeof(path), "run");
	cr_assert_eq(mkdir(target, 0755), 0);
	cr_assert_eq(chmod(target, 0755), 0);
	cr_assert_eq(symlink(target, path), 0);
	cr_assert_eq(stat(target, &before), 0);
	cr_assert_eq(dirs_open_private(path, 65534, 65534, DIRS_CHOWN, err,
	    sizeof(err)), -1);
	cr_assert(strstr(err, "symbolic link") != NULL, "%s", err);
	cr_assert_eq(stat(target, &after), 0);
	cr_assert_eq(after.st_mode, before.st_mode);
	cr_assert_eq(after.st_uid, before.st_uid);
	cr_assert_eq(after.st_gid, before.st_gid);

	/* A dangling link is refused too, and nothing is created. */
	dt_path(path, sizeof(path), "dangling");
	dt_path(target, sizeof(target), "nowhere");
	cr_assert_eq(symlink(target, path), 0);
	cr_assert_eq(dirs_open_private(path, geteuid(), getegid(), 0, err,
	    sizeof(err)), -1);
	cr_assert(strstr(err, "symbolic link") != NULL, "%s", err);
	cr_assert_eq(access(target, F_OK), -1);
}

Test(dirs, a_file_is_not_a_directory)
{
	char path[128], err[256];
	int fd;

	dt_path(path, sizeof(path), "file");
	cr_assert((fd = open(path, O_CREAT | O_WRONLY, 0600)) >= 0);
	close(fd);
	cr_assert_eq(dirs_open_private(path, geteuid(), getegid(), 0, err,
	    sizeof(err)), -1);
	cr_assert(strstr(err, "not a directory") != NULL, "%s", err);
}

Test(dirs, someone_elses_directory_is_refused)
{
	char path[128], err[256];
	struct stat st;
	int fd;

	if (geteuid() != 0)
		cr_skip_test("needs root to give a directory away");
	dt_path(path, sizeof(path), "theirs");
	cr_assert_eq(mkdir(path, 0777), 0);
	cr_assert_eq(chmod(path, 0777), 0);
	cr_assert_eq(chown(path, 65534, 65534), 0);
	/* Neither ours (root) nor the final owner's (uid 12345). */
	cr_assert_eq(dirs_open_private(path, 12345, 12345, DIRS_CHOWN, err,
	    sizeof(err)), -1);
	cr_assert(strstr(err, "owned by uid 65534") != NULL, "%s", err);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_uid, 65534);
	cr_assert_eq(st.st_mode & 07777, 0777);
	/* Owned by the user we become: handed over on the descriptor. */
	fd = dirs_open_private(path, 65534, 65534, DIRS_CHOWN, err,
	    sizeof(err));
	cr_assert(fd >= 0, "%s", err);
	close(fd);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 07777, 0700);
}
