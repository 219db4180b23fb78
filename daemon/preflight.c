/*
 * preflight.c — the checks run before binding (preflight.h).
 *
 * Everything here reads the file system and the resolver but creates
 * nothing, so --check-config can run it on a live system.  Permissions
 * are judged from mode bits for the user quarryd will become: after the
 * drop its only group is that user's own (privdrop.c), so owner, group
 * and other bits decide exactly (ACLs aside).
 */
#include <errno.h>
#include <limits.h>
#include <net/if.h>
#include <netdb.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>

#include "http.h"
#include "keyfile.h"
#include "preflight.h"

/* ingest, results, workers_endpoint and http: at most four listeners. */
#define PF_LISTENERS	4

struct pf_listener {
	const char	*setting;
	const char	*value;
	unsigned	 port;
	int		 wildcard;	/* every address (*, 0.0.0.0, ::) */
	struct addrinfo	*ai;		/* resolved; NULL for a wildcard or
					 * an interface name */
};

/* snprintf for messages: cut, never an error, and through a va_list so
 * that a long path is not a -Wformat-truncation build failure. */
static void
pf_say(char *buf, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
pf_say(char *buf, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, len, fmt, ap);
	va_end(ap);
}

/* "user nobody (uid 65534)" or "uid 1234" into buf. */
static const char *
pf_user(uid_t uid, char *buf, size_t len)
{
	struct passwd *pw = getpwuid(uid);

	if (pw != NULL)
		snprintf(buf, len, "user %s (uid %lu)", pw->pw_name,
		    (unsigned long)uid);
	else
		snprintf(buf, len, "uid %lu", (unsigned long)uid);
	return buf;
}

/* May uid/gid (and no other group) do `bit` (1 x, 2 w, 4 r) on st? */
static int
pf_may(const struct stat *st, uid_t uid, gid_t gid, unsigned bit)
{
	if (uid == 0)
		return bit != 1 || (st->st_mode & 0111) != 0 ||
		    S_ISDIR(st->st_mode);
	if (st->st_uid == uid)
		return (st->st_mode & (bit << 6)) != 0;
	if (st->st_gid == gid)
		return (st->st_mode & (bit << 3)) != 0;
	return (st->st_mode & bit) != 0;
}

/*
 * The program's full path: as given when it has a slash, else the first
 * PATH entry holding a file of that name.  0, or -1 with why.
 */
static int
pf_find_program(const char *prog, char *out, size_t len, char *why,
    size_t whylen)
{
	const char *path, *p, *end;
	struct stat st;

	if (strchr(prog, '/') != NULL) {
		snprintf(out, len, "%s", prog);
		return 0;
	}
	if ((path = getenv("PATH")) == NULL || *path == '\0')
		path = "/usr/local/bin:/usr/bin:/bin";
	for (p = path; ; p = end + 1) {
		end = p + strcspn(p, ":");
		if (end > p) {
			snprintf(out, len, "%.*s/%s", (int)(end - p), p, prog);
			if (stat(out, &st) == 0 && S_ISREG(st.st_mode))
				return 0;
		}
		if (*end == '\0')
			break;
	}
	pf_say(why, whylen, "\"%s\" is not on PATH (%s)", prog, path);
	return -1;
}

/*
 * Can uid/gid execute path: every directory on the way searchable, the
 * file regular and executable for them.  0, or -1 with why.
 */
