// Stage-1 walks: every start level, blocks and pages, both TTBRs, TBI, and every fault kind at
// every level it can occur (Translation, Access flag, Address size, external abort on the walk),
// checked through the host's traced walk (the MMU view) and through the guest (instruction
// fetch aborts, AT).
import { describe, it, expect } from 'vitest';
import { testMachine, load, CODE } from './machine.ts';
import { installVectors, runToVector, EC, EL1h, PTE, TEST_MAIR, Tables } from './sys-helpers.ts';
import type { Cpu } from '../../src/core/cpu.ts';

const NORMAL = PTE.AF | PTE.attr(1) | PTE.SH_INNER;
const TABLES = 0x20_0000;

interface Layout {
  t0sz?: number;
  t1sz?: number;
  ips?: number;
  tbi0?: boolean;
  tbi1?: boolean;
  epd0?: boolean;
  epd1?: boolean;
}

function tcr(l: Layout): bigint {
  return (
    BigInt(l.t0sz ?? 25) |
    (BigInt(l.t1sz ?? 25) << 16n) |
    (l.epd0 ? 1n << 7n : 0n) |
    (l.epd1 ? 1n << 23n : 0n) |
    (2n << 30n) | // TG1 = 4 KiB
    (BigInt(l.ips ?? 2) << 32n) |
    (l.tbi0 ? 1n << 37n : 0n) |
    (l.tbi1 ? 1n << 38n : 0n)
  );
}

async function mmu(l: Layout = {}) {
  const cpu = await testMachine();
  const t = new Tables(cpu, TABLES);
  const root0 = t.alloc();
  const root1 = t.alloc();
  cpu.setSysreg('MAIR_EL1', TEST_MAIR);
  cpu.setSysreg('TCR_EL1', tcr(l));
  cpu.setSysreg('TTBR0_EL1', BigInt(root0));
  cpu.setSysreg('TTBR1_EL1', BigInt(root1));
  cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | 1n);
  return { cpu, t, root0, root1 };
}

function fsc(cpu: Cpu, va: bigint, kind: 'read' | 'write' | 'exec' = 'read', el = 1): number | bigint {
  const r = cpu.translate(va, kind, el);
  return r.ok ? r.pa! : r.fsc!;
}

