/*
 * worker.c — the worker role: a DEALER connected to the broker's workers
 * ROUTER, one frame per message.  It registers with READY and a credit,
 * answers every JOB with a DONE, and keeps the link honest with
 * heartbeats both ways (the Paranoid Pirate pattern): a broker silent for
 * too long is presumed gone, and the worker reconnects on a fresh socket
 * and registers again, since a restarted broker does not know it.
 *
 * Extraction runs on a thread of its own, so the main thread, which owns
 * the socket, keeps heartbeating and reading while an article takes
 * long: the broker then knows a slow worker from a dead one, and ends a
 * slow article by its job timeout (--job-timeout-ms), not by liveness.
 * The main thread decodes each JOB and queues it for the extraction
 * thread, which runs the jobs in the order sent, encodes each DONE and
 * hands it back through an eventfd; only the main thread touches the
 * socket.  Small JOBs that find the extraction thread idle, alone or a
 * short JOBS, the main thread runs itself (worker_inline), saving the
 * two hand-offs.
 *
 * It also confines itself (docs/security.md): once its socket is
 * connected it caps its address space, allows itself a CPU budget per
 * job, and installs a seccomp allowlist of the calls it needs from then
 * on; anything else kills it, and the broker retries its job elsewhere.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <sys/prctl.h>
#include <sys/queue.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include <seccomp.h>
#include <zmq.h>

#include "extract.h"
#include "log.h"
#include "message.h"
#include "util.h"
#include "worker.h"
#include "worker_hold.h"

/* Reconnect backoff: a quarter second doubling to 4 s, so a broker that
 * is restarting is found again soon and a dead one costs little. */
#define WORKER_BACKOFF_MIN_MS	250
#define WORKER_BACKOFF_MAX_MS	4000
/*
 * How long a closing socket may keep trying to deliver: on shutdown the
 * last DONE and the BYE go to a broker that is normally local and alive,
 * so half a second is plenty, and it bounds the exit if it is not.
 */
#define WORKER_LINGER_MS	500
/* "host:pid": a host name and the digits of a pid. */
#define WORKER_NAME_MAX		(HOST_NAME_MAX + 1 + 20 + 1)
/* Room for "extract: <strerror>". */
#define WORKER_ERR_MAX		128

/*
 * Address space cap.  Measured on x86-64 (Debian 12): an idle worker maps
 * 92 MiB (libraries, three 8 MiB thread stacks, glibc's per-thread malloc
 * arenas) and peaks at 158 MiB while an arena is being created (glibc
 * reserves 128 MiB, then trims it to 64).  One job then adds at most: the
 * JOB frame (PROTO_FRAME_MAX, ~4 MiB; the JOBs queued behind it add at
 * most quarryd's WORKERS_HOLD_BYTES, 256 KiB), the decoder's arrays of
 * quotes and dates (none for a JOB: it reads the frame in place), the
 * extractors' working set (measured ~3 bytes per body byte, 12 MiB for
 * a 4 MiB body; 8 per byte, 32 MiB, allowed), and the DONE being encoded
 * (at most 8192 quotes and dates with 2 KiB speakers, 32 MiB): about
 * 76 MiB.  158 + 76 is ~240 MiB; twice that leaves room for allocator
 * slack and fragmentation, and still stops a runaway allocation long
 * before it hurts the host.  The extraction thread adds a fourth stack
 * and an arena of its own: after three 4 MiB articles a worker had
 * peaked at 236 MiB (VmPeak).
 */
#define WORKER_AS_MAX		((rlim_t)512 << 20)
/*
 * CPU seconds one job may use before the kernel ends the worker
 * (SIGXCPU): a backstop for a runaway extraction when nobody else stops
 * it (a remote worker whose broker is gone).  The extractors run at
 * under 0.1 s per MiB on the worst inputs of bench/linear_bench, so a
 * legal 4 MiB body needs under half a second; 30 s matches quarryd's
 * default job timeout and is slack enough for a sanitizer build.
 */
#define WORKER_JOB_CPU_S	30
/*
 * The DONEs handed over together go out together, in one DONES, to a
 * broker that sends JOBS (and so reads DONES: docs/protocol.md 7.5): one
 * ZeroMQ message, and past 8 KiB one system call to write and one to
 * read, instead of one of each per DONE.  A DONES holds at most this
 * many bytes of DONEs: a 4 KB article's DONE is ~2 KB, so a whole
 * WORKER_DONE_BATCH fits many times over, and a large DONE (up to
 * PROTO_FRAME_MAX) goes alone, never making a frame over the limit.
 */
#define WORKER_DONES_BYTES	(256 * 1024)
_Static_assert(WORKER_DONES_BYTES < PROTO_FRAME_MAX, "a DONES fits a frame");
/*
 * Finished jobs are kept for the next JOBs, with their DONE buffers, so
 * an article costs no allocation of its own here (a job, and a DONE
 * buffer grown from 256 bytes to a few KiB, were five allocations per
 * article).  As many as the broker may send at once plus the spare; a
 * buffer grown past WORKER_KEEP_BYTES by a large result is let go (so
 * they hold at most ~1 MiB).
 */
#define WORKER_FREE_MAX		(PROTO_CREDIT_MAX + 1)
#define WORKER_KEEP_BYTES	(16 * 1024)

/*
 * A job the broker sent: its frame (the article borrows from it), the
 * decoded JOB, the socket it came on (by generation: a job from a socket
 * since replaced is not answered on the new one, whose broker never sent
 * it), and its DONE, encoded by the extraction thread.
 */
struct wjob {
	TAILQ_ENTRY(wjob) link;
	zmq_msg_t	 frame;
	struct wmsg	 m;
	unsigned	 gen;
	struct pbuf	 done;
};
TAILQ_HEAD(wjob_list, wjob);

/* What the main and the extraction thread share, all under lock. */
struct wshared {
	pthread_mutex_t	 lock;
	pthread_cond_t	 wake;		/* todo has a job, or stop is set */
	struct wjob_list todo;		/* not started, oldest first */
	struct wjob_list done;		/* DONEs encoded, for the socket */
	struct wjob	*running;	/* being extracted */
	int		 stop;		/* the extraction thread is to end */
	int		 signalled;	/* the eventfd was written for done */
	size_t		 held;		/* DONEs in done not yet signalled */
	uint64_t	 held_since;	/* when the first of them finished */
	int		 held_deep;	/* a deep line was behind it then */
};

