/*
 * test_model.c — the model-based test of quarryd's life cycle (issue 12):
 * seeded random sequences of feeds, SIGTERMs, SIGKILLs, starts, worker
 * kills and a full disk against a real quarryd with a spool, checked
 * against a model of what was acknowledged.
 *
 * The model, per article id: never sent; pending (sent, and no ack said
 * "accepted" or "duplicate" yet: it may or may not be spooled, and the
 * producer sends it again after the next start, as a real one would); or
 * accepted.  Every accepted id must end as a result or a dead letter seen
 * by a subscriber that was connected and synced (quarry.hello) whenever
 * quarryd was up — results published to no one are lost by PUB's design,
 * and quarryd's replay hold keeps replayed work until the subscriber is
 * back.  An id may end more than once only where at-least-once allows it,
 * and each such repeat is counted by its cause:
 *   - killed: its first ending was seen in a run of quarryd that ended in
 *     SIGKILL (its completion may not have reached the spool);
 *   - resent: the producer sent it again after losing its ack, and the
 *     copy was taken as new (a restart forgets the duplicate window);
 *   - full: its first ending was seen in a run that stopped while the
 *     disk was full (its completion could not be written).
 * Anything else — an accepted id that never ends, an ending for an id
 * never sent, a repeat with none of these causes — fails, with the seed.
 *
 * The disk: the state directory is on a small tmpfs of the test's own
 * (helpers.h: th_tmpfs_mount).  "Fill" writes a file beside the state
 * directory until the filesystem has no byte left; "free" deletes it.
 * While the disk is full quarryd may answer "busy" naming the spool — a
 * busy article is not accepted: it stays pending and is sent again — or
 * accept what fits in the space it gives back by itself; nothing it
 * acked may be lost, and it must start.  Once space is back it must
 * accept again by itself, within MODEL_RECOVER_MS, without a restart;
 * "busy" from the spool with space free past that is a failure.  Where
 * a tmpfs cannot be mounted (not root), the disk steps are skipped and
 * the test says so on stderr.
 *
 * `make check` runs MODEL_CHECK_STEPS steps of one seed (well under a
 * minute); `make soak SOAK_STEPS=N` runs N steps over seeds of
 * MODEL_SOAK_SEED_STEPS each.  QUARRY_MODEL_SEED=S reruns a seed,
 * QUARRY_MODEL_STEPS=N sets the steps per seed, QUARRY_MODEL_TOTAL=N the
 * steps in all.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <zmq.h>

#include <criterion/criterion.h>

#include "helpers.h"
#include "message.h"

/* make check: a bounded run (about 20 s here, on a loaded machine). */
#define MODEL_CHECK_STEPS	120
/* make soak: seeds of this many steps, so a failure names a short one. */
#define MODEL_SOAK_SEED_STEPS	500
/* Ids a run may use: a feed sends at most MODEL_FEED_MAX new ones. */
#define MODEL_FEED_MAX		16
#define MODEL_IDS_MAX		(MODEL_SOAK_SEED_STEPS * MODEL_FEED_MAX * 4)
#define MODEL_WORKERS		2
/* How long acks may take while quarryd is up (a generous bound: the
 * machine is shared). */
#define MODEL_ACK_MS		10000
/* The end: every accepted id must have ended within this. */
#define MODEL_SETTLE_MS		60000
/* ... and then nothing more may arrive for this long. */
#define MODEL_QUIET_MS		500
#define MODEL_EPOCHS_MAX	(MODEL_SOAK_SEED_STEPS + 2)
/* The state directory's filesystem: a run of MODEL_SOAK_SEED_STEPS
 * steps spools about 1-2 MB (a feed's ~16 articles of ~300 bytes plus
 * their attempts and completions) and never fills it by itself; small,
 * so filling it is quick. */
#define MODEL_DISK_SIZE		"8m"
/* After space comes back, quarryd must accept again within this (its
 * next append succeeds; generous for a loaded machine). */
#define MODEL_RECOVER_MS	5000

enum model_state { M_UNSENT, M_PENDING, M_ACCEPTED };

