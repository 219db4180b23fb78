"""scrapy_quarry: a Scrapy item pipeline that submits scraped articles to quarryd.

Enable it in a project's settings (clients/ on the Python path, or copy
this file into the project):

    ITEM_PIPELINES = {"scrapy_quarry.QuarryPipeline": 800}
    QUARRY_INGEST = "tcp://127.0.0.1:7400"

Settings (docs/clients.md, "Scrapy"):

    QUARRY_INGEST            quarryd's ingest endpoint (tcp://127.0.0.1:7400)
    QUARRY_WINDOW            submissions kept unacknowledged at once (64)
    QUARRY_TIMEOUT           seconds without an answer before an article is
                             sent again, the broker is taken to be gone, and
                             the close gives up waiting (30)
    QUARRY_BACKLOG           articles the pipeline holds in memory, sent or
                             not, before it slows the crawl down (1000)
    QUARRY_LANG              lang for items that have none (unset)
    QUARRY_UNACKED_FILE      where to write, as JSON lines `quarry feed`
                             reads, the articles quarryd never acknowledged
    QUARRY_CURVE_SERVER_KEY  the broker's public key file (CURVE)
    QUARRY_CURVE_KEY         this client's key pair prefix: PREFIX.key and
                             PREFIX.pub, as `quarry keygen --out PREFIX`

An item becomes an Article (docs/protocol.md section 4) from its fields
id, body, url, title, published, source, lang and timeline (news or
narrative: how dates are anchored).  Without an id, the id
is the SHA-256 (hex) of the canonical URL, so a re-crawl of the same page
is a `duplicate`; without a source, the source is the URL's host.

The pipeline never blocks Scrapy's reactor: one thread owns the DEALER
socket, keeps up to QUARRY_WINDOW articles unacknowledged, resends `busy`
ones after a backoff (10 ms doubling to 1 s), and posts every answer back
to the reactor (stats, the `ack_received` signal).  process_item returns at
once while fewer than QUARRY_BACKLOG articles are held; past that it
returns a Deferred that fires when one is finished, unless quarryd has
finished nothing for QUARRY_TIMEOUT, in which case nothing is held back
any more (the crawl goes on; what cannot be kept is reported at the
close).  close_spider waits for the outstanding answers while quarryd
makes progress, at most QUARRY_TIMEOUT after the last one, and reports
every article that was not acknowledged.

Needs Debian's python3-scrapy, python3-zmq and python3-msgpack
(/usr/bin/python3).
"""
import collections
import datetime
import hashlib
import heapq
import json
import logging
import os
import queue
import stat
import threading
import time
import urllib.parse

import msgpack
import zmq

logger = logging.getLogger("scrapy_quarry")

# Sent (in the reactor thread) for every Ack quarryd returns, busy ones
# included: handlers get article_id, url, status, error and spider.
ack_received = object()

# The fields of an Article (docs/protocol.md section 4), read from the item.
ARTICLE_FIELDS = ("id", "body", "url", "title", "published", "source", "lang",
                  "timeline")

# The broker's limit on an id (PROTO_ID_MAX): longer ids are refused here,
# where the item is known, rather than answered with an Ack whose id is nil.
ID_MAX = 256

# Busy backoff: 10 ms, doubling to 1 s, as clients/producer.py does.  The
# first retry comes before a scraper notices; 1 s keeps a full queue from
# being asked more than once a second per article.
BACKOFF_FIRST = 0.01
BACKOFF_MAX = 1.0

# The close-time report names at most this many ids in the log; the file
# (QUARRY_UNACKED_FILE) has them all.
REPORT_IDS = 20

# Default settings.  A window of 64 keeps a local quarryd's ingest busy
# (one round trip per 64 articles); 1000 held articles of a few tens of KB
# each are tens of MB at most; 30 s is longer than any spool fsync or
# broker restart a crawl should wait out.
DEFAULTS = {
    "QUARRY_INGEST": "tcp://127.0.0.1:7400",
    "QUARRY_WINDOW": 64,
    "QUARRY_TIMEOUT": 30.0,
    "QUARRY_BACKLOG": 1000,
}
WINDOW_MAX = 100000     # acks are small, but the window is a count of sends