struct worker {
	const struct worker_config *cfg;
	char		 name[WORKER_NAME_MAX];
	void		*zctx;
	void		*sock;		/* NULL while between sockets */
	int		 fd;		/* its ZMQ_FD */
	int		 dirty;		/* ZMQ_FD may be stale: read to EAGAIN */
	struct proto_decoder *dec;
	struct extract	*x;
	struct pbuf	 out;		/* encoder buffer, reused */
	uint64_t	 sent_at;	/* last send, for heartbeats */
	uint64_t	 heard_at;	/* last message from the broker */
	int		 backoff_ms;
	pid_t		 parent;	/* supervised: quarryd's pid */
	const char	*quit;		/* set: exit once the frame is freed */
	uint64_t	 cpu_armed_at;	/* when RLIMIT_CPU was last moved
					 * (by whichever thread runs jobs:
					 * never both at once) */
	unsigned	 gen;		/* socket generation, 1 up */
	int		 batched;	/* this socket's broker sent a JOBS,
					 * so it takes DONES */
	int		 reopen;	/* a new socket once the stale job
					 * under way is over */
	struct wjob	*spare;		/* receives the next frame */
	struct wjob_list free;		/* finished, kept for reuse */
	size_t		 nfree;
	pthread_t	 thread;	/* extraction */
	int		 efd;		/* eventfd: a DONE is ready */
	struct wshared	 sh;
};

static volatile sig_atomic_t worker_stop;

static void
worker_signal(int sig)
{
	(void)sig;
	worker_stop = 1;
}

/* Send one encoded message. */
static void
worker_transmit(struct worker *w, const void *data, size_t len,
    enum wmsg_type type)
{
	/*
	 * Never block: a connecting DEALER queues up to its high-water mark,
	 * and beyond it the broker is gone anyway; the liveness check will
	 * notice, and the broker retries a job whose DONE was lost.
	 */
	if (zmq_send(w->sock, data, len, ZMQ_DONTWAIT) == -1) {
		if (errno != EAGAIN && errno != EINTR)
			fatalx("zmq_send: %s", zmq_strerror(errno));
		log_warnx("%s dropped: the broker is not taking messages",
		    wmsg_type_name(type));
		return;
	}
	/* A send may process the socket's commands, and with them the
	 * edge that said a message had come. */
	w->dirty = 1;
	w->sent_at = now_us();
}

/* worker_transmit() for a message already built: ZeroMQ takes its
 * content, so nothing is copied; msg is closed either way. */
static void
worker_transmit_msg(struct worker *w, zmq_msg_t *msg, enum wmsg_type type)
{
	if (zmq_msg_send(msg, w->sock, ZMQ_DONTWAIT) == -1) {
		zmq_msg_close(msg);
		if (errno != EAGAIN && errno != EINTR)
			fatalx("zmq_msg_send: %s", zmq_strerror(errno));
		log_warnx("%s dropped: the broker is not taking messages",
		    wmsg_type_name(type));
		return;
	}
	w->dirty = 1;
	w->sent_at = now_us();
}

static void
worker_send(struct worker *w, const struct wmsg *m)
{
	if (proto_encode_wmsg(&w->out, m) == -1)
		fatal("encode %s", wmsg_type_name(m->type));
	worker_transmit(w, w->out.data, w->out.len, m->type);
}

static void
worker_send_type(struct worker *w, enum wmsg_type type)
{
	struct wmsg m;

	memset(&m, 0, sizeof(m));
	m.type = type;
	worker_send(w, &m);
}

static void
worker_close(struct worker *w, int linger_ms)
{
	if (w->sock == NULL)
		return;
	if (zmq_setsockopt(w->sock, ZMQ_LINGER, &linger_ms,
	    sizeof(linger_ms)) == -1)
		log_warnx("zmq_setsockopt: %s", zmq_strerror(errno));
	zmq_close(w->sock);
	w->sock = NULL;
}

/* A fresh socket, connected, and READY sent on it. */
static void
worker_open(struct worker *w)
{
	const struct worker_config *cfg = w->cfg;
	int64_t maxmsg = PROTO_FRAME_MAX;
	int zero = 0;
	size_t fdlen;
	struct wmsg m;

	w->reopen = 0;
	w->gen++;
	w->batched = 0;
	if ((w->sock = zmq_socket(w->zctx, ZMQ_DEALER)) == NULL)
		fatalx("zmq_socket: %s", zmq_strerror(errno));
	if (zmq_setsockopt(w->sock, ZMQ_LINGER, &zero, sizeof(zero)) == -1 ||
	    zmq_setsockopt(w->sock, ZMQ_MAXMSGSIZE, &maxmsg,
	    sizeof(maxmsg)) == -1)
		fatalx("zmq_setsockopt: %s", zmq_strerror(errno));
	if (keyfile_client_apply(&cfg->curve, w->sock) == -1)
		fatalx("CURVE keys: %s", zmq_strerror(errno));
	if (zmq_connect(w->sock, cfg->endpoint) == -1)
		fatalx("connect %s: %s", cfg->endpoint, zmq_strerror(errno));
	fdlen = sizeof(w->fd);
	if (zmq_getsockopt(w->sock, ZMQ_FD, &w->fd, &fdlen) == -1)
		fatalx("zmq_getsockopt ZMQ_FD: %s", zmq_strerror(errno));
	w->dirty = 1;
	memset(&m, 0, sizeof(m));
	m.type = WMSG_READY;
	m.credit = cfg->credit;
	/* JOBS of up to the credit: all it may hold at once. */
	m.batch = cfg->credit > 1 ? cfg->credit : 0;
	m.pid = (int64_t)getpid();
	m.name = str_make(w->name, strlen(w->name));
	m.extractor = STR_LIT(EXTRACT_VERSION);
	worker_send(w, &m);
	w->heard_at = now_us();
}

/* --- the jobs, between the two threads --- */

static struct wjob *
wjob_new(void)
{
	struct wjob *j = xcalloc(1, sizeof(*j));

	zmq_msg_init(&j->frame);
	return j;
}

static void
wjob_free(struct wjob *j)
{
	zmq_msg_close(&j->frame);
	pbuf_free(&j->done);
	free(j);
}

