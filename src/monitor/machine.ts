// One hvt machine: a core instance (its own wasm instance and RAM) with a guest loaded, the
// hypercall modules its manifest needs, its devices, and the asynchronous run loop.
//
//   run loop                                        host event loop
//   ┌───────────────────────────────────────┐
//   │ cpu.run(slice) ── budget ───────────────── yield every ~8 ms ──> timers, input, pause
//   │      ├── MMIO store ─> hypercall ─ poll ──── idle: sleep until deadline or input
//   │      ├── WFI ───────────────────────────── idle: sleep until the timer is due
//   │      └── anything fatal ─> stop with a report
//   └───────────────────────────────────────┘
//
// A slice is sized to take ~10 ms, so a busy guest stays pausable well within 50 ms; waits
// are timers, never spinning, so an idle machine costs no CPU. In deterministic mode the core
// counts time in instructions and waits skip ahead in virtual time instead of sleeping.

import { Cpu, Exit } from '../core/cpu.ts';
import {
  Hc, BOOT_INFO_BASE, HC_MAX, HC_NAMES, HC_WINDOW_END, MEM_MAX_BYTES, MEM_MIN_BYTES, BLOCK_2M, MMIO_BASE, MMIO_SIZE,
  ETH_HEADER,
} from './abi.ts';
import { attachDevices } from './attach.ts';
import { GuestClock } from './clock.ts';
import type { HvtContext } from './context.ts';
import { setInitialCpuState } from './cpu-state.ts';
import type { BlockDevice, NetDevice } from './devices.ts';
import { NET_RX_QUEUE_MAX } from './devices.ts';
import { GuestFatal, LoadError, hex } from './errors.ts';
import type { HvtImage } from './image.ts';
import { buildLowMemory, buildPageTables, encodeCmdline } from './layout.ts';
import { planLoad, segmentWrites } from './loader.ts';
import { encodeAttachedManifest } from './manifest.ts';
import { GuestMemory } from './memory.ts';
import { HypercallSlot, hypercallTable, modulesFor } from './modules/index.ts';
import { ConsoleTail } from './console-tail.ts';
import { sleep, yieldToEventLoop } from './scheduler.ts';
import type {
  BootStats, CpuSnapshot, ExitReason, HypercallCounter, HypercallEvent, HypercallInfo, MachineExit, MachineOptions,
  MachineState,
} from './machine-types.ts';

export type * from './machine-types.ts';

/** A slice should take about this long; the loop yields at least this often. */
const SLICE_TARGET_MS = 10;
const YIELD_EVERY_MS = 8;
const SLICE_MIN = 10_000;
const SLICE_MAX = 50_000_000;
const SLICE_START = 200_000;
/** setTimeout's limit is 2^31-1 ms; longer waits sleep in pieces. */
const MAX_SLEEP_MS = 1 << 30;
/** Deterministic idle skips at most this many ticks at once (the counter must never wrap). */
const MAX_IDLE_SKIP = 1n << 48n;
/**
 * How far ahead of host time a deterministic machine with a NIC may skip while idle. Frames can
 * arrive from outside, so an idle server must wait for them: skipping ahead forever would spin
 * it at full CPU. Up to this lead, waits are instant (short test runs stay fast); beyond it the
 * machine sleeps in host time, waking on input. Virtual time is the same either way.
 */
const DEFAULT_MAX_IDLE_LEAD_MS = 60_000;
/**
 * Deterministic mode: after the guest sends a frame, its idle waits first wait this long in
 * host time for an answer. An answer that comes meanwhile finds the guest at the same virtual
 * time however slow the host was (the wait is not counted in virtual time), so the guest's TCP
 * never sees a host that seems to take minutes to answer (it would time out and reset the
 * connection). Without an answer by then the wait skips ahead as usual.
 */
const REPLY_WAIT_MS = 1000;
/** A storm must last this much budget (over consecutive slices) before the guest is stopped. */
const STORM_MIN_BUDGET = 10_000;

