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

#include "decode_int.h"
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

/*
 * The same, in two steps for a whole array: its elements as d decoded
 * them (NULL when r's array is not d's), then each element's bytes
 * (NULL when the fast path did not read it in the packer's encodings).
 * Inline, so a Result's few dozen items cost no call each.
 */
static inline const struct elems *
proto_decoder_items(const struct proto_decoder *d, const struct result *r,
    int date)
{
	const struct elems *el = date ? &d->del : &d->qel;

	if (d->done_frame == NULL || el->state != ELEMS_DONE ||
	    (date ? r->dates != d->dates || r->ndates != el->n :
	    r->quotes != d->quotes || r->nquotes != el->n))
		return NULL;
	return el;
}

static inline const unsigned char *
proto_decoder_items_wire(const struct proto_decoder *d,
    const struct elems *el, size_t i, size_t *len)
{
	const struct elem *e;

	if (i >= el->n || !(e = &el->v[i])->ready || !e->minimal)
		return NULL;
	*len = e->wire_len;
	return d->done_frame + e->wire_at;
}

#endif
