// One TCP connection of the host stack, from the active (client) side: the state machine of
// RFC 9293 with RFC 5961's checks on RST and SYN, RTO estimation (RFC 6298), slow start,
// congestion avoidance and fast retransmit/recovery (RFC 5681 with RFC 6582's partial ACKs),
// zero-window probing, out-of-order reassembly and TIME-WAIT.
//
//   sequence space of what we send:
//
//     ISS  ISS+1            queueStart                        finSeq
//      │    │                  │ SendQueue (unacknowledged data) │
//      ▼    ▼                  ▼                                 ▼
//     [SYN][ ...data already acknowledged... ][ d a t a ......... ][FIN]
//                      ▲                 ▲              ▲
//                    sndUna           sndNxt          sndMax (highest sent; sndNxt is moved
//                  (oldest unacked)  (next to send)    back to sndUna by a timeout: go-back-N)
//
//   receive side: rcvNxt (next byte expected) .. rcvEdge (right edge of the window we
//   advertised, never moved left); bytes beyond rcvNxt wait in the Reassembly.
//
// The connection never touches frames: the stack gives it parsed segments (`input`) and
// sends what it returns through `transmit`. ACKs for received data are coalesced: `input`
// marks them due, and the stack calls `flush` once per batch of frames.

import type { NetClock, Timer } from '../clock.ts';
import { formatIp4, Ip4 } from '../ipv4-address.ts';
import { TcpError, TcpErrorCode } from './errors.ts';
import { Reassembly } from './reassembly.ts';
import { RtoEstimator, RtoLimits, RTO_LIMITS } from './rto.ts';
import { ACK, FIN, OutgoingSegment, PSH, RST, SYN, TcpSegment } from './segment.ts';
import { SendQueue } from './send-queue.ts';
import { seqAdd, seqDiff, seqGe, seqGt, seqLe, seqLt } from './seq.ts';

export type TcpState =
  | 'CLOSED'
  | 'SYN-SENT'
  | 'SYN-RECEIVED'
  | 'ESTABLISHED'
  | 'FIN-WAIT-1'
  | 'FIN-WAIT-2'
  | 'CLOSE-WAIT'
  | 'CLOSING'
  | 'LAST-ACK'
  | 'TIME-WAIT';

export interface TcpOptions {
  /** The MSS we announce (MTU 1500 - 40). */
  mss: number;
  /** Receive buffer: the most we advertise (no window scaling: at most 65535). */
  rcvBuf: number;
  /** `write` returns false once this much is queued unacknowledged. */
  sndBuf: number;
  rto: RtoLimits;
  /** Retransmissions of a SYN before the connect fails. */
  synRetries: number;
  /** Retransmissions of data (without any progress) before the connection fails. */
  maxRetries: number;
  /** 2*MSL. RFC 9293 suggests 4 minutes; on one virtual switch a few seconds are plenty. */
  timeWaitMs: number;
  /** Initial congestion window in segments (RFC 6928). */
  initialWindow: number;
  /** Longest wait between zero-window probes. */
  persistMaxMs: number;
  /** How long FIN-WAIT-2 waits for the peer's FIN (Linux: tcp_fin_timeout, 60 s). */
  finWait2Ms: number;
  /**
   * Least time between two ACKs answering unacceptable segments that carry no data (Linux:
   * tcp_invalid_ratelimit, 500 ms): two ends that disagree about the sequence space would
   * otherwise answer each other's empty ACKs forever (an ACK storm).
   */
  invalidAckIntervalMs: number;
}

export const TCP_OPTIONS: TcpOptions = {
  mss: 1460,
  rcvBuf: 65535,
  sndBuf: 256 * 1024,
  rto: RTO_LIMITS,
  synRetries: 5,
  maxRetries: 10,
  timeWaitMs: 4000,
  initialWindow: 10,
  persistMaxMs: 10_000,
  finWait2Ms: 60_000,
  invalidAckIntervalMs: 500,
};

/** The MSS assumed when the peer's SYN carries none (RFC 9293 §3.7.1). */
const DEFAULT_PEER_MSS = 536;
const MAX_WINDOW = 0xffff;

export interface TcpCounters {
  segmentsIn: number;
  segmentsOut: number;
  bytesIn: number;
  bytesOut: number;
  retransmits: number;
  fastRetransmits: number;
  timeouts: number;
  dupAcksIn: number;
  outOfOrder: number;
  duplicates: number;
  zeroWindowProbes: number;
  /** ACKs not sent in answer to an unacceptable segment (see invalidAckIntervalMs). */
  invalidAcksLimited: number;
}

