// The TCP state machine one segment at a time, against a scripted peer on a virtual clock:
// handshake and MSS, windows, retransmission and RTO, fast retransmit, out-of-order and
// duplicate segments, FIN and RST in every state, TIME-WAIT, zero windows.
import { describe, expect, it } from 'vitest';
import { settle, VirtualClock } from '../clock.ts';
import { parseIp4 } from '../ipv4-address.ts';
import { HostStack } from '../stack.ts';
import { VirtualSwitch } from '../switch.ts';
import { ScriptedPeer } from '../test-support/peer.ts';
import { seededRandom } from '../test-support/random.ts';
import type { TcpOptions } from './connection.ts';
import { TcpConnection } from './connection.ts';
import { TcpError } from './errors.ts';
import { ACK, FIN, PSH, RST, SYN } from './segment.ts';
import { seqAdd } from './seq.ts';

const HOST_IP = parseIp4('10.0.0.1')!;
const PEER_IP = parseIp4('10.0.0.2')!;
const HOST_MAC = new Uint8Array([2, 0, 0, 0, 0, 1]);
const PEER_MAC = new Uint8Array([2, 0, 0, 0, 0, 2]);
const PEER_ISS = 0xfffff000; // close to the wrap: sequence arithmetic is exercised everywhere

interface Rig {
  clock: VirtualClock;
  host: HostStack;
  peer: ScriptedPeer;
}

function rig(tcp: Partial<TcpOptions> = {}): Rig {
  const clock = new VirtualClock();
  const sw = new VirtualSwitch({ clock });
  const host = new HostStack(sw.attach('host'), { mac: HOST_MAC, ip: HOST_IP, clock, random: seededRandom(7), tcp });
  const peer = new ScriptedPeer(sw, PEER_MAC, PEER_IP, HOST_IP);
  return { clock, host, peer };
}

interface Open {
  conn: TcpConnection;
  /** Our port (the host's), and the next sequence numbers of each side. */
  port: number;
  hostNxt: number;
  peerNxt: number;
  data: Uint8Array[];
  ended: boolean;
  closed: { err?: TcpError } | undefined;
}

function watch(conn: TcpConnection): Pick<Open, 'data' | 'ended' | 'closed'> {
  const o: Pick<Open, 'data' | 'ended' | 'closed'> = { data: [], ended: false, closed: undefined };
  conn.onData = (d) => o.data.push(d);
  conn.onEnd = () => (o.ended = true);
  conn.onClose = (err) => (o.closed = { err });
  return o;
}

async function establish(r: Rig, peerMss = 1000, window = 65535): Promise<Open> {
  const conn = r.host.connect(PEER_IP, 80);
  const w = watch(conn);
  await settle();
  const syn = r.peer.next();
  expect(syn.flags).toBe(SYN);
  expect(syn.mss).toBe(1460);
  expect(syn.dstPort).toBe(80);
  r.peer.send({ srcPort: 80, dstPort: syn.srcPort, seq: PEER_ISS, ack: seqAdd(syn.seq, 1), flags: SYN | ACK, mss: peerMss, window });
  await settle();
  const ack = r.peer.next();
  expect(ack.flags).toBe(ACK);
  expect(ack.seq).toBe(seqAdd(syn.seq, 1));
  expect(ack.ack).toBe(seqAdd(PEER_ISS, 1));
  expect(conn.state).toBe('ESTABLISHED');
  const o = Object.assign(w, { conn, port: syn.srcPort, hostNxt: seqAdd(syn.seq, 1), peerNxt: seqAdd(PEER_ISS, 1) });
  return o;
}

const bytes = (n: number, base = 0) => Uint8Array.from({ length: n }, (_, i) => (base + i) & 0xff);
const concat = (chunks: Uint8Array[]) => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) out.set(c, (o += c.length) - c.length);
  return out;
};

