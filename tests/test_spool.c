/*
 * test_spool.c — the write-ahead log: what is appended and not finished
 * comes back on reopen, in order; damage is reported and skipped, never
 * fatal; finished segments go away.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "spool.h"

#define SPOOL_TEST_MAX	64

struct spool_seen {
	int		 n;
	uint64_t	 sid[SPOOL_TEST_MAX];
	char		 frame[SPOOL_TEST_MAX][32];
};

static void
spool_test_replay(void *arg, uint64_t sid, const void *frame, size_t len)
{
	struct spool_seen *s = arg;

	cr_assert_lt(s->n, SPOOL_TEST_MAX);
	cr_assert_lt(len, sizeof(s->frame[0]));
	s->sid[s->n] = sid;
	memcpy(s->frame[s->n], frame, len);
	s->frame[s->n][len] = '\0';
	s->n++;
}

static struct spool *
spool_test_open(const char *dir, struct spool_seen *seen)
{
	char err[256];
	struct spool *sp;

	memset(seen, 0, sizeof(*seen));
	sp = spool_open(dir, SPOOL_FSYNC_ALWAYS, spool_test_replay, seen, err,
	    sizeof(err));
	cr_assert_not_null(sp, "%s", err);
	return sp;
}

static void
spool_test_dir(char *dir, size_t len)
{
	snprintf(dir, len, "/tmp/quarry-spool-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
}

/* The newest segment file in dir. */
static void
spool_test_last_segment(const char *dir, char *path, size_t len)
{
	char cmd[600];
	FILE *p;

	snprintf(cmd, sizeof(cmd), "ls %s/spool-*.log | sort | tail -n 1",
	    dir);
	p = popen(cmd, "r");
	cr_assert_not_null(p);
	cr_assert_not_null(fgets(path, (int)len, p));
	path[strcspn(path, "\n")] = '\0';
	pclose(p);
}

Test(spool, unfinished_articles_come_back_in_order)
{
	char dir[64];
	struct spool_seen seen;
	struct spool *sp;
	uint64_t a, b, c;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 0);
	a = spool_append(sp, "first", 5);
	b = spool_append(sp, "second", 6);
	c = spool_append(sp, "third", 5);
	cr_assert(a != 0 && b > a && c > b);
	cr_assert_eq(spool_sync(sp), 0);
	spool_done(sp, b);
	spool_close(&sp);
	cr_assert_null(sp);

	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 2);
	cr_assert_eq(seen.sid[0], a);
	cr_assert_str_eq(seen.frame[0], "first");
	cr_assert_eq(seen.sid[1], c);
	cr_assert_str_eq(seen.frame[1], "third");
	/* New sids keep growing across restarts. */
	cr_assert_gt(spool_append(sp, "fourth", 6), c);
	spool_done(sp, a);
	spool_done(sp, c);
	spool_close(&sp);

	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 1);
	cr_assert_str_eq(seen.frame[0], "fourth");
	spool_close(&sp);
	th_rmtree(dir);
}

Test(spool, torn_tail_is_cut_and_the_rest_kept)
{
	char dir[64], path[512];
	struct spool_seen seen;
	struct spool_info info;
	struct spool *sp;
	struct stat st;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	spool_append(sp, "kept", 4);
	spool_append(sp, "torn", 4);
	spool_close(&sp);
	/* A crash in mid-append: the last record loses its end. */
	spool_test_last_segment(dir, path, sizeof(path));
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(truncate(path, st.st_size - 3), 0);

	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 1);
	cr_assert_str_eq(seen.frame[0], "kept");
	spool_info(sp, &info);
	cr_assert_eq(info.corrupt, 1);
	spool_close(&sp);
	/* The cut is clean: a second open finds nothing wrong. */
	sp = spool_test_open(dir, &seen);
	spool_info(sp, &info);
	cr_assert_eq(info.corrupt, 0);
	cr_assert_eq(seen.n, 1);
	spool_close(&sp);
	th_rmtree(dir);
}

Test(spool, corrupt_record_is_skipped_not_fatal)
{
	char dir[64], path[512];
	struct spool_seen seen;
	struct spool_info info;
	struct spool *sp;
	unsigned char byte;
	int fd;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	spool_append(sp, "one", 3);
	spool_append(sp, "two", 3);
	spool_append(sp, "three", 5);
	spool_close(&sp);
	/* Flip a payload byte of the second record (24-byte headers). */
	spool_test_last_segment(dir, path, sizeof(path));
	fd = open(path, O_RDWR);
	cr_assert_geq(fd, 0);
	cr_assert_eq(pread(fd, &byte, 1, 24 + 3 + 24), 1);
	byte ^= 0xff;
	cr_assert_eq(pwrite(fd, &byte, 1, 24 + 3 + 24), 1);
	close(fd);

	sp = spool_test_open(dir, &seen);
	spool_info(sp, &info);
	cr_assert_eq(info.corrupt, 1);
	cr_assert_eq(seen.n, 2);
	cr_assert_str_eq(seen.frame[0], "one");
	cr_assert_str_eq(seen.frame[1], "three");
	spool_close(&sp);
	th_rmtree(dir);
}

