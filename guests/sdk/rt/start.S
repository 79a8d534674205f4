/*
 * start.S -- the image's entry point.
 *
 * The monitor enters at EL1h with the MMU on (identity map), DAIF masked,
 * x0 = &boot_info and SP = top of RAM - 16 (hvt-abi.md section 2). Before any
 * C code runs we need: FP/SIMD enabled (compiled code may use it anywhere),
 * our exception vectors, a zeroed BSS and a seeded stack-protector canary
 * (every C function compiled with -fstack-protector reads it).
 */
    .section .text.boot, "ax"
    .global _start
    .type _start, %function
_start:
    mov     x19, x0                     // keep &boot_info across the setup

    mov     x1, #(3 << 20)              // CPACR_EL1.FPEN = 0b11: no FP traps
    msr     cpacr_el1, x1
    isb

    adrp    x1, ukp_vectors
    add     x1, x1, :lo12:ukp_vectors
    msr     vbar_el1, x1
    isb

    // Zero [__bss_start, __bss_end); both are 16-byte aligned (link.ld).
    adrp    x1, __bss_start
    add     x1, x1, :lo12:__bss_start
    adrp    x2, __bss_end
    add     x2, x2, :lo12:__bss_end
1:  cmp     x1, x2
    b.hs    2f
    stp     xzr, xzr, [x1], #16
    b       1b
2:
    // Canary: the counter's value spread over 64 bits by a multiplicative
    // hash, low byte zero so that a string overrun cannot reproduce it.
    mrs     x1, cntvct_el0
    movz    x2, #0x7c15
    movk    x2, #0x7f4a, lsl #16
    movk    x2, #0x79b9, lsl #32
    movk    x2, #0x9e37, lsl #48
    mul     x1, x1, x2
    eor     x1, x1, x1, lsr #31
    mul     x1, x1, x2
    and     x1, x1, #0xffffffffffffff00
    adrp    x2, __stack_chk_guard
    str     x1, [x2, :lo12:__stack_chk_guard]

    mov     x29, xzr                    // end of the frame-pointer chain
    mov     x30, xzr
    mov     x0, x19
    bl      ukp_boot                    // never returns
3:  wfi
    b       3b
    .size _start, . - _start
