// Handlers of the loads and stores section (isa/ldst.ts), general-purpose register forms of
// single-register loads and stores, literal loads and prefetches. The other groups are in
// exec/ldst/: pairs (pair.ts), SIMD&FP registers (fp.ts), exclusives and acquire/release
// (exclusive.ts), LSE atomics (atomic.ts); shared operand decoding is in ldst/operands.ts.
//
// Every handler follows the pseudocode order: address (with the SP alignment check), access,
// then the register write and the writeback, so a faulting access changes no register.

import { getX, setX, setXSP } from '../state';
import { faulted } from '../exceptions';
import { readAs, writeAs } from '../vmem';
import {
  rt, rn, baseReg, uimm12, simm9, regOffset, literalAddr, loadSized, storeSized, extendLoaded,
  ZERO_EXT, SIGN_EXT_X, SIGN_EXT_W,
} from './ldst/operands';

/** Load `size` bytes at `a` into Rt, extended as `ext` says. `a` may have taken an SP fault. */
@inline function ldAt(i: u32, a: u64, size: u32, ext: u32): void {
  if (faulted) return;
  let v = loadSized(a, size);
  if (faulted) return;
  setX(rt(i), extendLoaded(v, size, ext));
}
/** Store the low `size` bytes of Rt (XZR for 31) at `a`. */
@inline function stAt(i: u32, a: u64, size: u32): void {
  if (faulted) return;
  storeSized(a, size, getX(rt(i)));
}

/** Post-indexed (access at Xn, then Xn += simm9) or pre-indexed (Xn += simm9, access there). */
@inline function ldIndexed(i: u32, size: u32, ext: u32, post: bool): void {
  let b = baseReg(i);
  if (faulted) return;
  let wb = b + simm9(i);
  let v = loadSized(post ? b : wb, size);
  if (faulted) return;
  setX(rt(i), extendLoaded(v, size, ext));
  // Last, so that with Rn == Rt the written-back address wins: CONSTRAINED UNPREDICTABLE, as QEMU.
  setXSP(rn(i), wb);
}
@inline function stIndexed(i: u32, size: u32, post: bool): void {
  let b = baseReg(i);
  if (faulted) return;
  let wb = b + simm9(i);
  // With Rn == Rt the value stored is the register before the writeback, as QEMU does.
  storeSized(post ? b : wb, size, getX(rt(i)));
  if (faulted) return;
  setXSP(rn(i), wb);
}

/** LDTR and STTR: EL0 permissions at EL0 and EL1 alike (no PAN or UAO in ARMv8.0). */
@inline function ldUnpriv(i: u32, size: u32, ext: u32): void {
  let a = baseReg(i) + simm9(i);
  if (faulted) return;
  let v = readAs(a, size, 0);
  if (faulted) return;
  setX(rt(i), extendLoaded(v, size, ext));
}
@inline function stUnpriv(i: u32, size: u32): void {
  let a = baseReg(i) + simm9(i);
  if (faulted) return;
  writeAs(a, size, getX(rt(i)), 0);
}

// ---- unsigned offset: [Xn|SP, #imm12 * size] ---------------------------------------------------------

export function STRB_uimm(i: u32): void { stAt(i, baseReg(i) + uimm12(i, 0), 1); }
export function LDRB_uimm(i: u32): void { ldAt(i, baseReg(i) + uimm12(i, 0), 1, ZERO_EXT); }
export function LDRSB_x_uimm(i: u32): void { ldAt(i, baseReg(i) + uimm12(i, 0), 1, SIGN_EXT_X); }
export function LDRSB_w_uimm(i: u32): void { ldAt(i, baseReg(i) + uimm12(i, 0), 1, SIGN_EXT_W); }
export function STRH_uimm(i: u32): void { stAt(i, baseReg(i) + uimm12(i, 1), 2); }
export function LDRH_uimm(i: u32): void { ldAt(i, baseReg(i) + uimm12(i, 1), 2, ZERO_EXT); }
export function LDRSH_x_uimm(i: u32): void { ldAt(i, baseReg(i) + uimm12(i, 1), 2, SIGN_EXT_X); }
export function LDRSH_w_uimm(i: u32): void { ldAt(i, baseReg(i) + uimm12(i, 1), 2, SIGN_EXT_W); }
export function STR_w_uimm(i: u32): void { stAt(i, baseReg(i) + uimm12(i, 2), 4); }
export function LDR_w_uimm(i: u32): void { ldAt(i, baseReg(i) + uimm12(i, 2), 4, ZERO_EXT); }
export function LDRSW_uimm(i: u32): void { ldAt(i, baseReg(i) + uimm12(i, 2), 4, SIGN_EXT_X); }
export function STR_x_uimm(i: u32): void { stAt(i, baseReg(i) + uimm12(i, 3), 8); }
export function LDR_x_uimm(i: u32): void { ldAt(i, baseReg(i) + uimm12(i, 3), 8, ZERO_EXT); }

