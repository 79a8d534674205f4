// ARMv8.1 LSE atomics: every LD<op>/SWP at every size against a model with boundary values,
// the ST<op> aliases, CAS and CASP success and failure, and their faults (alignment always
// checked; WnR = 0 when a read would have faulted, 1 when only the write does).
import { describe, it, expect } from 'vitest';
import { Cpu } from '../../src/core/cpu.ts';
import {
  ldstMachine, exec, rerun, DATA, MMIO, U64, bytesOf, valueOf, wnr, fsc, FSC_ALIGNMENT, EC_UNKNOWN,
} from './ldst-support.ts';

const sizes: [string, string, number][] = [['b', 'w', 1], ['h', 'w', 2], ['', 'w', 4], ['', 'x', 8]];
const mask = (n: number) => (1n << BigInt(8 * n)) - 1n;
const signed = (v: bigint, n: number) => BigInt.asIntN(8 * n, v);

/** Boundary values of an n-byte integer. */
function boundary(n: number): bigint[] {
  const m = mask(n);
  const top = 1n << BigInt(8 * n - 1);
  return [0n, 1n, top - 1n, top, m, m - 1n, (0x5555555555555555n & m), (0xaaaaaaaaaaaaaaaan & m)];
}

type Op = 'add' | 'clr' | 'eor' | 'set' | 'smax' | 'smin' | 'umax' | 'umin' | 'swp';
function model(op: Op, n: number, old: bigint, s: bigint): bigint {
  const m = mask(n);
  switch (op) {
    case 'add': return (old + s) & m;
    case 'clr': return old & ~s & m;
    case 'eor': return old ^ s;
    case 'set': return old | s;
    case 'smax': return signed(old, n) > signed(s, n) ? old : s;
    case 'smin': return signed(old, n) < signed(s, n) ? old : s;
    case 'umax': return old > s ? old : s;
    case 'umin': return old < s ? old : s;
    case 'swp': return s;
  }
}

const GUARD = 0xeeeeeeeeeeeeeeeen;
const AT = DATA + 0x108; // 8-aligned: every size is naturally aligned here

function setMem(cpu: Cpu, n: number, v: bigint): void {
  cpu.writeU64(DATA + 0x100, GUARD);
  cpu.writeU64(DATA + 0x110, GUARD);
  cpu.writeU64(AT, GUARD);
  cpu.writePhys(AT, bytesOf(v, n));
}

describe('LD<op> and SWP', () => {
  const ops: Op[] = ['add', 'clr', 'eor', 'set', 'smax', 'smin', 'umax', 'umin', 'swp'];
  for (const op of ops) {
    it.each(sizes)(`${op}: suffix "%s", %s registers, %d bytes, boundary values`, async (suf, r, n) => {
      const cpu = await ldstMachine();
      const mnemonic = op === 'swp' ? 'swp' : `ld${op}`;
      const ords = ['', 'a', 'l', 'al'];
      const vals = boundary(n);
      for (const ord of ords) {
        exec(cpu, `${mnemonic}${ord}${suf} ${r}3, ${r}1, [x2]`);
        for (const old of vals) {
          for (const s of vals) {
            setMem(cpu, n, old);
            cpu.setX(2, BigInt(AT));
            // Bits above the access size in Rs must not matter; Rt's old bits must be cleared.
            cpu.setX(3, s | (n < 8 ? 0x5a5a5a5a5a5a5a5an & ~mask(n) : 0n));
            cpu.setX(1, U64(-1n));
            expect(rerun(cpu).done).toBe(true);
            const want = model(op, n, old, s);
            const got = valueOf(cpu.readPhys(AT, 8));
            if (got !== (want | (GUARD & ~mask(n))) || cpu.getX(1) !== old) {
              throw new Error(`${mnemonic}${ord}${suf} old=0x${old.toString(16)} s=0x${s.toString(16)}: ` +
                `memory 0x${got.toString(16)} (want 0x${want.toString(16)}), Rt 0x${cpu.getX(1).toString(16)}`);
            }
            expect(cpu.readU64(DATA + 0x100)).toBe(GUARD);
            expect(cpu.readU64(DATA + 0x110)).toBe(GUARD);
          }
        }
      }
    });
  }

  it('ST<op> (Rt = 31) updates memory and discards the old value', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA, 40n);
    cpu.setX(2, BigInt(DATA));
    cpu.setX(3, 2n);
    exec(cpu, 'stadd x3, [x2]\n staddl x3, [x2]\n stsetb w3, [x2]\n ldr x4, [x2]');
    expect(cpu.getX(4)).toBe(46n);
  });

  it('SWP with Rs == Rt swaps the register with memory', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA, 7n);
    cpu.setX(2, BigInt(DATA));
    cpu.setX(3, 9n);
    exec(cpu, 'swp x3, x3, [x2]');
    expect(cpu.getX(3)).toBe(7n);
    expect(cpu.readU64(DATA)).toBe(9n);
  });
});

