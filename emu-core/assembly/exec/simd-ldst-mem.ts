// Guest memory side of the AdvSIMD structure loads and stores: moves the bytes of one
// instruction's transfer between guest virtual memory and STRUCT, the transfer in memory
// order, so that the handlers only rearrange bytes between STRUCT and the V registers.
//
//   STRUCT (static): up to 64 bytes (4 registers x 16 bytes), byte k = guest address base + k
//
// Fast path: the whole transfer lies in one page that has a TLB entry for this access kind
// (a write entry exists only for pages without decoded code, so plain copies are safe).
// Slow path: one access per element through vmem, in address order; it checks alignment,
// takes the abort, exits for MMIO. What a faulting instruction has done by then follows
// QEMU's user-mode emulation (the architecture leaves loaded registers UNKNOWN): the units
// before the faulting one are stored, or loaded into their registers.

import { el } from '../state';
import { alignCheck } from '../sysregs';
import { faulted } from '../exceptions';
import { tlbEntry, tlbTag, tlbHits, ACC_READ, ACC_WRITE } from '../mmu';
import { readN, writeN, dataHost } from '../vmem';

export const STRUCT: usize = memory.data(64, 16);

/** Host address of [va, va + len) when it is in one page with a TLB hit, else 0. */
@inline function fastRange(va: u64, len: u32, kind: u32, ebytes: u32): usize {
  let off = <u32>va & 0xfff;
  if (off + len > 0x1000 || (alignCheck && (off & (ebytes - 1)) != 0)) return 0;
  let e = tlbEntry(el, kind, va);
  if (load<u64>(e) != tlbTag(va)) return 0;
  tlbHits++;
  return <usize>load<u32>(e, 8) + <usize>off;
}

/** STRUCT[0, len) = memory at va if the fast path applies (one page, TLB hit); false otherwise. */
export function loadFast(va: u64, len: u32, ebytes: u32): bool {
  let h = fastRange(va, len, ACC_READ, ebytes);
  if (h == 0) return false;
  memory.copy(STRUCT, h, len);
  return true;
}

/**
 * Slow-path read of one `unit` of bytes (the element size, or 8 where QEMU merges the
 * elements of an LD1 register) as elements of `ebytes`: alignment is checked per element and
 * the unit is all or nothing (0 with `faulted` set when any of its elements faults).
 */
export function readUnit(va: u64, unit: u32, ebytes: u32): u64 {
  let v: u64 = 0;
  for (let k: u32 = 0; k < unit; k += ebytes) {
    let x = readN(va + k, ebytes);
    if (faulted) return 0;
    v |= x << (<u64>k << 3);
  }
  return v;
}

/**
 * Memory at va = STRUCT[0, len), one element access at a time in address order. QEMU merges
 * the consecutive elements of one LD1/ST1 register into 8-byte accesses, each of which is
 * done completely or not at all; so where `granule` (8 for those, else the element size)
 * straddles a page, both pages are checked before its first element is written. Alignment
 * is still checked per element. False on a fault (the earlier granules have been written).
 */
export function storeXfer(va: u64, len: u32, ebytes: u32, granule: u32): bool {
  let h = fastRange(va, len, ACC_WRITE, ebytes);
  if (h != 0) {
    memory.copy(h, STRUCT, len);
    return true;
  }
  for (let off: u32 = 0; off < len; off += granule) {
    let a = va + off;
    if ((<u32>a & 0xfff) + granule > 0x1000) {
      dataHost(a, 1, 1, ACC_WRITE, el, 0);
      if (faulted) return false;
      dataHost((a | 0xfff) + 1, 1, 1, ACC_WRITE, el, 0);
      if (faulted) return false;
    }
    for (let k: u32 = 0; k < granule; k += ebytes) {
      writeN(a + k, ebytes, loadN(STRUCT + off + k, ebytes));
      if (faulted) return false;
    }
  }
  return true;
}

@inline export function loadN(p: usize, n: u32): u64 {
  switch (n) {
    case 1: return <u64>load<u8>(p);
    case 2: return <u64>load<u16>(p);
    case 4: return <u64>load<u32>(p);
    default: return load<u64>(p);
  }
}
