// Loops over elements for the AdvSIMD groups whose result element e depends on element e of
// the operands (three same, two-register misc, by element) and for pairwise and across-lanes
// reductions. The element operation itself is elemOp (simd-elem.ts).
//
// Results go to SCRATCH first and are then copied to Vd: Rd may alias Rn or Rm, and the
// pairwise forms read lanes of a source after the same lane of Vd would have been written.

import { vAddr } from '../state';
import { undefinedInstruction } from '../exceptions';
import { SCRATCH, lane, laneS, setLane, writeV, setScalar, lowMask } from '../vregs';
import { elemOp, OP_ADD } from './simd-elem';
import { rd, rn, rm, qOf, sizeOf, laneCount, bitsOf } from './simd-fields';

/**
 * Vector elementwise d[e] = op(n[e], m[e], d[e]). `no64`: 64-bit elements are reserved
 * (size = 11 in any Q); otherwise only size = 11 with Q = 0 is.
 */
export function vecSame(i: u32, op: u32, no64: bool): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3 && (no64 || q == 0)) { undefinedInstruction(); return; }
  let n = vAddr(rn(i));
  let m = vAddr(rm(i));
  let d = vAddr(rd(i));
  let bits = bitsOf(size);
  let count = laneCount(size, q);
  for (let e: u32 = 0; e < count; e++) {
    setLane(SCRATCH, e, size, elemOp(op, lane(n, e, size), lane(m, e, size), lane(d, e, size), bits));
  }
  writeV(rd(i), SCRATCH, q);
}

/** Scalar d = op(n, m, d) on element 0, the rest of Vd cleared. */
export function scalarSame(i: u32, op: u32): void {
  let size = sizeOf(i);
  let r = elemOp(op, lane(vAddr(rn(i)), 0, size), lane(vAddr(rm(i)), 0, size), lane(vAddr(rd(i)), 0, size), bitsOf(size));
  setScalar(rd(i), size, r);
}

/** Vector one-operand d[e] = op(n[e], 0, d[e]) (two-register misc). */
export function vecUnary(i: u32, op: u32, no64: bool): void {
  let size = sizeOf(i);
  if (size == 3 && (no64 || qOf(i) == 0)) { undefinedInstruction(); return; }
  vecUnarySized(i, op, size);
}

/** vecUnary on elements of 2^size bytes whatever the size field says (CNT, NOT, RBIT: bytes). */
export function vecUnarySized(i: u32, op: u32, size: u32): void {
  let q = qOf(i);
  let n = vAddr(rn(i));
  let d = vAddr(rd(i));
  let bits = bitsOf(size);
  let count = laneCount(size, q);
  for (let e: u32 = 0; e < count; e++) {
    setLane(SCRATCH, e, size, elemOp(op, lane(n, e, size), 0, lane(d, e, size), bits));
  }
  writeV(rd(i), SCRATCH, q);
}

/** Scalar one-operand d = op(n, 0, d). */
export function scalarUnary(i: u32, op: u32): void {
  let size = sizeOf(i);
  let r = elemOp(op, lane(vAddr(rn(i)), 0, size), 0, lane(vAddr(rd(i)), 0, size), bitsOf(size));
  setScalar(rd(i), size, r);
}

// ---- by element ---------------------------------------------------------------------------------
// size 01: Vm is V0-V15 (Rm<3:0>), index H:L:M; size 10: Vm is M:Rm<3:0>, index H:L.
// size 00 and 11 are reserved for the integer forms.

/** Register number of the by-element operand. */
@inline export function elemReg(i: u32, size: u32): u32 {
  return size == 1 ? (i >> 16) & 15 : (i >> 16) & 31;
}
/** Index of the by-element operand. */
@inline export function elemIndex(i: u32, size: u32): u32 {
  let hl = ((i >> 10) & 2) | ((i >> 21) & 1);
  return size == 1 ? (hl << 1) | ((i >> 20) & 1) : hl;
}
/** The by-element sizes are 01 and 10 only. */
@inline export function badElemSize(size: u32): bool {
  return size == 0 || size == 3;
}