struct model {
	unsigned	 seed, rng;
	int		 steps;
	const char	*fsync;
	struct th_daemon d;
	char		 state_dir[TH_PATH_MAX + 32];
	char		 disk[TH_PATH_MAX + 16];	/* the tmpfs, or "" */
	char		 filler[TH_PATH_MAX + 32];
	int		 full;		/* the filler is there */
	uint64_t	 freed_ms;	/* when the disk was last freed */
	const char	*extra[16];
	void		*ctx, *sub, *prod;
	int		 up;
	int		 epoch;		/* runs of quarryd so far */
	unsigned char	 killed[MODEL_EPOCHS_MAX]; /* run ended in SIGKILL */
	unsigned char	 ended_full[MODEL_EPOCHS_MAX]; /* ... disk full */
	int		 n;		/* ids used */
	unsigned char	*state;
	unsigned char	*resent;	/* sent again after an ack was lost */
	unsigned	*endings;	/* results + dead letters seen */
	int		*first_epoch;	/* the run its first ending came in */
	/* figures */
	int		 starts, sigterms, sigkills, worker_kills, feeds;
	int		 fills, frees, starts_full;
	unsigned	 accepted_full;	/* "accepted" with the disk full */
	unsigned	 sent, results, dead, rep_killed, rep_resent, rep_full;
	unsigned	 busy, busy_full, duplicates;
};

/* The totals over seeds, for the closing line (and the soak's note). */
struct model_totals {
	unsigned	 seeds, steps, accepted, results, dead, repeats;
	unsigned	 sigkills, sigterms, worker_kills, busy, duplicates;
	unsigned	 fills, starts_full, accepted_full;
};

/* The mounted tmpfs, for the .fini (an assertion ends the test early). */
static char model_disk[TH_PATH_MAX + 16];

static unsigned
model_rand(struct model *m, unsigned n)
{
	return (unsigned)rand_r(&m->rng) % n;
}

#define model_assert(m, cond, ...) do {					\
	if (!(cond)) {							\
		char model_msg_[1024];				\
									\
		snprintf(model_msg_, sizeof(model_msg_), __VA_ARGS__);	\
		cr_assert_fail("model seed %u (rerun: QUARRY_MODEL_SEED=%u "	\
		    "QUARRY_MODEL_STEPS=%d), step %d: %s; quarryd log:\n%s",	\
		    (m)->seed, (m)->seed, (m)->steps, (m)->steps,	\
		    model_msg_, th_daemon_log(&(m)->d));		\
	}								\
} while (0)

static void
model_send(struct model *m, int i)
{
	char id[32], body[200];

	snprintf(id, sizeof(id), "m-%06d", i);
	snprintf(body, sizeof(body), "Item %d of seed %u. \"We held,\" the "
	    "keeper said on Monday, June 1, 2020.", i, m->seed);
	th_submit(m->prod, id, body, "model.example", "2020-06-03");
	if (m->state[i] == M_UNSENT)
		m->state[i] = M_PENDING;
	m->sent++;
}

/*
 * One message from the subscriber: 1 for a result or dead letter (into
 * r), 2 for the broker's hello, 0 if none came within wait_ms.  The
 * helpers' th_sub_sync() throws away what comes before the hello: a
 * result of the previous run still on its way would be lost to the model.
 */
