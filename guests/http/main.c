/*
 * http -- a small website served by lwIP's TCP from inside the unikernel:
 *
 *   GET /            an HTML page with live numbers
 *   GET /api/stats   JSON: uptime, requests, connections, bytes
 *   GET /hello       a line of text
 *   GET /big?bytes=N N bytes of a fixed pattern (for network tests): byte i is
 *                    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-\n"[i % 64]
 *   POST|PUT /echo   the request body, back
 *
 * HTTP/1.1 keep-alive and pipelining, any number of connections at once.
 * Arguments: ip= gw= mask= (see ukplay_net.h), port=N (default 80), quiet
 * (no line per request).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solo5.h"
#include "ukplay.h"
#include "ukplay_http.h"
#include "ukplay_net.h"

#define BIG_PATTERN "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-\n"
#define BIG_DEFAULT (1024 * 1024)
#define BIG_MAX (1ULL << 32)

static solo5_time_t started;

static void big_body(uint64_t offset, char *dst, size_t n, void *ctx)
{
    (void)ctx;
    static const char pattern[] = BIG_PATTERN;
    for (size_t i = 0; i < n; i++)
        dst[i] = pattern[(offset + i) & 63];
}

static uint64_t uptime_ms(void)
{
    return (solo5_clock_monotonic() - started) / 1000000ULL;
}

static void page(struct ukp_http_response *res)
{
    const struct ukp_http_stats *s = ukp_http_stats();
    ukp_http_printf(res, 200, "text/html; charset=utf-8",
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Hello from a unikernel</title>\n"
        "<style>body{font-family:system-ui,sans-serif;max-width:40em;margin:2em auto;line-height:1.5}"
        "code{background:#eee;padding:0 .3em}</style></head>\n<body>\n"
        "<h1>Hello from a unikernel</h1>\n"
        "<p>This page comes from a Solo5 unikernel: C, lwIP's TCP/IP stack and our runtime, "
        "running on an emulated AArch64 CPU.</p>\n"
        "<ul><li>up for %lu ms</li><li>%lu requests served on %lu connections (%lu open now)</li>"
        "<li>%lu bytes sent, %lu received</li></ul>\n"
        "<p>Try <a href=\"api/stats\"><code>/api/stats</code></a>, <a href=\"hello\"><code>/hello</code></a> "
        "or <a href=\"big?bytes=1048576\"><code>/big?bytes=1048576</code></a>.</p>\n"
        "</body></html>\n",
        (unsigned long)uptime_ms(), (unsigned long)s->requests, (unsigned long)s->connections_total,
        (unsigned long)s->connections_open, (unsigned long)s->bytes_sent, (unsigned long)s->bytes_received);
}

static void stats_json(struct ukp_http_response *res)
{
    const struct ukp_http_stats *s = ukp_http_stats();
    ukp_http_printf(res, 200, "application/json",
        "{\"uptime_ms\":%lu,\"requests\":%lu,\"connections\":{\"total\":%lu,\"open\":%lu},"
        "\"bytes\":{\"sent\":%lu,\"received\":%lu},"
        "\"responses\":{\"2xx\":%lu,\"4xx\":%lu,\"5xx\":%lu}}\n",
        (unsigned long)uptime_ms(), (unsigned long)s->requests, (unsigned long)s->connections_total,
        (unsigned long)s->connections_open, (unsigned long)s->bytes_sent, (unsigned long)s->bytes_received,
        (unsigned long)s->responses_by_class[2], (unsigned long)s->responses_by_class[4],
        (unsigned long)s->responses_by_class[5]);
}

static void handle(const struct ukp_http_request *req, struct ukp_http_response *res)
{
    bool get = strcmp(req->method, "GET") == 0;
    if (strcmp(req->path, "/echo") == 0) {
        if (strcmp(req->method, "POST") != 0 && strcmp(req->method, "PUT") != 0) {
            ukp_http_printf(res, 405, NULL, "use POST or PUT\n");
            return;
        }
        /* Bytes, not text: a body may hold NULs, so no printf here. */
        res->body = malloc(req->body_len ? req->body_len : 1);
        if (!res->body) {
            ukp_http_printf(res, 503, NULL, "out of memory\n");
            return;
        }
        memcpy(res->body, req->body, req->body_len);
        res->body_len = req->body_len;
        res->content_type = "application/octet-stream";
        return;
    }
    if (!get) {
        ukp_http_printf(res, 405, NULL, "method not allowed\n");
    } else if (strcmp(req->path, "/") == 0 || strcmp(req->path, "/index.html") == 0) {
        page(res);
    } else if (strcmp(req->path, "/api/stats") == 0) {
        stats_json(res);
    } else if (strcmp(req->path, "/hello") == 0) {
        ukp_http_printf(res, 200, NULL, "Hello from a unikernel!\n");
    } else if (strcmp(req->path, "/big") == 0) {
        uint64_t n = ukp_arg_u64(req->query, "bytes", BIG_DEFAULT);
        if (n > BIG_MAX) {
            ukp_http_printf(res, 400, NULL, "bytes must be at most %llu\n", (unsigned long long)BIG_MAX);
            return;
        }
        res->status = 200;
        res->gen = big_body;
        res->gen_len = n;
    } else {
        ukp_http_printf(res, 404, NULL, "no such page: %s\n", req->path);
    }
}

int solo5_app_main(const struct solo5_start_info *si)
{
    started = solo5_clock_monotonic();
    if (!ukp_net_init(si->cmdline, "service0"))
        return SOLO5_EXIT_FAILURE;
    uint64_t port = ukp_arg_u64(si->cmdline, "port", 80);
    if (port == 0 || port > 65535 || !ukp_http_listen((uint16_t)port, handle)) {
        printf("http: cannot listen on port %lu\n", (unsigned long)port);
        return SOLO5_EXIT_FAILURE;
    }
    ukp_http_set_logging(!ukp_arg_flag(si->cmdline, "quiet"));
    printf("http: serving http://%s:%lu/\n", ip4addr_ntoa(netif_ip4_addr(ukp_net_netif())), (unsigned long)port);
    for (;;)
        ukp_net_poll(UKP_NET_FOREVER);
}
