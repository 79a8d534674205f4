// Virtual memory accesses for instruction handlers: a TLB fast path, and a slow path that
// walks the tables, checks alignment, raises aborts, exits to the host for MMIO and fills the TLB.
//
// On a fault the access raises the data abort itself and returns 0; the handler must then
// return at once:   let v = read64(a); if (faulted) return;
//
// MMIO: a store to the MMIO window completes (the handler carries on, e.g. with writeback) and
// then the run loop stops with EXIT_MMIO_WRITE; a load returns 0 and stops with EXIT_MMIO_READ.

import { el, jumped } from './state';
import { alignCheck } from './sysregs';
import {
  translate, tPA, tDevice, tFsc, tlbEntry, tlbTag, tlbMisses, tlbHits,
  ACC_READ, ACC_WRITE, ACC_EXEC, FSC_ALIGNMENT, FSC_EXTERNAL,
} from './mmu';
import { physToHost, isMmio, isProtected, protectedCount } from './phys';
import { dataAbort, faulted, stopInstruction } from './exceptions';
import { codeBlock, invalidateCode } from './codecache';

// ---- exits to the host ------------------------------------------------------------------------------
@inline export const EXIT_NONE: u32 = 0;
@inline export const EXIT_BUDGET: u32 = 1;
@inline export const EXIT_MMIO_WRITE: u32 = 2;
@inline export const EXIT_MMIO_READ: u32 = 3;
@inline export const EXIT_WFI: u32 = 4;
@inline export const EXIT_BREAKPOINT: u32 = 5;
@inline export const EXIT_HLT: u32 = 6;
@inline export const EXIT_FATAL: u32 = 7;
@inline export const EXIT_WRITE_PROTECT: u32 = 8;

export let exitReason: u32 = EXIT_NONE;
/** The exiting instruction has completed: the run loop moves pc past it before returning. */
export let exitAfterInsn: bool = false;
export let mmioAddr: u64 = 0;
export let mmioLen: u32 = 0;
export let mmioValue: u64 = 0;
/** EXIT_WRITE_PROTECT: the virtual and physical address of the refused store. */
export let protVA: u64 = 0;
export let protPA: u64 = 0;

/** Stop the run loop after the current instruction completes. */
export function requestExit(reason: u32, afterInsn: bool): void {
  exitReason = reason;
  exitAfterInsn = afterInsn;
  jumped = true;
}

function mmioAccess(pa: u64, size: u32, value: u64, write: bool): void {
  if (exitReason == EXIT_MMIO_WRITE || exitReason == EXIT_MMIO_READ) {
    // A second access in one instruction (a pair): report the whole span as one access.
    mmioLen += size;
    return;
  }
  mmioAddr = pa;
  mmioLen = size;
  mmioValue = value;
  requestExit(write ? EXIT_MMIO_WRITE : EXIT_MMIO_READ, true);
}

// ---- slow path ----------------------------------------------------------------------------------------

/**
 * Translate for a data access, raising the abort on failure. Returns the host address of
 * the byte (0 with `faulted` set, or 0 for MMIO after recording the exit).
 * `permEl` is the EL whose permissions apply (0 for LDTR/STTR at EL1).
 */
export function dataHost(va: u64, size: u32, kind: u32, permEl: u32, value: u64): usize {
  let write = kind == ACC_WRITE;
  if (alignCheck && (<u32>va & (size - 1)) != 0) {
    dataAbort(va, FSC_ALIGNMENT, write, false);
    return 0;
  }
  tlbMisses++;
  if (!translate(va, kind, permEl)) {
    dataAbort(va, tFsc, write, false);
    return 0;
  }
  let pa = tPA;
  if (tDevice && (<u32>va & (size - 1)) != 0) {
    dataAbort(va, FSC_ALIGNMENT, write, false);
    return 0;
  }
  if (isMmio(pa)) {
    mmioAccess(pa, size, value, write);
    return 0;
  }
  let host = physToHost(pa);
  if (host == 0) {
    dataAbort(va, FSC_EXTERNAL, write, false);
    return 0;
  }
  if (write && protectedCount != 0 && isProtected(pa)) {
    // The store must not happen and the instruction must not complete.
    protVA = va;
    protPA = pa;
    requestExit(EXIT_WRITE_PROTECT, false);
    stopInstruction();
    return 0;
  }
  if (write && codeBlock(pa, false) != 0) {
    invalidateCode(pa, size);
    return host; // never cached: every store to a code page must invalidate
  }
  if (!tDevice && (<u32>host & 0xfff) == (<u32>va & 0xfff)) {
    let e = tlbEntry(permEl, kind, va);
    store<u64>(e, tlbTag(va));
    store<u32>(e, <u32>(host & ~<usize>0xfff), 8);
  }
  return host;
}

