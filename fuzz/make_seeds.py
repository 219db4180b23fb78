#!/usr/bin/python3
"""make_seeds.py -- writes the seed corpora under fuzz/corpus/ (committed;
rerun only to change them).  Seeds are small valid messages of every kind
plus a few near misses, so the fuzzer starts from the shapes that reach
deep into the decoders and extractors."""
import hashlib
import os
import msgpack

HERE = os.path.dirname(os.path.abspath(__file__))


def put(harness, data):
    d = os.path.join(HERE, "corpus", harness)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def pk(o):
    return msgpack.packb(o, use_bin_type=True)


BODY = ('"We will win," Putin said on Monday. Kim told reporters: '
        '"It is done." The talks began on August 3, 2015, 35 years ago.')
article = {"v": 1, "id": "upi-1", "body": BODY, "url": "https://upi.com/a",
           "source": "upi.com", "title": "T", "lang": "en",
           "published": "2016-08-15T10:30:00+02:00"}
quote = {"start": 0, "end": 14, "kind": "direct", "speaker": "Putin",
         "speaker_start": 15, "speaker_end": 20, "cue": "said"}
date = {"start": 24, "end": 30, "type": "DATE", "value": "2016-08-15",
        "mod": "BEFORE"}
result = {"quotes": [quote], "dates": [date], "elapsed_us": 12,
          "extractor": "quarry-extract/0.1"}

decode = [
    article,
    {"id": "x", "body": "y"},
    {"v": 1, "id": "a", "status": "accepted"},
    {"v": 1, "id": None, "status": "rejected", "error": "body: empty"},
    {"v": 1, "t": "ready", "credit": 2, "pid": 42, "name": "h:42",
     "extractor": "quarry-extract/0.1"},
    {"v": 1, "t": "job", "job": 7, "attempt": 1, "article": article},
    {"v": 1, "t": "done", "job": 7, "result": result},
    {"v": 1, "t": "done", "job": 7, "error": "extract: oom"},
    {"v": 1, "t": "hb"},
    {"v": 1, "t": "bye"},
    {"v": 1, "id": "upi-1", "seq": 3, "url": None, "source": "upi.com",
     "published": None,
     "quotes": [dict(quote, text=BODY[0:14])],
     "dates": [dict(date, text=BODY[24:30])], "worker": "h:1",
     "elapsed_us": 5, "extractor": "quarry-extract/0.1"},
    {"v": 1, "id": "d", "seq": 4, "error": "worker crashed",
     "attempts": 3},
]
for m in decode:
    put("fuzz_decode", pk(m))
# Batches (JOBS, DONES): each message whole, as a binary string.
job = {"v": 1, "t": "job", "job": 7, "attempt": 1, "article": article}
done = {"v": 1, "t": "done", "job": 7, "result": result}
put("fuzz_decode", pk({"v": 1, "t": "ready", "credit": 4, "batch": 4}))
put("fuzz_decode", pk({"v": 1, "t": "jobs",
                       "msgs": [pk(job), pk(dict(job, job=8))]}))
put("fuzz_decode", pk({"v": 1, "t": "dones",
                       "msgs": [pk(done), pk({"v": 1, "t": "done",
                                              "job": 8, "error": "x"})]}))
put("fuzz_decode", pk({"v": 1, "t": "dones", "msgs": [pk(job)]}))
put("fuzz_decode", pk({"v": 2, "id": "x", "body": "y"}))
put("fuzz_decode", pk({"id": "x", "body": b"bin"}))
put("fuzz_decode", pk({"id": "x", "body": "y", 1: 2}))
put("fuzz_decode", pk({"tags": [[[[[[["deep"]]]]]]], "id": "x"}))
put("fuzz_decode", pk(article)[:40])

# fuzz_result_check: one byte n, n bytes of body, then a DONE.
body = BODY.encode()[:255]
for r in (result, {"quotes": [], "dates": []},
          {"quotes": [quote, dict(quote, start=40, end=60, kind="partial",
                                  speaker=None, speaker_start=None,
                                  speaker_end=None, cue=None)],
           "dates": [date, dict(date, start=100, end=116,
                                type="DURATION", value="P35Y")]}):
    done = pk({"v": 1, "t": "done", "job": 1, "result": r})
    put("fuzz_result_check", bytes([len(body)]) + body + done)

# Extractors: the first byte's low bit asks for a published date.
texts = [
    BODY,
    '"A," he said. "B." She said: \u201cC\u201d and \u2018D\u2019.',
    "The president, who spoke on Tuesday, told CNN that \"we are ready\".",
    "According to the ministry, \u00abnothing changed\u00bb since 1999.",
    "Meeting at 3 p.m. on 15/08/2016, every Monday, for two weeks; "
    "last year, next month, the 1990s, 2016-W33, early 2015.",
    "'single' ''double'' \"\"\"\" \" \" \" 12/12/12/12/12",
    "\u201eGerman\u201c and \u300cJapanese\u300d quotes, yesterday.",
]
for t in texts:
    for flag in (0, 1, 3):
        put("fuzz_quotes", bytes([flag]) + t.encode())
        put("fuzz_dates", bytes([flag]) + t.encode())

# fuzz_repeat: the first byte as above, then a unit the harness repeats
# to a megabyte: the marks and apostrophes whose look-around once ran to
# the end of the body, and plain sentences with quotes and dates.
units = [
    "\u201c\u2018", "\"' ", " \u2018em", "\u2018\u201c", "'''\"",
    '"We will win," Putin said on Monday 3 August 2015. ',
    "12/31/1999 ",
]
for u in units:
    for flag in (0, 1):
        put("fuzz_repeat", bytes([flag]) + u.encode())
