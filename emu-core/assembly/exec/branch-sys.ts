// Handlers of branches, exception generation and system instructions (isa/branch-sys.ts).

import {
  pc, el, daif, getX, setX, setPC, conditionHolds, switchMode, setDAIF, setNZCVBits,
  setPstateIL, requestRefetch, endBlockAfterThis,
} from '../state';
import {
  syncException, undefinedInstruction, takeException, dataAbort, sysregTrap, wfxTrap, faulted,
  VEC_SYNC, EC_SVC64, EC_BRK64,
} from '../exceptions';
import {
  sctlr, elr, spsr, par, eventRegister, SCTLR_UMA, SCTLR_DZE, SCTLR_UCI, SCTLR_NTWI, SCTLR_NTWE, DCZ_BYTES,
} from '../sysregs';
import {
  sysregRead, sysregWrite, sysregAccess, ACCESS_OK, ACCESS_TRAP, ACCESS_FP_TRAP,
} from '../sysreg-access';
import { fpTrap } from '../fpaccess';
import { requestExit, write64, EXIT_WFI, EXIT_HLT, clearExclusive } from '../vmem';
import { timerUpdate, irqLine } from '../timer';
import {
  tlbFlushAll, translate, branchAddr, tPA, tFsc, tDevice, tAttr, tSh,
  ACC_READ, ACC_WRITE, FSC_ALIGNMENT, FSC_EXTERNAL_WALK,
} from '../mmu';
import { invalidateAllCode, invalidateCode } from '../codecache';

/**
 * When set by the host, every HLT exits the run loop (after the instruction) instead of being
 * UNDEFINED: semihosting (HLT #0xF000) and test harnesses use it; the host reads the immediate.
 */
export let hltExits: bool = false;
export function setHltExits(on: bool): void {
  hltExits = on;
}

@inline function sext(v: u32, bits: u32): i64 {
  return (<i64>(<u64>v << (64 - bits))) >> (64 - bits);
}
@inline function rt(i: u32): u32 { return i & 31; }

// ---- immediate branches -------------------------------------------------------------------------

export function B_cond(i: u32): void {
  if (conditionHolds(i & 15)) setPC(pc + <u64>(sext((i >> 5) & 0x7ffff, 19) << 2));
}
export function B(i: u32): void {
  setPC(pc + <u64>(sext(i & 0x3ffffff, 26) << 2));
}
export function BL(i: u32): void {
  setX(30, pc + 4);
  setPC(pc + <u64>(sext(i & 0x3ffffff, 26) << 2));
}
@inline function cbTaken(i: u32): bool {
  let v = getX(i & 31);
  if ((i >> 31) == 0) v &= 0xffffffff;
  return v == 0;
}
export function CBZ(i: u32): void {
  if (cbTaken(i)) setPC(pc + <u64>(sext((i >> 5) & 0x7ffff, 19) << 2));
}
export function CBNZ(i: u32): void {
  if (!cbTaken(i)) setPC(pc + <u64>(sext((i >> 5) & 0x7ffff, 19) << 2));
}
@inline function testBit(i: u32): u64 {
  let bit = ((i >> 26) & 0x20) | ((i >> 19) & 0x1f);
  return (getX(i & 31) >> bit) & 1;
}
export function TBZ(i: u32): void {
  if (testBit(i) == 0) setPC(pc + <u64>(sext((i >> 5) & 0x3fff, 14) << 2));
}
export function TBNZ(i: u32): void {
  if (testBit(i) != 0) setPC(pc + <u64>(sext((i >> 5) & 0x3fff, 14) << 2));
}

// ---- register branches (the target goes through AArch64.BranchAddr: no tag in the PC) ------------

export function BR(i: u32): void {
  setPC(branchAddr(getX((i >> 5) & 31)));
}
export function BLR(i: u32): void {
  let target = getX((i >> 5) & 31); // read before writing X30 (BLR X30)
  setX(30, pc + 4);
  setPC(branchAddr(target));
}
export function RET(i: u32): void {
  setPC(branchAddr(getX((i >> 5) & 31)));
}

/**
 * ERET: PSTATE from SPSR_EL1, PC from ELR_EL1. UNDEFINED at EL0. Only EL0t (0b00000), EL1t
 * (0b00100) and EL1h (0b00101) are legal targets; any other SPSR.M (AArch32, EL2/EL3, EL0 with
 * SP_EL1, reserved) is an illegal exception return: EL and SP stay, NZCV and DAIF are still
 * restored, PSTATE.IL is set, and the next instruction takes the Illegal Execution state
 * exception (run.ts checks PSTATE.IL before each block).
 */
