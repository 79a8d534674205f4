// System registers by encoding: who may access them (sysregAccess), their values (sysregRead)
// and the side effects of writing them (sysregWrite). Shared by MRS/MSR and the host API.
//
// A register is named by its MRS/MSR encoding packed into 16 bits:
//   key = op0 << 14 | op1 << 11 | CRn << 7 | CRm << 3 | op2
// i.e. the instruction's bits 20:5 with op0 = 2 + o0. isa/sysreg-names.ts has the same keys
// with names for the host side; test/sys-names.test.ts checks the two agree.

import * as r from './sysregs';
import {
  el, spsel, daif, spEl0, getSP, setSP, getNZCVBits, setNZCVBits, switchMode, setDAIF,
  requestRefetch, rawSetSpEl0,
} from './state';
import { tlbFlushAll } from './mmu';
import { counterForInsn, ctlRead, timerDirty, timerUpdate, irqLine } from './timer';

// ---- keys ------------------------------------------------------------------------------------------
@inline export const K_MIDR_EL1: u32 = 0xc000; // 3,0,0,0,0
@inline export const K_MPIDR_EL1: u32 = 0xc005; // 3,0,0,0,5
@inline export const K_REVIDR_EL1: u32 = 0xc006; // 3,0,0,0,6
@inline export const K_ID_AA64PFR0_EL1: u32 = 0xc020; // 3,0,0,4,0
@inline export const K_ID_AA64DFR0_EL1: u32 = 0xc028; // 3,0,0,5,0
@inline export const K_ID_AA64ISAR0_EL1: u32 = 0xc030; // 3,0,0,6,0
@inline export const K_ID_AA64MMFR0_EL1: u32 = 0xc038; // 3,0,0,7,0
@inline export const K_CCSIDR_EL1: u32 = 0xc800; // 3,1,0,0,0
@inline export const K_CLIDR_EL1: u32 = 0xc801; // 3,1,0,0,1
@inline export const K_AIDR_EL1: u32 = 0xc807; // 3,1,0,0,7
@inline export const K_CSSELR_EL1: u32 = 0xd000; // 3,2,0,0,0
@inline export const K_CTR_EL0: u32 = 0xd801; // 3,3,0,0,1
@inline export const K_DCZID_EL0: u32 = 0xd807; // 3,3,0,0,7
@inline export const K_SCTLR_EL1: u32 = 0xc080; // 3,0,1,0,0
@inline export const K_ACTLR_EL1: u32 = 0xc081; // 3,0,1,0,1
@inline export const K_CPACR_EL1: u32 = 0xc082; // 3,0,1,0,2
@inline export const K_TTBR0_EL1: u32 = 0xc100; // 3,0,2,0,0
@inline export const K_TTBR1_EL1: u32 = 0xc101; // 3,0,2,0,1
@inline export const K_TCR_EL1: u32 = 0xc102; // 3,0,2,0,2
@inline export const K_SPSR_EL1: u32 = 0xc200; // 3,0,4,0,0
@inline export const K_ELR_EL1: u32 = 0xc201; // 3,0,4,0,1
@inline export const K_SP_EL0: u32 = 0xc208; // 3,0,4,1,0
@inline export const K_SPSEL: u32 = 0xc210; // 3,0,4,2,0
@inline export const K_CURRENTEL: u32 = 0xc212; // 3,0,4,2,2
@inline export const K_SP_EL1: u32 = 0xe208; // 3,4,4,1,0 (EL2 and up: UNDEFINED here)
@inline export const K_NZCV: u32 = 0xda10; // 3,3,4,2,0
@inline export const K_DAIF: u32 = 0xda11; // 3,3,4,2,1
@inline export const K_FPCR: u32 = 0xda20; // 3,3,4,4,0
@inline export const K_FPSR: u32 = 0xda21; // 3,3,4,4,1
@inline export const K_AFSR0_EL1: u32 = 0xc288; // 3,0,5,1,0
@inline export const K_AFSR1_EL1: u32 = 0xc289; // 3,0,5,1,1
@inline export const K_ESR_EL1: u32 = 0xc290; // 3,0,5,2,0
@inline export const K_FAR_EL1: u32 = 0xc300; // 3,0,6,0,0
@inline export const K_PAR_EL1: u32 = 0xc3a0; // 3,0,7,4,0
@inline export const K_MAIR_EL1: u32 = 0xc510; // 3,0,10,2,0
@inline export const K_AMAIR_EL1: u32 = 0xc518; // 3,0,10,3,0
@inline export const K_VBAR_EL1: u32 = 0xc600; // 3,0,12,0,0
@inline export const K_RVBAR_EL1: u32 = 0xc601; // 3,0,12,0,1
@inline export const K_ISR_EL1: u32 = 0xc608; // 3,0,12,1,0
@inline export const K_CONTEXTIDR_EL1: u32 = 0xc681; // 3,0,13,0,1
@inline export const K_TPIDR_EL1: u32 = 0xc684; // 3,0,13,0,4
@inline export const K_TPIDR_EL0: u32 = 0xde82; // 3,3,13,0,2
@inline export const K_TPIDRRO_EL0: u32 = 0xde83; // 3,3,13,0,3
@inline export const K_CNTKCTL_EL1: u32 = 0xc708; // 3,0,14,1,0
@inline export const K_CNTFRQ_EL0: u32 = 0xdf00; // 3,3,14,0,0
@inline export const K_CNTPCT_EL0: u32 = 0xdf01; // 3,3,14,0,1
@inline export const K_CNTVCT_EL0: u32 = 0xdf02; // 3,3,14,0,2
@inline export const K_CNTP_TVAL_EL0: u32 = 0xdf10; // 3,3,14,2,0
@inline export const K_CNTP_CTL_EL0: u32 = 0xdf11; // 3,3,14,2,1
@inline export const K_CNTP_CVAL_EL0: u32 = 0xdf12; // 3,3,14,2,2
@inline export const K_CNTV_TVAL_EL0: u32 = 0xdf18; // 3,3,14,3,0
@inline export const K_CNTV_CTL_EL0: u32 = 0xdf19; // 3,3,14,3,1
@inline export const K_CNTV_CVAL_EL0: u32 = 0xdf1a; // 3,3,14,3,2
// Debug (op0 = 2).
@inline export const K_MDCCINT_EL1: u32 = 0x8010; // 2,0,0,2,0
@inline export const K_MDSCR_EL1: u32 = 0x8012; // 2,0,0,2,2
@inline export const K_MDRAR_EL1: u32 = 0x8080; // 2,0,1,0,0
@inline export const K_OSLAR_EL1: u32 = 0x8084; // 2,0,1,0,4
@inline export const K_OSLSR_EL1: u32 = 0x808c; // 2,0,1,1,4
@inline export const K_OSDLR_EL1: u32 = 0x809c; // 2,0,1,3,4
@inline export const K_DBGPRCR_EL1: u32 = 0x80a4; // 2,0,1,4,4
@inline export const K_DBGCLAIMSET_EL1: u32 = 0x83c6; // 2,0,7,8,6
@inline export const K_DBGCLAIMCLR_EL1: u32 = 0x83ce; // 2,0,7,9,6
@inline export const K_DBGAUTHSTATUS_EL1: u32 = 0x83f6; // 2,0,7,14,6
@inline export const K_MDCCSR_EL0: u32 = 0x9808; // 2,3,0,1,0