/* A job for the next frame: a finished one if any is kept. */
static struct wjob *
wjob_get(struct worker *w)
{
	struct wjob *j = TAILQ_FIRST(&w->free);

	if (j == NULL)
		return wjob_new();
	TAILQ_REMOVE(&w->free, j, link);
	w->nfree--;
	zmq_msg_init(&j->frame);
	memset(&j->m, 0, sizeof(j->m));
	j->gen = 0;
	return j;
}

/* The jobs of l are finished: kept for reuse (WORKER_FREE_MAX), or
 * freed. */
static void
wjob_put_all(struct worker *w, struct wjob_list *l)
{
	struct wjob *j;

	while ((j = TAILQ_FIRST(l)) != NULL) {
		TAILQ_REMOVE(l, j, link);
		if (w->nfree >= WORKER_FREE_MAX ||
		    j->done.cap > WORKER_KEEP_BYTES) {
			wjob_free(j);
			continue;
		}
		zmq_msg_close(&j->frame);
		pbuf_reset(&j->done);
		TAILQ_INSERT_HEAD(&w->free, j, link);
		w->nfree++;
	}
}

static void
wjob_free_all(struct wjob_list *l)
{
	struct wjob *j;

	while ((j = TAILQ_FIRST(l)) != NULL) {
		TAILQ_REMOVE(l, j, link);
		wjob_free(j);
	}
}

/* Hand a decoded JOB to the extraction thread, behind those before it. */
static void
worker_queue_job(struct worker *w, struct wjob *j)
{
	pthread_mutex_lock(&w->sh.lock);
	TAILQ_INSERT_TAIL(&w->sh.todo, j, link);
	pthread_cond_signal(&w->sh.wake);
	pthread_mutex_unlock(&w->sh.lock);
}

/*
 * Drop the jobs not started: they came on a socket being replaced, and
 * the broker gets them back by other means (it requeues what a lost or
 * re-registered worker held).  The one under way runs on; its DONE is
 * dropped by generation.  1 if one is under way.
 */
static int
worker_drop_todo(struct worker *w)
{
	struct wjob_list l = TAILQ_HEAD_INITIALIZER(l);
	int busy;

	pthread_mutex_lock(&w->sh.lock);
	TAILQ_CONCAT(&l, &w->sh.todo, link);
	busy = w->sh.running != NULL;
	pthread_mutex_unlock(&w->sh.lock);
	wjob_put_all(w, &l);
	return busy;
}

/*
 * The DONEs of l from *jp on that go together to this socket's broker:
 * as many as fit one DONES (PROTO_BATCH_MAX, WORKER_DONES_BYTES) when it
 * takes DONES, else one; *jp moves past them.  A DONES is built in the
 * message ZeroMQ sends (docs/protocol.md 7.5), each DONE copied into it
 * once: encoding it into w->out and handing that to zmq_send() copied
 * every DONE twice.
 */
static void
worker_send_dones(struct worker *w, struct wjob **jp)
{
	struct wjob *j = *jp, *first = j;
	struct proto_batch pb;
	zmq_msg_t msg;
	size_t n = 0, size = proto_batch_head_size(WMSG_DONES,
	    PROTO_BATCH_MAX), total;
	void *at;

	for (; j != NULL && j->gen == w->gen && n < PROTO_BATCH_MAX &&
	    (n == 0 || w->batched); j = TAILQ_NEXT(j, link)) {
		size += proto_batch_item_size(j->done.len);
		if (n > 0 && size > WORKER_DONES_BYTES)
			break;
		n++;
	}
	*jp = j;
	if (n == 1) {
		worker_transmit(w, first->done.data, first->done.len,
		    WMSG_DONE);
		return;
	}
	total = proto_batch_head_size(WMSG_DONES, n);
	for (j = first; j != *jp; j = TAILQ_NEXT(j, link))
		total += proto_batch_item_size(j->done.len);
	if (zmq_msg_init_size(&msg, total) == -1 ||
	    proto_batch_open(&pb, zmq_msg_data(&msg), total, WMSG_DONES,
	    n) == -1)
		fatalx("encode DONES: %s", zmq_strerror(errno));
	for (j = first; j != *jp; j = TAILQ_NEXT(j, link)) {
		if ((at = proto_batch_item(&pb, j->done.len)) == NULL)
			fatalx("encode DONES: sizes do not add up");
		memcpy(at, j->done.data, j->done.len);
	}
	worker_transmit_msg(w, &msg, WMSG_DONES);
}

/*
 * Send the DONEs the extraction thread has finished, each on the socket
 * its JOB came on (else it is dropped: that broker is gone), together
 * when they can be, and open the next socket if one waited for the stale
 * job under way to end.
 */
static void
worker_flush_done(struct worker *w)
{
	struct wjob_list l = TAILQ_HEAD_INITIALIZER(l);
	struct wjob *j;
	uint64_t n;
	int busy;

	if (read(w->efd, &n, sizeof(n)) == -1 && errno != EAGAIN)
		fatal("read eventfd");
	pthread_mutex_lock(&w->sh.lock);
	TAILQ_CONCAT(&l, &w->sh.done, link);
	w->sh.signalled = 0;
	w->sh.held = 0;
	busy = w->sh.running != NULL;
	pthread_mutex_unlock(&w->sh.lock);
	for (j = TAILQ_FIRST(&l); j != NULL; ) {
		if (j->gen == w->gen && w->sock != NULL) {
			worker_send_dones(w, &j);
			continue;
		}
		log_info("job %llu done after its broker was replaced: result "
		    "dropped", (unsigned long long)j->m.job);
		j = TAILQ_NEXT(j, link);
	}
	wjob_put_all(w, &l);
	if (w->reopen && !busy)
		worker_open(w);
}

/*
 * Stop: the job under way runs to completion and is answered, those not
 * started are dropped (the broker requeues them on BYE), and BYE is said.
 */
static void __attribute__((noreturn))
worker_exit(struct worker *w, const char *why)
{
	log_info("%s: exiting", why);
	w->reopen = 0;
	(void)worker_drop_todo(w);
	pthread_mutex_lock(&w->sh.lock);
	w->sh.stop = 1;
	pthread_cond_signal(&w->sh.wake);
	pthread_mutex_unlock(&w->sh.lock);
	if ((errno = pthread_join(w->thread, NULL)) != 0)
		fatal("pthread_join");
	worker_flush_done(w);
	if (w->sock != NULL) {
		worker_send_type(w, WMSG_BYE);
		worker_close(w, WORKER_LINGER_MS);
	}
	zmq_ctx_term(w->zctx);
	if (w->spare != NULL)
		wjob_free(w->spare);
	wjob_free_all(&w->free);
	close(w->efd);
	pthread_cond_destroy(&w->sh.wake);
	pthread_mutex_destroy(&w->sh.lock);
	extract_destroy(&w->x);
	proto_decoder_destroy(&w->dec);
	pbuf_free(&w->out);
	exit(0);
}

