// The machines of one VM host worker, behind the VmHostApi the page calls through comlink.
// No worker or DOM specifics here (vm-host.worker.ts exposes it), so the same class runs
// under Node in the unit tests.
//
// A machine that faults, or one whose host code throws, ends alone: Machine.run never
// rejects, and every call here is about one machine. Calls for unknown ids throw one line.

import type {
  DisasmLine, HostMemory, MachineId, MachineSpec, MachineStatus, MemoryMapInfo, MemoryRead, MmuInfo, MonitorInfo,
  PageTableView, RegisterSnapshot, SymbolInfo, Translation, VmHostApi,
} from './api.ts';
import { HostedMachine } from './hosted-machine.ts';
import { disassembleAround, mmuInfo, pageTable, readMemory, registerSnapshot, translateAddress } from './inspect.ts';

export class VmHost implements VmHostApi {
  private core: WebAssembly.Module | undefined;
  private readonly machines = new Map<MachineId, HostedMachine>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  async init(core: WebAssembly.Module): Promise<void> {
    this.core = core;
  }

  private get(id: MachineId): HostedMachine {
    const m = this.machines.get(id);
    if (!m) throw new Error(`no machine ${id} in this worker`);
    return m;
  }

  async create(id: MachineId, spec: MachineSpec): Promise<void> {
    if (!this.core) throw new Error('the VM host has no core yet (init first)');
    if (this.machines.has(id)) throw new Error(`machine ${id} exists already`);
    this.machines.set(id, await HostedMachine.create(this.core, id, spec));
  }

  statuses(): MachineStatus[] {
    const now = this.now();
    return [...this.machines.values()].map((m) => m.status(now));
  }

  pause(id: MachineId): Promise<void> {
    return this.get(id).pause();
  }
  resume(id: MachineId): void {
    this.get(id).resume();
  }
  step(id: MachineId): Promise<void> {
    return this.get(id).step();
  }
  stepOver(id: MachineId): Promise<void> {
    return this.get(id).stepOverCall();
  }
  stop(id: MachineId): Promise<void> {
    return this.get(id).stop();
  }

  async remove(id: MachineId): Promise<void> {
    const m = this.machines.get(id);
    if (!m) return;
    this.machines.delete(id);
    try {
      await m.stop();
    } finally {
      m.release();
    }
  }

  setBreakpoints(id: MachineId, addresses: bigint[]): bigint[] {
    return this.get(id).setBreakpoints(addresses);
  }

  registers(id: MachineId): RegisterSnapshot {
    return registerSnapshot(this.get(id).cpu);
  }
  readMemory(id: MachineId, address: bigint, length: number, space: 'physical' | 'virtual'): MemoryRead {
    return readMemory(this.get(id).cpu, address, length, space);
  }
  disassemble(id: MachineId, address: bigint, before: number, after: number): DisasmLine[] {
    const m = this.get(id);
    return disassembleAround(m.cpu, m.symbols, m.breakpoints, address, before, after);
  }
  symbols(id: MachineId): SymbolInfo[] {
    return this.get(id).symbolList();
  }
  memoryMap(id: MachineId): MemoryMapInfo {
    return this.get(id).memoryMap();
  }
  mmu(id: MachineId): MmuInfo {
    return mmuInfo(this.get(id).cpu);
  }
  translate(id: MachineId, va: bigint): Translation {
    return translateAddress(this.get(id).cpu, va);
  }
  pageTable(id: MachineId, tableAddr: bigint, level: number, baseVa: bigint): PageTableView {
    return pageTable(this.get(id).cpu, tableAddr, level, baseVa);
  }
  monitor(id: MachineId): MonitorInfo {
    return this.get(id).monitorInfo();
  }
  readDisk(id: MachineId, device: string): Uint8Array {
    return this.get(id).disk(device).snapshot();
  }

  memory(): HostMemory {
    let wasmBytes = 0;
    let committedBytes = 0;
    for (const m of this.machines.values()) {
      wasmBytes += m.cpu.hostMemoryBytes;
      committedBytes += m.cpu.committedBytes;
    }
    return { machines: this.machines.size, wasmBytes, committedBytes };
  }
}
