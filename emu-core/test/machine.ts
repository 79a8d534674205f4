// Test support: a bare machine for running small code snippets at EL1.
//
//   guest physical layout of a test machine (16 MiB RAM by default)
//   0x0000_0000  +------------------------+
//                | (unused)               |
//   0x0001_0000  | level-1 table (MMU on) |  identity: 1 GiB normal block at 0,
//   0x0010_0000  | code                   |  Device block for the MMIO window
//   0x0040_0000  | data                   |
//   0x00F0_0000  | stack (grows down)     |
//   0x0100_0000  +------------------------+
//   0x0900_0000  MMIO window (4 KiB) -- exits to the host
import { Cpu, Exit } from '../../src/core/cpu.ts';
import { loadCoreModuleSync } from '../../src/core/load-node.ts';
import { assemble } from './asm.ts';

export const CODE = 0x10_0000;
export const DATA = 0x40_0000;
export const STACK_TOP = 0xf0_0000;
export const MMIO = 0x0900_0000;
const L1 = 0x1_0000;

export interface TestMachineOptions {
  ramBytes?: number;
  mmu?: boolean;
  deterministic?: boolean;
}

export async function testMachine(opts: TestMachineOptions = {}): Promise<Cpu> {
  const cpu = await Cpu.create(loadCoreModuleSync(), {
    ramBytes: opts.ramBytes ?? 16 << 20,
    mmioBase: BigInt(MMIO),
    mmioSize: 0x1000n,
    deterministic: opts.deterministic ?? true,
  });
  cpu.sp = BigInt(STACK_TOP);
  cpu.setSysreg('CPACR_EL1', 3n << 20n);
  if (opts.mmu) enableIdentityMmu(cpu);
  return cpu;
}

/** Identity map: VA 0..1 GiB as Normal WB memory (RW, EL1-executable), 4 KiB granule, 32-bit VA. */
export function enableIdentityMmu(cpu: Cpu): void {
  // MAIR: attr0 = Device-nGnRnE, attr1 = Normal WB.
  cpu.setSysreg('MAIR_EL1', 0xff00n);
  // Level 1 table (T0SZ = 32: 4 GiB of VA, walk starts at level 1, 4 entries).
  // entry 0: block 0 GiB, AF, inner shareable, AttrIndx 1.
  cpu.writeU64(L1, 0x0000_0000n | 0x401n | (3n << 8n) | (1n << 2n));
  cpu.setSysreg('TCR_EL1', 32n | (32n << 16n) | (1n << 23n) | (2n << 32n));
  cpu.setSysreg('TTBR0_EL1', BigInt(L1));
  cpu.setSysreg('SCTLR_EL1', cpu.sysreg('SCTLR_EL1') | 1n);
}

/** Load assembled code at CODE (or `at`) and point pc at it. */
export function load(cpu: Cpu, src: string, at = CODE): Uint32Array {
  const words = assemble(src);
  cpu.writePhys(at, new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
  cpu.pc = BigInt(at);
  return words;
}

/** Run until the code executes `brk #0x3e8`-style stop... or the budget ends; returns the exit. */
export function runFor(cpu: Cpu, budget = 100_000): Exit {
  return cpu.run(budget);
}

export { Exit };
