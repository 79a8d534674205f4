// Logical (shifted register): AND BIC ORR ORN EOR EON ANDS BICS, every shift type, shift
// amounts 0/1/31/32/63, 32-bit results zero-extended, N/Z set and C/V cleared by the S forms.
import { describe } from 'vitest';
import { cases } from './dp-run.ts';

const N = 8, Z = 4, C = 2, V = 1;
const ONES = 0xffff_ffff_ffff_ffffn;

describe('logical (shifted register)', () => {
  cases([
    ['and x0, x1, x2', { x1: 0xff00ff00ff00ff00n, x2: 0x0ff00ff00ff00ff0n }, { x0: 0x0f000f000f000f00n }],
    ['and w0, w1, w2', { x1: 0xffffffff_f0f0f0f0n, x2: 0xffffffff_ff00ff00n }, { x0: 0xf000f000n }],
    ['and w0, w1, w2, lsl #31', { x1: ONES, x2: 1n }, { x0: 0x80000000n }],
    ['and x0, x1, x2, lsl #63', { x1: ONES, x2: 3n }, { x0: 1n << 63n }],
    ['bic x0, x1, x2, lsl #4', { x1: ONES, x2: 0xfn }, { x0: ONES ^ 0xf0n }],
    ['bic w0, w1, w2', { x1: ONES, x2: 0xffn }, { x0: 0xffffff00n }],
    ['orr x0, x1, x2, lsr #63', { x1: 0n, x2: 1n << 63n }, { x0: 1n }],
    ['orr x0, x1, x2, lsr #32', { x1: 0n, x2: 0x12345678_00000000n }, { x0: 0x12345678n }],
    ['orr w0, w1, w2, lsr #1', { x1: 0n, x2: 0xffffffff_00000002n }, { x0: 1n }],
    ['orr w0, w1, w2, asr #31', { x1: 0n, x2: 0x80000000n }, { x0: 0xffffffffn }],
    ['orr w0, w1, w2, asr #4', { x1: 0n, x2: 0x00000000_80000000n }, { x0: 0xf8000000n }],
    ['orr x0, x1, x2, asr #63', { x1: 0n, x2: 1n << 63n }, { x0: ONES }],
    ['orr x0, x1, x2, asr #32', { x1: 0n, x2: 0x80000000_00000000n }, { x0: 0xffffffff_80000000n }],
    ['orr w0, wzr, w2, ror #1', { x2: 1n }, { x0: 0x80000000n }],
    ['orr w0, wzr, w2, ror #31', { x2: 0xffffffff_00000001n }, { x0: 2n }],
    ['orr x0, xzr, x2, ror #63', { x2: 1n }, { x0: 2n }],
    ['orr x0, xzr, x2, ror #32', { x2: 0x11111111_22222222n }, { x0: 0x22222222_11111111n }],
    ['orr x0, x1, x2, lsl #0', { x1: 0xf0n, x2: 0x0fn }, { x0: 0xffn }],
    ['mov x0, x2', { x2: 0x1234_5678_9abc_def0n }, { x0: 0x1234_5678_9abc_def0n }],
    ['mov w0, w2', { x2: 0x1234_5678_9abc_def0n }, { x0: 0x9abc_def0n }],
    ['orn x0, x1, x2', { x1: 0n, x2: 0n }, { x0: ONES }],
    ['orn w0, w1, w2, lsl #8', { x1: 0n, x2: 0xffn }, { x0: 0xffff00ffn }],
    ['mvn x0, x2', { x2: 0x0f0f0f0f0f0f0f0fn }, { x0: 0xf0f0f0f0f0f0f0f0n }],
    ['eor x0, x1, x2, asr #32', { x1: 0xffffffff_00000000n, x2: 0x80000000_00000000n }, { x0: 0x80000000n }],
    ['eor w0, w1, w2', { x1: 0xffff_0000_1234_5678n, x2: 0x1111_0000_ffff_0000n }, { x0: 0xedcb5678n }],
    ['eon w0, w1, w2', { x1: 0x12345678n, x2: 0n }, { x0: 0xedcba987n }],
    ['eon x0, x1, x2, lsr #4', { x1: 0n, x2: 0xf0n }, { x0: ONES ^ 0xfn }],
    // S forms: N and Z from the (sized) result, C and V cleared
    ['ands x0, x1, x2', { x1: 0xf0n, x2: 0x0fn, nzcv: C | V }, { x0: 0n, nzcv: Z }],
    ['ands w0, w1, w2', { x1: 0x80000000n, x2: 0xffffffff_80000000n, nzcv: Z | C | V }, { x0: 0x80000000n, nzcv: N }],
    ['ands x0, x1, x2', { x1: 1n << 63n, x2: ONES, nzcv: Z }, { x0: 1n << 63n, nzcv: N }],
    ['ands w0, w1, w2', { x1: 0xffffffff_00000000n, x2: 0xffffffff_00000000n }, { x0: 0n, nzcv: Z }],
    ['ands x0, x1, x2', { x1: 0xffffffff_00000000n, x2: 0xffffffff_00000000n, nzcv: N | Z | C | V }, { x0: 0xffffffff_00000000n, nzcv: N }],
    ['ands w0, w1, w2, ror #1', { x1: ONES, x2: 1n }, { x0: 0x80000000n, nzcv: N }],
    ['bics x0, x1, x2', { x1: 5n, x2: 5n, nzcv: C }, { x0: 0n, nzcv: Z }],
    ['bics w0, w1, w2, lsl #31', { x1: 0x80000001n, x2: 0n }, { x0: 0x80000001n, nzcv: N }],
    ['tst x1, x2', { x1: 0x100n, x2: 0x100n, nzcv: Z | V }, { nzcv: 0 }],
    ['tst w1, w2', { x1: 0x1_0000_0000n, x2: 0x1_0000_0000n }, { nzcv: Z }],
    // register 31 is XZR for every operand
    ['orr xzr, x1, x2', { x1: 1n, x2: 2n }, {}],
    ['and x0, xzr, x2', { x2: ONES }, { x0: 0n }],
    // sf = 0 with imm6 >= 32 is unallocated (flip bit 15 = imm6<5> of 'and w0, w1, w2')
    ['and w0, w1, w2', { x1: 1n, x2: 1n }, { undef: true }, 1 << 15],
    ['bics w0, w1, w2, lsl #31', { x1: 1n, x2: 1n }, { undef: true }, 1 << 15],
  ]);
});