describe('handshake', () => {
  it('sends SYN with MSS, completes on SYN-ACK and segments by the peer MSS', async () => {
    const r = rig();
    const o = await establish(r, 1000);
    let connected = false;
    o.conn.onConnect = () => (connected = true);
    o.conn.write(bytes(2500));
    await settle();
    const segs = [r.peer.next(), r.peer.next(), r.peer.next()];
    expect(segs.map((s) => s.data.length)).toEqual([1000, 1000, 500]);
    expect(segs.map((s) => s.seq)).toEqual([o.hostNxt, seqAdd(o.hostNxt, 1000), seqAdd(o.hostNxt, 2000)]);
    expect(segs[2].flags).toBe(ACK | PSH);
    expect(connected).toBe(false); // it was already connected when the callback was set
  });

  it('assumes an MSS of 536 when the SYN-ACK has none', async () => {
    const r = rig();
    const conn = r.host.connect(PEER_IP, 80);
    await settle();
    const syn = r.peer.next();
    r.peer.send({ srcPort: 80, dstPort: syn.srcPort, seq: 100, ack: seqAdd(syn.seq, 1), flags: SYN | ACK });
    await settle();
    r.peer.next();
    conn.write(bytes(600));
    await settle();
    expect(r.peer.next().data.length).toBe(536);
  });

  it('retransmits the SYN with back-off, then fails with ETIMEDOUT', async () => {
    const r = rig({ synRetries: 2 });
    const conn = r.host.connect(PEER_IP, 80);
    const w = watch(conn);
    await settle();
    expect(r.peer.next().flags).toBe(SYN);
    await r.clock.advance(999);
    expect(r.peer.received).toHaveLength(0);
    await r.clock.advance(1);
    expect(r.peer.next().flags).toBe(SYN); // after 1 s
    await r.clock.advance(2000);
    expect(r.peer.next().flags).toBe(SYN); // after 2 s more
    await r.clock.advance(4000);
    expect(w.closed?.err?.code).toBe('ETIMEDOUT');
    expect(conn.state).toBe('CLOSED');
    expect(r.host.connectionCount).toBe(0);
  });

  it('fails with EHOSTUNREACH when nobody answers ARP', async () => {
    const r = rig();
    r.peer.answerArp = false;
    const w = watch(r.host.connect(PEER_IP, 80));
    await r.clock.advance(3000);
    expect(r.peer.arpRequests).toBe(3);
    expect(w.closed?.err?.code).toBe('EHOSTUNREACH');
    expect(w.closed?.err?.message).toMatch(/no ARP reply from 10\.0\.0\.2/);
  });

  it('RST+ACK to the SYN is connection refused; a RST without an acceptable ACK is ignored', async () => {
    const r = rig();
    const conn = r.host.connect(PEER_IP, 80);
    const w = watch(conn);
    await settle();
    const syn = r.peer.next();
    r.peer.send({ srcPort: 80, dstPort: syn.srcPort, seq: 0, ack: seqAdd(syn.seq, 5), flags: RST | ACK });
    await settle();
    expect(conn.state).toBe('SYN-SENT');
    r.peer.send({ srcPort: 80, dstPort: syn.srcPort, seq: 0, ack: seqAdd(syn.seq, 1), flags: RST | ACK });
    await settle();
    expect(w.closed?.err?.code).toBe('ECONNREFUSED');
    expect(w.closed?.err?.message).toBe('connection refused by 10.0.0.2:80 (RST)');
  });

  it('answers a SYN-ACK with a bad ACK with RST and keeps waiting', async () => {
    const r = rig();
    const conn = r.host.connect(PEER_IP, 80);
    await settle();
    const syn = r.peer.next();
    r.peer.send({ srcPort: 80, dstPort: syn.srcPort, seq: 1, ack: seqAdd(syn.seq, 7), flags: SYN | ACK });
    await settle();
    const rst = r.peer.next();
    expect(rst.flags).toBe(RST);
    expect(rst.seq).toBe(seqAdd(syn.seq, 7));
    expect(conn.state).toBe('SYN-SENT');
  });

  it('simultaneous open: SYN in SYN-SENT answers SYN-ACK, then establishes', async () => {
    const r = rig();
    const conn = r.host.connect(PEER_IP, 80);
    await settle();
    const syn = r.peer.next();
    r.peer.send({ srcPort: 80, dstPort: syn.srcPort, seq: 500, flags: SYN, mss: 1200 });
    await settle();
    const synAck = r.peer.next();
    expect(synAck.flags).toBe(SYN | ACK);
    expect(synAck.seq).toBe(syn.seq);
    expect(synAck.ack).toBe(501);
    expect(conn.state).toBe('SYN-RECEIVED');
    r.peer.send({ srcPort: 80, dstPort: syn.srcPort, seq: 501, ack: seqAdd(syn.seq, 1), flags: ACK });
    await settle();
    expect(conn.state).toBe('ESTABLISHED');
  });
});