describe('CAS', () => {
  it.each(sizes)('suffix "%s", %s registers, %d bytes: swaps only on a match of the low bytes of Rs', async (suf, r, n) => {
    const cpu = await ldstMachine();
    for (const ord of ['', 'a', 'l', 'al']) {
      exec(cpu, `cas${ord}${suf} ${r}3, ${r}1, [x2]`);
      for (const match of [true, false]) {
        const old = 0x8877665544332211n & mask(n);
        setMem(cpu, n, old);
        cpu.setX(2, BigInt(AT));
        const hi = n < 8 ? 0xabcd000000000000n : 0n;
        cpu.setX(3, (match ? old : old ^ 1n) | hi);
        cpu.setX(1, 0xf0e0d0c0b0a09080n);
        expect(rerun(cpu).done).toBe(true);
        const want = match ? 0xf0e0d0c0b0a09080n & mask(n) : old;
        expect(valueOf(cpu.readPhys(AT, 8))).toBe(want | (GUARD & ~mask(n)));
        expect(cpu.getX(3)).toBe(old); // Rs receives the old value, zero-extended
        expect(cpu.getX(1)).toBe(0xf0e0d0c0b0a09080n);
      }
    }
  });
});

describe('CASP', () => {
  it('X pairs: compares both doublewords, always returns the old pair', async () => {
    const cpu = await ldstMachine();
    const [m0, m1] = [0x1111n, 0x2222n];
    exec(cpu, 'caspal x4, x5, x6, x7, [x2]');
    for (const [e0, e1, ok] of [[m0, m1, true], [m0, 0n, false], [0n, m1, false]] as [bigint, bigint, boolean][]) {
      cpu.writeU64(DATA + 0x20, m0);
      cpu.writeU64(DATA + 0x28, m1);
      cpu.setX(2, BigInt(DATA + 0x20));
      cpu.setX(4, e0);
      cpu.setX(5, e1);
      cpu.setX(6, 0xaaaan);
      cpu.setX(7, 0xbbbbn);
      rerun(cpu);
      expect([cpu.readU64(DATA + 0x20), cpu.readU64(DATA + 0x28)]).toEqual(ok ? [0xaaaan, 0xbbbbn] : [m0, m1]);
      expect([cpu.getX(4), cpu.getX(5)]).toEqual([m0, m1]);
    }
  });

  it('W pairs: the first register of each pair is the lower address', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA + 0x8, 0x22222222_11111111n);
    cpu.setX(2, BigInt(DATA + 0x8));
    cpu.setX(4, 0xffff_0000_1111_1111n);
    cpu.setX(5, 0x2222_2222n);
    cpu.setX(6, 0x3333_3333n);
    cpu.setX(7, 0xffff_ffff_4444_4444n);
    exec(cpu, 'casp w4, w5, w6, w7, [x2]');
    expect(cpu.readU64(DATA + 0x8)).toBe(0x44444444_33333333n);
    expect([cpu.getX(4), cpu.getX(5)]).toEqual([0x11111111n, 0x22222222n]);
  });

  it('Rs = 30 pairs with XZR', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA + 0x10, 5n);
    cpu.writeU64(DATA + 0x18, 0n);
    cpu.setX(2, BigInt(DATA + 0x10));
    cpu.setX(30, 5n);
    cpu.setX(6, 8n);
    cpu.setX(7, 9n);
    exec(cpu, 'casp x30, xzr, x6, x7, [x2]');
    expect([cpu.readU64(DATA + 0x10), cpu.readU64(DATA + 0x18)]).toEqual([8n, 9n]);
    expect(cpu.getX(30)).toBe(5n);
  });

  it('an odd Rs or Rt is UNDEFINED', async () => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(DATA));
    // casp x5, x6, x6, x7, [x2] and casp x4, x5, x7, x8, [x2]
    for (const word of [0x48257c46, 0x48247c47]) {
      const o = exec(cpu, `.inst 0x${word.toString(16)}`);
      expect(o.exception?.ec).toBe(EC_UNKNOWN);
    }
  });
});

