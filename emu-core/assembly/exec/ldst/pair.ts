// Load/store pair handlers for general-purpose registers (isa/ldst.ts): LDP/STP with post-index,
// pre-index and signed offset, LDPSW, and the no-allocate LDNP/STNP (a hint only: same as the
// offset form). A pair moves as one block (vmem.ts readBlock/writeBlock) whose alignment unit
// is one register, so a store whose second half faults has written nothing.

import { getX, setX, setXSP } from '../../state';
import { faulted } from '../../exceptions';
import { XFER, readBlock, writeBlock } from '../../vmem';
import { rt, rt2, rn, baseReg, simm7, signExtend } from './operands';

// Addressing of a pair.
@inline const OFFSET: u32 = 0; // [Xn|SP, #imm]
@inline const POST: u32 = 1; // [Xn|SP], #imm   (writeback)
@inline const PRE: u32 = 2; // [Xn|SP, #imm]!  (writeback)

/** Load two `esize`-byte registers (4: W, 8: X); `signed`: LDPSW. */
@inline function ldPair(i: u32, esize: u32, signed: bool, mode: u32): void {
  let b = baseReg(i);
  if (faulted) return;
  let wb = b + simm7(i, esize == 4 ? 2 : 3);
  let h = readBlock(mode == POST ? b : wb, esize << 1, esize);
  if (faulted) return;
  let d1: u64;
  let d2: u64;
  if (esize == 4) {
    d1 = <u64>load<u32>(h);
    d2 = <u64>load<u32>(h, 4);
    if (signed) {
      d1 = signExtend(d1, 4);
      d2 = signExtend(d2, 4);
    }
  } else {
    d1 = load<u64>(h);
    d2 = load<u64>(h, 8);
  }
  setX(rt2(i), d2);
  // Rt last: with Rt == Rt2 the first element wins (CONSTRAINED UNPREDICTABLE; as QEMU).
  setX(rt(i), d1);
  // Writeback last: with Rn == Rt or Rt2 the written-back address wins (as QEMU).
  if (mode != OFFSET) setXSP(rn(i), wb);
}

/** Store two `esize`-byte registers (4: W, 8: X). */
@inline function stPair(i: u32, esize: u32, mode: u32): void {
  let b = baseReg(i);
  if (faulted) return;
  let wb = b + simm7(i, esize == 4 ? 2 : 3);
  // The registers before any writeback are stored, also when Rn == Rt or Rt2 (as QEMU).
  if (esize == 4) {
    store<u32>(XFER, <u32>getX(rt(i)));
    store<u32>(XFER, <u32>getX(rt2(i)), 4);
  } else {
    store<u64>(XFER, getX(rt(i)));
    store<u64>(XFER, getX(rt2(i)), 8);
  }
  writeBlock(mode == POST ? b : wb, esize << 1, esize);
  if (faulted) return;
  if (mode != OFFSET) setXSP(rn(i), wb);
}

export function STP_w_post(i: u32): void { stPair(i, 4, POST); }
export function LDP_w_post(i: u32): void { ldPair(i, 4, false, POST); }
export function LDPSW_post(i: u32): void { ldPair(i, 4, true, POST); }
export function STP_x_post(i: u32): void { stPair(i, 8, POST); }
export function LDP_x_post(i: u32): void { ldPair(i, 8, false, POST); }

export function STP_w_pre(i: u32): void { stPair(i, 4, PRE); }
export function LDP_w_pre(i: u32): void { ldPair(i, 4, false, PRE); }
export function LDPSW_pre(i: u32): void { ldPair(i, 4, true, PRE); }
export function STP_x_pre(i: u32): void { stPair(i, 8, PRE); }
export function LDP_x_pre(i: u32): void { ldPair(i, 8, false, PRE); }

export function STP_w_off(i: u32): void { stPair(i, 4, OFFSET); }
export function LDP_w_off(i: u32): void { ldPair(i, 4, false, OFFSET); }
export function LDPSW_off(i: u32): void { ldPair(i, 4, true, OFFSET); }
export function STP_x_off(i: u32): void { stPair(i, 8, OFFSET); }
export function LDP_x_off(i: u32): void { ldPair(i, 8, false, OFFSET); }

export function STNP_w(i: u32): void { stPair(i, 4, OFFSET); }
export function LDNP_w(i: u32): void { ldPair(i, 4, false, OFFSET); }
export function STNP_x(i: u32): void { stPair(i, 8, OFFSET); }
export function LDNP_x(i: u32): void { ldPair(i, 8, false, OFFSET); }
