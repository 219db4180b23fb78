/*
 * util.h — allocation that dies on out-of-memory, for daemon and tool code
 * only: the extraction library and the protocol return errors instead.
 */
#ifndef QUARRY_UTIL_H
#define QUARRY_UTIL_H

#include <stddef.h>
#include <stdint.h>

void	*xmalloc(size_t size);
void	*xcalloc(size_t n, size_t size);
void	*xreallocarray(void *p, size_t n, size_t size);
char	*xstrdup(const char *s);
void	*xmemdup(const void *p, size_t size);

/* Monotonic clock in microseconds. */
uint64_t now_us(void);

#endif
