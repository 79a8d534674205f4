// The public shapes of a machine: its options, states, exit report and counters (what a UI,
// a worker or the CLI sees of it).

import type { BlockAttachSpec, NetAttachSpec } from './attach.ts';

export interface MachineOptions {
  /** RAM in bytes: a multiple of 2 MiB from 2 MiB to 4 GiB (see adjustMemSize). */
  memBytes: number;
  /** The guest's arguments (joined into its command line). */
  args?: readonly string[];
  /** Virtual time from instructions retired, fixed MACs and wall clock: replayable runs. */
  deterministic?: boolean;
  /**
   * Deterministic mode with a NIC: how far (ms) virtual time may skip ahead of host time while
   * the guest idles before idle waits sleep in host time, so an idle server does not spin
   * (default 60 000). Infinity: always skip (runs bounded by maxInstructions, e.g. fuzzing).
   */
  maxIdleLeadMs?: number;
  blocks?: Readonly<Record<string, BlockAttachSpec>>;
  nets?: Readonly<Record<string, NetAttachSpec>>;
  /** Guest console bytes, as the guest writes them. */
  onConsole?: (bytes: Uint8Array) => void;
  /** Every completed hypercall (enables the per-call detail; costs a little). */
  onHypercall?: (ev: HypercallEvent) => void;
  onStateChange?: (state: MachineState) => void;
  /** Stop after this many instructions (reason 'instruction-limit'). */
  maxInstructions?: number | bigint;
  /** Stop after this much host time (reason 'timeout'). */
  timeoutMs?: number;
  /** Deterministic mode: the guest's wall clock at counter 0 (ns since the epoch). */
  wallClockStartNs?: bigint;
  /** Host monotonic clock in ms (default performance.now). */
  now?: () => number;
}

export type MachineState = 'created' | 'running' | 'waiting' | 'paused' | 'exited';

export type ExitReason = 'halt' | 'fatal' | 'instruction-limit' | 'timeout' | 'stopped' | 'internal';

export interface CpuSnapshot {
  pc: bigint;
  sp: bigint;
  pstate: bigint;
  x: bigint[];
  sysregs: Record<string, bigint>;
}

export interface MachineExit {
  reason: ExitReason;
  /** The guest's exit_status for 'halt' (an i32 as the guest gave it), else 1. */
  status: number;
  /** One line for everything but a halt (the reference tender's words where it has some). */
  message?: string;
  /** The 512 bytes a halting guest pointed its cookie at. */
  cookie?: Uint8Array;
  cpu: CpuSnapshot;
  consoleTail: string[];
  instructions: bigint;
  elapsedMs: number;
}

export interface HypercallEvent {
  nr: number;
  name: string;
  arg: bigint;
  detail: string;
  instructions: bigint;
}

export interface HypercallInfo {
  nr: number;
  name: string;
  module: string;
}

export interface HypercallCounter extends HypercallInfo {
  calls: number;
  bytes: number;
}

/** The figures `npm run bench` reports for a boot. */
export interface BootStats {
  firstOutput?: { instructions: bigint; ms: number };
  exit?: { instructions: bigint; ms: number };
}
