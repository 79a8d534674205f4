/*
 * test-hello -- conformance: console output and the command line. The
 * runtime must hand the application its arguments with the --solo5:LEVEL
 * options removed; the catalog runs it with "Hello_Solo5" (and, as
 * test-quiet, with --solo5:quiet in front, where no runtime line may appear).
 */
#include <string.h>

#include "solo5.h"

static void say(const char *s)
{
    solo5_console_write(s, strlen(s));
}

int solo5_app_main(const struct solo5_start_info *si)
{
    say("\n**** ukplay conformance: hello ****\n\n");
    say("Hello, World\nCommand line is: '");
    say(si->cmdline);
    say("'\n");
    if (strcmp(si->cmdline, "Hello_Solo5") != 0) {
        say("FAILURE: expected the command line 'Hello_Solo5'\n");
        return SOLO5_EXIT_FAILURE;
    }
    say("SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
