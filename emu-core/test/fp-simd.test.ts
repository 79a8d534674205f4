// AdvSIMD floating point, known values: lane layout, pairwise and across-lanes order,
// by-element indexing, narrowing/widening, estimates and steps, compares, fixed point.
// Every expectation was also checked under qemu-aarch64 (UKPLAY_FP_QEMU=1, see fp-support.ts).
import { describe, it, expect } from 'vitest';
import { fpRun, d, s, s4, d2, IOC, DZC, IXC, FZ, RZ, AHP } from './fp-support.ts';

const DNAN_S = 0x7fc00000n;
const DNAN_D = 0x7ff8000000000000n;
const ONES_S = 0xffffffffn;

async function v4(insn: string, v: Record<number, bigint>, fpcr = 0n): Promise<[bigint, bigint]> {
  const o = await fpRun(insn, { v, fpcr });
  return [o.v[4], o.fpsr];
}

describe('AdvSIMD FP lanes', () => {
  it('operates lane by lane; a 64-bit form zeroes the upper half', async () => {
    const a = s4(s(1), s(2), s(3), s(4));
    const b = s4(s(10), s(20), s(30), s(40));
    expect(await v4('fadd v4.4s, v5.4s, v6.4s', { 5: a, 6: b })).toEqual([s4(s(11), s(22), s(33), s(44)), 0n]);
    expect(await v4('fadd v4.2s, v5.2s, v6.2s', { 5: a, 6: b })).toEqual([s4(s(11), s(22), 0n, 0n), 0n]);
    expect(await v4('fmul v4.2d, v5.2d, v6.2d', { 5: d2(d(1.5), d(-2)), 6: d2(d(2), d(0.25)) })).toEqual([d2(d(3), d(-0.5)), 0n]);
    expect(await v4('fdiv v4.4s, v5.4s, v6.4s', { 5: a, 6: s4(s(3), 0n, s(3), s(4)) }))
      .toEqual([s4(s(1 / 3), 0x7f800000n, s(1), s(1)), IXC | DZC]);
  });

  it('takes pairs from the concatenation Vm:Vn, and reduces across lanes as (s0 op s1) op (s2 op s3)', async () => {
    const n = s4(s(1), s(2), s(3), s(4));
    const m = s4(s(10), s(20), s(30), s(40));
    expect(await v4('faddp v4.4s, v5.4s, v6.4s', { 5: n, 6: m })).toEqual([s4(s(3), s(7), s(30), s(70)), 0n]);
    expect(await v4('faddp v4.2s, v5.2s, v6.2s', { 5: n, 6: m })).toEqual([s4(s(3), s(30), 0n, 0n), 0n]);
    expect(await v4('faddp v4.2d, v5.2d, v6.2d', { 5: d2(d(1), d(2)), 6: d2(d(3), d(4)) })).toEqual([d2(d(3), d(7)), 0n]);
    expect(await v4('fmaxp v4.4s, v5.4s, v6.4s', { 5: n, 6: m })).toEqual([s4(s(2), s(4), s(20), s(40)), 0n]);
    expect(await v4('faddp s4, v5.2s', { 5: n })).toEqual([s(3), 0n]);
    expect(await v4('faddp d4, v5.2d', { 5: d2(d(1), d(2)) })).toEqual([d(3), 0n]);
    expect(await v4('fminnmp d4, v5.2d', { 5: d2(DNAN_D, d(2)) })).toEqual([d(2), 0n]);
    // FMAXNMV: the quiet NaN in s1 loses to s0; FMAXV lets it win
    const withNaN = s4(s(5), DNAN_S | 3n, s(7), s(-1));
    expect(await v4('fmaxnmv s4, v5.4s', { 5: withNaN })).toEqual([s(7), 0n]);
    expect(await v4('fminnmv s4, v5.4s', { 5: withNaN })).toEqual([s(-1), 0n]);
    expect(await v4('fmaxv s4, v5.4s', { 5: withNaN })).toEqual([DNAN_S | 3n, 0n]);
    expect(await v4('fminv s4, v5.4s', { 5: s4(s(5), s(-0), s(0), s(7)) })).toEqual([s(-0), 0n]);
  });

  it('multiplies by an indexed element, accumulating into Vd for FMLA/FMLS', async () => {
    const n = s4(s(1), s(2), s(3), s(4));
    const m = s4(s(0), s(0), s(0), s(10));
    const acc = s4(s(100), s(100), s(100), s(100));
    expect(await v4('fmla v4.4s, v5.4s, v6.s[3]', { 4: acc, 5: n, 6: m })).toEqual([s4(s(110), s(120), s(130), s(140)), 0n]);
    expect(await v4('fmls v4.2s, v5.2s, v6.s[3]', { 4: acc, 5: n, 6: m })).toEqual([s4(s(90), s(80), 0n, 0n), 0n]);
    expect(await v4('fmul v4.2d, v5.2d, v6.d[1]', { 5: d2(d(1), d(2)), 6: d2(d(0), d(-3)) })).toEqual([d2(d(-3), d(-6)), 0n]);
    expect(await v4('fmul s4, s5, v6.s[3]', { 5: s(2.5), 6: m })).toEqual([s(25), 0n]);
    expect(await v4('fmla d4, d5, v6.d[1]', { 4: d2(d(1), d(9)), 5: d(2), 6: d2(0n, d(3)) })).toEqual([d(7), 0n]);
    // FMULX: infinity times zero is 2 with the product's sign
    expect(await v4('fmulx d4, d5, v6.d[1]', { 5: 0x7ff0000000000000n, 6: d2(0n, d(-0)) })).toEqual([d(-2), 0n]);
    expect(await v4('fmulx v4.4s, v5.4s, v6.4s', { 5: s4(0x7f800000n, s(2), 0n, s(3)), 6: s4(0n, s(3), 0xff800000n, s(3)) }))
      .toEqual([s4(s(2), s(6), s(-2), s(9)), 0n]);
  });

  it('fuses FMLA/FMLS per lane', async () => {
    const a = d2(d(1 + 2 ** -30), d(2));
    const b = d2(d(1 - 2 ** -30), d(3));
    expect(await v4('fmla v4.2d, v5.2d, v6.2d', { 4: d2(d(-1), d(1)), 5: a, 6: b })).toEqual([d2(d(-(2 ** -60)), d(7)), 0n]);
    expect(await v4('fmls v4.2d, v5.2d, v6.2d', { 4: d2(d(1), d(1)), 5: a, 6: b })).toEqual([d2(d(2 ** -60), d(-5)), 0n]);
  });
});

