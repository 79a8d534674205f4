// fetch() through the network to a machine whose "guest" is a second host stack with a tiny
// HTTP server: framing, keep-alive and the pool, concurrency, streaming with back-pressure,
// request bodies, and every way it can fail (refused, reset mid-response, machine stopped,
// timeout, malformed response, abort), each as a rejected promise with a clear message.
import { describe, expect, it } from 'vitest';
import { settle, VirtualClock } from '../clock.ts';
import { Network, NetworkOptions } from '../network.ts';
import { HostStack } from '../stack.ts';
import { response, serve, ServerRequest } from '../test-support/http-server.ts';
import { fnv1a, randomBytes, seededRandom } from '../test-support/random.ts';
import { parseIp4 } from '../ipv4-address.ts';

const GUEST_IP = '10.0.0.2';
const enc = new TextEncoder();

function rig(opts: NetworkOptions = {}, handler: (req: ServerRequest) => void = () => {}) {
  const clock = new VirtualClock();
  const net = new Network({ clock, random: seededRandom(11), ...opts });
  const port = net.attach('web', { ip: GUEST_IP });
  const guest = new HostStack(port, { mac: new Uint8Array([2, 0, 0, 0, 0, 2]), ip: parseIp4(GUEST_IP)!, clock, random: seededRandom(12) });
  const server = serve(guest, 80, handler);
  return { clock, net, port, guest, server };
}

/** Drive virtual time until `p` settles (or give up after `limitMs`). */
async function drive<T>(clock: VirtualClock, p: Promise<T>, limitMs = 120_000): Promise<T> {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  for (let t = 0; t < limitMs && !done; t += 10) await clock.advance(10);
  await settle();
  return p;
}

async function text(clock: VirtualClock, p: Promise<Response>): Promise<string> {
  const r = await drive(clock, p);
  return drive(clock, r.text());
}

const hello = (req: ServerRequest) => req.conn.write(response(200, `hello ${req.target}`, { 'Content-Type': 'text/plain' }));

