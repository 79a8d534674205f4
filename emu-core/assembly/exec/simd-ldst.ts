// Handlers of the AdvSIMD structure loads and stores: see isa/simd-ldst.ts for the encodings.
//
// A transfer is staged in STRUCT (simd-ldst-mem.ts) in memory order. Multiple structures:
// memory holds, for each element index e, one element of each of the selem registers;
// LD1/ST1 with 2-4 registers (selem = 1, rpt = 2-4) is plain consecutive registers:
//
//   LD3 {v0.4s, v1.4s, v2.4s}:  STRUCT = v0[0] v1[0] v2[0] v0[1] v1[1] v2[1] ... v2[3]
//   LD1 {v0.4s, v1.4s}:         STRUCT = v0[0] v0[1] v0[2] v0[3] v1[0] ... v1[3]
//
// On a fault the base register is not written back (post-index); what was stored or loaded
// before the faulting access stays, as under QEMU (simd-ldst-mem.ts).

import { fpEnabled } from '../fpaccess';
import { getX, setXSP, vAddr } from '../state';
import { undefinedInstruction, faulted } from '../exceptions';
import { baseReg } from './ldst/operands';
import { lane, setLane, lowMask } from '../vregs';
import { replicate } from './alu-helpers';
import { STRUCT, loadFast, readUnit, loadN, storeXfer } from './simd-ldst-mem';

@inline function rt(i: u32): u32 { return i & 31; }
@inline function rn(i: u32): u32 { return (i >> 5) & 31; }
@inline function rm(i: u32): u32 { return (i >> 16) & 31; }
@inline function qOf(i: u32): u32 { return (i >> 30) & 1; }
@inline function sizeOf(i: u32): u32 { return (i >> 10) & 3; }

/** Post-index writeback: Rm = 31 adds the transfer size, otherwise Xm. */
@inline function writeBack(i: u32, addr: u64, total: u32): void {
  let m = rm(i);
  setXSP(rn(i), addr + (m == 31 ? <u64>total : getX(m)));
}

/** LD1-LD4 / ST1-ST4 (multiple structures): rpt registers groups of selem-element structures. */
function multiple(i: u32, load: bool, rpt: u32, selem: u32, post: bool): void {
  if (!fpEnabled()) return;
  let q = qOf(i);
  let size = sizeOf(i);
  if (size == 3 && q == 0 && selem != 1) { undefinedInstruction(); return; }
  let addr = baseReg(i); // Xn, or SP with its alignment check
  if (faulted) return;
  let ebytes: u32 = 1 << size;
  let regBytes: u32 = 8 << q;
  let elements = regBytes >> size;
  let total = rpt * selem * regBytes;
  let t = rt(i);
  if (load) {
    // Units in address order, each written to its register as it arrives (as QEMU does):
    // 8 bytes of one register for LD1, else one element.
    let fast = loadFast(addr, total, ebytes);
    let unit: u32 = selem == 1 ? 8 : ebytes;
    for (let off: u32 = 0; off < total; off += unit) {
      let v = fast ? loadN(STRUCT + off, unit) : readUnit(addr + off, unit, ebytes);
      if (faulted) return;
      if (selem == 1) {
        store<u64>(vAddr((t + off / regBytes) & 31) + <usize>(off % regBytes), v);
      } else {
        let k = off >> size;
        setLane(vAddr((t + k % selem) & 31), k / selem, size, v);
      }
    }
    if (q == 0) for (let r: u32 = 0; r < rpt * selem; r++) store<u64>(vAddr((t + r) & 31), 0, 8);
  } else {
    if (selem == 1) {
      for (let r: u32 = 0; r < rpt; r++) memory.copy(STRUCT + r * regBytes, vAddr((t + r) & 31), regBytes);
    } else {
      for (let s: u32 = 0; s < selem; s++) {
        let v = vAddr((t + s) & 31);
        for (let e: u32 = 0; e < elements; e++) setLane(STRUCT, e * selem + s, size, lane(v, e, size));
      }
    }
    if (!storeXfer(addr, total, ebytes, selem == 1 ? 8 : ebytes)) return;
  }
  if (post) writeBack(i, addr, total);
}

/**
 * LD1-LD4 / ST1-ST4 (single structure) and LD1R-LD4R (replicate): one selem-element
 * structure to or from lane `index` of selem registers, or to all lanes.
 */
