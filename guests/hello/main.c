/*
 * hello -- the smallest tour: console output, the command line, and what
 * the monitor told the guest at boot (boot info, devices, memory layout).
 */
#include <stdio.h>

#include "solo5.h"
#include "ukplay.h"

static uint64_t read_midr(void)
{
    uint64_t v;
    __asm__("mrs %0, midr_el1" : "=r"(v));
    return v;
}

int solo5_app_main(const struct solo5_start_info *si)
{
    /* Boot info sits at 0x10000 (hvt ABI): read it as the runtime did. */
    const volatile uint64_t *bi = (const volatile uint64_t *)0x10000;
    struct ukp_layout l;
    ukp_get_layout(&l);

    printf("Hello, world! This is a Solo5 unikernel on an emulated AArch64 CPU.\n");
    printf("Command line: \"%s\"\n", si->cmdline);
    printf("Boot info at 0x10000:\n");
    printf("  mem_size       %lu bytes (%lu MiB)\n", (unsigned long)bi[0], (unsigned long)(bi[0] >> 20));
    printf("  kernel_end     0x%lx\n", (unsigned long)bi[1]);
    printf("  cpu_cycle_freq %lu Hz\n", (unsigned long)bi[2]);
    printf("  cmdline        at 0x%lx\n", (unsigned long)bi[3]);
    printf("  manifest       at 0x%lx\n", (unsigned long)bi[4]);
    printf("Image: text 0x%lx-0x%lx, rodata -0x%lx, data+bss -0x%lx\n",
           (unsigned long)l.text_start, (unsigned long)l.text_end,
           (unsigned long)l.rodata_end, (unsigned long)l.data_end);
    printf("Heap: %lu KiB at 0x%lx (start info: %lu KiB with the stack)\n",
           (unsigned long)((l.heap_end - l.heap_start) >> 10), (unsigned long)l.heap_start,
           (unsigned long)(si->heap_size >> 10));
    printf("CPU: MIDR_EL1 0x%08lx, monotonic clock %lu ns since boot\n",
           (unsigned long)read_midr(), (unsigned long)solo5_clock_monotonic());
    printf("Goodbye.\n");
    return SOLO5_EXIT_SUCCESS;
}
