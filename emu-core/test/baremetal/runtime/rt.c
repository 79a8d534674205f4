// The bare-metal test runtime (see rt.h).
#include "rt.h"

#define UART_DR ((volatile u32 *)0x09000000ul)
#define GICD 0x08000000ul
#define GICC 0x08010000ul
#define REG32(a) (*(volatile u32 *)(a))

// ---- console -------------------------------------------------------------------------------------

void rt_putc(char c) {
  *UART_DR = (u8)c;
}

void rt_puts(const char *s) {
  while (*s) rt_putc(*s++);
}

static void put_num(unsigned long long v, unsigned base, int width, char pad, int neg) {
  char buf[32];
  int n = 0;
  do {
    unsigned d = (unsigned)(v % base);
    buf[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
    v /= base;
  } while (v);
  if (neg) buf[n++] = '-';
  while (n < width) {
    rt_putc(pad);
    width--;
  }
  while (n) rt_putc(buf[--n]);
}

void rt_vprintf(const char *fmt, va_list ap) {
  for (; *fmt; fmt++) {
    if (*fmt != '%') {
      rt_putc(*fmt);
      continue;
    }
    fmt++;
    char pad = ' ';
    int width = 0;
    int longs = 0;
    int left = 0;
    if (*fmt == '-') {
      left = 1;
      fmt++;
    }
    if (*fmt == '0') {
      pad = '0';
      fmt++;
    }
    while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (*fmt++ - '0');
    while (*fmt == 'l') {
      longs++;
      fmt++;
    }
    switch (*fmt) {
    case 's': {
      const char *str = va_arg(ap, const char *);
      int len = 0;
      while (str[len]) len++;
      if (!left)
        for (int i = len; i < width; i++) rt_putc(' ');
      rt_puts(str);
      if (left)
        for (int i = len; i < width; i++) rt_putc(' ');
      break;
    }
    case 'c': rt_putc((char)va_arg(ap, int)); break;
    case '%': rt_putc('%'); break;
    case 'p': put_num(va_arg(ap, u64), 16, width, pad, 0); break;
    case 'd': {
      long long v = longs ? va_arg(ap, long long) : va_arg(ap, int);
      put_num(v < 0 ? -(unsigned long long)v : (unsigned long long)v, 10, width, pad, v < 0);
      break;
    }
    case 'u':
    case 'x': {
      unsigned long long v = longs ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned);
      put_num(v, *fmt == 'x' ? 16 : 10, width, pad, 0);
      break;
    }
    default: rt_putc('?');
    }
  }
}

void rt_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  rt_vprintf(fmt, ap);
  va_end(ap);
}

void rt_exit(int code) {
  // AArch64 semihosting: x0 = SYS_EXIT (0x18), x1 -> { ADP_Stopped_ApplicationExit, code }.
  volatile u64 block[2] = {0x20026, (u64)code};
  register u64 x0 __asm__("x0") = 0x18;
  register u64 x1 __asm__("x1") = (u64)block;
  __asm__ volatile("hlt #0xf000" ::"r"(x0), "r"(x1) : "memory");
  for (;;) {}
}

// ---- exceptions ------------------------------------------------------------------------------------

static rt_hook hook;
void rt_set_hook(rt_hook h) {
  hook = h;
}

void rt_el0_resume(u64 value) __attribute__((noreturn));

void rt_exception(struct rt_frame *f, int kind) {
  // The runtime's own service: SVC #0xE0 from EL0 ends rt_run_el0 (x0 = the value).
  if (kind == 8 && ESR_EC(f->esr) == 0x15 && ESR_ISS(f->esr) == 0xe0) rt_el0_resume(f->x[0]);
  if (hook && hook(f, kind)) return;
  rt_printf("unexpected exception: kind %d ESR %lx ELR %lx FAR %lx SPSR %lx\n", kind, f->esr, f->elr, f->far, f->spsr);
  rt_exit(1);
}

volatile struct rt_caught rt_last;
static u64 resume_at;

static int catch_hook(struct rt_frame *f, int kind) {
  rt_last.count++;
  rt_last.kind = kind;
  rt_last.esr = f->esr;
  rt_last.elr = f->elr;
  rt_last.far = f->far;
  rt_last.spsr = f->spsr;
  // SVC's preferred return address is already the next instruction; a fault's is the faulting one.
  if (RT_TYPE(kind) == RT_SYNC) f->elr = resume_at ? resume_at : ESR_EC(f->esr) == 0x15 ? f->elr : f->elr + 4;
  return 1;
}

void rt_catch(u64 resume) {
  rt_last.count = 0;
  resume_at = resume;
  rt_set_hook(catch_hook);
}

