/*
 * store.c -- the log-structured store of store.h.
 *
 * Disk layout (block size B):
 *
 *   offset 0   header block: "UKPKV001", u64 boots, u64 log_end (bytes after
 *              offset B in use), u64 FNV-1a checksum of the three fields
 *   offset B   records, back to back, each 8-byte aligned:
 *                u32 "KVR1"  u32 key_len  u32 value_len (0xffffffff: delete)
 *                u32 CRC-32 of key + value   u64 sequence number   key  value  pad
 *
 * A change is appended to the log, then the header's log_end is advanced:
 * a crash between the two loses the change, never the log. When the log is
 * full, the live entries are rewritten from the start (compaction).
 */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solo5.h"

#define HEADER_MAGIC "UKPKV001"
#define RECORD_MAGIC 0x3152564bu /* "KVR1" */
#define TOMBSTONE 0xffffffffu
#define RECORD_HEAD 24

struct entry {
    struct entry *next;
    char key[KV_KEY_MAX + 1];
    uint8_t *value;
    size_t len;
};

struct header {
    char magic[8];
    uint64_t boots;
    uint64_t log_end;
    uint64_t checksum;
};

static struct entry *entries; /* insertion order: newest last */
static solo5_handle_t disk;
static struct solo5_block_info geometry;
static uint8_t *block;
static struct header hdr;
static struct kv_info info;
static uint64_t sequence;

static uint64_t fnv1a(const void *p, size_t n)
{
    const uint8_t *b = p;
    uint64_t h = 0xcbf29ce484222325ULL;
    while (n--)
        h = (h ^ *b++) * 0x100000001b3ULL;
    return h;
}

static uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t n)
{
    crc = ~crc;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc & 1) ? 0xedb88320u ^ (crc >> 1) : crc >> 1;
    }
    return ~crc;
}

/* Byte-granular I/O over whole-block transfers (read-modify-write at the edges). */
static bool disk_io(uint64_t off, uint8_t *data, size_t len, bool write)
{
    uint64_t bs = geometry.block_size;
    while (len > 0) {
        uint64_t base = off - off % bs, in = off - base;
        size_t n = (size_t)(bs - in) < len ? (size_t)(bs - in) : len;
        if (base + bs > geometry.capacity)
            return false;
        if ((!write || n < bs) && solo5_block_read(disk, base, block, bs) != SOLO5_R_OK)
            return false;
        if (write) {
            memcpy(block + in, data, n);
            if (solo5_block_write(disk, base, block, bs) != SOLO5_R_OK)
                return false;
        } else {
            memcpy(data, block + in, n);
        }
        off += n;
        data += n;
        len -= n;
    }
    return true;
}

static bool write_header(void)
{
    hdr.checksum = fnv1a(&hdr, offsetof(struct header, checksum));
    return disk_io(0, (uint8_t *)&hdr, sizeof hdr, true);
}

static struct entry *find(const char *key, struct entry ***link)
{
    struct entry **l = &entries;
    for (struct entry *e = entries; e; l = &e->next, e = e->next)
        if (strcmp(e->key, key) == 0) {
            if (link)
                *link = l;
            return e;
        }
    return NULL;
}

/* Applies a change to the in-memory table (value NULL: delete). */
static bool apply(const char *key, const uint8_t *value, size_t len)
{
    struct entry **link, *e = find(key, &link);
    if (value == NULL) {
        if (e == NULL)
            return false;
        *link = e->next;
        free(e->value);
        free(e);
        info.keys--;
        return true;
    }
    uint8_t *copy = malloc(len ? len : 1);
    if (copy == NULL)
        return false;
    memcpy(copy, value, len);
    if (e == NULL) {
        e = calloc(1, sizeof *e);
        if (e == NULL) {
            free(copy);
            return false;
        }
        strcpy(e->key, key);
        struct entry **tail = &entries;
        while (*tail)
            tail = &(*tail)->next;
        *tail = e;
        info.keys++;
    } else {
        free(e->value);
    }
    e->value = copy;
    e->len = len;
    return true;
}

static size_t record_size(size_t key_len, size_t value_len)
{
    return (RECORD_HEAD + key_len + value_len + 7) & ~(size_t)7;
}

/* Appends one record at log_end (value NULL: a tombstone); false if it does not fit. */
static bool append(const char *key, const uint8_t *value, size_t len)
{
    size_t klen = strlen(key), vlen = value ? len : 0, size = record_size(klen, vlen);
    if (hdr.log_end + size > info.log_capacity)
        return false;
    uint8_t *rec = calloc(1, size);
    if (rec == NULL)
        return false;
    uint32_t head[4] = { RECORD_MAGIC, (uint32_t)klen, value ? (uint32_t)vlen : TOMBSTONE, 0 };
    memcpy(rec + RECORD_HEAD, key, klen);
    if (value)
        memcpy(rec + RECORD_HEAD + klen, value, vlen);
    head[3] = crc32_update(0, rec + RECORD_HEAD, klen + vlen);
    uint64_t seq = ++sequence;
    memcpy(rec, head, sizeof head);
    memcpy(rec + 16, &seq, sizeof seq);
    bool ok = disk_io(geometry.block_size + hdr.log_end, rec, size, true);
    free(rec);
    if (!ok)
        return false;
    hdr.log_end += size;
    info.log_bytes = hdr.log_end;
    return write_header();
}

