// The host's network stack: one endpoint on a virtual switch with its own MAC and IPv4
// address, speaking ARP, IPv4, ICMP echo and TCP (client side). Machines' guests see it as
// just another host on their LAN (by convention their gateway, 10.0.0.1).
//
//   switch port ──frame──> receive() ── ARP ──> ArpCache (learn, answer requests for us)
//                                   └─ IPv4 ─> checks ─ ICMP ─> echo reply / ping waiters
//                                                     └─ TCP ──> connection table ─> TcpConnection
//   TcpConnection ── transmit() ─> ARP resolve ─> frame ─> switch port
//
// Nothing a frame contains can make receive() throw: every malformed or unexpected frame
// is dropped and counted under a reason (`counters.dropped`). Received frames are handled
// at once; the ACKs they make due are sent together in a microtask after the batch.

import { ARP_REPLY, ARP_REQUEST, ARP_TIMING, ArpTiming, buildArp, buildArpRequest, parseArp } from './arp.ts';
import { ArpCache } from './arp-cache.ts';
import { internetChecksum } from './checksum.ts';
import { NetClock, RealClock } from './clock.ts';
import {
  buildFrame, ETH_HEADER_LEN, ETHERTYPE_ARP, ETHERTYPE_IPV4, ETHERTYPE_IPV6, etherType, isGroupMac, OFF_DST, sameMac,
} from './ethernet.ts';
import { ICMP_ECHO_REPLY, ICMP_ECHO_REQUEST, ICMP_HEADER_LEN } from './icmp.ts';
import { formatIp4, Ip4 } from './ipv4-address.ts';
import { IPV4_HEADER_LEN, parseIpv4, PROTO_ICMP, PROTO_TCP, writeIpv4Header } from './ipv4.ts';
import type { FramePort } from './frame-port.ts';
import { TcpConnection, TcpCounters, TcpOptions, TCP_OPTIONS, newTcpCounters } from './tcp/connection.ts';
import { TcpError } from './tcp/errors.ts';
import { ACK, buildTcpFrame, OutgoingSegment, parseTcp, RST, SYN, FIN } from './tcp/segment.ts';
import { seqAdd } from './tcp/seq.ts';

export interface HostStackOptions {
  mac: Uint8Array;
  ip: Ip4;
  clock?: NetClock;
  tcp?: Partial<TcpOptions>;
  arp?: Partial<ArpTiming>;
  /** Uniform in [0, 1): initial sequence numbers and ephemeral ports (seed it for replayable tests). */
  random?: () => number;
}

export interface StackCounters {
  framesIn: number;
  framesOut: number;
  bytesIn: number;
  bytesOut: number;
  arpRequestsIn: number;
  arpRepliesIn: number;
  echoRequestsIn: number;
  echoRepliesIn: number;
  echoRequestsOut: number;
  /** Frames dropped, by reason (`ipv4:bad-checksum`, `ipv4:fragment`, `tcp:no-connection`...). */
  dropped: Record<string, number>;
  tcp: TcpCounters;
  /** Bugs caught at the frame boundary (a test fails if this is ever non-zero). */
  internalErrors: number;
  lastInternalError?: string;
}

export interface EchoReply {
  from: Ip4;
  id: number;
  seq: number;
  data: Uint8Array;
}

const EPHEMERAL_FIRST = 49152;
const EPHEMERAL_COUNT = 65536 - EPHEMERAL_FIRST;

export class HostStack {
  readonly mac: Uint8Array;
  readonly ip: Ip4;
  readonly clock: NetClock;
  readonly arp: ArpCache;
  readonly counters: StackCounters;
  /** Every echo reply addressed to us (after ping waiters got theirs). */
  onEchoReply: ((reply: EchoReply) => void) | null = null;

  private readonly tcpOptions: TcpOptions;
  private readonly random: () => number;
  private readonly connections = new Map<string, TcpConnection>();
  private readonly listeners = new Map<number, (conn: TcpConnection) => void>();
  private readonly pingWaiters = new Map<number, (reply: EchoReply) => void>();
  private readonly ackPending = new Set<TcpConnection>();
  private flushScheduled = false;
  private ipId = 1;
  private nextPing = 1;
  private closed = false;

