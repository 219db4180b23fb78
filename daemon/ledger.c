/*
 * ledger.c — an open-addressing hash table of unfinished jobs keyed by
 * article id.  Ids come from strangers, so the hash is keyed with a random
 * seed: a producer cannot aim collisions at one bucket chain.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "ledger.h"
#include "log.h"
#include "util.h"

/* Start small; grow at 70 % load so linear probes stay short. */
#define LEDGER_MIN_SLOTS	64
#define LEDGER_LOAD_PCT		70

/* A slot is empty (NULL), a tombstone, or a live job. */
static struct job ledger_tombstone_job;
#define LEDGER_TOMBSTONE	(&ledger_tombstone_job)

struct ledger {
	struct job	**slots;
	size_t		  nslots;	/* a power of two */
	size_t		  live;
	size_t		  used;		/* live + tombstones */
	uint64_t	  seed;
};

static uint64_t
ledger_hash(const struct ledger *l, struct str id)
{
	/* FNV-1a over the seed then the bytes, with a final avalanche. */
	uint64_t h = 0xcbf29ce484222325ULL ^ l->seed;
	size_t i;

	for (i = 0; i < id.len; i++) {
		h ^= (unsigned char)id.p[i];
		h *= 0x100000001b3ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

static int
ledger_key_eq(const struct job *j, struct str id)
{
	return j->article.id.len == id.len &&
	    memcmp(j->article.id.p, id.p, id.len) == 0;
}

struct ledger *
ledger_new(void)
{
	struct ledger *l = xcalloc(1, sizeof(*l));

	l->nslots = LEDGER_MIN_SLOTS;
	l->slots = xcalloc(l->nslots, sizeof(*l->slots));
	if (getrandom(&l->seed, sizeof(l->seed), 0) != sizeof(l->seed))
		l->seed = (uint64_t)now_us() * 0x9e3779b97f4a7c15ULL;
	return l;
}

void
ledger_destroy(struct ledger **lp)
{
	struct ledger *l;

	if (lp == NULL || (l = *lp) == NULL)
		return;
	free(l->slots);
	free(l);
	*lp = NULL;
}

static void
ledger_resize(struct ledger *l, size_t nslots)
{
	struct job **old = l->slots;
	size_t i, oldn = l->nslots;

	l->slots = xcalloc(nslots, sizeof(*l->slots));
	l->nslots = nslots;
	l->used = l->live;
	for (i = 0; i < oldn; i++) {
		struct job *j = old[i];
		size_t k;

		if (j == NULL || j == LEDGER_TOMBSTONE)
			continue;
		k = ledger_hash(l, j->article.id) & (nslots - 1);
		while (l->slots[k] != NULL)
			k = (k + 1) & (nslots - 1);
		l->slots[k] = j;
	}
	free(old);
}

struct job *
ledger_find(const struct ledger *l, struct str id)
{
	size_t k = ledger_hash(l, id) & (l->nslots - 1);
	struct job *j;

	while ((j = l->slots[k]) != NULL) {
		if (j != LEDGER_TOMBSTONE && ledger_key_eq(j, id))
			return j;
		k = (k + 1) & (l->nslots - 1);
	}
	return NULL;
}

void
ledger_insert(struct ledger *l, struct job *j)
{
	size_t k;

	if ((l->used + 1) * 100 > l->nslots * LEDGER_LOAD_PCT) {
		size_t n = l->nslots;

		/* Double only if live entries need it; else purge tombs. */
		while ((l->live + 1) * 100 > n * LEDGER_LOAD_PCT / 2)
			n *= 2;
		ledger_resize(l, n);
	}
	k = ledger_hash(l, j->article.id) & (l->nslots - 1);
	while (l->slots[k] != NULL && l->slots[k] != LEDGER_TOMBSTONE)
		k = (k + 1) & (l->nslots - 1);
	if (l->slots[k] == NULL)
		l->used++;
	l->slots[k] = j;
	l->live++;
}

void
ledger_remove(struct ledger *l, struct job *j)
{
	size_t k = ledger_hash(l, j->article.id) & (l->nslots - 1);

	while (l->slots[k] != NULL) {
		if (l->slots[k] == j) {
			l->slots[k] = LEDGER_TOMBSTONE;
			l->live--;
			return;
		}
		k = (k + 1) & (l->nslots - 1);
	}
	fatalx("ledger: job %llu not indexed", (unsigned long long)j->jid);
}

size_t
ledger_count(const struct ledger *l)
{
	return l->live;
}