export function ERET(i: u32): void {
  if (el == 0) {
    undefinedInstruction();
    return;
  }
  let s = spsr;
  let m = <u32>s & 0x1f;
  setNZCVBits(<u32>s);
  setDAIF(<u32>(s >> 6));
  clearExclusive();
  eventRegister = true; // an exception return is an event (it clears the local monitor)
  if (m == 0 || m == 4 || m == 5) {
    switchMode(m >> 2, m & 1);
    setPstateIL(<u32>(s >> 20) & 1);
  } else {
    setPstateIL(1);
  }
  setPC(branchAddr(elr));
  requestRefetch();
}

// ---- exception generation ---------------------------------------------------------------------------

export function SVC(i: u32): void {
  takeException(VEC_SYNC, EC_SVC64, (i >> 5) & 0xffff, pc + 4);
}
export function HVC(i: u32): void {
  undefinedInstruction(); // no EL2
}
export function SMC(i: u32): void {
  undefinedInstruction(); // no EL3
}
export function BRK(i: u32): void {
  syncException(EC_BRK64, (i >> 5) & 0xffff);
}
/** HLT: UNDEFINED (halting debug is never enabled), unless the host asked for HLT exits. */
export function HLT(i: u32): void {
  if (hltExits) requestExit(EXIT_HLT, true);
  else undefinedInstruction();
}

// ---- hints and barriers ------------------------------------------------------------------------------

export function NOP(i: u32): void {}
export function YIELD(i: u32): void {}
export function SEV(i: u32): void {
  eventRegister = true; // the only PE: its own event
}
export function SEVL(i: u32): void {
  eventRegister = true;
}
export function HINT(i: u32): void {}
/**
 * WFE: a set event register is consumed instead of waiting. Otherwise the PE would wait: at EL0
 * that traps unless SCTLR_EL1.nTWE. There is no other PE to send an event, so the wait itself
 * ends at once (as if on the event stream or a spurious wake-up): the block ends, a yield point.
 */
export function WFE(i: u32): void {
  if (eventRegister) {
    eventRegister = false;
    return;
  }
  if (el == 0 && (sctlr & SCTLR_NTWE) == 0) {
    wfxTrap(true);
    return;
  }
  endBlockAfterThis();
}
/**
 * WFI: completes at once if an interrupt is pending (masked or not, as the architecture says).
 * Otherwise the PE would wait: at EL0 that traps unless SCTLR_EL1.nTWI; else the run loop exits
 * and the host waits for the timer.
 */
export function WFI(i: u32): void {
  timerUpdate();
  if (irqLine) return;
  if (el == 0 && (sctlr & SCTLR_NTWI) == 0) {
    wfxTrap(false);
    return;
  }
  requestExit(EXIT_WFI, true);
}
export function CLREX(i: u32): void {
  clearExclusive();
}
export function DSB(i: u32): void {}
export function DMB(i: u32): void {}
export function ISB(i: u32): void {
  endBlockAfterThis(); // context synchronization: re-fetch with the current translation
}

// ---- system register access ----------------------------------------------------------------------------

/**
 * ISS of a trapped MSR/MRS/system instruction (EC 0x18):
 *   Op0 [21:20] Op2 [19:17] Op1 [16:14] CRn [13:10] Rt [9:5] CRm [4:1] Direction [0] (1 = read)
 * For MSR (immediate) and SYS the instruction's bits 20:19 give Op0 = 0 and 1.
 */
@inline function sysTrapIss(i: u32, read: bool): u32 {
  let op0 = (i >> 19) & 3;
  let op1 = (i >> 16) & 7;
  let crn = (i >> 12) & 15;
  let crm = (i >> 8) & 15;
  let op2 = (i >> 5) & 7;
  return (op0 << 20) | (op2 << 17) | (op1 << 14) | (crn << 10) | (rt(i) << 5) | (crm << 1) | (read ? 1 : 0);
}

@inline function keyOf(i: u32): u32 {
  // Instruction bits 20:5 = o0(1) op1(3) CRn(4) CRm(4) op2(3); op0 = 2 + o0.
  return ((2 + ((i >> 19) & 1)) << 14) | ((i >> 5) & 0x3fff);
}

