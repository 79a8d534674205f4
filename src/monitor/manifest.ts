// The application manifest (MFT1): the devices a guest declares, validated exactly as the
// reference tender does, and the attached copy the monitor places in guest memory.
// Layout: see abi.ts (header 8 bytes, then 104-byte entries).

import {
  MFT_VERSION, MFT_HEADER_SIZE, MFT_ENTRY_SIZE, MFT_MAX_ENTRIES, MFT_NAME_MAX,
  ME_NAME, ME_TYPE, ME_BLOCK_CAPACITY, ME_BLOCK_SIZE, ME_NET_MAC, ME_NET_MTU, ME_HOSTFD, ME_ATTACHED,
  DevType, devTypeName,
} from './abi.ts';

export interface ManifestEntry {
  /** Index in the manifest = the guest's handle for this device. */
  index: number;
  /** The name bytes up to the NUL, as Latin-1 (one character per byte). */
  name: string;
  type: number;
  typeName: string;
}

export interface Manifest {
  version: number;
  entries: ManifestEntry[];
  /** The validated descriptor as found in the image. */
  raw: Uint8Array;
}

export type Attachment =
  | { kind: 'block'; capacity: number; blockSize: number }
  | { kind: 'net'; mac: Uint8Array; mtu: number };

/** Parse and validate; undefined means "Solo5 manifest is invalid". */
export function parseManifest(desc: Uint8Array): Manifest | undefined {
  if (desc.length < MFT_HEADER_SIZE) return undefined;
  const dv = new DataView(desc.buffer, desc.byteOffset, desc.byteLength);
  const version = dv.getUint32(0, true);
  const count = dv.getUint32(4, true);
  if (version !== MFT_VERSION) return undefined;
  if (count > MFT_MAX_ENTRIES) return undefined;
  if (desc.length !== MFT_HEADER_SIZE + count * MFT_ENTRY_SIZE) return undefined;
  // Entry 0 is the reserved entry with an empty name (the reference requires count >= 1).
  if (count < 1) return undefined;
  const entries: ManifestEntry[] = [];
  for (let i = 0; i < count; i++) {
    const e = MFT_HEADER_SIZE + i * MFT_ENTRY_SIZE;
    if (desc[e + ME_NAME + MFT_NAME_MAX] !== 0) return undefined;
    if (desc[e + ME_ATTACHED] !== 0) return undefined;
    const type = dv.getUint32(e + ME_TYPE, true);
    let end = e + ME_NAME;
    while (desc[end] !== 0) end++;
    const name = String.fromCharCode(...desc.subarray(e + ME_NAME, end));
    if (i === 0 && (type !== DevType.ReservedFirst || name !== '')) return undefined;
    entries.push({ index: i, name, type, typeName: devTypeName(type) });
  }
  return { version, entries, raw: desc };
}

/** Find a declared device by name and type (the command line's NAME). */
export function findEntry(m: Manifest, name: string, type: DevType): ManifestEntry | undefined {
  return m.entries.find((e) => e.type === type && e.name === name);
}

/** The manifest copy for guest memory: attached = 1 and the device facts filled in. */
export function encodeAttachedManifest(m: Manifest, attached: Map<number, Attachment>): Uint8Array {
  const out = m.raw.slice();
  const dv = new DataView(out.buffer);
  for (const [index, a] of attached) {
    const e = MFT_HEADER_SIZE + index * MFT_ENTRY_SIZE;
    if (a.kind === 'block') {
      dv.setBigUint64(e + ME_BLOCK_CAPACITY, BigInt(a.capacity), true);
      dv.setUint16(e + ME_BLOCK_SIZE, a.blockSize, true);
    } else {
      out.set(a.mac.subarray(0, 6), e + ME_NET_MAC);
      dv.setUint16(e + ME_NET_MTU, a.mtu, true);
    }
    // hostfd is the reference tender's host file descriptor; a guest has no use for host
    // details, so the copy always says 0.
    dv.setBigUint64(e + ME_HOSTFD, 0n, true);
    out[e + ME_ATTACHED] = 1;
  }
  return out;
}

/** A manifest name for messages: control and non-ASCII bytes as \xNN. */
export function printableName(name: string): string {
  let s = '';
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    s += c >= 0x20 && c < 0x7f ? ch : '\\x' + c.toString(16).padStart(2, '0');
  }
  return s;
}
