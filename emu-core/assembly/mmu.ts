// Stage-1 translation for the EL1&0 regime (4 KiB granule) and the soft TLB in front of it.
//
// The TLB is direct-mapped, one bank per (exception level, access kind), so that a hit has
// already passed the permission check for exactly that kind of access at that level.
//
//   TLB (static): bank = el * 3 + kind   (kind: 0 read, 1 write, 2 exec)
//   +--------+----------------------------------------------------+
//   | bank 0 | 256 entries x 16 bytes                              |
//   |  ...   |                                                     |
//   | bank 5 |                                                     |
//   +--------+----------------------------------------------------+
//   entry: +0  u64 tag   = (va >> 12) | 1 << 63   (0 = empty)
//          +8  u32 host  = wasm address of the 4 KiB page's first byte
//          +12 u32 code  = decoded-code block of that page (exec bank only)
//
// Only RAM with Normal attributes is entered: Device mappings (and everything while the MMU
// is off, where data accesses are Device) take the slow path, which checks alignment, and
// MMIO always exits. A write entry is never made for a page that has decoded code, so every
// store to such a page reaches codecache.invalidateCode().

import { sctlr, tcr, ttbr0, ttbr1, mair } from './sysregs';
import { physRead64, physReadOk } from './phys';

@inline export const ACC_READ: u32 = 0;
@inline export const ACC_WRITE: u32 = 1;
@inline export const ACC_EXEC: u32 = 2;

@inline export const TLB_ENTRIES: u32 = 256;
export const TLB: usize = memory.data(6 * TLB_ENTRIES * 16, 16);

export let tlbMisses: u64 = 0;
export let tlbHits: u64 = 0;

@inline export function tlbEntry(el: u32, kind: u32, va: u64): usize {
  return TLB + ((<usize>((el * 3 + kind) << 8) | <usize>(<u32>(va >> 12) & (TLB_ENTRIES - 1))) << 4);
}
@inline export function tlbTag(va: u64): u64 {
  return (va >> 12) | 0x8000000000000000;
}
export function tlbFlushAll(): void {
  memory.fill(TLB, 0, 6 * TLB_ENTRIES * 16);
}
/** Drop every write entry (both ELs): done when a page first gets decoded code. */
export function tlbFlushWrites(): void {
  memory.fill(TLB + ((<usize>(0 * 3 + ACC_WRITE) << 8) << 4), 0, TLB_ENTRIES * 16);
  memory.fill(TLB + ((<usize>(1 * 3 + ACC_WRITE) << 8) << 4), 0, TLB_ENTRIES * 16);
}

// ---- translation result (globals: the walk allocates nothing) -----------------------------------

/** Output physical address when the walk succeeds. */
export let tPA: u64 = 0;
/** The mapping is Device memory (alignment faults apply; never cached in the TLB). */
export let tDevice: bool = false;
/** Fault status code (ESR DFSC/IFSC) when the walk fails. */
export let tFsc: u32 = 0;

// Fault status codes (Arm ARM, ESR_ELx ISS encoding for aborts).
@inline export const FSC_ADDR_SIZE: u32 = 0x00; // + level
@inline export const FSC_TRANSLATION: u32 = 0x04; // + level
@inline export const FSC_ACCESS_FLAG: u32 = 0x08; // + level
@inline export const FSC_PERMISSION: u32 = 0x0c; // + level
@inline export const FSC_EXTERNAL: u32 = 0x10;
@inline export const FSC_EXTERNAL_WALK: u32 = 0x14; // + level
@inline export const FSC_ALIGNMENT: u32 = 0x21;

/** Implemented physical address size (ID_AA64MMFR0_EL1.PARange = 0b0010: 40 bits). */
@inline export const PA_BITS: u32 = 40;

// ---- walk trace for the host's MMU view -------------------------------------------------------------
//   WALK (static): up to 5 steps x 32 bytes
//   step: +0 u32 level, +4 u32 kind (1 table, 2 block, 3 page, 0 invalid/fault)
//         +8 u64 descriptor address, +16 u64 descriptor value, +24 u64 output/next address
export const WALK: usize = memory.data(5 * 32, 16);
export let walkSteps: u32 = 0;
let tracing: bool = false;

function traceStep(level: u32, kind: u32, descAddr: u64, desc: u64, next: u64): void {
  if (!tracing || walkSteps >= 5) return;
  let p = WALK + (<usize>walkSteps << 5);
  store<u32>(p, level);
  store<u32>(p, kind, 4);
  store<u64>(p, descAddr, 8);
  store<u64>(p, desc, 16);
  store<u64>(p, next, 24);
  walkSteps++;
}

/** Output PA size from TCR_EL1.IPS, capped at what we implement. */
function outputBits(): u32 {
  let ips = <u32>(tcr >> 32) & 7;
  let bits: u32 = 48;
  switch (ips) {
    case 0: bits = 32; break;
    case 1: bits = 36; break;
    case 2: bits = 40; break;
    case 3: bits = 42; break;
    case 4: bits = 44; break;
    default: bits = 48;
  }
  return bits < PA_BITS ? bits : PA_BITS;
}

/**
 * Translate `va` for an access of `kind` with the privilege of `permEl`.
 * Returns true and sets tPA/tDevice, or false and sets tFsc. Has no side effects on the
 * TLB (the caller decides what to cache), so the host's translate() can use it freely.
 */
