/*
 * tls.c -- thread-local storage blocks, AArch64 "variant 1" layout:
 *
 *   tls (= thread pointer, TPIDR_EL0)
 *   |  16-byte control block (unused, kept zero)
 *   |  |  .tdata image, then zeroed .tbss
 *   v  v
 *   [ TCB ][pad to align][ tdata ... ][ tbss ... ]
 *          '-- data starts at tp + ALIGN_UP(16, TLS alignment), which is
 *              where the compiler's local-exec offsets count from.
 *
 * The runtime gives the main thread one block before the application starts
 * (picolibc keeps errno there); an application may make others and switch
 * with solo5_set_tls_base.
 */
#include <string.h>

#include "rt.h"

#define TCB_SIZE 16

static size_t data_offset(void)
{
    uintptr_t align = (uintptr_t)__tls_align;
    return ALIGN_UP(TCB_SIZE, align > 0 ? align : 1);
}

size_t solo5_tls_size(void)
{
    return data_offset() + (size_t)(__tbss_end - __tdata_start);
}

uintptr_t solo5_tls_tp_offset(uintptr_t tls)
{
    return tls;
}

solo5_result_t solo5_tls_init(uintptr_t tls)
{
    if (tls == 0)
        return SOLO5_R_EINVAL;
    /* .tbss may start past .tdata's end (alignment): zero all the rest. */
    size_t tdata = (size_t)(__tdata_end - __tdata_start);
    size_t total = (size_t)(__tbss_end - __tdata_start);
    uint8_t *block = (uint8_t *)tls;
    memset(block, 0, data_offset());
    memcpy(block + data_offset(), __tdata_start, tdata);
    memset(block + data_offset() + tdata, 0, total - tdata);
    return SOLO5_R_OK;
}

solo5_result_t solo5_set_tls_base(uintptr_t base)
{
    __asm__ __volatile__("msr tpidr_el0, %0" : : "r"(base) : "memory");
    return SOLO5_R_OK;
}

void rt_tls_init_main(uintptr_t *heap_start)
{
    uintptr_t align = (uintptr_t)__tls_align;
    uintptr_t tls = ALIGN_UP(*heap_start, align > 16 ? align : 16);
    solo5_tls_init(tls);
    solo5_set_tls_base(solo5_tls_tp_offset(tls));
    *heap_start = ALIGN_UP(tls + solo5_tls_size(), 16);
}