/* How many segment files dir holds. */
static int
spool_test_count_segments(const char *dir)
{
	char cmd[600];
	FILE *p;
	int n = -1;

	snprintf(cmd, sizeof(cmd), "ls %s | grep -c '^spool-.*\\.log$'", dir);
	p = popen(cmd, "r");
	cr_assert_not_null(p);
	cr_assert_eq(fscanf(p, "%d", &n), 1);
	pclose(p);
	return n;
}

Test(spool, finished_segments_are_removed)
{
	char dir[64];
	struct spool_seen seen;
	struct spool_info info;
	struct spool *sp;
	uint64_t a, b;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	/* Every record fills a segment: each append begins a new one. */
	spool_set_segment_max(sp, 1);
	a = spool_append(sp, "one", 3);
	b = spool_append(sp, "two", 3);
	cr_assert(a != 0 && b != 0);
	spool_info(sp, &info);
	cr_assert_eq(info.segments, 2);
	cr_assert_eq(info.unfinished, 2);
	spool_done(sp, a);
	spool_flush(sp);
	spool_info(sp, &info);
	cr_assert_eq(info.segments, 1, "finished segment kept");
	cr_assert_eq(info.unfinished, 1);
	cr_assert_eq(spool_test_count_segments(dir), 1);
	/* The current segment is never removed, finished or not. */
	spool_done(sp, b);
	spool_flush(sp);
	spool_info(sp, &info);
	cr_assert_eq(info.segments, 1);
	cr_assert_eq(spool_test_count_segments(dir), 1);
	spool_close(&sp);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 0);
	spool_close(&sp);
	th_rmtree(dir);
}

/*
 * The issue-12 bug: an open with nothing appended, then another open,
 * made two entries for one segment and unlinked the file being written;
 * everything accepted after that was lost on the next stop or crash.
 */
Test(spool, restarts_without_articles_keep_the_segment)
{
	char dir[64];
	struct spool_seen seen;
	struct spool_info info;
	struct spool *sp;
	uint64_t a;
	int i;

	spool_test_dir(dir, sizeof(dir));
	for (i = 0; i < 3; i++) {
		sp = spool_test_open(dir, &seen);
		cr_assert_eq(seen.n, 0);
		spool_info(sp, &info);
		cr_assert_eq(info.segments, 1);
		spool_close(&sp);
		cr_assert_eq(spool_test_count_segments(dir), 1,
		    "after open %d", i + 1);
	}
	sp = spool_test_open(dir, &seen);
	a = spool_append(sp, "after", 5);
	cr_assert_neq(a, 0);
	cr_assert_eq(spool_sync(sp), 0);
	spool_flush(sp);
	cr_assert_eq(spool_test_count_segments(dir), 1);
	spool_close(&sp);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 1, "the article appended after idle restarts "
	    "is gone");
	cr_assert_eq(seen.sid[0], a);
	cr_assert_str_eq(seen.frame[0], "after");
	spool_close(&sp);
	th_rmtree(dir);
}

/* A newest segment with no article in it (only completions, or empty)
 * is written on, never deleted from under the writer. */
Test(spool, newest_segment_without_articles_is_continued)
{
	char dir[64], path[128];
	struct spool_seen seen;
	struct spool *sp;
	uint64_t a, b;
	int fd;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	a = spool_append(sp, "old", 3);
	spool_close(&sp);
	/* As an older quarryd left it: a segment begun at the next sid
	 * that holds only the completion of the article before it. */
	snprintf(path, sizeof(path), "%s/spool-%016llx.log", dir,
	    (unsigned long long)(a + 1));
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	cr_assert_geq(fd, 0);
	close(fd);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 1);
	spool_done(sp, a);
	spool_flush(sp);
	b = spool_append(sp, "new", 3);
	cr_assert_gt(b, a);
	cr_assert_eq(spool_sync(sp), 0);
	spool_flush(sp);
	cr_assert_eq(spool_test_count_segments(dir), 1);
	spool_close(&sp);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 1);
	cr_assert_eq(seen.sid[0], b);
	cr_assert_str_eq(seen.frame[0], "new");
	spool_close(&sp);
	th_rmtree(dir);
}

Test(spool, fsync_policy_names)
{
	int ok;

	cr_assert_eq(spool_fsync_parse("always", &ok), SPOOL_FSYNC_ALWAYS);
	cr_assert(ok);
	cr_assert_eq(spool_fsync_parse("batch", &ok), SPOOL_FSYNC_BATCH);
	cr_assert_eq(spool_fsync_parse("off", &ok), SPOOL_FSYNC_OFF);
	spool_fsync_parse("sometimes", &ok);
	cr_assert(!ok);
	cr_assert_str_eq(spool_fsync_name(SPOOL_FSYNC_BATCH), "batch");
}
