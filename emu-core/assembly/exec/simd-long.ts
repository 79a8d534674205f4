// Widening and narrowing AdvSIMD operations: three different (SADDL, SMLAL, ADDHN, ...),
// their by-element and scalar forms, and the narrowing/widening two-register misc and
// shift-by-immediate instructions (XTN, SQXTN, SHLL, SADDLP, SHRN, SQRSHRUN, SSHLL, ...).
//
// The "2" forms (Q = 1) read the upper half of the narrow source, or write the upper half
// of the narrow destination while keeping its lower half:
//
//   SADDL2 Vd.4S, Vn.8H, Vm.8H         XTN2 Vd.8H, Vn.4S
//   Vn: [ h7 h6 h5 h4 | h3 .. h0 ]     Vd: [ new n3..n0 | old lower half kept ]
//         ^^^^^^^^^^^ used                    ^^^^^^^^^^^ written

import { vAddr } from '../state';
import { undefinedInstruction } from '../exceptions';
import { SCRATCH, lane, laneS, setLane, writeV, setScalar, sext, lowMask } from '../vregs';
import { satS, satU, sqadd, sqsub, sqdmull, pmulNarrow, asr, lsr, rshrS, rshrU, setQCIf } from './simd-int';
import { elemIndex, elemReg, badElemSize } from './simd-engine';
import { rd, rn, rm, qOf, sizeOf, laneCount, bitsOf } from './simd-fields';

// ---- long operations: narrow operands a, b, wide accumulator d ------------------------------------
// (SADDL/UADDW/SSUBL... and SMULL/UMULL of the three-different group are in simd-fast.ts)
@inline export const L_SABAL: u32 = 0;
@inline export const L_UABAL: u32 = 1;
@inline export const L_SABDL: u32 = 2;
@inline export const L_UABDL: u32 = 3;
@inline export const L_SMLAL: u32 = 4;
@inline export const L_UMLAL: u32 = 5;
@inline export const L_SMLSL: u32 = 6;
@inline export const L_UMLSL: u32 = 7;
@inline export const L_SMULL: u32 = 8;
@inline export const L_UMULL: u32 = 9;
@inline export const L_SQDMLAL: u32 = 10;
@inline export const L_SQDMLSL: u32 = 11;
@inline export const L_SQDMULL: u32 = 12;
@inline export const L_PMULL: u32 = 13;

@inline function absDiff(x: i64, y: i64): u64 {
  return <u64>(x > y ? x - y : y - x);
}

/** One wide result element (2 * bits) from narrow elements a, b of `bits` bits. */
export function longOp(op: u32, a: u64, b: u64, d: u64, bits: u32): u64 {
  let sa = sext(a, bits);
  let sb = sext(b, bits);
  let wbits = bits * 2;
  switch (op) {
    case L_SABAL: return d + absDiff(sa, sb);
    case L_UABAL: return d + absDiff(<i64>a, <i64>b);
    case L_SABDL: return absDiff(sa, sb);
    case L_UABDL: return absDiff(<i64>a, <i64>b);
    case L_SMLAL: return d + <u64>(sa * sb);
    case L_UMLAL: return d + a * b;
    case L_SMLSL: return d - <u64>(sa * sb);
    case L_UMLSL: return d - a * b;
    case L_SMULL: return <u64>(sa * sb);
    case L_UMULL: return a * b;
    case L_SQDMULL: return sqdmull(sa, sb, bits);
    case L_SQDMLAL: return sqadd(sext(d, wbits), sext(sqdmull(sa, sb, bits), wbits), wbits);
    case L_SQDMLSL: return sqsub(sext(d, wbits), sext(sqdmull(sa, sb, bits), wbits), wbits);
    case L_PMULL: return pmulNarrow(a, b, bits);
  }
  unreachable();
  return 0;
}

/** The SQDM* forms exist for 16- and 32-bit elements only. */
@inline export function isSqdm(op: u32): bool {
  return op == L_SQDMLAL || op == L_SQDMLSL || op == L_SQDMULL;
}

/** Three different, long forms: Vd (wide) = op(Vn part, Vm part). */
export function vecLong(i: u32, op: u32): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3 || (size == 0 && isSqdm(op))) { undefinedInstruction(); return; }
  let n = vAddr(rn(i));
  let m = vAddr(rm(i));
  let d = vAddr(rd(i));
  let half = laneCount(size, 0);
  let base = q ? half : 0;
  let bits = bitsOf(size);
  for (let e: u32 = 0; e < half; e++) {
    let r = longOp(op, lane(n, base + e, size), lane(m, base + e, size), lane(d, e, size + 1), bits);
    setLane(SCRATCH, e, size + 1, r);
  }
  writeV(rd(i), SCRATCH, 1);
}

/** By element, long forms: Vd (wide) = op(Vn part, Vm[index]). */
export function vecLongByElem(i: u32, op: u32): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (badElemSize(size)) { undefinedInstruction(); return; }
  let b = lane(vAddr(elemReg(i, size)), elemIndex(i, size), size);
  let n = vAddr(rn(i));
  let d = vAddr(rd(i));
  let half = laneCount(size, 0);
  let base = q ? half : 0;
  let bits = bitsOf(size);
  for (let e: u32 = 0; e < half; e++) {
    setLane(SCRATCH, e, size + 1, longOp(op, lane(n, base + e, size), b, lane(d, e, size + 1), bits));
  }
  writeV(rd(i), SCRATCH, 1);
}

/** Scalar SQDMLAL/SQDMLSL/SQDMULL (size 01 or 10). */
export function scalarLong(i: u32, op: u32): void {
  let size = sizeOf(i);
  if (badElemSize(size)) { undefinedInstruction(); return; }
  let r = longOp(op, lane(vAddr(rn(i)), 0, size), lane(vAddr(rm(i)), 0, size), lane(vAddr(rd(i)), 0, size + 1), bitsOf(size));
  setScalar(rd(i), size + 1, r);
}

