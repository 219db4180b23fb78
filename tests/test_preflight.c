/*
 * test_preflight.c — the checks quarryd runs before binding
 * (preflight.c): --check-config refuses what start would refuse, with
 * the setting named, and a worker program the user cannot reach stops
 * the start instead of a restart loop behind "serving".
 */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <criterion/criterion.h>

#include "conffile.h"
#include "config.h"
#include "helpers.h"
#include "log.h"
#include "preflight.h"
#include "privdrop.h"

#define PF_OUT_MAX	8192

/* A fresh private directory for one test. */
static void
pf_tmpdir(char *dir, size_t len)
{
	snprintf(dir, len, "/tmp/quarry-pf-XXXXXX");
	cr_assert(mkdtemp(dir) != NULL, "mkdtemp: %s", strerror(errno));
}

static void
pf_write(const char *path, const char *text, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);

	cr_assert(fd != -1, "%s: %s", path, strerror(errno));
	cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	cr_assert_eq(chmod(path, mode), 0);
}

static void
pf_copy(const char *from, const char *to, mode_t mode)
{
	char buf[65536];
	int in = open(from, O_RDONLY), out;
	ssize_t n;

	cr_assert(in != -1, "%s: %s", from, strerror(errno));
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC, mode);
	cr_assert(out != -1, "%s: %s", to, strerror(errno));
	while ((n = read(in, buf, sizeof(buf))) > 0)
		cr_assert_eq(write(out, buf, (size_t)n), n);
	close(in);
	close(out);
	cr_assert_eq(chmod(to, mode), 0);
}

/*
 * Configure from args (after "quarryd --runtime-dir DIR") and run the
 * checks as start runs them.  Returns what failed first: 'p' parsing,
 * 'u' the user, 'c' preflight, or 0; err says why.
 */
static int
pf_run(const char *rt, const char *const *args, char *err, size_t errlen)
{
	char *argv[24];
	struct config c;
	uid_t uid;
	gid_t gid;
	int argc = 0, i, what = 0;

	argv[argc++] = strdup("quarryd");
	argv[argc++] = strdup("--runtime-dir");
	argv[argc++] = strdup(rt);
	for (i = 0; args[i] != NULL; i++)
		argv[argc++] = strdup(args[i]);
	argv[argc] = NULL;
	err[0] = '\0';
	if (conffile_configure(&c, argc, argv, err, errlen) != 0)
		what = 'p';
	else if (privdrop_check(&c, &uid, &gid, err, errlen) == -1)
		what = 'u';
	else if (preflight_check(&c, uid, gid, err, errlen) == -1)
		what = 'c';
	config_free(&c);
	for (i = 0; i < argc; i++)
		free(argv[i]);
	return what;
}

