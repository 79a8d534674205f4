// The typed host-side view of one emu-core machine (one wasm instance = one CPU + its RAM).
// Environment-neutral: works in Node and in a Web Worker given a compiled WebAssembly.Module.

import { sysregKeyByName } from '../../emu-core/isa/sysreg-names.ts';
import { Jit, type JitCoreExports } from './jit/jit.ts';

export const enum Exit {
  None = 0,
  Budget = 1,
  MmioWrite = 2,
  MmioRead = 3,
  Wfi = 4,
  Breakpoint = 5,
  Hlt = 6,
  Fatal = 7,
  /** A guest store hit a range the host protected (protectPhys); the instruction did not run. */
  WriteProtect = 8,
}

export const EXIT_NAMES = ['none', 'budget', 'mmio-write', 'mmio-read', 'wfi', 'breakpoint', 'hlt', 'fatal', 'write-protect'];

/** The raw exports of emu-core.wasm (see emu-core/README.md). u64 values cross as BigInt. */
export interface CoreExports extends JitCoreExports {
  memory: WebAssembly.Memory;
  setJitThreshold(t: number): void;
  jitBlockCount(): number;
  jitRetiredCount(): bigint;
  init(ram: bigint, mmioBase: bigint, mmioSize: bigint, det: number): void;
  reset(det: number): void;
  clearRam(): void;
  run(budget: number): number;
  regsPtr(): number;
  getPC(): bigint;
  setPC(v: bigint): void;
  getPstate(): bigint;
  setPstate(v: bigint): number;
  getSysreg(key: number): bigint;
  setSysreg(key: number, v: bigint): void;
  sysregOk(): number;
  physHostPtr(pa: bigint, commit: number): number;
  noteHostWrite(pa: bigint, len: bigint): void;
  chunkSize(): number;
  ramBytes(): bigint;
  committedRamBytes(): bigint;
  exitMmioAddr(): bigint;
  exitMmioLen(): number;
  exitMmioValue(): bigint;
  setHltExit(on: number): void;
  exitProtVA(): bigint;
  exitProtPA(): bigint;
  protectPhys(start: bigint, end: bigint): number;
  unprotectAll(): void;
  instructionsRetired(): bigint;
  tlbHitCount(): bigint;
  tlbMissCount(): bigint;
  tlbFlushCount(): bigint;
  exceptionCount(): bigint;
  decodedPageCount(): number;
  counter(): bigint;
  counterFrequency(): bigint;
  timerTicksLeft(): bigint;
  advanceIdle(ticks: bigint): void;
  walk(va: bigint, kind: number, el: number): number;
  walkPA(): bigint;
  walkFsc(): number;
  walkDevice(): number;
  walkAttr(): number;
  walkShareability(): number;
  walkLevel(): number;
  walkTracePtr(): number;
  walkTraceSteps(): number;
  decodeId(insn: number): number;
  handlerCount(): number;
  addBreakpoint(va: bigint): number;
  removeBreakpoint(va: bigint): void;
  clearBreakpoints(): void;
  skipBreakpointAt(va: bigint): void;
}

export interface CpuOptions {
  /** RAM size in bytes (a multiple of 4 KiB, at most 4 GiB). */
  ramBytes: number;
  mmioBase?: bigint;
  mmioSize?: bigint;
  /** Virtual time from instructions retired instead of the host clock. */
  deterministic?: boolean;
  /** Host clock in milliseconds (defaults to performance.now). */
  now?: () => number;
  /**
   * Block translator: translate a block after this many entries (1: on first execution);
   * 0 turns it off (the interpreter alone). Default JIT_THRESHOLD.
   */
  jitThreshold?: number;
}

/**
 * High enough that a boot (code that runs a few times) stays in the interpreter: the first
 * translation in a process costs tens of milliseconds of cold translator code, and each one
 * ~0.1 ms; hot loops reach it within microseconds.
 */
export const JIT_THRESHOLD = 4096;


export interface WalkStep {
  level: number;
  kind: 'invalid' | 'table' | 'block' | 'page';
  descAddr: bigint;
  desc: bigint;
  next: bigint;
}

export interface WalkResult {
  ok: boolean;
  pa?: bigint;
  /** Fault status code (ESR DFSC/IFSC) when !ok. */
  fsc?: number;
  device?: boolean;
  /** MAIR_EL1 attribute byte and shareability (SH[1:0]) of the result, when ok. */
  attr?: number;
  shareability?: number;
  /** Level of the leaf (ok) or of the fault (not ok). */
  level: number;
  steps: WalkStep[];
}

const U64 = (v: bigint) => BigInt.asUintN(64, v);
const NEVER = (1n << 64n) - 1n;

export class Cpu {
  readonly x: CoreExports;
  /** The block translator's host half (its counters are for tools). */
  readonly jit: Jit;
  private readonly regs: number;

  private constructor(x: CoreExports, jit: Jit) {
    this.x = x;
    this.jit = jit;
    this.regs = x.regsPtr();
  }

