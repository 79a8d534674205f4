// One machine in a VM host worker: the monitor's Machine plus what the playground adds
// around it -- its disks and NIC cables, the console port, breakpoints (user, entry, and
// the temporary one of "step over"), why it paused, and the counters of its status line.
//
//   create(spec) ─▶ disks opened, NIC ports wrapped, Machine.create ─▶ run()
//        state changes ─▶ onState: a breakpoint stop is classified (entry / step over /
//        user breakpoint); a step-over return hit deeper in a recursion runs on
//   console bytes ─▶ coalesced per task ─▶ console MessagePort (transferred buffers)

import { Cpu } from '../core/cpu.ts';
import { DevType } from '../monitor/abi.ts';
import { defaultMac, formatMac, parseMac } from '../monitor/attach.ts';
import type { BlockAttachSpec, NetAttachSpec } from '../monitor/attach.ts';
import { HC_NAMES } from '../monitor/abi.ts';
import { parseImage, type HvtImage } from '../monitor/image.ts';
import { planLoad } from '../monitor/loader.ts';
import { Machine, type MachineExit, type MachineState } from '../monitor/machine.ts';
import { findEntry } from '../monitor/manifest.ts';
import { NullNetPort } from '../monitor/net-port.ts';
import type { MachineSpec, MachineStatus, MemoryMapInfo, MonitorInfo, PauseCause, SymbolInfo } from './api.ts';
import { openDisk, type Disk } from './disk.ts';
import { readElfDebugInfo, SymbolTable, type SectionInfo } from './elf-symbols.ts';
import { memoryRegions, mmioRegion } from './memory-map.ts';
import { MessageNetPort } from './message-net-port.ts';

/** The core keeps at most this many breakpoints (emu-core run.ts). */
export const MAX_BREAKPOINTS = 64;
const MIB = 1 << 20;
const LAST_LINE_CHARS = 160;

const BL_MASK = 0xfc00_0000;
const BL_BITS = 0x9400_0000;
const BLR_MASK = 0xffff_fc1f;
const BLR_BITS = 0xd63f_0000;

/** True for the instructions "step over" runs to their return: BL and BLR. */
export function isCall(word: number): boolean {
  return ((word & BL_MASK) >>> 0) === BL_BITS || ((word & BLR_MASK) >>> 0) === BLR_BITS;
}

interface NicInfo {
  name: string;
  mac: Uint8Array;
  ip?: string;
  connected: boolean;
}

export class HostedMachine {
  readonly symbols: SymbolTable;
  private readonly sections: SectionInfo[];
  private readonly userBps = new Set<bigint>();
  private entryBp: bigint | undefined;
  private stepOver: { addr: bigint; sp: bigint } | undefined;
  private cause: PauseCause | undefined;
  private sample = { ms: 0, retired: 0n };
  private consoleBytes = 0;
  /** The last complete console line and the line being written (fleet tiles show one). */
  private lastLine = '';
  private partialLine = '';
  private pending: Uint8Array[] = [];
  private readonly decoder = new TextDecoder();
  private exitValue: MachineExit | undefined;

  private constructor(
    readonly id: number,
    readonly spec: MachineSpec,
    readonly image: HvtImage,
    readonly machine: Machine,
    private readonly disks: Map<string, Disk>,
    private readonly nics: NicInfo[],
  ) {
    const info = readElfDebugInfo(spec.image);
    this.sections = info.sections;
    this.symbols = new SymbolTable(info.symbols);
  }

  static async create(core: WebAssembly.Module, id: number, spec: MachineSpec): Promise<HostedMachine> {
    const image = parseImage(spec.image, spec.imageName);
    const mem = spec.memMiB * MIB;
    planLoad(image, mem); // refuse a bad placement before opening any disk
    const disks = new Map<string, Disk>();
    const nics: NicInfo[] = [];
    try {
      const blocks: Record<string, BlockAttachSpec> = {};
      for (const b of spec.blocks) {
        const disk = await openDisk(b);
        disks.set(b.name, disk);
        blocks[b.name] = { backend: disk.backend, blockSize: b.sectorSize };
      }
      const nets: Record<string, NetAttachSpec> = {};
      for (const n of spec.nets) {
        const entry = findEntry(image.manifest, n.name, DevType.NetBasic);
        const given = n.mac === undefined ? undefined : parseMac(n.mac);
        if (n.mac !== undefined && !given) throw new Error(`NIC '${n.name}': MAC address is not xx:xx:xx:xx:xx:xx: ${n.mac}`);
        const mac = given ?? defaultMac(entry?.index ?? 1, spec.deterministic);
        nets[n.name] = { port: n.port ? new MessageNetPort(n.port) : new NullNetPort(), mac };
        nics.push({ name: n.name, mac, ip: n.ip, connected: !!n.port });
      }
      // The machine reports to its host object, which needs the machine to exist first.
      const relay: { to?: HostedMachine } = {};
      const args = spec.cmdline.trim() === '' ? [] : [spec.cmdline.trim()];
      const machine = await Machine.create(core, image, {
        memBytes: mem,
        args,
        deterministic: spec.deterministic,
        blocks,
        nets,
        onConsole: (b) => relay.to?.console(b),
        onStateChange: (s) => relay.to?.onState(s),
      });
      const hosted = new HostedMachine(id, spec, image, machine, disks, nics);
      relay.to = hosted;
      hosted.start();
      return hosted;
    } catch (e) {
      for (const d of disks.values()) d.close();
      throw e;
    }
  }

