/*
 * spool.c — the write-ahead log of accepted articles: its segments, the
 * scan that finds unfinished articles on start, replay, appending
 * articles and their attempts and completions, and giving space back
 * when the disk fills.  The on-disk format (the CRC-32C, file and record
 * headers, reading a record at an offset) is spool_record.c's.
 *
 * A record that fails its check is one of three things:
 *   - a torn tail: fewer bytes than a header left, or a header carrying
 *     the segment's key whose length runs past the end of the file (a
 *     crash in mid-append).  It is cut at the record's start, and its
 *     bytes are never searched.  Appends never follow a partial record (a
 *     failed append is rolled back before the next one may go, and a
 *     segment whose tail could not be cut is not appended to), so a
 *     keyed header that runs past the end can only be the last record;
 *   - a damaged record inside the file whose header is whole: the next
 *     record starts where its length says, and if one checks out there
 *     (or the file ends there), this one record is skipped, unsearched;
 *   - anything else (damage that hit a header, say): the scan looks for
 *     the next header that carries the segment's key and checks out.
 *     Those bytes may be an article's: it is safe because no producer
 *     can make a header the scan takes.  The key is 64 random bits from
 *     getrandom(), one per segment, kept only in the segment file (0600,
 *     in a 0700 directory), never logged or shown in /metrics; a match
 *     also needs the CRC-32C over that header and its payload.  Bytes in
 *     an article pass for a record only if their producer guesses the
 *     key: 2^-64 per try (a DONE-shaped record hidden in a bin value
 *     retires nothing).
 * Segments written before the keyed format ("QSP1", 24-byte headers) are
 * still read, but never searched: they are read up to their first damage.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/uio.h>

#include "log.h"
#include "message.h"
#include "spool.h"
#include "spool_int.h"
#include "util.h"

/* Buffered attempts and completions are written at least this often by
 * the caller's tick, and at once past this many (32-36 bytes each: about
 * 36 KiB a write). */
#define SPOOL_RECS_BATCH	1024
/* After writes failed for want of space, the spool is healthy again when
 * a write succeeds or this much is free: a batch of completions and a
 * few typical articles. */
#define SPOOL_FREE_MIN		(256u << 10)
#define SPOOL_NAME_FMT		"spool-%016" PRIx64 ".log"
#define SPOOL_PATH_MAX		1024

struct spool_seg {
	uint64_t	 first;		/* first sid it may hold (its name) */
	uint64_t	 size;
	size_t		 live;		/* unfinished articles recorded here */
	uint64_t	 key;		/* its records carry it (version 2) */
	int		 version;	/* 2; 1 legacy, read only; 0 unreadable */
	int		 sealed;	/* a torn tail not cut: never appended to */
};

/* An unfinished article found by the scan, not yet read in. */
struct spool_pend {
	uint64_t	 sid;
	uint64_t	 seg;		/* its segment's first sid */
	uint64_t	 off;		/* its payload's offset there */
	uint32_t	 len;
	uint32_t	 attempts;
	uint32_t	 order;		/* scan order, to keep sorts stable */
	int		 done;
	char		*id;
	size_t		 idlen;
};

/* An attempt or completion waiting for spool_flush(). */
struct spool_rec {
	uint64_t	 sid;
	uint32_t	 value;
	unsigned char	 type;
};

struct spool {
	char		*dir;
	enum spool_fsync policy;
	struct spool_seg *segs;		/* by first sid; the last is current */
	size_t		 nsegs, segcap;
	int		 fd;		/* the current segment */
	int		 dirfd;
	uint64_t	 next_sid;
	uint64_t	 segment_max;	/* rotate past this size */
	int		 dirty;		/* written since the last sync */
	struct spool_rec *recs;		/* buffered, not yet written */
	size_t		 nrecs, reccap;
	size_t		 unfinished;
	/* replay: the unfinished articles, by sid, and an index by id */
	struct spool_pend *pend;
	size_t		 npend, pendcap, rp;	/* rp: the next to read */
	uint32_t	*idx;		/* pend index + 1, 0 empty */
	size_t		 idxmask;
	uint64_t	 idseed;
	int		 rfd;		/* the segment replay reads */
	uint64_t	 rfirst;
	/* figures */
	uint64_t	 syncs, corrupt, write_errors, enospc, fsync_failures;
	int		 failing;
	int		 torn;		/* a failed append not yet rolled back */
};

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

