/*
 * workers.c — the registry of workers and the books of what each holds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "workers.h"

void
workers_init(struct workers *ws)
{
	TAILQ_INIT(&ws->all);
	TAILQ_INIT(&ws->ready);
	ws->count = 0;
	ws->inflight = 0;
}

struct worker *
workers_add(struct workers *ws, const void *rid, size_t len,
    const char *name, size_t name_len, pid_t pid, uint32_t credit,
    uint64_t now_us)
{
	struct worker *w = xcalloc(1, sizeof(*w));

	if (len > sizeof(w->rid))
		len = sizeof(w->rid);
	memcpy(w->rid, rid, len);
	w->rid_len = len;
	w->pid = pid;
	if (name_len > 0) {
		size_t i, n = name_len < sizeof(w->name) - 1 ?
		    name_len : sizeof(w->name) - 1;

		/* Names reach logs and Results: keep them printable. */
		for (i = 0; i < n; i++) {
			unsigned char c = (unsigned char)name[i];

			w->name[i] = c >= 0x20 && c < 0x7f ? (char)c : '?';
		}
		w->name[n] = '\0';
	} else
		snprintf(w->name, sizeof(w->name), "pid-%lld",
		    (long long)pid);
	w->credit = credit;
	w->batch = 1;
	w->last_heard_us = now_us;
	TAILQ_INIT(&w->jobs);
	TAILQ_INSERT_TAIL(&ws->all, w, link);
	ws->count++;
	return w;
}

void
workers_remove(struct workers *ws, struct worker **wp)
{
	struct worker *w = *wp;

	if (w == NULL)
		return;
	workers_ready_remove(ws, w);
	TAILQ_REMOVE(&ws->all, w, link);
	ws->count--;
	free(w);
	*wp = NULL;
}

struct worker *
workers_find(const struct workers *ws, const void *rid, size_t len)
{
	struct worker *w;

	TAILQ_FOREACH(w, &ws->all, link)
		if (w->rid_len == len && memcmp(w->rid, rid, len) == 0)
			return w;
	return NULL;
}

struct worker *
workers_find_local(const struct workers *ws, pid_t pid)
{
	struct worker *w;

	TAILQ_FOREACH(w, &ws->all, link)
		if (w->local && w->pid == pid)
			return w;
	return NULL;
}

void
workers_ready_add(struct workers *ws, struct worker *w)
{
	if (!w->ready && w->credit > 0 && !w->exited && !w->isolated) {
		TAILQ_INSERT_TAIL(&ws->ready, w, rlink);
		w->ready = 1;
	}
}

void
workers_ready_remove(struct workers *ws, struct worker *w)
{
	if (w->ready) {
		TAILQ_REMOVE(&ws->ready, w, rlink);
		w->ready = 0;
	}
}

struct worker *
workers_pick(const struct workers *ws, const struct job *j, size_t queued)
{
	struct worker *w, *busy = NULL, *next = NULL;
	uint64_t head;

	/* An idle worker first: a job sent to a busy one waits. */
	TAILQ_FOREACH(w, &ws->ready, rlink) {
		if (w->njobs == 0)
			return w;
		if (j->suspect ||
		    w->bytes + j->article.body.len > WORKERS_HOLD_BYTES)
			continue;
		if (busy == NULL && w->njobs * ws->count <= queued)
			busy = w;
		/* Next behind a short job alone: the one begun first. */
		head = TAILQ_FIRST(&w->jobs)->deadline_us;
		if (w->njobs == 1 && w->bytes <= WORKERS_AHEAD_BYTES &&
		    (next == NULL ||
		    head < TAILQ_FIRST(&next->jobs)->deadline_us))
			next = w;
	}
	return busy != NULL ? busy : next;
}

void
workers_hold(struct workers *ws, struct worker *w, struct job *j)
{
	j->owner = w;
	TAILQ_INSERT_TAIL(&w->jobs, j, link);
	w->njobs++;
	w->bytes += j->article.body.len;
	ws->inflight++;
	/* Round robin: move it to the back, or off the list. */
	workers_ready_remove(ws, w);
	if (w->credit > 0)
		w->credit--;
	if (j->suspect)
		w->isolated = 1;
	workers_ready_add(ws, w);
}

void
workers_release(struct workers *ws, struct worker *w, struct job *j)
{
	TAILQ_REMOVE(&w->jobs, j, link);
	w->njobs--;
	w->bytes -= j->article.body.len;
	ws->inflight--;
	j->owner = NULL;
}

void
workers_done(struct workers *ws, struct worker *w, struct job *j)
{
	int suspect = j->suspect;

	workers_release(ws, w, j);
	w->credit++;
	w->done++;
	if (suspect)
		w->isolated = 0;
}

size_t
workers_hand_back(struct workers *ws, struct worker *w, struct job_list *back)
{
	struct job *head = TAILQ_FIRST(&w->jobs), *j;
	size_t n = 0;

	if (head == NULL)
		return 0;
	head->suspect = 1;
	w->isolated = 1;
	workers_ready_remove(ws, w);
	while ((j = TAILQ_NEXT(head, link)) != NULL) {
		workers_release(ws, w, j);
		/* Bounded by the credit, as each holds one (workers.h). */
		if (w->nhanded_back < PROTO_CREDIT_MAX)
			w->handed_back[w->nhanded_back++] = j->jid;
		TAILQ_INSERT_TAIL(back, j, link);
		n++;
	}
	return n;
}

int
workers_handed_back_done(struct workers *ws, struct worker *w, uint64_t jid)
{
	size_t i;

	(void)ws;
	for (i = 0; i < w->nhanded_back; i++)
		if (w->handed_back[i] == jid) {
			w->handed_back[i] = w->handed_back[--w->nhanded_back];
			w->credit++;
			return 1;
		}
	return 0;
}
