/*
 * dedupfile.h — the journal of recently finished article ids, in the state
 * directory beside the spool, so that the duplicate window
 * (--dedup-window-ms) survives a restart: a producer that resends after a
 * lost ack hears "duplicate" from the next quarryd too, not a second
 * result.
 *
 * An append-only file of records (finish time on the wall clock, id),
 * written at each tick like the spool's completions; rewritten from the
 * ledger when it holds more than twice what the ledger remembers.  On
 * open, the ids that finished within the window go into the ledger.
 */
#ifndef QUARRY_DEDUPFILE_H
#define QUARRY_DEDUPFILE_H

#include <stddef.h>
#include <stdint.h>

#include "ledger.h"

struct dedupfile;

/* Open (creating) path and load what finished within the ledger's window
 * into l.  NULL with err if the file cannot be used. */
struct dedupfile *dedupfile_open(const char *path, struct ledger *l,
	    uint64_t window_us, int durable, char *err, size_t errlen);
void	dedupfile_close(struct dedupfile **);
/* An id finished now: buffered until dedupfile_flush(). */
void	dedupfile_add(struct dedupfile *, struct str id);
/* Write what is buffered; rewrite the file from l when it has grown to
 * more than twice what l remembers. */
void	dedupfile_flush(struct dedupfile *, const struct ledger *l);

#endif
