// The monitor's only door into guest RAM for hypercalls. Every guest pointer and length goes
// through `checkedGpa` first; the helpers below take the number it returns, so a handler
// cannot touch guest memory with an unchecked address by construction.

import type { Cpu } from '../core/cpu.ts';
import { GuestFatal, hex } from './errors.ts';

/** A guest-physical address proven (with its length) to lie inside guest RAM. */
export type CheckedGpa = number & { readonly __checked: unique symbol };

/** Largest piece copied between guest RAM and the host at once (bounds host memory use). */
export const COPY_PIECE = 1 << 20;

export class GuestMemory {
  constructor(
    private readonly cpu: Cpu,
    readonly size: number,
  ) {}

  /**
   * [addr, addr+len) lies inside guest RAM, or the guest is stopped with the reference
   * tender's message. BigInt arithmetic cannot wrap, and addr is compared before the sum.
   */
  checkedGpa(addr: bigint, len: bigint): CheckedGpa {
    const size = BigInt(this.size);
    if (addr < 0n || len < 0n || addr >= size || len > size - addr) {
      throw new GuestFatal(`Invalid guest access: gpa=${hex(addr)}, sz=${len}`);
    }
    return Number(addr) as CheckedGpa;
  }

  u64(at: CheckedGpa, off: number): bigint {
    return this.cpu.readU64(at + off);
  }
  setU64(at: CheckedGpa, off: number, v: bigint): void {
    this.cpu.writeU64(at + off, v);
  }
  setI32(at: CheckedGpa, off: number, v: number): void {
    this.cpu.writeU32(at + off, v >>> 0);
  }
  i32(at: CheckedGpa, off: number): number {
    return this.cpu.readU32(at + off) | 0;
  }

  /** Copy `len` bytes out (len must have been checked with `at`). */
  read(at: CheckedGpa, len: number): Uint8Array {
    return this.cpu.readPhys(at, len);
  }
  write(at: CheckedGpa, data: Uint8Array): void {
    this.cpu.writePhys(at, data);
  }
  /** Visit a checked range in pieces of at most COPY_PIECE bytes (copies of guest RAM). */
  *pieces(at: CheckedGpa, len: number): Generator<{ offset: number; bytes: Uint8Array }> {
    for (let done = 0; done < len; done += COPY_PIECE) {
      const n = Math.min(COPY_PIECE, len - done);
      yield { offset: done, bytes: this.cpu.readPhys(at + done, n) };
    }
  }
}
