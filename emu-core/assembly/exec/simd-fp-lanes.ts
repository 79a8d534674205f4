// Lane machinery for the AdvSIMD floating-point handlers (exec/simd-fp.ts): apply a per-lane
// operation over the 2 or 4 lanes of a vector, reading every source before writing Vd (which
// may be a source too), and the lane operations that are not plain softfloat entry points.
//
//   a vector register as the handlers see it (little-endian lanes)
//   byte  15          8 7           0
//         |  half 1    |  half 0     |     half = u64, loaded once per operand
//   .4s   | s3  | s2   | s1   | s0   |     Q = 0 (.2s): half 1 of the result is zero
//   .2d   |  d1        |  d0         |

import { vAddr } from '../state';
import { fpEnabled } from '../fpaccess';
import {
  FMT_S, FMT_D, widthOf, signBit, fpcrRounding,
  fpSub, fpMulAdd, fpCompareEQ, fpCompareOrdered, fpToFixed, fixedToFp, fpRoundInt,
} from '../softfloat/index';

/** A lane operation with one operand and a small argument (rounding mode, fbits...). */
export type LaneOp1 = (a: u64, fmt: u32, arg: u32) => u64;
/** A lane operation with two operands. */
export type LaneOp2 = (a: u64, b: u64, fmt: u32) => u64;

@inline export const M32: u64 = 0xffffffff;
@inline export function rd(i: u32): u32 { return i & 31; }
@inline export function rn(i: u32): u32 { return (i >> 5) & 31; }
@inline export function rm(i: u32): u32 { return (i >> 16) & 31; }
@inline export function qOf(i: u32): u32 { return (i >> 30) & 1; }
/** sz (bit 22): single or double lanes. */
@inline export function fmtOf(i: u32): u32 { return ((i >> 22) & 1) != 0 ? FMT_D : FMT_S; }

@inline export function lo64(r: u32): u64 { return load<u64>(vAddr(r)); }
@inline export function hi64(r: u32): u64 { return load<u64>(vAddr(r), 8); }
@inline export function setV(r: u32, lo: u64, hi: u64): void {
  store<u64>(vAddr(r), lo);
  store<u64>(vAddr(r), hi, 8);
}

// ---- whole-vector shapes ----------------------------------------------------------------------

@inline function pair1(op: LaneOp1, x: u64, arg: u32): u64 {
  return (op(x & M32, FMT_S, arg) & M32) | (op(x >> 32, FMT_S, arg) << 32);
}
@inline function pair2(op: LaneOp2, x: u64, y: u64): u64 {
  return (op(x & M32, y & M32, FMT_S) & M32) | (op(x >> 32, y >> 32, FMT_S) << 32);
}

/** Vd[e] = op(Vn[e]) for every lane. */
export function vecUnary(i: u32, op: LaneOp1, arg: u32): void {
  if (!fpEnabled()) return;
  let n0 = lo64(rn(i)), n1 = hi64(rn(i));
  let r0: u64, r1: u64 = 0;
  if (fmtOf(i) == FMT_D) {
    r0 = op(n0, FMT_D, arg);
    r1 = op(n1, FMT_D, arg);
  } else {
    r0 = pair1(op, n0, arg);
    if (qOf(i)) r1 = pair1(op, n1, arg);
  }
  setV(rd(i), r0, r1);
}

/** Vd[e] = op(Vn[e], Vm[e]) for every lane. */
export function vecBinary(i: u32, op: LaneOp2): void {
  if (!fpEnabled()) return;
  let n0 = lo64(rn(i)), n1 = hi64(rn(i));
  let m0 = lo64(rm(i)), m1 = hi64(rm(i));
  let r0: u64, r1: u64 = 0;
  if (fmtOf(i) == FMT_D) {
    r0 = op(n0, m0, FMT_D);
    r1 = op(n1, m1, FMT_D);
  } else {
    r0 = pair2(op, n0, m0);
    if (qOf(i)) r1 = pair2(op, n1, m1);
  }
  setV(rd(i), r0, r1);
}

/**
 * Pairwise: the lanes of Vm:Vn (Vn lowest) taken two by two, Vd[e] = op(c[2e], c[2e+1]).
 *   .4s: op(n0,n1) op(n2,n3) op(m0,m1) op(m2,m3)   .2s: op(n0,n1) op(m0,m1)   .2d: op(n0,n1) op(m0,m1)
 */
export function vecPairwise(i: u32, op: LaneOp2): void {
  if (!fpEnabled()) return;
  let n0 = lo64(rn(i)), n1 = hi64(rn(i));
  let m0 = lo64(rm(i)), m1 = hi64(rm(i));
  let r0: u64, r1: u64 = 0;
  if (fmtOf(i) == FMT_D) {
    r0 = op(n0, n1, FMT_D);
    r1 = op(m0, m1, FMT_D);
  } else if (qOf(i)) {
    r0 = (op(n0 & M32, n0 >> 32, FMT_S) & M32) | (op(n1 & M32, n1 >> 32, FMT_S) << 32);
    r1 = (op(m0 & M32, m0 >> 32, FMT_S) & M32) | (op(m1 & M32, m1 >> 32, FMT_S) << 32);
  } else {
    r0 = (op(n0 & M32, n0 >> 32, FMT_S) & M32) | (op(m0 & M32, m0 >> 32, FMT_S) << 32);
  }
  setV(rd(i), r0, r1);
}