/* Rewrites the log with only the live entries. */
static bool compact(void)
{
    hdr.log_end = 0;
    for (struct entry *e = entries; e; e = e->next)
        if (!append(e->key, e->value, e->len))
            return false;
    info.compactions++;
    return write_header();
}

/* Replays the log into the table; stops at the first record that does not check out. */
static void replay(void)
{
    uint64_t off = 0;
    uint8_t head[RECORD_HEAD];
    uint8_t *buf = malloc(KV_KEY_MAX + KV_VALUE_MAX + 1);
    while (buf && off + RECORD_HEAD <= hdr.log_end) {
        if (!disk_io(geometry.block_size + off, head, RECORD_HEAD, false))
            break;
        uint32_t magic, klen, vlen, crc;
        memcpy(&magic, head, 4);
        memcpy(&klen, head + 4, 4);
        memcpy(&vlen, head + 8, 4);
        memcpy(&crc, head + 12, 4);
        memcpy(&sequence, head + 16, 8);
        bool tomb = vlen == TOMBSTONE;
        size_t data = klen + (tomb ? 0 : vlen);
        if (magic != RECORD_MAGIC || klen == 0 || klen > KV_KEY_MAX || (!tomb && vlen > KV_VALUE_MAX) ||
            off + record_size(klen, tomb ? 0 : vlen) > hdr.log_end ||
            !disk_io(geometry.block_size + off + RECORD_HEAD, buf, data, false) || crc32_update(0, buf, data) != crc) {
            printf("kv: log damaged at byte %lu: keeping what came before\n", (unsigned long)off);
            hdr.log_end = off;
            break;
        }
        char key[KV_KEY_MAX + 1];
        memcpy(key, buf, klen);
        key[klen] = '\0';
        apply(key, tomb ? NULL : buf + klen, tomb ? 0 : vlen);
        info.records_replayed++;
        off += record_size(klen, tomb ? 0 : vlen);
    }
    free(buf);
    info.log_bytes = hdr.log_end;
}

bool kv_open(const char *device)
{
    if (solo5_block_acquire(device, &disk, &geometry) != SOLO5_R_OK) {
        printf("kv: no block device '%s' attached\n", device);
        return false;
    }
    block = malloc(geometry.block_size);
    if (block == NULL || geometry.capacity < 2 * geometry.block_size)
        return false;
    info.log_capacity = geometry.capacity - geometry.block_size;
    if (!disk_io(0, (uint8_t *)&hdr, sizeof hdr, false))
        return false;
    if (memcmp(hdr.magic, HEADER_MAGIC, 8) != 0 || hdr.checksum != fnv1a(&hdr, offsetof(struct header, checksum)) ||
        hdr.log_end > info.log_capacity) {
        printf("kv: no store on '%s': formatting\n", device);
        memset(&hdr, 0, sizeof hdr);
        memcpy(hdr.magic, HEADER_MAGIC, 8);
    }
    hdr.boots++;
    info.boots = hdr.boots;
    replay();
    return write_header();
}

bool kv_valid_key(const char *key, size_t len)
{
    if (len == 0 || len > KV_KEY_MAX)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = key[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
            return false;
    }
    return true;
}

const uint8_t *kv_get(const char *key, size_t *len)
{
    struct entry *e = find(key, NULL);
    if (e == NULL)
        return NULL;
    *len = e->len;
    return e->value;
}

bool kv_put(const char *key, const uint8_t *value, size_t len, bool *created)
{
    *created = find(key, NULL) == NULL;
    if (!append(key, value, len)) {
        /* Full: compact, then try once more. */
        if (!apply(key, value, len) || !compact())
            return false;
        return true;
    }
    return apply(key, value, len);
}

bool kv_delete(const char *key)
{
    if (find(key, NULL) == NULL)
        return false;
    if (!append(key, NULL, 0)) {
        apply(key, NULL, 0);
        return compact();
    }
    return apply(key, NULL, 0);
}

void kv_each(void (*fn)(const char *key, size_t value_len, void *ctx), void *ctx)
{
    for (struct entry *e = entries; e; e = e->next)
        fn(e->key, e->len, ctx);
}

const struct kv_info *kv_info(void)
{
    return &info;
}
