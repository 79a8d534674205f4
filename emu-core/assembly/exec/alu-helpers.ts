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

/** ShiftReg(x, type, amount) on 32 (sf = 0, x < 2^32, amount < 32) or 64 bits: LSL LSR ASR ROR. */
@inline export function shiftReg(sf: u32, x: u64, type: u32, amount: u32): u64 {
  if (sf) {
    if (type == 0) return x << amount;
    if (type == 1) return x >> amount;
    if (type == 2) return <u64>(<i64>x >> amount);
    return rotr<u64>(x, amount);
  }
  let w = <u32>x;
  if (type == 0) return <u64>(w << amount);
  if (type == 1) return <u64>(w >> amount);
  if (type == 2) return <u64>(<u32>(<i32>w >> amount));
  return <u64>rotr<u32>(w, amount);
}

/**
 * ExtendReg(x, option, shift): option<1:0> picks the source width (B, H, W, X), option<2>
 * sign extension; then LSL #shift (0..4). The caller truncates to the data size.
 */
@inline export function extendReg(x: u64, option: u32, shift: u32): u64 {
  let v: u64;
  switch (option) {
    case 0: v = x & 0xff; break;
    case 1: v = x & 0xffff; break;
    case 2: v = x & 0xffffffff; break;
    case 4: v = <u64><i64><i8>x; break;
    case 5: v = <u64><i64><i16>x; break;
    case 6: v = <u64><i64><i32>x; break;
    default: v = x; // UXTX, SXTX
  }
  return v << shift;
}

/** High 64 bits of the unsigned 128-bit product a * b, from four 32x32->64 partial products. */
@inline export function umulh(a: u64, b: u64): u64 {
  let aLo = a & 0xffffffff;
  let aHi = a >> 32;
  let bLo = b & 0xffffffff;
  let bHi = b >> 32;
  let lolo = aLo * bLo;
  let hilo = aHi * bLo;
  let lohi = aLo * bHi;
  let hihi = aHi * bHi;
  // At most (2^32-1) + (2^32-1) + (2^32-1)^2 = 2^64 - 1: cannot overflow.
  let cross = (lolo >> 32) + (hilo & 0xffffffff) + lohi;
  return hihi + (hilo >> 32) + (cross >> 32);
}

/** High 64 bits of the signed 128-bit product: the unsigned one, corrected for negative operands. */
@inline export function smulh(a: u64, b: u64): u64 {
  let h = umulh(a, b);
  if (<i64>a < 0) h -= b;
  if (<i64>b < 0) h -= a;
  return h;
}

// CRC lookup tables, one byte at a time, bit-reflected (LSB-first), filled once at start-up.
//
//   CRC_TABLES (static, 2 KiB)
//   +-------+---------------------------------------------------+
//   | 0x000 | CRC32  (0x04C11DB7, reflected 0xEDB88320) 256 x u32 |
//   | 0x400 | CRC32C (0x1EDC6F41, reflected 0x82F63B78) 256 x u32 |
//   +-------+---------------------------------------------------+
const CRC_TABLES: usize = memory.data(2 * 256 * 4, 16);
@inline const CRC32C_TABLE_OFF: usize = 0x400;
@inline const POLY_CRC32_REFLECTED: u32 = 0xedb88320;
@inline const POLY_CRC32C_REFLECTED: u32 = 0x82f63b78;

function fillCrcTable(table: usize, poly: u32): void {
  for (let n: u32 = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >> 1) ^ poly : c >> 1;
    store<u32>(table + (<usize>n << 2), c);
  }
}
fillCrcTable(CRC_TABLES, POLY_CRC32_REFLECTED);
fillCrcTable(CRC_TABLES + CRC32C_TABLE_OFF, POLY_CRC32C_REFLECTED);

/**
 * The Arm CRC32/CRC32C instruction: accumulator `acc` updated with the low `bytes` bytes of
 * `data`, least significant byte first (BitReverse(Poly32Mod2(...)) in the pseudocode is the
 * reflected CRC without inversions).
 */
@inline export function crc32Update(acc: u32, data: u64, bytes: u32, castagnoli: bool): u32 {
  let table = CRC_TABLES + (castagnoli ? CRC32C_TABLE_OFF : 0);
  for (let k: u32 = 0; k < bytes; k++) {
    acc = load<u32>(table + (<usize>((acc ^ <u32>data) & 0xff) << 2)) ^ (acc >> 8);
    data >>= 8;
  }
  return acc;
}
