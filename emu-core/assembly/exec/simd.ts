// Handlers of the AdvSIMD integer and permute section: see isa/simd.ts for the encodings.
// One handler per table line; each checks FP/SIMD access first, then calls the family
// helper that reads like the Arm ARM's pseudocode for it:
//   simd-engine.ts  elementwise, by-element, pairwise and across-lanes loops
//   simd-elem.ts    the element operations those loops apply
//   simd-long.ts    widening and narrowing forms
//   simd-shift.ts   shift by immediate
//   simd-perm.ts    copy, modified immediate, permute, EXT, TBL/TBX
//   simd-fast.ts    wasm SIMD versions of the hottest instructions (and REV, XTN, widening adds)

import { fpEnabled } from '../fpaccess';
import { undefinedInstruction } from '../exceptions';
import {
  vecSame, scalarSame, vecUnary, vecUnarySized, scalarUnary, vecByElem, scalarByElem, vecPairwise,
  acrossLanes, addLongAcross, addpScalar,
} from './simd-engine';
import * as E from './simd-elem';
import * as L from './simd-long';
import * as S from './simd-shift';
import * as P from './simd-perm';
import * as F from './simd-fast';
import { sizeOf } from './simd-fields';

/** SQDMULH/SQRDMULH exist for 16- and 32-bit elements only. */
@inline function sqdmulhSizeOk(i: u32): bool {
  let size = sizeOf(i);
  if (size == 1 || size == 2) return true;
  undefinedInstruction();
  return false;
}

// ---- three same (vector) --------------------------------------------------------------------------
export function SHADD_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_SHADD, true); }
export function UHADD_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_UHADD, true); }
export function SQADD_v(i: u32): void { if (fpEnabled()) F.fastSatAddSub(i, F.FQ_SQADD, E.OP_SQADD); }
export function UQADD_v(i: u32): void { if (fpEnabled()) F.fastSatAddSub(i, F.FQ_UQADD, E.OP_UQADD); }
export function SRHADD_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_SRHADD, true); }
export function URHADD_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_URHADD, true); }
export function AND_v(i: u32): void { if (fpEnabled()) F.bitwise(i, F.B_AND); }
export function BIC_v(i: u32): void { if (fpEnabled()) F.bitwise(i, F.B_BIC); }
export function ORR_v(i: u32): void { if (fpEnabled()) F.bitwise(i, F.B_ORR); }
export function ORN_v(i: u32): void { if (fpEnabled()) F.bitwise(i, F.B_ORN); }
export function EOR_v(i: u32): void { if (fpEnabled()) F.bitwise(i, F.B_EOR); }
export function BSL_v(i: u32): void { if (fpEnabled()) F.bitwise(i, F.B_BSL); }
export function BIT_v(i: u32): void { if (fpEnabled()) F.bitwise(i, F.B_BIT); }
export function BIF_v(i: u32): void { if (fpEnabled()) F.bitwise(i, F.B_BIF); }
export function SHSUB_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_SHSUB, true); }
export function UHSUB_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_UHSUB, true); }
export function SQSUB_v(i: u32): void { if (fpEnabled()) F.fastSatAddSub(i, F.FQ_SQSUB, E.OP_SQSUB); }
export function UQSUB_v(i: u32): void { if (fpEnabled()) F.fastSatAddSub(i, F.FQ_UQSUB, E.OP_UQSUB); }
export function CMGT_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_CMGT, E.OP_CMGT, false); }
export function CMHI_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_CMHI, E.OP_CMHI, false); }
export function CMGE_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_CMGE, E.OP_CMGE, false); }
export function CMHS_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_CMHS, E.OP_CMHS, false); }
export function SSHL_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_SSHL, false); }
export function USHL_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_USHL, false); }
export function SQSHL_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_SQSHL, false); }
export function UQSHL_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_UQSHL, false); }
export function SRSHL_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_SRSHL, false); }
export function URSHL_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_URSHL, false); }
export function SQRSHL_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_SQRSHL, false); }
export function UQRSHL_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_UQRSHL, false); }
export function SMAX_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_SMAX, E.OP_SMAX, true); }
export function UMAX_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_UMAX, E.OP_UMAX, true); }
export function SMIN_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_SMIN, E.OP_SMIN, true); }
export function UMIN_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_UMIN, E.OP_UMIN, true); }
export function SABD_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_SABD, true); }
export function UABD_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_UABD, true); }
export function SABA_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_SABA, true); }
export function UABA_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_UABA, true); }
export function ADD_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_ADD, E.OP_ADD, false); }
export function SUB_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_SUB, E.OP_SUB, false); }
export function CMTST_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_CMTST, E.OP_CMTST, false); }
export function CMEQ_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_CMEQ, E.OP_CMEQ, false); }
export function MLA_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_MLA, true); }
export function MLS_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_MLS, true); }
export function MUL_v(i: u32): void { if (fpEnabled()) F.fastSame(i, F.F_MUL, E.OP_MUL, true); }
export function PMUL_v(i: u32): void { if (fpEnabled()) vecSame(i, E.OP_PMUL, true); }
export function SMAXP_v(i: u32): void { if (fpEnabled()) F.fastPairwise(i, F.F_SMAX, E.OP_SMAX, true); }
export function UMAXP_v(i: u32): void { if (fpEnabled()) F.fastPairwise(i, F.F_UMAX, E.OP_UMAX, true); }
export function SMINP_v(i: u32): void { if (fpEnabled()) F.fastPairwise(i, F.F_SMIN, E.OP_SMIN, true); }
export function UMINP_v(i: u32): void { if (fpEnabled()) F.fastPairwise(i, F.F_UMIN, E.OP_UMIN, true); }
export function SQDMULH_v(i: u32): void { if (fpEnabled() && sqdmulhSizeOk(i)) vecSame(i, E.OP_SQDMULH, true); }
export function SQRDMULH_v(i: u32): void { if (fpEnabled() && sqdmulhSizeOk(i)) vecSame(i, E.OP_SQRDMULH, true); }
export function ADDP_v(i: u32): void { if (fpEnabled()) F.fastPairwise(i, F.F_ADD, E.OP_ADD, false); }

