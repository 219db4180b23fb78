/*
 * spool.c — the write-ahead log of accepted articles.
 *
 * A record is a 24-byte header (magic, payload length, CRC-32C, type,
 * sid) and its payload: the article frame exactly as it arrived for
 * ARTICLE, nothing for DONE.  The CRC covers type, sid and payload, so a
 * torn write (quarryd killed mid-append) or a flipped bit is detected;
 * replay then skips to the next record that checks out, and a torn tail
 * is cut off so appends continue from a clean end.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/uio.h>

#include "log.h"
#include "message.h"
#include "spool.h"
#include "util.h"

#define SPOOL_MAGIC		0x31505351u	/* "QSP1" little-endian */
#define SPOOL_HDR_SIZE		24
#define SPOOL_ARTICLE		1
#define SPOOL_DONE		2
/* No legal record is larger than a legal frame. */
#define SPOOL_RECORD_MAX	PROTO_FRAME_MAX
/* Buffered completions are written at least this often by the caller's
 * tick, and at once past this many (24 bytes each: 24 KiB). */
#define SPOOL_DONE_BATCH	1024
#define SPOOL_NAME_FMT		"spool-%016" PRIx64 ".log"
#define SPOOL_PATH_MAX		1024

struct spool_seg {
	uint64_t	 first;		/* first sid it may hold (its name) */
	uint64_t	 size;
	size_t		 live;		/* unfinished articles recorded here */
};

struct spool {
	char		*dir;
	enum spool_fsync policy;
	struct spool_seg *segs;		/* by first sid; the last is current */
	size_t		 nsegs, segcap;
	int		 fd;		/* the current segment */
	int		 dirfd;
	uint64_t	 next_sid;
	int		 dirty;		/* appended since the last sync */
	uint64_t	*done;		/* completions not yet written */
	size_t		 ndone, donecap;
	size_t		 unfinished;
	uint64_t	 syncs, corrupt;
	uint64_t	 segment_max;	/* rotate past this size */
};

/* --- CRC-32C (Castagnoli), table-driven --- */

static uint32_t spool_crc_table[256];

static void
spool_crc_init(void)
{
	uint32_t i, c;
	int k;

	if (spool_crc_table[1] != 0)
		return;
	for (i = 0; i < 256; i++) {
		c = i;
		for (k = 0; k < 8; k++)
			c = (c & 1) ? (c >> 1) ^ 0x82f63b78u : c >> 1;
		spool_crc_table[i] = c;
	}
}

