// Scalar floating point, known values: rounding, flags, NaNs, flush-to-zero, conversions.
// Every expectation was also checked under qemu-aarch64 (UKPLAY_FP_QEMU=1, see fp-support.ts).
import { describe, it, expect } from 'vitest';
import {
  fpRun, d, s, IOC, DZC, OFC, UFC, IXC, IDC, RP, RM, RZ, FZ, DN, AHP,
} from './fp-support.ts';
import { testMachine, load, CODE } from './machine.ts';

const DNAN_D = 0x7ff8000000000000n;
const DNAN_S = 0x7fc00000n;
const INF_D = 0x7ff0000000000000n;
const NEG = 1n << 63n;
const MAX_D = 0x7fefffffffffffffn;
const MIN_NORMAL_D = 0x0010000000000000n;

/** Result of a scalar D/S instruction writing V4, with the flags. */
async function r(insn: string, v: Record<number, bigint>, fpcr = 0n): Promise<[bigint, bigint]> {
  const o = await fpRun(insn, { v, fpcr });
  return [o.v[4], o.fpsr];
}

describe('scalar FP arithmetic', () => {
  it('rounds to nearest even, in the other modes as asked, and reports inexactness', async () => {
    expect(await r('fadd d4, d5, d6', { 5: d(1), 6: d(2 ** -53) })).toEqual([d(1), IXC]);
    expect(await r('fadd d4, d5, d6', { 5: d(1), 6: d(3 * 2 ** -54) })).toEqual([d(1 + 2 ** -52), IXC]);
    expect(await r('fadd d4, d5, d6', { 5: d(1.5), 6: d(0.25) })).toEqual([d(1.75), 0n]);
    expect(await r('fadd d4, d5, d6', { 5: d(1), 6: d(2 ** -53) }, RP)).toEqual([d(1 + 2 ** -52), IXC]);
    expect(await r('fsub d4, d5, d6', { 5: d(-1), 6: d(2 ** -53) }, RM)).toEqual([d(-1 - 2 ** -52), IXC]);
    expect(await r('fadd s4, s5, s6', { 5: s(1), 6: s(2 ** -24) })).toEqual([s(1), IXC]);
    expect(await r('fmul s4, s5, s6', { 5: s(3), 6: s(1 / 3) - 1n }, RZ)).toEqual([s(1 - 2 ** -24), 0n]); // exact
    expect(await r('fmul s4, s5, s6', { 5: s(3), 6: s(1 / 3) }, RZ)).toEqual([s(1), IXC]);
  });

  it('gives +0 for an exact zero sum, -0 when rounding towards minus infinity', async () => {
    expect(await r('fsub d4, d5, d5', { 5: d(3) })).toEqual([0n, 0n]);
    expect(await r('fsub d4, d5, d5', { 5: d(3) }, RM)).toEqual([NEG, 0n]);
    expect(await r('fadd d4, d5, d6', { 5: d(-0), 6: d(-0) })).toEqual([NEG, 0n]);
    expect(await r('fadd d4, d5, d6', { 5: d(-0), 6: d(0) })).toEqual([0n, 0n]);
  });

  it('gives the default NaN and IOC for invalid operations', async () => {
    expect(await r('fadd d4, d5, d6', { 5: INF_D, 6: INF_D | NEG })).toEqual([DNAN_D, IOC]);
    expect(await r('fmul d4, d5, d6', { 5: 0n, 6: INF_D })).toEqual([DNAN_D, IOC]);
    expect(await r('fdiv d4, d5, d6', { 5: 0n, 6: NEG })).toEqual([DNAN_D, IOC]);
    expect(await r('fdiv s4, s5, s6', { 5: 0x7f800000n, 6: 0xff800000n })).toEqual([DNAN_S, IOC]);
    expect(await r('fsqrt d4, d5', { 5: d(-1) })).toEqual([DNAN_D, IOC]);
  });

  it('propagates signalling NaNs first, quietened, then quiet NaNs in operand order', async () => {
    expect(await r('fadd s4, s5, s6', { 5: 0x7fc00001n, 6: 0x7f800002n })).toEqual([0x7fc00002n, IOC]);
    expect(await r('fadd s4, s5, s6', { 5: 0x7fc00001n, 6: 0x7f800002n }, DN)).toEqual([DNAN_S, IOC]);
    expect(await r('fmul s4, s5, s6', { 5: 0xffc00005n, 6: 0x7fc00007n })).toEqual([0xffc00005n, 0n]);
    expect(await r('fmul s4, s5, s6', { 5: s(2), 6: 0x7fc00007n }, DN)).toEqual([DNAN_S, 0n]);
    expect(await r('fsqrt d4, d5', { 5: 0xfff0000000000001n })).toEqual([0xfff8000000000001n, IOC]);
  });

  it('overflows to infinity or the largest normal by rounding mode', async () => {
    expect(await r('fmul d4, d5, d6', { 5: MAX_D, 6: d(2) })).toEqual([INF_D, OFC | IXC]);
    expect(await r('fmul d4, d5, d6', { 5: MAX_D, 6: d(2) }, RZ)).toEqual([MAX_D, OFC | IXC]);
    expect(await r('fmul d4, d5, d6', { 5: MAX_D, 6: d(2) }, RM)).toEqual([MAX_D, OFC | IXC]);
    expect(await r('fmul d4, d5, d6', { 5: MAX_D, 6: d(-2) }, RM)).toEqual([INF_D | NEG, OFC | IXC]);
    expect(await r('fadd s4, s5, s6', { 5: 0x7f7fffffn, 6: 0x7f7fffffn }, RP)).toEqual([0x7f800000n, OFC | IXC]);
  });

  it('detects underflow before rounding, and only when inexact', async () => {
    // exact denormal result: no flag
    expect(await r('fmul d4, d5, d6', { 5: MIN_NORMAL_D, 6: d(0.5) })).toEqual([0x0008000000000000n, 0n]);
    // inexact denormal result
    expect(await r('fmul d4, d5, d6', { 5: 0x0010000000000001n, 6: d(0.5) })).toEqual([0x0008000000000000n, UFC | IXC]);
    // tiny before rounding although it rounds up to the smallest normal
    expect(await r('fmul d4, d5, d6', { 5: 0x001fffffffffffffn, 6: d(0.5) })).toEqual([MIN_NORMAL_D, UFC | IXC]);
    expect(await r('fmul s4, s5, s6', { 5: 0x00ffffffn, 6: s(0.5) })).toEqual([0x00800000n, UFC | IXC]);
  });

  it('flushes denormal inputs (IDC) and tiny results (UFC only) with FPCR.FZ', async () => {
    expect(await r('fmul d4, d5, d6', { 5: 0x001fffffffffffffn, 6: d(0.5) }, FZ)).toEqual([0n, UFC]);
    expect(await r('fmul d4, d5, d6', { 5: 0x801fffffffffffffn, 6: d(0.5) }, FZ)).toEqual([NEG, UFC]);
    expect(await r('fadd d4, d5, d6', { 5: 1n, 6: d(1) }, FZ)).toEqual([d(1), IDC]);
    expect(await r('fadd s4, s5, s6', { 5: 0x80000001n, 6: 0x00000001n }, FZ)).toEqual([0n, IDC]);
    expect(await r('fadd s4, s5, s6', { 5: 0x00000001n, 6: 0x00000001n })).toEqual([2n, 0n]);
  });

  it('divides, with divide-by-zero only for a finite dividend', async () => {
    expect(await r('fdiv d4, d5, d6', { 5: d(1), 6: 0n })).toEqual([INF_D, DZC]);
    expect(await r('fdiv d4, d5, d6', { 5: d(1), 6: NEG })).toEqual([INF_D | NEG, DZC]);
    expect(await r('fdiv d4, d5, d6', { 5: INF_D, 6: 0n })).toEqual([INF_D, 0n]);
    expect(await r('fdiv d4, d5, d6', { 5: d(1), 6: d(3) })).toEqual([d(1 / 3), IXC]);
    // 1/3 in single is 0x3eaaaaaa.aaa...: nearest and up give ...ab, down and zero ...aa
    expect(await r('fdiv s4, s5, s6', { 5: s(1), 6: s(3) }, RP)).toEqual([0x3eaaaaabn, IXC]);
    expect(await r('fdiv s4, s5, s6', { 5: s(1), 6: s(3) }, RZ)).toEqual([0x3eaaaaaan, IXC]);
  });

  it('takes square roots exactly rounded', async () => {
    expect(await r('fsqrt d4, d5', { 5: NEG })).toEqual([NEG, 0n]);
    expect(await r('fsqrt d4, d5', { 5: d(4) })).toEqual([d(2), 0n]);
    expect(await r('fsqrt d4, d5', { 5: d(2) })).toEqual([0x3ff6a09e667f3bcdn, IXC]);
    expect(await r('fsqrt d4, d5', { 5: d(2) }, RP)).toEqual([0x3ff6a09e667f3bcdn, IXC]);
    expect(await r('fsqrt d4, d5', { 5: d(2) }, RM)).toEqual([0x3ff6a09e667f3bccn, IXC]);
    expect(await r('fsqrt s4, s5', { 5: 1n })).toEqual([s(2 ** -74.5), IXC]);
  });

  it('negates the product with FNMUL, NaNs included', async () => {
    expect(await r('fnmul d4, d5, d6', { 5: d(2), 6: d(3) })).toEqual([d(-6), 0n]);
    expect(await r('fnmul d4, d5, d6', { 5: d(2), 6: DNAN_D })).toEqual([DNAN_D | NEG, 0n]);
  });
});