/** Scalar by element SQDMLAL/SQDMLSL/SQDMULL. */
export function scalarLongByElem(i: u32, op: u32): void {
  let size = sizeOf(i);
  if (badElemSize(size)) { undefinedInstruction(); return; }
  let b = lane(vAddr(elemReg(i, size)), elemIndex(i, size), size);
  let r = longOp(op, lane(vAddr(rn(i)), 0, size), b, lane(vAddr(rd(i)), 0, size + 1), bitsOf(size));
  setScalar(rd(i), size + 1, r);
}

// ---- narrowing -------------------------------------------------------------------------------------
// A wide element (2 * bits) is optionally shifted right (with rounding) and then truncated or
// saturated to `bits` bits.
@inline export const N_TRUNC: u32 = 0; // XTN, SHRN, RSHRN
@inline export const N_SSAT: u32 = 1; // SQXTN, SQSHRN, SQRSHRN: signed -> signed
@inline export const N_USAT: u32 = 2; // UQXTN, UQSHRN, UQRSHRN: unsigned -> unsigned
@inline export const N_SUSAT: u32 = 3; // SQXTUN, SQSHRUN, SQRSHRUN: signed -> unsigned

/** Narrow one wide element `a` (2 * bits, zero-extended) after shifting right by `shift` (0 = none). */
export function narrowElem(kind: u32, a: u64, bits: u32, shift: u32, round: bool): u64 {
  let wbits = bits * 2;
  if (kind == N_TRUNC || kind == N_USAT) {
    let u = shift == 0 ? a : round ? rshrU(a, shift) : lsr(a, shift);
    if (kind == N_TRUNC) return u;
    let max = lowMask(bits);
    setQCIf(u > max);
    return u > max ? max : u;
  }
  let sa = sext(a, wbits);
  let s = shift == 0 ? sa : round ? rshrS(sa, shift) : asr(sa, shift);
  return kind == N_SSAT ? satS(s, bits) : satU(s, bits);
}

/** Narrow every element of Vn (wide) into the lower (Q = 0) or upper (Q = 1) half of Vd. */
export function vecNarrow(i: u32, size: u32, kind: u32, shift: u32, round: bool): void {
  let q = qOf(i);
  let n = vAddr(rn(i));
  let half = laneCount(size, 0);
  let bits = bitsOf(size);
  store<u64>(SCRATCH, load<u64>(vAddr(rd(i)))); // the lower half stays when Q = 1
  let base = q ? half : 0;
  for (let e: u32 = 0; e < half; e++) {
    setLane(SCRATCH, base + e, size, narrowElem(kind, lane(n, e, size + 1), bits, shift, round));
  }
  writeV(rd(i), SCRATCH, q);
}

/** Scalar narrowing: Vd<bits> = narrow(Vn<2 * bits>). */
export function scalarNarrow(i: u32, size: u32, kind: u32, shift: u32, round: bool): void {
  let r = narrowElem(kind, lane(vAddr(rn(i)), 0, size + 1), bitsOf(size), shift, round);
  setScalar(rd(i), size, r);
}

/** ADDHN, RADDHN, SUBHN, RSUBHN: the high half of the wide sum or difference. */
export function vecAddHighNarrow(i: u32, sub: bool, round: bool): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3) { undefinedInstruction(); return; }
  let n = vAddr(rn(i));
  let m = vAddr(rm(i));
  let half = laneCount(size, 0);
  let bits = bitsOf(size);
  store<u64>(SCRATCH, load<u64>(vAddr(rd(i))));
  let base = q ? half : 0;
  for (let e: u32 = 0; e < half; e++) {
    let a = lane(n, e, size + 1);
    let b = lane(m, e, size + 1);
    // Only bits [bits, 2 * bits) of the sum matter, so arithmetic modulo 2^64 is exact.
    let r = sub ? a - b : a + b;
    if (round) r += <u64>1 << <u64>(bits - 1);
    setLane(SCRATCH, base + e, size, r >> <u64>bits);
  }
  writeV(rd(i), SCRATCH, q);
}

// ---- widening --------------------------------------------------------------------------------------

/** Vd (wide) = extend(Vn part) << shift: SSHLL, USHLL, SHLL. */
export function vecWiden(i: u32, size: u32, signed: bool, shift: u32): void {
  let q = qOf(i);
  let n = vAddr(rn(i));
  let half = laneCount(size, 0);
  let base = q ? half : 0;
  for (let e: u32 = 0; e < half; e++) {
    let v = signed ? <u64>laneS(n, base + e, size) : lane(n, base + e, size);
    setLane(SCRATCH, e, size + 1, v << <u64>shift);
  }
  writeV(rd(i), SCRATCH, 1);
}

/** SADDLP, UADDLP, SADALP, UADALP: Vd[e] (wide) = (Vd[e] +) Vn[2e] + Vn[2e + 1]. */
export function vecAddPairLong(i: u32, signed: bool, accumulate: bool): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3) { undefinedInstruction(); return; }
  let n = vAddr(rn(i));
  let d = vAddr(rd(i));
  let count = laneCount(size + 1, q);
  for (let e: u32 = 0; e < count; e++) {
    let x = signed ? <u64>laneS(n, 2 * e, size) : lane(n, 2 * e, size);
    let y = signed ? <u64>laneS(n, 2 * e + 1, size) : lane(n, 2 * e + 1, size);
    let r = x + y;
    if (accumulate) r += lane(d, e, size + 1);
    setLane(SCRATCH, e, size + 1, r);
  }
  writeV(rd(i), SCRATCH, q);
}
