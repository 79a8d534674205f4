// The estimate instructions: FPRecipEstimate (FRECPE), FPRSqrtEstimate (FRSQRTE), FPRecpX
// (FRECPX), and the 8-bit tables behind them, RecipEstimate and RecipSqrtEstimate (exported
// for URECPE/URSQRTE too). ARMv8.0 precision (no FEAT_RPRES).

import { FMT_H, FMT_S, FMT_D, widthOf, fracBits, expBits, signBit, fracMask, fpZero, fpInfinity, fpDefaultNaN, fpMaxNormal } from './format';
import { unpack, uSign, uExp, K_ZERO, K_INF, isNaNKind } from './unpack';
import { processNaN } from './nan';
import { fpcrFZ, fpcrRounding, raise, FPSR_IOC, FPSR_DZC, FPSR_OFC, FPSR_UFC, FPSR_IXC, RN, RP, RM } from './status';

/** RecipEstimate: a in 256..511 (a fixed-point 0.5 .. 1.0) -> 256..511 (1.0 .. 2.0). */
export function recipEstimate(a: u32): u32 {
  a = a * 2 + 1; // round to nearest
  let b = (<u32>1 << 19) / a;
  return (b + 1) >> 1; // round to nearest
}

/** RecipSqrtEstimate: a in 128..511 (0.25 .. 1.0) -> 256..511. */
export function recipSqrtEstimate(a: u32): u32 {
  if (a < 256) {
    a = a * 2 + 1; // units of 1/512, rounded to nearest
  } else {
    a = (a >> 1) << 1; // discard the bottom bit
    a = (a + 1) * 2; // units of 1/256, rounded to nearest
  }
  // the largest b with a * (b + 1)^2 < 2^28, starting from 512
  let b: u64 = 512;
  while (<u64>a * (b + 1) * (b + 1) < (<u64>1 << 28)) b++;
  return <u32>((b + 1) >> 1);
}

/** The operand's fraction as the 52 bits of a double fraction, and its biased exponent. */
let estFrac: u64 = 0;
let estExp: i32 = 0;
@inline function splitForEstimate(bits: u64, fmt: u32): void {
  estFrac = (bits & fracMask(fmt)) << (52 - fracBits(fmt));
  estExp = <i32>((bits >> fracBits(fmt)) & ((1 << expBits(fmt)) - 1));
}

export function fpRecipEstimate(bits: u64, fmt: u32): u64 {
  let k = unpack(bits, fmt);
  let sign = uSign;
  if (isNaNKind(k)) return processNaN(k, bits, fmt);
  if (k == K_INF) return fpZero(sign, fmt);
  if (k == K_ZERO) {
    raise(FPSR_DZC);
    return fpInfinity(sign, fmt);
  }
  // |value| < 2^-(bias + 1) (half: 2^-16): the reciprocal overflows
  let tinyExp: i32 = fmt == FMT_D ? -1024 : fmt == FMT_S ? -128 : -16;
  if (uExp < tinyExp) {
    let rm = fpcrRounding();
    let toInf = rm == RN || (rm == RP && sign == 0) || (rm == RM && sign != 0);
    raise(FPSR_OFC | FPSR_IXC);
    return toInf ? fpInfinity(sign, fmt) : fpMaxNormal(sign, fmt);
  }
  // |value| >= 2^(bias - 1) (half: 2^14): the reciprocal would be denormal
  let hugeExp: i32 = fmt == FMT_D ? 1022 : fmt == FMT_S ? 126 : 14;
  if (fmt != FMT_H && fpcrFZ() && uExp >= hugeExp) {
    raise(FPSR_UFC);
    return fpZero(sign, fmt);
  }
  splitForEstimate(bits, fmt);
  let frac = estFrac;
  let exp = estExp;
  if (exp == 0) {
    if ((frac >> 51) == 0) {
      exp = -1;
      frac = (frac << 2) & 0xfffffffffffff;
    } else {
      frac = (frac << 1) & 0xfffffffffffff;
    }
  }
  let scaled = <u32>(0x100 | (frac >> 44));
  let resultExp: i32 = (fmt == FMT_D ? 2045 : fmt == FMT_S ? 253 : 29) - exp;
  let estimate = recipEstimate(scaled);
  frac = <u64>(estimate & 0xff) << 44;
  if (resultExp == 0) {
    frac = (<u64>1 << 51) | (frac >> 1);
  } else if (resultExp == -1) {
    frac = (<u64>1 << 50) | (frac >> 2);
    resultExp = 0;
  }
  return signBit(sign, fmt) | (<u64>resultExp << fracBits(fmt)) | (frac >> (52 - fracBits(fmt)));
}

export function fpRSqrtEstimate(bits: u64, fmt: u32): u64 {
  let k = unpack(bits, fmt);
  let sign = uSign;
  if (isNaNKind(k)) return processNaN(k, bits, fmt);
  if (k == K_ZERO) {
    raise(FPSR_DZC);
    return fpInfinity(sign, fmt);
  }
  if (sign != 0) {
    raise(FPSR_IOC);
    return fpDefaultNaN(fmt);
  }
  if (k == K_INF) return fpZero(0, fmt);
  splitForEstimate(bits, fmt);
  let frac = estFrac;
  let exp = estExp;
  if (exp == 0) {
    while ((frac >> 51) == 0) {
      frac = (frac << 1) & 0xfffffffffffff;
      exp--;
    }
    frac = (frac << 1) & 0xfffffffffffff;
  }
  // an even exponent gives 0.5 .. 1.0 ('1':fraction), an odd one 0.25 .. 0.5 ('01':fraction)
  let scaled: u32 = (exp & 1) == 0 ? <u32>(0x100 | (frac >> 44)) : <u32>(0x80 | (frac >> 45));
  // (C - exp) DIV 2 rounds towards minus infinity; C - exp is never negative here
  let resultExp: i32 = ((fmt == FMT_D ? 3068 : fmt == FMT_S ? 380 : 44) - exp) >> 1;
  let estimate = recipSqrtEstimate(scaled);
  return (<u64>resultExp << fracBits(fmt)) | (<u64>(estimate & 0xff) << (fracBits(fmt) - 8));
}

/** FPRecpX: keep the sign, invert the exponent bits (zero/denormal: the largest normal exponent). */
export function fpRecpX(bits: u64, fmt: u32): u64 {
  let k = unpack(bits, fmt);
  if (isNaNKind(k)) return processNaN(k, bits, fmt);
  let F = fracBits(fmt);
  let expOnes: u64 = (<u64>1 << expBits(fmt)) - 1;
  let exp = (bits >> F) & expOnes;
  let sign = signBit(<u32>(bits >> (widthOf(fmt) - 1)) & 1, fmt);
  if (exp == 0) return sign | ((expOnes - 1) << F);
  return sign | ((~exp & expOnes) << F);
}
