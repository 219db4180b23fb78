/*
 * http.c — the operator endpoint on the broker's loop.
 *
 * evhttp runs on the same event base as the ZeroMQ sockets, so a request
 * reads the broker's counters with no locking, and a stuck loop shows as
 * an endpoint that does not answer (which is what a health check wants).
 * GET and HEAD only; no request bodies; idle connections time out.
 * / is the status page (status.h), /healthz, /metrics and /stats the
 * machines' endpoints.
 *
 * Bounded against hostile clients (docs/security.md): each connection's
 * bufferevent is ours (evhttp_set_bevcb), with a read high-water mark, so
 * a client that pipelines requests and never reads the replies stops
 * being read instead of filling memory (evhttp keeps reading, callback-
 * less, while a reply is written); at most HTTP_CONNS_MAX connections,
 * beyond which the listener stops accepting; and a connection must get a
 * reply within HTTP_REQUEST_S of its accept or its last reply, however
 * slowly it trickles bytes in (slowloris), else it is shut down.  evhttp
 * offers no hook when it frees a connection, so we hold a reference on
 * each bufferevent and a sweep notices the ones evhttp let go (their
 * callbacks cleared by bufferevent_free).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/listener.h>

#include "http.h"
#include "log.h"
#include "ratelog.h"
#include "status.h"
#include "util.h"

/* A scraper finishes in milliseconds; a client idle this long is gone. */
#define HTTP_TIMEOUT_S		10
/* Request line and headers of a curl or a Prometheus scrape are < 1 KB. */
#define HTTP_HEADERS_MAX	8192
/* Methods evhttp hands to us, to be answered 405 but for GET and HEAD;
 * CONNECT stays with evhttp (a proxy request, not ours to answer). */
#define HTTP_METHODS_SEEN	(EVHTTP_REQ_GET | EVHTTP_REQ_HEAD |	\
	EVHTTP_REQ_POST | EVHTTP_REQ_PUT | EVHTTP_REQ_DELETE |		\
	EVHTTP_REQ_OPTIONS | EVHTTP_REQ_TRACE | EVHTTP_REQ_PATCH)
#define HTTP_ALLOW		"GET, HEAD"
#define HTTP_PAGE_CSP		"default-src 'none'; script-src 'unsafe-inline'; " \
	"style-src 'unsafe-inline'; connect-src 'self'; img-src 'self'; " \
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
#define HTTP_PROM_TYPE		"text/plain; version=0.0.4; charset=utf-8"
/* Bytes read ahead of the request being answered: two requests' worth
 * of headers; past it the connection is not read until its reply is. */
#define HTTP_INPUT_MAX		(2 * HTTP_HEADERS_MAX)
/* A connection gets a reply within this long of its accept or of its
 * last reply, or is shut down (slowloris): evhttp's own timeout restarts
 * at every byte. */
#define HTTP_REQUEST_S		HTTP_TIMEOUT_S
/* How often connections are checked, and the listener paused after an
 * accept() error (out of descriptors) before it tries again. */
#define HTTP_SWEEP_MS		250
#define HTTP_ACCEPT_PAUSE_MS	1000
/* At most one "out of descriptors" line in this long. */
#define HTTP_LOG_EVERY_US	(10 * 1000000ULL)

struct http_conn {
	TAILQ_ENTRY(http_conn) link;
	struct bufferevent *bev;	/* ours: one reference held */
	struct evbuffer_cb_entry *out_cb;
	uint64_t	 since_us;	/* accepted, or last reply sent */
	int		 closing;	/* shut down: evhttp will free it */
};

TAILQ_HEAD(http_conn_list, http_conn);

struct http {
	struct evhttp	*evh;
	http_gather_fn	 gather;
	void		*arg;
	unsigned	 port;
	struct evconnlistener *listener;
	struct event	*sweep_ev;
	struct http_conn_list conns;
	size_t		 nconns;
	int		 paused;	/* listener disabled */
	uint64_t	 resume_us;	/* ... until then, at least */
	struct ratelog	 log;		/* accept-error lines */
};

