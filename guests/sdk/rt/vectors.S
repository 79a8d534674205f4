/*
 * vectors.S -- the EL1 exception vector table and the trap entry/exit path.
 *
 * Every entry switches to a dedicated exception stack before touching
 * memory, because the fault may be about the stack itself (misaligned SP
 * with SCTLR_EL1.SA set, or SP run off into unmapped memory). The
 * interrupted x0 and SP are parked in TPIDR_EL1 and TPIDRRO_EL0, two
 * registers nothing else in the runtime uses, until they are in the frame.
 *
 * Frame layout: see struct ukp_trap_frame in include/ukplay.h.
 */
#define FRAME_X0     0x000
#define FRAME_X30    0x0f0
#define FRAME_SP     0x0f8
#define FRAME_ELR    0x100
#define FRAME_SPSR   0x108
#define FRAME_ESR    0x110
#define FRAME_FAR    0x118
#define FRAME_VECTOR 0x120
#define FRAME_Q0     0x130
#define FRAME_FPSR   0x330
#define FRAME_FPCR   0x338
#define FRAME_SIZE   0x340

#define EXC_STACK_SIZE (16 * 1024)

    .macro ventry index
    .balign 0x80
    msr     tpidr_el1, x0
    mov     x0, sp
    msr     tpidrro_el0, x0
    adrp    x0, ukp_exc_stack_top
    add     x0, x0, :lo12:ukp_exc_stack_top
    mov     sp, x0
    sub     sp, sp, #FRAME_SIZE
    mov     x0, #\index
    b       ukp_trap_entry
    .endm

    .section .text.vectors, "ax"
    .balign 2048
    .global ukp_vectors
ukp_vectors:
    ventry 0    // current EL with SP_EL0: sync, irq, fiq, serror
    ventry 1
    ventry 2
    ventry 3
    ventry 4    // current EL with SP_ELx
    ventry 5
    ventry 6
    ventry 7
    ventry 8    // lower EL, AArch64
    ventry 9
    ventry 10
    ventry 11
    ventry 12   // lower EL, AArch32
    ventry 13
    ventry 14
    ventry 15

    .text
    .type ukp_trap_entry, %function