const SNAPSHOT_SYSREGS = ['ESR_EL1', 'FAR_EL1', 'ELR_EL1', 'SPSR_EL1', 'VBAR_EL1', 'SCTLR_EL1', 'TTBR0_EL1', 'TPIDR_EL0'];

export class Machine {
  readonly cpu: Cpu;
  readonly memSize: number;
  readonly deterministic: boolean;
  /** Names of the modules this machine contains. */
  readonly modules: readonly string[];
  /** The hypercalls this machine answers: the guest's attack surface. */
  readonly hypercalls: readonly HypercallInfo[];
  readonly bootStats: BootStats = {};

  private readonly table: Array<HypercallSlot | undefined>;
  private readonly counters: HypercallCounter[];
  private readonly ctx: HvtContext;
  private readonly clock: GuestClock;
  private readonly hostNow: () => number;
  private readonly blocks: Map<number, BlockDevice>;
  private readonly nets: Map<number, NetDevice>;
  private readonly tail = new ConsoleTail();
  private readonly limit: bigint | undefined;

  private stateValue: MachineState = 'created';
  private runPromise: Promise<MachineExit> | undefined;
  private exitInfo: MachineExit | undefined;
  private halted: { status: number; cookie?: Uint8Array } | undefined;
  private slice = SLICE_START;
  private stormBudget = 0;
  private startMs = 0;
  /** Deterministic mode: host time until which idle waits expect an answer to a sent frame. */
  private replyWaitUntil = 0;
  private currentNr = 0;
  private traceDetail = '';

  private stopRequested = false;
  private timedOut = false;
  private pauseRequested = false;
  private wakeUp: (() => void) | undefined;
  private resumeSignal: (() => void) | undefined;
  private pauseWaiters: Array<() => void> = [];
  private breakpointHit = false;
  /** A step asked of the paused machine: run one instruction, then park again. */
  private stepPending = false;

  private constructor(
    cpu: Cpu,
    memSize: number,
    private readonly opts: MachineOptions,
    clock: GuestClock,
    hostNow: () => number,
    devices: { blocks: Map<number, BlockDevice>; nets: Map<number, NetDevice> },
    table: Array<HypercallSlot | undefined>,
    modules: string[],
  ) {
    this.cpu = cpu;
    this.memSize = memSize;
    this.deterministic = !!opts.deterministic;
    this.clock = clock;
    this.hostNow = hostNow;
    this.blocks = devices.blocks;
    this.nets = devices.nets;
    this.table = table;
    this.modules = modules;
    this.hypercalls = table.filter((s): s is HypercallSlot => !!s).map((s) => ({ nr: s.nr, name: HC_NAMES[s.nr], module: s.module }));
    this.counters = this.hypercalls.map((h) => ({ ...h, calls: 0, bytes: 0 }));
    this.limit = opts.maxInstructions === undefined ? undefined : BigInt(opts.maxInstructions);
    this.ctx = this.makeContext();
    for (const dev of this.nets.values()) dev.port.onFrame = (frame) => this.receive(dev, frame);
  }

  /**
   * Build a machine for `image`: check and place it, attach the devices, lay out memory and
   * the CPU. Throws a LoadError (one line per problem) if anything is refused.
   */
  static async create(core: WebAssembly.Module, image: HvtImage, opts: MachineOptions): Promise<Machine> {
    const memSize = opts.memBytes;
    if (!Number.isInteger(memSize) || memSize % BLOCK_2M !== 0 || memSize < MEM_MIN_BYTES || memSize > MEM_MAX_BYTES) {
      throw new LoadError(`guest memory size must be a multiple of 2 MiB from 2 MiB to 4 GiB: ${memSize}`);
    }
    const deterministic = !!opts.deterministic;
    const plan = planLoad(image, memSize);
    const devices = attachDevices(image.manifest, opts.blocks ?? {}, opts.nets ?? {}, deterministic);
    const cmdline = encodeCmdline(opts.args ?? []);
    const modules = modulesFor(image.manifest);
    const table = hypercallTable(modules);

    const hostNow = opts.now ?? (() => performance.now());
    const clock = new GuestClock(deterministic, hostNow, opts.wallClockStartNs);
    const cpu = await Cpu.create(core, {
      ramBytes: memSize,
      mmioBase: BigInt(MMIO_BASE),
      mmioSize: BigInt(MMIO_SIZE),
      deterministic,
      now: clock.now,
    });
    cpu.writePhys(0, buildPageTables(memSize));
    for (const w of segmentWrites(image, plan)) cpu.writePhys(w.gpa, w.data);
    const low = buildLowMemory({
      memSize,
      kernelEnd: plan.kernelEnd,
      cpuCycleFreq: cpu.counterFrequency,
      manifest: encodeAttachedManifest(image.manifest, devices.attachments),
      cmdline,
    });
    cpu.writePhys(BOOT_INFO_BASE, low.bytes);
    for (const [start, end] of plan.readOnly) cpu.protectPhys(start, end);
    setInitialCpuState(cpu, plan.entry, memSize);
    return new Machine(cpu, memSize, opts, clock, hostNow, devices, table, modules.map((m) => m.name));
  }

