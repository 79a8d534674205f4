// Single-register loads and stores of general-purpose registers: every size and extension,
// every addressing form with its writeback, SP as base with its alignment check, literals,
// prefetches and the unprivileged forms.
import { describe, it, expect } from 'vitest';
import {
  ldstMachine, exec, rerun, enterEl0, DATA, U64, bytesOf, valueOf, EC_SP_ALIGN, EC_DABORT_SAME, wnr, fsc,
} from './ldst-support.ts';

const V = 0xf1e2d3c4b5a69788n; // every byte has its top bit set
const P = 0x0172635445362718n; // every byte has its top bit clear
const ONES = (1n << 64n) - 1n;

/** The value a load of `size` bytes of `v` gives, extended as the mnemonic says. */
function loaded(v: bigint, size: number, ext: 'zero' | 'sx' | 'sw'): bigint {
  const bits = BigInt(size * 8);
  const raw = v & ((1n << bits) - 1n);
  if (ext === 'zero') return raw;
  const s = BigInt.asIntN(Number(bits), raw);
  return ext === 'sx' ? U64(s) : BigInt.asUintN(32, s);
}

const loads: [string, string, number, 'zero' | 'sx' | 'sw'][] = [
  ['ldrb', 'w', 1, 'zero'], ['ldrsb', 'x', 1, 'sx'], ['ldrsb', 'w', 1, 'sw'],
  ['ldrh', 'w', 2, 'zero'], ['ldrsh', 'x', 2, 'sx'], ['ldrsh', 'w', 2, 'sw'],
  ['ldr', 'w', 4, 'zero'], ['ldrsw', 'x', 4, 'sx'], ['ldr', 'x', 8, 'zero'],
];
const stores: [string, string, number][] = [['strb', 'w', 1], ['strh', 'w', 2], ['str', 'w', 4], ['str', 'x', 8]];

describe('loads: sizes and extension into W and X', () => {
  it.each(loads)('%s %s (size %d, %s)', async (m, r, size, ext) => {
    const cpu = await ldstMachine();
    for (const v of [V, P]) {
      cpu.writeU64(DATA + 0x100 + size * 5, v);
      cpu.setX(2, BigInt(DATA + 0x100));
      cpu.setX(1, ONES); // a W result must clear bits 63:32
      exec(cpu, `${m} ${r}1, [x2, #${size * 5}]`);
      expect(cpu.getX(1)).toBe(loaded(v, size, ext));
    }
  });
});

describe('stores: only the access size is written', () => {
  it.each(stores)('%s %s (size %d)', async (m, r, size) => {
    const cpu = await ldstMachine();
    cpu.writePhys(DATA + 0x200, new Uint8Array(24).fill(0xee));
    cpu.setX(2, BigInt(DATA + 0x200 + 8));
    cpu.setX(1, V);
    exec(cpu, `${m} ${r}1, [x2]`);
    const got = cpu.readPhys(DATA + 0x200, 24);
    const want = new Uint8Array(24).fill(0xee);
    want.set(bytesOf(V, size), 8);
    expect(got).toEqual(want);
  });
  it('stores XZR for Rt = 31, and a load to register 31 is discarded', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA, V);
    cpu.setX(2, BigInt(DATA));
    exec(cpu, 'ldr xzr, [x2]\n str xzr, [x2, #8]\n ldr x3, [x2, #8]\n ldr x4, [x2]');
    expect(cpu.readU64(DATA + 8)).toBe(0n);
    expect(cpu.getX(3)).toBe(0n);
    expect(cpu.getX(4)).toBe(V);
  });
});

