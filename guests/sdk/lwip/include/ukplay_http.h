/*
 * ukplay_http.h -- a small HTTP/1.1 server on lwIP's raw TCP API: keep-alive,
 * pipelining, many connections at once, bodies from memory or from a
 * generator (for responses larger than RAM). One handler serves every path.
 */
#ifndef UKPLAY_HTTP_H
#define UKPLAY_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct ukp_http_request {
    const char *method; /* "GET", "PUT", ... */
    const char *path;   /* without the query, e.g. "/kv/name" */
    const char *query;  /* after '?', or "" */
    const char *body;   /* Content-Length bytes (not NUL-terminated) */
    size_t body_len;
};

/* Writes n bytes of a generated body starting at offset into dst. */
typedef void (*ukp_http_generator_t)(uint64_t offset, char *dst, size_t n, void *ctx);

struct ukp_http_response {
    int status;               /* default 200 */
    const char *content_type; /* default "text/plain; charset=utf-8" */
    /* The body: a malloc'd buffer the server frees when sent... */
    char *body;
    size_t body_len;
    /* ...or a generator of gen_len bytes. */
    ukp_http_generator_t gen;
    uint64_t gen_len;
    void *gen_ctx;
};

typedef void (*ukp_http_handler_t)(const struct ukp_http_request *req, struct ukp_http_response *res);

/* Sets res's body to the formatted text (malloc'd). */
void ukp_http_printf(struct ukp_http_response *res, int status, const char *content_type, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Starts serving port with handler; false if lwIP cannot listen. */
bool ukp_http_listen(uint16_t port, ukp_http_handler_t handler);

/* Log every request on the console (default true). */
void ukp_http_set_logging(bool on);

struct ukp_http_stats {
    uint64_t requests;
    uint64_t connections_total;
    uint64_t connections_open;
    uint64_t bytes_received;
    uint64_t bytes_sent; /* body and header bytes handed to TCP */
    uint64_t responses_by_class[6]; /* [2] = 2xx, [4] = 4xx, ... */
};
const struct ukp_http_stats *ukp_http_stats(void);

#endif
