// Data movement in AdvSIMD: copy (DUP, INS, UMOV, SMOV), modified immediate (MOVI, MVNI,
// ORR, BIC, FMOV), permute (ZIP, UZP, TRN), EXT and TBL/TBX (REV is in simd-fast.ts).

import { vAddr, getX, setX } from '../state';
import { undefinedInstruction } from '../exceptions';
import { SCRATCH, lane, laneS, setLane, writeV, setScalar, setVQ, getV128, lowMask } from '../vregs';
import { replicate } from './alu-helpers';
import { rd, rn, rm, qOf, sizeOf, laneCount } from './simd-fields';

// ---- copy ----------------------------------------------------------------------------------------
// imm5 encodes the element size (its lowest set bit) and the index (the bits above it):
//   imm5 = xxxx1 B[xxxx], xxx10 H[xxx], xx100 S[xx], x1000 D[x], x0000 reserved.

@inline function imm5Of(i: u32): u32 { return (i >> 16) & 31; }
/** Element size of imm5, or 4 when imm5<3:0> = 0 (reserved). */
@inline function imm5Size(imm5: u32): u32 { return <u32>ctz<u32>(imm5 | 16); }
@inline function imm5Index(imm5: u32, size: u32): u32 { return imm5 >> (size + 1); }

/** DUP (element), vector: every element of Vd = Vn[index]. */
export function dupElemVec(i: u32): void {
  let imm5 = imm5Of(i);
  let size = imm5Size(imm5);
  let q = qOf(i);
  if (size > 3 || (size == 3 && q == 0)) { undefinedInstruction(); return; }
  let v = lane(vAddr(rn(i)), imm5Index(imm5, size), size);
  dupValue(rd(i), v, size, q);
}

/** DUP (element), scalar: Vd = Vn[index] as a scalar. */
export function dupElemScalar(i: u32): void {
  let imm5 = imm5Of(i);
  let size = imm5Size(imm5);
  if (size > 3) { undefinedInstruction(); return; }
  setScalar(rd(i), size, lane(vAddr(rn(i)), imm5Index(imm5, size), size));
}

/** DUP (general): every element of Vd = the low bits of Xn. */
export function dupGeneral(i: u32): void {
  let size = imm5Size(imm5Of(i));
  let q = qOf(i);
  if (size > 3 || (size == 3 && q == 0)) { undefinedInstruction(); return; }
  dupValue(rd(i), getX(rn(i)), size, q);
}

@inline function dupValue(d: u32, v: u64, size: u32, q: u32): void {
  let x = replicate(v & lowMask(8 << size), 8 << size, 64);
  setVQ(d, i64x2(<i64>x, <i64>x), q);
}

/** INS (general): Vd[index] = Xn, other elements kept. */
export function insGeneral(i: u32): void {
  let imm5 = imm5Of(i);
  let size = imm5Size(imm5);
  if (size > 3) { undefinedInstruction(); return; }
  setLane(vAddr(rd(i)), imm5Index(imm5, size), size, getX(rn(i)));
}

/** INS (element): Vd[imm5 index] = Vn[imm4 index], other elements kept. */
export function insElement(i: u32): void {
  let imm5 = imm5Of(i);
  let size = imm5Size(imm5);
  if (size > 3) { undefinedInstruction(); return; }
  let src = ((i >> 11) & 15) >> size;
  let v = lane(vAddr(rn(i)), src, size);
  setLane(vAddr(rd(i)), imm5Index(imm5, size), size, v);
}

/** UMOV: Wd (Q = 0; B, H, S) or Xd (Q = 1; D) = Vn[index], zero-extended. */
export function umov(i: u32): void {
  let imm5 = imm5Of(i);
  let size = imm5Size(imm5);
  let q = qOf(i);
  if (size > 3 || (q == 0 && size == 3) || (q == 1 && size != 3)) { undefinedInstruction(); return; }
  setX(rd(i), lane(vAddr(rn(i)), imm5Index(imm5, size), size));
}

/** SMOV: Wd (Q = 0; B, H) or Xd (Q = 1; B, H, S) = Vn[index], sign-extended. */
export function smov(i: u32): void {
  let imm5 = imm5Of(i);
  let size = imm5Size(imm5);
  let q = qOf(i);
  if (size >= 3 || (q == 0 && size == 2)) { undefinedInstruction(); return; }
  let v = <u64>laneS(vAddr(rn(i)), imm5Index(imm5, size), size);
  setX(rd(i), q ? v : v & 0xffffffff);
}

// ---- modified immediate ----------------------------------------------------------------------------

/** AdvSIMDExpandImm(op, cmode, imm8): the 64-bit pattern a MOVI-family instruction writes. */
export function expandImm(op: u32, cmode: u32, imm8: u32): u64 {
  let v = <u64>imm8;
  switch (cmode >> 1) {
    case 0: return replicate(v, 32, 64);
    case 1: return replicate(v << 8, 32, 64);
    case 2: return replicate(v << 16, 32, 64);
    case 3: return replicate(v << 24, 32, 64);
    case 4: return replicate(v, 16, 64);
    case 5: return replicate(v << 8, 16, 64);
    case 6: // MSL: shifting ones in
      return replicate((cmode & 1) == 0 ? (v << 8) | 0xff : (v << 16) | 0xffff, 32, 64);
  }
  if ((cmode & 1) == 0) {
    if (op == 0) return replicate(v, 8, 64);
    let r: u64 = 0; // each bit of imm8 becomes a byte of ones
    for (let b: u32 = 0; b < 8; b++) if (((imm8 >> b) & 1) != 0) r |= <u64>0xff << (<u64>b << 3);
    return r;
  }
  // cmode = 1111: the floating-point immediate (VFPExpandImm), single (op 0) or double (op 1)
  let sign = <u64>(imm8 >> 7);
  let b6 = <u64>((imm8 >> 6) & 1);
  let frac = <u64>(imm8 & 0x3f);
  if (op == 0) {
    let s = (sign << 31) | ((b6 ^ 1) << 30) | ((b6 * 0x1f) << 25) | (frac << 19);
    return replicate(s, 32, 64);
  }
  return (sign << 63) | ((b6 ^ 1) << 62) | ((b6 * 0xff) << 54) | (frac << 48);
}

