#!/usr/bin/python3
"""Interop: a scraper and a subscriber written in Python, as users write them.

Usage: interop.py INGEST_ENDPOINT RESULTS_ENDPOINT
Submits articles with a REQ socket and with a DEALER socket (msgpack maps),
subscribes with the quarry.hello sync, and checks every ack and result.
Exits 0 on success; prints the failure and exits 1 otherwise.
Every wait is bounded.
"""
import sys

import msgpack
import zmq

WAIT_MS = 30000


def fail(msg):
    print("interop: " + msg, file=sys.stderr)
    sys.exit(1)


def recv(sock, what):
    if not sock.poll(WAIT_MS):
        fail("timed out waiting for " + what)
    return sock.recv_multipart()


def main(ingest, results):
    ctx = zmq.Context()
    sub = ctx.socket(zmq.SUB)
    sub.setsockopt(zmq.LINGER, 0)
    sub.connect(results)
    sub.setsockopt(zmq.SUBSCRIBE, b"result.")
    sub.setsockopt(zmq.SUBSCRIBE, b"quarry.hello")
    while True:
        topic, payload = recv(sub, "quarry.hello")
        if topic == b"quarry.hello":
            if msgpack.unpackb(payload, raw=False).get("v") != 1:
                fail("hello without v=1")
            break
    sub.setsockopt(zmq.UNSUBSCRIBE, b"quarry.hello")

    body = ('"We will keep the lights on," Governor Ana Ruiz said on '
            'Tuesday, August 16, 2016. Caf\u00e9 owners were relieved.')
    # A REQ scraper: one article at a time.
    req = ctx.socket(zmq.REQ)
    req.setsockopt(zmq.LINGER, 0)
    req.connect(ingest)
    req.send(msgpack.packb({"v": 1, "id": "py-req-1", "body": body,
                            "source": "py.example", "published": "2016-08-17",
                            "extra_key": [1, 2, 3]}, use_bin_type=True))
    (ack,) = recv(req, "REQ ack")
    ack = msgpack.unpackb(ack, raw=False)
    if ack.get("id") != "py-req-1" or ack.get("status") != "accepted":
        fail("REQ ack: %r" % ack)
    # A rejected one: id given as a number.
    req.send(msgpack.packb({"id": 42, "body": "x"}))
    (ack,) = recv(req, "REQ reject")
    ack = msgpack.unpackb(ack, raw=False)
    if ack.get("status") != "rejected" or "id" not in ack.get("error", ""):
        fail("expected a rejection naming id: %r" % ack)

    # A DEALER scraper: several outstanding.
    dealer = ctx.socket(zmq.DEALER)
    dealer.setsockopt(zmq.LINGER, 0)
    dealer.connect(ingest)
    ids = ["py-dealer-%d" % i for i in range(10)]
    for i in ids:
        dealer.send_multipart([b"", msgpack.packb({"id": i, "body": body,
                                                   "source": "py.example"})])
    acked = set()
    while len(acked) < len(ids):
        empty, ack = recv(dealer, "DEALER ack")
        ack = msgpack.unpackb(ack, raw=False)
        if empty != b"" or ack.get("status") != "accepted":
            fail("DEALER ack: %r" % ack)
        acked.add(ack["id"])

    want = set(ids) | {"py-req-1"}
    got = {}
    while len(got) < len(want):
        topic, payload = recv(sub, "results")
        r = msgpack.unpackb(payload, raw=False)
        if topic != b"result.py.example":
            fail("topic %r" % topic)
        if r["id"] in got:
            fail("two results for " + r["id"])
        got[r["id"]] = r
    if set(got) != want:
        fail("ids %r" % sorted(got))
    r = got["py-req-1"]
    for key in ("id", "seq", "url", "source", "published", "quotes", "dates",
                "worker", "elapsed_us", "extractor"):
        if key not in r:
            fail("result lacks " + key)
    if r["published"] != "2016-08-17" or r["url"] is not None:
        fail("published/url: %r %r" % (r["published"], r["url"]))
    raw = body.encode("utf-8")
    if not r["quotes"]:
        fail("no quote found in %r" % body)
    q = r["quotes"][0]
    if raw[q["start"]:q["end"]].decode("utf-8") != q["text"]:
        fail("quote offsets are not UTF-8 byte offsets: %r" % q)
    if q["kind"] not in ("direct", "partial", "indirect"):
        fail("quote kind %r" % q["kind"])
    for d in r["dates"]:
        if raw[d["start"]:d["end"]].decode("utf-8") != d["text"]:
            fail("date offsets: %r" % d)
        if d["type"] not in ("DATE", "TIME", "DURATION", "SET"):
            fail("date type %r" % d["type"])
    if not any(d["value"] == "2016-08-16" for d in r["dates"]):
        fail("no 2016-08-16 among %r" % r["dates"])
    ctx.destroy(linger=0)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
