/*
 * options.h — the one table of quarryd's settings, in the manner of
 * tmux's options-table.c: each setting's name, type, bounds, default,
 * help text and whether a reload applies it.  The flags (getopt), the
 * settings file (conffile.c), --check-config, --help and the manual's
 * option lists (checked by tests/test_config.c) all come from it.
 *
 * To add a setting: a field in struct config (config.h), one entry in
 * options_table[] (options.c), a paragraph in docs/man/quarryd.8 and
 * docs/man/quarryd.conf.5 (the test names what is missing) and, for file
 * keys, a line in systemd/quarryd.conf.
 */
#ifndef QUARRY_OPTIONS_H
#define QUARRY_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

#include "config.h"

enum options_type {
	OPTIONS_STRING,		/* char *; NULL: not set */
	OPTIONS_NUMBER,		/* int, unsigned or size_t in [min, max] */
	OPTIONS_CHOICE,		/* an enum: one of choices[] */
	OPTIONS_SWITCH,		/* int 0/1: yes/no in the file; the flag
				 * (no value) sets flag_value */
	OPTIONS_ACTION,		/* flag only, no field: --help, --version */
};

/* Where a setting may be given. */
#define OPTIONS_FLAG	0x1	/* on the command line */
#define OPTIONS_FILE	0x2	/* in quarryd.conf */
#define OPTIONS_BOTH	(OPTIONS_FLAG | OPTIONS_FILE)

struct options_choice {
	const char	*name;
	int		 value;
};

struct options_entry {
	const char	*name;		/* the file's key; the flag is the
					 * same with '-' for '_' */
	const char	*flag;		/* a flag spelled otherwise, or NULL */
	int		 short_name;	/* 'w', or 0 */
	enum options_type type;
	int		 scope;		/* OPTIONS_FLAG | OPTIONS_FILE */
	size_t		 offset;	/* the field in struct config */
	size_t		 width;		/* ... and its size (numbers) */
	unsigned long long minimum, maximum;
	unsigned long long default_num;	/* numbers, choices, switches */
	const char	*default_str;	/* strings; NULL: none or derived */
	const char	*default_text;	/* the default in words, when it is
					 * derived at start (CPUs, $ENV) */
	const struct options_choice *choices; /* NULL-terminated */
	int		 flag_value;	/* switches: what the flag sets */
	const char	*arg;		/* the value's name in --help: N, MS */
	const char	*text;		/* one line of help */
	const char	*flag_text;	/* --help's line when the flag says
					 * otherwise than the key (--no-spool) */
	int		 reload;	/* SIGHUP applies it while running */
	/* Strings: more checks than "not empty"; 0, or -1 with why. */
	int		(*check)(const char *, char *why, size_t whylen);
};

extern const struct options_entry options_table[];
extern const size_t options_count;

/* The entry of a file key, a long flag (without "--") or a short one. */
const struct options_entry *options_by_name(const char *);
const struct options_entry *options_by_flag(const char *);
const struct options_entry *options_by_short(int);

/* "--queue-max" or "--no-spool" into buf. */
const char *options_flag_name(const struct options_entry *, char *buf,
	    size_t len);

/* Every setting at its table default (derived defaults stay unset). */
void	options_defaults(struct config *);

/*
 * Set o from text: numbers through the one parser, in bounds; choices
 * by name; switches as yes/no, on/off, true/false, 1/0; strings not
 * empty and past o->check.  0, or -1 with why ("\"12x\" is not a number
 * from 1 to 10000000"), which the caller prefixes with the flag or the
 * file, line and key.  c is unchanged on error.
 */
int	options_set(struct config *, const struct options_entry *,
	    const char *value, char *why, size_t whylen);

/* o's value as the file spells it into buf; 0, or -1 when not set. */
int	options_format(const struct config *, const struct options_entry *,
	    char *buf, size_t len);

/* The default as --help and the manual say it ("10000", "CPUs"), or
 * NULL when there is none. */
const char *options_default_text(const struct options_entry *, char *buf,
	    size_t len);

/* Copy o's value from src into dst (reload). */
void	options_copy(struct config *dst, const struct config *src,
	    const struct options_entry *);

/* --help, generated from the table. */
void	options_usage(FILE *);

#endif
