/*
 * promcheck.c — the exposition-format checker of promcheck.h.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "promcheck.h"

#define PC_NAME_MAX	256
#define PC_FAMILIES	128

struct pc_family {
	char	 name[PC_NAME_MAX];
	char	 type[16];
	int	 help;
	/* histograms */
	double	 last_bucket, inf, count;
	int	 has_inf, has_sum, has_count, nbuckets;
};

static int
pc_name_ok(const char *s, size_t n, int colons)
{
	size_t i;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];
		int alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    c == '_' || (colons && c == ':');

		if (!alpha && (i == 0 || c < '0' || c > '9'))
			return 0;
	}
	return 1;
}

static struct pc_family *
pc_find(struct pc_family *f, size_t n, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(f[i].name) == len && memcmp(f[i].name, name, len) == 0)
			return &f[i];
	return NULL;
}

static int
pc_has_suffix(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);

	return n > k && memcmp(s + n - k, suf, k) == 0;
}

int
promcheck(const char *text, size_t *nfamilies, char *err, size_t errlen)
{
	static struct pc_family fam[PC_FAMILIES];
	size_t nf = 0, lineno = 0;
	const char *p = text, *nl;

	memset(fam, 0, sizeof(fam));
	if (*text == '\0' || text[strlen(text) - 1] != '\n') {
		snprintf(err, errlen, "empty, or no final newline");
		return -1;
	}
	for (; *p != '\0'; p = nl + 1) {
		char line[1024], le[64] = "";
		const char *name, *q;
		size_t len, nlen;
		struct pc_family *f;
		double v;
		char *end;

		nl = strchr(p, '\n');
		len = (size_t)(nl - p);
		lineno++;
		if (len == 0 || len >= sizeof(line)) {
			snprintf(err, errlen, "line %zu: empty or too long",
			    lineno);
			return -1;
		}
		memcpy(line, p, len);
		line[len] = '\0';
		if (strncmp(line, "# HELP ", 7) == 0 ||
		    strncmp(line, "# TYPE ", 7) == 0) {
			int is_type = line[2] == 'T';

			name = line + 7;
			nlen = strcspn(name, " ");
			if (!pc_name_ok(name, nlen, 1) || name[nlen] != ' ' ||
			    name[nlen + 1] == '\0') {
				snprintf(err, errlen, "line %zu: bad %s line",
				    lineno, is_type ? "TYPE" : "HELP");
				return -1;
			}
			if ((f = pc_find(fam, nf, name, nlen)) == NULL) {
				if (nf == PC_FAMILIES || nlen >= PC_NAME_MAX)
					return snprintf(err, errlen, "too many"),
					    -1;
				f = &fam[nf++];
				memcpy(f->name, name, nlen);
			}
			if (is_type) {
				const char *t = name + nlen + 1;

				if (f->type[0] != '\0' ||
				    (strcmp(t, "counter") && strcmp(t, "gauge") &&
				    strcmp(t, "histogram") && strcmp(t,
				    "summary") && strcmp(t, "untyped"))) {
					snprintf(err, errlen, "line %zu: bad or "
					    "repeated TYPE", lineno);
					return -1;
				}
				/* One of the names above: it fits. */
				memcpy(f->type, t, strlen(t) + 1);
				if (strcmp(t, "counter") == 0 &&
				    !pc_has_suffix(name, nlen, "_total")) {
					snprintf(err, errlen, "line %zu: counter "
					    "not named _total", lineno);
					return -1;
				}
			} else if (f->help++ || f->type[0] != '\0') {
				snprintf(err, errlen, "line %zu: HELP repeated "
				    "or after TYPE", lineno);
				return -1;
			}
			continue;
		}
		if (line[0] == '#') {
			snprintf(err, errlen, "line %zu: stray comment", lineno);
			return -1;
		}
		/* A sample: name, optional {labels}, space, value. */
		name = line;
		nlen = strcspn(name, "{ ");
		if (!pc_name_ok(name, nlen, 1)) {
			snprintf(err, errlen, "line %zu: bad metric name",
			    lineno);
			return -1;
		}
		q = name + nlen;
		if (*q == '{') {
			q++;
			while (*q != '}') {
				size_t ln = strcspn(q, "=");
				const char *lv;
				size_t vl = 0;
				char val[64];

				if (!pc_name_ok(q, ln, 0) || q[ln] != '=' ||
				    q[ln + 1] != '"') {
					snprintf(err, errlen, "line %zu: bad "
					    "label", lineno);
					return -1;
				}
				lv = q + ln + 2;
				for (q = lv; *q != '"'; q++) {
					if (*q == '\0' || *q == '\n')
						return snprintf(err, errlen,
						    "line %zu: open label value",
						    lineno), -1;
					if (*q == '\\' && (q[1] == '\\' ||
					    q[1] == '"' || q[1] == 'n'))
						q++;
					else if (*q == '\\')
						return snprintf(err, errlen,
						    "line %zu: bad escape",
						    lineno), -1;
				}
				vl = (size_t)(q - lv);
				if (ln == 2 && memcmp(q - vl - ln - 2, "le",
				    2) == 0 && vl < sizeof(val)) {
					memcpy(val, lv, vl);
					val[vl] = '\0';
					snprintf(le, sizeof(le), "%s", val);
				}
				q++;
				if (*q == ',')
					q++;
				else if (*q != '}')
					return snprintf(err, errlen, "line %zu: "
					    "bad label list", lineno), -1;
			}
			q++;
		}
		if (*q != ' ' || q[1] == '\0') {
			snprintf(err, errlen, "line %zu: no value", lineno);
			return -1;
		}
		v = strtod(q + 1, &end);
		if (end == q + 1 || *end != '\0' || isnan(v)) {
			snprintf(err, errlen, "line %zu: bad value", lineno);
			return -1;
		}
		/* The family: the name itself, or a histogram's base. */
		f = pc_find(fam, nf, name, nlen);
		if (f == NULL) {
			static const char *const suf[] = { "_bucket", "_sum",
			    "_count" };
			size_t i;

			for (i = 0; i < 3 && f == NULL; i++)
				if (pc_has_suffix(name, nlen, suf[i]) &&
				    (f = pc_find(fam, nf, name, nlen -
				    strlen(suf[i]))) != NULL &&
				    strcmp(f->type, "histogram") != 0)
					f = NULL;
			if (f == NULL) {
				snprintf(err, errlen, "line %zu: sample of "
				    "no declared family", lineno);
				return -1;
			}
			if (pc_has_suffix(name, nlen, "_bucket")) {
				if (le[0] == '\0' || f->has_inf ||
				    v < f->last_bucket)
					return snprintf(err, errlen, "line %zu: "
					    "bucket without le, after +Inf, or "
					    "not cumulative", lineno), -1;
				f->last_bucket = v;
				f->nbuckets++;
				if (strcmp(le, "+Inf") == 0) {
					f->has_inf = 1;
					f->inf = v;
				} else {
					strtod(le, &end);
					if (*end != '\0')
						return snprintf(err, errlen,
						    "line %zu: bad le", lineno),
						    -1;
				}
			} else if (pc_has_suffix(name, nlen, "_sum"))
				f->has_sum = 1;
			else {
				f->has_count = 1;
				f->count = v;
			}
		} else if (strcmp(f->type, "histogram") == 0) {
			snprintf(err, errlen, "line %zu: bare histogram sample",
			    lineno);
			return -1;
		}
		if (!f->help || f->type[0] == '\0') {
			snprintf(err, errlen, "line %zu: %s has no HELP or TYPE "
			    "before its samples", lineno, f->name);
			return -1;
		}
		if (strcmp(f->type, "counter") == 0 && v < 0) {
			snprintf(err, errlen, "line %zu: negative counter",
			    lineno);
			return -1;
		}
	}
	for (size_t i = 0; i < nf; i++) {
		struct pc_family *f = &fam[i];

		if (f->type[0] == '\0') {
			snprintf(err, errlen, "%s: HELP without TYPE", f->name);
			return -1;
		}
		if (strcmp(f->type, "histogram") == 0 && (!f->has_inf ||
		    !f->has_sum || !f->has_count || f->inf != f->count ||
		    f->nbuckets < 2)) {
			snprintf(err, errlen, "%s: histogram needs buckets up to "
			    "+Inf equal to _count, and _sum", f->name);
			return -1;
		}
	}
	*nfamilies = nf;
	return 0;
}

double
promcheck_value(const char *text, const char *key)
{
	size_t k = strlen(key);
	const char *p = text;

	while (p != NULL && *p != '\0') {
		if (strncmp(p, key, k) == 0 && p[k] == ' ')
			return strtod(p + k + 1, NULL);
		p = strchr(p, '\n');
		if (p != NULL)
			p++;
	}
	return -1;
}
