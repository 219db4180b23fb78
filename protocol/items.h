/*
 * items.h — what the decoder keeps of a DONE's quotes and dates for the
 * encoder, private to protocol/: the bytes of each element it read in
 * exactly the form encode.c writes, so that a Result made from the DONE
 * copies them instead of encoding the same values again
 * (proto_encode_result_reusing in message.h).
 */
#ifndef QUARRY_ITEMS_H
#define QUARRY_ITEMS_H

#include <stddef.h>

#include "message.h"

/*
 * Quote (date 0) or date (date 1) number i of r, as d last decoded it
 * from a DONE: the bytes of its map in that DONE's frame, which are what
 * encode.c writes for its values without text, and their count in *len.
 * NULL when r's array is not d's as decoded, or that element was not read
 * by the fast path in the encodings msgpack-c's packer picks.
 */
const unsigned char *proto_decoder_item_wire(const struct proto_decoder *d,
	    const struct result *r, int date, size_t i, size_t *len);

#endif
