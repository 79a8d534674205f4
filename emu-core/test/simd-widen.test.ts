// AdvSIMD shift by immediate, widening and narrowing forms (three different, XTN family,
// pairwise long) and the by-element multiplies.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cpu } from '../../src/core/cpu.ts';
import { simdMachine, setV, getV, lanes, unpack, run, tryWord, FPSR_QC, EC_UNKNOWN } from './simd-machine.ts';

let cpu: Cpu;
beforeEach(async () => {
  cpu = await simdMachine();
});

const qc = () => cpu.sysreg('FPSR') & FPSR_QC;

describe('shift by immediate', () => {
  it('right shifts by the full element width, rounding and accumulating forms', () => {
    setV(cpu, 1, lanes(64, [0x8000_0000_0000_0001n, 0xffff_ffff_ffff_ffffn]));
    setV(cpu, 4, lanes(64, [10n, 20n]));
    run(cpu, 'sshr v2.2d, v1.2d, #64\nushr v3.2d, v1.2d, #64\nursra v4.2d, v1.2d, #64\nsrshr v5.2d, v1.2d, #1');
    const M = (1n << 64n) - 1n;
    expect(unpack(64, getV(cpu, 2))).toEqual([M, M]);
    expect(unpack(64, getV(cpu, 3))).toEqual([0n, 0n]);
    expect(unpack(64, getV(cpu, 4))).toEqual([11n, 21n]); // (x + 2^63) >> 64 = top bit
    // (x + 1) >> 1, signed: 0x8000..01 -> 0xc000..01; -1 -> 0
    expect(unpack(64, getV(cpu, 5))).toEqual([0xc000_0000_0000_0001n, 0n]);
  });

  it('SHL, SLI and SRI insert into the destination', () => {
    setV(cpu, 1, lanes(8, Array(16).fill(0xb5)));
    setV(cpu, 2, lanes(8, Array(16).fill(0x0f)));
    setV(cpu, 3, lanes(8, Array(16).fill(0xf0)));
    run(cpu, 'shl v4.16b, v1.16b, #3\nsli v2.16b, v1.16b, #4\nsri v3.8b, v1.8b, #3');
    expect(getV(cpu, 4)).toBe(lanes(8, Array(16).fill(0xa8)));
    expect(getV(cpu, 2)).toBe(lanes(8, Array(16).fill(0x5f)));
    expect(getV(cpu, 3)).toBe(lanes(8, [...Array(8).fill(0xf6), ...Array(8).fill(0)]));
  });

  it('saturating left shifts: SQSHL, UQSHL, SQSHLU', () => {
    setV(cpu, 1, lanes(16, [0x1000, -0x1000, 0x0fff, -1, 0, 0, 0, 0]));
    run(cpu, 'sqshl v2.8h, v1.8h, #3\nuqshl v3.8h, v1.8h, #4\nsqshlu v4.8h, v1.8h, #4');
    expect(unpack(16, getV(cpu, 2)).slice(0, 4)).toEqual([0x7fffn, 0x8000n, 0x7ff8n, 0xfff8n]);
    expect(unpack(16, getV(cpu, 3)).slice(0, 4)).toEqual([0xffffn, 0xffffn, 0xfff0n, 0xffffn]);
    expect(unpack(16, getV(cpu, 4)).slice(0, 4)).toEqual([0xffffn, 0n, 0xfff0n, 0n]);
    expect(qc()).toBe(FPSR_QC);
  });

  it('narrowing shifts write the lower half, or the upper half keeping the lower (the 2 forms)', () => {
    setV(cpu, 1, lanes(32, [0x0001_2345, -0x0010_0000, 0x0000_8000, 0x7fff_ffff]));
    setV(cpu, 2, lanes(16, [1, 2, 3, 4, 5, 6, 7, 8]));
    setV(cpu, 3, lanes(16, [1, 2, 3, 4, 5, 6, 7, 8]));
    run(cpu, 'shrn v0.4h, v1.4s, #8\nrshrn2 v2.8h, v1.4s, #16\nsqrshrn v4.4h, v1.4s, #4\nsqshrun2 v3.8h, v1.4s, #1');
    expect(unpack(16, getV(cpu, 0))).toEqual([0x0123n, 0xf000n, 0x0080n, 0xffffn, 0n, 0n, 0n, 0n]);
    expect(unpack(16, getV(cpu, 2))).toEqual([1n, 2n, 3n, 4n, 1n, 0xfff0n, 1n, 0x8000n]);
    expect(unpack(16, getV(cpu, 4))).toEqual([0x1234n, 0x8000n, 0x0800n, 0x7fffn, 0n, 0n, 0n, 0n]);
    expect(unpack(16, getV(cpu, 3))).toEqual([1n, 2n, 3n, 4n, 0x91a2n, 0n, 0x4000n, 0xffffn]);
    expect(qc()).toBe(FPSR_QC);
  });

  it('SSHLL/USHLL widen the chosen half; scalar forms; immh = 1xxx narrowing is reserved', () => {
    setV(cpu, 1, lanes(8, [0x80, 0x7f, 1, 2, 3, 4, 5, 6, 0xff, 0x01, 0, 0, 0, 0, 0, 0x81]));
    run(cpu, 'sshll v2.8h, v1.8b, #1\nushll2 v3.8h, v1.16b, #0\nshl d4, d1, #8\nsqshl b5, b1, #1');
    expect(unpack(16, getV(cpu, 2))).toEqual([0xff00n, 0xfen, 2n, 4n, 6n, 8n, 10n, 12n]);
    expect(unpack(16, getV(cpu, 3))).toEqual([0xffn, 1n, 0n, 0n, 0n, 0n, 0n, 0x81n]);
    expect(getV(cpu, 4)).toBe(0x0605_0403_0201_7f80_00n & ((1n << 64n) - 1n));
    expect(getV(cpu, 5)).toBe(0x80n);
    expect(tryWord(cpu, 0x0f408420)).toBe(EC_UNKNOWN); // shrn with immh = 1000
    expect(tryWord(cpu, 0x5f0c0420)).toBe(EC_UNKNOWN); // sshr with a 32-bit scalar (immh = 0001 != 1xxx)
  });
});

