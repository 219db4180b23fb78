/*
 * spool.h — the write-ahead log of accepted articles (beanstalkd's binlog,
 * the zguide's Titanic): an article is acknowledged "accepted" only after
 * its frame is appended here; attempts and completions are recorded; on
 * start every article without a completion is read in again, as the
 * caller has room for it.
 *
 * The log is a directory of segments "spool-<first sid, hex>.log", each a
 * file header and a sequence of checksummed records.  Spool ids (sids)
 * grow across restarts, so a segment holds one contiguous range of them;
 * a segment is deleted once it and every older one hold no unfinished
 * article, and the one being written never is.
 */
#ifndef QUARRY_SPOOL_H
#define QUARRY_SPOOL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "message.h"

enum spool_fsync {
	SPOOL_FSYNC_OFF,	/* write(2) only: survives a crash of quarryd,
				 * not of the machine */
	SPOOL_FSYNC_BATCH,	/* group commit every batch interval; acks
				 * wait for it */
	SPOOL_FSYNC_ALWAYS,	/* fdatasync before every ack (one per batch
				 * of articles read together) */
};

/* A segment is closed and a new one begun past this size: large enough
 * that rotation is rare, small enough that one pinned segment is cheap. */
#define SPOOL_SEGMENT_MAX	(64u << 20)

struct spool;

struct spool_hooks {
	/* The id of the article in a frame; -1 if it has none.  Required:
	 * ids of articles still on disk are duplicates (spool_pending). */
	int	(*id)(void *arg, const void *frame, size_t len,
		    struct str *id);
	/* While opening, after each segment read (may be NULL): a long
	 * replay tells the service manager it is alive. */
	void	(*progress)(void *arg, uint64_t bytes_read,
		    uint64_t bytes_total);
	void	*arg;
};

/*
 * Open (creating) the spool in dir and find its unfinished articles.
 * Damaged records are reported and skipped; a torn tail is cut off.  NULL
 * with a reason in err if the directory cannot be used.
 */
struct spool *spool_open(const char *dir, enum spool_fsync,
	    const struct spool_hooks *, char *err, size_t errlen);
void	spool_close(struct spool **);

/*
 * The unfinished articles spool_open found, oldest first, read from disk
 * one at a time so that a spool larger than memory is replayed as the
 * queue drains.  1 with the article (*frame is malloc'd: the caller frees
 * it), 0 when none is left.  One that no longer reads back is reported,
 * counted corrupt and skipped.
 */
int	spool_replay_next(struct spool *, uint64_t *sid, uint32_t *attempts,
	    void **frame, size_t *len);
size_t	spool_replay_left(const struct spool *);
/* The frame size of the next one (0 when none is left): the caller
 * checks its memory budget before reading it in. */
size_t	spool_replay_next_len(const struct spool *);
/* Is an article with this id still on disk, not yet read in? */
int	spool_pending(const struct spool *, struct str id);

/* Append an article; its sid, or 0 on a write error (errno set).  On a
 * full disk, finished segments are given back and the append retried
 * once before it fails. */
uint64_t spool_append(struct spool *, const void *frame, size_t len);
/*
 * Most articles one spool_append_many() writes: the broker's burst of
 * reads from the ingest socket (BROKER_BATCH), two iovecs each, well
 * under IOV_MAX (1024).
 */
#define SPOOL_APPEND_MAX	64
/*
 * The n articles of frames (1..SPOOL_APPEND_MAX) in one write: their
 * records one after another, the first's sid returned (the others
 * follow it by one each), or 0 with none written (errno set; the full
 * disk retried once as above).  One write(2) for a burst of accepted
 * articles instead of one each: ext4 charges a write ~4 us of CPU
 * whatever its size, 1.6 us a record in eights (docs/architecture.md).
 */
uint64_t spool_append_many(struct spool *, const struct iovec *frames,
	    size_t n);
/* Make every append so far durable per the policy; 0 or -1 (errno). */
int	spool_sync(struct spool *);
/* Does the policy want acks held until spool_sync()? */
int	spool_holds_acks(const struct spool *);
/* An article's delivery count changed (a new attempt, or one taken back
 * because it never started).  Buffered like spool_done(). */
void	spool_attempt(struct spool *, uint64_t sid, uint32_t attempts);
/* The article is finished (a result, a dead letter, or a sink's ack):
 * it will not be replayed.  Buffered: written by spool_flush(), so a
 * crash can only cause a redelivery. */
void	spool_done(struct spool *, uint64_t sid);
/* Write buffered records, delete segments no longer needed, and, while
 * writes fail, give back what finished articles hold. */
void	spool_flush(struct spool *);

/* Rotate past this many bytes instead of SPOOL_SEGMENT_MAX (tests). */
void	spool_set_segment_max(struct spool *, uint64_t bytes);

struct spool_info {
	size_t		 segments;
	uint64_t	 bytes;		/* on disk, all segments */
	size_t		 unfinished;	/* articles without a completion */
	size_t		 replay_left;	/* of them, not read in yet */
	uint64_t	 syncs;		/* fdatasync calls */
	uint64_t	 corrupt;	/* damaged records skipped */
	uint64_t	 write_errors;	/* failed appends and record writes */
	uint64_t	 enospc;	/* of them, for want of space */
	uint64_t	 fsync_failures; /* fdatasync errors (fatal) */
	int		 failing;	/* the last write failed, and space
					 * has not come back since */
};
void	spool_info(const struct spool *, struct spool_info *);

enum spool_fsync spool_fsync_parse(const char *, int *ok);
const char *spool_fsync_name(enum spool_fsync);

#endif
