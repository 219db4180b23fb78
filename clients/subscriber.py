#!/usr/bin/python3
"""A quarry subscriber: print published results as JSON lines.

usage: subscriber.py [--endpoint E] [--topic PREFIX]... [--count N]
                     [--timeout S] [--ready-file PATH]

Subscribes to the given topic prefixes (default: every result and dead
letter), then performs the subscription sync: it subscribes to
"quarry.hello" and waits for the broker's hello, after which its
subscriptions are known to be in effect (and --ready-file is created).
Each Result (or dead letter) is printed as one JSON line with its topic.
Stops after --count messages; --timeout bounds the wait for the next one.

Needs Debian's python3-zmq and python3-msgpack (/usr/bin/python3).
"""
import argparse
import json
import sys

import msgpack
import zmq


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--endpoint", default="tcp://127.0.0.1:7401")
    ap.add_argument("--topic", action="append")
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=0)
    ap.add_argument("--ready-file")
    args = ap.parse_args()

    sock = zmq.Context.instance().socket(zmq.SUB)
    sock.setsockopt(zmq.LINGER, 0)
    sock.setsockopt(zmq.RCVHWM, 0)      # keep up rather than drop
    sock.connect(args.endpoint)
    for t in args.topic or ["result.", "dead."]:
        sock.setsockopt(zmq.SUBSCRIBE, t.encode())
    sock.setsockopt(zmq.SUBSCRIBE, b"quarry.hello")
    while True:
        if not sock.poll(30000):
            print("subscriber: no hello from the broker", file=sys.stderr)
            return 2
        if sock.recv_multipart()[0] == b"quarry.hello":
            break
    sock.setsockopt(zmq.UNSUBSCRIBE, b"quarry.hello")
    if args.ready_file:
        open(args.ready_file, "w").close()

    seen = 0
    while not args.count or seen < args.count:
        if args.timeout and not sock.poll(int(args.timeout * 1000)):
            print("subscriber: timed out after %d results" % seen,
                  file=sys.stderr)
            return 2
        topic, payload = sock.recv_multipart()
        if topic == b"quarry.hello":
            continue            # someone else's sync
        result = msgpack.unpackb(payload, raw=False)
        result["topic"] = topic.decode()
        print(json.dumps(result, ensure_ascii=False), flush=True)
        seen += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
