/*
 * libc.c -- what picolibc expects from its host: the standard streams,
 * sbrk for malloc, and the clocks behind time(), gettimeofday() and
 * clock_gettime().
 */
#include <errno.h>
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

#include "rt.h"

static int console_put(char c, FILE *f)
{
    (void)f;
    rt_console_putc(c);
    return (unsigned char)c;
}

static int console_flush(FILE *f)
{
    (void)f;
    rt_console_flush();
    return 0;
}

/* The console has no input: reads see end of file. */
static int console_get(FILE *f)
{
    (void)f;
    return EOF;
}

static FILE console_out = FDEV_SETUP_STREAM(console_put, NULL, console_flush, _FDEV_SETUP_WRITE);
static FILE console_in = FDEV_SETUP_STREAM(NULL, console_get, NULL, _FDEV_SETUP_READ);

FILE *const stdout = &console_out;
FILE *const stderr = &console_out;
FILE *const stdin = &console_in;

/* ---- heap ------------------------------------------------------------- */

static uintptr_t heap_cur, heap_end;

void rt_heap_init(uintptr_t start, uintptr_t end)
{
    heap_cur = start;
    heap_end = end;
}

void *sbrk(ptrdiff_t incr)
{
    uintptr_t old = heap_cur;
    if (incr < 0 ? (uintptr_t)-incr > heap_cur : (uintptr_t)incr > heap_end - heap_cur) {
        errno = ENOMEM;
        return (void *)-1;
    }
    heap_cur += incr;
    return (void *)old;
}

/* ---- time ------------------------------------------------------------- */

int gettimeofday(struct timeval *tv, void *tz)
{
    (void)tz;
    if (tv != NULL) {
        solo5_time_t ns = solo5_clock_wall();
        tv->tv_sec = (time_t)(ns / 1000000000ULL);
        tv->tv_usec = (suseconds_t)((ns % 1000000000ULL) / 1000);
    }
    return 0;
}

int clock_gettime(clockid_t clock, struct timespec *ts)
{
    solo5_time_t ns;
    if (clock == CLOCK_REALTIME)
        ns = solo5_clock_wall();
    else if (clock == CLOCK_MONOTONIC)
        ns = solo5_clock_monotonic();
    else {
        errno = EINVAL;
        return -1;
    }
    ts->tv_sec = (time_t)(ns / 1000000000ULL);
    ts->tv_nsec = (long)(ns % 1000000000ULL);
    return 0;
}
