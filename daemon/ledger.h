/*
 * ledger.h — every accepted article not yet finished, by article id: the
 * index that makes a resubmitted id a "duplicate" whether it is queued or
 * in flight.  It does not own the jobs.
 */
#ifndef QUARRY_LEDGER_H
#define QUARRY_LEDGER_H

#include <stddef.h>

#include "job.h"

struct ledger;

struct ledger *ledger_new(void);
void	ledger_destroy(struct ledger **);

struct job *ledger_find(const struct ledger *, struct str id);
/* Index a job under its article id (which must not be present). */
void	ledger_insert(struct ledger *, struct job *);
/* Forget a job (it must be present). */
void	ledger_remove(struct ledger *, struct job *);
size_t	ledger_count(const struct ledger *);

#endif
