// Illegal exception returns and the Illegal Execution state exception: ERET with every SPSR.M
// that is not EL0t/EL1t/EL1h keeps EL and SP, restores NZCV and DAIF, sets PSTATE.IL, and the
// next instruction takes EC 0x0E; a legal return with SPSR.IL set does the same at the target.
// M = 0x10 (AArch32 User) is left out: QEMU's Cortex-A53 has AArch32 at EL0, where it is a
// legal return; we have no AArch32 (the unit tests check it is illegal here).
#include "rt.h"

static u64 stack0[256] __attribute__((aligned(16)));

/** The hook clears SPSR.IL in the frame so the return from the IL exception runs normally. */
static int clear_il(struct rt_frame *f, int kind) {
  rt_printf("  caught kind %d ESR %lx SPSR %lx ELR-label %ld\n", kind, f->esr, f->spsr, (i64)(f->elr - f->x[9]));
  f->spsr &= ~(1ul << 20);
  return 1;
}

/** ERET with SPSR = spsr to the instruction after the ERET (its address is in x9 for the hook). */
static u64 eret_with(u64 spsr) {
  u64 after;
  __asm__ volatile(
      "adr x9, 1f\n"
      "msr elr_el1, x9\n"
      "msr spsr_el1, %1\n"
      "eret\n"
      "1: mrs %0, nzcv\n"
      : "=r"(after)
      : "r"(spsr)
      : "x9", "memory", "cc");
  return after;
}

static u64 at_el0(u64 arg) {
  return arg + 1;
}

int main(void) {
  rt_set_hook(clear_il);
  // M[4:0] values that are not a legal AArch64 EL0/EL1 target (EL2/EL3, EL0 with SP_EL1,
  // reserved, AArch32 EL1 modes).
  static const u32 modes[] = {0x01, 0x02, 0x03, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d,
                              0x0e, 0x0f, 0x13, 0x1a, 0x1f};
  for (unsigned i = 0; i < sizeof modes / sizeof modes[0]; i++) {
    u64 spsr = modes[i] | (0x6ul << 28) | 0x3c0;
    rt_printf("M=%02x from EL1h:\n", modes[i]);
    u64 nzcv = eret_with(spsr);
    rt_printf("  then NZCV %lx CurrentEL %lx SPSel %lx DAIF %lx\n", nzcv, SYSREG_READ(CurrentEL), SYSREG_READ(SPSel),
              SYSREG_READ(DAIF));
  }

  // From EL1t: the exception is taken at the SP_EL0 vector and EL1t stays.
  __asm__ volatile("mov x1, sp\n msr spsel, #0\n mov sp, x1" ::: "x1", "memory");
  rt_puts("M=09 from EL1t:\n");
  eret_with(0x09 | 0x3c0);
  rt_printf("  then SPSel %lx\n", SYSREG_READ(SPSel));
  __asm__ volatile("mov x1, sp\n msr spsel, #1\n mov sp, x1" ::: "x1", "memory");

  // A legal return to EL1h, with SPSR.IL set.
  rt_puts("legal EL1h return with IL:\n");
  eret_with(0x3c5 | (1ul << 20));

  // A legal return to EL0 with IL set: the exception comes from EL0 (lower-EL vector).
  rt_puts("legal EL0 return with IL:\n");
  u64 r = rt_run_el0(at_el0, 41, (u64)&stack0[256], 0x3c0 | (1ul << 20));
  rt_printf("  EL0 returned %lu\n", r);
  rt_puts("done\n");
  return 0;
}