static int
model_recv(struct model *m, struct th_result *r, int wait_ms)
{
	static struct proto_decoder *dec;
	zmq_pollitem_t it = { m->sub, 0, ZMQ_POLLIN, 0 };
	struct result res;
	zmq_msg_t t, p;
	char err[PROTO_ERR_MAX];
	size_t n;
	int hello;

	if (dec == NULL)
		dec = proto_decoder_new();
	memset(r, 0, sizeof(*r));
	if (zmq_poll(&it, 1, wait_ms) != 1)
		return 0;
	zmq_msg_init(&t);
	zmq_msg_init(&p);
	cr_assert(zmq_msg_recv(&t, m->sub, 0) >= 0);
	cr_assert(zmq_msg_more(&t));
	cr_assert(zmq_msg_recv(&p, m->sub, 0) >= 0);
	hello = zmq_msg_size(&t) == 12 &&
	    memcmp(zmq_msg_data(&t), "quarry.hello", 12) == 0;
	if (!hello) {
		cr_assert(proto_decode_result(dec, zmq_msg_data(&p),
		    zmq_msg_size(&p), &res, err, sizeof(err)) == 0,
		    "bad result: %s", err);
		n = res.id.len < sizeof(r->id) - 1 ? res.id.len :
		    sizeof(r->id) - 1;
		memcpy(r->id, res.id.p, n);
		r->id[n] = '\0';
		r->dead = res.error.len > 0;
	}
	zmq_msg_close(&t);
	zmq_msg_close(&p);
	return hello ? 2 : 1;
}

static void model_result(struct model *, const struct th_result *);

/* Read every result waiting, up to wait_ms for the first. */
static int
model_results(struct model *m, int wait_ms)
{
	struct th_result r;
	int got = 0, k;

	while ((k = model_recv(m, &r, got == 0 ? wait_ms : 0)) != 0) {
		got++;
		if (k == 1)
			model_result(m, &r);
	}
	return got;
}

/* The sync handshake, keeping every result that comes before the hello. */
static void
model_sync(struct model *m)
{
	struct th_result r;
	uint64_t deadline = th_now_ms() + TH_WAIT_MS;
	int k;

	zmq_setsockopt(m->sub, ZMQ_SUBSCRIBE, "quarry.hello", 12);
	for (;;) {
		int status = 0;

		model_assert(m, th_now_ms() < deadline, "no hello");
		/* It must start, full disk or not. */
		model_assert(m, waitpid(m->d.pid, &status, WNOHANG) == 0,
		    "quarryd ended at start (status %#x; disk %s)", status,
		    m->full ? "full" : "not full");
		k = model_recv(m, &r, 100);
		if (k == 2)
			break;
		if (k == 1)
			model_result(m, &r);
	}
	zmq_setsockopt(m->sub, ZMQ_UNSUBSCRIBE, "quarry.hello", 12);
}

/* One ending seen by the subscriber, against the model. */
static void
model_result(struct model *m, const struct th_result *r)
{
	int i = th_index(r->id, "m-", m->n);

	model_assert(m, i >= 0 && m->state[i] != M_UNSENT,
	    "an ending for %s, never sent", r->id);
	/* A result proves the copy was accepted. */
	m->state[i] = M_ACCEPTED;
	if (r->dead)
		m->dead++;
	else
		m->results++;
	if (m->endings[i]++ == 0) {
		m->first_epoch[i] = m->epoch;
		return;
	}
	if (m->killed[m->first_epoch[i]])
		m->rep_killed++;
	else if (m->resent[i])
		m->rep_resent++;
	else if (m->ended_full[m->first_epoch[i]])
		m->rep_full++;
	else
		model_assert(m, 0, "%s ended %u times (first in run %d, which "
		    "ended by SIGTERM with space on the disk; never resent)",
		    r->id, m->endings[i], m->first_epoch[i]);
}

