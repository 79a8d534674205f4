// A NetPort that records the guest's frames to a pcap file (`--net:NAME=pcap:FILE`): a sink
// for tests and for looking at a guest's traffic with tshark/wireshark. Nothing is delivered
// to the guest.
//
//   pcap file: global header (24 bytes) then per frame a 16-byte record header + the frame
//   global  magic a1b2c3d4 | v2.4 | thiszone 0 | sigfigs 0 | snaplen 65535 | linktype 1 (Ethernet)
//   record  ts_sec | ts_usec | incl_len | orig_len

import { closeSync, openSync, writeSync } from 'node:fs';
import type { NetPort } from '../monitor/net-port.ts';

const LINKTYPE_ETHERNET = 1;
const SNAPLEN = 65535;

export class PcapSinkPort implements NetPort {
  onFrame: ((frame: Uint8Array) => void) | null = null;
  private fd: number | undefined;
  frames = 0;

  /** `now` gives the record timestamps in ms (fixed at 0 for deterministic runs). */
  constructor(
    readonly path: string,
    private readonly now: () => number,
  ) {
    this.fd = openSync(path, 'w');
    const h = new DataView(new ArrayBuffer(24));
    h.setUint32(0, 0xa1b2c3d4, true);
    h.setUint16(4, 2, true);
    h.setUint16(6, 4, true);
    h.setUint32(16, SNAPLEN, true);
    h.setUint32(20, LINKTYPE_ETHERNET, true);
    writeSync(this.fd, new Uint8Array(h.buffer));
  }

  send(frame: Uint8Array): void {
    if (this.fd === undefined) return;
    const ms = this.now();
    const r = new DataView(new ArrayBuffer(16));
    r.setUint32(0, Math.floor(ms / 1000), true);
    r.setUint32(4, Math.floor((ms % 1000) * 1000), true);
    r.setUint32(8, frame.length, true);
    r.setUint32(12, frame.length, true);
    writeSync(this.fd, new Uint8Array(r.buffer));
    writeSync(this.fd, frame);
    this.frames++;
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}
