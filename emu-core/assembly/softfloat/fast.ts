// Native fast paths for the arithmetic that dominates FP-heavy guests, in front of the exact
// integer implementations (arith.ts, fused.ts). A fast path answers only when it can prove
// its result and flags bit-identical to the Arm ARM's; everything else falls through.
//
// Why the native result is right when a fast path answers:
//   1. FPCR.RMode is round-to-nearest-even, the only mode wasm arithmetic has; wasm's f32/f64
//      add, sub, mul, div and sqrt are IEEE 754 correctly rounded.
//   2. All operands are normal numbers (no NaN, infinity, zero or denormal), so neither NaN
//      propagation nor input flushing (FZ, IDC) nor default NaN (DN) can apply.
//   3. The result is a normal number whose unrounded value is at least the smallest normal
//      (checked per operation below), so no output flushing, no underflow (Arm ARM detects
//      tininess before rounding: a result rounded *up* to the smallest normal must still take
//      the slow path) and no overflow. The only flag left is IXC, computed exactly:
//        add/sub  Fast2Sum: with |x| >= |y| and r = RN(x + y), the error y - (r - x) is exact,
//                 and zero exactly when r is exact. Sums that land below the smallest normal
//                 are always exact but would be flushed under FZ, so they take the slow path.
//        mul      the exact product's significand is odd(ma) * odd(mb) times a power of two;
//                 it fits the 53-bit format iff that odd product is below 2^53.
//        div      q = RN(a / b) is exact iff odd(ma) = odd(mq) * odd(mb).
//        sqrt     r = RN(sqrt(a)) is exact iff odd(mr)^2 = odd(ma).
//   4. Single precision is computed in double: products of two singles are exact in double;
//      a double sum of singles is exact when their exponents differ by at most 28 (24-bit
//      significands in a 53-bit one) and otherwise certainly inexact in single; rounding a
//      double quotient or square root of singles to single gives the correctly rounded single
//      result (double rounding is innocuous for p' >= 2p + 2: 53 >= 50), and its exactness is
//      checked by multiplying back exactly in double.
//   5. Fused multiply-add in single: the product is exact in double; when the double sum is
//      exact too (Fast2Sum error zero), one rounding to single is the fused result. In double,
//      fusedNormalD computes the exact sum in 128-bit integers like fused.ts, specialised to
//      normal operands and round-to-nearest, and gives up on tiny or overflowing results.

import { FMT_S, FMT_D } from './format';
import { fpcrRounding, raise, FPSR_IXC, RN } from './status';
import { fpAddSub, fpMul, fpDiv, fpSqrt } from './arith';
import { fpMulAdd } from './fused';
import { wHi, wLo, mul64To128, shiftRightJam128, shiftLeft128, clz128, lt128, add128, sub128 } from './wide';

@inline const D_FRAC: u64 = 0x000fffffffffffff;
@inline const D_HIDDEN: u64 = 0x0010000000000000;
@inline const D_MIN_NORMAL: u64 = 0x0010000000000000;
@inline const D_INF: u64 = 0x7ff0000000000000;
@inline const S_MIN_NORMAL: f64 = 1.1754943508222875e-38; // 2^-126

/** Exponent field in 1 .. max-1: a normal double (either sign). */
@inline function isNormalD(x: u64): bool {
  return ((x >> 52) & 0x7ff) - 1 < 0x7fe;
}
@inline function isNormalS(x: u64): bool {
  return ((x >> 23) & 0xff) - 1 < 0xfe;
}
/** |x| is a normal double strictly above the smallest normal (so its unrounded value was >= it). */
@inline function isSafeResultD(x: u64): bool {
  return (x & 0x7fffffffffffffff) - (D_MIN_NORMAL + 1) < D_INF - (D_MIN_NORMAL + 1);
}
@inline function oddPart(m: u64): u64 {
  return m >> ctz<u64>(m);
}
@inline function bitLength(x: u64): u32 {
  return 64 - <u32>clz<u64>(x);
}
@inline function sigD(x: u64): u64 {
  return (x & D_FRAC) | D_HIDDEN;
}
/** odd(p) * odd(q) if it stays below 2^54 (the only case where it can matter), else 2^63. */
@inline function oddProduct(p: u64, q: u64): u64 {
  if (bitLength(p) + bitLength(q) > 55) return <u64>1 << 63;
  return p * q;
}

// ---- double precision --------------------------------------------------------------------------

