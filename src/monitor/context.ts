// What a hypercall module may use: the machine as seen from one hypercall. Modules get no
// Cpu and no wasm memory, only the checked guest-memory door, their devices and a few
// services of the machine.

import type { BlockDevice, NetDevice } from './devices.ts';
import type { GuestMemory } from './memory.ts';

export interface HvtContext {
  readonly mem: GuestMemory;
  /** Attached devices by manifest handle (only those of the module's own kind matter). */
  readonly blocks: ReadonlyMap<number, BlockDevice>;
  readonly nets: ReadonlyMap<number, NetDevice>;
  /** Guest console output. */
  console(bytes: Uint8Array): void;
  /** Wall-clock time for the guest, in ns since the Unix epoch. */
  walltimeNs(): bigint;
  /** Bit i set: manifest entry i has input waiting. */
  readySet(): bigint;
  /**
   * Let up to `timeoutNs` of guest time pass, ending early when input arrives. Returns a
   * promise when the machine really waits (it then costs no host CPU); nothing when the wait
   * was instant (deterministic mode skips ahead in virtual time).
   */
  idle(timeoutNs: bigint): void | Promise<void>;
  /** Stop the machine with the guest's exit status (and its halt cookie, if any). */
  halt(status: number, cookie?: Uint8Array): void;
  /** Count payload bytes moved by the current hypercall (for the statistics). */
  addBytes(n: number): void;
  /** Set only while hypercalls are traced: describe the current call. */
  readonly trace?: (detail: string) => void;
}

export type HypercallHandler = (vm: HvtContext, arg: bigint) => void | Promise<void>;
