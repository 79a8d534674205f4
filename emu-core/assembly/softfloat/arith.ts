// FPAdd/FPSub, FPMul, FPMulX, FPDiv and FPSqrt on exact integer significands (any format).
// Each follows its Arm ARM pseudocode: unpack both operands (flushing denormal inputs), NaN
// propagation, the special cases of infinities and zeros, then one rounding of the exact
// result. fast.ts puts native fast paths in front of these for the common cases.

import { fpZero, fpInfinity, fpDefaultNaN, fpTwo } from './format';
import { unpack, uSign, uExp, uSig, K_ZERO, K_INF, isNaNKind } from './unpack';
import { roundPack, normRoundPack } from './round';
import { processNaN, processNaNs } from './nan';
import { raise, FPSR_IOC, FPSR_DZC, RM } from './status';
import { shiftRightJam64, mul64To128, wHi, wLo } from './wide';

/** FPAdd(a, b) or, with `negB`, FPSub(a, b) (b's sign inverted except for NaN propagation). */
export function fpAddSub(a: u64, b: u64, negB: bool, fmt: u32, rmode: u32): u64 {
  let k1 = unpack(a, fmt);
  let s1 = uSign, e1 = uExp, m1 = uSig;
  let k2 = unpack(b, fmt);
  let s2 = uSign ^ <u32>negB, e2 = uExp, m2 = uSig;
  if (isNaNKind(k1) || isNaNKind(k2)) return processNaNs(k1, a, k2, b, fmt);
  if (k1 == K_INF || k2 == K_INF) {
    if (k1 == K_INF && k2 == K_INF && s1 != s2) {
      raise(FPSR_IOC);
      return fpDefaultNaN(fmt);
    }
    return fpInfinity(k1 == K_INF ? s1 : s2, fmt);
  }
  if (k1 == K_ZERO && k2 == K_ZERO) return fpZero(s1 == s2 ? s1 : <u32>(rmode == RM), fmt);
  if (k1 == K_ZERO) return roundPack(s2, e2, m2, fmt, rmode);
  if (k2 == K_ZERO) return roundPack(s1, e1, m1, fmt, rmode);
  // Order by magnitude, then align the smaller operand (one spare bit on top for the carry).
  if (e1 < e2 || (e1 == e2 && m1 < m2)) {
    let ts = s1; s1 = s2; s2 = ts;
    let te = e1; e1 = e2; e2 = te;
    let tm = m1; m1 = m2; m2 = tm;
  }
  let x = m1 >> 1;
  let y = shiftRightJam64(m2 >> 1, <u32>(e1 - e2));
  if (s1 == s2) return normRoundPack(s1, e1 + 1, x + y, fmt, rmode);
  let d = x - y;
  if (d == 0) return fpZero(<u32>(rmode == RM), fmt);
  return normRoundPack(s1, e1 + 1, d, fmt, rmode);
}

/** Exact product of two unpacked significands, rounded (value = m1 * m2 * 2^(e1 + e2 - 124)). */
@inline function roundProduct(sign: u32, e1: i32, m1: u64, e2: i32, m2: u64, fmt: u32, rmode: u32): u64 {
  mul64To128(m1, m2);
  // product in [2^124, 2^126): keep its top 64 bits from bit 62 up, jam the rest
  let sig = (wHi << 2) | (wLo >> 62) | <u64>((wLo << 2) != 0);
  return normRoundPack(sign, e1 + e2, sig, fmt, rmode);
}

