/*
 * tools.h — the subcommands of the quarry CLI.  Each takes the arguments
 * after its name (argv[0] is the subcommand) and returns the exit status.
 */
#ifndef QUARRY_TOOLS_H
#define QUARRY_TOOLS_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

/*
 * Returned by a command whose arguments were wrong: main prints the
 * command's usage and exits 2.  Negative, so no exit status can mean it.
 */
#define TOOLS_USAGE	(-1)

int	feed_main(int argc, char **argv);
int	sub_main(int argc, char **argv);
/* `quarry sub --nats URL ...`: sub_main hands over to it. */
int	natssub_main(int argc, char **argv);
int	extract_cmd_main(int argc, char **argv);
int	stats_main(int argc, char **argv);
int	keygen_main(int argc, char **argv);

/*
 * A flag's number, within [min, max] and whole if integer is set; on a bad
 * one, says so on stderr ("quarry CMD: --flag: ...") and returns -1.
 * Inline here because every command parses flags and quarry.c, which
 * would be its natural home, is not linked into the tests.
 */
static inline int
tools_number(const char *cmd, const char *flag, const char *arg,
    double min, double max, int integer, double *out)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (end == arg || *end != '\0' || errno != 0 ||
	    !(v >= min && v <= max) || (integer && v != (double)(long)v)) {
		fprintf(stderr, "quarry %s: %s: expected a%s number from %.15g "
		    "to %.15g, got \"%s\"\n", cmd, flag, integer ? " whole" : "",
		    min, max, arg);
		return -1;
	}
	*out = v;
	return 0;
}

#endif
