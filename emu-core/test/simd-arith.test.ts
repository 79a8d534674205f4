// AdvSIMD integer arithmetic: three same, two-register misc, across lanes, pairwise,
// saturation and FPSR.QC, reserved encodings and the FP/SIMD access trap.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cpu } from '../../src/core/cpu.ts';
import {
  simdMachine, setV, getV, lanes, unpack, run, tryRun, tryWord, FPSR_QC, EC_UNKNOWN, EC_FP_ACCESS,
} from './simd-machine.ts';

let cpu: Cpu;
beforeEach(async () => {
  cpu = await simdMachine();
});

const qc = () => cpu.sysreg('FPSR') & FPSR_QC;

describe('three same', () => {
  it('ADD and SUB wrap in every lane size; Q = 0 clears the upper half', () => {
    setV(cpu, 1, lanes(8, [0xff, 1, 0x80, 0x7f, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]));
    setV(cpu, 2, lanes(8, [1, 0xff, 0x80, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]));
    setV(cpu, 3, (1n << 128n) - 1n);
    run(cpu, 'add v0.16b, v1.16b, v2.16b\nsub v3.8b, v1.8b, v2.8b');
    expect(unpack(8, getV(cpu, 0))).toEqual([0n, 0n, 0n, 0x80n, 0n, 0n, 0n, 0n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n]);
    expect(getV(cpu, 3)).toBe(lanes(8, [0xfe, 2, 0, 0x7e, 0, 0, 0, 0]));
    setV(cpu, 1, lanes(64, [-1n, 5n]));
    setV(cpu, 2, lanes(64, [1n, 7n]));
    run(cpu, 'add v4.2d, v1.2d, v2.2d\nadd d5, d1, d2');
    expect(unpack(64, getV(cpu, 4))).toEqual([0n, 12n]);
    expect(getV(cpu, 5)).toBe(0n);
  });

  it('SQADD and UQSUB saturate and set FPSR.QC, which stays set', () => {
    setV(cpu, 1, lanes(16, [0x7ff0, -0x8000, 100, 0, 0, 0, 0, 0]));
    setV(cpu, 2, lanes(16, [0x0100, -1, 20, 0, 0, 0, 0, 0]));
    run(cpu, 'sqadd v0.8h, v1.8h, v2.8h');
    expect(unpack(16, getV(cpu, 0)).slice(0, 3)).toEqual([0x7fffn, 0x8000n, 120n]);
    expect(qc()).toBe(FPSR_QC);
    cpu.setSysreg('FPSR', 0n);
    run(cpu, 'uqsub v0.8h, v2.8h, v2.8h');
    expect(qc()).toBe(0n);
    run(cpu, 'uqsub v0.8h, v2.8h, v1.8h\nadd v3.8h, v1.8h, v1.8h');
    expect(unpack(16, getV(cpu, 0)).slice(0, 3)).toEqual([0n, 0x7fffn, 0n]);
    expect(qc()).toBe(FPSR_QC); // ADD does not clear it
  });

  it('64-bit saturating add detects overflow without wider arithmetic', () => {
    setV(cpu, 1, lanes(64, [0x7fff_ffff_ffff_fff0n, 0x8000_0000_0000_0000n]));
    setV(cpu, 2, lanes(64, [0x20n, -1n]));
    run(cpu, 'sqadd v0.2d, v1.2d, v2.2d\nuqadd d3, d2, d2');
    expect(unpack(64, getV(cpu, 0))).toEqual([0x7fff_ffff_ffff_ffffn, 0x8000_0000_0000_0000n]);
    expect(getV(cpu, 3)).toBe(0x40n);
  });

  it('compare instructions give all-ones or zero lanes', () => {
    setV(cpu, 1, lanes(32, [1, -1, 5, 0x80000000]));
    setV(cpu, 2, lanes(32, [1, 1, 6, 0x7fffffff]));
    run(cpu, 'cmeq v3.4s, v1.4s, v2.4s\ncmgt v4.4s, v1.4s, v2.4s\ncmhi v5.4s, v1.4s, v2.4s\ncmtst v6.4s, v1.4s, v2.4s');
    const T = 0xffff_ffffn;
    expect(unpack(32, getV(cpu, 3))).toEqual([T, 0n, 0n, 0n]);
    expect(unpack(32, getV(cpu, 4))).toEqual([0n, 0n, 0n, 0n]);
    expect(unpack(32, getV(cpu, 5))).toEqual([0n, T, 0n, T]);
    expect(unpack(32, getV(cpu, 6))).toEqual([T, T, T, 0n]);
    setV(cpu, 1, lanes(64, [-5n, 0x8000_0000_0000_0000n]));
    setV(cpu, 2, lanes(64, [3n, 1n]));
    run(cpu, 'cmhs v3.2d, v1.2d, v2.2d\ncmge v4.2d, v1.2d, v2.2d\ncmlt v5.2d, v1.2d, #0');
    const T64 = (1n << 64n) - 1n;
    expect(unpack(64, getV(cpu, 3))).toEqual([T64, T64]);
    expect(unpack(64, getV(cpu, 4))).toEqual([0n, 0n]);
    expect(unpack(64, getV(cpu, 5))).toEqual([T64, T64]);
  });

  it('shift by register: negative counts shift right, the rounding forms round half up', () => {
    setV(cpu, 1, lanes(8, [0x81, 0x81, 0x81, 0x01, 0x40, 0x40, 0x7f, 0x7f, 0, 0, 0, 0, 0, 0, 0, 0]));
    setV(cpu, 2, lanes(8, [-1, -1, 1, 8, 1, 1, -8, -7, 0, 0, 0, 0, 0, 0, 0, 0]));
    run(cpu, 'sshl v3.16b, v1.16b, v2.16b\nurshl v4.16b, v1.16b, v2.16b\nsqshl v5.16b, v1.16b, v2.16b');
    // -127 >> 1 = -64 (0xc0); 0x81 << 1 = 0x02; 1 << 8 = 0; 0x7f >> 8 = 0
    expect(unpack(8, getV(cpu, 3)).slice(0, 8)).toEqual([0xc0n, 0xc0n, 0x02n, 0n, 0x80n, 0x80n, 0n, 0n]);
    // unsigned rounding: 129 >> 1 rounds to 65; 127 >> 8 rounds to 0; 127 >> 7 rounds to 1
    expect(unpack(8, getV(cpu, 4)).slice(0, 8)).toEqual([0x41n, 0x41n, 0x02n, 0n, 0x80n, 0x80n, 0n, 1n]);
    // saturating: -127 << 1 saturates to -128, 1 << 8 to 127, 0x40 << 1 to 127
    expect(unpack(8, getV(cpu, 5)).slice(0, 8)).toEqual([0xc0n, 0xc0n, 0x80n, 0x7fn, 0x7fn, 0x7fn, 0n, 0n]);
    expect(qc()).toBe(FPSR_QC);
  });

  it('multiplies: MUL, MLA, MLS, PMUL and the doubling high halves', () => {
    setV(cpu, 1, lanes(16, [3, -2, 0x100, 7, 0, 0, 0, 0]));
    setV(cpu, 2, lanes(16, [5, 4, 0x100, 7, 0, 0, 0, 0]));
    setV(cpu, 3, lanes(16, [1, 1, 1, 1, 0, 0, 0, 0]));
    setV(cpu, 4, lanes(16, [1, 1, 1, 1, 0, 0, 0, 0]));
    run(cpu, 'mul v0.8h, v1.8h, v2.8h\nmla v3.8h, v1.8h, v2.8h\nmls v4.8h, v1.8h, v2.8h');
    expect(unpack(16, getV(cpu, 0)).slice(0, 4)).toEqual([15n, 0xfff8n, 0n, 49n]);
    expect(unpack(16, getV(cpu, 3)).slice(0, 4)).toEqual([16n, 0xfff9n, 1n, 50n]);
    expect(unpack(16, getV(cpu, 4)).slice(0, 4)).toEqual([0xfff2n, 9n, 1n, 0xffd0n]);
    setV(cpu, 1, lanes(8, [3, 0x80, 0xff, 0, 0, 0, 0, 0]));
    setV(cpu, 2, lanes(8, [3, 2, 0xff, 0, 0, 0, 0, 0]));
    run(cpu, 'pmul v0.8b, v1.8b, v2.8b');
    // carry-less: 3*3 = 5; 0x80*2 = 0x100 -> 0; 0xff*0xff = 0x5555 -> 0x55
    expect(unpack(8, getV(cpu, 0)).slice(0, 3)).toEqual([5n, 0n, 0x55n]);
    setV(cpu, 1, lanes(16, [-0x8000, 0x4000, -0x8000, 0x100, 0, 0, 0, 0]));
    setV(cpu, 2, lanes(16, [-0x8000, 0x4000, 0x7fff, 0x40, 0, 0, 0, 0]));
    run(cpu, 'sqdmulh v0.4h, v1.4h, v2.4h\nsqrdmulh v3.4h, v1.4h, v2.4h');
    expect(unpack(16, getV(cpu, 0)).slice(0, 4)).toEqual([0x7fffn, 0x2000n, 0x8001n, 0n]);
    expect(unpack(16, getV(cpu, 3)).slice(0, 4)).toEqual([0x7fffn, 0x2000n, 0x8001n, 1n]);
    expect(qc()).toBe(FPSR_QC);
  });

  it('halving, absolute difference and min/max', () => {
    setV(cpu, 1, lanes(8, [0xff, 0x80, 10, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    setV(cpu, 2, lanes(8, [0x01, 0x7f, 20, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    run(cpu, 'uhadd v3.8b, v1.8b, v2.8b\nsrhadd v4.8b, v1.8b, v2.8b\nsabd v5.8b, v1.8b, v2.8b\numax v6.8b, v1.8b, v2.8b\nsmin v7.8b, v1.8b, v2.8b');
    expect(unpack(8, getV(cpu, 3)).slice(0, 4)).toEqual([0x80n, 0x7fn, 15n, 3n]);
    expect(unpack(8, getV(cpu, 4)).slice(0, 4)).toEqual([0n, 0n, 15n, 4n]); // (-1+1+1)>>1 = 0, (-128+127+1)>>1 = 0
    expect(unpack(8, getV(cpu, 5)).slice(0, 4)).toEqual([2n, 0xffn, 10n, 1n]);
    expect(unpack(8, getV(cpu, 6)).slice(0, 4)).toEqual([0xffn, 0x80n, 20n, 4n]);
    expect(unpack(8, getV(cpu, 7)).slice(0, 4)).toEqual([0xffn, 0x80n, 10n, 3n]);
  });

  it('bitwise selects: BSL, BIT, BIF', () => {
    const n = 0xaaaa_aaaa_aaaa_aaaa_aaaa_aaaa_aaaa_aaaan;
    const m = 0x5555_5555_5555_5555_5555_5555_5555_5555n;
    const sel = 0xff00_ff00_ff00_ff00_ff00_ff00_ff00_ff00n;
    setV(cpu, 1, n);
    setV(cpu, 2, m);
    setV(cpu, 3, sel);
    setV(cpu, 4, sel);
    setV(cpu, 5, sel);
    run(cpu, 'bsl v3.16b, v1.16b, v2.16b\nbit v4.16b, v1.16b, v2.16b\nbif v5.16b, v1.16b, v2.16b');
    expect(getV(cpu, 3)).toBe((n & sel) | (m & ~sel & ((1n << 128n) - 1n)));
    expect(getV(cpu, 4)).toBe((n & m) | (sel & ~m & ((1n << 128n) - 1n)));
    expect(getV(cpu, 5)).toBe((sel & m) | (n & ~m & ((1n << 128n) - 1n)));
  });
});

describe('two-register misc', () => {
  it('ABS, NEG, SQABS, SQNEG, CLZ, CLS, CNT, RBIT, NOT', () => {
    setV(cpu, 1, lanes(8, [0x80, 0xff, 0x01, 0x00, 0x0f, 0x70, 0xc0, 0x35, 0, 0, 0, 0, 0, 0, 0, 0]));
    run(cpu, [
      'abs v2.8b, v1.8b', 'neg v3.8b, v1.8b', 'sqabs v4.8b, v1.8b', 'sqneg v5.8b, v1.8b',
      'clz v6.8b, v1.8b', 'cls v7.8b, v1.8b', 'cnt v8.8b, v1.8b', 'rbit v9.8b, v1.8b', 'mvn v10.8b, v1.8b',
    ].join('\n'));
    const row = (r: number) => unpack(8, getV(cpu, r)).slice(0, 8);
    expect(row(2)).toEqual([0x80n, 1n, 1n, 0n, 0x0fn, 0x70n, 0x40n, 0x35n]);
    expect(row(3)).toEqual([0x80n, 1n, 0xffn, 0n, 0xf1n, 0x90n, 0x40n, 0xcbn]);
    expect(row(4)).toEqual([0x7fn, 1n, 1n, 0n, 0x0fn, 0x70n, 0x40n, 0x35n]);
    expect(row(5)).toEqual([0x7fn, 1n, 0xffn, 0n, 0xf1n, 0x90n, 0x40n, 0xcbn]);
    expect(row(6)).toEqual([0n, 0n, 7n, 8n, 4n, 1n, 0n, 2n]);
    expect(row(7)).toEqual([0n, 7n, 6n, 7n, 3n, 0n, 1n, 1n]);
    expect(row(8)).toEqual([1n, 8n, 1n, 0n, 4n, 3n, 2n, 4n]);
    expect(row(9)).toEqual([0x01n, 0xffn, 0x80n, 0n, 0xf0n, 0x0en, 0x03n, 0xacn]);
    expect(row(10)).toEqual([0x7fn, 0n, 0xfen, 0xffn, 0xf0n, 0x8fn, 0x3fn, 0xcan]);
    expect(qc()).toBe(FPSR_QC);
  });

  it('REV16/32/64 reverse elements inside their containers', () => {
    setV(cpu, 1, lanes(8, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]));
    run(cpu, 'rev16 v2.16b, v1.16b\nrev32 v3.8h, v1.8h\nrev64 v4.4s, v1.4s');
    expect(unpack(8, getV(cpu, 2)).map(Number)).toEqual([1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14]);
    expect(unpack(8, getV(cpu, 3)).map(Number)).toEqual([2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13]);
    expect(unpack(8, getV(cpu, 4)).map(Number)).toEqual([4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11]);
  });

  it('SUQADD and USQADD accumulate into the destination with saturation', () => {
    setV(cpu, 0, lanes(8, [0x70, 0x80, 0, 0, 0, 0, 0, 0]));
    setV(cpu, 1, lanes(8, [0x20, 0xff, 0, 0, 0, 0, 0, 0]));
    run(cpu, 'suqadd v0.8b, v1.8b');
    expect(unpack(8, getV(cpu, 0)).slice(0, 2)).toEqual([0x7fn, 0x7fn]); // 112+32 -> 127; -128+255 = 127
    setV(cpu, 2, lanes(8, [0x10, 0xf0, 0, 0, 0, 0, 0, 0]));
    setV(cpu, 3, lanes(8, [-0x20, 0x20, 0, 0, 0, 0, 0, 0]));
    run(cpu, 'usqadd v2.8b, v3.8b');
    expect(unpack(8, getV(cpu, 2)).slice(0, 2)).toEqual([0n, 0xffn]);
  });

  it('URECPE and URSQRTE estimates', () => {
    setV(cpu, 1, lanes(32, [0x8000_0000, 0xffff_ffff, 0x7fff_ffff, 0x4000_0000]));
    run(cpu, 'urecpe v2.4s, v1.4s\nursqrte v3.4s, v1.4s');
    // operands are fractions 0.x, estimates 1.x (9 bits): 1/0.5 -> 511/256, 1/(1-2^-32) -> 256/256;
    // URECPE needs the top bit set (else all ones), URSQRTE one of the top two
    expect(unpack(32, getV(cpu, 2))).toEqual([0xff80_0000n, 0x8000_0000n, 0xffff_ffffn, 0xffff_ffffn]);
    // 1/sqrt(0.5) -> 361/256, 1/sqrt(~1) -> 256/256, 1/sqrt(~0.5 - 2^-9) -> 362/256, 1/sqrt(0.25) -> 511/256
    expect(unpack(32, getV(cpu, 3))).toEqual([0xb480_0000n, 0x8000_0000n, 0xb500_0000n, 0xff80_0000n]);
  });
});

describe('across lanes and pairwise', () => {
  it('ADDV, UMAXV, SMINV, UMINV, SADDLV, UADDLV', () => {
    setV(cpu, 1, lanes(8, [1, 2, 3, 0xff, 5, 6, 7, 0x80, 9, 10, 11, 12, 13, 14, 15, 16]));
    run(cpu, 'addv b2, v1.16b\numaxv b3, v1.16b\nsminv b4, v1.16b\numinv b5, v1.8b\nsaddlv h6, v1.16b\nuaddlv h7, v1.8b');
    expect(getV(cpu, 2)).toBe(BigInt((1 + 2 + 3 + 255 + 5 + 6 + 7 + 128 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16) & 0xff));
    expect(getV(cpu, 3)).toBe(0xffn);
    expect(getV(cpu, 4)).toBe(0x80n);
    expect(getV(cpu, 5)).toBe(1n);
    expect(getV(cpu, 6)).toBe(BigInt((1 + 2 + 3 - 1 + 5 + 6 + 7 - 128 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16) & 0xffff));
    expect(getV(cpu, 7)).toBe(BigInt(1 + 2 + 3 + 255 + 5 + 6 + 7 + 128));
  });

  it('ADDP and UMINP take pairs from Vn then Vm; scalar ADDP adds the two doublewords', () => {
    setV(cpu, 1, lanes(32, [1, 2, 3, 4]));
    setV(cpu, 2, lanes(32, [10, 20, 30, 40]));
    run(cpu, 'addp v3.4s, v1.4s, v2.4s\numinp v4.2s, v1.2s, v2.2s\naddp d5, v2.2d');
    expect(unpack(32, getV(cpu, 3))).toEqual([3n, 7n, 30n, 70n]);
    expect(getV(cpu, 4)).toBe(lanes(32, [1, 10]));
    expect(getV(cpu, 5)).toBe(10n + 20n * (1n << 32n) + 30n + 40n * (1n << 32n));
  });
});

describe('reserved encodings and access control', () => {
  it('size = 11 with Q = 0 is UNDEFINED (ADD .1d), and 64-bit lanes where none exist', () => {
    expect(tryWord(cpu, 0x0ee28420)).toBe(EC_UNKNOWN); // add v0.1d, v1.1d, v2.1d
    expect(tryWord(cpu, 0x4ee20420)).toBe(EC_UNKNOWN); // shadd v0.2d, v1.2d, v2.2d
    expect(tryWord(cpu, 0x4e22b420)).toBe(EC_UNKNOWN); // sqdmulh .16b (size 00)
    expect(tryWord(cpu, 0x0eb1b820)).toBe(EC_UNKNOWN); // addv s0, v1.2s (only 4S exists)
  });

  it('CPACR_EL1.FPEN traps AdvSIMD at EL1 when 00 and leaves it alone when 11', () => {
    cpu.setSysreg('CPACR_EL1', 0n);
    expect(tryRun(cpu, 'add v0.16b, v1.16b, v2.16b')).toBe(EC_FP_ACCESS);
    cpu.setSysreg('CPACR_EL1', 3n << 20n);
    expect(tryRun(cpu, 'add v0.16b, v1.16b, v2.16b')).toBeUndefined();
  });
});