@inline function imm8Of(i: u32): u32 { return (((i >> 16) & 7) << 5) | ((i >> 5) & 31); }
@inline function cmodeOf(i: u32): u32 { return (i >> 12) & 15; }
@inline function opOf(i: u32): u32 { return (i >> 29) & 1; }

/** MOVI, MVNI (invert), FMOV (vector, immediate): Vd = the expanded immediate. */
export function moviFamily(i: u32, invert: bool): void {
  let x = expandImm(opOf(i), cmodeOf(i), imm8Of(i));
  if (invert) x = ~x;
  setVQ(rd(i), i64x2(<i64>x, <i64>x), qOf(i));
}

/** ORR / BIC (vector, immediate): Vd = Vd | imm, or Vd & ~imm. */
export function orrBicImm(i: u32, bic: bool): void {
  let x = expandImm(opOf(i), cmodeOf(i), imm8Of(i));
  let imm = i64x2(<i64>x, <i64>x);
  let v = getV128(rd(i));
  setVQ(rd(i), bic ? v128.andnot(v, imm) : v128.or(v, imm), qOf(i));
}

// ---- permute -----------------------------------------------------------------------------------
@inline export const P_UZP1: u32 = 1;
@inline export const P_TRN1: u32 = 2;
@inline export const P_ZIP1: u32 = 3;
@inline export const P_UZP2: u32 = 5;
@inline export const P_TRN2: u32 = 6;
@inline export const P_ZIP2: u32 = 7;

/** ZIP1/2, UZP1/2, TRN1/2; `kind` is the encoding's opcode field (bit 2 = the "2" form). */
export function permute(i: u32, kind: u32): void {
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3 && q == 0) { undefinedInstruction(); return; }
  let n = vAddr(rn(i));
  let m = vAddr(rm(i));
  let count = laneCount(size, q);
  let half = count >> 1;
  let part = kind >> 2; // 0 for the "1" forms, 1 for the "2" forms
  switch (kind & 3) {
    case 1: // UZP: even (UZP1) or odd (UZP2) elements of Vm:Vn
      for (let e: u32 = 0; e < count; e++) {
        let src: u32 = 2 * e + part;
        let v = src < count ? lane(n, src, size) : lane(m, src - count, size);
        setLane(SCRATCH, e, size, v);
      }
      break;
    case 2: // TRN: even (TRN1) or odd (TRN2) element pairs transposed
      for (let p: u32 = 0; p < half; p++) {
        setLane(SCRATCH, 2 * p, size, lane(n, 2 * p + part, size));
        setLane(SCRATCH, 2 * p + 1, size, lane(m, 2 * p + part, size));
      }
      break;
    default: // ZIP: interleave the lower (ZIP1) or upper (ZIP2) halves
      for (let p: u32 = 0; p < half; p++) {
        setLane(SCRATCH, 2 * p, size, lane(n, part * half + p, size));
        setLane(SCRATCH, 2 * p + 1, size, lane(m, part * half + p, size));
      }
  }
  writeV(rd(i), SCRATCH, q);
}

/** EXT: bytes imm4 .. imm4 + (8 or 16) of Vm:Vn (Vn the low part). */
export function ext(i: u32): void {
  let q = qOf(i);
  let pos = (i >> 11) & 15;
  if (q == 0 && pos >= 8) { undefinedInstruction(); return; }
  let n = vAddr(rn(i));
  let m = vAddr(rm(i));
  let len: u32 = 8 << q;
  for (let b: u32 = 0; b < len; b++) {
    let src = pos + b;
    store<u8>(SCRATCH + b, src < len ? load<u8>(n + src) : load<u8>(m + src - len));
  }
  writeV(rd(i), SCRATCH, q);
}

/**
 * TBL / TBX: each byte of Vm indexes a table of 1-4 consecutive registers (Vn, Vn+1, ...
 * wrapping from V31 to V0). Out-of-range indexes give 0 (TBL) or keep Vd's byte (TBX).
 */
export function tableLookup(i: u32, extend: bool): void {
  let q = qOf(i);
  let regs: u32 = ((i >> 13) & 3) + 1;
  let first = rn(i);
  let m = vAddr(rm(i));
  if (regs == 1) {
    // One register: wasm's swizzle is TBL exactly (indexes >= 16 give 0).
    let idx = getV128(rm(i));
    let r = i8x16.swizzle(getV128(first), idx);
    if (extend) r = v128.bitselect(getV128(rd(i)), r, i8x16.gt_u(idx, i8x16.splat(15)));
    setVQ(rd(i), r, q);
    return;
  }
  let d = vAddr(rd(i));
  let len: u32 = 8 << q;
  let limit = regs << 4;
  for (let b: u32 = 0; b < len; b++) {
    let x = <u32>load<u8>(m + b);
    let v: u32;
    if (x < limit) v = <u32>load<u8>(vAddr((first + (x >> 4)) & 31) + (x & 15));
    else v = extend ? <u32>load<u8>(d + b) : 0;
    store<u8>(SCRATCH + b, <u8>v);
  }
  writeV(rd(i), SCRATCH, q);
}
