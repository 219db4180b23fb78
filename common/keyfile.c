/*
 * keyfile.c — reading CurveZMQ key files, and the client half of CURVE.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <zmq.h>

#include "keyfile.h"

const char *
keyfile_fingerprint(char buf[KEYFILE_FPR_BUFSZ], const char *z85)
{
	snprintf(buf, KEYFILE_FPR_BUFSZ, "%.*s", KEYFILE_FPR_LEN, z85);
	return buf;
}

/* Is s (len bytes) a Z85 key?  Decoding is the only sure test. */
static int
keyfile_valid(const char *s, size_t len)
{
	char z[KEYFILE_Z85_LEN + 1];
	uint8_t bin[KEYFILE_BIN_LEN];
	int ok;

	if (len != KEYFILE_Z85_LEN)
		return 0;
	memcpy(z, s, len);
	z[len] = '\0';
	ok = zmq_z85_decode(bin, z) != NULL;
	explicit_bzero(z, sizeof(z));
	explicit_bzero(bin, sizeof(bin));
	return ok;
}

int
keyfile_scan(const char *path, int secret, keyfile_fn fn, void *arg,
    char *err, size_t errlen)
{
	char line[KEYFILE_LINE_MAX + 2], key[KEYFILE_Z85_LEN + 1];
	struct stat st;
	size_t len, klen;
	char *p;
	FILE *f;
	int n = 0, rc = 0, c;

	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fileno(f), &st) == -1 || !S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "%s: not a regular file", path);
		fclose(f);
		return -1;
	}
	/* As ssh does: a secret others can read is no longer a secret. */
	if (secret && (st.st_mode & 077) != 0) {
		snprintf(err, errlen, "%s: a secret key readable by group or "
		    "others (mode %03o): chmod 600 it", path,
		    (unsigned)(st.st_mode & 0777));
		fclose(f);
		return -1;
	}
	while (rc == 0 && fgets(line, sizeof(line), f) != NULL) {
		n++;
		len = strlen(line);
		if (len > 0 && line[len - 1] != '\n' && !feof(f)) {
			snprintf(err, errlen, "%s:%d: line longer than %d "
			    "bytes", path, n, KEYFILE_LINE_MAX);
			while ((c = fgetc(f)) != EOF && c != '\n')
				continue;
			rc = -1;
			break;
		}
		p = line + strspn(line, " \t");
		if (*p == '#' || *p == '\n' || *p == '\r' || *p == '\0')
			continue;
		klen = strcspn(p, " \t\r\n");
		if (!keyfile_valid(p, klen)) {
			/* What is there may be a secret: never echo it. */
			snprintf(err, errlen, "%s:%d: not a Z85 key of %d "
			    "characters", path, n, KEYFILE_Z85_LEN);
			rc = -1;
			break;
		}
		memcpy(key, p, klen);
		key[klen] = '\0';
		rc = fn(arg, key, n, err, errlen);
	}
	if (rc == 0 && ferror(f)) {
		snprintf(err, errlen, "%s: read error", path);
		rc = -1;
	}
	explicit_bzero(line, sizeof(line));
	explicit_bzero(key, sizeof(key));
	fclose(f);
	return rc;
}

struct keyfile_one {
	char	*out;
	int	 found;
	const char *path;
};

static int
keyfile_take_one(void *arg, const char *z85, int line, char *err,
    size_t errlen)
{
	struct keyfile_one *o = arg;

	if (o->found) {
		snprintf(err, errlen, "%s:%d: a second key; the file holds "
		    "one", o->path, line);
		return -1;
	}
	memcpy(o->out, z85, KEYFILE_Z85_LEN + 1);
	o->found = 1;
	return 0;
}

int
keyfile_read(const char *path, int secret, char z85[KEYFILE_Z85_LEN + 1],
    char *err, size_t errlen)
{
	struct keyfile_one o = { z85, 0, path };

	if (keyfile_scan(path, secret, keyfile_take_one, &o, err,
	    errlen) == -1) {
		explicit_bzero(z85, KEYFILE_Z85_LEN + 1);
		return -1;
	}
	if (!o.found) {
		snprintf(err, errlen, "%s: no key in the file", path);
		return -1;
	}
	return 0;
}

int
keyfile_client_load(struct keyfile_client *kc, const char *server_key,
    const char *prefix, char *err, size_t errlen)
{
	char path[4096], derived[KEYFILE_Z85_LEN + 1];

	memset(kc, 0, sizeof(*kc));
	if (server_key == NULL && prefix == NULL)
		return 0;
	if (server_key == NULL || prefix == NULL) {
		snprintf(err, errlen, "CURVE needs both --curve-server-key "
		    "and --curve-key");
		return -1;
	}
	if (keyfile_read(server_key, 0, kc->server, err, errlen) == -1)
		return -1;
	if ((size_t)snprintf(path, sizeof(path), "%s.pub", prefix) >=
	    sizeof(path)) {
		snprintf(err, errlen, "--curve-key: prefix too long");
		return -1;
	}
	if (keyfile_read(path, 0, kc->pub, err, errlen) == -1)
		return -1;
	snprintf(path, sizeof(path), "%s.key", prefix);
	if (keyfile_read(path, 1, kc->sec, err, errlen) == -1)
		return -1;
	if (zmq_curve_public(derived, kc->sec) == -1) {
		snprintf(err, errlen, "%s: %s", path, zmq_strerror(errno));
		keyfile_client_clear(kc);
		return -1;
	}
	if (strcmp(derived, kc->pub) != 0) {
		snprintf(err, errlen, "%s.key and %s.pub are not one pair",
		    prefix, prefix);
		keyfile_client_clear(kc);
		return -1;
	}
	kc->on = 1;
	return 0;
}

int
keyfile_client_apply(const struct keyfile_client *kc, void *sock)
{
	if (!kc->on)
		return 0;
	/* zmq_setsockopt takes a Z85 key as 41 bytes with the NUL. */
	if (zmq_setsockopt(sock, ZMQ_CURVE_SERVERKEY, kc->server,
	    KEYFILE_Z85_LEN + 1) == -1 ||
	    zmq_setsockopt(sock, ZMQ_CURVE_PUBLICKEY, kc->pub,
	    KEYFILE_Z85_LEN + 1) == -1 ||
	    zmq_setsockopt(sock, ZMQ_CURVE_SECRETKEY, kc->sec,
	    KEYFILE_Z85_LEN + 1) == -1)
		return -1;
	return 0;
}

void
keyfile_client_clear(struct keyfile_client *kc)
{
	explicit_bzero(kc, sizeof(*kc));
}

int
keyfile_curve_client(void *sock, const char *server_key, const char *prefix,
    char *err, size_t errlen)
{
	struct keyfile_client kc;
	int rc = 0;

	if (keyfile_client_load(&kc, server_key, prefix, err, errlen) == -1)
		return -1;
	if (keyfile_client_apply(&kc, sock) == -1) {
		snprintf(err, errlen, "CURVE: %s", zmq_strerror(errno));
		rc = -1;
	}
	keyfile_client_clear(&kc);
	return rc;
}
