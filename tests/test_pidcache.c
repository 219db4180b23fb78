/*
 * test_pidcache.c — getpid() from memory (common/pidcache.c): the same
 * answer as the system call, before and after arming, on every thread,
 * in the child of a fork, and the one libzmq gets.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <criterion/criterion.h>

#include "pidcache.h"

static pid_t
sys_getpid(void)
{
	return (pid_t)syscall(SYS_getpid);
}

static void *
pc_thread(void *arg)
{
	*(pid_t *)arg = getpid();
	return NULL;
}

Test(pidcache, answers_as_the_system_call_across_fork)
{
	pid_t child, parent, in_thread = 0;
	pthread_t t;
	int status;

	cr_assert_eq(getpid(), sys_getpid(), "unarmed");
	cr_assert_eq(pidcache_arm(), 0);
	parent = sys_getpid();
	cr_assert_eq(getpid(), parent);
	cr_assert_eq(pthread_create(&t, NULL, pc_thread, &in_thread), 0);
	cr_assert_eq(pthread_join(t, NULL), 0);
	cr_assert_eq(in_thread, parent);
	child = fork();
	cr_assert_neq(child, -1);
	if (child == 0)
		_exit(getpid() == sys_getpid() && getpid() != parent ? 0 : 1);
	cr_assert_eq(waitpid(child, &status, 0), child);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "the child of a fork saw another pid than its own");
	cr_assert_eq(getpid(), parent);
}

/* The executable's getpid() is the one the libraries bind to (libzmq's
 * signalers): it is exported, and found before libc's. */
Test(pidcache, libraries_get_this_getpid)
{
	void *libc = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD);

	cr_assert_eq(dlsym(RTLD_DEFAULT, "getpid"), (void *)getpid);
	cr_assert_not_null(libc);
	cr_assert_neq(dlsym(libc, "getpid"), (void *)getpid);
	dlclose(libc);
}
