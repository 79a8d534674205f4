// Integer element arithmetic of the AdvSIMD handlers, after the Arm ARM's pseudocode
// (SignedSatQ, UnsignedSatQ, the shift and rounding rules of SSHL/SRSHL/SQSHL/..., PolynomialMult).
//
// Elements travel as 64-bit values: `a` zero-extended from `bits` (8, 16, 32 or 64) bits,
// `sa` sign-extended. Results are returned in the low `bits` bits of a u64 (the caller's
// setLane truncates). Every saturation sets FPSR.QC.

import { setQC, lowMask } from '../vregs';

// ---- saturation --------------------------------------------------------------------------------

/** SignedSatQ(v, bits) for an exact v with |v| < 2^63 and bits < 64. */
@inline export function satS(v: i64, bits: u32): u64 {
  let max = (<i64>1 << <i64>(bits - 1)) - 1;
  let min = -max - 1;
  if (v > max) { setQC(); return <u64>max; }
  if (v < min) { setQC(); return <u64>min; }
  return <u64>v;
}

/** UnsignedSatQ(v, bits) for an exact v with |v| < 2^63 and bits < 64. */
@inline export function satU(v: i64, bits: u32): u64 {
  let max = (<i64>1 << <i64>bits) - 1;
  if (v > max) { setQC(); return <u64>max; }
  if (v < 0) { setQC(); return 0; }
  return <u64>v;
}

/** Set FPSR.QC when c holds. */
@inline export function setQCIf(c: bool): void {
  if (c) setQC();
}

/** The largest / smallest signed value of `bits` bits, as the bit pattern. */
@inline export function sMax(bits: u32): u64 { return lowMask(bits - 1); }
@inline export function sMin(bits: u32): u64 { return ~lowMask(bits - 1); }

export function sqadd(sa: i64, sb: i64, bits: u32): u64 {
  if (bits < 64) return satS(sa + sb, bits);
  let r = sa + sb;
  if (((sa ^ r) & (sb ^ r)) < 0) { setQC(); return sa < 0 ? sMin(64) : sMax(64); }
  return <u64>r;
}

export function sqsub(sa: i64, sb: i64, bits: u32): u64 {
  if (bits < 64) return satS(sa - sb, bits);
  let r = sa - sb;
  if (((sa ^ sb) & (sa ^ r)) < 0) { setQC(); return sa < 0 ? sMin(64) : sMax(64); }
  return <u64>r;
}

export function uqadd(a: u64, b: u64, bits: u32): u64 {
  let r = a + b;
  if (bits < 64 ? r > lowMask(bits) : r < a) { setQC(); return lowMask(bits); }
  return r;
}

export function uqsub(a: u64, b: u64): u64 {
  if (a < b) { setQC(); return 0; }
  return a - b;
}

/** SUQADD: signed a plus unsigned b, saturated to the signed range. */
export function suqadd(sa: i64, b: u64, bits: u32): u64 {
  if (bits < 64) return satS(sa + <i64>b, bits);
  let r = <u64>sa + b;
  // The exact sum lies in [-2^63, 2^64 + 2^63); only positive overflow is possible.
  let over = sa >= 0 ? (b >> 63) != 0 || (r >> 63) != 0 : (b >> 63) != 0 && (r >> 63) != 0;
  if (over) { setQC(); return sMax(64); }
  return r;
}

/** USQADD: unsigned a plus signed b, saturated to the unsigned range. */
export function usqadd(a: u64, sb: i64, bits: u32): u64 {
  if (bits < 64) return satU(<i64>a + sb, bits);
  let r = a + <u64>sb;
  if (sb >= 0) {
    if (r < a) { setQC(); return lowMask(64); }
  } else if (a < <u64>(-sb)) {
    setQC();
    return 0;
  }
  return r;
}

/** Saturating negate and absolute value (only the most negative value saturates). */
export function sqneg(sa: i64, bits: u32): u64 {
  if (<u64>sa == sMin(bits)) { setQC(); return sMax(bits); } // sa is sign-extended
  return <u64>(-sa);
}
export function sqabs(sa: i64, bits: u32): u64 {
  return sa < 0 ? sqneg(sa, bits) : <u64>sa;
}

// ---- shifts ---------------------------------------------------------------------------------------

/** Arithmetic shift right by any n >= 0 (n >= 64 gives the sign). */
@inline export function asr(sa: i64, n: u32): i64 {
  return sa >> <i64>(n < 63 ? n : 63);
}
/** Logical shift right by any n >= 0 (n >= 64 gives 0). */
@inline export function lsr(a: u64, n: u32): u64 {
  return n < 64 ? a >> <u64>n : 0;
}
/** Shift left by any n >= 0 (n >= 64 gives 0). */
@inline export function lsl(a: u64, n: u32): u64 {
  return n < 64 ? a << <u64>n : 0;
}
/** (sa + 2^(n-1)) >> n without overflow, n >= 1. */
@inline export function rshrS(sa: i64, n: u32): i64 {
  return asr(sa, n) + (asr(sa, n - 1) & 1);
}
/** (a + 2^(n-1)) >> n without overflow, n >= 1. */
@inline export function rshrU(a: u64, n: u32): u64 {
  return lsr(a, n) + (lsr(a, n - 1) & 1);
}

