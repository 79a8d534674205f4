// Whole-vector wasm SIMD implementations of the AdvSIMD instructions that compiled string,
// memory and checksum loops use most (ADD, SUB, logical, CMEQ/CMxx, MIN/MAX, UMINV/UMAXV,
// ADDP, UADDW and the other widening adds, SMULL/UMULL, shifts by immediate, REV, XTN).
// Each computes exactly what the element loop in simd-engine.ts computes (the differential
// tests check both against QEMU); where wasm lacks an operation (64-bit unsigned compares,
// 64-bit min/max, byte multiplies, 32/64-bit saturation) they fall back to that loop.

import { undefinedInstruction } from '../exceptions';
import { getV128, setV128, setVQ, setScalar, setQC } from '../vregs';
import { vecSame, vecPairwise, acrossLanes } from './simd-engine';
import { rd, rn, rm, qOf, sizeOf } from './simd-fields';

@inline export const F_ADD: u32 = 0;
@inline export const F_SUB: u32 = 1;
@inline export const F_CMEQ: u32 = 2;
@inline export const F_CMGT: u32 = 3;
@inline export const F_CMGE: u32 = 4;
@inline export const F_CMHI: u32 = 5;
@inline export const F_CMHS: u32 = 6;
@inline export const F_CMTST: u32 = 7;
@inline export const F_SMAX: u32 = 8;
@inline export const F_SMIN: u32 = 9;
@inline export const F_UMAX: u32 = 10;
@inline export const F_UMIN: u32 = 11;
@inline export const F_MUL: u32 = 12;

/** Set by lanes(): false when wasm has no lane operation for that op and size. */
let ok: bool = true;

/** a op b on lanes of 2^size bytes (check `ok` afterwards). */
function lanes(op: u32, size: u32, a: v128, b: v128): v128 {
  ok = true;
  switch (op) {
    case F_ADD:
      switch (size) {
        case 0: return i8x16.add(a, b);
        case 1: return i16x8.add(a, b);
        case 2: return i32x4.add(a, b);
        default: return i64x2.add(a, b);
      }
    case F_SUB:
      switch (size) {
        case 0: return i8x16.sub(a, b);
        case 1: return i16x8.sub(a, b);
        case 2: return i32x4.sub(a, b);
        default: return i64x2.sub(a, b);
      }
    case F_CMEQ:
      switch (size) {
        case 0: return i8x16.eq(a, b);
        case 1: return i16x8.eq(a, b);
        case 2: return i32x4.eq(a, b);
        default: return i64x2.eq(a, b);
      }
    case F_CMTST: {
      let t = v128.and(a, b);
      let z = i64x2.splat(0);
      switch (size) {
        case 0: return v128.not(i8x16.eq(t, z));
        case 1: return v128.not(i16x8.eq(t, z));
        case 2: return v128.not(i32x4.eq(t, z));
        default: return v128.not(i64x2.eq(t, z));
      }
    }
    case F_CMGT:
      switch (size) {
        case 0: return i8x16.gt_s(a, b);
        case 1: return i16x8.gt_s(a, b);
        case 2: return i32x4.gt_s(a, b);
        default: return i64x2.gt_s(a, b);
      }
    case F_CMGE:
      switch (size) {
        case 0: return i8x16.ge_s(a, b);
        case 1: return i16x8.ge_s(a, b);
        case 2: return i32x4.ge_s(a, b);
        default: return i64x2.ge_s(a, b);
      }
    case F_CMHI:
      switch (size) {
        case 0: return i8x16.gt_u(a, b);
        case 1: return i16x8.gt_u(a, b);
        case 2: return i32x4.gt_u(a, b);
      }
      break;
    case F_CMHS:
      switch (size) {
        case 0: return i8x16.ge_u(a, b);
        case 1: return i16x8.ge_u(a, b);
        case 2: return i32x4.ge_u(a, b);
      }
      break;
    case F_SMAX:
      switch (size) {
        case 0: return i8x16.max_s(a, b);
        case 1: return i16x8.max_s(a, b);
        case 2: return i32x4.max_s(a, b);
      }
      break;
    case F_SMIN:
      switch (size) {
        case 0: return i8x16.min_s(a, b);
        case 1: return i16x8.min_s(a, b);
        case 2: return i32x4.min_s(a, b);
      }
      break;
    case F_UMAX:
      switch (size) {
        case 0: return i8x16.max_u(a, b);
        case 1: return i16x8.max_u(a, b);
        case 2: return i32x4.max_u(a, b);
      }
      break;
    case F_UMIN:
      switch (size) {
        case 0: return i8x16.min_u(a, b);
        case 1: return i16x8.min_u(a, b);
        case 2: return i32x4.min_u(a, b);
      }
      break;
    case F_MUL:
      switch (size) {
        case 1: return i16x8.mul(a, b);
        case 2: return i32x4.mul(a, b);
      }
      break;
  }
  ok = false;
  return a;
}

