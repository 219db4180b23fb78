/*
 * test_spool.c — the write-ahead log: what is appended and not finished
 * comes back on reopen, in order; damage is reported and skipped, never
 * fatal; finished segments go away.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "spool.h"

#define SPOOL_TEST_MAX	64

struct spool_seen {
	int		 n;
	uint64_t	 sid[SPOOL_TEST_MAX];
	uint32_t	 attempts[SPOOL_TEST_MAX];
	char		 frame[SPOOL_TEST_MAX][128];
};

/* The tests' frames are plain strings: the id is the whole frame. */
static int
spool_test_id(void *arg, const void *frame, size_t len, struct str *id)
{
	(void)arg;
	*id = str_make(frame, len);
	return 0;
}

static const struct spool_hooks spool_test_hooks = { spool_test_id, NULL,
    NULL };

/* Read in every unfinished article. */
static void
spool_test_replay(struct spool *sp, struct spool_seen *s)
{
	uint64_t sid;
	uint32_t attempts;
	void *frame;
	size_t len;

	memset(s, 0, sizeof(*s));
	while (spool_replay_next(sp, &sid, &attempts, &frame, &len) == 1) {
		cr_assert_lt(s->n, SPOOL_TEST_MAX);
		cr_assert_lt(len, sizeof(s->frame[0]));
		s->sid[s->n] = sid;
		s->attempts[s->n] = attempts;
		memcpy(s->frame[s->n], frame, len);
		s->frame[s->n][len] = '\0';
		s->n++;
		free(frame);
	}
	cr_assert_eq(spool_replay_left(sp), 0);
}

