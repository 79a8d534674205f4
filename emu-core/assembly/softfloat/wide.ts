// 64- and 128-bit integer helpers for the exact significand arithmetic. 128-bit values are
// (hi, lo) pairs of u64; results come back in the globals wHi / wLo (no allocation).

export let wHi: u64 = 0;
export let wLo: u64 = 0;

/** x >> n, with every bit shifted out ORed into bit 0 ("jamming": keeps inexactness visible). */
@inline export function shiftRightJam64(x: u64, n: u32): u64 {
  if (n == 0) return x;
  if (n < 64) return (x >> n) | <u64>((x << (64 - n)) != 0);
  return <u64>(x != 0);
}

/** Full 128-bit product of two u64 into wHi:wLo. */
@inline export function mul64To128(a: u64, b: u64): void {
  let a0 = a & 0xffffffff;
  let a1 = a >> 32;
  let b0 = b & 0xffffffff;
  let b1 = b >> 32;
  let p00 = a0 * b0;
  let p01 = a0 * b1;
  let p10 = a1 * b0;
  let mid = (p00 >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);
  wLo = (mid << 32) | (p00 & 0xffffffff);
  wHi = a1 * b1 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/** hi:lo >> n with jamming, into wHi:wLo. */
@inline export function shiftRightJam128(hi: u64, lo: u64, n: u32): void {
  if (n == 0) {
    wHi = hi;
    wLo = lo;
  } else if (n < 64) {
    wLo = (lo >> n) | (hi << (64 - n)) | <u64>((lo << (64 - n)) != 0);
    wHi = hi >> n;
  } else if (n == 64) {
    wLo = hi | <u64>(lo != 0);
    wHi = 0;
  } else if (n < 128) {
    wLo = (hi >> (n - 64)) | <u64>(((hi << (128 - n)) | lo) != 0);
    wHi = 0;
  } else {
    wLo = <u64>((hi | lo) != 0);
    wHi = 0;
  }
}

/** hi:lo << n for n < 128, into wHi:wLo. */
@inline export function shiftLeft128(hi: u64, lo: u64, n: u32): void {
  if (n == 0) {
    wHi = hi;
    wLo = lo;
  } else if (n < 64) {
    wHi = (hi << n) | (lo >> (64 - n));
    wLo = lo << n;
  } else {
    wHi = lo << (n - 64);
    wLo = 0;
  }
}

/** Leading zeros of hi:lo (128 for zero). */
@inline export function clz128(hi: u64, lo: u64): u32 {
  return hi != 0 ? <u32>clz<u64>(hi) : 64 + <u32>clz<u64>(lo);
}

/** a < b as 128-bit unsigned numbers. */
@inline export function lt128(aHi: u64, aLo: u64, bHi: u64, bLo: u64): bool {
  return aHi < bHi || (aHi == bHi && aLo < bLo);
}

/** a + b into wHi:wLo (the caller knows it does not overflow 128 bits). */
@inline export function add128(aHi: u64, aLo: u64, bHi: u64, bLo: u64): void {
  let lo = aLo + bLo;
  wHi = aHi + bHi + <u64>(lo < aLo);
  wLo = lo;
}

/** a - b into wHi:wLo (the caller knows a >= b). */
@inline export function sub128(aHi: u64, aLo: u64, bHi: u64, bLo: u64): void {
  wHi = aHi - bHi - <u64>(aLo < bLo);
  wLo = aLo - bLo;
}