describe('sending', () => {
  it('keeps unacknowledged data until ACKed and reports drain', async () => {
    const r = rig({ sndBuf: 3000 });
    const o = await establish(r);
    expect(o.conn.write(bytes(4000))).toBe(false);
    let drained = 0;
    o.conn.onDrain = () => drained++;
    await settle();
    expect(r.peer.received).toHaveLength(4);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: seqAdd(o.hostNxt, 2000), flags: ACK });
    await settle();
    expect(o.conn.queued).toBe(2000);
    expect(drained).toBe(1);
  });

  it('onDrain runs after the window of the draining ACK is taken (regression)', async () => {
    const r = rig({ sndBuf: 1000 });
    const o = await establish(r);
    expect(o.conn.write(bytes(1000))).toBe(false);
    o.conn.onDrain = () => o.conn.write(bytes(1000));
    await settle();
    r.peer.received.length = 0;
    // The ACK that drains the queue also closes the window: nothing more may leave.
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: seqAdd(o.hostNxt, 1000), flags: ACK, window: 0 });
    await settle();
    expect(r.peer.received).toHaveLength(0);
    expect(o.conn.queued).toBe(1000);
  });

  it('respects the peer window and the congestion window', async () => {
    const r = rig();
    const o = await establish(r, 1000, 2500);
    o.conn.write(bytes(20_000));
    await settle();
    expect(r.peer.received.map((s) => s.data.length)).toEqual([1000, 1000, 500]);
    r.peer.received.length = 0;
    // Window opens wide: the initial congestion window (10 segments) bounds the flight.
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: seqAdd(o.hostNxt, 2500), flags: ACK, window: 60000 });
    await settle();
    const sent = r.peer.received.reduce((n, s) => n + s.data.length, 0);
    expect(sent).toBeLessThanOrEqual(10 * 1000 + 1000); // cwnd grew by one MSS for the ACK
    expect(sent).toBeGreaterThan(8000);
  });

  it('retransmits on timeout with exponential back-off, and gives up after maxRetries', async () => {
    const r = rig({ maxRetries: 3 });
    const o = await establish(r);
    o.conn.write(bytes(100));
    await settle();
    const first = r.peer.next();
    // The handshake gave a 0 ms RTT sample: RTO is at its 200 ms floor.
    expect(o.conn.timers.rto).toBe(200);
    const times: number[] = [];
    for (let t = 0; t < 3000; t += 10) {
      await r.clock.advance(10);
      while (r.peer.received.length) {
        const s = r.peer.next();
        expect(s.seq).toBe(first.seq);
        expect(s.data).toEqual(first.data);
        times.push(r.clock.now());
      }
    }
    const t0 = times[0] - 200;
    expect(times.map((t) => t - t0)).toEqual([200, 600, 1400]);
    expect(o.closed?.err?.code).toBe('ETIMEDOUT');
    expect(r.host.counters.tcp.timeouts).toBe(4);
  });

  it('estimates RTT and RTO from samples (RFC 6298)', async () => {
    const r = rig();
    const o = await establish(r);
    let acked = o.hostNxt;
    for (const delay of [100, 100, 100, 200]) {
      o.conn.write(bytes(10));
      await settle();
      r.peer.next();
      await r.clock.advance(delay);
      acked = seqAdd(acked, 10);
      r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: acked, flags: ACK });
      await settle();
    }
    // Samples 0 (handshake), 100, 100, 100, 200 ms: srtt 0 -> 12.5 -> 23.44 -> 33.01 -> 53.88,
    // rttvar 0 -> 25 -> 40.63 -> 49.61 -> 78.96; RTO = srtt + 4 * rttvar.
    const t = o.conn.timers;
    expect(t.srtt).toBeCloseTo(53.882, 2);
    expect(t.rto).toBeCloseTo(369.702, 2);
  });

  it('fast-retransmits after three duplicate ACKs, without waiting for the timer', async () => {
    const r = rig();
    const o = await establish(r);
    o.conn.write(bytes(6000));
    await settle();
    const segs = r.peer.received.splice(0);
    expect(segs).toHaveLength(6);
    // Segment 2 is lost: segments 1, 3, 4, 5 arrive; the peer ACKs 1 and duplicates it three times.
    const ack1 = seqAdd(o.hostNxt, 1000);
    for (let i = 0; i < 4; i++) r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: ack1, flags: ACK });
    await settle();
    const re = r.peer.received.splice(0);
    expect(re[0].seq).toBe(ack1);
    expect(re[0].data.length).toBe(1000);
    expect(r.host.counters.tcp.fastRetransmits).toBe(1);
    expect(r.host.counters.tcp.timeouts).toBe(0);
    // A partial ACK (up to segment 4) makes it resend segment 5 at once (NewReno).
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: seqAdd(o.hostNxt, 4000), flags: ACK });
    await settle();
    expect(r.peer.received.some((s) => s.seq === seqAdd(o.hostNxt, 4000))).toBe(true);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: seqAdd(o.hostNxt, 6000), flags: ACK });
    await settle();
    expect(o.conn.queued).toBe(0);
  });

  it('answers an ACK for data never sent with an ACK and ignores it', async () => {
    const r = rig();
    const o = await establish(r);
    o.conn.write(bytes(10));
    await settle();
    r.peer.next();
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: seqAdd(o.hostNxt, 5000), flags: ACK });
    await settle();
    const a = r.peer.next();
    expect(a.flags).toBe(ACK);
    expect(a.seq).toBe(seqAdd(o.hostNxt, 10));
    expect(o.conn.queued).toBe(10);
  });

  it('probes a zero window without sending data into it, and resumes when it opens', async () => {
    const r = rig();
    const o = await establish(r, 1000, 0);
    o.conn.write(bytes(3000));
    await settle();
    expect(r.peer.received).toHaveLength(0);
    await r.clock.advance(200);
    const probe = r.peer.next();
    expect(probe.data.length).toBe(0);
    expect(probe.seq).toBe(seqAdd(o.hostNxt, -1));
    await r.clock.advance(400);
    expect(r.peer.next().seq).toBe(seqAdd(o.hostNxt, -1)); // backed off: 200, then 400
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: o.hostNxt, flags: ACK, window: 2000 });
    await settle();
    expect(r.peer.received.map((s) => s.data.length)).toEqual([1000, 1000]);
    expect(r.host.counters.tcp.zeroWindowProbes).toBe(2);
    expect(o.closed).toBeUndefined();
  });
});

