// Data processing (immediate): ADR/ADRP, add/subtract, logical, move wide, bitfield, extract.
// Edge values: negative PC offsets, flags on both sizes, SP operands, every element size of
// logical immediates, all hw shifts, bitfield aliases at their limits, reserved encodings.
import { describe } from 'vitest';
import { cases } from './dp-run.ts';
import { CODE } from './machine.ts';

const N = 8, Z = 4, C = 2, V = 1;
const ONES = 0xffff_ffff_ffff_ffffn;
const MIN64 = 1n << 63n;
const JUNK = 0xdead_beef_0000_0000n;
const PC = BigInt(CODE);

describe('PC-relative addressing', () => {
  cases([
    ['adr x0, #16', {}, { x0: PC + 16n }],
    ['adr x0, #-4', {}, { x0: PC - 4n }],
    ['adr x0, #1', {}, { x0: PC + 1n }],
    ['adr x0, #-1048576', {}, { x0: PC - 1048576n }],
    ['adr x0, #1048575', {}, { x0: PC + 1048575n }],
    ['adrp x0, #0x5000', {}, { x0: (PC & ~0xfffn) + 0x5000n }],
    ['adrp x0, #-4096', {}, { x0: (PC & ~0xfffn) - 4096n }],
    ['adrp x0, #-4294967296', {}, { x0: U(PC - 0x1_0000_0000n) }],
    ['adrp x0, #4294963200', {}, { x0: PC + 4294963200n }],
    ['adr xzr, #8', {}, {}],
  ]);
});

function U(v: bigint): bigint {
  return BigInt.asUintN(64, v);
}

describe('add/subtract (immediate)', () => {
  cases([
    ['add x0, x1, #4095', { x1: 1n }, { x0: 4096n }],
    ['add x0, x1, #1, lsl #12', { x1: 1n }, { x0: 4097n }],
    ['add x0, x1, #4095, lsl #12', { x1: 0n }, { x0: 0xfff000n }],
    ['add w0, w1, #1', { x1: JUNK | 0xffffffffn }, { x0: 0n }],
    ['add sp, sp, #16', { sp: 0x1000n }, { sp: 0x1010n }],
    ['mov x0, sp', { sp: 0x1234n }, { x0: 0x1234n }],
    ['mov sp, x1', { x1: 0x8000n }, { sp: 0x8000n }],
    ['add wsp, w1, #0', { x1: 0x1_0000_0008n }, { sp: 8n }],
    ['sub x0, x1, #1', { x1: 0n }, { x0: ONES }],
    ['sub sp, sp, #1, lsl #12', { sp: 0x2000n }, { sp: 0x1000n }],
    ['sub w0, w1, #1', { x1: 0n }, { x0: 0xffffffffn }],
    ['adds x0, x1, #1', { x1: ONES }, { x0: 0n, nzcv: Z | C }],
    ['adds x0, x1, #1', { x1: MIN64 - 1n }, { x0: MIN64, nzcv: N | V }],
    ['adds w0, w1, #1', { x1: 0x7fffffffn }, { x0: 0x80000000n, nzcv: N | V }],
    ['adds w0, w1, #1', { x1: JUNK | 0xffffffffn, nzcv: N }, { x0: 0n, nzcv: Z | C }],
    ['adds x0, sp, #0', { sp: 0n, nzcv: N | C | V }, { x0: 0n, nzcv: Z }],
    ['cmn x1, #4095, lsl #12', { x1: U(-0xfff000n) }, { nzcv: Z | C }],
    ['subs x0, x1, #1', { x1: 0n }, { x0: ONES, nzcv: N }],
    ['subs x0, x1, #1', { x1: MIN64 }, { x0: MIN64 - 1n, nzcv: C | V }],
    ['subs w0, w1, #1', { x1: 0x80000000n }, { x0: 0x7fffffffn, nzcv: C | V }],
    ['subs w0, w1, #0', { x1: JUNK }, { x0: 0n, nzcv: Z | C }],
    ['cmp x1, #42', { x1: 42n }, { nzcv: Z | C }],
    ['cmp sp, #16', { sp: 8n }, { nzcv: N }],
    ['cmp w1, #1', { x1: JUNK | 2n }, { nzcv: C }],
  ]);
});