/** Apply the access rules; on refusal the exception is taken and false returned. */
function allowed(i: u32, key: u32, read: bool): bool {
  let a = sysregAccess(key, read);
  if (a == ACCESS_OK) return true;
  if (a == ACCESS_TRAP) sysregTrap(sysTrapIss(i, read));
  else if (a == ACCESS_FP_TRAP) fpTrap();
  else undefinedInstruction();
  return false;
}

export function MRS(i: u32): void {
  let key = keyOf(i);
  if (!allowed(i, key, true)) return;
  setX(rt(i), sysregRead(key));
}

export function MSR_reg(i: u32): void {
  let key = keyOf(i);
  if (!allowed(i, key, false)) return;
  sysregWrite(key, getX(rt(i)));
  // Translation, interrupt masks or the timer may have changed: re-fetch and re-check.
  endBlockAfterThis();
}

/** MSR (immediate): SPSel (EL1 only), DAIFSet, DAIFClr (EL0 if SCTLR_EL1.UMA). */
export function MSR_imm(i: u32): void {
  let op1 = (i >> 16) & 7;
  let op2 = (i >> 5) & 7;
  let crm = (i >> 8) & 15;
  if (op1 == 0 && op2 == 5) {
    if (el == 0) {
      undefinedInstruction();
      return;
    }
    switchMode(el, crm & 1);
  } else if (op1 == 3 && (op2 == 6 || op2 == 7)) {
    if (el == 0 && (sctlr & SCTLR_UMA) == 0) {
      sysregTrap(sysTrapIss(i, false));
      return;
    }
    setDAIF(op2 == 6 ? daif | crm : daif & ~crm);
  } else {
    undefinedInstruction(); // PAN, UAO, SSBS, DIT, CFINV...: not in ARMv8.0
    return;
  }
  endBlockAfterThis();
}

// ---- cache maintenance ------------------------------------------------------------------------------------
// The core has no caches; what remains of these instructions is their access control (EL0
// traps), the faults of the by-VA forms, and the invalidation of decoded code for IC.

/** EL0 may use this by-VA maintenance only with SCTLR_EL1.UCI; otherwise it traps (EC 0x18). */
@inline function el0MaintenanceTrapped(i: u32): bool {
  if (el != 0 || (sctlr & SCTLR_UCI) != 0) return false;
  sysregTrap(sysTrapIss(i, false));
  return true;
}

/**
 * The translation a maintenance instruction by VA performs. The Arm ARM: such an instruction
 * reports Translation, Access flag and Address size faults (as Data Aborts with CM = 1 and
 * WnR = 1); a Permission fault only for DC IVAC without write permission, and at EL0 without
 * read permission. Checking read permission does exactly that: at EL1 (no PAN in v8.0) every
 * mapped address is readable. Returns false after taking the abort.
 */
function maintenanceTranslate(va: u64, needWrite: bool): bool {
  if (translate(va, needWrite ? ACC_WRITE : ACC_READ, el)) return true;
  dataAbort(va, tFsc, true, true);
  return false;
}

/** Decoded instructions of the 64-byte line at `va` are dropped (a later fetch decodes again). */
export function IC_IVAU(i: u32): void {
  if (el0MaintenanceTrapped(i)) return;
  let va = getX(rt(i));
  if (!maintenanceTranslate(va, false)) return;
  invalidateCode(tPA & ~<u64>63, 64);
  endBlockAfterThis();
}
export function IC_IALLU(i: u32): void {
  icInvalidateAll();
}
export function IC_IALLUIS(i: u32): void {
  icInvalidateAll();
}
function icInvalidateAll(): void {
  if (el == 0) {
    undefinedInstruction();
    return;
  }
  invalidateAllCode();
  endBlockAfterThis();
}

export function DC_CVAC(i: u32): void {
  dcByVa(i);
}
export function DC_CVAU(i: u32): void {
  dcByVa(i);
}
export function DC_CIVAC(i: u32): void {
  dcByVa(i);
}
function dcByVa(i: u32): void {
  if (el0MaintenanceTrapped(i)) return;
  maintenanceTranslate(getX(rt(i)), false);
}
/** DC IVAC: EL1 only; invalidation discards data, so it needs write permission. */
export function DC_IVAC(i: u32): void {
  if (el == 0) {
    undefinedInstruction();
    return;
  }
  maintenanceTranslate(getX(rt(i)), true);
}
/** DC ISW/CSW/CISW: by set/way, EL1 only; nothing to do without caches. */
export function DC_ISW(i: u32): void {
  if (el == 0) undefinedInstruction();
}
export function DC_CSW(i: u32): void {
  if (el == 0) undefinedInstruction();
}
export function DC_CISW(i: u32): void {
  if (el == 0) undefinedInstruction();
}