static struct spool_seg *
spool_seg_add(struct spool *sp, uint64_t first, uint64_t size)
{
	struct spool_seg *s;

	if (sp->nsegs == sp->segcap) {
		sp->segcap = sp->segcap ? sp->segcap * 2 : 8;
		sp->segs = xreallocarray(sp->segs, sp->segcap,
		    sizeof(*sp->segs));
	}
	s = &sp->segs[sp->nsegs++];
	memset(s, 0, sizeof(*s));
	s->first = first;
	s->size = size;
	s->version = 2;
	return s;
}

static int
spool_seg_cmp(const void *a, const void *b)
{
	const struct spool_seg *x = a, *y = b;

	return (x->first > y->first) - (x->first < y->first);
}

/* A failed fdatasync or fsync: after one, nothing says what it was to
 * write reached the disk, and no later one can be trusted to cover it
 * (PostgreSQL's lesson).  Die; producers resend, the spool replays. */
static void
spool_sync_failed(struct spool *sp, const char *what)
{
	sp->fsync_failures++;
	fatal("spool: %s", what);
}

static void
spool_sync_dir(struct spool *sp)
{
	if (sp->policy != SPOOL_FSYNC_OFF && fsync(sp->dirfd) == -1)
		spool_sync_failed(sp, "fsync of the directory");
}

static void
spool_write_failed(struct spool *sp, int e)
{
	sp->write_errors++;
	if (e == ENOSPC || e == EDQUOT)
		sp->enospc++;
	if (!sp->failing)
		log_warnx("spool: cannot write: %s", strerror(e));
	sp->failing = 1;
}

/* write(2) all of buf at the current offset; 0 or -1 (errno). */
static int
spool_write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len > 0) {
		ssize_t w = write(fd, p, len);

		if (w == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

/* Give a segment a fresh file header (it holds nothing else). */
static int
spool_seg_init(struct spool *sp, int fd, struct spool_seg *s)
{
	unsigned char h[SPOOL_FILE_HDR];

	s->key = spool_record_new_key();
	spool_record_file_header(h, s->key, s->first);
	if (ftruncate(fd, 0) == -1 || spool_write_all(fd, h, sizeof(h)) == -1)
		return -1;
	s->size = SPOOL_FILE_HDR;
	s->version = 2;
	sp->dirty = 1;
	return 0;
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
	struct spool_seg s;
	int fd, e;

	if (sp->nsegs > 0 && sp->next_sid <= sp->segs[sp->nsegs - 1].first)
		sp->next_sid = sp->segs[sp->nsegs - 1].first + 1;
	spool_seg_path(sp, sp->next_sid, path, sizeof(path));
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC,
	    0600);
	if (fd == -1)
		return -1;
	memset(&s, 0, sizeof(s));
	s.first = sp->next_sid;
	if (spool_seg_init(sp, fd, &s) == -1) {
		/* A full disk: keep writing (or failing) where we were. */
		e = errno;
		close(fd);
		unlink(path);
		errno = e;
		return -1;
	}
	if (sp->fd != -1) {
		/* What was written to the old segment must be as durable
		 * as the policy says before appends move on. */
		if (sp->dirty && sp->policy != SPOOL_FSYNC_OFF) {
			sp->syncs++;
			if (fdatasync(sp->fd) == -1)
				spool_sync_failed(sp, "fdatasync before "
				    "rotating");
		}
		close(sp->fd);
	}
	sp->fd = fd;
	sp->dirty = 1;
	/* A partial record the old segment could not shed stays its last:
	 * the next scan cuts it. */
	sp->torn = 0;
	*spool_seg_add(sp, s.first, s.size) = s;
	spool_sync_dir(sp);
	return 0;
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
	/* Created, then killed before its header was whole. */
	if (cur->size < SPOOL_FILE_HDR && spool_seg_init(sp, sp->fd, cur))
		return -1;
	if (sp->next_sid < cur->first)
		sp->next_sid = cur->first;
	return 0;
}

/* Buffered records about sids older than every segment are moot. */
static void
spool_recs_prune(struct spool *sp)
{
	size_t i, n = 0;

	for (i = 0; i < sp->nrecs; i++)
		if (sp->recs[i].sid >= sp->segs[0].first)
			sp->recs[n++] = sp->recs[i];
	sp->nrecs = n;
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
		spool_sync_dir(sp);
		spool_recs_prune(sp);
	}
}

/* --- the scan on open --- */

struct spool_scan {
	struct spool_rec *recs;		/* DONE and ATTEMPT, in log order */
	size_t		  nrecs, reccap;
	uint64_t	  max_sid;
	const struct spool_hooks *hooks;
};

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

