#!/bin/sh
# demo.sh — `make run`: the whole pipeline once, in a private directory.
# quarryd with two workers on ipc:// endpoints, a subscriber that waits for
# one result per article, a feed of the articles; then the results, pretty
# printed, and a clean SIGTERM shutdown.  Any failure shows the daemon's log.
#
# usage: sh tools/demo.sh BUILD ARTICLES
set -u

if [ $# -ne 2 ]; then
	echo "usage: sh tools/demo.sh BUILD ARTICLES" >&2
	exit 2
fi
build=$1
articles=$2
for prog in quarryd quarry-worker quarry; do
	if [ ! -x "$build/$prog" ]; then
		echo "make run: $build/$prog is not built" >&2
		exit 1
	fi
done
if [ ! -r "$articles" ]; then
	echo "make run: cannot read $articles" >&2
	exit 1
fi
# quarry feed skips blank lines, so only the others make results.
n=$(grep -c '[^[:space:]]' "$articles")
if [ "$n" -eq 0 ]; then
	echo "make run: no articles in $articles" >&2
	exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/quarry-demo.XXXXXX") || exit 1
qpid=
spid=
cleanup() {
	# Only on a failure is anything still running; SIGKILL so that the
	# cleanup cannot hang (workers die with quarryd: PR_SET_PDEATHSIG).
	for pid in $spid $qpid; do
		kill -KILL "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	done
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
	echo "make run: FAILED: $*" >&2
	for f in sub.err quarryd.log; do
		if [ -s "$dir/$f" ]; then
			echo "--- last lines of $f ---" >&2
			tail -n 30 "$dir/$f" >&2
		fi
	done
	exit 1
}

# Sleep a tenth of a second where sleep takes fractions (GNU, busybox).
nap() {
	sleep 0.1 2>/dev/null || sleep 1
}

"$build/quarryd" --foreground --runtime-dir "$dir" \
    --ingest "ipc://$dir/ingest" --results "ipc://$dir/results" \
    --workers-endpoint "ipc://$dir/workers" --workers 2 --http off \
    2>"$dir/quarryd.log" &
qpid=$!

"$build/quarry" sub --endpoint "ipc://$dir/results" --count "$n" \
    --timeout 30 --ready-file "$dir/sub.ready" \
    >"$dir/results.jsonl" 2>"$dir/sub.err" &
spid=$!

# The subscription is in effect once the ready file exists: ~10 s at most.
tries=0
while [ ! -e "$dir/sub.ready" ]; do
	tries=$((tries + 1))
	[ "$tries" -le 100 ] || fail "quarry sub was not subscribed after 10 s"
	nap
done

echo "make run: feeding $n articles from $articles"
"$build/quarry" feed --endpoint "ipc://$dir/ingest" "$articles" ||
    fail "quarry feed exited $?"

wait "$spid"
rc=$?
spid=
[ "$rc" -eq 0 ] || fail "quarry sub exited $rc"
got=$(grep -c . "$dir/results.jsonl")
[ "$got" -eq "$n" ] || fail "$got results for $n articles"

echo "make run: $got results"
if [ -x /usr/bin/python3 ] && /usr/bin/python3 -m json.tool --json-lines \
    --no-ensure-ascii "$dir/results.jsonl" 2>/dev/null; then
	:
else
	cat "$dir/results.jsonl"
fi

# A clean stop: SIGTERM, and quarryd drains and exits 0.  A watchdog
# bounds the wait.
kill -TERM "$qpid"
(sleep 20 && kill -KILL "$qpid") >/dev/null 2>&1 &
dog=$!
wait "$qpid"
rc=$?
qpid=
kill "$dog" 2>/dev/null
wait "$dog" 2>/dev/null
[ "$rc" -eq 0 ] || fail "quarryd exited $rc after SIGTERM"
echo "make run: quarryd stopped cleanly"
