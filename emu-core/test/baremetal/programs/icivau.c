// Self-modifying code: write instructions as data, then DC CVAU / DSB / IC IVAU / DSB / ISB and
// run them; rewrite them in place (after they have run, so they are cached/decoded) and run
// again; also through an alias mapping (code written at one VA, executed at another), and
// with IC IALLU instead of IC IVAU. With the MMU off and on.
#include "mmu-common.h"

#define CODE_PA (SCRATCH_PA + 0x8000)

static void emit(u64 va, u32 imm) {
  volatile u32 *p = (u32 *)va;
  p[0] = 0xd2800000 | (imm << 5); /* movz x0, #imm */
  p[1] = 0x91000400;              /* add x0, x0, #1 */
  p[2] = 0xd65f03c0;              /* ret */
}

static void sync_ivau(u64 va) {
  __asm__ volatile("dc cvau, %0\n dsb ish\n ic ivau, %0\n dsb ish\n isb" ::"r"(va) : "memory");
}
static void sync_iallu(u64 va) {
  __asm__ volatile("dc cvau, %0\n dsb ish\n ic iallu\n dsb ish\n isb" ::"r"(va) : "memory");
}

static u64 call(u64 va) {
  return ((u64(*)(void))va)();
}

int main(void) {
  rt_puts("-- MMU off\n");
  for (u32 i = 1; i <= 3; i++) {
    emit(CODE_PA, 100 * i);
    sync_ivau(CODE_PA);
    rt_printf("run %u: %lu\n", i, call(CODE_PA));
  }

  mmu_setup();
  // The code page twice: RW (not executable) at WINDOW+2M, executable (EL1) at WINDOW+2M+4K.
  win_l3[0] = CODE_PA | RT_NORMAL | PTE_AP(0) | PTE_PXN | PTE_UXN | PTE_PAGE;
  win_l3[1] = CODE_PA | RT_NORMAL | PTE_AP(2) | PTE_UXN | PTE_PAGE;
  tlb_flush();
  u64 w = WINDOW + 0x200000, x = WINDOW + 0x201000;
  rt_puts("-- MMU on, write through one alias, run through the other\n");
  for (u32 i = 1; i <= 3; i++) {
    emit(w, 1000 + i);
    sync_ivau(w);
    rt_printf("run %u: %lu\n", i, call(x));
  }
  for (u32 i = 4; i <= 5; i++) {
    emit(w, 2000 + i);
    sync_iallu(w);
    rt_printf("run %u (IC IALLU): %lu\n", i, call(x));
  }
  rt_puts("done\n");
  return 0;
}