describe('walks that succeed', () => {
  it('48-bit VA: four levels down to a 4 KiB page, with every step traced', async () => {
    const { cpu, t, root0 } = await mmu({ t0sz: 16 });
    const l1 = t.alloc();
    const l2 = t.alloc();
    const l3 = t.alloc();
    const va = 0x0000_8040_2030_1abcn; // L0 index 256+1, L1 1, L2 0x101, L3 0x101
    const i0 = Number((va >> 39n) & 511n);
    const i1 = Number((va >> 30n) & 511n);
    const i2 = Number((va >> 21n) & 511n);
    const i3 = Number((va >> 12n) & 511n);
    t.set(root0, i0, BigInt(l1) | PTE.TABLE);
    t.set(l1, i1, BigInt(l2) | PTE.TABLE);
    t.set(l2, i2, BigInt(l3) | PTE.TABLE);
    t.set(l3, i3, 0x7000n | PTE.TABLE | NORMAL);
    const r = cpu.translate(va);
    expect(r.ok).toBe(true);
    expect(r.pa).toBe(0x7abcn);
    expect(r.device).toBe(false);
    expect(r.steps.map((s) => [s.level, s.kind])).toEqual([[0, 'table'], [1, 'table'], [2, 'table'], [3, 'page']]);
    expect(r.steps[0].descAddr).toBe(BigInt(root0 + i0 * 8));
    expect(r.steps[3].descAddr).toBe(BigInt(l3 + i3 * 8));
    expect(r.steps[3].next).toBe(0x7000n);
  });

  it('39-bit VA starts at level 1: 1 GiB block, 2 MiB block, 4 KiB page', async () => {
    const { cpu, t, root0 } = await mmu({ t0sz: 25 });
    const l2 = t.alloc();
    const l3 = t.alloc();
    t.set(root0, 1, 0x4000_0000n | PTE.BLOCK | NORMAL); // VA 1 GiB -> PA 1 GiB
    t.set(root0, 2, BigInt(l2) | PTE.TABLE);
    t.set(l2, 3, 0x60_0000n | PTE.BLOCK | NORMAL); // VA 2 GiB + 6 MiB -> PA 6 MiB
    t.set(l2, 4, BigInt(l3) | PTE.TABLE);
    t.set(l3, 5, 0x9000n | PTE.TABLE | NORMAL);
    expect(fsc(cpu, 0x4123_4567n)).toBe(0x4123_4567n);
    expect(cpu.translate(0x4123_4567n).steps.map((s) => s.kind)).toEqual(['block']);
    expect(fsc(cpu, 0x8000_0000n + 0x60_0000n + 0x1_2345n)).toBe(0x61_2345n);
    expect(fsc(cpu, 0x8000_0000n + 0x80_0000n + 0x5678n)).toBe(0x9678n);
  });

  it('T0SZ 33 starts at level 1 with a two-entry table; T0SZ 34 starts at level 2', async () => {
    {
      const { cpu, t, root0 } = await mmu({ t0sz: 33 });
      t.set(root0, 1, 0x4000_0000n | PTE.BLOCK | NORMAL);
      expect(fsc(cpu, 0x4000_1000n)).toBe(0x4000_1000n);
      expect(cpu.translate(0x4000_1000n).steps[0].level).toBe(1);
      expect(fsc(cpu, 0x8000_0000n)).toBe(0x04); // beyond 31 bits: level 0 Translation fault
    }
    {
      const { cpu, t, root0 } = await mmu({ t0sz: 34 });
      t.set(root0, 511, 0x20_0000n | PTE.BLOCK | NORMAL);
      expect(fsc(cpu, 0x3fe0_0010n)).toBe(0x20_0010n);
      expect(cpu.translate(0x3fe0_0010n).steps[0].level).toBe(2);
    }
  });

  it('TTBR1 translates the top of the address space', async () => {
    const { cpu, t, root1 } = await mmu({ t1sz: 16 });
    const l1 = t.alloc();
    t.set(root1, 511, BigInt(l1) | PTE.TABLE);
    t.set(l1, 511, 0x4000_0000n | PTE.BLOCK | NORMAL);
    expect(fsc(cpu, 0xffff_ffff_c000_0010n)).toBe(0x4000_0010n);
    expect(fsc(cpu, 0xffff_0000_0000_0000n)).toBe(0x04); // L0 entry 0 invalid
  });

  it('reports the memory type (MAIR byte), shareability and leaf level of the result', async () => {
    const { cpu, t, root0 } = await mmu();
    const l2 = t.alloc();
    t.set(root0, 1, 0x4000_0000n | PTE.BLOCK | PTE.AF | PTE.attr(0));
    t.set(root0, 2, BigInt(l2) | PTE.TABLE);
    t.set(l2, 0, 0x20_0000n | PTE.BLOCK | PTE.AF | PTE.attr(1) | (2n << 8n));
    t.set(l2, 1, 0x40_0000n | PTE.BLOCK | PTE.AF | PTE.attr(2) | PTE.SH_INNER);
    expect(cpu.translate(0x4000_0000n)).toMatchObject({ ok: true, device: true, attr: 0x00, shareability: 2, level: 1 });
    expect(cpu.translate(0x8000_0000n)).toMatchObject({ ok: true, device: false, attr: 0xff, shareability: 2, level: 2 });
    expect(cpu.translate(0x8020_0000n)).toMatchObject({ ok: true, device: false, attr: 0x44, shareability: 2, level: 2 });
    expect(cpu.translate(0x8040_0000n)).toMatchObject({ ok: false, fsc: 0x06, level: 2 });
  });
});