/**
 * DC ZVA: zero the 64-byte block holding Xt (DCZID_EL0.BS). EL0 needs SCTLR_EL1.DZE. It is a
 * store for permissions and faults (WnR = 1, CM = 0), and Device memory (everything while the
 * MMU is off) gives an Alignment fault whatever the address.
 */
export function DC_ZVA(i: u32): void {
  if (el == 0 && (sctlr & SCTLR_DZE) == 0) {
    sysregTrap(sysTrapIss(i, false));
    return;
  }
  // The block is translated; a fault reports the address from Xt itself (as QEMU does).
  let xt = getX(rt(i));
  let va = xt & ~(DCZ_BYTES - 1);
  if (!translate(va, ACC_WRITE, el)) {
    dataAbort(xt, tFsc, true, false);
    return;
  }
  if (tDevice) {
    dataAbort(xt, FSC_ALIGNMENT, true, false);
    return;
  }
  // The block lies inside one page, so these stores can no longer fault; they go through the
  // normal store path for MMIO, host write protection and decoded-code invalidation.
  for (let k: u64 = 0; k < DCZ_BYTES; k += 8) {
    write64(va + k, 0);
    if (faulted) return;
  }
}

// ---- address translation (AT): the result goes to PAR_EL1 ----------------------------------------------

/**
 * PAR_EL1 after a successful translation:
 *   ATTR [63:56] (MAIR attribute), PA [47:12], RES1 [11], NS [9] (Non-secure), SH [8:7], F [0] = 0
 * and after a fault:
 *   RES1 [11], S [9] = 0 and PTW [8] = 0 (stage 1), FST [6:1], F [0] = 1
 * A synchronous external abort on the walk is not reported in PAR: it is taken as a Data Abort
 * (CM = 1, WnR = 1), as for every fault of an address translation instruction that aborts.
 */
function at(i: u32, kind: u32, permEl: u32): void {
  if (el == 0) {
    undefinedInstruction();
    return;
  }
  let va = getX(rt(i));
  if (translate(va, kind, permEl)) {
    par = (<u64>tAttr << 56) | (tPA & 0x000000fffffff000) | (1 << 11) | (1 << 9) | (<u64>tSh << 7);
    return;
  }
  if ((tFsc & 0x3c) == FSC_EXTERNAL_WALK) {
    dataAbort(va, tFsc, true, true);
    return;
  }
  par = (1 << 11) | (<u64>tFsc << 1) | 1;
}
export function AT_S1E1R(i: u32): void { at(i, ACC_READ, 1); }
export function AT_S1E1W(i: u32): void { at(i, ACC_WRITE, 1); }
export function AT_S1E0R(i: u32): void { at(i, ACC_READ, 0); }
export function AT_S1E0W(i: u32): void { at(i, ACC_WRITE, 0); }

// ---- TLB maintenance ------------------------------------------------------------------------------------------
// Every TLBI empties the whole soft TLB: always a correct over-approximation (by VA, by ASID,
// last level only, inner shareable or not), and cheap next to a walk per later miss.

function tlbi(): void {
  if (el == 0) {
    undefinedInstruction();
    return;
  }
  tlbFlushAll();
  endBlockAfterThis(); // the current block was fetched through the old translation
}
export function TLBI_VMALLE1IS(i: u32): void { tlbi(); }
export function TLBI_VAE1IS(i: u32): void { tlbi(); }
export function TLBI_ASIDE1IS(i: u32): void { tlbi(); }
export function TLBI_VAAE1IS(i: u32): void { tlbi(); }
export function TLBI_VALE1IS(i: u32): void { tlbi(); }
export function TLBI_VAALE1IS(i: u32): void { tlbi(); }
export function TLBI_VMALLE1(i: u32): void { tlbi(); }
export function TLBI_VAE1(i: u32): void { tlbi(); }
export function TLBI_ASIDE1(i: u32): void { tlbi(); }
export function TLBI_VAAE1(i: u32): void { tlbi(); }
export function TLBI_VALE1(i: u32): void { tlbi(); }
export function TLBI_VAALE1(i: u32): void { tlbi(); }

/** Every other SYS encoding is unallocated in ARMv8.0. */
export function SYS(i: u32): void {
  undefinedInstruction();
}
/** SYSL: no encoding is allocated in ARMv8.0. */
export function SYSL(i: u32): void {
  undefinedInstruction();
}
