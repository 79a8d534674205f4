/*
 * entry.S -- the QEMU reference tender's EL2 entry and trap path.
 *
 * QEMU's virt machine (virtualization=on) starts us at EL2 with the MMU off.
 * We set a stack and EL2 vectors and call tender_main, which prepares the
 * guest and enters it through tender_enter (eret to EL1). Every exit of the
 * guest to EL2 saves its x0..x30 in guest_frame, calls tender_trap, and
 * returns to the guest with the (possibly updated) frame.
 */
    .section .text.entry, "ax"
    .global _start
_start:
    adrp    x0, tender_stack_top
    add     x0, x0, :lo12:tender_stack_top
    mov     sp, x0
    adrp    x0, el2_vectors
    add     x0, x0, :lo12:el2_vectors
    msr     vbar_el2, x0
    isb
    adrp    x1, __bss_start
    add     x1, x1, :lo12:__bss_start
    adrp    x2, __bss_end
    add     x2, x2, :lo12:__bss_end
1:  cmp     x1, x2
    b.hs    2f
    str     xzr, [x1], #8
    b       1b
2:  bl      tender_main
3:  b       3b

/* Restores the guest's registers from guest_frame and enters EL1. */
    .global tender_enter
tender_enter:
    adrp    x0, guest_frame
    add     x0, x0, :lo12:guest_frame
    b       restore_guest

    .macro save_guest
    // Guest registers are live; SP_EL2 is ours. Park x0/x1 on our stack.
    stp     x0, x1, [sp, #-16]!
    adrp    x0, guest_frame
    add     x0, x0, :lo12:guest_frame
    stp     x2, x3, [x0, #16]
    stp     x4, x5, [x0, #32]
    stp     x6, x7, [x0, #48]
    stp     x8, x9, [x0, #64]
    stp     x10, x11, [x0, #80]
    stp     x12, x13, [x0, #96]
    stp     x14, x15, [x0, #112]
    stp     x16, x17, [x0, #128]
    stp     x18, x19, [x0, #144]
    stp     x20, x21, [x0, #160]
    stp     x22, x23, [x0, #176]
    stp     x24, x25, [x0, #192]
    stp     x26, x27, [x0, #208]
    stp     x28, x29, [x0, #224]
    str     x30, [x0, #240]
    ldp     x2, x3, [sp], #16
    stp     x2, x3, [x0, #0]
    .endm

restore_guest:
    // x0 = &guest_frame
    ldp     x2, x3, [x0, #16]
    ldp     x4, x5, [x0, #32]
    ldp     x6, x7, [x0, #48]
    ldp     x8, x9, [x0, #64]
    ldp     x10, x11, [x0, #80]
    ldp     x12, x13, [x0, #96]
    ldp     x14, x15, [x0, #112]
    ldp     x16, x17, [x0, #128]
    ldp     x18, x19, [x0, #144]
    ldp     x20, x21, [x0, #160]
    ldp     x22, x23, [x0, #176]
    ldp     x24, x25, [x0, #192]
    ldp     x26, x27, [x0, #208]
    ldp     x28, x29, [x0, #224]
    ldr     x30, [x0, #240]
    ldp     x0, x1, [x0, #0]
    eret

lower_sync:
    save_guest
    mov     x0, #0
    bl      tender_trap
    adrp    x0, guest_frame
    add     x0, x0, :lo12:guest_frame
    b       restore_guest

lower_other:
    save_guest
    mov     x0, #1
    bl      tender_trap
    adrp    x0, guest_frame
    add     x0, x0, :lo12:guest_frame
    b       restore_guest

own_fault:
    bl      tender_own_fault
    b       .

    .balign 2048
el2_vectors:
    .balign 0x80
    b own_fault          // EL2 with SP_EL0
    .balign 0x80
    b own_fault
    .balign 0x80
    b own_fault
    .balign 0x80
    b own_fault
    .balign 0x80
    b own_fault          // EL2 with SP_EL2
    .balign 0x80
    b own_fault
    .balign 0x80
    b own_fault
    .balign 0x80
    b own_fault
    .balign 0x80
    b lower_sync         // lower EL, AArch64: sync
    .balign 0x80
    b lower_other        // irq
    .balign 0x80
    b lower_other        // fiq
    .balign 0x80
    b lower_other        // serror
    .balign 0x80
    b own_fault          // lower EL, AArch32
    .balign 0x80
    b own_fault
    .balign 0x80
    b own_fault
    .balign 0x80
    b own_fault

    .bss
    .balign 16
    .zero 65536
tender_stack_top:
