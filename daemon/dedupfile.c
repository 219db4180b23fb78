/*
 * dedupfile.c — the journal of recently finished article ids
 * (dedupfile.h).
 *
 * The file is a 4-byte magic "QDD1" and records: id length (16 bits),
 * finish time in milliseconds on the wall clock (64 bits), a check (FNV-1a
 * over both and the id) and the id.  A record that does not check out ends
 * the file: it was torn by a crash, and is cut off.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dedupfile.h"
#include "log.h"
#include "util.h"

#define DEDUPFILE_MAGIC		"QDD1"
#define DEDUPFILE_HDR		14	/* len 2, ms 8, check 4 */
/* Rewritten when it holds this many more records than twice what the
 * ledger remembers: a small ledger is not rewritten at every tick. */
#define DEDUPFILE_SLACK		4096

struct dedupfile {
	char		*path;
	int		 fd;
	int		 durable;	/* fsync before a rewrite is renamed */
	uint64_t	 records;	/* in the file */
	unsigned char	*buf;		/* buffered records */
	size_t		 len, cap, nbuf;
	int		 warned;
};

static uint64_t
dedupfile_wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static uint32_t
dedupfile_check(const unsigned char *head, const char *id, size_t len)
{
	uint32_t h = 0x811c9dc5u;
	size_t i;

	for (i = 0; i < 10; i++)
		h = (h ^ head[i]) * 0x01000193u;
	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)id[i]) * 0x01000193u;
	return h;
}