  private start(): void {
    const cpu = this.machine.cpu;
    for (const a of this.spec.breakpoints ?? []) this.addUserBreakpoint(a);
    if (this.spec.pauseAtEntry) {
      this.entryBp = cpu.pc;
      cpu.addBreakpoint(cpu.pc);
    }
    void this.machine.run().then((exit) => {
      this.exitValue = exit;
      this.flushConsole();
      this.spec.console?.postMessage(null); // end of output
    });
  }

  get cpu(): Cpu {
    return this.machine.cpu;
  }

  get breakpoints(): ReadonlySet<bigint> {
    return this.userBps;
  }

  // ---- console -------------------------------------------------------------------------------

  private console(bytes: Uint8Array): void {
    this.consoleBytes += bytes.length;
    if (this.pending.length === 0) queueMicrotask(() => this.flushConsole());
    this.pending.push(bytes.slice());
    const lines = (this.partialLine + this.decoder.decode(bytes, { stream: true })).split('\n');
    this.partialLine = lines.pop()!.slice(-LAST_LINE_CHARS);
    if (lines.length) this.lastLine = lines[lines.length - 1].replace(/\r$/, '').slice(-LAST_LINE_CHARS);
  }

  private flushConsole(): void {
    if (this.pending.length === 0) return;
    const total = this.pending.reduce((n, b) => n + b.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const b of this.pending) {
      out.set(b, at);
      at += b.length;
    }
    this.pending = [];
    this.spec.console?.postMessage(out, [out.buffer]);
  }

  // ---- control -------------------------------------------------------------------------------

  private onState(s: MachineState): void {
    if (s !== 'paused' || !this.machine.atBreakpoint) return;
    const cpu = this.machine.cpu;
    const pc = cpu.pc;
    if (this.entryBp !== undefined && pc === this.entryBp) {
      if (!this.userBps.has(pc)) cpu.removeBreakpoint(pc);
      this.entryBp = undefined;
      this.cause = 'entry';
      return;
    }
    if (this.stepOver && pc === this.stepOver.addr) {
      // The same return address reached by a deeper call (recursion): not our return yet.
      if (cpu.sp < this.stepOver.sp && !this.userBps.has(pc)) {
        queueMicrotask(() => this.machine.resume());
        return;
      }
      this.endStepOver();
      this.cause = 'step';
      return;
    }
    this.endStepOver();
    this.cause = 'breakpoint';
  }

  private endStepOver(): void {
    if (!this.stepOver) return;
    if (!this.userBps.has(this.stepOver.addr)) this.machine.cpu.removeBreakpoint(this.stepOver.addr);
    this.stepOver = undefined;
  }

  async pause(): Promise<void> {
    if (this.machine.state === 'paused' || this.machine.state === 'exited') return;
    this.cause = 'user';
    await this.machine.pause();
  }

  resume(): void {
    this.cause = undefined;
    this.machine.resume();
  }

  async step(): Promise<void> {
    if (this.machine.state !== 'paused') return;
    this.endStepOver();
    this.cause = 'step';
    await this.machine.step();
  }

  /** Step; a BL/BLR runs until it returns to the next instruction (same or shallower stack). */
  async stepOverCall(): Promise<void> {
    if (this.machine.state !== 'paused') return;
    const cpu = this.machine.cpu;
    const t = cpu.translate(cpu.pc, 'exec', 1);
    const word = t.ok && t.pa !== undefined && t.pa + 4n <= BigInt(cpu.ramBytes) ? cpu.readU32(Number(t.pa)) : undefined;
    const ret = cpu.pc + 4n;
    if (word === undefined || !isCall(word) || !cpu.addBreakpoint(ret)) return this.step();
    this.stepOver = { addr: ret, sp: cpu.sp };
    this.cause = undefined;
    this.machine.resume();
  }

