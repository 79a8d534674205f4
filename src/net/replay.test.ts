// The host stack against a recorded session with the http guest (lwIP 2.1.3 on our CPU;
// fixture made by test-support/record-session.ts): the guest's frames are replayed as they
// were sent, each once the host has sent what preceded it in the recording, and the host's
// frames must match the recording: ARP, SYN with its options, requests, FIN, in the same
// sequence space. Pure ACKs may differ in number (coalescing depends on how frames batch).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { VirtualClock } from './clock.ts';
import { ETH_HEADER_LEN, ETHERTYPE_IPV4, etherType } from './ethernet.ts';
import { parseIpv4, PROTO_TCP } from './ipv4.ts';
import { Network } from './network.ts';
import { summarizeFrame } from './summary.ts';
import { seededRandom } from './test-support/random.ts';
import { ACK, parseTcp } from './tcp/segment.ts';

interface Session {
  seed: number;
  requests: Array<{ path: string; method?: string; body?: string }>;
  bodies: string[];
  frames: Array<{ from: 'host' | 'guest'; frame: string }>;
}

const session = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'lwip-http-session.json'), 'utf8')) as Session;
const frames = session.frames.map((f) => ({ from: f.from, bytes: Uint8Array.from(Buffer.from(f.frame, 'hex')) }));

/** A TCP segment with no data and no SYN/FIN/RST. */
function pureAck(frame: Uint8Array): boolean {
  if (etherType(frame) !== ETHERTYPE_IPV4) return false;
  const ip = parseIpv4(frame);
  if (typeof ip === 'string' || ip.protocol !== PROTO_TCP) return false;
  const t = parseTcp(frame.subarray(ETH_HEADER_LEN + ip.headerLen, ETH_HEADER_LEN + ip.totalLen), ip.src, ip.dst);
  return typeof t !== 'string' && t.flags === ACK && t.data.length === 0;
}

/** What must match: the whole frame except the IPv4 identification and checksums' dependants. */
function essence(frame: Uint8Array): string {
  const s = summarizeFrame(frame);
  return `${s.protocol} ${s.src} > ${s.dst} ${s.info.replace(/ win=\d+/, '')}`;
}

it('replays a recorded lwIP session: the host sends what it sent then, and gets the same bodies', async () => {
  const clock = new VirtualClock();
  const net = new Network({ clock, random: seededRandom(session.seed), capture: true, http: { idleTimeoutMs: 100 } });
  const port = net.attach('http', { ip: '10.0.0.2' });
  let next = 0;
  const mismatches: string[] = [];
  let matchedHost = 0;
  const release = () => {
    while (next < frames.length && frames[next].from === 'guest') port.send(frames[next++].bytes);
  };
  port.onFrame = (frame) => {
    // Skip recorded pure ACKs the host did not repeat; tolerate extra pure ACKs from it.
    while (next < frames.length && frames[next].from === 'host' && pureAck(frames[next].bytes) && !pureAck(frame)) next++;
    const want = frames[next];
    if (!want || want.from !== 'host') {
      if (!pureAck(frame)) mismatches.push(`unexpected: ${essence(frame)}`);
      return;
    }
    if (essence(want.bytes) !== essence(frame)) {
      if (pureAck(frame)) return;
      mismatches.push(`expected ${essence(want.bytes)}\n     got ${essence(frame)}`);
    }
    matchedHost++;
    next++;
    release();
  };
  release(); // the guest's gratuitous ARP at boot

  const bodies: string[] = [];
  for (const r of session.requests) {
    let body: string | undefined;
    void net
      .fetch('http', r.path, { method: r.method, body: r.body })
      .then((res) => res.text())
      .then(
        (b) => (body = b),
        (e: Error) => (body = `failed: ${e.message}`),
      );
    // Virtual time runs until the answer (or the client's 30 s timeout) arrives: in small
    // steps first, so that the pool's 100 ms idle close comes after the last request only.
    for (let i = 0; i < 500 && body === undefined; i++) await clock.advance(i < 50 ? 1 : 100);
    bodies.push(body ?? 'no answer');
  }
  await clock.advance(5000); // the pool's idle close, then TIME-WAIT (4 s)
  expect(mismatches).toEqual([]);
  expect(bodies).toEqual(session.bodies);
  expect(next).toBe(frames.length);
  expect(matchedHost).toBeGreaterThanOrEqual(frames.filter((f) => f.from === 'host' && !pureAck(f.bytes)).length);
  expect(net.stack.connectionCount).toBe(0); // FIN exchanged, TIME-WAIT over
  net.close();
});