int
http_parse_addr(const char *addr, char *host, size_t hostlen,
    unsigned *port, char *err, size_t errlen)
{
	const char *colon, *h = addr;
	size_t n;
	unsigned long long p;

	if (addr[0] == '[') {
		const char *close = strchr(addr, ']');

		if (close == NULL || close[1] != ':') {
			snprintf(err, errlen, "\"%s\" is not [ADDRESS]:PORT",
			    addr);
			return -1;
		}
		h = addr + 1;
		n = (size_t)(close - h);
		colon = close + 1;
	} else {
		if ((colon = strrchr(addr, ':')) == NULL ||
		    memchr(addr, ':', (size_t)(colon - addr)) != NULL) {
			snprintf(err, errlen, "\"%s\" is not HOST:PORT", addr);
			return -1;
		}
		n = (size_t)(colon - addr);
	}
	if (n == 0 || n >= hostlen) {
		snprintf(err, errlen, "\"%s\": no host, or a host too long",
		    addr);
		return -1;
	}
	if (util_parse_number(colon + 1, 0, 65535, &p) == -1) {
		snprintf(err, errlen, "\"%s\": the port is not a number from "
		    "0 to 65535", addr);
		return -1;
	}
	memcpy(host, h, n);
	host[n] = '\0';
	*port = (unsigned)p;
	return 0;
}

static void
http_reply(struct evhttp_request *req, int code, const char *reason,
    const char *type, struct evbuffer *body)
{
	struct evkeyvalq *hdr = evhttp_request_get_output_headers(req);

	evhttp_add_header(hdr, "Content-Type", type);
	evhttp_add_header(hdr, "Cache-Control", "no-store");
	evhttp_send_reply(req, code, reason, body);
}

/*
 * GET and HEAD only.  evhttp is told to pass every method through, so
 * that the answer to the others is a 405 with the Allow header RFC 9110
 * asks for (evhttp's own 405 has none).  1 when req was answered.
 */
static int
http_method_refused(struct evhttp_request *req)
{
	enum evhttp_cmd_type m = evhttp_request_get_command(req);
	struct evbuffer *body;

	if (m == EVHTTP_REQ_GET || m == EVHTTP_REQ_HEAD)
		return 0;
	if ((body = evbuffer_new()) == NULL)
		fatalx("evbuffer_new");
	evbuffer_add_printf(body, "method not allowed: GET or HEAD\n");
	evhttp_add_header(evhttp_request_get_output_headers(req), "Allow",
	    HTTP_ALLOW);
	http_reply(req, 405, "Method Not Allowed",
	    "text/plain; charset=utf-8", body);
	evbuffer_free(body);
	return 1;
}

static void
http_healthz(struct evhttp_request *req, void *arg)
{
	struct http *h = arg;
	struct stats_gauges g;
	struct evbuffer *body;
	const char *state;
	int code;

	if (http_method_refused(req))
		return;
	memset(&g, 0, sizeof(g));
	(void)h->gather(h->arg, &g);
	if (g.draining) {
		code = 503;
		state = "draining";
	} else if (g.spool_failing) {
		/* Nothing can be accepted; what is queued still runs. */
		code = 503;
		state = "degraded: the spool cannot write (disk full?)";
	} else if (g.workers == 0) {
		code = 503;
		state = "no workers";
	} else if (g.sink_state != NULL && strcmp(g.sink_state, "up") != 0) {
		/* Results are held, not yet durable: serving, degraded. */
		code = 503;
		state = "degraded: sink down";
	} else {
		code = 200;
		state = "serving";
	}
	if ((body = evbuffer_new()) == NULL)
		fatalx("evbuffer_new");
	evbuffer_add_printf(body, "%s\n", state);
	http_reply(req, code, code == 200 ? "OK" : "Service Unavailable",
	    "text/plain; charset=utf-8", body);
	evbuffer_free(body);
}

static void
http_render(struct evhttp_request *req, struct http *h, int prometheus)
{
	const struct stats *s;
	struct stats_gauges g;
	struct evbuffer *body;
	int rc;

	if (http_method_refused(req))
		return;
	memset(&g, 0, sizeof(g));
	s = h->gather(h->arg, &g);
	if ((body = evbuffer_new()) == NULL)
		fatalx("evbuffer_new");
	rc = prometheus ? stats_prometheus(s, &g, body) :
	    stats_json(s, &g, body);
	if (rc == -1) {
		evhttp_send_error(req, 500, "Out of memory");
		evbuffer_free(body);
		return;
	}
	http_reply(req, 200, "OK", prometheus ? HTTP_PROM_TYPE :
	    "application/json", body);
	evbuffer_free(body);
}

static void
http_metrics(struct evhttp_request *req, void *arg)
{
	http_render(req, arg, 1);
}

