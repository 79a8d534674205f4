// Load/store pair of general-purpose registers: LDP/STP in all three addressing forms, LDPSW,
// LDNP/STNP, the CONSTRAINED UNPREDICTABLE overlaps (resolved as QEMU does), SP as base.
import { describe, it, expect } from 'vitest';
import { ldstMachine, exec, DATA, U64, EC_SP_ALIGN } from './ldst-support.ts';

const A = 0xf1e2d3c4b5a69788n;
const B = 0x0172635445362718n;

describe('LDP/STP', () => {
  it('X pairs: post-index, pre-index and offset with their writebacks', async () => {
    const cpu = await ldstMachine();
    cpu.setX(1, A);
    cpu.setX(2, B);
    cpu.setX(3, BigInt(DATA + 0x300));
    exec(cpu, `
      stp x1, x2, [x3], #-512
      stp x2, x1, [x3, #504]!
      stp x1, x1, [x3, #-504]
      ldp x4, x5, [x3, #-504]
      ldp x6, x7, [x3], #8
      ldp x8, x9, [x3, #-16]!`);
    expect(cpu.readU64(DATA + 0x300 - 512 + 504)).toBe(B);
    expect(cpu.readU64(DATA + 0x300 - 512 + 512)).toBe(A);
    expect(cpu.readU64(DATA + 0x308)).toBe(B);
    expect(cpu.readU64(DATA + 0x300 - 512 + 504 - 504)).toBe(A);
    expect([cpu.getX(4), cpu.getX(5)]).toEqual([A, A]);
    expect([cpu.getX(6), cpu.getX(7)]).toEqual([B, A]);
    expect([cpu.getX(8), cpu.getX(9)]).toEqual([0n, B]);
    expect(cpu.getX(3)).toBe(BigInt(DATA + 0x300 - 512 + 504 + 8 - 16));
  });

  it('W pairs store 4 bytes each and zero-extend on load; LDPSW sign-extends', async () => {
    const cpu = await ldstMachine();
    cpu.writePhys(DATA + 0x100, new Uint8Array(16).fill(0xee));
    cpu.setX(1, A);
    cpu.setX(2, B);
    cpu.setX(3, BigInt(DATA + 0x104));
    cpu.setX(6, U64(-1n));
    exec(cpu, 'stp w1, w2, [x3]\n ldp w4, w5, [x3]\n ldpsw x6, x7, [x3], #-4\n ldp w8, w9, [x3, #-252]!');
    expect(cpu.readU64(DATA + 0x100)).toBe(0xeeeeeeeen | (0xb5a69788n << 32n));
    expect(cpu.readU64(DATA + 0x108)).toBe(0xeeeeeeee00000000n | 0x45362718n);
    expect(cpu.getX(4)).toBe(A & 0xffffffffn);
    expect(cpu.getX(5)).toBe(B & 0xffffffffn);
    expect(cpu.getX(6)).toBe(U64(BigInt.asIntN(32, A)));
    expect(cpu.getX(7)).toBe(B & 0xffffffffn);
    expect(cpu.getX(3)).toBe(BigInt(DATA + 0x100 - 252));
  });

  it('LDNP/STNP behave as the offset form', async () => {
    const cpu = await ldstMachine();
    cpu.setX(1, A);
    cpu.setX(2, B);
    cpu.setX(3, BigInt(DATA + 0x40));
    exec(cpu, 'stnp x1, x2, [x3, #-16]\n ldnp w4, w5, [x3, #-12]\n stnp w2, w1, [x3, #248]\n ldnp x6, x7, [x3, #-16]');
    expect(cpu.readU64(DATA + 0x30)).toBe(A);
    expect(cpu.getX(4)).toBe(A >> 32n);
    expect(cpu.getX(5)).toBe(B & 0xffffffffn);
    expect(cpu.readU64(DATA + 0x138)).toBe((B & 0xffffffffn) | ((A & 0xffffffffn) << 32n));
    expect([cpu.getX(6), cpu.getX(7)]).toEqual([A, B]);
    expect(cpu.getX(3)).toBe(BigInt(DATA + 0x40));
  });

  it('a pair may straddle a page boundary', async () => {
    const cpu = await ldstMachine();
    cpu.setX(1, A);
    cpu.setX(2, B);
    cpu.setX(3, BigInt(DATA + 0x1000 - 12));
    exec(cpu, 'stp x1, x2, [x3]\n ldp x4, x5, [x3]\n ldp w6, w7, [x3, #8]');
    expect([cpu.getX(4), cpu.getX(5)]).toEqual([A, B]);
    expect(cpu.getX(6)).toBe(B & 0xffffffffn);
    expect(cpu.getX(7)).toBe(B >> 32n);
  });
});

describe('overlapping registers (CONSTRAINED UNPREDICTABLE, as QEMU)', () => {
  it('LDP with Rt == Rt2 keeps the first element', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA, A);
    cpu.writeU64(DATA + 8, B);
    cpu.setX(3, BigInt(DATA));
    exec(cpu, '.inst 0xa9401064'); // ldp x4, x4, [x3]
    expect(cpu.getX(4)).toBe(A);
  });
  it('LDP with writeback to Rn == Rt leaves the written-back address', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA, A);
    cpu.writeU64(DATA + 8, B);
    cpu.setX(5, BigInt(DATA));
    exec(cpu, '.inst 0xa8c118a5'); // ldp x5, x6, [x5], #16
    expect(cpu.getX(5)).toBe(BigInt(DATA + 16));
    expect(cpu.getX(6)).toBe(B);
  });
  it('STP with writeback from Rn == Rt2 stores the register before the writeback', async () => {
    const cpu = await ldstMachine();
    cpu.setX(1, A);
    cpu.setX(5, BigInt(DATA + 0x20));
    exec(cpu, '.inst 0xa9bf14a1'); // stp x1, x5, [x5, #-16]!
    expect(cpu.readU64(DATA + 0x10)).toBe(A);
    expect(cpu.readU64(DATA + 0x18)).toBe(BigInt(DATA + 0x20));
    expect(cpu.getX(5)).toBe(BigInt(DATA + 0x10));
  });
});

describe('SP as base', () => {
  it('pushes and pops with writeback to SP', async () => {
    const cpu = await ldstMachine();
    cpu.sp = BigInt(DATA + 0x800);
    cpu.setX(29, A);
    cpu.setX(30, B);
    exec(cpu, 'stp x29, x30, [sp, #-16]!\n mov x29, #0\n mov x30, #0\n ldp x29, x30, [sp], #16');
    expect([cpu.getX(29), cpu.getX(30)]).toEqual([A, B]);
    expect(cpu.sp).toBe(BigInt(DATA + 0x800));
  });
  it('checks SP alignment before any access or writeback', async () => {
    const cpu = await ldstMachine();
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | (1n << 3n));
    cpu.sp = BigInt(DATA + 0x808);
    cpu.setX(1, A);
    const o = exec(cpu, 'stp x1, x1, [sp, #-8]!');
    expect(o.exception?.ec).toBe(EC_SP_ALIGN);
    expect(cpu.readU64(DATA + 0x800)).toBe(0n);
    expect(cpu.sysreg('SP_EL1')).toBe(BigInt(DATA + 0x808));
  });
});