describe('fused multiply-add', () => {
  it('rounds once: a*b + c keeps the bits a separate multiply would lose', async () => {
    const v = { 5: d(1 + 2 ** -30), 6: d(1 - 2 ** -30), 7: d(-1) };
    expect(await r('fmadd d4, d5, d6, d7', v)).toEqual([d(-(2 ** -60)), 0n]);
    const vs = { 5: s(1 + 2 ** -12), 6: s(1 - 2 ** -12), 7: s(-1) };
    expect(await r('fmadd s4, s5, s6, s7', vs)).toEqual([s(-(2 ** -24)), 0n]);
  });

  it('applies FMSUB/FNMADD/FNMSUB negations', async () => {
    const v = { 5: d(2), 6: d(3), 7: d(10) };
    expect(await r('fmadd d4, d5, d6, d7', v)).toEqual([d(16), 0n]);
    expect(await r('fmsub d4, d5, d6, d7', v)).toEqual([d(4), 0n]);
    expect(await r('fnmadd d4, d5, d6, d7', v)).toEqual([d(-16), 0n]);
    expect(await r('fnmsub d4, d5, d6, d7', v)).toEqual([d(-4), 0n]);
  });

  it('handles NaNs: addend first, invalid product beats a quiet NaN addend, negation flips NaN signs', async () => {
    expect(await r('fmadd d4, d5, d6, d7', { 5: INF_D, 6: 0n, 7: DNAN_D | 5n })).toEqual([DNAN_D, IOC]);
    expect(await r('fmadd d4, d5, d6, d7', { 5: 0x7ff0000000000003n, 6: d(1), 7: DNAN_D | 5n })).toEqual([DNAN_D | 3n, IOC]);
    expect(await r('fmadd d4, d5, d6, d7', { 5: DNAN_D | 3n, 6: d(1), 7: DNAN_D | 5n })).toEqual([DNAN_D | 5n, 0n]);
    expect(await r('fmsub d4, d5, d6, d7', { 5: DNAN_D | 1n, 6: d(1), 7: d(1) })).toEqual([DNAN_D | NEG | 1n, 0n]);
  });

  it('gives an exact zero the sign of the rounding mode, and same-signed zeros their sign', async () => {
    const v = { 5: d(2), 6: d(3), 7: d(-6) };
    expect(await r('fmadd d4, d5, d6, d7', v)).toEqual([0n, 0n]);
    expect(await r('fmadd d4, d5, d6, d7', v, RM)).toEqual([NEG, 0n]);
    expect(await r('fmadd d4, d5, d6, d7', { 5: NEG, 6: d(3), 7: NEG })).toEqual([NEG, 0n]);
  });
});

