// The stage-1 permission matrix of ARMv8.0 (no PAN): AP[2:1] x APTable x UXN/PXN (leaf and
// table) x SCTLR_EL1.WXN, for reads, writes and fetches at EL0 and EL1, on pages and blocks.
import { describe, it, expect } from 'vitest';
import { testMachine } from './machine.ts';
import { PTE, TEST_MAIR, Tables } from './sys-helpers.ts';

// The Arm ARM's access permission table (D5 "Data access permissions", AP[2:1]):
//   00: EL1 RW, EL0 none    01: EL1 RW, EL0 RW    10: EL1 RO, EL0 none    11: EL1 RO, EL0 RO
const DATA: Record<number, { el1: 'rw' | 'ro'; el0: 'rw' | 'ro' | '' }> = {
  0: { el1: 'rw', el0: '' },
  1: { el1: 'rw', el0: 'rw' },
  2: { el1: 'ro', el0: '' },
  3: { el1: 'ro', el0: 'ro' },
};

interface Case {
  ap: number;
  apTable: number; // bit 0: no EL0 access below, bit 1: read-only below
  pxn: boolean;
  uxn: boolean;
  pxnTable: boolean;
  uxnTable: boolean;
  wxn: boolean;
}

/** What each access may do under `c`, from the table above and the v8.0 execute rules. */
function expected(c: Case) {
  const d = DATA[c.ap];
  const el0 = c.apTable & 1 ? '' : d.el0;
  const readOnly = (c.apTable & 2) !== 0;
  const el1Write = d.el1 === 'rw' && !readOnly;
  const el0Read = el0 !== '';
  const el0Write = el0 === 'rw' && !readOnly;
  return {
    el1: {
      read: true,
      write: el1Write,
      // PXN, PXNTable, memory EL0 can write, and WXN on anything writable at EL1
      exec: !c.pxn && !c.pxnTable && !el0Write && !(c.wxn && el1Write),
    },
    el0: {
      read: el0Read,
      write: el0Write,
      exec: !c.uxn && !c.uxnTable && !(c.wxn && el0Write),
    },
  };
}

function* cases(): Generator<Case> {
  for (let ap = 0; ap < 4; ap++)
    for (let apTable = 0; apTable < 4; apTable++)
      for (const pxn of [false, true])
        for (const uxn of [false, true])
          for (const pxnTable of [false, true])
            for (const uxnTable of [false, true])
              for (const wxn of [false, true]) yield { ap, apTable, pxn, uxn, pxnTable, uxnTable, wxn };
}

describe('permission matrix', () => {
  // leaf level 3 (page, via an L2 table) and level 2 (block, via an L1 table); T0SZ = 25
  for (const leafLevel of [3, 2]) {
    it(`every combination, leaf at level ${leafLevel}`, async () => {
      const cpu = await testMachine();
      const t = new Tables(cpu, 0x20_0000);
      const l1 = t.alloc();
      const l2 = t.alloc();
      const l3 = t.alloc();
      cpu.setSysreg('MAIR_EL1', TEST_MAIR);
      cpu.setSysreg('TCR_EL1', 25n | (25n << 16n) | (2n << 32n));
      cpu.setSysreg('TTBR0_EL1', BigInt(l1));
      const va = 0x4000_0000n; // L1 index 1, L2 index 0, L3 index 0
      let checked = 0;
      for (const c of cases()) {
        const attrs = PTE.AF | PTE.attr(1) | PTE.ap(c.ap) | (c.pxn ? PTE.PXN : 0n) | (c.uxn ? PTE.UXN : 0n);
        const tableBits = PTE.apTable(c.apTable) | (c.pxnTable ? PTE.PXN_TABLE : 0n) | (c.uxnTable ? PTE.UXN_TABLE : 0n);
        // The hierarchical bits sit on the L1 -> L2 table descriptor; L2 -> L3 is plain.
        t.set(l1, 1, BigInt(l2) | PTE.TABLE | tableBits);
        if (leafLevel === 3) {
          t.set(l2, 0, BigInt(l3) | PTE.TABLE);
          t.set(l3, 0, 0x5000n | PTE.TABLE | attrs);
        } else {
          t.set(l2, 0, 0x20_0000n | PTE.BLOCK | attrs);
        }
        const sctlr = 0x30d5_0800n | 1n | (c.wxn ? 1n << 19n : 0n);
        cpu.setSysreg('SCTLR_EL1', sctlr);
        const want = expected(c);
        for (const el of [0, 1] as const) {
          for (const kind of ['read', 'write', 'exec'] as const) {
            const r = cpu.translate(va + 0x123n, kind, el);
            const ok = (el === 0 ? want.el0 : want.el1)[kind];
            const what = `${JSON.stringify(c)} EL${el} ${kind}`;
            expect(r.ok, what).toBe(ok);
            if (!ok) expect(r.fsc, what).toBe(0x0c + leafLevel);
            else expect(r.pa, what).toBe((leafLevel === 3 ? 0x5000n : 0x20_0000n) + 0x123n);
            checked++;
          }
        }
      }
      expect(checked).toBe(512 * 6);
    });
  }

  it('the AP table of the Arm ARM, spelled out', async () => {
    // [AP, EL1 read, EL1 write, EL0 read, EL0 write, EL1 exec, EL0 exec]  (no XN bits, no WXN)
    const rows: [number, ...boolean[]][] = [
      [0, true, true, false, false, true, true],
      [1, true, true, true, true, false, true], // EL0-writable: never executable at EL1
      [2, true, false, false, false, true, true],
      [3, true, false, true, false, true, true],
    ];
    for (const [ap, ...want] of rows) {
      const c: Case = { ap, apTable: 0, pxn: false, uxn: false, pxnTable: false, uxnTable: false, wxn: false };
      const e = expected(c);
      expect([e.el1.read, e.el1.write, e.el0.read, e.el0.write, e.el1.exec, e.el0.exec], `AP ${ap}`).toEqual(want);
    }
  });
});