static uint32_t
spool_crc(uint32_t crc, const void *buf, size_t len)
{
	const unsigned char *p = buf;

	crc = ~crc;
	while (len--)
		crc = spool_crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

/* --- record encoding (little-endian, fixed layout) --- */

static void
spool_put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static uint32_t
spool_get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static void
spool_put64(unsigned char *p, uint64_t v)
{
	spool_put32(p, (uint32_t)v);
	spool_put32(p + 4, (uint32_t)(v >> 32));
}

static uint64_t
spool_get64(const unsigned char *p)
{
	return (uint64_t)spool_get32(p) | (uint64_t)spool_get32(p + 4) << 32;
}

static uint32_t
spool_record_crc(unsigned type, uint64_t sid, const void *payload,
    size_t len)
{
	unsigned char head[9];

	head[0] = (unsigned char)type;
	spool_put64(head + 1, sid);
	return spool_crc(spool_crc(0, head, sizeof(head)), payload, len);
}

static void
spool_header(unsigned char *h, unsigned type, uint64_t sid,
    const void *payload, size_t len)
{
	memset(h, 0, SPOOL_HDR_SIZE);
	spool_put32(h, SPOOL_MAGIC);
	spool_put32(h + 4, (uint32_t)len);
	spool_put32(h + 8, spool_record_crc(type, sid, payload, len));
	h[12] = (unsigned char)type;
	spool_put64(h + 16, sid);
}

/* A valid record at buf[off]?  Its total size, or 0. */
static size_t
spool_record_at(const unsigned char *buf, size_t size, size_t off,
    unsigned *type, uint64_t *sid)
{
	const unsigned char *h = buf + off;
	uint32_t len;

	if (size - off < SPOOL_HDR_SIZE || spool_get32(h) != SPOOL_MAGIC)
		return 0;
	len = spool_get32(h + 4);
	if (len > SPOOL_RECORD_MAX || size - off - SPOOL_HDR_SIZE < len)
		return 0;
	*type = h[12];
	*sid = spool_get64(h + 16);
	if ((*type != SPOOL_ARTICLE && *type != SPOOL_DONE) ||
	    (*type == SPOOL_DONE && len != 0) || *sid == 0)
		return 0;
	if (spool_get32(h + 8) != spool_record_crc(*type, *sid,
	    h + SPOOL_HDR_SIZE, len))
		return 0;
	return SPOOL_HDR_SIZE + len;
}

/* --- segments --- */

static void
spool_seg_path(const struct spool *sp, uint64_t first, char *buf,
    size_t len)
{
	snprintf(buf, len, "%s/" SPOOL_NAME_FMT, sp->dir, first);
}

/* Index of the segment holding sid (the last whose first <= sid). */
static size_t
spool_seg_of(const struct spool *sp, uint64_t sid)
{
	size_t lo = 0, hi = sp->nsegs;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (sp->segs[mid].first <= sid)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

static void
spool_seg_add(struct spool *sp, uint64_t first, uint64_t size)
{
	if (sp->nsegs == sp->segcap) {
		sp->segcap = sp->segcap ? sp->segcap * 2 : 8;
		sp->segs = xreallocarray(sp->segs, sp->segcap,
		    sizeof(*sp->segs));
	}
	sp->segs[sp->nsegs].first = first;
	sp->segs[sp->nsegs].size = size;
	sp->segs[sp->nsegs].live = 0;
	sp->nsegs++;
}

static int
spool_seg_cmp(const void *a, const void *b)
{
	const struct spool_seg *x = a, *y = b;

	return (x->first > y->first) - (x->first < y->first);
}

static int
spool_sync_dir(struct spool *sp)
{
	if (sp->policy == SPOOL_FSYNC_OFF)
		return 0;
	return fsync(sp->dirfd);
}

/*
 * Begin a new current segment whose name is the next sid.  Its name must
 * be new: the current segment may hold nothing but completions (its
 * first sid never used), and then the next sid is moved past it, since
 * two entries for one file would let spool_compact() unlink the segment
 * being written.  O_EXCL makes any such collision an error, not a loss.
 */
static int
spool_seg_begin(struct spool *sp)
{
	char path[SPOOL_PATH_MAX];
	int fd;

	if (sp->nsegs > 0 && sp->next_sid <= sp->segs[sp->nsegs - 1].first)
		sp->next_sid = sp->segs[sp->nsegs - 1].first + 1;
	spool_seg_path(sp, sp->next_sid, path, sizeof(path));
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC,
	    0600);
	if (fd == -1)
		return -1;
	if (sp->fd != -1) {
		/* What was written to the old segment must be as durable
		 * as the policy says before appends move on. */
		if (sp->dirty && sp->policy != SPOOL_FSYNC_OFF) {
			sp->syncs++;
			if (fdatasync(sp->fd) == -1)
				fatal("spool: fdatasync before rotating");
		}
		close(sp->fd);
	}
	sp->fd = fd;
	sp->dirty = 0;
	spool_seg_add(sp, sp->next_sid, 0);
	return spool_sync_dir(sp);
}

/* Continue writing the newest segment after a restart. */
static int
spool_seg_reopen(struct spool *sp)
{
	char path[SPOOL_PATH_MAX];
	struct spool_seg *cur = &sp->segs[sp->nsegs - 1];

	spool_seg_path(sp, cur->first, path, sizeof(path));
	if ((sp->fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)) == -1)
		return -1;
	if (sp->next_sid < cur->first)
		sp->next_sid = cur->first;
	return 0;
}

/* Delete the oldest segments while they hold nothing unfinished: a
 * completion can only refer to an older segment, so in this order no
 * deletion can resurrect an article. */
static void
spool_compact(struct spool *sp)
{
	char path[SPOOL_PATH_MAX];
	size_t k = 0;

	/* Never the last: it is the one being written. */
	while (k + 1 < sp->nsegs && sp->segs[k].live == 0) {
		spool_seg_path(sp, sp->segs[k].first, path, sizeof(path));
		if (unlink(path) == -1 && errno != ENOENT) {
			log_warn("spool: unlink %s", path);
			break;
		}
		log_debug("spool: segment %016" PRIx64 " done, removed",
		    sp->segs[k].first);
		k++;
	}
	if (k > 0) {
		memmove(sp->segs, sp->segs + k,
		    (sp->nsegs - k) * sizeof(*sp->segs));
		sp->nsegs -= k;
		(void)spool_sync_dir(sp);
	}
}

