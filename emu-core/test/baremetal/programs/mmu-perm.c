// Stage-1 permissions from both exception levels: AP[2:1], UXN/PXN, the hierarchical APTable/
// PXNTable/UXNTable bits, the implicit PXN of EL0-writable memory, SCTLR_EL1.WXN, and
// alignment checking (SCTLR_EL1.A). Every access is made as read, write and execute where it
// makes sense, at EL1 and at EL0 (through rt_run_el0 with the image's text executable at EL0).
#include "mmu-common.h"

#define PAGE(i) (WINDOW + 0x200000 + 0x1000ul * (i)) /* win_l3[i] */
#define PA(i) (SCRATCH_PA + 0x1000ul * (i))

static void show(const char *name, int i) {
  rt_printf("-- page %d: %s\n", i, name);
  probe_read("EL1 read", PAGE(i) + 8);
  probe_write("EL1 write", PAGE(i) + 16, 7);
  probe_exec("EL1 exec", PAGE(i));
  probe_read_el0("EL0 read", PAGE(i) + 8);
  probe_write_el0("EL0 write", PAGE(i) + 24);
  probe_exec_el0("EL0 exec", PAGE(i));
}

int main(void) {
  mmu_setup();
  const char *names[16] = {0};
  u64 attrs[16];
  int n = 0;
#define ADD(name, a) (names[n] = (name), attrs[n++] = (a))
  ADD("AP=0 (EL1 RW)", RT_NORMAL | PTE_AP(0));
  ADD("AP=1 (RW both: no EL1 exec)", RT_NORMAL | PTE_AP(1));
  ADD("AP=2 (EL1 RO)", RT_NORMAL | PTE_AP(2));
  ADD("AP=3 (RO both)", RT_NORMAL | PTE_AP(3));
  ADD("AP=1 UXN", RT_NORMAL | PTE_AP(1) | PTE_UXN);
  ADD("AP=3 PXN", RT_NORMAL | PTE_AP(3) | PTE_PXN);
  ADD("AP=3 PXN UXN", RT_NORMAL | PTE_AP(3) | PTE_PXN | PTE_UXN);
  for (int i = 0; i < n; i++) {
    put_code(PA(i));
    win_l3[i] = PA(i) | attrs[i] | PTE_PAGE;
  }
  tlb_flush();
  for (int i = 0; i < n; i++) show(names[i], i);

  // Hierarchical bits on the table descriptor above a permissive page (AP=1, executable).
  static const struct { const char *name; u64 bits; } tables[] = {
      {"APTable=1 (no EL0 below)", PTE_APTABLE(1)},
      {"APTable=2 (RO below)", PTE_APTABLE(2)},
      {"APTable=3", PTE_APTABLE(3)},
      {"PXNTable", PTE_PXNTABLE},
      {"UXNTable", PTE_UXNTABLE},
  };
  u64 *l3 = pt_new();
  put_code(PA(8));
  l3[0] = PA(8) | RT_NORMAL | PTE_AP(1) | PTE_PAGE;
  for (unsigned t = 0; t < sizeof tables / sizeof tables[0]; t++) {
    win_l2[1] = (u64)l3 | PTE_TABLE | tables[t].bits;
    tlb_flush();
    show(tables[t].name, 0);
  }
  win_l2[1] = (u64)win_l3 | PTE_TABLE;

  // WXN: anything writable is execute-never (for EL1 and EL0 alike).
  SYSREG_WRITE(sctlr_el1, SYSREG_READ(sctlr_el1) | (1 << 19));
  ISB();
  tlb_flush();
  show("AP=0 with WXN", 0);
  show("AP=3 with WXN", 3);
  SYSREG_WRITE(sctlr_el1, SYSREG_READ(sctlr_el1) & ~(u64)(1 << 19));
  ISB();
  tlb_flush();

  // Alignment: SCTLR_EL1.A makes every unaligned data access fault (before translation).
  rt_puts("-- alignment\n");
  probe_read("unaligned, A=0", PAGE(0) + 3);
  SYSREG_WRITE(sctlr_el1, SYSREG_READ(sctlr_el1) | (1 << 1));
  ISB();
  probe_read("unaligned, A=1", PAGE(0) + 3);
  probe_read("unaligned and unmapped, A=1", WINDOW + 0x400003);
  probe_read_el0("unaligned at EL0, A=1", PAGE(1) + 4);
  SYSREG_WRITE(sctlr_el1, SYSREG_READ(sctlr_el1) & ~(u64)(1 << 1));
  ISB();
  rt_puts("done\n");
  return 0;
}