describe('faults at every level', () => {
  it('Translation faults: invalid descriptors at levels 0-3, a level 0 block, a level 3 "block"', async () => {
    const { cpu, t, root0 } = await mmu({ t0sz: 16 });
    const l1 = t.alloc();
    const l2 = t.alloc();
    const l3 = t.alloc();
    t.set(root0, 1, BigInt(l1) | PTE.TABLE);
    t.set(l1, 1, BigInt(l2) | PTE.TABLE);
    t.set(l2, 1, BigInt(l3) | PTE.TABLE);
    t.set(l3, 2, 0x5000n | PTE.BLOCK | NORMAL); // 0b01 at level 3 is reserved
    t.set(root0, 2, 0x0n | PTE.BLOCK | NORMAL); // no level 0 blocks with 4 KiB granules
    const base = 1n << 39n;
    expect(fsc(cpu, 0n)).toBe(0x04);
    expect(fsc(cpu, base)).toBe(0x05);
    expect(fsc(cpu, base + (1n << 30n))).toBe(0x06);
    expect(fsc(cpu, base + (1n << 30n) + (1n << 21n))).toBe(0x07);
    expect(fsc(cpu, base + (1n << 30n) + (1n << 21n) + 0x2000n)).toBe(0x07);
    expect(fsc(cpu, 2n << 39n)).toBe(0x04);
    const r = cpu.translate(base + (1n << 30n) + (1n << 21n));
    expect(r.steps.map((s) => [s.level, s.kind])).toEqual([[0, 'table'], [1, 'table'], [2, 'table'], [3, 'invalid']]);
  });

  it('Translation fault at level 0 for a VA outside both regions, a disabled region or a bad TxSZ', async () => {
    {
      const { cpu } = await mmu({ t0sz: 25, t1sz: 25 });
      expect(fsc(cpu, 0x80_0000_0000n)).toBe(0x04); // bit 39 set: beyond TTBR0's 39 bits
      expect(fsc(cpu, 0xffff_ff00_0000_0000n)).toBe(0x04); // not all ones down to bit 39
      expect(fsc(cpu, 0x0080_0000_0000_0000n)).toBe(0x04); // bit 55 set, top byte not ones
    }
    {
      const { cpu, t, root0, root1 } = await mmu({ epd0: true, epd1: true });
      t.set(root0, 0, PTE.BLOCK | NORMAL);
      t.set(root1, 511, PTE.BLOCK | NORMAL);
      expect(fsc(cpu, 0x1000n)).toBe(0x04);
      expect(fsc(cpu, 0xffff_ffff_ffff_f000n)).toBe(0x04);
    }
    for (const t0sz of [15, 40, 63]) {
      const { cpu, t, root0 } = await mmu({ t0sz });
      t.set(root0, 0, PTE.BLOCK | NORMAL);
      expect(fsc(cpu, 0x1000n), `T0SZ ${t0sz}`).toBe(0x04);
    }
  });

  it('Access flag faults on 1 GiB blocks, 2 MiB blocks and pages', async () => {
    const { cpu, t, root0 } = await mmu();
    const l2 = t.alloc();
    const l3 = t.alloc();
    t.set(root0, 1, 0x4000_0000n | PTE.BLOCK | PTE.attr(1));
    t.set(root0, 2, BigInt(l2) | PTE.TABLE);
    t.set(l2, 0, 0x20_0000n | PTE.BLOCK | PTE.attr(1));
    t.set(l2, 1, BigInt(l3) | PTE.TABLE);
    t.set(l3, 0, 0x3000n | PTE.TABLE | PTE.attr(1));
    expect(fsc(cpu, 0x4000_0000n)).toBe(0x09);
    expect(fsc(cpu, 0x8000_0000n)).toBe(0x0a);
    expect(fsc(cpu, 0x8020_0000n)).toBe(0x0b);
  });

  it('Address size faults: TTBR base (always level 0), table address, block and page output', async () => {
    // IPS = 0: a 32-bit output space.
    const { cpu, t, root0 } = await mmu({ ips: 0 });
    const l2 = t.alloc();
    const l3 = t.alloc();
    t.set(root0, 0, 0x1_0000_0000n | PTE.TABLE); // next table beyond 4 GiB
    t.set(root0, 1, 0x1_4000_0000n | PTE.BLOCK | NORMAL);
    t.set(root0, 2, BigInt(l2) | PTE.TABLE);
    t.set(l2, 0, 0x1_0020_0000n | PTE.BLOCK | NORMAL);
    t.set(l2, 1, BigInt(l3) | PTE.TABLE);
    t.set(l3, 0, 0x1_0000_3000n | PTE.TABLE | NORMAL);
    t.set(l3, 1, 0x3000n | PTE.TABLE | NORMAL);
    expect(fsc(cpu, 0x1000n)).toBe(0x01);
    expect(fsc(cpu, 0x4000_0000n)).toBe(0x01);
    expect(fsc(cpu, 0x8000_0000n)).toBe(0x02);
    expect(fsc(cpu, 0x8020_0000n)).toBe(0x03);
    expect(fsc(cpu, 0x8020_1000n)).toBe(0x3000n);
    cpu.setSysreg('TTBR0_EL1', 0x1_0000_0000n);
    expect(fsc(cpu, 0x1000n)).toBe(0x00);
    cpu.setSysreg('TTBR0_EL1', BigInt(root0) | (0xabcdn << 48n)); // the ASID field is not an address
    expect(fsc(cpu, 0x8020_1000n)).toBe(0x3000n);
  });

  it('Address size faults stop at the 40 implemented PA bits even when IPS asks for more', async () => {
    for (const ips of [2, 5, 7]) {
      const { cpu, t, root0 } = await mmu({ ips });
      t.set(root0, 1, 0x100_0000_0000n | PTE.BLOCK | NORMAL);
      t.set(root0, 2, 0xff_c000_0000n | PTE.BLOCK | NORMAL);
      expect(fsc(cpu, 0x4000_0000n), `IPS ${ips}`).toBe(0x01);
      expect(fsc(cpu, 0x8000_0000n), `IPS ${ips}`).toBe(0xff_c000_0000n);
    }
  });

  it('external aborts on the walk at each level (tables outside RAM)', async () => {
    const { cpu, t, root0 } = await mmu({ t0sz: 16 });
    const l1 = t.alloc();
    const l2 = t.alloc();
    const outside = 0x20_0000_0000n; // inside the 40-bit PA space, far beyond the 16 MiB of RAM
    t.set(root0, 0, outside | PTE.TABLE);
    t.set(root0, 1, BigInt(l1) | PTE.TABLE);
    t.set(l1, 0, outside | PTE.TABLE);
    t.set(l1, 1, BigInt(l2) | PTE.TABLE);
    t.set(l2, 0, outside | PTE.TABLE);
    expect(fsc(cpu, 0n)).toBe(0x15);
    expect(fsc(cpu, 1n << 39n)).toBe(0x16);
    expect(fsc(cpu, (1n << 39n) + (1n << 30n))).toBe(0x17);
    cpu.setSysreg('TTBR0_EL1', outside);
    expect(fsc(cpu, 0n)).toBe(0x14);
    const mmio = await mmu({ t0sz: 25 });
    mmio.cpu.setSysreg('TTBR0_EL1', 0x0900_0000n); // the MMIO window is not RAM either
    expect(fsc(mmio.cpu, 0n)).toBe(0x15);
  });
});

