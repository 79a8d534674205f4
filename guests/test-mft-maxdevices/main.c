/*
 * test-mft-maxdevices -- conformance: a manifest at its limit, 63 block
 * devices (plus the reserved entry: 64). Every one can be acquired, has
 * the capacity attached, and answers a read.
 */
#include <stdio.h>

#include "solo5.h"

#define DEVICES 63

int solo5_app_main(const struct solo5_start_info *si)
{
    (void)si;
    printf("\n**** ukplay conformance: mft_maxdevices ****\n\n");
    static uint8_t block[4096];
    for (int i = 0; i < DEVICES; i++) {
        char name[16];
        snprintf(name, sizeof name, "storage%d", i);
        solo5_handle_t h;
        struct solo5_block_info bi;
        if (solo5_block_acquire(name, &h, &bi) != SOLO5_R_OK) {
            printf("FAILURE: cannot acquire %s\n", name);
            return SOLO5_EXIT_FAILURE;
        }
        if (bi.capacity != 4096 || solo5_block_read(h, 0, block, bi.block_size) != SOLO5_R_OK) {
            printf("FAILURE: %s: capacity %lu or read failed\n", name, (unsigned long)bi.capacity);
            return SOLO5_EXIT_FAILURE;
        }
    }
    printf("acquired %d devices\n", DEVICES);
    printf("SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