  static async create(module: WebAssembly.Module, opts: CpuOptions): Promise<Cpu> {
    const now = opts.now ?? (() => performance.now());
    let exportsRef: CoreExports | undefined;
    const jit = new Jit();
    const instance = await WebAssembly.instantiate(module, {
      jit: jit.imports,
      env: {
        hostNowMs: () => now(),
        abort: (_msg: number, _file: number, line: number, col: number) => {
          throw new Error(`emu-core internal error at ${line}:${col}`);
        },
      },
    });
    exportsRef = instance.exports as unknown as CoreExports;
    jit.attach(exportsRef);
    exportsRef.setJitThreshold(opts.jitThreshold ?? JIT_THRESHOLD);
    exportsRef.init(
      BigInt(opts.ramBytes),
      opts.mmioBase ?? 0x1_0000_0000n,
      opts.mmioSize ?? 0x4000_0000n,
      opts.deterministic ? 1 : 0,
    );
    return new Cpu(exportsRef, jit);
  }

  private view(): DataView {
    return new DataView(this.x.memory.buffer);
  }

  // ---- running ----
  run(budget: number): Exit {
    return this.x.run(budget >>> 0) as Exit;
  }
  reset(deterministic = false): void {
    this.x.reset(deterministic ? 1 : 0);
  }
  /** Block translator threshold (block entries before translation); 0 = interpreter only. */
  setJitThreshold(entries: number): void {
    this.x.setJitThreshold(entries >>> 0);
  }
  /** Blocks translated so far. */
  get jitBlocks(): number {
    return this.x.jitBlockCount();
  }
  /** Instructions retired inside translated blocks. */
  get jitRetired(): bigint {
    return U64(this.x.jitRetiredCount());
  }

  // ---- registers ----
  /** X0..X30; 31 reads as XZR (0). */
  getX(r: number): bigint {
    return this.view().getBigUint64(this.regs + r * 8, true);
  }
  setX(r: number, v: bigint): void {
    if (r >= 0 && r < 31) this.view().setBigUint64(this.regs + r * 8, U64(v), true);
  }
  get sp(): bigint {
    return this.view().getBigUint64(this.regs + 0x100, true);
  }
  set sp(v: bigint) {
    this.view().setBigUint64(this.regs + 0x100, U64(v), true);
  }
  get pc(): bigint {
    return U64(this.x.getPC());
  }
  set pc(v: bigint) {
    this.x.setPC(U64(v));
  }
  get pstate(): bigint {
    return U64(this.x.getPstate());
  }
  set pstate(v: bigint) {
    if (!this.x.setPstate(U64(v))) throw new Error(`unsupported PSTATE mode ${v & 0x1fn}`);
  }
  get nzcv(): number {
    return Number(this.pstate >> 28n) & 0xf;
  }
  /** Vn as 16 little-endian bytes (a copy). */
  getV(n: number): Uint8Array {
    return new Uint8Array(this.x.memory.buffer.slice(this.regs + 0x200 + n * 16, this.regs + 0x210 + n * 16));
  }
  setV(n: number, bytes: Uint8Array): void {
    new Uint8Array(this.x.memory.buffer, this.regs + 0x200 + n * 16, 16).set(bytes.subarray(0, 16));
  }
  sysreg(nameOrKey: string | number): bigint {
    const key = typeof nameOrKey === 'number' ? nameOrKey : sysregKeyByName(nameOrKey);
    return U64(this.x.getSysreg(key));
  }
  setSysreg(nameOrKey: string | number, v: bigint): void {
    const key = typeof nameOrKey === 'number' ? nameOrKey : sysregKeyByName(nameOrKey);
    this.x.setSysreg(key, U64(v));
  }