// ---- post-index: [Xn|SP], #simm9 ---------------------------------------------------------------------

export function STRB_post(i: u32): void { stIndexed(i, 1, true); }
export function LDRB_post(i: u32): void { ldIndexed(i, 1, ZERO_EXT, true); }
export function LDRSB_x_post(i: u32): void { ldIndexed(i, 1, SIGN_EXT_X, true); }
export function LDRSB_w_post(i: u32): void { ldIndexed(i, 1, SIGN_EXT_W, true); }
export function STRH_post(i: u32): void { stIndexed(i, 2, true); }
export function LDRH_post(i: u32): void { ldIndexed(i, 2, ZERO_EXT, true); }
export function LDRSH_x_post(i: u32): void { ldIndexed(i, 2, SIGN_EXT_X, true); }
export function LDRSH_w_post(i: u32): void { ldIndexed(i, 2, SIGN_EXT_W, true); }
export function STR_w_post(i: u32): void { stIndexed(i, 4, true); }
export function LDR_w_post(i: u32): void { ldIndexed(i, 4, ZERO_EXT, true); }
export function LDRSW_post(i: u32): void { ldIndexed(i, 4, SIGN_EXT_X, true); }
export function STR_x_post(i: u32): void { stIndexed(i, 8, true); }
export function LDR_x_post(i: u32): void { ldIndexed(i, 8, ZERO_EXT, true); }

// ---- pre-index: [Xn|SP, #simm9]! ---------------------------------------------------------------------

export function STRB_pre(i: u32): void { stIndexed(i, 1, false); }
export function LDRB_pre(i: u32): void { ldIndexed(i, 1, ZERO_EXT, false); }
export function LDRSB_x_pre(i: u32): void { ldIndexed(i, 1, SIGN_EXT_X, false); }
export function LDRSB_w_pre(i: u32): void { ldIndexed(i, 1, SIGN_EXT_W, false); }
export function STRH_pre(i: u32): void { stIndexed(i, 2, false); }
export function LDRH_pre(i: u32): void { ldIndexed(i, 2, ZERO_EXT, false); }
export function LDRSH_x_pre(i: u32): void { ldIndexed(i, 2, SIGN_EXT_X, false); }
export function LDRSH_w_pre(i: u32): void { ldIndexed(i, 2, SIGN_EXT_W, false); }
export function STR_w_pre(i: u32): void { stIndexed(i, 4, false); }
export function LDR_w_pre(i: u32): void { ldIndexed(i, 4, ZERO_EXT, false); }
export function LDRSW_pre(i: u32): void { ldIndexed(i, 4, SIGN_EXT_X, false); }
export function STR_x_pre(i: u32): void { stIndexed(i, 8, false); }
export function LDR_x_pre(i: u32): void { ldIndexed(i, 8, ZERO_EXT, false); }

// ---- unscaled offset: [Xn|SP, #simm9] ----------------------------------------------------------------

export function STURB(i: u32): void { stAt(i, baseReg(i) + simm9(i), 1); }
export function LDURB(i: u32): void { ldAt(i, baseReg(i) + simm9(i), 1, ZERO_EXT); }
export function LDURSB_x(i: u32): void { ldAt(i, baseReg(i) + simm9(i), 1, SIGN_EXT_X); }
export function LDURSB_w(i: u32): void { ldAt(i, baseReg(i) + simm9(i), 1, SIGN_EXT_W); }
export function STURH(i: u32): void { stAt(i, baseReg(i) + simm9(i), 2); }
export function LDURH(i: u32): void { ldAt(i, baseReg(i) + simm9(i), 2, ZERO_EXT); }
export function LDURSH_x(i: u32): void { ldAt(i, baseReg(i) + simm9(i), 2, SIGN_EXT_X); }
export function LDURSH_w(i: u32): void { ldAt(i, baseReg(i) + simm9(i), 2, SIGN_EXT_W); }
export function STUR_w(i: u32): void { stAt(i, baseReg(i) + simm9(i), 4); }
export function LDUR_w(i: u32): void { ldAt(i, baseReg(i) + simm9(i), 4, ZERO_EXT); }
export function LDURSW(i: u32): void { ldAt(i, baseReg(i) + simm9(i), 4, SIGN_EXT_X); }
export function STUR_x(i: u32): void { stAt(i, baseReg(i) + simm9(i), 8); }
export function LDUR_x(i: u32): void { ldAt(i, baseReg(i) + simm9(i), 8, ZERO_EXT); }

