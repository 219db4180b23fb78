/*
 * stats.c — `quarry stats`: ask a running quarryd's HTTP endpoint for
 * /stats (or /metrics) and print the answer.
 *
 * libevent's HTTP client, since libevent is linked already: one request,
 * one loop, a deadline on the whole exchange.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>

#include "log.h"
#include "tools.h"

#define STATS_ENDPOINT		"http://127.0.0.1:7402"	/* quarryd's --http */
#define STATS_TIMEOUT_S		5	/* a local daemon answers in ms */
#define STATS_TIMEOUT_MAX_S	3600
#define STATS_URL_MAX		1024

struct stats_req {
	int		 code;		/* HTTP status, 0: no answer */
	const char	*what;
};

static void
stats_done(struct evhttp_request *req, void *arg)
{
	struct stats_req *r = arg;
	struct evbuffer *in;
	char buf[4096];
	int n;

	if (req == NULL || (r->code = evhttp_request_get_response_code(req))
	    == 0)
		return;
	in = evhttp_request_get_input_buffer(req);
	while ((n = evbuffer_remove(in, buf, sizeof(buf))) > 0)
		fwrite(buf, 1, (size_t)n, r->code == 200 ? stdout : stderr);
}

int
stats_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "endpoint", required_argument, NULL, 'e' },
		{ "metrics", no_argument, NULL, 'm' },
		{ "timeout", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	const char *endpoint = STATS_ENDPOINT, *path = "/stats", *host;
	struct stats_req r = { 0, NULL };
	struct evhttp_connection *conn = NULL;
	struct evhttp_request *req;
	struct evhttp_uri *uri = NULL;
	struct event_base *base = NULL;
	char url[STATS_URL_MAX];
	double timeout = STATS_TIMEOUT_S;
	int c, port, rc = 1;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'e':
			endpoint = optarg;
			break;
		case 'm':
			path = "/metrics";
			break;
		case 't':
			if (tools_number("stats", "--timeout", optarg, 1,
			    STATS_TIMEOUT_MAX_S, 1, &timeout) == -1)
				return TOOLS_USAGE;
			break;
		default:
			return TOOLS_USAGE;
		}
	}
	if (optind != argc)
		return TOOLS_USAGE;
	/* "host:port" is quarryd's own spelling of --http: take it too. */
	snprintf(url, sizeof(url), "%s%s%s", strstr(endpoint, "://") ? "" :
	    "http://", endpoint, path);
	if ((uri = evhttp_uri_parse(url)) == NULL ||
	    (host = evhttp_uri_get_host(uri)) == NULL ||
	    strcmp(evhttp_uri_get_scheme(uri), "http") != 0) {
		fprintf(stderr, "quarry stats: --endpoint: \"%s\" is not "
		    "http://HOST:PORT\n", endpoint);
		rc = TOOLS_USAGE;
		goto out;
	}
	if ((port = evhttp_uri_get_port(uri)) == -1)
		port = 80;
	if ((base = event_base_new()) == NULL ||
	    (conn = evhttp_connection_base_new(base, NULL, host,
	    (ev_uint16_t)port)) == NULL)
		fatalx("quarry stats: libevent set-up failed");
	evhttp_connection_set_timeout(conn, (int)timeout);
	evhttp_connection_set_retries(conn, 0);
	if ((req = evhttp_request_new(stats_done, &r)) == NULL)
		fatalx("evhttp_request_new");
	evhttp_add_header(evhttp_request_get_output_headers(req), "Host",
	    host);
	if (evhttp_make_request(conn, req, EVHTTP_REQ_GET, path) == -1) {
		fprintf(stderr, "quarry stats: %s: request failed\n", url);
		goto out;
	}
	event_base_dispatch(base);
	if (r.code == 0)
		fprintf(stderr, "quarry stats: %s: no answer (is quarryd "
		    "running with --http?)\n", url);
	else if (r.code != 200)
		fprintf(stderr, "quarry stats: %s: HTTP %d\n", url, r.code);
	else
		rc = 0;
out:
	if (conn != NULL)
		evhttp_connection_free(conn);
	if (base != NULL)
		event_base_free(base);
	if (uri != NULL)
		evhttp_uri_free(uri);
	return rc;
}
