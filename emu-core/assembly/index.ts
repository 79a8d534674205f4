// The exported API of the emu-core wasm module (documented in emu-core/README.md).
// One instance = one machine: one CPU, its RAM and its MMIO window.

import {
  REGS, pc, el, spsel, spEl1, getSP, setSP, switchMode, setDAIF, setPstateIL, pstateToSpsr,
  setNZCVBits, rawSetPC, rawSetEL, rawSetSpsel, rawSetSpEl0, rawSetSpEl1, clearJumped,
} from './state';
import * as sys from './sysregs';
import {
  configureMemory, physToHost, physToHostNoCommit, zeroRam, ramSize, committedBytes, CHUNK_SIZE,
  protectRange, clearProtection,
} from './phys';
import {
  tlbFlushAll, tlbFlushWrites, tlbHits, tlbMisses, tlbFlushes, translateTraced, tPA, tFsc, tDevice, tAttr, tSh, tLevel, WALK, walkSteps,
} from './mmu';
import { invalidateCode, invalidateAllCode, codePages } from './codecache';
import { exceptionsTaken, clearFaulted } from './exceptions';
import { mmioAddr, mmioLen, mmioValue, protVA, protPA, clearExclusive } from './vmem';
import { timerReset, retired, counterNow, ticksToNextTimer, advanceIdle as timerAdvanceIdle, deterministic } from './timer';
import { sysregRead, sysregWrite, sysregKnown, K_SP_EL1 } from './sysreg-access';
import { decode, HANDLER_COUNT, PROFILE_COUNTS, PROFILING } from './generated/decoder';
import { hltExits as hltFlag, setHltExits } from './exec/branch-sys';
import { jitBlocks, jitRetired } from './jit';

export { run, addBreakpoint, removeBreakpoint, clearBreakpoints, skipBreakpointAt } from './run';

// ---- lifecycle -----------------------------------------------------------------------------------

/** Configure RAM (bytes, a multiple of 4 KiB, <= 4 GiB) and the MMIO window, then reset. */
export function init(ramBytes: u64, mmioBase: u64, mmioBytes: u64, det: bool): void {
  configureMemory(ramBytes, mmioBase, mmioBytes);
  reset(det);
}

/** Architectural reset of the CPU (EL1h, DAIF masked, MMU off); RAM is left as it is. */
export function reset(det: bool): void {
  memory.fill(REGS, 0, 0x400);
  rawSetPC(0);
  setNZCVBits(0);
  setDAIF(0xf);
  setPstateIL(0);
  rawSetEL(1);
  rawSetSpsel(1);
  rawSetSpEl0(0);
  rawSetSpEl1(0);
  clearJumped();
  clearFaulted();
  sys.resetSysregs();
  tlbFlushAll();
  invalidateAllCode();
  timerReset(det);
  clearExclusive();
}

/** Zero all RAM the guest has touched (a cold start keeps the host memory for reuse). */
export function clearRam(): void {
  zeroRam();
  invalidateAllCode();
}

// ---- registers ---------------------------------------------------------------------------------

/** Address of the register block (X0..X30, XZR, SP at 0x100, V0..V31 at 0x200). */
export function regsPtr(): usize {
  return REGS;
}
export function getPC(): u64 {
  return pc;
}
export function setPC(v: u64): void {
  rawSetPC(v);
}
/** PSTATE in SPSR layout (NZCV, DAIF, IL, M[3:0]). */
export function getPstate(): u64 {
  return pstateToSpsr();
}
/** Set PSTATE from SPSR layout; only AArch64 EL0t/EL1t/EL1h are accepted (returns false otherwise). */
export function setPstate(v: u64): bool {
  let m = <u32>v & 0x1f;
  if (m != 0 && m != 4 && m != 5) return false;
  setNZCVBits(<u32>v);
  setDAIF(<u32>(v >> 6));
  setPstateIL(<u32>(v >> 20));
  switchMode(m >> 2, m & 1);
  return true;
}
/** Read a system register by MRS encoding key; `sysregOk()` tells if it exists. */
export function getSysreg(key: u32): u64 {
  if (key == K_SP_EL1) return el == 1 && spsel == 1 ? getSP() : spEl1;
  return sysregRead(key);
}
export function setSysreg(key: u32, v: u64): void {
  if (key == K_SP_EL1) {
    if (el == 1 && spsel == 1) setSP(v);
    else rawSetSpEl1(v);
    return;
  }
  sysregWrite(key, v);
  clearJumped();
}
export function sysregOk(): bool {
  return sysregKnown;
}

// ---- memory --------------------------------------------------------------------------------------

/**
 * Host address of guest-physical `pa` (valid to the end of its 2 MiB chunk), committing the
 * chunk if `commit`; 0 if pa is not RAM (or, without commit, never touched: reads as zero).
 */
