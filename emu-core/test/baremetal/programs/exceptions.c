// Exception entry and return at EL1 with SPSel 1 and 0: SVC, BRK, UNDEF (UDF, SMC, SYSL,
// v8.1 PSTATE fields, SP_EL1), PC alignment, SP_EL0 access from EL1t, DAIF, the banked SPs.
// Not here, because QEMU differs from the bare architecture: HVC (the virt board's PSCI
// firmware answers every HVC) and the SP alignment check (QEMU omits it); the unit tests cover
// both. HLT neither: the runner has our core exit on every HLT (semihosting).
#include "rt.h"

#define TRY(what, insn)                               \
  do {                                                \
    __asm__ volatile(insn ::: "memory", "cc", "x0", "x1"); \
    rt_report(what);                                  \
  } while (0)

static void one_round(const char *mode) {
  rt_printf("-- %s: SPSel %d\n", mode, (int)SYSREG_READ(SPSel));
  TRY("svc #0x1234", "svc #0x1234");
  TRY("svc #0", "svc #0");
  TRY("brk #0x77", "brk #0x77");
  TRY("udf", "udf #0");
  TRY("smc", "smc #2");
  TRY("sysl", ".inst 0xd5280000");
  TRY("msr pan (v8.1)", ".inst 0xd500419f");
  TRY("mrs sp_el1", "mrs x0, sp_el1");
  TRY("mrs sp_el0", "mrs x0, sp_el0");
  TRY("flags kept", "msr nzcv, xzr\n mov x0, #0x9\n lsl x0, x0, #28\n msr nzcv, x0\n svc #1");
}

int main(void) {
  rt_catch(0);
  one_round("EL1h");

  // EL1t: the same stack memory through SP_EL0; exceptions still run on SP_EL1.
  u64 sp1, sp1_after, sp0;
  __asm__ volatile("mov %0, sp" : "=r"(sp1));
  __asm__ volatile(
      "mov x1, sp\n"
      "msr spsel, #0\n"
      "mov sp, x1\n" ::: "x1", "memory");
  one_round("EL1t");
  __asm__ volatile(
      "mov %0, sp\n"
      "msr spsel, #1\n"
      "mov sp, %0\n"
      : "=r"(sp0) :: "memory");
  __asm__ volatile("mov %0, sp" : "=r"(sp1_after));
  rt_printf("SP back in SP_EL1: %d, SP_EL0 kept: %d\n", sp1 == sp1_after, SYSREG_READ(sp_el0) == sp0);

  // PC alignment: branch to an odd address; resume at the label.
  u64 resume;
  __asm__ volatile("adr %0, 1f" : "=r"(resume));
  rt_catch(resume);
  __asm__ volatile(
      "adr x0, 1f\n"
      "add x0, x0, #2\n"
      "br x0\n"
      "1:\n" ::: "x0", "memory");
  rt_report("pc alignment");

  // MSR SP_EL0 while SP_EL0 is the stack pointer: UNDEFINED.
  rt_catch(0);
  __asm__ volatile(
      "msr spsel, #0\n"
      "msr sp_el0, xzr\n"
      "mrs x0, sp_el0\n"
      "msr spsel, #1\n" ::: "x0", "memory");
  rt_report("sp_el0 from EL1t (two UNDEFs)");

  // DAIF.
  __asm__ volatile("msr daifclr, #0xf");
  rt_printf("DAIF after clr: %lx\n", SYSREG_READ(DAIF));
  __asm__ volatile("msr daifset, #0x5");
  rt_printf("DAIF after set: %lx\n", SYSREG_READ(DAIF));
  SYSREG_WRITE(DAIF, 0x3c0);
  rt_printf("DAIF written: %lx\n", SYSREG_READ(DAIF));
  TRY("svc with DAIF masked", "svc #3");
  rt_puts("done\n");
  return 0;
}
