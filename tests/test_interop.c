/*
 * test_interop.c — a Python scraper and subscriber (python3-zmq,
 * python3-msgpack) against the real quarryd: the wire format is what
 * docs/protocol.md says, not just what our own C encoder happens to do.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <criterion/criterion.h>

#include "helpers.h"

Test(interop, python_client, .timeout = 90)
{
	const char *py = getenv("QUARRY_PYTHON");
	struct th_daemon d;
	int status;
	pid_t pid;

	if (py == NULL || *py == '\0')
		py = "/usr/bin/python3";
	th_daemon_start(&d, 2, NULL);
	{
		char *argv[] = { (char *)py, (char *)"tests/interop.py",
		    d.ingest, d.results, NULL };

		pid = th_spawn(argv, NULL);
	}
	cr_assert(th_wait(pid, 60000, &status) == 0, "interop.py hung");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "interop.py failed (status %#x); quarryd log:\n%s", status,
	    th_daemon_log(&d));
	status = th_daemon_stop(&d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "quarryd exit status %#x", status);
	th_rmtree(d.dir);
}