static void
http_stats(struct evhttp_request *req, void *arg)
{
	http_render(req, arg, 0);
}

/* The status page: static bytes; the browser fetches /stats itself.
 * Its policy lets it talk to us alone, run its own inline script and
 * nothing else. */
static void
http_status_page(struct evhttp_request *req, void *arg)
{
	struct evkeyvalq *hdr = evhttp_request_get_output_headers(req);
	struct evbuffer *body;

	(void)arg;
	if (http_method_refused(req))
		return;
	if ((body = evbuffer_new()) == NULL)
		fatalx("evbuffer_new");
	if (evbuffer_add_reference(body, status_page, status_page_len, NULL,
	    NULL) == -1)
		fatalx("evbuffer_add_reference");
	evhttp_add_header(hdr, "Content-Security-Policy", HTTP_PAGE_CSP);
	evhttp_add_header(hdr, "X-Content-Type-Options", "nosniff");
	http_reply(req, 200, "OK", "text/html; charset=utf-8", body);
	evbuffer_free(body);
}

static void
http_notfound(struct evhttp_request *req, void *arg)
{
	struct evbuffer *body;

	(void)arg;
	if (http_method_refused(req))
		return;
	if ((body = evbuffer_new()) == NULL)
		fatalx("evbuffer_new");
	evbuffer_add_printf(body, "not found: try /, /healthz, /metrics or "
	    "/stats\n");
	http_reply(req, 404, "Not Found", "text/plain; charset=utf-8", body);
	evbuffer_free(body);
}

/* A reply left entirely: the connection's clock starts again. */
static void
http_out_cb(struct evbuffer *buf, const struct evbuffer_cb_info *info,
    void *arg)
{
	struct http_conn *c = arg;

	if (info->n_deleted > 0 && evbuffer_get_length(buf) == 0)
		c->since_us = now_us();
}

static void
http_pause(struct http *h, uint64_t until_us)
{
	if (!h->paused && h->listener != NULL)
		evconnlistener_disable(h->listener);
	h->paused = 1;
	h->resume_us = until_us;
}

/* Each new connection's bufferevent: made here so that it is bounded. */
static struct bufferevent *
http_bev_cb(struct event_base *base, void *arg)
{
	struct http *h = arg;
	struct http_conn *c = xcalloc(1, sizeof(*c));

	if ((c->bev = bufferevent_socket_new(base, -1,
	    BEV_OPT_CLOSE_ON_FREE)) == NULL)
		fatalx("bufferevent_socket_new");
	bufferevent_setwatermark(c->bev, EV_READ, 0, HTTP_INPUT_MAX);
	bufferevent_incref(c->bev);
	if ((c->out_cb = evbuffer_add_cb(bufferevent_get_output(c->bev),
	    http_out_cb, c)) == NULL)
		fatalx("evbuffer_add_cb");
	c->since_us = now_us();
	TAILQ_INSERT_TAIL(&h->conns, c, link);
	/* At the cap the listener rests: further clients wait in the
	 * kernel's backlog, using none of our descriptors. */
	if (++h->nconns >= HTTP_CONNS_MAX)
		http_pause(h, 0);
	return c->bev;
}

static void
http_conn_free(struct http *h, struct http_conn *c)
{
	evbuffer_remove_cb_entry(bufferevent_get_output(c->bev), c->out_cb);
	TAILQ_REMOVE(&h->conns, c, link);
	h->nconns--;
	bufferevent_decref(c->bev);
	free(c);
}

/* accept() failed for good (out of descriptors): rest instead of
 * retrying at once, which spins while nothing is freed. */
static void
http_accept_error_cb(struct evconnlistener *l, void *arg)
{
	struct http *h = arg;
	uint64_t now = now_us();
	int e = EVUTIL_SOCKET_ERROR();

	(void)l;
	http_pause(h, now + HTTP_ACCEPT_PAUSE_MS * 1000ULL);
	if (ratelog_due(&h->log, now, NULL))
		log_warnx("http: accept: %s; not accepting for %d ms",
		    strerror(e), HTTP_ACCEPT_PAUSE_MS);
}