/* Read acks until want ids have one or quarryd stops answering. */
static void
model_acks(struct model *m, int want)
{
	struct ack ack;
	char idbuf[PROTO_ID_MAX + 1], err[256];
	uint64_t deadline = th_now_ms() + MODEL_ACK_MS;
	int got = 0, i;

	while (got < want) {
		model_assert(m, th_now_ms() < deadline, "%d of %d acks",
		    got, want);
		model_results(m, 0);
		if (th_recv_ack(m->prod, &ack, idbuf, sizeof(idbuf), err,
		    sizeof(err), 5) == -1)
			continue;
		got++;
		i = th_index(idbuf, "m-", m->n);
		model_assert(m, i >= 0, "an ack for %s", idbuf);
		if (getenv("QUARRY_MODEL_TRACE") != NULL)
			fprintf(stderr, "model ack %s %s epoch %d\n", idbuf,
			    ack_status_name(ack.status), m->epoch);
		switch (ack.status) {
		case ACK_DUPLICATE:
			m->duplicates++;
			/* FALLTHROUGH */
		case ACK_ACCEPTED:
			if (m->full)
				m->accepted_full++;
			m->state[i] = M_ACCEPTED;
			break;
		case ACK_BUSY:
			/* Not stored (or stored before: then the resend
			 * hears "duplicate"): send it again later.  With
			 * space on the disk, the spool must not refuse
			 * (past the recovery bound after a free). */
			m->busy++;
			if (m->full)
				m->busy_full++;
			model_assert(m, strncmp(err, "spool:", 6) != 0 ||
			    m->full || th_now_ms() < m->freed_ms +
			    MODEL_RECOVER_MS, "%s: busy \"%s\" with space on "
			    "the disk (freed %llu ms ago)", idbuf, err,
			    (unsigned long long)(th_now_ms() -
			    m->freed_ms));
			break;
		case ACK_REJECTED:
			model_assert(m, 0, "%s rejected: %s", idbuf, err);
		}
	}
}

/* Send n new ids and every pending one; wait for acks from all of
 * them, or only the first `wait` (-1: all). */
static void
model_feed_some(struct model *m, int n, int wait)
{
	int i, k = 0;

	m->feeds++;
	for (i = 0; i < m->n; i++)
		if (m->state[i] == M_PENDING) {
			m->resent[i] = 1;
			model_send(m, i);
			k++;
		}
	for (i = 0; i < n && m->n < MODEL_IDS_MAX; i++) {
		model_send(m, m->n++);
		k++;
	}
	model_acks(m, wait < 0 || wait > k ? k : wait);
}

static void
model_feed(struct model *m, int n)
{
	model_feed_some(m, n, -1);
}

static void
model_start(struct model *m)
{
	int i;

	th_daemon_restart(&m->d, MODEL_WORKERS, m->extra);
	m->epoch++;
	cr_assert_lt(m->epoch, MODEL_EPOCHS_MAX);
	m->killed[m->epoch] = 0;
	m->ended_full[m->epoch] = 0;
	m->starts++;
	m->starts_full += m->full;
	m->up = 1;
	/* Synced before anything can be dispatched: replayed work waits
	 * for this hello (--replay-hold-ms). */
	model_sync(m);
	/* A fresh producer: what the old one queued for a dead quarryd is
	 * dropped, and the model sends the pending ids again. */
	if (m->prod != NULL)
		zmq_close(m->prod);
	m->prod = th_producer(m->ctx, m->d.ingest);
	for (i = 0; i < m->n; i++)
		if (m->state[i] == M_PENDING)
			break;
	if (i < m->n)
		model_feed(m, 0);
}

static void
model_stop(struct model *m, int sig)
{
	int status;

	kill(m->d.pid, sig);
	model_assert(m, th_wait(m->d.pid, TH_WAIT_MS, &status) == 0,
	    "quarryd did not end after signal %d", sig);
	m->d.pid = 0;
	if (sig == SIGTERM)
		model_assert(m, WIFEXITED(status) && WEXITSTATUS(status) == 0,
		    "SIGTERM: exit status %#x", status);
	/* What a run published reached the subscriber before it ended:
	 * read it now, in this run's name. */
	model_results(m, 50);
	m->killed[m->epoch] = sig == SIGKILL;
	m->ended_full[m->epoch] = (unsigned char)m->full;
	m->up = 0;
	if (sig == SIGKILL)
		m->sigkills++;
	else
		m->sigterms++;
}

static void model_stop(struct model *, int);

/* Feed, and kill quarryd before every ack is in: those ids stay pending
 * (spooled or not) and are sent again after the next start. */
static void
model_feed_kill(struct model *m)
{
	int n = 1 + (int)model_rand(m, MODEL_FEED_MAX);

	model_feed_some(m, n, (int)model_rand(m, (unsigned)n + 1));
	model_stop(m, SIGKILL);
}

