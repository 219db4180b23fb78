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

/*
 * Make *v, an array of *cap elements of elem bytes, hold at least need:
 * doubling from 16, overflow-checked.  Unlike the x* functions it never
 * dies: 0, or -1 with errno ENOMEM (for the pure layers: protocol,
 * extraction).
 */
int	array_reserve(void **v, size_t *cap, size_t need, size_t elem);

/*
 * The one parser of whole numbers in settings and flags: s is decimal
 * digits only (no sign, no spaces, no suffix) and the value lies in
 * [lo, hi].  0 with *out, or -1 (out untouched).
 */
int	util_parse_number(const char *s, unsigned long long lo,
	    unsigned long long hi, unsigned long long *out);

/* Monotonic clock in microseconds. */
uint64_t now_us(void);

#endif
