// Handlers of the AdvSIMD floating-point section: see isa/simd-fp.ts for the encodings.
// Vector forms are one-liners over the lane machinery of simd-fp-lanes.ts; the AdvSIMD scalar
// forms work on the low element and write it zero-extended (as scalar FP writes do).

import { vAddr } from '../state';
import { fpEnabled } from '../fpaccess';
import {
  FMT_H, FMT_S, FMT_D, RN, RP, RM, RZ, RA, RO, signBit, fpcrRounding,
  fpAdd, fpSub, fpMul, fpMulX, fpDiv, fpSqrt, fpMulAdd, fpMax, fpMin, fpMaxNum, fpMinNum,
  fpRecipStep, fpRSqrtStep, fpConvert,
  fpRecipEstimate, fpRSqrtEstimate, fpRecpX,
} from '../softfloat/index';
import { getD, getF, setS, setF } from './fp-regs';
import {
  LaneOp1, LaneOp2, M32, rd, rn, rm, qOf, fmtOf, lo64, hi64, setV,
  vecUnary, vecBinary, vecPairwise, vecMulAdd, fpAbs,
  laneAbd, laneCmpEQ, laneCmpGE, laneCmpGT, laneAbsGE, laneAbsGT, laneCmpZero,
  CMP_GT, CMP_GE, CMP_EQ, CMP_LE, CMP_LT, EXACT, UNSIGNED, FBITS_SHIFT,
  laneRoundInt, laneRoundIntFpcr, laneToFixed, laneFromFixed,
} from './simd-fp-lanes';

// ---- three same (vector) ------------------------------------------------------------------------

export function FMAXNM_vec(i: u32): void { vecBinary(i, fpMaxNum); }
export function FMINNM_vec(i: u32): void { vecBinary(i, fpMinNum); }
export function FMLA_vec(i: u32): void { vecMulAdd(i, false); }
export function FMLS_vec(i: u32): void { vecMulAdd(i, true); }
export function FADD_vec(i: u32): void { vecBinary(i, fpAdd); }
export function FSUB_vec(i: u32): void { vecBinary(i, fpSub); }
export function FMULX_vec(i: u32): void { vecBinary(i, fpMulX); }
export function FCMEQ_vec(i: u32): void { vecBinary(i, laneCmpEQ); }
export function FMAX_vec(i: u32): void { vecBinary(i, fpMax); }
export function FMIN_vec(i: u32): void { vecBinary(i, fpMin); }
export function FRECPS_vec(i: u32): void { vecBinary(i, fpRecipStep); }
export function FRSQRTS_vec(i: u32): void { vecBinary(i, fpRSqrtStep); }
export function FMAXNMP_vec(i: u32): void { vecPairwise(i, fpMaxNum); }
export function FMINNMP_vec(i: u32): void { vecPairwise(i, fpMinNum); }
export function FADDP_vec(i: u32): void { vecPairwise(i, fpAdd); }
export function FABD_vec(i: u32): void { vecBinary(i, laneAbd); }
export function FMUL_vec(i: u32): void { vecBinary(i, fpMul); }
export function FCMGE_vec(i: u32): void { vecBinary(i, laneCmpGE); }
export function FCMGT_vec(i: u32): void { vecBinary(i, laneCmpGT); }
export function FACGE_vec(i: u32): void { vecBinary(i, laneAbsGE); }
export function FACGT_vec(i: u32): void { vecBinary(i, laneAbsGT); }
export function FMAXP_vec(i: u32): void { vecPairwise(i, fpMax); }
export function FMINP_vec(i: u32): void { vecPairwise(i, fpMin); }
export function FDIV_vec(i: u32): void { vecBinary(i, fpDiv); }

// ---- three same (scalar) ------------------------------------------------------------------------

@inline function scalar2(i: u32, op: LaneOp2): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), op(getF(rn(i), fmt), getF(rm(i), fmt), fmt), fmt);
}
export function FMULX_scalar(i: u32): void { scalar2(i, fpMulX); }
export function FCMEQ_scalar(i: u32): void { scalar2(i, laneCmpEQ); }
export function FRECPS_scalar(i: u32): void { scalar2(i, fpRecipStep); }
export function FRSQRTS_scalar(i: u32): void { scalar2(i, fpRSqrtStep); }
export function FABD_scalar(i: u32): void { scalar2(i, laneAbd); }
export function FCMGE_scalar(i: u32): void { scalar2(i, laneCmpGE); }
export function FCMGT_scalar(i: u32): void { scalar2(i, laneCmpGT); }
export function FACGE_scalar(i: u32): void { scalar2(i, laneAbsGE); }
export function FACGT_scalar(i: u32): void { scalar2(i, laneAbsGT); }

