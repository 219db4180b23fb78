/*
 * ledger.c — two open-addressing hash tables keyed by article id: the
 * unfinished jobs, and the recently finished ids (kept in completion order
 * too, so the oldest expire first).  Ids come from strangers, so the hash
 * is keyed with a random seed: a producer cannot aim collisions at one
 * probe chain.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/random.h>

#include "ledger.h"
#include "log.h"
#include "util.h"

/* Start small; grow at 70 % load so linear probes stay short. */
#define LEDGER_MIN_SLOTS	64
#define LEDGER_LOAD_PCT		70

/* A slot is empty (NULL), a tombstone, or an entry. */
static char ledger_tombstone;
#define LEDGER_TOMB		((void *)&ledger_tombstone)

/*
 * A table of entries whose key a function extracts.  Beside each slot,
 * the top 16 bits of its entry's hash: a probe compares those first and
 * reads the entry (a cache miss each, in a table of many thousand
 * recent ids) only when they match, one time in 65,536 otherwise.  A
 * lookup that misses, as every new article's two do, probes ~6 slots at
 * the 70 % load it may reach (linear probing: (1 + 1 / (1 - 0.7)^2) / 2
 * = 6.1; what the reads cost: docs/architecture.md, step 8).  Two bytes
 * a slot, about 5 bytes an id.
 */
#define LEDGER_FP(h)		((uint16_t)((h) >> 48))

struct idtab {
	void		**slots;
	uint16_t	 *fps;		/* LEDGER_FP of each slot's entry */
	size_t		  nslots;	/* a power of two */
	size_t		  live;
	size_t		  used;		/* live + tombstones */
	struct str	(*key)(const void *);
};

struct recent {
	TAILQ_ENTRY(recent) link;	/* completion order */
	uint64_t	 at_us;
	size_t		 len;
	char		 id[];
};

TAILQ_HEAD(recent_list, recent);

struct ledger {
	uint64_t	 seed;
	struct idtab	 jobs;
	struct idtab	 recent;
	struct recent_list order;
	uint64_t	 window_us;
	size_t		 max_recent;
	uint64_t	 forgotten_early; /* within the window, for max_recent */
};