static void
spool_scan_record(struct spool *sp, struct spool_scan *sc,
    const struct spool_seg *s, const unsigned char *payload, size_t off,
    unsigned type, uint64_t sid, size_t len)
{
	struct spool_pend *p;
	struct spool_rec *r;
	struct str id;

	if (sid > sc->max_sid)
		sc->max_sid = sid;
	if (type == SPOOL_ARTICLE) {
		if (sp->npend == sp->pendcap) {
			sp->pendcap = sp->pendcap ? sp->pendcap * 2 : 1024;
			sp->pend = xreallocarray(sp->pend, sp->pendcap,
			    sizeof(*sp->pend));
		}
		p = &sp->pend[sp->npend];
		memset(p, 0, sizeof(*p));
		p->sid = sid;
		p->seg = s->first;
		p->off = off;
		p->len = (uint32_t)len;
		p->order = (uint32_t)sp->npend;
		if (sc->hooks != NULL && sc->hooks->id != NULL &&
		    sc->hooks->id(sc->hooks->arg, payload, len, &id) == 0 &&
		    id.len > 0) {
			p->id = xmalloc(id.len);
			memcpy(p->id, id.p, id.len);
			p->idlen = id.len;
		}
		sp->npend++;
		return;
	}
	if (sc->nrecs == sc->reccap) {
		sc->reccap = sc->reccap ? sc->reccap * 2 : 1024;
		sc->recs = xreallocarray(sc->recs, sc->reccap,
		    sizeof(*sc->recs));
	}
	r = &sc->recs[sc->nrecs++];
	r->type = (unsigned char)type;
	r->sid = sid;
	r->value = type == SPOOL_ATTEMPT ? spool_get32(payload) : 0;
}

static void
spool_cut(struct spool *sp, struct spool_seg *s, const char *path,
    size_t off, size_t size)
{
	log_warnx("spool: %s: torn or corrupt tail at byte %zu (%zu bytes): "
	    "cut off", path, off, size - off);
	if (truncate(path, (off_t)off) == -1) {
		/* Appending after it would put records behind a header whose
		 * length covers them: write elsewhere. */
		log_warn("spool: truncate %s (no more appends to it)", path);
		s->sealed = 1;
	} else
		s->size = off;
	(void)sp;
}

/* A header carrying the key whose record runs past the end of the file:
 * a torn final append. */
static int
spool_runs_past_end(const unsigned char *buf, size_t size, size_t off,
    uint64_t key)
{
	uint32_t len;

	if (size - off < SPOOL_HDR_SIZE)
		return 1;
	len = spool_get32(buf + off + 8);
	return spool_get64(buf + off) == key && len <= SPOOL_RECORD_MAX &&
	    size - off - SPOOL_HDR_SIZE < len;
}

/* A header carrying the key, whole record inside the file, and at its end
 * either the end of the file or a record that checks out: only this
 * record is damaged.  Where the next one starts, or 0. */
static size_t
spool_skip_one(const unsigned char *buf, size_t size, size_t off,
    uint64_t key)
{
	uint32_t len = spool_get32(buf + off + 8);
	size_t next;
	unsigned type;
	uint64_t sid;

	if (spool_get64(buf + off) != key || len > SPOOL_RECORD_MAX ||
	    size - off - SPOOL_HDR_SIZE < len)
		return 0;
	next = off + SPOOL_HDR_SIZE + len;
	if (next == size || spool_record_at(buf, size, next, key, &type,
	    &sid) != 0)
		return next;
	return 0;
}

/* A keyed segment: a torn tail is cut; a damaged record whose header is
 * whole is skipped; other damage is passed by the next header that carries
 * the key and checks out (or, if none does, cut). */