static void
http_sweep_cb(evutil_socket_t fd, short what, void *arg)
{
	struct http *h = arg;
	struct http_conn *c, *next;
	bufferevent_event_cb ecb;
	uint64_t now = now_us();
	void *cbarg;

	(void)fd;
	(void)what;
	for (c = TAILQ_FIRST(&h->conns); c != NULL; c = next) {
		next = TAILQ_NEXT(c, link);
		bufferevent_getcb(c->bev, NULL, NULL, &ecb, &cbarg);
		if (ecb == NULL && cbarg == NULL) {
			/* evhttp freed it: ours is the last reference. */
			http_conn_free(h, c);
			continue;
		}
		if (!c->closing &&
		    now - c->since_us >= HTTP_REQUEST_S * 1000000ULL) {
			/* evhttp sees the end of the stream and frees it. */
			(void)shutdown(bufferevent_getfd(c->bev), SHUT_RDWR);
			c->closing = 1;
			log_debug("http: a connection got no reply in %d s: "
			    "closed", HTTP_REQUEST_S);
		}
	}
	if (h->paused && h->nconns < HTTP_CONNS_MAX && now >= h->resume_us) {
		evconnlistener_enable(h->listener);
		h->paused = 0;
	}
}

struct http *
http_new(struct event_base *base, const char *addr, http_gather_fn gather,
    void *arg, char *err, size_t errlen)
{
	struct evhttp_bound_socket *bound;
	struct sockaddr_storage ss;
	socklen_t sl = sizeof(ss);
	char host[HTTP_ADDR_MAX];
	struct http *h;
	unsigned port;

	if (http_parse_addr(addr, host, sizeof(host), &port, err,
	    errlen) == -1)
		return NULL;
	h = xcalloc(1, sizeof(*h));
	ratelog_init(&h->log, HTTP_LOG_EVERY_US, RATELOG_PERIOD);
	h->gather = gather;
	h->arg = arg;
	TAILQ_INIT(&h->conns);
	if ((h->evh = evhttp_new(base)) == NULL)
		fatalx("evhttp_new");
	evhttp_set_bevcb(h->evh, http_bev_cb, h);
	evhttp_set_allowed_methods(h->evh, HTTP_METHODS_SEEN);
	evhttp_set_timeout(h->evh, HTTP_TIMEOUT_S);
	evhttp_set_max_headers_size(h->evh, HTTP_HEADERS_MAX);
	evhttp_set_max_body_size(h->evh, 0);
	evhttp_set_cb(h->evh, "/", http_status_page, h);
	evhttp_set_cb(h->evh, "/healthz", http_healthz, h);
	evhttp_set_cb(h->evh, "/metrics", http_metrics, h);
	evhttp_set_cb(h->evh, "/stats", http_stats, h);
	evhttp_set_gencb(h->evh, http_notfound, h);
	if ((bound = evhttp_bind_socket_with_handle(h->evh, host,
	    (ev_uint16_t)port)) == NULL) {
		snprintf(err, errlen, "cannot listen on %s: %s", addr,
		    strerror(errno));
		http_destroy(&h);
		return NULL;
	}
	h->listener = evhttp_bound_socket_get_listener(bound);
	evconnlistener_set_error_cb(h->listener, http_accept_error_cb);
	h->sweep_ev = event_new(base, -1, EV_PERSIST, http_sweep_cb, h);
	{
		struct timeval tv = { 0, HTTP_SWEEP_MS * 1000 };

		if (h->sweep_ev == NULL || event_add(h->sweep_ev, &tv) == -1)
			fatalx("http: cannot start the sweep");
	}
	if (getsockname(evhttp_bound_socket_get_fd(bound),
	    (struct sockaddr *)&ss, &sl) == 0) {
		if (ss.ss_family == AF_INET)
			h->port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
		else if (ss.ss_family == AF_INET6)
			h->port = ntohs(((struct sockaddr_in6 *)&ss)->
			    sin6_port);
	}
	log_info("http: the status page (/), /healthz, /metrics and /stats "
	    "on %s%s%s:%u", strchr(host, ':') ? "[" : "", host,
	    strchr(host, ':') ? "]" : "", h->port);
	return h;
}

void
http_destroy(struct http **hp)
{
	struct http *h;

	if (hp == NULL || (h = *hp) == NULL)
		return;
	if (h->sweep_ev != NULL)
		event_free(h->sweep_ev);
	if (h->evh != NULL)
		evhttp_free(h->evh);
	/* evhttp freed its connections; ours are the last references. */
	while (!TAILQ_EMPTY(&h->conns))
		http_conn_free(h, TAILQ_FIRST(&h->conns));
	free(h);
	*hp = NULL;
}

unsigned
http_port(const struct http *h)
{
	return h->port;
}
