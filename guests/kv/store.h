/*
 * store.h -- the key-value store behind the kv guest: an in-memory table
 * whose every change is first appended to a log on the block device, so the
 * table can be rebuilt at the next boot.
 */
#ifndef KV_STORE_H
#define KV_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KV_KEY_MAX 64
#define KV_VALUE_MAX (64 * 1024)

struct kv_info {
    uint64_t boots;
    uint64_t keys;
    uint64_t records_replayed;
    uint64_t log_bytes, log_capacity;
    uint64_t compactions;
};

/* Opens (or formats) the log on the block device called device and replays it. */
bool kv_open(const char *device);
bool kv_valid_key(const char *key, size_t len);
/* The value of key, or NULL. */
const uint8_t *kv_get(const char *key, size_t *len);
/* Returns false on a full disk or an I/O error; *created tells if the key is new. */
bool kv_put(const char *key, const uint8_t *value, size_t len, bool *created);
/* Returns false if key was absent (or on an I/O error). */
bool kv_delete(const char *key);
/* Calls fn for every key, in insertion order. */
void kv_each(void (*fn)(const char *key, size_t value_len, void *ctx), void *ctx);
const struct kv_info *kv_info(void);

#endif
