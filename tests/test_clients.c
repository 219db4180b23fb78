/*
 * test_clients.c — the Python clients in clients/ (docs/clients.md), run
 * under /usr/bin/python3 against the real quarryd: the producer retries
 * through "busy" until a worker appears, the subscriber syncs and prints
 * every result.
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
