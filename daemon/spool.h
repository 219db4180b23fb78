/*
 * spool.h — the write-ahead log of accepted articles (beanstalkd's binlog,
 * the zguide's Titanic): an article is acknowledged "accepted" only after
 * its frame is appended here, completions are recorded, and on start every
 * article without a completion is queued again.
 *
 * The log is a directory of segments "spool-<first sid, hex>.log", each a
 * sequence of checksummed records.  Spool ids (sids) grow across restarts,
 * so a segment holds one contiguous range of them; a segment is deleted
 * once it and every older one hold no unfinished article.
 */
#ifndef QUARRY_SPOOL_H
#define QUARRY_SPOOL_H

#include <stddef.h>
#include <stdint.h>

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

/* Called once per unfinished article, oldest first, while opening. */
typedef void (*spool_replay_fn)(void *arg, uint64_t sid, const void *frame,
	    size_t len);

/*
 * Open (creating) the spool in dir and replay it.  Torn or corrupt
 * records are reported and skipped; a torn tail is cut off.  NULL with a
 * reason in err if the directory cannot be used.
 */
struct spool *spool_open(const char *dir, enum spool_fsync,
	    spool_replay_fn replay, void *arg, char *err, size_t errlen);
void	spool_close(struct spool **);

/* Rotate past this many bytes instead of SPOOL_SEGMENT_MAX (tests). */
void	spool_set_segment_max(struct spool *, uint64_t bytes);

/* Append an article; its sid, or 0 on a write error (errno set). */
uint64_t spool_append(struct spool *, const void *frame, size_t len);
/* Make every append so far durable per the policy; 0 or -1 (errno). */
int	spool_sync(struct spool *);
/* Does the policy want acks held until spool_sync()? */
int	spool_holds_acks(const struct spool *);
/* Record that an article is finished (result or dead letter).  Buffered:
 * written by spool_flush(), so a crash can only cause a redelivery. */
void	spool_done(struct spool *, uint64_t sid);
/* Write buffered completions and delete segments no longer needed. */
void	spool_flush(struct spool *);

struct spool_info {
	size_t		 segments;
	uint64_t	 bytes;		/* on disk, all segments */
	size_t		 unfinished;	/* articles without a completion */
	uint64_t	 syncs;		/* fdatasync calls */
	uint64_t	 corrupt;	/* records skipped while replaying */
};
void	spool_info(const struct spool *, struct spool_info *);

enum spool_fsync spool_fsync_parse(const char *, int *ok);
const char *spool_fsync_name(enum spool_fsync);

#endif