describe('min, max and compares', () => {
  it('orders zeros and NaNs as FPMax/FPMin and FPMaxNum/FPMinNum say', async () => {
    expect(await r('fmax d4, d5, d6', { 5: NEG, 6: 0n })).toEqual([0n, 0n]);
    expect(await r('fmin d4, d5, d6', { 5: 0n, 6: NEG })).toEqual([NEG, 0n]);
    expect(await r('fmax d4, d5, d6', { 5: DNAN_D | 9n, 6: d(1) })).toEqual([DNAN_D | 9n, 0n]);
    expect(await r('fmaxnm d4, d5, d6', { 5: DNAN_D | 9n, 6: d(1) })).toEqual([d(1), 0n]);
    expect(await r('fminnm d4, d5, d6', { 5: d(1), 6: DNAN_D | 9n })).toEqual([d(1), 0n]);
    expect(await r('fmaxnm d4, d5, d6', { 5: 0x7ff0000000000009n, 6: d(1) })).toEqual([DNAN_D | 9n, IOC]);
    expect(await r('fminnm s4, s5, s6', { 5: 0x7fc00001n, 6: 0xffc00002n })).toEqual([0x7fc00001n, 0n]);
    expect(await r('fmax s4, s5, s6', { 5: 0x00000001n, 6: 0x80000000n }, FZ)).toEqual([0n, IDC]);
  });

  it('sets NZCV from FCMP/FCMPE; FCMPE and signalling NaNs raise IOC', async () => {
    const cmp = async (insn: string, a: bigint, b: bigint) => {
      const o = await fpRun(insn, { v: { 5: a, 6: b }, nzcv: 0b1111 });
      return [o.nzcv, o.fpsr];
    };
    expect(await cmp('fcmp d5, d6', d(1), d(2))).toEqual([0b1000, 0n]);
    expect(await cmp('fcmp d5, d6', d(2), d(2))).toEqual([0b0110, 0n]);
    expect(await cmp('fcmp d5, d6', d(3), d(2))).toEqual([0b0010, 0n]);
    expect(await cmp('fcmp d5, d6', DNAN_D, d(2))).toEqual([0b0011, 0n]);
    expect(await cmp('fcmpe d5, d6', DNAN_D, d(2))).toEqual([0b0011, IOC]);
    expect(await cmp('fcmp s5, s6', s(1), 0x7f800001n)).toEqual([0b0011, IOC]);
    expect(await cmp('fcmp d5, #0.0', NEG, 0n)).toEqual([0b0110, 0n]);
    expect(await cmp('fcmpe s5, #0.0', s(-1), 0n)).toEqual([0b1000, 0n]);
  });

  it('compares conditionally and selects', async () => {
    let o = await fpRun('fccmp d5, d6, #5, eq', { v: { 5: d(1), 6: d(1) }, nzcv: 0b0000 });
    expect(o.nzcv).toBe(0b0101);
    o = await fpRun('fccmp d5, d6, #5, eq', { v: { 5: d(1), 6: d(1) }, nzcv: 0b0100 });
    expect(o.nzcv).toBe(0b0110);
    o = await fpRun('fccmpe s5, s6, #0, ne', { v: { 5: DNAN_S, 6: s(1) }, nzcv: 0b0000 });
    expect([o.nzcv, o.fpsr]).toEqual([0b0011, IOC]);
    o = await fpRun('fcsel d4, d5, d6, mi', { v: { 5: d(1), 6: d(2) }, nzcv: 0b1000 });
    expect(o.v[4]).toBe(d(1));
    o = await fpRun('fcsel s4, s5, s6, mi', { v: { 5: s(1), 6: s(2) }, nzcv: 0b0000 });
    expect(o.v[4]).toBe(s(2));
  });
});

