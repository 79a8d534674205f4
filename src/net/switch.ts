// A virtual Ethernet switch: learning (source MAC -> port, aged), unicast to the learned port,
// broadcast, multicast and unknown destinations flooded to every other port, counters per
// port. Machines' NICs and the host stack are its ports; taps see every frame that enters
// (the packet log, pcap capture).
//
//   endpoint ── port.send(frame) ──> ingress: count, taps, learn src, look up dst
//                                      │ known unicast: that port │ else: every other port
//                                      ▼
//                                    delivery queue ── microtask ──> port.onFrame(frame)
//
// Delivery is deferred to a microtask so that no endpoint is ever re-entered from inside its
// own send (a host stack answering a frame while still sending one). Frames are shared by
// all receivers, which must not modify them (the monitor copies what it queues for a guest).

import { NetClock, RealClock } from './clock.ts';
import { ETH_HEADER_LEN, isGroupMac, macKey, OFF_DST, OFF_SRC } from './ethernet.ts';
import type { FramePort } from './frame-port.ts';

export interface PortStats {
  framesIn: number;
  bytesIn: number;
  framesOut: number;
  bytesOut: number;
  /** Frames from this port that were unusable (shorter than a header, or a group source MAC). */
  malformed: number;
}

export interface SwitchStats {
  forwarded: number;
  flooded: number;
  /** Unicast frames whose destination sits on the port they came from. */
  filtered: number;
  malformed: number;
}

/**
 * Sees every frame entering the switch: the port it came from, the one port it goes to
 * (undefined when it is flooded or dropped) and the time (ms).
 */
export type FrameTap = (frame: Uint8Array, from: SwitchPort, to: SwitchPort | undefined, timeMs: number) => void;

/**
 * Tests put impairments on the wire: given a frame on its way to `to`, call `deliver`
 * zero times (loss), once, later (delay, reordering) or twice (duplication).
 */
export type Impairment = (frame: Uint8Array, from: SwitchPort, to: SwitchPort, deliver: (frame: Uint8Array) => void) => void;

export interface SwitchOptions {
  clock?: NetClock;
  /** Learned MACs are forgotten after this long without a frame from them. */
  agingMs?: number;
}

interface Learned {
  port: SwitchPort;
  seen: number;
}

/** One port of the switch: the endpoint's cable (a NetPort for a guest NIC). */
export class SwitchPort implements FramePort {
  onFrame: ((frame: Uint8Array) => void) | null = null;
  readonly stats: PortStats = { framesIn: 0, bytesIn: 0, framesOut: 0, bytesOut: 0, malformed: 0 };
  private attached = true;

  constructor(
    private readonly sw: VirtualSwitch,
    readonly name: string,
  ) {}

  get isAttached(): boolean {
    return this.attached;
  }

  /** A frame from the endpoint into the switch. */
  send(frame: Uint8Array): void {
    if (this.attached) this.sw.ingress(this, frame);
  }

  /** The endpoint is gone (its machine stopped): the port leaves the switch. */
  close(): void {
    if (!this.attached) return;
    this.attached = false;
    this.onFrame = null;
    this.sw.detach(this);
  }
}

export class VirtualSwitch {
  readonly clock: NetClock;
  readonly stats: SwitchStats = { forwarded: 0, flooded: 0, filtered: 0, malformed: 0 };
  /** Called after a port leaves (its endpoint closed it). */
  onDetach: ((port: SwitchPort) => void) | null = null;

  private readonly agingMs: number;
  private readonly portList: SwitchPort[] = [];
  private readonly table = new Map<number, Learned>();
  private readonly taps = new Set<FrameTap>();
  private impairment: Impairment | undefined;
  private queue: Array<{ port: SwitchPort; frame: Uint8Array }> = [];
  private drainScheduled = false;

  constructor(opts: SwitchOptions = {}) {
    this.clock = opts.clock ?? new RealClock();
    this.agingMs = opts.agingMs ?? 300_000;
  }

  /** A new port named `name` (names are for people: they need not be unique). */
  attach(name: string): SwitchPort {
    const port = new SwitchPort(this, name);
    this.portList.push(port);
    return port;
  }

  ports(): readonly SwitchPort[] {
    return this.portList;
  }

  /** Watch every frame entering the switch; returns the function that stops watching. */
  addTap(tap: FrameTap): () => void {
    this.taps.add(tap);
    return () => this.taps.delete(tap);
  }

  setImpairment(fn: Impairment | undefined): void {
    this.impairment = fn;
  }

  /** The learning table: MAC (48-bit number) -> port, with the age of the entry. */
  macTable(): Array<{ mac: number; port: SwitchPort; ageMs: number }> {
    const now = this.clock.now();
    return [...this.table].filter(([, e]) => now - e.seen < this.agingMs).map(([mac, e]) => ({ mac, port: e.port, ageMs: now - e.seen }));
  }

  /** MACs last seen on `port`. */
  macsOn(port: SwitchPort): number[] {
    return [...this.table].filter(([, e]) => e.port === port).map(([mac]) => mac);
  }

  /** @internal SwitchPort.send */
  ingress(from: SwitchPort, frame: Uint8Array): void {
    from.stats.framesIn++;
    from.stats.bytesIn += frame.length;
    if (frame.length < ETH_HEADER_LEN || isGroupMac(frame, OFF_SRC)) {
      from.stats.malformed++;
      this.stats.malformed++;
      return;
    }
    const now = this.clock.now();
    const src = macKey(frame, OFF_SRC);
    const learned = this.table.get(src);
    if (learned) {
      learned.port = from;
      learned.seen = now;
    } else {
      this.table.set(src, { port: from, seen: now });
    }
    let to: SwitchPort | undefined;
    if (!isGroupMac(frame, OFF_DST)) {
      const dst = this.table.get(macKey(frame, OFF_DST));
      if (dst && now - dst.seen < this.agingMs && dst.port.isAttached) to = dst.port;
    }
    for (const tap of this.taps) tap(frame, from, to, now);
    if (to === from) {
      this.stats.filtered++;
    } else if (to) {
      this.stats.forwarded++;
      this.deliver(from, to, frame);
    } else {
      this.stats.flooded++;
      for (const p of this.portList) if (p !== from) this.deliver(from, p, frame);
    }
  }

  /** @internal SwitchPort.close */
  detach(port: SwitchPort): void {
    const i = this.portList.indexOf(port);
    if (i >= 0) this.portList.splice(i, 1);
    for (const [mac, e] of this.table) if (e.port === port) this.table.delete(mac);
    this.onDetach?.(port);
  }

  private deliver(from: SwitchPort, to: SwitchPort, frame: Uint8Array): void {
    if (this.impairment) return this.impairment(frame, from, to, (f) => this.enqueue(to, f));
    this.enqueue(to, frame);
  }

  private enqueue(port: SwitchPort, frame: Uint8Array): void {
    this.queue.push({ port, frame });
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    queueMicrotask(() => this.drain());
  }

  private drain(): void {
    this.drainScheduled = false;
    const batch = this.queue;
    this.queue = [];
    for (const { port, frame } of batch) {
      if (!port.isAttached || !port.onFrame) continue;
      port.stats.framesOut++;
      port.stats.bytesOut += frame.length;
      port.onFrame(frame);
    }
  }
}
