// The per-element operations shared by the three-same, two-register-misc and by-element
// groups, selected by an operation code. One table-driven element function keeps the ~40
// elementwise instructions to one loop each (vector) or one call (scalar); the most common
// ones also have whole-vector wasm SIMD paths in simd-fast.ts.

import {
  sqadd, sqsub, uqadd, uqsub, suqadd, usqadd, sqneg, sqabs, shiftReg, sqdmulh,
  pmulNarrow, clzN, clsN, rbit8, urecpe, ursqrte,
} from './simd-int';
import { sext } from '../vregs';

// Two-operand operations d = f(a, b, d).
@inline export const OP_SHADD: u32 = 0;
@inline export const OP_UHADD: u32 = 1;
@inline export const OP_SRHADD: u32 = 2;
@inline export const OP_URHADD: u32 = 3;
@inline export const OP_SHSUB: u32 = 4;
@inline export const OP_UHSUB: u32 = 5;
@inline export const OP_SQADD: u32 = 6;
@inline export const OP_UQADD: u32 = 7;
@inline export const OP_SQSUB: u32 = 8;
@inline export const OP_UQSUB: u32 = 9;
@inline export const OP_CMGT: u32 = 10;
@inline export const OP_CMHI: u32 = 11;
@inline export const OP_CMGE: u32 = 12;
@inline export const OP_CMHS: u32 = 13;
@inline export const OP_CMEQ: u32 = 14;
@inline export const OP_CMTST: u32 = 15;
@inline export const OP_SSHL: u32 = 16;
@inline export const OP_USHL: u32 = 17;
@inline export const OP_SRSHL: u32 = 18;
@inline export const OP_URSHL: u32 = 19;
@inline export const OP_SQSHL: u32 = 20;
@inline export const OP_UQSHL: u32 = 21;
@inline export const OP_SQRSHL: u32 = 22;
@inline export const OP_UQRSHL: u32 = 23;
@inline export const OP_SMAX: u32 = 24;
@inline export const OP_UMAX: u32 = 25;
@inline export const OP_SMIN: u32 = 26;
@inline export const OP_UMIN: u32 = 27;
@inline export const OP_SABD: u32 = 28;
@inline export const OP_UABD: u32 = 29;
@inline export const OP_SABA: u32 = 30;
@inline export const OP_UABA: u32 = 31;
@inline export const OP_ADD: u32 = 32;
@inline export const OP_SUB: u32 = 33;
@inline export const OP_MLA: u32 = 34;
@inline export const OP_MLS: u32 = 35;
@inline export const OP_MUL: u32 = 36;
@inline export const OP_PMUL: u32 = 37;
@inline export const OP_SQDMULH: u32 = 38;
@inline export const OP_SQRDMULH: u32 = 39;
// One-operand operations d = f(a) (b is ignored) and the accumulating SUQADD/USQADD (d = f(d, a)).
@inline export const OP_ABS: u32 = 40;
@inline export const OP_SQABS: u32 = 41;
@inline export const OP_SQNEG: u32 = 42;
@inline export const OP_CLS: u32 = 43;
@inline export const OP_CLZ: u32 = 44;
@inline export const OP_CNT: u32 = 45;
@inline export const OP_RBIT: u32 = 46;
@inline export const OP_NOT: u32 = 47;
@inline export const OP_URECPE: u32 = 48;
@inline export const OP_URSQRTE: u32 = 49;
@inline export const OP_SUQADD: u32 = 50;
@inline export const OP_USQADD: u32 = 51;
@inline export const OP_NEG: u32 = 52;
// Comparisons against zero (b is ignored).
@inline export const OP_CMGT0: u32 = 53;
@inline export const OP_CMGE0: u32 = 54;
@inline export const OP_CMEQ0: u32 = 55;
@inline export const OP_CMLE0: u32 = 56;
@inline export const OP_CMLT0: u32 = 57;

@inline function mask(c: bool): u64 {
  return c ? 0xffffffffffffffff : 0;
}

