// Load/store exclusive (LDXR/STXR, LDAXR/STLXR and the pair forms) and load-acquire /
// store-release (LDAR/STLR) handlers (isa/ldst.ts). One in-order core makes every access
// ordered already, so the acquire/release variants share the plain ones' handlers. All of them
// need natural alignment (of the whole pair for LDXP/STXP) whatever SCTLR_EL1.A says; for
// the store-exclusives that follows from the monitor (see storeExclusive).
// The local exclusive monitor is in vmem.ts.

import { getX, setX } from '../../state';
import { faulted } from '../../exceptions';
import {
  XFER, readBlock, writeBlock, requireAligned, markExclusive, exclusivePass, clearExclusive,
} from '../../vmem';
import { rt, rt2, rs, baseReg, loadSized, storeSized } from './operands';

@inline function loadExclusive(i: u32, size: u32): void {
  let a = baseReg(i);
  if (faulted || !requireAligned(a, size, false)) return;
  let v = loadSized(a, size);
  if (faulted) return;
  markExclusive(a, size);
  setX(rt(i), v);
}

/**
 * Store-exclusive. Whether aborts are detected before or after the local monitor check is
 * IMPLEMENTATION DEFINED (Arm ARM, AArch64.ExclusiveMonitorsPass); like QEMU we check the
 * monitor first: a failing monitor skips the access (no translation, no abort) and reports
 * status 1. The monitor only ever holds the address of a load-exclusive of the same size,
 * which was aligned, so a misaligned store-exclusive always fails this way.
 */
@inline function storeExclusive(i: u32, size: u32): void {
  let a = baseReg(i);
  if (faulted) return;
  let status: u64 = 1;
  if (exclusivePass(a, size)) {
    storeSized(a, size, getX(rt(i)));
    if (faulted) return; // the monitor stays set: the restarted instruction can still pass
    status = 0;
  }
  clearExclusive();
  // Rs last: with Rs == Rt or Rn the store used the old value (CONSTRAINED UNPREDICTABLE; as QEMU).
  setX(rs(i), status);
}

/** LDXP/LDAXP: one access of 2 * esize bytes, aligned to its whole size. */
@inline function loadExclusivePair(i: u32, esize: u32): void {
  let a = baseReg(i);
  let size = esize << 1;
  if (faulted || !requireAligned(a, size, false)) return;
  let h = readBlock(a, size, size);
  if (faulted) return;
  let d1: u64;
  let d2: u64;
  if (esize == 4) {
    let d = load<u64>(h);
    d1 = d & 0xffffffff;
    d2 = d >> 32;
  } else {
    d1 = load<u64>(h);
    d2 = load<u64>(h, 8);
  }
  markExclusive(a, size);
  setX(rt(i), d1);
  // Rt2 last: with Rt == Rt2 the second element wins (CONSTRAINED UNPREDICTABLE; as QEMU).
  setX(rt2(i), d2);
}

/** STXP/STLXP: one access of 2 * esize bytes; the monitor is checked first, as for STXR. */
@inline function storeExclusivePair(i: u32, esize: u32): void {
  let a = baseReg(i);
  let size = esize << 1;
  if (faulted) return;
  let status: u64 = 1;
  if (exclusivePass(a, size)) {
    if (esize == 4) {
      store<u64>(XFER, (getX(rt(i)) & 0xffffffff) | (getX(rt2(i)) << 32));
    } else {
      store<u64>(XFER, getX(rt(i)));
      store<u64>(XFER, getX(rt2(i)), 8);
    }
    writeBlock(a, size, size);
    if (faulted) return;
    status = 0;
  }
  clearExclusive();
  setX(rs(i), status);
}

@inline function loadAcquire(i: u32, size: u32): void {
  let a = baseReg(i);
  if (faulted || !requireAligned(a, size, false)) return;
  let v = loadSized(a, size);
  if (faulted) return;
  setX(rt(i), v);
}
@inline function storeRelease(i: u32, size: u32): void {
  let a = baseReg(i);
  if (faulted || !requireAligned(a, size, true)) return;
  storeSized(a, size, getX(rt(i)));
}

export function STXRB(i: u32): void { storeExclusive(i, 1); }
export function LDXRB(i: u32): void { loadExclusive(i, 1); }
export function STXRH(i: u32): void { storeExclusive(i, 2); }
export function LDXRH(i: u32): void { loadExclusive(i, 2); }
export function STXR_w(i: u32): void { storeExclusive(i, 4); }
export function LDXR_w(i: u32): void { loadExclusive(i, 4); }
export function STXR_x(i: u32): void { storeExclusive(i, 8); }
export function LDXR_x(i: u32): void { loadExclusive(i, 8); }

export function STXP_w(i: u32): void { storeExclusivePair(i, 4); }
export function LDXP_w(i: u32): void { loadExclusivePair(i, 4); }
export function STXP_x(i: u32): void { storeExclusivePair(i, 8); }
export function LDXP_x(i: u32): void { loadExclusivePair(i, 8); }

export function STLRB(i: u32): void { storeRelease(i, 1); }
export function LDARB(i: u32): void { loadAcquire(i, 1); }
export function STLRH(i: u32): void { storeRelease(i, 2); }
export function LDARH(i: u32): void { loadAcquire(i, 2); }
export function STLR_w(i: u32): void { storeRelease(i, 4); }
export function LDAR_w(i: u32): void { loadAcquire(i, 4); }
export function STLR_x(i: u32): void { storeRelease(i, 8); }
export function LDAR_x(i: u32): void { loadAcquire(i, 8); }
