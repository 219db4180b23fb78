/*
 * fuzz_repeat.c — libFuzzer harness for the extractors' running time:
 * the input is a unit, repeated to a FUZZ_REPEAT_BYTES body and run
 * through extract_run with both extractors (the first byte picks the
 * "published" date, as in fuzz_body.h).  A body of one short unit
 * repeated is where a scan that starts over from every mark costs the
 * most, and libFuzzer's inputs stay short, so this is how the fuzzer
 * reaches a megabyte of them; make fuzz's -timeout then fails the run on
 * any unit whose megabyte takes over FUZZ_TIMEOUT.  Checks as fuzz_body.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "fuzz_body.h"

/* The body: 1 MiB, the size the time budget is stated at
 * (docs/security.md); a unit longer than FUZZ_REPEAT_UNIT_MAX is cut,
 * as long units are plain text, which fuzz_quotes and fuzz_dates cover. */
#define FUZZ_REPEAT_BYTES	(1u << 20)
#define FUZZ_REPEAT_UNIT_MAX	64

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t *buf;
	size_t ulen, off;

	if (size < 2)
		return 0;
	if (buf == NULL && (buf = malloc(1 + FUZZ_REPEAT_BYTES)) == NULL)
		abort();
	ulen = size - 1 < FUZZ_REPEAT_UNIT_MAX ? size - 1 :
	    FUZZ_REPEAT_UNIT_MAX;
	buf[0] = data[0];
	for (off = 0; off + ulen <= FUZZ_REPEAT_BYTES; off += ulen)
		memcpy(buf + 1 + off, data + 1, ulen);
	memset(buf + 1 + off, ' ', FUZZ_REPEAT_BYTES - off);
	return fuzz_extract_one(EXTRACT_ALL, buf, 1 + FUZZ_REPEAT_BYTES);
}
