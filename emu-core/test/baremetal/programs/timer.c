// The generic timer and its interrupt: CNTV and CNTP through TVAL and CVAL, ISTATUS and IMASK,
// the IRQ at the current-EL vector (acknowledged by masking the timer, so the GIC is never
// read), WFI woken by a pending interrupt with PSTATE.I set, ISR_EL1, TVAL after expiry, and
// EL0 access through CNTKCTL_EL1. QEMU runs with -icount shift=0, like our deterministic mode:
// the counter advances once every 16 instructions in both, so even the instruction counts the
// program prints (before main, in a loop, IRQ latency in ticks) must agree.
#include "rt.h"

static volatile int irqs;
static volatile u64 ctl_seen, late;

static int on_irq(struct rt_frame *f, int kind) {
  (void)f;
  if (RT_TYPE(kind) != RT_IRQ) return 0;
  irqs++;
  u64 v = SYSREG_READ(cntv_ctl_el0), p = SYSREG_READ(cntp_ctl_el0);
  if ((v & 5) == 5) {
    ctl_seen = v;
    late = SYSREG_READ(cntvct_el0) - SYSREG_READ(cntv_cval_el0);
    SYSREG_WRITE(cntv_ctl_el0, v | 2); // IMASK: the line drops, the interrupt is acknowledged
  } else if ((p & 5) == 5) {
    ctl_seen = p | 0x100;
    late = SYSREG_READ(cntpct_el0) - SYSREG_READ(cntp_cval_el0);
    SYSREG_WRITE(cntp_ctl_el0, p | 2);
  }
  rt_printf("  IRQ from %s EL, CTL %lx, ticks past CVAL %ld\n", RT_GROUP(kind) == 2 ? "lower" : "current",
            ctl_seen & 7, late);
  return 1;
}

static void wait_irq(void) {
  irqs = 0;
  __asm__ volatile("msr daifclr, #2" ::: "memory");
  while (!irqs) {}
  __asm__ volatile("msr daifset, #2" ::: "memory");
}

static u64 stack0[256] __attribute__((aligned(16)));
static u64 el0_counters(u64 unused) {
  (void)unused;
  u64 a, b;
  __asm__ volatile("mrs %0, cntvct_el0" : "=r"(a));
  __asm__ volatile("mrs %0, cntfrq_el0" : "=r"(b));
  return (a != 0) | (b << 1);
}
static u64 el0_timer(u64 unused) {
  (void)unused;
  __asm__ volatile("msr cntv_tval_el0, %0" ::"r"(300ul));
  __asm__ volatile("msr cntv_ctl_el0, %0" ::"r"(1ul));
  for (volatile int i = 0; i < 2000; i++) {}
  return 7;
}

int main(void) {
  rt_gic_init();
  rt_gic_enable(RT_INTID_VTIMER);
  rt_gic_enable(RT_INTID_PTIMER);
  rt_set_hook(on_irq);
  rt_printf("CNTFRQ_EL0 %lu\n", SYSREG_READ(cntfrq_el0));

  u64 t0 = SYSREG_READ(cntvct_el0), p0 = SYSREG_READ(cntpct_el0);
  for (volatile int i = 0; i < 1000; i++) {}
  u64 t1 = SYSREG_READ(cntvct_el0), p1 = SYSREG_READ(cntpct_el0);
  rt_printf("counters advance: %d %d, CNTVCT <= CNTPCT: %d\n", t1 > t0, p1 > p0, t1 <= p1);
  rt_printf("instructions before main / 16: %lu, in the loop / 16: %lu\n", t0, t1 - t0);

  rt_puts("virtual timer, TVAL 1000:\n");
  SYSREG_WRITE(cntv_tval_el0, 1000);
  SYSREG_WRITE(cntv_ctl_el0, 1);
  rt_printf("  CTL before %lx, TVAL counting down: %d\n", SYSREG_READ(cntv_ctl_el0), SYSREG_READ(cntv_tval_el0) < 1000);
  wait_irq();
  rt_printf("  after: CTL %lx, TVAL negative: %d, ISR %lx\n", SYSREG_READ(cntv_ctl_el0),
            (int)(SYSREG_READ(cntv_tval_el0) >> 31), SYSREG_READ(isr_el1));
  SYSREG_WRITE(cntv_ctl_el0, 0);
  rt_printf("  disabled: CTL %lx\n", SYSREG_READ(cntv_ctl_el0));

  rt_puts("physical timer, CVAL = now + 500:\n");
  SYSREG_WRITE(cntp_cval_el0, SYSREG_READ(cntpct_el0) + 500);
  SYSREG_WRITE(cntp_ctl_el0, 1);
  wait_irq();
  SYSREG_WRITE(cntp_ctl_el0, 0);

  rt_puts("IMASK holds the interrupt back:\n");
  irqs = 0;
  SYSREG_WRITE(cntv_tval_el0, 50);
  SYSREG_WRITE(cntv_ctl_el0, 3);
  __asm__ volatile("msr daifclr, #2" ::: "memory");
  while (!(SYSREG_READ(cntv_ctl_el0) & 4)) {}
  for (volatile int i = 0; i < 100; i++) {}
  rt_printf("  CTL %lx, ISR %lx, IRQs taken %d\n", SYSREG_READ(cntv_ctl_el0), SYSREG_READ(isr_el1), irqs);
  SYSREG_WRITE(cntv_ctl_el0, 1); // unmask: the interrupt is taken right away
  ISB();
  rt_printf("  unmasked: IRQs taken %d\n", irqs);
  __asm__ volatile("msr daifset, #2" ::: "memory");
  SYSREG_WRITE(cntv_ctl_el0, 0);

  rt_puts("WFI with PSTATE.I set wakes on the pending interrupt:\n");
  SYSREG_WRITE(cntv_tval_el0, 20000);
  SYSREG_WRITE(cntv_ctl_el0, 1);
  __asm__ volatile("wfi" ::: "memory");
  rt_printf("  CTL %lx, ISR %lx, counter past CVAL %d\n", SYSREG_READ(cntv_ctl_el0), SYSREG_READ(isr_el1),
            SYSREG_READ(cntvct_el0) >= SYSREG_READ(cntv_cval_el0));
  wait_irq();
  SYSREG_WRITE(cntv_ctl_el0, 0);

  rt_puts("EL0:\n");
  rt_catch(0);
  rt_run_el0(el0_counters, 0, (u64)&stack0[256], 0x3c0);
  rt_report("  counters, CNTKCTL_EL1 = 0");
  SYSREG_WRITE(cntkctl_el1, 0x3);
  rt_printf("  counters, CNTKCTL_EL1 = 3: %lx\n", rt_run_el0(el0_counters, 0, (u64)&stack0[256], 0x3c0));
  rt_report("  counters, CNTKCTL_EL1 = 3");
  rt_run_el0(el0_timer, 0, (u64)&stack0[256], 0x3c0);
  rt_report("  timer, EL0VTEN = 0");
  SYSREG_WRITE(cntkctl_el1, 0x103);
  rt_set_hook(on_irq);
  irqs = 0;
  rt_printf("  timer, EL0VTEN = 1: %lx\n", rt_run_el0(el0_timer, 0, (u64)&stack0[256], 0x340));
  rt_printf("  IRQs taken %d\n", irqs);
  SYSREG_WRITE(cntv_ctl_el0, 0);
  rt_puts("done\n");
  return 0;
}