/**
 * Three-same vector op through wasm SIMD, falling back to the element loop (with element
 * operation `slowOp`) where wasm has no lane operation of that size.
 */
export function fastSame(i: u32, op: u32, slowOp: u32, no64: bool): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3 && (no64 || q == 0)) { undefinedInstruction(); return; }
  let r = lanes(op, size, getV128(rn(i)), getV128(rm(i)));
  if (!ok) { vecSame(i, slowOp, no64); return; }
  setVQ(rd(i), r, q);
}

/** Comparison against zero through wasm SIMD: CMEQ/CMGT/CMGE #0 as (a op 0), CMLT/CMLE as (0 op a). */
export function fastCompareZero(i: u32, op: u32, zeroFirst: bool, slowOp: u32): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3 && q == 0) { undefinedInstruction(); return; }
  let a = getV128(rn(i));
  let z = i64x2.splat(0);
  let r = zeroFirst ? lanes(op, size, z, a) : lanes(op, size, a, z);
  if (!ok) { vecSame(i, slowOp, false); return; }
  setVQ(rd(i), r, q);
}

/** Bitwise three-same ops (AND, BIC, ORR, ORN, EOR, BSL, BIT, BIF), Q selects 64/128 bits. */
@inline export const B_AND: u32 = 0;
@inline export const B_BIC: u32 = 1;
@inline export const B_ORR: u32 = 2;
@inline export const B_ORN: u32 = 3;
@inline export const B_EOR: u32 = 4;
@inline export const B_BSL: u32 = 5;
@inline export const B_BIT: u32 = 6;
@inline export const B_BIF: u32 = 7;

export function bitwise(i: u32, op: u32): void {
  let n = getV128(rn(i));
  let m = getV128(rm(i));
  let r: v128;
  switch (op) {
    case B_AND: r = v128.and(n, m); break;
    case B_BIC: r = v128.andnot(n, m); break;
    case B_ORR: r = v128.or(n, m); break;
    case B_ORN: r = v128.or(n, v128.not(m)); break;
    case B_EOR: r = v128.xor(n, m); break;
    // bitselect(x, y, c) = (x & c) | (y & ~c)
    case B_BSL: r = v128.bitselect(n, m, getV128(rd(i))); break; // Vd selects: 1 -> Vn, 0 -> Vm
    case B_BIT: r = v128.bitselect(n, getV128(rd(i)), m); break; // insert Vn where Vm is 1
    default: r = v128.bitselect(getV128(rd(i)), n, m); // B_BIF: insert Vn where Vm is 0
  }
  setVQ(rd(i), r, qOf(i));
}

