// Shared arithmetic of the integer data-processing handlers, written after the Arm ARM's
// pseudocode functions (AddWithCarry, DecodeBitMasks, ROR, Replicate).

import { nf, zf, cf, vf } from '../state';

/** Ones(n) for 0 <= n <= 64. */
@inline export function ones(n: u32): u64 {
  return n >= 64 ? 0xffffffffffffffff : (<u64>1 << n) - 1;
}

/** ROR(x, r) within an element of `size` bits (size <= 64, x < 2^size). */
@inline export function rorN(x: u64, r: u32, size: u32): u64 {
  if (r == 0) return x;
  return ((x >> r) | (x << (size - r))) & ones(size);
}

/** Replicate an esize-bit element to fill `size` bits. */
export function replicate(x: u64, esize: u32, size: u32): u64 {
  let r: u64 = 0;
  for (let p: u32 = 0; p < size; p += esize) r |= x << p;
  return r;
}

/**
 * AddWithCarry(x, y, carry) on 32 (sf = 0) or 64 bits; sets NZCV when `setFlags`.
 * Returns the result zero-extended to 64 bits.
 */
@inline export function addWithCarry(sf: u32, x: u64, y: u64, carry: u32, setFlags: bool): u64 {
  if (sf) {
    let r = x + y + <u64>carry;
    if (setFlags) {
      nf = <u32>(r >> 63);
      zf = r == 0 ? 1 : 0;
      cf = carry ? (r <= x ? 1 : 0) : (r < x ? 1 : 0);
      vf = <u32>(((x ^ r) & (y ^ r)) >> 63);
    }
    return r;
  }
  let x32 = x & 0xffffffff;
  let y32 = y & 0xffffffff;
  let wide = x32 + y32 + <u64>carry;
  let r32 = wide & 0xffffffff;
  if (setFlags) {
    nf = <u32>(r32 >> 31);
    zf = r32 == 0 ? 1 : 0;
    cf = <u32>(wide >> 32);
    vf = <u32>((((x32 ^ r32) & (y32 ^ r32)) >> 31) & 1);
  }
  return r32;
}

/** N and Z from a result of 32 (sf = 0) or 64 bits; C = V = 0 (logical operations). */
@inline export function setLogicalFlags(sf: u32, r: u64): void {
  nf = sf ? <u32>(r >> 63) : <u32>(r >> 31) & 1;
  zf = (sf ? r : r & 0xffffffff) == 0 ? 1 : 0;
  cf = 0;
  vf = 0;
}

// DecodeBitMasks outputs.
export let wmask: u64 = 0;
export let tmask: u64 = 0;

/**
 * DecodeBitMasks(N, imms, immr, immediate) for `size` = 32 or 64. Returns false for the
 * reserved encodings (the caller raises UNDEF); sets wmask and tmask.
 */
export function decodeBitMasks(n: u32, imms: u32, immr: u32, immediate: bool, size: u32): bool {
  let combined = (n << 6) | (~imms & 0x3f);
  if (combined == 0) return false;
  let len: u32 = 31 - clz<u32>(combined);
  if (len < 1) return false;
  let levels: u32 = (1 << len) - 1;
  if (immediate && (imms & levels) == levels) return false;
  let s = imms & levels;
  let r = immr & levels;
  let d = (s - r) & levels;
  let esize: u32 = 1 << len;
  if (esize > size) return false;
  let welem = ones(s + 1);
  let telem = ones(d + 1);
  wmask = replicate(rorN(welem, r, esize), esize, size);
  tmask = replicate(telem, esize, size);
  return true;
}
