// The core's side of the block translator (the translator itself is host code: src/core/jit/).
//
// Every decoded page (codecache.ts) has, next to its 1024 decoded entries, 1024 u32 JIT slots,
// one per instruction, describing the block that starts there:
//
//   slot value                       meaning
//   0 .. threshold-1                 cold: times the run loop entered a block here
//   1 len:7 index:24  (bit 31 set)   translated: `len` instructions, host function table `index`
//   0xFFFF_FFFF                      not translatable (its first instruction is not supported)
//
// The run loop looks at the slot only where a block starts (after a jump, after fetch, after
// the instruction that follows a side exit). A block never crosses its page, so invalidating a
// range of a page only has to look at the MAX_BLOCK - 1 slots in front of it.

@external("jit", "compile")
declare function hostCompile(code: usize, maxInsns: u32): u32;
@external("jit", "call")
declare function hostCall(index: u32, budget: u32): u32;
@external("jit", "free")
declare function hostFree(index: u32): void;

@inline export const JIT_TRANSLATED: u32 = 0x80000000;
@inline export const JIT_NONE: u32 = 0xffffffff;
/** Set in a block's result when it ended with its branch: pc is a block start. */
@inline export const JIT_CONTINUE: u32 = 0x80000000;
@inline export const JIT_MAX_BLOCK: u32 = 64;

/** Block entries before a block is translated; 0 = the translator is off. */
export let jitThreshold: u32 = 0;
export let jitBlocks: u32 = 0;

export function setJitThreshold(t: u32): void {
  jitThreshold = t;
}

@inline export function isTranslated(v: u32): bool {
  return v >= JIT_TRANSLATED && v != JIT_NONE;
}
@inline export function blockLength(v: u32): u32 {
  return (v >> 24) & 0x7f;
}

/** Translate the block at host address `code` (page slot `off`): the new slot value. */
export function translateAt(code: usize, off: u32): u32 {
  let max: u32 = 1024 - off;
  if (max > JIT_MAX_BLOCK) max = JIT_MAX_BLOCK;
  let r = hostCompile(code, max);
  if (r == 0) return JIT_NONE;
  jitBlocks++;
  return JIT_TRANSLATED | r;
}

/** Run translated block `v` with at most `budget` instructions; returns count | JIT_CONTINUE. */
@inline export function runTranslated(v: u32, budget: u32): u32 {
  return hostCall(v & 0xffffff, budget);
}

/** Forget translations that cover slots first..last of the page whose JIT slots are at `slots`. */
export function invalidateSlots(slots: usize, first: u32, last: u32): void {
  let from = first >= JIT_MAX_BLOCK - 1 ? first - (JIT_MAX_BLOCK - 1) : 0;
  for (let s = from; s <= last; s++) {
    let p = slots + (<usize>s << 2);
    let v = load<u32>(p);
    if (isTranslated(v)) {
      if (s + blockLength(v) > first) {
        hostFree(v & 0xffffff);
        store<u32>(p, 0);
      }
    } else if (s >= first && v != 0) {
      store<u32>(p, 0); // the instruction changed: count and judge it afresh
    }
  }
}
