// Conversions: FPConvert (between H, S and D), FPToFixed (to integers and fixed point, with
// saturation), FixedToFP, and FPRoundInt (round to an integral value in the same format).

import { FMT_H, fracBits, signBit, fpZero, fpInfinity, fpDefaultNaN } from './format';
import { unpack, uSign, uExp, uSig, K_ZERO, K_INF, K_SNAN, isNaNKind } from './unpack';
import { roundPack, normRoundPack } from './round';
import { processNaN, convertNaN } from './nan';
import { fpcrDN, fpcrAHP, raise, FPSR_IOC, FPSR_IXC, RN, RP, RM, RZ, RA } from './status';

// ---- integer part and rounding class of an unpacked value ----------------------------------

// How far the discarded fraction is from the integer below it.
@inline const FRAC_NONE: u32 = 0;
@inline const FRAC_BELOW_HALF: u32 = 1;
@inline const FRAC_HALF: u32 = 2;
@inline const FRAC_ABOVE_HALF: u32 = 3;

/** Truncated magnitude of the last integerPart() call, and its discarded fraction's class. */
let intPart: u64 = 0;
let fracClass: u32 = FRAC_NONE;

/**
 * Split |value| = sig * 2^(exp - 62), sig normalized, into its integer part (which must fit in
 * 64 bits: the caller handles exp >= 64) and the class of its fraction.
 */
function integerPart(exp: i32, sig: u64): void {
  if (exp >= 62) {
    intPart = sig << <u64>(exp - 62);
    fracClass = FRAC_NONE;
    return;
  }
  if (exp < -1) {
    intPart = 0;
    fracClass = FRAC_BELOW_HALF;
    return;
  }
  let fbits = <u64>(62 - exp); // 1 .. 63 fraction bits
  intPart = sig >> fbits;
  let frac = sig & ((<u64>1 << fbits) - 1);
  let half = <u64>1 << (fbits - 1);
  fracClass = frac == 0 ? FRAC_NONE : frac < half ? FRAC_BELOW_HALF : frac == half ? FRAC_HALF : FRAC_ABOVE_HALF;
}

/**
 * Whether the magnitude goes up to the next integer, for a value of sign `sign` (the
 * pseudocode's RoundDown/"error" formulation, restated on sign and magnitude).
 */
@inline function roundsUp(sign: u32, rmode: u32): bool {
  if (fracClass == FRAC_NONE) return false;
  if (rmode == RN) return fracClass == FRAC_ABOVE_HALF || (fracClass == FRAC_HALF && (intPart & 1) != 0);
  if (rmode == RA) return fracClass >= FRAC_HALF;
  if (rmode == RP) return sign == 0;
  if (rmode == RM) return sign != 0;
  return false; // RZ
}

// ---- FPToFixed -------------------------------------------------------------------------------

/**
 * FPToFixed: bits (format fmt) * 2^fbits rounded to an integer of `size` bits (32 or 64),
 * saturating with IOC; returned zero-extended from `size` bits.
 */
export function fpToFixed(bits: u64, fmt: u32, fbits: i32, unsigned: bool, size: u32, rmode: u32): u64 {
  let k = unpack(bits, fmt);
  let sign = uSign;
  let mask: u64 = size == 64 ? <u64>-1 : 0xffffffff;
  if (isNaNKind(k)) {
    raise(FPSR_IOC);
    return 0;
  }
  if (k == K_ZERO) return 0;
  // the most positive / most negative results
  let maxPos: u64 = unsigned ? mask : mask >> 1;
  let minNeg: u64 = unsigned ? 0 : (mask >> 1) + 1; // magnitude of the most negative
  let exp = uExp + fbits;
  let overflow: bool;
  if (k == K_INF || exp >= 64) {
    overflow = true;
  } else {
    integerPart(exp, uSig);
    if (roundsUp(sign, rmode)) intPart++;
    overflow = sign == 0 ? intPart > maxPos : intPart > minNeg;
  }
  if (overflow) {
    raise(FPSR_IOC);
    return sign == 0 ? maxPos : (0 - minNeg) & mask;
  }
  if (fracClass != FRAC_NONE) raise(FPSR_IXC);
  return (sign == 0 ? intPart : 0 - intPart) & mask;
}

// ---- FixedToFP -------------------------------------------------------------------------------

/** FixedToFP: an integer of `size` bits (signed or not) / 2^fbits, rounded to format fmt. */
export function fixedToFp(x: u64, size: u32, unsigned: bool, fbits: i32, fmt: u32, rmode: u32): u64 {
  if (size == 32) x = unsigned ? x & 0xffffffff : <u64>(<i64><i32>x);
  let neg: u32 = 0;
  if (!unsigned && <i64>x < 0) {
    neg = 1;
    x = 0 - x;
  }
  if (x == 0) return fpZero(0, fmt);
  return normRoundPack(neg, 62 - fbits, x, fmt, rmode);
}

// ---- FPRoundInt ------------------------------------------------------------------------------

/** FPRoundInt: round to an integral value; `exact` (FRINTX) reports inexactness. */
export function fpRoundInt(bits: u64, fmt: u32, rmode: u32, exact: bool): u64 {
  let k = unpack(bits, fmt);
  let sign = uSign;
  if (isNaNKind(k)) return processNaN(k, bits, fmt);
  if (k == K_INF) return fpInfinity(sign, fmt);
  if (k == K_ZERO) return fpZero(sign, fmt);
  if (uExp >= <i32>fracBits(fmt)) return bits; // already integral (and normal: nothing to flush)
  integerPart(uExp, uSig);
  if (roundsUp(sign, rmode)) intPart++;
  let r = intPart == 0 ? fpZero(sign, fmt) : normRoundPack(sign, 62, intPart, fmt, RZ);
  if (fracClass != FRAC_NONE && exact) raise(FPSR_IXC);
  return r;
}

// ---- FPConvert -------------------------------------------------------------------------------

/** FPConvert from format `from` to format `to` (different), rounding with rmode. */
export function fpConvert(bits: u64, from: u32, to: u32, rmode: u32): u64 {
  let k = unpack(bits, from);
  let sign = uSign;
  let altHp = to == FMT_H && fpcrAHP();
  if (isNaNKind(k)) {
    let r: u64;
    if (altHp) r = fpZero(sign, to);
    else if (fpcrDN()) r = fpDefaultNaN(to);
    else r = convertNaN(bits, from, to);
    if (k == K_SNAN || altHp) raise(FPSR_IOC);
    return r;
  }
  if (k == K_INF) {
    if (altHp) {
      raise(FPSR_IOC);
      return signBit(sign, to) | 0x7fff;
    }
    return fpInfinity(sign, to);
  }
  if (k == K_ZERO) return fpZero(sign, to);
  return roundPack(sign, uExp, uSig, to, rmode);
}
