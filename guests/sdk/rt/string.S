/*
 * string.S -- memcpy, memmove, memset, memcmp and strlen for the runtime, in place
 * of picolibc's: Debian builds picolibc for size, with byte-at-a-time
 * loops, and these five carry most of a guest's bulk data (stdio, lwIP's
 * buffers, the network and block paths). Sixteen bytes per step with
 * LDP/STP; unaligned addresses are fine (normal memory, SCTLR_EL1.A = 0).
 */
    .text

/* void *memcpy(void *dst x0, const void *src x1, size_t n x2) */
    .global memcpy
    .type memcpy, %function
    .balign 16
memcpy:
    mov     x3, x0
1:  cmp     x2, #16
    b.lo    2f
    ldp     x4, x5, [x1], #16
    stp     x4, x5, [x3], #16
    sub     x2, x2, #16
    b       1b
2:  cbz     x2, 3f
    ldrb    w4, [x1], #1
    strb    w4, [x3], #1
    sub     x2, x2, #1
    b       2b
3:  ret
    .size memcpy, . - memcpy

/* void *memmove(void *dst x0, const void *src x1, size_t n x2): forward
 * unless dst lies inside (src, src + n), where copying must run backwards. */
    .global memmove
    .type memmove, %function
    .balign 16
memmove:
    cmp     x0, x1
    b.ls    memcpy                      // dst <= src: forward is safe
    add     x6, x1, x2
    cmp     x0, x6
    b.hs    memcpy                      // no overlap
    add     x3, x0, x2                  // copy down from the ends
1:  cmp     x2, #16
    b.lo    2f
    ldp     x4, x5, [x6, #-16]!
    stp     x4, x5, [x3, #-16]!
    sub     x2, x2, #16
    b       1b
2:  cbz     x2, 3f
    ldrb    w4, [x6, #-1]!
    strb    w4, [x3, #-1]!
    sub     x2, x2, #1
    b       2b
3:  ret
    .size memmove, . - memmove

/* void *memset(void *dst x0, int c w1, size_t n x2) */
    .global memset
    .type memset, %function
    .balign 16
memset:
    mov     x3, x0
    and     x1, x1, #0xff
    mov     x4, #0x0101010101010101
    mul     x1, x1, x4                  // c in every byte
1:  cmp     x2, #16
    b.lo    2f
    stp     x1, x1, [x3], #16
    sub     x2, x2, #16
    b       1b
2:  cbz     x2, 3f
    strb    w1, [x3], #1
    sub     x2, x2, #1
    b       2b
3:  ret
    .size memset, . - memset

/* size_t strlen(const char *s x0): bytes up to an 8-byte boundary, then
 * eight at a time -- an aligned word never crosses into an unmapped page.
 * A word has a zero byte iff (w - 0x01..01) & ~w & 0x80..80 != 0, and the
 * lowest flagged byte is the first zero (little-endian). */
    .global strlen
    .type strlen, %function
    .balign 16
strlen:
    mov     x1, x0
1:  tst     x1, #7
    b.eq    2f
    ldrb    w2, [x1]
    cbz     w2, 4f
    add     x1, x1, #1
    b       1b
2:  mov     x4, #0x0101010101010101
    mov     x5, #0x8080808080808080
3:  ldr     x2, [x1]
    sub     x3, x2, x4
    bic     x3, x3, x2
    ands    x3, x3, x5
    b.ne    5f
    add     x1, x1, #8
    b       3b
5:  rbit    x3, x3
    clz     x3, x3
    add     x1, x1, x3, lsr #3
4:  sub     x0, x1, x0
    ret
    .size strlen, . - strlen

/* int memcmp(const void *a x0, const void *b x1, size_t n x2): eight bytes at
 * a time; at the first differing word, the lowest differing byte decides. */
    .global memcmp
    .type memcmp, %function
    .balign 16
memcmp:
1:  cmp     x2, #8
    b.lo    3f
    ldr     x3, [x0], #8
    ldr     x4, [x1], #8
    sub     x2, x2, #8
    cmp     x3, x4
    b.eq    1b
    eor     x5, x3, x4
    rbit    x5, x5
    clz     x5, x5                      // bit index of the lowest difference
    and     x5, x5, #~7                 // ... rounded down to its byte
    lsr     x3, x3, x5
    lsr     x4, x4, x5
    and     w3, w3, #0xff
    and     w4, w4, #0xff
    sub     w0, w3, w4
    ret
3:  cbz     x2, 4f
    ldrb    w3, [x0], #1
    ldrb    w4, [x1], #1
    sub     x2, x2, #1
    subs    w5, w3, w4
    b.eq    3b
    mov     w0, w5
    ret
4:  mov     w0, #0
    ret
    .size memcmp, . - memcmp
