/*
 * quotes_mark.h — the quotation-mark scanner (quotes_mark.c) as the pairer
 * in quotes.c sees it: the glyphs, the mark tokens and the scanner's
 * state, and the tests the pairer asks of a mark.  Private to the quote
 * pass: only quotes.c and quotes_mark.c include it.
 */
#ifndef QUARRY_QUOTES_MARK_H
#define QUARRY_QUOTES_MARK_H

#include <stddef.h>

/* --- marks --- */

/* Double marks open quotes, single ones quotes inside them (or
 * headlines). */
enum fam {
	FAM_DOUBLE,
	FAM_SINGLE,
};

/* Which way a glyph points by itself. */
enum pref {
	PREF_OPEN,
	PREF_CLOSE,
	PREF_EITHER,
};

/* Which way the characters around a mark say it points. */
enum ctx {
	CTX_NEUTRAL,
	CTX_OPEN,		/* space or opener before, text after */
	CTX_CLOSE,		/* text before, space or punctuation after */
};

enum glyph {
	G_NONE,
	G_DQ,			/* " */
	G_APOS2,		/* '' (wire and NYT style) */
	G_GRAVE2,		/* `` */
	G_LDQ,			/* “ ‟ */
	G_RDQ,			/* ” */
	G_LOW9,			/* „ */
	G_LAQ,			/* « */
	G_RAQ,			/* » */
	G_SQ,			/* ' */
	G_GRAVE1,		/* ` */
	G_LSQ,			/* ‘ ‛ */
	G_RSQ,			/* ’ */
	G_LOW9S,		/* ‚ */
	G_LSAQ,			/* ‹ */
	G_RSAQ,			/* › */
};

struct mark {
	size_t		 pos, len;
	enum glyph	 g;
	enum fam	 fam;
	enum pref	 pref;
	enum ctx	 ctx;
};

enum event {
	EV_END,
	EV_PARA,
	EV_MARK,
	EV_DASHQ,		/* ",—": unmarked direct speech ends here */
};

struct scan {
	const char	*s;
	size_t		 len, pos;
	size_t		 run_end;	/* end of a run of apostrophes */
	enum ctx	 run_ctx;
	size_t		 para;		/* where the paragraph of pos starts
					 * (after its break), or 0 */
	int		 paras;		/* return breaks as EV_PARA (else
					 * they only move para) */
	int		 all;		/* return inert marks too (the
					 * tests check they are inert) */
	int		 bytewise;	/* read a byte at a time, without
					 * SSE2 (the tests compare the two) */
};

/* --- the scanner --- */

/* The next mark, paragraph break (if sc->paras) or ",—" at or after
 * sc->pos, sc->pos moved past it; EV_END at the body's end.  Marks that
 * can neither open nor close a quote are passed over.  Start with sc
 * zeroed but for s and len; the pairer may move sc->pos (zeroing
 * sc->run_end) and sets sc->paras when a break matters to it. */
enum event	quotes_mark_next(struct scan *sc, struct mark *m);

/* --- what one mark can do --- */

/* Can a single mark open a quote (not an elision: 'tis, ’90s)? */
int		quotes_mark_single_can_open(const char *s, size_t len,
		    const struct mark *m);
/* Can a single mark close one (not an apostrophe: rock ’n’ roll)? */
int		quotes_mark_single_can_close(const char *s, size_t len,
		    const struct mark *m);
int		quotes_mark_double_can_open(const struct mark *m);
int		quotes_mark_double_closes(enum glyph opener,
		    const struct mark *m);
/* After a paragraph break at pos: the position after the double mark that
 * opens the next paragraph and so continues an open quote, or 0. */
size_t		quotes_mark_continues_at(const char *s, size_t len, size_t pos);
/* Does an opening mark follow pos past a comma and a space? */
int		quotes_mark_follows(const char *s, size_t len, size_t pos);
/* Does s[lo, end) hold a double quotation mark of any style? */
int		quotes_mark_double_within(const char *s, size_t lo, size_t end);

#endif