/** FPMul, or FPMulX (`mulx`: infinity times zero is 2 with the product's sign, no exception). */
export function fpMul(a: u64, b: u64, mulx: bool, fmt: u32, rmode: u32): u64 {
  let k1 = unpack(a, fmt);
  let s1 = uSign, e1 = uExp, m1 = uSig;
  let k2 = unpack(b, fmt);
  let s2 = uSign, e2 = uExp, m2 = uSig;
  if (isNaNKind(k1) || isNaNKind(k2)) return processNaNs(k1, a, k2, b, fmt);
  let s = s1 ^ s2;
  if ((k1 == K_INF && k2 == K_ZERO) || (k1 == K_ZERO && k2 == K_INF)) {
    if (mulx) return fpTwo(s, fmt);
    raise(FPSR_IOC);
    return fpDefaultNaN(fmt);
  }
  if (k1 == K_INF || k2 == K_INF) return fpInfinity(s, fmt);
  if (k1 == K_ZERO || k2 == K_ZERO) return fpZero(s, fmt);
  return roundProduct(s, e1, m1, e2, m2, fmt, rmode);
}

export function fpDiv(a: u64, b: u64, fmt: u32, rmode: u32): u64 {
  let k1 = unpack(a, fmt);
  let s1 = uSign, e1 = uExp, m1 = uSig;
  let k2 = unpack(b, fmt);
  let s2 = uSign, e2 = uExp, m2 = uSig;
  if (isNaNKind(k1) || isNaNKind(k2)) return processNaNs(k1, a, k2, b, fmt);
  let s = s1 ^ s2;
  if ((k1 == K_INF && k2 == K_INF) || (k1 == K_ZERO && k2 == K_ZERO)) {
    raise(FPSR_IOC);
    return fpDefaultNaN(fmt);
  }
  if (k1 == K_INF || k2 == K_ZERO) {
    if (k1 != K_INF) raise(FPSR_DZC);
    return fpInfinity(s, fmt);
  }
  if (k1 == K_ZERO || k2 == K_INF) return fpZero(s, fmt);
  // Long division of the 53-bit significands, 11 quotient bits per step (the remainder stays
  // below 2^53, so remainder << 11 fits in 64 bits): q = floor(n * 2^55 / d), n, d in [2^52, 2^53).
  let n = m1 >> 10;
  let d = m2 >> 10;
  let q = n / d;
  let r = n % d;
  for (let k = 0; k < 5; k++) {
    r <<= 11;
    q = (q << 11) | (r / d);
    r = r % d;
  }
  // value = q * 2^(e1 - e2 - 55) = (q | sticky) * 2^((e1 - e2 + 7) - 62)
  return normRoundPack(s, e1 - e2 + 7, q | <u64>(r != 0), fmt, rmode);
}

export function fpSqrt(a: u64, fmt: u32, rmode: u32): u64 {
  let k = unpack(a, fmt);
  let s = uSign, e = uExp, m = uSig;
  if (isNaNKind(k)) return processNaN(k, a, fmt);
  if (k == K_ZERO) return fpZero(s, fmt);
  if (k == K_INF && s == 0) return fpInfinity(0, fmt);
  if (s != 0) {
    raise(FPSR_IOC);
    return fpDefaultNaN(fmt);
  }
  // value = n * 2^ee with n = 53-bit significand; make ee even, then take the integer root of
  // n * 2^58 (in [2^110, 2^112)): r in [2^55, 2^56), at least two bits beyond double precision.
  let n = m >> 10;
  let ee = e - 52;
  if ((ee & 1) != 0) {
    n <<= 1;
    ee -= 1;
  }
  let mHi = n >> 6;
  let mLo = n << 58;
  // The native square root of the (exactly representable) n * 2^58 is within a few units of
  // the integer root; step to the exact floor comparing r^2 with the 128-bit radicand.
  let r = <u64>Math.sqrt(<f64>n * 288230376151711744.0); // 2^58
  while (true) {
    mul64To128(r, r);
    if (wHi > mHi || (wHi == mHi && wLo > mLo)) r--;
    else break;
  }
  while (true) {
    mul64To128(r + 1, r + 1);
    if (wHi < mHi || (wHi == mHi && wLo <= mLo)) r++;
    else break;
  }
  mul64To128(r, r);
  let exact = wHi == mHi && wLo == mLo;
  // sqrt(value) = r * 2^((ee - 58) / 2)
  return normRoundPack(0, ((ee - 58) >> 1) + 62, r | <u64>!exact, fmt, rmode);
}
