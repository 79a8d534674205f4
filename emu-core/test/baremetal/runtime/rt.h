// The bare-metal test runtime: console output on the PL011 UART, semihosting exit, exception
// hooks, EL0 calls, page tables, the GIC and the generic timer. Same binary on
// qemu-system-aarch64 -M virt and on our core (see ../README.md).
#ifndef RT_H
#define RT_H

#include <stdarg.h>

typedef unsigned long u64;
typedef unsigned int u32;
typedef unsigned char u8;
typedef long i64;

#define SYSREG_READ(name) ({ u64 _v; __asm__ volatile("mrs %0, " #name : "=r"(_v)); _v; })
#define SYSREG_WRITE(name, v) __asm__ volatile("msr " #name ", %0" ::"r"((u64)(v)) : "memory")
#define ISB() __asm__ volatile("isb" ::: "memory")
#define DSB() __asm__ volatile("dsb sy" ::: "memory")

// ---- console and exit --------------------------------------------------------------------------
void rt_putc(char c);
void rt_puts(const char *s);
/** printf subset: %s %c %d %u %x %p %%, with l/ll, a width, 0-padding (%016lx), '-' for %s. */
void rt_printf(const char *fmt, ...);
void rt_vprintf(const char *fmt, va_list ap);
/** Semihosting SYS_EXIT (ADP_Stopped_ApplicationExit, code). */
void rt_exit(int code) __attribute__((noreturn));

// ---- exceptions -------------------------------------------------------------------------------
/** What the vectors save; ELR/SPSR/SP_EL0 and x0..x30 are restored from it on return. */
struct rt_frame {
  u64 x[31];
  u64 sp;     /* SP_EL1 before the exception */
  u64 sp_el0; /* restored */
  u64 elr;    /* restored */
  u64 spsr;   /* restored */
  u64 esr;
  u64 far;
  u64 pad;
};
/** Vector kinds: 4 groups (current EL SP0, current EL SPx, lower EL64, lower EL32) x 4. */
enum { RT_SYNC = 0, RT_IRQ = 1, RT_FIQ = 2, RT_SERROR = 3 };
#define RT_GROUP(kind) ((kind) >> 2)
#define RT_TYPE(kind) ((kind)&3)
/** A hook returns nonzero when it handled the exception (after maybe changing the frame). */
typedef int (*rt_hook)(struct rt_frame *f, int kind);
void rt_set_hook(rt_hook h);
#define ESR_EC(esr) (((esr) >> 26) & 0x3f)
#define ESR_ISS(esr) ((esr)&0x1ffffff)

/**
 * Catching expected exceptions: rt_catch() installs a hook that records every exception and
 * resumes at `resume` (0: after the faulting instruction, i.e. ELR + 4, or ELR for SVC, whose
 * return address is already the next one; IRQs are recorded and return to ELR). rt_report(what) prints what was caught (FAR only for aborts and
 * PC alignment, where it is defined) and re-arms.
 */
struct rt_caught {
  int count;
  int kind;
  u64 esr, elr, far, spsr;
};
extern volatile struct rt_caught rt_last;
void rt_catch(u64 resume);
void rt_report(const char *what);

// ---- EL0 ------------------------------------------------------------------------------------------
/** Run fn(arg) at EL0 with SP_EL0 = sp and PSTATE = spsr (M = EL0t); returns fn's result. */
u64 rt_run_el0(u64 (*fn)(u64), u64 arg, u64 sp, u64 spsr);
/** From EL0: leave rt_run_el0 with `value`. */
void rt_el0_exit(u64 value) __attribute__((noreturn));

// ---- page tables (4 KiB granule) ------------------------------------------------------------------
#define PTE_VALID 1ul
#define PTE_TABLE 3ul
#define PTE_BLOCK 1ul
#define PTE_PAGE 3ul
#define PTE_ATTR(i) ((u64)(i) << 2)
#define PTE_AP(v) ((u64)(v) << 6) /* 0 EL1 RW, 1 both RW, 2 EL1 RO, 3 both RO */
#define PTE_SH_INNER (3ul << 8)
#define PTE_AF (1ul << 10)
#define PTE_NG (1ul << 11)
#define PTE_PXN (1ul << 53)
#define PTE_UXN (1ul << 54)
#define PTE_PXNTABLE (1ul << 59)
#define PTE_UXNTABLE (1ul << 60)
#define PTE_APTABLE(v) ((u64)(v) << 61)
/** MAIR_EL1 of the runtime: 0 Device-nGnRnE, 1 Normal WB RW-allocate, 2 Normal non-cacheable. */
#define RT_MAIR 0x44ff00ul
#define MT_DEVICE 0
#define MT_NORMAL 1
#define MT_NC 2
#define RT_NORMAL (PTE_AF | PTE_SH_INNER | PTE_ATTR(MT_NORMAL))
#define RT_DEVICE (PTE_AF | PTE_ATTR(MT_DEVICE) | PTE_PXN | PTE_UXN)

/** A zeroed 4 KiB table from a static pool (never freed). */
u64 *pt_new(void);
/**
 * Map va -> pa with a leaf at `level` (1: 1 GiB block, 2: 2 MiB block, 3: 4 KiB page) below
 * `root`, whose walk starts at `start_level` (index bits there: 9). Missing tables are made.
 * `attrs` is the leaf's attribute bits (PTE_*), without the descriptor type.
 */
void pt_map(u64 *root, int start_level, u64 va, u64 pa, int level, u64 attrs);
/** The leaf descriptor slot for va (tables must exist down to `level`). */
u64 *pt_slot(u64 *root, int start_level, u64 va, int level);
/** Map the UART and the GIC (identity, Device) below a root that starts at level 1. */
void rt_map_devices(u64 *root);
/** TCR_EL1 of the runtime: T0SZ = 25 (walk from level 1), 4 KiB, WB inner shareable, IPS 40 bits, EPD1. */
#define RT_TCR (25ul | (1ul << 8) | (1ul << 10) | (3ul << 12) | (1ul << 23) | (2ul << 32))
/** Load tables and turn the MMU on (TLBs invalidated first). */
void rt_mmu_on(u64 *ttbr0, u64 tcr);
void rt_mmu_off(void);
/** Identity map: devices, and RAM 0x4000_0000.. as one 1 GiB Normal block (EL1 RWX). */
void rt_mmu_identity_on(void);

// ---- GIC (virt board, GICv2) and timer -----------------------------------------------------------
#define RT_INTID_VTIMER 27
#define RT_INTID_PTIMER 30
void rt_gic_init(void);
void rt_gic_enable(int intid);

// ---- small helpers ---------------------------------------------------------------------------------
void *memset(void *d, int c, unsigned long n);
void *memcpy(void *d, const void *s, unsigned long n);
int memcmp(const void *a, const void *b, unsigned long n);

#endif
