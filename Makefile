# quarry — GNU make build.  `make` builds build/quarryd, build/quarry-worker
# and build/quarry; `make check` runs every test; `make run` is the demo.
# Both install missing Debian packages first (`make deps`).

VERSION	:= 0.1.0
BUILD	?= build
CC	?= cc
PKG_CONFIG ?= pkg-config
PYTHON	?= /usr/bin/python3

PKGS	:= libzmq msgpack libevent jansson libseccomp inih libsystemd libnats
DEB_PKGS := build-essential pkg-config libzmq3-dev libmsgpack-dev libevent-dev \
	    libjansson-dev libcriterion-dev python3-zmq python3-msgpack python3-scrapy \
	    libseccomp-dev libinih-dev libsystemd-dev curl man-db systemd \
	    chromium
# The JetStream sink (daemon/sink.c), its tests' servers, and the Node.js
# consumer example (clients/nats_consumer.js).
DEB_PKGS += libnats-dev nats-server nodejs
# `make prof`: instruction counts of the extractors under callgrind.
DEB_PKGS += valgrind

OPT	?= -O2
CFLAGS	?= $(OPT) -g
WARN	:= -Wall -Wextra -Werror -Wshadow -Wpointer-arith -Wcast-align \
	   -Wwrite-strings -Wstrict-prototypes -Wmissing-prototypes \
	   -Wmissing-declarations -Wformat=2 -Wformat-security -Wvla \
	   -Wundef -Wnull-dereference -Wimplicit-fallthrough
# gcc's -Wcast-align says nothing on x86 unless =strict; clang's (make
# fuzz) always does, and knows no =strict.  So gcc builds (make check,
# CI) stop on the cast a fuzz build would stop on.
WARN	+= $(if $(findstring clang,$(shell $(CC) --version 2>/dev/null)),,\
	   -Wcast-align=strict)
SAN	?=
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -DQUARRY_VERSION=\"$(VERSION)\" $(WARN) $(SAN) $(CFLAGS) -MMD -MP \
	   $(LAYER_CFLAGS)
ALL_LDFLAGS = $(SAN) $(LDFLAGS)
TEST_LIBS = $(shell $(PKG_CONFIG) --libs criterion 2>/dev/null)

# --- layers (docs/architecture.md, "Code layers") ---
# Each layer compiles with the include paths of the layers it may use and
# the flags of the libraries it may use, nothing else: a daemon file that
# includes extract.h, or protocol/ including a daemon header, does not
# compile.  Each program links the libraries of its layers only.
# common/keyfile.c is the one file of common/ with a library: the CurveZMQ
# key helpers every role shares (libzmq).
pc_cflags = $(shell $(PKG_CONFIG) --cflags $1 2>/dev/null)
pc_libs   = $(shell $(PKG_CONFIG) --libs $1 2>/dev/null)
PKGS_common   := libzmq
PKGS_protocol := $(PKGS_common) msgpack
PKGS_extract  :=
PKGS_workers  := $(PKGS_protocol) libseccomp
# libnats: the JetStream sink (daemon/sink.c) and `quarry sub --nats`
# (tools/natssub.c); never the workers.
PKGS_daemon   := $(PKGS_protocol) libevent inih libsystemd libnats
PKGS_tools    := $(PKGS_protocol) jansson libevent libnats
INC_common    := -Icommon
INC_protocol  := $(INC_common) -Iprotocol
INC_extract   := $(INC_protocol) -Iworkers/extract -I$(BUILD)/gen
INC_workers   := $(INC_extract) -Iworkers
INC_daemon    := $(INC_protocol) -Idaemon
INC_tools     := $(INC_extract) -Itools
# Tests, benchmarks and fuzzers see every layer.
PKGS_all      := $(PKGS)
INC_all       := $(INC_extract) -Iworkers -Idaemon -Itools -Ibench
# The layer of the source file $<.
layer_of = $(strip $(or $(if $(filter common/%,$1),common),\
	$(if $(filter protocol/%,$1),protocol),\
	$(if $(filter workers/extract/%,$1),extract),\
	$(if $(filter workers/%,$1),workers),\
	$(if $(filter daemon/%,$1),daemon),\
	$(if $(filter tools/%,$1),tools),all))
