/*
 * job.h — one accepted article on its way through the broker: the frame
 * it arrived in (kept, not copied), its decoded fields, and where it is.
 */
#ifndef QUARRY_JOB_H
#define QUARRY_JOB_H

#include <stdint.h>
#include <sys/queue.h>
#include <zmq.h>

#include "message.h"

struct worker;

/* Longest reason a job keeps for its dead letter. */
#define JOB_ERROR_MAX	256

/*
 * A worker's BYE returns the job at the head of its line uncharged at
 * most this many times in the job's life (daemon/wsock.c).  An honest
 * worker answers the job it runs before it says BYE, so the head is one
 * it never began; but only the worker knows that, and a peer that
 * begins a job and says BYE instead of answering it would have it back
 * uncharged forever.  Past the bound the head is charged and made
 * suspect, as a lost worker's is, so the job is a dead letter within
 * JOB_BYES_FREE + max_attempts deliveries.  Honestly a job is returned
 * so only when a worker is stopped while the job waits there behind
 * another; the return puts it at the front of the queue, so it goes to
 * the next worker at once: two covers a rolling restart stopping that
 * one next too, and a third such stop in a row is a loop, not bad luck.
 */
#define JOB_BYES_FREE	2

struct job {
	uint64_t	 jid;		/* broker-unique, never reused */
	uint64_t	 sid;		/* its spool record, 0 without a spool */
	uint32_t	 attempt;	/* deliveries so far */
	uint32_t	 byes;		/* returned uncharged at the head of a
					 * worker's BYE (JOB_BYES_FREE) */
	int		 suspect;	/* its worker died holding it: until it
					 * ends it runs alone, so a crash is
					 * blamed on the right job */
	zmq_msg_t	 frame;		/* the Article frame as received */
	struct article	 article;	/* slices into frame */
	uint64_t	 accepted_us;	/* monotonic */
	uint64_t	 idhash;	/* the ledger's hash of article.id, set
					 * when it is indexed (ledger.h) */
	uint64_t	 deadline_us;	/* in flight: this attempt times out */
	struct worker	*owner;		/* in flight: who holds it, else NULL */
	char		 error[JOB_ERROR_MAX]; /* why the last attempt failed */
	TAILQ_ENTRY(job) link;		/* the queue, or owner's in-flight list */
};

TAILQ_HEAD(job_list, job);

/*
 * A job for the article decoded from *frame.  Takes ownership of the
 * frame's content (frame is left empty) and re-points the article's
 * slices at the job's copy of the message.
 */
struct job *job_new(uint64_t jid, zmq_msg_t *frame, const struct article *a);
void	job_destroy(struct job **);

/* Record why an attempt failed (printf-style), for the dead letter. */
void	job_set_error(struct job *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

#endif
