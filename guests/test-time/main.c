/*
 * test-time -- conformance: the clocks, as Solo5's test_time checks them.
 * Monotonic time passes; solo5_yield with a deadline already past returns
 * at once; a yield sleeps no less than asked and not much more (with no
 * devices, yield is a sleep); the wall clock is past 2017-01-01.
 *   sleeps=N ms=M   N sleeps of M milliseconds (default 3 x 250)
 */
#include <stdio.h>

#include "solo5.h"
#include "ukplay.h"

#define NSEC_PER_MSEC 1000000ULL
#define SLACK (100 * NSEC_PER_MSEC)
#define WALL_2017 (1483228800ULL * 1000000000ULL)

int solo5_app_main(const struct solo5_start_info *si)
{
    printf("\n**** ukplay conformance: time ****\n\n");
    unsigned sleeps = (unsigned)ukp_arg_u64(si->cmdline, "sleeps", 3);
    solo5_time_t nap = ukp_arg_u64(si->cmdline, "ms", 250) * NSEC_PER_MSEC;

    solo5_time_t ta = solo5_clock_monotonic(), tb = solo5_clock_monotonic();
    /* Two reads can be equal at a coarse counter: give it a few tries. */
    for (int i = 0; i < 5 && ta == tb; i++)
        tb = solo5_clock_monotonic();
    if (tb <= ta) {
        printf("FAILURE: monotonic time is not passing\n");
        return SOLO5_EXIT_FAILURE;
    }

    ta = solo5_clock_monotonic();
    solo5_yield(ta, NULL);
    tb = solo5_clock_monotonic();
    printf("a yield with an expired deadline took %lu ns\n", (unsigned long)(tb - ta));

    int failed = 0;
    for (unsigned i = 1; i <= sleeps; i++) {
        ta = solo5_clock_monotonic();
        solo5_yield(ta + nap, NULL);
        tb = solo5_clock_monotonic();
        solo5_time_t slept = tb - ta;
        printf("[%u] asked for %lu ns, slept %lu ns\n", i, (unsigned long)nap, (unsigned long)slept);
        if (slept < nap) {
            printf("[%u] FAILURE: slept too little\n", i);
            failed = 1;
        } else if (slept > nap + SLACK) {
            printf("[%u] FAILURE: slept too much (more than %lu ns extra)\n", i, (unsigned long)SLACK);
            failed = 1;
        }
    }
    if (failed)
        return SOLO5_EXIT_FAILURE;

    solo5_time_t wall = solo5_clock_wall();
    if (wall < WALL_2017) {
        printf("FAILURE: wall clock %lu ns is before 2017\n", (unsigned long)wall);
        return SOLO5_EXIT_FAILURE;
    }
    printf("SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