ukp_trap_entry:
    str     x0, [sp, #FRAME_VECTOR]
    stp     x1, x2, [sp, #(FRAME_X0 + 1 * 8)]
    stp     x3, x4, [sp, #(FRAME_X0 + 3 * 8)]
    stp     x5, x6, [sp, #(FRAME_X0 + 5 * 8)]
    stp     x7, x8, [sp, #(FRAME_X0 + 7 * 8)]
    stp     x9, x10, [sp, #(FRAME_X0 + 9 * 8)]
    stp     x11, x12, [sp, #(FRAME_X0 + 11 * 8)]
    stp     x13, x14, [sp, #(FRAME_X0 + 13 * 8)]
    stp     x15, x16, [sp, #(FRAME_X0 + 15 * 8)]
    stp     x17, x18, [sp, #(FRAME_X0 + 17 * 8)]
    stp     x19, x20, [sp, #(FRAME_X0 + 19 * 8)]
    stp     x21, x22, [sp, #(FRAME_X0 + 21 * 8)]
    stp     x23, x24, [sp, #(FRAME_X0 + 23 * 8)]
    stp     x25, x26, [sp, #(FRAME_X0 + 25 * 8)]
    stp     x27, x28, [sp, #(FRAME_X0 + 27 * 8)]
    stp     x29, x30, [sp, #(FRAME_X0 + 29 * 8)]
    mrs     x1, tpidr_el1
    str     x1, [sp, #FRAME_X0]
    mrs     x1, tpidrro_el0
    str     x1, [sp, #FRAME_SP]
    mrs     x1, elr_el1
    mrs     x2, spsr_el1
    stp     x1, x2, [sp, #FRAME_ELR]
    mrs     x1, esr_el1
    mrs     x2, far_el1
    stp     x1, x2, [sp, #FRAME_ESR]
    add     x1, sp, #FRAME_Q0
    stp     q0, q1, [x1, #(0 * 32)]
    stp     q2, q3, [x1, #(1 * 32)]
    stp     q4, q5, [x1, #(2 * 32)]
    stp     q6, q7, [x1, #(3 * 32)]
    stp     q8, q9, [x1, #(4 * 32)]
    stp     q10, q11, [x1, #(5 * 32)]
    stp     q12, q13, [x1, #(6 * 32)]
    stp     q14, q15, [x1, #(7 * 32)]
    stp     q16, q17, [x1, #(8 * 32)]
    stp     q18, q19, [x1, #(9 * 32)]
    stp     q20, q21, [x1, #(10 * 32)]
    stp     q22, q23, [x1, #(11 * 32)]
    stp     q24, q25, [x1, #(12 * 32)]
    stp     q26, q27, [x1, #(13 * 32)]
    stp     q28, q29, [x1, #(14 * 32)]
    stp     q30, q31, [x1, #(15 * 32)]
    mrs     x2, fpsr
    mrs     x3, fpcr
    str     x2, [sp, #FRAME_FPSR]
    str     x3, [sp, #FRAME_FPCR]

    mov     x29, xzr                    // the C handler starts a fresh chain
    mov     x0, sp
    bl      ukp_trap                    // returns only to resume

    add     x1, sp, #FRAME_Q0
    ldp     q0, q1, [x1, #(0 * 32)]
    ldp     q2, q3, [x1, #(1 * 32)]
    ldp     q4, q5, [x1, #(2 * 32)]
    ldp     q6, q7, [x1, #(3 * 32)]
    ldp     q8, q9, [x1, #(4 * 32)]
    ldp     q10, q11, [x1, #(5 * 32)]
    ldp     q12, q13, [x1, #(6 * 32)]
    ldp     q14, q15, [x1, #(7 * 32)]
    ldp     q16, q17, [x1, #(8 * 32)]
    ldp     q18, q19, [x1, #(9 * 32)]
    ldp     q20, q21, [x1, #(10 * 32)]
    ldp     q22, q23, [x1, #(11 * 32)]
    ldp     q24, q25, [x1, #(12 * 32)]
    ldp     q26, q27, [x1, #(13 * 32)]
    ldp     q28, q29, [x1, #(14 * 32)]
    ldp     q30, q31, [x1, #(15 * 32)]
    ldr     x2, [sp, #FRAME_FPSR]
    ldr     x3, [sp, #FRAME_FPCR]
    msr     fpsr, x2
    msr     fpcr, x3
    ldp     x1, x2, [sp, #FRAME_ELR]
    msr     elr_el1, x1
    msr     spsr_el1, x2
    ldr     x1, [sp, #FRAME_SP]
    msr     tpidr_el1, x1               // the SP to return to
    ldp     x1, x2, [sp, #(FRAME_X0 + 1 * 8)]
    ldp     x3, x4, [sp, #(FRAME_X0 + 3 * 8)]
    ldp     x5, x6, [sp, #(FRAME_X0 + 5 * 8)]
    ldp     x7, x8, [sp, #(FRAME_X0 + 7 * 8)]
    ldp     x9, x10, [sp, #(FRAME_X0 + 9 * 8)]
    ldp     x11, x12, [sp, #(FRAME_X0 + 11 * 8)]
    ldp     x13, x14, [sp, #(FRAME_X0 + 13 * 8)]
    ldp     x15, x16, [sp, #(FRAME_X0 + 15 * 8)]
    ldp     x17, x18, [sp, #(FRAME_X0 + 17 * 8)]
    ldp     x19, x20, [sp, #(FRAME_X0 + 19 * 8)]
    ldp     x21, x22, [sp, #(FRAME_X0 + 21 * 8)]
    ldp     x23, x24, [sp, #(FRAME_X0 + 23 * 8)]
    ldp     x25, x26, [sp, #(FRAME_X0 + 25 * 8)]
    ldp     x27, x28, [sp, #(FRAME_X0 + 27 * 8)]
    ldp     x29, x30, [sp, #(FRAME_X0 + 29 * 8)]
    ldr     x0, [sp, #FRAME_X0]
    msr     tpidrro_el0, x0             // park x0 while SP is switched back
    mrs     x0, tpidr_el1
    mov     sp, x0
    mrs     x0, tpidrro_el0
    eret
    .size ukp_trap_entry, . - ukp_trap_entry

    .bss
    .balign 16
ukp_exc_stack:
    .zero EXC_STACK_SIZE
    .global ukp_exc_stack_top
ukp_exc_stack_top:
