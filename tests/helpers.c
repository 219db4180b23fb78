/*
 * helpers.c — end-to-end test support (see helpers.h).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <zmq.h>

#include <criterion/criterion.h>
#include <jansson.h>

#include "helpers.h"
#include "message.h"

const char *
th_build(void)
{
	const char *b = getenv("QUARRY_BUILD");

	return b != NULL && *b != '\0' ? b : "build";
}

const char *
th_bin(char *buf, size_t len, const char *name)
{
	snprintf(buf, len, "%s/%s", th_build(), name);
	return buf;
}

/*
 * What a test started is stopped when its process exits, however it ends:
 * a failed assertion ends the test early (Criterion then exits the
 * process normally, so atexit runs), and the daemons and clients it
 * started, and the directories it made, must not outlive it.  A process
 * SIGKILLed (the watchdog) leaves the rest to PR_SET_PDEATHSIG, set in
 * every child the helpers fork.
 *
 * Only children not yet reaped are ever signalled: until it is reaped a
 * child's pid cannot be reused, so no other process can be hit.
 */
#define TH_TRACK_MAX	256
static pid_t th_pids[TH_TRACK_MAX];
static char th_dirs[TH_TRACK_MAX][TH_PATH_MAX];
static int th_npids, th_ndirs;

/* The child is still ours and unreaped (running or a zombie). */
static int
th_unreaped(pid_t pid)
{
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	return waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) ==
	    0;
}

static void
th_cleanup(void)
{
	int i, status;

	for (i = 0; i < th_npids; i++)
		if (th_unreaped(th_pids[i])) {
			kill(th_pids[i], SIGKILL);
			waitpid(th_pids[i], &status, 0);
		}
	th_npids = 0;
	for (i = 0; i < th_ndirs; i++)
		th_rmtree(th_dirs[i]);
	th_ndirs = 0;
}

static void
th_cleanup_arm(void)
{
	static int armed;

	if (!armed++)
		atexit(th_cleanup);
}

void
th_track(pid_t pid)
{
	int i, n = 0;

	th_cleanup_arm();
	/* Forget the ones already reaped (a long test restarts quarryd
	 * hundreds of times). */
	for (i = 0; i < th_npids; i++)
		if (th_unreaped(th_pids[i]))
			th_pids[n++] = th_pids[i];
	th_npids = n;
	cr_assert_lt(th_npids, TH_TRACK_MAX, "over %d processes running",
	    TH_TRACK_MAX);
	th_pids[th_npids++] = pid;
}

void
th_track_dir(const char *dir)
{
	th_cleanup_arm();
	if (th_ndirs < TH_TRACK_MAX)
		snprintf(th_dirs[th_ndirs++], TH_PATH_MAX, "%s", dir);
}

void
th_child_setup(pid_t parent)
{
	/* Dies with the test; and if the test died before prctl, now. */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) == -1 || getppid() != parent)
		_exit(125);
}

