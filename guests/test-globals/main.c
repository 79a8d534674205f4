/*
 * test-globals -- conformance: the loader and start-up placed the image's
 * initialised data, zeroed its BSS and kept constants intact, and both are
 * writable/readable where they should be.
 */
#include <stdint.h>
#include <string.h>

#include "solo5.h"

static void say(const char *s)
{
    solo5_console_write(s, strlen(s));
}

static volatile uint64_t initialised = 0x1122334455667788ULL;
static volatile uint32_t zeroed[1024];
static const char constant[] = "read-only data survives";
static volatile const char *volatile const_ptr = constant;

int solo5_app_main(const struct solo5_start_info *si)
{
    (void)si;
    say("\n**** ukplay conformance: globals ****\n\n");
    if (initialised != 0x1122334455667788ULL) {
        say("FAILURE: initialised data has the wrong value\n");
        return SOLO5_EXIT_FAILURE;
    }
    for (size_t i = 0; i < 1024; i++) {
        if (zeroed[i] != 0) {
            say("FAILURE: BSS is not zero\n");
            return SOLO5_EXIT_FAILURE;
        }
    }
    initialised = 42;
    for (size_t i = 0; i < 1024; i++)
        zeroed[i] = (uint32_t)i * 3;
    uint64_t sum = 0;
    for (size_t i = 0; i < 1024; i++)
        sum += zeroed[i];
    if (initialised != 42 || sum != 3ULL * 1023 * 1024 / 2) {
        say("FAILURE: globals do not keep what was written\n");
        return SOLO5_EXIT_FAILURE;
    }
    if (strcmp((const char *)const_ptr, "read-only data survives") != 0) {
        say("FAILURE: rodata changed\n");
        return SOLO5_EXIT_FAILURE;
    }
    say("SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
