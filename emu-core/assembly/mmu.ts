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
//
// ASIDs: entries carry no ASID. Every write of TTBR0/TTBR1 (where the ASID lives), TCR, MAIR
// or SCTLR and every TLBI empties the whole TLB, so an entry can never outlive the context it
// was made in. That is a correct over-approximation of the architecture (a TLB may always
// forget), traded for a tag compare of one word on the fast path.

import { sctlr, tcr, ttbr0, ttbr1, mair, SCTLR_M, SCTLR_WXN } from './sysregs';
import { physRead64, physReadOk, isMmio } from './phys';

@inline export const ACC_READ: u32 = 0;
@inline export const ACC_WRITE: u32 = 1;
@inline export const ACC_EXEC: u32 = 2;

@inline export const TLB_ENTRIES: u32 = 256;
export const TLB: usize = memory.data(6 * TLB_ENTRIES * 16, 16);

export let tlbMisses: u64 = 0;
export let tlbHits: u64 = 0;
export let tlbFlushes: u64 = 0;

@inline export function tlbEntry(el: u32, kind: u32, va: u64): usize {
  return TLB + ((<usize>((el * 3 + kind) << 8) | <usize>(<u32>(va >> 12) & (TLB_ENTRIES - 1))) << 4);
}
@inline export function tlbTag(va: u64): u64 {
  return (va >> 12) | 0x8000000000000000;
}
export function tlbFlushAll(): void {
  memory.fill(TLB, 0, 6 * TLB_ENTRIES * 16);
  tlbFlushes++;
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
/** MAIR_EL1 attribute byte of the result (0x00 = Device-nGnRnE when the MMU is off). */
export let tAttr: u32 = 0;
/** Shareability of the result (descriptor SH[1:0]; 0b10 outer shareable for Device memory). */
export let tSh: u32 = 0;
/** Fault status code (ESR DFSC/IFSC, PAR_EL1.FST) when the walk fails. */
export let tFsc: u32 = 0;
/** Level at which the walk ended (the leaf or the faulting level). */
export let tLevel: u32 = 0;

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
/** TxSZ limits of ARMv8.0 with a 4 KiB granule (48-bit to 25-bit regions). */
@inline const TXSZ_MIN: u32 = 16;
@inline const TXSZ_MAX: u32 = 39;

// TCR_EL1 fields.
@inline const TCR_EPD0: u64 = 1 << 7;
@inline const TCR_EPD1: u64 = 1 << 23;
@inline const TCR_IPS_SHIFT: u64 = 32;
@inline const TCR_TBI0: u64 = <u64>1 << 37;
@inline const TCR_TBI1: u64 = <u64>1 << 38;

// Descriptor fields (VMSAv8-64, 4 KiB granule).
@inline const DESC_ADDR: u64 = 0x0000fffffffff000; // next-level table / page address, bits 47:12
@inline const DESC_AF: u64 = 1 << 10;

// ---- walk trace for the host's MMU view -------------------------------------------------------------
//   WALK (static): up to 5 steps x 32 bytes
//   step: +0 u32 level, +4 u32 kind (1 table, 2 block, 3 page, 0 invalid or faulting)
//         +8 u64 descriptor address, +16 u64 descriptor value, +24 u64 output/next address
@inline const WALK_MAX: u32 = 5;
export const WALK: usize = memory.data(WALK_MAX * 32, 16);
export let walkSteps: u32 = 0;
let tracing: bool = false;
@inline export const STEP_FAULT: u32 = 0;
@inline export const STEP_TABLE: u32 = 1;
@inline export const STEP_BLOCK: u32 = 2;
@inline export const STEP_PAGE: u32 = 3;

function traceStep(level: u32, kind: u32, descAddr: u64, desc: u64, next: u64): void {
  if (!tracing || walkSteps >= WALK_MAX) return;
  let p = WALK + (<usize>walkSteps << 5);
  store<u32>(p, level);
  store<u32>(p, kind, 4);
  store<u64>(p, descAddr, 8);
  store<u64>(p, desc, 16);
  store<u64>(p, next, 24);
  walkSteps++;
}

@inline function fail(fsc: u32, level: u32): bool {
  tFsc = fsc + level;
  tLevel = level;
  return false;
}

/** Output address size from TCR_EL1.IPS, capped at the implemented 40 bits. */
function outputBits(): u32 {
  let bits: u32;
  switch (<u32>(tcr >> TCR_IPS_SHIFT) & 7) {
    case 0: bits = 32; break;
    case 1: bits = 36; break;
    case 2: bits = 40; break;
    case 3: bits = 42; break;
    case 4: bits = 44; break;
    default: bits = 48; // 0b101, and the reserved 0b110/0b111 (which act as an implemented size)
  }
  return bits < PA_BITS ? bits : PA_BITS;
}

/**
 * AddrTop() of ARMv8.0 for the EL1&0 regime: bit 55 selects TBI0 or TBI1; with the top byte
 * ignored the address ends at bit 55, otherwise at bit 63. (v8.0 has no TBID: instruction
 * addresses follow the same rule, and a branch target is made canonical by branchAddr().)
 */
@inline export function addrTop(va: u64): u32 {
  let tbi = ((va >> 55) & 1) != 0 ? tcr & TCR_TBI1 : tcr & TCR_TBI0;
  return tbi != 0 ? 55 : 63;
}

/**
 * AArch64.BranchAddr(): the PC never holds a tag. With TBI for the target's half, bits 63:56
 * become copies of bit 55 (EL0 and EL1 always sign-extend); without it the value is unchanged.
 */
@inline export function branchAddr(target: u64): u64 {
  return addrTop(target) == 55 ? <u64>((<i64>(target << 8)) >> 8) : target;
}

/**
 * Translate `va` for an access of `kind` with the privilege of `permEl`.
 * Returns true and sets tPA/tDevice/tAttr/tSh, or false and sets tFsc/tLevel. Has no side
 * effects on the TLB (the caller decides what to cache), so the host's walk can use it freely.
 */
export function translate(va: u64, kind: u32, permEl: u32): bool {
  tDevice = false;
  tLevel = 0;
  let top = addrTop(va);
  if ((sctlr & SCTLR_M) == 0) return translateOff(va, kind, top);

  // The region (TTBR0 low, TTBR1 high) and its size: bits top:inputBits must all equal bit 55.
  let upper = <u32>(va >> 55) & 1;
  let txsz = <u32>(upper ? (tcr >> 16) & 0x3f : tcr & 0x3f);
  // An out-of-range TxSZ: IMPLEMENTATION DEFINED between clamping and a level 0 Translation
  // fault; we fault, as QEMU does.
  if (txsz < TXSZ_MIN || txsz > TXSZ_MAX) return regionFault();
  let inputBits = 64 - txsz;
  let width = top + 1 - inputBits;
  let hi = (va >> inputBits) & ((<u64>1 << width) - 1);
  if (hi != (upper ? (<u64>1 << width) - 1 : 0)) return regionFault();
  if ((tcr & (upper ? TCR_EPD1 : TCR_EPD0)) != 0) return regionFault();

  let oaBits = outputBits();
  let ttbr = upper ? ttbr1 : ttbr0;
  // A table base beyond the output size is a level 0 Address size fault, whatever the start level.
  if (((ttbr & 0x0000ffffffffffff) >> oaBits) != 0) {
    traceStep(0, STEP_FAULT, 0, ttbr, 0);
    return fail(FSC_ADDR_SIZE, 0);
  }
  // 4 KiB granule: level 3 resolves bits 20:12, level 2 29:21, level 1 38:30, level 0 47:39.
  let level: u32 = 4 - (inputBits - 12 + 8) / 9;
  let firstBits = inputBits - (12 + 9 * (3 - level)); // index bits at the start level
  let table = ttbr & 0x0000fffffffffffe & ~((<u64>8 << firstBits) - 1);

  let apTable: u32 = 0; // bit 0: no EL0 access (APTable[0]), bit 1: read-only (APTable[1])
  let pxnTable = false;
  let uxnTable = false;
  let nbits = firstBits;
  while (true) {
    let shift = 12 + 9 * (3 - level);
    let descAddr = table + (((va >> shift) & ((<u64>1 << nbits) - 1)) << 3);
    // The walk reads RAM only: anything else (MMIO included) is an external abort on the walk.
    let desc: u64 = 0;
    let readable = !isMmio(descAddr);
    if (readable) {
      desc = physRead64(descAddr);
      readable = physReadOk;
    }
    if (!readable) {
      traceStep(level, STEP_FAULT, descAddr, 0, 0);
      return fail(FSC_EXTERNAL_WALK, level);
    }
    // Invalid, or a block where none may be (level 0, and 0b01 at level 3).
    if ((desc & 1) == 0 || ((desc & 2) == 0 && (level == 0 || level == 3))) {
      traceStep(level, STEP_FAULT, descAddr, desc, 0);
      return fail(FSC_TRANSLATION, level);
    }
    if (level < 3 && (desc & 2) != 0) {
      // Table descriptor: accumulate the hierarchical attributes and go one level down.
      let next = desc & DESC_ADDR;
      traceStep(level, STEP_TABLE, descAddr, desc, next);
      if ((next >> oaBits) != 0) return fail(FSC_ADDR_SIZE, level);
      apTable |= <u32>(desc >> 61) & 3;
      pxnTable = pxnTable || ((desc >> 59) & 1) != 0;
      uxnTable = uxnTable || ((desc >> 60) & 1) != 0;
      table = next;
      level++;
      nbits = 9;
      continue;
    }
    // Block (level 1 or 2) or page (level 3).
    let oa = desc & 0x0000ffffffffffff & ~((<u64>1 << shift) - 1);
    traceStep(level, level == 3 ? STEP_PAGE : STEP_BLOCK, descAddr, desc, oa);
    if (((desc & 0x0000ffffffffffff) >> oaBits) != 0) return fail(FSC_ADDR_SIZE, level);
    if ((desc & DESC_AF) == 0) return fail(FSC_ACCESS_FLAG, level);
    if (!permitted(desc, apTable, pxnTable, uxnTable, kind, permEl)) return fail(FSC_PERMISSION, level);
    tLevel = level;
    tAttr = <u32>(mair >> ((<u32>(desc >> 2) & 7) << 3)) & 0xff;
    tDevice = (tAttr & 0xf0) == 0;
    // Device and Normal non-cacheable memory is always outer shareable.
    tSh = tDevice || tAttr == 0x44 ? 2 : <u32>(desc >> 8) & 3;
    tPA = oa | (va & ((<u64>1 << shift) - 1));
    return true;
  }
  return false;
}

/** A VA outside both regions (or in a disabled one): level 0 Translation fault. */
function regionFault(): bool {
  traceStep(0, STEP_FAULT, 0, 0, 0);
  return fail(FSC_TRANSLATION, 0);
}

/**
 * Stage 1 disabled: a flat map of the 40-bit physical space. Data accesses are
 * Device-nGnRnE; instruction fetches are Normal. Address bits above the PA size (below the top
 * byte when TBI applies) give a level 0 Address size fault.
 */
function translateOff(va: u64, kind: u32, top: u32): bool {
  let width = top + 1 - PA_BITS;
  if (((va >> PA_BITS) & ((<u64>1 << width) - 1)) != 0) return fail(FSC_ADDR_SIZE, 0);
  tPA = va & ((<u64>1 << PA_BITS) - 1);
  tDevice = kind != ACC_EXEC;
  tAttr = tDevice ? 0x00 : 0x44;
  tSh = 2;
  return true;
}

/**
 * AArch64.CheckPermission of ARMv8.0 (no PAN): AP[2:1] limited by APTable, UXN/PXN by the
 * table bits; SCTLR_EL1.WXN makes writable memory execute-never, and memory that EL0 can
 * write is never executable at EL1.
 */
function permitted(desc: u64, apTable: u32, pxnTable: bool, uxnTable: bool, kind: u32, permEl: u32): bool {
  let ap = <u32>(desc >> 6) & 3; // AP[2:1]
  let el0Access = (ap & 1) != 0 && (apTable & 1) == 0;
  let readOnly = (ap & 2) != 0 || (apTable & 2) != 0;
  let userWrite = el0Access && !readOnly;
  let wxn = (sctlr & SCTLR_WXN) != 0;
  if (kind == ACC_EXEC) {
    if (permEl == 0) return !(((desc >> 54) & 1) != 0 || uxnTable || (wxn && userWrite));
    return !(((desc >> 53) & 1) != 0 || pxnTable || userWrite || (wxn && !readOnly));
  }
  if (permEl == 0) return el0Access && (kind == ACC_READ || !readOnly);
  return kind == ACC_READ || !readOnly;
}

/** Host-side walk with a trace of every step (the MMU view); no TLB or counter side effects. */
export function translateTraced(va: u64, kind: u32, permEl: u32): bool {
  walkSteps = 0;
  tracing = true;
  let ok = translate(va, kind, permEl);
  tracing = false;
  return ok;
}