describe('logical (immediate)', () => {
  cases([
    ['and x0, x1, #0xff', { x1: 0x1234n }, { x0: 0x34n }],
    ['and x0, x1, #0x5555555555555555', { x1: ONES }, { x0: 0x5555555555555555n }],
    ['and x0, x1, #0x3333333333333333', { x1: ONES }, { x0: 0x3333333333333333n }],
    ['and x0, x1, #0x0f0f0f0f0f0f0f0f', { x1: ONES }, { x0: 0x0f0f0f0f0f0f0f0fn }],
    ['and x0, x1, #0x00ff00ff00ff00ff', { x1: ONES }, { x0: 0x00ff00ff00ff00ffn }],
    ['and x0, x1, #0x0000ffff0000ffff', { x1: ONES }, { x0: 0x0000ffff0000ffffn }],
    ['and x0, x1, #0x00000000ffffffff', { x1: ONES }, { x0: 0xffffffffn }],
    ['and x0, x1, #0x7fffffffffffffff', { x1: ONES }, { x0: MIN64 - 1n }],
    ['and x0, x1, #0x8000000000000001', { x1: ONES }, { x0: MIN64 | 1n }],
    ['and x0, x1, #0xfffffffffffffffe', { x1: ONES }, { x0: ONES - 1n }],
    ['and w0, w1, #0xff00ff00', { x1: ONES }, { x0: 0xff00ff00n }],
    ['and w0, w1, #0x80000001', { x1: ONES }, { x0: 0x80000001n }],
    ['and w0, w1, #0xaaaaaaaa', { x1: ONES }, { x0: 0xaaaaaaaan }],
    ['and sp, x1, #0xfffffffffffffff0', { x1: 0x12345n }, { sp: 0x12340n }],
    ['orr x0, x1, #0x1', { x1: 0x10n }, { x0: 0x11n }],
    ['orr w0, w1, #0xf0000000', { x1: JUNK | 1n }, { x0: 0xf0000001n }],
    ['mov x0, #0x5555555555555555', {}, { x0: 0x5555555555555555n }],
    ['mov wsp, #0xfff0', { sp: ONES }, { sp: 0xfff0n }],
    ['eor x0, x1, #0xffffffff00000000', { x1: ONES }, { x0: 0xffffffffn }],
    ['eor w0, w1, #0x1', { x1: JUNK | 3n }, { x0: 2n }],
    ['ands x0, x1, #0x8000000000000000', { x1: ONES, nzcv: Z | C | V }, { x0: MIN64, nzcv: N }],
    ['ands w0, w1, #0x80000000', { x1: JUNK, nzcv: C | V }, { x0: 0n, nzcv: Z }],
    ['ands w0, w1, #0x80000000', { x1: 0x80000000n }, { x0: 0x80000000n, nzcv: N }],
    ['tst x1, #0x7', { x1: 8n, nzcv: N | C | V }, { nzcv: Z }],
    // reserved: sf=0 with N=1 (UNALLOC line); all-ones elements of 64 and 2 bits; N:~imms = 0
    ['and w0, w1, #0x1', {}, { undef: true }, 1 << 22],
    ['and x0, x1, #0x7fffffffffffffff', {}, { undef: true }, 1 << 10],
    ['ands x0, x1, #0x5555555555555555', {}, { undef: true }, 1 << 10],
    ['orr x0, x1, #0x5555555555555555', {}, { undef: true }, 3 << 10],
  ]);
});

describe('move wide (immediate)', () => {
  cases([
    ['movz x0, #0x1234', { x0: ONES }, { x0: 0x1234n }],
    ['movz x0, #0x1234, lsl #16', {}, { x0: 0x12340000n }],
    ['movz x0, #0x1234, lsl #32', {}, { x0: 0x1234_0000_0000n }],
    ['movz x0, #0xffff, lsl #48', {}, { x0: 0xffff_0000_0000_0000n }],
    ['movz w0, #0xffff, lsl #16', { x0: ONES }, { x0: 0xffff0000n }],
    ['movn x0, #0', {}, { x0: ONES }],
    ['movn x0, #0x1234, lsl #48', {}, { x0: 0xedcb_ffff_ffff_ffffn }],
    ['movn w0, #0', {}, { x0: 0xffffffffn }],
    ['movn w0, #0xffff, lsl #16', {}, { x0: 0xffffn }],
    ['movk x0, #0xbeef, lsl #16', { x0: 0x1111_2222_3333_4444n }, { x0: 0x1111_2222_beef_4444n }],
    ['movk x0, #0xbeef, lsl #48', { x0: 0x1111_2222_3333_4444n }, { x0: 0xbeef_2222_3333_4444n }],
    ['movk x0, #0xbeef', { x0: 0x1111_2222_3333_4444n }, { x0: 0x1111_2222_3333_beefn }],
    ['movk w0, #0xbeef, lsl #16', { x0: 0x1111_2222_3333_4444n }, { x0: 0xbeef_4444n }],
    ['movz xzr, #1', {}, {}],
    // reserved: opc = 01, sf = 0 with hw >= 2
    ['movz x0, #1', {}, { undef: true }, 3 << 29],
    ['movz w0, #1, lsl #16', {}, { undef: true }, 1 << 22],
    ['movk w0, #1', {}, { undef: true }, 2 << 21],
    ['movn w0, #1', {}, { undef: true }, 3 << 21],
  ]);
});