// ---- two-register miscellaneous (vector) -------------------------------------------------------

function laneSqrt(a: u64, fmt: u32, arg: u32): u64 { return fpSqrt(a, fmt); }
function laneAbs(a: u64, fmt: u32, arg: u32): u64 { return fpAbs(a, fmt); }
function laneNeg(a: u64, fmt: u32, arg: u32): u64 { return a ^ signBit(1, fmt); }
function laneRecipEst(a: u64, fmt: u32, arg: u32): u64 { return fpRecipEstimate(a, fmt); }
function laneRSqrtEst(a: u64, fmt: u32, arg: u32): u64 { return fpRSqrtEstimate(a, fmt); }
function laneRecpX(a: u64, fmt: u32, arg: u32): u64 { return fpRecpX(a, fmt); }

export function FRINTN_vec(i: u32): void { vecUnary(i, laneRoundInt, RN); }
export function FRINTP_vec(i: u32): void { vecUnary(i, laneRoundInt, RP); }
export function FRINTM_vec(i: u32): void { vecUnary(i, laneRoundInt, RM); }
export function FRINTZ_vec(i: u32): void { vecUnary(i, laneRoundInt, RZ); }
export function FRINTA_vec(i: u32): void { vecUnary(i, laneRoundInt, RA); }
export function FRINTX_vec(i: u32): void { vecUnary(i, laneRoundIntFpcr, EXACT); }
export function FRINTI_vec(i: u32): void { vecUnary(i, laneRoundIntFpcr, 0); }
export function FCVTNS_vec(i: u32): void { vecUnary(i, laneToFixed, RN); }
export function FCVTPS_vec(i: u32): void { vecUnary(i, laneToFixed, RP); }
export function FCVTMS_vec(i: u32): void { vecUnary(i, laneToFixed, RM); }
export function FCVTZS_vec(i: u32): void { vecUnary(i, laneToFixed, RZ); }
export function FCVTAS_vec(i: u32): void { vecUnary(i, laneToFixed, RA); }
export function FCVTNU_vec(i: u32): void { vecUnary(i, laneToFixed, RN | UNSIGNED); }
export function FCVTPU_vec(i: u32): void { vecUnary(i, laneToFixed, RP | UNSIGNED); }
export function FCVTMU_vec(i: u32): void { vecUnary(i, laneToFixed, RM | UNSIGNED); }
export function FCVTZU_vec(i: u32): void { vecUnary(i, laneToFixed, RZ | UNSIGNED); }
export function FCVTAU_vec(i: u32): void { vecUnary(i, laneToFixed, RA | UNSIGNED); }
export function SCVTF_vec(i: u32): void { vecUnary(i, laneFromFixed, 0); }
export function UCVTF_vec(i: u32): void { vecUnary(i, laneFromFixed, UNSIGNED); }
export function FRECPE_vec(i: u32): void { vecUnary(i, laneRecipEst, 0); }
export function FRSQRTE_vec(i: u32): void { vecUnary(i, laneRSqrtEst, 0); }
export function FCMGT_zero_vec(i: u32): void { vecUnary(i, laneCmpZero, CMP_GT); }
export function FCMGE_zero_vec(i: u32): void { vecUnary(i, laneCmpZero, CMP_GE); }
export function FCMEQ_zero_vec(i: u32): void { vecUnary(i, laneCmpZero, CMP_EQ); }
export function FCMLE_zero_vec(i: u32): void { vecUnary(i, laneCmpZero, CMP_LE); }
export function FCMLT_zero_vec(i: u32): void { vecUnary(i, laneCmpZero, CMP_LT); }
export function FABS_vec(i: u32): void { vecUnary(i, laneAbs, 0); }
export function FNEG_vec(i: u32): void { vecUnary(i, laneNeg, 0); }
export function FSQRT_vec(i: u32): void { vecUnary(i, laneSqrt, 0); }

/**
 * FCVTN/FCVTXN: each wide lane of Vn narrowed into a 64-bit half of Vd: the lower half
 * (Q = 0, upper half zeroed) or the upper half (Q = 1, "2" forms, lower half kept).
 *   sz = 0: 4 x S -> 4 x H      sz = 1: 2 x D -> 2 x S
 */
