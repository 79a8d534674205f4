// Exception entry to EL1 (the only target: there is no EL2 or EL3), following the Arm ARM's
// AArch64.TakeException: save PSTATE to SPSR_EL1 and the return address to ELR_EL1, write
// ESR_EL1 (and FAR_EL1 for aborts), switch to EL1h with DAIF masked and PSTATE.IL clear, and
// jump to VBAR_EL1 + the vector offset:
//
//   VBAR_EL1 + 0x000  current EL with SP_EL0   (+0x000 sync, +0x080 IRQ, +0x100 FIQ, +0x180 SError)
//            + 0x200  current EL with SP_EL1
//            + 0x400  lower EL (EL0), AArch64
//            + 0x600  lower EL, AArch32        (never used: no AArch32)

import { pc, el, spsel, pstateToSpsr, switchMode, setDAIF, setPstateIL, setPC, requestRefetch } from './state';
import { vbar, esr, far, elr, spsr } from './sysregs';

// Exception classes (ESR_ELx.EC).
@inline export const EC_UNKNOWN: u32 = 0x00;
@inline export const EC_WFX: u32 = 0x01;
@inline export const EC_FP_ACCESS: u32 = 0x07;
@inline export const EC_ILLEGAL_STATE: u32 = 0x0e;
@inline export const EC_SVC64: u32 = 0x15;
@inline export const EC_SYSREG: u32 = 0x18;
@inline export const EC_IABORT_LOWER: u32 = 0x20;
@inline export const EC_IABORT_SAME: u32 = 0x21;
@inline export const EC_PC_ALIGN: u32 = 0x22;
@inline export const EC_DABORT_LOWER: u32 = 0x24;
@inline export const EC_DABORT_SAME: u32 = 0x25;
@inline export const EC_SP_ALIGN: u32 = 0x26;
@inline export const EC_BRK64: u32 = 0x3c;

@inline export const VEC_SYNC: u32 = 0;
@inline export const VEC_IRQ: u32 = 1;

// Data abort ISS bits.
@inline const ISS_WNR: u32 = 1 << 6;
@inline const ISS_CM: u32 = 1 << 8;
/** ISS of a trapped WFI/WFE from AArch64: CV = 1, COND = 0b1110. */
@inline const ISS_CV_AL: u32 = (1 << 24) | (0xe << 20);

/** Set when the current instruction took an exception: its handler must stop at once. */
export let faulted: bool = false;
export let exceptionsTaken: u64 = 0;

export function clearFaulted(): void {
  faulted = false;
}
/** Abandon the current instruction without an exception (the host will handle the stop). */
export function stopInstruction(): void {
  faulted = true;
}

/** Take an exception to EL1. `ret` is the preferred return address (ELR_EL1). */
export function takeException(vector: u32, ec: u32, iss: u32, ret: u64): void {
  let offset: u64 = el == 0 ? 0x400 : spsel == 0 ? 0x000 : 0x200;
  spsr = pstateToSpsr();
  elr = ret;
  if (vector == VEC_SYNC) {
    // ESR is written for synchronous exceptions only (there are no SErrors here). IL = 1: every
    // A64 instruction is 32 bits, and IL is RES1 for the classes without an instruction.
    esr = (<u64>ec << 26) | (<u64>1 << 25) | <u64>(iss & 0x1ffffff);
  }
  switchMode(1, 1);
  setDAIF(0xf);
  setPstateIL(0);
  setPC((vbar & ~<u64>0x7ff) + offset + (<u64>vector << 7));
  requestRefetch();
  faulted = true;
  exceptionsTaken++;
}

/** Synchronous exception for the instruction at pc (return address = pc). */
export function syncException(ec: u32, iss: u32): void {
  takeException(VEC_SYNC, ec, iss, pc);
}

/** UNDEFINED: the architectural "unknown reason" exception. */
export function undefinedInstruction(): void {
  syncException(EC_UNKNOWN, 0);
}

/** Instruction abort for a fetch at `va` with fault status `fsc`. */
export function instructionAbort(va: u64, fsc: u32): void {
  far = va;
  syncException(el == 0 ? EC_IABORT_LOWER : EC_IABORT_SAME, fsc);
}

/**
 * Data abort at `va`. `cm`: the access was a cache maintenance instruction or an address
 * translation instruction; the Arm ARM then reports WnR = 1 whatever the operation.
 */
export function dataAbort(va: u64, fsc: u32, write: bool, cm: bool): void {
  far = va;
  let iss = fsc | (write || cm ? ISS_WNR : 0) | (cm ? ISS_CM : 0);
  syncException(el == 0 ? EC_DABORT_LOWER : EC_DABORT_SAME, iss);
}

export function pcAlignmentFault(): void {
  far = pc;
  syncException(EC_PC_ALIGN, 0);
}

/** SP alignment fault (EC 0x26): ldst checks SCTLR_EL1.SA/SA0 when the base register is SP. */
export function spAlignmentFault(): void {
  syncException(EC_SP_ALIGN, 0);
}

/** A trapped MSR, MRS or system instruction (EC 0x18) with its ISS. */
export function sysregTrap(iss: u32): void {
  syncException(EC_SYSREG, iss);
}

/** WFI (wfe = false) or WFE executed at EL0 while SCTLR_EL1.nTWI / nTWE traps it. */
export function wfxTrap(wfe: bool): void {
  syncException(EC_WFX, ISS_CV_AL | (wfe ? 1 : 0));
}

/**
 * PSTATE.IL was set (by an illegal exception return) when an instruction was about to run:
 * the Illegal Execution state exception, taken instead of executing it.
 */
export function illegalStateException(): void {
  syncException(EC_ILLEGAL_STATE, 0);
}

export function takeIrq(): void {
  // The interrupted instruction has not run: return to it.
  takeException(VEC_IRQ, 0, 0, pc);
  faulted = false;
}
