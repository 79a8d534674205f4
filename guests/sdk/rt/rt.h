/*
 * rt.h -- what the runtime's files share. Private to guests/sdk/rt/.
 */
#ifndef UKP_RT_RT_H
#define UKP_RT_RT_H

#include <stddef.h>
#include <stdint.h>

#include "hvt.h"
#include "solo5.h"
#include "ukplay.h"

#define PAGE_SIZE 4096UL
#define ALIGN_UP(x, a) (((x) + ((a) - 1)) & ~((uintptr_t)(a) - 1))

/* Bytes at the top of RAM kept for the initial stack: sbrk never hands them
 * out. 256 KiB is far more than any catalog guest uses, and still leaves
 * most of a 2 MiB machine (Solo5's test size) to the heap. */
#define STACK_RESERVE (256UL * 1024)

/* Linker-script symbols (guests/sdk/link.ld). */
extern char __image_start[], __text_end[], __rodata_end[], __data_start[];
extern char __tdata_start[], __tdata_end[], __tbss_start[], __tbss_end[];
extern char __tls_align[], __bss_start[], __bss_end[], _end[];

/* What boot info told us, kept for the other files. */
struct rt_machine {
    uint64_t mem_size;
    uint64_t cpu_cycle_freq;
    const struct mft *mft;
};
extern struct rt_machine rt_machine;

/* boot.c */
void ukp_boot(const struct hvt_boot_info *bi) __attribute__((noreturn));

/* clock.c */
void rt_clock_init(uint64_t freq);

/* console.c: the stdio line buffer, flushed before any direct write. */
void rt_console_putc(char c);
void rt_console_flush(void);

/* log.c */
extern int rt_log_level;
/* Consumes a --solo5:LEVEL option; returns 0 if arg is not one. */
int rt_log_option(const char *arg, size_t len);

/* mem.c */
void rt_heap_init(uintptr_t start, uintptr_t end);

/* exit.c: halts with status, passing cookie (or NULL) to the monitor. */
void rt_halt(int status, const void *cookie) __attribute__((noreturn));

/* tls.c */
void rt_tls_init_main(uintptr_t *heap_start);

#endif
