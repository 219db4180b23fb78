/*
 * test_dates_scan.c — the date extractor's scanner (workers/extract/
 * dates/scan.c): its fast loop, which takes ASCII words, marks, numbers,
 * curly quotes and dashes after at most one space with its state in
 * registers, against its general path, which reads every character
 * through the code point predicates, token by token on random text
 * (dt_scan_tokens()): every field of every token and whether it can
 * open a rule.
 */
#include <stdint.h>

#include "dates_check.h"
#include "dates/dates_private.h"

TestSuite(dates_scan, .fini = dt_fini);

/* The longest text below and its most tokens. */
#define SCAN_TEXT_MAX	1200
#define SCAN_TOKS_MAX	SCAN_TEXT_MAX

/* A fixed random sequence (xorshift64), so a failure repeats. */
static uint64_t
scan_rand(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* The tokens of s[0, len) both ways, the same to the byte. */
static void
same_tokens(const struct dates_lexicon *lx, const char *s, size_t len)
{
	static struct tok fast[SCAN_TOKS_MAX], slow[SCAN_TOKS_MAX];
	static int ofast[SCAN_TOKS_MAX], oslow[SCAN_TOKS_MAX];
	size_t nf, ns, k;

	nf = dt_scan_tokens(lx, s, len, 0, fast, ofast, SCAN_TOKS_MAX);
	ns = dt_scan_tokens(lx, s, len, 1, slow, oslow, SCAN_TOKS_MAX);
	cr_assert_eq(nf, ns, "\"%.*s\": %zu tokens, general path %zu",
	    (int)len, s, nf, ns);
	for (k = 0; k < nf; k++) {
		cr_assert(memcmp(&fast[k], &slow[k], sizeof(fast[k])) == 0,
		    "\"%.*s\": token %zu [%u,%u) kind %d sp %d cap %d wid %d "
		    "para %d ch %u num %d \"%.16s\"; general path [%u,%u) "
		    "kind %d sp %d cap %d wid %d para %d ch %u num %d "
		    "\"%.16s\"", (int)len, s, k, fast[k].start, fast[k].end,
		    fast[k].kind, fast[k].sp, fast[k].cap, fast[k].wid,
		    fast[k].para, fast[k].ch, fast[k].num, fast[k].low,
		    slow[k].start, slow[k].end, slow[k].kind, slow[k].sp,
		    slow[k].cap, slow[k].wid, slow[k].para, slow[k].ch,
		    slow[k].num, slow[k].low);
		cr_assert_eq(ofast[k], oslow[k],
		    "\"%.*s\": token %zu [%u,%u) opens %d, general path %d",
		    (int)len, s, k, fast[k].start, fast[k].end, ofast[k],
		    oslow[k]);
	}
}

/* Append piece to body[*len] if it fits. */
static void
put(char *body, size_t *len, const char *piece)
{
	size_t n = strlen(piece);

	if (*len + n < SCAN_TEXT_MAX) {
		memcpy(body + *len, piece, n);
		*len += n;
	}
}

/*
 * Random text of listed words (capitalized or not), other ASCII words
 * up to 20 letters, numbers up to 20 digits, ASCII marks, curly quotes
 * and dashes, letters and spaces past ASCII, glued or apart by every
 * kind of gap; each text scanned from many offsets, so that its start
 * and its last 18 bytes (the general path's) fall everywhere.
 */
Test(dates_scan, the_fast_loop_against_the_general_path_on_random_text,
    .timeout = 120)
{
	static const char *const gaps[] = { "", " ", " ", " ", " ", "  ",
	    "\n", "\n\n", " \n", "\n ", "\t", "\r\n", "\v", "\f",
	    "\xe2\x80\x8b",		/* U+200B ZERO WIDTH SPACE */
	    "\xe2\x80\xa8",		/* U+2028 LINE SEPARATOR */
	    "\xc2\xa0",			/* U+00A0 NO-BREAK SPACE */
	    "\xe3\x80\x80" };		/* U+3000 IDEOGRAPHIC SPACE */
	static const char *const others[] = { "'", "-", ",", ".", ":", "/",
	    "%", "$", "(", ")", "\"", "`", ";", "!", "?", "#", "&", "*",
	    "\xe2\x80\x9c", "\xe2\x80\x9d",	/* curly double quotes */
	    "\xe2\x80\x98", "\xe2\x80\x99",	/* curly single quotes */
	    "\xe2\x80\x93", "\xe2\x80\x94",	/* en and em dash */
	    "\xe2\x80\x90", "\xe2\x80\x9f", "\xe2\x80\xa6", /* ellipsis */
	    "\xe2\x82\xac", "\xc2\xa3",		/* euro, pound */
	    "\xc3\xa9", "caf\xc3\xa9", "na\xc3\xafve", "\xc3\x89tat",
	    "\xe6\x97\xa5\xe6\x9c\xac",		/* CJK letters */
	    "\xf0\x9f\x98\x80",			/* an emoji */
	    "\xe2\x80\xb2",			/* U+2032 PRIME */
	    "'s", "'80s", "3rd", "10:30", "a.m.", "U.S.", "1990s",
	    "\xff", "\xc3" };			/* bytes no UTF-8 */
	static const char letters[] = "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	struct dates_lexicon *lx;
	uint64_t seed = UINT64_C(0x2545f4914f6cdd1d), r;
	char body[SCAN_TEXT_MAX], piece[32];
	size_t len, w, k, n, off, text;

	cr_assert_not_null(lx = dates_lexicon_new());
	for (text = 0; text < 400; text++) {
		len = 0;
		for (w = 0; w < 120 && len + 40 < SCAN_TEXT_MAX; w++) {
			r = scan_rand(&seed);
			switch (r % 5) {
			case 0:		/* a listed word */
				snprintf(piece, sizeof(piece), "%s",
				    dt_words[1 + (r >> 8) % (DW_COUNT - 1)].w.low);
				if ((r >> 40) % 4 == 0)
					piece[0] = (char)(piece[0] - 'a' + 'A');
				break;
			case 1:		/* another ASCII word, 1..20 letters */
				n = 1 + (r >> 8) % 20;
				for (k = 0; k < n; k++)
					piece[k] = letters[(r >> (12 + k % 8 * 4)) %
					    (k == 0 ? 52 : 26 + 26 * ((r >> 60) & 1))];
				piece[n] = '\0';
				break;
			case 2:		/* a number, 1..20 digits */
				n = 1 + (r >> 8) % ((r >> 50) % 4 == 0 ? 20 : 4);
				for (k = 0; k < n; k++)
					piece[k] = (char)('0' + (r >> (14 + k % 12 * 4)) % 10);
				piece[n] = '\0';
				break;
			default:	/* a mark, a character past ASCII */
				snprintf(piece, sizeof(piece), "%s",
				    others[(r >> 8) % (sizeof(others) /
				    sizeof(others[0]))]);
				break;
			}
			put(body, &len, piece);
			put(body, &len, gaps[(r >> 32) % (sizeof(gaps) /
			    sizeof(gaps[0]))]);
		}
		/* from the start, and from offsets all the way to the end */
		for (off = 0; off < len; off += 1 + off % 7)
			same_tokens(lx, body + off, len - off);
		/* and cut short at every length near the start */
		for (n = 0; n < 40 && n <= len; n++)
			same_tokens(lx, body, n);
	}
	dates_lexicon_destroy(&lx);
}

/* The texts the fast loop's bounds are about: a word of 15 and of 16
 * letters, a number of 15 and 16 digits, each at the text's end, 17,
 * 18 and 19 bytes before it, after one space and after two. */
Test(dates_scan, words_and_numbers_at_the_fast_loops_bounds)
{
	static const char *const tokens[] = { "abcdefghijklmno",
	    "abcdefghijklmnop", "Thanksgiving", "123456789012345",
	    "1234567890123456", "a", "7", "month\xc3\xa9", "month\xe2\x80\x94" };
	static const char *const gaps[] = { " ", "  ", "\n", "" };
	struct dates_lexicon *lx;
	char body[128];
	size_t t, g, pad, len;

	cr_assert_not_null(lx = dates_lexicon_new());
	for (t = 0; t < sizeof(tokens) / sizeof(tokens[0]); t++)
		for (g = 0; g < sizeof(gaps) / sizeof(gaps[0]); g++)
			for (pad = 0; pad < 24; pad++) {
				len = (size_t)snprintf(body, sizeof(body),
				    "word word%s%s%.*s", gaps[g], tokens[t],
				    (int)pad, " x x x x x x x x x x x x");
				same_tokens(lx, body, len);
			}
	dates_lexicon_destroy(&lx);
}