export function newTcpCounters(): TcpCounters {
  return {
    segmentsIn: 0, segmentsOut: 0, bytesIn: 0, bytesOut: 0, retransmits: 0, fastRetransmits: 0,
    timeouts: 0, dupAcksIn: 0, outOfOrder: 0, duplicates: 0, zeroWindowProbes: 0, invalidAcksLimited: 0,
  };
}

/** What a connection needs from its stack. */
export interface TcpHost {
  clock: NetClock;
  /** Send a segment to the peer (addresses and checksums are the stack's). */
  transmit(conn: TcpConnection, seg: OutgoingSegment): void;
  /** The connection reached CLOSED: forget it. */
  release(conn: TcpConnection): void;
  /** The stack's totals, updated alongside the connection's own. */
  counters: TcpCounters;
}

export interface TcpEndpoint {
  localIp: Ip4;
  localPort: number;
  remoteIp: Ip4;
  remotePort: number;
}

export class TcpConnection {
  readonly localIp: Ip4;
  readonly localPort: number;
  readonly remoteIp: Ip4;
  readonly remotePort: number;
  readonly counters = newTcpCounters();

  // ---- application callbacks ----
  /** The handshake completed. */
  onConnect: (() => void) | null = null;
  /** In-order bytes from the peer (while reading is not paused). */
  onData: ((chunk: Uint8Array) => void) | null = null;
  /** The peer sent FIN: no more data will come. */
  onEnd: (() => void) | null = null;
  /** The send queue fell below sndBuf after `write` returned false. */
  onDrain: (() => void) | null = null;
  /** The connection is over for the application (error if it failed); called once. */
  onClose: ((err?: TcpError) => void) | null = null;

  private stateValue: TcpState = 'CLOSED';
  private readonly opts: TcpOptions;

  // send side
  private readonly iss: number;
  private sndUna: number;
  private sndNxt: number;
  private sndMax: number;
  private sndWnd = 0;
  private sndWl1 = 0;
  private sndWl2 = 0;
  private sendMss = DEFAULT_PEER_MSS;
  private readonly queue = new SendQueue();
  private queueStart: number;
  /** The application called end(): the FIN's sequence number once data is all queued. */
  private finSeq: number | undefined;
  private cwnd = 0;
  private ssthresh = MAX_WINDOW * 16;
  private dupAcks = 0;
  /** NewReno: in fast recovery until this is acknowledged. */
  private recover: number | undefined;
  private readonly rto: RtoEstimator;
  /** The one segment being timed for an RTT sample: its end and when it left. */
  private timing: { end: number; at: number } | undefined;
  private retries = 0;
  private rtxDeadline: number | undefined;
  private rtxTimer: Timer | undefined;
  private persistBackoff = 0;
  private drainWanted = false;
  /** When the last rate-limited ACK to an unacceptable segment left. */
  private lastInvalidAckAt: number | undefined;

  // receive side
  private rcvNxt = 0;
  private rcvEdge = 0;
  private readonly ooo = new Reassembly();
  /** The peer's FIN, when it arrived before all the data in front of it. */
  private peerFinSeq: number | undefined;
  private peerFinished = false;
  private readPaused = false;
  private unread: Uint8Array[] = [];
  private unreadBytes = 0;
  private ackDue = false;

  private timeWaitTimer: Timer | undefined;
  private closeReported = false;

  constructor(
    private readonly host: TcpHost,
    ep: TcpEndpoint,
    iss: number,
    opts: TcpOptions = TCP_OPTIONS,
  ) {
    this.localIp = ep.localIp;
    this.localPort = ep.localPort;
    this.remoteIp = ep.remoteIp;
    this.remotePort = ep.remotePort;
    this.opts = opts;
    this.iss = iss >>> 0;
    this.sndUna = this.iss;
    this.sndNxt = this.iss;
    this.sndMax = this.iss;
    this.queueStart = seqAdd(this.iss, 1);
    this.rto = new RtoEstimator(opts.rto);
  }

  get state(): TcpState {
    return this.stateValue;
  }

  /** `ip:port -> ip:port`, for messages. */
  get name(): string {
    return `${formatIp4(this.localIp)}:${this.localPort} -> ${formatIp4(this.remoteIp)}:${this.remotePort}`;
  }

  /** Whether write() is allowed (open, and end() not called). */
  get writable(): boolean {
    return this.finSeq === undefined && this.canSend();
  }

  /** Bytes written and not yet acknowledged. */
  get queued(): number {
    return this.queue.length;
  }

  /** The current retransmission timeout (ms) and smoothed RTT, for the UI and tests. */
  get timers(): { rto: number; srtt: number | undefined; cwnd: number; ssthresh: number } {
    return { rto: this.rto.rto, srtt: this.rto.srtt, cwnd: this.cwnd, ssthresh: this.ssthresh };
  }

  // ---- the application's side ------------------------------------------------------------------