Test(preflight, check_config_refuses_what_start_would)
{
	char dir[64], rt[96], key[96], key644[96], allow[96], noexec[96],
	    err[2048];
	static const char z85[] = "JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6\n";
	size_t i;

	log_set_level(LOG_LEVEL_ERR);	/* no "running as root" lines */
	pf_tmpdir(dir, sizeof(dir));
	snprintf(rt, sizeof(rt), "%s/rt", dir);
	snprintf(key, sizeof(key), "%s/curve.key", dir);
	snprintf(key644, sizeof(key644), "%s/open.key", dir);
	snprintf(allow, sizeof(allow), "%s/allow", dir);
	snprintf(noexec, sizeof(noexec), "%s/not-a-program", dir);
	pf_write(key, z85, 0600);
	pf_write(key644, z85, 0644);
	pf_write(allow, z85, 0644);
	pf_write(noexec, "#!/bin/sh\n", 0644);
	{
		const struct {
			const char	*args[7];
			int		 what;
			const char	*want;
		} cases[] = {
			/* The list, each as start would meet it. */
			{ { "--ingest", "tcp://127.0.0.1" }, 'p', "--ingest" },
			{ { "--ingest", "htp://x:1" }, 'p', "--ingest" },
			{ { "--ingest", "127.0.0.1:7400" }, 'p', "--ingest" },
			{ { "--results", "tcp://127.0.0.1:99999" }, 'p',
			  "--results" },
			{ { "--ingest", "tcp://quarry-no-such-host.invalid:7400" },
			  'c', "ingest: \"tcp://quarry-no-such-host.invalid:7400\": "
			  "the host \"quarry-no-such-host.invalid\" does not "
			  "resolve" },
			{ { "--http", "127.0.0.1:7400" }, 'c',
			  "http: port 7400 of \"127.0.0.1:7400\" is ingest's "
			  "too" },
			{ { "--results", "tcp://0.0.0.0:7400" }, 'c',
			  "results: port 7400" },
			{ { "--curve-secret-key", "/nonexistent/k",
			    "--curve-allow", allow }, 'c',
			  "curve_secret_key: /nonexistent/k: No such file" },
			{ { "--curve-secret-key", key644, "--curve-allow",
			    allow }, 'c', "curve_secret_key: " },
			{ { "--curve-secret-key", key, "--curve-allow",
			    "/nonexistent/a" }, 'c', "curve_allow: " },
			{ { "--worker-bin", "/nonexistent/quarry-worker" },
			  'c', "worker_bin: /nonexistent/quarry-worker: No "
			  "such file" },
			{ { "--worker-bin", noexec }, 'c', "not executable" },
			{ { "--worker-bin", "quarry-no-such-program" }, 'c',
			  "worker_bin: \"quarry-no-such-program\" is not on "
			  "PATH" },
			{ { "--state-dir", "/nonexistent/state" }, 'c',
			  "state_dir: /nonexistent/state does not exist" },
			{ { "--state-dir", noexec }, 'c',
			  "state_dir: " },
		};

		for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
			int what = pf_run(rt, cases[i].args, err,
			    sizeof(err));

			cr_assert_eq(what, cases[i].what, "case %zu: %c: %s",
			    i, what ? what : '0', err);
			cr_assert(strstr(err, cases[i].want) != NULL,
			    "case %zu: \"%s\" lacks \"%s\"", i, err,
			    cases[i].want);
		}
	}
	{
		/* What passes: ports 0 (any free one) and a worker off
		 * PATH that is not needed without local workers. */
		char wb[TH_PATH_MAX];
		const char *ok1[] = { "--http", "127.0.0.1:0", "--worker-bin",
		    th_bin(wb, sizeof(wb), "quarry-worker"), NULL };
		const char *ok2[] = { "-w", "0", "--worker-bin", "/nonexistent",
		    NULL };
		const char *ok3[] = { "--curve-secret-key", key,
		    "--curve-allow", allow, "--state-dir", rt, "--worker-bin",
		    wb, NULL };

		cr_assert_eq(pf_run(rt, ok1, err, sizeof(err)), 0, "%s", err);
		cr_assert_eq(pf_run(rt, ok2, err, sizeof(err)), 0, "%s", err);
		cr_assert_eq(pf_run(rt, ok3, err, sizeof(err)), 0, "%s", err);
	}
	th_rmtree(dir);
}

/* The same through the binary: exit 2 and the setting on stderr. */
Test(preflight, check_config_exits_2_naming_the_setting)
{
	char bin[TH_PATH_MAX], dir[64], out[PF_OUT_MAX];
	char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarryd"),
	    (char *)"--runtime-dir", dir, (char *)"--state-dir",
	    (char *)"/nonexistent/state", (char *)"--check-config", NULL };

	pf_tmpdir(dir, sizeof(dir));
	cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 2, "%s",
	    out);
	cr_assert(strstr(out, "quarryd: state_dir: /nonexistent/state") !=
	    NULL, "%s", out);
	cr_assert(strstr(out, "[quarryd]") == NULL, "printed anyway: %s",
	    out);
	th_rmtree(dir);
}

/* A worker program in a 0700 directory of root's, --user nobody: the
 * start fails at once (exit 1) naming the path and the user. */
