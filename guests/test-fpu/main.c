/*
 * test-fpu -- conformance: FP and AdvSIMD work from the first instruction
 * (the monitor sets CPACR_EL1.FPEN): a scalar multiply and a vector
 * multiply of two lanes, as Solo5's test_fpu does on aarch64.
 */
#include <string.h>

#include "solo5.h"

static void say(const char *s)
{
    solo5_console_write(s, strlen(s));
}

int solo5_app_main(const struct solo5_start_info *si)
{
    (void)si;
    say("\n**** ukplay conformance: fpu ****\n\n");
    volatile float a = 1.5f, b = 5.0f;
    float c[2] = { 2.0f, 5.0f };
    __asm__ __volatile__(
        "ldr d0, %0\n"
        "ldr d1, %0\n"
        "fmul v0.2s, v1.2s, v0.2s\n"
        "str d0, %0\n"
        : "+m"(c)
        :
        : "v0", "v1");
    float p = a * b;
    volatile double d = 1.0 / 3.0;
    if (p == 7.5f && c[0] == 4.0f && c[1] == 25.0f && d * 3.0 == 1.0) {
        say("SUCCESS\n");
        return SOLO5_EXIT_SUCCESS;
    }
    say("FAILURE: wrong floating-point results\n");
    return SOLO5_EXIT_FAILURE;
}