describe('round to integral', () => {
  const cases: [string, number, number, bigint][] = [
    ['frintn', 2.5, 2, IXC], ['frinta', 2.5, 3, IXC], ['frintp', 2.5, 3, IXC], ['frintm', 2.5, 2, IXC],
    ['frintz', 2.5, 2, IXC], ['frintn', -2.5, -2, IXC], ['frinta', -2.5, -3, IXC], ['frintp', -2.5, -2, IXC],
    ['frintm', -2.5, -3, IXC], ['frintz', -2.7, -2, IXC], ['frintn', 3.5, 4, IXC], ['frintn', -0.4, -0, IXC],
    ['frintp', -0.4, -0, IXC], ['frintm', 0.4, 0, IXC], ['frintn', 7, 7, 0n], ['frintn', 1e300, 1e300, 0n],
  ];
  it('rounds with the mode its name gives; FRINTX reports inexactness, the others do not', async () => {
    const fpcrMode: Record<string, bigint> = { frintn: 0n, frintp: RP, frintm: RM, frintz: RZ };
    for (const [op, x, want, ixc] of cases) {
      expect(await r(`${op} d4, d5`, { 5: d(x) }), `${op} ${x}`).toEqual([d(want), 0n]);
      if (op in fpcrMode) expect(await r('frintx d4, d5', { 5: d(x) }, fpcrMode[op]), `frintx ${x}`).toEqual([d(want), ixc]);
    }
    expect(await r('frinti s4, s5', { 5: s(2.5) }, RP)).toEqual([s(3), 0n]);
    expect(await r('frintx s4, s5', { 5: s(2.5) }, RP)).toEqual([s(3), IXC]);
    expect(await r('frintn s4, s5', { 5: 1n }, FZ)).toEqual([0n, IDC]);
  });
});