/** SQSHL by 0 <= n (saturating signed shift left). */
export function sqshl(sa: i64, n: u32, bits: u32): u64 {
  if (sa == 0) return 0;
  if (n >= bits) { setQC(); return sa < 0 ? sMin(bits) : sMax(bits); }
  let r = sa << <i64>n;
  if (bits < 64) return satS(r, bits); // |sa| < 2^31 and n < 32: r is exact
  if ((r >> <i64>n) != sa) { setQC(); return sa < 0 ? sMin(64) : sMax(64); }
  return <u64>r;
}

/** UQSHL by 0 <= n (saturating unsigned shift left). */
export function uqshl(a: u64, n: u32, bits: u32): u64 {
  if (a == 0) return 0;
  if (n >= bits) { setQC(); return lowMask(bits); }
  let r = a << <u64>n;
  if (bits < 64) return satU(<i64>r, bits);
  if ((r >> <u64>n) != a) { setQC(); return lowMask(64); }
  return r;
}

/** SQSHLU: signed input, shifted left and saturated to the unsigned range; 0 <= n < bits. */
export function sqshlu(sa: i64, n: u32, bits: u32): u64 {
  if (sa < 0) { setQC(); return 0; }
  return uqshl(<u64>sa, n, bits);
}

/**
 * The shift-by-register family (SSHL, USHL, SRSHL, URSHL, SQSHL, UQSHL, SQRSHL, UQRSHL):
 * the shift is the signed low byte of the second operand; negative shifts go right.
 */
export function shiftReg(a: u64, sa: i64, shiftByte: u64, bits: u32, signed: bool, round: bool, sat: bool): u64 {
  let sh = <i32>(<i8>shiftByte);
  if (sh >= 0) {
    let n = <u32>sh;
    if (sat) return signed ? sqshl(sa, n, bits) : uqshl(a, n, bits);
    return lsl(a, n);
  }
  let n = <u32>(-sh);
  if (signed) return <u64>(round ? rshrS(sa, n) : asr(sa, n));
  return round ? rshrU(a, n) : lsr(a, n);
}

// ---- multiplication ---------------------------------------------------------------------------------

/** SQDMULH / SQRDMULH on 16- or 32-bit signed elements. */
export function sqdmulh(sa: i64, sb: i64, bits: u32, round: bool): u64 {
  let min = -(<i64>1 << <i64>(bits - 1));
  if (sa == min && sb == min) { setQC(); return sMax(bits); }
  let p = (sa * sb) << 1;
  if (round) p += <i64>1 << <i64>(bits - 1);
  return <u64>(p >> <i64>bits);
}

/** SQDMULL: 2 * sa * sb saturated to 2 * bits (bits = 16 or 32). */
export function sqdmull(sa: i64, sb: i64, bits: u32): u64 {
  let min = -(<i64>1 << <i64>(bits - 1));
  if (sa == min && sb == min) { setQC(); return sMax(bits * 2); }
  return <u64>((sa * sb) << 1);
}

/** Polynomial (carry-less) product of two values of at most 32 bits. */
export function pmulNarrow(a: u64, b: u64, bits: u32): u64 {
  let r: u64 = 0;
  for (let k: u32 = 0; k < bits; k++) {
    if (((b >> k) & 1) != 0) r ^= a << k;
  }
  return r;
}

// ---- bit counting -------------------------------------------------------------------------------------

/** CLZ of a `bits`-bit value. */
@inline export function clzN(a: u64, bits: u32): u64 {
  return <u64>(<u32>clz<u64>(a) - (64 - bits));
}
/** CLS of a `bits`-bit value (leading bits equal to the sign bit, not counting it). */
@inline export function clsN(sa: i64, bits: u32): u64 {
  let x = <u64>(sa ^ (sa >> 63)); // leading sign copies become zeros
  return <u64>(<u32>clz<u64>(x) - (64 - bits) - 1);
}
/** Reverse the bits of a byte. */
@inline export function rbit8(a: u32): u32 {
  let x = ((a & 0xf0) >> 4) | ((a & 0x0f) << 4);
  x = ((x & 0xcc) >> 2) | ((x & 0x33) << 2);
  return ((x & 0xaa) >> 1) | ((x & 0x55) << 1);
}

// ---- unsigned reciprocal estimates (URECPE, URSQRTE) ---------------------------------------------------

/** RecipEstimate: a in [256, 511] (a 9-bit fraction in [0.5, 1)), result in [256, 511]. */
export function recipEstimate(a: u32): u32 {
  let x = a * 2 + 1;
  let b = (<u32>1 << 19) / x;
  return (b + 1) >> 1;
}

/** RecipSqrtEstimate: a in [128, 511], result in [256, 511]. */
export function recipSqrtEstimate(a: u32): u32 {
  let x: u64;
  if (a < 256) x = <u64>(a * 2 + 1); // 0.25 <= a < 0.5, in units of 1/512
  else x = <u64>(((a >> 1) << 1) + 1) * 2; // 0.5 <= a < 1: drop the low bit, units of 1/512
  let b: u64 = 512;
  while (x * (b + 1) * (b + 1) < (<u64>1 << 28)) b++;
  return <u32>((b + 1) >> 1);
}

/** URECPE on one 32-bit element. */
export function urecpe(a: u32): u32 {
  if ((a >> 31) == 0) return 0xffffffff;
  return recipEstimate(a >> 23) << 23;
}

/** URSQRTE on one 32-bit element. */
export function ursqrte(a: u32): u32 {
  if ((a >> 30) == 0) return 0xffffffff;
  return recipSqrtEstimate(a >> 23) << 23;
}