describe('addressing forms', () => {
  it('unsigned offset reaches imm12 * size (4095 * 8)', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA + 4095 * 8, V);
    cpu.writeU64(DATA + 4095, P);
    cpu.setX(2, BigInt(DATA));
    exec(cpu, 'ldr x1, [x2, #32760]\n ldrb w3, [x2, #4095]');
    expect(cpu.getX(1)).toBe(V);
    expect(cpu.getX(3)).toBe(P & 0xffn);
  });

  it('post-index accesses the base, then writes back base + simm9', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA + 0x100, V);
    cpu.setX(2, BigInt(DATA + 0x100));
    cpu.setX(4, BigInt(DATA + 0x200));
    cpu.setX(5, P);
    exec(cpu, 'ldr x1, [x2], #-256\n str x5, [x4], #255');
    expect(cpu.getX(1)).toBe(V);
    expect(cpu.getX(2)).toBe(BigInt(DATA + 0x100 - 256));
    expect(cpu.readU64(DATA + 0x200)).toBe(P);
    expect(cpu.getX(4)).toBe(BigInt(DATA + 0x200 + 255));
  });

  it('pre-index writes back base + simm9 and accesses there', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA + 0x100 - 8, V);
    cpu.setX(2, BigInt(DATA + 0x100));
    cpu.setX(4, BigInt(DATA + 0x200));
    cpu.setX(5, P);
    exec(cpu, 'ldrsw x1, [x2, #-8]!\n strh w5, [x4, #3]!');
    expect(cpu.getX(1)).toBe(loaded(V, 4, 'sx'));
    expect(cpu.getX(2)).toBe(BigInt(DATA + 0x100 - 8));
    expect(cpu.getX(4)).toBe(BigInt(DATA + 0x203));
    expect(valueOf(cpu.readPhys(DATA + 0x203, 2))).toBe(P & 0xffffn);
  });

  it('unscaled offsets are signed bytes, not scaled', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA + 0x100 - 256, V);
    cpu.writeU64(DATA + 0x100 + 255, P);
    cpu.setX(2, BigInt(DATA + 0x100));
    exec(cpu, 'ldur x1, [x2, #-256]\n ldursh w3, [x2, #255]\n ldur w4, [x2, #-255]');
    expect(cpu.getX(1)).toBe(V);
    expect(cpu.getX(3)).toBe(loaded(P, 2, 'sw'));
    expect(cpu.getX(4)).toBe(loaded(V >> 8n, 4, 'zero'));
    expect(cpu.getX(2)).toBe(BigInt(DATA + 0x100));
  });

  it.each([
    ['lsl #3', 5n, 5n * 8n],
    ['', 5n, 5n],
    ['uxtw', 0xffff_ffff_0000_0010n, 0x10n],
    ['uxtw #3', 0x1_0000_0002n, 16n],
    ['sxtw', 0xffff_ffff_ffff_fff8n, -8n],
    ['sxtw #3', 0x0000_0000_ffff_ffffn, -8n],
    ['sxtx', U64(-16n), -16n],
    ['sxtx #3', U64(-2n), -16n],
  ])('register offset, extend "%s"', async (ext, m, offset) => {
    const cpu = await ldstMachine();
    const base = BigInt(DATA + 0x800);
    cpu.writeU64(Number(base + offset), V);
    cpu.setX(2, base);
    const wreg = ext.startsWith('uxtw') || ext.startsWith('sxtw');
    cpu.setX(3, m);
    exec(cpu, `ldr x1, [x2, ${wreg ? 'w3' : 'x3'}${ext ? ', ' + ext : ''}]`);
    expect(cpu.getX(1)).toBe(V);
  });

  it('register offset scales by the access size when S = 1', async () => {
    const cpu = await ldstMachine();
    cpu.writePhys(DATA, Uint8Array.from({ length: 64 }, (_, k) => k));
    cpu.setX(2, BigInt(DATA));
    cpu.setX(3, 3n);
    exec(cpu, 'ldrb w4, [x2, x3, lsl #0]\n ldrh w5, [x2, x3, lsl #1]\n ldr w6, [x2, w3, uxtw #2]\n ldrsw x7, [x2, x3, lsl #2]');
    expect(cpu.getX(4)).toBe(3n);
    expect(cpu.getX(5)).toBe(0x0706n);
    expect(cpu.getX(6)).toBe(0x0f0e0d0cn);
    expect(cpu.getX(7)).toBe(0x0f0e0d0cn);
  });
});