static struct spool *
spool_test_open(const char *dir, struct spool_seen *seen)
{
	char err[256];
	struct spool *sp;

	sp = spool_open(dir, SPOOL_FSYNC_ALWAYS, &spool_test_hooks, err,
	    sizeof(err));
	cr_assert_not_null(sp, "%s", err);
	spool_test_replay(sp, seen);
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

/*
 * A burst written in one go (spool_append_many, the ingest's burst):
 * consecutive sids, each record its own on replay, in order; a bad
 * burst writes nothing.
 */
Test(spool, a_burst_is_one_write_of_records_of_their_own)
{
	static char big[SPOOL_TEST_MAX];
	char dir[64], name[SPOOL_TEST_MAX][16];
	struct iovec fr[SPOOL_APPEND_MAX + 1];
	struct spool_seen seen;
	struct spool *sp;
	uint64_t first, after;
	int i;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	for (i = 0; i < SPOOL_TEST_MAX; i++) {
		snprintf(name[i], sizeof(name[i]), "burst-%02d", i);
		fr[i].iov_base = name[i];
		fr[i].iov_len = strlen(name[i]);
	}
	first = spool_append_many(sp, fr, SPOOL_TEST_MAX);
	cr_assert_neq(first, 0);
	/* Nothing, or too many, or one too large: none written. */
	errno = 0;
	cr_assert_eq(spool_append_many(sp, fr, 0), 0);
	cr_assert_eq(errno, EINVAL);
	fr[SPOOL_APPEND_MAX] = fr[0];
	cr_assert_eq(spool_append_many(sp, fr, SPOOL_APPEND_MAX + 1), 0);
	cr_assert_eq(errno, EINVAL);
	fr[1].iov_base = big;
	fr[1].iov_len = (size_t)PROTO_FRAME_MAX + 1;
	cr_assert_eq(spool_append_many(sp, fr, 2), 0);
	cr_assert_eq(errno, EMSGSIZE);
	/* Sids go on from the burst's last. */
	after = spool_append(sp, "after", 5);
	cr_assert_eq(after, first + SPOOL_TEST_MAX);
	cr_assert_eq(spool_sync(sp), 0);
	spool_done(sp, first + 1);
	spool_close(&sp);

	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, SPOOL_TEST_MAX);
	cr_assert_eq(seen.sid[0], first);
	cr_assert_str_eq(seen.frame[0], "burst-00");
	for (i = 1; i < SPOOL_TEST_MAX - 1; i++) {
		cr_assert_eq(seen.sid[i], first + (uint64_t)i + 1);
		cr_assert_str_eq(seen.frame[i], name[i + 1]);
	}
	cr_assert_eq(seen.sid[SPOOL_TEST_MAX - 1], after);
	cr_assert_str_eq(seen.frame[SPOOL_TEST_MAX - 1], "after");
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
	/* Flip a payload byte of the second record (a 32-byte file
	 * header, 32-byte record headers). */
	spool_test_last_segment(dir, path, sizeof(path));
	fd = open(path, O_RDWR);
	cr_assert_geq(fd, 0);
	cr_assert_eq(pread(fd, &byte, 1, 32 + 32 + 3 + 32), 1);
	byte ^= 0xff;
	cr_assert_eq(pwrite(fd, &byte, 1, 32 + 32 + 3 + 32), 1);
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
	/* One record (32-byte file header, 35-byte record) fills a
	 * segment: each append after the first begins a new one. */
	spool_set_segment_max(sp, 64);
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

/* --- records built by hand, as an old quarryd or an attacker would --- */

static uint32_t
spool_test_crc(uint32_t crc, const void *buf, size_t len)
{
	const unsigned char *p = buf;
	int k;

	crc = ~crc;
	while (len--) {
		crc ^= *p++;
		for (k = 0; k < 8; k++)
			crc = (crc & 1) ? (crc >> 1) ^ 0x82f63b78u : crc >> 1;
	}
	return ~crc;
}

static void
spool_test_le(unsigned char *p, uint64_t v, int n)
{
	int i;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

/* A record of the old format ("QSP1", 24-byte header); its size. */
static size_t
spool_test_v1(unsigned char *out, unsigned type, uint64_t sid,
    const char *payload)
{
	size_t len = payload != NULL ? strlen(payload) : 0;
	unsigned char head[9];

	memset(out, 0, 24);
	spool_test_le(out, 0x31505351u, 4);
	spool_test_le(out + 4, len, 4);
	head[0] = (unsigned char)type;
	spool_test_le(head + 1, sid, 8);
	spool_test_le(out + 8, spool_test_crc(spool_test_crc(0, head, 9),
	    payload, len), 4);
	out[12] = (unsigned char)type;
	spool_test_le(out + 16, sid, 8);
	if (len > 0)
		memcpy(out + 24, payload, len);
	return 24 + len;
}

/* A DONE record of the keyed format, under a key the forger guessed. */
static size_t
spool_test_v2_done(unsigned char *out, uint64_t key, uint64_t sid)
{
	uint32_t c;

	memset(out, 0, 32);
	spool_test_le(out, key, 8);
	out[16] = 2;
	spool_test_le(out + 24, sid, 8);
	c = spool_test_crc(0, out, 12);
	c = spool_test_crc(c, out + 16, 16);
	spool_test_le(out + 12, c, 4);
	return 32;
}

/* An article whose bytes hold DONE-shaped records for sid: both formats,
 * the keyed one under every key a producer might guess. */
static size_t
spool_test_forgery(unsigned char *out, uint64_t sid)
{
	size_t n = 0;

	memcpy(out, "evil", 4);
	n += 4;
	n += spool_test_v1(out + n, 2, sid, NULL);
	n += spool_test_v2_done(out + n, 0, sid);
	n += spool_test_v2_done(out + n, 0x4141414141414141ULL, sid);
	n += spool_test_v2_done(out + n, ~0ULL, sid);
	return n;
}

/*
 * The segment at path ends in an article torn by a crash in mid-append
 * (its last byte cut) after one holding "victim": reopened, only victim
 * comes back — the torn article is not searched for records — it is
 * counted corrupt, and the file is cut back to the torn record's start
 * (file header, victim's header, its 6 bytes).
 */
static void
spool_test_tear_after_victim(const char *dir, const char *path)
{
	struct spool_seen seen;
	struct spool_info info;
	struct spool *sp;
	struct stat st;

	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(truncate(path, st.st_size - 1), 0);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 1, "the torn article's payload was searched: "
	    "the victim was retired");
	cr_assert_str_eq(seen.frame[0], "victim");
	spool_info(sp, &info);
	cr_assert_eq(info.corrupt, 1);
	spool_close(&sp);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_size, 32 + 32 + 6, "not cut at the torn record's "
	    "start (%lld bytes)", (long long)st.st_size);
}

