/*
 * keygen.c — `quarry keygen`: a CurveZMQ key pair for quarryd or one of
 * its clients, as PREFIX.key (the secret key, mode 0600) and PREFIX.pub
 * (the public key, to put in quarryd's allowlist or hand to clients).
 * Existing files are never overwritten: a key replaced by mistake locks
 * out every peer that trusted the old one.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <zmq.h>

#include "keyfile.h"
#include "tools.h"

#define KEYGEN_PREFIX	"quarry"
/* PREFIX and ".key": a path, as long as quarryd accepts one. */
#define KEYGEN_PATH_MAX	1024

/* Create path (never an existing one) holding a comment and the key. */
static int
keygen_write(const char *path, mode_t mode, const char *comment,
    const char *z85)
{
	char buf[256];
	int fd, n;

	n = snprintf(buf, sizeof(buf), "# %s\n%s\n", comment, z85);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	if (fd == -1) {
		fprintf(stderr, "quarry keygen: %s: %s\n", path,
		    errno == EEXIST ? "exists; not overwriting it" :
		    strerror(errno));
		explicit_bzero(buf, sizeof(buf));
		return -1;
	}
	/* The umask may only have narrowed it; make it exact. */
	if (fchmod(fd, mode) == -1 || write(fd, buf, (size_t)n) != n ||
	    fsync(fd) == -1 || close(fd) == -1) {
		fprintf(stderr, "quarry keygen: %s: %s\n", path,
		    strerror(errno));
		explicit_bzero(buf, sizeof(buf));
		unlink(path);
		return -1;
	}
	explicit_bzero(buf, sizeof(buf));
	return 0;
}

int
keygen_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "out", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *prefix = KEYGEN_PREFIX;
	char pub[KEYFILE_Z85_LEN + 1], sec[KEYFILE_Z85_LEN + 1];
	char kpath[KEYGEN_PATH_MAX], ppath[KEYGEN_PATH_MAX];
	int c, rc = 1;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'o':
			prefix = optarg;
			break;
		default:
			return TOOLS_USAGE;
		}
	}
	if (optind != argc || *prefix == '\0')
		return TOOLS_USAGE;
	if ((size_t)snprintf(kpath, sizeof(kpath), "%s.key", prefix) >=
	    sizeof(kpath) ||
	    (size_t)snprintf(ppath, sizeof(ppath), "%s.pub", prefix) >=
	    sizeof(ppath)) {
		fprintf(stderr, "quarry keygen: --out: longer than %d bytes\n",
		    KEYGEN_PATH_MAX - 5);
		return 2;
	}
	/* Both checked before either is written: no half pair. */
	if (access(kpath, F_OK) == 0 || access(ppath, F_OK) == 0) {
		fprintf(stderr, "quarry keygen: %s exists; not overwriting "
		    "it\n", access(kpath, F_OK) == 0 ? kpath : ppath);
		return 1;
	}
	if (zmq_curve_keypair(pub, sec) == -1) {
		fprintf(stderr, "quarry keygen: %s\n", zmq_strerror(errno));
		return 2;
	}
	if (keygen_write(kpath, 0600, "quarry CURVE secret key: keep it "
	    "private (mode 0600)", sec) == -1)
		goto out;
	if (keygen_write(ppath, 0644, "quarry CURVE public key", pub) == -1) {
		unlink(kpath);
		goto out;
	}
	/* The public key is no secret: print it for the allowlist. */
	printf("%s  %s\n", pub, ppath);
	rc = 0;
out:
	explicit_bzero(sec, sizeof(sec));
	return rc;
}