  /** Active open: send the SYN (the stack calls this once, right after construction). */
  open(): void {
    if (this.stateValue !== 'CLOSED') throw new Error('open() on a used connection');
    this.setState('SYN-SENT');
    this.sendSyn(false);
  }

  /**
   * Passive open: answer the peer's SYN with SYN-ACK (a listener calls this once, right after
   * construction). The host stack listens only for tests and guest-to-host connections.
   */
  accept(syn: TcpSegment): void {
    if (this.stateValue !== 'CLOSED') throw new Error('accept() on a used connection');
    this.rcvNxt = seqAdd(syn.seq, 1);
    this.rcvEdge = this.rcvNxt;
    this.sendMss = Math.max(1, Math.min(syn.mss ?? DEFAULT_PEER_MSS, this.opts.mss));
    this.cwnd = this.initialCwnd();
    this.sndWnd = syn.window;
    this.sndWl1 = syn.seq;
    this.sndWl2 = this.iss;
    this.setState('SYN-RECEIVED');
    this.sendSyn(true);
  }

  /** Queue bytes to send; false when the caller should wait for onDrain. */
  write(data: Uint8Array): boolean {
    if (this.finSeq !== undefined || !this.canSend()) throw new Error(`write after end or close (${this.stateValue})`);
    if (data.length) {
      this.queue.push(data.slice());
      this.output();
    }
    const ok = this.queue.length < this.opts.sndBuf;
    if (!ok) this.drainWanted = true;
    return ok;
  }

  /** Half-close: send FIN after the queued data. */
  end(): void {
    if (this.finSeq !== undefined) return;
    if (!this.canSend()) return;
    this.finSeq = seqAdd(this.queueStart, this.queue.length);
    if (this.stateValue === 'ESTABLISHED') this.setState('FIN-WAIT-1');
    else if (this.stateValue === 'CLOSE-WAIT') this.setState('LAST-ACK');
    // In SYN-SENT/SYN-RECEIVED the FIN waits for the handshake (see establish()).
    this.output();
  }

  /** Send RST and forget the connection. */
  abort(reason = 'aborted'): void {
    if (this.stateValue === 'CLOSED') return;
    if (this.stateValue !== 'SYN-SENT' && this.stateValue !== 'TIME-WAIT') {
      this.send({ seq: this.sndNxt, ack: this.rcvNxt, flags: RST | ACK });
    }
    this.fail('ECONNABORTED', reason, false);
  }

  /** Stop delivering data (the window closes as unread bytes pile up). */
  pauseReading(): void {
    this.readPaused = true;
  }

  /** Deliver what piled up and reopen the window. */
  resumeReading(): void {
    if (!this.readPaused) return;
    this.readPaused = false;
    const before = this.window();
    while (this.unread.length && !this.readPaused) {
      const chunk = this.unread.shift()!;
      this.unreadBytes -= chunk.length;
      this.onData?.(chunk);
    }
    if (!this.readPaused && this.peerFinished && this.unread.length === 0) this.deliverEnd();
    this.maybeWindowUpdate(before);
  }

  /** Fail at once with `code` (the peer's machine went away, ARP failed...). */
  failNow(code: TcpErrorCode, message: string): void {
    if (this.stateValue === 'CLOSED') return;
    this.fail(code, message, false);
  }

  /** Send the ACK that input() left due, if no data segment carried it. */
  flush(): void {
    if (this.ackDue && this.stateValue !== 'CLOSED') this.sendAck();
  }

  // ---- segment arrival (RFC 9293 §3.10.7) ----------------------------------------------------

  input(seg: TcpSegment): void {
    this.counters.segmentsIn++;
    this.host.counters.segmentsIn++;
    switch (this.stateValue) {
      case 'CLOSED':
        return;
      case 'SYN-SENT':
        return this.inputSynSent(seg);
      default:
        return this.inputSynchronized(seg);
    }
  }

  private inputSynSent(seg: TcpSegment): void {
    const hasAck = (seg.flags & ACK) !== 0;
    if (hasAck && (seqLe(seg.ack, this.iss) || seqGt(seg.ack, this.sndMax))) {
      if (!(seg.flags & RST)) this.send({ seq: seg.ack, ack: 0, flags: RST });
      return;
    }
    if (seg.flags & RST) {
      if (hasAck) this.fail('ECONNREFUSED', `connection refused by ${formatIp4(this.remoteIp)}:${this.remotePort} (RST)`, false);
      return;
    }
    if (!(seg.flags & SYN)) return;
    this.rcvNxt = seqAdd(seg.seq, 1);
    this.rcvEdge = this.rcvNxt;
    this.sendMss = Math.max(1, Math.min(seg.mss ?? DEFAULT_PEER_MSS, this.opts.mss));
    this.cwnd = this.initialCwnd();
    if (hasAck) {
      this.sndUna = seg.ack;
      this.updateWindow(seg);
      this.takeRttSample(seg.ack);
      this.establish();
      this.sendAck();
      this.afterSyn(seg);
      this.output();
      return;
    }
    // Simultaneous open: both sides sent SYN; answer with SYN-ACK and wait for its ACK.
    this.setState('SYN-RECEIVED');
    this.sndWnd = seg.window;
    this.sndWl1 = seg.seq;
    this.sndWl2 = seg.ack;
    this.sendSyn(true);
  }

