/*
 * curve.c — CurveZMQ for quarryd: the server key on every tcp socket,
 * and the ZAP handler (RFC 27, ZAP 1.0) that lets in only the client keys
 * of the allowlist of the socket's role.  Without a handler libzmq 4.3
 * would complete the handshake with any client key, so the handler is the
 * authentication; CURVE alone would only be encryption.  Each server
 * socket sets its own ZAP domain ("quarry.producers", ...), which every
 * request carries: the handler looks the key up in that role's list
 * only, so a subscriber's key cannot submit or register as a worker.
 *
 * Keys stay out of the logs: a refused or admitted client is named by its
 * address and the first KEYFILE_FPR_LEN characters of its public key.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "curve.h"
#include "keyfile.h"
#include "log.h"
#include "util.h"

/* Where libzmq sends ZAP requests (RFC 27): fixed by the library. */
#define CURVE_ZAP_ENDPOINT	"inproc://zeromq.zap.01"
/* version, request id, domain, address, routing id, mechanism and one
 * credential (CURVE's client key): seven; more is received and refused. */
#define CURVE_ZAP_FRAMES	7
/* Requests answered before the pump turns to the other sockets. */
#define CURVE_ZAP_BATCH		64
/* Not in libzmq 4.3's stable header (a draft option, present in the
 * library): with it set, a missing handler refuses instead of admitting. */
#ifndef ZMQ_ZAP_ENFORCE_DOMAIN
#define ZMQ_ZAP_ENFORCE_DOMAIN	93
#endif

struct curve_keys {
	uint8_t		(*k)[KEYFILE_BIN_LEN];	/* sorted */
	size_t		 n, cap;
};

struct curve_role_list {
	const char	*name;		/* "producers" */
	const char	*domain;	/* "quarry.producers" */
	char		*path;		/* its allowlist, or NULL: nobody */
	struct curve_keys keys;
};

struct curve {
	char		 secret[KEYFILE_Z85_LEN + 1];
	char		 public[KEYFILE_Z85_LEN + 1];
	struct curve_role_list roles[CURVE_ROLES];
	int		 shared;	/* curve_allow serves every role */
	struct zsock	*zap;
	event_callback_fn pump_cb;	/* the broker's, after marking */
	void		*pump_arg;
	unsigned long long refused;
};

static int
curve_key_cmp(const void *a, const void *b)
{
	return memcmp(a, b, KEYFILE_BIN_LEN);
}

struct curve_load {
	struct curve_keys *keys;
	const char	*path;
};

static int
curve_add_key(void *arg, const char *z85, int line, char *err, size_t errlen)
{
	struct curve_load *l = arg;
	struct curve_keys *ks = l->keys;

	if (ks->n == CURVE_ALLOW_MAX) {
		snprintf(err, errlen, "%s:%d: more than %d keys", l->path,
		    line, CURVE_ALLOW_MAX);
		return -1;
	}
	if (ks->n == ks->cap) {
		ks->cap = ks->cap ? ks->cap * 2 : 16;
		ks->k = xreallocarray(ks->k, ks->cap, sizeof(*ks->k));
	}
	if (zmq_z85_decode(ks->k[ks->n], z85) == NULL)
		fatalx("curve: a key keyfile_scan checked does not decode");
	ks->n++;
	return 0;
}

/* The allowlist in path into ks (empty before).  0 or -1 with err. */
static int
curve_load_allow(const char *path, struct curve_keys *ks, char *err,
    size_t errlen)
{
	struct curve_load l = { ks, path };

	if (keyfile_scan(path, 0, curve_add_key, &l, err, errlen) == -1) {
		free(ks->k);
		memset(ks, 0, sizeof(*ks));
		return -1;
	}
	if (ks->n > 0)
		qsort(ks->k, ks->n, sizeof(*ks->k), curve_key_cmp);
	return 0;
}

static const char *const curve_role_names[CURVE_ROLES] = {
	"producers", "subscribers", "workers"
};
static const char *const curve_role_domains[CURVE_ROLES] = {
	"quarry.producers", "quarry.subscribers", "quarry.workers"
};

static void
curve_log_allow(const struct curve *cv, const char *what)
{
	const struct curve_role_list *r;
	int i;

	if (cv->shared) {
		r = &cv->roles[0];
		if (r->keys.n == 0)
			log_warnx("curve: %s: %s lists no key: no client can "
			    "connect to a tcp endpoint", what, r->path);
		else
			log_info("curve: %s: %zu client key%s allowed (one "
			    "list for every role)", what, r->keys.n,
			    r->keys.n == 1 ? "" : "s");
		return;
	}
	for (i = 0; i < CURVE_ROLES; i++) {
		r = &cv->roles[i];
		if (r->keys.n == 0)
			log_warnx("curve: %s: %s: %s: no client key allowed",
			    what, r->name, r->path ? r->path :
			    "no allowlist");
		else
			log_info("curve: %s: %s: %zu client key%s allowed",
			    what, r->name, r->keys.n,
			    r->keys.n == 1 ? "" : "s");
	}
}