export function addF64(a: u64, b: u64, negB: bool): u64 {
  if (fpcrRounding() == RN && isNormalD(a) && isNormalD(b)) {
    let bb = b ^ (<u64>negB << 63);
    let x = reinterpret<f64>(a);
    let y = reinterpret<f64>(bb);
    let r = x + y;
    let rb = reinterpret<u64>(r);
    if (isNormalD(rb)) {
      let big = x, small = y;
      if ((a << 1) < (bb << 1)) {
        big = y;
        small = x;
      }
      if (small - (r - big) != 0) raise(FPSR_IXC);
      return rb;
    }
    if ((rb << 1) == 0) return rb; // x = -y: +0 in round-to-nearest, exact
  }
  return fpAddSub(a, b, negB, FMT_D, fpcrRounding());
}

export function mulF64(a: u64, b: u64): u64 {
  if (fpcrRounding() == RN && isNormalD(a) && isNormalD(b)) {
    let rb = reinterpret<u64>(reinterpret<f64>(a) * reinterpret<f64>(b));
    if (isSafeResultD(rb)) {
      if (oddProduct(oddPart(sigD(a)), oddPart(sigD(b))) >= D_HIDDEN << 1) raise(FPSR_IXC);
      return rb;
    }
  }
  return fpMul(a, b, false, FMT_D, fpcrRounding());
}

export function divF64(a: u64, b: u64): u64 {
  if (fpcrRounding() == RN && isNormalD(a) && isNormalD(b)) {
    let rb = reinterpret<u64>(reinterpret<f64>(a) / reinterpret<f64>(b));
    if (isSafeResultD(rb)) {
      if (oddProduct(oddPart(sigD(rb)), oddPart(sigD(b))) != oddPart(sigD(a))) raise(FPSR_IXC);
      return rb;
    }
  }
  return fpDiv(a, b, FMT_D, fpcrRounding());
}

export function sqrtF64(a: u64): u64 {
  if (fpcrRounding() == RN && (a >> 63) == 0 && isNormalD(a)) {
    let rb = reinterpret<u64>(Math.sqrt(reinterpret<f64>(a)));
    let o = oddPart(sigD(rb));
    if (oddProduct(o, o) != oddPart(sigD(a))) raise(FPSR_IXC);
    return rb;
  }
  return fpSqrt(a, FMT_D, fpcrRounding());
}

/** FPMulAdd(c, a, b) in double. */
export function mulAddF64(c: u64, a: u64, b: u64): u64 {
  if (fpcrRounding() == RN && isNormalD(a) && isNormalD(b) && isNormalD(c)) {
    let r = fusedNormalD(c, a, b);
    if (r != NOT_HANDLED) return r;
  }
  return fpMulAdd(c, a, b, FMT_D, fpcrRounding());
}

/** Never a result of fusedNormalD (a NaN): "take the general path". */
@inline const NOT_HANDLED: u64 = 0xffffffffffffffff;

/**
 * c + a * b for normal doubles, rounded to nearest even: fused.ts's exact 128-bit sum, with
 * the unpacking and the rounding specialised to this case. A result that would be tiny
 * (before rounding) or overflow is NOT_HANDLED, so only IXC can arise here.
 *   value(X) = X * 2^(e - 125) for a 128-bit X with its leading one at bit 125
 */
function fusedNormalD(c: u64, a: u64, b: u64): u64 {
  let ma = sigD(a), mb = sigD(b), mc = sigD(c);
  let sp = (a ^ b) >> 63;
  let sc = c >> 63;
  // the 105/106-bit product, moved up so that its leading one is at bit 125
  mul64To128(ma, mb);
  let sh: u32 = (wHi >> 41) != 0 ? 20 : 21;
  let pHi = (wHi << sh) | (wLo >> (64 - sh));
  let pLo = wLo << sh;
  let e = <i32>((a >> 52) & 0x7ff) + <i32>((b >> 52) & 0x7ff) - 2025 - <i32>sh;
  // the addend with its leading one at bit 125, then both aligned to the larger exponent
  let cHi = mc << 9;
  let cLo: u64 = 0;
  let ecx = <i32>((c >> 52) & 0x7ff) - 1023;
  if (e >= ecx) {
    shiftRightJam128(cHi, cLo, <u32>(e - ecx));
    cHi = wHi;
    cLo = wLo;
  } else {
    shiftRightJam128(pHi, pLo, <u32>(ecx - e));
    pHi = wHi;
    pLo = wLo;
    e = ecx;
  }
  let sign = sp;
  if (sp == sc) {
    add128(pHi, pLo, cHi, cLo);
  } else if (lt128(pHi, pLo, cHi, cLo)) {
    sub128(cHi, cLo, pHi, pLo);
    sign = sc;
  } else {
    sub128(pHi, pLo, cHi, cLo);
  }
  if ((wHi | wLo) == 0) return 0; // exact cancellation: +0 in round-to-nearest
  // leading one to bit 126; the top 64 bits (leading one at bit 62) plus a sticky bit
  let lz = clz128(wHi, wLo);
  shiftLeft128(wHi, wLo, lz - 1);
  let sig = wHi | <u64>(wLo != 0);
  let exp = e + 2 - <i32>lz;
  if (exp < -1022) return NOT_HANDLED; // tiny before rounding
  let mant = sig >> 10;
  let rem = sig & 0x3ff;
  if (rem > 0x200 || (rem == 0x200 && (mant & 1) != 0)) {
    mant++;
    if (mant == (<u64>1 << 53)) {
      mant >>= 1;
      exp++;
    }
  }
  if (exp > 1023) return NOT_HANDLED; // overflow
  if (rem != 0) raise(FPSR_IXC);
  return (sign << 63) | (<u64>(exp + 1023) << 52) | (mant & D_FRAC);
}

