// FPRoundBase: round an exact (or jammed) value to a format, with the Arm ARM's exception
// semantics:
//   - flush-to-zero of a tiny result (FPCR.FZ, single and double only) before rounding: the
//     result is a signed zero and only UFC is set;
//   - underflow is tininess *before* rounding (exponent below the minimum) and inexact;
//   - overflow gives infinity or the largest normal by rounding mode and sets OFC and IXC;
//   - the alternative half-precision format (FPCR.AHP) has no infinity: overflow saturates
//     and sets IOC instead;
//   - round to odd (FCVTXN) forces the last bit to one when inexact.
//
//   input: value = sig * 2^(exp - 62), sig with bit 62 set and bit 63 clear; bit 0 is sticky
//   (ORed with everything below it), so the bits below the format's precision are an exact
//   account of the rounding error's class (zero, below, at or above half an ulp).

import { FMT_H, fracBits, expBits, minExpOf, fracMask, signBit, expMask, fpMaxNormal } from './format';
import { fpcrFZ, fpcrAHP, raise, FPSR_UFC, FPSR_OFC, FPSR_IXC, FPSR_IOC, RN, RP, RM, RA, RO } from './status';
import { shiftRightJam64 } from './wide';

export function roundPack(sign: u32, exp: i32, sig: u64, fmt: u32, rmode: u32): u64 {
  let F = fracBits(fmt);
  let minExp = minExpOf(fmt);
  if (exp < minExp && fmt != FMT_H && fpcrFZ()) {
    raise(FPSR_UFC);
    return signBit(sign, fmt);
  }
  // Biased exponent 0 marks a denormal result: align the significand to the minimum exponent.
  let biased = exp - minExp + 1;
  if (biased <= 0) {
    sig = shiftRightJam64(sig, <u32>(1 - biased));
    biased = 0;
  }
  let roundBits: u32 = 62 - F;
  let mant = sig >> roundBits;
  let rem = sig & ((<u64>1 << roundBits) - 1);
  let half = <u64>1 << (roundBits - 1);
  if (biased == 0 && rem != 0) raise(FPSR_UFC);

  let up = false;
  let overflowToInf = true;
  if (rmode == RN) {
    up = rem > half || (rem == half && (mant & 1) != 0);
  } else if (rmode == RP) {
    up = rem != 0 && sign == 0;
    overflowToInf = sign == 0;
  } else if (rmode == RM) {
    up = rem != 0 && sign != 0;
    overflowToInf = sign != 0;
  } else if (rmode == RA) {
    up = rem >= half;
  } else {
    overflowToInf = false; // RZ and RO never round the magnitude up
  }
  if (up) {
    mant++;
    if (biased == 0 && mant == (<u64>1 << F)) biased = 1; // denormal rounded up to the minimum normal
    if (mant == (<u64>1 << (F + 1))) {
      biased++;
      mant >>= 1;
    }
  }
  if (rem != 0 && rmode == RO) mant |= 1;

  let inexact = rem != 0;
  let result: u64;
  if (fmt == FMT_H && fpcrAHP()) {
    if (biased >= (1 << expBits(fmt))) {
      result = signBit(sign, fmt) | 0x7fff;
      raise(FPSR_IOC);
      inexact = false;
    } else {
      result = signBit(sign, fmt) | (<u64>biased << F) | (mant & fracMask(fmt));
    }
  } else if (biased >= (1 << expBits(fmt)) - 1) {
    result = overflowToInf ? signBit(sign, fmt) | expMask(fmt) : fpMaxNormal(sign, fmt);
    raise(FPSR_OFC);
    inexact = true;
  } else {
    result = signBit(sign, fmt) | (<u64>biased << F) | (mant & fracMask(fmt));
  }
  if (inexact) raise(FPSR_IXC);
  return result;
}

/** roundPack for a significand anywhere in 1 .. 2^64-1 (value = sig * 2^(exp - 62)). */
export function normRoundPack(sign: u32, exp: i32, sig: u64, fmt: u32, rmode: u32): u64 {
  let lz = <i32>clz<u64>(sig);
  if (lz == 0) return roundPack(sign, exp + 1, (sig >> 1) | (sig & 1), fmt, rmode);
  return roundPack(sign, exp - (lz - 1), sig << <u64>(lz - 1), fmt, rmode);
}
