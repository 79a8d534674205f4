// DecodeBitMasks (Arm ARM shared pseudocode) for the disassembler: the logical-immediate value
// of N:immr:imms, or null for the reserved encodings (the core raises UNDEF for those).

function ones(n: number): bigint {
  return (1n << BigInt(n)) - 1n;
}

/** The wmask of DecodeBitMasks(N, imms, immr, immediate=TRUE) for a `size`-bit register. */
export function logicalImmediate(n: number, immr: number, imms: number, size: 32 | 64): bigint | null {
  const combined = (n << 6) | (~imms & 0x3f);
  if (combined === 0) return null;
  const len = 31 - Math.clz32(combined);
  if (len < 1) return null;
  const esize = 1 << len;
  if (esize > size) return null;
  const levels = esize - 1;
  const s = imms & levels;
  const r = immr & levels;
  if (s === levels) return null; // all-ones element: not encodable as an immediate
  let elem = ones(s + 1);
  if (r !== 0) elem = ((elem >> BigInt(r)) | (elem << BigInt(esize - r))) & ones(esize);
  let out = 0n;
  for (let p = 0; p < size; p += esize) out |= elem << BigInt(p);
  return out;
}
