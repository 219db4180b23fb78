/*
 * helpers.h — support for end-to-end tests: a private directory per test,
 * the real binaries started on ipc:// endpoints inside it, ZeroMQ clients,
 * and waits bounded by a deadline (never a bare sleep).
 */
#ifndef QUARRY_TEST_HELPERS_H
#define QUARRY_TEST_HELPERS_H

#include <stddef.h>
#include <sys/types.h>

#include "extract.h"
#include "message.h"

/* No wait in a test may last longer than this. */
#define TH_WAIT_MS	30000
#define TH_PATH_MAX	512

struct th_daemon {
	pid_t	 pid;
	char	 dir[TH_PATH_MAX];
	char	 ingest[TH_PATH_MAX + 32], results[TH_PATH_MAX + 32];
	char	 workers[TH_PATH_MAX + 32], log[TH_PATH_MAX + 32];
};

/* Where the binaries are: $QUARRY_BUILD, else "build". */
const char *th_build(void);
/* "path/to/build/NAME" into buf. */
const char *th_bin(char *buf, size_t len, const char *name);

/* Start quarryd --foreground with n workers in a fresh temp dir; extra is
 * a NULL-terminated list of more flags (or NULL). */
void	th_daemon_start(struct th_daemon *, int nworkers, const char **extra);
/* Make the temp dir and endpoints without starting anything (then
 * th_daemon_restart starts quarryd in it, with flags naming d->dir). */
void	th_daemon_prepare(struct th_daemon *);
/* When set, the daemons started from now on run with RLIMIT_NOFILE
 * soft and hard at this (descriptor-exhaustion tests). */
extern unsigned long th_daemon_nofile;
/* Start quarryd again in the same directory on the same endpoints (after
 * a crash); the log is appended to. */
void	th_daemon_restart(struct th_daemon *, int nworkers, const char **extra);
/* SIGTERM and wait (bounded; SIGKILL past it).  Returns the wait status. */
int	th_daemon_stop(struct th_daemon *);
/* The daemon's log, for assertion messages (static buffer, last 4 KB). */
const char *th_daemon_log(const struct th_daemon *);

/* Start an unsupervised quarry-worker connected to d, as on a remote
 * host (quarryd with --workers 0 then dispatches only once it is up).
 * It heartbeats every 200 ms: start quarryd with --heartbeat-ms 200. */
pid_t	th_worker_start(const struct th_daemon *);

/* fork/exec argv with stdout to out_path (or inherited if NULL). */
pid_t	th_spawn(char *const argv[], const char *out_path);
/*
 * Nothing a test starts outlives it.  The helpers' own children and temp
 * dirs are tracked already; a test that forks by itself calls
 * th_child_setup(parent's pid) first thing in the child (dies with the
 * test: PR_SET_PDEATHSIG) and th_track(pid) in the parent (SIGKILLed, if
 * still running, when the test's process exits, pass or fail);
 * th_track_dir() removes a directory then.
 */
void	th_child_setup(pid_t parent);
/* A TCP port on 127.0.0.1 the kernel just handed out (free, unless
 * someone takes it in the instant between). */
int	th_free_port(void);
void	th_track(pid_t);
void	th_track_dir(const char *dir);
/* Run argv to its end (bounded: a test failure past timeout_ms), its
 * stdout and stderr together in out.  The exit status, 128+N if killed
 * by signal N. */
int	th_run(char *const argv[], char *out, size_t outlen, int timeout_ms);
/* Wait up to timeout_ms for pid; 0 with *status, -1 on timeout. */
int	th_wait(pid_t, int timeout_ms, int *status);
/* Milliseconds of the monotonic clock, for tests' deadlines. */
uint64_t th_now_ms(void);
/* Wait (up to TH_WAIT_MS) until needle occurs n times in d's log: a
 * failed assertion with the log if it does not, or quarryd is gone. */
void	th_wait_log(const struct th_daemon *d, const char *needle, int n);
/* The number in an article id made of prefix and a number ("lc-" and
 * "lc-0042": 42), or -1 if id is not one or the number is not below n. */
