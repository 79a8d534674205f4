// Test support for the system level: catch exceptions at the vector table with host
// breakpoints (no guest handler code needed), read back the syndrome, and build page tables.
//
//   VBAR_EL1 = VECTORS; a breakpoint on each of the 16 entries:
//     +0x000 sync/IRQ/FIQ/SError from the current EL with SP_EL0
//     +0x200 ... current EL with SP_EL1
//     +0x400 ... lower EL (EL0), AArch64
//     +0x600 ... lower EL, AArch32 (never taken)
import { expect } from 'vitest';
import { type Cpu, Exit } from '../../src/core/cpu.ts';

export const VECTORS = 0x8_0000;

export const EC = {
  UNKNOWN: 0x00,
  WFX: 0x01,
  FP_ACCESS: 0x07,
  ILLEGAL_STATE: 0x0e,
  SVC64: 0x15,
  SYSREG: 0x18,
  IABORT_LOWER: 0x20,
  IABORT_SAME: 0x21,
  PC_ALIGN: 0x22,
  DABORT_LOWER: 0x24,
  DABORT_SAME: 0x25,
  SP_ALIGN: 0x26,
  BRK64: 0x3c,
} as const;

export function installVectors(cpu: Cpu): void {
  cpu.setSysreg('VBAR_EL1', BigInt(VECTORS));
  for (let i = 0; i < 16; i++) cpu.addBreakpoint(BigInt(VECTORS + i * 0x80));
}

export interface Taken {
  /** Offset of the vector entry from VBAR_EL1 (0x000 .. 0x780). */
  vector: number;
  ec: number;
  iss: number;
  il: number;
  esr: bigint;
  elr: bigint;
  far: bigint;
  spsr: bigint;
}

/** Run until an exception reaches the vector table; fails the test on any other stop. */
export function runToVector(cpu: Cpu, budget = 10_000): Taken {
  const exit = cpu.run(budget);
  expect(exit, `expected an exception, got exit ${exit} at pc 0x${cpu.pc.toString(16)}`).toBe(Exit.Breakpoint);
  const vector = Number(cpu.pc) - VECTORS;
  expect(vector >= 0 && vector < 0x800 && vector % 0x80 === 0, `stopped at 0x${cpu.pc.toString(16)}`).toBe(true);
  const esr = cpu.sysreg('ESR_EL1');
  return {
    vector,
    ec: Number(esr >> 26n) & 0x3f,
    iss: Number(esr & 0x1ffffffn),
    il: Number(esr >> 25n) & 1,
    esr,
    elr: cpu.sysreg('ELR_EL1'),
    far: cpu.sysreg('FAR_EL1'),
    spsr: cpu.sysreg('SPSR_EL1'),
  };
}

/** Resume at `pc` after a caught exception (the breakpoint there is not hit again). */
export function resumeAt(cpu: Cpu, pc: bigint): void {
  cpu.pc = pc;
}

// PSTATE modes in SPSR layout.
export const EL0t = 0b0000n;
export const EL1t = 0b0100n;
export const EL1h = 0b0101n;
export const DAIF_ALL = 0xfn << 6n;

/** ISS of a trapped MSR/MRS/SYS (EC 0x18). */
export function sysTrapIss(op0: number, op1: number, crn: number, crm: number, op2: number, rt: number, read: boolean): number {
  return (op0 << 20) | (op2 << 17) | (op1 << 14) | (crn << 10) | (rt << 5) | (crm << 1) | (read ? 1 : 0);
}

// ---- page tables (VMSAv8-64, 4 KiB granule) ----------------------------------------------------

export const PTE = {
  VALID: 1n,
  TABLE: 3n, // table (levels 0-2) or page (level 3)
  BLOCK: 1n,
  AF: 1n << 10n,
  /** AttrIndx: MAIR index in bits 4:2. */
  attr: (i: number) => BigInt(i) << 2n,
  /** AP[2:1] in bits 7:6: 0 EL1 RW, 1 EL0+EL1 RW, 2 EL1 RO, 3 EL0+EL1 RO. */
  ap: (v: number) => BigInt(v) << 6n,
  SH_INNER: 3n << 8n,
  NG: 1n << 11n,
  PXN: 1n << 53n,
  UXN: 1n << 54n,
  PXN_TABLE: 1n << 59n,
  UXN_TABLE: 1n << 60n,
  /** APTable in bits 62:61: bit 61 no EL0 access below, bit 62 read-only below. */
  apTable: (v: number) => BigInt(v) << 61n,
} as const;

/** MAIR used by the MMU tests: index 0 Device-nGnRnE, 1 Normal WB, 2 Normal NC. */
export const TEST_MAIR = 0x44ff00n;

/** A bump allocator of zeroed 4 KiB tables in guest RAM. */
export class Tables {
  private next: number;
  constructor(
    private readonly cpu: Cpu,
    base: number,
  ) {
    this.next = base;
  }
  alloc(): number {
    const t = this.next;
    this.cpu.writePhys(t, new Uint8Array(4096));
    this.next += 4096;
    return t;
  }
  set(table: number, index: number, desc: bigint): void {
    this.cpu.writeU64(table + index * 8, desc);
  }
}
