// Test support: a hypercall context over a real core's RAM with recording services, for
// exercising each module's handlers directly (argument structs are written by the test).

import { Cpu } from '../../core/cpu.ts';
import { loadCoreModuleSync } from '../../core/load-node.ts';
import type { HvtContext } from '../context.ts';
import type { BlockDevice, NetDevice } from '../devices.ts';
import { GuestMemory } from '../memory.ts';

export interface FakeVm {
  ctx: HvtContext;
  cpu: Cpu;
  consoleOut: Uint8Array[];
  halted?: { status: number; cookie?: Uint8Array };
  idles: bigint[];
  bytes: number;
  blocks: Map<number, BlockDevice>;
  nets: Map<number, NetDevice>;
  /** What the next idle() does: return at once, or wait for the promise. */
  onIdle?: (ns: bigint) => void | Promise<void>;
  walltime: bigint;
  traces: string[];
}

export const FAKE_RAM = 4 << 20;

export async function fakeVm(): Promise<FakeVm> {
  const cpu = await Cpu.create(loadCoreModuleSync(), { ramBytes: FAKE_RAM, deterministic: true });
  const vm: FakeVm = {
    cpu,
    consoleOut: [],
    idles: [],
    bytes: 0,
    blocks: new Map(),
    nets: new Map(),
    walltime: 1_700_000_000_123_456_789n,
    traces: [],
    ctx: undefined as unknown as HvtContext,
  };
  vm.ctx = {
    mem: new GuestMemory(cpu, FAKE_RAM),
    blocks: vm.blocks,
    nets: vm.nets,
    console: (b) => vm.consoleOut.push(b),
    walltimeNs: () => vm.walltime,
    readySet: () => {
      let s = 0n;
      for (const d of vm.nets.values()) if (d.rx.length) s |= 1n << BigInt(d.handle);
      return s;
    },
    idle: (ns) => {
      vm.idles.push(ns);
      return vm.onIdle?.(ns);
    },
    halt: (status, cookie) => {
      vm.halted = { status, cookie };
    },
    addBytes: (n) => {
      vm.bytes += n;
    },
    trace: (d) => vm.traces.push(d),
  };
  return vm;
}

/** Write a struct of u64 fields (and an optional trailing i32) at `at`. */
export function putStruct(cpu: Cpu, at: number, u64s: Array<bigint | number>, i32?: number): void {
  u64s.forEach((v, i) => cpu.writeU64(at + 8 * i, BigInt(v)));
  if (i32 !== undefined) cpu.writeU32(at + 8 * u64s.length, i32 >>> 0);
}