LAYER_CFLAGS = $(INC_$(call layer_of,$<)) \
	$(call pc_cflags,$(PKGS_$(call layer_of,$<)))
LIBS_quarryd	= $(call pc_libs,$(PKGS_daemon))
LIBS_worker	= $(call pc_libs,$(PKGS_workers))
LIBS_quarry	= $(call pc_libs,$(PKGS_tools))
LIBS		= $(call pc_libs,$(PKGS_all))

# --- object lists, one line per layer ---
COMMON_OBJS  := common/log.o common/ratelog.o common/utf8.o common/util.o \
		common/keyfile.o
PROTO_OBJS   := protocol/names.o protocol/validate.o protocol/decode.o protocol/decode_scan.o \
		protocol/encode.o
DATES_OBJS   := $(addprefix workers/extract/dates/,dates.o scan.o anchor.o tense.o \
		numbers.o names.o weekdays.o holidays.o times.o relative.o \
		durations.o quarters.o)
EXTRACT_OBJS := workers/extract/extract.o workers/extract/text.o \
		workers/extract/text_word.o workers/extract/text_abbrev.o \
		workers/extract/quotes.o workers/extract/quotes_mark.o \
		workers/extract/speech.o workers/extract/speech_headline.o \
		workers/extract/speech_handed.o workers/extract/speech_label.o \
		workers/extract/speech_continued.o workers/extract/speech_fragment.o \
		workers/extract/speech_cue.o workers/extract/speech_span.o \
		workers/extract/speech_break.o \
		workers/extract/speech_stance.o \
		workers/extract/speech_subject.o workers/extract/speech_far.o \
		workers/extract/speech_participle.o workers/extract/speech_form.o \
		workers/extract/speech_ask.o \
		workers/extract/speech_closer.o workers/extract/speech_subordinate.o \
		workers/extract/speech_object.o workers/extract/speech_prep.o \
		workers/extract/speech_title.o \
		workers/extract/speech_passive.o \
		workers/extract/speech_source.o \
		workers/extract/speech_noun.o workers/extract/speech_furniture.o \
		workers/extract/attribution.o workers/extract/speaker.o \
		workers/extract/speaker_mention.o \
		workers/extract/speaker_mention_clause.o workers/extract/speaker_kind.o \
		workers/extract/speaker_desc.o workers/extract/speaker_epithet.o \
		workers/extract/speaker_body.o \
		workers/extract/lexicon.o \
		workers/extract/calendar.o \
		$(DATES_OBJS)
WORKER_OBJS  := workers/worker.o
DAEMON_OBJS  := daemon/options.o daemon/config.o daemon/preflight.o daemon/detach.o daemon/job.o daemon/queue.o daemon/ledger.o \
		daemon/spool.o daemon/spool_record.o daemon/stats.o daemon/http.o \
		daemon/notify.o daemon/conffile.o daemon/curve.o daemon/privdrop.o \
		daemon/zsock.o daemon/dirlock.o daemon/dedupfile.o daemon/supervisor.o daemon/workers.o daemon/dirs.o daemon/fds.o daemon/results.o \
		daemon/broker.o daemon/ingest.o daemon/dispatch.o daemon/replay.o \
		daemon/wsock.o daemon/outcome.o daemon/tick.o daemon/status_page.o
TOOL_OBJS    := tools/json.o tools/feed.o tools/sub.o tools/extract_cmd.o \
		tools/stats.o tools/keygen.o
# The JetStream sink and `quarry sub --nats` (they link libnats).
DAEMON_OBJS  += daemon/sink.o
TOOL_OBJS    += tools/natssub.o