/** ADDP / UMAXP / ... through wasm SIMD: de-interleave Vm:Vn into even and odd lanes, then op. */
export function fastPairwise(i: u32, op: u32, slowOp: u32, no64: bool): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3 && (no64 || q == 0)) { undefinedInstruction(); return; }
  if (q == 0) { vecPairwise(i, slowOp, no64); return; }
  let n = getV128(rn(i));
  let m = getV128(rm(i));
  let even: v128;
  let odd: v128;
  switch (size) {
    case 0:
      even = i8x16.shuffle(n, m, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
      odd = i8x16.shuffle(n, m, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
      break;
    case 1:
      even = i8x16.shuffle(n, m, 0, 1, 4, 5, 8, 9, 12, 13, 16, 17, 20, 21, 24, 25, 28, 29);
      odd = i8x16.shuffle(n, m, 2, 3, 6, 7, 10, 11, 14, 15, 18, 19, 22, 23, 26, 27, 30, 31);
      break;
    case 2:
      even = i8x16.shuffle(n, m, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27);
      odd = i8x16.shuffle(n, m, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
      break;
    default:
      even = i8x16.shuffle(n, m, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23);
      odd = i8x16.shuffle(n, m, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
  }
  let r = lanes(op, size, even, odd);
  if (!ok) { vecPairwise(i, slowOp, no64); return; }
  setVQ(rd(i), r, q);
}

/**
 * UMINV / UMAXV / SMINV / SMAXV on 16 bytes through wasm SIMD (the strlen/memchr idiom);
 * other arrangements use the element loop.
 */
export function fastAcross(i: u32, op: u32, slowOp: u32): void {
  if (qOf(i) == 0 || sizeOf(i) != 0) { acrossLanes(i, slowOp); return; }
  let v = getV128(rn(i));
  // Fold halves: 16 -> 8 -> 4 -> 2 -> 1 bytes.
  v = lanes(op, 0, v, i8x16.shuffle(v, v, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7));
  v = lanes(op, 0, v, i8x16.shuffle(v, v, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3));
  v = lanes(op, 0, v, i8x16.shuffle(v, v, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1));
  v = lanes(op, 0, v, i8x16.shuffle(v, v, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0));
  setScalar(rd(i), 0, <u64>i8x16.extract_lane_u(v, 0));
}

// ---- widening arithmetic (SADDL/UADDW/USUBL/... and SMULL/UMULL) ------------------------------------

/** The lower (q = 0) or upper (q = 1) half of v, each element widened to twice its size. */
function widenHalf(v: v128, size: u32, q: u32, signed: bool): v128 {
  switch (size) {
    case 0:
      if (signed) return q ? i16x8.extend_high_i8x16_s(v) : i16x8.extend_low_i8x16_s(v);
      return q ? i16x8.extend_high_i8x16_u(v) : i16x8.extend_low_i8x16_u(v);
    case 1:
      if (signed) return q ? i32x4.extend_high_i16x8_s(v) : i32x4.extend_low_i16x8_s(v);
      return q ? i32x4.extend_high_i16x8_u(v) : i32x4.extend_low_i16x8_u(v);
    default:
      if (signed) return q ? i64x2.extend_high_i32x4_s(v) : i64x2.extend_low_i32x4_s(v);
      return q ? i64x2.extend_high_i32x4_u(v) : i64x2.extend_low_i32x4_u(v);
  }
}

/**
 * SADDL, UADDL, SSUBL, USUBL (wideA = false) and the W forms (wideA: Vn is already wide):
 * Vd = Vn' op widen(Vm part). op is F_ADD or F_SUB.
 */
export function fastAddLong(i: u32, op: u32, wideA: bool, signed: bool): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3) { undefinedInstruction(); return; }
  let n = getV128(rn(i));
  let a = wideA ? n : widenHalf(n, size, q, signed);
  let b = widenHalf(getV128(rm(i)), size, q, signed);
  setV128(rd(i), lanes(op, size + 1, a, b));
}

/** SMULL / UMULL (vector): the exact products of the lower or upper halves. */
export function fastMulLong(i: u32, signed: bool): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3) { undefinedInstruction(); return; }
  let a = getV128(rn(i));
  let b = getV128(rm(i));
  let r: v128;
  switch (size) {
    case 0:
      if (signed) r = q ? i16x8.extmul_high_i8x16_s(a, b) : i16x8.extmul_low_i8x16_s(a, b);
      else r = q ? i16x8.extmul_high_i8x16_u(a, b) : i16x8.extmul_low_i8x16_u(a, b);
      break;
    case 1:
      if (signed) r = q ? i32x4.extmul_high_i16x8_s(a, b) : i32x4.extmul_low_i16x8_s(a, b);
      else r = q ? i32x4.extmul_high_i16x8_u(a, b) : i32x4.extmul_low_i16x8_u(a, b);
      break;
    default:
      if (signed) r = q ? i64x2.extmul_high_i32x4_s(a, b) : i64x2.extmul_low_i32x4_s(a, b);
      else r = q ? i64x2.extmul_high_i32x4_u(a, b) : i64x2.extmul_low_i32x4_u(a, b);
  }
  setV128(rd(i), r);
}

// ---- shift by immediate -------------------------------------------------------------------------------
@inline export const FS_SHL: u32 = 0;
@inline export const FS_USHR: u32 = 1;
@inline export const FS_SSHR: u32 = 2;
@inline export const FS_USRA: u32 = 3;
@inline export const FS_SSRA: u32 = 4;

/**
 * SHL, USHR, SSHR, USRA, SSRA (vector). wasm shifts take the count modulo the lane width,
 * so a right shift by the full width is rewritten: logical gives 0, arithmetic the sign,
 * which is a shift by width - 1.
 */
export function fastShiftImm(i: u32, kind: u32): void {
  let q = qOf(i);
  let immh = (i >> 19) & 15;
  if (immh == 0) { undefinedInstruction(); return; }
  let size: u32 = 31 - clz<u32>(immh);
  if (size == 3 && q == 0) { undefinedInstruction(); return; }
  let immhb = (i >> 16) & 0x7f;
  let bits: u32 = 8 << size;
  let v = getV128(rn(i));
  let r: v128;
  if (kind == FS_SHL) {
    let n = <i32>(immhb - bits);
    switch (size) {
      case 0: r = i8x16.shl(v, n); break;
      case 1: r = i16x8.shl(v, n); break;
      case 2: r = i32x4.shl(v, n); break;
      default: r = i64x2.shl(v, n);
    }
  } else {
    let n = (2 * bits) - immhb; // 1 .. bits
    let logical = kind == FS_USHR || kind == FS_USRA;
    if (logical && n == bits) {
      r = i64x2.splat(0);
    } else {
      let c = <i32>(n == bits ? bits - 1 : n);
      switch (size) {
        case 0: r = logical ? i8x16.shr_u(v, c) : i8x16.shr_s(v, c); break;
        case 1: r = logical ? i16x8.shr_u(v, c) : i16x8.shr_s(v, c); break;
        case 2: r = logical ? i32x4.shr_u(v, c) : i32x4.shr_s(v, c); break;
        default: r = logical ? i64x2.shr_u(v, c) : i64x2.shr_s(v, c);
      }
    }
    if (kind == FS_USRA || kind == FS_SSRA) r = lanes(F_ADD, size, getV128(rd(i)), r);
  }
  setVQ(rd(i), r, q);
}

