// Add/subtract: shifted register, extended register and with carry. Every flag on both
// sizes, 32-bit wrap with junk in the upper halves, SP operands, all extend types.
import { describe } from 'vitest';
import { cases } from './dp-run.ts';

const N = 8, Z = 4, C = 2, V = 1;
const ONES = 0xffff_ffff_ffff_ffffn;
const MIN64 = 1n << 63n;
const JUNK = 0xdead_beef_0000_0000n;

describe('add/subtract (shifted register)', () => {
  cases([
    ['add x0, x1, x2', { x1: 40n, x2: 2n }, { x0: 42n }],
    ['add x0, x1, x2', { x1: ONES, x2: 2n }, { x0: 1n }],
    ['add w0, w1, w2', { x1: JUNK | 0xffffffffn, x2: JUNK | 1n }, { x0: 0n }],
    ['add w0, w1, w2', { x1: 0x7fffffffn, x2: 1n, nzcv: N | Z | C | V }, { x0: 0x80000000n }],
    ['add x0, x1, x2, lsl #63', { x1: 1n, x2: 1n }, { x0: MIN64 | 1n }],
    ['add x0, x1, x2, lsr #32', { x1: 1n, x2: 0xffffffff_00000000n }, { x0: 0x1_0000_0000n }],
    ['add x0, x1, x2, asr #63', { x1: 10n, x2: MIN64 }, { x0: 9n }],
    ['add w0, w1, w2, lsr #31', { x1: 1n, x2: 0x80000000n }, { x0: 2n }],
    ['add w0, w1, w2, asr #31', { x1: 1n, x2: 0x80000000n }, { x0: 0n }],
    ['add w0, w1, w2, lsl #31', { x1: 0n, x2: 3n }, { x0: 0x80000000n }],
    ['sub x0, x1, x2', { x1: 0n, x2: 1n }, { x0: ONES }],
    ['sub w0, w1, w2', { x1: JUNK, x2: 1n }, { x0: 0xffffffffn }],
    ['sub x0, x1, x2, asr #1', { x1: 0n, x2: ONES - 1n }, { x0: 1n }],
    ['neg x0, x2', { x2: 1n }, { x0: ONES }],
    ['neg w0, w2, lsl #1', { x2: 1n }, { x0: 0xfffffffen }],
    // flags of ADDS on 64 and 32 bits
    ['adds x0, x1, x2', { x1: 1n, x2: 2n, nzcv: N | Z | C | V }, { x0: 3n, nzcv: 0 }],
    ['adds x0, x1, x2', { x1: MIN64 - 1n, x2: 1n }, { x0: MIN64, nzcv: N | V }],
    ['adds x0, x1, x2', { x1: ONES, x2: 1n }, { x0: 0n, nzcv: Z | C }],
    ['adds x0, x1, x2', { x1: MIN64, x2: MIN64 }, { x0: 0n, nzcv: Z | C | V }],
    ['adds x0, x1, x2', { x1: ONES, x2: ONES }, { x0: ONES - 1n, nzcv: N | C }],
    ['adds w0, w1, w2', { x1: 0x7fffffffn, x2: 1n }, { x0: 0x80000000n, nzcv: N | V }],
    ['adds w0, w1, w2', { x1: JUNK | 0xffffffffn, x2: JUNK | 1n }, { x0: 0n, nzcv: Z | C }],
    ['adds w0, w1, w2', { x1: 0x80000000n, x2: 0x80000000n }, { x0: 0n, nzcv: Z | C | V }],
    ['adds w0, w1, w2', { x1: 0xffff_ffff_0000_0001n, x2: 0n }, { x0: 1n, nzcv: 0 }],
    ['cmn x1, x2', { x1: ONES, x2: 1n }, { nzcv: Z | C }],
    // flags of SUBS: C = no borrow
    ['subs x0, x1, x2', { x1: 5n, x2: 5n }, { x0: 0n, nzcv: Z | C }],
    ['subs x0, x1, x2', { x1: 0n, x2: 1n, nzcv: Z | C | V }, { x0: ONES, nzcv: N }],
    ['subs x0, x1, x2', { x1: MIN64, x2: 1n }, { x0: MIN64 - 1n, nzcv: C | V }],
    ['subs x0, x1, x2', { x1: 1n, x2: MIN64 }, { x0: MIN64 + 1n, nzcv: N | V }],
    ['subs x0, x1, x2', { x1: 7n, x2: 3n }, { x0: 4n, nzcv: C }],
    ['subs w0, w1, w2', { x1: 0x80000000n, x2: 1n }, { x0: 0x7fffffffn, nzcv: C | V }],
    ['subs w0, w1, w2', { x1: 0xdead_beef_0000_0005n, x2: 0x1234_5678_0000_0005n }, { x0: 0n, nzcv: Z | C }],
    ['subs w0, w1, w2', { x1: 0n, x2: 1n }, { x0: 0xffffffffn, nzcv: N }],
    ['negs w0, w2', { x2: 0x80000000n }, { x0: 0x80000000n, nzcv: N | V }],
    ['negs x0, x2', { x2: 0n }, { x0: 0n, nzcv: Z | C }],
    ['cmp x1, x2, lsl #1', { x1: 8n, x2: 4n }, { nzcv: Z | C }],
    ['cmp w1, w2', { x1: 2n, x2: 3n }, { nzcv: N }],
    // reserved: shift type ROR (bits 23:22 = 11), and sf = 0 with imm6 >= 32
    ['add x0, x1, x2, asr #1', {}, { undef: true }, 1 << 22],
    ['subs x0, x1, x2, asr #1', {}, { undef: true }, 1 << 22],
    ['add w0, w1, w2, lsl #1', {}, { undef: true }, 1 << 15],
    ['adds w0, w1, w2', {}, { undef: true }, 1 << 15],
  ]);
});

