/*
 * test_clients.c — the Python clients in clients/ (docs/clients.md), run
 * under /usr/bin/python3 against the real quarryd: the producer retries
 * through "busy" until a worker appears, the subscriber syncs and prints
 * every result; the Scrapy pipeline feeds it from a real crawl
 * (tests/scrapy_crawl.py).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

#include <criterion/criterion.h>

#include "helpers.h"

static const char *
clients_python(void)
{
	const char *py = getenv("QUARRY_PYTHON");

	return py != NULL && *py != '\0' ? py : "/usr/bin/python3";
}

/* Wait (bounded) for a file to exist. */
static int
clients_wait_file(const char *path)
{
	struct timespec pause = { 0, 20 * 1000000 };
	int i;

	for (i = 0; i < TH_WAIT_MS / 20; i++) {
		if (access(path, F_OK) == 0)
			return 0;
		nanosleep(&pause, NULL);
	}
	return -1;
}

Test(clients, python_producer_and_subscriber, .timeout = 120)
{
	/* No workers and room for two: the producer must meet "busy". */
	static const char *extra[] = { "--queue-max", "2", NULL };
	char ready[TH_PATH_MAX + 16], out[TH_PATH_MAX + 16], bin[TH_PATH_MAX];
	char line[65536], *argv_w[8];
	struct th_daemon d;
	int status, n = 0;
	pid_t sub, prod, worker;
	FILE *f;

	th_daemon_start(&d, 0, extra);
	snprintf(ready, sizeof(ready), "%s/sub.ready", d.dir);
	snprintf(out, sizeof(out), "%s/results.jsonl", d.dir);
	{
		char *argv[] = { (char *)clients_python(),
		    (char *)"clients/subscriber.py", (char *)"--endpoint",
		    d.results, (char *)"--count", (char *)"5",
		    (char *)"--timeout", (char *)"60", (char *)"--ready-file",
		    ready, NULL };

		sub = th_spawn(argv, out);
	}
	cr_assert(clients_wait_file(ready) == 0, "subscriber never synced");
	{
		char *argv[] = { (char *)clients_python(),
		    (char *)"clients/producer.py", (char *)"--endpoint",
		    d.ingest, (char *)"examples/articles.jsonl", NULL };

		prod = th_spawn(argv, NULL);
	}
	/* Two articles fill the queue; the rest wait on busy until a
	 * worker (started by hand, as on another host) drains it. */
	argv_w[0] = (char *)th_bin(bin, sizeof(bin), "quarry-worker");
	argv_w[1] = (char *)"--connect";
	argv_w[2] = d.workers;
	argv_w[3] = (char *)"--log-level";
	argv_w[4] = (char *)"warn";
	argv_w[5] = NULL;
	worker = th_spawn(argv_w, NULL);
	cr_assert(th_wait(prod, 60000, &status) == 0, "producer hung");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "producer failed (%#x); log:\n%s", status, th_daemon_log(&d));
	cr_assert(th_wait(sub, 60000, &status) == 0, "subscriber hung");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "subscriber failed (%#x)", status);
	f = fopen(out, "r");
	cr_assert_not_null(f);
	while (fgets(line, sizeof(line), f) != NULL) {
		cr_assert(strstr(line, "\"topic\": \"result.") != NULL,
		    "not a result: %.200s", line);
		cr_assert(strstr(line, "\"quotes\"") != NULL);
		n++;
	}
	fclose(f);
	cr_assert_eq(n, 5, "%d results", n);
	kill(worker, SIGTERM);
	th_wait(worker, TH_WAIT_MS, &status);
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	th_rmtree(d.dir);
}

/*
 * The Scrapy pipeline (clients/scrapy_quarry.py) in a real crawl:
 * tests/scrapy_crawl.py serves the samples over HTTP, crawls them with
 * clients/example_spider.py and checks acks, stats and results.  Skipped,
 * saying why, only when python3-scrapy cannot be imported.
 */
static struct th_daemon	 sc_daemon;
static pid_t		 sc_script;
static char		 sc_keydir[32];