/** Vector d[e] = op(n[e], m[index], d[e]). */
export function vecByElem(i: u32, op: u32): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (badElemSize(size)) { undefinedInstruction(); return; }
  let b = lane(vAddr(elemReg(i, size)), elemIndex(i, size), size);
  let n = vAddr(rn(i));
  let d = vAddr(rd(i));
  let bits = bitsOf(size);
  let count = laneCount(size, q);
  for (let e: u32 = 0; e < count; e++) {
    setLane(SCRATCH, e, size, elemOp(op, lane(n, e, size), b, lane(d, e, size), bits));
  }
  writeV(rd(i), SCRATCH, q);
}

/** Scalar d = op(n, m[index], d). */
export function scalarByElem(i: u32, op: u32): void {
  let size = sizeOf(i);
  if (badElemSize(size)) { undefinedInstruction(); return; }
  let b = lane(vAddr(elemReg(i, size)), elemIndex(i, size), size);
  let r = elemOp(op, lane(vAddr(rn(i)), 0, size), b, lane(vAddr(rd(i)), 0, size), bitsOf(size));
  setScalar(rd(i), size, r);
}

// ---- pairwise and across lanes ---------------------------------------------------------------------

/**
 * Pairwise d[e] = op(c[2e], c[2e + 1]) over the concatenation c = Vm:Vn (Vn supplies the
 * low half of the result, Vm the high half).
 */
export function vecPairwise(i: u32, op: u32, no64: bool): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3 && (no64 || q == 0)) { undefinedInstruction(); return; }
  let n = vAddr(rn(i));
  let m = vAddr(rm(i));
  let bits = bitsOf(size);
  let count = laneCount(size, q);
  let half = count >> 1;
  for (let e: u32 = 0; e < half; e++) {
    setLane(SCRATCH, e, size, elemOp(op, lane(n, 2 * e, size), lane(n, 2 * e + 1, size), 0, bits));
  }
  for (let e: u32 = 0; e < half; e++) {
    setLane(SCRATCH, half + e, size, elemOp(op, lane(m, 2 * e, size), lane(m, 2 * e + 1, size), 0, bits));
  }
  writeV(rd(i), SCRATCH, q);
}

/** Across lanes (ADDV, SMAXV, ...): only 8B, 16B, 4H, 8H and 4S exist. */
@inline export function badAcross(size: u32, q: u32): bool {
  return size == 3 || (size == 2 && q == 0);
}

/** Reduce all elements of Vn with op into a scalar of the element size. */
export function acrossLanes(i: u32, op: u32): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (badAcross(size, q)) { undefinedInstruction(); return; }
  let n = vAddr(rn(i));
  let bits = bitsOf(size);
  let count = laneCount(size, q);
  let acc = lane(n, 0, size);
  for (let e: u32 = 1; e < count; e++) acc = elemOp(op, acc, lane(n, e, size), 0, bits) & lowMask(bits);
  setScalar(rd(i), size, acc);
}

/** SADDLV / UADDLV: the sum of all elements, in a scalar of twice the element size. */
export function addLongAcross(i: u32, signed: bool): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (badAcross(size, q)) { undefinedInstruction(); return; }
  let n = vAddr(rn(i));
  let count = laneCount(size, q);
  let sum: u64 = 0;
  for (let e: u32 = 0; e < count; e++) sum += signed ? <u64>laneS(n, e, size) : lane(n, e, size);
  setScalar(rd(i), size + 1, sum);
}

/** ADDP (scalar): Dd = Vn.d[0] + Vn.d[1]. */
export function addpScalar(i: u32): void {
  let n = vAddr(rn(i));
  setScalar(rd(i), 3, elemOp(OP_ADD, load<u64>(n), load<u64>(n, 8), 0, 64));
}
