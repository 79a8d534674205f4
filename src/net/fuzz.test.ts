// Fuzzing past the checksums: frames recorded from a real exchange (ARP, ICMP, a TCP session
// carrying HTTP), mutated in their IPv4 and TCP/ICMP headers, options and data, then given
// valid IPv4, TCP and ICMP checksums again so that they reach the parsers and the TCP state
// machine instead of being dropped at the first check. Both ends (the host stack and a
// second stack serving HTTP) take them, while fetches run through the same connections.
// Neither stack may fail internally, no fetch may be left hanging, and afterwards the
// network must still serve. (It found an ACK storm: see connection.test.ts.)
import { describe, expect, it } from 'vitest';
import { internetChecksum } from './checksum.ts';
import { settle, VirtualClock } from './clock.ts';
import { ETH_HEADER_LEN, ETHERTYPE_IPV4, etherType } from './ethernet.ts';
import { parseIp4, readIp4 } from './ipv4-address.ts';
import { IPV4_HEADER_LEN, parseIpv4, pseudoHeaderSum, PROTO_ICMP, PROTO_TCP } from './ipv4.ts';
import { Network } from './network.ts';
import { HostStack } from './stack.ts';
import { response, serve } from './test-support/http-server.ts';
import { seededRandom } from './test-support/random.ts';
import { parseTcp } from './tcp/segment.ts';

const GUEST_IP = '10.0.0.2';
const GUEST_MAC = new Uint8Array([2, 0, 0, 0, 0, 2]);
const FRAMES = 20_000;

/** Offsets inside the IPv4 header and the TCP/ICMP headers. */
const IP_TOTAL_LEN = 2;
const IP_PROTOCOL = 9;
const IP_CHECKSUM = 10;
const IP_SRC = 12;
const IP_DST = 16;
const TCP_CHECKSUM = 16;
const ICMP_CHECKSUM = 2;

/**
 * Recompute the IPv4 header checksum and the TCP or ICMP checksum of `f` in place, as far as
 * its (possibly mutated) header and length fields allow; frames too broken for that are
 * left as they are.
 */
function fixChecksums(f: Uint8Array): void {
  if (f.length < ETH_HEADER_LEN + IPV4_HEADER_LEN || etherType(f) !== ETHERTYPE_IPV4) return;
  const ip = ETH_HEADER_LEN;
  const ihl = (f[ip] & 0x0f) * 4;
  if (ihl < IPV4_HEADER_LEN || ip + ihl > f.length) return;
  f[ip + IP_CHECKSUM] = f[ip + IP_CHECKSUM + 1] = 0;
  const ipSum = internetChecksum(f, ip, ihl);
  f[ip + IP_CHECKSUM] = ipSum >> 8;
  f[ip + IP_CHECKSUM + 1] = ipSum & 0xff;
  const total = (f[ip + IP_TOTAL_LEN] << 8) | f[ip + IP_TOTAL_LEN + 1];
  if (total < ihl || ip + total > f.length) return;
  const l4 = ip + ihl;
  const len = total - ihl;
  let at: number;
  let initial = 0;
  if (f[ip + IP_PROTOCOL] === PROTO_TCP && len >= TCP_CHECKSUM + 2) {
    at = l4 + TCP_CHECKSUM;
    initial = pseudoHeaderSum(readIp4(f, ip + IP_SRC), readIp4(f, ip + IP_DST), PROTO_TCP, len);
  } else if (f[ip + IP_PROTOCOL] === PROTO_ICMP && len >= ICMP_CHECKSUM + 2) {
    at = l4 + ICMP_CHECKSUM;
  } else return;
  f[at] = f[at + 1] = 0;
  const sum = internetChecksum(f, l4, len, initial);
  f[at] = sum >> 8;
  f[at + 1] = sum & 0xff;
}

/** A copy of `seed` with a few bytes changed, mostly in the headers; sometimes cut or grown. */
function mutate(seed: Uint8Array, rand: () => number): Uint8Array {
  let f = seed.slice();
  const flips = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < flips; k++) {
    // Three times in four: the IPv4 header and the next 40 bytes (TCP header and options, ICMP).
    const span = rand() < 0.75 ? Math.min(f.length - ETH_HEADER_LEN, IPV4_HEADER_LEN + 40) : f.length - ETH_HEADER_LEN;
    const at = ETH_HEADER_LEN + Math.floor(rand() * span);
    f[at] = rand() < 0.5 ? Math.floor(rand() * 256) : f[at] ^ (1 << Math.floor(rand() * 8));
  }
  const r = rand();
  if (r < 0.1) f = f.subarray(0, ETH_HEADER_LEN + Math.floor(rand() * (f.length - ETH_HEADER_LEN)));
  else if (r < 0.15) {
    const grown = new Uint8Array(f.length + 1 + Math.floor(rand() * 64));
    grown.set(f);
    grown.fill(Math.floor(rand() * 256), f.length);
    f = grown;
  }
  if (rand() < 0.9) fixChecksums(f);
  return f;
}

