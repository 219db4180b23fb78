/*
 * keyfile.h — CurveZMQ key files (docs/security.md), shared by quarryd,
 * the quarry CLI and quarry-worker.
 *
 * A key file holds Z85 keys, one per line, 40 characters each; a key may
 * be followed by blanks and a label ("Z85KEY  producer-3"); blank lines
 * and lines starting with '#' are comments.  A secret key file holds
 * exactly one key and must not be readable by group or others.  The
 * client's own pair is PREFIX.key (secret) and PREFIX.pub (public), as
 * `quarry keygen --out PREFIX` writes them.
 *
 * Nothing here ever puts a key in an error message: keyfile_fingerprint()
 * is all of a key a log line may carry.
 */
#ifndef QUARRY_KEYFILE_H
#define QUARRY_KEYFILE_H

#include <stddef.h>

#define KEYFILE_Z85_LEN		40	/* Z85 of a 32-byte key */
#define KEYFILE_BIN_LEN		32
/* A key, blanks and a label: a label past ~400 bytes is not a label. */
#define KEYFILE_LINE_MAX	512
/* A key's first characters, what logs show: 8 Z85 characters are 48
 * bits, plenty to tell an operator's dozen keys apart, far too few to
 * matter to anyone who has not got the key already. */
#define KEYFILE_FPR_LEN		8

/* Called for each key in a file; line is its line number.  Return 0 to
 * go on, -1 to stop the scan with the error the callback put in err. */
typedef int (*keyfile_fn)(void *arg, const char *z85, int line,
    char *err, size_t errlen);

/*
 * Every key in path, in order.  secret: refuse a file that group or
 * others may read.  0, or -1 with err ("PATH:LINE: what").
 */
int	keyfile_scan(const char *path, int secret, keyfile_fn fn, void *arg,
	    char *err, size_t errlen);

/* The one key in path (a second one is an error).  0 or -1 with err. */
int	keyfile_read(const char *path, int secret,
	    char z85[KEYFILE_Z85_LEN + 1], char *err, size_t errlen);

/* A CURVE client's keys, read once (a worker reconnects in a sandbox
 * that may no longer open files). */
struct keyfile_client {
	int	 on;			/* 0: CURVE off, nothing to set */
	char	 server[KEYFILE_Z85_LEN + 1];
	char	 pub[KEYFILE_Z85_LEN + 1];
	char	 sec[KEYFILE_Z85_LEN + 1];
};

/*
 * Read the server's public key from server_key and our own pair from
 * PREFIX.key and PREFIX.pub (which must match).  Both NULL: kc->on = 0.
 * One of them missing, an unreadable or malformed file: -1 with err.
 */
int	keyfile_client_load(struct keyfile_client *kc, const char *server_key,
	    const char *prefix, char *err, size_t errlen);
/* Set the keys on a socket, before connect (nothing if off).  0 or -1. */
int	keyfile_client_apply(const struct keyfile_client *, void *sock);
void	keyfile_client_clear(struct keyfile_client *);

/* Both in one: load, apply, clear.  0, or -1 with err. */
int	keyfile_curve_client(void *sock, const char *server_key,
	    const char *prefix, char *err, size_t errlen);

/* The first KEYFILE_FPR_LEN characters of a Z85 key, into buf. */
#define KEYFILE_FPR_BUFSZ	(KEYFILE_FPR_LEN + 1)
const char *keyfile_fingerprint(char buf[KEYFILE_FPR_BUFSZ],
	    const char *z85);

#endif
