// The typed API between the page and a VM host worker (comlink). One file, imported by both
// sides: the worker implements VmHostApi (vm-host.ts), the page calls it through
// Comlink.Remote<VmHostApi> (src/ui/vm/pool.ts). Everything crossing is structured-cloneable
// (BigInt included); MessagePorts travel as transferables.
//
//   page                                   worker (one of navigator.hardwareConcurrency)
//   ────                                   ──────
//   pool.create(id, spec) ── comlink ───▶  VmHost: machines by id, each a HostedMachine
//   console MessagePort  ◀── bytes ──────  (guest console, straight to xterm, never via React)
//   pool.statuses() (a few Hz) ─────────▶  one small record per machine
//   inspect calls (registers, memory, MMU, disassembly) while running or paused

import type { ExitReason, MachineState } from '../monitor/machine-types.ts';

export type MachineId = number;

/** A block device of a machine to be: a fresh disk or an initial image, optionally persisted. */
export interface BlockSpec {
  name: string;
  /** Capacity in bytes (a multiple of the sector size). */
  size: number;
  sectorSize?: number;
  /** Initial contents when the disk is new (shorter than `size`: the rest is zero). */
  initial?: Uint8Array;
  /** Keep the disk in the browser's storage (OPFS) under this key; absent: in memory only. */
  persistKey?: string;
  /** Overwrite a persisted disk with `initial` (upload, reset) instead of keeping its bytes. */
  replace?: boolean;
}

export interface NetSpec {
  name: string;
  /** The guest's IPv4 address (from its `ip=` argument), for the network and the panel. */
  ip?: string;
  /** xx:xx:xx:xx:xx:xx; default: a random locally administered one. */
  mac?: string;
  /** The cable to the virtual switch (frames as ArrayBuffers); absent: not connected. */
  port?: MessagePort;
}

export interface MachineSpec {
  /** Display name, also the machine's name on the network. */
  name: string;
  /** The catalog guest it came from, or the uploaded file's name. */
  guest: string;
  imageName: string;
  image: Uint8Array;
  memMiB: number;
  cmdline: string;
  deterministic: boolean;
  blocks: BlockSpec[];
  nets: NetSpec[];
  /** Breakpoints (virtual addresses) set before the first instruction. */
  breakpoints?: bigint[];
  /** Stop before the first instruction (a breakpoint at the entry point). */
  pauseAtEntry?: boolean;
  /** Where the guest's console bytes go (Uint8Array messages). */
  console?: MessagePort;
}

/** Why a paused machine is paused. */
export type PauseCause = 'user' | 'breakpoint' | 'step' | 'entry';

export interface MachineStatus {
  id: MachineId;
  state: MachineState;
  pauseCause?: PauseCause;
  pc: bigint;
  instructions: number;
  /** Millions of instructions per second since the previous status of this machine. */
  mips: number;
  /** From the start of the run to the first console byte (host ms). */
  firstOutputMs?: number;
  consoleBytes: number;
  exit?: { reason: ExitReason; status: number; message?: string; elapsedMs: number };
  /** Guest RAM committed so far and the instance's whole linear memory (bytes). */
  committedBytes: number;
  wasmBytes: number;
  /** The last console line (fleet tiles). */
  lastLine: string;
}

export interface FpRegisters {
  /** V0..V31, 16 little-endian bytes each. */
  v: Uint8Array[];
  fpcr: bigint;
  fpsr: bigint;
}

export interface RegisterSnapshot {
  x: bigint[];
  sp: bigint;
  pc: bigint;
  pstate: bigint;
  /** Stack pointers of both levels (SP shows the one in use). */
  spEl0: bigint;
  spEl1: bigint;
  fp: FpRegisters;
  /** Every system register the core knows, by name. */
  sysregs: Record<string, bigint>;
  instructions: bigint;
}

export interface MemoryRead {
  address: bigint;
  bytes: Uint8Array;
  /** Per 4 KiB page (or part) of the range: readable or not (unmapped, outside RAM). */
  valid: Array<{ start: bigint; end: bigint; ok: boolean; why?: string }>;
}

export interface DisasmLine {
  address: bigint;
  word?: number;
  text: string;
  /** `symbol` when the address is a symbol's start, else undefined. */
  label?: string;
  breakpoint: boolean;
}

export interface SymbolInfo {
  name: string;
  address: bigint;
  size: bigint;
  kind: 'func' | 'object' | 'other';
}

export type RegionKind =
  | 'zero' | 'pagetables' | 'unmapped' | 'bootinfo' | 'manifest' | 'cmdline' | 'reserved'
  | 'segment' | 'heap' | 'stack' | 'mmio';