// ---- three same (scalar) ------------------------------------------------------------------------------
export function SQADD_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_SQADD); }
export function UQADD_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_UQADD); }
export function SQSUB_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_SQSUB); }
export function UQSUB_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_UQSUB); }
export function CMGT_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_CMGT); }
export function CMHI_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_CMHI); }
export function CMGE_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_CMGE); }
export function CMHS_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_CMHS); }
export function SSHL_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_SSHL); }
export function USHL_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_USHL); }
export function SQSHL_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_SQSHL); }
export function UQSHL_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_UQSHL); }
export function SRSHL_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_SRSHL); }
export function URSHL_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_URSHL); }
export function SQRSHL_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_SQRSHL); }
export function UQRSHL_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_UQRSHL); }
export function ADD_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_ADD); }
export function SUB_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_SUB); }
export function CMTST_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_CMTST); }
export function CMEQ_s(i: u32): void { if (fpEnabled()) scalarSame(i, E.OP_CMEQ); }
export function SQDMULH_s(i: u32): void { if (fpEnabled() && sqdmulhSizeOk(i)) scalarSame(i, E.OP_SQDMULH); }
export function SQRDMULH_s(i: u32): void { if (fpEnabled() && sqdmulhSizeOk(i)) scalarSame(i, E.OP_SQRDMULH); }