# Mains stay out of the lists above so tests can link the rest.
# getpid() from memory (common/pidcache.c): the daemon and the worker.
QUARRYD_OBJS := daemon/quarryd.o $(DAEMON_OBJS) $(PROTO_OBJS) $(COMMON_OBJS) \
		common/pidcache.o
WORKERB_OBJS := workers/quarry-worker.o $(WORKER_OBJS) $(EXTRACT_OBJS) \
		$(PROTO_OBJS) $(COMMON_OBJS) common/pidcache.o
QUARRY_OBJS  := tools/quarry.o $(TOOL_OBJS) $(EXTRACT_OBJS) $(PROTO_OBJS) \
		$(COMMON_OBJS)

# Unit tests link every library object; end-to-end tests start the binaries.
LIB_OBJS     := $(COMMON_OBJS) $(PROTO_OBJS) $(EXTRACT_OBJS) $(DAEMON_OBJS) \
		$(TOOL_OBJS) common/pidcache.o tests/helpers.o tests/promcheck.o \
		tests/pagewatch.o tests/watchdog.o bench/hostile.o
TESTS	     := $(basename $(notdir $(wildcard tests/test_*.c)))

PROGS	:= $(BUILD)/quarryd $(BUILD)/quarry-worker $(BUILD)/quarry
BENCH_OBJS   := bench/extract_bench.o tools/json.o $(EXTRACT_OBJS) \
		$(PROTO_OBJS) $(COMMON_OBJS)
LINEAR_BENCH_OBJS := bench/linear_bench.o bench/hostile.o $(EXTRACT_OBJS) $(PROTO_OBJS) \
		$(COMMON_OBJS)
# The gold sets live beside the repository (../shared/eval); the samples
# stand in where they are absent.
EVAL_DIR ?= ../shared/eval
# The two original dev sets by name: attributions-polnear-dev.jsonl holds
# the same bodies as quotes-polnear-dev.jsonl and would count them twice.
BENCH_INPUT ?= $(or $(wildcard $(EVAL_DIR)/dates-tbaq.jsonl \
		$(EVAL_DIR)/quotes-polnear-dev.jsonl),examples/articles.jsonl)

.PHONY: all deps check run clean bench install install-strip uninstall asan fuzz fuzz-run \
	fuzz-budget
all: $(PROGS)

$(BUILD)/quarryd: $(addprefix $(BUILD)/,$(QUARRYD_OBJS)) | deps
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS_quarryd)
$(BUILD)/quarry-worker: $(addprefix $(BUILD)/,$(WORKERB_OBJS)) | deps
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS_worker)
$(BUILD)/quarry: $(addprefix $(BUILD)/,$(QUARRY_OBJS)) | deps
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS_quarry)

# A worker with the test-only fault switch (QUARRY_FAULTS): the chaos
# tests' poison article.  Never installed, never the default worker.
FAULT_WORKER_OBJS := workers/quarry-worker.o workers/worker.o
$(BUILD)/faults/quarry-worker: $(addprefix $(BUILD)/faults/,$(FAULT_WORKER_OBJS)) \
		$(addprefix $(BUILD)/,$(EXTRACT_OBJS) $(PROTO_OBJS) $(COMMON_OBJS) \
		common/pidcache.o) | deps
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS_worker)
$(BUILD)/faults/%.o: %.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -DQUARRY_FAULTS -c -o $@ $<

# The status page (daemon/status.html) as a C array: no build step for
# the page itself, nothing fetched at run time.
$(BUILD)/daemon/status_page.c: daemon/status.html
	@mkdir -p $(dir $@)
	{ echo '/* Generated from daemon/status.html by the Makefile. */'; \
	  echo '#include "status.h"'; \
	  echo 'const unsigned char status_page[] = {'; \
	  od -An -v -tx1 $< | sed 's/ *\([0-9a-f][0-9a-f]\)/0x\1,/g'; \
	  echo '};'; \
	  echo 'const size_t status_page_len = sizeof(status_page);'; } >$@.tmp
	mv $@.tmp $@
