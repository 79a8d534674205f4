// AT and the PAR_EL1 format; DC ZVA; cache maintenance by VA (faults with CM = 1 and WnR = 1,
// EL0 traps); TLBI after a remap; decoded-code invalidation by guest stores.
import { describe, it, expect } from 'vitest';
import { testMachine, load, CODE, Exit } from './machine.ts';
import { installVectors, runToVector, EC, EL0t, EL1h, PTE, TEST_MAIR, Tables, sysTrapIss } from './sys-helpers.ts';

const NORMAL = PTE.AF | PTE.attr(1) | PTE.SH_INNER;
const PAGE_RW = 0x4000_0000n; // EL1 RW, EL0 none   -> PA 0x30_0000
const PAGE_RO = 0x4000_1000n; // RO at both ELs     -> PA 0x30_1000
const PAGE_DEV = 0x4000_2000n; // Device, EL1 RW   -> PA 0x30_2000
const PAGE_NC = 0x4000_3000n; // Normal NC, EL0 RW -> PA 0x30_3000
const PAGE_NOAF = 0x4000_4000n; // no access flag
const UNMAPPED = 0x4000_5000n;

/** MMU on: first 2 MiB identity (RO both ELs, executable), a level 3 table of test pages at 1 GiB. */
async function machine(src: string, mode = EL1h) {
  const cpu = await testMachine();
  const t = new Tables(cpu, 0x20_0000);
  const l1 = t.alloc();
  const l2a = t.alloc();
  const l2b = t.alloc();
  const l3 = t.alloc();
  t.set(l1, 0, BigInt(l2a) | PTE.TABLE);
  t.set(l2a, 0, 0n | PTE.BLOCK | NORMAL | PTE.ap(3));
  t.set(l1, 1, BigInt(l2b) | PTE.TABLE);
  t.set(l2b, 0, BigInt(l3) | PTE.TABLE);
  t.set(l3, 0, 0x30_0000n | PTE.TABLE | NORMAL | PTE.ap(0));
  t.set(l3, 1, 0x30_1000n | PTE.TABLE | NORMAL | PTE.ap(3));
  t.set(l3, 2, 0x30_2000n | PTE.TABLE | PTE.AF | PTE.attr(0));
  t.set(l3, 3, 0x30_3000n | PTE.TABLE | PTE.AF | PTE.attr(2) | PTE.ap(1));
  t.set(l3, 4, 0x30_4000n | PTE.TABLE | PTE.attr(1));
  cpu.setSysreg('MAIR_EL1', TEST_MAIR);
  cpu.setSysreg('TCR_EL1', 25n | (25n << 16n) | (2n << 32n));
  cpu.setSysreg('TTBR0_EL1', BigInt(l1));
  cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | 1n);
  load(cpu, src);
  installVectors(cpu);
  cpu.pstate = mode;
  return { cpu, t, l3 };
}

function mov(r: number, v: bigint): string {
  const out = [`movz x${r}, #${v & 0xffffn}`];
  for (let s = 16n; s < 64n; s += 16n) if ((v >> s) & 0xffffn) out.push(`movk x${r}, #${(v >> s) & 0xffffn}, lsl #${s}`);
  return out.join('\n');
}

