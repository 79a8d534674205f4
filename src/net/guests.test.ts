// The network against real guests (lwIP inside, on our CPU) in this process: the http and
// kv guests under many fetches, concurrency, a 1 MiB body, a guest killed mid-response; two
// guests on one switch pinging each other. Nothing here is timed: a slow host only makes it
// slower (speed figures come from `npm run bench`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from './http/client.ts';
import { fetchVia } from './http/fetch.ts';
import { parseIp4 } from './ipv4-address.ts';
import { Network } from './network.ts';
import { HostStack } from './stack.ts';
import { startGuest, RunningGuest } from './test-support/guest.ts';

const PATTERN = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-\n';

/** FNV-1a of the bytes the http guest's /big?bytes=n sends (byte i is PATTERN[i % 64]). */
function bigChecksum(n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ PATTERN.charCodeAt(i & 63), 0x01000193) >>> 0;
  return h;
}

function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  return h;
}

describe('http guest', () => {
  let net: Network;
  let guest: RunningGuest;

  beforeAll(async () => {
    net = new Network();
    guest = await startGuest(net, { image: 'http.hvt', name: 'http', ip: '10.0.0.2', args: ['quiet'] });
    await guest.waitFor(/^http: serving/m);
  });
  afterAll(async () => {
    await guest?.stop();
    net?.close();
  });

  it('serves its catalog pages', async () => {
    const r = await net.fetch('http', '/');
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<title>Hello from a unikernel</title>');
    const s = await net.fetch('http', '/api/stats');
    expect(s.headers.get('content-type')).toBe('application/json');
    expect(await s.json()).toMatchObject({ requests: expect.any(Number) });
    const echo = await net.fetch('http', '/echo', { method: 'POST', body: 'ping through TCP' });
    expect(await echo.text()).toBe('ping through TCP');
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) & 255); // NULs included
    const binary = await net.fetch('http', '/echo', { method: 'PUT', body: bytes });
    expect(new Uint8Array(await binary.arrayBuffer())).toEqual(bytes);
    expect((await net.fetch('http', '/missing')).status).toBe(404);
  });

  it('1,000 fetches, 0 failures', async () => {
    const before = net.http.stats.failures;
    let ok = 0;
    for (let i = 0; i < 1000; i++) {
      const r = await net.fetch('http', `/hello?i=${i}`);
      if (r.status === 200 && (await r.text()) === 'Hello from a unikernel!\n') ok++;
    }
    expect(ok).toBe(1000);
    expect(net.http.stats.failures).toBe(before);
  });

  it('32 concurrent connections', async () => {
    const opened = net.http.stats.connectionsOpened;
    const results = await Promise.all(
      Array.from({ length: 32 }, async (_, i) => {
        const r = await net.fetch('http', `/big?bytes=${10_000 + i}`);
        return { status: r.status, sum: checksum(new Uint8Array(await r.arrayBuffer())), i };
      }),
    );
    for (const r of results) expect(r).toEqual({ status: 200, sum: bigChecksum(10_000 + r.i), i: r.i });
    // At least 31 new connections: one may have been idle in the pool.
    expect(net.http.stats.connectionsOpened - opened).toBeGreaterThanOrEqual(31);
    const stats = (await (await net.fetch('http', '/api/stats')).json()) as { connections: { open: number } };
    expect(stats.connections.open).toBeGreaterThanOrEqual(1);
  });

  it('a 1 MiB body arrives intact', async () => {
    const r = await net.fetch('http', '/big?bytes=1048576');
    expect(r.headers.get('content-length')).toBe('1048576');
    const body = new Uint8Array(await r.arrayBuffer());
    expect(body.length).toBe(1 << 20);
    expect(checksum(body)).toBe(bigChecksum(1 << 20));
  });

  it('the stack saw no malformed frames and no internal errors', () => {
    expect(net.stack.counters.internalErrors).toBe(0);
    expect(Object.keys(net.stack.counters.dropped).filter((k) => !['eth:not-for-us', 'ipv4:not-for-us'].includes(k))).toEqual([]);
  });
});