  // ---- guest physical memory (copied in pieces that never cross a 2 MiB chunk) ----
  get ramBytes(): number {
    return Number(this.x.ramBytes());
  }
  get committedBytes(): number {
    return Number(this.x.committedRamBytes());
  }
  private chunks(pa: number, len: number, commit: boolean, fn: (host: number, off: number, n: number) => void): boolean {
    const chunk = this.x.chunkSize();
    if (pa < 0 || len < 0 || pa + len > this.ramBytes) return false;
    let done = 0;
    while (done < len) {
      const a = pa + done;
      const n = Math.min(len - done, chunk - (a % chunk));
      fn(this.x.physHostPtr(BigInt(a), commit ? 1 : 0), done, n);
      done += n;
    }
    return true;
  }
  /** Copy guest RAM out; untouched RAM reads as zero. Throws if outside RAM. */
  readPhys(pa: number, len: number): Uint8Array {
    const out = new Uint8Array(len);
    const ok = this.chunks(pa, len, false, (host, off, n) => {
      if (host !== 0) out.set(new Uint8Array(this.x.memory.buffer, host, n), off);
    });
    if (!ok) throw new RangeError(`guest physical range 0x${pa.toString(16)}+${len} is outside RAM`);
    return out;
  }
  writePhys(pa: number, data: Uint8Array): void {
    // Commit first (may grow memory), then copy with a fresh buffer view per piece.
    const ok = this.chunks(pa, data.length, true, (host, off, n) => {
      if (host === 0) throw new Error('host memory exhausted');
      new Uint8Array(this.x.memory.buffer, host, n).set(data.subarray(off, off + n));
    });
    if (!ok) throw new RangeError(`guest physical range 0x${pa.toString(16)}+${data.length} is outside RAM`);
    this.x.noteHostWrite(BigInt(pa), BigInt(data.length));
  }
  readU32(pa: number): number {
    return new DataView(this.readPhys(pa, 4).buffer).getUint32(0, true);
  }
  readU64(pa: number): bigint {
    return new DataView(this.readPhys(pa, 8).buffer).getBigUint64(0, true);
  }
  writeU32(pa: number, v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    this.writePhys(pa, b);
  }
  writeU64(pa: number, v: bigint): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, U64(v), true);
    this.writePhys(pa, b);
  }

  // ---- exits ----
  get mmio(): { addr: bigint; len: number; value: bigint } {
    return { addr: U64(this.x.exitMmioAddr()), len: this.x.exitMmioLen(), value: U64(this.x.exitMmioValue()) };
  }
  /** For Exit.WriteProtect: where the refused store went. */
  get protectFault(): { va: bigint; pa: bigint } {
    return { va: U64(this.x.exitProtVA()), pa: U64(this.x.exitProtPA()) };
  }
  /** Refuse guest stores to guest-physical [start, end); at most 16 ranges. */
  protectPhys(start: number, end: number): void {
    if (!this.x.protectPhys(BigInt(start), BigInt(end))) throw new Error('too many protected ranges');
  }
  unprotectAll(): void {
    this.x.unprotectAll();
  }
  set hltExits(on: boolean) {
    this.x.setHltExit(on ? 1 : 0);
  }

  // ---- counters and time ----
  get retired(): bigint {
    return U64(this.x.instructionsRetired());
  }
  counters(): { retired: bigint; tlbHits: bigint; tlbMisses: bigint; tlbFlushes: bigint; exceptions: bigint; codePages: number } {
    return {
      retired: this.retired,
      tlbHits: U64(this.x.tlbHitCount()),
      tlbMisses: U64(this.x.tlbMissCount()),
      tlbFlushes: U64(this.x.tlbFlushCount()),
      exceptions: U64(this.x.exceptionCount()),
      codePages: this.x.decodedPageCount(),
    };
  }
  get counterFrequency(): number {
    return Number(this.x.counterFrequency());
  }
  get counter(): bigint {
    return U64(this.x.counter());
  }
  /** Ticks until the timer fires: 0 = now, undefined = no timer armed. */
  timerTicksLeft(): bigint | undefined {
    const t = U64(this.x.timerTicksLeft());
    return t === NEVER ? undefined : t;
  }
  advanceIdle(ticks: bigint): void {
    this.x.advanceIdle(U64(ticks));
  }

  // ---- MMU view ----
  translate(va: bigint, kind: 'read' | 'write' | 'exec' = 'read', el = 1): WalkResult {
    const ok = this.x.walk(U64(va), kind === 'read' ? 0 : kind === 'write' ? 1 : 2, el) !== 0;
    const steps: WalkStep[] = [];
    const v = this.view();
    const base = this.x.walkTracePtr();
    const kinds: WalkStep['kind'][] = ['invalid', 'table', 'block', 'page'];
    for (let i = 0; i < this.x.walkTraceSteps(); i++) {
      const p = base + i * 32;
      steps.push({
        level: v.getUint32(p, true),
        kind: kinds[v.getUint32(p + 4, true)] ?? 'invalid',
        descAddr: v.getBigUint64(p + 8, true),
        desc: v.getBigUint64(p + 16, true),
        next: v.getBigUint64(p + 24, true),
      });
    }
    const level = this.x.walkLevel();
    return ok
      ? { ok, pa: U64(this.x.walkPA()), device: this.x.walkDevice() !== 0, attr: this.x.walkAttr(), shareability: this.x.walkShareability(), level, steps }
      : { ok, fsc: this.x.walkFsc(), level, steps };
  }

  // ---- breakpoints ----
  addBreakpoint(va: bigint): boolean {
    return this.x.addBreakpoint(U64(va)) !== 0;
  }
  removeBreakpoint(va: bigint): void {
    this.x.removeBreakpoint(U64(va));
  }
  clearBreakpoints(): void {
    this.x.clearBreakpoints();
  }
  /** Resume from a breakpoint at the current pc without stopping on it again. */
  stepOverBreakpoint(): void {
    this.x.skipBreakpointAt(this.pc);
  }

  /** Handler id the core's generated decoder gives an instruction word (tests, tools). */
  decodeId(insn: number): number {
    return this.x.decodeId(insn >>> 0);
  }

  /** Bytes of wasm linear memory this machine uses. */
  get hostMemoryBytes(): number {
    return this.x.memory.buffer.byteLength;
  }
}
