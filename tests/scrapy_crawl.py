#!/usr/bin/python3
"""A real Scrapy crawl into a real quarryd (run by tests/test_clients.c).

usage: scrapy_crawl.py crawl BUILD INGEST RESULTS WORKERS
       scrapy_crawl.py down  BUILD INGEST QUARRYD_PID UNACKED_FILE
       scrapy_crawl.py keys  BUILD DIR

A local HTTP server (a thread here, 127.0.0.1, a free port) serves the five
sample articles of examples/articles.jsonl as HTML pages and an index that
links them; clients/example_spider.py crawls it and clients/scrapy_quarry.py
submits the items.

crawl: quarryd has no worker and room for two articles.  The crawl must
       scrape all five while quarryd answers `busy` (the pipeline does not
       hold the crawl); only then is a worker started, the busy articles
       go through, and the subscriber (synced with quarry.hello) gets one
       result per article, with the quotes `quarry extract` finds in the
       original article and the id derived from the canonical URL.  A
       second crawl of the same pages gets `duplicate` for all five.
down:  after two articles are accepted, quarryd is killed (SIGKILL) and
       the three other pages are served: the crawl finishes, the pipeline
       waits QUARRY_TIMEOUT for the acks that cannot come, reports the
       three ids and writes them to UNACKED_FILE.
keys:  the CURVE key-file rules (common/keyfile.c) on files made by
       `quarry keygen`.

Exits 0 on success, 1 with the failure on stderr.  Every wait is bounded.
"""
import ctypes
import hashlib
import html
import http.server
import json
import logging
import os
import signal
import subprocess
import sys
import threading

import msgpack
import zmq

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "clients"))

WAIT_S = 60             # no single wait here lasts longer
CRAWL_S = 120           # a whole crawl, pipeline close included


def fail(msg):
    print("scrapy_crawl: " + msg, file=sys.stderr)
    sys.exit(1)


def samples():
    with open(os.path.join(ROOT, "examples", "articles.jsonl"),
              encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def page(art):
    """An article page: the body's paragraphs (blank-line separated) as
    <p> elements, exactly, so the spider's text is the original body."""
    paras = "".join("<p>%s</p>\n" % html.escape(p, quote=False)
                    for p in art["body"].split("\n\n"))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>%s | %s</title></head>\n<body><nav><a href=\"/\">home</a>"
            "</nav><article><h1>%s</h1>\n<time datetime=\"%s\">%s</time>\n%s"
            "</article></body></html>\n"
            % (html.escape(art["title"]), art["source"],
               html.escape(art["title"]), art["published"],
               art["published"], paras)).encode("utf-8")


class Site:
    """The HTTP server.  gate_from: pages from that index on wait for
    `gate` before they are served."""

    def __init__(self, arts, gate_from=None):
        self.arts = arts
        self.gate = threading.Event()
        self.slugs = ["%s.html" % a["id"] for a in arts]
        self.gate_from = gate_from
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.get(self)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                     Handler)
        self.httpd.daemon_threads = True
        self.base = "http://127.0.0.1:%d/" % self.httpd.server_port
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       daemon=True)
        self.thread.start()

    def url(self, i):
        return self.base + "news/" + self.slugs[i]

    def get(self, h):
        if h.path == "/":
            links = "".join('<li><a href="/news/%s">%s</a></li>\n'
                            % (s, html.escape(a["title"]))
                            for s, a in zip(self.slugs, self.arts))
            body = ("<!DOCTYPE html>\n<html lang=\"en\"><head><title>News"
                    "</title></head><body><ul>\n%s</ul>"
                    "<a href=\"https://elsewhere.invalid/\">off site</a>"
                    "</body></html>\n" % links).encode("utf-8")
        elif h.path.startswith("/news/") and h.path[6:] in self.slugs:
            i = self.slugs.index(h.path[6:])
            if self.gate_from is not None and i >= self.gate_from:
                self.gate.wait(WAIT_S)
            body = page(self.arts[i])
        else:
            h.send_error(404)
            return
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def close(self):
        self.gate.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def expected_id(url):
    # Independent of the pipeline's url_id: what docs/clients.md promises.
    from w3lib.url import canonicalize_url
    return hashlib.sha256(canonicalize_url(url).encode()).hexdigest()


