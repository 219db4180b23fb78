/*
 * pidcache.h — getpid() from memory (pidcache.c says why).
 */
#ifndef QUARRY_PIDCACHE_H
#define QUARRY_PIDCACHE_H

/*
 * From now on getpid() answers from memory, kept right across fork()
 * (a pthread_atfork() handler).  Call it before any thread or fork.
 * 0, or -1 if the handler could not be registered (getpid() then stays a
 * system call).
 */
int	pidcache_arm(void);

#endif
