/*
 * blk -- state that outlives the guest: a boot counter and a boot log kept
 * on the block device "storage". Every boot reads the header, counts
 * itself, appends a log record and prints the log; run it again on the same
 * disk and the count goes up.
 *
 * Disk layout (block size B, any power of two >= 512):
 *
 *   offset 0        header block: magic "UKPBLK01", u64 boots, u64 records,
 *                   u64 checksum of the three (FNV-1a), rest zero
 *   offset B        log records, 64 bytes each, packed into blocks;
 *                   record i at B + 64*i, a ring once the disk is full
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "solo5.h"

#define MAGIC "UKPBLK01"
#define RECORD 64

struct header {
    char magic[8];
    uint64_t boots;
    uint64_t records;
    uint64_t checksum;
};

static uint64_t fnv1a(const void *p, size_t n)
{
    const uint8_t *b = p;
    uint64_t h = 0xcbf29ce484222325ULL;
    while (n--)
        h = (h ^ *b++) * 0x100000001b3ULL;
    return h;
}

static solo5_handle_t disk;
static struct solo5_block_info info;
static uint8_t *block;

static int read_block(solo5_off_t off)
{
    return solo5_block_read(disk, off, block, info.block_size) == SOLO5_R_OK;
}

static int write_block(solo5_off_t off)
{
    return solo5_block_write(disk, off, block, info.block_size) == SOLO5_R_OK;
}

int solo5_app_main(const struct solo5_start_info *si)
{
    (void)si;
    if (solo5_block_acquire("storage", &disk, &info) != SOLO5_R_OK) {
        printf("blk: no block device 'storage' attached\n");
        return SOLO5_EXIT_FAILURE;
    }
    block = malloc(info.block_size);
    uint64_t slots = (info.capacity - info.block_size) / RECORD;
    if (block == NULL || slots == 0) {
        printf("blk: disk too small\n");
        return SOLO5_EXIT_FAILURE;
    }
    printf("blk: 'storage' has %lu bytes in %lu-byte blocks, room for %lu log records\n",
           (unsigned long)info.capacity, (unsigned long)info.block_size, (unsigned long)slots);

    struct header h;
    if (!read_block(0))
        return SOLO5_EXIT_FAILURE;
    memcpy(&h, block, sizeof h);
    if (memcmp(h.magic, MAGIC, 8) != 0 || h.checksum != fnv1a(&h, offsetof(struct header, checksum))) {
        printf("blk: no valid header: formatting a fresh log\n");
        memset(&h, 0, sizeof h);
        memcpy(h.magic, MAGIC, 8);
    }
    h.boots++;

    /* Append this boot's record. */
    char record[RECORD];
    time_t now = (time_t)(solo5_clock_wall() / 1000000000ULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    char date[32];
    strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S UTC", &tm);
    memset(record, 0, sizeof record);
    snprintf(record, sizeof record, "boot %lu at %s", (unsigned long)h.boots, date);
    uint64_t at = info.block_size + (h.records % slots) * RECORD;
    solo5_off_t blk_off = at - at % info.block_size;
    if (!read_block(blk_off))
        return SOLO5_EXIT_FAILURE;
    memcpy(block + at % info.block_size, record, RECORD);
    if (!write_block(blk_off))
        return SOLO5_EXIT_FAILURE;
    h.records++;

    /* Then the header, so a crash before this point loses the record, never the count. */
    h.checksum = fnv1a(&h, offsetof(struct header, checksum));
    memset(block, 0, info.block_size);
    memcpy(block, &h, sizeof h);
    if (!write_block(0))
        return SOLO5_EXIT_FAILURE;

    printf("blk: boot count %lu\n", (unsigned long)h.boots);
    uint64_t shown = h.records < slots ? h.records : slots;
    printf("blk: log (%lu records):\n", (unsigned long)shown);
    for (uint64_t i = h.records - shown; i < h.records; i++) {
        uint64_t a = info.block_size + (i % slots) * RECORD;
        if (!read_block(a - a % info.block_size))
            return SOLO5_EXIT_FAILURE;
        memcpy(record, block + a % info.block_size, RECORD);
        record[RECORD - 1] = '\0';
        printf("  %s\n", record);
    }
    return SOLO5_EXIT_SUCCESS;
}
