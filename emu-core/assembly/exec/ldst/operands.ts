// Shared operand decoding of the load/store handlers (isa/ldst.ts): base register with the SP
// alignment check, offsets of every addressing form, and the sized register and memory moves.
// Written after the Arm ARM's shared pseudocode (CheckSPAlignment, ExtendReg, Mem[]).

import { pc, el, getX, getSP, vAddr } from '../../state';
import { sctlr } from '../../sysregs';
import { spAlignmentFault } from '../../exceptions';
import { read8, read16, read32, read64, write8, write16, write32, write64 } from '../../vmem';

@inline export function rt(i: u32): u32 { return i & 31; }
@inline export function rn(i: u32): u32 { return (i >> 5) & 31; }
@inline export function rt2(i: u32): u32 { return (i >> 10) & 31; }
@inline export function rs(i: u32): u32 { return (i >> 16) & 31; }

// ---- base register -------------------------------------------------------------------------------

/**
 * SP as a base register: CheckSPAlignment. SCTLR_EL1.SA (bit 3) governs EL1 and SA0 (bit 4)
 * EL0; a misaligned SP takes the SP alignment fault (EC 0x26) and sets `faulted`.
 */
export function checkedSP(): u64 {
  let sp = getSP();
  if ((<u32>sp & 15) != 0 && ((<u32>sctlr >> (el == 0 ? 4 : 3)) & 1) != 0) spAlignmentFault();
  return sp;
}

/** Xn|SP as the base address; the caller must test `faulted` (SP alignment) before using it. */
@inline export function baseReg(i: u32): u64 {
  let n = rn(i);
  return n != 31 ? getX(n) : checkedSP();
}

// ---- offsets -------------------------------------------------------------------------------------

/** imm12 (bits 21:10) scaled by the access size: the unsigned-offset form. */
@inline export function uimm12(i: u32, scale: u32): u64 {
  return <u64>((i >> 10) & 0xfff) << scale;
}
/** imm9 (bits 20:12), sign-extended: the unscaled, unprivileged and indexed forms. */
@inline export function simm9(i: u32): u64 {
  return <u64>(<i64>((<i32>(i << 11)) >> 23));
}
/** imm7 (bits 21:15), sign-extended and scaled: the pair forms. */
@inline export function simm7(i: u32, scale: u32): u64 {
  return <u64>(<i64>((<i32>(i << 10)) >> 25)) << scale;
}
/** PC + imm19 * 4 (bits 23:5): the literal form. */
@inline export function literalAddr(i: u32): u64 {
  return pc + (<u64>(<i64>((<i32>(i << 8)) >> 13)) << 2);
}
/**
 * ExtendReg(m, option, S ? scale : 0) for the register-offset form: option 010 UXTW, 011 LSL
 * (UXTX), 110 SXTW, 111 SXTX. option<1> = 0 is unallocated (an UNALLOC line in the table).
 */
@inline export function regOffset(i: u32, scale: u32): u64 {
  let m = getX((i >> 16) & 31);
  let option = (i >> 13) & 7;
  if ((option & 1) == 0) m = (option & 4) != 0 ? <u64>(<i64>(<i32>(<u32>m))) : m & 0xffffffff;
  return ((i >> 12) & 1) != 0 ? m << scale : m;
}

// ---- sized memory moves ----------------------------------------------------------------------------

/** Load `size` bytes (1, 2, 4, 8), zero-extended; `faulted` on an abort. */
@inline export function loadSized(a: u64, size: u32): u64 {
  if (size == 1) return <u64>read8(a);
  if (size == 2) return <u64>read16(a);
  if (size == 4) return <u64>read32(a);
  return read64(a);
}
/** Store the low `size` bytes (1, 2, 4, 8) of v. */
@inline export function storeSized(a: u64, size: u32, v: u64): void {
  if (size == 1) write8(a, <u32>v);
  else if (size == 2) write16(a, <u32>v);
  else if (size == 4) write32(a, <u32>v);
  else write64(a, v);
}

// How a loaded value of `size` bytes becomes the register value.
@inline export const ZERO_EXT: u32 = 0; // LDRB, LDRH, LDR (W into Wt zero-extends into Xt)
@inline export const SIGN_EXT_X: u32 = 1; // LDRSB/LDRSH/LDRSW to Xt
@inline export const SIGN_EXT_W: u32 = 2; // LDRSB/LDRSH to Wt: sign-extend to 32 bits, clear 63:32

/** Sign-extend the low `size` bytes of v to 64 bits. */
@inline export function signExtend(v: u64, size: u32): u64 {
  let sh: u64 = 64 - (<u64>size << 3);
  return <u64>((<i64>(v << sh)) >> sh);
}
@inline export function extendLoaded(v: u64, size: u32, ext: u32): u64 {
  if (ext == ZERO_EXT) return v;
  let x = signExtend(v, size);
  return ext == SIGN_EXT_X ? x : x & 0xffffffff;
}

// ---- SIMD&FP registers -------------------------------------------------------------------------------

/** Write the low `size` bytes (1, 2, 4, 8) of Vt from v (already zero-extended); bits 127:8*size become 0. */
@inline export function setVScalar(t: u32, v: u64): void {
  let p = vAddr(t);
  store<u64>(p, v);
  store<u64>(p, 0, 8);
}
/** The low `size` bytes (1, 2, 4, 8) of Vt, zero-extended. */
@inline export function getVScalar(t: u32, size: u32): u64 {
  let p = vAddr(t);
  if (size == 1) return <u64>load<u8>(p);
  if (size == 2) return <u64>load<u16>(p);
  if (size == 4) return <u64>load<u32>(p);
  return load<u64>(p);
}
