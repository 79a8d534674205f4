/*
 * console.c -- console output through the puts hypercall.
 *
 * stdio writes one character at a time; one hypercall per character would
 * make printf cost a monitor exit per byte, so stdio output collects in a
 * line buffer that is written on '\n', when full, and before any direct
 * solo5_console_write (which keeps the two streams in order).
 */
#include "rt.h"

static char line_buf[512];
static size_t line_len;

static void puts_hypercall(const char *buf, size_t size)
{
    volatile struct hvt_hc_puts arg;
    arg.data = (uint64_t)(uintptr_t)buf;
    arg.len = size;
    hvt_hypercall(HVT_HC_PUTS, &arg);
}

void rt_console_flush(void)
{
    if (line_len == 0)
        return;
    puts_hypercall(line_buf, line_len);
    line_len = 0;
}

void rt_console_putc(char c)
{
    line_buf[line_len++] = c;
    if (c == '\n' || line_len == sizeof line_buf)
        rt_console_flush();
}

void solo5_console_write(const char *buf, size_t size)
{
    rt_console_flush();
    if (size > 0)
        puts_hypercall(buf, size);
}