$(BUILD)/daemon/status_page.o: $(BUILD)/daemon/status_page.c daemon/status.h | deps
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The hash slots of the quote lexicon and the speaker names, and the cue
# scan's filter, generated from quotes_lexicon.def and speaker_names.def
# by workers/extract/lexicon_gen.c (a program of the build, never
# installed, built without the sanitizers) before lexicon.o,
# speaker_kind.o and speech_cue.o.
$(BUILD)/gen/lexicon_gen: workers/extract/lexicon_gen.c \
		workers/extract/quotes_lexicon.def \
		workers/extract/speaker_names.def workers/extract/text.h \
		workers/extract/speech_int.h workers/extract/quotes_int.h | deps
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -D_GNU_SOURCE $(WARN) -O1 -Iworkers/extract -Iprotocol \
	    -o $@ $<
$(BUILD)/gen/%_slots.h: $(BUILD)/gen/lexicon_gen
	$< $* >$@.tmp
	mv $@.tmp $@
$(BUILD)/workers/extract/lexicon.o: $(BUILD)/gen/lexicon_slots.h
$(BUILD)/workers/extract/speaker_kind.o: $(BUILD)/gen/speaker_names_slots.h
$(BUILD)/workers/extract/speech_cue.o: $(BUILD)/gen/cue_keys_slots.h
$(BUILD)/tests/test_quotes.o: $(BUILD)/gen/speaker_names_slots.h

$(BUILD)/%.o: %.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# One binary per test file (make build/tests/test_protocol), and one with
# them all, so `make check` ends on a single Criterion synthesis line.
$(BUILD)/tests/test_%: $(BUILD)/tests/test_%.o $(addprefix $(BUILD)/,$(LIB_OBJS))
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS) $(TEST_LIBS)
$(BUILD)/tests/quarry-tests: $(addprefix $(BUILD)/tests/,$(addsuffix .o,$(TESTS))) \
		$(addprefix $(BUILD)/,$(LIB_OBJS))
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS) $(TEST_LIBS)

$(BUILD)/bench/extract_bench: $(addprefix $(BUILD)/,$(BENCH_OBJS)) | deps
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)
# getpid() from memory here too (common/pidcache.c): the bench shares the
# cores with what it measures, and libzmq's signalers asked ~10 times an
# article at half load.
PIPE_BENCH_OBJS := bench/pipeline_bench.o tools/json.o $(PROTO_OBJS) \
		$(COMMON_OBJS) common/pidcache.o
$(BUILD)/bench/pipeline_bench: $(addprefix $(BUILD)/,$(PIPE_BENCH_OBJS)) | deps
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/bench/linear_bench: $(addprefix $(BUILD)/,$(LINEAR_BENCH_OBJS)) | deps
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

# Benchmarks report figures; they never pass or fail on speed.  The
# release build (OPT, -O2 by default); bench/run_bench.py runs them all
# (a few minutes; chrono-node comes from npm into bench/node_modules) and
# writes docs/benchmarks.md and bench/out/benchmarks.json.
bench: $(BUILD)/bench/extract_bench $(BUILD)/bench/linear_bench \
		$(BUILD)/bench/pipeline_bench $(PROGS) | deps
	$(PYTHON) bench/run_bench.py $(BUILD) $(BENCH_INPUT)