/* --- replay --- */

struct spool_live {
	uint64_t	*sids;		/* ARTICLE records, in log order */
	unsigned char	*gone;		/* a DONE was seen for it */
	size_t		 n, cap;
};

static ssize_t
spool_live_find(const struct spool_live *lv, uint64_t sid)
{
	size_t lo = 0, hi = lv->n;

	/* sids only grow in the log, so the list is sorted. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (lv->sids[mid] < sid)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < lv->n && lv->sids[lo] == sid ? (ssize_t)lo : -1;
}

/* Read a whole segment; NULL (errno) on failure. */
static unsigned char *
spool_slurp(const char *path, size_t *size)
{
	unsigned char *buf;
	struct stat st;
	size_t got = 0;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return NULL;
	if (fstat(fd, &st) == -1) {
		close(fd);
		return NULL;
	}
	buf = xmalloc((size_t)st.st_size + 1);
	while (got < (size_t)st.st_size) {
		ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);

		if (r <= 0) {
			if (r == -1 && errno == EINTR)
				continue;
			break;
		}
		got += (size_t)r;
	}
	close(fd);
	*size = got;
	return buf;
}

/*
 * Walk one segment's records.  Pass 1 (lv != NULL, replay == NULL) notes
 * articles and completions and repairs damage; pass 2 hands unfinished
 * articles to replay.
 */
static void
spool_walk(struct spool *sp, size_t k, struct spool_live *lv,
    spool_replay_fn replay, void *arg, uint64_t *max_sid)
{
	char path[SPOOL_PATH_MAX];
	unsigned char *buf;
	size_t size, off = 0, n;
	unsigned type;
	uint64_t sid;

	spool_seg_path(sp, sp->segs[k].first, path, sizeof(path));
	if ((buf = spool_slurp(path, &size)) == NULL) {
		log_warn("spool: %s", path);
		return;
	}
	sp->segs[k].size = size;
	while (off < size) {
		size_t next;

		if ((n = spool_record_at(buf, size, off, &type, &sid)) == 0) {
			/* Damage: resynchronise on the next good record. */
			for (next = off + 1; next < size; next++)
				if (spool_record_at(buf, size, next, &type,
				    &sid) != 0)
					break;
			if (replay != NULL) {
				off = next;
				continue;
			}
			sp->corrupt++;
			if (next >= size) {
				log_warnx("spool: %s: torn or corrupt tail at "
				    "byte %zu (%zu bytes): cut off", path, off,
				    size - off);
				if (truncate(path, (off_t)off) == -1)
					log_warn("spool: truncate %s", path);
				sp->segs[k].size = off;
				break;
			}
			log_warnx("spool: %s: corrupt record at byte %zu: "
			    "skipped %zu bytes", path, off, next - off);
			off = next;
			continue;
		}
		if (replay == NULL) {
			if (sid > *max_sid)
				*max_sid = sid;
			if (type == SPOOL_ARTICLE) {
				if (lv->n == lv->cap) {
					lv->cap = lv->cap ? lv->cap * 2 : 1024;
					lv->sids = xreallocarray(lv->sids,
					    lv->cap, sizeof(*lv->sids));
					lv->gone = xreallocarray(lv->gone,
					    lv->cap, 1);
				}
				lv->sids[lv->n] = sid;
				lv->gone[lv->n] = 0;
				lv->n++;
			} else {
				ssize_t i = spool_live_find(lv, sid);

				if (i >= 0)
					lv->gone[i] = 1;
			}
		} else if (type == SPOOL_ARTICLE) {
			ssize_t i = spool_live_find(lv, sid);

			if (i >= 0 && !lv->gone[i]) {
				lv->gone[i] = 1;	/* once only */
				sp->segs[k].live++;
				sp->unfinished++;
				replay(arg, sid, buf + off + SPOOL_HDR_SIZE,
				    n - SPOOL_HDR_SIZE);
			}
		}
		off += n;
	}
	free(buf);
}

