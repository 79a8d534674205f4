// MRS/MSR of the EL0/EL1 registers a kernel writes and reads back. Only registers whose value
// the architecture fixes are printed; identification registers (MIDR, MPIDR, ID_AA64*, CTR)
// describe different CPUs here and in QEMU's Cortex-A53, and IMPLEMENTATION DEFINED ones
// (ACTLR, AFSR*, AMAIR) may be RAZ/WI, so the unit tests check those.
#include "rt.h"

#define RW(reg, v)                                                          \
  do {                                                                      \
    SYSREG_WRITE(reg, (u64)(v));                                            \
    rt_printf("%-16s %016lx -> %016lx\n", #reg, (u64)(v), SYSREG_READ(reg)); \
  } while (0)

int main(void) {
  rt_printf("CurrentEL %lx SPSel %lx DAIF %lx DCZID %lx CNTFRQ %lu OSLSR %lx\n", SYSREG_READ(CurrentEL),
            SYSREG_READ(SPSel), SYSREG_READ(DAIF), SYSREG_READ(dczid_el0), SYSREG_READ(cntfrq_el0),
            SYSREG_READ(oslsr_el1));
  RW(tpidr_el0, 0x0123456789abcdeful);
  RW(tpidr_el1, 0xfedcba9876543210ul);
  RW(tpidrro_el0, 0x5555aaaa5555aaaaul);
  RW(contextidr_el1, 0x12345678ul);
  RW(mair_el1, 0x0004bb44ff00ul);
  RW(tcr_el1, 0x00000072b5193519ul);
  RW(ttbr0_el1, 0x0001000040123000ul);
  RW(ttbr1_el1, 0xabcd000040456000ul);
  RW(esr_el1, 0x96000045ul);
  RW(far_el1, 0xdeadbeefcafef00dul);
  RW(elr_el1, 0x40080000ul);
  RW(spsr_el1, 0x600003c5ul);
  u64 vbar = SYSREG_READ(vbar_el1);
  RW(vbar_el1, 0x40081800ul);
  SYSREG_WRITE(vbar_el1, vbar);
  RW(par_el1, 0x0000000040123a00ul);
  RW(cntkctl_el1, 0x3ul);
  RW(cntv_cval_el0, 0xffffffffffffff00ul);
  RW(cntp_cval_el0, 0x1234ul);
  RW(cntv_ctl_el0, 2ul);
  RW(cntp_ctl_el0, 2ul);
  RW(cntfrq_el0, 100000000ul);
  RW(mdscr_el1, 0x1000ul);
  RW(sp_el0, 0x40001230ul);
  RW(nzcv, 0xa0000000ul);
  RW(DAIF, 0x140ul);
  RW(cpacr_el1, 0x300000ul);
  RW(csselr_el1, 0x2ul);
  SYSREG_WRITE(oslar_el1, 0);
  rt_printf("OSLSR after unlock %lx\n", SYSREG_READ(oslsr_el1));
  SYSREG_WRITE(oslar_el1, 1);
  rt_printf("OSLSR after lock %lx\n", SYSREG_READ(oslsr_el1));
  rt_puts("done\n");
  return 0;
}
