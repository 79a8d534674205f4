/*
 * httpd.c -- the HTTP/1.1 server of ukplay_http.h.
 *
 * One struct conn per TCP connection. Bytes received are appended to its
 * input buffer; when the buffer holds a whole request (headers and
 * Content-Length body) and no response is being sent, the request is
 * handed to the handler and its response is queued. Responses go out as
 * TCP send space allows (tcp_sent callbacks resume them); after one is
 * fully queued, the next pipelined request is taken, or the connection is
 * closed if the client asked for that.
 *
 *   conn.in: [ request 1 | request 2 (partial) ... ]  in_len bytes
 *             ^ consumed when request 1's response is done
 *   conn.out: header (head[], head_len, head_sent) then the body
 *             (res.body or res.gen) up to body_len, body_sent
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lwip/tcp.h"
#include "ukplay.h"
#include "ukplay_http.h"

#define MAX_HEADER (8 * 1024)
#define MAX_BODY (1024 * 1024)
#define IDLE_POLLS 30   /* tcp_poll every 2 s: close after a minute idle */
#define GEN_CHUNK 2048

struct conn {
    struct tcp_pcb *pcb;
    char *in;
    size_t in_len, in_cap;
    size_t request_len; /* bytes of in[] the current request occupies */
    bool sending;
    bool keep_alive;
    bool peer_closed;
    unsigned idle;
    char head[256];
    size_t head_len, head_sent;
    struct ukp_http_response res;
    uint64_t body_len, body_sent;
};

static ukp_http_handler_t handler;
static struct ukp_http_stats stats;
static bool logging = true;

const struct ukp_http_stats *ukp_http_stats(void)
{
    return &stats;
}

void ukp_http_set_logging(bool on)
{
    logging = on;
}