pid_t
th_spawn(char *const argv[], const char *out_path)
{
	pid_t parent = getpid(), pid = fork();

	cr_assert(pid != -1, "fork: %s", strerror(errno));
	if (pid == 0) {
		th_child_setup(parent);
		if (out_path != NULL) {
			int fd = open(out_path, O_WRONLY | O_CREAT | O_TRUNC,
			    0600);

			if (fd == -1 || dup2(fd, STDOUT_FILENO) == -1)
				_exit(126);
			close(fd);
		}
		execv(argv[0], argv);
		fprintf(stderr, "exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	th_track(pid);
	return pid;
}

uint64_t
th_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

void
th_wait_log(const struct th_daemon *d, const char *needle, int n)
{
	uint64_t deadline = th_now_ms() + TH_WAIT_MS;
	struct timespec pause = { 0, 20 * 1000000 };

	for (;;) {
		const char *log = th_daemon_log(d), *p = log;
		int seen = 0;

		while ((p = strstr(p, needle)) != NULL) {
			seen++;
			p++;
		}
		if (seen >= n)
			return;
		cr_assert(th_now_ms() < deadline,
		    "no \"%s\" (x%d) in the log:\n%s", needle, n, log);
		cr_assert(kill(d->pid, 0) == 0 || errno != ESRCH,
		    "quarryd is gone; log:\n%s", log);
		nanosleep(&pause, NULL);
	}
}

int
th_index(const char *id, const char *prefix, int n)
{
	size_t plen = strlen(prefix);
	int i;

	if (strncmp(id, prefix, plen) != 0 ||
	    sscanf(id + plen, "%d", &i) != 1 || i < 0 || i >= n)
		return -1;
	return i;
}

int
th_wait(pid_t pid, int timeout_ms, int *status)
{
	uint64_t deadline = th_now_ms() + (uint64_t)timeout_ms;
	struct timespec pause = { 0, 10 * 1000000 };

	/* waitpid has no timeout; poll it against the deadline. */
	for (;;) {
		pid_t r = waitpid(pid, status, WNOHANG);

		if (r == pid)
			return 0;
		if (r == -1 && errno != EINTR)
			return -1;
		if (th_now_ms() >= deadline)
			return -1;
		nanosleep(&pause, NULL);
	}
}

int
th_children(pid_t parent, pid_t *out, int max)
{
	DIR *d = opendir("/proc");
	struct dirent *e;
	int n = 0;

	if (d == NULL)
		return 0;
	while ((e = readdir(d)) != NULL && n < max) {
		char path[300], buf[512], *rp;
		long ppid;
		FILE *f;

		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/stat", e->d_name);
		if ((f = fopen(path, "r")) == NULL)
			continue;
		if (fgets(buf, sizeof(buf), f) != NULL &&
		    (rp = strrchr(buf, ')')) != NULL &&
		    sscanf(rp + 2, "%*c %ld", &ppid) == 1 && ppid == parent)
			out[n++] = (pid_t)atol(e->d_name);
		fclose(f);
	}
	closedir(d);
	return n;
}

static int
th_rm_one(const char *path, const struct stat *st, int flag, struct FTW *f)
{
	(void)st;
	(void)flag;
	(void)f;
	return remove(path);
}

void
th_rmtree(const char *dir)
{
	nftw(dir, th_rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

int
th_tmpfs_mount(const char *dir, const char *size)
{
	static int unshared;
	char opts[64];

	if (!unshared) {
		/* Private: nothing mounted here shows outside this test's
		 * processes, or outlives them. */
		if (unshare(CLONE_NEWNS) == -1 ||
		    mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == -1)
			return -1;
		unshared = 1;
	}
	snprintf(opts, sizeof(opts), "size=%s,mode=0700", size);
	return mount("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, opts);
}

void
th_tmpfs_umount(const char *dir)
{
	umount2(dir, MNT_DETACH);
}

long long
th_disk_fill(const char *path)
{
	static char chunk[1 << 16];
	size_t len = sizeof(chunk);
	long long total = 0;
	int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);

	cr_assert(fd != -1, "%s: %s", path, strerror(errno));
	memset(chunk, 'x', sizeof(chunk));
	/* Big writes, then smaller, down to a byte: the last pieces of a
	 * filesystem's space go too. */
	while (len > 0) {
		ssize_t w = write(fd, chunk, len);

		if (w > 0) {
			total += w;
			continue;
		}
		cr_assert(w == -1 && (errno == ENOSPC || errno == EINTR),
		    "%s: filling: %s", path, strerror(errno));
		if (errno == ENOSPC)
			len /= 2;
	}
	close(fd);
	return total;
}

static void th_daemon_exec(struct th_daemon *, int, const char **, int);

unsigned long th_daemon_nofile;

void
th_daemon_start(struct th_daemon *d, int nworkers, const char **extra)
{
	th_daemon_prepare(d);
	th_daemon_exec(d, nworkers, extra, O_TRUNC);
}

void
th_daemon_prepare(struct th_daemon *d)
{
	memset(d, 0, sizeof(*d));
	snprintf(d->dir, sizeof(d->dir), "/tmp/quarry-test-XXXXXX");
	cr_assert(mkdtemp(d->dir) != NULL, "mkdtemp: %s", strerror(errno));
	th_track_dir(d->dir);
	snprintf(d->ingest, sizeof(d->ingest), "ipc://%s/ingest", d->dir);
	snprintf(d->results, sizeof(d->results), "ipc://%s/results", d->dir);
	snprintf(d->workers, sizeof(d->workers), "ipc://%s/workers", d->dir);
	snprintf(d->log, sizeof(d->log), "%s/quarryd.log", d->dir);
}

void
th_daemon_restart(struct th_daemon *d, int nworkers, const char **extra)
{
	th_daemon_exec(d, nworkers, extra, O_APPEND);
}

static void
th_daemon_exec(struct th_daemon *d, int nworkers, const char **extra,
    int logmode)
{
	char bin[TH_PATH_MAX], nw[16];
	char *argv[40];
	int argc = 0, fd;
	pid_t parent;

	snprintf(nw, sizeof(nw), "%d", nworkers);
	argv[argc++] = (char *)th_bin(bin, sizeof(bin), "quarryd");
	argv[argc++] = (char *)"--foreground";
	argv[argc++] = (char *)"--runtime-dir";
	argv[argc++] = d->dir;
	argv[argc++] = (char *)"--ingest";
	argv[argc++] = d->ingest;
	argv[argc++] = (char *)"--results";
	argv[argc++] = d->results;
	argv[argc++] = (char *)"--workers-endpoint";
	argv[argc++] = d->workers;
	argv[argc++] = (char *)"--workers";
	argv[argc++] = nw;
	/* Tests run side by side: no one takes the default HTTP port
	 * (extra may ask for 127.0.0.1:0). */
	argv[argc++] = (char *)"--http";
	argv[argc++] = (char *)"off";
	while (extra != NULL && *extra != NULL && argc < 38)
		argv[argc++] = (char *)*extra++;
	argv[argc] = NULL;
	parent = getpid();
	d->pid = fork();
	cr_assert(d->pid != -1);
	if (d->pid == 0) {
		/* A test that fails aborts without stopping its daemon: let
		 * the daemon die with it instead of lingering. */
		th_child_setup(parent);
		if (th_daemon_nofile > 0) {
			struct rlimit rl = { th_daemon_nofile,
			    th_daemon_nofile };

			if (setrlimit(RLIMIT_NOFILE, &rl) == -1)
				_exit(125);
		}
		fd = open(d->log, O_WRONLY | O_CREAT | logmode, 0600);
		if (fd == -1 || dup2(fd, STDERR_FILENO) == -1)
			_exit(126);
		execv(argv[0], argv);
		_exit(127);
	}
	th_track(d->pid);
}

int
th_daemon_stop(struct th_daemon *d)
{
	int status = -1;

	if (d->pid <= 0)
		return status;
	kill(d->pid, SIGTERM);
	if (th_wait(d->pid, TH_WAIT_MS, &status) == -1) {
		kill(d->pid, SIGKILL);
		waitpid(d->pid, &status, 0);
	}
	d->pid = 0;
	return status;
}

const char *
th_daemon_log(const struct th_daemon *d)
{
	static char buf[4097];
	FILE *f = fopen(d->log, "r");
	long size;
	size_t n;

	buf[0] = '\0';
	if (f == NULL)
		return buf;
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, size > 4096 ? size - 4096 : 0, SEEK_SET);
	n = fread(buf, 1, 4096, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

void *
th_ctx(void)
{
	void *ctx = zmq_ctx_new();

	cr_assert(ctx != NULL);
	return ctx;
}

void *
th_producer(void *ctx, const char *endpoint)
{
	void *s = zmq_socket(ctx, ZMQ_DEALER);
	int zero = 0;

	cr_assert(s != NULL);
	zmq_setsockopt(s, ZMQ_LINGER, &zero, sizeof(zero));
	cr_assert(zmq_connect(s, endpoint) == 0, "connect %s", endpoint);
	return s;
}

static int
th_poll_in(void *sock, int timeout_ms)
{
	zmq_pollitem_t it = { sock, 0, ZMQ_POLLIN, 0 };
	uint64_t deadline = th_now_ms() + (uint64_t)timeout_ms;

	for (;;) {
		int64_t left = (int64_t)(deadline - th_now_ms());
		int r;

		if (left < 0)
			left = 0;
		r = zmq_poll(&it, 1, (long)left);
		if (r > 0)
			return 1;
		if (r == 0 || (r == -1 && zmq_errno() != EINTR))
			return 0;
	}
}

void *
th_subscriber(void *ctx, const char *endpoint, const char *prefix)
{
	void *s = zmq_socket(ctx, ZMQ_SUB);
	int zero = 0;

	cr_assert(s != NULL);
	zmq_setsockopt(s, ZMQ_LINGER, &zero, sizeof(zero));
	/* No receive limit: a test that reads results only after feeding
	 * thousands must not have the PUB drop them. */
	zmq_setsockopt(s, ZMQ_RCVHWM, &zero, sizeof(zero));
	cr_assert(zmq_connect(s, endpoint) == 0, "connect %s", endpoint);
	zmq_setsockopt(s, ZMQ_SUBSCRIBE, prefix, strlen(prefix));
	th_sub_sync(s);
	return s;
}

/*
 * What a subscriber received while it waited for the broker's hello: the
 * results of a quarryd that was killed, still on their way, come before
 * the new quarryd's hello and are as much results as any.  th_sub_sync()
 * keeps them here, in order, and th_recv_result() hands them out before it
 * reads the socket again.  Criterion runs each test in a process of its
 * own, so the list lives as long as the test.  Bounded: a test that
 * leaves more than this unread before a sync fails, it never loses one.
 */
#define TH_KEPT_MAX	65536
static struct th_kept {
	void		*sock;
	zmq_msg_t	 topic, payload;
} *th_kept;
static size_t th_kept_head, th_kept_n, th_kept_cap;

static void
th_keep(void *s, zmq_msg_t *topic, zmq_msg_t *payload)
{
	struct th_kept *k;

	if (th_kept_head + th_kept_n == th_kept_cap) {
		cr_assert(th_kept_n < TH_KEPT_MAX,
		    "over %d results unread before a sync", TH_KEPT_MAX);
		if (th_kept_head > 0) {
			memmove(th_kept, th_kept + th_kept_head,
			    th_kept_n * sizeof(*th_kept));
			th_kept_head = 0;
		} else {
			th_kept_cap = th_kept_cap ? 2 * th_kept_cap : 64;
			th_kept = realloc(th_kept,
			    th_kept_cap * sizeof(*th_kept));
			cr_assert(th_kept != NULL);
		}
	}
	k = &th_kept[th_kept_head + th_kept_n++];
	k->sock = s;
	zmq_msg_init(&k->topic);
	zmq_msg_init(&k->payload);
	zmq_msg_move(&k->topic, topic);
	zmq_msg_move(&k->payload, payload);
}

/* The oldest kept message of socket s, moved into topic and payload. */
static int
th_kept_take(void *s, zmq_msg_t *topic, zmq_msg_t *payload)
{
	size_t i;

	for (i = th_kept_head; i < th_kept_head + th_kept_n; i++)
		if (th_kept[i].sock == s)
			break;
	if (i == th_kept_head + th_kept_n)
		return 0;
	zmq_msg_move(topic, &th_kept[i].topic);
	zmq_msg_move(payload, &th_kept[i].payload);
	zmq_msg_close(&th_kept[i].topic);
	zmq_msg_close(&th_kept[i].payload);
	memmove(&th_kept[i], &th_kept[i + 1],
	    (th_kept_head + th_kept_n - i - 1) * sizeof(*th_kept));
	th_kept_n--;
	return 1;
}

void
th_sub_sync(void *s)
{
	uint64_t deadline = th_now_ms() + TH_WAIT_MS;

	/* The sync handshake: once the broker's hello arrives, the
	 * subscriptions before it are in effect (docs/protocol.md). */
	zmq_setsockopt(s, ZMQ_SUBSCRIBE, "quarry.hello", 12);
	for (;;) {
		zmq_msg_t t, m;
		int hello;

		cr_assert(th_now_ms() < deadline, "no hello from the broker");
		if (!th_poll_in(s, 1000))
			continue;
		zmq_msg_init(&t);
		zmq_msg_init(&m);
		cr_assert(zmq_msg_recv(&t, s, 0) >= 0);
		hello = zmq_msg_size(&t) == 12 &&
		    memcmp(zmq_msg_data(&t), "quarry.hello", 12) == 0;
		if (zmq_msg_more(&t))
			cr_assert(zmq_msg_recv(&m, s, 0) >= 0);
		while (zmq_msg_more(&m)) {	/* not ours to judge here */
			zmq_msg_t x;

			zmq_msg_init(&x);
			cr_assert(zmq_msg_recv(&x, s, 0) >= 0);
			zmq_msg_close(&m);
			zmq_msg_init(&m);
			zmq_msg_move(&m, &x);
			zmq_msg_close(&x);
		}
		if (!hello)
			th_keep(s, &t, &m);
		zmq_msg_close(&t);
		zmq_msg_close(&m);
		if (hello)
			break;
	}
	zmq_setsockopt(s, ZMQ_UNSUBSCRIBE, "quarry.hello", 12);
}

void
th_send_raw(void *sock, const void *buf, size_t len, int frames)
{
	int i;

	cr_assert(zmq_send(sock, "", 0, ZMQ_SNDMORE) == 0);
	for (i = 0; i < frames; i++)
		cr_assert(zmq_send(sock, buf, len,
		    i + 1 < frames ? ZMQ_SNDMORE : 0) == (int)len);
}

void
th_submit(void *sock, const char *id, const char *body, const char *source,
    const char *published)
{
	struct article a;
	struct pbuf pb = { NULL, 0, 0 };

	memset(&a, 0, sizeof(a));
	a.id = str_make(id, strlen(id));
	a.body = str_make(body, strlen(body));
	if (source != NULL)
		a.source = str_make(source, strlen(source));
	if (published != NULL)
		a.published = str_make(published, strlen(published));
	cr_assert(proto_encode_article(&pb, &a) == 0);
	th_send_raw(sock, pb.data, pb.len, 1);
	pbuf_free(&pb);
}

static void
th_copy(char *dst, size_t len, struct str s)
{
	size_t n = s.len < len - 1 ? s.len : len - 1;

	if (n > 0)
		memcpy(dst, s.p, n);
	dst[n] = '\0';
}

int
th_recv_ack(void *sock, struct ack *out, char *idbuf, size_t idlen,
    char *errbuf, size_t errlen, int timeout_ms)
{
	static struct proto_decoder *dec;
	zmq_msg_t m;
	char err[PROTO_ERR_MAX];
	int more;

	if (dec == NULL)
		dec = proto_decoder_new();
	if (!th_poll_in(sock, timeout_ms))
		return -1;
	zmq_msg_init(&m);
	cr_assert(zmq_msg_recv(&m, sock, 0) >= 0);
	cr_assert_eq(zmq_msg_size(&m), 0, "ack without delimiter");
	more = zmq_msg_more(&m);
	cr_assert(more, "ack without payload");
	cr_assert(zmq_msg_recv(&m, sock, 0) >= 0);
	cr_assert(!zmq_msg_more(&m), "ack with extra frames");
	cr_assert(proto_decode_ack(dec, zmq_msg_data(&m), zmq_msg_size(&m),
	    out, err, sizeof(err)) == 0, "bad ack: %s", err);
	th_copy(idbuf, idlen, out->id);
	if (errbuf != NULL)
		th_copy(errbuf, errlen, out->error);
	zmq_msg_close(&m);
	return 0;
}

int
th_recv_result(void *sub, struct th_result *r, int timeout_ms)
{
	static struct proto_decoder *dec;
	struct result res;
	zmq_msg_t t, m;
	char err[PROTO_ERR_MAX];

	if (dec == NULL)
		dec = proto_decoder_new();
	memset(r, 0, sizeof(*r));
	zmq_msg_init(&t);
	zmq_msg_init(&m);
	if (!th_kept_take(sub, &t, &m)) {
		if (!th_poll_in(sub, timeout_ms)) {
			zmq_msg_close(&t);
			zmq_msg_close(&m);
			return -1;
		}
		cr_assert(zmq_msg_recv(&t, sub, 0) >= 0);
		cr_assert(zmq_msg_more(&t), "result without payload");
		cr_assert(zmq_msg_recv(&m, sub, 0) >= 0);
		cr_assert(!zmq_msg_more(&m), "result with extra frames");
	}
	th_copy(r->topic, sizeof(r->topic),
	    str_make(zmq_msg_data(&t), zmq_msg_size(&t)));
	cr_assert(proto_decode_result(dec, zmq_msg_data(&m),
	    zmq_msg_size(&m), &res, err, sizeof(err)) == 0,
	    "bad result: %s", err);
	th_copy(r->id, sizeof(r->id), res.id);
	th_copy(r->error, sizeof(r->error), res.error);
	r->seq = res.seq;
	r->nquotes = res.nquotes;
	r->ndates = res.ndates;
	r->attempts = res.attempts;
	r->dead = res.error.len > 0;
	zmq_msg_close(&t);
	zmq_msg_close(&m);
	return 0;
}

pid_t
th_worker_start(const struct th_daemon *d)
{
	char bin[TH_PATH_MAX];
	char *argv[] = { (char *)th_bin(bin, sizeof(bin), "quarry-worker"),
	    (char *)"--connect", (char *)d->workers, (char *)"--heartbeat-ms",
	    (char *)"200", (char *)"--log-level", (char *)"warn", NULL };

	return th_spawn(argv, NULL);
}

int
th_run(char *const argv[], char *out, size_t outlen, int timeout_ms)
{
	char path[] = "/tmp/quarry-run-XXXXXX";
	int fd = mkstemp(path), status;
	ssize_t n;
	pid_t pid, parent;

	cr_assert(fd != -1, "mkstemp: %s", strerror(errno));
	parent = getpid();
	pid = fork();
	cr_assert(pid != -1, "fork: %s", strerror(errno));
	if (pid == 0) {
		th_child_setup(parent);
		if (dup2(fd, STDOUT_FILENO) == -1 ||
		    dup2(fd, STDERR_FILENO) == -1)
			_exit(126);
		close(fd);
		execv(argv[0], argv);
		fprintf(stderr, "exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	if (th_wait(pid, timeout_ms, &status) == -1) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		close(fd);
		unlink(path);
		cr_assert_fail("%s did not exit within %d ms", argv[0],
		    timeout_ms);
	}
	n = pread(fd, out, outlen - 1, 0);
	out[n > 0 ? n : 0] = '\0';
	close(fd);
	unlink(path);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 +
	    WTERMSIG(status);
}

/* --- the quote extractor's tests --- */

/* A line of TH_SAMPLES: the longest sample is under 8 KB. */
#define TH_SAMPLE_LINE_MAX	65536

uint32_t
th_off(const char *body, const char *needle, int nth)
{
	const char *p = body;

	for (;;) {
		p = strstr(p, needle);
		cr_assert_not_null(p, "no \"%s\" in body", needle);
		if (nth-- == 0)
			return (uint32_t)(p - body);
		p++;
	}
}

int
th_str_is(struct str s, const char *expect)
{
	if (expect == NULL)
		return s.p == NULL;
	return s.p != NULL && s.len == strlen(expect) &&
	    memcmp(s.p, expect, s.len) == 0;
}

void
th_quotes_run(struct extract_out *out, const char *body, size_t len)
{
	struct article a;

	memset(&a, 0, sizeof(a));
	a.id = STR_LIT("t");
	a.body = str_make(body, len);
	out->quotes.n = 0;
	cr_assert_eq(quotes_extract(&a, out), 0);
}

const struct quote *
th_quote_at(const struct extract_out *out, uint32_t start,
    enum quote_kind kind)
{
	size_t i;

	for (i = 0; i < out->quotes.n; i++)
		if (out->quotes.v[i].start == start &&
		    out->quotes.v[i].kind == kind)
			return &out->quotes.v[i];
	cr_assert_fail("no %s item starts at %u", quote_kind_name(kind),
	    start);
	return NULL;
}

void
th_quote_check(const struct extract_out *out, const char *body,
    const char *text, int nth, enum quote_kind kind, const char *speaker,
    const char *mention, int mention_nth, const char *cue)
{
	uint32_t s = th_off(body, text, nth);
	const struct quote *q = th_quote_at(out, s, kind);

	cr_assert_eq(q->end, s + strlen(text), "end of [%s]: %u, not %zu",
	    text, q->end, s + strlen(text));
	cr_assert(th_str_is(q->speaker, speaker), "speaker of [%s]: %.*s",
	    text, (int)q->speaker.len, q->speaker.p ? q->speaker.p : "");
	if (mention == NULL) {
		cr_assert_eq(q->speaker_start, q->speaker_end,
		    "[%s] has a mention", text);
	} else {
		uint32_t m = th_off(body, mention, mention_nth);

		cr_assert_eq(q->speaker_start, m, "mention of [%s] at %u",
		    text, q->speaker_start);
		cr_assert_eq(q->speaker_end, m + strlen(mention),
		    "mention end of [%s]", text);
	}
	if (cue != NULL)
		cr_assert(th_str_is(q->cue, cue), "cue of [%s]: %.*s", text,
		    (int)q->cue.len, q->cue.p ? q->cue.p : "");
}

char *
th_sample_body(const char *id)
{
	static char line[TH_SAMPLE_LINE_MAX];
	FILE *f = fopen(TH_SAMPLES, "r");
	json_error_t jerr;
	char *body;

	cr_assert_not_null(f, "%s (run from the repository root)",
	    TH_SAMPLES);
	while (fgets(line, sizeof(line), f) != NULL) {
		json_t *o = json_loads(line, 0, &jerr);

		cr_assert_not_null(o, "%s: %s", TH_SAMPLES, jerr.text);
		if (strcmp(json_string_value(json_object_get(o, "id")),
		    id) != 0) {
			json_decref(o);
			continue;
		}
		body = strdup(json_string_value(json_object_get(o, "body")));
		cr_assert_not_null(body);
		json_decref(o);
		fclose(f);
		return body;
	}
	fclose(f);
	cr_assert_fail("no sample %s", id);
	return NULL;
}

int
th_free_port(void)
{
	struct sockaddr_in sa;
	socklen_t len = sizeof(sa);
	int fd = socket(AF_INET, SOCK_STREAM, 0), port;

	cr_assert(fd != -1);
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cr_assert(bind(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0);
	cr_assert(getsockname(fd, (struct sockaddr *)&sa, &len) == 0);
	port = ntohs(sa.sin_port);
	close(fd);
	return port;
}

size_t
th_random_text(char *s, size_t cap, const char *const *pieces,
    size_t npieces, uint32_t *seed)
{
	size_t n = 0;

	for (;;) {
		const char *pc;

		*seed = *seed * 1103515245u + 12345u;
		pc = pieces[(*seed >> 16) % npieces];
		if (n + strlen(pc) >= cap)
			return n;
		memcpy(s + n, pc, strlen(pc));
		n += strlen(pc);
	}
}