/* A supervised worker outlives its quarryd only by accident: end it. */
static void
worker_check_parent(struct worker *w)
{
	if (w->cfg->supervised && getppid() != w->parent)
		worker_exit(w, "quarryd is gone");
}

/*
 * Drop the socket (and with it whatever the old broker had queued for
 * us, and the jobs it sent that have not started), wait out the backoff,
 * and register again on a new one.  While a job from the old socket is
 * still under way, registering waits for it to end: a broker would send
 * new jobs to wait behind it, and time them out.
 */
static void
worker_reconnect(struct worker *w, int wait)
{
	struct timespec ts;

	worker_close(w, 0);
	if (wait) {
		ts.tv_sec = w->backoff_ms / 1000;
		ts.tv_nsec = (long)(w->backoff_ms % 1000) * 1000000L;
		while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
			if (worker_stop)
				worker_exit(w, "signal");
		w->backoff_ms *= 2;
		if (w->backoff_ms > WORKER_BACKOFF_MAX_MS)
			w->backoff_ms = WORKER_BACKOFF_MAX_MS;
	}
	worker_check_parent(w);
	if (worker_drop_todo(w)) {
		log_info("registering again once the job under way ends");
		w->gen++;
		w->reopen = 1;
		return;
	}
	worker_open(w);
}

/* --- the sandbox --- */

#if defined(__SANITIZE_ADDRESS__)
#define WORKER_ASAN	1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WORKER_ASAN	1
#endif
#endif

/*
 * The calls a connected worker makes, measured with strace -f over ipc
 * and tcp (jobs, heartbeats, reconnects, exit), for the main thread and
 * libzmq's I/O and reaper threads; a call that is missing shows in the
 * kernel log as an audit record (type=1326) with its number.  Arguments
 * are checked where that narrows a call that is needed only in one form
 * below.
 */
static const int worker_syscalls[] = {
	/* memory */
	SCMP_SYS(brk), SCMP_SYS(mmap), SCMP_SYS(munmap), SCMP_SYS(mremap),
	SCMP_SYS(mprotect), SCMP_SYS(madvise),
	/* CURVE: libsodium locks key material in memory (sodium_mlock) */
	SCMP_SYS(mlock), SCMP_SYS(munlock),
	/* ZeroMQ: sockets, the mailbox eventfds, polling */
	SCMP_SYS(read), SCMP_SYS(write), SCMP_SYS(readv), SCMP_SYS(writev),
	SCMP_SYS(close), SCMP_SYS(fcntl), SCMP_SYS(eventfd2),
	SCMP_SYS(poll), SCMP_SYS(ppoll), SCMP_SYS(epoll_create1),
	SCMP_SYS(epoll_ctl), SCMP_SYS(epoll_wait), SCMP_SYS(epoll_pwait),
	SCMP_SYS(connect), SCMP_SYS(shutdown), SCMP_SYS(setsockopt),
	SCMP_SYS(getsockopt), SCMP_SYS(getsockname), SCMP_SYS(getpeername),
	SCMP_SYS(sendto), SCMP_SYS(recvfrom), SCMP_SYS(sendmsg),
	SCMP_SYS(recvmsg),
	/* a new socket reads /etc/protocols (getprotobyname) */
	SCMP_SYS(newfstatat), SCMP_SYS(fstat), SCMP_SYS(lseek),
	/* threads, time, signals, identity */
	SCMP_SYS(futex), SCMP_SYS(sched_yield), SCMP_SYS(sched_getaffinity),
	SCMP_SYS(sched_getparam), SCMP_SYS(sched_getscheduler),
	SCMP_SYS(sched_setscheduler), SCMP_SYS(set_robust_list),
	SCMP_SYS(rseq), SCMP_SYS(nanosleep), SCMP_SYS(clock_nanosleep),
	SCMP_SYS(clock_gettime), SCMP_SYS(gettimeofday),
	SCMP_SYS(rt_sigprocmask), SCMP_SYS(rt_sigaction),
	SCMP_SYS(rt_sigreturn), SCMP_SYS(restart_syscall),
	SCMP_SYS(getpid), SCMP_SYS(gettid), SCMP_SYS(getppid),
	SCMP_SYS(getrandom), SCMP_SYS(sysinfo), SCMP_SYS(getrusage),
	SCMP_SYS(exit), SCMP_SYS(exit_group),
};

#ifdef WORKER_ASAN
/*
 * AddressSanitizer's own needs (make asan): LeakSanitizer stops the
 * world at exit by cloning a tracer that ptraces every thread and lists
 * /proc/self/task; reports walk /proc/self/maps.
 */
static const int worker_asan_syscalls[] = {
	SCMP_SYS(clone), SCMP_SYS(ptrace), SCMP_SYS(wait4),
	SCMP_SYS(prctl), SCMP_SYS(getdents), SCMP_SYS(getdents64),
	SCMP_SYS(readlink), SCMP_SYS(stat), SCMP_SYS(lstat), SCMP_SYS(access),
	SCMP_SYS(readlinkat), SCMP_SYS(sigaltstack), SCMP_SYS(pipe2),
	SCMP_SYS(open), SCMP_SYS(openat), SCMP_SYS(kill), SCMP_SYS(tgkill),
	SCMP_SYS(prlimit64), SCMP_SYS(dup), SCMP_SYS(dup2),
	SCMP_SYS(getuid), SCMP_SYS(geteuid), SCMP_SYS(pread64),
};
#endif

static void
worker_seccomp_rule(scmp_filter_ctx sc, int call, unsigned n,
    const struct scmp_arg_cmp *cmp)
{
	int rc = n == 0 ? seccomp_rule_add(sc, SCMP_ACT_ALLOW, call, 0) :
	    seccomp_rule_add_array(sc, SCMP_ACT_ALLOW, call, n, cmp);

	if (rc < 0)
		fatalx("seccomp: rule for %s: %s",
		    seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, call),
		    strerror(-rc));
}