describe('three different', () => {
  it('SMULL/UMULL2, SADDW, SABAL, SQDMLAL saturating twice', () => {
    setV(cpu, 1, lanes(16, [-2, 3, 0x7fff, -0x8000, 0xffff, 2, 3, 4]));
    setV(cpu, 2, lanes(16, [5, -4, 0x7fff, -0x8000, 0xffff, 10, 20, 30]));
    run(cpu, 'smull v3.4s, v1.4h, v2.4h\numull2 v4.4s, v1.8h, v2.8h');
    expect(unpack(32, getV(cpu, 3))).toEqual([BigInt(-10 >>> 0), BigInt(-12 >>> 0), 0x3fff_0001n, 0x4000_0000n]);
    expect(unpack(32, getV(cpu, 4))).toEqual([0xfffe_0001n, 20n, 60n, 120n]);
    setV(cpu, 5, lanes(32, [0x7fff_ffff, 0, 0, 0]));
    run(cpu, 'sqdmlal v5.4s, v1.4h, v2.4h');
    // lane 3: 2 * (-32768)^2 saturates to 0x7fffffff first; lane 0: 0x7fffffff + (-20) fits
    expect(unpack(32, getV(cpu, 5))).toEqual([0x7fff_ffebn, BigInt(-24 >>> 0), 0x7ffe_0002n, 0x7fff_ffffn]);
    expect(qc()).toBe(FPSR_QC);
    setV(cpu, 6, lanes(32, [100, 200, 300, 400]));
    run(cpu, 'saddw v6.4s, v6.4s, v1.4h\nsabal v7.4s, v1.4h, v2.4h');
    expect(unpack(32, getV(cpu, 6))).toEqual([98n, 203n, BigInt(300 + 0x7fff), BigInt(400 - 0x8000 >>> 0)]);
    expect(unpack(32, getV(cpu, 7))).toEqual([7n, 7n, 0n, 0n]); // |-2 - 5|, |3 - -4|
  });

  it('ADDHN/RADDHN/SUBHN keep the high halves', () => {
    setV(cpu, 1, lanes(32, [0x1234_8000, 0xffff_ffff, 0x0001_7fff, 0]));
    setV(cpu, 2, lanes(32, [0, 1, 0, 1]));
    run(cpu, 'addhn v3.4h, v1.4s, v2.4s\nraddhn v4.4h, v1.4s, v2.4s\nsubhn v5.4h, v1.4s, v2.4s');
    expect(unpack(16, getV(cpu, 3)).slice(0, 4)).toEqual([0x1234n, 0n, 1n, 0n]);
    expect(unpack(16, getV(cpu, 4)).slice(0, 4)).toEqual([0x1235n, 0n, 1n, 0n]);
    expect(unpack(16, getV(cpu, 5)).slice(0, 4)).toEqual([0x1234n, 0xffffn, 1n, 0xffffn]);
  });

  it('PMULL on bytes (carry-less 8 x 8 -> 16)', () => {
    setV(cpu, 1, lanes(8, [0xff, 0x80, 3, 0, 0, 0, 0, 0, 0x53, 0, 0, 0, 0, 0, 0, 0]));
    setV(cpu, 2, lanes(8, [0xff, 0x80, 3, 0, 0, 0, 0, 0, 0xca, 0, 0, 0, 0, 0, 0, 0]));
    run(cpu, 'pmull v3.8h, v1.8b, v2.8b\npmull2 v4.8h, v1.16b, v2.16b');
    expect(unpack(16, getV(cpu, 3)).slice(0, 3)).toEqual([0x5555n, 0x4000n, 5n]);
    expect(unpack(16, getV(cpu, 4))[0]).toBe(0x3f7en); // 0x53 * 0xca in GF(2)[x]
  });
});

