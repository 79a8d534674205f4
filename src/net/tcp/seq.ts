// Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4): comparisons hold for numbers less
// than 2^31 apart, which TCP's windows guarantee.

export function seqAdd(a: number, n: number): number {
  return (a + n) >>> 0;
}

/** b - a, as a signed distance. */
export function seqDiff(b: number, a: number): number {
  return (b - a) | 0;
}

export function seqLt(a: number, b: number): boolean {
  return seqDiff(b, a) > 0;
}
export function seqLe(a: number, b: number): boolean {
  return seqDiff(b, a) >= 0;
}
export function seqGt(a: number, b: number): boolean {
  return seqDiff(a, b) > 0;
}
export function seqGe(a: number, b: number): boolean {
  return seqDiff(a, b) >= 0;
}