// ---- three different -------------------------------------------------------------------------------------
export function SADDL_v(i: u32): void { if (fpEnabled()) F.fastAddLong(i, F.F_ADD, false, true); }
export function UADDL_v(i: u32): void { if (fpEnabled()) F.fastAddLong(i, F.F_ADD, false, false); }
export function SADDW_v(i: u32): void { if (fpEnabled()) F.fastAddLong(i, F.F_ADD, true, true); }
export function UADDW_v(i: u32): void { if (fpEnabled()) F.fastAddLong(i, F.F_ADD, true, false); }
export function SSUBL_v(i: u32): void { if (fpEnabled()) F.fastAddLong(i, F.F_SUB, false, true); }
export function USUBL_v(i: u32): void { if (fpEnabled()) F.fastAddLong(i, F.F_SUB, false, false); }
export function SSUBW_v(i: u32): void { if (fpEnabled()) F.fastAddLong(i, F.F_SUB, true, true); }
export function USUBW_v(i: u32): void { if (fpEnabled()) F.fastAddLong(i, F.F_SUB, true, false); }
export function ADDHN_v(i: u32): void { if (fpEnabled()) L.vecAddHighNarrow(i, false, false); }
export function RADDHN_v(i: u32): void { if (fpEnabled()) L.vecAddHighNarrow(i, false, true); }
export function SUBHN_v(i: u32): void { if (fpEnabled()) L.vecAddHighNarrow(i, true, false); }
export function RSUBHN_v(i: u32): void { if (fpEnabled()) L.vecAddHighNarrow(i, true, true); }
export function SABAL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_SABAL); }
export function UABAL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_UABAL); }
export function SABDL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_SABDL); }
export function UABDL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_UABDL); }
export function SMLAL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_SMLAL); }
export function UMLAL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_UMLAL); }
export function SQDMLAL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_SQDMLAL); }
export function SMLSL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_SMLSL); }
export function UMLSL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_UMLSL); }
export function SQDMLSL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_SQDMLSL); }
export function SMULL_v(i: u32): void { if (fpEnabled()) F.fastMulLong(i, true); }
export function UMULL_v(i: u32): void { if (fpEnabled()) F.fastMulLong(i, false); }
export function SQDMULL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_SQDMULL); }
export function PMULL_v(i: u32): void { if (fpEnabled()) L.vecLong(i, L.L_PMULL); }

// ---- scalar three different ------------------------------------------------------------------------------
export function SQDMLAL_s(i: u32): void { if (fpEnabled()) L.scalarLong(i, L.L_SQDMLAL); }
export function SQDMLSL_s(i: u32): void { if (fpEnabled()) L.scalarLong(i, L.L_SQDMLSL); }
export function SQDMULL_s(i: u32): void { if (fpEnabled()) L.scalarLong(i, L.L_SQDMULL); }

