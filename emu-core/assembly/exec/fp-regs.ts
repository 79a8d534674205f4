// Scalar and lane views of the vector registers for the FP handlers. Reading H/S/D takes the
// low bits of Vn; writing a scalar zeroes the rest of the 128-bit register (Arm ARM V[] of a
// scalar width). Lanes are little-endian: lane k of esize bits sits at byte k * esize / 8.

import { vAddr } from '../state';
import { FMT_H, FMT_S, FMT_D } from '../softfloat/index';

@inline export function getH(r: u32): u64 {
  return <u64>load<u16>(vAddr(r));
}
@inline export function getS(r: u32): u64 {
  return <u64>load<u32>(vAddr(r));
}
@inline export function getD(r: u32): u64 {
  return load<u64>(vAddr(r));
}
@inline export function setH(r: u32, v: u64): void {
  store<u64>(vAddr(r), v & 0xffff);
  store<u64>(vAddr(r), 0, 8);
}
@inline export function setS(r: u32, v: u64): void {
  store<u64>(vAddr(r), v & 0xffffffff);
  store<u64>(vAddr(r), 0, 8);
}
@inline export function setD(r: u32, v: u64): void {
  store<u64>(vAddr(r), v);
  store<u64>(vAddr(r), 0, 8);
}
/** The scalar of format fmt in Vr. */
@inline export function getF(r: u32, fmt: u32): u64 {
  return fmt == FMT_D ? getD(r) : fmt == FMT_S ? getS(r) : getH(r);
}
@inline export function setF(r: u32, v: u64, fmt: u32): void {
  if (fmt == FMT_D) setD(r, v);
  else if (fmt == FMT_S) setS(r, v);
  else setH(r, v);
}
/** The upper 64 bits of Vr (D[1]). */
@inline export function getHigh64(r: u32): u64 {
  return load<u64>(vAddr(r), 8);
}
@inline export function setHigh64(r: u32, v: u64): void {
  store<u64>(vAddr(r), v, 8);
}
