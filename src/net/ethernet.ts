// Ethernet II frames and MAC addresses.
//
//   0        6        12     14
//   ┌────────┬────────┬──────┬──────────── ─ ─
//   │ dst MAC│ src MAC│ type │ payload (46..1500 bytes; shorter frames are padded)
//   └────────┴────────┴──────┴──────────── ─ ─
//
// MACs travel as 6-byte arrays; where they are map keys (switch learning, ARP) they are a
// 48-bit number (`macKey`), which is exact in a double.

export const ETH_HEADER_LEN = 14;
/** Minimum frame size without the FCS: shorter payloads are padded with zeros. */
export const ETH_MIN_FRAME = 60;
export const ETHERTYPE_IPV4 = 0x0800;
export const ETHERTYPE_ARP = 0x0806;
export const ETHERTYPE_IPV6 = 0x86dd;

export const BROADCAST_MAC = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

export const OFF_DST = 0;
export const OFF_SRC = 6;
export const OFF_TYPE = 12;

/** The MAC at `off` as a 48-bit number. */
export function macKey(bytes: Uint8Array, off = 0): number {
  const high = (bytes[off] << 8) | bytes[off + 1];
  const low = ((bytes[off + 2] << 24) | (bytes[off + 3] << 16) | (bytes[off + 4] << 8) | bytes[off + 5]) >>> 0;
  return high * 0x1_0000_0000 + low;
}

/** The 6 bytes of a MAC given as a 48-bit number. */
export function macFromKey(key: number): Uint8Array {
  const mac = new Uint8Array(6);
  for (let i = 5; i >= 0; i--) {
    mac[i] = key % 256;
    key = Math.floor(key / 256);
  }
  return mac;
}

/** Group bit: broadcast and multicast destinations go to every port. */
export function isGroupMac(bytes: Uint8Array, off = 0): boolean {
  return (bytes[off] & 1) === 1;
}

export function formatMac(bytes: Uint8Array, off = 0): string {
  const parts: string[] = [];
  for (let i = 0; i < 6; i++) parts.push(bytes[off + i].toString(16).padStart(2, '0'));
  return parts.join(':');
}

/** `xx:xx:xx:xx:xx:xx` (or with '-'); undefined if malformed. */
export function parseMac(text: string): Uint8Array | undefined {
  const m = /^([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})$/i.exec(text);
  return m ? Uint8Array.from(m.slice(1), (h) => parseInt(h, 16)) : undefined;
}

export function sameMac(a: Uint8Array, aOff: number, b: Uint8Array, bOff = 0): boolean {
  for (let i = 0; i < 6; i++) if (a[aOff + i] !== b[bOff + i]) return false;
  return true;
}

export function etherType(frame: Uint8Array): number {
  return (frame[OFF_TYPE] << 8) | frame[OFF_TYPE + 1];
}

/**
 * A frame with room for `payloadLen` bytes after the header, padded to the minimum size.
 * The caller fills the payload at ETH_HEADER_LEN.
 */
export function buildFrame(dst: Uint8Array, src: Uint8Array, type: number, payloadLen: number): Uint8Array {
  const frame = new Uint8Array(Math.max(ETH_MIN_FRAME, ETH_HEADER_LEN + payloadLen));
  frame.set(dst.subarray(0, 6), OFF_DST);
  frame.set(src.subarray(0, 6), OFF_SRC);
  frame[OFF_TYPE] = type >> 8;
  frame[OFF_TYPE + 1] = type & 0xff;
  return frame;
}
