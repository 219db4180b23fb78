/*
 * pagewatch.c — the page-entry counter of pagewatch.h.  While armed, the
 * buffer's pages are PROT_NONE except the last PAGEWATCH_RING entered;
 * touching another one raises SIGSEGV, which the handler counts, opens
 * that page, closes the oldest of the ring, and returns, so the access
 * runs again and succeeds.  A scan that reads the buffer once from start
 * to end enters each page once; one that goes back over what it read
 * enters the pages again, so the count measures bytes read, in pages.
 * A fault outside the buffer puts back the handler there was before and
 * returns: the access faults again and is handled as it would have been.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "pagewatch.h"

/*
 * Pages kept open at once: one 8- or 16-byte load can straddle two pages,
 * and a scan that reads a byte or two behind where it is (the character
 * before a mark) should not count twice; 4 leaves room for both.
 */
#define PAGEWATCH_RING	4

struct pagewatch {
	char		*buf;
	size_t		 len, pages, page;
};

/* The armed watch, for the handler (one at a time, see pagewatch.h). */
static struct pagewatch *pw_armed;
static size_t pw_ring[PAGEWATCH_RING], pw_nring, pw_next;
static volatile size_t pw_count, pw_budget;
static struct sigaction pw_old_segv;

static void
pw_open_all(struct pagewatch *pw)
{
	(void)mprotect(pw->buf, pw->pages * pw->page, PROT_READ | PROT_WRITE);
}

static void
pw_handler(int sig, siginfo_t *si, void *uctx)
{
	struct pagewatch *pw = pw_armed;
	uintptr_t a = (uintptr_t)si->si_addr, b;
	size_t pg, i;

	(void)uctx;
	b = pw != NULL ? (uintptr_t)pw->buf : 0;
	if (pw == NULL || a < b || a >= b + pw->pages * pw->page) {
		sigaction(sig, &pw_old_segv, NULL);
		return;
	}
	pg = (a - b) / pw->page;
	for (i = 0; i < pw_nring; i++)
		if (pw_ring[i] == pg) {
			/* Open yet faulting: not ours to explain. */
			sigaction(sig, &pw_old_segv, NULL);
			return;
		}
	if (++pw_count > pw_budget) {
		pw_open_all(pw);
		pw_nring = 0;
		return;
	}
	if (pw_nring == PAGEWATCH_RING) {
		(void)mprotect(pw->buf + pw_ring[pw_next] * pw->page,
		    pw->page, PROT_NONE);
		pw_ring[pw_next] = pg;
		pw_next = (pw_next + 1) % PAGEWATCH_RING;
	} else
		pw_ring[pw_nring++] = pg;
	(void)mprotect(pw->buf + pg * pw->page, pw->page,
	    PROT_READ | PROT_WRITE);
}

struct pagewatch *
pagewatch_new(size_t len)
{
	struct pagewatch *pw;
	long ps = sysconf(_SC_PAGESIZE);
	void *p;

	if (ps <= 0 || len == 0) {
		errno = EINVAL;
		return NULL;
	}
	if ((pw = calloc(1, sizeof(*pw))) == NULL)
		return NULL;
	pw->page = (size_t)ps;
	pw->len = len;
	pw->pages = (len + pw->page - 1) / pw->page;
	p = mmap(NULL, pw->pages * pw->page, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		free(pw);
		return NULL;
	}
	pw->buf = p;
	return pw;
}

void
pagewatch_destroy(struct pagewatch **pwp)
{
	struct pagewatch *pw = *pwp;

	if (pw == NULL)
		return;
	if (pw_armed == pw)
		(void)pagewatch_disarm(pw);
	munmap(pw->buf, pw->pages * pw->page);
	free(pw);
	*pwp = NULL;
}

char *
pagewatch_buf(struct pagewatch *pw)
{
	return pw->buf;
}

size_t
pagewatch_pages(const struct pagewatch *pw)
{
	return pw->pages;
}

void
pagewatch_arm(struct pagewatch *pw, size_t budget)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = pw_handler;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	pw_count = 0;
	pw_budget = budget;
	pw_nring = pw_next = 0;
	pw_armed = pw;
	sigaction(SIGSEGV, &sa, &pw_old_segv);
	(void)mprotect(pw->buf, pw->pages * pw->page, PROT_NONE);
}

size_t
pagewatch_disarm(struct pagewatch *pw)
{
	pw_open_all(pw);
	pw_armed = NULL;
	sigaction(SIGSEGV, &pw_old_segv, NULL);
	return pw_count;
}
