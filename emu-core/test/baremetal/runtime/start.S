// Start-up of a bare-metal test program, entered at EL1h with the MMU off (as QEMU's virt board
// and our runner both start it): stack, a known SCTLR_EL1, FP enabled, vectors, zeroed .bss,
// main(), then semihosting exit with main's return value.

  .section .text.start, "ax"
  .global _start
_start:
  ldr x0, =__stack_top
  mov sp, x0
  // SCTLR_EL1: RES1 bits, nTWI/nTWE (EL0 WFI/WFE not trapped), MMU/caches/alignment checks off.
  // Reset values differ between QEMU's CPU models and our core; every program starts from this.
  ldr x0, =0x30d50800
  msr sctlr_el1, x0
  mov x0, #(3 << 20)
  msr cpacr_el1, x0
  ldr x0, =rt_vectors
  msr vbar_el1, x0
  msr cntkctl_el1, xzr
  msr cntv_ctl_el0, xzr
  msr cntp_ctl_el0, xzr
  isb
  ldr x0, =__bss_start
  ldr x1, =__bss_end
1:
  cmp x0, x1
  b.hs 2f
  str xzr, [x0], #8
  b 1b
2:
#ifdef RT_MMU_AT_START
  bl rt_mmu_identity_on
#endif
  bl main
  bl rt_exit
