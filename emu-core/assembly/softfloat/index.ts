// The floating-point library of the core: exact ARMv8.0 semantics (Arm ARM FP pseudocode) on
// encodings held in u64, for the formats of format.ts. One entry point per pseudocode
// function, with the format as an argument; the operation reads FPCR and sets FPSR flags.
//
//   status.ts   FPCR/FPSR fields, rounding modes      unpack.ts  FPUnpack
//   format.ts   formats, fixed encodings               round.ts   FPRoundBase
//   nan.ts      NaN propagation                        wide.ts    64/128-bit integer helpers
//   arith.ts    add, sub, mul, div, sqrt (exact)       fused.ts   FPMulAdd, FRECPS/FRSQRTS steps
//   fast.ts     proven native fast paths               convert.ts FPConvert, FPToFixed, FixedToFP, FPRoundInt
//   compare.ts  compares, max/min                      estimate.ts FRECPE, FRSQRTE, FRECPX
//
// Functions below take the format at run time (so vector handlers can pass them around as
// values); the scalar and lane code calls them with a constant where it can.

import { FMT_D } from './format';
import { fpcrRounding } from './status';
import { addF64, addF32, mulF64, mulF32, divF64, divF32, sqrtF64, sqrtF32, mulAddF64, mulAddF32 } from './fast';
import { fpMul as fpMulSlow } from './arith';
import { fpStepFused } from './fused';
import { fpMaxMin, fpMaxMinNum } from './compare';

export { FMT_H, FMT_S, FMT_D, widthOf, signBit } from './format';
export {
  RN, RP, RM, RZ, RA, RO, fpcrRounding,
} from './status';
export { fpCompare, fpCompareEQ, fpCompareOrdered } from './compare';
export { fpConvert, fpToFixed, fixedToFp, fpRoundInt } from './convert';
export { fpRecipEstimate, fpRSqrtEstimate, fpRecpX, recipEstimate, recipSqrtEstimate } from './estimate';

export function fpAdd(a: u64, b: u64, fmt: u32): u64 {
  return fmt == FMT_D ? addF64(a, b, false) : addF32(a, b, false);
}
export function fpSub(a: u64, b: u64, fmt: u32): u64 {
  return fmt == FMT_D ? addF64(a, b, true) : addF32(a, b, true);
}
export function fpMul(a: u64, b: u64, fmt: u32): u64 {
  return fmt == FMT_D ? mulF64(a, b) : mulF32(a, b);
}
/** FPMulX: as FPMul, but infinity times zero is 2 (with the product's sign), not invalid. */
export function fpMulX(a: u64, b: u64, fmt: u32): u64 {
  return fpMulSlow(a, b, true, fmt, fpcrRounding());
}
export function fpDiv(a: u64, b: u64, fmt: u32): u64 {
  return fmt == FMT_D ? divF64(a, b) : divF32(a, b);
}
export function fpSqrt(a: u64, fmt: u32): u64 {
  return fmt == FMT_D ? sqrtF64(a) : sqrtF32(a);
}
/** FPMulAdd(addend, a, b) = addend + a * b, fused. */
export function fpMulAdd(addend: u64, a: u64, b: u64, fmt: u32): u64 {
  return fmt == FMT_D ? mulAddF64(addend, a, b) : mulAddF32(addend, a, b);
}
export function fpRecipStep(a: u64, b: u64, fmt: u32): u64 {
  return fpStepFused(a, b, false, fmt, fpcrRounding());
}
export function fpRSqrtStep(a: u64, b: u64, fmt: u32): u64 {
  return fpStepFused(a, b, true, fmt, fpcrRounding());
}
export function fpMax(a: u64, b: u64, fmt: u32): u64 {
  return fpMaxMin(a, b, true, fmt);
}
export function fpMin(a: u64, b: u64, fmt: u32): u64 {
  return fpMaxMin(a, b, false, fmt);
}
export function fpMaxNum(a: u64, b: u64, fmt: u32): u64 {
  return fpMaxMinNum(a, b, true, fmt);
}
export function fpMinNum(a: u64, b: u64, fmt: u32): u64 {
  return fpMaxMinNum(a, b, false, fmt);
}
