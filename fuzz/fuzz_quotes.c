/*
 * fuzz_quotes.c — libFuzzer harness for the quote extractor, through
 * extract_run as the worker calls it (see fuzz_body.h for the input).
 */
#include <stddef.h>
#include <stdint.h>

#include "extract.h"
#include "fuzz_body.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_extract_one(EXTRACT_QUOTES, data, size);
}