describe('receiving', () => {
  it('delivers in order, holds out-of-order data with an immediate duplicate ACK', async () => {
    const r = rig();
    const o = await establish(r);
    const a = bytes(100, 0);
    const b = bytes(100, 100);
    const c = bytes(100, 200);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 200), ack: o.hostNxt, flags: ACK, data: c });
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 100), ack: o.hostNxt, flags: ACK, data: b });
    await settle();
    expect(o.data).toHaveLength(0);
    const dups = r.peer.received.splice(0);
    expect(dups.map((s) => s.ack)).toEqual([o.peerNxt, o.peerNxt]);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: o.hostNxt, flags: ACK, data: a });
    await settle();
    expect(concat(o.data)).toEqual(bytes(300));
    const ack = r.peer.next();
    expect(ack.ack).toBe(seqAdd(o.peerNxt, 300));
    expect(r.peer.received).toHaveLength(0); // one ACK for the batch
    expect(r.host.counters.tcp.outOfOrder).toBe(2);
  });

  it('delivers duplicated and overlapping data once, and re-ACKs old segments', async () => {
    const r = rig();
    const o = await establish(r);
    const all = bytes(300);
    const seg = (from: number, to: number) =>
      r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, from), ack: o.hostNxt, flags: ACK, data: all.subarray(from, to) });
    seg(0, 100);
    seg(0, 100);
    seg(50, 150);
    seg(200, 300);
    seg(120, 250);
    await settle();
    expect(concat(o.data)).toEqual(all);
    r.peer.received.length = 0;
    seg(0, 100); // entirely old
    await settle();
    expect(r.peer.next().ack).toBe(seqAdd(o.peerNxt, 300));
  });

  it('trims data beyond the advertised window', async () => {
    const r = rig({ rcvBuf: 1000 });
    const o = await establish(r);
    o.conn.pauseReading();
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: o.hostNxt, flags: ACK, data: bytes(1500) });
    await settle();
    const a = r.peer.next();
    expect(a.ack).toBe(seqAdd(o.peerNxt, 1000));
    expect(a.window).toBe(0);
    o.conn.resumeReading();
    expect(concat(o.data)).toEqual(bytes(1000));
    await settle();
    const update = r.peer.next();
    expect(update.window).toBe(1000);
  });

  it('a closed window still takes ACKs', async () => {
    const r = rig({ rcvBuf: 100 });
    const o = await establish(r);
    o.conn.pauseReading();
    o.conn.write(bytes(10));
    await settle();
    r.peer.received.length = 0;
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: o.hostNxt, flags: ACK, data: bytes(100) });
    await settle();
    expect(r.peer.next().window).toBe(0);
    // More data (unacceptable) carrying the ACK of our 10 bytes.
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 100), ack: seqAdd(o.hostNxt, 10), flags: ACK, data: bytes(5) });
    await settle();
    expect(o.conn.queued).toBe(0);
  });
});