  /** Data or FIN that came with a SYN (rare, but allowed). */
  private afterSyn(seg: TcpSegment): void {
    if (seg.data.length || seg.flags & FIN) this.receiveText({ ...seg, seq: seqAdd(seg.seq, 1), flags: seg.flags & ~SYN });
  }

  private inputSynchronized(seg: TcpSegment): void {
    const segLen = seg.data.length + (seg.flags & SYN ? 1 : 0) + (seg.flags & FIN ? 1 : 0);
    const rcvWnd = seqDiff(this.rcvEdge, this.rcvNxt);

    // 1. Sequence number acceptable?
    if (!this.acceptable(seg.seq, segLen, rcvWnd)) {
      if (seg.flags & RST) return;
      // A closed window still takes the ACK of a segment at RCV.NXT (RFC 9293 §3.10.7.4).
      if (rcvWnd === 0 && seg.seq === this.rcvNxt && seg.flags & ACK && !seqGt(seg.ack, this.sndMax)) {
        this.processAck(seg);
        if (this.stateValue === 'CLOSED') return;
      } else {
        this.counters.duplicates++;
        this.host.counters.duplicates++;
      }
      this.ackUnacceptable(seg); // "ACK, and drop": also re-synchronizes a peer that lost our ACK
      if (this.stateValue === 'TIME-WAIT' && seg.flags & FIN) this.enterTimeWait(); // its FIN again: restart 2*MSL
      this.output();
      return;
    }

    // 2. RST (RFC 5961 §3.2): exactly at RCV.NXT resets; elsewhere in the window, challenge.
    if (seg.flags & RST) {
      if (seg.seq !== this.rcvNxt) return this.ackUnacceptable(seg);
      switch (this.stateValue) {
        case 'SYN-RECEIVED':
          return this.fail('ECONNREFUSED', `connection refused by ${formatIp4(this.remoteIp)}:${this.remotePort} (RST)`, false);
        case 'CLOSING':
        case 'LAST-ACK':
        case 'TIME-WAIT':
          return this.closeNow();
        default:
          return this.fail('ECONNRESET', `connection reset by ${formatIp4(this.remoteIp)}:${this.remotePort} (RST)`, false);
      }
    }

    // 4. A SYN in a synchronized state: challenge ACK (RFC 5961 §4.2), never a reset.
    if (seg.flags & SYN) return this.ackUnacceptable(seg);

    // 5. ACK.
    if (!(seg.flags & ACK)) return;
    if (this.stateValue === 'SYN-RECEIVED') {
      if (seqGt(seg.ack, this.sndUna) && seqLe(seg.ack, this.sndMax)) {
        this.establish();
        this.updateWindow(seg);
      } else {
        this.send({ seq: seg.ack, ack: 0, flags: RST });
        return;
      }
    }
    if (seqGt(seg.ack, this.sndMax)) {
      // Acknowledges something never sent (RFC 5961 §5.2 bounds): ACK and drop.
      this.ackUnacceptable(seg);
      return;
    }
    this.processAck(seg);
    if (this.stateValue === 'CLOSED') return;

    // 7. and 8. Text and FIN.
    this.receiveText(seg);
    this.output();
  }

  /** RFC 9293's four cases of segment acceptability. */
  private acceptable(seq: number, len: number, wnd: number): boolean {
    if (len === 0) {
      if (wnd === 0) return seq === this.rcvNxt;
      return seqLe(this.rcvNxt, seq) && seqLt(seq, seqAdd(this.rcvNxt, wnd));
    }
    if (wnd === 0) return false;
    const last = seqAdd(seq, len - 1);
    const inWindow = (s: number) => seqLe(this.rcvNxt, s) && seqLt(s, seqAdd(this.rcvNxt, wnd));
    return inWindow(seq) || inWindow(last);
  }