describe('atomic faults', () => {
  it.each([
    ['ldadd w1, w3, [x2]', 2], ['swph w1, w3, [x2]', 1], ['cash w1, w3, [x2]', 1],
    ['casp x4, x5, x6, x7, [x2]', 8], ['stsmax x1, [x2]', 4],
  ])('%s misaligned by %d takes an alignment fault with WnR 0', async (src, off) => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(DATA + 0x40 + off));
    cpu.setX(3, 0x77n);
    const o = exec(cpu, src);
    expect(fsc(o.exception!.iss)).toBe(FSC_ALIGNMENT);
    expect(wnr(o.exception!.iss)).toBe(0);
    expect(o.exception?.far).toBe(BigInt(DATA + 0x40 + off));
    expect(cpu.getX(3)).toBe(0x77n);
  });

  it('a read-only page faults with WnR 1 (only the write is refused), even for a failing CAS', async () => {
    const cpu = await ldstMachine({ pages: { 1: { ap: 2 } } });
    cpu.writeU64(DATA + 0x1000, 3n);
    cpu.setX(2, BigInt(DATA + 0x1000));
    cpu.setX(1, 1n);
    for (const src of ['ldadd x1, x3, [x2]', 'cas x1, x3, [x2]']) {
      cpu.setX(3, 0x99n);
      const o = exec(cpu, src);
      expect(fsc(o.exception!.iss)).toBe(0x0f);
      expect(wnr(o.exception!.iss)).toBe(1);
      expect(cpu.getX(3)).toBe(0x99n);
      expect(cpu.getX(1)).toBe(1n);
      expect(cpu.readU64(DATA + 0x1000)).toBe(3n);
    }
  });

  it('an unmapped page faults with WnR 0 (a read would fault too)', async () => {
    const cpu = await ldstMachine({ pages: { 1: { valid: false } } });
    cpu.setX(2, BigInt(DATA + 0x1008));
    const o = exec(cpu, 'swpal x1, x3, [x2]');
    expect(fsc(o.exception!.iss)).toBe(0x07);
    expect(wnr(o.exception!.iss)).toBe(0);
    expect(o.exception?.far).toBe(BigInt(DATA + 0x1008));
  });

  it('the MMIO window cannot take an atomic: external abort', async () => {
    const cpu = await ldstMachine();
    cpu.setX(2, BigInt(MMIO));
    const o = exec(cpu, 'ldset w1, w3, [x2]');
    expect(fsc(o.exception!.iss)).toBe(0x10);
  });

  it('atomics work with the MMU off (Device memory, aligned)', async () => {
    const cpu = await ldstMachine({ mmu: false });
    cpu.writeU64(DATA, 10n);
    cpu.setX(2, BigInt(DATA));
    cpu.setX(1, 5n);
    exec(cpu, 'ldumax x1, x3, [x2]\n ldeor x1, x4, [x2]');
    expect([cpu.getX(3), cpu.getX(4), cpu.readU64(DATA)]).toEqual([10n, 10n, 15n]);
  });
});
