/*
 * stats.c — `quarry stats`: ask a running quarryd's HTTP endpoint for
 * /stats and print it in sections for people (like `redis-cli info`),
 * or as it came (--json, --metrics).
 *
 * libevent's HTTP client, since libevent is linked already: one request,
 * one loop that ends with the answer, a deadline on the whole exchange.
 * The sections come from walking the JSON, so figures quarryd adds later
 * show up without a change here.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
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
	struct event_base *base;
	struct evbuffer	*body;
};

/* The answer (or the connection's end): keep the body, end the loop —
 * the connection would otherwise idle until its timeout. */
static void
stats_done(struct evhttp_request *req, void *arg)
{
	struct stats_req *r = arg;

	if (req != NULL && (r->code = evhttp_request_get_response_code(req))
	    != 0)
		evbuffer_add_buffer(r->body,
		    evhttp_request_get_input_buffer(req));
	event_base_loopexit(r->base, NULL);
}

/* A scalar as people read it. */
static void
stats_scalar(const char *key, json_t *v)
{
	if (json_is_true(v))
		printf("%s: yes\n", key);
	else if (json_is_false(v))
		printf("%s: no\n", key);
	else if (json_is_integer(v))
		printf("%s: %" JSON_INTEGER_FORMAT "\n", key,
		    json_integer_value(v));
	else if (json_is_string(v))
		printf("%s: %s\n", key, json_string_value(v));
	else if (json_is_real(v))
		printf("%s: %g\n", key, json_real_value(v));
	else if (json_is_null(v))
		printf("%s: -\n", key);
}

/* One row of a list: "name  k v  k v", strings first. */
static void
stats_row(json_t *o)
{
	const char *k;
	json_t *v;
	int first = 1;

	json_object_foreach(o, k, v)
		if (json_is_string(v)) {
			printf("%s%s", first ? "  " : "  ", json_string_value(v));
			first = 0;
		}
	json_object_foreach(o, k, v) {
		if (json_is_string(v))
			continue;
		if (json_is_boolean(v))
			printf("  %s %s", k, json_is_true(v) ? "yes" : "no");
		else if (json_is_integer(v))
			printf("  %s %" JSON_INTEGER_FORMAT, k,
			    json_integer_value(v));
	}
	printf("\n");
}

static void
stats_uptime(json_int_t s)
{
	printf("uptime: %lldd %02lldh %02lldm %02llds (%lld s)\n",
	    (long long)(s / 86400), (long long)(s / 3600 % 24),
	    (long long)(s / 60 % 60), (long long)(s % 60), (long long)s);
}

/* /stats in sections: the top level's scalars, then one section per
 * object or list. */
static int
stats_print(const char *text, size_t len)
{
	json_error_t je;
	json_t *doc, *v, *e;
	const char *k;
	size_t i;

	if ((doc = json_loadb(text, len, 0, &je)) == NULL ||
	    !json_is_object(doc)) {
		fprintf(stderr, "quarry stats: the answer is not a JSON "
		    "object: %s\n", doc == NULL ? je.text : "");
		json_decref(doc);
		return 1;
	}
	printf("# quarryd\n");
	json_object_foreach(doc, k, v) {
		if (strcmp(k, "uptime_s") == 0 && json_is_integer(v))
			stats_uptime(json_integer_value(v));
		else if (!json_is_object(v) && !json_is_array(v))
			stats_scalar(k, v);
	}
	json_object_foreach(doc, k, v) {
		if (strcmp(k, "history") == 0) {
			json_t *sm = json_object_get(v, "samples");

			printf("\n# history\nsamples: %zu, every %"
			    JSON_INTEGER_FORMAT " s (the status page at / "
			    "draws them)\n", json_array_size(sm),
			    json_integer_value(json_object_get(v,
			    "interval_s")));
		} else if (strcmp(k, "extraction_us") == 0) {
			json_int_t n = json_integer_value(json_object_get(v,
			    "count")), sum = json_integer_value(
			    json_object_get(v, "sum"));

			printf("\n# extraction\ncount: %" JSON_INTEGER_FORMAT
			    "\nmean_us: %" JSON_INTEGER_FORMAT "\n", n,
			    n > 0 ? sum / n : 0);
		} else if (json_is_object(v)) {
			const char *k2;
			json_t *v2;

			printf("\n# %s\n", k);
			json_object_foreach(v, k2, v2)
				if (!json_is_object(v2) && !json_is_array(v2))
					stats_scalar(k2, v2);
		} else if (json_is_array(v)) {
			printf("\n# %s%s\n", k, json_array_size(v) == 0 ?
			    " (none)" : "");
			json_array_foreach(v, i, e) {
				json_t *at = json_object_get(e, "at");

				if (json_is_integer(at)) {
					char when[32];
					time_t t = (time_t)json_integer_value(at);
					struct tm tm;

					gmtime_r(&t, &tm);
					strftime(when, sizeof(when),
					    "%Y-%m-%dT%H:%M:%SZ", &tm);
					printf("  %s", when);
					json_object_del(e, "at");
				}
				if (json_is_object(e))
					stats_row(e);
			}
		}
	}
	json_decref(doc);
	return 0;
}

int
stats_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "endpoint", required_argument, NULL, 'e' },
		{ "metrics", no_argument, NULL, 'm' },
		{ "json", no_argument, NULL, 'j' },
		{ "timeout", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	const char *endpoint = STATS_ENDPOINT, *path = "/stats", *host;
	struct stats_req r = { 0, NULL, NULL };
	struct evhttp_connection *conn = NULL;
	struct evhttp_request *req;
	struct evhttp_uri *uri = NULL;
	struct event_base *base = NULL;
	char url[STATS_URL_MAX];
	double timeout = STATS_TIMEOUT_S;
	int c, port, rc = 1, raw = 0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'e':
			endpoint = optarg;
			break;
		case 'm':
			path = "/metrics";
			raw = 1;
			break;
		case 'j':
			raw = 1;
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
	    (r.body = evbuffer_new()) == NULL ||
	    (conn = evhttp_connection_base_new(base, NULL, host,
	    (ev_uint16_t)port)) == NULL)
		fatalx("quarry stats: libevent set-up failed");
	r.base = base;
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
	else if (r.code != 200) {
		fprintf(stderr, "quarry stats: %s: HTTP %d\n", url, r.code);
		fwrite(evbuffer_pullup(r.body, -1), 1,
		    evbuffer_get_length(r.body), stderr);
	} else if (raw) {
		fwrite(evbuffer_pullup(r.body, -1), 1,
		    evbuffer_get_length(r.body), stdout);
		rc = 0;
	} else
		rc = stats_print((const char *)evbuffer_pullup(r.body, -1),
		    evbuffer_get_length(r.body));
out:
	if (conn != NULL)
		evhttp_connection_free(conn);
	if (base != NULL)
		event_base_free(base);
	if (uri != NULL)
		evhttp_uri_free(uri);
	if (r.body != NULL)
		evbuffer_free(r.body);
	return rc;
}