/** Slow-path read of 1..8 bytes, split byte by byte when it crosses a page. */
export function readSlow(va: u64, size: u32, permEl: u32): u64 {
  if (((<u32>va & 0xfff) + size) > 0x1000 && !(alignCheck && (<u32>va & (size - 1)) != 0)) {
    let v: u64 = 0;
    for (let i: u32 = 0; i < size; i++) {
      let h = dataHost(va + i, 1, ACC_READ, permEl, 0);
      if (faulted) return 0;
      if (h != 0) v |= <u64>load<u8>(h) << (i << 3);
    }
    return v;
  }
  let h = dataHost(va, size, ACC_READ, permEl, 0);
  if (h == 0) return 0;
  switch (size) {
    case 1: return <u64>load<u8>(h);
    case 2: return <u64>load<u16>(h);
    case 4: return <u64>load<u32>(h);
    default: return load<u64>(h);
  }
}

/** Slow-path write of 1..8 bytes. Checks every page before writing any byte of a split store. */
export function writeSlow(va: u64, size: u32, v: u64, permEl: u32): void {
  if (((<u32>va & 0xfff) + size) > 0x1000 && !(alignCheck && (<u32>va & (size - 1)) != 0)) {
    // Probe the second page first so a fault there leaves memory untouched.
    let second = (va | 0xfff) + 1;
    dataHost(second, 1, ACC_WRITE, permEl, 0);
    if (faulted) return;
    for (let i: u32 = 0; i < size; i++) {
      let h = dataHost(va + i, 1, ACC_WRITE, permEl, (v >> (i << 3)) & 0xff);
      if (faulted) return;
      if (h != 0) store<u8>(h, <u8>(v >> (i << 3)));
    }
    return;
  }
  let h = dataHost(va, size, ACC_WRITE, permEl, v);
  if (h == 0) return;
  switch (size) {
    case 1: store<u8>(h, <u8>v); break;
    case 2: store<u16>(h, <u16>v); break;
    case 4: store<u32>(h, <u32>v); break;
    default: store<u64>(h, v);
  }
}

// ---- fast paths -----------------------------------------------------------------------------------
// A hit needs: the access stays inside one page, the tag matches, and no alignment check applies.

@inline function fastHost(va: u64, size: u32, kind: u32): usize {
  let off = <u32>va & 0xfff;
  if (off > 0x1000 - size || (alignCheck && (off & (size - 1)) != 0)) return 0;
  let e = tlbEntry(el, kind, va);
  if (load<u64>(e) != tlbTag(va)) return 0;
  tlbHits++;
  return <usize>load<u32>(e, 8) + <usize>off;
}

@inline export function read8(va: u64): u32 {
  let h = fastHost(va, 1, ACC_READ);
  return h != 0 ? <u32>load<u8>(h) : <u32>readSlow(va, 1, el);
}
@inline export function read16(va: u64): u32 {
  let h = fastHost(va, 2, ACC_READ);
  return h != 0 ? <u32>load<u16>(h) : <u32>readSlow(va, 2, el);
}
@inline export function read32(va: u64): u32 {
  let h = fastHost(va, 4, ACC_READ);
  return h != 0 ? load<u32>(h) : <u32>readSlow(va, 4, el);
}
@inline export function read64(va: u64): u64 {
  let h = fastHost(va, 8, ACC_READ);
  return h != 0 ? load<u64>(h) : readSlow(va, 8, el);
}
@inline export function write8(va: u64, v: u32): void {
  let h = fastHost(va, 1, ACC_WRITE);
  if (h != 0) store<u8>(h, <u8>v);
  else writeSlow(va, 1, v, el);
}
@inline export function write16(va: u64, v: u32): void {
  let h = fastHost(va, 2, ACC_WRITE);
  if (h != 0) store<u16>(h, <u16>v);
  else writeSlow(va, 2, v, el);
}
@inline export function write32(va: u64, v: u32): void {
  let h = fastHost(va, 4, ACC_WRITE);
  if (h != 0) store<u32>(h, v);
  else writeSlow(va, 4, v, el);
}
@inline export function write64(va: u64, v: u64): void {
  let h = fastHost(va, 8, ACC_WRITE);
  if (h != 0) store<u64>(h, v);
  else writeSlow(va, 8, v, el);
}

/** Sized read (size in bytes: 1, 2, 4, 8), zero-extended. */
export function readN(va: u64, size: u32): u64 {
  switch (size) {
    case 1: return <u64>read8(va);
    case 2: return <u64>read16(va);
    case 4: return <u64>read32(va);
    default: return read64(va);
  }
}
/** Sized write (size in bytes: 1, 2, 4, 8). */
export function writeN(va: u64, size: u32, v: u64): void {
  switch (size) {
    case 1: write8(va, <u32>v); break;
    case 2: write16(va, <u32>v); break;
    case 4: write32(va, <u32>v); break;
    default: write64(va, v);
  }
}

/** Raise an alignment fault unless va is aligned to `size` (exclusives, atomics, acquire/release). */
export function requireAligned(va: u64, size: u32, write: bool): bool {
  if ((<u32>va & (size - 1)) == 0) return true;
  dataAbort(va, FSC_ALIGNMENT, write, false);
  return false;
}

// ---- the local exclusive monitor (LDXR/STXR) -----------------------------------------------------
export let exclusiveValid: bool = false;
export let exclusiveAddr: u64 = 0;
export let exclusiveSize: u32 = 0;
export function clearExclusive(): void {
  exclusiveValid = false;
}

// Used by the instruction fetch path in run.ts.
export { ACC_EXEC };