// ---- single precision (computed in double) -----------------------------------------------------

@inline function f64OfS(a: u64): f64 {
  return <f64>reinterpret<f32>(<u32>a);
}
@inline function bitsOfS(r: f32): u64 {
  return <u64>reinterpret<u32>(r);
}
/** A single result is normal and its exact value (given in double) is at least 2^-126. */
@inline function isSafeResultS(r: f32, exact: f64): bool {
  return isNormalS(bitsOfS(r)) && Math.abs(exact) >= S_MIN_NORMAL;
}

export function addF32(a: u64, b: u64, negB: bool): u64 {
  if (fpcrRounding() == RN && isNormalS(a) && isNormalS(b)) {
    let bb = b ^ (<u64>negB << 31);
    let x = f64OfS(a);
    let y = f64OfS(bb);
    let d = x + y;
    let r = <f32>d;
    let rb = bitsOfS(r);
    if (isNormalS(rb)) {
      let ediff = <i32>((a >> 23) & 0xff) - <i32>((bb >> 23) & 0xff);
      if (ediff > 28 || ediff < -28 || <f64>r != d) raise(FPSR_IXC);
      return rb;
    }
    if (d == 0) return 0; // x = -y: +0, exact
  }
  return fpAddSub(a, b, negB, FMT_S, fpcrRounding());
}

export function mulF32(a: u64, b: u64): u64 {
  if (fpcrRounding() == RN && isNormalS(a) && isNormalS(b)) {
    let d = f64OfS(a) * f64OfS(b); // exact
    let r = <f32>d;
    if (isSafeResultS(r, d)) {
      if (<f64>r != d) raise(FPSR_IXC);
      return bitsOfS(r);
    }
  }
  return fpMul(a, b, false, FMT_S, fpcrRounding());
}

export function divF32(a: u64, b: u64): u64 {
  if (fpcrRounding() == RN && isNormalS(a) && isNormalS(b)) {
    let x = f64OfS(a);
    let y = f64OfS(b);
    let r = <f32>(x / y);
    // r > 2^-126 strictly: then the exact quotient was at least 2^-126
    if (isNormalS(bitsOfS(r)) && Math.abs(<f64>r) > S_MIN_NORMAL) {
      if (<f64>r * y != x) raise(FPSR_IXC);
      return bitsOfS(r);
    }
  }
  return fpDiv(a, b, FMT_S, fpcrRounding());
}

export function sqrtF32(a: u64): u64 {
  if (fpcrRounding() == RN && (a >> 31) == 0 && isNormalS(a)) {
    let x = f64OfS(a);
    let r = <f32>Math.sqrt(x);
    if (<f64>r * <f64>r != x) raise(FPSR_IXC);
    return bitsOfS(r);
  }
  return fpSqrt(a, FMT_S, fpcrRounding());
}

/** FPMulAdd(c, a, b) in single: the product is exact in double; the sum is checked exact. */
export function mulAddF32(c: u64, a: u64, b: u64): u64 {
  if (fpcrRounding() == RN && isNormalS(a) && isNormalS(b) && isNormalS(c)) {
    let p = f64OfS(a) * f64OfS(b);
    let z = f64OfS(c);
    let s = p + z;
    let big = p, small = z;
    if (Math.abs(p) < Math.abs(z)) {
      big = z;
      small = p;
    }
    if (small - (s - big) == 0) {
      // s is the exact sum: one rounding to single is the fused result
      if (s == 0) return 0; // exact cancellation: +0 in round-to-nearest
      let r = <f32>s;
      if (isSafeResultS(r, s)) {
        if (<f64>r != s) raise(FPSR_IXC);
        return bitsOfS(r);
      }
    }
  }
  return fpMulAdd(c, a, b, FMT_S, fpcrRounding());
}