describe('AT and PAR_EL1', () => {
  const par = (attr: bigint, pa: bigint, sh: bigint) => (attr << 56n) | pa | (1n << 11n) | (1n << 9n) | (sh << 7n);
  const parFault = (fst: number) => (1n << 11n) | (BigInt(fst) << 1n) | 1n;

  async function at(op: string, va: bigint) {
    const { cpu } = await machine(`${mov(1, va)}\nat ${op}, x1\nmrs x0, par_el1\nb .`);
    expect(cpu.run(20)).toBe(Exit.Budget);
    return cpu.getX(0);
  }

  it('reports the PA, the MAIR attribute and the shareability on success', async () => {
    expect(await at('s1e1r', PAGE_RW + 0x123n)).toBe(par(0xffn, 0x30_0000n, 3n));
    expect(await at('s1e1w', PAGE_RW)).toBe(par(0xffn, 0x30_0000n, 3n));
    expect(await at('s1e0r', PAGE_RO + 0x8n)).toBe(par(0xffn, 0x30_1000n, 3n));
    // Device and Normal non-cacheable memory report outer shareable.
    expect(await at('s1e1r', PAGE_DEV)).toBe(par(0x00n, 0x30_2000n, 2n));
    expect(await at('s1e0w', PAGE_NC)).toBe(par(0x44n, 0x30_3000n, 2n));
  });

  it('reports faults in PAR_EL1 without taking an exception', async () => {
    expect(await at('s1e1w', PAGE_RO)).toBe(parFault(0x0f));
    expect(await at('s1e0r', PAGE_RW)).toBe(parFault(0x0f));
    expect(await at('s1e0w', PAGE_RO)).toBe(parFault(0x0f));
    expect(await at('s1e1r', PAGE_NOAF)).toBe(parFault(0x0b));
    expect(await at('s1e1r', UNMAPPED)).toBe(parFault(0x07));
    expect(await at('s1e1r', 0x80_0000_0000n)).toBe(parFault(0x04));
  });

  it('with the MMU off: flat map, Device-nGnRnE, outer shareable', async () => {
    const cpu = await testMachine();
    load(cpu, `${mov(1, 0x12_3456_7000n)}\nat s1e1r, x1\nmrs x0, par_el1\nb .`);
    cpu.run(10);
    expect(cpu.getX(0)).toBe(par(0n, 0x12_3456_7000n, 2n));
  });

  it('an external abort on the walk is taken as a Data Abort with CM = 1, WnR = 1', async () => {
    const high = 0xffff_ff80_0000_0000n; // the first TTBR1 address with T1SZ = 25 (walk starts at level 1)
    const { cpu } = await machine(`${mov(1, high)}\nat s1e1r, x1\nb .`);
    cpu.setSysreg('TTBR1_EL1', 0x20_0000_0000n); // beyond RAM
    const tk = runToVector(cpu);
    expect([tk.ec, tk.iss, tk.far]).toEqual([EC.DABORT_SAME, 0x15 | (1 << 6) | (1 << 8), high]);
  });

  it('is UNDEFINED at EL0', async () => {
    const { cpu } = await machine('at s1e0r, x1\nb .', EL0t);
    expect(runToVector(cpu).ec).toBe(EC.UNKNOWN);
  });
});