/*
 * Reopened after damage to the article between "victim-2" and "after":
 * all three come back (the damaged one was not searched for records).
 * Returns how many records were counted corrupt.
 */
static uint64_t
spool_test_three_back(const char *dir)
{
	struct spool_seen seen;
	struct spool_info info;
	struct spool *sp;

	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 3, "the damaged article's payload was searched "
	    "(%d articles back)", seen.n);
	cr_assert_str_eq(seen.frame[0], "victim");
	cr_assert_str_eq(seen.frame[1], "victim-2");
	cr_assert_str_eq(seen.frame[2], "after");
	spool_info(sp, &info);
	spool_close(&sp);
	return info.corrupt;
}

/*
 * Issue 12, item 4: a producer hides DONE-shaped records in an article;
 * a torn tail, or damage in the middle, must not make replay search
 * inside that article and retire another producer's article.
 */
Test(spool, done_records_hidden_in_an_article_retire_nothing)
{
	char dir[64], path[512];
	unsigned char evil[256];
	struct spool_seen seen;
	struct spool *sp;
	uint64_t victim, victim2;
	size_t evil_len;
	off_t evil_at;
	unsigned char big[4] = { 0xff, 0xff, 0xff, 0x00 };
	int fd;

	/* A torn tail: the forger's article is last and cut short. */
	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	victim = spool_append(sp, "victim", 6);
	evil_len = spool_test_forgery(evil, victim);
	cr_assert_neq(spool_append(sp, evil, evil_len), 0);
	spool_close(&sp);
	spool_test_last_segment(dir, path, sizeof(path));
	spool_test_tear_after_victim(dir, path);

	/* Damage in the middle: the forger's header is hit, so replay
	 * must find the record after it without reading the payload. */
	sp = spool_test_open(dir, &seen);
	victim2 = spool_append(sp, "victim-2", 8);
	evil_len = spool_test_forgery(evil, victim2);
	evil_at = (off_t)(32 + 32 + 6 + 32 + 8);
	cr_assert_neq(spool_append(sp, evil, evil_len), 0);
	cr_assert_neq(spool_append(sp, "after", 5), 0);
	spool_close(&sp);
	fd = open(path, O_RDWR);
	cr_assert_geq(fd, 0);
	cr_assert_eq(pwrite(fd, big, sizeof(big), evil_at + 8), 4);
	close(fd);
	spool_test_three_back(dir);
	th_rmtree(dir);
}

/* The key of the segment at path (bytes 8-15 of its file header). */
static uint64_t
spool_test_key(const char *path)
{
	unsigned char h[32];
	uint64_t key = 0;
	int fd = open(path, O_RDONLY), i;

	cr_assert_geq(fd, 0);
	cr_assert_eq(pread(fd, h, sizeof(h), 0), (ssize_t)sizeof(h));
	close(fd);
	for (i = 7; i >= 0; i--)
		key = key << 8 | h[8 + i];
	return key;
}

/*
 * Issue 12, item 4, at its word: a record that runs past the end of the
 * file is cut there, and replay never searches inside a payload.  The
 * worst case: the torn (or damaged) article holds a DONE record that
 * checks out under the segment's real key.  Before, the scan searched the
 * damaged record's payload, found it and retired the victim; now the torn
 * record is cut unsearched, and a damaged record whose header is whole is
 * skipped by its length.
 */