/*
 * Install the allowlist on every thread (libzmq's are running already).
 * A call outside it kills the whole process: the broker sees the worker
 * go and gives its jobs to another.
 */
static void
worker_seccomp(void)
{
	struct scmp_arg_cmp c[2];
	scmp_filter_ctx sc;
	size_t i;
	int rc;

	if ((sc = seccomp_init(SCMP_ACT_KILL_PROCESS)) == NULL)
		fatalx("seccomp_init failed");
	if ((rc = seccomp_attr_set(sc, SCMP_FLTATR_CTL_TSYNC, 1)) < 0)
		fatalx("seccomp: TSYNC: %s", strerror(-rc));
	for (i = 0; i < sizeof(worker_syscalls) / sizeof(worker_syscalls[0]);
	    i++)
		worker_seccomp_rule(sc, worker_syscalls[i], 0, NULL);
	/* Reconnecting makes a socket, of the families endpoints use. */
	c[0] = SCMP_A0(SCMP_CMP_EQ, AF_UNIX);
	worker_seccomp_rule(sc, SCMP_SYS(socket), 1, c);
	c[0] = SCMP_A0(SCMP_CMP_EQ, AF_INET);
	worker_seccomp_rule(sc, SCMP_SYS(socket), 1, c);
	c[0] = SCMP_A0(SCMP_CMP_EQ, AF_INET6);
	worker_seccomp_rule(sc, SCMP_SYS(socket), 1, c);
#ifndef WORKER_ASAN
	/*
	 * Narrowed forms of four calls; ASan needs them unnarrowed, and
	 * a narrowed rule would shadow its plain one.
	 */
	/* Files: read-only opens (/etc/protocols), never a write. */
	c[0] = SCMP_A2(SCMP_CMP_MASKED_EQ, O_ACCMODE | O_CREAT | O_TRUNC |
	    O_APPEND, O_RDONLY);
	worker_seccomp_rule(sc, SCMP_SYS(openat), 1, c);
	/* libzmq names its threads; nothing else of prctl. */
	c[0] = SCMP_A0(SCMP_CMP_EQ, PR_SET_NAME);
	worker_seccomp_rule(sc, SCMP_SYS(prctl), 1, c);
	/* The per-job CPU budget, on ourselves only. */
	c[0] = SCMP_A0(SCMP_CMP_EQ, 0);
	c[1] = SCMP_A1(SCMP_CMP_EQ, RLIMIT_CPU);
	worker_seccomp_rule(sc, SCMP_SYS(prlimit64), 2, c);
	/* abort() and raise() signal this process only. */
	c[0] = SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)getpid());
	worker_seccomp_rule(sc, SCMP_SYS(tgkill), 1, c);
#else
	for (i = 0; i < sizeof(worker_asan_syscalls) /
	    sizeof(worker_asan_syscalls[0]); i++)
		worker_seccomp_rule(sc, worker_asan_syscalls[i], 0, NULL);
#endif
	/*
	 * A service manager's own filter may forbid seccomp(2) (systemd's
	 * @system-service does not list it): the worker then runs under
	 * that filter alone, which is said once, not fatal.
	 */
	if ((rc = seccomp_load(sc)) == -EPERM || rc == -EACCES)
		log_warnx("seccomp: not allowed to install a filter (%s); "
		    "running under the service manager's filter only",
		    strerror(-rc));
	else if (rc < 0)
		fatalx("seccomp_load: %s", strerror(-rc));
	seccomp_release(sc);
}

/*
 * The limits, once the socket is connected: an address space cap (not
 * under ASan, whose shadow memory alone maps terabytes), then seccomp.
 * --no-sandbox skips both, and the per-job CPU budget.
 */
static void
worker_sandbox(const struct worker_config *cfg)
{
#ifndef WORKER_ASAN
	struct rlimit rl;
#endif

	if (!cfg->sandbox)
		return;
#ifndef WORKER_ASAN
	if (getrlimit(RLIMIT_AS, &rl) == -1)
		fatal("getrlimit RLIMIT_AS");
	if (rl.rlim_max == RLIM_INFINITY || rl.rlim_max > WORKER_AS_MAX)
		rl.rlim_max = WORKER_AS_MAX;
	if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > rl.rlim_max)
		rl.rlim_cur = rl.rlim_max;
	if (setrlimit(RLIMIT_AS, &rl) == -1)
		fatal("setrlimit RLIMIT_AS");
#endif
	worker_seccomp();
	log_debug("sandbox: address space %llu MiB, %d CPU s a job, seccomp",
	    (unsigned long long)(WORKER_AS_MAX >> 20), WORKER_JOB_CPU_S);
}

/*
 * RLIMIT_CPU counts the whole life of the process, so the soft limit is
 * moved ahead: to what has been used plus two jobs' budgets.  Moving it
 * costs three system calls, so it is not done per job but when half a
 * budget of wall time has passed: the process (this thread and libzmq's
 * I/O thread) burns at most two CPU seconds a second, so a job always
 * starts with at least one full budget left, and a runaway one meets
 * SIGXCPU, which ends the worker, within two.
 */
static void
worker_cpu_budget(struct worker *w)
{
	struct rusage ru;
	struct rlimit rl;
	rlim_t want;
	uint64_t now = now_us();

	if (!w->cfg->sandbox || (w->cpu_armed_at != 0 &&
	    now - w->cpu_armed_at < WORKER_JOB_CPU_S * 1000000ULL / 2))
		return;
	w->cpu_armed_at = now;
	if (getrusage(RUSAGE_SELF, &ru) == -1 ||
	    getrlimit(RLIMIT_CPU, &rl) == -1)
		fatal("RLIMIT_CPU");
	want = (rlim_t)ru.ru_utime.tv_sec + (rlim_t)ru.ru_stime.tv_sec + 1 +
	    2 * WORKER_JOB_CPU_S;
	if (rl.rlim_max != RLIM_INFINITY && want > rl.rlim_max)
		want = rl.rlim_max;
	rl.rlim_cur = want;
	if (setrlimit(RLIMIT_CPU, &rl) == -1)
		fatal("setrlimit RLIMIT_CPU");
}

#ifdef QUARRY_FAULTS
/*
 * Test builds only (build/faults/, never installed): markers in a body
 * that make the worker fail as a real poison article would.
 */
