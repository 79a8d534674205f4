// DC ZVA: DCZID_EL0, zeroing exactly the aligned 64-byte block, faults like a store (WnR = 1,
// CM = 0) with the MMU on, and the EL0 trap (SCTLR_EL1.DZE, with DCZID_EL0.DZP).
// With the MMU off every data access is Device memory, where DC ZVA is an Alignment fault by
// the Arm ARM; QEMU 7.2 zeroes anyway, so that case is left to the unit tests.
#include "mmu-common.h"

#define PAGE(i) (WINDOW + 0x200000 + 0x1000ul * (i))
#define PA(i) (SCRATCH_PA + 0x1000ul * (i))

static void dump(u64 pa, int from, int to) {
  volatile u8 *p = (u8 *)pa;
  for (int i = from; i < to; i++) rt_printf("%02x%s", p[i], (i & 15) == 15 ? "\n" : " ");
}

static void fill(u64 pa) {
  volatile u8 *p = (u8 *)pa;
  for (int i = 0; i < 4096; i++) p[i] = (u8)(i * 7 + 1);
}

static void zva(const char *what, u64 va) {
  rt_catch(0);
  __asm__ volatile("dc zva, %0" ::"r"(va) : "memory");
  rt_report(what);
}

static u64 stack0[256] __attribute__((aligned(16)));
static u64 el0_dczid(u64 va) {
  u64 d;
  __asm__ volatile("mrs %0, dczid_el0" : "=r"(d));
  __asm__ volatile("dc zva, %0" ::"r"(va) : "memory");
  return d;
}

int main(void) {
  rt_printf("DCZID_EL0 at EL1: %lx\n", SYSREG_READ(dczid_el0));
  mmu_setup();
  win_l3[0] = PA(0) | RT_NORMAL | PTE_AP(1) | PTE_PAGE;
  win_l3[1] = PA(1) | RT_NORMAL | PTE_AP(3) | PTE_PAGE;
  win_l3[2] = PA(2) | (RT_NORMAL & ~PTE_AF) | PTE_AP(0) | PTE_PAGE;
  tlb_flush();
  fill(PA(0));
  zva("zva at +0x47", PAGE(0) + 0x47);
  dump(PA(0), 0x30, 0x90);
  zva("zva at +0xfc0", PAGE(0) + 0xfc0);
  dump(PA(0), 0xfb0, 0x1000);
  zva("zva read-only page", PAGE(1) + 0x88);
  zva("zva no access flag", PAGE(2) + 0x10);
  zva("zva unmapped", PAGE(3) + 0x20);

  // EL0: trapped while SCTLR_EL1.DZE = 0 (and DCZID_EL0.DZP says so), allowed with DZE = 1.
  // The EL0 stack is inside the mmu-common map; use it, with the window page (AP=1) as target.
  rt_catch(0);
  u64 d = rt_run_el0(el0_dczid, PAGE(0) + 0x100, EL0_STACK_VA + 0x1000, 0x3c0);
  rt_printf("EL0 DCZID with DZE = 0: %lx\n", d);
  rt_report("EL0 zva with DZE = 0");
  SYSREG_WRITE(sctlr_el1, SYSREG_READ(sctlr_el1) | (1 << 14));
  ISB();
  fill(PA(0));
  d = rt_run_el0(el0_dczid, PAGE(0) + 0x100, EL0_STACK_VA + 0x1000, 0x3c0);
  rt_printf("EL0 DCZID with DZE = 1: %lx\n", d);
  rt_report("EL0 zva with DZE = 1");
  dump(PA(0), 0xf0, 0x150);
  d = rt_run_el0(el0_dczid, PAGE(1), EL0_STACK_VA + 0x1000, 0x3c0);
  rt_report("EL0 zva on a read-only page");
  (void)stack0;
  rt_puts("done\n");
  return 0;
}