class QuarryConfigError(ValueError):
    """A QUARRY_* setting that cannot work; the message names it."""


def _load_key(path, secret):
    """The one Z85 key in a key file (common/keyfile.c's rules)."""
    try:
        st = os.stat(path)
    except OSError as e:
        raise QuarryConfigError("%s: %s" % (path, e.strerror))
    if not stat.S_ISREG(st.st_mode):
        raise QuarryConfigError("%s: not a regular file" % path)
    if secret and st.st_mode & 0o077:
        raise QuarryConfigError(
            "%s: a secret key readable by group or others (mode %03o): "
            "chmod 600 it" % (path, st.st_mode & 0o777))
    found = None
    with open(path, "rb") as f:
        for n, line in enumerate(f, 1):
            text = line.strip()
            if not text or text.startswith(b"#"):
                continue
            key = text.split()[0]
            if len(key) != 40 or not all(
                    c in _Z85 for c in key.decode("latin-1")):
                # What is there may be a secret: never echo it.
                raise QuarryConfigError(
                    "%s:%d: not a Z85 key of 40 characters" % (path, n))
            if found is not None:
                raise QuarryConfigError(
                    "%s:%d: a second key; the file holds one" % (path, n))
            found = key
    if found is None:
        raise QuarryConfigError("%s: no key in the file" % path)
    return found


_Z85 = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST"
                 "UVWXYZ.-:+=^!/*?&<>()[]{}@%$#")


def load_curve_keys(server_key, prefix):
    """(server public, own public, own secret) Z85 keys, or None.

    Both settings or neither; PREFIX.key must be a pair with PREFIX.pub.
    """
    if not server_key and not prefix:
        return None
    if not server_key or not prefix:
        raise QuarryConfigError("CURVE needs both QUARRY_CURVE_SERVER_KEY "
                                "and QUARRY_CURVE_KEY")
    server = _load_key(server_key, False)
    public = _load_key(prefix + ".pub", False)
    secret = _load_key(prefix + ".key", True)
    if zmq.curve_public(secret) != public:
        raise QuarryConfigError("%s.key and %s.pub are not one pair"
                                % (prefix, prefix))
    return server, public, secret


def url_id(url):
    """The id of an article known only by its URL: SHA-256 of the
    canonical URL (scheme and host lower-cased, query sorted, fragment
    dropped), in hex."""
    from w3lib.url import canonicalize_url
    return hashlib.sha256(canonicalize_url(url).encode("utf-8")).hexdigest()


def _text(value, sep):
    if isinstance(value, (list, tuple)):
        value = sep.join(str(v) for v in value if v is not None)
    return value if isinstance(value, str) else str(value)


def item_to_article(item, default_lang=None):
    """The Article for a Scrapy item (any item type ItemAdapter knows).

    Returns (article dict, None) or (None, reason) when no Article can be
    addressed (no id and no url, or an id quarryd would not echo).  Body
    and the other fields are passed on as they are (lists joined: the body
    with blank lines, like paragraphs, others with spaces); quarryd judges
    them and a bad one comes back `rejected` with the reason.
    """
    from itemadapter import ItemAdapter
    a = ItemAdapter(item)
    art = {"v": 1}
    for key in ARTICLE_FIELDS:
        value = a.get(key) if key in a else None
        if value is None:
            continue
        if key == "body":
            value = _text(value, "\n\n")
        elif key == "published" and isinstance(
                value, (datetime.date, datetime.datetime)):
            value = value.isoformat()
        else:
            value = _text(value, " ").strip()
        if value != "":
            art[key] = value
    url = art.get("url")
    if "id" not in art:
        if not url:
            return None, "no id and no url to derive one from"
        art["id"] = url_id(url)
    if len(art["id"].encode("utf-8")) > ID_MAX or "\0" in art["id"]:
        return None, "id longer than %d bytes or with a NUL" % ID_MAX
    if "source" not in art and url:
        host = urllib.parse.urlsplit(url).hostname
        if host:
            art["source"] = host
    if "lang" not in art and default_lang:
        art["lang"] = default_lang
    return art, None


