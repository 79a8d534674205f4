// AdvSIMD shift by immediate, vector and scalar. The element size and the shift amount
// are both encoded in immh:immb:
//
//   immh      element    right shift (SSHR...)      left shift (SHL...)
//   0001      8 bits     16 - immh:immb (1..8)      immh:immb - 8  (0..7)
//   001x     16 bits     32 - immh:immb (1..16)     immh:immb - 16 (0..15)
//   01xx     32 bits     64 - immh:immb (1..32)     immh:immb - 32 (0..31)
//   1xxx     64 bits    128 - immh:immb (1..64)     immh:immb - 64 (0..63)
//   0000     (the modified-immediate group; a shift encoding with it is UNDEF)
//
// For the narrowing and widening forms immh gives the narrow element size and 1xxx is reserved.

import { vAddr } from '../state';
import { undefinedInstruction } from '../exceptions';
import { SCRATCH, lane, setLane, writeV, setScalar, sext, lowMask } from '../vregs';
import { asr, lsr, rshrS, rshrU, sqshl, uqshl, sqshlu } from './simd-int';
import { vecNarrow, scalarNarrow, vecWiden } from './simd-long';
import { rd, rn, qOf, laneCount, bitsOf } from './simd-fields';

@inline function immh(i: u32): u32 { return (i >> 19) & 15; }
@inline function immhb(i: u32): u32 { return (i >> 16) & 0x7f; }
/** log2 of the element size in bytes: the position of immh's highest set bit (immh != 0). */
@inline function shiftSize(i: u32): u32 { return 31 - clz<u32>(immh(i)); }
@inline function rightAmount(i: u32, size: u32): u32 { return (16 << size) - immhb(i); }
@inline function leftAmount(i: u32, size: u32): u32 { return immhb(i) - (8 << size); }

@inline export const SH_SSHR: u32 = 0;
@inline export const SH_USHR: u32 = 1;
@inline export const SH_SSRA: u32 = 2;
@inline export const SH_USRA: u32 = 3;
@inline export const SH_SRSHR: u32 = 4;
@inline export const SH_URSHR: u32 = 5;
@inline export const SH_SRSRA: u32 = 6;
@inline export const SH_URSRA: u32 = 7;
@inline export const SH_SRI: u32 = 8;
@inline export const SH_SHL: u32 = 9;
@inline export const SH_SLI: u32 = 10;
@inline export const SH_SQSHLU: u32 = 11;
@inline export const SH_SQSHL: u32 = 12;
@inline export const SH_UQSHL: u32 = 13;

/** Does this kind shift left (amount from immh:immb - esize)? */
@inline function isLeft(kind: u32): bool {
  return kind >= SH_SHL;
}

/** One element: a the source element, d the old destination element, n the shift amount. */
function shiftElem(kind: u32, a: u64, d: u64, n: u32, bits: u32): u64 {
  let sa = sext(a, bits);
  switch (kind) {
    case SH_SSHR: return <u64>asr(sa, n);
    case SH_USHR: return lsr(a, n);
    case SH_SSRA: return d + <u64>asr(sa, n);
    case SH_USRA: return d + lsr(a, n);
    case SH_SRSHR: return <u64>rshrS(sa, n);
    case SH_URSHR: return rshrU(a, n);
    case SH_SRSRA: return d + <u64>rshrS(sa, n);
    case SH_URSRA: return d + rshrU(a, n);
    case SH_SRI: {
      let m = lsr(lowMask(bits), n); // the bits the shifted value supplies
      return (d & ~m) | (lsr(a, n) & m);
    }
    case SH_SHL: return a << <u64>n;
    case SH_SLI: {
      let m = lowMask(bits) << <u64>n;
      return (d & ~m) | ((a << <u64>n) & m);
    }
    case SH_SQSHLU: return sqshlu(sa, n, bits);
    case SH_SQSHL: return sqshl(sa, n, bits);
    case SH_UQSHL: return uqshl(a, n, bits);
  }
  unreachable();
  return 0;
}

/** Vector shift by immediate (non-narrowing). */
export function vecShiftImm(i: u32, kind: u32): void {
  let q = qOf(i);
  if (immh(i) == 0) { undefinedInstruction(); return; }
  let size = shiftSize(i);
  if (size == 3 && q == 0) { undefinedInstruction(); return; }
  let amount = isLeft(kind) ? leftAmount(i, size) : rightAmount(i, size);
  let n = vAddr(rn(i));
  let d = vAddr(rd(i));
  let bits = bitsOf(size);
  let count = laneCount(size, q);
  for (let e: u32 = 0; e < count; e++) {
    setLane(SCRATCH, e, size, shiftElem(kind, lane(n, e, size), lane(d, e, size), amount, bits));
  }
  writeV(rd(i), SCRATCH, q);
}

/** Scalar shift by immediate. `only64`: the plain shifts exist for 64-bit elements only. */
export function scalarShiftImm(i: u32, kind: u32, only64: bool): void {
  if (immh(i) == 0 || (only64 && immh(i) < 8)) { undefinedInstruction(); return; }
  let size = shiftSize(i);
  let amount = isLeft(kind) ? leftAmount(i, size) : rightAmount(i, size);
  let r = shiftElem(kind, lane(vAddr(rn(i)), 0, size), lane(vAddr(rd(i)), 0, size), amount, bitsOf(size));
  setScalar(rd(i), size, r);
}

/** Narrowing shifts (SHRN, SQRSHRUN, ...): immh selects the narrow size; 1xxx is reserved. */
export function vecShiftNarrow(i: u32, kind: u32, round: bool): void {
  if (immh(i) == 0 || immh(i) >= 8) { undefinedInstruction(); return; }
  let size = shiftSize(i);
  vecNarrow(i, size, kind, rightAmount(i, size), round);
}

export function scalarShiftNarrow(i: u32, kind: u32, round: bool): void {
  if (immh(i) == 0 || immh(i) >= 8) { undefinedInstruction(); return; }
  let size = shiftSize(i);
  scalarNarrow(i, size, kind, rightAmount(i, size), round);
}

/** SSHLL / USHLL: widen the lower or upper half of Vn and shift left. */
export function vecShiftLong(i: u32, signed: bool): void {
  if (immh(i) == 0 || immh(i) >= 8) { undefinedInstruction(); return; }
  let size = shiftSize(i);
  vecWiden(i, size, signed, leftAmount(i, size));
}