  get state(): MachineState {
    return this.stateValue;
  }
  get exit(): MachineExit | undefined {
    return this.exitInfo;
  }
  /** Paused because the guest reached a breakpoint (cpu.addBreakpoint); resume() steps over it. */
  get atBreakpoint(): boolean {
    return this.breakpointHit;
  }

  /** Per-hypercall counters (calls, payload bytes). */
  hypercallCounters(): HypercallCounter[] {
    return this.counters.map((c) => ({ ...c }));
  }
  /** Frames dropped per NIC (queue full, oversized, or too big for the guest's buffer). */
  netDrops(): Array<{ name: string; dropped: number }> {
    return [...this.nets.values()].map((d) => ({ name: d.name, dropped: d.rxDropped }));
  }

  /** Start (or join) the run; resolves when the machine has exited. Never rejects. */
  run(): Promise<MachineExit> {
    this.runPromise ??= this.loop();
    return this.runPromise;
  }

  /** Resolves once the machine is paused between slices (or has exited, or was resumed first). */
  pause(): Promise<void> {
    if (this.stateValue === 'exited') return Promise.resolve();
    if (this.stateValue === 'paused') return Promise.resolve();
    this.pauseRequested = true;
    this.stepPending = false;
    this.wakeUp?.();
    return new Promise((resolve) => this.pauseWaiters.push(resolve));
  }

  /** Let a paused machine run on (also cancels a pause that has not happened yet). */
  resume(): void {
    this.pauseRequested = false;
    this.resumeSignal?.();
    for (const w of this.pauseWaiters.splice(0)) w();
  }

  /**
   * Run one instruction of a paused machine and pause again (a hypercall it makes is served;
   * one that blocks leaves the machine paused inside the wait; a step asked while paused
   * inside a wait runs once the wait is over). A breakpoint at pc does not stop the step.
   * Resolves once paused again or exited; a machine that is not paused is left alone.
   */
  step(): Promise<void> {
    if (this.stateValue !== 'paused') return Promise.resolve();
    this.stepPending = true;
    this.cpu.stepOverBreakpoint();
    const parked = new Promise<void>((resolve) => this.pauseWaiters.push(resolve));
    this.resumeSignal?.();
    return parked;
  }

  /** Stop the machine (reason 'stopped' unless it already exited). */
  stop(): Promise<MachineExit> {
    this.stopRequested = true;
    this.wakeUp?.();
    this.resumeSignal?.();
    return this.run();
  }

  // ---- the loop ------------------------------------------------------------------------------

