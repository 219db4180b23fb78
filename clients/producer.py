#!/usr/bin/python3
"""A quarry producer: submit article JSON lines to quarryd.

usage: producer.py [--endpoint E] [--window N] [--timeout S] [FILE...]

Reads articles (JSON objects with "id" and "body", optional "url",
"source", "title", "lang", "published", "timeline"), one per line, from the files or
stdin, and submits them as MessagePack maps over a DEALER socket, keeping
up to --window unacknowledged.  A "busy" ack (queue full, shutting down)
is retried with exponential backoff; "rejected" is reported with the
broker's reason.  Prints a summary on stderr; exits 0 when every article
was accepted (or was a duplicate), 1 if any was rejected, 2 on a timeout.

Needs Debian's python3-zmq and python3-msgpack (/usr/bin/python3).
"""
import argparse
import json
import sys
import time

import msgpack
import zmq

FIELDS = ("id", "body", "url", "source", "title", "lang", "published",
          "timeline")


def articles(paths):
    for path in paths or ["-"]:
        f = sys.stdin if path == "-" else open(path, encoding="utf-8")
        for n, line in enumerate(f, 1):
            if line.strip():
                doc = json.loads(line)
                yield {k: doc[k] for k in FIELDS if doc.get(k) is not None}
        if f is not sys.stdin:
            f.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--endpoint", default="tcp://127.0.0.1:7400")
    ap.add_argument("--window", type=int, default=64)
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="give up after this long without an ack")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()

    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect(args.endpoint)

    pending = {}          # id -> packed article, sent and not yet acked
    retry = []            # (when, id, packed) waiting out a busy backoff
    backoff = 0.01
    counts = {"accepted": 0, "duplicate": 0, "rejected": 0, "busy": 0}
    source = iter(articles(args.files))
    exhausted = False
    last_ack = time.monotonic()

    while not exhausted or pending or retry:
        now = time.monotonic()
        while retry and retry[0][0] <= now and len(pending) < args.window:
            _, aid, packed = retry.pop(0)
            sock.send_multipart([b"", packed])
            pending[aid] = packed
        while not exhausted and not retry and len(pending) < args.window:
            try:
                art = next(source)
            except StopIteration:
                exhausted = True
                break
            packed = msgpack.packb(dict(art, v=1), use_bin_type=True)
            sock.send_multipart([b"", packed])
            pending[art["id"]] = packed
        if not sock.poll(100):
            if pending and time.monotonic() - last_ack > args.timeout:
                print("producer: no ack for %.0f s; %d unacknowledged"
                      % (args.timeout, len(pending)), file=sys.stderr)
                return 2
            continue
        frames = sock.recv_multipart()
        ack = msgpack.unpackb(frames[-1], raw=False)
        last_ack = time.monotonic()
        aid, status = ack.get("id"), ack.get("status")
        packed = pending.pop(aid, None)
        if status == "busy" and packed is not None:
            counts["busy"] += 1
            retry.append((time.monotonic() + backoff, aid, packed))
            backoff = min(backoff * 2, 1.0)
            continue
        backoff = 0.01
        if status in counts:
            counts[status] += 1
        if status == "rejected":
            print("producer: %s: rejected: %s" % (aid, ack.get("error")),
                  file=sys.stderr)
    print("producer: %(accepted)d accepted, %(duplicate)d duplicate, "
          "%(rejected)d rejected; %(busy)d busy retries" % counts,
          file=sys.stderr)
    return 1 if counts["rejected"] else 0


if __name__ == "__main__":
    sys.exit(main())
