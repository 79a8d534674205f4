/*
 * log.c -- the runtime's own messages, each line prefixed "Solo5: " (the
 * prefix Solo5's test suite greps for), filtered by --solo5:LEVEL.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rt.h"

int rt_log_level = UKP_LOG_INFO;

static const char *const level_names[] = {
    [UKP_LOG_QUIET] = "quiet",
    [UKP_LOG_ERROR] = "error",
    [UKP_LOG_WARN] = "warn",
    [UKP_LOG_INFO] = "info",
    [UKP_LOG_DEBUG] = "debug",
};

int rt_log_option(const char *arg, size_t len)
{
    static const char prefix[] = "--solo5:";
    const size_t plen = sizeof prefix - 1;
    if (len <= plen || memcmp(arg, prefix, plen) != 0)
        return 0;
    for (int level = UKP_LOG_QUIET; level <= UKP_LOG_DEBUG; level++) {
        const char *name = level_names[level];
        if (strlen(name) == len - plen && memcmp(arg + plen, name, len - plen) == 0) {
            rt_log_level = level;
            return 1;
        }
    }
    return 0;
}

void ukp_log(enum ukp_log_level level, const char *fmt, ...)
{
    if ((int)level > rt_log_level || level == UKP_LOG_QUIET)
        return;
    char line[256] = "Solo5: ";
    const size_t plen = 7;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line + plen, sizeof line - plen, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    size_t total = plen + (size_t)n;
    if (total >= sizeof line) {
        /* Truncated: keep the line a line. */
        total = sizeof line - 1;
        line[total - 1] = '\n';
    }
    solo5_console_write(line, total);
}