export function translate(va: u64, kind: u32, permEl: u32): bool {
  tDevice = false;
  if ((sctlr & 1) == 0) {
    // Stage 1 off: flat mapping; data accesses are Device-nGnRnE, fetches Normal.
    if ((va >> PA_BITS) != 0) {
      tFsc = FSC_ADDR_SIZE;
      return false;
    }
    tPA = va;
    tDevice = kind != ACC_EXEC;
    return true;
  }
  // Which half of the address space, with the top byte ignored when TBIn says so.
  let upper = <u32>(va >> 55) & 1;
  let txsz = <u32>(upper ? (tcr >> 16) & 0x3f : tcr & 0x3f);
  if (txsz < 16) txsz = 16;
  if (txsz > 39) txsz = 39;
  let inputBits = 64 - txsz;
  let tbi = upper ? (tcr >> 38) & 1 : (tcr >> 37) & 1;
  let top: u32 = tbi != 0 && kind != ACC_EXEC ? 55 : 63;
  // Bits [top:inputBits] must all equal `upper`.
  let width = top + 1 - inputBits;
  let hi = (va >> inputBits) & ((<u64>1 << width) - 1);
  let want = upper ? (<u64>1 << width) - 1 : 0;
  let epd = upper ? (tcr >> 23) & 1 : (tcr >> 7) & 1;
  if (hi != want || epd != 0) {
    tFsc = FSC_TRANSLATION + 0;
    traceStep(0, 0, 0, 0, 0);
    return false;
  }
  let oaBits = outputBits();
  let ttbr = upper ? ttbr1 : ttbr0;
  // 4 KiB granule: level 3 resolves bits 20:12, level 2 29:21, level 1 38:30, level 0 47:39.
  let startLevel: u32 = 4 - (inputBits - 12 + 8) / 9;
  let level = startLevel;
  let firstBits = inputBits - (12 + 9 * (3 - level)); // index bits at the start level
  let table = ttbr & 0x0000fffffffffffe & ~((<u64>8 << firstBits) - 1);
  if ((table >> oaBits) != 0) {
    tFsc = FSC_ADDR_SIZE + level;
    return false;
  }
  let apTable: u32 = 0; // bit 0: no EL0 access, bit 1: read-only
  let xnTable: u32 = 0; // bit 0: PXNTable, bit 1: UXNTable
  let desc: u64 = 0;
  let blockShift: u32 = 12;
  while (true) {
    let shift = 12 + 9 * (3 - level);
    let nbits: u32 = level == startLevel ? firstBits : 9;
    let index = (va >> shift) & ((<u64>1 << nbits) - 1);
    let descAddr = table + (index << 3);
    desc = physRead64(descAddr);
    if (!physReadOk) {
      tFsc = FSC_EXTERNAL_WALK + level;
      traceStep(level, 0, descAddr, 0, 0);
      return false;
    }
    if ((desc & 1) == 0 || (level == 3 && (desc & 2) == 0) || (level == 0 && (desc & 2) == 0)) {
      tFsc = FSC_TRANSLATION + level;
      traceStep(level, 0, descAddr, desc, 0);
      return false;
    }
    if (level < 3 && (desc & 2) != 0) {
      // Table descriptor: accumulate the hierarchical attributes and go one level down.
      let next = desc & 0x0000fffffffff000;
      traceStep(level, 1, descAddr, desc, next);
      if ((next >> oaBits) != 0) {
        tFsc = FSC_ADDR_SIZE + level;
        return false;
      }
      apTable |= <u32>(desc >> 61) & 3;
      xnTable |= <u32>(desc >> 59) & 3;
      table = next;
      level++;
      continue;
    }
    // Block (level 1 or 2) or page (level 3).
    blockShift = shift;
    let oa = desc & 0x0000ffffffffffff & ~((<u64>1 << shift) - 1);
    traceStep(level, level == 3 ? 3 : 2, descAddr, desc, oa);
    if ((oa >> oaBits) != 0) {
      tFsc = FSC_ADDR_SIZE + level;
      return false;
    }
    if ((desc & 0x400) == 0) {
      tFsc = FSC_ACCESS_FLAG + level;
      return false;
    }
    // Permissions: AP[2:1] = desc[7:6], limited by APTable; XN bits from leaf and tables.
    let ap = <u32>(desc >> 6) & 3;
    let el0Access = (ap & 1) != 0 && (apTable & 1) == 0;
    let readOnly = (ap & 2) != 0 || (apTable & 2) != 0;
    let pxn = ((desc >> 53) & 1) != 0 || (xnTable & 1) != 0;
    let uxn = ((desc >> 54) & 1) != 0 || (xnTable & 2) != 0;
    let wxn = ((sctlr >> 19) & 1) != 0;
    let ok: bool;
    if (kind == ACC_EXEC) {
      if (permEl == 0) ok = !uxn && !(wxn && el0Access && !readOnly);
      // Memory writable at EL0 is never executable at EL1.
      else ok = !pxn && !(el0Access && !readOnly) && !(wxn && !readOnly);
    } else if (permEl == 0) {
      ok = el0Access && (kind == ACC_READ || !readOnly);
    } else {
      ok = kind == ACC_READ || !readOnly;
    }
    if (!ok) {
      tFsc = FSC_PERMISSION + level;
      return false;
    }
    let attrIdx = <u32>(desc >> 2) & 7;
    let attr = <u32>(mair >> (attrIdx << 3)) & 0xff;
    tDevice = (attr & 0xf0) == 0;
    tPA = oa | (va & ((<u64>1 << blockShift) - 1));
    return true;
  }
  return false;
}

/** Host-side walk with a trace of every step (the MMU view); no TLB or counter side effects. */
export function translateTraced(va: u64, kind: u32, permEl: u32): bool {
  walkSteps = 0;
  tracing = true;
  let ok = translate(va, kind, permEl);
  tracing = false;
  return ok;
}