/* Every role's list from its file; all or nothing.  0 or -1 with err. */
static int
curve_load_roles(struct curve_role_list *roles, char *err, size_t errlen)
{
	struct curve_keys ks[CURVE_ROLES];
	int i;

	memset(ks, 0, sizeof(ks));
	for (i = 0; i < CURVE_ROLES; i++)
		if (roles[i].path != NULL && curve_load_allow(roles[i].path,
		    &ks[i], err, errlen) == -1) {
			while (i-- > 0)
				free(ks[i].k);
			return -1;
		}
	for (i = 0; i < CURVE_ROLES; i++) {
		free(roles[i].keys.k);
		roles[i].keys = ks[i];
	}
	return 0;
}

struct curve *
curve_new(void *zctx, const struct config *c, char *err, size_t errlen)
{
	struct curve *cv = xcalloc(1, sizeof(*cv));
	const char *secret_path = c->curve_secret_key;
	const char *own[CURVE_ROLES] = { c->curve_allow_producers,
	    c->curve_allow_subscribers, c->curve_allow_workers };
	char fpr[KEYFILE_FPR_BUFSZ];
	int i;

	if (keyfile_read(secret_path, 1, cv->secret, err, errlen) == -1)
		goto fail;
	if (zmq_curve_public(cv->public, cv->secret) == -1) {
		snprintf(err, errlen, "%s: %s", secret_path,
		    zmq_strerror(errno));
		goto fail;
	}
	cv->shared = c->curve_allow != NULL;
	for (i = 0; i < CURVE_ROLES; i++) {
		const char *path = own[i] != NULL ? own[i] : c->curve_allow;

		cv->roles[i].name = curve_role_names[i];
		cv->roles[i].domain = curve_role_domains[i];
		cv->roles[i].path = path != NULL ? xstrdup(path) : NULL;
		if (own[i] != NULL)
			cv->shared = 0;
	}
	if (curve_load_roles(cv->roles, err, errlen) == -1)
		goto fail;
	if (c->curve_allow != NULL)
		log_warnx("curve: curve_allow (%s) serves %s: its keys may "
		    "submit, subscribe and take jobs; give "
		    "curve_allow_producers, curve_allow_subscribers and "
		    "curve_allow_workers to bind keys to roles",
		    c->curve_allow, cv->shared ? "every role" :
		    "the roles without a list of their own");
	cv->zap = zsock_new(zctx, ZMQ_REP, "zap");
	if (zsock_bind(cv->zap, CURVE_ZAP_ENDPOINT) == -1) {
		snprintf(err, errlen, "curve: cannot bind the ZAP handler");
		goto fail;
	}
	log_info("curve: CURVE on tcp endpoints, server key %s...",
	    keyfile_fingerprint(fpr, cv->public));
	curve_log_allow(cv, "start");
	return cv;
fail:
	curve_destroy(&cv);
	return NULL;
}

void
curve_destroy(struct curve **cvp)
{
	struct curve *cv;
	int i;

	if (cvp == NULL || (cv = *cvp) == NULL)
		return;
	zsock_destroy(&cv->zap);
	explicit_bzero(cv->secret, sizeof(cv->secret));
	for (i = 0; i < CURVE_ROLES; i++) {
		free(cv->roles[i].keys.k);
		free(cv->roles[i].path);
	}
	free(cv);
	*cvp = NULL;
}

int
curve_server(struct curve *cv, struct zsock *z, const char *endpoint,
    enum curve_role role)
{
	const char *domain = curve_role_domains[role];
	int one = 1;

	if (cv == NULL || strncmp(endpoint, "tcp://", 6) != 0)
		return 0;
	zsock_set_int(z, ZMQ_CURVE_SERVER, 1);
	if (zmq_setsockopt(z->sock, ZMQ_CURVE_SECRETKEY, cv->secret,
	    KEYFILE_Z85_LEN + 1) == -1 ||
	    zmq_setsockopt(z->sock, ZMQ_ZAP_DOMAIN, domain,
	    strlen(domain)) == -1)
		fatal("%s: CURVE options", z->name);
	/* Belt and braces: should the handler ever be missing, refuse. */
	if (zmq_setsockopt(z->sock, ZMQ_ZAP_ENFORCE_DOMAIN, &one,
	    sizeof(one)) == -1)
		log_debug("%s: ZMQ_ZAP_ENFORCE_DOMAIN: %s", z->name,
		    zmq_strerror(errno));
	return 1;
}

static void
curve_zap_cb(evutil_socket_t fd, short what, void *arg)
{
	struct curve *cv = arg;

	cv->zap->dirty = 1;
	cv->pump_cb(fd, what, cv->pump_arg);
}

void
curve_watch(struct curve *cv, struct event_base *base, event_callback_fn cb,
    void *arg)
{
	if (cv == NULL)
		return;
	cv->pump_cb = cb;
	cv->pump_arg = arg;
	zsock_watch(cv->zap, base, curve_zap_cb, cv);
}

