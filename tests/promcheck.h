/*
 * promcheck.h — a strict reader of the Prometheus text exposition format
 * (0.0.4), for tests of /metrics: HELP and TYPE before every family's
 * samples, the metric and label name grammar, quoted label values,
 * numeric values, counters named _total, and histograms whose buckets
 * are cumulative, end at le="+Inf" and agree with _count, with _sum.
 */
#ifndef QUARRY_TEST_PROMCHECK_H
#define QUARRY_TEST_PROMCHECK_H

#include <stddef.h>

/* 0 with the number of families in *nfamilies, or -1 with err. */
int	promcheck(const char *text, size_t *nfamilies, char *err,
	    size_t errlen);
/* The value of the first sample whose name and labels print as key
 * (e.g. "quarry_queue_depth" or "quarry_articles_total{status=\"busy\"}");
 * -1 if absent. */
double	promcheck_value(const char *text, const char *key);

#endif