describe('RST and SYN on an open connection (RFC 5961)', () => {
  // Found by the checksum-valid fuzz (src/net/fuzz.test.ts): two ends that disagree about the
  // sequence space answered each other's empty ACKs forever and hung the network.
  it('answers empty unacceptable segments at most once per 500 ms (no ACK storm), data always', async () => {
    const r = rig();
    const o = await establish(r);
    const outOfWindow = seqAdd(o.peerNxt, 200_000);
    for (let i = 0; i < 50; i++) r.peer.send({ srcPort: 80, dstPort: o.port, seq: outOfWindow, ack: o.hostNxt, flags: ACK });
    await settle();
    expect(r.peer.received.map((s) => [s.flags, s.ack])).toEqual([[ACK, o.peerNxt]]);
    expect(r.host.counters.tcp.invalidAcksLimited).toBe(49);
    r.peer.received.length = 0;
    // The same holds for challenge ACKs (a SYN, a RST in the window, an ACK of unsent data).
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 5), flags: SYN });
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 10), flags: RST });
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: seqAdd(o.hostNxt, 5000), flags: ACK });
    await settle();
    expect(r.peer.received).toHaveLength(0);
    await r.clock.advance(500);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: outOfWindow, ack: o.hostNxt, flags: ACK });
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: outOfWindow, ack: o.hostNxt, flags: ACK });
    await settle();
    expect(r.peer.received).toHaveLength(1);
    r.peer.received.length = 0;
    // Old data (a retransmission whose ACK was lost) is answered every time.
    for (let i = 0; i < 5; i++) r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, -100), ack: o.hostNxt, flags: ACK, data: bytes(10) });
    await settle();
    expect(r.peer.received.map((s) => s.ack)).toEqual(Array(5).fill(o.peerNxt));
    expect(o.conn.state).toBe('ESTABLISHED');
  });

  it('resets on RST at RCV.NXT, challenges a RST elsewhere in the window', async () => {
    const r = rig();
    const o = await establish(r);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 10), flags: RST });
    await settle();
    expect(o.conn.state).toBe('ESTABLISHED');
    expect(r.peer.next().ack).toBe(o.peerNxt); // challenge ACK
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 100_000), flags: RST });
    await settle();
    expect(r.peer.received).toHaveLength(0); // outside the window: silently dropped
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, flags: RST });
    await settle();
    expect(o.closed?.err?.code).toBe('ECONNRESET');
    expect(r.host.connectionCount).toBe(0);
  });

  it('answers a SYN on an open connection with a challenge ACK', async () => {
    const r = rig();
    const o = await establish(r);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 5), flags: SYN });
    await settle();
    expect(r.peer.next().flags).toBe(ACK);
    expect(o.conn.state).toBe('ESTABLISHED');
  });

  it.each(['FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSE-WAIT'] as const)('RST in %s is a reset', async (state) => {
    const r = rig();
    const o = await establish(r);
    let peerNxt = o.peerNxt;
    if (state === 'CLOSE-WAIT') {
      r.peer.send({ srcPort: 80, dstPort: o.port, seq: peerNxt, ack: o.hostNxt, flags: FIN | ACK });
      peerNxt = seqAdd(peerNxt, 1);
    } else {
      o.conn.end();
      if (state === 'FIN-WAIT-2') {
        await settle();
        r.peer.send({ srcPort: 80, dstPort: o.port, seq: peerNxt, ack: seqAdd(o.hostNxt, 1), flags: ACK });
      }
    }
    await settle();
    expect(o.conn.state).toBe(state);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: peerNxt, flags: RST });
    await settle();
    expect(o.closed?.err?.code).toBe('ECONNRESET');
  });

  it.each(['CLOSING', 'LAST-ACK', 'TIME-WAIT'] as const)('RST in %s just closes', async (state) => {
    const r = rig();
    const o = await establish(r);
    const hostFin = o.hostNxt;
    if (state === 'LAST-ACK') {
      r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: o.hostNxt, flags: FIN | ACK });
      await settle();
      o.conn.end();
    } else {
      o.conn.end();
      await settle();
      // CLOSING: their FIN crosses ours; TIME-WAIT: their FIN acknowledges ours.
      const ack = state === 'CLOSING' ? o.hostNxt : seqAdd(hostFin, 1);
      r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack, flags: FIN | ACK });
    }
    await settle();
    expect(o.conn.state).toBe(state);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 1), flags: RST });
    await settle();
    expect(o.conn.state).toBe('CLOSED');
    expect(o.closed?.err).toBeUndefined();
  });

  it('answers segments for no connection with RST', async () => {
    const r = rig();
    await establish(r);
    r.peer.send({ srcPort: 80, dstPort: 12345, seq: 1000, ack: 77, flags: ACK, data: bytes(3) });
    r.peer.send({ srcPort: 80, dstPort: 12346, seq: 1000, flags: SYN });
    r.peer.send({ srcPort: 80, dstPort: 12347, seq: 1000, flags: RST });
    await settle();
    const [a, b] = r.peer.received.splice(0);
    expect([a.flags, a.seq]).toEqual([RST, 77]);
    expect([b.flags, b.ack]).toEqual([RST | ACK, 1001]);
    expect(r.peer.received).toHaveLength(0);
    expect(r.host.counters.dropped['tcp:no-connection']).toBe(3);
  });
});

