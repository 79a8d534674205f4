// SIMD&FP register loads and stores: B/H/S/D/Q in every addressing form, pairs, literals, the
// zeroing of the unwritten part of the register, the CPACR_EL1.FPEN trap taken before anything
// else, and the 16-byte alignment unit of a Q access.
import { describe, it, expect } from 'vitest';
import { ldstMachine, exec, enterEl0, DATA, EC_FP_ACCESS, wnr, fsc, FSC_ALIGNMENT } from './ldst-support.ts';

const pattern = (seed: number) => Uint8Array.from({ length: 32 }, (_, k) => (seed + k * 17) & 0xff);
const full = new Uint8Array(16).fill(0xcc);
const fps: [string, number][] = [['b', 1], ['h', 2], ['s', 4], ['d', 8], ['q', 16]];

/** The expected register after loading `n` bytes: those bytes, then zeros. */
function loadedReg(bytes: Uint8Array, n: number): Uint8Array {
  const r = new Uint8Array(16);
  r.set(bytes.subarray(0, n));
  return r;
}

describe('single SIMD&FP registers', () => {
  it.each(fps)('%s: every addressing form loads %d bytes and zeroes the rest of the register', async (r, n) => {
    const cpu = await ldstMachine();
    const mem = pattern(n);
    const lg = Math.log2(n);
    const forms: [string, number, bigint | undefined][] = [
      // source, offset of the access from x2, x2 afterwards (writeback) relative to its start
      [`ldr ${r}1, [x2, #${n * 3}]`, n * 3, undefined],
      [`ldr ${r}1, [x2], #-16`, 0, -16n],
      [`ldr ${r}1, [x2, #32]!`, 32, 32n],
      [`ldur ${r}1, [x2, #-5]`, -5, undefined],
      [`ldr ${r}1, [x2, x3, lsl #${lg}]`, 2 * n, undefined],
      [`ldr ${r}1, [x2, w4, sxtw]`, -2, undefined],
    ];
    for (const [src, off, wb] of forms) {
      const base = DATA + 0x100;
      cpu.writePhys(base + off, mem.subarray(0, n));
      cpu.setX(2, BigInt(base));
      cpu.setX(3, 2n);
      cpu.setX(4, 0xffff_fffen);
      cpu.setV(1, full);
      exec(cpu, src);
      expect(cpu.getV(1), src).toEqual(loadedReg(mem, n));
      expect(cpu.getX(2), src).toBe(BigInt(base) + (wb ?? 0n));
    }
  });

  it.each(fps)('%s: every addressing form stores the low %d bytes', async (r, n) => {
    const cpu = await ldstMachine();
    const reg = pattern(n + 100).subarray(0, 16);
    const lg = Math.log2(n);
    const forms: [string, number][] = [
      [`str ${r}1, [x2, #${n}]`, n],
      [`str ${r}1, [x2], #8`, 0],
      [`str ${r}1, [x2, #-16]!`, -16],
      [`stur ${r}1, [x2, #3]`, 3],
      [`str ${r}1, [x2, x3, lsl #${lg}]`, 3 * n],
      [`str ${r}1, [x2, w4, uxtw]`, 7],
    ];
    for (const [src, off] of forms) {
      const base = DATA + 0x200;
      cpu.writePhys(base - 64, new Uint8Array(160).fill(0xee));
      cpu.setX(2, BigInt(base));
      cpu.setX(3, 3n);
      cpu.setX(4, 0xffff_ffff_0000_0007n);
      cpu.setV(1, reg);
      exec(cpu, src);
      const want = new Uint8Array(160).fill(0xee);
      want.set(reg.subarray(0, n), 64 + off);
      expect(cpu.readPhys(base - 64, 160), src).toEqual(want);
    }
  });

  it('literal S, D and Q loads', async () => {
    const cpu = await ldstMachine();
    exec(cpu, `
      ldr s1, lit
      ldr d2, lit
      ldr q3, lit
      b 1f
      .balign 16
    lit:
      .quad 0x0807060504030201, 0x100f0e0d0c0b0a09
    1:`);
    const bytes = Uint8Array.from({ length: 16 }, (_, k) => k + 1);
    expect(cpu.getV(1)).toEqual(loadedReg(bytes, 4));
    expect(cpu.getV(2)).toEqual(loadedReg(bytes, 8));
    expect(cpu.getV(3)).toEqual(bytes);
  });
});