static void
worker_faults(const struct wmsg *job)
{
	const char *body = job->article.body.p, *p;
	size_t len = job->article.body.len;
	struct timespec ts;
	long ms;

	/* Crash on every attempt. */
	if (memmem(body, len, "QUARRY-FAULT:crash", 18) != NULL)
		abort();
	/*
	 * Make a call outside the seccomp allowlist (a harmless one,
	 * should the filter be missing): the kernel must kill the worker
	 * with SIGSYS.
	 */
	if (memmem(body, len, "QUARRY-FAULT:syscall", 20) != NULL) {
		int sv[2];

		if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0) {
			close(sv[0]);
			close(sv[1]);
		}
	}
	/*
	 * Take long: "QUARRY-FAULT:slow" never ends (until the worker is
	 * killed), "QUARRY-FAULT:sleep=MS" takes MS milliseconds more.
	 * Asleep, not spinning: the extraction thread is busy all the same,
	 * and the machine running the tests is not.
	 */
	if (memmem(body, len, "QUARRY-FAULT:slow", 17) != NULL)
		for (;;) {
			ts.tv_sec = 1;
			ts.tv_nsec = 0;
			nanosleep(&ts, NULL);
		}
	if ((p = memmem(body, len, "QUARRY-FAULT:sleep=", 19)) != NULL) {
		ms = strtol(p + 19, NULL, 10);
		ts.tv_sec = ms / 1000;
		ts.tv_nsec = (ms % 1000) * 1000000L;
		while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
			;
	}
}
#endif

/* On the extraction thread: run one job and encode its DONE. */
static void
worker_job(struct worker *w, struct wjob *wj)
{
	const struct wmsg *job = &wj->m;
	char err[WORKER_ERR_MAX], ex[LOG_EXCERPT_BUFSZ];
	struct result r;
	struct wmsg done;
	uint64_t t0;
	int rc;

	memset(&r, 0, sizeof(r));
#ifdef QUARRY_FAULTS
	worker_faults(job);
#endif
	worker_cpu_budget(w);
	t0 = now_us();
	rc = extract_run(w->x, w->cfg->mode, &job->article, &r);
	r.elapsed_us = now_us() - t0;

	memset(&done, 0, sizeof(done));
	done.type = WMSG_DONE;
	done.job = job->job;
	if (rc == -1) {
		snprintf(err, sizeof(err), "extract: %s", strerror(errno));
		log_warnx("job %llu (%s): %s", (unsigned long long)job->job,
		    log_excerpt(ex, job->article.id.p, job->article.id.len),
		    err);
		done.error = str_make(err, strlen(err));
	} else {
		done.result = r;
		/* Asked first: the id's excerpt, formatted at every level,
		 * cost every article (docs/extraction.md, "Measured
		 * choices"). */
		if (log_get_level() >= LOG_LEVEL_DEBUG)
			log_debug("job %llu (%s) attempt %u: %zu quotes, %zu "
			    "dates in %llu us", (unsigned long long)job->job,
			    log_excerpt(ex, job->article.id.p,
			    job->article.id.len), job->attempt, r.nquotes,
			    r.ndates, (unsigned long long)r.elapsed_us);
	}
	/*
	 * The broker takes no frame over PROTO_FRAME_MAX; a result that
	 * big (thousands of quotes with long speakers) is reported, not
	 * sent to be dropped on the way.
	 */
	if (proto_encode_wmsg(&wj->done, &done) == -1)
		fatal("encode DONE");
	if (wj->done.len <= PROTO_FRAME_MAX)
		return;
	snprintf(err, sizeof(err), "result: %zu bytes encoded, limit %u",
	    wj->done.len, PROTO_FRAME_MAX);
	log_warnx("job %llu (%s): %s", (unsigned long long)job->job,
	    log_excerpt(ex, job->article.id.p, job->article.id.len), err);
	memset(&done.result, 0, sizeof(done.result));
	done.error = str_make(err, strlen(err));
	if (proto_encode_wmsg(&wj->done, &done) == -1)
		fatal("encode DONE");
}

/* At least n jobs wait, not started (looks at n of them at most; under
 * the lock). */
static size_t
worker_todo_upto(const struct wshared *sh, size_t max)
{
	const struct wjob *j;
	size_t n = 0;

	for (j = TAILQ_FIRST(&sh->todo); j != NULL && n < max;
	    j = TAILQ_NEXT(j, link))
		n++;
	return n;
}

/*
 * The extraction thread: the jobs in the order they came, the DONEs
 * handed back to the main thread through the eventfd, together while
 * a backlog of small jobs waits (WORKER_DONE_BATCH, _HOLD_AHEAD).  It
 * touches no socket; signals go to the main thread (blocked here).
 */
static void *
worker_extract_main(void *arg)
{
	struct worker *w = arg;
	struct wjob *j, *next;
	uint64_t one = 1, now;
	size_t ahead;
	int wake, hold;

	for (;;) {
		pthread_mutex_lock(&w->sh.lock);
		while (TAILQ_EMPTY(&w->sh.todo) && !w->sh.stop)
			pthread_cond_wait(&w->sh.wake, &w->sh.lock);
		if (w->sh.stop) {
			pthread_mutex_unlock(&w->sh.lock);
			return NULL;
		}
		j = TAILQ_FIRST(&w->sh.todo);
		TAILQ_REMOVE(&w->sh.todo, j, link);
		w->sh.running = j;
		pthread_mutex_unlock(&w->sh.lock);

		worker_job(w, j);

		/*
		 * The main thread takes the whole list and clears signalled
		 * (worker_flush_done), so one write carries every DONE on the
		 * list; a DONE may wait for the next job (WORKER_DONE_BATCH).
		 */
		now = now_us();
		pthread_mutex_lock(&w->sh.lock);
		w->sh.running = NULL;
		TAILQ_INSERT_TAIL(&w->sh.done, j, link);
		ahead = worker_todo_upto(&w->sh, WORKER_DONE_DEEP_AHEAD);
		if (w->sh.held++ == 0) {
			w->sh.held_since = now;
			w->sh.held_deep = ahead >= WORKER_DONE_DEEP_AHEAD;
		}
		next = TAILQ_FIRST(&w->sh.todo);
		hold = next != NULL && !w->sh.stop &&
		    worker_done_hold(w->sh.held, ahead, w->sh.held_deep,
		    now - w->sh.held_since, next->m.article.body.len);
		wake = 0;
		if (!hold) {
			w->sh.held = 0;
			wake = !w->sh.signalled;
			w->sh.signalled = 1;
		}
		pthread_mutex_unlock(&w->sh.lock);
		if (wake && write(w->efd, &one, sizeof(one)) == -1 &&
		    errno != EAGAIN)
			fatal("write eventfd");
	}
}

