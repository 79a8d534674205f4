// Instruction fields shared by the AdvSIMD encodings (see isa/simd.ts).

@inline export function rd(i: u32): u32 { return i & 31; }
@inline export function rn(i: u32): u32 { return (i >> 5) & 31; }
@inline export function rm(i: u32): u32 { return (i >> 16) & 31; }
/** Q: 0 = 64-bit vector, 1 = 128-bit vector. */
@inline export function qOf(i: u32): u32 { return (i >> 30) & 1; }
/** size: log2 of the element size in bytes. */
@inline export function sizeOf(i: u32): u32 { return (i >> 22) & 3; }

/** Number of elements of 2^size bytes in a 64- (q = 0) or 128-bit (q = 1) vector. */
@inline export function laneCount(size: u32, q: u32): u32 { return (8 << q) >> size; }
/** Element width in bits. */
@inline export function bitsOf(size: u32): u32 { return 8 << size; }
