// SIMD&FP register forms of the single-register and pair loads/stores (isa/ldst.ts): B, H, S,
// D and Q registers with every addressing form, and the S/D/Q literal loads. Each handler first
// checks CPACR_EL1.FPEN (fpaccess.ts), before the address and the SP alignment check. Writing a
// B/H/S/D register clears the rest of its 128 bits.

import { setXSP, vAddr } from '../../state';
import { faulted } from '../../exceptions';
import { fpEnabled } from '../../fpaccess';
import { XFER, readBlock, writeBlock } from '../../vmem';
import {
  rt, rt2, rn, baseReg, uimm12, simm9, simm7, regOffset, literalAddr, loadSized, storeSized,
  setVScalar, getVScalar,
} from './operands';

@inline function log2Size(size: u32): u32 {
  return ctz<u32>(size);
}

/** Load `size` bytes (1, 2, 4, 8, 16) at `a` into Vt. `a` may have taken an SP fault. */
@inline function ldV(i: u32, a: u64, size: u32): void {
  if (faulted) return;
  if (size == 16) {
    let h = readBlock(a, 16, 16);
    if (faulted) return;
    v128.store(vAddr(rt(i)), v128.load(h));
    return;
  }
  let v = loadSized(a, size);
  if (faulted) return;
  setVScalar(rt(i), v);
}
/** Store the low `size` bytes (1, 2, 4, 8, 16) of Vt at `a`. */
@inline function stV(i: u32, a: u64, size: u32): void {
  if (faulted) return;
  if (size == 16) {
    v128.store(XFER, v128.load(vAddr(rt(i))));
    writeBlock(a, 16, 16);
    return;
  }
  storeSized(a, size, getVScalar(rt(i), size));
}

/** Post-indexed (access at Xn, then Xn += simm9) or pre-indexed (Xn += simm9, access there). */
@inline function ldVIndexed(i: u32, size: u32, post: bool): void {
  let b = baseReg(i);
  if (faulted) return;
  let wb = b + simm9(i);
  ldV(i, post ? b : wb, size);
  if (faulted) return;
  setXSP(rn(i), wb);
}
@inline function stVIndexed(i: u32, size: u32, post: bool): void {
  let b = baseReg(i);
  if (faulted) return;
  let wb = b + simm9(i);
  stV(i, post ? b : wb, size);
  if (faulted) return;
  setXSP(rn(i), wb);
}

// Addressing of a pair.
@inline const OFFSET: u32 = 0; // [Xn|SP, #imm]
@inline const POST: u32 = 1; // [Xn|SP], #imm   (writeback)
@inline const PRE: u32 = 2; // [Xn|SP, #imm]!  (writeback)

/** Load a pair of `esize`-byte registers (4: S, 8: D, 16: Q) as one block. */
@inline function ldVPair(i: u32, esize: u32, mode: u32): void {
  let b = baseReg(i);
  if (faulted) return;
  let wb = b + simm7(i, log2Size(esize));
  let h = readBlock(mode == POST ? b : wb, esize << 1, esize);
  if (faulted) return;
  // Rt2 last: with Rt == Rt2 the second element wins (CONSTRAINED UNPREDICTABLE; as QEMU,
  // which differs here from the general-purpose LDP).
  if (esize == 16) {
    v128.store(vAddr(rt(i)), v128.load(h));
    v128.store(vAddr(rt2(i)), v128.load(h, 16));
  } else if (esize == 8) {
    setVScalar(rt(i), load<u64>(h));
    setVScalar(rt2(i), load<u64>(h, 8));
  } else {
    setVScalar(rt(i), <u64>load<u32>(h));
    setVScalar(rt2(i), <u64>load<u32>(h, 4));
  }
  if (mode != OFFSET) setXSP(rn(i), wb);
}
@inline function stVPair(i: u32, esize: u32, mode: u32): void {
  let b = baseReg(i);
  if (faulted) return;
  let wb = b + simm7(i, log2Size(esize));
  if (esize == 16) {
    v128.store(XFER, v128.load(vAddr(rt(i))));
    v128.store(XFER, v128.load(vAddr(rt2(i))), 16);
  } else if (esize == 8) {
    store<u64>(XFER, load<u64>(vAddr(rt(i))));
    store<u64>(XFER, load<u64>(vAddr(rt2(i))), 8);
  } else {
    store<u32>(XFER, load<u32>(vAddr(rt(i))));
    store<u32>(XFER, load<u32>(vAddr(rt2(i))), 4);
  }
  writeBlock(mode == POST ? b : wb, esize << 1, esize);
  if (faulted) return;
  if (mode != OFFSET) setXSP(rn(i), wb);
}