describe('FCVT between precisions', () => {
  it('narrows double to single with overflow, underflow and NaN payloads', async () => {
    expect(await r('fcvt s4, d5', { 5: d(1e300) })).toEqual([0x7f800000n, OFC | IXC]);
    expect(await r('fcvt s4, d5', { 5: d(1e300) }, RZ)).toEqual([0x7f7fffffn, OFC | IXC]);
    expect(await r('fcvt s4, d5', { 5: d(1e-40) })).toEqual([s(1e-40), UFC | IXC]);
    expect(await r('fcvt s4, d5', { 5: d(1e-40) }, FZ)).toEqual([0n, UFC]);
    expect(await r('fcvt s4, d5', { 5: 0x7ff4000020000001n })).toEqual([0x7fe00001n, IOC]);
    expect(await r('fcvt d4, s5', { 5: 0x7fa00001n })).toEqual([0x7ffc000020000000n, IOC]);
    expect(await r('fcvt d4, s5', { 5: 0x7fa00001n }, DN)).toEqual([DNAN_D, IOC]);
    expect(await r('fcvt d4, s5', { 5: s(0.1) })).toEqual([d(Math.fround(0.1)), 0n]);
  });

  it('converts to and from half precision, IEEE or alternative (FPCR.AHP)', async () => {
    expect(await r('fcvt h4, s5', { 5: s(65504) })).toEqual([0x7bffn, 0n]);
    expect(await r('fcvt h4, s5', { 5: s(65520) })).toEqual([0x7c00n, OFC | IXC]);
    expect(await r('fcvt h4, s5', { 5: s(65520) }, AHP)).toEqual([0x7c00n, IXC]);
    expect(await r('fcvt h4, d5', { 5: d(1e10) }, AHP)).toEqual([0x7fffn, IOC]);
    expect(await r('fcvt h4, s5', { 5: 0xff800000n }, AHP)).toEqual([0xffffn, IOC]);
    expect(await r('fcvt h4, s5', { 5: 0xffc00000n }, AHP)).toEqual([0x8000n, IOC]);
    expect(await r('fcvt h4, s5', { 5: 0xffc02000n })).toEqual([0xfe01n, 0n]);
    expect(await r('fcvt s4, h5', { 5: 0x7c00n })).toEqual([0x7f800000n, 0n]);
    expect(await r('fcvt s4, h5', { 5: 0x7c00n }, AHP)).toEqual([s(65536), 0n]);
    expect(await r('fcvt d4, h5', { 5: 0x0001n }, FZ)).toEqual([d(2 ** -24), 0n]);
    expect(await r('fcvt h4, s5', { 5: s(2 ** -25) })).toEqual([0n, UFC | IXC]);
    expect(await r('fcvt h4, s5', { 5: s(2 ** -25 + 2 ** -40) })).toEqual([1n, UFC | IXC]);
  });
});