function narrow(i: u32, double: bool, rmode: u32): void {
  if (!fpEnabled()) return;
  let n0 = lo64(rn(i)), n1 = hi64(rn(i));
  let r: u64;
  if (double) {
    r = (fpConvert(n0, FMT_D, FMT_S, rmode) & M32) | (fpConvert(n1, FMT_D, FMT_S, rmode) << 32);
  } else {
    r = fpConvert(n0 & M32, FMT_S, FMT_H, rmode)
      | (fpConvert(n0 >> 32, FMT_S, FMT_H, rmode) << 16)
      | (fpConvert(n1 & M32, FMT_S, FMT_H, rmode) << 32)
      | (fpConvert(n1 >> 32, FMT_S, FMT_H, rmode) << 48);
  }
  if (qOf(i)) store<u64>(vAddr(rd(i)), r, 8);
  else setV(rd(i), r, 0);
}
export function FCVTN_vec(i: u32): void { narrow(i, ((i >> 22) & 1) != 0, fpcrRounding()); }
export function FCVTXN_vec(i: u32): void { narrow(i, true, RO); }

/** FCVTL: the lower (Q = 0) or upper (Q = 1) half of Vn widened: 4 x H -> 4 x S, 2 x S -> 2 x D. */
export function FCVTL_vec(i: u32): void {
  if (!fpEnabled()) return;
  let src = qOf(i) ? hi64(rn(i)) : lo64(rn(i));
  let rmode = fpcrRounding();
  if (((i >> 22) & 1) != 0) {
    let r0 = fpConvert(src & M32, FMT_S, FMT_D, rmode);
    let r1 = fpConvert(src >> 32, FMT_S, FMT_D, rmode);
    setV(rd(i), r0, r1);
  } else {
    let r0 = fpConvert(src & 0xffff, FMT_H, FMT_S, rmode) | (fpConvert((src >> 16) & 0xffff, FMT_H, FMT_S, rmode) << 32);
    let r1 = fpConvert((src >> 32) & 0xffff, FMT_H, FMT_S, rmode) | (fpConvert(src >> 48, FMT_H, FMT_S, rmode) << 32);
    setV(rd(i), r0, r1);
  }
}

// ---- two-register miscellaneous (scalar) -------------------------------------------------------

@inline function scalar1(i: u32, op: LaneOp1, arg: u32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), op(getF(rn(i), fmt), fmt, arg), fmt);
}
export function FCVTXN_scalar(i: u32): void {
  if (fpEnabled()) setS(rd(i), fpConvert(getD(rn(i)), FMT_D, FMT_S, RO));
}
export function FCVTNS_scalar(i: u32): void { scalar1(i, laneToFixed, RN); }
export function FCVTPS_scalar(i: u32): void { scalar1(i, laneToFixed, RP); }
export function FCVTMS_scalar(i: u32): void { scalar1(i, laneToFixed, RM); }
export function FCVTZS_scalar(i: u32): void { scalar1(i, laneToFixed, RZ); }
export function FCVTAS_scalar(i: u32): void { scalar1(i, laneToFixed, RA); }
export function FCVTNU_scalar(i: u32): void { scalar1(i, laneToFixed, RN | UNSIGNED); }
export function FCVTPU_scalar(i: u32): void { scalar1(i, laneToFixed, RP | UNSIGNED); }
export function FCVTMU_scalar(i: u32): void { scalar1(i, laneToFixed, RM | UNSIGNED); }
export function FCVTZU_scalar(i: u32): void { scalar1(i, laneToFixed, RZ | UNSIGNED); }
export function FCVTAU_scalar(i: u32): void { scalar1(i, laneToFixed, RA | UNSIGNED); }
export function SCVTF_scalar(i: u32): void { scalar1(i, laneFromFixed, 0); }
export function UCVTF_scalar(i: u32): void { scalar1(i, laneFromFixed, UNSIGNED); }
export function FRECPE_scalar(i: u32): void { scalar1(i, laneRecipEst, 0); }
export function FRSQRTE_scalar(i: u32): void { scalar1(i, laneRSqrtEst, 0); }
export function FRECPX_scalar(i: u32): void { scalar1(i, laneRecpX, 0); }
export function FCMGT_zero_scalar(i: u32): void { scalar1(i, laneCmpZero, CMP_GT); }
export function FCMGE_zero_scalar(i: u32): void { scalar1(i, laneCmpZero, CMP_GE); }
export function FCMEQ_zero_scalar(i: u32): void { scalar1(i, laneCmpZero, CMP_EQ); }
export function FCMLE_zero_scalar(i: u32): void { scalar1(i, laneCmpZero, CMP_LE); }
export function FCMLT_zero_scalar(i: u32): void { scalar1(i, laneCmpZero, CMP_LT); }