# Instructions each extractor spends over BENCH_INPUT, counted by callgrind
# inside extract_run only (loading the JSON is not counted): unlike the
# rates above, the count does not move with the machine's load, so it is
# the figure to compare two builds by.  The profiles stay in
# $(BUILD)/prof/MODE.out for callgrind_annotate.
PROF_MODES ?= quotes dates both
.PHONY: prof
prof: $(BUILD)/bench/extract_bench | deps
	@mkdir -p $(BUILD)/prof
	@for m in $(PROF_MODES); do \
	    valgrind -q --tool=callgrind --toggle-collect=extract_run \
	        --callgrind-out-file=$(BUILD)/prof/$$m.out \
	        $(BUILD)/bench/extract_bench --once $$m $(BENCH_INPUT) || exit 1; \
	    printf '%-7s %s instructions\n' $$m "$$(callgrind_annotate \
	        $(BUILD)/prof/$$m.out | sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p')"; \
	done

# --- hostile input (docs/security.md) ---

# The whole suite again with ASan and UBSan in every program, in a build
# directory of its own; the e2e tests then start the sanitized quarryd
# and workers.  Any report aborts the process, which fails the test.
ASAN_BUILD ?= build-asan
ASAN_SAN := -fsanitize=address,undefined -fno-omit-frame-pointer
ASAN_ENV := ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1 \
	    LSAN_OPTIONS=suppressions=$(abspath tests/lsan.supp) \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
asan: | deps
	$(ASAN_ENV) $(MAKE) BUILD=$(ASAN_BUILD) SAN="$(ASAN_SAN)" check

# libFuzzer harnesses (fuzz/*.c), built with clang into build-fuzz/ and
# run FUZZ_SECONDS each on a working corpus seeded from fuzz/corpus/.
FUZZ_BUILD ?= build-fuzz
FUZZ_CC ?= clang-14
FUZZ_SECONDS ?= 30
# Inputs up to 1 MiB, and any one input over FUZZ_TIMEOUT seconds (wall
# clock, libFuzzer's -timeout) fails the run; fuzz_repeat makes every
# input a 1 MiB body.  The budget is 1 s of CPU at 1 MiB for the
# extractors as a worker runs them (they take 20-80 ms), checked by
# make fuzz-budget below.  Instrumented for the fuzzer, with ASan and
# UBSan, 1 MiB takes up to 1.1 s of CPU, and on a loaded 2-core machine
# up to 4.6 s of wall clock, so the fuzz run itself allows 10 s: a
# quadratic path (the elision scan took 24 s at 1 MiB uninstrumented)
# still fails it by far.  libFuzzer grows its inputs slowly;
# FUZZ_FLAGS=-len_control=0 tries long ones at once.
FUZZ_MAX_LEN ?= 1048576
FUZZ_TIMEOUT ?= 10
FUZZERS := fuzz_decode fuzz_result_check fuzz_quotes fuzz_dates fuzz_repeat
FUZZ_SAN := -fsanitize=fuzzer-no-link,address,undefined \
	    -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_OBJS := fuzz/fuzz_body.o $(EXTRACT_OBJS) $(PROTO_OBJS) $(COMMON_OBJS)
# clang's -Wformat=2 also flags the va_list printf wrappers gcc accepts.
fuzz: | deps
	$(MAKE) BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) SAN="$(FUZZ_SAN)" \
	    CFLAGS="$(CFLAGS) -Wno-format-nonliteral" fuzz-run

$(addprefix $(BUILD)/fuzz/,$(FUZZERS)): $(BUILD)/fuzz/%: $(BUILD)/fuzz/%.o \
		$(addprefix $(BUILD)/,$(FUZZ_OBJS))
	$(CC) $(ALL_LDFLAGS) -fsanitize=fuzzer -o $@ $^ $(LIBS)

fuzz-run: $(addprefix $(BUILD)/fuzz/,$(FUZZERS))
	@for f in $(FUZZERS); do \
	    mkdir -p $(BUILD)/fuzz/corpus/$$f && \
	    $(BUILD)/fuzz/$$f -max_total_time=$(FUZZ_SECONDS) \
	        -max_len=$(FUZZ_MAX_LEN) -timeout=$(FUZZ_TIMEOUT) \
	        -print_final_stats=1 \
	        -artifact_prefix=$(BUILD)/fuzz/$$f- $(FUZZ_FLAGS) \
	        $(BUILD)/fuzz/corpus/$$f fuzz/corpus/$$f || exit 1; \
	done

