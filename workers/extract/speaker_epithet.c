/*
 * speaker_epithet.c — mentions that stand for a person by no name of
 * theirs: an age ("the 21-year-old") or a people's word ("the Italian")
 * for the person the text gave that age or last named, a transcript's
 * turn label ("JAKE TAPPER:", "A:") and a Q&A's answer for whom its
 * introduction names.  speaker_of (speaker.c) asks these of a mention
 * the names scan's names do not resolve; out of speaker.c.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "quotes_int.h"
#include "speaker_int.h"
#include "text.h"

/*
 * Is the mention [ms, me) an age standing for a person, "the 54-year-old"?
 * News style calls the person last named so (one person, as he or she).
 */
int
speaker_epithet_age(const char *s, size_t ms, size_t me)
{
	static const char tail[] = "-year-old";
	size_t p = ms + 4, n = sizeof(tail) - 1;

	if (me - ms < 4 + 1 + n || (s[ms] | 0x20) != 't' ||
	    !text_range_eq(s, ms, ms + 4, "the "))
		return 0;
	while (p < me && (unsigned)(s[p] - '0') < 10)
		p++;
	return p > ms + 4 && me - p == n && text_range_eq(s, p, me, tail);
}

/*
 * Does the text give the name nm the age [ds, de) (digits): "Carlos
 * Alcaraz, 21,", "John Smith (54)", "54-year-old John Smith"?
 */
static int
age_given(const char *s, size_t len, const struct name *nm, size_t ds,
    size_t de)
{
	size_t n = de - ds, e = nm->end, b = nm->start;
	static const char tail[] = "-year-old ";
	size_t tl = sizeof(tail) - 1;

	/* after it: ", 21," / ", 21 " / " (21)" */
	if (e + 2 + n < len && ((s[e] == ',' && s[e + 1] == ' ') ||
	    (s[e] == ' ' && s[e + 1] == '(')) &&
	    memcmp(s + e + 2, s + ds, n) == 0 &&
	    (unsigned)(s[e + 2 + n] - '0') >= 10)
		return 1;
	/* before it: "54-year-old John Smith" */
	return b >= n + tl && memcmp(s + b - tl, tail, tl) == 0 &&
	    memcmp(s + b - tl - n, s + ds, n) == 0 &&
	    (b == n + tl || (unsigned)(s[b - tl - n - 1] - '0') >= 10);
}

/*
 * The person the age epithet [ms, me) ("the 21-year-old") names: the
 * latest named whose age the text gave as that number, news giving a
 * person's age once, at the name ("Carlos Alcaraz, 21, beat Jannik
 * Sinner ... the 21-year-old said" is Alcaraz, not the last named).
 */
int
speaker_epithet_age_holder(struct qx *x, size_t ms, size_t me, struct str *out)
{
	size_t ds = ms + 4, de = ds, i, n;

	while (de < me && (unsigned)(x->s[de] - '0') < 10)
		de++;
	speaker_names_scan_to(x, ms);
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n; i++) {
		struct name *nm = &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];

		if (nm->end > ms || !nm->person ||
		    !age_given(x->s, x->len, nm, ds, de) ||
		    speaker_ring_kind(x, nm) == SPEAKER_NONE)
			continue;
		*out = str_make(x->s + nm->start, nm->end - nm->start);
		return 1;
	}
	return 0;
}

/*
 * Is the mention [ms, me) "the" and a people's word that can only be one
 * person ("the Italian", "the German", "the Israeli", "the Spaniard": the
 * people are "the Italians"), its name [ns, ne) that word?  Sports and
 * foreign news call the person last named so, as "the 21-year-old".
 * Not a word the people itself is called by ("the French", "the
 * Chinese", "the Portuguese": -ch, -sh, -ese, -ss), which news writes
 * for a nation.
 */
int
speaker_epithet_people(const char *s, size_t ms, size_t me, size_t ns,
    size_t ne)
{
	struct text_word w;
	size_t p = ns;
	char z;

	if (ns != ms + 4 || ne != me || ne - ns < 4 ||
	    !text_range_eq(s, ms, ms + 4, "the "))
		return 0;
	z = s[ne - 1];
	if (!(z == 'i' || (z == 'n' && s[ne - 2] == 'a') ||
	    (z == 'd' && s[ne - 2] == 'r' && s[ne - 3] == 'a')) ||
	    !text_word_next(s, ne, &p, &w) || w.end != ne ||
	    !(w.flags & TEXT_W_CAP))
		return 0;
	return speaker_kind_people_word(s, &w);
}

/* Bytes before a people's epithet in which another person named makes
 * it ambiguous: two paragraphs of wire copy (about 100 words), where a
 * sports or foreign report names both sides before it calls one of them
 * by nationality. */
#define PEOPLE_EPITHET_BYTES	600

