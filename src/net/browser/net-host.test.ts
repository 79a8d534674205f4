// The browser's network host, in Node with real MessagePorts: a "VM worker" NIC on one port
// (a guest played by a host stack), fetches over a bridge port with flow control, failures
// as TypeErrors, a machine stopping, the packet log, pcap, status.
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchBridgeClient } from '../bridge/client.ts';
import type { FramePort } from '../frame-port.ts';
import { parseIp4 } from '../ipv4-address.ts';
import { PORT_CLOSED } from '../link/message-port.ts';
import type { PortLike } from '../link/port-like.ts';
import { PCAP_MAGIC } from '../pcap.ts';
import { HostStack } from '../stack.ts';
import { response, serve } from '../test-support/http-server.ts';
import { fnv1a, randomBytes, seededRandom } from '../test-support/random.ts';
import { NetHost } from './net-host.ts';

/** The VM worker's end of a NIC cable (the wire format of src/worker/message-net-port.ts). */
class CablePort implements FramePort {
  onFrame: ((frame: Uint8Array) => void) | null = null;
  constructor(private readonly port: PortLike) {
    port.addEventListener('message', (e) => {
      if (e.data instanceof ArrayBuffer) this.onFrame?.(new Uint8Array(e.data));
    });
    port.start();
  }
  send(frame: Uint8Array): void {
    const copy = frame.slice();
    this.port.postMessage(copy.buffer, [copy.buffer]);
  }
  close(): void {
    this.port.postMessage(PORT_CLOSED);
    this.port.close();
  }
}

const asPort = (p: unknown) => p as PortLike;
let hosts: NetHost[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.network.close();
});

function rig() {
  const host = new NetHost();
  hosts.push(host);
  const cable = new MessageChannel();
  expect(host.attachNic('web', 'service0', '10.0.0.2', asPort(cable.port1))).toBe('web');
  const nic = new CablePort(asPort(cable.port2));
  const guest = new HostStack(nic, { mac: new Uint8Array([2, 0, 0, 0, 0, 2]), ip: parseIp4('10.0.0.2')! });
  const big = randomBytes(seededRandom(3), 3 << 20);
  serve(guest, 80, (req) => {
    if (req.target === '/big') {
      const all = response(200, big);
      let off = 0;
      const pump = () => {
        while (off < all.length) {
          const piece = all.subarray(off, (off += 65536));
          if (!req.conn.write(piece)) return;
        }
      };
      req.conn.onDrain = pump;
      pump();
    } else {
      req.conn.write(response(200, `${req.method} ${req.target} ${new TextDecoder().decode(req.body)}`));
    }
  });
  const bridge = new MessageChannel();
  host.connectFetchPort(asPort(bridge.port1));
  const client = new FetchBridgeClient(asPort(bridge.port2));
  return { host, nic, guest, client, big };
}

describe('network host (browser) in Node', () => {
  it('fetches over the bridge: requests with bodies, a 3 MiB body under flow control', async () => {
    const { client, big } = rig();
    const r = await client.fetch('web', '/echo?x=1', { method: 'POST', body: 'hi there', headers: { 'x-a': 'b' } });
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('POST /echo?x=1 hi there');
    expect(client.info.get(r)?.headMs).toBeGreaterThanOrEqual(0);
    const b = await client.fetch('web', '/big');
    const body = new Uint8Array(await b.arrayBuffer());
    expect(body.length).toBe(big.length);
    expect(fnv1a([body])).toBe(fnv1a([big]));
  });

  it('reports failures as TypeErrors with the network reason', async () => {
    const { client, nic } = rig();
    await expect(client.fetch('web', 'http://x:81/')).rejects.toThrow('fetch GET / on web: connection refused by 10.0.0.2:81 (RST): nothing listens on port 81');
    await expect(client.fetch('nobody', '/')).rejects.toThrow("fetch GET / on nobody: no machine named 'nobody' on the network");
    nic.close(); // the machine stopped
    await new Promise((r) => setTimeout(r, 50));
    await expect(client.fetch('web', '/')).rejects.toThrow("fetch GET / on web: machine 'web' is not running");
  });

  it('a cancelled body stops the transfer', async () => {
    const { client, host } = rig();
    const r = await client.fetch('web', '/big');
    const reader = r.body!.getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((res) => setTimeout(res, 100));
    expect(host.network.http.connectionCounts()['10.0.0.2:80'].open).toBe(0);
  });

  it('keeps a packet log, a pcap and a status', async () => {
    const { client, host } = rig();
    await (await client.fetch('web', '/hello')).text();
    const rows = host.packets(0);
    expect(rows[0]).toMatchObject({ seq: 1, protocol: 'ARP', from: 'host', to: '*', info: 'who has 10.0.0.2? tell 10.0.0.1' });
    expect(rows.some((r) => r.http === 'GET /hello HTTP/1.1')).toBe(true);
    expect(rows.some((r) => r.http === 'HTTP/1.1 200 X')).toBe(true);
    expect(rows.find((r) => r.info.startsWith('[SYN]'))).toMatchObject({ protocol: 'TCP', src: expect.stringMatching(/^10\.0\.0\.1:\d+$/), dst: '10.0.0.2:80', to: 'web' });
    expect(host.packets(rows[rows.length - 2].seq)).toHaveLength(1);
    const pcap = host.pcap();
    expect(new DataView(pcap.buffer).getUint32(0, true)).toBe(PCAP_MAGIC);
    const st = host.status();
    expect(st.host).toMatchObject({ ip: '10.0.0.1', mac: '02:75:6b:00:00:01' });
    expect(st.machines).toEqual([{ name: 'web', ip: '10.0.0.2', up: true, macs: ['02:00:00:00:00:02'], port: expect.objectContaining({ framesIn: expect.any(Number) }) }]);
    expect(st.capture.total).toBe(rows.length);
    host.clearCapture();
    expect(host.status().capture.held).toBe(0);
  });

  it('names a second NIC of a machine machine/nic, and refuses a taken address', () => {
    const { host } = rig();
    expect(() => host.attachNic('other', 'service0', '10.0.0.2', asPort(new MessageChannel().port1))).toThrow(
      "machine 'other': address 10.0.0.2 is already used by 'web'",
    );
    expect(host.freeAddress()).toBe('10.0.0.3');
    expect(host.attachNic('web', 'service1', '10.0.0.3', asPort(new MessageChannel().port1))).toBe('web/service1');
  });
});