void ukp_http_printf(struct ukp_http_response *res, int status, const char *content_type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    free(res->body);
    res->body = malloc((size_t)n + 1);
    res->body_len = 0;
    res->status = status;
    res->content_type = content_type;
    if (res->body == NULL) {
        res->status = 500;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(res->body, (size_t)n + 1, fmt, ap);
    va_end(ap);
    res->body_len = (size_t)n;
}

static const char *reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

static void conn_free(struct conn *c)
{
    free(c->in);
    free(c->res.body);
    free(c);
    stats.connections_open--;
}

/* Closes the connection (lwIP sends FIN after the queued data). */
static void conn_close(struct conn *c)
{
    struct tcp_pcb *pcb = c->pcb;
    tcp_arg(pcb, NULL);
    tcp_recv(pcb, NULL);
    tcp_sent(pcb, NULL);
    tcp_err(pcb, NULL);
    tcp_poll(pcb, NULL, 0);
    conn_free(c);
    if (tcp_close(pcb) != ERR_OK)
        tcp_abort(pcb);
}

/* Case-insensitive search for header name in the header block; returns its value. */
static const char *header(const char *head, size_t len, const char *name, size_t *vlen)
{
    size_t nl = strlen(name);
    for (const char *line = memchr(head, '\n', len); line && (size_t)(line - head) < len; line = memchr(line, '\n', len - (size_t)(line - head))) {
        line++;
        size_t rest = len - (size_t)(line - head);
        if (rest > nl && strncasecmp(line, name, nl) == 0 && line[nl] == ':') {
            const char *v = line + nl + 1;
            while (*v == ' ' || *v == '\t')
                v++;
            const char *e = v;
            while (e < head + len && *e != '\r' && *e != '\n')
                e++;
            *vlen = (size_t)(e - v);
            return v;
        }
    }
    return NULL;
}

static void start_response(struct conn *c, bool head_only)
{
    struct ukp_http_response *r = &c->res;
    if (r->status == 0)
        r->status = 200;
    if (r->content_type == NULL)
        r->content_type = "text/plain; charset=utf-8";
    c->body_len = r->gen ? r->gen_len : r->body_len;
    c->head_len = (size_t)snprintf(c->head, sizeof c->head,
            "HTTP/1.1 %d %s\r\nServer: ukplay-lwip\r\nContent-Type: %s\r\nContent-Length: %lu\r\nConnection: %s\r\n\r\n",
            r->status, reason(r->status), r->content_type, (unsigned long)c->body_len,
            c->keep_alive ? "keep-alive" : "close");
    if (head_only)
        c->body_len = 0;
    c->head_sent = 0;
    c->body_sent = 0;
    c->sending = true;
    stats.responses_by_class[r->status / 100 < 6 ? r->status / 100 : 5]++;
}

/* Parses in[] if it holds a whole request; returns true if one was started. */
static bool take_request(struct conn *c)
{
    char *end = NULL;
    for (size_t i = 3; i < c->in_len; i++)
        if (c->in[i] == '\n' && c->in[i - 1] == '\r' && c->in[i - 2] == '\n' && c->in[i - 3] == '\r') {
            end = c->in + i + 1;
            break;
        }
    memset(&c->res, 0, sizeof c->res);
    if (end == NULL) {
        if (c->in_len > MAX_HEADER) {
            c->keep_alive = false;
            c->request_len = c->in_len;
            ukp_http_printf(&c->res, 431, NULL, "request header too large\n");
            start_response(c, false);
            return true;
        }
        return false;
    }
    size_t head_len = (size_t)(end - c->in);
    size_t vlen;
    const char *cl = header(c->in, head_len, "Content-Length", &vlen);
    size_t body_len = cl ? (size_t)strtoul(cl, NULL, 10) : 0;
    bool bad = false;
    if (body_len > MAX_BODY) {
        c->keep_alive = false;
        c->request_len = c->in_len;
        ukp_http_printf(&c->res, 413, NULL, "request body too large\n");
        start_response(c, false);
        return true;
    }
    if (c->in_len < head_len + body_len)
        return false;
    c->request_len = head_len + body_len;

    /* Request line: METHOD SP TARGET SP HTTP/1.x CRLF (terminated in place). */
    char *line_end = memchr(c->in, '\r', head_len);
    *line_end = '\0';
    char *method = c->in, *target = strchr(method, ' '), *version = target ? strchr(target + 1, ' ') : NULL;
    if (target == NULL || version == NULL || strncmp(version + 1, "HTTP/1.", 7) != 0 || target[1] != '/') {
        bad = true;
    } else {
        *target++ = '\0';
        *version++ = '\0';
    }
    if (bad) {
        c->keep_alive = false;
        ukp_http_printf(&c->res, 400, NULL, "malformed request line\n");
        start_response(c, false);
        return true;
    }
    /* HTTP/1.1 keeps the connection unless told otherwise; 1.0 closes unless asked to keep it. */
    const char *conn_hdr = header(c->in + strlen(c->in), head_len - strlen(c->in), "Connection", &vlen);
    bool http11 = version[7] == '1';
    c->keep_alive = http11 ? !(conn_hdr && vlen == 5 && strncasecmp(conn_hdr, "close", 5) == 0)
                           : (conn_hdr && vlen == 10 && strncasecmp(conn_hdr, "keep-alive", 10) == 0);
    if (c->peer_closed)
        c->keep_alive = false;
    char *query = strchr(target, '?');
    if (query)
        *query++ = '\0';
    struct ukp_http_request req = {
        .method = method, .path = target, .query = query ? query : "",
        .body = c->in + head_len, .body_len = body_len,
    };
    stats.requests++;
    bool head_only = strcmp(method, "HEAD") == 0;
    if (head_only)
        req.method = "GET";
    handler(&req, &c->res);
    start_response(c, head_only);
    if (logging)
        printf("http: %s %s%s%s -> %d, %lu bytes\n", method, target, query ? "?" : "", query ? query : "",
               c->res.status, (unsigned long)c->body_len);
    return true;
}

static void finish_response(struct conn *c)
{
    free(c->res.body);
    memset(&c->res, 0, sizeof c->res);
    c->sending = false;
    memmove(c->in, c->in + c->request_len, c->in_len - c->request_len);
    c->in_len -= c->request_len;
    c->request_len = 0;
}

/* Moves as much of the response into TCP as fits; then takes the next
 * request, or closes, when it is all queued. */
static void pump(struct conn *c)
{
    for (;;) {
        if (!c->sending && !take_request(c)) {
            if (c->peer_closed)
                conn_close(c);
            return;
        }
        struct tcp_pcb *pcb = c->pcb;
        while (c->head_sent < c->head_len || c->body_sent < c->body_len) {
            size_t room = tcp_sndbuf(pcb);
            if (room == 0 || tcp_sndqueuelen(pcb) >= TCP_SND_QUEUELEN - 2)
                break;
            err_t err;
            size_t n;
            if (c->head_sent < c->head_len) {
                n = c->head_len - c->head_sent;
                if (n > room)
                    n = room;
                err = tcp_write(pcb, c->head + c->head_sent, (u16_t)n, TCP_WRITE_FLAG_COPY | TCP_WRITE_FLAG_MORE);
                if (err == ERR_OK)
                    c->head_sent += n;
            } else if (c->res.gen) {
                char chunk[GEN_CHUNK];
                uint64_t left = c->body_len - c->body_sent;
                n = left < sizeof chunk ? (size_t)left : sizeof chunk;
                if (n > room)
                    n = room;
                c->res.gen(c->body_sent, chunk, n, c->res.gen_ctx);
                err = tcp_write(pcb, chunk, (u16_t)n, TCP_WRITE_FLAG_COPY | (n < left ? TCP_WRITE_FLAG_MORE : 0));
                if (err == ERR_OK)
                    c->body_sent += n;
            } else {
                uint64_t left = c->body_len - c->body_sent;
                n = left < 0xffff ? (size_t)left : 0xffff;
                if (n > room)
                    n = room;
                err = tcp_write(pcb, c->res.body + c->body_sent, (u16_t)n, TCP_WRITE_FLAG_COPY);
                if (err == ERR_OK)
                    c->body_sent += n;
            }
            if (err == ERR_MEM)
                break; /* try again when TCP has sent something */
            if (err != ERR_OK) {
                tcp_abort(pcb);
                return; /* the err callback frees c */
            }
            stats.bytes_sent += n;
        }
        tcp_output(pcb);
        if (c->head_sent < c->head_len || c->body_sent < c->body_len)
            return; /* tcp_sent will call us again */
        bool keep = c->keep_alive;
        finish_response(c);
        if (!keep) {
            conn_close(c);
            return;
        }
    }
}

static err_t on_sent(void *arg, struct tcp_pcb *pcb, u16_t len)
{
    (void)pcb;
    (void)len;
    struct conn *c = arg;
    c->idle = 0;
    pump(c);
    return ERR_OK;
}

static err_t on_recv(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err)
{
    struct conn *c = arg;
    if (p == NULL) { /* the peer closed its side */
        c->peer_closed = true;
        if (!c->sending)
            pump(c);
        return ERR_OK;
    }
    if (err != ERR_OK) {
        pbuf_free(p);
        return err;
    }
    c->idle = 0;
    stats.bytes_received += p->tot_len;
    if (c->in_len + p->tot_len > c->in_cap) {
        size_t cap = c->in_cap ? c->in_cap : 2048;
        while (cap < c->in_len + p->tot_len)
            cap *= 2;
        char *in = cap <= MAX_HEADER + MAX_BODY + 65536 ? realloc(c->in, cap + 1) : NULL;
        if (in == NULL) {
            pbuf_free(p);
            tcp_abort(pcb);
            return ERR_ABRT;
        }
        c->in = in;
        c->in_cap = cap;
    }
    pbuf_copy_partial(p, c->in + c->in_len, p->tot_len, 0);
    c->in_len += p->tot_len;
    c->in[c->in_len] = '\0';
    tcp_recved(pcb, p->tot_len);
    pbuf_free(p);
    if (!c->sending)
        pump(c);
    return ERR_OK;
}

static void on_err(void *arg, err_t err)
{
    (void)err;
    if (arg != NULL)
        conn_free(arg); /* lwIP has already freed the pcb */
}

static err_t on_poll(void *arg, struct tcp_pcb *pcb)
{
    struct conn *c = arg;
    if (++c->idle >= IDLE_POLLS && !c->sending) {
        conn_close(c);
        return ERR_OK;
    }
    if (c->sending)
        pump(c);
    (void)pcb;
    return ERR_OK;
}

static err_t on_accept(void *arg, struct tcp_pcb *pcb, err_t err)
{
    (void)arg;
    if (err != ERR_OK || pcb == NULL)
        return ERR_VAL;
    struct conn *c = calloc(1, sizeof *c);
    if (c == NULL) {
        tcp_abort(pcb);
        return ERR_ABRT;
    }
    c->pcb = pcb;
    stats.connections_total++;
    stats.connections_open++;
    tcp_nagle_disable(pcb);
    tcp_arg(pcb, c);
    tcp_recv(pcb, on_recv);
    tcp_sent(pcb, on_sent);
    tcp_err(pcb, on_err);
    tcp_poll(pcb, on_poll, 4);
    return ERR_OK;
}

bool ukp_http_listen(uint16_t port, ukp_http_handler_t h)
{
    handler = h;
    struct tcp_pcb *pcb = tcp_new();
    if (pcb == NULL || tcp_bind(pcb, IP_ADDR_ANY, port) != ERR_OK)
        return false;
    struct tcp_pcb *listener = tcp_listen(pcb);
    if (listener == NULL)
        return false;
    tcp_accept(listener, on_accept);
    return true;
}