describe('closing', () => {
  it('peer closes first: CLOSE-WAIT, then LAST-ACK, then CLOSED', async () => {
    const r = rig();
    const o = await establish(r);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: o.hostNxt, flags: FIN | ACK, data: bytes(5) });
    await settle();
    expect(o.ended).toBe(true);
    expect(concat(o.data)).toEqual(bytes(5));
    expect(r.peer.next().ack).toBe(seqAdd(o.peerNxt, 6));
    expect(o.conn.state).toBe('CLOSE-WAIT');
    o.conn.write(bytes(3)); // still allowed in CLOSE-WAIT
    o.conn.end();
    await settle();
    const data = r.peer.next();
    expect(data.flags).toBe(ACK | PSH);
    expect(data.data.length).toBe(3);
    const fin = r.peer.next();
    expect(fin.flags).toBe(FIN | ACK);
    expect(fin.seq).toBe(seqAdd(o.hostNxt, 3));
    expect(o.conn.state).toBe('LAST-ACK');
    expect(o.closed).toBeUndefined();
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 6), ack: seqAdd(o.hostNxt, 4), flags: ACK });
    await settle();
    expect(o.conn.state).toBe('CLOSED');
    expect(o.closed).toEqual({ err: undefined });
  });

  it('we close first: FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT for 2*MSL', async () => {
    const r = rig({ timeWaitMs: 1000 });
    const o = await establish(r);
    o.conn.end();
    await settle();
    expect(r.peer.next().flags).toBe(FIN | ACK);
    expect(o.conn.state).toBe('FIN-WAIT-1');
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: seqAdd(o.hostNxt, 1), flags: ACK });
    await settle();
    expect(o.conn.state).toBe('FIN-WAIT-2');
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: seqAdd(o.hostNxt, 1), flags: ACK, data: bytes(4) });
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 4), ack: seqAdd(o.hostNxt, 1), flags: FIN | ACK });
    await settle();
    expect(concat(o.data)).toEqual(bytes(4)); // data in FIN-WAIT-2 is delivered
    expect(o.conn.state).toBe('TIME-WAIT');
    expect(o.closed).toEqual({ err: undefined });
    expect(r.host.connectionCount).toBe(1);
    r.peer.received.length = 0;
    await r.clock.advance(600);
    // Their FIN again (our ACK was lost): ACKed, and 2*MSL starts over.
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 4), ack: seqAdd(o.hostNxt, 1), flags: FIN | ACK });
    await settle();
    expect(r.peer.next().ack).toBe(seqAdd(o.peerNxt, 5));
    await r.clock.advance(600);
    expect(o.conn.state).toBe('TIME-WAIT');
    await r.clock.advance(400);
    expect(o.conn.state).toBe('CLOSED');
    expect(r.host.connectionCount).toBe(0);
  });

  it('simultaneous close: CLOSING, then TIME-WAIT', async () => {
    const r = rig();
    const o = await establish(r);
    o.conn.end();
    await settle();
    r.peer.next();
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: o.hostNxt, flags: FIN | ACK });
    await settle();
    expect(o.conn.state).toBe('CLOSING');
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 1), ack: seqAdd(o.hostNxt, 1), flags: ACK });
    await settle();
    expect(o.conn.state).toBe('TIME-WAIT');
  });

  it('takes a FIN that arrives before the data in front of it once the hole fills', async () => {
    const r = rig();
    const o = await establish(r);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: seqAdd(o.peerNxt, 10), ack: o.hostNxt, flags: FIN | ACK, data: bytes(10, 10) });
    await settle();
    expect(o.ended).toBe(false);
    r.peer.send({ srcPort: 80, dstPort: o.port, seq: o.peerNxt, ack: o.hostNxt, flags: ACK, data: bytes(10) });
    await settle();
    expect(concat(o.data)).toEqual(bytes(20));
    expect(o.ended).toBe(true);
    expect(o.conn.state).toBe('CLOSE-WAIT');
  });

  it('retransmits a lost FIN', async () => {
    const r = rig();
    const o = await establish(r);
    o.conn.end();
    await settle();
    const fin = r.peer.next();
    await r.clock.advance(200);
    const again = r.peer.next();
    expect([again.flags, again.seq]).toEqual([fin.flags, fin.seq]);
  });

  it('abort sends RST and reports no error', async () => {
    const r = rig();
    const o = await establish(r);
    o.conn.abort();
    await settle();
    const rst = r.peer.next();
    expect(rst.flags).toBe(RST | ACK);
    expect(rst.seq).toBe(o.hostNxt);
    expect(o.closed).toEqual({ err: undefined });
  });

  it('a machine going away fails its connections at once', async () => {
    const r = rig();
    const o = await establish(r);
    r.host.peerDown(PEER_IP, "machine 'http' stopped");
    expect(o.closed?.err?.code).toBe('ENETDOWN');
    expect(o.closed?.err?.message).toBe("machine 'http' stopped");
  });
});
