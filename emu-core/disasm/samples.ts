// Instruction words drawn from decode-table lines, for the tests of the disassembler and the
// generator: a line's fixed bits with random values in its fields and ignored bits, plus the
// all-zero and all-one field values (the corners where reserved encodings hide).

import type { Pattern } from '../isa/table.ts';

/** A small, seedable PRNG (mulberry32): reproducible samples from a printed seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * `n` words that match `p` (n >= 2): the two corners first, then random ones in which each
 * field is, one time in eight each, all zeros or all ones (register 31, zero immediates...:
 * where aliases and reserved values live).
 */
export function sampleWords(p: Pattern, n: number, rand: () => number): number[] {
  const free = ~p.mask >>> 0;
  const out = [p.value >>> 0, (p.value | free) >>> 0];
  for (let k = 2; k < n; k++) {
    let w = p.value | (rand() & free);
    for (const f of p.fields) {
      const r = rand() & 7;
      if (r > 1) continue;
      const m = f.width === 32 ? -1 : ((1 << f.width) - 1) << f.lo;
      w = r === 0 ? w & ~m : w | m;
    }
    out.push(w >>> 0);
  }
  return out;
}

/** The seed of this run: UKPLAY_SEED from the environment, or a fixed default. */
export function testSeed(): number {
  const env = typeof process !== 'undefined' ? process.env.UKPLAY_SEED : undefined;
  return env ? Number(env) >>> 0 : 0x5eed1234;
}
