/*
 * clock -- the two clocks and sleeping. Each tick sleeps through
 * solo5_yield (the monitor's poll: no CPU is used while waiting) and prints
 * the wall clock as a date, the monotonic clock, and how long the sleep
 * really took; libc's time() and clock_gettime() agree with them.
 *   ticks=N interval=MS   (default 5 ticks of 500 ms)
 */
#include <stdio.h>
#include <time.h>

#include "solo5.h"
#include "ukplay.h"

#define NSEC_PER_SEC 1000000000ULL
#define NSEC_PER_MSEC 1000000ULL

static void print_wall(solo5_time_t ns)
{
    time_t secs = (time_t)(ns / NSEC_PER_SEC);
    struct tm tm;
    gmtime_r(&secs, &tm);
    char date[32];
    strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", &tm);
    printf("%s.%03lu UTC", date, (unsigned long)(ns % NSEC_PER_SEC / NSEC_PER_MSEC));
}

int solo5_app_main(const struct solo5_start_info *si)
{
    unsigned ticks = (unsigned)ukp_arg_u64(si->cmdline, "ticks", 5);
    solo5_time_t interval = ukp_arg_u64(si->cmdline, "interval", 500) * NSEC_PER_MSEC;
    struct ukp_layout l;
    ukp_get_layout(&l);

    solo5_time_t start = solo5_clock_monotonic();
    printf("clock: counter runs at %lu Hz (%lu ns per tick)\n", (unsigned long)l.cpu_cycle_freq,
           (unsigned long)(NSEC_PER_SEC / (l.cpu_cycle_freq ? l.cpu_cycle_freq : 1)));
    printf("clock: wall time now ");
    print_wall(solo5_clock_wall());
    printf("\n");

    solo5_time_t deadline = start;
    solo5_time_t worst_late = 0;
    for (unsigned i = 1; i <= ticks; i++) {
        deadline += interval;
        solo5_time_t before = solo5_clock_monotonic();
        solo5_yield(deadline, NULL);
        solo5_time_t now = solo5_clock_monotonic();
        solo5_time_t late = now > deadline ? now - deadline : 0;
        if (late > worst_late)
            worst_late = late;
        printf("tick %u: ", i);
        print_wall(solo5_clock_wall());
        printf("  monotonic %lu.%06lu s  slept %lu.%03lu ms\n",
               (unsigned long)((now - start) / NSEC_PER_SEC),
               (unsigned long)((now - start) % NSEC_PER_SEC / 1000),
               (unsigned long)((now - before) / NSEC_PER_MSEC),
               (unsigned long)((now - before) % NSEC_PER_MSEC / 1000));
        if (now < deadline) {
            printf("clock: woke up %lu ns early\n", (unsigned long)(deadline - now));
            return SOLO5_EXIT_FAILURE;
        }
    }

    struct timespec mono, real;
    clock_gettime(CLOCK_MONOTONIC, &mono);
    clock_gettime(CLOCK_REALTIME, &real);
    time_t t = time(NULL);
    printf("clock: clock_gettime monotonic %ld.%09ld s, realtime %ld s, time() %ld s\n",
           (long)mono.tv_sec, mono.tv_nsec, (long)real.tv_sec, (long)t);
    if (t < real.tv_sec - 1 || t > real.tv_sec + 1) {
        printf("clock: time() and clock_gettime disagree\n");
        return SOLO5_EXIT_FAILURE;
    }
    printf("clock: %u ticks, latest wake-up %lu us after its deadline\n", ticks,
           (unsigned long)(worst_late / 1000));
    return SOLO5_EXIT_SUCCESS;
}