// ---- across lanes (4 x S): Reduce(op) = op(op(s0, s1), op(s2, s3)) -----------------------------

@inline function reduce4(i: u32, op: LaneOp2): void {
  if (!fpEnabled()) return;
  let n0 = lo64(rn(i)), n1 = hi64(rn(i));
  let lo = op(n0 & M32, n0 >> 32, FMT_S);
  let hi = op(n1 & M32, n1 >> 32, FMT_S);
  setS(rd(i), op(lo, hi, FMT_S));
}
export function FMAXNMV(i: u32): void { reduce4(i, fpMaxNum); }
export function FMINNMV(i: u32): void { reduce4(i, fpMinNum); }
export function FMAXV(i: u32): void { reduce4(i, fpMax); }
export function FMINV(i: u32): void { reduce4(i, fpMin); }

// ---- scalar pairwise: op(Vn[0], Vn[1]) of a 2S or 2D vector ------------------------------------

@inline function pairwiseScalar(i: u32, op: LaneOp2): void {
  if (!fpEnabled()) return;
  let n0 = lo64(rn(i));
  if (fmtOf(i) == FMT_D) setF(rd(i), op(n0, hi64(rn(i)), FMT_D), FMT_D);
  else setS(rd(i), op(n0 & M32, n0 >> 32, FMT_S));
}
export function FMAXNMP_scalar(i: u32): void { pairwiseScalar(i, fpMaxNum); }
export function FMINNMP_scalar(i: u32): void { pairwiseScalar(i, fpMinNum); }
export function FADDP_scalar(i: u32): void { pairwiseScalar(i, fpAdd); }
export function FMAXP_scalar(i: u32): void { pairwiseScalar(i, fpMax); }
export function FMINP_scalar(i: u32): void { pairwiseScalar(i, fpMin); }

// ---- by element: the element Vm[index], Rm = M:Rm, index = H:L (S) or H (D) -------------------

@inline function elementOf(i: u32, fmt: u32): u64 {
  let m = (i >> 16) & 31;
  let h = (i >> 11) & 1;
  if (fmt == FMT_D) return load<u64>(vAddr(m) + (<usize>h << 3));
  let index = (h << 1) | ((i >> 21) & 1);
  return <u64>load<u32>(vAddr(m) + (<usize>index << 2));
}

// The by-element operations: 0 = FMUL, 1 = FMULX, 2 = FMLA, 3 = FMLS (on lanes of Vd).
@inline const EL_MUL: u32 = 0;
@inline const EL_MULX: u32 = 1;
@inline const EL_MLA: u32 = 2;
@inline const EL_MLS: u32 = 3;
@inline function elemLane(kind: u32, d: u64, n: u64, e: u64, fmt: u32): u64 {
  if (kind == EL_MUL) return fpMul(n, e, fmt);
  if (kind == EL_MULX) return fpMulX(n, e, fmt);
  if (kind == EL_MLS) n ^= signBit(1, fmt);
  return fpMulAdd(d, n, e, fmt);
}

function elemVector(i: u32, kind: u32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  let e = elementOf(i, fmt);
  let d0 = lo64(rd(i)), d1 = hi64(rd(i));
  let n0 = lo64(rn(i)), n1 = hi64(rn(i));
  let r0: u64, r1: u64 = 0;
  if (fmt == FMT_D) {
    r0 = elemLane(kind, d0, n0, e, FMT_D);
    r1 = elemLane(kind, d1, n1, e, FMT_D);
  } else {
    r0 = (elemLane(kind, d0 & M32, n0 & M32, e, FMT_S) & M32) | (elemLane(kind, d0 >> 32, n0 >> 32, e, FMT_S) << 32);
    if (qOf(i)) {
      r1 = (elemLane(kind, d1 & M32, n1 & M32, e, FMT_S) & M32) | (elemLane(kind, d1 >> 32, n1 >> 32, e, FMT_S) << 32);
    }
  }
  setV(rd(i), r0, r1);
}
export function FMLA_elem_vec(i: u32): void { elemVector(i, EL_MLA); }
export function FMLS_elem_vec(i: u32): void { elemVector(i, EL_MLS); }
export function FMUL_elem_vec(i: u32): void { elemVector(i, EL_MUL); }
export function FMULX_elem_vec(i: u32): void { elemVector(i, EL_MULX); }