static void
model_kill_worker(struct model *m)
{
	pid_t kids[16];
	int n = th_children(m->d.pid, kids, 16);

	if (n > 0) {
		kill(kids[model_rand(m, (unsigned)n)], SIGKILL);
		m->worker_kills++;
	}
}

/* Fill the state directory's filesystem to its last byte. */
static void
model_fill(struct model *m)
{
	long long n = th_disk_fill(m->filler);

	if (getenv("QUARRY_MODEL_TRACE") != NULL)
		fprintf(stderr, "model disk full (%lld bytes of filler)\n", n);
	m->full = 1;
	m->fills++;
}

/*
 * Give the space back.  With quarryd up, it must accept again by itself:
 * every article it refused while the disk was full (and one new one) is
 * sent until accepted, within MODEL_RECOVER_MS.
 */
static void
model_free(struct model *m)
{
	uint64_t deadline;
	int i, left;

	model_assert(m, unlink(m->filler) == 0, "unlink %s: %s", m->filler,
	    strerror(errno));
	m->full = 0;
	m->frees++;
	m->freed_ms = th_now_ms();
	deadline = m->freed_ms + MODEL_RECOVER_MS;
	if (!m->up)
		return;
	model_feed(m, 1);
	for (;;) {
		for (i = 0, left = 0; i < m->n; i++)
			left += m->state[i] == M_PENDING;
		if (left == 0)
			break;
		model_assert(m, th_now_ms() < deadline, "%d articles "
		    "still refused %d ms after space came back", left,
		    MODEL_RECOVER_MS);
		model_results(m, 50);
		model_feed(m, 0);
	}
}

static void
model_step(struct model *m)
{
	unsigned r = model_rand(m, 100);

	if (getenv("QUARRY_MODEL_TRACE") != NULL)
		fprintf(stderr, "model step %d: epoch %d, r %u, ids %d\n",
		    m->steps, m->epoch, r, m->n);

	/* The disk fills or frees, quarryd up or not (a full disk at a
	 * start): about one step in twelve, when there is a disk. */
	if (m->disk[0] != '\0' && model_rand(m, 12) == 0) {
		if (m->full)
			model_free(m);
		else
			model_fill(m);
		return;
	}
	if (!m->up) {
		model_start(m);
		return;
	}
	if (r < 50)
		model_feed(m, 1 + (int)model_rand(m, MODEL_FEED_MAX));
	else if (r < 65)
		model_results(m, 20);
	else if (r < 75)
		model_kill_worker(m);
	else if (r < 85)
		model_stop(m, SIGTERM);
	else if (r < 92)
		model_stop(m, SIGKILL);
	else
		model_feed_kill(m);
	model_results(m, 0);
}

/* Wait until every accepted id has ended (bounded by deadline); pending
 * ids are allowed only while the disk is full (refused, not accepted). */
static void
model_settle_endings(struct model *m, uint64_t deadline)
{
	char ids[256];
	int i, missing;

	for (;;) {
		ids[0] = '\0';
		for (i = 0, missing = 0; i < m->n; i++) {
			model_assert(m, m->full || m->state[i] != M_PENDING,
			    "m-%06d still pending", i);
			if (m->state[i] == M_ACCEPTED && m->endings[i] == 0 &&
			    missing++ < 8)
				snprintf(ids + strlen(ids), sizeof(ids) -
				    strlen(ids), " m-%06d", i);
		}
		if (missing == 0)
			break;
		model_assert(m, th_now_ms() < deadline, "%d accepted "
		    "articles never ended%s:%s", missing, m->full ?
		    " (disk full)" : "", ids);
		model_results(m, 100);
	}
}

/*
 * The end: up; every accepted id ended, while the disk is still full if
 * it is; then space back, everything refused sent until accepted, every
 * id ended, and quiet.
 */
static void
model_settle(struct model *m)
{
	uint64_t deadline = th_now_ms() + MODEL_SETTLE_MS;

	if (!m->up)
		model_start(m);
	if (m->full) {
		model_settle_endings(m, deadline);
		model_free(m);
	}
	model_feed(m, 0);
	model_settle_endings(m, deadline);
	while (model_results(m, MODEL_QUIET_MS) > 0)
		;
}