  private processAck(seg: TcpSegment): void {
    const ack = seg.ack;
    if (seqGt(ack, this.sndUna)) {
      this.newAck(ack);
    } else if (
      ack === this.sndUna &&
      seg.data.length === 0 &&
      !(seg.flags & (SYN | FIN)) &&
      seg.window === this.sndWnd &&
      seqGt(this.sndMax, this.sndUna)
    ) {
      this.duplicateAck();
    }
    // Window update (only from a segment at least as new as the last one used).
    if (seqLt(this.sndWl1, seg.seq) || (this.sndWl1 === seg.seq && seqLe(this.sndWl2, ack))) {
      const opened = this.sndWnd === 0 && seg.window > 0;
      this.updateWindow(seg);
      if (opened) {
        this.persistBackoff = 0;
        if (seqGe(this.sndUna, this.sndMax)) this.stopRetransmit(); // the persist timer
      }
    }

    // Only now, with the window up to date, may the application write more.
    if (this.drainWanted && this.queue.length < this.opts.sndBuf) {
      this.drainWanted = false;
      this.onDrain?.();
      if (this.stateValue === 'CLOSED') return;
    }

    const finAcked = this.finSeq !== undefined && seqGt(this.sndUna, this.finSeq);
    switch (this.stateValue) {
      case 'FIN-WAIT-1':
        if (finAcked) {
          this.setState('FIN-WAIT-2');
          this.stopRetransmit();
          // A peer that never closes its side must not hold the connection forever.
          this.timeWaitTimer = this.host.clock.setTimer(this.opts.finWait2Ms, () => this.closeNow());
        }
        break;
      case 'CLOSING':
        if (finAcked) this.enterTimeWait();
        break;
      case 'LAST-ACK':
        if (finAcked) this.closeNow();
        break;
      case 'TIME-WAIT':
        // A retransmitted FIN: acknowledged in receiveText, which restarts the timer.
        break;
    }
  }

  private newAck(ack: number): void {
    const acked = seqDiff(ack, this.sndUna);
    const flightBefore = seqDiff(this.sndMax, this.sndUna);
    this.takeRttSample(ack);
    this.sndUna = ack;
    if (seqLt(this.sndNxt, this.sndUna)) this.sndNxt = this.sndUna; // a probe byte was accepted
    const dataAcked = Math.min(Math.max(0, seqDiff(ack, this.queueStart)), this.queue.length);
    this.queue.drop(dataAcked);
    this.queueStart = seqAdd(this.queueStart, dataAcked);
    this.counters.bytesOut += dataAcked;
    this.host.counters.bytesOut += dataAcked;
    this.retries = 0;
    this.rto.acknowledged();

    if (this.recover !== undefined) {
      if (seqGe(ack, this.recover)) {
        // Full acknowledgement: leave fast recovery with a deflated window.
        this.cwnd = Math.min(this.ssthresh, Math.max(flightBefore - acked, 0) + this.sendMss);
        this.recover = undefined;
        this.dupAcks = 0;
      } else {
        // Partial acknowledgement: the next hole is lost too; resend it at once.
        this.retransmitFirst();
        this.cwnd = Math.max(this.sendMss, this.cwnd - acked + this.sendMss);
      }
    } else {
      this.dupAcks = 0;
      if (this.cwnd < this.ssthresh) this.cwnd += Math.min(acked, this.sendMss);
      else this.cwnd += Math.max(1, Math.floor((this.sendMss * this.sendMss) / this.cwnd));
    }

    if (seqLt(this.sndUna, this.sndMax)) this.armRetransmit(true);
    else this.stopRetransmit();
  }

  private duplicateAck(): void {
    this.counters.dupAcksIn++;
    this.host.counters.dupAcksIn++;
    this.dupAcks++;
    if (this.recover !== undefined) {
      this.cwnd += this.sendMss; // each dup ACK: a segment has left the network
      return;
    }
    if (this.dupAcks === 3) {
      const flight = seqDiff(this.sndMax, this.sndUna);
      this.ssthresh = Math.max(Math.floor(flight / 2), 2 * this.sendMss);
      this.recover = this.sndMax;
      this.counters.fastRetransmits++;
      this.host.counters.fastRetransmits++;
      this.retransmitFirst();
      this.cwnd = this.ssthresh + 3 * this.sendMss;
    }
  }

  private updateWindow(seg: TcpSegment): void {
    this.sndWnd = seg.window;
    this.sndWl1 = seg.seq;
    this.sndWl2 = seg.ack;
  }

  private takeRttSample(ack: number): void {
    if (this.timing && seqGe(ack, this.timing.end)) {
      this.rto.sample(this.host.clock.now() - this.timing.at);
      this.timing = undefined;
    }
  }