describe('conversions to and from integers and fixed point', () => {
  async function toInt(insn: string, v: bigint, fpcr = 0n): Promise<[bigint, bigint]> {
    const o = await fpRun(insn, { v: { 5: v }, fpcr });
    return [o.x[4], o.fpsr];
  }
  it('rounds as named and saturates with IOC', async () => {
    expect(await toInt('fcvtzs x4, d5', d(3.7))).toEqual([3n, IXC]);
    expect(await toInt('fcvtzs x4, d5', d(-3.7))).toEqual([BigInt.asUintN(64, -3n), IXC]);
    expect(await toInt('fcvtzs x4, d5', d(1e20))).toEqual([0x7fffffffffffffffn, IOC]);
    expect(await toInt('fcvtzs x4, d5', d(-1e20))).toEqual([0x8000000000000000n, IOC]);
    expect(await toInt('fcvtzs x4, d5', DNAN_D)).toEqual([0n, IOC]);
    expect(await toInt('fcvtzs w4, d5', d(2 ** 31))).toEqual([0x7fffffffn, IOC]);
    expect(await toInt('fcvtzs w4, d5', d(-(2 ** 31)))).toEqual([0x80000000n, 0n]);
    expect(await toInt('fcvtzs w4, s5', s(-1))).toEqual([0xffffffffn, 0n]);
    expect(await toInt('fcvtzu x4, d5', d(-1))).toEqual([0n, IOC]);
    expect(await toInt('fcvtzu x4, d5', d(-0.5))).toEqual([0n, IXC]);
    expect(await toInt('fcvtzu w4, s5', 0x7f800000n)).toEqual([0xffffffffn, IOC]);
    expect(await toInt('fcvtns x4, d5', d(2.5))).toEqual([2n, IXC]);
    expect(await toInt('fcvtns x4, d5', d(3.5))).toEqual([4n, IXC]);
    expect(await toInt('fcvtas x4, d5', d(2.5))).toEqual([3n, IXC]);
    expect(await toInt('fcvtas w4, d5', d(-2.5))).toEqual([BigInt.asUintN(32, -3n), IXC]);
    expect(await toInt('fcvtms x4, d5', d(-2.5))).toEqual([BigInt.asUintN(64, -3n), IXC]);
    expect(await toInt('fcvtps x4, s5', s(2.1))).toEqual([3n, IXC]);
    expect(await toInt('fcvtmu x4, d5', d(2.9))).toEqual([2n, IXC]);
    expect(await toInt('fcvtnu w4, d5', d(4294967295.5))).toEqual([0xffffffffn, IOC]);
    expect(await toInt('fcvtzs x4, d5', 1n, FZ)).toEqual([0n, IDC]);
  });

  it('converts fixed point with the scale as fraction bits', async () => {
    expect(await toInt('fcvtzs w4, s5, #16', s(1.5))).toEqual([0x18000n, 0n]);
    expect(await toInt('fcvtzu x4, d5, #64', d(0.75))).toEqual([0xc000000000000000n, 0n]);
    const cvt = async (insn: string, x: bigint, fpcr = 0n) => {
      const o = await fpRun(insn, { x: { 5: x }, fpcr });
      return [o.v[4], o.fpsr];
    };
    expect(await cvt('scvtf d4, x5, #8', 256n)).toEqual([d(1), 0n]);
    expect(await cvt('ucvtf s4, w5, #32', 0xffffffffn)).toEqual([s(1), IXC]);
    expect(await cvt('ucvtf s4, w5, #32', 0xffffffffn, RZ)).toEqual([s(1 - 2 ** -24), IXC]);
    expect(await cvt('scvtf d4, x5', (1n << 53n) + 1n)).toEqual([d(2 ** 53), IXC]);
    expect(await cvt('ucvtf d4, x5', 0xffffffffffffffffn)).toEqual([d(2 ** 64), IXC]);
    expect(await cvt('scvtf d4, x5', 0x8000000000000000n)).toEqual([d(-(2 ** 63)), 0n]);
    expect(await cvt('scvtf s4, w5', 0x12345678ffffffffn)).toEqual([s(-1), 0n]);
    expect(await cvt('scvtf s4, x5', 0n)).toEqual([0n, 0n]);
  });
});