// ---- access rules ------------------------------------------------------------------------------------
// sysregInfo(key) packs what an EL1 access may do and the rule for EL0:
//   bit 0 readable, bit 1 writable (at EL1); bit 2 subject to the CPACR_EL1.FPEN trap;
//   bits 7:4 the EL0 rule (EL0_*): UNDEFINED, allowed, or allowed unless a control bit traps it.
@inline const RD: u32 = 1;
@inline const WR: u32 = 2;
@inline const RW: u32 = 3;
@inline const FP: u32 = 4;
@inline const EL0_NONE: u32 = 0 << 4; // UNDEFINED at EL0
@inline const EL0_RW: u32 = 1 << 4; // as at EL1
@inline const EL0_RO: u32 = 2 << 4; // reads only; writes UNDEFINED
@inline const EL0_UMA: u32 = 3 << 4; // traps unless SCTLR_EL1.UMA
@inline const EL0_UCT: u32 = 4 << 4; // reads trap unless SCTLR_EL1.UCT
@inline const EL0_FRQ: u32 = 5 << 4; // reads trap unless CNTKCTL_EL1.EL0PCTEN or EL0VCTEN
@inline const EL0_PCT: u32 = 6 << 4; // reads trap unless CNTKCTL_EL1.EL0PCTEN
@inline const EL0_VCT: u32 = 7 << 4; // reads trap unless CNTKCTL_EL1.EL0VCTEN
@inline const EL0_PT: u32 = 8 << 4; // traps unless CNTKCTL_EL1.EL0PTEN
@inline const EL0_VT: u32 = 9 << 4; // traps unless CNTKCTL_EL1.EL0VTEN
@inline const EL0_DCC: u32 = 10 << 4; // reads trap if MDSCR_EL1.TDCC

