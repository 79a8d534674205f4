// TLB maintenance: after a page is remapped, each TLBI form makes the new mapping visible;
// ASIDs: non-global pages of two address spaces behind the same VA, switched through TTBR0's
// ASID field, and global pages shared by both. (What is read *before* a TLBI after a remap is
// not architecturally fixed, so it is never printed.)
#include "mmu-common.h"

#define VA (WINDOW + 0x200000)
#define PA(i) (SCRATCH_PA + 0x1000ul * (i))

static void remap(int to) {
  win_l3[0] = PA(to) | RT_NORMAL | PTE_PAGE;
  __asm__ volatile("dsb ishst" ::: "memory");
}

static u64 rd(u64 va) {
  return *(volatile u64 *)va;
}

int main(void) {
  mmu_setup();
  for (int i = 0; i < 8; i++) *(volatile u64 *)PA(i) = 0x1111ul * (i + 1);
  remap(0);
  tlb_flush();
  rt_printf("initial: %lx\n", rd(VA));

#define AFTER(insn, to)                                                  \
  do {                                                                   \
    remap(to);                                                           \
    __asm__ volatile(insn "\n dsb ish\n isb" ::"r"(VA >> 12) : "memory"); \
    rt_printf("%-16s -> %lx\n", insn, rd(VA));                          \
  } while (0)
  (void)rd(VA);
  AFTER("tlbi vae1, %0", 1);
  (void)rd(VA);
  AFTER("tlbi vale1, %0", 2);
  (void)rd(VA);
  AFTER("tlbi vaae1, %0", 3);
  (void)rd(VA);
  AFTER("tlbi vaale1is, %0", 4);
  (void)rd(VA);
  AFTER("tlbi vae1is, %0", 5);
  (void)rd(VA);
  AFTER("tlbi aside1, %0", 6); // ASID 0 in the operand: the current ASID
  (void)rd(VA);
  AFTER("tlbi vmalle1is // %0", 7);

  // Two address spaces with ASIDs 1 and 2: VA -> PA(1) in one, PA(2) in the other (nG),
  // and VA + 4 KiB global (-> PA(3)) in both.
  u64 *a = pt_new(), *b = pt_new();
  for (int i = 0; i < 512; i++) a[i] = b[i] = root[i];
  u64 *a2 = pt_new(), *b2 = pt_new(), *a3 = pt_new(), *b3 = pt_new();
  for (int i = 0; i < 512; i++) a2[i] = b2[i] = win_l2[i];
  a[2] = (u64)a2 | PTE_TABLE;
  b[2] = (u64)b2 | PTE_TABLE;
  a2[1] = (u64)a3 | PTE_TABLE;
  b2[1] = (u64)b3 | PTE_TABLE;
  a3[0] = PA(1) | RT_NORMAL | PTE_NG | PTE_PAGE;
  b3[0] = PA(2) | RT_NORMAL | PTE_NG | PTE_PAGE;
  a3[1] = b3[1] = PA(3) | RT_NORMAL | PTE_PAGE;
  __asm__ volatile("dsb ishst" ::: "memory");
  for (int round = 0; round < 2; round++) {
    SYSREG_WRITE(ttbr0_el1, (u64)a | (1ul << 48));
    ISB();
    u64 x = rd(VA), y = rd(VA + 0x1000);
    SYSREG_WRITE(ttbr0_el1, (u64)b | (2ul << 48));
    ISB();
    rt_printf("ASID 1: %lx %lx, ASID 2: %lx %lx\n", x, y, rd(VA), rd(VA + 0x1000));
  }
  // Change ASID 2's page and invalidate by ASID only.
  b3[0] = PA(4) | RT_NORMAL | PTE_NG | PTE_PAGE;
  __asm__ volatile("dsb ishst\n tlbi aside1, %0\n dsb ish\n isb" ::"r"(2ul << 48) : "memory");
  rt_printf("ASID 2 after TLBI ASIDE1: %lx\n", rd(VA));
  SYSREG_WRITE(ttbr0_el1, (u64)a | (1ul << 48));
  ISB();
  rt_printf("ASID 1 unchanged: %lx\n", rd(VA));
  // TCR_EL1.AS = 1: 16-bit ASIDs; a large ASID value works like a small one.
  SYSREG_WRITE(tcr_el1, RT_TCR | (1ul << 36));
  ISB();
  tlb_flush();
  SYSREG_WRITE(ttbr0_el1, (u64)b | (0xbeeful << 48));
  ISB();
  rt_printf("16-bit ASID 0xbeef: %lx\n", rd(VA));
  rt_puts("done\n");
  return 0;
}
