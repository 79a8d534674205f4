// A seeded PRNG (mulberry32) so that tests with loss, reordering and fuzzing replay exactly.

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bytes from the PRNG. */
export function randomBytes(rand: () => number, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rand() * 256);
  return b;
}

/** FNV-1a over the bytes: a cheap checksum for comparing transfers. */
export function fnv1a(chunks: Iterable<Uint8Array>): number {
  let h = 0x811c9dc5;
  for (const c of chunks) for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c[i], 0x01000193) >>> 0;
  return h;
}
