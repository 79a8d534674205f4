// ARMv8.1 LSE atomics (isa/ldst.ts): CAS and CASP, SWP, and the LD<op> read-modify-write
// family (ADD, CLR, EOR, SET, SMAX, SMIN, UMAX, UMIN); ST<op> is LD<op> with Rt = 31. The
// acquire/release variants behave alike on one in-order core. The location must be naturally
// aligned (always, whatever SCTLR_EL1.A says); vmem.ts atomicHost gives its host address after
// the checks of a read and a write.

import { getX, setX } from '../../state';
import { faulted, undefinedInstruction } from '../../exceptions';
import { atomicHost } from '../../vmem';
import { rt, rs, baseReg, signExtend } from './operands';

@inline function sizeMask(size: u32): u64 {
  return size == 8 ? 0xffffffffffffffff : (<u64>1 << (<u64>size << 3)) - 1;
}
@inline function hostLoad(h: usize, size: u32): u64 {
  if (size == 1) return <u64>load<u8>(h);
  if (size == 2) return <u64>load<u16>(h);
  if (size == 4) return <u64>load<u32>(h);
  return load<u64>(h);
}
@inline function hostStore(h: usize, size: u32, v: u64): void {
  if (size == 1) store<u8>(h, <u8>v);
  else if (size == 2) store<u16>(h, <u16>v);
  else if (size == 4) store<u32>(h, <u32>v);
  else store<u64>(h, v);
}

// The read-modify-write operations (the opc field, with SWP after them).
@inline const OP_ADD: u32 = 0;
@inline const OP_CLR: u32 = 1;
@inline const OP_EOR: u32 = 2;
@inline const OP_SET: u32 = 3;
@inline const OP_SMAX: u32 = 4;
@inline const OP_SMIN: u32 = 5;
@inline const OP_UMAX: u32 = 6;
@inline const OP_UMIN: u32 = 7;
@inline const OP_SWP: u32 = 8;

/** MemAtomic: old = [Xn|SP]; [Xn|SP] = op(old, Rs); Rt = old, zero-extended. */
@inline function atomicOp(i: u32, size: u32, op: u32): void {
  let a = baseReg(i);
  if (faulted) return;
  let h = atomicHost(a, size);
  if (faulted) return;
  let s = getX(rs(i)) & sizeMask(size);
  let old = hostLoad(h, size);
  let v: u64;
  switch (op) {
    case OP_ADD: v = old + s; break;
    case OP_CLR: v = old & ~s; break;
    case OP_EOR: v = old ^ s; break;
    case OP_SET: v = old | s; break;
    case OP_SMAX: v = <i64>signExtend(old, size) > <i64>signExtend(s, size) ? old : s; break;
    case OP_SMIN: v = <i64>signExtend(old, size) < <i64>signExtend(s, size) ? old : s; break;
    case OP_UMAX: v = old > s ? old : s; break;
    case OP_UMIN: v = old < s ? old : s; break;
    default: v = s; // OP_SWP
  }
  hostStore(h, size, v);
  setX(rt(i), old);
}

/** CAS: old = [Xn|SP]; if old == Rs then [Xn|SP] = Rt; Rs = old, zero-extended. */
@inline function compareAndSwap(i: u32, size: u32): void {
  let a = baseReg(i);
  if (faulted) return;
  let h = atomicHost(a, size);
  if (faulted) return;
  let expected = getX(rs(i)) & sizeMask(size);
  let v = getX(rt(i));
  let old = hostLoad(h, size);
  if (old == expected) hostStore(h, size, v);
  setX(rs(i), old);
}

/**
 * CASP: compares and swaps the register pairs <Rs, Rs+1> and <Rt, Rt+1> (Rs and Rt even, else
 * UNDEFINED) with one access of 2 * esize bytes, the first register at the lower address.
 */
