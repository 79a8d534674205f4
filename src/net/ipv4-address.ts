// IPv4 addresses as unsigned 32-bit numbers (map keys, arithmetic) and their dotted text.

export type Ip4 = number;

/** `a.b.c.d`; undefined if malformed. */
export function parseIp4(text: string): Ip4 | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

export function formatIp4(ip: Ip4): string {
  return `${ip >>> 24}.${(ip >>> 16) & 0xff}.${(ip >>> 8) & 0xff}.${ip & 0xff}`;
}

export function readIp4(bytes: Uint8Array, off: number): Ip4 {
  return ((bytes[off] << 24) | (bytes[off + 1] << 16) | (bytes[off + 2] << 8) | bytes[off + 3]) >>> 0;
}

export function writeIp4(bytes: Uint8Array, off: number, ip: Ip4): void {
  bytes[off] = ip >>> 24;
  bytes[off + 1] = (ip >>> 16) & 0xff;
  bytes[off + 2] = (ip >>> 8) & 0xff;
  bytes[off + 3] = ip & 0xff;
}