static void
sc_fini(void)
{
	int status;

	if (sc_script > 0) {
		kill(sc_script, SIGKILL);
		waitpid(sc_script, &status, 0);
		sc_script = 0;
	}
	if (sc_daemon.pid > 0) {
		th_daemon_stop(&sc_daemon);
		th_rmtree(sc_daemon.dir);
		sc_daemon.pid = 0;
	}
	if (sc_keydir[0] != '\0') {
		th_rmtree(sc_keydir);
		sc_keydir[0] = '\0';
	}
}

static void
sc_need_scrapy(void)
{
	char *argv[] = { (char *)clients_python(), (char *)"-c",
	    (char *)"import scrapy, itemadapter, w3lib", NULL };
	int status;
	pid_t pid = th_spawn(argv, "/dev/null");

	cr_assert(th_wait(pid, TH_WAIT_MS, &status) == 0,
	    "importing scrapy hung");
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		cr_skip_test("python3-scrapy cannot be imported by %s "
		    "(make deps installs it)", clients_python());
}

/* Run tests/scrapy_crawl.py with argv[2..]; assert it passed. */
static void
sc_run(char **args)
{
	char *argv[10];
	int i, status;

	argv[0] = (char *)clients_python();
	argv[1] = (char *)"tests/scrapy_crawl.py";
	for (i = 0; args[i] != NULL && i < 7; i++)
		argv[i + 2] = args[i];
	argv[i + 2] = NULL;
	sc_script = th_spawn(argv, NULL);
	cr_assert(th_wait(sc_script, 400000, &status) == 0,
	    "scrapy_crawl.py %s hung", args[0]);
	sc_script = 0;
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "scrapy_crawl.py %s failed (%#x); quarryd log:\n%s", args[0],
	    status, th_daemon_log(&sc_daemon));
}

Test(clients, scrapy_crawl, .timeout = 420, .fini = sc_fini)
{
	/* No workers and room for two: the crawl meets "busy" and must
	 * finish scraping before the script starts a worker. */
	static const char *extra[] = { "--queue-max", "2", NULL };
	char *args[] = { (char *)"crawl", (char *)th_build(), NULL, NULL,
	    NULL, NULL };
	int status;

	sc_need_scrapy();
	th_daemon_start(&sc_daemon, 0, extra);
	args[2] = sc_daemon.ingest;
	args[3] = sc_daemon.results;
	args[4] = sc_daemon.workers;
	sc_run(args);
	status = th_daemon_stop(&sc_daemon);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarryd exit status %#x", status);
	th_rmtree(sc_daemon.dir);
}

Test(clients, scrapy_broker_down, .timeout = 420, .fini = sc_fini)
{
	char pid[32], unacked[TH_PATH_MAX + 16];
	char *args[] = { (char *)"down", (char *)th_build(), NULL, pid,
	    unacked, NULL };
	int status;

	sc_need_scrapy();
	th_daemon_start(&sc_daemon, 1, NULL);
	snprintf(pid, sizeof(pid), "%ld", (long)sc_daemon.pid);
	snprintf(unacked, sizeof(unacked), "%s/unacked.jsonl", sc_daemon.dir);
	args[2] = sc_daemon.ingest;
	sc_run(args);
	/* The script killed it: reap it here. */
	cr_assert(th_wait(sc_daemon.pid, TH_WAIT_MS, &status) == 0);
	cr_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
	    "quarryd status %#x", status);
	sc_daemon.pid = 0;
	th_rmtree(sc_daemon.dir);
}

Test(clients, scrapy_key_files_and_mapping, .timeout = 120, .fini = sc_fini)
{
	char *args[] = { (char *)"keys", (char *)th_build(), sc_keydir,
	    NULL };

	sc_need_scrapy();
	snprintf(sc_keydir, sizeof(sc_keydir), "/tmp/quarry-keys-XXXXXX");
	cr_assert_not_null(mkdtemp(sc_keydir));
	sc_run(args);
}
