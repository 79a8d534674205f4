// Address translation instructions: AT S1E1R/W and S1E0R/W on pages with different memory
// types, permissions and faults, and the exact PAR_EL1 they leave (success: ATTR, PA, NS, SH;
// fault: FST). The MMU-off case reports the flat map.
// PAR_EL1.SH of Device and Normal non-cacheable results is masked out of the output: the Arm
// ARM returns 0b10 (Outer Shareable) for them, QEMU 7.2 the descriptor's SH (0 with the MMU
// off); the unit tests check ours.
#include "mmu-common.h"

#define PAGE(i) (WINDOW + 0x200000 + 0x1000ul * (i))
#define PA(i) (SCRATCH_PA + 0x1000ul * (i))

static u64 at(const char *op, u64 va) {
  switch (op[0] + op[1]) {
  case '1' + 'r': __asm__ volatile("at s1e1r, %0" ::"r"(va)); break;
  case '1' + 'w': __asm__ volatile("at s1e1w, %0" ::"r"(va)); break;
  case '0' + 'r': __asm__ volatile("at s1e0r, %0" ::"r"(va)); break;
  default: __asm__ volatile("at s1e0w, %0" ::"r"(va)); break;
  }
  ISB();
  return SYSREG_READ(par_el1);
}

static u64 sh_mask = ~0ul;
static void all(const char *name, u64 va) {
  rt_printf("%-28s S1E1R %016lx S1E1W %016lx S1E0R %016lx S1E0W %016lx\n", name, at("1r", va) & sh_mask,
            at("1w", va) & sh_mask, at("0r", va) & sh_mask, at("0w", va) & sh_mask);
}
#define SH_OF_DEVICE_AND_NC(stmt) (sh_mask = ~(3ul << 7), stmt, sh_mask = ~0ul)

int main(void) {
  // MMU off: the flat map, Device-nGnRnE data.
  rt_puts("-- MMU off\n");
  SH_OF_DEVICE_AND_NC(all("RAM", 0x40123456ul));
  SH_OF_DEVICE_AND_NC(all("UART", 0x09000000ul));

  mmu_setup();
  SYSREG_WRITE(mair_el1, 0x0004bb44ff00ul); // 0 Device-nGnRnE, 1 WB, 2 NC, 3 WT, 4 Device-nGnRE
  win_l3[0] = PA(0) | PTE_AF | PTE_SH_INNER | PTE_ATTR(1) | PTE_AP(0) | PTE_PAGE;
  win_l3[1] = PA(1) | PTE_AF | PTE_ATTR(1) | PTE_AP(1) | PTE_PAGE;                 // non-shareable
  win_l3[2] = PA(2) | PTE_AF | (2ul << 8) | PTE_ATTR(1) | PTE_AP(2) | PTE_PAGE;   // outer shareable
  win_l3[3] = PA(3) | PTE_AF | PTE_SH_INNER | PTE_ATTR(1) | PTE_AP(3) | PTE_PAGE;
  win_l3[4] = PA(4) | PTE_AF | PTE_ATTR(0) | PTE_AP(0) | PTE_PAGE;
  win_l3[5] = PA(5) | PTE_AF | PTE_ATTR(4) | PTE_AP(1) | PTE_PAGE;
  win_l3[6] = PA(6) | PTE_AF | PTE_SH_INNER | PTE_ATTR(2) | PTE_AP(0) | PTE_PAGE;
  win_l3[7] = PA(7) | PTE_AF | PTE_SH_INNER | PTE_ATTR(3) | PTE_AP(0) | PTE_PAGE;
  win_l3[8] = PA(8) | PTE_ATTR(1) | PTE_AP(0) | PTE_PAGE;                           // AF = 0
  win_l2[2] = SCRATCH_PA | RT_NORMAL | PTE_BLOCK;                                     // 2 MiB block
  tlb_flush();
  rt_puts("-- MMU on\n");
  all("AP=0 WB inner", PAGE(0) + 0x123);
  all("AP=1 WB non-shareable", PAGE(1));
  all("AP=2 WB outer", PAGE(2));
  all("AP=3 WB inner", PAGE(3) + 0xff8);
  SH_OF_DEVICE_AND_NC(all("Device-nGnRnE", PAGE(4)));
  SH_OF_DEVICE_AND_NC(all("Device-nGnRE", PAGE(5)));
  SH_OF_DEVICE_AND_NC(all("Normal NC", PAGE(6)));
  all("Normal WT", PAGE(7));
  all("no AF", PAGE(8));
  all("L3 invalid", PAGE(9));
  all("L2 invalid", WINDOW + 0x600000);
  all("2M block", WINDOW + 0x4abcde);
  all("beyond 39 bits", 0x8000000000ul);
  all("tagged, TBI0 = 0", (0x77ul << 56) | PAGE(0));
  SYSREG_WRITE(tcr_el1, RT_TCR | (1ul << 37));
  ISB();
  tlb_flush();
  all("tagged, TBI0 = 1", (0x77ul << 56) | PAGE(0));
  rt_puts("done\n");
  return 0;
}