static void
dedupfile_put(unsigned char *p, uint64_t v, int n)
{
	int i;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t
dedupfile_get(const unsigned char *p, int n)
{
	uint64_t v = 0;
	int i;

	for (i = n - 1; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

/* Append one record to a byte buffer. */
static void
dedupfile_encode(unsigned char **buf, size_t *len, size_t *cap,
    struct str id, uint64_t ms)
{
	unsigned char *p;
	size_t need = DEDUPFILE_HDR + id.len;

	if (id.len > 0xffff)
		return;
	if (*len + need > *cap) {
		*cap = (*len + need) * 2;
		*buf = xreallocarray(*buf, *cap, 1);
	}
	p = *buf + *len;
	dedupfile_put(p, id.len, 2);
	dedupfile_put(p + 2, ms, 8);
	dedupfile_put(p + 10, dedupfile_check(p, id.p, id.len), 4);
	memcpy(p + DEDUPFILE_HDR, id.p, id.len);
	*len += need;
}

/* Read the file into l; the offset where good records end. */
static off_t
dedupfile_load(struct dedupfile *d, struct ledger *l, uint64_t window_us)
{
	struct stat st;
	unsigned char *buf;
	uint64_t wall = dedupfile_wall_ms(), mono = now_us(), loaded = 0;
	size_t off = 4, got = 0;

	if (fstat(d->fd, &st) == -1 || st.st_size < 4)
		return 0;
	buf = xmalloc((size_t)st.st_size);
	while (got < (size_t)st.st_size) {
		ssize_t r = pread(d->fd, buf + got, (size_t)st.st_size - got,
		    (off_t)got);

		if (r <= 0) {
			if (r == -1 && errno == EINTR)
				continue;
			break;
		}
		got += (size_t)r;
	}
	if (got < 4 || memcmp(buf, DEDUPFILE_MAGIC, 4) != 0) {
		log_warnx("%s: not a duplicate-window journal: started anew",
		    d->path);
		free(buf);
		return 0;
	}
	while (off + DEDUPFILE_HDR <= got) {
		size_t len = (size_t)dedupfile_get(buf + off, 2);
		uint64_t ms = dedupfile_get(buf + off + 2, 8), age_us;
		const char *id = (const char *)buf + off + DEDUPFILE_HDR;

		if (off + DEDUPFILE_HDR + len > got || (uint32_t)dedupfile_get(
		    buf + off + 10, 4) != dedupfile_check(buf + off, id, len))
			break;
		d->records++;
		age_us = ms < wall ? (wall - ms) * 1000 : 0;
		if (age_us < window_us && age_us < mono) {
			ledger_remember(l, str_make(id, len), mono - age_us);
			loaded++;
		}
		off += DEDUPFILE_HDR + len;
	}
	if (off < got)
		log_warnx("%s: torn record at byte %zu: cut off", d->path, off);
	log_info("duplicate window: %llu finished id%s from before the start",
	    (unsigned long long)loaded, loaded == 1 ? "" : "s");
	free(buf);
	return (off_t)off;
}

struct dedupfile *
dedupfile_open(const char *path, struct ledger *l, uint64_t window_us,
    int durable, char *err, size_t errlen)
{
	struct dedupfile *d = xcalloc(1, sizeof(*d));
	off_t end;

	d->path = xstrdup(path);
	d->durable = durable;
	if ((d->fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC,
	    0600)) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		dedupfile_close(&d);
		return NULL;
	}
	end = dedupfile_load(d, l, window_us);
	if (end == 0) {
		d->records = 0;
		if (ftruncate(d->fd, 0) == -1 ||
		    pwrite(d->fd, DEDUPFILE_MAGIC, 4, 0) != 4)
			goto fail;
		end = 4;
	} else if (ftruncate(d->fd, end) == -1)
		goto fail;
	if (lseek(d->fd, end, SEEK_SET) == -1)
		goto fail;
	return d;
fail:
	snprintf(err, errlen, "%s: %s", path, strerror(errno));
	dedupfile_close(&d);
	return NULL;
}

void
dedupfile_close(struct dedupfile **dp)
{
	struct dedupfile *d;

	if (dp == NULL || (d = *dp) == NULL)
		return;
	if (d->fd != -1)
		close(d->fd);
	free(d->buf);
	free(d->path);
	free(d);
	*dp = NULL;
}

void
dedupfile_add(struct dedupfile *d, struct str id)
{
	dedupfile_encode(&d->buf, &d->len, &d->cap, id, dedupfile_wall_ms());
	d->nbuf++;
}

static int
dedupfile_write_all(int fd, const unsigned char *p, size_t len)
{
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

struct dedupfile_rewrite {
	unsigned char	*buf;
	size_t		 len, cap, n;
	uint64_t	 wall, mono;
};

static void
dedupfile_rewrite_one(void *arg, struct str id, uint64_t at_us)
{
	struct dedupfile_rewrite *w = arg;
	uint64_t age_ms = at_us < w->mono ? (w->mono - at_us) / 1000 : 0;

	dedupfile_encode(&w->buf, &w->len, &w->cap, id, w->wall - age_ms);
	w->n++;
}

/* Write the ledger's ids to a new file and put it in place. */
static void
dedupfile_rewrite(struct dedupfile *d, const struct ledger *l)
{
	char tmp[4096];
	struct dedupfile_rewrite w;
	int fd;

	memset(&w, 0, sizeof(w));
	w.wall = dedupfile_wall_ms();
	w.mono = now_us();
	w.cap = 4096;
	w.buf = xmalloc(w.cap);
	memcpy(w.buf, DEDUPFILE_MAGIC, 4);
	w.len = 4;
	ledger_recent_each(l, dedupfile_rewrite_one, &w);
	snprintf(tmp, sizeof(tmp), "%s.new", d->path);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
	    0600);
	if (fd == -1 || dedupfile_write_all(fd, w.buf, w.len) == -1 ||
	    (d->durable && fsync(fd) == -1) || rename(tmp, d->path) == -1) {
		log_warn("%s: rewrite", d->path);
		if (fd != -1) {
			close(fd);
			unlink(tmp);
		}
		free(w.buf);
		return;
	}
	close(d->fd);
	d->fd = fd;
	d->records = w.n;
	free(w.buf);
}

void
dedupfile_flush(struct dedupfile *d, const struct ledger *l)
{
	if (d->len > 0) {
		off_t end = lseek(d->fd, 0, SEEK_CUR);

		if (dedupfile_write_all(d->fd, d->buf, d->len) == -1) {
			/* No torn record in the middle of the file. */
			if (end != -1 && ftruncate(d->fd, end) == 0)
				(void)lseek(d->fd, end, SEEK_SET);
			/* A lost entry only shortens the window after a
			 * restart; a torn one is cut off at the next open. */
			if (!d->warned)
				log_warn("%s: %zu finished ids not recorded",
				    d->path, d->nbuf);
			d->warned = 1;
		} else {
			d->records += d->nbuf;
			d->warned = 0;
		}
		d->len = d->nbuf = 0;
	}
	if (d->records > 2 * (uint64_t)ledger_recent_count(l) +
	    DEDUPFILE_SLACK)
		dedupfile_rewrite(d, l);
}
