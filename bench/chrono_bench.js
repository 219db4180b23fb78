// chrono_bench.js — chrono-node over the same articles extract_bench
// reads (article JSON lines), for the side-by-side dates figure: one
// core, CPU time of this process, the input loaded first so reading
// JSON is not measured.  Each article is parsed with its "published"
// date as the reference, as quarry's dates extractor resolves relative
// dates against it.
//
// usage: node chrono_bench.js [--min-seconds S] FILE...
// Prints one JSON line.
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

let args = process.argv.slice(2), minSeconds = 2;
if (args[0] === '--min-seconds') {
	minSeconds = Number(args[1]);
	args = args.slice(2);
}
const arts = [];
let bytes = 0;
for (const f of args) {
	for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
		if (line.trim() === '')
			continue;
		const a = JSON.parse(line);
		if (typeof a.body !== 'string')
			continue;
		const ref = a.published ? new Date(a.published) : new Date(0);
		arts.push({ body: a.body, ref: isNaN(ref) ? new Date(0) : ref });
		bytes += Buffer.byteLength(a.body, 'utf8');
	}
}
if (arts.length === 0) {
	console.error('chrono_bench: no articles');
	process.exit(1);
}
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const t0 = cpu();
let rounds = 0, found = 0, t;
do {
	for (const a of arts)
		found += chrono.parse(a.body, a.ref).length;
	rounds++;
	t = cpu() - t0;
} while (t < minSeconds);
console.log(JSON.stringify({
	chrono_version: JSON.parse(fs.readFileSync(require.resolve('chrono-node').replace(/dist\/.*$/, 'package.json'), 'utf8')).version,
	node_version: process.version,
	articles: arts.length, body_bytes: bytes, rounds: rounds,
	cpu_s: Number(t.toFixed(3)),
	mb_s: Number((bytes * rounds / t / 1e6).toFixed(3)),
	articles_s: Number((arts.length * rounds / t).toFixed(1)),
	dates_found: found / rounds,
}));