// ---- unprivileged: [Xn|SP, #simm9] with EL0 permissions ----------------------------------------------

export function STTRB(i: u32): void { stUnpriv(i, 1); }
export function LDTRB(i: u32): void { ldUnpriv(i, 1, ZERO_EXT); }
export function LDTRSB_x(i: u32): void { ldUnpriv(i, 1, SIGN_EXT_X); }
export function LDTRSB_w(i: u32): void { ldUnpriv(i, 1, SIGN_EXT_W); }
export function STTRH(i: u32): void { stUnpriv(i, 2); }
export function LDTRH(i: u32): void { ldUnpriv(i, 2, ZERO_EXT); }
export function LDTRSH_x(i: u32): void { ldUnpriv(i, 2, SIGN_EXT_X); }
export function LDTRSH_w(i: u32): void { ldUnpriv(i, 2, SIGN_EXT_W); }
export function STTR_w(i: u32): void { stUnpriv(i, 4); }
export function LDTR_w(i: u32): void { ldUnpriv(i, 4, ZERO_EXT); }
export function LDTRSW(i: u32): void { ldUnpriv(i, 4, SIGN_EXT_X); }
export function STTR_x(i: u32): void { stUnpriv(i, 8); }
export function LDTR_x(i: u32): void { ldUnpriv(i, 8, ZERO_EXT); }

// ---- register offset: [Xn|SP, Rm{, extend {#size}}] --------------------------------------------------

export function STRB_reg(i: u32): void { stAt(i, baseReg(i) + regOffset(i, 0), 1); }
export function LDRB_reg(i: u32): void { ldAt(i, baseReg(i) + regOffset(i, 0), 1, ZERO_EXT); }
export function LDRSB_x_reg(i: u32): void { ldAt(i, baseReg(i) + regOffset(i, 0), 1, SIGN_EXT_X); }
export function LDRSB_w_reg(i: u32): void { ldAt(i, baseReg(i) + regOffset(i, 0), 1, SIGN_EXT_W); }
export function STRH_reg(i: u32): void { stAt(i, baseReg(i) + regOffset(i, 1), 2); }
export function LDRH_reg(i: u32): void { ldAt(i, baseReg(i) + regOffset(i, 1), 2, ZERO_EXT); }
export function LDRSH_x_reg(i: u32): void { ldAt(i, baseReg(i) + regOffset(i, 1), 2, SIGN_EXT_X); }
export function LDRSH_w_reg(i: u32): void { ldAt(i, baseReg(i) + regOffset(i, 1), 2, SIGN_EXT_W); }
export function STR_w_reg(i: u32): void { stAt(i, baseReg(i) + regOffset(i, 2), 4); }
export function LDR_w_reg(i: u32): void { ldAt(i, baseReg(i) + regOffset(i, 2), 4, ZERO_EXT); }
export function LDRSW_reg(i: u32): void { ldAt(i, baseReg(i) + regOffset(i, 2), 4, SIGN_EXT_X); }
export function STR_x_reg(i: u32): void { stAt(i, baseReg(i) + regOffset(i, 3), 8); }
export function LDR_x_reg(i: u32): void { ldAt(i, baseReg(i) + regOffset(i, 3), 8, ZERO_EXT); }

// ---- literal: PC + simm19 * 4 ----------------------------------------------------------------------

export function LDR_w_lit(i: u32): void { ldAt(i, literalAddr(i), 4, ZERO_EXT); }
export function LDR_x_lit(i: u32): void { ldAt(i, literalAddr(i), 8, ZERO_EXT); }
export function LDRSW_lit(i: u32): void { ldAt(i, literalAddr(i), 4, SIGN_EXT_X); }

// ---- prefetch ----------------------------------------------------------------------------------------
// No caches to warm: every PRFM/PRFUM, including the unallocated prefetch operations (which the
// architecture makes hints), completes without an access, a fault or an SP alignment check.

export function PRFM_uimm(i: u32): void {}
export function PRFM_reg(i: u32): void {}
export function PRFUM(i: u32): void {}
export function PRFM_lit(i: u32): void {}