// ---- two-register misc (vector) ---------------------------------------------------------------------------
export function REV64_v(i: u32): void { if (fpEnabled()) F.fastReverse(i, 3); }
export function REV32_v(i: u32): void { if (fpEnabled()) F.fastReverse(i, 2); }
export function REV16_v(i: u32): void { if (fpEnabled()) F.fastReverse(i, 1); }
export function SADDLP_v(i: u32): void { if (fpEnabled()) L.vecAddPairLong(i, true, false); }
export function UADDLP_v(i: u32): void { if (fpEnabled()) L.vecAddPairLong(i, false, false); }
export function SADALP_v(i: u32): void { if (fpEnabled()) L.vecAddPairLong(i, true, true); }
export function UADALP_v(i: u32): void { if (fpEnabled()) L.vecAddPairLong(i, false, true); }
export function SUQADD_v(i: u32): void { if (fpEnabled()) vecUnary(i, E.OP_SUQADD, false); }
export function USQADD_v(i: u32): void { if (fpEnabled()) vecUnary(i, E.OP_USQADD, false); }
export function CLS_v(i: u32): void { if (fpEnabled()) vecUnary(i, E.OP_CLS, true); }
export function CLZ_v(i: u32): void { if (fpEnabled()) vecUnary(i, E.OP_CLZ, true); }
export function CNT_v(i: u32): void { if (fpEnabled()) vecUnarySized(i, E.OP_CNT, 0); }
export function NOT_v(i: u32): void { if (fpEnabled()) vecUnarySized(i, E.OP_NOT, 0); }
export function RBIT_v(i: u32): void { if (fpEnabled()) vecUnarySized(i, E.OP_RBIT, 0); }
export function SQABS_v(i: u32): void { if (fpEnabled()) vecUnary(i, E.OP_SQABS, false); }
export function SQNEG_v(i: u32): void { if (fpEnabled()) vecUnary(i, E.OP_SQNEG, false); }
export function CMGT0_v(i: u32): void { if (fpEnabled()) F.fastCompareZero(i, F.F_CMGT, false, E.OP_CMGT0); }
export function CMGE0_v(i: u32): void { if (fpEnabled()) F.fastCompareZero(i, F.F_CMGE, false, E.OP_CMGE0); }
export function CMEQ0_v(i: u32): void { if (fpEnabled()) F.fastCompareZero(i, F.F_CMEQ, false, E.OP_CMEQ0); }
export function CMLE0_v(i: u32): void { if (fpEnabled()) F.fastCompareZero(i, F.F_CMGE, true, E.OP_CMLE0); }
export function CMLT0_v(i: u32): void { if (fpEnabled()) F.fastCompareZero(i, F.F_CMGT, true, E.OP_CMLT0); }
export function ABS_v(i: u32): void { if (fpEnabled()) vecUnary(i, E.OP_ABS, false); }
export function NEG_v(i: u32): void { if (fpEnabled()) vecUnary(i, E.OP_NEG, false); }
export function XTN_v(i: u32): void { if (fpEnabled()) F.fastXtn(i); }
export function SQXTUN_v(i: u32): void { if (fpEnabled()) narrowMisc(i, L.N_SUSAT); }
export function SQXTN_v(i: u32): void { if (fpEnabled()) narrowMisc(i, L.N_SSAT); }
export function UQXTN_v(i: u32): void { if (fpEnabled()) narrowMisc(i, L.N_USAT); }
export function SHLL_v(i: u32): void {
  if (!fpEnabled()) return;
  let size = sizeOf(i);
  if (size == 3) { undefinedInstruction(); return; }
  L.vecWiden(i, size, false, 8 << size);
}
export function URECPE_v(i: u32): void { if (fpEnabled()) vecUnary(i, E.OP_URECPE, true); }
export function URSQRTE_v(i: u32): void { if (fpEnabled()) vecUnary(i, E.OP_URSQRTE, true); }

@inline function narrowMisc(i: u32, kind: u32): void {
  let size = sizeOf(i);
  if (size == 3) { undefinedInstruction(); return; }
  L.vecNarrow(i, size, kind, 0, false);
}

// ---- two-register misc (scalar) ----------------------------------------------------------------------------
export function SUQADD_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_SUQADD); }
export function USQADD_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_USQADD); }
export function SQABS_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_SQABS); }
export function SQNEG_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_SQNEG); }
export function CMGT0_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_CMGT0); }
export function CMGE0_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_CMGE0); }
export function CMEQ0_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_CMEQ0); }
export function CMLE0_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_CMLE0); }
export function CMLT0_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_CMLT0); }
export function ABS_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_ABS); }
export function NEG_s(i: u32): void { if (fpEnabled()) scalarUnary(i, E.OP_NEG); }
export function SQXTUN_s(i: u32): void { if (fpEnabled()) narrowScalar(i, L.N_SUSAT); }
export function SQXTN_s(i: u32): void { if (fpEnabled()) narrowScalar(i, L.N_SSAT); }
export function UQXTN_s(i: u32): void { if (fpEnabled()) narrowScalar(i, L.N_USAT); }

@inline function narrowScalar(i: u32, kind: u32): void {
  let size = sizeOf(i);
  if (size == 3) { undefinedInstruction(); return; }
  L.scalarNarrow(i, size, kind, 0, false);
}

