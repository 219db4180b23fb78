/*
 * hostile.h — the generated family of hostile bodies: every unit of one,
 * two or three pieces (quotation marks straight and curly, apostrophes,
 * punctuation, and the word bits that make a mark open, close or elide),
 * repeated to fill a body.  linear_bench times the extractors on them;
 * test_extract counts how often the extractors go back over them.
 */
#ifndef QUARRY_HOSTILE_H
#define QUARRY_HOSTILE_H
#include <stddef.h>

/* The most pieces in a unit, and the longest unit in bytes (NUL too):
 * HOSTILE_PIECES_MAX pieces of at most 4 bytes each (the longest piece
 * is "em" followed by a space, or a 3-byte mark). */
#define HOSTILE_PIECES_MAX	3
#define HOSTILE_UNIT_MAX	(HOSTILE_PIECES_MAX * 4 + 1)

/* How many units of k pieces there are (k from 1 to HOSTILE_PIECES_MAX). */
size_t	hostile_units(unsigned k);
/* Unit i of k pieces into buf (HOSTILE_UNIT_MAX bytes, NUL-terminated);
 * its length in bytes. */
size_t	hostile_unit(unsigned k, size_t i, char *buf);
/* buf[0..len) filled with the unit repeated; the tail a whole unit does
 * not fill is spaces, so the body stays UTF-8. */
void	hostile_fill(char *buf, size_t len, const char *unit, size_t ulen);
#endif