Test(preflight, unreachable_worker_stops_the_start)
{
	char bin[TH_PATH_MAX], dir[64], worker[96], rt[96], in[128],
	    res[128], out[PF_OUT_MAX];
	char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarryd"),
	    (char *)"--foreground", (char *)"--user", (char *)"nobody",
	    (char *)"--worker-bin", worker, (char *)"--runtime-dir", rt,
	    (char *)"--ingest", in, (char *)"--results", res,
	    (char *)"--http", (char *)"off", (char *)"-w", (char *)"1", NULL };

	if (geteuid() != 0)
		cr_skip_test("--user needs root (CI runs this as root)");
	cr_assert(getpwnam("nobody") != NULL, "no user nobody");
	pf_tmpdir(dir, sizeof(dir));	/* mode 0700, root's */
	snprintf(worker, sizeof(worker), "%s/quarry-worker", dir);
	snprintf(rt, sizeof(rt), "%s/rt", dir);
	snprintf(in, sizeof(in), "ipc://%s/in", rt);
	snprintf(res, sizeof(res), "ipc://%s/out", rt);
	pf_copy(th_bin(out, sizeof(out), "quarry-worker"), worker, 0755);
	cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 1, "%s",
	    out);
	cr_assert(strstr(out, worker) != NULL, "no path: %s", out);
	cr_assert(strstr(out, "user nobody") != NULL, "no user: %s", out);
	cr_assert(strstr(out, "serving") == NULL, "it served: %s", out);
	th_rmtree(dir);
}

/* After the drop, the check asks the kernel as the user (ACLs too). */
Test(preflight, worker_exec_after_the_drop_names_path_and_user)
{
	char dir[64], worker[96], err[1024], bin[TH_PATH_MAX];
	struct passwd *pw;
	struct config c;
	int status;
	pid_t pid;

	if (geteuid() != 0)
		cr_skip_test("setuid needs root (CI runs this as root)");
	cr_assert((pw = getpwnam("nobody")) != NULL);
	pf_tmpdir(dir, sizeof(dir));
	snprintf(worker, sizeof(worker), "%s/quarry-worker", dir);
	pf_copy(th_bin(bin, sizeof(bin), "quarry-worker"), worker, 0755);
	config_defaults(&c);
	free(c.worker_bin);
	c.worker_bin = strdup(worker);
	c.workers = 1;
	cr_assert_eq(preflight_worker_exec(&c, err, sizeof(err)), 0,
	    "root can: %s", err);
	pid = fork();
	cr_assert(pid != -1);
	if (pid == 0) {
		/* (setresuid clears PR_SET_PDEATHSIG: th_track covers it.) */
		if (setresgid(pw->pw_gid, pw->pw_gid, pw->pw_gid) == -1 ||
		    setresuid(pw->pw_uid, pw->pw_uid, pw->pw_uid) == -1)
			_exit(3);
		if (preflight_worker_exec(&c, err, sizeof(err)) != -1)
			_exit(4);
		if (strstr(err, worker) == NULL ||
		    strstr(err, "user nobody") == NULL ||
		    strstr(err, "worker_bin: ") != err)
			_exit(5);
		_exit(0);
	}
	th_track(pid);
	cr_assert_eq(th_wait(pid, TH_WAIT_MS, &status), 0);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "child status %#x", status);
	config_free(&c);
	th_rmtree(dir);
}

/* At start the same checks end it: exit 1, the setting named at err. */
Test(preflight, start_logs_the_setting_at_err)
{
	char bin[TH_PATH_MAX], dir[64], rt[96], key[96], allow[96],
	    out[PF_OUT_MAX];
	char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarryd"),
	    (char *)"--foreground", (char *)"--runtime-dir", rt,
	    (char *)"--curve-secret-key", key, (char *)"--curve-allow",
	    allow, (char *)"--http", (char *)"off", (char *)"-w", (char *)"0",
	    NULL };

	pf_tmpdir(dir, sizeof(dir));
	snprintf(rt, sizeof(rt), "%s/rt", dir);
	snprintf(key, sizeof(key), "%s/curve.key", dir);
	snprintf(allow, sizeof(allow), "%s/allow", dir);
	pf_write(key, "JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6\n", 0644);
	pf_write(allow, "", 0644);
	cr_assert_eq(th_run(argv, out, sizeof(out), TH_WAIT_MS), 1, "%s",
	    out);
	cr_assert(strstr(out, " err: curve_secret_key: ") != NULL, "%s", out);
	cr_assert(strstr(out, "chmod 600") != NULL, "%s", out);
	th_rmtree(dir);
}