/** Vd[e] = FPMulAdd(Vd[e], +-Vn[e], Vm[e]) (FMLA, FMLS). */
export function vecMulAdd(i: u32, negN: bool): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  let nflip = negN ? signBit(1, fmt) : 0;
  let d0 = lo64(rd(i)), d1 = hi64(rd(i));
  let n0 = lo64(rn(i)), n1 = hi64(rn(i));
  let m0 = lo64(rm(i)), m1 = hi64(rm(i));
  let r0: u64, r1: u64 = 0;
  if (fmt == FMT_D) {
    r0 = fpMulAdd(d0, n0 ^ nflip, m0, FMT_D);
    r1 = fpMulAdd(d1, n1 ^ nflip, m1, FMT_D);
  } else {
    r0 = mulAddPair(d0, n0, m0, nflip);
    if (qOf(i)) r1 = mulAddPair(d1, n1, m1, nflip);
  }
  setV(rd(i), r0, r1);
}
@inline function mulAddPair(d: u64, n: u64, m: u64, nflip: u64): u64 {
  let lo = fpMulAdd(d & M32, (n & M32) ^ nflip, m & M32, FMT_S);
  let hi = fpMulAdd(d >> 32, (n >> 32) ^ nflip, m >> 32, FMT_S);
  return (lo & M32) | (hi << 32);
}

// ---- lane operations ----------------------------------------------------------------------------

/** All ones in a lane of the format's width. */
@inline export function laneOnes(fmt: u32): u64 {
  return fmt == FMT_D ? <u64>-1 : M32;
}
@inline export function fpAbs(a: u64, fmt: u32): u64 {
  return a & ~signBit(1, fmt);
}

export function laneAbd(a: u64, b: u64, fmt: u32): u64 { return fpAbs(fpSub(a, b, fmt), fmt); }
export function laneCmpEQ(a: u64, b: u64, fmt: u32): u64 { return fpCompareEQ(a, b, fmt) ? laneOnes(fmt) : 0; }
export function laneCmpGE(a: u64, b: u64, fmt: u32): u64 { return fpCompareOrdered(a, b, true, fmt) ? laneOnes(fmt) : 0; }
export function laneCmpGT(a: u64, b: u64, fmt: u32): u64 { return fpCompareOrdered(a, b, false, fmt) ? laneOnes(fmt) : 0; }
export function laneAbsGE(a: u64, b: u64, fmt: u32): u64 {
  return fpCompareOrdered(fpAbs(a, fmt), fpAbs(b, fmt), true, fmt) ? laneOnes(fmt) : 0;
}
export function laneAbsGT(a: u64, b: u64, fmt: u32): u64 {
  return fpCompareOrdered(fpAbs(a, fmt), fpAbs(b, fmt), false, fmt) ? laneOnes(fmt) : 0;
}

// Compare against +0.0: `arg` says which (the pseudocode's CompareOp).
@inline export const CMP_GT: u32 = 0; // x > 0
@inline export const CMP_GE: u32 = 1; // x >= 0
@inline export const CMP_EQ: u32 = 2; // x == 0
@inline export const CMP_LE: u32 = 3; // x <= 0, evaluated as 0 >= x
@inline export const CMP_LT: u32 = 4; // x < 0, evaluated as 0 > x
export function laneCmpZero(a: u64, fmt: u32, op: u32): u64 {
  let t: bool;
  if (op == CMP_GT) t = fpCompareOrdered(a, 0, false, fmt);
  else if (op == CMP_GE) t = fpCompareOrdered(a, 0, true, fmt);
  else if (op == CMP_EQ) t = fpCompareEQ(a, 0, fmt);
  else if (op == CMP_LE) t = fpCompareOrdered(0, a, true, fmt);
  else t = fpCompareOrdered(0, a, false, fmt);
  return t ? laneOnes(fmt) : 0;
}

// FPRoundInt: arg = rounding mode | EXACT.
@inline export const EXACT: u32 = 8;
export function laneRoundInt(a: u64, fmt: u32, arg: u32): u64 {
  return fpRoundInt(a, fmt, arg & 7, (arg & EXACT) != 0);
}
/** FRINTX/FRINTI: the rounding mode comes from FPCR at execution time. */
export function laneRoundIntFpcr(a: u64, fmt: u32, arg: u32): u64 {
  return fpRoundInt(a, fmt, fpcrRounding(), (arg & EXACT) != 0);
}

// FPToFixed / FixedToFP within a lane: arg = rounding mode | UNSIGNED | fbits << FBITS_SHIFT.
@inline export const UNSIGNED: u32 = 16;
@inline export const FBITS_SHIFT: u32 = 8;
export function laneToFixed(a: u64, fmt: u32, arg: u32): u64 {
  return fpToFixed(a, fmt, <i32>(arg >> FBITS_SHIFT), (arg & UNSIGNED) != 0, widthOf(fmt), arg & 7);
}
export function laneFromFixed(a: u64, fmt: u32, arg: u32): u64 {
  return fixedToFp(a, widthOf(fmt), (arg & UNSIGNED) != 0, <i32>(arg >> FBITS_SHIFT), fmt, fpcrRounding());
}
