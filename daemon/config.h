/*
 * config.h — quarryd's settings: defaults, command-line flags, validation.
 */
#ifndef QUARRY_CONFIG_H
#define QUARRY_CONFIG_H

#include <stddef.h>
#include <stdio.h>

#include "log.h"
#include "spool.h"

/* Bounds on settings an operator may choose. */
#define CONFIG_WORKERS_MAX	256	/* local processes; more is a typo */
#define CONFIG_QUEUE_MAX	10000000 /* x PROTO_BODY_MAX is the memory
					 * bound; 10M small articles ~ 40 GB */
/* queue_max_bytes: at least 64 KiB (a test's budget; an empty queue
 * takes any one article anyway), at most 64 GiB (past the RAM of the
 * machines quarryd runs on: a typo). */
#define CONFIG_QUEUE_BYTES_MIN	(64ULL << 10)
#define CONFIG_QUEUE_BYTES_MAX	(1ULL << 36)
/* results_max_bytes: at least 64 KiB (a test's budget), at most 64 GiB
 * (as for the queue: past the RAM of any machine quarryd runs on). */
#define CONFIG_RESULTS_BYTES_MIN (64ULL << 10)
#define CONFIG_RESULTS_BYTES_MAX (1ULL << 36)
#define CONFIG_ATTEMPTS_MAX	100
#define CONFIG_PATH_MAX		1024
/* The settings file read when --config is not given (if it exists). */
#define CONFIG_FILE_DEFAULT	"/etc/quarry/quarryd.conf"
/* Finished ids remembered for duplicates: ~100 bytes each with typical
 * ids, so the default 100k costs ~10 MB; 10M is the sane ceiling. */
#define CONFIG_DEDUP_MAX	10000000
/* Results the sink may hold unacknowledged: each holds its encoded
 * result (~8 KB), so 1M is ~8 GB, the sane ceiling. */
#define CONFIG_SINK_BUFFER_MAX	1000000

struct config {
	char		*ingest;	/* endpoint producers submit to */
	char		*workers_endpoint; /* endpoint workers connect to */
	char		*results;	/* endpoint subscribers connect to */
	char		*runtime_dir;	/* ipc sockets live here, mode 0700 */
	char		*worker_bin;	/* quarry-worker to exec */
	int		 workers;	/* local worker processes (0 = none) */
	size_t		 queue_max;	/* queued articles before "busy" */
	size_t		 queue_max_bytes; /* ... their bytes before "busy" */
	size_t		 results_max_bytes; /* held for subscribers before
					 * those not reading are closed */
	unsigned	 max_attempts;	/* deliveries before a dead letter */
	unsigned	 heartbeat_ms;	/* worker heartbeat interval */
	unsigned	 liveness;	/* missed heartbeats before "dead" */
	unsigned	 job_timeout_ms; /* one attempt's deadline */
	unsigned	 drain_timeout_ms; /* SIGTERM: wait this long for
					  * queued and in-flight work */
	enum log_level	 log_level;
	int		 foreground;
	int		 noop;		/* workers skip extraction (benchmarks) */
	char		*state_dir;	/* the spool lives in STATE/spool */
	int		 spool;		/* write-ahead log on (needs state_dir) */
	enum spool_fsync spool_fsync;
	unsigned	 spool_batch_ms; /* group-commit interval for "batch" */
	unsigned	 replay_hold_ms; /* replayed articles wait this long
					  * for a subscriber to sync */
	unsigned	 dedup_window_ms; /* finished ids stay duplicates this
					  * long (0: only while unfinished) */
	size_t		 dedup_max;	/* ... and at most this many */
	char		*http;		/* HOST:PORT of /metrics etc., or "off" */
	char		*config_file;	/* --config: the settings file */
	int		 check_config;	/* --check-config: print, exit */
	char		*curve_secret_key; /* CURVE on tcp endpoints: our
					  * secret key file (curve.h) */
	char		*curve_allow;	/* ... and the allowed client keys:
					 * every role (curve.h) */
	char		*curve_allow_producers;	  /* ... may submit */
	char		*curve_allow_subscribers; /* ... may subscribe */
	char		*curve_allow_workers;	  /* ... may take jobs */
	char		*user;		/* started as root: become this user
					 * after binding (privdrop.h) */
	char		*pidfile;	/* our pid, written once bound */
	/* The JetStream sink (sink.h); off while sink is NULL. */
	char		*sink;		/* nats://H:P[,nats://H:P...] */
	char		*sink_stream;
	char		*sink_user, *sink_password_file;
	char		*sink_nkey, *sink_nkey_seed;
	char		*sink_ca;
	char		*sink_max_age;	/* retention, N[smhd]; 0: none */
	unsigned	 sink_replicas;
	size_t		 sink_buffer;	/* results held before "busy" */
};

/* Fill defaults: endpoints from DESIGN.md, workers = online CPUs. */
void	config_defaults(struct config *);

/*
 * Parse argv over the defaults.  Returns 0 to run, 1 when the program
 * should exit 0 (--help, --version printed), -1 on a usage error (message
 * in err).
 */
int	config_parse_args(struct config *, int argc, char **argv,
	    char *err, size_t errlen);

/* Derive what depends on other settings (runtime dir, ipc endpoint,
 * worker binary) and check consistency.  0, or -1 with err. */
int	config_finish(struct config *, const char *argv0, char *err,
	    size_t errlen);

void	config_usage(FILE *);
void	config_print(const struct config *, FILE *);
void	config_free(struct config *);

#endif
