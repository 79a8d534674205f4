// Load/store exclusive with the local monitor, and load-acquire/store-release: every size,
// success and failure of the store-exclusive, CLREX and ERET clearing the monitor, the
// alignment faults these instructions take whatever SCTLR_EL1.A says.
import { describe, it, expect } from 'vitest';
import { ldstMachine, exec, DATA, VECTORS, U64, wnr, fsc, FSC_ALIGNMENT, EC_DABORT_SAME } from './ldst-support.ts';

const A = 0xf1e2d3c4b5a69788n;
const B = 0x0172635445362718n;
const sizes: [string, string, number][] = [['b', 'w', 1], ['h', 'w', 2], ['', 'w', 4], ['', 'x', 8]];
const mask = (n: number) => (1n << BigInt(8 * n)) - 1n;

describe('LDXR/STXR', () => {
  it.each(sizes)('suffix "%s", %s registers, %d bytes: a load-exclusive then a store-exclusive succeeds once', async (suf, r, size) => {
    const cpu = await ldstMachine();
    for (const [ld, st] of [['ldxr', 'stxr'], ['ldaxr', 'stlxr']]) {
      cpu.writeU64(DATA + 0x40, A);
      cpu.setX(2, BigInt(DATA + 0x40));
      cpu.setX(1, U64(-1n));
      cpu.setX(3, B);
      exec(cpu, `${ld}${suf} ${r}1, [x2]\n ${st}${suf} w4, ${r}3, [x2]\n ${st}${suf} w5, ${r}1, [x2]`);
      expect(cpu.getX(1)).toBe(A & mask(size)); // zero-extended
      expect(cpu.getX(4)).toBe(0n); // success
      expect(cpu.getX(5)).toBe(1n); // the first store-exclusive cleared the monitor
      expect(cpu.readU64(DATA + 0x40)).toBe((A & ~mask(size)) | (B & mask(size)));
    }
  });

  it('fails without a preceding load-exclusive, and stores nothing', async () => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(DATA));
    cpu.setX(3, A);
    exec(cpu, 'clrex\n stxr w4, x3, [x2]');
    expect(cpu.getX(4)).toBe(1n);
    expect(cpu.readU64(DATA)).toBe(0n);
  });

  it('fails after CLREX', async () => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(DATA));
    exec(cpu, 'ldxr x1, [x2]\n clrex\n stxr w4, x2, [x2]');
    expect(cpu.getX(4)).toBe(1n);
  });

  it('fails for another address or another size, and clears the monitor doing so', async () => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(DATA));
    exec(cpu, 'ldxr x1, [x2]\n stxr w4, x2, [x2, #0]\n ldxr x1, [x2]\n add x3, x2, #8\n stxr w5, x2, [x3]\n stxr w6, x2, [x2]');
    expect(cpu.getX(4)).toBe(0n);
    expect(cpu.getX(5)).toBe(1n);
    expect(cpu.getX(6)).toBe(1n);
    exec(cpu, 'ldxr x1, [x2]\n stxr w4, w2, [x2]');
    expect(cpu.getX(4)).toBe(1n);
  });

  it('fails after an exception return (ERET clears the monitor)', async () => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(DATA));
    exec(cpu, `
      ldxr x1, [x2]
      adr x9, 1f
      msr elr_el1, x9
      mov x9, #5
      msr spsr_el1, x9
      eret
    1:
      stxr w4, x2, [x2]`);
    expect(cpu.getX(4)).toBe(1n);
  });

  it('fails after a reset of the core', async () => {
    const cpu = await ldstMachine({ mmu: false });
    cpu.setX(2, BigInt(DATA));
    exec(cpu, 'ldxr x1, [x2]');
    cpu.reset(true);
    cpu.setSysreg('VBAR_EL1', BigInt(VECTORS));
    cpu.setX(2, BigInt(DATA));
    cpu.setX(3, A);
    expect(exec(cpu, 'stxr w4, x3, [x2]').done).toBe(true);
    expect(cpu.getX(4)).toBe(1n);
    expect(cpu.readU64(DATA)).toBe(0n);
  });

  it('with Rs == Rt stores the old register value (CONSTRAINED UNPREDICTABLE, as QEMU)', async () => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(DATA));
    cpu.setX(4, A);
    exec(cpu, 'ldxr x1, [x2]\n .inst 0xc8047c44'); // stxr w4, x4, [x2]
    expect(cpu.readU64(DATA)).toBe(A);
    expect(cpu.getX(4)).toBe(0n);
  });
});

