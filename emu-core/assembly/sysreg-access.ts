// Reading and writing system registers by encoding, shared by MRS/MSR and the host API.
//
// A register is named by its MRS/MSR encoding packed into 16 bits:
//   key = op0 << 14 | op1 << 11 | CRn << 7 | CRm << 3 | op2
// (the instruction's bits 20:5 with op0 = 2 + o0). Access rules (which EL may touch what,
// traps to EL1) live in the MRS/MSR handlers; here are the values and the side effects.

import {
  sctlr, tcr, mair, amair, ttbr0, ttbr1, vbar, esr, far, elr, spsr, cpacr, contextidr, par,
  afsr0, afsr1, mdscr, tpidrEl0, tpidrroEl0, tpidrEl1, fpcr, fpsr, cntkctl, cntvCtl, cntvCval,
  cntpCtl, cntpCval, sctlrChanged, MIDR, MPIDR, CTR, DCZID, CNTFRQ,
} from './sysregs';
import {
  el, spsel, daif, spEl0, getSP, setSP, getNZCVBits, setNZCVBits, switchMode, setDAIF, requestRefetch,
} from './state';
import { tlbFlushAll } from './mmu';
import { counterNow, ctlRead, timerDirty } from './timer';

@inline export function sysKey(op0: u32, op1: u32, crn: u32, crm: u32, op2: u32): u32 {
  return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

// Keys of the registers the host API names (the TypeScript side has the same table).
@inline export const K_SCTLR_EL1: u32 = 0xc080; // 3,0,1,0,0
@inline export const K_CPACR_EL1: u32 = 0xc082; // 3,0,1,0,2
@inline export const K_TTBR0_EL1: u32 = 0xc100; // 3,0,2,0,0
@inline export const K_TTBR1_EL1: u32 = 0xc101; // 3,0,2,0,1
@inline export const K_TCR_EL1: u32 = 0xc102; // 3,0,2,0,2
@inline export const K_SPSR_EL1: u32 = 0xc200; // 3,0,4,0,0
@inline export const K_ELR_EL1: u32 = 0xc201; // 3,0,4,0,1
@inline export const K_SP_EL0: u32 = 0xc208; // 3,0,4,1,0
@inline export const K_SPSEL: u32 = 0xc210; // 3,0,4,2,0
@inline export const K_CURRENTEL: u32 = 0xc212; // 3,0,4,2,2
@inline export const K_SP_EL1: u32 = 0xe208; // 3,4,4,1,0
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
@inline export const K_MIDR_EL1: u32 = 0xc000; // 3,0,0,0,0
@inline export const K_MPIDR_EL1: u32 = 0xc005; // 3,0,0,0,5
@inline export const K_REVIDR_EL1: u32 = 0xc006; // 3,0,0,0,6
@inline export const K_CTR_EL0: u32 = 0xd801; // 3,3,0,0,1
@inline export const K_DCZID_EL0: u32 = 0xd807; // 3,3,0,0,7
@inline export const K_MDSCR_EL1: u32 = 0x8012; // 2,0,0,2,2

/**
 * FPCR bits that hold a value: AHP, DN, FZ, RMode. Without AArch32, Len and Stride are RES0;
 * no FP16 (FZ16) and no trapped FP exceptions (the enables IDE, IXE, UFE, OFE, DZE, IOE are
 * RAZ/WI).
 */
@inline const FPCR_WRITABLE: u32 = 0x07c00000;
/** FPSR bits that hold a value: QC, IDC and IXC..IOC (N, Z, C, V exist only with AArch32). */
@inline const FPSR_WRITABLE: u32 = 0x0800009f;

/** Set false by sysregRead/sysregWrite when the key names no register we implement. */
export let sysregKnown: bool = true;

export function sysregRead(key: u32): u64 {
  sysregKnown = true;
  switch (key) {
    case K_SCTLR_EL1: return sctlr;
    case K_CPACR_EL1: return cpacr;
    case K_TTBR0_EL1: return ttbr0;
    case K_TTBR1_EL1: return ttbr1;
    case K_TCR_EL1: return tcr;
    case K_SPSR_EL1: return spsr;
    case K_ELR_EL1: return elr;
    case K_SP_EL0: return spsel == 0 ? getSP() : spEl0;
    case K_SPSEL: return <u64>spsel;
    case K_CURRENTEL: return <u64>(el << 2);
    case K_NZCV: return <u64>getNZCVBits();
    case K_DAIF: return <u64>(daif << 6);
    case K_FPCR: return <u64>fpcr;
    case K_FPSR: return <u64>fpsr;
    case K_AFSR0_EL1: return afsr0;
    case K_AFSR1_EL1: return afsr1;
    case K_ESR_EL1: return esr;
    case K_FAR_EL1: return far;
    case K_PAR_EL1: return par;
    case K_MAIR_EL1: return mair;
    case K_AMAIR_EL1: return amair;
    case K_VBAR_EL1: return vbar;
    case K_CONTEXTIDR_EL1: return contextidr;
    case K_TPIDR_EL1: return tpidrEl1;
    case K_TPIDR_EL0: return tpidrEl0;
    case K_TPIDRRO_EL0: return tpidrroEl0;
    case K_CNTKCTL_EL1: return cntkctl;
    case K_CNTFRQ_EL0: return CNTFRQ;
    case K_CNTPCT_EL0:
    case K_CNTVCT_EL0: return counterNow();
    case K_CNTV_CTL_EL0: return ctlRead(cntvCtl, cntvCval);
    case K_CNTV_CVAL_EL0: return cntvCval;
    case K_CNTV_TVAL_EL0: return <u64>(<u32>(cntvCval - counterNow())) ;
    case K_CNTP_CTL_EL0: return ctlRead(cntpCtl, cntpCval);
    case K_CNTP_CVAL_EL0: return cntpCval;
    case K_CNTP_TVAL_EL0: return <u64>(<u32>(cntpCval - counterNow()));
    case K_MIDR_EL1: return MIDR;
    case K_MPIDR_EL1: return MPIDR;
    case K_REVIDR_EL1: return 0;
    case K_CTR_EL0: return CTR;
    case K_DCZID_EL0: return DCZID;
    case K_MDSCR_EL1: return mdscr;
  }
  sysregKnown = false;
  return 0;
}

/** Write a register, with its side effects. Read-only registers ignore the write. */
export function sysregWrite(key: u32, v: u64): void {
  sysregKnown = true;
  switch (key) {
    case K_SCTLR_EL1: sctlr = v; sctlrChanged(); tlbFlushAll(); requestRefetch(); return;
    case K_CPACR_EL1: cpacr = v & 0x300000; requestRefetch(); return;
    case K_TTBR0_EL1: ttbr0 = v; tlbFlushAll(); requestRefetch(); return;
    case K_TTBR1_EL1: ttbr1 = v; tlbFlushAll(); requestRefetch(); return;
    case K_TCR_EL1: tcr = v; tlbFlushAll(); requestRefetch(); return;
    case K_SPSR_EL1: spsr = v; return;
    case K_ELR_EL1: elr = v; return;
    case K_SP_EL0: if (spsel == 0) setSP(v); else spEl0 = v; return;
    case K_SPSEL: switchMode(el, <u32>v & 1); return;
    case K_NZCV: setNZCVBits(<u32>v); return;
    case K_DAIF: setDAIF(<u32>(v >> 6)); requestRefetch(); return;
    case K_FPCR: fpcr = <u32>v & FPCR_WRITABLE; return;
    case K_FPSR: fpsr = <u32>v & FPSR_WRITABLE; return;
    case K_AFSR0_EL1: afsr0 = v; return;
    case K_AFSR1_EL1: afsr1 = v; return;
    case K_ESR_EL1: esr = v; return;
    case K_FAR_EL1: far = v; return;
    case K_PAR_EL1: par = v; return;
    case K_MAIR_EL1: mair = v; tlbFlushAll(); requestRefetch(); return;
    case K_AMAIR_EL1: amair = v; return;
    case K_VBAR_EL1: vbar = v; return;
    case K_CONTEXTIDR_EL1: contextidr = v & 0xffffffff; return;
    case K_TPIDR_EL1: tpidrEl1 = v; return;
    case K_TPIDR_EL0: tpidrEl0 = v; return;
    case K_TPIDRRO_EL0: tpidrroEl0 = v; return;
    case K_CNTKCTL_EL1: cntkctl = v; return;
    case K_CNTV_CTL_EL0: cntvCtl = v & 3; timerDirty(); requestRefetch(); return;
    case K_CNTV_CVAL_EL0: cntvCval = v; timerDirty(); requestRefetch(); return;
    case K_CNTV_TVAL_EL0: cntvCval = counterNow() + <u64>(<i64>(<i32>v)); timerDirty(); requestRefetch(); return;
    case K_CNTP_CTL_EL0: cntpCtl = v & 3; timerDirty(); requestRefetch(); return;
    case K_CNTP_CVAL_EL0: cntpCval = v; timerDirty(); requestRefetch(); return;
    case K_CNTP_TVAL_EL0: cntpCval = counterNow() + <u64>(<i64>(<i32>v)); timerDirty(); requestRefetch(); return;
    case K_MDSCR_EL1: mdscr = v; return;
    case K_MIDR_EL1:
    case K_MPIDR_EL1:
    case K_REVIDR_EL1:
    case K_CTR_EL0:
    case K_DCZID_EL0:
    case K_CNTFRQ_EL0:
    case K_CNTPCT_EL0:
    case K_CNTVCT_EL0:
    case K_CURRENTEL:
      return;
  }
  sysregKnown = false;
}
