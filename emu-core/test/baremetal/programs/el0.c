// EL0: the drop through ERET and the way back through SVC, the lower-EL vectors, and what EL0
// may touch: UNDEFINED EL1 registers and instructions, traps to EL1 (EC 0x18, EC 0x01) and
// their SCTLR_EL1/CNTKCTL_EL1 enables. The MMU is off, so EL0 may execute and access anything.
// Left to the unit tests, where QEMU 7.2 differs from the architecture: the ISS of a trapped
// MSR DAIFSet (QEMU swaps Op1 and Op2), a WFE trap (QEMU never traps WFE; here the WFE finds
// the event register set by the ERET into EL0, so no trap is right), and DC ZVA with the MMU
// off (Device memory: an Alignment fault, which QEMU does not raise).
#include "rt.h"

static u64 stack0[512] __attribute__((aligned(16)));
#define EL0_SP ((u64)&stack0[512])
#define SPSR_EL0T_MASKED 0x3c0ul

#define AT_EL0(what, insn)                                                      \
  do {                                                                          \
    rt_run_el0(el0_##what, 0, EL0_SP, SPSR_EL0T_MASKED);                        \
    rt_report(#what);                                                           \
  } while (0)
#define EL0_FN(what, insn)                                                      \
  static u64 el0_##what(u64 arg) {                                             \
    __asm__ volatile(insn ::: "x0", "x1", "memory", "cc");                     \
    return arg;                                                                 \
  }

// Instructions tried at EL0, one function each (they run at EL0 through rt_run_el0).
EL0_FN(svc, "svc #0x42")
EL0_FN(brk, "brk #5")
EL0_FN(mrs_sctlr, "mrs x0, sctlr_el1")
EL0_FN(mrs_currentel, "mrs x0, currentel")
EL0_FN(msr_spsel, "msr spsel, #1")
EL0_FN(eret, "eret")
EL0_FN(mrs_midr, "mrs x0, midr_el1")
EL0_FN(mrs_ctr, "mrs x0, ctr_el0")
EL0_FN(mrs_daif, "mrs x0, daif")
EL0_FN(daifset, "msr daifset, #2")
EL0_FN(mrs_cntvct, "mrs x0, cntvct_el0")
EL0_FN(mrs_cntpct, "mrs x0, cntpct_el0")
EL0_FN(mrs_cntfrq, "mrs x0, cntfrq_el0")
EL0_FN(mrs_cntv_ctl, "mrs x0, cntv_ctl_el0")
EL0_FN(msr_cntp_cval, "msr cntp_cval_el0, xzr")
EL0_FN(dc_zva, "mov x0, sp\n sub x0, x0, #256\n dc zva, x0")
EL0_FN(dc_cvau, "mov x0, sp\n dc cvau, x0")
EL0_FN(ic_ivau, "mov x0, sp\n ic ivau, x0")
EL0_FN(dc_ivac, "mov x0, sp\n dc ivac, x0")
EL0_FN(ic_iallu, "ic iallu")
EL0_FN(tlbi, "tlbi vmalle1")
EL0_FN(at, "mov x0, sp\n at s1e0r, x0")
EL0_FN(wfi, "wfi")
EL0_FN(wfe, "wfe")
EL0_FN(msr_tpidrro, "msr tpidrro_el0, xzr")

static u64 el0_regs(u64 arg) {
  u64 v;
  __asm__ volatile("msr tpidr_el0, %0" ::"r"(arg));
  __asm__ volatile("mrs %0, tpidr_el0" : "=r"(v));
  u64 ro, nzcv, fpcr, dczid;
  __asm__ volatile("mrs %0, tpidrro_el0" : "=r"(ro));
  __asm__ volatile("mrs %0, nzcv" : "=r"(nzcv));
  __asm__ volatile("mrs %0, fpcr" : "=r"(fpcr));
  __asm__ volatile("mrs %0, dczid_el0" : "=r"(dczid));
  return (v == arg) | ((ro & 0xff) << 8) | (nzcv >> 28 << 16) | (dczid << 24) | (fpcr << 32);
}

static u64 el0_loop(u64 n) {
  u64 s = 0;
  for (u64 i = 1; i <= n; i++) s += i * i;
  return s;
}

static void run_all(const char *title) {
  rt_printf("-- %s\n", title);
  AT_EL0(svc, 0);
  AT_EL0(brk, 0);
  AT_EL0(mrs_sctlr, 0);
  AT_EL0(mrs_currentel, 0);
  AT_EL0(msr_spsel, 0);
  AT_EL0(eret, 0);
  AT_EL0(mrs_midr, 0);
  AT_EL0(mrs_ctr, 0);
  AT_EL0(mrs_daif, 0);
  if (SYSREG_READ(sctlr_el1) & (1 << 9)) AT_EL0(daifset, 0);
  AT_EL0(mrs_cntvct, 0);
  AT_EL0(mrs_cntpct, 0);
  AT_EL0(mrs_cntfrq, 0);
  AT_EL0(mrs_cntv_ctl, 0);
  AT_EL0(msr_cntp_cval, 0);
  if (!(SYSREG_READ(sctlr_el1) & (1 << 14))) AT_EL0(dc_zva, 0);
  AT_EL0(dc_cvau, 0);
  AT_EL0(ic_ivau, 0);
  AT_EL0(dc_ivac, 0);
  AT_EL0(ic_iallu, 0);
  AT_EL0(tlbi, 0);
  AT_EL0(at, 0);
  // With nTWI set WFI would really wait: no interrupt is armed here (the timer program has it).
  if (!(SYSREG_READ(sctlr_el1) & (1 << 16))) AT_EL0(wfi, 0);
  AT_EL0(wfe, 0);
  AT_EL0(msr_tpidrro, 0);
}

int main(void) {
  rt_catch(0);
  SYSREG_WRITE(tpidrro_el0, 0x5a);
  u64 r = rt_run_el0(el0_loop, 100, EL0_SP, 0x3c0);
  rt_printf("EL0 sum of squares: %lu, CurrentEL after: %lx\n", r, SYSREG_READ(CurrentEL));
  rt_report("plain call");
  r = rt_run_el0(el0_regs, 0x1234, EL0_SP, 0xa00003c0);
  rt_printf("EL0 registers: %lx\n", r);
  rt_report("register access");

  // Everything EL1 controls is off: traps where the architecture has a control, UNDEF otherwise.
  SYSREG_WRITE(sctlr_el1, 0x30d00800);
  SYSREG_WRITE(cntkctl_el1, 0);
  ISB();
  run_all("EL0 controls off (SCTLR_EL1 = 0x30d00800, CNTKCTL_EL1 = 0)");

  // UMA, DZE, UCT, nTWI, nTWE, UCI; every CNTKCTL_EL1 enable.
  SYSREG_WRITE(sctlr_el1, 0x30d00800 | (1 << 9) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 18) | (1 << 26));
  SYSREG_WRITE(cntkctl_el1, 0x303);
  ISB();
  run_all("EL0 controls on");
  rt_puts("done\n");
  return 0;
}