export interface MapRegion {
  kind: RegionKind;
  start: number;
  end: number;
  label: string;
  /** One or two sentences for the hover card. */
  detail: string;
  /** r/w/x as the guest's initial tables map it, e.g. "r-x". */
  perms?: string;
}

export interface MemoryMapInfo {
  memBytes: number;
  regions: MapRegion[];
  /** The MMIO window (outside RAM, drawn separately). */
  mmio: MapRegion;
  sp: bigint;
  committedBytes: number;
}

export interface WalkStepView {
  level: number;
  index: number;
  kind: 'invalid' | 'table' | 'block' | 'page';
  descAddr: bigint;
  desc: bigint;
  next: bigint;
  /** The descriptor in words. */
  words: string;
}

export interface Translation {
  va: bigint;
  ok: boolean;
  pa?: bigint;
  fault?: string;
  steps: WalkStepView[];
  /** Which accesses the tables allow: read/write/exec at EL0 and EL1. */
  access: { el0: { r: boolean; w: boolean; x: boolean }; el1: { r: boolean; w: boolean; x: boolean } };
  attributes?: string;
  device?: boolean;
}

export interface TableEntryView {
  index: number;
  desc: bigint;
  kind: 'table' | 'block' | 'page' | 'invalid';
  /** The first virtual address this entry covers (given the table's level and base VA). */
  va: bigint;
  /** Next table (table entries) or output address (block/page). */
  target: bigint;
  words: string;
}

export interface PageTableView {
  level: number;
  tableAddr: bigint;
  /** Non-zero entries only. */
  entries: TableEntryView[];
  /** Bytes each entry of this level maps. */
  entrySpan: bigint;
}

export interface MmuRegisterView {
  name: string;
  value: bigint;
  /** Field-by-field meaning. */
  fields: Array<{ name: string; value: string; meaning: string }>;
}

export interface MmuInfo {
  enabled: boolean;
  registers: MmuRegisterView[];
  /** Where the walk of TTBR0 starts and how many VA bits it covers. */
  root: { ttbr: 'TTBR0_EL1' | 'TTBR1_EL1'; addr: bigint; startLevel: number; vaBits: number }[];
  tlb: { hits: bigint; misses: bigint; flushes: bigint };
  exceptions: bigint;
  codePages: number;
}

export interface DeviceView {
  kind: 'block' | 'net';
  name: string;
  /** block: capacity and sector size; net: MAC, IP, MTU, dropped frames. */
  capacity?: number;
  sectorSize?: number;
  storage?: string;
  mac?: string;
  ip?: string;
  mtu?: number;
  rxDropped?: number;
  connected?: boolean;
}

export interface MonitorInfo {
  memBytes: number;
  cmdline: string;
  imageName: string;
  imageBytes: number;
  entry: bigint;
  deterministic: boolean;
  modules: string[];
  /** Every hypercall this machine's monitor answers, with its counters. */
  hypercalls: Array<{ nr: number; name: string; module: string; calls: number; bytes: number }>;
  /** Hypercalls a full monitor has that this one lacks (the specialization). */
  absent: Array<{ nr: number; name: string }>;
  devices: DeviceView[];
}

export interface HostMemory {
  machines: number;
  wasmBytes: number;
  committedBytes: number;
}

export interface VmHostApi {
  /** Give the worker the compiled core (compiled once by the page). */
  init(core: WebAssembly.Module): Promise<void>;
  /** Create and start a machine; rejects with the monitor's one-line message if refused. */
  create(id: MachineId, spec: MachineSpec): Promise<void>;
  statuses(): MachineStatus[];
  pause(id: MachineId): Promise<void>;
  resume(id: MachineId): void;
  step(id: MachineId): Promise<void>;
  /** Step, but run a call (BL/BLR) to its return. */
  stepOver(id: MachineId): Promise<void>;
  stop(id: MachineId): Promise<void>;
  /** Stop and forget (releases its disks; a reset is remove + create). */
  remove(id: MachineId): Promise<void>;
  setBreakpoints(id: MachineId, addresses: bigint[]): bigint[];
  registers(id: MachineId): RegisterSnapshot;
  readMemory(id: MachineId, address: bigint, length: number, space: 'physical' | 'virtual'): MemoryRead;
  disassemble(id: MachineId, address: bigint, before: number, after: number): DisasmLine[];
  symbols(id: MachineId): SymbolInfo[];
  memoryMap(id: MachineId): MemoryMapInfo;
  mmu(id: MachineId): MmuInfo;
  translate(id: MachineId, va: bigint): Translation;
  pageTable(id: MachineId, tableAddr: bigint, level: number, baseVa: bigint): PageTableView;
  monitor(id: MachineId): MonitorInfo;
  /** A block device's bytes (download). */
  readDisk(id: MachineId, device: string): Uint8Array;
  memory(): HostMemory;
}
