/*
 * pagewatch.h — counts how many times code enters the pages of a buffer,
 * so a test can say how much a function read without timing it.
 */
#ifndef QUARRY_PAGEWATCH_H
#define QUARRY_PAGEWATCH_H
#include <stddef.h>

struct pagewatch;

/* A buffer of len bytes (page-aligned, readable and writable until
 * armed); NULL with errno set. */
struct pagewatch *pagewatch_new(size_t len);
void	pagewatch_destroy(struct pagewatch **);
char	*pagewatch_buf(struct pagewatch *);
/* How many pages the buffer spans. */
size_t	pagewatch_pages(const struct pagewatch *);
/*
 * Count from now on: every time code touches a page of the buffer that is
 * not one of the last PAGEWATCH_RING it touched counts one.  Past budget
 * the watch gives up counting and leaves the buffer open (so a runaway
 * scan finishes at full speed); disarm then returns budget + 1.  One
 * watch armed at a time per process.
 */
void	pagewatch_arm(struct pagewatch *, size_t budget);
/* Stop counting, open the buffer again; the count. */
size_t	pagewatch_disarm(struct pagewatch *);
#endif
