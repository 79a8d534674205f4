/*
 * kv -- an HTTP key-value store that survives reboots: every change goes to
 * a log on the block device "storage" (store.c) before it is answered.
 *
 *   GET /kv            the keys, as JSON
 *   GET /kv/KEY        the value (404 if absent)
 *   PUT /kv/KEY        store the request body (201 new, 200 replaced)
 *   DELETE /kv/KEY     remove it (404 if absent)
 *   GET /api/stats     boots, keys, log use, requests
 *   GET /              a short HTML page
 *
 * Keys are 1-64 of [A-Za-z0-9._-]; values at most 64 KiB.
 * Arguments: ip= gw= mask= (ukplay_net.h), quiet.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solo5.h"
#include "store.h"
#include "ukplay.h"
#include "ukplay_http.h"
#include "ukplay_net.h"

struct list {
    char *buf;
    size_t len, cap;
    unsigned count;
};

static void list_key(const char *key, size_t value_len, void *ctx)
{
    (void)value_len;
    struct list *l = ctx;
    size_t need = strlen(key) + 4;
    if (l->len + need + 64 > l->cap) {
        size_t cap = (l->cap + need + 64) * 2;
        char *b = realloc(l->buf, cap);
        if (b == NULL)
            return;
        l->buf = b;
        l->cap = cap;
    }
    l->len += (size_t)sprintf(l->buf + l->len, "%s\"%s\"", l->count ? "," : "", key);
    l->count++;
}

static void handle_kv(const struct ukp_http_request *req, struct ukp_http_response *res, const char *key)
{
    size_t klen = strlen(key);
    if (!kv_valid_key(key, klen)) {
        ukp_http_printf(res, 400, NULL, "keys are 1-%d of A-Z a-z 0-9 . _ -\n", KV_KEY_MAX);
        return;
    }
    if (strcmp(req->method, "GET") == 0) {
        size_t len;
        const uint8_t *v = kv_get(key, &len);
        if (v == NULL) {
            ukp_http_printf(res, 404, NULL, "no key %s\n", key);
            return;
        }
        res->status = 200;
        res->content_type = "application/octet-stream";
        res->body = malloc(len ? len : 1);
        if (res->body == NULL) {
            res->status = 500;
            return;
        }
        memcpy(res->body, v, len);
        res->body_len = len;
    } else if (strcmp(req->method, "PUT") == 0) {
        if (req->body_len > KV_VALUE_MAX) {
            ukp_http_printf(res, 413, NULL, "values are at most %d bytes\n", KV_VALUE_MAX);
            return;
        }
        bool created;
        if (!kv_put(key, (const uint8_t *)req->body, req->body_len, &created)) {
            ukp_http_printf(res, 507, NULL, "the disk is full\n");
            return;
        }
        ukp_http_printf(res, created ? 201 : 200, NULL, "stored %s (%lu bytes)\n", key, (unsigned long)req->body_len);
    } else if (strcmp(req->method, "DELETE") == 0) {
        if (!kv_delete(key))
            ukp_http_printf(res, 404, NULL, "no key %s\n", key);
        else
            ukp_http_printf(res, 200, NULL, "deleted %s\n", key);
    } else {
        ukp_http_printf(res, 405, NULL, "use GET, PUT or DELETE\n");
    }
}

static void handle(const struct ukp_http_request *req, struct ukp_http_response *res)
{
    const struct kv_info *kv = kv_info();
    if (strncmp(req->path, "/kv/", 4) == 0) {
        handle_kv(req, res, req->path + 4);
    } else if (strcmp(req->method, "GET") != 0) {
        ukp_http_printf(res, 405, NULL, "method not allowed\n");
    } else if (strcmp(req->path, "/kv") == 0) {
        struct list l = { 0 };
        kv_each(list_key, &l);
        ukp_http_printf(res, 200, "application/json", "{\"count\":%u,\"keys\":[%.*s]}\n", l.count, (int)l.len,
                        l.buf ? l.buf : "");
        free(l.buf);
    } else if (strcmp(req->path, "/api/stats") == 0) {
        ukp_http_printf(res, 200, "application/json",
                        "{\"boots\":%lu,\"keys\":%lu,\"log\":{\"bytes\":%lu,\"capacity\":%lu,\"compactions\":%lu},"
                        "\"requests\":%lu}\n",
                        (unsigned long)kv->boots, (unsigned long)kv->keys, (unsigned long)kv->log_bytes,
                        (unsigned long)kv->log_capacity, (unsigned long)kv->compactions,
                        (unsigned long)ukp_http_stats()->requests);
    } else if (strcmp(req->path, "/") == 0) {
        ukp_http_printf(res, 200, "text/html; charset=utf-8",
                        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>kv: a persistent store</title></head>\n"
                        "<body style=\"font-family:system-ui,sans-serif;max-width:40em;margin:2em auto\">\n"
                        "<h1>kv</h1><p>Boot %lu. %lu keys, %lu of %lu log bytes used.</p>\n"
                        "<p><code>PUT /kv/KEY</code> stores the body, <code>GET /kv/KEY</code> reads it, "
                        "<code>DELETE /kv/KEY</code> removes it, <a href=\"kv\"><code>GET /kv</code></a> lists keys. "
                        "Reboot the guest: the data stays.</p></body></html>\n",
                        (unsigned long)kv->boots, (unsigned long)kv->keys, (unsigned long)kv->log_bytes,
                        (unsigned long)kv->log_capacity);
    } else {
        ukp_http_printf(res, 404, NULL, "no such page: %s\n", req->path);
    }
}

int solo5_app_main(const struct solo5_start_info *si)
{
    if (!kv_open("storage"))
        return SOLO5_EXIT_FAILURE;
    const struct kv_info *kv = kv_info();
    printf("kv: boot %lu, %lu keys restored from %lu log records\n", (unsigned long)kv->boots,
           (unsigned long)kv->keys, (unsigned long)kv->records_replayed);
    if (!ukp_net_init(si->cmdline, "service0"))
        return SOLO5_EXIT_FAILURE;
    if (!ukp_http_listen(80, handle)) {
        printf("kv: cannot listen on port 80\n");
        return SOLO5_EXIT_FAILURE;
    }
    ukp_http_set_logging(!ukp_arg_flag(si->cmdline, "quiet"));
    printf("kv: serving http://%s/kv/\n", ip4addr_ntoa(netif_ip4_addr(ukp_net_netif())));
    for (;;)
        ukp_net_poll(UKP_NET_FOREVER);
}