describe('kv guest', () => {
  it('stores, lists and deletes keys over keep-alive', async () => {
    const net = new Network();
    const guest = await startGuest(net, { image: 'kv.hvt', name: 'kv', ip: '10.0.0.2', storage: 4 << 20, args: ['quiet'] });
    try {
      await guest.waitFor(/^kv: serving/m);
      for (let i = 0; i < 50; i++) {
        const put = await net.fetch('kv', `/kv/key${i}`, { method: 'PUT', body: `value ${i}` });
        expect(put.status).toBe(201);
        await put.text();
      }
      for (let i = 0; i < 50; i += 7) expect(await (await net.fetch('kv', `/kv/key${i}`)).text()).toBe(`value ${i}`);
      expect((await net.fetch('kv', '/kv/key3', { method: 'DELETE' })).status).toBe(200);
      expect((await net.fetch('kv', '/kv/key3')).status).toBe(404);
      const list = (await (await net.fetch('kv', '/kv')).json()) as { count: number };
      expect(list.count).toBe(49);
    } finally {
      await guest.stop();
      net.close();
    }
  });
});

describe('a guest killed mid-response', () => {
  it('rejects the fetch at once, never hangs', async () => {
    const net = new Network();
    const guest = await startGuest(net, { image: 'http.hvt', name: 'http', ip: '10.0.0.2', args: ['quiet'] });
    try {
      await guest.waitFor(/^http: serving/m);
      const r = await net.fetch('http', '/big?bytes=100000000');
      const reader = r.body!.getReader();
      await reader.read(); // the response is under way
      void guest.stop();
      let error: unknown;
      try {
        for (;;) if ((await reader.read()).done) break;
      } catch (e) {
        error = e;
      }
      // The stop itself rejects the read (no timeout involved: the message says so), so the
      // rejection comes as soon as the machine is gone; e2e/net-load.spec.ts prints the figure.
      expect(String(error)).toMatch(/^HttpError: machine 'http' stopped mid-response \(after \d+ of 100000000 body bytes\)$/);
      await expect(net.fetch('http', '/')).rejects.toThrow("fetch GET / from http: machine 'http' is not running");
    } finally {
      net.close();
    }
  });
});

describe('machines on one switch', () => {
  // The catalog guests only answer (none opens connections), so the second machine that
  // talks to them is a TypeScript endpoint on its own switch port: its frames go port to
  // port through the switch, never through the host's port.
  it('a machine pings two http guests and fetches from them over TCP, port to port', async () => {
    const net = new Network({ capture: true });
    const a = await startGuest(net, { image: 'http.hvt', name: 'a', ip: '10.0.0.2', args: ['quiet'] });
    const b = await startGuest(net, { image: 'http.hvt', name: 'b', ip: '10.0.0.3', args: ['quiet'] });
    const peer = new HostStack(net.attach('peer', { ip: '10.0.0.4' }), { mac: new Uint8Array([2, 0, 0, 0, 0, 4]), ip: parseIp4('10.0.0.4')! });
    const client = new HttpClient(peer);
    try {
      await a.waitFor(/^http: serving/m);
      await b.waitFor(/^http: serving/m);
      const hostPort = net.switch.ports().find((p) => p.name === 'host')!;
      const hostFramesBefore = hostPort.stats.framesOut;
      for (const [name, ip] of [['a', '10.0.0.2'], ['b', '10.0.0.3']] as const) {
        expect(await peer.ping(parseIp4(ip)!)).toBeGreaterThanOrEqual(0);
        const r = await fetchVia(client, { ip: parseIp4(ip)!, port: 80, host: name }, '/hello');
        expect(await r.text()).toBe('Hello from a unikernel!\n');
      }
      // Only the ARP broadcasts reached the host's port.
      expect(hostPort.stats.framesOut - hostFramesBefore).toBeLessThanOrEqual(2);
      const learned = net.switch.macTable().map((e) => e.port.name).sort();
      expect(learned).toEqual(['a', 'b', 'peer']);
      expect(peer.counters.internalErrors).toBe(0);
    } finally {
      await a.stop();
      await b.stop();
      net.close();
    }
  });
});
