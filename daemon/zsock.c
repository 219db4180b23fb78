/*
 * zsock.c — ZeroMQ sockets on a libevent loop.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "log.h"
#include "message.h"
#include "util.h"
#include "zsock.h"

/*
 * Pending messages get this long to leave at close: enough for the last
 * acks and results on a healthy link, short enough for a prompt exit.
 */
#define ZSOCK_LINGER_MS		1000

struct zsock *
zsock_new(void *zctx, int type, const char *name)
{
	struct zsock *z = xcalloc(1, sizeof(*z));
	int64_t maxmsg = PROTO_FRAME_MAX;

	if ((z->sock = zmq_socket(zctx, type)) == NULL)
		fatal("%s: zmq_socket", name);
	z->type = type;
	z->name = name;
	z->dirty = 1;
	zsock_set_int(z, ZMQ_LINGER, ZSOCK_LINGER_MS);
	/* A bigger frame disconnects its sender before we see a byte. */
	if (zmq_setsockopt(z->sock, ZMQ_MAXMSGSIZE, &maxmsg,
	    sizeof(maxmsg)) == -1)
		fatal("%s: ZMQ_MAXMSGSIZE", name);
	return z;
}

void
zsock_destroy(struct zsock **zp)
{
	struct zsock *z;

	if (zp == NULL || (z = *zp) == NULL)
		return;
	if (z->ev != NULL)
		event_free(z->ev);
	zmq_close(z->sock);
	free(z);
	*zp = NULL;
}

void
zsock_set_int(struct zsock *z, int option, int value)
{
	if (zmq_setsockopt(z->sock, option, &value, sizeof(value)) == -1)
		fatal("%s: zmq_setsockopt %d", z->name, option);
}

/* For ipc://PATH, make PATH's directory if missing, private to us. */
static int
zsock_ipc_dir(const char *endpoint)
{
	char dir[1024];
	const char *path, *slash;
	struct stat st;

	if (strncmp(endpoint, "ipc://", 6) != 0)
		return 0;
	path = endpoint + 6;
	if ((slash = strrchr(path, '/')) == NULL || slash == path)
		return 0;
	if ((size_t)(slash - path) >= sizeof(dir)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(dir, path, (size_t)(slash - path));
	dir[slash - path] = '\0';
	if (stat(dir, &st) == 0)
		return S_ISDIR(st.st_mode) ? 0 : (errno = ENOTDIR, -1);
	return mkdir(dir, 0700);
}

/* A failed zmq_bind's errno in words an operator can act on: ZeroMQ
 * says "No such device" for a host name that does not resolve. */
static const char *
zsock_bind_error(int e, const char *endpoint)
{
	int tcp = strncmp(endpoint, "tcp://", 6) == 0;

	switch (e) {
	case ENODEV:
		return tcp ? "no such host or network interface (the name "
		    "does not resolve, or is not an address of this "
		    "machine)" : zmq_strerror(e);
	case EADDRINUSE:
		return "the address is in use (another quarryd, or another "
		    "program on that port or path)";
	case EADDRNOTAVAIL:
		return "the address is not one of this machine's";
	case EACCES:
		return tcp ? "permission denied (ports below 1024 need root "
		    "or CAP_NET_BIND_SERVICE)" : "permission denied (the "
		    "socket's directory)";
	case EINVAL:
		return "not a valid endpoint";
	case EPROTONOSUPPORT:
		return "the transport is not supported (tcp:// or ipc://)";
	default:
		return zmq_strerror(e);
	}
}

int
zsock_bind(struct zsock *z, const char *endpoint)
{
	if (zsock_ipc_dir(endpoint) == -1) {
		log_err("%s: cannot make the directory of %s", z->name,
		    endpoint);
		return -1;
	}
	if (zmq_bind(z->sock, endpoint) == -1) {
		int e = zmq_errno();

		log_errx("%s: cannot bind %s: %s", z->name, endpoint,
		    zsock_bind_error(e, endpoint));
		return -1;
	}
	return 0;
}

void
zsock_watch(struct zsock *z, struct event_base *base, event_callback_fn cb,
    void *arg)
{
	int fd;
	size_t len = sizeof(fd);

	if (zmq_getsockopt(z->sock, ZMQ_FD, &fd, &len) == -1)
		fatal("%s: ZMQ_FD", z->name);
	z->ev = event_new(base, fd, EV_READ | EV_PERSIST, cb, arg);
	if (z->ev == NULL || event_add(z->ev, NULL) == -1)
		fatalx("%s: cannot watch ZMQ_FD", z->name);
}

int
zsock_recv(struct zsock *z, zmq_msg_t *frames, int max)
{
	int n = 0, more;
	zmq_msg_t spare;

	for (;;) {
		zmq_msg_t *m = n < max ? &frames[n] : &spare;

		zmq_msg_init(m);
		if (zmq_msg_recv(m, z->sock, ZMQ_DONTWAIT) == -1) {
			int e = zmq_errno();

			zmq_msg_close(m);
			if (n == 0 && e == EAGAIN) {
				z->dirty = 0;
				return 0;
			}
			if (n == 0 && e == EINTR)
				return 0;
			/* Parts of one message arrive together; losing
			 * one mid-message means the context is ending. */
			fatalx("%s: zmq_msg_recv: %s", z->name,
			    zmq_strerror(e));
		}
		more = zmq_msg_more(m);
		if (m == &spare)
			zmq_msg_close(&spare);
		n++;
		if (!more)
			return n;
	}
}

void
zsock_close_frames(zmq_msg_t *frames, int n)
{
	int i;

	for (i = 0; i < n; i++)
		zmq_msg_close(&frames[i]);
}

int
zsock_send(struct zsock *z, const void *data, size_t len, int more)
{
	int flags = ZMQ_DONTWAIT | (more ? ZMQ_SNDMORE : 0);

	z->dirty = 1;
	for (;;) {
		if (zmq_send(z->sock, data, len, flags) != -1)
			return 0;
		if (zmq_errno() != EINTR) {
			errno = zmq_errno();
			return -1;
		}
	}
}
