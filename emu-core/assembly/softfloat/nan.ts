// NaN propagation: FPProcessNaN, FPProcessNaNs, FPProcessNaNs3 and FPConvertNaN.
// A signalling NaN is quietened (its top fraction bit set) and sets IOC; with FPCR.DN = 1 any
// NaN result is the default NaN instead. Priority across operands: the first signalling NaN,
// else the first quiet NaN, in operand order.

import { FMT_D, FMT_S, widthOf, quietBit, fpDefaultNaN } from './format';
import { K_QNAN, K_SNAN } from './unpack';
import { fpcrDN, raise, FPSR_IOC } from './status';

export function processNaN(kind: u32, bits: u64, fmt: u32): u64 {
  let r = bits;
  if (kind == K_SNAN) {
    r |= quietBit(fmt);
    raise(FPSR_IOC);
  }
  if (fpcrDN()) r = fpDefaultNaN(fmt);
  return r;
}

/** FPProcessNaNs for two operands of which at least one is a NaN. */
export function processNaNs(k1: u32, a: u64, k2: u32, b: u64, fmt: u32): u64 {
  if (k1 == K_SNAN) return processNaN(k1, a, fmt);
  if (k2 == K_SNAN) return processNaN(k2, b, fmt);
  if (k1 == K_QNAN) return processNaN(k1, a, fmt);
  return processNaN(k2, b, fmt);
}

/** FPProcessNaNs3 for three operands of which at least one is a NaN. */
export function processNaNs3(k1: u32, a: u64, k2: u32, b: u64, k3: u32, c: u64, fmt: u32): u64 {
  if (k1 == K_SNAN) return processNaN(k1, a, fmt);
  if (k2 == K_SNAN) return processNaN(k2, b, fmt);
  if (k3 == K_SNAN) return processNaN(k3, c, fmt);
  if (k1 == K_QNAN) return processNaN(k1, a, fmt);
  if (k2 == K_QNAN) return processNaN(k2, b, fmt);
  return processNaN(k3, c, fmt);
}

/**
 * FPConvertNaN: the NaN's sign and payload (the fraction bits below the quiet bit, aligned at
 * the top and truncated or zero-extended) in the destination format, always quiet.
 */
export function convertNaN(bits: u64, from: u32, to: u32): u64 {
  let sign = bits >> (widthOf(from) - 1);
  // payload aligned as the 51 bits below a double's quiet bit
  let payload: u64;
  if (from == FMT_D) payload = bits & 0x7ffffffffffff;
  else if (from == FMT_S) payload = (bits & 0x3fffff) << 29;
  else payload = (bits & 0x1ff) << 42;
  if (to == FMT_D) return (sign << 63) | 0x7ff8000000000000 | payload;
  if (to == FMT_S) return (sign << 31) | 0x7fc00000 | (payload >> 29);
  return (sign << 15) | 0x7e00 | (payload >> 42);
}
