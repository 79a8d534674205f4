/*
 * trap.c -- what happens after vectors.S saved a frame: an installed handler
 * gets the first look; anything it does not take is reported (exception
 * class, ESR/FAR/ELR, registers) and the guest halts with SOLO5_EXIT_ABORT,
 * the frame as the halt cookie.
 */
#include <stdbool.h>

#include "rt.h"

#define ESR_EC(esr) (((esr) >> 26) & 0x3f)
#define ESR_ISS(esr) ((esr) & 0x1ffffff)
#define ISS_FSC(iss) ((iss) & 0x3f)
#define ISS_WNR (1u << 6)

static ukp_trap_handler_t trap_handler;
/* Nesting depth: a trap while handling a trap cannot be reported safely. */
static int trap_depth;

void ukp_set_trap_handler(ukp_trap_handler_t handler)
{
    trap_handler = handler;
}

const char *ukp_exception_class_name(unsigned ec)
{
    switch (ec) {
    case 0x00: return "unknown reason (undefined instruction)";
    case 0x01: return "trapped WFI/WFE";
    case 0x07: return "FP/SIMD access trapped";
    case 0x0e: return "illegal execution state";
    case 0x15: return "SVC from AArch64";
    case 0x18: return "trapped MSR/MRS/system instruction";
    case 0x20: return "instruction abort (lower EL)";
    case 0x21: return "instruction abort (same EL)";
    case 0x22: return "PC alignment fault";
    case 0x24: return "data abort (lower EL)";
    case 0x25: return "data abort (same EL)";
    case 0x26: return "SP alignment fault";
    case 0x2c: return "floating-point exception";
    case 0x2f: return "SError";
    case 0x30: return "breakpoint (lower EL)";
    case 0x31: return "breakpoint (same EL)";
    case 0x32: return "software step (lower EL)";
    case 0x33: return "software step (same EL)";
    case 0x34: return "watchpoint (lower EL)";
    case 0x35: return "watchpoint (same EL)";
    case 0x3c: return "BRK instruction";
    default: return "reserved or unexpected class";
    }
}

const char *ukp_fault_status_name(unsigned fsc)
{
    switch (fsc) {
    case 0x00: return "address size fault, level 0";
    case 0x01: return "address size fault, level 1";
    case 0x02: return "address size fault, level 2";
    case 0x03: return "address size fault, level 3";
    case 0x04: return "translation fault, level 0";
    case 0x05: return "translation fault, level 1";
    case 0x06: return "translation fault, level 2";
    case 0x07: return "translation fault, level 3";
    case 0x09: return "access flag fault, level 1";
    case 0x0a: return "access flag fault, level 2";
    case 0x0b: return "access flag fault, level 3";
    case 0x0d: return "permission fault, level 1";
    case 0x0e: return "permission fault, level 2";
    case 0x0f: return "permission fault, level 3";
    case 0x10: return "synchronous external abort";
    case 0x21: return "alignment fault";
    case 0x30: return "TLB conflict abort";
    default: return "other fault status";
    }
}

static bool is_abort(unsigned ec)
{
    return ec == 0x20 || ec == 0x21 || ec == 0x24 || ec == 0x25;
}

static const char *vector_name(uint64_t v)
{
    static const char *const origin[4] = {
        "EL1 with SP_EL0", "EL1 with SP_EL1", "EL0 (AArch64)", "EL0 (AArch32)"
    };
    static const char *const kind[4] = { "sync", "IRQ", "FIQ", "SError" };
    static char buf[40];
    const char *o = origin[(v >> 2) & 3], *k = kind[v & 3];
    size_t n = 0;
    while (*k && n < sizeof buf - 1) buf[n++] = *k++;
    const char *from = " from ";
    while (*from && n < sizeof buf - 1) buf[n++] = *from++;
    while (*o && n < sizeof buf - 1) buf[n++] = *o++;
    buf[n] = '\0';
    return buf;
}

void ukp_trap_dump(const struct ukp_trap_frame *f)
{
    unsigned ec = ESR_EC(f->esr);
    uint32_t iss = ESR_ISS(f->esr);

    ukp_log(UKP_LOG_ERROR, "trap: %s, %s (EC 0x%02x)\n",
            vector_name(f->vector), ukp_exception_class_name(ec), ec);
    if (is_abort(ec))
        ukp_log(UKP_LOG_ERROR, "trap: %s%s at address 0x%016lx\n",
                ukp_fault_status_name(ISS_FSC(iss)),
                (ec == 0x24 || ec == 0x25) ? ((iss & ISS_WNR) ? " on write" : " on read") : " on fetch",
                (unsigned long)f->far);
    ukp_log(UKP_LOG_ERROR, "ESR 0x%08lx  FAR 0x%016lx  ELR 0x%016lx\n",
            (unsigned long)f->esr, (unsigned long)f->far, (unsigned long)f->elr);
    ukp_log(UKP_LOG_ERROR, "SPSR 0x%08lx  SP 0x%016lx\n",
            (unsigned long)f->spsr, (unsigned long)f->sp);
    for (int i = 0; i < 31; i += 3) {
        if (i + 2 < 31)
            ukp_log(UKP_LOG_ERROR, "x%-2d 0x%016lx  x%-2d 0x%016lx  x%-2d 0x%016lx\n",
                    i, (unsigned long)f->x[i], i + 1, (unsigned long)f->x[i + 1],
                    i + 2, (unsigned long)f->x[i + 2]);
        else
            ukp_log(UKP_LOG_ERROR, "x%-2d 0x%016lx\n", i, (unsigned long)f->x[i]);
    }
}

/* Appends "0x" and v in hex to buf at *n (no libc: used when a trap nests). */
static void put_hex(char *buf, size_t *n, uint64_t v)
{
    buf[(*n)++] = '0';
    buf[(*n)++] = 'x';
    for (int shift = 60; shift >= 0; shift -= 4)
        buf[(*n)++] = "0123456789abcdef"[(v >> shift) & 15];
}

static void put_str(char *buf, size_t *n, const char *s)
{
    while (*s)
        buf[(*n)++] = *s++;
}

/*
 * A trap taken while a trap was being handled: the first frame is gone (the
 * second entry reused the exception stack), so report the second trap's
 * syndrome and address without any formatting library, and halt.
 */
static void nested_trap(const struct ukp_trap_frame *f)
{
    char line[160];
    size_t n = 0;
    put_str(line, &n, "Solo5: ABORT: trap while handling a trap: ESR ");
    put_hex(line, &n, f->esr);
    put_str(line, &n, " FAR ");
    put_hex(line, &n, f->far);
    put_str(line, &n, " ELR ");
    put_hex(line, &n, f->elr);
    line[n++] = '\n';
    rt_console_flush();
    if (rt_log_level >= UKP_LOG_ERROR)
        solo5_console_write(line, n);
    rt_halt(SOLO5_EXIT_ABORT, f);
}

/* Called by vectors.S with the saved frame; returns only to resume. */
void ukp_trap(struct ukp_trap_frame *f)
{
    if (++trap_depth > 1)
        nested_trap(f);
    if (trap_handler != NULL && trap_handler(f)) {
        trap_depth--;
        return;
    }
    rt_console_flush();
    ukp_trap_dump(f);
    ukp_log(UKP_LOG_ERROR, "ABORT: unhandled exception, halting\n");
    rt_halt(SOLO5_EXIT_ABORT, f);
}