describe('writeback overlapping the transfer register (CONSTRAINED UNPREDICTABLE, as QEMU)', () => {
  it('a load with writeback to Rn == Rt leaves the written-back address', async () => {
    const cpu = await ldstMachine();
    cpu.writeU64(DATA + 8, V);
    cpu.setX(2, BigInt(DATA));
    exec(cpu, '.inst 0xf8408c42'); // ldr x2, [x2, #8]!
    expect(cpu.getX(2)).toBe(BigInt(DATA + 8));
  });
  it('a store with writeback from Rn == Rt stores the base before the writeback', async () => {
    const cpu = await ldstMachine();
    cpu.setX(7, BigInt(DATA + 32));
    exec(cpu, '.inst 0xf80084e7'); // str x7, [x7], #8
    expect(cpu.readU64(DATA + 32)).toBe(BigInt(DATA + 32));
    expect(cpu.getX(7)).toBe(BigInt(DATA + 40));
  });
});

describe('SP as the base register', () => {
  it('works with an aligned SP, including writeback to SP', async () => {
    const cpu = await ldstMachine();
    cpu.sp = BigInt(DATA + 0x100);
    cpu.setX(1, V);
    exec(cpu, 'str x1, [sp, #-16]!\n ldr x2, [sp], #16');
    expect(cpu.getX(2)).toBe(V);
    expect(cpu.sp).toBe(BigInt(DATA + 0x100));
    expect(cpu.readU64(DATA + 0xf0)).toBe(V);
  });

  it('takes the SP alignment fault with SCTLR_EL1.SA at EL1, before any access or writeback', async () => {
    const cpu = await ldstMachine();
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | (1n << 3n));
    cpu.sp = BigInt(DATA + 0x108);
    cpu.setX(1, V);
    const o = exec(cpu, 'str x1, [sp, #-8]!');
    expect(o.exception?.ec).toBe(EC_SP_ALIGN);
    expect(cpu.readU64(DATA + 0x100)).toBe(0n);
    expect(cpu.sysreg('SP_EL1')).toBe(BigInt(DATA + 0x108));
  });

  it('does not check with SCTLR_EL1.SA clear, nor an SP that only the offset misaligns', async () => {
    const cpu = await ldstMachine();
    cpu.sp = BigInt(DATA + 0x108);
    cpu.writeU64(DATA + 0x108, V);
    expect(exec(cpu, 'ldr x1, [sp]').done).toBe(true);
    expect(cpu.getX(1)).toBe(V);
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | (1n << 3n));
    cpu.sp = BigInt(DATA + 0x100);
    expect(exec(cpu, 'ldr x1, [sp, #8]').done).toBe(true);
    expect(cpu.getX(1)).toBe(V);
  });

  it('uses SCTLR_EL1.SA0 at EL0', async () => {
    const cpu = await ldstMachine({ pages: { 0: { ap: 1 } } });
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | (1n << 3n)); // SA only: EL0 unchecked
    enterEl0(cpu, BigInt(DATA + 8));
    expect(exec(cpu, 'ldr x1, [sp]').done).toBe(true);
    cpu.setSysreg('SCTLR_EL1', (cpu.sysreg('SCTLR_EL1') & ~(1n << 3n)) | (1n << 4n));
    enterEl0(cpu, BigInt(DATA + 8));
    expect(rerun(cpu).exception?.ec).toBe(EC_SP_ALIGN);
  });
});