// ---- unsigned offset ---------------------------------------------------------------------------------

export function STR_b_uimm(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + uimm12(i, 0), 1); }
export function LDR_b_uimm(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + uimm12(i, 0), 1); }
export function STR_h_uimm(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + uimm12(i, 1), 2); }
export function LDR_h_uimm(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + uimm12(i, 1), 2); }
export function STR_s_uimm(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + uimm12(i, 2), 4); }
export function LDR_s_uimm(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + uimm12(i, 2), 4); }
export function STR_d_uimm(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + uimm12(i, 3), 8); }
export function LDR_d_uimm(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + uimm12(i, 3), 8); }
export function STR_q_uimm(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + uimm12(i, 4), 16); }
export function LDR_q_uimm(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + uimm12(i, 4), 16); }

// ---- post-index and pre-index ------------------------------------------------------------------------

export function STR_b_post(i: u32): void { if (fpEnabled()) stVIndexed(i, 1, true); }
export function LDR_b_post(i: u32): void { if (fpEnabled()) ldVIndexed(i, 1, true); }
export function STR_h_post(i: u32): void { if (fpEnabled()) stVIndexed(i, 2, true); }
export function LDR_h_post(i: u32): void { if (fpEnabled()) ldVIndexed(i, 2, true); }
export function STR_s_post(i: u32): void { if (fpEnabled()) stVIndexed(i, 4, true); }
export function LDR_s_post(i: u32): void { if (fpEnabled()) ldVIndexed(i, 4, true); }
export function STR_d_post(i: u32): void { if (fpEnabled()) stVIndexed(i, 8, true); }
export function LDR_d_post(i: u32): void { if (fpEnabled()) ldVIndexed(i, 8, true); }
export function STR_q_post(i: u32): void { if (fpEnabled()) stVIndexed(i, 16, true); }
export function LDR_q_post(i: u32): void { if (fpEnabled()) ldVIndexed(i, 16, true); }
export function STR_b_pre(i: u32): void { if (fpEnabled()) stVIndexed(i, 1, false); }
export function LDR_b_pre(i: u32): void { if (fpEnabled()) ldVIndexed(i, 1, false); }
export function STR_h_pre(i: u32): void { if (fpEnabled()) stVIndexed(i, 2, false); }
export function LDR_h_pre(i: u32): void { if (fpEnabled()) ldVIndexed(i, 2, false); }
export function STR_s_pre(i: u32): void { if (fpEnabled()) stVIndexed(i, 4, false); }
export function LDR_s_pre(i: u32): void { if (fpEnabled()) ldVIndexed(i, 4, false); }
export function STR_d_pre(i: u32): void { if (fpEnabled()) stVIndexed(i, 8, false); }
export function LDR_d_pre(i: u32): void { if (fpEnabled()) ldVIndexed(i, 8, false); }
export function STR_q_pre(i: u32): void { if (fpEnabled()) stVIndexed(i, 16, false); }
export function LDR_q_pre(i: u32): void { if (fpEnabled()) ldVIndexed(i, 16, false); }

// ---- unscaled offset ---------------------------------------------------------------------------------

export function STUR_b(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + simm9(i), 1); }
export function LDUR_b(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + simm9(i), 1); }
export function STUR_h(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + simm9(i), 2); }
export function LDUR_h(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + simm9(i), 2); }
export function STUR_s(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + simm9(i), 4); }
export function LDUR_s(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + simm9(i), 4); }
export function STUR_d(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + simm9(i), 8); }
export function LDUR_d(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + simm9(i), 8); }
export function STUR_q(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + simm9(i), 16); }
export function LDUR_q(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + simm9(i), 16); }

