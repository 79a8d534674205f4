// AdvSIMD data movement: copy (DUP, INS, UMOV, SMOV), modified immediate, permutes, EXT,
// TBL/TBX.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cpu } from '../../src/core/cpu.ts';
import { simdMachine, setV, getV, lanes, unpack, run, tryWord, EC_UNKNOWN } from './simd-machine.ts';

let cpu: Cpu;
beforeEach(async () => {
  cpu = await simdMachine();
});

const BYTES = lanes(8, [...Array(16).keys()]); // byte i = i
const HIGH = lanes(8, [...Array(16).keys()].map((i) => 0x10 + i)); // byte i = 0x10 + i

describe('copy', () => {
  it('DUP from an element and from a general register', () => {
    setV(cpu, 1, BYTES);
    cpu.setX(2, 0x1122_3344_5566_7788n);
    run(cpu, 'dup v3.8h, v1.h[5]\ndup v4.2s, w2\ndup v5.2d, x2\ndup b6, v1.b[15]');
    expect(getV(cpu, 3)).toBe(lanes(16, Array(8).fill(0x0b0a)));
    expect(getV(cpu, 4)).toBe(lanes(32, [0x5566_7788, 0x5566_7788, 0, 0]));
    expect(getV(cpu, 5)).toBe(lanes(64, [0x1122_3344_5566_7788n, 0x1122_3344_5566_7788n]));
    expect(getV(cpu, 6)).toBe(15n);
  });

  it('INS keeps the other lanes; UMOV zero-extends, SMOV sign-extends', () => {
    setV(cpu, 1, BYTES);
    setV(cpu, 2, HIGH);
    cpu.setX(3, 0xffff_ffff_ffff_fe80n);
    run(cpu, 'mov v1.s[2], w3\nmov v2.b[0], v1.b[13]\numov w4, v1.h[4]\nsmov x5, v1.b[8]\nsmov w6, v1.h[4]\nmov x7, v2.d[1]');
    expect(getV(cpu, 1)).toBe((BYTES & ~(0xffff_ffffn << 64n)) | (0xffff_fe80n << 64n));
    expect(getV(cpu, 2)).toBe((HIGH & ~0xffn) | 13n);
    expect(cpu.getX(4)).toBe(0xfe80n);
    expect(cpu.getX(5)).toBe(0xffff_ffff_ffff_ff80n);
    expect(cpu.getX(6)).toBe(0xffff_fe80n); // W result: upper 32 bits zero
    expect(cpu.getX(7)).toBe(0x1f1e_1d1c_1b1a_1918n);
  });

  it('UMOV to W of a doubleword and SMOV to W of a word are UNDEFINED', () => {
    expect(tryWord(cpu, 0x0e083c20)).toBe(EC_UNKNOWN); // umov w0, v1.d[0] (imm5 = 01000, Q = 0)
    expect(tryWord(cpu, 0x0e042c20)).toBe(EC_UNKNOWN); // smov w0, v1.s[0] (imm5 = 00100, Q = 0)
    expect(tryWord(cpu, 0x0e000420)).toBe(EC_UNKNOWN); // dup with imm5 = 00000
  });
});

describe('modified immediate', () => {
  it('MOVI/MVNI shifted, MSL, byte-mask and 8-bit forms; ORR/BIC keep the other bits', () => {
    setV(cpu, 5, (1n << 128n) - 1n);
    setV(cpu, 6, 0n);
    run(cpu, [
      'movi v0.4s, #0xab, lsl #16', 'mvni v1.8h, #0x12, lsl #8', 'movi v2.2s, #0x34, msl #16',
      'movi v3.2d, #0xff00ff0000ff00ff', 'movi v4.16b, #0x5a', 'bic v5.4s, #0xf0, lsl #24', 'orr v6.4h, #0x81',
      'movi d7, #0xffff00000000ffff',
    ].join('\n'));
    expect(getV(cpu, 0)).toBe(lanes(32, Array(4).fill(0x00ab_0000)));
    expect(getV(cpu, 1)).toBe(lanes(16, Array(8).fill(0xedff)));
    expect(getV(cpu, 2)).toBe(lanes(32, [0x0034_ffff, 0x0034_ffff, 0, 0]));
    expect(getV(cpu, 3)).toBe(lanes(64, [0xff00_ff00_00ff_00ffn, 0xff00_ff00_00ff_00ffn]));
    expect(getV(cpu, 4)).toBe(lanes(8, Array(16).fill(0x5a)));
    expect(getV(cpu, 5)).toBe(lanes(32, Array(4).fill(0x0fff_ffff)));
    expect(getV(cpu, 6)).toBe(lanes(16, [0x81, 0x81, 0x81, 0x81, 0, 0, 0, 0]));
    expect(getV(cpu, 7)).toBe(0xffff_0000_0000_ffffn);
  });

  it('FMOV (vector, immediate) expands the 8-bit floating-point constant', () => {
    run(cpu, 'fmov v0.4s, #-1.5\nfmov v1.2d, #0.125\nfmov v2.2s, #31.0');
    expect(getV(cpu, 0)).toBe(lanes(32, Array(4).fill(0xbfc0_0000)));
    expect(getV(cpu, 1)).toBe(lanes(64, [0x3fc0_0000_0000_0000n, 0x3fc0_0000_0000_0000n]));
    expect(getV(cpu, 2)).toBe(lanes(32, [0x41f8_0000, 0x41f8_0000, 0, 0]));
  });
});

