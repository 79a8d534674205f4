// The fused operations: FPMulAdd (FMADD and friends, FMLA/FMLS), FPRecipStepFused (FRECPS)
// and FPRSqrtStepFused (FRSQRTS). The product is kept exact in 128 bits and added to the
// addend exactly; there is one rounding at the end.
//
//   128-bit operands during the sum (value = X * 2^(exp - 125))
//   127 126 125                                                      0
//   | 0 | 0 | 1 | product: 105 more bits, then zeros / addend: 52 more |
//   bit 126 takes the carry of an addition; bit 0 collects jammed bits of the smaller one.

import { signBit, fpZero, fpInfinity, fpDefaultNaN, fpTwo, fpOnePointFive } from './format';
import { unpack, uSign, uExp, uSig, K_ZERO, K_INF, K_QNAN, isNaNKind } from './unpack';
import { roundPack } from './round';
import { processNaNs, processNaNs3 } from './nan';
import { raise, FPSR_IOC, RM } from './status';
import {
  wHi, wLo, mul64To128, shiftRightJam128, shiftLeft128, clz128, lt128, add128, sub128,
} from './wide';

/**
 * Round (addend + product) * 2^scale where the product m1 * m2 * 2^(e1 + e2 - 124) is nonzero
 * and finite and the addend is finite (cZero: it is zero, of sign sc).
 */
export function mulAddFinite(
  sc: u32, ec: i32, mc: u64, cZero: bool,
  sp: u32, e1: i32, m1: u64, e2: i32, m2: u64,
  scale: i32, fmt: u32, rmode: u32,
): u64 {
  mul64To128(m1, m2);
  let pHi = wHi, pLo = wLo;
  let exp = e1 + e2 + 1;
  if ((pHi >> 61) == 0) {
    // product below 2^125: move its leading one up to bit 125
    pHi = (pHi << 1) | (pLo >> 63);
    pLo <<= 1;
    exp--;
  }
  let sign = sp;
  if (!cZero) {
    let cHi = mc >> 1;
    let cLo = mc << 63;
    if (exp >= ec) {
      shiftRightJam128(cHi, cLo, <u32>(exp - ec));
      cHi = wHi; cLo = wLo;
    } else {
      shiftRightJam128(pHi, pLo, <u32>(ec - exp));
      pHi = wHi; pLo = wLo;
      exp = ec;
    }
    if (sc == sp) {
      add128(pHi, pLo, cHi, cLo);
    } else if (lt128(pHi, pLo, cHi, cLo)) {
      sub128(cHi, cLo, pHi, pLo);
      sign = sc;
    } else {
      sub128(pHi, pLo, cHi, cLo);
    }
    pHi = wHi; pLo = wLo;
    if ((pHi | pLo) == 0) return fpZero(<u32>(rmode == RM), fmt);
  }
  // Normalize the leading one to bit 126, keep the top 64 bits and jam the rest.
  let lz = clz128(pHi, pLo);
  shiftLeft128(pHi, pLo, lz - 1);
  return roundPack(sign, exp - <i32>lz + 2 + scale, wHi | <u64>(wLo != 0), fmt, rmode);
}

/** FPMulAdd(addend, op1, op2): addend + op1 * op2 with a single rounding. */
export function fpMulAdd(c: u64, a: u64, b: u64, fmt: u32, rmode: u32): u64 {
  let kc = unpack(c, fmt);
  let sc = uSign, ec = uExp, mc = uSig;
  let k1 = unpack(a, fmt);
  let s1 = uSign, e1 = uExp, m1 = uSig;
  let k2 = unpack(b, fmt);
  let s2 = uSign, e2 = uExp, m2 = uSig;
  let infTimesZero = (k1 == K_INF && k2 == K_ZERO) || (k1 == K_ZERO && k2 == K_INF);
  if (isNaNKind(kc) || isNaNKind(k1) || isNaNKind(k2)) {
    let r = processNaNs3(kc, c, k1, a, k2, b, fmt);
    // a quiet NaN addend does not hide the invalid product
    if (kc == K_QNAN && infTimesZero) {
      raise(FPSR_IOC);
      return fpDefaultNaN(fmt);
    }
    return r;
  }
  let sp = s1 ^ s2;
  let infP = k1 == K_INF || k2 == K_INF;
  let zeroP = k1 == K_ZERO || k2 == K_ZERO;
  if (infTimesZero || (kc == K_INF && infP && sc != sp)) {
    raise(FPSR_IOC);
    return fpDefaultNaN(fmt);
  }
  if (kc == K_INF) return fpInfinity(sc, fmt);
  if (infP) return fpInfinity(sp, fmt);
  if (zeroP) {
    if (kc == K_ZERO) return fpZero(sc == sp ? sc : <u32>(rmode == RM), fmt);
    return roundPack(sc, ec, mc, fmt, rmode);
  }
  return mulAddFinite(sc, ec, mc, kc == K_ZERO, sp, e1, m1, e2, m2, 0, fmt, rmode);
}

/**
 * FPRecipStepFused (2 + (-a) * b) or, with `rsqrt`, FPRSqrtStepFused ((3 + (-a) * b) / 2).
 * As in the pseudocode, a is negated on its encoding first, so a NaN in a propagates with its
 * sign inverted.
 */
export function fpStepFused(a: u64, b: u64, rsqrt: bool, fmt: u32, rmode: u32): u64 {
  a ^= signBit(1, fmt);
  let k1 = unpack(a, fmt);
  let s1 = uSign, e1 = uExp, m1 = uSig;
  let k2 = unpack(b, fmt);
  let s2 = uSign, e2 = uExp, m2 = uSig;
  if (isNaNKind(k1) || isNaNKind(k2)) return processNaNs(k1, a, k2, b, fmt);
  if ((k1 == K_INF && k2 == K_ZERO) || (k1 == K_ZERO && k2 == K_INF)) {
    return rsqrt ? fpOnePointFive(0, fmt) : fpTwo(0, fmt);
  }
  if (k1 == K_INF || k2 == K_INF) return fpInfinity(s1 ^ s2, fmt);
  // addend 2.0 = 2^62 * 2^(1 - 62), or 3.0 = 3 * 2^61 * 2^(1 - 62); FRSQRTS halves the sum
  let mc: u64 = rsqrt ? <u64>3 << 61 : <u64>1 << 62;
  if (k1 == K_ZERO || k2 == K_ZERO) return roundPack(0, rsqrt ? 0 : 1, mc, fmt, rmode);
  return mulAddFinite(0, 1, mc, false, s1 ^ s2, e1, m1, e2, m2, rsqrt ? -1 : 0, fmt, rmode);
}
