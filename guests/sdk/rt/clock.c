/*
 * clock.c -- time from the virtual counter, and yield through poll.
 *
 * Monotonic time is CNTVCT_EL0 since boot converted with the frequency that
 * boot info gives. Wall time asks the monitor once, at boot, and then
 * advances with the monotonic clock, so it never jumps backwards.
 */
#include "rt.h"

#define NSEC_PER_SEC 1000000000ULL

static uint64_t freq;       /* counter ticks per second */
static uint64_t boot_ticks; /* counter value at boot */
static uint64_t wall_at_boot;

static inline uint64_t counter(void)
{
    uint64_t v;
    /* The ISB keeps the read from being hoisted above earlier work. */
    __asm__ __volatile__("isb; mrs %0, cntvct_el0" : "=r"(v) : : "memory");
    return v;
}

/* ticks -> ns without 128-bit division: the remainder part stays below
 * freq * 1e9, which fits 64 bits for any counter slower than 18 GHz. */
static uint64_t ticks_to_ns(uint64_t ticks)
{
    return (ticks / freq) * NSEC_PER_SEC + ((ticks % freq) * NSEC_PER_SEC) / freq;
}

void rt_clock_init(uint64_t cpu_cycle_freq)
{
    freq = cpu_cycle_freq ? cpu_cycle_freq : 1;
    boot_ticks = counter();
    volatile struct hvt_hc_walltime arg;
    arg.nsecs = 0;
    hvt_hypercall(HVT_HC_WALLTIME, &arg);
    wall_at_boot = arg.nsecs;
}

solo5_time_t solo5_clock_monotonic(void)
{
    return ticks_to_ns(counter() - boot_ticks);
}

solo5_time_t solo5_clock_wall(void)
{
    return wall_at_boot + solo5_clock_monotonic();
}

void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set)
{
    /* Pending console output should be visible while we sleep. */
    rt_console_flush();
    solo5_time_t now = solo5_clock_monotonic();
    volatile struct hvt_hc_poll arg;
    arg.timeout_nsecs = deadline > now ? deadline - now : 0;
    arg.ready_set = 0;
    arg.ret = 0;
    hvt_hypercall(HVT_HC_POLL, &arg);
    if (ready_set != NULL)
        *ready_set = arg.ready_set;
}