static int
pf_can_exec(const char *path, uid_t uid, gid_t gid, char *why,
    size_t whylen)
{
	char real[PATH_MAX], prefix[PATH_MAX], who[96];
	struct stat st;
	char *slash;

	if (realpath(path, real) == NULL) {
		pf_say(why, whylen, "%s: %s", path, strerror(errno));
		return -1;
	}
	/* Each directory from / down, then the file. */
	for (slash = strchr(real + 1, '/'); slash != NULL;
	    slash = strchr(slash + 1, '/')) {
		snprintf(prefix, sizeof(prefix), "%.*s", (int)(slash - real),
		    real);
		if (stat(prefix, &st) == -1) {
			pf_say(why, whylen, "%s: %s", prefix,
			    strerror(errno));
			return -1;
		}
		if (!pf_may(&st, uid, gid, 1)) {
			pf_say(why, whylen, "%s: the directory %s (mode "
			    "%03o, owner uid %lu) cannot be entered by %s",
			    path, prefix, (unsigned)(st.st_mode & 0777),
			    (unsigned long)st.st_uid,
			    pf_user(uid, who, sizeof(who)));
			return -1;
		}
	}
	if (stat(real, &st) == -1) {
		pf_say(why, whylen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		pf_say(why, whylen, "%s: not a regular file", path);
		return -1;
	}
	if (!pf_may(&st, uid, gid, 1)) {
		pf_say(why, whylen, "%s: not executable by %s (mode %03o)",
		    path, pf_user(uid, who, sizeof(who)),
		    (unsigned)(st.st_mode & 0777));
		return -1;
	}
	return 0;
}

/* A directory quarryd makes when missing (mkdir, one level): it must be
 * a directory already, or its parent must be one. */
static int
pf_dir(const char *setting, const char *dir, char *err, size_t errlen)
{
	char parent[PATH_MAX];
	struct stat st;
	char *slash;

	if (lstat(dir, &st) == 0) {
		/* dirs.h: quarryd never follows one there. */
		if (S_ISLNK(st.st_mode)) {
			pf_say(err, errlen, "%s: %s: is a symbolic link; "
			    "refusing to follow it", setting, dir);
			return -1;
		}
		if (!S_ISDIR(st.st_mode)) {
			pf_say(err, errlen, "%s: %s: not a directory",
			    setting, dir);
			return -1;
		}
		return 0;
	}
	if (errno != ENOENT) {
		pf_say(err, errlen, "%s: %s: %s", setting, dir,
		    strerror(errno));
		return -1;
	}
	snprintf(parent, sizeof(parent), "%s", dir);
	while ((slash = strrchr(parent, '/')) != NULL && slash[1] == '\0' &&
	    slash != parent)
		*slash = '\0';
	if ((slash = strrchr(parent, '/')) == NULL)
		snprintf(parent, sizeof(parent), ".");
	else if (slash == parent)
		parent[1] = '\0';
	else
		*slash = '\0';
	if (stat(parent, &st) == -1 || !S_ISDIR(st.st_mode)) {
		pf_say(err, errlen, "%s: %s does not exist, nor does its "
		    "parent %s", setting, dir, parent);
		return -1;
	}
	return 0;
}

static int
pf_is_wildcard(const char *host)
{
	return strcmp(host, "*") == 0 || strcmp(host, "0.0.0.0") == 0 ||
	    strcmp(host, "::") == 0;
}

/* Resolve a listener's host, as zmq_bind and evhttp will. */
static int
pf_resolve(struct pf_listener *l, const char *host, char *err,
    size_t errlen)
{
	struct addrinfo hints;
	int rc;

	l->wildcard = pf_is_wildcard(host);
	if (l->wildcard)
		return 0;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE;
	if ((rc = getaddrinfo(host, NULL, &hints, &l->ai)) == 0)
		return 0;
	l->ai = NULL;
	/* ZeroMQ also binds to an interface by name (tcp://eth0:7400). */
	if (l->setting != NULL && strcmp(l->setting, "http") != 0 &&
	    if_nametoindex(host) != 0)
		return 0;
	pf_say(err, errlen, "%s: \"%s\": the host \"%s\" does not "
	    "resolve: %s", l->setting, l->value, host,
	    rc == EAI_SYSTEM ? strerror(errno) : gai_strerror(rc));
	return -1;
}

static int
pf_same_addr(const struct addrinfo *a, const struct addrinfo *b)
{
	for (; a != NULL; a = a->ai_next) {
		const struct addrinfo *x;

		for (x = b; x != NULL; x = x->ai_next) {
			if (a->ai_family != x->ai_family)
				continue;
			if (a->ai_family == AF_INET &&
			    memcmp(&((const struct sockaddr_in *)(const void *)
			    a->ai_addr)->sin_addr,
			    &((const struct sockaddr_in *)(const void *)
			    x->ai_addr)->sin_addr, sizeof(struct in_addr)) == 0)
				return 1;
			if (a->ai_family == AF_INET6 &&
			    memcmp(&((const struct sockaddr_in6 *)(const void *)
			    a->ai_addr)->sin6_addr,
			    &((const struct sockaddr_in6 *)(const void *)
			    x->ai_addr)->sin6_addr,
			    sizeof(struct in6_addr)) == 0)
				return 1;
		}
	}
	return 0;
}

/* The tcp listeners: resolvable, and no two on one port and address. */
static int
pf_listeners(const struct config *c, char *err, size_t errlen)
{
	struct pf_listener ls[PF_LISTENERS];
	const char *settings[] = { "ingest", "results", "workers_endpoint",
	    "http" };
	const char *values[] = { c->ingest, c->results, c->workers_endpoint,
	    c->http };
	char host[HTTP_ADDR_MAX], why[HTTP_ADDR_MAX + 64];
	size_t n = 0, i, j;
	int rc = -1;

	memset(ls, 0, sizeof(ls));
	for (i = 0; i < PF_LISTENERS; i++) {
		const char *v = values[i];
		unsigned port;

		if (i < 3 && strncmp(v, "tcp://", 6) != 0)
			continue;		/* ipc: a path, checked below */
		if (i == 3 && strcmp(v, "off") == 0)
			continue;
		if (http_parse_addr(i < 3 ? v + 6 : v, host, sizeof(host),
		    &port, why, sizeof(why)) == -1) {
			pf_say(err, errlen, "%s: %s", settings[i], why);
			goto out;
		}
		ls[n].setting = settings[i];
		ls[n].value = v;
		ls[n].port = port;
		if (pf_resolve(&ls[n], host, err, errlen) == -1)
			goto out;
		n++;
	}
	for (i = 0; i < n; i++)
		for (j = 0; j < i; j++) {
			if (ls[i].port != ls[j].port || ls[i].port == 0)
				continue;
			if (ls[i].wildcard || ls[j].wildcard ||
			    (ls[i].ai == NULL && ls[j].ai == NULL) ||
			    pf_same_addr(ls[i].ai, ls[j].ai)) {
				pf_say(err, errlen, "%s: port %u of \"%s\" "
				    "is %s's too (\"%s\")", ls[i].setting,
				    ls[i].port, ls[i].value, ls[j].setting,
				    ls[j].value);
				goto out;
			}
		}
	rc = 0;
out:
	for (i = 0; i < PF_LISTENERS; i++)
		if (ls[i].ai != NULL)
			freeaddrinfo(ls[i].ai);
	return rc;
}

/* An ipc endpoint's socket directory: made by quarryd when missing. */
static int
pf_ipc(const char *setting, const char *endpoint, char *err,
    size_t errlen)
{
	char dir[PATH_MAX];
	const char *slash;

	if (strncmp(endpoint, "ipc://", 6) != 0)
		return 0;
	if ((slash = strrchr(endpoint + 6, '/')) == NULL ||
	    slash == endpoint + 6)
		return 0;
	snprintf(dir, sizeof(dir), "%.*s", (int)(slash - (endpoint + 6)),
	    endpoint + 6);
	return pf_dir(setting, dir, err, errlen);
}

static int
pf_count_key(void *arg, const char *z85, int line, char *err, size_t errlen)
{
	(void)z85;
	(void)line;
	(void)err;
	(void)errlen;
	(*(size_t *)arg)++;
	return 0;
}

int
preflight_check(const struct config *c, uid_t uid, gid_t gid, char *err,
    size_t errlen)
{
	char why[PATH_MAX + 256], prog[PATH_MAX];

	if (pf_listeners(c, err, errlen) == -1)
		return -1;
	if (pf_dir("runtime_dir", c->runtime_dir, err, errlen) == -1)
		return -1;
	if (pf_ipc("ingest", c->ingest, err, errlen) == -1 ||
	    pf_ipc("results", c->results, err, errlen) == -1 ||
	    pf_ipc("workers_endpoint", c->workers_endpoint, err,
	    errlen) == -1)
		return -1;
	if (c->spool && c->state_dir != NULL &&
	    pf_dir("state_dir", c->state_dir, err, errlen) == -1)
		return -1;
	/* Read as quarryd reads them: before the privilege drop. */
	if (c->curve_secret_key != NULL) {
		char z85[KEYFILE_Z85_LEN + 1];
		size_t n = 0;

		if (keyfile_read(c->curve_secret_key, 1, z85, why,
		    sizeof(why)) == -1) {
			pf_say(err, errlen, "curve_secret_key: %s", why);
			return -1;
		}
		const struct {
			const char *key, *path;
		} lists[] = {
			{ "curve_allow", c->curve_allow },
			{ "curve_allow_producers", c->curve_allow_producers },
			{ "curve_allow_subscribers",
			  c->curve_allow_subscribers },
			{ "curve_allow_workers", c->curve_allow_workers },
		};
		size_t i;

		memset(z85, 0, sizeof(z85));
		for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
			if (lists[i].path != NULL && keyfile_scan(
			    lists[i].path, 0, pf_count_key, &n, why,
			    sizeof(why)) == -1) {
				pf_say(err, errlen, "%s: %s", lists[i].key,
				    why);
				return -1;
			}
	}
	if (c->workers > 0) {
		if (pf_find_program(c->worker_bin, prog, sizeof(prog), why,
		    sizeof(why)) == -1 ||
		    pf_can_exec(prog, uid, gid, why, sizeof(why)) == -1) {
			pf_say(err, errlen, "worker_bin: %s", why);
			return -1;
		}
	}
	return 0;
}

int
preflight_worker_exec(const struct config *c, char *err, size_t errlen)
{
	char prog[PATH_MAX], why[PATH_MAX + 64], who[96];

	if (c->workers == 0)
		return 0;
	if (pf_find_program(c->worker_bin, prog, sizeof(prog), why,
	    sizeof(why)) == -1) {
		pf_say(err, errlen, "worker_bin: %s", why);
		return -1;
	}
	/* access() asks with the real ids: the user's, after the drop. */
	if (access(prog, X_OK) == -1) {
		pf_say(err, errlen, "worker_bin: %s: not executable by %s: "
		    "%s", prog, pf_user(getuid(), who, sizeof(who)),
		    strerror(errno));
		return -1;
	}
	return 0;
}
