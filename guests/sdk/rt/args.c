/*
 * args.c -- reading "key=value" and bare words from the command line.
 */
#include <stdlib.h>
#include <string.h>

#include "rt.h"

/* Calls visit(word, len, ctx) for each space-separated word until it
 * returns true; returns whether one did. */
static bool each_word(const char *s, bool (*visit)(const char *, size_t, void *), void *ctx)
{
    while (s != NULL && *s != '\0') {
        while (*s == ' ')
            s++;
        const char *start = s;
        while (*s != '\0' && *s != ' ')
            s++;
        if (s > start && visit(start, (size_t)(s - start), ctx))
            return true;
    }
    return false;
}

struct key_search {
    const char *key;
    char *buf;
    size_t size;
};

static bool match_key(const char *w, size_t len, void *ctx)
{
    struct key_search *k = ctx;
    size_t klen = strlen(k->key);
    if (len <= klen || memcmp(w, k->key, klen) != 0 || w[klen] != '=')
        return false;
    size_t vlen = len - klen - 1;
    if (k->size > 0) {
        if (vlen > k->size - 1)
            vlen = k->size - 1;
        memcpy(k->buf, w + klen + 1, vlen);
        k->buf[vlen] = '\0';
    }
    return true;
}

bool ukp_arg(const char *cmdline, const char *key, char *buf, size_t size)
{
    struct key_search k = { key, buf, size };
    return each_word(cmdline, match_key, &k);
}

static bool match_word(const char *w, size_t len, void *ctx)
{
    const char *word = ctx;
    return strlen(word) == len && memcmp(w, word, len) == 0;
}

bool ukp_arg_flag(const char *cmdline, const char *word)
{
    return each_word(cmdline, match_word, (void *)word);
}

uint64_t ukp_arg_u64(const char *cmdline, const char *key, uint64_t dflt)
{
    char buf[32];
    if (!ukp_arg(cmdline, key, buf, sizeof buf) || buf[0] == '\0')
        return dflt;
    char *end;
    unsigned long long v = strtoull(buf, &end, 0);
    return *end == '\0' ? (uint64_t)v : dflt;
}