/** First key of the ID register space (3,0,0,1,0) and the one after it (3,0,0,8,0). */
@inline const ID_SPACE_FIRST: u32 = 0xc008;
@inline const ID_SPACE_END: u32 = 0xc040;
// Debug breakpoint/watchpoint registers DBG{B,W}{V,C}R<n>_EL1 = (2,0,0,n,4..7).
@inline function isDebugPair(key: u32): bool {
  return (key & 0xff84) == 0x8004 && ((key >> 3) & 15) < r.DEBUG_PAIRS;
}

export function sysregInfo(key: u32): u32 {
  // The ID register space of op0=3, op1=0, CRn=0, CRm=1..7 reads as zero where nothing is
  // assigned (Arm ARM: reserved ID registers are RAZ), so software can probe future features.
  if (key >= ID_SPACE_FIRST && key < ID_SPACE_END) return RD;
  if (isDebugPair(key)) return RW;
  switch (key) {
    case K_MIDR_EL1: case K_MPIDR_EL1: case K_REVIDR_EL1:
    case K_CCSIDR_EL1: case K_CLIDR_EL1: case K_AIDR_EL1:
    case K_CURRENTEL: case K_ISR_EL1: case K_RVBAR_EL1:
    case K_MDRAR_EL1: case K_OSLSR_EL1: case K_DBGAUTHSTATUS_EL1:
      return RD;
    case K_CTR_EL0: return RD | EL0_UCT;
    case K_DCZID_EL0: return RD | EL0_RO;
    case K_CSSELR_EL1: case K_SCTLR_EL1: case K_ACTLR_EL1: case K_CPACR_EL1:
    case K_TTBR0_EL1: case K_TTBR1_EL1: case K_TCR_EL1:
    case K_SPSR_EL1: case K_ELR_EL1: case K_SP_EL0: case K_SPSEL:
    case K_AFSR0_EL1: case K_AFSR1_EL1: case K_ESR_EL1: case K_FAR_EL1: case K_PAR_EL1:
    case K_MAIR_EL1: case K_AMAIR_EL1: case K_VBAR_EL1:
    case K_CONTEXTIDR_EL1: case K_TPIDR_EL1: case K_CNTKCTL_EL1:
    case K_MDCCINT_EL1: case K_MDSCR_EL1: case K_OSDLR_EL1: case K_DBGPRCR_EL1:
    case K_DBGCLAIMSET_EL1: case K_DBGCLAIMCLR_EL1:
      return RW;
    case K_OSLAR_EL1: return WR;
    case K_NZCV: return RW | EL0_RW;
    case K_DAIF: return RW | EL0_UMA;
    case K_FPCR: case K_FPSR: return RW | FP | EL0_RW;
    case K_TPIDR_EL0: return RW | EL0_RW;
    case K_TPIDRRO_EL0: return RW | EL0_RO;
    case K_CNTFRQ_EL0: return RW | EL0_FRQ;
    case K_CNTPCT_EL0: return RD | EL0_PCT;
    case K_CNTVCT_EL0: return RD | EL0_VCT;
    case K_CNTP_TVAL_EL0: case K_CNTP_CTL_EL0: case K_CNTP_CVAL_EL0: return RW | EL0_PT;
    case K_CNTV_TVAL_EL0: case K_CNTV_CTL_EL0: case K_CNTV_CVAL_EL0: return RW | EL0_VT;
    case K_MDCCSR_EL0: return RD | EL0_DCC;
  }
  return 0;
}

