/*
 * faults -- one deliberate fault, chosen by the first argument, to watch how
 * the CPU reports it and how the runtime's trap handler explains it:
 *
 *   null           load from address 0 (the zero page is never mapped)
 *   unmapped       store to 16 GiB, far outside RAM and the page tables
 *   write-text     store into our own code (the monitor stops the guest)
 *   write-rodata   store into read-only data (the monitor stops the guest)
 *   undef          execute a permanently undefined instruction (UDF)
 *   brk            execute a BRK software breakpoint
 *   stack-smash    overrun a stack buffer; the canary check aborts
 *   misaligned-sp  turn on SP alignment checking, then use a misaligned SP
 *   notls          read a thread-local variable with no TLS block set
 */
#include <stdio.h>
#include <string.h>

#include "solo5.h"
#include "ukplay.h"

static volatile uint64_t sink;
static const uint64_t constant = 42;
static __thread volatile uint64_t per_thread = 7;

static void __attribute__((noinline)) fill(char *dst, const char *src, size_t n)
{
    memcpy(dst, src, n);
}

static void __attribute__((noinline)) smash(size_t n)
{
    char buf[16];
    static const char junk[64] = "this string is much longer than the sixteen-byte buffer!";
    fill(buf, junk, n); /* n > 16 overwrites the canary above buf */
    sink = (uint64_t)buf[0];
}

static void misaligned_sp(void)
{
    uint64_t sctlr;
    __asm__ __volatile__("mrs %0, sctlr_el1" : "=r"(sctlr));
    sctlr |= 1u << 3; /* SA: check SP alignment for EL1 accesses */
    __asm__ __volatile__(
        "msr sctlr_el1, %0\n"
        "isb\n"
        "mov x9, sp\n"
        "sub x10, x9, #8\n"  /* 8 off a 16-byte boundary */
        "mov sp, x10\n"
        "ldr x11, [sp]\n"    /* faults here */
        "mov sp, x9\n"
        :
        : "r"(sctlr)
        : "x9", "x10", "x11", "memory");
}

static void usage(void)
{
    printf("usage: faults null|unmapped|write-text|write-rodata|undef|brk|stack-smash|misaligned-sp|notls\n");
}

int solo5_app_main(const struct solo5_start_info *si)
{
    char mode[32] = "";
    sscanf(si->cmdline, "%31s", mode);
    printf("faults: about to trigger '%s'\n", mode);
    fflush(stdout);

    if (strcmp(mode, "null") == 0) {
        sink = *(volatile uint64_t *)(uintptr_t)0;
    } else if (strcmp(mode, "unmapped") == 0) {
        *(volatile uint8_t *)(uintptr_t)(2ULL << 33) = 1;
    } else if (strcmp(mode, "write-text") == 0) {
        *(volatile uint32_t *)(uintptr_t)&solo5_app_main = 0xd503201f; /* a NOP */
    } else if (strcmp(mode, "write-rodata") == 0) {
        *(volatile uint64_t *)(uintptr_t)&constant = 0;
    } else if (strcmp(mode, "undef") == 0) {
        __asm__ __volatile__("udf #0x2a");
    } else if (strcmp(mode, "brk") == 0) {
        __asm__ __volatile__("brk #0x2a");
    } else if (strcmp(mode, "stack-smash") == 0) {
        volatile size_t n = 48;
        smash(n);
    } else if (strcmp(mode, "misaligned-sp") == 0) {
        misaligned_sp();
    } else if (strcmp(mode, "notls") == 0) {
        solo5_set_tls_base(0);
        sink = per_thread;
    } else {
        usage();
        return SOLO5_EXIT_FAILURE;
    }
    printf("faults: '%s' did not fault -- that is a bug\n", mode);
    return SOLO5_EXIT_FAILURE;
}