  /** Steps 7 and 8: in-order data to the application, the rest held; then the FIN. */
  private receiveText(seg: TcpSegment): void {
    const accepting = this.stateValue === 'ESTABLISHED' || this.stateValue === 'FIN-WAIT-1' || this.stateValue === 'FIN-WAIT-2';
    let data = seg.data;
    let seq = seg.seq;
    if (data.length && accepting) {
      if (seqLt(seq, this.rcvNxt)) {
        const skip = seqDiff(this.rcvNxt, seq);
        this.counters.duplicates++;
        this.host.counters.duplicates++;
        data = data.subarray(Math.min(skip, data.length));
        seq = this.rcvNxt;
      }
      const room = seqDiff(this.rcvEdge, seq);
      if (data.length > room) data = data.subarray(0, Math.max(0, room));
      if (seq === this.rcvNxt) {
        if (data.length) {
          this.rcvNxt = seqAdd(this.rcvNxt, data.length);
          this.deliver(data);
          for (const more of this.ooo.take(this.rcvNxt)) {
            this.rcvNxt = seqAdd(this.rcvNxt, more.length);
            this.deliver(more);
          }
          this.ackDue = true;
        }
      } else if (data.length) {
        this.counters.outOfOrder++;
        this.host.counters.outOfOrder++;
        this.ooo.insert(seq, data, this.rcvNxt, this.rcvEdge);
        this.sendAck(); // immediate duplicate ACK: lets the peer fast-retransmit the hole
      }
    }

    if (seg.flags & FIN && !this.peerFinished) this.peerFinSeq = seqAdd(seg.seq, seg.data.length);
    if (this.peerFinSeq !== undefined && !this.peerFinished && this.peerFinSeq === this.rcvNxt) this.takeFin();
  }

  private takeFin(): void {
    this.peerFinished = true;
    this.rcvNxt = seqAdd(this.rcvNxt, 1);
    this.ooo.clear();
    this.sendAck();
    switch (this.stateValue) {
      case 'SYN-RECEIVED':
      case 'ESTABLISHED':
        this.setState('CLOSE-WAIT');
        break;
      case 'FIN-WAIT-1':
        if (this.finSeq !== undefined && seqGt(this.sndUna, this.finSeq)) this.enterTimeWait();
        else this.setState('CLOSING');
        break;
      case 'FIN-WAIT-2':
        this.enterTimeWait();
        break;
    }
    if (!this.readPaused && this.unread.length === 0) this.deliverEnd();
  }

  private deliver(data: Uint8Array): void {
    this.counters.bytesIn += data.length;
    this.host.counters.bytesIn += data.length;
    const copy = data.slice();
    if (this.readPaused || this.unread.length) {
      this.unread.push(copy);
      this.unreadBytes += copy.length;
    } else {
      this.onData?.(copy);
    }
  }

  private endDelivered = false;
  private deliverEnd(): void {
    if (this.endDelivered) return;
    this.endDelivered = true;
    this.onEnd?.();
    // Both directions done: the application is finished with the connection.
    if (this.stateValue === 'TIME-WAIT') this.reportClose();
  }

  // ---- sending ---------------------------------------------------------------------------------

  private canSend(): boolean {
    return this.stateValue === 'SYN-SENT' || this.stateValue === 'SYN-RECEIVED' || this.stateValue === 'ESTABLISHED' || this.stateValue === 'CLOSE-WAIT';
  }

  private initialCwnd(): number {
    return this.opts.initialWindow * this.sendMss;
  }

  private establish(): void {
    this.stopRetransmit();
    this.retries = 0;
    this.rto.acknowledged();
    this.setState('ESTABLISHED');
    if (this.finSeq !== undefined) this.setState('FIN-WAIT-1');
    this.onConnect?.();
  }

  /** Our receive window: buffer space not taken by unread data, never moving the edge left. */
  private window(): number {
    const free = Math.max(0, Math.min(MAX_WINDOW, this.opts.rcvBuf - this.unreadBytes));
    const promised = seqDiff(this.rcvEdge, this.rcvNxt);
    return Math.max(free, promised);
  }

  private maybeWindowUpdate(before: number): void {
    const now = this.window();
    // Silly-window avoidance (RFC 1122 §4.2.3.3): announce only a worthwhile opening.
    if (now - before >= Math.min(this.opts.rcvBuf / 2, this.opts.mss) || (before === 0 && now > 0)) this.sendAck();
  }

  private sendSyn(withAck: boolean): void {
    this.sndNxt = seqAdd(this.iss, 1);
    if (seqLt(this.sndMax, this.sndNxt)) this.sndMax = this.sndNxt;
    const wnd = this.window();
    if (!this.timing && this.retries === 0) this.timing = { end: this.sndNxt, at: this.host.clock.now() };
    this.send({ seq: this.iss, ack: withAck ? this.rcvNxt : 0, flags: withAck ? SYN | ACK : SYN, mss: this.opts.mss, windowOverride: wnd });
    this.armRetransmit(false);
  }