/* The extraction thread, with the signals the main thread handles
 * blocked (it inherits the mask). */
static void
worker_thread_start(struct worker *w)
{
	sigset_t all, old;

	TAILQ_INIT(&w->sh.todo);
	TAILQ_INIT(&w->sh.done);
	if ((errno = pthread_mutex_init(&w->sh.lock, NULL)) != 0 ||
	    (errno = pthread_cond_init(&w->sh.wake, NULL)) != 0)
		fatal("pthread init");
	if ((w->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) == -1)
		fatal("eventfd");
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	if ((errno = pthread_create(&w->thread, NULL, worker_extract_main,
	    w)) != 0)
		fatal("pthread_create");
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	/* Named before the sandbox (it writes /proc/self/task/TID/comm) so
	 * an operator, a profile and the tests tell it from ZeroMQ's
	 * threads; a name is no reason to stop. */
	if ((errno = pthread_setname_np(w->thread,
	    WORKER_EXTRACT_THREAD)) != 0)
		log_warnx("worker: naming the extraction thread: %s",
		    strerror(errno));
}

/* A JOB we cannot use is answered, so the broker need not wait for its
 * timeout. */
static void
worker_undecodable(struct worker *w, uint64_t job, const char *err)
{
	char why[PROTO_ERR_MAX + 16];
	struct wmsg done;

	log_warnx("job %llu: undecodable: %s", (unsigned long long)job, err);
	snprintf(why, sizeof(why), "decode: %s", err);
	memset(&done, 0, sizeof(done));
	done.type = WMSG_DONE;
	done.job = job;
	done.error = str_make(why, strlen(why));
	worker_send(w, &done);
}

/*
 * Run the jobs of l here, on the main thread, if that keeps the order
 * and is quick, and no DONE of them would be held (worker_inline): the
 * extraction thread holds nothing, neither running, queued nor finished
 * and unsent, so l is next in line, and each DONE goes at once, after
 * every DONE before it, as the extraction thread's would.  1 if they ran
 * (their DONEs are sent, the jobs recycled, l is empty).  The extraction
 * thread's last job and its per-job state (the CPU budget) were released
 * under the lock taken here.
 */
static int
worker_run_inline(struct worker *w, struct wjob_list *l)
{
#ifdef QUARRY_FAULTS
	(void)w;
	(void)l;
	return 0;
#else
	struct wjob_list one = TAILQ_HEAD_INITIALIZER(one);
	struct wjob *j;
	size_t n = 0, bytes = 0;
	int idle;

	TAILQ_FOREACH(j, l, link) {
		n++;
		bytes += j->m.article.body.len;
	}
	if (!worker_inline(n, bytes))
		return 0;
	pthread_mutex_lock(&w->sh.lock);
	idle = w->sh.running == NULL && TAILQ_EMPTY(&w->sh.todo) &&
	    TAILQ_EMPTY(&w->sh.done);
	pthread_mutex_unlock(&w->sh.lock);
	if (!idle)
		return 0;
	while ((j = TAILQ_FIRST(l)) != NULL) {
		TAILQ_REMOVE(l, j, link);
		worker_job(w, j);
		worker_transmit(w, j->done.data, j->done.len, WMSG_DONE);
		TAILQ_INSERT_TAIL(&one, j, link);
		wjob_put_all(w, &one);
	}
	return 1;
#endif
}

/*
 * The JOBs of a JOBS in w->spare's frame: each a job of its own, holding
 * a reference to the frame (zmq_msg_copy shares it, copying nothing), in
 * the order sent; the spare keeps the frame no longer.
 */
static void
worker_jobs(struct worker *w, const struct wmsg *batch)
{
	struct wjob_list l = TAILQ_HEAD_INITIALIZER(l);
	struct wjob_list bad = TAILQ_HEAD_INITIALIZER(bad);
	char err[PROTO_ERR_MAX];
	struct wjob *j;
	size_t i;

	for (i = 0; i < batch->nmsgs; i++) {
		j = wjob_get(w);
		if (proto_decode_wmsg_item(w->dec, batch, i, &j->m, err,
		    sizeof(err)) == -1) {
			if (j->m.type == WMSG_JOB && j->m.job != 0)
				worker_undecodable(w, j->m.job, err);
			else
				log_warnx("undecodable message from the "
				    "broker: %s", err);
			/* Only this one: those before it are kept to run. */
			TAILQ_INSERT_TAIL(&bad, j, link);
			wjob_put_all(w, &bad);
			continue;
		}
		if (zmq_msg_copy(&j->frame, &w->spare->frame) == -1)
			fatalx("zmq_msg_copy: %s", zmq_strerror(errno));
		j->gen = w->gen;
		TAILQ_INSERT_TAIL(&l, j, link);
	}
	zmq_msg_close(&w->spare->frame);
	zmq_msg_init(&w->spare->frame);
	if (worker_run_inline(w, &l))
		return;
	pthread_mutex_lock(&w->sh.lock);
	TAILQ_CONCAT(&w->sh.todo, &l, link);
	pthread_cond_signal(&w->sh.wake);
	pthread_mutex_unlock(&w->sh.lock);
}

/* Handle one frame from the broker, received into w->spare.  0, or -1 to
 * stop reading: the socket was replaced, or the worker is to exit. */
