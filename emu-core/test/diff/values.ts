// Operand values with a bias to the edges where implementations go wrong.
import type { Rng } from './rng.ts';

const M64 = (1n << 64n) - 1n;

/** Integer edges: 0, ±1, the signed and unsigned limits of 8/16/32/64 bits, around 2^32. */
export const INT_EDGES: readonly bigint[] = (() => {
  const v = new Set<bigint>([0n, 1n, 2n, M64, M64 - 1n]);
  for (const bits of [8n, 16n, 32n, 64n]) {
    const half = 1n << (bits - 1n);
    const full = (1n << bits) - 1n;
    for (const x of [half - 1n, half, half + 1n, full, full - 1n]) {
      v.add(x & M64);
      v.add(-x & M64); // their negations (sign-extended to 64 bits)
    }
  }
  for (let d = -3n; d <= 3n; d++) v.add(((1n << 32n) + d) & M64);
  v.add(0xffff_ffff_0000_0000n);
  v.add(0x0000_0001_ffff_ffffn);
  return [...v];
})();

/** Fill 16 bytes at `at` with lanes of `bytes` bytes: integer edges of that width, or random. */
export function intLanes(rng: Rng, bytes: number, out: Uint8Array, at: number): void {
  const bits = BigInt(bytes * 8);
  const mask = (1n << bits) - 1n;
  const half = 1n << (bits - 1n);
  const edges = [0n, 1n, 2n, mask, mask - 1n, half, half - 1n, half + 1n];
  for (let lane = 0; lane < 16 / bytes; lane++) {
    let v = rng.chance(0.5) ? rng.pick(edges) : rng.u64() & mask;
    for (let b = 0; b < bytes; b++) {
      out[at + lane * bytes + b] = Number(v & 0xffn);
      v >>= 8n;
    }
  }
}

/** A 64-bit register value: 40 % edge, 15 % small signed, 10 % one random bit field, else random. */
export function intValue(rng: Rng): bigint {
  const r = rng.u32() / 0x1_0000_0000;
  if (r < 0.4) return rng.pick(INT_EDGES);
  if (r < 0.55) return BigInt(rng.range(-64, 64)) & M64;
  if (r < 0.65) {
    const width = BigInt(rng.range(1, 64));
    const at = BigInt(rng.range(0, 64 - Number(width)));
    return (((1n << width) - 1n) << at) & M64;
  }
  if (r < 0.75) return BigInt(rng.u32()); // a W-sized value, zero-extended
  return rng.u64();
}

// ---- floating point ------------------------------------------------------------------------------

/** Bit patterns per precision: zeros, infinities, NaNs with payloads, subnormals, limits, ties. */
const FP_EDGES: Record<16 | 32 | 64, readonly bigint[]> = {
  16: [
    0x0000n, 0x7c00n, 0x7e00n, 0x7e01n, 0x7fffn, 0x7c01n, 0x7d55n, // 0, inf, qNaNs, sNaNs
    0x0001n, 0x03ffn, 0x0400n, 0x7bffn, // min/max subnormal, min/max normal
    0x3c00n, 0x3800n, 0x3e00n, 0x4100n, 0x3c01n, 0x3bffn, // 1, 0.5, 1.5, 2.5, 1+ulp, 1-ulp
    0x7800n, 0x5bffn, // 2^15, just below 256
  ],
  32: [
    0x0000_0000n, 0x7f80_0000n, 0x7fc0_0000n, 0x7fc0_0001n, 0x7fff_ffffn, 0x7f80_0001n, 0x7faa_aaaan,
    0x0000_0001n, 0x007f_ffffn, 0x0080_0000n, 0x7f7f_ffffn,
    0x3f80_0000n, 0x3f00_0000n, 0x3fc0_0000n, 0x4020_0000n, 0x3f80_0001n, 0x3f7f_ffffn,
    0x3f80_1000n, // 1 + 2^-11: a tie when rounded to half precision
    0x4f00_0000n, 0x4f80_0000n, 0x5f00_0000n, 0x5f80_0000n, 0x4eff_ffffn, // 2^31, 2^32, 2^63, 2^64, < 2^31
    0x3380_0000n, 0x477f_e000n, 0x4780_0000n, // 2^-24, 65504, 65536 (half-precision limits)
  ],
  64: [
    0x0000_0000_0000_0000n, 0x7ff0_0000_0000_0000n, 0x7ff8_0000_0000_0000n, 0x7ff8_0000_0000_0001n,
    0x7fff_ffff_ffff_ffffn, 0x7ff0_0000_0000_0001n, 0x7ff5_5555_5555_5555n,
    0x0000_0000_0000_0001n, 0x000f_ffff_ffff_ffffn, 0x0010_0000_0000_0000n, 0x7fef_ffff_ffff_ffffn,
    0x3ff0_0000_0000_0000n, 0x3fe0_0000_0000_0000n, 0x3ff8_0000_0000_0000n, 0x4004_0000_0000_0000n,
    0x3ff0_0000_0000_0001n, 0x3fef_ffff_ffff_ffffn,
    0x3ff0_0000_1000_0000n, // 1 + 2^-24: a tie when rounded to single precision
    0x41e0_0000_0000_0000n, 0x41f0_0000_0000_0000n, 0x43e0_0000_0000_0000n, 0x43f0_0000_0000_0000n,
    0x41df_ffff_ffc0_0000n, // 2^31 - 1
    0x3690_0000_0000_0000n, 0x380f_ffff_e000_0000n, 0x3810_0000_0000_0000n, // float subnormal/normal edges
    0x47ef_ffff_e000_0000n, // FLT_MAX
  ],
};

