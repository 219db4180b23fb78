/*
 * hostile.c — the generated family of hostile bodies (see hostile.h).
 * The pieces are what the extractors decide on: which way a mark points
 * depends on what is either side of it, an apostrophe on the word after
 * it, a sentence on its punctuation; so every unit of up to three pieces
 * puts each mark next to each kind of neighbour, and a body of one unit
 * repeated is the worst case of whatever look-around the mark triggers.
 */
#include <string.h>

#include "hostile.h"

static const char *const hostile_pieces[] = {
	"\"", "'", "`",
	"\xe2\x80\x9c", "\xe2\x80\x9d",		/* “ ” */
	"\xe2\x80\x98", "\xe2\x80\x99",		/* ‘ ’ */
	"\xc2\xab", "\xc2\xbb",			/* « » */
	"\xe2\x80\xb9", "\xe2\x80\xba",		/* ‹ › */
	"\xe2\x80\x9e",				/* „ */
	" ", "\n", ".", ",", ":",
	"\xe2\x80\x94",				/* — */
	"a", "A", "9", "em ",
};
#define HOSTILE_NPIECES	(sizeof(hostile_pieces) / sizeof(hostile_pieces[0]))

size_t
hostile_units(unsigned k)
{
	size_t n = 1;

	while (k-- > 0)
		n *= HOSTILE_NPIECES;
	return n;
}

size_t
hostile_unit(unsigned k, size_t i, char *buf)
{
	size_t len = 0, n;
	const char *p;

	while (k-- > 0) {
		p = hostile_pieces[i % HOSTILE_NPIECES];
		i /= HOSTILE_NPIECES;
		n = strlen(p);
		memcpy(buf + len, p, n);
		len += n;
	}
	buf[len] = '\0';
	return len;
}

void
hostile_fill(char *buf, size_t len, const char *unit, size_t ulen)
{
	size_t off = 0;

	while (ulen > 0 && len - off >= ulen) {
		memcpy(buf + off, unit, ulen);
		off += ulen;
	}
	memset(buf + off, ' ', len - off);
}
