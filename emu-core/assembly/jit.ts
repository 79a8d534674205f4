// The core's side of the block translator (the translator itself is host code: src/core/jit/).
//
// Every decoded page (codecache.ts) has, next to its 1024 decoded entries, one JIT slot per
// instruction describing the translated trace that starts there, and a small header:
//
//   JIT slots (1024 x 8 bytes)                      header (at JIT_HEADER)
//   +------------------------+--------+--------+    +-------------+----------+----------+
//   | state u32              | lo u16 | hi u16 |    | traces u32  | lo u16   | hi u16   |
//   +------------------------+--------+--------+    +-------------+----------+----------+
//   state: 0 .. threshold-1                cold: times the run loop entered a block here
//          1 len:7 index:24 (bit 31 set)   translated: at most `len` instructions per pass,
//                                          host function table `index`
//          0xFFFF_FFFF                     not translatable (first instruction unsupported)
//   lo, hi: the lowest and highest slot the trace took instructions from (it follows jumps
//           inside the page, so it is not one contiguous run); header lo/hi: their union
//
// The run loop looks at a slot only where a block starts (after a jump, after fetch, after the
// instruction that follows a side exit). A write to a page's code drops exactly the traces
// whose [lo, hi] it touches.

import { JIT_SLOTS } from './codecache';
import { pc, nf, zf, cf, vf, el, rawSetPC, setNZCV } from './state';

@external("jit", "compile")
declare function hostCompile(pageHost: usize, slot: u32): u32;
@external("jit", "free")
declare function hostFree(index: u32): void;

@inline export const JIT_TRANSLATED: u32 = 0x80000000;
@inline export const JIT_NONE: u32 = 0xffffffff;
/** Set in a block's result when it ended with a branch: pc is a block start. */
@inline export const JIT_CONTINUE: u32 = 0x80000000;
@inline export const JIT_SLOT_BYTES: u32 = 8;
@inline export const JIT_HEADER: usize = 1024 * JIT_SLOT_BYTES;
@inline export const JIT_BYTES: u32 = 1024 * JIT_SLOT_BYTES + 16;

// The core's state that translated code reads and writes lives in globals, which a trace module
// cannot reach without the core exporting them (and exported mutable globals cost the
// interpreter an indirection on every access). The run loop hands it over in memory instead:
//
//   JITBOX (static)
//   +0x00  pc   u64    in: the trace's start; out: where execution goes on
//   +0x08  N Z C V     4 x u32, each 0 or 1; in and out
//   +0x18  EL   u32    in: PSTATE.EL (selects the TLB bank of data accesses)
//   +0x1c  (pad)
export const JITBOX: usize = memory.data(32, 8);

/** Block entries before a block is translated; 0 = the translator is off. */
export let jitThreshold: u32 = 0;
export let jitBlocks: u32 = 0;
/** Instructions retired inside translated code. */
export let jitRetired: u64 = 0;

export function setJitThreshold(t: u32): void {
  jitThreshold = t;
}

// The host reports the slots a trace covers while compiling it (jitCoverage).
let coverLo: u32 = 0;
let coverHi: u32 = 0;
export function jitCoverage(lo: u32, hi: u32): void {
  coverLo = lo;
  coverHi = hi;
}

@inline export function isTranslated(v: u32): bool {
  return v >= JIT_TRANSLATED && v != JIT_NONE;
}
@inline export function blockLength(v: u32): u32 {
  return (v >> 24) & 0x7f;
}
@inline export function jitSlot(block: usize, off: usize): usize {
  return block + JIT_SLOTS + (off << 3);
}

/** Translate the trace at slot `off` of the page at host address `pageHost`: the new state. */
export function translateAt(block: usize, pageHost: usize, off: u32): u32 {
  let r = hostCompile(pageHost, off);
  if (r == 0) return JIT_NONE;
  jitBlocks++;
  let p = jitSlot(block, off);
  store<u16>(p, <u16>coverLo, 4);
  store<u16>(p, <u16>coverHi, 6);
  let h = block + JIT_SLOTS + JIT_HEADER;
  let n = load<u32>(h);
  if (n == 0 || coverLo < <u32>load<u16>(h, 4)) store<u16>(h, <u16>coverLo, 4);
  if (n == 0 || coverHi > <u32>load<u16>(h, 6)) store<u16>(h, <u16>coverHi, 6);
  store<u32>(h, n + 1);
  return JIT_TRANSLATED | r;
}

/**
 * Run translated block `v` (pc at its start) with at most `budget` instructions, and after it
 * the translated blocks it leads to inside the same page while they fit (`chain`: no
 * breakpoints to look at in between). Returns the instructions done | JIT_CONTINUE when the
 * last block ended at a block start. A small function of its own, so that the loop from one
 * trace to the next stays in registers.
 */
export function runTranslated(v: u32, block: usize, page: u64, budget: u32, chain: bool): u32 {
  store<u64>(JITBOX, pc);
  store<u32>(JITBOX, nf, 8);
  store<u32>(JITBOX, zf, 12);
  store<u32>(JITBOX, cf, 16);
  store<u32>(JITBOX, vf, 20);
  store<u32>(JITBOX, el, 24);
  let r = chain ? runChain(v, block, page, budget) : callTrace(v, budget);
  rawSetPC(load<u64>(JITBOX));
  setNZCV(load<u32>(JITBOX, 8), load<u32>(JITBOX, 12), load<u32>(JITBOX, 16), load<u32>(JITBOX, 20));
  return r;
}

/** The trace's function: the host put it in this module's function table (build-core.mjs). */
@inline function callTrace(v: u32, budget: u32): u32 {
  return call_indirect<u32>(v & 0xffffff, budget);
}

function runChain(v: u32, block: usize, page: u64, budget: u32): u32 {
  let done: u32 = 0;
  while (true) {
    let r = callTrace(v, budget - done);
    done += r & ~JIT_CONTINUE;
    if ((r & JIT_CONTINUE) == 0) return done;
    let p = load<u64>(JITBOX);
    if ((p ^ page) > 0xfff || (<u32>p & 3) != 0) return done | JIT_CONTINUE;
    v = load<u32>(jitSlot(block, (<usize>p & 0xfff) >> 2));
    if (!isTranslated(v) || blockLength(v) > budget - done) return done | JIT_CONTINUE;
  }
}

/** Slots first..last of the page with decoded block `block` changed: drop what used them. */
export function invalidateSlots(block: usize, first: u32, last: u32): void {
  for (let s = first; s <= last; s++) {
    let p = jitSlot(block, s);
    if (!isTranslated(load<u32>(p))) store<u32>(p, 0); // count and judge it afresh
  }
  let h = block + JIT_SLOTS + JIT_HEADER;
  let n = load<u32>(h);
  if (n == 0 || first > <u32>load<u16>(h, 6) || last < <u32>load<u16>(h, 4)) return;
  for (let s = <u32>load<u16>(h, 4), hi = <u32>load<u16>(h, 6); s <= hi; s++) {
    let p = jitSlot(block, s);
    let v = load<u32>(p);
    if (isTranslated(v) && first <= <u32>load<u16>(p, 6) && last >= <u32>load<u16>(p, 4)) {
      hostFree(v & 0xffffff);
      store<u32>(p, 0);
      n--;
    }
  }
  store<u32>(h, n);
}
