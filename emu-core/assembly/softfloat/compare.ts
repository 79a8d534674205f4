// Comparisons (FPCompare, FPCompareEQ/GE/GT) and FPMax/FPMin/FPMaxNum/FPMinNum.
// Non-NaN values are ordered through their unpacked magnitude (uMag: the encoding without the
// sign, zero after flushing a denormal), which orders like the value within one sign.

import { fpZero, fpInfinity } from './format';
import { unpack, uSign, uExp, uSig, uMag, K_ZERO, K_INF, K_QNAN, K_SNAN, isNaNKind } from './unpack';
import { roundPack } from './round';
import { processNaNs } from './nan';
import { raise, FPSR_IOC, fpcrRounding } from './status';

/** A signed integer that orders like the value (+0 and -0 both map to 0). */
@inline function orderKey(sign: u32, mag: u64): i64 {
  return sign != 0 ? -<i64>mag : <i64>mag;
}

/** NZCV of FPCompare: 0110 equal, 1000 less, 0010 greater, 0011 unordered. */
@inline export const NZCV_EQ: u32 = 0b0110;
@inline export const NZCV_LT: u32 = 0b1000;
@inline export const NZCV_GT: u32 = 0b0010;
@inline export const NZCV_UN: u32 = 0b0011;

/** FPCompare; `signalNaNs` (FCMPE) makes a quiet NaN operand invalid too. */
export function fpCompare(a: u64, b: u64, signalNaNs: bool, fmt: u32): u32 {
  let k1 = unpack(a, fmt);
  let x = orderKey(uSign, uMag);
  let k2 = unpack(b, fmt);
  let y = orderKey(uSign, uMag);
  if (isNaNKind(k1) || isNaNKind(k2)) {
    if (k1 == K_SNAN || k2 == K_SNAN || signalNaNs) raise(FPSR_IOC);
    return NZCV_UN;
  }
  return x == y ? NZCV_EQ : x < y ? NZCV_LT : NZCV_GT;
}

// The AdvSIMD comparisons answer a predicate: false for NaNs. EQ signals only signalling NaNs,
// GE and GT signal on every NaN.
export function fpCompareEQ(a: u64, b: u64, fmt: u32): bool {
  let k1 = unpack(a, fmt);
  let x = orderKey(uSign, uMag);
  let k2 = unpack(b, fmt);
  let y = orderKey(uSign, uMag);
  if (isNaNKind(k1) || isNaNKind(k2)) {
    if (k1 == K_SNAN || k2 == K_SNAN) raise(FPSR_IOC);
    return false;
  }
  return x == y;
}

/** a >= b (orEqual) or a > b. */
export function fpCompareOrdered(a: u64, b: u64, orEqual: bool, fmt: u32): bool {
  let k1 = unpack(a, fmt);
  let x = orderKey(uSign, uMag);
  let k2 = unpack(b, fmt);
  let y = orderKey(uSign, uMag);
  if (isNaNKind(k1) || isNaNKind(k2)) {
    raise(FPSR_IOC);
    return false;
  }
  return orEqual ? x >= y : x > y;
}

/** FPMax (isMax) or FPMin. */
export function fpMaxMin(a: u64, b: u64, isMax: bool, fmt: u32): u64 {
  let k1 = unpack(a, fmt);
  let s1 = uSign, e1 = uExp, m1 = uSig;
  let x = orderKey(uSign, uMag);
  let k2 = unpack(b, fmt);
  let s2 = uSign, e2 = uExp, m2 = uSig;
  let y = orderKey(uSign, uMag);
  if (isNaNKind(k1) || isNaNKind(k2)) return processNaNs(k1, a, k2, b, fmt);
  let first = isMax ? x > y : x < y;
  let k = first ? k1 : k2;
  let s = first ? s1 : s2;
  if (k == K_INF) return fpInfinity(s, fmt);
  // between zeros, the most positive (max) or most negative (min) sign wins
  if (k == K_ZERO) return fpZero(isMax ? s1 & s2 : s1 | s2, fmt);
  // the chosen value is exact; rounding it only re-encodes it
  return first ? roundPack(s1, e1, m1, fmt, fpcrRounding()) : roundPack(s2, e2, m2, fmt, fpcrRounding());
}

/**
 * FPMaxNum / FPMinNum (FMAXNM, FMINNM): a single quiet NaN operand counts as -infinity (max)
 * or +infinity (min), so the other operand wins; otherwise as FPMax / FPMin.
 */
export function fpMaxMinNum(a: u64, b: u64, isMax: bool, fmt: u32): u64 {
  let k1 = unpack(a, fmt);
  let k2 = unpack(b, fmt);
  if (k1 == K_QNAN && k2 != K_QNAN) a = fpInfinity(<u32>isMax, fmt);
  else if (k1 != K_QNAN && k2 == K_QNAN) b = fpInfinity(<u32>isMax, fmt);
  return fpMaxMin(a, b, isMax, fmt);
}