describe('add/subtract (extended register)', () => {
  cases([
    ['add x0, x1, w2, uxtb', { x1: 1000n, x2: 0x1ffn }, { x0: 1255n }],
    ['add x0, x1, w2, uxtb #4', { x1: 0n, x2: 0xffn }, { x0: 0xff0n }],
    ['add x0, x1, w2, uxth', { x1: 0n, x2: 0x1_ffffn }, { x0: 0xffffn }],
    ['add x0, x1, w2, uxtw', { x1: 1n, x2: 0xffffffff_80000000n }, { x0: 0x80000001n }],
    ['add x0, x1, x2, uxtx #1', { x1: 1n, x2: MIN64 | 1n }, { x0: 3n }],
    ['add x0, x1, w2, sxtb', { x1: 1000n, x2: 0x80n }, { x0: 872n }],
    ['add x0, x1, w2, sxtb #2', { x1: 0n, x2: 0x80n }, { x0: -512n }],
    ['add x0, x1, w2, sxth #3', { x1: 0n, x2: 0x8000n }, { x0: -(0x8000n * 8n) }],
    ['add x0, x1, w2, sxtw', { x1: 0n, x2: 0x80000000n }, { x0: -0x80000000n }],
    ['add x0, x1, w2, sxtw #4', { x1: 0n, x2: 0xffff_ffff_7fff_ffffn }, { x0: 0x7fffffffn << 4n }],
    ['add x0, x1, x2, sxtx #2', { x1: 0n, x2: ONES }, { x0: -4n }],
    ['sub x0, x1, w2, sxtb', { x1: 0n, x2: 0xffn }, { x0: 1n }],
    ['sub x0, x1, w2, uxth #1', { x1: 0x20000n, x2: 0xffffn }, { x0: 2n }],
    // SP as destination and source
    ['add sp, sp, x2', { sp: 0x1000n, x2: 0x10n }, { sp: 0x1010n }],
    ['add x0, sp, w2, uxtw #2', { sp: 0x1000n, x2: 0x1_0000_0004n }, { x0: 0x1010n }],
    ['sub sp, x1, w2, sxtw', { x1: 0x1000n, x2: 0xffffffffn }, { sp: 0x1001n }],
    ['sub wsp, wsp, w2', { sp: 0x1_0000_0010n, x2: 8n }, { sp: 8n }],
    ['add w0, wsp, w2, sxth', { sp: 0x1_0000_0000n, x2: 0xffffn }, { x0: 0xffffffffn }],
    ['add w0, w1, w2, uxtx', { x1: 0x1_0000_0001n, x2: 0xffffffffn }, { x0: 0n }],
    ['add w0, w1, w2, sxtb #4', { x1: 0n, x2: 0xf0n }, { x0: 0xffffff00n }],
    // S forms write XZR for Rd = 31 and read SP for Rn = 31
    ['adds x0, sp, x2', { sp: ONES, x2: 1n }, { x0: 0n, nzcv: Z | C }],
    ['adds w0, wsp, w2, uxtb', { sp: 0xffffffffn, x2: 1n }, { x0: 0n, nzcv: Z | C }],
    ['subs x0, x1, w2, sxtw', { x1: 0n, x2: 0xffffffffn }, { x0: 1n, nzcv: 0 }],
    ['subs w0, w1, w2, uxtb', { x1: 0x80000000n, x2: 0x101n }, { x0: 0x7fffffffn, nzcv: C | V }],
    ['cmp sp, x2', { sp: 0x8000n, x2: 0x8000n }, { nzcv: Z | C }],
    ['cmn sp, w2, sxtw', { sp: 1n, x2: 0xffffffffn }, { nzcv: Z | C }],
    ['cmp x1, w2, uxtw #4', { x1: 0x10n, x2: 2n }, { nzcv: N }],
    // reserved: imm3 > 4, opt != 00
    ['add x0, x1, w2, uxtb #4', {}, { undef: true }, 1 << 10],
    ['add x0, x1, w2, uxtb #4', {}, { undef: true }, 3 << 10],
    ['adds x0, x1, w2, uxtb #2', {}, { undef: true }, 4 << 10],
    ['sub x0, x1, w2, uxtb', {}, { undef: true }, 1 << 22],
    ['subs x0, x1, w2, uxtb', {}, { undef: true }, 1 << 23],
  ]);
});

