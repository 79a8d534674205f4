// The three IEEE binary formats the core handles, and the fixed encodings the pseudocode
// names (FPZero, FPInfinity, FPDefaultNaN, FPMaxNormal, FPTwo, FPOnePointFive).
//
//   format  bits  exponent  fraction  bias   minimum exponent
//   H       16    5         10        15     -14
//   S       32    8         23        127    -126
//   D       64    11        52        1023   -1022
//
// A format is passed as a small integer; every helper is @inline so that a constant format
// folds away.

@inline export const FMT_H: u32 = 0;
@inline export const FMT_S: u32 = 1;
@inline export const FMT_D: u32 = 2;

@inline export function fracBits(fmt: u32): u32 {
  return fmt == FMT_D ? 52 : fmt == FMT_S ? 23 : 10;
}
@inline export function expBits(fmt: u32): u32 {
  return fmt == FMT_D ? 11 : fmt == FMT_S ? 8 : 5;
}
@inline export function widthOf(fmt: u32): u32 {
  return fmt == FMT_D ? 64 : fmt == FMT_S ? 32 : 16;
}
@inline export function biasOf(fmt: u32): i32 {
  return fmt == FMT_D ? 1023 : fmt == FMT_S ? 127 : 15;
}
/** Exponent of the smallest normal number. */
@inline export function minExpOf(fmt: u32): i32 {
  return 1 - biasOf(fmt);
}
@inline export function fracMask(fmt: u32): u64 {
  return (<u64>1 << fracBits(fmt)) - 1;
}
/** All exponent bits set (infinity / NaN in IEEE formats). */
@inline export function expMask(fmt: u32): u64 {
  return ((<u64>1 << expBits(fmt)) - 1) << fracBits(fmt);
}
@inline export function signBit(sign: u32, fmt: u32): u64 {
  return <u64>sign << (widthOf(fmt) - 1);
}
@inline export function quietBit(fmt: u32): u64 {
  return <u64>1 << (fracBits(fmt) - 1);
}

@inline export function fpZero(sign: u32, fmt: u32): u64 {
  return signBit(sign, fmt);
}
@inline export function fpInfinity(sign: u32, fmt: u32): u64 {
  return signBit(sign, fmt) | expMask(fmt);
}
@inline export function fpDefaultNaN(fmt: u32): u64 {
  return expMask(fmt) | quietBit(fmt);
}
@inline export function fpMaxNormal(sign: u32, fmt: u32): u64 {
  return signBit(sign, fmt) | (expMask(fmt) - (<u64>1 << fracBits(fmt))) | fracMask(fmt);
}
/** sign : exponent of 2^k : zero fraction. */
@inline export function fpPow2(sign: u32, k: i32, fmt: u32): u64 {
  return signBit(sign, fmt) | (<u64>(k + biasOf(fmt)) << fracBits(fmt));
}
@inline export function fpTwo(sign: u32, fmt: u32): u64 {
  return fpPow2(sign, 1, fmt);
}
@inline export function fpOnePointFive(sign: u32, fmt: u32): u64 {
  return fpPow2(sign, 0, fmt) | quietBit(fmt);
}