export function physHostPtr(pa: u64, commit: bool): usize {
  return commit ? physToHost(pa) : physToHostNoCommit(pa);
}
/** The host wrote guest RAM: forget decoded instructions there. */
export function noteHostWrite(pa: u64, len: u64): void {
  invalidateCode(pa, len);
}
export function chunkSize(): u32 {
  return CHUNK_SIZE;
}
export function ramBytes(): u64 {
  return ramSize;
}
export function committedRamBytes(): u64 {
  return committedBytes;
}

// ---- exits ---------------------------------------------------------------------------------------

export function exitMmioAddr(): u64 {
  return mmioAddr;
}
export function exitMmioLen(): u32 {
  return mmioLen;
}
export function exitMmioValue(): u64 {
  return mmioValue;
}
/** EXIT_WRITE_PROTECT details: the refused store's addresses (the instruction did not run). */
export function exitProtVA(): u64 {
  return protVA;
}
export function exitProtPA(): u64 {
  return protPA;
}
/**
 * Refuse guest stores to guest-physical [start, end) (up to 16 ranges): the monitor's
 * enforcement of ELF segment permissions, independent of the guest's page tables.
 */
export function protectPhys(start: u64, end: u64): bool {
  // Write entries cached before the range was protected would bypass the check.
  tlbFlushWrites();
  return protectRange(start, end);
}
export function unprotectAll(): void {
  clearProtection();
}
/** When set, HLT exits to the host (semihosting-style) instead of being UNDEFINED. */
export function setHltExit(on: bool): void {
  setHltExits(on);
}
export function hltExit(): bool {
  return hltFlag;
}

// ---- counters ----------------------------------------------------------------------------------

export function instructionsRetired(): u64 {
  return retired;
}
export function tlbHitCount(): u64 {
  return tlbHits;
}
export function tlbMissCount(): u64 {
  return tlbMisses;
}
/** Whole-TLB invalidations (TLBI, and writes of TTBRx/TCR/MAIR/SCTLR). */
export function tlbFlushCount(): u64 {
  return tlbFlushes;
}
export function exceptionCount(): u64 {
  return exceptionsTaken;
}
export function decodedPageCount(): u32 {
  return codePages;
}

// ---- time ------------------------------------------------------------------------------------------

export function counter(): u64 {
  return counterNow();
}
export function counterFrequency(): u64 {
  return sys.CNTFRQ;
}
export function isDeterministic(): bool {
  return deterministic;
}
/** Ticks until an enabled, unmasked timer fires (0: now; 2^64-1: none armed). */
export function timerTicksLeft(): u64 {
  return ticksToNextTimer();
}
/** Deterministic mode: let `ticks` of idle time pass. */
export function advanceIdle(ticks: u64): void {
  timerAdvanceIdle(ticks);
}

// ---- MMU view ----------------------------------------------------------------------------------------

/**
 * Walk the tables for `va` as an access of `kind` (0 read, 1 write, 2 exec) at `permEl`,
 * recording each step (see mmu.ts WALK). Returns true on success (walkPA), else walkFsc.
 */
export function walk(va: u64, kind: u32, permEl: u32): bool {
  return translateTraced(va, kind, permEl);
}
export function walkPA(): u64 {
  return tPA;
}
export function walkFsc(): u32 {
  return tFsc;
}
export function walkDevice(): bool {
  return tDevice;
}
/** The MAIR_EL1 attribute byte of a successful walk (0x00 for MMU-off data: Device-nGnRnE). */
export function walkAttr(): u32 {
  return tAttr;
}
/** Shareability of a successful walk (SH[1:0]; 2 for Device and Normal non-cacheable memory). */
export function walkShareability(): u32 {
  return tSh;
}
/** Level of the leaf descriptor (1-3), or the level of the fault (0-3). */
export function walkLevel(): u32 {
  return tLevel;
}
export function walkTracePtr(): usize {
  return WALK;
}
export function walkTraceSteps(): u32 {
  return walkSteps;
}

// ---- decoder (tests and tools) ----------------------------------------------------------------------

export function decodeId(insn: u32): u32 {
  return decode(insn);
}
export function handlerCount(): u32 {
  return HANDLER_COUNT;
}

/** Per-handler dynamic counts (u64 by handler id) in a PROFILE=1 build, else 0. */
export function handlerProfilePtr(): usize {
  return PROFILING ? PROFILE_COUNTS : 0;
}

// ---- block translator (src/core/jit/) --------------------------------------------------------------

export { setJitThreshold, jitCoverage } from './jit';
/** Traces translated so far, and instructions retired inside translated code. */
export function jitBlockCount(): u32 {
  return jitBlocks;
}
export function jitRetiredCount(): u64 {
  return jitRetired;
}
/** Addresses translated code works with (see src/core/jit/translate.ts). */
export { JITBOX as jitBox } from './jit';
export { TLB as jitTlb } from './mmu';