class _Entry:
    __slots__ = ("art", "state", "sent_at", "gen")

    def __init__(self, art):
        self.art = art
        self.state = "waiting"      # waiting, inflight, retry, done
        self.sent_at = 0.0
        self.gen = 0                # bumped on every move: stale queue
                                    # and heap slots are skipped


class _Sender(threading.Thread):
    """Owns the DEALER.  Everything it touches is its own, except the
    fields under `lock` (held, stalled) and the calls it posts to the
    reactor with callFromThread."""

    def __init__(self, pipe, sock, wake):
        super().__init__(name="quarry-sender", daemon=True)
        self.p = pipe
        self.sock = sock
        self.wake = wake
        self.inbox = queue.Queue()
        self.held = {}              # id -> _Entry, until its final ack
        self.waiting = collections.deque()   # (entry, gen) to send
        self.sent = collections.deque()      # (entry, gen), oldest first
        self.retry = []             # heap of (when, n, entry, gen)
        self.nretry = 0
        self.inflight = 0
        self.backoff = BACKOFF_FIRST
        self.last_progress = time.monotonic()
        self.close_at = None        # monotonic time close() was asked
        self.stalled = False

    # --- called from the reactor thread ---

    def submit(self, art):
        self.inbox.put(art)
        self.p.wake_sender()

    # --- the thread ---

    def run(self):
        try:
            self._loop()
        except Exception:           # never die silently: report and close
            logger.exception("quarry: the sender thread failed")
        finally:
            left = [e.art for e in self.held.values()]
            self.sock.close(linger=0)
            self.wake.close(linger=0)
            self.p.post(self.p.sender_done, left)

    def _loop(self):
        timeout = self.p.timeout
        while True:
            self._take_inbox()
            now = time.monotonic()
            while self.retry and self.retry[0][0] <= now:
                _, _, e, gen = heapq.heappop(self.retry)
                if e.gen == gen and e.state == "retry":
                    self._queue(e, front=True)
            blocked = self._send_some(now)
            # An article unanswered for QUARRY_TIMEOUT went to a broker
            # that is gone (or restarted and lost it): send it again.
            # A second copy of an accepted one comes back `duplicate`.
            oldest = self._oldest_sent()
            while oldest is not None and now - oldest.sent_at >= timeout:
                self.sent.popleft()
                self.inflight -= 1
                self.p.post(self.p.count, "quarry/resent")
                self._queue(oldest, front=True)
                oldest = self._oldest_sent()
            quiet = now - self.last_progress
            if self.held and quiet >= timeout and not self.stalled:
                self._set_stalled(True, quiet)
            if self.close_at is not None:
                if not self.held:
                    return
                if now - max(self.close_at, self.last_progress) >= timeout:
                    return
            # Sleep until a message, the wake-up, or the next deadline.
            wait = timeout
            if self.retry:
                wait = min(wait, self.retry[0][0] - now)
            if oldest is not None:
                wait = min(wait, oldest.sent_at + timeout - now)
            if self.held and not self.stalled:
                wait = min(wait, self.last_progress + timeout - now)
            if self.close_at is not None:
                wait = min(wait, max(self.close_at, self.last_progress)
                           + timeout - now)
            poller = zmq.Poller()
            poller.register(self.wake, zmq.POLLIN)
            flags = zmq.POLLIN
            if blocked:
                flags |= zmq.POLLOUT    # a peer to send to again
            poller.register(self.sock, flags)
            events = dict(poller.poll(max(0, int(wait * 1000)) + 1))
            if self.wake in events:
                while True:
                    try:
                        self.wake.recv(zmq.NOBLOCK)
                    except zmq.Again:
                        break
            if events.get(self.sock, 0) & zmq.POLLIN:
                self._read_acks()

    def _oldest_sent(self):
        while self.sent:
            e, gen = self.sent[0]
            if e.gen == gen and e.state == "inflight":
                return e
            self.sent.popleft()
        return None

    def _take_inbox(self):
        while True:
            try:
                art = self.inbox.get_nowait()
            except queue.Empty:
                return
            if art is None:             # close
                if self.close_at is None:
                    self.close_at = time.monotonic()
                continue
            if art["id"] in self.held:
                # Twice in one crawl (two items, one URL): the first copy
                # is being delivered; quarryd would say `duplicate`.
                self.p.post(self.p.answered, art, "duplicate",
                            "submitted twice in this crawl")
                continue
            if not self.held:
                # The clock of "no progress" starts with the first wait.
                self.last_progress = time.monotonic()
            e = _Entry(art)
            self.held[art["id"]] = e
            self._queue(e)

    def _queue(self, e, front=False):
        e.state = "waiting"
        e.gen += 1
        if front:
            self.waiting.appendleft((e, e.gen))
        else:
            self.waiting.append((e, e.gen))

    def _send_some(self, now):
        """Send waiting articles while the window has room.  True when
        ZeroMQ has no connected peer to take them (ZMQ_IMMEDIATE)."""
        while self.waiting and self.inflight < self.p.window:
            e, gen = self.waiting[0]
            if e.gen != gen or e.state != "waiting":
                self.waiting.popleft()
                continue
            packed = msgpack.packb(e.art, use_bin_type=True)
            try:
                self.sock.send_multipart([b"", packed], zmq.NOBLOCK)
            except zmq.Again:
                return True
            self.waiting.popleft()
            e.state = "inflight"
            e.gen += 1
            e.sent_at = now
            self.inflight += 1
            self.sent.append((e, e.gen))
        return False

    def _read_acks(self):
        while True:
            try:
                frames = self.sock.recv_multipart(zmq.NOBLOCK)
            except zmq.Again:
                return
            try:
                ack = msgpack.unpackb(frames[-1], raw=False)
                aid, status = ack.get("id"), ack.get("status")
                error = ack.get("error")
            except Exception as ex:     # not an Ack: say so, go on
                logger.warning("quarry: an answer that is not an Ack: %s",
                               ex)
                continue
            e = self.held.get(aid) if isinstance(aid, str) else None
            if e is None:
                # A late answer to a copy already finished or resent.
                if aid is None:
                    logger.warning("quarry: an Ack without an id: %s %s",
                                   status, error)
                continue
            if status == "busy":
                if e.state != "inflight":
                    continue            # a stale copy's answer
                self.inflight -= 1
                e.state = "retry"
                e.gen += 1
                self.nretry += 1
                heapq.heappush(self.retry, (time.monotonic() + self.backoff,
                                            self.nretry, e, e.gen))
                self.backoff = min(self.backoff * 2, BACKOFF_MAX)
                self.p.post(self.p.answered, e.art, status, error)
                continue
            if status not in ("accepted", "duplicate", "rejected"):
                logger.warning("quarry: %s: unknown ack status %r; taken "
                               "as rejected", aid, status)
                error = "unknown status %r" % (status,)
                status = "rejected"
            if e.state == "inflight":
                self.inflight -= 1
            e.state = "done"
            e.gen += 1
            del self.held[aid]
            self.backoff = BACKOFF_FIRST
            self.last_progress = time.monotonic()
            if self.stalled:
                self._set_stalled(False, 0)
            self.p.post(self.p.answered, e.art, status, error)

    def _set_stalled(self, on, quiet):
        self.stalled = on
        self.p.post(self.p.set_stalled, on, quiet)


