// The exception vectors: every entry saves the interrupted context into an rt_frame on the
// SP_EL1 stack, calls rt_exception(frame, kind) and returns with ERET through the frame's
// (possibly changed) ELR_EL1 and SPSR_EL1. FP/SIMD registers are not saved: handler code is
// built with -mgeneral-regs-only.
//
//   rt_frame (304 bytes, see rt.h):
//   +0    x0 .. x30        31 x 8
//   +248  sp               SP_EL1 before the exception (EL1h) -- informational
//   +256  sp_el0           SP_EL0 at the exception -- restored on return
//   +264  elr   +272 spsr  +280 esr   +288 far   +296 (pad)

#define FRAME 304

  .macro ventry kind
  .balign 0x80
  sub sp, sp, #FRAME
  stp x0, x1, [sp, #0]
  mov x1, #\kind
  b rt_vector_common
  .endm

  .text
  .balign 0x800
  .global rt_vectors
rt_vectors:
  ventry 0
  ventry 1
  ventry 2
  ventry 3
  ventry 4
  ventry 5
  ventry 6
  ventry 7
  ventry 8
  ventry 9
  ventry 10
  ventry 11
  ventry 12
  ventry 13
  ventry 14
  ventry 15

rt_vector_common:
  stp x2, x3, [sp, #16]
  stp x4, x5, [sp, #32]
  stp x6, x7, [sp, #48]
  stp x8, x9, [sp, #64]
  stp x10, x11, [sp, #80]
  stp x12, x13, [sp, #96]
  stp x14, x15, [sp, #112]
  stp x16, x17, [sp, #128]
  stp x18, x19, [sp, #144]
  stp x20, x21, [sp, #160]
  stp x22, x23, [sp, #176]
  stp x24, x25, [sp, #192]
  stp x26, x27, [sp, #208]
  stp x28, x29, [sp, #224]
  add x2, sp, #FRAME
  stp x30, x2, [sp, #240]
  mrs x2, sp_el0
  mrs x3, elr_el1
  stp x2, x3, [sp, #256]
  mrs x2, spsr_el1
  mrs x3, esr_el1
  stp x2, x3, [sp, #272]
  mrs x2, far_el1
  str x2, [sp, #288]
  mov x0, sp
  bl rt_exception
  ldp x2, x3, [sp, #256]
  msr sp_el0, x2
  msr elr_el1, x3
  ldr x2, [sp, #272]
  msr spsr_el1, x2
  ldp x2, x3, [sp, #16]
  ldp x4, x5, [sp, #32]
  ldp x6, x7, [sp, #48]
  ldp x8, x9, [sp, #64]
  ldp x10, x11, [sp, #80]
  ldp x12, x13, [sp, #96]
  ldp x14, x15, [sp, #112]
  ldp x16, x17, [sp, #128]
  ldp x18, x19, [sp, #144]
  ldp x20, x21, [sp, #160]
  ldp x22, x23, [sp, #176]
  ldp x24, x25, [sp, #192]
  ldp x26, x27, [sp, #208]
  ldp x28, x29, [sp, #224]
  ldr x30, [sp, #240]
  ldp x0, x1, [sp, #0]
  add sp, sp, #FRAME
  eret

// u64 rt_run_el0(void (*fn)(u64), u64 arg, u64 sp, u64 spsr)
// Runs fn(arg) at EL0 with SP_EL0 = sp and PSTATE from spsr (M must be EL0t); returns the value
// EL0 passes to rt_el0_exit() (or fn's return value). Callee-saved state lives in rt_el0_ctx.
  .global rt_run_el0
rt_run_el0:
  ldr x9, =rt_el0_ctx
  stp x19, x20, [x9, #0]
  stp x21, x22, [x9, #16]
  stp x23, x24, [x9, #32]
  stp x25, x26, [x9, #48]
  stp x27, x28, [x9, #64]
  stp x29, x30, [x9, #80]
  mov x10, sp
  mrs x11, sp_el0
  stp x10, x11, [x9, #96]
  msr sp_el0, x2
  msr elr_el1, x0
  msr spsr_el1, x3
  mov x0, x1
  ldr x30, =rt_el0_return
  eret

// EL0 code: fn returned (x0 = its value).
  .global rt_el0_return
rt_el0_return:
  svc #0xe0
  b .

// Back at EL1 from rt_exception (on SVC #0xE0 from EL0): void rt_el0_resume(u64 value)
  .global rt_el0_resume
rt_el0_resume:
  ldr x9, =rt_el0_ctx
  ldp x19, x20, [x9, #0]
  ldp x21, x22, [x9, #16]
  ldp x23, x24, [x9, #32]
  ldp x25, x26, [x9, #48]
  ldp x27, x28, [x9, #64]
  ldp x29, x30, [x9, #80]
  ldp x10, x11, [x9, #96]
  mov sp, x10
  msr sp_el0, x11
  ret

  .bss
  .balign 16
rt_el0_ctx:
  .skip 112
