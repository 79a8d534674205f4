// A capture of the frames crossing a switch, for the packet log and pcap export: a bounded
// ring (oldest frames evicted first, counted), live subscribers, and the pcap bytes of what
// it holds. Frames are kept as the switch saw them (they are never modified after sending).

import { encodePcap } from './pcap.ts';
import type { SwitchPort, VirtualSwitch } from './switch.ts';

export interface CapturedFrame {
  /** Position in the capture (increasing from 1, survives eviction). */
  seq: number;
  /** ms on the network's clock. */
  timeMs: number;
  /** Port names; `to` is '*' for a flooded frame (broadcast or unknown destination). */
  from: string;
  to: string;
  frame: Uint8Array;
}

export interface CaptureOptions {
  maxFrames?: number;
  maxBytes?: number;
  /** Epoch ms at clock time 0, for pcap timestamps (default: now minus the clock's now). */
  epochMs?: number;
}

export class PacketCapture {
  /** Frames evicted to stay within the limits. */
  evicted = 0;
  readonly epochMs: number;
  private ring: CapturedFrame[] = [];
  private bytes = 0;
  private nextSeq = 1;
  private readonly maxFrames: number;
  private readonly maxBytes: number;
  private readonly listeners = new Set<(f: CapturedFrame) => void>();
  private readonly untap: () => void;

  constructor(sw: VirtualSwitch, opts: CaptureOptions = {}) {
    this.maxFrames = opts.maxFrames ?? 20_000;
    this.maxBytes = opts.maxBytes ?? 32 * 1024 * 1024;
    this.epochMs = opts.epochMs ?? Date.now() - sw.clock.now();
    this.untap = sw.addTap((frame, from, to, timeMs) => this.add(frame, from, to, timeMs));
  }

  get size(): number {
    return this.ring.length;
  }

  /** Frames captured since the start (evicted ones included). */
  get total(): number {
    return this.nextSeq - 1;
  }

  frames(): readonly CapturedFrame[] {
    return this.ring;
  }

  /** Frames with seq > `seq` still held. */
  since(seq: number): CapturedFrame[] {
    const first = this.ring.length ? this.ring[0].seq : this.nextSeq;
    return this.ring.slice(Math.max(0, seq + 1 - first));
  }

  subscribe(fn: (f: CapturedFrame) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  clear(): void {
    this.ring = [];
    this.bytes = 0;
  }

  /** Stop capturing (frames held stay readable). */
  stop(): void {
    this.untap();
    this.listeners.clear();
  }

  toPcap(): Uint8Array {
    return encodePcap(this.ring.map((f) => ({ timeMs: this.epochMs + f.timeMs, frame: f.frame })));
  }

  /** Drop the oldest tenth (at least what exceeds the limits): eviction in batches stays cheap. */
  private evict(): void {
    const batch = Math.max(1, Math.floor(this.maxFrames / 10));
    let n = 0;
    let bytes = 0;
    while (n < this.ring.length && (n < batch || this.ring.length - n > this.maxFrames || this.bytes - bytes > this.maxBytes)) {
      bytes += this.ring[n++].frame.length;
    }
    this.ring.splice(0, n);
    this.bytes -= bytes;
    this.evicted += n;
  }

  private add(frame: Uint8Array, from: SwitchPort, to: SwitchPort | undefined, timeMs: number): void {
    const f: CapturedFrame = { seq: this.nextSeq++, timeMs, from: from.name, to: to?.name ?? '*', frame };
    this.ring.push(f);
    this.bytes += frame.length;
    if (this.ring.length > this.maxFrames || this.bytes > this.maxBytes) this.evict();
    for (const l of this.listeners) l(f);
  }
}
