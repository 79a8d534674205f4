// Handlers of branches, exception generation and system instructions (isa/branch-sys.ts).

import {
  pc, el, daif, getX, setX, setPC, conditionHolds, switchMode, setDAIF, setNZCVBits,
  setPstateIL, requestRefetch, endBlockAfterThis,
} from '../state';
import {
  syncException, undefinedInstruction, takeException, faulted, VEC_SYNC, EC_SVC64, EC_BRK64, EC_SYSREG,
} from '../exceptions';
import { sctlr, cntkctl, elr, spsr, par, tcr } from '../sysregs';
import { sysregRead, sysregWrite, sysregKnown } from '../sysreg-access';
import { requestExit, write64, EXIT_WFI, EXIT_HLT, clearExclusive } from '../vmem';
import { timerUpdate, irqLine } from '../timer';
import { tlbFlushAll, translate, tPA, tFsc, ACC_READ, ACC_WRITE } from '../mmu';
import { invalidateAllCode, invalidateCode } from '../codecache';

/** When set by the host, HLT exits the run loop (semihosting) instead of being UNDEFINED. */
export let hltExits: bool = false;
export function setHltExits(on: bool): void {
  hltExits = on;
}

@inline function sext(v: u32, bits: u32): i64 {
  return (<i64>(<u64>v << (64 - bits))) >> (64 - bits);
}

/**
 * BranchTo for register targets: with TBI the top byte is not part of the address, so the
 * PC takes bits 55:0 sign-extended from bit 55 (AArch64.BranchAddr).
 */
function branchAddr(target: u64): u64 {
  // TCR_EL1.TBI0/TBI1 in bits 37/38, chosen by bit 55 of the target (ARMv8.0 has no TBID:
  // TBI applies to instruction addresses too).
  let upper = (target >> 55) & 1;
  if (((tcr >> (37 + upper)) & 1) == 0) return target;
  return upper ? target | 0xff00000000000000 : target & 0x00ffffffffffffff;
}

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

// ---- register branches -----------------------------------------------------------------------------

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

/** ERET: PSTATE from SPSR_EL1, PC from ELR_EL1. Not allowed at EL0. */
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
  if (m == 0 || m == 4 || m == 5) {
    switchMode(m >> 2, m & 1);
    setPstateIL(<u32>(s >> 20) & 1);
  } else {
    // Illegal exception return (AArch32 or a higher EL): stay at EL1, set PSTATE.IL.
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
export function HLT(i: u32): void {
  if (hltExits) requestExit(EXIT_HLT, true);
  else undefinedInstruction();
}

// ---- hints and barriers ------------------------------------------------------------------------------

export function NOP(i: u32): void {}
export function YIELD(i: u32): void {}
export function SEV(i: u32): void {}
export function SEVL(i: u32): void {}
export function HINT(i: u32): void {}
/** WFE: with one CPU and no event sources but the timer, treat as a yield point. */
export function WFE(i: u32): void {
  endBlockAfterThis();
}
/** WFI: a no-op if an interrupt is pending (masked or not), else the host waits for the timer. */
export function WFI(i: u32): void {
  timerUpdate();
  if (irqLine) return;
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

/** ISS of a trapped MSR/MRS/SYS (EC 0x18). */
@inline function sysTrapIss(i: u32, read: bool): u32 {
  let op0 = (i >> 19) & 3;
  let op1 = (i >> 16) & 7;
  let crn = (i >> 12) & 15;
  let crm = (i >> 8) & 15;
  let op2 = (i >> 5) & 7;
  return (op0 << 20) | (op2 << 17) | (op1 << 14) | (crn << 10) | ((i & 31) << 5) | (crm << 1) | (read ? 1 : 0);
}

@inline const ACCESS_OK: u32 = 0;
@inline const ACCESS_UNDEF: u32 = 1;
@inline const ACCESS_TRAP: u32 = 2;

/** Who may use a system register from EL0: everything else is EL1-only (UNDEFINED at EL0). */
function el0Access(key: u32, read: bool): u32 {
  switch (key) {
    case 0xda10: // NZCV
    case 0xda20: // FPCR
    case 0xda21: // FPSR
    case 0xde82: // TPIDR_EL0
      return ACCESS_OK;
    case 0xde83: // TPIDRRO_EL0
    case 0xd807: // DCZID_EL0
      return read ? ACCESS_OK : ACCESS_UNDEF;
    case 0xda11: // DAIF, if SCTLR_EL1.UMA
      return (sctlr & (1 << 9)) != 0 ? ACCESS_OK : ACCESS_TRAP;
    case 0xd801: // CTR_EL0, if SCTLR_EL1.UCT
      if (!read) return ACCESS_UNDEF;
      return (sctlr & (1 << 15)) != 0 ? ACCESS_OK : ACCESS_TRAP;
    case 0xdf00: // CNTFRQ_EL0
      if (!read) return ACCESS_UNDEF;
      return (cntkctl & 3) != 0 ? ACCESS_OK : ACCESS_TRAP;
    case 0xdf01: // CNTPCT_EL0
      if (!read) return ACCESS_UNDEF;
      return (cntkctl & 1) != 0 ? ACCESS_OK : ACCESS_TRAP;
    case 0xdf02: // CNTVCT_EL0
      if (!read) return ACCESS_UNDEF;
      return (cntkctl & 2) != 0 ? ACCESS_OK : ACCESS_TRAP;
    case 0xdf10: case 0xdf11: case 0xdf12: // CNTP_*: EL0PTEN
      return (cntkctl & (1 << 9)) != 0 ? ACCESS_OK : ACCESS_TRAP;
    case 0xdf18: case 0xdf19: case 0xdf1a: // CNTV_*: EL0VTEN
      return (cntkctl & (1 << 8)) != 0 ? ACCESS_OK : ACCESS_TRAP;
  }
  return ACCESS_UNDEF;
}

/** Registers that exist only for reading (writes are UNDEFINED). */
function readOnly(key: u32): bool {
  return key == 0xc212 || (key >= 0xc000 && key < 0xc080) || key == 0xd801 || key == 0xd807 ||
    key == 0xdf01 || key == 0xdf02 || key == 0xc608 || (key >> 11) == 0x19; // CurrentEL, ID regs, CTR, DCZID, counters, ISR, op1=1 cache ids
}

@inline function keyOf(i: u32): u32 {
  // Instruction bits 20:5 = o0(1) op1(3) CRn(4) CRm(4) op2(3); op0 = 2 + o0.
  return ((2 + ((i >> 19) & 1)) << 14) | ((i >> 5) & 0x3fff);
}

function checkAccess(i: u32, key: u32, read: bool): bool {
  if (el == 0) {
    let a = el0Access(key, read);
    if (a == ACCESS_UNDEF) {
      undefinedInstruction();
      return false;
    }
    if (a == ACCESS_TRAP) {
      syncException(EC_SYSREG, sysTrapIss(i, read));
      return false;
    }
  } else if (key == 0xe208) {
    undefinedInstruction(); // SP_EL1 is only reachable from EL2 and above
    return false;
  }
  if (!read && readOnly(key)) {
    undefinedInstruction();
    return false;
  }
  return true;
}

export function MRS(i: u32): void {
  let key = keyOf(i);
  if (!checkAccess(i, key, true)) return;
  let v = sysregRead(key);
  if (!sysregKnown) {
    undefinedInstruction();
    return;
  }
  setX(i & 31, v);
}

export function MSR_reg(i: u32): void {
  let key = keyOf(i);
  if (!checkAccess(i, key, false)) return;
  sysregWrite(key, getX(i & 31));
  if (!sysregKnown) {
    undefinedInstruction();
    return;
  }
  endBlockAfterThis();
}

/** MSR (immediate): SPSel, DAIFSet, DAIFClr. */
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
    if (el == 0 && (sctlr & (1 << 9)) == 0) {
      syncException(EC_SYSREG, sysTrapIss(i, false));
      return;
    }
    setDAIF(op2 == 6 ? daif | crm : daif & ~crm);
  } else {
    undefinedInstruction();
    return;
  }
  endBlockAfterThis();
}