describe('DC ZVA', () => {
  it('zeroes the aligned 64-byte block holding the address', async () => {
    const { cpu } = await machine(`${mov(1, PAGE_RW + 0x47n)}\ndc zva, x1\nb .`);
    cpu.writePhys(0x30_0000, new Uint8Array(256).fill(0xee));
    expect(cpu.run(10)).toBe(Exit.Budget);
    const bytes = cpu.readPhys(0x30_0000, 256);
    expect([...bytes.subarray(0x3f, 0x41)]).toEqual([0xee, 0]);
    expect([...bytes.subarray(0x7f, 0x81)]).toEqual([0, 0xee]);
    expect(bytes.subarray(0x40, 0x80).every((b) => b === 0)).toBe(true);
  });

  it('faults like a store (WnR = 1, CM = 0) with FAR = the address in Xt', async () => {
    for (const [va, iss] of [[PAGE_RO + 0x45n, 0x4f], [UNMAPPED + 0x10n, 0x47], [PAGE_NOAF, 0x4b]] as const) {
      const { cpu } = await machine(`${mov(1, va)}\ndc zva, x1\nb .`);
      const tk = runToVector(cpu);
      expect([tk.ec, tk.iss, tk.far], `0x${va.toString(16)}`).toEqual([EC.DABORT_SAME, iss, va]);
    }
  });

  it('on Device memory (and with the MMU off) is an Alignment fault', async () => {
    const { cpu } = await machine(`${mov(1, PAGE_DEV)}\ndc zva, x1\nb .`);
    expect(runToVector(cpu)).toMatchObject({ ec: EC.DABORT_SAME, iss: 0x61, far: PAGE_DEV });
    const off = await testMachine();
    load(off, 'movz x1, #0x40, lsl #16\ndc zva, x1\nb .');
    installVectors(off);
    expect(runToVector(off)).toMatchObject({ ec: EC.DABORT_SAME, iss: 0x61, far: 0x40_0000n });
  });

  it('traps at EL0 unless SCTLR_EL1.DZE, and then needs EL0 write permission', async () => {
    const { cpu } = await machine(`${mov(1, PAGE_NC)}\ndc zva, x1\nb .`, EL0t);
    let tk = runToVector(cpu);
    expect([tk.vector, tk.ec, tk.iss]).toEqual([0x400, EC.SYSREG, sysTrapIss(1, 3, 7, 4, 1, 1, false)]);
    const m = await machine(`${mov(1, PAGE_RO)}\ndc zva, x1\nb .`, EL0t);
    m.cpu.setSysreg('SCTLR_EL1', m.cpu.sysreg('SCTLR_EL1') | (1n << 14n));
    tk = runToVector(m.cpu);
    expect([tk.ec, tk.iss]).toEqual([EC.DABORT_LOWER, 0x4f]);
  });

  it('a store into decoded code makes the core decode the new instructions', async () => {
    // A block at 0x4000_3040 runs once (everything decoded), then zeroes itself with DC ZVA
    // on the second call: the RET right after the DC ZVA must now execute as UDF #0.
    const { cpu, l3 } = await machine(`
      ${mov(1, 0x4000_3040n)}
      ${mov(2, PAGE_RW)}
      blr x1
      add x2, x1, #0
      movz x0, #0
      blr x1
      b .`);
    cpu.writeU64(l3 + 3 * 8, 0x30_3000n | PTE.TABLE | PTE.AF | PTE.attr(1) | PTE.ap(0)); // EL1 RWX
    cpu.setSysreg('TTBR0_EL1', cpu.sysreg('TTBR0_EL1')); // flush the TLB
    const words = new Uint32Array([
      0xd2800540, // movz x0, #42
      0xd50b7422, // dc zva, x2
      0xd65f03c0, // ret
    ]);
    cpu.writePhys(0x30_3040, new Uint8Array(words.buffer));
    const tk = runToVector(cpu);
    expect(cpu.getX(0)).toBe(42n);
    expect([tk.ec, tk.elr]).toEqual([EC.UNKNOWN, 0x4000_3048n]);
    expect(cpu.readU32(0x30_3048)).toBe(0);
  });
});

describe('cache maintenance by VA', () => {
  const CM_WNR = (1 << 8) | (1 << 6);
  it('translation and access flag faults are Data Aborts with CM = 1 and WnR = 1', async () => {
    for (const op of ['dc cvac', 'dc cvau', 'dc civac', 'dc ivac', 'ic ivau']) {
      for (const [va, fsc] of [[UNMAPPED, 0x07], [PAGE_NOAF, 0x0b]] as const) {
        const { cpu } = await machine(`${mov(1, va + 8n)}\n${op}, x1\nb .`);
        const tk = runToVector(cpu);
        expect([tk.ec, tk.iss, tk.far], op).toEqual([EC.DABORT_SAME, fsc | CM_WNR, va + 8n]);
      }
    }
  });

  it('at EL1 only DC IVAC needs write permission', async () => {
    for (const op of ['dc cvac', 'dc cvau', 'dc civac', 'ic ivau']) {
      const { cpu } = await machine(`${mov(1, PAGE_RO)}\n${op}, x1\nb .`);
      expect(cpu.run(10), op).toBe(Exit.Budget);
    }
    const { cpu } = await machine(`${mov(1, PAGE_RO)}\ndc ivac, x1\nb .`);
    expect(runToVector(cpu)).toMatchObject({ ec: EC.DABORT_SAME, iss: 0x0f | CM_WNR });
  });

  it('at EL0: trapped unless SCTLR_EL1.UCI, then a Permission fault without read access', async () => {
    for (const op of ['dc cvac', 'dc cvau', 'dc civac', 'ic ivau']) {
      const { cpu } = await machine(`${mov(1, PAGE_RW)}\n${op}, x1\nb .`, EL0t);
      let tk = runToVector(cpu);
      expect(tk.ec, op).toBe(EC.SYSREG);
      const m = await machine(`${mov(1, PAGE_RW)}\n${op}, x1\nb .`, EL0t);
      m.cpu.setSysreg('SCTLR_EL1', m.cpu.sysreg('SCTLR_EL1') | (1n << 26n));
      tk = runToVector(m.cpu);
      expect([tk.ec, tk.iss], op).toEqual([EC.DABORT_LOWER, 0x0f | CM_WNR]);
      const ok = await machine(`${mov(1, PAGE_RO)}\n${op}, x1\nb .`, EL0t);
      ok.cpu.setSysreg('SCTLR_EL1', ok.cpu.sysreg('SCTLR_EL1') | (1n << 26n));
      expect(ok.cpu.run(10), op).toBe(Exit.Budget);
    }
  });

  it('EL1-only maintenance (DC IVAC, set/way, IC IALLU, TLBI) is UNDEFINED at EL0', async () => {
    for (const op of ['dc ivac, x1', 'dc isw, x1', 'dc csw, x1', 'dc cisw, x1', 'ic iallu', 'ic ialluis', 'tlbi vmalle1', 'tlbi vae1is, x1']) {
      const { cpu } = await machine(`${op}\nb .`, EL0t);
      expect(runToVector(cpu).ec, op).toBe(EC.UNKNOWN);
    }
  });

  it('unallocated SYS encodings (v8.2+ DC CVAP, TLBI range, EL2 ops) are UNDEFINED', async () => {
    for (const op of ['sys #3, c7, c12, #1, x1', 'sys #0, c8, c6, #1, x1', 'sys #4, c8, c7, #0', 'sys #0, c7, c5, #0, x1']) {
      const { cpu } = await machine(`${op}\nb .`);
      expect(runToVector(cpu).ec, op).toBe(EC.UNKNOWN);
    }
  });
});