describe('AdvSIMD FP conversions', () => {
  it('narrows into the lower half (zeroing the upper) or the upper half (keeping the lower)', async () => {
    const src = s4(s(1), s(-2), s(65520), s(0.5));
    expect(await v4('fcvtn v4.4h, v5.4s', { 5: src })).toEqual([0x3800_7c00_c000_3c00n, 0x14n]);
    expect(await v4('fcvtn2 v4.8h, v5.4s', { 4: 0x1234n, 5: src })).toEqual([(0x3800_7c00_c000_3c00n << 64n) | 0x1234n, 0x14n]);
    expect(await v4('fcvtn v4.4h, v5.4s', { 5: src }, AHP)).toEqual([0x3800_7c00_c000_3c00n, IXC]);
    expect(await v4('fcvtn v4.2s, v5.2d', { 5: d2(d(1.5), d(1e300)) })).toEqual([(0x7f800000n << 32n) | s(1.5), 0x14n]);
    // round to odd: an inexact result gets its last bit set
    expect(await v4('fcvtxn s4, d5', { 5: d(1 + 2 ** -30) })).toEqual([0x3f800001n, IXC]);
    expect(await v4('fcvtxn2 v4.4s, v5.2d', { 4: 7n, 5: d2(d(1), d(1 + 2 ** -30)) })).toEqual([(s4(0n, 0n, s(1), 0x3f800001n)) | 7n, IXC]);
  });

  it('widens the lower or upper half', async () => {
    expect(await v4('fcvtl v4.2d, v5.2s', { 5: s4(s(1.5), s(-3), s(7), s(8)) })).toEqual([d2(d(1.5), d(-3)), 0n]);
    expect(await v4('fcvtl2 v4.2d, v5.4s', { 5: s4(s(1.5), s(-3), s(7), 0x7f800001n) })).toEqual([d2(d(7), 0x7ff8000020000000n), IOC]);
    const halves = (0x7c00_0001_bc00_3c00n << 64n) | 0x4000n;
    expect(await v4('fcvtl2 v4.4s, v5.8h', { 5: halves })).toEqual([s4(s(1), s(-1), s(2 ** -24), 0x7f800000n), 0n]);
    expect(await v4('fcvtl v4.4s, v5.4h', { 5: 0x7c00n }, AHP)).toEqual([s4(s(65536), 0n, 0n, 0n), 0n]);
  });

  it('converts lanes to and from integers and fixed point', async () => {
    expect(await v4('fcvtzs v4.4s, v5.4s', { 5: s4(s(1.5), s(-1.5), s(3e9), DNAN_S) })).toEqual([s4(1n, ONES_S, 0x7fffffffn, 0n), IOC | IXC]);
    expect(await v4('fcvtns v4.2d, v5.2d', { 5: d2(d(2.5), d(-3.5)) })).toEqual([d2(2n, BigInt.asUintN(64, -4n)), IXC]);
    expect(await v4('fcvtau v4.2s, v5.2s', { 5: s4(s(2.5), s(-0.25), 0n, 0n) })).toEqual([s4(3n, 0n, 0n, 0n), IXC]);
    expect(await v4('scvtf v4.4s, v5.4s', { 5: s4(1n, ONES_S, 0x80000000n, 0x7fffffffn) })).toEqual([s4(s(1), s(-1), s(-(2 ** 31)), s(2 ** 31)), IXC]);
    expect(await v4('ucvtf v4.2d, v5.2d', { 5: d2(3n, 0xffffffffffffffffn) })).toEqual([d2(d(3), d(2 ** 64)), IXC]);
    expect(await v4('scvtf v4.4s, v5.4s, #16', { 5: s4(0x18000n, 0xffff0000n, 0n, 1n) })).toEqual([s4(s(1.5), s(-1), 0n, s(2 ** -16)), 0n]);
    expect(await v4('fcvtzu v4.2d, v5.2d, #1', { 5: d2(d(2 ** 63), d(1.75)) })).toEqual([d2(0xffffffffffffffffn, 3n), IOC | IXC]);
    expect(await v4('fcvtzs s4, s5, #2', { 5: s(-1.25) })).toEqual([BigInt.asUintN(32, -5n), 0n]);
    expect(await v4('ucvtf d4, d5, #64', { 5: 0x8000000000000000n })).toEqual([d(0.5), 0n]);
    expect(await v4('fcvtms d4, d5', { 5: d(-0.5) })).toEqual([0xffffffffffffffffn, IXC]);
    expect(await v4('scvtf s4, s5', { 5: 0xfffffffdn })).toEqual([s(-3), 0n]);
  });

  it('rounds lanes to integral values', async () => {
    const x = s4(s(2.5), s(-2.5), s(0.5), s(7));
    expect(await v4('frintn v4.4s, v5.4s', { 5: x })).toEqual([s4(s(2), s(-2), s(0), s(7)), 0n]);
    expect(await v4('frinta v4.4s, v5.4s', { 5: x })).toEqual([s4(s(3), s(-3), s(1), s(7)), 0n]);
    expect(await v4('frintx v4.4s, v5.4s', { 5: x }, RZ)).toEqual([s4(s(2), s(-2), s(0), s(7)), IXC]);
    expect(await v4('frinti v4.2d, v5.2d', { 5: d2(d(-0.5), d(1.5)) })).toEqual([d2(d(-0), d(2)), 0n]);
  });
});