  async stop(): Promise<void> {
    this.machine.resume();
    await this.machine.stop();
  }

  /** Close the disks (after stop). */
  release(): void {
    for (const d of this.disks.values()) d.close();
    this.spec.console?.close();
  }

  private addUserBreakpoint(a: bigint): boolean {
    if (!this.machine.cpu.addBreakpoint(a)) return false;
    this.userBps.add(a);
    return true;
  }

  /** Replace the user's breakpoints; returns the ones the core accepted. */
  setBreakpoints(addresses: bigint[]): bigint[] {
    const cpu = this.machine.cpu;
    const keep = new Set([this.entryBp, this.stepOver?.addr].filter((a): a is bigint => a !== undefined));
    for (const a of this.userBps) if (!keep.has(a)) cpu.removeBreakpoint(a);
    this.userBps.clear();
    for (const a of addresses.slice(0, MAX_BREAKPOINTS)) this.addUserBreakpoint(BigInt.asUintN(64, a));
    return [...this.userBps];
  }

  // ---- views -----------------------------------------------------------------------------------

  status(nowMs: number): MachineStatus {
    const m = this.machine;
    const cpu = m.cpu;
    const retired = cpu.retired;
    const dt = nowMs - this.sample.ms;
    const mips = dt > 0 && this.sample.ms > 0 && m.state !== 'paused' ? Number(retired - this.sample.retired) / dt / 1000 : 0;
    this.sample = { ms: nowMs, retired };
    const exit = this.exitValue;
    return {
      id: this.id,
      state: m.state,
      pauseCause: m.state === 'paused' ? (this.cause ?? 'user') : undefined,
      pc: cpu.pc,
      instructions: Number(retired),
      mips,
      firstOutputMs: m.bootStats.firstOutput?.ms,
      consoleBytes: this.consoleBytes,
      exit: exit && { reason: exit.reason, status: exit.status, message: exit.message, elapsedMs: exit.elapsedMs },
      committedBytes: cpu.committedBytes,
      wasmBytes: cpu.hostMemoryBytes,
      lastLine: this.partialLine.trim() ? this.partialLine : this.lastLine,
    };
  }

  symbolList(): SymbolInfo[] {
    return [...this.symbols.all];
  }

  memoryMap(): MemoryMapInfo {
    const mem = this.spec.memMiB * MIB;
    const cpu = this.machine.cpu;
    return {
      memBytes: mem,
      regions: memoryRegions({
        memBytes: mem,
        plan: planLoad(this.image, mem),
        sections: this.sections,
        manifestBytes: this.image.manifest.raw.length,
        cmdlineBytes: new TextEncoder().encode(this.spec.cmdline.trim()).length,
        sp: cpu.sysreg('SP_EL1'),
      }),
      mmio: mmioRegion(),
      sp: cpu.sp,
      committedBytes: cpu.committedBytes,
    };
  }

  monitorInfo(): MonitorInfo {
    const m = this.machine;
    const drops = new Map(m.netDrops().map((d) => [d.name, d.dropped]));
    const present = new Set(m.hypercalls.map((h) => h.nr));
    return {
      memBytes: this.spec.memMiB * MIB,
      cmdline: this.spec.cmdline,
      imageName: this.spec.imageName,
      imageBytes: this.spec.image.length,
      entry: this.image.elf.entry,
      deterministic: this.spec.deterministic,
      modules: [...m.modules],
      hypercalls: m.hypercallCounters(),
      absent: Object.entries(HC_NAMES)
        .map(([nr, name]) => ({ nr: Number(nr), name }))
        .filter((h) => !present.has(h.nr)),
      devices: [
        ...this.spec.blocks.map((b) => ({
          kind: 'block' as const,
          name: b.name,
          capacity: this.disks.get(b.name)?.backend.capacity ?? b.size,
          sectorSize: b.sectorSize ?? 512,
          storage: this.disks.get(b.name)?.storage,
        })),
        ...this.nics.map((n) => ({
          kind: 'net' as const,
          name: n.name,
          mac: formatMac(n.mac),
          ip: n.ip,
          mtu: 1500,
          rxDropped: drops.get(n.name) ?? 0,
          connected: n.connected,
        })),
      ],
    };
  }

  disk(name: string): Disk {
    const d = this.disks.get(name);
    if (!d) throw new Error(`no block device named '${name}'`);
    return d;
  }
}