  constructor(
    private readonly port: FramePort,
    opts: HostStackOptions,
  ) {
    this.mac = opts.mac.slice(0, 6);
    this.ip = opts.ip;
    this.clock = opts.clock ?? new RealClock();
    this.random = opts.random ?? Math.random;
    this.tcpOptions = { ...TCP_OPTIONS, ...opts.tcp };
    this.counters = {
      framesIn: 0, framesOut: 0, bytesIn: 0, bytesOut: 0, arpRequestsIn: 0, arpRepliesIn: 0,
      echoRequestsIn: 0, echoRepliesIn: 0, echoRequestsOut: 0, dropped: {}, tcp: newTcpCounters(), internalErrors: 0,
    };
    this.arp = new ArpCache(this.clock, { ...ARP_TIMING, ...opts.arp }, (ip) => this.output(buildArpRequest(this.mac, this.ip, ip)));
    port.onFrame = (frame) => this.receive(frame);
  }

  /** Open connections (TIME-WAIT included). */
  get connectionCount(): number {
    return this.connections.size;
  }

  connectionList(): TcpConnection[] {
    return [...this.connections.values()];
  }

  // ---- receiving --------------------------------------------------------------------------------

  /** A frame from the switch. Never throws. */
  receive(frame: Uint8Array): void {
    if (this.closed) return;
    this.counters.framesIn++;
    this.counters.bytesIn += frame.length;
    try {
      this.dispatch(frame);
    } catch (e) {
      this.counters.internalErrors++;
      this.counters.lastInternalError = e instanceof Error ? (e.stack ?? e.message) : String(e);
    }
  }

  private drop(reason: string): void {
    this.counters.dropped[reason] = (this.counters.dropped[reason] ?? 0) + 1;
  }

  private dispatch(frame: Uint8Array): void {
    if (frame.length < ETH_HEADER_LEN) return this.drop('eth:truncated');
    if (!isGroupMac(frame, OFF_DST) && !sameMac(frame, OFF_DST, this.mac)) return this.drop('eth:not-for-us');
    switch (etherType(frame)) {
      case ETHERTYPE_ARP:
        return this.receiveArp(frame);
      case ETHERTYPE_IPV4:
        return this.receiveIpv4(frame);
      case ETHERTYPE_IPV6:
        return this.drop('eth:ipv6');
      default:
        return this.drop('eth:unknown-type');
    }
  }

  private receiveArp(frame: Uint8Array): void {
    const a = parseArp(frame);
    if (!a) return this.drop('arp:malformed');
    if (isGroupMac(a.senderMac, 0)) return this.drop('arp:bad-sender');
    const forUs = a.targetIp === this.ip;
    // RFC 826: refresh a sender we know; learn it when the packet is for us.
    if (forUs || this.arp.has(a.senderIp)) this.arp.learn(a.senderIp, a.senderMac);
    if (a.op === ARP_REPLY) {
      this.counters.arpRepliesIn++;
      return;
    }
    this.counters.arpRequestsIn++;
    if (a.op === ARP_REQUEST && forUs) {
      this.output(buildArp(a.senderMac, { op: ARP_REPLY, senderMac: this.mac, senderIp: this.ip, targetMac: a.senderMac, targetIp: a.senderIp }));
    }
  }

  private receiveIpv4(frame: Uint8Array): void {
    const h = parseIpv4(frame);
    if (typeof h === 'string') return this.drop(`ipv4:${h}`);
    if (h.dst !== this.ip) return this.drop('ipv4:not-for-us');
    const payload = frame.subarray(ETH_HEADER_LEN + h.headerLen, ETH_HEADER_LEN + h.totalLen);
    switch (h.protocol) {
      case PROTO_ICMP:
        return this.receiveIcmp(frame, h.src, payload);
      case PROTO_TCP:
        return this.receiveTcp(frame, h.src, payload);
      default:
        return this.drop('ipv4:unknown-protocol');
    }
  }

  private receiveIcmp(frame: Uint8Array, src: Ip4, icmp: Uint8Array): void {
    if (icmp.length < ICMP_HEADER_LEN) return this.drop('icmp:truncated');
    if (internetChecksum(icmp, 0, icmp.length) !== 0) return this.drop('icmp:bad-checksum');
    const type = icmp[0];
    const id = (icmp[4] << 8) | icmp[5];
    const seq = (icmp[6] << 8) | icmp[7];
    if (type === ICMP_ECHO_REQUEST) {
      this.counters.echoRequestsIn++;
      // Answer to the sender's MAC as the request came (no ARP round trip needed).
      return this.sendIcmp(frame.subarray(6, 12), src, ICMP_ECHO_REPLY, id, seq, icmp.subarray(ICMP_HEADER_LEN));
    }
    if (type === ICMP_ECHO_REPLY) {
      this.counters.echoRepliesIn++;
      const reply: EchoReply = { from: src, id, seq, data: icmp.slice(ICMP_HEADER_LEN) };
      const key = (id << 16) | seq;
      const waiter = this.pingWaiters.get(key);
      if (waiter) {
        this.pingWaiters.delete(key);
        waiter(reply);
      }
      this.onEchoReply?.(reply);
      return;
    }
    this.drop(`icmp:type-${type}`);
  }