/* .fini: the tmpfs goes even when an assertion ended the test (it is in
 * the test's own mount namespace, so it would go with the process too). */
static void
model_umount(void)
{
	if (model_disk[0] != '\0')
		th_tmpfs_umount(model_disk);
	model_disk[0] = '\0';
}

/* The state directory on a tmpfs of its own, if one can be mounted. */
static void
model_disk_setup(struct model *m)
{
	static int told;

	snprintf(m->disk, sizeof(m->disk), "%s/disk", m->d.dir);
	cr_assert_eq(mkdir(m->disk, 0700), 0, "mkdir %s: %s", m->disk,
	    strerror(errno));
	if (getenv("QUARRY_MODEL_NO_DISK") != NULL) {
		errno = 0;
		goto skip;
	}
	if (th_tmpfs_mount(m->disk, MODEL_DISK_SIZE) == -1)
		goto skip;
	snprintf(model_disk, sizeof(model_disk), "%s", m->disk);
	snprintf(m->state_dir, sizeof(m->state_dir), "%s/state", m->disk);
	snprintf(m->filler, sizeof(m->filler), "%s/filler", m->disk);
	return;
skip:
	if (!told++)
		fprintf(stderr, "model: full-disk steps SKIPPED: cannot mount "
		    "a tmpfs for the state directory (%s); run as root to "
		    "include them\n", errno != 0 ? strerror(errno) :
		    "QUARRY_MODEL_NO_DISK is set");
	m->disk[0] = '\0';
	snprintf(m->state_dir, sizeof(m->state_dir), "%s/state", m->d.dir);
}

/* One seed: steps of random operations, then the settle and the check. */
static void
model_run(unsigned seed, int steps, struct model_totals *t)
{
	static const char *fsyncs[] = { "always", "batch", "off" };
	struct model *m = calloc(1, sizeof(*m));
	int i, k = 0, accepted = 0, status;

	cr_assert_not_null(m);
	/* Printed first: a failure in a helper still names the seed. */
	fprintf(stderr, "model seed %u: %d steps (rerun: QUARRY_MODEL_SEED="
	    "%u QUARRY_MODEL_STEPS=%d)\n", seed, steps, seed, steps);
	m->seed = m->rng = seed;
	m->fsync = fsyncs[seed % 3];
	m->state = calloc(MODEL_IDS_MAX, 1);
	m->resent = calloc(MODEL_IDS_MAX, 1);
	m->endings = calloc(MODEL_IDS_MAX, sizeof(*m->endings));
	m->first_epoch = calloc(MODEL_IDS_MAX, sizeof(*m->first_epoch));
	cr_assert(m->state && m->resent && m->endings && m->first_epoch);
	th_daemon_prepare(&m->d);
	model_disk_setup(m);
	m->extra[k++] = "--state-dir";
	m->extra[k++] = m->state_dir;
	m->extra[k++] = "--spool-fsync";
	m->extra[k++] = m->fsync;
	m->extra[k++] = "--drain-timeout-ms";
	m->extra[k++] = "300";
	m->extra[k++] = "--heartbeat-ms";
	m->extra[k++] = "200";
	m->extra[k++] = "--job-timeout-ms";
	m->extra[k++] = "5000";
	m->extra[k++] = "--max-attempts";
	m->extra[k++] = "5";
	m->extra[k++] = "--log-level";
	m->extra[k++] = getenv("QUARRY_MODEL_LOG") != NULL ?
	    getenv("QUARRY_MODEL_LOG") : "warn";
	m->extra[k] = NULL;
	m->ctx = th_ctx();
	m->sub = zmq_socket(m->ctx, ZMQ_SUB);
	cr_assert_not_null(m->sub);
	i = 0;
	zmq_setsockopt(m->sub, ZMQ_LINGER, &i, sizeof(i));
	zmq_setsockopt(m->sub, ZMQ_RCVHWM, &i, sizeof(i));
	zmq_setsockopt(m->sub, ZMQ_SUBSCRIBE, "", 0);
	cr_assert_eq(zmq_connect(m->sub, m->d.results), 0);
	model_start(m);
	for (m->steps = 0; m->steps < steps; m->steps++)
		model_step(m);
	model_settle(m);
	for (i = 0; i < m->n; i++)
		accepted += m->state[i] == M_ACCEPTED;
	fprintf(stderr, "model seed %u (fsync %s): %d steps, %d starts, %d "
	    "SIGTERM, %d SIGKILL, %d worker kills, %d feeds, %d full-disk "
	    "episodes%s (%d starts and %u acceptances with the disk full); "
	    "%d ids, %d accepted, %u results, %u dead letters, "
	    "0 lost; %u busy answers (%u with the disk full), %u "
	    "\"duplicate\" acks; repeats: %u after SIGKILL, %u after a "
	    "resend, %u after a stop with the disk full\n", seed, m->fsync,
	    steps, m->starts, m->sigterms, m->sigkills, m->worker_kills,
	    m->feeds, m->fills, m->disk[0] != '\0' ? "" : " (no disk)",
	    m->starts_full, m->accepted_full, m->n, accepted, m->results, m->dead, m->busy, m->busy_full,
	    m->duplicates, m->rep_killed, m->rep_resent, m->rep_full);
	t->seeds++;
	t->steps += (unsigned)steps;
	t->accepted += (unsigned)accepted;
	t->results += m->results;
	t->dead += m->dead;
	t->sigkills += (unsigned)m->sigkills;
	t->sigterms += (unsigned)m->sigterms;
	t->worker_kills += (unsigned)m->worker_kills;
	t->repeats += m->rep_killed + m->rep_resent + m->rep_full;
	t->busy += m->busy;
	t->duplicates += m->duplicates;
	t->fills += (unsigned)m->fills;
	t->starts_full += (unsigned)m->starts_full;
	t->accepted_full += m->accepted_full;
	status = th_daemon_stop(&m->d);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	zmq_close(m->prod);
	zmq_close(m->sub);
	zmq_ctx_term(m->ctx);
	model_umount();
	th_rmtree(m->d.dir);
	free(m->state);
	free(m->resent);
	free(m->endings);
	free(m->first_epoch);
	free(m);
}

