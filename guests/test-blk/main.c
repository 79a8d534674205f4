/*
 * test-blk -- conformance: the block device "storage", as Solo5's test_blk
 * checks it. Every tenth block round-trips a pattern; the last block works;
 * I/O past the end, of other than one block, or at an unaligned offset
 * fails. Runs with any sector size the catalog attaches (512, 4096).
 */
#include <stdio.h>
#include <stdlib.h>

#include "solo5.h"

static int round_trip(solo5_handle_t h, solo5_off_t off, size_t bs, uint8_t *w, uint8_t *r)
{
    for (size_t i = 0; i < bs; i++) {
        w[i] = (uint8_t)('0' + (off / bs + i) % 10);
        r[i] = 0;
    }
    if (solo5_block_write(h, off, w, bs) != SOLO5_R_OK || solo5_block_read(h, off, r, bs) != SOLO5_R_OK)
        return 0;
    for (size_t i = 0; i < bs; i++)
        if (r[i] != w[i])
            return 0;
    return 1;
}

int solo5_app_main(const struct solo5_start_info *si)
{
    (void)si;
    printf("\n**** ukplay conformance: blk ****\n\n");
    solo5_handle_t h;
    struct solo5_block_info bi;
    if (solo5_block_acquire("storage", &h, &bi) != SOLO5_R_OK) {
        printf("FAILURE: cannot acquire the block device 'storage'\n");
        return 99;
    }
    printf("storage: %lu bytes in blocks of %lu\n", (unsigned long)bi.capacity, (unsigned long)bi.block_size);
    size_t bs = bi.block_size;
    uint8_t *w = malloc(2 * bs), *r = malloc(2 * bs);
    if (w == NULL || r == NULL)
        return 98;

    unsigned checked = 0;
    for (solo5_off_t off = 0; off < bi.capacity; off += 10 * bs, checked++)
        if (!round_trip(h, off, bs, w, r)) {
            printf("FAILURE: block at %lu did not round-trip\n", (unsigned long)off);
            return 1;
        }
    if (!round_trip(h, bi.capacity - bs, bs, w, r)) {
        printf("FAILURE: the last block did not round-trip\n");
        return 2;
    }
    printf("%u blocks round-tripped\n", checked + 1);

    struct { const char *what; solo5_off_t off; size_t size; } bad[] = {
        { "at the capacity", bi.capacity, bs },
        { "one byte short", 0, bs - 1 },
        { "one byte long", 0, bs + 1 },
        { "at an unaligned offset", bs - 1, bs },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (solo5_block_write(h, bad[i].off, w, bad[i].size) == SOLO5_R_OK ||
            solo5_block_read(h, bad[i].off, r, bad[i].size) == SOLO5_R_OK) {
            printf("FAILURE: I/O %s succeeded\n", bad[i].what);
            return 3 + (int)i;
        }
    }
    printf("SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
