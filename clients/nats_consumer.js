#!/usr/bin/env node
// nats_consumer.js — a JetStream consumer of quarry's results that never
// loses one: a durable pull consumer on the stream quarryd --sink fills,
// each result written (and flushed) to stdout as a JSON line before its
// acknowledgement is sent and confirmed.  Stopped (SIGTERM, SIGINT, a
// crash) and started again with the same --durable name, it resumes at
// the first result it had not acknowledged; one handled but not yet
// acknowledged when it died comes again, so key what you store by "id".
//
//   node clients/nats_consumer.js --server nats://127.0.0.1:4222 \
//       --durable loader [--subject quarry.result.>] [--count N] [--timeout S]
//
// Needs `npm ci` in clients/ (make clients/node_modules): nats, @msgpack/msgpack.
"use strict";

const { connect, AckPolicy, DeliverPolicy } = require("nats");
const { decode } = require("@msgpack/msgpack");

const BATCH = 64;        // messages per pull
const PULL_MS = 1000;    // one pull's wait: how soon a stop is noticed

function usage(msg) {
  if (msg) process.stderr.write(`nats_consumer: ${msg}\n`);
  process.stderr.write("usage: nats_consumer.js --server URL --durable NAME " +
    "[--stream QUARRY] [--subject quarry.result.>] [--count N] [--timeout SECS]\n");
  process.exit(2);
}

function parseArgs(argv) {
  const o = { server: null, durable: null, stream: "QUARRY",
              subject: "quarry.result.>", count: 0, timeout: 0 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i], v = argv[i + 1];
    if (v === undefined) usage(`${k}: needs a value`);
    switch (k) {
      case "--server": o.server = v; break;
      case "--durable": o.durable = v; break;
      case "--stream": o.stream = v; break;
      case "--subject": o.subject = v; break;
      case "--count": o.count = Number(v); break;
      case "--timeout": o.timeout = Number(v); break;
      default: usage(`unknown option ${k}`);
    }
    i++;
  }
  if (!o.server || !o.durable) usage("--server and --durable are needed");
  if (!/^[^\s.*>]+$/.test(o.durable)) usage(`--durable: "${o.durable}" is not a consumer name`);
  if (!(o.count >= 0) || !(o.timeout >= 0)) usage("--count and --timeout take numbers");
  return o;
}

// msgpack strings and maps into JSON; byte strings as UTF-8 text.
function plain(v) {
  if (v instanceof Uint8Array) return Buffer.from(v).toString("utf8");
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), plain(x)]));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

function writeLine(line) {
  return new Promise((resolve, reject) =>
    process.stdout.write(line, (err) => (err ? reject(err) : resolve())));
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  let stopping = false;
  process.on("SIGTERM", () => { stopping = true; });
  process.on("SIGINT", () => { stopping = true; });

  const nc = await connect({ servers: o.server.split(","), name: "quarry nats_consumer" });
  const jsm = await nc.jetstreamManager();
  // The durable consumer keeps our place on the server: create it once.
  try {
    await jsm.consumers.info(o.stream, o.durable);
  } catch (e) {
    await jsm.consumers.add(o.stream, {
      durable_name: o.durable, ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All, filter_subject: o.subject,
    });
  }
  const consumer = await nc.jetstream().consumers.get(o.stream, o.durable);
  let printed = 0, idleMs = 0, rc = 0;
  while (!stopping && (o.count === 0 || printed < o.count)) {
    const want = o.count ? Math.min(BATCH, o.count - printed) : BATCH;
    const batch = await consumer.fetch({ max_messages: want, expires: PULL_MS });
    let got = 0;
    // The whole batch, even when stopping: nothing waits for a redelivery.
    for await (const m of batch) {
      got++;
      let line;
      try {
        const r = plain(decode(m.data));
        line = JSON.stringify({ subject: m.subject, stream_seq: m.seq,
                                id: m.headers ? m.headers.get("Nats-Msg-Id") : null,
                                result: r }) + "\n";
      } catch (e) {
        process.stderr.write(`nats_consumer: ${m.subject}: not msgpack: ${e.message}\n`);
        m.term();  // never deliverable: do not block the consumer with it
        continue;
      }
      await writeLine(line);
      await m.ackAck();  // the server confirmed: it will not come again
      printed++;
    }
    if (got === 0) {
      idleMs += PULL_MS;
      if (o.timeout && idleMs >= o.timeout * 1000) {
        process.stderr.write(`nats_consumer: timed out with ${printed} results\n`);
        rc = 2;
        break;
      }
    } else {
      idleMs = 0;
    }
  }
  await nc.drain();
  process.exitCode = rc;
}

main().catch((e) => {
  process.stderr.write(`nats_consumer: ${e.message}\n`);
  process.exit(2);
});