// ---- REV16/32/64 and XTN as byte shuffles -------------------------------------------------------------

/** Reverse 2^size-byte elements inside 2^csize-byte containers (REV16: 1, REV32: 2, REV64: 3). */
export function fastReverse(i: u32, csize: u32): void {
  let size = sizeOf(i);
  if (size >= csize) { undefinedInstruction(); return; }
  let v = getV128(rn(i));
  let r: v128;
  switch ((csize << 2) | size) {
    case 0x4: r = i8x16.shuffle(v, v, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14); break; // REV16 .b
    case 0x8: r = i8x16.shuffle(v, v, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12); break; // REV32 .b
    case 0x9: r = i8x16.shuffle(v, v, 2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13); break; // REV32 .h
    case 0xc: r = i8x16.shuffle(v, v, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8); break; // REV64 .b
    case 0xd: r = i8x16.shuffle(v, v, 6, 7, 4, 5, 2, 3, 0, 1, 14, 15, 12, 13, 10, 11, 8, 9); break; // REV64 .h
    default: r = i8x16.shuffle(v, v, 4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11); // REV64 .s
  }
  setVQ(rd(i), r, qOf(i));
}

/** XTN / XTN2: the low half of every wide element, into the lower or upper half of Vd. */
export function fastXtn(i: u32): void {
  let size = sizeOf(i);
  if (size == 3) { undefinedInstruction(); return; }
  let n = getV128(rn(i));
  let narrow: v128;
  switch (size) {
    case 0: narrow = i8x16.shuffle(n, n, 0, 2, 4, 6, 8, 10, 12, 14, 0, 2, 4, 6, 8, 10, 12, 14); break;
    case 1: narrow = i8x16.shuffle(n, n, 0, 1, 4, 5, 8, 9, 12, 13, 0, 1, 4, 5, 8, 9, 12, 13); break;
    default: narrow = i8x16.shuffle(n, n, 0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11);
  }
  if (qOf(i) == 0) {
    setVQ(rd(i), narrow, 0);
  } else {
    // keep Vd's lower half, the narrowed elements go to the upper half
    setV128(rd(i), i8x16.shuffle(getV128(rd(i)), narrow, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23));
  }
}

// ---- saturating add/subtract of 8- and 16-bit lanes ------------------------------------------------
@inline export const FQ_SQADD: u32 = 0;
@inline export const FQ_UQADD: u32 = 1;
@inline export const FQ_SQSUB: u32 = 2;
@inline export const FQ_UQSUB: u32 = 3;

/**
 * SQADD/UQADD/SQSUB/UQSUB on bytes and halfwords through wasm's saturating lane operations;
 * FPSR.QC is set when a lane differs from the wrapping result (it saturated). Wider lanes
 * use the element loop with `slowOp`.
 */
export function fastSatAddSub(i: u32, op: u32, slowOp: u32): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size >= 2) {
    vecSame(i, slowOp, false);
    return;
  }
  let a = getV128(rn(i));
  let b = getV128(rm(i));
  let r: v128;
  let wrapped: v128;
  if (size == 0) {
    switch (op) {
      case FQ_SQADD: r = i8x16.add_sat_s(a, b); break;
      case FQ_UQADD: r = i8x16.add_sat_u(a, b); break;
      case FQ_SQSUB: r = i8x16.sub_sat_s(a, b); break;
      default: r = i8x16.sub_sat_u(a, b);
    }
    wrapped = op == FQ_SQADD || op == FQ_UQADD ? i8x16.add(a, b) : i8x16.sub(a, b);
  } else {
    switch (op) {
      case FQ_SQADD: r = i16x8.add_sat_s(a, b); break;
      case FQ_UQADD: r = i16x8.add_sat_u(a, b); break;
      case FQ_SQSUB: r = i16x8.sub_sat_s(a, b); break;
      default: r = i16x8.sub_sat_u(a, b);
    }
    wrapped = op == FQ_SQADD || op == FQ_UQADD ? i16x8.add(a, b) : i16x8.sub(a, b);
  }
  // Only the lanes Q selects count towards QC.
  let differs = v128.xor(r, wrapped);
  if (q == 0) differs = v128.and(differs, i64x2(-1, 0));
  if (v128.any_true(differs)) setQC();
  setVQ(rd(i), r, q);
}
