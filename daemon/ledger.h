/*
 * ledger.h — what the broker knows by article id: every accepted article
 * not yet finished (queued or in flight), and the ids finished within a
 * recent window.  Both make a resubmitted id a "duplicate": producers
 * resend after a lost ack, and must not cause a second result.  The
 * ledger does not own the jobs.
 */
#ifndef QUARRY_LEDGER_H
#define QUARRY_LEDGER_H

#include <stddef.h>
#include <stdint.h>

#include "job.h"

struct ledger;

/* Remember finished ids for window_us (0: not at all), at most max_recent
 * of them (the oldest are forgotten first). */
struct ledger *ledger_new(uint64_t window_us, size_t max_recent);
void	ledger_destroy(struct ledger **);
void	ledger_set_window(struct ledger *, uint64_t window_us,
	    size_t max_recent);

struct job *ledger_find(const struct ledger *, struct str id);
/* Index a job under its article id (which must not be present); its
 * hash is kept in the job (idhash) for ledger_remove. */
void	ledger_insert(struct ledger *, struct job *);
/* Forget a job (it must be present). */
void	ledger_remove(struct ledger *, struct job *);

/*
 * The same with the id's hash computed once by the caller: an article is
 * looked up, indexed, remembered and forgotten by the same id, and its
 * hash was most of what each of those cost.
 */
uint64_t ledger_id_hash(const struct ledger *, struct str id);
struct job *ledger_find_hashed(const struct ledger *, struct str id,
	    uint64_t h);
void	ledger_insert_hashed(struct ledger *, struct job *, uint64_t h);
void	ledger_remember_hashed(struct ledger *, struct str id, uint64_t h,
	    uint64_t now_us);
int	ledger_recent_hashed(struct ledger *, struct str id, uint64_t h,
	    uint64_t now_us);
size_t	ledger_count(const struct ledger *);

/* Note that an article finished at now_us (a result or a dead letter). */
void	ledger_remember(struct ledger *, struct str id, uint64_t now_us);
/* Did an article with this id finish within the window? */
int	ledger_recent(struct ledger *, struct str id, uint64_t now_us);
size_t	ledger_recent_count(const struct ledger *);
/* Ids forgotten before the window had passed, for max_recent. */
uint64_t ledger_forgotten_early(const struct ledger *);
/* When the oldest remembered id finished (0: none): with max_recent
 * reached, the window really kept is shorter than window_us. */
uint64_t ledger_recent_oldest_us(const struct ledger *);
/* Every remembered id, oldest first, with when it finished. */
void	ledger_recent_each(const struct ledger *,
	    void (*fn)(void *arg, struct str id, uint64_t at_us), void *arg);

#endif