class QuarryPipeline:
    """The item pipeline (module docstring; docs/clients.md)."""

    def __init__(self, crawler):
        s = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.ingest = s.get("QUARRY_INGEST", DEFAULTS["QUARRY_INGEST"])
        self.window = self._int(s, "QUARRY_WINDOW", 1, WINDOW_MAX)
        self.backlog = self._int(s, "QUARRY_BACKLOG", self.window, None)
        try:
            self.timeout = float(s.get("QUARRY_TIMEOUT",
                                       DEFAULTS["QUARRY_TIMEOUT"]))
        except (TypeError, ValueError):
            self.timeout = -1
        if not self.timeout > 0:
            raise QuarryConfigError("QUARRY_TIMEOUT: seconds > 0, not %r"
                                    % s.get("QUARRY_TIMEOUT"))
        self.lang = s.get("QUARRY_LANG") or None
        self.unacked_file = s.get("QUARRY_UNACKED_FILE") or None
        self.curve = load_curve_keys(s.get("QUARRY_CURVE_SERVER_KEY"),
                                     s.get("QUARRY_CURVE_KEY"))
        self.ctx = None
        self.sender = None
        self.nheld = 0          # handed to the sender, not yet finished
        self.stalled = False
        self.waiters = collections.deque()  # Deferreds of held-back items
        self.overflow = []      # (id, url) not kept: memory bound, stalled
        self.closed = None      # the close_spider Deferred

    @staticmethod
    def _int(s, name, lo, hi):
        raw = s.get(name, DEFAULTS[name])
        try:
            v = int(raw)
        except (TypeError, ValueError):
            v = None
        if v is None or v < lo or (hi is not None and v > hi):
            raise QuarryConfigError("%s: an integer from %d%s, not %r"
                                    % (name, lo, " to %d" % hi if hi else "",
                                       raw))
        return v

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # --- Scrapy's hooks (reactor thread) ---

    def open_spider(self, spider):
        from twisted.internet import reactor
        self.reactor = reactor
        self.spider = spider
        self.ctx = zmq.Context()
        sock = self.ctx.socket(zmq.DEALER)
        sock.setsockopt(zmq.LINGER, 0)
        # Sends fail at once while no broker is connected, instead of
        # piling up for a peer that may never come back; the sender
        # keeps them and waits for POLLOUT.
        sock.setsockopt(zmq.IMMEDIATE, 1)
        sock.setsockopt(zmq.SNDHWM, self.window)
        if self.curve:
            sock.curve_serverkey, sock.curve_publickey, \
                sock.curve_secretkey = self.curve
        try:
            sock.connect(self.ingest)
        except zmq.ZMQError as e:
            sock.close(linger=0)
            self.ctx.term()
            raise QuarryConfigError("QUARRY_INGEST %r: %s"
                                    % (self.ingest, e))
        # The reactor wakes the sender through an inproc pair; only the
        # reactor thread uses self.wake_tx.
        endpoint = "inproc://quarry-wake-%x" % id(self)
        rx = self.ctx.socket(zmq.PAIR)
        rx.bind(endpoint)
        self.wake_tx = self.ctx.socket(zmq.PAIR)
        self.wake_tx.setsockopt(zmq.SNDHWM, 1)
        self.wake_tx.connect(endpoint)
        self.sender = _Sender(self, sock, rx)
        self.sender.start()
        logger.info("quarry: submitting to %s (window %d, timeout %g s%s)",
                    self.ingest, self.window, self.timeout,
                    ", CURVE" if self.curve else "")

    def process_item(self, item, spider):
        art, why = item_to_article(item, self.lang)
        if art is None:
            logger.warning("quarry: item not submitted: %s (%r)", why,
                           _describe(item))
            self.stats.inc_value("quarry/invalid", spider=spider)
            return item
        if self.sender is None:
            # The sender thread failed (logged): keep the crawl going.
            self.overflow.append((art["id"], art.get("url")))
            return item
        if self.nheld < self.backlog:
            self._hand_over(art)
            return item
        if self.stalled:
            # quarryd has finished nothing for QUARRY_TIMEOUT and memory
            # is at its bound: do not hold the crawl, remember the id.
            self.overflow.append((art["id"], art.get("url")))
            return item
        from twisted.internet.defer import Deferred
        d = Deferred()
        self.waiters.append((d, art, item))
        return d

    def close_spider(self, spider):
        from twisted.internet.defer import Deferred, succeed
        if self.sender is None:
            return succeed(None)        # reported when the thread ended
        self.closed = Deferred()
        self.sender.submit(None)
        return self.closed

    # --- helpers, reactor thread ---

    def wake_sender(self):
        try:
            self.wake_tx.send(b"", zmq.NOBLOCK)
        except zmq.Again:
            pass                    # one wake-up is already waiting

    def post(self, fn, *args):
        self.reactor.callFromThread(fn, *args)

    def _hand_over(self, art):
        self.nheld += 1
        self.sender.submit(art)

    def _release(self):
        while self.waiters and (self.nheld < self.backlog or self.stalled):
            d, art, item = self.waiters.popleft()
            if self.nheld < self.backlog:
                self._hand_over(art)
            else:
                self.overflow.append((art["id"], art.get("url")))
            d.callback(item)

    def count(self, key):
        self.stats.inc_value(key, spider=self.spider)

    def answered(self, art, status, error):
        if status == "busy":
            self.stats.inc_value("quarry/busy_retries", spider=self.spider)
        else:
            self.nheld -= 1
            self.stats.inc_value("quarry/" + status, spider=self.spider)
            if status == "rejected":
                logger.error("quarry: %s (%s) rejected: %s", art["id"],
                             art.get("url"), error)
        self.crawler.signals.send_catch_log(
            ack_received, article_id=art["id"], url=art.get("url"),
            status=status, error=error, spider=self.spider)
        self._release()

    def set_stalled(self, on, quiet):
        self.stalled = on
        if on:
            logger.warning("quarry: %s has finished no article for %.0f s "
                           "(%d held); the crawl is no longer held back",
                           self.ingest, quiet, self.nheld)
            self._release()
        else:
            logger.info("quarry: %s answers again", self.ingest)

    def sender_done(self, left):
        """The sender's last word: the articles never acknowledged."""
        self.sender = None
        for d, art, item in self.waiters:   # only if the thread failed
            self.overflow.append((art["id"], art.get("url")))
            d.callback(item)
        self.waiters.clear()
        self.wake_tx.close(linger=0)
        self.ctx.term()
        n = len(left) + len(self.overflow)
        if n:
            self.stats.set_value("quarry/unacknowledged", n,
                                 spider=self.spider)
            ids = [a["id"] for a in left] + [i for i, _ in self.overflow]
            more = " and %d more" % (n - REPORT_IDS) if n > REPORT_IDS else ""
            logger.error("quarry: %d article(s) not acknowledged by %s: "
                         "%s%s", n, self.ingest, ", ".join(ids[:REPORT_IDS]),
                         more)
            if self.overflow:
                self.stats.set_value("quarry/not_kept", len(self.overflow),
                                     spider=self.spider)
                logger.error("quarry: %d of them were not kept (more than "
                             "QUARRY_BACKLOG=%d held while quarryd did not "
                             "answer): crawl them again", len(self.overflow),
                             self.backlog)
            if self.unacked_file and left:
                # Whole articles, as `quarry feed FILE` and
                # clients/producer.py read them: resending is safe (a
                # copy quarryd has comes back `duplicate`).
                with open(self.unacked_file, "w", encoding="utf-8") as f:
                    for art in left:
                        art = {k: v for k, v in art.items() if k != "v"}
                        f.write(json.dumps(art, ensure_ascii=False) + "\n")
                logger.error("quarry: the %d held articles are in %s",
                             len(left), self.unacked_file)
        d, self.closed = self.closed, None
        if d is not None:
            d.callback(None)


def _describe(item):
    from itemadapter import ItemAdapter
    a = ItemAdapter(item)
    return {k: a.get(k) for k in ("id", "url", "title") if k in a}