static uint64_t
ledger_hash(uint64_t seed, struct str id)
{
	/* FNV-1a over the seed then the bytes, with a final avalanche. */
	uint64_t h = 0xcbf29ce484222325ULL ^ seed;
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
ledger_str_eq(struct str a, struct str b)
{
	return a.len == b.len && memcmp(a.p, b.p, a.len) == 0;
}

static struct str
ledger_job_key(const void *e)
{
	return ((const struct job *)e)->article.id;
}

static struct str
ledger_recent_key(const void *e)
{
	const struct recent *r = e;

	return str_make(r->id, r->len);
}

static void
idtab_init(struct idtab *t, struct str (*key)(const void *))
{
	t->nslots = LEDGER_MIN_SLOTS;
	t->slots = xcalloc(t->nslots, sizeof(*t->slots));
	t->fps = xcalloc(t->nslots, sizeof(*t->fps));
	t->live = t->used = 0;
	t->key = key;
}

static void
idtab_resize(struct idtab *t, uint64_t seed, size_t nslots)
{
	void **old = t->slots;
	uint16_t *oldfps = t->fps;
	size_t i, oldn = t->nslots;

	t->slots = xcalloc(nslots, sizeof(*t->slots));
	t->fps = xcalloc(nslots, sizeof(*t->fps));
	t->nslots = nslots;
	t->used = t->live;
	for (i = 0; i < oldn; i++) {
		uint64_t h;
		size_t k;

		if (old[i] == NULL || old[i] == LEDGER_TOMB)
			continue;
		h = ledger_hash(seed, t->key(old[i]));
		k = h & (nslots - 1);
		while (t->slots[k] != NULL)
			k = (k + 1) & (nslots - 1);
		t->slots[k] = old[i];
		t->fps[k] = LEDGER_FP(h);
	}
	free(old);
	free(oldfps);
}

static void *
idtab_find(const struct idtab *t, uint64_t h, struct str id)
{
	uint16_t fp = LEDGER_FP(h);
	size_t k = h & (t->nslots - 1);
	void *e;

	while ((e = t->slots[k]) != NULL) {
		if (t->fps[k] == fp && e != LEDGER_TOMB &&
		    ledger_str_eq(t->key(e), id))
			return e;
		k = (k + 1) & (t->nslots - 1);
	}
	return NULL;
}

static void
idtab_insert(struct idtab *t, uint64_t seed, uint64_t h, void *e)
{
	size_t k;

	if ((t->used + 1) * 100 > t->nslots * LEDGER_LOAD_PCT) {
		size_t n = t->nslots;

		/* Double only if live entries need it; else purge tombs. */
		while ((t->live + 1) * 100 > n * LEDGER_LOAD_PCT / 2)
			n *= 2;
		idtab_resize(t, seed, n);
	}
	k = h & (t->nslots - 1);
	while (t->slots[k] != NULL && t->slots[k] != LEDGER_TOMB)
		k = (k + 1) & (t->nslots - 1);
	if (t->slots[k] == NULL)
		t->used++;
	t->slots[k] = e;
	t->fps[k] = LEDGER_FP(h);
	t->live++;
}

static int
idtab_remove(struct idtab *t, uint64_t h, void *e)
{
	size_t k = h & (t->nslots - 1);

	while (t->slots[k] != NULL) {
		if (t->slots[k] == e) {
			t->slots[k] = LEDGER_TOMB;
			t->live--;
			return 0;
		}
		k = (k + 1) & (t->nslots - 1);
	}
	return -1;
}

struct ledger *
ledger_new(uint64_t window_us, size_t max_recent)
{
	struct ledger *l = xcalloc(1, sizeof(*l));

	if (getrandom(&l->seed, sizeof(l->seed), 0) != sizeof(l->seed))
		l->seed = now_us() * 0x9e3779b97f4a7c15ULL;
	idtab_init(&l->jobs, ledger_job_key);
	idtab_init(&l->recent, ledger_recent_key);
	TAILQ_INIT(&l->order);
	l->window_us = window_us;
	l->max_recent = max_recent;
	return l;
}

/* Forget the oldest finished id. */
static void
ledger_forget_oldest(struct ledger *l)
{
	struct recent *r = TAILQ_FIRST(&l->order);

	TAILQ_REMOVE(&l->order, r, link);
	idtab_remove(&l->recent, ledger_hash(l->seed, str_make(r->id, r->len)),
	    r);
	free(r);
}

void
ledger_destroy(struct ledger **lp)
{
	struct ledger *l;

	if (lp == NULL || (l = *lp) == NULL)
		return;
	while (!TAILQ_EMPTY(&l->order))
		ledger_forget_oldest(l);
	free(l->jobs.slots);
	free(l->jobs.fps);
	free(l->recent.slots);
	free(l->recent.fps);
	free(l);
	*lp = NULL;
}

void
ledger_set_window(struct ledger *l, uint64_t window_us, size_t max_recent)
{
	l->window_us = window_us;
	l->max_recent = max_recent;
	while (l->recent.live > max_recent)
		ledger_forget_oldest(l);
}

uint64_t
ledger_id_hash(const struct ledger *l, struct str id)
{
	return ledger_hash(l->seed, id);
}

struct job *
ledger_find_hashed(const struct ledger *l, struct str id, uint64_t h)
{
	return idtab_find(&l->jobs, h, id);
}

struct job *
ledger_find(const struct ledger *l, struct str id)
{
	return ledger_find_hashed(l, id, ledger_id_hash(l, id));
}

void
ledger_insert_hashed(struct ledger *l, struct job *j, uint64_t h)
{
	j->idhash = h;
	idtab_insert(&l->jobs, l->seed, h, j);
}

void
ledger_insert(struct ledger *l, struct job *j)
{
	ledger_insert_hashed(l, j, ledger_id_hash(l, j->article.id));
}

void
ledger_remove(struct ledger *l, struct job *j)
{
	if (idtab_remove(&l->jobs, j->idhash, j) == -1)
		fatalx("ledger: job %llu not indexed",
		    (unsigned long long)j->jid);
}

size_t
ledger_count(const struct ledger *l)
{
	return l->jobs.live;
}

void
ledger_remember_hashed(struct ledger *l, struct str id, uint64_t h,
    uint64_t now)
{
	struct recent *r;

	if (l->window_us == 0 || l->max_recent == 0)
		return;
	if ((r = idtab_find(&l->recent, h, id)) != NULL) {
		/* Finished again (a resubmission after the window): the
		 * window restarts from now. */
		TAILQ_REMOVE(&l->order, r, link);
		r->at_us = now;
		TAILQ_INSERT_TAIL(&l->order, r, link);
		return;
	}
	while (l->recent.live >= l->max_recent) {
		/* The bound in memory cuts the window short: say so once
		 * (quarryd(8) --dedup-max gives the cost of an id). */
		if (now - TAILQ_FIRST(&l->order)->at_us < l->window_us &&
		    l->forgotten_early++ == 0)
			log_warnx("dedup: %zu finished ids remembered "
			    "(--dedup-max) cover less than the window; older "
			    "ones are forgotten early", l->max_recent);
		ledger_forget_oldest(l);
	}
	r = xmalloc(sizeof(*r) + id.len);
	memcpy(r->id, id.p, id.len);
	r->len = id.len;
	r->at_us = now;
	TAILQ_INSERT_TAIL(&l->order, r, link);
	idtab_insert(&l->recent, l->seed, h, r);
}

void
ledger_remember(struct ledger *l, struct str id, uint64_t now)
{
	ledger_remember_hashed(l, id, ledger_id_hash(l, id), now);
}

int
ledger_recent_hashed(struct ledger *l, struct str id, uint64_t h,
    uint64_t now)
{
	struct recent *r;

	/* Expire lazily: completion order is age order. */
	while ((r = TAILQ_FIRST(&l->order)) != NULL &&
	    now - r->at_us > l->window_us)
		ledger_forget_oldest(l);
	return idtab_find(&l->recent, h, id) != NULL;
}

int
ledger_recent(struct ledger *l, struct str id, uint64_t now)
{
	return ledger_recent_hashed(l, id, ledger_id_hash(l, id), now);
}

uint64_t
ledger_forgotten_early(const struct ledger *l)
{
	return l->forgotten_early;
}

uint64_t
ledger_recent_oldest_us(const struct ledger *l)
{
	const struct recent *r = TAILQ_FIRST(&l->order);

	return r != NULL ? r->at_us : 0;
}

void
ledger_recent_each(const struct ledger *l,
    void (*fn)(void *arg, struct str id, uint64_t at_us), void *arg)
{
	const struct recent *r;

	TAILQ_FOREACH(r, &l->order, link)
		fn(arg, str_make(r->id, r->len), r->at_us);
}

size_t
ledger_recent_count(const struct ledger *l)
{
	return l->recent.live;
}