static long
model_env(const char *name, long dflt)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0' ? strtol(v, NULL, 10) : dflt;
}

/* Its own bound is a day, for `make soak` (make check's --timeout lowers
 * it); the bounded run takes well under a minute. */
Test(model, life_cycle_loses_no_accepted_article, .timeout = 86400,
    .fini = model_umount)
{
	struct model_totals t = { 0 };
	long seed = model_env("QUARRY_MODEL_SEED", -1);
	long per = model_env("QUARRY_MODEL_STEPS", -1);
	long total = model_env("QUARRY_MODEL_TOTAL", MODEL_CHECK_STEPS);
	unsigned s;

	if (per <= 0)
		per = total > MODEL_SOAK_SEED_STEPS ? MODEL_SOAK_SEED_STEPS :
		    total;
	if (per > MODEL_SOAK_SEED_STEPS)
		per = MODEL_SOAK_SEED_STEPS;
	if (seed >= 0) {
		model_run((unsigned)seed, (int)per, &t);
		return;
	}
	s = (unsigned)time(NULL) ^ (unsigned)getpid() << 8;
	while (t.steps < (unsigned long)total)
		model_run(s++ & 0x7fffffff, (int)per, &t);
	fprintf(stderr, "model: %u steps over %u seeds: %u accepted, %u "
	    "results, %u dead letters, 0 lost; %u repeats (at-least-once), "
	    "%u \"duplicate\" acks, %u busy answers, %u full-disk episodes "
	    "(%u starts and %u acceptances with the disk full); %u SIGKILL, "
	    "%u SIGTERM, %u worker kills\n", t.steps, t.seeds, t.accepted,
	    t.results, t.dead, t.repeats, t.duplicates, t.busy, t.fills,
	    t.starts_full, t.accepted_full, t.sigkills, t.sigterms,
	    t.worker_kills);
}