static int
spool_scan_dir(struct spool *sp)
{
	DIR *d;
	struct dirent *e;

	if ((d = opendir(sp->dir)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		uint64_t first;
		char tail[8];

		if (sscanf(e->d_name, "spool-%16" SCNx64 ".lo%1s", &first,
		    tail) == 2 && strcmp(tail, "g") == 0 &&
		    strlen(e->d_name) == 26 && first > 0)
			spool_seg_add(sp, first, 0);
	}
	closedir(d);
	if (sp->nsegs > 1)	/* qsort may not see a NULL array */
		qsort(sp->segs, sp->nsegs, sizeof(*sp->segs), spool_seg_cmp);
	return 0;
}

struct spool *
spool_open(const char *dir, enum spool_fsync policy, spool_replay_fn replay,
    void *arg, char *err, size_t errlen)
{
	struct spool *sp;
	struct spool_live lv = { NULL, NULL, 0, 0 };
	uint64_t max_sid = 0;
	size_t k;

	spool_crc_init();
	if (strlen(dir) > SPOOL_PATH_MAX - 32) {
		snprintf(err, errlen, "spool: %s: path too long", dir);
		return NULL;
	}
	if (mkdir(dir, 0700) == -1 && errno != EEXIST) {
		snprintf(err, errlen, "spool: mkdir %s: %s", dir,
		    strerror(errno));
		return NULL;
	}
	sp = xcalloc(1, sizeof(*sp));
	sp->dir = xstrdup(dir);
	sp->policy = policy;
	sp->segment_max = SPOOL_SEGMENT_MAX;
	sp->fd = -1;
	if ((sp->dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1 ||
	    spool_scan_dir(sp) == -1) {
		snprintf(err, errlen, "spool: %s: %s", dir, strerror(errno));
		spool_close(&sp);
		return NULL;
	}
	for (k = 0; k < sp->nsegs; k++)
		spool_walk(sp, k, &lv, NULL, NULL, &max_sid);
	for (k = 0; k < sp->nsegs; k++)
		spool_walk(sp, k, &lv, replay, arg, &max_sid);
	free(lv.sids);
	free(lv.gone);
	sp->next_sid = max_sid + 1;
	/* Appends continue in the newest segment while it has room, so
	 * restarts (even a crash loop) add no files. */
	if (sp->nsegs > 0 &&
	    sp->segs[sp->nsegs - 1].size < sp->segment_max ?
	    spool_seg_reopen(sp) : spool_seg_begin(sp)) {
		snprintf(err, errlen, "spool: new segment in %s: %s", dir,
		    strerror(errno));
		spool_close(&sp);
		return NULL;
	}
	spool_compact(sp);
	log_info("spool %s: %zu unfinished article%s requeued, %zu "
	    "segment%s, fsync %s", dir, sp->unfinished,
	    sp->unfinished == 1 ? "" : "s", sp->nsegs,
	    sp->nsegs == 1 ? "" : "s", spool_fsync_name(policy));
	return sp;
}

void
spool_close(struct spool **spp)
{
	struct spool *sp;

	if (spp == NULL || (sp = *spp) == NULL)
		return;
	if (sp->fd != -1) {
		spool_flush(sp);
		(void)spool_sync(sp);
		close(sp->fd);
	}
	if (sp->dirfd != -1)
		close(sp->dirfd);
	free(sp->segs);
	free(sp->done);
	free(sp->dir);
	free(sp);
	*spp = NULL;
}

/* Write all of iov to the current segment, or roll back to its old end. */
static int
spool_write(struct spool *sp, struct iovec *iov, int iovcnt, size_t total)
{
	struct spool_seg *cur = &sp->segs[sp->nsegs - 1];
	size_t done = 0;

	while (done < total) {
		ssize_t w = writev(sp->fd, iov, iovcnt);
		int i;

		if (w == -1) {
			int e = errno;

			if (e == EINTR)
				continue;
			/* A partial record would read as damage: cut it. */
			if (ftruncate(sp->fd, (off_t)cur->size) == -1)
				log_warn("spool: cannot roll back");
			errno = e;
			return -1;
		}
		done += (size_t)w;
		for (i = 0; i < iovcnt && w > 0; i++) {
			size_t take = (size_t)w < iov[i].iov_len ?
			    (size_t)w : iov[i].iov_len;

			iov[i].iov_base = (char *)iov[i].iov_base + take;
			iov[i].iov_len -= take;
			w -= (ssize_t)take;
		}
	}
	cur->size += total;
	sp->dirty = 1;
	return 0;
}

uint64_t
spool_append(struct spool *sp, const void *frame, size_t len)
{
	unsigned char h[SPOOL_HDR_SIZE];
	struct iovec iov[2];
	uint64_t sid = sp->next_sid;

	if (len > SPOOL_RECORD_MAX) {
		errno = EMSGSIZE;
		return 0;
	}
	if (sp->segs[sp->nsegs - 1].size >= sp->segment_max &&
	    spool_seg_begin(sp) == -1)
		return 0;
	spool_header(h, SPOOL_ARTICLE, sid, frame, len);
	iov[0].iov_base = h;
	iov[0].iov_len = sizeof(h);
	iov[1].iov_base = (void *)(uintptr_t)frame;
	iov[1].iov_len = len;
	if (spool_write(sp, iov, 2, sizeof(h) + len) == -1)
		return 0;
	sp->next_sid++;
	sp->segs[sp->nsegs - 1].live++;
	sp->unfinished++;
	return sid;
}

void
spool_set_segment_max(struct spool *sp, uint64_t bytes)
{
	sp->segment_max = bytes > 0 ? bytes : 1;
}

int
spool_sync(struct spool *sp)
{
	if (!sp->dirty || sp->policy == SPOOL_FSYNC_OFF)
		return 0;
	sp->syncs++;
	if (fdatasync(sp->fd) == -1)
		return -1;
	sp->dirty = 0;
	return 0;
}

int
spool_holds_acks(const struct spool *sp)
{
	return sp->policy != SPOOL_FSYNC_OFF;
}

void
spool_done(struct spool *sp, uint64_t sid)
{
	size_t k = spool_seg_of(sp, sid);

	if (sp->segs[k].live > 0)
		sp->segs[k].live--;
	if (sp->unfinished > 0)
		sp->unfinished--;
	if (sp->ndone == sp->donecap) {
		sp->donecap = sp->donecap ? sp->donecap * 2 : 256;
		sp->done = xreallocarray(sp->done, sp->donecap,
		    sizeof(*sp->done));
	}
	sp->done[sp->ndone++] = sid;
	if (sp->ndone >= SPOOL_DONE_BATCH)
		spool_flush(sp);
}

void
spool_flush(struct spool *sp)
{
	unsigned char *buf;
	struct iovec iov;
	size_t i, total = sp->ndone * SPOOL_HDR_SIZE;

	if (sp->ndone > 0) {
		buf = xmalloc(total);
		for (i = 0; i < sp->ndone; i++)
			spool_header(buf + i * SPOOL_HDR_SIZE, SPOOL_DONE,
			    sp->done[i], NULL, 0);
		iov.iov_base = buf;
		iov.iov_len = total;
		/* Lost completions only mean redeliveries: warn, go on. */
		if (spool_write(sp, &iov, 1, total) == -1)
			log_warn("spool: recording %zu completions",
			    sp->ndone);
		free(buf);
		sp->ndone = 0;
	}
	spool_compact(sp);
}

void
spool_info(const struct spool *sp, struct spool_info *info)
{
	size_t k;

	memset(info, 0, sizeof(*info));
	info->segments = sp->nsegs;
	for (k = 0; k < sp->nsegs; k++)
		info->bytes += sp->segs[k].size;
	info->unfinished = sp->unfinished;
	info->syncs = sp->syncs;
	info->corrupt = sp->corrupt;
}

enum spool_fsync
spool_fsync_parse(const char *s, int *ok)
{
	*ok = 1;
	if (strcmp(s, "always") == 0)
		return SPOOL_FSYNC_ALWAYS;
	if (strcmp(s, "batch") == 0)
		return SPOOL_FSYNC_BATCH;
	if (strcmp(s, "off") == 0)
		return SPOOL_FSYNC_OFF;
	*ok = 0;
	return SPOOL_FSYNC_OFF;
}

const char *
spool_fsync_name(enum spool_fsync p)
{
	switch (p) {
	case SPOOL_FSYNC_ALWAYS:
		return "always";
	case SPOOL_FSYNC_BATCH:
		return "batch";
	case SPOOL_FSYNC_OFF:
		return "off";
	}
	return "?";
}