describe('bitfield', () => {
  cases([
    ['asr x0, x1, #63', { x1: MIN64 }, { x0: ONES }],
    ['asr x0, x1, #4', { x1: 0x8000_0000_0000_00f0n }, { x0: 0xf800_0000_0000_000fn }],
    ['asr w0, w1, #31', { x1: JUNK | 0x80000000n }, { x0: 0xffffffffn }],
    ['asr w0, w1, #0', { x1: JUNK | 5n }, { x0: 5n }],
    ['lsr x0, x1, #63', { x1: MIN64 }, { x0: 1n }],
    ['lsr w0, w1, #31', { x1: JUNK | 0x80000000n }, { x0: 1n }],
    ['lsl x0, x1, #63', { x1: 3n }, { x0: MIN64 }],
    ['lsl x0, x1, #1', { x1: ONES }, { x0: ONES - 1n }],
    ['lsl w0, w1, #31', { x1: 3n }, { x0: 0x80000000n }],
    ['lsl w0, w1, #1', { x1: JUNK | 0xffffffffn }, { x0: 0xfffffffen }],
    ['sxtb x0, w1', { x1: 0x80n }, { x0: U(-128n) }],
    ['sxth x0, w1', { x1: 0x1234_8000n }, { x0: U(-0x8000n) }],
    ['sxtw x0, w1', { x1: JUNK | 0x80000000n }, { x0: 0xffffffff_80000000n }],
    ['sxtb w0, w1', { x1: 0xffn }, { x0: 0xffffffffn }],
    ['sxth w0, w1', { x1: 0x7fffn }, { x0: 0x7fffn }],
    ['uxtb w0, w1', { x1: ONES }, { x0: 0xffn }],
    ['uxth w0, w1', { x1: ONES }, { x0: 0xffffn }],
    ['sbfx x0, x1, #4, #8', { x1: 0x0000_0000_0000_0f80n }, { x0: U(-8n) }],
    ['sbfx x0, x1, #60, #4', { x1: 0x7000_0000_0000_0000n }, { x0: 7n }],
    ['sbfx w0, w1, #31, #1', { x1: 0x80000000n }, { x0: 0xffffffffn }],
    ['ubfx x0, x1, #4, #8', { x1: 0xfffn }, { x0: 0xffn }],
    ['ubfx x0, x1, #0, #64', { x1: 0x1234n }, { x0: 0x1234n }],
    ['ubfx w0, w1, #8, #24', { x1: JUNK | 0xffffffffn }, { x0: 0xffffffn }],
    ['sbfiz x0, x1, #8, #4', { x1: 0xfn }, { x0: U(-1n << 8n) }],
    ['sbfiz w0, w1, #31, #1', { x1: 1n }, { x0: 0x80000000n }],
    ['ubfiz x0, x1, #60, #4', { x1: 0xffn }, { x0: 0xf000_0000_0000_0000n }],
    ['ubfiz w0, w1, #1, #31', { x1: ONES }, { x0: 0xfffffffen }],
    ['bfi x0, x1, #8, #8', { x0: ONES, x1: 0x12n }, { x0: 0xffff_ffff_ffff_12ffn }],
    ['bfi w0, w1, #28, #4', { x0: ONES, x1: 0n }, { x0: 0x0fffffffn }],
    ['bfxil x0, x1, #60, #4', { x0: 0n, x1: 0xa000_0000_0000_0000n }, { x0: 0xan }],
    ['bfxil w0, w1, #0, #32', { x0: ONES, x1: 0x1234_5678n }, { x0: 0x1234_5678n }],
    ['bfm x0, x1, #0, #63', { x0: 0n, x1: 0x1234n }, { x0: 0x1234n }],
    // reserved: opc = 11, N != sf, sf = 0 with immr or imms >= 32
    ['sbfm x0, x1, #0, #7', {}, { undef: true }, 3 << 29],
    ['ubfm x0, x1, #1, #2', {}, { undef: true }, 1 << 22],
    ['ubfm w0, w1, #1, #2', {}, { undef: true }, 1 << 22],
    ['sbfm w0, w1, #1, #2', {}, { undef: true }, 1 << 21],
    ['bfm w0, w1, #1, #2', {}, { undef: true }, 1 << 15],
  ]);
});

describe('extract', () => {
  cases([
    ['extr x0, x1, x2, #4', { x1: 0xfn, x2: 0x1234_5678_9abc_def0n }, { x0: 0xf123_4567_89ab_cdefn }],
    ['extr x0, x1, x2, #0', { x1: 1n, x2: 2n }, { x0: 2n }],
    ['extr x0, x1, x2, #63', { x1: 1n, x2: MIN64 }, { x0: 3n }],
    ['extr w0, w1, w2, #31', { x1: JUNK | 1n, x2: JUNK | 0x80000000n }, { x0: 3n }],
    ['extr w0, w1, w2, #0', { x1: 1n, x2: JUNK | 2n }, { x0: 2n }],
    ['extr w0, w1, w2, #16', { x1: 0x1111_2222n, x2: 0x3333_4444n }, { x0: 0x2222_3333n }],
    ['ror x0, x1, #8', { x1: 0x12n }, { x0: 0x1200_0000_0000_0000n }],
    ['ror w0, w1, #8', { x1: JUNK | 0x12n }, { x0: 0x1200_0000n }],
    // reserved: N != sf, sf = 0 with imms >= 32
    ['extr x0, x1, x2, #4', {}, { undef: true }, 1 << 22],
    ['extr w0, w1, w2, #4', {}, { undef: true }, 1 << 22],
    ['extr w0, w1, w2, #4', {}, { undef: true }, 1 << 15],
  ]);
});
