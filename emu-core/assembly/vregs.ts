// Lane access on the V register file for the AdvSIMD, FP and crypto handlers.
//
// Vn is 16 little-endian bytes at vAddr(n) (see state.ts). Element e of an arrangement whose
// elements are 2^s bytes wide (s = 0 B, 1 H, 2 S, 3 D) occupies bytes [e << s, (e + 1) << s):
//
//   Vn   byte 15                                              byte 0
//        +------+------+------+------+------+------+------+------+
//   .2D  |           e = 1           |           e = 0           |
//   .4S  |    3        |     2       |     1       |     0       |
//   .16B | 15 | 14 | ...                                  | 1 | 0 |
//        +------+------+------+------+------+------+------+------+
//        \________ upper half _______/\_____ lower half (D) ______/
//
// Helpers take a host address (`usize`) rather than a register number where a handler may
// build a result in a scratch buffer first: results are computed into SCRATCH whenever an
// output lane depends on other lanes of a register that Rd may alias, then copied out.
// Writes of a 64-bit (Q = 0) vector or of a scalar clear the rest of the register, as the
// architecture's V[d] = ... does.

import { vAddr } from './state';
import { fpsr } from './sysregs';

/** Scratch vectors for results that must not overwrite a source before it is fully read. */
export const SCRATCH: usize = memory.data(16, 16);
export const SCRATCH2: usize = memory.data(16, 16);

/** FPSR.QC, the cumulative saturation bit. */
@inline export const FPSR_QC: u32 = 1 << 27;

/** Record that a saturating instruction saturated (FPSR.QC = 1). */
@inline export function setQC(): void {
  fpsr |= FPSR_QC;
}

/** Element e (2^s bytes) at p, zero-extended. */
@inline export function lane(p: usize, e: u32, s: u32): u64 {
  let a = p + (<usize>e << s);
  switch (s) {
    case 0: return <u64>load<u8>(a);
    case 1: return <u64>load<u16>(a);
    case 2: return <u64>load<u32>(a);
    default: return load<u64>(a);
  }
}

/** Element e (2^s bytes) at p, sign-extended. */
@inline export function laneS(p: usize, e: u32, s: u32): i64 {
  let a = p + (<usize>e << s);
  switch (s) {
    case 0: return <i64>load<i8>(a);
    case 1: return <i64>load<i16>(a);
    case 2: return <i64>load<i32>(a);
    default: return load<i64>(a);
  }
}

/** Element e (2^s bytes) at p = the low 2^s bytes of v. */
@inline export function setLane(p: usize, e: u32, s: u32, v: u64): void {
  let a = p + (<usize>e << s);
  switch (s) {
    case 0: store<u8>(a, <u8>v); break;
    case 1: store<u16>(a, <u16>v); break;
    case 2: store<u32>(a, <u32>v); break;
    default: store<u64>(a, v);
  }
}

/** Sign-extend the low `bits` bits of v. */
@inline export function sext(v: u64, bits: u32): i64 {
  let sh = <u64>(64 - bits);
  return (<i64>(v << sh)) >> sh;
}

/** Mask of the low `bits` bits (bits <= 64). */
@inline export function lowMask(bits: u32): u64 {
  return bits >= 64 ? 0xffffffffffffffff : (<u64>1 << <u64>bits) - 1;
}

/** Vd = the 8 (q = 0) or 16 (q = 1) bytes at p; with q = 0 the upper half becomes zero. */
@inline export function writeV(d: u32, p: usize, q: u32): void {
  let a = vAddr(d);
  if (q != 0) {
    v128.store(a, v128.load(p));
  } else {
    store<u64>(a, load<u64>(p));
    store<u64>(a, 0, 8);
  }
}

/** Vd = a 128-bit value. */
@inline export function setV128(d: u32, v: v128): void {
  v128.store(vAddr(d), v);
}

/** The 128-bit value of Vn. */
@inline export function getV128(n: u32): v128 {
  return v128.load(vAddr(n));
}

/** Vd = v128 value, keeping only the low 64 bits when q = 0. */
@inline export function setVQ(d: u32, v: v128, q: u32): void {
  if (q == 0) v = v128.and(v, i64x2(-1, 0));
  v128.store(vAddr(d), v);
}

/** Vd = a scalar of 2^s bytes, zero-extended to 128 bits (B/H/S/D destination writes). */
@inline export function setScalar(d: u32, s: u32, v: u64): void {
  let a = vAddr(d);
  store<u64>(a, v & lowMask(8 << s));
  store<u64>(a, 0, 8);
}

/** Low 64 bits of Vn (Dn). */
@inline export function getD(n: u32): u64 {
  return load<u64>(vAddr(n));
}
/** High 64 bits of Vn. */
@inline export function getHi(n: u32): u64 {
  return load<u64>(vAddr(n), 8);
}
/** Vd = hi:lo. */
@inline export function setQ(d: u32, lo: u64, hi: u64): void {
  let a = vAddr(d);
  store<u64>(a, lo);
  store<u64>(a, hi, 8);
}
