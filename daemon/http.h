/*
 * http.h — quarryd's operator endpoint: libevent's evhttp on the broker's
 * own loop, serving /healthz, /metrics (Prometheus) and /stats (JSON).
 */
#ifndef QUARRY_HTTP_H
#define QUARRY_HTTP_H

#include <stddef.h>
#include <event2/event.h>

#include "stats.h"

/* Connections at once: an operator endpoint serves a scraper or two, a
 * health check and a person; 64 is far past that and, at 16 KiB read
 * ahead plus a reply each, well under 2 MiB. */
#define HTTP_CONNS_MAX		64

/* Longest "host:port" an operator may give. */
#define HTTP_ADDR_MAX	256

/* Fills the gauges and returns the counters, at the moment of a request. */
typedef const struct stats *(*http_gather_fn)(void *arg,
	    struct stats_gauges *out);

struct http;

/*
 * Split "HOST:PORT" ("[v6]:PORT" for IPv6) into host and port.  0, or -1
 * with err.
 */
int	http_parse_addr(const char *addr, char *host, size_t hostlen,
	    unsigned *port, char *err, size_t errlen);

/* Listen on addr ("127.0.0.1:7402"; port 0 picks one, which is logged).
 * NULL with err when the address is bad or cannot be bound. */
struct http *http_new(struct event_base *, const char *addr,
	    http_gather_fn, void *arg, char *err, size_t errlen);
void	http_destroy(struct http **);
/* The port actually bound. */
unsigned http_port(const struct http *);

#endif