describe('TBI and the MMU-off flat map', () => {
  it('with TBI0 the top byte of a data address is ignored; without it the address faults', async () => {
    for (const tbi0 of [true, false]) {
      const { cpu, t, root0 } = await mmu({ tbi0 });
      t.set(root0, 1, 0x4000_0000n | PTE.BLOCK | NORMAL);
      expect(fsc(cpu, 0xab00_0000_4000_0010n), `TBI0 ${tbi0}`).toBe(tbi0 ? 0x4000_0010n : 0x04);
    }
  });

  it('with TBI1 a high address keeps bit 55 as its region selector', async () => {
    for (const tbi1 of [true, false]) {
      const { cpu, t, root1 } = await mmu({ tbi1 });
      t.set(root1, 511, 0x4000_0000n | PTE.BLOCK | NORMAL);
      expect(fsc(cpu, 0x12ff_ffff_c000_0020n), `TBI1 ${tbi1}`).toBe(tbi1 ? 0x4000_0020n : 0x04);
    }
  });

  it('MMU off: flat 40-bit map, Device data, Address size fault above 2^40 (TBI still applies)', async () => {
    const cpu = await testMachine();
    expect(cpu.translate(0x12_3456_7890n)).toMatchObject({ ok: true, pa: 0x12_3456_7890n, device: true });
    expect(cpu.translate(0x100n, 'exec')).toMatchObject({ ok: true, device: false });
    expect(fsc(cpu, 0x100_0000_0000n)).toBe(0x00);
    expect(fsc(cpu, 0xab00_0000_0000_1000n)).toBe(0x00);
    cpu.setSysreg('TCR_EL1', 1n << 37n);
    expect(fsc(cpu, 0xab00_0000_0000_1000n)).toBe(0x1000n);
  });
});

// ---- through the guest -------------------------------------------------------------------------------

/** Identity-map the first 2 MiB (vectors, code) read-only for both ELs and executable. */
async function guestMmu(l: Layout = {}) {
  const m = await mmu(l);
  const l2 = m.t.alloc();
  m.t.set(m.root0, 0, BigInt(l2) | PTE.TABLE);
  m.t.set(l2, 0, 0n | PTE.BLOCK | NORMAL | PTE.ap(3));
  return { ...m, l2 };
}

