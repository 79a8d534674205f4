// Conditional compare and conditional select: every condition under every NZCV value, and
// each instruction's true/false paths on both sizes.
import { describe } from 'vitest';
import { cases, type Case } from './dp-run.ts';
import { CONDITIONS } from '../disasm/operands-int.ts';

const N = 8, Z = 4, C = 2, V = 1;
const ONES = 0xffff_ffff_ffff_ffffn;
const MIN64 = 1n << 63n;
const JUNK = 0xdead_beef_0000_0000n;

/** ConditionHolds() of the Arm ARM, written out independently of the core. */
function holds(cond: number, nzcv: number): boolean {
  const n = (nzcv & N) !== 0, z = (nzcv & Z) !== 0, c = (nzcv & C) !== 0, v = (nzcv & V) !== 0;
  const base = [z, c, n, v, c && !z, n === v, n === v && !z, true][cond >> 1];
  return (cond & 1) === 1 && cond !== 15 ? !base : base;
}

describe('every condition under every NZCV (csinc x0, x1, x2, cond)', () => {
  const rows: Case[] = [];
  for (let cond = 0; cond < 16; cond++) {
    for (let nzcv = 0; nzcv < 16; nzcv++) {
      rows.push([`csinc x0, x1, x2, ${CONDITIONS[cond]}`, { x1: 100n, x2: 200n, nzcv }, { x0: holds(cond, nzcv) ? 100n : 201n }]);
    }
  }
  cases(rows);
});

describe('conditional select', () => {
  cases([
    ['csel x0, x1, x2, eq', { x1: 1n, x2: 2n, nzcv: Z }, { x0: 1n }],
    ['csel x0, x1, x2, eq', { x1: 1n, x2: 2n, nzcv: 0 }, { x0: 2n }],
    ['csel w0, w1, w2, ne', { x1: JUNK | 1n, x2: JUNK | 2n, nzcv: 0 }, { x0: 1n }],
    ['csel w0, w1, w2, ne', { x1: JUNK | 1n, x2: JUNK | 2n, nzcv: Z }, { x0: 2n }],
    ['csel x0, x1, x2, al', { x1: 1n, x2: 2n }, { x0: 1n }],
    ['csel x0, x1, x2, nv', { x1: 1n, x2: 2n }, { x0: 1n }],
    ['csinc x0, x1, x2, ge', { x1: 1n, x2: ONES, nzcv: N }, { x0: 0n }],
    ['csinc w0, w1, w2, lt', { x1: 1n, x2: JUNK | 0xffffffffn, nzcv: 0 }, { x0: 0n }],
    ['csinc w0, w1, w2, lt', { x1: JUNK | 7n, x2: 0n, nzcv: V }, { x0: 7n }],
    ['csinv x0, x1, x2, hi', { x1: 5n, x2: 0n, nzcv: C }, { x0: 5n }],
    ['csinv x0, x1, x2, hi', { x1: 5n, x2: 0n, nzcv: C | Z }, { x0: ONES }],
    ['csinv w0, w1, w2, ls', { x1: 5n, x2: 0xffn, nzcv: C }, { x0: 0xffffff00n }],
    ['csneg x0, x1, x2, mi', { x1: 5n, x2: 3n, nzcv: 0 }, { x0: -3n }],
    ['csneg x0, x1, x2, mi', { x1: 5n, x2: MIN64, nzcv: 0 }, { x0: MIN64 }],
    ['csneg w0, w1, w2, pl', { x1: 5n, x2: JUNK | 1n, nzcv: N }, { x0: 0xffffffffn }],
    ['csneg w0, w1, w2, pl', { x1: JUNK | 5n, x2: 1n, nzcv: 0 }, { x0: 5n }],
    ['cset w0, eq', { nzcv: Z }, { x0: 1n }],
    ['cset x0, eq', { nzcv: 0 }, { x0: 0n }],
    ['csetm x0, ne', { nzcv: 0 }, { x0: ONES }],
    ['csetm w0, ne', { nzcv: 0 }, { x0: 0xffffffffn }],
    ['cinc x0, x1, vs', { x1: 9n, nzcv: V }, { x0: 10n }],
    ['cinv w0, w1, vc', { x1: 0n, nzcv: 0 }, { x0: 0xffffffffn }],
    ['cneg x0, x1, gt', { x1: 4n, nzcv: 0 }, { x0: -4n }],
    ['cneg x0, x1, gt', { x1: 4n, nzcv: Z }, { x0: 4n }],
    // reserved: S = 1, op2 = 1x
    ['csel x0, x1, x2, eq', {}, { undef: true }, 1 << 29],
    ['csinc x0, x1, x2, eq', {}, { undef: true }, 1 << 11],
    ['csneg w0, w1, w2, eq', {}, { undef: true }, 1 << 11],
  ]);
});

describe('conditional compare', () => {
  cases([
    ['ccmp x1, x2, #5, eq', { x1: 5n, x2: 5n, nzcv: Z }, { nzcv: Z | C }],
    ['ccmp x1, x2, #5, eq', { x1: 5n, x2: 5n, nzcv: 0 }, { nzcv: 5 }],
    ['ccmp x1, x2, #15, ne', { x1: 0n, x2: 1n, nzcv: 0 }, { nzcv: N }],
    ['ccmp x1, x2, #0, ne', { x1: MIN64, x2: 1n, nzcv: 0 }, { nzcv: C | V }],
    ['ccmp w1, w2, #0, ne', { x1: JUNK | 0x80000000n, x2: 1n, nzcv: 0 }, { nzcv: C | V }],
    ['ccmp w1, w2, #8, hs', { x1: 1n, x2: 1n, nzcv: 0 }, { nzcv: N }],
    ['ccmp x1, #5, #2, hs', { x1: 3n, nzcv: C }, { nzcv: N }],
    ['ccmp x1, #31, #2, lo', { x1: 31n, nzcv: 0 }, { nzcv: Z | C }],
    ['ccmp w1, #0, #0, al', { x1: JUNK, nzcv: N }, { nzcv: Z | C }],
    ['ccmp x1, x2, #2, nv', { x1: 1n, x2: 2n, nzcv: 0 }, { nzcv: N }],
    ['ccmp x1, x2, #2, lt', { x1: 1n, x2: 1n, nzcv: N }, { nzcv: Z | C }],
    ['ccmn x1, x2, #0, gt', { x1: 1n, x2: 1n, nzcv: N }, { nzcv: 0 }],
    ['ccmn x1, x2, #0, gt', { x1: ONES, x2: 1n, nzcv: 0 }, { nzcv: Z | C }],
    ['ccmn x1, x2, #0, le', { x1: MIN64 - 1n, x2: 1n, nzcv: Z }, { nzcv: N | V }],
    ['ccmn w1, #31, #15, ne', { x1: 0xffffffe1n, nzcv: 0 }, { nzcv: Z | C }],
    ['ccmn w1, #1, #15, ne', { x1: 0x7fffffffn, nzcv: 0 }, { nzcv: N | V }],
    ['ccmn w1, #1, #10, ne', { x1: 0x7fffffffn, nzcv: Z }, { nzcv: 10 }],
    // reserved: o2 (bit 10) or o3 (bit 4) set, S = 0
    ['ccmp x1, x2, #0, eq', {}, { undef: true }, 1 << 4],
    ['ccmp x1, x2, #0, eq', {}, { undef: true }, 1 << 10],
    ['ccmn x1, #3, #0, eq', {}, { undef: true }, 1 << 4],
    ['ccmn w1, #3, #0, eq', {}, { undef: true }, 1 << 29],
  ]);
});
