/*
 * ukplay.h -- what the ukplay runtime offers beyond the Solo5 API. A guest
 * that uses only solo5.h stays portable to Solo5; these are conveniences for
 * the playground's own guests.
 */
#ifndef UKPLAY_H_INCLUDED
#define UKPLAY_H_INCLUDED

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- logging ---------------------------------------------------------- */

/* The levels of --solo5:quiet|error|warn|info|debug (default info). */
enum ukp_log_level {
    UKP_LOG_QUIET = 0,
    UKP_LOG_ERROR = 1,
    UKP_LOG_WARN = 2,
    UKP_LOG_INFO = 3,
    UKP_LOG_DEBUG = 4,
};

/* Prints "Solo5: " + the formatted message when level is enabled. */
void ukp_log(enum ukp_log_level level, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- command line ----------------------------------------------------- */

/*
 * Finds "key=value" among the space-separated words of cmdline and copies
 * value into buf (NUL-terminated, truncated to size-1). Returns true if the
 * key was present. ukp_arg_flag tells whether a bare word is present.
 */
bool ukp_arg(const char *cmdline, const char *key, char *buf, size_t size);
bool ukp_arg_flag(const char *cmdline, const char *word);
/* ukp_arg + strtoull (base 0); dflt when absent or not a number. */
uint64_t ukp_arg_u64(const char *cmdline, const char *key, uint64_t dflt);

/* ---- traps ------------------------------------------------------------ */

/*
 * The registers saved when an exception is taken (EL1, vectors installed by
 * the runtime). A handler may change any field; returning true resumes at
 * frame->elr with the frame's registers.
 *
 *   0x000  x[0..30]   general registers
 *   0x0f8  sp         stack pointer at the time of the exception
 *   0x100  elr        ELR_EL1: where to resume
 *   0x108  spsr       SPSR_EL1
 *   0x110  esr        ESR_EL1: exception class (bits 31:26) and syndrome
 *   0x118  far        FAR_EL1: faulting address (aborts)
 *   0x120  vector     which of the 16 vector entries was taken
 *   0x128  (pad)
 *   0x130  q[0..31]   FP/SIMD registers, 16 bytes each
 *   0x330  fpsr, fpcr
 *   0x340  end
 */
struct ukp_trap_frame {
    uint64_t x[31];
    uint64_t sp;
    uint64_t elr;
    uint64_t spsr;
    uint64_t esr;
    uint64_t far;
    uint64_t vector;
    uint64_t pad;
    __uint128_t q[32];
    uint64_t fpsr;
    uint64_t fpcr;
};

/* Vector indices: which exception level/stack and which kind. */
enum ukp_vector {
    UKP_VEC_EL1T_SYNC = 0, UKP_VEC_EL1T_IRQ, UKP_VEC_EL1T_FIQ, UKP_VEC_EL1T_SERROR,
    UKP_VEC_EL1H_SYNC = 4, UKP_VEC_EL1H_IRQ, UKP_VEC_EL1H_FIQ, UKP_VEC_EL1H_SERROR,
    UKP_VEC_EL0_SYNC = 8, UKP_VEC_EL0_IRQ, UKP_VEC_EL0_FIQ, UKP_VEC_EL0_SERROR,
    UKP_VEC_EL0_32_SYNC = 12, UKP_VEC_EL0_32_IRQ, UKP_VEC_EL0_32_FIQ, UKP_VEC_EL0_32_SERROR,
};

/* Returns true when the exception was dealt with and execution resumes. */
typedef bool (*ukp_trap_handler_t)(struct ukp_trap_frame *frame);

/* Installs handler (NULL: none); unhandled traps dump state and halt 255. */
void ukp_set_trap_handler(ukp_trap_handler_t handler);

/* Short names for an ESR exception class and a data/instruction fault
 * status code, e.g. "data abort (same EL)", "translation fault, level 3". */
const char *ukp_exception_class_name(unsigned ec);
const char *ukp_fault_status_name(unsigned fsc);

/* Prints the trap report (as unhandled traps do) at error level. */
void ukp_trap_dump(const struct ukp_trap_frame *frame);

/* ---- memory ----------------------------------------------------------- */

/* The machine's RAM size and the image's layout, from boot info and the
 * linker script (page-aligned addresses). */
struct ukp_layout {
    uint64_t mem_size;
    uintptr_t text_start, text_end;
    uintptr_t rodata_start, rodata_end;
    uintptr_t data_start, data_end; /* data + bss */
    uintptr_t heap_start, heap_end; /* sbrk's region */
    uintptr_t stack_top;
    uint64_t cpu_cycle_freq;
};
void ukp_get_layout(struct ukp_layout *out);

#endif /* UKPLAY_H_INCLUDED */
