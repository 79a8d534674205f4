// Known-answer tests of the cryptographic extension: FIPS-197 (AES) round values and cipher
// examples, FIPS 180-4 (SHA-1, SHA-256) digests, computed by guest code made of AES/SHA and
// other AdvSIMD instructions only (key expansion included), and the 64-bit PMULL.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cpu } from '../../src/core/cpu.ts';
import { simdMachine, setV, getV, lanes, unpack, bytes, run } from './simd-machine.ts';

let cpu: Cpu;
beforeEach(async () => {
  cpu = await simdMachine();
});

const KEYS = 0x40_0000; // expanded AES key schedule (11 x 16 bytes)
const SHA_K = 0x40_1000; // SHA-256 round constants

/** 16 bytes from a hex string in memory order ("00112233...") as a 128-bit value. */
const block = (hex: string) => bytes(hex.match(/../g)!.join(' '));
const hexOf = (v: bigint) => unpack(8, v).map((b) => b.toString(16).padStart(2, '0')).join('');

describe('AES', () => {
  it('one round of FIPS-197 appendix B: AESE (SubBytes, ShiftRows) then AESMC (MixColumns)', () => {
    setV(cpu, 0, block('193de3bea0f4e22b9ac68d2ae9f84808')); // start of round 1
    setV(cpu, 1, 0n);
    run(cpu, 'aese v0.16b, v1.16b\nmov v2.16b, v0.16b\naesmc v3.16b, v0.16b');
    expect(hexOf(getV(cpu, 2))).toBe('d4bf5d30e0b452aeb84111f11e2798e5'); // after ShiftRows(SubBytes)
    expect(hexOf(getV(cpu, 3))).toBe('046681e5e0cb199a48f8d37a2806264c'); // after MixColumns
    run(cpu, 'aesimc v4.16b, v3.16b\nmovi v5.16b, #0\naesd v4.16b, v5.16b');
    expect(hexOf(getV(cpu, 4))).toBe('193de3bea0f4e22b9ac68d2ae9f84808');
  });

  /**
   * Guest code: expand the AES-128 key in v0 into KEYS (x9), AdvSIMD only. With w[3] in all
   * four columns ShiftRows is the identity, so AESE with a zero round key gives SubWord.
   */
  function expandKey(): string {
    const lines = ['st1 {v0.16b}, [x9], #16', 'movi v7.16b, #0'];
    let rcon = 1;
    for (let round = 1; round <= 10; round++) {
      lines.push(
        'dup v1.4s, v0.s[3]', 'aese v1.16b, v7.16b',
        'ushr v2.4s, v1.4s, #8', 'sli v2.4s, v1.4s, #24', // RotWord of little-endian words
        `movi v3.4s, #${rcon}`, 'eor v2.16b, v2.16b, v3.16b',
        // w[i] ^= w[i-1] ^ ... ^ w[0] (prefix XOR across the lanes), then ^= t
        'ext v4.16b, v7.16b, v0.16b, #12', 'eor v0.16b, v0.16b, v4.16b',
        'ext v4.16b, v7.16b, v0.16b, #8', 'eor v0.16b, v0.16b, v4.16b',
        'eor v0.16b, v0.16b, v2.16b', 'st1 {v0.16b}, [x9], #16',
      );
      rcon = rcon & 0x80 ? ((rcon << 1) ^ 0x11b) & 0xff : rcon << 1;
    }
    return lines.join('\n');
  }

  function encrypt(): string {
    const lines = ['mov x9, #0x400000'];
    for (let r = 0; r < 10; r++) {
      lines.push('ld1 {v1.16b}, [x9], #16', 'aese v2.16b, v1.16b');
      if (r < 9) lines.push('aesmc v2.16b, v2.16b');
    }
    lines.push('ld1 {v1.16b}, [x9]', 'eor v2.16b, v2.16b, v1.16b');
    return lines.join('\n');
  }

  /** The equivalent inverse cipher: round keys 9..1 through AESIMC first. */
  function decrypt(): string {
    const lines = ['mov x9, #0x400000', 'add x9, x9, #160', 'ld1 {v1.16b}, [x9]', 'aesd v3.16b, v1.16b'];
    for (let r = 9; r >= 1; r--) lines.push('sub x9, x9, #16', 'ld1 {v1.16b}, [x9]', 'aesimc v1.16b, v1.16b', 'aesimc v3.16b, v3.16b', 'aesd v3.16b, v1.16b');
    lines.push('sub x9, x9, #16', 'ld1 {v1.16b}, [x9]', 'eor v3.16b, v3.16b, v1.16b');
    return lines.join('\n');
  }

  const cases = [
    // FIPS-197 appendix B (cipher example) and C.1 (AES-128)
    { key: '2b7e151628aed2a6abf7158809cf4f3c', plain: '3243f6a8885a308d313198a2e0370734', cipher: '3925841d02dc09fbdc118597196a0b32', last: 'd014f9a8c9ee2589e13f0cc8b6630ca6' },
    { key: '000102030405060708090a0b0c0d0e0f', plain: '00112233445566778899aabbccddeeff', cipher: '69c4e0d86a7b0430d8cdb78070b4c55a', last: '13111d7fe3944a17f307a78b4d2b30c5' },
  ];
  for (const c of cases) {
    it(`AES-128 with key ${c.key}: key expansion, encryption and decryption`, () => {
      setV(cpu, 0, block(c.key));
      cpu.setX(9, BigInt(KEYS));
      run(cpu, expandKey());
      expect(Buffer.from(cpu.readPhys(KEYS + 160, 16)).toString('hex')).toBe(c.last);
      setV(cpu, 2, block(c.plain));
      run(cpu, encrypt());
      expect(hexOf(getV(cpu, 2))).toBe(c.cipher);
      setV(cpu, 3, block(c.cipher));
      run(cpu, decrypt());
      expect(hexOf(getV(cpu, 3))).toBe(c.plain);
    });
  }
});

