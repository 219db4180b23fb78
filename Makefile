# quarry — GNU make build.  `make` builds build/quarryd, build/quarry-worker
# and build/quarry; `make check` runs every test; `make run` is the demo.
# Both install missing Debian packages first (`make deps`).

VERSION	:= 0.1.0
BUILD	?= build
CC	?= cc
PKG_CONFIG ?= pkg-config
PYTHON	?= /usr/bin/python3

PKGS	:= libzmq msgpack libevent jansson
DEB_PKGS := build-essential pkg-config libzmq3-dev libmsgpack-dev libevent-dev \
	    libjansson-dev libcriterion-dev python3-zmq python3-msgpack

OPT	?= -O2
CFLAGS	?= $(OPT) -g
WARN	:= -Wall -Wextra -Werror -Wshadow -Wpointer-arith -Wcast-align \
	   -Wwrite-strings -Wstrict-prototypes -Wmissing-prototypes \
	   -Wmissing-declarations -Wformat=2 -Wformat-security -Wvla \
	   -Wundef -Wnull-dereference -Wimplicit-fallthrough
SAN	?=
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -DQUARRY_VERSION=\"$(VERSION)\" $(WARN) $(SAN) $(CFLAGS) -MMD -MP \
	   -Icommon -Iprotocol -Iworkers/extract -Idaemon -Itools \
	   $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
ALL_LDFLAGS = $(SAN) $(LDFLAGS)
LIBS	= $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
TEST_LIBS = $(shell $(PKG_CONFIG) --libs criterion 2>/dev/null)

# --- object lists, one line per layer ---
COMMON_OBJS  := common/log.o common/utf8.o common/util.o
PROTO_OBJS   := protocol/names.o protocol/validate.o protocol/prescan.o \
		protocol/decode.o protocol/encode.o
EXTRACT_OBJS := workers/extract/extract.o workers/extract/text.o \
		workers/extract/quotes.o workers/extract/dates.o \
		workers/extract/calendar.o
WORKER_OBJS  := workers/worker.o
DAEMON_OBJS  := daemon/config.o daemon/job.o daemon/queue.o daemon/ledger.o \
		daemon/zsock.o daemon/supervisor.o daemon/broker.o
TOOL_OBJS    := tools/json.o tools/feed.o tools/sub.o tools/extract_cmd.o

# Mains stay out of the lists above so tests can link the rest.
QUARRYD_OBJS := daemon/quarryd.o $(DAEMON_OBJS) $(PROTO_OBJS) $(COMMON_OBJS)
WORKERB_OBJS := workers/quarry-worker.o $(WORKER_OBJS) $(EXTRACT_OBJS) \
		$(PROTO_OBJS) $(COMMON_OBJS)
QUARRY_OBJS  := tools/quarry.o $(TOOL_OBJS) $(EXTRACT_OBJS) $(PROTO_OBJS) \
		$(COMMON_OBJS)

# Unit tests link every library object; end-to-end tests start the binaries.
LIB_OBJS     := $(COMMON_OBJS) $(PROTO_OBJS) $(EXTRACT_OBJS) $(DAEMON_OBJS) \
		$(TOOL_OBJS) tests/helpers.o
TESTS	     := $(basename $(notdir $(wildcard tests/test_*.c)))

PROGS	:= $(BUILD)/quarryd $(BUILD)/quarry-worker $(BUILD)/quarry
BENCH_OBJS   := bench/extract_bench.o tools/json.o $(EXTRACT_OBJS) \
		$(PROTO_OBJS) $(COMMON_OBJS)
# The gold sets live beside the repository (../shared/eval); the samples
# stand in where they are absent.
EVAL_DIR ?= ../shared/eval
BENCH_INPUT ?= $(or $(wildcard $(EVAL_DIR)/*.jsonl),examples/articles.jsonl)

.PHONY: all deps check run clean bench install
all: $(PROGS)

$(BUILD)/quarryd: $(addprefix $(BUILD)/,$(QUARRYD_OBJS)) | deps
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)
$(BUILD)/quarry-worker: $(addprefix $(BUILD)/,$(WORKERB_OBJS)) | deps
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)
$(BUILD)/quarry: $(addprefix $(BUILD)/,$(QUARRY_OBJS)) | deps
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

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

# Benchmarks report figures; they never pass or fail on speed.
bench: $(BUILD)/bench/extract_bench | deps
	$(BUILD)/bench/extract_bench $(BENCH_INPUT)

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

check: $(PROGS) $(BUILD)/tests/quarry-tests | deps
	QUARRY_BUILD=$(abspath $(BUILD)) QUARRY_PYTHON=$(PYTHON) \
	    $(BUILD)/tests/quarry-tests --timeout 240 $(CRITERION_FLAGS)

run: $(PROGS) | deps
	@sh tools/demo.sh $(BUILD) examples/articles.jsonl

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
