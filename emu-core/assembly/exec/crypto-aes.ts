// AES round primitives for AESE, AESD, AESMC and AESIMC (FIPS-197 section 5).
//
// The 16 bytes of a V register are the AES state in column-major order:
//
//   byte index i = row + 4 * column        state:  b0  b4  b8  b12
//                                                  b1  b5  b9  b13
//                                                  b2  b6  b10 b14
//                                                  b3  b7  b11 b15
//
// The S-boxes are computed from their definition (multiplicative inverse in GF(2^8) followed
// by the affine transformation) the first time an AES instruction runs.
//
//   SBOX (static): 256 bytes forward S-box, then 256 bytes inverse S-box

const SBOX: usize = memory.data(512, 16);
@inline const INV_SBOX: usize = 256;
let sboxReady: bool = false;

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1. */
export function gmul(a: u32, b: u32): u32 {
  let r: u32 = 0;
  while (b != 0) {
    if ((b & 1) != 0) r ^= a;
    a <<= 1;
    if ((a & 0x100) != 0) a ^= 0x11b;
    b >>= 1;
  }
  return r;
}

/** a^254 = a^-1 in GF(2^8) (0 maps to 0). */
function ginv(a: u32): u32 {
  let r: u32 = 1;
  let p = a;
  let e: u32 = 254;
  while (e != 0) {
    if ((e & 1) != 0) r = gmul(r, p);
    p = gmul(p, p);
    e >>= 1;
  }
  return a == 0 ? 0 : r;
}

@inline function rotl8(x: u32, n: u32): u32 {
  return ((x << n) | (x >> (8 - n))) & 0xff;
}

function buildSboxes(): void {
  for (let a: u32 = 0; a < 256; a++) {
    let b = ginv(a);
    let s = b ^ rotl8(b, 1) ^ rotl8(b, 2) ^ rotl8(b, 3) ^ rotl8(b, 4) ^ 0x63;
    store<u8>(SBOX + a, <u8>s);
    store<u8>(SBOX + INV_SBOX + s, <u8>a);
  }
  sboxReady = true;
}

/** Apply SubBytes (inverse: InvSubBytes) to the 16 bytes at p. */
export function subBytes(p: usize, inverse: bool): void {
  if (!sboxReady) buildSboxes();
  let table = SBOX + (inverse ? INV_SBOX : 0);
  for (let i: usize = 0; i < 16; i++) store<u8>(p + i, load<u8>(table + <usize>load<u8>(p + i)));
}

/** ShiftRows (row r rotates left by r columns) or InvShiftRows, as a byte shuffle. */
@inline export function shiftRows(v: v128, inverse: bool): v128 {
  // new[r + 4c] = old[r + 4((c + r) % 4)]; inverse: old[r + 4((c - r) % 4)]
  return inverse
    ? i8x16.shuffle(v, v, 0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3)
    : i8x16.shuffle(v, v, 0, 5, 10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 1, 6, 11);
}

/** MixColumns or InvMixColumns on the 16 bytes at src, written to dst (distinct buffers). */
export function mixColumns(src: usize, dst: usize, inverse: bool): void {
  // Row 0 of the circulant matrix; the other rows rotate it right.
  let m0: u32 = inverse ? 14 : 2;
  let m1: u32 = inverse ? 11 : 3;
  let m2: u32 = inverse ? 13 : 1;
  let m3: u32 = inverse ? 9 : 1;
  for (let c: usize = 0; c < 16; c += 4) {
    let a0 = <u32>load<u8>(src + c);
    let a1 = <u32>load<u8>(src + c + 1);
    let a2 = <u32>load<u8>(src + c + 2);
    let a3 = <u32>load<u8>(src + c + 3);
    store<u8>(dst + c, <u8>(gmul(a0, m0) ^ gmul(a1, m1) ^ gmul(a2, m2) ^ gmul(a3, m3)));
    store<u8>(dst + c + 1, <u8>(gmul(a0, m3) ^ gmul(a1, m0) ^ gmul(a2, m1) ^ gmul(a3, m2)));
    store<u8>(dst + c + 2, <u8>(gmul(a0, m2) ^ gmul(a1, m3) ^ gmul(a2, m0) ^ gmul(a3, m1)));
    store<u8>(dst + c + 3, <u8>(gmul(a0, m1) ^ gmul(a1, m2) ^ gmul(a2, m3) ^ gmul(a3, m0)));
  }
}
