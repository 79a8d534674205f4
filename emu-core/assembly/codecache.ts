// Decoded-instruction cache: decode once, run many.
//
// Every guest-physical 4 KiB page that has been executed gets a block of 1024 entries, one per
// instruction slot, found through a two-level map indexed by the physical address:
//
//   CODEMAP (static)              per-chunk table (512 x u32)      block (16 KiB + 16)
//   +------------------+          +------------------------+      +--------------------------+
//   | chunk 0 -> table |--------->| page 0 -> block        |----->| 1024 x u64:              |
//   | chunk 1 -> 0     |          | page 1 -> 0            |      |   insn | handler id << 32 |
//   | ...   (2048)     |          | ...                    |      |   (0 = not decoded)      |
//   +------------------+          +------------------------+      | +0x2000: JIT slots and   |
//                                                                 |   header (jit.ts)        |
//                                                                 +--------------------------+
//
// An entry holds the instruction word and its handler id; id 0 means "decode me". A store to
// a page with a block (guest or host) zeroes exactly the entries it overlaps and drops the
// translations covering them, so self-modifying code and loaders see their new instructions
// on the next fetch.

import { hostAlloc, CHUNK_SHIFT, MAX_CHUNKS, ramSize } from './phys';
import { tlbFlushWrites } from './mmu';
import { invalidateSlots, JIT_BYTES } from './jit';

export const CODEMAP: usize = memory.data(MAX_CHUNKS * 4, 16);
@inline export const ENTRIES_BYTES: u32 = 1024 * 8;
/** Offset of the JIT slots inside a block. */
@inline export const JIT_SLOTS: usize = ENTRIES_BYTES;
@inline export const BLOCK_BYTES: u32 = ENTRIES_BYTES + JIT_BYTES;

export let codePages: u32 = 0;

/** The decoded block of the page holding `pa`; allocates it when `create`; 0 if none. */
export function codeBlock(pa: u64, create: bool): usize {
  if (pa >= ramSize) return 0;
  let slot = CODEMAP + (<usize>(pa >> CHUNK_SHIFT) << 2);
  let table = <usize>load<u32>(slot);
  if (table == 0) {
    if (!create) return 0;
    table = hostAlloc(512 * 4, 16);
    if (table == 0) return 0;
    store<u32>(slot, <u32>table);
  }
  let entry = table + (<usize>((<u32>pa >> 12) & 511) << 2);
  let block = <usize>load<u32>(entry);
  if (block == 0 && create) {
    block = hostAlloc(BLOCK_BYTES, 64);
    if (block == 0) return 0;
    store<u32>(entry, <u32>block);
    codePages++;
    // From now on, stores to this page must take the slow path that invalidates entries.
    tlbFlushWrites();
  }
  return block;
}

/** Forget decoded instructions overlapping guest-physical [pa, pa + len). */
export function invalidateCode(pa: u64, len: u64): void {
  if (len == 0) return;
  let end = pa + len;
  if (end < pa || end > ramSize) end = ramSize;
  let p = pa & ~<u64>3;
  while (p < end) {
    let pageEnd = (p | 0xfff) + 1;
    let block = codeBlock(p, false);
    if (block != 0) {
      let stop = end < pageEnd ? end : pageEnd;
      let first = <usize>((<u32>p & 0xfff) >> 2);
      let last = <usize>(((<u32>(stop - 1)) & 0xfff) >> 2);
      memory.fill(block + (first << 3), 0, (last - first + 1) << 3);
      invalidateSlots(block, <u32>first, <u32>last);
    }
    p = pageEnd;
  }
}

/** Forget all decoded code (reset). Blocks stay allocated for reuse. */
export function invalidateAllCode(): void {
  for (let c: u32 = 0; c < MAX_CHUNKS; c++) {
    let table = <usize>load<u32>(CODEMAP + (<usize>c << 2));
    if (table == 0) continue;
    for (let i: u32 = 0; i < 512; i++) {
      let block = <usize>load<u32>(table + (<usize>i << 2));
      if (block == 0) continue;
      invalidateSlots(block, 0, 1023);
      memory.fill(block, 0, BLOCK_BYTES);
    }
  }
}