  private async loop(): Promise<MachineExit> {
    this.startMs = this.hostNow();
    const timer =
      this.opts.timeoutMs !== undefined
        ? setTimeout(() => {
            this.timedOut = true;
            this.wakeUp?.();
            this.resumeSignal?.();
          }, this.opts.timeoutMs)
        : undefined;
    this.setState('running');
    let lastYield = this.hostNow();
    try {
      while (!this.halted) {
        if (this.stopRequested) return await this.finish('stopped', 'stopped by the host');
        if (this.timedOut) return await this.finish('timeout', `wall-clock timeout (${this.opts.timeoutMs} ms) reached`);
        if (this.pauseRequested && !this.stepPending) {
          await this.park();
          continue;
        }
        let budget = this.stepPending ? 1 : this.slice;
        this.stepPending = false;
        if (this.limit !== undefined) {
          const left = this.limit - this.cpu.retired;
          if (left <= 0n) return await this.finish('instruction-limit', `instruction limit (${this.limit}) reached`);
          if (left < BigInt(budget)) budget = Number(left);
        }
        const retired0 = this.cpu.retired;
        const exceptions0 = this.cpu.counters().exceptions;
        const t0 = this.hostNow();
        const exit = this.cpu.run(budget);
        const t1 = this.hostNow();
        if (exit === Exit.Budget) {
          if (budget === this.slice) this.adaptSlice(t1 - t0);
          this.checkExceptionStorm(budget, this.cpu.retired - retired0, this.cpu.counters().exceptions - exceptions0);
        }
        const pending = this.onExit(exit);
        if (pending) await pending;
        if (this.hostNow() - lastYield >= YIELD_EVERY_MS) {
          await yieldToEventLoop();
          lastYield = this.hostNow();
        }
      }
      return await this.finish('halt');
    } catch (e) {
      if (e instanceof GuestFatal) return await this.finish('fatal', e.message);
      return await this.finish('internal', `internal error: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  }

  /**
   * A guest that takes an exception on every instruction for whole slices (its vectors are
   * unmapped, or fault themselves) can never make progress: stop it with a report instead of
   * spinning until a limit.
   */
  private checkExceptionStorm(budget: number, retired: bigint, exceptions: bigint): void {
    if (exceptions === 0n || exceptions < retired) {
      this.stormBudget = 0;
      return;
    }
    this.stormBudget += budget;
    if (this.stormBudget < STORM_MIN_BUDGET) return;
    const r = (name: string) => hex(this.cpu.sysreg(name));
    throw new GuestFatal(
      `Guest is stuck taking an exception on every instruction: pc=${hex(this.cpu.pc)} ` +
        `ESR_EL1=${r('ESR_EL1')} FAR_EL1=${r('FAR_EL1')} ELR_EL1=${r('ELR_EL1')} VBAR_EL1=${r('VBAR_EL1')}`,
    );
  }

  private adaptSlice(ms: number): void {
    if (ms < SLICE_TARGET_MS / 2 && this.slice < SLICE_MAX) this.slice = Math.min(SLICE_MAX, this.slice * 2);
    else if (ms > SLICE_TARGET_MS * 2 && this.slice > SLICE_MIN) this.slice = Math.max(SLICE_MIN, this.slice >>> 1);
  }

  private onExit(exit: Exit): void | Promise<void> {
    switch (exit) {
      case Exit.Budget:
        return;
      case Exit.MmioWrite:
        return this.hypercall();
      case Exit.MmioRead: {
        const { addr, len } = this.cpu.mmio;
        throw new GuestFatal(`Invalid guest mmio access: mmio=${hex(addr)} len=${len}`);
      }
      case Exit.Wfi:
        return this.waitForInterrupt();
      case Exit.WriteProtect:
        throw new GuestFatal(`KVM: host/guest translation fault: pc=${hex(this.cpu.pc)}`);
      case Exit.Breakpoint:
        this.breakpointHit = true;
        this.pauseRequested = true;
        return;
      case Exit.Fatal:
        throw new GuestFatal('guest RAM could not be allocated: host memory exhausted');
      default:
        throw new Error(`unexpected core exit ${exit}`);
    }
  }

  private hypercall(): void | Promise<void> {
    const { addr, len, value } = this.cpu.mmio;
    if (len !== 4) throw new GuestFatal(`Invalid guest mmio access: mmio=${hex(addr)} len=${len}`);
    if (addr < BigInt(MMIO_BASE) || addr >= BigInt(HC_WINDOW_END)) throw new GuestFatal(`Invalid guest mmio access: mmio=${hex(addr)}`);
    const nr = Number((addr - BigInt(MMIO_BASE)) >> 3n);
    const slot = nr < HC_MAX ? this.table[nr] : undefined;
    if (!slot) throw new GuestFatal(`Invalid guest hypercall: num=${nr}`);
    const arg = value & 0xffff_ffffn;
    this.currentNr = nr;
    this.counter(nr).calls++;
    this.traceDetail = '';
    const done = slot.handler(this.ctx, arg);
    if (nr === Hc.NetWrite && this.deterministic) this.replyWaitUntil = this.hostNow() + REPLY_WAIT_MS;
    if (!this.opts.onHypercall) return done;
    if (!done) return this.traced(nr, arg);
    return done.then(() => this.traced(nr, arg));
  }

  private traced(nr: number, arg: bigint): void {
    this.opts.onHypercall?.({ nr, name: HC_NAMES[nr], arg, detail: this.traceDetail, instructions: this.cpu.retired });
  }

  private counter(nr: number): HypercallCounter {
    return this.counters.find((c) => c.nr === nr)!;
  }

  private waitForInterrupt(): void | Promise<void> {
    const ticks = this.cpu.timerTicksLeft();
    if (ticks === undefined) {
      throw new GuestFatal(`Guest waits for an interrupt that cannot come (WFI with no timer armed): pc=${hex(this.cpu.pc - 4n)}`);
    }
    if (ticks === 0n) return;
    if (this.deterministic) {
      this.cpu.advanceIdle(ticks);
      return this.paceIdle(false);
    }
    return this.idleUntil(this.clock.now() + (Number(ticks) * 1000) / this.cpu.counterFrequency, false);
  }

  private idle(timeoutNs: bigint): void | Promise<void> {
    const freq = BigInt(this.cpu.counterFrequency);
    if (this.deterministic) {
      let ticks = (timeoutNs * freq + 999_999_999n) / 1_000_000_000n;
      if (ticks > MAX_IDLE_SKIP) ticks = MAX_IDLE_SKIP;
      if (this.replyWaitUntil > this.hostNow()) return this.awaitReply(ticks);
      this.cpu.advanceIdle(ticks);
      return this.paceIdle(true);
    }
    return this.idleUntil(this.clock.now() + Number(timeoutNs) / 1e6, true);
  }

  /** Deterministic mode, a frame just sent: wait for input in host time (see REPLY_WAIT_MS), then skip if none came. */
  private async awaitReply(ticks: bigint): Promise<void> {
    await this.idleUntil(this.replyWaitUntil, true, this.hostNow);
    if (this.readySet() !== 0n) return;
    this.replyWaitUntil = 0;
    this.cpu.advanceIdle(ticks);
    await this.paceIdle(true);
  }

  /** Deterministic mode, after a skip: sleep while virtual time leads host time too far (see DEFAULT_MAX_IDLE_LEAD_MS). */
  private paceIdle(wakeOnInput: boolean): void | Promise<void> {
    if (this.nets.size === 0) return;
    const virtualMs = Number((this.cpu.counter * 1000n) / BigInt(this.cpu.counterFrequency));
    const lead = virtualMs - (this.hostNow() - this.startMs);
    const maxLead = this.opts.maxIdleLeadMs ?? DEFAULT_MAX_IDLE_LEAD_MS;
    if (lead <= maxLead) return;
    return this.idleUntil(this.hostNow() + lead - maxLead, wakeOnInput, this.hostNow);
  }

  /**
   * Sleep (no CPU) until guest time reaches `deadline` ms, input arrives, or the host intervenes.
   * `now` is the clock of `deadline`: guest time by default, host time for deterministic pacing.
   */
  private async idleUntil(deadline: number, wakeOnInput: boolean, now = () => this.clock.now()): Promise<void> {
    this.setState('waiting');
    while (!this.stopRequested && !this.timedOut) {
      if (wakeOnInput && this.readySet() !== 0n) break;
      // A step asked while parked in here runs once the wait is over.
      if (this.pauseRequested && !this.stepPending) {
        await this.park();
        this.setState('waiting');
        continue;
      }
      const left = deadline - now();
      if (left <= 0) break;
      await sleep(Math.min(left, MAX_SLEEP_MS), (wake) => (this.wakeUp = wake));
      this.wakeUp = undefined;
    }
    this.setState('running');
  }

  private async park(): Promise<void> {
    this.clock.pause();
    this.setState('paused');
    for (const w of this.pauseWaiters.splice(0)) w();
    while (this.pauseRequested && !this.stepPending && !this.stopRequested && !this.timedOut) {
      await new Promise<void>((resolve) => (this.resumeSignal = resolve));
      this.resumeSignal = undefined;
    }
    this.clock.resume();
    if (this.breakpointHit) {
      this.cpu.stepOverBreakpoint();
      this.breakpointHit = false;
    }
    this.setState('running');
  }

  private setState(s: MachineState): void {
    if (this.stateValue === s || this.stateValue === 'exited') return;
    this.stateValue = s;
    this.opts.onStateChange?.(s);
  }

  // ---- devices and services ------------------------------------------------------------------

  private makeContext(): HvtContext {
    const mem = new GuestMemory(this.cpu, this.memSize);
    const ctx: HvtContext = {
      mem,
      blocks: this.blocks,
      nets: this.nets,
      console: (bytes) => this.consoleOut(bytes),
      walltimeNs: () => this.clock.walltimeNs(this.cpu.counter, this.cpu.counterFrequency),
      readySet: () => this.readySet(),
      idle: (ns) => this.idle(ns),
      halt: (status, cookie) => {
        this.halted = { status, cookie };
      },
      addBytes: (n) => {
        this.counter(this.currentNr).bytes += n;
      },
      trace: this.opts.onHypercall
        ? (detail) => {
            this.traceDetail = detail;
          }
        : undefined,
    };
    return ctx;
  }

  private consoleOut(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.bootStats.firstOutput ??= { instructions: this.cpu.retired, ms: this.hostNow() - this.startMs };
    this.tail.push(bytes);
    this.opts.onConsole?.(bytes);
  }

  private readySet(): bigint {
    let set = 0n;
    for (const dev of this.nets.values()) if (dev.rx.length) set |= 1n << BigInt(dev.handle);
    return set;
  }

  private receive(dev: NetDevice, frame: Uint8Array): void {
    if (this.exitInfo || dev.rx.length >= NET_RX_QUEUE_MAX || frame.length > dev.mtu + ETH_HEADER) {
      dev.rxDropped++;
      return;
    }
    dev.rx.push(frame.slice());
    this.wakeUp?.();
  }

  // ---- the end ---------------------------------------------------------------------------------

  private async finish(reason: ExitReason, message?: string): Promise<MachineExit> {
    const elapsedMs = this.hostNow() - this.startMs;
    const instructions = this.cpu.retired;
    const halted = reason === 'halt' ? this.halted : undefined;
    const exit: MachineExit = {
      reason,
      status: halted ? halted.status : 1,
      message,
      cookie: halted?.cookie,
      cpu: this.snapshot(),
      consoleTail: this.tail.lines(),
      instructions,
      elapsedMs,
    };
    this.exitInfo = exit;
    this.bootStats.exit = { instructions, ms: elapsedMs };
    for (const dev of this.nets.values()) {
      dev.port.onFrame = null;
      dev.port.close?.();
    }
    for (const dev of this.blocks.values()) {
      try {
        await dev.backend.flush();
      } catch (e) {
        exit.message = (exit.message ? exit.message + '; ' : '') + `block device '${dev.name}' flush failed: ${e instanceof Error ? e.message : e}`;
      }
    }
    this.setState('exited');
    for (const w of this.pauseWaiters.splice(0)) w();
    return exit;
  }

  /** Registers and the exception syndrome registers, for reports and the UI. */
  snapshot(): CpuSnapshot {
    const sysregs: Record<string, bigint> = {};
    for (const name of SNAPSHOT_SYSREGS) sysregs[name] = this.cpu.sysreg(name);
    return {
      pc: this.cpu.pc,
      sp: this.cpu.sp,
      pstate: this.cpu.pstate,
      x: Array.from({ length: 31 }, (_, r) => this.cpu.getX(r)),
      sysregs,
    };
  }
}