@inline export const ACCESS_OK: u32 = 0;
@inline export const ACCESS_UNDEF: u32 = 1;
/** Trapped to EL1 with EC 0x18 (MSR/MRS/system instruction). */
@inline export const ACCESS_TRAP: u32 = 2;
/** Trapped by CPACR_EL1.FPEN with EC 0x07. */
@inline export const ACCESS_FP_TRAP: u32 = 3;

/** May the current exception level make this access? */
export function sysregAccess(key: u32, read: bool): u32 {
  let info = sysregInfo(key);
  if ((info & (read ? RD : WR)) == 0) return ACCESS_UNDEF;
  if (el == 0) {
    let rule = info & 0xf0;
    if (rule == EL0_NONE) return ACCESS_UNDEF;
    if (!read && (rule == EL0_RO || rule == EL0_UCT || rule == EL0_FRQ || rule == EL0_PCT ||
        rule == EL0_VCT || rule == EL0_DCC)) return ACCESS_UNDEF;
    let allowed = true;
    switch (rule) {
      case EL0_UMA: allowed = (r.sctlr & r.SCTLR_UMA) != 0; break;
      case EL0_UCT: allowed = (r.sctlr & r.SCTLR_UCT) != 0; break;
      case EL0_FRQ: allowed = (r.cntkctl & 3) != 0; break;
      case EL0_PCT: allowed = (r.cntkctl & 1) != 0; break;
      case EL0_VCT: allowed = (r.cntkctl & 2) != 0; break;
      case EL0_PT: allowed = (r.cntkctl & (1 << 9)) != 0; break;
      case EL0_VT: allowed = (r.cntkctl & (1 << 8)) != 0; break;
      case EL0_DCC: allowed = (r.mdscr & (1 << 12)) == 0; break;
    }
    if (!allowed) return ACCESS_TRAP;
  } else if (key == K_SP_EL0 && spsel == 0) {
    return ACCESS_UNDEF; // SP_EL0 is the current stack pointer: use SP instead
  }
  if ((info & FP) != 0) {
    let fpen = <u32>(r.cpacr >> 20) & 3;
    if (fpen != 3 && !(fpen == 1 && el == 1)) return ACCESS_FP_TRAP;
  }
  return ACCESS_OK;
}

/**
 * FPCR bits that hold a value: AHP, DN, FZ, RMode. Without AArch32, Len and Stride are RES0;
 * no FP16 (FZ16) and no trapped FP exceptions (the enables IDE, IXE, UFE, OFE, DZE, IOE are
 * RAZ/WI).
 */
@inline const FPCR_WRITABLE: u32 = 0x07c00000;
/** FPSR bits that hold a value: QC, IDC and IXC..IOC (N, Z, C, V exist only with AArch32). */
@inline const FPSR_WRITABLE: u32 = 0x0800009f;

// ---- values --------------------------------------------------------------------------------------------

/** Set false by sysregRead/sysregWrite when the key names no register we implement. */
export let sysregKnown: bool = true;

/** CCSIDR_EL1 for the cache CSSELR_EL1 selects (level 1 only; other levels read as zero). */
function ccsidr(): u64 {
  if (r.csselr == 0) return r.CCSIDR_L1D;
  if (r.csselr == 1) return r.CCSIDR_L1I;
  return 0;
}

function debugPairRead(key: u32): u64 {
  return load<u64>(r.DBG + debugPairSlot(key));
}
/** Byte offset in DBG: ((op2 - 4) * DEBUG_PAIRS + n) * 8. */
@inline function debugPairSlot(key: u32): usize {
  return <usize>((((key & 7) - 4) * r.DEBUG_PAIRS + ((key >> 3) & 15)) << 3);
}