  private receiveTcp(frame: Uint8Array, src: Ip4, payload: Uint8Array): void {
    const seg = parseTcp(payload, src, this.ip);
    if (typeof seg === 'string') return this.drop(`tcp:${seg}`);
    const conn = this.connections.get(connKey(src, seg.srcPort, seg.dstPort));
    const listener = this.listeners.get(seg.dstPort);
    if (!conn && listener && (seg.flags & (SYN | ACK | RST)) === SYN) {
      const c = this.newConnection(src, seg.srcPort, seg.dstPort);
      listener(c);
      c.accept(seg);
      return;
    }
    if (!conn) {
      this.drop('tcp:no-connection');
      if (seg.flags & RST) return;
      // RFC 9293 §3.10.7.1: answer anything else with a reset the sender will accept.
      const len = seg.data.length + (seg.flags & SYN ? 1 : 0) + (seg.flags & FIN ? 1 : 0);
      const rst: OutgoingSegment =
        seg.flags & ACK
          ? { srcPort: seg.dstPort, dstPort: seg.srcPort, seq: seg.ack, ack: 0, flags: RST, window: 0 }
          : { srcPort: seg.dstPort, dstPort: seg.srcPort, seq: 0, ack: seqAdd(seg.seq, len), flags: RST | ACK, window: 0 };
      this.output(buildTcpFrame(frame.subarray(6, 12), this.mac, this.ip, src, this.nextIpId(), rst));
      return;
    }
    conn.input(seg);
    if (conn.state !== 'CLOSED') this.ackLater(conn);
  }