interface Seed {
  frame: Uint8Array;
  /** The stack the frame was going to. */
  to: HostStack;
}

/** The last SEED_RING frames on the wire, the mutations' starting points. */
const SEED_RING = 256;
/** A fetch is started in the background every this many frames, so live connections are hit in every state. */
const FETCH_EVERY = 250;

describe('fuzz with valid checksums', () => {
  it(`${FRAMES.toLocaleString('en')} mutated frames reach the parsers and TCP; nothing fails inside, no fetch hangs, fetches still work`, async () => {
    const clock = new VirtualClock();
    const net = new Network({ clock, random: seededRandom(21) });
    const guest = new HostStack(net.attach('web', { ip: GUEST_IP }), { mac: GUEST_MAC, ip: parseIp4(GUEST_IP)!, clock, random: seededRandom(22) });
    serve(guest, 80, (req) => req.conn.write(response(200, `hello ${req.target}`)));
    const drive = async <T>(p: Promise<T>): Promise<T> => {
      let done = false;
      void p.then(
        () => (done = true),
        () => (done = true),
      );
      for (let t = 0; t < 120_000 && !done; t += 10) await clock.advance(10);
      await settle();
      return p;
    };
    const get = async (path: string) => {
      const r = await drive(net.fetch('web', path));
      return `${r.status} ${await drive(r.text())}`;
    };

    // Seeds: the frames of real exchanges (ARP, ping, HTTP), recorded all along the fuzz, so
    // that the mutations also hit the connections the fuzz itself opens, resets and confuses.
    const seeds: Seed[] = [];
    let recorded = 0;
    const stopRecording = net.switch.addTap((frame, from) => {
      seeds[recorded++ % SEED_RING] = { frame: frame.slice(), to: from.name === 'host' ? guest : net.stack };
    });
    await drive(net.ping('web'));
    expect(await get('/first')).toBe('200 hello /first');
    expect(await get('/second?x=1')).toBe('200 hello /second?x=1');

    const rand = seededRandom(2024);
    let validTcp = 0;
    // Each background fetch ends one way or the other: never left pending.
    const outcomes: Array<'pending' | 'ok' | 'failed'> = [];
    for (let i = 0; i < FRAMES; i++) {
      if (i % FETCH_EVERY === 0) {
        const n = outcomes.push('pending') - 1;
        net.fetch('web', `/during/${i}`).then(
          (r) => r.text().then(
            () => (outcomes[n] = 'ok'),
            () => (outcomes[n] = 'failed'),
          ),
          () => (outcomes[n] = 'failed'),
        );
      }
      const { frame, to } = seeds[Math.floor(rand() * Math.min(recorded, SEED_RING))];
      const f = mutate(frame, rand);
      if (reachesTcp(f)) validTcp++;
      to.receive(f);
      if (i % 20 === 0) await clock.advance(5);
    }
    stopRecording();
    // Longer than any timeout a fetch can run into (HTTP 30 s; TCP gives up sooner or later).
    for (let t = 0; t < 600_000 && outcomes.includes('pending'); t += 100) await clock.advance(100);
    await settle();

    expect(net.stack.counters.internalErrors).toBe(0);
    expect(guest.counters.internalErrors).toBe(0);
    expect(outcomes.filter((o) => o === 'pending')).toEqual([]);
    // Some background fetches made it through the storm, some were broken by it.
    expect(outcomes).toContain('ok');
    // The mutations do reach TCP (and live connections), and the checks before it refuse the rest for many reasons.
    expect(validTcp).toBeGreaterThan(FRAMES / 4);
    expect(net.stack.counters.tcp.segmentsIn + guest.counters.tcp.segmentsIn).toBeGreaterThan(FRAMES / 10);
    const reasons = new Set([...Object.keys(net.stack.counters.dropped), ...Object.keys(guest.counters.dropped)]);
    for (const r of ['ipv4:bad-header-length', 'ipv4:bad-total-length', 'ipv4:not-for-us', 'tcp:bad-options', 'tcp:bad-offset']) expect(reasons).toContain(r);

    // Whatever the fuzz did to the connections, after the idle ones time out the network serves.
    await clock.advance(60_000);
    for (let i = 0; i < 20; i++) expect(await get(`/after/${i}`)).toBe(`200 hello /after/${i}`);
    expect(net.stack.counters.internalErrors).toBe(0);
    expect(guest.counters.internalErrors).toBe(0);
    net.close();
  });
});

/** Whether `f` parses as a TCP segment (by the stack's own parsers). */
function reachesTcp(f: Uint8Array): boolean {
  const ip = parseIpv4(f);
  if (typeof ip === 'string' || ip.protocol !== PROTO_TCP) return false;
  const payload = f.subarray(ETH_HEADER_LEN + ip.headerLen, ETH_HEADER_LEN + ip.totalLen);
  return typeof parseTcp(payload, ip.src, ip.dst) !== 'string';
}