def subscriber(ctx, endpoint):
    sub = ctx.socket(zmq.SUB)
    sub.setsockopt(zmq.LINGER, 0)
    sub.setsockopt(zmq.RCVHWM, 0)
    sub.connect(endpoint)
    sub.setsockopt(zmq.SUBSCRIBE, b"result.")
    sub.setsockopt(zmq.SUBSCRIBE, b"dead.")
    sub.setsockopt(zmq.SUBSCRIBE, b"quarry.hello")
    while True:
        if not sub.poll(WAIT_S * 1000):
            fail("no quarry.hello from the broker")
        if sub.recv_multipart()[0] == b"quarry.hello":
            break
    sub.setsockopt(zmq.UNSUBSCRIBE, b"quarry.hello")
    return sub


def spawn_dying_with_us(argv):
    """A child that gets SIGKILL if this script dies first."""
    libc = ctypes.CDLL(None, use_errno=True)

    def pdeathsig():
        libc.prctl(1, signal.SIGKILL)       # PR_SET_PDEATHSIG

    return subprocess.Popen(argv, preexec_fn=pdeathsig)


class Crawl:
    """One crawl of `site` by the example spider, in the running reactor.
    on_event(crawl) is called after every scraped item and every ack."""

    def __init__(self, site, settings, on_event=None):
        from scrapy.crawler import Crawler
        import example_spider
        import scrapy_quarry
        self.site = site
        self.on_event = on_event or (lambda c: None)
        self.items = []
        self.acks = []
        base = {
            "LOG_LEVEL": "WARNING",
            "TELNETCONSOLE_ENABLED": False,
            "CLOSESPIDER_TIMEOUT": CRAWL_S,
            "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        }
        base.update(settings)
        self.crawler = Crawler(example_spider.ArticleSpider, base)
        from scrapy import signals
        self.crawler.signals.connect(self._item, signals.item_scraped)
        self.crawler.signals.connect(self._ack, scrapy_quarry.ack_received)

    def _item(self, item, response, spider):
        self.items.append(item)
        self.on_event(self)

    def _ack(self, article_id, url, status, error, spider):
        self.acks.append((article_id, status, error))
        self.on_event(self)

    def count(self, status):
        return sum(1 for _, s, _ in self.acks if s == status)

    def run(self):
        return self.crawler.crawl(start_url=self.site.base)

    def stats(self):
        return self.crawler.stats.get_stats()


def in_reactor(body):
    """Run body() (an inlineCallbacks generator function) in the Twisted
    reactor, bounded by CRAWL_S per crawl; re-raise what it raised."""
    from twisted.internet import defer, reactor
    from scrapy.utils.log import configure_logging
    configure_logging({"LOG_LEVEL": "WARNING"}, install_root_handler=True)
    outcome = {}

    @defer.inlineCallbacks
    def main():
        try:
            yield from body()
        except BaseException as e:      # noqa: B902 - reported below
            outcome["error"] = e
        finally:
            reactor.stop()

    def watchdog():
        outcome["error"] = AssertionError("the crawls did not finish in "
                                          "%d s" % (3 * CRAWL_S))
        reactor.stop()

    reactor.callWhenRunning(main)
    dog = reactor.callLater(3 * CRAWL_S, watchdog)
    reactor.run(installSignalHandlers=False)
    if dog.active():
        dog.cancel()
    if "error" in outcome:
        e = outcome["error"]
        fail(str(e) if isinstance(e, AssertionError) else repr(e))


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


def mode_crawl(build, ingest, results, workers):
    arts = samples()
    site = Site(arts)
    byurl = {site.url(i): a for i, a in enumerate(arts)}
    out = subprocess.run([os.path.join(build, "quarry"), "extract",
                          os.path.join(ROOT, "examples", "articles.jsonl")],
                         capture_output=True, timeout=WAIT_S, check=True)
    want_quotes = {}
    for line in out.stdout.decode().splitlines():
        r = json.loads(line)
        want_quotes[r["id"]] = r["quotes"]
    check(sum(len(q) for q in want_quotes.values()) > 0,
          "quarry extract found no quote in the samples")
    ctx = zmq.Context()
    sub = subscriber(ctx, results)
    worker = []

    def start_worker(c):
        # Only once every item is scraped and quarryd has said busy: a
        # pipeline that held the crawl on busy never gets here.
        if not worker and len(c.items) == len(arts) and c.count("busy"):
            worker.append(spawn_dying_with_us(
                [os.path.join(build, "quarry-worker"), "--connect", workers,
                 "--log-level", "warn"]))

    settings = {"QUARRY_INGEST": ingest, "QUARRY_TIMEOUT": 30}

    def body():
        first = Crawl(site, settings, start_worker)
        yield first.run()
        st = first.stats()
        check(st.get("finish_reason") == "finished",
              "crawl 1: %r" % st.get("finish_reason"))
        check(st.get("item_scraped_count") == 5,
              "crawl 1 scraped %r items" % st.get("item_scraped_count"))
        check(worker, "crawl 1: the worker was never started (busy "
              "answers %d)" % first.count("busy"))
        check(st.get("quarry/accepted") == 5,
              "crawl 1: %r accepted; stats %r" % (st.get("quarry/accepted"),
                                                  st))
        check(st.get("quarry/busy_retries", 0) >= 1
              and st.get("quarry/busy_retries") == first.count("busy"),
              "crawl 1: busy retries %r, busy acks %d"
              % (st.get("quarry/busy_retries"), first.count("busy")))
        check("quarry/unacknowledged" not in st
              and "quarry/rejected" not in st, "crawl 1: stats %r" % st)
        for item in first.items:
            a = byurl[item["url"]]
            check(item["body"] == a["body"], "%s: the spider's body "
                  "differs from the article's" % a["id"])
            check(item["title"] == a["title"]
                  and item["published"] == a["published"],
                  "%s: title/published %r %r" % (a["id"], item["title"],
                                                 item["published"]))
        got = {}
        while len(got) < len(arts):
            if not sub.poll(WAIT_S * 1000):
                raise AssertionError("%d results of 5" % len(got))
            topic, payload = sub.recv_multipart()
            r = msgpack.unpackb(payload, raw=False)
            check(topic == b"result.127.0.0.1",
                  "topic %r (%r)" % (topic, r.get("error")))
            check(r["id"] not in got, "two results for " + r["id"])
            got[r["id"]] = r
        for url, a in byurl.items():
            rid = expected_id(url)
            check(rid in got, "no result for %s (id %s)" % (url, rid))
            r = got[rid]
            check(r["url"] == url and r["source"] == "127.0.0.1"
                  and r["published"] == a["published"],
                  "%s: url/source/published %r %r %r"
                  % (a["id"], r["url"], r["source"], r["published"]))
            check(r["quotes"] == want_quotes[a["id"]],
                  "%s: quotes differ from quarry extract's:\n%r\n%r"
                  % (a["id"], r["quotes"], want_quotes[a["id"]]))
        second = Crawl(site, settings)
        yield second.run()
        st = second.stats()
        check(st.get("finish_reason") == "finished"
              and st.get("quarry/duplicate") == 5
              and "quarry/accepted" not in st,
              "crawl 2: stats %r" % st)
        nq = sum(len(q) for q in want_quotes.values())
        print("scrapy_crawl: 5 accepted (%d busy retries), 5 results, "
              "%d quotes as expected; crawl 2: 5 duplicate"
              % (first.count("busy"), nq), file=sys.stderr)

    try:
        in_reactor(body)
    finally:
        for w in worker:
            w.terminate()
            w.wait(WAIT_S)
        site.close()
        ctx.destroy(linger=0)


class Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


def mode_down(build, ingest, pid, unacked):
    arts = samples()
    site = Site(arts, gate_from=2)
    ids = [expected_id(site.url(i)) for i in range(len(arts))]
    records = Records()
    logging.getLogger("scrapy_quarry").addHandler(records)
    killed = []

    def kill_after_two(c):
        if not killed and c.count("accepted") == 2:
            os.kill(pid, signal.SIGKILL)
            killed.append(True)
            site.gate.set()     # now the other three pages

    timeout = 3
    settings = {"QUARRY_INGEST": ingest, "QUARRY_TIMEOUT": timeout,
                "QUARRY_UNACKED_FILE": unacked}

    def body():
        c = Crawl(site, settings, kill_after_two)
        yield c.run()
        st = c.stats()
        check(killed, "quarryd was never killed: acks %r" % c.acks)
        check(st.get("finish_reason") == "finished",
              "finish_reason %r" % st.get("finish_reason"))
        check(st.get("item_scraped_count") == 5,
              "%r items scraped" % st.get("item_scraped_count"))
        check(st.get("quarry/accepted") == 2
              and st.get("quarry/unacknowledged") == 3,
              "stats %r" % st)
        with open(unacked, encoding="utf-8") as f:
            left = [json.loads(line) for line in f]
        check(sorted(a["id"] for a in left) == sorted(ids[2:]),
              "unacknowledged file %r, want %r"
              % ([a["id"] for a in left], ids[2:]))
        for a in left:
            check(a["body"] and a["url"] and a["source"] == "127.0.0.1",
                  "not a whole article: %r" % a)
        report = [ln for ln in records.lines if "not acknowledged" in ln]
        check(len(report) == 1 and all(i in report[0] for i in ids[2:]),
              "report %r" % records.lines)
        print("scrapy_crawl: quarryd killed after 2 acks; crawl finished, "
              "3 reported unacknowledged", file=sys.stderr)

    try:
        in_reactor(body)
    finally:
        site.close()


def mode_keys(build, tmp):
    import scrapy_quarry as sq
    kg = os.path.join(build, "quarry")
    for name in ("server", "client", "other"):
        subprocess.run([kg, "keygen", "--out", os.path.join(tmp, name)],
                       check=True, capture_output=True, timeout=WAIT_S)
    server = os.path.join(tmp, "server.pub")
    client = os.path.join(tmp, "client")
    keys = sq.load_curve_keys(server, client)
    check(keys is not None and all(len(k) == 40 for k in keys),
          "keys %r" % (keys,))

    def refused(server_key, prefix, want):
        try:
            sq.load_curve_keys(server_key, prefix)
        except sq.QuarryConfigError as e:
            check(want in str(e), "%r lacks %r" % (str(e), want))
            return
        raise AssertionError("accepted: %r %r" % (server_key, prefix))

    refused(server, None, "needs both")
    refused(os.path.join(tmp, "missing.pub"), client, "missing.pub")
    os.chmod(client + ".key", 0o644)
    refused(server, client, "readable by group or others")
    os.chmod(client + ".key", 0o600)
    # A pair that is not one: other's secret with client's public key.
    os.rename(client + ".key", client + ".key.real")
    os.link(os.path.join(tmp, "other.key"), client + ".key")
    refused(server, client, "not one pair")
    os.unlink(client + ".key")
    os.rename(client + ".key.real", client + ".key")
    bad = os.path.join(tmp, "bad.pub")
    with open(bad, "w") as f:
        f.write("# comment\n\nnot-a-key label\n")
    refused(bad, client, "bad.pub:3: not a Z85 key")
    with open(bad, "w") as f:
        k = sq.load_curve_keys(server, client)[0].decode()
        f.write("%s one\n%s two\n" % (k, k))
    refused(bad, client, "bad.pub:2: a second key")
    # The item mapping, without a daemon.
    art, why = sq.item_to_article({"url": "HTTP://Ex.COM/a?b=2&a=1#frag",
                                   "body": ["p1", "p2"], "title": " T ",
                                   "id": None}, "en")
    check(art == {"v": 1, "id": expected_id("http://ex.com/a?a=1&b=2"),
                  "url": "HTTP://Ex.COM/a?b=2&a=1#frag", "body": "p1\n\np2",
                  "title": "T", "source": "ex.com", "lang": "en"},
          "mapping %r" % (art,))
    check(sq.item_to_article({"body": "x"})[1]
          == "no id and no url to derive one from", "no id, no url")
    check(sq.item_to_article({"id": "x" * 257, "body": "x"})[0] is None,
          "a 257-byte id")
    print("scrapy_crawl: key files and item mapping as documented",
          file=sys.stderr)


def main(argv):
    if len(argv) == 6 and argv[1] == "crawl":
        mode_crawl(*argv[2:])
    elif len(argv) == 6 and argv[1] == "down":
        mode_down(argv[2], argv[3], int(argv[4]), argv[5])
    elif len(argv) == 4 and argv[1] == "keys":
        mode_keys(argv[2], argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