  /**
   * The ACK that answers a segment we drop (out of the window, a challenged RST or SYN, an
   * ACK of unsent data). One carrying data or FIN is always answered: its sender is
   * retransmitting or probing a closed window and needs our ACK. Empty ones (and SYNs) are
   * answered at most once per invalidAckIntervalMs, which ends any ACK storm.
   */
  private ackUnacceptable(seg: TcpSegment): void {
    const carries = (seg.data.length > 0 || (seg.flags & FIN) !== 0) && !(seg.flags & SYN);
    if (!carries) {
      const now = this.host.clock.now();
      if (this.lastInvalidAckAt !== undefined && now - this.lastInvalidAckAt < this.opts.invalidAckIntervalMs) {
        this.counters.invalidAcksLimited++;
        this.host.counters.invalidAcksLimited++;
        return;
      }
      this.lastInvalidAckAt = now;
    }
    this.sendAck();
  }

  private sendAck(): void {
    this.send({ seq: this.sndNxt, ack: this.rcvNxt, flags: ACK });
  }

  /** Send whatever the windows allow, then the FIN when all data is out. */
  private output(): void {
    if (!this.synchronized()) return;
    for (;;) {
      const offset = seqDiff(this.sndNxt, this.queueStart);
      const unsent = this.queue.length - offset;
      const inFlight = seqDiff(this.sndNxt, this.sndUna);
      const usable = Math.min(this.sndWnd, this.cwnd) - inFlight;
      const finNow = this.finSeq !== undefined && this.sndNxt === this.finSeq;
      if (unsent > 0 && usable > 0) {
        const len = Math.min(this.sendMss, unsent, usable);
        this.emit(this.sndNxt, len, false);
        continue;
      }
      if (unsent <= 0 && finNow) {
        this.emit(this.sndNxt, 0, false);
        continue;
      }
      if (unsent > 0 && this.sndWnd === 0 && inFlight === 0) this.armPersist();
      break;
    }
  }

  /**
   * Send `len` data bytes from `seq` (plus the FIN if they reach it), advancing SND.NXT when
   * this is new. Retransmissions do not move SND.NXT.
   */
  private emit(seq: number, len: number, retransmission: boolean): void {
    const offset = seqDiff(seq, this.queueStart);
    const data = len > 0 ? this.queue.read(offset, len) : undefined;
    const end = seqAdd(seq, data ? data.length : 0);
    const fin = this.finSeq !== undefined && end === this.finSeq;
    let flags = ACK;
    if (fin) flags |= FIN;
    if (data && (fin || offset + data.length === this.queue.length)) flags |= PSH;
    const segEnd = seqAdd(end, fin ? 1 : 0);
    if (retransmission || seqLt(seq, this.sndMax)) {
      this.counters.retransmits++;
      this.host.counters.retransmits++;
      this.timing = undefined; // Karn: no sample from anything sent twice
    } else if (!this.timing) {
      this.timing = { end: segEnd, at: this.host.clock.now() };
    }
    this.send({ seq, ack: this.rcvNxt, flags, data });
    if (!retransmission) this.sndNxt = segEnd;
    if (seqGt(segEnd, this.sndMax)) this.sndMax = segEnd;
    this.armRetransmit(false);
  }

  /** Resend the oldest unacknowledged segment (fast retransmit, partial ACK). */
  private retransmitFirst(): void {
    const avail = seqDiff(seqAdd(this.queueStart, this.queue.length), this.sndUna);
    this.emit(this.sndUna, Math.min(this.sendMss, Math.max(0, avail)), true);
  }

  private send(s: { seq: number; ack: number; flags: number; data?: Uint8Array; mss?: number; windowOverride?: number }): void {
    const window = s.windowOverride ?? this.window();
    if (s.flags & ACK) {
      this.ackDue = false;
      this.rcvEdge = seqAdd(this.rcvNxt, window);
    }
    this.counters.segmentsOut++;
    this.host.counters.segmentsOut++;
    this.host.transmit(this, {
      srcPort: this.localPort,
      dstPort: this.remotePort,
      seq: s.seq,
      ack: s.flags & ACK ? s.ack : 0,
      flags: s.flags,
      window,
      mss: s.mss,
      data: s.data,
    });
  }

  private synchronized(): boolean {
    const s = this.stateValue;
    return s !== 'CLOSED' && s !== 'SYN-SENT' && s !== 'SYN-RECEIVED' && s !== 'TIME-WAIT';
  }

  // ---- timers ----------------------------------------------------------------------------------

  /** (Re)start the retransmission timer; `restart` moves a running one to now + RTO. */
  private armRetransmit(restart: boolean): void {
    if (this.rtxDeadline !== undefined && !restart) return;
    this.rtxDeadline = this.host.clock.now() + this.rto.rto;
    this.scheduleRtx();
  }