export function sysregRead(key: u32): u64 {
  sysregKnown = true;
  if (isDebugPair(key)) return debugPairRead(key);
  switch (key) {
    case K_MIDR_EL1: return r.MIDR;
    case K_MPIDR_EL1: return r.MPIDR;
    case K_REVIDR_EL1: return r.REVIDR;
    case K_ID_AA64PFR0_EL1: return r.ID_AA64PFR0;
    case K_ID_AA64DFR0_EL1: return r.ID_AA64DFR0;
    case K_ID_AA64ISAR0_EL1: return r.ID_AA64ISAR0;
    case K_ID_AA64MMFR0_EL1: return r.ID_AA64MMFR0;
    case K_CCSIDR_EL1: return ccsidr();
    case K_CLIDR_EL1: return r.CLIDR;
    case K_AIDR_EL1: return 0;
    case K_CSSELR_EL1: return r.csselr;
    case K_CTR_EL0: return r.CTR;
    case K_DCZID_EL0: return r.DCZID_BS | (el == 0 && (r.sctlr & r.SCTLR_DZE) == 0 ? 0x10 : 0);
    case K_SCTLR_EL1: return r.sctlr;
    case K_ACTLR_EL1: return r.actlr;
    case K_CPACR_EL1: return r.cpacr;
    case K_TTBR0_EL1: return r.ttbr0;
    case K_TTBR1_EL1: return r.ttbr1;
    case K_TCR_EL1: return r.tcr;
    case K_SPSR_EL1: return r.spsr;
    case K_ELR_EL1: return r.elr;
    case K_SP_EL0: return spsel == 0 ? getSP() : spEl0;
    case K_SPSEL: return <u64>spsel;
    case K_CURRENTEL: return <u64>(el << 2);
    case K_NZCV: return <u64>getNZCVBits();
    case K_DAIF: return <u64>(daif << 6);
    case K_FPCR: return <u64>r.fpcr;
    case K_FPSR: return <u64>r.fpsr;
    case K_AFSR0_EL1: return r.afsr0;
    case K_AFSR1_EL1: return r.afsr1;
    case K_ESR_EL1: return r.esr;
    case K_FAR_EL1: return r.far;
    case K_PAR_EL1: return r.par;
    case K_MAIR_EL1: return r.mair;
    case K_AMAIR_EL1: return r.amair;
    case K_VBAR_EL1: return r.vbar;
    case K_RVBAR_EL1: return 0;
    case K_ISR_EL1:
      timerUpdate();
      return irqLine ? 0x80 : 0; // I: the timer is the only interrupt source
    case K_CONTEXTIDR_EL1: return r.contextidr;
    case K_TPIDR_EL1: return r.tpidrEl1;
    case K_TPIDR_EL0: return r.tpidrEl0;
    case K_TPIDRRO_EL0: return r.tpidrroEl0;
    case K_CNTKCTL_EL1: return r.cntkctl;
    case K_CNTFRQ_EL0: return r.cntfrq;
    case K_CNTPCT_EL0:
    case K_CNTVCT_EL0: return counterForInsn();
    case K_CNTV_CTL_EL0: return ctlRead(r.cntvCtl, r.cntvCval);
    case K_CNTV_CVAL_EL0: return r.cntvCval;
    case K_CNTV_TVAL_EL0: return <u64>(<u32>(r.cntvCval - counterForInsn()));
    case K_CNTP_CTL_EL0: return ctlRead(r.cntpCtl, r.cntpCval);
    case K_CNTP_CVAL_EL0: return r.cntpCval;
    case K_CNTP_TVAL_EL0: return <u64>(<u32>(r.cntpCval - counterForInsn()));
    case K_MDCCINT_EL1: return r.mdccint;
    case K_MDSCR_EL1: return r.mdscr;
    case K_MDRAR_EL1: return 0; // no memory-mapped debug ROM table
    case K_OSLSR_EL1: return r.OSLSR_OSLM | (<u64>r.osLock << 1);
    case K_OSDLR_EL1: return r.osdlr;
    case K_DBGPRCR_EL1: return r.dbgprcr;
    case K_DBGCLAIMSET_EL1: return 0xff; // eight claim tags implemented
    case K_DBGCLAIMCLR_EL1: return r.dbgclaim;
    case K_DBGAUTHSTATUS_EL1: return r.DBGAUTHSTATUS;
    case K_MDCCSR_EL0: return 0; // the debug communications channel is never ready
  }
  if (key >= ID_SPACE_FIRST && key < ID_SPACE_END) return 0;
  sysregKnown = false;
  return 0;
}


/**
 * Write a register with its side effects. Registers that change translation or interrupt
 * state ask the run loop to re-fetch (the MSR handler ends the block anyway).
 * Read-only registers ignore the write (the host API may call this for any key).
 */