/** Small integers and halves (0, 0.5, ..., 16) as bit patterns per precision, precomputed. */
const FP_SMALL: Record<16 | 32 | 64, readonly bigint[]> = (() => {
  const xs = Array.from({ length: 33 }, (_, i) => i / 2);
  const dv = new DataView(new ArrayBuffer(8));
  const f64 = xs.map((x) => (dv.setFloat64(0, x, true), dv.getBigUint64(0, true)));
  const f32 = xs.map((x) => (dv.setFloat32(0, x, true), dv.getUint32(0, true)));
  // x <= 16 with one fraction bit is exact in half precision: rebias the single's exponent.
  const f16 = f32.map((w) => (w === 0 ? 0n : BigInt(((((w >>> 23) & 0xff) - 127 + 15) << 10) | ((w >>> 13) & 0x3ff))));
  return { 16: f16, 32: f32.map(BigInt), 64: f64 };
})();

/** One FP lane of `bits` bits: 60 % an edge (random sign), 10 % a small integer or half, else random. */
export function fpLane(rng: Rng, bits: 16 | 32 | 64): bigint {
  const sign = 1n << BigInt(bits - 1);
  const r = rng.u32() / 0x1_0000_0000;
  let v: bigint;
  if (r < 0.6) v = rng.pick(FP_EDGES[bits]);
  else if (r < 0.7) v = rng.pick(FP_SMALL[bits]);
  else v = bits === 64 ? rng.u64() : BigInt(rng.bits(bits));
  return rng.chance(0.5) ? v ^ sign : v;
}

/** A 128-bit vector register (16 bytes, little-endian) of FP lanes of `bits`. */
export function fpVector(rng: Rng, bits: 16 | 32 | 64, out: Uint8Array, at: number): void {
  const dv = new DataView(out.buffer, out.byteOffset + at, 16);
  const bytes = bits / 8;
  for (let off = 0; off < 16; off += bytes) {
    const v = fpLane(rng, bits);
    if (bits === 64) dv.setBigUint64(off, v, true);
    else if (bits === 32) dv.setUint32(off, Number(v), true);
    else dv.setUint16(off, Number(v), true);
  }
}

export function randomBytes(rng: Rng, out: Uint8Array, at: number, n: number): void {
  for (let i = 0; i < n; i += 4) {
    const w = rng.u32();
    for (let b = 0; b < 4 && i + b < n; b++) out[at + i + b] = (w >>> (8 * b)) & 0xff;
  }
}

// ---- related FP operands -----------------------------------------------------------------------

const FRAC_BITS = { 16: 10, 32: 23, 64: 52 } as const;

/**
 * A lane that meets `a` (same precision) where rounding is hard: its negation (exact zero
 * sums), its negation an ulp or two away (massive cancellation), or half an ulp of a with
 * either sign (a tie of round-to-nearest when added to a).
 */
export function fpRelatedLane(rng: Rng, bits: 16 | 32 | 64, a: bigint): bigint {
  const size = BigInt(bits);
  const sign = 1n << (size - 1n);
  const mag = a & (sign - 1n);
  const r = rng.below(3);
  if (r === 0) return a ^ sign;
  if (r === 1) return (((a ^ sign) & sign) | ((mag + BigInt(rng.range(-2, 2))) & (sign - 1n)));
  // half an ulp of a: exponent(a) - (fraction bits + 1), when that is still a normal number
  const F = BigInt(FRAC_BITS[bits]);
  const exp = mag >> F;
  const half = exp > F + 1n ? (exp - F - 1n) << F : 1n;
  return rng.chance(0.5) ? half : half | sign;
}

/** -(a * b) rounded to the lanes' precision, an ulp or two off: an addend that cancels the product. */
export function fpCancellingAddend(rng: Rng, bits: 32 | 64, a: bigint, b: bigint): bigint {
  const product = bits === 64 ? f64(a) * f64(b) : Math.fround(f32(a) * f32(b));
  const m = bits === 64 ? Float64Array.of(-product) : Float32Array.of(-product);
  const v = bits === 64 ? new DataView(m.buffer).getBigUint64(0, true) : BigInt(new DataView(m.buffer).getUint32(0, true));
  return (v + BigInt(rng.range(-2, 2))) & ((1n << BigInt(bits)) - 1n);
}

function f64(x: bigint): number {
  return new DataView(BigUint64Array.of(x).buffer).getFloat64(0, true);
}
function f32(x: bigint): number {
  return new DataView(Uint32Array.of(Number(x)).buffer).getFloat32(0, true);
}