static void
spool_scan_v2(struct spool *sp, struct spool_scan *sc, struct spool_seg *s,
    const char *path, const unsigned char *buf, size_t size)
{
	unsigned char key[8];
	size_t off = SPOOL_FILE_HDR, n;
	unsigned type;
	uint64_t sid;

	spool_put64(key, s->key);
	while (off < size) {
		const unsigned char *at;
		size_t next = size;

		if ((n = spool_record_at(buf, size, off, s->key, &type,
		    &sid)) != 0) {
			spool_scan_record(sp, sc, s, buf + off +
			    SPOOL_HDR_SIZE, off + SPOOL_HDR_SIZE, type, sid,
			    n - SPOOL_HDR_SIZE);
			off += n;
			continue;
		}
		sp->corrupt++;
		if (spool_runs_past_end(buf, size, off, s->key)) {
			spool_cut(sp, s, path, off, size);
			break;
		}
		if ((n = spool_skip_one(buf, size, off, s->key)) != 0) {
			log_warnx("spool: %s: damaged record at byte %zu "
			    "(%zu bytes): skipped", path, off, n - off);
			off = n;
			continue;
		}
		for (at = buf + off + 1; at < buf + size; at++) {
			at = memmem(at, (size_t)(buf + size - at), key,
			    sizeof(key));
			if (at == NULL)
				break;
			if (spool_record_at(buf, size, (size_t)(at - buf),
			    s->key, &type, &sid) != 0) {
				next = (size_t)(at - buf);
				break;
			}
		}
		if (next >= size) {
			spool_cut(sp, s, path, off, size);
			break;
		}
		log_warnx("spool: %s: corrupt record at byte %zu: skipped %zu "
		    "bytes", path, off, next - off);
		off = next;
	}
}

/* A legacy segment: read up to its first damage, never searched. */
static void
spool_scan_v1(struct spool *sp, struct spool_scan *sc, struct spool_seg *s,
    const char *path, const unsigned char *buf, size_t size)
{
	size_t off = 0, n;
	unsigned type;
	uint64_t sid;
	int torn;

	while (off < size) {
		if ((n = spool_record_v1_at(buf, size, off, &type, &sid,
		    &torn)) != 0) {
			spool_scan_record(sp, sc, s, buf + off + SPOOL_V1_HDR,
			    off + SPOOL_V1_HDR, type, sid, n - SPOOL_V1_HDR);
			off += n;
			continue;
		}
		sp->corrupt++;
		if (torn)
			spool_cut(sp, s, path, off, size);
		else
			log_warnx("spool: %s: damaged at byte %zu; the %zu "
			    "bytes after it are not read (a segment of the "
			    "old format cannot be searched safely)", path, off,
			    size - off);
		break;
	}
}

static void
spool_scan_seg(struct spool *sp, struct spool_scan *sc, size_t k)
{
	char path[SPOOL_PATH_MAX];
	struct spool_seg *s = &sp->segs[k];
	unsigned char *buf;
	size_t size;
	unsigned type;
	uint64_t sid;

	spool_seg_path(sp, s->first, path, sizeof(path));
	if ((buf = spool_slurp(path, &size)) == NULL) {
		log_warn("spool: %s", path);
		s->version = 0;
		return;
	}
	s->size = size;
	if (size >= 4 && spool_get32(buf) == SPOOL_V1_MAGIC) {
		s->version = 1;
		spool_scan_v1(sp, sc, s, path, buf, size);
	} else if (size >= SPOOL_FILE_HDR &&
	    spool_get32(buf) == SPOOL_FILE_MAGIC &&
	    spool_get32(buf + 24) == spool_record_crc(0, buf, 24)) {
		s->key = spool_get64(buf + 8);
		spool_scan_v2(sp, sc, s, path, buf, size);
	} else if (size >= SPOOL_FILE_HDR + SPOOL_HDR_SIZE &&
	    spool_record_at(buf, size, SPOOL_FILE_HDR, spool_get64(buf +
	    SPOOL_FILE_HDR), &type, &sid) != 0) {
		/* The file header is damaged, the first record is not:
		 * it carries the key. */
		log_warnx("spool: %s: damaged file header; key taken from the "
		    "first record", path);
		sp->corrupt++;
		s->key = spool_get64(buf + SPOOL_FILE_HDR);
		spool_scan_v2(sp, sc, s, path, buf, size);
	} else if (size >= SPOOL_FILE_HDR) {
		log_warnx("spool: %s: not a spool segment, or its header is "
		    "damaged: not read", path);
		sp->corrupt++;
		s->version = 0;
	}
	/* Shorter than a header: created, then killed; reopen fixes it. */
	free(buf);
}

static int
spool_pend_cmp(const void *a, const void *b)
{
	const struct spool_pend *x = a, *y = b;

	if (x->sid != y->sid)
		return (x->sid > y->sid) - (x->sid < y->sid);
	return (x->order > y->order) - (x->order < y->order);
}

static ssize_t
spool_pend_find(const struct spool *sp, uint64_t sid)
{
	size_t lo = 0, hi = sp->npend;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (sp->pend[mid].sid < sid)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sp->npend && sp->pend[lo].sid == sid ? (ssize_t)lo : -1;
}

