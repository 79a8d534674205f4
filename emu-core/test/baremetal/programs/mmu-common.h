// Shared set-up of the MMU programs: an identity map of the devices and the image with
// per-page permissions, an experiment window at VA 0x8000_0000, and probes that report what
// an access did instead of dying on it.
//
//   VA (TTBR0, T0SZ = 25: walks start at level 1)     maps to
//   0x0800_0000, 0x0900_0000  2 MiB Device blocks      GIC, UART (identity)
//   0x4000_0000 ..            level 3 pages            the image: text+rodata RO at both ELs
//                                                      and executable, data/bss/stack EL1 RW XN,
//                                                      EL0_STACK_VA a page EL0 may use as stack
//   0x4020_0000 .. 0x7fff_ffff 2 MiB blocks            EL1 RW, XN (SCRATCH_PA lives here)
//   0x8000_0000 (L1 index 2)  the window's L2 table    experiments: win_l2, win_l3
//   SCRATCH_PA = 0x4400_0000: 64 KiB of RAM the experiments map and fill
#ifndef MMU_COMMON_H
#define MMU_COMMON_H
#include "rt.h"

#define WINDOW 0x80000000ul
#define SCRATCH_PA 0x44000000ul
#define EL0_STACK_VA 0x401f0000ul /* last page of the image's 2 MiB, given AP=1 below */

extern u64 *root;   /* the level 1 table (TTBR0_EL1) */
extern u64 *win_l2; /* L2 table of the window (L1 index 2) */
extern u64 *win_l3; /* L3 table under win_l2[1] (VA 0x8020_0000) */

void mmu_setup(void);
/** TLBI VMALLE1 + barriers (after any table or TCR/SCTLR change). */
void tlb_flush(void);

/** Each probe catches what its access raises and prints it with rt_report(what). */
u64 probe_read(const char *what, u64 va);
void probe_write(const char *what, u64 va, u64 v);
/** Call the code at va (which should return 1 in x0); returns 0xdead if it aborted. */
u64 probe_exec(const char *what, u64 va);
/** The same three at EL0 (with EL0_STACK_VA as the stack). */
u64 probe_read_el0(const char *what, u64 va);
/** EL0 stores va itself (EL0 cannot read the program's data to get another value). */
void probe_write_el0(const char *what, u64 va);
u64 probe_exec_el0(const char *what, u64 va);

/** Put "mov x0, #1; ret" at physical address pa (identity-mapped RAM) and sync the I-side. */
void put_code(u64 pa);
/** Fill 4 KiB at pa with pa + 8 * i (so every word names its own address). */
void fill_page(u64 pa);
#endif