int	th_index(const char *id, const char *prefix, int n);
/* Children of pid, from /proc; returns how many (up to max). */
int	th_children(pid_t, pid_t *out, int max);
/* Remove a directory tree made by a test. */
void	th_rmtree(const char *dir);

/*
 * A small real filesystem, for full-disk tests: mount a tmpfs of `size`
 * (mount(8) syntax: "1m") on the directory dir, which must exist.  The
 * test process first moves into a mount namespace of its own, so the
 * mount is seen only by it and by what it starts, and goes away with
 * them even if the test is killed.  0, or -1 with errno (EPERM: not
 * root; the caller skips, naming the reason).
 */
int	th_tmpfs_mount(const char *dir, const char *size);
void	th_tmpfs_umount(const char *dir);
/* Fill the filesystem that holds path with the file path, until the
 * filesystem has no byte left (ENOSPC); the bytes written.  Unlink path
 * to give the space back. */
long long th_disk_fill(const char *path);

/* ZeroMQ clients.  All receive calls are bounded by timeout_ms. */
void	*th_ctx(void);
void	*th_producer(void *ctx, const char *endpoint);	/* DEALER */
void	*th_subscriber(void *ctx, const char *endpoint, const char *prefix);
/* Subscribe to quarry.hello and wait for the broker's hello: then every
 * earlier subscription is in effect (again, after a broker restart).
 * Results that arrive before the hello are kept for th_recv_result(). */
void	 th_sub_sync(void *sub);
/* Send [empty][payload]; frames > 1 sends that many payload frames. */
void	 th_send_raw(void *sock, const void *buf, size_t len, int frames);
void	 th_submit(void *sock, const char *id, const char *body,
	    const char *source, const char *published);
/* Receive an Ack; id copied into idbuf (NUL-terminated).  0 or -1. */
int	 th_recv_ack(void *sock, struct ack *out, char *idbuf, size_t idlen,
	    char *errbuf, size_t errlen, int timeout_ms);
/*
 * Receive one Result or dead letter.  topic/id copied out; quotes and
 * dates counted.  0, or -1 on timeout.
 */
struct th_result {
	char	 topic[256];
	char	 id[PROTO_ID_MAX + 1];
	char	 error[256];
	uint64_t seq;
	size_t	 nquotes, ndates;
	uint32_t attempts;
	int	 dead;
};
int	 th_recv_result(void *sub, struct th_result *, int timeout_ms);

/*
 * The quote extractor's tests (test_quotes*.c, test_speaker.c,
 * test_speech*.c): offsets are asserted exactly, as byte offsets of
 * strings found in the body itself.
 */
/* The five sample articles, read from the repository root. */
#define TH_SAMPLES		"examples/articles.jsonl"
/* Byte offset of the nth (0-based) occurrence of needle in body. */
uint32_t th_off(const char *body, const char *needle, int nth);
/* Is s the string expect (NULL: is s nil)? */
int	 th_str_is(struct str s, const char *expect);
/* Run quotes_extract alone over body[0, len) into out (it must succeed). */
void	 th_quotes_run(struct extract_out *out, const char *body, size_t len);
/* The item of this kind in out that starts at byte start (a failed
 * assertion if there is none). */
const struct quote *th_quote_at(const struct extract_out *out,
	    uint32_t start, enum quote_kind kind);
/*
 * Check the item of this kind spanning exactly the nth occurrence of
 * text: its speaker (NULL = nil), its mention (the mention_nth
 * occurrence of mention; NULL = none) and its cue (NULL = not checked).
 */
void	 th_quote_check(const struct extract_out *out, const char *body,
	    const char *text, int nth, enum quote_kind kind,
	    const char *speaker, const char *mention, int mention_nth,
	    const char *cue);
/* The body of the sample article id in TH_SAMPLES (malloc'd). */
char	*th_sample_body(const char *id);
/* Random text of pieces into s, as many as fit in fewer than cap bytes,
 * drawn by a linear congruential generator from *seed; its length (the
 * text is not terminated).  The same seed gives the same text. */
size_t	 th_random_text(char *s, size_t cap, const char *const *pieces,
	    size_t npieces, uint32_t *seed);

#endif