static uint64_t
spool_id_hash(uint64_t seed, const char *p, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL ^ seed;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)p[i];
		h *= 0x100000001b3ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

/* Keep only the unfinished articles, with their last attempt count, and
 * index them by id. */
static void
spool_resolve(struct spool *sp, struct spool_scan *sc)
{
	size_t i, n = 0, slots = 16;

	if (sp->npend > 1)
		qsort(sp->pend, sp->npend, sizeof(*sp->pend), spool_pend_cmp);
	for (i = 0; i < sc->nrecs; i++) {
		ssize_t at = spool_pend_find(sp, sc->recs[i].sid);

		if (at < 0)
			continue;
		if (sc->recs[i].type == SPOOL_DONE)
			sp->pend[at].done = 1;
		else
			sp->pend[at].attempts = sc->recs[i].value;
	}
	for (i = 0; i < sp->npend; i++) {
		struct spool_pend *p = &sp->pend[i];

		/* A sid twice (only damage can do that): the first. */
		if (p->done || (n > 0 && sp->pend[n - 1].sid == p->sid)) {
			free(p->id);
			continue;
		}
		sp->pend[n++] = *p;
		sp->segs[spool_seg_of(sp, p->sid)].live++;
	}
	sp->npend = n;
	sp->unfinished = n;
	if (n == 0)
		return;
	while (slots < 2 * n)
		slots *= 2;
	sp->idx = xcalloc(slots, sizeof(*sp->idx));
	sp->idxmask = slots - 1;
	if (getrandom(&sp->idseed, sizeof(sp->idseed), 0) !=
	    sizeof(sp->idseed))
		sp->idseed = now_us() * 0x9e3779b97f4a7c15ULL;
	for (i = 0; i < n; i++) {
		size_t k;

		if (sp->pend[i].id == NULL)
			continue;
		k = spool_id_hash(sp->idseed, sp->pend[i].id,
		    sp->pend[i].idlen) & sp->idxmask;
		while (sp->idx[k] != 0)
			k = (k + 1) & sp->idxmask;
		sp->idx[k] = (uint32_t)i + 1;
	}
}

