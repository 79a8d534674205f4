// Port forwarding against a guest played by a second host stack: bytes both ways with
// back-pressure, half-close in each direction, a refused port and a reset passed on to the
// client as resets.
import { connect, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseIp4 } from '../ipv4-address.ts';
import { Network } from '../network.ts';
import { HostStack } from '../stack.ts';
import { fnv1a, randomBytes, seededRandom } from '../test-support/random.ts';
import { Forwarder, parseForward, startForward } from './forward.ts';

const GUEST = parseIp4('10.0.0.2')!;
let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function rig(setup: (guest: HostStack) => void, guestPort = 7): Promise<{ fwd: Forwarder; net: Network }> {
  const net = new Network();
  const guest = new HostStack(net.attach('g', { ip: '10.0.0.2' }), { mac: new Uint8Array([2, 0, 0, 0, 0, 2]), ip: GUEST });
  setup(guest);
  const fwd = await startForward(net.stack, { hostPort: 0, guestIp: GUEST, guestPort });
  cleanup.push(() => net.close(), () => fwd.close());
  return { fwd, net };
}

function dial(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => resolve(s));
    s.once('error', reject);
  });
}

/** Everything the socket receives until it ends (or the error that ended it). */
function readAll(s: Socket): Promise<{ data: Buffer; error?: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    s.on('data', (c: Buffer) => chunks.push(c));
    s.on('end', () => resolve({ data: Buffer.concat(chunks) }));
    s.on('error', (e: NodeJS.ErrnoException) => resolve({ data: Buffer.concat(chunks), error: e.code }));
  });
}

describe('port forwarding', () => {
  it('parses HOSTPORT:GUESTPORT', () => {
    expect(parseForward('8080:80')).toEqual({ hostPort: 8080, guestPort: 80 });
    expect(parseForward('8080')).toBeUndefined();
    expect(parseForward('8080:0')).toBeUndefined();
    expect(parseForward('70000:80')).toBeUndefined();
  });

  it('relays 2 MiB each way through an echo service, with half-close', async () => {
    const { fwd } = await rig((g) =>
      g.listen(7, (c) => {
        c.onData = (d) => c.write(d);
        c.onEnd = () => c.end();
      }),
    );
    const s = await dial(fwd.port);
    const data = randomBytes(seededRandom(4), 2 << 20);
    const got = readAll(s);
    s.end(data);
    const r = await got;
    expect(r.error).toBeUndefined();
    expect(r.data.length).toBe(data.length);
    expect(fnv1a([r.data])).toBe(fnv1a([data]));
    expect(fwd.stats).toMatchObject({ accepted: 1, bytesToGuest: 2 << 20, bytesFromGuest: 2 << 20 });
  });

  it('the guest closing first ends the client socket; several clients at once', async () => {
    const { fwd } = await rig((g) =>
      g.listen(7, (c) => {
        c.onConnect = () => {
          c.write(new TextEncoder().encode(`hello ${c.remotePort}\n`));
          c.end();
        };
        c.onEnd = () => undefined;
      }),
    );
    const results = await Promise.all(Array.from({ length: 10 }, async () => readAll(await dial(fwd.port))));
    for (const r of results) expect(r.data.toString()).toMatch(/^hello \d+\n$/);
  });

  it('a refused guest port resets the client connection', async () => {
    const { fwd } = await rig(() => undefined, 9);
    // The reset may come before the connect callback: listen from the start.
    const r = await readAll(connect({ port: fwd.port, host: '127.0.0.1' }));
    expect(r.error).toBe('ECONNRESET');
    expect(fwd.stats.failed).toBe(1);
  });

  it('a guest reset mid-stream resets the client connection', async () => {
    const { fwd } = await rig((g) =>
      g.listen(7, (c) => {
        c.onData = () => {
          c.write(new Uint8Array(1000));
          setTimeout(() => c.abort(), 20);
        };
      }),
    );
    const s = await dial(fwd.port);
    const got = readAll(s);
    s.write('go');
    const r = await got;
    expect(r.error).toBe('ECONNRESET');
  });

  it('says why it cannot listen', async () => {
    const { fwd, net } = await rig(() => undefined);
    await expect(startForward(net.stack, { hostPort: fwd.port, guestIp: GUEST, guestPort: 7 })).rejects.toThrow(
      `cannot listen on 127.0.0.1:${fwd.port}: address already in use`,
    );
  });
});