describe('AdvSIMD FP estimates, steps and compares', () => {
  it('estimates reciprocals and square-root reciprocals with the 8-bit tables', async () => {
    expect(await v4('frecpe s4, s5', { 5: s(1) })).toEqual([0x3f7f8000n, 0n]);
    expect(await v4('frecpe d4, d5', { 5: d(3) })).toEqual([0x3fd5500000000000n, 0n]);
    expect(await v4('frecpe s4, s5', { 5: 0x80000000n })).toEqual([0xff800000n, DZC]);
    expect(await v4('frecpe s4, s5', { 5: 0x00000001n })).toEqual([0x7f800000n, 0x14n]);
    expect(await v4('frecpe s4, s5', { 5: 0x00000001n }, RZ)).toEqual([0x7f7fffffn, 0x14n]);
    expect(await v4('frecpe s4, s5', { 5: 0x00400000n })).toEqual([0x7eff8000n, 0n]);
    expect(await v4('frecpe s4, s5', { 5: s(2 ** 127) }, FZ)).toEqual([0n, 0x08n]);
    expect(await v4('frsqrte s4, s5', { 5: s(4) })).toEqual([0x3eff8000n, 0n]);
    expect(await v4('frsqrte s4, s5', { 5: s(2) })).toEqual([0x3f348000n, 0n]);
    expect(await v4('frsqrte d4, d5', { 5: d(-1) })).toEqual([DNAN_D, IOC]);
    expect(await v4('frsqrte v4.4s, v5.4s', { 5: s4(0x7f800000n, 0n, 0x00000001n, s(1)) })).toEqual([s4(0n, 0x7f800000n, 0x64b48000n, 0x3f7f8000n), DZC]);
    expect(await v4('frecpx s4, s5', { 5: s(3) })).toEqual([s(1), 0n]);
    expect(await v4('frecpx d4, d5', { 5: 0x8000000000000001n })).toEqual([0xffe0000000000000n, 0n]);
  });

  it('computes the Newton-Raphson steps fused', async () => {
    expect(await v4('frecps s4, s5, s6', { 5: s(1.5), 6: s(0.5) })).toEqual([s(1.25), 0n]);
    expect(await v4('frecps d4, d5, d6', { 5: 0x7ff0000000000000n, 6: 0n })).toEqual([d(2), 0n]);
    expect(await v4('frsqrts s4, s5, s6', { 5: s(1.5), 6: s(0.5) })).toEqual([s(1.125), 0n]);
    expect(await v4('frsqrts v4.2d, v5.2d, v6.2d', { 5: d2(0n, d(2)), 6: d2(0xfff0000000000000n, d(1.5)) })).toEqual([d2(d(1.5), d(0)), 0n]);
    // the negated first operand carries its NaN sign out
    expect(await v4('frecps s4, s5, s6', { 5: DNAN_S | 1n, 6: s(1) })).toEqual([0xffc00001n, 0n]);
  });

  it('compares lanes into masks; GE/GT signal any NaN, EQ only signalling ones', async () => {
    const x = s4(s(1), s(-1), s(-0), DNAN_S);
    expect(await v4('fcmgt v4.4s, v5.4s, #0.0', { 5: x })).toEqual([s4(ONES_S, 0n, 0n, 0n), IOC]);
    expect(await v4('fcmge v4.4s, v5.4s, #0.0', { 5: x })).toEqual([s4(ONES_S, 0n, ONES_S, 0n), IOC]);
    expect(await v4('fcmeq v4.4s, v5.4s, #0.0', { 5: x })).toEqual([s4(0n, 0n, ONES_S, 0n), 0n]);
    expect(await v4('fcmle v4.4s, v5.4s, #0.0', { 5: x })).toEqual([s4(0n, ONES_S, ONES_S, 0n), IOC]);
    expect(await v4('fcmlt v4.2s, v5.2s, #0.0', { 5: x })).toEqual([s4(0n, ONES_S, 0n, 0n), 0n]);
    const y = s4(s(1), s(1), s(-0), 0x7f800001n);
    expect(await v4('fcmeq v4.4s, v5.4s, v6.4s', { 5: x, 6: y })).toEqual([s4(ONES_S, 0n, ONES_S, 0n), IOC]);
    expect(await v4('facgt v4.4s, v5.4s, v6.4s', { 5: s4(s(-2), s(1), 0n, 0n), 6: s4(s(1), s(-1), 0n, 0n) })).toEqual([s4(ONES_S, 0n, 0n, 0n), 0n]);
    expect(await v4('facge d4, d5, d6', { 5: d(-2), 6: d(2) })).toEqual([0xffffffffffffffffn, 0n]);
    expect(await v4('fcmgt d4, d5, d6', { 5: d(-2), 6: d(2) })).toEqual([0n, 0n]);
  });

  it('takes absolute differences, clearing the sign of NaNs too', async () => {
    expect(await v4('fabd s4, s5, s6', { 5: s(1), 6: s(3) })).toEqual([s(2), 0n]);
    expect(await v4('fabd v4.2d, v5.2d, v6.2d', { 5: d2(DNAN_D | 1n | (1n << 63n), d(-5)), 6: d2(d(1), d(5)) })).toEqual([d2(DNAN_D | 1n, d(10)), 0n]);
    expect(await v4('fneg v4.2d, v5.2d', { 5: d2(DNAN_D, 0n) })).toEqual([d2(DNAN_D | (1n << 63n), 1n << 63n), 0n]);
    expect(await v4('fabs v4.4s, v5.4s', { 5: s4(s(-1), 0xff800001n, s(2), 0x80000000n) })).toEqual([s4(s(1), 0x7f800001n, s(2), 0n), 0n]);
  });
});