// ---- across lanes and scalar pairwise -------------------------------------------------------------------------
export function SADDLV_v(i: u32): void { if (fpEnabled()) addLongAcross(i, true); }
export function UADDLV_v(i: u32): void { if (fpEnabled()) addLongAcross(i, false); }
export function SMAXV_v(i: u32): void { if (fpEnabled()) F.fastAcross(i, F.F_SMAX, E.OP_SMAX); }
export function UMAXV_v(i: u32): void { if (fpEnabled()) F.fastAcross(i, F.F_UMAX, E.OP_UMAX); }
export function SMINV_v(i: u32): void { if (fpEnabled()) F.fastAcross(i, F.F_SMIN, E.OP_SMIN); }
export function UMINV_v(i: u32): void { if (fpEnabled()) F.fastAcross(i, F.F_UMIN, E.OP_UMIN); }
export function ADDV_v(i: u32): void { if (fpEnabled()) acrossLanes(i, E.OP_ADD); }
export function ADDP_s(i: u32): void { if (fpEnabled()) addpScalar(i); }

// ---- copy ------------------------------------------------------------------------------------------------------
export function DUP_elem_v(i: u32): void { if (fpEnabled()) P.dupElemVec(i); }
export function DUP_gen(i: u32): void { if (fpEnabled()) P.dupGeneral(i); }
export function INS_gen(i: u32): void { if (fpEnabled()) P.insGeneral(i); }
export function SMOV(i: u32): void { if (fpEnabled()) P.smov(i); }
export function UMOV(i: u32): void { if (fpEnabled()) P.umov(i); }
export function INS_elem(i: u32): void { if (fpEnabled()) P.insElement(i); }
export function DUP_elem_s(i: u32): void { if (fpEnabled()) P.dupElemScalar(i); }

// ---- modified immediate ------------------------------------------------------------------------------------------
export function MOVI_32(i: u32): void { if (fpEnabled()) P.moviFamily(i, false); }
export function ORR_32i(i: u32): void { if (fpEnabled()) P.orrBicImm(i, false); }
export function MOVI_16(i: u32): void { if (fpEnabled()) P.moviFamily(i, false); }
export function ORR_16i(i: u32): void { if (fpEnabled()) P.orrBicImm(i, false); }
export function MOVI_msl(i: u32): void { if (fpEnabled()) P.moviFamily(i, false); }
export function MOVI_8(i: u32): void { if (fpEnabled()) P.moviFamily(i, false); }
export function FMOV_vs(i: u32): void { if (fpEnabled()) P.moviFamily(i, false); }
export function MVNI_32(i: u32): void { if (fpEnabled()) P.moviFamily(i, true); }
export function BIC_32i(i: u32): void { if (fpEnabled()) P.orrBicImm(i, true); }
export function MVNI_16(i: u32): void { if (fpEnabled()) P.moviFamily(i, true); }
export function BIC_16i(i: u32): void { if (fpEnabled()) P.orrBicImm(i, true); }
export function MVNI_msl(i: u32): void { if (fpEnabled()) P.moviFamily(i, true); }
export function MOVI_64(i: u32): void { if (fpEnabled()) P.moviFamily(i, false); }
export function FMOV_vd(i: u32): void { if (fpEnabled()) P.moviFamily(i, false); }