Test(spool, a_torn_or_damaged_record_is_never_searched)
{
	char dir[64], path[512];
	unsigned char evil[128];
	struct spool_seen seen;
	struct spool *sp;
	uint64_t victim, victim2;
	size_t evil_len;
	off_t evil_at;
	unsigned char byte;
	int fd;

	/* A torn tail. */
	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	victim = spool_append(sp, "victim", 6);
	spool_flush(sp);
	spool_test_last_segment(dir, path, sizeof(path));
	memcpy(evil, "evil", 4);
	evil_len = 4 + spool_test_v2_done(evil + 4, spool_test_key(path),
	    victim);
	memcpy(evil + evil_len, "tail", 4);
	evil_len += 4;
	cr_assert_neq(spool_append(sp, evil, evil_len), 0);
	spool_close(&sp);
	spool_test_tear_after_victim(dir, path);

	/* A damaged record with its header whole, in the middle. */
	sp = spool_test_open(dir, &seen);
	victim2 = spool_append(sp, "victim-2", 8);
	evil_at = (off_t)(32 + 32 + 6 + 32 + 8);
	evil_len = 4 + spool_test_v2_done(evil + 4, spool_test_key(path),
	    victim2);
	memcpy(evil + evil_len, "tail", 4);
	evil_len += 4;
	cr_assert_neq(spool_append(sp, evil, evil_len), 0);
	cr_assert_neq(spool_append(sp, "after", 5), 0);
	spool_close(&sp);
	fd = open(path, O_RDWR);
	cr_assert_geq(fd, 0);
	/* Its last payload byte: the CRC fails, the length is intact. */
	cr_assert_eq(pread(fd, &byte, 1, evil_at + 32 + (off_t)evil_len - 1),
	    1);
	byte ^= 0xff;
	cr_assert_eq(pwrite(fd, &byte, 1, evil_at + 32 + (off_t)evil_len - 1),
	    1);
	close(fd);
	cr_assert_eq(spool_test_three_back(dir), 1);
	th_rmtree(dir);
}

static char spool_test_mnt[256];

static void
spool_test_umount(void)
{
	if (spool_test_mnt[0] != '\0')
		th_tmpfs_umount(spool_test_mnt);
	spool_test_mnt[0] = '\0';
}

/*
 * A full disk at start, when the newest segment is full too (a new one
 * would be begun): the spool still opens, in the newest segment, and
 * replays; appends answer busy (ENOSPC) until space returns, then a new
 * segment takes them.  It used to refuse to open ("cannot write"), so
 * quarryd would not start, and not replay, until space came back.
 */
Test(spool, opens_and_replays_on_a_full_disk_with_a_full_segment,
    .timeout = 120, .fini = spool_test_umount)
{
	enum { BIG = 4 << 20, N = 16 };	/* N x BIG >= SPOOL_SEGMENT_MAX */
	char dir[64], disk[128], sdir[160], filler[160], err[256];
	struct spool_info info;
	struct spool *sp;
	uint64_t sid;
	uint32_t attempts;
	void *frame;
	size_t len;
	char *big;
	int i, n = 0;

	spool_test_dir(dir, sizeof(dir));
	snprintf(disk, sizeof(disk), "%s/disk", dir);
	cr_assert_eq(mkdir(disk, 0700), 0);
	if (th_tmpfs_mount(disk, "80m") == -1)
		cr_skip_test("cannot mount a tmpfs (%s): run as root",
		    strerror(errno));
	snprintf(spool_test_mnt, sizeof(spool_test_mnt), "%s", disk);
	snprintf(sdir, sizeof(sdir), "%s/spool", disk);
	snprintf(filler, sizeof(filler), "%s/filler", disk);
	big = malloc(BIG);
	cr_assert_not_null(big);
	sp = spool_open(sdir, SPOOL_FSYNC_ALWAYS, &spool_test_hooks, err,
	    sizeof(err));
	cr_assert_not_null(sp, "%s", err);
	for (i = 0; i < N; i++) {
		memset(big, 'a' + i, BIG);
		cr_assert_neq(spool_append(sp, big, BIG), 0, "%s",
		    strerror(errno));
	}
	spool_info(sp, &info);
	cr_assert_eq(info.segments, 1);
	cr_assert_geq(info.bytes, SPOOL_SEGMENT_MAX);
	spool_close(&sp);
	th_disk_fill(filler);

	sp = spool_open(sdir, SPOOL_FSYNC_ALWAYS, &spool_test_hooks, err,
	    sizeof(err));
	cr_assert_not_null(sp, "did not open on a full disk: %s", err);
	while (spool_replay_next(sp, &sid, &attempts, &frame, &len) == 1) {
		cr_assert_eq(len, BIG);
		cr_assert_eq(((char *)frame)[0], 'a' + n);
		free(frame);
		n++;
	}
	cr_assert_eq(n, N, "%d of %d replayed", n, N);
	spool_info(sp, &info);
	cr_assert(info.failing, "the spool does not say it cannot write");
	errno = 0;
	cr_assert_eq(spool_append(sp, "new", 3), 0, "appended on a full disk");
	cr_assert(errno == ENOSPC, "%s", strerror(errno));
	/* Space back: a new segment takes the next article. */
	cr_assert_eq(unlink(filler), 0);
	cr_assert_neq(spool_append(sp, "new", 3), 0, "%s", strerror(errno));
	spool_info(sp, &info);
	cr_assert_eq(info.segments, 2);
	cr_assert(!info.failing);
	spool_close(&sp);
	free(big);
	spool_test_umount();
	th_rmtree(dir);
}

