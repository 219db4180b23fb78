#!/bin/bash
# thread_syscalls.sh — system calls, context switches and CPU per article
# of each thread of quarryd and its workers, under pipeline_bench: the
# figures to compare builds by when the machine is too loaded for rates
# and latencies (issue 18).  Counted by `perf stat --per-thread` over the
# whole run: the bench is stopped until perf is attached to quarryd's
# threads and its workers, then let go.
#
# usage: bench/thread_syscalls.sh BUILD ARTICLES [RATE] [PIPELINE_BENCH_ARGS...]
#   e.g. bench/thread_syscalls.sh build 40000          (sustained)
#        bench/thread_syscalls.sh build 20000 4000     (paced)
#        bench/thread_syscalls.sh build 20000 0 --spool batch
# Run from the top of the tree.  Needs perf (linux-perf), and root or
# perf_event_paranoid <= 1.
set -eu
build=$(cd "$1" && pwd); n=$2; rate=${3:-0}; shift 2; [ $# -gt 0 ] && shift
dir=$(mktemp -d /tmp/quarry-syscalls-XXXXXX)
trap 'rm -rf "$dir"' EXIT
events=raw_syscalls:sys_enter
for c in poll epoll_wait epoll_ctl sendto recvfrom read write writev futex; do
	events=$events,syscalls:sys_enter_$c
done
events=$events,context-switches,task-clock
# pipeline_bench starts $QUARRY_BUILD/quarryd: this stand-in starts the
# real one, attaches perf once its workers are up, and lets the bench go.
cat > "$dir/quarryd" <<EOF
#!/bin/bash
kill -STOP \$PPID
"$build/quarryd" "\$@" &
q=\$!
trap 'kill -TERM \$q' TERM INT
for i in \$(seq 200); do
	[ "\$(pgrep -c -P \$q)" -ge 1 ] && break; sleep 0.05
done
sleep 0.5
perf stat --per-thread -e $events -p "\$q,\$(pgrep -d, -P \$q)" \\
    -o "$dir/perf.txt" &
p=\$!
sleep 0.3
kill -CONT \$PPID
wait \$q
kill -INT \$p 2>/dev/null
wait \$p
EOF
chmod +x "$dir/quarryd"
# The bench's own body text (docs/benchmarks.md), where the tree has it.
samples=../shared/eval/quotes-polnear-dev.jsonl
[ -r "$samples" ] || samples=examples/articles.jsonl
QUARRY_BUILD=$dir "$build/bench/pipeline_bench" --samples "$samples" \
    --articles "$n" --size 4096 --workers 2 --rate "$rate" \
    --label syscalls "$@" | tail -1 > "$dir/bench.json"
python3 - "$dir/perf.txt" "$n" "$dir/bench.json" <<'EOF'
import collections, json, re, sys
path, n, bench = sys.argv[1], int(sys.argv[2]), json.load(open(sys.argv[3]))
print("articles/s %(articles_s)s, p50 %(p50_ms)s ms, p99 %(p99_ms)s ms" % bench)
rows = collections.defaultdict(lambda: collections.defaultdict(float))
for line in open(path):
    m = re.match(r'\s+(\S+)-(\d+)\s+([\d.,]+)\s+(?:msec\s+)?(\S+)', line)
    if m and 'not counted' not in line:
        name, tid, val, ev = m.groups()
        ev = ev.replace('syscalls:sys_enter_', '')
        ev = ev.replace('raw_syscalls:sys_enter', 'all')
        rows[(name, int(tid))][ev] += float(val.replace(',', ''))
qmain = min(t for (nm, t) in rows if nm == 'quarryd')
wtids = [t for (nm, t) in rows if nm == 'quarry-worker']
def role(nm, t):
    if nm == 'quarryd':
        return 'quarryd main'
    if nm.startswith('ZMQbg/IO'):
        return 'quarryd I/O' if not wtids or t < min(wtids) else \
            'workers I/O'
    if nm == 'quarry-worker':
        return 'workers main'
    if nm == 'quarry-extract':
        return 'workers extract'
    return None
agg = collections.defaultdict(lambda: collections.defaultdict(float))
for (nm, t), evs in rows.items():
    r = role(nm, t)
    if r:
        for e, v in evs.items():
            agg[r][e] += v
cols = ['all', 'poll', 'epoll_wait', 'epoll_ctl', 'sendto', 'recvfrom',
        'read', 'write', 'writev', 'futex', 'context-switches', 'task-clock']
print('%-16s' % 'per article' + ''.join('%11s' % c[:10] for c in cols))
for r in ['quarryd main', 'quarryd I/O', 'workers main', 'workers I/O',
          'workers extract']:
    print('%-16s' % r + ''.join(
        '%11.2f' % (agg[r].get(c, 0) / n * (1000 if c == 'task-clock' else 1))
        for c in cols))
print('(task-clock: µs of CPU per article)')
EOF
