// Handlers of the scalar floating-point section: see isa/fp.ts for the encodings. Each is a
// one-liner over the Arm ARM pseudocode functions in ../softfloat; all first check that FP is
// enabled (CPACR_EL1.FPEN).

import { getX, getW, setR, setX, setW, setNZCV, conditionHolds } from '../state';
import { fpEnabled } from '../fpaccess';
import {
  FMT_H, FMT_S, FMT_D, RN, RP, RM, RZ, RA, signBit, fpcrRounding,
  fpAdd, fpSub, fpMul, fpDiv, fpSqrt, fpMulAdd, fpMax, fpMin, fpMaxNum, fpMinNum,
  fpCompare, fpConvert, fpToFixed, fixedToFp, fpRoundInt,
} from '../softfloat/index';
import { getS, getD, getF, setS, setD, setF, getHigh64, setHigh64 } from './fp-regs';

@inline function rd(i: u32): u32 { return i & 31; }
@inline function rn(i: u32): u32 { return (i >> 5) & 31; }
@inline function rm(i: u32): u32 { return (i >> 16) & 31; }
@inline function ra(i: u32): u32 { return (i >> 10) & 31; }
@inline function sfOf(i: u32): u32 { return i >> 31; }
/** The ftype field (bit 22 here; bit 23 is fixed to 0 by the table): single or double. */
@inline function fmtOf(i: u32): u32 { return ((i >> 22) & 1) != 0 ? FMT_D : FMT_S; }
@inline function neg(v: u64, fmt: u32): u64 { return v ^ signBit(1, fmt); }

// ---- conversions between floating point and fixed point / integers ----------------------------

/** FCVT*(S|U) to a general register: `fbits` fraction bits, rounding `rmode`. */
@inline function toInt(i: u32, unsigned: bool, fbits: i32, rmode: u32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  let sf = sfOf(i);
  setR(sf, rd(i), fpToFixed(getF(rn(i), fmt), fmt, fbits, unsigned, sf ? 64 : 32, rmode));
}
/** (S|U)CVTF from a general register with `fbits` fraction bits. */
@inline function fromInt(i: u32, unsigned: bool, fbits: i32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  let sf = sfOf(i);
  setF(rd(i), fixedToFp(getX(rn(i)), sf ? 64 : 32, unsigned, fbits, fmt, fpcrRounding()), fmt);
}
@inline function scaleFbits(i: u32): i32 { return 64 - <i32>((i >> 10) & 63); }

export function SCVTF_fixed(i: u32): void { fromInt(i, false, scaleFbits(i)); }
export function UCVTF_fixed(i: u32): void { fromInt(i, true, scaleFbits(i)); }
export function FCVTZS_fixed(i: u32): void { toInt(i, false, scaleFbits(i), RZ); }
export function FCVTZU_fixed(i: u32): void { toInt(i, true, scaleFbits(i), RZ); }

export function FCVTNS_int(i: u32): void { toInt(i, false, 0, RN); }
export function FCVTNU_int(i: u32): void { toInt(i, true, 0, RN); }
export function FCVTAS_int(i: u32): void { toInt(i, false, 0, RA); }
export function FCVTAU_int(i: u32): void { toInt(i, true, 0, RA); }
export function FCVTPS_int(i: u32): void { toInt(i, false, 0, RP); }
export function FCVTPU_int(i: u32): void { toInt(i, true, 0, RP); }
export function FCVTMS_int(i: u32): void { toInt(i, false, 0, RM); }
export function FCVTMU_int(i: u32): void { toInt(i, true, 0, RM); }
export function FCVTZS_int(i: u32): void { toInt(i, false, 0, RZ); }
export function FCVTZU_int(i: u32): void { toInt(i, true, 0, RZ); }
export function SCVTF_int(i: u32): void { fromInt(i, false, 0); }
export function UCVTF_int(i: u32): void { fromInt(i, true, 0); }

// ---- moves between general and FP registers (bit copies, no FP semantics) ------------------

export function FMOV_ws(i: u32): void { if (fpEnabled()) setW(rd(i), <u32>getS(rn(i))); }
export function FMOV_sw(i: u32): void { if (fpEnabled()) setS(rd(i), <u64>getW(rn(i))); }
export function FMOV_xd(i: u32): void { if (fpEnabled()) setX(rd(i), getD(rn(i))); }
export function FMOV_dx(i: u32): void { if (fpEnabled()) setD(rd(i), getX(rn(i))); }
export function FMOV_xv1(i: u32): void { if (fpEnabled()) setX(rd(i), getHigh64(rn(i))); }
/** Writes only the top half: Vd.D[0] is kept. */
export function FMOV_v1x(i: u32): void { if (fpEnabled()) setHigh64(rd(i), getX(rn(i))); }

// ---- data-processing, 1 source -----------------------------------------------------------------

export function FMOV_reg(i: u32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), getF(rn(i), fmt), fmt);
}
export function FABS(i: u32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), getF(rn(i), fmt) & ~signBit(1, fmt), fmt);
}
export function FNEG(i: u32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), neg(getF(rn(i), fmt), fmt), fmt);
}
export function FSQRT(i: u32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), fpSqrt(getF(rn(i), fmt), fmt), fmt);
}