/* The last word of [a, b): its start. */
static size_t
last_word_start(const char *s, size_t a, size_t b)
{
	while (b > a && s[b - 1] != ' ')
		b--;
	return b;
}

/*
 * Is the person r the only one named within PEOPLE_EPITHET_BYTES before
 * the epithet at ms ("Sinner ... the Italian")?  News calls a person by
 * nationality to tell them from another, whose nationality the text may
 * not give: "Jannik Sinner beat Carlos Alcaraz ... the Italian said" is
 * not the last named (review R6).  A name and its surname alone are one.
 */
int
speaker_epithet_people_alone(struct qx *x, size_t ms, struct str r)
{
	const char *s = x->s;
	size_t i, n, rs, re, rl, ns;

	if (r.p < s || r.p + r.len > s + x->len)
		return 1;	/* a speaker reported, no name in the text */
	rs = (size_t)(r.p - s);
	re = rs + r.len;
	rs = last_word_start(s, rs, re);
	rl = re - rs;
	n = x->nring < NAME_RING_MAX ? x->nring : NAME_RING_MAX;
	for (i = 0; i < n; i++) {
		struct name *nm = &x->ring[(x->nring - 1 - i) % NAME_RING_MAX];

		if (nm->end > ms || !nm->person ||
		    speaker_ring_kind(x, nm) == SPEAKER_NONE)
			continue;
		if (nm->end + PEOPLE_EPITHET_BYTES < ms)
			break;
		ns = last_word_start(s, nm->start, nm->end);
		if (nm->end - ns != rl || memcmp(s + ns, s + rs, rl) != 0)
			return 0;
	}
	return 1;
}

/* A party after a name in a broadcast label: " (R)", " (D-N.Y.)". */
#define TURN_PARTY_BYTES	12

/*
 * Is [ns, ne) a transcript's turn label: at a line's start, a colon
 * right after it ("A: I grew up near one.", "JAKE TAPPER: Governor, ...")
 * or a comma and the speaker's role ("JAKE TAPPER, CNN HOST: ...")?
 */
int
speaker_epithet_turn_label(const struct qx *x, size_t ns, size_t ne)
{
	const char *s = x->s;
	size_t p;

	if (ne >= x->len)
		return 0;
	if (s[ne] == ':' || (ne == ns + 1 && s[ne] == '.' &&
	    (s[ns] == 'Q' || s[ns] == 'A') && ne + 1 < x->len &&
	    s[ne + 1] == ' '))
		return ns == 0 || s[ns - 1] == '\n';
	/* the role's label reads its whole line: a title may open it and
	 * a party follow the name ("SEN. SUSAN COLLINS (R), MAINE:") */
	for (p = ne; p < x->len && p - ne < TURN_PARTY_BYTES && (s[p] == ' ' ||
	    s[p] == '(' || s[p] == ')' || s[p] == '-' || s[p] == '.' ||
	    (unsigned)(s[p] - 'A') < 26); p++)
		;
	return p < x->len && s[p] == ',' &&
	    speech_headline_role(s, x->len, p) != 0;
}

/*
 * Who answers in a Q&A: the first person its introduction names, before
 * its first "Q:" turn, as a Q&A's title and introduction open on whom it
 * interviews ("Q&A with Vice President Joe Biden. / ... / Q: ... / A:
 * ...", "The novelist Ann Patchett spoke with us about her new book.");
 * the names after it are those the introduction mentions on the way
 * (a judge, a publisher) and those the questions name.  Worked out once
 * an article; none when the introduction names no person.  Past
 * NAME_RING_MAX names only the last ones are kept: the first person
 * among those answers.
 */
struct str
speaker_epithet_qa_answerer(struct qx *x, size_t pos)
{
	const char *s = x->s, *p;
	size_t first = pos, i;
	enum speaker_kind kind;

	if (x->qa_known)
		return x->qa_answerer;
	x->qa_known = 1;
	x->qa_answerer = str_make(NULL, 0);
	if (pos >= 2 && s[0] == 'Q' && (s[1] == ':' || s[1] == '.'))
		return x->qa_answerer;
	if ((p = memmem(s, pos, "\nQ:", 3)) != NULL ||
	    (p = memmem(s, pos, "\nQ. ", 4)) != NULL)
		first = (size_t)(p - s) + 1;
	speaker_names_scan_to(x, first);
	for (i = x->nring > NAME_RING_MAX ? x->nring - NAME_RING_MAX : 0;
	    i < x->nring; i++) {
		struct name *nm = &x->ring[i % NAME_RING_MAX];

		if (nm->end > first)
			break;
		if (!nm->person)
			continue;
		kind = speaker_ring_kind(x, nm);
		if (kind == SPEAKER_PERSON || kind == SPEAKER_MAYBE) {
			x->qa_answerer = str_make(s + nm->start,
			    nm->end - nm->start);
			break;
		}
	}
	return x->qa_answerer;
}
