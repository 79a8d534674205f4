// Guest physical memory: RAM from address 0, committed lazily in 2 MiB chunks, plus one MMIO
// window that exits to the host.
//
//   guest physical                              host (this instance's wasm linear memory)
//   0 ........... ramSize ... mmioBase ..+size   0 ........ heapBase ....................... top
//   +-----+-----+----------+   +--------+        +----------+------+------+------+-------+----->
//   | c0  | c1  |  ...     |   |  MMIO  |        | static   | c1   | code | c0   | table |  grows
//   +-----+-----+----------+   +--------+        | (REGS,   | 2MiB | 8KiB | 2MiB |       |  on demand
//      |     |                                   |  TLB, ..)|      |      |      |       |
//      |     +----- CHUNKS[1] -------------------------------^      |      |
//      +----------- CHUNKS[0] ---------------------------------------------^
//
// CHUNKS[i] holds the host address of guest chunk i (guest bytes i*2MiB .. (i+1)*2MiB), or 0
// while the guest has never touched it. Chunks are taken from a bump allocator that grows the
// wasm memory, so a guest that declares 4 GiB and touches 3 MiB costs two chunks.
// Memory is never given back to the wasm engine (it cannot shrink); reset() zeroes what is
// committed and keeps it for reuse.

@inline export const CHUNK_SHIFT: u32 = 21;
@inline export const CHUNK_SIZE: u32 = 1 << CHUNK_SHIFT;
@inline export const MAX_CHUNKS: u32 = 2048; // 4 GiB of RAM at most

/** Host base address of each committed 2 MiB chunk; 0 = not committed. */
export const CHUNKS: usize = memory.data(MAX_CHUNKS * 4, 16);

export let ramSize: u64 = 0;
export let mmioBase: u64 = 0x1_0000_0000;
export let mmioSize: u64 = 0x4000_0000;
/** Bytes of RAM committed so far (for the host's memory readout). */
export let committedBytes: u64 = 0;
/** Set when the wasm memory could not grow: the run loop stops with EXIT_FATAL. */
export let outOfHostMemory: bool = false;

let heapTop: usize = 0;

/** Bump allocation of zeroed host memory, 64 KiB aligned for chunks, 8 bytes otherwise. */
export function hostAlloc(bytes: usize, align: usize): usize {
  if (heapTop == 0) heapTop = (__heap_base + 0xffff) & ~<usize>0xffff;
  let start = (heapTop + align - 1) & ~(align - 1);
  let end = start + bytes;
  if (end < start) {
    outOfHostMemory = true;
    return 0;
  }
  let have = <usize>memory.size() << 16;
  if (end > have) {
    let need = <i32>((end - have + 0xffff) >> 16);
    if (memory.grow(need) < 0) {
      outOfHostMemory = true;
      return 0;
    }
  }
  heapTop = end;
  return start;
}

export function configureMemory(ram: u64, mBase: u64, mSize: u64): void {
  ramSize = ram > (<u64>MAX_CHUNKS << CHUNK_SHIFT) ? <u64>MAX_CHUNKS << CHUNK_SHIFT : ram;
  mmioBase = mBase;
  mmioSize = mSize;
}

@inline export function isMmio(pa: u64): bool {
  return pa - mmioBase < mmioSize;
}

/**
 * Host address of guest physical byte `pa`, committing its chunk on first touch;
 * 0 when `pa` is not RAM (or host memory ran out). Valid up to the end of that 2 MiB chunk.
 */
export function physToHost(pa: u64): usize {
  if (pa >= ramSize) return 0;
  let idx = <u32>(pa >> CHUNK_SHIFT);
  let slot = CHUNKS + (<usize>idx << 2);
  let base = load<u32>(slot);
  if (base == 0) {
    base = <u32>hostAlloc(CHUNK_SIZE, 0x10000);
    if (base == 0) return 0;
    store<u32>(slot, base);
    committedBytes += CHUNK_SIZE;
  }
  return <usize>base + <usize>(<u32>pa & (CHUNK_SIZE - 1));
}

/** Like physToHost but never commits: 0 for untouched chunks (they read as zero). */
export function physToHostNoCommit(pa: u64): usize {
  if (pa >= ramSize) return 0;
  let base = load<u32>(CHUNKS + (<usize>(pa >> CHUNK_SHIFT) << 2));
  if (base == 0) return 0;
  return <usize>base + <usize>(<u32>pa & (CHUNK_SIZE - 1));
}

/** Zero every committed chunk (machine reset keeps the host memory for reuse). */
export function zeroRam(): void {
  for (let i: u32 = 0; i < MAX_CHUNKS; i++) {
    let base = load<u32>(CHUNKS + (<usize>i << 2));
    if (base != 0) memory.fill(<usize>base, 0, CHUNK_SIZE);
  }
}

// ---- host write protection (the monitor's segment permissions, outside the guest's tables) ----
//   PROTECTED (static): up to 16 ranges x { u64 start, u64 end }  (guest physical, end exclusive)
// A guest store into a protected range does not happen: the run loop stops with
// EXIT_WRITE_PROTECT before the instruction completes (like a stage-2 fault on KVM).
@inline const MAX_PROTECTED: u32 = 16;
export const PROTECTED: usize = memory.data(MAX_PROTECTED * 16, 8);
export let protectedCount: u32 = 0;

export function protectRange(start: u64, end: u64): bool {
  if (protectedCount >= MAX_PROTECTED || end <= start) return false;
  let p = PROTECTED + (<usize>protectedCount << 4);
  store<u64>(p, start);
  store<u64>(p, end, 8);
  protectedCount++;
  return true;
}
export function clearProtection(): void {
  protectedCount = 0;
}
export function isProtected(pa: u64): bool {
  for (let i: u32 = 0; i < protectedCount; i++) {
    let p = PROTECTED + (<usize>i << 4);
    if (pa >= load<u64>(p) && pa < load<u64>(p, 8)) return true;
  }
  return false;
}

/** Read a naturally aligned 64-bit word of RAM (page-table walks); physReadOk = false if not RAM. */
export let physReadOk: bool = true;
export function physRead64(pa: u64): u64 {
  physReadOk = pa < ramSize;
  let h = physToHostNoCommit(pa);
  return h == 0 ? 0 : load<u64>(h); // untouched RAM reads as zero without being committed
}