void rt_report(const char *what) {
  if (!rt_last.count) {
    rt_printf("%s: no exception\n", what);
  } else {
    u64 ec = ESR_EC(rt_last.esr);
    if (RT_TYPE(rt_last.kind) != RT_SYNC) {
      // ESR is not written for interrupts, and ELR depends on where the interrupt hit.
      rt_printf("%s: kind %d SPSR %lx\n", what, rt_last.kind, rt_last.spsr);
      rt_last.count = 0;
      return;
    }
    rt_printf("%s: kind %d ESR %lx ELR %lx SPSR %lx", what, rt_last.kind, rt_last.esr, rt_last.elr, rt_last.spsr);
    if ((ec >= 0x20 && ec <= 0x22) || ec == 0x24 || ec == 0x25) rt_printf(" FAR %lx", rt_last.far);
    if (rt_last.count > 1) rt_printf(" (%d exceptions)", rt_last.count);
    rt_putc('\n');
  }
  rt_last.count = 0;
}

void rt_el0_exit(u64 value) {
  register u64 x0 __asm__("x0") = value;
  __asm__ volatile("svc #0xe0" ::"r"(x0));
  for (;;) {}
}

// ---- page tables -------------------------------------------------------------------------------------

#define POOL_TABLES 64
static u64 pool[POOL_TABLES][512] __attribute__((aligned(4096)));
static int pool_used;

u64 *pt_new(void) {
  if (pool_used == POOL_TABLES) {
    rt_puts("page-table pool exhausted\n");
    rt_exit(2);
  }
  u64 *t = pool[pool_used++];
  for (int i = 0; i < 512; i++) t[i] = 0;
  return t;
}

static int index_at(u64 va, int level) {
  return (int)((va >> (12 + 9 * (3 - level))) & 511);
}

u64 *pt_slot(u64 *root, int start_level, u64 va, int level) {
  u64 *t = root;
  for (int l = start_level; l < level; l++) t = (u64 *)(t[index_at(va, l)] & 0x0000fffffffff000ul);
  return &t[index_at(va, level)];
}

void pt_map(u64 *root, int start_level, u64 va, u64 pa, int level, u64 attrs) {
  u64 *t = root;
  for (int l = start_level; l < level; l++) {
    u64 *slot = &t[index_at(va, l)];
    if (!(*slot & 1)) *slot = (u64)pt_new() | PTE_TABLE;
    t = (u64 *)(*slot & 0x0000fffffffff000ul);
  }
  t[index_at(va, level)] = pa | attrs | (level == 3 ? PTE_PAGE : PTE_BLOCK);
}

void rt_map_devices(u64 *root) {
  pt_map(root, 1, GICD, GICD, 2, RT_DEVICE);
  pt_map(root, 1, 0x09000000ul, 0x09000000ul, 2, RT_DEVICE);
}

void rt_mmu_on(u64 *ttbr0, u64 tcr) {
  SYSREG_WRITE(mair_el1, RT_MAIR);
  SYSREG_WRITE(tcr_el1, tcr);
  SYSREG_WRITE(ttbr0_el1, (u64)ttbr0);
  DSB();
  __asm__ volatile("tlbi vmalle1\n dsb sy\n isb" ::: "memory");
  SYSREG_WRITE(sctlr_el1, SYSREG_READ(sctlr_el1) | 1 | (1 << 2) | (1 << 12));
  ISB();
}

void rt_mmu_off(void) {
  SYSREG_WRITE(sctlr_el1, SYSREG_READ(sctlr_el1) & ~(u64)((1 << 0) | (1 << 2) | (1 << 12)));
  ISB();
}

void rt_mmu_identity_on(void) {
  u64 *root = pt_new();
  rt_map_devices(root);
  pt_map(root, 1, 0x40000000ul, 0x40000000ul, 1, RT_NORMAL);
  rt_mmu_on(root, RT_TCR);
}

// ---- GIC -----------------------------------------------------------------------------------------------
// QEMU's virt board has a GICv2 without security extensions: group 0 interrupts signal IRQ.
// On our core this range is plain RAM (the timer drives the IRQ line directly).

void rt_gic_init(void) {
  REG32(GICD + 0x000) = 1;    /* GICD_CTLR: enable group 0 */
  REG32(GICC + 0x004) = 0xff; /* GICC_PMR: let every priority through */
  REG32(GICC + 0x000) = 1;    /* GICC_CTLR: enable group 0 signalling */
}

void rt_gic_enable(int intid) {
  REG32(GICD + 0x400 + (intid & ~3)) = 0; /* GICD_IPRIORITYR: highest priority */
  REG32(GICD + 0x100 + 4 * (intid / 32)) = 1u << (intid % 32); /* GICD_ISENABLER */
}

// ---- memory helpers (the compiler may call these) --------------------------------------------------------

void *memset(void *d, int c, unsigned long n) {
  volatile u8 *p = d;
  while (n--) *p++ = (u8)c;
  return d;
}
void *memcpy(void *d, const void *s, unsigned long n) {
  volatile u8 *p = d;
  const volatile u8 *q = s;
  while (n--) *p++ = *q++;
  return d;
}
int memcmp(const void *a, const void *b, unsigned long n) {
  const volatile u8 *p = a, *q = b;
  for (; n; n--, p++, q++)
    if (*p != *q) return *p - *q;
  return 0;
}
