// SHA-1 and SHA-256 acceleration instructions, after the Arm ARM's pseudocode (SHA1C/P/M,
// SHA1H, SHA1SU0/1, SHA256H/H2, SHA256SU0/1). Operands are handled as four 32-bit words,
// word 0 the least significant (Vn.S[0]).
//
//   WA, WB, WC (static): three 4-word working buffers
//   +0 word 0 | +4 word 1 | +8 word 2 | +12 word 3

import { vAddr } from '../state';

const WA: usize = memory.data(16, 16);
const WB: usize = memory.data(16, 16);
const WC: usize = memory.data(16, 16);

@inline function w(p: usize, e: u32): u32 { return load<u32>(p + (<usize>e << 2)); }
@inline function setW(p: usize, e: u32, v: u32): void { store<u32>(p + (<usize>e << 2), v); }

@inline function rol(x: u32, n: u32): u32 { return rotl<u32>(x, n); }
@inline function ror(x: u32, n: u32): u32 { return rotr<u32>(x, n); }

@inline export const SHA1_CHOOSE: u32 = 0;
@inline export const SHA1_PARITY: u32 = 1;
@inline export const SHA1_MAJORITY: u32 = 2;

/**
 * SHA1C / SHA1P / SHA1M: four rounds. X = Qd (a, b, c, d in words 0..3), Y = Sn (e),
 * W = Vm (the four schedule words plus constant).
 */
export function sha1Rounds(d: u32, n: u32, m: u32, f: u32): void {
  v128.store(WA, v128.load(vAddr(d)));
  let y = load<u32>(vAddr(n));
  let wv = vAddr(m);
  for (let e: u32 = 0; e < 4; e++) {
    let b = w(WA, 1);
    let c = w(WA, 2);
    let dd = w(WA, 3);
    let t: u32;
    if (f == SHA1_CHOOSE) t = ((c ^ dd) & b) ^ dd;
    else if (f == SHA1_PARITY) t = b ^ c ^ dd;
    else t = (b & c) | ((b | c) & dd);
    y = y + rol(w(WA, 0), 5) + t + w(wv, e);
    setW(WA, 1, rol(b, 30));
    // <Y, X> = ROL(Y:X, 32): X moves up one word, Y enters at the bottom, X's top word leaves
    let top = w(WA, 3);
    setW(WA, 3, w(WA, 2));
    setW(WA, 2, w(WA, 1));
    setW(WA, 1, w(WA, 0));
    setW(WA, 0, y);
    y = top;
  }
  v128.store(vAddr(d), v128.load(WA));
}

/** SHA1H: Sd = ROL(Sn, 30). */
export function sha1h(d: u32, n: u32): void {
  let r = rol(load<u32>(vAddr(n)), 30);
  v128.store(vAddr(d), i32x4(<i32>r, 0, 0, 0));
}

/** SHA1SU0: Vd = (Vn<63:0> : Vd<127:64>) ^ Vd ^ Vm. */
export function sha1su0(d: u32, n: u32, m: u32): void {
  let op1 = v128.load(vAddr(d));
  let t = i8x16.shuffle(op1, v128.load(vAddr(n)), 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
  v128.store(vAddr(d), v128.xor(v128.xor(t, op1), v128.load(vAddr(m))));
}

/** SHA1SU1: T = Vd ^ (Vn >> 32); rotate each word left by 1, the top word also takes ROL(T0, 2). */
export function sha1su1(d: u32, n: u32): void {
  let y = v128.load(vAddr(n));
  let t = v128.xor(v128.load(vAddr(d)), i8x16.shuffle(y, i64x2(0, 0), 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19));
  v128.store(WA, t);
  let t0 = w(WA, 0);
  let r = i32x4(<i32>rol(t0, 1), <i32>rol(w(WA, 1), 1), <i32>rol(w(WA, 2), 1), <i32>(rol(w(WA, 3), 1) ^ rol(t0, 2)));
  v128.store(vAddr(d), r);
}

@inline function sigma0(x: u32): u32 { return ror(x, 2) ^ ror(x, 13) ^ ror(x, 22); }
@inline function sigma1(x: u32): u32 { return ror(x, 6) ^ ror(x, 11) ^ ror(x, 25); }

/**
 * SHA256hash(X, Y, W, part1): four rounds over the state halves X = (a, b, c, d) and
 * Y = (e, f, g, h); SHA256H keeps X (part1), SHA256H2 keeps Y; the kept half goes to Vd.
 */
export function sha256Rounds(d: u32, x: usize, y: usize, wv: usize, part1: bool): void {
  v128.store(WA, v128.load(x));
  v128.store(WB, v128.load(y));
  for (let e: u32 = 0; e < 4; e++) {
    let y0 = w(WB, 0);
    let y1 = w(WB, 1);
    let y2 = w(WB, 2);
    let x0 = w(WA, 0);
    let x1 = w(WA, 1);
    let x2 = w(WA, 2);
    let chs = ((y1 ^ y2) & y0) ^ y2;
    let maj = (x0 & x1) | ((x0 | x1) & x2);
    let t = w(WB, 3) + sigma1(y0) + chs + w(wv, e);
    let x3 = t + w(WA, 3);
    let y3 = t + sigma0(x0) + maj;
    // <Y, X> = ROL(Y:X, 32) over 256 bits
    setW(WB, 3, y2);
    setW(WB, 2, y1);
    setW(WB, 1, y0);
    setW(WB, 0, x3);
    setW(WA, 3, x2);
    setW(WA, 2, x1);
    setW(WA, 1, x0);
    setW(WA, 0, y3);
  }
  v128.store(vAddr(d), v128.load(part1 ? WA : WB));
}

/** SHA256SU0: Vd[e] += sigma0'(T[e]) with T = Vn<31:0> : Vd<127:32>. */
export function sha256su0(d: u32, n: u32): void {
  let op1 = v128.load(vAddr(d));
  v128.store(WA, op1);
  v128.store(WB, i8x16.shuffle(op1, v128.load(vAddr(n)), 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19));
  for (let e: u32 = 0; e < 4; e++) {
    let t = w(WB, e);
    setW(WC, e, (ror(t, 7) ^ ror(t, 18) ^ (t >> 3)) + w(WA, e));
  }
  v128.store(vAddr(d), v128.load(WC));
}

@inline function sigma1s(x: u32): u32 { return ror(x, 17) ^ ror(x, 19) ^ (x >> 10); }

/** SHA256SU1: the second half of the message schedule update. */
export function sha256su1(d: u32, n: u32, m: u32): void {
  v128.store(WA, v128.load(vAddr(d))); // op1
  let op3 = v128.load(vAddr(m));
  v128.store(WB, i8x16.shuffle(v128.load(vAddr(n)), op3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)); // T0
  v128.store(WC, op3); // T1 = op3 words 2, 3
  let r0 = sigma1s(w(WC, 2)) + w(WA, 0) + w(WB, 0);
  let r1 = sigma1s(w(WC, 3)) + w(WA, 1) + w(WB, 1);
  let r2 = sigma1s(r0) + w(WA, 2) + w(WB, 2);
  let r3 = sigma1s(r1) + w(WA, 3) + w(WB, 3);
  v128.store(vAddr(d), i32x4(<i32>r0, <i32>r1, <i32>r2, <i32>r3));
}