describe('SIMD&FP pairs', () => {
  it.each([['s', 4], ['d', 8], ['q', 16]] as [string, number][])('%s pairs (%d bytes each) in all forms', async (r, n) => {
    const cpu = await ldstMachine();
    const a = pattern(1).subarray(0, 16);
    const b = pattern(2).subarray(0, 16);
    const base = DATA + 0x400;
    cpu.setV(1, a);
    cpu.setV(2, b);
    cpu.setX(3, BigInt(base));
    exec(cpu, `
      stp ${r}1, ${r}2, [x3], #${2 * n}
      stp ${r}2, ${r}1, [x3, #${-4 * n}]!
      stnp ${r}1, ${r}1, [x3, #${8 * n}]
      ldp ${r}4, ${r}5, [x3, #${2 * n}]
      ldnp ${r}6, ${r}7, [x3, #${8 * n}]
      ldp ${r}8, ${r}9, [x3], #${2 * n}`);
    expect(cpu.readPhys(base, 2 * n)).toEqual(Uint8Array.from([...a.subarray(0, n), ...b.subarray(0, n)]));
    expect(cpu.readPhys(base - 2 * n, 2 * n)).toEqual(Uint8Array.from([...b.subarray(0, n), ...a.subarray(0, n)]));
    expect(cpu.getX(3)).toBe(BigInt(base));
    expect(cpu.getV(4)).toEqual(loadedReg(a, n));
    expect(cpu.getV(5)).toEqual(loadedReg(b, n));
    expect(cpu.getV(6)).toEqual(loadedReg(a, n));
    expect(cpu.getV(7)).toEqual(loadedReg(a, n));
    expect(cpu.getV(8)).toEqual(loadedReg(b, n));
    expect(cpu.getV(9)).toEqual(loadedReg(a, n));
  });

  it('LDP with Rt == Rt2 keeps the second element (CONSTRAINED UNPREDICTABLE, as QEMU)', async () => {
    const cpu = await ldstMachine();
    cpu.writePhys(DATA, pattern(5));
    cpu.setX(28, BigInt(DATA));
    exec(cpu, '.inst 0xad400380'); // ldp q0, q0, [x28]
    expect(cpu.getV(0)).toEqual(pattern(5).subarray(16, 32));
  });

  it('a Q pair straddling a page moves all 32 bytes', async () => {
    const cpu = await ldstMachine();
    cpu.setV(1, pattern(1).subarray(0, 16));
    cpu.setV(2, pattern(2).subarray(0, 16));
    cpu.setX(3, BigInt(DATA + 0x1000 - 20));
    exec(cpu, 'stp q1, q2, [x3]\n ldp q3, q4, [x3]');
    expect(cpu.getV(3)).toEqual(pattern(1).subarray(0, 16));
    expect(cpu.getV(4)).toEqual(pattern(2).subarray(0, 16));
  });
});

describe('CPACR_EL1.FPEN', () => {
  it('traps (EC 0x07) before the SP alignment check and before any access', async () => {
    const cpu = await ldstMachine({ pages: { 1: { valid: false } } });
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | (1n << 3n));
    cpu.setSysreg('CPACR_EL1', 0n);
    cpu.sp = BigInt(DATA + 0x1004);
    for (const src of ['ldr q0, [sp]', 'str d0, [sp, #8]!', 'ldp s0, s1, [sp]', 'ldr q0, .']) {
      const o = exec(cpu, src);
      expect(o.exception?.ec, src).toBe(EC_FP_ACCESS);
      expect(cpu.sysreg('SP_EL1')).toBe(BigInt(DATA + 0x1004));
    }
  });
  it('FPEN = 01 traps EL0 only', async () => {
    const cpu = await ldstMachine({ pages: { 0: { ap: 1 } } });
    cpu.setSysreg('CPACR_EL1', 1n << 20n);
    cpu.setX(2, BigInt(DATA));
    expect(exec(cpu, 'ldr d0, [x2]').done).toBe(true);
    enterEl0(cpu, BigInt(DATA));
    expect(exec(cpu, 'ldr d0, [x2]').exception?.ec).toBe(EC_FP_ACCESS);
  });
});

describe('alignment of SIMD&FP accesses', () => {
  it('with SCTLR_EL1.A a Q register needs 16-byte alignment, a D pair only 8', async () => {
    const cpu = await ldstMachine();
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | 2n);
    cpu.setX(2, BigInt(DATA + 8));
    expect(exec(cpu, 'ldp d0, d1, [x2]\n ldr d2, [x2]').done).toBe(true);
    let o = exec(cpu, 'ldr q0, [x2]');
    expect(fsc(o.exception!.iss)).toBe(FSC_ALIGNMENT);
    o = exec(cpu, 'stp q0, q1, [x2]');
    expect(fsc(o.exception!.iss)).toBe(FSC_ALIGNMENT);
    expect(wnr(o.exception!.iss)).toBe(1);
  });
  it('on Device memory a Q access must be 16-byte aligned', async () => {
    const cpu = await ldstMachine({ mmu: false });
    cpu.writePhys(DATA, pattern(3));
    cpu.setX(2, BigInt(DATA));
    expect(exec(cpu, 'ldr q0, [x2, #16]').done).toBe(true);
    expect(cpu.getV(0)).toEqual(pattern(3).subarray(16, 32));
    const o = exec(cpu, 'ldr q0, [x2, #8]');
    expect(fsc(o.exception!.iss)).toBe(FSC_ALIGNMENT);
  });
});
