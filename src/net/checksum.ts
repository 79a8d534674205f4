// The Internet checksum (RFC 1071): the ones' complement of the ones' complement sum of
// 16-bit big-endian words, an odd last byte padded with zero. IPv4 headers, ICMP and TCP
// (over its pseudo-header) all use it.

/** Add `len` bytes at `off` to a running 32-bit sum (not yet folded). */
export function sumWords(bytes: Uint8Array, off: number, len: number, sum = 0): number {
  const end = off + len;
  let i = off;
  for (; i + 1 < end; i += 2) sum += (bytes[i] << 8) | bytes[i + 1];
  if (i < end) sum += bytes[i] << 8;
  // Fold now and then so the sum stays a small integer however long the data.
  return sum > 0x7fff_ffff ? foldCarries(sum) : sum;
}

export function foldCarries(sum: number): number {
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 0x10000);
  return sum;
}

/** The checksum field value for these bytes (a valid packet sums to 0 including the field). */
export function internetChecksum(bytes: Uint8Array, off: number, len: number, initial = 0): number {
  return ~foldCarries(sumWords(bytes, off, len, initial)) & 0xffff;
}