// ---- SHA ------------------------------------------------------------------------------------

/** floor(n^(1/k)) for BigInt n (Newton's method). */
function iroot(n: bigint, k: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << (BigInt(n.toString(2).length) / k + 1n);
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}
const PRIMES = (() => {
  const p: bigint[] = [];
  for (let n = 2n; p.length < 64; n++) if (p.every((q) => n % q !== 0n)) p.push(n);
  return p;
})();
const M32 = 0xffff_ffffn;
/** FIPS 180-4 4.2.2 and 5.3.3: fractional parts of cube and square roots of the first primes. */
const K256 = PRIMES.map((p) => iroot(p << 96n, 3n) & M32);
const H256 = PRIMES.slice(0, 8).map((p) => iroot(p << 64n, 2n) & M32);
/** FIPS 180-4 4.2.1: 2^30 times the square roots of 2, 3, 5 and 10. */
const K1 = [2n, 3n, 5n, 10n].map((n) => iroot(n << 60n, 2n));
const H1 = [0x67452301n, 0xefcdab89n, 0x98badcfen, 0x10325476n, 0xc3d2e1f0n];

/** Pad a message (FIPS 180-4 5.1.1) into 512-bit blocks of 16 big-endian words. */
function pad(msg: string): bigint[][] {
  const b = [...Buffer.from(msg, 'latin1'), 0x80];
  while (b.length % 64 !== 56) b.push(0);
  const bits = BigInt(msg.length * 8);
  for (let i = 7; i >= 0; i--) b.push(Number((bits >> BigInt(8 * i)) & 0xffn));
  const blocks: bigint[][] = [];
  for (let at = 0; at < b.length; at += 64) {
    const w: bigint[] = [];
    for (let i = 0; i < 16; i++) w.push(BigInt(((b[at + 4 * i] << 24) | (b[at + 4 * i + 1] << 16) | (b[at + 4 * i + 2] << 8) | b[at + 4 * i + 3]) >>> 0));
    blocks.push(w);
  }
  return blocks;
}

const loadBlock = (w: bigint[]) => {
  for (let g = 0; g < 4; g++) setV(cpu, 16 + g, lanes(32, w.slice(4 * g, 4 * g + 4)));
};
const W = (g: number) => `v${16 + (g % 4)}`;

/** Guest code for one SHA-1 block: abcd in v0, e in s1, W in v16-v19, K1 in v20-v23. */
function sha1Block(): string {
  const lines = ['mov v24.16b, v0.16b', 'mov v25.16b, v1.16b'];
  for (let g = 0; g < 20; g++) {
    const op = g < 5 ? 'sha1c' : g < 10 || g >= 15 ? 'sha1p' : 'sha1m';
    lines.push(`add v2.4s, ${W(g)}.4s, v${20 + Math.floor(g / 5)}.4s`, 'sha1h s3, s0', `${op} q0, s1, v2.4s`, 'mov v1.16b, v3.16b');
    if (g < 16) lines.push(`sha1su0 ${W(g)}.4s, ${W(g + 1)}.4s, ${W(g + 2)}.4s`, `sha1su1 ${W(g)}.4s, ${W(g + 3)}.4s`);
  }
  lines.push('add v0.4s, v0.4s, v24.4s', 'add v1.4s, v1.4s, v25.4s');
  return lines.join('\n');
}

