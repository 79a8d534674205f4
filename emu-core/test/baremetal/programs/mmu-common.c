// See mmu-common.h.
#include "mmu-common.h"

extern char __image_start[], __data_start[], __image_end[];
u64 *root, *win_l2, *win_l3;

void tlb_flush(void) {
  __asm__ volatile("dsb ishst\n tlbi vmalle1\n dsb ish\n isb" ::: "memory");
}

void mmu_setup(void) {
  root = pt_new();
  rt_map_devices(root);
  // The image's 2 MiB as pages: text/rodata RO+X for both ELs, the rest EL1 RW, no execution.
  for (u64 va = 0x40000000ul; va < 0x40200000ul; va += 0x1000) {
    u64 attrs;
    if (va >= (u64)__image_start && va < (u64)__data_start) attrs = RT_NORMAL | PTE_AP(3);
    else if (va == EL0_STACK_VA) attrs = RT_NORMAL | PTE_AP(1) | PTE_UXN | PTE_PXN;
    else attrs = RT_NORMAL | PTE_AP(0) | PTE_UXN | PTE_PXN;
    pt_map(root, 1, va, va, 3, attrs);
  }
  for (u64 va = 0x40200000ul; va < 0x80000000ul; va += 0x200000)
    pt_map(root, 1, va, va, 2, RT_NORMAL | PTE_UXN | PTE_PXN);
  win_l2 = pt_new();
  root[2] = (u64)win_l2 | PTE_TABLE;
  win_l3 = pt_new();
  win_l2[1] = (u64)win_l3 | PTE_TABLE;
  rt_mmu_on(root, RT_TCR);
}

void put_code(u64 pa) {
  volatile u32 *p = (u32 *)pa;
  p[0] = 0xd2800020; /* mov x0, #1 */
  p[1] = 0xd65f03c0; /* ret */
  __asm__ volatile("dc cvau, %0\n dsb ish\n ic ivau, %0\n dsb ish\n isb" ::"r"(pa) : "memory");
}

void fill_page(u64 pa) {
  volatile u64 *p = (u64 *)pa;
  for (int i = 0; i < 512; i++) p[i] = pa + 8 * (u64)i;
}

// ---- probes ------------------------------------------------------------------------------------

__attribute__((noinline)) static u64 ldr(u64 va) {
  u64 v = 0xdead;
  __asm__ volatile("ldr %0, [%1]" : "+r"(v) : "r"(va) : "memory");
  return v;
}
__attribute__((noinline)) static u64 str(u64 va, u64 v) {
  __asm__ volatile("str %0, [%1]" ::"r"(v), "r"(va) : "memory");
  return 0;
}

// probe_exec_asm(va): blr va with x0 = 0xdead; an abort resumes at probe_exec_resume.
u64 probe_exec_asm(u64 va);
extern char probe_exec_resume[];
__asm__(".text\n"
        ".global probe_exec_asm\n"
        "probe_exec_asm:\n"
        "  stp x29, x30, [sp, #-16]!\n"
        "  mov x1, x0\n"
        "  mov x0, #0xdead\n"
        "  blr x1\n"
        ".global probe_exec_resume\n"
        "probe_exec_resume:\n"
        "  ldp x29, x30, [sp], #16\n"
        "  ret\n");

u64 probe_read(const char *what, u64 va) {
  rt_catch(0);
  u64 v = ldr(va);
  rt_report(what);
  return v;
}
void probe_write(const char *what, u64 va, u64 v) {
  rt_catch(0);
  str(va, v);
  rt_report(what);
}
u64 probe_exec(const char *what, u64 va) {
  rt_catch((u64)probe_exec_resume);
  u64 v = probe_exec_asm(va);
  rt_report(what);
  rt_catch(0);
  return v;
}

static u64 el0_ldr(u64 va) {
  return ldr(va);
}
static u64 el0_str(u64 va) {
  return str(va, va); // EL0 cannot read the program's data: the value is the address itself
}
extern char rt_el0_return[];

u64 probe_read_el0(const char *what, u64 va) {
  rt_catch(0);
  u64 v = rt_run_el0(el0_ldr, va, EL0_STACK_VA + 0x1000, 0x3c0);
  rt_report(what);
  return v;
}
void probe_write_el0(const char *what, u64 va) {
  rt_catch(0);
  rt_run_el0(el0_str, va, EL0_STACK_VA + 0x1000, 0x3c0);
  rt_report(what);
}
u64 probe_exec_el0(const char *what, u64 va) {
  // An instruction abort resumes at the EL0 exit stub, which ends rt_run_el0 with x0 = 0xdead.
  rt_catch((u64)rt_el0_return);
  u64 v = rt_run_el0((u64(*)(u64))va, 0xdead, EL0_STACK_VA + 0x1000, 0x3c0);
  rt_report(what);
  rt_catch(0);
  return v;
}