function single(i: u32, load: bool, selem: u32, post: bool, replicateAll: bool): void {
  if (!fpEnabled()) return;
  let q = qOf(i);
  let size = sizeOf(i);
  let s = (i >> 12) & 1;
  let scale = (i >> 14) & 3;
  let index: u32 = 0;
  if (replicateAll) {
    scale = size;
  } else {
    switch (scale) {
      case 0: index = (q << 3) | (s << 2) | size; break;
      case 1:
        if ((size & 1) != 0) { undefinedInstruction(); return; }
        index = (q << 2) | (s << 1) | (size >> 1);
        break;
      case 2:
        if ((size & 2) != 0) { undefinedInstruction(); return; }
        if ((size & 1) == 0) {
          index = (q << 1) | s;
        } else {
          if (s != 0) { undefinedInstruction(); return; }
          index = q;
          scale = 3;
        }
        break;
      default: // opcode 11x without the replicate encoding (a store, or S = 1)
        undefinedInstruction();
        return;
    }
  }
  let addr = baseReg(i); // Xn, or SP with its alignment check
  if (faulted) return;
  let ebytes: u32 = 1 << scale;
  let total = selem * ebytes;
  let t = rt(i);
  if (load) {
    let fast = loadFast(addr, total, ebytes);
    for (let k: u32 = 0; k < selem; k++) {
      let x = fast ? lane(STRUCT, k, scale) : readUnit(addr + (k << scale), ebytes, ebytes);
      if (faulted) return;
      let d = (t + k) & 31;
      if (replicateAll) {
        let r = replicate(x & lowMask(8 << scale), 8 << scale, 64);
        store<u64>(vAddr(d), r);
        store<u64>(vAddr(d), q ? r : 0, 8);
      } else {
        setLane(vAddr(d), index, scale, x);
      }
    }
  } else {
    for (let k: u32 = 0; k < selem; k++) setLane(STRUCT, k, scale, lane(vAddr((t + k) & 31), index, scale));
    if (!storeXfer(addr, total, ebytes, ebytes)) return;
  }
  if (post) writeBack(i, addr, total);
}

// ---- multiple structures ------------------------------------------------------------------------
export function ST4_m(i: u32): void { multiple(i, false, 1, 4, false); }
export function ST1_m4(i: u32): void { multiple(i, false, 4, 1, false); }
export function ST3_m(i: u32): void { multiple(i, false, 1, 3, false); }
export function ST1_m3(i: u32): void { multiple(i, false, 3, 1, false); }
export function ST1_m1(i: u32): void { multiple(i, false, 1, 1, false); }
export function ST2_m(i: u32): void { multiple(i, false, 1, 2, false); }
export function ST1_m2(i: u32): void { multiple(i, false, 2, 1, false); }
export function LD4_m(i: u32): void { multiple(i, true, 1, 4, false); }
export function LD1_m4(i: u32): void { multiple(i, true, 4, 1, false); }
export function LD3_m(i: u32): void { multiple(i, true, 1, 3, false); }
export function LD1_m3(i: u32): void { multiple(i, true, 3, 1, false); }
export function LD1_m1(i: u32): void { multiple(i, true, 1, 1, false); }
export function LD2_m(i: u32): void { multiple(i, true, 1, 2, false); }
export function LD1_m2(i: u32): void { multiple(i, true, 2, 1, false); }
export function ST4_mp(i: u32): void { multiple(i, false, 1, 4, true); }
export function ST1_m4p(i: u32): void { multiple(i, false, 4, 1, true); }
export function ST3_mp(i: u32): void { multiple(i, false, 1, 3, true); }
export function ST1_m3p(i: u32): void { multiple(i, false, 3, 1, true); }
export function ST1_m1p(i: u32): void { multiple(i, false, 1, 1, true); }
export function ST2_mp(i: u32): void { multiple(i, false, 1, 2, true); }
export function ST1_m2p(i: u32): void { multiple(i, false, 2, 1, true); }
export function LD4_mp(i: u32): void { multiple(i, true, 1, 4, true); }
export function LD1_m4p(i: u32): void { multiple(i, true, 4, 1, true); }
export function LD3_mp(i: u32): void { multiple(i, true, 1, 3, true); }
export function LD1_m3p(i: u32): void { multiple(i, true, 3, 1, true); }
export function LD1_m1p(i: u32): void { multiple(i, true, 1, 1, true); }
export function LD2_mp(i: u32): void { multiple(i, true, 1, 2, true); }
export function LD1_m2p(i: u32): void { multiple(i, true, 2, 1, true); }

// ---- single structure ------------------------------------------------------------------------------
export function ST1_s(i: u32): void { single(i, false, 1, false, false); }
export function ST2_s(i: u32): void { single(i, false, 2, false, false); }
export function ST3_s(i: u32): void { single(i, false, 3, false, false); }
export function ST4_s(i: u32): void { single(i, false, 4, false, false); }
export function LD1_s(i: u32): void { single(i, true, 1, false, false); }
export function LD2_s(i: u32): void { single(i, true, 2, false, false); }
export function LD3_s(i: u32): void { single(i, true, 3, false, false); }
export function LD4_s(i: u32): void { single(i, true, 4, false, false); }
export function LD1R(i: u32): void { single(i, true, 1, false, true); }
export function LD2R(i: u32): void { single(i, true, 2, false, true); }
export function LD3R(i: u32): void { single(i, true, 3, false, true); }
export function LD4R(i: u32): void { single(i, true, 4, false, true); }
export function ST1_sp(i: u32): void { single(i, false, 1, true, false); }
export function ST2_sp(i: u32): void { single(i, false, 2, true, false); }
export function ST3_sp(i: u32): void { single(i, false, 3, true, false); }
export function ST4_sp(i: u32): void { single(i, false, 4, true, false); }
export function LD1_sp(i: u32): void { single(i, true, 1, true, false); }
export function LD2_sp(i: u32): void { single(i, true, 2, true, false); }
export function LD3_sp(i: u32): void { single(i, true, 3, true, false); }
export function LD4_sp(i: u32): void { single(i, true, 4, true, false); }
export function LD1R_p(i: u32): void { single(i, true, 1, true, true); }
export function LD2R_p(i: u32): void { single(i, true, 2, true, true); }
export function LD3R_p(i: u32): void { single(i, true, 3, true, true); }
export function LD4R_p(i: u32): void { single(i, true, 4, true, true); }