describe('literal loads', () => {
  it('LDR W/X and LDRSW (literal) read PC-relative, forwards and backwards', async () => {
    const cpu = await ldstMachine();
    exec(cpu, `
      b 1f
    back:
      .quad 0x${V.toString(16)}
    1:
      ldr x1, back
      ldr w2, back
      ldrsw x3, back
      ldrsw x4, fwd
      ldr x5, fwd
      b 2f
      .balign 8
    fwd:
      .quad 0x${P.toString(16)}
    2:`);
    expect(cpu.getX(1)).toBe(V);
    expect(cpu.getX(2)).toBe(V & 0xffffffffn);
    expect(cpu.getX(3)).toBe(loaded(V, 4, 'sx'));
    expect(cpu.getX(4)).toBe(P & 0xffffffffn);
    expect(cpu.getX(5)).toBe(P);
  });
});

describe('prefetch', () => {
  it('PRFM/PRFUM do nothing: no access, no fault, no SP check, no register change', async () => {
    const cpu = await ldstMachine({ pages: { 1: { valid: false } } });
    cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | (1n << 3n));
    cpu.sp = BigInt(DATA + 0x1001);
    cpu.setX(2, BigInt(DATA + 0x1000));
    cpu.setX(3, 0x123n);
    const o = exec(cpu, `
      prfm pldl1keep, [x2]
      prfm pstl2strm, [x2, x3]
      prfum plil3keep, [x2, #-1]
      prfm #31, [sp, #8]
      prfm pldl1keep, .+0x100000`);
    expect(o.done).toBe(true);
    expect(cpu.getX(2)).toBe(BigInt(DATA + 0x1000));
  });
});

describe('unprivileged LDTR/STTR', () => {
  it('at EL1 checks EL0 permissions: an EL1-only page faults, an EL0 page works', async () => {
    const cpu = await ldstMachine({ pages: { 0: { ap: 0 }, 1: { ap: 1 }, 2: { ap: 3 } } });
    cpu.writeU64(DATA + 0x1000, V);
    cpu.setX(2, BigInt(DATA + 0x1000));
    exec(cpu, 'ldtrsh x1, [x2, #2]\n sttrb w1, [x2, #9]');
    expect(cpu.getX(1)).toBe(loaded(V >> 16n, 2, 'sx'));
    expect(cpu.readPhys(DATA + 0x1009, 1)[0]).toBe(Number((V >> 16n) & 0xffn));

    cpu.setX(2, BigInt(DATA + 8));
    const o = exec(cpu, 'ldtr x1, [x2, #-8]');
    expect(o.exception?.ec).toBe(EC_DABORT_SAME);
    expect(fsc(o.exception!.iss)).toBe(0x0f); // permission fault, level 3
    expect(wnr(o.exception!.iss)).toBe(0);
    expect(o.exception?.far).toBe(BigInt(DATA));
    // The same address is fine for an ordinary load at EL1.
    expect(exec(cpu, 'ldr x1, [x2, #-8]').done).toBe(true);
  });

  it('STTR to a page read-only at EL0 faults with WnR = 1 and writes nothing', async () => {
    const cpu = await ldstMachine({ pages: { 2: { ap: 3 } } });
    cpu.setX(2, BigInt(DATA + 0x2000));
    cpu.setX(1, V);
    const o = exec(cpu, 'sttr x1, [x2, #16]');
    expect(o.exception?.ec).toBe(EC_DABORT_SAME);
    expect(wnr(o.exception!.iss)).toBe(1);
    expect(cpu.readU64(DATA + 0x2010)).toBe(0n);
    expect(exec(cpu, 'ldtr x3, [x2, #16]').done).toBe(true);
  });

  it('at EL0 behaves as the ordinary forms', async () => {
    const cpu = await ldstMachine({ pages: { 0: { ap: 1 } } });
    cpu.writeU64(DATA + 0x10, V);
    cpu.setX(2, BigInt(DATA));
    enterEl0(cpu, BigInt(DATA + 0x800));
    expect(exec(cpu, 'ldtrsw x1, [x2, #16]\n sttrh w1, [x2, #32]').done).toBe(true);
    expect(cpu.getX(1)).toBe(loaded(V, 4, 'sx'));
    expect(cpu.readU64(DATA + 0x20)).toBe(V & 0xffffn);
  });
});