describe('add/subtract with carry', () => {
  cases([
    ['adc x0, x1, x2', { x1: 1n, x2: 2n, nzcv: C }, { x0: 4n }],
    ['adc x0, x1, x2', { x1: 1n, x2: 2n, nzcv: N | Z | V }, { x0: 3n }],
    ['adc w0, w1, w2', { x1: JUNK | 0xffffffffn, x2: JUNK, nzcv: C }, { x0: 0n }],
    ['adcs x0, x1, x2', { x1: ONES, x2: 0n, nzcv: C }, { x0: 0n, nzcv: Z | C }],
    ['adcs x0, x1, x2', { x1: ONES, x2: ONES, nzcv: C }, { x0: ONES, nzcv: N | C }],
    ['adcs x0, x1, x2', { x1: MIN64 - 1n, x2: 0n, nzcv: C }, { x0: MIN64, nzcv: N | V }],
    ['adcs x0, x1, x2', { x1: ONES, x2: 0n, nzcv: 0 }, { x0: ONES, nzcv: N }],
    ['adcs w0, w1, w2', { x1: 0x7fffffffn, x2: 0n, nzcv: C }, { x0: 0x80000000n, nzcv: N | V }],
    ['adcs w0, w1, w2', { x1: 0xffffffffn, x2: 0xffffffffn, nzcv: C }, { x0: 0xffffffffn, nzcv: N | C }],
    ['adcs w0, w1, w2', { x1: JUNK | 0xffffffffn, x2: 0n, nzcv: C }, { x0: 0n, nzcv: Z | C }],
    ['sbc x0, x1, x2', { x1: 5n, x2: 3n, nzcv: C }, { x0: 2n }],
    ['sbc x0, x1, x2', { x1: 5n, x2: 3n, nzcv: 0 }, { x0: 1n }],
    ['sbc w0, w1, w2', { x1: 0n, x2: 0n, nzcv: 0 }, { x0: 0xffffffffn }],
    ['sbcs x0, x1, x2', { x1: 0n, x2: 0n, nzcv: 0 }, { x0: ONES, nzcv: N }],
    ['sbcs x0, x1, x2', { x1: 9n, x2: 9n, nzcv: C }, { x0: 0n, nzcv: Z | C }],
    ['sbcs x0, x1, x2', { x1: MIN64, x2: 0n, nzcv: 0 }, { x0: MIN64 - 1n, nzcv: C | V }],
    ['sbcs w0, w1, w2', { x1: 0x80000000n, x2: 1n, nzcv: C }, { x0: 0x7fffffffn, nzcv: C | V }],
    ['sbcs w0, w1, w2', { x1: JUNK | 1n, x2: 1n, nzcv: 0 }, { x0: 0xffffffffn, nzcv: N }],
    ['ngc x0, x2', { x2: 1n, nzcv: C }, { x0: ONES }],
    ['ngc x0, x2', { x2: 1n, nzcv: 0 }, { x0: ONES - 1n }],
    ['ngcs w0, w2', { x2: 0n, nzcv: C }, { x0: 0n, nzcv: Z | C }],
    // bits 15:10 must be zero (ARMv8.4 RMIF/SETF are not ARMv8.0)
    ['adc x0, x1, x2', {}, { undef: true }, 1 << 10],
    ['sbcs w0, w1, w2', {}, { undef: true }, 1 << 15],
  ]);
});