// ---- shift by immediate (vector) ----------------------------------------------------------------------------------
export function SSHR_v(i: u32): void { if (fpEnabled()) F.fastShiftImm(i, F.FS_SSHR); }
export function USHR_v(i: u32): void { if (fpEnabled()) F.fastShiftImm(i, F.FS_USHR); }
export function SSRA_v(i: u32): void { if (fpEnabled()) F.fastShiftImm(i, F.FS_SSRA); }
export function USRA_v(i: u32): void { if (fpEnabled()) F.fastShiftImm(i, F.FS_USRA); }
export function SRSHR_v(i: u32): void { if (fpEnabled()) S.vecShiftImm(i, S.SH_SRSHR); }
export function URSHR_v(i: u32): void { if (fpEnabled()) S.vecShiftImm(i, S.SH_URSHR); }
export function SRSRA_v(i: u32): void { if (fpEnabled()) S.vecShiftImm(i, S.SH_SRSRA); }
export function URSRA_v(i: u32): void { if (fpEnabled()) S.vecShiftImm(i, S.SH_URSRA); }
export function SRI_v(i: u32): void { if (fpEnabled()) S.vecShiftImm(i, S.SH_SRI); }
export function SHL_v(i: u32): void { if (fpEnabled()) F.fastShiftImm(i, F.FS_SHL); }
export function SLI_v(i: u32): void { if (fpEnabled()) S.vecShiftImm(i, S.SH_SLI); }
export function SQSHLU_v(i: u32): void { if (fpEnabled()) S.vecShiftImm(i, S.SH_SQSHLU); }
export function SQSHL_vi(i: u32): void { if (fpEnabled()) S.vecShiftImm(i, S.SH_SQSHL); }
export function UQSHL_vi(i: u32): void { if (fpEnabled()) S.vecShiftImm(i, S.SH_UQSHL); }
export function SHRN_v(i: u32): void { if (fpEnabled()) S.vecShiftNarrow(i, L.N_TRUNC, false); }
export function SQSHRUN_v(i: u32): void { if (fpEnabled()) S.vecShiftNarrow(i, L.N_SUSAT, false); }
export function RSHRN_v(i: u32): void { if (fpEnabled()) S.vecShiftNarrow(i, L.N_TRUNC, true); }
export function SQRSHRUN_v(i: u32): void { if (fpEnabled()) S.vecShiftNarrow(i, L.N_SUSAT, true); }
export function SQSHRN_v(i: u32): void { if (fpEnabled()) S.vecShiftNarrow(i, L.N_SSAT, false); }
export function UQSHRN_v(i: u32): void { if (fpEnabled()) S.vecShiftNarrow(i, L.N_USAT, false); }
export function SQRSHRN_v(i: u32): void { if (fpEnabled()) S.vecShiftNarrow(i, L.N_SSAT, true); }
export function UQRSHRN_v(i: u32): void { if (fpEnabled()) S.vecShiftNarrow(i, L.N_USAT, true); }
export function SSHLL_v(i: u32): void { if (fpEnabled()) S.vecShiftLong(i, true); }
export function USHLL_v(i: u32): void { if (fpEnabled()) S.vecShiftLong(i, false); }

// ---- shift by immediate (scalar) ------------------------------------------------------------------------------------
export function SSHR_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_SSHR, true); }
export function USHR_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_USHR, true); }
export function SSRA_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_SSRA, true); }
export function USRA_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_USRA, true); }
export function SRSHR_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_SRSHR, true); }
export function URSHR_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_URSHR, true); }
export function SRSRA_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_SRSRA, true); }
export function URSRA_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_URSRA, true); }
export function SRI_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_SRI, true); }
export function SHL_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_SHL, true); }
export function SLI_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_SLI, true); }
export function SQSHLU_s(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_SQSHLU, false); }
export function SQSHL_si(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_SQSHL, false); }
export function UQSHL_si(i: u32): void { if (fpEnabled()) S.scalarShiftImm(i, S.SH_UQSHL, false); }
export function SQSHRUN_s(i: u32): void { if (fpEnabled()) S.scalarShiftNarrow(i, L.N_SUSAT, false); }
export function SQRSHRUN_s(i: u32): void { if (fpEnabled()) S.scalarShiftNarrow(i, L.N_SUSAT, true); }
export function SQSHRN_s(i: u32): void { if (fpEnabled()) S.scalarShiftNarrow(i, L.N_SSAT, false); }
export function UQSHRN_s(i: u32): void { if (fpEnabled()) S.scalarShiftNarrow(i, L.N_USAT, false); }
export function SQRSHRN_s(i: u32): void { if (fpEnabled()) S.scalarShiftNarrow(i, L.N_SSAT, true); }
export function UQRSHRN_s(i: u32): void { if (fpEnabled()) S.scalarShiftNarrow(i, L.N_USAT, true); }