/**
 * One element of `bits` bits: a and b zero-extended operands, d the destination's old
 * element (accumulating forms). Returns the result in the low `bits` bits.
 */
export function elemOp(op: u32, a: u64, b: u64, d: u64, bits: u32): u64 {
  let sa = sext(a, bits);
  let sb = sext(b, bits);
  switch (op) {
    case OP_SHADD: return <u64>((sa + sb) >> 1);
    case OP_UHADD: return (a + b) >> 1;
    case OP_SRHADD: return <u64>((sa + sb + 1) >> 1);
    case OP_URHADD: return (a + b + 1) >> 1;
    case OP_SHSUB: return <u64>((sa - sb) >> 1);
    case OP_UHSUB: return <u64>((<i64>a - <i64>b) >> 1);
    case OP_SQADD: return sqadd(sa, sb, bits);
    case OP_UQADD: return uqadd(a, b, bits);
    case OP_SQSUB: return sqsub(sa, sb, bits);
    case OP_UQSUB: return uqsub(a, b);
    case OP_CMGT: return mask(sa > sb);
    case OP_CMHI: return mask(a > b);
    case OP_CMGE: return mask(sa >= sb);
    case OP_CMHS: return mask(a >= b);
    case OP_CMEQ: return mask(a == b);
    case OP_CMTST: return mask((a & b) != 0);
    case OP_SSHL: return shiftReg(a, sa, b, bits, true, false, false);
    case OP_USHL: return shiftReg(a, sa, b, bits, false, false, false);
    case OP_SRSHL: return shiftReg(a, sa, b, bits, true, true, false);
    case OP_URSHL: return shiftReg(a, sa, b, bits, false, true, false);
    case OP_SQSHL: return shiftReg(a, sa, b, bits, true, false, true);
    case OP_UQSHL: return shiftReg(a, sa, b, bits, false, false, true);
    case OP_SQRSHL: return shiftReg(a, sa, b, bits, true, true, true);
    case OP_UQRSHL: return shiftReg(a, sa, b, bits, false, true, true);
    case OP_SMAX: return sa > sb ? a : b;
    case OP_UMAX: return a > b ? a : b;
    case OP_SMIN: return sa < sb ? a : b;
    case OP_UMIN: return a < b ? a : b;
    case OP_SABD: return <u64>(sa > sb ? sa - sb : sb - sa);
    case OP_UABD: return a > b ? a - b : b - a;
    case OP_SABA: return d + <u64>(sa > sb ? sa - sb : sb - sa);
    case OP_UABA: return d + (a > b ? a - b : b - a);
    case OP_ADD: return a + b;
    case OP_SUB: return a - b;
    case OP_MLA: return d + a * b;
    case OP_MLS: return d - a * b;
    case OP_MUL: return a * b;
    case OP_PMUL: return pmulNarrow(a, b, bits);
    case OP_SQDMULH: return sqdmulh(sa, sb, bits, false);
    case OP_SQRDMULH: return sqdmulh(sa, sb, bits, true);
    case OP_ABS: return <u64>(sa < 0 ? -sa : sa);
    case OP_SQABS: return sqabs(sa, bits);
    case OP_SQNEG: return sqneg(sa, bits);
    case OP_NEG: return <u64>(-sa);
    case OP_CLS: return clsN(sa, bits);
    case OP_CLZ: return clzN(a, bits);
    case OP_CNT: return <u64>popcnt<u64>(a);
    case OP_RBIT: return <u64>rbit8(<u32>a);
    case OP_NOT: return ~a;
    case OP_URECPE: return <u64>urecpe(<u32>a);
    case OP_URSQRTE: return <u64>ursqrte(<u32>a);
    case OP_SUQADD: return suqadd(sext(d, bits), a, bits);
    case OP_USQADD: return usqadd(d, sa, bits);
    case OP_CMGT0: return mask(sa > 0);
    case OP_CMGE0: return mask(sa >= 0);
    case OP_CMEQ0: return mask(a == 0);
    case OP_CMLE0: return mask(sa <= 0);
    case OP_CMLT0: return mask(sa < 0);
  }
  unreachable();
  return 0;
}
