/*
 * job.c — a job owns the frame its article arrived in; the decoded slices
 * point into it, so an accepted article is never copied.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "job.h"
#include "log.h"
#include "util.h"

/* Move a slice from one copy of a buffer to another. */
static void
job_rebase(struct str *s, const char *from, const char *to)
{
	if (s->p != NULL)
		s->p = to + (s->p - from);
}

struct job *
job_new(uint64_t jid, zmq_msg_t *frame, const struct article *a)
{
	struct job *j = xcalloc(1, sizeof(*j));
	const char *from = zmq_msg_data(frame);
	const char *to;

	j->jid = jid;
	zmq_msg_init(&j->frame);
	/*
	 * Small messages live inside the zmq_msg_t itself, so their data
	 * moves with it: re-point every slice at the new address.
	 */
	if (zmq_msg_move(&j->frame, frame) == -1)
		fatal("zmq_msg_move");
	to = zmq_msg_data(&j->frame);
	j->article = *a;
	job_rebase(&j->article.id, from, to);
	job_rebase(&j->article.body, from, to);
	job_rebase(&j->article.url, from, to);
	job_rebase(&j->article.source, from, to);
	job_rebase(&j->article.title, from, to);
	job_rebase(&j->article.lang, from, to);
	job_rebase(&j->article.published, from, to);
	job_rebase(&j->article.timeline, from, to);
	return j;
}

void
job_destroy(struct job **jp)
{
	struct job *j;

	if (jp == NULL || (j = *jp) == NULL)
		return;
	zmq_msg_close(&j->frame);
	free(j);
	*jp = NULL;
}

void
job_set_error(struct job *j, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(j->error, sizeof(j->error), fmt, ap);
	va_end(ap);
}