// ---- by element -------------------------------------------------------------------------------------------------------
export function MLA_e(i: u32): void { if (fpEnabled()) vecByElem(i, E.OP_MLA); }
export function SMLAL_e(i: u32): void { if (fpEnabled()) L.vecLongByElem(i, L.L_SMLAL); }
export function UMLAL_e(i: u32): void { if (fpEnabled()) L.vecLongByElem(i, L.L_UMLAL); }
export function SQDMLAL_e(i: u32): void { if (fpEnabled()) L.vecLongByElem(i, L.L_SQDMLAL); }
export function MLS_e(i: u32): void { if (fpEnabled()) vecByElem(i, E.OP_MLS); }
export function SMLSL_e(i: u32): void { if (fpEnabled()) L.vecLongByElem(i, L.L_SMLSL); }
export function UMLSL_e(i: u32): void { if (fpEnabled()) L.vecLongByElem(i, L.L_UMLSL); }
export function SQDMLSL_e(i: u32): void { if (fpEnabled()) L.vecLongByElem(i, L.L_SQDMLSL); }
export function MUL_e(i: u32): void { if (fpEnabled()) vecByElem(i, E.OP_MUL); }
export function SMULL_e(i: u32): void { if (fpEnabled()) L.vecLongByElem(i, L.L_SMULL); }
export function UMULL_e(i: u32): void { if (fpEnabled()) L.vecLongByElem(i, L.L_UMULL); }
export function SQDMULL_e(i: u32): void { if (fpEnabled()) L.vecLongByElem(i, L.L_SQDMULL); }
export function SQDMULH_e(i: u32): void { if (fpEnabled()) vecByElem(i, E.OP_SQDMULH); }
export function SQRDMULH_e(i: u32): void { if (fpEnabled()) vecByElem(i, E.OP_SQRDMULH); }
export function SQDMLAL_se(i: u32): void { if (fpEnabled()) L.scalarLongByElem(i, L.L_SQDMLAL); }
export function SQDMLSL_se(i: u32): void { if (fpEnabled()) L.scalarLongByElem(i, L.L_SQDMLSL); }
export function SQDMULL_se(i: u32): void { if (fpEnabled()) L.scalarLongByElem(i, L.L_SQDMULL); }
export function SQDMULH_se(i: u32): void { if (fpEnabled()) scalarByElem(i, E.OP_SQDMULH); }
export function SQRDMULH_se(i: u32): void { if (fpEnabled()) scalarByElem(i, E.OP_SQRDMULH); }

// ---- table lookup, permute, extract -------------------------------------------------------------------------------------
export function TBL(i: u32): void { if (fpEnabled()) P.tableLookup(i, false); }
export function TBX(i: u32): void { if (fpEnabled()) P.tableLookup(i, true); }
export function UZP1(i: u32): void { if (fpEnabled()) P.permute(i, P.P_UZP1); }
export function TRN1(i: u32): void { if (fpEnabled()) P.permute(i, P.P_TRN1); }
export function ZIP1(i: u32): void { if (fpEnabled()) P.permute(i, P.P_ZIP1); }
export function UZP2(i: u32): void { if (fpEnabled()) P.permute(i, P.P_UZP2); }
export function TRN2(i: u32): void { if (fpEnabled()) P.permute(i, P.P_TRN2); }
export function ZIP2(i: u32): void { if (fpEnabled()) P.permute(i, P.P_ZIP2); }
export function EXT(i: u32): void { if (fpEnabled()) P.ext(i); }