  private scheduleRtx(): void {
    if (this.rtxTimer || this.rtxDeadline === undefined) return;
    const wait = Math.max(0, this.rtxDeadline - this.host.clock.now());
    this.rtxTimer = this.host.clock.setTimer(wait, () => {
      this.rtxTimer = undefined;
      if (this.rtxDeadline === undefined) return;
      // A restart moved the deadline since this timer was set: wait the rest.
      if (this.host.clock.now() < this.rtxDeadline) return this.scheduleRtx();
      this.rtxDeadline = undefined;
      this.onRetransmitTimeout();
    });
  }

  private stopRetransmit(): void {
    this.rtxDeadline = undefined;
    this.rtxTimer?.cancel();
    this.rtxTimer = undefined;
  }

  private onRetransmitTimeout(): void {
    const s = this.stateValue;
    if (s === 'CLOSED' || s === 'TIME-WAIT') return;
    // Synchronized with nothing in flight: this was the persist timer (zero window).
    if (this.synchronized() && seqGe(this.sndUna, this.sndMax)) return this.probeZeroWindow();
    this.counters.timeouts++;
    this.host.counters.timeouts++;
    this.timing = undefined;
    if (s === 'SYN-SENT' || s === 'SYN-RECEIVED') {
      if (++this.retries > this.opts.synRetries) {
        return this.fail('ETIMEDOUT', `connection to ${formatIp4(this.remoteIp)}:${this.remotePort} timed out (no answer to ${this.opts.synRetries + 1} SYNs)`, false);
      }
      this.rto.expired();
      this.counters.retransmits++;
      this.host.counters.retransmits++;
      return this.sendSyn(s === 'SYN-RECEIVED');
    }
    // A peer that answers with a zero window (it shrank it under data in flight) is alive:
    // keep retransmitting (probing) without counting towards giving up.
    if (this.sndWnd > 0 && ++this.retries > this.opts.maxRetries) {
      return this.fail('ETIMEDOUT', `connection to ${formatIp4(this.remoteIp)}:${this.remotePort} timed out (${this.opts.maxRetries} retransmissions unanswered)`, false);
    }
    // RFC 5681 §3.1 (equation 4) and go-back-N from the oldest unacknowledged byte.
    const flight = seqDiff(this.sndMax, this.sndUna);
    this.ssthresh = Math.max(Math.floor(flight / 2), 2 * this.sendMss);
    this.cwnd = this.sendMss;
    this.recover = undefined;
    this.dupAcks = 0;
    this.rto.expired();
    this.sndNxt = this.sndUna;
    const avail = seqDiff(seqAdd(this.queueStart, this.queue.length), this.sndUna);
    this.emit(this.sndUna, Math.min(this.sendMss, Math.max(0, avail)), false);
    this.armRetransmit(true);
    this.output();
  }

  private armPersist(): void {
    if (this.rtxDeadline !== undefined) return;
    const wait = Math.min(this.opts.persistMaxMs, this.rto.rto * 2 ** this.persistBackoff);
    this.rtxDeadline = this.host.clock.now() + wait;
    this.scheduleRtx();
  }

  /**
   * Probe a closed window with an ACK whose sequence number is just below SND.UNA: outside
   * the peer's window, so it is never accepted as data, and the peer must answer with an
   * ACK that carries its current window.
   */
  private probeZeroWindow(): void {
    const offset = seqDiff(this.sndNxt, this.queueStart);
    if (this.sndWnd > 0 || offset >= this.queue.length) return this.output();
    this.counters.zeroWindowProbes++;
    this.host.counters.zeroWindowProbes++;
    this.send({ seq: seqAdd(this.sndUna, -1), ack: this.rcvNxt, flags: ACK });
    this.persistBackoff++;
    this.armPersist();
  }

  private enterTimeWait(): void {
    this.setState('TIME-WAIT');
    this.stopRetransmit();
    this.timeWaitTimer?.cancel();
    this.timeWaitTimer = this.host.clock.setTimer(this.opts.timeWaitMs, () => this.closeNow());
    if (this.endDelivered) this.reportClose();
  }

  // ---- the end ---------------------------------------------------------------------------------

  private fail(code: TcpErrorCode, message: string, sendRst: boolean): void {
    if (sendRst) this.send({ seq: this.sndNxt, ack: this.rcvNxt, flags: RST | ACK });
    this.teardown();
    this.reportClose(code === 'ECONNABORTED' ? undefined : new TcpError(code, message));
  }

  private closeNow(): void {
    this.teardown();
    this.reportClose();
  }

  private teardown(): void {
    this.stopRetransmit();
    this.timeWaitTimer?.cancel();
    this.timeWaitTimer = undefined;
    this.queue.clear();
    this.ooo.clear();
    this.setState('CLOSED');
    this.host.release(this);
  }

  private reportClose(err?: TcpError): void {
    if (this.closeReported) return;
    this.closeReported = true;
    this.onClose?.(err);
  }

  private setState(s: TcpState): void {
    this.stateValue = s;
  }
}