describe('the guest sees the walk', () => {
  it('an instruction fetch from a PXN page is a level 3 Permission fault (EC 0x21), from EL0 EC 0x20', async () => {
    const { cpu, t, l2 } = await guestMmu();
    const l3 = t.alloc();
    t.set(l2, 1, BigInt(l3) | PTE.TABLE);
    t.set(l3, 0, 0x30_0000n | PTE.TABLE | NORMAL | PTE.ap(3) | PTE.PXN | PTE.UXN);
    load(cpu, 'movz x1, #0x20, lsl #16\nbr x1');
    installVectors(cpu);
    let t1 = runToVector(cpu);
    expect([t1.vector, t1.ec, t1.iss, t1.far, t1.elr]).toEqual([0x200, EC.IABORT_SAME, 0x0f, 0x20_0000n, 0x20_0000n]);
    cpu.pc = BigInt(CODE);
    cpu.pstate = 0n; // EL0t
    t1 = runToVector(cpu);
    expect([t1.vector, t1.ec, t1.iss]).toEqual([0x400, EC.IABORT_LOWER, 0x0f]);
  });

  it('a tagged branch target loses its tag with TBI0 (AArch64.BranchAddr) and faults without', async () => {
    for (const tbi0 of [true, false]) {
      const { cpu } = await guestMmu({ tbi0 });
      load(cpu, `
        movz x1, #0x10, lsl #16
        movk x1, #0x40
        movk x1, #0xab00, lsl #48
        blr x1
        .org 0x40
        brk #1`);
      installVectors(cpu);
      cpu.pstate = EL1h;
      const t1 = runToVector(cpu);
      if (tbi0) {
        expect([t1.ec, t1.elr], 'TBI0').toEqual([EC.BRK64, BigInt(CODE + 0x40)]);
      } else {
        expect([t1.ec, t1.iss, t1.far, t1.elr], 'no TBI0').toEqual([EC.IABORT_SAME, 0x04, 0xab00_0000_0010_0040n, 0xab00_0000_0010_0040n]);
      }
    }
  });

  it('data aborts: FAR, WnR, the fault level, from EL1 and EL0, external abort on the access', async () => {
    const { cpu, t, l2, root0 } = await guestMmu();
    const l3 = t.alloc();
    t.set(l2, 1, BigInt(l3) | PTE.TABLE);
    t.set(l3, 0, 0x30_0000n | PTE.TABLE | NORMAL | PTE.ap(2)); // EL1 read-only
    t.set(l3, 1, 0x100_0000n | PTE.TABLE | NORMAL); // beyond the 16 MiB of RAM
    t.set(root0, 1, 0x4000_0000n | PTE.BLOCK | NORMAL | PTE.ap(0)); // 1 GiB block, EL1 only
    installVectors(cpu);
    const cases: [string, bigint, number, bigint, number][] = [
      // [instruction, x1, pstate mode, expected EC, ISS]
      ['ldr x0, [x1]', 0x20_0008n, 0b0101, BigInt(EC.DABORT_SAME), 0x00], // fine: no abort expected
      ['str x0, [x1]', 0x20_0010n, 0b0101, BigInt(EC.DABORT_SAME), 0x4f],
      ['ldr w0, [x1]', 0x20_1004n, 0b0101, BigInt(EC.DABORT_SAME), 0x10],
      ['ldrb w0, [x1]', 0x4000_0123n, 0b0000, BigInt(EC.DABORT_LOWER), 0x0d],
      ['strh w0, [x1]', 0x4000_0124n, 0b0000, BigInt(EC.DABORT_LOWER), 0x4d],
      ['ldr x0, [x1]', 0x20_2000n, 0b0101, BigInt(EC.DABORT_SAME), 0x07],
    ];
    for (const [insn, addr, mode, ec, iss] of cases) {
      load(cpu, `${insn}\nbrk #9`);
      cpu.pstate = BigInt(mode);
      cpu.setX(1, addr);
      const tk = runToVector(cpu);
      if (iss === 0) {
        expect(tk.ec, insn).toBe(EC.BRK64);
        continue;
      }
      expect([BigInt(tk.ec), tk.iss, tk.far, tk.elr], `${insn} @0x${addr.toString(16)}`).toEqual([ec, iss, addr, BigInt(CODE)]);
    }
  });

  it('ERET applies BranchAddr to ELR_EL1 too', async () => {
    const { cpu } = await guestMmu({ tbi0: true });
    load(cpu, 'eret\n.org 0x40\nbrk #2');
    installVectors(cpu);
    cpu.setSysreg('ELR_EL1', 0x5500_0000_0010_0040n);
    cpu.setSysreg('SPSR_EL1', EL1h);
    const t1 = runToVector(cpu);
    expect([t1.ec, t1.elr]).toEqual([EC.BRK64, BigInt(CODE + 0x40)]);
  });
});