# The time budget (fuzz/budget.c): each harness built as the worker runs
# the extractors (this build's compiler and flags, no libFuzzer, no
# sanitizers) replays its committed seeds and the corpus make fuzz grew
# in FUZZ_BUILD; an input over FUZZ_BUDGET_MS of CPU fails.
FUZZ_BUDGET_MS ?= 1000
.PRECIOUS: $(BUILD)/fuzz/%.o
$(BUILD)/fuzz-budget/%: $(BUILD)/fuzz/%.o $(BUILD)/fuzz/budget.o \
		$(addprefix $(BUILD)/,$(FUZZ_OBJS)) | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)
fuzz-budget: $(addprefix $(BUILD)/fuzz-budget/,$(FUZZERS))
	@for f in $(FUZZERS); do \
	    grown=$(FUZZ_BUILD)/fuzz/corpus/$$f; \
	    [ -d $$grown ] || grown=; \
	    $(BUILD)/fuzz-budget/$$f --budget-ms $(FUZZ_BUDGET_MS) \
	        fuzz/corpus/$$f $$grown || exit 1; \
	done

# Installs the Debian packages the build and the tests need, when missing.
deps:
	@missing=; for p in $(DEB_PKGS); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
	        grep -q '^install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	    echo "make deps: installing$$missing"; \
	    if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi; \
	    $$SUDO apt-get update -q && \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

# The model-based life-cycle test (tests/test_model.c) at length:
# SOAK_STEPS steps over seeds of 500; `make check` runs 120.
SOAK_STEPS ?= 10000
.PHONY: soak
soak: $(PROGS) $(BUILD)/tests/quarry-tests | deps
	QUARRY_BUILD=$(abspath $(BUILD)) QUARRY_MODEL_TOTAL=$(SOAK_STEPS) \
	    $(BUILD)/tests/quarry-tests --filter 'model/*' --timeout 86400

# The Node.js JetStream consumer example's packages (nats, @msgpack/msgpack),
# pinned by clients/package-lock.json, from the npm registry.
clients/node_modules/.package-lock.json: clients/package.json clients/package-lock.json
	cd clients && npm ci --no-audit --no-fund

check: $(PROGS) $(BUILD)/faults/quarry-worker $(BUILD)/tests/quarry-tests \
		clients/node_modules/.package-lock.json | deps
	QUARRY_BUILD=$(abspath $(BUILD)) QUARRY_PYTHON=$(PYTHON) \
	    $(BUILD)/tests/quarry-tests --timeout 240 $(CRITERION_FLAGS)

run: $(PROGS) | deps
	@sh tools/demo.sh $(BUILD) examples/articles.jsonl

# --- install (FHS; PREFIX and DESTDIR as usual) ---
# quarryd and quarry-worker are daemons (section 8) and go side by side,
# where quarryd looks for its worker; the unit's ExecStart and the
# example's worker_bin are rewritten to the installed paths.  quarryd
# reads /etc/quarry/quarryd.conf: install only adds the example beside it
# and never touches the real one.  The unit goes where systemd's
# pkg-config file puts units for this PREFIX (/usr/local/lib/systemd/system
# for /usr/local, which systemd reads; /usr/lib/systemd/system for /usr).
# `make install-strip` installs the programs stripped.
PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
SBINDIR	?= $(PREFIX)/sbin
MANDIR	?= $(PREFIX)/share/man
DATADIR	?= $(PREFIX)/share/quarry
DOCDIR	?= $(PREFIX)/share/doc/quarry
SYSCONFDIR ?= /etc
SYSTEMD_UNIT_DIR ?= $(or $(shell $(PKG_CONFIG) --define-variable=prefix=$(PREFIX) \
	--define-variable=root_prefix=$(PREFIX) --define-variable=rootprefix=$(PREFIX) \
	--variable=systemdsystemunitdir systemd 2>/dev/null),$(PREFIX)/lib/systemd/system)