@inline function compareAndSwapPair(i: u32, esize: u32): void {
  let s = rs(i);
  let t = rt(i);
  if (((s | t) & 1) != 0) {
    undefinedInstruction();
    return;
  }
  let a = baseReg(i);
  if (faulted) return;
  let h = atomicHost(a, esize << 1);
  if (faulted) return;
  if (esize == 8) {
    let old1 = load<u64>(h);
    let old2 = load<u64>(h, 8);
    if (old1 == getX(s) && old2 == getX(s + 1)) {
      store<u64>(h, getX(t));
      store<u64>(h, getX(t + 1), 8);
    }
    setX(s, old1);
    setX(s + 1, old2);
  } else {
    let old = load<u64>(h);
    let expected = (getX(s) & 0xffffffff) | (getX(s + 1) << 32);
    if (old == expected) store<u64>(h, (getX(t) & 0xffffffff) | (getX(t + 1) << 32));
    setX(s, old & 0xffffffff);
    setX(s + 1, old >> 32);
  }
}

export function CASB(i: u32): void { compareAndSwap(i, 1); }
export function CASH(i: u32): void { compareAndSwap(i, 2); }
export function CAS_w(i: u32): void { compareAndSwap(i, 4); }
export function CAS_x(i: u32): void { compareAndSwap(i, 8); }
export function CASP_w(i: u32): void { compareAndSwapPair(i, 4); }
export function CASP_x(i: u32): void { compareAndSwapPair(i, 8); }

export function LDADDB(i: u32): void { atomicOp(i, 1, OP_ADD); }
export function LDADDH(i: u32): void { atomicOp(i, 2, OP_ADD); }
export function LDADD_w(i: u32): void { atomicOp(i, 4, OP_ADD); }
export function LDADD_x(i: u32): void { atomicOp(i, 8, OP_ADD); }

export function LDCLRB(i: u32): void { atomicOp(i, 1, OP_CLR); }
export function LDCLRH(i: u32): void { atomicOp(i, 2, OP_CLR); }
export function LDCLR_w(i: u32): void { atomicOp(i, 4, OP_CLR); }
export function LDCLR_x(i: u32): void { atomicOp(i, 8, OP_CLR); }

export function LDEORB(i: u32): void { atomicOp(i, 1, OP_EOR); }
export function LDEORH(i: u32): void { atomicOp(i, 2, OP_EOR); }
export function LDEOR_w(i: u32): void { atomicOp(i, 4, OP_EOR); }
export function LDEOR_x(i: u32): void { atomicOp(i, 8, OP_EOR); }

export function LDSETB(i: u32): void { atomicOp(i, 1, OP_SET); }
export function LDSETH(i: u32): void { atomicOp(i, 2, OP_SET); }
export function LDSET_w(i: u32): void { atomicOp(i, 4, OP_SET); }
export function LDSET_x(i: u32): void { atomicOp(i, 8, OP_SET); }

export function LDSMAXB(i: u32): void { atomicOp(i, 1, OP_SMAX); }
export function LDSMAXH(i: u32): void { atomicOp(i, 2, OP_SMAX); }
export function LDSMAX_w(i: u32): void { atomicOp(i, 4, OP_SMAX); }
export function LDSMAX_x(i: u32): void { atomicOp(i, 8, OP_SMAX); }

export function LDSMINB(i: u32): void { atomicOp(i, 1, OP_SMIN); }
export function LDSMINH(i: u32): void { atomicOp(i, 2, OP_SMIN); }
export function LDSMIN_w(i: u32): void { atomicOp(i, 4, OP_SMIN); }
export function LDSMIN_x(i: u32): void { atomicOp(i, 8, OP_SMIN); }

export function LDUMAXB(i: u32): void { atomicOp(i, 1, OP_UMAX); }
export function LDUMAXH(i: u32): void { atomicOp(i, 2, OP_UMAX); }
export function LDUMAX_w(i: u32): void { atomicOp(i, 4, OP_UMAX); }
export function LDUMAX_x(i: u32): void { atomicOp(i, 8, OP_UMAX); }

export function LDUMINB(i: u32): void { atomicOp(i, 1, OP_UMIN); }
export function LDUMINH(i: u32): void { atomicOp(i, 2, OP_UMIN); }
export function LDUMIN_w(i: u32): void { atomicOp(i, 4, OP_UMIN); }
export function LDUMIN_x(i: u32): void { atomicOp(i, 8, OP_UMIN); }

export function SWPB(i: u32): void { atomicOp(i, 1, OP_SWP); }
export function SWPH(i: u32): void { atomicOp(i, 2, OP_SWP); }
export function SWP_w(i: u32): void { atomicOp(i, 4, OP_SWP); }
export function SWP_x(i: u32): void { atomicOp(i, 8, OP_SWP); }