describe('FMOV and bit operations', () => {
  it('expands the 8-bit immediate', async () => {
    expect((await fpRun('fmov d4, #-1.25')).v[4]).toBe(d(-1.25));
    expect((await fpRun('fmov s4, #31.0')).v[4]).toBe(s(31));
    expect((await fpRun('fmov s4, #0.125')).v[4]).toBe(s(0.125));
    expect((await fpRun('fmov d4, #1.9375')).v[4]).toBe(d(1.9375));
  });

  it('moves bits between registers, zeroing above a scalar write, keeping D[0] for V.D[1]', async () => {
    const v5 = 0x0123456789abcdef_fedcba9876543210n;
    let o = await fpRun('fmov x4, d5', { v: { 5: v5 } });
    expect(o.x[4]).toBe(0xfedcba9876543210n);
    o = await fpRun('fmov x4, v5.d[1]', { v: { 5: v5 } });
    expect(o.x[4]).toBe(0x0123456789abcdefn);
    o = await fpRun('fmov w4, s5', { v: { 5: v5 } });
    expect(o.x[4]).toBe(0x76543210n);
    o = await fpRun('fmov d4, x5', { x: { 5: 0x1122334455667788n } });
    expect(o.v[4]).toBe(0x1122334455667788n);
    o = await fpRun('fmov s4, w5', { x: { 5: 0x1122334455667788n } });
    expect(o.v[4]).toBe(0x55667788n);
    o = await fpRun('fmov v4.d[1], x5', { x: { 5: 0x1122334455667788n }, v: { 4: v5 } });
    expect(o.v[4]).toBe(0x1122334455667788_fedcba9876543210n);
    o = await fpRun('fmov s4, s5', { v: { 5: v5 } });
    expect(o.v[4]).toBe(0x76543210n);
  });

  it('changes only the sign with FABS/FNEG, NaNs included, without flags', async () => {
    expect(await r('fabs d4, d5', { 5: 0xfff0000000000001n })).toEqual([0x7ff0000000000001n, 0n]);
    expect(await r('fneg s4, s5', { 5: 0x7f800001n })).toEqual([0xff800001n, 0n]);
    expect(await r('fneg d4, d5', { 5: 1n }, FZ)).toEqual([NEG | 1n, 0n]);
  });
});

describe('FP access', () => {
  it('traps FP instructions when CPACR_EL1.FPEN disables them', async () => {
    const cpu = await testMachine();
    cpu.setSysreg('VBAR_EL1', 0x8000n);
    cpu.setSysreg('CPACR_EL1', 0n);
    load(cpu, 'fadd d0, d1, d2\nfadd v0.4s, v1.4s, v2.4s');
    cpu.run(1);
    expect(cpu.pc).toBe(0x8200n);
    expect(cpu.sysreg('ESR_EL1') >> 26n).toBe(0x07n);
    expect(cpu.sysreg('ELR_EL1')).toBe(BigInt(CODE));
    cpu.setSysreg('CPACR_EL1', 1n << 20n); // EL0 only trapped: EL1 runs
    cpu.pc = BigInt(CODE + 4);
    cpu.run(1);
    expect(cpu.pc).toBe(BigInt(CODE + 8));
  });
});