describe('fetch to a machine', () => {
  it('sends a well-formed request and returns status, headers and body', async () => {
    const { clock, net, server } = rig({}, hello);
    const r = await drive(clock, net.fetch('web', '/api/stats?x=1', { headers: { 'X-Test': 'yes' } }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/plain');
    expect(await drive(clock, r.text())).toBe('hello /api/stats?x=1');
    const req = server.requests[0];
    expect([req.method, req.target]).toEqual(['GET', '/api/stats?x=1']);
    expect(req.headers.get('host')).toBe('web');
    expect(req.headers.get('x-test')).toBe('yes');
    expect(req.headers.get('user-agent')).toBe('ukplay');
  });

  it('keeps the connection alive: 50 requests in a row use one connection', async () => {
    const { clock, net, server } = rig({}, hello);
    for (let i = 0; i < 50; i++) expect(await text(clock, net.fetch('web', `/n/${i}`))).toBe(`hello /n/${i}`);
    expect(server.connections).toBe(1);
    expect(net.http.stats).toMatchObject({ requests: 50, reused: 49, connectionsOpened: 1, failures: 0 });
  });

  it('opens a new connection after Connection: close, and after the idle timeout', async () => {
    const { clock, net, server } = rig({ http: { idleTimeoutMs: 1000 } }, (req) => {
      req.conn.write(response(200, 'x', req.index === 1 && req.connId === 1 ? { Connection: 'close' } : {}));
      if (req.index === 1 && req.connId === 1) req.conn.end();
    });
    await text(clock, net.fetch('web', '/'));
    await text(clock, net.fetch('web', '/'));
    expect(server.connections).toBe(2);
    await clock.advance(1000);
    await text(clock, net.fetch('web', '/'));
    expect(server.connections).toBe(3);
  });

  it('reads chunked and close-delimited bodies', async () => {
    const { clock, net } = rig({}, (req) => {
      if (req.target === '/chunked') {
        req.conn.write(enc.encode('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n'));
        clock.setTimer(50, () => req.conn.write(enc.encode('4\r\ndefg\r\n0\r\n\r\n')));
      } else {
        req.conn.write(enc.encode('HTTP/1.0 200 OK\r\n\r\nuntil the end'));
        req.conn.end();
      }
    });
    expect(await text(clock, net.fetch('web', '/chunked'))).toBe('abcdefg');
    expect(await text(clock, net.fetch('web', '/close'))).toBe('until the end');
  });

  it('sends request bodies with Content-Length', async () => {
    const { clock, net, server } = rig({}, (req) => req.conn.write(response(201, req.body)));
    const body = randomBytes(seededRandom(5), 100_000);
    const r = await drive(clock, net.fetch('web', '/echo', { method: 'POST', body }));
    expect(r.status).toBe(201);
    expect(new Uint8Array(await drive(clock, r.arrayBuffer()))).toEqual(body);
    expect(server.requests[0].headers.get('content-length')).toBe('100000');
    const put = await drive(clock, net.fetch('web', '/kv/a', { method: 'PUT', body: 'text body' }));
    await drive(clock, put.text());
    expect(new TextDecoder().decode(server.requests[1].body)).toBe('text body');
  });

  it('HEAD, 204 and 304 have no body; 100 Continue is skipped', async () => {
    const { clock, net } = rig({}, (req) => {
      if (req.method === 'HEAD') req.conn.write(enc.encode('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n'));
      else if (req.target === '/204') req.conn.write(enc.encode('HTTP/1.1 204 No Content\r\n\r\n'));
      else req.conn.write(enc.encode('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
    });
    const head = await drive(clock, net.fetch('web', '/', { method: 'HEAD' }));
    expect([head.status, head.headers.get('content-length'), head.body]).toEqual([200, '1000', null]);
    const nc = await drive(clock, net.fetch('web', '/204'));
    expect([nc.status, nc.body]).toEqual([204, null]);
    expect(await text(clock, net.fetch('web', '/100'))).toBe('ok');
  });

  it('32 requests at once: 32 connections, all answered', async () => {
    const pending: ServerRequest[] = [];
    const { clock, net, server } = rig({}, (req) => pending.push(req));
    const all = Promise.all(Array.from({ length: 32 }, (_, i) => net.fetch('web', `/c/${i}`).then((r) => r.text())));
    for (let i = 0; i < 50 && pending.length < 32; i++) await clock.advance(1);
    expect(server.connections).toBe(32);
    for (const req of pending) hello(req);
    const texts = await drive(clock, all);
    expect(texts).toEqual(Array.from({ length: 32 }, (_, i) => `hello /c/${i}`));
  });

  it('queues requests beyond the per-origin connection limit', async () => {
    const { clock, net, server } = rig({ http: { maxConnectionsPerOrigin: 4 } }, (req) => clock.setTimer(20, () => hello(req)));
    const texts = await drive(clock, Promise.all(Array.from({ length: 20 }, (_, i) => net.fetch('web', `/q/${i}`).then((r) => r.text()))));
    expect(texts).toHaveLength(20);
    expect(server.connections).toBe(4);
  });

  it('streams a 4 MiB body to a slow reader with TCP back-pressure, intact', async () => {
    const big = randomBytes(seededRandom(9), 4 << 20);
    let off = 0;
    const { clock, net, guest } = rig({ http: { bodyHighWaterMark: 64 * 1024 } }, (req) => {
      const all = response(200, big);
      const pump = () => {
        while (off < all.length) {
          const piece = all.subarray(off, off + 65536);
          off += piece.length;
          if (!req.conn.write(piece)) return;
        }
      };
      req.conn.onDrain = pump;
      pump();
    });
    const r = await drive(clock, net.fetch('web', '/big'));
    const reader = r.body!.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    await clock.advance(1000); // the reader is away: the window fills and closes
    expect(guest.counters.tcp.zeroWindowProbes).toBeGreaterThan(0);
    expect(off).toBeLessThan(1 << 20); // the server could not even hand most of the body to TCP
    for (;;) {
      const { done, value } = await drive(clock, reader.read());
      if (done) break;
      chunks.push(value);
      total += value.length;
    }
    expect(total).toBe(big.length);
    expect(fnv1a(chunks)).toBe(fnv1a([big]));
  });
});

describe('fetch failures are rejections with clear messages', () => {
  it('refused: nothing listens on the port', async () => {
    const { clock, net } = rig();
    const p = net.fetch('web', 'http://web:8080/');
    await expect(drive(clock, p)).rejects.toThrow('fetch GET / from web: connection refused by 10.0.0.2:8080 (RST): nothing listens on port 8080');
    await expect(p).rejects.toBeInstanceOf(TypeError);
  });

  it('reset mid-response', async () => {
    const { clock, net } = rig({}, (req) => {
      req.conn.write(response(200, 'x'.repeat(10_000)).subarray(0, 3000));
      clock.setTimer(10, () => req.conn.abort());
    });
    const r = await drive(clock, net.fetch('web', '/'));
    await expect(drive(clock, r.text())).rejects.toThrow(/^connection reset by 10\.0\.0\.2:80 mid-response \(after \d+ of 10000 body bytes\)$/);
  });

  it('the machine stops mid-response: the body fails at once, later fetches too', async () => {
    const { clock, net, port } = rig({}, (req) => req.conn.write(response(200, 'x'.repeat(100_000)).subarray(0, 5000)));
    const r = await drive(clock, net.fetch('web', '/'));
    const body = r.text();
    const outcome = body.then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    port.close(); // what the monitor does when the machine stops
    await settle();
    expect(await outcome).toMatch(/^machine 'web' stopped mid-response \(after \d+ of 100000 body bytes\)$/);
    await expect(net.fetch('web', '/')).rejects.toThrow("fetch GET / from web: machine 'web' is not running");
    await expect(net.fetch('nope', '/x?y', { method: 'post' })).rejects.toThrow("fetch POST /x?y from nope: no machine named 'nope' on the network");
  });

  it('times out when the guest does not answer', async () => {
    const { clock, net } = rig({ http: { timeoutMs: 500 } });
    const p = net.fetch('web', '/');
    const t0 = clock.now();
    await expect(drive(clock, p)).rejects.toThrow('no response from 10.0.0.2:80 within 500 ms');
    expect(clock.now() - t0).toBeLessThanOrEqual(520);
  });

  it('a machine that never answers ARP', async () => {
    const { clock, net, guest } = rig();
    guest.close();
    await expect(drive(clock, net.fetch('web', '/'))).rejects.toThrow(/no ARP reply from 10\.0\.0\.2 after 3 requests/);
  });

  it('a malformed response', async () => {
    const { clock, net } = rig({}, (req) => req.conn.write(enc.encode('HTTP/9 nonsense\r\n\r\n')));
    await expect(drive(clock, net.fetch('web', '/'))).rejects.toThrow('bad response from 10.0.0.2:80: malformed status line: "HTTP/9 nonsense"');
  });

  it('abort signal: rejects with its reason and resets the connection', async () => {
    const { clock, net, server } = rig();
    const ctl = new AbortController();
    const p = net.fetch('web', '/', { signal: ctl.signal });
    await clock.advance(10);
    ctl.abort();
    await expect(drive(clock, p)).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.connections).toBe(1);
    expect(net.stack.connectionCount).toBe(0);
  });

  it('retries an idempotent request once when a kept-alive connection dies before answering', async () => {
    const { clock, net, server } = rig({}, (req) => {
      if (req.connId === 1 && req.index === 2) req.conn.abort();
      else hello(req);
    });
    expect(await text(clock, net.fetch('web', '/a'))).toBe('hello /a');
    expect(await text(clock, net.fetch('web', '/b'))).toBe('hello /b');
    expect(server.connections).toBe(2);
    expect(net.http.stats.retries).toBe(1);
  });

  it('a cancelled body closes its connection instead of reusing it', async () => {
    const { clock, net, server } = rig({}, (req) => req.conn.write(response(200, 'y'.repeat(200_000)).subarray(0, 1000)));
    const r = await drive(clock, net.fetch('web', '/'));
    await r.body!.cancel();
    await settle();
    expect(net.http.connectionCounts()['10.0.0.2:80']).toEqual({ open: 0, idle: 0 });
    expect(server.connections).toBe(1);
  });
});