/*
 * writev and ftruncate as this test binary sees them: the real ones,
 * unless a test asks for a torn append (the next writev writes only
 * spool_test_tear_at bytes, the following ones fail with ENOSPC) whose
 * rollback fails (ftruncate fails with EIO this many times).
 */
static long spool_test_tear_at = -1;
static int spool_test_writev_fails, spool_test_ftruncate_fails;
static int spool_test_truncate_fails;

ssize_t	writev(int, const struct iovec *, int);
int	ftruncate(int, off_t);
int	truncate(const char *, off_t);

int
truncate(const char *path, off_t len)
{
	if (spool_test_truncate_fails > 0) {
		spool_test_truncate_fails--;
		errno = EROFS;
		return -1;
	}
	return (int)syscall(SYS_truncate, path, len);
}

ssize_t
writev(int fd, const struct iovec *iov, int iovcnt)
{
	if (spool_test_tear_at >= 0 && iovcnt > 0 &&
	    iov[0].iov_len >= (size_t)spool_test_tear_at) {
		struct iovec part = { iov[0].iov_base,
		    (size_t)spool_test_tear_at };

		spool_test_tear_at = -1;
		return (ssize_t)syscall(SYS_writev, fd, &part, 1);
	}
	if (spool_test_writev_fails > 0) {
		spool_test_writev_fails--;
		errno = ENOSPC;
		return -1;
	}
	return (ssize_t)syscall(SYS_writev, fd, iov, iovcnt);
}

int
ftruncate(int fd, off_t len)
{
	if (spool_test_ftruncate_fails > 0) {
		spool_test_ftruncate_fails--;
		errno = EIO;
		return -1;
	}
	return (int)syscall(SYS_ftruncate, fd, len);
}

/*
 * An append torn by a full disk whose rollback fails leaves a partial
 * record at the end; the next append must not go after it (a keyed
 * header that runs past the end is cut on the next start, and would take
 * the records behind it along).  The spool rolls back before writing
 * again, or fails that write.
 */