/** Guest code for one SHA-256 block: abcd in v0, efgh in v1, W in v16-v19, K256 at SHA_K. */
function sha256Block(): string {
  const lines = ['mov x1, #0x400000', 'add x1, x1, #1, lsl #12', 'mov v24.16b, v0.16b', 'mov v25.16b, v1.16b'];
  for (let g = 0; g < 16; g++) {
    lines.push('ld1 {v4.4s}, [x1], #16', `add v4.4s, v4.4s, ${W(g)}.4s`, 'mov v2.16b, v0.16b', 'sha256h q0, q1, v4.4s', 'sha256h2 q1, q2, v4.4s');
    if (g < 12) lines.push(`sha256su0 ${W(g)}.4s, ${W(g + 1)}.4s`, `sha256su1 ${W(g)}.4s, ${W(g + 2)}.4s, ${W(g + 3)}.4s`);
  }
  lines.push('add v0.4s, v0.4s, v24.4s', 'add v1.4s, v1.4s, v25.4s');
  return lines.join('\n');
}

const words = (v: bigint, n: number) => unpack(32, v).slice(0, n).map((x) => x.toString(16).padStart(8, '0')).join('');

describe('SHA', () => {
  const msg2 = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';

  it('derived constants match FIPS 180-4', () => {
    expect(K1).toEqual([0x5a827999n, 0x6ed9eba1n, 0x8f1bbcdcn, 0xca62c1d6n]);
    expect(H256[0]).toBe(0x6a09e667n);
    expect(K256[0]).toBe(0x428a2f98n);
    expect(K256[63]).toBe(0xc67178f2n);
  });

  for (const [msg, digest] of [
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    [msg2, '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ]) {
    it(`SHA-1("${msg.slice(0, 8)}...") with SHA1C/P/M/H/SU0/SU1`, () => {
      setV(cpu, 0, lanes(32, H1.slice(0, 4)));
      setV(cpu, 1, H1[4]);
      for (let k = 0; k < 4; k++) setV(cpu, 20 + k, lanes(32, Array(4).fill(K1[k])));
      for (const blk of pad(msg)) {
        loadBlock(blk);
        run(cpu, sha1Block());
      }
      expect(words(getV(cpu, 0), 4) + words(getV(cpu, 1), 1)).toBe(digest);
    });
  }

  for (const [msg, digest] of [
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [msg2, '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ]) {
    it(`SHA-256("${msg.slice(0, 8)}...") with SHA256H/H2/SU0/SU1`, () => {
      const k = new Uint8Array(256);
      K256.forEach((x, i) => new DataView(k.buffer).setUint32(4 * i, Number(x), true));
      cpu.writePhys(SHA_K, k);
      setV(cpu, 0, lanes(32, H256.slice(0, 4)));
      setV(cpu, 1, lanes(32, H256.slice(4, 8)));
      for (const blk of pad(msg)) {
        loadBlock(blk);
        run(cpu, sha256Block());
      }
      expect(words(getV(cpu, 0), 4) + words(getV(cpu, 1), 4)).toBe(digest);
    });
  }
});

describe('PMULL (64-bit)', () => {
  it('carry-less 64 x 64 -> 128 of the lower or upper doublewords', () => {
    setV(cpu, 1, lanes(64, [0x8000_0000_0000_0001n, 3n]));
    setV(cpu, 2, lanes(64, [0x8000_0000_0000_0001n, 0xffff_ffff_ffff_ffffn]));
    run(cpu, 'pmull v3.1q, v1.1d, v2.1d\npmull2 v4.1q, v1.2d, v2.2d');
    // (x^63 + 1)^2 = x^126 + 1
    expect(getV(cpu, 3)).toBe((1n << 126n) | 1n);
    // (x + 1) * (x^64 - 1)/(x - 1) = x^64 + 1 over GF(2)
    expect(getV(cpu, 4)).toBe((1n << 64n) | 1n);
  });
});
