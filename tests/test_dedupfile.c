/*
 * test_dedupfile.c — the journal of finished ids: what finished within
 * the window comes back after a reopen, older ids and torn records do
 * not, and the file is rewritten from the ledger once it has grown.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include <criterion/criterion.h>

#include "dedupfile.h"
#include "helpers.h"
#include "ledger.h"
#include "util.h"

#define DF_WINDOW_US	(600 * 1000000ULL)

static void
df_path(char *dir, size_t dlen, char *path, size_t plen)
{
	snprintf(dir, dlen, "/tmp/quarry-dedup-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, plen, "%s/dedup.log", dir);
}

static struct dedupfile *
df_open(const char *path, struct ledger *l)
{
	char err[256];
	struct dedupfile *d = dedupfile_open(path, l, DF_WINDOW_US, 0, err,
	    sizeof(err));

	cr_assert_not_null(d, "%s", err);
	return d;
}

Test(dedupfile, finished_ids_survive_a_reopen)
{
	char dir[64], path[128];
	struct ledger *l = ledger_new(DF_WINDOW_US, 1000);
	struct dedupfile *d;

	df_path(dir, sizeof(dir), path, sizeof(path));
	d = df_open(path, l);
	ledger_remember(l, STR_LIT("a-1"), now_us());
	dedupfile_add(d, STR_LIT("a-1"));
	dedupfile_add(d, STR_LIT("b-2"));
	dedupfile_flush(d, l);
	dedupfile_close(&d);
	ledger_destroy(&l);

	l = ledger_new(DF_WINDOW_US, 1000);
	d = df_open(path, l);
	cr_assert(ledger_recent(l, STR_LIT("a-1"), now_us()));
	cr_assert(ledger_recent(l, STR_LIT("b-2"), now_us()));
	cr_assert(!ledger_recent(l, STR_LIT("c-3"), now_us()));
	dedupfile_close(&d);
	ledger_destroy(&l);
	th_rmtree(dir);
}

/* An id that finished longer ago than the window is not loaded; a torn
 * last record is cut off and the rest kept. */
Test(dedupfile, old_ids_and_torn_records_are_dropped)
{
	char dir[64], path[128];
	unsigned char rec[64];
	struct ledger *l = ledger_new(DF_WINDOW_US, 1000);
	struct dedupfile *d;
	struct timespec ts;
	struct stat st;
	uint64_t ms, old;
	uint32_t h = 0x811c9dc5u;
	int fd, i;

	df_path(dir, sizeof(dir), path, sizeof(path));
	d = df_open(path, l);
	dedupfile_add(d, STR_LIT("kept"));
	dedupfile_flush(d, l);
	dedupfile_close(&d);
	/* By hand: "old" finished an hour ago. */
	clock_gettime(CLOCK_REALTIME, &ts);
	ms = (uint64_t)ts.tv_sec * 1000 - 3600 * 1000;
	old = ms;
	rec[0] = 3;
	rec[1] = 0;
	for (i = 0; i < 8; i++)
		rec[2 + i] = (unsigned char)(old >> (8 * i));
	for (i = 0; i < 10; i++)
		h = (h ^ rec[i]) * 0x01000193u;
	for (i = 0; i < 3; i++)
		h = (h ^ (unsigned char)"old"[i]) * 0x01000193u;
	for (i = 0; i < 4; i++)
		rec[10 + i] = (unsigned char)(h >> (8 * i));
	memcpy(rec + 14, "old", 3);
	fd = open(path, O_WRONLY | O_APPEND);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, rec, 17), 17);
	/* ... and a record torn in half. */
	cr_assert_eq(write(fd, rec, 9), 9);
	close(fd);
	cr_assert_eq(stat(path, &st), 0);
	ledger_destroy(&l);

	l = ledger_new(DF_WINDOW_US, 1000);
	d = df_open(path, l);
	cr_assert(ledger_recent(l, STR_LIT("kept"), now_us()));
	cr_assert(!ledger_recent(l, STR_LIT("old"), now_us()));
	dedupfile_close(&d);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_size, 4 + 14 + 4 + 14 + 3, "torn record kept "
	    "(%lld bytes)", (long long)st.st_size);
	ledger_destroy(&l);
	th_rmtree(dir);
}

/* The journal does not grow without bound: past twice what the ledger
 * remembers (and some slack) it is rewritten from the ledger. */
Test(dedupfile, rewritten_from_the_ledger_when_grown)
{
	char dir[64], path[128], id[32];
	struct ledger *l = ledger_new(DF_WINDOW_US, 100);
	struct dedupfile *d;
	struct stat st;
	int i;

	df_path(dir, sizeof(dir), path, sizeof(path));
	d = df_open(path, l);
	for (i = 0; i < 10000; i++) {
		snprintf(id, sizeof(id), "id-%05d", i);
		ledger_remember(l, str_make(id, strlen(id)), now_us());
		dedupfile_add(d, str_make(id, strlen(id)));
		if (i % 500 == 499)
			dedupfile_flush(d, l);
	}
	dedupfile_flush(d, l);
	dedupfile_close(&d);
	cr_assert_eq(ledger_forgotten_early(l), 9900);
	cr_assert_eq(stat(path, &st), 0);
	/* 10,000 records of 22 bytes would be 220 KB. */
	cr_assert_lt(st.st_size, 4 + (2 * 100 + 4096 + 500) * 22);
	ledger_destroy(&l);
	l = ledger_new(DF_WINDOW_US, 100);
	d = df_open(path, l);
	cr_assert(ledger_recent(l, STR_LIT("id-09999"), now_us()));
	cr_assert(!ledger_recent(l, STR_LIT("id-00000"), now_us()));
	cr_assert_eq(ledger_recent_count(l), 100);
	dedupfile_close(&d);
	ledger_destroy(&l);
	th_rmtree(dir);
}
