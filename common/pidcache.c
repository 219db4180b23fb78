/*
 * pidcache.c — getpid() answered from memory, for the program it is
 * linked into and every library it loads, instead of a system call each
 * time.
 *
 * libzmq calls getpid() on every wait of its signalers (signaler_t::wait,
 * to notice a fork): each receive that finds a socket empty, each send
 * that looks for commands, each eventfd write, on both the caller's
 * thread and ZeroMQ's I/O thread.  Since glibc 2.25 getpid() is a system
 * call every time, and in a VM every system call is dear.  Measured on
 * quarryd (pipeline_bench, 4 KB articles, 2 workers, perf stat
 * --per-thread -e syscalls:sys_enter_getpid): 1.4 getpid() per article of
 * 6.5 system calls when sustained, 4.2-5.8 of 14-19 at 4,000 articles a
 * second, where every article is its own chain of wake-ups.
 *
 * A definition in the executable takes precedence over libc's for every
 * shared library (the linker exports it, since libzmq refers to it), so
 * libzmq's calls come here.  The pid is read once when armed and again in
 * the child of every fork() (pthread_atfork), which is the only way these
 * programs get a new pid: quarryd forks to detach and to start workers,
 * which exec at once; nothing here uses vfork() or clone() directly.
 * Until armed, and if arming failed, it is the system call, as before.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include <sys/syscall.h>

#include "pidcache.h"

/* 0 until armed; then the pid, rewritten in each fork's child. */
static _Atomic pid_t pidcache_pid;

static void
pidcache_child(void)
{
	atomic_store_explicit(&pidcache_pid, (pid_t)syscall(SYS_getpid),
	    memory_order_relaxed);
}

pid_t
getpid(void)
{
	pid_t pid = atomic_load_explicit(&pidcache_pid, memory_order_relaxed);

	return pid != 0 ? pid : (pid_t)syscall(SYS_getpid);
}

int
pidcache_arm(void)
{
	if (pthread_atfork(NULL, NULL, pidcache_child) != 0)
		return -1;
	pidcache_child();
	return 0;
}
