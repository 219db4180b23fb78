/*
 * fuzz_body.h — what the extractor harnesses share: an Article made from
 * fuzzer bytes the way the broker would let one through, and the checks
 * every extraction result must pass.
 */
#ifndef QUARRY_FUZZ_BODY_H
#define QUARRY_FUZZ_BODY_H

#include <stddef.h>
#include <stdint.h>

#include "extract.h"

/*
 * Run extract_run(mode) over an article built from data: the first byte
 * picks whether there is a "published" date and which one; the rest,
 * with NULs and invalid UTF-8 replaced, is the body.  Aborts when the
 * result would not pass the broker's proto_result_check.
 */
int	fuzz_extract_one(enum extract_mode, const uint8_t *, size_t);

#endif