export function sysregWrite(key: u32, v: u64): void {
  sysregKnown = true;
  if (isDebugPair(key)) {
    store<u64>(r.DBG + debugPairSlot(key), v);
    return;
  }
  switch (key) {
    case K_CSSELR_EL1: r.csselr = v & 0xf; return;
    case K_SCTLR_EL1: r.setSctlr(v); tlbFlushAll(); requestRefetch(); return;
    case K_ACTLR_EL1: r.actlr = v; return;
    case K_CPACR_EL1: r.cpacr = v & r.CPACR_MASK; return;
    case K_TTBR0_EL1: r.ttbr0 = v; tlbFlushAll(); requestRefetch(); return;
    case K_TTBR1_EL1: r.ttbr1 = v; tlbFlushAll(); requestRefetch(); return;
    case K_TCR_EL1: r.tcr = v; tlbFlushAll(); requestRefetch(); return;
    case K_SPSR_EL1: r.spsr = v; return;
    case K_ELR_EL1: r.elr = v; return;
    case K_SP_EL0: if (spsel == 0) setSP(v); else rawSetSpEl0(v); return;
    case K_SPSEL: switchMode(el, <u32>v & 1); return;
    case K_NZCV: setNZCVBits(<u32>v); return;
    case K_DAIF: setDAIF(<u32>(v >> 6)); requestRefetch(); return;
    case K_FPCR: r.fpcr = <u32>v & FPCR_WRITABLE; return;
    case K_FPSR: r.fpsr = <u32>v & FPSR_WRITABLE; return;
    case K_AFSR0_EL1: r.afsr0 = v; return;
    case K_AFSR1_EL1: r.afsr1 = v; return;
    case K_ESR_EL1: r.esr = v; return;
    case K_FAR_EL1: r.far = v; return;
    case K_PAR_EL1: r.par = v; return;
    case K_MAIR_EL1: r.mair = v; tlbFlushAll(); requestRefetch(); return;
    case K_AMAIR_EL1: r.amair = v; return;
    case K_VBAR_EL1: r.vbar = v & ~<u64>0x7ff; return;
    case K_CONTEXTIDR_EL1: r.contextidr = v & 0xffffffff; return;
    case K_TPIDR_EL1: r.tpidrEl1 = v; return;
    case K_TPIDR_EL0: r.tpidrEl0 = v; return;
    case K_TPIDRRO_EL0: r.tpidrroEl0 = v; return;
    case K_CNTKCTL_EL1: r.cntkctl = v & r.CNTKCTL_MASK; return;
    case K_CNTFRQ_EL0: r.cntfrq = v & 0xffffffff; return;
    case K_CNTV_CTL_EL0: r.cntvCtl = v & 3; timerChanged(); return;
    case K_CNTV_CVAL_EL0: r.cntvCval = v; timerChanged(); return;
    case K_CNTV_TVAL_EL0: r.cntvCval = counterForInsn() + <u64>(<i64>(<i32>v)); timerChanged(); return;
    case K_CNTP_CTL_EL0: r.cntpCtl = v & 3; timerChanged(); return;
    case K_CNTP_CVAL_EL0: r.cntpCval = v; timerChanged(); return;
    case K_CNTP_TVAL_EL0: r.cntpCval = counterForInsn() + <u64>(<i64>(<i32>v)); timerChanged(); return;
    case K_MDCCINT_EL1: r.mdccint = v; return;
    case K_MDSCR_EL1: r.mdscr = v; return;
    case K_OSLAR_EL1: r.osLock = <u32>v & 1; return;
    case K_OSDLR_EL1: r.osdlr = v & 1; return;
    case K_DBGPRCR_EL1: r.dbgprcr = v & 1; return;
    case K_DBGCLAIMSET_EL1: r.dbgclaim |= v & 0xff; return;
    case K_DBGCLAIMCLR_EL1: r.dbgclaim &= ~(v & 0xff); return;
  }
  // Read-only registers: the write is ignored (MSR never gets here: sysregAccess refuses it).
  if (sysregInfo(key) != 0) return;
  sysregKnown = false;
}

function timerChanged(): void {
  timerDirty();
  requestRefetch();
}
