/*
 * test_log.c — levels and the escaping of untrusted text for log lines.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "log.h"

Test(log, levels_parse)
{
	cr_assert_eq(log_level_parse("debug"), LOG_LEVEL_DEBUG);
	cr_assert_eq(log_level_parse("WARN"), LOG_LEVEL_WARN);
	cr_assert_eq(log_level_parse("err"), LOG_LEVEL_ERR);
	cr_assert_eq(log_level_parse("info"), LOG_LEVEL_INFO);
	cr_assert_eq(log_level_parse("verbose"), -1);
	cr_assert_str_eq(log_level_name(LOG_LEVEL_WARN), "warn");
}

Test(log, excerpt_escapes_and_truncates)
{
	char buf[LOG_EXCERPT_BUFSZ];
	char long_text[LOG_EXCERPT_MAX * 2];

	cr_assert_str_eq(log_excerpt(buf, "plain", 5), "plain");
	cr_assert_str_eq(log_excerpt(buf, "a\nb\t\"c\\", 7),
	    "a\\nb\\t\\\"c\\\\");
	cr_assert_str_eq(log_excerpt(buf, "\x1b[31m\xe2\x80\x9c", 8),
	    "\\x1b[31m\\xe2\\x80\\x9c");
	cr_assert_str_eq(log_excerpt(buf, "nul\0x", 5), "nul\\x00x");
	cr_assert_str_eq(log_excerpt(buf, NULL, 0), "");
	memset(long_text, 'x', sizeof(long_text));
	log_excerpt(buf, long_text, sizeof(long_text));
	cr_assert_eq(strlen(buf), LOG_EXCERPT_MAX + 3);
	cr_assert_str_eq(buf + LOG_EXCERPT_MAX, "...");
	/* The worst case fits the buffer. */
	memset(long_text, 0xff, sizeof(long_text));
	log_excerpt(buf, long_text, sizeof(long_text));
	cr_assert_eq(strlen(buf), LOG_EXCERPT_MAX * 4 + 3);
}
