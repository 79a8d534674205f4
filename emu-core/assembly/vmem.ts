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

//   XFER (static): the bytes of one slow-path access, little-endian, in address order
//   +------+------------------------------------------------------------+
//   | 0x00 | data: up to 32 bytes (an STP/LDP of two Q registers)        |
//   | 0x20 | slack: a split MMIO access may read 8 bytes from any offset |
//   | 0x30 | end                                                        |
//   +------+------------------------------------------------------------+
// Loads land here and stores are staged here, so pairs and Q registers share one slow path.
export const XFER: usize = memory.data(0x30, 16);

/**
 * Translate for a data access, raising the abort on failure. Returns the host address of
 * the byte (0 with `faulted` set, or 0 for MMIO after recording the exit).
 * `size` is the number of bytes accessed on this page, `align` the size of one element (the
 * unit of the alignment checks: SCTLR_EL1.A and Device memory). `permEl` is the EL whose
 * permissions apply (0 for LDTR/STTR at EL1).
 */
export function dataHost(va: u64, size: u32, align: u32, kind: u32, permEl: u32, value: u64): usize {
  let write = kind == ACC_WRITE;
  let misaligned = (<u32>va & (align - 1)) != 0;
  if (alignCheck && misaligned) {
    dataAbort(va, FSC_ALIGNMENT, write, false);
    return 0;
  }
  tlbMisses++;
  if (!translate(va, kind, permEl)) {
    dataAbort(va, tFsc, write, false);
    return 0;
  }
  let pa = tPA;
  if (tDevice && misaligned) {
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

/**
 * The slow path of every data access: translates, checks and moves `size` bytes (1..32)
 * between guest `va` and XFER (kind ACC_READ or ACC_WRITE). `align` is the size of one element.
 * An access that crosses a page (only a misaligned one can) is translated on both pages
 * before any byte moves, so a store that faults on its second page has written nothing; a
 * fault on the first page reports va, one on the second the second page's first byte.
 * MMIO bytes of a load read as zero (the load exits to the host). Sets `faulted` on an abort.
 */
export function accessSlow(va: u64, size: u32, align: u32, kind: u32, permEl: u32): void {
  let n1: u32 = 0x1000 - (<u32>va & 0xfff);
  if (n1 > size) n1 = size;
  let h1 = dataHost(va, n1, align, kind, permEl, load<u64>(XFER));
  if (faulted) return;
  let h2: usize = 0;
  let n2 = size - n1;
  if (n2 != 0) {
    h2 = dataHost((va | 0xfff) + 1, n2, 1, kind, permEl, load<u64>(XFER + n1));
    if (faulted) return;
  }
  if (kind == ACC_WRITE) {
    if (h1 != 0) memory.copy(h1, XFER, n1);
    if (h2 != 0) memory.copy(h2, XFER + n1, n2);
    return;
  }
  if (h1 != 0) memory.copy(XFER, h1, n1);
  else memory.fill(XFER, 0, n1);
  if (n2 != 0) {
    if (h2 != 0) memory.copy(XFER + n1, h2, n2);
    else memory.fill(XFER + n1, 0, n2);
  }
}

/** Slow-path read of 1..8 bytes, zero-extended (0 on a fault). */
export function readSlow(va: u64, size: u32, permEl: u32): u64 {
  store<u64>(XFER, 0);
  accessSlow(va, size, size, ACC_READ, permEl);
  return faulted ? 0 : load<u64>(XFER);
}

/** Slow-path write of 1..8 bytes. */
export function writeSlow(va: u64, size: u32, v: u64, permEl: u32): void {
  store<u64>(XFER, v);
  accessSlow(va, size, size, ACC_WRITE, permEl);
}

// ---- fast paths -----------------------------------------------------------------------------------
// A hit needs: the access stays inside one page, the tag matches, and no alignment check applies.

@inline function fastHost(va: u64, size: u32, align: u32, kind: u32, permEl: u32): usize {
  let off = <u32>va & 0xfff;
  if (off > 0x1000 - size || (alignCheck && (off & (align - 1)) != 0)) return 0;
  let e = tlbEntry(permEl, kind, va);
  if (load<u64>(e) != tlbTag(va)) return 0;
  tlbHits++;
  return <usize>load<u32>(e, 8) + <usize>off;
}

@inline export function read8(va: u64): u32 {
  let h = fastHost(va, 1, 1, ACC_READ, el);
  return h != 0 ? <u32>load<u8>(h) : <u32>readSlow(va, 1, el);
}
@inline export function read16(va: u64): u32 {
  let h = fastHost(va, 2, 2, ACC_READ, el);
  return h != 0 ? <u32>load<u16>(h) : <u32>readSlow(va, 2, el);
}
@inline export function read32(va: u64): u32 {
  let h = fastHost(va, 4, 4, ACC_READ, el);
  return h != 0 ? load<u32>(h) : <u32>readSlow(va, 4, el);
}
@inline export function read64(va: u64): u64 {
  let h = fastHost(va, 8, 8, ACC_READ, el);
  return h != 0 ? load<u64>(h) : readSlow(va, 8, el);
}
@inline export function write8(va: u64, v: u32): void {
  let h = fastHost(va, 1, 1, ACC_WRITE, el);
  if (h != 0) store<u8>(h, <u8>v);
  else writeSlow(va, 1, v, el);
}
@inline export function write16(va: u64, v: u32): void {
  let h = fastHost(va, 2, 2, ACC_WRITE, el);
  if (h != 0) store<u16>(h, <u16>v);
  else writeSlow(va, 2, v, el);
}
@inline export function write32(va: u64, v: u32): void {
  let h = fastHost(va, 4, 4, ACC_WRITE, el);
  if (h != 0) store<u32>(h, v);
  else writeSlow(va, 4, v, el);
}
@inline export function write64(va: u64, v: u64): void {
  let h = fastHost(va, 8, 8, ACC_WRITE, el);
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

// ---- blocks: pairs and 16-byte registers ----------------------------------------------------------
// An LDP/STP is two accesses of one element each, a Q register one access of 16 bytes; both
// move as one block whose alignment unit is `align`.

/** Host address of `size` bytes read from va (guest RAM on a TLB hit, else XFER); 0 on a fault. */
@inline export function readBlock(va: u64, size: u32, align: u32): usize {
  let h = fastHost(va, size, align, ACC_READ, el);
  return h != 0 ? h : readBlockSlow(va, size, align, el);
}
export function readBlockSlow(va: u64, size: u32, align: u32, permEl: u32): usize {
  accessSlow(va, size, align, ACC_READ, permEl);
  return faulted ? 0 : XFER;
}
/** Store the `size` bytes staged in XFER to va. */
@inline export function writeBlock(va: u64, size: u32, align: u32): void {
  let h = fastHost(va, size, align, ACC_WRITE, el);
  if (h != 0) memory.copy(h, XFER, size);
  else accessSlow(va, size, align, ACC_WRITE, el);
}

// ---- unprivileged accesses (LDTR/STTR): the permissions of `permEl`, not of the current EL ------

export function readAs(va: u64, size: u32, permEl: u32): u64 {
  let h = fastHost(va, size, size, ACC_READ, permEl);
  if (h == 0) return readSlow(va, size, permEl);
  switch (size) {
    case 1: return <u64>load<u8>(h);
    case 2: return <u64>load<u16>(h);
    case 4: return <u64>load<u32>(h);
    default: return load<u64>(h);
  }
}
export function writeAs(va: u64, size: u32, v: u64, permEl: u32): void {
  let h = fastHost(va, size, size, ACC_WRITE, permEl);
  if (h == 0) {
    writeSlow(va, size, v, permEl);
    return;
  }
  switch (size) {
    case 1: store<u8>(h, <u8>v); break;
    case 2: store<u16>(h, <u16>v); break;
    case 4: store<u32>(h, <u32>v); break;
    default: store<u64>(h, v);
  }
}

// ---- aligned-only accesses: exclusives, acquire/release, atomics ---------------------------------

/** Raise an alignment fault unless va is aligned to `size` (exclusives, atomics, acquire/release). */
export function requireAligned(va: u64, size: u32, write: bool): bool {
  if ((<u32>va & (size - 1)) == 0) return true;
  dataAbort(va, FSC_ALIGNMENT, write, false);
  return false;
}

/**
 * Host address of the `size`-byte location of an atomic read-modify-write (CAS, SWP, LD<op>);
 * 0 with the abort taken. The location must be aligned. The write TLB bank serves both halves:
 * stage 1 has no write-only mappings, so a writable page is readable at the same EL.
 */
@inline export function atomicHost(va: u64, size: u32): usize {
  let off = <u32>va & 0xfff;
  if ((off & (size - 1)) == 0) {
    let e = tlbEntry(el, ACC_WRITE, va);
    if (load<u64>(e) == tlbTag(va)) {
      tlbHits++;
      return <usize>load<u32>(e, 8) + <usize>off;
    }
  }
  return atomicHostSlow(va, size);
}

/**
 * ESR_ELx.WnR for an atomic that reads and writes: 0 if a read of the location would have
 * raised the fault (alignment, translation, no read permission), 1 if only the write does.
 */
export function atomicHostSlow(va: u64, size: u32): usize {
  if ((<u32>va & (size - 1)) != 0) {
    dataAbort(va, FSC_ALIGNMENT, false, false);
    return 0;
  }
  if (!translate(va, ACC_READ, el)) {
    dataAbort(va, tFsc, false, false);
    return 0;
  }
  if (isMmio(tPA)) {
    // A device window cannot take a read-modify-write through an exit to the host.
    dataAbort(va, FSC_EXTERNAL, false, false);
    return 0;
  }
  return dataHost(va, size, size, ACC_WRITE, el, 0);
}

// ---- the local exclusive monitor (LDXR/STXR) -----------------------------------------------------
// One core, so only the local monitor: it holds the virtual address and size of the last
// load-exclusive. A store-exclusive passes only for the same address and size (our choice of
// the IMPLEMENTATION DEFINED size check), and always clears it, as do CLREX and ERET. Ordinary
// stores leave it alone (also IMPLEMENTATION DEFINED).
export let exclusiveValid: bool = false;
export let exclusiveAddr: u64 = 0;
export let exclusiveSize: u32 = 0;
export function markExclusive(va: u64, size: u32): void {
  exclusiveValid = true;
  exclusiveAddr = va;
  exclusiveSize = size;
}
export function exclusivePass(va: u64, size: u32): bool {
  return exclusiveValid && exclusiveAddr == va && exclusiveSize == size;
}
export function clearExclusive(): void {
  exclusiveValid = false;
}

// Used by the instruction fetch path in run.ts.
export { ACC_EXEC };