static int
spool_scan_dir(struct spool *sp, uint64_t *total)
{
	DIR *d;
	struct dirent *e;

	if ((d = opendir(sp->dir)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		uint64_t first;
		char tail[8];
		struct stat st;

		if (sscanf(e->d_name, "spool-%16" SCNx64 ".lo%1s", &first,
		    tail) == 2 && strcmp(tail, "g") == 0 &&
		    strlen(e->d_name) == 26 && first > 0) {
			spool_seg_add(sp, first, 0);
			if (fstatat(sp->dirfd, e->d_name, &st, 0) == 0)
				*total += (uint64_t)st.st_size;
		}
	}
	closedir(d);
	if (sp->nsegs > 1)	/* qsort may not see a NULL array */
		qsort(sp->segs, sp->nsegs, sizeof(*sp->segs), spool_seg_cmp);
	return 0;
}

struct spool *
spool_open(const char *dir, enum spool_fsync policy,
    const struct spool_hooks *hooks, char *err, size_t errlen)
{
	struct spool *sp;
	struct spool_scan sc;
	uint64_t total = 0, bytes_read = 0;
	size_t k;
	int rc;

	spool_record_crc_init();
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
	sp->rfd = -1;
	if ((sp->dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1 ||
	    spool_scan_dir(sp, &total) == -1) {
		snprintf(err, errlen, "spool: %s: %s", dir, strerror(errno));
		spool_close(&sp);
		return NULL;
	}
	memset(&sc, 0, sizeof(sc));
	sc.hooks = hooks;
	for (k = 0; k < sp->nsegs; k++) {
		spool_scan_seg(sp, &sc, k);
		bytes_read += sp->segs[k].size;
		if (hooks != NULL && hooks->progress != NULL)
			hooks->progress(hooks->arg, bytes_read, total);
	}
	spool_resolve(sp, &sc);
	free(sc.recs);
	sp->next_sid = sc.max_sid + 1;
	/* Appends continue in the newest segment while it has room, so
	 * restarts (even a crash loop) add no files. */
	if (sp->nsegs > 0 && sp->segs[sp->nsegs - 1].version == 2 &&
	    !sp->segs[sp->nsegs - 1].sealed &&
	    sp->segs[sp->nsegs - 1].size < sp->segment_max)
		rc = spool_seg_reopen(sp);
	else if ((rc = spool_seg_begin(sp)) == -1 && (errno == ENOSPC ||
	    errno == EDQUOT) && sp->nsegs > 0 &&
	    sp->segs[sp->nsegs - 1].version == 2 &&
	    !sp->segs[sp->nsegs - 1].sealed) {
		/* A full disk with no room for a new segment: go on in the
		 * newest, past its size, so the spool replays now and not
		 * once space returns; appends say busy until one fits. */
		spool_write_failed(sp, errno);
		rc = spool_seg_reopen(sp);
	}
	if (rc == -1) {
		snprintf(err, errlen, "spool: cannot write in %s: %s", dir,
		    strerror(errno));
		spool_close(&sp);
		return NULL;
	}
	spool_compact(sp);
	log_info("spool %s: %zu unfinished article%s to replay, %zu "
	    "segment%s (%" PRIu64 " bytes), fsync %s", dir, sp->unfinished,
	    sp->unfinished == 1 ? "" : "s", sp->nsegs,
	    sp->nsegs == 1 ? "" : "s", total, spool_fsync_name(policy));
	return sp;
}

static void
spool_replay_free(struct spool *sp)
{
	size_t i;

	for (i = 0; i < sp->npend; i++)
		free(sp->pend[i].id);
	free(sp->pend);
	free(sp->idx);
	sp->pend = NULL;
	sp->idx = NULL;
	sp->npend = sp->pendcap = sp->rp = 0;
	if (sp->rfd != -1)
		close(sp->rfd);
	sp->rfd = -1;
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
	spool_replay_free(sp);
	free(sp->segs);
	free(sp->recs);
	free(sp->dir);
	free(sp);
	*spp = NULL;
}

/* --- replay --- */

size_t
spool_replay_left(const struct spool *sp)
{
	return sp->npend - sp->rp;
}

size_t
spool_replay_next_len(const struct spool *sp)
{
	return sp->rp < sp->npend ? sp->pend[sp->rp].len : 0;
}

int
spool_pending(const struct spool *sp, struct str id)
{
	size_t k;

	if (sp->idx == NULL || sp->rp >= sp->npend)
		return 0;
	k = spool_id_hash(sp->idseed, id.p, id.len) & sp->idxmask;
	while (sp->idx[k] != 0) {
		const struct spool_pend *p = &sp->pend[sp->idx[k] - 1];

		if (p->idlen == id.len && memcmp(p->id, id.p, id.len) == 0)
			return sp->idx[k] - 1 >= sp->rp;
		k = (k + 1) & sp->idxmask;
	}
	return 0;
}

/* Read back one record found by the scan, checking it again. */
static void *
spool_read_back(struct spool *sp, const struct spool_pend *p)
{
	char path[SPOOL_PATH_MAX];
	const struct spool_seg *s = &sp->segs[spool_seg_of(sp, p->sid)];
	size_t hdr = s->version == 1 ? SPOOL_V1_HDR : SPOOL_HDR_SIZE;
	size_t want = hdr + p->len, n;
	unsigned char *buf;
	unsigned type;
	uint64_t sid;
	ssize_t r;
	int torn;

	if (sp->rfd == -1 || sp->rfirst != p->seg) {
		if (sp->rfd != -1)
			close(sp->rfd);
		spool_seg_path(sp, p->seg, path, sizeof(path));
		if ((sp->rfd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
			log_warn("spool: %s", path);
			return NULL;
		}
		sp->rfirst = p->seg;
	}
	buf = xmalloc(want);
	do
		r = pread(sp->rfd, buf, want, (off_t)(p->off - hdr));
	while (r == -1 && errno == EINTR);
	if (r != (ssize_t)want)
		n = 0;
	else if (s->version == 1)
		n = spool_record_v1_at(buf, want, 0, &type, &sid, &torn);
	else
		n = spool_record_at(buf, want, 0, s->key, &type, &sid);
	if (n != want || type != SPOOL_ARTICLE || sid != p->sid) {
		free(buf);
		return NULL;
	}
	memmove(buf, buf + hdr, p->len);
	return buf;
}

int
spool_replay_next(struct spool *sp, uint64_t *sid, uint32_t *attempts,
    void **frame, size_t *len)
{
	while (sp->rp < sp->npend) {
		struct spool_pend *p = &sp->pend[sp->rp++];
		void *buf = spool_read_back(sp, p);

		if (buf == NULL) {
			log_warnx("spool: article %" PRIu64 " no longer reads "
			    "back from segment %016" PRIx64 ": lost", p->sid,
			    p->seg);
			sp->corrupt++;
			spool_done(sp, p->sid);
			continue;
		}
		*sid = p->sid;
		*attempts = p->attempts;
		*frame = buf;
		*len = p->len;
		if (sp->rp == sp->npend)
			spool_replay_free(sp);
		return 1;
	}
	if (sp->pend != NULL)
		spool_replay_free(sp);
	return 0;
}

/* --- writing --- */

/* Write all of iov to the current segment, or roll back to its old end. */
static int
spool_write(struct spool *sp, struct iovec *iov, int iovcnt, size_t total)
{
	struct spool_seg *cur = &sp->segs[sp->nsegs - 1];
	size_t done = 0;

	/* A partial record left by a failed append goes before anything is
	 * appended after it (see the top of the file). */
	if (sp->torn) {
		if (ftruncate(sp->fd, (off_t)cur->size) == -1) {
			int e = errno;

			spool_write_failed(sp, e);
			errno = e;
			return -1;
		}
		sp->torn = 0;
	}
	while (done < total) {
		ssize_t w = writev(sp->fd, iov, iovcnt);
		int i;

		if (w == -1) {
			int e = errno;

			if (e == EINTR)
				continue;
			/* A partial record would read as damage: cut it,
			 * or before the next append. */
			if (done > 0 && ftruncate(sp->fd, (off_t)cur->size)) {
				log_warn("spool: cannot roll back (will retry "
				    "before the next write)");
				sp->torn = 1;
			}
			spool_write_failed(sp, e);
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
	if (sp->failing)
		log_info("spool: writing again");
	sp->failing = 0;
	return 0;
}

/* Write the buffered attempts and completions; kept on failure. */
static void
spool_write_recs(struct spool *sp)
{
	unsigned char *buf, *p;
	struct iovec iov;
	uint64_t key = sp->segs[sp->nsegs - 1].key;
	size_t i;

	if (sp->nrecs == 0)
		return;
	p = buf = xmalloc(sp->nrecs * (SPOOL_HDR_SIZE + SPOOL_ATTEMPT_LEN));
	for (i = 0; i < sp->nrecs; i++) {
		const struct spool_rec *r = &sp->recs[i];

		if (r->type == SPOOL_ATTEMPT) {
			unsigned char v[SPOOL_ATTEMPT_LEN];

			spool_put32(v, r->value);
			spool_record_header(p, key, SPOOL_ATTEMPT, r->sid, v,
			    sizeof(v));
			memcpy(p + SPOOL_HDR_SIZE, v, sizeof(v));
			p += SPOOL_HDR_SIZE + sizeof(v);
		} else {
			spool_record_header(p, key, SPOOL_DONE, r->sid, NULL,
			    0);
			p += SPOOL_HDR_SIZE;
		}
	}
	iov.iov_base = buf;
	iov.iov_len = (size_t)(p - buf);
	/* Lost records would only mean redeliveries: keep them for the
	 * next try rather than drop them. */
	if (spool_write(sp, &iov, 1, (size_t)(p - buf)) == 0)
		sp->nrecs = 0;
	free(buf);
}

/*
 * Writes are failing (a full disk): give back what finished articles
 * hold.  With nothing unfinished at all, every record is dead weight, so
 * the other segments go and the current one is emptied to its header;
 * else, if the current segment holds nothing unfinished, a new one is
 * begun so that compaction may delete it.
 */
static void
spool_reclaim(struct spool *sp)
{
	struct spool_seg *cur = &sp->segs[sp->nsegs - 1];
	struct statvfs vfs;

	if (sp->unfinished == 0) {
		sp->nrecs = 0;
		spool_compact(sp);
		cur = &sp->segs[sp->nsegs - 1];
		if (cur->size > SPOOL_FILE_HDR && sp->nsegs == 1 &&
		    ftruncate(sp->fd, SPOOL_FILE_HDR) == 0) {
			log_info("spool: nothing unfinished: segment emptied "
			    "(%" PRIu64 " bytes given back)",
			    cur->size - SPOOL_FILE_HDR);
			cur->size = SPOOL_FILE_HDR;
			sp->dirty = 1;
			/* Durable, or finished articles could come back
			 * after a crash without their completions. */
			(void)spool_sync(sp);
		}
	} else if (cur->live == 0 && cur->size > SPOOL_FILE_HDR &&
	    spool_seg_begin(sp) == 0)
		log_info("spool: writes failing; new segment begun so "
		    "finished ones can go");
	spool_compact(sp);
	spool_write_recs(sp);
	if (sp->failing && fstatvfs(sp->fd, &vfs) == 0 &&
	    (uint64_t)vfs.f_bavail * vfs.f_frsize >= SPOOL_FREE_MIN) {
		log_info("spool: space is back");
		sp->failing = 0;
	}
}

uint64_t
spool_append_many(struct spool *sp, const struct iovec *frames, size_t n)
{
	unsigned char h[SPOOL_APPEND_MAX][SPOOL_HDR_SIZE];
	struct iovec iov[2 * SPOOL_APPEND_MAX];
	uint64_t first, key;
	size_t i, total;
	int tries;

	if (n == 0 || n > SPOOL_APPEND_MAX) {
		errno = EINVAL;
		return 0;
	}
	for (i = 0; i < n; i++)
		if (frames[i].iov_len > SPOOL_RECORD_MAX) {
			errno = EMSGSIZE;
			return 0;
		}
	for (tries = 0;; tries++) {
		int e;

		if (sp->segs[sp->nsegs - 1].size >= sp->segment_max &&
		    spool_seg_begin(sp) == -1) {
			e = errno;
			spool_write_failed(sp, e);
		} else {
			/* Built for the segment written to: a retry after
			 * spool_reclaim() may be in a new one, of another
			 * key. */
			key = sp->segs[sp->nsegs - 1].key;
			for (i = 0, total = 0; i < n; i++) {
				spool_record_header(h[i], key, SPOOL_ARTICLE,
				    sp->next_sid + i, frames[i].iov_base,
				    frames[i].iov_len);
				iov[2 * i].iov_base = h[i];
				iov[2 * i].iov_len = SPOOL_HDR_SIZE;
				iov[2 * i + 1] = frames[i];
				total += SPOOL_HDR_SIZE + frames[i].iov_len;
			}
			if (spool_write(sp, iov, (int)(2 * n), total) == 0)
				break;
			e = errno;
		}
		/* Out of space: give back what finished articles hold,
		 * and try once more. */
		if (tries > 0 || (e != ENOSPC && e != EDQUOT)) {
			errno = e;
			return 0;
		}
		spool_reclaim(sp);
	}
	sp->segs[sp->nsegs - 1].live += n;
	sp->unfinished += n;
	first = sp->next_sid;
	sp->next_sid += n;
	return first;
}

uint64_t
spool_append(struct spool *sp, const void *frame, size_t len)
{
	struct iovec one;

	one.iov_base = (void *)(uintptr_t)frame;
	one.iov_len = len;
	return spool_append_many(sp, &one, 1);
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
	if (fdatasync(sp->fd) == -1) {
		sp->fsync_failures++;
		return -1;
	}
	sp->dirty = 0;
	return 0;
}

int
spool_holds_acks(const struct spool *sp)
{
	return sp->policy != SPOOL_FSYNC_OFF;
}

static void
spool_rec_add(struct spool *sp, unsigned type, uint64_t sid, uint32_t value)
{
	struct spool_rec *r;

	if (sp->nrecs == sp->reccap) {
		sp->reccap = sp->reccap ? sp->reccap * 2 : 256;
		sp->recs = xreallocarray(sp->recs, sp->reccap,
		    sizeof(*sp->recs));
	}
	r = &sp->recs[sp->nrecs++];
	r->type = (unsigned char)type;
	r->sid = sid;
	r->value = value;
	/* While writes fail, the tick retries; not every record. */
	if (sp->nrecs >= SPOOL_RECS_BATCH && !sp->failing)
		spool_flush(sp);
}

void
spool_attempt(struct spool *sp, uint64_t sid, uint32_t attempts)
{
	spool_rec_add(sp, SPOOL_ATTEMPT, sid, attempts);
}

void
spool_done(struct spool *sp, uint64_t sid)
{
	size_t k = spool_seg_of(sp, sid);

	if (sp->segs[k].live > 0)
		sp->segs[k].live--;
	if (sp->unfinished > 0)
		sp->unfinished--;
	spool_rec_add(sp, SPOOL_DONE, sid, 0);
}

void
spool_flush(struct spool *sp)
{
	if (sp->failing) {
		spool_reclaim(sp);
		return;
	}
	spool_write_recs(sp);
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
	info->replay_left = sp->npend - sp->rp;
	info->syncs = sp->syncs;
	info->corrupt = sp->corrupt;
	info->write_errors = sp->write_errors;
	info->enospc = sp->enospc;
	info->fsync_failures = sp->fsync_failures;
	info->failing = sp->failing;
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