/** SYS: cache maintenance (DC/IC), TLB maintenance (TLBI), address translation (AT). */
export function SYS(i: u32): void {
  let op1 = (i >> 16) & 7;
  let crn = (i >> 12) & 15;
  let crm = (i >> 8) & 15;
  let op2 = (i >> 5) & 7;
  let rt = i & 31;
  if (crn == 7 && op1 == 3 && crm == 4 && op2 == 1) {
    // DC ZVA: zero the 64-byte block holding Xt.
    if (el == 0 && (sctlr & (1 << 14)) == 0) {
      syncException(EC_SYSREG, sysTrapIss(i, false));
      return;
    }
    let va = getX(rt) & ~<u64>63;
    for (let k: u32 = 0; k < 8; k++) {
      write64(va + (<u64>k << 3), 0);
      if (faulted) return;
    }
    return;
  }
  if (crn == 7 && op1 == 3 && crm == 5 && op2 == 1) {
    // IC IVAU: drop decoded instructions of that cache line.
    if (el == 0 && (sctlr & (1 << 26)) == 0) {
      syncException(EC_SYSREG, sysTrapIss(i, false));
      return;
    }
    if (translate(getX(rt), ACC_READ, el)) invalidateCode(tPA & ~<u64>63, 64);
    endBlockAfterThis();
    return;
  }
  if (crn == 7 && op1 == 3 && (crm == 10 || crm == 11 || crm == 14) && op2 == 1) {
    // DC CVAC / CVAU / CIVAC: no caches to clean; EL0 needs SCTLR_EL1.UCI.
    if (el == 0 && (sctlr & (1 << 26)) == 0) {
      syncException(EC_SYSREG, sysTrapIss(i, false));
      return;
    }
    return;
  }
  if (el == 0) {
    undefinedInstruction();
    return;
  }
  if (crn == 8 && op1 == 0) {
    // TLBI: the soft TLB is flushed whole, which is always a correct over-approximation.
    tlbFlushAll();
    endBlockAfterThis();
    return;
  }
  if (crn == 7 && op1 == 0 && crm == 5 && (op2 == 0)) {
    invalidateAllCode(); // IC IALLU
    endBlockAfterThis();
    return;
  }
  if (crn == 7 && op1 == 0 && crm == 1 && op2 == 0) {
    invalidateAllCode(); // IC IALLUIS
    endBlockAfterThis();
    return;
  }
  if (crn == 7 && op1 == 0 && crm == 6 && (op2 == 1 || op2 == 2)) return; // DC IVAC / ISW
  if (crn == 7 && op1 == 0 && (crm == 10 || crm == 14) && op2 == 2) return; // DC CSW / CISW
  if (crn == 7 && op1 == 0 && crm == 8 && op2 <= 3) {
    // AT S1E1R/W, S1E0R/W: translate and report in PAR_EL1.
    let kind = (op2 & 1) != 0 ? ACC_WRITE : ACC_READ;
    let permEl: u32 = op2 >= 2 ? 0 : 1;
    if (translate(getX(rt), kind, permEl)) par = tPA & 0x0000fffffffff000;
    else par = 1 | (<u64>tFsc << 1);
    return;
  }
  undefinedInstruction();
}

export function SYSL(i: u32): void {
  undefinedInstruction(); // no SYSL encodings are allocated in ARMv8.0
}
