// Attaching host devices to the names a guest declares in its manifest, with the reference
// tender's rules and messages: every given name must be declared with the right type, and
// every declared device must be attached.

import { BLOCK_SIZE_DEFAULT, BLOCK_SIZE_MAX, DevType, NET_MTU } from './abi.ts';
import type { BlockBackend } from './block-backend.ts';
import type { BlockDevice, NetDevice } from './devices.ts';
import { LoadError } from './errors.ts';
import { Attachment, Manifest, findEntry, printableName } from './manifest.ts';
import type { NetPort } from './net-port.ts';

export interface BlockAttachSpec {
  backend: BlockBackend;
  /** Sector size in bytes: a power of two, 512..32768 (default 512). */
  blockSize?: number;
}

export interface NetAttachSpec {
  port: NetPort;
  /** Six bytes; default: random (or fixed in deterministic mode), locally administered, unicast. */
  mac?: Uint8Array;
}

export interface AttachedDevices {
  blocks: Map<number, BlockDevice>;
  nets: Map<number, NetDevice>;
  /** What the guest's manifest copy says about each attached entry. */
  attachments: Map<number, Attachment>;
}

export function notDeclared(name: string): LoadError {
  return new LoadError(`Resource not declared in manifest: '${printableName(name)}'`);
}

export function validBlockSize(n: number): boolean {
  return Number.isInteger(n) && n >= BLOCK_SIZE_DEFAULT && n <= BLOCK_SIZE_MAX && (n & (n - 1)) === 0;
}

/** Parse `xx:xx:xx:xx:xx:xx`; undefined if malformed. */
export function parseMac(s: string): Uint8Array | undefined {
  const m = /^([0-9a-fA-F]{2}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})$/.exec(s);
  return m ? Uint8Array.from(m.slice(1), (h) => parseInt(h, 16)) : undefined;
}

export function formatMac(mac: Uint8Array): string {
  return Array.from(mac.subarray(0, 6), (b) => b.toString(16).padStart(2, '0')).join(':');
}

/**
 * A MAC for a NIC nobody chose one for: locally administered (bit 1 of the first byte) and
 * unicast (bit 0 clear). Deterministic machines use 02:00:00:00:00:<handle> so that replays
 * are byte-identical.
 */
export function defaultMac(handle: number, deterministic: boolean): Uint8Array {
  const mac = new Uint8Array(6);
  if (deterministic) mac[5] = handle;
  else crypto.getRandomValues(mac);
  mac[0] = (mac[0] & 0xfc) | 0x02;
  return mac;
}

export function attachDevices(
  manifest: Manifest,
  blocks: Readonly<Record<string, BlockAttachSpec>>,
  nets: Readonly<Record<string, NetAttachSpec>>,
  deterministic: boolean,
): AttachedDevices {
  const out: AttachedDevices = { blocks: new Map(), nets: new Map(), attachments: new Map() };

  for (const [name, spec] of Object.entries(blocks)) {
    const e = findEntry(manifest, name, DevType.BlockBasic);
    if (!e) throw notDeclared(name);
    const blockSize = spec.blockSize ?? BLOCK_SIZE_DEFAULT;
    if (!validBlockSize(blockSize)) {
      throw new LoadError(`Block size of '${printableName(name)}' must be a power of two from ${BLOCK_SIZE_DEFAULT} to ${BLOCK_SIZE_MAX}: ${blockSize}`);
    }
    const capacity = spec.backend.capacity;
    if (!Number.isSafeInteger(capacity) || capacity < 0 || capacity % blockSize !== 0) {
      throw new LoadError(`${printableName(name)}: Backing storage size must be block aligned`);
    }
    out.blocks.set(e.index, { handle: e.index, name, backend: spec.backend, capacity, blockSize });
    out.attachments.set(e.index, { kind: 'block', capacity, blockSize });
  }

  for (const [name, spec] of Object.entries(nets)) {
    const e = findEntry(manifest, name, DevType.NetBasic);
    if (!e) throw notDeclared(name);
    const mac = spec.mac ?? defaultMac(e.index, deterministic);
    if (mac.length !== 6) throw new LoadError(`MAC address of '${printableName(name)}' must be 6 bytes`);
    if (mac[0] & 1) throw new LoadError(`MAC address of '${printableName(name)}' is multicast: ${formatMac(mac)}`);
    out.nets.set(e.index, { handle: e.index, name, port: spec.port, mac, mtu: NET_MTU, rx: [], rxDropped: 0 });
    out.attachments.set(e.index, { kind: 'net', mac, mtu: NET_MTU });
  }

  const missing = manifest.entries.filter((e) => e.type < DevType.ReservedFirst && !out.attachments.has(e.index));
  if (missing.length) {
    const lines = missing.map((e) => `Device '${printableName(e.name)}' of type ${e.typeName} declared but not attached.`);
    lines.push('All declared devices must be attached. See --help for syntax.');
    throw new LoadError(lines.join('\n'));
  }
  return out;
}