static int
curve_frame_is(zmq_msg_t *m, const char *s)
{
	size_t n = strlen(s);

	return zmq_msg_size(m) == n && memcmp(zmq_msg_data(m), s, n) == 0;
}

/* One ZAP reply: [1.0][request id][code][text][user id][metadata]. */
static void
curve_reply(struct curve *cv, zmq_msg_t *reqid, const char *code,
    const char *text, const char *user)
{
	if (zsock_send(cv->zap, "1.0", 3, 1) == -1 ||
	    zsock_send(cv->zap, reqid ? zmq_msg_data(reqid) : "",
	    reqid ? zmq_msg_size(reqid) : 0, 1) == -1 ||
	    zsock_send(cv->zap, code, strlen(code), 1) == -1 ||
	    zsock_send(cv->zap, text, strlen(text), 1) == -1 ||
	    zsock_send(cv->zap, user, strlen(user), 1) == -1 ||
	    zsock_send(cv->zap, "", 0, 0) == -1)
		/* inproc to our own context: only a closing context. */
		log_warn("curve: ZAP reply");
}

/* Receive one request and answer it.  0 if none was waiting. */
static int
curve_zap_one(struct curve *cv)
{
	zmq_msg_t f[CURVE_ZAP_FRAMES];
	char fpr[KEYFILE_FPR_BUFSZ], z85[KEYFILE_Z85_LEN + 1];
	char addr[LOG_EXCERPT_BUFSZ];
	const struct curve_role_list *r = NULL;
	int n, kept, i;

	if ((n = zsock_recv(cv->zap, f, CURVE_ZAP_FRAMES)) == 0)
		return 0;
	kept = n < CURVE_ZAP_FRAMES ? n : CURVE_ZAP_FRAMES;
	if (n < 6 || !curve_frame_is(&f[0], "1.0")) {
		/* Not from libzmq's ZAP client: nothing to admit. */
		log_warnx("curve: malformed ZAP request (%d frames)", n);
		curve_reply(cv, n >= 2 ? &f[1] : NULL, "500",
		    "malformed request", "");
		goto out;
	}
	log_excerpt(addr, zmq_msg_data(&f[3]), zmq_msg_size(&f[3]));
	if (!curve_frame_is(&f[5], "CURVE") || n != CURVE_ZAP_FRAMES ||
	    zmq_msg_size(&f[6]) != KEYFILE_BIN_LEN) {
		cv->refused++;
		log_info("curve: refused a client from %s: mechanism %s, "
		    "not CURVE", addr, curve_frame_is(&f[5], "NULL") ?
		    "NULL" : curve_frame_is(&f[5], "PLAIN") ? "PLAIN" :
		    "unknown");
		curve_reply(cv, &f[1], "400", "CURVE only", "");
		goto out;
	}
	zmq_z85_encode(z85, zmq_msg_data(&f[6]), KEYFILE_BIN_LEN);
	keyfile_fingerprint(fpr, z85);
	/* The domain says which socket, so which role's list. */
	for (i = 0; i < CURVE_ROLES; i++)
		if (curve_frame_is(&f[2], cv->roles[i].domain))
			r = &cv->roles[i];
	if (r == NULL) {
		cv->refused++;
		log_warnx("curve: refused client key %s... from %s: unknown "
		    "ZAP domain", fpr, addr);
		curve_reply(cv, &f[1], "400", "unknown domain", "");
	} else if (r->keys.n > 0 && bsearch(zmq_msg_data(&f[6]), r->keys.k,
	    r->keys.n, sizeof(*r->keys.k), curve_key_cmp) != NULL) {
		log_debug("curve: admitted client key %s... from %s as one "
		    "of the %s", fpr, addr, r->name);
		curve_reply(cv, &f[1], "200", "OK", fpr);
	} else {
		cv->refused++;
		log_info("curve: refused client key %s... from %s: not in "
		    "the allowlist of the %s", fpr, addr, r->name);
		curve_reply(cv, &f[1], "400", "key not allowed", "");
	}
out:
	zsock_close_frames(f, kept);
	return 1;
}

int
curve_pump(struct curve *cv)
{
	int k;

	if (cv == NULL)
		return 0;
	/* Until a receive finds nothing: that also resets ZMQ_FD's edge. */
	for (k = 0; k < CURVE_ZAP_BATCH && cv->zap->dirty &&
	    curve_zap_one(cv); k++)
		continue;
	return k;
}

int
curve_dirty(const struct curve *cv)
{
	return cv != NULL && cv->zap->dirty;
}

void
curve_reload(struct curve *cv)
{
	char err[1024];

	if (cv == NULL)
		return;
	if (curve_load_roles(cv->roles, err, sizeof(err)) == -1) {
		log_warnx("curve: SIGHUP: %s; keeping the allowed keys", err);
		return;
	}
	curve_log_allow(cv, "SIGHUP");
}

size_t
curve_allowed(const struct curve *cv, enum curve_role role)
{
	return cv != NULL ? cv->roles[role].keys.n : 0;
}

unsigned long long
curve_refused(const struct curve *cv)
{
	return cv != NULL ? cv->refused : 0;
}
