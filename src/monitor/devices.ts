// The devices of one machine, indexed by manifest handle, as the hypercall modules see them.

import type { BlockBackend } from './block-backend.ts';
import type { NetPort } from './net-port.ts';

export interface BlockDevice {
  handle: number;
  name: string;
  backend: BlockBackend;
  capacity: number;
  blockSize: number;
}

/** Frames waiting for the guest beyond this many are dropped (and counted). */
export const NET_RX_QUEUE_MAX = 256;

export interface NetDevice {
  handle: number;
  name: string;
  port: NetPort;
  mac: Uint8Array;
  mtu: number;
  /** Frames for the guest, oldest first. */
  rx: Uint8Array[];
  rxDropped: number;
}
