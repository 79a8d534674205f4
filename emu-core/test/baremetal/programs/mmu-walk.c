// Stage-1 walks and their faults: 1 GiB/2 MiB blocks and 4 KiB pages through TTBR0 and TTBR1,
// Translation faults at levels 0-3, Access flag faults at levels 1-3, Address size faults
// (TTBR base, table, block, page; IPS smaller and larger than the PA size), external aborts on
// the walk and on the access, VA range checks (TxSZ, EPD1), TBI for data and branches.
#include "mmu-common.h"

#define NORMAL_RW (RT_NORMAL | PTE_UXN | PTE_PXN)
#define L1_VA(i) ((u64)(i) << 30)

static void tcr_set(u64 tcr) {
  SYSREG_WRITE(tcr_el1, tcr);
  ISB();
  tlb_flush();
}

int main(void) {
  mmu_setup();
  for (int i = 0; i < 16; i++) fill_page(SCRATCH_PA + 0x1000ul * i);

  rt_puts("-- mappings\n");
  win_l2[0] = SCRATCH_PA | NORMAL_RW | PTE_BLOCK;               // 2 MiB block
  win_l3[0] = (SCRATCH_PA + 0x3000) | NORMAL_RW | PTE_PAGE;     // 4 KiB page
  root[4] = 0x40000000ul | NORMAL_RW | PTE_BLOCK;               // 1 GiB block at VA 4 GiB
  tlb_flush();
  rt_printf("2M block: %lx\n", probe_read("2M block", WINDOW + 0x2008));
  rt_printf("4K page: %lx\n", probe_read("4K page", WINDOW + 0x200000 + 0x10));
  rt_printf("1G block: %lx\n", probe_read("1G block", L1_VA(4) + 0x04001018));

  rt_puts("-- translation faults\n");
  win_l3[2] = (SCRATCH_PA + 0x4000) | NORMAL_RW | PTE_BLOCK; // 0b01 at level 3: reserved
  tlb_flush();
  probe_read("L1 invalid", L1_VA(3));
  probe_read("L2 invalid", WINDOW + 0x400000);
  probe_read("L3 invalid", WINDOW + 0x201000);
  probe_read("L3 block type", WINDOW + 0x202000);
  probe_write("L2 invalid (write)", WINDOW + 0x400008, 1);
  probe_exec("L3 invalid (exec)", WINDOW + 0x201000);
  probe_read("beyond 39-bit VA", 0x8000000000ul);
  probe_read("TTBR1 region, EPD1", 0xffffff8000000000ul);

  rt_puts("-- access flag faults\n");
  root[5] = 0x40000000ul | (NORMAL_RW & ~PTE_AF) | PTE_BLOCK;
  win_l2[3] = SCRATCH_PA | (NORMAL_RW & ~PTE_AF) | PTE_BLOCK;
  win_l3[3] = SCRATCH_PA | (NORMAL_RW & ~PTE_AF) | PTE_PAGE;
  tlb_flush();
  probe_read("AF=0 L1", L1_VA(5));
  probe_read("AF=0 L2", WINDOW + 0x600000);
  probe_write("AF=0 L3 (write)", WINDOW + 0x203000, 1);

  rt_puts("-- external aborts\n");
  win_l2[5] = 0x60000000ul | PTE_TABLE;                          // next table outside RAM
  root[7] = 0x60000000ul | PTE_TABLE;
  win_l3[5] = 0x60000000ul | NORMAL_RW | PTE_PAGE;               // data outside RAM
  win_l2[6] = 0x1000000000ul | NORMAL_RW | PTE_BLOCK;            // 64 GiB: nothing there
  tlb_flush();
  probe_read("walk: L2 table outside RAM", L1_VA(7));
  probe_read("walk: L3 table outside RAM", WINDOW + 0xa00000);
  probe_read("access outside RAM", WINDOW + 0x205000);
  probe_read("access at 64 GiB", WINDOW + 0xc00000);

  rt_puts("-- address size faults (IPS = 32 bits)\n");
  root[6] = 0x140000000ul | NORMAL_RW | PTE_BLOCK;              // 5 GiB
  win_l2[7] = 0x100000000ul | NORMAL_RW | PTE_BLOCK;
  win_l2[8] = 0x100000000ul | PTE_TABLE;
  win_l3[6] = 0x100000000ul | NORMAL_RW | PTE_PAGE;
  tcr_set(RT_TCR & ~(7ul << 32));
  probe_read("block L1 >= 4 GiB", L1_VA(6));
  probe_read("block L2 >= 4 GiB", WINDOW + 0xe00000);
  probe_read("table L2 -> >= 4 GiB", WINDOW + 0x1000000);
  probe_read("page L3 >= 4 GiB", WINDOW + 0x206000);
  probe_read("below 4 GiB still fine", WINDOW + 0x2010);

  rt_puts("-- TTBR1 (T1SZ = 25, EPD1 = 0)\n");
  u64 *root1 = pt_new();
  root1[0] = 0x40000000ul | NORMAL_RW | PTE_BLOCK;
  SYSREG_WRITE(ttbr1_el1, (u64)root1);
  tcr_set((RT_TCR & ~(1ul << 23)) | (25ul << 16) | (2ul << 30));
  rt_printf("TTBR1 1G block: %lx\n", probe_read("TTBR1 1G block", 0xffffff8004000020ul));
  probe_read("TTBR1 L1 invalid", 0xffffffc000000000ul);
  probe_read("TTBR1 VA not all ones", 0xfff0ff8000000000ul);
  SYSREG_WRITE(ttbr1_el1, 0x100000000ul);                        // a table beyond RAM
  tlb_flush();
  probe_read("TTBR1 table outside RAM", 0xffffff8000000000ul);
  tcr_set((RT_TCR & ~(1ul << 23) & ~(7ul << 32)) | (25ul << 16) | (2ul << 30));
  probe_read("TTBR1 base >= 4 GiB with IPS = 32", 0xffffff8000000000ul);
  tcr_set((RT_TCR & ~(1ul << 23) & ~(7ul << 32)) | (25ul << 16) | (2ul << 30) | (5ul << 32));
  root[6] = 0x10000000000ul | NORMAL_RW | PTE_BLOCK;            // 2^40: beyond the PA size
  tlb_flush();
  probe_read("IPS = 48 bits, block at 2^40", L1_VA(6));
  tcr_set(RT_TCR);

  rt_puts("-- TBI\n");
  u64 tagged = (0x5aul << 56) | (WINDOW + 0x2018);
  put_code(SCRATCH_PA + 0x7000);
  win_l3[7] = (SCRATCH_PA + 0x7000) | RT_NORMAL | PTE_AP(0) | PTE_PAGE; // EL1-executable
  tlb_flush();
  u64 tagged_code = (0x3cul << 56) | (WINDOW + 0x207000);
  probe_read("tagged, TBI0 = 0", tagged);
  probe_exec("branch to tagged, TBI0 = 0", tagged_code);
  tcr_set(RT_TCR | (1ul << 37));
  rt_printf("tagged, TBI0 = 1: %lx\n", probe_read("tagged, TBI0 = 1", tagged));
  rt_printf("branch to tagged, TBI0 = 1: %lx\n", probe_exec("branch to tagged, TBI0 = 1", tagged_code));
  u64 pc;
  __asm__ volatile(
      "adr x0, 1f\n"
      "orr x0, x0, #0x3c00000000000000\n"
      "br x0\n"
      "1: adr %0, .\n"
      : "=r"(pc)::"x0");
  rt_printf("branch to a tagged address lands untagged: %d\n", pc >> 56 == 0);
  tcr_set(RT_TCR);
  rt_puts("done\n");
  return 0;
}
