// Whole transfers between two host stacks (one listening) through a switch that loses,
// duplicates and reorders frames: every byte arrives once and in order, in both directions,
// on several connections at once. Time is virtual: the test runs the protocol's timeline,
// not the host's speed.
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../clock.ts';
import { parseIp4 } from '../ipv4-address.ts';
import { HostStack } from '../stack.ts';
import { VirtualSwitch } from '../switch.ts';
import { impairment, ImpairmentSpec } from '../test-support/impair.ts';
import { fnv1a, randomBytes, seededRandom } from '../test-support/random.ts';
import type { TcpConnection } from './connection.ts';

const A_IP = parseIp4('10.0.0.1')!;
const B_IP = parseIp4('10.0.0.2')!;

interface Result {
  sentByClient: number;
  receivedByServer: number;
  sentByServer: number;
  receivedByClient: number;
  clientClosed: boolean;
  serverClosed: boolean;
  errors: string[];
}

/**
 * `n` connections; on each, the client sends `up` bytes and half-closes, the server answers
 * with `down` bytes and closes. Checksums of what each side received are compared with what
 * the other sent.
 */
async function run(spec: ImpairmentSpec, opts: { n: number; up: number; down: number; seed: number; limitMs?: number }) {
  const clock = new VirtualClock();
  const sw = new VirtualSwitch({ clock });
  const rand = seededRandom(opts.seed);
  const imp = impairment(clock, rand, spec);
  sw.setImpairment(imp.fn);
  const a = new HostStack(sw.attach('a'), { mac: new Uint8Array([2, 0, 0, 0, 0, 1]), ip: A_IP, clock, random: seededRandom(opts.seed + 1) });
  const b = new HostStack(sw.attach('b'), { mac: new Uint8Array([2, 0, 0, 0, 0, 2]), ip: B_IP, clock, random: seededRandom(opts.seed + 2) });

  const results: Result[] = [];
  const expected: Array<{ up: number; down: number }> = [];
  b.listen(80, (conn) => {
    const got: Uint8Array[] = [];
    const i = results.length;
    const r: Result = { sentByClient: 0, receivedByServer: 0, sentByServer: 0, receivedByClient: 0, clientClosed: false, serverClosed: false, errors: [] };
    results.push(r);
    conn.onData = (d) => got.push(d);
    conn.onEnd = () => {
      r.receivedByServer = fnv1a(got);
      const reply = randomBytes(seededRandom(1000 + i), opts.down);
      r.sentByServer = fnv1a([reply]);
      writeAll(conn, reply, () => conn.end());
    };
    conn.onClose = (err) => {
      r.serverClosed = true;
      if (err) r.errors.push(`server: ${err.message}`);
    };
  });
  const clients: Array<{ got: Uint8Array[]; done: boolean; err?: string; sent: number }> = [];
  for (let i = 0; i < opts.n; i++) {
    const conn = a.connect(B_IP, 80);
    const c = { got: [] as Uint8Array[], done: false, err: undefined as string | undefined, sent: 0 };
    clients.push(c);
    const body = randomBytes(seededRandom(2000 + i), opts.up);
    c.sent = fnv1a([body]);
    conn.onConnect = () => writeAll(conn, body, () => conn.end());
    conn.onData = (d) => c.got.push(d);
    conn.onClose = (err) => {
      c.done = true;
      if (err) c.err = err.message;
    };
    expected.push({ up: opts.up, down: opts.down });
  }
  const limit = opts.limitMs ?? 600_000;
  while (clock.now() < limit && !(clients.every((c) => c.done) && results.length === opts.n && results.every((r) => r.serverClosed))) {
    await clock.advance(10);
  }
  if (process.env.NET_DEBUG) console.log(JSON.stringify({ t: clock.now(), imp: imp.stats, a: a.counters.tcp, b: b.counters.tcp }));
  return { clients, results, a, b, imp, clock };
}

/** Write `data` in 16 KiB pieces, respecting back-pressure, then call `then`. */
function writeAll(conn: TcpConnection, data: Uint8Array, then: () => void): void {
  let off = 0;
  const pump = () => {
    while (off < data.length) {
      const piece = data.subarray(off, off + 16384);
      off += piece.length;
      if (!conn.write(piece)) return;
    }
    conn.onDrain = null;
    then();
  };
  conn.onDrain = pump;
  pump();
}

function check(r: Awaited<ReturnType<typeof run>>, n: number) {
  expect(r.clients.map((c) => c.err ?? 'ok')).toEqual(Array(n).fill('ok'));
  expect(r.results.flatMap((x) => x.errors)).toEqual([]);
  expect(r.results).toHaveLength(n);
  const serverGot = new Set(r.results.map((x) => x.receivedByServer));
  for (const c of r.clients) expect(serverGot.has(c.sent)).toBe(true);
  const serverSent = new Set(r.results.map((x) => x.sentByServer));
  for (const c of r.clients) expect(serverSent.has(fnv1a(c.got))).toBe(true);
  expect(r.a.counters.internalErrors + r.b.counters.internalErrors).toBe(0);
}

const MiB = 1 << 20;

describe('TCP transfers through an impaired switch', () => {
  it('clean wire: 1 MiB each way', async () => {
    const r = await run({}, { n: 1, up: MiB, down: MiB, seed: 1 });
    check(r, 1);
    expect(r.a.counters.tcp.retransmits + r.b.counters.tcp.retransmits).toBe(0);
  });

  it('3% loss: 1 MiB each way, recovered by fast retransmit and timeouts', async () => {
    const r = await run({ loss: 0.03 }, { n: 1, up: MiB, down: MiB, seed: 2 });
    check(r, 1);
    expect(r.imp.stats.lost).toBeGreaterThan(50);
    expect(r.a.counters.tcp.fastRetransmits + r.b.counters.tcp.fastRetransmits).toBeGreaterThan(0);
  });

  it('reordering: 1 MiB each way, held out of order and reassembled', async () => {
    const r = await run({ reorder: 0.1, delayMs: 3 }, { n: 1, up: MiB, down: MiB, seed: 3 });
    check(r, 1);
    expect(r.a.counters.tcp.outOfOrder + r.b.counters.tcp.outOfOrder).toBeGreaterThan(10);
  });

  it('duplication: 1 MiB each way, each byte delivered once', async () => {
    const r = await run({ duplicate: 0.1 }, { n: 1, up: MiB, down: MiB, seed: 4 });
    check(r, 1);
    expect(r.a.counters.tcp.duplicates + r.b.counters.tcp.duplicates).toBeGreaterThan(10);
  });

  it('everything at once on 8 connections in parallel', async () => {
    const r = await run({ loss: 0.02, duplicate: 0.05, reorder: 0.05, delayMs: 4 }, { n: 8, up: 100_000, down: 300_000, seed: 5 });
    check(r, 8);
  });

  it('heavy loss (20%) still completes, slowly', async () => {
    const r = await run({ loss: 0.2 }, { n: 2, up: 20_000, down: 50_000, seed: 6 });
    check(r, 2);
    expect(r.a.counters.tcp.timeouts + r.b.counters.tcp.timeouts).toBeGreaterThan(0);
  });
});