describe('LDXP/STXP', () => {
  it('X pairs: 16 bytes, aligned to 16', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA + 0x20, A);
    cpu.writeU64(DATA + 0x28, B);
    cpu.setX(2, BigInt(DATA + 0x20));
    exec(cpu, 'ldaxp x3, x4, [x2]\n stlxp w5, x4, x3, [x2]');
    expect([cpu.getX(3), cpu.getX(4), cpu.getX(5)]).toEqual([A, B, 0n]);
    expect([cpu.readU64(DATA + 0x20), cpu.readU64(DATA + 0x28)]).toEqual([B, A]);
    cpu.setX(2, BigInt(DATA + 0x28));
    const o = exec(cpu, 'ldxp x3, x4, [x2]');
    expect(fsc(o.exception!.iss)).toBe(FSC_ALIGNMENT);
  });

  it('W pairs: 8 bytes, first register at the lower address', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA + 0x8, A);
    cpu.setX(2, BigInt(DATA + 0x8));
    exec(cpu, 'ldxp w3, w4, [x2]\n stxp w5, w4, w3, [x2]');
    expect([cpu.getX(3), cpu.getX(4), cpu.getX(5)]).toEqual([A & 0xffffffffn, A >> 32n, 0n]);
    expect(cpu.readU64(DATA + 0x8)).toBe((A >> 32n) | ((A & 0xffffffffn) << 32n));
  });

  it('a store-exclusive pair of another size than the load fails', async () => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(DATA));
    exec(cpu, 'ldxp w3, w4, [x2]\n stxp w5, x3, x4, [x2]');
    expect(cpu.getX(5)).toBe(1n);
    expect(cpu.readU64(DATA)).toBe(0n);
  });

  it('LDXP with Rt == Rt2 keeps the second element (CONSTRAINED UNPREDICTABLE, as QEMU)', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA, A);
    cpu.writeU64(DATA + 8, B);
    cpu.setX(11, BigInt(DATA));
    exec(cpu, '.inst 0xc87f316c'); // ldxp x12, x12, [x11]
    expect(cpu.getX(12)).toBe(B);
  });
});

describe('alignment of exclusives and acquire/release', () => {
  it.each([
    ['ldxrh w1, [x2]', 1, 0], ['ldaxr w1, [x2]', 2, 0], ['ldxr x1, [x2]', 4, 0],
    ['ldarh w1, [x2]', 1, 0], ['ldar x1, [x2]', 4, 0], ['stlrh w1, [x2]', 3, 1], ['stlr w1, [x2]', 2, 1],
    ['ldxp w1, w3, [x2]', 4, 0],
  ])('%s at +%d faults (WnR %d) with SCTLR_EL1.A clear', async (src, off, w) => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(DATA + off));
    cpu.setX(1, A);
    const o = exec(cpu, src);
    expect(o.exception?.ec).toBe(EC_DABORT_SAME);
    expect(fsc(o.exception!.iss)).toBe(FSC_ALIGNMENT);
    expect(wnr(o.exception!.iss)).toBe(w);
    expect(o.exception?.far).toBe(BigInt(DATA + off));
    expect(cpu.getX(1)).toBe(A);
  });

  it.each([['stxrh w4, w1, [x2]', 1], ['stlxr w4, x1, [x2]', 4], ['stxp w4, x1, x3, [x2]', 8]])(
    '%s at +%d fails without a fault: the monitor is checked first (IMPLEMENTATION DEFINED, as QEMU)',
    async (src, off) => {
      const cpu = await ldstMachine();
      cpu.setX(2, BigInt(DATA + off));
      const o = exec(cpu, src);
      expect(o.done).toBe(true);
      expect(cpu.getX(4)).toBe(1n);
      expect(cpu.readU64(DATA)).toBe(0n);
    },
  );

  it('a store-exclusive to a read-only page faults only when the monitor passes', async () => {
    const cpu = await ldstMachine({ pages: { 1: { ap: 2 } } });
    cpu.setX(2, BigInt(DATA + 0x1000));
    expect(exec(cpu, 'stxr w4, x1, [x2]').done).toBe(true);
    expect(cpu.getX(4)).toBe(1n);
    const o = exec(cpu, 'ldxr x1, [x2]\n stxr w4, x1, [x2]');
    expect(wnr(o.exception!.iss)).toBe(1);
    expect(fsc(o.exception!.iss)).toBe(0x0f);
  });
});

describe('LDAR/STLR', () => {
  it.each(sizes)('ldar/stlr suffix "%s", %s registers, %d bytes', async (suf, r, size) => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA + 0x10, A);
    cpu.setX(2, BigInt(DATA + 0x10));
    cpu.setX(1, U64(-1n));
    cpu.setX(3, B);
    exec(cpu, `ldar${suf} ${r}1, [x2]\n stlr${suf} ${r}3, [x2]`);
    expect(cpu.getX(1)).toBe(A & mask(size));
    expect(cpu.readU64(DATA + 0x10)).toBe((A & ~mask(size)) | (B & mask(size)));
  });
  it('SP as base', async () => {
    const cpu = await ldstMachine();
    cpu.sp = BigInt(DATA + 0x100);
    cpu.setX(3, B);
    exec(cpu, 'stlr x3, [sp]\n ldar w1, [sp]');
    expect(cpu.getX(1)).toBe(B & 0xffffffffn);
  });
});