  private ackLater(conn: TcpConnection): void {
    this.ackPending.add(conn);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => {
      this.flushScheduled = false;
      const conns = [...this.ackPending];
      this.ackPending.clear();
      for (const c of conns) c.flush();
    });
  }

  // ---- sending ----------------------------------------------------------------------------------

  private output(frame: Uint8Array): void {
    if (this.closed) return;
    this.counters.framesOut++;
    this.counters.bytesOut += frame.length;
    this.port.send(frame);
  }

  private nextIpId(): number {
    const id = this.ipId;
    this.ipId = (this.ipId + 1) & 0xffff;
    return id;
  }

  /** Send an IPv4 packet built by `fill` once the destination's MAC is known. */
  private sendIp(dst: Ip4, build: (mac: Uint8Array) => Uint8Array, onUnreachable?: (err: Error) => void): void {
    const mac = this.arp.lookup(dst);
    if (mac) return this.output(build(mac));
    this.arp.resolve(dst, (r) => {
      if (r instanceof Error) onUnreachable?.(r);
      else this.output(build(r));
    });
  }

  private sendIcmp(dstMac: Uint8Array | undefined, dst: Ip4, type: number, id: number, seq: number, data: Uint8Array): void {
    const build = (mac: Uint8Array) => {
      const len = IPV4_HEADER_LEN + ICMP_HEADER_LEN + data.length;
      const frame = buildFrame(mac, this.mac, ETHERTYPE_IPV4, len);
      writeIpv4Header(frame, { payloadLen: ICMP_HEADER_LEN + data.length, id: this.nextIpId(), protocol: PROTO_ICMP, src: this.ip, dst });
      const i = ETH_HEADER_LEN + IPV4_HEADER_LEN;
      frame[i] = type;
      frame[i + 4] = id >> 8;
      frame[i + 5] = id & 0xff;
      frame[i + 6] = seq >> 8;
      frame[i + 7] = seq & 0xff;
      frame.set(data, i + ICMP_HEADER_LEN);
      const sum = internetChecksum(frame, i, ICMP_HEADER_LEN + data.length);
      frame[i + 2] = sum >> 8;
      frame[i + 3] = sum & 0xff;
      return frame;
    };
    if (dstMac) this.output(build(dstMac));
    else this.sendIp(dst, build);
  }

  /** Send one echo request (replies go to `onEchoReply`); ARP first if needed. */
  sendEchoRequest(dst: Ip4, id: number, seq: number, data: Uint8Array = new Uint8Array(0)): void {
    this.counters.echoRequestsOut++;
    this.sendIcmp(undefined, dst, ICMP_ECHO_REQUEST, id & 0xffff, seq & 0xffff, data);
  }

  /** Ping `dst` once; resolves with the round trip in ms, rejects after `timeoutMs`. */
  ping(dst: Ip4, opts: { timeoutMs?: number; data?: Uint8Array } = {}): Promise<number> {
    const id = 0x7570; // "up"
    const seq = this.nextPing;
    this.nextPing = (this.nextPing + 1) & 0xffff;
    const start = this.clock.now();
    const timeoutMs = opts.timeoutMs ?? 3000;
    return new Promise((resolve, reject) => {
      const key = (id << 16) | seq;
      const timer = this.clock.setTimer(timeoutMs, () => {
        if (this.pingWaiters.get(key) !== done) return;
        this.pingWaiters.delete(key);
        reject(new Error(`no echo reply from ${formatIp4(dst)} within ${timeoutMs} ms`));
      });
      const done = () => {
        timer.cancel();
        resolve(this.clock.now() - start);
      };
      this.pingWaiters.set(key, done);
      this.sendEchoRequest(dst, id, seq, opts.data);
    });
  }

  // ---- TCP -------------------------------------------------------------------------------------

  /**
   * Open a TCP connection to `ip:port`. The SYN leaves at once (after ARP); set the
   * connection's callbacks before yielding to the event loop.
   */
  connect(ip: Ip4, port: number): TcpConnection {
    if (this.closed) throw new TcpError('ENETDOWN', 'the network is closed');
    const conn = this.newConnection(ip, port, this.allocatePort(ip, port));
    conn.open();
    return conn;
  }

  /**
   * Accept connections to `port`: `onConnection` gets each new connection before its SYN-ACK
   * leaves (set its callbacks there). Returns the function that stops listening.
   */
  listen(port: number, onConnection: (conn: TcpConnection) => void): () => void {
    if (this.listeners.has(port)) throw new TcpError('EADDRINUSE', `port ${port} is already listening`);
    this.listeners.set(port, onConnection);
    return () => this.listeners.delete(port);
  }

  private newConnection(ip: Ip4, port: number, localPort: number): TcpConnection {
    const conn = new TcpConnection(
      {
        clock: this.clock,
        counters: this.counters.tcp,
        transmit: (c, seg) => this.transmitTcp(c, seg),
        release: (c) => {
          this.connections.delete(connKey(c.remoteIp, c.remotePort, c.localPort));
          this.ackPending.delete(c);
        },
      },
      { localIp: this.ip, localPort, remoteIp: ip, remotePort: port },
      Math.floor(this.random() * 0x1_0000_0000),
      this.tcpOptions,
    );
    this.connections.set(connKey(ip, port, localPort), conn);
    return conn;
  }

  private transmitTcp(conn: TcpConnection, seg: OutgoingSegment): void {
    this.sendIp(
      conn.remoteIp,
      (mac) => buildTcpFrame(mac, this.mac, this.ip, conn.remoteIp, this.nextIpId(), seg),
      (err) => {
        if (conn.state === 'SYN-SENT') conn.failNow('EHOSTUNREACH', err.message);
      },
    );
  }

  private allocatePort(ip: Ip4, port: number): number {
    const start = Math.floor(this.random() * EPHEMERAL_COUNT);
    for (let i = 0; i < EPHEMERAL_COUNT; i++) {
      const p = EPHEMERAL_FIRST + ((start + i) % EPHEMERAL_COUNT);
      if (!this.connections.has(connKey(ip, port, p))) return p;
    }
    throw new TcpError('EADDRINUSE', `no free local port for ${formatIp4(ip)}:${port}`);
  }

  /** The machine at `ip` is gone: fail its connections now instead of waiting for timeouts. */
  peerDown(ip: Ip4, message: string): void {
    this.arp.forget(ip);
    for (const c of [...this.connections.values()]) if (c.remoteIp === ip) c.failNow('ENETDOWN', message);
  }

  /** Abort every connection and stop. */
  close(): void {
    if (this.closed) return;
    for (const c of [...this.connections.values()]) c.failNow('ENETDOWN', 'the network was shut down');
    this.closed = true;
    this.arp.close();
    this.port.onFrame = null;
  }
}

function connKey(remoteIp: Ip4, remotePort: number, localPort: number): string {
  return `${remoteIp}:${remotePort}:${localPort}`;
}