INSTALL_STRIP ?=
MAN_PAGES := docs/man/quarry.1 docs/man/quarryd.conf.5 docs/man/quarryd.8 \
	docs/man/quarry-worker.8
# The example clients as they are (the Node.js one with its package
# files, for npm install beside it).
CLIENTS	:= $(wildcard clients/*.py clients/*.js clients/package.json \
	clients/package-lock.json)
DOCS	:= README.md $(wildcard docs/*.md)

install: $(PROGS)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SBINDIR) \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	    $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(SYSTEMD_UNIT_DIR) \
	    $(DESTDIR)$(SYSCONFDIR)/quarry $(DESTDIR)$(DATADIR)/clients \
	    $(DESTDIR)$(DOCDIR)
	install -m 0755 $(INSTALL_STRIP) $(BUILD)/quarry $(DESTDIR)$(BINDIR)/quarry
	install -m 0755 $(INSTALL_STRIP) $(BUILD)/quarryd $(BUILD)/quarry-worker \
	    $(DESTDIR)$(SBINDIR)/
	for m in $(MAN_PAGES); do \
	    install -m 0644 $$m $(DESTDIR)$(MANDIR)/man$${m##*.}/ || exit 1; \
	done
	sed 's|/usr/local/sbin/quarryd|$(SBINDIR)/quarryd|' \
	    systemd/quarryd.service >$(DESTDIR)$(SYSTEMD_UNIT_DIR)/quarryd.service
	chmod 0644 $(DESTDIR)$(SYSTEMD_UNIT_DIR)/quarryd.service
	sed 's|/usr/local/sbin/quarry-worker|$(SBINDIR)/quarry-worker|' \
	    systemd/quarryd.conf \
	    >$(DESTDIR)$(SYSCONFDIR)/quarry/quarryd.conf.example
	chmod 0644 $(DESTDIR)$(SYSCONFDIR)/quarry/quarryd.conf.example
	install -m 0644 $(CLIENTS) $(DESTDIR)$(DATADIR)/clients/
	install -m 0644 $(DOCS) $(DESTDIR)$(DOCDIR)/

# A target-specific variable, not a recursive make: a sub-make would not
# get the caller's -o (GNU make keeps -o out of MAKEFLAGS), so `make -o
# build/quarryd install-strip` (tests/test_ops.c) rebuilt the programs —
# from sources being edited, with the caller's BUILD in the .d files.
install-strip: INSTALL_STRIP = -s
install-strip: install

# Leaves /etc/quarry/quarryd.conf (and so its directory) alone.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/quarry $(DESTDIR)$(SBINDIR)/quarryd \
	    $(DESTDIR)$(SBINDIR)/quarry-worker \
	    $(DESTDIR)$(SYSTEMD_UNIT_DIR)/quarryd.service \
	    $(DESTDIR)$(SYSCONFDIR)/quarry/quarryd.conf.example
	for m in $(notdir $(MAN_PAGES)); do \
	    rm -f $(DESTDIR)$(MANDIR)/man$${m##*.}/$$m; \
	done
	for f in $(notdir $(CLIENTS)); do \
	    rm -f $(DESTDIR)$(DATADIR)/clients/$$f; \
	done
	for f in $(notdir $(DOCS)); do rm -f $(DESTDIR)$(DOCDIR)/$$f; done
	-rmdir $(DESTDIR)$(DATADIR)/clients $(DESTDIR)$(DATADIR) \
	    $(DESTDIR)$(DOCDIR) 2>/dev/null
	-rmdir $(DESTDIR)$(SYSCONFDIR)/quarry 2>/dev/null

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