describe('TLB maintenance', () => {
  it('after a remap, the new mapping is used once TLBI has run (and not before the walk is redone)', async () => {
    for (const op of ['tlbi vmalle1', 'tlbi vae1, x4', 'tlbi vale1is, x4', 'tlbi aside1, x4', 'tlbi vaae1, x4', 'tlbi vmalle1is']) {
      // DC ZVA through VA PAGE_RW (cached in the TLB), remap the page, TLBI, DC ZVA again.
      const { cpu, l3 } = await machine(`
        ${mov(1, PAGE_RW)}
        dc zva, x1
        brk #1
        ${op}
        dsb ish
        isb
        dc zva, x1
        brk #2`);
      cpu.setX(4, PAGE_RW >> 12n);
      cpu.writePhys(0x30_0000, new Uint8Array(64).fill(0x11));
      cpu.writePhys(0x31_0000, new Uint8Array(64).fill(0x22));
      let tk = runToVector(cpu);
      expect(tk.ec).toBe(EC.BRK64);
      expect(cpu.readPhys(0x30_0000, 1)[0]).toBe(0);
      cpu.writeU64(l3, 0x31_0000n | PTE.TABLE | NORMAL); // remap PAGE_RW -> 0x31_0000 behind the TLB's back
      cpu.pc = tk.elr + 4n;
      tk = runToVector(cpu);
      expect(tk.iss, op).toBe(2);
      expect(cpu.readPhys(0x31_0000, 1)[0], op).toBe(0);
    }
  });

  it('a TTBR0 write (a new ASID or new tables) drops old translations', async () => {
    const { cpu, t } = await machine(`
      ${mov(1, PAGE_RW)}
      dc zva, x1
      msr ttbr0_el1, x5
      isb
      dc zva, x1
      brk #2`);
    // A second set of tables identical except that PAGE_RW maps to 0x31_0000.
    const l1 = t.alloc();
    const l2a = t.alloc();
    const l2b = t.alloc();
    const l3 = t.alloc();
    t.set(l1, 0, BigInt(l2a) | PTE.TABLE);
    t.set(l2a, 0, 0n | PTE.BLOCK | NORMAL | PTE.ap(3));
    t.set(l1, 1, BigInt(l2b) | PTE.TABLE);
    t.set(l2b, 0, BigInt(l3) | PTE.TABLE);
    t.set(l3, 0, 0x31_0000n | PTE.TABLE | NORMAL);
    cpu.setX(5, BigInt(l1) | (7n << 48n));
    cpu.writePhys(0x31_0000, new Uint8Array(64).fill(0x22));
    runToVector(cpu);
    expect(cpu.readPhys(0x31_0000, 1)[0]).toBe(0);
  });
});
