// Writing a switch's traffic to a pcap file as it happens (the CLI's --pcap=FILE), buffered
// so that a busy network costs one write per 256 KiB rather than one per frame.

import { closeSync, openSync, writeSync } from 'node:fs';
import { pcapHeader, pcapRecord } from '../pcap.ts';
import type { VirtualSwitch } from '../switch.ts';

const FLUSH_BYTES = 256 * 1024;

export class PcapFileWriter {
  frames = 0;
  private fd: number | undefined;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private readonly untap: () => void;
  private readonly epochMs: number;

  /** Throws a one-line error if the file cannot be created. */
  constructor(
    readonly path: string,
    sw: VirtualSwitch,
  ) {
    try {
      this.fd = openSync(path, 'w');
    } catch (e) {
      throw new Error(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    this.epochMs = Date.now() - sw.clock.now();
    writeSync(this.fd, pcapHeader());
    this.untap = sw.addTap((frame, _from, _to, timeMs) => this.add(this.epochMs + timeMs, frame));
  }

  private add(timeMs: number, frame: Uint8Array): void {
    const r = pcapRecord(timeMs, frame);
    this.pending.push(r);
    this.pendingBytes += r.length;
    this.frames++;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  flush(): void {
    if (this.fd === undefined || this.pending.length === 0) return;
    const all = new Uint8Array(this.pendingBytes);
    let o = 0;
    for (const p of this.pending) {
      all.set(p, o);
      o += p.length;
    }
    this.pending = [];
    this.pendingBytes = 0;
    writeSync(this.fd, all);
  }

  close(): void {
    if (this.fd === undefined) return;
    this.untap();
    this.flush();
    closeSync(this.fd);
    this.fd = undefined;
  }
}