Test(spool, no_append_after_a_partial_record)
{
	char dir[64], big[1000];
	struct spool_seen seen;
	struct spool_info info;
	struct spool *sp;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	cr_assert_neq(spool_append(sp, "first", 5), 0);
	/* Torn inside its header, then no space; rolling back fails, in
	 * the append and in its retry. */
	memset(big, 'b', sizeof(big));
	spool_test_tear_at = 24;
	spool_test_writev_fails = 2;
	spool_test_ftruncate_fails = 2;
	cr_assert_eq(spool_append(sp, big, sizeof(big)), 0,
	    "a torn append was acked");
	spool_test_tear_at = -1;
	spool_test_writev_fails = spool_test_ftruncate_fails = 0;
	/* Space back: this one goes where the torn one began. */
	cr_assert_neq(spool_append(sp, "after", 5), 0, "%s", strerror(errno));
	spool_close(&sp);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 2, "%d articles back (\"after\" was appended "
	    "behind the partial record and cut with it)", seen.n);
	cr_assert_str_eq(seen.frame[0], "first");
	cr_assert_str_eq(seen.frame[1], "after");
	spool_info(sp, &info);
	cr_assert_eq(info.corrupt, 0, "a partial record was left in the file");
	spool_close(&sp);
	th_rmtree(dir);
}

/*
 * A torn tail that cannot be cut at open: that segment is sealed and a
 * new one takes the appends; behind the torn record they would be cut
 * with it at the next start.
 */
Test(spool, a_torn_tail_that_cannot_be_cut_is_not_appended_to)
{
	char dir[64], path[512], big[1000];
	struct spool_seen seen;
	struct spool_info info;
	struct spool *sp;
	struct stat st;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	cr_assert_neq(spool_append(sp, "kept", 4), 0);
	memset(big, 'b', sizeof(big));
	cr_assert_neq(spool_append(sp, big, sizeof(big)), 0);
	spool_close(&sp);
	spool_test_last_segment(dir, path, sizeof(path));
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(truncate(path, st.st_size - 500), 0);
	/* The cut fails (a read-only file, say). */
	spool_test_truncate_fails = 1;
	sp = spool_test_open(dir, &seen);
	spool_test_truncate_fails = 0;
	cr_assert_eq(seen.n, 1);
	cr_assert_neq(spool_append(sp, "new", 3), 0, "%s", strerror(errno));
	spool_info(sp, &info);
	cr_assert_eq(info.segments, 2, "appended to the segment with the "
	    "torn tail");
	spool_close(&sp);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 2, "%d articles back", seen.n);
	cr_assert_str_eq(seen.frame[0], "kept");
	cr_assert_str_eq(seen.frame[1], "new");
	spool_close(&sp);
	th_rmtree(dir);
}

Test(spool, attempts_survive_a_reopen)
{
	char dir[64];
	struct spool_seen seen;
	struct spool *sp;
	uint64_t a, b;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	a = spool_append(sp, "a", 1);
	b = spool_append(sp, "b", 1);
	spool_attempt(sp, a, 1);
	spool_attempt(sp, a, 2);
	spool_attempt(sp, b, 1);
	spool_flush(sp);
	spool_close(&sp);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 2);
	cr_assert_eq(seen.attempts[0], 2);
	cr_assert_eq(seen.attempts[1], 1);
	/* Taken back (it never started): the last count wins. */
	spool_attempt(sp, a, 1);
	spool_close(&sp);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.attempts[0], 1);
	spool_close(&sp);
	th_rmtree(dir);
}

/* Unfinished articles are read in one at a time; until then their ids
 * are known, so a resubmission is a duplicate. */
Test(spool, pending_ids_until_read_in)
{
	char dir[64], err[256];
	struct spool_seen seen;
	struct spool *sp;
	uint64_t sid;
	uint32_t attempts;
	void *frame;
	size_t len;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	spool_append(sp, "x-1", 3);
	spool_append(sp, "y-2", 3);
	spool_close(&sp);
	sp = spool_open(dir, SPOOL_FSYNC_OFF, &spool_test_hooks, err,
	    sizeof(err));
	cr_assert_not_null(sp, "%s", err);
	cr_assert_eq(spool_replay_left(sp), 2);
	cr_assert(spool_pending(sp, str_make("x-1", 3)));
	cr_assert(spool_pending(sp, str_make("y-2", 3)));
	cr_assert(!spool_pending(sp, str_make("z-3", 3)));
	cr_assert_eq(spool_replay_next(sp, &sid, &attempts, &frame, &len), 1);
	cr_assert_eq(len, 3);
	cr_assert_eq(memcmp(frame, "x-1", 3), 0);
	free(frame);
	cr_assert(!spool_pending(sp, str_make("x-1", 3)));
	cr_assert(spool_pending(sp, str_make("y-2", 3)));
	cr_assert_eq(spool_replay_next(sp, &sid, &attempts, &frame, &len), 1);
	free(frame);
	cr_assert(!spool_pending(sp, str_make("y-2", 3)));
	cr_assert_eq(spool_replay_next(sp, &sid, &attempts, &frame, &len), 0);
	spool_close(&sp);
	th_rmtree(dir);
}