static int
worker_message(struct worker *w)
{
	char err[PROTO_ERR_MAX];
	struct wjob_list l = TAILQ_HEAD_INITIALIZER(l);
	struct wjob *j = w->spare;
	struct wmsg m;

	memset(&m, 0, sizeof(m));
	if (proto_decode_wmsg(w->dec, zmq_msg_data(&j->frame),
	    zmq_msg_size(&j->frame), &m, err, sizeof(err)) == -1) {
		/*
		 * The decoder keeps the type and job id it got to (message.h;
		 * job ids start at 1), so a JOB we cannot use is answered and
		 * the broker need not wait for its timeout.
		 */
		if (m.type == WMSG_JOB && m.job != 0)
			worker_undecodable(w, m.job, err);
		else
			log_warnx("undecodable message from the broker: %s",
			    err);
		return 0;
	}
	switch (m.type) {
	case WMSG_JOB:
		/* The article borrows from the frame, which goes with it
		 * (a JOB reads no decoder memory: message.h). */
		j->m = m;
		j->gen = w->gen;
		w->spare = wjob_get(w);
		TAILQ_INSERT_TAIL(&l, j, link);
		if (!worker_run_inline(w, &l)) {
			TAILQ_REMOVE(&l, j, link);
			worker_queue_job(w, j);
		}
		return 0;
	case WMSG_JOBS:
		w->batched = 1;
		worker_jobs(w, &m);
		return 0;
	case WMSG_HEARTBEAT:
		return 0;
	case WMSG_BYE:
		if (w->cfg->supervised) {
			w->quit = "the broker said bye";
			return -1;
		}
		log_info("the broker said bye: registering again");
		worker_reconnect(w, 0);
		return -1;
	case WMSG_READY:
	case WMSG_DONE:
	case WMSG_DONES:
		break;
	}
	log_warnx("unexpected %s from the broker", wmsg_type_name(m.type));
	return 0;
}

/* Everything that has arrived, or until told to stop.  A receive that
 * finds nothing leaves the socket clean: ZMQ_FD is then current. */
static void
worker_recv(struct worker *w)
{
	zmq_msg_t *msg;
	int more;

	while (!worker_stop && w->sock != NULL) {
		msg = &w->spare->frame;
		if (zmq_msg_recv(msg, w->sock, ZMQ_DONTWAIT) == -1) {
			if (errno == EAGAIN)
				w->dirty = 0;
			if (errno == EAGAIN || errno == EINTR)
				break;
			fatalx("zmq_msg_recv: %s", zmq_strerror(errno));
		}
		w->heard_at = now_us();
		w->backoff_ms = WORKER_BACKOFF_MIN_MS;
		if ((more = zmq_msg_more(msg))) {
			log_warnx("multipart message from the broker: "
			    "dropped");
			while (more && zmq_msg_recv(msg, w->sock, 0) != -1)
				more = zmq_msg_more(msg);
			continue;
		}
		if (worker_message(w) == -1)
			break;
	}
}

void
worker_main(const struct worker_config *cfg)
{
	struct worker wk, *w = &wk;
	struct sigaction sa;
	char host[HOST_NAME_MAX + 1];
	uint64_t now, interval, hb_at, dead_at, next;
	struct pollfd pfd[2];
	int rc, timeout;

	memset(w, 0, sizeof(*w));
	w->cfg = cfg;
	w->backoff_ms = WORKER_BACKOFF_MIN_MS;
	w->parent = getppid();
	interval = (uint64_t)cfg->heartbeat_ms * 1000;

	/* No SA_RESTART: poll must return EINTR so the flag is seen. */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = worker_signal;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGTERM, &sa, NULL) == -1 ||
	    sigaction(SIGINT, &sa, NULL) == -1)
		fatal("sigaction");
	if (cfg->supervised && prctl(PR_SET_PDEATHSIG, SIGKILL) == -1)
		fatal("prctl PR_SET_PDEATHSIG");

	if (cfg->name != NULL)
		snprintf(w->name, sizeof(w->name), "%s", cfg->name);
	else {
		if (gethostname(host, sizeof(host)) == -1)
			fatal("gethostname");
		host[sizeof(host) - 1] = '\0';
		snprintf(w->name, sizeof(w->name), "%s:%ld", host,
		    (long)getpid());
	}
	if ((w->dec = proto_decoder_new()) == NULL)
		fatal("proto_decoder_new");
	if ((w->x = extract_new()) == NULL)
		fatal("extract_new");
	if ((w->zctx = zmq_ctx_new()) == NULL)
		fatalx("zmq_ctx_new: %s", zmq_strerror(errno));
	TAILQ_INIT(&w->free);
	w->spare = wjob_new();
	/* Before the sandbox, which allows no new thread. */
	worker_thread_start(w);
	/* quarryd may have died before the prctl: then no signal will
	 * come, and we are someone else's child already. */
	worker_check_parent(w);
	log_info("worker %s: %s, credit %u%s", w->name, cfg->endpoint,
	    cfg->credit, cfg->mode == EXTRACT_NOOP ? ", no-op" : "");
	worker_open(w);
	worker_sandbox(cfg);

	for (;;) {
		if (worker_stop)
			worker_exit(w, "signal");
		if (w->quit != NULL)
			worker_exit(w, w->quit);
		pfd[1].fd = w->efd;
		pfd[1].events = POLLIN;
		pfd[1].revents = 0;
		if (w->sock == NULL) {
			/* Waiting for a stale job to end (worker_reconnect):
			 * no broker to hear from or talk to. */
			pfd[0].fd = -1;
			timeout = -1;
		} else {
			now = now_us();
			dead_at = w->heard_at + interval *
			    (uint64_t)cfg->liveness;
			if (now >= dead_at) {
				log_warnx("no word from the broker in %llu "
				    "ms: reconnecting in %d ms",
				    (unsigned long long)(now - w->heard_at) /
				    1000, w->backoff_ms);
				worker_reconnect(w, 1);
				continue;
			}
			hb_at = w->sent_at + interval;
			if (now >= hb_at) {
				worker_send_type(w, WMSG_HEARTBEAT);
				/* A dropped heartbeat is not retried at
				 * once. */
				w->sent_at = now;
				continue;
			}
			/*
			 * ZMQ_FD is edge-triggered (daemon/zsock.h): read to
			 * EAGAIN whenever it may be stale, and sleep on it
			 * only once it is current.  zmq_poll() would ask
			 * ZMQ_EVENTS before and after sleeping, each a poll()
			 * and a getpid() inside libzmq.
			 */
			if (w->dirty) {
				worker_recv(w);
				continue;
			}
			next = hb_at < dead_at ? hb_at : dead_at;
			pfd[0].fd = w->fd;
			timeout = (int)((next - now + 999) / 1000);
		}
		pfd[0].events = POLLIN;
		pfd[0].revents = 0;
		rc = poll(pfd, 2, timeout);
		if (rc == -1) {
			if (errno == EINTR)
				continue;
			fatal("poll");
		}
		if (pfd[0].revents != 0)
			w->dirty = 1;
		if (pfd[1].revents != 0)
			worker_flush_done(w);
	}
	/* NOTREACHED */
}