function elemScalar(i: u32, kind: u32): void {
  if (!fpEnabled()) return;
  let fmt = fmtOf(i);
  setF(rd(i), elemLane(kind, getF(rd(i), fmt), getF(rn(i), fmt), elementOf(i, fmt), fmt), fmt);
}
export function FMLA_elem_scalar(i: u32): void { elemScalar(i, EL_MLA); }
export function FMLS_elem_scalar(i: u32): void { elemScalar(i, EL_MLS); }
export function FMUL_elem_scalar(i: u32): void { elemScalar(i, EL_MUL); }
export function FMULX_elem_scalar(i: u32): void { elemScalar(i, EL_MULX); }

// ---- shift by immediate: fixed-point conversions ------------------------------------------------
// immh:immb = 01:immhb (single, fbits = 32 - immhb) or 1:immhb (double, fbits = 64 - immhb).

@inline function fbits32(i: u32): u32 { return 32 - ((i >> 16) & 31); }
@inline function fbits64(i: u32): u32 { return 64 - ((i >> 16) & 63); }
/** The vec64 forms have no sz bit: bit 22 is immh<3> = 1, which fmtOf reads as double. */
export function SCVTF_fixed_vec32(i: u32): void { vecUnary(i, laneFromFixed, fbits32(i) << FBITS_SHIFT); }
export function UCVTF_fixed_vec32(i: u32): void { vecUnary(i, laneFromFixed, UNSIGNED | (fbits32(i) << FBITS_SHIFT)); }
export function FCVTZS_fixed_vec32(i: u32): void { vecUnary(i, laneToFixed, RZ | (fbits32(i) << FBITS_SHIFT)); }
export function FCVTZU_fixed_vec32(i: u32): void { vecUnary(i, laneToFixed, RZ | UNSIGNED | (fbits32(i) << FBITS_SHIFT)); }
export function SCVTF_fixed_vec64(i: u32): void { vecUnary(i, laneFromFixed, fbits64(i) << FBITS_SHIFT); }
export function UCVTF_fixed_vec64(i: u32): void { vecUnary(i, laneFromFixed, UNSIGNED | (fbits64(i) << FBITS_SHIFT)); }
export function FCVTZS_fixed_vec64(i: u32): void { vecUnary(i, laneToFixed, RZ | (fbits64(i) << FBITS_SHIFT)); }
export function FCVTZU_fixed_vec64(i: u32): void { vecUnary(i, laneToFixed, RZ | UNSIGNED | (fbits64(i) << FBITS_SHIFT)); }
export function SCVTF_fixed_scalar32(i: u32): void { scalar1(i, laneFromFixed, fbits32(i) << FBITS_SHIFT); }
export function UCVTF_fixed_scalar32(i: u32): void { scalar1(i, laneFromFixed, UNSIGNED | (fbits32(i) << FBITS_SHIFT)); }
export function FCVTZS_fixed_scalar32(i: u32): void { scalar1(i, laneToFixed, RZ | (fbits32(i) << FBITS_SHIFT)); }
export function FCVTZU_fixed_scalar32(i: u32): void { scalar1(i, laneToFixed, RZ | UNSIGNED | (fbits32(i) << FBITS_SHIFT)); }
export function SCVTF_fixed_scalar64(i: u32): void { scalar1(i, laneFromFixed, fbits64(i) << FBITS_SHIFT); }
export function UCVTF_fixed_scalar64(i: u32): void { scalar1(i, laneFromFixed, UNSIGNED | (fbits64(i) << FBITS_SHIFT)); }
export function FCVTZS_fixed_scalar64(i: u32): void { scalar1(i, laneToFixed, RZ | (fbits64(i) << FBITS_SHIFT)); }
export function FCVTZU_fixed_scalar64(i: u32): void { scalar1(i, laneToFixed, RZ | UNSIGNED | (fbits64(i) << FBITS_SHIFT)); }