describe('permute and extract', () => {
  it('ZIP, UZP and TRN', () => {
    setV(cpu, 1, BYTES);
    setV(cpu, 2, HIGH);
    run(cpu, [
      'zip1 v3.8h, v1.8h, v2.8h', 'zip2 v4.4s, v1.4s, v2.4s', 'uzp1 v5.16b, v1.16b, v2.16b',
      'uzp2 v6.2s, v1.2s, v2.2s', 'trn1 v7.8b, v1.8b, v2.8b', 'trn2 v8.2d, v1.2d, v2.2d',
    ].join('\n'));
    const h = (v: bigint) => unpack(16, v).map((x) => Number(x));
    expect(h(getV(cpu, 3))).toEqual([0x0100, 0x1110, 0x0302, 0x1312, 0x0504, 0x1514, 0x0706, 0x1716]);
    expect(unpack(32, getV(cpu, 4))).toEqual([0x0b0a_0908n, 0x1b1a_1918n, 0x0f0e_0d0cn, 0x1f1e_1d1cn]);
    expect(unpack(8, getV(cpu, 5)).map(Number)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 0x10, 0x12, 0x14, 0x16, 0x18, 0x1a, 0x1c, 0x1e]);
    expect(unpack(32, getV(cpu, 6))).toEqual([0x0706_0504n, 0x1716_1514n, 0n, 0n]);
    expect(unpack(8, getV(cpu, 7)).map(Number)).toEqual([0, 0x10, 2, 0x12, 4, 0x14, 6, 0x16, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(unpack(64, getV(cpu, 8))).toEqual([0x0f0e_0d0c_0b0a_0908n, 0x1f1e_1d1c_1b1a_1918n]);
  });

  it('EXT takes bytes from Vn then Vm', () => {
    setV(cpu, 1, BYTES);
    setV(cpu, 2, HIGH);
    run(cpu, 'ext v3.16b, v1.16b, v2.16b, #13\next v4.8b, v1.8b, v2.8b, #3');
    expect(unpack(8, getV(cpu, 3)).map(Number)).toEqual([13, 14, 15, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c]);
    expect(unpack(8, getV(cpu, 4)).map(Number)).toEqual([3, 4, 5, 6, 7, 0x10, 0x11, 0x12, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(tryWord(cpu, 0x2e024020)).toBe(EC_UNKNOWN); // ext v0.8b, v1.8b, v2.8b, #8 (imm4<3> with Q = 0)
  });

  it('TBL gives 0 and TBX keeps Vd for out-of-range indexes; tables wrap from V31 to V0', () => {
    setV(cpu, 31, BYTES);
    setV(cpu, 0, HIGH);
    setV(cpu, 1, lanes(8, Array(16).fill(0xee)));
    setV(cpu, 5, lanes(8, [0, 15, 16, 31, 32, 255, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21]));
    setV(cpu, 6, lanes(8, Array(16).fill(0x77)));
    setV(cpu, 7, lanes(8, Array(16).fill(0x77)));
    run(cpu, 'tbl v1.16b, {v31.16b, v0.16b}, v5.16b\ntbx v6.16b, {v31.16b}, v5.16b\ntbx v7.8b, {v31.16b, v0.16b}, v5.8b');
    expect(unpack(8, getV(cpu, 1)).map(Number)).toEqual([0, 15, 0x10, 0x1f, 0, 0, 1, 0x11, 2, 0x12, 3, 0x13, 4, 0x14, 5, 0x15]);
    expect(unpack(8, getV(cpu, 6)).map(Number)).toEqual([0, 15, 0x77, 0x77, 0x77, 0x77, 1, 0x77, 2, 0x77, 3, 0x77, 4, 0x77, 5, 0x77]);
    expect(unpack(8, getV(cpu, 7)).map(Number)).toEqual([0, 15, 0x10, 0x1f, 0x77, 0x77, 1, 0x11, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
