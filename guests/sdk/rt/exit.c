/*
 * exit.c -- every way out of the guest ends in the halt hypercall.
 */
#include <stdio.h>

#include "rt.h"

/* Seeded by start.S from CNTVCT_EL0 before any C code runs. */
uintptr_t __stack_chk_guard;

void rt_halt(int status, const void *cookie)
{
    rt_console_flush();
    volatile struct hvt_hc_halt arg;
    arg.cookie = (uint64_t)(uintptr_t)cookie;
    arg.exit_status = status;
    for (;;)
        hvt_hypercall(HVT_HC_HALT, &arg); /* the monitor does not come back */
}

void solo5_exit(int status)
{
    fflush(stdout);
    ukp_log(UKP_LOG_INFO, "exit status %d\n", status);
    rt_halt(status, NULL);
}

void solo5_abort(void)
{
    fflush(stdout);
    ukp_log(UKP_LOG_ERROR, "ABORT: solo5_abort() called\n");
    rt_halt(SOLO5_EXIT_ABORT, NULL);
}

void __stack_chk_fail(void)
{
    ukp_log(UKP_LOG_ERROR, "ABORT: stack smashing detected (canary overwritten)\n");
    rt_halt(SOLO5_EXIT_ABORT, NULL);
}

/* picolibc's exit() ends here after running atexit handlers. */
void _exit(int status)
{
    solo5_exit(status);
}

/* C's abort() is Solo5's. */
void abort(void)
{
    solo5_abort();
}