/* A segment of the old format ("QSP1") is replayed, not written to, and
 * deleted once finished. */
Test(spool, old_format_segment_is_replayed)
{
	char dir[64], path[128];
	unsigned char buf[256];
	struct spool_seen seen;
	struct spool *sp;
	size_t n = 0;
	uint64_t c;
	int fd;

	spool_test_dir(dir, sizeof(dir));
	n += spool_test_v1(buf + n, 1, 1, "old-1");
	n += spool_test_v1(buf + n, 1, 2, "old-2");
	n += spool_test_v1(buf + n, 2, 1, NULL);
	snprintf(path, sizeof(path), "%s/spool-%016x.log", dir, 1);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, buf, n), (ssize_t)n);
	close(fd);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 1);
	cr_assert_eq(seen.sid[0], 2);
	cr_assert_str_eq(seen.frame[0], "old-2");
	c = spool_append(sp, "new", 3);
	cr_assert_eq(c, 3);
	cr_assert_eq(spool_test_count_segments(dir), 2);
	spool_done(sp, 2);
	spool_flush(sp);
	cr_assert_eq(spool_test_count_segments(dir), 1);
	spool_close(&sp);
	sp = spool_test_open(dir, &seen);
	cr_assert_eq(seen.n, 1);
	cr_assert_str_eq(seen.frame[0], "new");
	spool_close(&sp);
	th_rmtree(dir);
}

/*
 * fdatasync as this test binary sees it: the real one, unless a test
 * asks it to fail (Criterion runs each test in a process of its own, so
 * the switch never leaks into another test).  A definition here takes
 * the place of libc's for every caller in the binary, spool.c too.
 */
static int spool_test_fdatasync_fails;

int	fdatasync(int);

int
fdatasync(int fd)
{
	if (spool_test_fdatasync_fails) {
		errno = EIO;
		return -1;
	}
	return (int)syscall(SYS_fdatasync, fd);
}

/* Issue 12, item 6: a failed fdatasync when a segment is rotated is
 * fatal like every other (quarryd exits 1 unacknowledged and replays). */
Test(spool, fdatasync_failure_at_rotation_is_fatal, .exit_code = 1)
{
	char dir[64];
	struct spool_seen seen;
	struct spool *sp;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	spool_set_segment_max(sp, 64);
	cr_assert_neq(spool_append(sp, "one", 3), 0);	/* dirty */
	spool_test_fdatasync_fails = 1;
	/* The segment is full: this append rotates, and must not go on
	 * past the failed sync of the old segment. */
	spool_append(sp, "two", 3);
	cr_assert_fail("rotation went on after fdatasync failed");
}

/* ... and an fdatasync that fails before an ack is reported, counted. */
Test(spool, fdatasync_failure_is_reported)
{
	char dir[64];
	struct spool_seen seen;
	struct spool_info info;
	struct spool *sp;

	spool_test_dir(dir, sizeof(dir));
	sp = spool_test_open(dir, &seen);
	cr_assert_neq(spool_append(sp, "one", 3), 0);
	spool_test_fdatasync_fails = 1;
	cr_assert_eq(spool_sync(sp), -1);
	spool_info(sp, &info);
	cr_assert_eq(info.fsync_failures, 1);
	spool_test_fdatasync_fails = 0;
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