// ---- register offset ---------------------------------------------------------------------------------

export function STR_b_reg(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + regOffset(i, 0), 1); }
export function LDR_b_reg(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + regOffset(i, 0), 1); }
export function STR_h_reg(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + regOffset(i, 1), 2); }
export function LDR_h_reg(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + regOffset(i, 1), 2); }
export function STR_s_reg(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + regOffset(i, 2), 4); }
export function LDR_s_reg(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + regOffset(i, 2), 4); }
export function STR_d_reg(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + regOffset(i, 3), 8); }
export function LDR_d_reg(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + regOffset(i, 3), 8); }
export function STR_q_reg(i: u32): void { if (fpEnabled()) stV(i, baseReg(i) + regOffset(i, 4), 16); }
export function LDR_q_reg(i: u32): void { if (fpEnabled()) ldV(i, baseReg(i) + regOffset(i, 4), 16); }

// ---- literal -----------------------------------------------------------------------------------------

export function LDR_s_lit(i: u32): void { if (fpEnabled()) ldV(i, literalAddr(i), 4); }
export function LDR_d_lit(i: u32): void { if (fpEnabled()) ldV(i, literalAddr(i), 8); }
export function LDR_q_lit(i: u32): void { if (fpEnabled()) ldV(i, literalAddr(i), 16); }

// ---- pairs -------------------------------------------------------------------------------------------

export function STP_s_post(i: u32): void { if (fpEnabled()) stVPair(i, 4, POST); }
export function LDP_s_post(i: u32): void { if (fpEnabled()) ldVPair(i, 4, POST); }
export function STP_d_post(i: u32): void { if (fpEnabled()) stVPair(i, 8, POST); }
export function LDP_d_post(i: u32): void { if (fpEnabled()) ldVPair(i, 8, POST); }
export function STP_q_post(i: u32): void { if (fpEnabled()) stVPair(i, 16, POST); }
export function LDP_q_post(i: u32): void { if (fpEnabled()) ldVPair(i, 16, POST); }
export function STP_s_pre(i: u32): void { if (fpEnabled()) stVPair(i, 4, PRE); }
export function LDP_s_pre(i: u32): void { if (fpEnabled()) ldVPair(i, 4, PRE); }
export function STP_d_pre(i: u32): void { if (fpEnabled()) stVPair(i, 8, PRE); }
export function LDP_d_pre(i: u32): void { if (fpEnabled()) ldVPair(i, 8, PRE); }
export function STP_q_pre(i: u32): void { if (fpEnabled()) stVPair(i, 16, PRE); }
export function LDP_q_pre(i: u32): void { if (fpEnabled()) ldVPair(i, 16, PRE); }
export function STP_s_off(i: u32): void { if (fpEnabled()) stVPair(i, 4, OFFSET); }
export function LDP_s_off(i: u32): void { if (fpEnabled()) ldVPair(i, 4, OFFSET); }
export function STP_d_off(i: u32): void { if (fpEnabled()) stVPair(i, 8, OFFSET); }
export function LDP_d_off(i: u32): void { if (fpEnabled()) ldVPair(i, 8, OFFSET); }
export function STP_q_off(i: u32): void { if (fpEnabled()) stVPair(i, 16, OFFSET); }
export function LDP_q_off(i: u32): void { if (fpEnabled()) ldVPair(i, 16, OFFSET); }
export function STNP_s(i: u32): void { if (fpEnabled()) stVPair(i, 4, OFFSET); }
export function LDNP_s(i: u32): void { if (fpEnabled()) ldVPair(i, 4, OFFSET); }
export function STNP_d(i: u32): void { if (fpEnabled()) stVPair(i, 8, OFFSET); }
export function LDNP_d(i: u32): void { if (fpEnabled()) ldVPair(i, 8, OFFSET); }
export function STNP_q(i: u32): void { if (fpEnabled()) stVPair(i, 16, OFFSET); }
export function LDNP_q(i: u32): void { if (fpEnabled()) ldVPair(i, 16, OFFSET); }
