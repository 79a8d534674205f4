// FPUnpack: classify an encoding and give its value as sign, exponent and significand.
//
//   unpacked value = (-1)^uSign * uSig * 2^(uExp - 62)
//
//   uSig  63  62  61 ...                                  0
//         | 0 | 1 |  fraction bits, then zeros            |     (normal and denormal inputs)
//
// The significand is normalized with its leading one at bit 62 whatever the format, so all
// arithmetic is format-independent and only the final rounding knows the format. A denormal
// input (FPCR.FZ = 0) is normalized here too; with FPCR.FZ = 1 a single or double denormal
// becomes zero and sets IDC. Half precision is never flushed (FPCR.FZ16 does not exist in
// ARMv8.0) and with FPCR.AHP = 1 its all-ones exponent is an ordinary normal exponent.
//
// uMag is the encoding without its sign, after flushing: for non-NaN inputs, ordering by
// (sign ? -uMag : uMag) is ordering by value, which the comparisons use.

import { FMT_H, widthOf, fracBits, biasOf, minExpOf, fracMask, expMask } from './format';
import { fpcrFZ, fpcrAHP, raise, FPSR_IDC } from './status';

@inline export const K_ZERO: u32 = 0;
@inline export const K_FINITE: u32 = 1; // nonzero, normal or denormal
@inline export const K_INF: u32 = 2;
@inline export const K_QNAN: u32 = 3;
@inline export const K_SNAN: u32 = 4;

@inline export function isNaNKind(k: u32): bool {
  return k >= K_QNAN;
}

export let uSign: u32 = 0;
export let uExp: i32 = 0;
export let uSig: u64 = 0;
export let uMag: u64 = 0;

/** Unpack `bits` of format `fmt` under the current FPCR; returns the kind (K_*). */
export function unpack(bits: u64, fmt: u32): u32 {
  let F = fracBits(fmt);
  let frac = bits & fracMask(fmt);
  let expField = bits & expMask(fmt);
  uSign = <u32>(bits >> (widthOf(fmt) - 1)) & 1;
  uMag = bits & (expMask(fmt) | fracMask(fmt));
  if (expField == 0) {
    if (frac == 0) return K_ZERO;
    if (fmt != FMT_H && fpcrFZ()) {
      raise(FPSR_IDC);
      uMag = 0;
      return K_ZERO;
    }
    // Denormal: value = frac * 2^(minExp - F); move its leading one to bit 62.
    let lz = <i32>clz<u64>(frac);
    uSig = frac << <u64>(lz - 1);
    uExp = minExpOf(fmt) - <i32>F + (63 - lz);
    return K_FINITE;
  }
  if (expField == expMask(fmt) && !(fmt == FMT_H && fpcrAHP())) {
    if (frac == 0) return K_INF;
    return (frac >> (F - 1)) != 0 ? K_QNAN : K_SNAN;
  }
  uSig = (frac | (<u64>1 << F)) << (62 - F);
  uExp = <i32>(expField >> F) - biasOf(fmt);
  return K_FINITE;
}
