/*
 * http.c — the operator endpoint on the broker's loop.
 *
 * evhttp runs on the same event base as the ZeroMQ sockets, so a request
 * reads the broker's counters with no locking, and a stuck loop shows as
 * an endpoint that does not answer (which is what a health check wants).
 * GET and HEAD only; no request bodies; idle connections time out.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>

#include "http.h"
#include "log.h"
#include "util.h"

/* A scraper finishes in milliseconds; a client idle this long is gone. */
#define HTTP_TIMEOUT_S		10
/* Request line and headers of a curl or a Prometheus scrape are < 1 KB. */
#define HTTP_HEADERS_MAX	8192
#define HTTP_PROM_TYPE		"text/plain; version=0.0.4; charset=utf-8"

struct http {
	struct evhttp	*evh;
	http_gather_fn	 gather;
	void		*arg;
	unsigned	 port;
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

static void
http_healthz(struct evhttp_request *req, void *arg)
{
	struct http *h = arg;
	struct stats_gauges g;
	struct evbuffer *body;
	const char *state;
	int code;

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

static void
http_notfound(struct evhttp_request *req, void *arg)
{
	struct evbuffer *body;

	(void)arg;
	if ((body = evbuffer_new()) == NULL)
		fatalx("evbuffer_new");
	evbuffer_add_printf(body, "not found: try /healthz, /metrics or "
	    "/stats\n");
	http_reply(req, 404, "Not Found", "text/plain; charset=utf-8", body);
	evbuffer_free(body);
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
	h->gather = gather;
	h->arg = arg;
	if ((h->evh = evhttp_new(base)) == NULL)
		fatalx("evhttp_new");
	evhttp_set_allowed_methods(h->evh, EVHTTP_REQ_GET | EVHTTP_REQ_HEAD);
	evhttp_set_timeout(h->evh, HTTP_TIMEOUT_S);
	evhttp_set_max_headers_size(h->evh, HTTP_HEADERS_MAX);
	evhttp_set_max_body_size(h->evh, 0);
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
	if (getsockname(evhttp_bound_socket_get_fd(bound),
	    (struct sockaddr *)&ss, &sl) == 0) {
		if (ss.ss_family == AF_INET)
			h->port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
		else if (ss.ss_family == AF_INET6)
			h->port = ntohs(((struct sockaddr_in6 *)&ss)->
			    sin6_port);
	}
	log_info("http: /healthz, /metrics and /stats on %s%s%s:%u",
	    strchr(host, ':') ? "[" : "", host, strchr(host, ':') ? "]" : "",
	    h->port);
	return h;
}

void
http_destroy(struct http **hp)
{
	struct http *h;

	if (hp == NULL || (h = *hp) == NULL)
		return;
	if (h->evh != NULL)
		evhttp_free(h->evh);
	free(h);
	*hp = NULL;
}

unsigned
http_port(const struct http *h)
{
	return h->port;
}