describe('narrowing and pairwise two-register misc', () => {
  it('XTN2, SQXTN, UQXTN, SQXTUN and their scalar forms', () => {
    setV(cpu, 1, lanes(32, [0x1234_5678, -0x10000, 0x7fff, 0x8000]));
    setV(cpu, 2, lanes(16, [1, 2, 3, 4, 5, 6, 7, 8]));
    run(cpu, 'xtn2 v2.8h, v1.4s\nsqxtn v3.4h, v1.4s\nuqxtn v4.4h, v1.4s\nsqxtun v5.4h, v1.4s\nsqxtn h6, s1');
    expect(unpack(16, getV(cpu, 2))).toEqual([1n, 2n, 3n, 4n, 0x5678n, 0n, 0x7fffn, 0x8000n]);
    expect(unpack(16, getV(cpu, 3)).slice(0, 4)).toEqual([0x7fffn, 0x8000n, 0x7fffn, 0x7fffn]);
    expect(unpack(16, getV(cpu, 4)).slice(0, 4)).toEqual([0xffffn, 0xffffn, 0x7fffn, 0x8000n]);
    expect(unpack(16, getV(cpu, 5)).slice(0, 4)).toEqual([0xffffn, 0n, 0x7fffn, 0x8000n]);
    expect(getV(cpu, 6)).toBe(0x7fffn);
  });

  it('SHLL, SADDLP, UADALP', () => {
    setV(cpu, 1, lanes(8, [0x80, 0x7f, 0xff, 0xff, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    setV(cpu, 4, lanes(16, [1000, 1000, 1000, 1000, 0, 0, 0, 0]));
    run(cpu, 'shll v2.8h, v1.8b, #8\nsaddlp v3.8h, v1.16b\nuadalp v4.4h, v1.8b');
    expect(unpack(16, getV(cpu, 2)).slice(0, 3)).toEqual([0x8000n, 0x7f00n, 0xff00n]);
    expect(unpack(16, getV(cpu, 3)).slice(0, 3)).toEqual([0xffffn, 0xfffen, 3n]);
    expect(unpack(16, getV(cpu, 4))).toEqual([1255n, 1510n, 1003n, 1007n, 0n, 0n, 0n, 0n]);
  });
});

describe('by element', () => {
  it('MUL/MLA by a 16-bit element uses V0-V15 and index H:L:M; SMULL2 and SQRDMULH by element', () => {
    setV(cpu, 1, lanes(16, [1, 2, 3, 4, 5, 6, 7, 8]));
    setV(cpu, 15, lanes(16, [0, 0, 0, 0, 0, 0, 0, 10]));
    setV(cpu, 3, lanes(16, Array(8).fill(1)));
    run(cpu, 'mul v2.8h, v1.8h, v15.h[7]\nmla v3.4h, v1.4h, v15.h[7]');
    expect(unpack(16, getV(cpu, 2))).toEqual([10n, 20n, 30n, 40n, 50n, 60n, 70n, 80n]);
    expect(unpack(16, getV(cpu, 3))).toEqual([11n, 21n, 31n, 41n, 0n, 0n, 0n, 0n]);
    setV(cpu, 20, lanes(32, [0, 0, -3, 0]));
    setV(cpu, 4, lanes(32, [1, 2, 0x4000_0000, -0x8000_0000]));
    run(cpu, 'smull2 v5.2d, v4.4s, v20.s[2]\nsqrdmulh v6.4s, v4.4s, v4.s[3]');
    expect(unpack(64, getV(cpu, 5))).toEqual([BigInt.asUintN(64, -3n * 0x4000_0000n), BigInt.asUintN(64, 3n * 0x8000_0000n)]);
    expect(unpack(32, getV(cpu, 6))).toEqual([0xffff_ffffn, 0xffff_fffen, 0xc000_0000n, 0x7fff_ffffn]);
    expect(tryWord(cpu, 0x4f008020)).toBe(EC_UNKNOWN); // mul by element with size 00
  });
});