@inline function fcvt(i: u32, from: u32, to: u32): void {
  if (!fpEnabled()) return;
  setF(rd(i), fpConvert(getF(rn(i), from), from, to, fpcrRounding()), to);
}
export function FCVT_sd(i: u32): void { fcvt(i, FMT_S, FMT_D); }
export function FCVT_sh(i: u32): void { fcvt(i, FMT_S, FMT_H); }
export function FCVT_ds(i: u32): void { fcvt(i, FMT_D, FMT_S); }
export function FCVT_dh(i: u32): void { fcvt(i, FMT_D, FMT_H); }
export function FCVT_hs(i: u32): void { fcvt(i, FMT_H, FMT_S); }
export function FCVT_hd(i: u32): void { fcvt(i, FMT_H, FMT_D); }

@inline function frint(i: u32, rmode: u32, exact: bool): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), fpRoundInt(getF(rn(i), fmt), fmt, rmode, exact), fmt);
}
export function FRINTN(i: u32): void { frint(i, RN, false); }
export function FRINTP(i: u32): void { frint(i, RP, false); }
export function FRINTM(i: u32): void { frint(i, RM, false); }
export function FRINTZ(i: u32): void { frint(i, RZ, false); }
export function FRINTA(i: u32): void { frint(i, RA, false); }
export function FRINTX(i: u32): void { frint(i, fpcrRounding(), true); }
export function FRINTI(i: u32): void { frint(i, fpcrRounding(), false); }

// ---- compares -----------------------------------------------------------------------------------

@inline function setFlags(nzcv: u32): void {
  setNZCV(nzcv >> 3, (nzcv >> 2) & 1, (nzcv >> 1) & 1, nzcv & 1);
}
@inline function fcmp(i: u32, withZero: bool, signalNaNs: bool): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  let b: u64 = withZero ? 0 : getF(rm(i), fmt);
  setFlags(fpCompare(getF(rn(i), fmt), b, signalNaNs, fmt));
}
export function FCMP(i: u32): void { fcmp(i, false, false); }
export function FCMP_zero(i: u32): void { fcmp(i, true, false); }
export function FCMPE(i: u32): void { fcmp(i, false, true); }
export function FCMPE_zero(i: u32): void { fcmp(i, true, true); }

@inline function fccmp(i: u32, signalNaNs: bool): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  if (conditionHolds((i >> 12) & 15)) setFlags(fpCompare(getF(rn(i), fmt), getF(rm(i), fmt), signalNaNs, fmt));
  else setFlags(i & 15);
}
export function FCCMP(i: u32): void { fccmp(i, false); }
export function FCCMPE(i: u32): void { fccmp(i, true); }

// ---- immediate ------------------------------------------------------------------------------------

/** VFPExpandImm: sign = imm8<7>, exponent = NOT(imm8<6>):Replicate(imm8<6>):imm8<5:4>, fraction = imm8<3:0>:0... */
export function FMOV_imm(i: u32): void {
  if (!fpEnabled()) return;
  let imm8 = (i >> 13) & 0xff;
  let b6 = (imm8 >> 6) & 1;
  let sign = <u64>(imm8 >> 7);
  let low6 = <u64>(imm8 & 0x3f); // imm8<5:4> : imm8<3:0>, the rest of exponent and fraction
  if (fmtOf(i) == FMT_D) {
    let exp: u64 = ((<u64>(b6 ^ 1)) << 10) | (b6 ? <u64>0xff << 2 : 0);
    setD(rd(i), (sign << 63) | (exp << 52) | (low6 << 48));
  } else {
    let exp: u64 = ((<u64>(b6 ^ 1)) << 7) | (b6 ? <u64>0x1f << 2 : 0);
    setS(rd(i), (sign << 31) | (exp << 23) | (low6 << 19));
  }
}

// ---- data-processing, 2 sources ---------------------------------------------------------------

@inline function fp2(i: u32, op: (a: u64, b: u64, fmt: u32) => u64): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), op(getF(rn(i), fmt), getF(rm(i), fmt), fmt), fmt);
}
export function FMUL(i: u32): void { fp2(i, fpMul); }
export function FDIV(i: u32): void { fp2(i, fpDiv); }
export function FADD(i: u32): void { fp2(i, fpAdd); }
export function FSUB(i: u32): void { fp2(i, fpSub); }
export function FMAX(i: u32): void { fp2(i, fpMax); }
export function FMIN(i: u32): void { fp2(i, fpMin); }
export function FMAXNM(i: u32): void { fp2(i, fpMaxNum); }
export function FMINNM(i: u32): void { fp2(i, fpMinNum); }
/** FPNeg(FPMul(...)): a NaN result has its sign inverted too. */
export function FNMUL(i: u32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), neg(fpMul(getF(rn(i), fmt), getF(rm(i), fmt), fmt), fmt), fmt);
}

export function FCSEL(i: u32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), conditionHolds((i >> 12) & 15) ? getF(rn(i), fmt) : getF(rm(i), fmt), fmt);
}

// ---- data-processing, 3 sources: FPMulAdd(Ra', Rn', Rm) with the negations on the encodings -----

@inline function fp3(i: u32, negA: bool, negN: bool): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  let a = getF(ra(i), fmt);
  let n = getF(rn(i), fmt);
  if (negA) a = neg(a, fmt);
  if (negN) n = neg(n, fmt);
  setF(rd(i), fpMulAdd(a, n, getF(rm(i), fmt), fmt), fmt);
}
export function FMADD(i: u32): void { fp3(i, false, false); }
export function FMSUB(i: u32): void { fp3(i, false, true); }
export function FNMADD(i: u32): void { fp3(i, true, true); }
export function FNMSUB(i: u32): void { fp3(i, true, false); }
